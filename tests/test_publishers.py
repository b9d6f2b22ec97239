"""Whose guidance a question names: a publisher of the corpus's documents by its own name."""

from __future__ import annotations

import pytest
from helpers import bundled_with_unseen

from guidegraph.act_rules import ELSEWHERE_WEIGHT, seeds_of
from guidegraph.answers import Answers
from guidegraph.publishers import Publishers, own_words

RANK_DATA = {"publishers": {"gp-policy": "Oakfield Surgery", "gp-faq": "Oakfield Surgery",
                            "ico-faq": "Information Commissioner's Office", "nspcc-2015": "NSPCC Information Service",
                            "halton": "Halton Children and Young People Safeguarding Partnership",
                            "nursery": "Little Acorns Day Nursery"}}


@pytest.mark.parametrize(("publisher", "words"), [
    ("Oakfield Surgery", {"oakfield"}),
    ("NSPCC Information Service", {"nspcc"}),
    ("Information Commissioner's Office", set()),  # its kind alone: no name of its own
    ("Department for Education", set()),
    ("Halton Children and Young People Safeguarding Partnership", set()),  # Halton is a place, read as one
    ("Little Acorns Day Nursery", {"little", "acorns"}),
])
def test_a_publishers_own_words_are_neither_its_kind_nor_its_place(publisher: str, words: set[str]) -> None:
    assert own_words(publisher, frozenset({"halton"})) == words


@pytest.mark.parametrize(("question", "documents"), [
    ("Salaried GP at Oakfield Surgery: our practice policy says ... Which GMC guidance does it follow?",
     {"gp-policy", "gp-faq"}),
    ("What does Oakfield's policy say about consent?", {"gp-policy", "gp-faq"}),  # a possessive
    ("Does the NSPCC say I need consent?", {"nspcc-2015"}),
    ("Our nursery's little acorns group asked me for a child's notes.", set()),  # not written as a name
    ("Can the Information Commissioner fine us?", set()),
    ("What does the Halton guidance say?", set()),  # a place: `places` reads it
])
def test_a_question_names_the_documents_of_a_publisher_by_its_own_name(question: str, documents: set[str]) -> None:
    assert Publishers(RANK_DATA, frozenset({"halton"})).documents_named(question) == documents


class _Hit(dict):
    def __init__(self, fields: dict, score: float) -> None:
        super().__init__(fields)
        self.score = score


class _Results(list):
    terms = frozenset()


def test_hits_from_other_publishers_documents_seed_less() -> None:
    results = _Results([
        _Hit({"id": "passage:gp-policy/s1/p1", "kind": "passage", "document": "gp-policy",
              "data": {"cites": {"legal-basis:a": 1.0}}, "entities": "", "text": "x"}, 1.0),
        _Hit({"id": "passage:other/s1/p1", "kind": "passage", "document": "other",
              "data": {"cites": {"legal-basis:b": 1.0}}, "entities": "", "text": "x"}, 1.0),
        _Hit({"id": "legal-basis:c", "kind": "legal-basis", "document": "", "legal_bases": "c", "provisions": "",
              "data": {}, "entities": "", "text": "x"}, 1.0),
    ])
    weights = [seed.weight for seed in seeds_of(results, documents=frozenset({"gp-policy"}))]
    assert weights == [1.0, ELSEWHERE_WEIGHT, 1.0]  # an entry of the law is from no document
    assert [seed.weight for seed in seeds_of(results)] == [1.0, 1.0, 1.0]


@pytest.mark.parametrize(("title", "initials"), [
    ("0-18 years: guidance for all doctors (General Medical Council)", {"gmc"}),
    ("Protecting children and young people: the responsibilities of all doctors (General Medical Council, 2012)",
     {"gmc"}),
    ("Information Commissioner's Office - Data sharing code of practice", {"ico"}),
    ("Information Commissioner's Office: A 10 step guide to sharing information to safeguard children", {"ico"}),
    ("Confidentiality: NHS Code of Practice (Department of Health, November 2003)", {"doh", "dh"}),
    ("Co-operating to Safeguard Children (DHSSPS, Northern Ireland, 2003)", {"dhssps"}),
    ("Caldicott Principles (and Caldicott Guardians)", set()),
])
def test_a_guidance_documents_publisher_goes_by_its_initials(title: str, initials: set[str]) -> None:
    from guidegraph.guidance_answers import publisher_initials

    assert publisher_initials({"title": title}) == initials


def test_initialisms_are_words_of_two_capitals() -> None:
    from guidegraph.guidance_answers import initialisms_typed

    assert initialisms_typed("Which GMC guidance, the ICO's code or the DfE's? I asked a GP.") == {
        "gmc", "ico", "dfe", "gp"}


@pytest.fixture(scope="module")
def surgeries(tmp_path_factory: pytest.TempPathFactory) -> Answers:
    """The bundled corpus, two practices' policies citing different GMC guidance, and a few more local
    documents with myths of their own."""
    local = ("gp-practice-safeguarding-policy-word", "gp-practice-confidentiality-policy",
             "trust-safeguarding-policy-appendices", "council-webpage-related-aside",
             "seven-minute-briefing-numbered-boxes", "operation-encompass-schools")
    with Answers(bundled_with_unseen(tmp_path_factory.mktemp("surgeries"), local)) as opened:
        yield opened


def test_a_question_naming_the_publisher_lists_its_guidance_first(surgeries: Answers) -> None:
    question = ("Salaried GP at Oakfield Surgery: our practice policy says confidential information can go to social "
                "care without consent where protecting a child outweighs the duty owed to the patient. Which GMC "
                "guidance does it tell doctors to follow when deciding?")
    assert surgeries.which_act(question, limit=1)[0]["id"] == "gmc-0-18-years"
    # the GMC's, whoever's policy is asked about
    anyone = question.replace("Salaried GP at Oakfield Surgery: our", "GP: a")
    assert surgeries.which_act(anyone, limit=2)[0]["id"].startswith("gmc-")


@pytest.mark.parametrize(("belief", "myth"), [
    # Oakfield Surgery's policy: its receptionists' belief, not the consent myth "pass on" and
    # "worries about a child" also find
    ("I work on the front desk at Oakfield Surgery. Worries about a child are for the doctors and nurses to "
     "pass on, not for admin staff like me.", "Receptionists cannot raise safeguarding concerns"),
    # Westmere, a local area: the council page's belief about writing
    ("Westmere sports coach: I thought a concern only counts once it's on a form; I can't just phone it "
     "through to the duty service.", "I can only share information in writing"),
    # Hollowbrook, a publisher: its briefing's belief about Operation Encompass
    ("Key adult at a Hollowbrook school: the police will only send us a domestic abuse notification if they "
     "logged an offence, so last night's call-out where nothing was logged won't reach us.",
     "Schools can only be told if a crime has been recorded"),
])
def test_a_belief_put_to_a_named_publisher_or_area_is_found_in_its_documents(surgeries: Answers, belief: str,
                                                                             myth: str) -> None:
    assert surgeries.myths(belief, limit=1)[0]["myth"] == myth


def test_what_a_question_asks_of_is_a_publishers_documents_or_a_local_areas(surgeries: Answers) -> None:
    of_oakfield = surgeries._asked_of("Practice nurse at Oakfield Surgery: I can't tell anyone.")
    assert of_oakfield({"document": "gp-practice-safeguarding-policy-word", "jurisdictions": "england"})
    assert not of_oakfield({"document": "council-webpage-related-aside", "jurisdictions": "england,westmere"})
    of_westmere = surgeries._asked_of("Westmere sports coach: a concern only counts on a form.")
    assert of_westmere({"document": "council-webpage-related-aside", "jurisdictions": "england,westmere"})
    assert not of_westmere({"document": "gp-practice-safeguarding-policy-word", "jurisdictions": "england"})
    assert surgeries._asked_of("In England, must I always have consent?") is None  # a nation asks of no one
    assert surgeries._asked_of("Must I always have consent?") is None


@pytest.mark.parametrize(("question", "title", "named"), [
    ("Which ICO code lists what to check first?", "Information Commissioner's Office - Data sharing code of practice",
     True),
    ("What did the Information Commissioner publish on routine sharing?",
     "Information Commissioner's Office - Data sharing code of practice", True),
    ("Which booklet from the General Medical Council covers this?",
     "Confidentiality: good practice in handling patient information (General Medical Council, 2017)", True),
    # one capitalised word of the name is no name: "General" opens many sentences
    ("General advice on sharing: which code applies?",
     "Confidentiality: good practice in handling patient information (General Medical Council, 2017)", False),
    ("Which code covers police records?", "Information Commissioner's Office - Data sharing code of practice", False),
])
def test_a_question_names_the_publisher_a_title_names(question: str, title: str, named: bool) -> None:
    from guidegraph.guidance_answers import names_publisher_of

    assert names_publisher_of(question, title) is named


def test_the_code_of_the_publisher_named_comes_ahead_of_the_guidance_listed() -> None:
    from guidegraph.guidance_answers import publisher_named_first

    guidance = [{"id": "dca", "title": "Public Sector Data Sharing (Department for Constitutional Affairs, 2003)"}]
    law = [{"id": "dpa", "title": "Data Protection Act 2018"},
           {"id": "ico", "title": "Information Commissioner's Office - Data sharing code of practice"}]
    asked = "Which ICO code should a charity read before sharing?"
    assert [a["id"] for a in publisher_named_first(guidance, law, asked)] == ["ico", "dca", "dpa"]
    # no publisher named: the guidance, then the law, as they were
    assert [a["id"] for a in publisher_named_first(guidance, law, "Which code should a charity read?")] == [
        "dca", "dpa", "ico"]


def test_a_code_asked_for_by_its_publishers_name_comes_first(answers: Answers) -> None:
    # the question's other words find the passages citing the police's own code of practice first
    top = [r["id"] for r in answers.which_act("Which code of practice did the Information Commissioner write to "
                                              "help organisations share personal data well?")]
    assert top[0] == "ico-data-sharing-code-of-practice", top
