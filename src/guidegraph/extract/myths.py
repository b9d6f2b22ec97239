"""Myth-busting statements and their answers, clustered into myth concepts across documents.

Layouts recognised: a statement (heading or short paragraph, or a table row's first cell)
answered by "No – ..." anywhere;
inside a myth-busting or FAQ section, any statement or question answered "No," / "Yes." /
"Not necessarily ..."; "Myth:" / "Fact:" (or "Reality:", "Truth:"; "Misconception:" / "In fact:")
pairs, also as headings of their own over each half; Q&A pages ("Q3. Does ...?" then "A. No. ..." or a plain answer, or
both on one line); numbered myth lists holding both halves on one line ("1 – Consent is always
needed: No. ..."); a belief named in running text ("It is a myth that ...") or reported and denied
("Some people think ... This is not true."); a quiz's statement set as a heading, answered past a
short note to the presenter ("Ask the room to vote, then reveal the answer.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import takewhile

from guidegraph.extract._flow import Unit, flow
from guidegraph.extract.myth_concepts import cluster
from guidegraph.extract.myth_verdicts import verdict_of
from guidegraph.model import MythStatement, SegmentedDocument

_STRONG_ANSWER = re.compile(r"^no\s*[–—-]+\s", re.IGNORECASE)
# "Myth 3:", "Myth #1:", "Myth no. 2 -" (the ICO numbers its myths with "#").
_NUMBERING = r"(?:\s*(?:#|no\.?|number)?\s*\d+)?"
# A quiz's "True or false: ..." or "Myth or fact? ..." labels a belief as "Myth:" does; its answer
# says which it is.
_MYTH = re.compile(rf"^(?:(?:myth|misconception){_NUMBERING}"
                   r"|true\s+or\s+false\??|myth\s+or\s+fact\??|fact\s+or\s+myth\??)"
                   r"\s*(?::|[.–—-]\s|(?<=\?)\s)\s*(?P<rest>.+)$", re.IGNORECASE)
# A quiz's answer naming the belief's kind: "Myth. You do not need ...", "Answer: FACT – the duty ...",
# "It's a myth." Only as a quiz answers (after "Answer:", or to a "Myth or fact?" or "Question 3:"
# statement): a "Fact:" label elsewhere opens the reply to a myth, no verdict of "yes".
_QUIZ_VERDICT = re.compile(
    r"^(?:it\s+is\s+a\s+|it[’']s\s+a\s+|that[’']s\s+a\s+)?(?P<kind>myth|fact)\s*(?:[.!]|[–—-]+\s)", re.IGNORECASE)
_FACT = re.compile(
    rf"^(?:(?:the\s+)?(?:fact|reality|truth|answer)s?{_NUMBERING}\s*[:.–—-]|in\s+fact\s*:)\s*(?P<rest>.+)$",
    re.IGNORECASE)
# A quiz slide's title over a statement, and the next slide's title revealing what it is.
_QUIZ_TITLE = re.compile(r"^(?:myth\s+or\s+fact|fact\s+or\s+myth|true\s+or\s+false)\s*\??$", re.IGNORECASE)
_QUIZ_REVEAL = re.compile(r"^(?:it\s+is\s+a\s+|it[’']s\s+a\s+)?(?:myth|fact)\s*[!.]?$", re.IGNORECASE)
_BARE_LABEL = re.compile(rf"^(?:myth|misconception|fact|reality|truth){_NUMBERING}\s*[:.]?$", re.IGNORECASE)
# A dash before the label is the separator a <dt> and its <dd> were joined with, not the myth's.
_FACT_INLINE = re.compile(r"\s(?:[–—-]\s+)?(?:the\s+)?(?:fact|reality|truth)\s*[:–—-]\s*", re.IGNORECASE)
# Where a one-line myth ends and its answer starts: a colon, a dash or a full stop, or a "Fact:" label.
_INLINE_SEPARATOR = re.compile(
    r"(?:[.!?]\s+|\s*[–—-]\s*|\s)(?P<label>(?:the\s+)?(?:fact|reality|truth)\s*[:–—-])\s*"
    r"|(?<=\S)(?::|\s?[–—-]|(?<=[.!?])|(?<=[.!?][\"'”’]))\s",  # "'I need consent.' False."
    re.IGNORECASE,
)
# The answers such a line gives: plain verdicts only ("sometimes" after a colon is no verdict;
# "No" and "Yes" need their punctuation, as "No delay ..." is no answer).
_INLINE_VERDICT = re.compile(
    r"^(?:(?:no|yes|untrue|false|wrong|incorrect|true|correct)\s*(?:[–—-]+|[,.:;!])"
    r"|(?:not\s+true|not\s+the\s+case|not\s+necessarily|not\s+always|it\s+depends)\b)",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"^(?:Q(?:uestion)?\s*\d*\s*[.:)–—-]|Q\d+\b)\s*(?P<rest>.+)$")
_INLINE_ANSWER = re.compile(r"(?<=\?)\s+A(?:nswer)?\s*[.:)–—-]\s+")
_ANSWER = re.compile(r"^A(?:nswer)?\s*\d*\s*[.:)–—-]\s*(?P<rest>.+)$")
# Headings that name the myths themselves (not FAQs, whose sub-headings may be open questions).
_MYTH_WORDS = r"\bmyths?\b|myth[- ]?bust|misconceptions?"
_MYTHS_NAMED = re.compile(_MYTH_WORDS, re.IGNORECASE)
_CONTEXT = re.compile(
    rf"{_MYTH_WORDS}|\bfaqs?\b|frequently asked|questions and answers"
    r"|\bq\s*&\s*a\b|common questions|questions answered|true or false"
    r"|questions (?:we are |you )?(?:often|frequently|commonly) asked|(?:often|commonly) asked questions"
    r"|\bmisunderstandings?\b|(?:often|frequently|commonly) raised (?:concerns|questions|queries)",
    re.IGNORECASE,
)
_YES_NO_QUESTION = re.compile(
    r"^(?:do|does|did|can|could|is|are|am|should|must|will|would|may|might|have|has|shall)\b",
    re.IGNORECASE,
)
_MAX_STATEMENT_WORDS = 40
_MAX_NOTE_WORDS = 25  # a presenter's note between a quiz's statement and its answer is short
# A belief named in running text: "It is a myth that the law stops you sharing. ..." (false by
# being so named), and "Some people think workers always need permission. This is not true." (a
# belief reported, then denied in the next sentence or paragraph).
_NAMED_MYTH = re.compile(
    r"^(?:it\s+is|it[’']s|there\s+is)\s+a\s+(?:common\s+|widespread\s+)?(?:myth|misconception)\s+that\s+"
    r"|^(?:a|one)\s+(?:common\s+|widespread\s+)?(?:myth|misconception)\s+is\s+that\s+", re.IGNORECASE)
_REPORTED_BELIEF = re.compile(
    r"^(?:some|many|a\s+lot\s+of)\s+(?:people|practitioners|professionals|staff|workers|parents|families)\s+"
    r"(?:think|believe|assume|say|worry)\s+(?:that\s+)?", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^(?P<belief>.+?[a-z0-9)’'\"”])[.!](?:\s+(?P<rest>.*))?$", re.DOTALL)
_FULL_STOP = re.compile(r"(?<!\.)\.\s*$")  # not an ellipsis


@dataclass(frozen=True)
class _Found:
    statement: str
    answer: str
    verdict: str
    passage_id: str
    answer_passage_id: str
    kind: str


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
    return _FULL_STOP.sub("", _unquoted(_FULL_STOP.sub("", statement.strip())))


# ---------------------------------------------------------------------------------------------
# Recognising statements and answers in a document's flow


def _find_in(units: list[Unit]) -> Iterator[_Found]:
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
        found, used = _pair_at(unit, following, context_level is not None)
        after = units[i + used] if used == 2 and i + 2 < len(units) else None
        if found and not _branches(following, after):
            reasons = _reasons_after(units, i + used) if _bare_verdict(found.answer) else []
            yield replace(found, answer=" ".join([found.answer, *(u.plain for u in reasons)]))
            used += len(reasons)
        i += used


_MAX_REASONS = 4  # paragraphs of one sentence each, as an Easy Read page sets its answer


def _bare_verdict(answer: str) -> bool:
    """A verdict with no reason given ("This is not true.", "No."): the reason follows."""
    return len(answer.split()) <= 5 and verdict_of(answer) is not None


def _reasons_after(units: list[Unit], start: int) -> list[Unit]:
    """The paragraphs after a bare verdict that give its reason: up to the next heading, or the next
    paragraph that states or answers a belief of its own."""
    reasons: list[Unit] = []
    for k in range(start, min(len(units), start + _MAX_REASONS)):
        unit = units[k]
        following = units[k + 1] if k + 1 < len(units) else None
        if unit.kind != "paragraph" or _pair_at(unit, following, False)[0] is not None:
            break
        if _NAMED_MYTH.match(unit.plain) or _REPORTED_BELIEF.match(unit.plain) or _myth_fact(unit, following):
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
        if title and _BARE_LABEL.match(title) and unit.kind == "paragraph":
            folded[-1] = replace(unit, text=f"{title.rstrip(':.')}: {unit.text}")
        elif (title and _QUIZ_TITLE.match(title) and len(unit.plain.split()) <= _MAX_STATEMENT_WORDS
              and not _MYTH.match(unit.plain)):  # a quiz's page titled so, its statements labelled
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


def _context_after(heading: Unit, following: Unit | None, level: int | None) -> int | None:
    """Myth-busting context opens at a heading naming it and lasts while headings at its level
    keep being answered; a higher heading closes it."""
    if _CONTEXT.search(heading.plain):
        return heading.level
    if level is None or heading.level > level:
        return level
    if heading.level == level and following is not None and _answers(following, True):
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
    text = unit.plain
    return (4 <= len(text.split()) <= _MAX_STATEMENT_WORDS and not text.endswith(":")
            and (not text.endswith("?") or _is_yes_no_question(text)))


def _answered_past_a_note(unit: Unit, note: Unit | None, answer: Unit | None) -> bool:
    """A quiz's statement set as a heading ("You must always get consent."), a note to the
    presenter under it ("Ask the room to vote, then reveal the answer.") and then its answer
    ("False. ..."): the heading is the belief, the note none."""
    if unit.kind != "heading" or note is None or answer is None or note.kind != "paragraph":
        return False
    text = unit.plain
    return (text.endswith(".") and 4 <= len(text.split()) <= _MAX_STATEMENT_WORDS
            and verdict_of(note.plain) is None and len(note.plain.split()) <= _MAX_NOTE_WORDS
            and _answers(answer, True))


def _heading_answered(unit: Unit, following: Unit) -> _Found:
    answer = following.plain
    kind = "question" if unit.plain.endswith("?") else "myth"
    return _Found(unit.plain, answer, verdict_of(answer, "no") or "no", following.passage_id or "",
                  following.passage_id or "", kind)


def _pair_at(unit: Unit, following: Unit | None, in_context: bool) -> tuple[_Found | None, int]:
    """A statement at `unit` with its answer: (what was found, how many units it used)."""
    text = unit.plain
    row = _table_row(unit, in_context)
    if row:
        return row, 1
    for recogniser in (_myth_fact, _question_answer, _named_belief):
        found = recogniser(unit, following)
        if found:
            return found
    if unit.kind == "paragraph" and "\n" in unit.text:
        split = _split_block(unit)
        if split:
            return split, 1
    inline = _inline_pair(unit, in_context)
    if inline:
        return inline, 1
    if following is None or not _is_statement(unit, in_context) or _CONTEXT.search(text):
        return None, 1
    if not (_answers(following, in_context) or (_is_yes_no_question(text) and _answers_plainly(following))):
        return None, 1
    answer = following.plain
    kind = "question" if text.endswith("?") else "myth"
    verdict = verdict_of(answer) or "no"
    return _Found(text, answer, verdict, unit.passage_id or following.passage_id or "",
                  following.passage_id or "", kind), 2


def _table_row(unit: Unit, in_context: bool) -> _Found | None:
    """A "Myth | Fact" table row, as readers give a row ("statement | answer"): answered "No – ..."
    anywhere, or in a myth-busting section by any answer but the table's header row."""
    plain = unit.plain.strip().strip("|").strip()
    cells = [c.strip() for c in plain.split(" | ")] if unit.kind == "paragraph" and " | " in plain else []
    if len(cells) != 2 or not all(cells) or len(cells[0].split()) > _MAX_STATEMENT_WORDS:
        return None
    statement, answer = cells
    if _STRONG_ANSWER.match(answer):
        verdict = "no"
    elif in_context and len(statement.split()) > 2 and len(answer.split()) > 2:
        if statement.endswith("?") and not _YES_NO_QUESTION.match(statement) and verdict_of(answer) is None:
            return None  # "What is a lawful basis? | ...": an open question explained, no belief to bust
        verdict = verdict_of(answer, "no") or "no"  # a myth is false unless its answer says otherwise
    else:
        return None
    pid = unit.passage_id or ""
    return _Found(statement, answer, verdict, pid, pid, "question" if statement.endswith("?") else "myth")


def _is_statement(unit: Unit, in_context: bool) -> bool:
    text = unit.plain
    if unit.kind == "item" or not text or text.endswith(":"):
        return False
    if verdict_of(text) in ("yes", "no"):
        return False  # "Yes – share now." is an answer, a flow's branch, never a belief
    if len(text.split()) > _MAX_STATEMENT_WORDS:
        return False
    return in_context or unit.kind == "heading" or len(text.split()) <= 25


def _is_yes_no_question(text: str) -> bool:
    return text.endswith("?") and bool(_YES_NO_QUESTION.match(text))


def _branches(answer: Unit | None, after: Unit | None) -> bool:
    """"Is there a risk of harm?" with "Yes – share now." then "No – go to question 2.": a
    decision flow's step offers both ways on, where an answer to a belief takes one."""
    if answer is None or after is None or after.kind == "heading":
        return False
    verdicts = {verdict_of(answer.plain), verdict_of(after.plain)}
    return verdicts == {"yes", "no"}


def _answers_plainly(unit: Unit) -> bool:
    """"Do I need consent to report?" answered "No. The duty to report overrides ...": a belief
    answered under any heading (a folded FAQ inside a procedures page). A flowchart's bare "Yes"
    or "No – refer" is no answer of that kind."""
    return (unit.kind == "paragraph" and verdict_of(unit.plain) is not None  # "Not always. You should ..." too
            and len(unit.plain.split()) >= 5)


def _answers(unit: Unit, in_context: bool) -> bool:
    """A paragraph that answers the unit above it: "No – ..." anywhere, any verdict in context."""
    if unit.kind != "paragraph":
        return False
    text = unit.plain
    if _STRONG_ANSWER.match(text):
        return True
    return in_context and verdict_of(text) is not None and len(text.split()) >= 2


def _split_block(unit: Unit) -> _Found | None:
    """A statement line directly followed by its "No – ..." line, read as one paragraph."""
    first, _, rest = unit.text.partition("\n")
    statement, answer = _plain_line(first), _plain_line(rest)
    if not _STRONG_ANSWER.match(answer) or len(statement.split()) > _MAX_STATEMENT_WORDS:
        return None
    pid = unit.passage_id or ""
    return _Found(statement, answer, "no", pid, pid, "question" if statement.endswith("?") else "myth")


def _inline_pair(unit: Unit, in_context: bool) -> _Found | None:
    """One line of a numbered (or bulleted) myth list holding both halves: "1 – Consent is always
    needed: No. ...", "3. 'The law stops me sharing' – Not true: ...", "4. ... Fact: it can ...".
    Elsewhere only a belief quoted whole and denied: "'We must hand over whatever the police ask
    for.' – Incorrect. ..." under any heading."""
    numbered = unit.kind == "item" or (unit.kind == "paragraph" and unit.number is not None)
    listed = numbered and in_context
    text = unit.plain
    if not listed and text[:1] not in _OPENING_QUOTES:
        return None
    for separator in _INLINE_SEPARATOR.finditer(text):
        said = text[: separator.start()].strip()
        statement = _unquoted(said)
        answer = text[separator.end() :].strip()
        labelled = bool(separator["label"])
        if not answer or not 3 <= len(statement.split()) <= _MAX_STATEMENT_WORDS or verdict_of(statement):
            continue
        if not listed and statement == said:
            continue  # not a belief quoted whole
        if labelled or _INLINE_VERDICT.match(answer):
            verdict = verdict_of(answer, "no") or "no"  # a myth is false unless its answer says otherwise
            if not in_context and verdict != "no":
                continue
            pid = unit.passage_id or ""
            return _Found(statement, answer, verdict, pid, pid, "question" if statement.endswith("?") else "myth")
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "'‘\"“", "'’\"”"


def _unquoted(statement: str) -> str:
    """"'I need consent to share.'" -> "I need consent to share.": a belief quoted whole."""
    text = statement.strip()
    if len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return text[1:-1].strip()
    return text


def _plain_line(text: str) -> str:
    return Unit("paragraph", text, 0, None, None).plain


def _myth_fact(unit: Unit, following: Unit | None) -> tuple[_Found, int] | None:
    """"Myth: ..." with "Fact: ..." in the same paragraph or the next one. A myth is false by
    definition, so the verdict is "no" unless the fact says otherwise."""
    match = _MYTH.match(unit.plain)
    if not match:
        return None
    rest = match.group("rest")
    quiz = " or " in match.group()[: match.start("rest")].lower()
    if quiz and len(rest.split()) < 3:
        return None  # "Myth or fact? Test yourself": a quiz's title, no belief
    parts = _FACT_INLINE.split(rest, maxsplit=1)
    if quiz and following is not None and following.kind == "paragraph" and _quiz_verdict(following.plain):
        statement, answer, answer_unit, used = rest, following.plain, following, 2  # "Fact. ..." is its verdict
    elif len(parts) == 2:
        statement, answer, answer_unit, used = parts[0], parts[1], unit, 1
    elif following is not None and _FACT.match(following.plain):
        statement, answer, answer_unit, used = rest, _FACT.match(following.plain)["rest"], following, 2
    elif following is not None and following.kind == "paragraph":
        statement, answer, answer_unit, used = rest, following.plain, following, 2
    else:
        return None
    found = _Found(statement.strip(), answer.strip(), _quiz_verdict(answer) or verdict_of(answer, "no") or "no",
                   unit.passage_id or answer_unit.passage_id or "", answer_unit.passage_id or "", "myth")
    return found, used


def _quiz_verdict(answer: str) -> str | None:
    """"no" for a quiz's "Myth. ..." (or "It's a myth."), "yes" for its "Fact. ...", else None."""
    match = _QUIZ_VERDICT.match(answer.strip().lstrip("*_ "))
    return None if match is None else "no" if match["kind"].lower() == "myth" else "yes"


def _named_belief(unit: Unit, following: Unit | None) -> tuple[_Found, int] | None:
    """"It is a myth that X. <answer>" and "Some people think X. This is not true. <answer>": the
    belief X, answered by what follows in the paragraph, or by the next paragraph when the belief
    ends its own."""
    if unit.kind != "paragraph":
        return None
    named = _NAMED_MYTH.match(unit.plain)
    reported = None if named else _REPORTED_BELIEF.match(unit.plain)
    sentence = _FIRST_SENTENCE.match(unit.plain[(named or reported).end():]) if named or reported else None
    if sentence is None or not 3 <= len(sentence["belief"].split()) <= _MAX_STATEMENT_WORDS:
        return None
    answer, answer_unit, used = (sentence["rest"] or "").strip(), unit, 1
    if not answer and following is not None and following.kind == "paragraph":
        answer, answer_unit, used = following.plain, following, 2
    if not answer or (reported and verdict_of(answer) != "no"):
        return None  # a belief reported and left standing is no myth
    belief = sentence["belief"]
    found = _Found(belief[:1].upper() + belief[1:], answer, "no", unit.passage_id or "",
                   answer_unit.passage_id or "", "myth")
    return found, used


def _question_answer(unit: Unit, following: Unit | None) -> tuple[_Found, int] | None:
    """"Q3. Does ...?" answered by "A. ..." or by the next paragraph; open questions ("What ...?")
    are not beliefs to bust, so only yes/no questions or answers with a verdict count."""
    match = _QUESTION.match(unit.plain)
    if not match or following is None or following.kind == "heading":
        return None
    question = match.group("rest").strip()
    inline = _INLINE_ANSWER.split(question, maxsplit=1)
    if len(inline) == 2:  # "Q: Can I share ...? A: Yes, if ..." on one line
        question, answer = inline[0].strip(), inline[1].strip()
        pid = unit.passage_id or ""
        return _Found(question, answer, verdict_of(answer) or "partly", pid, pid, "question"), 1
    answer_match = _ANSWER.match(following.plain)
    answer = answer_match["rest"].strip() if answer_match else following.plain
    quiz = _quiz_verdict(answer)
    verdict = quiz or verdict_of(answer)
    if verdict is None and not _YES_NO_QUESTION.match(question):
        return None
    kind = "myth" if quiz and not question.endswith("?") else "question"  # "Question 3: <a belief>" "Myth. ..."
    found = _Found(question, answer, verdict or "partly", unit.passage_id or following.passage_id or "",
                   following.passage_id or "", kind)
    return found, 2
