"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`): a housing
association's policy whose law is a "Legislation | What it allows" table, a training course's
slides saved as an outline (slide numbers, a footer on every slide, speaker notes, a true-or-false
quiz), a council web page inside its cookie banner, breadcrumbs and a "Related content" sidebar,
a Welsh health board's WASPI protocol numbered "4.1.1", a partnership's bulletin saved from an
e-mail, and a football club's poster of the seven golden rules, reworded and reordered."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.principles import find_principles


def guidance(name: str, catalog: Catalog) -> set[str]:
    return {g.id for g in find_guidance(unseen(name), catalog)}


def golden_rules(name: str) -> list[int]:
    return [p.number for p in find_principles(unseen(name))[0] if p.set_id == "seven-golden-rules"]


# ---------------------------------------------------------------------------------------------
# A housing association's safeguarding policy: the law in a "Legislation | What it allows" table


HOUSING = "housing-association-safeguarding-policy.md"


def test_the_housing_tables_rows_give_each_act_its_own_provisions(catalog: Catalog) -> None:
    """A section in the second cell belongs to the Act in the first cell of its row."""
    assert unseen_cited(HOUSING, catalog, "3.1") == [
        ("children-act-1989", None, ""), ("children-act-1989", "section 27", ""),
        ("children-act-1989", "section 47", ""), ("children-act-2004", None, ""),
        ("children-act-2004", "section 11", ""), ("children-act-2004", "section 10", ""),
        ("care-act-2014", None, ""), ("care-act-2014", "section 42", ""), ("care-act-2014", "section 45", ""),
        ("crime-and-disorder-act-1998", None, ""), ("crime-and-disorder-act-1998", "section 115", ""),
        ("data-protection-act-2018", None, ""), ("gdpr", None, ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
        # "Part 7 (homelessness) duties": a bare Part is not trusted (the policy has a Part 2 of its own)
        ("uncatalogued-housing-act-1996", None, ""), ("domestic-abuse-act-2021", None, "")]


def test_the_housing_policys_traps_cite_nothing(catalog: Catalog) -> None:
    """"Part 2 of this policy", "section 3 below", "Article 3 of our tenancy agreement", "Clause 8.2"."""
    assert unseen_cited(HOUSING, catalog, "1.2") == []
    assert unseen_cited(HOUSING, catalog, "3.2") == []
    assert unseen_cited(HOUSING, catalog, "3.3") == [("common-law-duty-of-confidence", None, "")]


def test_the_housing_policys_myths_case_and_guidance(catalog: Catalog) -> None:
    found = unseen_myths_in(HOUSING)
    assert {s: m.verdict for s, m in found.items()} == {
        "I'm only a repairs operative - safeguarding isn't my job": "no",
        "Data protection means I can't tell anyone what I saw in a tenant's home": "no",
        "If I report a concern, the family will lose their tenancy": "no"}
    [case] = unseen_cases(HOUSING)
    assert (case.setting, case.section) == ("a repairs visit", "6")
    assert case.scenario.startswith("A plumber attending a leak")
    assert case.advice.startswith("the Safeguarding Lead referred the family")
    assert guidance(HOUSING, catalog) == {
        "working-together-to-safeguard-children", "hmg-information-sharing-advice",
        "care-and-support-statutory-guidance-department-of-health-and-social",
        "greenway-homes-domestic-abuse-policy-sg-05"}  # the association's own policy, listed as guidance


# ---------------------------------------------------------------------------------------------
# Training slides saved as an outline


SLIDES = "training-slides-outline-export.txt"


def test_the_slides_numbers_and_footers_are_dropped_and_every_slide_kept() -> None:
    doc = unseen(SLIDES)
    text = "\n".join(p.text for p in doc.passages)
    assert "Slide" not in text.replace("Slide 6 of the previous course", "")  # a speaker note's own words stay
    # slide titles set off above their bullets: kept, not dropped as running headers
    assert "Escalation" in [s.title for s in doc.sections] and "Key guidance" in text


def test_the_slides_abbreviated_law(catalog: Catalog) -> None:
    cited = unseen_cited(SLIDES, catalog, "s2")
    assert cited[:4] == [("children-act-1989", None, ""), ("children-act-2004", None, ""),
                         ("data-protection-act-2018", None, ""), ("gdpr", None, "")]
    assert ("children-act-2004", "section 16H", "") in cited
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in cited  # "Sch.1 Pt 2 para 18"
    assert [c for c in cited if c[0] == "data-protection-act-1998"] == [
        ("data-protection-act-1998", None, "has been repealed")] * 2


def test_the_slides_quiz_rules_and_case(catalog: Catalog) -> None:
    found = unseen_myths_in(SLIDES)
    assert {s: m.verdict for s, m in found.items()} == {
        "I must always get consent before I share": "no",
        "GDPR stops schools talking to children's social care": "no",
        "I should record what I shared, with whom and why": "yes"}
    assert golden_rules(SLIDES) == [1, 2, 4, 3, 5, 6, 7]  # the 2024 order, aligned by what each rule says
    [case] = unseen_cases(SLIDES)
    assert case.setting == "Jamie, 14" and case.scenario.startswith("Jamie's attendance has dropped")
    assert guidance(SLIDES, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice",
                                         "keeping-children-safe-in-education"}


# ---------------------------------------------------------------------------------------------
# A council web page inside its site furniture


PAGE = "council-webpage-related-aside.html"


def test_the_pages_sidebar_and_furniture_are_dropped(catalog: Catalog) -> None:
    text = "\n".join(p.text for p in unseen(PAGE).passages)
    for furniture in ("cookies", "Council tax", "Related content", "Care Act 2014", "Private fostering",
                      "Accessibility statement"):
        assert furniture not in text
    assert "keeping-children-safe-in-education" not in guidance(PAGE, catalog)  # named in the sidebar only


def test_the_pages_law(catalog: Catalog) -> None:
    assert unseen_cited(PAGE, catalog, "s3") == [("children-act-1989", "section 47", ""),
                                                 ("children-act-2004", "section 11", "")]  # not "Article 3"
    assert unseen_cited(PAGE, catalog, "s4") == [
        ("gdpr", None, ""), ("data-protection-act-2018", None, ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
        ("freedom-of-information-act-2000", None, "it is not relevant")]


def test_the_pages_myths_in_a_definition_list(catalog: Catalog) -> None:
    found = unseen_myths_in(PAGE)
    assert {s: m.verdict for s, m in found.items()} == {
        "I need the parents' permission before I contact children's social care": "no",
        "I can only share information in writing": "no",
        "Information from a health record can never be shared without the patient's agreement": "no"}
    assert guidance(PAGE, catalog) == {"hmg-information-sharing-advice", "working-together-to-safeguard-children",
                                       "caldicott-principles"}
    assert unseen_cases(PAGE) == []


# ---------------------------------------------------------------------------------------------
# A Welsh health board's information sharing protocol on the WASPI template


WASPI = "wales-health-board-waspi-protocol.txt"


def test_the_protocols_welsh_law(catalog: Catalog) -> None:
    assert unseen_cited(WASPI, catalog, "4.1.1") == [
        ("social-services-and-well-being-wales-act-2014", "section 130", ""),
        ("social-services-and-well-being-wales-act-2014", "section 128", "")]
    assert unseen_cited(WASPI, catalog, "4.1.2") == [
        ("social-services-and-well-being-wales-act-2014", "part 7", ""),
        ("social-services-and-well-being-wales-act-2014", "section 126", "")]
    assert unseen_cited(WASPI, catalog, "4.1.3") == [("children-act-1989", "section 47", ""),
                                                     ("children-act-1989", "section 17", "no longer applies")]
    assert unseen_cited(WASPI, catalog, "4.1.4") == [
        ("uncatalogued-national-health-service-wales-act-2006", "section 82", ""),
        ("uncatalogued-national-health-service-wales-act-2006", "section 83", "")]
    assert unseen(WASPI).meta.jurisdictions == ("Wales",)


def test_the_protocols_data_protection_and_traps(catalog: Catalog) -> None:
    assert unseen_cited(WASPI, catalog, "4.2.1") == [
        ("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(h)", ""), ("gdpr", "article 9(2)(g)", ""),
        # "Part 2 of Schedule 1 to the DPA 2018, in particular paragraph 18": the schedule, then its paragraph
        ("data-protection-act-2018", "schedule 1", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_cited(WASPI, catalog, "4.2.2") == [("data-protection-act-1998", None, "was repealed")]
    assert unseen_cited(WASPI, catalog, "1.3") == []  # "Clause 4.2 below", "Appendix B"
    assert unseen_cited(WASPI, catalog, "7.1") == [("gdpr", "article 15", "")]  # not "Article 3 of the WASPI Accord"
    assert unseen_cited(WASPI, catalog, "6.1.1") == []  # a phone number, "24 hours"
    assert guidance(WASPI, catalog) == {"waspi", "wales-safeguarding-procedures", "caldicott-principles"}


# ---------------------------------------------------------------------------------------------
# A partnership's bulletin saved from an e-mail


BULLETIN = "safeguarding-bulletin-email.txt"


def test_the_bulletins_mail_header_is_dropped() -> None:
    doc = unseen(BULLETIN)
    text = "\n".join(p.text for p in doc.passages)
    assert "From:" not in text and "Subject:" not in text and "[Image" not in text
    assert doc.sections[0].title == "NSCP SAFEGUARDING BULLETIN"


def test_the_bulletins_law_myth_case_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited(BULLETIN, catalog, "s3") == [
        ("gdpr", None, ""), ("gdpr", "article 6(1)(e)", ""), ("data-protection-act-2018", "schedule 1", "")]
    found = unseen_myths_in(BULLETIN)
    assert {s: m.verdict for s, m in found.items()} == {
        "Under GDPR I can't share information about a child without the parents' consent": "no"}
    [case] = unseen_cases(BULLETIN)  # "Practice in focus: a GP's dilemma"
    assert case.setting == "A GP'S DILEMMA" and case.scenario.startswith("Dr S, a GP, sees a 15-year-old")
    assert case.advice.startswith("Dr S recognises indicators")
    assert guidance(BULLETIN, catalog) == {"hmg-information-sharing-advice", "working-together-to-safeguard-children",
                                           "gmc-protecting-children-2012"}


# ---------------------------------------------------------------------------------------------
# A football club's poster of the seven golden rules


POSTER = "sports-club-golden-rules-poster.txt"


def test_the_posters_rules_under_a_title_broken_over_three_lines() -> None:
    """Reordered and reworded ("KEEP A RECORD" first), each rule aligned by what it says."""
    assert golden_rules(POSTER) == [7, 1, 2, 3, 4, 5, 6]


def test_the_posters_phone_numbers_and_club_rules_cite_nothing(catalog: Catalog) -> None:
    assert unseen_cited(POSTER, catalog, "s10") == []  # "Rule 8 of the Club Constitution", helplines
    assert guidance(POSTER, catalog) == {"hmg-information-sharing-advice"}
    assert unseen_myths_in(POSTER) == {} and unseen_cases(POSTER) == []
