"""which-act: what a question asks for, read from how it asks: regulations or an Act described, law
it disowns or names as the one amended, the sentence of a story that asks, the year law was made."""

from __future__ import annotations

import pytest

from guidegraph.act_history import asked_of_the_past, document_year, made_in, replaced_law_as_the_document_had_it
from guidegraph.act_rules import asks_where_from, law_asked_about
from guidegraph.act_unasked import asks_for_an_act, asks_for_regulations, set_aside
from guidegraph.answers import Answers
from guidegraph.guidance_answers import asking_words, describing_sentence
from guidegraph.rank import RankedBasis


def _ids(answers: Answers, question: str, top: int = 3) -> list[str]:
    return [r["id"] for r in answers.which_act(question)[:top]]


@pytest.mark.parametrize(("question", "asks"), [
    ("Which regulations require special schools to safeguard pupils?", True),
    ("the standards regulations for privately run schools that the guidance lists", True),
    ("2003 independent schools standards regs proprietors welfare", True),
    ("Do the data protection regulations stop me?", True),
    ("Can I share under the rules?", False),
    ("A school must follow the regulations its trust sets, but which Act applies?", False),
])
def test_a_question_asking_for_regulations(question: str, asks: bool) -> None:
    assert asks_for_regulations(question) is asks


@pytest.mark.parametrize(("question", "asks"), [
    ("the current Act that weighs the rights of the person against the need to share", True),
    ("the superseded data statute whose conditions the draft discusses", True),
    ("the way they act that day", False),
    # a few words qualifying the Act asked for
    ("Our old leaflet quotes a privacy law: which data protection Act does it mean?", True),
    ("Which 2014 Act set up the board?", True),
    ("which long-gone act did the handbook rely on", True),
    # an Act named, asked of; or people acting
    ("What does the Human Rights Act say about this?", False),
    ("Which of the Acts applies here?", False),
    ("Which staff act as the safeguarding lead?", False),
])
def test_an_act_described_is_an_act_asked_for(question: str, asks: bool) -> None:
    assert asks_for_an_act(question) is asks


def test_asked_for_regulations_an_act_ranking_with_them_comes_after(answers: Answers) -> None:
    assert _ids(answers, "Which regulations require non-maintained special schools to safeguard their pupils?",
                1) == ["education-non-maintained-special-schools-england-regulations-2011"]
    # guidance the story names is no answer to a question asking for regulations
    question = ("Our head keeps quoting Keeping Children Safe in Education, but that is guidance, not the law. "
                "Which regulations require a non-maintained special school to safeguard its pupils?")
    assert _ids(answers, question, 1) == ["education-non-maintained-special-schools-england-regulations-2011"]


@pytest.mark.parametrize(("question", "aside"), [
    ("Which Act inserted sections 16E to 16K into the Children Act 2004?", ["children", "act", "2004"]),
    ("which Act inserted section 251B, the duty to share, into the Health and Social Care Act 2012?",
     ["health", "social", "care", "act", "2012"]),
    ("Which Act amended the Data Protection Act 1998?", ["data", "protect", "act", "1998"]),
    ("Which Act replaced the Data Protection Act 1998?", ["data", "protect", "act", "1998"]),
    ("I already know section 11 of the Children Act 2004 covers us, so that isn't what I'm asking. Which law?",
     ["alreadi", "know", "section", "11", "children", "act", "2004", "cover", "so"]),
    ("He is managed under MAPPA, but that isn't my question: which scheme lets us ask?",
     ["he", "manag", "under", "mappa", "but"]),
    ("I'm told section 17 of the Children Act 1989 no longer applies here. Which Act does?",
     ["told", "section", "17", "children", "act", "1989"]),
])
def test_law_disowned_or_named_as_the_one_amended_is_set_aside(question: str, aside: list[str]) -> None:
    assert set_aside(question) == [aside]


@pytest.mark.parametrize(("question", "aside"), [
    ("I know the Data Protection Act 2018 gives us a lawful basis, but which Act puts a duty on health bodies?",
     ["data", "protect", "act", "2018", "give", "law", "basi"]),
    ("We understand the GDPR is the law itself, but what code did the Commissioner publish?",
     ["gdpr", "law", "itself"]),
    ("I'm aware Working Together 2023 is guidance, but which Act changed the law?",
     ["work", "togeth", "2023", "guidanc"]),
])
def test_what_the_asker_says_they_know_already_is_set_aside(question: str, aside: list[str]) -> None:
    assert set_aside(question) == [aside]


@pytest.mark.parametrize("question", [
    "I know the Children Act 1989 covers this, but which section is it?",  # a part of what they know
    "I know it is hard. Which law lets me share?",  # no "but": nothing conceded
])
def test_what_the_asker_knows_stays_when_they_ask_for_a_part_of_it(question: str) -> None:
    assert set_aside(question) == []


@pytest.mark.parametrize(("question", "named"), [
    # a closing question asking for other law than the story told of sets the story aside
    ("Under the NHS Act 2006, bodies must co-operate. Which Act, by contrast, gives only a power?", "nh act 2006"),
    ("Section 115 of the Crime and Disorder Act lets us disclose. Which later Act obliges us?", "crime disord act"),
    ("The Children Act 1989 covers assessments. Which other law should I read?", "children act 1989"),
    ("The Children Act 1989 covers assessments. Which law should I read?", None),  # no contrast
    ("Which other law should I read?", None),  # no story to set aside
])
def test_a_story_is_set_aside_by_a_question_asking_for_other_law(question: str, named: str | None) -> None:
    from guidegraph.rank import contains

    aside = set_aside(question)
    assert len(aside) == (1 if named else 0)
    assert not named or contains(aside[0], tuple(named.split()))
    assert not aside or "which" not in aside[0]  # the question itself is not set aside


def test_section_11_as_amended_by_an_act_names_no_law_set_aside() -> None:
    assert set_aside("section 11 of the Children Act 2004 as amended by the 2017 Act") == []


def test_the_act_amended_is_not_the_answer(answers: Answers) -> None:
    question = "Which Act inserted the sections on safeguarding partners into the Children Act 2004?"
    top = _ids(answers, question, 2)
    assert "children-and-social-work-act-2017" in top
    assert "children-act-2004" not in top


def test_the_law_a_question_disowns_is_not_the_answer(answers: Answers) -> None:
    question = ("I know the Children Act 1989 lets social care ask us for information, but that isn't what I'm "
                "asking. Which law says a school governing body must have safeguarding arrangements?")
    assert _ids(answers, question, 1) != ["children-act-1989"]


def test_the_sentence_that_asks_says_what_is_asked_for() -> None:
    story = ("My manager mentioned the Data Protection Act 2018 and a set of principles for councils. "
             "Which principles did she mean?")
    assert asking_words(story) == ("which", "principles", "did", "she", "mean")
    # asked back, "they" are what the story introduced; one sentence is the question itself
    assert asking_words("The pharmacist said there's a set of principles on sharing. What are they?") == (
        "which", "principles")
    assert asking_words("Which principles did she mean?") == ()


def test_a_story_naming_law_and_asking_for_principles_is_answered_by_the_principles(answers: Answers) -> None:
    question = ("My manager mentioned the Data Protection Act 2018 and then a set of principles extended from "
                "the NHS to councils with social services. Which principles did she mean?")
    assert _ids(answers, question, 1) == ["caldicott-principles"]


@pytest.mark.parametrize(("question", "year"), [
    ("Which other Act passed in 2000 gives powers to share?", 2000),
    ("an Act of 1998 on crime", 1998),
    ("a policy from 2004 says", None),
])
def test_the_year_law_was_made_in(question: str, year: int | None) -> None:
    assert made_in(question) == year


def test_law_made_in_the_year_asked_comes_first(answers: Answers) -> None:
    question = ("Besides the Local Government Act 2000, which other Act passed in 2000 gives powers to share "
                "information about young people?")
    top = _ids(answers, question, 2)
    assert set(top) == {"children-leaving-care-act-2000", "learning-and-skills-act-2000"}


@pytest.mark.parametrize(("question", "year"), [
    ("Under the 2005 cross-government guidance, which law covers a parent asking to see records?", 2005),
    ("I'm working through an old 2005 training pack", 2005),
    ("the 2023 Pan-Cheshire guidance says", 2023),
    ("the Data Protection Act 2018 says", None),  # an Act's year, no document's
    ("a policy from 2004 says", None),  # "from 2004" is the year asked of (asked_of_the_past)
])
def test_the_year_of_the_document_a_question_asks_about(question: str, year: int | None) -> None:
    assert document_year(question) == year


def test_what_a_document_of_a_year_says_is_the_law_of_its_time_ahead_of_its_successor(answers: Answers) -> None:
    asked = ("A parent has asked to see what another agency sent us about her son. Under which law is that "
             "request treated?")
    # the guidance's law for an access to records request and its successor, however the year is asked
    assert set(_ids(answers, asked, 2)) == {"data-protection-act-2018", "data-protection-act-1998"}
    assert _ids(answers, "Under the 2005 cross-government guidance: " + asked, 2) == [
        "data-protection-act-1998", "data-protection-act-2018"]


def test_only_law_replaced_since_the_documents_year_moves_ahead_of_its_successor() -> None:
    data = {"bases": {"dpa-2018": {"year": 2018}, "dpa-1998": {"year": 1998, "superseded_by": "dpa-2018"},
                      "hra": {"year": 1998}, "old-code": {"year": 2010, "superseded_by": "new-code"},
                      "new-code": {"year": 2020}}}
    ranked = [RankedBasis(basis, 1.0) for basis in ("hra", "dpa-2018", "new-code", "dpa-1998", "old-code")]
    moved = replaced_law_as_the_document_had_it(ranked, 2005, data)
    # the code of 2010 was not yet in force in 2005: it stays behind its successor
    assert [r.id for r in moved] == ["hra", "dpa-1998", "dpa-2018", "new-code", "old-code"]


def test_superseded_law_asked_for_is_the_old_law(answers: Answers) -> None:
    assert asked_of_the_past("the superseded data statute whose conditions the draft discusses") == 0
    assert _ids(answers, "the superseded data statute whose conditions for sensitive data the 2005 draft discusses",
                1) == ["data-protection-act-1998"]


@pytest.mark.parametrize(("question", "basis"), [
    ("Does the Human Rights Act still stop me telling children's social care?", "human-rights-act-1998"),
    ("Is Clare's Law the scheme for this?", "domestic-violence-disclosure-scheme"),
    ("I'm a housing officer. Can GDPR stop me sharing?", "gdpr"),
    # which of two, or a question about something else
    ("is it GDPR or the DPA 2018 that has the safeguarding condition?", None),
    ("Does the school have to tell social care?", None),
    # named as the topic, then asked of as "it"
    ("data protection act 2018 - is there a condition in it that lets me share health details?",
     "data-protection-act-2018"),
    ("Human Rights Act: does it stop me telling social care?", "human-rights-act-1998"),
    ("Human Rights Act: does the school have to tell social care?", None),  # not asked of it
])
def test_the_law_a_yes_no_question_is_about(answers: Answers, question: str, basis: str | None) -> None:
    assert law_asked_about(question, answers._law_names) == basis


def test_a_yes_no_question_about_a_law_is_answered_by_that_law(answers: Answers) -> None:
    # the Convention's Article 8 has more passages; the question asks about the Act
    assert _ids(answers, "Does the Human Rights Act stop me telling children's social care?", 1) == [
        "human-rights-act-1998"]


def test_a_writing_asked_for_back_is_the_one_the_sentence_before_names(answers: Answers) -> None:
    story = ("Our policy footnotes a government department's guidance from 2003 on the law of sharing in the "
             "public sector. What is it called?")
    assert describing_sentence(story) == story.split(" What")[0]
    assert describing_sentence("Our team met yesterday. What is it called?") == ""  # names no writing
    assert _ids(answers, story, 1) == ["dca-public-sector-data-sharing-guidance"]
    code = "Our policy says to follow an NHS code from 2003 on patient confidentiality. Which code is it?"
    assert "nhs-confidentiality-code-of-practice" in _ids(answers, code, 2)


@pytest.mark.parametrize(("story", "asking"), [
    ("For links to the laws, the NSPCC points people in Wales to a government-sponsored website rather than a "
     "book. Which one?", ("which", "website")),
    ("The guidance names a law on this. Which one?", ("which", "law")),
    ("Our policy footnotes a Department of Health code from 2003. What is it called?", ("which", "code")),
    ("We met the police about a family. Which one?", ()),  # introduces neither a writing nor law
])
def test_which_one_asks_for_what_the_sentence_before_introduces(story: str, asking: tuple[str, ...]) -> None:
    assert asking_words(story) == asking


def test_guidance_asked_for_in_the_questions_own_words(answers: Answers) -> None:
    # the law quoted is not law asked for
    quoted = "'Use the minimum necessary confidential information' and 'Comply with the law' - which list is that?"
    assert _ids(answers, quoted, 1) == ["caldicott-principles"]
    # nor is the law the asker says they know already
    known = ("I know the Children Act 1989 defines private fostering and the 2004 Act tightened up notification, "
             "but which standards came in alongside that, recommending practitioners report children they think "
             "are privately fostered?")
    assert _ids(answers, known, 1) == ["private-fostering-minimum-standards"]
    website = ("I run a playgroup in Carmarthen. For links to the laws on passing on personal information, the "
               "NSPCC points people in Wales to a government-sponsored website rather than a book. Which one?")
    assert _ids(answers, website, 1) == ["waspi"]


@pytest.mark.parametrize(("story", "described"), [
    # guidance asked for by whose it is and what it says, after a story: that sentence is asked alone too
    ("I'm a GP. A girl of 15 begged me not to tell anyone. Which GMC guidance does our bulletin point doctors to "
     "on when that confidentiality can be overridden?", 2),
    ("I'm a GP. A girl of 15 begged me not to tell anyone. What guidance do we follow?", None),  # too short to say
    ("Our guidance says we must record every decision about sharing with reasons. Can I share?", None),  # not asked
])
def test_guidance_asked_for_by_what_it_says_is_described(story: str, described: int | None) -> None:
    from guidegraph.act_rules import sentences_of

    expected = sentences_of(story)[described] if described is not None else ""
    assert describing_sentence(story) == expected


NAMES = {"legal-basis:cswa-2017": [("children", "social", "work", "act", "2017")],
         "legal-basis:ca-2004": [("children", "act", "2004")], "provision:x": [("section", "16h")]}


@pytest.mark.parametrize(("question", "text", "amending"), [
    ("Which later Act inserted that power into the 2004 legislation?",
     "Section 16H of the Children Act 2004, inserted by the Children and Social Work Act 2017, lets partners ask.",
     {"cswa-2017"}),
    ("What law covers the safeguarding partners' power?",
     "Speaker notes: Section 16H came in through the Children and Social Work Act 2017", set()),  # not asked so
    ("Which Act introduced the power to require information?",
     "Speaker notes: Section 16H came in through the Children and Social Work Act 2017", {"cswa-2017"}),
    ("Which Act inserted section 16H?", "Section 16H of the Children Act 2004 lets partners ask.", set()),
    # the law changed, named after the amending law, is not it
    ("Which Act added the duty?", "The duty was inserted by the Children and Social Work Act 2017 into the "
     "Children Act 2004.", {"cswa-2017"}),
])
def test_the_amending_law_is_the_one_the_guidance_names_after_inserted_by(question: str, text: str,
                                                                         amending: set[str]) -> None:
    from guidegraph.act_history import amending_law

    assert amending_law(question, [text], NAMES) == amending


def test_the_amending_law_comes_first_or_is_added() -> None:
    from guidegraph.act_history import amending_law_first
    from guidegraph.rank import RankedBasis

    ranked = [RankedBasis("ca-2004", 0.5), RankedBasis("lga-2000", 0.2)]
    assert [r.id for r in amending_law_first(ranked, {"lga-2000"})] == ["lga-2000", "ca-2004"]
    added = amending_law_first(ranked, {"cswa-2017"})
    assert [(r.id, r.score) for r in added] == [("cswa-2017", 0.5), ("ca-2004", 0.5), ("lga-2000", 0.2)]


@pytest.mark.parametrize(("question", "asks"), [
    ("What duty is that?", True),
    ("Which statutory power lets the council ask?", True),
    ("Which gateway is it?", True),
    ("What guidance sets out the duty?", False),
    # what a guidance says the legal basis is, though the guidance is named first
    ("What did the cross-government guidance from 2005 say provided the legal basis for sharing?", True),
    ("What does the local guidance say is the statutory gateway here?", True),
    ("Which guidance says what the legal basis is?", False),
])
def test_a_duty_or_power_asked_for_is_law(question: str, asks: bool) -> None:
    from guidegraph.act_rules import asks_for_law
    from guidegraph.query import parse

    assert asks_for_law(parse(question).words) is asks


def test_north_of_the_border_is_scotland(answers: Answers) -> None:
    assert answers.place_named("North of the border, which law lets the council look into a family?") == "scotland"


def test_guidance_named_alongside_the_one_asked_for_is_not_it(answers: Answers) -> None:
    question = ("The opening of our primary school's safeguarding policy names the Department for Education's "
                "statutory safeguarding guidance written specifically for schools and colleges, alongside Working "
                "Together. Which guidance is that?")
    assert _ids(answers, question, 1) == ["keeping-children-safe-in-education"]


def test_an_act_named_by_its_year_and_a_word_of_its_title_is_set_aside(answers: Answers) -> None:
    question = ("The 2015 health and care Act puts a duty on bodies to share for an individual's care. Which other "
                "health statute merely says a disclosure may be made for criminal investigations?")
    top = _ids(answers, question, 2)
    assert "health-and-social-care-safety-and-quality-act-2015" not in top
    # "the 2004 Act" alone could be any Act of that year: nothing is set aside by it
    from guidegraph.act_unasked import named_in
    from guidegraph.rank import law_names

    names = law_names(answers.rank_data)
    assert named_in(set_aside("The 2004 Act covers it. Which other law?"), names)("children-act-2004") is False


def test_fields_of_law_named_together_are_set_aside(answers: Answers) -> None:
    question = ("Which Act lets anyone ask a public authority for information it holds in any recorded form, and "
                "which the 2005 draft said sits alongside data protection and human rights law?")
    assert _ids(answers, question, 1) == ["freedom-of-information-act-2000"]
    from guidegraph.act_unasked import named_in
    from guidegraph.rank import law_names

    names = law_names(answers.rank_data)
    aside = named_in(set_aside("It sits alongside data protection and human rights law. Which Act?"), names)
    assert aside("human-rights-act-1998") and aside("data-protection-act-2018")
    # a field with no word for law beside it names no Act: "alongside data protection training"
    assert not named_in(set_aside("It sits alongside data protection training. Which Act?"), names)(
        "data-protection-act-2018")


@pytest.mark.parametrize(("question", "basis"), [
    # the law replaced is set aside, and the question asks of today, not of the past
    ("The Pan-Cheshire rule names a newer data protection law alongside the GDPR, the one that superseded "
     "the 1998 Act. Which is it?", "data-protection-act-2018"),
    # passive: the law named is the old one
    ("Halton's page says professionals worry about their duty to keep information private under a particular "
     "Act. Which Act does it name, even though that law has since been superseded?", "data-protection-act-1998"),
    # what was replaced is the verb's object, not the rest of its sentence
    ("Fill in the blank: Safeguarding Children's Partnerships replaced Local Safeguarding Children Boards because "
     "the law changed in the Children and ___ Act 2017.", "children-and-social-work-act-2017"),
])
def test_superseded_as_a_verb_or_as_what_befell_the_law(answers: Answers, question: str, basis: str) -> None:
    assert _ids(answers, question, 1) == [basis]


def test_law_in_force_at_the_time_is_the_old_law(answers: Answers) -> None:
    question = ("The 2005 draft called the 'legitimate interests' condition relevant in every case. Which Act, in "
                "force at the time, had that condition in its Schedule 2?")
    assert asked_of_the_past(question) == 0
    assert _ids(answers, question, 1) == ["data-protection-act-1998"]


@pytest.mark.parametrize(("question", "first"), [
    # a writing asked for by its kind: an accord; principles that say something of a duty
    ("Which Welsh accord sets out how organisations share personal information?", "waspi"),
    ("Which principles say the duty to share information for care is as important as protecting patient "
     "confidentiality?", "caldicott-principles"),
    # a search box ending on "regulations" asks for regulations
    ("non-maintained special school safeguarding arrangements regulations",
     "education-non-maintained-special-schools-england-regulations-2011"),
])
def test_what_a_question_asks_for_by_its_kind(answers: Answers, question: str, first: str) -> None:
    assert _ids(answers, question, 1) == [first]


@pytest.mark.parametrize(("question", "asks"), [
    ("They keep saying 'strict need-to-know'. Where does that come from?", True),
    ("Where's that from?", True),
    ("Where is it all from?", True),
    ("Where do I send it from?", False),
    ("What is the source of that?", True),
    ("Where does the child come from?", False),
    ("Where did they come from before they moved here?", True),  # asked the same way: the quotation decides
])
def test_asking_where_something_comes_from(question: str, asks: bool) -> None:
    assert asks_where_from(question) is asks


@pytest.mark.parametrize(("question", "first"), [
    # the words quoted are the Caldicott principles' (a passage listing them, citing no law)
    ("I'm a ward nurse and the trust keeps drumming into us 'use the minimum necessary confidential "
     "information' and 'strict need-to-know'. Where does that come from?", "caldicott-principles"),
    # a set of rules asked back to its source, named and not quoted: the advice setting the golden rules out
    ("where do the seven golden rules for information sharing come from",
     "hmg-information-sharing-advice"),
    ("Our trainer keeps quoting the golden rules. Where did those rules come from?", "hmg-information-sharing-advice"),
    # a duty asked back to its source is law's
    ("Where does the duty to share come from?", "common-law-duty-of-confidence"),
    # the words quoted are the law's: the law still answers
    ("My DSL keeps saying we need 'reasonable cause to suspect' before we refer. Where does that come from?",
     "children-act-1989"),
])
def test_words_quoted_are_asked_back_to_their_source(answers: Answers, question: str, first: str) -> None:
    assert _ids(answers, question, 1) == [first]


@pytest.mark.parametrize("question", [
    "Our sports club's old policy still talks about the Local Safeguarding Children Board, but the council now "
    "calls it the safeguarding children partnership. What law made that change?",
    "Which Act got rid of the old Local Safeguarding Children Board?",
    # a year named in the story is when the old law stood: "since disappeared" asks what came after
    "In 2016 our nursery handbook said to follow the Local Safeguarding Children Board's procedures. The boards have "
    "since disappeared - what law brought about that change?",
    "What law set up our local safeguarding children partnership of the council, the police and health?",
])
def test_the_law_a_change_came_in_is_the_law_that_made_it(answers: Answers, question: str) -> None:
    """Pan-Cheshire: "The SCP replaces Local Safeguarding Children Board. This is because the law changed in
    the Children and Social Work Act 2017." (the Children Act 2004 it amended comes after)"""
    assert _ids(answers, question, 1) == ["children-and-social-work-act-2017"]


@pytest.mark.parametrize(("question", "first"), [
    # the kind of writing asked for, named in a title, leads
    ("Our partnership's protocol follows a national template. What is the accord behind it?",
     ["accord", "together", "procedures"]),
    ("The county guide says to read it with which regional procedures?", ["procedures", "together", "accord"]),
    # asked in the story, not in the asking sentence: the order stays
    ("We signed the accord last year. Which guidance should we follow now?", ["together", "accord", "procedures"]),
    # "guidance" is a kind nearly every title names, or none: it tells nothing
    ("What is the national guidance on this?", ["together", "accord", "procedures"]),
])
def test_the_writing_whose_title_names_the_kind_asked_for_comes_first(question: str, first: list[str]) -> None:
    from guidegraph.guidance_answers import kind_asked_first

    guidance = [{"id": "together", "title": "Working Together to Safeguard Children"},
                {"id": "accord", "title": "Wales Accord on the Sharing of Personal Information (WASPI)"},
                {"id": "procedures", "title": "Wales Safeguarding Procedures (2019)"}]
    assert [g["id"] for g in kind_asked_first(guidance, question)] == first


@pytest.mark.parametrize(("question", "successors"), [
    ("The poster in our staff room still names the Data Protection Act 1998. What law replaced it?",
     {"data-protection-act-2018"}),
    ("A dad keeps quoting the Data Protection Act 1998 at reception. Which legislation has superseded it?",
     {"data-protection-act-2018"}),
    # asked what the old law said, not what replaced it
    ("The poster in our staff room still names the Data Protection Act 1998. What does it say on consent?", set()),
    # named, with no successor
    ("Which law replaced the Children Act 1989?", set()),
])
def test_the_successor_of_the_replaced_law_a_question_names(question: str, successors: set[str]) -> None:
    from guidegraph.act_history import successors_asked_for

    names = {"legal-basis:data-protection-act-1998": [("data", "protect", "act", "1998")],
             "legal-basis:children-act-1989": [("children", "act", "1989")]}
    data = {"bases": {"data-protection-act-1998": {"superseded_by": "data-protection-act-2018"},
                      "children-act-1989": {}}}
    assert successors_asked_for(question, names, data) == successors


def test_asked_what_replaced_a_law_it_names_its_successor_comes_first(answers: Answers) -> None:
    # the staff room's words found the duty of confidence first
    question = ("The information-sharing poster in our staff room still names the Data Protection Act 1998. "
                "What law replaced it?")
    assert _ids(answers, question, 1) == ["data-protection-act-2018"]


@pytest.mark.parametrize(("question", "asks"), [
    ("The day centre's manager mentioned a rulebook for this. Which code of practice does she mean?", True),
    ("which official code covers it?", True),
    ("Which code should I follow, the one from the health department?", True),
    # the official guidance on a law is its code
    ("Is there official guidance saying he might be entitled to ask?", True),
    ("Which guidance do we follow?", False),
    # a code named in the story, not asked for
    ("Our code of conduct says we must report it. Which Act lets us?", False),
])
def test_a_question_asking_for_a_code(question: str, asks: bool) -> None:
    from guidegraph.act_rules import asks_for_a_code

    assert asks_for_a_code(question) is asks


def test_the_code_made_under_a_law_ranked_is_the_code_of_that_law() -> None:
    from guidegraph.act_rules import code_of_a_law_ranked

    names = {"legal-basis:capacity-act": [("mental", "capac", "act")], "legal-basis:sharing-code": [("share", "code")]}
    data = {"bases": {"capacity-act": {"type": "ukpga", "title": "Mental Capacity Act"},
                      "sharing-code": {"type": "code", "title": "Data sharing code"},
                      "capacity-code": {"type": "code", "title": "Mental Capacity Act Code of Practice"}}}
    ranked = [RankedBasis("capacity-act", 0.3), RankedBasis("sharing-code", 0.2), RankedBasis("capacity-code", 0.1)]
    assert code_of_a_law_ranked(ranked, data, names) == "capacity-code"
    # no law of its title among the first few: no code of a law ranked
    assert code_of_a_law_ranked(ranked[1:], data, names) is None


def test_asked_for_a_code_the_code_of_the_law_asked_about_leads(answers: Answers) -> None:
    # the guidance's health and Northern Irish codes were listed first, then the Act the code is made under
    question = ("A son with a lasting power of attorney for his father, who has dementia, wants to see the notes our "
                "day centre keeps. Which code of practice tells us whether he can?")
    assert _ids(answers, question, 1) == ["mental-capacity-act-code-of-practice"]


def test_what_a_guidance_says_is_the_legal_basis_is_answered_by_the_law(answers: Answers) -> None:
    # the guidance named was read as the writing asked for, and listed before the law
    question = ("What does the HM Government guidance say gives the legal basis for sharing information to "
                "safeguard children under sections 10 and 11?")
    assert _ids(answers, question, 1) == ["children-act-2004"]


def test_asked_for_official_guidance_the_code_of_the_law_asked_about_leads(answers: Answers) -> None:
    # the HM Government advice was listed first, then the Act, then its code
    question = ("Our optician's receptionist asks: a customer who can no longer make decisions has a son with a "
                "power of attorney asking for a copy of his records. Is there official guidance saying the son may "
                "be able to ask for them?")
    assert _ids(answers, question, 1) == ["mental-capacity-act-code-of-practice"]
