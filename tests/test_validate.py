"""Validation: the same report whether the shapes are checked in one process or shared out."""

from __future__ import annotations

import multiprocessing

import pytest
from rdflib import BNode, Graph, Namespace

from guidegraph.catalog import load_shapes
from guidegraph.validate import share_out, validate_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="validation workers are forked"
)

GRAPH = """
@prefix gg: <https://w3id.org/guidegraph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/guidegraph/id/> .

id:jurisdiction\\/england a gg:Jurisdiction ; skos:prefLabel "England"@en .

id:document\\/d a gg:Document ;
    dcterms:title "D" ; dcterms:publisher "P" ; dcterms:date "2023"^^xsd:gYear ; dcterms:rights "r" ;
    dcterms:coverage id:jurisdiction\\/england ; gg:slug "d" ; gg:publishMode "full" .

id:section\\/d\\/s1 a gg:Section ;
    dcterms:isPartOf id:document\\/d ; gg:document id:document\\/d ; gg:sectionKey "s1" ;
    gg:level 1 ; gg:ordinal 1 ; gg:lineStart 1 ; gg:lineEnd 9 .

id:passage\\/d\\/s1\\/p1 a gg:Passage ;
    gg:document id:document\\/d ; gg:section id:section\\/d\\/s1 ; dcterms:isPartOf id:section\\/d\\/s1 ;
    schema:text "Share what is necessary:\\nKeep a record." ; gg:ordinal 2 ; gg:lineStart 2 ; gg:lineEnd 3 ;
    gg:passageKind "list" ; gg:listItem id:passage\\/d\\/s1\\/p1\\/item\\/1 .
id:passage\\/d\\/s1\\/p1\\/item\\/1 gg:itemIndex 1 ; schema:text "Keep a record." .

<http://www.legislation.gov.uk/id/ukpga/1998/29> a gg:LegalBasis ;
    skos:prefLabel "Data Protection Act 1998"@en ; gg:legalBasisType "ukpga" .

id:citation\\/d\\/s1\\/p1\\/c1 a gg:Citation ;
    gg:citedIn id:passage\\/d\\/s1\\/p1 ; gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29> ;
    gg:citedText "Data Protection Act 1998" ; gg:mentionKind "explicit" .
"""
PASSAGE = "https://w3id.org/guidegraph/id/passage/d/s1/p1"


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def graph(turtle: str = GRAPH) -> Graph:
    return Graph().parse(data=turtle, format="turtle")


def broken(*replacements: tuple[str, str]) -> Graph:
    turtle = GRAPH
    for old, new in replacements:
        assert old in turtle
        turtle = turtle.replace(old, new)
    return graph(turtle)


def test_the_graph_conforms(shapes: Graph) -> None:
    assert validate_graph(graph(), shapes).conforms


@needs_fork
def test_a_passage_without_text_fails_in_a_worker_too(shapes: Graph) -> None:
    data = broken(('schema:text "Share what is necessary:\\nKeep a record." ;', ""))
    report = validate_graph(data, shapes, processes=2)
    assert not report.conforms
    assert [(v.focus, v.path.rsplit("/", 1)[-1]) for v in report.violations] == [(PASSAGE, "text")]
    assert "A passage needs exactly one non-empty schema:text" in report.summary()


@needs_fork
def test_violations_are_found_whichever_process_checks_them(shapes: Graph) -> None:
    data = broken(
        ('schema:text "Share what is necessary:\\nKeep a record." ;', ""),  # a passage's property
        ('dcterms:title "D" ;', ""),  # a document's
        ("gg:itemIndex 1 ;", ""),  # a list item's, targeted through gg:listItem
        ("gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29>", f"gg:refersTo <{PASSAGE}>"),  # sh:or
        ("dcterms:isPartOf id:document\\/d ;", f"dcterms:isPartOf <{PASSAGE}> ;"),  # sh:or, for a section
        ('skos:prefLabel "England"@en', ""),  # a node shape with sh:property (reference data)
    )
    alone = validate_graph(data, shapes, processes=1)
    shared = validate_graph(data, shapes, processes=2)
    assert not shared.conforms
    assert shared == alone
    assert len(shared.violations) == 6, shared.summary()


def test_the_shares_hold_every_targeted_shape_once(shapes: Graph) -> None:
    targeted = {s for p in (SH.targetClass, SH.targetObjectsOf) for s in shapes.subjects(p, None)}
    shares = share_out(graph(), shapes, 2)
    assert len(shares) == 2
    assert sorted(s for share in shares for s in share) == sorted(targeted)


def test_a_shape_without_an_iri_keeps_validation_in_one_process(shapes: Graph) -> None:
    unnamed = Graph()
    unnamed += shapes
    unnamed.add((BNode(), SH.targetClass, SH.Shape))
    assert share_out(graph(), unnamed, 2) == [None]
