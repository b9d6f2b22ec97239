"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 19),
each read first as a careful reader would.

* `school-letter-to-parents-encompass.txt`: a primary academy's letter to parents saved as text:
  a letterhead (school, trust, address, "Tel: ... Email: ...", web address, "Headteacher: ..."),
  "Our ref:", the date, "Dear Parent/Carer,", a "Re: ..." subject line, three headed parts, the
  closing "Yours faithfully," over a signed name, the name typed and "Headteacher", and the trust's
  company registration under them. Law: Education Act 2002 s175, DPA 2018, UK GDPR, Domestic Abuse
  Act 2021 (a child a victim in their own right; the section is not named). Guidance: KCSIE 2025.
  No myths are labelled ("Data protection law does not stop us sharing" is said, not busted).
  Case: one anecdote in running text ("An example of how this helps: last year a Year 3 pupil
  ..."). Furniture: the letterhead, reference and date, the closing and signature, the company
  registration.
* `mkdocs-handbook-admonitions.md`: a council's online practice handbook page in MkDocs markdown:
  a breadcrumb line in italics ("Handbook › Working with other agencies"), admonitions
  ('!!! note "Data protection"' over an indented body; collapsible '??? question "Myth: ..."'
  boxes whose bodies open "Fact:"; '!!! example "Case example: Kai, aged 4"'), a GitHub callout
  ("> [!IMPORTANT]"), a "Further reading" list of links, and a footer line "Last reviewed: 4
  February 2025 · Page owner: ... · Edit this page". Law: Children Act 1989 ss17 and 47, Children
  Act 2004 s11, DPA 2018 Schedule 1 Part 2 para 18, UK GDPR Article 6(1)(e). Myths: two, both
  false (the first the familiar consent belief, the second one of its own). Case: Kai, aged 4.
  Guidance: Working Together 2023, the 2024 advice. Furniture: the breadcrumb, the footer line,
  the admonition markers, and the "About this page" box (the page about itself: reviewed yearly,
  printed copies out of date).
* `confluence-intranet-practice-page.html`: an Early Help practice page exported from a
  Confluence wiki: the site header and navigation, a space sidebar with its page tree and "Space
  tools", breadcrumbs, the page's menu (Edit, Save for later, Watch, Share), its title (an h1
  classed "with-breadcrumbs"), "Created by ..., last modified by ... on ...", an information macro
  ("Who this page is for"), a contents macro, h2 sections, a warning macro ("Remember"), expand
  macros each titled "Myth: ..." over a "Not true." answer, a bold "Case study: Mia, aged 6" with
  "What happened next:", then the page's labels, "Like" / "Be the first to like this", two readers'
  comments under "2 Comments" and the "Powered by Atlassian Confluence" footer. Law: Children Act
  1989 s17, Children Act 2004 ss10 and 11, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018
  Schedule 1. Myths: two, both false, both the consent belief (a reader's comment asking a
  question is no myth). Case: Mia.
  Guidance: Working Together 2023.
* `kscp-subgroup-minutes-action-log.docx`: the minutes of a partnership subgroup typed in Word
  (`docx-sources/make_round19.py`): the partnership as Title, the subgroup's name in bold,
  "Date:", "Venue:", "Chair:", a "Present" table (Name | Role | Organisation), "Apologies: ...",
  agenda items as numbered Heading 1 paragraphs (the numbers Word's), discussion mentioning the law
  in passing, an anonymised case ("Case discussion (anonymised)": Child A, aged 13, "Learning:
  ..."), an action log table (Ref | Action | Owner | Due | Status) and "Date of next meeting:",
  "DRAFT – not yet approved" in the header and "Page X of Y" in the footer. Law: Children Act 2004
  s11, DPA 2018 Schedule 1 para 18, Children Act 1989 s47, UK GDPR. Guidance: Working Together
  2023. No myths. Case: Child A. Furniture: the header and footer, the apologies, the next
  meeting's date, and the attendance table (who came is the meeting's record, not guidance); the
  action log is the minutes' own text, and stays.

Gaps closed in this round (general rules): in a letter (a "Dear ...," salutation near its top and a
"Yours faithfully/sincerely" closing below it) the short lines above the salutation are its
letterhead, but a "Re:" subject line, and are dropped, as are the closing with the signature's
groups of short lines under it and a company's or charity's registration paragraph after them;
MkDocs admonitions ('!!! note "Title"', '??? question "Title"') lose their markers, their indented
bodies are dedented, each body paragraph joined on one line, and their title opens the body ("Title
– body") as a box's label does (so a box whose text warns that printed copies may be out of date
goes whole), and a
GitHub callout's "[!NOTE]" marker goes (its title, if any, labels the quoted box); a line of
breadcrumbs set apart by "›" or "»" is furniture; a "Last reviewed: <date>" stamp followed by
further parts set apart by "·" or "|" ("· Page owner: ... · Edit this page") is furniture; in a web
page, a wiki's sidebar and page tree, the page's labels, its likes and its readers' comments are
furniture, and a layout modifier class ("with-breadcrumbs", "has-sidebar") no longer makes its
element furniture; "Apologies: <names>" and "Date of next meeting: ..." lines of minutes are
furniture, and so is a table of names and roles under a "Present" (or "Attendees", "In
attendance") label, with its label; "Case discussion" labels a case as "Case study" does, and a note in brackets after a
case label ("(anonymised)") is no title; a paragraph opening with a case label, a short title and
a dash ("Case example: Kai, aged 4 – A health visitor ...") is a case titled by the words before
the dash; a belief that sharing waits "until" someone agrees is the consent belief, as one that
waits "unless" they agree is. Later (with round 20): a paragraph opening "Example:", or "An example
of how this helps:", on a story told of someone by their age or name is a case, told in that
paragraph.
"""

from __future__ import annotations

import pytest
from helpers import (
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
from guidegraph.extract.cases import find_case_examples
from guidegraph.read.furniture import is_furniture
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# A school's letter to parents


LETTER = "school-letter-to-parents-encompass.txt"


def test_the_letters_parts_are_its_sections() -> None:
    assert sections(LETTER) == [
        ("s1", "Re: How we share information to keep children safe, and Operation Encompass"),
        ("s2", "Why we share information"), ("s3", "Operation Encompass"), ("s4", "If you have any questions")]
    assert passages(LETTER, "s2")[0].startswith("All schools have a legal duty to safeguard")


def test_the_letterhead_closing_signature_and_registration_are_dropped() -> None:
    texts = passages(LETTER)
    for furniture in ("Hollins Lane", "Part of the Northbeck", "Tel:", "www.", "Headteacher:", "Our ref",
                      "15 September 2025", "Yours faithfully", "Adeyemi", "company number", "Registered office"):
        assert not [t for t in texts if furniture in t], furniture
    assert texts[-1] == "Thank you for your continued support."  # the letter's last words, kept


def test_the_letters_law_and_guidance(catalog: Catalog) -> None:
    assert {("education-act-2002", "section 175"), ("data-protection-act-2018", None), ("gdpr", None),
            ("domestic-abuse-act-2021", None)} <= cited(LETTER, catalog)
    assert guidance(LETTER, catalog) == {"keeping-children-safe-in-education"}
    assert not unseen_myths_in(LETTER)
    assert unseen(LETTER).meta.jurisdictions == ("England",)


def test_the_letters_anecdote_is_a_case() -> None:
    [case] = unseen_cases(LETTER)
    assert "Year 3 pupil" in case.scenario


LETTERHEAD = "Anytown School\nAnytown Road\nTel: 01632 960 000\n\n3 March 2025\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a letter: its letterhead, closing and signature go; its subject line and words stay
    (LETTERHEAD + "Dear Parent/Carer,\n\nRe: Sharing information\n\nWe share to keep children safe.\n\n"
     "Yours sincerely,\n\nA. Head\nHeadteacher\n",
     ["Dear Parent/Carer,", "Re: Sharing information", "We share to keep children safe."]),
    # a long paragraph above "Dear ...": a letter quoted in a policy, whose text all stays
    ("The school writes to parents when it makes a referral, using the template below, which staff adapt to the "
     "family's circumstances.\n\nDear Parent/Carer,\n\nWe have shared a concern.\n\nYours sincerely,\n\nA. Head\n",
     ["The school writes to parents when it makes a referral, using the template below, which staff adapt to the "
      "family's circumstances.", "Dear Parent/Carer,", "We have shared a concern.", "Yours sincerely,", "A. Head"]),
    # a template letter under a document's heading: the template's words, all kept
    ("# Template letter to parents\n\nDear Parent,\n\nWe shared a concern.\n\nYours sincerely,\n\nA. Head\n",
     ["Template letter to parents", "Dear Parent,", "We shared a concern.", "Yours sincerely,", "A. Head"]),
    # no formal closing: no letter, the lines above stay
    (LETTERHEAD + "Dear all,\n\nA note to staff.\n",
     ["Anytown School", "Anytown Road", "Tel: 01632 960 000", "3 March 2025", "Dear all,", "A note to staff."]),
])
def test_a_letters_furniture(text: str, expected: list[str]) -> None:
    found = [b.text for b in parse_blocks(text)[0]]
    assert [t for line in found for t in line.split("\n")] == expected


# ---------------------------------------------------------------------------------------------
# A practice handbook page in MkDocs markdown


HANDBOOK = "mkdocs-handbook-admonitions.md"


def test_the_handbooks_sections_and_boxes() -> None:
    assert sections(HANDBOOK) == [("s1", "Sharing information safely"), ("s2", "The legal basis for sharing"),
                                  ("s3", "Common myths"), ("s4", "Practice example"), ("s5", "Further reading")]
    texts = passages(HANDBOOK)
    assert passages(HANDBOOK, "s2")[1].startswith("Data protection – The Data Protection Act 2018 and the UK GDPR")
    assert any(t.startswith("Always record what you shared") for t in passages(HANDBOOK, "s2"))
    for furniture in ("!!!", "???", "[!", "›", "Edit this page", "Last reviewed", "question \""):
        assert not [t for t in texts if furniture in t], furniture


def test_the_handbooks_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 17"), ("children-act-1989", "section 47"),
            ("children-act-2004", "section 11"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("gdpr", "article 6(1)(e)")} <= cited(HANDBOOK, catalog)
    found = unseen_myths_in(HANDBOOK)
    assert {s: m.verdict for s, m in found.items()} == {
        "I cannot share anything until the family has agreed": "no",
        "Information from a GP can only be passed on by the GP": "no"}
    # sharing that waits "until the family has agreed" is the consent belief, as the wiki's are
    assert found["I cannot share anything until the family has agreed"].concept == "consent-needed-share-personal"
    assert found["Information from a GP can only be passed on by the GP"].concept != "consent-needed-share-personal"
    [case] = unseen_cases(HANDBOOK)
    assert case.setting == "Kai, aged 4" and case.scenario.startswith("A health visitor told the social worker")
    assert guidance(HANDBOOK, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}


def test_the_handbooks_box_about_itself_is_furniture() -> None:
    # its body joined on one line, the printed-copies warning drops the whole box, not its last line only
    assert not [t for t in passages(HANDBOOK) if "online practice handbook" in t or "About this page" in t]


def test_admonitions_and_callouts() -> None:
    text = ('Before.\n\n!!! warning "Myth: consent is always needed"\n    Fact: it is not.\n    More of the fact.\n\n'
            "After.\n\n???+ note\n    An untitled box.\n\n> [!NOTE]\n> A callout.\n\n    code-like after a blank\n")
    found = [b.text for b in parse_blocks(text)[0]]
    assert found[:5] == ["Before.", "Myth: consent is always needed – Fact: it is not. More of the fact.", "After.",
                         "An untitled box.", "A callout."]


@pytest.mark.parametrize("line", [
    "Eastvale Children's Services Practice Handbook › Working with other agencies",
    "Home » Children » Early help",
    "Last reviewed: 4 February 2025 · Page owner: Principal Social Worker · Edit this page",
    "Apologies: Dr Peter Lane (Named GP), Karen Wu (Kingsmere Community Health)",
    "Date of next meeting: Tuesday 8 April 2025, 10:00, Microsoft Teams",
    "Next meeting: 8 April 2025",
])
def test_handbook_and_minutes_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The handbook says more about this › see chapter 4. Always check it.",
    "Apologies: we gave the wrong number in the last version. The right one is below.",
    "Next meeting: the group will review the protocol and report to the board.",
    "Last reviewed: 4 February 2025. The next review will consider the new guidance.",
])
def test_words_like_that_furniture_stay(line: str) -> None:
    assert not is_furniture(line)


# ---------------------------------------------------------------------------------------------
# A wiki page exported from Confluence


WIKI = "confluence-intranet-practice-page.html"


def test_the_wiki_pages_title_and_sections() -> None:
    assert sections(WIKI) == [("s1", "Information sharing with partner agencies"), ("s2", "Why we share"),
                              ("s3", "The law"), ("s4", "Myths we hear"), ("s5", "Practice example")]


def test_the_wikis_sidebar_labels_likes_and_comments_are_dropped() -> None:
    texts = passages(WIKI)
    for furniture in ("Space tools", "Early Help assessments", "Step down", "Labels", "information-sharing",
                      "Be the first", "Like", "Comments", "Amina Ali", "health visitors too", "Powered by",
                      "Created by", "Save for later", "Spaces"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_wiki_pages_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 17"), ("children-act-2004", "section 10"),
            ("children-act-2004", "section 11"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
            ("data-protection-act-2018", "schedule 1")} <= cited(WIKI, catalog)
    found = unseen_myths_in(WIKI)
    assert {s: m.verdict for s, m in found.items()} == {
        "Early Help is voluntary, so we can never share without consent": "no",
        "Schools cannot tell us about attendance without the parents' permission": "no"}
    assert {m.concept for m in found.values()} == {"consent-needed-share-personal"}
    [case] = unseen_cases(WIKI)
    assert case.setting == "Mia, aged 6" and case.advice.startswith("the worker told the family she was worried")
    assert guidance(WIKI, catalog) == {"working-together-to-safeguard-children"}


def test_wiki_furniture_classes_and_layout_modifiers() -> None:
    html = ('<body><div class="has-sidebar"><h1 class="with-breadcrumbs">The title</h1><main><p>Guidance text.</p>'
            '</main><div class="sidebar"><p>Page tree</p></div><div id="comments-section"><p>A comment.</p></div>'
            '<div class="like-summary">Be the first to like this</div></div></body>')
    found = [b.text for b in html_document(html).blocks]
    assert found == ["The title", "Guidance text."]


# ---------------------------------------------------------------------------------------------
# A subgroup's minutes typed in Word


MINUTES = "kscp-subgroup-minutes-action-log.docx"


def test_the_minutes_agenda_items_are_its_sections() -> None:
    assert sections(MINUTES) == [
        ("s1", "Kingsmere Safeguarding Children Partnership"), ("1", "Welcome, introductions and apologies"),
        ("2", "Minutes of the last meeting and matters arising"),
        ("3", "Section 11 audit – information sharing findings"),
        ("4", "Case discussion (anonymised)"), ("5", "Information Sharing Agreement – annual review"),
        ("6", "Any other business")]
    assert any(t.startswith("25/02 | Raise timeliness of police information") for t in passages(MINUTES, "6"))


def test_the_minutes_law_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-2004", "section 11"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("children-act-1989", "section 47"), ("gdpr", None)} <= cited(MINUTES, catalog)
    assert guidance(MINUTES, catalog) == {"working-together-to-safeguard-children"}
    assert not unseen_myths_in(MINUTES)
    [case] = unseen_cases(MINUTES)
    assert case.section == "4" and "Child A, aged 13" in case.scenario
    assert case.advice.startswith("police information relevant to a child at risk of exploitation")


def test_the_minutes_header_footer_apologies_and_next_meeting_are_dropped() -> None:
    texts = passages(MINUTES)
    for furniture in ("DRAFT", "Page 1", "Apologies:", "Joanne Mills", "Date of next meeting", "8 April 2025"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_minutes_attendance_table_is_dropped() -> None:
    texts = passages(MINUTES)
    assert not [t for t in texts if "Helen Brook (HB)" in t or t.startswith("Name | Role") or t == "Present"]
    assert "Chair: Helen Brook, Head of Safeguarding, Kingsmere ICB" in texts  # the chair, said in words, stays


def test_an_attendance_table_goes_and_a_table_of_contacts_stays() -> None:
    rows = "| Name | Role | Organisation |\n|---|---|---|\n| A. Khan | DSL | Anytown School |\n"
    assert [b.text for b in parse_blocks(f"**Present:**\n\n{rows}\nShare early.\n")[0]] == ["Share early."]
    assert "A. Khan | DSL | Anytown School" in [b.text for b in parse_blocks(f"Key contacts\n\n{rows}")[0]]


@pytest.mark.parametrize(("heading", "setting"), [
    ("Case discussion (anonymised)", ""), ("Case study (names changed): Jo, aged 14", "Jo, aged 14")])
def test_a_case_label_with_a_note_in_brackets(heading: str, setting: str) -> None:
    text = f"# Minutes\n\n## {heading}\n\nJo, aged 14, told her teacher about a man she met online.\n"
    [case] = find_case_examples(segment(text_document(text)))
    assert case.scenario.startswith("Jo, aged 14") and (not setting or case.setting == setting)
