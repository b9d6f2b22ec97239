"""One concept per myth: the statements of one belief grouped across documents, whatever their wording."""

from __future__ import annotations

from itertools import permutations

import pytest
from helpers import unseen_myths

from guidegraph.extract.myth_concepts import cluster, concept_slug, content_words, similarity, typical_statement


def claims(statement: str) -> set[str]:
    return {w for w in content_words(statement) if w.startswith("=")}


# ---------------------------------------------------------------------------------------------
# Normalisation


@pytest.mark.parametrize(
    ("one", "other"),
    [("Consent is required to share", "consent is needed to share"),
     ("I need the parents' permission to share", "I need the parent's agreement to share"),
     ("The UK GDPR stops me sharing", "data protection law stops me sharing"),
     ("The Data Protection Act 2018 is a barrier to sharing", "GDPR is a barrier to sharing"),
     ("The duty of confidentiality is absolute", "the common law duty of confidence is absolute"),
     ("Health records are confidential", "health records are confidentiality"),
     ("Disclosing records", "shares record"), ("making a referral", "making a report"),
     ("I must tell the family first", "It is necessary to inform the parents first"),
     ("You don't need consent", "you do not need consent")],
)
def test_one_word_for_the_vocabulary_of_a_belief(one: str, other: str) -> None:
    assert content_words(one) == content_words(other)


@pytest.mark.parametrize(
    "statement",
    ["Consent is always needed to share personal information", "Do I need consent to report?",
     "You can only share information with the parents' permission", "Can I share information without consent?",
     "Sharing information is not allowed without consent", "I can't share without the family's agreement",
     "I need a parent's consent before making a referral",
     # waiting on the parents' say-so in everyday words
     "The club can't say a word to anyone until her parents have signed to say it's all right",
     "Mum would have to sign something before they could mention his teeth to anyone",
     "I was taught never to pass on what I see unless they give me the nod",
     # consent refused, which the belief says ends the matter
     "Because the mum-to-be said no, the antenatal team can never tell children's services",
     "You told social services what I said to the health visitor - isn't that against the law when I never said yes?",
     "Is it true that no detail about a household may travel to another agency until the household has said yes?"],
)
def test_statements_and_questions_of_the_consent_belief(statement: str) -> None:
    assert claims(statement) == {"=consent:restricts"}


@pytest.mark.parametrize(
    ("statement", "claim"),
    [("Data protection law prevents me sharing", "=dataprotection:restricts"),
     ("Does GDPR stop me sharing?", "=dataprotection:restricts"),
     ("The Data Protection Act prohibits disclosure", "=dataprotection:restricts"),
     ("Is the duty of confidentiality absolute?", "=confidentiality:restricts"),
     ("Sharing information is a breach of confidence", "=confidentiality:restricts"),
     ("Information given in confidence can never be passed on", "=confidentiality:restricts"),
     # everyday names of the law, and the penalty feared as the rule
     ("The new data law means she mustn't mention the boy", "=dataprotection:restricts"),
     ("She is afraid the Information Commissioner would fine her if she told social services",
      "=dataprotection:restricts"),
     ("I'd get into trouble under GDPR if I rang social care", "=dataprotection:restricts"),
     # "the privacy law" is what people call data protection law; a building left is information shared
     ("Under the privacy legislation, nothing about a child leaves this building, full stop",
      "=dataprotection:restricts"),
     ("Will I break the data protection rules if I pass a concern to another agency?", "=dataprotection:restricts"),
     # the guidance answers privacy rights with the duty of confidence and Article 8
     ("The tenant's privacy rights mean she can't tell the school what she saw", "=confidentiality:restricts"),
     ("The Human Rights Act prevents sharing", "=confidentiality:restricts"),
     # information kept to the purpose it was collected for
     ("Personal information collected by one agency cannot be disclosed to another", "=collected:restricts"),
     ("The details were taken only to plan the discharge, so they can't be sent on", "=collected:restricts"),
     ("What he said in therapy was gathered only for his treatment, so none of it can go anywhere",
      "=collected:restricts"),
     ("The forms were filled in for membership, so we can't pass them on for any other reason",
      "=collected:restricts"),
     ("Prescription details taken to dispense medicine can't go to any other service", "=collected:restricts"),
     ("The addresses families gave us for their vouchers can't go anywhere else", "=collected:restricts"),
     ("The details were taken to run bookings, so the law won't let them go to children's services",
      "=collected:restricts"),
     ("They were for the club's use only, so we're never allowed to hand them on", "=collected:restricts"),
     ("Housing can't pass on anything a tenant told them when they applied for a flat", "=collected:restricts"),
     # a rule with no exceptions is one that stands in the way
     ("Under the privacy regulations nothing about a patient is to leave this building. No exceptions.",
      "=dataprotection:restricts"),
     ("We're waiting for the council's new shared database before we start telling each other anything",
      "=itsystems:restricts")],
)
def test_what_a_law_is_said_to_do_to_sharing(statement: str, claim: str) -> None:
    assert claims(statement) == {claim}


def test_a_negated_statement_claims_the_opposite_but_a_question_does_not() -> None:
    assert claims("Consent is not needed to share information") == {"=consent:permits"}
    assert claims("I can share without consent") == {"=consent:permits"}
    assert claims("GDPR does not prevent sharing") == {"=dataprotection:permits"}
    assert claims("Data protection law isn't a barrier to sharing") == {"=dataprotection:permits"}
    assert claims("Can I share without consent?") == claims("Do I need consent to share?") == {"=consent:restricts"}


@pytest.mark.parametrize(
    "statement",
    ["I need the parents' permission before I contact children's social care",
     "We must get permission from parents before we ring children's services",
     "I need the parents' consent before I tell the DSL",
     "We cannot tell the LADO about a staff member without their permission",
     # "go to" is sharing, "unless she agrees" waits on consent
     "Nothing can go to social care unless she agrees",
     "I cannot share anything until the family has agreed"],  # "until" waits on consent as "unless" does
)
def test_getting_in_touch_that_waits_on_consent_is_the_consent_belief(statement: str) -> None:
    assert claims(statement) == {"=consent:restricts"}


def test_no_claim_without_a_topic_or_without_sharing() -> None:
    assert claims("Personal information cannot be disclosed to another organisation") == set()
    assert claims("I must always tell the parents before I share") == set()
    assert claims("Children under 13 cannot consent to sharing") == set()  # who can consent: another belief
    assert claims("Consent is one lawful basis") == set()
    assert claims("We need the parent's consent before we can see the flag") == set()  # seeing is no sharing
    assert claims("Do I have to tell her parents?") == set()
    # a child taken to hospital is no information taken for a purpose
    assert claims("The boy was taken to hospital and we cannot tell anyone") == set()
    # a break taken is no rule broken
    assert claims("Can I take a break from the data protection training before I share?") == set()


def test_it_systems_are_a_topic_a_belief_claims_something_of() -> None:
    # "our computers are too old ..., so sharing isn't possible" is the belief that IT systems are a
    # barrier, whatever records and agencies it names; the myth of information collected by one
    # organisation claims nothing of a topic
    assert claims("IT systems are a barrier to sharing") == {"=itsystems:restricts"}
    assert claims("Our computers are too old to send records to other agencies, so sharing just isn't possible") \
        == {"=itsystems:restricts"}
    assert claims("Our case management software can't send anything to the police") == {"=itsystems:restricts"}
    assert claims("The surgery and the school use different record systems, so swapping anything is a non-starter") \
        == {"=itsystems:restricts"}
    assert claims("Our computer systems don't link up with the other agencies, so sharing just isn't practical") \
        == {"=itsystems:restricts"}
    assert claims("IT systems can be useful for information sharing") == set()


def test_same_claim_is_one_belief_different_claims_are_not() -> None:
    def sim(a: str, b: str) -> float:
        return similarity(content_words(a), content_words(b))

    assert sim("Do I need consent to report?", "Sharing between agencies is not allowed without consent") == 1.0
    assert sim("GDPR prevents sharing in an emergency", "Data protection law is a barrier") == 1.0
    assert sim("Consent is needed to share", "Consent is not needed to share") == 0.0
    assert sim("Consent is needed to share", "Data protection law prevents sharing") == 0.0
    assert sim("Consent is needed to share", "Consent is needed to share") == 1.0


def test_concept_named_by_a_statement_before_a_question_and_by_the_most_used_wording() -> None:
    statements = ["Can I share without consent?", "You only share with consent", "Consent is needed to share",
                  "You only share with consent"]
    assert set(cluster(statements)) == {concept_slug("you only share with consent")}


# The IT belief in three wordings: the last is 0.8 like each of the others, they 0.67 like each
# other, so it is the typical one, though it is the longest and not first alphabetically.
IT_WORDINGS = ["Effective information sharing is blocked by IT systems",
               "Personal information sharing is blocked by IT systems",
               "IT systems are often a barrier to the sharing of information"]


def test_a_concept_is_titled_by_its_most_typical_wording() -> None:
    assert len(set(cluster(IT_WORDINGS))) == 1
    assert typical_statement(IT_WORDINGS) == "IT systems are often a barrier to the sharing of information"


def test_a_wording_several_sources_share_is_the_more_typical() -> None:
    twice = [IT_WORDINGS[0], *IT_WORDINGS]
    assert typical_statement(twice) == "Effective information sharing is blocked by IT systems"


def test_among_wordings_of_one_claim_the_one_sharing_most_words_with_the_others() -> None:
    # all five claim "=consent:restricts", so all are alike by `similarity`: not the shortest,
    # a question narrower than the belief, but the wording most of the others' words are in
    wordings = ["Sharing information is not allowed without consent", "Can I share information without consent?",
                "Consent is always required to share information", "Do I need consent to report?",
                "You always need consent to share information"]
    assert len(set(cluster(wordings))) == 1
    assert typical_statement(wordings) == "You always need consent to share information"


@pytest.mark.parametrize("order", list(permutations(range(3))))
def test_the_title_does_not_depend_on_the_order_of_documents(order: tuple[int, ...]) -> None:
    assert typical_statement([IT_WORDINGS[i] for i in order]) == IT_WORDINGS[2]
    # the same words: the shortest, then the first alphabetically, names the concept
    tied = ["Consent is needed to share", "You need consent to share", "You must consent to share"]
    assert typical_statement([tied[i] for i in order]) == "You must consent to share"


# ---------------------------------------------------------------------------------------------
# Documents the corpus does not have

UNSEEN_GROUPS = {
    "data-protection-legislation-barrier": [
        "Data protection law does not allow me to share information with the police",  # round 34's GOV.WALES page
        "Data protection law is a barrier to sharing information",
        "Data protection law is a barrier to sharing information",  # round 27's PDF myth buster
        "Data protection law means I can’t share a child’s health information",  # round 32's Outlook bulletin
        "Data protection law means volunteers cannot share anything about a young person",  # round 16's youth club quiz
        "Data protection law prevents me from sharing information about a family",  # round 28's LibreOffice table
        "Data protection law prevents me sharing information in an emergency",
        "Data protection law stops me passing on a concern about a pupil",  # round 11's Word policy
        "Data protection law stops me sharing information",
        "Data protection law stops me sharing information about a child",  # round 37's LocalGov Drupal guide page
        "Data protection law stops me sharing information about a child",  # the council page saved as .mhtml
        "Data protection law stops me sharing information about a child",  # the Whinmoor leaflet's box (.rtf)
        "Data protection law stops me sharing information about a child with another agency",  # round 31's wiki
        "Data protection law stops me sharing information with other agencies",  # round 21
        "Data protection law stops me sharing information with other agencies",  # round 34's Wix page
        "Data protection law stops me sharing information with other agencies",  # the Outlook .msg bulletin's myth
        "Data protection law stops me sharing information with the police",  # round 27's Word briefing
        "Data protection law stops schools telling the Prevent team about a pupil's online activity",
        # round 35's Word policy
        "Data protection law stops the nursery sharing information with children’s social care",
        "Data protection law stops us passing on information about a pupil",  # round 45's boarding school's box
        "Data protection law stops you from sharing information about a child at risk",  # round 15, in running text
        "Data protection legislation is a barrier to sharing information",
        "Data protection legislation is a barrier to sharing information",
        "Data protection legislation is a barrier to sharing information",
        "Data protection legislation is a barrier to sharing information",  # round 32's procedures manual
        "Data protection means I can't pass on what a pupil tells me",  # round 21
        "Data protection means I can't tell anyone what I saw in a tenant's home",
        "Does GDPR stop me from sharing information with other agencies?",
        "Does data protection law stop me sharing health information about a child?",  # round 33's AsciiDoc questions
        "Does data protection law stop me sharing?",
        "Does the Data Protection Act 2018 stop me sharing health records with a school?",  # round 16's NI protocol
        "Doesn't data protection law stop me from passing on what I know?",  # round 40's Welsh FAQ
        "GDPR means I can't share health information about a child",  # round 23's Obsidian note
        "GDPR means I can't share with the school",
        "GDPR prevents health staff from sharing information with schools",  # round 24's minutes
        "GDPR prevents me from sharing information about a child at risk",
        "GDPR stops me sharing health information",  # round 29's PDF cards
        "GDPR stops schools passing concerns to health visitors",  # round 25's SharePoint page
        "GDPR stops schools talking to children's social care",
        "I can't share because of GDPR",  # round 21
        "The Data Protection Act 2018 stops health staff sharing information with children's social care",  # round 24
        "The Data Protection Act 2018 stops me sharing a child’s health information",  # the golden rules deck (.pptx)
        "The Data Protection Act 2018 stops me sharing information about a family",  # round 10's PDF table
        "The Data Protection Act 2018 stops the school sharing information about pupils",  # round 23's Word text
        "The GDPR means I cannot share information with other agencies",
        "The GDPR stops us sharing information about a child",
        "We can't tell the health visitor anything because of GDPR",
        "data protection law stops me telling the school nurse",  # round 24's Hugo page
        "data protection law stops us sharing",
    ],
    "information-held-police-shared": [
        "Can a school share information with the police?",
        "Information held by the police can never be shared with schools",
        "We cannot share police intelligence with schools",
    ],
    "consent-needed-share-personal": [  # named by the wording two sources share
        # getting in touch waits on consent as sharing does (round 11's were alone before)
        "A CAWN can only be shared with the school if the parents agree",
        "A MARAC referral needs the victim's signed consent",
        "A child aged 16 or 17 who says no to sharing cannot be discussed at MACE",  # consent refused, it stops
        "A nurse must ask a parent's consent before reporting",
        "A school cannot tell the local authority that a child has left unless the parents agree",  # waits on consent
        "Can I share a safeguarding concern with children's social care without asking the parents?",
        "Can I share information with a school without the parents' consent?",  # round 14's FAQ in <details>
        "Can I share information with children's social care without the parent's consent?",
        "Can I share information with the GP without the mother's consent?",
        "Can I share information with the PSNI without asking the family first?",  # round 16
        "Can I share information without consent?",
        "Can I share information without consent?",  # round 40's Welsh FAQ, in the same words
        "Consent is always needed to share personal information",
        "Consent is always needed to share personal information",
        "Consent is always required to share information",
        "Consent is needed to share personal information",
        "Do I always need consent to share information about a child?",
        "Do I need consent to report?",
        "Do I need consent to share a concern about a child's wellbeing?",
        "Do I need consent to share information?",  # round 15's ICO steps, in <details>
        "Do I need the family's consent to make an early help referral?",  # round 17's FAQ
        "Do I need the family’s consent before I contact the Front Door?",
        "Do I need the parents' consent before I report a child at risk?",  # round 33's AsciiDoc questions
        "Do I need the parents' permission to share?",  # round 10's browser-printed council page
        "Do I need the young person's consent to make a safeguarding referral?",
        "Early Help is voluntary, so we can never share without consent",  # round 19's wiki page
        "Early help is voluntary, so I can never share anything without the family's consent",
        "Health information can never be shared without the patient’s agreement",
        "Health staff need the parents' permission before they can contact social work",  # round 17
        "I always need a parent's consent to share information about their child",  # round 27
        "I always need a parent’s consent before I share information about their child",  # round 23's blog post
        "I always need consent before I share information about a child",  # round 21
        "I can only share information with the parents' permission",
        "I can't share anything with the police without the family's consent",
        "I can't share information with children's social care without the parents' consent",  # round 16's quiz page
        "I can't tell social work anything without the mother's agreement",  # round 23's word-joined briefing
        "I cannot share a patient's information without their consent",  # round 11's Word text box
        "I cannot share anything until the family has agreed",  # round 19's handbook: waits "until" agreed
        "I cannot share information about a child without their parents' consent",  # round 25's VML text box
        "I cannot share information about a child without their parents’ consent",  # the .eml bulletin's myth
        "I can’t share a worry about a pupil without the parents’ consent",  # round 37's Webflow tabs
        "I can’t share anything without the parents’ consent",  # round 29's Mailchimp newsletter
        "I can’t share anything without the parent’s consent",  # round 22's intranet page
        "I can’t share information without the family’s consent",  # round 21's slide deck
        "I can’t tell the health visitor about a mother’s mental health without her consent",  # round 33's intranet
        "I can’t tell the school nurse about a worry without the mother’s consent",  # round 36's NHS page
        "I must always get consent before I share",
        # round 16's grid table
        "I must always have the parent's consent before sharing information with children's social care",
        "I must always have the parents' consent before I share information about a child",  # round 18's Welsh PDF
        "I must have consent before I share anything",  # round 10's PDF table
        "I must have the parents’ consent before I contact the Front Door",  # round 37's LocalGov Drupal guide page
        "I need a parent's consent before I can contact the MASH",
        "I need a parent's consent before I can share",  # round 21
        "I need a parent's consent before I can share anything",  # round 24's Hugo page
        "I need a parent's consent before I can tell children's social care about a concern",  # round 15's Word policy
        "I need a parent's written consent before I can make a referral",  # round 28's LibreOffice table
        "I need a parent’s consent before I can share a worry about their child",  # round 38's PDF briefing grid
        "I need a parent’s consent before I report a concern about their child",  # round 32's Outlook bulletin
        "I need a parent’s permission before I tell anyone about my worry",  # round 39's Word leaflet's shaded rows
        "I need a parent’s permission before I tell the designated safeguarding lead about a worry",
        "I need a young person’s permission before I tell anyone",  # round 37's GitBook expandable
        "I need consent to share",
        "I need consent to share information about a child",  # round 29's PDF cards
        "I need the family's consent before I can make a Prevent referral",
        "I need the family's consent before I discuss the case with the other agency to resolve a disagreement",
        "I need the family’s consent before I can report a child at risk",
        "I need the named person’s agreement before I can pass on a concern",  # round 12's Scottish Word page
        "I need the parent's agreement before I can tell social services about a concern",  # round 10
        "I need the parent's consent before I can tell the MASH anything",  # round 23's Obsidian callout
        "I need the parent's consent before I make a referral",
        "I need the parents' consent before I can contact the MASH",  # round 29's MDX admonition
        "I need the parents' consent before I can share a child protection concern",  # round 31's wiki table
        "I need the parents' consent before I can share a concern",  # round 27
        "I need the parents' consent before I can share a concern with the MASH",  # round 30's Jekyll page
        "I need the parents' consent before I can tell another agency anything",  # round 25's SharePoint page
        "I need the parents' consent before I report",
        "I need the parents' consent before I tell the DSL",  # round 11
        "I need the parents' permission before I contact children's social care",
        "I need the parents' permission before I tell the DSL about a concern",  # round 21
        "I need the parents' permission before I tell the DSP about a worry",  # round 16's youth club quiz
        "I need the parents’ consent before I can share a child protection concern",  # round 36's GOV.SCOT chapter
        "I need the parents’ consent before I can share a concern about their child",  # the golden rules deck (.pptx)
        # round 31's archived GOV.UK note
        "I need the parents’ consent before I can share a concern with the front door",
        "I need the parents’ consent before I can share a worry about their child",
        "I need the parents’ consent before I can share a worry about their child",  # the .mhtml council page
        # the LibreOffice Impress quiz's first belief
        "I need the parents’ consent before I can share a worry about their child with another agency",
        # round 20's newsletter
        # the Whinmoor leaflet's text box (.rtf)
        "I need the parents’ consent before I can share information about their child",
        "I need the parents’ consent before I can tell the school nurse I am worried about a child",
        "I need the parents’ permission before I can share a worry about their child",  # round 30's Word flyer
        "I need the patient's consent before I can share information with children's social care",
        # round 31's slides
        "If a family has said no to early help, I can’t share my worries about their child with anyone",
        "In Scotland the named person must approve any information sharing",  # an approval waited on is consent
        "Information cannot be shared with another agency without the family's consent",  # round 16's scanned procedure
        "Information from a health record can never be shared without the patient's agreement",
        "Information sharing is not allowed without consent",  # round 32's procedures manual
        "Is it true that GDPR means we need consent to share information about a child at risk?",
        "Once a young person is 16, I cannot share anything about them without their consent",
        "Parents must agree before we can tell the school anything about a health diagnosis",  # round 47's Local Offer
        "Schools cannot tell us about attendance without the parents' permission",  # round 19's wiki page
        "Sharing of information between practitioners and organisations is not allowed without consent",
        "The child is over 16, so I must have their consent before I share anything",  # round 22's wiki table
        "The school needs a parent’s permission before it contacts children’s social care",  # round 33's cards
        "We always need your consent to share",  # round 22's Easy Read PDF
        "We cannot share information about a 17-year-old without their consent",
        "We cannot tell the LADO about a staff member without their permission",
        # round 43's football club: telling a parent waits on the coach's permission, as sharing waits on consent
        "We can’t tell a parent anything a coach has said about their child without the coach’s permission",
        "We must get permission from parents before we ring children's services",
        "We need a parent’s consent before we tell social work about a concern",  # round 45's boarding school
        "Workers always need your permission to share",  # round 15's Easy Read leaflet
        "You always need a parent’s consent to share information about their child",
        "You always need consent before sharing information",
        "You always need consent to share information",
        "You can only share information with consent",
        # round 30's Moodle quiz
        "You must always ask the parents for consent before you share a concern about their child with children's "
        "social care",
        "You must always get the parents' consent before you share information about a child",  # round 17's slides
        "we always need consent to share",
        "you always need consent to share information",
    ],
    # round 20: data protection law said to need consent (alone before); the PowerPoint quiz's wording
    # ("... the parents’ consent") makes "stops" its most common word
    "data-protection-law-stops": [
        "Data protection law means I cannot share information about a pupil without their parents' consent",
        "Data protection law stops me sharing information about a child without the parents' consent",  # round 25
        "Data protection law stops me sharing information about a child without the parents’ consent",  # the quiz
        "Under GDPR I can't share information about a child without the parents' consent",
    ],
    "tell-parents-before-share": [  # round 12's Northern Irish school policy asks what the school FAQ says
        "Do I have to tell the family before I make a referral?",  # round 14's FAQ, answered "Not always."
        "Do I have to tell the parents before I pass on a concern?",
        "I must always tell the parents before I share",  # the school FAQ's, alone before round 12
        "I should always tell the family before I share",  # round 29's PDF cards, 'Partly true.'
        "Staff must always tell the parent before they make a referral",  # round 23's Word text
    ],
    "tell-parents": [  # round 14: a young person asks what a practitioner asks
        "Should I tell the parents?",
        "Will you tell my parents?",
    ],
    # "sure" and "certain" are one worry, and keeping quiet until then waits to share; round 30's flyer
    # wording renamed the group ("wait-until-certain-before" before)
    "only-share-worry-sure": [
        "Do I need to be certain before I share?",
        "Do I need to be sure that abuse has happened before I report?",  # round 16's Welsh policy
        "I can only share a worry if I’m sure that abuse is happening",  # round 35's Google Sites page
        "I can’t share anything until I am sure the child is being harmed",  # the LibreOffice Impress quiz's second
        "I have to be sure a child is being harmed before I share anything",  # round 30's Word flyer
        "I have to wait until I am certain before I share a worry",
        "I must be certain that a child is being harmed before I report",
        "I must be sure a child is being abused before I tell anyone",  # the Whinmoor leaflet's box (.rtf)
        "I need to be sure a child is being abused before I share",
        "I should wait until I am certain a child is being harmed before I share",  # round 21
        "I should wait until I am sure a pupil is being harmed before I tell the DSL",  # round 20's Word table
        "If I am not sure whether something is abuse, I should keep quiet until I am sure",  # round 16's youth quiz
    ],
    # a child's secret kept, asked or stated (alone before a secret was a topic); named after round 20's
    # Word table, whose wording is the most typical
    "cant-tell-anyone-child": [
        "A pupil has asked me to keep what she tells me a secret. Can I promise this?",  # round 12
        "Can I promise a child that I will keep a secret?",
        "Can I promise a learner that I will keep what they tell me to myself?",
        "I can’t tell anyone if a child asks me to keep a secret",  # round 33's flip cards
        "If a parent asks me to keep something to myself, I have to",  # round 36's Squarespace accordion
        "If a pupil asks me to keep a secret, I must promise to keep it",  # round 20's Word table
        "If a young person asks me to keep a secret, I have to keep it",
    ],
    # "done my part" and "my part is over" are one end of a practitioner's part, and "passed my concern
    # to" is sharing: the wordings alone before join, those after a referral and those after telling the
    # designated safeguarding lead apart
    "once-made-referral-done": [
        "Once I have made a referral, I have done my part",
        "Once I have made a referral, my part is over",  # round 28's LibreOffice table
    ],
    "once-passed-concern-designated": [
        "Once I have passed my concern to the designated safeguarding lead, I have done my part",  # round 16
        "Once I have told the designated safeguarding lead, my part is over",  # round 37's GitBook expandable
    ],
    # round 37's Webflow tab joins round 33's card (alone before): who may refer
    "only-designated-safeguarding-lead": [
        "Only the designated safeguarding lead can make a referral",  # round 33's cards
        "Only the designated safeguarding lead is allowed to make a referral",  # round 37's Webflow tabs
    ],
    # round 23: "make a referral" is to refer, so who may refer joins who may report; "Only the police and
    # social workers need to know about abuse" (round 10) still stands alone
    "only-social-workers-make": [
        "Only social workers can make a referral",
        "Reporting is only for social workers and the police",
    ],
    "only-social-workers-need": [
        "Only social workers need to know about information sharing",  # round 22
        "Only the police and social workers need to share information",
    ],
    "personal-information-collected-organisation": [
        "Information collected by one agency cannot be passed to another",  # round 32's procedures manual
        "Personal information collected by one organisation cannot be disclosed to another",
        "Personal information collected by one organisation cannot be disclosed to another",
        "Personal information collected by one organisation cannot be given to another",
    ],
    # Each wording is used once: the smallest names the concept, the MARAC protocol's
    "health-staff-share-marac": [
        "Health staff cannot share at MARAC because of patient confidentiality",
        "I can't pass on something a young person told me in confidence",  # round 30's Jekyll page
        "If a young person tells me something in confidence, I can never pass it on",  # round 27
        "If a young person tells me something in confidence, I can’t pass it on",
        "Information a child tells me in confidence can never be shared",  # round 27's Word policy
        "Is the duty of confidentiality absolute?",
        "Sharing information is a breach of confidentiality",
        "Sharing with the police always breaches confidentiality",  # round 10's Northern Irish leaflet
        "Something a parent tells their child’s key person in confidence can never be passed on",
        "The common law duty of confidence and the Human Rights Act 1998 prevent sharing",
        "The common law duty of confidence and the Human Rights Act 1998 prevent the sharing of personal "
        "information",
        "The common law duty of confidence prevents me sharing",
    ],
    "systems-barrier-effective-information": [
        "IT systems are often a barrier to effective information sharing",
        "IT systems are often a barrier to effective information sharing",
    ],
}
# Beliefs of their own: who may refer, where information may go, what IT does, telling parents
# (informing is not asking permission: the answer is about the child's risk, not a lawful basis).
# A question after the case it is about, or about receiving rather than sharing, claims nothing
# and stands alone too (the round 5 fixtures' last nine).
UNSEEN_ALONE = [
    "A 13-year-old can decide for themselves whether information about them is shared",  # round 31's slides
    "A 13-year-old is too young to have a say in what is shared about them",  # round 31's wiki table
    "A 14 year old asks for emergency contraception. Do I have to tell her parents?",
    "A GP can only share a child’s records with children’s social care if there is a court order",  # round 36
    "A Prevent referral means the child will be treated as a criminal",
    "A child's information belongs to their parents, so I have to ask them",  # round 10
    "A child’s confidences can never be passed on",  # round 29's PDF cards: no word of confidentiality
    "A mother asks me not to tell anyone that her partner hits her. The children live with them. Must I "
    "keep this confidential?",
    "A parent has told me not to pass anything on, so I can't",  # round 32's reStructuredText table
    "A teacher who thinks a pupil may be taken abroad for FGM over the summer must report it to the "
    "police under the mandatory duty",
    "A young person who understands what sharing means can give or refuse consent for themselves",  # round 30, true
    "An adult with capacity can always stop us sharing information",
    "CP-IS replaces making a safeguarding referral",
    "Can I email safeguarding information?",
    "Can I keep notes about a pupil in my own notebook?",
    "Can I pass a child protection file to the pupil's new school?",
    "Can I refuse a parent's request to see their child's safeguarding file?",
    "Can I see what you have written about me?",
    "Can I share information if I am only a volunteer?",  # round 10
    "Can I share information with a school about a child who is not at risk?",
    "Can I share information with the named person service?",
    "Can I share information with the school nurse?",
    "Can I tell a colleague about a child's situation?",
    "Can I tell other people what I have been told?",
    "Can a 14-year-old give consent on their own behalf?",
    "Can a 14-year-old stop me sharing what they have told me?",  # round 33: it depends
    "Can the school tell the council why the family left if the parents ask it not to?",
    "Children's social care will not tell me what happened after my referral, so there is no point in "
    "sharing",  # round 27
    "Clare’s Law is only for women",  # round 12
    "Coaches shouldn’t get involved in what happens at a swimmer’s home",  # round 36's Squarespace accordion
    "Dental neglect isn't a safeguarding matter",  # round 42's dental practice
    "Do I have to keep a record when I decide not to share?",
    "Do I have to report, or is it up to me?",  # round 40's Welsh FAQ
    "Do I have to tell the woman that I have shared information?",
    "Does the data protection law allow us to share records held before proceedings started?",
    "Elective home education means the local authority has no role",
    "Escalation damages working relationships",
    "Failing to report can lead to disciplinary action",
    "Foster carers can't be told about the child's past",  # round 45's fostering agency
    "Health information is too sensitive to share with other agencies",  # round 27
    "Health records can only be shared with a court order",
    "Health records cannot be given to a review without the family's consent",
    "I can only share information in writing",
    "I can only share information with the police if they have a court order",  # round 27
    "I can pass a concern to the DSL without asking the pupil first",  # round 20's Word table: a true one
    "I can tell the duty safeguarding officer about a worry without asking the young person first",
    "I can't tell the PSNI anything about a patient without a court order",  # round 32
    "I cannot escalate a concern about another agency without my manager's permission",
    "I must always tell the parents before I share a worry about their child",  # the PowerPoint quiz's
    "I must tell the parents before I contact the MASH",  # round 25's wiki: before contact, not before sharing
    "I must tell the parents before I share a concern with children's social care",  # round 27
    # round 30's Jekyll page: its last three words keep it from round 29's card
    "I should always tell the family before I share information about them",
    "I should record what I shared, with whom and why",
    "I should wait until I have evidence",  # round 10
    "I should wait until I have proof before I contact the Front Door",
    "I'm only a repairs operative - safeguarding isn't my job",
    "If I apply, the person will find out I asked",  # round 12
    "If I report a concern, the family will lose their tenancy",
    "If I share information without consent, I will breach the Human Rights Act",  # round 29's MDX page
    "If I share, I could be sued",  # round 10
    "If I tell children’s social care, the family will know it was me",
    # round 32's bulletin: a fact
    "If I work for the health board or the police, I have a legal duty to report a child I think is at risk",
    "If a parent refuses early help, must I close the case and stop sharing?",
    "If the police ask for a child’s records, I have to wait for a court order",  # round 33's intranet list
    "If the police take no further action, the matter is closed",
    "Information I share with the MASH will be seen by every agency in it",
    "Information about a parent's mental health is too sensitive to share",
    "Information from a GP can only be passed on by the GP",  # round 19: who may pass it on, not consent
    "Information from the GP can never be passed to the school",  # round 10
    "Information from the police national computer can never be shared with a school",  # round 22
    "Is GDPR a reason not to share information with the Early Help Hub?",
    "Is this the same as the sex offenders register?",
    "Isn’t it gossip to pass on a worry about a family in the congregation?",  # round 41's church page
    "MARAC minutes can be filed in the patient's record",  # round 12
    "Once I have told the MASH, I do not need to record anything",  # round 25's Word text box
    "Once I’ve made a referral, it’s up to social care to find out what else is going on",  # round 29's newsletter
    "Once a case is closed, I can no longer share anything about it",  # round 10
    "Once a family has said no, I cannot ask them again",
    "Only social workers need to share child protection concerns",  # round 32
    "Only the named Child Protection Adviser can make a referral",
    "Only the named child protection lead in my agency can share a concern with social work",  # round 36
    "Only the police and social workers need to know about abuse",  # round 10
    "Only the social worker needs to know about a child protection plan",  # round 16
    "Operation Encompass information can be discussed with all staff",
    "Parents have a right to know everything I write about their child",  # round 41's childminder's policy
    "Receptionists cannot raise safeguarding concerns",  # round 15's Word policy
    "Schools can only be told if a crime has been recorded",  # round 18
    "Schools can share information with the police about a crime under section 115 of the Crime and Disorder Act 1998",
    "Schools have a legal duty to safeguard and promote the welfare of their pupils",  # round 16
    "Section 115 requires us to disclose whenever a partner asks",  # round 18
    "Sharing information is the job of the safeguarding lead, not mine",  # round 27
    "Sharing intelligence with the police will criminalise the child",
    "Should I tell the learner's parents before I tell the DSP?",  # round 16
    "Social care has asked for a child's records for a strategy discussion. Do I need the parents' consent?",
    "Social work will deal with it, so I don’t need to share what I know",  # round 33
    "The Caldicott principles stop me sharing",  # round 11
    "The Front Door will not tell me what happened after I shared",  # round 37's LocalGov Drupal guide page
    "The GP will share the records, so community staff need not",  # round 16
    "The MASH can only take information from professionals, not from volunteers",  # round 25's wiki
    "The MASH will tell the family who made the referral",
    "The council could be fined £500,000 if I share the wrong thing, so it is safer to say nothing",  # round 22
    "The front door will tell the family who made the referral",  # round 31's GOV.UK note
    "The patient hasn't agreed, so I can't refer to MARAC",  # round 12
    "The police can only share information about a child after someone has been charged with an offence",  # round 16
    "The police cannot share anything with a school about a sex offender living nearby",
    "The police have asked for the mother's statement. Can we send it?",
    "The review is about finding who is to blame",
    "The school must tell the parent that the police have passed on information",  # round 18
    "The school needs consent from the parent before it can receive a notification",
    "The young person is 12 and says the relationship is with another 12 year old. Is a referral still needed?",
    "Volunteers aren’t allowed to pass on a worry, only qualified coaches",  # round 36's Squarespace accordion
    "Volunteers should leave safeguarding to paid staff",  # round 37's GitBook expandable
    "We are a small volunteer group, so data protection law doesn’t apply to us",  # round 42: who the law covers
    "We can only pass information to social care once someone has been charged",  # round 18
    "We can't report a user to the police without a court order",  # round 47's gaming platform
    "We can't share anything once a child has died",  # round 46's children's hospice
    "We cannot share anything until the section 42 enquiry is complete",
    # round 44's taxi licensing page: telling another licensing authority why a licence was revoked
    "We can’t tell another council why we revoked a driver’s licence",
    "We have to give the police whatever they ask for",
    # round 16
    "We must tell the Disclosure and Barring Service if we remove a volunteer because they harmed a young person",
    "We must tell the parents that the police have contacted us",
    "We need the parent's consent before we can see the flag",
    "We think the family has moved abroad. Do we still have to make enquiries?",
    "When a pupil moves school, their safeguarding file stays with us",  # round 37's Webflow tabs
    "Will I be told everything the police know?",
    "Will the family find out that I made the report?",  # round 33
    "Will the person know I asked?",
    "the MASH needs parental consent for every check",
    "the police cannot share information about domestic abuse incidents with schools",
]


@pytest.fixture(scope="module")
def unseen_groups() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for m in unseen_myths():
        groups.setdefault(m.concept, []).append(m.statement)
    return {concept: sorted(statements) for concept, statements in groups.items()}


def test_unseen_documents_group_each_belief_once(unseen_groups: dict[str, list[str]]) -> None:
    """A hundred and eight wordings of "you need consent to share" (questions, "only ... with", "not
    allowed without", "before I contact"), forty-four of "data protection law stops sharing", seven of "I can't
    tell anyone", and the same belief in two documents (the DfE 2024 advice's and GOV.UK page's myths among them)."""
    assert {c: s for c, s in unseen_groups.items() if len(s) > 1} == UNSEEN_GROUPS
    assert sorted(s for [s] in (g for g in unseen_groups.values() if len(g) == 1)) == UNSEEN_ALONE
    assert len(unseen_groups) == len(UNSEEN_GROUPS) + len(UNSEEN_ALONE) == 145  # 144 before round 47 (its gaming
    # platform's belief that a user can't be reported to the police without a court order, alone; its SEND page's
    # joins the consent group); 143 before round 46 (its children's hospice's belief that nothing can be shared
    # once a child has died, alone); 142 before round 45 (its fostering
    # agency's belief that carers can't be told a child's past, alone; its boarding school's two join the consent
    # and data protection groups); 141 before a question offering both ways was a belief (round 40's "Do I have to
    # report, or is it up to me?", alone); 140 before round 44 (its taxi
    # licensing page's belief about telling another council why a licence was revoked, alone); three fewer once an
    # approval waited on, and asking the family first, were consent (Scotland's named person approving any sharing,
    # and sharing "without asking the family first" or "the parents", join the consent group); 143 with round 43's
    # (its football club's belief joins the consent group); 141 before round 42 (its weekend
    # school's belief that the law does not reach a small group, and its dental practice's, each alone); 139 before
    # round 41 (its church page's
    # question and its childminder's belief, each a concept of its own); the same with the council page
    # saved as .mhtml and the LibreOffice Impress quiz (their two each join a group), and the PowerPoint golden
    # rules deck (its two each join a group: consent, data protection); one more with the
    # PowerPoint quiz's (its second belief alone, its first joining a group), 138 after rounds 39 and 38
    # (the one myth of each joins a group), 136 before round 37 (four alone of its nine, one alone before joined by one
    # of them, and two pairs of wordings alone before joined), 132 before round 36
    # (four alone of its seven), 131 before round 35 (one alone of its nine), 127 before round 34 (four
    # alone of its ten), 122 before round 33 (five
    # alone of its ten), 118 before round 32 (four alone of its nine), 115 before round 31 (three alone
    # of its seven), 113 before round 30 (two alone of its seven), 110 before round 29 (three alone of
    # its eight), 109 before round 28,
    # 68 before round 10, 76 before round 11, 78 before round 12, 83 before getting in touch (contact, ring,
    # tell) could wait on consent,
    # 77 before round 14, 78 before round 15, 79 before round 16, 90 before round 17, 99 before a presenter's
    # note was told from the quiz statement over it, 98 before a child's secret and being sure were topics,
    # 93 before "unless" waited on consent, 92 before round 18, 96 before round 19, 97 before round 20,
    # 98 before round 22, 101 before round 23 (its six beliefs are all others', and two alone joined others);
    # round 24's four beliefs are all others' too; round 25 adds seven, three of them alone; round 26 five,
    # three of them "you need consent", two alone (the MASH naming the referrer, a court order for records);
    # round 27 eleven, five of them alone (110); a 16-year-old who "says no" to sharing joined "you need
    # consent" when consent refused became a matter of consent (109)


def test_unseen_beliefs_are_titled_by_their_most_typical_wording(unseen_groups: dict[str, list[str]]) -> None:
    titles = {concept: typical_statement(s) for concept, s in unseen_groups.items() if len(s) > 1}
    assert titles == {  # not a short question ("Do I need consent to report?") nor a narrow wording
        # round 23's three wordings "... before I ..." moved the likeness to one of them
        "consent-needed-share-personal": "I need the parents' consent before I report",
        "data-protection-legislation-barrier": "Data protection law stops me sharing information",
        "health-staff-share-marac": "The common law duty of confidence prevents me sharing",
        "only-social-workers-make": "Only social workers can make a referral",
        "only-social-workers-need": "Only social workers need to know about information sharing",
        "systems-barrier-effective-information": "IT systems are often a barrier to effective information sharing",
        "personal-information-collected-organisation":
            "Personal information collected by one organisation cannot be disclosed to another",
        "information-held-police-shared": "We cannot share police intelligence with schools",
        # two questions and five statements: the statement most like the others (round 34's GOV.WALES
        # page's "I must be certain ..." moved the likeness to it; round 35's Google Sites page's "I can
        # only share a worry if I’m sure ..." names the concept: the smallest of the statements)
        "only-share-worry-sure": "I must be certain that a child is being harmed before I report",
        # three questions, three statements: the statement most like the others (round 33's flip card's
        # "I can’t tell anyone ..." names the concept: the smallest of the statements)
        "cant-tell-anyone-child": "If a pupil asks me to keep a secret, I must promise to keep it",
        # round 25's copied protocol's wording is most like the other two
        "data-protection-law-stops": "Data protection law stops me sharing information about a child without the "
                                     "parents' consent",
        "tell-parents-before-share": "I must always tell the parents before I share",
        "tell-parents": "Will you tell my parents?",
        "only-designated-safeguarding-lead": "Only the designated safeguarding lead can make a referral",  # round 37
        "once-made-referral-done": "Once I have made a referral, my part is over",
        "once-passed-concern-designated": "Once I have told the designated safeguarding lead, my part is over",
    }


@pytest.mark.parametrize(
    ("one", "other"),
    [("Can a school share information with the police?", "Can I share information without consent?"),
     ("Only social workers can make a referral", "I need the parent's consent before I make a referral"),
     ("Staff must always tell the parent before they make a referral",
      "I always need a parent’s consent before I share information about their child"),
     ("IT systems are often a barrier to effective information sharing",
      "Data protection law is a barrier to sharing information"),
     ("Personal information collected by one organisation cannot be disclosed to another",
      "Sharing of information between practitioners and organisations is not allowed without consent"),
     ("I must always tell the parents before I share", "I can only share information with the parents' permission"),
     ("Can I share information with the named person service?", "Can I share information without consent?"),
     ("Sharing information is a breach of confidentiality", "Data protection law is a barrier to sharing information")],
)
def test_unseen_beliefs_that_stay_apart(unseen_groups: dict[str, list[str]], one: str, other: str) -> None:
    concept_of = {s: c for c, statements in unseen_groups.items() for s in statements}
    assert concept_of[one] != concept_of[other]


def test_being_sure_and_being_certain_are_one_worry() -> None:
    assert len(set(cluster(["Do I need to be certain before I share?",
                            "I need to be sure a child is being abused before I share"]))) == 1
    assert len(set(cluster(["Information held by the police can never be shared with schools",
                            "We cannot share police intelligence with schools"]))) == 1


@pytest.mark.parametrize(("one", "other", "same"), [
    # being sure before sharing, whether waited for, kept quiet for or asked about
    ("If I am not sure whether something is abuse, I should keep quiet until I am sure",
     "Do I need to be sure that abuse has happened before I report?", True),
    ("I need proof before I can refer", "I need to be sure a child is being abused before I share", True),
    # "making sure" and a "certain" kind of thing are no worry about being sure
    ("You must make sure the parents agree before you share", "You always need consent to share information", True),
    ("Certain information can never be shared without consent", "You always need consent to share information",
     True),
    # a child's secret kept, asked or stated
    ("Can I promise a learner that I will keep what they tell me to myself?",
     "If a young person asks me to keep a secret, I have to keep it", True),
    ("Can I promise a child that I will keep a secret?", "I need to be sure a child is being abused before I share",
     False),
])
def test_a_childs_secret_and_being_sure_are_beliefs(one: str, other: str, same: bool) -> None:
    assert (len(set(cluster([one, other]))) == 1) is same


@pytest.mark.parametrize(("worry", "claim"), [
    # a rule said to stand in the way, in everyday words
    ("Is the GDPR really such an obstacle to telling the health visitor?", "=dataprotection:restricts"),
    ("The data rules get in the way of me sending the referral", "=dataprotection:restricts"),
    ("Doesn't the Data Protection Act stand in the way of passing it to the council?", "=dataprotection:restricts"),
    ("The privacy rules mean the surgery can't tell the nursery", "=dataprotection:restricts"),
    ("The privacy laws forbid the dentist from passing it on", "=dataprotection:restricts"),
    # a confidence in everyday words
    ("What the dad said to me in private can never be passed on", "=confidentiality:restricts"),
    ("Telling the school would be breaking their trust, and the law won't allow that", "=confidentiality:restricts"),
    # the family's say-so in everyday words, the thing shared put between the verb and "on" or "to"
    ("Nothing goes to the panel unless the young person's key worker approves it", "=consent:restricts"),
    ("I can't pass anything to the school unless his gran is on board", "=consent:restricts"),
    ("We can't hand anything on until the parents sign up to it", "=consent:restricts"),
    # a child's secret, sworn to
    ("He'll only talk if I swear it stays between the two of us", "=secret:restricts"),
    # the family asked first, and details kept to the purpose they were gathered for
    ("Surely I can't ring the police without checking with mum?", "=consent:restricts"),
    ("The surgery can't pass anything to the nursery it recorded for health reasons", "=collected:restricts"),
])
def test_what_a_worry_claims_in_everyday_words(worry: str, claim: str) -> None:
    assert claims(worry) == {claim}


def test_everyday_words_that_are_no_claim() -> None:
    # a hand passed to someone, or a board sat on, is no sharing or consent
    assert claims("The chair of the board handed the minutes to the clerk") == set()
    assert claims("The information was kept in private files on the system") == set()


@pytest.mark.parametrize(("statement", "claim"), [
    # a secret a patient tells a doctor is the duty of confidence the law puts on the doctor
    ("Whatever a patient says to the GP is a secret the law makes her keep, so she can never pass it on",
     "=confidentiality:restricts"),
    ("Doctors are sworn to secrecy about their patients and can never tell social care", "=confidentiality:restricts"),
    # a child's secret is still a child's secret
    ("If a boy asks me to keep a secret, I can never tell anyone", "=secret:restricts"),
])
def test_a_patients_secret_is_the_duty_of_confidence(statement: str, claim: str) -> None:
    assert claims(statement) == {claim}
