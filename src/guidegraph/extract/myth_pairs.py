"""The layouts one unit, or a unit and the one after it, hold a myth and its answer in: a table
row ("statement | answer"), "Myth:" / "Fact:" labels, a Q&A ("Q3. ...?" then "A. ..."), a belief
named or reported in running text, a block of two lines, and a one-line pair ("1 - Consent is
always needed: No. ..."). `pair_at` tries them in turn; `myths.py` walks a document's flow with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guidegraph.extract._flow import Unit
from guidegraph.extract.myth_verdicts import verdict_of

_STRONG_ANSWER = re.compile(r"^no\s*[–—-]+\s", re.IGNORECASE)
# "Myth 3:", "Myth #1:", "Myth no. 2 -" (the ICO numbers its myths with "#").
NUMBERING = r"(?:\s*(?:#|no\.?|number)?\s*\d+)?"
# A quiz's "True or false: ..." or "Myth or fact? ..." labels a belief as "Myth:" does; its answer
# says which it is.
MYTH = re.compile(rf"^(?:(?:myth|misconception){NUMBERING}"
                  r"|true\s+or\s+false\??|myth\s+or\s+fact\??|fact\s+or\s+myth\??)"
                  # "Myth: ...", "Myth – ...", or a label set apart over the belief in quotation marks:
                  # "MYTH “I can’t share anything without consent.”" (a newsletter's box)
                  r"(?:\s*(?::|[.–—-]\s|(?<=\?)\s)|\s+(?=[“\"‘']))\s*(?P<rest>.+)$", re.IGNORECASE)
# A quiz's answer naming the belief's kind: "Myth. You do not need ...", "Answer: FACT – the duty ...",
# "It's a myth." Only as a quiz answers (after "Answer:", or to a "Myth or fact?" or "Question 3:"
# statement): a "Fact:" label elsewhere opens the reply to a myth, no verdict of "yes".
_QUIZ_VERDICT = re.compile(
    r"^(?:it\s+is\s+a\s+|it[’']s\s+a\s+|that[’']s\s+a\s+)?(?P<kind>myth|fact)\s*(?:[.!]|[–—-]+\s)", re.IGNORECASE)
# A quiz's verdict as a sentence of its own over the answer ("Myth. You need a reason ...", "Fact. Passing
# a worry ..."), as a collapsible group's panel opens; not a reply's "Fact: ..." or "Fact – ..." label.
_VERDICT_SENTENCE = re.compile(r"^\W{0,2}(?:myth|fact)[.!]\s", re.IGNORECASE)
# The writer's own label is a label too: a childminder's "My answer:", a service's "Our answer:".
_FACT = re.compile(
    rf"^(?:(?:the\s+|my\s+|our\s+)?(?:fact|reality|truth|answer)s?{NUMBERING}\s*[:.–—-]|in\s+fact\s*:"
    # a label in capitals set apart over the answer, its separator lost: "FACT Consent is one lawful basis"
    r"|(?-i:(?:FACT|REALITY|TRUTH)\s+(?=[A-Z“\"])))\s*(?P<rest>.+)$",
    re.IGNORECASE)
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
# Words naming myths; with an FAQ's words, they head a myth-busting section (`CONTEXT`).
MYTH_WORDS = r"\bmyths?\b|myth[- ]?bust|misconceptions?"
CONTEXT = re.compile(
    rf"{MYTH_WORDS}|\bfaqs?\b|frequently asked|questions and answers"
    r"|\bq\s*&\s*a\b|common questions|questions answered|true or false"
    r"|questions (?:we are |you )?(?:often|frequently|commonly) asked|(?:often|commonly) asked questions"
    r"|\bmisunderstandings?\b|(?:often|frequently|commonly) raised (?:concerns|questions|queries)",
    re.IGNORECASE,
)
# A question asked the negative way round expects the same yes or no: "Isn't it gossip to ...?",
# "Doesn't the law stop me ...?", "Can't I just ...?", "Won't the family find out?"
_YES_NO_QUESTION = re.compile(
    r"^(?:(?:do|does|did|can|could|is|are|am|should|must|will|would|may|might|have|has|shall)(?:n?[’']t)?"
    r"|won[’']t)\b",
    re.IGNORECASE,
)
MAX_STATEMENT_WORDS = 40
# A belief named in running text: "It is a myth that the law stops you sharing. ..." (false by
# being so named), and "Some people think workers always need permission. This is not true." (a
# belief reported, then denied in the next sentence or paragraph).
NAMED_MYTH = re.compile(
    r"^(?:it\s+is|it[’']s|there\s+is)\s+a\s+(?:common\s+|widespread\s+)?(?:myth|misconception)\s+that\s+"
    r"|^(?:a|one)\s+(?:common\s+|widespread\s+)?(?:myth|misconception)\s+is\s+that\s+", re.IGNORECASE)
REPORTED_BELIEF = re.compile(
    r"^(?:some|many|a\s+lot\s+of)\s+(?:people|practitioners|professionals|staff|workers|parents|families)\s+"
    r"(?:think|believe|assume|say|worry)\s+(?:that\s+)?", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^(?P<belief>.+?[a-z0-9)’'\"”])[.!](?:\s+(?P<rest>.*))?$", re.DOTALL)


@dataclass(frozen=True)
class Found:
    statement: str
    answer: str
    verdict: str
    passage_id: str
    answer_passage_id: str
    kind: str


# A belief set in quotation marks as a paragraph of its own ("“I need consent to share.”", a myth
# buster's card): in a myth-busting section, what follows answers it, whatever its first words.
QUOTED_BELIEF = re.compile(r"^[“\"‘'][^“”\"]{8,}[”\"’']$")


def pair_at(unit: Unit, following: Unit | None, in_context: bool) -> tuple[Found | None, int]:
    """A statement at `unit` with its answer: (what was found, how many units it used)."""
    text = unit.plain
    row = _table_row(unit, in_context)
    if row:
        return row, 1
    if following is not None and _header_row(following):
        following = None  # "Statement | Myth or fact? | Why" answers nothing: it heads the table below
    for recogniser in (myth_fact, _question_answer, _named_belief):
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
    if following is None or not _is_statement(unit, in_context) or CONTEXT.search(text):
        return None, 1
    either_way = in_context and offers_both_ways(text) and following.kind == "paragraph"
    if not (answers_above(following, in_context) or (is_yes_no_question(text) and _answers_plainly(following))
            or (in_context and QUOTED_BELIEF.match(text) and following.kind == "paragraph") or either_way):
        return None, 1
    answer = following.plain
    kind = "question" if unquoted(text).endswith("?") else "myth"
    verdict = _quiz_verdict(answer) if _VERDICT_SENTENCE.match(answer) else None
    if verdict:  # "Myth. Never promise to keep a secret ...": the verdict, then the answer
        answer = _after_quiz_verdict(answer)
    # an answer that takes one of the two ways offered is neither yes nor no to the question
    verdict = verdict or verdict_of(answer) or ("partly" if either_way else "no")
    return Found(text, answer, verdict, unit.passage_id or following.passage_id or "",
                  following.passage_id or "", kind), 2


# A table's verdict column: "Myth", "Fact", "True", "False" alone in its cell
_CELL_VERDICT = re.compile(r"^(?:it[’']s\s+a\s+|it\s+is\s+a\s+)?(?P<kind>myth|fact|true|false)\s*[.!]?$", re.IGNORECASE)


def _table_row(unit: Unit, in_context: bool) -> Found | None:
    """A "Myth | Fact" table row, as readers give a row ("statement | answer"): answered "No – ..."
    anywhere, or in a myth-busting section by any answer but the table's header row."""
    plain = unit.plain.strip().strip("|").strip()
    cells = [c.strip() for c in plain.split(" | ")] if unit.kind == "paragraph" and " | " in plain else []
    if len(cells) == 3 and all(cells) and (said := _CELL_VERDICT.match(cells[1])):
        # "statement | Myth | why": the middle column gives the verdict, the last the answer
        verdict = "no" if said["kind"].lower() in ("myth", "false") else "yes"
        pid = unit.passage_id or ""
        return Found(cells[0], cells[2], verdict, pid, pid, "question" if cells[0].endswith("?") else "myth")
    if len(cells) != 2 or not all(cells) or len(cells[0].split()) > MAX_STATEMENT_WORDS:
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
    return Found(statement, answer, verdict, pid, pid, "question" if statement.endswith("?") else "myth")


def _header_row(unit: Unit) -> bool:
    """A table's header row as readers give it: short labels set apart by bars."""
    cells = [c.strip() for c in unit.plain.strip().strip("|").split(" | ")] if unit.kind == "paragraph" else []
    return len(cells) >= 2 and all(0 < len(c.split()) <= 4 and c[-1] not in ".,;" for c in cells)


def _is_statement(unit: Unit, in_context: bool) -> bool:
    text = unit.plain
    if unit.kind == "item" or not text or text.endswith(":"):
        return False
    if verdict_of(text) in ("yes", "no"):
        return False  # "Yes – share now." is an answer, a flow's branch, never a belief
    if len(text.split()) > MAX_STATEMENT_WORDS:
        return False
    return in_context or unit.kind == "heading" or len(text.split()) <= 25


def is_yes_no_question(text: str) -> bool:
    """A question answered yes or no, asked plainly or quoted whole, as a page's heading may put a
    belief people voice ("“Isn't it gossip to pass on a worry?”")."""
    text = unquoted(text)
    return text.endswith("?") and bool(_YES_NO_QUESTION.match(text))


# A yes/no question that asks its other way too, as a second question: "Do I have to report, or is it
# up to me?", "Must I tell the parents first, or can I go straight to the front door?"
_BOTH_WAYS = re.compile(
    r",\s+or\s+(?:(?:do|does|is|are|am|can|could|should|must|will|would|may|might|have|has|shall)(?:n?[’']t)?"
    r"|won[’']t)\s+[^?]+\?$",
    re.IGNORECASE,
)


def offers_both_ways(text: str) -> bool:
    """A yes/no question that offers the other way as a question of its own: its answer takes one way
    ("you have a duty to report"), so it cannot open with "Yes" or "No". Under an FAQ's heading that
    is a belief answered as surely as "No. ..." answers one; an open question ("Who do I report to?") is not."""
    return is_yes_no_question(text) and bool(_BOTH_WAYS.search(unquoted(text)))


def _answers_plainly(unit: Unit) -> bool:
    """"Do I need consent to report?" answered "No. The duty to report overrides ...": a belief
    answered under any heading (a folded FAQ inside a procedures page). A flowchart's bare "Yes"
    or "No – refer" is no answer of that kind."""
    return (unit.kind == "paragraph" and verdict_of(unit.plain) is not None  # "Not always. You should ..." too
            and len(unit.plain.split()) >= 5)


def answers_above(unit: Unit, in_context: bool) -> bool:
    """A paragraph that answers the unit above it: "No – ..." anywhere, any verdict in context."""
    if unit.kind != "paragraph":
        return False
    text = unit.plain
    if _STRONG_ANSWER.match(text):
        return True
    return in_context and verdict_of(text) is not None and len(text.split()) >= 2


def _split_block(unit: Unit) -> Found | None:
    """A statement line directly followed by its "No – ..." line, read as one paragraph."""
    first, _, rest = unit.text.partition("\n")
    statement, answer = _plain_line(first), _plain_line(rest)
    if not _STRONG_ANSWER.match(answer) or len(statement.split()) > MAX_STATEMENT_WORDS:
        return None
    pid = unit.passage_id or ""
    return Found(statement, answer, "no", pid, pid, "question" if statement.endswith("?") else "myth")


def _inline_pair(unit: Unit, in_context: bool) -> Found | None:
    """One line of a numbered (or bulleted) myth list holding both halves: "1 – Consent is always
    needed: No. ...", "3. 'The law stops me sharing' – Not true: ...", "4. ... Fact: it can ...".
    Elsewhere only a belief quoted whole and denied: "'We must hand over whatever the police ask
    for.' – Incorrect. ..." under any heading; under a myths heading, one quoted whole and answered
    in any words."""
    numbered = unit.kind == "item" or (unit.kind == "paragraph" and unit.number is not None)
    listed = numbered and in_context
    text = unit.plain
    if not listed and text[:1] not in _OPENING_QUOTES:
        return None
    for separator in _INLINE_SEPARATOR.finditer(text):
        said = text[: separator.start()].strip()
        statement = unquoted(said)
        answer = text[separator.end() :].strip()
        labelled = bool(separator["label"])
        if not answer or not 3 <= len(statement.split()) <= MAX_STATEMENT_WORDS or verdict_of(statement):
            continue
        if not listed and statement == said:
            continue  # not a belief quoted whole
        # in a myth-busting section, a belief quoted whole before its answer needs no verdict word:
        # a definition list's "<dt>“belief”</dt><dd>answer</dd>", read as "“belief” – answer"
        if labelled or _INLINE_VERDICT.match(answer) or (in_context and statement != said):
            verdict = verdict_of(answer, "no") or "no"  # a myth is false unless its answer says otherwise
            if not in_context and verdict != "no":
                continue
            pid = unit.passage_id or ""
            return Found(statement, answer, verdict, pid, pid, "question" if statement.endswith("?") else "myth")
    return None


_OPENING_QUOTES, _CLOSING_QUOTES = "'‘\"“", "'’\"”"


def unquoted(statement: str) -> str:
    """"'I need consent to share.'" -> "I need consent to share.": a belief quoted whole."""
    text = statement.strip()
    if len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return text[1:-1].strip()
    return text


def _plain_line(text: str) -> str:
    return Unit("paragraph", text, 0, None, None).plain


def myth_fact(unit: Unit, following: Unit | None) -> tuple[Found, int] | None:
    """"Myth: ..." with "Fact: ..." in the same paragraph or the next one. A myth is false by
    definition, so the verdict is "no" unless the fact says otherwise."""
    match = MYTH.match(unit.plain)
    if not match:
        return None
    rest = match.group("rest")
    quiz = " or " in match.group()[: match.start("rest")].lower()
    if quiz and len(rest.split()) < 3:
        return None  # "Myth or fact? Test yourself": a quiz's title, no belief
    parts = _FACT_INLINE.split(rest, maxsplit=1)
    verdict = None
    if quiz and following is not None and following.kind == "paragraph" and (verdict := _quiz_verdict(following.plain)):
        # "Fact. ..." is its verdict, and what follows the verdict its answer
        statement, answer, answer_unit, used = rest, _after_quiz_verdict(following.plain), following, 2
    elif len(parts) == 2:
        statement, answer, answer_unit, used = parts[0], parts[1], unit, 1
    elif following is not None and _FACT.match(following.plain):
        statement, answer, answer_unit, used = rest, _FACT.match(following.plain)["rest"], following, 2
    elif following is not None and following.kind == "paragraph":
        statement, answer, answer_unit, used = rest, following.plain, following, 2
    else:
        return None
    verdict = verdict or _quiz_verdict(answer) or verdict_of(answer, "no") or "no"
    found = Found(statement.strip(), answer.strip(), verdict,
                  unit.passage_id or answer_unit.passage_id or "", answer_unit.passage_id or "", "myth")
    return found, used


def _after_quiz_verdict(answer: str) -> str:
    """"Myth! Consent is only one lawful basis ..." -> "Consent is only one lawful basis ..."."""
    text = answer.strip().lstrip("*_ ")
    match = _QUIZ_VERDICT.match(text)
    rest = text[match.end():].lstrip("*_ ") if match else text
    return rest or answer


def _quiz_verdict(answer: str) -> str | None:
    """"no" for a quiz's "Myth. ..." (or "It's a myth."), "yes" for its "Fact. ...", else None."""
    match = _QUIZ_VERDICT.match(answer.strip().lstrip("*_ "))
    return None if match is None else "no" if match["kind"].lower() == "myth" else "yes"


def _named_belief(unit: Unit, following: Unit | None) -> tuple[Found, int] | None:
    """"It is a myth that X. <answer>" and "Some people think X. This is not true. <answer>": the
    belief X, answered by what follows in the paragraph, or by the next paragraph when the belief
    ends its own."""
    if unit.kind != "paragraph":
        return None
    named = NAMED_MYTH.match(unit.plain)
    reported = None if named else REPORTED_BELIEF.match(unit.plain)
    sentence = _FIRST_SENTENCE.match(unit.plain[(named or reported).end():]) if named or reported else None
    if sentence is None or not 3 <= len(sentence["belief"].split()) <= MAX_STATEMENT_WORDS:
        return None
    answer, answer_unit, used = (sentence["rest"] or "").strip(), unit, 1
    if not answer and following is not None and following.kind == "paragraph":
        answer, answer_unit, used = following.plain, following, 2
    if not answer or (reported and verdict_of(answer) != "no"):
        return None  # a belief reported and left standing is no myth
    belief = sentence["belief"]
    found = Found(belief[:1].upper() + belief[1:], answer, "no", unit.passage_id or "",
                   answer_unit.passage_id or "", "myth")
    return found, used


def _question_answer(unit: Unit, following: Unit | None) -> tuple[Found, int] | None:
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
        return Found(question, answer, verdict_of(answer) or "partly", pid, pid, "question"), 1
    answer_match = _ANSWER.match(following.plain)
    answer = answer_match["rest"].strip() if answer_match else following.plain
    quiz = _quiz_verdict(answer)
    verdict = quiz or verdict_of(answer)
    if verdict is None and not _YES_NO_QUESTION.match(question):
        return None
    kind = "myth" if quiz and not question.endswith("?") else "question"  # "Question 3: <a belief>" "Myth. ..."
    found = Found(question, answer, verdict or "partly", unit.passage_id or following.passage_id or "",
                   following.passage_id or "", kind)
    return found, 2
