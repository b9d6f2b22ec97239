"""Read a Rich Text Format document (.rtf, as Word, WordPad, LibreOffice and older document systems save
it) into blocks, through the plain-text reader.

An RTF file is one group in braces: a header of tables (fonts, colours, the style sheet, lists, the
document's properties in `\\info`), then the text, its formatting given by control words that hold
until a group closes or a `\\pard` (paragraph) or `\\plain` (character) resets them. As the Word
reader does, this module writes plain text the text reader understands (a markdown `#` before
headings, `- ` before list items, "1." or "a)" before a numbered one, a table row as one paragraph
of its cells joined by " | ", a blank line between paragraphs), so line numbers in the blocks are
lines of that text.

What a careful reader takes from the control words:
- a paragraph ends at `\\par` (or `\\sect`); `\\line` breaks a line within it; a paragraph is a heading
  when its style (`\\sN`, named in `\\stylesheet`: "heading 2", "Title", in any language, or a house
  style based on one or setting an outline level) or its own `\\outlinelevelN` says so; a document with
  no styles (WordPad's) has its headings typed as short lines all in bold, the larger ones higher;
- a list item's number or bullet is the text Word prints before it (`\\listtext`, or the older
  `\\pntext`), so "3.", "a)" and "iv." are read as printed, whatever the list tables say; a heading
  that is also a list's item (a heading style linked to a list, `\\ls`/`\\ilvl`, or an older Word's
  `\\pnlvl` outline numbering) is a heading whose number opens its text ("1. Introduction"), so
  that its section is found by its number;
- a table row is the cells' paragraphs up to each `\\cell`, ended by `\\row`; a table nested in a cell
  (its paragraphs `\\itap2` and deeper, its cells ended by `\\nestcell`, its rows by `\\nestrow` in
  `\\*\\nesttableprops`) is read as the Word reader reads one: its rows after the row of the cell that
  holds it, each a row of its own, and `\\nonesttables` (the same for older readers) not at all;
- a text box (a shape's `\\shptxt`, or an old drawing object's `\\dptxbxtext`: a leaflet's "Myth" and
  "Fact" panels, a "Remember" callout) is read once, as paragraphs after the paragraph it is anchored
  in; the shape's properties and its picture copy for older readers (`\\shprslt`) are not read;
- a footnote or endnote (`\\footnote`, starred as LibreOffice writes it) reads "[1]" where it stands
  and follows its paragraph as "[1] Children Act 1989, s47", as in a Word document;
- a field's result (`\\fldrslt`: a link's text) is read, its instruction (`\\fldinst`) is not;
- never text: the font, colour, style, list and revision tables, the properties, pictures, embedded
  objects, headers and footers, page styles (LibreOffice's `\\*\\pgdsc`), comments, bookmarks, index
  and contents entries, a generated table of contents (paragraphs in a "toc N" style), and any `\\*`
  destination (one a reader may pass over); hidden text (`\\v`) and tracked deletions (`\\deleted`) are
  not read; page, column and section breaks are no text;
- characters: `\\'hh` is a byte of its font's character set (`\\fcharset` in the font table: a Central
  European font's, a Cyrillic one's; see `rtf_fonts`; a symbol font's bullets are "•"), else of the
  document's code page (`\\ansicpg`, Windows-1252 unless set), `\\uN` a Unicode character followed by
  `\\ucN` stand-ins for older readers (passed over), and Word's named characters (`\\rquote`,
  `\\endash`, `\\bullet`, `\\~` a non-breaking space, `\\_` a non-breaking hyphen read as a hyphen,
  `\\-` an optional hyphen, dropped).

The file is read once, token by token, with an explicit stack of groups: linear in its size. A file
that does not begin `{\\rtf` is refused (a renamed zip or old .doc named as such); groups nested more
than `MAX_DEPTH` deep are refused, tables nested deeper than `MAX_TABLE_DEPTH` read as that deep; a
file that ends before its groups close (cut short in an e-mail) is read as far as it goes, with a
warning. `rtf_properties` reads `\\info` (title, company or an organisation as author, the later of
created and revised) for a document that came with no metadata.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.docx import _HEADING_STYLE
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.rtf_fonts import Font, private_symbol, symbol_text
from guidegraph.read.rtf_lines import BODY_SIZE, Record, as_lines
from guidegraph.read.rtf_tokens import Token, tokens
from guidegraph.read.text import parse_blocks

MAX_DEPTH = 1000  # Word nests a few dozen groups; thousands is a hostile file
MAX_TABLE_DEPTH = 64  # Word nests tables 63 deep at most; a deeper \\itap is read as that deep
PROPERTIES = "the RTF file's properties"
_READ_ERROR = "not a Rich Text Format document"
# Destinations whose text is never the document's.
_NOT_TEXT = frozenset({
    "colortbl", "pict", "object", "shprslt", "nonshppict", "nonesttables", "header", "headerl", "headerr",
    "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl", "listtable", "listoverridetable",
    "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore", "revtbl", "filetbl",
    "pn", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "annotation", "atnid", "atnauthor", "atndate", "atnref",
    "xe", "tc", "tcn", "bkmkstart", "bkmkend", "template", "docvar", "userprops", "private", "mmathPr",
    "pgdsctbl", "defchp", "defpap", "listpicture", "fldtype", "objdata", "result", "txe", "stylesheet",
    "info", "pgptbl", "wgrffmtfilter", "protusertbl", "mhtmltag", "htmltag"})
# A shape's or an old drawing object's groups, where only its text box (`\\shptxt`, `\\dptxbxtext`) is text.
_SHAPES = frozenset({"shp", "shpgrp", "do"})
_TEXT_BOXES = frozenset({"shptxt", "dptxbxtext"})
_FONT_NOT_NAME = frozenset({"panose", "falt", "fname", "fontemb", "fontfile"})
_INFO_TEXT = frozenset({"title", "author", "operator", "company", "subject"})
_INFO_DATES = frozenset({"creatim", "revtim"})
_CHARACTERS = {
    "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
    "rdblquote": "\u201d", "bullet": "\u2022", "tab": "\t", "line": " ", "emspace": " ", "enspace": " ",
    "qmspace": " "}
_SYMBOLS = {"~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}", "\t": "\t"}
_CODE_PAGES = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}
_TOC_STYLE = re.compile(r"^toc\s*(?:[1-9]|heading)$", re.IGNORECASE)


@dataclass(frozen=True)
class _State:
    """What a group sets and its inner groups inherit: where its text goes, and the formatting."""

    destination: str = "body"  # body, skip, marker, footnote, style, stylesheet, info, info:<name>, shape,
    # rowprops (a nested row's properties, ended by \\nestrow), fonttbl, font
    boxes: int = 0  # text boxes the group is in
    skip_after_unicode: int = 1  # \ucN
    hidden: bool = False  # \v
    deleted: bool = False
    bold: bool = False
    size: int = BODY_SIZE
    style: int = 0
    outline: int | None = None
    listed: bool = False
    table_depth: int = 0  # \\intbl, \\itapN: the depth of the table the paragraph is in, 0 for none
    font: int | None = None  # \\fN; None for the document's default font (\\deffN)


_PLAIN = {"hidden": False, "deleted": False, "bold": False, "size": BODY_SIZE, "font": None}
_PARAGRAPH = {"style": 0, "outline": None, "listed": False, "table_depth": 0}


@dataclass
class _Paragraph:
    pieces: list[str] = field(default_factory=list)
    marker: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    letters: int = 0
    bold_letters: int = 0
    size: int = 0


@dataclass
class _Style:
    number: int = 0  # \sN; the style with none is Normal, 0
    name: list[str] = field(default_factory=list)
    based_on: int | None = None
    outline: int | None = None


@dataclass
class _Table:
    """A table row being read at one depth: the open cell's paragraphs, the cells ended, their notes,
    and the rows of tables nested in its cells, read after it."""

    cell: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    nested: list[Record] = field(default_factory=list)


@dataclass
class _Story:
    """Where the text outside a text box was when the box opened: read again when it closes."""

    paragraph: _Paragraph
    tables: list[_Table]
    records: list[Record]
    boxes: list[Record]


@dataclass
class _Reader:
    path: Path
    code_page: str = "cp1252"
    records: list[Record] = field(default_factory=list)
    styles: dict[int, _Style] = field(default_factory=dict)
    info: dict[str, list[str]] = field(default_factory=dict)
    dates: dict[str, dict[str, int]] = field(default_factory=dict)
    paragraph: _Paragraph = field(default_factory=_Paragraph)
    tables: list[_Table] = field(default_factory=list)  # the rows open, outermost first
    boxes: list[Record] = field(default_factory=list)  # text boxes' paragraphs, read after their anchor's
    stories: list[_Story] = field(default_factory=list)
    fonts: dict[int, Font] = field(default_factory=dict)
    font: Font | None = None  # the font table's entry being read
    default_font: int = 0
    note: list[str] = field(default_factory=list)
    notes_made: int = 0
    style: _Style | None = None
    pending: bytearray = field(default_factory=bytearray)
    to_skip: int = 0
    open_groups: int = 0

    # --- the token loop

    def read(self, data: bytes) -> None:
        stack: list[_State] = []
        state = _State()
        first_in_group = starred = False
        for token in tokens(self.path, data, data.index(b"{")):
            if token.kind in ("byte", "text"):
                self.take_bytes(token, state)
                continue
            self.flush(state)
            if token.kind == "{":
                if len(stack) >= MAX_DEPTH:
                    raise ParseError(self.path, f"not a readable Rich Text Format document (its groups nest more "
                                     f"than {MAX_DEPTH} deep, which no word processor writes): refused")
                stack.append(state)
                first_in_group, starred, self.to_skip = True, False, 0
                continue
            if token.kind == "}":
                if not stack:
                    break  # the root group closed: what follows (WordPad's NUL) is not the document
                state, closed = stack.pop(), state
                self.closed(closed, state)
                first_in_group, self.to_skip = False, 0
                if not stack:
                    break
                continue
            if self.to_skip:  # a \uN's stand-in: a control word or symbol counts as one
                self.to_skip -= 1
                continue
            if token.kind == "symbol" and token.value == b"*":
                starred = True
                continue
            if first_in_group:
                state = self.opened(token, state, starred)
                first_in_group = False
            state = self.control(token, state)
        self.flush(state)
        self.open_groups = len(stack)
        while self.stories:  # a text box cut short
            self.close_box(state)
        self.end_paragraph(state, depth=state.table_depth)
        self.end_rows(1)
        self.records += self.boxes

    def take_bytes(self, token: Token, state: _State) -> None:
        value = token.value
        if self.to_skip:
            taken = min(self.to_skip, len(value))
            self.to_skip -= taken
            value = value[taken:]
        self.pending += value

    def flush(self, state: _State) -> None:
        """The bytes gathered, decoded in the code page together (a double-byte character spans two)."""
        if self.pending:
            font = self.font_of(state)
            if font is not None and font.symbolic:
                text = symbol_text(bytes(self.pending), font)
            else:
                code_page = _code_page(font.code_page_name(self.code_page)) if font is not None else self.code_page
                text = bytes(self.pending).decode(code_page, "replace")
            self.emit(text, state)
            self.pending.clear()

    def font_of(self, state: _State) -> Font | None:
        if state.destination in ("fonttbl", "font"):
            return None  # a font's name is in the document's code page
        return self.fonts.get(self.default_font if state.font is None else state.font)

    # --- groups

    def opened(self, token: Token, state: _State, starred: bool) -> _State:
        """The state of a group, by its first control word: a destination, or more of its parent's text."""
        word = token.value.decode("ascii") if token.kind == "word" else ""
        if state.destination == "info":
            if word in _INFO_TEXT:
                return replace(state, destination=f"info:{word}")
            if word in _INFO_DATES:
                self.dates[word] = {}
                return replace(state, destination=f"date:{word}")
            return replace(state, destination="skip")
        if state.destination == "stylesheet":
            self.style = _Style()
            return replace(state, destination="skip" if starred else "style")  # \*\cs: a character style
        if state.destination in ("fonttbl", "font"):
            return replace(state, destination="skip" if starred or word in _FONT_NOT_NAME else "font")
        if state.destination in ("skip", "style", "rowprops"):
            return replace(state, destination="skip") if state.destination == "rowprops" else state
        if state.destination == "shape":
            return self.open_box(state) if word in _TEXT_BOXES else replace(
                state, destination="skip" if word == "shprslt" else "shape")
        if word in ("info", "stylesheet", "fonttbl"):
            return replace(state, destination=word)
        if word in _SHAPES:
            return replace(state, destination="shape")
        if word == "nesttableprops":
            return replace(state, destination="rowprops")
        if word == "footnote" and state.destination != "footnote":  # LibreOffice writes it starred
            self.notes_made += 1
            self.emit(f"[{self.notes_made}]", state)
            self.note = []
            return replace(state, destination="footnote")
        if word in _NOT_TEXT or starred:
            return replace(state, destination="skip")
        if word in ("listtext", "pntext"):
            return replace(state, destination="marker")
        return state

    def open_box(self, state: _State) -> _State:
        """A text box: its paragraphs are read apart, to follow the paragraph it is anchored in."""
        self.stories.append(_Story(self.paragraph, self.tables, self.records, self.boxes))
        self.paragraph, self.tables, self.records, self.boxes = _Paragraph(), [], [], []
        return replace(state, destination="body", boxes=state.boxes + 1, **_PARAGRAPH)

    def close_box(self, state: _State) -> None:
        self.end_paragraph(state, depth=state.table_depth)
        self.end_rows(1)
        story = self.stories.pop()
        read = self.records + self.boxes
        self.paragraph, self.tables, self.records = story.paragraph, story.tables, story.records
        self.boxes = story.boxes + read

    def closed(self, group: _State, parent: _State) -> None:
        if group.boxes > parent.boxes and self.stories:
            self.close_box(group)
        elif group.destination == "footnote" and parent.destination != "footnote":
            text = " ".join("".join(self.note).split())
            self.paragraph.notes.append(f"[{self.notes_made}] {_fix_surrogates(text)}")
        elif group.destination == "style" and parent.destination == "stylesheet" and self.style is not None:
            self.styles[self.style.number] = self.style
            self.style = None

    # --- control words

    def control(self, token: Token, state: _State) -> _State:
        word, number = token.value.decode("ascii", "replace"), token.number
        if token.kind == "symbol":
            if word in _SYMBOLS:
                self.emit(_SYMBOLS[word], state)
            return state
        if word in _CHARACTERS:
            self.emit(_CHARACTERS[word], state)
        elif word == "u" and number is not None:
            code = number + 65536 if number < 0 else number
            symbol = private_symbol(code, self.font_of(state))
            self.emit(chr(code) if symbol is None else symbol, state)
            self.to_skip = state.skip_after_unicode
        elif word in ("par", "sect"):
            self.paragraph_mark(state)
        elif word in ("cell", "nestcell") and state.destination == "body":
            self.end_cell(state, 1 if word == "cell" else max(2, state.table_depth))
        elif word in ("row", "nestrow") and state.destination in ("body", "rowprops"):
            self.end_rows(1 if word == "row" else max(2, state.table_depth))
        elif state.destination in ("fonttbl", "font"):
            self.font_word(word, number)
        elif word == "deff" and number is not None:
            self.default_font = number
        elif state.destination == "style":
            self.style_word(word, number)
        elif state.destination.startswith("date:"):
            if word in ("yr", "mo", "dy") and number is not None:
                self.dates[state.destination[5:]][word] = number
        elif word == "ansicpg" and number:
            self.code_page = _code_page(f"cp{number}")
        elif word in _CODE_PAGES:
            self.code_page = _CODE_PAGES[word]
        else:
            return _formatted(state, word, number)
        return state

    def font_word(self, word: str, number: int | None) -> None:
        """A font table's control word: a font's number opens its entry (in a group or not)."""
        if word == "f" and number is not None:
            self.font = self.fonts.setdefault(number, Font())
        elif word == "fcharset" and self.font is not None:
            self.font.charset = number
        elif word == "cpg" and self.font is not None:
            self.font.code_page = number

    def style_word(self, word: str, number: int | None) -> None:
        if self.style is None:
            return
        if word == "s" and number is not None:
            self.style.number = number
        elif word == "sbasedon":
            self.style.based_on = number
        elif word == "outlinelevel":
            self.style.outline = number

    # --- text

    def emit(self, text: str, state: _State) -> None:
        if not text or state.hidden or state.deleted:
            return
        where = state.destination
        if where == "body":
            paragraph = self.paragraph
            paragraph.pieces.append(text)
            letters = len(text.strip())
            paragraph.letters += letters
            paragraph.bold_letters += letters if state.bold else 0
            if letters:
                paragraph.size = max(paragraph.size, state.size)
        elif where == "footnote":
            self.note.append(text)
        elif where == "marker":
            self.paragraph.marker.append(text)
        elif where == "font" and self.font is not None:
            self.font.name.append(text)
        elif where == "style" and self.style is not None:
            self.style.name.append(text)
        elif where.startswith("info:"):
            self.info.setdefault(where[5:], []).append(text)

    def paragraph_mark(self, state: _State) -> None:
        if state.destination == "footnote":
            self.note.append(" ")
        elif state.destination == "body":
            self.end_paragraph(state, depth=state.table_depth)

    def end_paragraph(self, state: _State, depth: int = 0) -> None:
        """The paragraph read: into the cell at `depth`, or a record of its own (after which the text
        boxes anchored in it follow). A paragraph outside a row ends the rows still open."""
        depth = min(depth, MAX_TABLE_DEPTH)
        self.end_rows(depth + 1)
        paragraph, self.paragraph = self.paragraph, _Paragraph()
        text = _fix_surrogates("".join(paragraph.pieces)).strip()
        if depth:
            table = self.table_at(depth)
            table.cell.append(text)
            table.notes += paragraph.notes
            return
        style_names = self.style_chain(state.style)
        marker = "".join(paragraph.marker).strip() or ("-" if state.listed else None)
        bold = paragraph.letters > 0 and paragraph.bold_letters == paragraph.letters
        if (text or paragraph.notes) and not any(_TOC_STYLE.match(name) for name in style_names):
            self.records.append(Record(text, _heading_level(state, style_names, self.styles), marker, bold,
                                        paragraph.size or state.size, tuple(paragraph.notes)))
        self.records += self.boxes
        self.boxes = []

    def table_at(self, depth: int) -> _Table:
        while len(self.tables) < depth:
            self.tables.append(_Table())
        return self.tables[depth - 1]

    def end_cell(self, state: _State, depth: int) -> None:
        """\\cell (depth 1) or \\nestcell: the paragraph ends its cell, in a row nested no deeper."""
        self.end_paragraph(state, depth=min(depth, MAX_TABLE_DEPTH))
        table = self.tables[-1]
        table.cells.append(" ".join(" ".join(table.cell).split()))
        table.cell = []

    def end_rows(self, depth: int) -> None:
        """End the rows open at `depth` and deeper, innermost first: each row a record, the rows of the
        tables nested in it after it, all after the row that holds them (or in the text, at depth 1)."""
        while len(self.tables) >= max(depth, 1):
            table = self.tables.pop()
            if table.cell:  # a row cut short: its last cell had no \\cell
                table.cells.append(" ".join(" ".join(table.cell).split()))
            cells = tuple(cell for cell in table.cells if cell)
            rows = [Record("", 0, None, False, 0, tuple(table.notes), row=cells)] if cells or table.notes else []
            rows += table.nested
            if self.tables:
                self.tables[-1].nested += rows
            else:
                self.records += rows + self.boxes
                self.boxes = []

    def style_chain(self, number: int) -> list[str]:
        """The names of the style and the styles it is based on, nearest first."""
        names, seen = [], set()
        while number not in seen and number in self.styles:
            seen.add(number)
            style = self.styles[number]
            names.append("".join(style.name).strip().rstrip(";").strip())
            if style.based_on is None:
                break
            number = style.based_on
        return names


def _formatted(state: _State, word: str, number: int | None) -> _State:
    """The state after a formatting control word; unchanged for the many that do not matter here."""
    on = number is None or number != 0
    if word == "plain":
        return replace(state, **_PLAIN)
    if word == "pard":
        return replace(state, **_PARAGRAPH)
    changes: dict[str, object] = {}
    if word == "v":
        changes["hidden"] = on
    elif word == "deleted":
        changes["deleted"] = on
    elif word == "b":
        changes["bold"] = on
    elif word == "fs" and number:
        changes["size"] = number
    elif word == "uc" and number is not None:
        changes["skip_after_unicode"] = max(0, number)
    elif word == "s" and number is not None:
        changes["style"] = number
    elif word == "outlinelevel":
        changes["outline"] = number
    elif word == "ls":
        changes["listed"] = bool(number)
    elif word == "intbl":
        changes["table_depth"] = max(state.table_depth, 1)
    elif word == "itap" and number is not None:
        changes["table_depth"] = min(max(number, 0), MAX_TABLE_DEPTH)
    elif word == "f" and number is not None:
        changes["font"] = number
    else:
        return state
    return replace(state, **changes)


def _heading_level(state: _State, names: list[str], styles: dict[int, _Style]) -> int:
    """The paragraph's own outline level, else its style's: by name ("heading 2", "Title"), by the
    outline level set in it, or by the style it is based on."""
    if state.outline is not None:
        return state.outline + 1 if 0 <= state.outline < 9 else 0
    number, seen = state.style, set()
    for name in names:
        if name.lower() == "title":
            return 1
        match = _HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
        style = styles.get(number)
        if style is None or number in seen:
            break
        seen.add(number)
        if style.outline is not None:
            return style.outline + 1 if 0 <= style.outline < 9 else 0
        number = style.based_on if style.based_on is not None else -1
    return 0


def _code_page(name: str) -> str:
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def _fix_surrogates(text: str) -> str:
    """A character beyond the first 65536 is written as two \\uN halves: joined again."""
    if any("\ud800" <= char <= "\udfff" for char in text):
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


# --- the file


def _checked(path: Path, data: bytes) -> None:
    head = data.lstrip(b" \t\r\n\xef\xbb\xbf")[:6]
    if not data.strip():
        raise ParseError(path, "empty file")
    if head.startswith(b"{\\rtf"):
        return
    if head.startswith(b"PK\x03\x04"):
        raise ParseError(path, f"{_READ_ERROR} but a zip (a Word .docx or OpenDocument .odt named .rtf?): give it "
                         "its own suffix")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ParseError(path, f"{_READ_ERROR} but an old Word .doc file named .rtf: save it from Word as .docx "
                         "or Rich Text Format")
    raise ParseError(path, f"{_READ_ERROR} (it does not begin with '{{\\rtf'): open it in a word processor and "
                     "save it as Rich Text Format, or give it its own suffix")


def _read(path: Path, data: bytes) -> _Reader:
    _checked(path, data)
    reader = _Reader(path)
    reader.read(data)
    return reader


def parse_rtf(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of an RTF document's text, and warnings."""
    reader = _read(path, data)
    warnings = []
    if reader.open_groups:
        warnings.append(f"the file ends before its groups close ({reader.open_groups} open): it may be cut short; "
                        "what it holds was read, but check it against the original")
    blocks, found = parse_blocks("\n\n".join(line for line in as_lines(reader.records) if line.strip()) + "\n")
    return blocks, warnings + found


def rtf_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as company or author, the latest date."""
    reader = _read(path, data)
    text = {name: " ".join(_fix_surrogates("".join(pieces)).split()) for name, pieces in reader.info.items()}
    publisher = (organisation(text.get("company")) or organisation(text.get("author"))
                 or organisation(text.get("operator")))
    dates = [good_date(f"{d.get('yr', 0):04d}-{d.get('mo', 1):02d}-{d.get('dy', 1):02d}")
             for d in reader.dates.values()]
    return file_properties(PROPERTIES, good_title(text.get("title")), max(filter(None, dates), default=None),
                           publisher=publisher)
