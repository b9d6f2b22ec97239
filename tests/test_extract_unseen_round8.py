"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`): a
safeguarding partnership's escalation and resolution procedure (stages 1-4), an adult safeguarding
board's note on section 42 Care Act enquiries, a school trust's "Can I ...?" data protection FAQ
answered "Yes, but ...", a council MASH page of nested <ol> lists and <abbr> abbreviations, and a
legal briefing that writes "§" for sections and "Art." for articles."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance


def guidance(name: str, catalog: Catalog) -> set[str]:
    return {g.id for g in find_guidance(unseen(name), catalog)}


# ---------------------------------------------------------------------------------------------
# A safeguarding partnership's escalation and resolution procedure


ESCALATION = "lscp-escalation-resolution.txt"


def test_the_escalation_procedures_law(catalog: Catalog) -> None:
    assert unseen_cited(ESCALATION, catalog, "1.3") == [("children-act-2004", "section 16E", "")]
    assert unseen_cited(ESCALATION, catalog, "2.3") == [("data-protection-act-2018", None, "")]
    assert unseen_cited(ESCALATION, catalog, "4.1") == [("children-act-1989", "section 47", "")]


def test_the_escalation_procedures_stages_myths_and_case(catalog: Catalog) -> None:
    titles = [s.title for s in unseen(ESCALATION).sections]
    assert [t for t in titles if t.startswith("Stage")] == [
        "Stage 1 - Practitioner to practitioner", "Stage 2 - Supervisor to supervisor",
        "Stage 3 - Senior manager to senior manager",
        "Stage 4 - Partnership Business Manager and Safeguarding Partners"]
    found = unseen_myths_in(ESCALATION)
    assert {s: m.verdict for s, m in found.items()} == {
        "I cannot escalate a concern about another agency without my manager's permission": "no",
        "I need the family's consent before I discuss the case with the other agency to resolve a disagreement": "no",
        "Escalation damages working relationships": "no"}
    [case] = unseen_cases(ESCALATION)
    assert case.setting == "The school and the threshold decision"
    # the lesson without its label, as after "Learning points:"; "7." heads a list of its own
    assert case.advice.startswith("sharing the chronology at Stage 2 gave the team manager") \
        and "Related guidance" not in case.advice
    assert guidance(ESCALATION, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice",
                                             "keeping-children-safe-in-education"}


# ---------------------------------------------------------------------------------------------
# An adult safeguarding note: section 42 enquiries under the Care Act 2014


ADULTS = "adult-s42-enquiry-info-sharing.md"


def test_the_adult_notes_care_act_provisions(catalog: Catalog) -> None:
    assert unseen_cited(ADULTS, catalog, "2") == [
        ("care-act-2014", "section 42", ""), ("care-act-2014", "section 45", ""), ("care-act-2014", "section 44", ""),
        ("data-protection-act-2018", None, ""), ("gdpr", None, ""), ("data-protection-act-2018", "schedule 1", ""),
        ("mental-capacity-act-2005", None, ""),
        # "the Children Act 1989 does not apply to adults" reads as a limit ("does not apply to
        # voluntary groups"), not as a negation: a known gap
        ("children-act-1989", None, ""), ("children-act-1989", "section 47", "")]
    assert unseen(ADULTS).meta.jurisdictions == ("England",)


def test_the_adult_notes_myths_case_and_guidance(catalog: Catalog) -> None:
    found = unseen_myths_in(ADULTS)
    assert {s: m.verdict for s, m in found.items()} == {
        "An adult with capacity can always stop us sharing information": "partly",
        "We cannot share anything until the section 42 enquiry is complete": "no"}
    [case] = unseen_cases(ADULTS)
    assert case.scenario.startswith("Mr A, 78,")
    assert guidance(ADULTS, catalog) == {
        "care-and-support-statutory-guidance-department-of-health-and-social", "hmg-information-sharing-advice"}


# ---------------------------------------------------------------------------------------------
# A school trust's "Can I ...?" data protection and safeguarding FAQ


FAQ = "school-data-protection-safeguarding-faq.txt"


def test_the_can_i_faq_questions_and_their_verdicts() -> None:
    found = unseen_myths_in(FAQ)
    assert {s: m.verdict for s, m in found.items()} == {
        "Can I share a safeguarding concern with children's social care without asking the parents?": "yes",
        "Can I keep notes about a pupil in my own notebook?": "no",
        "Can I tell a colleague about a child's situation?": "yes",
        "Can I promise a child that I will keep a secret?": "no",
        "Can I refuse a parent's request to see their child's safeguarding file?": "partly",
        "Can I pass a child protection file to the pupil's new school?": "yes",
        "Can I email safeguarding information?": "yes",
        "Is it true that GDPR means we need consent to share information about a child at risk?": "no"}
    assert found["Is it true that GDPR means we need consent to share information about a child at risk?"].concept \
        == "consent-needed-share-personal"


def test_the_can_i_faqs_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited(FAQ, catalog, "s6") == [("gdpr", "article 15", ""),
                                                ("data-protection-act-2018", "schedule 3", "")]
    assert ("gdpr", "article 6", "") in unseen_cited(FAQ, catalog, "s8")
    assert guidance(FAQ, catalog) == {"keeping-children-safe-in-education", "hmg-information-sharing-advice"}


# ---------------------------------------------------------------------------------------------
# A council MASH page: nested <ol> lists and <abbr> abbreviations


MASH = "mash-nested-lists-abbr.html"


def test_the_mash_pages_nested_lists_keep_their_provisions(catalog: Catalog) -> None:
    assert unseen_cited(MASH, catalog, "s2") == [
        ("children-act-1989", "section 17", ""), ("children-act-1989", "section 47", ""),
        ("children-act-2004", "section 11", ""), ("gdpr", None, ""), ("gdpr", "article 6(1)(e)", ""),
        ("gdpr", "article 9(2)(g)", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    text = "\n".join(p.text for p in unseen(MASH).passages)
    assert "Sharing information with the MASH" not in text and "Privacy" not in text  # heading; footer dropped


def test_the_mash_pages_myths_and_guidance(catalog: Catalog) -> None:
    found = unseen_myths_in(MASH)
    assert {s: m.verdict for s, m in found.items()} == {
        "the MASH needs parental consent for every check": "no",
        "the police cannot share information about domestic abuse incidents with schools": "no"}
    assert guidance(MASH, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}


# ---------------------------------------------------------------------------------------------
# A legal briefing writing "§" for sections and "Art." for articles


BRIEFING = "legal-briefing-section-signs.txt"


def test_the_section_sign_names_sections(catalog: Catalog) -> None:
    assert unseen_cited(BRIEFING, catalog, "2.1") == [("children-act-1989", "section 47", ""),
                                                      ("children-act-1989", "section 47(9)", "")]
    assert ("crime-and-disorder-act-1998", "section 115", "") in unseen_cited(BRIEFING, catalog, "2.2")
    assert unseen_cited(BRIEFING, catalog, "2.5") == [("children-act-2004", "section 10", ""),
                                                      ("children-act-2004", "section 11", "")]
    assert unseen_cited(BRIEFING, catalog, "3.3") == [("children-act-1989", "section 17", ""),  # glossed, then
                                                      ("children-act-2004", "section 17", "repealed")]  # "now repealed"


def test_the_briefings_articles_schedules_and_traps(catalog: Catalog) -> None:
    assert unseen_cited(BRIEFING, catalog, "2.4") == [
        ("gdpr", "article 6(1)(c)", ""), ("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(g)", ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_cited(BRIEFING, catalog, "3.1") == [("freedom-of-information-act-2000", None, "is not a gateway")]
    assert ("echr", "article 8", "") in unseen_cited(BRIEFING, catalog, "3.2")


def test_the_briefings_outline_and_quoted_myth() -> None:
    sections = {s.key: s.title for s in unseen(BRIEFING).sections}
    assert sections["4"] == "Practical steps"  # "4." over lettered steps heads section 4
    found = unseen_myths_in(BRIEFING)
    assert {s: m.verdict for s, m in found.items()} == {"We have to give the police whatever they ask for": "no"}
