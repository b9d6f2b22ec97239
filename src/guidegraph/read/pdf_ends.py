"""Where a line of a PDF's text ends its paragraph or list entry, though the next line follows
closely: a browser draws a list's bullets as shapes, so its items leave no marker in the text
layer and are printed as close as a paragraph's lines.

A line ends short when the next line's first word would have fitted on it (its length against the
longest lines that start where it starts), when the next line starts further right, or when the
next is a footnote. A line nearly filling a narrow column leaves no room to tell by; a run of such
lines, each starting with a capital where the line before ended a sentence or a phrase, is a list
(`entry_starts`) when most of its lines, four at least, start so: prose rarely does. Three lines
or more set in under a heading by a bullet's room, every one starting so, are a list too (a slide's
points under its title: body text starts at its heading's left edge).

A browser also sets a list's items right of the line that leads into it, by the room its bullets
take: two or more entries set close together at one left edge, just under a line that ends
whole and starts further left, are a list's items (`shaped_bullets`), and are given a bullet. Under
a lead-in ending in a colon, the lines set in by a bullet's room, each starting with a capital after
a finished sentence, are such entries though they fill their lines (`led_in_entries`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guidegraph.read.pdf import _Line

_ROOM_LEFT = 0.85  # a line this much shorter than the widest, in characters, had room for another word
_ROOM_LEFT_UNFINISHED = 0.75  # the same for a line with no full stop (a list of titles): surer
_INDENT = 0.8  # a line starting this many type sizes right of the one before starts a new block
_MIN_ENTRIES = 4  # a run of lines is a list when this many of them start an entry ...
_ENTRY_SHARE = 0.6  # ... and at least this share of its lines do
_SENTENCES = 0.75  # a list whose entries end in a stop this often is a list of sentences
_MIN_BULLETED = 3  # or when this many lines or more, every one starting an entry, are set in under a heading
LIST_MARKER = re.compile(
    r"^(?:[•·▪●◦■□➢✓\uf0b7\uf0a7\uf076\uf0d8]\s*|[-*–—o]\s+"
    r"|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})[.)]\s+)"
)
SENTENCE_END = re.compile(r"[.!?:;][\"'’”)\]]*$")
_NOTE = re.compile(r"^\d{1,3}\s+[A-Z]")  # "3 Section 47 of ...": a footnote at the page's foot
_OPENING = "\"'‘“([«"  # quotes and brackets before a sentence's first letter
_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+(?=\S)")  # "8.1 " before a paragraph's first word
# A line ending so cannot end an entry: the phrase runs on ("... the", "... 1989,").
_RUNS_ON = re.compile(r"(?:[,\-–—(/&]|\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|that|under|is|are))$",
                      re.I)


def entry_starts(page: list[_Line], gap: float) -> set[int]:
    """The ids of lines that start a list's entry in a run of lines set close together at one left
    edge in one type, when most of the run's lines start one (a list whose lines nearly fill their
    column: each entry's end leaves no room to tell it by)."""
    starts: set[int] = set()
    above = {id(line): before for before, line in zip(page, page[1:], strict=False)}
    for run in _runs(page, gap):
        pairs = [(before, line) for before, line in zip(run, run[1:], strict=False) if _starts_entry(before, line)]
        if sum(SENTENCE_END.search(before.text) is not None for before, _ in pairs) >= len(pairs) * _SENTENCES:
            # a list of sentences (an Easy Read page's, one a line): a line ending in no stop wraps
            # its sentence onto the next, though the next starts with a capital ("... Well-being" over
            # "(Wales) Act 2014.")
            pairs = [(before, line) for before, line in pairs if SENTENCE_END.search(before.text)]
        entries = [line for _, line in pairs]
        count = len(entries) + run[0].text.lstrip(_OPENING)[:1].isupper()  # the first line opens one too
        if (count >= _MIN_ENTRIES and count >= len(run) * _ENTRY_SHARE) or (
                count == len(run) >= _MIN_BULLETED and _bulleted_under(above.get(id(run[0])), run[0])):
            starts |= {id(line) for line in entries}
    return starts


def _bulleted_under(heading: _Line | None, first: _Line) -> bool:
    """The run starts right under a heading and right of its left edge, by a bullet's room: a
    slide's points under its title (body text starts where its heading does)."""
    return heading is not None and bool(heading.heading) and _indented(heading, first)


def _runs(page: list[_Line], gap: float) -> list[list[_Line]]:
    runs: list[list[_Line]] = []
    for before, line in zip([None, *page], page, strict=False):
        if before is not None and runs and runs[-1][-1] is before and _together(before, line, gap):
            runs[-1].append(line)
        elif not (line.heading or line.row):
            runs.append([line])
    return runs


def _together(before: _Line, line: _Line, gap: float) -> bool:
    if line.heading or line.row or before.x is None or line.x is None or before.y is None or line.y is None:
        return False
    return abs(before.x - line.x) <= 1 and before.size == line.size and 0 < before.y - line.y <= gap + 0.5


def _starts_entry(before: _Line, line: _Line) -> bool:
    return line.text.lstrip(_OPENING)[:1].isupper() and not _RUNS_ON.search(before.text)


def shaped_bullets(page: list[_Line], separators: list[str]) -> set[int]:
    """The ids of lines that start an item of a list whose bullets are shapes: the entries of a
    run of lines at one left edge, set close together (`separators[k]` goes between lines k and
    k + 1: "\n" ends an entry, " " or "" carries it on), indented under a whole line that leads
    into them ("Key messages" over its points; a paragraph's hanging number is no lead)."""
    marked: set[int] = set()
    i = 1
    while i < len(page):
        if separators[i - 1] != "\n" or not _leads_list(page[i - 1], page[i]):
            i += 1
            continue
        end = i + 1
        while end < len(page) and separators[end - 1] != "\n\n" and _same_edge(page[i], page[end]):
            end += 1
        starts = [i, *(k for k in range(i + 1, end) if separators[k - 1] == "\n")]
        if len(starts) >= 2 and not any(LIST_MARKER.match(page[k].text) for k in starts):
            marked |= {id(page[k]) for k in starts}
        i = end
    return marked


def led_in_entries(page: list[_Line], spacing: float) -> set[int]:
    """The indexes of lines that start an entry of a list under a lead-in ("... tell you of a change
    in their household:"), set right of it by its bullets' room, a little apart from it and from one
    another (a list's margins): each line of the run at one left edge that starts with a capital
    where the line before ended a sentence, two at least. Its items may fill their lines, so they
    cannot be told by where they end."""
    found: set[int] = set()
    for i in range(1, len(page)):
        lead, first = page[i - 1], page[i]
        if not lead.text.rstrip().endswith(":") or lead.heading or first.heading or not _indented(lead, first) \
                or not _near(lead, first, spacing * _LIST_GAP) or not first.text.lstrip(_OPENING)[:1].isupper():
            continue
        run = [i]
        while run[-1] + 1 < len(page) and _same_column(first, page[run[-1] + 1]) \
                and _near(page[run[-1]], page[run[-1] + 1], spacing * _LIST_GAP):
            run.append(run[-1] + 1)
        starts = [i, *(k for k in run[1:] if SENTENCE_END.search(page[k - 1].text)
                       and page[k].text.lstrip(_OPENING)[:1].isupper())]
        if len(starts) >= 2:
            found |= set(starts)
    return found


_LIST_GAP = 1.6  # a list's items stand a little further apart than a paragraph's lines, no more


def _same_column(first: _Line, line: _Line) -> bool:
    return (not line.heading and not line.row and first.x is not None and line.x is not None
            and abs(first.x - line.x) <= 1 and first.size == line.size)


def _near(before: _Line, line: _Line, limit: float) -> bool:
    return before.y is None or line.y is None or 0 < before.y - line.y <= limit + 0.5


def _same_edge(first: _Line, line: _Line) -> bool:
    return _together(first, line, float("inf"))  # below it, in its type, at its left edge


def _leads_list(lead: _Line, first: _Line) -> bool:
    if lead.heading or lead.row or first.row or _RUNS_ON.search(lead.text):
        return False
    return _indented(lead, first) and first.text.lstrip(_OPENING)[:1].isupper()


def widest_lines(page: list[_Line]) -> dict[tuple[int, float], int]:
    """The most characters a line holds, by where lines start and their type size, from lines a
    sentence runs on from (so surely full); key x = -1 holds the widest line of the page in a size."""
    widest: dict[tuple[int, float], int] = {}
    for line, after in zip(page, [*page[1:], None], strict=True):
        if line.row:
            continue
        size_key = (-1, line.size)
        widest[size_key] = max(widest.get(size_key, 0), len(line.text))
        if after is not None and after.x == line.x and after.size == line.size and after.text[:1].islower():
            key = (round(line.x or 0), line.size)
            widest[key] = max(widest.get(key, 0), len(line.text))
    return widest


def ends_short(before: _Line, line: _Line, widest: dict[tuple[int, float], int]) -> bool:
    """The next line's first word would have fitted on this line, or the next line starts further
    right or is a footnote: the end of a paragraph or of a list item printed with no gap (a
    browser draws bullets as shapes, so its list items leave no marker in the text layer)."""
    if before.heading or line.heading or before.row:
        return False
    if _NOTE.match(line.text) and SENTENCE_END.search(before.text):
        return True
    # a paragraph's number ("8.1 Chloe, aged 15, ...") opens it as its capital would
    if not _CLAUSE_NUMBER.sub("", line.text.lstrip(_OPENING), count=1)[:1].isupper():
        return False
    if _indented(before, line):
        return True
    full = widest.get((round(before.x or 0), before.size)) or widest.get((-1, before.size), 0)
    first_word = len(line.text.split(" ", 1)[0])
    room = _ROOM_LEFT if SENTENCE_END.search(before.text) else _ROOM_LEFT_UNFINISHED
    return len(before.text) + 1 + first_word < full * room


def _indented(before: _Line, line: _Line) -> bool:
    """The line starts further right than the one before, and not where the text after its
    number or marker starts (a hanging indent)."""
    if before.x is None or line.x is None or line.x <= before.x + line.size * _INDENT:
        return False
    return not LIST_MARKER.match(before.text) and all(abs(x - line.x) > 1 for x, _ in before.fragments[1:])
