"""The graph builder: what the corpus becomes in RDF, and that it conforms to the shapes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import bundled_corpus
from rdflib import URIRef
from rdflib.namespace import DCTERMS

from guidegraph.catalog import load_catalog, load_ontology, load_shapes
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.graph import build_graph
from guidegraph.model import Extraction, GuidanceRef
from guidegraph.store import new_graph
from guidegraph.validate import validate_graph
from guidegraph.vocab import GG, ID, SCHEMA, passage_iri


@pytest.fixture(scope="module")
def corpus_graph():
    docs = list(bundled_corpus())
    catalog = load_catalog()
    extraction = extract_corpus(docs, load_extractors(catalog))
    return docs, extraction, catalog, build_graph(docs, extraction, catalog, load_ontology())


def test_the_bundled_corpus_graph_conforms(corpus_graph) -> None:
    *_, graph = corpus_graph
    report = validate_graph(graph, load_shapes())
    assert report.conforms, report.summary()


def test_provisions_use_legislation_gov_uk_iris(corpus_graph) -> None:
    *_, graph = corpus_graph
    s47 = URIRef("http://www.legislation.gov.uk/id/ukpga/1989/41/section/47")
    assert (s47, GG.provisionOf, URIRef("http://www.legislation.gov.uk/id/ukpga/1989/41")) in graph
    citing = set(graph.subjects(GG.citesProvision, s47))
    assert passage_iri("cross-government-information-sharing-2005/4.9/p1") in citing


def test_superseded_law_is_a_finding(corpus_graph) -> None:
    *_, graph = corpus_graph
    finding = ID["finding/halton-information-sharing/superseded-law/data-protection-act-1998"]
    assert (finding, GG.findingType, None) in graph


def test_guidance_cited_with_different_titles_is_described_once(corpus_graph) -> None:
    docs, extraction, catalog, _ = corpus_graph
    passages = [p.id for p in docs[0].passages[:2]]
    cited = (
        GuidanceRef("local-protocol", "Local Protocol", "Council", 2020, (passages[0],)),
        GuidanceRef("local-protocol", "Local protocol (revised)", "Council", 2021, (passages[1],)),
    )
    graph = build_graph(docs, replace(extraction, guidance=cited), catalog, load_ontology())
    node = ID["guidance/local-protocol"]
    assert [str(t) for t in graph.objects(node, DCTERMS.title)] == ["Local Protocol"]
    assert len(set(graph.subjects(GG.citesGuidance, node))) == 2
    assert validate_graph(graph, load_shapes()).conforms


def test_a_myth_concept_is_titled_with_a_capital(corpus_graph) -> None:
    from rdflib import SKOS

    docs, extraction, catalog, _ = corpus_graph
    first = extraction.myths[0]
    lower = replace(first, concept="new-belief", statement="you always need consent to share information")
    graph = build_graph(docs, replace(extraction, myths=(lower, *extraction.myths[1:])), catalog, load_ontology())
    assert str(graph.value(ID["myth/new-belief"], SKOS.prefLabel)) == "You always need consent to share information"
    statements = [str(t) for t in graph.subjects(GG.mythStatementOf, ID["myth/new-belief"])]
    assert [str(graph.value(URIRef(s), SCHEMA.text)) for s in statements] == [lower.statement]  # as written


def test_a_year_and_month_date_conforms(corpus_graph) -> None:
    docs, _, catalog, _ = corpus_graph
    doc = docs[0]
    dated = replace(doc, document=replace(doc.document, meta=replace(doc.meta, date="2015-06")))
    graph = build_graph([dated], Extraction(), catalog, load_ontology())
    report = validate_graph(graph, load_shapes())
    assert report.conforms, report.summary()


def test_adding_many_triples_at_once_fills_the_store_as_adding_them_one_by_one(corpus_graph) -> None:
    *_, graph = corpus_graph
    triples = sorted(graph, key=str)[:2000]
    one_by_one, at_once = new_graph(), new_graph()
    for triple in triples + triples[:50]:  # a triple added twice is held once
        one_by_one.store.add(triple, one_by_one)
    at_once.store.addN((s, p, o, at_once) for s, p, o in triples + triples[:50])
    assert len(at_once) == len(one_by_one) == len(triples)
    for pattern in [(None, None, None), (triples[7][0], None, None), (None, triples[7][1], None),
                    (None, None, triples[7][2]), (None, triples[7][1], triples[7][2])]:
        assert sorted(at_once.triples(pattern)) == sorted(one_by_one.triples(pattern))
