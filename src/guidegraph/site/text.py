"""Corpus text made ready for templates: the spans cited in it, excerpts, word differences.

Templates only loop over the segments built here (`{"text": ..., "mark": ...}` and the like); the
text itself is escaped by jinja2's autoescape when rendered, whatever it contains. (A document's
text, linked inline, is written as HTML by `markup.py`.)
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

from guidegraph.site.data import Citation

Segment = dict[str, object]
_WORD_OR_SPACE = re.compile(r"\S+|\s+")
_NORMAL = re.compile(r"[^\w]+")
EXCERPT_CONTEXT = 110  # characters each side of a cited span in an excerpt


def counted(count: int, noun: str) -> str:
    """A count and its noun, as a page says it: "1 passage", "3 passages"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def cited_in(count: int) -> str:
    """How many passages cite something: "cited in 1 passage", "cited in 3 passages"."""
    return f"cited in {counted(count, 'passage')}"


def cited_spans(text: str, citations: Sequence[Citation]) -> list[Citation]:
    """The citations whose offsets really point at their text here, without overlaps, in order."""
    valid = [c for c in citations if c.start is not None and c.end is not None and text[c.start:c.end] == c.text
             and c.text]
    valid.sort(key=lambda c: (c.start, -(c.end or 0), c.target))
    spans: list[Citation] = []
    for citation in valid:
        if not spans or (citation.start or 0) >= (spans[-1].end or 0):
            spans.append(citation)
    return spans


def shared_readings(text: str, citations: Sequence[Citation], spans: Sequence[Citation]) -> dict[int, list[Citation]]:
    """For each of `spans` (by position in it), the other citations of exactly its words with other
    targets ("sections 10 and 11 of the Children Act 2004": section 11; a term of art read as each
    nation's law), in target order, one per target."""
    shared: dict[int, list[Citation]] = {}
    at = {(c.start, c.end): n for n, c in enumerate(spans)}
    for citation in sorted(citations, key=lambda c: c.target):
        n = at.get((citation.start, citation.end))
        if n is None or citation.target == spans[n].target or citation.text != spans[n].text:
            continue
        rows = shared.setdefault(n, [])
        if all(row.target != citation.target for row in rows):
            rows.append(citation)
    return shared


def excerpt(text: str, citations: Sequence[Citation], targets: set[str]) -> list[Segment]:
    """A short quote around the first span citing one of `targets` (marked), else the passage's start."""
    span = next((c for c in cited_spans(text, citations) if c.target in targets), None)
    if span is None:
        return [{"text": _clip(text, 0, 2 * EXCERPT_CONTEXT), "mark": False}]
    start, end = span.start or 0, span.end or 0
    before = _clip(text, max(0, start - EXCERPT_CONTEXT), start, left=True)
    after = _clip(text, end, end + EXCERPT_CONTEXT)
    return [{"text": before, "mark": False}, {"text": text[start:end], "mark": True}, {"text": after, "mark": False}]


def _clip(text: str, start: int, end: int, left: bool = False) -> str:
    """text[start:end] cut at whole words, with an ellipsis where it was cut."""
    piece = text[start:end]
    if left and start > 0:
        piece = "…" + piece[piece.find(" ") + 1:] if " " in piece else "…" + piece
    if not left and end < len(text):
        piece = (piece[: piece.rfind(" ")] if " " in piece.strip() else piece) + "…"
    return piece.replace("\n", " ")


def _words(text: str) -> list[str]:
    return _WORD_OR_SPACE.findall(text)


def _key(token: str) -> str:
    return _NORMAL.sub("", token.lower())


@lru_cache(maxsize=8192)  # the same two wordings meet again on large corpora (copies of a document)
def word_diff(text: str, other: str | None) -> tuple[Segment, ...]:
    """`text` in segments, `changed` where its words differ from `other` (case and punctuation aside)."""
    tokens = _words(text)
    if other is None:
        return ({"text": text, "changed": False},)
    mine = [_key(t) for t in tokens]
    theirs = [_key(t) for t in _words(other)]
    changed = [False] * len(tokens)
    matcher = difflib.SequenceMatcher(a=mine, b=theirs, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag != "equal":
            for i in range(i1, i2):
                changed[i] = bool(tokens[i].strip()) and bool(mine[i])
    return tuple(_merge(tokens, changed))


def _merge(tokens: list[str], changed: list[bool]) -> list[Segment]:
    """Adjacent tokens with the same flag joined; spaces between two changed words stay marked."""
    segments: list[Segment] = []
    for n, token in enumerate(tokens):
        flag = changed[n]
        if not token.strip() and 0 < n < len(tokens) - 1:
            flag = changed[n - 1] and changed[n + 1]
        if segments and segments[-1]["changed"] == flag:
            segments[-1]["text"] = str(segments[-1]["text"]) + token
        else:
            segments.append({"text": token, "changed": flag})
    return segments
