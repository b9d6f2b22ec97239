"""Principle sets: the bundled corpus, then list styles and counts the corpus does not have."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import bundled_by_slug, segmented_fixture

from guidegraph.extract.principles import (
    PrincipleSet,
    Rule,
    align,
    announced_count,
    find_principles,
    load_principle_sets,
    normalise,
)
from guidegraph.model import SegmentedDocument

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def fixture(name: str) -> SegmentedDocument:
    return segmented_fixture(FIXTURES / name)


@pytest.fixture(scope="module")
def corpus() -> dict[str, SegmentedDocument]:
    return bundled_by_slug()


def sets_found(doc: SegmentedDocument) -> Counter[str]:
    return Counter(s.set_id for s in find_principles(doc)[0])


# ---------------------------------------------------------------------------------------------
# The bundled corpus


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("pan-cheshire-information-sharing-2023",
         {"seven-golden-rules": 7, "caldicott-principles": 8, "information-sharing-principles": 7}),
        ("halton-information-sharing", {"seven-golden-rules": 7}),
        ("surrey-information-sharing-2024", {"seven-golden-rules": 7}),
        ("cross-government-information-sharing-2005", {"key-principles-2005": 8}),
        ("nspcc-information-sharing-2015", {}),
    ],
)
def test_corpus_principle_sets(corpus: dict[str, SegmentedDocument], slug: str, expected: dict) -> None:
    assert dict(sets_found(corpus[slug])) == expected


def test_golden_rules_align_to_seven_rules_across_documents(corpus: dict[str, SegmentedDocument]) -> None:
    statements = [s for doc in corpus.values() for s in find_principles(doc)[0]
                  if s.set_id == "seven-golden-rules"]
    assert len(statements) == 21
    by_rule: dict[int, set[str]] = {}
    for s in statements:
        by_rule.setdefault(s.number, set()).add(s.document)
    assert sorted(by_rule) == list(range(1, 8))
    assert all(len(docs) == 3 for docs in by_rule.values())
    keep_record = [s for s in statements if s.number == 7]
    assert all(s.text.startswith("Keep a record") for s in keep_record)


def test_statements_carry_their_evidence(corpus: dict[str, SegmentedDocument]) -> None:
    doc = corpus["halton-information-sharing"]
    passage_ids = {p.id for p in doc.passages}
    statements = find_principles(doc)[0]
    assert all(s.passage_id in passage_ids and s.line > 0 for s in statements)
    assert statements[0].text.startswith("Remember that the Data Protection Act 1998")


def test_information_sharing_principles_keep_their_names(corpus: dict[str, SegmentedDocument]) -> None:
    statements = [s for s in find_principles(corpus["pan-cheshire-information-sharing-2023"])[0]
                  if s.set_id == "information-sharing-principles"]
    names = [s.text.split(" - ")[0] for s in statements]
    assert names == ["Necessary and proportionate", "Relevant", "Adequate", "Accurate", "Timely",
                     "Secure", "Record"]


def test_golden_rule_continued_over_a_page_break_is_one_statement(
    corpus: dict[str, SegmentedDocument],
) -> None:
    rule4 = next(s for s in find_principles(corpus["pan-cheshire-information-sharing-2023"])[0]
                 if s.set_id == "seven-golden-rules" and s.number == 4)
    assert "might not expect information to be shared" in rule4.text


def test_caldicott_seven_that_are_eight_is_a_finding(corpus: dict[str, SegmentedDocument]) -> None:
    statements, findings = find_principles(corpus["pan-cheshire-information-sharing-2023"])
    assert [(f.set_id, f.announced, f.listed) for f in findings] == [("caldicott-principles", 7, 8)]
    assert findings[0].heading == "The Seven Caldicott Principles"
    assert findings[0].passage_id in {s.passage_id for s in statements if s.set_id == "caldicott-principles"}


def test_no_findings_where_counts_agree(corpus: dict[str, SegmentedDocument]) -> None:
    for slug in ("halton-information-sharing", "surrey-information-sharing-2024",
                 "cross-government-information-sharing-2005"):
        assert find_principles(corpus[slug])[1] == []


# ---------------------------------------------------------------------------------------------
# Layouts the corpus does not have


def test_golden_rules_in_another_wording_and_bullet_style() -> None:
    statements, findings = find_principles(fixture("golden-rules-bullets.txt"))
    assert [s.number for s in statements] == list(range(1, 8))
    assert {s.set_id for s in statements} == {"seven-golden-rules"}
    assert statements[2].text == "Seek advice from your manager if you are in any doubt about sharing."
    assert findings == []


def test_reordered_rules_align_by_keywords_not_position() -> None:
    statements, _ = find_principles(fixture("golden-rules-reordered.txt"))
    by_text = {s.text.split()[0]: s.number for s in statements}
    assert by_text == {"Keep": 7, "Consider": 5, "Remember": 1, "Be": 2, "Seek": 3, "Share": 4,
                       "Necessary,": 6}


def test_caldicott_list_shorter_than_its_heading_is_a_finding() -> None:
    statements, findings = find_principles(fixture("caldicott-six.txt"))
    assert len(statements) == 6
    assert [(f.set_id, f.announced, f.listed, f.heading) for f in findings] == [
        ("caldicott-principles", 8, 6, "The Eight Caldicott Principles")]


def test_lists_without_a_set_name_are_ignored() -> None:
    doc = fixture("case-studies.html")
    assert find_principles(doc) == ([], [])


# ---------------------------------------------------------------------------------------------
# Parts


@pytest.mark.parametrize(
    ("heading", "count"),
    [("The Seven Caldicott Principles", 7), ("7 Golden Rules for Information Sharing", 7),
     ("provides seven golden rules for information sharing;", 7), ("Caldicott principles", None),
     ("The twelve rules", 12)],
)
def test_announced_count(heading: str, count: int | None) -> None:
    assert announced_count(heading, frozenset({"principles", "rules"})) == count


def test_align_keeps_position_when_keywords_agree() -> None:
    pset = PrincipleSet("x", ("x rules",), (Rule(1, ("alpha",)), Rule(2, ("beta",)), Rule(3, ("gamma",))))
    assert align(pset, ["alpha one", "beta two", "gamma three"]) == [1, 2, 3]
    assert align(pset, ["gamma three", "alpha one", "beta two"]) == [3, 1, 2]
    assert align(pset, ["nothing", "at", "all"]) == [1, 2, 3]


def test_principle_sets_come_from_the_ontology() -> None:
    sets = {s.id: s for s in load_principle_sets()}
    assert {"seven-golden-rules", "caldicott-principles", "information-sharing-principles",
            "key-principles-2005"} <= set(sets)
    assert len(sets["seven-golden-rules"].rules) == 7
    assert "golden rules" in sets["seven-golden-rules"].names
    assert normalise("**Seven** Golden-Rules") == "seven golden rules"


def test_golden_rules_2024_wording_aligns_consent_and_advice_to_their_rules() -> None:
    """The 2024 edition (HM Government, OGL) rewrites the rules and swaps consent and advice."""
    statements, findings = find_principles(fixture("golden-rules-2024.md"))
    numbers = [s.number for s in statements if s.set_id == "seven-golden-rules"]
    assert numbers == [1, 2, 4, 3, 5, 6, 7]
    assert not findings


def test_align_moves_only_a_closed_exchange() -> None:
    first, second = "a long phrase for the first rule", "a long phrase for the second rule"
    rules = (Rule(1, (first,)), Rule(2, (second,)), Rule(3, ("gee",)), Rule(4, ("dee",)))
    pset = PrincipleSet("s", ("s",), rules)
    assert align(pset, [first, second, "dee", "gee"]) == [1, 2, 4, 3]
    assert align(pset, [first, second, "dee", "nothing"]) == [1, 2, 3, 4]  # rule 4's item stays put


def test_seven_key_questions_are_their_own_set_not_the_2005_principles() -> None:
    """The lead-in names "key principles" in passing, but counts "seven key questions"."""
    statements, _ = find_principles(fixture("seven-key-questions.md"))
    assert [(s.set_id, s.number) for s in statements] == [("seven-key-questions", n) for n in range(1, 8)]


def test_rules_as_headings_each_over_its_paragraph() -> None:
    """A partnership page that gives each 2024 golden rule a "RULE n" heading of its own."""
    statements, _ = find_principles(fixture("golden-rules-headings.txt"))
    assert [(s.set_id, s.number) for s in statements] == [
        ("seven-golden-rules", 1), ("seven-golden-rules", 2), ("seven-golden-rules", 4)]
    assert statements[2].text.startswith("You do not need consent")


def test_a_poster_title_broken_over_lines_still_names_the_set() -> None:
    """"OUR 7 GOLDEN RULES / FOR SHARING / INFORMATION" is read as three short items of one passage,
    then a paragraph, then "RULE n" headings: the title is one lead-in passage, not three."""
    from test_extract_unseen import markdown

    rules = ["Keep a record: write down what you shared and why.",
             "The child comes first: protection from abuse takes priority over privacy.",
             "Be honest with families: be open and honest about what you will share.",
             "Ask for help: seek advice from the welfare officer."]
    text = "# Club poster\n\nOUR 7 GOLDEN RULES\nFOR SHARING\nINFORMATION\n\nEvery coach must follow these.\n\n"
    text += "".join(f"## RULE {n} - {rule.split(':')[0]}\n\n{rule.split(': ')[1]}\n\n"
                    for n, rule in enumerate(rules, 1))
    principles, _ = find_principles(markdown(text))
    assert [(p.set_id, p.number) for p in principles] == [
        ("seven-golden-rules", 7), ("seven-golden-rules", 1), ("seven-golden-rules", 2), ("seven-golden-rules", 3)]


def test_items_named_by_one_word_rules_are_the_set_without_its_name_above() -> None:
    """"Relevant: ...", "Timely: ..." under "Principles to follow": each item's leading name is a
    rule of the information sharing principles, though the heading does not name the set."""
    from test_extract_unseen import markdown

    doc = markdown("# Prevent\n\n## 7. Principles to follow\n\n1. Necessary and proportionate: share only what is "
                   "needed.\n2. Relevant: share what bears on the concern.\n3. Adequate: share enough.\n"
                   "4. Accurate: say what is fact.\n5. Timely: do not delay.\n6. Secure: use secure email.\n"
                   "7. Recorded: record what you shared.\n")
    principles, _ = find_principles(doc)
    assert [(p.set_id, p.number) for p in principles] == [("information-sharing-principles", n) for n in range(1, 8)]
    # the words alone, with no name leading each item, are not enough
    doc = markdown("# Notes\n\n- Share what is relevant.\n- Keep it accurate.\n- Be timely.\n- Keep it secure.\n")
    assert find_principles(doc)[0] == []
