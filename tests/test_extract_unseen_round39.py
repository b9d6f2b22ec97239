"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 39),
Word documents as Word saves them (written by `docx-sources/make_round39.py`: Word's namespaces,
styles, numbering, settings, font table, headers and footers, core and app properties), each read
first as a careful reader would.

* `caldermoor-council-isp-house-styles-word.docx`: a borough council's information sharing policy on
  the council's template. Its title in Word's Title style over a paragraph; its headings paragraphs
  in the council's own styles, named in its house style: "SCP Heading 1" (based on Word's Heading 1,
  setting no outline level of its own) for "Purpose and scope", "The legal framework" and
  "Principles for sharing", and "SCP Heading 2" (based on "SCP Heading 1", setting outline level 2)
  for "Statutory duties" and "Data protection"; under "Data protection" a Normal paragraph given
  outline level 3 in the Paragraph dialog, "Sharing without consent" (`w:outlineLvl` 2 in its own
  properties, no heading style); under "Purpose and scope" "Who this policy is for", a Normal
  paragraph made bold 14pt by hand over 11pt text, as the council's level-2 headings look (14pt
  bold); then "Working with the police", pasted from a partner's document made in a German-language
  Word, in that document's heading style (id "berschrift1", name "Überschrift 1", no outline level
  written), and "Glossary" in a French-language Word's ("Titre1", "Titre 1"), both at the top level;
  a running header naming the policy, an "OFFICIAL" footer with "Page X of Y". A careful reader takes
  each of these as the heading it looks like, at the level its style chain, its own outline level,
  its localised built-in style or its size gives it. Sections: the title; "Purpose and scope" (1)
  over "Who this policy is for" (2); "The legal framework" (1) over "Statutory duties" and "Data
  protection" (2), the latter over "Sharing without consent" (3); "Principles for sharing",
  "Working with the police" and "Glossary" (1). Law: Children Act 2004 s11 and s10 ("Section 10 of
  the same Act"), Children Act 1989 s47 and s17 ("section 17 of that Act"), the UK GDPR and the DPA
  2018 named whole ("do not prevent"), UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1
  para 18, the Crime and Disorder Act 1998 s115, and the UK GDPR's Article 5 in a bullet listing its
  principles ("necessary, proportionate, relevant, adequate, accurate, timely and secure", implied as
  the project reads the data protection principles). Guidance: Working Together 2023, the 2024 advice
  (its seven golden rules). No myths, no case. Furniture: the header and footer. Nation: England.
* `ashbeck-scp-two-column-leaflet-word.docx`: a partnership's leaflet for sports clubs, faith groups
  and volunteers, made in Word: the title (Title style) and a subtitle (Subtitle style) naming the
  readers, across the page over an opening paragraph that ends the first section; then a continuous
  section break into two newspaper columns (`w:cols w:num="2"`): "Why sharing matters" (two
  paragraphs, the second anchoring a floating text box, the pull quote "“Nobody ever asked me what
  was happening at home. I wish they had.”" over its attribution "– a young person from Ashbeck",
  saved twice as Word saves shapes), "What should I do?" (three paragraphs), a column break
  (`w:br w:type="column"`) set before "What the law says" in the heading's own paragraph, sending it
  to the top of the second column (two paragraphs), "Myth or fact?" over a table of two shaded rows
  of one cell ("Myth: ..." in bold, then "Fact: ..."); the paragraph that ends the two-column
  section, empty, then a continuous section break back to one column: "Case example: Kai, aged 10"
  (two paragraphs and a bold "What we learned: " before the lesson) and "Further information" (the
  guidance and the numbers to call); a footer with the partnership, its web address and "Leaflet 04,
  March 2025". A careful reader reads the columns as the text runs, column by column, each sentence
  whole, the heading after the column break as a heading (the break no text), the pull quote once
  after the paragraph it is anchored in, the subtitle as the title's text. Sections: the title and
  the six Heading 2 headings. Law: Children Act 1989 s47, the DPA 2018 and the UK GDPR named whole.
  Guidance: Working Together 2023, the 2024 advice. Myth: one, false, answered in the row under it.
  Case: Kai, aged 10, the lesson after "What we learned:". Furniture: the footer. Nation: England.
* `fellbridge-isp-request-decision-form-word.docx`: a partnership's information sharing request and
  decision form, published filled in as a worked example (fictional details, the header says so
  under "OFFICIAL-SENSITIVE when complete"; the footer names the form "ISR-2 v1.3" and "Page X of
  Y"); protected for filling in forms. The title (Title style), an italic instruction; "Part A:
  Request" (Heading 1) over a table of bold questions in shaded cells and answers in legacy text form
  fields (FORMTEXT: `w:fldChar` begin with `w:ffData`, the instruction, separate, the typed value,
  end), one left blank (its five en spaces) for the child's date of birth; "Does the family know about
  this request?" answered by two legacy check box fields (FORMCHECKBOX, no result: Word draws the box,
  and only `w:checked` in its `w:ffData` says "Yes" is ticked), "Has the family agreed ...?" by two
  check box content controls (`w14:checkbox`, their glyphs ☐ and ☒ in MS Gothic: "No" ticked); an
  italic instruction over a paragraph holding a filled text field; "Part B: Decision": a table whose
  "Decision" is a drop-down content control ("Share in full" chosen from "Share in full", "Share in
  part", "Do not share"), the reasons in a text field, the decision maker's name a plain text control
  still showing Word's prompt ("Click or tap here to enter text."), the date; "Legal basis for
  sharing" (Heading 2): an italic "Tick each basis that applies." over six paragraphs, each a check
  box content control and the law: ☒ Children Act 1989 s47, ☐ Crime and Disorder Act 1998 s115, ☒ UK
  GDPR Article 6(1)(e), ☐ Article 6(1)(a), ☒ Article 9(2)(g) and DPA 2018 Schedule 1 para 18, ☐ the
  common law duty of confidence; after a page break, "Guidance notes" (Heading 1): the 2024 advice
  and its seven golden rules, three numbered notes, Working Together 2023. A careful reader takes a
  question and its answer as the row they make ("Decision | Share in full"), an answer of ticked
  boxes as the options ticked ("Does the family know about this request? | Yes"), the drop-down's
  chosen item only; passes over the field codes, the en spaces, the prompt, the boxes' glyphs, and a
  question whose field was left blank (a blank to fill in, as round 15's form's); keeps the italic
  instructions as the form's words (they tell the practitioner what to do); and, where some boxes
  of a list are ticked, takes the ticked ones as the law the decision relies on and the others as
  options not chosen, no part of the text (in a blank form, none ticked, the options are the text,
  as round 15's were). Sections: the title, Part A, Part B, "Legal basis for sharing", "Guidance
  notes". Law: Children Act 1989 s47, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 para
  18; not the Crime and Disorder Act, Article 6(1)(a) or the common law duty of confidence. Guidance:
  the 2024 advice, Working Together 2023. No myths; no case (the answers are a record, no story
  told for its lesson). Furniture: the header, the footer, the field codes, the blanks, the prompt,
  the glyphs, the drop-down's other items. Nation: England.

Gaps closed in this round (general rules). In a Word document: a heading style named as a Word in
another language names its built-in headings ("Überschrift 1", "Titre 1", "Kop 1", "Pennawd 1") is
a heading of that level; a paragraph typed as a heading by hand (a few words with no closing stop,
every run bold and set 2pt or more above the body's text) takes the level of the heading styles set
in its size, or the level below those set larger (before, only a title's 20pt and over was read); a
legacy check box field's state (`w:ffData`, which Word draws and the text does not hold) is read as
the box ☒ or ☐; a table's row whose answer is a form field left blank (a text field's en spaces, a
content control's prompt) is a blank to fill in, not text. In any document: options filled in, some
ticked and some not, are the options ticked: on a line ("Told the family? ☒ Yes ☐ No" answers
"Yes"), and in a list of boxes (the unticked dropped); a blank form's options, none ticked, stay its
text. "Guidance notes" and "Procedure reforms" are titles, not a document's reference number.
"""

from __future__ import annotations

import pytest
from helpers import (
    COMMON_GUIDANCE,
    text_document,
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

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
_texts, under = unseen_texts, unseen_under


def _levels(name: str) -> list[tuple[str, int]]:
    return [(s.title, s.level) for s in unseen(name).sections]


# ---------------------------------------------------------------------------------------------
# A council's policy in its house heading styles


POLICY = "caldermoor-council-isp-house-styles-word.docx"


def test_the_policys_headings_by_style_chain_outline_level_and_localised_name() -> None:
    assert _levels(POLICY) == [
        ("Information Sharing Policy: Children and Families", 1), ("Purpose and scope", 1),
        ("Who this policy is for", 2), ("The legal framework", 1), ("Statutory duties", 2), ("Data protection", 2),
        ("Sharing without consent", 3), ("Principles for sharing", 1), ("Working with the police", 1),
        ("Glossary", 1)]


def test_a_heading_made_bold_and_larger_by_hand_heads_its_text() -> None:
    assert under(POLICY, "Purpose and scope") == [
        "Good decisions about a child depend on the right people knowing the right things at the right time. Too many "
        "reviews of serious cases have found that someone held a piece of information that was never passed on."]
    assert under(POLICY, "Who this policy is for") == [
        "Everyone who works for the council, including agency staff, contractors and volunteers, must follow this "
        "policy. Managers must make sure that their teams know about it."]


def test_the_policys_text_under_its_headings() -> None:
    assert passages(POLICY, "s1") == [
        "This policy sets out how staff of Caldermoor Borough Council share information about children and their "
        "families so that children get the help they need, when they need it. It applies to every service of the "
        "council, not only to children’s services."]
    assert under(POLICY, "Sharing without consent")[0].startswith("You do not need consent to share information")
    assert under(POLICY, "Working with the police")[0].startswith("Caldermoor Police may share information")
    assert [t.split(":")[0] for t in under(POLICY, "Glossary")] == ["Special category data", "Significant harm"]


def test_the_policys_header_and_footer_are_dropped() -> None:
    for furniture in ("OFFICIAL", "Page ", "Caldermoor Borough Council – Information Sharing Policy"):
        assert not [t for t in _texts(POLICY) if furniture in t], furniture


def test_the_policys_law_guidance_and_nation(catalog: Catalog) -> None:
    assert cited(POLICY, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-2004", "section 10"), ("children-act-1989", "section 47"),
        ("children-act-1989", "section 17"), ("gdpr", None), ("data-protection-act-2018", None),
        ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("crime-and-disorder-act-1998", "section 115"),
        ("gdpr", "article 5")}
    assert guidance(POLICY, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(POLICY) == {} and unseen_cases(POLICY) == []
    assert unseen(POLICY).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A two-column leaflet


LEAFLET = "ashbeck-scp-two-column-leaflet-word.docx"
QUOTE = "“Nobody ever asked me what was happening at home. I wish they had.”"


def test_the_leaflets_headings_across_its_sections_and_columns() -> None:
    assert sections(LEAFLET) == [
        ("s1", "Sharing worries about a child"), ("s2", "Why sharing matters"), ("s3", "What should I do?"),
        ("s4", "What the law says"), ("s5", "Myth or fact?"), ("s6", "Case example: Kai, aged 10"),
        ("s7", "Further information")]
    assert passages(LEAFLET, "front") == []
    assert passages(LEAFLET, "s1") == [
        "A leaflet for sports clubs, faith groups and community volunteers",
        "You may be the adult a child trusts most outside their family. This leaflet explains what to do if you are "
        "worried about a child, and why sharing your worry matters."]


def test_the_leaflets_columns_read_in_order_and_the_pull_quote_once() -> None:
    matters = under(LEAFLET, "Why sharing matters")
    assert matters[:2] == [
        "Children rarely tell one person everything. A coach may notice bruises, a youth leader may hear a worrying "
        "remark, and a teacher may see a child arrive hungry. Each worry on its own can seem small, but together they "
        "can show that a child needs help.",
        "Sharing early means that a family can get support before problems grow, and that a child at risk is "
        "protected sooner."]
    assert len(matters) == 3 and matters[2].startswith(QUOTE) and matters[2].endswith("a young person from Ashbeck")
    assert sum(t.count("Nobody ever asked me") for t in _texts(LEAFLET)) == 1
    assert len(under(LEAFLET, "What should I do?")) == 3
    assert under(LEAFLET, "What the law says")[0] == (
        "Children’s social care must make enquiries when there is reasonable cause to suspect that a child is "
        "suffering, or is likely to suffer, significant harm, under section 47 of the Children Act 1989.")


def test_the_leaflets_myth_in_its_shaded_rows() -> None:
    myths = unseen_myths_in(LEAFLET)
    assert list(myths) == ["I need a parent’s permission before I tell anyone about my worry"]
    [myth] = myths.values()
    assert myth.verdict == "no"
    assert myth.answer.startswith("You do not. If you think a child may be at risk")
    assert myth.answer.endswith("Asking the parent first could put the child at greater risk.")


def test_the_leaflets_case() -> None:
    [case] = unseen_cases(LEAFLET)
    assert case.setting == "Kai, aged 10"
    assert case.scenario.startswith("Kai’s football coach noticed")
    assert case.scenario.endswith("led to an assessment and help for Kai and his mother.")
    assert case.advice == "the coach’s worry was the missing piece, and it mattered that it was shared the same day."


def test_the_leaflets_footer_is_dropped() -> None:
    for furniture in ("Leaflet 04", "ashbeckscp", "March 2025"):
        assert not [t for t in _texts(LEAFLET) if furniture in t], furniture


def test_the_leaflets_law_guidance_and_nation(catalog: Catalog) -> None:
    assert cited(LEAFLET, catalog) == {("children-act-1989", "section 47"), ("data-protection-act-2018", None),
                                       ("gdpr", None)}
    assert guidance(LEAFLET, catalog) == COMMON_GUIDANCE
    assert unseen(LEAFLET).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A request and decision form filled in as a worked example


FORM = "fellbridge-isp-request-decision-form-word.docx"


def test_the_forms_sections() -> None:
    assert [title for _, title in sections(FORM)] == [
        "Information Sharing Request and Decision Form", "Part A: Request", "Part B: Decision",
        "Legal basis for sharing", "Guidance notes"]
    # the instruction under the title is the form's own words
    assert passages(FORM, "s1") == [
        "Use this form to ask another agency for information about a child, and to record the decision. The "
        "practitioner asking for information completes Part A; the agency holding it completes Part B. Read the "
        "guidance notes on the last page before you start."]


def test_the_forms_questions_and_answers() -> None:
    assert under(FORM, "Part A: Request") == [
        "Name of requesting practitioner | Sam Okafor",
        "Role and agency | Early Help Practitioner, Fellbridge Council Early Help",
        "Date of request | 3 March 2025",
        "Child’s name | Child A (example)",
        "What information do you need? | Attendance since September and any concerns the school has recorded about "
        "Child A’s presentation.",
        "Why do you need it? | Child A’s mother has told us that her partner has been violent at home. We are "
        "assessing whether Child A needs help.",
        "Does the family know about this request? | Yes",
        "Has the family agreed to the information being shared? | No",
        "If the family has not agreed, explain why you are asking without their agreement.",
        "Asking the mother’s partner could put Child A and her mother at greater risk."]
    assert under(FORM, "Part B: Decision") == [
        "Decision | Share in full",
        "Reasons for the decision | There is reasonable cause to suspect that Child A is at risk of significant harm, "
        "and the information is necessary for the assessment.",
        "Date of decision | 4 March 2025"]


def test_the_forms_legal_basis_is_the_boxes_ticked() -> None:
    lines = [line for text in under(FORM, "Legal basis for sharing") for line in text.split("\n")]
    assert lines == ["Tick each basis that applies.", "Children Act 1989, section 47",
                     "UK GDPR Article 6(1)(e): public task",
                     "UK GDPR Article 9(2)(g) and Data Protection Act 2018, Schedule 1, paragraph 18"]


def test_the_forms_guidance_notes() -> None:
    notes = under(FORM, "Guidance notes")
    assert notes[0].startswith("Information sharing: advice for practitioners providing safeguarding services")
    assert notes[-1].startswith("Working Together to Safeguard Children 2023 expects every agency")
    assert "Record your decision and your reasons on the child’s file, whether or not you share." in "\n".join(notes)


def test_the_forms_fields_prompts_glyphs_and_running_lines_are_not_text() -> None:
    for furniture in ("FORMTEXT", "FORMCHECKBOX", "Click or tap", "\u2002", "☐", "☒", "Share in part",
                      "Child’s date of birth", "Name of decision maker", "OFFICIAL", "WORKED EXAMPLE", "fictional",
                      "ISR-2", "Page "):
        assert not [t for t in _texts(FORM) if furniture in t], furniture


def test_the_forms_law_is_what_its_ticked_boxes_name(catalog: Catalog) -> None:
    assert cited(FORM, catalog) == {("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
                                    ("gdpr", "article 9(2)(g)"),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert guidance(FORM, catalog) == COMMON_GUIDANCE
    assert unseen_myths_in(FORM) == {} and unseen_cases(FORM) == []
    assert unseen(FORM).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# The general rules, line by line


@pytest.mark.parametrize(("line", "dropped"), [
    ("Guidance notes", False),
    ("Procedure reforms", False),
    ("Policy number: SG-014", True),
    ("Document ref: ISA/2024/07", True),
    ("Guidance no. 4", True),
])
def test_a_documents_reference_number_is_furniture_but_not_a_word_starting_so(line: str, dropped: bool) -> None:
    from guidegraph.read.furniture import is_furniture

    assert is_furniture(line) == dropped


@pytest.mark.parametrize(("text", "read"), [
    # some of a list's boxes ticked: the ticked ones are chosen, the others not
    ("☒ Children Act 1989, section 47\n\n☐ Crime and Disorder Act 1998, section 115\n\n☒ UK GDPR Article 6(1)(e)\n",
     ["Children Act 1989, section 47", "UK GDPR Article 6(1)(e)"]),
    # none ticked: a blank form's options, all read
    ("☐ Children Act 1989, section 47\n\n☐ Crime and Disorder Act 1998, section 115\n",
     ["Children Act 1989, section 47", "Crime and Disorder Act 1998, section 115"]),
    # a checklist of things to do, all ticked
    ("☑ Record the decision\n\n☑ Tell the family\n", ["Record the decision", "Tell the family"]),
])
def test_a_box_left_unticked_beside_ticked_ones_is_an_option_not_chosen(text: str, read: list[str]) -> None:
    blocks = text_document(text).blocks
    assert [line for b in blocks for line in b.text.split("\n")] == read


@pytest.mark.parametrize(("line", "read"), [
    ("Does the family know about this request? ☒ Yes ☐ No", "Does the family know about this request? Yes"),
    ("| Has the family agreed? | ☐ Yes ☒ No |", "Has the family agreed? | No"),
    ("Has the parent been told? ☐ Yes ☐ No", "Has the parent been told?"),  # blank: the question, as before
])
def test_a_question_answered_by_ticking_reads_its_answer(line: str, read: str) -> None:
    [block] = text_document(line + "\n").blocks
    assert block.text == read
