"""Markdown shapes of a line beyond headings and lists: pipe-table rows, the labelled boxes
("> **Did you know?**") that leaflets and early-years guidance set beside their text, and
definition lists (a term, then ": its meaning" under it), as glossaries are converted."""

from __future__ import annotations

import re

_PIPE_ROW = re.compile(r"^\|(?P<cells>.*[^\\])\|$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BOX_LABEL = re.compile(r"^>\s?(?:\*\*|__)(?P<label>[^*_]{1,60})(?:\*\*|__)\s*$")
_QUOTED = re.compile(r"^>\s?(?P<text>\S.*)$")
_DEFINITION = re.compile(r"^:[ \t]+(?P<meaning>\S.*)$")
_TERM = re.compile(r"^(?P<mark>\*\*|__)?(?P<term>[^:*_].{0,60}?)(?P=mark)?$")


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


def join_definitions(lines: list[str]) -> list[str]:
    """A definition list's entry, "**Permission**" over ": When you say yes to something.", becomes
    one line, "Permission: When you say yes to something.", as a glossary's entry is written: the
    term heads no section. The term's own line is left blank, so every line keeps its number."""
    if not any(line.startswith(":") for line in lines):
        return lines
    out = list(lines)
    for i, line in enumerate(out):
        meaning = _DEFINITION.match(line)
        j = i - 1 if i and out[i - 1].strip() else i - 2  # a blank line may part the term from it
        term = _TERM.match(out[j].strip()) if meaning and j >= 0 else None
        if term and len(term["term"].split()) <= 8 and not term["term"].endswith("."):
            out[j], out[i] = "", f"{term['term'].strip()}: {meaning['meaning']}"
    return out
