"""Tables in a PDF's text layer: cells printed side by side, rebuilt as rows of cells.

A table's cells come out of a PDF's text layer one after another: the first cell's lines, then
the second cell's, starting back up beside them; cells whose lines share a baseline come out as
one line with a wide gap in it. Read in that order, the cells of a "Myth | Reality" row become
separate paragraphs or run into one, and an answer loses its belief. Here each line is cut at
its wide gaps, the pieces are gathered into blocks of lines sharing a left edge, and blocks that
stand side by side over the same height become one row, its cells separated by tabs: the text
reader reads that as it reads a Word export's table rows ("cell | cell"). A block under a cell
other than the first carries that cell on (its next paragraph). A cell centred vertically stands
halfway down the cell beside it, perhaps between two of that cell's paragraphs and over neither:
then the paragraphs, one under the other no further apart than a cell's, are taken together as the
cell. Text in two columns stands side by side too; a block taller than a table's cell, or a
sentence running on from one block into the next, says it is not a row.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from guidegraph.read.hyphens import provision_broken
from guidegraph.read.shapes import ends_sentence

if TYPE_CHECKING:
    from guidegraph.read.pdf import _Line

_CELL_GAP = 1.2  # more space than this many type sizes after a run of text: the next run is another cell
_BLOCK_GAP = 1.3  # lines further apart than this many line spacings are not one cell's
_MIN_CELL = 3.0  # a cell is at least this many type sizes wide
_CELL_PARAGRAPH_GAP = 2.0  # a cell's paragraphs are no further apart than this many line spacings
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # a note's mark, as the PDF reader writes it
MAX_CELL_LINES = 12  # a taller block is a column of text, not a table cell
# "3.2.1", "(a)", "•": a clause number or list marker set apart from its text is not a cell
_MARKER = re.compile(r"^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]?|[•·▪●◦■□➢✓-])$")


@dataclass
class _Piece:
    """A line, or the part of a line that stands apart from the rest as a cell of its own."""

    text: str
    x: float
    line: _Line


def table_rows(page: list[_Line], spacing: float, columns: set[int] | None = None) -> list[_Line]:
    """The page's lines with each table row's cells, printed side by side, joined into one line;
    `columns` are where the page's table columns start, if known from lines since dropped (a header
    row repeated from the page before)."""
    edges = _left_edges(page)
    columns = column_edges(page) | (columns or set())
    blocks = _blocks([piece for line in page for piece in _pieces(line, edges, columns)], spacing)
    out: list[_Line] = []
    start = 0
    while start < len(blocks):
        spans = _row_spans(blocks, start, spacing)
        end = spans[-1][1]
        cells = [[piece for block in blocks[i:j] for piece in block] for i, j in spans]
        if _is_row(cells):
            while end < len(blocks) and (cell := _continued_cell(cells, blocks[end])) is not None:
                cells[cell] += blocks[end]
                end += 1
            out.append(_row_line(cells))
        else:
            out += _whole_lines(blocks[start:end], out)
        start = end
    return out


def _whole_lines(blocks: list[list[_Piece]], out: list[_Line]) -> list[_Line]:
    """The lines the blocks' pieces come from, each once (a line cut into pieces is given back whole)."""
    seen = {id(line) for line in out[-len(blocks) * MAX_CELL_LINES:]}
    lines = []
    for line in (piece.line for block in blocks for piece in block):
        if id(line) not in seen:
            seen.add(id(line))
            lines.append(line)
    return lines


def _pieces(line: _Line, edges: set[int], columns: set[int]) -> list[_Piece]:
    """The line cut where a run of text starts far beyond where the run before it ends, or at the
    left edge of other lines (the next cell, as wide as its column). A number set apart from its
    text is no cell (a paragraph's hanging number), unless its text starts where a column does (a
    table's "No." column)."""
    if line.y is None or line.x is None or len(line.fragments) < 2:
        return [_Piece(line.text, line.x or 0.0, line)]
    pieces = [_Piece(line.fragments[0][1], line.fragments[0][0], line)]
    for (x0, text0), (x1, text1) in zip(line.fragments, line.fragments[1:], strict=False):
        # a note's mark is glued to the word before it, however far a justified line stretched that
        starts = _cell_starts(x0, text0, x1, line.size, edges) and text1.strip(_SUPERSCRIPTS + ", ") != ""
        if starts and (not _MARKER.match(pieces[-1].text) or round(x1) in columns):
            pieces.append(_Piece(text1, x1, line))
        else:
            pieces[-1].text = f"{pieces[-1].text} {text1}" if text1[:1] != " " else pieces[-1].text + text1
    for piece in pieces:
        piece.text = " ".join(piece.text.split())
    return pieces if len(pieces) > 1 else [_Piece(line.text, line.x, line)]


def _cell_starts(x0: float, text0: str, x1: float, size: float, edges: set[int]) -> bool:
    """Text at x1 starts a new cell: beyond any width the text at x0 could have, or at a column's
    edge well beyond x0."""
    return x1 - x0 > (_width(text0) + _CELL_GAP) * size or (round(x1) in edges and x1 - x0 > _MIN_CELL * size)


def column_edges(page: list[_Line]) -> set[int]:
    """Where a cell starts after a cell of words, not after a number set apart ("No.   Agency"): a
    table's column, which a row's number in the column before it does not run into."""
    edges = _left_edges(page)
    return {round(x1) + d for line in page for (x0, text0), (x1, _) in zip(line.fragments, line.fragments[1:],
                                                                          strict=False)
            if not _MARKER.match(text0) and _cell_starts(x0, text0, x1, line.size, edges) for d in (-1, 0, 1)}


def _left_edges(page: list[_Line]) -> set[int]:
    """Where two or more lines or runs of text of the page start."""
    starts = Counter(round(x) for line in page for x in {round(x) for x, _ in line.fragments})
    return {x + d for x, count in starts.items() if count >= 2 for d in (-1, 0, 1)}


def _width(text: str) -> float:
    """A generous estimate of the text's printed width, in type sizes (the text layer has no widths)."""
    return sum(0.3 if c in _NARROW else 0.75 if c.isupper() or c.isdigit() or c in "mwMW" else 0.56
               for c in text)


_NARROW = frozenset(" .,;:'’!|ilfjtrI()[]\"-")


def _blocks(pieces: list[_Piece], spacing: float) -> list[list[_Piece]]:
    """Runs of pieces one under the other at one left edge, in one type, as a cell's lines are."""
    blocks: list[list[_Piece]] = []
    for piece in pieces:
        last = blocks[-1][-1] if blocks else None
        if last is not None and _under(last, piece, spacing):
            blocks[-1].append(piece)
        else:
            blocks.append([piece])
    return blocks


def _under(above: _Piece, piece: _Piece, spacing: float) -> bool:
    a, b = above.line, piece.line
    if a.y is None or b.y is None or a.size != b.size or a.heading != b.heading:
        return False
    return abs(above.x - piece.x) <= 1 and 0 < a.y - b.y <= spacing * _BLOCK_GAP + 0.5


def _top(block: list[_Piece]) -> float:
    return block[0].line.y or 0.0


def _bottom(block: list[_Piece]) -> float:
    return block[-1].line.y or 0.0


def _row_spans(blocks: list[list[_Piece]], start: int, spacing: float) -> list[tuple[int, int]]:
    """The cells of the row that starts at block `start`, each a run of blocks (`blocks[i:j]`): each
    next cell to the right of the one before and over the same height as the row so far. A cell set
    in the middle of its row (CSS `vertical-align: middle`) beside a cell of two paragraphs stands
    between them, over neither: a cell's paragraphs are taken together when one alone would not do."""
    spans = _spans_from(blocks, [(start, start + 1)], spacing)
    if len(spans) == 1 and (stack := _stack_end(blocks, start, spacing)) > start + 1:
        stacked = _spans_from(blocks, [(start, stack)], spacing)  # the first cell's paragraphs together
        if len(stacked) > 1:
            i, j = stacked[1]
            if _centred(_top(blocks[i]), _bottom(blocks[j - 1]), blocks[start:stack]):
                return stacked
    return spans


def _spans_from(blocks: list[list[_Piece]], spans: list[tuple[int, int]], spacing: float) -> list[tuple[int, int]]:
    top, bottom = _top(blocks[spans[-1][0]]), _bottom(blocks[spans[-1][1] - 1])
    while (end := spans[-1][1]) < len(blocks):
        block, before = blocks[end], blocks[spans[-1][0]]
        if block[0].x <= before[0].x + block[0].line.size or block[0].line.y is None:
            break
        stack = _stack_end(blocks, end, spacing)
        if not _beside(top, bottom, block):
            if not _centred(top, bottom, blocks[end:stack]):  # the row so far set in the middle of this cell?
                break
        elif not _goes_on(blocks, stack, max(top, _top(block)), min(bottom, _bottom(blocks[stack - 1]))):
            stack = end + 1  # the last cell: its next paragraphs carry it on after the row (`_continued_cell`)
        top, bottom = max(top, _top(block)), min(bottom, _bottom(blocks[stack - 1]))
        spans.append((end, stack))
    return spans


def _goes_on(blocks: list[list[_Piece]], end: int, top: float, bottom: float) -> bool:
    """The row goes on at block `end`, to the right of the cell before and over the row's height
    (taken with all of that cell's paragraphs)."""
    if end >= len(blocks) or blocks[end][0].line.y is None:
        return False
    return blocks[end][0].x > blocks[end - 1][0].x + blocks[end][0].line.size and _beside(top, bottom, blocks[end])


def _beside(top: float, bottom: float, block: list[_Piece]) -> bool:
    """The block stands over part of the height of the row, from `top` down to `bottom`."""
    tolerance = block[0].line.size * 0.3
    return not (_top(block) < bottom - tolerance or _bottom(block) > top + tolerance)


def _centred(top: float, bottom: float, tall: list[list[_Piece]]) -> bool:
    """Text from `top` down to `bottom` stands halfway down a cell's paragraphs, as a browser centres
    a cell: not a box beside another's (a flowchart's "Yes" over its box, beside "No" over its own)."""
    tall_top, tall_bottom = _top(tall[0]), _bottom(tall[-1])
    return len(tall) > 1 and abs(top + bottom - tall_top - tall_bottom) / 2 <= tall[0][0].line.size * 0.25


def _stack_end(blocks: list[list[_Piece]], start: int, spacing: float) -> int:
    """The end of the run of blocks from `start` set one under the other at one left edge, no further
    apart than a cell's paragraphs are: one cell's paragraphs, if they stand in a table."""
    end = start + 1
    while (end < len(blocks) and abs(blocks[end][0].x - blocks[start][0].x) <= 1
           and blocks[end][0].line.size == blocks[start][0].line.size
           and 0 < _bottom(blocks[end - 1]) - _top(blocks[end]) <= spacing * _CELL_PARAGRAPH_GAP):
        end += 1
    return end


def _is_row(row: list[list[_Piece]]) -> bool:
    """Blocks side by side are a table's row, unless they are tall (columns of a page) or one
    block's sentence runs on into the next (text set in columns)."""
    if len(row) < 2 or any(len(block) > MAX_CELL_LINES for block in row):
        return False
    return not any(not ends_sentence(a[-1].text) and b[0].text[:1].islower()
                   for a, b in zip(row, row[1:], strict=False))


def _continued_cell(cells: list[list[_Piece]], block: list[_Piece]) -> int | None:
    """The cell a block below the row carries on (a cell's next paragraph), or None. Only a cell
    after the first: a block under the first cell is the next row's first cell."""
    for index, cell in enumerate(cells[1:], start=1):
        if abs(block[0].x - cell[0].x) <= 1 and _top(block) < _bottom(cell):
            return index
    return None


def _row_line(row: list[list[_Piece]]) -> _Line:
    cells = [_cell_text(block) for block in row]
    first = row[0][0].line
    if first.heading and all(piece.line.heading == first.heading for block in row for piece in block):
        # a heading printed in two languages side by side ("Pam mae rhannu'n bwysig | Why sharing
        # matters"): one heading, as a bilingual heading is written on one line
        return dataclasses.replace(first, text=" / ".join(cells), y=max(_top(b) for b in row), x=row[0][0].x,
                                   fragments=[])
    return dataclasses.replace(first, text="\t".join(cells), y=max(_top(b) for b in row), x=row[0][0].x,
                               fragments=[], heading=0, row=True)


def _cell_text(block: list[_Piece]) -> str:
    text = block[0].text
    for piece in block[1:]:
        broken = (re.search(r"[^\W\d_]-$", text) and piece.text[:1].islower()) or provision_broken(text, piece.text)
        text = text + piece.text if broken else f"{text} {piece.text}"
    return text
