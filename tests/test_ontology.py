"""The reference data in ontology/: it parses, declares every GG term, and its shapes work."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, SH, SKOS

from guidegraph.catalog import load_ontology, load_shapes
from guidegraph.resources import data_dir
from guidegraph.vocab import ELI, GG, ID, SCHEMA, area_iri, jurisdiction_iri, principle_iri, principle_set_iri

ONTOLOGY = data_dir("ontology")
TTL_FILES = sorted(ONTOLOGY.glob("*.ttl"))
GG_NS = str(GG._NS)
TERMS = sorted(name for name in GG.__annotations__ if not name.startswith("_"))
PROV = Namespace("http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def vocabulary() -> Graph:
    return Graph().parse(ONTOLOGY / "guidegraph.ttl")


@pytest.fixture(scope="module")
def reference() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_every_turtle_file_parses(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0


@pytest.mark.parametrize("name", TERMS)
def test_every_gg_term_is_declared_with_label_and_comment(vocabulary: Graph, name: str) -> None:
    term = GG[name]
    kinds = set(vocabulary.objects(term, RDF.type))
    expected = {OWL.Class} if name[0].isupper() else {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert kinds & expected, f"gg:{name} is not declared as {expected}"
    assert vocabulary.value(term, RDFS.label) is not None
    assert vocabulary.value(term, RDFS.comment) is not None


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_no_undeclared_gg_term_is_used(path: Path) -> None:
    used = {str(n) for n in Graph().parse(path).all_nodes() if str(n).startswith(GG_NS)}
    unknown = sorted(u[len(GG_NS) :] for u in used if u != GG_NS and u[len(GG_NS) :] not in TERMS)
    assert not unknown, f"{path.name} uses terms missing from vocab.GG: {unknown}"


@pytest.mark.parametrize(
    ("cls", "parent"),
    [
        (GG.Document, SCHEMA.CreativeWork),
        (GG.Document, DCTERMS.BibliographicResource),
        (GG.Passage, SCHEMA.CreativeWork),
        (GG.Provision, ELI.LegalResourceSubdivision),
        (GG.PrincipleSet, SKOS.ConceptScheme),
        (GG.Principle, SKOS.Concept),
        (GG.Myth, SKOS.Concept),
        (GG.Role, SKOS.Concept),
        (GG.Agency, SKOS.Concept),
        (GG.Purpose, SKOS.Concept),
        (GG.MythStatement, SCHEMA.Question),
        (GG.Jurisdiction, SCHEMA.AdministrativeArea),
        (GG.LocalArea, SKOS.Concept),
        (GG.Guidance, SCHEMA.CreativeWork),
    ],
)
def test_classes_refine_standard_vocabularies(vocabulary: Graph, cls: URIRef, parent: URIRef) -> None:
    assert (cls, RDFS.subClassOf, parent) in vocabulary


def test_legal_basis_is_not_a_kind_of_legislation(vocabulary: Graph) -> None:
    """Common law is a legal basis but not legislation: only catalog Acts are schema:Legislation."""
    assert (GG.LegalBasis, RDFS.subClassOf, SCHEMA.Legislation) not in vocabulary


def test_load_ontology_merges_all_but_the_shapes(reference: Graph) -> None:
    assert (GG.Document, RDF.type, OWL.Class) in reference
    assert (jurisdiction_iri("England"), RDF.type, GG.Jurisdiction) in reference
    assert (URIRef("http://www.legislation.gov.uk/id/ukpga/2004/31"), RDF.type, GG.LegalBasis) in reference
    assert not set(reference.subjects(RDF.type, SH.NodeShape))


# ---------------------------------------------------------------------------------------------
# Jurisdictions, principles, synonyms


@pytest.mark.parametrize("name", ["England", "Wales", "Scotland", "Northern Ireland", "UK"])
def test_jurisdictions_follow_the_iri_rule(reference: Graph, name: str) -> None:
    node = jurisdiction_iri(name)
    assert (node, RDF.type, GG.Jurisdiction) in reference
    assert reference.value(node, SKOS.prefLabel) is not None
    if name != "UK":
        assert (node, SKOS.broader, jurisdiction_iri("UK")) in reference


AREAS = ["Cheshire East", "Cheshire West and Chester", "Halton", "Warrington", "Surrey"]


@pytest.mark.parametrize("name", AREAS)
def test_local_areas_sit_in_england(reference: Graph, name: str) -> None:
    node = area_iri(name)
    assert str(node) == f"https://w3id.org/guidegraph/id/area/{name.lower().replace(' ', '-')}"
    assert (node, RDF.type, GG.LocalArea) in reference
    assert (node, SKOS.broader, jurisdiction_iri("England")) in reference


def test_northern_ireland_has_its_short_names(reference: Graph) -> None:
    labels = {str(x) for x in reference.objects(jurisdiction_iri("Northern Ireland"), SKOS.altLabel)}
    assert {"NI", "N. Ireland"} <= labels


@pytest.mark.parametrize(
    ("set_id", "count"),
    [
        ("seven-golden-rules", 7),
        ("caldicott-principles", 8),
        ("information-sharing-principles", 7),
        ("key-principles-2005", 8),
        ("seven-key-questions", 7),
    ],
)
def test_principle_sets_hold_their_rules(reference: Graph, set_id: str, count: int) -> None:
    scheme = principle_set_iri(set_id)
    assert {GG.PrincipleSet, SKOS.ConceptScheme} <= set(reference.objects(scheme, RDF.type))
    members = set(reference.subjects(SKOS.inScheme, scheme))
    assert members == {principle_iri(set_id, n) for n in range(1, count + 1)}
    for n in range(1, count + 1):
        rule = principle_iri(set_id, n)
        assert reference.value(rule, GG.principleNumber).toPython() == n
        assert reference.value(rule, SKOS.prefLabel) is not None
        assert list(reference.objects(rule, SKOS.altLabel)), f"{rule} has no keywords"


def test_golden_rules_are_named_as_the_guidance_names_them(reference: Graph) -> None:
    rules = [principle_iri("seven-golden-rules", n) for n in range(1, 8)]
    names = [str(reference.value(rule, SKOS.prefLabel)) for rule in rules]
    assert names[0] == "Data protection is not a barrier"
    assert names[6] == "Keep a record"
    keywords = {str(x) for x in reference.objects(principle_iri("seven-golden-rules", 1), SKOS.altLabel)}
    assert {"not a barrier", "barriers"} <= keywords


def test_principle_sets_point_to_catalogued_guidance(reference: Graph) -> None:
    for scheme in reference.subjects(RDF.type, GG.PrincipleSet):
        for source in reference.objects(scheme, DCTERMS.source):
            assert (source, RDF.type, GG.Guidance) in reference, f"{scheme} cites unknown {source}"


def test_synonyms_are_a_small_scheme_of_labelled_concepts(reference: Graph) -> None:
    # Small enough to review by eye: a concept earns its place by joining a word people use to
    # the word the guidance uses (a formal word of the guidance's own, for most), not by listing
    # every word of the field.
    concepts = set(reference.subjects(SKOS.inScheme, ID["synonyms"]))
    assert 30 <= len(concepts) <= 300
    for concept in concepts:
        assert reference.value(concept, SKOS.prefLabel) is not None
        assert list(reference.objects(concept, SKOS.altLabel))

    def alt_labels(name: str) -> set[str]:
        return {str(x) for x in reference.objects(ID[f"synonym/{name}"], SKOS.altLabel)}

    assert {"cops", "constabulary", "police officer"} <= alt_labels("police")
    assert "officer" not in alt_labels("police")  # a housing or probation officer is no police officer
    # everyday words for what the guidance says otherwise
    assert {"obstacle", "gets in the way"} <= alt_labels("barrier")
    assert {"under one roof", "same building"} <= alt_labels("co-located")
    assert {"life or death"} <= alt_labels("life-and-death")
    # a kind is not a word for its kind: "scalded" typed finds the passages that say it
    assert not {"scald", "scalded", "fracture"} & alt_labels("injury")
    assert {"technology", "computer systems"} <= alt_labels("it-systems")
    assert {"not sure whether", "unsure"} <= alt_labels("doubt")
    assert {"hang on to", "kept"} <= alt_labels("retention")
    assert {"right now", "no time"} <= alt_labels("urgent")
    assert {"NHS trust", "NHS bodies"} <= alt_labels("hospital")
    assert {"adult social care"} <= alt_labels("adult-care-and-support")


# ---------------------------------------------------------------------------------------------
# Shapes

PREFIXES = """
@prefix gg: <https://w3id.org/guidegraph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/guidegraph/id/> .
@prefix j: <https://w3id.org/guidegraph/id/jurisdiction/> .
@prefix area: <https://w3id.org/guidegraph/id/area/> .
@prefix rule: <https://w3id.org/guidegraph/id/principle/seven-golden-rules/> .
@prefix set: <https://w3id.org/guidegraph/id/principle-set/> .
@prefix myth: <https://w3id.org/guidegraph/id/myth/> .
"""

CONFORMING = (
    PREFIXES
    + """
j:england a gg:Jurisdiction ; skos:prefLabel "England"@en .
area:halton a gg:LocalArea ; skos:prefLabel "Halton"@en ; skos:broader j:england .

<https://w3id.org/guidegraph/id/document/halton> a gg:Document ;
    dcterms:title "Information Sharing" ; dcterms:publisher "Halton Safeguarding Partnership" ;
    dcterms:date "2023"^^xsd:gYear ; dcterms:rights "public web page" ;
    dcterms:source "https://example.org/info"^^xsd:anyURI ;
    dcterms:coverage j:england ; gg:localArea area:halton ;
    gg:slug "halton" ; gg:publishMode "full" ; gg:year 2023 .

<https://w3id.org/guidegraph/id/section/halton/s1> a gg:Section ;
    dcterms:isPartOf <https://w3id.org/guidegraph/id/document/halton> ;
    gg:document <https://w3id.org/guidegraph/id/document/halton> ;
    dcterms:title "Golden rules" ; gg:sectionNumber "1" ; gg:sectionKey "s1" ;
    gg:level 1 ; gg:ordinal 0 ; gg:lineStart 3 ; gg:lineEnd 20 .

<https://w3id.org/guidegraph/id/passage/halton/s1/p1> a gg:Passage ;
    gg:document <https://w3id.org/guidegraph/id/document/halton> ;
    gg:section <https://w3id.org/guidegraph/id/section/halton/s1> ;
    dcterms:isPartOf <https://w3id.org/guidegraph/id/section/halton/s1> ;
    schema:text "The Data Protection Act 1998 is not a barrier: keep a record." ;
    gg:ordinal 0 ; gg:lineStart 4 ; gg:lineEnd 6 ; gg:passageKind "list" ;
    gg:listItem <https://w3id.org/guidegraph/id/passage/halton/s1/p1/item/1> .
<https://w3id.org/guidegraph/id/passage/halton/s1/p1/item/1> gg:itemIndex 1 ; schema:text "Keep a record." .

<http://www.legislation.gov.uk/id/ukpga/1998/29> a gg:LegalBasis ;
    skos:prefLabel "Data Protection Act 1998"@en ; gg:legalBasisType "ukpga" ; gg:year 1998 .
<http://www.legislation.gov.uk/id/ukpga/1998/29/section/29> a gg:Provision ;
    gg:provisionOf <http://www.legislation.gov.uk/id/ukpga/1998/29> ;
    gg:provisionType "section" ; gg:provisionNumber "29" .

id:citation-1 a gg:Citation ;
    gg:citedIn <https://w3id.org/guidegraph/id/passage/halton/s1/p1> ;
    gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29> ;
    gg:citedText "Data Protection Act 1998" ; gg:mentionKind "explicit" ; gg:charStart 4 ; gg:charEnd 28 .

set:seven-golden-rules a gg:PrincipleSet .
rule:7 a gg:Principle ; skos:prefLabel "Keep a record"@en ;
    skos:inScheme set:seven-golden-rules ; gg:principleNumber 7 .
id:statement-1 a gg:PrincipleStatement ;
    gg:statementOf rule:7 ; schema:text "Keep a record." ;
    prov:wasDerivedFrom <https://w3id.org/guidegraph/id/passage/halton/s1/p1> ;
    gg:document <https://w3id.org/guidegraph/id/document/halton> .

myth:consent-needed a gg:Myth ; skos:prefLabel "Consent is always needed"@en .
id:myth-statement-1 a gg:MythStatement ;
    gg:mythStatementOf myth:consent-needed ; schema:text "Consent is always needed" ;
    gg:answerText "No - you do not necessarily need consent." ; gg:verdict "no" ;
    prov:wasDerivedFrom <https://w3id.org/guidegraph/id/passage/halton/s1/p1> .

id:case-1 a gg:CaseExample ; gg:caseNumber 1 ; gg:setting "Health" ;
    gg:scenario "A health visitor is worried about a baby." ;
    prov:wasDerivedFrom <https://w3id.org/guidegraph/id/passage/halton/s1/p1> ;
    gg:citesLegalBasis <http://www.legislation.gov.uk/id/ukpga/1998/29> .

id:guidance-wt a gg:Guidance ; dcterms:title "Working Together to Safeguard Children" ;
    gg:appliesTo j:england .

id:finding-1 a gg:Finding ; gg:findingType "superseded-law" ; gg:concerns id:citation-1 .
"""
)


def _validate(shapes: Graph, turtle: str) -> tuple[bool, list[str]]:
    data = Graph().parse(data=turtle, format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes)
    return conforms, sorted(str(m) for m in results.objects(None, SH.resultMessage))


def test_shapes_are_valid_shacl(shapes: Graph) -> None:
    conforms, _, text = validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text


def test_every_shape_explains_its_violations(shapes: Graph) -> None:
    properties = set(shapes.objects(None, SH.property))
    assert properties
    for prop in properties:
        where = f"the property shape on {shapes.value(prop, SH.path)}"
        assert shapes.value(prop, SH.name) is not None, where
        assert shapes.value(prop, SH.message) is not None, where


def test_a_conforming_graph_conforms(shapes: Graph) -> None:
    conforms, messages = _validate(shapes, CONFORMING)
    assert conforms, messages


def test_a_passage_without_text_fails_with_a_readable_message(shapes: Graph) -> None:
    text = 'schema:text "The Data Protection Act 1998 is not a barrier: keep a record." ;'
    assert text in CONFORMING
    broken = CONFORMING.replace(text, "")
    conforms, messages = _validate(shapes, broken)
    assert not conforms
    assert messages == ["A passage needs exactly one non-empty schema:text (a plain string)."]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('gg:publishMode "full"', 'gg:publishMode "everything"', "gg:publishMode"),
        ('dcterms:date "2023"^^xsd:gYear', 'dcterms:date "2023"', "dcterms:date"),
        ("gg:lineStart 4 ; gg:lineEnd 6", "gg:lineStart 7 ; gg:lineEnd 6", "gg:lineStart"),
        (
            "gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29>",
            "gg:refersTo <https://w3id.org/guidegraph/id/passage/halton/s1/p1>",
            "gg:refersTo",
        ),
        ('gg:mentionKind "explicit"', 'gg:mentionKind "vague"', "gg:mentionKind"),
        ('gg:legalBasisType "ukpga"', 'gg:legalBasisType "guidance"', "gg:legalBasisType"),
        ("dcterms:coverage j:england ;", "", "dcterms:coverage"),
        ('dcterms:title "Working Together to Safeguard Children" ;', "", "Cited guidance needs"),
    ],
)
def test_violations_name_the_property(shapes: Graph, old: str, new: str, expected: str) -> None:
    assert old in CONFORMING
    conforms, messages = _validate(shapes, CONFORMING.replace(old, new))
    assert not conforms
    assert any(expected in m for m in messages), messages


def test_the_reference_data_conforms_to_the_shapes(reference: Graph, shapes: Graph) -> None:
    conforms, _, text = validate(reference, shacl_graph=shapes)
    assert conforms, text
