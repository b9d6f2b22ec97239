"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 18),
each read first as a careful reader would.

* `police-disclosure-procedure-statute-appendix.txt`: a police force's disclosure procedure saved
  as plain text: a document-control line ("Procedure reference: PD-112 ... Review date: March
  2026"), numbered sections and clauses ("2.2"), a "Common misconceptions" section of two quoted
  beliefs each answered "Wrong." (both myths, both false), a case (an officer at a domestic abuse
  incident, Operation Encompass), and two appendices quoting law verbatim: Crime and Disorder Act
  1998 s115 ("115 Disclosure of information.", its subsections "(1)", "(2)" and paragraphs "(a)")
  and DPA 2018 Schedule 2 paragraph 2 ("2 Crime and taxation: general"). Law: the common law duty
  of confidence, Crime and Disorder Act 1998 s115, Children Act 2004 s11, Children Act 1989 s47,
  DPA 2018 Part 3 and Schedule 2 paragraph 2. The quoted statute's own numbers ("115", "2") are no
  sections of the procedure, and its "this Act" is the quoted Act. Guidance: Working Together 2023
  (and the College of Policing's APP, not in the catalog). Furniture: the control line, the
  "Uncontrolled when printed ... OFFICIAL" footer.
* `dsl-email-thread-quoted-replies.txt`: an e-mail thread saved as text, newest first: an
  education safeguarding adviser's answer to a DSL, her sign-off and signature and the council's
  disclaimer, then "-----Original Message-----" over the DSL's question with its own header, his
  signature, and a colleague's holding reply ("On ..., Sam ... wrote:") quoting the question again
  ("> >"), and "Sent from my iPhone". Law: Children Act 2004 s11, UK GDPR Articles 6(1)(e) and 9,
  DPA 2018 Schedule 1 Part 2 para 18. Guidance: Working Together 2023 (and "the 2024 DfE advice on
  information sharing", named loosely). No myths are labelled; the two questions are answered in
  prose above them. Furniture: both headers, the sign-offs and signatures, the disclaimer, the
  attribution line, "Sent from my iPhone", the quote marks; the question quoted again is a repeat.
* `seven-minute-briefing-numbered-boxes.md`: a partnership's "7 Minute Briefing" one-pager in
  markdown, its title opening with the count ("# 7 Minute Briefing: ..."), an italic byline
  ("... · Briefing 23 · January 2025"), and seven boxes each headed by a bold label numbered in a
  circle ("**① BACKGROUND**" to "**⑦ QUESTIONS TO CONSIDER**") between rules. Law: Domestic Abuse
  Act 2021 s3, Children Act 2004 s11, Education Act 2002 s175, UK GDPR Article 6(1)(e), DPA 2018
  Schedule 1 paragraph 18. Myths: a "Myth | Reality" table of two (both false). Guidance: KCSIE
  2024, Working Together 2023, the 2024 advice. Furniture: the logo, the byline, the rules.
* `wales-bilingual-side-by-side-print.pdf`: a Welsh council's bilingual leaflet printed by
  Chromium (`pdf-sources/`): each row Welsh on the left, English on the right (title, subtitle,
  headings, paragraphs, a boxed "Myth:" / "Ffaith:" beside "Myth:" / "Fact:"), a footer with the
  council's name in both languages and the page number. Law: Social Services and Well-being (Wales)
  Act 2014 s130, DPA 2018, UK GDPR Article 6(1)(e). Myth: one, false (the English; the Welsh
  "Ffaith:" is no English "Fact:" label). Guidance: Wales Safeguarding Procedures, WASPI. Case: a
  Year 5 pupil with bruises ("Example"). Nation: Wales.

Gaps closed in this round (general rules): nested quote marks ("> > ") are stripped, and a quoted
paragraph repeating what the document already says is read once; an e-mail's header block (From and
Subject among three fields or more) is dropped wherever it stands, as over a quoted earlier message;
in an e-mail, a sign-off line ("Kind regards,", "Thanks,") and the short lines of the signature
under it are dropped; "-----Original Message-----", "On ... wrote:", "Sent from my iPhone" and an
e-mail's confidentiality disclaimer are furniture; a number in a circle ("①", "❷") opening a line
numbers it as a printed number does; a numbered heading over a list counting from 1 again is a
heading; a markdown title opening with a count ("# 7 Minute Briefing") is no section 7 when no
heading goes on from its number; a byline of parts set apart by "·" or "|" ending in a month and
year is furniture; a line opening with a whole number the document's own section numbers have
already passed ("2 Crime and taxation: general" after section 5) is text, not a heading; in a PDF,
cells side by side all set as headings are one heading, their texts joined by " / " (a heading in
Welsh and English).

Closed after: in an e-mail, a line holding only a sender's name (as a From header or an "On ...
wrote:" line names them) where its message ends (the text ends, a seam or header follows, or a
quote of another depth) signs it, and heads nothing; a heading in two languages ("Enghraifft /
Example") is an "Example" heading when one of its sides is, and a pupil's school year ("a pupil in
Year 5") states a child's age as "aged 9" does; in a PDF, a footer printed as cells whose last is the
page number, in small type and set apart from the page's text, is furniture on a page no other
repeats.
"""

from __future__ import annotations

import pytest
from helpers import (
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
from guidegraph.read.pdf import _Line as PdfLine
from guidegraph.read.pdf_furniture import without_furniture
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# A police procedure quoting statute in its appendices


POLICE = "police-disclosure-procedure-statute-appendix.txt"


def test_the_procedures_own_law_myths_and_case(catalog: Catalog) -> None:
    assert {("common-law-duty-of-confidence", None), ("crime-and-disorder-act-1998", "section 115"),
            ("children-act-2004", "section 11"), ("children-act-1989", "section 47"),
            ("data-protection-act-2018", "part 3"),
            ("data-protection-act-2018", "schedule 2 paragraph 2")} <= cited(POLICE, catalog)
    assert "working-together-to-safeguard-children" in guidance(POLICE, catalog)
    found = unseen_myths_in(POLICE)
    assert {s: m.verdict for s, m in found.items()} == {
        "We can only pass information to social care once someone has been charged": "no",
        "Section 115 requires us to disclose whenever a partner asks": "no"}
    [case] = unseen_cases(POLICE)
    assert case.section == "5" and "Operation Encompass" in case.scenario
    texts = passages(POLICE)
    assert not [t for t in texts if "PD-112" in t or "Uncontrolled" in t]


def test_a_quoted_statutes_numbers_are_no_sections_of_the_procedure() -> None:
    keys = [k for k, _ in sections(POLICE)]
    assert "115" not in keys and keys.count("2") == 1
    assert any(t.startswith("(1) Any person who, apart from this subsection") for t in passages(POLICE, "appendix-a"))


def test_a_quoted_provisions_heading_stays_in_its_appendix() -> None:
    assert [k for k, _ in sections(POLICE)][-1] == "appendix-b"
    assert passages(POLICE, "appendix-b")[0] == "2 Crime and taxation: general"


@pytest.mark.parametrize(("text", "keys"), [
    # a number the document's sections have passed: a quoted provision's heading, text
    ("1. Purpose\n\nText.\n\n2. Scope\n\nText.\n\n3. Law\n\nText.\n\n1 Interpretation\n\nA quoted Act.\n",
     ["1", "2", "3"]),
    # ahead of them: a heading, as before ("7 golden rules" after section 3)
    ("1. Purpose\n\nText.\n\n2. Scope\n\nText.\n\n7 Golden rules for sharing\n\nThe rules.\n",
     ["1", "2", "s3"]),
])
def test_a_number_the_sections_have_passed(text: str, keys: list[str]) -> None:
    assert [s.key for s in segment(text_document(text, "t.txt")).sections] == keys


# ---------------------------------------------------------------------------------------------
# An e-mail thread with quoted replies


MAIL = "dsl-email-thread-quoted-replies.txt"


def test_the_threads_law_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-2004", "section 11"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
            ("data-protection-act-2018", "schedule 1 paragraph 18")} <= cited(MAIL, catalog)
    assert "working-together-to-safeguard-children" in guidance(MAIL, catalog)
    assert not unseen_myths_in(MAIL)


def test_the_threads_headers_signatures_and_seams_are_dropped() -> None:
    texts = passages(MAIL)
    assert any(t.startswith("Thanks for checking before you shared.") for t in texts)
    assert any(t.startswith("I am the DSL at Oakfield Primary.") for t in texts)  # the question, kept
    for furniture in ("Kind regards", "Priya Shah", "Education Safeguarding Adviser", "Tel:", "This email and any",
                      "Original Message", "Sent:", "Subject:", "Deputy Headteacher", "wrote:", "iPhone", ">"):
        assert not [t for t in texts if furniture in t], furniture
    assert not [t for t in texts if t.startswith("Thanks,")]


def test_a_question_quoted_again_is_read_once() -> None:
    texts = passages(MAIL)
    assert len([t for t in texts if t.startswith("I am the DSL at Oakfield Primary.")]) == 1
    assert any(t.startswith("Hi Tom, I've passed this to Priya") for t in texts)  # the holding reply, kept


def test_a_quoted_repeat_goes_and_a_short_quote_stays() -> None:
    text = ("Can I share? Yes.\n\nThe advice goes on here at some length.\n\n"
            "> Yes.\n\n> The advice goes on here at some length.\n")
    assert [b.text for b in parse_blocks(text)[0]] == ["Can I share? Yes.", "The advice goes on here at some length.",
                                                      "Yes."]


def test_a_bare_name_signing_a_reply_heads_nothing() -> None:
    assert [title for _, title in sections(MAIL)] == []


@pytest.mark.parametrize(("text", "kept"), [
    ("From: Priya Shah\nSent: 12 June 2024\nSubject: RE: advice\n\nYou can share it.\n\nPriya\n", False),
    ("From: Priya Shah\nSent: 12 June 2024\nSubject: RE: advice\n\nYou can share it.\n\nPriya\n\n"
     "-----Original Message-----\nThe question.\n", False),
    # text under it: a title, or a name the advice goes on about
    ("From: Priya Shah\nSent: 12 June 2024\nSubject: RE: advice\n\nYou can share it.\n\nPriya\n\nMore advice.\n",
     True),
    # no sender of that name, or no e-mail: the line stays
    ("From: Tom Ellis\nSent: 12 June 2024\nSubject: RE: advice\n\nYou can share it.\n\nPriya\n", True),
    ("You can share it.\n\nPriya\n", True),
])
def test_a_senders_name_ending_a_message(text: str, kept: bool) -> None:
    assert ("Priya" in [b.text for b in parse_blocks(text)[0]]) == kept


@pytest.mark.parametrize("line", [
    "-----Original Message-----", "---------- Forwarded message ---------",
    "On 12 June 2024, at 15:12, Sam Okoro s.okoro@eastmere.example.gov.uk wrote:", "Sent from my iPhone",
    "*** This email and any attachments are confidential and intended solely for the addressee. ***",
    "Hollowbrook Safeguarding Partnership · Briefing 23 · January 2025",
])
def test_an_email_threads_seams_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "On 12 June the school wrote to the family to explain the referral.",
    "This email address is monitored in office hours only.",
    "Sent from the school to the local authority within five days.",
    "Review of the protocol · Section 4 · the parties agreed in March 2024 to share.",
])
def test_words_like_an_emails_seams_stay(line: str) -> None:
    assert not is_furniture(line)


SIGNED = ("Dear Sam,\n\nYou can share this with the school nurse.\n\nKind regards,\nPriya\n\nPriya Shah\n"
          "Safeguarding Adviser\nTel: 01632 960 418\n\nThe next paragraph of the advice, a sentence of its own.\n")
HEADER = "From: Priya Shah\nSent: 12 June 2024 16:40\nSubject: RE: advice\n\n"


def test_a_sign_off_and_its_signature() -> None:
    texts = [b.text for b in parse_blocks(HEADER + SIGNED)[0]]
    assert texts == ["Dear Sam,", "You can share this with the school nurse.",
                     "The next paragraph of the advice, a sentence of its own."]
    # a "Thank you" heading over a paragraph: the heading goes, its paragraph stays
    thanked = [b.text for b in parse_blocks(HEADER + "Thank you\nWe are grateful to all the partners who took "
                                           "part in this review and gave their time.\n")[0]]
    assert thanked == ["We are grateful to all the partners who took part in this review and gave their time."]
    # no e-mail: a letter's sign-off is its words
    assert "Kind regards," in " ".join(b.text for b in parse_blocks(SIGNED)[0])


def test_header_blocks_anywhere_in_a_thread() -> None:
    text = ("Advice first.\n\nFrom: Tom\nSent: 12 June 2024\nSubject: A question\n\nThe question.\n\n"
            "From: the school office\nTo: all staff\n\nA note with two fields only stays.\n")
    texts = [b.text for b in parse_blocks(text)[0]]
    assert texts[:2] == ["Advice first.", "The question."]
    assert "From: the school office" in " ".join(texts) and "Subject:" not in " ".join(texts)


# ---------------------------------------------------------------------------------------------
# A seven-minute briefing with its boxes numbered in circles


BRIEFING = "seven-minute-briefing-numbered-boxes.md"


def test_the_briefings_boxes_are_its_sections() -> None:
    assert sections(BRIEFING) == [
        ("s1", "7 Minute Briefing: Sharing Information with Schools about Domestic Abuse"), ("1", "BACKGROUND"),
        ("2", "WHY IT MATTERS"), ("3", "INFORMATION"), ("4", "WHAT THE LAW SAYS"), ("5", "MYTH BUSTING"),
        ("6", "WHAT TO DO"), ("7", "QUESTIONS TO CONSIDER")]
    assert passages(BRIEFING, "6")[0].startswith("Make sure your school has a trained key adult")
    assert not [t for t in passages(BRIEFING) if "Briefing 23" in t or "logo" in t]


def test_the_briefings_law_myths_and_guidance(catalog: Catalog) -> None:
    assert {("domestic-abuse-act-2021", "section 3"), ("children-act-2004", "section 11"),
            ("education-act-2002", "section 175"), ("gdpr", "article 6(1)(e)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18")} <= cited(BRIEFING, catalog)
    found = unseen_myths_in(BRIEFING)
    assert {s: m.verdict for s, m in found.items()} == {
        "The school must tell the parent that the police have passed on information": "no",
        "Schools can only be told if a crime has been recorded": "no"}
    assert guidance(BRIEFING, catalog) == {"keeping-children-safe-in-education",
                                           "working-together-to-safeguard-children", "hmg-information-sharing-advice"}


@pytest.mark.parametrize(("text", "expected"), [
    # a count opening the title: no section 7
    ("# 7 Minute Briefing\n\nSome text.\n\n# Another heading\n\nMore.\n", [("s1", "7 Minute Briefing")]),
    # a numbered title whose numbering goes on: a section as before
    ("# 7 Information sharing\n\nText.\n\n## 7.1 Consent\n\nMore text.\n", [("7", "Information sharing")]),
    ("# 1 Introduction\n\nText.\n\n# Background\n\nMore.\n", [("1", "Introduction")]),
])
def test_a_title_opening_with_a_count(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(s.key, s.title) for s in segment(text_document(text)).sections]
    assert found[:1] == expected


def test_numbers_in_circles_number_their_lines() -> None:
    text = "**❶ Background**\n\nSome text here.\n\n**❷ Why it matters**\n\nMore text here.\n"
    blocks = parse_blocks(text)[0]
    assert [(b.kind, b.number, b.text) for b in blocks if b.kind == "heading"] == [
        ("heading", "1", "Background"), ("heading", "2", "Why it matters")]


# ---------------------------------------------------------------------------------------------
# A Welsh and English leaflet printed side by side


WALES = "wales-bilingual-side-by-side-print.pdf"


def test_the_bilingual_leaflets_law_myth_and_nation(catalog: Catalog) -> None:
    assert {("social-services-and-well-being-wales-act-2014", "section 130"), ("data-protection-act-2018", None),
            ("gdpr", "article 6(1)(e)")} <= cited(WALES, catalog)
    assert guidance(WALES, catalog) == {"wales-safeguarding-procedures", "waspi"}
    found = unseen_myths_in(WALES)
    assert {s: m.verdict for s, m in found.items()} == {
        "I must always have the parents' consent before I share information about a child": "no"}
    assert unseen(WALES).meta.jurisdictions == ("Wales",)
    texts = passages(WALES)
    assert any("Section 130 of the Social Services and Well-being (Wales) Act 2014" in t for t in texts)


def test_headings_printed_side_by_side_in_two_languages() -> None:
    titles = [title for _, title in sections(WALES)]
    assert titles[2:] == ["Pam mae rhannu'n bwysig / Why sharing matters",
                          "Beth mae'r gyfraith yn ei ddweud / What the law says", "Enghraifft / Example"]
    assert any("Section 130" in t for t in passages(WALES, "s4"))


def test_the_bilingual_leaflets_case_and_footer() -> None:
    assert unseen_cases(WALES)
    assert not [t for t in passages(WALES) if "Glanmorfa County Council 1" in t]


def _footer_page(footer: PdfLine) -> list[PdfLine]:
    page = [PdfLine("A line of the page's text, set in the body's type.", y=700 - 14 * k, size=10, x=50.0)
            for k in range(6)]
    return [*page, footer]


@pytest.mark.parametrize(("footer", "kept"), [
    (PdfLine("Glanmorfa County Council1", y=40, size=8, x=43.0,
             fragments=[(43.0, "Glanmorfa County Council"), (548.0, "1")]), False),
    # the number run on in the line's text, or in the body's type, or close under the text: kept
    (PdfLine("Glanmorfa County Council 1", y=40, size=8, x=43.0,
             fragments=[(43.0, "Glanmorfa County Council "), (160.0, "1")]), True),
    (PdfLine("Glanmorfa County Council1", y=40, size=10, x=43.0,
             fragments=[(43.0, "Glanmorfa County Council"), (548.0, "1")]), True),
    (PdfLine("Total referrals12", y=620, size=8, x=43.0, fragments=[(43.0, "Total referrals"), (548.0, "12")]),
     True),
])
def test_a_footer_printed_as_cells_with_its_page_number(footer: PdfLine, kept: bool) -> None:
    [page] = without_furniture([_footer_page(footer)])
    assert (footer in page) == kept
