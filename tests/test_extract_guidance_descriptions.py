"""Guidance cited by what it is rather than by its title: "the government's advice on information
sharing" (the advice for practitioners, 2024), "GMC confidentiality guidance" (the GMC's
Confidentiality, 2017).

A description names one document only with its publisher and its subject in the words, in the
orders real text writes them; without them ("our own guidance on information sharing", "the
partnership's advice") it names none. "The government" is whichever government the document
writes under: in England the advice, in Scotland not. The descriptions are the catalog's
gg:descriptiveName, read by the guidance extractor alone: they are no names which-act or the
search vocabulary expand a question with.

Fixtures (`tests/fixtures/unseen/`):

* `fernhollow-scp-sharing-with-gps-briefing.md`: an English partnership's seven-minute briefing on
  sharing information with GPs. Cites "the advice from the Department for Education on sharing
  information (2024)", Working Together 2023 by title, "GMC confidentiality guidance" and "the GMC's
  guidance on protecting children". Traps: "Our own guidance on information sharing" (the
  partnership's procedures) and "the partnership's advice on recording".
* `glenmorrow-cpc-information-sharing-note.txt`: a Scottish committee's practice note. "Follow the
  government's advice on information sharing, which is set out in the GIRFEC practice guidance": the
  Scottish Government's, so GIRFEC and not the English advice; "the GMC's guidance on
  confidentiality", UK-wide, is the GMC's.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from helpers import UNSEEN, unseen
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from guidegraph.analysis import stem, words
from guidegraph.build import build
from guidegraph.catalog import Catalog, load_catalog, load_ontology
from guidegraph.config import load_config
from guidegraph.extract.descriptions import descriptions_of, find_described, parse_description
from guidegraph.extract.guidance import find_guidance
from guidegraph.index import vocabulary_groups
from guidegraph.model import GuidanceRef, Metadata
from guidegraph.read import read_document
from guidegraph.segment import segment
from guidegraph.vocab import GG

BRIEFING = "fernhollow-scp-sharing-with-gps-briefing"
NOTE = "glenmorrow-cpc-information-sharing-note"
ADVICE = "hmg-information-sharing-advice"
GMC = "gmc-confidentiality-2017"
GMC_CHILDREN = "gmc-protecting-children-2012"


def cited_in(text: str, tmp_path: Path, nation: str = "England") -> dict[str, GuidanceRef]:
    """The guidance a one-paragraph document of `nation` cites."""
    path = tmp_path / "note.txt"
    path.write_text(f"A note\n\n{text}\n", encoding="utf-8")
    meta = Metadata("note", "A note", "Anytown Safeguarding Children Partnership", "2025", (nation,), (), "",
                    "", "full", path)
    return {g.id: g for g in find_guidance(segment(read_document(path, meta)), load_catalog())}


# ---------------------------------------------------------------------------------------------
# Short texts: the forms real text writes


@pytest.mark.parametrize(("text", "expected"), [
    ("This assessment follows the government's advice on information sharing.", ADVICE),
    ("Read the Government’s advice on information-sharing before you call.", ADVICE),
    ("The Department for Education's advice on information sharing is clear about consent.", ADVICE),
    ("See the advice from the Department for Education on sharing information.", ADVICE),
    ("DfE advice on information sharing says consent is not always needed.", ADVICE),
    ("HM Government's advice on sharing information applies to all practitioners.", ADVICE),
    ("Practitioners should follow the government's information sharing advice.", ADVICE),
    ("Our GPs follow the GMC's guidance on confidentiality.", GMC),
    ("Doctors work to GMC confidentiality guidance.", GMC),
    ("The General Medical Council's guidance on confidentiality allows disclosure.", GMC),
    ("There is guidance on confidentiality from the GMC for doctors.", GMC),
    ("The GMC's guidance on protecting children applies to every doctor.", GMC_CHILDREN),
    ("Doctors should read the GMC's child protection guidance.", GMC_CHILDREN),
])
def test_a_description_with_publisher_and_subject_names_its_document(text: str, expected: str,
                                                                    tmp_path: Path) -> None:
    assert set(cited_in(text, tmp_path)) == {expected}


@pytest.mark.parametrize("text", [
    "Our own guidance on information sharing is in section 5 of these procedures.",
    "Follow the partnership's advice on information sharing.",
    "Record your decision, as the partnership's advice asks.",
    "The guidance on information sharing is clear.",
    # "guidance" from the government on information sharing is the 2008 guidance or the later advice
    "Practitioners should follow the government's guidance on information sharing.",
    "The Scottish Government's advice on information sharing is for practitioners in Scotland.",
    "The Welsh Government's advice on information sharing differs.",
    "The Local Government Association's advice on information sharing is for councillors.",
    "DfE advice on information sharing agreements is brief.",
    "The ICO's guidance on information sharing covers all sectors.",
    "The GMC's guidance on consent applies to every doctor.",
])
def test_a_description_without_its_publisher_or_subject_names_nothing(text: str, tmp_path: Path) -> None:
    assert cited_in(text, tmp_path) == {}


def test_the_government_is_the_documents_own(tmp_path: Path) -> None:
    text = "Follow the government's advice on information sharing."
    assert set(cited_in(text, tmp_path, "England")) == {ADVICE}
    assert cited_in(text, tmp_path, "Scotland") == {}
    assert cited_in(text, tmp_path, "Wales") == {}
    # a publisher named is the same publisher wherever the document is written
    assert set(cited_in("Doctors follow the GMC's guidance on confidentiality.", tmp_path, "Scotland")) == {GMC}


def test_a_descriptions_edition_year_is_read(tmp_path: Path) -> None:
    [ref] = cited_in("This assessment follows the government's advice on information sharing (2024).",
                     tmp_path).values()
    assert (ref.id, ref.year) == (ADVICE, 2024)


# ---------------------------------------------------------------------------------------------
# The catalog: descriptions are their own kind of name


def test_descriptions_are_no_labels_of_their_entry(catalog: Catalog) -> None:
    advice = catalog.by_id(ADVICE)
    assert "the government's advice on information sharing" in advice.descriptions
    assert "the GMC's guidance on confidentiality" in catalog.by_id(GMC).descriptions
    for entry in catalog:
        assert not set(entry.descriptions) & set(entry.labels()), entry.id
        for description in entry.descriptions:
            assert catalog.by_label(description) == (), description


def test_descriptions_are_written_as_descriptive_names_only(catalog: Catalog) -> None:
    ontology = load_ontology()
    advice = URIRef(catalog.by_id(ADVICE).iri)
    names = {str(o) for o in ontology.objects(advice, GG.descriptiveName)}
    assert "the government's advice on information sharing" in names
    labels = {str(o) for p in (SKOS.altLabel, SKOS.hiddenLabel, SKOS.prefLabel) for o in ontology.objects(advice, p)}
    assert not names & labels


def test_the_query_vocabulary_has_no_description(catalog: Catalog) -> None:
    keys = vocabulary_groups(load_ontology())["keys"]
    stemmed = {" ".join(stem(w) for w in words(d)) for e in catalog for d in e.descriptions}
    assert stemmed and not stemmed & set(keys)


# ---------------------------------------------------------------------------------------------
# The fixtures, read and built


def test_the_briefing_cites_the_advice_and_the_gmcs_guidance_as_people_name_them(catalog: Catalog) -> None:
    refs = {g.id: g for g in find_guidance(unseen(BRIEFING + ".md"), catalog)}
    assert set(refs) == {ADVICE, GMC, GMC_CHILDREN, "working-together-to-safeguard-children"}
    assert refs[ADVICE].passage_ids == (f"{BRIEFING}/s3/p1",) and refs[ADVICE].year == 2024
    assert refs[GMC].passage_ids == refs[GMC_CHILDREN].passage_ids == (f"{BRIEFING}/s4/p1",)


def test_the_scottish_note_reads_the_government_as_its_own(catalog: Catalog) -> None:
    assert {g.id for g in find_guidance(unseen(NOTE + ".txt"), catalog)} == {"girfec", GMC}


@pytest.fixture(scope="module")
def built_graph(tmp_path_factory: pytest.TempPathFactory) -> tuple[Graph, dict]:
    folder = tmp_path_factory.mktemp("descriptions")
    corpus = folder / "corpus"
    corpus.mkdir()
    for path in UNSEEN.glob("*"):
        if path.stem in (BRIEFING, NOTE):
            shutil.copy(path, corpus / path.name)
    build(load_config(corpus=corpus, out=folder / "build", site=False))
    graph = Graph().parse(folder / "build" / "graph.ttl", format="turtle")
    vocabulary = json.loads((folder / "build" / "index" / "vocabulary.json").read_text(encoding="utf-8"))
    return graph, vocabulary


def _guidance_of(graph: Graph, passage: str) -> set[str]:
    node = URIRef(f"https://w3id.org/guidegraph/id/passage/{passage}")
    return {str(g).rsplit("/", 1)[-1] for g in graph.objects(node, GG.citesGuidance)}


def test_the_built_graph_cites_the_described_guidance(built_graph: tuple[Graph, dict]) -> None:
    graph, _ = built_graph
    assert _guidance_of(graph, f"{BRIEFING}/s3/p1") == {ADVICE, "working-together-to-safeguard-children"}
    assert _guidance_of(graph, f"{BRIEFING}/s3/p2") == set()  # "Our own guidance on information sharing"
    assert _guidance_of(graph, f"{BRIEFING}/s4/p1") == {GMC, GMC_CHILDREN}
    assert _guidance_of(graph, f"{BRIEFING}/s5/p1") == set()  # "the partnership's advice on recording"
    assert _guidance_of(graph, f"{NOTE}/2/p1") == {"girfec"}
    assert _guidance_of(graph, f"{NOTE}/3/p1") == {GMC}


def test_the_built_vocabulary_has_no_description(built_graph: tuple[Graph, dict]) -> None:
    _, vocabulary = built_graph
    surfaces = {form for forms in vocabulary["surfaces"].values() for form in forms}
    assert not [s for s in surfaces if "advice on information sharing" in s or "guidance on confidentiality" in s]


def test_every_catalogued_description_is_a_publishers_document_on_a_subject(catalog: Catalog) -> None:
    """The one form the catalog writes, so that the extractor can read it in text's other orders."""
    described = [(e.id, d) for e in catalog for d in e.descriptions]
    assert len(described) >= 10
    assert [(i, d) for i, d in described if parse_description(d) is None] == []
    assert parse_description("the GMC's guidance on confidentiality") == ("the GMC", "guidance", "confidentiality")


def test_a_megabyte_line_of_near_misses_is_read_in_linear_time(catalog: Catalog) -> None:
    near = "the government's advice on information sharing agreements and the GMC's guidance on consent; "
    text = near * 12_000 + "Follow the government's advice on information sharing."
    started = time.perf_counter()
    found = find_described(text, descriptions_of(catalog), ("england",))
    assert [(m.group(0), d.entry_id) for m, d in found] == [("the government's advice on information sharing", ADVICE)]
    assert time.perf_counter() - started < 5
