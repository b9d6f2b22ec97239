"""Text analysis shared by the index and the queries: one spelling for what people write many ways.

Case, accents and quote styles are folded; "s47", "s.47" and "section 47" become one spelling, as
do ages ("16 year old", "aged 16") and number words to twenty; lone digits survive ("Article 8");
words are stemmed (Porter). `words` gives the folded words before stemming, for matching the
vocabulary's labels by inflection (`inflection_of`) rather than by a shared stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

_NUMBERED = re.compile(r"^(s|ss|sec|art|arts)\.?(\d[\w.]*)$")
_PREFIX_WORDS = {"s": "section", "ss": "section", "sec": "section", "art": "article", "arts": "article"}


class LegalRefFilter(Filter):
    """Spell provision references one way: "s47", "s.47", "s 47" and "section 47" all become section 47.

    Runs after lower-casing and before the stop filter (which renumbers positions), so the
    extra token it may emit keeps phrase queries working on both the index and the query side.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LegalRefFilter)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        pending = None
        for t in tokens:
            if pending is not None:
                if t.text[:1].isdigit():
                    pending.text = _PREFIX_WORDS[pending.text]
                yield pending
                pending = None
            match = _NUMBERED.match(t.text)
            if match:
                number = t.copy()
                t.text = _PREFIX_WORDS[match.group(1)]
                yield t
                number.text = match.group(2)
                yield number
            elif t.text in _PREFIX_WORDS:
                pending = t.copy()  # "s" alone is a prefix only when a number follows
            else:
                yield t
        if pending is not None:
            yield pending


class AgeFilter(Filter):
    """Ages one way: "16 year old", "sixteen-year-old" and "16 years old" become "16 age", as
    "aged 16" stems to "ag 16"; "three month old" becomes "3 month age". Number words to twenty
    become digits, so "six year old" and "6 year old" meet."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AgeFilter)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        pending: list[Any] = []  # a number, then perhaps its unit, waiting for "old"
        for t in tokens:
            t.text = _NUMBER_WORDS.get(t.text, t.text)
            if t.text.isdigit():
                yield from pending
                pending = [t.copy()]
            elif len(pending) == 1 and t.text in _AGE_UNITS:
                pending.append(t.copy())
            elif len(pending) == 2 and t.text == "old":
                number, unit = pending
                yield number
                if unit.text.startswith("year"):
                    unit.text = "age"
                    yield unit
                else:
                    unit.text = unit.text.rstrip("s")
                    yield unit
                    t.text = "age"
                    yield t
                pending = []
            else:
                yield from pending
                pending = []
                yield t
        yield from pending


_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_AGE_UNITS = {"year", "years", "month", "months", "week", "weeks"}


class StopWords(Filter):
    """whoosh's stop filter, except that a lone digit is a word ("article 8", "section 3", "aged 6")."""

    # The word list stays out of the instance: whoosh pickles the analyser into the index, and a
    # pickled set's order changes with the hash seed, which would make two builds differ.

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StopWords)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        from whoosh.analysis import STOP_WORDS

        position = None
        for t in tokens:
            if t.text in STOP_WORDS or (len(t.text) < 2 and not t.text.isdigit()):
                continue
            if t.positions:  # renumber, so phrases match across removed words on both sides alike
                position = t.pos if position is None else position + 1
                t.pos = position
            t.stopped = False
            yield t


def analyzer(stemming: bool = True) -> Any:
    """English analysis shared by the index and the queries: folding, provision spelling, stemming."""
    chain = (
        RegexTokenizer(r"\w+(\.?\w+)*")
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | LegalRefFilter()
        | AgeFilter()
        | StopWords()
    )
    return chain | StemFilter() if stemming else chain


def fold_quotes(text: str) -> str:
    """Curly quotes and primes to straight ones, so typed and typeset text compare equal."""
    return text.translate(_QUOTES)


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"',
                         "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"'})


def analyse(text: str) -> list[str]:
    """The index terms of `text`, in order."""
    return [stem(word) for word in words(text)]


def words(text: str) -> list[str]:
    """The words of `text` as the index sees them before stemming (folded, no stop words)."""
    return [t.text for t in _WORDS(fold_quotes(text))]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    from whoosh.lang.porter import stem as porter

    return porter(word)


def inflection_of(typed: str, label: str) -> bool:
    """True when two words share a stem and differ only as inflections do ("passed"/"pass", not
    "information"/"inform"): the vocabulary matches a typed word only to a label word it inflects."""
    return typed == label or (stem(typed) == stem(label) and abs(len(typed) - len(label)) <= MAX_INFLECTION)


MAX_INFLECTION = 3  # letters: -s, -es, -ed, -ing, -ies


_WORDS = analyzer(stemming=False)
ANALYZER = analyzer()  # one instance: its stemmer keeps a cache


def slug(text: str) -> str:
    """The slug `guidegraph.vocab.slugify` makes ("Northern Ireland" -> "northern-ireland"), without
    importing rdflib on the query path."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
