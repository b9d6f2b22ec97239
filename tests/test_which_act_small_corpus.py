"""which-act over a partnership's small corpus: three of the bundled documents (Halton's web page, the
NSPCC factsheet, Surrey's procedures manual) and nothing else.

Together they cite ten legal bases; the catalog knows some sixty more. A question about law none of
the three cites (Clare's Law, Sarah's Law, a pupil's file following them to the next school) is
answered from the catalog's names and scope note, said to be not cited in this corpus and shown with
the catalog's words, never a passage; a question the corpus does answer keeps its corpus answer first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidegraph.answers import Answers
from guidegraph.cli import main
from guidegraph.resources import data_dir

SMALL = ("halton-information-sharing", "nspcc-information-sharing-2015", "surrey-information-sharing-2024")


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three documents built once, as a partnership builds its own few; returns the output folder."""
    from guidegraph.build import build
    from guidegraph.config import load_config

    folder = tmp_path_factory.mktemp("small")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name in SMALL:
        for suffix in (".txt", ".toml"):
            shutil.copy(data_dir("corpus") / f"{name}{suffix}", corpus / f"{name}{suffix}")
    build(load_config(corpus=corpus, out=folder / "build", site=False))
    return folder / "build"


@pytest.fixture(scope="module")
def small(small_build: Path) -> Answers:
    with Answers(small_build) as opened:
        yield opened


def test_the_small_corpus_cites_none_of_the_law_asked_for(small: Answers) -> None:
    cited = set(small.rank_data["bases"])
    assert {"children-act-1989", "children-act-2004", "human-rights-act-1998"} <= cited
    assert not cited & {"domestic-violence-disclosure-scheme", "child-sex-offender-disclosure-scheme",
                        "education-pupil-information-england-regulations-2005", "female-genital-mutilation-act-2003",
                        "counter-terrorism-and-security-act-2015", "mental-health-act-1983"}


@pytest.mark.parametrize(("question", "basis", "scope_words"), [
    ("can police tell a mother her new partner has a history of domestic violence",
     "domestic-violence-disclosure-scheme", "history of abusive or violent behaviour"),
    ("can I ask whether a man with access to my child is a sex offender",
     "child-sex-offender-disclosure-scheme", "someone with access to a child"),
    ("a school sending a child protection file to the new school",
     "education-pupil-information-england-regulations-2005", "common transfer file"),
    # from the catalog's scope notes, in a practitioner's words
    ("a nurse finds a 15 year old girl has undergone female genital mutilation: must she report it to police?",
     "female-genital-mutilation-act-2003", "mandatory duty"),
    ("a college student is being drawn into terrorism: can staff refer him to a Channel panel?",
     "counter-terrorism-and-security-act-2015", "Channel panels"),
    ("the father of a pupil has been sectioned under the Mental Health Act: can the ward tell the school?",
     "mental-health-act-1983", "sectioned"),
])
def test_law_the_corpus_does_not_cite_is_answered_from_the_catalog(small: Answers, question: str, basis: str,
                                                                   scope_words: str) -> None:
    answers = small.which_act(question)
    top = [a["id"] for a in answers[:3]]
    assert basis in top, top
    answer = answers[top.index(basis)]
    assert answer["source"] == "catalog" and answer["evidence"] == []  # the catalog is the source, not a passage
    assert scope_words in answer["scope"]
    assert answer["reason"] and answer["reason"] in answer["scope"]  # the catalog's own words


def test_law_the_question_names_leads(small: Answers) -> None:
    answers = small.which_act("Does Clare's Law let the police tell her about his past?")
    assert answers[0]["id"] == "domestic-violence-disclosure-scheme"


@pytest.mark.parametrize(("question", "basis"), [
    ("information sharing supports the duty to cooperate to improve the well-being of children under section 10",
     "children-act-2004"),
    ("every person has a right to privacy: respect for private and family life", "echr"),
])
def test_a_question_the_corpus_answers_keeps_its_corpus_answer_first(small: Answers, question: str,
                                                                     basis: str) -> None:
    answers = small.which_act(question)
    assert answers[0]["id"] == basis and answers[0]["source"] == "corpus" and answers[0]["evidence"]


def test_catalog_law_follows_the_place_asked_about(small: Answers) -> None:
    # the Pupil Information Regulations extend to England only
    asked = "a school in Scotland sending a child protection file to the new school"
    assert "education-pupil-information-england-regulations-2005" not in {a["id"] for a in small.which_act(asked)}
    england = small.which_act("a school sending a child protection file to the new school", jurisdiction="England")
    assert "education-pupil-information-england-regulations-2005" in {a["id"] for a in england[:3]}


def test_the_output_says_the_law_is_not_cited_here(small_build: Path) -> None:
    question = "can I ask whether a man with access to my child is a sex offender"
    text = CliRunner().invoke(main, ["which-act", question, "--out", str(small_build)])
    assert text.exit_code == 0, text.output
    block = next(b for b in text.stdout.split("\n\n") if "Child Sex Offender Disclosure Scheme" in b)
    assert "not cited in this corpus" in block
    assert "catalog: " in block and "evidence:" not in block
    data = json.loads(CliRunner().invoke(main, ["which-act", question, "--out", str(small_build),
                                                "--format", "json"]).stdout)
    scheme = next(a for a in data if a["id"] == "child-sex-offender-disclosure-scheme")
    assert scheme["source"] == "catalog" and scheme["evidence"] == []
    assert scheme["title"].startswith("Child Sex Offender Disclosure Scheme")
