"""Myth-busting statements and their answers, clustered into myth concepts across documents.

Layouts recognised: a statement (heading or short paragraph, or a table row's first cell)
answered by "No – ..." anywhere;
inside a myth-busting or FAQ section, any statement or question answered "No," / "Yes." /
"Not necessarily ..."; "Myth:" / "Fact:" (or "Reality:", "Truth:"; "Misconception:" / "In fact:")
pairs, also as headings of their own over each half; Q&A pages ("Q3. Does ...?" then "A. No. ..." or a plain answer, or
both on one line); numbered myth lists holding both halves on one line ("1 – Consent is always
needed: No. ..."); a belief named in running text ("It is a myth that ...") or reported and denied
("Some people think ... This is not true."); a quiz's statement set as a heading, answered past a
short note to the presenter ("Ask the room to vote, then reveal the answer."). This module walks a
document's flow; `myth_pairs` holds the layouts a unit, or a unit and the next, hold a myth in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import takewhile

from guidegraph.extract._flow import Unit, flow
from guidegraph.extract.case_parts import is_case_label
from guidegraph.extract.myth_concepts import cluster
from guidegraph.extract.myth_pairs import (
    CONTEXT,
    MAX_STATEMENT_WORDS,
    MYTH,
    MYTH_WORDS,
    NAMED_MYTH,
    NUMBERING,
    QUOTED_BELIEF,
    REPORTED_BELIEF,
    Found,
    answers_above,
    is_yes_no_question,
    myth_fact,
    pair_at,
    unquoted,
)
from guidegraph.extract.myth_verdicts import verdict_of
from guidegraph.model import MythStatement, SegmentedDocument

# A quiz slide's title over a statement, and the next slide's title revealing what it is.
_QUIZ_CHOICE = r"myth\s+or\s+fact|fact\s+or\s+myth|true\s+or\s+false"
_QUIZ_TITLE = re.compile(rf"^(?:{_QUIZ_CHOICE})\s*\??$", re.IGNORECASE)
# A quiz under any heading ("Quick check") says what to do first: "Choose True or False for each statement".
_QUIZ_INSTRUCTION = re.compile(rf"\b(?:{_QUIZ_CHOICE})\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?\s+[A-Z]")  # a belief is one sentence
_QUIZ_REVEAL = re.compile(r"^(?:it\s+is\s+a\s+|it[’']s\s+a\s+)?(?:myth|fact)\s*[!.]?$", re.IGNORECASE)
_BARE_LABEL = re.compile(rf"^(?:myth|misconception|fact|reality|truth){NUMBERING}\s*[:.]?$", re.IGNORECASE)
# Headings that name the myths themselves (not FAQs, whose sub-headings may be open questions).
_MYTHS_NAMED = re.compile(MYTH_WORDS, re.IGNORECASE)
# A paragraph opening with its own label ("Myth: ...", "Fact: ..."): a heading over it that is only a
# label ("Myth 1", a tab's) adds none.
_OWN_LABEL = re.compile(r"^(?:myth|misconception|fact|reality|truth)\s*[:–—-]", re.IGNORECASE)
_MAX_NOTE_WORDS = 25  # a presenter's note between a quiz's statement and its answer is short
_FULL_STOP = re.compile(r"(?<!\.)\.\s*$")  # not an ellipsis
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # a quiz's "1. You must always ask ...": its place, no wording


def find_myths(docs: Sequence[SegmentedDocument]) -> list[MythStatement]:
    """Every myth or yes/no question answered in the documents, each with its shared concept id."""
    return align_myths([myth for doc in docs for myth in document_myths(doc)])


def document_myths(doc: SegmentedDocument) -> list[MythStatement]:
    """The myths and yes/no questions answered in one document, not yet aligned with other
    documents' (their concept is empty): this part is cached with the document's other findings."""
    return [MythStatement("", _as_stated(f.statement), f.answer, f.verdict, doc.meta.slug, f.passage_id,
                          f.answer_passage_id, f.kind)
            for f in _find_in(flow(doc))]


def align_myths(myths: Sequence[MythStatement]) -> list[MythStatement]:
    """`myths` each with the id of the concept it shares with the corpus's other wordings of it."""
    concepts = cluster([m.statement for m in myths])
    return [replace(myth, concept=concept) for myth, concept in zip(myths, concepts, strict=True)]


def _as_stated(statement: str) -> str:
    """The belief as one wording of it, whatever the layout: unquoted, without a closing full stop
    (a heading has none, a sentence has one, an inline pair loses it at the split), so the same
    myth reads the same in every document. A "?" stays: it makes the statement a question."""
    return _FULL_STOP.sub("", unquoted(_FULL_STOP.sub("", _LIST_NUMBER.sub("", statement.strip()))))


# ---------------------------------------------------------------------------------------------
# Recognising statements and answers in a document's flow (each layout: `myth_pairs`)


def _find_in(units: list[Unit]) -> Iterator[Found]:
    units = _labels_folded(units)
    context_level: int | None = None
    myths_level: int | None = None  # a heading naming myths: its sub-headings are the myths
    i = 0
    while i < len(units):
        unit = units[i]
        following = units[i + 1] if i + 1 < len(units) else None
        if unit.kind == "heading":
            context_level = _context_after(unit, following, context_level)
            myths_level = _myths_heading_after(unit, myths_level)
        if _heading_myth(unit, following, myths_level):
            yield _heading_answered(unit, following)  # type: ignore[arg-type]
            i += 2
            continue
        next_but_one = units[i + 2] if i + 2 < len(units) else None
        if context_level is not None and _answered_past_a_note(unit, following, next_but_one):
            yield _heading_answered(unit, next_but_one)  # type: ignore[arg-type]
            i += 3
            continue
        found, used = pair_at(unit, following, context_level is not None)
        after = units[i + used] if used == 2 and i + 2 < len(units) else None
        if found and not _branches(following, after):
            # a card's belief in quotation marks: its answer runs on to the next card's belief
            carded = context_level is not None and used == 2 and QUOTED_BELIEF.match(unit.plain) is not None
            reasons = _reasons_after(units, i + used) if _bare_verdict(found.answer) or carded else []
            said = [found.answer, *(u.plain for u in reasons)]
            if len(said) > 1 and _BARE_LABEL.match(said[0]):
                said = said[1:]  # a card's "FACT" label over its answer
            yield replace(found, answer=" ".join(said))
            used += len(reasons)
        i += used


_MAX_REASONS = 4  # paragraphs of one sentence each, as an Easy Read page sets its answer


def _bare_verdict(answer: str) -> bool:
    """A verdict with no reason given ("This is not true.", "No."): the reason follows."""
    return len(answer.split()) <= 5 and verdict_of(answer) is not None


def _reasons_after(units: list[Unit], start: int) -> list[Unit]:
    """The paragraphs after a bare verdict that give its reason (or that go on with a card's answer):
    up to the next heading, or the next paragraph that states or answers a belief of its own."""
    reasons: list[Unit] = []
    for k in range(start, min(len(units), start + _MAX_REASONS)):
        unit = units[k]
        following = units[k + 1] if k + 1 < len(units) else None
        if unit.kind != "paragraph" or pair_at(unit, following, False)[0] is not None:
            break
        if (NAMED_MYTH.match(unit.plain) or REPORTED_BELIEF.match(unit.plain) or myth_fact(unit, following)
                or _BARE_LABEL.match(unit.plain)  # the next card's "MYTH" label
                or QUOTED_BELIEF.match(unit.plain) or unit.plain.rstrip().endswith("?")):  # the next question
            break
        reasons.append(unit)
    return reasons


def _labels_folded(units: list[Unit]) -> list[Unit]:
    """A heading that is only "Myth" or "Reality" (web pages give each half its own heading)
    becomes the label of the paragraph under it: "Myth: ...", "Reality: ...", as other pages write it.
    A quiz's slides fold so too: a "Myth or fact?" slide's statement reads "Myth or fact? ...", and
    the next slide's "Myth!" title opens its answer, the text under it."""
    folded: list[Unit] = []
    quiz = False  # a quiz's statement folded, its answer's title next
    i = 0
    while i < len(units):
        unit, previous = units[i], units[i - 1] if i else None
        # the heading over this text, which `folded` ends with
        title = previous.plain if previous is not None and previous.kind == "heading" and unit.kind != "heading" else ""
        if title and _BARE_LABEL.match(title) and unit.kind == "paragraph" and not _OWN_LABEL.match(unit.plain):
            folded[-1] = replace(unit, text=f"{title.rstrip(':.')}: {unit.text}")
        elif (title and _QUIZ_TITLE.match(title) and len(unit.plain.split()) <= MAX_STATEMENT_WORDS
              and not MYTH.match(unit.plain) and not _labelled_after(units, i)  # a quiz's page titled so
              and not _SENTENCE_BREAK.search(unit.plain)):  # (not the lead-in over its cards: "... None is true.")
            folded[-1] = replace(unit, kind="paragraph", text=f"{title.rstrip('?')}? {unit.text}")
            quiz = True
        elif title and quiz and _QUIZ_REVEAL.match(title):
            answer = list(takewhile(lambda u: u.kind != "heading", units[i:]))
            said = " ".join(u.plain if u.plain.rstrip("\"'”’)")[-1:] in ".!?" else f"{u.plain}." for u in answer)
            folded[-1] = replace(unit, kind="paragraph", text=f"{title} {said}")
            quiz = False
            i += len(answer)
            continue
        else:
            quiz = quiz and unit.kind == "heading" and bool(_QUIZ_REVEAL.match(unit.plain))
            folded.append(unit)
        i += 1
    return folded


def _labelled_after(units: list[Unit], at: int) -> bool:
    """The unit after `at` is a bare "MYTH" or "FACT" label: the section labels its own beliefs, and
    the text at `at`, under its "Myth or fact?" title, leads into them."""
    return at + 1 < len(units) and bool(_BARE_LABEL.match(units[at + 1].plain))


def _context_after(heading: Unit, following: Unit | None, level: int | None) -> int | None:
    """Myth-busting context opens at a heading naming it and lasts while headings at its level
    keep being answered; a higher heading closes it."""
    if CONTEXT.search(heading.plain) or (following is not None and following.kind == "paragraph"
                                         and _QUIZ_INSTRUCTION.search(following.plain)):
        return heading.level
    if level is None or heading.level > level:
        return level
    if heading.level == level and following is not None and answers_above(following, True):
        return level
    return None


def _myths_heading_after(heading: Unit, level: int | None) -> int | None:
    """The level of the nearest heading above that names myths ("Myths and facts"), while the
    headings since have been below it. A page's title ("Early help: myth buster") heads
    everything on the page, its sections too: it opens no such list."""
    if _MYTHS_NAMED.search(heading.plain) and not heading.plain.endswith("?") and heading.level > 1:
        return heading.level
    return level if level is not None and heading.level > level else None


def _heading_myth(unit: Unit, following: Unit | None, myths_level: int | None) -> bool:
    """"Consent is always needed to share" as a sub-heading of "Myths and facts", the fact in
    the paragraphs under it (a GOV.UK page gives each myth an <h3>): the heading is the belief,
    whether or not its answer opens with a verdict. Open questions and labels are no beliefs."""
    if myths_level is None or unit.kind != "heading" or unit.level <= myths_level:
        return False
    if following is None or following.kind != "paragraph" or _MYTHS_NAMED.search(unit.plain):
        return False
    if is_case_label(unit.plain):  # "Case example: Jayden, aged 12" heads a story, no belief
        return False
    text = unit.plain
    return (4 <= len(text.split()) <= MAX_STATEMENT_WORDS and not text.endswith(":")
            and (not text.endswith("?") or is_yes_no_question(text)))


def _answered_past_a_note(unit: Unit, note: Unit | None, answer: Unit | None) -> bool:
    """A quiz's statement set as a heading ("You must always get consent."), a note to the
    presenter under it ("Ask the room to vote, then reveal the answer.") and then its answer
    ("False. ..."): the heading is the belief, the note none."""
    if unit.kind != "heading" or note is None or answer is None or note.kind != "paragraph":
        return False
    text = unit.plain
    return (text.endswith(".") and 4 <= len(text.split()) <= MAX_STATEMENT_WORDS
            and verdict_of(note.plain) is None and len(note.plain.split()) <= _MAX_NOTE_WORDS
            and answers_above(answer, True))


def _heading_answered(unit: Unit, following: Unit) -> Found:
    answer = following.plain
    kind = "question" if unquoted(unit.plain).endswith("?") else "myth"
    return Found(unit.plain, answer, verdict_of(answer, "no") or "no", following.passage_id or "",
                  following.passage_id or "", kind)


def _branches(answer: Unit | None, after: Unit | None) -> bool:
    """"Is there a risk of harm?" with "Yes – share now." then "No – go to question 2.": a
    decision flow's step offers both ways on, where an answer to a belief takes one."""
    if answer is None or after is None or after.kind == "heading":
        return False
    verdicts = {verdict_of(answer.plain), verdict_of(after.plain)}
    return verdicts == {"yes", "no"}
