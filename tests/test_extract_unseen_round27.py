"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 27),
PDF and Word documents as partnerships publish them, each read first as a careful reader would.

* `harrowden-lcspr-child-m-review-print.pdf`: a local child safeguarding practice review's report
  as Chromium prints it: a cover page (the partnership, the title "Local Child Safeguarding
  Practice Review: Child M" set at 26pt over two lines, the reviewer, "Published February 2025")
  with no running lines; from page 2 a running header in the top margin (the review's title on the
  left, the partnership on the right) and "Page 2 of 4" in the bottom margin; a "Glossary" of
  acronyms as a two-column table ("Term | Meaning", "DSL | Designated safeguarding lead", ...);
  headings "1. Introduction" to "5. Recommendations" over paragraphs numbered 1.1 to 5.2, each
  number hanging in the margin; two bold subheads under "3. Findings" ("Finding 1: ...", "Finding
  2: ..."); footnote marks set small and raised after a sentence's full stop ("2023.²") and the
  notes at each page's foot under a short rule. Paragraph 2.2 runs over the break from page 2 to
  page 3 mid-sentence ("... and the hospital" / "did not share its attendances ..."), with the
  page's notes, the running header and the page number between its halves: a careful reader reads
  it as one paragraph. Sections: the title, the glossary, the numbered headings and paragraphs,
  the findings. Law: Children Act 2004 s16F, Children Act 1989 s47, DPA 2018 Schedule 1 para 18,
  UK GDPR Articles 6(1)(e) and 9. Guidance: Working Together 2023, the 2024 advice. No myths (the
  mistaken belief in 3.1 is the review's finding, not a myth set out and answered) and no case
  example (the whole report is one child's review). Furniture: the running header, the page
  numbers.
* `elmstead-scp-myth-buster-long-table-print.pdf`: a partnership's myth buster printed by
  Chromium: a title, two lead paragraphs, then a "Myth | Fact" table running over two pages, its
  header row repeated by the browser at the top of page 2; two rows spanning both columns group
  the myths ("Consent and confidentiality", "Sharing with other agencies"); seven myths in bold in
  the left cells, each fact one to three paragraphs; the third fact breaks over the page, its last
  line ("to protect the child.") printed on page 2 under the repeated header row; a footer in the
  bottom margin (the partnership and the guide's name, "Page 1 of 2"); "Where to get advice"
  under the table. Sections: the title, the table under its header row (set large and bold, as a
  heading is: "Myth / Fact") and "Where to get advice". Myths: seven, all false, each
  answered by its whole fact (the third's ends "... do not let the wait delay action to protect
  the child."); neither group row nor the repeated header is a myth. Law: UK GDPR Articles 6(1)(e)
  and 9, DPA 2018 Schedule 1 para 18, the common law duty of confidence, Crime and Disorder Act 1998
  s115, Children Act 1989 s47, Children Act 2004 s11. Guidance: Working Together 2023, the 2024
  advice, the Caldicott Principles. Furniture: the footer, the repeated header row.
* `pendleford-scp-seven-minute-briefing-table-word.docx` (written by `docx-sources/make_round27.py`):
  a "7 minute briefing" laid out in Word as a grid of boxes: the title (Title style) over a
  borderless two-column table of eight cells, the first only the partnership's logo (a picture),
  the other seven each opened by a "Heading 2" paragraph numbered by hand ("1. Background" ...
  "7. Questions for your team") over paragraphs and bullets of its own: the table is the page's
  layout, and a careful reader reads each box as a section, its paragraphs as paragraphs, left box
  before right, row by row. Sections: the title, "Background", "Why it matters", "The law",
  "Myths", "Case example: Noah, aged 4", "What good practice looks like", "Questions for your
  team". Law: Children Act 2004 s11, Children Act 1989 s47, UK GDPR Articles 6(1)(e) and 9, DPA
  2018 Schedule 1 para 18. Guidance: Working Together 2023, the 2024 advice. Myths: two, bold
  "Myth:" over "Fact:", false. Case: Noah, with "What we learned:". Furniture: the header and
  footer; no row of boxes joined by " | ".
* `brookvale-primary-model-policy-hidden-text-word.docx` (written by `docx-sources/make_round27.py`):
  a school's policy on its local authority's model: a title of two lines split by a line break
  ("Brookvale Primary School" / "Child Protection: Information Sharing Policy"); the authority's
  notes to schools left in as hidden text (Font > Hidden, `w:vanish`): a whole paragraph naming
  the Crime and Disorder Act 1998, a bracketed prompt after the DSL's name ("[insert the name of
  your DSL]") and a sentence after a paragraph naming the Education (Pupil Information)
  Regulations 2005; headings "Purpose" to "Recording" numbered 1 to 5 by the heading style's
  numbering; non-breaking hyphens ("multi-agency", "Multi-Agency Safeguarding Hub", "well-being")
  and an optional hyphen ("safe-guarding", shown only at a line's end); two myths, each one
  paragraph with "Myth: ..." and "Fact: ..." on lines of their own split by a line break; a running
  header and a "Page X of Y" footer. Sections: the title, 1 "Purpose", 2 "The law", 3 "Working
  together", 4 "Myths", 5 "Recording". Law: Education Act 2002 s175, Children Act 2004 s11,
  Children Act 1989 s47, UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18; not the
  hidden notes' Crime and Disorder Act 1998 or the 2005 Regulations. Guidance: Keeping Children
  Safe in Education 2024, Working Together 2023. Myths: two, false, each answered by its "Fact:"
  line. Furniture: the hidden text, the header and footer.

Gaps closed in this round (general rules): in a PDF, notes at a page's foot (set smaller than its
text, each opening with its number) under a sentence the page break cuts are read after the
sentence's end on the next page, not between its halves; a table's header row repeated at the top
of a page the table runs onto (a line of cells standing, cells and places alike, on an earlier page)
is dropped; a row cut by the page break runs its last cell on into the next page's first line when
that line goes on in lower case; and a provision's number broken at a line's end between its
brackets ("6(1)" over "(e)") is one word. In a Word file: a table with a heading in a cell lays out
the page (a briefing's boxes), its cells read as the body is, one after another; text formatted as
hidden (`w:vanish`) is not read; a non-breaking hyphen (`w:noBreakHyphen`) is a hyphen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    COMMON_GUIDANCE,
    COMMON_LAW,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.read.docx import parse_docx
from guidegraph.read.hyphens import provision_broken

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
LAW, GUIDANCE = COMMON_LAW, COMMON_GUIDANCE


# ---------------------------------------------------------------------------------------------
# A local child safeguarding practice review's report


REVIEW = "harrowden-lcspr-child-m-review-print.pdf"


def test_the_reviews_glossary_and_numbered_paragraphs() -> None:
    found = sections(REVIEW)
    assert found[:2] == [("s1", "Local Child Safeguarding Practice Review: Child M"), ("s2", "Glossary")]
    assert [key for key, _ in found if key[0].isdigit()] == [
        "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "4", "4.1", "4.2", "5", "5.1", "5.2"]
    assert passages(REVIEW, "s2") == ["Term | Meaning", "DSL | Designated safeguarding lead",
                                      "ED | Emergency department", "GP | General practitioner",
                                      "MASH | Multi-Agency Safeguarding Hub",
                                      "LCSPR | Local child safeguarding practice review"]
    assert passages(REVIEW, "1.2")[0].startswith(
        "The review followed the national guidance in Working Together to Safeguard Children 2023.² It looked")


def test_the_reviews_paragraph_over_the_page_break_is_one_before_its_pages_notes() -> None:
    assert passages(REVIEW, "2.2") == [
        "In the autumn term his class teacher noticed bruises on his arms on three occasions and recorded each of "
        "them on the school's safeguarding system. The DSL spoke to his mother, who said that he had fallen while "
        "playing, and the school decided that no referral was needed. The school did not know that in the same "
        "weeks Child M had been taken to the ED twice with injuries that were explained as accidents, and the "
        "hospital did not share its attendances with the school or the GP. Each agency held one part of the "
        "picture, and no agency saw the whole.",
        "1 Children Act 2004, section 16F, inserted by the Children and Social Work Act 2017.",
        "2 HM Government (2023) Working Together to Safeguard Children, chapter 5."]


def test_the_reviews_running_lines_are_dropped() -> None:
    texts = passages(REVIEW) + [title for _, title in sections(REVIEW)]
    for furniture in ("Page 2 of 4", "of 4", "Child M Harrowden", "Published February"):
        assert not [t for t in texts if furniture in t], furniture


@pytest.mark.xfail(strict=True, reason="a bold subhead set barely larger than the text (12pt over 11pt) between "
                   "numbered paragraphs is read as a paragraph, the last of the paragraph before it")
def test_the_reviews_findings_head_their_paragraphs() -> None:
    titles = [title for _, title in sections(REVIEW)]
    assert "Finding 2: Checks made by the MASH were too narrow" in titles


def test_the_reviews_law_and_guidance_no_myths_or_cases(catalog: Catalog) -> None:
    law = (LAW - {("children-act-2004", "section 11")}) | {("children-act-2004", "section 16F")}
    assert law <= cited(REVIEW, catalog)
    assert guidance(REVIEW, catalog) == GUIDANCE
    assert unseen_myths_in(REVIEW) == {}
    assert unseen_cases(REVIEW) == []


# ---------------------------------------------------------------------------------------------
# A myth buster whose table runs over a page


BUSTER = "elmstead-scp-myth-buster-long-table-print.pdf"


def test_the_myth_busters_row_over_the_page_break_is_whole() -> None:
    found = sections(BUSTER)
    assert [title for _, title in found] == ["Information Sharing Myth Buster", "Myth / Fact", "Where to get advice"]
    rows = passages(BUSTER, found[1][0])
    assert rows[0] == "Consent and confidentiality" and rows[4] == "Sharing with other agencies"
    assert rows[3].endswith("your safeguarding lead, but do not let the wait delay action to protect the child.")
    assert rows[1].endswith("For most public bodies that basis is the public task, UK GDPR Article 6(1)(e). Where "
                            "seeking consent would put a child at risk of significant harm, or would prejudice the "
                            "prevention or detection of a crime, you should not seek it. Record your decision and "
                            "the reasons for it.")
    assert len(rows) == 9


def test_the_myth_busters_repeated_header_and_footer_are_dropped() -> None:
    texts = passages(BUSTER)
    for furniture in ("Myth | Fact", "Page 1 of 2", "of 2", "Partnership – Information Sharing Myth Buster"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_myth_busters_myths_law_and_guidance(catalog: Catalog) -> None:
    myths = unseen_myths_in(BUSTER)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I always need a parent's consent to share information about their child": "no",
        "If a young person tells me something in confidence, I can never pass it on": "no",
        "Health information is too sensitive to share with other agencies": "no",
        "I can only share information with the police if they have a court order": "no",
        "Children's social care will not tell me what happened after my referral, so there is no point in "
        "sharing": "no",
        "Sharing information is the job of the safeguarding lead, not mine": "no",
        "Data protection law is a barrier to sharing information": "no"}
    assert myths["Health information is too sensitive to share with other agencies"].answer.endswith(
        "do not let the wait delay action to protect the child.")
    assert LAW | {("common-law-duty-of-confidence", None), ("crime-and-disorder-act-1998", "section 115")} <= cited(
        BUSTER, catalog)
    assert guidance(BUSTER, catalog) == GUIDANCE | {"caldicott-principles"}
    assert unseen_cases(BUSTER) == []


# ---------------------------------------------------------------------------------------------
# A 7 minute briefing laid out in a Word table


BRIEFING = "pendleford-scp-seven-minute-briefing-table-word.docx"


def test_the_briefings_boxes_are_its_sections() -> None:
    assert sections(BRIEFING) == [("s1", "7 Minute Briefing: Information Sharing"), ("1", "Background"),
                                  ("2", "Why it matters"), ("3", "The law"), ("4", "Myths"),
                                  ("5", "Case example: Noah, aged 4"), ("6", "What good practice looks like"),
                                  ("7", "Questions for your team")]
    assert passages(BRIEFING, "2") == [
        "No single agency holds the whole picture of a child's life. Small pieces of information, shared early, can "
        "show a pattern that no one agency could see on its own.",
        "Delays in sharing have left children at risk of significant harm for longer than they needed to be."]
    assert passages(BRIEFING, "7") == ["Do all staff know how to contact the MASH?\nWhen did your team last discuss "
                                       "a decision not to share?\nHow do you record the reasons for sharing without "
                                       "consent?"]


def test_the_briefings_boxes_are_not_joined_as_rows() -> None:
    texts = passages(BRIEFING)
    for furniture in (" | ", "logo", "Page", "March 2025", "pendlefordscp"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_briefings_law_myths_case_and_guidance(catalog: Catalog) -> None:
    # "local child safeguarding practice reviews" are the Children and Social Work Act 2017's
    assert cited(BRIEFING, catalog) == LAW | {("data-protection-act-2018", None),
                                              ("children-and-social-work-act-2017", None)}
    assert guidance(BRIEFING, catalog) == GUIDANCE
    myths = unseen_myths_in(BRIEFING)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I need the parents' consent before I can share a concern": "no",
        "Data protection law stops me sharing information with the police": "no"}
    [case] = unseen_cases(BRIEFING)
    assert case.section == "5" and case.setting == "Noah, aged 4"
    assert case.scenario.startswith("Noah's nursery noticed") and case.advice.startswith("each concern alone")


# ---------------------------------------------------------------------------------------------
# A school's policy on a model with hidden notes


MODEL = "brookvale-primary-model-policy-hidden-text-word.docx"


def test_the_model_policys_sections() -> None:
    assert sections(MODEL) == [("s1", "Brookvale Primary School Child Protection: Information Sharing Policy"),
                               ("1", "Purpose"), ("2", "The law"), ("3", "Working together"), ("4", "Myths"),
                               ("5", "Recording")]
    assert passages(MODEL, "s1") == []


def test_the_model_policys_hidden_notes_are_not_read() -> None:
    assert passages(MODEL, "1")[1] == ("Our designated safeguarding lead is Mrs Ruth Okonjo. Staff should speak to "
                                       "her, or to a deputy, about any concern.")
    texts = passages(MODEL)
    for furniture in ("Guidance for schools", "insert", "[", "Crime and Disorder", "federation", "Regulations",
                      "Page", "Brookvale Primary School –"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_model_policys_non_breaking_hyphens_are_hyphens() -> None:
    assert passages(MODEL, "3") == [
        "We follow Keeping Children Safe in Education 2024 and Working Together to Safeguard Children 2023. We work "
        "with the local multi-agency safeguarding arrangements, and we share information with the Multi-Agency "
        "Safeguarding Hub when a child's well-being is at risk.",
        "All staff complete safeguarding training every year, and the designated safeguarding lead every two years."]


def test_the_model_policys_law_myths_and_guidance(catalog: Catalog) -> None:
    found = cited(MODEL, catalog)
    assert LAW | {("education-act-2002", "section 175")} <= found
    assert not [basis for basis, _ in found if basis.startswith(("crime-and-disorder", "uncatalogued"))]
    assert guidance(MODEL, catalog) == {"keeping-children-safe-in-education", "working-together-to-safeguard-children"}
    myths = unseen_myths_in(MODEL)
    assert {s: (m.verdict, m.answer[:20]) for s, m in myths.items()} == {
        "I must tell the parents before I share a concern with children's social care": ("no",
                                                                                            "You do not need to t"),
        "Information a child tells me in confidence can never be shared": ("no", "You must never promi")}
    assert unseen_cases(MODEL) == []


# ---------------------------------------------------------------------------------------------
# The general rules, line by line


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>'
          "</w:styles>")


def _word(body: str) -> list[tuple[str, int, str]]:
    from test_read_docx import docx

    blocks, _ = parse_docx(Path("t.docx"), docx(body=body, styles=STYLES))
    return [(b.kind, b.level, b.text) for b in blocks]


def _p(*runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _r(text: str, hidden: bool = False) -> str:
    return f'<w:r>{"<w:rPr><w:vanish/></w:rPr>" if hidden else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _table(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in row) + "</w:tr>" for row in rows) + (
        "</w:tbl>")


@pytest.mark.parametrize(("body", "read"), [
    (_p(_r("Our DSL is Ms Lee"), _r(" [insert name]", hidden=True), _r(".")), [("paragraph", 0, "Our DSL is Ms Lee.")]),
    (_p(_r("Delete this note.", hidden=True)) + _p(_r("Share early.")), [("paragraph", 0, "Share early.")]),
    (_p('<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Shown.</w:t></w:r>'), [("paragraph", 0, "Shown.")]),
    (_p('<w:r><w:t>multi</w:t><w:noBreakHyphen/><w:t>agency</w:t><w:t xml:space="preserve"> and </w:t>'
        "<w:t>safe</w:t><w:softHyphen/><w:t>guarding</w:t></w:r>"),
     [("paragraph", 0, "multi-agency and safeguarding")]),
])
def test_hidden_text_and_word_hyphens(body: str, read: list[tuple[str, int, str]]) -> None:
    assert _word(body) == read


def test_a_table_of_headed_boxes_lays_out_the_page() -> None:
    boxes = _table([_p(_r("1. Background"), style="H2") + _p(_r("Reviews found gaps.")) + _p(_r("So we wrote this.")),
                    _p(_r("2. The law"), style="H2") + _p(_r("Section 47 applies."))])
    assert _word(boxes) == [("heading", 2, "Background"), ("paragraph", 0, "Reviews found gaps."),
                            ("paragraph", 0, "So we wrote this."), ("heading", 2, "The law"),
                            ("paragraph", 0, "Section 47 applies.")]
    data = _table([_p(_r("Myth")), _p(_r("Fact"))], [_p(_r("I need consent.")), _p(_r("Not always.")) + _p(_r("Ask."))])
    assert [text for _, _, text in _word(data)] == ["Myth | Fact", "I need consent. | Not always. Ask."]


@pytest.mark.parametrize(("before", "after", "broken"), [
    ("UK GDPR Article 6(1)", "(e), the public task", True),
    ("section 11(2)", "(a) says", True),
    ("the public task (Article 6)", "applies", False),
    ("see note (1)", "Children Act", False),
])
def test_a_provision_broken_between_brackets(before: str, after: str, broken: bool) -> None:
    assert provision_broken(before, after) == broken


def test_a_tables_header_row_repeated_on_the_next_page_goes() -> None:
    from guidegraph.read.pdf import _Line
    from guidegraph.read.pdf_furniture import without_repeated_heads

    def cells(*texts: str, y: float) -> _Line:
        return _Line(" ".join(texts), y, 11.0, x=50.0, fragments=[(50.0 + 200 * i, t) for i, t in enumerate(texts)])

    first = [_Line("Myth buster", 700.0, 20.0, x=50.0), cells("Myth", "Fact", y=650.0),
             cells("I need consent.", "No.", y=620.0)]
    second = [cells("Myth", "Fact", y=780.0), _Line("to protect the child.", 760.0, 11.0, x=250.0)]
    assert [[line.text for line in page] for page in without_repeated_heads([first, second])] == [
        ["Myth buster", "Myth Fact", "I need consent. No."], ["to protect the child."]]


@pytest.mark.parametrize(("texts", "start"), [
    ([("the hospital", 11.0), ("1 Children Act 2004, section 16F.", 8.0), ("2 HM Government (2023).", 8.0)], 1),
    ([("the hospital", 11.0), ("Version 2 | March 2025", 8.0)], 2),  # small, but no note: the page has none
    ([("the hospital", 11.0)], 1),
])
def test_the_notes_at_a_pages_foot(texts: list[tuple[str, float]], start: int) -> None:
    from guidegraph.read.pdf import _Line
    from guidegraph.read.pdf_furniture import foot_notes_start

    assert foot_notes_start([_Line(text, 700.0 - 20 * i, size) for i, (text, size) in enumerate(texts)], 11.0) == start
