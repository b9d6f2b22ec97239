"""which-act over a partnership's corpus: the bundled national guidance beside a few local documents,
each on one narrow matter (an FGM quick guide, a school's policy, a housing association's policy).

A passage of such a document shares everyday words ("duty", "school", "came into force") with many
questions; the law it alone cites must not outrank the law the question is about."""

from __future__ import annotations

import pytest
from helpers import bundled_with_unseen

from guidegraph import act_rules
from guidegraph.act_rules import lone_unnamed_law_counts_less
from guidegraph.answers import Answers
from guidegraph.rank import Seed

LOCAL = ("fgm-mandatory-reporting-quick-guide", "school-kcsie-part-one", "housing-association-safeguarding-policy",
         "cme-procedure-cover-glossary")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Answers:
    """The bundled corpus and the local documents, built once for the module."""
    with Answers(bundled_with_unseen(tmp_path_factory.mktemp("mixed"), LOCAL)) as opened:
        yield opened


@pytest.mark.parametrize(("question", "basis"), [
    # a school policy's one passage on the Education (Pupil Information) Regulations matches
    # "primary school", "children", "manage"
    ("A man who abused children has come out of prison and moved near a primary school. "
     "Who coordinates how the agencies manage him?", "mappa"),
    # the FGM guide's "The duty was introduced by section 74 of the Serious Crime Act 2015 and came
    # into force ..." matches a question on what brought in the safeguarding partners
    ("What law set up our local safeguarding children partnership of the council, the police and health?",
     "children-and-social-work-act-2017"),
])
def test_law_one_local_passage_cites_does_not_outrank_the_answer(mixed: Answers, question: str, basis: str) -> None:
    assert mixed.which_act(question)[0]["id"] == basis


def test_the_answers_above_need_the_rule(mixed: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    # without it, the lone passage's law comes first: the tests above test the rule
    monkeypatch.setattr(act_rules, "LONE_UNNAMED_WEIGHT", 1.0)
    question = ("A man who abused children has come out of prison and moved near a primary school. "
                "Who coordinates how the agencies manage him?")
    assert mixed.which_act(question)[0]["id"] != "mappa"


@pytest.mark.parametrize(("question", "basis"), [
    ("Which Act makes teachers report female genital mutilation to the police?", "female-genital-mutilation-act-2003"),
    ("What introduced the FGM reporting duty for teachers in 2015?", "uncatalogued-serious-crime-act-2015"),
])
def test_a_local_documents_law_asked_about_still_comes_first(mixed: Answers, question: str, basis: str) -> None:
    assert basis in [r["id"] for r in mixed.which_act(question)[:2]]


def test_lone_unnamed_law_counts_less() -> None:
    provisions = {"ukpga/2003/31/section/5B": {"basis": "fgm-act"}}
    names = {"fgm-act": frozenset({"femal", "genit", "mutil"}), "children-act-1989": frozenset({"children"})}
    seeds = [Seed("passage:a/s1/p1", 1.0, {"provision:ukpga/2003/31/section/5B": 1.0}),
             Seed("passage:b/s1/p1", 0.5, {"legal-basis:children-act-1989": 1.0}),
             Seed("passage:c/s1/p1", 0.5, {"legal-basis:children-act-1989": 1.0, "case-example:x": 0.35})]
    unnamed = lone_unnamed_law_counts_less(seeds, frozenset({"girl", "told"}), names, provisions)
    assert unnamed[0].links == {"provision:ukpga/2003/31/section/5B": act_rules.LONE_UNNAMED_WEIGHT}
    assert unnamed[1:] == seeds[1:]  # law two hits reach keeps its weight, and so does a case example
    named = lone_unnamed_law_counts_less(seeds, frozenset({"girl", "genit"}), names, provisions)
    assert named == seeds  # the question uses a word of its name


def test_a_pupil_no_school_knows_of_is_a_child_missing_education(mixed: Answers) -> None:
    # "make enquiries" and "find out where" read as typed find the Children Act 1989's enquiries;
    # the procedure's glossary gives a child missing education its law, section 436A
    asked = ("A Year 9 girl left us in the summer and no one knows which school she is at. Which Act has the "
             "local authority make enquiries to find out where she is?")
    assert mixed.which_act(asked)[0]["id"] == "education-act-1996"


def test_a_girl_cut_abroad_finds_the_law_of_female_genital_mutilation(mixed: Answers) -> None:
    # read as the guidance's term, the question names the leaflet's law: it does not count as law the
    # question gives no sign of (over the partnership corpus, a near tie became a clear lead)
    asked = ("A 14-year-old told the school nurse she was cut when she was little, back in her home country. "
             "Which law says the nurse has to ring the police herself?")
    assert mixed.which_act(asked)[0]["id"] == "female-genital-mutilation-act-2003"
