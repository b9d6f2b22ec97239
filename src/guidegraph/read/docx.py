"""Read a Word document (.docx) into blocks, through the plain-text reader.

A .docx file is a zip of XML parts; the text is in `word/document.xml`, paragraph by paragraph,
each with a style whose name (in `word/styles.xml`) says whether it is a heading ("heading 2",
"Title") or a list item, as does a paragraph numbering. As the PDF reader does, this module writes
plain text the text reader understands (a markdown `#` before headings, `- ` before list items, a
table row as one paragraph of its cells joined by " | ", a blank line between paragraphs), so line
numbers in the blocks are lines of that text. Deleted text of tracked changes and field codes are
not text; tabs are kept (numbered paragraphs are "4.11<tab>Text").

The parts are read with the standard library's XML parser, after refusing anything a Word file
never holds and a hostile one might: a document type declaration (entity expansion), or a part
that unpacks to more than `MAX_PART_BYTES`. The same holds for `docProps/core.xml`, the document
properties (title, creator, created and modified dates) that `docx_properties` reads for a document
that came with no metadata.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.text import parse_blocks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"
CORE = "docProps/core.xml"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
PROPERTIES = "the Word file's properties"
MAX_PART_BYTES = 64 * 1024 * 1024  # unpacked; guidance is a few megabytes at most
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\b", re.IGNORECASE)  # "List Paragraph", "List Bullet", "List Number 2"
_MAX_HEADING_WORDS = 30  # a longer "heading" is a paragraph someone styled for emphasis


def parse_docx(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a Word document's text, and warnings."""
    with _opened(path, data) as archive:
        body = _part(path, archive, DOCUMENT).find(f"{W}body")
        styles = _style_names(_part(path, archive, STYLES)) if STYLES in archive.namelist() else {}
    if body is None:
        raise ParseError(path, "not a readable Word document (no document body): open it in Word and save it again")
    return parse_blocks("\n\n".join(line for line in _lines(body, styles) if line.strip()) + "\n")


def docx_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as creator, the latest date."""
    with _opened(path, data) as archive:
        if CORE not in archive.namelist():
            return FileProperties()
        core = _part(path, archive, CORE)
    title = good_title(core.findtext(f"{_DC}title"))
    creator = organisation(core.findtext(f"{_DC}creator"))
    date = max(filter(None, (good_date(core.findtext(f"{_DCTERMS}{name}")) for name in ("created", "modified"))),
               default=None)
    return file_properties(PROPERTIES, title, date, publisher=creator)


def _opened(path: Path, data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, NotImplementedError) as err:  # a damaged header: "zip file version 6.4"
        raise ParseError(path, f"not a readable Word document ({err}): check it opens in Word, or save it "
                         "again as .docx") from None
    if DOCUMENT not in archive.namelist():
        raise ParseError(path, "not a Word document (a zip without word/document.xml): save it from Word as "
                         ".docx, or convert it to PDF or text")
    return archive


def _part(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    if archive.getinfo(name).file_size > MAX_PART_BYTES:
        raise ParseError(path, f"{name} unpacks to over {MAX_PART_BYTES // (1024 * 1024)} MB: no guidance "
                         "document comes near that; check it is the right file")
    try:
        xml = archive.read(name)
        if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
            raise ParseError(path, f"{name} declares a document type, which Word never writes: refused")
        return ElementTree.fromstring(xml)
    except ParseError:
        raise
    # A damaged zip fails in many ways: bad CRC, corrupt deflate data, encrypted or unknown compression.
    except (ElementTree.ParseError, zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError) as err:
        raise ParseError(path, f"not a readable Word document ({name}: {err}): open it in Word and save it "
                         "again") from None


def _style_names(styles: ElementTree.Element) -> dict[str, str]:
    """Style id -> its name ("Heading1" -> "heading 1"; ids differ by language, names do not)."""
    names = {}
    for style in styles.iter(f"{W}style"):
        name = style.find(f"{W}name")
        if name is not None:
            names[style.get(f"{W}styleId", "")] = name.get(f"{W}val", "")
    return names


def _lines(body: ElementTree.Element, styles: dict[str, str]) -> list[str]:
    """The body's paragraphs and table rows as lines of markdown-like text, in order."""
    lines = []
    for child in body:
        if child.tag == f"{W}p":
            lines.append(_paragraph_line(child, styles))
        elif child.tag == f"{W}tbl":
            lines += [" | ".join(cells) for cells in _rows(child) if cells]
    return lines


def _paragraph_line(paragraph: ElementTree.Element, styles: dict[str, str]) -> str:
    text = _text(paragraph)
    properties = paragraph.find(f"{W}pPr")
    style_id = properties.find(f"{W}pStyle") if properties is not None else None
    style = styles.get(style_id.get(f"{W}val", ""), "") if style_id is not None else ""
    level = _heading_level(style, properties)
    if level and len(text.split()) <= _MAX_HEADING_WORDS:
        return f"{'#' * level} {text.strip()}"
    numbered = properties is not None and properties.find(f"{W}numPr") is not None
    if (numbered or _LIST_STYLE.match(style)) and text.strip():
        return f"- {text.strip()}"
    return text


def _heading_level(style: str, properties: ElementTree.Element | None) -> int:
    if style.lower() == "title":
        return 1
    match = _HEADING_STYLE.match(style)
    if match:
        return int(match.group(1))
    outline = properties.find(f"{W}outlineLvl") if properties is not None else None
    if outline is not None and outline.get(f"{W}val", "").isdigit() and int(outline.get(f"{W}val", "9")) < 9:
        return int(outline.get(f"{W}val", "0")) + 1
    return 0


def _text(element: ElementTree.Element) -> str:
    """The visible text of a paragraph: its runs' text, tabs and breaks, in order."""
    parts = []
    for node in element.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append(" ")
    return "".join(parts)


def _rows(table: ElementTree.Element) -> list[list[str]]:
    """Each row's cells, a cell's paragraphs joined by spaces (nested tables flattened into their cell)."""
    rows = []
    for row in table.findall(f"{W}tr"):
        cells = [" ".join(" ".join(_text(p).split()) for p in cell.iter(f"{W}p")) for cell in row.findall(f"{W}tc")]
        rows.append([cell.strip() for cell in cells if cell.strip()])
    return rows
