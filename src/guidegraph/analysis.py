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
from os.path import commonprefix
from typing import Any, NamedTuple

from whoosh.analysis import STOP_WORDS, CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StemFilter
from whoosh.support.charset import accent_map

_NUMBERED = re.compile(r"^(s|ss|sec|art|arts)\.?(\d[\w.]*)$")
PREFIX_WORDS = {"s": "section", "ss": "section", "sec": "section", "art": "article", "arts": "article"}


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
                    pending.text = PREFIX_WORDS[pending.text]
                yield pending
                pending = None
            match = _NUMBERED.match(t.text)
            if match:
                number = t.copy()
                t.text = PREFIX_WORDS[match.group(1)]
                yield t
                number.text = match.group(2)
                yield number
            elif t.text in PREFIX_WORDS:
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
            t.text = NUMBER_WORDS.get(t.text, t.text)
            if t.text.isdigit():
                yield from pending
                pending = [t.copy()]
            elif len(pending) == 1 and t.text in AGE_UNITS:
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


NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
AGE_UNITS = {"year", "years", "month", "months", "week", "weeks"}


class StopWords(Filter):
    """whoosh's stop filter, except that a lone digit is a word ("article 8", "section 3", "aged 6")."""

    # The word list stays out of the instance: whoosh pickles the analyser into the index, and a
    # pickled set's order changes with the hash seed, which would make two builds differ.

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StopWords)

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        position = None
        for t in tokens:
            if t.text in STOP_WORDS or (len(t.text) < 2 and not t.text.isdigit()):
                continue
            if t.positions:  # renumber, so phrases match across removed words on both sides alike
                position = t.pos if position is None else position + 1
                t.pos = position
            t.stopped = False
            yield t


# A word character, less superscript and subscript digits: a footnote mark glued to a word
# ("harm.²", "Act 1989³", from text and PDF exports) ends the word rather than joining it.
_WORD = r"[^\W\u00b2\u00b3\u00b9\u2070-\u209f]"
TOKEN_PATTERN = rf"{_WORD}+(?:\.?{_WORD}+)*"


def analyzer(stemming: bool = True) -> Any:
    """English analysis shared by the index and the queries: folding, provision spelling, stemming."""
    chain = (
        RegexTokenizer(TOKEN_PATTERN)
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
    if typed == label:
        return True
    if stem(typed) != stem(label) or abs(len(typed) - len(label)) > MAX_INFLECTION:
        return False
    shared = commonprefix([typed, label])
    return all(_inflectional(shared, word[len(shared):]) for word in (typed, label))


MAX_INFLECTION = 3  # letters: -s, -es, -ed, -ing, -ies
# Endings that inflect a word. An ending that derives another word does not: "officer" is not
# "office" (the stemmer joins them), nor "carer" "care", though both differ by one letter.
INFLECTIONS = frozenset({"", "s", "es", "d", "ed", "ing", "e", "y", "ies", "ied", "ie", "ying"})


def _inflectional(base: str, ending: str) -> bool:
    """Is `ending` an inflection after `base`, its consonant doubled or not ("stop", "ped")?"""
    if base and ending[:1] == base[-1]:
        ending = ending[1:]
    return ending in INFLECTIONS


def same_family(a: str, b: str) -> bool:
    """True when two stems are one word's family that the stemmer kept apart ("confid" of
    confidence and "confidenti" of confidential, "child" and "children", "privat" and "privaci"):
    they share all but a short ending. Applied only to labels of one vocabulary group."""
    shared = len(commonprefix([a, b]))
    return a != b and shared >= FAMILY_PREFIX and shared >= FAMILY_SHARE * min(len(a), len(b))


FAMILY_PREFIX = 5  # letters two stems of one family share at least
FAMILY_SHARE = 0.8  # of the shorter stem


def term_positions(text: str) -> dict[str, list[int]]:
    """Each index term of `text` with its positions, as `ANALYZER` gives them to the index.

    The same chain as `analyzer()`, on plain lists, with each distinct word's folding and stem
    worked out once per process, and the provision and age spellings applied only around the
    words they may rewrite: the whoosh chain passes a token object through six generators per
    word, which dominated the time to index a large corpus. `tests/test_index.py` checks that
    the two agree.
    """
    known = _KNOWN.get
    words = [known(raw) or _learn(raw) for raw in _TOKEN.findall(text)]
    first, terms = _terms(words)
    found: dict[str, list[int]] = {}
    for position, term in enumerate(terms, first):
        if term in found:
            found[term].append(position)
        else:
            found[term] = [position]
    return found


def _terms(words: list[_Word]) -> tuple[int, list[str]]:
    """The terms of `words` in order, stop words left out, and the position of the first.

    Positions then count on from the first term, as `StopWords` renumbers them. The rewriting
    filters look at most two words past a special word, so they run on windows from each
    special word to two words after the last one near it.
    """
    terms: list[str] = []
    first = -1
    done = 0
    for start, end in special_windows([i for i, word in enumerate(words) if word.special], len(words)):
        plain = [word.term for word in words[done:start]]
        if first < 0 and any(plain):
            first = done + next(i for i, term in enumerate(plain) if term)
        terms += [term for term in plain if term]
        for pos, folded in spell_ages(spell_legal_refs([(p, words[p].folded) for p in range(start, end)])):
            term = _term(folded)
            if term:
                first = pos if first < 0 else first
                terms.append(term)
        done = end
    plain = [word.term for word in words[done:]]
    if first < 0 and any(plain):
        first = done + next(i for i, term in enumerate(plain) if term)
    terms += [term for term in plain if term]
    return max(first, 0), terms


def special_windows(specials: list[int], length: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for i in specials:
        if windows and i < windows[-1][1]:
            windows[-1] = (windows[-1][0], min(i + 3, length))
        else:
            windows.append((i, min(i + 3, length)))
    return windows


class _Word(NamedTuple):
    folded: str
    term: str  # "" for a stop word
    special: bool  # the provision or age spelling may rewrite it or the words after it


_TOKEN = re.compile(TOKEN_PATTERN)
_KNOWN: dict[str, _Word] = {}


def _learn(raw: str) -> _Word:
    folded = raw.lower().translate(accent_map)
    special = bool(folded[:1].isdigit() or folded in PREFIX_WORDS or folded in NUMBER_WORDS
                   or _NUMBERED.match(folded))
    word = _KNOWN[raw] = _Word(folded, _term(folded), special)
    return word


def _term(folded: str) -> str:
    return "" if folded in STOP_WORDS or (len(folded) < 2 and not folded.isdigit()) else stem(folded)


Positioned = list[tuple[int, str]]


def spell_legal_refs(tokens: Positioned) -> Positioned:
    """`LegalRefFilter` on a list."""
    out: Positioned = []
    pending = None
    for pos, word in tokens:
        if pending is not None:
            out.append((pending[0], PREFIX_WORDS[pending[1]]) if word[:1].isdigit() else pending)
            pending = None
        match = _NUMBERED.match(word)
        if match:
            out += [(pos, PREFIX_WORDS[match.group(1)]), (pos, match.group(2))]
        elif word in PREFIX_WORDS:
            pending = (pos, word)
        else:
            out.append((pos, word))
    if pending is not None:
        out.append(pending)
    return out


def spell_ages(tokens: Positioned) -> Positioned:
    """`AgeFilter` on a list."""
    out: Positioned = []
    pending: Positioned = []
    for pos, word in tokens:
        word = NUMBER_WORDS.get(word, word)
        if word.isdigit():
            out += pending
            pending = [(pos, word)]
        elif len(pending) == 1 and word in AGE_UNITS:
            pending.append((pos, word))
        elif len(pending) == 2 and word == "old":
            number, (unit_pos, unit) = pending
            out.append(number)
            if unit.startswith("year"):
                out.append((unit_pos, "age"))
            else:
                out += [(unit_pos, unit.rstrip("s")), (pos, "age")]
            pending = []
        else:
            out += pending
            pending = []
            out.append((pos, word))
    return out + pending


_WORDS = analyzer(stemming=False)
ANALYZER = analyzer()  # one instance: its stemmer keeps a cache


def slug(text: str) -> str:
    """The slug `guidegraph.vocab.slugify` makes ("Northern Ireland" -> "northern-ireland"), without
    importing rdflib on the query path."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"
