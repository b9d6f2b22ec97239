"""Read a Word 97-2003 document (.doc) into blocks, through the plain-text reader.

A .doc file is a compound file (`cfb`) whose `WordDocument` stream begins with the File Information
Block (FIB): the version, whether the file is encrypted, which table stream (`0Table` or `1Table`)
holds its tables, how many characters the main document has (`ccpText`; the footnotes, headers,
comments, endnotes and text boxes follow it in the character positions, in that order, each as long
as its own count says), and where each table lies. The text is found
through the piece table (the `Clx`'s `PlcPcd`): runs of character positions, each stored in the
WordDocument stream as 8-bit Windows-1252 ("compressed") or UTF-16 characters. As the other Word
readers do, this module writes plain text the text reader understands (a markdown `#` before
headings, `- ` before list items, a table row as one paragraph of its cells joined by " | ", a blank
line between paragraphs), so line numbers in the blocks are lines of that text.

What a careful reader takes from Word's characters:
- a paragraph ends at a paragraph mark (0x0D) or a page or section break (0x0C); a table cell at a
  cell mark (0x07), a row at the row's own end mark (a 0x07 whose paragraph properties say so), and
  the row reads as one line of its cells; a line break (0x0B) and a non-breaking space are spaces, a
  non-breaking hyphen (0x1E) a hyphen, an optional hyphen (0x1F) nothing, and a tab moves text along
  its line (a space, unless after a typed number);
- a field is its result, not its instruction (0x13 instruction 0x14 result 0x15: a hyperlink's
  text, a cross-reference's "section 4"); one with no result (a PAGE field left unshown) is nothing;
- pictures and drawn objects (0x01, 0x08) and comment marks (0x05) are not text; a footnote's mark
  (0x02 where the `PlcffndRef` places a note, `doc_notes`) reads "[1]" and the note follows its
  paragraph (or its table row) as "[1] Children Act 2004, s16H", as the .docx reader writes notes, so
  that its law stays in the section that relies on it; an endnote's mark (0x02 where the
  `PlcfendRef` places one) is read as a footnote's, numbered in one run with them, as the .docx
  reader reads both: Word prints endnotes at the end, but the law one names is relied on where it
  is marked; headers, footers, comments and text boxes, which also lie beyond the
  main document, are not read;
- a paragraph is a heading when its style is one (`doc_formatting`: Word's built-in "heading N" and
  "Title" in any language's Word, a style named as a localised heading, or a house style based on
  one) or its own outline level says so; a paragraph of the contents ("toc N") is not read;
- a paragraph in a list reads with the number Word draws for it ("1.", "a)", "3.1.2"), from the
  list tables (`doc_lists`), counted per list and level as Word counts, whether the paragraph names its
  list or its style does (Word's "List Number", heading styles linked to a multilevel list: "1
  Introduction", "1.1 Scope"); a bulleted one, one in a "List ..." style, and one whose list the
  tables do not hold read as bulleted items ("- ").

Word could also save a document as RTF or HTML with a .doc name, and opens it as what it is: so
does this reader. A file that is no compound file, a damaged one (a sector chain that loops or points
past the file's end), an encrypted one, one saved by Word 6 or 95, and a compound file with no
WordDocument stream (an Excel or PowerPoint file named .doc) are refused with what to do.
`doc_properties` reads the summary information (title, an organisation as company or author, the
later of created and saved) for a document that came with no metadata.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.cfb import CompoundFile, Damaged, is_compound_file, opened, property_set
from guidegraph.read.doc_formatting import Formatting, Paragraph, formatting
from guidegraph.read.doc_lists import list_numbering
from guidegraph.read.doc_notes import notes_by_mark
from guidegraph.read.docx import _MAX_HEADING_WORDS, _row_line, _tabs_in_running_text
from guidegraph.read.docx_numbering import BULLET, Numbering
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.text import parse_blocks

KIND = "Word 97-2003 document"
PROPERTIES = "the Word file's properties"
_WORD_IDENT = 0xA5EC
_WORD_97 = 0x00C0  # nFib: Word 97 writes 0x00C1; Word 6 and 95 wrote 0x0065 to 0x0068
_ENCRYPTED, _OBFUSCATED, _TABLE_1 = 0x0100, 0x8000, 0x0200
_STSH, _FOOTNOTE_REFS, _FOOTNOTE_TEXTS, _PAPX_BINS, _CLX, _LISTS, _OVERRIDES = 1, 2, 3, 13, 33, 73, 74  # FibRgFcLcb97
_ENDNOTE_REFS, _ENDNOTE_TEXTS = 46, 47
_FOOTNOTE_MARK = "\x02"
_PARAGRAPH_ENDS = "\r\x0c\x07"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
Parsed = tuple[list[Block], list[str]]
_SPECIAL = re.compile("[\x00-\x08\x0a-\x1f\xa0]")
_CHARACTERS = {"\x0b": " ", "\xa0": " ", "\x1e": "-", "\x0e": " "}  # any other control character is no text


def parse_doc(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a Word 97-2003 document's text, and warnings."""
    other = _saved_as_other(path, data)
    if other is not None:
        return other[0](path, data)
    compound = _opened(path, data)
    word = _stream(path, compound, "WordDocument") or b""
    fib = _fib(path, word)
    table = _stream(path, compound, "1Table" if fib.flags & _TABLE_1 else "0Table")
    if table is None:
        raise _damaged(path, "its table stream is missing")
    clx = _slice(table, fib.pair(_CLX))
    pieces = _pieces(path, word, clx, 0, fib.ccp_text)
    document = formatting(word, table, fib.pair(_STSH), fib.pair(_PAPX_BINS))
    notes = _notes(path, word, clx, table, fib, fib.story(1), _FOOTNOTE_REFS, _FOOTNOTE_TEXTS)
    notes |= _notes(path, word, clx, table, fib, fib.story(5), _ENDNOTE_REFS, _ENDNOTE_TEXTS)  # marks apart
    numbering = list_numbering(table, fib.pair(_LISTS), fib.pair(_OVERRIDES))
    lines = _Lines(document, numbering, notes).read(pieces)
    return parse_blocks("\n\n".join(line for line in lines if line.strip()) + "\n")


def doc_properties(path: Path, data: bytes) -> FileProperties:
    """The summary information that is good: title, an organisation as company or author, the latest date."""
    other = _saved_as_other(path, data)
    if other is not None:
        return other[1](path, data)
    compound = _opened(path, data)
    summary = property_set(_stream(path, compound, "\x05SummaryInformation"))
    company = property_set(_stream(path, compound, "\x05DocumentSummaryInformation")).get(15)
    dates = [good_date(value.date().isoformat()) for key, value in summary.items() if key in (12, 13)
             and not isinstance(value, str)]
    return file_properties(PROPERTIES, good_title(_text(summary.get(2))), max(filter(None, dates), default=None),
                           organisation(_text(company)) or organisation(_text(summary.get(4))))


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


# --- the file


def _saved_as_other(path: Path, data: bytes) -> tuple[Callable[[Path, bytes], Parsed],
                                                      Callable[[Path, bytes], FileProperties]] | None:
    """The readers of RTF or HTML that Word saved with a .doc name, or None for a compound file."""
    head = data.lstrip(b" \t\r\n\xef\xbb\xbf")[:1024]
    if head.startswith(b"{\\rtf"):
        from guidegraph.read.rtf import parse_rtf, rtf_properties

        return parse_rtf, rtf_properties
    if head.startswith(b"<") and re.search(rb"<(?:html|body|h\d|p)\b", head, re.IGNORECASE):
        return _html_blocks, _html_properties
    if not data.strip():
        raise ParseError(path, "empty file")
    if not is_compound_file(data):
        raise ParseError(path, f"not a {KIND} (it does not begin as a compound file does): open it in Word and "
                         "save it as .docx, or give it its own suffix")
    return None


def _html_blocks(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    from guidegraph.read.encoding import decode
    from guidegraph.read.html import page_soup, read_page

    return read_page(page_soup(decode(path, data)))


def _html_properties(path: Path, data: bytes) -> FileProperties:
    from guidegraph.read.encoding import decode
    from guidegraph.read.html import page_soup
    from guidegraph.read.html_properties import page_properties

    return page_properties(page_soup(decode(path, data)))


def _opened(path: Path, data: bytes) -> CompoundFile:
    compound = opened(path, data, KIND, "Word")
    if "WordDocument" not in compound.streams:
        raise ParseError(path, "not a Word document (a compound file with no WordDocument stream: an Excel, "
                         "PowerPoint or Outlook file named .doc?): save it in its own format, or as PDF")
    return compound


def _stream(path: Path, compound: CompoundFile, name: str) -> bytes | None:
    try:
        return compound.stream(name)
    except Damaged as err:
        raise _damaged(path, err.detail) from None


def _damaged(path: Path, detail: str) -> ParseError:
    return ParseError(path, f"not a readable {KIND} ({detail}): open it in Word and save it again")


@dataclass(frozen=True)
class _Fib:
    flags: int
    ccps: tuple[int, ...]  # the stories' lengths in CPs: main, footnotes, headers, macros, comments, endnotes
    pairs: tuple[tuple[int, int], ...]

    @property
    def ccp_text(self) -> int:
        return self.ccps[0]

    def story(self, index: int) -> tuple[int, int]:
        """The CPs of one story (1 the footnotes, 5 the endnotes): the stories lie one after another."""
        start = sum(self.ccps[:index])
        return start, start + self.ccps[index]

    def pair(self, index: int) -> tuple[int, int]:
        return self.pairs[index] if index < len(self.pairs) else (0, 0)


def _fib(path: Path, word: bytes) -> _Fib:
    """The FIB's fields this reader needs, read by the sizes the FIB gives its own parts."""
    if len(word) < 0x22 or struct.unpack_from("<H", word, 0)[0] != _WORD_IDENT:
        raise _damaged(path, "its WordDocument stream does not begin with a FIB")
    n_fib, flags = struct.unpack_from("<H", word, 2)[0], struct.unpack_from("<H", word, 0x0A)[0]
    if n_fib < _WORD_97:
        raise ParseError(path, "saved by Word 6 or Word 95, whose format is not read: open it in Word and save it "
                         "as .docx")
    if flags & (_ENCRYPTED | _OBFUSCATED):
        raise ParseError(path, "password-protected: save it without a password (in Word: File > Info > Protect "
                         "Document) and add it again")
    try:
        longs = 0x22 + 2 * struct.unpack_from("<H", word, 0x20)[0]
        longs_count = struct.unpack_from("<H", word, longs)[0]
        ccps = struct.unpack_from("<6I", word, longs + 2 + 12)  # ccpText to ccpEdn (ccpMcr is 0 since Word 97)
        pairs_at = longs + 2 + 4 * longs_count
        count = min(struct.unpack_from("<H", word, pairs_at)[0], (len(word) - pairs_at - 2) // 8)
        flat = struct.unpack_from(f"<{2 * count}I", word, pairs_at + 2)
    except struct.error:
        raise _damaged(path, "its FIB is cut short") from None
    return _Fib(flags, ccps, tuple(zip(flat[::2], flat[1::2], strict=True)))


def _slice(data: bytes, pair: tuple[int, int]) -> bytes:
    fc, lcb = pair
    return data[fc:fc + lcb] if fc + lcb <= len(data) else b""


@dataclass(frozen=True)
class _Piece:
    cp: int  # where in the text it starts
    fc: int  # where in the WordDocument stream
    compressed: bool  # 8-bit, else UTF-16
    text: str


def _pieces(path: Path, word: bytes, clx: bytes, first: int, last: int) -> list[_Piece]:
    """The pieces of the characters from CP `first` to `last` (the main document's, the footnotes'),
    each decoded; the Clx's property runs (Prc) passed over."""
    at = 0
    while at < len(clx) and clx[at] == 1:
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at + 5 > len(clx) or clx[at] != 2:
        raise _damaged(path, "its piece table is missing")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + size]
    count = (len(plc) - 4) // 12
    if count < 1 or len(plc) != 4 + 12 * count:
        raise _damaged(path, "its piece table is damaged")
    cps = struct.unpack_from(f"<{count + 1}I", plc)
    pieces = []
    for i in range(count):
        start, end = max(cps[i], first), min(cps[i + 1], last)
        if start >= end:
            continue
        raw = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(raw & 0x40000000)
        width = 1 if compressed else 2
        fc = ((raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF) + (start - cps[i]) * width
        data = word[fc:fc + (end - start) * width]
        if len(data) != (end - start) * width:
            raise _damaged(path, "its text runs past the end of its stream")
        text = data.decode("cp1252", "replace") if compressed else data.decode("utf-16-le", "replace")
        pieces.append(_Piece(start, fc, compressed, text))
    return pieces


# --- the plain text


def _notes(path: Path, word: bytes, clx: bytes, table: bytes, fib: _Fib, story: tuple[int, int], references: int,
           texts: int) -> dict[int, str]:
    """The notes of one story (footnotes or endnotes), each one line, by the CP of its mark in the text."""
    if not fib.pair(references)[1]:
        return {}
    characters = "".join(piece.text for piece in _pieces(path, word, clx, *story))
    return {cp: _note_text(text) for cp, text in
            notes_by_mark(table, fib.pair(references), fib.pair(texts), characters).items()}


def _note_text(characters: str) -> str:
    """A footnote's characters as one line: its own mark passed over, its fields' results read."""
    lines = _Lines(Formatting({}, []), Numbering(), {}).read([_Piece(0, 0, True, characters)])
    return " ".join(" ".join(line.split()) for line in lines if line.strip())


class _Lines:
    """The main document's characters to lines of the text reader's markdown, in one pass."""

    def __init__(self, document: Formatting, numbering: Numbering, notes: dict[int, str]) -> None:
        self.document = document
        self.numbering = numbering
        self.notes = notes  # footnotes and endnotes by the CP of their marks
        self.marked: list[str] = []  # the notes marked since the last paragraph or row was written
        self.notes_marked = 0
        self.lines: list[str] = []
        self.paragraph: list[str] = []
        self.cell: list[str] = []
        self.cells: list[str] = []
        self.instructions = 0  # open fields in their instruction: their text is not read
        self.fields: list[bool] = []  # for each open field, whether it is still in its instruction
        self.last_mark = ""

    def read(self, pieces: list[_Piece]) -> list[str]:
        for piece in pieces:
            position = 0
            for special in _SPECIAL.finditer(piece.text):
                self.take(piece.text[position:special.start()])
                self.character(special.group(), piece, special.start())
                position = special.end()
            self.take(piece.text[position:])
        self.mark("\r", Paragraph())
        if self.cells:
            self.lines.append(_row_line(self.cells))
        return self.lines

    def take(self, text: str) -> None:
        if text and not self.instructions:
            self.paragraph.append(text)

    def character(self, char: str, piece: _Piece, index: int) -> None:
        if char in _PARAGRAPH_ENDS:
            fc = piece.fc + index * (1 if piece.compressed else 2)
            self.mark(char, self.document.at(fc))
        elif char == _FIELD_BEGIN:
            self.fields.append(True)
            self.instructions += 1
        elif char == _FIELD_SEPARATOR and self.fields and self.fields[-1]:
            self.fields[-1] = False
            self.instructions -= 1
        elif char == _FIELD_END and self.fields:
            self.instructions -= self.fields.pop()
        elif char == _FOOTNOTE_MARK and piece.cp + index in self.notes and not self.instructions:
            self.notes_marked += 1
            self.take(f"[{self.notes_marked}]")
            self.marked.append(f"[{self.notes_marked}] {self.notes[piece.cp + index]}")
        else:
            self.take(_CHARACTERS.get(char, ""))

    def mark(self, char: str, properties: Paragraph) -> None:
        text = "".join(self.paragraph).strip()
        self.paragraph = []
        previous, self.last_mark = self.last_mark, char
        if char == "\x07":
            row_end = properties.row_end if self.document.known else (not text and previous == "\x07")
            if row_end:
                self.lines.append(_row_line([cell for cell in self.cells if cell]))
                self.cells = []
                self.notes_follow()
            else:
                self.cells.append(" ".join(" ".join([*self.cell, self.numbered(text, properties)]).split()))
                self.cell = []
        elif properties.in_table and char == "\r":
            self.cell.append(self.numbered(text, properties))
        else:
            self.lines.append(self.line(text, properties))
            self.notes_follow()

    def notes_follow(self) -> None:
        self.lines += self.marked
        self.marked = []

    def number(self, properties: Paragraph) -> str | None:
        """The number Word draws before the paragraph, BULLET, or None; counted once per paragraph."""
        return self.numbering.label(str(properties.ilfo), properties.level) if properties.listed else None

    def numbered(self, text: str, properties: Paragraph) -> str:
        """A cell's paragraph after its number ("1. Screen the contact")."""
        number = self.number(properties)
        return f"{number} {text}" if number and number != BULLET and text else text

    def line(self, text: str, properties: Paragraph) -> str:
        if self.document.is_contents(properties.istd):
            return ""
        number = self.number(properties)  # counted even when empty, as Word counts it
        if not text:
            return ""
        text = _tabs_in_running_text(text)
        level = (properties.outline + 1 if properties.outline is not None
                 else self.document.level(properties.istd))
        if level and len(text.split()) <= _MAX_HEADING_WORDS:
            return f"{'#' * min(level, 6)} {number + ' ' if number and number != BULLET else ''}{text}"
        if number and number != BULLET:
            return f"{number}\t{text}"
        if properties.listed or self.document.is_list(properties.istd):
            return f"- {text}"
        return text
