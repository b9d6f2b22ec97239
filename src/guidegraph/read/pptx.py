"""Read a PowerPoint presentation (.pptx) into blocks, through the deck reader of `slides`.

A .pptx file is a zip of XML parts. `ppt/presentation.xml` lists the slides in the order they are
shown (`p:sldIdLst`, each by a relationship in `ppt/_rels/presentation.xml.rels`); a slide's file is
numbered in the order it was made, so the file names say nothing of the order. A slide marked
`show="0"` is hidden and is not read. A deck may be cut into sections (PowerPoint 2010's
`p14:sectionLst`, in the presentation's extension list, each a name over its slides' ids): a
section's name heads its slides, a level above their titles; the first section is the title slide's,
and PowerPoint's own names for a section nobody named ("Default Section") head nothing. On each slide:
- the title placeholder (`title`, or `ctrTitle` on a title slide) is the slide's title; the first
  slide's is the document's, and a slide with no title carries on the section before it;
- a placeholder is of the kind its `p:ph` says; one that names only its index (`<p:ph idx="1"/>`, as
  PowerPoint writes a content placeholder) is of the kind of the layout's placeholder of that index,
  a body when the layout has none; an empty placeholder is nothing (the prompt a layout shows,
  "Click to add text", is never the slide's);
- the date, footer, header and slide number placeholders are furniture, as are pictures and their
  descriptions for screen readers (`descr`), which describe a picture, as in the PDF and HTML readers;
- every other shape's paragraphs are its points, one more indent for each `a:pPr lvl`, in the order
  the shapes are drawn, a group's shapes where the group stands; a paragraph numbered by PowerPoint
  (`a:buAutoNum`, "arabicPeriod", "alphaLcParenR") takes the number it is drawn with, counted through
  its shape; a line break inside a paragraph is a space;
- a graphic frame is a table, a SmartArt graphic or a chart, read by `pptx_graphics`: a table row by
  row, a SmartArt graphic's nodes once, in its order and nested as it nests them, a chart's title;
- the speaker notes are the body of the slide's notes page (`ppt/notesSlides/`, by the slide's
  relationships), one paragraph a line, a paragraph with a bullet or number of its own a list item;
  a note that repeats the slide's title or one of its points is not read again.
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
from guidegraph.read.docx import CORE, core_properties
from guidegraph.read.docx_numbering import _formatted
from guidegraph.read.docx_zip import MAX_PART_BYTES, Package, opened, part
from guidegraph.read.pptx_graphics import Loader, frame_points, paragraph_text
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
_P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
_UNNAMED = frozenset({"default section", "untitled section"})  # PowerPoint's names, not the author's
_SCHEME = re.compile(r"^(arabic|alphaLc|alphaUc|romanLc|romanUc)(Period|ParenR|ParenBoth|Plain)")
_STYLES = {"arabic": "decimal", "alphaLc": "lowerLetter", "alphaUc": "upperLetter", "romanLc": "lowerRoman",
           "romanUc": "upperRoman"}
_DECK_BYTES = 4 * MAX_PART_BYTES  # all slides and notes unpacked: a deck of hundreds of slides holds far less


def parse_pptx(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a deck's text, and warnings."""
    slides = _slides(path, data)
    lines = deck_as_markdown(export_lines(slides), [slide.section for slide in slides])
    return parse_blocks("\n".join(lines) + "\n")


def pptx_export(path: Path, data: bytes) -> list[str]:
    """The deck's shown slides in the shape of PowerPoint's text export (points indented by tabs)."""
    return export_lines(_slides(path, data))


def _slides(path: Path, data: bytes) -> list[Slide]:
    with _opened(path, data) as archive:
        try:
            return list(_shown_slides(path, archive))
        except RecursionError:  # groups nested thousands deep: no editor writes that
            raise ParseError(path, "not a readable PowerPoint presentation (its shapes nest too deeply): open it "
                             "in PowerPoint and save it again") from None


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
    presentation = part(path, archive, PRESENTATION, PPTX)
    ids = presentation.find(f"{P}sldIdLst")
    sections = _sections(presentation)
    reading = _Reading(path, archive)
    seen: set[str] = set()
    previous = ""
    for listed in ids if ids is not None else ():
        name = targets.get(listed.get(f"{R}id", ""))
        if name is None or name in seen:
            continue
        seen.add(name)
        slide = reading.part(name, "a slide it lists")
        if slide.get("show") == "0":
            continue
        found = _read_slide(reading, name, slide, previous)
        if found is not None:
            previous = found.title
            yield found._replace(section=sections.get(listed.get("id", ""), ""))


def _sections(presentation: ElementTree.Element) -> dict[str, str]:
    """The name of the section each slide (by its `p:sldId id`) is in; a section PowerPoint named
    for want of one ("Default Section") has no name."""
    named = {}
    for section in presentation.iterfind(f"{P}extLst/{P}ext/{_P14}sectionLst/{_P14}section"):
        name = " ".join(section.get("name", "").split())
        for listed in section.iterfind(f"{_P14}sldIdLst/{_P14}sldId"):
            named[listed.get("id", "")] = "" if name.casefold() in _UNNAMED else name
    return named


class _Reading:
    """The parts of one deck, read against one budget for all of them, each layout once."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path, self.archive = path, archive
        self.budget = [_DECK_BYTES]
        self.layouts: dict[str, dict[str, str]] = {}

    def part(self, name: str, what: str) -> ElementTree.Element:
        return _part(self.path, self.archive, name, self.budget, what)

    def found(self, name: str | None) -> ElementTree.Element | None:
        """A part a slide relates to, None if it is lost (a lost notes page or chart is no reason to refuse)."""
        return self.part(name, "") if name and name in self.archive.namelist() else None

    def layout_kinds(self, name: str | None) -> dict[str, str]:
        """The kind of each of a layout's placeholders, by index."""
        if name not in self.layouts:
            layout = self.found(name)
            self.layouts[name or ""] = {ph.get("idx", ""): ph.get("type", "body") for ph in (
                layout.iter(f"{P}ph") if layout is not None else ()) if ph.get("idx")}
        return self.layouts[name or ""]


def _read_slide(reading: _Reading, name: str, slide: ElementTree.Element, previous: str) -> Slide | None:
    relations = _relationships(reading.path, reading.archive, name, kinds=True)
    related = {kind.rsplit("/", 1)[-1]: target for kind, target in relations.values()}

    def load(rid: str) -> ElementTree.Element | None:
        return reading.found(relations[rid][1]) if rid in relations else None
    kinds = reading.layout_kinds(related.get("slideLayout"))
    titles, points = _slide_text(slide.find(f"{P}cSld/{P}spTree"), load, kinds)
    notes_page = reading.found(related.get("notesSlide"))
    notes = []
    if notes_page is not None:
        notes = ["\t" * depth + text for depth, text in _slide_text(notes_page.find(f"{P}cSld/{P}spTree"),
                                                                    notes=True)[1]]
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


def _slide_text(tree: ElementTree.Element | None, load: Loader | None = None, layout: dict[str, str] | None = None,
                notes: bool = False) -> tuple[list[str], list[tuple[int, str]]]:
    """The title's lines and the points (indent from 1, text) of a slide's shapes, in the order drawn.
    On a notes page only the notes placeholder is read, a paragraph at the margin (indent 0) unless
    it has a bullet or number of its own."""
    titles: list[str] = []
    points: list[tuple[int, str]] = []
    for shape in _shapes(tree):
        if shape.tag == f"{P}graphicFrame":
            points += frame_points(shape, load) if load is not None and not notes else []
            continue
        kind = _placeholder(shape, layout or {})
        if kind in _FURNITURE or (notes and kind != "body"):
            continue
        paragraphs = _paragraphs(shape)
        if kind in _TITLES:
            titles += [text for _, text, _ in paragraphs]
        else:
            points += [(depth if marked or not notes else 0, text) for depth, text, marked in paragraphs]
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


def _placeholder(shape: ElementTree.Element, layout: dict[str, str]) -> str | None:
    """A placeholder's type ("title", "sldNum"; "body" for a content placeholder), that of the layout's
    placeholder of its index when it names none; None for a text box."""
    ph = shape.find(f"{P}nvSpPr/{P}nvPr/{P}ph")
    if ph is None:
        return None
    return ph.get("type") or layout.get(ph.get("idx", ""), "body")


def _paragraphs(shape: ElementTree.Element) -> list[tuple[int, str, bool]]:
    """A shape's paragraphs with text: their indent (from 1), text (a numbered one after its number)
    and whether they have a bullet or number of their own."""
    counts: dict[int, int] = {}
    found = []
    for paragraph in shape.iterfind(f"{P}txBody/{A}p"):
        text = paragraph_text(paragraph)
        if not text:
            continue
        props = paragraph.find(f"{A}pPr")
        level = _level(props)
        number = props.find(f"{A}buAutoNum") if props is not None else None
        for deeper in [d for d in counts if d > level or (d == level and number is None)]:
            del counts[deeper]  # a bullet, or a point above, restarts the numbers below
        if number is not None:
            text = f"{_number(number, counts, level)} {text}"
        marked = number is not None or (props is not None and props.find(f"{A}buChar") is not None)
        found.append((level + 1, text, marked))
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
