"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 47):
sectors no earlier round came from (a council's SEND service, a port authority's work with the Home
Office on unaccompanied children, a children's online gaming platform), each document read first as
a careful reader would.

* `brackenmoor-send-local-offer-ehc-assessment-information-sharing.html`: a council SEND service's
  guidance on sharing information for education, health and care (EHC) needs assessments, a page of
  its "Local Offer" directory saved from the browser: a cookie banner, the site's search and menu,
  breadcrumbs, "Last updated" and a "Print this page" link under the title, an accordion of
  questions (`h3` buttons over folded panels), a myth and its fact, "Was this page helpful?", a
  "Related links" sidebar and the footer. Law: the Children and Families Act 2014 s36 (the request
  for an assessment), s23 (an NHS trust's or integrated care board's duty to tell the local authority
  about a child under compulsory school age who has or probably has SEN or a disability, after telling
  the parents) and Part 3, the Special Educational Needs and Disability Regulations 2014 regulation 6
  (the advice and information sought for an assessment), the Children Act 1989 s17, UK GDPR Article
  6(1)(e) and 9(2)(g) and (h), DPA 2018 Schedule 1 paragraph 6; "special category data" names Article
  9 by its phrase, as in earlier rounds. Guidance: the SEND code of practice: 0 to 25 years (2015),
  Working Together to Safeguard Children 2023. Traps: "Section B" and "Section F" of an EHC plan, the
  "Year 9 annual review", "Band 3" top-up funding, "Tier 2" early help. Myth: "Parents must agree
  before we can tell the school anything about a health diagnosis", false. No case. Nation: England.
* `kingsferry-council-home-office-uasc-information-sharing-protocol-word.docx`
  (`docx-sources/make_round47.py` writes it as Word 365 saves a document): a port authority's protocol
  with the Home Office on unaccompanied asylum-seeking children: the council's name over the title in
  the Subtitle style, the parties under it, a version table, headings typed with their numbers in
  Heading 1, clauses typed "3.1" before a tab (each its own numbered part, as the project reads
  clauses), a glossary table, a flowchart given in words as five steps numbered by Word's list
  numbering, a case example, the council's name and "OFFICIAL" in the running header and "Page X of
  Y" in the footer. Law: the Children Act 1989 s20 and s22, the Modern Slavery Act 2015 s52 (the duty
  to notify binds specified public authorities, councils and the police among them; for a child it is
  met by a referral to the NRM, which needs no consent), the Immigration Act 2016 ss69 to 72 and s72
  (the scheme for transfers: the National Transfer Scheme), UK GDPR Article 6(1)(e), DPA 2018
  Schedule 2 paragraph 4 (the immigration exemption, found unlawful by the Court of Appeal in 2021 and
  2023 and amended in 2024), named as "not a gateway for sharing". Guidance: "Care of unaccompanied
  migrant children and child victims of modern slavery" (DfE 2017), Working Together to Safeguard
  Children 2023. Traps: a "Merton-compliant" age assessment and R (B) v Merton LBC [2003] (case law,
  which the catalog does not hold as law, as Gillick and Fraser in earlier rounds), "Stage 1" and
  "Stage 2" of the NRM, "Form IS96", the "ARC", "Level 3" training. Case: Amir, 15, whose age was
  disputed at the port, with what was shared and why. No myths. Nation: England.
* `pixelgrove-trust-and-safety-csea-reporting-procedure.md`: a UK children's online gaming platform's
  trust and safety procedure for reporting child sexual exploitation and abuse, a GitHub-flavoured
  Markdown file from a policy repository: YAML front matter of the repository's own keys (owner,
  approver, version, status, tags: a sidecar describes it), GitHub alerts (`> [!WARNING]`, `> [!NOTE]`),
  a table of priorities, `code`-styled identifiers, relative links to other policy files, a task list
  (`- [ ]`). Law: the Online Safety Act 2023 s66 (a UK provider of a user-to-user service must report
  detected and unreported CSEA content to the NCA) and s67 (the regulations on reports), UK GDPR
  Article 6(1)(c), DPA 2018 Schedule 1 paragraph 18, and the Protection of Children Act 1978 and the
  Sexual Offences Act 2003 named as the offences the content may be evidence of (cited, as round 43
  cited the 2003 Act named for the age of consent). Guidance: Working Together to Safeguard Children
  2023; the ICO's Age appropriate design code (the Children's code) is a statutory code under DPA 2018
  s123, so cited as law, as the ICO's data sharing code is. Traps: a "P1 incident", a "Tier
  2 moderator", "Rule 3 of the Community Guidelines", "Section 4.2 of these Terms", a "Level 5
  account". Myth: "We can't report a user to the police without a court order", false. No case.
  Nation: the UK.

Gaps closed in this round (general rules). The catalog knows the Special Educational Needs and
Disability Regulations 2014, the SEND code of practice: 0 to 25 years (2015), the Immigration Act 2016,
"Care of unaccompanied migrant children and child victims of modern slavery" (2017), the Online Safety
Act 2023, the Protection of Children Act 1978 and the ICO's Age appropriate design code (2020, a
statutory code), each checked against its publisher's page or legislation.gov.uk. A code span
("`csea-hold`") reads as its words, without the backticks. A link that runs the browser's print
command (`href="javascript:window.print()"`) is the page's command, not text. The short name a law
goes by, set between commas after it ("Paragraph 4 of Schedule 2 ..., the immigration exemption, is
not a gateway for sharing"), parts it from its predicate no more than a relative clause does.
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
# A council SEND service's Local Offer page


SEND = "brackenmoor-send-local-offer-ehc-assessment-information-sharing.html"
FAMILIES = "children-and-families-act-2014"
SEND_REGULATIONS = "special-educational-needs-and-disability-regulations-2014"
SEND_CODE = "send-code-of-practice"
DIAGNOSIS = "Parents must agree before we can tell the school anything about a health diagnosis"


def test_the_local_offer_pages_sections_and_accordion() -> None:
    # each question of the accordion heads the panel it folds
    assert [title for _, title in sections(SEND)] == [
        "Sharing information for EHC needs assessments", "The law", "Questions parents and professionals ask",
        "Who will you ask for information?", "Will my child's health visitor tell you about my child?",
        "What goes in Section B and Section F of the plan?", "What happens at the Year 9 annual review?",
        "How is Band 3 top-up funding decided?", "Myth and fact", "If you are worried about a child's safety",
        "Guidance we follow"]
    assert len(under(SEND, "The law")) == 4
    [panel] = under(SEND, "Will my child's health visitor tell you about my child?")
    assert panel.startswith("If your child is not yet at school and a health visitor")


def test_the_local_offer_pages_print_link_and_updated_stamp_are_no_text() -> None:
    [lead, more] = under(SEND, "Sharing information for EHC needs assessments")
    assert lead.startswith("This page explains how Brackenmoor Council's SEND Service")
    assert more.startswith("An EHC needs assessment only works")
    unseen_no_furniture(SEND, "Print this page", "Last updated")


def test_the_local_offer_pages_banner_menus_feedback_and_sidebar_are_not_text() -> None:
    unseen_no_furniture(SEND, "Cookies on the Brackenmoor", "analytics cookies", "cookie settings",
                        "Skip to main content", "Search the directory", "Education and learning",
                        "Social care and short breaks", "Find a service", "Was this page helpful",
                        "We cannot reply to feedback", "Related links", "SENDIASS", "Banding and top-up funding",
                        "Contact the SEND Service", "Accessibility statement", "Civic Offices")


def test_the_send_services_law(catalog: Catalog) -> None:
    # "special category data" names Article 9 by its phrase; "the 2014 Act" names the Act whole
    assert cited(SEND, catalog) == {
        (FAMILIES, "section 36"), (FAMILIES, "section 23"), (FAMILIES, "part 3"), (FAMILIES, None),
        (SEND_REGULATIONS, "regulation 6"), ("children-act-1989", "section 17"), ("gdpr", "article 6(1)(e)"),
        ("gdpr", "article 9"), ("gdpr", "article 9(2)(g)"), ("gdpr", "article 9(2)(h)"),
        ("data-protection-act-2018", "schedule 1 paragraph 6")}
    assert all(not c.negation for c in unseen_citations(SEND, catalog))


def test_the_send_regulations_are_in_the_catalog(catalog: Catalog) -> None:
    entry = catalog.by_id(SEND_REGULATIONS)
    assert entry.year == 2014 and entry.is_legal_basis and entry.jurisdictions == ("england",)


def test_the_plans_sections_year_band_and_tier_are_no_law(catalog: Catalog) -> None:
    keys = dict((title, key) for key, title in sections(SEND))
    for title in ("What goes in Section B and Section F of the plan?", "What happens at the Year 9 annual review?",
                  "How is Band 3 top-up funding decided?", "Who will you ask for information?"):
        assert unseen_cited(SEND, catalog, keys[title]) == [], title
    # "Tier 2 early help" beside a child in need under section 17: only the section
    assert unseen_cited(SEND, catalog, keys["If you are worried about a child's safety"]) == [
        ("children-act-1989", "section 17", "")]


def test_the_send_services_guidance_and_the_catalogs_code(catalog: Catalog) -> None:
    assert guidance(SEND, catalog) == {"working-together-to-safeguard-children", SEND_CODE}
    entry = catalog.by_id(SEND_CODE)
    assert entry.year == 2015 and not entry.is_legal_basis and entry.jurisdictions == ("england",)


def test_the_send_services_myth_case_and_nation() -> None:
    myths = unseen_myths_in(SEND)
    assert {s: m.verdict for s, m in myths.items()} == {DIAGNOSIS: "no"}
    assert myths[DIAGNOSIS].answer.startswith("Not quite. We always talk to parents first")
    assert unseen_cases(SEND) == []
    assert unseen(SEND).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A council's protocol with the Home Office, Word


UASC = "kingsferry-council-home-office-uasc-information-sharing-protocol-word.docx"
IMMIGRATION = "immigration-act-2016"
UNACCOMPANIED = "care-of-unaccompanied-migrant-children"
AGE = "a 15-year-old arriving at the port whose age is disputed"


def top_sections(name: str) -> list[str]:
    """The titles of the sections a heading opens, not of the numbered clauses under them."""
    return [title for key, title in sections(name) if "." not in key]


def test_the_protocols_masthead_sections_and_clauses() -> None:
    assert unseen(UASC).document.masthead == ("Kingsferry Borough Council",)
    assert top_sections(UASC) == [
        "Unaccompanied asylum-seeking children: information sharing protocol", "Purpose", "Glossary", "The law",
        "Guidance", "What we share and when", "Flowchart: from arrival to placement", f"Case example: {AGE}",
        "Review"]
    assert [key for key, _ in sections(UASC) if key.startswith("3.")] == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    [clause] = passages(UASC, "3.2")
    assert clause.startswith("Section 52 of the Modern Slavery Act 2015 places a duty to notify")


def test_the_protocols_version_table_header_and_footer_are_not_text() -> None:
    unseen_no_furniture(UASC, "First agreed version", "UASC Team Manager", "Head of Service", "OFFICIAL",
                        "Page 1", "Version 2.0")


def test_the_protocols_glossary_is_a_table() -> None:
    rows = under(UASC, "Glossary")
    assert rows[0] == "Term | Meaning" and len(rows) == 7
    assert rows[3].startswith("Form IS96 | The Home Office form")


def test_the_protocols_flowchart_in_words_is_a_list_under_its_lead_in() -> None:
    [steps] = under(UASC, "Flowchart: from arrival to placement")
    lines = steps.splitlines()
    assert lines[0] == "The flowchart in the printed protocol shows five boxes joined by arrows. In words:"
    assert len(lines) == 6 and lines[3].startswith("If the child’s age is disputed")


def test_the_protocols_law(catalog: Catalog) -> None:
    assert cited(UASC, catalog) == {
        ("children-act-1989", "section 20"), ("children-act-1989", "section 22"), ("children-act-1989", None),
        ("modern-slavery-act-2015", "section 52"), (IMMIGRATION, "section 69-72"), (IMMIGRATION, "section 72"),
        ("gdpr", "article 6(1)(e)"), ("data-protection-act-2018", "schedule 2 paragraph 4")}


def test_the_immigration_act_is_in_the_catalog(catalog: Catalog) -> None:
    entry = catalog.by_id(IMMIGRATION)
    assert entry.year == 2016 and entry.is_legal_basis


def test_the_immigration_exemption_is_named_as_no_gateway(catalog: Catalog) -> None:
    assert [(b, p, n) for b, p, n in unseen_cited(UASC, catalog, "3.5")] == [
        ("data-protection-act-2018", "schedule 2 paragraph 4", "is not a gateway")]


def test_the_protocols_case_law_stages_forms_card_and_training_level_are_no_law(catalog: Catalog) -> None:
    # "Merton-compliant" and "R (B) v Merton LBC [2003]" are case law the catalog does not hold as law
    for where in ("2", "5.2", "5.3", "5.5", "6"):
        assert unseen_cited(UASC, catalog, where) == [], where


def test_the_protocols_guidance_and_the_catalogs_entry(catalog: Catalog) -> None:
    assert guidance(UASC, catalog) == {"working-together-to-safeguard-children", UNACCOMPANIED}
    entry = catalog.by_id(UNACCOMPANIED)
    assert entry.year == 2017 and not entry.is_legal_basis and entry.jurisdictions == ("england",)


def test_the_protocols_case_says_what_was_shared_and_why(catalog: Catalog) -> None:
    [case] = unseen_cases(UASC)
    assert (case.section, case.setting) == ("7", AGE)
    assert case.scenario.startswith("Amir arrived at the Port of Kingsferry in the back of a lorry.")
    assert case.advice.startswith("What was shared and why: the social worker accommodated Amir as a child")
    assert unseen_cited(UASC, catalog, "7") == []


def test_the_protocols_myths_and_nation() -> None:
    assert unseen_myths_in(UASC) == {}
    assert unseen(UASC).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A gaming platform's trust and safety procedure, GitHub-flavoured Markdown


CSEA = "pixelgrove-trust-and-safety-csea-reporting-procedure.md"
ONLINE_SAFETY = "online-safety-act-2023"
PHOTOGRAPHS = "protection-of-children-act-1978"
CHILDRENS_CODE = "age-appropriate-design-code"
COURT_ORDER = "We can't report a user to the police without a court order"


def test_the_procedures_sections_and_alert() -> None:
    assert [title for _, title in sections(CSEA)] == [
        "Reporting child sexual exploitation and abuse (CSEA)", "Who this applies to", "The law", "Priorities",
        "How to report", "Myths", "Guidance we follow", "Checklist before closing a report", "Related policies"]
    # the warning's text stays, its alert marker does not
    assert under(CSEA, "Reporting child sexual exploitation and abuse (CSEA)")[0].startswith(
        "Never download, forward, screenshot or re-upload suspected child sexual abuse material")


def test_the_procedures_front_matter_and_markers_are_not_text() -> None:
    unseen_no_furniture(CSEA, "owner:", "trust-and-safety", "@pixelgrove", "last_reviewed", "tags:", "[!WARNING]",
                        "[!NOTE]", "[ ]", "](", ".md")


def test_the_procedures_code_styled_identifiers_read_as_words() -> None:
    unseen_no_furniture(CSEA, "`")
    [steps, _] = under(CSEA, "How to report")
    assert steps.splitlines()[0] == (
        "Apply csea-hold to the content and note the report_id and the user_id of every account involved.")
    rows = under(CSEA, "Priorities")
    assert rows[1].startswith("P1 incident | A child at immediate risk")


def test_the_procedures_table_steps_and_checklist() -> None:
    rows = under(CSEA, "Priorities")
    assert rows[0] == "Priority | What it looks like | What we do | Within" and len(rows) == 5
    [steps, warning] = under(CSEA, "How to report")
    assert len(steps.splitlines()) == 4 and warning.startswith("Do not tell the user")
    [checklist] = under(CSEA, "Checklist before closing a report")
    lines = checklist.splitlines()
    assert len(lines) == 5 and lines[1] == "NCA report sent and its reference recorded"


def test_the_platforms_law(catalog: Catalog) -> None:
    # the offences the content may be evidence of are named law, cited as round 43 cited the 2003 Act
    assert cited(CSEA, catalog) == {
        (ONLINE_SAFETY, "section 66"), (ONLINE_SAFETY, "section 67"), ("gdpr", "article 6(1)(c)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), (PHOTOGRAPHS, None),
        ("sexual-offences-act-2003", None), (CHILDRENS_CODE, None)}
    assert all(not c.negation for c in unseen_citations(CSEA, catalog))


def test_the_online_safety_act_and_the_1978_act_are_in_the_catalog(catalog: Catalog) -> None:
    assert catalog.by_id(ONLINE_SAFETY).year == 2023 and catalog.by_id(ONLINE_SAFETY).is_legal_basis
    assert catalog.by_id(PHOTOGRAPHS).year == 1978 and catalog.by_id(PHOTOGRAPHS).is_legal_basis


def test_the_platforms_priorities_tiers_rules_terms_and_levels_are_no_law(catalog: Catalog) -> None:
    keys = dict((title, key) for key, title in sections(CSEA))
    for title in ("Who this applies to", "Priorities", "How to report", "Checklist before closing a report"):
        assert unseen_cited(CSEA, catalog, keys[title]) == [], title
    # "Rule 3 of the Community Guidelines" and "Section 4.2 of these Terms", in the note after the law
    note = [c for c in unseen_citations(CSEA, catalog) if c.passage_id.endswith(f"/{keys['The law']}/p4")]
    assert note == []


def test_the_platforms_guidance_and_the_catalogs_childrens_code(catalog: Catalog) -> None:
    # the Children's code is a statutory code (DPA 2018 s123), cited as law as the ICO's data sharing code is
    assert guidance(CSEA, catalog) == {"working-together-to-safeguard-children"}
    entry = catalog.by_id(CHILDRENS_CODE)
    assert (entry.type, entry.year, entry.is_legal_basis) == ("code", 2020, True)


def test_the_platforms_myth_case_and_nation() -> None:
    myths = unseen_myths_in(CSEA)
    assert {s: m.verdict for s, m in myths.items()} == {COURT_ORDER: "no"}
    assert myths[COURT_ORDER].answer.startswith("False. We do not need a court order")
    assert unseen_cases(CSEA) == []
    assert unseen(CSEA).meta.jurisdictions == ("UK",)
