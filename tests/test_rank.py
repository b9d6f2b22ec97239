"""Ranking data, on records made for each test."""

from __future__ import annotations

from guidegraph.rank import home_nation


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
