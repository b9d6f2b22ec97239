"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 46):
sectors no earlier round came from (a children's hospice, an ambulance service, a virtual school),
each document read first as a careful reader would.

* `larkspur-childrens-hospice-confidentiality-notion-export.md`: a children's hospice's confidentiality
  and information sharing policy, a Notion page exported to Markdown: the title as "# Title", the
  page's properties under it as "Key: value" lines ("Owner:", "Status:", "Tags:", "Created:", "Last
  edited time:", "Review date:"), callouts as `<aside>` blocks opening with an emoji, toggles as
  `<details><summary>` blocks, a table of who the hospice shares with (Ward 2 of a children's
  hospital, the benefit forms SR1 and DS1500), and links to other pages and a database export named
  with Notion's 32-character hex ids ("Records%20retention%20schedule%203f2a...c9.md"). Law: the
  common law duty of confidence (which outlives the child), the Children Act 1989 s47, UK GDPR Article
  6(1)(e) and 9(2)(h), DPA 2018 Schedule 1 paragraph 18, and the Access to Health Records Act 1990
  s3(1)(f) for the records of a child who has died (the personal representative and anyone with a
  claim arising out of the death may apply). The Children Act 2004 s11 is named as not applying to
  the hospice, a charity being none of the bodies it names: no support. Guidance: the Caldicott
  Principles (2020), the GMC's "Confidentiality: good practice in handling patient information" (2017),
  the Records Management Code of Practice. Traps: "Tier 3" services, "Ward 2", "Form SR1" and "Form
  DS1500", the "Key Worker". Myth: "We can't share anything once a child has died", false, in a
  callout. No case. Nation: England.
* `harrowdene-ambulance-safeguarding-referral-sharepoint.html`: an NHS ambulance trust's procedure for
  safeguarding referrals about children, a SharePoint modern page saved from the browser: the suite
  bar, the site header and its left navigation (`nav.ms-Nav`), the command bar, the page title and
  its byline, a text web part (real `<h2>`, `<p>`, `<ol>`, `<ul>` and a `<table>` inside
  `div[data-sp-feature-tag="Rte"]` of a `div.CanvasZone`), then a "Quick links" web part, "Was this
  page helpful?" and the comments. Law: the Children Act 2004 s11 (an NHS trust is one of its bodies),
  the Children Act 1989 s17 and s47, UK GDPR Article 6(1)(e) and 9(2)(g) and (h), DPA 2018 Schedule 1
  paragraphs 18 and 6, the FGM Act 2003 s5B (the duty to report to the police falls on healthcare
  professionals and teachers in England and Wales, and social care workers in Wales: the trust's
  registered paramedics, nurses and doctors, not its emergency care assistants or call handlers).
  Guidance: Working Together to Safeguard Children 2023, the Department for Education's "Information
  sharing: advice for practitioners ..." (2024), the Intercollegiate Document "Safeguarding children
  and young people: roles and competencies for healthcare staff" (2019). Traps: "Category 1" and
  "Category 2" calls, "NHS Pathways", "Form SR-2", "Clinical Hub 3". Case: a crew at a toddler's fall
  at home who see signs of neglect, with what was shared and why. No myths. Nation: England.
* `ashcombe-virtual-school-education-information-google-docs.md`: a virtual school's procedure for
  sharing education information about looked-after and previously looked-after children, as Google
  Docs' "Download > Markdown (.md)" gives it: the school's name in bold over the title, a line of
  particulars ("Procedure for schools, social workers and carers | Version 2.1 | September 2024"), a
  table of contents of links to "#heading=h.xxxx" anchors, headings typed bold ("**1\\. Purpose**")
  beside "##" and "###" ones, escaped characters ("1\\.", a typed list's "\\-"), footnotes as "[^1]".
  Law: the Children Act 1989 s22(3A), the Children and Families Act 2014 s99 (which amended section
  22 to require the officer, the Virtual School Head), the Children and Social Work Act 2017 s4
  (previously looked-after children), the Education (Pupil Information) (England) Regulations 2005
  (regulation 9 in a note), UK GDPR Article 6(1)(e); "looked-after children" names section 22 by its
  phrase, as in earlier rounds. Guidance: "Promoting the education of looked-after children and
  previously looked-after children" (DfE 2018), Keeping Children Safe in Education 2024. Traps: the
  "PEP", "Key Stage 2", "Year 11", "Pupil Premium Plus" and the procedure's own "Section 3.4". No
  myths, no case. Nation: England.

Gaps closed in this round (general rules). Lines of nothing but links to the page's own anchors, two
or more running, are a table of contents (Google Docs' "#heading=h.xxxx" links), not headings or text;
lines opening with an escaped dash ("\\- "), two or more running, are the points of a list typed by
hand. A title's line of particulars may give who it is for in up to eight words. An instrument's title
ending "Regulations 2005" opens no list of regulations ("Regulations 2005, regulation 9" is regulation
9). A law that "does not apply to us" (the writer's own organisation) is named as no support, as one
not applying in a nation is. A section written alone that an Act "amended" is not that Act's own (it
is of the Act named before). An article written alone beside "lawful basis" is the GDPR's, and a
schedule written alone out of the reach of the law named near it is of the instrument the document last
named with that same schedule ("Schedule 1, paragraph 18" in a case, sections after "the Data
Protection Act 2018, Schedule 1"). The catalog knows "Promoting the education of looked-after
children and previously looked-after children" (DfE, 2018) and the Intercollegiate Document (fourth
edition, 2019), each checked against the publisher's page.
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
# A children's hospice's policy, a Notion page exported to Markdown


HOSPICE = "larkspur-childrens-hospice-confidentiality-notion-export.md"
DIED = "We can't share anything once a child has died"


def test_the_hospices_page_sections_toggles_and_callout() -> None:
    assert [title for _, title in sections(HOSPICE)] == [
        "Confidentiality and information sharing policy", "Why this policy matters", "The law we rely on",
        "Guidance we follow", "Who we share with", "Sharing to protect a child",
        "When a family tells us something worrying", "Sharing without consent", "Referrals to Tier 3 services",
        "After a child has died", "Who to contact"]
    # the callout under the title, its emoji left out; each toggle's summary heads what it folds
    assert under(HOSPICE, "Confidentiality and information sharing policy") == [
        "This page is the policy of Larkspur Children's Hospice. Every member of staff and every volunteer must "
        "read it, and the Key Worker for each family must know it well."]
    assert under(HOSPICE, "Sharing without consent")[0].startswith("Where a child may be at risk of significant harm")
    assert len(under(HOSPICE, "The law we rely on")) == 5


def test_the_hospices_table_of_who_it_shares_with() -> None:
    rows = under(HOSPICE, "Who we share with")
    assert rows[0] == "Who | What we share | Legal basis" and len(rows) == 6
    assert rows[-1].startswith("The Department for Work and Pensions | Form SR1 (formerly Form DS1500)")


def test_the_hospices_page_properties_emoji_and_link_ids_are_not_text() -> None:
    unseen_no_furniture(HOSPICE, "Owner:", "Status: Approved", "Tags:", "Created:", "Last edited time",
                        "Review date", "🔒", "💬", "%20", ".md", ".csv", "3f2a8d61", "Related pages")
    assert "Read it with our Safeguarding children policy." in under(HOSPICE, "Why this policy matters")[1]


def test_the_hospices_law(catalog: Catalog) -> None:
    assert cited(HOSPICE, catalog) == {
        ("children-act-2004", "section 11"), ("common-law-duty-of-confidence", None),
        ("children-act-1989", "section 47"), ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("access-to-health-records-act-1990", "section 3(1)(f)")}
    keys = dict((title, key) for key, title in sections(HOSPICE))
    assert ("access-to-health-records-act-1990", "section 3(1)(f)", "") in unseen_cited(
        HOSPICE, catalog, keys["The law we rely on"])


def test_the_hospice_is_a_charity_outside_section_11(catalog: Catalog) -> None:
    # "Section 11 of the Children Act 2004 does not apply to us": named, as no support for the hospice
    negated = {(c.basis, c.provision.label if c.provision else None, c.negation)
               for c in unseen_citations(HOSPICE, catalog) if c.negation}
    assert negated == {("children-act-2004", "section 11", "does not apply")}


def test_the_hospices_tier_ward_forms_and_key_worker_are_no_law(catalog: Catalog) -> None:
    keys = dict((title, key) for key, title in sections(HOSPICE))
    assert unseen_cited(HOSPICE, catalog, keys["Referrals to Tier 3 services"]) == []
    assert unseen_cited(HOSPICE, catalog, keys["Confidentiality and information sharing policy"]) == []
    # Ward 2, Form SR1 and Form DS1500 are no provisions; the row naming the law cites it
    assert unseen_cited(HOSPICE, catalog, keys["Who we share with"]) == [
        ("children-act-1989", "section 47", ""), ("gdpr", "article 9(2)(h)", "")]


def test_the_hospices_guidance(catalog: Catalog) -> None:
    assert guidance(HOSPICE, catalog) == {
        "caldicott-principles", "gmc-confidentiality-2017", "records-management-code-of-practice"}


def test_the_hospices_myth_in_a_callout_case_and_nation() -> None:
    myths = unseen_myths_in(HOSPICE)
    assert {s: m.verdict for s, m in myths.items()} == {DIED: "no"}
    assert myths[DIED].answer.startswith("Not true. The duty of confidence continues after death")
    assert unseen_cases(HOSPICE) == []
    assert unseen(HOSPICE).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# An ambulance service's procedure, a SharePoint modern page


AMBULANCE = "harrowdene-ambulance-safeguarding-referral-sharepoint.html"
FGM = "female-genital-mutilation-act-2003"
COMPETENCIES = "intercollegiate-safeguarding-children-competencies"


def test_the_ambulance_pages_sections_steps_and_table() -> None:
    assert [title for _, title in sections(AMBULANCE)] == [
        "Safeguarding children: making a referral", "Purpose", "Our duties", "When to refer", "How to refer",
        "Sharing information lawfully", "Female genital mutilation", "Guidance we follow",
        "Case example: a toddler's fall at home"]
    [steps] = under(AMBULANCE, "How to refer")
    assert len(steps.splitlines()) == 4 and steps.splitlines()[1].startswith("Complete Form SR-2")
    rows = under(AMBULANCE, "Sharing information lawfully")[1:]
    assert rows[0] == "Share | Do not share" and len(rows) == 4


def test_the_ambulance_pages_chrome_navigation_web_parts_and_comments_are_not_text() -> None:
    unseen_no_furniture(AMBULANCE, "SharePoint", "Search this site", "Following", "Clinical guidelines",
                        "Medicines management", "Adults at risk", "Site contents", "Recycle bin", "Immersive Reader",
                        "Published 3/2/2025", "Named Professional for Safeguarding", "Updated 3 February",
                        "Quick links", "FGM mandatory reporting flowchart", "Electronic patient record help",
                        "Was this page helpful", "Add a comment", "Lee Marsden", "quick links please")


def test_the_ambulance_trusts_law(catalog: Catalog) -> None:
    assert cited(AMBULANCE, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 17"), ("children-act-1989", "section 47"),
        ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"), ("gdpr", "article 9(2)(h)"),
        ("data-protection-act-2018", "schedule 1"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("data-protection-act-2018", "schedule 1 paragraph 6"), (FGM, "section 5B")}
    # an NHS trust is one of section 11's bodies: its duty, not denied
    assert all(not c.negation for c in unseen_citations(AMBULANCE, catalog))


def test_the_ambulance_pages_call_categories_forms_and_hub_are_no_law(catalog: Catalog) -> None:
    keys = dict((title, key) for key, title in sections(AMBULANCE))
    assert unseen_cited(AMBULANCE, catalog, keys["When to refer"]) == []  # Category 1 and 2, NHS Pathways
    assert unseen_cited(AMBULANCE, catalog, keys["How to refer"]) == []  # Form SR-2, Clinical Hub 3


def test_the_fgm_duty_is_limited_to_registered_professionals_not_denied(catalog: Catalog) -> None:
    # "The duty does not apply to emergency care assistants": where the duty stops, not no support
    keys = dict((title, key) for key, title in sections(AMBULANCE))
    assert unseen_cited(AMBULANCE, catalog, keys["Female genital mutilation"]) == [(FGM, "section 5B", "")]
    assert under(AMBULANCE, "Female genital mutilation")[1].startswith("The duty does not apply to emergency care")


def test_the_ambulance_guidance_and_the_catalogs_intercollegiate_document(catalog: Catalog) -> None:
    assert guidance(AMBULANCE, catalog) == {
        "working-together-to-safeguard-children", "hmg-information-sharing-advice", COMPETENCIES}
    entry = catalog.by_id(COMPETENCIES)
    assert entry.year == 2019 and not entry.is_legal_basis


def test_the_ambulance_case_says_what_was_shared_and_why(catalog: Catalog) -> None:
    [case] = unseen_cases(AMBULANCE)
    assert (case.section, case.setting) == (None, "a toddler's fall at home")
    assert case.scenario.startswith("A crew was called to a two-year-old who had fallen down the stairs at home.")
    assert case.advice.startswith("What was shared and why: the crew took the child to the emergency department")
    keys = dict((title, key) for key, title in sections(AMBULANCE))
    # "the lawful basis was Article 6(1)(e)": the GDPR's lawful bases
    assert ("gdpr", "article 6(1)(e)", "") in unseen_cited(AMBULANCE, catalog, keys[f"Case example: {case.setting}"])


def test_the_ambulance_cases_schedule_paragraph_is_the_2018_acts(catalog: Catalog) -> None:
    keys = dict((title, key) for key, title in sections(AMBULANCE))
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(
        AMBULANCE, catalog, keys["Case example: a toddler's fall at home"])


def test_the_ambulance_pages_myths_and_nation() -> None:
    assert unseen_myths_in(AMBULANCE) == {}
    assert unseen(AMBULANCE).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A virtual school's procedure, Google Docs' Markdown export


SCHOOL = "ashcombe-virtual-school-education-information-google-docs.md"
PUPIL_INFORMATION = "education-pupil-information-england-regulations-2005"
PROMOTING = "promoting-education-of-looked-after-children"


def test_the_virtual_schools_name_and_particulars_are_over_its_title() -> None:
    assert unseen(SCHOOL).document.masthead == (
        "Ashcombe Virtual School", "Procedure for schools, social workers and carers | Version 2.1 | September 2024")
    assert sections(SCHOOL)[0] == (
        "s1", "Sharing education information about looked-after and previously looked-after children")
    assert passages(SCHOOL, "s1") == []


def test_the_virtual_schools_contents_links_are_no_headings_or_text() -> None:
    assert sections(SCHOOL)[1:] == [
        ("1", "Purpose"), ("2", "The law"), ("3", "Sharing information"), ("3.1", "The Personal Education Plan"),
        ("3.2", "Attainment and attendance"), ("3.3", "Pupil Premium Plus"), ("3.4", "When a child moves school"),
        ("3.5", "Safeguarding concerns"), ("4", "Previously looked-after children"),
        ("5", "Keeping information secure")]
    unseen_no_furniture(SCHOOL, "heading=h.", "](#", "\\")


def test_the_virtual_schools_typed_list_is_a_list_under_its_lead_in() -> None:
    [plan] = passages(SCHOOL, "3.1")
    lines = plan.splitlines()
    assert lines[0].endswith("We share the PEP with:") and len(lines) == 4
    assert lines[1:] == ["the child's social worker and independent reviewing officer;",
                         "the designated teacher at the child's school;",
                         "the child's carers, and the child where they are old enough."]


def test_the_virtual_schools_law(catalog: Catalog) -> None:
    # "looked-after children" names section 22 of the 1989 Act by its phrase
    assert cited(SCHOOL, catalog) == {
        ("children-act-1989", "section 22(3A)"), ("children-act-1989", "section 22"),
        ("children-and-families-act-2014", "section 99"), ("children-and-social-work-act-2017", "section 4"),
        (PUPIL_INFORMATION, None), (PUPIL_INFORMATION, "regulation 9"), ("gdpr", None), ("gdpr", "article 6(1)(e)")}
    assert all(not c.negation for c in unseen_citations(SCHOOL, catalog))


def test_the_section_the_2014_act_amended_is_the_1989_acts(catalog: Catalog) -> None:
    # "Section 99 of the Children and Families Act 2014 amended section 22 so that ..."
    law = unseen_cited(SCHOOL, catalog, "2")
    assert [p for b, p, _ in law if b == "children-and-families-act-2014"] == ["section 99"]
    assert ("children-act-1989", "section 22", "") in law


def test_the_virtual_schools_note_cites_its_regulation_where_it_is_marked(catalog: Catalog) -> None:
    assert (PUPIL_INFORMATION, "regulation 9", "") in unseen_cited(SCHOOL, catalog, "3.4")


def test_the_virtual_schools_plans_stages_years_grant_and_own_section_are_no_law(catalog: Catalog) -> None:
    # the PEP, "Key Stage 2", "Year 11", "Pupil Premium Plus" and "Section 3.4" of the procedure
    phrase = ("children-act-1989", "section 22", "")
    for where in ("3.1", "3.2", "3.3", "4"):
        assert [c for c in unseen_cited(SCHOOL, catalog, where) if c != phrase] == [], where


def test_the_virtual_schools_guidance_and_the_catalogs_entry(catalog: Catalog) -> None:
    assert guidance(SCHOOL, catalog) == {"keeping-children-safe-in-education", PROMOTING}
    entry = catalog.by_id(PROMOTING)
    assert entry.year == 2018 and not entry.is_legal_basis and entry.jurisdictions == ("england",)


def test_the_virtual_schools_myths_cases_and_nation() -> None:
    assert unseen_myths_in(SCHOOL) == {}
    assert unseen_cases(SCHOOL) == []
    assert unseen(SCHOOL).meta.jurisdictions == ("England",)
