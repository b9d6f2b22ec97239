"""Ranking data and the reason line of which-act, on records and sentences made for each test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from guidegraph.analysis import analyse
from guidegraph.rank import contains, home_nation
from guidegraph.reasons import best_sentence


def _documents(*jurisdictions: list[str]) -> dict[str, list[dict]]:
    return {"documents": [{"id": f"d{n}", "jurisdictions": j} for n, j in enumerate(jurisdictions)]}


def test_the_home_nation_is_where_most_documents_apply() -> None:
    assert home_nation(_documents(["England"], ["England"], ["Scotland"])) == "england"
    # a UK-wide document applies in each nation, so it decides nothing alone
    assert home_nation(_documents(["UK"], ["Scotland"], ["Scotland"])) == "scotland"


def test_a_corpus_of_several_nations_has_no_home() -> None:
    assert home_nation(_documents(["England"], ["Scotland"])) is None
    assert home_nation(_documents(["England"], ["Wales"], ["Scotland"])) is None  # none has more than half
    assert home_nation(_documents(["UK"])) is None
    assert home_nation(_documents()) is None


TERMS = set(analyse("Can the police have the school's records?"))
NAMES = ["Children Act 1989", "section 47"]


def test_the_reason_names_the_law_rather_than_telling_a_story() -> None:
    story = "The police arrive at the school and ask for the boy's records."
    law = "Section 47 of the Children Act 1989 places a duty on local authorities to make enquiries."
    assert best_sentence([f"{story} {law}"], TERMS, NAMES) == law


def test_the_reason_is_a_whole_sentence() -> None:
    """Not a list item's tail, a footnote or a reference, though they share the question's words."""
    whole = "Schools must share records with the police where a child is at risk under the Children Act 1989."
    for part in ("are asked by the police for a school's records under the Children Act 1989",
                 "3 Section 47, Children Act 1989, police and school records.",
                 "Police and schools (2019) Records and the Children Act 1989",
                 "(Children Act 1989 duty: police and school records)."):
        assert best_sentence([part, whole], TERMS, NAMES) == whole


@given(st.lists(st.sampled_from("abc"), max_size=8), st.lists(st.sampled_from("abc"), max_size=4).map(tuple))
def test_contains_finds_a_name_word_for_word_wherever_it_stands(words: list[str], name: tuple[str, ...]) -> None:
    assert contains(words, name) == any(tuple(words[i : i + len(name)]) == name
                                        for i in range(len(words) - len(name) + 1))


def test_contains_needs_the_whole_name_in_order() -> None:
    words = analyse("the police asked under the crime and disorder act")
    assert contains(words, tuple(analyse("Crime and Disorder Act")))
    assert not contains(words, tuple(analyse("Disorder Crime Act")))
    assert not contains(words[:-1], tuple(analyse("Crime and Disorder Act"))), "a name cut off at the end"
