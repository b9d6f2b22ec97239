"""The search index: analysis, the vocabulary read from the graph, the documents, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guidegraph.analysis import analyse, inflection_of, same_family
from guidegraph.answers import Answers
from guidegraph.index import INDEX_DIR, VOCABULARY_FILE


@pytest.mark.parametrize("spelling", ["s47", "s.47", "S 47", "section 47", "Section 47"])
def test_provision_references_are_spelled_one_way(spelling: str) -> None:
    assert analyse(f"a {spelling} enquiry") == ["section", "47", "enquiri"]


def test_article_numbers_and_lone_digits_survive() -> None:
    assert analyse("Article 8") == analyse("art. 8") == ["articl", "8"]


@pytest.mark.parametrize("age", ["16 year old", "sixteen-year-old", "16 years old", "aged 16"])
def test_ages_are_spelled_one_way(age: str) -> None:
    assert set(analyse(f"a {age} child")) >= {"16", "ag"}


def test_case_accents_and_quotes_are_folded() -> None:
    assert analyse("Parents’ CONSENT, café") == analyse("parents' consent, cafe")
    assert analyse("‘niggling worry’") == analyse("'niggling worry'")


@pytest.mark.parametrize(("text", "words"), [
    ("Children's Services Front Door: 0300 123 4567 Out of hours: 0300 765 4321", ["telephone phone number"]),
    ("Call the MASH on 01928 704000 or email mash@example.gov.uk", ["telephone phone number", "email address"]),
    ("If a child is in immediate danger, ring 999.", ["telephone phone number"]),
    ("+44 20 7946 0000", ["telephone phone number"]),
    # years, sections, paragraph numbers and dates are no telephone numbers
    ("section 47 of the Children Act 1989, paragraph 4.34, dated 01/02/2023", []),
])
def test_a_passage_giving_contact_details_is_found_by_asking_for_them(text: str, words: list[str]) -> None:
    from guidegraph.index_docs import contact_words

    assert contact_words(text) == words


@pytest.mark.parametrize(("text", "words"), [
    ("Ring the duty team and follow the call up in writing within 48 hours.", ["timescales"]),
    ("We pass the record on within three working days of the move.", ["timescales"]),
    ("Tell your manager the same day.", ["timescales"]),
    ("The policy is looked at again every three years by the board.", ["timescales"]),
    ("Notes are kept for up to seven years.", ["timescales"]),
    ("Let the team know by the end of the next working day.", ["timescales"]),
    # ages and the years of Acts set no time
    ("A 14 years old boy and any teenager up to 17 years, under the Children Act 1989.", []),
])
def test_a_passage_setting_a_time_is_found_by_asking_how_soon(text: str, words: list[str]) -> None:
    from guidegraph.index_docs import timescale_words

    assert timescale_words(text) == words


def test_a_footnote_mark_ends_a_word() -> None:
    from guidegraph.site.search import terms

    # glued to a word by text and PDF exports: "harm.²" is harm, "1989³" is 1989, in the index and on the site
    assert analyse("significant harm.² under the Children Act 1989³") == analyse("significant harm under the "
                                                                                 "Children Act 1989")
    assert terms("harm.² under the Act 1989³ and H₂O") == ["harm", "under", "act", "1989", "h", "o"]


def test_only_inflections_match_vocabulary_words() -> None:
    assert inflection_of("passed", "pass")
    assert inflection_of("parents", "parent")
    assert not inflection_of("information", "inform")  # one stem, two meanings
    assert inflection_of("worried", "worry") and inflection_of("babies", "baby")
    # one letter apart, one stem, but another word: an office is no police officer, care no carer
    assert not inflection_of("office", "officer") and not inflection_of("care", "carer")


@pytest.mark.parametrize(("a", "b"), [("confidential", "confidence"), ("child", "children"),
                                      ("private", "privacy"), ("disclose", "disclosure")])
def test_one_words_family_is_found_where_the_stemmer_splits_it(a: str, b: str) -> None:
    assert analyse(a) != analyse(b) and same_family(analyse(a)[0], analyse(b)[0])


@pytest.mark.parametrize(("a", "b"), [("crime", "criminal"), ("inform", "inform"), ("consent", "council")])
def test_unrelated_or_equal_stems_are_no_family(a: str, b: str) -> None:
    assert not same_family(analyse(a)[0], analyse(b)[0])


def test_a_passage_under_a_heading_that_names_the_law_cites_it(answers: Answers) -> None:
    # "Article 8, European Convention on Human Rights": only the first passage holds the heading,
    # but the next one (the limits of the right) is about Article 8 as much.
    second = answers.searcher.document(id="passage:pan-cheshire-information-sharing-2023/s9/p2")
    assert "Article 8" not in second["text"]
    assert "provision:echr/article/8" in second["data"]["cites"]
    # a passage naming a law of its own is about that law: the 2000 Act under the 1972 Act's heading
    other = answers.searcher.document(id="passage:pan-cheshire-information-sharing-2023/s13/p2")
    assert other["title"] == "The Local Government Act 1972"
    assert set(other["data"]["cites"]) == {"provision:ukpga/2000/22/section/2/1"}


@pytest.fixture(scope="module")
def vocabulary(built_output: Path) -> dict:
    return json.loads((built_output / INDEX_DIR / VOCABULARY_FILE).read_text(encoding="utf-8"))


def _group_of(vocabulary: dict, label: str) -> set[str]:
    key = " ".join(analyse(label))
    return {" ".join(lab) for g in vocabulary["keys"][key] for lab in vocabulary["groups"][g]["labels"]}


@pytest.mark.parametrize(("typed", "meant"), [
    ("GDPR", "gener data protect regul"),  # a legal basis's skos:altLabel
    ("the cops", "polic"),  # ontology/synonyms.ttl
    ("CAMHS", "child adolesc mental health servic"),  # ontology/terms.ttl
    ("kid", "child"),
    ("permission", "consent"),
    ("nanny", "au pair"),
    ("was cut", "fgm"),
    ("has form", "convict"),
    ("reduce offending", "prevent crime"),
    ("how long should we keep", "retent"),
    ("ring round", "contact"),
    ("without saying", "without disclos"),
    ("tell them", "explain"),
])
def test_vocabulary_comes_from_the_graph(vocabulary: dict, typed: str, meant: str) -> None:
    assert meant in _group_of(vocabulary, typed)


def test_without_the_parents_consent_is_no_child_without_parents(answers: Answers) -> None:
    # "without their parents" (an unaccompanied child) reads as "without parent" once analysed,
    # the words of "without the parents' consent": it is no label, so consent stays the question
    from guidegraph.query import parse, plan

    units = plan(parse("If I share without the parents' consent, do I have to tell them?"), answers.expander,
                 answers.searcher)
    assert not any("unaccompani" in option.terms for unit in units for option in unit)
    assert any(option.terms == ("consent",) and option.weight == 1.0 for unit in units for option in unit)


def test_descriptive_labels_are_not_query_vocabulary(vocabulary: dict) -> None:
    # single principles' keyword labels ("record", "consent") would drag queries off topic
    assert not any("/principle/" in g["node"] for g in vocabulary["groups"])


def test_the_index_holds_passages_and_entities(built_output: Path) -> None:
    from guidegraph.answers import Answers

    with Answers(built_output) as answers:
        kinds = {f["kind"] for f in answers.searcher.all_stored_fields()}
        passage = answers.searcher.document(id="passage:pan-cheshire-information-sharing-2023/s11/p1")
    assert kinds == {"passage", "legal-basis", "provision", "myth", "principle", "case-example", "guidance"}
    assert "crime-and-disorder-act-1998" in passage["legal_bases"]
    assert passage["data"]["cites"]["provision:ukpga/1998/37/section/115"] > 1  # named in its heading
    assert passage["data"]["section_title"].startswith("The Crime and Disorder Act 1998")
    assert passage["document"] == "pan-cheshire-information-sharing-2023"
    assert "england" in passage["jurisdictions"].split(",")
    assert passage["year"] == 2023


WRITE = """
import json, sys
from pathlib import Path
import guidegraph.index
from guidegraph.export import load_graph
from guidegraph.index import write_index
built, target = Path(sys.argv[1]), Path(sys.argv[2])
guidegraph.index.SEGMENT_MIN = int(sys.argv[3])
records = json.loads((built / "records.json").read_text(encoding="utf-8"))
write_index(load_graph(built / "graph.ttl"), records, target)
"""


@pytest.mark.parametrize("segment_min", [4000, 50], ids=["one segment", "several"])
def test_the_index_is_written_the_same_twice(built_output: Path, tmp_path: Path, segment_min: int) -> None:
    # Two processes with different hash seeds: set order must not leak into the files.
    for name, seed in (("a", "1"), ("b", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", WRITE, str(built_output), str(tmp_path / name), str(segment_min)],
                       env=env, check=True)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    segments = len([name for name in files if name.endswith(".trm")])
    assert segments == 1 if segment_min > 1000 else segments > 5
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


# --- the fast paths agree with whoosh ------------------------------------------------------------

TRICKY = [
    "s 47 s47 s.47 S 47 section 47, s.17 and ss.3", "a sixteen-year-old, 16 years old, three month old, aged 16",
    "s s 1", "s", "one two old", "6 weeks old 5", "café Ärzte ² x 1 a", "the s", "2 year 3 years old",
    "art. 8 arts 2", "16 year", "16 months old", "Section 11 of the Children Act 2004 (s.11)", "", "a the of",
]


def _corpus_texts() -> list[str]:
    from guidegraph.resources import data_dir

    texts = []
    for path in sorted(data_dir("corpus").iterdir()):
        if path.suffix in (".txt", ".md"):
            texts += path.read_text(encoding="utf-8").split("\n\n")
    return texts


def test_term_positions_are_what_the_analyser_gives() -> None:
    from collections import defaultdict

    from guidegraph.analysis import ANALYZER, term_positions

    for text in TRICKY + _corpus_texts():
        expected: dict[str, list[int]] = defaultdict(list)
        for token in ANALYZER(text, positions=True, mode="index"):
            expected[token.text].append(token.pos)
        assert term_positions(text) == expected, text[:80]


def _postings(reader, field: str, term: bytes) -> list[tuple]:
    matcher = reader.postings(field, term)
    rows = []
    while matcher.is_active():
        rows.append((matcher.id(), matcher.weight(), matcher.value() or None, matcher.block_min_length(),
                     matcher.block_max_length(), matcher.block_max_weight()))
        matcher.next()
    return rows


def test_the_segment_writer_writes_what_whoosh_writes(tmp_path: Path) -> None:
    """Terms, postings (weights, values, block statistics), stored fields and lengths, as whoosh's own
    `SegmentWriter` writes them for the same documents."""
    from whoosh import index
    from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

    from guidegraph.analysis import analyzer
    from guidegraph.whoosh_writer import write_segment

    schema = Schema(id=ID(stored=True, unique=True), kind=KEYWORD(commas=True, stored=True), year=NUMERIC(),
                    body=TEXT(analyzer=analyzer()), words=TEXT(analyzer=analyzer(), phrase=False), text=STORED)
    texts = TRICKY + _corpus_texts()
    documents = [{"id": f"d{i:05d}", "kind": ("passage", "myth,case")[i % 2], "year": 2000 + i % 7,
                  "body": text, "words": text[: 40 * (i % 5)], "text": text[:20]} for i, text in enumerate(texts)]
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    write_segment(ours, schema, documents)
    writer = index.create_in(str(theirs), schema).writer()
    for document in documents:
        writer.add_document(**document)
    writer.commit()
    with index.open_dir(str(ours)).reader() as a, index.open_dir(str(theirs)).reader() as b:
        terms = list(a.all_terms())
        assert terms == list(b.all_terms())
        for field, term in terms:
            assert _postings(a, field, term) == _postings(b, field, term), (field, term)
        assert list(a.all_stored_fields()) == list(b.all_stored_fields())
        for field in ("body", "words"):
            assert a.field_length(field) == b.field_length(field)
            assert [a.doc_field_length(d, field) for d in range(len(documents))] == \
                [b.doc_field_length(d, field) for d in range(len(documents))]


def test_a_head_keeps_each_terms_most_telling_postings(tmp_path: Path) -> None:
    from whoosh import formats, index
    from whoosh.fields import ID, TEXT, FieldType, Schema

    from guidegraph.analysis import analyzer
    from guidegraph.scoring import bm25_impact
    from guidegraph.whoosh_writer import Head, write_segment

    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=analyzer(), phrase=False),
                    lead=FieldType(formats.Existence(), None))
    bodies = ["consent " * n + "filler words here" * (5 - n) for n in (1, 3, 2, 1, 4)]
    write_segment(tmp_path, schema, [{"id": str(i), "body": b} for i, b in enumerate(bodies)],
                  heads={"lead": Head("body", 3, bm25_impact)})
    with index.open_dir(str(tmp_path)).reader() as reader:
        matcher = reader.postings("lead", "consent")
        kept = []
        while matcher.is_active():
            kept.append((matcher.id(), matcher.weight()))
            matcher.next()
        assert [docnum for docnum, _ in kept] == [1, 2, 4]  # the three with "consent" most, in document order
        assert reader.doc_frequency("body", "consent") == 5  # the full postings stay in `body`
        assert all(weight > 1 for _, weight in kept)


def test_the_forward_column_round_trips() -> None:
    from guidegraph.analysis import term_positions
    from guidegraph.index_reader import DocumentTerms
    from guidegraph.whoosh_writer import encode_terms

    for text in TRICKY:
        found = term_positions(text)
        terms = DocumentTerms(encode_terms(found))
        assert {t: list(terms.positions(t)) for t in found} == found
        assert all(terms.frequency(t) == len(p) for t, p in found.items())
        assert terms.frequency("absent") == 0 and not terms.positions("absent")


def test_helper_processes_change_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Segments written in forked helpers are the files this process writes, table of contents included."""
    import guidegraph.whoosh_writer as writer
    from guidegraph.index import _fields, schema

    texts = _corpus_texts()
    documents = [_fields({"id": f"passage:d/{i:05d}", "kind": "passage", "document": "d", "title": f"T{i % 9}",
                          "text": text, "context": "", "legal_bases": "", "provisions": "", "entities": "",
                          "data": {"ref": i}, "jurisdictions": "england"}) for i, text in enumerate(texts)]
    heads = {"lead": writer.Head("body", 5, lambda frequency, length: frequency / length)}
    wanted = [(f"s{n}", documents[n::3]) for n in range(3)]
    for name, cores in (("alone", 1), ("helped", 2)):
        monkeypatch.setattr(writer, "_cores", lambda cores=cores: cores)
        (tmp_path / name).mkdir()
        segments = list(writer.build_segments(tmp_path / name, schema(), wanted, heads, {"terms": "body"}))
        assert [s.segid for s in segments] == ["s0", "s1", "s2"]
        writer.write_toc(tmp_path / name, schema(), segments)
    names = sorted(p.name for p in (tmp_path / "alone").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "helped").iterdir())
    assert all((tmp_path / "alone" / n).read_bytes() == (tmp_path / "helped" / n).read_bytes() for n in names)


def test_passage_tables_read_from_the_store_are_what_rdflib_gives(built_output: Path) -> None:
    from collections import defaultdict

    from rdflib import Graph

    from guidegraph.index_docs import PassageTables, Places
    from guidegraph.store import OneGraphMemory
    from guidegraph.vocab import GG, SCHEMA

    graph = Graph(store=OneGraphMemory())
    graph.parse(built_output / "graph.ttl")
    records = json.loads((built_output / "records.json").read_text(encoding="utf-8"))
    tables = PassageTables(graph, records, Places(records))
    for predicate in (SCHEMA.text, GG.section, GG.citesLegalBasis, GG.mentionsTerm, GG.refersTo):
        expected: dict = defaultdict(list)
        for subject, value in graph.subject_objects(predicate):
            expected[subject].append(value)
        assert tables._table(predicate) == expected and expected, predicate


def test_a_documents_masthead_is_context_above_its_top_title(built_output: Path) -> None:
    # The masthead was the top heading before it was dropped: its lines still come after the
    # titles above a passage (nearest first), and only in the document that had one.
    from rdflib import Graph, Literal

    from guidegraph.index_docs import PassageTables, Places
    from guidegraph.store import OneGraphMemory
    from guidegraph.vocab import GG, document_iri

    graph = Graph(store=OneGraphMemory())
    graph.parse(built_output / "graph.ttl")
    records = json.loads((built_output / "records.json").read_text(encoding="utf-8"))
    plain = PassageTables(graph, records, Places(records))
    before = {d["id"]: d for d in plain.documents()}
    slug = min(d["document"] for d in before.values())
    graph.add((document_iri(slug), GG.masthead, Literal("Anytown Council\nMINUTES")))
    tables = PassageTables(graph, records, Places(records))
    after = {d["id"]: d for d in tables.documents()}
    assert [key for key, d in after.items() if d != before[key]] == [
        key for key, d in after.items() if d["document"] == slug]
    for node, (document, *_) in tables.document.items():
        if node in tables.kinds and document == document_iri(slug):
            section = tables.section.get(node, [None])[0]
            assert tables._ancestor_titles(section, document) == [
                *plain._ancestor_titles(section, document), "MINUTES", "Anytown Council"][:6]


def test_a_passage_pointing_back_is_searched_with_the_one_before(answers: Answers) -> None:
    # Surrey: "Professionals should always take this to their agency's nominated child protection
    # adviser": "this" is the doubt the passage before describes, whose words find the advice.
    doubt = answers.searcher.document(id="passage:surrey-information-sharing-2024/4/p3")
    advice = answers.searcher.document(id="passage:surrey-information-sharing-2024/4/p4")
    assert advice["text"].startswith("Professionals should always take this to")
    hits = answers.search("who do I take it to if I'm not sure my concern is reasonable cause to believe "
                          "a child is at risk of significant harm?", limit=5)
    assert advice["id"] in [h["id"] for h in hits]
    assert doubt["text"] not in advice["text"]  # the doubt's words are its search context, not its text


@pytest.mark.parametrize(("opening", "points"), [
    ("Professionals should always take this to their agency's nominated adviser", True),
    ("In these cases, decisions about what information to share will be more difficult", True),
    ("These are real and very common worries", True),
    ("This guidance is based on Information Sharing (2018)", False),  # the document itself
    ("It is important to respect the wishes of a child", False),  # "it" points nowhere
    ("Practitioners should record each decision and the reasons for it, whatever this means", False),  # too late
    # what followed from the story told before it
    ("Learning: a bruise on a baby who cannot roll over always needs explaining.", True),
    ("What we learned: one agency's small worry can complete another's picture.", True),
    ("Learning point: ask who else lives in the house.", True),
    ("Action: the youth worker rang the duty desk the same afternoon.", True),
    ("Actions taken: the head of year spoke to the DSL before the lesson ended.", True),
    ("Learn more about the partnership on our website.", False),
])
def test_a_passage_points_back_by_its_opening_words(opening: str, points: bool) -> None:
    from guidegraph.index_docs import points_back

    assert points_back(opening) is points
