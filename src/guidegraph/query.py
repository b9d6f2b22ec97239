"""From what a person types to a whoosh query: phrases, field filters, and the graph's vocabulary.

Queries are natural language, so free words are OR-ed and ranked (BM25F), never required.
A word or phrase that is a label in the vocabulary (an alias of a legal basis, a term, a
synonym) also matches the other labels of its group (`expansion.Expander` finds them), at a
lower weight. The vocabulary is data the build wrote from the graph; this module knows no words
of the domain.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from guidegraph.analysis import analyse, fold_quotes, same_family, stem, words
from guidegraph.errors import GuidegraphError
from guidegraph.index import KINDS

if TYPE_CHECKING:
    from guidegraph.expansion import Expander

MAX_QUERY_CHARS = 2000  # a pasted page is cut here; ranking needs words, not essays
MAX_TERMS = 48
MAX_ALTERNATIVES = 16
EXPANSION_WEIGHT = 0.6  # an alias counts for less than the word typed
MINOR_WEIGHT = 0.3  # a question word ("who", "when") hints at the answer's form, not its topic
PHRASE_WEIGHT = 2.0  # a "quoted phrase" the person typed
FAMILY_WEIGHT = 0.9  # a label of the same word family as the typed word, which stemming kept apart
# Prefixes the guidance may write with a hyphen where people type the word solid ("re-assessment")
HYPHENATED_PREFIXES = ("re", "co", "pre", "non", "multi", "inter", "anti", "post")
# A synonym concept's own word (its skos:prefLabel, the guidance's word) may be this many times
# commoner than the word typed before it counts less: "consent" for "agreement" is no drift.
GUIDANCE_WORD_LEEWAY = 2.0
LABEL_APART = 0.6  # share of its weight a typed label earns with its words apart
MAX_CANDIDATE_TERMS = 8  # the most telling words find the candidates (each walks its postings)
# Further telling words also find candidates while their documents together number no more than
# this: a rare word costs a short walk (`candidate_terms`).
EXTRA_CANDIDATE_POSTINGS = 1000
# A label typed with a word in no more than this share of documents: the phrases it stands for find
# its answers (`candidate_terms`).
SELDOM_WRITTEN = 0.01
COMMON_SHARE = 0.1  # a word in more than this share of documents tells too little to find them
SCORED_FIELD = "body"
# A word typed one letter off the guidance's is read as it when it has this many letters (a shorter
# one is as often another word: "admin", "lado"), and the guidance's word is in this many passages.
TYPO_MIN_LETTERS = 6
# A shorter word, of this many letters or more, is read as a word of the vocabulary's labels only with two
# neighbouring letters swapped back: a fast typist's slip in a short name ("GDRP", "CAHMS", "MAHS"),
# not a name of someone's ("Mali" is no "mail").
TYPO_SWAP_MIN_LETTERS = 4
TYPO_MIN_DOCUMENTS = 2
ENGLISH_MIN_COUNT = 50  # the word list's floor: a word counted no more is noise in its sources
FILTER_FIELDS = {"kind": "kind", "document": "document", "jurisdiction": "jurisdictions",
                 "basis": "legal_bases", "legal_basis": "legal_bases", "year": "year", "cites": "cites"}
# Words that shape a question but carry no topic; they count for little (the index keeps them, so
# a quoted phrase still matches them):
# - the words of asking ("am I allowed to" asks what "can I" asks), and what is left of a contraction
#   split at its apostrophe ("we're", "I'll", "don't", "won't": its "not" is a stop word);
# - the pronouns that name no one ("nobody", "everything", as "someone" and "anything"; not "anyone":
#   "promised not to tell anyone" is a confidence);
# - "one" ("one of our pupils"), which the analyser spells "1" like a list number;
# - every form of "know" ("without her mum knowing");
# - the fillers of talk ("is she actually required", "pretty weak") and its vague nouns ("the same
#   thing as secrecy?", "a kid's health stuff");
# - a phrasal verb's particle standing alone ("turned up drunk", "hanging round the gates"), whose verb
#   says what is meant (a label holding it, "pick up" or "write down", is weighed whole); not "out" or
#   "back", which carry the idea ("find out", "kicked out", "heard back");
# - the light verbs of a story ("she has come to me", "they all seem to", "if it happens again"),
#   which say that something is, not what;
# - the words that order a story in time ("after I passed it on", "since then", "until she rings back",
#   "while he was here"), as "then" and "already", and those that date it ("last night", "weeks ago",
#   "today", "recently"): when, not what ("once" may be what is asked: "once consent is given"; a day
#   may be a time set: "the same day");
# - the words of degree that make a comparative or a superlative ("more tests", "the most important
#   thing", "less likely"), which weigh the word after them, not what is asked, as "very" does;
# - "all", which says how much ("keep all this", "at all", "got it all wrong"), and the words asking
#   whether something is worth doing or what it means ("is it worth mentioning", "does that mean"):
#   ways of asking, like "should" and "can".
QUESTION_WORDS = (frozenset("""
what which who whom whose how when where why whether do does did doing done is are was were be been being am
re ve ll don won isn aren hasn haven doesn didn wasn weren couldn wouldn shouldn mustn
i me my mine myself we our ours us you your yours he him she his her they them their it its there here
can could should would will shall might must may please tell me about any some anything something someone
everyone everybody nobody somebody everything nothing
just really also still ever always never even get gets getting got make makes making made let lets letting
want wants wanted wanting know knows knew knowing
allowed permitted able ok okay
but now then so because though although already unless
these those such like own
actually basically honestly definitely surely perhaps maybe probably literally quite pretty very rather
same thing things stuff
up down off away round along
come comes came coming seem seems seemed happen happens happened happening
after since until while whilst last week weeks ago yesterday today tonight lately recently
all worth mean means more most less least
""".split()) - {"always", "never", "tell"}) | {"1"}
_FILTER = re.compile(r"^(?P<field>[a-z_]+):(?P<value>\S+)$")
_PHRASE = re.compile(r'"([^"]*)"')
# A sentence quoted in single quotes ("'This scheme builds on existing ... disclosures.' Which scheme
# ...?"): an apostrophe within a word ("the Act's") is no quote mark. Its words are searched as typed
# too, as a quotation from memory is seldom word for word.
_QUOTED = re.compile(r"(?<![\w'])'(?=[^\W\d_])((?:[^']|(?<=\w)'(?=\w))+?[\w.!?,)])'(?![\w'])")
QUOTED_TERMS = 3  # a quotation of fewer words is a term in quotes ("'lacking capacity'"), not a sentence
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_OPERATORS = {"AND", "OR", "NOT", "&&", "||"}
@dataclass(frozen=True)
class ParsedQuery:
    """A query split into free words (as typed, folded), quoted phrases (analysed) and field filters."""

    words: tuple[str, ...] = ()
    minor: frozenset[str] = frozenset()  # question words among `words`: they count for little
    phrases: tuple[tuple[str, ...], ...] = ()
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # hyphenated words typed ("well-being": ("well", "be")) with their solid spelling's term ("wellb")
    compounds: dict[tuple[str, ...], str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    def with_hints(self, hints: tuple[str, ...]) -> ParsedQuery:
        """The query with `hints` (words the guidance uses for what it asks) added as question words:
        they count for little, so the words typed outweigh them."""
        added = tuple(w for w in hints if w not in self.words)
        return replace(self, words=self.words + added, minor=self.minor | set(added))

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words)


def parse(text: str) -> ParsedQuery:
    """Split `text` into words, analysed phrases and filters; tolerant of any input."""
    text = fold_quotes(text or "")[:MAX_QUERY_CHARS]
    phrases = [tuple(analyse(p)) for p in _PHRASE.findall(text)]
    rest = _PHRASE.sub(" ", text).replace('"', " ")
    phrases += [quoted for q in _QUOTED.findall(rest) if len(quoted := tuple(analyse(q))) >= QUOTED_TERMS]
    filters: dict[str, list[str]] = {}
    typed = []
    for raw in rest.split():
        match = _FILTER.match(raw.lower())
        if match and match.group("field") in FILTER_FIELDS and match.group("value"):
            filters.setdefault(match.group("field"), []).append(match.group("value"))
        elif raw not in _OPERATORS:
            typed.append(raw)
    surface = words(" ".join(typed))
    if not any(w not in QUESTION_WORDS for w in surface):
        minor: frozenset[str] = frozenset()  # a query of question words only still searches for them
    else:
        minor = QUESTION_WORDS & set(surface)
    return ParsedQuery(
        words=tuple(surface[:MAX_TERMS]),
        minor=minor,
        phrases=tuple(p for p in phrases if p)[:8],
        filters={k: tuple(v) for k, v in filters.items()},
        compounds=_compounds(" ".join(typed)),
    )


def quotations(text: str) -> list[str]:
    """The phrases and sentences `text` quotes, in double or single quotes, as typed."""
    text = fold_quotes(text or "")
    return [*_PHRASE.findall(text), *_QUOTED.findall(_PHRASE.sub(" ", text))]


def without_quotations(text: str) -> str:
    """`text` without the phrases and sentences it quotes: what a question asks is in its own words
    ("'Comply with the law' - which numbered list is that from?" asks for no law)."""
    text = _PHRASE.sub(" ", fold_quotes(text or ""))
    return _QUOTED.sub(" ", text)


def _compounds(text: str) -> dict[tuple[str, ...], str]:
    """Hyphenated words ("well-being", "co-operation", "multi-agency") as the terms of their parts
    and the term of the same word written solid ("wellbeing"): one word, never two apart."""
    found = {}
    for token in _HYPHENATED.findall(text):
        parts = words(token.replace("-", " "))
        if len(parts) == token.count("-") + 1:
            found[tuple(stem(p) for p in parts)] = stem("".join(parts))
    return found


def filter_query(filters: dict[str, tuple[str, ...]]) -> Any:
    """A whoosh filter from `kind:`, `document:`, `jurisdiction:`, `basis:` and `year:` values."""
    from whoosh import query

    clauses = []
    for name, values in sorted(filters.items()):
        fieldname = FILTER_FIELDS[name]
        options = [_filter_term(fieldname, value) for value in values]
        clauses.append(options[0] if len(options) == 1 else query.Or(options))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else query.And(clauses)


def _filter_term(fieldname: str, value: str) -> Any:
    from whoosh import query

    if fieldname == "kind" and value not in KINDS:
        raise GuidegraphError(f"unknown kind '{value}': choose one of {', '.join(KINDS)}")
    if fieldname == "year":
        if not value.isdigit():
            raise GuidegraphError(f"year:{value} is not a year; write for example year:2018")
        return query.Term("year", int(value))
    if fieldname == "jurisdictions":
        from guidegraph.analysis import slug

        value = slug(value)
    return query.Term(fieldname, value)


class Option(NamedTuple):
    """A word or phrase (analysed terms) and its weight; `apart` is the share of the weight a
    phrase still earns where all its words stand in a document but not side by side."""

    terms: tuple[str, ...]
    weight: float
    apart: float = 0.0


Unit = list[Option]  # what one typed word or label stands for: the best option counts


def respelt(parsed: ParsedQuery, searcher: Any, known: frozenset[str] = frozenset()) -> ParsedQuery:
    """`parsed` with each word typed one letter off a word of the guidance ("concent", "threshhold",
    "saftey", "calicott") read as that word: a letter wrong, missing, doubled or two swapped (only
    two swapped in a word shorter than `TYPO_MIN_LETTERS`, into a word of `known`: "GDRP"); of
    several words one letter off it, the commonest in the guidance (written twice, or once if English
    has it). Only a word the guidance never writes, the vocabulary does not know (`known`: "cops")
    and English does not have either (`english`): "actual", "brain" and "treaty" are words of
    their own, seldom in guidance, not misspellings."""
    cache = searcher.__dict__.setdefault("_guidegraph_respelt", {})  # per open index: its words
    spelt = []
    for word in parsed.words:
        if word not in cache:
            cache[word] = _respelt_word(searcher, word, known)
        spelt.append(cache[word])
    if tuple(spelt) == parsed.words:
        return parsed
    return replace(parsed, words=tuple(spelt))


def _respelt_word(searcher: Any, word: str, known: frozenset[str]) -> str:
    term = stem(word)
    if (len(word) < TYPO_SWAP_MIN_LETTERS or not word.isalpha() or word in QUESTION_WORDS or term in known
            or searcher.doc_frequency(SCORED_FIELD, term) > 0 or english(word)):
        return word
    found = {}
    short = len(word) < TYPO_MIN_LETTERS
    for candidate in _swapped(word) if short else _one_letter_off(word):
        read = stem(candidate)
        if short and read not in known:
            continue
        frequency = searcher.doc_frequency(SCORED_FIELD, read)
        # a word the guidance writes once may be its own slip, unless English has it ("secrecy")
        if frequency >= TYPO_MIN_DOCUMENTS or (frequency and english(candidate)):
            found[candidate] = frequency
    return min(found, key=lambda w: (-found[w], w)) if found else word


def english(word: str) -> bool:
    """Is `word` a word of English (seen more than `ENGLISH_MIN_COUNT` times in pyspellchecker's
    word list, whose rarest entries are misspellings: "concent")?"""
    return _english_counts()[word] > ENGLISH_MIN_COUNT


def english_words(shortest: int) -> list[str]:
    """The words of English (as `english` has them) of `shortest` letters or more, sorted."""
    return sorted(word for word, count in _english_counts().dictionary.items()
                  if count > ENGLISH_MIN_COUNT and len(word) >= shortest and word.isalpha())


@cache
def _english_counts() -> Any:
    from spellchecker import SpellChecker  # loaded on the first word the guidance lacks: 0.1 s

    return SpellChecker(language="en", distance=1).word_frequency


def _one_letter_off(word: str) -> Iterator[str]:
    """Every word one edit from `word`: a letter deleted, two neighbours swapped, one replaced or added."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield from (a + b[1:] for a, b in splits if b)
    yield from _swapped(word)
    yield from (a + c + b[1:] for a, b in splits if b for c in letters if c != b[0])
    yield from (a + c + b for a, b in splits for c in letters)


def _swapped(word: str) -> Iterator[str]:
    """Every word made from `word` by swapping two neighbouring letters."""
    yield from (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))


def plan(parsed: ParsedQuery, expander: Expander, searcher: Any = None, expand: bool = True,
         expand_below: float | None = None) -> list[Unit]:
    """The query as units: each typed word or label with its alternatives at a lower weight.

    Words the person typed that make up a label ("prevent crime") still count, for less, where
    they stand apart ("the prevention of crime", "prevent or detect crime"); a quoted phrase and
    an alternative count only side by side.

    With a `searcher`, alternatives absent from the index are left out (they cannot match) and
    those much commoner than the typed word weigh less (`_specificity`), a synonym concept's own
    word less so (`GUIDANCE_WORD_LEEWAY`).
    """
    if searcher is not None:
        parsed = respelt(parsed, searcher, expander.label_terms)
    units = expander.units(parsed.words, parsed.compounds) if expand else [((t,), []) for t in parsed.terms]
    units = _join_compounds(units, parsed.compounds)
    minor_terms = {stem(w) for w in parsed.minor}
    surfaces = {(stem(w),): w for w in parsed.words}
    planned: list[Unit] = []
    seen: set[tuple[str, ...]] = set()
    for span, alternatives in units:
        if span in seen:
            continue
        seen.add(span)
        solid = parsed.compounds.get(span)
        apart = 0.0 if solid else LABEL_APART  # "well" and "be" apart are not "well-being"
        options: Unit = [Option(span, _typed_weight(span, minor_terms), apart)]
        if solid and (solid,) not in alternatives:
            alternatives = [(solid,), *alternatives]
        hyphenated = _hyphenated(surfaces.get(span, ""))
        if hyphenated and searcher is not None and _specificity(searcher, hyphenated, span):
            options.append(Option(hyphenated, options[0].weight * FAMILY_WEIGHT))
        verb = verb_family(surfaces.get(span, ""))
        if verb and verb != span[0] and searcher is not None and _written_otherwise(searcher, verb, span[0]):
            options.append(Option((verb,), options[0].weight * FAMILY_WEIGHT))
        kins = (agent_family(surfaces.get(span, "")), with_its_g(surfaces.get(span, "")),
                *lesser_degrees(surfaces.get(span, "")))
        for kin in kins:
            if kin and searcher is not None and _written_only_as(searcher, span[0], kin):
                options.append(Option((kin,), options[0].weight * FAMILY_WEIGHT))
        expanding = _needs_expanding(searcher, span, expand_below)
        for alt in alternatives:
            if alt == (solid,):
                weight = options[0].weight * FAMILY_WEIGHT  # the same word written solid
            elif set(alt) <= set(span):  # a word the person typed ("police" of "police officer"), not a guess
                weight = options[0].weight * LABEL_APART
            elif len(span) == len(alt) == 1 and same_family(span[0], alt[0]):
                weight = options[0].weight * FAMILY_WEIGHT  # "confidentiality" is "confidence", however common
            elif not expanding:
                continue
            elif searcher is None:
                weight = EXPANSION_WEIGHT
            elif alt in expander.guidance_words:  # the guidance's own word for what was typed
                weight = EXPANSION_WEIGHT * min(1.0, GUIDANCE_WORD_LEEWAY * _specificity(searcher, alt, span))
            else:
                weight = EXPANSION_WEIGHT * _specificity(searcher, alt, span)
            if weight > 0:
                options.append(Option(alt, weight))
        planned.append(options)
    planned.extend([Option(phrase, PHRASE_WEIGHT)] for phrase in parsed.phrases)
    return planned


def _typed_weight(span: tuple[str, ...], minor_terms: set[str]) -> float:
    """A question word counts for little; a label of several ("even though", "let them know")
    names an idea of its own, whatever its words are alone."""
    return MINOR_WEIGHT if len(span) == 1 and span[0] in minor_terms else 1.0


# The stemmer spells an -ate verb two ways: "investigated" and "investigating" stem to "investigat",
# "investigate" and "investigation" to "investig" (so "coordinating" misses "coordination").
_ATE_FORMS = (("ating", "ate"), ("ated", "ate"), ("ations", "ated"), ("ation", "ated"), ("ates", "ated"),
              ("ate", "ated"))


def verb_family(word: str) -> str | None:
    """The other stem of an -ate verb's family ("investigating": "investig", as "investigation"
    stems), or None when `word` is no such form."""
    for ending, other in _ATE_FORMS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return stem(word[: -len(ending)] + other)
    return None


def agent_family(word: str) -> str | None:
    """The stem of the work an agent noun names ("auditors": "audit", "employer": "emploi"), or
    None when `word` has no agent ending on a base long enough to be a word of its own (of five
    letters: "bother" is no one who does "both", nor a "shower" one who shows)."""
    for ending in ("ors", "ers", "or", "er"):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return stem(word[: -len(ending)])
    return None


SUPERLATIVE_LETTERS = 6  # "safest", "latest"; not "best", "test" or "chest", words of their own


def lesser_degrees(word: str) -> tuple[str, ...]:
    """The stems a superlative's comparative and plain adjective may have ("safest": "safer",
    "safe"; "earliest": "earlier", "earli"; "biggest": "bigger", "big"), or none when `word` does
    not end as one. People ask for the "safest" or "quickest" thing where the guidance weighs what
    is "safer" or "safe"; whether `word` is a superlative is for the guidance to say
    (`_written_only_as`): it writes "interest" and "suggest", never "safest"."""
    if len(word) < SUPERLATIVE_LETTERS or not word.endswith("est"):
        return ()
    if word.endswith("iest"):
        return (stem(word[:-4] + "ier"), stem(word[:-4] + "y"))
    base = word[:-3]  # "quick" of "quickest", "saf" of "safest", "bigg" of "biggest"
    forms = [base + "er", base + "e", base]
    if base[-1] == base[-2] and base[-1] not in "aeiou":
        forms.append(base[:-1])  # "big" of "biggest"
    return tuple(dict.fromkeys(stem(form) for form in forms))


def with_its_g(word: str) -> str | None:
    """The stem of an -ing word typed as spoken, its g dropped ("askin", "sharin"), or None when
    `word` does not end so. Whether it is one is for the guidance to say (`_written_only_as`):
    it writes "within" and "cousin", never "askin"."""
    return stem(word + "g") if word.endswith("in") and len(word) >= 4 else None


def _written_only_as(searcher: Any, typed: str, other: str) -> bool:
    """Does the guidance never write the word typed but write its `other` form: the work an agent
    does ("the National Audit Act" for "auditors"), the word a dropped g hides ("asking" for
    "askin")? Where it writes the word typed ("manager", "within") that word finds it."""
    return searcher.doc_frequency(SCORED_FIELD, typed) == 0 < searcher.doc_frequency(SCORED_FIELD, other)


def _written_otherwise(searcher: Any, other: str, typed: str) -> bool:
    """Does the guidance write the word more often in its other form? Then the typed form is an
    unusual spelling of the guidance's word ("investigating" of "investigation"); else the other
    stem may be another word the stemmer ran together ("designated", "designed": "design")."""
    return searcher.doc_frequency(SCORED_FIELD, other) > searcher.doc_frequency(SCORED_FIELD, typed)


def _hyphenated(word: str) -> tuple[str, ...] | None:
    """A word typed solid as the guidance may hyphenate it ("reassessment", "re-assessment"),
    as the terms of its parts."""
    for prefix in HYPHENATED_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and rest[0].isalpha():
            return (prefix, stem(rest))
    return None


def _join_compounds(units: list[tuple[tuple[str, ...], list[tuple[str, ...]]]],
                    compounds: dict[tuple[str, ...], str]) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
    """Units where each typed hyphenated word is one unit, even when the vocabulary knows it not;
    one it knows ("say-so") is a unit already, with its alternatives."""
    joined, i = [], 0
    while i < len(units):
        for compound in compounds:
            n = len(compound)
            if len(units[i][0]) < n and tuple(t for span, _ in units[i : i + n] for t in span) == compound:
                joined.append((compound, []))
                i += n
                break
        else:
            joined.append(units[i])
            i += 1
    return joined


def candidate_terms(units: list[Unit], searcher: Any) -> list[str]:
    """The query's most telling words: the documents worth scoring fully are among their best matches.

    A word tells as much as its weight times its rarity (BM25's idf); the best documents nearly
    always hold one of the telling words, and a common word ("information", "child") would only
    bring in documents that hold nothing else of the query. The first `MAX_CANDIDATE_TERMS` are
    taken whatever their cost; then single words (typed, or a one-word synonym) while their
    documents stay few (`EXTRA_CANDIDATE_POSTINGS`): a rare word bounds its walk itself, and a
    paraphrase often shares with its answer only words ranked below the first few. A phrase's
    rarest word is no such further word: most documents holding "talk" lack "talk to each other".
    """
    documents = max(1, searcher.doc_count())
    telling: dict[str, float] = {}
    common: dict[str, float] = {}  # used only when every word is common ("consent" alone)
    # words that may find candidates beyond the first few: typed, a one-word synonym, or the rarest
    # word of a phrase a label stands for where the guidance seldom writes the label's words
    single: set[str] = set()
    for options in units:
        unwritten = len(options[0].terms) > 1 and _seldom_written(options[0].terms, searcher, documents)
        for position, (option, weight, _) in enumerate(options):
            # a phrase is found by its rarest word: each of its words ("said", "yes") would take a
            # telling word's place, though no document holds the phrase without that one
            found = [(frequency, term) for term in option if (frequency := searcher.doc_frequency(SCORED_FIELD, term))]
            if not found:
                continue
            frequency, term = min(found)
            if position == 0 or len(option) == 1 or unwritten:
                single.add(term)
            value = weight * (math.log(documents / (frequency + 1)) + 1)
            bucket = telling if frequency <= COMMON_SHARE * documents else common
            bucket[term] = max(bucket.get(term, 0.0), value)
    telling = telling or common
    ranked = sorted(telling, key=lambda t: (-telling[t], t))
    chosen, walked = ranked[:MAX_CANDIDATE_TERMS], 0
    for term in (t for t in ranked[MAX_CANDIDATE_TERMS:] if t in single):
        walked += searcher.doc_frequency(SCORED_FIELD, term)
        if walked > EXTRA_CANDIDATE_POSTINGS:
            break
        chosen.append(term)
    return sorted(chosen)


def _seldom_written(label: tuple[str, ...], searcher: Any, documents: int) -> bool:
    """Does the guidance seldom write a word of `label` ("never replied")? Then the phrases the label
    stands for ("non-response") are what finds its answers, as further telling words."""
    return min(searcher.doc_frequency(SCORED_FIELD, term) for term in label) <= SELDOM_WRITTEN * documents


def _needs_expanding(searcher: Any, typed: tuple[str, ...], below: float | None) -> bool:
    """With `below` (a share of documents), expand only words the guidance seldom uses: a word it
    uses a lot is already its own word, and each alternative of a common word costs a long walk
    through a large index. A label of several words ("adult social care", "no time") names one
    idea, much rarer than its words: it is always expanded."""
    if searcher is None or below is None or len(typed) > 1:
        return True
    return searcher.doc_frequency(SCORED_FIELD, typed[0]) <= below * searcher.doc_count()


def _specificity(searcher: Any, alternative: tuple[str, ...], typed: tuple[str, ...]) -> float:
    """0 for an alternative absent from the index (it cannot match, and every clause costs time);
    below 1 for one much commoner than what was typed: "section 47" may be an alias of
    "child protection", but a search for it should not drift to everything about child protection."""
    frequency = min(searcher.doc_frequency(SCORED_FIELD, term) for term in alternative)
    if not frequency:
        return 0.0
    typed_frequency = max(1, min(searcher.doc_frequency(SCORED_FIELD, term) for term in typed))
    documents = searcher.doc_count()
    return min(1.0, math.log(1 + documents / frequency) / math.log(1 + documents / typed_frequency))


def query_terms(parsed: ParsedQuery) -> set[str]:
    """Every analysed term the person typed (for picking a reason sentence)."""
    return set(parsed.terms) | {t for phrase in parsed.phrases for t in phrase}
