"""Real PDFs, printed by a real PDF engine (Chromium) from HTML with print CSS, in the shapes
partnerships publish (`tests/fixtures/unseen/*.pdf`; each PDF's HTML source is kept in
`tests/fixtures/unseen/pdf-sources/`, which the corpus reader does not read): a multi-agency
protocol with a cover, a dotted contents page, clauses "3.2.1" with hanging numbers, running
lines in the page margins and a "Legislation | What it allows" table over a page break; a
Northern Irish leaflet in two columns whose bullets leave no marker in the text layer; a
"Myth | Reality" table over a page break with its header repeated; a Scottish briefing with
footnotes at each page's foot and its running header placed last in the text layer; a Welsh
flowchart of boxes and arrows; and a council web page printed with the browser's own stamps,
its cookie banner, breadcrumbs and "On this page" list. Each PDF gives what its HTML source gives."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance


def guidance(name: str, catalog: Catalog) -> set[str]:
    return {g.id for g in find_guidance(unseen(name), catalog)}


def passages(name: str, section: str) -> list[str]:
    return [p.text for p in unseen(name).passages if p.id.split("/")[1] == section]


def section_titles(name: str) -> list[str]:
    return [s.title for s in unseen(name).sections]


# ---------------------------------------------------------------------------------------------
# A multi-agency information sharing protocol: cover, contents, clauses, a table over a page break


PROTOCOL = "northshire-isp-protocol-print.pdf"


def test_the_protocols_clauses_keep_their_numbers_and_its_contents_page_is_gone() -> None:
    """"3.2.1" set apart from its text (a hanging indent) still numbers its clause; the dotted
    contents lines and the margins' running lines and "Page 3 of 5" are no text."""
    numbered = [s.number for s in unseen(PROTOCOL).sections if s.number]
    assert numbered == ["1", "1.1", "1.2", "2", "2.1", "3", "3.1", "3.2", "3.2.1", "3.2.2", "3.2.3", "4", "4.1",
                        "4.2", "5", "5.1", "5.2", "6", "6.1", "6.2", "Appendix A"]
    text = " ".join(p.text for p in unseen(PROTOCOL).passages)
    assert ". . ." not in text and "Page 3 of 5" not in text and "OFFICIAL" not in text
    assert passages(PROTOCOL, "4.1") == [
        "Partners follow the national advice, Information sharing: advice for practitioners providing safeguarding "
        "services to children, young people, parents and carers (2024), and Working Together to Safeguard "
        "Children 2023."]


def test_the_protocols_table_rows_over_a_page_break_pair_each_act_with_what_it_allows() -> None:
    rows = passages(PROTOCOL, "3.2.1")[1:]
    assert rows[:3] == ["Legislation | What it allows",
                        "Children Act 1989, section 17 | Local authorities assess and support children in need, and "
                        "may share information with partners to do so.",
                        # the header row again at the top of the next page is dropped (round 27)
                        "Children Act 1989, section 47 | Enquiries where there is reasonable cause to suspect a "
                        "child is suffering, or likely to suffer, significant harm. Partners must help the local "
                        "authority with its enquiries."]
    assert rows[-1] == ("Human Rights Act 1998 | Article 8 protects private and family life; an interference must "
                        "be lawful, necessary and proportionate.")


def test_the_protocols_law(catalog: Catalog) -> None:
    assert unseen_cited(PROTOCOL, catalog, "3.2.1") == [
        ("children-act-1989", "section 17", ""), ("children-act-1989", "section 47", ""),
        ("children-act-2004", "section 11", ""), ("crime-and-disorder-act-1998", "section 115", ""),
        ("crime-and-disorder-act-1998", None, ""),  # "the purposes of the Act"
        ("education-act-2002", "section 175", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
        ("human-rights-act-1998", None, ""), ("echr", "article 8", "")]
    assert unseen_cited(PROTOCOL, catalog, "3.2.3") == [("gdpr", "article 6(1)(e)", ""),
                                                        ("gdpr", "article 9(2)(g)", "")]
    # "section 2 of this protocol", "section 6 of this protocol", "Article 33 of our standard agreement"
    assert unseen_cited(PROTOCOL, catalog, "1.2") == unseen_cited(PROTOCOL, catalog, "6.2") == []
    assert guidance(PROTOCOL, catalog) == {"hmg-information-sharing-advice", "working-together-to-safeguard-children"}


# ---------------------------------------------------------------------------------------------
# A Northern Irish leaflet in two columns


LEAFLET = "sbni-leaflet-two-column-print.pdf"


def test_the_leaflets_columns_are_read_one_after_the_other() -> None:
    assert section_titles(LEAFLET) == [
        "Sharing information to keep children safe", "Why sharing matters", "What the law says",
        "Before you share, ask yourself", "Myths", "Case example: a youth club", "Getting advice"]


def test_the_leaflets_law_myths_and_case(catalog: Catalog) -> None:
    assert unseen_cited(LEAFLET, catalog, "s3") == [
        ("children-northern-ireland-order-1995", None, ""), ("children-northern-ireland-order-1995", "article 66", ""),
        ("safeguarding-board-act-northern-ireland-2011", None, ""), ("data-protection-act-2018", None, ""),
        ("gdpr", None, ""), ("human-rights-act-1998", None, ""), ("echr", "article 8", "")]
    assert {s: m.verdict for s, m in unseen_myths_in(LEAFLET).items()} == {
        "I need the parent's agreement before I can tell social services about a concern": "no",
        "Sharing with the police always breaches confidentiality": "no"}
    [case] = unseen_cases(LEAFLET)
    assert case.setting == "a youth club"
    assert guidance(LEAFLET, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni"}


def test_the_leaflets_questions_printed_without_bullets_stay_apart() -> None:
    """A browser's bullets are shapes: items a line long are told apart by the room left on
    their line, or, where they fill their narrow column's line (the first three), by a run of
    lines each starting a new question (round 12)."""
    assert passages(LEAFLET, "s4") == ["Is there a clear and legitimate purpose for sharing?\n"
                                       "Does the information identify the child or family?\n"
                                       "Is the information confidential?\n"
                                       "Do I have consent, and if not, is there another lawful basis?",
                                       "Is the sharing necessary and proportionate?"]


# ---------------------------------------------------------------------------------------------
# A "Myth | Reality" table over a page break, its header row repeated


TABLE = "anytown-myth-reality-table-print.pdf"


def test_each_row_of_the_myth_table_gives_its_myth() -> None:
    assert {s: m.verdict for s, m in unseen_myths_in(TABLE).items()} == {
        "The Data Protection Act 2018 stops me sharing information about a family": "no",
        "I must have consent before I share anything": "no",
        "A child's information belongs to their parents, so I have to ask them": "no",
        "Only the police and social workers need to know about abuse": "no",
        "If I share, I could be sued": "no",
        "Information from the GP can never be passed to the school": "no",
        "Once a case is closed, I can no longer share anything about it": "no",
        "I should wait until I have evidence": "no"}  # the last two after the page break


def test_the_myth_tables_law_cases_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited(TABLE, catalog, "s3") == [("data-protection-act-2018", None, ""),
                                                  ("data-protection-act-2018", "schedule 1", "")]
    assert unseen_cited(TABLE, catalog, "s7") == [
        ("children-act-2004", "section 11", ""), ("children-act-1989", "section 17", ""),
        ("children-act-1989", "section 47", ""), ("education-act-2002", "section 175", "")]
    assert [case.setting for case in unseen_cases(TABLE)] == ["the dentist", "the school office"]
    assert guidance(TABLE, catalog) == {"keeping-children-safe-in-education", "working-together-to-safeguard-children"}


# ---------------------------------------------------------------------------------------------
# A Scottish briefing with footnotes at each page's foot


BRIEFING = "scotland-footnoted-briefing-print.pdf"


def test_the_briefings_notes_lend_their_law_to_the_marked_passages(catalog: Catalog) -> None:
    """The marks, set small and raised, read as superscripts; each note is a line of its own."""
    assert unseen_cited(BRIEFING, catalog, "2") == [
        ("childrens-hearings-scotland-act-2011", "section 60", ""),
        ("children-scotland-act-1995", None, ""),
        ("children-and-young-people-scotland-act-2014", "section 96", "")]  # notes 1-3 sit at the foot of its page
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(BRIEFING, catalog, "4")


def test_the_briefings_convention_is_the_uncrc_its_incorporation_act_names(catalog: Catalog) -> None:
    """Note 5, "Article 16 of the Convention", follows the UNCRC (Incorporation) (Scotland) Act:
    the child's privacy under the UNCRC, not the ECHR's Article 16; and the Act is one instrument."""
    uncrc_act = "uncatalogued-united-nations-convention-on-the-rights-of-the-child-incorporation-scotland-act-2024"
    assert unseen_cited(BRIEFING, catalog, "3")[-2:] == [("human-rights-act-1998", None, ""), (uncrc_act, None, "")]
    assert ("uncatalogued-united-nations-convention-on-the-rights-of-the-child", "article 16", "") in unseen_cited(
        BRIEFING, catalog, "4")
    assert "Eastshire Child Protection Committee · Information sharing briefing" not in {
        p.text for p in unseen(BRIEFING).passages}  # the running header, last in the text layer


def test_the_briefings_case_and_guidance(catalog: Catalog) -> None:
    [case] = unseen_cases(BRIEFING)
    assert (case.section, case.setting) == ("5", "")  # "5. Case example" under the title: no setting named
    assert case.scenario.startswith("Case example: A nursery worker notices")
    # its note "Scottish Government (2022) Getting it right for every child: policy statement" is GIRFEC's
    assert guidance(BRIEFING, catalog) == {"girfec", "national-guidance-child-protection-scotland"}


# ---------------------------------------------------------------------------------------------
# A Welsh flowchart of boxes and arrows


FLOWCHART = "wales-referral-flowchart-print.pdf"


def test_the_flowcharts_arrows_head_nothing_and_its_boxes_keep_their_order() -> None:
    assert section_titles(FLOWCHART) == ["Reporting a child at risk: a flowchart for health staff",
                                         "Sharing information when you report", "Who to contact"]
    assert passages(FLOWCHART, "s1")[2:6] == [
        "Is the child in immediate danger?", "Yes",
        "Call the police on 999, then tell your line manager and the safeguarding team.", "No"]


def test_the_flowcharts_law_and_guidance(catalog: Catalog) -> None:
    # "reasonable cause to suspect the child is at risk": in Wales, the test of the duty to report
    # (the Children Act 1989 s47's enquiry, in England), which the next box names
    assert unseen_cited(FLOWCHART, catalog, "s1") == [
        ("social-services-and-well-being-wales-act-2014", "section 130", "")] * 2
    assert unseen_cited(FLOWCHART, catalog, "s2") == [("data-protection-act-2018", None, ""), ("gdpr", "article 9", "")]
    assert guidance(FLOWCHART, catalog) == {"wales-safeguarding-procedures", "waspi"}


# ---------------------------------------------------------------------------------------------
# A council web page printed with the browser's own stamps


PAGE = "council-webpage-browser-print.pdf"


def test_the_printed_pages_banner_breadcrumbs_contents_and_stamps_are_gone() -> None:
    assert section_titles(PAGE) == [
        "Sharing information about a child", "Who this page is for", "What the law allows",
        "Questions we are often asked", "Do I need the parents' permission to share?",
        "Can I share information if I am only a volunteer?", "Making a referral"]
    text = " ".join(p.text for p in unseen(PAGE).passages)
    assert "cookies" not in text and "Home >" not in text and "file://" not in text


def test_the_printed_pages_table_questions_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited(PAGE, catalog, "s3") == [
        ("children-act-1989", None, ""), ("children-act-1989", "section 47", ""), ("children-act-2004", None, ""),
        ("children-act-2004", "section 11", ""), ("data-protection-act-2018", None, "")]
    assert {s: m.verdict for s, m in unseen_myths_in(PAGE).items()} == {
        "Do I need the parents' permission to share?": "no", "Can I share information if I am only a volunteer?": "yes"}
    assert guidance(PAGE, catalog) == {"keeping-children-safe-in-education", "working-together-to-safeguard-children"}
