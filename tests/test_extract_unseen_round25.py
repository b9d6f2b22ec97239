"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 25),
each read first as a careful reader would.

* `wrenford-scp-sharepoint-modern-page.html`: a partnership's page on a SharePoint "modern"
  intranet, saved from the browser: div soup with no <p>, <h2> or <li> at all. The suite bar
  ("SharePoint", "Search this site", "Sign in") and the site's header and navigation ("Home",
  "Procedures", "Follow", "Share"), the page's command bar ("New", "Page details", "Analytics",
  "Published 14/01/2025"), the title as a `<div role="heading" aria-level="1">` with the author's
  byline under it ("Wrenford Safeguarding Children Partnership · Published 14 January 2025"); the
  text web part's blocks, each a `<div data-block-type=...>` of spans, headings as `<div
  role="heading" aria-level="2">`, the seven golden rules as `<div role="listitem">`s; beside it a
  "Quick links" web part of three links, then a "Was this page helpful?" box with Yes/No buttons,
  the page's comments ("Comments", "Add a comment", one reader's comment with Like and Reply) and
  the site footer. Sections: "The law that lets you share", "The seven golden rules", "Myths we
  still hear", "Case example: Ruby, aged 3". Law: Children Act 2004 s11, Children Act 1989 s47, UK
  GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18. Guidance: Working Together 2023, the
  2024 advice. Myths: two, each a bold "Myth: ..." over "Fact: ...", both false. Case: Ruby, with
  "What we learned:". Furniture: all but the text web part.
* `holmsdale-scp-policy-template-content-controls-word.docx` (written by
  `docx-sources/make_round25.py`): a partnership's policy on a template of Word content controls:
  a "Document information" control around five paragraphs (the policy owner and the approving body,
  each a bold label over a control inside its paragraph; the review date in a date picker; a
  document reference left as Word's prompt, "Click or tap here to enter text."; a check box control
  "☒ Equality impact assessment completed"); headings "1. Purpose" to "5. Case example"; the 2024
  advice's title as a simple hyperlink field (`w:fldSimple`) and the ICO's code as a complex one
  (`w:instrText` HYPERLINK); three footnotes citing the Acts; a Myth/Fact box in a text box saved
  by older Word (VML only), anchored in the middle of a paragraph; a reviewer's comment (asking
  whether to cite the Crime and Disorder Act 1998 s115) anchored to a sentence; a running header
  and a "Page X of Y" footer. Law: Children Act 2004 s11 and Children Act 1989 s47 (in the
  footnotes), UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18, the ICO's code; not
  the comment's Act. Guidance: Working Together 2023, the 2024 advice. Myths: two, false. Case:
  "Case example: Amir, aged 6", a bold line, with "What we learned:". Furniture: the document
  information, the prompt, the check box, the header and footer, the comment.
* `sallowfield-mash-wiki-setext-details.md`: a MASH practice page of a docs wiki: HTML comments
  (two at the top, one in the text, one over the footer), setext headings (the title underlined
  "===", its sections "---"), reference-style links ("[section 11 of the Children Act 2004][s11]")
  with their definitions at the foot (one with a title, one in angle brackets), a table whose rule
  carries alignment colons (":---", ":---:", "---:"), a paragraph whose lines wrap after a lead-in's
  colon ("The most important are these:" over "share early, ..."), two myths each the <summary> of
  a <details> block over its answer ("False.", "Not true."), a bold "Case example: Leo, aged 9"
  over the story and "**What we learned:**", and the wiki's footer under a rule ("Page owner: MASH
  practice leads · Last edited 4 March 2025 by a.kowalski · Edit this page"). Sections: the title,
  "The law", "Guidance we follow", "Myths", "Case example". Law: Children Act 2004 s11, Children
  Act 1989 s47, UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18. Guidance: Working
  Together 2023, the 2024 advice. Myths: two, false. Case: Leo. Furniture: the comments, the link
  definitions, the footer.
* `thistlebrook-scp-protocol-copied-from-pdf.txt`: a protocol's text copied out of a PDF viewer
  and saved as plain text: no blank lines at all, every line broken where the PDF broke it, words
  hyphenated at line ends ("safeguard-" / "ing", "with-" / "out", "discus-" / [page furniture] /
  "sion"), the running footer "Thistlebrook SCP Information Sharing Protocol v1.3", "Page 2 of 6"
  and the stamp "UNCONTROLLED WHEN PRINTED" between paragraphs (once inside a sentence broken over
  a page), numbered paragraphs 1.1 to 5.2 under numbered headings 1 to 5, a myth as "4.1 Myth:
  "..."" over "Fact: ...", and a case as "5.1 Case example: Ellie, aged 14. ..." with its lesson
  numbered on, "5.2 Learning: ...". Law: Children Act 2004 s11, Children Act 1989 s47, UK GDPR
  Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18, the common law duty of confidence.
  Guidance: Working Together 2023, the 2024 advice. Myth: one, false. Case: Ellie, with its
  learning. Furniture: the running footer, the page numbers, the stamps.

Gaps closed in this round (general rules): in a web page, a `<div role="heading" aria-level="N">`
is a heading of level N (2 when the page gives none) and a `<div role="listitem">` a list's item,
as a script-built page marks them for the browser; a page's command bar (`role="menubar"` or
`"toolbar"`), an author's byline under the title (class "...byline"), a readers' comments box
(class "CommentsWrapper") and a box titled "Quick links" are furniture, a box's title found also
where it is a `role="heading"` div. In markdown and text: HTML comments ("<!-- ... -->", on a line
or over several) are no text; a title underlined by "===" or "---" directly under it (a blank line
or the start above) is a setext heading; in markdown a paragraph's line ending in a lead-in's ":"
runs on into a lower-case line; a wiki's "Last edited <date> by <user>" stamp, with the page's
parts around it, is furniture. In a Word file: a content control showing Word's prompt ("Click or
tap here to enter text.") is no text; and in any text, a run of two or more lines of a document's
properties typed as labels ("Policy owner: ...", "Approved by: ...", "☒ Equality impact assessment
completed") is dropped as its properties table is. In cases: a paragraph numbered on in the case's
own list and opening with a lesson's label ("5.2 Learning: ...") is the case's advice, not the
case's end.
"""

from __future__ import annotations

import pytest
from helpers import (
    COMMON_GUIDANCE,
    COMMON_LAW,
    html_document,
    text_document,
    unseen,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.read.furniture import is_furniture
from guidegraph.read.markdown import setext_headings, without_html_comments
from guidegraph.read.text import parse_blocks

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
LAW, GUIDANCE = COMMON_LAW, COMMON_GUIDANCE


# ---------------------------------------------------------------------------------------------
# A SharePoint modern page


SHAREPOINT = "wrenford-scp-sharepoint-modern-page.html"


def test_the_sharepoint_pages_aria_headings_are_its_sections() -> None:
    assert sections(SHAREPOINT) == [("s1", "Sharing information to safeguard children"),
                                    ("s2", "The law that lets you share"), ("s3", "The seven golden rules"),
                                    ("s4", "Myths we still hear"), ("s5", "Case example: Ruby, aged 3")]
    assert passages(SHAREPOINT, "s1") == [
        "Practitioners in every agency in Wrenford hold information that can help keep a child safe. This page "
        "explains the law that lets you share it, the rules we expect you to follow and the myths that still stop "
        "people sharing. It applies to all staff and volunteers of the partner agencies."]


def test_the_sharepoint_pages_golden_rules_are_items() -> None:
    [rules] = passages(SHAREPOINT, "s3")
    lines = rules.split("\n")
    assert lines[0].endswith("set out seven golden rules. In short:")
    assert len(lines) == 8 and lines[-1] == "Remember that the data protection law is there to help you share."


def test_the_sharepoint_pages_chrome_web_parts_and_comments_are_dropped() -> None:
    texts = passages(SHAREPOINT)
    for furniture in ("SharePoint", "Search this site", "Sign in", "Home", "Follow", "Page details", "Analytics",
                      "Published", "Quick links", "Make a referral", "Book information sharing training",
                      "Was this page helpful", "Comments", "Add a comment", "Priya Shah", "Very helpful",
                      "Privacy", "© Wrenford"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_sharepoint_pages_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert LAW <= cited(SHAREPOINT, catalog)
    assert guidance(SHAREPOINT, catalog) == GUIDANCE
    myths = unseen_myths_in(SHAREPOINT)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I need the parents' consent before I can tell another agency anything": "no",
        "GDPR stops schools passing concerns to health visitors": "no"}
    [case] = unseen_cases(SHAREPOINT)
    assert case.setting == "Ruby, aged 3" and case.scenario.startswith("Ruby's nursery noticed")
    assert case.advice.startswith("do not wait until you are certain")


# ---------------------------------------------------------------------------------------------
# A Word policy on a template of content controls


WORD = "holmsdale-scp-policy-template-content-controls-word.docx"


def test_the_word_policys_sections_and_text() -> None:
    assert sections(WORD) == [("s1", "Information Sharing to Safeguard Children: Multi-Agency Policy"),
                              ("1", "Purpose"), ("2", "The law"), ("3", "Myths"), ("4", "When you share"),
                              ("5", "Case example")]
    assert passages(WORD, "1")[1] == (
        "It follows Working Together to Safeguard Children 2023 and the government's advice, Information sharing: "
        "advice for practitioners providing safeguarding services (2024), which sets out the seven golden rules for "
        "sharing information.")
    assert passages(WORD, "2")[1:3] == ["[1] Children Act 2004, section 11.", "[2] Children Act 1989, section 47."]
    assert passages(WORD, "2")[3].endswith("The ICO's data sharing code of practice explains how to share fairly "
                                           "and lawfully.")
    # the text box follows the paragraph it is anchored in, read once
    assert passages(WORD, "3") == [
        "Some staff still hold back information because of beliefs about the law that are not true. The box sets "
        "out the two we hear most often in Holmsdale.", "Myth or fact?",
        "Myth: I cannot share information about a child without their parents' consent.",
        "Fact: Consent is not needed where sharing is necessary to protect a child from significant harm, and "
        "asking for it could put the child at greater risk. UK GDPR Article 6(1)(e) and the Data Protection Act "
        "2018 give a lawful basis for sharing without consent.",
        "Myth: Once I have told the MASH, I do not need to record anything.",
        "Fact: Always record what you shared, with whom, when and why, including a decision not to share."]


def test_the_word_policys_document_information_prompt_and_comment_are_dropped() -> None:
    texts = passages(WORD)
    for furniture in ("Policy owner", "Head of Safeguarding Partnerships", "Approved by", "Executive",
                      "Review date", "31 March 2026", "Document reference", "Click or tap", "Equality impact",
                      "☒", "OFFICIAL", "Page", "Crime and Disorder", "HYPERLINK", "ico.org.uk"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_word_policys_law_myths_case_and_guidance(catalog: Catalog) -> None:
    found = cited(WORD, catalog)
    assert LAW | {("ico-data-sharing-code-of-practice", None)} <= found
    assert not [basis for basis, _ in found if basis == "crime-and-disorder-act-1998"]  # only the comment names it
    assert guidance(WORD, catalog) == GUIDANCE
    myths = unseen_myths_in(WORD)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I cannot share information about a child without their parents' consent": "no",
        "Once I have told the MASH, I do not need to record anything": "no"}
    [case] = unseen_cases(WORD)
    assert case.section == "5" and case.setting == "Amir, aged 6"
    assert case.scenario.startswith("Amir's school noticed") and case.advice.startswith("no one agency held")


# ---------------------------------------------------------------------------------------------
# A docs wiki's page: setext headings, HTML comments, folded myths, reference links


WIKI = "sallowfield-mash-wiki-setext-details.md"


def test_the_wikis_setext_headings_are_its_sections() -> None:
    titles = [title for _, title in sections(WIKI)]
    assert titles[:5] == ["Sharing information with the MASH", "The law", "Guidance we follow", "Myths",
                          "Case example"]
    assert titles[5:] in ([], ["Case example: Leo, aged 9"])  # a bold line alone heads its story, as before
    assert passages(WIKI, "s2")[2:4] == ["Question | Lawful basis | Where it is set out",
                                         "Sharing a concern with the MASH | Public task | UK GDPR Article 6(1)(e)"]


def test_the_wikis_paragraph_runs_on_after_a_lead_in() -> None:
    assert passages(WIKI, "s3") == [
        "Read this page with Working Together to Safeguard Children 2023 and the government's Information sharing: "
        "advice for practitioners providing safeguarding services (2024), which sets out the seven golden rules for "
        "sharing information. The most important are these: share early, share what is necessary and "
        "proportionate, and record what you shared and why."]


def test_the_wikis_comments_link_definitions_and_footer_are_dropped() -> None:
    texts = passages(WIKI)
    for furniture in ("<!--", "-->", "TODO", "owner:", "injected", "[s11]", "legislation.gov.uk", "https:",
                      "Page owner", "Last edited", "Edit this page", "===", "---"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_wikis_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert LAW <= cited(WIKI, catalog)
    assert guidance(WIKI, catalog) == GUIDANCE
    myths = unseen_myths_in(WIKI)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I must tell the parents before I contact the MASH": "no",
        "The MASH can only take information from professionals, not from volunteers": "no"}
    [case] = unseen_cases(WIKI)
    assert case.setting == "Leo, aged 9" and case.scenario.startswith("Leo's football coach noticed")
    assert case.advice.startswith("small pieces of information matter")
    assert unseen(WIKI).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# Text copied out of a PDF


COPIED = "thistlebrook-scp-protocol-copied-from-pdf.txt"


def test_the_copied_protocols_numbered_paragraphs() -> None:
    keys = [key for key, _ in sections(COPIED)]
    assert keys[-16:] == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "4", "4.1", "5",
                          "5.1", "5.2"]
    assert passages(COPIED, "1.2") == [
        "It should be read alongside Working Together to Safeguard Children 2023 and the government's advice, "
        "Information sharing: advice for practitioners providing safeguarding services (2024). Nothing in this "
        "protocol replaces the professional judgement of the practitioner."]
    assert passages(COPIED, "2.4")[0].startswith("Practitioners must also respect the common law duty of "
                                                 "confidence. Confidential information may be shared where the "
                                                 "person has consented, where there is an overriding public")


def test_the_copied_protocols_sentence_over_a_page_break_is_joined() -> None:
    [story] = passages(COPIED, "5.1")
    assert "A strategy discussion was held and the police identified the man, who was known to them." in story


def test_the_copied_protocols_running_lines_and_stamps_are_dropped() -> None:
    texts = passages(COPIED) + [title for _, title in sections(COPIED)]
    for furniture in ("UNCONTROLLED", "Page 2 of 6", "of 6", "v1.3", "-\n", "safeguard- ing", "with- out"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_copied_protocols_masthead_is_no_section() -> None:
    assert sections(COPIED)[0] == ("s1", "Information Sharing Protocol for Practitioners")


def test_the_copied_protocols_law_myth_case_and_guidance(catalog: Catalog) -> None:
    assert LAW | {("common-law-duty-of-confidence", None)} <= cited(COPIED, catalog)
    assert guidance(COPIED, catalog) == GUIDANCE
    myths = unseen_myths_in(COPIED)
    assert {s: m.verdict for s, m in myths.items()} == {
        "Data protection law stops me sharing information about a child without the parents' consent": "no"}
    [case] = unseen_cases(COPIED)
    assert case.section == "5.1" and case.setting == "Ellie, aged 14"
    assert case.scenario.startswith("Ellie's school nurse learned")
    assert case.advice.startswith("a young person's wish for confidentiality does not prevent sharing")


# ---------------------------------------------------------------------------------------------
# The general rules, line by line


@pytest.mark.parametrize(("page", "read"), [
    ("<div role='heading' aria-level='3'><span>Consent</span></div><div><span>Ask first.</span></div>",
     [("heading", 3, "Consent"), ("paragraph", 0, "Ask first.")]),
    ("<div role='heading'>Consent</div>", [("heading", 2, "Consent")]),  # ARIA's default level
    ("<div role='list'><div role='listitem'><span>Share early.</span></div></div>", [("item", 0, "Share early.")]),
    ("<div role='menubar'><span>New</span></div><div class='pageTitle-authorByline'><span>SCP</span></div>"
     "<div class='CommentsWrapper'><span>Add a comment</span></div><div>Text.</div>", [("paragraph", 0, "Text.")]),
    ("<div data-sp-feature-tag='QuickLinks'><div role='heading' aria-level='2'>Quick links</div>"
     "<div><a href='/refer'>Make a referral</a></div></div><div>Text.</div>", [("paragraph", 0, "Text.")]),
])
def test_a_script_built_pages_roles(page: str, read: list[tuple[str, int, str]]) -> None:
    assert [(b.kind, b.level, b.text) for b in html_document(f"<html><body>{page}</body></html>").blocks] == read


@pytest.mark.parametrize(("lines", "read"), [
    (["<!-- owner: x -->", "Text <!-- a note --> here."], ["", "Text  here."]),
    (["<!-- a comment", "over lines -->after", "Text."], ["", "after", "Text."]),
    (["No comment here."], ["No comment here."]),
])
def test_html_comments_are_no_text(lines: list[str], read: list[str]) -> None:
    assert without_html_comments(lines) == read


@pytest.mark.parametrize(("lines", "read"), [
    (["Title", "====="], ["# Title", ""]),
    (["", "The law", "-------", "Text."], ["", "## The law", "", "Text."]),
    (["Text.", "", "---"], ["Text.", "", "---"]),  # a rule set apart: a thematic break
    (["One line", "two lines", "---"], ["One line", "two lines", "---"]),  # not one line alone: left as it was
    (["| A | B |", "|---|---|"], ["| A | B |", "|---|---|"]),  # a table's rule
    (["- item", "---"], ["- item", "---"]),
])
def test_setext_headings(lines: list[str], read: list[str]) -> None:
    assert setext_headings(lines) == read


def test_a_markdown_lead_in_runs_on() -> None:
    text = "# Guide\n\n## Rules\n\nThe rules that matter most are\nthese:\nshare early, and record it.\n"
    assert [b.text for b in text_document(text).blocks][-1] == (
        "The rules that matter most are these: share early, and record it.")


@pytest.mark.parametrize(("line", "dropped"), [
    ("Page owner: MASH practice leads · Last edited 4 March 2025 by a.kowalski · Edit this page", True),
    ("Last edited 4 March 2025 by Priya Shah", True),
    ("The policy was last edited in March 2025 by the board.", False),
])
def test_a_wikis_edit_stamp_is_furniture(line: str, dropped: bool) -> None:
    assert is_furniture(line) == dropped


def test_properties_typed_as_labels_go() -> None:
    text = ("Policy\n\nPolicy owner: Head of Safeguarding\n\nApproved by: The Executive\n\nReview date: 31 March 2026"
            "\n\n☒ Equality impact assessment completed\n\nShare early.\n\nConsent: agreement given freely.\n")
    assert [b.text for b in parse_blocks(text)[0]] == ["Policy", "Share early.", "Consent: agreement given freely."]
    one = "Policy\n\nOwner: Head of Safeguarding\n\nShare early.\n"  # one label alone may be the text's own
    assert [b.text for b in parse_blocks(one)[0]] == ["Policy", "Owner: Head of Safeguarding", "Share early."]
