"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 45):
sectors no earlier round came from (an independent fostering agency, a university, a Scottish
independent boarding school), each document read first as a careful reader would.

* `kestrelford-fostering-information-sharing-joomla-article.html`: an independent fostering agency's
  procedure for sharing information about the children its foster carers look after, and about its
  foster carers, with the placing local authority, the child's school, health and the police: a page
  of the agency's website on Joomla (the Protostar template), saved from the article's "All Pages"
  view. The header (logo, search), the menu, the "You are here" breadcrumbs, then the article (`<div
  class="item-page">` with `itemprop` attributes): its title, the "Print" and "Email" icons in a
  drop-down, the article's particulars ("Details", "Written by Fostering Team", "Category: Our
  policies", "Published: 12 March 2025", "Hits: 1234"), the "Article Index" box of links to its pages
  ("?start=1" ... "All Pages"), the body (an introduction, then "Who we share information with" (a
  lead-in over five points), "The law and guidance we follow", "Sharing in practice" with four
  subheadings and a "Myth:"/"Fact:" pair, "Information about foster carers", "Recording what we
  share", "Contact us") and the pager ("Prev", "Next"); a sidebar ("Thinking about fostering?") and
  the footer (the company's address, Ofsted URN, "Back to Top", "©"). Law: the Children Act 1989 s22
  and s47 (and s3 and s22 by their phrases, "parental responsibility" and "looked after children"),
  the Care Planning, Placement and Case Review (England) Regulations 2010, the Fostering Services
  (England) Regulations 2011 with regulations 22 and 30 (records) and 32 (their confidentiality), UK
  GDPR Article 6(1)(e) and 9(2)(g) with DPA 2018 Schedule 1 paragraph 18, the common law duty of
  confidence. Guidance: the Fostering Services: National Minimum Standards (2011), Working Together
  to Safeguard Children 2023. Traps: "Standard 11" (the standards' own, named loosely: guidance, no
  law), "Form F" (the assessment form), "Panel 3" and "Regulation Officer" (a job title). Myth:
  "Foster carers can't be told about the child's past", false. No case. Nation: England.
* `wealdbridge-university-safeguarding-under-18s-pdftotext.txt`: a university's procedure for
  safeguarding students under 18 and sharing concerns, as `pdftotext` without `-layout` gives a PDF:
  a cover of plain lines (the university's name in capitals, the title, a subtitle, "Approved by
  Senate, 18 June 2025"), each heading's number on its own line above it ("1" over "Purpose and
  scope"), footnote numbers run into the text ("Act 20151", "advice3") with the notes gathered at the
  end of each page, and "UNIVERSITY OF WEALDBRIDGE | Safeguarding Under-18s Procedure | Page 4" over
  each form feed. A university is not a school: the text says the schools' statutory duties do not
  apply to it, and names the two that do, the Prevent duty (the Counter-Terrorism and Security Act
  2015 s26, with Schedule 6 in its note) and helping a council's enquiries under the Children Act
  1989 s47. UK GDPR Article 6(1)(d) and (e) and 9(2)(c), DPA 2018 s10 and Schedule 1. The Equality
  Act 2010 is named and denied as a power to share ("It does not give a power to share information").
  Guidance: the Prevent duty guidance (2023), Working Together to Safeguard Children 2023, the
  Department for Education's "Information sharing: advice for practitioners ..." (May 2024), and the
  university's own policies its "Related documents" line names. Traps: "Regulation 7.3" of the
  university's General Regulations, "Senate", "Level 6" and "Clearing 2025". Case: Maya, 17, who told
  her tutor about a 26-year-old partner: what was shared and why. No myths. Nation: England.
* `strathcorran-school-child-protection-policy-libreoffice.odt` (written by
  `odt-sources/make_round45.py`): a Scottish independent boarding school's child protection and
  information sharing policy as LibreOffice saves it: the school's name over the title, headings
  numbered "1" to "8" by the outline, a table of key contacts, a numbered list of "Signs of concern"
  and a "Myths about sharing" box (a frame's text box) with two myths. Law: the Children (Scotland)
  Act 1995 s22, and its s53, which older guidance cites for giving information to the Principal
  Reporter, repealed by the Children's Hearings (Scotland) Act 2011; the Children and Young People
  (Scotland) Act 2014 (its Part 4, the named person, never in force); the Protection of Vulnerable
  Groups (Scotland) Act 2007 s3; the Data Protection Act 2018 and UK GDPR named whole; the common law
  duty of confidence (in Scots law). Guidance: the National Guidance for Child Protection in Scotland
  2021 (updated 2023) and the GIRFEC practice guidance. Traps: the "Standard 6 log" (named after the
  Care Inspectorate's boarding standards), "House 2", "P7" and "S3" (year groups: "from P7 to S3" is
  no section 3 of the Act named before it). No case. Nation: Scotland.

Gaps closed in this round (general rules). A content system's particulars of an article under its
title (Joomla's `article-info`: "Details", "Written by ...", "Category: ...", "Hits: 1234") and its
"Email" icon, as its "Print" icon, are furniture; a box of nothing but links under an "Article index"
or "Contents" heading (the index of a long article's pages) is the page's contents, not its text, inside
the main content too. In a PDF's text, a cover read as plain lines under the organisation's name (the
title over its subtitle, no sentence among them, then the first numbered section) has the name as its
masthead and the first line as the title. Scotland's school years written as "S3" are no section 3
when ranged with another year ("from P7 to S3", "S4-S6") or naming pupils ("S3 pupils"). A reference
list's line naming several documents set apart by semicolons names each of them. An unnumbered heading
straight under a "Case example" heading that names no case is the case's title, as a label is. A Part
written alone in a sentence pointing back with "its" is of the one instrument its paragraph named before
("Its named person provisions (Part 4) were never brought into force"), and a provision in brackets
glossing its clause's subject shares that subject's predicate: never in force, no support. The
catalog knows the Fostering Services (England) Regulations 2011, the Care Planning, Placement and Case
Review (England) Regulations 2010, the Fostering Services: National Minimum Standards (2011), the
Protection of Vulnerable Groups (Scotland) Act 2007 and the Children's Hearings (Scotland) Act 2011,
each checked against legislation.gov.uk or copies of the published standards.
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cases,
    unseen_citations,
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
# An independent fostering agency's procedure, a Joomla article


FOSTERING = "kestrelford-fostering-information-sharing-joomla-article.html"
REGULATIONS_2011 = "fostering-services-england-regulations-2011"
CARE_PLANNING = "care-planning-placement-and-case-review-england-regulations-2010"
STANDARDS = "fostering-services-national-minimum-standards"
PAST = "Foster carers can't be told about the child's past"


def test_the_agencys_article_sections() -> None:
    assert [title for _, title in sections(FOSTERING)] == [
        "Sharing information about children and foster carers", "Who we share information with",
        "The law and guidance we follow", "Sharing in practice", "Before a child arrives", "A myth about sharing",
        "The child's school", "Health", "The police", "Information about foster carers", "Recording what we share",
        "Contact us"]
    intro = under(FOSTERING, "Sharing information about children and foster carers")
    assert len(intro) == 2 and intro[0].startswith("Kestrelford Fostering is an independent fostering agency.")
    [lead_in, _] = under(FOSTERING, "Who we share information with")
    assert lead_in.splitlines()[0] == "We share information with:" and len(lead_in.splitlines()) == 6


def test_the_agencys_article_particulars_icons_and_index_are_not_text() -> None:
    # Joomla's "Details" under the title, its Print and Email icons, and the "Article Index" box of links
    # to the article's own pages
    unseen_no_furniture(FOSTERING, "Details", "Written by", "Category:", "Published:", "Hits", "1234", "Print",
                        "Email", "Article Index", "All Pages")
    assert not [t for t in passages(FOSTERING) if t.startswith("Sharing information about children and foster")]


def test_the_agencys_page_header_menu_sidebar_pager_and_footer_are_not_text() -> None:
    unseen_no_furniture(FOSTERING, "Search ...", "Toggle Navigation", "Become a foster carer", "You are here",
                        "Our policies", "Prev", "Next", "Allegations against foster carers",
                        "Thinking about fostering", "information evenings", "Friar Gate", "Ofsted URN",
                        "Privacy notice", "Back to Top", "©")


def test_the_agencys_law_leaves_its_standard_form_panel_and_officer_unread(catalog: Catalog) -> None:
    # "parental responsibility" and "looked after children" name sections 3 and 22 of the 1989 Act
    assert cited(FOSTERING, catalog) == {
        ("children-act-1989", "section 3"), ("children-act-1989", "section 22"), ("children-act-1989", "section 47"),
        (CARE_PLANNING, None), (REGULATIONS_2011, None), (REGULATIONS_2011, "regulation 22"),
        (REGULATIONS_2011, "regulation 30"), (REGULATIONS_2011, "regulation 32"), ("gdpr", "article 6(1)(e)"),
        ("gdpr", "article 9"), ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("common-law-duty-of-confidence", None)}
    keys = dict((title, key) for key, title in sections(FOSTERING))
    # "Standard 11" of the standards is guidance, "Form F" a form, "Panel 3" a panel, the "Regulation
    # Officer" a job
    assert unseen_cited(FOSTERING, catalog, keys["Before a child arrives"]) == []
    assert unseen_cited(FOSTERING, catalog, keys["Information about foster carers"]) == []
    assert all(not c.negation for c in unseen_citations(FOSTERING, catalog))


def test_the_agencys_guidance_and_the_catalogs_fostering_entries(catalog: Catalog) -> None:
    assert guidance(FOSTERING, catalog) == {"working-together-to-safeguard-children", STANDARDS}
    regulations = catalog.by_id(REGULATIONS_2011)
    assert regulations.is_legal_basis and regulations.year == 2011
    assert catalog.by_id(CARE_PLANNING).is_legal_basis
    standards = catalog.by_id(STANDARDS)
    assert standards.year == 2011 and not standards.is_legal_basis


def test_the_agencys_myth_case_and_nation() -> None:
    myths = unseen_myths_in(FOSTERING)
    assert {s: m.verdict for s, m in myths.items()} == {PAST: "no"}
    assert myths[PAST].answer.startswith("They can, and they must be told what they need to know")
    assert unseen_cases(FOSTERING) == []
    assert unseen(FOSTERING).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A university's procedure, a PDF's text without its layout


UNIVERSITY = "wealdbridge-university-safeguarding-under-18s-pdftotext.txt"
PREVENT_ACT = "counter-terrorism-and-security-act-2015"


def test_the_universitys_cover_names_it_over_the_title() -> None:
    assert unseen(UNIVERSITY).document.masthead == ("UNIVERSITY OF WEALDBRIDGE",)
    assert sections(UNIVERSITY)[0] == ("s1", "Safeguarding Under-18s Procedure")
    assert passages(UNIVERSITY, "s1") == ["Students under the age of 18: safeguarding and sharing concerns"]


def test_the_universitys_numbered_headings_each_over_its_own_line() -> None:
    titles = dict(sections(UNIVERSITY))
    assert [titles[str(n)] for n in range(1, 9)] == [
        "Purpose and scope", "Our legal position", "Roles and responsibilities", "Responding to a concern",
        "Sharing information", "Case example", "Records and retention", "Related documents"]
    assert passages(UNIVERSITY, "2")[0].startswith("The University is not a school or a further education college.")
    # a paragraph broken over a page keeps its section, and each page's notes their page
    assert passages(UNIVERSITY, "2")[2].startswith("Where the local authority makes enquiries under section 47")
    assert passages(UNIVERSITY, "3")[-1] == "2 HM Government, Working Together to Safeguard Children 2023, chapter 2."


def test_the_universitys_running_lines_and_approval_are_not_text() -> None:
    unseen_no_furniture(UNIVERSITY, "UNIVERSITY OF WEALDBRIDGE", "| Page", "Approved by Senate", "18 June 2025")


def test_the_universitys_law_is_the_prevent_duty_and_the_councils_enquiries(catalog: Catalog) -> None:
    # "Regulation 7.3" of its General Regulations, "Senate", "Level 6" and "Clearing 2025" are no law
    # "the Prevent duty guidance (2023) issued under that Act": the Act of the sentence before
    assert cited(UNIVERSITY, catalog) == {
        (PREVENT_ACT, "section 26"), (PREVENT_ACT, "schedule 6"), (PREVENT_ACT, None),
        ("children-act-1989", "section 47"),
        ("equality-act-2010", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 6(1)(d)"),
        ("gdpr", "article 9(2)(c)"), ("data-protection-act-2018", "schedule 1"),
        ("data-protection-act-2018", "section 10")}
    assert unseen_cited(UNIVERSITY, catalog, "1") == []
    assert [b for b, _, _ in unseen_cited(UNIVERSITY, catalog, "2") if b not in (PREVENT_ACT, "children-act-1989")] == [
        "equality-act-2010"]
    # the note's Schedule 6 is the law of the paragraph that marks it ("Act 20151", read "Act 2015¹")
    assert (PREVENT_ACT, "schedule 6", "") in unseen_cited(UNIVERSITY, catalog, "2")


def test_the_universitys_equality_act_is_named_but_no_power_to_share(catalog: Catalog) -> None:
    [(_, _, negation)] = [c for c in unseen_cited(UNIVERSITY, catalog, "2") if c[0] == "equality-act-2010"]
    assert negation.startswith("It does not give a power")


def test_the_universitys_guidance_and_its_own_related_documents(catalog: Catalog) -> None:
    # the "Related documents" line names the university's own four documents, set apart by semicolons
    assert guidance(UNIVERSITY, catalog) == {
        "prevent-duty-guidance", "working-together-to-safeguard-children", "hmg-information-sharing-advice",
        "safeguarding-policy", "prevent-procedure", "student-support-through-studies-procedure",
        "data-protection-policy"}


def test_the_universitys_case_example_says_what_was_shared_and_why() -> None:
    [case] = unseen_cases(UNIVERSITY)
    assert (case.section, case.setting) == ("6", "An under-18 student and an older partner")
    assert case.scenario.startswith("Maya, aged 17, was in the first term of a Level 4 course.")
    assert case.advice.startswith("What was shared and why: the DSL met Maya the next day")
    assert "the lawful basis was Article 6(1)(e) of the UK GDPR" in case.advice


def test_the_universitys_myths_and_nation() -> None:
    assert unseen_myths_in(UNIVERSITY) == {}
    assert unseen(UNIVERSITY).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A Scottish boarding school's policy, saved by LibreOffice


SCHOOL = "strathcorran-school-child-protection-policy-libreoffice.odt"
CHILDREN_SCOTLAND = "children-scotland-act-1995"
PVG = "protection-of-vulnerable-groups-scotland-act-2007"
CONSENT = "We need a parent’s consent before we tell social work about a concern"
DATA_LAW = "Data protection law stops us passing on information about a pupil"


def test_the_schools_name_is_over_its_title_and_its_headings_are_numbered() -> None:
    assert unseen(SCHOOL).document.masthead == ("Strathcorran School",)
    assert sections(SCHOOL) == [
        ("s1", "Child Protection and Information Sharing Policy"), ("1", "Our commitment"),
        ("2", "The law and guidance in Scotland"), ("3", "Key contacts"), ("4", "Signs of concern"),
        ("5", "Sharing information"), ("6", "Boarding"), ("7", "Recording and keeping information"), ("8", "Review")]
    unseen_no_furniture(SCHOOL, "CP-01", "Page 1")


def test_the_schools_contacts_and_signs_of_concern() -> None:
    assert passages(SCHOOL, "3") == [
        "Role | Name | Telephone | Email",
        "Child Protection Coordinator | Mrs Fiona Lennox | 01738 555 210 | f.lennox@strathcorran.org.uk",
        "Depute Child Protection Coordinator | Mr Euan Drummond | 01738 555 214 | e.drummond@strathcorran.org.uk",
        "Head of Boarding | Ms Catriona Bell | 01738 555 230 | c.bell@strathcorran.org.uk",
        "Perth and Kinross Council Child Protection Duty Team | 01738 555 600",
        "Police Scotland | 101 (999 in an emergency)"]
    [signs] = passages(SCHOOL, "4")
    lines = signs.splitlines()
    assert lines[0].startswith("Any of these may be a sign that a pupil needs help.") and len(lines) == 9
    assert lines[-1] == "A pupil who is afraid to go home at the end of term."


def test_the_schools_myths_box_is_read_once_after_its_paragraph() -> None:
    texts = passages(SCHOOL, "5")
    assert texts[1:3] == ["Myths about sharing", f"Myth: {CONSENT}."]
    assert texts[-1].startswith("When a pupil may be at risk of significant harm")
    myths = unseen_myths_in(SCHOOL)
    assert {s: m.verdict for s, m in myths.items()} == {CONSENT: "no", DATA_LAW: "no"}
    assert myths[DATA_LAW].answer.startswith("It does not. The Data Protection Act 2018 and the UK GDPR allow us")


def test_the_schools_law_is_scotlands(catalog: Catalog) -> None:
    assert cited(SCHOOL, catalog) == {
        (CHILDREN_SCOTLAND, "section 22"), (CHILDREN_SCOTLAND, "section 53"),
        ("childrens-hearings-scotland-act-2011", None), ("children-and-young-people-scotland-act-2014", None),
        ("children-and-young-people-scotland-act-2014", "part 4"), (PVG, "section 3"),
        ("data-protection-act-2018", None), ("gdpr", None), ("common-law-duty-of-confidence", None)}
    repealed = [(p, n) for b, p, n in unseen_cited(SCHOOL, catalog, "2") if n and b == CHILDREN_SCOTLAND]
    assert repealed == [("section 53", "that section was repealed")]  # cited as older guidance's, no support


def test_the_schools_year_groups_house_and_standard_are_no_law(catalog: Catalog) -> None:
    # "from P7 to S3" are year groups, not section 3 of the PVG Act named before; "House 2" a boarding
    # house, the "Standard 6 log" the house's log
    assert unseen_cited(SCHOOL, catalog, "6") == []
    assert unseen_cited(SCHOOL, catalog, "1") == []


def test_the_schools_named_person_part_is_the_2014_acts_never_in_force(catalog: Catalog) -> None:
    # "Its named person provisions (Part 4) were never brought into force": the Act's, named before
    act = "children-and-young-people-scotland-act-2014"
    assert [(p, bool(n)) for b, p, n in unseen_cited(SCHOOL, catalog, "2") if b == act] == [
        (None, False), ("part 4", True)]


def test_the_schools_guidance_and_the_catalogs_scottish_entries(catalog: Catalog) -> None:
    assert guidance(SCHOOL, catalog) == {"national-guidance-child-protection-scotland", "girfec"}
    pvg = catalog.by_id(PVG)
    assert pvg.is_legal_basis and pvg.year == 2007 and pvg.type == "asp"
    hearings = catalog.by_id("childrens-hearings-scotland-act-2011")
    assert hearings.is_legal_basis and hearings.jurisdictions == ("scotland",)


def test_the_schools_cases_and_nation() -> None:
    assert unseen_cases(SCHOOL) == []
    assert unseen(SCHOOL).meta.jurisdictions == ("Scotland",)
