"""Read a PDF's text layer into blocks, through the plain-text reader.

pypdf extracts each page's text with the position and size of every line. From those this
module writes plain text the text reader understands: each paragraph on one line, a blank line
where the vertical gap between lines says a new paragraph starts, list items on lines of their
own, a markdown `#` before short lines set in a larger type (headings; the largest size is level
1), running headers, footers, page numbers and a table's header row repeated on the next page
removed (`pdf_furniture`), and pages joined so that a sentence (or a table's last cell) running over
a page break can be rejoined. A table's cells, printed side by side, become one line of
tab-separated cells (`pdf_tables`); a line with room left for the next line's first word ends its
paragraph or list item, as does each line of a run that starts one entry after another (`pdf_ends`:
a browser's bullets are shapes, not text); a footnote's mark, set small and raised, is written as a
superscript, and each note at a page's foot starts a line, after the end of a sentence it cuts.
Text set on its side among level text (a margin label, a watermark, a column head turned upright)
is left out; a page all turned keeps it.
Line numbers in the blocks are therefore lines of that extracted text, not of anything visible
in the PDF.

A PDF without a text layer (a scan) gives no blocks and the warning "no text layer (scanned
PDF?): nothing extracted" rather than an error: the build goes on with the other documents and
only `--strict` turns it into a failure. OCR is out of scope. Encrypted PDFs are opened when
they need no password (many official PDFs are encrypted only against editing); otherwise, and
for broken files, a `ParseError` says why.

For a PDF that came with no metadata, `pdf_properties` reads its document properties: /Title
unless a program's placeholder or a file name, /Author when an organisation, and the latest of
/CreationDate and /ModDate.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.encoding import expand_ligatures
from guidegraph.read.hyphens import Hyphenation, provision_broken, without_soft_hyphens
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation, without_site_name
from guidegraph.read.pdf_ends import (
    LIST_MARKER,
    SENTENCE_END,
    ends_short,
    entry_starts,
    led_in_entries,
    shaped_bullets,
    widest_lines,
)
from guidegraph.read.pdf_furniture import (
    body_size,
    foot_notes_start,
    without_furniture,
    without_pull_quotes,
    without_repeated_heads,
)
from guidegraph.read.pdf_order import reading_order
from guidegraph.read.pdf_tables import column_edges, table_rows
from guidegraph.read.text import parse_blocks

NO_TEXT_WARNING = "no text layer (scanned PDF?): nothing extracted"
_HEADING_RATIO = 1.15  # this much larger than body text counts as a heading
_PARAGRAPH_GAP = 1.3  # a gap this many times the usual line spacing starts a paragraph
_MAX_HEADING_WORDS = 25
_SUBHEAD_RATIO = 1.08  # a line this much larger than the next is a subheading over it, not its first line
_NEW_LINE_DROP = 0.7  # text this many type sizes below or above a line's is on a line of its own
_HYPHENS = "-\u2010\u2011"  # a hyphen, as ASCII or as the Unicode hyphens a printer may write
_NOTE_MARK = re.compile(r"^\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*$")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUPERSCRIPT_SIZE = 0.85  # a superscript is set this much smaller than its line, or more
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d\d)?(\d\d)?")  # "D:20240315103000+00'00'"
PROPERTIES = "the PDF's properties"
# The creator or producer of a PDF printed from a browser or through a print-to-PDF driver.
_PRINTED = re.compile(r"\bMozilla/|\bChrom(?:e|ium)\b|\bFirefox\b|\bSkia/PDF\b|\bPrint To PDF\b", re.I)


@dataclass
class _Line:
    """One line of a page's text with where it sits (PDF y grows upwards) and its type size."""

    text: str
    y: float | None = None
    size: float = 0.0
    heading: int = 0  # heading level, 0 for body text
    x: float | None = None
    fragments: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of each run of text
    row: bool = False  # a table row, its cells separated by tabs
    top: float | None = None  # distance from the page's top: a landscape page's header is as far from it


def parse_pdf(path: Path, data: bytes) -> tuple[list[Block], list[str]]:
    """Blocks of a PDF's text layer, and warnings (a scanned PDF gives none and a warning)."""
    reader = _open(path, data)
    pages, warnings = _extract_pages(reader)
    if not any(line.text.strip() for page in pages for line in page):
        return [], [*warnings, NO_TEXT_WARNING]
    text = _pdf_text(pages)
    blocks, text_warnings = parse_blocks(text)
    return blocks, warnings + text_warnings


def pdf_properties(path: Path, data: bytes) -> FileProperties:
    """The PDF's document properties that are good: title, an organisation as author, latest date."""
    try:
        info = _open(path, data).metadata
        if info is None:
            return FileProperties()
        if _PRINTED.search(f"{info.creator or ''} {info.producer or ''}"):
            # A page a browser (or a print-to-PDF driver) printed: dated the day it was printed,
            # titled as the page was, with its site's name.
            title, author, date = good_title(without_site_name(str(info.title or ""))), None, None
        else:
            title, author = good_title(info.title), organisation(info.author)
            date = max(filter(None, (_pdf_date(info.creation_date_raw), _pdf_date(info.modification_date_raw))),
                       default=None)
    except Exception:  # pypdf fails in many ways on damaged properties; they are only a better guess
        return FileProperties()
    return file_properties(PROPERTIES, title, date, publisher=author)


def _pdf_date(raw: object) -> str | None:
    """"2024-03-15" from a PDF date string "D:20240315103000+00'00'"."""
    match = _PDF_DATE.match(str(raw or "").strip())
    return good_date("-".join(part for part in match.groups() if part)) if match else None


def _open(path: Path, data: bytes) -> PdfReader:
    # pypdf raises many exception types on damaged files; all mean "cannot read this PDF".
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ParseError(path, "password-protected PDF: save a copy without a password")
        len(reader.pages)  # the page tree is where broken files fail
    except ParseError:
        raise
    except DependencyError as err:
        raise ParseError(path, f"encrypted PDF that needs an extra package to open ({err}): "
                         "install it or save an unencrypted copy") from None
    except Exception as err:  # see above
        raise ParseError(path, f"not a readable PDF ({type(err).__name__}: {err}): check the file "
                         "opens in a PDF viewer, or save it again") from None
    return reader


def _extract_pages(reader: PdfReader) -> tuple[list[list[_Line]], list[str]]:
    pages: list[list[_Line]] = []
    warnings: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            pages.append(reading_order(_page_lines(page)))
        except Exception as err:  # one bad page must not lose the document
            warnings.append(f"page {number}: text could not be extracted ({type(err).__name__})")
            pages.append([])
    empty = [str(n) for n, page in enumerate(pages, start=1) if not any(ln.text.strip() for ln in page)]
    if empty and len(empty) * 2 >= len(pages) and len(empty) < len(pages):
        warnings.append(f"pages {', '.join(empty)} have no text layer (scanned?): nothing extracted")
    return pages, warnings


def _page_lines(page: Any) -> list[_Line]:
    """The page's lines as pypdf orders them, each with the position of its first text."""
    lines = [_Line("")]
    turned: Counter[int] = Counter()  # characters of each line set at an angle, by the line's id

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, font_size: float) -> None:
        for i, part in enumerate(text.split("\n")):
            if i:
                lines.append(_Line(""))
            line = lines[-1]
            if part.strip():
                matrix = _multiply(tm, cm)
                if line.y is not None and abs(matrix[5] - line.y) > line.size * _NEW_LINE_DROP:
                    line = _Line("")  # pypdf ran a table cell's next line on (its text came after another cell's)
                    lines.append(line)
                if abs(matrix[1]) > abs(matrix[0]):  # its baseline runs more up or down the page than across
                    turned[id(line)] += len(part)
                scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5  # vertical size of a text unit
                size = round(abs(font_size * scale), 1)
                if line.y is None:
                    line.y, line.size, line.x = matrix[5], size, matrix[4]
                elif _note_mark(part, matrix[5] - line.y, size, line):
                    part = part.translate(_SUPERSCRIPT)  # a note's mark, as the HTML reader writes it
                line.fragments.append((matrix[4], part))
            line.text += part

    page.extract_text(visitor_text=visit)
    top = float(page.mediabox.top)
    return [_glued_hyphen(_Line(_clean(line.text), line.y, line.size, x=line.x,
                                top=None if line.y is None else top - line.y,
                                fragments=[(x, _clean(part)) for x, part in line.fragments if _clean(part)]))
            for line in _level_text(lines, turned) if line.text.strip()]


def _glued_hyphen(line: _Line) -> _Line:
    """A hyphen set apart at a line's end after a word ("safe ‐", as Chromium prints the soft hyphen
    it breaks a justified line at) is the word's: glued to it, so that the word is rejoined."""
    fragments = line.fragments
    if len(fragments) < 2 or fragments[-1][1] not in _HYPHENS or not fragments[-2][1][-1:].isalpha():
        return line
    line.fragments = [*fragments[:-2], (fragments[-2][0], fragments[-2][1] + "-")]
    line.text = line.text.rstrip(_HYPHENS).rstrip() + "-"
    return line


def _level_text(lines: list[_Line], turned: Counter[int]) -> list[_Line]:
    """The lines of a page of level text without those set on their side among them (a label up the
    margin, a watermark, a table's column heads turned upright): their positions are not where
    they stand in the page's reading, and their size is their width. A page all turned (a
    landscape table printed on a portrait page) keeps its text."""
    sideways = {id(line) for line in lines if turned[id(line)] * 2 > len(line.text.strip())}
    if sum(turned.values()) * 2 >= sum(len(line.text.strip()) for line in lines):
        return lines
    return [line for line in lines if id(line) not in sideways]


def _note_mark(text: str, rise: float, size: float, line: _Line) -> bool:
    """Digits set smaller, glued to the word or stop before, not below its baseline: a footnote's
    mark (raised by moving the text, or by a text rise the positions do not show)."""
    return (bool(_NOTE_MARK.match(text)) and size < line.size * _SUPERSCRIPT_SIZE and rise > -0.1 * line.size
            and line.text[-1:].strip() != "")


def _clean(text: str) -> str:
    return expand_ligatures(without_soft_hyphens(" ".join(text.split())))


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """Product of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _pdf_text(pages: list[list[_Line]]) -> str:
    """Plain text for the text reader: paragraphs, `#` headings, furniture gone, pages joined."""
    pages = without_furniture(pages)
    columns = [column_edges(page) for page in pages]  # a repeated header row's columns stand after it goes
    kept = [(page, edges) for page, edges in zip(without_repeated_heads(pages), columns, strict=True) if page]
    pages = [page for page, _ in kept]
    body = body_size(pages)
    pages = without_pull_quotes(pages, body)
    _mark_headings(pages, body)
    spacing = _line_spacing(pages, body)
    pages = [table_rows(page, spacing, edges) for page, (_, edges) in zip(pages, kept, strict=True)]
    hyphenation = Hyphenation("\n".join(line.text for page in pages for line in page))
    parts: list[str] = []
    notes = ""  # the notes at the foot of the page before, which end its text
    for page in pages:
        page_text = _page_text(page, spacing, hyphenation)
        if notes and (run_on := _run_on(parts[-1][:-len(notes)], page_text, page[0], hyphenation)) is not None:
            parts[-1] = run_on[0] + notes + run_on[1]  # the sentence ends before its page's notes are read
        elif not parts:
            parts.append(page_text)
        elif (page_break := _page_break(parts[-1].rsplit("\n", 1)[-1], page[0])) == "":  # a word cut by it
            parts[-1] = hyphenation.join(parts[-1], page_text)
        else:
            parts += [page_break, page_text]
        notes = _foot_notes(page, page_text, body, spacing, hyphenation)
    return "".join(parts) + "\n"


def _foot_notes(page: list[_Line], page_text: str, body: float, spacing: float, hyphenation: Hyphenation) -> str:
    """The text of the notes at the page's foot, as its text ends with them, or "" if it has none."""
    start = foot_notes_start(page, body)
    if not 0 < start < len(page):
        return ""
    text = _page_text(page[:start], spacing, hyphenation)
    return page_text[len(text):] if page_text.startswith(text) else ""


def _run_on(text: str, page_text: str, first: _Line, hyphenation: Hyphenation) -> tuple[str, str] | None:
    """A sentence cut by the page break with the page's notes under it: the text before the notes
    with the sentence's end from the next page, and the rest of that page; None if none runs on."""
    page_break = _page_break(text.rsplit("\n", 1)[-1], first)
    if page_break not in ("", " "):
        return None
    head, _, rest = page_text.partition("\n")
    joined = hyphenation.join(text, head) if page_break == "" else f"{text} {head}"
    return joined, "\n\n" + rest.lstrip("\n") if rest.strip() else ""


def _mark_headings(pages: list[list[_Line]], body: float) -> None:
    """Short lines in a larger type are headings; the largest size is level 1."""
    def is_heading(line: _Line) -> bool:
        # a word or number at least: an arrow set large between a flowchart's boxes heads nothing
        return body > 0 and line.size >= body * _HEADING_RATIO and any(c.isalnum() for c in line.text)

    sizes = sorted({line.size for page in pages for line in page if is_heading(line)}, reverse=True)
    levels = {size: min(rank, 3) for rank, size in enumerate(sizes, start=1)}
    for page in pages:
        for run in _runs(page, is_heading):
            # Many words in a larger type are a paragraph set large, not a heading; nor is a
            # quotation (a slide's "“I can't share without consent.”"): no heading is in quote marks.
            if sum(len(line.text.split()) for line in run) > _MAX_HEADING_WORDS or _quoted(run):
                continue
            for line in run:
                line.heading = levels[line.size]


def _quoted(run: list[_Line]) -> bool:
    text = " ".join(line.text for line in run).strip()
    return len(text) > 2 and text[0] in "“\"‘" and text.rstrip(".!?")[-1:] in "”\"’"


def _runs(page: list[_Line], test: Callable[[_Line], bool]) -> list[list[_Line]]:
    """Consecutive lines that pass the test and share one type size."""
    runs: list[list[_Line]] = []
    for before, line in zip([None, *page], page, strict=False):
        if not test(line):
            continue
        if before is not None and runs and runs[-1][-1] is before and before.size == line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _line_spacing(pages: list[list[_Line]], body: float) -> float:
    """The usual distance between two lines of one paragraph of body text.

    The smallest gap that is common (a tenth of all gaps): the median would be a paragraph gap in
    a document of one-line paragraphs and bullets.
    """
    gaps = Counter(
        round(a.y - b.y, 1)
        for page in pages
        for a, b in zip(page, page[1:], strict=False)
        if a.y is not None and b.y is not None and a.size == b.size == body and a.y > b.y
    )
    common = [gap for gap, count in gaps.items() if count * 10 >= gaps.total()]
    return min(common) if common else body * 1.2


def _page_text(page: list[_Line], spacing: float, hyphenation: Hyphenation) -> str:
    widest, entries = widest_lines(page), entry_starts(page, spacing * _PARAGRAPH_GAP)
    separators = []
    for before, line in zip(page, page[1:], strict=False):
        separator = _separator(before, line, spacing)
        if separator == " " and (id(line) in entries or ends_short(before, line, widest)):
            separator = "\n"  # the text reader tells a paragraph's end from a list's next entry
        separators.append(separator)
    for k in led_in_entries(page, spacing):  # a list's items under its lead-in, however full their lines
        separators[k - 1] = "\n"
    bullets = shaped_bullets(page, separators)
    out = [_render(page[0])]
    for line, separator in zip(page[1:], separators, strict=True):
        if separator == "":
            out[-1] = hyphenation.join(out[-1], _escape(line.text))
        elif separator == " ":
            out.append(separator + _escape(line.text))
        else:
            out.append(separator + ("• " if id(line) in bullets else "") + _render(line))
    return "".join(out)


def _render(line: _Line) -> str:
    return f"{'#' * line.heading} {_escape(line.text)}" if line.heading else _escape(line.text)


def _separator(before: _Line, line: _Line, spacing: float) -> str:
    """What goes between two lines: a paragraph break, a line break before a list item, or a join."""
    # A heading wrapped over two lines: as far apart as lines of its own (larger) type are.
    if before.heading and line.heading == before.heading and _close(before, line, max(spacing * 1.6, line.size * 1.5)):
        return " "
    if before.row and line.row and before.y is not None and line.y is not None and before.y > line.y:
        return "\n"  # a table's rows stay together, however tall
    if before.heading or line.heading or not _close(before, line, spacing * _PARAGRAPH_GAP):
        return "\n\n"
    if line.size and before.size >= line.size * _SUBHEAD_RATIO and not LIST_MARKER.match(before.text):
        return "\n\n"  # type a little larger than the text under it (a bold subhead), not a bullet set large
    if before.row or line.row or LIST_MARKER.match(line.text):
        return "\n"
    # Lines of one paragraph become one line: the text reader need not guess they belong together.
    return "" if _broken_word(before.text, line.text) or provision_broken(before.text, line.text) else " "


def _broken_word(before: str, after: str) -> bool:
    """A line ending in a hyphen after a letter or a number ("13-" over "year-old"), the next starting
    with a letter: a small one, or a capital of a compound written with capitals ("Multi-" over
    "Agency", where a printer breaks a line at the hyphen it holds; `Hyphenation.join` keeps it)."""
    return bool(re.search(r"[^\W_]-$", before)) and after[:1].isalpha()


def _close(before: _Line, line: _Line, limit: float) -> bool:
    """The line follows the one before closely, below it (no column or object jump)."""
    if before.y is None or line.y is None:
        return True
    return 0 < before.y - line.y <= limit + 0.5


def _page_break(last: str, first: _Line) -> str:
    """What replaces a page break: a sentence (or word) cut by it is rejoined; a finished one ends a
    paragraph."""
    if first.heading or last.startswith("#") or SENTENCE_END.search(last):
        return "\n\n"
    if "\t" in last and not first.row and first.text[:1].islower() and not LIST_MARKER.match(first.text):
        return " "  # a table's row cut by the page break: its last cell's sentence runs on
    if first.row or "\t" in last:
        return "\n"
    if first.text[:1].islower() and not LIST_MARKER.match(first.text):
        return "" if _broken_word(last, first.text) else " "  # plainly the same sentence
    return "\n"  # perhaps the same sentence: the text reader decides


def _escape(text: str) -> str:
    """Protect characters the text reader would take for markdown or HTML markup."""
    marker = LIST_MARKER.match(text)
    head = marker.group() if marker else ""
    rest = text[len(head):].replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;")
    rest = re.sub(r"([*\[`])", r"\\\1", rest)
    return head + ("\\" + rest if not head and rest.startswith("#") else rest)
