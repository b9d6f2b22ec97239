"""An RTF document's paragraphs, as read (`rtf`), written as the plain text the text reader
understands: a heading after its `#`s (a heading that is also a numbered list item, as Word's
heading numbering makes it, with its number before its text: "# 1. Introduction"), a numbered item
as its number, a tab and its text, a bullet as "- ", a table's row as its cells joined by " | ", a
paragraph's notes after it. A document with no styles (WordPad's) has its headings typed as short
lines all in bold: they take their level from their size among the document's bold headings, the
larger ones higher.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from guidegraph.read.docx import _MAX_HEADING_WORDS, _row_line, _tabs_in_running_text

BODY_SIZE = 24  # half-points: RTF's default 12pt
# "1.", "a)", "(iv)", "2.3.": a list item's printed number; anything else it prints is a bullet
_NUMBER = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]?$")
_MAX_TYPED_HEADING_WORDS = 15


@dataclass(frozen=True)
class Record:
    """A paragraph as read: its text, heading level, printed number or bullet, and how it was typed."""

    text: str
    level: int
    marker: str | None
    bold: bool
    size: int
    notes: tuple[str, ...]
    row: tuple[str, ...] | None = None


def as_lines(records: list[Record]) -> list[str]:
    """Each paragraph as a line of the text reader's markdown, its notes after it; headings typed
    in bold take their level from their size among the document's bold headings."""
    levels = _typed_heading_levels(records)
    lines = []
    for record in records:
        if record.row is not None:
            lines.append(_row_line(list(record.row)))
        else:
            lines.append(_line(record, levels))
        lines += record.notes
    return lines


def _line(record: Record, typed_levels: dict[int, int]) -> str:
    text = record.text
    if not text:
        return ""
    if record.level and record.marker is not None and len(text.split()) <= _MAX_HEADING_WORDS:
        return _numbered_heading(record)
    if record.marker is not None:
        number = record.marker.rstrip("\t ")
        return f"{number}\t{text}" if _NUMBER.match(number) else f"- {_tabs_in_running_text(text)}"
    text = _tabs_in_running_text(text)
    level = record.level or (typed_levels.get(record.size, 0) if _typed_heading(record) else 0)
    if level and len(text.split()) <= _MAX_HEADING_WORDS:
        return f"{'#' * min(level, 6)} {text}"
    return text


def _numbered_heading(record: Record) -> str:
    """A heading that is also a list's item (Word's heading numbering): its number opens its text, as
    a numbered heading of a Word document reads ("# 1. Introduction"), and a bullet is passed over."""
    number = record.marker.rstrip("\t ") if record.marker is not None else ""
    shown = f"{number} " if _NUMBER.match(number) else ""
    return f"{'#' * min(record.level, 6)} {shown}{_tabs_in_running_text(record.text)}"


def _typed_heading(record: Record) -> bool:
    """A short line all in bold, not a sentence: a heading typed by hand (WordPad has no styles)."""
    return (record.bold and not record.level and record.row is None and record.marker is None
            and len(record.text.split()) <= _MAX_TYPED_HEADING_WORDS and not record.text.endswith((".", ";", ",")))


def _typed_heading_levels(records: list[Record]) -> dict[int, int]:
    """Type size -> heading level: sizes above the body text's, largest first, then the body's size."""
    body = Counter(record.size for record in records if record.row is None and not record.bold)
    body_size = body.most_common(1)[0][0] if body else BODY_SIZE
    larger = sorted({record.size for record in records if _typed_heading(record) and record.size > body_size},
                    reverse=True)
    levels = {size: level for level, size in enumerate(larger, 1)}
    for record in records:
        if _typed_heading(record) and record.size <= body_size:
            levels[record.size] = len(larger) + 1
    return levels
