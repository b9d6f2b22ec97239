"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`): a Prevent
and Channel note, a youth justice protocol in Parts and Schedules with lettered and roman clauses,
Operation Encompass guidance whose myths are a <dl>, a GP practice's confidentiality policy, an
early help page with a "Myth | Reality" table, a Scottish child protection committee leaflet, a
Word information sharing agreement with clauses numbered 3.2.1 and a legal-basis table, and a
sexual health service's guidance on under-16s."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_citations, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.principles import find_principles, load_principle_sets
from guidegraph.model import SegmentedDocument


def supporting(name: str, catalog: Catalog) -> set[str]:
    """The law the document rests on: cited, and not said to be no support."""
    return {c.basis for c in unseen_citations(name, catalog) if not c.negation}


def negated(name: str, catalog: Catalog) -> dict[str, str]:
    return {c.text: c.negation for c in unseen_citations(name, catalog) if c.negation}


def guidance(doc: SegmentedDocument, catalog: Catalog) -> list[str]:
    return [g.id for g in find_guidance(doc, catalog)]


# ---------------------------------------------------------------------------------------------
# Prevent and Channel


def test_the_prevent_note_cites_the_channel_sections(catalog: Catalog) -> None:
    """Section 26 is the Prevent duty; sections 36 to 38 the Channel panel, its partners and what
    they need not disclose: each of the three bullets cites its own section."""
    name = "prevent-channel-information-sharing.md"
    assert unseen_cited(name, catalog, "2") == [("counter-terrorism-and-security-act-2015", "section 26", "")]
    assert unseen_cited(name, catalog, "3") == [
        ("counter-terrorism-and-security-act-2015", "section 36-41", ""),
        ("counter-terrorism-and-security-act-2015", "section 36", ""),
        ("counter-terrorism-and-security-act-2015", "section 37", ""),
        ("counter-terrorism-and-security-act-2015", "section 38", ""),
    ]


def test_the_prevent_notes_lawful_bases(catalog: Catalog) -> None:
    """UK GDPR Article 6(1)(e) and 9(2)(g) with DPA 2018 Schedule 1 paragraph 18; for the police,
    Part 3 and "Schedule 8 of that Act, for example paragraph 4": the schedule and its paragraph."""
    section = unseen_cited("prevent-channel-information-sharing.md", catalog, "4")
    for expected in [("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(g)", ""),
                     ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
                     ("data-protection-act-2018", "part 3", ""), ("data-protection-act-2018", "schedule 8", ""),
                     # "a condition in Schedule 8 of that Act, for example paragraph 4 (safeguarding ...)"
                     ("data-protection-act-2018", "schedule 8 paragraph 4", "")]:
        assert expected in section
    # "... section 38B makes it an offence not to disclose .... This is a criminal offence ...; it is not a
    # gateway for routine sharing": named as no basis for sharing, two clauses on
    assert ("uncatalogued-terrorism-act-2000", "section 38B", "it is not a gateway") in section


def test_the_prevent_notes_myths_and_case(catalog: Catalog) -> None:
    found = unseen_myths_in("prevent-channel-information-sharing.md")
    consent = found["I need the family's consent before I can make a Prevent referral"]
    assert consent.verdict == "no" and consent.answer.startswith("No. A referral can be made without consent")
    assert consent.concept == "consent-needed-share-personal"
    assert "A Prevent referral means the child will be treated as a criminal" in found
    [case] = unseen_cases("prevent-channel-information-sharing.md")
    assert (case.number, case.setting, case.section) == (1, "A pupil's online contacts", "6")
    assert case.scenario.startswith("A Year 10 pupil, aged 15")  # no "Scenario:" label
    assert "Channel panel under section 36" in case.advice
    assert case.outcome_if_not_shared.startswith("If information is not shared: the pupil may continue")


def test_the_prevent_notes_principles_are_named_one_word_each() -> None:
    """"Principles to follow" names no set; "Relevant: ...", "Timely: ..." name its rules."""
    principles, _ = find_principles(unseen("prevent-channel-information-sharing.md"), load_principle_sets())
    assert [(p.set_id, p.number) for p in principles] == [("information-sharing-principles", n) for n in range(1, 8)]


def test_the_prevent_notes_further_reading(catalog: Catalog) -> None:
    ids = guidance(unseen("prevent-channel-information-sharing.md"), catalog)
    assert "hmg-information-sharing-advice" in ids and "keeping-children-safe-in-education" in ids
    assert any(i.startswith("prevent-duty-guidance") for i in ids)
    assert any(i.startswith("channel-duty-guidance") for i in ids)


# ---------------------------------------------------------------------------------------------
# A youth justice protocol in Parts and Schedules


def test_the_youth_justice_protocols_lettered_clauses_cite_their_law(catalog: Catalog) -> None:
    """(a) section 115, (b) section 10, (c) section 11, (d)(i)-(iii) the data protection law.
    (Its cover's "Date of issue: 1 April 2023" heads no section since round 14: s6 was s7; its masthead
    heads none since round 25: s5 was s6.)"""
    section = unseen_cited("youth-justice-protocol-parts.txt", catalog, "s5")
    for expected in [("crime-and-disorder-act-1998", "section 115", ""), ("children-act-2004", "section 10", ""),
                     ("children-act-2004", "section 11", ""), ("gdpr", "article 6(1)(e)", ""),
                     ("gdpr", "article 9(2)(g)", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
                     ("data-protection-act-2018", "part 3", "")]:
        assert expected in section
    assert unseen_cited("youth-justice-protocol-parts.txt", catalog, "s3") == [
        ("crime-and-disorder-act-1998", "section 37", ""), ("crime-and-disorder-act-1998", "section 39", "")]


def test_section_115_alone_is_the_crime_and_disorder_acts(catalog: Catalog) -> None:
    """"Section 115 is a power, not a duty" follows a clause on the DPA 2018's Part 3: it is the
    section 115 the protocol cited with the Crime and Disorder Act, not the DPA 2018's."""
    found = unseen_citations("youth-justice-protocol-parts.txt", catalog)
    [(basis, provision)] = [(c.basis, c.provision.label) for c in found if c.text == "Section 115"]
    assert (basis, provision) == ("crime-and-disorder-act-1998", "section 115")


def test_the_protocols_own_schedules_are_no_law(catalog: Catalog) -> None:
    """"SCHEDULE 3" heads the protocol's case example: no schedule of the Human Rights Act named
    in Schedule 2; and the repealed DPA 1998 is no support."""
    name = "youth-justice-protocol-parts.txt"
    assert not [c for c in unseen_citations(name, catalog) if c.provision and c.provision.label == "schedule 3"]
    assert negated(name, catalog) == {"The Data Protection Act 1998": "was repealed"}
    [case] = unseen_cases(name)
    assert (case.setting, case.section) == ("a referral order panel report", "Schedule 3")
    assert case.outcome_if_shared.startswith("Outcome: The panel agrees") and "Outcome" not in case.advice
    assert case.number == 1  # the "CASE EXAMPLE" heading over it is no case of its own


# ---------------------------------------------------------------------------------------------
# Operation Encompass: myths in a definition list


def test_encompass_myths_in_a_definition_list() -> None:
    found = unseen_myths_in("operation-encompass-schools.html")
    assert sorted(found) == [
        "Operation Encompass information can be discussed with all staff",
        "The school needs consent from the parent before it can receive a notification",
        "We must tell the parents that the police have contacted us",
    ]
    assert found["We must tell the parents that the police have contacted us"].answer.startswith(
        "Schools should not routinely tell parents")
    assert found["The school needs consent from the parent before it can receive a notification"].answer.startswith(
        "No. The police do not need consent to share")


def test_encompass_law(catalog: Catalog) -> None:
    """Section 3 of the Domestic Abuse Act 2021 (children as victims), section 175 and 157 of the
    Education Act 2002, Schedule 8 paragraph 4 for the police; the 2021 Act "does not itself create
    a power to share", so the passage saying so does not rest on it."""
    name = "operation-encompass-schools.html"
    assert unseen_cited(name, catalog, "s2")[:4] == [
        ("domestic-abuse-act-2021", None, ""), ("domestic-abuse-act-2021", "section 3", ""),
        ("education-act-2002", "section 175", ""), ("education-act-2002", "section 157", "")]
    assert ("data-protection-act-2018", "schedule 8 paragraph 4", "") in unseen_cited(name, catalog, "s2")
    assert negated(name, catalog) == {"Domestic Abuse Act 2021": "does not itself create a power"}
    [case] = unseen_cases(name)
    assert case.setting == "Jayden, Year 2" and case.scenario.startswith("Police attend a disturbance")
    assert case.advice.startswith("The Key Adult read the notification")
    assert case.outcome_if_not_shared.startswith("Why it matters: Without the notification")


# ---------------------------------------------------------------------------------------------
# A GP practice's confidentiality policy


def test_the_gp_policys_caldicott_principles_in_its_own_words() -> None:
    principles, findings = find_principles(unseen("gp-practice-confidentiality-policy.txt"), load_principle_sets())
    assert [(p.set_id, p.number) for p in principles] == [("caldicott-principles", n) for n in range(1, 9)]
    assert principles[4].text.startswith("Everyone with access to confidential information should understand")
    assert not findings  # "the eight Caldicott Principles" over eight


def test_the_gp_policys_law_and_guidance(catalog: Catalog) -> None:
    """Section 251 is cited (as what it is not); Article 6(1)(e) before "(public task)" is kept; the
    DPA 1998 that "The 1998 Act has been repealed" speaks of is no support, in either mention."""
    name = "gp-practice-confidentiality-policy.txt"
    assert ("national-health-service-act-2006", "section 251", "") in unseen_cited(name, catalog, "2.4")
    assert unseen_cited(name, catalog, "4.1")[:3] == [("gdpr", None, ""), ("gdpr", "article 6(1)(e)", ""),
                                               ("gdpr", "article 9(2)(h)", "")]
    assert "data-protection-act-1998" not in supporting(name, catalog)
    assert "common-law-duty-of-confidence" in supporting(name, catalog)
    ids = guidance(unseen(name), catalog)
    assert "gmc-confidentiality-2017" in ids and "gmc-protecting-children-2012" in ids


def test_the_gp_policys_questions_and_cases() -> None:
    found = unseen_myths_in("gp-practice-confidentiality-policy.txt")
    records = found["Social care has asked for a child's records for a strategy discussion. Do I need the parents' "
                    "consent?"]
    assert records.verdict == "no" and records.answer.startswith("No. You should share relevant information")
    assert found["Can I share information with the school nurse?"].verdict == "yes"
    first, second = unseen_cases("gp-practice-confidentiality-policy.txt")
    assert (first.setting, second.setting) == ("Repeated minor injuries", "A 15 year old asking for contraception")
    assert second.outcome_if_not_shared.startswith("If information is not shared: the young person")


# ---------------------------------------------------------------------------------------------
# Early help: a "Myth | Reality" table


def test_the_myth_reality_tables_rows() -> None:
    found = unseen_myths_in("early-help-myth-reality-table.html")
    assert len(found) == 5
    gdpr = found["The GDPR means I cannot share information with other agencies"]
    assert gdpr.answer.startswith("The UK GDPR and the Data Protection Act 2018 do not stop you sharing")
    assert gdpr.concept == "data-protection-legislation-barrier"
    assert found["Once a family has said no, I cannot ask them again"].answer.startswith("Families can change")


def test_the_early_help_page_names_the_amending_act_as_no_basis(catalog: Catalog) -> None:
    """"The Children and Social Work Act 2017 amended the Children Act 2004 ...; the 2017 Act is
    not itself a basis for sharing": both mentions of the 2017 Act are no support."""
    name = "early-help-myth-reality-table.html"
    assert "children-and-social-work-act-2017" not in supporting(name, catalog)
    assert {"children-act-1989", "children-act-2004", "gdpr", "data-protection-act-2018"} <= supporting(name, catalog)


def test_the_early_help_pages_golden_rules_and_example() -> None:
    principles, _ = find_principles(unseen("early-help-myth-reality-table.html"), load_principle_sets())
    assert [(p.set_id, p.number) for p in principles] == [("seven-golden-rules", n) for n in range(1, 8)]
    [case] = unseen_cases("early-help-myth-reality-table.html")
    assert case.setting == "a family at the food bank"
    assert case.scenario.startswith("A volunteer at the community food bank")
    assert case.advice.startswith("The volunteer speaks to the charity's safeguarding lead")


# ---------------------------------------------------------------------------------------------
# A Scottish child protection committee leaflet


def test_the_scottish_leaflets_law(catalog: Catalog) -> None:
    """Scottish law and UK-wide law support it; section 47 of the Children Act 1989, which "does
    not apply in Scotland" by the clause after it, does not."""
    name = "scotland-cpc-leaflet.txt"
    assert {"children-and-young-people-scotland-act-2014", "children-scotland-act-1995", "data-protection-act-2018",
            "gdpr", "human-rights-act-1998", "echr"} <= supporting(name, catalog)
    assert "children-act-1989" not in supporting(name, catalog)
    assert negated(name, catalog) == {"section 47 of the Children Act 1989": "that Act does not apply",
                                      "that Act": "does not apply"}


def test_the_scottish_leaflets_myths_and_example(catalog: Catalog) -> None:
    found = unseen_myths_in("scotland-cpc-leaflet.txt")
    assert found["Data protection law stops me sharing information"].concept == "data-protection-legislation-barrier"
    assert found["In Scotland the named person must approve any information sharing"].answer.startswith(
        "The named person scheme was not brought into force")
    [case] = unseen_cases("scotland-cpc-leaflet.txt")  # under a heading "Example", with "What should happen:"
    assert case.scenario.startswith("Kirsty is 13")
    assert case.advice.startswith("The youth worker tells the organisation's child protection coordinator")
    assert case.outcome_if_not_shared.startswith("If the youth worker had kept the information to herself")
    ids = guidance(unseen("scotland-cpc-leaflet.txt"), catalog)
    assert "national-guidance-child-protection-scotland" in ids


# ---------------------------------------------------------------------------------------------
# A Word information sharing agreement: clauses 3.2.1, a legal-basis table, a Myth | Fact table


def test_the_word_agreements_clauses_and_table(catalog: Catalog) -> None:
    name = "mace-information-sharing-agreement.docx"
    assert unseen_cited(name, catalog, "3.1.3") == [("crime-and-disorder-act-1998", "section 115", ""),
                                             ("crime-and-disorder-act-1998", None, "")]
    table = unseen_cited(name, catalog, "3.2.1")
    for expected in [("gdpr", "article 9(2)(h)", ""), ("data-protection-act-2018", "schedule 1 paragraph 2", ""),
                     ("data-protection-act-2018", "section 35", ""),
                     ("data-protection-act-2018", "schedule 8 paragraph 4", "")]:
        assert expected in table
    assert unseen_cited(name, catalog, "3.2.2") == [("gdpr", "article 10", ""),
                                             ("data-protection-act-2018", "section 10(5)", "")]


def test_the_word_agreement_says_what_is_no_power(catalog: Catalog) -> None:
    """"Section 45 ... provides a defence ...; it is not a power to share information"."""
    assert negated("mace-information-sharing-agreement.docx", catalog) == {
        "Section 45 of the Modern Slavery Act 2015": "it is not a power",
        "The Data Protection Act 1998": "is repealed"}


def test_the_word_agreements_myths_and_case() -> None:
    found = unseen_myths_in("mace-information-sharing-agreement.docx")
    assert found["We cannot share police intelligence with schools"].concept == "information-held-police-shared"
    assert found["A child aged 16 or 17 who says no to sharing cannot be discussed at MACE"].answer.startswith("No.")
    [case] = unseen_cases("mace-information-sharing-agreement.docx")
    assert (case.number, case.setting, case.section) == (1, "county lines", "6")
    assert case.scenario.startswith("Police stop a 15 year old boy")
    assert case.outcome_if_not_shared.startswith("Outcome if not shared: Each agency")


# ---------------------------------------------------------------------------------------------
# Sexual health services and under-16s


def test_the_sexual_health_guidance_law(catalog: Catalog) -> None:
    """Sections 5 to 8 and 9 of the Sexual Offences Act 2003; the 1956 Act it repealed is no
    support, and the 2003 Act, named as what repealed it, keeps its support."""
    name = "sexual-health-under-16s-faq.md"
    assert ("sexual-offences-act-2003", "section 5-8", "") in unseen_cited(name, catalog, "s3")
    assert ("sexual-offences-act-2003", "section 9", "") in unseen_cited(name, catalog, "s3")
    assert negated(name, catalog) == {"Sexual Offences Act 1956": "was repealed"}


def test_the_sexual_health_guidance_questions_and_scenarios(catalog: Catalog) -> None:
    found = unseen_myths_in("sexual-health-under-16s-faq.md")
    referral = found["Do I need the young person's consent to make a safeguarding referral?"]
    assert referral.concept == "consent-needed-share-personal" and referral.answer.startswith("Not if you believe")
    assert found["The young person is 12 and says the relationship is with another 12 year old. Is a referral still "
                 "needed?"].verdict == "yes"
    chloe, sam = unseen_cases("sexual-health-under-16s-faq.md")
    assert (chloe.setting, sam.setting) == ("Chloe, 15", "Sam, 14")
    assert chloe.outcome_if_not_shared.startswith("If information is not shared: Chloe")
    ids = guidance(unseen("sexual-health-under-16s-faq.md"), catalog)
    assert "gmc-0-18-years" in ids  # the GMC's "0-18 years: guidance for all doctors", catalogued
