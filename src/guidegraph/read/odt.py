"""Read an OpenDocument text (.odt, as LibreOffice saves it) into blocks, through the plain-text reader.

An .odt file is a zip of XML parts; the text is in `content.xml`, as headings (`text:h`, with their
outline level), paragraphs, lists and tables. A paragraph's automatic style ("P1") names the style
it was made from ("Heading 2", "Title"), in `content.xml` or `styles.xml`, and says whether it is
shown. As the Word reader does, this module writes plain text the text reader understands (a
markdown `#` before headings, `- ` before list items, "1." or "a)" before a numbered one, a table
row as one paragraph of its cells joined by " | ", a blank line between paragraphs), so line numbers
in the blocks are lines of that text.

What LibreOffice keeps beside the text, and what it keeps that a reader never sees:
- a list's numbers are drawn from its list style ("1.", "a)", "1.2." with two levels shown), counted
  through nested lists and lists that continue the one before; a bulleted item is a list item;
- spaces (`text:s`), tabs and line breaks are kept as Word's are; soft hyphens are dropped and
  non-breaking hyphens (U+2011) are hyphens;
- a footnote or endnote reads "[1]" and the note follows its paragraph, as in a Word document;
- tracked changes read as accepted: the deleted text is kept apart (`text:tracked-changes`) and not
  read; reviewers' comments (`office:annotation`) are not text;
- a table of contents and the other generated indexes repeat the headings with page numbers: skipped;
- hidden paragraphs, hidden text and sections, and text in a style not displayed, are not read;
- a frame's text box is read once, as paragraphs after the paragraph it is anchored in;
- headers and footers live in `styles.xml` and are not read.

The parts are read with the standard library's XML parser, after the same refusals as a Word file's
(`docx_zip`), and a `mimetype` entry naming any other OpenDocument kind (a spreadsheet renamed .odt)
is refused. `odt_properties` reads `meta.xml` (title, creator, created and saved dates) for a
document that came with no metadata. An Impress deck (`odp`) is opened, styled and read by these
same pieces: its text boxes hold the paragraphs, lists and tables of a text.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.docx import _HEADING_STYLE, _MAX_HEADING_WORDS, _row_line, _tabs_in_running_text
from guidegraph.read.docx_numbering import _formatted
from guidegraph.read.docx_zip import Package, opened, optional, part, raw
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.text import parse_blocks

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "content.xml"
STYLES = "styles.xml"
META_PART = "meta.xml"
MIMETYPE = "mimetype"
MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
ODT = Package("OpenDocument text document", "an", CONTENT, "LibreOffice", ".odt")
PROPERTIES = "the OpenDocument file's properties"
BULLET = "-"
_MAX_HEADING_LEVEL = 6  # markdown's deepest; LibreOffice allows ten
_TOC_STYLE = re.compile(r"^contents\s*(?:[1-9]|10|heading)$", re.IGNORECASE)  # a contents typed by hand
_ENCODED = re.compile(r"_([0-9a-fA-F]{2})_")  # "Heading_20_1": a style name with its space encoded
_WHITESPACE = re.compile(r"[ \t\r\n]+")  # collapsed to one space, as ODF says; `text:s` is the kept space
_SOFT_HYPHEN = "\u00ad"
_NON_BREAKING_HYPHEN = "\u2011"  # what LibreOffice writes for Ctrl+- ("multi‑agency"): a reader sees a hyphen
_PARAGRAPHS = frozenset({f"{TEXT}p", f"{TEXT}h"})
_LIST_ITEMS = frozenset({f"{TEXT}list-item", f"{TEXT}list-header"})
# Generated from the headings or entries (with page numbers): read where they stand, not here.
_INDEXES = frozenset(f"{TEXT}{name}" for name in ("table-of-content", "illustration-index", "table-index",
                                                 "object-index", "user-index", "alphabetical-index"))
# Never text: comments, change records and markers, hidden fields, cached numbers, declarations.
_NOT_TEXT = _INDEXES | frozenset({
    f"{OFFICE}annotation", f"{OFFICE}annotation-end", f"{TEXT}tracked-changes", f"{TEXT}hidden-text",
    f"{TEXT}hidden-paragraph", f"{TEXT}number", f"{TEXT}note-citation", f"{TEXT}sequence-decls",
    f"{TEXT}variable-decls", f"{TEXT}user-field-decls", f"{OFFICE}forms"})
_ROW_GROUPS = frozenset(f"{TABLE}{name}" for name in ("table-header-rows", "table-rows", "table-row-group"))
_CELLS = frozenset({f"{TABLE}table-cell", f"{TABLE}covered-table-cell"})
_FORMATS = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}  # else decimal


def parse_odt(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of an OpenDocument text's text, and warnings."""
    with _opened(path, data) as archive:
        content = part(path, archive, CONTENT, ODT)
        styles = optional(path, archive, STYLES, ODT)
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ParseError(path, "not a readable OpenDocument text document (no text body in content.xml): open it "
                         "in LibreOffice and save it again as .odt")
    reader = style_reader(styles, content)
    try:
        lines = _lines(body, reader)
    except RecursionError:  # sections or frames nested thousands deep: no editor writes that
        raise ParseError(path, "not a readable OpenDocument text document (its parts nest too deeply): open it "
                         "in LibreOffice and save it again") from None
    return parse_blocks("\n\n".join(line for line in lines if line.strip()) + "\n")


def odt_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as creator, the latest date."""
    with _opened(path, data) as archive:
        return meta_properties(path, archive, ODT)


def meta_properties(path: Path, archive: zipfile.ZipFile, package: Package) -> FileProperties:
    """An OpenDocument file's good properties in `meta.xml`: title, an organisation as creator, the latest date."""
    if META_PART not in archive.namelist():
        return FileProperties()
    meta = part(path, archive, META_PART, package).find(f"{OFFICE}meta")
    if meta is None:
        return FileProperties()
    title = good_title(meta.findtext(f"{_DC}title"))
    creator = organisation(meta.findtext(f"{META}initial-creator")) or organisation(meta.findtext(f"{_DC}creator"))
    date = max(filter(None, (good_date(meta.findtext(name)) for name in (f"{META}creation-date", f"{_DC}date"))),
               default=None)
    return file_properties(PROPERTIES, title, date, publisher=creator)


def _opened(path: Path, data: bytes) -> zipfile.ZipFile:
    return opened_document(path, data, ODT, MEDIA_TYPE, "LibreOffice Writer")


def opened_document(path: Path, data: bytes, package: Package, media_type: str, application: str) -> zipfile.ZipFile:
    """The zip, once its `mimetype` entry (if it has one) says it is the kind of document its name
    says: a spreadsheet renamed .odt, or a text renamed .odp, is not."""
    archive = opened(path, data, package)
    if MIMETYPE in archive.namelist():
        media = raw(path, archive, MIMETYPE, package).decode("ascii", "replace").strip()
        if media != media_type:
            archive.close()
            raise ParseError(path, f"not {package.article} {package.kind}: its mimetype is '{media[:80]}', not "
                             f"{media_type} (another kind of file named {package.suffix}?): save it from "
                             f"{application} as {package.suffix}, or convert it to PDF or text")
    return archive


# --- styles


@dataclass(frozen=True)
class _Style:
    name: str  # as the user sees it: "Heading 1"
    parent: str
    hidden: bool | None  # None when the style does not say, and its parent's decides


def _styles(*roots: ElementTree.Element | None) -> tuple[dict[str, _Style], _ListLevels]:
    """Paragraph and text styles by family and name ("paragraph P1"), and the outline's numbering.
    content.xml's automatic styles come last, as they are the paragraphs' own."""
    styles, outline = {}, {}
    for root in (r for r in roots if r is not None):
        for style in root.iter(f"{STYLE}style"):
            name = style.get(f"{STYLE}name", "")
            shown = style.find(f"{STYLE}text-properties")
            display = shown.get(f"{TEXT}display") if shown is not None else None
            styles[f"{style.get(f'{STYLE}family', '')} {name}"] = _Style(
                style.get(f"{STYLE}display-name") or _ENCODED.sub(lambda m: chr(int(m.group(1), 16)), name),
                style.get(f"{STYLE}parent-style-name", ""), None if display is None else display == "none")
        for numbering in root.iter(f"{TEXT}outline-style"):
            outline = _levels(numbering)
    return styles, outline


def _chain(styles: dict[str, _Style], family: str, name: str | None) -> Iterator[_Style]:
    """The style and the styles it is made from, nearest first."""
    seen = set()
    while name and name not in seen and f"{family} {name}" in styles:
        seen.add(name)
        style = styles[f"{family} {name}"]
        yield style
        name = style.parent


# --- list numbering


@dataclass(frozen=True)
class _Level:
    format: str  # "1", "a", "I"; "" for no number, None for a bullet
    prefix: str
    suffix: str
    shown: int  # how many levels the number shows: 2 for "1.2."
    start: int


_ListLevels = dict[int, _Level]


def _list_styles(*roots: ElementTree.Element | None) -> dict[str, _ListLevels]:
    return {style.get(f"{STYLE}name", ""): _levels(style)
            for root in roots if root is not None for style in root.iter(f"{TEXT}list-style")}


def _levels(style: ElementTree.Element) -> _ListLevels:
    levels = {}
    for level in style:
        depth = _number(level.get(f"{TEXT}level"), 1)
        if level.tag in (f"{TEXT}list-level-style-number", f"{TEXT}outline-level-style"):
            levels[depth] = _Level(level.get(f"{STYLE}num-format", ""), level.get(f"{STYLE}num-prefix", ""),
                                   level.get(f"{STYLE}num-suffix", ""), _number(level.get(f"{TEXT}display-levels"), 1),
                                   _number(level.get(f"{TEXT}start-value"), 1))
        else:  # a bullet or a picture
            levels[depth] = _Level(None, "", "", 1, 1)
    return levels


def _number(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() else default


def _label(levels: _ListLevels, counts: dict[int, int], depth: int, start: str | None = None) -> str:
    """Count an item at this depth and give its number ("1.", "a)", "2.1."), or BULLET."""
    own = levels.get(depth)
    counts[depth] = _number(start, 0) or counts.get(depth, (own.start if own else 1) - 1) + 1
    for deeper in [d for d in counts if d > depth]:  # a new "2" restarts its "2.1", "2.2"
        del counts[deeper]
    if own is None or not own.format:
        return BULLET
    numbers = (_formatted(counts.get(d, 1), _FORMATS.get(levels[d].format or "1" if d in levels else "1", "decimal"))
               for d in range(max(1, depth - own.shown + 1), depth + 1))
    return f"{own.prefix}{'.'.join(numbers)}{own.suffix}".strip()


# --- the text


@dataclass
class _Reader:
    """The styles the text refers to, and the counts and note numbers so far, in reading order."""

    styles: dict[str, _Style]
    outline: _ListLevels
    lists: dict[str, _ListLevels]
    list_counts: dict[str, dict[int, int]] = field(default_factory=dict)
    outline_counts: dict[int, int] = field(default_factory=dict)
    marks: dict[str, int] = field(default_factory=dict)

    def mark(self, note: ElementTree.Element) -> str:
        """The note's number, in order of reference (footnotes and endnotes in one run, as in Word)."""
        return str(self.marks.setdefault(note.get(f"{TEXT}id") or str(id(note)), len(self.marks) + 1))

    def hidden(self, element: ElementTree.Element) -> bool:
        family = "paragraph" if element.tag in _PARAGRAPHS else "text"
        style = next((s for s in _chain(self.styles, family, element.get(f"{TEXT}style-name")) if s.hidden is not None),
                     None)
        return bool(style and style.hidden) or any(marker.get(f"{TEXT}is-hidden", "true") != "false"
                                                   for marker in element.iter(f"{TEXT}hidden-paragraph"))

    def style_names(self, paragraph: ElementTree.Element) -> list[str]:
        return [style.name for style in _chain(self.styles, "paragraph", paragraph.get(f"{TEXT}style-name"))]

    def counts_for(self, listed: ElementTree.Element, style: str) -> dict[int, int]:
        """A list's counters: a list continuing the last one of its style counts on from it."""
        if listed.get(f"{TEXT}continue-numbering") == "true" or listed.get(f"{TEXT}continue-list"):
            return self.list_counts.setdefault(style, {})
        self.list_counts[style] = {}
        return self.list_counts[style]


def style_reader(*roots: ElementTree.Element | None) -> _Reader:
    """A reader of text in these parts' styles (styles.xml's, then content.xml's own)."""
    return _Reader(*_styles(*roots), _list_styles(*roots))


def _lines(container: ElementTree.Element, reader: _Reader) -> list[str]:
    """The container's paragraphs, lists and tables as lines of markdown-like text, in order."""
    lines = []
    for child in container:
        if child.tag in _PARAGRAPHS:
            lines += _paragraph_lines(child, reader)
        elif child.tag == f"{TEXT}list":
            lines += _list_lines(child, reader)
        elif child.tag == f"{TABLE}table":
            lines += _table_lines(child, reader)
        elif child.tag == f"{TEXT}section" and child.get(f"{TEXT}display") != "none":
            lines += _lines(child, reader)
        elif child.tag == f"{DRAW}frame":  # anchored to the page, not to a paragraph
            lines += [line for box in _text_boxes(child) for line in _lines(box, reader)]
    return lines


def _paragraph_lines(paragraph: ElementTree.Element, reader: _Reader, number: str | None = None) -> list[str]:
    """The paragraph's line (a heading's "## ", a list item's number or "- "), then its text boxes and notes."""
    names = reader.style_names(paragraph)
    if reader.hidden(paragraph) or any(_TOC_STYLE.match(name) for name in names):
        return []
    text = _tabs_in_running_text(_text(paragraph, reader).strip())
    level = _heading_level(paragraph, names)
    if level and len(text.split()) <= _MAX_HEADING_WORDS:
        if number is None and paragraph.tag == f"{TEXT}h" and reader.outline:
            number = _label(reader.outline, reader.outline_counts, level)
        shown = f"{number} " if number and number != BULLET else ""
        line = f"{'#' * min(level, _MAX_HEADING_LEVEL)} {shown}{text}" if text else ""
    elif not text:
        line = ""
    elif number and number != BULLET:
        line = f"{number}\t{text}"
    elif number:
        line = f"- {text}"
    else:
        line = text
    boxes = [box_line for box in _text_boxes(paragraph) for box_line in _lines(box, reader)]
    return [line, *boxes, *_note_lines(paragraph, reader)]


def _heading_level(paragraph: ElementTree.Element, names: list[str]) -> int:
    """A `text:h`'s outline level, else the level of the first heading style it is made from."""
    if paragraph.tag == f"{TEXT}h":
        return _number(paragraph.get(f"{TEXT}outline-level"), 0) or _styled_level(names) or 1
    return _styled_level(names)


def _styled_level(names: list[str]) -> int:
    for name in names:
        if name.lower() == "title":
            return 1
        match = _HEADING_STYLE.match(name)
        if match:
            return int(match.group(1))
    return 0


def _text(element: ElementTree.Element, reader: _Reader) -> str:
    """The visible text of a paragraph or span: spaces, tabs, breaks and note marks ("[1]"), in order."""
    pieces = [_WHITESPACE.sub(" ", element.text or "")]
    for child in element:
        pieces.append(_inline(child, reader))
        pieces.append(_WHITESPACE.sub(" ", child.tail or ""))  # a child's tail is its parent's text
    return "".join(pieces).replace(_SOFT_HYPHEN, "").replace(_NON_BREAKING_HYPHEN, "-")


def _inline(node: ElementTree.Element, reader: _Reader) -> str:
    if node.tag == f"{TEXT}s":
        return " " * _number(node.get(f"{TEXT}c"), 1)
    if node.tag == f"{TEXT}tab":
        return "\t"
    if node.tag == f"{TEXT}line-break":
        return " "
    if node.tag == f"{TEXT}note":
        return f"[{reader.mark(node)}]"
    if node.tag in _NOT_TEXT or node.tag.startswith(DRAW) or reader.hidden(node):
        return ""  # a frame's text box is read after the paragraph
    return _text(node, reader)  # a span, a link, a field's shown value


def _visible(element: ElementTree.Element, reader: _Reader) -> Iterator[ElementTree.Element]:
    """The element's descendants that are read in it: not hidden, comments, frames, notes' bodies or
    nested tables (each read in its own place)."""
    for child in element:
        if child.tag in _NOT_TEXT or child.tag == f"{TABLE}table" or reader.hidden(child):
            continue
        yield child
        if child.tag not in (f"{TEXT}note", f"{DRAW}frame"):
            yield from _visible(child, reader)


def _text_boxes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text boxes of the frames in a paragraph (or the frame itself), each once."""
    for child in element:
        if child.tag == f"{DRAW}text-box":
            yield child
        elif child.tag not in _NOT_TEXT and child.tag != f"{TEXT}note":
            yield from _text_boxes(child)


def _note_lines(element: ElementTree.Element, reader: _Reader) -> list[str]:
    """Each note the element marks, "[1] Children Act 1989, s47", as the footnote reader expects."""
    notes = [node for node in _visible(element, reader) if node.tag == f"{TEXT}note"]
    return [f"[{reader.mark(note)}] {_joined(note.find(f'{TEXT}note-body'), reader)}" for note in notes]


def _joined(container: ElementTree.Element | None, reader: _Reader) -> str:
    """A container's paragraphs (a note's, a cell's) as one line, their spaces made single."""
    if container is None:
        return ""
    return " ".join(" ".join(_text(p, reader).split()) for p in container.iter()
                    if p.tag in _PARAGRAPHS and not reader.hidden(p)).strip()


def _list_entries(listed: ElementTree.Element, reader: _Reader, depth: int = 1, style: str = "",
                  counts: dict[int, int] | None = None) -> Iterator[tuple[ElementTree.Element, str | None, int]]:
    """A list's blocks in order, nested lists' too, each with its depth (1 for the outer list) and,
    for a paragraph that opens an item, its number or BULLET. An item that holds only a nested list
    (as LibreOffice writes a second level) is not counted."""
    style = listed.get(f"{TEXT}style-name") or style
    counts = reader.counts_for(listed, style) if counts is None else counts
    for item in (child for child in listed if child.tag in _LIST_ITEMS):
        opened_item = item.tag == f"{TEXT}list-header"  # a list's unnumbered paragraph
        for child in item:
            if child.tag == f"{TEXT}list":
                yield from _list_entries(child, reader, depth + 1, style, counts)
            elif child.tag in _PARAGRAPHS and not opened_item and not reader.hidden(child):
                opened_item = True
                yield child, _label(reader.lists.get(style, {}), counts, depth, item.get(f"{TEXT}start-value")), depth
            else:
                yield child, None, depth


def _list_lines(listed: ElementTree.Element, reader: _Reader) -> list[str]:
    lines = []
    for block, number, _ in _list_entries(listed, reader):
        if block.tag in _PARAGRAPHS:
            lines += _paragraph_lines(block, reader, number)
        elif block.tag == f"{TABLE}table":
            lines += _table_lines(block, reader)
    return lines


def _table_lines(table: ElementTree.Element, reader: _Reader) -> list[str]:
    """Each row as its cells joined by " | ", then the rows of tables nested in its cells and its notes.
    A cell merged down (`table:number-rows-spanned`) repeats its text in each row it covers."""
    rows = list(_rows(table))
    if _lays_out(rows, reader):
        return [line for row in rows for cell in row if cell.tag == f"{TABLE}table-cell"
                for line in _lines(cell, reader)]
    lines: list[str] = []
    merged: dict[int, tuple[str, int]] = {}  # column -> the text of the merge running down it, rows left
    for row in rows:
        cells, nested, column = [], [], 0
        for cell in (c for c in row if c.tag in _CELLS):
            if cell.tag == f"{TABLE}covered-table-cell":  # under a merge from above, or beside one
                text, left = merged.get(column, ("", 0))
                if left:
                    cells.append(text)
                    merged[column] = (text, left - 1)
            else:
                text = _cell_text(cell, reader)
                rows_spanned = _number(cell.get(f"{TABLE}number-rows-spanned"), 1)
                merged[column] = (text, rows_spanned - 1)
                cells.append(text)
                nested += [line for t in cell if t.tag == f"{TABLE}table" for line in _table_lines(t, reader)]
            column += _number(cell.get(f"{TABLE}number-columns-repeated"), 1)
        lines.append(_row_line([cell for cell in cells if cell]))
        lines += nested + _note_lines(row, reader)
    return lines


def _rows(table: ElementTree.Element) -> Iterator[ElementTree.Element]:
    for child in table:
        if child.tag == f"{TABLE}table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _lays_out(rows: list[ElementTree.Element], reader: _Reader) -> bool:
    """A table with a heading in a cell lays out the page (a briefing's boxes); a table of data has none."""
    return any(paragraph.tag == f"{TEXT}h" or _styled_level(reader.style_names(paragraph))
               for row in rows for cell in row if cell.tag == f"{TABLE}table-cell"
               for paragraph in cell if paragraph.tag in _PARAGRAPHS)


def _cell_text(cell: ElementTree.Element, reader: _Reader) -> str:
    """A cell's paragraphs as one line, a numbered one after its number ("1. Screen the contact")."""
    pieces = []
    for child in cell:
        if child.tag in _PARAGRAPHS and not reader.hidden(child):
            pieces.append(" ".join(_text(child, reader).split()))
        elif child.tag == f"{TEXT}list":
            for block, number, _ in _list_entries(child, reader):
                if block.tag in _PARAGRAPHS and not reader.hidden(block):
                    text = " ".join(_text(block, reader).split())
                    pieces.append(f"{number} {text}" if number and number != BULLET and text else text)
    return " ".join(piece for piece in pieces if piece)
