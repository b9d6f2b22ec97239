"""Read a Word document (.docx) into blocks, through the plain-text reader.

A .docx file is a zip of XML parts; the text is in `word/document.xml`, paragraph by paragraph,
each with a style whose name (in `word/styles.xml`) says whether it is a heading ("heading 2",
"Title") or a list item, as does a paragraph numbering. As the PDF reader does, this module writes
plain text the text reader understands (a markdown `#` before headings, `- ` before list items, a
table row as one paragraph of its cells joined by " | ", a blank line between paragraphs), so line
numbers in the blocks are lines of that text. A tab after a paragraph's number is kept ("4.11<tab>Text",
drawn or typed); any other tab only moves text along its line ("Children Act 1989<tab>s.47") and is a
space, so that no sentence is cut into a table's cells.

Word keeps much of what a reader sees outside the runs' text, and some text a reader never sees:
- automatic numbers ("3.1", "a)") are drawn from `word/numbering.xml` (`docx_numbering`), lists
  restarted or set to a value among them, in table cells too ("1. Screen the contact | Same day", the
  row written as a markdown table's so that its first cell's number makes no list item of it), and a
  bulleted paragraph is a list item whatever glyph its bullet is;
- tracked changes read as accepted: insertions and moved-in text are read, deletions, moved-away
  text and deleted table rows are not; field instructions ("TOC \\o", "PAGE") are not text, their
  results are, but a table of contents (paragraphs styled "toc N") repeats the headings and is skipped;
- a footnote or endnote mark reads "[1]" and the note follows its paragraph as "[1] Children Act
  1989, s47", so its law stays in the section that relies on it without breaking the sentence;
- content controls (a cover page's title), hyperlinks and custom XML are looked inside; a text box is
  read once (Word writes it twice, for new and old Word) as paragraphs after the one it is anchored in;
- a cell merged down repeats its text in each row it covers, and a nested table's rows follow its row;
  but a table whose cells hold headings lays out the page (a briefing's grid of boxes): each cell is
  read as the body is, paragraph by paragraph, left to right and row by row;
- a legacy check box field reads as the box Word draws for it (☒ or ☐, from its `w:ffData`), and a
  table row whose answer is a form field left blank (en spaces, a control's prompt) is not read;
- text formatted as hidden (`w:vanish`: a model's notes to whoever fills it in) is not read, and a
  non-breaking hyphen ("multi-agency") is a hyphen;
- headers and footers (running titles, "OFFICIAL", page numbers) are not read, nor are reviewers'
  comments (`word/comments.xml`; the body holds only their anchors and marks, which have no text).

The parts are read with the standard library's XML parser, after refusing anything a Word file
never holds and a hostile one might (`docx_zip`). The same holds for `docProps/core.xml`, the document
properties (title, creator, created and modified dates) that `docx_properties` reads for a document
that came with no metadata.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.docx_numbering import BULLET, Numbering, read_numbering
from guidegraph.read.docx_zip import DOCUMENT, opened, optional, part
from guidegraph.read.furniture import _TOC_TAB
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.text import parse_blocks

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STYLES = "word/styles.xml"
NUMBERING = "word/numbering.xml"
FOOTNOTES = "word/footnotes.xml"
ENDNOTES = "word/endnotes.xml"
CORE = "docProps/core.xml"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
PROPERTIES = "the Word file's properties"
# Word's built-in heading styles, named in English in most files but in the language of the Word that
# wrote them in some ("Überschrift 1", "Titre 1", "Kop 1", "Título 1", "Pennawd 1")
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|titolo|título|kop|rubrik|overskrift|otsikko|nagłówek"
                            r"|nadpis|címsor|pennawd|заголовок)\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\b", re.IGNORECASE)  # "List Paragraph", "List Bullet", "List Number 2"
_MAX_HEADING_WORDS = 30  # a longer "heading" is a paragraph someone styled for emphasis
_TOC_STYLE = re.compile(r"^toc\s*(?:[1-9]|heading)$", re.IGNORECASE)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Never read: deleted and moved-away text, field instructions ("TOC \\o"), properties, and the
# fallback copy of a drawing (a text box is written twice, for new Word and for old).
_HIDDEN = frozenset({f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}pPr", f"{W}rPr",
                     f"{W}sdtPr", f"{W}tcPr", f"{W}trPr", f"{_MC}Fallback"})
_WRAPPERS = frozenset({f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"})
_TEXT_BOX = f"{W}txbxContent"
_NOTE_REFERENCES = frozenset({f"{W}footnoteReference", f"{W}endnoteReference"})
# "3.1<tab>", "(a)<tab>", "o<tab>": a number or bullet typed before a tab, as older documents have them
_TYPED_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\(?(?:[a-z]|[ivx]{1,5})[.)]"
                           r"|[-–—*o•·▪●◦■□➢✓\uf0b7\uf0a7])\t")
_TABS = re.compile(r"[ \t]*\t[ \t]*")


def parse_docx(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a Word document's text, and warnings."""
    with opened(path, data) as archive:
        body = part(path, archive, DOCUMENT).find(f"{W}body")
        styles = optional(path, archive, STYLES)
        names, lists, levels = _styles(styles)
        parts = _Parts(names, lists, levels, read_numbering(optional(path, archive, NUMBERING)),
                       _notes(optional(path, archive, FOOTNOTES)) | _notes(optional(path, archive, ENDNOTES)),
                       *_type_sizes(styles, levels))
    if body is None:
        raise ParseError(path, "not a readable Word document (no document body): open it in Word and save it again")
    try:
        lines = _lines(body, parts)
    except RecursionError:  # content controls or text boxes nested thousands deep: no editor writes that
        raise ParseError(path, "not a readable Word document (its parts nest too deeply): open it in Word and "
                         "save it again") from None
    return parse_blocks("\n\n".join(line for line in lines if line.strip()) + "\n")


def docx_properties(path: Path, data: bytes) -> FileProperties:
    """The document properties that are good: title, an organisation as creator, the latest date."""
    with opened(path, data) as archive:
        if CORE not in archive.namelist():
            return FileProperties()
        return core_properties(part(path, archive, CORE), PROPERTIES)


def core_properties(core: ElementTree.Element, origin: str) -> FileProperties:
    """An Office file's `docProps/core.xml` (Word's, PowerPoint's): title, creator, the later date."""
    title = good_title(core.findtext(f"{_DC}title"))
    creator = organisation(core.findtext(f"{_DC}creator"))
    date = max(filter(None, (good_date(core.findtext(f"{_DCTERMS}{name}")) for name in ("created", "modified"))),
               default=None)
    return file_properties(origin, title, date, publisher=creator)


def _styles(styles: ElementTree.Element | None) -> tuple[dict[str, str], dict[str, tuple[str, int]], dict[str, int]]:
    """Style id -> its name ("Heading1" -> "heading 1"; ids differ by language, names do not),
    style id -> the list a style numbers its paragraphs in (headings numbered "1", "1.1" by style),
    and style id -> the outline level a style gives its paragraphs. A style of an organisation's
    own ("Appendix Heading") is a heading by the outline level set in it, or by the heading style
    it is based on, and numbers its paragraphs as that style does unless it says otherwise."""
    names, numbered, outline, bases = {}, {}, {}, {}
    for style in styles.iter(f"{W}style") if styles is not None else ():
        if style.get(f"{W}type", "paragraph") != "paragraph":
            continue
        style_id, name, base = style.get(f"{W}styleId", ""), style.find(f"{W}name"), style.find(f"{W}basedOn")
        names[style_id] = name.get(f"{W}val", "") if name is not None else ""
        if base is not None:
            bases[style_id] = base.get(f"{W}val", "")
        properties = style.find(f"{W}pPr")
        if properties is not None and properties.find(f"{W}numPr/{W}numId") is not None:
            numbered[style_id] = _list_of(properties)  # None for numId 0: no numbering, whatever its base's
        if _heading_level(names[style_id], properties) or _outline(properties) is not None:
            outline[style_id] = _heading_level(names[style_id], properties)  # 0 for "body text" (level 9)
    for style_id in names:  # what a style does not set, it takes from the style it is based on
        base, seen = style_id, {style_id}
        while (base := bases.get(base, "")) and base not in seen:
            seen.add(base)
            for table in (outline, numbered):
                if style_id not in table and base in table:
                    table[style_id] = table[base]
    return names, {k: v for k, v in numbered.items() if v}, {k: v for k, v in outline.items() if v}


_BODY_SIZE = 20  # half-points: Word's size for text when the styles set none


def _type_sizes(styles: ElementTree.Element | None, levels: dict[str, int]) -> tuple[int, dict[int, int]]:
    """The body text's size (the defaults', or the default paragraph style's) and, for each size a
    heading style sets its text in, the highest level of heading set in it (half-points)."""
    if styles is None:
        return _BODY_SIZE, {}
    own, bases = {}, {}
    body = _size(styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")) or _BODY_SIZE
    for style in styles.iter(f"{W}style"):
        style_id, base = style.get(f"{W}styleId", ""), style.find(f"{W}basedOn")
        own[style_id] = _size(style.find(f"{W}rPr"))
        bases[style_id] = base.get(f"{W}val", "") if base is not None else ""
        if style.get(f"{W}default") == "1" and style.get(f"{W}type") == "paragraph":
            body = own[style_id] or body
    sizes: dict[int, int] = {}
    for style_id, level in levels.items():
        size, seen = own.get(style_id, 0), {style_id}
        base = style_id
        while not size and (base := bases.get(base, "")) and base not in seen:  # down the chain it is based on
            seen.add(base)
            size = own.get(base, 0)
        size = size or body
        sizes[size] = min(level, sizes.get(size, level))
    return body, sizes


def _size(properties: ElementTree.Element | None) -> int:
    size = properties.find(f"{W}sz") if properties is not None else None
    value = size.get(f"{W}val", "") if size is not None else ""
    return int(value) if value.isdigit() else 0


def _notes(notes: ElementTree.Element | None) -> dict[str, ElementTree.Element]:
    """Footnotes and endnotes by kind and id ("footnote 1"), without Word's separator notes."""
    return {f"{note.tag.removeprefix(W)} {note.get(f'{W}id', '')}": note for note in (() if notes is None else notes)
            if note.tag.removeprefix(W) in ("footnote", "endnote") and note.get(f"{W}type") is None}


@dataclass
class _Parts:
    """What the body's paragraphs refer to in the other parts, and the note numbers given so far."""

    style_names: dict[str, str]
    style_lists: dict[str, tuple[str, int]]
    style_levels: dict[str, int]
    numbering: Numbering
    notes: dict[str, ElementTree.Element]
    body_size: int = _BODY_SIZE
    heading_sizes: dict[int, int] = field(default_factory=dict)  # half-points -> heading level
    marks: dict[str, int] = field(default_factory=dict)

    def mark(self, reference: ElementTree.Element) -> str:
        """The note's number, in order of reference (footnotes and endnotes in one run, so no two share one)."""
        return str(self.marks.setdefault(_note_key(reference), len(self.marks) + 1))


def _note_key(reference: ElementTree.Element) -> str:
    """"footnote 1" of a `w:footnoteReference` to note 1, as `_notes` keys the notes."""
    return f"{reference.tag.removeprefix(W).removesuffix('Reference')} {reference.get(f'{W}id', '')}"


def _lines(container: ElementTree.Element, parts: _Parts) -> list[str]:
    """The container's paragraphs and table rows as lines of markdown-like text, in order; a
    paragraph's text boxes and notes follow it, each a paragraph of its own."""
    lines = []
    for child in _block_children(container):
        if child.tag == f"{W}p":
            lines.append(_paragraph_line(child, parts))
            for box in _text_boxes(child):
                lines += _lines(box, parts)
            lines += _note_lines(child, parts)
        elif child.tag == f"{W}tbl":
            lines += _table_lines(child, parts)
    return lines


def _block_children(container: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The paragraphs, tables, rows or cells in a container, looking inside content controls (a cover
    page's title, not its particulars), custom XML and tracked insertions, and past tracked deletions."""
    for child in container:
        if child.tag in _WRAPPERS and not _shows_prompt(child) and not _bound_particular(child):
            yield from _block_children(child)
        elif child.tag not in _HIDDEN and child.tag not in _WRAPPERS:
            yield child


def _paragraph_line(paragraph: ElementTree.Element, parts: _Parts) -> str:
    properties = paragraph.find(f"{W}pPr")
    style_id = properties.find(f"{W}pStyle") if properties is not None else None
    style = style_id.get(f"{W}val", "") if style_id is not None else ""
    name = parts.style_names.get(style, "")
    if _TOC_STYLE.match(name):  # a contents entry repeats a heading, with its page number
        return ""
    text = _tabs_in_running_text(_text(paragraph, parts).strip())
    level = (_heading_level(name, properties) or parts.style_levels.get(style, 0)
             or _typed_heading(paragraph, text, parts))
    # a paragraph's own numbering, or "none" (numId 0), overrides the numbering its style gives it
    own = properties is not None and properties.find(f"{W}numPr/{W}numId") is not None
    listed = _list_of(properties) if own else (parts.style_lists.get(style) if level else None)
    number = parts.numbering.label(*listed) if listed else None  # counted even when empty, as Word counts it
    if level and len(text.split()) <= _MAX_HEADING_WORDS:
        return f"{'#' * level} {number + ' ' if number and number != BULLET else ''}{text}"
    if not text:
        return ""
    if number and number != BULLET:
        return f"{number}\t{text}"
    if listed or _LIST_STYLE.match(name):
        return f"- {text}"
    return text


_TITLE_SIZE = 40  # half-points: 20pt, twice a body's, as a flyer's or poster's title is typed
_TITLE_WORDS = 12
_LARGER = 4  # half-points: a heading typed by hand is set 2pt or more above the body's text


def _typed_heading(paragraph: ElementTree.Element, text: str, parts: _Parts) -> int:
    """The level of a heading typed by hand, in no heading style: a few words with no closing stop,
    every run of them bold and set larger than the body's text. Set as large as a title (a flyer's
    "Sharing information to keep children safe" in 32pt) it is 1; else it takes the level of the
    heading styles set in its size ("Who this policy is for" in bold 14pt, as the styles set level 2),
    or the level below those set larger."""
    if not text or len(text.split()) > _TITLE_WORDS or text.rstrip()[-1:] in ".,;:":
        return 0
    runs = [r for r in paragraph.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    size = min((_bold_size(r.find(f"{W}rPr")) for r in runs), default=0)
    if size >= _TITLE_SIZE:
        return 1
    if size < parts.body_size + _LARGER:
        return 0
    larger = {level for set_in, level in parts.heading_sizes.items() if set_in > size}
    return parts.heading_sizes.get(size) or min(len(larger) + 1, 6)


def _bold_size(properties: ElementTree.Element | None) -> int:
    """The size a run is set in by hand (half-points) if it is bold too, else 0."""
    bold = properties.find(f"{W}b") if properties is not None else None
    if bold is None or bold.get(f"{W}val", "true") in ("0", "false", "off"):
        return 0
    return _size(properties)


def _tabs_in_running_text(text: str) -> str:
    """The paragraph's tabs made spaces, but for one after a number or bullet typed first ("3.1<tab>
    Section 47 enquiries") and one before a page number at its end (a contents line typed by hand):
    a tab moves text along its line to a tab stop ("Children Act 1989<tab>s.47", dots led to it),
    and the text reader would take it for a break between a table's cells."""
    number = _TYPED_NUMBER.match(text)
    head = number.group() if number else ""
    page = _TOC_TAB.search(text, len(head))
    tail = page.group() if page else ""
    return head + _TABS.sub(" ", text[len(head):len(text) - len(tail)]) + tail


def _list_of(properties: ElementTree.Element | None) -> tuple[str, int] | None:
    """The list (numId) and level a paragraph is numbered in; numId 0 takes a style's numbering away."""
    numbered = properties.find(f"{W}numPr") if properties is not None else None
    num_id = numbered.find(f"{W}numId") if numbered is not None else None
    if num_id is None or num_id.get(f"{W}val", "0") == "0":
        return None
    ilvl = numbered.find(f"{W}ilvl") if numbered is not None else None
    level = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
    return num_id.get(f"{W}val", "0"), int(level) if level.isdigit() else 0


def _heading_level(style: str, properties: ElementTree.Element | None) -> int:
    if style.lower() == "title":
        return 1
    match = _HEADING_STYLE.match(style)
    if match:
        return int(match.group(1))
    outline = _outline(properties)
    return outline + 1 if outline is not None and outline < 9 else 0


def _outline(properties: ElementTree.Element | None) -> int | None:
    """The outline level set in paragraph properties (0 for a top heading, 9 for body text), if any."""
    outline = properties.find(f"{W}outlineLvl") if properties is not None else None
    value = outline.get(f"{W}val", "") if outline is not None else ""
    return int(value) if value.isdigit() else None


def _text(element: ElementTree.Element, parts: _Parts) -> str:
    """The visible text of a paragraph: its runs' text, tabs, breaks and note marks ("[1]"), in order."""
    pieces = []
    for node in _visible(element):
        if node.tag == f"{W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{W}tab":
            pieces.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            pieces.append(" ")
        elif node.tag == f"{W}noBreakHyphen":
            pieces.append("-")
        elif node.tag == f"{W}checkBox":  # a legacy check box field: Word draws the box, its state is here
            pieces.append("☒ " if _ticked(node) else "☐ ")
        elif node.tag in _NOTE_REFERENCES:
            pieces.append(f"[{parts.mark(node)}]")
    return "".join(pieces)


def _ticked(box: ElementTree.Element) -> bool:
    """A legacy check box's state: ticked by the user (`w:checked`), else by its default."""
    state = box.find(f"{W}checked")
    if state is None:
        state = box.find(f"{W}default")
        return state is not None and state.get(f"{W}val", "0") in ("1", "true", "on")
    return state.get(f"{W}val", "true") not in ("0", "false", "off")


def _visible(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The element's descendants in order, but not deleted or hidden text, field instructions, a
    drawing's fallback copy or a text box (read as paragraphs of its own)."""
    for child in element:
        if child.tag not in _HIDDEN and child.tag != _TEXT_BOX and not _shows_prompt(child) and not _vanished(child):
            yield child
            yield from _visible(child)


# Word's prompt in a template's empty content control ("Click or tap to enter a date."): no one's words
_PROMPT = re.compile(r"^(?:click(?: or tap)?(?: here)? to enter (?:text|a date)|choose an item)\.?$", re.I)


def _shows_prompt(element: ElementTree.Element) -> bool:
    return (element.tag == f"{W}sdt" and element.find(f"{W}sdtPr/{W}showingPlcHdr") is not None
            and bool(_PROMPT.match(" ".join("".join(t.text or "" for t in element.iter(f"{W}t")).split()))))


# A content control in a paragraph of its own bound to one of the document's particulars, as a Word
# cover page sets them (the organisation, the subtitle, the publish date, the author): the sidecar's
# and the cover's, not the guidance's. The title's control stays: it is the document's title.
_PARTICULAR = re.compile(r"\b(?:Company(?:Address|Phone|Fax|Email)?|subject|PublishDate|creator|Manager|category)\[")


def _bound_particular(element: ElementTree.Element) -> bool:
    if element.tag != f"{W}sdt":
        return False
    binding = element.find(f"{W}sdtPr/{W}dataBinding")
    content = element.find(f"{W}sdtContent")
    return (binding is not None and content is not None and content.find(f"{W}p") is not None
            and bool(_PARTICULAR.search(binding.get(f"{W}xpath", ""))))


def _vanished(element: ElementTree.Element) -> bool:
    """A run formatted as hidden text (Font > Hidden), which Word shows only with formatting marks on."""
    if element.tag != f"{W}r":
        return False
    vanish = element.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false", "off")


def _text_boxes(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    for child in element:
        if child.tag == _TEXT_BOX:
            yield child
        elif child.tag not in _HIDDEN:
            yield from _text_boxes(child)


def _note_lines(element: ElementTree.Element, parts: _Parts) -> list[str]:
    """Each note the element refers to, "[1] Children Act 1989, s47", as the footnote reader expects."""
    lines = []
    for node in _visible(element):
        note = parts.notes.get(_note_key(node)) if node.tag in _NOTE_REFERENCES else None
        if note is not None:
            lines.append(f"[{parts.mark(node)}] {_joined(note.iter(f'{W}p'), parts).strip()}")
    return lines


def _joined(paragraphs: Iterable[ElementTree.Element], parts: _Parts) -> str:
    """Paragraphs' text as one line (a note's, a cell's), their spaces made single."""
    return " ".join(" ".join(_text(p, parts).split()) for p in paragraphs)


def _table_lines(table: ElementTree.Element, parts: _Parts) -> list[str]:
    """Each row as its cells joined by " | ", then the rows of tables nested in its cells and its notes.
    A cell merged down from the one above (`w:vMerge`) repeats that cell's text, so each row reads whole."""
    if _lays_out(table, parts):
        return [line for row in _block_children(table) if row.tag == f"{W}tr" and not _deleted_row(row)
                for cell in _block_children(row) if cell.tag == f"{W}tc" for line in _lines(cell, parts)]
    lines: list[str] = []
    merged: dict[int, str] = {}  # grid column -> the text of the merge running down it
    for row in _block_children(table):
        if row.tag != f"{W}tr" or _deleted_row(row):
            continue
        cells, nested, column, blank = [], [], 0, False
        for cell in (c for c in _block_children(row) if c.tag == f"{W}tc"):
            text = _cell_text(cell, parts)
            blank = blank or (not text.strip() and _holds_field(cell))
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            if merge is None:
                merged.pop(column, None)
            elif merge.get(f"{W}val") == "restart":
                merged[column] = text
            else:
                text = merged.get(column, text)
            cells.append(text.strip())
            nested += [line for t in _block_children(cell) if t.tag == f"{W}tbl" for line in _table_lines(t, parts)]
            column += _span(cell)
        if not (blank and len([cell for cell in cells if cell]) <= 1):  # a question whose field is left blank
            lines.append(_row_line([cell for cell in cells if cell]))
        lines += nested + _note_lines(row, parts)
    return lines


_FIELDS = frozenset({f"{W}textInput", f"{W}sdt"})


def _holds_field(cell: ElementTree.Element) -> bool:
    """A cell holding a form's field to fill in: a legacy text field or a content control showing its
    prompt, in the cell's own paragraphs (not again in the tables nested in it, read in their turn)."""
    return any(_shows_prompt(child) or child.tag == f"{W}p" and any(
        node.tag == f"{W}textInput" or _shows_prompt(node) for node in child.iter() if node.tag in _FIELDS)
        for child in cell)


def _lays_out(table: ElementTree.Element, parts: _Parts) -> bool:
    """A table with a heading in a cell of its own lays out the page (a briefing's boxes, each headed):
    a table of data has no headings in it, its header row is a row."""
    return any(_heading_level(parts.style_names.get(style.get(f"{W}val", ""), ""), paragraph.find(f"{W}pPr"))
               or parts.style_levels.get(style.get(f"{W}val", ""), 0)
               for row in _block_children(table) if row.tag == f"{W}tr"
               for cell in _block_children(row) if cell.tag == f"{W}tc"
               for paragraph in _block_children(cell) if paragraph.tag == f"{W}p"
               for style in [paragraph.find(f"{W}pPr/{W}pStyle")] if style is not None)


def _row_line(cells: list[str]) -> str:
    """A row of two or more cells as a markdown table's row ("| 1. Screen the contact | Same day |"),
    which the text reader keeps whole: joined bare, a row whose first cell opens with its step's
    number would be read as that number's list item."""
    return f"| {' | '.join(cells)} |" if len(cells) > 1 else "".join(cells)


def _cell_text(cell: ElementTree.Element, parts: _Parts) -> str:
    """A cell's paragraphs as one line, a numbered one after the number Word draws for it ("1.",
    "b)"): a table's numbered steps are counted in their lists as the body's paragraphs are."""
    pieces = []
    for paragraph in (p for p in _block_children(cell) if p.tag == f"{W}p"):
        listed = _list_of(paragraph.find(f"{W}pPr"))
        number = parts.numbering.label(*listed) if listed else None
        text = " ".join(_text(paragraph, parts).split())
        pieces.append(f"{number} {text}" if number and number != BULLET and text else text)
    return " ".join(pieces)


def _span(cell: ElementTree.Element) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    value = span.get(f"{W}val", "1") if span is not None else "1"
    return int(value) if value.isdigit() else 1


def _deleted_row(row: ElementTree.Element) -> bool:
    return row.find(f"{W}trPr/{W}del") is not None
