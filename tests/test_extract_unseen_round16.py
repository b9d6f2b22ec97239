"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 16),
each read first as a careful reader would.

* `youth-club-volunteer-handbook-myth-or-fact.txt`: a youth clubs association's volunteer handbook
  section. A "yellow card" list of five points; a "Myth or fact? Test yourself" quiz of five
  numbered statements "Myth or fact? <belief>", each answered on the next line "Answer: MYTH. ..."
  (four) or "Answer: FACT. ..." (one: the duty to refer to the DBS): five myths, four false and
  one true, and the quiz's own title "Test yourself" no belief. Two "Scenario 1: The text message"
  cases (Kyle, 13; Mia, 15) with "What should happen:" advice. Law: Children Act 1989 s47,
  Children Act 2004 s11, DPA 2018 (Schedule 1 Part 2 para 18), Safeguarding Vulnerable Groups Act
  2006 s35. Guidance: Working Together 2023. Furniture: "Volunteer Handbook v4 – Section 6 – Page
  2 of 2", a footer set off by dashes.
* `scanned-procedure-ocr-pages.txt`: a partnership's procedure scanned and OCRed (pdftotext's
  output): lines hard-wrapped, words hyphenated over line ends ("infor-" / "mation", "para-" /
  "graph 18"), ligatures (ﬁ, ﬀ), form feeds between pages with a running header "Westhaven SCP
  Information Sharing Procedure ... Page 2", clauses 1.1 to 5.2. Law: Children Act 1989 ss47 and
  17, Children Act 2004 s11, Crime and Disorder Act 1998 s115, DPA 2018 Schedule 1 Part 2 para 18,
  ECHR Article 8 given effect by the HRA 1998. Myths: two "Myth:" / "Reality:" pairs, both false.
  Case: "4. Practice example", told in its numbered paragraphs 4.1 (a school nurse and a
  12-year-old boy carrying packages) and 4.2 ("Learning: ..."). Guidance: Working Together 2023,
  the 2024 information sharing advice. Furniture: the page headers, "Review date: March 2025".
* `nhs-trust-policy-pandoc-grid-tables.md`: an NHS trust policy converted from Word by pandoc:
  headings carry pandoc attributes ("# 1. Purpose {#purpose}"), Word's underlining is a bracketed
  span ("[Working Together ...]{.underline}", over a line break), apostrophes are escaped
  ("parent\\'s"), the document properties are a table framed by dashed rules ("Policy number",
  "Version", "Approved by", "Review date": document control), and the "Legislation and guidance"
  and "Myth | Fact" tables are grid tables whose cells wrap over several lines. Law: Children Act
  1989 s47, Children Act 2004 s11, UK GDPR Articles 6(1)(e) and 9(2)(h), DPA 2018 Schedule 1 para
  18, Health and Social Care Act 2012 s251B, the common law duty of confidence. Principles: the
  eight Caldicott principles. Myths: two table rows, both false. Case: "Case study: a missed
  appointment".
* `lscp-myth-buster-quiz-page.html`: a partnership's interactive quiz page: skip link, cookie
  banner, header navigation, breadcrumbs, four `<fieldset>` questions whose `<legend>` is the
  statement ("Question 1: I can't share ... without the parents' consent."), radio buttons "Myth" /
  "Fact" and a "Check answer" button (controls), and each answer in a `<div class="feedback"
  hidden>` the page's script reveals ("Myth. You do not need consent ..."): the answers are the
  page's text. Myths: three false, one true (schools' duty). Law (in the answers): DPA 2018
  Schedule 1 Part 2 para 18, Education Act 2002 ss175 and 157, Crime and Disorder Act 1998 s115.
  Guidance: Working Together 2023, the 2024 advice. Furniture: the cookie banner, skip link,
  breadcrumbs, footer, and the "Related content" box of links inside `<main>`.
* `ni-trust-protocol-bold-headings-word.docx`: a Northern Irish HSC trust's protocol typed in
  Word without heading styles: its headings are bold, larger "Normal" paragraphs numbered by hand
  ("3.  The legal framework", "3.1  Children (Northern Ireland) Order 1995"), its clauses "3.1.1"
  typed before a tab; a "Frequently raised concerns" part of two bold questions answered "Yes." and
  "No."; a signatories table whose signature and date cells are blank; "Appendix 1 – Case
  scenarios" with two "Scenario N:" cases (a dentist and a 7-year-old; a youth club's request).
  Law: Children (NI) Order 1995 Articles 66 and 18, Criminal Law Act (Northern Ireland) 1967 s5,
  DPA 2018 Schedule 1 para 18, UK GDPR, the common law duty of confidence, Safeguarding Board Act
  (NI) 2011 s10. Guidance: Co-operating to Safeguard Children and Young People in NI (2017), the
  DHSSPS confidentiality code (2012). Nation: Northern Ireland. Furniture: header and footer.
* `wales-school-policy-scenario-table.md`: a Welsh school's policy part with a bilingual heading
  ("Part 4: Rhannu gwybodaeth / Sharing information"), bold questions answered "No." ("Questions
  staff ask": three), and a "Practice scenarios" table "Scenario | What the DSP should do" whose
  three rows are three cases. Law: Education Act 2002 s175, Social Services and Well-being (Wales)
  Act 2014 s130, Children Act 2004 s28, UK GDPR Article 6(1)(e), DPA 2018 Schedule 1 para 18.
  Guidance: Keeping learners safe (2022), the Wales Safeguarding Procedures. Nation: Wales.
  Furniture: "Approved by the governing body: 14 October 2024. Next review: October 2025."

Gaps closed in this round (general rules): a quiz's "Myth or fact? <belief>" answered "Myth." or
"Fact." (also after "Answer:", or under "Question 3: <belief>"); a web page's hidden answers that
its script reveals (a quiz's feedback, an accordion's panel, `hidden="until-found"`) are its text;
a "Related content" box of links inside `<main>` is navigation; pandoc's heading attributes,
bracketed spans, backslash escapes of any punctuation, grid tables and tables framed by dashed rules;
a document's properties table ("Version | 3.1", "Review date | June 2027") is document control; a
footer "... – Page 2 of 2"; a document-control line ending in a full stop; a case heading's own
numbered paragraphs ("4.1", "4.2" under "4. Practice example") are its body; a table of scenarios
("Scenario | What ... should do") gives a case per row.

Still missed: "Myth or fact? Test yourself" is no heading. Since found: a signatories table of
names with blank signature cells is sign-off, and "Keeping learners safe" (Welsh Government) is in
the guidance catalog; a paragraph between two numbered items, the second numbered right after the
first (a quiz's answer under its question), leads into no list; a child's secret kept ("keep a
secret", "keep what they tell me to myself") and being sure before sharing ("keep quiet until I am
sure") are claims a belief makes, asked or stated; a heading asking a question without its mark,
its preposition left at the end by "who" or "what" ("Who this section is for"), is a heading.
"""

from __future__ import annotations

import pytest
from helpers import (
    UNSEEN,
    text_document,
    unseen,
    unseen_cases,
    unseen_cited,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.myths import document_myths
from guidegraph.extract.principles import find_principles
from guidegraph.read import read_document
from guidegraph.read.html import parse_html
from guidegraph.read.inline import clean_inline
from guidegraph.read.markdown import grid_tables
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

ROUND16 = ("youth-club-volunteer-handbook-myth-or-fact.txt", "scanned-procedure-ocr-pages.txt",
           "nhs-trust-policy-pandoc-grid-tables.md", "lscp-myth-buster-quiz-page.html",
           "ni-trust-protocol-bold-headings-word.docx", "wales-school-policy-scenario-table.md")


guidance, passages, sections = unseen_guidance, unseen_passages, unseen_sections


cited = unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# A youth club's volunteer handbook with a "Myth or fact?" quiz


YOUTH = "youth-club-volunteer-handbook-myth-or-fact.txt"


def test_a_myth_or_fact_quiz_answered_myth_or_fact() -> None:
    found = unseen_myths_in(YOUTH)
    assert {s: m.verdict for s, m in found.items()} == {
        "If a young person asks me to keep a secret, I have to keep it": "no",
        "I need the parents' permission before I tell the DSP about a worry": "no",
        "Data protection law means volunteers cannot share anything about a young person": "no",
        "If I am not sure whether something is abuse, I should keep quiet until I am sure": "no",
        "We must tell the Disclosure and Barring Service if we remove a volunteer because they harmed a young "
        "person": "yes",
    }
    assert found["If a young person asks me to keep a secret, I have to keep it"].answer.startswith(
        "MYTH. You must never promise confidentiality.")
    assert {m.kind for m in found.values()} == {"myth"}


def test_the_handbooks_law_cases_and_footer(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 47"), ("children-act-2004", "section 11"),
            ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("safeguarding-vulnerable-groups-act-2006", "section 35")} <= cited(YOUTH, catalog)
    assert guidance(YOUTH, catalog) == {"working-together-to-safeguard-children"}
    kyle, mia = unseen_cases(YOUTH)
    assert (kyle.setting, mia.setting) == ("The text message", "The bruises on the residential")
    assert kyle.scenario.startswith("During a session, 13-year-old Kyle shows a volunteer a message")
    assert kyle.advice.startswith("the volunteer tells the DSP before the end of the session.")
    assert "15-year-old girl, Mia" in mia.scenario
    assert not [t for t in passages(YOUTH) if "Page 2 of 2" in t]
    [card] = [p for p in unseen(YOUTH).passages if p.text.startswith("Carry this with you")]
    assert card.kind == "list" and len(card.items) == 5


def test_a_heading_ending_on_a_preposition() -> None:
    assert "Who this section is for" in [title for _, title in sections(YOUTH)]


@pytest.mark.parametrize(("text", "heading"), [
    ("Who this guidance is for\nAll staff who work with children and their families.\n", "Who this guidance is for"),
    ("What to look out for\nSigns of neglect include hunger, tiredness and poor hygiene.\n", "What to look out for"),
    # a sentence broken after its preposition: "how" leaves none stranded, nor does a statement
    ("How the duty applies to\nChildren's Services is set out in the next part.\n", None),
    ("The duty to share applies to\nChildren's Services and to the police alike.\n", None),
])
def test_a_question_without_its_mark_ending_on_a_preposition(text: str, heading: str | None) -> None:
    blocks, _ = parse_blocks(f"Guide\n\nShare early.\n\n{text}")
    assert [b.text for b in blocks if b.kind == "heading"][1:] == ([heading] if heading else [])


def test_each_quiz_answer_stays_with_its_question() -> None:
    assert not [t for t in passages(YOUTH) if "Answer:" in t and "Myth or fact?" in t]


@pytest.mark.parametrize(("text", "lists"), [
    # an answer under question 1 leads into no question 2
    ("Test yourself.\n\n1. Consent is always needed to share.\nAnswer: No, it is not.\n\n2. The DSL decides.\n"
     "Answer: Yes.\n", ["Test yourself.\nConsent is always needed to share.", "The DSL decides."]),
    # a lead-in ending in a colon leads in wherever the numbering stands
    ("1. Ask.\n\nThen:\n\n2. Record it.\n", ["Ask.", "Then:\nRecord it."]),
    ("Steps for staff.\n\n3. Record it.\n", ["Steps for staff.\nRecord it."]),  # no list above to carry on
])
def test_a_paragraph_between_numbered_items(text: str, lists: list[str]) -> None:
    assert [p.text for p in segment(text_document(text)).passages if p.kind == "list"] == lists


@pytest.mark.parametrize(("text", "expected"), [
    ("Myth or fact? You need consent to share.\nAnswer: MYTH. You do not.\n",
     [("You need consent to share", "MYTH. You do not.", "no")]),
    ("Fact or myth? Schools must share with the police.\n\nFact. The duty is the school's own.\n",
     [("Schools must share with the police", "The duty is the school's own.", "yes")]),  # "Fact." its verdict
    ("Question 2: Only social workers need to know.\n\nIt's a myth. Everyone who works with the child does.\n",
     [("Only social workers need to know", "It's a myth. Everyone who works with the child does.", "no")]),
    ("Myth or fact? Test yourself\n\nCover the answers and see how you do.\n", []),  # the quiz's title
    # a "Fact:" label opens a myth's reply: no verdict of its own
    ("Myth: You need consent to share.\n\nFact: you do not need it where a child is at risk.\n",
     [("You need consent to share", "you do not need it where a child is at risk.", "no")]),
])
def test_a_quiz_answered_myth_or_fact(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = document_myths(segment(text_document(text)))
    assert [(m.statement, m.answer, m.verdict) for m in found] == expected


# ---------------------------------------------------------------------------------------------
# A procedure scanned and OCRed


SCANNED = "scanned-procedure-ocr-pages.txt"


def test_the_scanned_pages_read_as_clean_text() -> None:
    texts = passages(SCANNED)
    assert not [t for t in texts if "\x0c" in t or "Page 2" in t or "Westhaven SCP" in t or "Review date" in t]
    assert not [t for t in texts if any(c in t for c in "ﬁﬂﬀﬃ")]
    joined = " ".join(texts)
    for word in ("decide when and how to share information to safeguard", "significant harm", "where this is "
                 "necessary for the purposes", "Schedule 1, Part 2, paragraph 18", "given effect by", "public "
                 "interest in sharing", "without the family's consent, because asking the family first"):
        assert word in joined
    assert [k for k, _ in sections(SCANNED) if k[0].isdigit()] == [
        "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "3", "4", "4.1", "4.2", "5", "5.1", "5.2"]


def test_the_scanned_procedures_law_and_myths(catalog: Catalog) -> None:
    framework = unseen_cited(SCANNED, catalog, "2.1")
    for law in [("children-act-1989", "section 47", ""), ("children-act-1989", "section 17", ""),
                ("children-act-2004", "section 11", ""), ("crime-and-disorder-act-1998", "section 115", "")]:
        assert law in framework
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(SCANNED, catalog, "2.2")
    rights = set(unseen_cited(SCANNED, catalog, "2.3"))
    assert {("echr", "article 8", ""), ("human-rights-act-1998", None, "")} <= rights
    assert guidance(SCANNED, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}
    found = unseen_myths_in(SCANNED)
    assert {s: m.verdict for s, m in found.items()} == {
        "Information cannot be shared with another agency without the family's consent": "no",
        "Only the social worker needs to know about a child protection plan": "no"}


def test_a_practice_example_told_in_its_numbered_paragraphs() -> None:
    [case] = unseen_cases(SCANNED)
    assert case.section == "4"
    assert case.scenario.startswith("A school nurse is told by a 12-year-old boy")
    assert case.advice.startswith("decisions to share without consent must be justified and recorded")


def test_a_case_headings_own_numbered_paragraphs_are_its_body() -> None:
    doc = segment(text_document("1. Scope\n\n1.1 This applies to all staff in every agency.\n\n2. Case example\n\n"
                                "2.1 A 9-year-old tells her teacher that she is left alone at night.\n\n2.2 What "
                                "should happen: the teacher tells the DSL.\n\n3. Recording\n\n3.1 Record it.\n",
                                "t.txt"))
    [case] = find_case_examples(doc)
    assert case.scenario == "A 9-year-old tells her teacher that she is left alone at night."
    assert case.advice == "the teacher tells the DSL."
    assert "Record it." not in case.advice


# ---------------------------------------------------------------------------------------------
# An NHS trust's policy converted by pandoc


PANDOC = "nhs-trust-policy-pandoc-grid-tables.md"


def test_pandocs_attributes_spans_and_escapes_are_no_text() -> None:
    assert sections(PANDOC)[:4] == [
        ("s1", "Safeguarding Children: Sharing Information Policy"), ("s2", "Brookvale Community Health NHS Trust"),
        ("1", "Purpose"), ("2", "Legislation and guidance")]
    texts = passages(PANDOC)
    assert not [t for t in texts if "{" in t or "\\" in t]
    assert passages(PANDOC, "1")[0].endswith("Children Policy (SG-01) and Working Together to Safeguard Children 2023.")
    assert not [t for t in texts if "SG-07" in t or "Review date" in t or "June 2027" in t]  # document properties


def test_grid_tables_give_a_row_per_row(catalog: Catalog) -> None:
    rows = passages(PANDOC, "2")[1:]
    assert [row.split(" | ")[0] for row in rows] == [
        "Legislation or guidance", "Children Act 1989", "Children Act 2004", "Data Protection Act 2018 and UK GDPR",
        "Health and Social Care Act 2012", "Common law duty of confidence"]
    assert rows[1] == ("Children Act 1989 | Section 47 requires the local authority to make enquiries where a child is "
                       "suffering, or likely to suffer, significant harm. Health staff must help with those enquiries.")
    law = set(unseen_cited(PANDOC, catalog, "2"))
    for cited_law in [("children-act-1989", "section 47", ""), ("children-act-2004", "section 11", ""),
                      ("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(h)", ""),
                      ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
                      ("uncatalogued-health-and-social-care-act-2012", "section 251B", ""),
                      ("common-law-duty-of-confidence", None, "")]:
        assert cited_law in law


def test_the_pandoc_policys_myths_principles_and_case() -> None:
    found = unseen_myths_in(PANDOC)
    assert {s: m.verdict for s, m in found.items()} == {
        "I must always have the parent's consent before sharing information with children's social care": "no",
        "The GP will share the records, so community staff need not": "no"}
    statements, _ = find_principles(unseen(PANDOC))
    assert [(p.set_id, p.number) for p in statements] == [("caldicott-principles", n) for n in range(1, 9)]
    [case] = unseen_cases(PANDOC)
    assert (case.setting, case.section) == ("a missed appointment", "5")
    assert case.scenario.startswith("A health visitor finds that a 9-month-old baby has missed three")


def test_a_grid_table() -> None:
    lines = ["Intro.", "", "+------+----------+", "| Act  | Effect   |", "+======+==========+",
             "| CA   | It lets  |", "| 1989 | you act. |", "+------+----------+", "", "After."]
    assert grid_tables(lines) == ["Intro.", "", "", "| Act | Effect |", "", "| CA 1989 | It lets you act. |",
                                  "", "", "", "After."]


def test_a_table_framed_by_dashed_rules() -> None:
    lines = ["  --------- ---------", "  Version   3.1", "  Owner     The DSL", "  --------- ---------", "", "Text."]
    assert grid_tables(lines) == ["", "| Version | 3.1 |", "| Owner | The DSL |", "", "", "Text."]
    assert grid_tables(["--- ---", "a line of text"]) == ["--- ---", "a line of text"]  # one rule: no frame


@pytest.mark.parametrize(("markdown", "title"), [
    ("# 1. Purpose {#purpose}", "Purpose"),
    ("## Common myths {#common-myths .unnumbered}", "Common myths"),
    ("## Annex {-}", "Annex"),
    ("## Using {braces} in a title", "Using {braces} in a title"),
])
def test_a_pandoc_headings_attributes(markdown: str, title: str) -> None:
    [heading] = [b for b in parse_blocks(f"{markdown}\n\nText.\n")[0] if b.kind == "heading"]
    assert heading.text == title


@pytest.mark.parametrize(("text", "plain"), [
    ("the parent\\'s consent", "the parent's consent"),
    ("see [Working Together]{.underline} now", "see Working Together now"),
    ("a \\\"quoted\\\" word and 50\\% of cases", 'a "quoted" word and 50% of cases'),
    ("[not a span] {.x}", "[not a span] {.x}"),
])
def test_pandoc_inline_markup(text: str, plain: str) -> None:
    assert clean_inline(text) == plain


@pytest.mark.parametrize(("rows", "kept"), [
    ("| Version | 3.1 |\n| Approved by | Quality Committee, June 2024 |\n| Review date | June 2027 |\n", 0),
    ("| Version | 3.1 |\n", 1),  # one row alone is no properties table
    ("| Children Act 1989 | Section 47 |\n| Children Act 2004 | Section 11 |\n", 2),
])
def test_a_documents_properties_table_is_document_control(rows: str, kept: int) -> None:
    blocks, _ = parse_blocks(f"{rows}\nShare early.\n")
    assert len(blocks) - 1 == kept


# ---------------------------------------------------------------------------------------------
# A partnership's interactive myth buster quiz page


QUIZ = "lscp-myth-buster-quiz-page.html"


def test_the_quiz_pages_answers_are_its_text_and_its_furniture_goes() -> None:
    texts = passages(QUIZ)
    assert not [t for t in texts if "cookie" in t.lower() or "Skip to" in t or t in ("Check answer", "Myth", "Fact")
                or "Escalation and resolution policy" in t or "Accessibility statement" in t or "Home" in t]
    assert "Related content" not in [title for _, title in sections(QUIZ)]
    assert texts[1:3] == [
        "Question 1: I can't share information with children's social care without the parents' consent.",
        "Myth. You do not need consent to share information to protect a child. Seek it where it is safe to do so, "
        "but if asking would put the child at greater risk, or there is a legal duty to share, share without it. "
        "Schedule 1, Part 2, paragraph 18 of the Data Protection Act 2018 allows this."]


def test_the_quiz_pages_myths_and_law(catalog: Catalog) -> None:
    found = unseen_myths_in(QUIZ)
    assert {s: (m.verdict, m.kind) for s, m in found.items()} == {
        "I can't share information with children's social care without the parents' consent": ("no", "myth"),
        "Schools have a legal duty to safeguard and promote the welfare of their pupils": ("yes", "myth"),
        "The police can only share information about a child after someone has been charged with an offence":
            ("no", "myth"),
        "Once I have passed my concern to the designated safeguarding lead, I have done my part": ("no", "myth")}
    assert {("data-protection-act-2018", "schedule 1 paragraph 18"), ("education-act-2002", "section 175"),
            ("education-act-2002", "section 157"),
            ("crime-and-disorder-act-1998", "section 115")} <= cited(QUIZ, catalog)
    assert guidance(QUIZ, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}


@pytest.mark.parametrize(("html", "kept"), [
    ('<div class="feedback" hidden><p>Myth. Share it.</p></div>', ["Myth. Share it."]),
    ('<div class="govuk-accordion__section-content" hidden="until-found"><p>Share early.</p></div>', ["Share early."]),
    ('<div id="answer-3" hidden><p>No. You can share.</p></div>', ["No. You can share."]),
    ('<div class="modal" hidden><p>Your session is about to expire.</p></div>', []),
    ('<p hidden>Loading...</p>', []),
])
def test_hidden_answers_a_page_reveals_are_text(html: str, kept: list[str]) -> None:
    blocks, _ = parse_html(f"<main><h1>Quiz</h1><p>Intro text here.</p>{html}</main>")
    assert [b.text for b in blocks if b.kind != "heading"][1:] == kept


@pytest.mark.parametrize(("heading", "dropped"), [("Related content", True), ("See also", True),
                                                  ("Further reading", False)])
def test_a_box_of_related_links_inside_main(heading: str, dropped: bool) -> None:
    blocks, _ = parse_html(f'<main><h1>Page</h1><p>Share early.</p><aside><h2>{heading}</h2><ul><li><a href="/a">'
                           'Escalation policy</a></li><li><a href="/b">Working Together 2023</a></li></ul>'
                           '</aside></main>')
    assert ("Escalation policy" not in " ".join(b.text for b in blocks)) is dropped


# ---------------------------------------------------------------------------------------------
# A Northern Irish trust's protocol typed in Word without heading styles


NI = "ni-trust-protocol-bold-headings-word.docx"


def test_bold_paragraphs_numbered_by_hand_are_the_headings() -> None:
    numbered = [(k, t) for k, t in sections(NI) if k[0].isdigit() and not t.endswith("…")]  # not clauses
    assert numbered == [("1", "Introduction"), ("2", "Principles"), ("3", "The legal framework"),
                        ("3.1", "Children (Northern Ireland) Order 1995"), ("3.2", "Reporting offences"),
                        ("3.3", "Data protection and confidentiality"), ("4", "Frequently raised concerns"),
                        ("5", "Signatories")]
    assert passages(NI, "3.1.1")[0].startswith("Under Article 66 of the Children (Northern Ireland) Order 1995")
    assert not [t for t in passages(NI) if "OFFICIAL" in t or "Protocol v2.0" in t]
    assert read_document(UNSEEN / NI).meta.jurisdictions == ("Northern Ireland",)


def test_the_ni_protocols_law_guidance_myths_and_cases(catalog: Catalog) -> None:
    assert unseen_cited(NI, catalog, "3.1.1")[-1] == ("children-northern-ireland-order-1995", "article 66", "")
    assert unseen_cited(NI, catalog, "3.1.2") == [("children-northern-ireland-order-1995", "article 18", "")]
    assert unseen_cited(NI, catalog, "3.2.1") == [
        ("criminal-law-act-northern-ireland-1967", "section 5", "")]
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(NI, catalog, "3.3.1")
    assert unseen_cited(NI, catalog, "3.3.2") == [("common-law-duty-of-confidence", None, "")]
    assert unseen_cited(NI, catalog, "3.3.3") == [("safeguarding-board-act-northern-ireland-2011", "section 10", "")]
    assert guidance(NI, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni",
                                     "dhssps-confidentiality-code-ni"}
    found = unseen_myths_in(NI)
    assert {s: m.verdict for s, m in found.items()} == {
        "Can I share information with the PSNI without asking the family first?": "yes",
        "Does the Data Protection Act 2018 stop me sharing health records with a school?": "no"}
    dentist, youth_club = unseen_cases(NI)
    assert (dentist.section, dentist.setting) == ("Appendix 1", "A disclosure at a dental appointment")
    assert dentist.scenario.startswith("A community dentist treating a 7-year-old")
    assert youth_club.advice.startswith("the Trust does not confirm whether the young person is known.")


def test_a_signatories_table_is_no_guidance() -> None:
    # names, positions, blank signature and date cells: sign-off, not guidance
    assert not [t for t in passages(NI) if "Dr A. McCann" in t or t.startswith("Organisation | Name")]


def test_a_signatories_table_in_text_is_dropped_and_a_table_of_roles_kept() -> None:
    signed = "| Organisation | Name | Signature | Date |\n|---|---|---|---|\n| Anyshire Council | J. Smith | | |\n"
    blocks, _ = parse_blocks(f"{signed}\nShare early.\n")
    assert [b.text for b in blocks] == ["Share early."]
    roles = "| Role | What they do |\n|---|---|\n| Designated lead | Decides whether to refer. |\n"
    blocks, _ = parse_blocks(f"{roles}\nShare early.\n")
    assert "Designated lead | Decides whether to refer." in [b.text for b in blocks]


# ---------------------------------------------------------------------------------------------
# A Welsh school's policy with a table of practice scenarios


WALES = "wales-school-policy-scenario-table.md"


def test_the_welsh_policys_law_and_questions(catalog: Catalog) -> None:
    assert unseen_cited(WALES, catalog, "4.1") == [
        ("education-act-2002", "section 175", ""), ("social-services-and-well-being-wales-act-2014", "section 130", ""),
        ("children-act-2004", "section 28", "")]
    assert {("gdpr", "article 6(1)(e)", ""), ("data-protection-act-2018", "schedule 1 paragraph 18", "")} <= set(
        unseen_cited(WALES, catalog, "4.2"))
    assert "wales-safeguarding-procedures" in guidance(WALES, catalog)
    found = unseen_myths_in(WALES)
    assert {s: m.verdict for s, m in found.items()} == {
        "Should I tell the learner's parents before I tell the DSP?": "no",
        "Can I promise a learner that I will keep what they tell me to myself?": "no",
        "Do I need to be sure that abuse has happened before I report?": "no"}
    assert not [t for t in passages(WALES) if "Next review" in t]
    assert read_document(UNSEEN / WALES).meta.jurisdictions == ("Wales",)


def test_a_table_of_scenarios_gives_a_case_per_row() -> None:
    cases = unseen_cases(WALES)
    assert [c.section for c in cases] == ["4.4", "4.4", "4.4"]
    assert cases[0].scenario.startswith("A Year 8 learner tells a teaching assistant")
    assert cases[0].advice.startswith("Report the concern to the local authority's children's services the same day")
    assert cases[2].scenario.startswith("A parent asks the school not to tell the health visitor")
    assert cases[2].advice.startswith("Explain that the school cannot agree to this.")


@pytest.mark.parametrize(("header", "is_case"), [
    ("| Scenario | What should happen |", True),
    ("| Case study | Response |", True),
    ("| Situation | Share without consent? |", False),  # a table of situations answered yes or no
])
def test_scenario_table_headers(header: str, is_case: bool) -> None:
    doc = segment(text_document(f"# Guide\n\n## Practice\n\n{header}\n|---|---|\n| A 12-year-old tells a youth worker "
                                "that she is frightened to go home. | Share with children's social care today. |\n"))
    assert bool(find_case_examples(doc)) is is_case


def test_keeping_learners_safe_is_cited(catalog: Catalog) -> None:
    # Welsh Government statutory guidance, in the catalog as "keeping-learners-safe"
    assert any("keeping-learners-safe" in g for g in guidance(WALES, catalog))


@pytest.mark.parametrize("line", [
    "Approved by the governing body: 14 October 2024. Next review: October 2025.",
    "Approved by the governing body: 14 October 2024.",
])
def test_a_document_control_line_ending_in_a_full_stop(line: str) -> None:
    blocks, _ = parse_blocks(f"{line}\n\nShare early.\n")
    assert [b.text for b in blocks] == ["Share early."]


# ---------------------------------------------------------------------------------------------
# Across the round


def test_the_same_belief_across_the_rounds_documents_is_one_concept() -> None:
    concept = {m.statement: m.concept for m in unseen_myths()}
    assert concept["Can I promise a learner that I will keep what they tell me to myself?"] == \
        concept["If a young person asks me to keep a secret, I have to keep it"]
    assert concept["If I am not sure whether something is abuse, I should keep quiet until I am sure"] == \
        concept["Do I need to be sure that abuse has happened before I report?"]


def test_every_round16_fixture_has_its_metadata() -> None:
    for name in ROUND16:
        doc = read_document(UNSEEN / name)
        assert doc.meta.publisher and doc.meta.jurisdictions, name
