"""Read a PowerPoint presentation (.pptx) into blocks, through the deck reader of `slides`.

A .pptx file is a zip of XML parts. `ppt/presentation.xml` lists the slides in the order they are
shown (`p:sldIdLst`, each by a relationship in `ppt/_rels/presentation.xml.rels`); a slide's file is
numbered in the order it was made, so the file names say nothing of the order. A slide marked
`show="0"` is hidden and is not read. On each slide:
- the title placeholder (`title`, or `ctrTitle` on a title slide) is the slide's title; the first
  slide's is the document's, and a slide with no title carries on the section before it;
- the date, footer, header and slide number placeholders are furniture, as are pictures;
- every other shape's paragraphs are its points, one more indent for each `a:pPr lvl`, in the order
  the shapes are drawn, a group's shapes where the group stands; a paragraph numbered by PowerPoint
  (`a:buAutoNum`, "arabicPeriod", "alphaLcParenR") takes the number it is drawn with, counted through
  its shape; a line break inside a paragraph is a space;
- a table (`a:tbl`) is read row by row, each row its cells joined by " | ", a merged cell once;
- the speaker notes are the body of the slide's notes page (`ppt/notesSlides/`, by the slide's
  relationships), one paragraph a line.
The deck is written in the shape of PowerPoint's own text export ("Slide 3 of 12", the title, the
points indented, "Notes:") and read by `slides.deck_as_markdown`, so that the rules a trainer's deck
follows are known in one place: the title slide's imprint, "Myth or fact?" slides and their
"Answer: Myth" slides, "(continued)" slides, a closing "Questions?", notes that only prompt the room.

The parts are read with the standard library's XML parser, after the refusals of a Word file
(`docx_zip`); a PowerPoint 97-2003 file (.ppt) renamed .pptx is refused with its own message, as is a
deck whose slides together unpack to more than any deck holds. `pptx_properties` reads
`docProps/core.xml` (title, creator, created and modified dates) for a deck that came with no metadata.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.docx import CORE, _row_line, core_properties
from guidegraph.read.docx_numbering import _formatted
from guidegraph.read.docx_zip import MAX_PART_BYTES, Package, opened, part
from guidegraph.read.slides import Slide, deck_as_markdown, export_lines, titled_slide
from guidegraph.read.text import parse_blocks

P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PRESENTATION = "ppt/presentation.xml"
PPTX = Package("PowerPoint presentation", "a", PRESENTATION, "PowerPoint", ".pptx")
PROPERTIES = "the PowerPoint file's properties"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: PowerPoint 97-2003's .ppt
_TITLES = frozenset({"title", "ctrTitle"})
_FURNITURE = frozenset({"dt", "ftr", "hdr", "sldNum", "sldImg"})
_FIELDS_NOT_TEXT = re.compile(r"^(?:slidenum|datetime)", re.IGNORECASE)  # a slide's number, today's date
_SCHEME = re.compile(r"^(arabic|alphaLc|alphaUc|romanLc|romanUc)(Period|ParenR|ParenBoth|Plain)")
_STYLES = {"arabic": "decimal", "alphaLc": "lowerLetter", "alphaUc": "upperLetter", "romanLc": "lowerRoman",
           "romanUc": "upperRoman"}
_DECK_BYTES = 4 * MAX_PART_BYTES  # all slides and notes unpacked: a deck of hundreds of slides holds far less


def parse_pptx(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a deck's text, and warnings."""
    with _opened(path, data) as archive:
        try:
            slides = list(_shown_slides(path, archive))
        except RecursionError:  # groups nested thousands deep: no editor writes that
            raise ParseError(path, "not a readable PowerPoint presentation (its shapes nest too deeply): open it "
                             "in PowerPoint and save it again") from None
    return parse_blocks("\n".join(deck_as_markdown(export_lines(slides))) + "\n")


def pptx_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as creator, the latest date."""
    with _opened(path, data) as archive:
        if CORE not in archive.namelist():
            return FileProperties()
        return core_properties(part(path, archive, CORE, PPTX), PROPERTIES)


def _opened(path: Path, data: bytes) -> zipfile.ZipFile:
    if data.startswith(_OLE):
        raise ParseError(path, "a PowerPoint 97-2003 presentation (.ppt) named .pptx: open it in PowerPoint and "
                         "save it as a PowerPoint Presentation (.pptx), or convert it to PDF")
    return opened(path, data, PPTX)


# --- the slides and their parts


def _shown_slides(path: Path, archive: zipfile.ZipFile) -> Iterator[Slide]:
    """The slides in the order shown, hidden ones left out; each part read once."""
    targets = _relationships(path, archive, PRESENTATION)
    ids = part(path, archive, PRESENTATION, PPTX).find(f"{P}sldIdLst")
    budget = [_DECK_BYTES]
    seen: set[str] = set()
    previous = ""
    for listed in ids if ids is not None else ():
        name = targets.get(listed.get(f"{R}id", ""))
        if name is None or name in seen:
            continue
        seen.add(name)
        slide = _part(path, archive, name, budget, "a slide it lists")
        if slide.get("show") == "0":
            continue
        found = _read_slide(path, archive, name, slide, budget, previous)
        if found is not None:
            previous = found.title
            yield found


def _read_slide(path: Path, archive: zipfile.ZipFile, name: str, slide: ElementTree.Element, budget: list[int],
                previous: str) -> Slide | None:
    titles, points = _slide_text(slide.find(f"{P}cSld/{P}spTree"))
    notes_part = next((target for kind, target in _relationships(path, archive, name, kinds=True).values()
                       if kind.endswith("/notesSlide")), None)
    notes = []
    if notes_part and notes_part in archive.namelist():  # a notes page lost is no reason to refuse the deck
        notes = [text for _, text in _slide_text(_part(path, archive, notes_part, budget, "").find(
            f"{P}cSld/{P}spTree"), notes=True)[1]]
    return titled_slide(titles, points, notes, previous)


def _part(path: Path, archive: zipfile.ZipFile, name: str, budget: list[int], what: str) -> ElementTree.Element:
    if name not in archive.namelist():
        raise ParseError(path, f"not a readable PowerPoint presentation ({name}, {what}, is missing): open it in "
                         "PowerPoint and save it again")
    budget[0] -= archive.getinfo(name).file_size
    if budget[0] < 0:
        raise ParseError(path, f"its slides unpack to over {_DECK_BYTES // (1024 * 1024)} MB: no deck comes near "
                         "that; check it is the right file")
    return part(path, archive, name, PPTX)


def _relationships(path: Path, archive: zipfile.ZipFile, name: str, kinds: bool = False) -> dict:
    """A part's relationships by id: the part each names, resolved against the part's folder
    (with its kind, when asked); links to the web are not parts."""
    folder, base = posixpath.split(name)
    rels = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels not in archive.namelist():
        return {}
    found = {}
    for relation in part(path, archive, rels, PPTX).iter(f"{_RELS}Relationship"):
        target = relation.get("Target", "")
        if relation.get("TargetMode") == "External" or not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[relation.get("Id", "")] = (relation.get("Type", ""), resolved) if kinds else resolved
    return found


# --- a slide's text


def _slide_text(tree: ElementTree.Element | None, notes: bool = False) -> tuple[list[str], list[tuple[int, str]]]:
    """The title's lines and the points (indent from 1, text) of a slide's shapes, in the order drawn.
    On a notes page only the notes placeholder is read, one paragraph a line at the margin."""
    titles: list[str] = []
    points: list[tuple[int, str]] = []
    for shape in _shapes(tree):
        if shape.tag == f"{P}graphicFrame":
            points += [(1, row) for row in _table_rows(shape)] if not notes else []
            continue
        kind = _placeholder(shape)
        if kind in _FURNITURE or (notes and kind != "body"):
            continue
        paragraphs = _paragraphs(shape)
        if kind in _TITLES:
            titles += [text for _, text in paragraphs]
        else:
            points += [(0 if notes else depth, text) for depth, text in paragraphs]
    return titles, points


def _shapes(tree: ElementTree.Element | None) -> Iterator[ElementTree.Element]:
    """Shapes with text and tables' frames, a group's where the group stands (pictures have no text)."""
    for child in tree if tree is not None else ():
        if child.tag == f"{P}grpSp":
            yield from _shapes(child)
        elif child.tag == f"{_MC}AlternateContent":  # newer content, with an older copy: read the newer once
            yield from _shapes(child.find(f"{_MC}Choice"))
        elif child.tag in (f"{P}sp", f"{P}graphicFrame"):
            yield child


def _placeholder(shape: ElementTree.Element) -> str | None:
    """A placeholder's type ("title", "sldNum"; "body" for a content placeholder), None for a text box."""
    ph = shape.find(f"{P}nvSpPr/{P}nvPr/{P}ph")
    return None if ph is None else ph.get("type", "body")


def _paragraphs(shape: ElementTree.Element) -> list[tuple[int, str]]:
    """A shape's paragraphs with text: their indent (from 1) and text, a numbered one after its number."""
    counts: dict[int, int] = {}
    found = []
    for paragraph in shape.iterfind(f"{P}txBody/{A}p"):
        text = _text(paragraph)
        if not text:
            continue
        props = paragraph.find(f"{A}pPr")
        level = _level(props)
        number = props.find(f"{A}buAutoNum") if props is not None else None
        for deeper in [d for d in counts if d > level or (d == level and number is None)]:
            del counts[deeper]  # a bullet, or a point above, restarts the numbers below
        if number is not None:
            text = f"{_number(number, counts, level)} {text}"
        found.append((level + 1, text))
    return found


def _level(props: ElementTree.Element | None) -> int:
    value = props.get("lvl", "0") if props is not None else "0"
    return min(int(value), 8) if value.isdigit() else 0


def _number(scheme: ElementTree.Element, counts: dict[int, int], level: int) -> str:
    """The number PowerPoint draws: "1.", "b)", "(iii)"."""
    start = scheme.get("startAt", "")
    counts[level] = counts.get(level, (int(start) if start.isdigit() else 1) - 1) + 1
    match = _SCHEME.match(scheme.get("type", ""))
    style, punctuation = (_STYLES[match.group(1)], match.group(2)) if match else ("decimal", "Period")
    shown = _formatted(counts[level], style)
    return {"ParenR": f"{shown})", "ParenBoth": f"({shown})"}.get(punctuation, f"{shown}.")


def _text(paragraph: ElementTree.Element) -> str:
    """A paragraph's runs and fields, a line break a space; the slide number and date fields are not text."""
    pieces = []
    for child in paragraph:
        if child.tag == f"{A}r" or (child.tag == f"{A}fld" and not _FIELDS_NOT_TEXT.match(child.get("type", ""))):
            pieces.append(child.findtext(f"{A}t") or "")
        elif child.tag == f"{A}br":
            pieces.append(" ")
    return " ".join("".join(pieces).split())


def _table_rows(frame: ElementTree.Element) -> list[str]:
    """Each row of a table as its cells joined by " | "; a cell merged into the one beside or above is
    read once, where the merge starts."""
    rows = []
    for row in frame.iterfind(f"{A}graphic/{A}graphicData/{A}tbl/{A}tr"):
        cells = [" ".join(_text(p) for p in cell.iterfind(f"{A}txBody/{A}p")).strip()
                 for cell in row.iterfind(f"{A}tc") if cell.get("hMerge") != "1" and cell.get("vMerge") != "1"]
        if any(cells):
            rows.append(_row_line([cell for cell in cells if cell]))
    return rows
