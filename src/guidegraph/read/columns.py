"""Text converted from a two-column PDF page with its layout kept (`pdftotext -layout`): each
line holds a line of the left column, a gutter of spaces, then a line of the right column.
Read as printed, every sentence would interleave with its neighbour's; `one_column` puts the
left column's lines before the right column's, each line keeping its own number.
"""

from __future__ import annotations

import re
from collections import Counter

_GUTTER = re.compile(r"\S {3,}(?=\S)")
MIN_SPLIT_LINES = 6  # lines split at one gutter before a page counts as two columns
PROSE_RUNS_ON = 0.3  # the share of a column's lines a sentence runs on from
MIN_COLUMN_START = 20  # a right column starts past this character (not an indented paragraph)


def one_column(lines: list[str], page_tops: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(index, text) of the lines in reading order: each two-column page's left column first.
    `page_tops` are the indexes of the lines that open a page (after a form feed)."""
    breaks = sorted(i for i in page_tops if 0 < i < len(lines))
    bounds = zip([0, *breaks], [*breaks, len(lines)], strict=True)
    return [pair for start, end in bounds for pair in _page(lines, start, end)]


def _page(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    rows = list(range(start, end))
    gutter = _gutter(lines[start:end])
    split = [i for i in rows if gutter and _split_at(lines[i], gutter)]
    if not split:
        return [(i, lines[i]) for i in rows]
    first, last = split[0], split[-1]
    region = range(first, last + 1)
    left = [(i, lines[i][:gutter].rstrip()) for i in region]
    if not all(_fits(lines[i], gutter) for i in region) or not _prose([text.strip() for _, text in left]):
        return [(i, lines[i]) for i in rows]  # text across the gutter, or a table: one column after all
    right = [(i, lines[i][gutter:].strip()) for i in region]
    # a blank line between the columns: the left one's last paragraph ends at its foot
    return [(i, lines[i]) for i in range(start, first)] + left + [(last, "")] + right + \
        [(i, lines[i]) for i in range(last + 1, end)]


def _gutter(lines: list[str]) -> int:
    """The character the right column starts at on this page, or 0 when it has one column."""
    starts = Counter(m.end() for line in lines for m in _GUTTER.finditer(line) if m.end() >= MIN_COLUMN_START)
    if not starts:
        return 0
    column, count = starts.most_common(1)[0]
    return column if count >= max(MIN_SPLIT_LINES, sum(bool(line.strip()) for line in lines) // 3) else 0


def _prose(left: list[str]) -> bool:
    """A column of wrapped prose, whose lines often run on into a next line starting in lower
    case; a table's rows each start afresh."""
    pairs = [(a, b) for a, b in zip(left, left[1:], strict=False) if a and b]
    runs_on = sum(b[0].islower() for _, b in pairs)
    return bool(pairs) and runs_on >= len(pairs) * PROSE_RUNS_ON


def _split_at(line: str, gutter: int) -> bool:
    return len(line) > gutter and line[gutter] != " " and line[gutter - 2 : gutter] == "  "


def _fits(line: str, gutter: int) -> bool:
    """Nothing of the line crosses the gutter: it is short, or spaces stand just before it."""
    return len(line.rstrip()) < gutter - 1 or line[gutter - 2 : gutter] == "  "
