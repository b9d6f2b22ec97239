"""The search index: analysis, the vocabulary read from the graph, the documents, determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guidegraph.analysis import analyse, inflection_of
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


def test_only_inflections_match_vocabulary_words() -> None:
    assert inflection_of("passed", "pass")
    assert inflection_of("parents", "parent")
    assert not inflection_of("information", "inform")  # one stem, two meanings


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
])
def test_vocabulary_comes_from_the_graph(vocabulary: dict, typed: str, meant: str) -> None:
    assert meant in _group_of(vocabulary, typed)


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
from guidegraph.export import load_graph
from guidegraph.index import write_index
built, target = Path(sys.argv[1]), Path(sys.argv[2])
records = json.loads((built / "records.json").read_text(encoding="utf-8"))
write_index(load_graph(built / "graph.ttl"), records, target)
"""


def test_the_index_is_written_the_same_twice(built_output: Path, tmp_path: Path) -> None:
    # Two processes with different hash seeds: set order must not leak into the files.
    for name, seed in (("a", "1"), ("b", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", WRITE, str(built_output), str(tmp_path / name)], env=env, check=True)
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "b").iterdir())
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
