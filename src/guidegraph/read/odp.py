"""Read an OpenDocument presentation (.odp, as LibreOffice Impress saves it) into blocks, through the
deck reader of `slides`.

An .odp file is a zip of XML parts, as an .odt is. The slides are in `content.xml`, each a
`draw:page` of `office:presentation`, in the order they are shown. A slide hidden with Slide > Hide
Slide keeps its place in the file: its drawing-page style says `presentation:visibility="hidden"`
(a converter may put the attribute on the page itself), and it is not read. On each slide:
- the frame of class "title" is the slide's title; the first slide's is the document's, and a slide
  with no title carries on the section before it;
- the frames of class "page-number", "date-time", "footer" and "header" are furniture, as are
  pictures (`draw:image`) and the footer and date the master page shows on every slide, declared
  once beside the slides (`presentation:footer-decl`) and never read;
- every other frame's text box (the "subtitle" and "outline" placeholders, a text box drawn on the
  slide) and every shape's own paragraphs (a rectangle, a callout) are the slide's points, in the
  order drawn, a group's (`draw:g`) shapes where the group stands; a point is indented once more
  for each list it is nested in and numbered as its list style numbers it ("1.", "a)"), counted as
  in an OpenDocument text; spaces (`text:s`), line breaks and hidden text are read as `odt` reads them;
- a table (`table:table` in a frame) is read row by row, each row its cells joined by " | ";
- the speaker notes are the "notes" frame of the slide's `presentation:notes`, one paragraph a line.
As a PowerPoint deck is, the deck is written in the shape of PowerPoint's text export and read by
`slides.deck_as_markdown`, where the rules a trainer's deck follows are known (the title slide's
imprint, "Myth or fact?" slides and their "Answer: Myth" slides, "(continued)" and closing slides,
notes that only prompt the room).

The parts are read with the standard library's XML parser after an .odt's refusals (`docx_zip`,
and a `mimetype` naming another kind: an .odt or a spreadsheet renamed .odp); `odp_properties`
reads `meta.xml` as an .odt's is read, for a deck that came with no metadata.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.docx_zip import Package, optional, part
from guidegraph.read.odt import (
    BULLET,
    CONTENT,
    DRAW,
    OFFICE,
    STYLE,
    STYLES,
    TABLE,
    TEXT,
    _list_entries,
    _Reader,
    _table_lines,
    _text,
    meta_properties,
    opened_document,
    style_reader,
)
from guidegraph.read.slides import Slide, deck_as_markdown, export_lines, titled_slide
from guidegraph.read.text import parse_blocks

PRESENTATION = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
MEDIA_TYPE = "application/vnd.oasis.opendocument.presentation"
ODP = Package("OpenDocument presentation", "an", CONTENT, "LibreOffice", ".odp")
_CLASS = f"{PRESENTATION}class"
_FURNITURE = frozenset({"page-number", "date-time", "footer", "header"})
_GROUPS = frozenset({f"{DRAW}g", f"{DRAW}a"})  # a group, or shapes made a link: their shapes where they stand
_PARAGRAPHS = frozenset({f"{TEXT}p", f"{TEXT}h"})


def parse_odp(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a deck's text, and warnings."""
    with _opened(path, data) as archive:
        content = part(path, archive, CONTENT, ODP)
        styles = optional(path, archive, STYLES, ODP)
    deck = content.find(f"{OFFICE}body/{OFFICE}presentation")
    if deck is None:
        raise ParseError(path, "not a readable OpenDocument presentation (no presentation body in content.xml): "
                         "open it in LibreOffice Impress and save it again as .odp")
    try:
        slides = list(_shown_slides(deck, style_reader(styles, content), _hidden_page_styles(content)))
    except RecursionError:  # groups nested thousands deep: no editor writes that
        raise ParseError(path, "not a readable OpenDocument presentation (its shapes nest too deeply): open it in "
                         "LibreOffice Impress and save it again") from None
    return parse_blocks("\n".join(deck_as_markdown(export_lines(slides))) + "\n")


def odp_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as creator, the latest date."""
    with _opened(path, data) as archive:
        return meta_properties(path, archive, ODP)


def _opened(path: Path, data: bytes) -> zipfile.ZipFile:
    return opened_document(path, data, ODP, MEDIA_TYPE, "LibreOffice Impress")


# --- the slides


def _hidden_page_styles(content: ElementTree.Element) -> set[str]:
    """The drawing-page styles that hide a slide (Slide > Hide Slide gives the page such a style)."""
    return {style.get(f"{STYLE}name", "") for style in content.iter(f"{STYLE}style")
            if style.get(f"{STYLE}family") == "drawing-page"
            and any(props.get(f"{PRESENTATION}visibility") == "hidden"
                    for props in style.iterfind(f"{STYLE}drawing-page-properties"))}


def _shown_slides(deck: ElementTree.Element, reader: _Reader, hidden: set[str]) -> Iterator[Slide]:
    previous = ""
    for page in deck.iterfind(f"{DRAW}page"):
        if page.get(f"{PRESENTATION}visibility") == "hidden" or page.get(f"{DRAW}style-name") in hidden:
            continue
        titles, points = _slide_text(page, reader)
        slide = titled_slide(titles, points, _notes(page, reader), previous)
        if slide is not None:
            previous = slide.title
            yield slide


def _slide_text(page: ElementTree.Element, reader: _Reader) -> tuple[list[str], list[tuple[int, str]]]:
    """The title's lines and the points (indent from 1, text) of a slide's shapes, in the order drawn."""
    titles: list[str] = []
    points: list[tuple[int, str]] = []
    for shape in _shapes(page):
        kind = shape.get(_CLASS)
        if kind in _FURNITURE:
            continue
        if kind == "title":
            titles += [text for _, text in _shape_points(shape, reader)]
        else:
            points += _shape_points(shape, reader)
    return titles, points


def _notes(page: ElementTree.Element, reader: _Reader) -> list[str]:
    """The paragraphs of the notes page's notes frame (its thumbnail of the slide is no text)."""
    notes = page.find(f"{PRESENTATION}notes")
    return [text for frame in (notes.iterfind(f"{DRAW}frame") if notes is not None else ())
            if frame.get(_CLASS) == "notes" for _, text in _shape_points(frame, reader)]


def _shapes(container: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The drawn shapes, a group's where the group stands; the notes page and animations are not shapes."""
    for child in container:
        if child.tag in _GROUPS:
            yield from _shapes(child)
        elif child.tag.startswith(DRAW) and child.tag != f"{DRAW}page-thumbnail":
            yield child


# --- a shape's text


def _shape_points(shape: ElementTree.Element, reader: _Reader) -> list[tuple[int, str]]:
    """A frame's table rows or text box paragraphs, or a drawn shape's own paragraphs; a picture has none."""
    if shape.tag != f"{DRAW}frame":
        return _points(shape, reader)
    found = []
    for child in shape:
        if child.tag == f"{TABLE}table":
            found += [(1, row) for row in _table_lines(child, reader) if row]
        elif child.tag == f"{DRAW}text-box":
            found += _points(child, reader)
    return found


def _points(container: ElementTree.Element, reader: _Reader) -> list[tuple[int, str]]:
    """Paragraphs at the margin of the box, and list items one indent deeper for each list they are in,
    a numbered one after its number."""
    found = []
    for child in container:
        if child.tag in _PARAGRAPHS and not reader.hidden(child):
            found.append((1, _line(child, reader)))
        elif child.tag == f"{TEXT}list":
            for block, number, depth in _list_entries(child, reader):
                if block.tag in _PARAGRAPHS and not reader.hidden(block):
                    text = _line(block, reader)
                    found.append((depth, f"{number} {text}" if number and number != BULLET and text else text))
    return [(depth, text) for depth, text in found if text]


def _line(paragraph: ElementTree.Element, reader: _Reader) -> str:
    return " ".join(_text(paragraph, reader).split())
