"""Search hits and the orders passage search and which-act give them beyond their scores.

A hit is a document the index scored (`Scored`); a query's hits come best first with the words it
looked for (`Ranked`), and are shown as `hit_record` writes them. Passage search then lets a case
example's passages count less (`stories_count_less`) and puts a passage repeating a better one last
(`repeats_last`); which-act lets law found by its own entry count less when the question types words
of its names but no name (`unnamed_law_counts_less`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from guidegraph.act_rules import LAW_WORDS, split_field

Hit = dict[str, Any]
# As in which-act's seeds (`act_rules.CASE_WEIGHT`), a case example's passages count this much in passage
# search: a question told as a story shares a story's everyday words whatever it asks, and the advice it
# asks for lies elsewhere.
CASE_PASSAGE_WEIGHT = 0.8
# A case example's other passages follow the one a question's story matched, at this share of its score,
# at most this many of them (the next as the case tells it): the story's telling is what a question
# told as a story shares words with, and what it asks (what was done, what was learned) is often the
# passage after. More would crowd out the other advice.
STORY_SHARE = 0.75
STORY_PASSAGES = 1
# A law's own entry, found by the words of one of its names typed apart ("no right to tell her ...
# without asking" for "right to ask"), counts this much: the question does not name it.
UNNAMED_ENTRY_WEIGHT = 0.25
REPEATED = 0.8  # share of their words two passages have in common when one repeats the other
_WORD = re.compile(r"\w+")


class Scored(dict):
    """A hit: the stored fields of a document, its score and its number in the index."""

    def __init__(self, fields: dict[str, Any], score: float, docnum: int) -> None:
        super().__init__(fields)
        self.score, self.docnum = score, docnum

    def fields(self) -> dict[str, Any]:
        return dict(self)


class Ranked(list):
    """Hits, best first, with the analysed words the query looked for (to mark in snippets)."""

    def __init__(self, hits: list[Scored], terms: frozenset[str]) -> None:
        super().__init__(hits)
        self.terms = terms


def hit_record(result: Scored, terms: frozenset[str]) -> Hit:
    """A hit as search returns it: its stored fields, its score and a snippet marking `terms`."""
    from guidegraph.answer_text import snippet

    stored = result.fields()
    data = stored["data"]
    passages = data.get("passages", [])
    return {
        "id": stored["id"],
        "kind": stored["kind"],
        "passage_id": data["ref"] if stored["kind"] == "passage" else (passages[0] if passages else None),
        "document": stored["document"],
        "section": data.get("section"),
        "section_title": data.get("section_title"),
        "line_start": data.get("line_start"),
        "line_end": data.get("line_end"),
        "title": stored["title"],
        "text": stored["text"],
        "snippet": snippet(stored["text"], terms),
        "score": round(float(result.score), 4),
        "legal_bases": split_field(stored.get("legal_bases")),
        "provisions": split_field(stored.get("provisions")),
        "entities": split_field(stored.get("entities")),
        "jurisdictions": split_field(stored.get("jurisdictions")),
        "iri": data.get("iri"),
    }


def stories_count_less(results: Ranked) -> Ranked:
    """The hits, a case example's passages counting less (`CASE_PASSAGE_WEIGHT`)."""
    for r in results:
        if r["kind"] == "passage" and any(e.startswith("case-example/") for e in split_field(r.get("entities"))):
            r.score *= CASE_PASSAGE_WEIGHT
    return Ranked(sorted(results, key=lambda r: -r.score), results.terms)


def with_the_rest_of_the_story(results: Ranked, story: Callable[[str], list[int]],
                               fields: Callable[[int], dict[str, Any]]) -> Ranked:
    """The hits, the best of each case example's passages followed by `STORY_PASSAGES` of the case's
    others (the next ones as the case tells them: what was done after what happened; the nearest
    before, for its last), at `STORY_SHARE` of its score (`story`: a case's passages by number, in
    the document's order; `fields`: a passage's stored fields). Once per case: a follower followed
    in turn would tell the whole case."""
    merged = {r.docnum: r for r in results}
    followed: set[str] = set()
    for hit in list(results):
        if hit["kind"] != "passage":
            continue
        for case in (e for e in split_field(hit.get("entities")) if e.startswith("case-example/")):
            if case in followed:
                continue
            followed.add(case)
            told = story(case)
            at = told.index(hit.docnum) if hit.docnum in told else len(told)
            # those after it, nearest first, then those before it, nearest first
            others = [told[i] for i in sorted(range(len(told)), key=lambda i: (i < at, abs(i - at))) if i != at]
            for docnum in others[:STORY_PASSAGES]:
                share = hit.score * STORY_SHARE
                if docnum in merged:
                    merged[docnum].score = max(merged[docnum].score, share)
                else:
                    merged[docnum] = Scored(fields(docnum), share, docnum)
    return Ranked(sorted(merged.values(), key=lambda r: (-r.score, r.docnum)), results.terms)


def asked_of_first(results: Ranked, theirs: Ranked, asked: Any) -> Ranked:
    """The hits and `theirs` (the best of the documents a question says it asks about, "Halton:
    should I only pass information to those who need it?"), once each, a hit from other documents
    counting `ELSEWHERE_WEIGHT`: strong advice elsewhere still shows, after what was asked of."""
    from guidegraph.act_rules import ELSEWHERE_WEIGHT

    merged = {r.docnum: r for r in [*theirs, *results]}
    for r in merged.values():
        if not asked(r):
            r.score *= ELSEWHERE_WEIGHT
    return Ranked(sorted(merged.values(), key=lambda r: (-r.score, r.docnum)), results.terms | theirs.terms)


def repeats_last(results: Ranked) -> Ranked:
    """The hits, a passage that repeats a better one (the same advice copied into another document,
    a myth's answer in two leaflets) after the others: it would take the place of other advice.
    A copy repeats the words as written, so they are compared unanalysed (the analyser costs more)."""
    kept: list[frozenset[str]] = []
    first, repeats = [], []
    for result in results:
        words = passage_words(result["text"]) if result["kind"] == "passage" else frozenset()
        if words and any(repeats_words(words, other) for other in kept):
            repeats.append(result)
        else:
            kept.append(words)
            first.append(result)
    return Ranked(first + repeats, results.terms)


def passage_words(text: str) -> frozenset[str]:
    """The words `repeats_last` compares passages by: as written, lower-cased."""
    return frozenset(_WORD.findall(text.lower()))


def repeats_words(words: frozenset[str], other: frozenset[str]) -> bool:
    """Do two passages' words (`passage_words`) make one a repeat of the other (`REPEATED`)?"""
    shared = len(words & other)
    return shared >= REPEATED * (len(words) + len(other) - shared)  # of all their words: no union made


def unnamed_law_counts_less(results: Ranked, question: list[str],
                            names: dict[str, list[tuple[str, ...]]]) -> Ranked:
    """The hits, a legal basis or provision found by its own entry counting less when the question
    types words of its names but no name: the entry is its names, short, so words the question uses
    apart ("no right to tell her ... without asking") or in another sense ("the council's scheme")
    score it highly for a name it does not type ("right to ask", "Disclosure Scheme")."""
    from guidegraph.analysis import stem
    from guidegraph.rank import contains

    typed = set(question) - {stem(word) for word in LAW_WORDS}  # "which law" names no law
    for r in results:
        own = [name for name in names.get(r["id"], ()) if name]
        if (r["kind"] in ("legal-basis", "provision") and not any(contains(question, name) for name in own)
                and any(typed & set(name) for name in own)):
            r.score *= UNNAMED_ENTRY_WEIGHT
    return Ranked(sorted(results, key=lambda r: -r.score), results.terms)
