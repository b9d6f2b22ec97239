"""Everything the site shows, read from the graph once: records, documents, sections, passages, citations.

Reads go through `listing.GraphView` for entities (so the site describes them as `guidegraph list`
does) and through whole-predicate scans for the corpus text, which stays fast on large graphs
where one lookup per passage and predicate would not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, RDFS, SKOS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from guidegraph.listing import KINDS, GraphView, Record, local_id
from guidegraph.site.indexed import IndexedGraph, indexed
from guidegraph.vocab import GG, SCHEMA

Records = dict[str, list[Record]]  # entity records by kind, as `guidegraph list` gives them

_PROVISION_TAIL = re.compile(r"/(section|article|schedule|part|chapter|regulation|paragraph)/([^#]+)$")


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
    view: GraphView
    records: dict[str, list[Record]]
    passages: dict[str, Passage] = field(default_factory=dict)  # by passage id
    passages_of: dict[str, list[Passage]] = field(default_factory=dict)  # by document slug
    sections_of: dict[str, list[Section]] = field(default_factory=dict)
    sections: dict[str, Section] = field(default_factory=dict)  # by IRI
    citations_in: dict[str, list[Citation]] = field(default_factory=dict)  # by passage IRI
    guidance_cited_in: dict[str, list[str]] = field(default_factory=dict)  # passage IRI -> guidance IRIs

    def value(self, node: str, predicate: URIRef) -> str:
        found = self.graph.value(URIRef(node), predicate)
        return str(found) if found is not None else ""

    def objects(self, node: str, predicate: URIRef) -> list[str]:
        return sorted(str(o) for o in self.graph.objects(URIRef(node), predicate))

    def subjects(self, predicate: URIRef, node: str) -> list[str]:
        return sorted(str(s) for s in self.graph.subjects(predicate, URIRef(node)))

    def label(self, node: str) -> str:
        """A node's label; a provision without one is named from its type and number ("section 44")."""
        label = self.view.label(URIRef(node))
        if label != local_id(node) or not _PROVISION_TAIL.search(node):
            return label
        kind, number = self.value(node, GG.provisionType), self.value(node, GG.provisionNumber)
        if kind and number:
            return f"{kind} {number}"
        match = _PROVISION_TAIL.search(node)
        return f"{match.group(1)} {match.group(2).replace('/', '')}" if match else label

    def typed(self, cls: URIRef) -> list[str]:
        return [str(s) for s in self.view.of_type(cls)]

    def passage_by_iri(self, iri: str) -> Passage | None:
        return self.passages.get(local_id(iri).removeprefix("passage/"))


def read_site_graph(graph: Graph, records: Records | None = None) -> SiteGraph:
    """Read everything the pages need from `graph` (its entity records too, unless given)."""
    graph = indexed(graph)
    view = GraphView(graph)
    if records is None:
        records = {kind: view.records(kind) for kind in KINDS}
    site = SiteGraph(graph=graph, view=view, records=records)
    _name_provisions(site)
    columns = _Columns(graph)
    _read_passages(site, columns)
    _read_sections(site, columns)
    _read_citations(site, columns)
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


def _read_passages(site: SiteGraph, column: _Columns) -> None:
    graph = site.graph
    slug_of = {str(d): str(s) for d, s in graph.subject_objects(GG.slug)}
    texts, documents = column(SCHEMA.text), column(GG.document)
    ordinals, kinds, sections = column(GG.ordinal), column(GG.passageKind), column(GG.section)
    items: dict[str, int] = defaultdict(int)
    for passage, _item in graph.subject_objects(GG.listItem):
        items[str(passage)] += 1
    for node in graph.subjects(RDF.type, GG.Passage):
        iri = str(node)
        passage = Passage(
            iri=iri,
            id=local_id(iri).removeprefix("passage/"),
            document=slug_of.get(str(documents.get(iri, "")), ""),
            section=str(sections[iri]) if iri in sections else None,
            ordinal=int(ordinals.get(iri, 0)),
            text=str(texts.get(iri, "")),
            kind=str(kinds.get(iri, "paragraph")),
            items=items.get(iri, 0),
        )
        site.passages[passage.id] = passage
    for passage in sorted(site.passages.values(), key=lambda p: (p.document, p.ordinal, p.id)):
        site.passages_of.setdefault(passage.document, []).append(passage)


def _read_sections(site: SiteGraph, column: _Columns) -> None:
    graph = site.graph
    slug_of = {str(d): str(s) for d, s in graph.subject_objects(GG.slug)}
    documents, keys = column(GG.document), column(GG.sectionKey)
    numbers, titles = column(GG.sectionNumber), column(DCTERMS.title)
    ordinals, parents = column(GG.ordinal), column(DCTERMS.isPartOf)
    by_document: dict[str, list[Section]] = defaultdict(list)
    for node in graph.subjects(RDF.type, GG.Section):
        iri = str(node)
        parent = str(parents.get(iri, ""))
        section = Section(
            iri=iri,
            key=str(keys.get(iri, "")),
            number=str(numbers.get(iri, "")),
            title=str(titles.get(iri, "")),
            parent=parent if parent in keys else None,
            ordinal=int(ordinals.get(iri, 0)),
        )
        site.sections[iri] = section
        by_document[slug_of.get(str(documents.get(iri, "")), "")].append(section)
    site.sections_of = {slug: sorted(rows, key=lambda s: (s.ordinal, s.iri)) for slug, rows in by_document.items()}


def _read_citations(site: SiteGraph, column: _Columns) -> None:
    graph = site.graph
    cited_in, targets, texts = column(GG.citedIn), column(GG.refersTo), column(GG.citedText)
    starts, ends, notes = column(GG.charStart), column(GG.charEnd), column(GG.note)
    rows: dict[str, list[Citation]] = defaultdict(list)
    for node in sorted(cited_in):
        rows[str(cited_in[node])].append(Citation(
            start=int(starts[node]) if node in starts else None,
            end=int(ends[node]) if node in ends else None,
            text=str(texts.get(node, "")),
            target=str(targets.get(node, "")),
            note=str(notes.get(node, "")),
        ))
    site.citations_in = dict(rows)
    guidance: dict[str, list[str]] = defaultdict(list)
    for passage, node in graph.subject_objects(GG.citesGuidance):
        guidance[str(passage)].append(str(node))
    site.guidance_cited_in = {p: sorted(set(g)) for p, g in guidance.items()}


def derived_from(site: SiteGraph, node: str) -> list[str]:
    """The passage IRIs an entity was read from (prov:wasDerivedFrom)."""
    return site.objects(node, PROV.wasDerivedFrom)


def comment(site: SiteGraph, node: str) -> str:
    return site.value(node, RDFS.comment)


def definition(site: SiteGraph, node: str) -> str:
    return site.value(node, SKOS.definition)
