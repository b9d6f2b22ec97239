"""Numbered paragraphs written as a numbered list: statutory guidance numbers its paragraphs
through a whole document ("85. The safeguarding partners ...", "86. ..."), and a conversion to
markdown or text writes them as items of a list numbered from well above 1.

Such a run is not a list: each paragraph opens a section of its own ("85"), as "4.11 A duty of
confidence ..." does, under the heading it stands below. A run counts when its numbers follow
one another from `FIRST_MIN` or more and half or more of its items are paragraphs of two sentences
or a long one, or when it carries on the count of a run read so and its items are sentences. A
list of short steps that carries on its count after a table ("4. Tell the referrer ...") stays a
list, and so does a document numbered from 1 as a list throughout.

Once a document shows it numbers its paragraphs (a run read so from well above 1), a run from 1
straight under a heading whose items are paragraphs too is read the same way: KCSIE's paragraphs
1 and 2 are not a list, its "What to do:" over three short steps is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from guidegraph.model import Block

FIRST_MIN = 10  # a list rarely starts here; paragraph numbering through a document often does
SENTENCE_MIN = 60  # characters of the shortest paragraph
LONG_MIN = 200  # characters of a paragraph long in one sentence (the segmenter's list item maximum)
_SENTENCE_END = re.compile(r"[a-z0-9)’”'\"][.!?](?:\s+|$)")


def numbered_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of numbered paragraphs read as paragraphs that open sections.

    A run that carries on the count of the run before it (across a heading) is read as that run
    was: a document numbered from 1 as a list throughout stays so, whatever its later numbers."""
    out = list(blocks)
    last, converted = 0, False  # the last number of the run before, and whether it was converted
    for i, end in _runs(out):
        numbers = [int(b.marker or "0") for b in out[i:end]]
        carries_on = last > 0 and numbers[0] == last + 1
        items = out[i:end]
        if carries_on:
            numbered = converted and _sentences(items)
        else:
            numbered = numbers[0] >= FIRST_MIN and _mostly_paragraphs(items)
        if numbered:
            _as_paragraphs(out, i, end)
        converted = numbered
        last = numbers[-1]
    return _first_paragraphs(out) if any(b.number and int(b.number) >= FIRST_MIN for b in out
                                         if b.kind == "paragraph" and (b.number or "").isdigit()) else out


def _first_paragraphs(blocks: list[Block]) -> list[Block]:
    """Runs from 1 straight under a heading, of paragraphs, read as numbered paragraphs (in a
    document that numbers its paragraphs)."""
    out = list(blocks)
    for i, end in _runs(out):
        items = out[i:end]
        if items[0].marker == "1" and i > 0 and out[i - 1].kind == "heading" and _mostly_paragraphs(items):
            _as_paragraphs(out, i, end)
    return out


def _runs(blocks: list[Block]) -> Iterator[tuple[int, int]]:
    """Where each run of numbered items starts and ends, in order (read as `blocks` is changed)."""
    i = 0
    while i < len(blocks):
        end = _run_end(blocks, i)
        if end == i:
            i += 1
            continue
        yield i, end
        i = end


def _as_paragraphs(out: list[Block], start: int, end: int) -> None:
    """The run `out[start:end]` read as numbered paragraphs, one level below the heading above."""
    level = _level_below_heading(out, start)
    for k in range(start, end):
        out[k] = replace(out[k], kind="paragraph", number=out[k].marker, marker=None, level=level)


def _run_end(blocks: list[Block], start: int) -> int:
    """The end of the run of items numbered one after another from `start` (`start` when none)."""
    end, expected = start, None
    while end < len(blocks):
        block = blocks[end]
        if block.kind != "item" or not (block.marker or "").isdigit() or block.number:
            break
        if expected is not None and int(block.marker or "0") != expected:
            break
        expected = int(block.marker or "0") + 1
        end += 1
    return end


def _sentences(items: list[Block]) -> bool:
    return all(len(b.text) >= SENTENCE_MIN for b in items)


def _mostly_paragraphs(items: list[Block]) -> bool:
    """Every item a sentence at least, and half of them or more two sentences or a long one."""
    if not _sentences(items):
        return False
    long = sum(1 for b in items if len(_SENTENCE_END.findall(b.text)) >= 2 or len(b.text) >= LONG_MIN)
    return 2 * long >= len(items)


def _level_below_heading(blocks: list[Block], start: int) -> int:
    heading = next((b for b in reversed(blocks[:start]) if b.kind == "heading"), None)
    return heading.level + 1 if heading else 2
