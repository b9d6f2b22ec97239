"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 40):
kinds of document rather than formats (a school trust's records transfer procedure, a MASH's data
protection impact assessment, a Scottish committee's guide to inter-agency referral discussions, a
Northern Ireland GP practice's privacy notice, a Welsh board's questions and answers), each read
first as a careful reader would.

* `greystone-learning-trust-cp-records-transfer-procedure.md`: a multi-academy trust's procedure for
  sending a pupil's child protection file to the next school. The title, a line of document control
  (version, approval, review date), then "Purpose", "The law and guidance", "When a pupil leaves" (a
  numbered list of four steps), "When a pupil joins", "Pupils who leave without a destination",
  "Case example: a pupil who moved mid-term" (Jade, aged 13, whose file was posted to the wrong
  address; "What we learned:" before the lesson) and "Retention". Law: the Education (Pupil
  Information) (England) Regulations 2005 named whole and its regulation 9, written in brackets at the
  end of the sentence naming them (as the Scottish guide's "(section 22)"; not known to the catalog
  before this round: the Regulations schools cite for the common transfer file), the Education Act
  2002 s175, the Education Act 1996 s436A (children missing
  education), the UK GDPR and the DPA 2018 named whole ("do not prevent"), UK GDPR Articles 6(1)(e)
  and 9(2)(g), DPA 2018 Schedule 1 para 18, and, implied as the project reads "a child in need", the
  Children Act 1989 s17. Traps: "section 5 of this procedure" and "Section 3 of this procedure" are
  the procedure's own parts, no law. Guidance: Keeping Children Safe in Education. No myths. Case:
  the pupil who moved mid-term. Nation: England.
* `brockhurst-mash-data-protection-impact-assessment.html`: a council's DPIA of its MASH in the
  ICO's template's steps: a table of reference, owner and version under the title; "Step 1: Why a
  DPIA is needed" to "Step 6: Sign-off", "Step 2" with a list of data subjects, data and retention,
  "Step 5: Risks and measures" a table of risk, likelihood, severity, measures and residual risk,
  "Step 6" a table of sign-off; a header and a footer ("OFFICIAL") of the council's intranet. Law:
  UK GDPR Articles 35, 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 para 18, Part 3 and s64 ("section 64
  of that Act"), Children Act 1989 ss17 and 47, Children Act 2004 ss10 and 11, Crime and Disorder Act
  1998 s115, ECHR Article 8, and the Data (Use and Access) Act 2025 (uncatalogued, found by its
  title). Trap: "paragraph 4.2 of this assessment". Guidance: the ICO's data sharing code (a
  statutory code, so cited as law too), Working Together 2023, "the government's advice on
  information sharing (2024)" (the 2024 advice, named as people name it), and the Caldicott
  Guardian (the catalog's Caldicott entry covers the Guardians). No myths, no case. Nation: England.
* `lochardie-cpc-ird-information-sharing-guide.txt`: a Scottish child protection committee's guide to
  sharing information at an Inter-agency Referral Discussion, as plain text: the committee's name,
  the title, a subtitle and a publication date over numbered headings "1. What an IRD is" to "5.
  Further reading", with "4. Practice example: Ellie, aged 4" (the lesson after "Learning point:"),
  and the committee's name and web address as the last line, the page's footer. Law: the Children
  (Scotland) Act 1995 named whole and s22, the Children and Young People (Scotland) Act 2014 named
  whole and s96, the Children's Hearings (Scotland) Act 2011 s60 and s61 ("section 61 of that Act";
  uncatalogued), the UK GDPR and DPA 2018 named whole, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018
  Schedule 1 para 18 ("the 2018 Act") and Part 3, the Age of Legal Capacity (Scotland) Act 1991
  s2(4) (uncatalogued). Guidance: the National Guidance for Child Protection in Scotland, GIRFEC. No
  myths. Case: Ellie, aged 4. Nation: Scotland.
* `carrowmore-medical-practice-safeguarding-privacy-notice.html`: a Northern Ireland GP practice's
  privacy notice on safeguarding, on its website: the site's navigation, the title, an opening
  paragraph, "Why we share information", "The law that allows us to share" (a table of what the
  practice does, its UK GDPR basis and the other law), "Your rights" (Articles 15, 16 and 21, one
  written "(Article 16)" after the UK GDPR named in the sentence), "Contact us", and a footer
  (copyright, accessibility, cookies, "Last reviewed"). Law: UK GDPR Articles 6(1)(c), 6(1)(e),
  9(2)(g), 9(2)(h), 15, 16 and 21, Article 9 (implied by "special category data", as the project
  reads it), the UK GDPR named whole, DPA 2018 Schedule 1 para 18, the Children (Northern Ireland)
  Order 1995 Article 66, the Criminal Law Act (Northern Ireland) 1967 s5 (catalogued in round 44), the
  Safeguarding Board Act (Northern Ireland) 2011 named whole. Trap: "Section 4 of this notice".
  Guidance: the GMC's guidance on confidentiality (named as doctors name it), the DHSSPS code of
  practice on confidentiality, Co-operating to Safeguard (2017). No myths, no case. Nation: Northern
  Ireland.
* `cwm-arian-sb-sharing-worries-faq.md`: a Welsh regional safeguarding board's questions and answers,
  three of them myths in disguise: "Can I share information without consent?" (answered "Yes"),
  "Doesn't data protection law stop me from passing on what I know?" (answered "No") and "Do I have
  to report, or is it up to me?" (answered by the way it takes: a duty to report); two plain
  questions ("Who do I report to?", "What happens after I report?"). Law: the Social Services and
  Well-being (Wales) Act 2014 s130, the Children Act 1989 s47, the UK GDPR and DPA 2018 named whole,
  UK GDPR Article 6(1)(e), DPA 2018 Schedule 1 para 18.
  Trap: "The Act gives you no right to be told the outcome", two sections after two Acts were
  named: no one Act is meant. Guidance: the Wales Safeguarding Procedures. Myths: the three. No case.
  Nation: Wales.

Gaps closed in this round (general rules). A regulation written alone, "(regulation 9)", is of the
one set of Regulations its own sentence names before it (elsewhere "regulation 5" stays unread, as
a part of anything); a case's lesson after "Learning point:" is read without the label, as after
"Learning points:"; a text document's last line, set apart, naming its publisher and web address
("... Committee | www.lochardiecpc.org.uk"), is the page's footer. The catalog knows the Education
(Pupil Information) (England) Regulations 2005 (SI 2005/1437). The 2024 advice and the GMC's
confidentiality guidance named as guidance writes them ("the government's advice on information
sharing", "the GMC's guidance on confidentiality") are the catalog's descriptive names, read by the
guidance extractor alone (`test_extract_guidance_descriptions.py`): as aliases they cost a which-act
question.
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_no_furniture,
    unseen_passages,
    unseen_sections,
    unseen_under,
)

from guidegraph.catalog import Catalog

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
under = unseen_under


# ---------------------------------------------------------------------------------------------
# A school trust's child protection records transfer procedure


TRANSFER = "greystone-learning-trust-cp-records-transfer-procedure.md"


def test_the_transfer_procedures_sections() -> None:
    assert [title for _, title in sections(TRANSFER)] == [
        "Child Protection Records Transfer Procedure", "Purpose", "The law and guidance", "When a pupil leaves",
        "When a pupil joins", "Pupils who leave without a destination", "Case example: a pupil who moved mid-term",
        "Retention"]
    assert under(TRANSFER, "The law and guidance")[1].startswith(
        "The Education (Pupil Information) (England) Regulations 2005 require the school a pupil leaves")
    steps = " ".join(under(TRANSFER, "When a pupil leaves"))
    assert steps.startswith("The DSL confirms the new school's name") and "Files are never posted" in steps


def test_the_transfer_procedures_law(catalog: Catalog) -> None:
    assert cited(TRANSFER, catalog) == {
        ("education-pupil-information-england-regulations-2005", None),
        ("education-pupil-information-england-regulations-2005", "regulation 9"),
        ("education-act-2002", "section 175"), ("education-act-1996", "section 436A"), ("gdpr", None),
        ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("children-act-1989", "section 17")}
    assert guidance(TRANSFER, catalog) == {"keeping-children-safe-in-education"}


def test_the_catalog_knows_the_pupil_information_regulations(catalog: Catalog) -> None:
    entry = catalog.by_id("education-pupil-information-england-regulations-2005")
    assert entry.title == "Education (Pupil Information) (England) Regulations 2005"
    assert entry.legislation_gov_uk == "uksi/2005/1437" and entry.year == 2005


def test_the_transfer_procedures_case_myths_and_nation() -> None:
    [case] = unseen_cases(TRANSFER)
    assert case.setting == "a pupil who moved mid-term"
    assert case.scenario.startswith("Jade, aged 13, moved to Greystone Academy")
    assert case.advice.startswith("a child protection file must be sent securely, to a named DSL")
    assert unseen_myths_in(TRANSFER) == {}
    assert unseen(TRANSFER).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A MASH's data protection impact assessment


DPIA = "brockhurst-mash-data-protection-impact-assessment.html"


def test_the_dpias_steps_and_tables() -> None:
    assert [title for _, title in sections(DPIA)] == [
        "Data Protection Impact Assessment: Brockhurst Multi-Agency Safeguarding Hub",
        "Step 1: Why a DPIA is needed", "Step 2: The processing", "Step 3: Consultation",
        "Step 4: Lawfulness, necessity and proportionality", "Step 5: Risks and measures", "Step 6: Sign-off"]
    risks = under(DPIA, "Step 5: Risks and measures")
    assert risks[0] == "Risk | Likelihood | Severity | Measures | Residual risk"
    assert risks[2].startswith("Information reaches someone outside the MASH | Remote | Severe | Secure e-mail only")
    unseen_no_furniture(DPIA, "OFFICIAL", "Information Governance", "©")


def test_the_dpias_law(catalog: Catalog) -> None:
    assert cited(DPIA, catalog) == {
        ("gdpr", "article 35"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("data-protection-act-2018", "part 3"),
        ("data-protection-act-2018", "section 64"), ("children-act-1989", "section 17"),
        ("children-act-1989", "section 47"), ("children-act-2004", "section 10"), ("children-act-2004", "section 11"),
        ("crime-and-disorder-act-1998", "section 115"), ("echr", "article 8"),
        ("ico-data-sharing-code-of-practice", None), ("uncatalogued-data-use-and-access-act-2025", None)}


def test_the_dpias_guidance_names_the_advice_as_people_name_it(catalog: Catalog) -> None:
    assert guidance(DPIA, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice",
                                       "caldicott-principles"}
    assert unseen_myths_in(DPIA) == {} and unseen_cases(DPIA) == []
    assert unseen(DPIA).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A Scottish committee's guide to inter-agency referral discussions


IRD = "lochardie-cpc-ird-information-sharing-guide.txt"


def test_the_ird_guides_sections() -> None:
    assert [title for _, title in sections(IRD)] == [
        "Inter-agency Referral Discussions: Sharing Information", "What an IRD is", "The law",
        "What to share at the IRD", "Practice example: Ellie, aged 4", "Further reading"]
    assert under(IRD, "What to share at the IRD")[1].startswith(
        "You do not need the consent of the child or the family to share information at an IRD.")


def test_the_ird_guides_footer_line_is_dropped() -> None:
    [reading] = under(IRD, "Further reading")
    assert reading.startswith("National Guidance for Child Protection in Scotland 2021 (updated 2023), Part 3")
    unseen_no_furniture(IRD, "www.lochardiecpc.org.uk")


def test_the_ird_guides_law_and_guidance(catalog: Catalog) -> None:
    assert cited(IRD, catalog) == {
        ("children-scotland-act-1995", None), ("children-scotland-act-1995", "section 22"),
        ("children-and-young-people-scotland-act-2014", None), ("children-and-young-people-scotland-act-2014",
                                                                 "section 96"),
        ("childrens-hearings-scotland-act-2011", "section 60"),
        ("childrens-hearings-scotland-act-2011", "section 61"),
        ("gdpr", None), ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("data-protection-act-2018", "part 3"),
        ("uncatalogued-age-of-legal-capacity-scotland-act-1991", "section 2(4)")}
    assert guidance(IRD, catalog) == {"girfec", "national-guidance-child-protection-scotland"}


def test_the_ird_guides_case_takes_its_lesson_after_learning_point() -> None:
    [case] = unseen_cases(IRD)
    assert case.setting == "Ellie, aged 4"
    assert case.scenario.startswith("The nursery noticed bruising to Ellie's upper arms")
    assert case.advice == ("the IRD works only if each agency brings everything relevant to the discussion, "
                           "including information that seems minor on its own.")
    assert unseen_myths_in(IRD) == {}
    assert unseen(IRD).meta.jurisdictions == ("Scotland",)


# ---------------------------------------------------------------------------------------------
# A Northern Ireland GP practice's safeguarding privacy notice


NOTICE = "carrowmore-medical-practice-safeguarding-privacy-notice.html"


def test_the_notices_sections_and_table() -> None:
    assert [title for _, title in sections(NOTICE)] == [
        "Privacy notice: sharing information to keep children and adults safe", "Why we share information",
        "The law that allows us to share", "Your rights", "Contact us"]
    law = under(NOTICE, "The law that allows us to share")
    assert law[0] == "What we do | Our lawful basis under the UK GDPR | Other law"
    assert law[2].startswith("Give information to the police about a crime against a child | Article 6(1)(c)")
    unseen_no_furniture(NOTICE, "Cookies", "Accessibility", "Last reviewed", "Appointments", "©")


def test_the_notices_law(catalog: Catalog) -> None:
    assert cited(NOTICE, catalog) == {
        ("gdpr", None), ("gdpr", "article 6(1)(c)"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
        ("gdpr", "article 9(2)(g)"), ("gdpr", "article 9(2)(h)"), ("gdpr", "article 15"), ("gdpr", "article 16"),
        ("gdpr", "article 21"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("children-northern-ireland-order-1995", "article 66"),
        ("criminal-law-act-northern-ireland-1967", "section 5"),
        ("safeguarding-board-act-northern-ireland-2011", None)}


def test_the_notices_guidance_names_the_gmcs_as_doctors_name_it(catalog: Catalog) -> None:
    assert guidance(NOTICE, catalog) == {"gmc-confidentiality-2017", "dhssps-confidentiality-code-ni",
                                         "cooperating-to-safeguard-children-and-young-people-ni"}
    assert unseen_myths_in(NOTICE) == {} and unseen_cases(NOTICE) == []
    assert unseen(NOTICE).meta.jurisdictions == ("Northern Ireland",)


# ---------------------------------------------------------------------------------------------
# A Welsh board's questions and answers, two of them myths in disguise


FAQ = "cwm-arian-sb-sharing-worries-faq.md"


def test_the_faqs_questions_are_its_sections() -> None:
    assert [title for _, title in sections(FAQ)] == [
        "Sharing worries about a child: your questions answered", "Can I share information without consent?",
        "Doesn't data protection law stop me from passing on what I know?", "Do I have to report, or is it up to me?",
        "Who do I report to?", "What happens after I report?"]


def test_the_faqs_myths_in_disguise_and_their_answers() -> None:
    myths = unseen_myths_in(FAQ)
    # "Do I have to report, or is it up to me?" offers both ways: its answer takes one ("you have a duty")
    assert {s: m.verdict for s, m in myths.items()} == {
        "Can I share information without consent?": "yes",
        "Doesn't data protection law stop me from passing on what I know?": "no",
        "Do I have to report, or is it up to me?": "partly"}
    assert myths["Do I have to report, or is it up to me?"].answer.startswith(
        "If you work for a relevant partner of the local authority")
    assert myths["Can I share information without consent?"].answer.startswith(
        "Yes. You do not need consent to report a child you think is at risk.")
    assert myths["Doesn't data protection law stop me from passing on what I know?"].answer.startswith(
        "No. The UK GDPR and the Data Protection Act 2018 do not prevent you")


def test_the_faqs_law_guidance_and_nation(catalog: Catalog) -> None:
    # "The Act gives you no right to be told the outcome" names no one Act: no citation of its own
    assert cited(FAQ, catalog) == {
        ("social-services-and-well-being-wales-act-2014", "section 130"), ("children-act-1989", "section 47"),
        ("gdpr", None), ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert guidance(FAQ, catalog) == {"wales-safeguarding-procedures"}
    assert unseen_cases(FAQ) == []
    assert unseen(FAQ).meta.jurisdictions == ("Wales",)
