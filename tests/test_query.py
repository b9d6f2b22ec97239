"""query: reading the vocabulary's labels in what a person types."""

from __future__ import annotations

from typing import Any

from guidegraph.analysis import stem
from guidegraph.expansion import Expander, one_word_only
from guidegraph.query import MAX_ALTERNATIVES, parse, plan

SYNONYM = "https://w3id.org/guidegraph/id/synonym/"


def vocabulary(groups: dict[str, list[str]]) -> dict[str, Any]:
    """A vocabulary as the build writes it, of synonym concepts named after their first label."""
    written: list[dict[str, Any]] = []
    keys: dict[str, list[int]] = {}
    surfaces: dict[str, list[str]] = {}
    for name, labels in groups.items():
        stems = [[stem(word) for word in label.replace("-", " ").split()] for label in labels]
        for label, terms in zip(labels, stems, strict=True):
            keys.setdefault(" ".join(terms), []).append(len(written))
            surfaces.setdefault(" ".join(terms), []).append(label)
        written.append({"node": SYNONYM + name, "labels": sorted(stems)})
    return {"groups": written, "keys": keys, "surfaces": surfaces}


def alternatives(expander: Expander, text: str) -> set[tuple[str, ...]]:
    return {option.terms for unit in plan(parse(text), expander) for option in unit[1:]}


def test_a_hyphenated_label_with_a_question_word_is_that_word_only_hyphenated() -> None:
    # "say-so" is consent; "do I need to say so" asks whether to mention something
    expander = Expander(vocabulary({"consent": ["consent", "say-so", "go-ahead"]}))
    assert ("consent",) in alternatives(expander, "whose say-so do I need?")
    assert ("consent",) in alternatives(expander, "we can't share without the family's say-so")  # the last word
    assert ("consent",) not in alternatives(expander, "do I need to say so?")
    assert ("consent",) in alternatives(expander, "can I go ahead?")  # no question word: one sense apart too
    assert one_word_only("say-so") and one_word_only("need-know")
    assert not one_word_only("well-being") and not one_word_only("say so") and not one_word_only("need-know basis")


def test_a_word_of_many_labels_keeps_its_concepts_own_words() -> None:
    # "assault" is a crime and violence: of their many labels, the guidance's word of each is kept
    crime = ["crime", "assault", *(f"a{letter}" for letter in "bcdefghijklmnopqrstuvw")]
    expander = Expander(vocabulary({"crime": crime, "violence": ["violence", "assault"]}))
    found = alternatives(expander, "assault")
    assert len(found) == MAX_ALTERNATIVES and {("crime",), ("violenc",)} <= found


def test_words_that_point_back_or_compare_count_as_question_words() -> None:
    # "children like these", "on his own", "such cases": they say nothing of what is asked, and a
    # passage saying "These are applicable to ... has its own Caldicott Guardian" must not win by them
    from guidegraph.query import parse

    parsed = parse("Which law puts a duty on the council to help children like these, raised on his own?")
    assert {"these", "like", "own"} <= parsed.minor
    assert not {"duty", "council", "children"} & parsed.minor


def test_every_form_of_know_counts_as_a_question_word() -> None:
    # "without his dad knowing" says no more of the topic than "without his dad to know"
    from guidegraph.query import parse

    parsed = parse("Can I refer him without his dad knowing, now that the school knows?")
    assert {"knowing", "knows"} <= parsed.minor
    assert not {"refer", "dad", "school"} & parsed.minor


def test_a_particle_standing_alone_counts_as_a_question_word() -> None:
    # "up" and "round" say nothing of the topic; "out" and "back" carry it ("kicked out", "heard back")
    from guidegraph.query import parse

    parsed = parse("He turned up late and hung round the office after she was kicked out, and we never heard back")
    assert {"up", "round"} <= parsed.minor
    assert not {"out", "back", "turned", "office", "kicked"} & parsed.minor


def test_the_light_verbs_of_a_story_count_as_question_words() -> None:
    from guidegraph.query import parse

    parsed = parse("A lad came to me upset; it seems his stepdad hits him when it happens to rain")
    assert {"came", "seems", "happens"} <= parsed.minor
    assert not {"upset", "stepdad", "hits", "rain"} & parsed.minor


def test_pronouns_that_name_no_one_count_as_question_words() -> None:
    from guidegraph.query import parse

    parsed = parse("Nobody told everyone, so everything the childminder saw went nowhere")
    assert {"nobody", "everyone", "everything"} <= parsed.minor
    assert not {"told", "childminder", "saw"} & parsed.minor


def test_words_of_time_order_amount_and_worth_count_as_question_words() -> None:
    # they say when, how much or whether to ask, not what: a passage holding "after", "all" or "worth"
    # and nothing else of the question must not win by them
    from guidegraph.query import parse

    parsed = parse("Since the visit, all the bruising has faded; is it worth telling the GP after all, "
                   "or does that mean waiting until school, while she heals?")
    assert {"since", "all", "worth", "after", "mean", "until", "while"} <= parsed.minor
    assert not {"visit", "bruising", "faded", "telling", "gp", "waiting", "school", "heals"} & parsed.minor
    assert "once" not in parse("once consent is given, who may see it?").minor  # what may be asked
    parsed = parse("She rang last week, again yesterday and today, and lately weeks go by with no reply")
    assert {"last", "week", "yesterday", "today", "lately", "weeks"} <= parsed.minor
    assert not {"rang", "again", "reply"} & parsed.minor
    parsed = parse("Which is the most urgent: more bruising, or a less settled mood with the least sleep?")
    assert {"most", "more", "less", "least"} <= parsed.minor
    assert not {"urgent", "bruising", "settled", "mood", "sleep"} & parsed.minor


def test_a_sentence_in_single_quotes_is_a_phrase_and_its_words_still_count() -> None:
    quoted = parse("'The power to disclose is central to the Act's partnership approach.' Which Act?")
    assert quoted.phrases == (("power", "disclos", "central", "act", "partnership", "approach"),)
    assert {"power", "disclose", "partnership"} <= set(quoted.words)  # quoted from memory, the words still find it


def test_apostrophes_and_quoted_terms_are_no_quoted_sentence() -> None:
    assert parse("the parents' consent and the kids' school").phrases == ()
    assert parse("writing a pupil off as 'lacking capacity'").phrases == ()  # a term, not a sentence
