"""A PDF page's furniture: page numbers, running headers and footers, a browser's print stamps.

They are found among the first and last lines of each page (`without_furniture`): a line on the
same spot of many pages (of both pages of a two-page document), a line that begins or ends with
its page's number on many pages, a number alone (not one that ends the unfinished line above it),
a browser's date or address printed in small type, and a footer printed as cells whose last is the
page number, in small type, set apart from the page's text (on a page no other repeats it). A pull
quote, a sentence of the text set again in a larger type to catch the eye, is read once, where the
text says it (`without_pull_quotes`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from guidegraph.read.pdf_ends import SENTENCE_END

if TYPE_CHECKING:
    from guidegraph.read.pdf import _Line

_PAGE_NUMBER = re.compile(
    r"^(?:(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?|(?-i:[ivxlc]{1,7}))$", re.I
)
# A number inside a decimal ("3.1 Staff should ...", "Version 3.1") is a paragraph's or version's, no page's.
_EDGE_NUMBER = re.compile(r"^(\d{1,4})\b(?!\.\d)|(?<![\d.])\b(\d{1,4})$")
# What a browser prints in small type around a web page it saves as PDF: the date and time ("11/22/26,
# 11:09 AM", then the page's title) and the address with the page number ("https://... 1/2").
_PRINT_STAMP = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?(?:\s|$)"
                          r"|^(?:https?|file)://\S+(?:\s+\d{1,4}\s*(?:/|of)\s*\d{1,4})?$", re.I)

_CELL_GAP = 4  # characters of room at least between a line's text and a number set as a cell of its own
_CHAR_WIDTH = 0.6  # of the type size: a character's width, about, to tell where a run of text ends
_APART = 2.0  # of the body's type size: a footer stands at least this far from every other line
_LARGER = 1.15  # of the body's type size: a pull quote is set this much larger at least, as a heading is
_QUOTED_WORDS = 6  # a pull quote repeats this many words at least (a short heading may echo the text)
_QUOTE_MARKS = "\"'“”‘’«»"


def without_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers, running headers and footers, and a browser's print stamps from the top
    and bottom lines of each page."""
    body = body_size(pages)
    edges = [_edge_lines(page) for page in pages]
    threshold = max(3, len(pages) // 3)
    counts = Counter(sig for edge in edges for sig in {sig for line in edge for sig in _signatures(line)})
    # A line on the same spot of both pages of a two-page document is its running header or footer.
    repeated = {sig for sig, count in counts.items() if count >= min(threshold, max(2, len(pages)))}
    # Only small lines may carry a page number: "2 Scope" set large on page 2 is a chapter heading.
    small = [[line for line in edge if line.size <= body] for edge in edges]
    furniture = {id(line) for line in _page_numbered(small, threshold)}
    furniture |= {
        id(line) for page, edge in zip(pages, edges, strict=True) for line in edge
        if not repeated.isdisjoint(_signatures(line)) or (_PAGE_NUMBER.match(line.text) and not _carries_on(page, line))
        or (line.size < body and _PRINT_STAMP.search(line.text)) or _numbered_footer(page, line, body)
    }
    return [[line for line in page if id(line) not in furniture] for page in pages]


def without_repeated_heads(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop a table's header row repeated at the top of a page the table runs onto (a browser's
    `thead`, Word's "Repeat as header row"): a line of cells that stands, cells and places alike, on
    an earlier page."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for page in pages:
        start = 0
        while start < len(page) and _cells(page[start]) in seen:
            start += 1
        out.append(page[start:])
        seen |= {cells for line in page if (cells := _cells(line))}
    return out


def _cells(line: _Line) -> tuple[object, ...]:
    """A line's runs of text with where each starts, if it has two or more (a row's cells)."""
    return (line.size, *((round(x), text) for x, text in line.fragments)) if len(line.fragments) >= 2 else ()


# A note at a page's foot opens with its number ("2 HM Government (2023) ...", "¹ Children Act")
_FOOT_NOTE = re.compile(r"^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*[^\W\d]")


def foot_notes_start(page: list[_Line], body: float) -> int:
    """Where the notes at the page's foot begin: the page's last lines, set smaller than its text, from
    the first that opens with a note's number; the page's length if it ends with none."""
    start = len(page)
    while start > 0 and 0 < page[start - 1].size < body and not page[start - 1].row:
        start -= 1
    while start < len(page) and not _FOOT_NOTE.match(page[start].text):
        start += 1
    return start


def _carries_on(page: list[_Line], number: _Line) -> bool:
    """A number set just under an unfinished line at its left edge ("Children Act 2004, section"
    over "10", a table's last cell at the page's foot) ends that line's text: no page number."""
    if number.y is None or number.x is None:
        return False
    return any(line.y is not None and line.x is not None and abs(line.x - number.x) <= 1
               and line.size == number.size and 0 < line.y - number.y <= number.size * 1.6
               and not SENTENCE_END.search(line.text) for line in page)


def _numbered_footer(page: list[_Line], line: _Line, body: float) -> bool:
    """A footer (or header) printed as cells, its last the page number alone ("Glanmorfa County
    Council" ... "1"), in a type smaller than the body's and set apart from the page's other lines:
    furniture though no other page repeats it (a leaflet of one page)."""
    if line.size >= body or len(line.fragments) < 2 or line.y is None:
        return False
    (x_text, text), (x_number, number) = line.fragments[-2:]
    if not _PAGE_NUMBER.match(number) or x_number - x_text < (len(text) + _CELL_GAP) * line.size * _CHAR_WIDTH:
        return False  # a number run on in the line's text, no cell of its own
    return all(other is line or other.y is None or abs(other.y - line.y) > _APART * body for other in page)


def _edge_lines(page: list[_Line]) -> list[_Line]:
    """The first and last two lines of the page, as the text layer has them and as they stand on
    the page (a header placed by CSS may come last in the text layer)."""
    if len(page) <= 4:
        return list(page)
    placed = sorted((line for line in page if line.y is not None), key=lambda line: -(line.y or 0))
    edges = {id(line): line for line in [*page[:2], *page[-2:], *placed[:2], *placed[-2:]]}
    return list(edges.values())


def _signatures(line: _Line) -> set[tuple[str, str, float | None]]:
    # Digits vary ("Page 3"); the position does not: a running header sits on the same spot, as far
    # from the page's foot, or from its top (a landscape page among portrait ones is less tall).
    text = re.sub(r"\d+", "#", line.text.lower())
    found = {(text, "foot", None if line.y is None else round(line.y))}
    return found if line.top is None else found | {(text, "top", round(line.top))}


def _page_numbered(edges: list[list[_Line]], threshold: int) -> list[_Line]:
    """Edge lines that begin or end with the page number ("Chapter 2: Scope 14"), whatever their text."""
    found: list[tuple[int, _Line]] = []
    for index, edge in enumerate(edges):
        for line in edge:
            match = _EDGE_NUMBER.search(line.text)
            numbers = {int(n) for n in match.groups() if n} if match else set()
            found += [(number - index, line) for number in numbers]
    offsets = Counter(offset for offset, _ in {(offset, id(line)) for offset, line in found})
    offset, count = offsets.most_common(1)[0] if offsets else (0, 0)
    return [line for line_offset, line in found if count >= threshold and line_offset == offset]


def body_size(pages: list[list[_Line]]) -> float:
    sizes = Counter[float]()
    for line in (line for page in pages for line in page):
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def without_pull_quotes(pages: list[list[_Line]], body: float) -> list[list[_Line]]:
    """Drop the runs of lines set larger than the body that repeat a sentence of the body's text
    (a pull quote): in quote marks, or a whole sentence, which a heading is not."""
    text = f" {_words(' '.join(line.text for page in pages for line in page if line.size == body))} "
    dropped: set[int] = set()
    for page in pages:
        run: list[_Line] = []
        for line in [*page, None]:
            if line is not None and line.size >= body * _LARGER and (not run or run[-1].size == line.size):
                run.append(line)
                continue
            quote = " ".join(part.text for part in run).strip()
            words = _words(quote)
            if (len(words.split()) >= _QUOTED_WORDS and (quote[:1] in _QUOTE_MARKS or SENTENCE_END.search(
                    quote.rstrip(_QUOTE_MARKS))) and f" {words} " in text):
                dropped |= {id(part) for part in run}
            run = [line] if line is not None and line.size >= body * _LARGER else []
    return [[line for line in page if id(line) not in dropped] for page in pages]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.lower()))
