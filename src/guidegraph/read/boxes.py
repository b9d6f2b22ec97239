"""A flowchart drawn in plain text with box-drawing characters, as a one-page procedure typed in
a text editor or exported from a diagram tool draws it:

    ┌──────────────────┐   ┌──────────────────┐
    │ Call 999, then   │   │ Record the       │
    │ tell the DSL.    │   │ concern today.   │
    └──────────────────┘   └──────────────────┘

Each box is a paragraph of its own, never a heading: its borders are no text, the lines inside it
are one run of text (set on its first line, the others left blank so every line keeps its
number), and boxes side by side are read one after the other (left first), not line by line across.
"""

from __future__ import annotations

import re

_BOX_CHARS = re.compile("[\u2500-\u257f]")
_CORNERS = re.compile("[┌╔╭┏╓╒][\u2500-\u257f]*?[┐╗╮┓╖╕]")
_VERTICALS = re.compile("[│┃║┆┇┊┋╎╏]")

Pair = tuple[int, str]  # a source line's index and its text


def unbox(pairs: list[Pair]) -> tuple[list[Pair], set[int]]:
    """The lines with boxes' borders blank and the text of each box on a line of its own, and the
    positions (in the lines returned) of those boxes' lines."""
    if not any(_BOX_CHARS.search(text) for _, text in pairs):
        return pairs, set()
    out: list[Pair] = []
    boxed: set[int] = set()
    spans: list[tuple[int, int]] = []  # the boxes the last top border opened: (left, right) offsets
    band: list[tuple[int, list[str]]] = []  # the lines inside those boxes, cell by cell

    def close() -> None:
        columns = max((len(cells) for _, cells in band), default=0)
        for column in range(columns):
            rows = [(i, cells[column]) for i, cells in band if cells[column]]
            if rows:
                boxed.add(len(out))
                out.append((rows[0][0], " ".join(text for _, text in rows)))
                out.extend((i, "") for i, _ in rows[1:])
            out.append((band[-1][0], ""))  # a box's text ends at its border
        band.clear()

    for i, text in pairs:
        if not _BOX_CHARS.search(text):
            close()
            spans = []  # a box's borders are read again for the next one
            out.append((i, text))
            continue
        inner = _VERTICALS.sub(" ", text)
        if not _BOX_CHARS.sub(" ", inner).strip():  # a border: "┌───┐   ┌───┐", "└───┘", "├───┤"
            close()
            opened = [(m.start(), m.end() - 1) for m in _CORNERS.finditer(text)]
            spans = opened or spans
            out.append((i, ""))
            continue
        cells = [_BOX_CHARS.sub(" ", text[left + 1:right]).strip() for left, right in spans]
        if not spans or not any(cells) or len(" ".join(cells).split()) < len(_BOX_CHARS.sub(" ", text).split()):
            cells = [" ".join(_BOX_CHARS.sub(" ", text).split())]  # text outside the boxes: one cell
        if band and len(cells) != len(band[0][1]):
            close()
        band.append((i, cells))
    close()
    return out, boxed
