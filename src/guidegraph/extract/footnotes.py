"""Law given in footnotes and endnotes: "... must make enquiries.³" with "³ Section 47, Children
Act 1989" at the foot of the page or in a "Notes" list.

The note's citations are its own passage's; the passage carrying the mark cites them too (an
`anaphoric` citation whose span is the mark, noted with the note's text), and "the Act" in the
sentence the mark closes is the Act the note names rather than the nearest one before it.

A note is a line opening with a superscript number ("³ Section 47 ..."), a markdown definition
("[^3]: Section 47 ..."), a bracketed number ("[3] Section 47 ..."), or an item of a numbered
list under a "Notes", "Footnotes" or "Endnotes" heading. A mark is a superscript number after a
word or stop ("harm.³", the HTML reader's "harm ³"), "<sup>3</sup>" left in converted text, "[^3]",
or "[3]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from guidegraph.model import Citation, Passage, SegmentedDocument
from guidegraph.read.note_marks import PLAIN_MARK, PLAIN_NOTE

_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(_SUPER, "0123456789")
# A Word or web export often keeps an endnote's number in brackets: "... for the area [1]." with
# "[1] Children Act 2004, section 16E." under "Notes".
_NUMBERS = rf"(?P<sup>[{_SUPER}]+)|\[\^(?P<md>\w{{1,6}})\]|\[(?P<br>\d{{1,3}})\]"
_NOTE_LINE = re.compile(rf"^\s*(?:(?:{_NUMBERS}):?|<sup>(?P<tag>\d{{1,3}})</sup>)\s*(?=\S)")
_MARK = re.compile(rf"(?<=\S)\s?(?:(?:{_NUMBERS})(?!:)|<sup>(?P<tag>\d{{1,3}})</sup>)")
# A PDF's text loses superscripts: "... their functions.13" with "13 Section 16H of the Children
# Act 2004." at the page's foot. The text reader raises such marks (`read.note_marks`); a text
# another reader gave still has them plain, and they count here on the same terms.
_NOTES_HEADING = re.compile(r"^\s*(?:\d+\.?\s+)?(?:foot|end)?notes?\s*$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=\S)")
_REPOINTED = frozenset({"anaphoric", "short-title"})


def link_footnotes(doc: SegmentedDocument, citations: list[Citation]) -> list[Citation]:
    """The citations with those of each note also given to the passages that mark it."""
    titles = {s.id: s.title for s in doc.sections}
    notes = dict(_notes(doc.passages, titles)) if any(_MARK.search(p.text) for p in doc.passages) else {}
    plain_notes = dict(_plain_notes(doc.passages))
    if not notes and not plain_notes:
        return citations
    by_passage: dict[str, list[Citation]] = {}
    for citation in citations:
        by_passage.setdefault(citation.passage_id, []).append(citation)
    linked: list[Citation] = []
    for passage in doc.passages:
        own = by_passage.pop(passage.id, [])
        own = _with_notes(passage, own, _MARK, notes, citations)
        linked += _with_notes(passage, own, PLAIN_MARK, plain_notes, citations)
    return linked + [c for group in by_passage.values() for c in group]  # headings' without a passage


def _notes(passages: Iterable[Passage], titles: dict[str, str]) -> Iterable[tuple[str, tuple[str, int, int, str]]]:
    """(number, (passage id, start, end, text)) of each note line."""
    for passage in passages:
        listed = passage.kind == "list" and _NOTES_HEADING.match(titles.get(passage.section or "", ""))
        pos = 0
        for line in passage.text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            found = _NOTE_LINE.match(line)
            if found and found["sup"]:  # "¹ Children Act 1989, s47. ² Working Together 2023.": notes run on
                for at, note in _run_on_notes(line):
                    yield note["sup"].translate(_DIGITS), (passage.id, start + at, start + at + len(note[0]),
                                                           note["text"])
            elif found:
                number = found["md"] or found["br"] or found["tag"]
                yield number, (passage.id, start, end, line[found.end():])
            elif listed:
                item = _item_number(passage, line)
                if item:
                    yield item, (passage.id, start, end, line)


_RUN_ON_NOTE = re.compile(rf"(?:^|(?<=\s))(?P<sup>[{_SUPER}]+):?\s*(?P<text>.+?)\s*(?=\s[{_SUPER}]+\s|$)")


def _run_on_notes(line: str) -> Iterable[tuple[int, re.Match[str]]]:
    """Each note of a line of raised-number notes, with where it starts in the line."""
    return ((note.start(), note) for note in _RUN_ON_NOTE.finditer(line))


def _plain_notes(passages: Iterable[Passage]) -> Iterable[tuple[str, tuple[str, int, int, str]]]:
    """(number, note) of each paragraph opening with a bare number: "13 Section 16H of ..."."""
    for passage in passages:
        found = PLAIN_NOTE.match(passage.text) if passage.kind == "paragraph" else None
        if found:
            yield found["number"], (passage.id, 0, len(passage.text), passage.text[found.end():])


def _item_number(passage: Passage, line: str) -> str:
    for text, marker in zip(passage.items, passage.markers, strict=False):
        if text == line and marker.rstrip(".)").isdigit():
            return marker.rstrip(".)")
    return ""


def _with_notes(passage: Passage, own: list[Citation], marks: re.Pattern[str],
                notes: dict[str, tuple[str, int, int, str]], citations: list[Citation]) -> list[Citation]:
    added: list[Citation] = []
    for mark in marks.finditer(passage.text) if notes else ():
        number = _number(mark)
        note = notes.get(number)
        if note is None or _in_note(passage, mark.start(), notes):
            continue
        pid, start, end, text = note
        cited = [c for c in citations if c.passage_id == pid and start <= c.start < end
                 and not c.negation and c.kind != "implicit" and c.heading is None]
        if not cited:
            continue
        own = _repointed(passage.text, own, mark.start(), cited)
        have = {(c.basis, c.provision) for c in own + added if not c.negation and c.kind != "implicit"}
        line = min(passage.line_start + passage.text.count("\n", 0, mark.start()), passage.line_end)
        for c in cited:
            if (c.basis, c.provision) not in have:
                have.add((c.basis, c.provision))
                added.append(Citation(passage.id, c.basis, c.provision, mark.group(0).strip(), mark.start(),
                                      mark.end(), "anaphoric", line, f"footnote {number}: {text.strip()}"))
    return sorted(own + added, key=lambda c: (c.heading is None, c.start)) if added else own


def _number(mark: re.Match[str]) -> str:
    groups = mark.groupdict()
    return ((groups.get("sup") or "").translate(_DIGITS) or groups.get("md") or groups.get("br")
            or groups.get("tag") or mark["number"])


def _in_note(passage: Passage, offset: int, notes: dict[str, tuple[str, int, int, str]]) -> bool:
    return any(pid == passage.id and start <= offset < end for pid, start, end, _ in notes.values())


def _repointed(text: str, own: list[Citation], mark: int, cited: list[Citation]) -> list[Citation]:
    """"the Act" in the sentence a mark closes is the one Act its note names."""
    bases = {c.basis for c in cited}
    if len(bases) != 1:
        return own
    [basis] = bases
    sentence = max((m.end() for m in _SENTENCE_START.finditer(text, 0, mark)), default=0)
    out = []
    for c in own:
        if c.kind in _REPOINTED and c.heading is None and sentence <= c.start < mark and c.basis != basis:
            provision = replace(c.provision, basis=basis) if c.provision else None
            c = replace(c, basis=basis, provision=provision, note=f"named by its footnote: {c.note}".rstrip(": "))
        out.append(c)
    return out
