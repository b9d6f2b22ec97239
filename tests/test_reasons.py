"""The reason line of which-act (reasons): the sentence saying why a law answers."""

from __future__ import annotations

from guidegraph.analysis import analyse
from guidegraph.answers import Answers
from guidegraph.reasons import best_sentence, best_sentence_at, explains

TERMS = set(analyse("Can the police have the school's records?"))
NAMES = ["Children Act 2004", "section 11"]


def test_a_sentence_saying_what_the_law_does_explains_it() -> None:
    assert explains("Section 11 of the Children Act 2004 places a duty on key people and bodies.", NAMES)
    assert explains("Schools share records under the Children Act 2004.", NAMES)  # done under it
    # named in passing, listed among other Acts, or not named at all
    assert not explains("There has been public debate stimulated by the Children Act 2004.", NAMES)
    assert not explains("e.g. duties under the Children Act 1989, Children Act 2004, and the Crime and "
                        "Disorder Act 1998.", NAMES)
    assert not explains("The police have a duty to keep records.", NAMES)


def test_the_laws_own_name_is_no_effect() -> None:
    """"right to know" names the Domestic Violence Disclosure Scheme: it says nothing of what it does."""
    assert not explains("This is known as 'right to know'.", ["Domestic Violence Disclosure Scheme", "right to know"])


def test_of_two_sentences_naming_the_law_the_one_saying_what_it_does_wins() -> None:
    passing = "There has been public debate about the police stimulated by the Children Act 2004."
    acting = "Section 11 of the Children Act 2004 places a duty on the police to safeguard children."
    assert best_sentence([passing, acting], TERMS, NAMES) == acting
    assert best_sentence_at([passing, acting], TERMS, NAMES, only_explaining=True)[:2] == (acting, 1)


def test_a_reason_naming_the_law_only_in_passing_is_taken_from_a_passage_saying_what_it_does(
        answers: Answers) -> None:
    # the hits reach the Children Act 2004 through a list of the police bodies section 11 binds, and
    # a passage naming the Act only as what stimulated public debate
    bases = {b["id"]: b for b in answers.which_act("Can the police get a child's GP records?", limit=5)}
    reason = bases["children-act-2004"]["reason"]
    assert "public debate" not in reason
    assert "Children Act 2004" in reason and explains(reason, ["Children Act 2004"]), reason
    # the passage the reason comes from is shown as evidence
    assert any(reason in e["text"] for e in bases["children-act-2004"]["evidence"])


def test_a_sentence_closing_on_a_year_ends_though_the_next_lost_its_capital() -> None:
    from guidegraph.reasons import sentences_of

    text = ("The arrangements may be Private Fostering as defined in the Children Act 1989. children's social "
            "care have a duty to visit any child. See e.g. the leaflet, s. 47 and para. 3.")
    assert [s for s, _ in sentences_of(text)] == [
        "The arrangements may be Private Fostering as defined in the Children Act 1989.",
        "children's social care have a duty to visit any child.", "See e.g. the leaflet, s. 47 and para. 3."]
