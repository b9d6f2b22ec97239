"""Records read from the graph: one plain dict per entity, the shape `guidegraph list` prints.

The index, the answers and the site all read entities through this module, so every output
describes an entity the same way. Records are sorted and hold only JSON types.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from rdflib import Graph, URIRef

from guidegraph.graph_terms import DCTERMS, GG, PROV, RDF, RDFS, SCHEMA, SKOS  # terms made once, not per use
from guidegraph.vocab import ID

Record = dict[str, Any]
KINDS = (
    "documents",
    "legal-bases",
    "provisions",
    "myths",
    "principles",
    "case-examples",
    "jurisdictions",
    "guidance",
)


_MINTED = str(ID)  # asked for a quarter of a million times at 100x


def local_id(iri: URIRef | str) -> str:
    """The short id of a minted IRI: `.../id/case-example/x/4` -> `case-example/x/4`."""
    text = str(iri)
    return text[len(_MINTED) :] if text.startswith(_MINTED) else text


class GraphView:
    """Read-only access to a built graph, with the indexes the records need built once."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        # rdflib's SimpleMemory index (the build's store), read directly: a record asks for a node's
        # values a dozen times, and rdflib's generators cost ten times the dictionaries they walk.
        self._spo: dict[Any, dict[Any, dict[Any, Any]]] | None = getattr(graph.store, "_SimpleMemory__spo", None)
        self._citations_of: dict[URIRef, list[URIRef]] = defaultdict(list)  # basis/provision -> passages
        for passage, basis in graph.subject_objects(GG.citesLegalBasis):
            self._citations_of[basis].append(passage)
        for passage, provision in graph.subject_objects(GG.citesProvision):
            self._citations_of[provision].append(passage)
        self._slugs: dict[URIRef, str] = {}  # documents' slugs, asked for every passage
        self._provisions_of: dict[URIRef, list[URIRef]] = defaultdict(list)
        for provision, basis in graph.subject_objects(GG.provisionOf):
            self._provisions_of[basis].append(provision)
        self._referenced = self._law_referenced()

    def _law_referenced(self) -> set[URIRef]:
        """The legal bases and provisions the corpus refers to: cited, mentioned (even as not
        applying), audited, or the successor of such law. The catalog describes more law than any
        one corpus cites; what no document mentions is no part of what the guidance says."""
        found = {law for predicate in (GG.citesLegalBasis, GG.citesProvision, GG.refersTo, GG.concerns)
                 for law in self.graph.objects(None, predicate)}
        found |= {basis for law in list(found) for basis in self.objects(law, GG.provisionOf)}
        todo = list(found)
        while todo:
            for successor in self.objects(todo.pop(), GG.supersededBy):
                if successor not in found:
                    found.add(successor)
                    todo.append(successor)
        return found

    # --- small helpers --------------------------------------------------------------------

    def value(self, node: Any, predicate: URIRef) -> Any:
        """The first of a node's values of `predicate` (as `Graph.value`), or None."""
        if self._spo is None or node is None:
            return self.graph.value(node, predicate)
        values = self._spo.get(node, {}).get(predicate)
        return next(iter(values)) if values else None

    def objects(self, node: Any, predicate: URIRef) -> list[Any]:
        """A node's values of `predicate`, in the order `Graph.objects` gives them."""
        if self._spo is None:
            return list(self.graph.objects(node, predicate))
        return list(self._spo.get(node, {}).get(predicate, ()))

    def is_a(self, node: Any, cls: URIRef) -> bool:
        """Whether the graph says `node` is of type `cls`."""
        if self._spo is None:
            return (node, RDF.type, cls) in self.graph
        return cls in self._spo.get(node, {}).get(RDF.type, ())

    def text(self, node: URIRef, predicate: URIRef) -> str:
        value = self.value(node, predicate)
        return str(value) if value is not None else ""

    def number(self, node: URIRef, predicate: URIRef) -> int | None:
        value = self.value(node, predicate)
        return int(value) if value is not None else None

    def label(self, node: URIRef) -> str:
        for predicate in (SKOS.prefLabel, DCTERMS.title, RDFS.label):
            value = self.value(node, predicate)
            if value is not None:
                return str(value)
        return local_id(node)

    def of_type(self, cls: URIRef) -> list[URIRef]:
        return sorted(s for s in self.graph.subjects(RDF.type, cls) if isinstance(s, URIRef))

    def document_slug(self, node: URIRef) -> str:
        document = self.value(node, GG.document)
        if document is None:
            return ""
        if document not in self._slugs:
            self._slugs[document] = self.text(document, GG.slug)
        return self._slugs[document]

    def evidence(self, passages: Iterable[URIRef]) -> list[Record]:
        """`[{document, passage_id}]` for passages, deduplicated, in document order."""
        rows = {(self.document_slug(p), local_id(p).removeprefix("passage/")) for p in passages}
        return [{"document": d, "passage_id": p} for d, p in sorted(rows)]

    def basis_id(self, basis: URIRef) -> str:
        return self.text(basis, DCTERMS.identifier) or local_id(basis).removeprefix("legal-basis/")

    # --- records --------------------------------------------------------------------------

    def documents(self) -> list[Record]:
        records = []
        passages = set(self.graph.subjects(RDF.type, GG.Passage))
        for node in self.of_type(GG.Document):
            records.append({
                "id": self.text(node, GG.slug),
                "iri": str(node),
                "title": self.text(node, DCTERMS.title),
                "publisher": self.text(node, DCTERMS.publisher),
                "date": self.text(node, DCTERMS.date),
                "jurisdictions": sorted(self.label(j) for j in self.objects(node, DCTERMS.coverage)),
                "local_areas": sorted(self.label(a) for a in self.objects(node, GG.localArea)),
                "source_url": self.text(node, DCTERMS.source),
                "rights": self.text(node, DCTERMS.rights),
                "publish": self.text(node, GG.publishMode),
                "passages": sum(1 for part in self.graph.subjects(GG.document, node) if part in passages),
            })
        return sorted(records, key=lambda r: r["id"])

    def legal_bases(self) -> list[Record]:
        records = []
        for node in self.of_type(GG.LegalBasis):
            if node not in self._referenced:
                continue
            superseded = self.value(node, GG.supersededBy)
            records.append({
                "id": self.basis_id(node),
                "iri": str(node),
                "title": self.label(node),
                "legislation_gov_uk": self.text(node, GG.legislationGovUk) or None,
                "year": self.number(node, GG.year),
                "type": self.text(node, GG.legalBasisType),
                "extent": self.text(node, GG.extent) or None,
                "status": self.text(node, GG.status) or None,
                "superseded_by": self.basis_id(superseded) if superseded is not None else None,
                "uncatalogued": bool(self.value(node, GG.uncatalogued)),
                "aliases": sorted(str(a) for a in self.objects(node, SKOS.altLabel)),
                "scope": self.text(node, SKOS.scopeNote) or None,
                "provisions": [self._provision_ref(p) for p in sorted(self._provisions_of[node], key=numbered_order)
                               if p in self._referenced],
                "cited_in": self.evidence(self._citations_of[node]),
            })
        return sorted(records, key=lambda r: r["id"])

    def _provision_ref(self, provision: URIRef) -> Record:
        return {"id": local_provision_id(provision), "iri": str(provision), "title": self.label(provision)}

    def provisions(self) -> list[Record]:
        records = []
        for node in self.of_type(GG.Provision):
            if node not in self._referenced:
                continue
            basis = self.value(node, GG.provisionOf)
            records.append({
                "id": local_provision_id(node),
                "iri": str(node),
                "title": f"{self.label(basis)}, {self.label(node)}",
                "legal_basis": self.basis_id(basis),
                "type": self.text(node, GG.provisionType),
                "number": self.text(node, GG.provisionNumber),
                "cited_in": self.evidence(self._citations_of[node]),
            })
        return sorted(records, key=lambda r: numbered_order(r["id"]))

    def myths(self) -> list[Record]:
        records = []
        for node in self.of_type(GG.MythStatement):
            concept = self.value(node, GG.mythStatementOf)
            answer_passage = self.value(node, GG.answerPassage)
            bases = self.objects(answer_passage, GG.citesLegalBasis) if answer_passage is not None else []
            records.append({
                "id": local_id(node),
                "iri": str(node),
                "title": self.text(node, SCHEMA.text),
                "myth": self.text(node, SCHEMA.text),
                "answer": self.text(node, GG.answerText),
                "verdict": self.text(node, GG.verdict),
                "kind": self.text(node, GG.mythKind) or "myth",
                "document": self.document_slug(node),
                "passage_id": local_id(answer_passage).removeprefix("passage/") if answer_passage else None,
                "concept": local_id(concept),
                "concept_title": self.label(concept),  # the belief's most typical wording, over all documents
                "legal_bases": sorted({self.basis_id(b) for b in bases}),
            })
        return sorted(records, key=lambda r: (r["concept"], r["document"], r["id"]))

    def principles(self) -> list[Record]:
        records = []
        for node in self.of_type(GG.PrincipleStatement):
            concept = self.value(node, GG.statementOf)
            passage = self.value(node, PROV.wasDerivedFrom)
            principle_set = self.value(node, SKOS.inScheme)
            source = self.value(principle_set, DCTERMS.source) if principle_set is not None else None
            records.append({
                "id": local_id(node),
                "iri": str(node),
                "title": self.label(concept),
                "set": local_id(principle_set).removeprefix("principle-set/"),
                "source": self.basis_id(source) if isinstance(source, URIRef) else None,  # guidance setting them out
                "number": self.number(node, GG.principleNumber),
                "text": self.text(node, SCHEMA.text),
                "document": self.document_slug(node),
                "passage_id": local_id(passage).removeprefix("passage/") if passage else None,
                "concept": local_id(concept),
            })
        return sorted(records, key=lambda r: (r["set"], r["number"] or 0, r["document"]))

    def case_examples(self) -> list[Record]:
        records = []
        for node in self.of_type(GG.CaseExample):
            records.append({
                "id": local_id(node),
                "iri": str(node),
                "title": self.label(node),
                "number": self.number(node, GG.caseNumber),
                "setting": self.text(node, GG.setting),
                "section": self.text(node, GG.sectionNumber) or None,
                "scenario": self.text(node, GG.scenario),
                "advice": self.text(node, GG.advice),
                "outcome_if_shared": self.text(node, GG.outcomeIfShared),
                "outcome_if_not_shared": self.text(node, GG.outcomeIfNotShared),
                "roles": sorted(self.label(t) for t in self.objects(node, GG.mentionsTerm)
                                if self.is_a(t, GG.Role)),
                "agencies": sorted(self.label(t) for t in self.objects(node, GG.mentionsTerm)
                                   if self.is_a(t, GG.Agency)),
                "legal_bases": sorted({self.basis_id(b) for b in self.objects(node, GG.citesLegalBasis)}),
                "provisions": sorted(local_provision_id(p) for p in self.objects(node, GG.citesProvision)),
                "document": self.document_slug(node),
                "passage_ids": [e["passage_id"] for e in self.evidence(self.objects(node, PROV.wasDerivedFrom))],
            })
        return sorted(records, key=lambda r: (r["document"], r["number"] or 0))

    def jurisdictions(self) -> list[Record]:
        records = []
        for cls, kind in ((GG.Jurisdiction, "jurisdiction"), (GG.LocalArea, "local-area")):
            for node in self.of_type(cls):
                documents = set(self.graph.subjects(DCTERMS.coverage, node)) | set(
                    self.graph.subjects(GG.localArea, node)
                )
                records.append({
                    "id": local_id(node),
                    "iri": str(node),
                    "title": self.label(node),
                    "kind": kind,
                    "broader": sorted(local_id(b) for b in self.objects(node, SKOS.broader)),
                    "documents": sorted(self.text(d, GG.slug) for d in documents),
                    # passages only: guidance applies to places too, but is not a passage
                    "passages": self.evidence(p for p in self.graph.subjects(GG.appliesTo, node)
                                              if self.is_a(p, GG.Passage)),
                })
        return sorted(records, key=lambda r: r["id"])

    def guidance(self) -> list[Record]:
        cited: dict[URIRef, list[URIRef]] = defaultdict(list)
        for passage, node in self.graph.subject_objects(GG.citesGuidance):
            cited[node].append(passage)
        records = []
        for node in self.of_type(GG.Guidance):
            records.append({
                "id": local_id(node).removeprefix("legal-basis/").removeprefix("guidance/"),
                "iri": str(node),
                "title": self.label(node),
                "aliases": sorted(str(a) for a in self.objects(node, SKOS.altLabel)),
                "scope": self.text(node, SKOS.scopeNote) or None,
                "publisher": self.text(node, GG.publisherName) or None,
                "year": self.number(node, GG.year),
                "jurisdictions": sorted(self.label(j) for j in self.objects(node, GG.appliesTo)),
                "cited_in": self.evidence(cited[node]),
            })
        return sorted(records, key=lambda r: r["id"])

    def records(self, kind: str) -> list[Record]:
        """The records of one of KINDS."""
        readers: dict[str, Callable[[], list[Record]]] = {
            "documents": self.documents,
            "legal-bases": self.legal_bases,
            "provisions": self.provisions,
            "myths": self.myths,
            "principles": self.principles,
            "case-examples": self.case_examples,
            "jurisdictions": self.jurisdictions,
            "guidance": self.guidance,
        }
        return readers[kind]()


def numbered_order(name: str) -> tuple[tuple[int, str], ...]:
    """A key putting names with numbers in the law's order: section 3 before section 17, article
    6(1)(e) before article 9 (numbers compared as numbers, the rest as text)."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in _NUMBERS.split(str(name)) if part)


_NUMBERS = re.compile(r"(\d+)")


def local_provision_id(provision: URIRef) -> str:
    """`http://www.legislation.gov.uk/id/ukpga/1989/41/section/47` -> `ukpga/1989/41/section/47`."""
    text = str(provision)
    for prefix in ("http://www.legislation.gov.uk/id/", str(ID) + "legal-basis/"):
        if text.startswith(prefix):
            return text[len(prefix) :]
    return local_id(provision)
