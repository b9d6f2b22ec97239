"""which-act rules about the history of the law a question asks for: the law of a past time ("the
data protection rules before 2018", "the old law"), law made in a given year ("which other Act
passed in 2000"), and the Act that inserted or amended another ("which later Act inserted that
power into the 2004 legislation?"), which the guidance names after "inserted by" or "came in
through", and the law that replaced one the question names ("our leaflet still quotes the Data
Protection Act 1998: what replaced it?").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from guidegraph.act_rules import QUALIFIED_WITHIN, REPLACED, moved_ahead

# "Under the data protection rules that applied before 2018", "a policy from 2004 says ...": the
# question asks for the law of that time, which may since have been replaced. "The old data
# protection law" asks for replaced law with no year.
_BEFORE_YEAR = re.compile(r"\b(?:(?:before|until|till|prior\s+to)\s+(?:(?:the\s+)?(?:start|end)\s+of\s+)?|pre-?)"
                          r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_IN_YEAR = re.compile(r"\b(?:in|from|during|dated|written\s+in|back\s+in|as\s+of)\s+(?P<year>(?:19|20)\d\d)\b"
                      r"(?!\s*(?:onwards|on)\b)", re.IGNORECASE)
# "Under the 2005 cross-government guidance, ...", "an old 2005 training pack says ...": a question
# about what a document of a year says, whose law of that time has been replaced since.
_DOCUMENT_OF_YEAR = re.compile(r"\b(?:the|an?|that|this|our|my|their|its)\s+(?:old\s+|older\s+|original\s+)?"
                               r"(?P<year>(?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}?(?:guidance|draft|document|guide|pack|"
                               r"policy|protocol|procedures?|edition|version|leaflet|factsheet|framework|handbook|"
                               r"advice)\b", re.IGNORECASE)
# (not the verb: "the one that superseded the 1998 Act" asks for the newer law)
_OLD_LAW = re.compile(r"\b(?:old|older|previous|former|earlier|outdated|superseded|repealed)"
                      r"(?!\s+(?:the|that|this|those|these|a|an|its|their|it)\b)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:law|laws|rules|act|statute|legislation|regime)\b|"
                      r"\b(?:law|laws|rules|legislation)\s+(?:of|at)\s+(?:that|the)\s+time\b|"
                      r"\b(?:law|laws|rules|legislation)\s+(?:then\s+in\s+force|in\s+force\s+then)\b|"
                      # "Which Act, in force at the time, had that condition?"
                      r"\bin\s+force\s+at\s+(?:the|that)\s+time\b|"
                      # "Which Act does it name, even though that law has since been superseded?"
                      r"\b(?:has|have|had)\s+(?:since\s+|now\s+|long\s+)?been\s+(?:superseded|repealed)\b",
                      re.IGNORECASE)
OLD_LAW = 0  # `asked_of_the_past` for a question asking for replaced law without a year


def asked_of_the_past(question: str) -> int | None:
    """The year a question asks the law of ("before 2018": 2017), `OLD_LAW` when it asks for the
    old law with no year, None when it asks of today (or asks what replaced the old law)."""
    if REPLACED.search(question):
        return None
    if before := _BEFORE_YEAR.search(question):
        return int(before.group("year")) - 1
    if during := _IN_YEAR.search(question):
        return int(during.group("year"))
    return OLD_LAW if _OLD_LAW.search(question) else None


def document_year(question: str) -> int | None:
    """The year of the document `question` asks what it says ("the 2005 draft"), if it names one."""
    named = _DOCUMENT_OF_YEAR.search(question)
    return int(named.group("year")) if named else None


def replaced_law_as_the_document_had_it(ranked: list[Any], year: int, data: dict[str, Any]) -> list[Any]:
    """`ranked` with law in force in `year` and replaced since just ahead of its successor: asked what
    the 2005 guidance says of a parent's request to see records, the answer is the law it names (the
    Data Protection Act 1998), and today's (the 2018 Act) follows. Law the question does not ask
    about keeps its place: "the 2005 draft says" asks of that document, not for replaced law."""
    bases = data["bases"]
    order = list(ranked)
    for item in list(order):
        successor = bases.get(item.id, {}).get("superseded_by")
        after = next((r for r in order if r.id == successor), None)
        made, replaced = bases.get(item.id, {}).get("year"), bases.get(successor, {}).get("year")
        if after is None or not (made or 0) <= year < (replaced or year + 1):
            continue
        if order.index(item) > order.index(after):
            order.remove(item)
            order.insert(order.index(after), item)
    return order


# "Which other Act passed in 2000 ...?", "an Act of 1998": asked for law by the year it was made.
_MADE_IN = re.compile(r"\b(?:passed|enacted|made|introduced)\s+in\s+(?P<year>(?:19|20)\d\d)\b"
                      r"|\bActs?\s+of\s+(?P<of>(?:19|20)\d\d)\b", re.IGNORECASE)


def made_in(question: str) -> int | None:
    """The year `question` asks for law made in, if it does."""
    made = _MADE_IN.search(question)
    return int(made.group("year") or made.group("of")) if made else None


def made_then_first(ranked: list[Any], year: int, data: dict[str, Any]) -> list[Any]:
    """`ranked` with the law made in `year` moved ahead of the rest of the first few."""
    return moved_ahead(ranked, lambda r: data["bases"].get(r.id, {}).get("year") == year)


def law_of_the_time_first(ranked: list[Any], year: int, data: dict[str, Any],
                          named: Callable[[str], bool]) -> list[Any]:
    """`ranked` with the law in force in `year` and replaced since (any replaced law, for
    `OLD_LAW`) moved ahead of the rest of the first few (from wherever it ranks when the question
    `named` it: "the data protection rules before 2018"), and law made after `year` behind them."""
    bases = data["bases"]

    def replaced_since(basis: str) -> bool:
        successor = bases.get(basis, {}).get("superseded_by")
        if successor is None:
            return False
        made, replaced = bases[basis].get("year"), bases.get(successor, {}).get("year")
        return year == OLD_LAW or (made or 0) <= year < (replaced or year + 1)

    def made_later(basis: str) -> bool:
        return year != OLD_LAW and (bases.get(basis, {}).get("year") or 0) > year

    first = [r for i, r in enumerate(ranked) if replaced_since(r.id) and (i < QUALIFIED_WITHIN or named(r.id))]
    rest = [r for r in ranked if r not in first]
    within = max(0, QUALIFIED_WITHIN - len(first))
    head, tail = rest[:within], rest[within:]
    later = [r for r in head if made_later(r.id)]
    return first + [r for r in head if r not in later] + later + tail


# "Which later Act inserted that power into the 2004 legislation?", "what law added section 16E?":
# asked for the amending law, which the guidance names after the words "inserted by".
# ... or which law changed it: "What law made that change?", "Which Act got rid of the old Local
# Safeguarding Children Board ...?", "What law set up our safeguarding children partnership ...?"
_ASKS_WHAT_AMENDED = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:act|law|legislation|statute)\s+"
                                r"(?:inserted|added|amended|substituted|introduced|brought\s+in|changed"
                                r"|made\s+(?:that|this|the)\s+change|got\s+rid\s+of|abolished|replaced|set\s+up|created"
                                r"|established)\b", re.IGNORECASE)
# (the amending law ends where the law it changed is named: "inserted by section 74 of the Serious
# Crime Act 2015 into the Female Genital Mutilation Act 2003")
_AMENDED_BY = re.compile(r"\b(?:inserted|added|amended|substituted|introduced|(?:brought|came)\s+in)\s+"
                         r"(?:by|through|under|via)\s+(?P<by>[^.;:()]{3,120}?)(?=\s+(?:into|to|in)\s|[.;:()]|$)",
                         re.IGNORECASE)


# "The SCP replaces Local Safeguarding Children Board. This is because the law changed in the Children and
# Social Work Act 2017."
_CHANGED_IN = re.compile(r"\blaw\s+(?:was\s+)?changed\s+(?:in|by|with|through|under)\s+"
                         r"(?P<by>[^.;:()]{3,120}?)(?=[.;:()]|$)", re.IGNORECASE)


def amending_law(question: str, texts: list[str], names: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The legal bases `texts` (the best hits) name as the amending law ("inserted by the Children and
    Social Work Act 2017"), when `question` asks which law inserted or amended something."""
    from guidegraph.analysis import analyse
    from guidegraph.rank import laws_named

    if not _ASKS_WHAT_AMENDED.search(question):
        return set()
    return {basis for text in texts for pattern in (_AMENDED_BY, _CHANGED_IN) for amended in pattern.finditer(text)
            for basis in laws_named(analyse(amended["by"]), names)}


def amending_law_first(ranked: list[Any], amending: set[str]) -> list[Any]:
    """`ranked` with the amending law the guidance names first, from wherever it ranks, or added
    at the lead's score where the hits reached it only through that sentence."""
    from guidegraph.rank import RankedBasis

    lead = ranked[0].score if ranked else 1.0
    reached = {r.id for r in ranked}
    added = [RankedBasis(basis, lead) for basis in sorted(amending - reached)]
    return [r for r in ranked if r.id in amending] + added + [r for r in ranked if r.id not in amending]


# "Our leaflet still quotes the Data Protection Act 1998 - what law replaced it?", "which law superseded
# it?": asked what replaced a law it names, the answer is that law's successor. The question's other
# words ("consent", "parents") find the law of those first, and a word of the old law's name ("data")
# no longer qualifies the law asked for once the name is read whole.
def successors_asked_for(question: str, names: dict[str, list[tuple[str, ...]]], data: dict[str, Any]) -> set[str]:
    """The successors of the replaced law `question` names, when it asks what replaced it."""
    from guidegraph.analysis import analyse
    from guidegraph.rank import laws_named

    if not REPLACED.search(question):
        return set()
    bases = data["bases"]
    return {bases[basis]["superseded_by"] for basis in laws_named(analyse(question), names)
            if bases.get(basis, {}).get("superseded_by")}
