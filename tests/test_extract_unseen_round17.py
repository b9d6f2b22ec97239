"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 17),
each read first as a careful reader would.

* `training-slides-notes-pages-print.pdf`: a partnership's PowerPoint briefing saved as PDF in
  "Notes Pages" layout (printed by Chromium from `pdf-sources/`): each page a slide box (title in
  20pt, bullets or one statement in 13pt, a slide footer "Northfield SCP | Information sharing
  briefing | v2.1" and slide number) over the speaker notes in 11pt, then the page number. Law
  (slide 2 and its notes): Children Act 1989 s47, Children Act 2004 s11, UK GDPR Articles 6(1)(e)
  and 9(2)(g), DPA 2018 Schedule 1 Part 2 para 18; (slide 4) Crime and Disorder Act 1998 s115. Two
  "True or false?" slides, each one statement answered in the notes "False. ..." (consent always
  needed: a myth) and "True. ..." (s115 power); the first notes open with the presenter's
  instruction "Ask the room to vote, then reveal the answer.", no belief. Case: "Case study:
  Jayden, aged 9", three bullets and notes ("What happened next: ..."). Principles: the seven golden
  rules (slide 6). Guidance: Working Together 2023, the 2024 advice. Furniture: slide footers,
  slide and page numbers.
* `govuk-statutory-guidance-paragraph-anchors.html`: a GOV.UK statutory guidance page: cookie
  banner, skip link, header, breadcrumbs, title with its "Statutory guidance" caption, metadata
  ("From:", "Published"), a "Contents" list of links, numbered h2 sections whose paragraphs open
  with a "1.1" anchor link, two inset-text boxes, a "Table 1" of misunderstandings ("Misunderstanding
  | The position": two myths, both false), a case (Amira, Year 8, traced after an eviction), the
  "Print this page" button, the "Is this page useful? ... Report a problem with this page" box
  inside `<main>`, the footer. Law: Education Act 1996 s436A, Education Act 2002 s175, Children
  Act 1989 s47, UK GDPR Article 6(1)(e), DPA 2018, the common law duty of confidence, the School
  Attendance (Pupil Registration) (England) Regulations 2024 (not in the catalog). Guidance:
  Working Together 2023, KCSIE 2024, the 2024 advice.
* `council-early-help-faq-bold-questions.md`: a council's FAQ page in markdown, its questions bold
  lines ending "?", answered "Yes, in most cases.", "No, not if ...", "It depends on ...", "No.",
  "Yes, always.": five questions (yes, no, partly, no, yes). Two bold "Example N – ..." cases
  (Ellie, 2, at nursery; Callum, Year 10). Law: Children Act 1989 s47, UK GDPR Articles 6(1)(e)
  and 9(2)(h), DPA 2018 Schedule 1 Part 2 para 18 (and Gillick, case law, not in the catalog).
  Guidance: Working Together 2023, the 2024 advice, the local threshold document. Furniture: the
  "Last updated" line, and the italic footer "Was this page helpful? Email ... | Page ID: EH-FAQ-07"
  after a rule.
* `scotland-health-board-policy-glossary-endnotes.txt`: a Scottish health board's policy saved as
  plain text: document-control lines ("Policy reference: CP-04   Version 3.0   Effective from: 1
  April 2024"), hard-wrapped numbered clauses, a glossary typed as a two-column table with
  spaces (cells wrapping, "(IRD)" under its term), superscript endnote marks (¹ to ⁵) resolved in
  "Notes" at the end, "Misconception:" / "In fact:" pairs (two myths, both false), a numbered
  "Practice example" (a 15-year-old at a sexual health clinic, "Learning: ..."), and an ASCII
  flowchart appendix. Law: Children (Scotland) Act 1995 s22, Children's Hearings (Scotland) Act
  2011 ss60 and 64, Age of Legal Capacity (Scotland) Act 1991 s2(4) (the last two not in the
  catalog), DPA 2018 Schedule 1 Part 2 para 18, UK GDPR Articles 6(1)(e) and 9(2)(h), ECHR Article
  8, the common law duty of confidentiality. Guidance: National Guidance for Child Protection in
  Scotland 2021, GIRFEC. Nation: Scotland.

Gaps closed in this round (general rules): "Misconception:" labels a belief as "Myth:" does, and
"In fact:" opens its reply as "Fact:" does; a web page's "Report a problem with this page" link and
a feedback line opening "Was this page helpful?" (with what follows on its line) are furniture; a
document-control line ending "Effective from: 1 April 2024" is furniture.

Since found (general rules): a run of three lines or more set in under a PDF heading by a
bullet's room, each starting an entry, is a list's entries (a slide's points); a heading stating a
quiz's belief, a short note under it and then its answer: the heading is the belief, the note none;
a plain-text table whose columns are set apart by spaces gives a row per row, a line carrying on its
row when its first cell is empty or carries on the term ("(IRD)"); in hard-wrapped text whose
paragraphs stand apart with blank lines, a line ending a sentence at the wrap width carries on over
the next sentence.
"""

from __future__ import annotations

import pytest
from helpers import (
    text_document,
    unseen,
    unseen_cases,
    unseen_citations,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.extract.myths import document_myths
from guidegraph.extract.principles import find_principles
from guidegraph.read.aligned import aligned_tables
from guidegraph.read.furniture import is_furniture
from guidegraph.read.pdf import _Line as PdfLine
from guidegraph.read.pdf_ends import entry_starts
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

ROUND17 = ("training-slides-notes-pages-print.pdf", "govuk-statutory-guidance-paragraph-anchors.html",
           "council-early-help-faq-bold-questions.md", "scotland-health-board-policy-glossary-endnotes.txt")


guidance, passages, sections = unseen_guidance, unseen_passages, unseen_sections


cited = unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# PowerPoint slides saved as PDF notes pages


SLIDES = "training-slides-notes-pages-print.pdf"


def test_the_slides_law_principles_and_furniture(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 47"), ("children-act-2004", "section 11"),
            ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("crime-and-disorder-act-1998", "section 115")} <= cited(SLIDES, catalog)
    assert guidance(SLIDES, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}
    rules = find_principles(unseen(SLIDES))[0]
    assert {(p.set_id, p.number) for p in rules} == {("seven-golden-rules", n) for n in range(1, 8)}
    texts = passages(SLIDES)
    assert not [t for t in texts if "v2.1" in t or "Northfield SCP |" in t]
    assert any(t.startswith("Stress that data protection law is not a barrier") for t in texts)  # the notes


def test_the_slides_true_or_false_answered_in_the_notes() -> None:
    found = unseen_myths_in(SLIDES)
    s115 = ("Schools can share information with the police about a crime under section 115 of the Crime and "
            "Disorder Act 1998")
    assert found[s115].verdict == "yes"
    assert found[s115].answer.startswith("True. Section 115 gives any person a power")


def test_the_slides_case_study() -> None:
    [case] = unseen_cases(SLIDES)
    assert case.setting == "Jayden, aged 9"
    assert "Each agency held one piece of the picture." in case.scenario
    assert case.advice.startswith("children's social care started an assessment")


def test_a_presenters_instruction_is_no_belief() -> None:
    found = unseen_myths_in(SLIDES)
    assert "Ask the room to vote, then reveal the answer" not in found
    belief = "You must always get the parents' consent before you share information about a child"
    assert found[belief].verdict == "no"


@pytest.mark.parametrize(("heading", "expected"), [
    ("## You must always get consent before you share.",
     [("You must always get consent before you share", "False. You can share without it.", "no")]),
    # a title over a paragraph answered: the paragraph is the belief, as before
    ("## Sharing with the police",
     [("Ask the room to vote on it", "False. You can share without it.", "no")]),
])
def test_a_note_between_a_quiz_statement_and_its_answer(heading: str, expected: list[tuple[str, str, str]]) -> None:
    text = f"# True or false?\n\n{heading}\n\nAsk the room to vote on it.\n\nFalse. You can share without it.\n"
    found = document_myths(segment(text_document(text)))
    assert [(m.statement, m.answer, m.verdict) for m in found] == expected


def test_a_slides_bullets_stay_apart() -> None:
    [case] = unseen_cases(SLIDES)
    assert "same clothes The school nurse" not in case.scenario


POINTS = ["Often arrives at school hungry", "The school nurse has noticed missed appointments",
          "Mum has told the GP she is struggling"]


@pytest.mark.parametrize(("x", "points", "entries"), [
    (106.0, POINTS, 2),  # set in under the heading by a bullet's room: each line a point
    (86.0, POINTS, 0),  # at the heading's edge: body text, as wrapped lines may start with capitals
    (106.0, POINTS[:2], 0),  # two lines: too few to tell by
    (106.0, [POINTS[0], "and has missed appointments", POINTS[2]], 0),  # a line that carries on a sentence
])
def test_points_set_in_under_a_pdf_heading(x: float, points: list[str], entries: int) -> None:
    page = [PdfLine("Case study", y=750, size=20, heading=1, x=86.0)]
    page += [PdfLine(text, y=716 - 18 * k, size=13, x=x) for k, text in enumerate(points)]
    assert len(entry_starts(page, 18.5)) == entries


# ---------------------------------------------------------------------------------------------
# A GOV.UK statutory guidance page with numbered paragraph anchors


GOVUK = "govuk-statutory-guidance-paragraph-anchors.html"


def test_the_govuk_pages_paragraphs_are_its_numbered_sections() -> None:
    keys = [k for k, _ in sections(GOVUK)]
    assert keys[1:] == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "4", "4.1", "5", "5.1"]
    assert passages(GOVUK, "2.1")[0].startswith("Local authorities have a duty under section 436A")
    texts = passages(GOVUK)
    assert any(t.startswith("A child missing education is at significant risk") for t in texts)  # inset text
    for furniture in ("Cookies", "Skip to", "Running and managing a school", "About this guidance", "Print this",
                      "useful", "Report a problem", "Crown copyright", "Published"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_govuk_pages_law_myths_and_case(catalog: Catalog) -> None:
    law = cited(GOVUK, catalog)
    assert {("education-act-1996", "section 436A"), ("education-act-2002", "section 175"),
            ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"), ("data-protection-act-2018", None),
            ("common-law-duty-of-confidence", None)} <= law
    assert any(b.startswith("uncatalogued-school-attendance-pupil-registration") for b, _ in law)
    assert guidance(GOVUK, catalog) == {"working-together-to-safeguard-children", "keeping-children-safe-in-education",
                                        "hmg-information-sharing-advice"}
    found = unseen_myths_in(GOVUK)
    assert {s: m.verdict for s, m in found.items()} == {
        "A school cannot tell the local authority that a child has left unless the parents agree": "no",
        "Elective home education means the local authority has no role": "no"}
    [case] = unseen_cases(GOVUK)
    assert case.section == "4" and "Amira" in case.scenario


@pytest.mark.parametrize("line", ["Report a problem with this page", "Was this page helpful? Email us | Page ID: 7",
                                  "Is this page useful? Yes No"])
def test_a_pages_feedback_prompt_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["Was this page helpful?", "Is this useful? It depends on what you need to know.",
                                  "Report a problem with this page to the council if it is wrong."])
def test_feedback_words_in_text_stay(line: str) -> None:
    assert is_furniture(line) == (line == "Was this page helpful?")


# ---------------------------------------------------------------------------------------------
# A council's FAQ with bold questions


FAQ = "council-early-help-faq-bold-questions.md"


def test_bold_questions_answered_yes_no_or_it_depends() -> None:
    found = unseen_myths_in(FAQ)
    assert {s: m.verdict for s, m in found.items()} == {
        "Do I need the family's consent to make an early help referral?": "yes",
        "If a parent refuses early help, must I close the case and stop sharing?": "no",
        "Can a 14-year-old give consent on their own behalf?": "partly",
        "Is GDPR a reason not to share information with the Early Help Hub?": "no",
        "Do I have to keep a record when I decide not to share?": "yes",
    }
    assert found["Can a 14-year-old give consent on their own behalf?"].answer.startswith("It depends on their "
                                                                                        "understanding.")


def test_the_faqs_law_cases_and_footer(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18")} <= cited(FAQ, catalog)
    assert {"working-together-to-safeguard-children", "hmg-information-sharing-advice"} <= guidance(FAQ, catalog)
    ellie, callum = unseen_cases(FAQ)
    assert (ellie.setting, callum.setting) == ("the nursery and the health visitor", "a school and the housing officer")
    assert "two-year-old Ellie" in ellie.scenario and "Callum" in callum.scenario
    texts = passages(FAQ)
    assert not [t for t in texts if "helpful" in t or "EH-FAQ" in t or "Last updated" in t]


# ---------------------------------------------------------------------------------------------
# A Scottish health board's policy with a glossary, endnotes and a flowchart


SCOT = "scotland-health-board-policy-glossary-endnotes.txt"


def test_the_scottish_policys_own_law_through_its_endnotes(catalog: Catalog) -> None:
    law = cited(SCOT, catalog)
    assert {("children-scotland-act-1995", "section 22"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)"), ("echr", "article 8"),
            ("common-law-duty-of-confidence", None)} <= law
    assert {("childrens-hearings-scotland-act-2011", "section 60"),
            ("childrens-hearings-scotland-act-2011", "section 64"),
            ("uncatalogued-age-of-legal-capacity-scotland-act-1991", "section 2(4)")} <= law
    # the endnote's law is cited where its mark stands
    clause = {(c.basis, c.provision.label if c.provision else None) for c in unseen_citations(SCOT, catalog)
              if c.passage_id.split("/")[1] == "3.2"}
    assert ("childrens-hearings-scotland-act-2011", "section 64") in clause
    assert {"national-guidance-child-protection-scotland", "girfec"} <= guidance(SCOT, catalog)
    assert unseen(SCOT).meta.jurisdictions == ("Scotland",)


def test_misconception_and_in_fact_pairs() -> None:
    found = unseen_myths_in(SCOT)
    assert {s: m.verdict for s, m in found.items()} == {
        "Health staff need the parents' permission before they can contact social work": "no",
        "Only the named Child Protection Adviser can make a referral": "no"}
    assert found["Only the named Child Protection Adviser can make a referral"].answer.startswith(
        "Any member of staff can and should refer.")


def test_the_scottish_policys_case_and_document_control() -> None:
    [case] = unseen_cases(SCOT)
    assert case.setting == "a young person at the sexual health clinic"
    assert case.scenario.startswith("A 15-year-old attended the sexual health clinic")
    assert case.advice.startswith("the young person was competent to consent")
    texts = passages(SCOT)
    assert not [t for t in texts if "CP-04" in t or "Effective from" in t or "Review:" in t]


@pytest.mark.parametrize(("text", "expected"), [
    ("Misconception: You need consent to share.\n\nIn fact: you do not where a child is at risk.\n",
     [("You need consent to share", "you do not where a child is at risk.", "no")]),
    ("Misconception 2: Only police can refer.\nIn fact: anyone can.\n",
     [("Only police can refer", "anyone can.", "no")]),
    ("In fact, most families agree to share.\n\nThat helps.\n", []),
])
def test_misconception_labels(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = document_myths(segment(text_document(text)))
    assert [(m.statement, m.answer, m.verdict) for m in found] == expected


def test_a_glossary_typed_in_columns() -> None:
    texts = passages(SCOT)
    assert not [t for t in texts if "to plan (IRD)" in t or t.startswith("Principal Reporter The official")]
    assert "Inter-agency referral discussion (IRD) | A discussion between police, social work and health to plan " \
           "the response to a child protection concern." in texts


GLOSSARY = ["Term          Meaning", "DSL           The designated safeguarding lead, who decides whether",
            "              to refer.", "Inter-agency  A meeting of the police, social work and health to",
            "discussion    plan the response.", "Carer         someone who looks after a child"]


@pytest.mark.parametrize(("lines", "rows"), [
    (GLOSSARY, ["| Term | Meaning |", "| DSL | The designated safeguarding lead, who decides whether to refer. |",
                "| Inter-agency discussion | A meeting of the police, social work and health to plan the response. |",
                "| Carer | someone who looks after a child |"]),
    # a meaning in lower case under a short one opens a row of its own
    (["Child    a person under 18", "Carer    someone who looks after a child", "Parent   a mother or father"],
     ["| Child | a person under 18 |", "| Carer | someone who looks after a child |",
      "| Parent | a mother or father |"]),
    # two columns of prose side by side, a list's markers, a contents list: no tables
    (["The Act says that a local    authority must make enquiries", "authority must make          where it has",
      "enquiries where it has       cause to suspect harm"], []),
    (["1.  Justify the purpose.", "2.  Use only what is necessary.", "3.  Use the minimum."], []),
    (["Introduction        3", "Legal framework     5", "Myths               9"], []),
])
def test_a_table_typed_with_its_columns_set_apart_by_spaces(lines: list[str], rows: list[str]) -> None:
    assert [line for line in aligned_tables(lines) if line.startswith("|")] == rows


def test_a_wrapped_line_ending_a_sentence_carries_on() -> None:
    assert len(passages(SCOT, "5.1")) == 1
    assert passages(SCOT, "3.1")[0].endswith("share relevant information with it.")


WRAPPED = ("The first paragraph of a policy, set apart from the next by a blank line as all of this\n"
           "policy's paragraphs are, and hard-wrapped by the editor at about ninety characters wide.\n"
           "It goes on here after a sentence that happened to end at the wrap.\n\n"
           "Misconception: a belief set over its reply, which this label line must not run into now.\n"
           "In fact: the reply, which opens a paragraph of its own under its label as it always has.\n\n"
           "A short paragraph.\n\nAnother paragraph of the policy, hard-wrapped by the editor as the first\n"
           "was, and running on over a line that starts in lower case, as wrapped text does so often.\n")


def test_a_wrapped_sentence_end_in_a_document_parted_by_blank_lines() -> None:
    texts = [b.text for b in parse_blocks(WRAPPED)[0]]
    assert texts[0].endswith("at the wrap.") and texts[2].startswith("In fact:")
    # a paragraph's end with no blank line is the document's habit: each line break ends a sentence
    unparted = WRAPPED.replace("\n\n", "\n") + "".join(f"Short sentence {n}.\nIt goes on.\n" for n in range(3))
    assert "It goes on here after a sentence that happened to end at the wrap." in [
        b.text for b in parse_blocks(unparted)[0]]
