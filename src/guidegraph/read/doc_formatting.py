"""What a Word 97-2003 document says of its paragraphs: their styles, and whether each is a table's
cell, a row's end, a list item or given an outline level of its own ([MS-DOC]).

The style sheet (`STSH`, in the table stream) holds one `STD` per style: its invariant identifier
(`sti`: 1 to 9 for Word's built-in "heading 1" to "heading 9", 62 for "Title", 19 to 27 for the
contents' "toc 1" to "toc 9", the same in every language's Word), the style it is based on, and its
name ("Überschrift 1", a house style's "SCP Heading"). A paragraph's properties are in the
formatted disk pages (`PapxFkp`, 512-byte pages of the WordDocument stream listed by the
`PlcBtePapx`), found by the offset in the stream of the paragraph's end mark: the style (`istd`) and
the sprms that matter here (sprmPFInTable, sprmPFTtp, sprmPIlfo and sprmPIlvl for a list's
override and level, sprmPOutLvl).

A style may number its paragraphs too: Word's "List Number", and the heading styles a multilevel list
is linked to ("1 Introduction", "1.1 Scope"), carry sprmPIlfo and sprmPIlvl in the paragraph
properties of their `UPX` (after the style's name, each `LPUpx` its size and then its bytes, padded
to an even size), and a style inherits what its base style sets and does not set itself. A
paragraph's own sprmPIlfo or sprmPIlvl overrides its style's: an sprmPIlfo of 0 takes the style's
number off, as Word's "None" does. A complex (fast-saved)
document's piece-level property changes (`Prm`) are not read: Word rewrites a file in full when
it is saved normally.
"""

from __future__ import annotations

import re
import struct
from bisect import bisect_right
from dataclasses import dataclass, replace

from guidegraph.read.docx import _HEADING_STYLE

_PAGE = 512
_NO_BASE = 0x0FFF
_STI_TITLE = 62
_STI_TOC = range(19, 28)
_TOC_STYLE = re.compile(r"^toc\s*(?:[1-9]|heading)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\b", re.IGNORECASE)  # "List Bullet", "List Number 2"
_IN_TABLE, _ROW_END, _LIST, _LIST_LEVEL, _OUTLINE = 0x2416, 0x2417, 0x460B, 0x260A, 0x2640
# A sprm's operand size by its spra (the sprm's top three bits); 6 is variable, its size first.
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
_TABLE_DEFINITIONS = (0xD608, 0xD606)  # variable, with a two-byte size
_TABS = 0xC615  # variable, with a size that may be 255 and computed: no paragraph sprm that matters follows


_NO_LIST = 0x07FF  # an sprmPIlfo from here up names no list override: negative, for list styles


@dataclass(frozen=True)
class Style:
    name: str
    sti: int
    base: int
    ilfo: int | None = None  # the list override and level its paragraphs are numbered in, if it sets them
    ilvl: int | None = None


@dataclass(frozen=True)
class Paragraph:
    """A paragraph's properties, as its end mark's PAPX gives them (and, from `Formatting.at`, with the
    numbering its style gives it)."""

    istd: int = 0
    in_table: bool = False
    row_end: bool = False
    ilfo: int | None = None  # the list override it is numbered in, counted from 1; 0 for none; None if unset
    ilvl: int | None = None
    outline: int | None = None

    @property
    def listed(self) -> bool:
        return self.ilfo is not None and 0 < self.ilfo < _NO_LIST

    @property
    def level(self) -> int:
        return min(self.ilvl or 0, 8)


class Formatting:
    """The style sheet and the paragraphs' properties, by the stream offset of their end marks."""

    def __init__(self, styles: dict[int, Style], runs: list[tuple[int, int, Paragraph]]) -> None:
        self.styles = styles
        self.runs = sorted(runs, key=lambda run: run[0])
        self.starts = [run[0] for run in self.runs]
        self._levels: dict[int, int] = {}
        self._numbering: dict[int, tuple[int | None, int | None]] = {}

    @property
    def known(self) -> bool:
        return bool(self.runs)

    def at(self, fc: int) -> Paragraph:
        """The properties of the paragraph whose end mark is at `fc`, numbered as its style numbers it
        where it does not say otherwise."""
        index = bisect_right(self.starts, fc) - 1
        paragraph = self.runs[index][2] if index >= 0 and fc < self.runs[index][1] else Paragraph()
        if paragraph.ilfo is not None and paragraph.ilvl is not None:
            return paragraph
        ilfo, ilvl = self.numbering(paragraph.istd)
        return replace(paragraph, ilfo=ilfo if paragraph.ilfo is None else paragraph.ilfo,
                       ilvl=ilvl if paragraph.ilvl is None else paragraph.ilvl)

    def numbering(self, istd: int) -> tuple[int | None, int | None]:
        """The list override and level a style numbers its paragraphs in: its own, else its base's."""
        if istd not in self._numbering:
            self._numbering[istd] = self._inherited_numbering(istd)
        return self._numbering[istd]

    def _inherited_numbering(self, istd: int) -> tuple[int | None, int | None]:
        ilfo = ilvl = None
        seen = set()
        while istd in self.styles and istd not in seen and (ilfo is None or ilvl is None):
            seen.add(istd)
            style = self.styles[istd]
            ilfo = style.ilfo if ilfo is None else ilfo
            ilvl = style.ilvl if ilvl is None else ilvl
            istd = style.base
        return ilfo, ilvl

    def level(self, istd: int) -> int:
        """A style's heading level, by its built-in identity, its name, or the style it is based on."""
        if istd not in self._levels:
            self._levels[istd] = self._level(istd)
        return self._levels[istd]

    def is_contents(self, istd: int) -> bool:
        style = self.styles.get(istd)
        return style is not None and (style.sti in _STI_TOC or bool(_TOC_STYLE.match(style.name)))

    def is_list(self, istd: int) -> bool:
        style = self.styles.get(istd)
        return style is not None and bool(_LIST_STYLE.match(style.name))

    def _level(self, istd: int) -> int:
        seen = set()
        while istd in self.styles and istd not in seen:
            seen.add(istd)
            style = self.styles[istd]
            if 1 <= style.sti <= 9:
                return style.sti
            if style.sti == _STI_TITLE or style.name.lower() == "title":
                return 1
            match = _HEADING_STYLE.match(style.name)
            if match:
                return int(match.group(1))
            istd = style.base
        return 0


def formatting(word: bytes, table: bytes, stsh: tuple[int, int], papx: tuple[int, int]) -> Formatting:
    """The document's formatting; what is damaged or missing reads as plain paragraphs."""
    try:
        styles = style_sheet(_slice(table, *stsh))
    except (struct.error, ValueError):
        styles = {}
    try:
        runs = paragraph_runs(word, _slice(table, *papx))
    except (struct.error, ValueError):
        runs = []
    return Formatting(styles, runs)


def _slice(data: bytes, fc: int, lcb: int) -> bytes:
    return data[fc:fc + lcb] if lcb and fc + lcb <= len(data) else b""


def style_sheet(stsh: bytes) -> dict[int, Style]:
    """istd -> the style's name, built-in identity and base."""
    if len(stsh) < 6:
        return {}
    header = struct.unpack_from("<H", stsh, 0)[0]
    count, base_size = struct.unpack_from("<HH", stsh, 2)
    at, styles = 2 + header, {}
    for istd in range(count):
        if at + 2 > len(stsh):
            break
        size = struct.unpack_from("<H", stsh, at)[0]
        std = stsh[at + 2:at + 2 + size]
        at += 2 + size
        if len(std) >= base_size + 2 and base_size >= 10:
            sti = struct.unpack_from("<H", std, 0)[0] & 0x0FFF
            kind_and_base = struct.unpack_from("<H", std, 2)[0]
            length = struct.unpack_from("<H", std, base_size)[0]
            name = std[base_size + 2:base_size + 2 + 2 * length].decode("utf-16-le", "replace")
            numbering = _style_numbering(std, base_size + 2 + 2 * length + 2) if kind_and_base & 0x0F == 1 else {}
            styles[istd] = Style(name, sti, kind_and_base >> 4, numbering.get(_LIST), numbering.get(_LIST_LEVEL))
    return styles


def _style_numbering(std: bytes, at: int) -> dict[int, int]:
    """The sprms of a paragraph style's first UPX (its UpxPapx: the istd, then the sprms), at `at`
    or the even offset after it."""
    at += at % 2
    if at + 2 > len(std):
        return {}
    size = struct.unpack_from("<H", std, at)[0]
    upx = std[at + 2:at + 2 + size]
    return _sprms(upx[2:]) if len(upx) == size >= 2 else {}


def paragraph_runs(word: bytes, bin_table: bytes) -> list[tuple[int, int, Paragraph]]:
    """Each PAPX FKP's runs: the stream offsets they cover and their paragraphs' properties; a page
    listed twice is read once."""
    count = (len(bin_table) - 4) // 8
    if count < 1:
        return []
    pages = struct.unpack_from(f"<{count}I", bin_table, 4 * (count + 1))
    runs = []
    for page_number in sorted({pn & 0x3FFFFF for pn in pages}):
        page = word[page_number * _PAGE:(page_number + 1) * _PAGE]
        if len(page) == _PAGE:
            runs += _page_runs(page)
    return runs


def _page_runs(page: bytes) -> list[tuple[int, int, Paragraph]]:
    count = page[511]
    if 4 * (count + 1) + 13 * count > 511:
        return []
    fcs = struct.unpack_from(f"<{count + 1}I", page, 0)
    runs = []
    for i in range(count):
        offset = page[4 * (count + 1) + 13 * i] * 2
        runs.append((fcs[i], fcs[i + 1], _papx(page, offset) if offset else Paragraph()))
    return runs


def _papx(page: bytes, offset: int) -> Paragraph:
    size = page[offset]
    if size == 0:
        body = page[offset + 2:offset + 2 + 2 * page[offset + 1]]
    else:
        body = page[offset + 1:offset + 2 * size]
    if len(body) < 2:
        return Paragraph()
    found = _sprms(body[2:])
    outline = found.get(_OUTLINE)
    return Paragraph(struct.unpack_from("<H", body)[0], bool(found.get(_IN_TABLE)), bool(found.get(_ROW_END)),
                     found.get(_LIST), found.get(_LIST_LEVEL), outline if outline is not None and outline < 9 else None)


def _sprms(grpprl: bytes) -> dict[int, int]:
    """The fixed-size operands of a run of sprms, by sprm."""
    found, at = {}, 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if sprm == _TABS:
            break
        if sprm in _TABLE_DEFINITIONS:
            size = struct.unpack_from("<H", grpprl, at)[0] - 1 + 2
        elif spra == 6:
            size = grpprl[at] + 1 if at < len(grpprl) else 1
        else:
            size = _OPERAND[spra]
            found[sprm] = int.from_bytes(grpprl[at:at + size], "little")
        at += size
    return found
