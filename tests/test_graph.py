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
from guidegraph.validate import validate_graph
from guidegraph.vocab import GG, ID, passage_iri


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


def test_a_year_and_month_date_conforms(corpus_graph) -> None:
    docs, _, catalog, _ = corpus_graph
    doc = docs[0]
    dated = replace(doc, document=replace(doc.document, meta=replace(doc.meta, date="2015-06")))
    graph = build_graph([dated], Extraction(), catalog, load_ontology())
    report = validate_graph(graph, load_shapes())
    assert report.conforms, report.summary()
