"""The roles, agencies and purposes vocabulary (ontology/terms.ttl) and its matcher."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from guidegraph.extract.terms import TERM_BASE, Term, compile_terms, find_terms, load_terms
from guidegraph.model import Document, Metadata, Passage, SegmentedDocument
from guidegraph.resources import data_dir
from guidegraph.vocab import GG


@pytest.fixture(scope="module")
def vocab():
    return load_terms()


def found(vocab, text: str) -> list[tuple[str, str]]:
    return [(term, match.group(0)) for term, match in vocab.matches(text)]


def test_vocabulary_covers_roles_agencies_and_purposes(vocab) -> None:
    kinds = {t.kind for t in vocab.terms}
    assert kinds == {"role", "agency", "purpose"}
    ids = {t.id for t in vocab.terms}
    assert {"gp", "health-visitor", "midwife", "school-nurse", "teacher", "social-worker", "police-officer",
            "caldicott-guardian", "interpreter", "receptionist"} <= ids
    assert {"school", "police", "youth-offending-team", "camhs", "childrens-social-care", "mash",
            "safeguarding-partnership", "nhs", "hospital", "early-years", "voluntary-sector"} <= ids
    assert {"safeguarding", "child-protection", "preventing-crime", "early-help"} <= ids


def test_every_term_is_a_typed_skos_concept_with_a_label() -> None:
    graph = Graph().parse(data_dir("ontology") / "terms.ttl")
    concepts = set(graph.subjects(RDF.type, SKOS.Concept))
    assert concepts
    for concept in concepts:
        assert str(concept).startswith(TERM_BASE)
        assert graph.value(concept, SKOS.prefLabel) is not None
        types = set(graph.objects(concept, RDF.type)) & {GG.Role, GG.Agency, GG.Purpose}
        assert len(types) == 1, concept


def test_aliases_plurals_and_possessives(vocab) -> None:
    text = "GPs and health visitors' notes went to Children’s Social Care, the YOT and A & E."
    assert found(vocab, text) == [("gp", "GPs"), ("health-visitor", "health visitors'"),
                                  ("childrens-social-care", "Children’s Social Care"),
                                  ("youth-offending-team", "YOT"), ("hospital", "A & E")]
    assert found(vocab, "midwives, Multi-Agency Safeguarding Hub, multi agency safeguarding hub") == [
        ("midwife", "midwives"), ("mash", "Multi-Agency Safeguarding Hub"),
        ("mash", "multi agency safeguarding hub")]


def test_longest_alias_wins(vocab) -> None:
    assert found(vocab, "the school nurse") == [("school-nurse", "school nurse")]
    assert found(vocab, "a police officer") == [("police-officer", "police officer")]
    assert found(vocab, "the Youth Offending Team") == [("youth-offending-team", "Youth Offending Team")]


def test_acronyms_match_case_sensitively_and_words_do_not(vocab) -> None:
    assert found(vocab, "mash the potatoes, yot, gp") == []
    assert found(vocab, "SOCIAL WORKERS and Teachers") == [("social-worker", "SOCIAL WORKERS"),
                                                           ("teacher", "Teachers")]
    assert found(vocab, "schooling and policeman") == []


def test_find_terms_gives_one_mention_per_passage_and_term(vocab) -> None:
    meta = Metadata("t", "t", "", "2024", (), (), "", "", "full", data_dir("ontology"))
    passages = (
        Passage("t/s1/p1", "t", None, 1, "The GP told the GP's receptionist.", 1, 1),
        Passage("t/s1/p2", "t", None, 2, "Ask the police:", 2, 4, kind="list",
                items=("a police officer", "the school"), markers=("-", "-")),
    )
    doc = SegmentedDocument(Document(meta, ()), (), passages)
    mentions = [(m.passage_id, m.term, m.text) for m in find_terms(doc, vocab)]
    assert mentions == [("t/s1/p1", "gp", "GP"), ("t/s1/p1", "receptionist", "receptionist"),
                        ("t/s1/p2", "police", "police"), ("t/s1/p2", "police-officer", "police officer"),
                        ("t/s1/p2", "school", "school")]


def test_a_hand_made_vocabulary_compiles() -> None:
    vocab = compile_terms([Term("dsl", TERM_BASE + "dsl", "designated safeguarding lead", "role", ("DSL",))])
    assert [t for t, _ in vocab.matches("Tell the DSL or the Designated Safeguarding Lead")] == ["dsl", "dsl"]
    assert vocab.kind_of("dsl") == "role" and vocab.get("nope") is None
