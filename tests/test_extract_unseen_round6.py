"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`): a MARAC
information sharing protocol, a Sarah's Law leaflet in questions and answers, a midwifery decision
guide written as numbered questions, a GOV.UK myths page whose myths are <h3> headings, a PDF
export with protective markings, a dot-leader contents page and footnotes at page ends, a Welsh
council leaflet with Welsh headings beside the English, a LADO procedures chapter with lettered
scenarios, and a council's privacy notice with a lawful-basis table."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_citations, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.principles import find_principles, load_principle_sets
from guidegraph.model import GuidanceRef


def guidance(name: str, catalog: Catalog) -> dict[str, GuidanceRef]:
    return {g.id: g for g in find_guidance(unseen(name), catalog)}


# ---------------------------------------------------------------------------------------------
# A MARAC information sharing protocol


MARAC = "marac-information-sharing-protocol.txt"


def test_the_marac_protocols_passage_on_disclosure_cites_section_115(catalog: Catalog) -> None:
    """Section 115 of the Crime and Disorder Act 1998 is the gateway; the Police Reform Act 2002
    is named only as amending it, and "Section 17 of the same Act" is the 1998 Act's."""
    section = unseen_cited(MARAC, catalog, "3.1")
    assert ("crime-and-disorder-act-1998", "section 115", "") in section
    assert ("uncatalogued-police-reform-act-2002", None, "as amended by") in section
    assert unseen_cited(MARAC, catalog, "3.2") == [("crime-and-disorder-act-1998", "section 17", "")]


def test_the_marac_protocols_lawful_bases(catalog: Catalog) -> None:
    """"Article 9(2)(g) and paragraph 18 of Schedule 1 to the Data Protection Act 2018": the
    article is the UK GDPR's, named in the sentence before; the repealed DPA 1998 is no support."""
    assert unseen_cited(MARAC, catalog, "3.3") == [("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(g)", ""),
                                            ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_cited(MARAC, catalog, "3.5") == [("data-protection-act-1998", None, "was repealed")]
    assert ("echr", "article 8", "") in unseen_cited(MARAC, catalog, "3.6")


def test_the_marac_protocols_myths_case_and_clares_law(catalog: Catalog) -> None:
    found = unseen_myths_in(MARAC)
    consent = found["A MARAC referral needs the victim's signed consent"]
    assert consent.verdict == "no" and consent.concept == "consent-needed-share-personal"
    assert found["Health staff cannot share at MARAC because of patient confidentiality"].verdict == "no"
    [case] = unseen_cases(MARAC)
    assert case.setting == "the health visitor's information" and case.section == "7"
    assert case.advice.startswith("the health visitor shares the dates of the visits")
    assert case.outcome_if_not_shared.startswith("If information is not shared: the MARAC may underestimate")
    assert ("domestic-violence-disclosure-scheme", None, "") in unseen_cited(MARAC, catalog, "5.1")


def test_the_marac_protocols_related_guidance(catalog: Catalog) -> None:
    """The list's first line, read as a heading, is still its first entry; the Home Office's
    guidance on Clare's Law is guidance, not the scheme."""
    found = guidance(MARAC, catalog)
    assert found["working-together-to-safeguard-children"].year == 2023
    assert found["domestic-violence-disclosure-scheme-statutory-guidance"].publisher == "Home Office"
    assert (found["hmg-information-sharing-advice"].year, found["hmg-information-sharing-advice"].publisher) == (
        2024, "HM Government")
    assert found["marac-guidance-for-professionals"].year == 2014


# ---------------------------------------------------------------------------------------------
# A Sarah's Law leaflet in questions and answers


SARAH = "sarahs-law-leaflet-qa.md"


def test_the_sarahs_law_leaflet_cites_mappa_and_the_register(catalog: Catalog) -> None:
    """MAPPA under sections 325 to 327 (the duty to co-operate in 325(3)); the register is Part 2
    of the Sexual Offences Act 2003, which replaced the Sex Offenders Act 1997."""
    assert unseen_cited(SARAH, catalog, "s5") == [
        ("mappa", None, ""), ("mappa", None, ""), ("criminal-justice-act-2003", "section 325-327", ""),
        ("criminal-justice-act-2003", "section 325(3)", "")]
    assert unseen_cited(SARAH, catalog, "s9") == [("sexual-offences-act-2003", "part 2", ""),
                                           ("uncatalogued-sex-offenders-act-1997", None, "replaced")]
    assert ("data-protection-act-2018", "part 3", "") in unseen_cited(SARAH, catalog, "s12")


def test_the_leaflets_questions_answered(catalog: Catalog) -> None:
    """Under "your questions answered", "Not necessarily." answers a question too; open
    questions ("Who can ask?") are no beliefs; "Leaflet CSODS/1" is the leaflet's code."""
    found = unseen_myths_in(SARAH)
    assert {s: m.verdict for s, m in found.items()} == {
        "Will I be told everything the police know?": "no", "Will the person know I asked?": "partly",
        "Can I tell other people what I have been told?": "no", "Is this the same as the sex offenders register?": "no"}
    assert not [c for c in unseen_citations(SARAH, catalog) if c.text == "CSODS"]
    assert guidance(SARAH, catalog)["child-sex-offender-disclosure-scheme-guidance"].publisher == "Home Office"


# ---------------------------------------------------------------------------------------------
# A midwifery decision guide in numbered questions


MIDWIFERY = "midwifery-decision-flowchart.txt"


def test_the_decision_guides_lawful_basis_step(catalog: Catalog) -> None:
    """Step 7 cites Article 6(1)(e), 9(2)(h) and Schedule 1 paragraph 18; the Health and Social
    Care Act 2012 "is not itself a gateway"."""
    step = unseen_cited(MIDWIFERY, catalog, "7")
    for expected in [("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(h)", ""),
                     ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
                     ("uncatalogued-health-and-social-care-act-2012", None, "is not itself a gateway")]:
        assert expected in step
    assert unseen_cited(MIDWIFERY, catalog, "5") == [("children-act-1989", "section 47", "")]


def test_the_decision_guides_example_and_questions(catalog: Catalog) -> None:
    """The example sits after step 7 but is not set in its question."""
    [case] = unseen_cases(MIDWIFERY)
    assert case.setting == "" and case.scenario.startswith("A woman who books at 14 weeks")
    assert case.advice.startswith("the midwife explains")
    found = unseen_myths_in(MIDWIFERY)
    assert found["Can I share information with the GP without the mother's consent?"].verdict == "yes"
    assert found["Do I have to tell the woman that I have shared information?"].verdict == "partly"
    # "The Eight Caldicott Principles (National Data Guardian, December 2020)"
    assert guidance(MIDWIFERY, catalog)["caldicott-principles"].year == 2020


# ---------------------------------------------------------------------------------------------
# A GOV.UK myths page with a heading per myth


GOVUK = "govuk-myths-facts-h3.html"


def test_every_h3_under_myths_and_facts_is_a_myth() -> None:
    found = unseen_myths_in(GOVUK)
    assert list(found) == [
        "Data protection legislation is a barrier to sharing information",
        "Consent is always needed to share personal information",
        "Personal information collected by one organisation cannot be given to another",
        "The common law duty of confidence and the Human Rights Act 1998 prevent sharing",
        "IT systems are often a barrier to effective information sharing",
        "Only the police and social workers need to share information",
    ]
    assert all(m.verdict == "no" for m in found.values())
    consent = found["Consent is always needed to share personal information"]
    assert consent.answer.startswith("You do not need consent") and consent.concept == "consent-needed-share-personal"
    assert found["Data protection legislation is a barrier to sharing information"].concept == (
        "data-protection-legislation-barrier")


def test_the_myths_pages_golden_rules_are_the_2024_rules() -> None:
    principles, _ = find_principles(unseen(GOVUK), load_principle_sets())
    assert sorted(p.number for p in principles) == list(range(1, 8))
    assert {p.set_id for p in principles} == {"seven-golden-rules"}


def test_the_myths_pages_facts_cite_their_law(catalog: Catalog) -> None:
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(GOVUK, catalog, "s4")
    assert ("gdpr", "article 6(1)(e)", "") in unseen_cited(GOVUK, catalog, "s5")
    assert ("echr", "article 8", "") in unseen_cited(GOVUK, catalog, "s7")
    assert unseen_cited(GOVUK, catalog, "s9") == [("children-act-2004", "section 11", "")]


# ---------------------------------------------------------------------------------------------
# A PDF export with protective markings, a contents page and footnotes


PDF = "lscp-guidance-pdf-footnotes.txt"


def test_the_pdfs_markings_and_contents_are_no_sections() -> None:
    titles = [s.title for s in unseen(PDF).sections]
    assert "OFFICIAL" not in titles and not [t for t in titles if "...." in t]
    numbered = [s.number for s in unseen(PDF).sections if s.number and "." not in s.number]
    assert numbered == ["1", "2", "3", "4", "Appendix A"]


def test_the_pdfs_footnotes_cite_their_law_and_guidance(catalog: Catalog) -> None:
    """Mark 3 is section 47 and mark 4 Schedule 1 paragraph 18; note 1 cites the Panel's review."""
    assert ("children-act-1989", "section 47", "") in unseen_cited(PDF, catalog, "2.1")
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(PDF, catalog, "2.2")
    found = guidance(PDF, catalog)
    review = next(g for i, g in found.items() if i.startswith("child-protection-in-england"))
    assert (review.year, review.publisher) == (2022, "Child Safeguarding Practice Review Panel")
    assert found["working-together-to-safeguard-children"].year == 2023


# ---------------------------------------------------------------------------------------------
# A Welsh council leaflet with Welsh headings beside the English


WALES = "wales-council-leaflet-bilingual-headings.txt"


def test_the_welsh_leaflet_cites_the_duty_to_report(catalog: Catalog) -> None:
    """Section 130 (children) and section 128 (adults) of the 2014 Act; section 17 of the
    Children Act 1989 "no longer applies in Wales", section 47 still does."""
    assert unseen_cited(WALES, catalog, "s7") == [("social-services-and-well-being-wales-act-2014", "section 130", ""),
                                           ("social-services-and-well-being-wales-act-2014", "section 128", "")]
    law = unseen_cited(WALES, catalog, "s9")
    assert ("children-act-1989", "section 47", "") in law
    assert ("children-act-1989", "section 17", "no longer applies") in law


def test_the_welsh_leaflets_misconceptions_and_guidance(catalog: Catalog) -> None:
    found = unseen_myths_in(WALES)
    assert found["I need the parents' consent before I report"].concept == "consent-needed-share-personal"
    assert found["Reporting is only for social workers and the police"].verdict == "no"
    assert {"wales-safeguarding-procedures", "waspi"} <= set(guidance(WALES, catalog))


# ---------------------------------------------------------------------------------------------
# A LADO chapter with lettered scenarios


LADO = "lado-allegations-information-sharing.md"


def test_the_lado_chapter_cites_the_barring_and_disclosure_law(catalog: Catalog) -> None:
    """Section 35 of the 2006 Act, section 113B of the Police Act 1997, Article 10 beside the
    schedule's paragraph 18; the Protection of Children Act 1999 "and List 99 have been replaced"."""
    assert ("gdpr", "article 10", "") in unseen_cited(LADO, catalog, "2.2")
    assert unseen_cited(LADO, catalog, "3.1") == [("safeguarding-vulnerable-groups-act-2006", "section 35", "")]
    assert unseen_cited(LADO, catalog, "3.2") == [("police-act-1997", "section 113B", "")]
    replaced = ("uncatalogued-protection-of-children-act-1999", None, "have been replaced")
    assert replaced in unseen_cited(LADO, catalog, "3.3")


def test_the_lado_chapters_scenarios_and_myths() -> None:
    found = unseen_cases(LADO)
    assert [(c.number, c.setting) for c in found] == [(1, "a sports coach"), (2, "a supply teacher")]
    assert found[1].advice.startswith("the agency removes the teacher from its register")
    assert found[1].outcome_if_not_shared.startswith("If information is not shared: the teacher may be placed")
    assert unseen_myths_in(LADO)["If the police take no further action, the matter is closed"].verdict == "no"


# ---------------------------------------------------------------------------------------------
# A council's privacy notice with a lawful-basis table


NOTICE = "council-childrens-privacy-notice.html"


def test_each_row_of_the_privacy_notices_table_cites_its_function_and_basis(catalog: Catalog) -> None:
    rows = {}
    for c in unseen_citations(NOTICE, catalog):
        provision = c.provision.label if c.provision else None
        rows.setdefault(c.passage_id.rsplit("/", 1)[1], []).append((c.basis, provision))
    assert rows["p4"] == [("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)")]
    assert rows["p7"] == [("education-act-1996", "section 436A"), ("gdpr", "article 6(1)(c)")]
    assert ("children-leaving-care-act-2000", None) in rows["p6"]
    # "a condition in Schedule 1 to the Data Protection Act 2018: paragraph 6 (...) or paragraph 18 (...)"
    assert rows["p9"] == [("data-protection-act-2018", "schedule 1"),
                          ("data-protection-act-2018", "schedule 1 paragraph 6"),
                          ("data-protection-act-2018", "schedule 1 paragraph 18")]
    assert ("care-planning-placement-and-case-review-england-regulations-2010", None) in [
        (c.basis, None) for c in unseen_citations(NOTICE, catalog)]
