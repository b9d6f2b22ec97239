"""Myths in a partnership's corpus: the bundled guidance with local documents' myths beside it.

Many documents' myths put one belief in many wordings, and their answers in many more words:
the belief a question is about must still come first, as one concept.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import bundled_with_unseen

from guidegraph.answers import Answers

# local documents whose myths compete with the national ones: the same beliefs in other words
# (parents' permission before contacting social care or ringing children's services), and others
# (asking the parents first, keeping a child's secret, sharing with the school nurse, the Caldicott
# principles standing in the way)
LOCAL = ("council-webpage-related-aside", "early-years-sharing-policy", "gp-practice-confidentiality-policy",
         "school-data-protection-safeguarding-faq", "westmoor-health-isp-footnotes")


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Answers]:
    with Answers(bundled_with_unseen(tmp_path_factory.mktemp("myths-mixed"), LOCAL)) as opened:
        yield opened


def _concept_of(answers: Answers, statement: str) -> str:
    return next(m["id"] for m in answers.myths() if any(s["statement"] == statement for s in m["sources"]))


def test_asking_permission_before_getting_in_touch_is_the_consent_belief(answers: Answers) -> None:
    """"... before I contact children's social care", "... before we ring children's services": one
    concept with "Consent is always needed to share personal information", not three."""
    consent = _concept_of(answers, "Consent is always needed to share personal information")
    assert _concept_of(answers, "I need the parents' permission before I contact children's social care") == consent
    assert _concept_of(answers, "We must get permission from parents before we ring children's services") == consent


@pytest.mark.parametrize("belief", [
    "We need a signed consent form before we can tell children's social care",
    "We were told we need mum's written permission before we phone social services",
    "We need the young person's written permission before we can call social services",
    "Social care won't take my referral unless the parents have signed something",
])
def test_a_consent_belief_finds_the_consent_concept(answers: Answers, belief: str) -> None:
    top = answers.myths(belief, limit=1)[0]
    assert top["id"] == _concept_of(answers, "Consent is always needed to share personal information")


@pytest.mark.parametrize(("belief", "statement"), [
    # another myth's answer talks of reporting a safeguarding worry; this one's statement is the belief
    ("Is data protection legislation a good reason not to report a safeguarding worry?",
     "Data protection legislation is a barrier to sharing information"),
    # "social care" stands in another myth's statement, the belief in this one's
    ("The school can't give social care information it gathered for education purposes",
     "Personal information collected by one organisation/agency cannot be disclosed to another"),
    # "patient" and "never" stand in a consent myth's statement, the belief (confidentiality) in this one's
    ("a patient can never have their confidentiality broken",
     "The common law duty of confidence and the Human Rights Act 1998 prevent the sharing of personal information"),
    ("a patient's confidentiality means we can never pass anything on",
     "The common law duty of confidence and the Human Rights Act 1998 prevent the sharing of personal information"),
])
def test_the_belief_outweighs_the_words_of_other_myths_answers(answers: Answers, belief: str,
                                                                statement: str) -> None:
    assert answers.myths(belief, limit=1)[0]["id"] == _concept_of(answers, statement)


def test_the_best_wording_is_shown_and_the_concept_keeps_every_source(answers: Answers) -> None:
    top = answers.myths("I need the parents' permission before I contact children's social care", limit=1)[0]
    assert top["myth"] == "I need the parents' permission before I contact children's social care"
    assert len({s["document"] for s in top["sources"]}) >= 3


def test_a_topic_the_question_never_raises_counts_for_less(answers: Answers) -> None:
    # "tell the health visitor" stands in a data protection myth's statement, but the question says
    # nothing of data protection law: its belief is about how a worry is passed on
    top = answers.myths("We can only tell the health visitor things in writing", limit=1)[0]
    assert top["myth"] == "I can only share information in writing"


def test_of_a_concepts_wordings_the_one_stating_most_of_the_belief_comes_first(answers: Answers) -> None:
    # "consent", "needed", "share" and "personal information" stand in the national wording; only "health
    # record" and "share" in the local one, whose rarer words would outscore them
    top = answers.myths("Consent is needed to share personal information from a health record", limit=1)[0]
    assert top["myth"].endswith("needed to share personal information")
    # where the local wording states more, it comes first
    top = answers.myths("without the patient's agreement nothing from a health record can be shared", limit=1)[0]
    assert top["myth"] == "Information from a health record can never be shared without the patient's agreement"


@pytest.mark.parametrize("belief", [
    "A ward sister told me the NHS has eight confidentiality rules, so nothing about a patient can leave the ward",
    "Our eight health privacy principles mean I can't tell the school nurse what the GP knows",
])
def test_rules_counted_as_the_caldicott_principles_find_their_belief(answers: Answers, belief: str) -> None:
    """Eight rules are the Caldicott principles (the one set of eight): the belief that they stop
    sharing, not one about confidentiality, which the rules' other words name."""
    assert answers.myths(belief, limit=1)[0]["myth"] == "The Caldicott principles stop me sharing"
