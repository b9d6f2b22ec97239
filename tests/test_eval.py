"""guidegraph eval: scoring a question file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidegraph.answers import Answers
from guidegraph.cli import main
from guidegraph.errors import GuidegraphError
from guidegraph.evaluate import evaluate, format_report, load_questions, normalise

PUBLIC = Path(__file__).parent / "data" / "public.json"
DEV = Path(__file__).parent / "data" / "dev_questions.json"
HOLDOUT = Path(__file__).parent / "data" / "holdout_questions.json"
HOLDOUT2 = Path(__file__).parent / "data" / "holdout2_questions.json"
HOLDOUT3 = Path(__file__).parent / "data" / "holdout3_questions.json"
HOLDOUT4 = Path(__file__).parent / "data" / "holdout4_questions.json"
HOLDOUT5 = Path(__file__).parent / "data" / "holdout5_questions.json"
HOLDOUT6 = Path(__file__).parent / "data" / "holdout6_questions.json"


def test_normalise_ignores_case_space_and_quote_style() -> None:
    assert normalise("Check the person’s  IDENTITY") == normalise("check the person's identity")


def test_scoring_rules(built_output: Path) -> None:
    questions = {
        "which_act": [{"q": "private and family life", "expect": ["Human Rights Act 1998",
                                                                  "European Convention on Human Rights"]}],
        "myths": [{"q": "IT systems", "keywords": ["it systems"]}],
        "passages": [{"q": "no such words zzz consent", "phrases": ["no passage says this"]}],
    }
    with Answers(built_output) as answers:
        report = evaluate(answers, questions)
    assert report["which_act"]["hit@3"] == 1
    assert report["myths"]["hit@1"] == 1
    assert report["passages"]["hit@5"] == 0 and report["passages"]["mrr@10"] == 0
    assert "which_act" in format_report(report, details=True)


def test_bad_question_files(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "empty.json").write_text("{}", encoding="utf-8")
    for name in ("bad.json", "empty.json"):
        with pytest.raises(GuidegraphError):
            load_questions(tmp_path / name)


def test_cli_eval_public(built_output: Path) -> None:
    result = CliRunner().invoke(main, ["eval", str(PUBLIC), "--out", str(built_output), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {"which_act", "myths", "passages", "passages_hard"}
    assert report["which_act"]["questions"] == 15
    text = CliRunner().invoke(main, ["eval", str(PUBLIC), "--out", str(built_output)])
    assert "which_act" in text.stdout and "hit@3" in text.stdout


def test_dev_questions_phrased_other_ways(answers: Answers) -> None:
    # The project's own paraphrases (everyday words, other roles' viewpoints): thresholds at what
    # the ranking reaches, so a change that loses a paraphrase shows here.
    report = evaluate(answers, load_questions(DEV), source=DEV)
    assert report["which_act"]["hit@3"] >= 40 and report["which_act"]["hit@1"] >= 39
    assert report["myths"]["hit@1"] >= 12
    assert report["passages_hard"]["hit@5"] >= 15 and report["passages_hard"]["mrr@10"] >= 0.9


def test_holdout_questions(answers: Answers) -> None:
    # Written before the vocabulary was widened; its misses have since been studied and tuned on, as
    # the development questions' were. Thresholds at what the ranking reaches.
    report = evaluate(answers, load_questions(HOLDOUT), source=HOLDOUT)
    assert report["which_act"]["hit@3"] >= 22 and report["which_act"]["hit@1"] >= 20
    assert report["myths"]["hit@1"] >= 10
    assert report["passages_hard"]["hit@5"] >= 10 and report["passages_hard"]["mrr@10"] >= 0.64


def test_second_holdout_questions(answers: Answers) -> None:
    # Written before the ranking changes of its round and never tuned on (which-act only): the
    # honest measure of whether a ranking change carries over. Thresholds at what the ranking reaches.
    report = evaluate(answers, load_questions(HOLDOUT2), source=HOLDOUT2)
    assert set(report) == {"which_act"}
    assert report["which_act"]["hit@3"] >= 23 and report["which_act"]["hit@1"] >= 20


def test_third_holdout_questions(answers: Answers) -> None:
    # Written in trainers' and practitioners' words before the changes of its round, with answers
    # checked against the corpus; its misses were studied and tuned on in the next round.
    # Thresholds at what the ranking reaches.
    report = evaluate(answers, load_questions(HOLDOUT3), source=HOLDOUT3)
    assert report["which_act"]["hit@3"] >= 21 and report["which_act"]["hit@1"] >= 20
    assert report["myths"]["hit@1"] >= 7
    assert report["passages_hard"]["hit@5"] >= 10 and report["passages_hard"]["mrr@10"] >= 0.86


def test_fourth_holdout_questions(answers: Answers) -> None:
    # Written independently of the third, in the same round and the same words; tuned on, as the
    # third, in the next round. Thresholds at what the ranking reaches.
    report = evaluate(answers, load_questions(HOLDOUT4), source=HOLDOUT4)
    assert report["which_act"]["hit@3"] >= 21 and report["which_act"]["hit@1"] >= 15
    assert report["myths"]["hit@1"] >= 7
    assert report["passages_hard"]["hit@5"] >= 9 and report["passages_hard"]["mrr@10"] >= 0.48


def test_fifth_holdout_questions(answers: Answers) -> None:
    # Written in trainers' and practitioners' words (situations described, the law not named)
    # before the changes of its round, and never tuned on; scored before and after them.
    # Three of its which-act questions ask for Scottish, Welsh and Northern Irish guidance, which
    # the graph holds as guidance, not as legal bases. Thresholds at what the ranking reaches
    # (tuned on since: story hits matching case examples no longer drown the passages naming law,
    # and "which data law" puts the law named by its field first).
    report = evaluate(answers, load_questions(HOLDOUT5), source=HOLDOUT5)
    assert report["which_act"]["hit@3"] >= 17 and report["which_act"]["hit@1"] >= 11
    assert report["myths"]["hit@1"] >= 4
    assert report["passages_hard"]["hit@5"] >= 5 and report["passages_hard"]["mrr@10"] >= 0.3


def test_sixth_holdout_questions(answers: Answers) -> None:
    # which-act only, half direct and half short practitioners' stories, written from the corpus
    # and the catalog before the changes of its round and never tuned on; scored before (13/15,
    # 15/15) and after them. Thresholds at what the ranking reaches.
    report = evaluate(answers, load_questions(HOLDOUT6), source=HOLDOUT6)
    assert set(report) == {"which_act"}
    assert report["which_act"]["hit@3"] >= 15 and report["which_act"]["hit@1"] >= 13
