"""Text scoring: BM25F over the index's `body` field, with document lengths remembered between
queries (`weighting`), each word's best documents as candidates (`candidate_documents`), and a
query's units scored in full over those candidates (`rescore`). `rank.py` ranks the law the hits
lead to; this module scores the hits.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

BM25_B, BM25_K1 = 0.45, 1.2  # passages vary in length (a list with its lead-in), so length counts less



def weighting() -> Any:
    """BM25F whose document lengths are remembered between queries (whoosh reads them one by one)."""
    from whoosh import scoring

    lengths: dict[tuple[int, str], int] = {}

    class RememberingBM25F(scoring.BM25F):
        def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
            scorer = super().scorer(searcher, fieldname, text, qf)
            if hasattr(scorer, "dfl"):
                offset = id(searcher)

                def length(docnum: int) -> int:
                    key = (offset + docnum, fieldname)
                    if key not in lengths:
                        lengths[key] = searcher.doc_field_length(docnum, fieldname, 1)
                    return lengths[key]

                scorer.dfl = length
            return scorer

    return RememberingBM25F(B=BM25_B, K1=BM25_K1)


def bm25_impact(frequency: int, relative_length: float) -> float:
    """BM25's weight of a word `frequency` times in a document `relative_length` times the average
    length, before its rarity (idf): what ranks a word's postings in the index's `lead` field."""
    return frequency * (BM25_K1 + 1) / (frequency + BM25_K1 * (1 - BM25_B + BM25_B * relative_length))


def candidate_documents(searcher: Any, terms: list[str], allowed: set[int] | None, limit: int) -> list[int]:
    """The `limit` documents (among `allowed`) that score best by BM25 for `terms`, read from each
    term's best postings (`lead`) alone: a bounded walk however common the words."""
    leaves = searcher.reader().leaf_readers()  # the index's segments, with their first document numbers
    documents = max(1, searcher.doc_count_all())
    scores: dict[int, float] = defaultdict(float)
    for term in terms:
        idf = math.log(documents / (searcher.doc_frequency("body", term) + 1)) + 1.0
        for leaf, offset in leaves:
            if ("lead", term) not in leaf:
                continue
            for docnum, weight in _postings(leaf.postings("lead", term)):
                docnum += offset
                if allowed is None or docnum in allowed:
                    scores[docnum] += idf * weight
    return sorted(scores, key=lambda d: (-scores[d], d))[:limit]


def _postings(matcher: Any) -> Iterator[tuple[int, float]]:
    """A segment's postings of a term as (document, weight): from whoosh's W3 postings a block at
    a time (their arrays as the matcher reads them), which costs a fraction of a call per posting."""
    if not hasattr(matcher, "_read_ids"):  # a rare term's postings, kept in its term entry
        while matcher.is_active():
            yield matcher.id(), matcher.weight()
            matcher.next()
        return
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        yield from zip(matcher._ids[matcher._i :], matcher._weights[matcher._i :], strict=True)
        matcher._next_block()


Units = list[list[tuple[tuple[str, ...], float, float]]]  # query.Unit: options of (terms, weight, apart)


def rescore(units: Units, searcher: Any, docnums: Iterable[int]) -> dict[int, float]:
    """BM25 of each candidate for the query units, as whoosh scores them (a unit counts its best
    option; a phrase counts where its words stand together), from each candidate's own words and
    positions (`searcher.document_terms`): the cost grows with the candidates, not the index."""
    field = "body"
    documents = max(1, searcher.doc_count_all())
    average = searcher.avg_field_length(field) or 1.0
    idf = {term: math.log(documents / (searcher.doc_frequency(field, term) + 1)) + 1.0
           for options in units for option in options for term in option.terms}
    total = {}
    for docnum in sorted(set(docnums)):
        found = searcher.document_terms(docnum)
        norm = BM25_K1 * (1 - BM25_B + BM25_B * searcher.doc_field_length(docnum, field, 1) / average)
        score = 0.0
        for options in units:
            best = 0.0
            for terms, weight, apart in options:
                frequencies, together = _frequencies(found, terms)
                if frequencies and (together or apart):
                    share = weight if together else weight * apart
                    best = max(best, share * sum(idf[term] * tf * (BM25_K1 + 1) / (tf + norm)
                                                 for term, tf in zip(terms, frequencies, strict=True)))
            score += best
        total[docnum] = score
    return total


def _frequencies(found: Any, terms: tuple[str, ...]) -> tuple[tuple[int, ...] | None, bool]:
    """How often each of `terms` stands in a document (`DocumentTerms`), None unless all do; and
    whether they stand side by side somewhere."""
    if len(terms) == 1:
        frequency = found.frequency(terms[0])
        return ((frequency,) if frequency else None), True
    rows = [found.positions(term) for term in terms]
    if not all(rows):
        return None, False
    return tuple(len(row) for row in rows), _adjacent(rows)


def _adjacent(positions: list[Any]) -> bool:
    """True when the words stand one after another somewhere (positions as the analyser counts them)."""
    following = [set(p) for p in positions[1:]]
    return any(all(start + i + 1 in later for i, later in enumerate(following)) for start in positions[0])
