"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 15),
each read first as a careful reader would.

* `ico-ten-step-guide-safeguarding.html`: the ICO's ten steps as a web page. Its sections are
  the steps, `<h2>` headings "Step 1: Be clear about ..." to "Step 10: Read our data sharing
  code of practice"; "At a glance" is a list of three points; the "In this guide" contents, the
  breadcrumbs, the "Was this page useful?" box and the footer are furniture; "Further reading" is
  links. Law: UK GDPR (Article 5; Article 6(1)(c), (d), (e); Article 9), DPA 2018 (Schedule 1
  para 18; section 121, under which the data sharing code is made), Children Act 1989 s47,
  Children Act 2004 s11. "It is a myth that data protection law stops you from sharing ..." is a
  myth, answered false by the sentence after it; the `<details>` question "Do I need consent to
  share information?" is answered "No." Two "Example" boxes are cases (a school nurse and a
  14-year-old; a youth worker and a 16-year-old's overdose). Guidance: the ICO data sharing code
  of practice, Working Together 2023, KCSIE. Nations: all four (by its sidecar).
* `gp-practice-safeguarding-policy-word.docx`: a GP practice's policy saved from Word, with a
  version-control table before its title (document control, not guidance), a contents field,
  headings numbered by Word, a hyperlink field whose shown text ("0-18 years: guidance for all
  doctors") is the text, a "Situation | Share without consent? | Why" table whose answers are
  Wingdings ticks and crosses (`w:sym`) before "Yes" and "No", a footer "Page 1 of 4". Law:
  DPA 2018 (Schedule 1 para 18), UK GDPR (Article 6(1)(e), 9(2)(h)), the Health and Social Care
  Act 2012 s251B inserted by the Health and Social Care (Safety and Quality) Act 2015, the FGM
  Act 2003 s5B, the common law duty of confidence, the Children Act 1989 (a section 47
  enquiry), and the NHS Trusts and Primary Care Trusts (Sexually Transmitted Diseases) Directions
  2000 with its Direction 2: statutory Directions are an instrument. Myths: two "Myth:" / "Fact:"
  pairs (consent before a referral; receptionists). Principle: the seventh Caldicott principle.
  Guidance: Working Together 2023, the 2024 information sharing advice, GMC 0-18 guidance.
* `scotland-cpc-procedures-margin-numbers-print.pdf`: a Scottish committee's procedures chapter
  printed to PDF with its paragraph numbers "4.1" to "4.10" hanging in the left margin, a "Key
  messages" box of three points, a "Practice example" (Leah, 13) and a "Printed from ... may be
  out of date" stamp (furniture). Each numbered paragraph is one passage that keeps its number.
  Law: UK GDPR Article 6(1)(e), DPA 2018 Schedule 1 para 18 and section 208, Children's
  Hearings (Scotland) Act 2011 ss60 and 61, ECHR Article 8 and the HRA 1998, the UNCRC
  (Incorporation) (Scotland) Act 2024, Children and Young People (Scotland) Act 2014 Part 4, Age
  of Legal Capacity (Scotland) Act 1991 s2(4). Guidance: NGCP 2021, GIRFEC. Nation: Scotland.
* `easy-read-sharing-information.md`: an Easy Read leaflet: one short sentence a paragraph, a
  picture before each section (`![A worker asking a question](...)`: its alt text describes a
  picture, it is not guidance), bold hard words and a "Hard words" list written as a definition
  list ("**Permission**" over ": When you say yes to something."). "Some people think workers
  always need your permission to share. This is not true." is a myth answered false. "Amir's
  story" is a case (Amir, 11). Law: DPA 2018 and Children Act 1989, named without provisions.
* `info-sharing-decision-record-form.txt`: a form to fill in: blank fields ("Child's name:
  ____"), tick boxes ("☐ Yes ☐ No") and signature lines are no guidance; the "Guidance:" notes
  are passages; the tick lists of reasons and lawful bases are lists whose items name the law
  (UK GDPR Article 6(1)(c), (d), (e), 9(2)(g), 9(2)(h); DPA 2018 Schedule 1 Part 2 para 18;
  Children Act 1989 ss17 and 47; Children Act 2004 s11; Crime and Disorder Act 1998 s115; the
  common law duty of confidence). "OFFICIAL-SENSITIVE (when completed)" and "Form ISDR-1 v3.0 –
  ... Page 1 of 1" are furniture.

Gaps closed from round 14: KCSIE's markdown paragraphs 1 and 2 are numbered paragraphs, not one
list (the document numbers its paragraphs); statutory Directions are instruments.

Found since first written down: the ICO's "Step 1" to "Step 10" headings number their sections
("step-1", as "Appendix 1" does); the Scottish "Key messages" box, its bullets shapes set in from
its title, is one list of three points; "Direction 2" is a provision of the Directions named before it.

The GMC's "0-18 years: guidance for all doctors" (2007, updated 2018) is catalogued since, and found.

Still missed, as written down after running: the guidance the GP policy's version table names goes
with the table; the
"Practice example" box sits inside paragraph 4.9's section; the Easy Read story, one sentence a
paragraph and no advice marker, has its first paragraph for scenario and the rest for advice.
"""

from __future__ import annotations

import pytest
from helpers import (
    UNSEEN,
    one_document,
    text_document,
    unseen,
    unseen_cases,
    unseen_citations,
    unseen_cited,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import document_myths
from guidegraph.extract.principle_mentions import find_principle_mentions
from guidegraph.read import read_document
from guidegraph.read.html import parse_html
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

ROUND15 = ("ico-ten-step-guide-safeguarding.html", "gp-practice-safeguarding-policy-word.docx",
           "scotland-cpc-procedures-margin-numbers-print.pdf", "easy-read-sharing-information.md",
           "info-sharing-decision-record-form.txt")


guidance, passages, sections = unseen_guidance, unseen_passages, unseen_sections


# ---------------------------------------------------------------------------------------------
# The ICO's ten steps as a web page


ICO = "ico-ten-step-guide-safeguarding.html"


def test_the_ten_steps_are_the_pages_sections_and_its_furniture_goes() -> None:
    titles = [title for _, title in sections(ICO)]
    steps = [t for t in titles if t.startswith("Step ")]
    assert [t.split(":")[0] for t in steps] == [f"Step {n}" for n in range(1, 11)]
    assert steps[7] == "Step 8: Share information using the right lawful basis"
    assert not {"In this guide", "Was this page useful?"} & set(titles)
    assert not [t for t in passages(ICO) if "Latest updates" in t or "Wycliffe House" in t]
    [glance] = [p for p in unseen(ICO).passages if p.id.split("/")[1] == sections(ICO)[1][0]]
    assert glance.kind == "list" and len(glance.items) == 3
    assert glance.items[2] == "If you think a child is at risk of harm, share the information you need to. Do not wait."


def test_the_ten_steps_number_their_sections() -> None:
    steps = [(s.key, s.number) for s in unseen(ICO).sections if s.title.startswith("Step ")]
    assert steps == [(f"step-{n}", f"Step {n}") for n in range(1, 11)]
    nurse, youth_worker = unseen_cases(ICO)
    assert (nurse.section, youth_worker.section) == ("Step 2", "Step 9")


@pytest.mark.parametrize(("heading", "number"), [
    ("Step 3: Check the lawful basis", "Step 3"),
    ("Stage 2 – Assessment", "Stage 2"),
    ("STEP 10. Review", "Step 10"),
    ("Step 4", "Step 4"),
    ("Stage 3 assessments", None),  # a title about the stage, not the stage
    ("Steps to take", None),
])
def test_a_step_or_stage_heading_numbers_its_section(heading: str, number: str | None) -> None:
    for doc in (text_document(f"# Guide\n\n## {heading}\n\nShare early.\n"),
                one_document(tuple(parse_html(f"<h1>Guide</h1><h2>{heading}</h2><p>Share early.</p>")[0]), "t.html")):
        section = segment(doc).sections[1]
        assert (section.number, section.title) == (number, heading)
        if number:
            assert section.key == number.lower().replace(" ", "-")


def test_a_heading_after_the_steps_stays_their_sibling() -> None:
    """Unnumbered headings among numbered ones move down a level (a converter flattened the
    outline); a guide's steps are no outline, and "Further reading" after them is theirs to share."""
    doc = segment(text_document("# Guide\n\n## Step 1: Ask\n\nAsk early.\n\n## Step 2: Share\n\nShare early.\n\n"
                                "## Further reading\n\nThe code of practice.\n"))
    assert [(s.key, s.level) for s in doc.sections] == [("s1", 1), ("step-1", 2), ("step-2", 2), ("s4", 2)]


def test_the_ten_steps_law(catalog: Catalog) -> None:
    by_title = {title.split(":")[0]: key for key, title in sections(ICO)}
    assert ("children-act-1989", "section 47", "") in unseen_cited(ICO, catalog, by_title["Step 2"])
    step8 = unseen_cited(ICO, catalog, by_title["Step 8"])
    for cited in [("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 6(1)(c)", ""),
                  ("children-act-2004", "section 11", ""), ("gdpr", "article 9", ""),
                  ("data-protection-act-2018", "schedule 1 paragraph 18", "")]:
        assert cited in step8
    assert ("gdpr", "article 6(1)(d)", "") in unseen_cited(ICO, catalog, by_title["Step 9"])
    assert ("gdpr", "article 5", "") in unseen_cited(ICO, catalog, by_title["Step 7"])
    step10 = unseen_cited(ICO, catalog, by_title["Step 10"])
    assert ("data-protection-act-2018", "section 121", "") in step10
    assert ("ico-data-sharing-code-of-practice", None, "") in step10
    assert {"working-together-to-safeguard-children", "keeping-children-safe-in-education"} <= guidance(ICO, catalog)


def test_a_myth_named_in_running_text_and_a_folded_question() -> None:
    found = unseen_myths_in(ICO)
    myth = found["Data protection law stops you from sharing information about a child at risk"]
    assert (myth.verdict, myth.kind) == ("no", "myth")
    assert myth.answer.startswith("If you are worried about a child, the law allows you to share")
    assert found["Do I need consent to share information?"].verdict == "no"


def test_example_boxes_telling_of_someone_by_age_are_cases() -> None:
    nurse, youth_worker = unseen_cases(ICO)
    assert nurse.setting.startswith("Step 2: Identify your objective")
    assert nurse.scenario.startswith("A school nurse is told by a 14-year-old pupil")
    assert youth_worker.setting == "Step 9: Share information in an emergency"
    assert "16-year-old" in youth_worker.scenario


# ---------------------------------------------------------------------------------------------
# A GP practice's policy saved from Word


GP = "gp-practice-safeguarding-policy-word.docx"


def test_the_policys_version_history_and_footer_are_document_control() -> None:
    texts = passages(GP)
    assert not [t for t in texts if "Practice Manager" in t or "Version" in t or "Page 1 of 4" in t]
    assert [s for s in sections(GP) if s[0][0].isdigit()] == [
        ("1", "Purpose"), ("2", "The law"), ("3", "Confidentiality"), ("3.1", "Sexual health records"),
        ("4", "When to share"), ("5", "Myths about confidentiality"), ("6", "Recording")]


def test_ticks_leave_their_word_and_a_hyperlink_its_shown_text() -> None:
    rows = passages(GP, "4")
    assert rows[1] == "Situation | Share without consent? | Why"
    assert [row.split(" | ")[1] for row in rows[2:]] == ["Yes", "No", "Yes"]
    assert not [t for t in passages(GP) if any("\ue000" <= c <= "\uf8ff" for c in t)]  # no symbol-font codes
    assert "Follow the GMC's guidance, 0-18 years: guidance for all doctors, and ask" in passages(GP, "3")[0]


def test_the_policy_cites_the_gmcs_guidance_for_doctors_on_children(catalog: Catalog) -> None:
    assert "gmc-0-18-years" in guidance(GP, catalog)
    assert "gmc-0-18-years" in guidance("sexual-health-under-16s-faq.md", catalog)  # "(2018) 0-18 years: ..."


def test_the_policys_law_and_its_statutory_directions(catalog: Catalog) -> None:
    the_law = unseen_cited(GP, catalog, "2")
    for cited in [("gdpr", "article 6(1)(e)", ""), ("gdpr", "article 9(2)(h)", ""),
                  ("data-protection-act-2018", "schedule 1 paragraph 18", ""),
                  ("uncatalogued-health-and-social-care-act-2012", "section 251B", ""),
                  ("health-and-social-care-safety-and-quality-act-2015", None, "inserted by"),
                  ("female-genital-mutilation-act-2003", "section 5B", "")]:
        assert cited in the_law
    directions = "uncatalogued-nhs-trusts-and-primary-care-trusts-sexually-transmitted-diseases-directions-2000"
    assert unseen_cited(GP, catalog, "3.1") == [(directions, None, ""), (directions, "direction 2", "")]
    assert ("common-law-duty-of-confidence", None, "") in unseen_cited(GP, catalog, "3")
    assert ("children-act-1989", "section 47", "") in unseen_cited(GP, catalog, "4")


def test_the_policys_myths_and_principle() -> None:
    found = unseen_myths_in(GP)
    assert sorted(found) == ["I need a parent's consent before I can tell children's social care about a concern",
                             "Receptionists cannot raise safeguarding concerns"]
    assert {m.verdict for m in found.values()} == {"no"}
    assert [(m.set_id, m.number, m.passage_id.split("/")[1]) for m in find_principle_mentions(unseen(GP))] == [
        ("caldicott-principles", 7, "3")]


def test_directions_are_an_instrument_of_their_own(catalog: Catalog) -> None:
    """Statutory Directions ("... Directions 2000") are named law, as Regulations are: found
    whole, of no legislation.gov.uk type, and a year is needed ("give directions to" is no title)."""
    doc = segment(text_document("The Education (Pupil Information) (England) Regulations 2005 and the NHS Trusts "
                                "and Primary Care Trusts (Sexually Transmitted Diseases) Directions 2000 apply.\n\n"
                                "The Secretary of State may give Directions to a trust.\n"))
    citations, bases = find_citations(doc, catalog)
    assert [c.text for c in citations] == [
        "Education (Pupil Information) (England) Regulations 2005",
        "NHS Trusts and Primary Care Trusts (Sexually Transmitted Diseases) Directions 2000"]
    types = {b.id: b.type for b in bases}
    assert types["uncatalogued-nhs-trusts-and-primary-care-trusts-sexually-transmitted-diseases-directions-2000"] \
        == "uncatalogued"


@pytest.mark.parametrize(("text", "expected"), [
    ("The NHS Trusts and Primary Care Trusts (Sexually Transmitted Diseases) Directions 2000 protect such "
     "records. Direction 2 allows disclosure only for treatment.", ["direction 2"]),
    ("Directions 2 and 3 of the Sexually Transmitted Diseases Directions 2000 apply.", ["direction 2", "direction 3"]),
    # no Directions named: a direction is no provision of any other law
    ("The Children Act 1989 applies. Direction 2 of this policy says who decides.", []),
    ("Section 47 of the Children Act 1989 applies. Follow direction 2 on the map.", []),
])
def test_a_direction_is_a_provision_of_the_directions(catalog: Catalog, text: str, expected: list[str]) -> None:
    citations, _ = find_citations(segment(text_document(text + "\n")), catalog)
    assert [c.provision.label for c in citations if c.provision and c.provision.type == "direction"] == expected
    assert not [c for c in citations if c.provision and c.provision.type == "direction"
                and "directions" not in c.basis]


# ---------------------------------------------------------------------------------------------
# A Scottish procedures chapter printed with its paragraph numbers in the margin


SCOTLAND = "scotland-cpc-procedures-margin-numbers-print.pdf"


def test_margin_numbers_stay_with_their_paragraphs_and_headings_in_place() -> None:
    keys = [key for key, _ in sections(SCOTLAND)]
    numbered = [k for k in keys if k[:2] == "4."]
    assert numbered == [f"4.{n}" for n in range(1, 11)]
    titles = [title for _, title in sections(SCOTLAND)]
    order = [titles.index(t) for t in ("Sharing information to protect children", "The law",
                                       "Consent and the views of the child", "Recording and escalation")]
    assert order == sorted(order)
    assert keys.index("4.3") < titles.index("The law") < keys.index("4.4")
    assert passages(SCOTLAND, "4.1")[0].startswith("These procedures follow the National Guidance")
    # a paragraph over the page break is one passage again
    assert passages(SCOTLAND, "4.7") == [
        "The named person provisions in Part 4 of the Children and Young People (Scotland) Act 2014 were never "
        "brought into force after the Supreme Court found in 2016 that their information sharing provisions were "
        "not compatible with Article 8. Information is shared under the general law described above."]
    assert passages(SCOTLAND, "4.10")[-1].endswith("follow the Kelvinford escalation procedure in Chapter 9.")
    assert not [t for t in passages(SCOTLAND) if "Printed copies may be out of date" in t]


def test_the_scottish_chapters_law(catalog: Catalog) -> None:
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(SCOTLAND, catalog, "4.4")
    hearings = "childrens-hearings-scotland-act-2011"
    assert [(b, p) for b, p, _ in unseen_cited(SCOTLAND, catalog, "4.5")] == [
        (hearings, "section 60"), (hearings, "section 61")]
    rights = {b for b, _, _ in unseen_cited(SCOTLAND, catalog, "4.6")}
    uncrc_act = "uncatalogued-united-nations-convention-on-the-rights-of-the-child-incorporation-scotland-act-2024"
    assert {"echr", "human-rights-act-1998", uncrc_act} <= rights
    assert ("children-and-young-people-scotland-act-2014", "part 4", "") in unseen_cited(SCOTLAND, catalog, "4.7")
    assert unseen_cited(SCOTLAND, catalog, "4.9") == [
        ("data-protection-act-2018", "section 208", ""),
        ("uncatalogued-age-of-legal-capacity-scotland-act-1991", "section 2(4)", "")]
    assert guidance(SCOTLAND, catalog) == {"girfec", "national-guidance-child-protection-scotland"}
    [case] = unseen_cases(SCOTLAND)
    assert case.scenario.startswith("Leah, 13, tells her guidance teacher")


def test_the_key_messages_box_is_one_list() -> None:
    """Its bullets are shapes, so the text layer has none: the points, set in from the box's title
    by the room the bullets take, are the items of one list."""
    [box] = [p for p in unseen(SCOTLAND).passages if p.text.startswith("Key messages")]
    assert box.kind == "list" and box.items == (
        "Where there is a child protection concern, relevant information must be shared with social work or the "
        "police without delay.",
        "Consent is not needed to share information where a child may be at risk of significant harm.",
        "Record what you shared, with whom, when and why.")


# ---------------------------------------------------------------------------------------------
# An Easy Read leaflet in markdown


EASY_READ = "easy-read-sharing-information.md"


def test_pictures_are_no_text_and_hard_words_are_a_glossary() -> None:
    texts = passages(EASY_READ)
    assert not [t for t in texts if "images/" in t or "A worker asking a question" in t or t.startswith(":")]
    titles = [title for _, title in sections(EASY_READ)]
    assert titles[-1] == "Hard words" and "Permission" not in titles
    hard_words = passages(EASY_READ, sections(EASY_READ)[-1][0])
    assert hard_words[1:3] == ["Permission: When you say yes to something.", "Safe: Not being hurt or in danger."]


def test_the_easy_read_myth_story_and_law(catalog: Catalog) -> None:
    myth = unseen_myths_in(EASY_READ)["Workers always need your permission to share"]
    # round 22: a bare verdict's reason, in the paragraphs after it, is its answer too
    assert (myth.verdict, myth.answer) == ("no", "This is not true. If a child might be hurt, workers can share "
                                                 "without asking first. They do this if asking first could make "
                                                 "things worse.")
    [story] = unseen_cases(EASY_READ)
    # round 22: the story told a sentence a paragraph goes on to its end (no advice is marked)
    assert (story.setting, story.scenario.split("\n")[0]) == ("Amir", "Amir is 11.")
    assert story.scenario.endswith("the school shared the information with the early help team.")
    assert story.advice == "Now Amir's family gets help with food and money."  # in the present: no story
    law = dict(sections(EASY_READ))
    key = next(k for k, t in law.items() if t == "What does the law say?")
    assert unseen_cited(EASY_READ, catalog, key) == [("data-protection-act-2018", None, ""),
                                                     ("children-act-1989", None, "")]


@pytest.mark.parametrize(("text", "expected"), [
    ("It is a myth that you need consent to share. The law allows you to share without it.\n",
     [("You need consent to share", "The law allows you to share without it.", "no")]),
    ("A common misconception is that schools cannot share with the police.\n\nThey can, and often must.\n",
     [("Schools cannot share with the police", "They can, and often must.", "no")]),
    ("Some people think workers always need your permission. This is not true.\n",
     [("Workers always need your permission", "This is not true.", "no")]),
    # a belief reported and not denied is no myth
    ("Some people think early help works best when families agree. We agree with them.\n", []),
])
def test_a_belief_named_or_reported_and_denied_is_a_myth(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = document_myths(segment(text_document(text)))
    assert [(m.statement, m.answer, m.verdict) for m in found] == expected


# ---------------------------------------------------------------------------------------------
# A form to fill in


FORM = "info-sharing-decision-record-form.txt"


def test_a_forms_blanks_and_boxes_are_no_text() -> None:
    texts = passages(FORM) + [title for _, title in sections(FORM)]
    assert not [t for t in texts if "__" in t or "☐" in t or "OFFICIAL" in t or "ISDR-1" in t]
    assert [t for t in passages(FORM) if t.startswith("Guidance:")] == [
        t for t in passages(FORM) if "Guidance:" in t]
    assert len([t for t in passages(FORM) if t.startswith("Guidance:")]) == 4
    assert "Has the child or parent been told that information will be shared?" in passages(FORM)


def test_a_forms_tick_lists_are_lists_that_name_the_law(catalog: Catalog) -> None:
    doc = unseen(FORM)
    lists = {p.text.split("\n")[0]: p.items for p in doc.passages if p.kind == "list"}
    reasons = lists["If they were not told, or not asked, why not? (tick all that apply)"]
    assert reasons[0] == "Telling them would place the child at increased risk of significant harm"
    assert len(reasons) == 4
    assert lists["Common law duty of confidence – which applies?"] == (
        "Consent; Overriding public interest; Required by law or court order",)
    cited = {(c.basis, c.provision.label if c.provision else None) for c in unseen_citations(FORM, catalog)}
    assert {("gdpr", "article 6(1)(c)"), ("gdpr", "article 6(1)(d)"), ("gdpr", "article 6(1)(e)"),
            ("gdpr", "article 9(2)(g)"), ("gdpr", "article 9(2)(h)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18"), ("children-act-1989", "section 17"),
            ("children-act-1989", "section 47"), ("children-act-2004", "section 11"),
            ("crime-and-disorder-act-1998", "section 115"), ("common-law-duty-of-confidence", None)} <= cited


@pytest.mark.parametrize(("line", "kept"), [
    ("Child's name: ______________   Date of birth: ____ / ____ / ________", []),
    ("Decision:   ☐ Share   ☐ Do not share   ☐ Share in part", []),
    ("Method:   ☐ Secure email   ☐ Telephone   ☐ Other: ______________", []),
    ("Have they agreed to it being shared?      ☐ Yes   ☐ No", ["Have they agreed to it being shared?"]),
    ("OFFICIAL-SENSITIVE (when completed)", []),
    ("Tick the box ☐ where the parent has agreed.", ["Tick the box where the parent has agreed."]),
    ("Name the Act you rely on: the Children Act 1989 is usual.", ["Name the Act you rely on: the Children Act 1989 "
                                                                   "is usual."]),
])
def test_a_forms_lines(line: str, kept: list[str]) -> None:
    blocks, _ = parse_blocks(f"{line}\n\nShare early.\n")
    assert [b.text for b in blocks][:-1] == kept


# ---------------------------------------------------------------------------------------------
# The general rules, each in a small document of its own


def test_a_markdown_definition_list_is_a_glossary() -> None:
    blocks, _ = parse_blocks("## Glossary\n\n**Consent**\n: Agreeing to something.\n\nDSL\n\n: The designated "
                             "safeguarding lead.\n\nA paragraph ending here.\n: not a definition of it\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Glossary"), ("paragraph", "Consent: Agreeing to something."),
        ("paragraph", "DSL: The designated safeguarding lead."),
        ("paragraph", "A paragraph ending here."), ("paragraph", ": not a definition of it")]


@pytest.mark.parametrize(("line", "dropped"), [
    ("Latest updates - 30 November 2023", True),
    ("This document is uncontrolled when printed.", True),
    ("Printed from the procedures website on 12/02/2025. Printed copies may be out of date.", True),
    ("Printed copies of the leaflet are available from reception.", False),
])
def test_stamps_of_a_page_or_its_printed_copy(line: str, dropped: bool) -> None:
    blocks, _ = parse_blocks(f"{line}\n\nShare early.\n")
    assert (len(blocks) == 1) is dropped


@pytest.mark.parametrize(("heading", "body", "is_case"), [
    ("Example", "A health visitor sees a 3-year-old with a burn on her hand.", True),
    ("Example", "A privacy notice might say: we share your information with the council.", False),
    ("Sam's story", "Sam lives with his dad.", True),
])
def test_example_and_story_headings(heading: str, body: str, is_case: bool) -> None:
    from guidegraph.extract.cases import find_case_examples

    doc = segment(text_document(f"# Guide\n\n## Sharing\n\nShare early.\n\n### {heading}\n\n{body}\n"))
    assert bool(find_case_examples(doc)) is is_case


def test_every_round15_fixture_has_its_metadata() -> None:
    for name in ROUND15:
        doc = read_document(UNSEEN / name)
        assert doc.meta.publisher and doc.meta.jurisdictions, name
    assert read_document(UNSEEN / SCOTLAND).meta.jurisdictions == ("Scotland",)


def test_paragraphs_from_1_under_a_heading_in_a_document_numbering_its_paragraphs() -> None:
    """KCSIE's paragraphs 1 and 2 (round 14's gap): numbered paragraphs once the document shows it
    numbers its paragraphs (114 onwards); the same run in a document numbered as a list stays one."""
    from guidegraph.read.paragraphs import numbered_paragraphs

    opening = ("## Part one\n\n1. Schools are an important part of the wider safeguarding system. It is described in "
               "Working Together.\n\n2. Safeguarding is everyone's responsibility. Everyone has a role to play.\n\n")
    later = "".join(f"{n}. Paragraph {n} says one thing at some length. It then says another thing.\n\n"
                    for n in range(114, 117))
    blocks = numbered_paragraphs(parse_blocks(opening + "## Information sharing\n\n" + later)[0])
    assert [(b.kind, b.number) for b in blocks if b.kind != "heading"][:2] == [("paragraph", "1"), ("paragraph", "2")]
    alone = numbered_paragraphs(parse_blocks(opening)[0])
    assert [b.kind for b in alone if b.kind != "heading"] == ["item", "item"]
