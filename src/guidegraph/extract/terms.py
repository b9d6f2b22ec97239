"""Roles, agencies and purposes named in passages, from the controlled vocabulary in terms.ttl."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from guidegraph.extract.literals import first_letter_branches
from guidegraph.model import SegmentedDocument, TermMention

TERM_BASE = "https://w3id.org/guidegraph/id/term/"
_KINDS = {"Role": "role", "Agency": "agency", "Purpose": "purpose"}
# Plural and possessive endings the matcher accepts after any alias ("GPs", "nurse's").
_SUFFIXES = ("'s", "s'", "es", "s")
_ACRONYM = re.compile(r"^[A-Z0-9&\s-]{2,}$")


@dataclass(frozen=True)
class Term:
    """One concept of the vocabulary."""

    id: str  # slug: "health-visitor"
    iri: str
    label: str
    kind: str  # role, agency, purpose
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class TermVocabulary:
    """The terms with one compiled pattern over all their aliases."""

    terms: tuple[Term, ...]
    pattern: re.Pattern[str] = field(compare=False)
    by_alias: dict[str, str] = field(compare=False)  # normalised alias -> term id

    by_id: dict[str, Term] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {t.id: t for t in self.terms})

    def get(self, term_id: str) -> Term | None:
        return self.by_id.get(term_id)

    def kind_of(self, term_id: str) -> str | None:
        term = self.get(term_id)
        return term.kind if term else None

    def matches(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(term id, match) for every alias found in `text`, left to right, longest first."""
        for match in self.pattern.finditer(text):
            term_id = self._resolve(match.group(0))
            if term_id:
                yield term_id, match

    def _resolve(self, found: str) -> str | None:
        key = normalise_alias(found)
        if key in self.by_alias:
            return self.by_alias[key]
        for suffix in _SUFFIXES:
            if key.endswith(suffix) and key[: -len(suffix)] in self.by_alias:
                return self.by_alias[key[: -len(suffix)]]
        return None


def normalise_alias(text: str) -> str:
    """Lower case, one kind of apostrophe, hyphens as spaces: the key aliases are compared by."""
    text = text.lower().replace("’", "'").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def compile_terms(terms: Iterable[Term]) -> TermVocabulary:
    """Build the vocabulary's matcher: one regex, aliases longest first so "school nurse" beats "school"."""
    terms = tuple(sorted(terms, key=lambda t: t.id))
    by_alias: dict[str, str] = {}
    for term in terms:
        for alias in (term.label, *term.aliases):
            by_alias.setdefault(normalise_alias(alias), term.id)
    aliases = {a for t in terms for a in (t.label, *t.aliases)}
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    pattern = re.compile(rf"(?<![\w&])(?:{first_letter_branches(ordered, _alias_pattern)})(?![\w&])")
    return TermVocabulary(terms, pattern, by_alias)


def _alias_pattern(alias: str) -> str:
    """Flexible spacing, hyphens and apostrophes; acronyms keep their case, words do not."""
    parts = []
    for char in alias:
        if char.isspace():
            parts.append(r"[\s-]+")
        elif char == "-":
            parts.append(r"[\s-]?")
        elif char in "'’":
            parts.append("['’]?")
        else:
            parts.append(re.escape(char))
    core = "".join(parts)
    if _ACRONYM.match(alias) and any(c.isalpha() for c in alias):
        return rf"{core}(?:['’]?s)?"
    return rf"(?i:{core}(?:['’]s|s['’]|es|s)?)"


def load_terms(ontology_dir: Path | None = None) -> TermVocabulary:
    """Read `terms.ttl` (skos:Concepts typed gg:Role, gg:Agency or gg:Purpose)."""
    from guidegraph.resources import data_dir

    return _load_terms((ontology_dir or data_dir("ontology")) / "terms.ttl")


@lru_cache(maxsize=4)
def _load_terms(path: Path) -> TermVocabulary:
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    from guidegraph.vocab import GG

    graph = Graph().parse(path, format="turtle")
    terms = []
    for cls_name, kind in _KINDS.items():
        for iri in graph.subjects(RDF.type, GG[cls_name]):
            label = str(graph.value(iri, SKOS.prefLabel) or "")
            aliases = tuple(sorted(str(a) for a in graph.objects(iri, SKOS.altLabel)))
            terms.append(Term(str(iri).removeprefix(TERM_BASE), str(iri), label, kind, aliases))
    return compile_terms(terms)


def find_terms(doc: SegmentedDocument, terms: TermVocabulary) -> list[TermMention]:
    """One mention per passage and term: the first wording the passage uses."""
    mentions = []
    for passage in doc.passages:
        seen: set[str] = set()
        for text in (passage.text, *passage.items):
            for term_id, match in terms.matches(text):
                if term_id not in seen:
                    seen.add(term_id)
                    mentions.append(TermMention(passage.id, term_id, match.group(0)))
    return mentions


def terms_in(passages: Iterable[str], mentions: Iterable[TermMention], vocab: TermVocabulary,
             kind: str) -> tuple[str, ...]:
    """Sorted ids of the terms of one kind mentioned in the given passages."""
    wanted = set(passages)
    found = {m.term for m in mentions if m.passage_id in wanted and vocab.kind_of(m.term) == kind}
    return tuple(sorted(found))
