"""Myths ranked by the belief each states: a question's words count most where a statement says them.

A myth's index document is its statement and the guidance's answer to it. In a corpus of many
documents' myths, most of them short statements, a statement whose answer happens to use the
question's words ("the Designated Teacher will talk to the parents" for "our software can't
talk to theirs") otherwise beats the statement of the belief the question is about, whose answer
says other things. So each word of the question counts in full where a statement says it, and
for less where only its answer does (the answer is the guidance's reply, not the belief). The
statements of one concept stay together, ranked by their best; of its wordings, the one saying the
most of what the question says comes first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from guidegraph.query import MINOR_WEIGHT

ANSWER_SHARE = 0.7  # of a question word's weight, what it earns where only a statement's answer says it
# What a statement claiming something of another topic earns, where the question claims something of
# one ("a patient can never have their confidentiality broken": confidentiality, not consent): its
# everyday words ("patient", "never") are the circumstance, the topic is the belief.
OTHER_TOPIC_SHARE = 0.3
# What a statement claiming something of a topic earns, where the question claims nothing of any ("I
# reported my worry to the safeguarding lead, so my part is over", "if I report what I saw, the
# family will get evicted"): its everyday words ("worry", "pupil", "saw") are what it shares with a
# question about another belief, and its topic (consent, data protection) is one the question never raises.
UNASKED_TOPIC_SHARE = 0.8
# What a statement claiming what the question claims earns besides, of the best statement's score:
# "the details were taken only to plan her discharge, so they can't be sent on" is the belief that what
# one agency collected cannot go to another, though it shares no word with the guidance's statement.
SAME_TOPIC_SHARE = 0.5
# What a statement of other documents earns, where the question says whose documents it asks about
# ("Practice nurse at Oakfield Surgery: ...", "Westmere sports coach: ...") and theirs state the belief.
ELSEWHERE_SHARE = 0.5


def concept_order(units: list[Any], searcher: Any, statements: Sequence[Any], question: str = "",
                  asked_of: Callable[[Any], bool] | None = None) -> list[Any]:
    """`statements` (hits with `docnum`, their statement as `title` and their concept in `data`)
    best concept first, each concept's statements together, best-matching first; those `asked_of`
    holds from the documents the question asks about, when it names any, first among equals."""
    from guidegraph.analysis import term_positions
    from guidegraph.extract.myth_concepts import topics_claimed
    from guidegraph.scoring import rescore

    docnums = [hit.docnum for hit in statements]
    said = {hit.docnum: term_positions(hit["title"]).keys() for hit in statements}
    wanted = {term for unit in units for option in unit for term in option.terms}
    holds: dict[str, set[int]] = {term: set() for term in wanted}  # the statements each word is in
    for docnum in docnums:
        found = searcher.document_terms(docnum)
        for term in wanted:
            if found.frequency(term):
                holds[term].add(docnum)
    score = dict.fromkeys(docnums, 0.0)
    stated = dict.fromkeys(docnums, 0)  # how many of the question's own words (not its question words) each states
    for unit in units:  # a word or phrase typed: its best option counts, as in `scoring.rescore`
        best = dict.fromkeys(docnums, 0.0)
        stating: set[int] = set()
        for option in unit:
            holding = set.intersection(*(holds[term] for term in option.terms))
            for docnum, found in rescore([[option]], searcher, holding).items():
                held = sum(term in said[docnum] for term in option.terms) / len(option.terms)
                best[docnum] = max(best[docnum], found * (ANSWER_SHARE + (1 - ANSWER_SHARE) * held))
                if held == 1 and unit[0].weight > MINOR_WEIGHT:
                    stating.add(docnum)
        for docnum, found in best.items():
            score[docnum] += found
        for docnum in stating:
            stated[docnum] += 1
    asked = topics_claimed(question)
    best = max(score.values(), default=0.0)
    for hit in statements:
        claimed = topics_claimed(hit["title"])
        if asked and not asked & claimed:
            score[hit.docnum] *= OTHER_TOPIC_SHARE
        elif not asked and claimed:
            score[hit.docnum] *= UNASKED_TOPIC_SHARE
        elif asked:
            score[hit.docnum] += SAME_TOPIC_SHARE * best
    if asked_of is not None and not any(asked_of(hit) for hit in statements if score[hit.docnum] > 0):
        asked_of = None  # the documents it names state no belief it matches
    elsewhere = {hit.docnum for hit in statements if asked_of is not None and not asked_of(hit)}
    for docnum in elsewhere:
        score[docnum] *= ELSEWHERE_SHARE
    by_concept: dict[str, list[Any]] = {}
    for hit in sorted(statements, key=lambda h: (-score[h.docnum], h.docnum)):
        by_concept.setdefault(hit["data"]["concept"], []).append(hit)
    # A concept's wordings differ by a word or two ("GDPR stops me telling the school", "GDPR prevents
    # me sharing out of hours"): for "even at night, GDPR stops me passing it on", the one stating the
    # most of what the question says is the belief as it puts it, though a wording repeating one of
    # its words exactly ("stops") scores more; the documents it asks about still first.
    for members in by_concept.values():
        members.sort(key=lambda h: (h.docnum in elsewhere, -stated[h.docnum], -score[h.docnum], h.docnum))
    return [hit for members in by_concept.values() for hit in members if score[hit.docnum] > 0]

