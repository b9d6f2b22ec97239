"""User errors at the command line: one message naming what is wrong, a documented exit code, no traceback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from guidegraph.cli import main
from guidegraph.config import load_config
from guidegraph.errors import ConfigError
from guidegraph.pipeline import list_records


def invoke(*args: str | Path, quiet: bool = True) -> Result:
    """The command's result; quiet, so that standard error holds only the error (even if it builds first)."""
    return CliRunner().invoke(main, ["-q"] * quiet + [str(a) for a in args])


def assert_usage_error(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.strip() == f"Error: {message}"
    assert result.stdout == ""


# --- sparql -------------------------------------------------------------------------------------


def test_sparql_query_file_missing(tmp_path: Path) -> None:
    missing = tmp_path / "nope.rq"
    result = invoke("sparql", f"@{missing}", "--out", tmp_path / "out")
    assert_usage_error(result, f"{missing}: cannot read the SPARQL query file (No such file or directory)")
    assert not (tmp_path / "out").exists()  # refused before any build


def test_sparql_query_file_is_a_folder(tmp_path: Path) -> None:
    result = invoke("sparql", f"@{tmp_path}", "--out", tmp_path / "out")
    assert_usage_error(result, f"{tmp_path}: cannot read the SPARQL query file (Is a directory)")


def test_sparql_empty_query(tmp_path: Path) -> None:
    result = invoke("sparql", "  ", "--out", tmp_path / "out")
    assert_usage_error(result, "empty SPARQL query: give a SELECT, ASK, CONSTRUCT or DESCRIBE query (or @FILE)")


def test_sparql_update_says_the_graph_is_read_only(built_output: Path) -> None:
    result = invoke("sparql", "PREFIX a: <urn:a:> INSERT DATA { a:b a:c a:d }", "--out", built_output)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: SPARQL query failed: ")
    assert result.stderr.rstrip().endswith("; the graph is read-only: use SELECT, ASK, CONSTRUCT or DESCRIBE")


def test_sparql_query_file(built_output: Path, tmp_path: Path) -> None:
    query = tmp_path / "count.rq"
    query.write_text("PREFIX gg: <https://w3id.org/guidegraph/ns#>\n"
                     "SELECT (COUNT(?c) AS ?n) WHERE { ?c a gg:CaseExample }\n", encoding="utf-8")
    result = invoke("sparql", f"@{query}", "--out", built_output)
    assert result.exit_code == 0 and result.stdout.splitlines() == ["n", "21"]


# --- export -------------------------------------------------------------------------------------


def test_export_to_a_missing_folder(built_output: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "graph.ttl"
    result = invoke("export", "-o", target, "--out", built_output)
    assert_usage_error(result, f"{target}: cannot write the export (No such file or directory): "
                               "give a file in a folder you can write to")


def test_export_onto_a_folder(built_output: Path, tmp_path: Path) -> None:
    result = invoke("export", "-o", tmp_path, "--out", built_output)
    assert_usage_error(result, f"{tmp_path}: cannot write the export (Is a directory): "
                               "give a file in a folder you can write to")


# --- serve --------------------------------------------------------------------------------------


@pytest.fixture
def site_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An output folder with a site page, taken as up to date: serve goes straight to listening."""
    import guidegraph.build

    monkeypatch.setattr(guidegraph.build, "ensure_built", lambda config, report=None: None)
    (tmp_path / "out" / "site").mkdir(parents=True)
    (tmp_path / "out" / "site" / "index.html").write_text("<!doctype html><title>x</title>", encoding="utf-8")
    return tmp_path / "out"


def test_serve_port_in_use(site_only: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = invoke("serve", "--port", str(port), "--out", site_only)
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (f"Error: cannot listen on 127.0.0.1:{port} (Address already in use): "
                                     "choose another --port (--port 0 picks a free one) or --host")


def test_serve_unknown_host(site_only: Path) -> None:
    result = invoke("serve", "--host", "no-such-host.invalid", "--port", "0", "--out", site_only)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: cannot listen on no-such-host.invalid:0 (")
    assert result.stderr.rstrip().endswith("): choose another --port (--port 0 picks a free one) or --host")


def test_serve_port_out_of_range(tmp_path: Path) -> None:
    result = invoke("serve", "--port", "70000", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "Invalid value for '--port': 70000 is not in the range 0<=x<=65535." in result.stderr
    assert not (tmp_path / "out").exists()


# --- eval ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("questions", "problem"), [
    ({"passages": ["hello"]}, 'passages question 1: expected an object like {"q": "...", "phrases": ["..."]}'),
    ({"which_act": [{"q": "Which Act?", "expect": ["Children Act 1989"]}, {"q": "Which law?"}]},
     'which_act question 2: "expect" must be a non-empty list of strings, as in {"q": "...", "expect": ["..."]}'),
    ({"myths": [{"q": " ", "keywords": ["consent"]}]},
     'myths question 1: "q" must be the question, a non-empty string, as in {"q": "...", "keywords": ["..."]}'),
    ({"myths": [{"q": "consent", "keywords": []}]},
     'myths question 1: "keywords" must be a non-empty list of strings, as in {"q": "...", "keywords": ["..."]}'),
])
def test_eval_malformed_question_is_refused_before_building(tmp_path: Path, questions: dict, problem: str) -> None:
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(questions), encoding="utf-8")
    result = invoke("eval", path, "--out", tmp_path / "out")
    assert_usage_error(result, f"{path}: {problem}")
    assert not (tmp_path / "out").exists()


def test_eval_names_the_question_that_cannot_be_asked(built_output: Path, tmp_path: Path) -> None:
    path = tmp_path / "questions.json"
    path.write_text(json.dumps({"which_act": [{"q": "the of", "expect": ["Children Act 1989"]}]}), encoding="utf-8")
    result = invoke("eval", path, "--out", built_output)
    assert_usage_error(result, f"{path}: which_act question 1: no question in 'the of': "
                               "describe the disclosure or duty in words")


# --- quiet, list --------------------------------------------------------------------------------


def test_quiet_commands_print_nothing_on_stderr(built_output: Path) -> None:
    result = invoke("list", "documents", "--out", built_output)
    assert result.exit_code == 0 and result.stderr == ""
    assert len(result.stdout.splitlines()) == 5
    loud = invoke("list", "documents", "--out", built_output, quiet=False)
    assert loud.stderr.endswith("5 documents\n")


def test_quiet_build_first_prints_nothing_on_stderr(tmp_path: Path) -> None:
    from guidegraph.resources import data_dir

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("halton-information-sharing.txt", "halton-information-sharing.toml"):
        (corpus / name).write_bytes((data_dir("corpus") / name).read_bytes())
    result = invoke("list", "documents", "--corpus", corpus, "--out", tmp_path / "out")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("halton-information-sharing\tInformation Sharing\t2019")


def test_list_unknown_kind_from_the_library(built_output: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        list_records(load_config(out=built_output), "acts")
    assert raised.value.message == ("unknown kind 'acts': choose one of case-examples, documents, guidance, "
                                    "jurisdictions, legal-bases, myths, principles, provisions")


def test_jurisdictions_list_only_passages(built_output: Path) -> None:
    result = invoke("list", "jurisdictions", "--out", built_output, "--format", "json")
    places = {r["id"]: r for r in json.loads(result.stdout)}
    refs = [row for place in places.values() for row in place["passages"]]
    assert refs and all(row["document"] and row["passage_id"].startswith(row["document"] + "/") for row in refs)
    assert {row["document"] for row in places["jurisdiction/wales"]["passages"]} == {"nspcc-information-sharing-2015"}


def test_list_unknown_kind_names_the_argument(tmp_path: Path) -> None:
    result = invoke("list", "acts", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Error: Invalid value for 'KIND': 'acts' is not one of 'documents', 'legal-bases', 'provisions', 'myths', "
        "'principles', 'case-examples', 'jurisdictions', 'guidance'.\n")


# --- the entry point ----------------------------------------------------------------------------


def test_interrupted_command_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    import sys

    import guidegraph.pipeline
    from guidegraph.cli import run

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(guidegraph.pipeline, "list_records", interrupted)
    monkeypatch.setattr(sys, "argv", ["guidegraph", "list", "documents", "--out", str(tmp_path / "out")])
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 130
    assert capsys.readouterr().err.strip() == "Aborted."


def test_entry_point_prints_a_user_error_without_traceback(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import sys

    from guidegraph.cli import run

    missing = tmp_path / "q.rq"
    monkeypatch.setattr(sys, "argv", ["guidegraph", "sparql", f"@{missing}"])
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 2
    expected = f"Error: {missing}: cannot read the SPARQL query file (No such file or directory)\n"
    assert capsys.readouterr().err == expected
