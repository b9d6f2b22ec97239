"""The passages that repeat one another, as `guidegraph search` tells them (`search_hits.repeats_words`):
search.js lists a passage repeating a better result after the others, as `search_hits.repeats_last`
does. The words are compared here, at build time; the browser is given only which passages are
copies of which (`copies.js`), and only for the passages that have a copy."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING

from guidegraph.search_hits import REPEATED, passage_words, repeats_words

if TYPE_CHECKING:
    from guidegraph.site.search import SearchDoc


def passage_copies(docs: Sequence[SearchDoc]) -> tuple[list[list[int]], list[list[int]]]:
    """The numbers of the passages (among `docs`) of each word set that more than one passage holds
    or that is near another's, and the pairs of those sets (their places in the first list) that
    are near."""
    holders: dict[frozenset[str], list[int]] = defaultdict(list)
    read: dict[str, frozenset[str]] = {}  # by text: a passage repeated word for word is read once
    for n, doc in enumerate(docs):
        if doc.kind != "passage":
            continue
        words = read.get(doc.text)
        if words is None:
            words = read[doc.text] = passage_words(doc.text)
        if words:
            holders[words].append(n)
    sets = list(holders)
    near = _near_pairs(sets)
    linked = sorted({i for pair in near for i in pair} | {i for i, words in enumerate(sets) if len(holders[words]) > 1})
    place = {i: k for k, i in enumerate(linked)}
    return [holders[sets[i]] for i in linked], sorted([place[i], place[j]] for i, j in near)


def _near_pairs(sets: list[frozenset[str]]) -> list[tuple[int, int]]:
    """The pairs of distinct word sets that repeat one another, found without comparing every two
    (prefix filtering): taken smallest first, a set and each smaller one it repeats share a word
    among the rarest of each, the first `len - REPEATED * len + 1` of its own and fewer of the
    smaller one's (which holds a larger share of what they share)."""
    frequency = Counter(chain.from_iterable(sets))
    holding: dict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))  # word -> sizes, sets
    indexed = 2 * REPEATED / (1 + REPEATED)  # a smaller set's words shared with a larger it repeats
    pairs = []
    for i in sorted(range(len(sets)), key=lambda i: len(sets[i])):
        words = sets[i]
        rarest = sorted(words, key=lambda word: (frequency[word], word))
        candidates = set()
        for word in rarest[: len(words) - int(REPEATED * len(words)) + 1]:
            sizes, held = holding[word]
            candidates.update(held[bisect_left(sizes, REPEATED * len(words)):])  # a set too small repeats none
        pairs += [(min(i, j), max(i, j)) for j in candidates if repeats_words(words, sets[j])]
        for word in rarest[: len(words) - int(indexed * len(words)) + 1]:
            sizes, held = holding[word]
            sizes.append(len(words))
            held.append(i)
    return sorted(pairs)
