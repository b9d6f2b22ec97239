"""A PDF page's lines in reading order, when its text layer has them in another.

A browser writes a page's text in the order it paints it, and it paints positioned boxes (a
paragraph with `position: relative`, its number hanging in the margin with `position: absolute`)
after the rest: the headings of a page can come before every paragraph under them, and a
paragraph's number after its text. Two rules put them back:

* a clause number alone on a line ("4.1"), on the baseline of a line of text to its right, is
  that line's number: it is written before it (not a number that ends the unfinished line just
  above it, "section" over "17" in a table's cell);
* a page whose lines stand one under another (no two side by side, so no columns and no
  table) is read from top to bottom. Pages with columns or tables keep the text layer's order,
  which follows each column down.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guidegraph.read.pdf import _Line

_CLAUSE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
_SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_SAME_BASELINE = 0.25  # of the type size: lines this close in height sit on one baseline
_SIDE_BY_SIDE = 1.1  # lines starting apart and closer in height than this many type sizes are side by side


def reading_order(page: list[_Line]) -> list[_Line]:
    """The page's lines as a reader reads them (see the module's docstring)."""
    page = _numbers_joined(page)
    if _one_column(page) and _out_of_order(page):
        return sorted(page, key=lambda line: -(line.y or 0.0))
    return page


def _numbers_joined(page: list[_Line]) -> list[_Line]:
    """Hanging clause numbers written before the first line of their paragraph."""
    joined: set[int] = set()
    for number in page:
        if not _CLAUSE_NUMBER.match(number.text) or number.x is None or number.y is None \
                or _ends_line_above(page, number):
            continue
        beside = [line for line in page if line is not number and id(line) not in joined
                  and _on_baseline(number, line) and line.x is not None and line.x > number.x
                  and not _CLAUSE_NUMBER.match(line.text)]
        if len(beside) == 1:
            text = beside[0]
            text.text = f"{number.text} {text.text}"
            text.fragments.insert(0, (number.x, number.text))
            text.x = number.x
            joined.add(id(number))
    return [line for line in page if id(line) not in joined]


def _ends_line_above(page: list[_Line], number: _Line) -> bool:
    """"Children Act 1989, section" over "17" in a table's cell: the number ends that line's text."""
    return any(line.x is not None and line.y is not None and abs(line.x - (number.x or 0.0)) <= 1
               and 0 < line.y - (number.y or 0.0) <= number.size * 1.6 and not _SENTENCE_END.search(line.text)
               for line in page)


def _on_baseline(a: _Line, b: _Line) -> bool:
    return a.y is not None and b.y is not None and abs(a.y - b.y) <= max(a.size, b.size) * _SAME_BASELINE


def _one_column(page: list[_Line]) -> bool:
    """No two lines stand side by side: none shares a baseline, and none starting elsewhere on
    the line sits within a line's height of another (a table's cells centred beside each other)."""
    if any(line.y is None or line.x is None for line in page):
        return False
    return not any(_on_baseline(a, b) or (abs((a.x or 0.0) - (b.x or 0.0)) > 2 * a.size
                                          and abs((a.y or 0.0) - (b.y or 0.0)) < a.size * _SIDE_BY_SIDE)
                   for i, a in enumerate(page) for b in page[i + 1:])


def _out_of_order(page: list[_Line]) -> bool:
    """The text layer goes back up the page at least once."""
    return any((a.y or 0.0) < (b.y or 0.0) for a, b in zip(page, page[1:], strict=False))
