"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 14),
and the gaps round 13 wrote down.

New fixtures, each read first as a careful reader would:

* `kcsie-part-one-numbered-md.md`: KCSIE's Part one converted to markdown. Paragraphs 1 and 2,
  then 114 to 118 under "###" headings: each of 114-118 is a numbered paragraph that opens its
  own section ("114"), not an item of a list; the closing "What to do ...:" over three short
  numbered steps is a list. Law: the DPA 2018 and UK GDPR (115), FGM Act 2003 s5B (117),
  CTSA 2015 s26 (118). Guidance: Working Together 2023 and the 2024 information sharing advice.
* `camhs-young-people-confidentiality-leaflet.txt`: a CAMHS leaflet written to the young person.
  Its questions are its headings ("Will you tell my parents?", "Who else can I talk to?", which
  ends on "to"); the contacts under the last ("Childline: 0800 1111 ...") are lines of text,
  not headings; "Leaflet CAMHS-12 – reviewed February 2024" is furniture; "Not usually." answers
  "Will you tell my parents?" in part; "An example" over "Jay, 15, told their CAMHS worker ..." is
  a case. Law: the Children Act 1989 and the DPA 2018, named without provisions.
* `dsl-sharing-checklist-tasklist.md`: a checklist in markdown task lists ("- [ ] Record it",
  "- [x] ..."): the boxes are no text; "Approved by the Partnership Executive: 3 May 2024" is a
  document-control line. Law: UK GDPR; CA 1989 s47, CA 2004 s11, DPA 2018 Sch 1 para 18.
* `lscp-golden-rules-numbered-paragraphs.html`: a partnership's chapter with paragraphs numbered
  in `<ol start="41">` lists, the 2024 seven golden rules (which put "seek advice" fourth), then
  "Golden rule 4 means ...", "The third golden rule ...", "The seventh Caldicott principle ...",
  "Principle 8 (inform patients ...) supports golden rule 2", and two FAQs in <details>.

Gaps closed from round 13: (a) a passage naming one principle by number or ordinal is linked to
it (gg:mentionsPrinciple); (b) numbered paragraphs written as a list numbered from well above 1
open sections; (c) "Reviewed by the Board of Governors: October 2024" and other approval and
issue lines are document control, dropped; (d) "↓ If YES ↓ If NO" over two boxes labels each box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import UNSEEN, unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog, load_ontology, load_shapes
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.myths import verdict_of
from guidegraph.extract.principle_mentions import find_principle_mentions
from guidegraph.graph import build_graph
from guidegraph.model import Block, Document, Metadata
from guidegraph.read import read_document
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment
from guidegraph.validate import validate_graph
from guidegraph.vocab import GG, passage_iri, principle_iri


def guidance(name: str, catalog: Catalog) -> set[str]:
    return {g.id for g in find_guidance(unseen(name), catalog)}


def passages(name: str, section: str) -> list[str]:
    return [p.text for p in unseen(name).passages if p.id.split("/")[1] == section]


def sections(name: str) -> list[tuple[str, str]]:
    return [(s.key, s.title) for s in unseen(name).sections]


def mentions(name: str) -> list[tuple[str, int, str, str]]:
    return [(m.set_id, m.number, m.text, m.passage_id.split("/")[1])
            for m in find_principle_mentions(unseen(name))]


def one_passage(text: str) -> Document:
    meta = Metadata("t", "T", "P", "2024", ("England",), (), "", "", "full", Path("t.txt"))
    return Document(meta, (Block("paragraph", text, 1, 1),))


# ---------------------------------------------------------------------------------------------
# KCSIE Part one in markdown: numbered paragraphs, gap (b)


KCSIE = "kcsie-part-one-numbered-md.md"


def test_paragraphs_numbered_from_well_above_one_open_sections() -> None:
    assert sections(KCSIE) == [
        ("s1", "Keeping children safe in education 2024"),
        ("s2", "Part one: Safeguarding information for all staff"),
        ("s3", "What school and college staff should know and do"),
        # paragraphs 1 and 2 are paragraphs too, once the document shows it numbers them (round 15)
        ("1", "Schools and colleges and their staff are an…"),
        ("2", "Safeguarding and promoting the welfare of children is…"),
        ("s6", "Information sharing"),
        ("114", "Information sharing is vital in identifying and tackling…"),
        ("115", "The Data Protection Act 2018 and UK GDPR…"),
        ("116", "Staff should never promise a child that they…"),
        ("s10", "Mandatory reporting duties"),
        ("117", "Section 5B of the Female Genital Mutilation Act…"),
        ("118", "Schools have a duty under section 26 of…")]
    assert [p.kind for p in unseen(KCSIE).passages if p.id.split("/")[1] == "115"] == ["paragraph"]
    assert [p.kind for p in unseen(KCSIE).passages if p.id.split("/")[1] == "2"] == ["paragraph"]
    # under the heading they stand below: paragraph 114 sits in "Information sharing"
    by_key = {s.key: s for s in unseen(KCSIE).sections}
    assert by_key["114"].parent == by_key["s6"].id
    assert by_key["1"].parent == by_key["s3"].id


def test_a_short_list_after_the_numbered_paragraphs_stays_a_list() -> None:
    [steps] = [p for p in unseen(KCSIE).passages if p.kind == "list" and p.id.split("/")[1] == "118"]
    assert steps.text.splitlines() == ["What to do if a child tells you they are being abused:",
                                       "listen carefully and stay calm;", "do not ask leading questions;",
                                       "tell the designated safeguarding lead straight away."]


def test_the_kcsie_chapters_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited(KCSIE, catalog, "115") == [
        ("data-protection-act-2018", None, ""), ("gdpr", None, ""), ("gdpr", "article 9", ""),
        ("data-protection-act-2018", None, "")]
    assert unseen_cited(KCSIE, catalog, "117") == [("female-genital-mutilation-act-2003", "section 5B", "")]
    assert unseen_cited(KCSIE, catalog, "118") == [("counter-terrorism-and-security-act-2015", "section 26", "")]
    assert guidance(KCSIE, catalog) == {"hmg-information-sharing-advice", "working-together-to-safeguard-children"}
    assert unseen_myths_in(KCSIE) == {} and unseen_cases(KCSIE) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a run from 30, then one carrying on its count after footnotes: both numbered paragraphs
    ("Information sharing\n\n30. Sharing information matters. It keeps children safe from serious harm.\n\n"
     "31. Practitioners should be proactive. They share information as early as possible.\n\n"
     "11 A footnote.\n\n32. Fears about sharing must not stand in the way of safeguarding children.\n",
     [("paragraph", "30"), ("paragraph", "31"), ("paragraph", None), ("paragraph", "32")]),
    # numbered from 1: a list, and so is its count carried on under the next heading
    ("Steps\n\n1. Ring the Front Door. Say who you are.\n\n2. Confirm it in writing. Do so in a day.\n\n"
     "More steps\n\n3. Record what you did. Keep a copy on the file.\n",
     [("item", None), ("item", None), ("item", None)]),
    # numbered from 12 but short steps of one sentence: a list carrying on its count
    ("Steps\n\n12. Ring the Front Door.\n\n13. Write to them.\n", [("item", None), ("item", None)]),
])
def test_which_numbered_runs_are_paragraphs(text: str, expected: list[tuple[str, str | None]]) -> None:
    from guidegraph.read.paragraphs import numbered_paragraphs

    blocks = numbered_paragraphs(parse_blocks(text)[0])
    assert [(b.kind, b.number) for b in blocks if b.kind != "heading"] == expected


def test_working_together_paragraphs_keep_their_footnotes(catalog: Catalog) -> None:
    """The text file's paragraphs 30-36 open sections too; the footnotes after 33 stay in it, their
    numbers raised as the marks that point at them are."""
    name = "working-together-2023-extract.txt"
    assert [s.key for s in unseen(name).sections] == ["s1", "chapter-2", "s3", *map(str, range(30, 37))]
    assert passages(name, "33")[1:] == [
        "¹¹ Child Safeguarding Practice Review Panel (2022) Annual report 2021 to 2022.",
        "¹² In particular paragraph 18 of Schedule 1 to the Data Protection Act 2018.",
        "¹³ Section 16H of the Children Act 2004."]


# ---------------------------------------------------------------------------------------------
# A CAMHS leaflet written to young people


CAMHS = "camhs-young-people-confidentiality-leaflet.txt"


def test_the_leaflets_questions_are_its_headings_and_its_contacts_are_text() -> None:
    """"Who else can I talk to?" ends on "to", yet its question mark closes it; "Childline: 0800
    1111 (free, ...)" is a contact, not the heading of the two lines under it."""
    assert [title for _, title in sections(CAMHS)] == [
        "Who will know what I tell you?", "A leaflet about confidentiality for young people",
        "What does confidential mean?", "Will you tell my parents?", "Will you tell my school or my GP?",
        "When would you have to tell someone?", "Can I see what you have written about me?",
        "Who else can I talk to?", "An example"]
    assert passages(CAMHS, "s8") == ["Childline: 0800 1111 (free, and it won't show on the phone bill)",
                                     "Kooth: www.kooth.com", "The Mix: 0808 808 4994"]
    assert "reviewed February 2024" not in "\n".join(p.text for p in unseen(CAMHS).passages)


def test_the_leaflets_answers_case_and_law(catalog: Catalog) -> None:
    assert {s: m.verdict for s, m in unseen_myths_in(CAMHS).items()} == {
        "Will you tell my parents?": "partly",  # "Not usually. If you are old enough ..."
        "Can I see what you have written about me?": "yes"}
    [case] = unseen_cases(CAMHS)
    assert case.scenario.startswith("Jay, 15, told their CAMHS worker that they had been cutting themselves.")
    assert case.setting == "CAMHS"
    assert unseen_cited(CAMHS, catalog, "s6") == [("children-act-1989", None, "")]
    assert unseen_cited(CAMHS, catalog, "s7") == [("data-protection-act-2018", None, "")]
    assert guidance(CAMHS, catalog) == set()


@pytest.mark.parametrize(("answer", "verdict"), [("Not usually. We ask you first.", "partly"),
                                                 ("Not normally, unless you are at risk.", "partly")])
def test_not_usually_answers_in_part(answer: str, verdict: str) -> None:
    assert verdict_of(answer) == verdict


def test_an_example_heading_over_a_named_child_is_a_case() -> None:
    """Without a "What should happen:" marker, the story of a child named with their age is a case;
    an "Example" heading over other text still is not."""
    text = ("Guidance\n\nAn example\n\nSam, aged 12, told a teacher that an older boy had asked for photos. "
            "The teacher told the DSL the same day.\n\nExample\n\nA privacy notice may say: we share to keep "
            "children safe.\n")
    meta = Metadata("t", "T", "P", "2024", ("England",), (), "", "", "full", Path("t.txt"))
    from guidegraph.extract.cases import find_case_examples

    [case] = find_case_examples(segment(Document(meta, tuple(parse_blocks(text)[0]))))
    assert case.scenario.startswith("Sam, aged 12, told a teacher")


# ---------------------------------------------------------------------------------------------
# A checklist in markdown task lists


CHECKLIST = "dsl-sharing-checklist-tasklist.md"


def test_a_checklists_boxes_are_no_text() -> None:
    [before] = [p for p in unseen(CHECKLIST).passages if p.id.split("/")[1] == "s2"]
    assert before.text.splitlines() == [
        "Is there a clear and legitimate purpose for sharing? Record it.",
        "Have you sought advice from your line manager or the Front Door if you are unsure?",
        "Do you need consent? Remember that the UK GDPR does not require consent where another lawful basis applies.",
        "Would seeking consent place the child at increased risk of significant harm?"]
    assert passages(CHECKLIST, "s1") == [  # not its "Approved by the Partnership Executive: 3 May 2024"
        "Use this checklist each time you decide whether to share information about a child. "
        "Keep a copy on the child's file."]


def test_the_checklists_law(catalog: Catalog) -> None:
    assert unseen_cited(CHECKLIST, catalog, "s2") == [("gdpr", None, "")]
    assert unseen_cited(CHECKLIST, catalog, "s3") == [
        ("children-act-1989", "section 47", ""), ("children-act-2004", "section 11", ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert unseen_myths_in(CHECKLIST) == {} and unseen_cases(CHECKLIST) == []


# ---------------------------------------------------------------------------------------------
# A partnership chapter referring to golden rules by number: gap (a)


RULES = "lscp-golden-rules-numbered-paragraphs.html"


def test_paragraphs_in_ordered_lists_from_41_open_sections() -> None:
    assert [key for key, _ in sections(RULES)] == ["chapter-3", "s2", "41", "s4", "42", "43", "44"]
    assert len(passages(RULES, "41")) == 8  # the paragraph and the seven rules it introduces


def test_principles_named_by_number_are_linked_to_them() -> None:
    """The chapter lists the 2024 rules, "seek advice" fourth: its "golden rule 4" is the "seek
    advice" rule (rule 3 of the set's concepts) and its "third golden rule" the consent rule (4);
    "Principle 8 (inform patients ...)" is the Caldicott principle its words name."""
    assert mentions(RULES) == [
        ("seven-golden-rules", 3, "Golden rule 4", "42"),
        ("seven-golden-rules", 4, "third golden rule", "43"),
        ("caldicott-principles", 8,
         "Principle 8 (inform patients and service users about how their confidential information is used)", "44"),
        ("caldicott-principles", 7, "seventh Caldicott principle", "44"),
        ("seven-golden-rules", 2, "golden rule 2", "44")]


def test_the_chapters_faqs_in_details_are_answered_questions(catalog: Catalog) -> None:
    assert {s: m.verdict for s, m in unseen_myths_in(RULES).items()} == {
        "Do I have to tell the family before I make a referral?": "partly",  # "Not always. ..."
        "Can I share information with a school without the parents' consent?": "yes"}
    assert unseen_cited(RULES, catalog, "43") == [
        ("gdpr", None, ""), ("gdpr", "article 6(1)(e)", ""), ("data-protection-act-2018", None, ""),
        ("data-protection-act-2018", "schedule 1 paragraph 18", "")]
    assert guidance(RULES, catalog) == {"caldicott-principles", "hmg-information-sharing-advice"}


@pytest.mark.parametrize(("text", "expected"), [
    ("The seventh Caldicott principle states that the duty to share is as important.",
     [("caldicott-principles", 7, "seventh Caldicott principle")]),
    ("As golden rule 3 says, consent is not always needed.", [("seven-golden-rules", 3, "golden rule 3")]),
    ("Remember principle 4 (seek advice) when unsure.",  # the name wins over the edition's number
     [("seven-golden-rules", 3, "principle 4 (seek advice)")]),
    ("This reflects principle 7 of the Caldicott principles and the third of the seven golden rules.",
     [("caldicott-principles", 7, "principle 7 of the Caldicott principles"),
      ("seven-golden-rules", 3, "third of the seven golden rules")]),
    ("Golden Rule No. 6 applies.", [("seven-golden-rules", 6, "Golden Rule No. 6")]),
    ("The eight Caldicott principles apply, and section 7 of the Act.", []),  # a count, not an ordinal
    ("The Caldicott principles 7 and 8 apply.", []),  # a set named, no one principle
    ("Golden rule 9 is not one.", []),  # no such rule
])
def test_one_principle_named_by_number(text: str, expected: list[tuple[str, int, str]]) -> None:
    found = find_principle_mentions(segment(one_passage(text)))
    assert [(m.set_id, m.number, m.text) for m in found] == expected


def test_a_listed_principle_is_a_statement_not_a_mention() -> None:
    """The MARAC policy's "3.3 The seventh Caldicott principle states ..." (round 13's gap) is a
    mention; the items of a list of the rules are statements of them, never mentions."""
    assert mentions("trust-marac-raci-policy.md") == [("caldicott-principles", 7, "seventh Caldicott principle", "3.3")]
    assert mentions("sports-club-golden-rules-poster.txt") == []


def test_a_mention_is_a_triple_of_the_passage_and_conforms(catalog: Catalog) -> None:
    docs = [unseen(RULES)]
    extraction = extract_corpus(docs, load_extractors(catalog))
    graph = build_graph(docs, extraction, catalog, load_ontology())
    passage = passage_iri(f"{RULES.removesuffix('.html')}/44/p1")
    assert set(graph.objects(passage, GG.mentionsPrinciple)) == {
        principle_iri("caldicott-principles", 7), principle_iri("caldicott-principles", 8),
        principle_iri("seven-golden-rules", 2)}
    report = validate_graph(graph, load_shapes())
    assert report.conforms, report.summary()


# ---------------------------------------------------------------------------------------------
# Gap (c): document-control lines; gap (d): a flowchart's branch labels


@pytest.mark.parametrize("line", [
    "Reviewed by the Board of Governors: October 2024",
    "Approved by the practice partners: June 2024",
    "Approved by the Domestic Abuse Partnership Board: 14 November 2023",
    "Date of issue: 1 April 2023",
    "Issue date: 3 June 2024",
    "Ratified: 12/09/2024",
])
def test_a_document_control_line_is_dropped(line: str) -> None:
    text = f"Safeguarding Policy\n\n{line}\n\n1. Introduction\n\n1.1 This policy applies to all staff.\n"
    blocks, _ = parse_blocks(text)
    assert line not in [b.text for b in blocks]


@pytest.mark.parametrize("line", ["Approved by: Anyshire Safeguarding Children Partnership Executive",
                                  "Reviewed by the Board in October 2024 after the inspection."])
def test_a_line_that_says_more_than_who_and_when_is_kept(line: str) -> None:
    blocks, _ = parse_blocks(f"Safeguarding Policy\n\n{line}\n\n1. Introduction\n")
    assert line in [b.text for b in blocks]


def test_the_northern_irish_policys_review_line_heads_no_section() -> None:
    assert [title for _, title in sections("ni-school-child-protection-policy.txt")][:2] == [
        "SAFEGUARDING AND CHILD PROTECTION POLICY", "SECTION 1 – INTRODUCTION"]


def test_branch_labels_over_boxes_open_the_boxes_text() -> None:
    text = ("Flowchart\n\n"
            "        ↓ Yes                         ↓ No\n"
            "┌───────────────────────┐   ┌───────────────────────┐\n"
            "│ Refer to the MASH.    │   │ Offer early help.     │\n"
            "└───────────────────────┘   └───────────────────────┘\n")
    blocks, _ = parse_blocks(text)
    assert [b.text for b in blocks if b.kind != "heading"] == ["Yes: Refer to the MASH.", "No: Offer early help."]


def test_a_line_of_labelled_arrows_not_over_boxes_is_kept() -> None:
    blocks, _ = parse_blocks("Flowchart\n\nIs the child at risk?\n\n↓ If YES ↓ If NO\n\nRing 999.\n")
    assert "↓ If YES ↓ If NO" in [b.text for b in blocks]


def test_every_round14_fixture_has_its_metadata() -> None:
    for name in (KCSIE, CAMHS, CHECKLIST, RULES):
        assert read_document(UNSEEN / name).meta.jurisdictions == ("England",)
