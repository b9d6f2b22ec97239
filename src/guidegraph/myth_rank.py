"""Myths ranked by the belief each states: a question's words count most where a statement says them.

A myth's index document is its statement and the guidance's answer to it. In a corpus of many
documents' myths, most of them short statements, a statement whose answer happens to use the
question's words ("the Designated Teacher will talk to the parents" for "our software can't
talk to theirs") otherwise beats the statement of the belief the question is about, whose answer
says other things. So each word of the question counts in full where a statement says it, and
for less where only its answer does (the answer is the guidance's reply, not the belief). The
statements of one concept stay together, ranked by their best, best-matching wording first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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
    for unit in units:  # a word or phrase typed: its best option counts, as in `scoring.rescore`
        best = dict.fromkeys(docnums, 0.0)
        for option in unit:
            holding = set.intersection(*(holds[term] for term in option.terms))
            for docnum, found in rescore([[option]], searcher, holding).items():
                held = sum(term in said[docnum] for term in option.terms) / len(option.terms)
                best[docnum] = max(best[docnum], found * (ANSWER_SHARE + (1 - ANSWER_SHARE) * held))
        for docnum, found in best.items():
            score[docnum] += found
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
    if asked_of is not None and any(asked_of(hit) for hit in statements if score[hit.docnum] > 0):
        for hit in statements:
            score[hit.docnum] *= 1.0 if asked_of(hit) else ELSEWHERE_SHARE
    by_concept: dict[str, list[Any]] = {}
    for hit in sorted(statements, key=lambda h: (-score[h.docnum], h.docnum)):
        by_concept.setdefault(hit["data"]["concept"], []).append(hit)
    return [hit for members in by_concept.values() for hit in members if score[hit.docnum] > 0]

