"""The fonts of a Rich Text Format file, and the characters their bytes stand for.

The font table (`\\fonttbl`) numbers each font (`\\fN`) and may give it a character set
(`\\fcharsetN`, as Windows numbers them) or a code page of its own (`\\cpgN`). A `\\'hh` byte in text
set in that font is a character of that set: a Central European font's `\\'b3` is "ł", a Cyrillic
font's `\\'c4` is "Д", whatever the document's own code page (`\\ansicpg`) says. A font with no
character set (or "default", 1) takes the document's.

A symbol font (character set 2: Symbol, Wingdings, OpenSymbol) has no letters but glyphs. Its bytes
are read as the glyphs a reader sees: Symbol's Greek letters and signs, and the many bullets of both
(Symbol's `\\'b7`, Wingdings' squares, diamonds and arrows) as "•", the mark a list item prints; a
Wingdings glyph that is a picture ("☎", "✓") as that character when there is one, else nothing.
Word writes the same glyphs as Unicode's private use characters U+F020 to U+F0FF (`\\u-3913` for
Symbol's bullet), read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SYMBOL_CHARSET = 2
BULLET = "\u2022"
# Windows character sets (the `lfCharSet` numbers RTF uses) and their code pages.
_CODE_PAGES = {
    0: "cp1252", 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "cp950", 161: "cp1253",
    162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
    238: "cp1250", 255: "cp437"}
_GREEK = dict(zip("ABGDEZHQIKLMNXOPRSTUFCYWJVabgdezhqiklmnxoprstufcywjv",
                  "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩϑςαβγδεζηθικλμνξοπρστυφχψωϕϖ", strict=True))
# Symbol's signs beyond ASCII that guidance uses; its bullets are "•".
_SYMBOL_SIGNS = {0xA3: "≤", 0xB3: "≥", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xB9: "≠", 0xBB: "≈", 0xB0: "°",
                 0xAE: "→", 0xAC: "←", 0xDE: "⇒", 0xA5: "∞", 0xD6: "√", 0xE2: "®", 0xE3: "©", 0xE4: "™",
                 0xD2: "®", 0xD3: "©", 0xD4: "™", 0x2D: "−"}
_SYMBOL_BULLETS = frozenset({0xB7, 0xA8, 0xD7, 0xE0})
# Wingdings' glyphs used as bullets (round, square, diamond, arrow, tick-box) and those that are a character.
_DINGBAT_BULLETS = frozenset({0x6C, 0x6D, 0x6E, 0x6F, 0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x9E,
                              0x9F, 0xA0, 0xA1, 0xA2, 0xA4, 0xA6, 0xA7, 0xA8, 0xD8, 0xDF, 0xE0, 0xE8, 0xF0})
_DINGBAT_SIGNS = {0x28: "☎", 0x29: "✆", 0x2A: "✉", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑", 0x4A: "☺",
                  0x4C: "☹", 0x46: "☞"}
_PRIVATE_SYMBOLS = range(0xF020, 0xF100)


@dataclass
class Font:
    """A font table entry: its character set or code page, and its name (the text before ";")."""

    charset: int | None = None
    code_page: int | None = None
    name: list[str] = field(default_factory=list)

    def code_page_name(self, document: str) -> str:
        """The code page its bytes are read in: its own, its character set's, else the document's."""
        if self.charset in _CODE_PAGES:
            return _CODE_PAGES[self.charset]
        return f"cp{self.code_page}" if self.code_page else document

    @property
    def symbolic(self) -> bool:
        return self.charset == SYMBOL_CHARSET

    @property
    def dingbats(self) -> bool:
        """Wingdings, Webdings and the like: pictures, not Symbol's Greek letters and signs."""
        name = "".join(self.name).lower()
        return "symbol" not in name


def symbol_text(data: bytes, font: Font) -> str:
    """A symbol font's bytes as the characters a reader sees: bullets as "•"."""
    return "".join(_glyph(byte, font.dingbats) for byte in data)


def private_symbol(code: int, font: Font | None) -> str | None:
    """Word's private use character for a symbol font's glyph (U+F0B7, Symbol's bullet), or None."""
    if code not in _PRIVATE_SYMBOLS:
        return None
    return _glyph(code - 0xF000, font.dingbats if font is not None and font.symbolic else False)


def _glyph(byte: int, dingbats: bool) -> str:
    if dingbats:
        return BULLET if byte in _DINGBAT_BULLETS else _DINGBAT_SIGNS.get(byte, "")
    if byte in _SYMBOL_BULLETS:
        return BULLET
    if byte in _SYMBOL_SIGNS:
        return _SYMBOL_SIGNS[byte]
    char = chr(byte)
    if char.isascii() and char.isalpha():
        return _GREEK.get(char, char)
    return char if char.isascii() else ""
