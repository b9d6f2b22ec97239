"""guidegraph myths and show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidegraph.answers import Answers
from guidegraph.cli import main
from guidegraph.entity_links import linked_entity
from guidegraph.errors import GuidegraphError
from guidegraph.evaluate import evaluate, load_questions

PUBLIC = Path(__file__).parent / "data" / "public.json"


def test_public_myths(answers: Answers) -> None:
    scores = evaluate(answers, {"myths": load_questions(PUBLIC)["myths"]})["myths"]
    assert scores["hit@1"] == 8


def test_every_myth_with_every_source(answers: Answers) -> None:
    myths = answers.myths()
    assert len(myths) == len({m["id"] for m in myths}) >= 5
    for myth in myths:
        assert myth["answer"] and myth["sources"]
        assert all({"document", "passage_id", "statement", "answer"} <= s.keys() for s in myth["sources"])


def test_a_practitioners_question_finds_the_myth_and_its_law(answers: Answers) -> None:
    myth = answers.myths("do I need the parents' permission?")[0]
    assert "consent" in myth["myth"].lower()
    assert {s["document"] for s in myth["sources"]} >= {"pan-cheshire-information-sharing-2023",
                                                         "surrey-information-sharing-2024"}
    assert "gdpr" in myth["legal_bases"]


@pytest.mark.parametrize("belief", ["I can't pass anything on until the mum has said yes",
                                    "we can't tell social care before dad says yes",
                                    "never pass on what you see in a home unless they give you the nod"])
def test_saying_yes_is_consent(answers: Answers, belief: str) -> None:
    assert "consent" in answers.myths(belief)[0]["myth"].lower()


def test_confidentiality_finds_the_myth_about_the_duty_of_confidence(answers: Answers) -> None:
    # one word to a reader, two stems ("confidenti", "confid") to the stemmer
    myth = answers.myths("patient confidentiality means a doctor can never disclose anything", limit=1)[0]
    assert "common law duty of confidence" in myth["myth"]



@pytest.mark.parametrize(("belief", "myth"), [
    ("the technology gets in the way", "IT Systems are often a barrier"),
    ("old computer systems are an obstacle to sharing", "IT Systems are often a barrier"),
    ("data protection gets in the way of sharing", "Data protection legislation is a barrier"),
    # "data rules" and "privacy rules" are what people call data protection law
    ("the new data rules mean we must lock everything away", "Data protection legislation is a barrier"),
    ("the shop manager is afraid the Information Commissioner would fine her if she told anyone",
     "Data protection legislation is a barrier"),
    ("the privacy rules mean the council keeps residents' details locked away",
     "Data protection legislation is a barrier"),
    # a barrier in an idiom: the law "ties our hands"
    ("our manager says the 2018 privacy law ties our hands when we're worried about a family",
     "Data protection legislation is a barrier"),
    ("under the privacy regulations nothing about a child can leave this building",
     "Data protection legislation is a barrier"),
    ("the logins and passwords for the council portal make it impossible to send anything",
     "IT Systems are often a barrier"),
    # who says it ("Repairs operative:", "Quiz true or false:") counts for little
    ("Leisure centre receptionist: under the privacy regulations nothing about a child can leave this building",
     "Data protection legislation is a barrier"),
])
def test_everyday_words_for_a_barrier_find_the_myth(answers: Answers, belief: str, myth: str) -> None:
    # the statements say "barrier" and "IT systems"; people say "gets in the way" and "technology"
    assert answers.myths(belief, limit=1)[0]["myth"].startswith(myth)


def test_cli_myths(built_output: Path) -> None:
    result = CliRunner().invoke(main, ["myths", "--out", str(built_output), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert all({"id", "myth", "answer", "sources", "legal_bases"} <= m.keys() for m in json.loads(result.stdout))
    text = CliRunner().invoke(main, ["myths", "is GDPR a barrier", "--out", str(built_output), "--limit", "1"])
    assert text.exit_code == 0 and text.stdout.startswith("MYTH: ")


def test_a_myth_is_headed_by_its_concepts_title_as_on_the_site(answers: Answers, built_output: Path) -> None:
    """The group's title is the belief's most typical wording (the site's); each source keeps its own."""
    [group] = answers.myths("is consent always needed to share personal information", limit=1)
    assert group["title"] == "Consent is needed to share personal information"
    assert {s["statement"] for s in group["sources"]} == {
        "Consent is needed to share personal information", "Consent is always needed to share personal information"}
    page = (built_output / "site" / "myths" / f"{group['id'].removeprefix('myth/')}.html").read_text(encoding="utf-8")
    assert f"<h1><span class=\"kicker\">Myth:</span> {group['title']}</h1>" in page
    text = CliRunner().invoke(main, ["myths", "is consent always needed", "--out", str(built_output), "--limit", "1"])
    assert text.stdout.splitlines()[0] == "MYTH: Consent is needed to share personal information"


def test_show_a_legal_basis_with_what_rests_on_it(built_output: Path) -> None:
    records = json.loads((built_output / "records.json").read_text(encoding="utf-8"))
    entity = linked_entity(records, "children-act-1989")
    assert entity["kind"] == "legal-bases"
    assert entity["links"]["case_examples"] and entity["links"]["myths"]
    by_iri = linked_entity(records, "http://www.legislation.gov.uk/id/ukpga/1989/41")
    assert by_iri["record"]["id"] == "children-act-1989"
    with pytest.raises(GuidegraphError):
        linked_entity(records, "no-such-thing")


def test_show_a_principle_with_each_documents_wording(built_output: Path) -> None:
    records = json.loads((built_output / "records.json").read_text(encoding="utf-8"))
    entity = linked_entity(records, "principle/caldicott-principles/1")
    assert entity["kind"] == "principle"
    assert {s["document"] for s in entity["links"]["statements"]} >= {"pan-cheshire-information-sharing-2023"}
    assert all(s["concept"] == "principle/caldicott-principles/1" for s in entity["links"]["statements"])


@pytest.mark.parametrize("ref", ["pan-cheshire-information-sharing-2023/s11/p1", "myth/consent-needed-share-personal",
                                 "principle/caldicott-principles/1",
                                 "case-example/cross-government-information-sharing-2005/4"])
def test_cli_show(built_output: Path, ref: str) -> None:
    result = CliRunner().invoke(main, ["show", ref, "--out", str(built_output)])
    assert result.exit_code == 0, result.output
    assert ref.split("/")[-1] in result.stdout


@pytest.mark.parametrize("belief", [
    "Anything the midwife writes down can't then be read by the health visitor",
    "Notes the probation officer keeps can't be used by the housing officer",
    # what a form was "filled in for" is what the information was collected for
    "The club's registration forms were filled in for membership, so they can't be passed on for anything else",
    # a dental practice is an agency, the council's children's team is children's social care
    "Records made at our dental practice can't be passed over to the council's children's team",
    # information named for health is the health service's, though "health" names no agency
    "medical info shouldn't get sent across to the nursery",
    "what health know about a family can't be shared with the school",
    # a service named by its field, and health's records named as records
    "medical notes can't be sent across to education",
    "health records must never end up with education",
])
def test_a_belief_about_one_services_information_reaching_another_finds_the_myth(answers: Answers,
                                                                                  belief: str) -> None:
    # two holders named, a role or an agency each: the belief is that what one collected cannot
    # be disclosed to another
    assert "collected" in answers.myths(belief)[0]["title"]


@pytest.mark.parametrize(("belief", "title"), [
    ("I'm 13. If I tell the school counsellor about my dad, she's not allowed to pass it on unless I say yes",
     "consent"),
    ("my granddaughter's dentist says what's on her registration form was only ever for the practice, so it "
     "can't go to the school nurse", "collected"),
    ("The SENCO told me every single referral needs a parent's signature first, even when she suspects the "
     "parent is the one causing the harm", "consent"),
])
def test_what_a_belief_claims_in_everyday_words(answers: Answers, belief: str, title: str) -> None:
    assert title in answers.myths(belief)[0]["title"].lower()


def test_a_belief_sharing_no_word_with_the_myth_finds_it_by_what_it_claims(answers: Answers) -> None:
    # nothing of "personal information collected by one organisation cannot be disclosed to another"
    # is said, but the purpose the details were taken for is
    belief = "The ward sister says the details were taken only to plan the discharge, so they can't be sent on"
    assert "collected" in answers.myths(belief)[0]["title"]


def test_two_holders_named_add_the_guidance_words_as_hints_only(answers: Answers) -> None:
    from guidegraph.myth_lookup import HANDED_WORDS, handed_between
    from guidegraph.query import parse

    two = handed_between(parse("what the GP knows can't go to the school"), answers.expander)
    assert set(HANDED_WORDS) <= set(two.words) and set(HANDED_WORDS) <= two.minor
    one = parse("the GP can't tell anyone")
    assert handed_between(one, answers.expander) == one
    # a field's word within a role's name names that role only
    visitor = parse("the health visitor can't tell the school")
    assert set(HANDED_WORDS) <= set(handed_between(visitor, answers.expander).words)
    alone = parse("the health visitor can't tell anyone")
    assert handed_between(alone, answers.expander) == alone


def test_leaving_a_decision_up_to_me_is_read_as_judgement(answers: Answers) -> None:
    """"Surely passing it on is up to me?": the guidance's word for what is left to a practitioner."""
    from guidegraph.analysis import words

    named = answers.expander.concepts_named
    assert "judgement" in named(tuple(words("surely passing a worry on is up to me")))
    assert "judgement" not in named(tuple(words("we passed a worry up to the lead")))
