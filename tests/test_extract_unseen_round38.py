"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 38),
PDFs as partnerships print them, each read first as a careful reader would.

* `fenwick-vale-multi-agency-isp-protocol-word-print.pdf`: a multi-agency information sharing
  protocol as Word exports it to PDF (Chromium prints it from `pdf-sources/`, each page a box of
  fixed height so that its notes stand at its foot). A cover page: three partners' logos (pictures
  whose names are only their alternative text, which the text layer does not hold), the title
  "Multi-Agency Information Sharing Protocol" at 28pt over a subtitle at 14pt ("Sharing information
  to safeguard children and young people in Fenwick Vale"), then the particulars "Version 3.1",
  "Date: 14 April 2025" and the partnership's name; the protective marking "OFFICIAL" at the top
  right and the bottom left of every page, the cover too (a government security classification,
  Word's header and footer); from page 2 a running header naming the protocol and a "Page N of 7"
  footer. Page 2 is the document control: a table of the document's properties (a row a property,
  "Document title", "Owner", "Author", "Approved by", "Review date"), then "Version history" over a
  table "Version | Date | Author | Summary of changes" whose second row's cells wrap onto a second
  line ("January" / "2024", "Information Governance Leads" / "Group"). Page 3 is the contents,
  each entry typed with a dotted leader to its page number, the second level indented. Then the
  protocol: headings numbered "1 Introduction" and "1.1 Purpose", the number hanging in the margin,
  over paragraphs numbered "1.1.1" (hanging too); justified text, some words hyphenated at a line's
  end by the printer ("safe-" / "guarding", "arrange-" / "ments": Chromium writes the soft hyphen
  it breaks at as a hyphen "‐" set apart from the word); footnote marks raised after a comma or a
  full stop ("in the area.¹"), the notes at the page's foot under a short rule, each citing the law
  the paragraph rests on ("Children Act 2004, section 10.", "UK GDPR, Article 6(1)(c)."); "4
  Signatories" over a sentence and a table "Agency | Signed on behalf of the agency by | Date"; and
  "Appendix A: Glossary", a table "Term | Meaning". A careful reader takes the title as the
  document's and the subtitle as the title's text; passes over the marking, the running lines, the
  cover's particulars, the document control (the properties, the version history and their
  titles) and the contents; reads each numbered paragraph whole under its number, the hyphenated
  words whole ("safeguarding", "arrangements", but "co-operate" as written), and the notes after
  the page's last paragraph (as round 27 read them). Sections: the title, 1, 1.1, 1.1.1, 1.1.2,
  1.2, 1.2.1, 2, 2.1, 2.1.1, 2.1.2, 2.2, 2.2.1 to 2.2.4, 3, 3.1, 3.1.1, 3.1.2, 3.2, 3.2.1, 4 and
  the appendix. Law: Children Act 2004 s10 and s11, Crime and Disorder Act 1998 s115, UK GDPR
  Articles 6(1)(c), 6(1)(e), 9(2)(b), 9(2)(g) and 9(2)(h) (and Articles 6 and 9, and the UK GDPR
  whole, in the glossary), DPA 2018 Part 3, Schedule 8 and Schedule 1 para 18. Guidance: Working
  Together 2023, the 2024 advice. No myths and no case. Furniture: the marking, the running header,
  the page numbers, the cover's particulars, the document control, the contents. Nation: England.
* `harbury-scp-seven-minute-briefing-grid-print.pdf`: a partnership's one-page "7 Minute Briefing"
  printed from a CSS grid: a purple banner with the title (22pt, over two lines) on the left and
  the partnership's name on the right (9pt, over four lines); then seven boxes in three columns,
  each headed by a white-on-purple bar holding its number in a yellow disc ("1 Background", "2 Why
  it matters", "3 The law"; "4 Myth and fact", "5 Case example: Leo, aged 9 months", "6 What good
  practice looks like"; "7 Questions for your team" across the page), the boxes of a row side by
  side, so that reading each line of the page from left to right would braid three boxes' sentences
  together; box 6 a list of three points (the bullets drawn, not written); under the grid a small
  footer line over a rule (the partnership, "7 Minute Briefing No. 12", "June 2025"). A careful
  reader reads the boxes one by one, left to right and row by row, each a section keyed by its
  number, its sentences whole; the partnership's name beside the title as the banner's byline, not
  text; and the footer line as the page's furniture. Sections: the title and the seven boxes. Law:
  Children Act 2004 s11, Children Act 1989 s47, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018
  Schedule 1 para 18. Guidance: Working Together 2023, the 2024 advice. Myth: one, bold "Myth:"
  over "Fact:", false. Case: Leo, aged 9 months, the lesson after "What we learned:". Furniture:
  the byline, the footer line. Nation: England.
* `tollbridge-cspr-child-r-learning-briefing-sidebar-print.pdf`: a learning briefing from a child
  safeguarding practice review, two pages: a header (a letter-spaced capital kicker "LEARNING
  BRIEFING", the title "Child Safeguarding Practice Review: Child R" at 22pt, "Published May
  2025") over a grid of a main column (two thirds: "About this review", "What happened", "What the
  review found", each a 13pt heading over paragraphs) beside a shaded sidebar ("Key learning" over
  three callouts, each a bold 10pt title over a 9pt sentence or two); in "What happened" a pull
  quote from the child's mother between rules (14pt italic, "“Everyone knew a little bit about
  what was happening to my daughter. ...”", attributed "Child R’s mother" on a line of its own at
  the right); "13-year-old" broken after its first hyphen at a line's end; then "Recommendations"
  across the page, a table "No. | Agency | Action" of six numbered rows whose cells wrap
  ("Tollbridge Council" / "children’s services"), running over the page break, Chromium repeating
  its header row at the top of page 2; a closing sentence; a footer in the page's bottom margin
  (the partnership and the briefing's name, "Page N of 2"). A careful reader reads the main column
  before the sidebar, the quotation whole and in its place, the sidebar as "Key learning" with its
  callouts, and each recommendation as one row of three cells, "2" a row's number, not a heading;
  the kicker is the briefing's kind, not text. Sections: the title, the three headings of the main
  column, "Key learning", "Recommendations". Law: Children Act 1989 s47 (and the review itself is the
  Children and Social Work Act 2017's). Guidance: Working Together 2023, the 2024 advice. No myths
  (the mistaken belief is the review's finding). Case: as the project reads a practice review's
  "What happened" (`test_extract_gaps`), the review's story is its case: set by whom the review is
  about ("Child R", the part of the title that names no kind of document), all of its paragraphs
  the story (the mother's words among them), no lesson marked. Furniture: the kicker, the footer,
  the repeated header row. Nation: England.

Gaps closed in this round (general rules). In a PDF: a hyphen set apart at a line's end after a word
(Chromium's soft hyphen, "safe ‐") is the word's, so the word is rejoined; a line ending in a number
and a hyphen ("13-") runs on into a small letter ("year-old") with the hyphen kept; a note's mark is
glued to the word before it, however far a justified line stretched the gap before it (it starts no
table cell); a number set apart from its text starts a cell of its own when its text starts where a
table's column does (after a cell of words, as "Agency" after "No.", also in a header row repeated
from the page before and dropped), else it stays a paragraph's hanging number. In any document: a
short kicker naming the document's kind before the title ("LEARNING BRIEFING") and the lines right
under the title that together name the publisher (a banner's byline over four lines, a cover's
name) are the masthead's; on such a cover, a smaller heading right under the title over no text of
its own is the title's text; a cover's "Date: 14 April 2025" and a briefing's issue line
("... · 7 Minute Briefing No. 12 | June 2025") are furniture. A practice review's "What happened"
with no lesson marked is all story, and the review's subject is the part of its title that names
no kind of document.
"""

from __future__ import annotations

import pytest
from helpers import (
    COMMON_GUIDANCE,
    unseen,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
    unseen_texts,
    unseen_under,
)

from guidegraph.catalog import Catalog
from guidegraph.model import Block

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
_texts, under = unseen_texts, unseen_under


# ---------------------------------------------------------------------------------------------
# A multi-agency protocol exported from Word


PROTOCOL = "fenwick-vale-multi-agency-isp-protocol-word-print.pdf"
PROTOCOL_KEYS = ["s1", "1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "2.2.1",
                 "2.2.2", "2.2.3", "2.2.4", "3", "3.1", "3.1.1", "3.1.2", "3.2", "3.2.1", "4", "appendix-a"]


def test_the_protocols_numbered_headings_and_paragraphs() -> None:
    found = sections(PROTOCOL)
    assert [key for key, _ in found] == PROTOCOL_KEYS
    titles = dict(found)
    assert titles["s1"] == "Multi-Agency Information Sharing Protocol"
    assert [titles[key] for key in ("1", "1.1", "1.2", "2", "2.1", "2.2", "3", "3.1", "3.2", "4", "appendix-a")] == [
        "Introduction", "Purpose", "Scope", "The legal framework", "Statutory duties", "Data protection",
        "Sharing information", "When to share", "Recording decisions", "Signatories", "Appendix A: Glossary"]


def test_the_protocols_cover_subtitle_is_the_titles_text() -> None:
    assert passages(PROTOCOL, "front") == []
    assert passages(PROTOCOL, "s1") == ["Sharing information to safeguard children and young people in Fenwick Vale"]


def test_the_protocols_hyphenated_paragraphs_are_whole() -> None:
    assert passages(PROTOCOL, "1.1.1") == [
        "This protocol sets out how the agencies that sign it will share information with one another to safeguard "
        "and promote the welfare of children and young people in Fenwick Vale. It supports, and does not replace, the "
        "partnership’s published safeguarding procedures."]
    assert passages(PROTOCOL, "2.1.1") == [
        "The local authority, the police and the integrated care board must make arrangements to co-operate to "
        "improve the well-being of children in the area.¹ Each signatory must also make sure that its functions are "
        "discharged having regard to the need to safeguard and promote the welfare of children.²"]
    assert passages(PROTOCOL, "2.2.4")[0].startswith(
        "The national advice, Information sharing: advice for practitioners providing safeguarding services for "
        "children, young people, parents and carers (2024), and Working Together")
    for text in _texts(PROTOCOL):
        assert "‐" not in text, text


def test_the_protocols_notes_follow_their_pages_last_paragraph() -> None:
    assert passages(PROTOCOL, "2.1.2")[1:] == ["1 Children Act 2004, section 10.", "2 Children Act 2004, section 11.",
                                               "3 Crime and Disorder Act 1998, section 115."]
    assert passages(PROTOCOL, "3.1.1")[1:] == [
        "4 UK GDPR, Article 6(1)(e).", "5 UK GDPR, Article 6(1)(c).",
        "6 UK GDPR, Article 9(2)(g); Data Protection Act 2018, Schedule 1, paragraph 18.",
        "7 UK GDPR, Article 9(2)(h).", "8 UK GDPR, Article 9(2)(b)."]


def test_the_protocols_signatories_and_glossary_tables() -> None:
    assert passages(PROTOCOL, "4") == [
        "By signing this protocol each agency agrees to share information in line with it and to make sure that its "
        "staff know how to do so.",
        "Agency | Signed on behalf of the agency by | Date",
        "Fenwick Vale Council | Director of Children’s Services | 2 April 2025",
        "Fenwick Vale Police | Assistant Chief Constable | 3 April 2025",
        "NHS Fenwick Vale Integrated Care Board | Chief Nursing Officer | 7 April 2025"]
    assert passages(PROTOCOL, "appendix-a")[:2] == ["Term | Meaning", "ICB | Integrated care board"]
    assert len(passages(PROTOCOL, "appendix-a")) == 5


def test_the_protocols_marking_running_lines_cover_control_and_contents_are_dropped() -> None:
    for furniture in ("OFFICIAL", "Page 4 of 7", "of 7", "Fenwick Vale Multi-Agency Information Sharing Protocol",
                      "Version", "3.1 ", "14 April 2025", "Document control", "Document title", "Owner",
                      "Partnership Business Manager", "Approved by", "Review date", "April 2027", "January",
                      "Information Governance Leads", "Summary of changes", "Contents", ". . .", "logo"):
        assert not [t for t in _texts(PROTOCOL) if furniture in t], furniture
    assert "Fenwick Vale Safeguarding Children Partnership" not in passages(PROTOCOL)


def test_the_protocols_law_guidance_and_nation(catalog: Catalog) -> None:
    assert cited(PROTOCOL, catalog) == {
        ("children-act-2004", "section 10"), ("children-act-2004", "section 11"),
        ("crime-and-disorder-act-1998", "section 115"), ("gdpr", None), ("gdpr", "article 6"), ("gdpr", "article 9"),
        ("gdpr", "article 6(1)(c)"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(b)"),
        ("gdpr", "article 9(2)(g)"), ("gdpr", "article 9(2)(h)"), ("data-protection-act-2018", "part 3"),
        ("data-protection-act-2018", "schedule 8"), ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert guidance(PROTOCOL, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(PROTOCOL) == {}
    assert unseen_cases(PROTOCOL) == []
    assert unseen(PROTOCOL).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A one-page 7 minute briefing laid out as a grid of numbered boxes


BRIEFING = "harbury-scp-seven-minute-briefing-grid-print.pdf"


def test_the_briefings_boxes_are_read_one_by_one() -> None:
    assert sections(BRIEFING) == [("s1", "7 Minute Briefing: Sharing Information Early"), ("1", "Background"),
                                  ("2", "Why it matters"), ("3", "The law"), ("4", "Myth and fact"),
                                  ("5", "Case example: Leo, aged 9 months"), ("6", "What good practice looks like"),
                                  ("7", "Questions for your team")]
    assert passages(BRIEFING, "1") == [
        "Reviews of serious incidents in Harbury keep finding the same thing: practitioners each held a small piece of "
        "information, and nobody put the pieces together until a child had been hurt.",
        "This briefing is for every practitioner and manager who works with children or their parents."]
    assert passages(BRIEFING, "3")[0] == (
        "Section 11 of the Children Act 2004 places a duty on agencies to safeguard and promote the welfare of "
        "children. Under section 47 of the Children Act 1989 other agencies must help the local authority with its "
        "enquiries.")
    assert len(passages(BRIEFING, "7")) == 1 and passages(BRIEFING, "7")[0].endswith("together as a team.")


@pytest.mark.xfail(strict=True, reason="list items drawn without their bullets, each of one or two lines, run "
                   "together when the one before ends its line short")
def test_the_briefings_points_are_three() -> None:
    assert [line for text in passages(BRIEFING, "6") for line in text.split("\n")] == [
        "Share early, with the people who need to know.", "Share only what is relevant, accurate and up to date.",
        "Record what you shared, with whom and why."]


def test_the_briefings_byline_and_footer_are_not_text() -> None:
    assert passages(BRIEFING, "front") == [] and passages(BRIEFING, "s1") == []
    for furniture in ("Harbury Safeguarding", "Partnership", "No. 12", "June 2025", "·"):
        assert not [t for t in _texts(BRIEFING) if furniture in t], furniture


def test_the_briefings_myth_case_law_and_guidance(catalog: Catalog) -> None:
    myths = unseen_myths_in(BRIEFING)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I need a parent’s consent before I can share a worry about their child": "no"}
    [case] = unseen_cases(BRIEFING)
    assert case.section == "5" and case.setting == "Leo, aged 9 months"
    assert case.scenario.startswith("Leo’s health visitor noticed") and case.scenario.endswith("too small to share.")
    assert case.advice == ("bruising in a baby who is not yet mobile must always be shared, and one agency’s small "
                           "worry may be the missing piece.")
    assert cited(BRIEFING, catalog) == {("children-act-2004", "section 11"), ("children-act-1989", "section 47"),
                                        ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
                                        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert guidance(BRIEFING, catalog) == COMMON_GUIDANCE
    assert unseen(BRIEFING).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A practice review's learning briefing with a sidebar and a table over the page


REVIEW = "tollbridge-cspr-child-r-learning-briefing-sidebar-print.pdf"
RECOMMENDATIONS = [
    "No. | Agency | Action",
    "1 | Safeguarding partnership | Publish a short guide for practitioners on sharing information about children "
    "at risk of exploitation, and promote it through every partner agency.",
    "2 | Tollbridge Council children’s services | Make sure that what a child says in a return home interview is "
    "shared with the school, the school nurse and the police within five working days.",
    "3 | Tollbridge Police | Refer every child reported missing three times in six months to children’s social care "
    "for a strategy discussion.",
    "4 | Schools and colleges | Tell children’s social care when a child’s attendance falls below 80 per cent and "
    "there are other concerns about them.",
    "5 | School nursing service | Train school nurses to recognise the signs of exploitation and to share their "
    "concerns without waiting for consent.",
    "6 | All agencies | Audit a sample of cases each year to check that information was shared when a child was at "
    "risk, and report the findings to the partnership.",
    "The partnership will report on progress against these recommendations in its annual report for 2025 to 2026."]


def test_the_reviews_main_column_before_its_sidebar() -> None:
    assert sections(REVIEW) == [("s1", "Child Safeguarding Practice Review: Child R"), ("s2", "About this review"),
                                ("s3", "What happened"), ("s4", "What the review found"), ("s5", "Key learning"),
                                ("s6", "Recommendations")]
    assert under(REVIEW, "Key learning") == [
        "Put the pieces together",
        "Missing episodes, falling attendance and an older boyfriend are each a warning sign. Together they are a "
        "pattern of exploitation.",
        "Consent is not a barrier",
        "You do not need a child’s or a parent’s consent to share a worry that a child is at risk of significant harm.",
        "Ask the child",
        "Children often want to be asked. Make time to talk to them on their own, and write down what they say in "
        "their own words."]


def test_the_reviews_pull_quote_stands_whole_in_its_place() -> None:
    happened = under(REVIEW, "What happened")
    assert happened[0].endswith("and no strategy discussion was held.")
    assert happened[1] == ("“Everyone knew a little bit about what was happening to my daughter. Nobody put it "
                           "together until it was too late.”")
    assert happened[-1] == ("When the police finally made a referral, children’s social care began enquiries under "
                            "section 47 of the Children Act 1989 the same day. Child R and her mother both told the "
                            "review that they wished someone had asked them sooner.")


def test_the_reviews_number_broken_at_its_hyphen_is_one_word() -> None:
    assert under(REVIEW, "What the review found")[0].startswith(
        "Practitioners believed that they could not share information about a 13-year-old without her agreement.")


def test_the_reviews_recommendations_are_rows_over_the_page() -> None:
    assert under(REVIEW, "Recommendations") == RECOMMENDATIONS


def test_the_reviews_kicker_and_footer_are_not_text() -> None:
    assert passages(REVIEW, "front") == []
    for furniture in ("LEARNING BRIEFING", "Page 1 of 2", "of 2", "CSPR Child R: learning briefing"):
        assert not [t for t in _texts(REVIEW) if furniture in t], furniture


def test_the_reviews_what_happened_is_its_case() -> None:
    # as a practice review's "What happened" is (`test_extract_gaps`): the child it is about, the story whole,
    # the mother's words in it, and no lesson marked
    [case] = unseen_cases(REVIEW)
    assert case.setting == "Child R"
    assert case.scenario.startswith("Over eight months Child R’s attendance at school fell")
    assert case.scenario.endswith("Child R and her mother both told the review that they wished someone had asked "
                                  "them sooner.")
    assert "“Everyone knew a little bit" in case.scenario and case.advice == ""


def test_the_reviews_law_guidance_no_myths(catalog: Catalog) -> None:
    assert cited(REVIEW, catalog) == {("children-act-1989", "section 47"), ("children-and-social-work-act-2017", None)}
    assert guidance(REVIEW, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(REVIEW) == {}
    assert unseen(REVIEW).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# The general rules, line by line


def test_a_hyphen_set_apart_at_a_lines_end_is_the_words() -> None:
    from guidegraph.read.pdf import _glued_hyphen, _Line

    line = _glued_hyphen(_Line("our published safe ‐", 700.0, 11.0, x=50.0,
                               fragments=[(50.0, "our published safe"), (300.0, "‐")]))
    assert (line.text, line.fragments) == ("our published safe-", [(50.0, "our published safe-")])
    dash = _Line("2023 –", 700.0, 11.0, x=50.0, fragments=[(50.0, "2023"), (300.0, "–")])
    assert _glued_hyphen(dash).text == "2023 –"  # a dash after a number is no broken word


@pytest.mark.parametrize(("line", "dropped"), [
    ("Date: 14 April 2025", True),
    ("Harbury Safeguarding Children Partnership · 7 Minute Briefing No. 12 | June 2025", True),
    ("Issue 4 · March 2025", True),
    ("Briefing No. 12 was published in June 2025 for all staff.", False),
    ("Section 11 | Children Act 2004", False),
    ("Date: the day the decision is taken", False),
])
def test_a_covers_date_and_a_briefings_issue_line_are_furniture(line: str, dropped: bool) -> None:
    from guidegraph.read.furniture import is_furniture

    assert is_furniture(line) == dropped


@pytest.mark.parametrize(("title", "subject"), [
    ("Child M: learning summary", "Child M"),
    ("Child Safeguarding Practice Review: Child R", "Child R"),
    ("Rapid review – Baby T", "Baby T"),
])
def test_whom_a_review_is_about(title: str, subject: str) -> None:
    from helpers import text_document

    from guidegraph.extract._flow import flow
    from guidegraph.extract.case_parts import review_subject
    from guidegraph.segment import segment

    assert review_subject(flow(segment(text_document(f"# {title}\n\nText.\n")))) == subject


LEAFLET = [("heading", 1, "Your Confidentiality"), ("heading", 2, "For young people"), ("heading", 2, "Who will know?")]
AGREED = "Anyshire Safeguarding Children Partnership agreed it."


def _blocks(*parts: tuple[str, int, str]) -> list[Block]:
    return [Block(kind, text, n, n, level) for n, (kind, level, text) in enumerate(parts, start=1)]  # type: ignore[arg-type]


@pytest.mark.parametrize(("blocks", "read"), [
    # a kicker naming the kind, the title, the publisher's name over four lines
    (_blocks(("paragraph", 0, "LEARNING BRIEFING"), ("heading", 1, "Child R"), ("item", 0, "Anyshire"),
             ("item", 0, "Safeguarding Children"), ("item", 0, "Partnership"), ("heading", 2, "Background")),
     [("heading", 1, "Child R"), ("heading", 2, "Background")]),
    # a cover: the subtitle over the publisher's name is the title's text
    (_blocks(("heading", 1, "Information Sharing Protocol"), ("heading", 2, "Sharing information in Anyshire"),
             ("paragraph", 0, "Anyshire Safeguarding Children Partnership"), ("heading", 2, "1 Introduction")),
     [("heading", 1, "Information Sharing Protocol"), ("paragraph", 0, "Sharing information in Anyshire"),
      ("heading", 2, "1 Introduction")]),
    # no byline: a heading with no text under the title stays a heading
    (_blocks(*LEAFLET), [(kind, level, text) for kind, level, text in LEAFLET]),
    # a sentence naming the publisher is text
    (_blocks(("heading", 1, "Information Sharing Policy"), ("paragraph", 0, AGREED)),
     [("heading", 1, "Information Sharing Policy"), ("paragraph", 0, AGREED)]),
])
def test_a_kicker_and_a_byline_are_the_mastheads(blocks: list[Block], read: list[tuple[str, int, str]]) -> None:
    from guidegraph.read.masthead import without_masthead

    found = without_masthead(blocks, "Anyshire Safeguarding Children Partnership")
    assert [(b.kind, b.level, b.text) for b in found] == read
