"""The site's search data: an impact-ordered inverted index of stems, sharded into `<script>` files.

The browser side (`site_templates/assets/search.js`) tokenises and stems queries exactly as
`terms()` does here (a JavaScript port of whoosh's Porter stemmer), so both agree. Besides each
stem, each pair of neighbouring stems is a term ("duti confid"): a phrase in quotes matches the
documents holding all its pairs (a pair found in one document only is left out, and the browser
checks the text of the few documents holding all the phrase's words instead), and neighbours in a
plain query rank higher together. Scores are BM25
weights computed here once and stored as integers per posting; each term keeps at most
`POSTINGS_CAP` postings, its highest-scoring ones, so no shard grows without bound and the first
search stays fast however large the corpus. A term's postings, [gap, weight, gap, weight, ...], are
written as one base64 string of little-endian integers of `postingWidth` bytes (2, or 4 where a
number needs it): millions of numbers on a large site, which as JSON numbers took most of the
time of writing the search data.
"""

from __future__ import annotations

import base64
import json
import math
import operator
import re
import sys
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem as porter_stem

# the command line's own rewriting of provisions and ages (analysis.term_positions), run on the site's words
from guidegraph.analysis import (
    AGE_UNITS,
    NUMBER_WORDS,
    PREFIX_WORDS,
    special_windows,
    spell_ages,
    spell_legal_refs,
)
from guidegraph.analysis import words as analysed_words
from guidegraph.expansion import DEGREE_WORDS, OBJECT_WORDS, PARTICLES, one_word_only
from guidegraph.index import as_written
from guidegraph.query import QUESTION_WORDS, TYPO_MIN_DOCUMENTS, TYPO_MIN_LETTERS, TYPO_SWAP_MIN_LETTERS, english_words
from guidegraph.site.copies import passage_copies

if TYPE_CHECKING:
    from guidegraph.site.page_cache import PageCache

_COMBINING = re.compile("[\u0300-\u036f]")
_MARKS = re.compile("[\u00b2\u00b3\u00b9\u2070-\u209f]")  # superscript and subscript digits: footnote marks
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc]")
_TOKEN = re.compile("[a-z0-9]+")
STOP = frozenset(STOP_WORDS)
K1, B = 1.2, 0.75
TITLE_WEIGHT = 3  # a word in an entity's name or alias counts as three in its text
WEIGHT_SCALE = 10  # BM25 weights stored as integers of a tenth: two or three digits each
POSTINGS_CAP = 2000  # postings kept per term, the highest-scoring first
TERM_SHARD_BYTES = 96_000  # aimed size of one term shard
DOC_SHARD_SIZE = 48  # documents per document shard
CITE_SHARD_SIZE = 1024  # documents per shard of the legal bases they rest on: a few numbers each
GLOBAL = "ggSearch"  # the browser object every data file hands its data to


def words(text: str) -> list[str]:
    """Lower-case ASCII words, accents, apostrophes and footnote marks dropped (same rule as search.js `words`)."""
    if not text.isascii():  # NFKD splits accented letters; their marks are then dropped
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", _MARKS.sub(" ", text)))
    return _TOKEN.findall(_APOSTROPHES.sub("", text.lower()))


class _Stems(dict[str, "str | None"]):
    """word -> its stem, None for a stop word; whoosh's stemmer is pure Python regexes: each word once."""

    def __missing__(self, word: str) -> str | None:
        stem = self[word] = None if word in STOP else porter_stem(word)
        return stem


_STEMS = _Stems()


def terms(text: str) -> list[str]:
    """The stems search matches on: words spelled as the command line spells them, less stop words, Porter-stemmed."""
    return [stem for stem in map(_STEMS.__getitem__, spelled(words(text))) if stem is not None]


def spelled(found: list[str]) -> list[str]:
    """`found` with provisions and ages written one way, as the command line's analysis writes them
    (same rule as search.js `spelled`): "s47" and "s 47" are "section 47", number words to twenty
    are digits, "16 year old" is "16 age" (as "aged 16" is "ag 16" once stemmed) and "three month
    old" is "3 month age". Only the words from a number or prefix to two words on are looked at.

    Unlike the command line, "one" stays a word but in an age ("one year old"): it is seldom a
    number ("one of our pupils", "no one"), so the command line counts "1" as a question word, for
    "one" not to find list numbers; kept a word, it finds the guidance's "one" only, and counts."""
    special = [i for i, word in enumerate(found) if word in _SPECIAL or not word.isalpha()]  # with a digit
    if not special:
        return found
    out: list[str] = []
    done = 0
    for start, end in special_windows(special, len(found)):
        out += found[done:start]
        window = found[start:end]
        out += [word if word != "1" or window[pos] != "one" or _an_age(window, pos) else "one"
                for pos, word in spell_ages(spell_legal_refs(list(enumerate(window))))]
        done = end
    return out + found[done:]


def _an_age(found: list[str], start: int) -> bool:
    return start + 2 < len(found) and found[start + 1] in AGE_UNITS and found[start + 2] == "old"


_SPECIAL = frozenset(NUMBER_WORDS) | frozenset(PREFIX_WORDS)


def with_pairs(stems: list[str]) -> list[str]:
    """The stems and each pair of neighbours ("duti confid"): pairs answer phrase queries without positions."""
    return stems + list(map(" ".join, zip(stems, stems[1:], strict=False)))


class SearchDoc(NamedTuple):  # a tuple: made for each of tens of thousands of passages
    """One search result to be: an entity page or a published passage."""

    kind: str  # a key of KINDS
    title: str
    url: str  # from the site root
    sub: str  # a line of context under the title (document and section, status, ...)
    text: str  # what the snippet is cut from and phrases are checked against
    names: str = ""  # name and aliases, weighted TITLE_WEIGHT
    cites: tuple[str, ...] = ()  # pages of the legal bases it rests on (a passage citing them, a myth answered by them)
    weight: float = 1.0  # what its words count for: a case example's passages less (search_hits.CASE_PASSAGE_WEIGHT)


# makes the search documents, the alias sets and the guidance's own words among them
SearchInput = Callable[[], tuple[list[SearchDoc], list[list[str]], list[str]]]

KINDS = (  # (kind, group heading, score boost): entities first, passages last
    ("legal-basis", "Legal bases", 1.5),
    ("provision", "Provisions", 1.4),
    ("myth", "Myths", 1.6),
    ("principle", "Principles", 1.2),
    ("case-example", "Case examples", 1.2),
    ("guidance", "Cited guidance", 1.1),
    ("place", "Jurisdictions and local areas", 1.0),
    ("document", "Documents", 1.0),
    ("passage", "Passages", 1.0),
)


def alias_groups(label_sets: Iterable[Sequence[str]]) -> list[list[str]]:
    """Sets of labels naming one thing, as stem strings (`label_key`), deduplicated and sorted."""
    groups = set()
    for labels in label_sets:
        keys = {label_key(label) for label in labels} - {""}
        # a label also written apart in its group matches typed apart (as expansion.Expander._groups)
        stems = tuple(sorted(key for key in keys if "-" not in key or key.replace("-", " ") not in keys))
        if len(stems) > 1:
            groups.add(stems)
    return [list(group) for group in sorted(groups)]


def label_key(label: str) -> str:
    """A label's stems joined by spaces, or by hyphens for a label that matches only typed hyphenated
    (`expansion.one_word_only`: "say-so" is not "say so"); search.js reads both."""
    written = as_written(label, analysed_words(label))  # as the vocabulary writes it (index.vocabulary_groups)
    return ("-" if one_word_only(written) else " ").join(terms(label))


def write_search_data(docs: Sequence[SearchDoc], aliases: list[list[str]], directory: Path,
                      guidance: Iterable[str] = (), kept: PageCache | None = None) -> dict[str, int]:
    """Write `meta.js`, the term shards and the document shards into `directory`; return their sizes.
    `guidance`: the synonym concepts' own words, kept first among a word's aliases; `kept`: the
    page cache, which keeps the words of English between builds (`english_text`)."""
    data = SearchData(docs, aliases, directory, guidance, kept)
    return data.write_meta(data.write_terms(), data.write_documents())


class SearchPart(NamedTuple):
    """What writing one part of the search data wrote: bytes per file kind, and its entries of meta.js."""

    sizes: dict[str, int]
    meta: dict[str, object]


class SearchData:
    """The search data of `docs`, written in two parts that need only the documents, sorted here:
    the terms (postings and spelling) and the documents (their shards, the law they rest on, their
    copies); so a large site writes them side by side, in two processes (`workers`). meta.js, which
    tells of both, comes last."""

    def __init__(self, docs: Sequence[SearchDoc], aliases: list[list[str]], directory: Path,
                 guidance: Iterable[str] = (), kept: PageCache | None = None) -> None:
        order = {kind: n for n, (kind, _, _) in enumerate(KINDS)}
        self.docs = sorted(docs, key=lambda d: (order[d.kind], d.url))
        self.aliases = aliases
        self.directory = directory
        self.guidance = list(guidance)
        self.kept = kept
        directory.mkdir(parents=True, exist_ok=True)

    def write_terms(self) -> SearchPart:
        """The term shards and the spelling data."""
        docs, directory = self.docs, self.directory
        postings = _Postings(docs)
        width = 2 if max(len(docs), postings.max_weight) < 1 << 16 else 4  # gaps are less than len(docs)
        term_shards = max(1, math.ceil(sum(postings.counts.values()) * 9 / TERM_SHARD_BYTES))
        sizes = {"terms": 0, "spelling": 0}
        for n, shard in enumerate(_term_shards(postings.counts, term_shards)):  # one shard's postings at a time
            packed = {term: packed_numbers(postings.flat(term), width) for term in shard}
            sizes["terms"] += _write(directory / f"t{n}.js", f"t{n}", packed)
        spelling = spelling_data(postings.frequency, english_text(self.kept))
        sizes["spelling"] = _write(directory / "spelling.js", "spelling", spelling)
        return SearchPart(sizes, {"termShards": term_shards, "postingWidth": width})

    def write_documents(self) -> SearchPart:
        """The document shards, the legal bases each document rests on, and the passages' copies."""
        docs, directory = self.docs, self.directory
        sizes = {"docs": 0, "cites": 0, "copies": 0}
        subs = sorted({d.sub for d in docs})  # a passage's sub is its document's title: stored once, in meta
        sub_number = {sub: n for n, sub in enumerate(subs)}
        for n in range(0, len(docs), DOC_SHARD_SIZE):
            rows = [[d.title, d.url, sub_number[d.sub], d.text] for d in docs[n : n + DOC_SHARD_SIZE]]
            sizes["docs"] += _write(directory / f"d{n // DOC_SHARD_SIZE}.js", f"d{n // DOC_SHARD_SIZE}", rows)
        law = {d.url: n for n, d in enumerate(docs) if d.kind == "legal-basis"}  # page -> document number
        cite_shards = _cite_shards(docs, law)
        for n, rows in enumerate(cite_shards):
            sizes["cites"] += _write(directory / f"c{n}.js", f"c{n}", rows)
        cited = Counter(basis for rows in cite_shards for row in rows for basis in row)
        copies, near = passage_copies(docs)
        if copies:  # apart from meta.js: a site of many copies holds many numbers
            sizes["copies"] = _write(directory / "copies.js", "copies", {"sets": copies, "near": near})
        return SearchPart(sizes, {
            "citeShards": len(cite_shards),
            "lawCited": [cited[n] for n in law.values()],  # results resting on each legal basis, in their order
            "subs": subs,
            "copies": bool(copies),
        })

    def write_meta(self, *parts: SearchPart) -> dict[str, int]:
        """meta.js, from the parts written; return the bytes of all files by kind."""
        docs = self.docs
        meta = {
            "docShardSize": DOC_SHARD_SIZE,
            "citeShardSize": CITE_SHARD_SIZE,
            "docs": len(docs),
            "kinds": _kind_ranges(docs),
            "stop": sorted(STOP),
            "minor": sorted({stem for word in QUESTION_WORDS for stem in terms(word)}),
            "aliases": self.aliases,
            "guidance": sorted({label_key(word) for word in self.guidance} - {""}),
            "samePage": _same_page(docs),
            "objectWords": sorted(OBJECT_WORDS),
            "particles": sorted(PARTICLES),
            "degreeWords": sorted(DEGREE_WORDS),
            "typoMinLetters": TYPO_MIN_LETTERS,
            "typoSwapMinLetters": TYPO_SWAP_MIN_LETTERS,
            "typoMinDocuments": TYPO_MIN_DOCUMENTS,
        }
        sizes = {"meta": 0}
        for part in parts:
            meta.update(part.meta)
            sizes.update(part.sizes)
        sizes["meta"] = _write(self.directory / "meta.js", "meta", meta)
        return sizes


def spelling_data(frequency: dict[str, int], english: str | None = None) -> dict[str, object]:
    """What search.js needs to read a word typed one letter off a word of the guidance as that word,
    as the command line does (`query.respelt`): how many documents hold each stem, and the words of
    English (`english_text`, long enough to be typed or to be one letter off a word typed), which
    are words of their own, not misspellings. Loaded only when a typed word is found nowhere."""
    return {"stems": {stem: n for stem, n in sorted(frequency.items()) if stem.isalpha()},
            "english": english_text() if english is None else english}


def english_text(kept: PageCache | None = None) -> str:
    """The words of English spelling.js holds, joined by spaces. They are the same on every build
    with one version of the spelling dictionary (and of this code, which `kept` keys by), so they
    are kept between builds: loading the dictionary is a tenth of a rebuild's search data."""
    from guidegraph.cache_files import installed_version

    key = kept.key(["english words", installed_version("pyspellchecker"), TYPO_SWAP_MIN_LETTERS]) if kept else ""
    held = kept.load(key) if kept else None
    if held is not None:
        return held.decode("utf-8")
    text = " ".join(english_words(TYPO_SWAP_MIN_LETTERS))
    if kept:
        kept.save(key, text.encode("utf-8"))
    return text


def _same_page(docs: Sequence[SearchDoc]) -> list[int]:
    """The documents that lead to the same page as the one before them (a myth's further wordings):
    search.js lists each page once, found by its best document."""
    return [n for n in range(1, len(docs)) if docs[n].url and docs[n].url == docs[n - 1].url]


def _cite_shards(docs: Sequence[SearchDoc], law: dict[str, int]) -> list[list[list[int]]]:
    """Per CITE_SHARD_SIZE documents, each one's legal bases as their document numbers (`law`: by
    page; search.js ranks the law behind the best results with them, as `which-act` does); none
    when nothing rests on law."""
    rows = [sorted({law[url] for url in d.cites if url in law}) for d in docs]
    if not any(rows):
        return []
    return [rows[n : n + CITE_SHARD_SIZE] for n in range(0, len(rows), CITE_SHARD_SIZE)]


def _kind_ranges(docs: Sequence[SearchDoc]) -> list[list[object]]:
    counts = Counter(d.kind for d in docs)
    ranges = []
    start = 0
    for kind, heading, _ in KINDS:
        count = counts[kind]
        ranges.append([kind, heading, start, start + count])
        start += count
    return ranges


class _Postings:
    """Each stem's postings, flat delta-encoded lists [gap, weight, gap, weight, ...] in document order,
    capped at the POSTINGS_CAP highest BM25 weights; made one term at a time, when asked for.

    Documents with the same text, names, kind and weight (a passage repeated word for word across documents)
    are counted and weighed once: only their numbers differ.
    """

    def __init__(self, docs: Sequence[SearchDoc]) -> None:
        distinct, self._docs_of = _distinct(docs)
        self._of_doc = [0] * len(docs)  # document number -> its distinct document
        for u, numbers in enumerate(self._docs_of):
            for n in numbers:
                self._of_doc[n] = u
        self._rows = _weights(distinct, self._docs_of, len(docs))
        self.max_weight = max((weight for rows in self._rows.values() for _, weight in rows), default=0)
        sizes = [len(numbers) for numbers in self._docs_of]
        self.counts: dict[str, int] = {}  # term -> the number of postings it keeps
        self.frequency: dict[str, int] = {}  # stem -> the number of documents holding it
        for term, rows in self._rows.items():
            frequency = sum([sizes[u] for u, _ in rows])
            if " " not in term:
                self.frequency[term] = frequency
            if frequency > 1 or " " not in term:  # a pair in one document only: the browser checks its text instead
                self.counts[term] = min(POSTINGS_CAP, frequency)

    def flat(self, term: str) -> list[int]:
        rows = self._rows[term]
        numbers = _merged(rows, self._docs_of, capped=self.counts[term] == POSTINGS_CAP)
        weights = list(map(dict(rows).__getitem__, map(self._of_doc.__getitem__, numbers)))
        flat = weights + weights
        flat[0::2] = map(operator.sub, numbers, [0, *numbers])
        flat[1::2] = weights
        return flat


Distinct = list[tuple[str, str, str, float]]  # (text, names, kind, weight)


def _distinct(docs: Sequence[SearchDoc]) -> tuple[Distinct, list[list[int]]]:
    """The documents' distinct (text, names, kind, weight), and the numbers of the documents holding each."""
    distinct: dict[tuple[str, str, str, float], int] = {}
    of_doc = [distinct.setdefault((doc.text, doc.names, doc.kind, doc.weight), len(distinct)) for doc in docs]
    docs_of: list[list[int]] = [[] for _ in distinct]
    for n, u in enumerate(of_doc):
        docs_of[u].append(n)
    return list(distinct), docs_of


def _weights(distinct: Distinct, docs_of: list[list[int]], total: int) -> dict[str, list[tuple[int, int]]]:
    """term -> [(distinct document, integer BM25 weight)], in the order of the distinct documents."""
    counts = [_term_counts(text, names) for text, names, _, _ in distinct]
    lengths = [sum(tf.values()) for tf in counts]
    average = sum(lengths[u] * len(numbers) for u, numbers in enumerate(docs_of)) / max(1, total)
    frequency: Counter[str] = Counter()  # documents holding each term
    for u, tf in enumerate(counts):
        for term in tf:
            frequency[term] += len(docs_of[u])
    idf = {term: math.log(1 + (total - df + 0.5) / (df + 0.5)) * (K1 + 1) for term, df in frequency.items()}
    boosts = {kind: boost for kind, _, boost in KINDS}
    weights: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for u, ((_, _, kind, weight), tf) in enumerate(zip(distinct, counts, strict=True)):
        norm = K1 * (1 - B + B * lengths[u] / average)
        scale = WEIGHT_SCALE * boosts[kind] * weight
        for term, count in tf.items():
            weights[term].append((u, round(idf[term] * count / (count + norm) * scale) or 1))
    return weights


def _merged(rows: list[tuple[int, int]], docs_of: list[list[int]], capped: bool) -> list[int]:
    """A term's doc numbers from its (distinct doc, weight) rows, in doc order; when `capped`, the
    POSTINGS_CAP numbers of the highest weights only.

    Whole lists are merged by `sorted` (in C, merging runs already in order): millions of postings
    on a large site."""
    if not capped:
        return sorted(chain.from_iterable(docs_of[u] for u, _ in rows))
    # keep the highest weights (the lowest numbers among equals), back in doc order
    by_weight: dict[int, list[int]] = defaultdict(list)
    for u, weight in rows:
        by_weight[weight] += docs_of[u]
    kept: list[int] = []
    for weight in sorted(by_weight, reverse=True):
        kept += sorted(by_weight[weight])[: POSTINGS_CAP - len(kept)]
    return sorted(kept)


def _term_counts(text: str, names: str) -> Counter[str]:
    """How often each stem and pair occurs in a document; a word of its names counts TITLE_WEIGHT times."""
    tf = Counter(with_pairs(terms(text)))
    for term in with_pairs(terms(names)):
        tf[term] += TITLE_WEIGHT
    return tf


def packed_numbers(numbers: list[int], width: int) -> str:
    """`numbers` (each under 256 ** `width`) as base64 of little-endian unsigned integers of `width`
    bytes (search.js `unpack`): made and written in C, where a JSON number each is made in Python."""
    packed = array("H" if width == 2 else "I", numbers)
    assert packed.itemsize == width, f"no {width}-byte unsigned integers here"
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def shard_of(term: str, shards: int) -> int:
    """FNV-1a over UTF-16 code units, as search.js computes it."""
    value = 0x811C9DC5
    data = term.encode("utf-16-le")
    for n in range(0, len(data), 2):
        value = ((value ^ (data[n] | data[n + 1] << 8)) * 0x01000193) & 0xFFFFFFFF
    return value % shards


def _term_shards(terms: Iterable[str], shards: int) -> list[list[str]]:
    """The terms of each of `shards` groups, sorted."""
    groups: list[list[str]] = [[] for _ in range(shards)]
    for term in sorted(terms):
        groups[shard_of(term, shards)].append(term)
    return groups


def _write(path: Path, name: str, data: object) -> int:
    """A data file is one call: `ggSearch.add(name, data)`, loadable by a <script> tag from file://."""
    payload = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    payload = payload.replace("<", "\\u003c")
    if not payload.isascii():  # term shards are ASCII: two scans fewer
        payload = payload.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    content = f"{GLOBAL}.add({json.dumps(name)},{payload});\n".encode()
    path.write_bytes(content)
    return len(content)
