"""The knowledge graph: documents, sections, passages and everything extraction found, as RDF.

Predicates per class follow the contract at the top of `ontology/shapes.ttl`. IRIs are minted
from slugs and positions (never blank nodes), so the same corpus always gives the same graph.

Built for size (the bundled corpus scaled 100x gives 1.34 M triples): terms, IRIs and recurring
literals are made once (`graph_terms.py`), texts' literals without rdflib's constructor, and garbage collection
pauses while the graph fills; what remains is mostly rdflib's in-memory store itself.

The triples of a document's passages, sections, citations, principle statements and case
examples are made from that document's extraction and the reference data alone: `chunks.py`
keeps their digests under the document's cache key (`chunks.DOCUMENT_KINDS`), so keep it so.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rdflib import Graph, Literal, URIRef

from guidegraph.catalog import Catalog
from guidegraph.extract.myth_concepts import typical_statement
from guidegraph.graph_terms import (
    DCTERMS,
    GG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    area_iri,
    catalogued_iri,
    document_iri,
    jurisdiction_iri,
    legal_basis_iri,
    passage_iri,
    principle_iri,
    principle_set_iri,
    provision_iri,
    section_iri,
    small_literal,
    term_iri,
    text_literal,
)
from guidegraph.model import (
    CaseExample,
    Citation,
    CountFinding,
    Extraction,
    GuidanceRef,
    LegalBasisRef,
    MythStatement,
    Passage,
    PrincipleStatement,
    ProvisionRef,
    Section,
    SegmentedDocument,
)
from guidegraph.store import new_graph, paused_gc
from guidegraph.vocab import ID, slugify

Triple = tuple[URIRef, URIRef, URIRef | Literal]

def build_graph(
    docs: Sequence[SegmentedDocument],
    extraction: Extraction,
    catalog: Catalog,
    reference: Graph | None = None,
) -> Graph:
    """One graph: the reference data (ontology, catalog), the corpus and what was extracted from it."""
    graph = new_graph()
    store = graph.store  # Graph.addN would check again each term made below
    with paused_gc():
        if reference is not None:
            store.addN((s, p, o, graph) for s, p, o in reference)
        store.addN((s, p, o, graph) for s, p, o in corpus_triples(docs, extraction, catalog))
    return graph


def corpus_triples(docs: Sequence[SegmentedDocument], extraction: Extraction, catalog: Catalog) -> Iterator[Triple]:
    """Every triple the corpus contributes, in a stable order."""
    bases = BasisIris(catalog, extraction.legal_bases)
    for doc in docs:
        yield from document_triples(doc)
    yield from bases.uncatalogued_triples()
    yield from citation_triples(extraction.citations, bases)
    yield from guidance_triples(extraction.guidance, catalog)
    yield from principle_triples(extraction.principles)
    for mention in extraction.principle_mentions:
        yield passage_iri(mention.passage_id), GG.mentionsPrinciple, principle_iri(mention.set_id, mention.number)
    yield from count_finding_triples(extraction.findings)
    yield from myth_triples(extraction.myths)
    yield from case_example_triples(extraction.case_examples, bases)
    for mention in extraction.terms:
        yield passage_iri(mention.passage_id), GG.mentionsTerm, term_iri(mention.term)
    for nation in extraction.nations:
        yield passage_iri(nation.passage_id), GG.appliesTo, jurisdiction_iri(nation.jurisdiction)
    yield from superseded_law_findings(docs, extraction.citations, catalog)


# --- documents, sections, passages ----------------------------------------------------------


def document_triples(doc: SegmentedDocument) -> Iterator[Triple]:
    """A document's metadata, section tree and passages."""
    meta = doc.meta
    node = document_iri(meta.slug)
    yield node, RDF.type, GG.Document
    yield node, RDF.type, SCHEMA.CreativeWork
    yield node, DCTERMS.title, Literal(meta.title)
    yield node, DCTERMS.publisher, Literal(meta.publisher)
    yield node, DCTERMS.date, date_literal(meta.date)
    yield node, DCTERMS.rights, Literal(meta.rights)
    yield node, GG.slug, Literal(meta.slug)
    yield node, GG.publishMode, Literal(meta.publish)
    yield node, GG.year, Literal(meta.year)
    if doc.document.masthead:  # only a document that had one: it still says who the text is from
        yield node, GG.masthead, Literal("\n".join(doc.document.masthead))
    if meta.source_url:
        yield node, DCTERMS.source, Literal(meta.source_url, datatype=XSD.anyURI)
    for name in meta.jurisdictions:
        yield node, DCTERMS.coverage, jurisdiction_iri(name)
    for name in meta.local_areas:
        yield from local_area_triples(node, name, meta.jurisdictions)
    for section in doc.sections:
        yield from section_triples(section, node)
    for passage in doc.passages:
        yield from passage_triples(passage, node)


def date_literal(date: str) -> Literal:
    """xsd:gYear for "2015", xsd:gYearMonth for "2015-06", xsd:date for a full date."""
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(date), XSD.date)
    return Literal(date, datatype=datatype)


def local_area_triples(document: URIRef, name: str, nations: Sequence[str]) -> Iterator[Triple]:
    """A local area named in metadata; minted here too when the reference data lacks it."""
    area = area_iri(name)
    yield document, GG.localArea, area
    yield area, RDF.type, GG.LocalArea
    yield area, SKOS.prefLabel, Literal(name, lang="en")
    for nation in nations:
        if slugify(nation) != "uk":
            yield area, SKOS.broader, jurisdiction_iri(nation)


def section_triples(section: Section, document: URIRef) -> Iterator[Triple]:
    node = section_iri(section.id)
    yield node, RDF.type, GG.Section
    yield node, DCTERMS.isPartOf, section_iri(section.parent) if section.parent else document
    yield node, GG.document, document
    if section.title:
        yield node, DCTERMS.title, text_literal(section.title)
    if section.number:
        yield node, GG.sectionNumber, text_literal(section.number)
    yield node, GG.sectionKey, text_literal(section.key)
    yield node, GG.level, small_literal(section.level)
    yield node, GG.ordinal, small_literal(section.ordinal)
    yield node, GG.lineStart, small_literal(section.line_start)
    yield node, GG.lineEnd, small_literal(section.line_end)


def passage_triples(passage: Passage, document: URIRef) -> Iterator[Triple]:
    node = passage_iri(passage.id)
    yield node, RDF.type, GG.Passage
    yield node, RDF.type, SCHEMA.CreativeWork
    yield node, GG.document, document
    container = section_iri(passage.section) if passage.section else document
    if passage.section:
        yield node, GG.section, container
    yield node, DCTERMS.isPartOf, container
    yield node, SCHEMA.text, text_literal(passage.text)
    yield node, GG.ordinal, small_literal(passage.ordinal)
    yield node, GG.lineStart, small_literal(passage.line_start)
    yield node, GG.lineEnd, small_literal(passage.line_end)
    yield node, GG.passageKind, small_literal(passage.kind)
    if passage.kind == "list":
        for index, text in enumerate(passage.items, start=1):
            item = URIRef(f"{node}/item/{index}")
            yield node, GG.listItem, item
            yield item, GG.itemIndex, small_literal(index)
            yield item, SCHEMA.text, text_literal(text)


# --- legal bases, provisions, citations -----------------------------------------------------


class BasisIris:
    """IRIs of legal bases, catalogued or not, and of their provisions."""

    def __init__(self, catalog: Catalog, uncatalogued: Iterable[LegalBasisRef]) -> None:
        self._catalog = catalog
        self._uncatalogued = {ref.id: ref for ref in uncatalogued}

    def basis(self, basis_id: str) -> URIRef:
        if basis_id in self._catalog:
            return catalogued_iri(self._catalog.by_id(basis_id).iri)  # cited thousands of times at 100x
        return legal_basis_iri(basis_id)

    def provision(self, ref: ProvisionRef) -> URIRef:
        return provision_iri(self.basis(ref.basis), ref.type, ref.number)

    def uncatalogued_triples(self) -> Iterator[Triple]:
        for ref in self._uncatalogued.values():
            node = legal_basis_iri(ref.id)
            yield node, RDF.type, GG.LegalBasis
            yield node, SKOS.prefLabel, Literal(ref.title, lang="en")
            yield node, DCTERMS.title, Literal(ref.title)
            yield node, GG.legalBasisType, Literal("uncatalogued")
            yield node, GG.uncatalogued, Literal(True)
            if ref.year:
                yield node, GG.year, Literal(ref.year)


def citation_triples(citations: Sequence[Citation], bases: BasisIris) -> Iterator[Triple]:
    """A Citation node per mention, plus passage-level shortcuts to the basis and provision."""
    ordinal_in_passage: dict[str, int] = {}
    described: set[ProvisionRef] = set()  # a provision cited a thousand times is described once
    for citation in citations:
        n = ordinal_in_passage[citation.passage_id] = ordinal_in_passage.get(citation.passage_id, 0) + 1
        node = ID[f"citation/{citation.passage_id}/c{n}"]
        passage = passage_iri(citation.passage_id)
        basis = bases.basis(citation.basis)
        target = basis
        if citation.provision is not None:
            target = bases.provision(citation.provision)
            if citation.provision not in described:  # its triples are made of it alone
                described.add(citation.provision)
                yield from provision_triples(target, basis, citation.provision)
        if not citation.negation:  # "... has been repealed": the passage names the law but rests on nothing
            if citation.provision is not None:
                yield passage, GG.citesProvision, target
            yield passage, GG.citesLegalBasis, basis
        yield node, RDF.type, GG.Citation
        yield node, GG.citedIn, passage
        yield node, GG.refersTo, target
        yield node, GG.citedText, text_literal(citation.text)
        yield node, GG.mentionKind, small_literal(citation.kind)
        yield node, GG.charStart, small_literal(citation.start)
        yield node, GG.charEnd, small_literal(citation.end)
        yield node, GG.lineStart, small_literal(citation.line)
        if citation.note:
            yield node, GG.note, text_literal(citation.note)
        if citation.negation:
            yield node, GG.negatedBy, text_literal(citation.negation)


def provision_triples(node: URIRef, basis: URIRef, ref: ProvisionRef) -> Iterator[Triple]:
    yield node, RDF.type, GG.Provision
    yield node, RDF.type, URIRef("http://data.europa.eu/eli/ontology#LegalResourceSubdivision")
    yield node, GG.provisionOf, basis
    yield node, GG.provisionType, Literal(ref.type)
    yield node, GG.provisionNumber, Literal(ref.number)
    yield node, SKOS.prefLabel, Literal(ref.label, lang="en")


# --- guidance, principles, myths, case examples, findings ----------------------------------


def guidance_triples(guidance: Sequence[GuidanceRef], catalog: Catalog) -> Iterator[Triple]:
    """Cited guidance; an uncatalogued one is described once, by its first citation, however often cited."""
    described: set[str] = set()
    for ref in guidance:
        node = URIRef(catalog.by_id(ref.id).iri) if ref.id in catalog else ID[f"guidance/{ref.id}"]
        if ref.id not in catalog and ref.id not in described:
            described.add(ref.id)
            yield node, RDF.type, GG.Guidance
            yield node, DCTERMS.title, Literal(ref.title)
            if ref.publisher:
                yield node, GG.publisherName, Literal(ref.publisher)
            if ref.year:
                yield node, GG.year, Literal(ref.year)
        for passage_id in ref.passage_ids:
            yield passage_iri(passage_id), GG.citesGuidance, node
        for nation in ref.jurisdictions:
            yield node, GG.appliesTo, jurisdiction_iri(nation)


def principle_triples(statements: Sequence[PrincipleStatement]) -> Iterator[Triple]:
    seen: dict[str, int] = {}
    for statement in statements:
        key = f"{statement.document}/{statement.set_id}/{statement.number}"
        seen[key] = seen.get(key, 0) + 1
        suffix = "" if seen[key] == 1 else f"-{seen[key]}"
        node = ID[f"principle-statement/{key}{suffix}"]
        yield node, RDF.type, GG.PrincipleStatement
        yield node, GG.statementOf, principle_iri(statement.set_id, statement.number)
        yield node, SCHEMA.text, Literal(statement.text)
        yield node, PROV.wasDerivedFrom, passage_iri(statement.passage_id)
        yield node, GG.document, document_iri(statement.document)
        yield node, GG.principleNumber, Literal(statement.number)
        yield node, SKOS.inScheme, principle_set_iri(statement.set_id)


def count_finding_triples(findings: Sequence[CountFinding]) -> Iterator[Triple]:
    for n, finding in enumerate(findings, start=1):
        node = ID[f"finding/{finding.document}/count-mismatch/{n}"]
        yield node, RDF.type, GG.Finding
        yield node, GG.findingType, Literal("count-mismatch")
        yield node, GG.concerns, principle_set_iri(finding.set_id)
        yield node, GG.concerns, passage_iri(finding.passage_id)
        yield node, GG.document, document_iri(finding.document)
        yield node, GG.countInHeading, Literal(finding.announced)
        yield node, GG.countOfItems, Literal(finding.listed)
        yield node, RDFS.comment, Literal(
            f'The heading "{finding.heading}" announces {finding.announced} but the list has {finding.listed}.'
        )
        yield node, PROV.wasDerivedFrom, passage_iri(finding.passage_id)


def myth_triples(myths: Sequence[MythStatement]) -> Iterator[Triple]:
    """A concept per myth, then each document's statement of it."""
    yield from myth_concept_triples(myths)
    per_document: dict[str, int] = {}
    for myth in myths:
        concept = ID[f"myth/{myth.concept}"]
        n = per_document[myth.document] = per_document.get(myth.document, 0) + 1
        node = ID[f"myth-statement/{myth.document}/{n}"]
        yield node, RDF.type, GG.MythStatement
        yield node, RDF.type, SCHEMA.Question
        yield node, GG.mythStatementOf, concept
        yield node, SCHEMA.text, Literal(myth.statement)
        yield node, GG.answerText, Literal(myth.answer)
        yield node, GG.verdict, Literal(myth.verdict)
        yield node, GG.answerPassage, passage_iri(myth.answer_passage_id)
        yield node, GG.document, document_iri(myth.document)
        yield node, GG.mythKind, Literal(myth.kind)
        for passage_id in dict.fromkeys((myth.passage_id, myth.answer_passage_id)):
            yield node, PROV.wasDerivedFrom, passage_iri(passage_id)


def myth_concept_triples(myths: Sequence[MythStatement]) -> Iterator[Triple]:
    """One skos:Concept per myth, titled by its most typical statement (not whichever came first)."""
    statements: dict[str, list[str]] = {}
    for myth in myths:
        statements.setdefault(myth.concept, []).append(myth.statement)
    for concept, wordings in statements.items():
        node, title = ID[f"myth/{concept}"], typical_statement(wordings)
        yield node, RDF.type, GG.Myth
        yield node, RDF.type, SKOS.Concept
        # a title, though a document may write its statement in lower case ("you always need consent ...")
        yield node, SKOS.prefLabel, Literal(title[:1].upper() + title[1:], lang="en")


def case_example_triples(cases: Sequence[CaseExample], bases: BasisIris) -> Iterator[Triple]:
    for case in cases:
        node = ID[f"case-example/{case.document}/{case.number}"]
        yield node, RDF.type, GG.CaseExample
        yield node, GG.caseNumber, Literal(case.number)
        yield node, RDFS.label, Literal(f"Case Example {case.number}: {case.setting}".rstrip(": "), lang="en")
        yield node, GG.setting, Literal(case.setting)
        yield node, GG.scenario, Literal(case.scenario)
        for predicate, text in (
            (GG.advice, case.advice),
            (GG.outcomeIfShared, case.outcome_if_shared),
            (GG.outcomeIfNotShared, case.outcome_if_not_shared),
        ):
            if text:
                yield node, predicate, text_literal(text)
        if case.section:
            yield node, GG.sectionNumber, Literal(case.section)
        yield node, GG.document, document_iri(case.document)
        for passage_id in case.passage_ids:
            yield node, PROV.wasDerivedFrom, passage_iri(passage_id)
        for term in (*case.roles, *case.agencies):
            yield node, GG.mentionsTerm, term_iri(term)
        for basis in case.legal_bases:
            yield node, GG.citesLegalBasis, bases.basis(basis)
        for provision in case.provisions:
            yield node, GG.citesProvision, bases.provision(provision)


def superseded_law_findings(
    docs: Sequence[SegmentedDocument], citations: Sequence[Citation], catalog: Catalog
) -> Iterator[Triple]:
    """A currency audit: each document relying on law its catalog entry marks as superseded."""
    by_document: dict[str, dict[str, list[str]]] = {}
    for citation in citations:
        if citation.negation:
            continue  # "superseding the Data Protection Act 1998" relies on its successor
        if citation.basis in catalog and catalog.by_id(citation.basis).superseded_by:
            document = citation.passage_id.split("/", 1)[0]
            by_document.setdefault(document, {}).setdefault(citation.basis, []).append(citation.passage_id)
    for document, cited in sorted(by_document.items()):
        for basis_id, passage_ids in sorted(cited.items()):
            entry = catalog.by_id(basis_id)
            successor = catalog.by_id(entry.superseded_by) if entry.superseded_by in catalog else None
            node = ID[f"finding/{document}/superseded-law/{basis_id}"]
            yield node, RDF.type, GG.Finding
            yield node, GG.findingType, Literal("superseded-law")
            yield node, GG.concerns, URIRef(entry.iri)
            yield node, GG.document, document_iri(document)
            comment = f"Relies on the {entry.title} ({entry.status})"
            if successor is not None:
                comment += f", superseded by the {successor.title}"
            yield node, RDFS.comment, Literal(comment + ".")
            for passage_id in dict.fromkeys(passage_ids):
                yield node, PROV.wasDerivedFrom, passage_iri(passage_id)

