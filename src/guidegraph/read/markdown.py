"""Markdown shapes of a line beyond headings and lists: pipe-table rows, and the labelled boxes
("> **Did you know?**") that leaflets and early-years guidance set beside their text."""

from __future__ import annotations

import re

_PIPE_ROW = re.compile(r"^\|(?P<cells>.*[^\\])\|$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BOX_LABEL = re.compile(r"^>\s?(?:\*\*|__)(?P<label>[^*_]{1,60})(?:\*\*|__)\s*$")
_QUOTED = re.compile(r"^>\s?(?P<text>\S.*)$")


def pipe_cells(body: str) -> list[str] | None:
    """'| Children Act 1989 | Enquiries | Section 47 |' -> its cells; None for other lines."""
    match = _PIPE_ROW.match(body)
    if match is None:
        return None
    cells = [cell.strip() for cell in _CELL_SPLIT.split(match["cells"])]
    return cells if sum(1 for cell in cells if cell) >= 2 else None


def join_box_labels(lines: list[str]) -> list[str]:
    """A quoted box's bold label opens the box's paragraph ("> **Did you know?** You can share
    ...") rather than heading a section of the document. The label's own line is left blank, so
    every line keeps its number."""
    if not any(line.startswith(">") for line in lines):
        return lines
    out = list(lines)
    for i in range(len(out) - 1):
        label, quoted = _BOX_LABEL.match(out[i]), _QUOTED.match(out[i + 1])
        if label and quoted and not _BOX_LABEL.match(out[i + 1]):
            out[i], out[i + 1] = "", f"> {label['label'].strip()} {quoted['text']}"
    return out
