"""Graph ranking for which-act: search hits and the legal bases around them, ranked together.

At build time `rank_data` keeps, from the graph's records, what ranking needs about each legal
basis and provision (titles, status, successor, how often the corpus cites it) in `rank.json`
beside the index; the edges from passages, case examples and myths to the law they cite are
stored with each index document. At query time the hits seed a personalised PageRank over the
small graph they reach (hit → provision → legal basis, hit → legal basis, superseded basis →
its successor), in plain Python: no graph file to parse, no numpy to import.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RANK_FILE = "rank.json"
DAMPING = 0.5  # chance of following an edge rather than jumping back to a hit: paths here are short
ITERATIONS = 40
SUCCESSOR_WEIGHT = 0.6  # share of a superseded basis's weight passed on to its successor
SUPERSEDED_PENALTY = 0.5  # superseded law is shown, marked, but not recommended over current law
POPULARITY_DAMPING = 0.5  # law cited everywhere is found by any question; damp it a little
BASIS_DECAY = 0.8  # each further hit reaching one basis counts for less: many weak hits are no strong one
BACK_WEIGHT = 0.2  # law → the hits citing it, relative to the hit → law edge
FOCUS_SHARPNESS = 2.0  # how much less a law named away from the question's words counts, in a passage naming several


# --- build time --------------------------------------------------------------------------------


def rank_data(records: dict[str, list[dict[str, Any]]], implied: Iterable[Any] = (),
              catalog: Iterable[Any] = ()) -> dict[str, Any]:
    """What ranking needs about legal bases and provisions, from the graph's records; with the terms
    of art that imply law (`extract.implied.ImpliedPhrase`), the law each implies; and the catalog's
    law (`catalog.CatalogEntry`) the corpus does not refer to (`catalog_law.catalog_only`)."""
    from guidegraph.catalog_law import catalog_only

    bases = {
        b["id"]: {
            "iri": b["iri"],
            "title": b["title"],
            "aliases": b["aliases"],
            "legislation_gov_uk": b["legislation_gov_uk"],
            "status": b["status"],
            "superseded_by": b["superseded_by"],
            "type": b["type"],
            "year": b.get("year"),
            "uncatalogued": b["uncatalogued"],
            "cited": len(b["cited_in"]),
            "scope": b.get("scope"),
        }
        for b in records["legal-bases"]
    }
    provisions = {
        p["id"]: {"iri": p["iri"], "title": p["title"], "basis": p["legal_basis"], "cited": len(p["cited_in"])}
        for p in records["provisions"]
    }
    cases = {c["id"]: sorted(set(c["legal_bases"]) | {provisions[p]["basis"] for p in c["provisions"]
                                                      if p in provisions}) for c in records["case-examples"]}
    by_iri = {b["iri"]: b["id"] for b in records["legal-bases"]}
    terms: dict[str, set[str]] = defaultdict(set)
    for phrase in implied:
        if phrase.basis_iri in by_iri:  # law the corpus refers to
            terms[phrase.phrase.casefold()].add(by_iri[phrase.basis_iri])
    return {"bases": bases, "provisions": provisions, "cases": cases, "places": places_within(records),
            "home": home_nation(records), "implied": {term: sorted(ids) for term, ids in sorted(terms.items())},
            "publishers": {d["id"]: d["publisher"] for d in records["documents"] if d.get("publisher")},
            "catalog": catalog_only(catalog, set(bases))}


def home_nation(records: dict[str, list[dict[str, Any]]]) -> str | None:
    """The nation more than half of the corpus's documents apply in, and more than any other nation:
    where a question naming no place is asked. None for a corpus of several nations' guidance."""
    from guidegraph.index_docs import NATIONS, jurisdiction_slugs

    counts = dict.fromkeys(NATIONS, 0)
    for document in records["documents"]:
        for nation in jurisdiction_slugs(document["jurisdictions"]) & counts.keys():
            counts[nation] += 1
    best = sorted(counts.values(), reverse=True)
    home = max(counts, key=lambda n: counts[n])
    return home if best[0] * 2 > len(records["documents"]) and best[0] > best[1] else None


def places_within(records: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Each jurisdiction's and local area's slug with the places it lies in (Halton: halton, england,
    uk): law that applies in England applies in Halton."""
    broader = {r["id"]: r["broader"] for r in records["jurisdictions"]}
    within: dict[str, list[str]] = {}
    for place in broader:
        found, todo = {place}, list(broader[place])
        while todo:
            up = todo.pop()
            if up not in found:
                found.add(up)
                todo.extend(broader.get(up, ()))
        within[place.rsplit("/", 1)[-1]] = sorted(p.rsplit("/", 1)[-1] for p in found)
    return dict(sorted(within.items()))


def write_rank_data(records: dict[str, list[dict[str, Any]]], directory: Path, implied: Iterable[Any] = (),
                    catalog: Iterable[Any] = ()) -> None:
    """Write `rank.json` into the index folder."""
    data = json.dumps(rank_data(records, implied, catalog), sort_keys=True, ensure_ascii=False)
    (directory / RANK_FILE).write_text(data, encoding="utf-8")


def load_rank_data(directory: Path) -> dict[str, Any]:
    return json.loads((directory / RANK_FILE).read_text(encoding="utf-8"))


# --- query time --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    """A search hit as ranking sees it: its index id, its weight, and what it links to.

    `links` maps nodes ("legal-basis:ID", "provision:ID", "case-example:ID") to the strength of
    the link: how often and how prominently (in a heading, by name) the hit cites them.
    """

    node: str  # the index id: "passage:...", "myth:...", "legal-basis:..."
    weight: float
    links: dict[str, float] = field(default_factory=dict)


@dataclass
class RankedBasis:
    """A legal basis with its score and the seeds and provisions that led to it."""

    id: str
    score: float
    seeds: list[str] = field(default_factory=list)
    provisions: list[str] = field(default_factory=list)


def personalised_pagerank(edges: dict[str, dict[str, float]], restart: dict[str, float],
                          damping: float | None = None, iterations: int = ITERATIONS) -> dict[str, float]:
    """PageRank with restarts to `restart` (weights), by power iteration over weighted out-edges.

    A node without out-edges hands its mass back to the restart set, so no mass leaks.
    """
    damping = DAMPING if damping is None else damping
    total = sum(restart.values()) or 1.0
    jump = {node: weight / total for node, weight in restart.items()}
    out = {node: (targets, sum(targets.values())) for node, targets in edges.items() if targets}
    rank = dict(jump)
    for _ in range(iterations):
        following: dict[str, float] = defaultdict(float)
        dangling = 0.0
        for node, mass in rank.items():
            if node in out:
                targets, norm = out[node]
                for target, weight in targets.items():
                    following[target] += damping * mass * weight / norm
            else:
                dangling += damping * mass
        for node, share in jump.items():
            following[node] += (1.0 - damping + dangling) * share
        rank = following
    return rank


def rank_legal_bases(seeds: Iterable[Seed], data: dict[str, Any]) -> list[RankedBasis]:
    """Legal bases reached from the seeds, best first, superseded law below its successor."""
    seeds = list(seeds)
    edges, restart = local_graph(seeds, data)
    if not restart:
        return []
    scores = personalised_pagerank(edges, restart)
    ranked = {}
    for node, score in scores.items():
        if node.startswith("legal-basis:") and node[12:] in data["bases"]:
            basis = node[12:]
            ranked[basis] = RankedBasis(basis, score * _prior(data["bases"][basis]))
    _attach_sources(ranked, seeds, data)
    return _order(ranked, data)


def local_graph(seeds: list[Seed], data: dict[str, Any]) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """The graph around the hits: hit → legal basis (directly, through a provision it cites, or
    through its case example), superseded basis → successor, and optionally weak edges back from
    the law to its hits, so bases that several good hits share reinforce each other.

    A hit's links are absolute: one that reaches law only weakly (an anaphor, its case example)
    passes the rest of its weight to a sink, which hands it back to the hits. Each further hit
    (in hit order) reaching a basis links to it less (`BASIS_DECAY`): law cited everywhere, such
    as the common law duty of confidence, is reached by many hits that share only common words
    with the question, and their number should not outweigh the best evidence for specific law.
    """
    edges: dict[str, dict[str, float]] = defaultdict(dict)

    def link(a: str, b: str, weight: float) -> None:
        if weight > 0:
            edges[a][b] = edges[a].get(b, 0.0) + weight

    restart: dict[str, float] = {}
    earlier: dict[str, int] = defaultdict(int)  # hits already seen reaching each basis
    for seed in seeds:
        node = HIT + seed.node
        restart[node] = restart.get(node, 0.0) + seed.weight
        targets = reached_bases(seed.links, data)
        for target in targets:
            targets[target] *= BASIS_DECAY ** earlier[target]
            earlier[target] += 1
        for target, weight in targets.items():
            link(node, target, weight)
            link(target, node, weight * BACK_WEIGHT)
        link(node, SINK, 1.0 - sum(targets.values()))
    for node in list(edges):
        key = node.removeprefix("legal-basis:")
        if node.startswith("legal-basis:") and data["bases"].get(key, {}).get("superseded_by"):
            link(node, "legal-basis:" + data["bases"][key]["superseded_by"], SUCCESSOR_WEIGHT)
    return edges, restart


HIT = "hit:"
SINK = "sink:"


def reached_bases(links: dict[str, float], data: dict[str, Any]) -> dict[str, float]:
    """The legal bases a hit's links reach, with their strength (at most 1): a provision's
    citation is a citation of its basis, a case example leads to the law it rests on."""
    reached: dict[str, float] = defaultdict(float)
    for target, weight in links.items():
        kind, _, key = target.partition(":")
        if kind == "provision" and key in data["provisions"]:
            reached["legal-basis:" + data["provisions"][key]["basis"]] += weight
        elif kind == "case-example":
            for basis in data["cases"].get(key, ()):
                reached["legal-basis:" + basis] += weight / max(1, len(data["cases"][key])) ** 0.5
        elif kind == "legal-basis" and key in data["bases"]:
            reached[target] += weight
    total = sum(reached.values())
    scale = 1.0 / total if total > 1.0 else 1.0
    return {target: weight * scale for target, weight in sorted(reached.items())}


def _prior(basis: dict[str, Any]) -> float:
    prior = 1.0 / math.log(math.e + basis.get("cited", 0)) ** POPULARITY_DAMPING
    return prior * (SUPERSEDED_PENALTY if basis.get("superseded_by") else 1.0)


def _attach_sources(ranked: dict[str, RankedBasis], seeds: list[Seed], data: dict[str, Any]) -> None:
    """Which hits (in hit order) and which of their provisions lead to each basis."""
    for seed in seeds:
        for target in reached_bases(seed.links, data):
            basis = target.removeprefix("legal-basis:")
            if basis in ranked:
                ranked[basis].seeds.append(seed.node)
        for target in seed.links:
            kind, _, key = target.partition(":")
            basis = data["provisions"].get(key, {}).get("basis") if kind == "provision" else None
            if basis in ranked and key not in ranked[basis].provisions:
                ranked[basis].provisions.append(key)


def _order(ranked: dict[str, RankedBasis], data: dict[str, Any]) -> list[RankedBasis]:
    """By score, then a superseded basis moved just below its successor when both are listed."""
    order = sorted(ranked.values(), key=lambda r: (-r.score, r.id))
    for item in list(order):
        successor = data["bases"][item.id].get("superseded_by")
        if successor in ranked and order.index(item) < order.index(ranked[successor]):
            order.remove(item)
            order.insert(order.index(ranked[successor]) + 1, item)
            item.score = min(item.score, ranked[successor].score)
    return order


# --- which law a passage is evidence for ------------------------------------------------------


def law_names(data: dict[str, Any]) -> dict[str, list[tuple[str, ...]]]:
    """The names (analysed) of each legal basis and provision: "legal-basis:ID" or "provision:ID"."""
    from guidegraph.analysis import analyse

    names = {f"legal-basis:{key}": [tuple(analyse(name)) for name in [basis["title"], *basis["aliases"]]]
             for key, basis in data["bases"].items()}
    names.update({f"provision:{key}": [tuple(analyse(provision["title"].split(", ")[-1]))]
                  for key, provision in data["provisions"].items()})
    return names


def focus_on_named_law(links: dict[str, float], text: str, terms: frozenset[str],
                       names: dict[str, list[tuple[str, ...]]]) -> dict[str, float]:
    """A hit's `links`, each law it names weighted by how many of the question's `terms` stand in
    the sentences naming it: "Regulations under section 157 apply to free schools. The Non-Maintained
    Special Schools Regulations ..." answers a question about free schools with section 157.
    Law named in no sentence (cited by its heading, or as "the Act") keeps its weight."""
    cited = [target for target in links if target in names]
    if len(cited) < 2:
        return links
    sentences = _analysed_sentences(text)
    # a field names the law where the sentence names no law in full: "Freedom of Information requests
    # ... held by public authorities", not "... exempt from Freedom of Information requests and subject
    # access provisions of the Data Protection Act will apply"
    unnamed = {i for i, words in enumerate(sentences)
               if not any(contains(words, name) for target in cited for name in names[target] if name)}
    overlap = {target: _words_beside(names[target], sentences, terms, unnamed) for target in cited}
    found = [value for value in overlap.values() if value is not None]
    if len(found) < 2:
        return links
    best = max(found)
    return {target: weight * ((1 + overlap[target]) / (1 + best)) ** FOCUS_SHARPNESS
            if overlap.get(target) is not None else weight for target, weight in links.items()}


def _analysed_sentences(text: str) -> list[list[str]]:
    from guidegraph.analysis import analyse

    return [analyse(sentence) for sentence in SENTENCE.split(text)]


def _words_beside(names: list[tuple[str, ...]], sentences: list[list[str]], terms: frozenset[str],
                  unnamed: set[int]) -> int | None:
    """How many of `terms` stand in the sentences that name the law (its name aside), or, of those
    naming no law (`unnamed`, by position), the field its title names ("Freedom of Information
    requests ..."); None when none does."""
    found: set[str] | None = None
    fields = {field for name in names if len(field := title_field(name)) >= 2}
    for i, words in enumerate(sentences):
        naming = [*names, *fields] if i in unnamed else names
        named = [name for name in naming if name and contains(words, name)]
        if named:
            found = (found or set()) | (set(words) - {word for name in named for word in name})
    return None if found is None else len(found & terms)


def title_field(name: tuple[str, ...]) -> tuple[str, ...]:
    """The words of an Act's name (analysed) before "act": the field of law it names ("freedom
    inform" of the Freedom of Information Act); none for a name without "act"."""
    return name[: name.index("act")] if "act" in name else ()


# --- sentences naming law ---------------------------------------------------------------------

# A year closing a sentence ends it whatever follows, as when the next sentence lost its capital ("... as
# defined in the Children Act 1989. children's social care have a duty ..."): no abbreviation ends on one.
SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z(\[‘'\"])|(?<=\d{4}\.)\s+(?=[a-z])|\n+")


def contains(words: list[str], name: tuple[str, ...]) -> bool:
    """Do `words` hold `name`, word for word? (Asked tens of thousands of times per question: each
    place the name's first word stands is found by `list.index`, in C.)"""
    n = len(name)
    if not n:
        return True
    last = len(words) - n
    start = 0
    while start <= last:
        try:
            start = words.index(name[0], start, last + 1)
        except ValueError:
            return False
        if n == 1 or tuple(words[start : start + n]) == name:
            return True
        start += 1
    return False


def laws_named(words: list[str], names: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The legal bases (their ids) a name of which `words` (analysed) contain (`law_names`)."""
    return {key.removeprefix("legal-basis:") for key, own in names.items()
            if key.startswith("legal-basis:") and any(name and contains(words, name) for name in own)}
