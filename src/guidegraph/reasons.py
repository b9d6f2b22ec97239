"""The reason line of which-act: the sentence that best says why a legal basis answers a question.

It is chosen from the basis's evidence (the hits that led to it), by the question's words it holds,
whether it names the law, and whether it says what the law does. A sentence only naming the law in
passing ("public debate ... stimulated by the Children Act 2004") or telling a story explains
nothing: then the passages citing the law that say what it does are read too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from guidegraph.rank import SENTENCE, contains

NAMING = 2.5  # a sentence naming the law says why it is the answer: worth more than two of the question's words
# ... the more so when it says what the law does: a sentence only naming it explains nothing.
EFFECT = 1.0
EFFECT_WORDS = ("power duty duties permit allow enable require must gateway obligation right exempt exemption "
                "condition entitle authorise oblige")
FRAGMENT = 1.0  # the tail of a list item ("are told by a girl ..."), a footnote's number or a reference
SHORT = 6  # words: a shorter sentence naming no law is a heading or a label, not a reason
RANK_COST = 0.1  # each later text counts this much less: the evidence comes best first
LENGTH_COST = 0.002  # per word: of two sentences saying as much, the shorter
LISTING = 3  # a sentence naming this many Acts lists them ("duties under the Children Act 1989, ..."): no reason
_ACT = re.compile(r"\bAct\s+\d{4}\b")
# "... should be treated as an access to records request under the Data Protection Act 1998": done under law
_UNDER = re.compile(r"\b(?:under|by virtue of|in accordance with|pursuant to)\s+(?:the\s+)?"
                    r"(?:s\.?\s?\d+|section|article|[A-Z])")


def best_sentence(texts: list[str], terms: set[str], names: list[str]) -> str:
    """The sentence of `texts` that best explains the answer: one naming the law (one of `names`),
    saying what it does, with the question's words (`terms`), that reads as a whole sentence."""
    return best_sentence_at(texts, terms, names)[0]


def best_sentence_at(texts: list[str], terms: set[str], names: list[str],
                     only_explaining: bool = False) -> tuple[str, int, float]:
    """The best sentence of `texts` (as `best_sentence`), the index of the text holding it and its
    score; with `only_explaining`, of the sentences that say what the law does (`explains`)."""
    named = _analysed_names(names)
    best, at, best_score = "", 0, -1e9
    for rank, text in enumerate(texts):
        for sentence, words in sentences_of(text):
            if not words or (only_explaining and not _explains(sentence, words, named)):
                continue
            score = _score(sentence, words, terms, named) - RANK_COST * (0 if only_explaining else rank)
            if score > best_score:
                best, at, best_score = sentence.strip(), rank, score
    return best, at, best_score


# Passages are read again and again, by one question's laws and by the next question's: their
# sentences are analysed once.
@lru_cache(maxsize=8192)
def sentences_of(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The sentences of `text`, each with its words as the analyser reads them."""
    from guidegraph.analysis import analyse

    return tuple((sentence, tuple(analyse(sentence))) for sentence in SENTENCE.split(text))


@lru_cache(maxsize=8192)
def words_of(text: str) -> frozenset[str]:
    """The words of `text` as the analyser reads them."""
    return frozenset(word for _, words in sentences_of(text) for word in words)


def explains(sentence: str, names: list[str]) -> bool:
    """Does `sentence` name the law and say what it does (a power, a duty, a right, a condition),
    rather than list it among others?"""
    from guidegraph.analysis import analyse

    return _explains(sentence, analyse(sentence), _analysed_names(names))


def _explains(sentence: str, words: tuple[str, ...] | list[str], named: set[tuple[str, ...]]) -> bool:
    return (any(contains(words, name) for name in named) and _says_what_it_does(sentence, words, named)
            and not _fragment(sentence.strip()))


def _says_what_it_does(sentence: str, words: tuple[str, ...] | list[str], named: set[tuple[str, ...]]) -> bool:
    """Does `sentence` speak of a power, duty, right or condition (in words other than the law's
    own names: "right to know" names a scheme), or of something done under law, and not list
    several Acts?"""
    if len(_ACT.findall(sentence)) >= LISTING:
        return False
    own = {word for name in named for word in name}
    return bool((_effect_stems() - own) & set(words)) or bool(_UNDER.search(sentence))


def _score(sentence: str, words: tuple[str, ...], terms: set[str], named: set[tuple[str, ...]]) -> float:
    mentions = any(contains(words, name) for name in named)
    score = len(terms & set(words)) + (NAMING if mentions else 0.0) - LENGTH_COST * len(words)
    if _says_what_it_does(sentence, words, named):
        score += EFFECT
    if _fragment(sentence.strip()) or (len(words) < SHORT and not mentions):
        score -= FRAGMENT
    return score


def _analysed_names(names: list[str]) -> set[tuple[str, ...]]:
    from guidegraph.analysis import analyse

    return {analysed for analysed in (tuple(analyse(name)) for name in names if name) if analysed}


@lru_cache(maxsize=1)
def _effect_stems() -> frozenset[str]:
    from guidegraph.analysis import analyse

    return frozenset(analyse(EFFECT_WORDS))


def _fragment(sentence: str) -> bool:
    """Not a sentence of its own: it starts in lower case or with a note's number ("3 Section 47"),
    it is an aside in brackets ("(Children Act 1989)."), or it does not end as a sentence does (a
    reference: "Home Office (2023) ... guidance")."""
    return (sentence[:1].islower() or bool(re.match(r"\d+\s+[A-Z]|\([^()]*\)[.;:]?$", sentence))
            or not sentence.rstrip("’'\")”").endswith((".", "!", "?", ":", ";")))
