"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`): a police
force procedure on Child Abduction Warning Notices and disclosure to schools, a markdown export with
reference-style footnotes, a nursery's policy with the golden rules relettered and a yes/no flow, a
children-missing-education procedure with a cover, an amendments table and a glossary, an NHS page of
<details> accordions under an in-page contents list, an FGM quick guide with a "True or false?" quiz,
a legal services practice note on family proceedings, and a practice review procedure whose endnote
marks are bracketed numbers."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.principles import find_principles, load_principle_sets
from guidegraph.model import GuidanceRef


def guidance(name: str, catalog: Catalog) -> dict[str, GuidanceRef]:
    return {g.id: g for g in find_guidance(unseen(name), catalog)}


# ---------------------------------------------------------------------------------------------
# A police force procedure: Child Abduction Warning Notices and disclosure to schools


CAWN = "police-cawn-schools-procedure.txt"


def test_the_cawn_procedures_offences_and_amending_acts(catalog: Catalog) -> None:
    """A CAWN rests on no statute of its own, but on the offences it warns of; the Acts that
    amended or inserted a provision are named as sources only."""
    assert unseen_cited(CAWN, catalog, "2.2") == [("uncatalogued-child-abduction-act-1984", "section 2", ""),
                                                  ("children-act-1989", "section 49", "")]
    assert ("uncatalogued-anti-social-behaviour-crime-and-policing-act-2014", None, "as amended by") in \
        unseen_cited(CAWN, catalog, "2.3")
    assert ("criminal-justice-act-2003", "section 325-327", "") in unseen_cited(CAWN, catalog, "4.2")
    assert {n for b, _, n in unseen_cited(CAWN, catalog, "4.3") if "immigration" in b} == {
        "inserted by", "does not itself create a power"}


def test_the_cawn_procedures_police_act_and_exceptions_order(catalog: Catalog) -> None:
    """Part V of the Police Act 1997 for certificates; the Exceptions Order is one instrument,
    not the Rehabilitation of Offenders Act 1974 and an order of its own."""
    assert unseen_cited(CAWN, catalog, "5.1") == [("police-act-1997", "part V", "")]
    assert unseen_cited(CAWN, catalog, "5.2") == [("police-act-1997", "section 113B(4)", "")]
    assert unseen_cited(CAWN, catalog, "5.3") == [
        ("uncatalogued-rehabilitation-of-offenders-act-1974-exceptions-order-1975", None, "")]


def test_the_cawn_procedures_myths_case_and_related_guidance(catalog: Catalog) -> None:
    found = unseen_myths_in(CAWN)
    assert found["A CAWN can only be shared with the school if the parents agree"].concept == \
        "consent-needed-share-personal"
    [case] = unseen_cases(CAWN)
    assert (case.section, case.setting) == ("7", "Jade, aged 14")
    assert case.outcome_if_shared.startswith("Outcome: staff noticed the man's car")
    related = guidance(CAWN, catalog)  # the list's first two lines, read as headings, are entries
    assert related["working-together-to-safeguard-children"].year == 2023
    assert related["keeping-children-safe-in-education"].year == 2024
    assert related["statutory-disclosure-guidance"].publisher == "Home Office"


# ---------------------------------------------------------------------------------------------
# A markdown export with reference-style footnotes


FOOTNOTED = "lscp-exploitation-md-footnotes.md"


def test_markdown_footnotes_cite_their_notes_law(catalog: Catalog) -> None:
    section = unseen_cited(FOOTNOTED, catalog, "2")
    assert ("children-act-1989", "section 47(9)-47(11)", "") in section
    assert ("children-act-2004", "section 11", "") in section
    assert ("modern-slavery-act-2015", "section 52", "") in section


def test_the_repealed_acts_exemption_is_its_own_and_no_support(catalog: Catalog) -> None:
    """"The old "section 29 exemption" of the Data Protection Act 1998 no longer exists: that Act was
    repealed": section 29 is the 1998 Act's, not the 2018 Act's named before, and none of it supports."""
    passage = [c for c in unseen_cited(FOOTNOTED, catalog, "2") if c[0] == "data-protection-act-1998"]
    assert passage == [("data-protection-act-1998", "section 29", "was repealed"),
                       ("data-protection-act-1998", None, "was repealed")]
    assert ("data-protection-act-2018", "schedule 2 paragraph 2", "") in unseen_cited(FOOTNOTED, catalog, "2")


def test_the_footnoted_guidances_myths_and_reading(catalog: Catalog) -> None:
    found = unseen_myths_in(FOOTNOTED)
    assert found["We cannot share information about a 17-year-old without their consent"].concept == \
        "consent-needed-share-personal"
    assert found["Sharing intelligence with the police will criminalise the child"].verdict == "no"
    [case] = unseen_cases(FOOTNOTED)
    assert case.setting == "Tyler" and case.advice.startswith("the youth worker shared her concerns")
    assert guidance(FOOTNOTED, catalog)["hmg-information-sharing-advice"].year == 2024


# ---------------------------------------------------------------------------------------------
# A nursery's policy: the golden rules relettered, and a yes/no flow


NURSERY = "early-years-sharing-policy.txt"


def test_the_nurserys_yes_no_flow_is_no_myth() -> None:
    """Its flow's questions and their "Yes - ..." / "No - ..." branches are steps, not beliefs; the
    two myths it quotes are."""
    assert sorted(unseen_myths_in(NURSERY)) == [
        "We can't tell the health visitor anything because of GDPR",
        "We must get permission from parents before we ring children's services"]
    assert unseen_myths_in(NURSERY)["We can't tell the health visitor anything because of GDPR"].concept == \
        "data-protection-legislation-barrier"


def test_the_nurserys_golden_rules_lettered_and_reordered() -> None:
    """"A. The safety and well-being of the child come first" is the 2018 edition's fifth rule; the
    letters, in capitals, make a list, and each rule is aligned by its words, not its place."""
    principles, findings = find_principles(unseen(NURSERY), load_principle_sets())
    assert [p.number for p in principles if p.set_id == "seven-golden-rules"] == [5, 1, 2, 3, 4, 6, 7]
    assert findings == []


def test_the_nurserys_law(catalog: Catalog) -> None:
    cited = [c for c in unseen_cited(NURSERY, catalog, "3") if c[1]]
    assert ("childcare-act-2006", "section 39", "") in unseen_cited(NURSERY, catalog, "s2")
    assert ("gdpr", "article 6(1)(f)", "") in cited and ("children-act-1989", "section 47", "") in cited
    assert guidance(NURSERY, catalog)["statutory-framework-for-the-early-years-foundation-stage"].year == 2024


# ---------------------------------------------------------------------------------------------
# A children-missing-education procedure with a cover, an amendments table and a glossary


CME = "cme-procedure-cover-glossary.txt"


def test_revoked_regulations_are_no_support_however_often_named(catalog: Catalog) -> None:
    """"The ... Regulations 2006 were revoked ... Forms that still quote regulation 8 of the 2006
    Regulations must be updated": both mentions are of law that is gone."""
    assert unseen_cited(CME, catalog, "2.2") == [
        ("uncatalogued-education-pupil-registration-england-regulations-2006", None, "were revoked"),
        ("uncatalogued-education-pupil-registration-england-regulations-2006", "regulation 8", "were revoked")]
    assert unseen_cited(CME, catalog, "1.2") == [("education-act-1996", "section 436A", "")]
    # the amendments table's "2.1<TAB>October 2024<TAB>..." is a row, so paragraph 2.1 keeps its number
    assert unseen_cited(CME, catalog, "2.1") == [
        ("uncatalogued-school-attendance-pupil-registration-england-regulations-2024", "regulation 9", "")]
    assert unseen_cited(CME, catalog, "4.2") == [("education-act-1996", "section 437", "")]


def test_the_cme_procedures_faq_and_case(catalog: Catalog) -> None:
    found = unseen_myths_in(CME)
    assert found["Can the school tell the council why the family left if the parents ask it not to?"].verdict == "yes"
    [case] = unseen_cases(CME)
    assert (case.section, case.setting) == ("6", "Kacper, Year 4")
    assert case.advice.startswith("the school notified the CME officer on day ten")
    assert guidance(CME, catalog)["children-missing-education"].publisher == "Department for Education"


# ---------------------------------------------------------------------------------------------
# An NHS page of <details> accordions under an in-page contents list


CPIS = "nhs-cpis-accordion-page.html"


def test_the_cpis_pages_duty_to_share_and_the_act_that_inserted_it(catalog: Catalog) -> None:
    cited = unseen_cited(CPIS, catalog, "s3")
    assert ("uncatalogued-health-and-social-care-act-2012", "section 251B", "") in cited
    assert ("health-and-social-care-safety-and-quality-act-2015", "section 3", "inserted by") in cited
    assert ("children-act-1989", "section 20", "") in unseen_cited(CPIS, catalog, "s4")


def test_the_cpis_pages_accordion_myths_and_case() -> None:
    found = unseen_myths_in(CPIS)
    assert sorted(found) == ["CP-IS replaces making a safeguarding referral",
                             "We need the parent's consent before we can see the flag"]
    assert {m.verdict for m in found.values()} == {"no"}
    [case] = unseen_cases(CPIS)
    assert case.setting == "a toddler in the emergency department"
    assert case.outcome_if_not_shared.startswith("Why it mattered: without the flag, the burn")


# ---------------------------------------------------------------------------------------------
# An FGM quick guide with a "True or false?" quiz


FGM = "fgm-mandatory-reporting-quick-guide.txt"


def test_the_fgm_quiz_reads_as_myths() -> None:
    found = unseen_myths_in(FGM)
    assert found["A nurse must ask a parent's consent before reporting"].verdict == "no"
    assert found["A nurse must ask a parent's consent before reporting"].concept == "consent-needed-share-personal"
    assert found["Failing to report can lead to disciplinary action"].verdict == "yes"
    assert len(found) == 3


def test_the_fgm_guides_law(catalog: Catalog) -> None:
    # (the cover's "June 2023" alone on its line heads no section: round 26)
    assert unseen_cited(FGM, catalog, "s3")[0] == ("female-genital-mutilation-act-2003", "section 5B", "")
    assert ("female-genital-mutilation-act-2003", "schedule 2", "") in unseen_cited(FGM, catalog, "s6")
    assert guidance(FGM, catalog)["multi-agency-statutory-guidance-on-female-genital-mutilation"].year == 2020


# ---------------------------------------------------------------------------------------------
# A legal services practice note on family proceedings


COURT = "family-court-disclosure-practice-note.md"


def test_the_practice_notes_law(catalog: Catalog) -> None:
    assert unseen_cited(COURT, catalog, "2.1") == [
        ("uncatalogued-administration-of-justice-act-1960", "section 12", "")]
    assert unseen_cited(COURT, catalog, "2.3") == [("children-act-1989", "section 98", "")]
    assert ("uncatalogued-family-procedure-rules-2010", None, "") in unseen_cited(COURT, catalog, "2.2")


def test_the_practice_notes_questions_we_are_often_asked() -> None:
    """A heading "Questions we are often asked" opens an FAQ: a statement and its question answered "No."."""
    found = unseen_myths_in(COURT)
    assert found["The police have asked for the mother's statement. Can we send it?"].verdict == "no"
    assert found["Does the data protection law allow us to share records held before proceedings started?"
                 ].verdict == "yes"


# ---------------------------------------------------------------------------------------------
# A practice review procedure whose endnote marks are bracketed numbers


REVIEWS = "cspr-procedure-bracket-notes.txt"


def test_bracketed_endnote_marks_cite_their_notes(catalog: Catalog) -> None:
    """"... relation to the area [2]." with "[2] Children Act 2004, section 16F." under "Notes".
    (The title, top heading since its masthead heads no section, gives its practice reviews to the
    first passage too.)"""
    # (the cover's "February 2024" alone on its line heads no section: round 26)
    assert unseen_cited(REVIEWS, catalog, "s3") == [("children-and-social-work-act-2017", None, ""),
                                                    ("children-and-social-work-act-2017", None, ""),
                                                    ("children-act-2004", "section 16E", ""),
                                                    ("children-act-2004", "section 16F", "")]
    assert ("children-act-2004", "section 16H(1)", "") in unseen_cited(REVIEWS, catalog, "s5")
    assert ("children-act-2004", "section 14B", "That section was repealed") in unseen_cited(REVIEWS, catalog, "s5")


def test_the_review_procedures_myths() -> None:
    found = unseen_myths_in(REVIEWS)
    assert found["Health records cannot be given to a review without the family's consent"].verdict == "no"
    assert found["The review is about finding who is to blame"].kind == "myth"
