"""The graph builder: what the corpus becomes in RDF, and that it conforms to the shapes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import bundled_corpus
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from guidegraph.catalog import load_catalog, load_ontology, load_shapes
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.graph import build_graph
from guidegraph.model import Extraction, GuidanceRef, ProvisionRef
from guidegraph.store import new_graph
from guidegraph.validate import validate_graph
from guidegraph.vocab import GG, ID, SCHEMA, passage_iri, provision_iri


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


@pytest.mark.parametrize("reverse", [False, True])
def test_a_myth_concept_is_titled_by_its_most_typical_statement(corpus_graph, reverse: bool) -> None:
    from rdflib import SKOS

    docs, extraction, catalog, _ = corpus_graph
    wordings = ["Effective information sharing is blocked by IT systems",
                "IT systems are often a barrier to the sharing of information",
                "Personal information sharing is blocked by IT systems"]
    myths = [replace(extraction.myths[0], concept="it-systems", statement=s, document=doc.meta.slug)
             for s, doc in zip(wordings, docs[:3], strict=True)]
    myths = myths[::-1] if reverse else myths
    graph = build_graph(docs, replace(extraction, myths=tuple(myths)), catalog, load_ontology())
    assert [str(t) for t in graph.objects(ID["myth/it-systems"], SKOS.prefLabel)] == [wordings[1]]
    assert len(set(graph.subjects(GG.mythStatementOf, ID["myth/it-systems"]))) == 3


CHILDREN_ACT = URIRef("http://www.legislation.gov.uk/id/ukpga/1989/41")


@pytest.mark.parametrize(
    ("number", "iri"),
    [("47", "section/47"), ("201(3)(d)", "section/201/3/d"),  # single provisions: legislation.gov.uk's form
     ("47(9)-47(11)", "section/47/9-11"), ("201(3)(d)-201(3)(f)", "section/201/3/d-f"),  # within one provision
     ("59-66", "section/59-66"), ("16A-16F", "section/16A-16F"),  # a run of sections
     ("47(9)-48(2)", "section/47(9)-48(2)")],  # across sections: no slash that reads as a subsection
)
def test_provision_iris_for_single_provisions_and_ranges(number: str, iri: str) -> None:
    assert provision_iri(CHILDREN_ACT, "section", number) == URIRef(f"{CHILDREN_ACT}/{iri}")


def test_a_range_of_subsections_is_one_provision_node(corpus_graph) -> None:
    docs, extraction, catalog, _ = corpus_graph
    cited = next(c for c in extraction.citations if c.provision == ProvisionRef("children-act-1989", "section", "47"))
    ranges = tuple(replace(cited, provision=ProvisionRef("children-act-1989", "section", n))
                   for n in ("47(9)-47(11)", "47-49"))
    graph = build_graph(docs, replace(extraction, citations=ranges), catalog, load_ontology())
    subsections, sections = URIRef(f"{CHILDREN_ACT}/section/47/9-11"), URIRef(f"{CHILDREN_ACT}/section/47-49")
    assert str(graph.value(subsections, GG.provisionNumber)) == "47(9)-47(11)"
    assert (sections, GG.provisionOf, CHILDREN_ACT) in graph
    assert set(graph.objects(passage_iri(cited.passage_id), GG.citesProvision)) == {subsections, sections}
    assert validate_graph(graph, load_shapes()).conforms


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


def test_what_points_to_a_node_is_found_without_a_by_object_index(corpus_graph) -> None:
    """A pattern binding the object alone is answered from the predicate index, as rdflib's own
    store answers it, before and after triples are added one by one, and after a removal has
    made the by-object index after all."""
    *_, graph = corpus_graph
    triples = sorted(graph, key=str)[:2000]
    plain, lean = Graph(), new_graph()
    for triple in triples[:1000]:
        plain.add(triple)
    lean.store.addN((s, p, o, lean) for s, p, o in triples[:1000])
    values = {o for _, _, o in triples}

    def same() -> bool:
        return all(sorted(lean.triples((None, None, v))) == sorted(plain.triples((None, None, v))) for v in values)

    assert same() and not lean.store._by_object_ready
    for triple in triples[1000:1500]:
        plain.add(triple)
        lean.add(triple)
    lean.store.addN((s, p, o, lean) for s, p, o in triples[1500:])
    for triple in triples[1500:]:
        plain.add(triple)
    assert same()
    for triple in triples[::7]:
        plain.remove(triple)
        lean.remove(triple)
    assert lean.store._by_object_ready and len(lean) == len(plain) and same()


def test_removing_before_the_by_object_index_is_made_removes_from_every_index(corpus_graph) -> None:
    *_, graph = corpus_graph
    triples = sorted(graph, key=str)[:500]
    lazy = new_graph()
    lazy.store.addN((s, p, o, lazy) for s, p, o in triples)
    lazy.remove((triples[3][0], None, None))
    left = [t for t in triples if t[0] != triples[3][0]]
    assert len(lazy) == len(left)
    assert sorted(lazy.triples((None, None, triples[3][2]))) == sorted(
        t for t in left if t[2] == triples[3][2])


@pytest.mark.parametrize("text", ["", "Information sharing", "caf\u00e9 \U0001f600", "lone \udc80 surrogate", " 2015 "])
def test_a_text_is_the_literal_rdflibs_constructor_makes(text: str) -> None:
    """The graph makes its texts' literals without rdflib's constructor (for speed): the same literal."""
    from rdflib import Literal

    from guidegraph.graph_terms import text_literal

    made, expected = text_literal(text), Literal(text)
    assert made == expected and hash(made) == hash(expected) and str(made) == text
    assert {slot: getattr(made, slot) for slot in Literal.__slots__} == {
        slot: getattr(expected, slot) for slot in Literal.__slots__}


def test_a_passages_iri_is_one_object_in_all_its_triples(corpus_graph) -> None:
    """Equal IRIs are made once, so the store finds them by identity."""
    *_, graph = corpus_graph
    passage = passage_iri("cross-government-information-sharing-2005/4.9/p1")
    as_subject = next(s for s in graph.store._SimpleMemory__spo if s == passage)
    as_object = next(o for by_value in graph.store._SimpleMemory__pos.values() for o in by_value if o == passage)
    assert as_subject is as_object
