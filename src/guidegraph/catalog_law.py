"""Law the catalog knows and the corpus does not cite, as which-act answers it.

A partnership's own two or three documents cite a handful of laws; the catalog
(`ontology/legislation.json`) holds checked facts about some seventy more, each with the names people
use for it and a scope note saying, in their words, what situations it covers. `catalog_only` keeps,
in the ranking data, the catalog's legal bases the corpus never refers to. At query time the
question's words are matched against each one's names and scope note, every word counting by how
few of the catalog's laws use it (`CatalogLaw.matches`), so "partner", "history" and "domestic
violence" find Clare's Law, and "can", "child" and "share" find nothing in particular.

Where the catalog's answers go among the corpus's (`CatalogLaw.placed`):
- law the question names by its title or an alias ("Clare's Law"), or by its title without the
  year when no other law's reads so ("the Mental Health Act"), comes first;
- law matched well (`STRONG`, with `MIN_MATCHED` words, `TELLING_MATCHED` of them rare) comes
  behind the corpus's first answer and its other strong answers (`CORPUS_STRONG` of the first's
  score) but within the first `WITHIN`, and ahead of a strong answer whose own names and scope
  hold less than `CORPUS_STRONG` as much of the question: there the corpus's evidence is weak;
- nothing else is added: a corpus that answers keeps its answers in place.
The answer says it is not cited in the corpus and quotes the catalog's scope, never a passage.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from guidegraph.act_rules import LAW_WORDS

STRONG = 0.5  # a catalog law matches a question well when its names and scope hold this share of its words' weight
MIN_MATCHED = 3  # ... and at least this many of its words, `TELLING_MATCHED` of them telling (`TELLING`)
TELLING_MATCHED = 2
TELLING = 2.0  # a word used by fewer than about one in seven of the catalog's laws tells them apart
CORPUS_STRONG = 0.5  # a corpus answer scoring at least this share of the first's is one of its strong answers
WITHIN = 3  # a catalog law matched well is listed among the first this many
LIMIT = 2  # at most this many of the catalog's laws for one question


# Words of a question that say how it is asked, not what about: "has he been ...", "under which law"
# (whoosh's stop words go already); a scope note rarely uses them, which would make them weigh heavy.
FUNCTION_WORDS = frozenset({"has", "have", "had", "having", "been", "being", "under", "does", "did", "done", "would",
                            "could", "should", "must", "might", "shall", "whether", "there", "their", "they", "them",
                            "her", "his", "him", "she", "he", "who", "what", "which", "when", "where", "why", "how",
                            "any", "some", "my", "me", "our", "we", "us", "its", "let", "lets", "allowed",
                            "legal"}) | LAW_WORDS


def catalog_only(catalog: Iterable[Any], referenced: set[str]) -> dict[str, dict[str, Any]]:
    """The catalog's legal bases (`catalog.CatalogEntry`) not in `referenced` (ids), as which-act
    keeps them: their names, kind, extent, status and scope note."""
    return {
        entry.id: {
            "iri": entry.iri,
            "title": entry.title,
            "aliases": list(entry.aliases),
            "legislation_gov_uk": entry.legislation_gov_uk,
            "status": entry.status,
            "superseded_by": entry.superseded_by,
            "type": entry.type,
            "year": entry.year,
            "jurisdictions": sorted(entry.jurisdictions),
            "scope": entry.scope or None,
        }
        for entry in catalog
        if entry.is_legal_basis and entry.id not in referenced and entry.scope
    }


@dataclass
class CatalogMatch:
    """A catalog law a question matches, ranked as which-act ranks the corpus's law."""

    id: str
    score: float  # the share of the question's words' weight its names and scope hold
    named: bool  # the question names it


class CatalogLaw:
    """The catalog's law a build's corpus does not cite, matched against questions."""

    def __init__(self, rank_data: dict[str, Any]) -> None:
        self.entries: dict[str, dict[str, Any]] = rank_data.get("catalog", {})
        self.cited: dict[str, dict[str, Any]] = rank_data["bases"]

    @cached_property
    def _words(self) -> dict[str, frozenset[str]]:
        """Each law's words (analysed): its names and scope note; the corpus's law too, for the weights."""
        from guidegraph.analysis import analyse

        every = {**self.cited, **self.entries}
        return {key: frozenset(analyse(" ".join([e["title"], *e["aliases"], e.get("scope") or ""])))
                for key, e in every.items()}

    @cached_property
    def law_names(self) -> dict[str, list[tuple[str, ...]]]:
        """The names (analysed) of each catalog law, keyed "legal-basis:ID" as `rank.law_names`."""
        from guidegraph.analysis import analyse

        return {f"legal-basis:{key}": [tuple(analyse(n)) for n in [e["title"], *e["aliases"]]]
                for key, e in self.entries.items()}

    @cached_property
    def _weight(self) -> dict[str, float]:
        """How much each word tells the laws apart: rare across the catalog, heavy."""
        counts: dict[str, int] = {}
        for words in self._words.values():
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        total = len(self._words)
        return {word: math.log((total + 1) / (count + 0.5)) for word, count in counts.items()}

    def share(self, key: str, terms: frozenset[str]) -> float:
        """The share of the weight of the question's words a law's names and scope hold. A word no law
        of the catalog uses ("GP", "surgery") weighs as a telling one: the question is about something
        the catalog does not describe."""
        total = sum(self._weight.get(t, TELLING) for t in terms) or 1.0
        return sum(self._weight[t] for t in terms if t in self._words.get(key, ())) / total

    def matches(self, question: str, applies: Callable[[str], bool]) -> list[CatalogMatch]:
        """The catalog-only law `question` names, or whose names and scope hold its words well, best
        first, among the law that `applies` (a test by id) where it is asked."""
        from guidegraph.analysis import analyse

        words, terms = analyse(question), question_terms(question)
        found = []
        for key in sorted(self.entries):
            if not applies(key):
                continue
            named = self._named(words, key)
            matched = terms & self._words[key]
            telling = sum(self._weight[t] >= TELLING for t in matched) >= TELLING_MATCHED
            score = self.share(key, terms)
            if named or (len(matched) >= MIN_MATCHED and telling and score >= STRONG):
                found.append(CatalogMatch(key, score, named))
        found.sort(key=lambda m: (not m.named, -m.score, m.id))
        return found[:LIMIT]

    def _named(self, words: list[str], key: str) -> bool:
        """Does a question (its words, analysed) name a catalog law by its title or an alias, or by
        its title without the year when no other law's title reads so ("the Mental Health Act")?"""
        from guidegraph.rank import contains

        names = [*self.law_names[f"legal-basis:{key}"], self._yearless.get(key, ())]
        return any(name and contains(words, name) for name in names)

    @cached_property
    def _yearless(self) -> dict[str, tuple[str, ...]]:
        """Each catalog law's title (analysed) without its year, where no other law's is the same."""
        from guidegraph.analysis import analyse

        every = {**self.cited, **self.entries}
        short = {key: tuple(w for w in analyse(e["title"]) if not w.isdigit()) for key, e in every.items()}
        counts: dict[tuple[str, ...], int] = {}
        for name in short.values():
            counts[name] = counts.get(name, 0) + 1
        return {key: name for key, name in short.items()
                if key in self.entries and len(name) >= 2 and counts[name] == 1}

    def placed(self, ranked: list[Any], matches: list[CatalogMatch], terms: frozenset[str]) -> list[Any]:
        """`ranked` (the corpus's law) with the catalog's `matches` put in: named law first, the rest
        behind the corpus's first answer and its other strong answers, within the first `WITHIN`, and
        ahead of those of them that match the question less by their own names and scope."""
        named = [m for m in matches if m.named]
        places = [(self._place(ranked, m, terms), i, m) for i, m in enumerate(m for m in matches if not m.named)]
        order = list(ranked)
        for at, _, match in sorted(places, key=lambda p: (p[0], p[1]), reverse=True):  # from the back: the
            order.insert(at, match)  # better of two at one place ends ahead
        return named + order

    def _place(self, ranked: list[Any], match: CatalogMatch, terms: frozenset[str]) -> int:
        """Where among the corpus's answers a catalog law matched well goes."""
        at = min(max(1, self._strong(ranked)), WITHIN - 1, len(ranked))
        while at > 1 and self.share(ranked[at - 1].id, terms) < match.score * CORPUS_STRONG:
            at -= 1  # the corpus's answer matches the question little: its evidence is weak there
        return at

    @staticmethod
    def _strong(ranked: list[Any]) -> int:
        """How many of the corpus's first answers are strong: within `CORPUS_STRONG` of the first's score."""
        if not ranked:
            return 0
        return sum(1 for r in ranked if r.score >= ranked[0].score * CORPUS_STRONG)

    def answer(self, match: CatalogMatch, terms: set[str]) -> dict[str, Any]:
        """A catalog law as which-act lists it: the catalog's fields and scope, its reason the scope's
        sentence holding most of the question's words, and no passage as evidence."""
        from guidegraph.reasons import best_sentence

        entry = self.entries[match.id]
        scope = entry["scope"] or ""
        return {
            "id": match.id, "kind": "legal-basis", "source": "catalog", "iri": entry["iri"],
            "title": entry["title"], "aliases": entry["aliases"], "legislation_gov_uk": entry["legislation_gov_uk"],
            "provisions": [], "score": round(match.score, 6), "status": entry["status"],
            "superseded_by": entry["superseded_by"], "scope": scope,
            "reason": best_sentence([scope], terms, [entry["title"], *entry["aliases"]]) or scope,
            "evidence": [],
        }


def question_terms(question: str) -> frozenset[str]:
    """The words of a question (analysed) that say what it is about: no function words."""
    from guidegraph.analysis import analyse, stem

    return frozenset(analyse(question)) - {stem(word) for word in FUNCTION_WORDS}
