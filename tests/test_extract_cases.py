"""Case examples: the 21 of the 2005 guidance, then a procedures web page with case studies."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import bundled_by_slug, segmented_fixture

from guidegraph.extract.cases import find_case_examples, is_case_heading
from guidegraph.model import CaseExample, SegmentedDocument

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
GOLD = json.loads((Path(__file__).parent / "data" / "extraction_gold.json").read_text(encoding="utf-8"))


def fixture(name: str) -> SegmentedDocument:
    return segmented_fixture(FIXTURES / name)


def fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


@pytest.fixture(scope="module")
def corpus() -> dict[str, SegmentedDocument]:
    return bundled_by_slug()


@pytest.fixture(scope="module")
def cases_2005(corpus: dict[str, SegmentedDocument]) -> dict[int, CaseExample]:
    cases = find_case_examples(corpus["cross-government-information-sharing-2005"])
    return {c.number: c for c in cases}


# ---------------------------------------------------------------------------------------------
# The bundled corpus


def test_twenty_one_cases_in_the_2005_guidance(cases_2005: dict[int, CaseExample]) -> None:
    assert sorted(cases_2005) == list(range(1, 22))


@pytest.mark.parametrize("gold", GOLD["case_examples"]["items"], ids=lambda g: f"case-{g['n']}")
def test_setting_section_and_opening_match_the_gold(cases_2005: dict[int, CaseExample], gold: dict) -> None:
    case = cases_2005[gold["n"]]
    assert fold(case.setting) == fold(gold["setting"])
    assert case.section == gold["section"]
    assert case.scenario.startswith(gold["starts"])


def test_case_4_is_set_in_accident_and_emergency(cases_2005: dict[int, CaseExample]) -> None:
    case = cases_2005[4]
    assert (case.setting, case.section) == ("Accident and Emergency Departments & Acute paediatrics", "8.14")
    assert case.advice.startswith("The medical teams in A&E")
    assert case.outcome_if_shared.startswith("The outcome of sharing information may reveal")
    assert case.outcome_if_not_shared.startswith("The outcome of not sharing information could be")


def test_case_13_starts_with_jamie(cases_2005: dict[int, CaseExample]) -> None:
    case = cases_2005[13]
    assert case.scenario.startswith("Jamie is 3 years old")
    assert case.outcome_if_shared.startswith("One outcome for Jamie if information is shared")
    assert case.outcome_if_not_shared.startswith("If information is not shared, Jamie")


def test_every_case_has_a_scenario_and_advice(cases_2005: dict[int, CaseExample]) -> None:
    for case in cases_2005.values():
        assert case.scenario and case.advice, case.number
        assert "Information Sharing" not in case.scenario
        assert not set(case.scenario.split("\n\n")) & set(case.advice.split("\n\n"))


def test_outcomes_where_the_text_gives_them(cases_2005: dict[int, CaseExample]) -> None:
    # 11 and 19 state no outcome at all; 10, 12 and 16 only the outcome of sharing; 18 only of not sharing.
    with_shared = {n for n, c in cases_2005.items() if c.outcome_if_shared}
    with_not_shared = {n for n, c in cases_2005.items() if c.outcome_if_not_shared}
    assert with_shared == set(range(1, 22)) - {11, 18, 19}
    assert with_not_shared == set(range(1, 22)) - {10, 11, 12, 16, 17, 19}
    assert cases_2005[17].outcome_if_shared.startswith("With an appropriately matched interpreter")


def test_outcomes_are_not_advice(cases_2005: dict[int, CaseExample]) -> None:
    for case in cases_2005.values():
        assert "An outcome of" not in case.advice and "The outcome of" not in case.advice


def test_cases_name_roles_and_agencies(cases_2005: dict[int, CaseExample]) -> None:
    assert "health-visitor" in cases_2005[1].roles
    assert "gp" in cases_2005[2].roles
    assert "camhs" in cases_2005[6].agencies
    assert "youth-offending-team" in cases_2005[10].agencies
    assert "receptionist" in cases_2005[21].roles
    assert cases_2005[1].legal_bases == () and cases_2005[1].provisions == ()


def test_passages_are_the_cases_own(cases_2005: dict[int, CaseExample], corpus: dict) -> None:
    doc = corpus["cross-government-information-sharing-2005"]
    texts = {p.id: p.text for p in doc.passages}
    case = cases_2005[1]
    assert texts[case.passage_ids[0]].startswith("The health visitor visits")
    assert all(texts[pid] for pid in case.passage_ids)
    assert not set(case.passage_ids) & set(cases_2005[2].passage_ids)


def test_no_cases_elsewhere_in_the_corpus(corpus: dict[str, SegmentedDocument]) -> None:
    for slug, doc in corpus.items():
        if not slug.startswith("cross-government"):
            assert find_case_examples(doc) == []


# ---------------------------------------------------------------------------------------------
# A procedures web page: "Case study N: title", "What should happen?" sub-headings


def test_case_studies_on_a_procedures_page() -> None:
    cases = find_case_examples(fixture("case-studies.html"))
    found = [(c.number, c.setting, c.section) for c in cases]
    assert found == [(1, "School nurse", "5"), (2, "Housing", "5")]
    first, second = cases
    assert first.scenario.startswith("Sam, 14, tells the school nurse")
    assert first.advice.startswith("The school nurse should tell Sam")
    assert first.outcome_if_shared.startswith("If information is shared, Sam can be protected")
    assert first.outcome_if_not_shared.startswith("If information is not shared, Sam may continue")
    assert "school-nurse" in first.roles and "childrens-social-care" in first.agencies
    assert second.outcome_if_not_shared.startswith("The outcome of not sharing")
    assert "housing-officer" in second.roles and "police" in second.agencies


@pytest.mark.parametrize(
    ("text", "number"),
    [("Case Example 4", "4"), ("Case study 2: Housing", "2"), ("Example 3:", "3"), ("Scenario 1", "1"),
     ("Case example 8", "8"), ("For example, 3 children", None), ("Case Example 4 ........ 12", None),
     ("Example 4.2 shows", None)],
)
def test_case_headings(text: str, number: str | None) -> None:
    match = is_case_heading(text)
    assert (match["n"] if match else None) == number


# ---------------------------------------------------------------------------------------------
# Unnumbered: one case under a "Case study" heading of its own


UNNUMBERED = """\
# Sharing information in practice

## 3. Case study 1: Early years

A nursery worker notices a child is often hungry and tired.

What should happen: The worker should talk to the designated safeguarding lead.

## 4. Case study

A health visitor is worried about bruising on a baby.

She contacts children's services the same day.

## 5. Case studies

These are described in the annex.

## 6. Practice example: School

A teacher hears a pupil describe violence at home.
"""


def test_cases_under_unnumbered_headings_are_numbered_on(tmp_path: Path) -> None:
    path = tmp_path / "practice.md"
    path.write_text(UNNUMBERED, encoding="utf-8")
    cases = find_case_examples(segmented_fixture(path))
    assert [(c.number, c.setting, c.section) for c in cases] == [
        (1, "Early years", "3"), (2, "", "4"), (3, "School", "6")]  # the document's title sets no case
    assert cases[1].scenario == "A health visitor is worried about bruising on a baby."
    assert cases[1].advice == "She contacts children's services the same day."
    assert cases[2].scenario == "A teacher hears a pupil describe violence at home."


def test_titled_case_studies_and_a_case_example_label() -> None:
    """ICO-style "Case studies" with a titled sub-heading per case (OGL), and "Case Example:" alone
    on a line over its scenario."""
    cases = find_case_examples(fixture("case-studies-titled.md"))
    assert [(c.number, c.setting) for c in cases] == [
        (1, "Sharing information about siblings at different schools"),
        (2, "Sharing information with a sports club"),
        (3, "Further reading"),
    ]
    assert cases[0].scenario.startswith("A school has concerns") and "MASH" in cases[0].scenario
    assert cases[1].scenario.startswith("A coach at a football club")
    assert cases[2].scenario.startswith("Simon, a social worker")


def markdown_cases(text: str) -> list[CaseExample]:
    from test_extract_unseen import markdown

    return find_case_examples(markdown(text))


def test_a_case_example_heading_over_a_numbered_case_is_no_case_of_its_own() -> None:
    """"## 6. Case example" with "**Case example 1: ...**" under it: one case, not an empty one too."""
    cases = markdown_cases("# Guide\n\n## 6. Case example\n\n**Case example 1: A pupil's online contacts**\n\n"
                           "Scenario: A pupil talks online to an older man.\n\nWhat should happen: The teacher tells "
                           "the DSL the same day.\n\n## 7. Principles\n\nShare early.\n")
    assert [(c.number, c.setting, c.section) for c in cases] == [(1, "A pupil's online contacts", "6")]
    assert cases[0].scenario == "A pupil talks online to an older man."  # no "Scenario:" label
    assert cases[0].advice == "The teacher tells the DSL the same day."


def test_an_example_heading_with_advice_under_it_is_a_case() -> None:
    """"Example" or "Example: a family at the food bank" is a case when its advice is marked; an
    "Example" with no marked advice under it is not."""
    cases = markdown_cases("# Early help\n\n## Example: a family at the food bank\n\nA volunteer notices hungry "
                           "children.\n\nWhat should happen: The volunteer speaks to the safeguarding lead.\n\n"
                           "## Example\n\nForms are kept for six years.\n")
    assert [(c.number, c.setting, c.advice) for c in cases] == [
        (1, "a family at the food bank", "The volunteer speaks to the safeguarding lead.")]


def test_an_outcome_label_opens_an_outcome_not_advice() -> None:
    """"Outcome: ..." after a scenario with no advice marker is the outcome, once."""
    [case] = markdown_cases("# Protocol\n\nCase example: a referral order panel report\n\nA girl is given a referral "
                            "order. The school shares her attendance record.\n\nOutcome: The panel agrees a "
                            "contract.\n")
    assert (case.advice, case.outcome_if_shared) == ("", "Outcome: The panel agrees a contract.")


@pytest.mark.parametrize("outcome", [
    "If the youth worker had kept the information to herself, Kirsty might have continued to be exploited.",
    "If the nurse had not shared her concern, the baby would not have been seen.",
    "Why it matters: Without the notification the school would have punished a tired child.",
    "Without the referral, the family would have had no help.",
    "Why it mattered: without the flag, the burn would have been treated as an accident.",  # a health record's alert
])
def test_outcomes_of_not_sharing_told_in_the_past(outcome: str) -> None:
    """Told as what would have happened had the worker kept it back, after the advice."""
    [case] = markdown_cases(f"# Leaflet\n\n## Example\n\nKirsty is 13.\n\nWhat should happen: Tell social work.\n\n"
                            f"{outcome}\n")
    assert (case.advice, case.outcome_if_not_shared) == ("Tell social work.", outcome)


def test_a_question_heading_sets_no_case(tmp_path: Path) -> None:
    """An example under a decision guide's "7. Is there a lawful basis?" is not set in a question."""
    path = tmp_path / "guide.md"
    path.write_text("# Decision guide\n\n## 7. Is there a lawful basis under the UK GDPR?\n\nUsually public task.\n\n"
                    "### Example\n\nA woman tells the midwife she is using cocaine.\n\n"
                    "Advice: the midwife makes a referral the same day.\n", encoding="utf-8")
    [case] = find_case_examples(segmented_fixture(path))
    assert case.setting == "" and case.scenario.startswith("A woman tells the midwife")
    assert case.advice.startswith("the midwife makes a referral")


def test_a_case_whose_story_reads_as_advice_keeps_its_text_as_the_story() -> None:
    """Every case example needs a story (the graph's shapes require one): when all of a case reads as
    advice (its first part marked as a lesson), its text is its story, so the build cannot fail on it."""
    [case] = markdown_cases("# Briefing\n\n## Case example: Sam, aged 6\n\n### What we learned\n\n"
                            "Sam's teacher shared her worry with the DSL the same day, and it helped.\n")
    assert case.scenario.startswith("Sam's teacher shared her worry") and case.advice == ""


@pytest.mark.parametrize("heading", ["Example", "5. Case example"])
def test_the_documents_own_title_sets_no_case(heading: str) -> None:
    """A case whose own heading names no setting is not set in the document's title, the heading
    over everything; a section heading over it still sets it."""
    [case] = markdown_cases(f"# Sharing information about children\n\n## Getting help\n\nCall us.\n\n"
                            f"## {heading}\n\nKirsty is 13.\n\nWhat should happen: Tell social work.\n")
    assert case.setting == "" and case.scenario == "Kirsty is 13."
    [case] = markdown_cases(f"# Sharing information about children\n\n## In the youth club\n\n### {heading}\n\n"
                            "Kirsty is 13.\n\nWhat should happen: Tell social work.\n")
    assert case.setting == "In the youth club"


@pytest.mark.parametrize("heading", ["Practice in focus: a GP's dilemma", "Case spotlight: a GP's dilemma"])
def test_a_bulletins_practice_in_focus_is_one_case(heading: str) -> None:
    """A newsletter sets its one case under "Practice in focus" or "Case spotlight", not "Case study"."""
    [case] = markdown_cases(f"# Bulletin\n\n## {heading}\n\nDr S sees a girl of 15 with an older boyfriend.\n\n"
                            "What should Dr S do?\n\nShe shares her concern with the safeguarding lead.\n")
    assert case.setting == "a GP's dilemma" and case.scenario.startswith("Dr S sees")
    assert case.advice == "She shares her concern with the safeguarding lead."
