"""The CLI end to end on the bundled corpus: build, list, sparql, export, validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidegraph.cli import main
from guidegraph.resources import data_dir


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("cli") / "build"
    result = CliRunner().invoke(main, ["build", "--out", str(target), "--no-site"])
    assert result.exit_code == 0, result.output
    assert "Built 5 documents" in result.output
    return target


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def listed(out: Path, kind: str, *extra: str) -> list[dict]:
    return json.loads(run("list", kind, "--out", str(out), "--format", "json", *extra))


def test_build_writes_graph_records_and_manifest(out: Path) -> None:
    manifest = json.loads((out / "manifest.json").read_text())
    assert [d["slug"] for d in manifest["documents"]] == sorted(d["slug"] for d in manifest["documents"])
    assert len(manifest["documents"]) == 5
    assert (out / "graph.ttl").read_text().count("gg:Passage") > 600
    assert json.loads((out / "graph.jsonld").read_text())


def test_list_documents_carries_metadata(out: Path) -> None:
    docs = {d["id"]: d for d in listed(out, "documents")}
    assert docs["nspcc-information-sharing-2015"]["publish"] == "excerpts"
    assert docs["surrey-information-sharing-2024"]["local_areas"] == ["Surrey"]
    assert docs["cross-government-information-sharing-2005"]["date"] == "2005"


def test_case_example_4_rests_on_children_act_1989_section_47(out: Path) -> None:
    cases = {c["number"]: c for c in listed(out, "case-examples")}
    assert len(cases) == 21
    assert cases[4]["setting"] == "Accident and Emergency Departments & Acute paediatrics"
    assert "children-act-1989" in cases[4]["legal_bases"]
    assert "ukpga/1989/41/section/47" in cases[4]["provisions"]


def test_legal_bases_carry_status_and_evidence(out: Path) -> None:
    bases = {b["id"]: b for b in listed(out, "legal-bases")}
    dpa98 = bases["data-protection-act-1998"]
    assert dpa98["status"] == "repealed" and dpa98["superseded_by"] == "data-protection-act-2018"
    assert bases["children-act-2004"]["legislation_gov_uk"] == "ukpga/2004/31"
    cda = bases["crime-and-disorder-act-1998"]
    assert any(p["title"] == "section 115" for p in cda["provisions"])
    assert any(e["document"] == "pan-cheshire-information-sharing-2023" for e in cda["cited_in"])


def test_list_filters_by_document(out: Path) -> None:
    myths = listed(out, "myths", "--document", "surrey-information-sharing-2024")
    assert len(myths) == 5 and {m["document"] for m in myths} == {"surrey-information-sharing-2024"}


def test_list_unknown_document_is_a_usage_error(out: Path) -> None:
    result = CliRunner().invoke(main, ["list", "myths", "--out", str(out), "--document", "nope"])
    assert result.exit_code == 2 and "no document with slug 'nope'" in result.output


def test_sparql_text_and_json(out: Path) -> None:
    query = "PREFIX gg: <https://w3id.org/guidegraph/ns#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a gg:CaseExample }"
    assert json.loads(run("sparql", query, "--out", str(out), "--format", "json")) == [{"n": "21"}]
    assert run("sparql", query, "--out", str(out)).splitlines() == ["n", "21"]


def test_bad_sparql_is_a_clear_error(out: Path) -> None:
    result = CliRunner().invoke(main, ["sparql", "SELEKT nonsense", "--out", str(out)])
    assert result.exit_code == 2 and "SPARQL query failed" in result.output


def test_export_formats(out: Path, tmp_path: Path) -> None:
    assert run("export", "--out", str(out)).startswith("@prefix")
    target = tmp_path / "g.nt"
    run("export", "--format", "nt", "-o", str(target), "--out", str(out))
    assert target.read_text().count(" .\n") > 10_000


def test_commands_build_first_when_output_is_missing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("halton-information-sharing.txt", "halton-information-sharing.toml"):
        (corpus / name).write_bytes((data_dir("corpus") / name).read_bytes())
    out = tmp_path / "out"
    records = json.loads(run("list", "principles", "--corpus", str(corpus), "--out", str(out), "--format", "json"))
    assert len([r for r in records if r["set"] == "seven-golden-rules"]) == 7
    assert (out / "graph.ttl").exists()


def test_a_build_of_another_corpus_is_read_against_that_corpus(tmp_path: Path) -> None:
    """Asked of a build of a partnership's own folder without --corpus, a command checks the build
    against that folder (rebuilding when it changed), never rebuilds it from the bundled corpus,
    and reads it as it stands when the folder is gone."""
    corpus = tmp_path / "ours"
    corpus.mkdir()
    for name in ("halton-information-sharing.txt", "halton-information-sharing.toml"):
        (corpus / name).write_bytes((data_dir("corpus") / name).read_bytes())
    out = tmp_path / "out"
    run("build", "--corpus", str(corpus), "--out", str(out), "--no-site")

    def documents() -> tuple[list[str], str]:
        result = CliRunner().invoke(main, ["list", "documents", "--out", str(out), "--format", "json"])
        assert result.exit_code == 0, result.output
        return [record["id"] for record in json.loads(result.stdout)], result.stderr

    assert documents() == (["halton-information-sharing"], "")
    assert json.loads((out / "manifest.json").read_text())["corpus"] == str(corpus.resolve())
    for name in ("surrey-information-sharing-2024.txt", "surrey-information-sharing-2024.toml"):
        (corpus / name).write_bytes((data_dir("corpus") / name).read_bytes())
    found, said = documents()
    assert found == ["halton-information-sharing", "surrey-information-sharing-2024"]
    assert "out of date: building first" in said  # the folder changed: rebuilt from it
    moved = tmp_path / "moved"
    corpus.rename(moved)
    result = CliRunner().invoke(main, ["list", "documents", "--out", str(out), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "which is gone: reading the build as it stands" in result.stderr
    assert [record["id"] for record in json.loads(result.stdout)] == found


def test_validate_reports_conformance() -> None:
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0 and "conforms" in result.output
