"""A table typed in plain text with its columns set apart by spaces, as a glossary or a list of
contacts is typed in a text editor (pandoc's "simple table" without its rules):

    Term                        Meaning
    Principal Reporter          The official of the Scottish Children's Reporter Administration
                                who decides whether to refer a child to a children's hearing.
    Inter-agency referral       A discussion between police, social work and health to plan
    discussion (IRD)            the response to a child protection concern.

Read line by line, each row's cells would run together ("Principal Reporter The official ...")
and a wrapped cell's words would join the other column's. Each row becomes one markdown pipe row
on its first line, each cell's wrapped lines joined; the row's other lines are left blank, so
every line keeps its number. A line carries on the row above when its first cell is empty, or
carries on the term above: in lower case ("discussion") or in brackets ("(IRD)"); a term in the first
column opens a row, even over a meaning in lower case ("Child   a person under 18").
"""

from __future__ import annotations

import re
from collections import Counter

from .markdown import _put_row

MIN_ROWS = 3  # rows, and lines sharing a column's start: fewer may be sentences spaced so by chance
_GAP = re.compile(r"\S {2,}(?=\S)")  # the gutter before a column: two spaces or more inside a line
PROSE_SHARE = 0.3  # of the first column's lines starting in lower case: prose, not a table
_MARKER = re.compile(r"^\s*(?:\d{1,3}[.)]?|\(?(?:[a-z]|[ivx]{1,5})[.)]|[-*+•o])$")
_RULE = re.compile(r"^[\s=-]+$")  # a header's underline of dashes
_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|[ivxl]{1,5})$", re.I)  # a contents list's last column


def aligned_tables(lines: list[str]) -> list[str]:
    """The lines with each space-aligned table's rows as markdown pipe rows (see the module)."""
    out = list(lines)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and out[end].strip():
            end += 1
        if end - start >= MIN_ROWS:
            _table(out, start, end)
        start = end + 1
    return out


def _table(out: list[str], start: int, end: int) -> None:
    """The run of lines `out[start:end]` read as a table where its columns line up."""
    columns = _columns(out[start:end])
    if not columns:
        return
    first = next((k for k in range(start, end) if _split(out[k], columns)), end)
    last = first
    while last < end and _fits(out[last], columns):
        last += 1
    lines = [_cells(out[k], columns) for k in range(first, last)]
    if not lines or _contents(lines) or _prose(lines):
        return
    rows = _rows(lines)
    if len(rows) < MIN_ROWS:
        return
    for k in range(first, last):
        out[k] = ""
    for at, row in rows:
        _put_row(out, first + at, row)


def _rows(lines: list[list[str]]) -> list[tuple[int, list[list[str]]]]:
    """Each row's first line (counted from the table's) and its cells' parts, line by line."""
    rows: list[tuple[int, list[list[str]]]] = []
    for k, cells in enumerate(lines):
        if _RULE.match("".join(cells)):
            continue
        if not rows or not _carries_on(cells):
            rows.append((k, [[] for _ in cells]))
        for cell, part in zip(rows[-1][1], cells, strict=True):
            cell.append(part)
    return rows


def _columns(run: list[str]) -> list[int]:
    """Where the columns after the first start: the gutters' ends that MIN_ROWS lines or more share
    (not the gap after a list's marker, "1.  Justify the purpose")."""
    ends = Counter(m.end() for line in run for m in _GAP.finditer(line.rstrip())
                   if not _MARKER.match(line[:m.start() + 1]))
    return sorted(end for end, count in ends.items() if count >= MIN_ROWS)


def _cells(line: str, columns: list[int]) -> list[str]:
    bounds = [0, *columns, max(len(line), columns[-1]) + 1]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _split(line: str, columns: list[int]) -> bool:
    """Text in a later column, after a gutter: the line is one of the table's."""
    return any(len(line) > c and line[c] != " " and line[c - 2:c] == "  " for c in columns)


def _fits(line: str, columns: list[int]) -> bool:
    """No word of the line crosses a column's start (a line of the table, not prose)."""
    return bool(line.strip()) and all(len(line.rstrip()) < c - 1 or line[c - 2:c] == "  " for c in columns)


def _contents(lines: list[list[str]]) -> bool:
    """A contents list typed with its page numbers set apart: no table (the contents reader's)."""
    numbers = [cells[-1] for cells in lines if cells[-1]]
    return bool(numbers) and all(_PAGE_NUMBER.match(n) for n in numbers)


def _prose(lines: list[list[str]]) -> bool:
    """Two columns of prose side by side (a page's layout): the first column's lines often carry
    on a sentence in lower case, where a table's first cells each name a row."""
    firsts = [cells[0] for cells in lines if cells[0]]
    return sum(text[0].islower() for text in firsts) >= PROSE_SHARE * len(firsts)


def _carries_on(cells: list[str]) -> bool:
    """Does this line carry on the row above rather than open one? Its first cell is empty, or
    carries on a term in lower case or with a bracket ("discussion", "(IRD)")."""
    return not cells[0] or cells[0][0].islower() or cells[0][0] in "(["
