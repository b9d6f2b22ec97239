"""Forms of which-act question read as the guidance words them (question_forms)."""

from __future__ import annotations

import pytest

from guidegraph.answers import Answers
from guidegraph.question_forms import (
    CRIME_HINT,
    agency_right_as_power,
    counted_set_as_name,
    crime_for_the_police,
    giving_as_conferring,
    guidance_terms,
    inability_as_capacity,
    lacks_capacity,
    officers_as_police,
    officers_in_a_belief,
    seeing_as_access,
    someones_past_for_the_scheme,
    speaker_words,
    unknown_school_as_missing_education,
    without_consent_as_the_law_allows,
)


def _crime(words: tuple[str, ...]) -> set[str]:
    return {"crime"} if {"shoplifting", "burglary", "crime"} & set(words) else set()


@pytest.mark.parametrize(("question", "read"), [
    ("Can officers see the school's registers about the shoplifting?",
     "Can police officers see the school's registers about the shoplifting?"),
    ("Officers investigating a burglary rang the school", "police Officers investigating a burglary rang the school"),
    ("two uniformed officers asked about the crime", "two uniformed police officers asked about the crime"),
    # a kind of officer is left as typed
    ("The housing officer asked about the shoplifting", "The housing officer asked about the shoplifting"),
    ("a youth offending officer asked about the crime", "a youth offending officer asked about the crime"),
    ("the police officer asked about the crime", "the police officer asked about the crime"),
    # no crime named: an officer may be anyone's
    ("Can officers see the school's registers?", "Can officers see the school's registers?"),
])
def test_officers_in_a_question_about_crime_are_police(question: str, read: str) -> None:
    assert officers_as_police(question, _crime) == read


@pytest.mark.parametrize(("belief", "read"), [
    # a belief names the police so with no crime in it, and the guidance's myths say "the police"
    ("If officers turn up at the nursery we must give them the register",
     "If police turn up at the nursery we must give them the register"),
    ("What the officers found out has to stay with them", "What the police found out has to stay with them"),
    # a kind of officer is left as typed
    ("The welfare officer can't be told anything", "The welfare officer can't be told anything"),
    # with no crime named, the duty officer may be the council's
    ("the duty officer must ask the parents first", "the duty officer must ask the parents first"),
    ("two uniformed officers asked for the file", "two uniformed police asked for the file"),
])
def test_officers_in_a_belief_are_the_police(belief: str, read: str) -> None:
    assert officers_in_a_belief(belief) == read


def test_the_crime_concept_is_found_by_the_vocabulary(answers: Answers) -> None:
    assert "crime" in answers.expander.concepts_named(("officers", "behind", "shoplifting"))
    assert "crime" not in answers.expander.concepts_named(("officers", "school", "registers"))
    assert "police" in answers.expander.concepts_named(("detectives", "asked"))


def _counted(count: str, counted: tuple[str, ...]) -> str | None:
    return {"8": "Caldicott principles"}.get(count) if "golden" not in counted else None


@pytest.mark.parametrize(("belief", "read"), [
    ("Our trust's eight data rules say I can't ring the school",
     "Our trust's Caldicott principles say I can't ring the school"),
    ("the 8 principles ban sharing with a nursery", "the Caldicott principles ban sharing with a nursery"),
    # a count no set has, or more than one set has, is left as typed
    ("the seven golden rules say I must ask first", "the seven golden rules say I must ask first"),
    ("eight of the staff rules say no", "eight of the staff rules say no"),
    ("the eight golden rules say I must ask first", "the eight golden rules say I must ask first"),
])
def test_rules_counted_as_a_set_has_them_are_its_name(belief: str, read: str) -> None:
    assert counted_set_as_name(belief, _counted) == read


def test_the_vocabulary_names_the_one_set_counted_so(answers: Answers) -> None:
    """"eight Caldicott principles" is a label of that set alone; seven names more than one set."""
    assert answers.expander.set_counted("8", ("confidentiality", "rules")) == "caldicott principles"
    assert answers.expander.set_counted("7", ("rules",)) is None
    assert answers.expander.set_counted("12", ("rules",)) is None
    # a set named but miscounted is that set, not the one counted so
    assert answers.expander.set_counted("8", ("golden", "rules")) is None


@pytest.mark.parametrize("question", [
    "What right do I have to see what the police told the council about me?",
    "Can I read what the school wrote about my son?",
    "can a dad get a copy of what social care holds on him",
    "I want to find out exactly what the health visitor passed on to the nursery",
    # the records named, about the one asking or their family
    "A 13 year old has asked to see the notes his youth worker keeps about him",
    "Can I have a copy of the case file the council holds about my daughter?",
    # a copy wanted, asked for or requested, whoever names it
    "Records team: a mum wants a copy of what the health visitor sent us about her family",
    "Dad has requested copies of what the school passed to the police",
    # the information named, not "what"
    "A parent is asking to see information another agency shared with us",
    "a 13 year old want to see the information the school sent about him",
    # a child or parent asking to see records, whoever they are about
    "A sixteen-year-old has asked to view the files our drop-in keeps",
    "grandparent wants to read the report from the nursery",
])
def test_asking_to_see_what_a_service_holds_is_access_to_records(question: str) -> None:
    assert seeing_as_access(question).endswith("(access to records)")


@pytest.mark.parametrize("question", [
    "The social workers asked what staff have seen",
    "Can the school tell social services about my son?",
    "How do I make a subject access request? access to records",
    # records, but about no one in particular, or not to be seen
    "Can the police see the school's records?",
    "The police want to see the referral records",  # an agency asking: a request to share
    "Should we keep notes about him?",
    "Where can I see the information in the protocol?",
])
def test_other_questions_are_left_as_typed(question: str) -> None:
    assert seeing_as_access(question) == question


def _top(answers: Answers, question: str, limit: int = 3) -> list[str]:
    return [basis["id"] for basis in answers.which_act(question)[:limit]]


def test_seeing_what_the_police_passed_on_finds_data_protection_law(answers: Answers) -> None:
    # without the reading, the question's words find crime and council law and no data protection
    top = _top(answers, "Have I got any right to see what the police said to social services about my family?")
    assert {"data-protection-act-1998", "data-protection-act-2018"} & set(top), top


def test_officers_after_shoplifting_find_the_crime_and_disorder_act(answers: Answers) -> None:
    # read as police officers, the question names the police and a crime: the crime gateway leads
    top = _top(answers, "Officers want the school's attendance registers to see which teenagers are behind "
                        "a spate of shoplifting", limit=1)
    assert top == ["crime-and-disorder-act-1998"], top


def test_police_after_a_pupils_file_find_the_crime_gateway_among_the_first(answers: Answers) -> None:
    # without the hint the school's file finds only education and children's law
    top = _top(answers, "Can the police look at a pupil's school file to help catch whoever is behind a string "
                        "of burglaries?", limit=2)
    assert "crime-and-disorder-act-1998" in top, top


def test_the_crime_hint_needs_the_police_and_a_crime(answers: Answers) -> None:
    from guidegraph.query import parse

    def hinted(question: str) -> set[str]:
        parsed = parse(question)
        return set(crime_for_the_police(parsed, answers.expander.concepts_named).words) - set(parsed.words)

    assert hinted("can the cops see the school file after the burglary") == set(CRIME_HINT)
    assert hinted("can the police tell the school") == set()
    assert hinted("the school wants to report shoplifting to the council") == set()


def test_the_police_after_records_someone_else_holds_get_the_crime_hint(answers: Answers) -> None:
    from guidegraph.query import parse

    def hinted(question: str) -> bool:
        parsed = parse(question)
        return bool(set(crime_for_the_police(parsed, answers.expander.concepts_named).words) - set(parsed.words))

    assert hinted("Can the police get a child's GP records?")
    assert hinted("can the police see the school file")
    # what the police hold themselves is no gateway to them
    assert not hinted("can the school see the police records about the dad")
    assert not hinted("can I read the police's notes")


def test_the_police_after_gp_records_find_the_health_and_crime_gateways_not_sarahs_law(answers: Answers) -> None:
    # without the hint the police's words find the Child Sex Offender Disclosure Scheme first
    top = _top(answers, "Can the police get a child's GP records?")
    assert top[0] != "child-sex-offender-disclosure-scheme", top
    assert {"national-health-service-act-2006", "crime-and-disorder-act-1998"} <= set(top), top


@pytest.mark.parametrize(("question", "read"), [
    ("What gives it the power?", "What confers it the power?"),
    ("Which law gives a family the right to privacy?", "Which law confers a family the right to privacy?"),
    ("Which Act gives councils that broad power?", "Which Act confers councils that broad power?"),
    # giving information, consent or a hard time is left as typed
    ("Can I give the police what I know?", "Can I give the police what I know?"),
    ("she gives her consent to sharing", "she gives her consent to sharing"),
    ("her boyfriend gives her a hard time", "her boyfriend gives her a hard time"),
])
def test_law_giving_a_power_or_right_confers_it(question: str, read: str) -> None:
    assert giving_as_conferring(question) == read


@pytest.mark.parametrize(("question", "consent"), [
    ("Can I tell the police if she says so?", False),
    ("the worries are from years ago, do I need to say so?", False),
    ("Without the young person's say-so I'm not allowed to tell anyone", True),
    ("whose say-so do I need?", True),
    ("can I share without mum's say-so", True),
])
def test_say_so_is_consent_only_as_someones(answers: Answers, question: str, consent: bool) -> None:
    from guidegraph.analysis import words

    assert ("consent" in answers.expander.concepts_named(tuple(words(question)))) == consent


def _holders(words: tuple[str, ...]) -> list[frozenset[int]]:
    return [frozenset({1})] if {"police", "school", "care"} & set(words) else []


@pytest.mark.parametrize(("question", "read"), [
    ("Do the police have a right to ask the school for records?",
     "Do the police have a power to ask the school for records?"),
    ("Surely social care has no right to know what he told me",
     "Surely social care has no power to know what he told me"),
    # a person's own right to ask is the disclosure scheme's
    ("Do I have a right to ask the police about him?", "Do I have a right to ask the police about him?"),
    ("Does my sister have the right to know about his past?",
     "Does my sister have the right to know about his past?"),
    # the role named in another clause is not the one who has the right
    ("The police came round, and my sister has a right to know",
     "The police came round, and my sister has a right to know"),
])
def test_an_agencys_right_to_ask_is_its_power(question: str, read: str) -> None:
    assert agency_right_as_power(question, _holders) == read


def test_an_agencys_right_to_ask_is_not_the_disclosure_scheme(answers: Answers) -> None:
    # read as a right a person claims, the question finds Clare's Law first
    top = _top(answers, "Does children's social care have a right to ask the surgery for a toddler's notes?", limit=1)
    assert top != ["domestic-violence-disclosure-scheme"], top
    assert _top(answers, "Do I have the right to know if my new partner has a violent past?",
                limit=1) == ["domestic-violence-disclosure-scheme"]


def test_a_right_to_see_is_access_to_records(answers: Answers) -> None:
    from guidegraph.analysis import words

    assert "access-to-records" in answers.expander.concepts_named(tuple(words("have I a right to see the file")))


@pytest.mark.parametrize(("question", "hinted"), [
    ("Is there a way for me to find out if he has convictions for offences against children?", True),
    ("The man next door babysits for my kids. Can I ask the police whether he has a record?", True),
    ("Her aunt wants to check whether the lodger has ever harmed children", True),
    # a partner's violent past, no child named: the words both schemes share
    ("Can she ask the police whether her boyfriend has a violent past?", True),
    ("Can an agency ask the police to tell her about his past? He hurt previous girlfriends.", True),
    ("Is there any way the dad could find out from the police whether the man is a risk to the boys?", True),
    # asking the police about a person is asking what they know of him, past named or not
    ("parent asks police about man near kids", True),
    ("My ex's new partner will look after our kids on his own. Can I ask the police if he's a risk to children?",
     True),
    ("Can I ask the police if she can share the report with the school?", False),
    ("The strategy meeting will decide if he is a risk to the children", False),
    ("A mum is worried her new boyfriend may have offences against children. How can she ask the police?", True),
    ("A mother wants the police to tell her whether her new boyfriend, who looks after her kids on his own, "
     "is a risk to children", True),
    # told of a man's offences, not asking about them: the arrangements managing him
    ("The police have told our chair that a man released from prison for offences against a child has moved in",
     False),
    # no past asked about; no one asking

    ("Can a mum find out if her new partner was ever convicted of violent offences against children?", True),
    # a record in everyday words
    ("My sister's new boyfriend minds her kids. Can she check whether he's been in trouble for hurting children?",
     True),
    ("Her lodger was in trouble with the police years ago. Can she find out what for? She has a baby.", True),
    ("The pupil got in trouble for vaping at break. Can I tell his mum?", False),
    ("Can I ask the police to help a child at risk?", False),
    ("Can I ask the police about the procedure for a joint visit?", False),
    ("Is a list of a pupil's criminal convictions sensitive data?", False),
])
def test_asking_about_the_record_of_someone_near_a_child_hints_at_the_scheme(question: str, hinted: bool) -> None:
    from guidegraph.query import parse

    parsed = parse(question)
    assert (someones_past_for_the_scheme(parsed, question) != parsed) == hinted


def test_a_parent_asking_about_a_stepdads_convictions_finds_sarahs_law_first(answers: Answers) -> None:
    # the case examples of offenders managed under MAPPA match "convicted of offences against a child";
    # the scheme's own words ("concerned", "unsupervised access") tell the parent's question from them
    top = _top(answers, "My daughter's new stepdad is often alone with her. Is there a way for me to find out "
                        "if he has convictions for offences against children?", limit=1)
    assert top == ["child-sex-offender-disclosure-scheme"], top


def test_asking_about_a_coachs_convictions_finds_sarahs_law_not_mappa(answers: Answers) -> None:
    # told as a story, the question matches the case examples of offenders managed under MAPPA
    top = _top(answers, "Can a grandmother find out whether the man who coaches her grandson's football team "
                        "has convictions for harming children?", limit=1)
    assert top == ["child-sex-offender-disclosure-scheme"], top


@pytest.mark.parametrize(("question", "read_as_capacity"), [
    ("A dad with Down's syndrome can't follow what we want to share about him", True),
    ("A 20 year old with a brain injury cannot weigh up whether her details should go to housing", True),
    ("The young man can't really decide who sees his file", True),
    ("She is unable to understand what an assessment involves", True),
    # no inability; or the question already says capacity
    ("Can we decide to share without consent?", False),
    ("We can't share this without a reason", False),
    ("He lacks capacity and cannot decide", False),
    # the asker's own doubt, or a choice between options, is no one's incapacity
    ("I can't decide whether to ring the duty team", False),
    ("We couldn't decide who should lead", False),
    ("The team can't decide if the bruise is serious", False),
])
def test_someone_unable_to_understand_or_decide_lacks_capacity(question: str, read_as_capacity: bool) -> None:
    from guidegraph.query import parse

    parsed = parse(question)
    assert (inability_as_capacity(parsed, question) != parsed) == read_as_capacity


def test_a_dad_who_cannot_follow_what_is_shared_finds_the_mental_capacity_act(answers: Answers) -> None:
    top = _top(answers, "A dad with a learning disability can't follow what we want to share about him with "
                        "the school. Which law says how we decide for him?", limit=1)
    assert top == ["mental-capacity-act-2005"], top


def test_asking_to_read_what_the_school_nurse_wrote_finds_data_protection_law_first(answers: Answers) -> None:
    # the guidance: a request to see one's records is "an 'Access to Records' request under the Data
    # Protection Act"; without the hint the Freedom of Information Act came first
    top = _top(answers, "A 14 year old wants to read what the school nurse wrote about her", limit=1)
    assert top[0] in {"data-protection-act-2018", "data-protection-act-1998"}, top


@pytest.mark.parametrize(("question", "hinted"), [
    ("Can the school tell social services about my son without asking me first?", True),
    ("Can she tell children's services without the parents' permission?", True),
    ("Do I need anyone's permission before I phone the police?", True),
    ("Can we share without consent?", True),
    # consent asked about, but not its absence
    ("How do I record a parent's consent?", False),
    ("Can a 13 year old give consent?", False),
])
def test_asking_to_share_without_consent_hints_at_data_protection(question: str, hinted: bool) -> None:
    from guidegraph.query import parse

    parsed = parse(question)
    assert (without_consent_as_the_law_allows(parsed, question) != parsed) == hinted


@pytest.mark.parametrize(("question", "hinted"), [
    ("We're a charity with no special legal power to share: which laws do we still have to meet?", True),
    ("Our scout group has no statutory power to share, so what rules apply to us anyway?", True),
    ("Do we need a specific legal power, and what must we comply with all the same?", True),
    # no power said of another, asking for the power it does have
    ("Mum says the trust has no legal power to share anything about her baby. Which Act applies?", False),
    # still, but no power spoken of
    ("Do we still have to tell the parents first?", False),
])
def test_asking_what_binds_one_with_no_power_hints_at_the_requirements(question: str, hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import no_power_as_what_still_binds

    parsed = parse(question)
    assert (no_power_as_what_still_binds(parsed, question) != parsed) == hinted


def test_a_sharer_with_no_power_is_answered_with_the_law_that_binds_everyone(answers: Answers) -> None:
    # the public bodies' powers the question sets aside are no answer
    top = _top(answers, "Our scout group has no statutory power to share, so what rules apply to us anyway "
                        "before we call social care?", limit=3)
    assert top[0] == "common-law-duty-of-confidence", top
    assert not {"children-act-1989", "children-act-2004", "local-government-act-2000"} & set(top), top


@pytest.mark.parametrize(("question", "read"), [
    ("Can our council share what it knows with the housing association to make the estate a nicer place?", True),
    ("The county council wants to keep the county a healthier place. Can it pool data?", True),
    # no council: the police making a place safer act under crime law
    ("Can the police share data to make the estate safer?", False),
    # a better place for one child is no area's well-being
    ("The council wants to find the boy a better placement", False),
])
def test_a_council_making_a_place_better_is_read_as_the_well_being_of_an_area(question: str, read: bool) -> None:
    from guidegraph.question_forms import better_place_as_well_being

    assert better_place_as_well_being(question).endswith("(social well-being of the area)") == read


def test_a_council_sharing_to_make_its_town_better_finds_its_well_being_power(answers: Answers) -> None:
    top = _top(answers, "Can our district council share what it knows with the housing association to make the "
                        "estate a nicer place for families?", limit=1)
    assert top == ["local-government-act-2000"]


@pytest.mark.parametrize(("question", "hinted"), [
    ("What law stops us giving the police more than they need?", True),
    ("Can we keep old sign-in sheets indefinitely?", True),
    ("How long should we keep the notes of a referral?", True),
    # sharing only what is necessary, said of a right to private life: no hint
    ("We must respect her private life, sharing only what is necessary. Which law?", False),
    ("Can we share more quickly when a child is in danger?", False),
])
def test_asking_to_share_or_keep_no_more_than_needed_hints_at_data_protection(question: str, hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import no_more_than_necessary_as_data_law

    parsed = parse(question)
    assert (no_more_than_necessary_as_data_law(parsed, question) != parsed) == hinted


@pytest.mark.parametrize("question", [
    "The police want our whole pastoral file on a girl, though only one entry matters. What law stops us giving "
    "them more than they need?",
    "Our nursery still has boxes of sign-in sheets and medical forms from children who left years ago. Can we keep "
    "them indefinitely?",
])
def test_sharing_or_keeping_no_more_than_needed_finds_data_protection_law(answers: Answers, question: str) -> None:
    top = _top(answers, question, limit=1)
    assert top[0] in {"data-protection-act-2018", "gdpr", "data-protection-act-1998"}, top


def test_telling_social_services_without_asking_the_parent_finds_data_protection_first(answers: Answers) -> None:
    top = _top(answers, "Can the school tell social services about my son without asking me first?", limit=1)
    assert top[0] in {"data-protection-act-2018", "gdpr"}, top


def test_a_partners_violent_past_gets_only_the_words_both_schemes_share() -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import CHILD_PAST_HINT, PAST_HINT

    question = "Can the health visitor ask the police to tell mum whether the baby's dad has been violent to partners?"
    added = set(someones_past_for_the_scheme(parse(question), question).words) - set(parse(question).words)
    assert added == set(PAST_HINT) - set(parse(question).words)
    assert not added & (set(CHILD_PAST_HINT) - set(PAST_HINT))


@pytest.mark.parametrize(("typed", "spelt"), [
    ("cn my mate ask the police if her new bf has hit his exes b4??", "can my mate ask the police if her new "
                                                                      "boyfriend has hit his exes before??"),
    ("shes scared 4 her n the kids", "shes scared for her and the kids"),
    # what could be read otherwise stays: a count, an abbreviation, a country
    ("she has 4 children in Yr 9", "she has 4 children in year 9"),
    ("R&R in the U.K.", "R&R in the U.K."),
    # an Act's year typed short; not a count of months, nor a section in brackets
    ("data protection act 18 - is there a condition in it?", "data protection act 2018 - is there a condition in it?"),
    ("is that the children act 89 or the 04 one", "is that the children act 1989 or the 04 one"),
    ("the act 18 months ago", "the act 18 months ago"),
    ("the Act 17(1) says", "the Act 17(1) says"),
])
def test_text_speak_is_spelt_out(typed: str, spelt: str) -> None:
    from guidegraph.question_forms import spelt_out

    assert spelt_out(typed) == spelt


def test_a_text_speak_question_about_a_partners_past_finds_clares_law(answers: Answers) -> None:
    top = _top(answers, "cn my mate ask the police if her new bf has hit his exes b4?? shes scared 4 her n the kids",
               limit=1)
    assert top == ["domestic-violence-disclosure-scheme"]


@pytest.mark.parametrize(("belief", "speaker"), [
    ("Repairs operative: if I report what I saw, the family will get evicted", {"repairs", "operative"}),
    ("Quiz true or false: GDPR stops a dance teacher telling anyone", {"quiz", "true", "false"}),
    # a word the belief says too is the belief's
    ("Teacher: a teacher can never tell anyone", set()),
    # a label longer than what follows labels nothing
    ("Note: x", set()),
    ("No label here, but a colon: later on it goes", set()),
    ("Consent is always needed", set()),
])
def test_who_says_a_belief_is_read_from_its_label(belief: str, speaker: set[str]) -> None:
    assert speaker_words(belief) == speaker


def test_someone_who_doesnt_have_capacity_finds_the_law_named_after_it(answers: Answers) -> None:
    top = _top(answers, "Our lodger's mum looks after his two boys, but she's had a stroke and doesn't have the "
                        "capacity to agree to us telling her GP. Which law decides what we can share about her?",
               limit=1)
    assert top == ["mental-capacity-act-2005"]


@pytest.mark.parametrize(("text", "whose"), [
    ("Which law governs sharing about an adult who lacks capacity to consent?", {"adult"}),
    ("In the case of children who lack the capacity to consent their parents may do so", {"child"}),
    ("where the young person does not have the capacity to agree", {"child"}),
    ("She lacks capacity", set()),  # no one named by kind
])
def test_whose_capacity_a_text_speaks_of(text: str, whose: set[str]) -> None:
    from guidegraph.question_forms import whose_capacity

    assert whose_capacity(text) == whose


def test_a_hit_on_a_childs_capacity_does_not_keep_its_law_ahead_for_an_adult(answers: Answers) -> None:
    # the best hit says what parents may do for "children who lack the capacity to consent": it
    # speaks of capacity, but not of the adult asked about
    top = _top(answers, "Our client, a young father, can't take in what we want to pass on. Which law governs "
                        "sharing about an adult who lacks capacity to consent?", limit=1)
    assert top == ["mental-capacity-act-2005"]


def test_the_guidance_terms_a_question_uses() -> None:
    assert guidance_terms("How do we handle an Access to Records request from a parent?") == ["access to records"]
    assert guidance_terms("Can the nursery send the council a report?") == []
    # asked in other words, the request is read as the guidance's term for it
    assert guidance_terms(seeing_as_access("Can I read what the clinic sent the school about me?")) == [
        "access to records"]


@pytest.mark.parametrize(("question", "lacking"), [
    ("Our tenant lost capacity after a stroke: can we tell his daughter's school?", True),
    ("The grandad may not have the capacity to agree to us passing this on", True),
    ("Since the accident she can no longer make decisions about money or letters", True),
    ("I'm not sure he understands what he is agreeing to", True),  # inability_as_capacity's words
    ("Does a 15-year-old have the capacity to consent on her own?", False),  # asked, not said to lack
    ("Her dad doesn't have the capacity to agree to us telling the school", True),  # "n't" ends a word
    ("Can we presume that the tenant has capacity to consent, given his confusion?", True),
    ("I'm not sure whether she has capacity to consent at 14", False),  # a child's understanding
    ("We have no capacity in the team to take more referrals", False),
])
def test_someone_said_to_lack_capacity(question: str, lacking: bool) -> None:
    assert lacks_capacity(question) is lacking


@pytest.mark.parametrize(("question", "missing"), [
    ("A Year 8 girl left in May and nobody knows what school she went to", True),
    ("Twins aged 9 are not on a school roll anywhere since they moved here", True),
    ("He is not registered at any school since the family arrived", True),
    ("Our pupil has been missing from education for a term", True),
    ("A teenager ran away from home and nobody knows where she is", False),  # missing from home, no school
])
def test_a_child_no_school_knows_of_reads_as_missing_education(question: str, missing: bool) -> None:
    read = unknown_school_as_missing_education(question)
    assert read.endswith("(children missing education)") is missing


@pytest.mark.parametrize(("question", "read"), [
    ("Nothing in statute tells the council to set up a joint triage desk, but it would help it deliver its "
     "children's services. What gives it the power?", True),
    ("Can the local authority share a tenant's details if that supports them to fulfil their duties?", True),
    ("Could the council pass this on when it helps us carry out our statutory functions?", True),
    # not of a council
    ("Can the school share a file if it helps them run their services?", False),
    # helping a family is no function of the council's own
    ("The council wants to help the family carry out the repairs. What law applies?", False),
    # the guidance's words typed already
    ("Is sharing incidental to the council's functions if it helps it run its services?", False),
])
def test_what_helps_a_council_do_its_work_reads_as_incidental_to_its_functions(question: str, read: bool) -> None:
    from guidegraph.question_forms import FUNCTIONS_OF_A_COUNCIL, helping_its_work_as_incidental

    assert helping_its_work_as_incidental(question).endswith(f"({FUNCTIONS_OF_A_COUNCIL})") is read


@pytest.mark.parametrize("question", [
    "Our council's youth service wants to pass a family's details to the housing team because it helps the "
    "council carry out its duties to them. Where does that power come from?",
    "Nothing in statute tells the council to set up a joint triage desk, but it would help it deliver its "
    "children's services. What gives it the power?",
])
def test_a_council_helped_to_do_its_work_finds_its_subsidiary_power(answers: Answers, question: str) -> None:
    # read as typed, "help", "duties" and "services" find the duties of the services named
    assert _top(answers, question, limit=1) == ["local-government-act-1972"]


@pytest.mark.parametrize(("question", "harm"), [
    ("A woman at our hostel says her boyfriend, who babysits her son, may have convictions for sexual "
     "offences against children. How can she check?", "child"),
    ("I supervise a man with convictions for assaulting two ex-partners; his new partner has a toddler. "
     "Which scheme lets my service ask for her to be told about his history of violence?", "violence"),
    ("Can my aunt find out whether her lodger has a criminal record?", ""),  # no harm named
    # a past spoken of, but nothing asked to be learnt of it
    ("A man with convictions for offences against children has moved near our nursery. Who manages him?", None),
    # nothing of anyone's past
    ("How can she check the school's safeguarding policy?", None),
])
def test_asked_to_learn_someones_past_names_the_harm(question: str, harm: str | None) -> None:
    from guidegraph.question_forms import past_asked_to_learn

    assert past_asked_to_learn(question) == harm


@pytest.mark.parametrize(("question", "hinted"), [
    ("A teenager told me about her eating disorder on condition it stayed between us. What rule means I'd need "
     "her agreement before telling her mum?", True),
    ("Our translator heard a dad admit he hits the kids. What stops her repeating it to her neighbours?", True),
    ("A volunteer promised a family to keep what they told her secret. Does that promise bind her in law?", True),
    # a confidence conceded: the question asks what lets it go, not what binds
    ("She told me in confidence that her stepdad hits her. Can I tell social care?", False),
    # something stopped, but no confidence told of
    ("What stops the council sharing a tenant's rent arrears with the school?", False),
])
def test_what_binds_one_told_in_confidence_hints_at_the_duty(question: str, hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import CONFIDENCE_HINT, what_binds_a_confidence

    read = what_binds_a_confidence(parse(question), question)
    assert (set(CONFIDENCE_HINT) <= set(read.words) and set(CONFIDENCE_HINT) <= read.minor) is hinted


@pytest.mark.parametrize("question", [
    "A teenager at our youth club told me about her eating disorder on condition it stayed between us. What rule "
    "means I'd need her agreement before telling her mum?",
    "Our translator heard a dad admit he hits the kids during a housing appointment. What stops her repeating it "
    "to her neighbours?",
])
def test_asked_what_binds_a_confidence_the_duty_of_confidence_leads(answers: Answers, question: str) -> None:
    # read as typed, the story's words find data protection law or the Children Act 1989
    assert _top(answers, question, limit=1) == ["common-law-duty-of-confidence"]


@pytest.mark.parametrize(("question", "read"), [
    ("Which law puts a duty on the council to provide services for children like them?", True),
    ("What law puts a duty on the local authority to provide help to families like this?", True),
    ("Must the council offer extra support to disabled children?", True),
    # said already in the guidance's term
    ("Which law says the council must provide services for children in need?", False),
    # services for someone else than a child or a family
    ("Does the council have to provide care services for a frail pensioner?", False),
])
def test_services_for_children_read_as_children_in_need(question: str, read: bool) -> None:
    from guidegraph.question_forms import CHILDREN_IN_NEED, services_for_children_as_in_need

    assert services_for_children_as_in_need(question).endswith(f"({CHILDREN_IN_NEED})") is read


def test_a_duty_to_provide_services_for_children_finds_the_children_in_need_law(answers: Answers) -> None:
    asked = ("I'm a school nurse. A mum has been raising two boys alone since their dad went to prison; money is "
             "tight and the flat is a mess, but no one is hurting them. Which law puts a duty on the council to "
             "provide services for children like them?")
    assert _top(answers, asked, limit=1) == ["children-act-1989"]


@pytest.mark.parametrize(("question", "hinted"), [
    ("My client is the dad and my duty is to him, but I'm worried about his baby. Which law says the baby's "
     "safety has to come first?", True),
    ("I treat a mother and her son. If he may be harmed, whose interests take priority?", True),
    # what comes first is asked, but of no child
    ("My patient is an elderly man. Which comes first, his wishes or his wife's safety?", False),
    # a child, but the first thing asked of is not whose interests win
    ("A boy told me about his stepdad first thing this morning. Can I tell social care?", False),
])
def test_asked_whether_the_child_comes_first_hints_at_the_overriding_consideration(question: str,
                                                                                  hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import OVERRIDING_HINT, child_first_as_overriding

    read = child_first_as_overriding(parse(question), question)
    assert (set(OVERRIDING_HINT) <= set(read.words)) is hinted


def test_a_duty_to_a_parent_gives_way_when_asked_whether_the_child_comes_first(answers: Answers) -> None:
    asked = ("I'm an adult drug worker. My client is the dad and my duty of care is to him, but I'm worried about "
             "his baby. Which law says the baby's safety has to come first?")
    assert _top(answers, asked, limit=1) == ["children-act-1989"]


@pytest.mark.parametrize(("question", "read"), [
    ("A baby at our creche has stopped breathing. Can we pass his medical history to the paramedics to protect "
     "his life?", True),
    ("Can staff give the ambulance crew a pupil's health details to save her life?", True),
    ("It's life or death: can I tell the hospital about her medication?", True),
    # a private or family life is no life saved
    ("Does telling the school breach the family's right to a private life?", False),
    ("Can the council share to make life better for residents?", False),
])
def test_sharing_to_save_a_life_reads_as_vital_interests(question: str, read: bool) -> None:
    from guidegraph.question_forms import VITAL_INTERESTS, saving_a_life_as_vital_interests

    assert saving_a_life_as_vital_interests(question).endswith(f"({VITAL_INTERESTS})") is read


@pytest.mark.parametrize(("question", "hinted"), [
    ("I manage the council's parks crews. Does the legal duty to look after children's welfare apply to our staff?",
     True),
    ("Our district council runs the bin collections. Does the duty to keep children safe extend to those teams?",
     True),
    ("Does the statutory safeguarding duty cover the council's planning department?", True),
    # a duty asked for, not whether it reaches someone
    ("Which law puts a duty on the council to safeguard children?", False),
    # said in the story, not asked
    ("The duty applies to us, our manager says. Which Act is it in?", False),
])
def test_asked_whether_a_duty_reaches_a_body_hints_at_the_duty_on_key_bodies(question: str, hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import KEY_BODIES_HINT, duty_reaching_a_body_as_key_bodies

    read = duty_reaching_a_body_as_key_bodies(parse(question), question)
    assert (set(KEY_BODIES_HINT) <= set(read.words)) is hinted


def test_a_duty_reaching_a_councils_staff_finds_the_duty_on_key_bodies(answers: Answers) -> None:
    asked = ("I manage the council's parks and cemeteries crews. Does the legal duty to look after children's "
             "welfare apply to our staff?")
    assert _top(answers, asked, limit=1) == ["children-act-2004"]


@pytest.mark.parametrize(("question", "timed"), [
    ("When should the form tutor pass a worry on to the DSL?", True),
    ("When will the school hear back from children's services?", True),
    ("When does the record go to the pupil's next school?", True),
    ("When can I share without the family's consent?", False),  # in what case, not by when
    ("Who should the form tutor pass a worry on to?", False),
])
def test_asking_when_something_is_passed_on_asks_for_a_time(question: str, timed: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import TIME_HINT, when_as_timescale

    words = when_as_timescale(parse(question), question).words
    assert set(TIME_HINT) <= set(words) if timed else not set(TIME_HINT) & set(words)


@pytest.mark.parametrize(("question", "read"), [
    ("Has the privacy watchdog written anything on sharing between agencies?", True),
    ("What does the data protection regulator say about emailing case notes?", True),
    ("Has the regulator published a code on sharing personal data?", True),
    # a regulator of something else: the inspectorate of schools and care
    ("The regulator is inspecting our children's home next week: which law covers its visit?", False),
    ("Does the Information Commissioner's watchdog role cover schools?", False),  # named already
])
def test_the_data_regulator_reads_as_the_information_commissioner(question: str, read: bool) -> None:
    from guidegraph.question_forms import INFORMATION_COMMISSIONER, regulator_as_commissioner

    assert regulator_as_commissioner(question) == (f"{question} ({INFORMATION_COMMISSIONER})" if read else question)


def test_the_privacy_watchdogs_guidance_is_the_commissioners_code(answers: Answers) -> None:
    # read as typed, "watchdog" names no one and the practitioners' advice on sharing is listed first
    asked = "Has the privacy watchdog written any statutory guidance on organisations sharing personal data?"
    assert _top(answers, asked, limit=1) == ["ico-data-sharing-code-of-practice"]


@pytest.mark.parametrize(("question", "asked"), [
    ("A childminder has seen burns on a girl's arm. Can she ring children's social care without mum's agreement?",
     True),
    ("Do we need the father's say-so before we tell the health visitor?", True),
    # which law, not whether one may
    ("Which law lets the nursery tell social care without the parents' consent?", False),
    # told in the story, not asked
    ("The school told social care without asking me. Which Act covers their enquiries?", False),
])
def test_asked_whether_one_may_share_without_consent(question: str, asked: bool) -> None:
    from guidegraph.question_forms import asks_leave_to_share_without_consent

    assert asks_leave_to_share_without_consent(question) is asked


def test_asked_whether_to_tell_childrens_services_without_consent_finds_data_law(answers: Answers) -> None:
    # the children's services told find the Children Act 1989 first; whether consent is needed is
    # answered by data protection law
    asked = "Can our nursery ring children's social care about a girl's burns without mum's agreement?"
    assert _top(answers, asked, limit=1)[0] in {"gdpr", "data-protection-act-2018", "common-law-duty-of-confidence"}


def test_asked_what_binds_a_confidence_the_words_for_sharing_without_consent_are_left_out() -> None:
    # the duty owed is asked for: data protection's words for sharing without consent would draw
    # the answer to the law that lets it go
    from guidegraph.query import parse
    from guidegraph.question_forms import CONFIDENCE_HINT, CONSENT_HINT, what_binds_a_confidence

    asked = ("A dad told me about his drinking on the understanding it stayed between us. If I ring the school "
             "without his agreement, what duty am I weighing that against?")
    read = what_binds_a_confidence(without_consent_as_the_law_allows(parse(asked), asked), asked)
    assert set(CONFIDENCE_HINT) <= set(read.words) and "legally" not in read.words
    shared = "Can I ring the school without his agreement?"
    assert set(CONSENT_HINT) <= set(without_consent_as_the_law_allows(parse(shared), shared).words)


@pytest.mark.parametrize(("question", "read"), [
    ("Mum agreed in March that we could speak to the school nurse. Can she take that back now?", True),
    ("He signed our consent form last year: does it stand forever?", True),
    ("A dad gave permission for the referral, then changed his mind. Where do we stand?", True),
    ("Can I take the laptop back to the office?", False),  # no consent given
    ("Dad wants to withdraw his consent: can he?", False),  # in the guidance's words already
])
def test_consent_taken_back_reads_as_withdrawn(question: str, read: bool) -> None:
    from guidegraph.question_forms import CONSENT_WITHDRAWN, taking_consent_back_as_withdrawal

    assert (taking_consent_back_as_withdrawal(question) == f"{question} ({CONSENT_WITHDRAWN})") is read


def test_consent_taken_back_finds_the_law_that_lets_it_be_withdrawn(answers: Answers) -> None:
    # the UK GDPR's standard for consent: "able to be withdrawn"; the story's GP and family found the
    # Children Act 1989 first
    asked = "A dad agreed last month that we could talk to his GP. Now he has changed his mind: can he do that?"
    assert _top(answers, asked, limit=1) == ["gdpr"]


@pytest.mark.parametrize(("question", "read"), [
    ("Grandad says the nursery invaded his privacy by phoning social care. Can he complain?", True),
    ("The school told us about the parents' row and they say it breached the family's privacy. Is that right?", True),
    ("Does everyone have a right to privacy when a worker rings the police?", True),
    ("Where is our privacy notice kept?", False),  # a notice, no right claimed
    ("She relies on her right to respect for private and family life, and on her privacy.", False),  # named already
])
def test_a_right_to_privacy_reads_as_private_life(question: str, read: bool) -> None:
    from guidegraph.question_forms import PRIVATE_LIFE, privacy_as_private_life

    assert (privacy_as_private_life(question) == f"{question} ({PRIVATE_LIFE})") is read


def test_privacy_breached_finds_the_human_rights_act(answers: Answers) -> None:
    # the youth club and children's services found the Children Act 1989 first
    asked = ("An uncle is angry that the youth club invaded his privacy when it rang children's services about "
             "his nephew. Which law does his complaint rest on?")
    assert _top(answers, asked, limit=1) == ["human-rights-act-1998"]


@pytest.mark.parametrize(("question", "read"), [
    ("We promise parents we're always open and fair with them. Is there an exception?", "fair"),
    ("Can the details from the dinner-money form be shared for a quite different purpose?", "purpose"),
    ("May the club use her phone number for purposes other than the match rota?", "purpose"),
    ("Is it fair to tell the police? And open to challenge?", None),  # no pair of the principle's words
    ("What is the purpose of a strategy discussion?", None),
])
def test_data_principles_in_plain_words_read_as_the_guidance_words_them(question: str, read: str | None) -> None:
    from guidegraph.question_forms import FAIRNESS, PURPOSE_COMPATIBLE, data_principles_in_plain_words

    added = {"fair": f" ({FAIRNESS})", "purpose": f" ({PURPOSE_COMPATIBLE})", None: ""}[read]
    assert data_principles_in_plain_words(question) == question + added


def test_another_purpose_finds_data_protection_law(answers: Answers) -> None:
    # the school trip form and the council found the Children Act 1989 first
    asked = ("The parents filled in our school trip form with their medical details. Could the form be used for "
             "another purpose, such as a referral to the council, and what rule says so?")
    assert _top(answers, asked, limit=1) == ["data-protection-act-1998"]


@pytest.mark.parametrize(("question", "read"), [
    ("A dad heard his son plans to smash up the bus shelter. Should he ring the police to stop it happening?", True),
    ("Can the housing team give the police her address so they can prevent anything happening?", True),
    ("How do we stop it happening again at the school gate?", False),  # no police named
    ("Can I tell the police what happened?", False),  # nothing to stop
])
def test_telling_the_police_to_stop_something_reads_as_crime_prevention(question: str, read: bool) -> None:
    from guidegraph.question_forms import CRIME_PREVENTION, stopping_it_as_crime_prevention

    assert (stopping_it_as_crime_prevention(question) == f"{question} ({CRIME_PREVENTION})") is read


def test_telling_the_police_to_stop_something_finds_the_crime_gateway(answers: Answers) -> None:
    # the school and its pupil found the law of a school's own safeguarding duty first
    asked = ("Our school caretaker saw older lads handing a pupil a package by the gates every evening. Can the school "
             "tell the police so they can stop it happening?")
    assert _top(answers, asked, limit=1) == ["crime-and-disorder-act-1998"]


@pytest.mark.parametrize(("question", "read"), [
    ("The ward and the care agency must compare notes to arrange a widow's care at home. Do they have to?", True),
    ("Should the surgery send her records on because it helps with her care?", True),
    ("Can we plan his care without telling his wife?", True),
    ("Which law lets us share with a care home?", False),  # a setting, not someone's care
    ("Can the nursery help care leavers find work?", False),
])
def test_sharing_for_someones_care_reads_as_facilitating_care(question: str, read: bool) -> None:
    from guidegraph.question_forms import FACILITATE_CARE, someones_care_as_facilitating_it

    assert (someones_care_as_facilitating_it(question) == f"{question} ({FACILITATE_CARE})") is read


def test_sharing_that_helps_someones_care_finds_the_duty_to_share_for_care(answers: Answers) -> None:
    # the surgery and the child found the duty of confidence first
    asked = ("I'm a pharmacist in a health centre. A boy with epilepsy has moved to a new surgery and they need his "
             "medication history. Is there a law obliging us to send it because it helps his care?")
    assert _top(answers, asked, limit=1) == ["health-and-social-care-safety-and-quality-act-2015"]


@pytest.mark.parametrize(("question", "read"), [
    ("My niece says she was 'cut' at a family party overseas. Who do I tell?", True),
    ("A pupil says she was cut when she was little, before coming here. Must I ring the police?", True),
    ("A girl got cut on a trip to see her aunt abroad. Can I tell her GP?", True),
    ("She had a cut lip and bruises. Can I tell social care?", False),  # an injury
    ("She has cut herself again. Can I tell her mum?", False),  # self-harm
])
def test_a_girl_cut_reads_as_female_genital_mutilation(question: str, read: bool) -> None:
    from guidegraph.question_forms import FGM, cutting_as_fgm

    assert (cutting_as_fgm(question) == f"{question} ({FGM})") is read


@pytest.mark.parametrize(("question", "read"), [
    ("Her nephew is now her court-appointed deputy. Can he see her file?", True),
    ("A deputy appointed by the court for my aunt wants her records. Can we share?", True),
    ("The deputy head wants the records. Can we share?", False),  # a school's deputy
    ("A deputy appointed by the Court of Protection wants her records.", False),  # named already
])
def test_a_deputy_a_court_appointed_reads_as_the_court_of_protections(question: str, read: bool) -> None:
    from guidegraph.question_forms import COURT_OF_PROTECTION_DEPUTY, court_deputy_as_court_of_protection

    assert (court_deputy_as_court_of_protection(question) == f"{question} ({COURT_OF_PROTECTION_DEPUTY})") is read


def test_a_deputy_a_court_appointed_finds_the_mental_capacity_act(answers: Answers) -> None:
    # the aunt and the nephew found the law of children first
    asked = ("After her stroke my aunt's court-appointed deputy is her nephew. He has asked our day centre for "
             "everything we hold on her. Can we give it to him?")
    assert "mental-capacity-act-2005" in _top(answers, asked, limit=2)


@pytest.mark.parametrize(("question", "hinted"), [
    ("I'm a swimming coach and one of my squad has bruises again. Who do I tell?", True),
    ("As a childminder, must I keep notes of what a parent tells me?", True),
    ("We're a small faith group running a toddler session - do the rules apply to us?", True),
    ("Breakfast club lead: a boy keeps arriving hungry, is that enough to pass on?", True),
    ("I'm worried about a boy who keeps arriving hungry. Who do I tell?", False),  # no role introduced
    ("My neighbour is a nurse and says she'd have to report it; is that true?", False),
])
def test_a_speaker_introducing_their_role_asks_as_a_practitioner(question: str, hinted: bool) -> None:
    from guidegraph.query import parse
    from guidegraph.question_forms import PRACTITIONER_HINT, speaker_as_practitioner

    parsed = speaker_as_practitioner(parse(question), question)
    assert (set(PRACTITIONER_HINT) <= parsed.minor) is hinted
    assert not hinted or set(PRACTITIONER_HINT) <= set(parsed.words)


@pytest.mark.parametrize(("question", "read"), [
    ("Our mental health trust and the city council keep meeting about joint services. Must they work together?",
     "NHS bodies"),
    ("Does the hospital have to cooperate with the council on people's welfare?", "NHS bodies"),
    ("Is joint working between the GP surgery and the council required?", "NHS bodies"),
    ("The police and the council keep talking to each other about my son. Why?",
     "co-operation to improve the well-being of children"),
    ("The academy and the council say they co-operate over pupils like mine.",
     "co-operation to improve the well-being of children"),
    ("Must the hospital share with the council?", None),  # no co-operating said
    ("Do the hospital and the ambulance crew have to work together?", None),  # no council
    ("Do NHS bodies and the council have to co-operate?", None),  # named already
])
def test_bodies_said_to_co_operate_read_as_the_law_names_them(question: str, read: str | None) -> None:
    from guidegraph.question_forms import co_operating_bodies_as_named_in_law

    assert co_operating_bodies_as_named_in_law(question) == (f"{question} ({read})" if read else question)


def test_a_health_trust_and_a_council_co_operating_finds_the_nhs_duty(answers: Answers) -> None:
    # a council's well-being powers came first
    asked = "Is joint working between our district council and the local health trust on residents' welfare compulsory?"
    assert _top(answers, asked, limit=1) == ["national-health-service-act-2006"]



@pytest.mark.parametrize(("question", "read"), [
    ("An older gang member has a 14-year-old carrying drugs for him. Can I tell the police?", True),
    ("She is being made to run drugs across the county. Who do I tell?", True),
    ("He ran out of his drugs for epilepsy. Can I tell his GP?", False),  # ran out of, not ran drugs
    ("Is she a victim of criminal exploitation? Which law applies?", False),  # named already
])
def test_a_child_used_to_run_drugs_reads_as_criminal_exploitation(question: str, read: bool) -> None:
    from guidegraph.question_forms import CRIMINAL_EXPLOITATION, running_drugs_as_exploitation

    assert (running_drugs_as_exploitation(question) == f"{question} ({CRIMINAL_EXPLOITATION})") is read


@pytest.mark.parametrize(("question", "asks"), [
    ("The police rang and they want to know who he has been hanging about with.", True),
    ("Detectives need to know where she was on Friday night.", True),
    ("The police want to know: is this a myth?", False),  # no one's whereabouts or company asked for
    ("Mum wants to know what the police told us.", False),  # not the police asking
])
def test_the_police_wanting_to_know_about_someone_are_after_what_the_holder_knows(question: str, asks: bool) -> None:
    from guidegraph.act_unasked import police_after_records

    assert police_after_records(question) is asks


def test_the_police_asking_about_a_child_used_to_run_drugs_finds_the_crime_gateway(answers: Answers) -> None:
    # the children's home and its resident found the law of children first
    asked = ("I manage a children's home. Detectives rang to say one of our residents, a 14-year-old, has been "
             "carrying drugs for an older gang member, and they want to know who visits him. Can we tell them?")
    assert _top(answers, asked, limit=1) == ["crime-and-disorder-act-1998"]
