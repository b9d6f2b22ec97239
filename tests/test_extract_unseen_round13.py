"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 13): a
Scottish Chief Officers' chapter saved from Word as a web page (bold numbered paragraphs for headings, list
paragraphs with their bullets in "mso-list:Ignore" spans, &nbsp; everywhere, a bordered "Myth"
box, a page footer); a police force's disclosure schemes procedure (a page with no <main>, a
sidebar of links, clauses "2.1" in <p>, paragraphs split by <br><br>, an accordion of
misunderstandings whose buttons carry no ARIA); a health trust's "Sharing information with
MARAC" policy with a RACI table; a school's one-page flowchart drawn with box-drawing characters
and arrows; a Northern Irish school's policy in "SECTION 3 – ..." parts with a defined "the 1995
Order"; and a Working Together chapter full of cross-references to its own paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.model import Block, Document, Metadata
from guidegraph.segment import segment


def guidance(name: str, catalog: Catalog) -> set[str]:
    return {g.id for g in find_guidance(unseen(name), catalog)}


def passages(name: str, section: str) -> list[str]:
    return [p.text for p in unseen(name).passages if p.id.split("/")[1] == section]


def text_of(name: str) -> str:
    return "\n".join(p.text for p in unseen(name).passages)


# ---------------------------------------------------------------------------------------------
# A Scottish chapter saved from Word as a web page


WORD_PAGE = "scotland-chief-officers-word-html.html"


def test_the_word_pages_bold_numbered_paragraphs_are_its_headings() -> None:
    """"<p class=MsoNormal><b><span>4.1<span style='mso-tab-count:1'>&nbsp;...</span>Introduction"."""
    sections = {s.key: s.title for s in unseen(WORD_PAGE).sections}
    assert sections == {"chapter-4": "Chapter 4 Information sharing, consent and confidentiality",
                        "4.1": "Introduction", "4.2": "The named person: where we are now",
                        "4.3": "The legal framework", "4.4": "Data protection", "4.5": "Confidentiality",
                        "4.6": "Practice example"}


def test_the_word_pages_list_paragraphs_are_items_without_their_symbol_bullets() -> None:
    items = [p for p in unseen(WORD_PAGE).passages if p.id.split("/")[1] == "4.3" and p.kind == "item"]
    assert [p.markers for p in items] == [("•",)] * 4
    assert items[0].text == ("the Children (Scotland) Act 1995, Part II: the local authority’s duties to children "
                             "in need, including section 22;")
    text = text_of(WORD_PAGE)
    assert "·" not in text and "Page 1 of 3" not in text  # the bullets' Symbol font, the page footer


def test_the_word_pages_scottish_law(catalog: Catalog) -> None:
    # "..., and Parts 4 and 5 were never brought into force": Part 4, named again, is no basis
    assert unseen_cited(WORD_PAGE, catalog, "4.2") == [
        ("children-and-young-people-scotland-act-2014", "part 4", "Parts 4 and 5 were never brought into force"),
        ("echr", "article 8", "")]
    assert unseen_cited(WORD_PAGE, catalog, "4.3") == [
        ("children-scotland-act-1995", "part II", ""), ("children-scotland-act-1995", "section 22", ""),
        ("childrens-hearings-scotland-act-2011", None, ""),
        ("childrens-hearings-scotland-act-2011", "section 60", ""),
        ("uncatalogued-adult-support-and-protection-scotland-act-2007", "section 5", ""),
        ("uncatalogued-united-nations-convention-on-the-rights-of-the-child-incorporation-scotland-act-2024", None, "")]
    assert unseen_cited(WORD_PAGE, catalog, "4.4") == [  # "Article&nbsp;6(1)(e)", "Schedule&nbsp;1, Part&nbsp;2, ..."
        ("gdpr", None, ""), ("data-protection-act-2018", None, ""), ("gdpr", "article 6(1)(e)", ""),
        ("gdpr", "article 9", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_cited(WORD_PAGE, catalog, "4.5") == [("common-law-duty-of-confidence", None, ""),
                                                       ("echr", "article 8", ""), ("human-rights-act-1998", None, "")]


def test_the_word_pages_myth_box_case_and_guidance(catalog: Catalog) -> None:
    assert {s: m.verdict for s, m in unseen_myths_in(WORD_PAGE).items()} == {
        "I need the named person’s agreement before I can pass on a concern": "no"}
    [case] = unseen_cases(WORD_PAGE)
    assert case.section == "4.6" and case.scenario.startswith("A school nurse is told by a 14-year-old")
    assert case.advice.startswith("The nurse explains that she cannot keep this secret")
    assert guidance(WORD_PAGE, catalog) == {"national-guidance-child-protection-scotland", "girfec"}


# ---------------------------------------------------------------------------------------------
# A police force's disclosure schemes procedure


POLICE = "police-dvds-csods-procedure.html"


def test_the_procedures_sidebar_of_links_is_dropped_though_the_page_marks_no_main(catalog: Catalog) -> None:
    assert "Related procedures" not in [s.title for s in unseen(POLICE).sections]
    assert "Counter-Terrorism" not in text_of(POLICE)
    # not "MARAC (PD-039)" nor "Missing children"; "in line with the MAPPA Guidance" (4.2) is guidance,
    # known to the catalog since round 42
    assert guidance(POLICE, catalog) == {"mappa-guidance"}


def test_the_procedures_clauses_in_paragraphs_open_their_sections() -> None:
    """"<p>2.1&nbsp;&nbsp;Since ...": numbered as the text reader numbers "2.1 Since ..."."""
    numbers = [s.number for s in unseen(POLICE).sections]
    assert numbers == ["1", "2", "2.1", "2.2", "2.3", "3", "4", "4.1", "4.2", "4.3", "5", "6", "7"]
    assert passages(POLICE, "2.1")[0].startswith("Since the commencement of section 77")


def test_a_double_line_break_parts_paragraphs_and_the_document_control_line_is_dropped() -> None:
    assert passages(POLICE, "1") == [
        "This procedure tells officers and staff how to deal with applications under the Domestic Violence "
        "Disclosure Scheme (DVDS, known as “Clare’s Law”) and the Child Sex Offender Disclosure Scheme (CSODS, "
        "known as “Sarah’s Law”).",
        "It must be read with the Home Office statutory guidance on the DVDS (2023) and the force’s Information "
        "Management policy."]
    assert passages(POLICE, "front") == [
        "Procedure PD-041: Domestic Violence Disclosure Scheme and Child Sex Offender Disclosure Scheme"]


def test_the_procedures_law(catalog: Catalog) -> None:
    assert unseen_cited(POLICE, catalog, "2.1") == [("domestic-abuse-act-2021", "section 77", ""),
                                                    ("domestic-violence-disclosure-scheme", None, "")]
    assert unseen_cited(POLICE, catalog, "2.2") == [("criminal-justice-act-2003", "section 327A", "")]
    assert unseen_cited(POLICE, catalog, "2.3") == [  # "... Act 2018 (see section 31 for ... and section 35 ...)"
        ("data-protection-act-2018", "part 3", ""), ("data-protection-act-2018", "section 31", ""),
        ("data-protection-act-2018", "section 35", ""),
        ("echr", "article 8", ""), ("human-rights-act-1998", "section 6", "")]
    assert unseen_cited(POLICE, catalog, "3") == [  # "Right to ask (DVDS)", "Right to know", "CSODS application"
        ("domestic-violence-disclosure-scheme", None, ""), ("domestic-violence-disclosure-scheme", None, ""),
        ("child-sex-offender-disclosure-scheme", None, "")]
    assert unseen_cited(POLICE, catalog, "4.1") == [("mappa", None, ""),
                                                    ("crime-and-disorder-act-1998", "section 115", "")]
    # "managed under MAPPA"; "the MAPPA Guidance" is the guidance, no second mention of the arrangements
    assert unseen_cited(POLICE, catalog, "4.2") == [("sexual-offences-act-2003", "part 2", ""), ("mappa", None, "")]
    assert unseen_cited(POLICE, catalog, "7") == []  # "section 4 of this procedure", "procedure PD-039"


def test_the_accordions_misunderstandings_are_myths_and_the_case_study_is_read() -> None:
    """Each question is a <button> in an "accordion-header" box, with no aria-controls."""
    assert {s: m.verdict for s, m in unseen_myths_in(POLICE).items()} == {
        "Clare’s Law is only for women": "no", "If I apply, the person will find out I asked": "no"}
    [case] = unseen_cases(POLICE)
    assert (case.section, case.setting) == ("6", "a grandmother’s concern")
    assert case.scenario.startswith("Mrs P contacted the police")


# ---------------------------------------------------------------------------------------------
# A health trust's MARAC policy with a RACI table


MARAC = "trust-marac-raci-policy.md"


def test_the_raci_table_is_read_row_by_row_and_cites_nothing(catalog: Catalog) -> None:
    rows = passages(MARAC, "2")
    assert rows[1:3] == ["Task | Clinician | Safeguarding team | Caldicott Guardian | MARAC coordinator",
                         "Complete the DASH risk checklist | R | C | – | –"]
    assert unseen_cited(MARAC, catalog, "2") == []


def test_the_marac_policys_law(catalog: Catalog) -> None:
    assert unseen_cited(MARAC, catalog, "1") == [("domestic-abuse-act-2021", "section 3", "")]
    assert unseen_cited(MARAC, catalog, "3.1") == [("crime-and-disorder-act-1998", "section 115", "")]
    assert unseen_cited(MARAC, catalog, "3.2") == [
        ("gdpr", None, ""), ("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(h)", ""),
        ("gdpr", "article 9(2)(g)", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_cited(MARAC, catalog, "3.4") == [("common-law-duty-of-confidence", None, "")]


def test_frequently_raised_concerns_are_myths() -> None:
    """Bold quoted beliefs under "Frequently raised concerns", answered "Incorrect." and "No."."""
    assert {s: m.verdict for s, m in unseen_myths_in(MARAC).items()} == {
        "The patient hasn't agreed, so I can't refer to MARAC": "no",
        "MARAC minutes can be filed in the patient's record": "no"}


def test_the_marac_policys_case_and_related_documents(catalog: Catalog) -> None:
    [case] = unseen_cases(MARAC)
    assert case.section == "6" and case.scenario.startswith("A health visitor sees a mother with a black eye")
    assert case.advice.startswith("The health visitor referred the case to MARAC")
    assert guidance(MARAC, catalog) == {  # not "... Principles (section 4 of which covers information sharing)"
        "caldicott-principles", "hmg-information-sharing-advice", "safeguarding-children-and-adults-policy-sg-01",
        "safelives-marac-principles"}


# ---------------------------------------------------------------------------------------------
# A school's one-page flowchart drawn with box-drawing characters


FLOWCHART = "school-dsl-flowchart-arrows.txt"


def test_each_box_is_one_paragraph_and_boxes_side_by_side_are_read_left_first() -> None:
    # "↓ If YES ... ↓ If NO" over the two boxes labels each box it points into (round 14)
    assert passages(FLOWCHART, "s1")[3:8] == [
        "You have a concern about a child (something seen, heard or told to you)",
        "Is the child in immediate danger?",
        "If YES: Call 999, then tell the DSL straight away.",
        "If NO: Record the concern on CPOMS the same day, in the child's own words.",
        "Tell the DSL (or a deputy) before the end of the day."]
    assert not any(c in text_of(FLOWCHART) for c in "│┌┐└┘─")
    assert [s.title for s in unseen(FLOWCHART).sections][1:] == ["REMEMBER", "WHY WE SHARE"]  # no box heads a section


def test_arrows_mark_the_flowcharts_list_items() -> None:
    [options] = [p for p in unseen(FLOWCHART).passages if p.text.startswith("DSL decides")]
    assert options.items == ("Early Help assessment", "monitor in school and review")
    remember = [p for p in unseen(FLOWCHART).passages if p.id.split("/")[1] == "s2"]
    assert [p.markers for p in remember] == [("→",)] * 5
    assert remember[0].text == "Do not promise a child that you will keep a secret."


def test_the_flowcharts_law(catalog: Catalog) -> None:
    assert unseen_cited(FLOWCHART, catalog, "s2") == [("female-genital-mutilation-act-2003", "section 5B", ""),
                                                      ("counter-terrorism-and-security-act-2015", "section 26", "")]
    assert unseen_cited(FLOWCHART, catalog, "s3") == [
        ("education-act-2002", "section 175", ""), ("children-act-1989", "section 47", ""),
        ("children-act-1989", None, ""), ("data-protection-act-2018", None, "")]
    assert guidance(FLOWCHART, catalog) == {"keeping-children-safe-in-education"}
    assert unseen_myths_in(FLOWCHART) == {} and unseen_cases(FLOWCHART) == []


# ---------------------------------------------------------------------------------------------
# A Northern Irish school's policy in sections


NI_SCHOOL = "ni-school-child-protection-policy.txt"


def test_the_policys_own_sections_head_it_and_are_no_law(catalog: Catalog) -> None:
    """"SECTION 4 – BULLYING" was read as section 4 of the Act named before it."""
    numbers = [s.number for s in unseen(NI_SCHOOL).sections if s.number and s.number.startswith("Section")]
    assert numbers == [f"Section {n}" for n in range(1, 7)]
    cited = [c for s in unseen(NI_SCHOOL).sections for c in unseen_cited(NI_SCHOOL, catalog, s.key)]
    assert not [c for c in cited if c[1] in ("section 4", "section 5", "section 6")]


def test_the_policys_law_through_the_1995_order(catalog: Catalog) -> None:
    assert unseen_cited(NI_SCHOOL, catalog, "1.1") == [
        ("uncatalogued-education-and-libraries-northern-ireland-order-2003", "article 17", "")]
    assert unseen_cited(NI_SCHOOL, catalog, "3.2") == [("children-northern-ireland-order-1995", "article 66", "")]
    assert unseen_cited(NI_SCHOOL, catalog, "3.3") == [("children-northern-ireland-order-1995", "article 50", "")]
    assert unseen_cited(NI_SCHOOL, catalog, "3.4") == [
        ("criminal-law-act-northern-ireland-1967", "section 5(1)", "")]
    assert unseen_cited(NI_SCHOOL, catalog, "3.5") == [("gdpr", None, ""), ("data-protection-act-2018", None, ""),
                                                       ("common-law-duty-of-confidence", None, "")]
    assert unseen_cited(NI_SCHOOL, catalog, "4.1") == [  # not "Section 3 of this policy"
        ("uncatalogued-addressing-bullying-in-schools-act-northern-ireland-2016", None, "")]
    assert guidance(NI_SCHOOL, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni"}


def test_the_policys_questions_and_case(catalog: Catalog) -> None:
    assert {s: m.verdict for s, m in unseen_myths_in(NI_SCHOOL).items()} == {
        "A pupil has asked me to keep what she tells me a secret. Can I promise this?": "no",
        "Do I have to tell the parents before I pass on a concern?": "no"}
    [case] = unseen_cases(NI_SCHOOL)
    assert (case.section, case.setting) == ("Section 6", "a P6 pupil's disclosure")
    assert case.advice == ""  # the form's "Signed: ____ Date: ____" line is no text
    # "began enquiries under Article 66": the article written before with "the 1995 Order"
    [section] = {p.split("/")[1] for p in case.passage_ids} - {"section-6"}
    assert unseen_cited(NI_SCHOOL, catalog, section) == [("children-northern-ireland-order-1995", "article 66", "")]


# ---------------------------------------------------------------------------------------------
# A Working Together chapter with cross-references to its own paragraphs


WT = "wt2023-chapter-cross-references.md"


def test_the_chapters_cross_references_cite_nothing(catalog: Catalog) -> None:
    """"(see paragraph 40 ...)", "paragraphs 150 to 158 of Chapter 4", "paragraph 157 of Chapter 3",
    "(see Chapter 3, paragraphs 190 to 200)", "(see paragraph 92)", "paragraph 45 and Annex B"."""
    # (each numbered paragraph opens a section of its own since round 14)
    assert [c for n in ("85", "86", "87", "88") for c in unseen_cited(WT, catalog, n)] == [
        ("children-act-2004", "section 16H", "")]
    assert [c for n in ("89", "90", "91", "92") for c in unseen_cited(WT, catalog, n)] == [
        ("data-protection-act-2018", None, ""), ("gdpr", None, ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", ""),  # "paragraph 18 of the 2018 Act"
        ("children-act-2004", "section 11", ""), ("education-act-2002", "section 175", ""),
        ("children-act-1989", "section 47", ""), ("children-act-1989", "section 47(9)", ""),
        ("children-act-1989", "section 47(11)", "")]
    # "requests under section 16H, in line with paragraph 86 above": the paragraph is the chapter's own,
    # in a clause of its own; the section is the Act's, written with it in paragraph 86
    assert unseen_cited(WT, catalog, "93") == [("children-act-2004", "section 16H", "")]
    assert unseen_cited(WT, catalog, "94") == [("care-act-2014", "section 42", "")]


def test_the_case_in_a_numbered_box_is_read(catalog: Catalog) -> None:
    """"Box 2.4: Case example": a case under its box's label, set where its first sentence says
    (not in "Chapter 2: ...", the division it is told in)."""
    [case] = unseen_cases(WT)
    assert (case.section, case.setting) == ("2", "Nursery")
    assert case.scenario.startswith("A nursery key worker noticed bruising")
    assert unseen_cited(WT, catalog, "s13") == [("children-act-1989", "section 47", "")]  # s5 before round 14
    assert guidance(WT, catalog) == {"hmg-information-sharing-advice"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Disclosures are made under Part 3 of the Data Protection Act 2018 (see section 31 for the purposes).",
     [("part 3", ""), ("section 31", "")]),
    ("Disclosures are made under Part 3 of the Data Protection Act 2018 (see section 4 below).", [("part 3", "")]),
    ("Disclosures are made under Part 3 of the Data Protection Act 2018. See section 31 for the purposes.",
     [("part 3", "")]),  # a "see" of its own sentence points into the guidance
])
def test_a_see_in_brackets_after_an_act_points_into_the_act(catalog: Catalog, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    meta = Metadata("t", "T", "P", "2024", ("England",), (), "", "", "full", Path("t.txt"))
    cited = find_citations(segment(Document(meta, (Block("paragraph", text, 1, 1),))), catalog)[0]
    assert [(c.provision.label, c.negation) for c in cited if c.provision] == expected
