"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 41, part B):
settings no earlier round came from (a registered childminder, a council's private fostering team, a
further-education college), each document read first as a careful reader would.

* `little-acorns-childminder-safeguarding-policy.md`: a registered childminder's safeguarding and
  information sharing policy, written by the childminder herself in the first person ("I will ...",
  "If I am worried ..."), as Markdown with simple YAML front matter of guidegraph's own keys (no
  sidecar). The title, a line naming her, her Ofsted number and the review, then short sections:
  "Why I have this policy", "If I am worried about a child" (a lead-in and five bullets), "Sharing
  information", "Keeping records", "If there is an allegation against me", "A common myth" (a bold
  "Myth:" over the belief in quotation marks, "Parents have a right to know everything I write about
  their child", and her reply under her own label, "My answer:", opening "Not always.") and "Contact
  numbers" (a list). Law: the Childcare Act 2006 named whole, the Children Act 1989 s47, the UK GDPR
  and the DPA 2018 named whole; "Ofsted must be told within 14 days" is a fact of the framework, no
  citation. Guidance: the Statutory Framework for the Early Years Foundation Stage (its safeguarding
  and welfare requirements). Myth: the one. No case. Nation: England.
* `ravensmoor-council-private-fostering-leaflet-libreoffice.odt` (written by
  `odt-sources/make_round41b.py` with round 28's parts): a council's leaflet on private fostering
  for parents and carers. The council's name in bold over the title, an italic subtitle, then its
  questions as headings: "What is private fostering?", "Why must I tell the council?", "How do I
  tell the council?", "What happens next?", "Contact us", answered in body text and bulleted lists;
  a running header and footer. Law: the Children Act 1989 Part 9 with sections 66 and 67 (section 66
  also implied by "private fostering", as the project reads it), and the Children (Private
  Arrangements for Fostering) Regulations 2005. "Under 16, or under 18 if disabled", "28 days or
  more", "six weeks", "48 hours" are the leaflet's facts, not citations. No guidance, myths or case.
  Nation: England.
* `harrowgate-vale-college-safeguarding-policy-chapter.mhtml` (written by
  `mhtml-sources/make_mhtml_fixtures.py` from the page beside it): a further-education college's
  safeguarding policy chapter on students aged 16 to 18 and adults at risk, on its WordPress site
  saved by Edge: the site's header, menu, breadcrumbs, sidebar of policies and footer; the chapter's
  title, the policy's name over its opening paragraph, "Our duties", "Students aged 16 to 18",
  "Students aged 18 and over", "The Prevent duty", "Sharing information", "Who to contact" (a table of
  who, name and how to contact), a "Scenario: a 17-year-old apprentice on placement" box (Kieran's
  story, then "What the DSL did:") and "Notes" (three numbered footnotes, marked in the text). Law: the
  Education Act 2002 s175, the Children Act 1989 s47 and s17, the Care Act 2014 s42 (students over
  18), the Mental Capacity Act 2005 named whole, the Counter-Terrorism and Security Act 2015 s26 (the
  Prevent duty), UK GDPR Article 6(1)(e). Traps: "section 4 of this policy" (its own part) and "see
  footnote 2" (the note, no law of its own). Guidance: Keeping Children Safe in Education 2024 and the
  Prevent duty guidance. No myths. Case: the apprentice, what the DSL did its advice. Nation: England.

Gaps closed in this round (general rules). A myth's answer under the writer's own label, "My
answer:" or "Our answer:", is read without the label, as after "Answer:" or "Fact:"; a case's
"What the DSL did:" (what the practitioner in the story did: "What the school nurse did next") marks
its advice, as "What was done" does. The catalog knows the Statutory Framework for the Early Years
Foundation Stage and the Home Office's Prevent duty guidance (guidance), and the Children (Private
Arrangements for Fostering) Regulations 2005 (SI 2005/1533), before only an uncatalogued name. The
framework was found before only where a reference gave its year ("... Foundation Stage (2024)", rounds
7 and 35), under the id its title makes: the catalog's entry keeps that id, so those documents cite
the same guidance as before, and named bare, as the childminder names it, it is found too.
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
    unseen_sections,
    unseen_under,
)

from guidegraph.catalog import Catalog

guidance, sections, cited = unseen_guidance, unseen_sections, unseen_cited_provisions
under = unseen_under


def _cited_under(name: str, catalog: Catalog, title: str) -> set[tuple[str, str | None]]:
    [key] = [key for key, found in sections(name) if found == title]
    return {(basis, provision) for basis, provision, _ in unseen_cited(name, catalog, key)}


# ---------------------------------------------------------------------------------------------
# A registered childminder's own policy, in the first person


CHILDMINDER = "little-acorns-childminder-safeguarding-policy.md"


def test_the_childminders_policy_is_described_by_its_front_matter() -> None:
    meta = unseen(CHILDMINDER).meta
    assert (meta.title, meta.publisher, meta.date) == (
        "Safeguarding and information sharing policy", "Little Acorns Childminding", "2025-01")
    assert meta.jurisdictions == ("England",) and meta.local_areas == ("Thornleigh",)
    unseen_no_furniture(CHILDMINDER, "publish:", "rights:", "local_areas")


def test_the_childminders_sections_and_lists() -> None:
    assert [title for _, title in sections(CHILDMINDER)] == [
        "Safeguarding and information sharing policy", "Why I have this policy", "If I am worried about a child",
        "Sharing information", "Keeping records", "If there is an allegation against me", "A common myth",
        "Contact numbers"]
    worried = under(CHILDMINDER, "If I am worried about a child")
    assert worried[0].startswith("If I am worried that a child in my care is being harmed")
    assert "never promise to keep a secret" in worried[0] and "call 999 if a child is in immediate danger" in worried[0]
    contacts = " ".join(under(CHILDMINDER, "Contact numbers"))
    assert "Local Authority Designated Officer (LADO): 0300 555 0147" in contacts
    assert "NSPCC helpline: 0808 800 5000" in contacts


def test_the_childminders_law_and_guidance(catalog: Catalog) -> None:
    assert cited(CHILDMINDER, catalog) == {
        ("childcare-act-2006", None), ("children-act-1989", "section 47"), ("gdpr", None),
        ("data-protection-act-2018", None)}
    # "Ofsted must be told within 14 days" is the framework's rule, not a provision of any law
    assert _cited_under(CHILDMINDER, catalog, "If there is an allegation against me") == set()
    assert guidance(CHILDMINDER, catalog) == {"statutory-framework-for-the-early-years-foundation-stage"}


def test_the_catalog_knows_the_early_years_framework(catalog: Catalog) -> None:
    entry = catalog.by_id("statutory-framework-for-the-early-years-foundation-stage")
    assert entry.title.startswith("Statutory Framework for the Early Years Foundation Stage")
    assert entry.type == "guidance" and not entry.is_legal_basis


def test_the_childminders_myth_is_answered_under_her_own_label() -> None:
    myths = unseen_myths_in(CHILDMINDER)
    assert list(myths) == ["Parents have a right to know everything I write about their child"]
    [myth] = myths.values()
    assert myth.answer.startswith("Not always. You can ask to see the records I keep about your child")
    assert myth.verdict == "partly"
    assert unseen_cases(CHILDMINDER) == []


# ---------------------------------------------------------------------------------------------
# A council's private fostering leaflet, saved from LibreOffice


LEAFLET = "ravensmoor-council-private-fostering-leaflet-libreoffice.odt"


def test_the_leaflets_questions_are_its_sections() -> None:
    assert [title for _, title in sections(LEAFLET)] == [
        "Private fostering: information for parents and carers", "What is private fostering?",
        "Why must I tell the council?", "How do I tell the council?", "What happens next?", "Contact us"]
    what = under(LEAFLET, "What is private fostering?")
    assert what[0].endswith("under 16, or under 18 if disabled, and the arrangement lasts, or is meant to last, "
                            "for 28 days or more.")
    assert "a teenager stays with the family of a boyfriend or girlfriend;" in what[2]
    unseen_no_furniture(LEAFLET, "CS/PF/03", "Children's Services –", "Page 1")


def test_the_leaflets_law(catalog: Catalog) -> None:
    assert cited(LEAFLET, catalog) == {
        ("children-act-1989", "part 9"), ("children-act-1989", "section 66"), ("children-act-1989", "section 67"),
        ("children-private-arrangements-for-fostering-regulations-2005", None)}
    # the notice the council needs ("six weeks", "48 hours") is no provision
    assert _cited_under(LEAFLET, catalog, "How do I tell the council?") == set()


def test_the_catalog_knows_the_private_fostering_regulations(catalog: Catalog) -> None:
    entry = catalog.by_id("children-private-arrangements-for-fostering-regulations-2005")
    assert entry.title == "Children (Private Arrangements for Fostering) Regulations 2005"
    assert entry.legislation_gov_uk == "uksi/2005/1533" and entry.year == 2005


def test_the_leaflet_has_no_guidance_myths_or_case(catalog: Catalog) -> None:
    assert guidance(LEAFLET, catalog) == set()
    assert unseen_myths_in(LEAFLET) == {} and unseen_cases(LEAFLET) == []
    assert unseen(LEAFLET).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A further-education college's policy chapter, saved as one file


COLLEGE = "harrowgate-vale-college-safeguarding-policy-chapter.mhtml"


def test_the_colleges_chapter_sections_and_table() -> None:
    assert [title for _, title in sections(COLLEGE)] == [
        "Chapter 6: Students aged 16 to 18 and adults at risk", "Our duties", "Students aged 16 to 18",
        "Students aged 18 and over", "The Prevent duty", "Sharing information", "Who to contact",
        "Scenario: a 17-year-old apprentice on placement", "Notes"]
    contacts = under(COLLEGE, "Who to contact")
    assert contacts[0] == "Who | Name | How to contact"
    assert contacts[1] == ("Designated safeguarding lead | Helen Marsh, Head of Student Welfare | 01632 555 210, "
                           "safeguarding@harrowgatevale.ac.uk")
    assert contacts[-1] == "Police | – | 999 in an emergency, 101 otherwise"
    unseen_no_furniture(COLLEGE, "Apprenticeships", "Skip to content", "Privacy notice for students", "Station Road",
                        "©", "↩")


def test_the_colleges_law(catalog: Catalog) -> None:
    assert cited(COLLEGE, catalog) == {
        ("education-act-2002", "section 175"), ("children-act-1989", "section 47"), ("children-act-1989", "section 17"),
        ("care-act-2014", "section 42"), ("mental-capacity-act-2005", None),
        ("counter-terrorism-and-security-act-2015", "section 26"), ("gdpr", "article 6(1)(e)")}


def test_the_colleges_own_parts_are_no_law(catalog: Catalog) -> None:
    # "section 4 of this policy" is the policy's own part; "see footnote 2" points at a note
    opening = "Chapter 6: Students aged 16 to 18 and adults at risk"
    assert any("section 4 of this policy" in text for text in under(COLLEGE, opening))
    assert _cited_under(COLLEGE, catalog, opening) == set()
    assert _cited_under(COLLEGE, catalog, "Students aged 18 and over") == {
        ("care-act-2014", "section 42"), ("mental-capacity-act-2005", None)}


def test_the_colleges_footnotes_are_marked_and_listed(catalog: Catalog) -> None:
    [duties] = under(COLLEGE, "Our duties")
    assert "section 175 of the Education Act 2002. ¹ Students under 18" in duties
    [notes] = under(COLLEGE, "Notes")
    assert notes.splitlines() == [
        "Section 175 of the Education Act 2002 applies to the governing bodies of further education institutions.",
        "Care Act 2014, section 42. The duty is on the local authority; the college refers and helps with the enquiry.",
        "Counter-Terrorism and Security Act 2015, section 26."]


def test_the_colleges_guidance(catalog: Catalog) -> None:
    assert guidance(COLLEGE, catalog) == {"keeping-children-safe-in-education", "prevent-duty-guidance"}
    entry = catalog.by_id("prevent-duty-guidance")
    assert entry.type == "guidance" and entry.title.startswith("Prevent duty guidance")


def test_the_colleges_scenario_is_a_case_with_what_the_dsl_did_as_its_advice() -> None:
    [case] = unseen_cases(COLLEGE)
    assert case.setting == "a 17-year-old apprentice on placement"
    assert case.scenario.startswith("Kieran, 17, is a motor vehicle apprentice on placement at a local garage.")
    assert case.advice.startswith("she recorded the assessor’s concern the same day")
    assert unseen_myths_in(COLLEGE) == {}
    assert unseen(COLLEGE).meta.jurisdictions == ("England",)
