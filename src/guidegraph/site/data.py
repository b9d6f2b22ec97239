"""Everything the site shows, read from the graph once: records, documents, sections, passages, citations.

Entities are described by their records, `listing.GraphView`'s (so the site describes them as
`guidegraph list` does; given by the build, which has them already), labels and types are read as
`GraphView` reads them, and the corpus text through whole-predicate scans, which stay fast on large
graphs where one lookup per passage and predicate would not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from guidegraph.listing import KINDS, GraphView, Record, local_id
from guidegraph.site.indexed import IndexedGraph, indexed
from guidegraph.vocab import GG, ID, SCHEMA

Records = dict[str, list[Record]]  # entity records by kind, as `guidegraph list` gives them

_LABELS = (SKOS.prefLabel, DCTERMS.title, RDFS.label)  # a node's label: the first found, as `GraphView.label`
_PROVISION_TAIL = re.compile(r"/(section|article|schedule|part|chapter|regulation|direction|paragraph)/([^#]+)$")


@dataclass(slots=True)
class Passage:
    iri: str
    id: str  # "<slug>/<key>/p<n>", as records cite it
    document: str  # slug
    section: str | None  # section IRI
    ordinal: int
    text: str
    kind: str
    items: int  # number of list items (their lines end the text)


@dataclass(slots=True)
class Section:
    iri: str
    key: str
    number: str
    title: str
    parent: str | None  # parent section IRI, None at the top
    ordinal: int


@dataclass(slots=True)
class Citation:
    start: int | None
    end: int | None
    text: str
    target: str  # legal basis or provision IRI
    note: str


@dataclass
class SiteGraph:
    """The graph as the site reads it."""

    graph: Graph
    records: dict[str, list[Record]]
    passages: dict[str, Passage] = field(default_factory=dict)  # by passage id
    passages_of: dict[str, list[Passage]] = field(default_factory=dict)  # by document slug
    sections_of: dict[str, list[Section]] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)  # by IRI
    _labels: dict[str, str] = field(default_factory=dict)  # by node IRI, as read

    # Citations are read on first use: only the text of some pages shows them, and on a large site
    # those pages are built by worker processes, each reading them (or not) for itself.
    @cached_property
    def citations_in(self) -> dict[str, list[Citation]]:
        """passage IRI -> the citations in it (in the order of their IRIs)."""
        return _read_citations(self.graph)

    @cached_property
    def column(self) -> _Columns:
        """`column(predicate)`: {subject IRI: object}, each predicate read once, at dict speed."""
        return _Columns(self.graph)

    @cached_property
    def guidance_cited_in(self) -> dict[str, list[str]]:
        """passage IRI -> the IRIs of the guidance it cites."""
        guidance: dict[str, list[str]] = defaultdict(list)
        for passage, node in self.graph.subject_objects(GG.citesGuidance):
            guidance[str(passage)].append(str(node))
        return {p: sorted(set(g)) for p, g in guidance.items()}

    def value(self, node: str, predicate: URIRef) -> str:
        found = self.graph.value(URIRef(node), predicate)
        return str(found) if found is not None else ""

    def objects(self, node: str, predicate: URIRef) -> list[str]:
        return sorted(str(o) for o in self.graph.objects(URIRef(node), predicate))

    def subjects(self, predicate: URIRef, node: str) -> list[str]:
        return sorted(str(s) for s in self.graph.subjects(predicate, URIRef(node)))

    def label(self, node: str) -> str:
        """A node's label; a provision without one is named from its type and number ("section 44")."""
        found = self._labels.get(node)
        if found is None:  # an entity is named on every page linking to it: each label is read once
            found = self._labels[node] = self._label(node)
        return found

    def _label(self, node: str) -> str:
        found = (self.graph.value(URIRef(node), predicate) for predicate in _LABELS)
        label = next((str(value) for value in found if value is not None), local_id(node))
        if label != local_id(node) or not _PROVISION_TAIL.search(node):
            return label
        kind, number = self.value(node, GG.provisionType), self.value(node, GG.provisionNumber)
        if kind and number:
            return f"{kind} {number}"
        match = _PROVISION_TAIL.search(node)
        return f"{match.group(1)} {match.group(2).replace('/', '')}" if match else label

    def typed(self, cls: URIRef) -> list[str]:
        """The IRIs of `cls`'s members, sorted (as `GraphView.of_type`)."""
        if isinstance(self.graph, IndexedGraph):
            return sorted(self.graph.members(RDF.type, cls))
        return sorted(str(s) for s in self.graph.subjects(RDF.type, cls) if isinstance(s, URIRef))

    def passage_by_iri(self, iri: str) -> Passage | None:
        return self.passages.get(local_id(iri).removeprefix("passage/"))


def read_site_graph(graph: Graph, records: Records | None = None) -> SiteGraph:
    """Read everything the pages need from `graph` (its entity records too, unless given; the
    citations when first used)."""
    graph = indexed(graph)
    if records is None:
        view = GraphView(graph)
        records = {kind: view.records(kind) for kind in KINDS}
    site = SiteGraph(graph=graph, records=records)
    _name_provisions(site)
    _read_passages(site)
    _read_sections(site)
    return site


def _name_provisions(site: SiteGraph) -> None:
    """Provision titles from `label`, so a provision the graph gives no label still reads "section 44"."""
    bases = {r["id"]: r for r in site.records["legal-bases"]}
    for record in site.records["provisions"]:
        basis = bases.get(record["legal_basis"])
        record["title"] = f"{basis['title']}, {site.label(record['iri'])}" if basis else site.label(record["iri"])
    for basis in site.records["legal-bases"]:
        for provision in basis["provisions"]:
            provision["title"] = site.label(provision["iri"])


class _Columns:
    """{subject IRI: object} per predicate, each read in one scan of the graph and kept for the readers."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._read: dict[URIRef, dict[str, Any]] = {}

    def __call__(self, predicate: URIRef) -> dict[str, Any]:
        if predicate not in self._read:
            graph = self.graph
            self._read[predicate] = (graph.column(predicate) if isinstance(graph, IndexedGraph)
                                     else {str(s): o for s, o in graph.subject_objects(predicate)})
        return self._read[predicate]


def _read_passages(site: SiteGraph) -> None:
    graph = site.graph
    slug_of = _slugs(graph)
    items = Counter(str(passage) for passage, _item in graph.subject_objects(GG.listItem))
    read = (SCHEMA.text, GG.document, GG.ordinal, GG.passageKind, GG.section)
    for iri, (text, document, ordinal, kind, section) in _rows(graph, GG.Passage, read):
        passage = Passage(iri, passage_id(iri), slug_of.get(str(document), ""),
                          None if section is None else str(section), 0 if ordinal is None else int(ordinal),
                          "" if text is None else str(text), "paragraph" if kind is None else str(kind),
                          items.get(iri, 0))
        site.passages[passage.id] = passage
    for passage in sorted(site.passages.values(), key=lambda p: (p.document, p.ordinal, p.id)):
        site.passages_of.setdefault(passage.document, []).append(passage)


def _rows(graph: Graph, cls: URIRef, predicates: tuple[URIRef, ...]) -> Iterator[tuple[str, list[Any]]]:
    """Each member of `cls` with its first value of each of `predicates` (None for none), in the
    order `graph.subjects(RDF.type, cls)` gives them."""
    if isinstance(graph, IndexedGraph):
        return graph.rows(cls, predicates)
    return ((str(node), [graph.value(node, predicate) for predicate in predicates])
            for node in graph.subjects(RDF.type, cls) if isinstance(node, URIRef))


_PASSAGE_IDS = str(ID["passage/"])


def passage_id(iri: str) -> str:
    """"<slug>/<key>/p<n>", as records cite passages."""
    return iri[len(_PASSAGE_IDS):] if iri.startswith(_PASSAGE_IDS) else local_id(iri).removeprefix("passage/")


def _slugs(graph: Graph) -> dict[str, str]:
    """Document IRI -> its slug."""
    return {str(d): str(s) for d, s in graph.subject_objects(GG.slug)}


def _read_sections(site: SiteGraph) -> None:
    graph = site.graph
    slug_of = _slugs(graph)
    keyed = {str(s) for s, _key in graph.subject_objects(GG.sectionKey)}
    read = (GG.document, GG.sectionKey, GG.sectionNumber, DCTERMS.title, GG.ordinal, DCTERMS.isPartOf)
    by_document: dict[str, list[Section]] = defaultdict(list)
    for iri, (document, key, number, title, ordinal, parent) in _rows(graph, GG.Section, read):
        parent = "" if parent is None else str(parent)
        section = Section(iri, "" if key is None else str(key), "" if number is None else str(number),
                          "" if title is None else str(title), parent if parent in keyed else None,
                          0 if ordinal is None else int(ordinal))
        site.sections[iri] = section
        by_document[slug_of.get(str(document), "")].append(section)
    site.sections_of = {slug: sorted(rows, key=lambda s: (s.ordinal, s.iri)) for slug, rows in by_document.items()}


def _read_citations(graph: Graph) -> dict[str, list[Citation]]:
    read = (GG.citedIn, GG.charStart, GG.charEnd, GG.citedText, GG.refersTo, GG.note)
    rows: dict[str, list[Citation]] = defaultdict(list)
    for _node, (passage, start, end, text, target, note) in sorted(_rows(graph, GG.Citation, read),
                                                                   key=lambda row: row[0]):
        if passage is None:
            continue
        rows[str(passage)].append(Citation(
            start=None if start is None else int(start),
            end=None if end is None else int(end),
            text="" if text is None else str(text),
            target="" if target is None else str(target),
            note="" if note is None else str(note),
        ))
    return dict(rows)


def derived_from(site: SiteGraph, node: str) -> list[str]:
    """The passage IRIs an entity was read from (prov:wasDerivedFrom)."""
    return site.objects(node, PROV.wasDerivedFrom)


def comment(site: SiteGraph, node: str) -> str:
    return site.value(node, RDFS.comment)


def definition(site: SiteGraph, node: str) -> str:
    return site.value(node, SKOS.definition)
