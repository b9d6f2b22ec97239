"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 28):
OpenDocument text as LibreOffice Writer saves it, written by `odt-sources/make_round28.py`, each
read first as a careful reader would.

* `marshford-cs-info-sharing-procedure-libreoffice.odt`: a council's information sharing procedure:
  the title (Title style), a line giving its version and approval, then a generated table of
  contents ("Contents" over entries "1 Purpose and scope<tab>1" ... with page numbers, each a link
  to its heading); headings numbered "1" to "5", with "2.1" and "2.2" under "2", by the outline
  style in styles.xml, not typed: "1 Purpose and scope", "2 The legal framework", "2.1 Duties to
  safeguard", "2.2 Data protection", "3 Sharing without consent", "4 Myths and facts", "5 Recording
  decisions". The law is cited in the body in varied forms: "section 47 of the Children Act 1989",
  "s.11 Children Act 2004", "Article 6(1)(e) UK GDPR", "Article 9 UK GDPR", "Schedule 1, paragraph
  18 of the Data Protection Act 2018", and in a footnote (the reference mark "1" after a sentence
  under 3): "Crime and Disorder Act 1998, s115". Tracked changes were left on: under 1 a whole
  paragraph deleted ("Practitioners must always obtain written consent ...") and its replacement
  inserted ("Practitioners should seek consent where it is safe ..."), and under 3 the words "the
  Head of Service and " deleted mid-sentence: a careful reader reads the document as its changes
  accepted, the insertion and not the deletions. Under 3 a lead-in and three bullets; under 4 a
  lead paragraph and a "Myth | Fact" table (a header row repeated on each page) of three myths, a
  soft page break between its rows. A running header (the partnership, the procedure's name) and a
  footer ("Page 1 of 3", the version and date) in styles.xml's master page. Sections: the title, then
  1, 2, 2.1, 2.2, 3, 4, 5. Law: COMMON_LAW and the Crime and Disorder Act 1998 s115. Myths: three,
  false, each answered by its fact cell. No case. Furniture: the contents, the header and footer,
  the deleted text.
* `cobbleton-primary-safeguarding-briefing-libreoffice.odt`: a primary school's termly briefing: the
  title; a first paragraph with a text frame anchored in it (`draw:frame`/`draw:text-box`, set to the
  right of the page) holding a "Remember" box: a bold "Remember", "If you are worried about a
  child, speak to the DSL the same day ..." and the DSL's and deputy's names, joined to their
  titles by non-breaking spaces ("Mr Daniel Achebe"); a template note left in, hidden by its style
  (Format > Character > Hidden: `text:display="none"`), naming the Crime and Disorder Act 1998; a
  second note hidden by a hidden-paragraph field (`text:hidden-paragraph`); headings (Heading 2 and
  3, not numbered): "Why sharing matters" (the Education Act 2002 s175, with a non-breaking space in
  "section 175", "safe­guards" with a soft hyphen, "multi‑agency" with a non-breaking hyphen
  U+2011, and trailing `text:s` spaces), "The seven golden rules" (a lead-in and the seven rules as
  a list numbered 1. to 7. by its list style), "Case example: Ellie, aged 9" with subheads "What
  happened" (two paragraphs of her story) and "What we learned" (the lesson), "Where to go for
  advice" (the MASH's number with non-breaking spaces, "Multi‑Agency" again); an italic "Next
  review: September 2025" line (the document's review date, not guidance: dropped); a header and a
  footer with the page number. Law: the Education Act 2002 s175, the
  Children Acts 1989 and 2004 named without a section; not the hidden note's Crime and Disorder Act.
  Guidance: the government's advice on information sharing. No myths. Case: Ellie, her story the
  scenario and "What we learned" the advice. Furniture: the hidden notes, the header and footer.

Gaps closed in this round: in an .odt file a non-breaking hyphen (U+2011, as LibreOffice writes
Ctrl+-) is a hyphen, as the Word reader reads `w:noBreakHyphen`; and a case that opens with a
"What happened" subhead tells its story under it (the scenario), its "What we learned" the
advice: before, "What happened" was taken for the advice marker, the scenario was left empty, and
the build failed SHACL validation (a case needs a non-empty scenario).
"""

from __future__ import annotations

from pathlib import Path

from helpers import (
    COMMON_LAW,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog
from guidegraph.extract.case_parts import split_parts
from guidegraph.read.odt import parse_odt

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# A council's procedure saved from LibreOffice


PROCEDURE = "marshford-cs-info-sharing-procedure-libreoffice.odt"


def test_the_procedures_headings_are_numbered_by_the_outline() -> None:
    assert sections(PROCEDURE) == [("s1", "Marshford Children's Services: Information Sharing Procedure"),
                                   ("1", "Purpose and scope"), ("2", "The legal framework"),
                                   ("2.1", "Duties to safeguard"), ("2.2", "Data protection"),
                                   ("3", "Sharing without consent"), ("4", "Myths and facts"),
                                   ("5", "Recording decisions")]
    assert passages(PROCEDURE, "s1") == [
        "Version 3.1, approved by the Marshford Safeguarding Children Partnership in March 2025."]
    assert passages(PROCEDURE, "2.1")[1] == (
        "Under s.11 Children Act 2004, each agency must make arrangements to ensure that its functions are "
        "discharged having regard to the need to safeguard and promote the welfare of children.")


def test_the_procedures_tracked_changes_read_as_accepted() -> None:
    assert passages(PROCEDURE, "1")[1:] == [
        "Practitioners should seek consent where it is safe and appropriate to do so, but consent is not the only "
        "lawful basis for sharing."]
    assert passages(PROCEDURE, "3")[-1] == ("Decisions to share without consent should be agreed with your team "
                                           "manager or the designated safeguarding lead where time allows.")


def test_the_procedures_footnote_follows_its_paragraph() -> None:
    assert passages(PROCEDURE, "3")[1:3] == [
        "Information may also be shared with the police and other relevant authorities to prevent crime.[1]",
        "[1] Crime and Disorder Act 1998, s115, which allows disclosure to a relevant authority for the purposes of "
        "the Act."]
    assert passages(PROCEDURE, "3")[0].startswith("You may share information without consent where:\nseeking consent")


def test_the_procedures_contents_furniture_and_deletions_are_not_read() -> None:
    texts = passages(PROCEDURE)
    for furniture in ("Contents", "Purpose and scope", "\t", "written consent before any", "Head of Service",
                      "Page", "of 3", "Version 3.1 –", "Information Sharing Procedure\t"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_procedures_law_and_myths(catalog: Catalog) -> None:
    assert cited(PROCEDURE, catalog) == COMMON_LAW | {("crime-and-disorder-act-1998", "section 115"),
                                                      ("crime-and-disorder-act-1998", None)}
    myths = unseen_myths_in(PROCEDURE)
    assert {s: m.verdict for s, m in myths.items()} == {
        "Data protection law prevents me from sharing information about a family": "no",
        "I need a parent's written consent before I can make a referral": "no",
        "Once I have made a referral, my part is over": "no"}
    assert myths["I need a parent's written consent before I can make a referral"].answer == (
        "You do not need consent to share information where a child is at risk of significant harm. Where it is "
        "safe, tell the family what you are sharing and why.")
    assert passages(PROCEDURE, "4")[1] == "Myth | Fact"
    assert unseen_cases(PROCEDURE) == []


# ---------------------------------------------------------------------------------------------
# A school's briefing with a text frame and hidden notes


BRIEFING = "cobbleton-primary-safeguarding-briefing-libreoffice.odt"


def test_the_briefings_sections_and_remember_box() -> None:
    assert [title for _, title in sections(BRIEFING)] == [
        "Cobbleton Primary School Safeguarding Briefing: Sharing Information", "Why sharing matters",
        "The seven golden rules", "Case example: Ellie, aged 9", "What happened", "What we learned",
        "Where to go for advice"]
    first = passages(BRIEFING, "s1")
    assert first[0].startswith("This briefing is for all staff, volunteers and governors")
    assert first[-2:] == ["If you are worried about a child, speak to the DSL the same day. If a child is in "
                          "immediate danger, call 999.",
                          "Our DSL is Mr Daniel Achebe; the deputy DSL is Mrs Priya Shah."]


def test_the_briefings_hyphens_and_spaces_read_as_a_reader_sees_them() -> None:
    assert passages(BRIEFING, "s2")[1] == (
        "Under section 175 of the Education Act 2002, the governing body must make sure that the school safeguards "
        "and promotes the welfare of its pupils. The Children Act 1989 and the multi-agency arrangements under the "
        "Children Act 2004 set out how the school works with the local authority.")
    assert passages(BRIEFING, "s7") == ["Speak to the DSL first. Out of hours, contact the Cobbleton Multi-Agency "
                                        "Safeguarding Hub on 0300 123 4567."]  # "Next review: ..." is the file's date
    assert passages(BRIEFING, "s6") == ["Each piece of information seemed small on its own. Put together, it showed "
                                        "a pattern of neglect. Record what you notice and pass it to the DSL the same "
                                        "day, even if it seems minor."]


def test_the_briefings_seven_golden_rules_are_one_list() -> None:
    [rules] = passages(BRIEFING, "s3")
    lines = rules.split("\n")
    assert lines[0] == "The government's advice on information sharing sets out seven golden rules:"
    assert len(lines) == 8 and lines[-1] == ("Record who you shared information with, what you shared and why, and "
                                             "any decision not to share.")


def test_the_briefings_hidden_notes_and_running_lines_are_not_read() -> None:
    texts = passages(BRIEFING) + [title for _, title in sections(BRIEFING)]
    for furniture in ("Template note", "Note to the DSL", "threshold", "Crime and Disorder", "Spring term", "Page",
                      "Cobbleton Primary School –", "\u2011", "\u00ad", "\u00a0"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_briefings_law_case_and_guidance(catalog: Catalog) -> None:
    assert cited(BRIEFING, catalog) == {("education-act-2002", "section 175"), ("children-act-1989", None),
                                        ("children-act-2004", None)}
    assert guidance(BRIEFING, catalog) == {"hmg-information-sharing-advice"}
    assert unseen_myths_in(BRIEFING) == {}
    [case] = unseen_cases(BRIEFING)
    assert case.setting == "Ellie, aged 9"
    assert case.scenario.startswith("Ellie's teacher noticed that she was often hungry")
    assert "missed two health appointments" in case.scenario
    assert case.advice.startswith("Each piece of information seemed small on its own.")


# ---------------------------------------------------------------------------------------------
# The general rules, line by line


def test_a_non_breaking_hyphen_in_an_odt_is_a_hyphen() -> None:
    from test_read_odt import odt

    blocks, _ = parse_odt(Path("t.odt"), odt("<text:p>multi\u2011agency and safe\u00adguarding</text:p>"))
    assert [b.text for b in blocks] == ["multi-agency and safeguarding"]


def test_what_happened_opening_a_case_heads_its_story() -> None:
    from guidegraph.extract._flow import Unit

    def unit(kind: str, text: str) -> Unit:
        return Unit(kind, text, 1, None if kind == "heading" else "t/s1/p1", "s1")

    body = [unit("heading", "What happened"), unit("paragraph", "Her teacher saw bruises."),
            unit("heading", "What we learned"), unit("paragraph", "Share early.")]
    parts = split_parts("", body)
    assert parts["scenario"] == ["Her teacher saw bruises."] and parts["advice"] == ["Share early."]
