"""guidegraph which-act: legal bases ranked from the hits and the graph around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidegraph.answers import Answers
from guidegraph.build import BuildResult
from guidegraph.cli import main
from guidegraph.errors import GuidegraphError
from guidegraph.evaluate import evaluate, load_questions
from guidegraph.places import Places
from guidegraph.rank import personalised_pagerank

PUBLIC = Path(__file__).parent / "data" / "public.json"


def test_public_which_act(answers: Answers) -> None:
    scores = evaluate(answers, {"which_act": load_questions(PUBLIC)["which_act"]})["which_act"]
    assert scores["hit@3"] == 15
    assert scores["hit@1"] == 15


def _basis(results: list[dict], basis: str) -> dict:
    return next(r for r in results if r["id"] == basis)


def test_crime_and_disorder_act_cites_its_section_115_passage(answers: Answers) -> None:
    results = answers.which_act("Can our school give the police information to help stop a crime happening?")
    cda = _basis(results, "crime-and-disorder-act-1998")
    assert "pan-cheshire-information-sharing-2023/s11/p1" in [e["passage_id"] for e in cda["evidence"]]
    assert "ukpga/1998/37/section/115" in [p["id"] for p in cda["provisions"]]
    assert cda["legislation_gov_uk"] == "ukpga/1998/37"


def test_nhs_act_answer_names_section_201(answers: Answers) -> None:
    results = answers.which_act("Can an NHS body disclose information for a criminal investigation?")
    nhs = _basis(results, "national-health-service-act-2006")
    assert any("201" in p["id"] for p in nhs["provisions"])
    assert "criminal investigations" in nhs["reason"]


@pytest.mark.parametrize("question", [
    "Is a police officer allowed to share information to prevent crime?",
    "Can the council share data with the police to prevent crime?",
])
def test_sharing_to_prevent_crime_is_section_115(answers: Answers, question: str) -> None:
    # The guidance puts it as "the prevention, detection, and reduction of crime" and "prevent
    # or detect crime"; the MAPPA case example has many passages about police and crime, but
    # each further passage of one case example adds less.
    best = answers.which_act(question)[0]
    assert best["id"] == "crime-and-disorder-act-1998"
    assert "ukpga/1998/37/section/115" in [p["id"] for p in best["provisions"]]



@pytest.mark.parametrize(("question", "basis"), [
    ("Must hospitals and the council cooperate to improve local people's health and welfare?",
     "national-health-service-act-2006"),  # section 82: "NHS bodies and local authorities"
    ("Can the council share information with the police to stop reoffending?", "crime-and-disorder-act-1998"),
])
def test_everyday_names_reach_the_laws_wording(answers: Answers, question: str, basis: str) -> None:
    assert answers.which_act(question)[0]["id"] == basis


@pytest.mark.parametrize(("question", "basis"), [
    # dementia, "cannot decide": what the guidance calls lacking mental capacity
    ("My father has dementia and cannot decide who sees his records", "mental-capacity-act-2005"),
    # a hospital discharge is care the sharing facilitates; a care home is adult social care
    ("The hospital ward wants the care home's notes to plan her discharge from hospital",
     "health-and-social-care-safety-and-quality-act-2015"),
    # a patient "going home" with a "care package": care the sharing facilitates
    ("The ward wants the district nurses to have the notes of a patient going home so his care package is ready",
     "health-and-social-care-safety-and-quality-act-2015"),
    # "brought in": the law that introduced (replaced the board with) the safeguarding partners
    ("Which law brought in the three safeguarding partners: the council, the police and health?",
     "children-and-social-work-act-2017"),
    # "what law": every answer is law, and the word would favour the law called "common law"
    ("A man with dementia can't understand what we want to share about him. What law applies?",
     "mental-capacity-act-2005"),
    # the community safety team is the crime and disorder reduction partnership
    ("Can the school tell the community safety team about a pupil to stop him offending again?",
     "crime-and-disorder-act-1998"),
    # a passage names section 157 (schools' proprietors, their pupils' welfare), then the
    # Non-Maintained Special Schools Regulations: "maintained" is only a word of the latter's name,
    # and the question's other words stand beside section 157
    ("Which law covers the governors' duty to keep the pupils of our maintained school safe?",
     "education-act-2002"),
])
def test_situations_in_everyday_words_reach_the_law(answers: Answers, question: str, basis: str) -> None:
    assert answers.which_act(question)[0]["id"] == basis


def test_a_copy_of_everything_held_is_a_subject_access_request(answers: Answers) -> None:
    results = answers.which_act("A parent asks for a copy of everything we hold about them")
    assert {"data-protection-act-2018", "data-protection-act-1998"} & {r["id"] for r in results[:3]}


def test_a_passage_under_the_laws_heading_is_evidence_for_it(answers: Answers) -> None:
    # Article 8(2) is the second paragraph under the heading "Article 8, European Convention on
    # Human Rights" and does not name it itself.
    results = answers.which_act("When can a public authority interfere with someone's private life, "
                                "for example to prevent disorder or crime?")
    assert "echr" in [r["id"] for r in results[:3]]
    echr = _basis(results, "echr")
    assert "pan-cheshire-information-sharing-2023/s9/p2" in [e["passage_id"] for e in echr["evidence"]]


def test_a_passage_naming_its_own_law_keeps_it_under_another_laws_heading(answers: Answers) -> None:
    results = answers.which_act("Is there a general power for a council to do whatever improves the "
                                "wellbeing of its area?")
    assert results[0]["id"] == "local-government-act-2000"


def test_hits_from_one_case_example_count_less_each() -> None:
    from guidegraph.act_rules import seeds_of

    class Hit(dict):
        def __init__(self, ref: str, score: float, entities: str) -> None:
            super().__init__(id=f"passage:{ref}", kind="passage", entities=entities, data={"cites": {}})
            self.score = score

    case = "case-example/doc/12"
    hits = [Hit("doc/s1/p1", 1.0, case), Hit("doc/s1/p2", 1.0, case), Hit("doc/s2/p1", 1.0, "")]
    weights = [seed.weight for seed in seeds_of(hits)]
    assert weights[0] == weights[2] == 1.0 and weights[1] < 1.0


def test_entries_of_one_law_found_by_its_name_count_less_each() -> None:
    """"Domestic Abuse Act 2021, section 2" and "..., section 3" say once that the question names the Act."""
    from guidegraph.act_rules import seeds_of

    class Entry(dict):
        def __init__(self, kind: str, ref: str, basis: str, score: float) -> None:
            super().__init__(id=f"{kind}:{ref}", kind=kind, entities="", legal_bases=basis, provisions=ref,
                             data={})
            self.score = score

    hits = [Entry("provision", "ukpga/2021/17/section/2", "domestic-abuse-act-2021", 1.0),
            Entry("provision", "ukpga/2021/17/section/3", "domestic-abuse-act-2021", 1.0),
            Entry("legal-basis", "domestic-abuse-act-2021", "domestic-abuse-act-2021", 1.0),
            Entry("provision", "ukpga/1998/37/section/115", "crime-and-disorder-act-1998", 1.0)]
    weights = [seed.weight for seed in seeds_of(hits)]
    assert weights[1] < weights[0] == 1.0
    assert weights[2] == weights[3] == 1.0  # the law's own entry, another law's provision


class _Hit(dict):
    """A search hit as `_seeds` reads it: its citations (`cites`) and its case example, if any."""

    def __init__(self, ref: str, score: float, cites: dict[str, float], case: str = "") -> None:
        super().__init__(id=f"passage:{ref}", kind="passage", entities=case, data={"cites": cites})
        self.score = score


def test_a_story_matching_a_case_example_does_not_drown_the_passage_naming_the_law() -> None:
    from guidegraph.act_rules import seeds_of

    story = _Hit("doc/s9/p1", 2.0, {}, "case-example/doc/9")  # everyday words, law only through its case
    implied = _Hit("doc/s3/p1", 1.8, {"provision:ukpga/1989/41/section/47": 0.4})  # "an enquiry": implied
    named = _Hit("doc/s20/p3", 1.0, {"legal-basis:domestic-violence-disclosure-scheme": 1.0})
    weights = {seed.node: seed.weight for seed in seeds_of([story, implied, named])}
    # against the best hit's score the naming passage would weigh (1/2)**4 = 0.06 of the story
    assert weights["passage:doc/s20/p3"] / weights["passage:doc/s9/p1"] > 0.15
    assert weights["passage:doc/s9/p1"] <= 1.0 and weights["passage:doc/s3/p1"] <= 1.0


def test_a_case_example_resting_on_law_of_its_own_counts_as_naming_it() -> None:
    from guidegraph.act_rules import seeds_of, telling_cases

    cases = {"case-example/doc/9": ["children-act-1989"], "case-example/doc/4": ["children-act-1989"],
             "case-example/doc/12": ["mappa"]}
    assert telling_cases(cases) == frozenset({"case-example/doc/12"})
    story = _Hit("doc/s141/p1", 2.0, {}, "case-example/doc/12")
    named = _Hit("doc/9.6/p1", 1.0, {"legal-basis:mappa": 1.0})
    plain = {seed.node: seed.weight for seed in seeds_of([story, named])}
    told = {seed.node: seed.weight for seed in seeds_of([story, named], telling=telling_cases(cases))}
    assert told["passage:doc/s141/p1"] == pytest.approx(1.0)
    assert told["passage:doc/9.6/p1"] == pytest.approx((1.0 / 2.0) ** 4)
    assert plain["passage:doc/9.6/p1"] > told["passage:doc/9.6/p1"]


def test_the_refuge_story_finds_the_disclosure_scheme_not_the_case_examples_law(answers: Answers) -> None:
    results = answers.which_act("A woman staying at our refuge is going back to a man she met online and we "
                                "are worried about his past. Can we as an agency ask the police to warn her?")
    assert results[0]["id"] == "domestic-violence-disclosure-scheme"


def test_a_laws_name_typed_apart_does_not_name_it(answers: Answers) -> None:
    # "right ... asked": the words of the scheme's name "right to ask", not the name
    apart = answers.which_act("A 13 year old asked to see his file. Is that his right or his parents'?", limit=3)
    assert "domestic-violence-disclosure-scheme" not in [r["id"] for r in apart]
    named = answers.which_act("Can I use the right to ask to find out about my partner's past?", limit=1)
    assert named[0]["id"] == "domestic-violence-disclosure-scheme"


def test_a_word_of_a_laws_name_in_another_sense_does_not_name_it() -> None:
    from guidegraph.analysis import analyse
    from guidegraph.search_hits import UNNAMED_ENTRY_WEIGHT, Ranked, Scored, unnamed_law_counts_less

    names = {"legal-basis:dvds": [tuple(analyse("Domestic Violence Disclosure Scheme")), tuple(analyse("Clare's Law"))],
             "legal-basis:lga": [tuple(analyse("Local Government Act 2000"))]}
    hits = [Scored({"id": "legal-basis:dvds", "kind": "legal-basis"}, 10.0, 1),
            Scored({"id": "legal-basis:lga", "kind": "legal-basis"}, 8.0, 2)]
    # "scheme" of the council's plans is a word of the scheme's name, not the name; "law" asks for law
    question = analyse("The council wants to start a scheme for its area. What law gives it the power?")
    ranked = unnamed_law_counts_less(Ranked(hits, frozenset()), question, names)
    assert [r["id"] for r in ranked] == ["legal-basis:lga", "legal-basis:dvds"]
    assert ranked[1].score == pytest.approx(10.0 * UNNAMED_ENTRY_WEIGHT) and ranked[0].score == 8.0
    named = analyse("Can I use Clare's Law to ask about him?")
    hits = [Scored({"id": "legal-basis:dvds", "kind": "legal-basis"}, 10.0, 1)]
    assert unnamed_law_counts_less(Ranked(hits, frozenset()), named, names)[0].score == 10.0


def test_the_word_before_law_names_the_law_asked_about() -> None:
    from dataclasses import replace

    from guidegraph.act_rules import LAW_WORDS, law_qualifiers
    from guidegraph.query import parse

    def qualifiers(text: str) -> set[str]:
        parsed = parse(text)
        return law_qualifiers(replace(parsed, minor=parsed.minor | (LAW_WORDS & set(parsed.words))))

    assert qualifiers("Which data law lets him pass on her health details?") == {"data"}
    assert qualifiers("Under human rights law, can we tell them?") == {"right"}
    assert qualifiers("What law lets them ask?") == set() and qualifiers("Is there a law that lets me?") == set()
    # a law named with its year is named, not qualified
    assert qualifiers("The Children Act 2004 covers our trust. Which law makes us work with the council?") == set()


def test_a_law_the_question_names_and_sets_aside_lends_its_words_to_no_law_asked_for(answers: Answers) -> None:
    # "children" of the Children Act 2004 brought the Children Act 1989 ahead of the NHS's duty to co-operate
    question = ("The Children Act 2004 applies to our trust, I know. Which other law makes the hospital and the "
                "council work together on people's health?")
    assert [r["id"] for r in answers.which_act(question, limit=1)] == ["national-health-service-act-2006"]


def test_law_named_by_its_field_moves_ahead_of_broader_law(answers: Answers) -> None:
    results = answers.which_act("A drop-in worker wants to tell children's social care that a 14-year-old is "
                                "cutting herself, without asking her first. Which data law lets him share "
                                "her health details?")
    assert [r["id"] for r in results[:2]] == ["gdpr", "data-protection-act-2018"]


def test_superseded_law_is_marked_and_ranked_below_its_successor(answers: Answers) -> None:
    results = answers.which_act("Data Protection Act principles for processing personal data fairly", limit=10)
    ids = [r["id"] for r in results]
    old = _basis(results, "data-protection-act-1998")
    assert old["superseded_by"] == "data-protection-act-2018" and old["status"] == "repealed"
    assert ids.index("data-protection-act-2018") < ids.index("data-protection-act-1998")


def test_every_item_has_evidence_and_a_reason(answers: Answers) -> None:
    for item in answers.which_act("duty to safeguard and promote the welfare of children"):
        assert {"id", "iri", "title", "legislation_gov_uk", "provisions", "score", "status", "evidence"} <= item.keys()
        assert item["evidence"] and item["reason"]
        assert all({"document", "passage_id", "text"} <= e.keys() for e in item["evidence"])


def test_law_reached_by_its_own_entry_alone_shows_passages_citing_it(answers: Answers) -> None:
    """No hit passage cites the Data Protection Act 2018 here: its own entry ("data protection",
    "records") brings it. Its evidence is then its citing passages holding most question words."""
    # the Act of 1998 the guidance names beside an access to records request leads; today's Act follows
    first = _basis(answers.which_act("A parent wants to see the records another agency shared with us about "
                                     "their child", limit=2), "data-protection-act-2018")
    assert len(first["evidence"]) == 3 and "Data Protection Act 2018" in first["reason"]
    assert all("Data Protection Act 2018" in e["text"] or "DPA 2018" in e["text"] for e in first["evidence"])


def test_jurisdiction_keeps_law_that_applies_there(answers: Answers) -> None:
    for item in answers.which_act("sharing information to protect a child", jurisdiction="Scotland"):
        assert item["id"] not in {"children-act-1989", "children-act-2004"}  # England and Wales only


def test_a_local_area_gets_the_law_of_its_nation(answers: Answers) -> None:
    """Halton is in England: law that applies in England applies there, and its own guidance counts."""
    question = "a GP wants to tell children's social care about bruising without the parent's consent"
    in_halton = [item["id"] for item in answers.which_act(question, jurisdiction="Halton")]
    assert "children-act-1989" in in_halton
    assert set(in_halton) <= {item["id"] for item in answers.which_act(question, jurisdiction="England", limit=50)}


@pytest.mark.parametrize("place", ["Narnia", "Walse"])
def test_an_unknown_jurisdiction_is_a_usage_error_naming_the_known_ones(answers: Answers, place: str) -> None:
    with pytest.raises(GuidegraphError, match=rf"unknown jurisdiction or area '{place}' \(known: .*halton.*wales"):
        answers.which_act("sharing information to protect a child", jurisdiction=place)
    with pytest.raises(GuidegraphError, match="unknown jurisdiction or area"):
        answers.search(f"consent jurisdiction:{place}")


def test_pagerank_flows_from_the_seeds_along_edges() -> None:
    edges = {"hit": {"a": 3.0, "b": 1.0}, "a": {"c": 1.0}}
    rank = personalised_pagerank(edges, {"hit": 1.0}, damping=0.5)
    assert rank["a"] > rank["b"] > 0 and rank["c"] > 0
    assert abs(sum(rank.values()) - 1.0) < 1e-9


def test_empty_question_is_an_error(answers: Answers) -> None:
    with pytest.raises(GuidegraphError):
        answers.which_act("the and of?")


def test_cli_which_act_json(built_output: Path) -> None:
    result = CliRunner().invoke(main, ["which-act", "right to respect for private and family life",
                                       "--out", str(built_output), "--format", "json", "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3


def test_one_strong_hit_outweighs_many_weak_hits_for_broad_law() -> None:
    # Law cited everywhere is reached by many hits that share only common words with a question;
    # each further hit reaching one basis counts for less, so their number does not outrank the
    # best evidence for the specific law.
    from guidegraph.rank import BASIS_DECAY, Seed, local_graph, rank_legal_bases

    data = {"bases": {b: {"cited": 5, "superseded_by": None} for b in ("broad", "specific")},
            "provisions": {}, "cases": {}}
    seeds = [Seed("passage:specific", 1.0, {"legal-basis:specific": 1.0}),
             *(Seed(f"passage:broad{i}", 0.3, {"legal-basis:broad": 1.0}) for i in range(4))]
    edges, _ = local_graph(seeds, data)
    assert edges["hit:passage:broad0"]["legal-basis:broad"] == 1.0
    assert edges["hit:passage:broad1"]["legal-basis:broad"] == BASIS_DECAY < 1.0
    assert [r.id for r in rank_legal_bases(seeds, data)] == ["specific", "broad"]


@pytest.mark.parametrize(("question", "basis"), [
    # one passage says exactly this; many passages about children and parents cite the Children Act 1989
    ("A parent wants to see the records another agency shared with us about their child", "data-protection-act"),
    ("A 17 year old with learning disabilities will need adult social care soon. What law covers assessing "
     "them before they turn 18?", "care-act-2014"),
])
def test_specific_law_beats_law_that_common_words_reach(answers: Answers, question: str, basis: str) -> None:
    assert answers.which_act(question)[0]["id"].startswith(basis)


def test_a_case_examples_story_leads_to_its_law_weakly(answers: Answers) -> None:
    # The story of a case example ("the police will decide whether to proceed with a prosecution")
    # shares the question's everyday words; the law that says so (section 201(3)(d)) should rank.
    results = answers.which_act("Can a hospital hand over confidential records to the police for a "
                                "criminal prosecution?")
    assert "national-health-service-act-2006" in [r["id"] for r in results[:3]]


def test_a_hyphenated_word_is_one_word() -> None:
    from guidegraph.expansion import Expander
    from guidegraph.query import FAMILY_WEIGHT, parse, plan

    parsed = parse("children's well-being and multi-agency co-operation")
    assert parsed.compounds == {("well", "be"): "wellb", ("multi", "agenc"): "multiag", ("co", "oper"): "cooper"}
    units = plan(parsed, Expander({"groups": [], "keys": {}, "surfaces": {}}))
    first = {unit[0].terms: unit for unit in units}
    for compound, solid in parsed.compounds.items():
        assert first[compound][0].apart == 0.0  # "well" and "be" far apart are not "well-being"
        assert (solid,) in [o.terms for o in first[compound]]
        assert next(o.weight for o in first[compound] if o.terms == (solid,)) == FAMILY_WEIGHT


def test_a_word_typed_solid_finds_the_guidance_writing_it_hyphenated(answers: Answers) -> None:
    from guidegraph.query import _hyphenated

    assert _hyphenated("reassessment") == ("re", "assess")
    assert _hyphenated("reoffending") == ("re", "offend")
    assert _hyphenated("read") is None and _hyphenated("safeguarding") is None
    hits = answers.search("a joint reassessment of risk", limit=3)
    assert any("re-assessment of risk" in hit["text"] for hit in hits)


def test_a_passage_naming_several_laws_supports_the_one_named_beside_the_question() -> None:
    from guidegraph.analysis import analyse
    from guidegraph.rank import focus_on_named_law, law_names

    names = law_names({"bases": {"alpha": {"title": "Alpha Act 2000", "aliases": ["the AA"]},
                                 "beta": {"title": "Beta Regulations 2011", "aliases": []},
                                 "gamma": {"title": "Gamma Act 1990", "aliases": []}},
                       "provisions": {"alpha/section/9": {"title": "Alpha Act 2000, section 9"}}})
    terms = frozenset(analyse("must a free school keep its pupils safe"))
    text = ("Section 9 of the AA says free schools must keep their pupils safe. "
            "The Beta Regulations 2011 apply to special schools.")
    links = {"provision:alpha/section/9": 1.0, "legal-basis:beta": 1.0, "legal-basis:gamma": 0.5}
    focused = focus_on_named_law(links, text, terms, names)
    assert focused["provision:alpha/section/9"] == 1.0
    assert focused["legal-basis:beta"] < 0.2  # named where none of the question's words stand
    assert focused["legal-basis:gamma"] == 0.5  # named in no sentence (a heading): as it was
    only = {"legal-basis:beta": 1.0}
    assert focus_on_named_law(only, text, terms, names) == only  # the only law it cites


def test_a_sentence_naming_the_field_of_an_acts_title_names_the_act(answers: Answers) -> None:
    # "Freedom of Information requests ... recorded in any form held by ... public authorities" is the
    # FOI Act's sentence, though it never writes "Act": the Data Protection Act named beside it in
    # more sentences no longer takes the question from it
    question = ("A member of the public has made a request to a public authority for recorded information it "
                "holds - which Act governs that?")
    assert answers.which_act(question, limit=1)[0]["id"] == "freedom-of-information-act-2000"


# --- the nation a question names ---------------------------------------------------------------

PLACES = {"scotland": "scotland", "wales": "wales", "northern ireland": "northern-ireland",
          "england": "england", "cheshire west and chester": "cheshire-west-and-chester", "reading": "reading"}
OTHER_NAMES = {"Scottish": "scotland", "Welsh": "wales", "English": "england", "NI": "northern-ireland",
               "N. Ireland": "northern-ireland"}


@pytest.mark.parametrize(("question", "named"), [
    ("In Scotland, which law lets a nurse share information?", {"scotland"}),
    ("Can a Scottish health visitor tell social work?", {"scotland"}),
    ("What does Scotland's law say?", {"scotland"}),
    ("In NI, who do I tell?", {"northern-ireland"}),
    ("A GP in N. Ireland", {"northern-ireland"}),
    ("A school in Cheshire West and Chester", {"cheshire-west-and-chester"}),
    ("Does the law of England and Wales apply?", {"england", "wales"}),
    # a language, a number, a word that is a place only as a proper name
    ("The family speaks Welsh at home", set()),
    ("She has English as an additional language", set()),
    ("Can I share his NI number with the police?", set()),
    ("I am reading the records; scotland is lower case", set()),
])
def test_the_places_a_question_names(question: str, named: set[str]) -> None:
    from guidegraph.places import places_named

    assert places_named(question, PLACES, OTHER_NAMES) == named


@pytest.mark.parametrize(("question", "place"), [
    ("In Scotland, which law lets a nurse share information about a child at risk?", "scotland"),
    ("Which Welsh law says councils must share information?", "wales"),
    ("Can a GP in Halton, in England, share a child's records?", "halton"),  # the narrower of two nested
    ("In England and Wales, which law lets a nurse share information?", None),  # two nations: neither
    ("Which law lets a nurse share information about a child at risk?", None),
    ("Can the United Kingdom's law let a nurse share?", None),  # UK law is every nation's: no place
    ("A GP in Belfast asks when she may disclose a patient's notes", "northern-ireland"),  # its chief cities
    ("A teacher in Cardiff asks about sharing", "wales"),
    ("A health visitor in Glasgow, in Scotland, asks about sharing", "scotland"),
])
def test_the_place_which_act_reads_from_a_question(answers: Answers, question: str, place: str | None) -> None:
    assert answers.place_named(question) == place


NURSE = "which law lets a nurse share information about a child at risk?"


def test_a_nation_named_in_the_question_keeps_only_law_extending_there(answers: Answers) -> None:
    anywhere = [r["id"] for r in answers.which_act(NURSE.capitalize())]
    assert "children-act-1989" in anywhere and all(r["jurisdiction"] is None for r in answers.which_act(NURSE))
    in_scotland = answers.which_act(f"In Scotland, {NURSE}")
    assert in_scotland.jurisdiction == {"id": "scotland", "title": "Scotland", "from": "question"}
    assert all(r["jurisdiction"] == in_scotland.jurisdiction for r in in_scotland)
    ids = [r["id"] for r in in_scotland]
    assert "children-act-1989" not in ids and "children-act-2004" not in ids  # England and Wales only
    # UK-wide law is answered, from English guidance too: it is evidence for that law anywhere
    assert {"gdpr", "data-protection-act-2018"} <= set(ids[:3])


def test_an_explicit_jurisdiction_wins_over_the_nation_named(answers: Answers) -> None:
    results = answers.which_act(f"In Scotland, {NURSE}", jurisdiction="England")
    assert results.jurisdiction == {"id": "england", "title": "England", "from": "option"}
    assert "children-act-1989" in [r["id"] for r in results]


def test_law_of_unknown_extent_extends_where_its_title_says() -> None:
    class Searcher:
        def document(self, id: str) -> dict:
            return {"jurisdictions": ""}  # uncatalogued: no extent recorded

    rank_data = {"places": {"scotland": ["scotland", "uk"], "wales": ["uk", "wales"]},
                 "bases": {"hearings": {"title": "Children's Hearings (Scotland) Act 2011"},
                           "care": {"title": "Health and Social Care Act 2012"}}}
    places = Places(Searcher(), rank_data)
    assert places.applies("hearings", ("scotland", "uk"))
    assert not places.applies("hearings", ("wales", "uk"))
    assert places.applies("care", ("wales", "uk"))  # no nation in its title: anywhere, as before


def test_cli_which_act_says_which_nation_it_answers_for(built_output: Path) -> None:
    question = f"In Scotland, {NURSE}"
    text = CliRunner().invoke(main, ["which-act", question, "--out", str(built_output)])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("Law that applies in Scotland, which the question names")
    assert "Children Act 1989" not in text.stdout
    found = CliRunner().invoke(main, ["which-act", question, "--out", str(built_output), "--format", "json"])
    assert {item["jurisdiction"]["id"] for item in json.loads(found.stdout)} == {"scotland"}
    plain = CliRunner().invoke(main, ["which-act", NURSE, "--out", str(built_output)])
    assert not plain.stdout.startswith("Law that applies") and "Children Act 1989" in plain.stdout


@pytest.mark.parametrize(("question", "guidance"), [
    ("A teacher asks which guidance to follow in Wales when sharing information about a pupil.",
     "safeguarding-children-working-together-wales-2007"),
    ("What guidance is there in Scotland for sharing information about a child I am worried about?",
     "national-guidance-child-protection-scotland"),
])
def test_asked_what_to_follow_in_a_nation_the_guidance_cited_for_it_comes_first(
        answers: Answers, question: str, guidance: str) -> None:
    results = answers.which_act(question, limit=5)
    kinds = [r["kind"] for r in results]
    assert guidance in [r["id"] for r in results[:2]]
    assert kinds[0] == "guidance" and "legal-basis" in kinds and kinds == sorted(kinds, key=lambda k: k != "guidance")
    place = results.jurisdiction["id"]
    assert all(r["evidence"] and r["reason"] and r["jurisdiction"]["id"] == place for r in results)
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_guidance_comes_only_when_asked_for_and_for_a_place(answers: Answers) -> None:
    in_wales = answers.which_act("In Wales, can a nurse share information about a child at risk?", limit=5)
    rules = answers.which_act("What are the rules for sharing information about a child?", limit=5)
    law = answers.which_act("Which law or guidance lets a nurse in Wales share information about a child?", limit=5)
    assert {r["kind"] for r in [*in_wales, *rules, *law]} == {"legal-basis"}


def test_guidance_asked_for_anywhere_is_the_one_whose_principles_the_answers_state(answers: Answers) -> None:
    # The passages answering it state the seven golden rules, which HM Government's advice sets out.
    anywhere = answers.which_act("Which guidance do I follow when sharing information about a child?", limit=5)
    assert (anywhere[0]["kind"], anywhere[0]["id"]) == ("guidance", "hmg-information-sharing-advice")
    assert {r["kind"] for r in anywhere[1:]} == {"legal-basis"}


def test_a_set_of_principles_asked_for_is_answered_by_the_guidance_setting_them_out(answers: Answers) -> None:
    question = ("Everyone who can see patient details has to understand their responsibilities, and we should use "
                "only the minimum we need. Which set of principles is that?")
    assert answers.which_act(question, limit=3)[0]["id"] == "caldicott-principles"


def test_guidance_answers_carry_the_catalogs_other_names(answers: Answers) -> None:
    first = answers.which_act("Which guidance sets out the Caldicott principles?", limit=3)[0]
    assert first["kind"] == "guidance" and "Caldicott Guardian Principles" in first["aliases"]


@pytest.mark.parametrize(("question", "guidance"), [
    ("What are the rules in Scotland for sharing information about a child?",
     "national-guidance-child-protection-scotland"),
    ("Which code does a nurse in Belfast follow before disclosing records?", "dhssps-confidentiality-code-ni"),
])
def test_asked_what_to_follow_in_a_nation_its_most_cited_guidance_comes_before_the_law(
        answers: Answers, question: str, guidance: str) -> None:
    results = answers.which_act(question, limit=4)
    assert results[0]["kind"] == "guidance" and results[0]["id"] == guidance
    assert {r["kind"] for r in results[1:]} == {"legal-basis"}


def test_how_many_guidance_documents_a_question_asks_for() -> None:
    from guidegraph.act_rules import GUIDANCE_FIRST, guidance_asked
    from guidegraph.query import parse

    def asked(question: str) -> int:
        return guidance_asked(parse(question).words)

    assert asked("Which guidance do I follow in Wales?") == GUIDANCE_FIRST
    assert asked("What do I follow in Scotland?") == asked("Which code applies in NI?") == 1
    assert asked("Which law or code lets a nurse in Wales share?") == 0  # law asked for: law first
    assert asked("In Wales, can a nurse share information?") == 0


@pytest.mark.parametrize(("question", "guidance"), [
    ("Which law or guidance lets a nurse share?", False),
    ("A parent asks why the school has safeguarding procedures. Which law puts that on the school?", False),
    # a writing about the law: the writing is named first
    ("DCA 2003 full guidance on the law on public bodies' data sharing", True),
    ("Which Welsh website has useful links to legislation on sharing personal information?", True),
])
def test_law_named_after_the_guidance_asked_for_is_what_the_guidance_is_about(question: str,
                                                                               guidance: bool) -> None:
    from guidegraph.act_rules import guidance_named
    from guidegraph.query import parse

    assert bool(guidance_named(parse(question).words)) is guidance


def test_cli_which_act_marks_guidance(built_output: Path) -> None:
    question = "Which guidance should a GP follow in Northern Ireland before disclosing patient information?"
    text = CliRunner().invoke(main, ["which-act", question, "--out", str(built_output), "--limit", "3"])
    assert text.exit_code == 0, text.output
    assert text.stdout.startswith("Guidance and law in Northern Ireland, which the question names")
    assert "Northern Ireland" in text.stdout.split("\n\n")[1] and "[guidance]" in text.stdout


@pytest.fixture(scope="module")
def unseen_answers(unseen_build: BuildResult) -> Answers:
    """The unseen fixtures (Scottish, Welsh and Northern Irish guidance among them) built and opened."""
    with Answers(unseen_build.out) as opened:
        yield opened


@pytest.mark.parametrize(("question", "law", "elsewhere"), [
    ("In Scotland, which law lets a nurse share information about a child at risk?", "children-scotland-act-1995",
     "children-act-1989"),
    ("In Northern Ireland, can a GP share information about a child at risk without consent?",
     "children-northern-ireland-order-1995", "children-act-1989"),
    ("Which Welsh law says councils must share information to protect a child?",
     "social-services-and-well-being-wales-act-2014", "children-scotland-act-1995"),
])
def test_a_nation_named_gets_its_own_law_where_the_corpus_cites_it(unseen_answers: Answers, question: str,
                                                                   law: str, elsewhere: str) -> None:
    ids = [r["id"] for r in unseen_answers.which_act(question, limit=10)]
    assert law in ids[:2] and elsewhere not in ids
    # a law the catalog does not know extends where its title says
    assert not any(i.startswith("uncatalogued-") and "england" in i for i in ids)


def test_a_nations_adjective_asks_for_the_law_named_for_it() -> None:
    """"Which Welsh law ...": the law whose title names Wales ("... (Wales) Act 2014"), wherever it ranks."""
    from guidegraph.act_rules import law_qualifiers
    from guidegraph.query import parse

    assert law_qualifiers(parse("Which Welsh law says councils must share information?")) == {"wale"}
    assert law_qualifiers(parse("Under Scottish law, can a nurse share?")) == {"scotland"}
    assert law_qualifiers(parse("Which data law lets him share?")) == {"data"}


@pytest.mark.parametrize(("question", "concedes"), [
    ("Can the trust hand them over even though the patient gave them in confidence?", True),
    ("Can the hospital hand them over despite patient confidentiality?", True),
    ("Although it was told to me in secret, may I pass it on?", True),
    ("Is what a patient tells me confidential?", False),
    ("Can I share even though mum says no?", False),
    # a clause of its own, mid-sentence
    ("Can the clinic hand detectives the notes when the family told the doctors in confidence?", True),
    ("Police want her notes, but the trust says it owes her confidentiality.", True),
    ("When am I allowed to pass on what a patient told me in confidence?", False),
    ("She has a worry but little evidence, and the NHS rules on confidentiality set a high bar", False),
    ("What duty arises from a relationship, even when no contract says it must be kept confidential?", False),
])
def test_a_question_conceding_confidentiality_is_recognised(question: str, concedes: bool) -> None:
    from guidegraph.act_unasked import concedes_confidence

    assert concedes_confidence(question) is concedes


def test_conceded_duty_of_confidence_gives_way_to_the_law_that_permits_disclosure(answers: Answers) -> None:
    # the duty is what the question sets aside; the NHS Act 2006 s201 lets it go "despite any
    # obligation of confidence"
    question = ("A pharmacist here: a detective wants a customer's prescription history for a prosecution, "
                "even though it was given to us in confidence. Which law lets us hand it over?")
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert "national-health-service-act-2006" in ids[:3]
    assert ids.index("common-law-duty-of-confidence") >= 3


# --- a corpus of English guidance with one Northern Irish document ---------------------------


@pytest.fixture(scope="module")
def with_ni(tmp_path_factory: pytest.TempPathFactory) -> Answers:
    """The bundled corpus and a Northern Ireland protocol, which cites the Mental Capacity Act
    (Northern Ireland) 2016 where the bundled corpus cites the Mental Capacity Act 2005."""
    from helpers import bundled_with_unseen

    with Answers(bundled_with_unseen(tmp_path_factory.mktemp("with-ni"), ("ni-cooperating-to-safeguard",))) as opened:
        yield opened


def _titles(results: list[dict]) -> list[str]:
    return [r["title"] for r in results]


def test_a_question_naming_no_place_gets_the_law_where_the_guidance_applies(with_ni: Answers) -> None:
    """Most of the corpus is English guidance: a question naming no nation is asked in England, and
    Northern Ireland's own Act, which the one Northern Irish passage matches best, comes after."""
    question = ("An old lady with advanced Alzheimer's can't understand what we want to share about her. "
                "What law applies?")
    titles = _titles(with_ni.which_act(question))
    assert titles[0] == "Mental Capacity Act 2005"
    assert "Mental Capacity Act (Northern Ireland) 2016" not in titles[:2]


def test_naming_the_nation_still_gets_its_own_law(with_ni: Answers) -> None:
    question = "An old lady in Belfast with advanced Alzheimer's can't understand what we want to share about her."
    assert _titles(with_ni.which_act(question))[0] == "Mental Capacity Act (Northern Ireland) 2016"


@pytest.mark.parametrize(("question", "read"), [
    ("What gives the health visitors the right to ask us about the baby?",
     "What gives the health visitors the power to ask us about the baby?"),
    ("What gave them the right to know what I told the doctor?",
     "What gave them the power to know what I told the doctor?"),
    ("What gives me the right to know about his violent past?",
     "What gives me the right to know about his violent past?"),
    ("Which law gives a family the right to privacy?", "Which law gives a family the right to privacy?"),
    ("Can I use the right to ask about my partner?", "Can I use the right to ask about my partner?"),
])
def test_the_right_another_service_is_given_to_ask_is_a_power(question: str, read: str) -> None:
    # "the right to ask" given to another service is the idiom for a power, not the Domestic
    # Violence Disclosure Scheme's "right to ask", which a person claims for themselves
    from guidegraph.question_forms import entitlement_as_power

    assert entitlement_as_power(question) == read


def test_what_gives_social_workers_the_right_to_ask_is_their_statutory_power(answers: Answers) -> None:
    question = ("Children's social care are checking on a girl who keeps coming to nursery hungry and have phoned "
                "the nursery for what it knows. What gives the social workers the right to ask?")
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert ids[0] == "children-act-1989"


@pytest.mark.parametrize(("question", "adult_only"), [
    ("The hospital is sending an elderly woman home. Must it tell her care agency what they need?", True),
    ("A patient told me something in confidence", True),
    ("A man's stepson keeps coming to school with bruises", False),
    ("A 17 year old will need adult social care soon", False),
    ("Which law lets us share information?", False),
    # anyone at all, in the law's words, is no adult asked about
    ("Which Act lets the partners demand records from any person or body?", False),
    ("Can the council tell the person's landlord?", True),
])
def test_a_question_about_an_adult_alone_is_recognised(question: str, adult_only: bool) -> None:
    from guidegraph.act_unasked import about_an_adult_only
    from guidegraph.query import parse

    assert about_an_adult_only(parse(question).words) is adult_only


def test_law_for_children_comes_after_adult_law_for_an_adult_alone(answers: Answers) -> None:
    question = ("A district nurse is taking over a frail pensioner's care at home after his stay on the ward. "
                "Does the hospital have to send her what she needs?")
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert "health-and-social-care-safety-and-quality-act-2015" in ids
    assert not {"children-act-1989", "children-act-2004"} & set(ids[:2])



@pytest.mark.parametrize(("question", "nation"), [
    ("A childminder in Inverness wonders how she should pass on concerns about a little boy.", "scotland"),
    ("A health visitor in Wrexham asks about sharing a family's details.", "wales"),
    ("A teacher in County Antrim wants to pass on a worry about a pupil.", "northern-ireland"),
])
def test_a_nations_towns_name_the_nation(answers: Answers, question: str, nation: str) -> None:
    assert answers.place_named(question) == nation


def test_having_to_give_what_a_carer_needs_to_look_after_someone_is_the_duty_to_share_for_care(
        answers: Answers) -> None:
    # the Act's passage says "a legal duty ... to share information where this will facilitate care";
    # people say "required to" and "look after him"
    bases = answers.which_act("The ward sister is sending an old man home to a care agency. Is she actually "
                              "required by law to give the agency what they need to look after him?")
    assert bases[0]["id"] == "health-and-social-care-safety-and-quality-act-2015", [b["id"] for b in bases]


def test_a_term_of_art_names_its_law_even_when_superseded(answers: Answers) -> None:
    # "sensitive personal data" is the Data Protection Act 1998's term (implied.ttl); its successor,
    # cited far more, would otherwise come first
    bases = answers.which_act("Is a list of someone's criminal offences treated as sensitive personal data "
                              "when we pass it on?")
    assert bases[0]["id"] == "data-protection-act-1998", [b["id"] for b in bases]


@pytest.mark.parametrize(("question", "first"), [
    ("Which rules cover children in need?", ["b", "a"]),
    # the words of the term, but not the term: "a child's needs" is no "child in need"
    ("Assessing a child's needs before adult care", ["a", "b"]),
    # what replaced the term's law is asked for, not that law
    ("Which Act replaced children in need plans?", ["a", "b"]),
    ("children in need plans changed to what, and why", ["a", "b"]),
    ("Which Act got rid of children in need plans?", ["a", "b"]),
    # the law the term implies does not apply where the question is asked
    ("Which rules cover children in need in Wales?", ["a", "b"]),
])
def test_implied_first_moves_the_law_a_term_names_ahead(question: str, first: list[str]) -> None:
    from types import SimpleNamespace

    from guidegraph.act_rules import implied_first

    ranked = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]
    moved = implied_first(ranked, question, {"children in need": ["b"], "child in need": ["b"]},
                          lambda basis: "wales" not in question.lower(), lambda terms: set())
    assert [r.id for r in moved] == first


@pytest.mark.parametrize(("beside", "first"), [
    ({"a"}, ["a", "b"]),  # the guidance names the leading law beside the term: it answers
    ({"a", "b"}, ["a", "b"]),
    ({"b"}, ["b", "a"]),
    (set(), ["b", "a"]),
])
def test_a_term_of_art_gives_way_to_the_law_the_guidance_names_beside_it(beside: set[str], first: list[str]) -> None:
    from types import SimpleNamespace

    from guidegraph.act_rules import implied_first

    ranked = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]
    asked: list[list[str]] = []
    moved = implied_first(ranked, "Which Act tightened the rules on private fostering?", {"private fostering": ["b"]},
                          lambda basis: True, lambda terms: asked.append(terms) or beside)
    assert [r.id for r in moved] == first and asked in ([], [["private fostering"]])


@pytest.mark.parametrize(("terms", "beside", "first"), [
    (["access to records"], {"old"}, ["old", "new", "other"]),  # the superseded Act the guidance names leads
    (["access to records"], set(), ["new", "old", "other"]),  # the guidance names no law beside it
    ([], {"old"}, ["new", "old", "other"]),  # the question uses none of the guidance's terms
])
def test_a_guidance_term_brings_the_law_named_beside_it_first(terms: list[str], beside: set[str],
                                                               first: list[str]) -> None:
    from types import SimpleNamespace

    from guidegraph.act_rules import named_beside_first

    ranked = [SimpleNamespace(id="new"), SimpleNamespace(id="old"), SimpleNamespace(id="other")]
    assert [r.id for r in named_beside_first(ranked, terms, lambda asked: beside)] == first


def test_an_access_to_records_request_is_answered_by_the_law_the_guidance_names(answers: Answers) -> None:
    # the 2005 guidance: such a request is "an 'Access to Records' request under the Data Protection
    # Act 1998"; its successor would otherwise tie with it and be listed first
    asked = ("Our family centre got a report from the school about a boy, and now his dad wants to read what "
             "the school passed over. What law do we deal with that under as an access to records request?")
    top = answers.which_act(asked)
    assert top[0]["id"] == "data-protection-act-1998", [r["id"] for r in top]
    # not named so, it is the same request: the guidance's law for it still leads
    top = answers.which_act(asked.replace(" as an access to records request", ""))
    assert top[0]["id"] == "data-protection-act-1998", [r["id"] for r in top]


@pytest.mark.parametrize("question", [
    "A grandad asks to see what the nursery sent children's services about his grandson. What law covers that?",
    "My stepdaughter is 15 and wants to look at the information the school passed on about her. Which law?",
    "A thirteen-year-old has asked to read the notes on our system. What law is that request under?",
])
def test_a_request_to_see_ones_records_in_other_words_gets_the_guidances_law(answers: Answers,
                                                                              question: str) -> None:
    top = answers.which_act(question)
    assert top[0]["id"] == "data-protection-act-1998", [r["id"] for r in top]


@pytest.mark.parametrize(("speaking", "first"), [
    (set(), ["mca", "code", "ca", "dpa"]),  # moved ahead, in their order
    ({"ca"}, ["ca", "dpa", "mca", "code"]),  # the best hit, on someone lacking capacity, cites the law first
])
def test_lacking_capacity_brings_the_law_named_after_it_first(speaking: set[str], first: list[str]) -> None:
    from types import SimpleNamespace

    from guidegraph.act_rules import named_for_capacity_first

    names = {"legal-basis:mca": [("mental", "capac", "act")], "legal-basis:code": [("mental", "capac", "act", "code")],
             "legal-basis:ca": [("care", "act")], "legal-basis:dpa": [("data", "protect", "act")]}
    ranked = [SimpleNamespace(id=i) for i in ("ca", "dpa", "mca", "code")]
    assert [r.id for r in named_for_capacity_first(ranked, names, speaking)] == first


def test_a_parent_who_may_not_understand_sharing_asks_for_the_capacity_law(answers: Answers) -> None:
    # told as a story, its words (a father, a school, details passed on) find the common law duty
    # and the Children Act 1989 before the law on lacking capacity
    asked = ("Family support worker. The father I work with had a serious head injury last year and I'm not "
             "sure he understands what he'd be agreeing to if I pass his details to the school. What law applies?")
    top = [r["id"] for r in answers.which_act(asked)]
    assert top[0] in {"mental-capacity-act-2005", "mental-capacity-act-code-of-practice"}, top


def test_a_man_in_trouble_for_something_to_do_with_children_asks_for_the_scheme(answers: Answers) -> None:
    # read as typed, "minding", "toddler" and "the police" find other law first
    asked = ("My neighbour's new partner is minding her toddler this weekend and she's been told he has been in "
             "trouble for something involving kids. Can she ask the police?")
    top = [r["id"] for r in answers.which_act(asked)]
    assert top[0] == "child-sex-offender-disclosure-scheme", top


def test_the_welfare_duty_of_a_body_that_is_no_school_is_not_educations(answers: Answers) -> None:
    # "a duty to safeguard and promote the welfare" is said of schools' proprietors too, under the
    # Education Act 2002, which ranked first though the question names no school
    asked = ("Our probation service manager says we are under a statutory duty to safeguard and promote "
             "children's welfare. Which Act says so?")
    top = [r["id"] for r in answers.which_act(asked)]
    assert top[0] == "children-act-2004", top
    assert "education-act-2002" not in top[:3], top


@pytest.mark.parametrize(("words", "none"), [
    (("are", "the", "police", "under", "the", "welfare", "duty"), True),
    (("are", "the", "governors", "under", "the", "welfare", "duty"), False),
    (("a", "pupil", "'s", "file"), False),
    (("which", "act", "holds", "section", "175"), False),  # a section of an Education Act, by number
    (("she", "is", "home", "schooled", "now"), False),
    (("his", "ehcp", "review"), False),
])
def test_a_question_naming_no_school(words: tuple[str, ...], none: bool) -> None:
    from guidegraph.act_unasked import about_no_school

    assert about_no_school(words) is none


def test_education_law_is_law_whose_title_names_education() -> None:
    from guidegraph.act_unasked import education_law

    data = {"bases": {"ea": {"title": "Education Act 2002"}, "ca": {"title": "Children Act 2004"}}}
    assert education_law(data)("ea") and not education_law(data)("ca") and not education_law(data)("unknown")


def test_laws_named_beside_a_term_are_those_of_its_sentence() -> None:
    from guidegraph.act_rules import laws_named_beside

    names = {"legal-basis:ca-2004": [("children", "act", "2004")], "legal-basis:ca-1989": [("children", "act", "1989")],
             "provision:x": [("section", "66")]}
    text = ("Private Fostering is defined in the Children Act 1989. The Children Act 2004 introduced a tighter "
            "framework for notifying private fostering arrangements.")
    assert laws_named_beside(["private fostering"], [text], names) == {"ca-1989", "ca-2004"}
    assert laws_named_beside(["private fostering"], [text.split(". ")[1]], names) == {"ca-2004"}
    assert laws_named_beside(["children in need"], [text], names) == set()


@pytest.mark.parametrize("question", [
    "Must the ambulance service and the council work hand in hand for people's health and welfare?",
    "Do health commissioners have to team up with the council?",
])
def test_an_nhs_body_working_with_the_council_is_the_duty_to_co_operate(answers: Answers, question: str) -> None:
    # NHS Act 2006 s82: "NHS bodies and local authorities must co-operate"; ambulance trusts and
    # commissioners are NHS bodies, and "hand in hand" is co-operation
    assert answers.which_act(question)[0]["id"] == "national-health-service-act-2006"


def test_a_governing_body_making_sure_pupils_are_kept_safe_is_the_education_act_2002(answers: Answers) -> None:
    # s175: governing bodies of maintained schools must safeguard and promote pupils' welfare;
    # "kept safe" is safeguarding
    bases = answers.which_act("As a school governor at a council-maintained primary, what law makes our board "
                              "responsible for making sure pupils are kept safe?")
    assert bases[0]["id"] == "education-act-2002", [b["id"] for b in bases]


def test_a_right_to_a_private_life_names_article_8(answers: Answers) -> None:
    # "private life" is the Convention's Article 8 (implied.ttl), though the story names social services
    bases = answers.which_act("Does a parent's right to a private life stop the hospital telling social services "
                              "about an injured child?")
    assert bases[0]["id"] in {"echr", "human-rights-act-1998"}, [b["id"] for b in bases]


@pytest.mark.parametrize(("question", "guidance"), [
    ("Which statutory guidance tells schools what they must do to keep children safe?",
     "keeping-children-safe-in-education"),
    ("What guidance sets out how agencies should work together to safeguard children?",
     "working-together-to-safeguard-children"),
])
def test_a_question_asking_for_guidance_lists_the_guidance_its_passages_cite(answers: Answers, question: str,
                                                                              guidance: str) -> None:
    bases = answers.which_act(question)
    assert bases[0]["kind"] == "guidance" and bases[0]["id"] == guidance, [b["id"] for b in bases]
    assert any(b["kind"] == "legal-basis" for b in bases)  # the law follows


def test_a_question_asking_for_law_lists_no_guidance(answers: Answers) -> None:
    bases = answers.which_act("Which law's statutory guidance tells schools to keep children safe?")
    assert all(b["kind"] == "legal-basis" for b in bases)


@pytest.mark.parametrize(("question", "dangerous"), [
    ("Can I ask the police whether my sister's boyfriend has a record?", True),
    ("A man released from prison has moved next to the nursery", True),
    ("Is there a scheme for asking about a partner?", True),
    ("My neighbour's new partner has hurt his ex", True),
    ("Why must the school have safeguarding procedures and a designated lead?", False),
    ("Can I pass on details of her illness to keep her safe?", False),
    # a scheme the asker runs or works in is a service, and a time of day is no one's past
    ("I coordinate a befriending scheme for young carers: can I tell the school nurse?", False),
    ("At half past eight a pupil said her stepdad shouts at her. Can I tell social care?", False),
    ("Our youth mentoring scheme wants to tell the police. Is there a scheme for asking about his past?", True),
])
def test_a_question_about_a_dangerous_person_is_recognised(question: str, dangerous: bool) -> None:
    from guidegraph.act_unasked import about_a_dangerous_person

    assert about_a_dangerous_person(question) is dangerous


def test_schemes_the_question_does_not_name_come_after_the_rest() -> None:
    from guidegraph.act_unasked import after_the_rest, childrens_law, schemes
    from guidegraph.rank import RankedBasis

    data = {"bases": {"sarahs-law": {"type": "scheme", "title": "Sarah's Law", "aliases": ["CSOD"]},
                      "ca-1989": {"type": "ukpga", "title": "Children Act 1989"}}}
    ranked = [RankedBasis(b, 1.0 - i / 10) for i, b in enumerate(["sarahs-law", "ca-1989", "a", "b", "c", "d"])]

    def order(question: str, adult: bool = False) -> list[str]:
        unasked = [schemes(data, question)] + ([childrens_law(data)] if adult else [])
        return [r.id for r in after_the_rest(ranked, unasked)]

    assert order("Why must the school have procedures?") == ["ca-1989", "a", "b", "c", "sarahs-law", "d"]
    assert order("What is the CSOD for?") == [r.id for r in ranked]
    # both kinds at once: moving one must not bring the other forward
    assert order("Can I tell her GP?", adult=True) == ["a", "b", "c", "d", "sarahs-law", "ca-1989"]
    # one ranked among the few others moves too, not into the place of one moved
    data["bases"]["mappa"] = {"type": "scheme", "title": "MAPPA"}
    ranked = [RankedBasis(b, 1.0 - i / 10) for i, b in enumerate(["a", "sarahs-law", "b", "c", "mappa", "d", "e"])]
    assert order("Can I tell her GP?") == ["a", "b", "c", "d", "sarahs-law", "mappa", "e"]


def test_asking_whether_someone_is_a_danger_to_children_speaks_of_a_dangerous_person() -> None:
    from guidegraph.act_unasked import about_a_dangerous_person

    assert about_a_dangerous_person("She wants to ask the police whether he's a danger to children")


def test_a_disclosure_scheme_does_not_lead_for_an_adult_with_no_dangerous_person(answers: Answers) -> None:
    question = ("A housing officer's tenant, a woman in her fifties with schizophrenia, says her lodger belittles and "
                "frightens her. Can I pass on details of her illness to keep her safe?")
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert not {"child-sex-offender-disclosure-scheme", "domestic-violence-disclosure-scheme", "mappa",
                "children-act-1989", "children-act-2004"} & set(ids[:3])


@pytest.mark.parametrize(("question", "year"), [
    ("Under the data protection rules that applied before 2018, which condition?", 2017),
    ("A policy from 2004 in our filing cabinet names 'the eight principles'", 2004),
    ("In 2012, which law set the conditions for sharing?", 2012),
    ("Under the old data protection rules, which condition?", 0),
    ("What did the data protection law of that time allow?", 0),
    ("Which law replaced the old data protection rules in 2018?", None),
    ("pre-2018 sensitive data condition", 2017),
    ("A 16-year-old asks whether the Data Protection Act 2018 applies to her", None),
])
def test_the_time_a_question_asks_the_law_of(question: str, year: int | None) -> None:
    from guidegraph.act_history import asked_of_the_past

    assert asked_of_the_past(question) == year


def test_the_law_of_the_time_comes_first_and_later_law_behind() -> None:
    from guidegraph.act_history import law_of_the_time_first
    from guidegraph.rank import RankedBasis

    data = {"bases": {"dpa-2018": {"year": 2018}, "gdpr": {"year": 2016}, "ca-1989": {"year": 1989},
                      "dpa-1998": {"year": 1998, "superseded_by": "dpa-2018"}}}
    ranked = [RankedBasis(b, 1.0 - i / 10) for i, b in enumerate(["dpa-2018", "gdpr", "ca-1989", "x", "y", "dpa-1998"])]

    def moved(year: int, named: bool) -> list[str]:
        return [r.id for r in law_of_the_time_first(ranked, year, data, lambda basis: named)]

    # "the data protection rules of 2004": the Act of 1998 from wherever it ranks, the later law behind
    assert moved(2004, named=True) == ["dpa-1998", "ca-1989", "x", "dpa-2018", "gdpr", "y"]
    # unnamed, replaced law ranked too low stays where it is
    assert moved(2004, named=False) == ["ca-1989", "x", "y", "dpa-2018", "gdpr", "dpa-1998"]
    # in 2020 the Act of 1998 was no longer in force
    assert moved(2020, named=True) == [r.id for r in ranked]


@pytest.mark.parametrize("question", [
    "Under the old data protection rules, which condition let a health visitor share a mum's health details?",
    "In 2012, which law set the conditions for sharing a child's health records without consent?",
])
def test_a_question_asking_the_law_of_the_past_finds_the_data_protection_act_1998(answers: Answers,
                                                                                  question: str) -> None:
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert ids[0] == "data-protection-act-1998"


def test_a_refusal_to_let_information_be_shared_asks_what_allows_sharing_without_consent(answers: Answers) -> None:
    question = ("Dad refused to let the nursery share anything, but the baby's injuries look deliberate. "
                "What lets us pass it on anyway?")
    ids = [r["id"] for r in answers.which_act(question, limit=5)]
    assert {"gdpr", "data-protection-act-2018"} & set(ids[:2])


@pytest.mark.parametrize(("question", "asks"), [
    ("Is there a Scottish Government document with a flow chart of the process?", True),
    ("Is there a website for Wales with links to the law on sharing?", True),
    ("Has the GMC published anything on protecting children?", True),
    ("Which set of principles is she quoting?", True),
    ("use only the minimum necessary confidential information principle", True),
    ("the set of principles, looked after by a senior guardian, whose first rule is to justify the purpose", True),
    ("Which code is it?", True),
    ("Where does that saying come from?", True),  # a saying traced to the writing it quotes
    ("Where do the quotes in our policy come from?", True),
    ("Which Scottish national approach uses eight wellbeing indicators?", True),
    ("Which standards came in alongside that?", True),
    ("Which numbered list are those two lines taken from?", True),
    ("Where do I find the Northern Ireland flow chart for deciding whether to disclose?", True),
    ("Is there a checklist we can use before sharing?", True),
    ("I'm a social worker in Belfast: what should I read on deciding whether to disclose?", True),
    ("Is there a senior person whose job is to advise on confidentiality?", True),  # a role its guidance names
    ("GP practice manager: who in the NHS can advise on whether details should go to social care?", True),
    ("Our school nurse must check with the NHS's senior confidentiality lead before she tells us. Who is that?", True),
    ("Who is the senior person in the trust responsible for protecting patient confidentiality?", True),
    ("Who in the NHS is responsible for advising on confidentiality decisions like this?", True),
    ("Who is responsible for the referral, me or my manager?", False),  # a duty asked about, no adviser
    ("Our designated safeguarding lead says we must share. Is she right?", False),  # a role named, not asked for
    ("Government sponsored website in Wales with links to legislation on sharing", True),
    ("Where Scotland sets out how staff should share worries about a child's safety", True),
    ("What agreement do public bodies in Wales sign up to for passing on personal details?", True),
    ("What agreement do I need from the parents?", False),  # consent, nothing signed up to
    ("Who can I ask about a man's convictions?", False),  # a scheme, no one who advises
    ("Where does that duty come from?", False),  # law or a writing: the question's words decide
    ("Are these principles binding on us?", False),
    ("Can I share this document with the police?", False),
    ("Which law lets me share?", False),
])
def test_a_question_asking_for_a_writing_by_what_it_is(question: str, asks: bool) -> None:
    from guidegraph.act_rules import asks_for_a_writing
    from guidegraph.query import parse

    assert asks_for_a_writing(parse(question).words) is asks


def test_a_fragment_naming_what_guidance_says_finds_the_guidance(answers: Answers) -> None:
    # typed into a search box, no question: its best passage ("The NHS Code of Practice lays down a very
    # high threshold ...") cites the code and no law, so the code answers, as an Act answers a fragment
    # naming what the Act does
    top = answers.which_act("Very high threshold before confidential health information can be disclosed", limit=1)
    assert top[0]["title"].startswith("Confidentiality: NHS Code of Practice")
    top = answers.which_act("Power of a local authority to do anything incidental to the discharge of its functions",
                            limit=1)
    assert top[0]["title"] == "Local Government Act 1972"


def test_guidance_asked_for_by_what_it_is_or_by_its_title_comes_first(answers: Answers) -> None:
    gmc = answers.which_act("I'm a newly qualified GP. Has the GMC published anything on every doctor's "
                            "responsibilities for protecting children?", limit=3)
    assert gmc[0]["id"] == "gmc-protecting-children-2012"
    kcsie = answers.which_act("Which statutory guidance for schools and colleges should a new designated "
                              "safeguarding lead read first?", limit=3)
    assert kcsie[0]["id"] == "keeping-children-safe-in-education"


def test_a_document_asked_for_by_what_it_is_in_a_place_is_the_one_the_answers_cite(answers: Answers) -> None:
    question = ("Surrey's procedure says it should be read alongside a piece of HM Government advice from July "
                "2018; which advice is that?")
    first = answers.which_act(question, limit=3)[0]
    assert (first["kind"], first["id"]) == ("guidance", "hmg-information-sharing-advice")


@pytest.mark.parametrize(("question", "asks"), [
    ("Which Act requires the governing body to have safeguarding arrangements?", True),
    ("Under what Welsh Act must the council act?", True),
    ("which act lets a nurse share", True),
    ("What statute gives the power?", True),
    ("Which UK statute gives effect to that right?", True),
    ("Do record systems which act as barriers stop us?", False),
    ("Which professionals act for the council?", False),
    ("Which law lets me share?", False),
    # a treaty's rights made law here: the Act giving them effect
    ("What brought the Convention's right to privacy into domestic law?", True),
    ("Which law made the right to a family life part of UK law?", True),
    ("Is the GDPR still part of UK law?", False),
])
def test_a_question_asking_for_an_act(question: str, asks: bool) -> None:
    from guidegraph.act_unasked import asks_for_an_act

    assert asks_for_an_act(question) is asks


def test_asked_for_an_act_the_regulation_ranking_with_it_comes_after() -> None:
    from guidegraph.act_unasked import after_the_rest, not_an_act
    from guidegraph.rank import RankedBasis

    data = {"bases": {"gdpr": {"type": "eur"}, "dpa-2018": {"type": "ukpga"}, "common-law": {"type": "common-law"},
                      "order-1995": {"type": "nisi"},
                      "found": {"uncatalogued": True, "title": "Children Act (Jersey) 2002"}}}
    order = ["gdpr", "dpa-2018", "common-law", "order-1995", "found"]
    ranked = [RankedBasis(b, 1.0 - i / 10) for i, b in enumerate(order)]
    assert [r.id for r in after_the_rest(ranked, [not_an_act(data)])] == [
        "dpa-2018", "order-1995", "found", "gdpr", "common-law"]


def test_which_act_holds_the_safeguarding_condition_is_answered_by_the_act_not_the_regulation(
        answers: Answers) -> None:
    question = ("I'm a childminder: which Act contains the condition for safeguarding children and individuals at "
                "risk that lets me pass on a toddler's health details without the parents' agreement?")
    assert answers.which_act(question, limit=3)[0]["id"] == "data-protection-act-2018"


def test_a_short_question_naming_guidance_lists_it_first_even_misspelt(answers: Answers) -> None:
    first = answers.which_act("caldicot principle use only the minimum necessary confidential info", limit=3)[0]
    assert (first["kind"], first["id"]) == ("guidance", "caldicott-principles")
    # everyday words that are also a title's ("work together") name nothing
    ids = [r["id"] for r in answers.which_act("must councils and NHS bodies work together", limit=3)]
    assert "working-together-to-safeguard-children" not in ids


@pytest.mark.parametrize(("a", "b", "same"), [
    ("caldicott", "caldicot", True), ("priorities", "priorites", True), ("caldicott", "caldicott", True),
    ("share", "shore", False),  # short words must be exact
    ("caldicott", "caldiqot", False),  # two letters off
])
def test_a_long_word_one_letter_off_is_the_same_word(a: str, b: str, same: bool) -> None:
    from guidegraph.guidance_answers import _same_word

    assert _same_word(a, b) is same


def test_the_sentence_describing_the_writing_asked_for_is_asked_on_its_own() -> None:
    from guidegraph.guidance_answers import describing_sentence

    question = ("I'm a locum at a pharmacy and said patient information is confidential, full stop. The "
                "pharmacist said there's a set of principles holding that sharing for care matters as much as "
                "confidentiality. What are they?")
    assert describing_sentence(question).startswith("The pharmacist said there's a set of principles")
    assert describing_sentence("Which set of principles says use the minimum necessary?") == ""


def test_a_guidance_answer_shows_what_it_is_and_the_passages_that_led_to_it(answers: Answers) -> None:
    question = ("Everyone who can see patient details has to understand their responsibilities, and we should use "
                "only the minimum we need. Which set of principles is that?")
    first = answers.which_act(question, limit=1)[0]
    assert "Principles for handling confidential patient" in first["scope"]
    # the principles' own list, which states them without naming the guidance, is the first evidence
    assert first["evidence"][0]["passage_id"] == "pan-cheshire-information-sharing-2023/s24/p1"
    assert "responsibilities" in first["reason"]


def test_what_a_question_sets_aside_by_name_is_no_answer(answers: Answers) -> None:
    from guidegraph.act_unasked import set_aside

    assert set_aside("Apart from Working Together 2023, which advice is it based on?") == [["work", "togeth", "2023"]]
    assert set_aside("Which law lets me share?") == []
    first = answers.which_act("Quiz: apart from Working Together 2023, which HM Government advice is the "
                              "Pan-Cheshire information sharing guidance based on?", limit=3)
    assert "working-together-to-safeguard-children" not in [r["id"] for r in first]
    law = answers.which_act("Apart from the Children Act 2004, which laws does a practitioner need to know "
                            "before sharing information about a child?", limit=3)
    assert "children-act-2004" not in [r["id"] for r in law]


def test_the_more_specific_term_of_art_leads() -> None:
    from guidegraph.act_rules import implied_first
    from guidegraph.rank import RankedBasis

    implied = {"special category data": ["gdpr"], "safeguarding of children and individuals at risk": ["dpa-2018"]}
    ranked = [RankedBasis(b, 1.0 - i / 10) for i, b in enumerate(["gdpr", "hra", "dpa-2018"])]
    question = "Is it GDPR or the DPA 2018 that has the safeguarding of children and individuals at risk condition " \
               "for special category data?"
    moved = implied_first(ranked, question, implied, lambda basis: True, lambda terms: set())
    assert [r.id for r in moved] == ["dpa-2018", "gdpr", "hra"]


@pytest.mark.parametrize(("question", "kinds"), [
    ("Which scheme lets a grandmother ask the police about her daughter's new partner?", {"scheme"}),
    ("Under what multi-agency arrangements do police and probation share?", {"arrang"}),
    # another word asks for the answer first: the kind is what the law covers
    ("Which law covers private fostering arrangements?", set()),
    ("The scheme came first. Which Act followed?", set()),  # the kind named outside the asking sentence
])
def test_the_kind_of_law_a_question_asks_for_by_name(question: str, kinds: set[str]) -> None:
    from guidegraph.act_rules import kinds_asked_for

    assert kinds_asked_for(question) == kinds


def test_a_scheme_and_the_arrangements_it_builds_on_are_told_apart_by_the_kind_asked_for(answers: Answers) -> None:
    # the guidance names both in one passage: the question's words alone tie them
    asked = ("The police scheme that lets a mother ask about a man who minds her kids: under which older "
             "multi-agency arrangements was it built?")
    assert answers.which_act(asked)[0]["id"] == "mappa"
    top = answers.which_act("Police tell a parent who asks about a man alone with her children: what scheme is this?")
    assert top[0]["id"] == "child-sex-offender-disclosure-scheme", [r["id"] for r in top]


@pytest.mark.parametrize(("harm", "first"), [
    ("child", ["csods", "dvds", "mappa", "ca"]),  # the scheme for the harm asked of leads
    ("violence", ["dvds", "csods", "mappa", "ca"]),
    ("", ["csods", "dvds", "mappa", "ca"]),  # no harm named: the disclosure schemes in their order
])
def test_asked_how_to_learn_a_past_the_disclosure_schemes_come_first(harm: str, first: list[str]) -> None:
    from types import SimpleNamespace

    from guidegraph.act_rules import disclosure_scheme_first

    data = {"bases": {"mappa": {"type": "scheme", "title": "Multi-Agency Public Protection Arrangements"},
                      "csods": {"type": "scheme", "title": "Child Sex Offender Disclosure Scheme"},
                      "dvds": {"type": "scheme", "title": "Domestic Violence Disclosure Scheme"},
                      "ca": {"type": "ukpga", "title": "Children Act 1989"}}}
    ranked = [SimpleNamespace(id=i) for i in ("mappa", "csods", "dvds", "ca")]
    assert [r.id for r in disclosure_scheme_first(ranked, data, harm)] == first


def test_how_someone_may_check_a_past_is_answered_by_a_disclosure_scheme(answers: Answers) -> None:
    top = [r["id"] for r in answers.which_act(
        "A woman at our hostel says her boyfriend, who babysits her son, may have convictions for sexual "
        "offences against children. How can she check?")]
    assert top[0] == "child-sex-offender-disclosure-scheme", top


@pytest.mark.parametrize(("question", "after"), [
    ("Can the police get a nursery's registers on a toddler to trace who burgled the flat?", True),
    ("Detectives want the dentist's notes on a patient for a prosecution.", True),
    ("Officers have asked the youth club for its files on two lads.", True),
    ("The police want to share what they know with the school.", False),  # the police share, not ask
    ("Can the school tell the police about a pupil's plans?", False),
])
def test_the_police_asking_for_records_another_holds(question: str, after: bool) -> None:
    from guidegraph.act_unasked import police_after_records

    assert police_after_records(question) is after


def test_the_police_asking_a_school_for_records_find_the_gateways_not_school_law(answers: Answers) -> None:
    # the pupil and the academy named find the school's own safeguarding duty first; what lets it
    # give the police its records is a gateway for crime or criminal proceedings
    top = [b["id"] for b in answers.which_act("Can detectives obtain a pupil's attendance records from the academy "
                                              "to trace who set fire to the sports hall?")[:2]]
    assert top[0] in {"crime-and-disorder-act-1998", "national-health-service-act-2006"}, top
    assert "education-act-2002" not in top, top


def test_the_law_making_a_convention_right_part_of_uk_law_is_the_act(answers: Answers) -> None:
    # the Convention itself, and data protection law on privacy, ranked with the Act giving it effect
    top = [b["id"] for b in answers.which_act("Which law brought the right to respect for family life into "
                                              "domestic law?")[:1]]
    assert top == ["human-rights-act-1998"], top


def test_a_scheme_the_asker_runs_brings_no_disclosure_scheme_forward(answers: Answers) -> None:
    # "scheme" and the "past" of a time of day read as asking about someone's past: both disclosure
    # schemes came first
    asked = ("I manage a supported lodgings scheme and at twenty past eleven a police officer rang asking which "
             "friends one of our 16-year-olds was out with. Can I tell him?")
    top = [b["id"] for b in answers.which_act(asked)[:2]]
    assert not {"domestic-violence-disclosure-scheme", "child-sex-offender-disclosure-scheme"} & set(top), top


@pytest.mark.parametrize(("question", "replaced"), [
    ("The old boards have since gone. Which Act brought in the change?", True),
    ("Which law brought that change in?", True),
    ("Her mum has since moved away. Can I tell the new school?", False),
    ("He has gone to live with his dad. Can I tell the new school?", False),
])
def test_asking_what_came_after_is_recognised(question: str, replaced: bool) -> None:
    from guidegraph.act_rules import REPLACED

    assert bool(REPLACED.search(question)) is replaced


@pytest.mark.parametrize(("question", "asks"), [
    ("Which legal power lets the practice disclose to the MARAC?", True),
    ("What power allows us to share with the panel?", True),
    ("Which statutory power enables a nurse to pass this on?", True),
    # a power described by what else it does, or no power asked for
    ("What council power to promote the well-being of the area implies we can share?", False),
    ("Which law lets the practice disclose to the MARAC?", False),
])
def test_a_question_asking_for_a_power_to_disclose(question: str, asks: bool) -> None:
    from guidegraph.act_rules import asks_for_a_power_to_disclose

    assert asks_for_a_power_to_disclose(question) is asks


def test_the_law_said_to_give_a_power_to_disclose_not_the_law_said_not_to() -> None:
    from guidegraph.act_rules import laws_giving_a_power_to_disclose

    names = {"legal-basis:crime-act": [("crime", "act")], "legal-basis:abuse-act": [("abus", "act")]}
    texts = ["Sharing with the panel is under the Crime Act, which gives any person a power to disclose information.",
             "The Abuse Act does not itself create a power to share information. It defines abuse."]
    assert laws_giving_a_power_to_disclose(texts, names) == {"crime-act"}


def test_asked_for_a_power_to_disclose_the_law_giving_it_leads(unseen_answers: Answers) -> None:
    # the Act defining domestic abuse, which the MARAC protocols cite for the words of the story, came first
    question = ("Our GP surgery got a MARAC research form about a patient whose partner is abusive. "
                "Which legal power lets the practice disclose to the MARAC?")
    assert [r["id"] for r in unseen_answers.which_act(question, limit=1)] == ["crime-and-disorder-act-1998"]
