"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 44):
sectors no earlier round came from (a district council's taxi and private hire licensing team, a
children's hospice, a further education college in Northern Ireland), each document read first as a
careful reader would.

* `ashwick-council-taxi-licensing-information-sharing-umbraco-page.html`: a district council's page
  on how its taxi and private hire licensing team shares information about licence holders with the
  police, other licensing authorities and children's services (child sexual exploitation), on a
  content management system no earlier round used (Umbraco: a block grid of `umb-block-grid` divs, an
  Umbraco Forms form). A service alert over the header, the header (logo, search, menu), a breadcrumb
  trail, the page (the title and an introduction, an "On this page" list of anchors, "Why we share
  information", "The fit and proper person test", "The law we rely on" (an accordion: four sections,
  each a `<button>` in a heading over a hidden `<div>`), "What we share and with whom" (a lead-in over
  four points), "What drivers must tell us", "A myth about sharing" (a bold "Myth:" over the belief
  in quotation marks, a bold "Fact:" over its answer) and "Contact the licensing team"), a "Was this
  page helpful?" form, a "Last updated" line, the footer and the cookie banner. Law: the Local
  Government (Miscellaneous Provisions) Act 1976 s51 (the fit and proper person test) and s61
  ("Section 61 of the Act": suspension and revocation), the Taxis and Private Hire Vehicles
  (Safeguarding and Road Safety) Act 2022 (the duty to report concerns to the licensing authority
  that licensed a driver, and the database; "the Act", "the 2022 Act"), UK GDPR Articles 6(1)(e) and
  10 with DPA 2018 s10 and Schedule 1, Common Law Police Disclosure (the police's common law power, set
  out in Home Office guidance of 2015: the catalog holds it as it holds the police's other disclosure
  schemes, no statute), the Rehabilitation of Offenders Act 1974 (taxi drivers are excepted from it).
  Guidance: the Department for Transport's Statutory Taxi and Private Hire Vehicle Standards (July
  2020). Traps: "Condition 14" of the council's licence conditions, "Form TL3" and "NR3S" (the national
  register of refusals and revocations: a database, not law) are no law. Myth: "We can't tell another
  council why we revoked a driver's licence", false. No case. Nation: England.
* `willowmere-childrens-hospice-confidentiality-policy-word-print.pdf` (Chromium prints it from
  `pdf-sources/`): a children's hospice's confidentiality and information sharing policy as Word
  prints one: a cover (the hospice's name, the title, and a table of the policy's number, version,
  approval and review date), then each numbered section from a new page, paragraphs numbered "1.1"
  with the number hanging, a two-column "Roles and responsibilities" table whose cells wrap over two
  or three lines, a bordered case example with a bold label over its paragraphs, the hospice and the
  policy in the running header and "Uncontrolled when printed" and "Page 3 of 11" in the footer.
  Law: the common law duty of confidence (continuing after death), UK GDPR Article 9(2)(h) ("special
  category data": Article 9), the Mental Capacity Act 2005 (16 and 17 year olds) and its s4 ("section
  4 of the Act": best interests), the Children Act 1989 s47 and s17 ("section 17 of that Act"), the
  Children Act 2004 s11, the Access to Health Records Act 1990 (the records of a child who has died).
  Guidance: the Caldicott principles, Working Together to Safeguard Children 2023 (child death
  review), the Department for Education's "Information sharing: advice for practitioners ..." (May
  2024). Traps: "Gillick competent" is case law the catalog holds only as a search synonym of
  capacity, no citation; "Level 3" safeguarding training, "Policy CL-07" and "Appendix B" are no law.
  Case: Chloe, 15, who did not want her school told her diagnosis: what was shared and why. No
  myths. Nation: England.
* `glenarrow-regional-college-safeguarding-policy-wikijs-export.md`: a Northern Ireland further
  education college's safeguarding policy for learners under 18 and adults at risk, a page of its
  staff wiki (Wiki.js) exported as Markdown: Wiki.js's front matter (title, description, published,
  date, tags, editor, dateCreated), its callouts (a blockquote followed by a `{.is-danger}`,
  `{.is-info}` or `{.is-warning}` class line), headings numbered "1. Purpose" to "8. Review", a
  numbered list of steps, and a table of named contacts. Law: the Children (Northern Ireland) Order
  1995 and its Article 66, the Criminal Law Act (Northern Ireland) 1967 and its s5 (the duty to give
  the police information about a relevant offence), the Safeguarding Board Act (Northern Ireland)
  2011, the Safeguarding Vulnerable Groups (Northern Ireland) Order 2007 (referral to the DBS), UK GDPR
  Article 6(1)(e), the DPA 2018 named whole. Guidance: Co-operating to Safeguard Children and Young
  People in Northern Ireland (2017), the Adult Safeguarding Operational Procedures (2016). Traps: the
  "Level 3 BTEC in Health and Social Care" is a course, "Section 4" is the policy's own section 4
  ("as set out in Section 4"), and the "Keeping Safe" unit is a course, not the Welsh Government's
  Keeping learners safe. No myths, no case. Nation: Northern Ireland.

Gaps closed in this round (general rules). A notice box outside a page's marked main content (a
council's service alert over its header: "Our offices are closed on Monday 25 August") is the site's,
as a sitewide alert is; inside <main> the same classes mark the text's own callout. A cover's name of
the organisation matches the publisher however its apostrophe is typed ("Children’s" for "Children's"),
so it is the masthead over the title; a properties table row dropped already as an approval line
("Approved by | ..., 9 September 2025") still counts to the table's run, so the row after it ("Review
date | September 2027") goes with it. In a PDF, a word broken at a hyphen whose first half the
document writes in another compound ("life-" over "limiting", beside "life-threatening") keeps the
hyphen; a line opening with a paragraph's number and a capital ("8.1 Chloe, aged 15, ...") under a
short line (a case box's bold label) starts a paragraph, as a line opening with a capital does. A
label over a case's story under a heading that names no case ("Case example", then "A young person's
wishes") is the case's title, not its scenario. A Wiki.js callout's class line under its blockquote
("{.is-warning}") is markup. "As set out in Section 4" in a document with a section 4 of its own is
that section, not section 4 of an Act named before it. A catalogued title of three ordinary words
written all in lower case in running text ("part of keeping learners safe") is no citation, unless
the catalog writes it so ("seven golden rules"). The catalog knows the Local Government
(Miscellaneous Provisions) Act 1976, the Taxis and Private Hire Vehicles (Safeguarding and Road Safety)
Act 2022, the Rehabilitation of Offenders Act 1974, Common Law Police Disclosure, the Statutory Taxi
and Private Hire Vehicle Standards, the Access to Health Records Act 1990, the Criminal Law Act
(Northern Ireland) 1967 (an Act of the Parliament of Northern Ireland, a type it now knows), the
Safeguarding Vulnerable Groups (Northern Ireland) Order 2007 and the Adult Safeguarding Operational
Procedures, each checked against legislation.gov.uk or its publisher's page.
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cases,
    unseen_cited,
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
# A district council's taxi licensing page, on an Umbraco site


TAXI = "ashwick-council-taxi-licensing-information-sharing-umbraco-page.html"
REVOKED = "We can’t tell another council why we revoked a driver’s licence"


def test_the_licensing_pages_sections_and_accordion() -> None:
    assert [title for _, title in sections(TAXI)] == [
        "Sharing information about taxi and private hire licence holders", "Why we share information",
        "The fit and proper person test", "The law we rely on", "Sharing with other licensing authorities",
        "Data protection", "Information from the police", "Spent convictions and DBS checks",
        "What we share and with whom", "What drivers must tell us", "A myth about sharing",
        "Contact the licensing team"]
    [intro] = under(TAXI, "Sharing information about taxi and private hire licence holders")
    assert intro.startswith("This page sets out how Ashwick District Council’s taxi and private hire licensing team")
    # the accordion's hidden panels are the page's text, each under its button's words
    [duty, register] = under(TAXI, "Sharing with other licensing authorities")
    assert duty.startswith("The Taxis and Private Hire Vehicles (Safeguarding and Road Safety) Act 2022 places a duty")
    assert register.endswith("the power to share comes from the Act.")
    [lead_in] = under(TAXI, "What we share and with whom")[:1]
    assert lead_in.splitlines()[0] == "We share information with:" and len(lead_in.splitlines()) == 5


def test_the_licensing_pages_service_alert_is_the_sites_not_the_pages() -> None:
    assert passages(TAXI, "front") == []
    unseen_no_furniture(TAXI, "Our offices are closed", "bank holiday")


def test_the_licensing_pages_header_breadcrumbs_anchors_form_and_footer_are_not_text() -> None:
    unseen_no_furniture(TAXI, "Skip to main content", "Search this site", "Bins and recycling", "Council tax",
                        "Business and licensing", "Sharing information about licence holders", "On this page",
                        "Show all sections", "Was this page helpful", "Tell us how we could improve",
                        "Do not include personal information", "Send feedback", "Last updated", "Accessibility",
                        "Cookies", "©", "Accept additional cookies")


def test_the_licensing_pages_law_leaves_its_conditions_form_and_register_unread(catalog: Catalog) -> None:
    # "Condition 14" of the licence conditions, "Form TL3" and "NR3S" (a database) are no law
    act_1976 = "local-government-miscellaneous-provisions-act-1976"
    act_2022 = "taxis-and-private-hire-vehicles-safeguarding-and-road-safety-act-2022"
    assert cited(TAXI, catalog) == {
        (act_1976, "section 51"), (act_1976, "section 61"), (act_2022, None), ("gdpr", "article 6(1)(e)"),
        ("gdpr", "article 10"), ("data-protection-act-2018", "section 10"), ("data-protection-act-2018", "schedule 1"),
        ("common-law-police-disclosure", None), ("rehabilitation-of-offenders-act-1974", None)}
    [(basis, provision, _)] = unseen_cited(TAXI, catalog, "s3")[1:]  # "Section 61 of the Act": the 1976 Act
    assert (basis, provision) == (act_1976, "section 61")
    assert [b for b, _, _ in unseen_cited(TAXI, catalog, "s5")] == [act_2022, act_2022]  # "the Act" after NR3S
    assert unseen_cited(TAXI, catalog, "s10") == []


def test_the_licensing_pages_guidance_and_the_catalogs_taxi_entries(catalog: Catalog) -> None:
    assert guidance(TAXI, catalog) == {"statutory-taxi-and-private-hire-vehicle-standards"}
    standards = catalog.by_id("statutory-taxi-and-private-hire-vehicle-standards")
    assert standards.year == 2020 and not standards.is_legal_basis
    act_2022 = catalog.by_id("taxis-and-private-hire-vehicles-safeguarding-and-road-safety-act-2022")
    assert act_2022.is_legal_basis and act_2022.year == 2022
    disclosure = catalog.by_id("common-law-police-disclosure")
    assert disclosure.type == "scheme" and disclosure.year == 2015


def test_the_licensing_pages_myth_case_and_nation() -> None:
    myths = unseen_myths_in(TAXI)
    assert {s: m.verdict for s, m in myths.items()} == {REVOKED: "no"}
    assert myths[REVOKED].answer.startswith(
        "We can, and where the driver’s licence was revoked for safeguarding or road safety reasons we must.")
    assert unseen_cases(TAXI) == []
    assert unseen(TAXI).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A children's hospice's policy, printed from Word


HOSPICE = "willowmere-childrens-hospice-confidentiality-policy-word-print.pdf"
HOSPICE_KEYS = ["s1", "1", "1.1", "1.2", "2", "2.1", "2.2", "3", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6",
                "5", "5.1", "5.2", "6", "6.1", "6.2", "6.3", "7", "7.1", "7.2", "8", "8.1", "8.2", "8.3", "9", "9.1",
                "10", "10.1"]


def test_the_policys_cover_names_the_hospice_over_its_title() -> None:
    assert unseen(HOSPICE).document.masthead == ("Willowmere Children’s Hospice",)
    assert sections(HOSPICE)[0] == ("s1", "Confidentiality and Information Sharing Policy")
    assert passages(HOSPICE, "s1") == []


def test_the_policys_numbered_sections_and_paragraphs() -> None:
    keys = [key for key, _ in sections(HOSPICE)]
    assert keys == HOSPICE_KEYS
    titles = dict(sections(HOSPICE))
    assert [titles[key] for key in ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")] == [
        "Introduction", "Scope", "Roles and responsibilities", "The law", "Guidance we follow",
        "Sharing information to safeguard a child", "When a child dies", "Case example",
        "Keeping information secure", "Monitoring and review"]
    assert passages(HOSPICE, "2.2") == [
        "How long records are kept, and how they are stored and destroyed, is set out in our Records Management "
        "Policy (Policy CL-07)."]


def test_the_policys_compound_broken_at_its_hyphen_keeps_it() -> None:
    [text] = passages(HOSPICE, "1.1")
    assert text.startswith("Willowmere Children’s Hospice cares for babies, children and young people with "
                           "life-limiting and life-threatening conditions,")


def test_the_policys_roles_table_is_read_row_by_row() -> None:
    assert passages(HOSPICE, "3") == [
        "Role | Responsibilities",
        "Board of Trustees | Makes sure that the hospice has a policy on confidentiality and information sharing, "
        "and receives an annual report on information governance.",
        "Caldicott Guardian (Director of Care) | Advises on the use and sharing of confidential information about "
        "children and families, and decides difficult cases where staff cannot agree whether to share.",
        "Named Safeguarding Lead | Gives advice on every safeguarding concern, makes referrals to children’s social "
        "care, and holds Level 3 safeguarding training, refreshed every three years.",
        "Data Protection Officer | Advises on data protection law, keeps the record of processing, and handles "
        "requests for access to records.",
        "All staff and volunteers | Keep information confidential, share it only as this policy allows, record what "
        "they shared and why, and ask for advice when they are not sure."]


def test_the_policys_cover_control_and_running_lines_are_not_text() -> None:
    unseen_no_furniture(HOSPICE, "Policy number", "CL-04", "Version", "Approved by", "9 September 2025",
                        "Review date", "September 2027", "Uncontrolled when printed", "Page 3 of 11", "of 11")
    assert not [t for t in passages(HOSPICE) if t.startswith("Willowmere Children’s Hospice Confidentiality")]


def test_the_policys_law_leaves_gillick_training_its_other_policy_and_appendix_unread(catalog: Catalog) -> None:
    # "Gillick competent" is case law the catalog holds only as a synonym of capacity; "Level 3",
    # "Policy CL-07" and "Appendix B" are no law
    assert cited(HOSPICE, catalog) == {
        ("common-law-duty-of-confidence", None), ("gdpr", "article 9"), ("gdpr", "article 9(2)(h)"),
        ("mental-capacity-act-2005", None), ("mental-capacity-act-2005", "section 4"),
        ("children-act-1989", "section 47"), ("children-act-1989", "section 17"), ("children-act-2004", "section 11"),
        ("access-to-health-records-act-1990", None)}
    assert unseen_cited(HOSPICE, catalog, "4.4") == []
    assert unseen_cited(HOSPICE, catalog, "3") == []
    assert unseen_cited(HOSPICE, catalog, "6.3") == []


def test_the_policys_guidance(catalog: Catalog) -> None:
    assert guidance(HOSPICE, catalog) == {"caldicott-principles", "working-together-to-safeguard-children",
                                          "hmg-information-sharing-advice"}


def test_the_policys_case_example_says_what_was_shared_and_why() -> None:
    assert passages(HOSPICE, "8") == ["A young person’s wishes"]
    assert "8.1" in dict(sections(HOSPICE))
    [case] = unseen_cases(HOSPICE)
    assert (case.section, case.setting) == ("8", "A young person’s wishes")  # the label over its story
    assert case.scenario.startswith("Chloe, aged 15, receives respite care at the hospice.")
    assert case.advice.startswith("What was shared: with Chloe’s agreement, the nurse told the school’s special "
                                  "educational needs co-ordinator")
    assert "Why: Chloe understood the decision and was Gillick competent to make it." in case.advice


def test_the_policys_myths_and_nation() -> None:
    assert unseen_myths_in(HOSPICE) == {}
    assert unseen(HOSPICE).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A Northern Ireland college's policy, exported from its Wiki.js wiki


COLLEGE = "glenarrow-regional-college-safeguarding-policy-wikijs-export.md"


def test_the_colleges_sections_steps_and_contacts() -> None:
    assert sections(COLLEGE) == [
        ("1", "Purpose"), ("2", "Definitions"), ("3", "The law and guidance"),
        ("4", "Recognising and reporting concerns"), ("5", "Sharing information"),
        ("6", "Allegations against staff"), ("7", "Contacts"), ("8", "Review")]
    steps = under(COLLEGE, "Recognising and reporting concerns")[1]
    assert steps.splitlines()[0] == "If you are worried about a learner:" and len(steps.splitlines()) == 5
    assert under(COLLEGE, "Contacts")[1] == (
        "Senior Designated Safeguarding Officer | Niamh McCorry | 028 9018 2214 | n.mccorry@glenarrow.ac.uk")


def test_the_colleges_callouts_are_text_and_their_class_lines_markup() -> None:
    assert passages(COLLEGE, "front") == [
        "If a learner is in immediate danger, call 999 first. Then tell a Designated Safeguarding Officer (see "
        "Contacts)."]
    assert under(COLLEGE, "The law and guidance")[-1].startswith("The Department for the Economy expects")
    unseen_no_furniture(COLLEGE, "{.is-", "is-warning", "published: true", "editor: markdown", "dateCreated")


def test_the_colleges_law_leaves_its_own_section_4_and_the_btec_unread(catalog: Catalog) -> None:
    # "Level 3 BTEC" is a course and "as set out in Section 4" the policy's own section 4
    assert cited(COLLEGE, catalog) == {
        ("children-northern-ireland-order-1995", None), ("children-northern-ireland-order-1995", "article 66"),
        ("criminal-law-act-northern-ireland-1967", None), ("criminal-law-act-northern-ireland-1967", "section 5"),
        ("safeguarding-board-act-northern-ireland-2011", None),
        ("safeguarding-vulnerable-groups-northern-ireland-order-2007", None), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", None)}
    assert [(b, p) for b, p, _ in unseen_cited(COLLEGE, catalog, "5")] == [
        ("gdpr", "article 6(1)(e)"), ("data-protection-act-2018", None)]


def test_the_colleges_guidance_is_northern_irelands_not_a_welsh_title_like_its_course(catalog: Catalog) -> None:
    # the "Keeping Safe" unit is a course, and "part of keeping learners safe" no title: not Keeping learners
    # safe (Welsh Government)
    assert guidance(COLLEGE, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni",
                                          "adult-safeguarding-operational-procedures-ni"}
    procedures = catalog.by_id("adult-safeguarding-operational-procedures-ni")
    assert procedures.year == 2016 and procedures.jurisdictions == ("northern-ireland",)
    assert catalog.by_id("safeguarding-vulnerable-groups-northern-ireland-order-2007").is_legal_basis


def test_the_colleges_myths_case_and_nation() -> None:
    assert unseen_myths_in(COLLEGE) == {}
    assert unseen_cases(COLLEGE) == []
    assert unseen(COLLEGE).meta.jurisdictions == ("Northern Ireland",)
