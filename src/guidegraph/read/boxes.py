"""A flowchart drawn in plain text with box-drawing characters, as a one-page procedure typed in
a text editor or exported from a diagram tool draws it:

    ┌──────────────────┐   ┌──────────────────┐
    │ Call 999, then   │   │ Record the       │
    │ tell the DSL.    │   │ concern today.   │
    └──────────────────┘   └──────────────────┘

Each box is a paragraph of its own, never a heading: its borders are no text, the lines inside it
are one run of text (set on its first line, the others left blank so every line keeps its
number), and boxes side by side are read one after the other (left first), not line by line across.
A line of arrows with branch labels right over a row of boxes ("↓ If YES    ↓ If NO") labels the
box each arrow points into: "If YES: Call 999, ...", "If NO: Record the concern ...".
"""

from __future__ import annotations

import re

_BOX_CHARS = re.compile("[\u2500-\u257f]")
_CORNERS = re.compile("[┌╔╭┏╓╒][\u2500-\u257f]*?[┐╗╮┓╖╕]")
_VERTICALS = re.compile("[│┃║┆┇┊┋╎╏]")

_ARROWS = "\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b0d"
# "↓ If YES      ↓ If NO": arrows, each with a short label after it
_BRANCHES = re.compile(rf"^\s*(?:[{_ARROWS}]\s*[^{_ARROWS}\s][^{_ARROWS}]{{0,40}}?\s*)+$")
_BRANCH = re.compile(rf"[{_ARROWS}]\s*(?P<label>[^{_ARROWS}]*[^{_ARROWS}\s])")
_BRANCH_WORDS = 4

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

    labels: dict[int, str] = {}  # the branch label over each box of the row that opens next
    branches: list[tuple[int, str]] = []  # (offset, label) of a line of labelled arrows just read

    def close() -> None:
        columns = max((len(cells) for _, cells in band), default=0)
        for column in range(columns):
            rows = [(i, cells[column]) for i, cells in band if cells[column]]
            if rows:
                boxed.add(len(out))
                label = f"{labels[column]}: " if column in labels else ""
                out.append((rows[0][0], label + " ".join(text for _, text in rows)))
                out.extend((i, "") for i, _ in rows[1:])
            out.append((band[-1][0], ""))  # a box's text ends at its border
        band.clear()
        labels.clear()

    for i, text in pairs:
        if not _BOX_CHARS.search(text):
            close()
            spans = []  # a box's borders are read again for the next one
            found = _branches(text)
            if found:  # kept, and blanked when the next line opens the boxes the arrows point into
                branches = found
                out.append((i, text))
                continue
            branches = []
            out.append((i, text))
            continue
        inner = _VERTICALS.sub(" ", text)
        if not _BOX_CHARS.sub(" ", inner).strip():  # a border: "┌───┐   ┌───┐", "└───┘", "├───┤"
            close()
            opened = [(m.start(), m.end() - 1) for m in _CORNERS.finditer(text)]
            spans = opened or spans
            if opened and branches:
                labels.update(_label_boxes(branches, opened))
                out[-1] = (out[-1][0], "")  # the labels now open the boxes' text
            branches = []
            out.append((i, ""))
            continue
        branches = []
        cells = [_BOX_CHARS.sub(" ", text[left + 1:right]).strip() for left, right in spans]
        if not spans or not any(cells) or len(" ".join(cells).split()) < len(_BOX_CHARS.sub(" ", text).split()):
            cells = [" ".join(_BOX_CHARS.sub(" ", text).split())]  # text outside the boxes: one cell
        if band and len(cells) != len(band[0][1]):
            close()
        band.append((i, cells))
    close()
    return out, boxed


def _branches(text: str) -> list[tuple[int, str]]:
    """(offset, label) of each arrow of a line of labelled arrows ("↓ If YES   ↓ If NO"), else []."""
    if not _BRANCHES.match(text):
        return []
    found = [(m.start(), m["label"].strip()) for m in _BRANCH.finditer(text)]
    return found if all(len(label.split()) <= _BRANCH_WORDS for _, label in found) else []


def _label_boxes(branches: list[tuple[int, str]], spans: list[tuple[int, int]]) -> dict[int, str]:
    """Each box's label: the label of the arrow over it (one arrow to a box, else none are read)."""
    labels: dict[int, str] = {}
    for offset, label in branches:
        over = [k for k, (left, right) in enumerate(spans) if left <= offset <= right]
        if len(over) != 1 or over[0] in labels:
            return {}
        labels[over[0]] = label
    return labels
