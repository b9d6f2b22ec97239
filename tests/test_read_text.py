"""The plain-text reader: one fixture per quirk, then the bundled corpus as read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guidegraph.model import Block, Document
from guidegraph.read import read_corpus
from guidegraph.read.inline import clean_inline
from guidegraph.read.text import parse_blocks
from guidegraph.resources import data_dir

FIXTURES = Path(__file__).parent / "fixtures" / "text"


def parse(name: str) -> tuple[list[Block], list[str]]:
    return parse_blocks((FIXTURES / name).read_text(encoding="utf-8"))


def headings(blocks: list[Block]) -> list[tuple[int, str | None, str]]:
    return [(b.level, b.number, b.text) for b in blocks if b.kind == "heading"]


def items(blocks: list[Block]) -> list[tuple[str | None, str]]:
    return [(b.marker, b.text) for b in blocks if b.kind == "item"]


def texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


# ---------------------------------------------------------------------------------------------
# Inline markup


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("[Information Sharing \\(2018\\)](#) and more", "Information Sharing (2018) and more"),
        ("see [the code](https://ico.org.uk/a_(b)) now", "see the code now"),
        ("other **adult which may. This will help.** end", "other adult which may. This will help. end"),
        ("*The use of the proforma*", "The use of the proforma"),
        ("<b>1. Introduction</b>\t<b>3</b>", "1. Introduction 3"),
        ("requirements.<sup>15</sup> It continues", "requirements. It continues"),
        ("the 1<sup>st</sup> review", "the 1st review"),
        ("visit <https://www.proceduresonline.com/pancheshire>", "visit https://www.proceduresonline.com/pancheshire"),
        ("Health &amp; Social Care", "Health & Social Care"),
        ("a\u00a0 b\t\tc ", "a b c"),
        ("an escaped \\*star\\* stays", "an escaped *star* stays"),
        ("![logo](logo.png)Partnership", "Partnership"),
    ],
)
def test_clean_inline(raw: str, clean: str) -> None:
    assert clean_inline(raw) == clean


# ---------------------------------------------------------------------------------------------
# One fixture per quirk


def test_markdown_headings_links_and_tags() -> None:
    blocks, warnings = parse("markdown.txt")
    assert headings(blocks) == [
        (1, None, "Example Safeguarding Procedures"),
        (2, None, "Information Sharing Guidance"),
        (2, "1", "Introduction"),
        (3, None, "Other matters"),  # flattened among the numbered headings: moved one level down
        (3, "2.1", "Numbered sub-heading"),
    ]
    body = " ".join(texts(blocks))
    assert "Information Sharing (2018) and Working Together & local practice." in body
    assert "Information can be shared legally. Without consent when the law allows it." in body
    assert "See the ICO at https://ico.org.uk/for-organisations/ for more." in body
    assert not re.search(r"\*|<|\]\(|\\", body)
    assert warnings == []


def test_dotted_contents_dropped() -> None:
    blocks, _ = parse("contents.txt")
    assert texts(blocks) == ["Example Procedures", "Introduction", "Body text of the introduction."]


def test_empty_contents_heading_dropped() -> None:
    blocks, _ = parse("contents-empty.txt")
    assert headings(blocks) == [(1, None, "Example Procedures Manual Page"), (2, "1", "Introduction")]


def test_site_furniture_dropped() -> None:
    blocks, _ = parse("furniture.txt")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Information Sharing"),
        ("paragraph", "Practitioners should share information early."),
    ]


def test_paragraph_numbers_on_their_own_line() -> None:
    blocks, warnings = parse("paragraph-numbers.txt")
    assert headings(blocks) == [
        (1, None, "GUIDANCE ON SHARING INFORMATION"),
        (1, "A", "PART A: GENERAL GUIDANCE"),
        (2, "1", "INTRODUCTION"),
        (3, "1.2", "Awareness of the Law"),
        (3, "1.3", "Sharing Information about People who have been Convicted of Offences Against Children."),
        (3, None, "Is there a power to share information?"),
        (1, "Appendix 1", "Appendix 1"),
        (2, "1", "The Legal Framework"),
    ]
    numbered = [(b.number, b.text[:20], b.line_start, b.line_end) for b in blocks
                if b.kind == "paragraph" and b.number]
    assert numbered == [
        ("1.1", "This document aims t", 12, 13),
        ("1.4", "This question is rel", 25, 26),
        ("1.1", "The legal framework ", 40, 41),
    ]
    assert "To make informed judgements you need to know the law. These are:" in texts(blocks)
    assert warnings == ["line 29: lone number 66 dropped (page number?)"]
    # lines after a lead-in ending with ":" are what it introduces, not headings
    assert ("paragraph", "Consultation Unit") in [(b.kind, b.text) for b in blocks]


def test_numbered_headings_and_numbered_items() -> None:
    blocks, _ = parse("numbered-lines.txt")
    assert headings(blocks) == [
        (1, None, "Seven Rules Page"),
        (2, "1", "Introduction"),
        (2, "2", "The Rules"),
        (3, None, "The Caldicott Principles"),
        (3, None, "Flowchart"),
        (3, None, "7 Golden Rules for Information Sharing"),  # 7 does not follow 2: not a number
    ]
    found = items(blocks)
    assert [marker for marker, _ in found] == ["1", "2", "1", "2", "3", "1", "1", "2"]
    assert found[1][1].endswith("Where you do not have consent, be mindful that an individual might "
                                "not expect information to be shared.")
    rule_two = next(b for b in blocks if b.text.startswith("Be open and honest with the individual"))
    assert (rule_two.line_start, rule_two.line_end) == (12, 14)
    assert found[5][1].startswith("Consent must be unambiguous")


def test_numbered_heading_over_a_list() -> None:
    """"2. Steps to take" after section 1, over "(a) ..." or "- ..." items, is section 2; a list that
    opens a document with "1." over lettered sub-items stays a list."""
    outline = ("1. Summary\n\nText.\n\n2. Steps to take\n\n(a) Ask in writing.\n(b) Record it.\n\n"
               "3. Related guidance\n\n- Working Together\n")
    blocks, _ = parse_blocks(outline)
    assert headings(blocks) == [(2, "1", "Summary"), (2, "2", "Steps to take"), (2, "3", "Related guidance")]
    assert items(blocks) == [("a", "Ask in writing."), ("b", "Record it."), ("-", "Working Together")]
    blocks, _ = parse_blocks("Do this:\n\n1. Ask in writing\n(a) by email\n(b) by letter\n")
    assert headings(blocks) == []


def test_bullet_kinds() -> None:
    blocks, warnings = parse("bullets.txt")
    assert items(blocks) == [
        ("-", "hyphen item"),
        ("*", "star item"),
        ("•", "bullet item with no-break space"),
        ("·", "middle dot item"),
        ("–", "en dash item"),
        ("•", "symbol font item"),
        ("i", "Health professionals can contact other professionals."),
        ("ii", "Where a professional is satisfied they should share."),
        ("-", "formal face-to-face strategy meetings"),
        ("-", "putting in place a shared record for a child"),
        ("-", "effective information sharing between teams"),
        ("-", "sharing information across borders."),
    ]
    assert "NSPCC" not in texts(blocks)
    assert warnings == [
        "line 23: 'NSPCC' inside a list dropped (page header or footer?)",
        "line 28: list item with no text skipped",
    ]


def test_hard_wrapped_lines_and_page_breaks_rejoined() -> None:
    blocks, _ = parse("wrapped.txt")
    assert [(b.kind, b.line_start, b.line_end) for b in blocks] == [
        ("heading", 1, 1), ("paragraph", 3, 7), ("paragraph", 9, 14), ("paragraph", 16, 16),
        ("paragraph", 18, 18),
    ]
    assert "section 11 of the Children Act 2004 places on them." in blocks[1].text
    assert "who may be violent towards them." in blocks[2].text
    assert "the multi-agency arrangements" in blocks[2].text


def test_title_lines_questions_and_lead_ins() -> None:
    blocks, _ = parse("titles.txt")
    assert headings(blocks) == [
        (1, None, "Why information sharing matters"),
        (2, None, "KEY PRINCIPLES OF INFORMATION SHARING"),
        (2, None, "What information needs to be shared?"),
        (2, None, "Myth-busting guide to information sharing"),
        (2, None, "The common law duty of confidence and the Human Rights Act 1998 prevent the sharing "
                  "of personal information"),
    ]
    paragraphs = [b.text for b in blocks if b.kind == "paragraph"]
    for text in ("Is there a clear and legitimate purpose for sharing information?",
                 "How are things at home?", "What would help you now?",
                 "Scottish Government (2014) National guidance for child protection in Scotland",
                 "Tel: 0808 800 5000 | Email: help@example.org", "EVERY CHILDHOOD IS WORTH FIGHTING FOR"):
        assert text in paragraphs


def test_web_page_quirks_of_real_guidance() -> None:
    """Seen on real procedures pages: an icon link doubled, blog furniture, a wrapped "Annex B.",
    provisions glossed on their own lines, and "1. Introduction" over "1.1 ..." paragraphs."""
    text = ("View Working Together View Working Together\n\nEstimated reading time: 8 minutes\n\n"
            "Skip over navigation|\n\n# Legislation\n\nOther relevant guidance documents can be found in\n"
            "Annex B.\n\nChildren Act 2004\n\nSection 10 – promote co-operation to improve wellbeing\n\n"
            "Section 11 – arrangements to safeguard and promote welfare\n")
    blocks, _ = parse_blocks(text)
    assert headings(blocks) == [(1, None, "Legislation"), (2, None, "Children Act 2004")]
    assert texts(blocks)[1] == "Other relevant guidance documents can be found in Annex B."
    assert texts(blocks)[3:] == ["Section 10 – promote co-operation to improve wellbeing",
                                 "Section 11 – arrangements to safeguard and promote welfare"]
    numbered, _ = parse_blocks("1.7 Information Sharing\n\n1. Introduction\n\n1.1  The effective sharing of "
                               "information is essential.\n\n1.2  Sharing information means sharing data.\n")
    assert headings(numbered)[1] == (2, "1", "Introduction")


def test_first_line_offset_and_never_empty() -> None:
    blocks, warnings = parse_blocks("\u00a0\n \t\n## \n\nTitle Line Here\n\nSome text.\n", first_line=5)
    assert [(b.kind, b.line_start) for b in blocks] == [("heading", 9), ("paragraph", 11)]
    assert warnings == ["line 7: heading with no text skipped"]
    assert all(b.text for b in blocks)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a word cut in two at the line end is one word again, whatever the document says
        ("Share infor-\nmation early.", "Share information early."),
        ("Ask the practi-\ntioner.", "Ask the practitioner."),
        # compounds keep their hyphen: a prefix written with one, or two words
        ("Promote their well-\nbeing.", "Promote their well-being."),
        ("A multi-\nagency meeting.", "A multi-agency meeting."),
        ("The child's plan is child-\ncentred.", "The child's plan is child-centred."),
        ("Agencies must co-\noperate.", "Agencies must co-operate."),
        # the document's own spelling wins: hyphenated, or joined, elsewhere
        ("Pre-birth plans. Start pre-\nbirth work.", "Pre-birth plans. Start pre-birth work."),
        ("Their wellbeing. Promote their well-\nbeing.", "Their wellbeing. Promote their wellbeing."),
        # not a word cut in two: a capital or an acronym before the hyphen
        ("Be GDPR-\ncompliant.", "Be GDPR-compliant."),
        # soft hyphens are invisible; at a line end one marks a word cut in two
        ("Share infor\u00admation early.", "Share information early."),
        ("Share infor\u00ad\nmation early.", "Share information early."),
    ],
)
def test_hyphen_at_a_line_end(lines: str, joined: str) -> None:
    blocks, _ = parse_blocks(lines)
    assert texts(blocks) == [joined]


# ---------------------------------------------------------------------------------------------
# The bundled corpus


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    return {document.meta.slug: document for document in read_corpus(data_dir("corpus"))}


def test_no_markup_left_in_the_corpus(corpus: dict[str, Document]) -> None:
    leftovers = ("**", "<b>", "</b>", "<sup>", "](#)", "\\(", " .....", "Toggle Contrast", "pexels-",
                 "Hide this site", "This page is correct as printed", "\u00a0", "\uf0b7")
    for document in corpus.values():
        for block in document.blocks:
            assert block.text and block.text == block.text.strip()
            assert not [s for s in leftovers if s in block.text], (document.meta.slug, block)


def test_2005_paragraph_numbers_and_parts(corpus: dict[str, Document]) -> None:
    blocks = corpus["cross-government-information-sharing-2005"].blocks
    numbers = [b.number for b in blocks if b.number]
    section_four = [n for n in numbers if n.startswith("4.")][:35]
    assert section_four == [f"4.{i}" for i in range(1, 36)]
    top = [b.number for b in blocks if b.kind == "heading" and b.level <= 2 and b.number]
    assert top[:16] == ["A", *map(str, range(1, 7)), "B", *map(str, range(7, 15))]
    # Appendix 3 is listed in the text but missing from the source itself
    assert [n for n in top if n.startswith("Appendix")] == ["Appendix 1", "Appendix 2"]
    by_number: dict[str | None, Block] = {}
    for block in blocks:
        by_number.setdefault(block.number, block)  # the first: Appendix 1 restarts at 1
    assert by_number["4.1"].kind == "heading" and by_number["4.1"].text == "Awareness of the Law"
    assert by_number["4.11"].kind == "paragraph" and by_number["4.11"].text.startswith("A duty of confidence")
    assert (by_number["8.11"].kind, by_number["8.11"].text, by_number["8.11"].level) == (
        "heading", "Health Visitor", 3)
    assert by_number["5.2"].text == "ABOUT THE PURPOSE"


def test_2005_case_examples_and_key_principles(corpus: dict[str, Document]) -> None:
    blocks = corpus["cross-government-information-sharing-2005"].blocks
    cases = [b.text for b in blocks if b.kind == "heading" and re.match(r"Case [Ee]xample \d+$", b.text)]
    assert len(cases) == 21
    start = next(i for i, b in enumerate(blocks) if b.text == "KEY PRINCIPLES OF INFORMATION SHARING")
    principles = [b for b in blocks[start + 1:] if b.kind != "paragraph"]
    assert [b.kind for b in principles[:9]] == ["item"] * 8 + ["heading"]


def test_pan_cheshire_numbered_parts(corpus: dict[str, Document]) -> None:
    blocks = corpus["pan-cheshire-information-sharing-2023"].blocks
    numbered = [(b.level, b.number, b.text) for b in blocks if b.kind == "heading" and b.number]
    assert numbered == [
        (2, "1", "Introduction"),
        (2, "2", "The Legal Basis for Information Sharing"),
        (2, "3", "Other considerations"),
        (2, "4", "Being alert to signs of abuse and neglect and taking action"),
        (2, "5", "Sharing information"),
        (2, "6", "Myth-busting guide to information sharing"),
        (2, "7", "Useful resources and external organisations"),
    ]
    assert not any("Contents" in b.text or "....." in b.text for b in blocks)


def test_pan_cheshire_page_breaks_rejoined(corpus: dict[str, Document]) -> None:
    blocks = corpus["pan-cheshire-information-sharing-2023"].blocks
    dvds = next(b for b in blocks if b.text.startswith("The Domestic Violence Disclosure Scheme (DVDS)"))
    assert "may be violent towards their partner." in dvds.text
    assert (dvds.line_start, dvds.line_end) == (193, 195)
    laming = next(b for b in blocks if b.text.startswith("Lord Laming"))
    assert "feeling confident about when and how information can be legally shared" in laming.text
    rule_four = next(b for b in blocks if b.kind == "item" and b.text.startswith("Where possible, share"))
    assert rule_four.marker == "4" and (rule_four.line_start, rule_four.line_end) == (288, 290)
    assert rule_four.text.endswith("Where you do not have consent, be mindful that an individual might "
                                   "not expect information to be shared.")


def test_pan_cheshire_caldicott_list_has_eight(corpus: dict[str, Document]) -> None:
    blocks = list(corpus["pan-cheshire-information-sharing-2023"].blocks)
    start = next(i for i, b in enumerate(blocks) if b.text == "The Seven Caldicott Principles")
    assert blocks[start].kind == "heading"
    following = blocks[start + 1:start + 9]
    assert [(b.kind, b.marker) for b in following] == [("item", str(n)) for n in range(1, 9)]
    assert blocks[start + 9].kind == "paragraph"


def test_halton_golden_rules(corpus: dict[str, Document]) -> None:
    blocks = corpus["halton-information-sharing"].blocks
    rules = [b for b in blocks if b.kind == "item" and b.marker and b.marker.isdigit()]
    assert [b.marker for b in rules] == [str(n) for n in range(1, 8)]
    assert rules[0].text.startswith("Remember that the Data Protection Act 1998")
    assert blocks[0].kind == "heading" and blocks[0].text == "Information Sharing"


def test_surrey_myths_are_headings_answered_by_no(corpus: dict[str, Document]) -> None:
    blocks = list(corpus["surrey-information-sharing-2024"].blocks)
    start = next(i for i, b in enumerate(blocks) if b.text == "Myth-busting guide to information sharing")
    myths = [(blocks[i], blocks[i + 1]) for i in range(start + 1, len(blocks) - 1)
             if blocks[i].kind == "heading"]
    assert [m.text.split()[0] for m, _ in myths] == ["Data", "Consent", "Personal", "The", "IT"]
    assert all(a.kind == "paragraph" and a.text.startswith("No –") for _, a in myths)
    assert [b.number for b in blocks if b.kind == "heading" and b.level == 2] == ["1", "2", "3", "4"]
    assert not any(b.text in ("Contents", "Show amendments") for b in blocks)


def test_nspcc_bullets_and_running_footer(corpus: dict[str, Document]) -> None:
    document = corpus["nspcc-information-sharing-2015"]
    assert not any(b.text == "NSPCC" for b in document.blocks)
    assert any("'NSPCC' inside a list dropped" in w for w in document.warnings)
    assert sum(b.kind == "item" and b.marker == "-" for b in document.blocks) == 19
    assert sum(b.kind == "heading" for b in document.blocks) == 9


def test_markdown_pipe_rows_are_table_rows_like_other_formats() -> None:
    blocks, _ = parse_blocks("| Legislation | Section |\n|---|---|\n| Children Act 1989 | s47 \\| s17 |\n"
                             "\n| a lone cell |\n")
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "Legislation | Section"),
                                                  ("paragraph", "Children Act 1989 | s47 | s17"),
                                                  ("paragraph", "| a lone cell |")]


def test_a_quoted_boxs_bold_label_opens_its_paragraph() -> None:
    """"> **Did you know?**" over the box's text: no heading, and lines keep their numbers."""
    blocks, _ = parse_blocks("## Sharing\n\n> **Did you know?**\n> You can share\n> without consent.\n\n"
                             "After the box.\n")
    assert [(b.kind, b.line_start, b.text) for b in blocks] == [
        ("heading", 1, "Sharing"), ("paragraph", 4, "Did you know? You can share without consent."),
        ("paragraph", 7, "After the box.")]


def test_a_wikijs_callouts_class_line_is_markup() -> None:
    """Wiki.js writes a callout as a blockquote with its kind in a class line under it."""
    blocks, _ = parse_blocks("> **Call 999** if a learner is in danger.\n{.is-danger}\n\nAfter the box.\n")
    assert [b.text for b in blocks] == ["Call 999 if a learner is in danger.", "After the box."]


@pytest.mark.parametrize("line", ["Leaflet HV07 – reviewed January 2024", "Page last reviewed: 3 March 2023",
                                  "Practice guide · Last updated 12/04/2022"])
def test_review_date_lines_are_furniture(line: str) -> None:
    assert parse_blocks(f"Guidance\n\nShare early.\n\n{line}\n")[0][-1].text == "Share early."


def test_a_protective_marking_on_every_page_is_dropped() -> None:
    """"OFFICIAL" at the head and foot of each page of a public sector PDF is no heading; the
    same word inside a sentence stays."""
    blocks, _ = parse_blocks("OFFICIAL\nSharing information\n\n1. Introduction\n\n1.1 Minutes are marked "
                             "OFFICIAL-SENSITIVE and sent securely.\n\nPage 1 of 2\nOFFICIAL - SENSITIVE\n\n"
                             "OFFICIAL\n1.2 Share early.\n\nOFFICIAL\n")
    assert not [b for b in blocks if b.text.startswith("OFFICIAL")]
    assert any("marked OFFICIAL-SENSITIVE" in b.text for b in blocks)


def test_a_tabbed_row_opening_with_a_version_number_is_a_table_row() -> None:
    """An amendments table's "1.1<TAB>March 2021<TAB>..." is a row, not paragraph 1.1 (and, a
    version history, it is document control: dropped); "1.1<TAB>Text" still is paragraph 1.1."""
    blocks, _ = parse_blocks("Amendments\n\nVersion\tDate\tSummary of changes\n1.0\tApril 2019\tFirst issue\n"
                             "1.1\tMarch 2021\tContact details updated\n\n1. Introduction\n\n1.1\tChildren missing "
                             "education are at risk.\n")
    assert not [b for b in blocks if "|" in b.text or "March 2021" in b.text]
    assert ("1.1", "Children missing education are at risk.") in [(b.number, b.text) for b in blocks]


def test_a_version_history_table_is_dropped_but_other_tables_stay() -> None:
    """"Version | Date | Author | Changes" over rows opening with a version is document control; a
    table whose header has other words ("Version | What it means") is the document's own."""
    blocks, _ = parse_blocks("Version | Date | Author | Changes\n\n1.0 | 01/03/2022 | Practice Manager | New policy"
                             "\n\n2.0 | 14/05/2024 | Lead GP | Updated for Working Together 2023\n\nShare early.\n\n"
                             "Version | Meaning | Use\n\n1.0 | First issue | Training\n")
    assert [b.text for b in blocks] == ["Share early.", "Version | Meaning | Use", "1.0 | First issue | Training"]


def test_a_list_lettered_in_capitals_is_a_list_but_a_lone_answer_is_not() -> None:
    """"A. ...", "B. ...", "C. ..." are items; a "Q." answered by "A. No. ..." keeps its paragraphs."""
    blocks, _ = parse_blocks("Our rules\n\nA. The child comes first.\n\nB. Data protection is no barrier.\n\n"
                             "C. Be open and honest.\n")
    assert items(blocks) == [("A", "The child comes first."), ("B", "Data protection is no barrier."),
                             ("C", "Be open and honest.")]
    blocks, _ = parse_blocks("Q. Is the Act a barrier?\n\nA. No. The Act is a framework.\n")
    assert items(blocks) == []
    # lettered section headings stay headings
    blocks, _ = parse_blocks("A. Introduction\n\nThis guide is for staff.\n\nB. The legal framework\n\n"
                             "The law supports sharing.\n\nC. Practice\n\nRecord what you share.\n")
    assert items(blocks) == []
    assert [b.text for b in blocks if b.kind == "heading"] == ["A. Introduction", "B. The legal framework",
                                                                "C. Practice"]


def test_items_numbered_in_capitals_before_a_tab_are_items_not_table_rows() -> None:
    """The Word, OpenDocument and RTF readers write a list numbered "A.", "B." or "IV.", "V." as the
    number, a tab and the text: a list, not a table's two cells."""
    blocks, _ = parse_blocks("A.\tShare early\n\nB.\tRecord why\n\nIV.\tSeek advice\n\nV.\tKeep it secure\n")
    assert items(blocks) == [("A", "Share early"), ("B", "Record why"), ("IV", "Seek advice"), ("V", "Keep it secure")]


def test_slide_numbers_and_a_barred_slide_footer_are_dropped() -> None:
    """A presentation saved as an outline: "Slide 4" over each slide and "Org | Slide 4 of 14" under it."""
    outline = "Slide 4\nThe legal framework\n- s.47 CA 1989\n- s.17 CA 1989\nAnyshire LSCP | Slide 4 of 14\n"
    blocks, _ = parse_blocks(outline)
    assert not [t for t in texts(blocks) if "Slide" in t]
    assert items(blocks) == [("-", "s.47 CA 1989"), ("-", "s.17 CA 1989")]


def test_a_short_line_set_off_above_a_list_titles_it() -> None:
    """Set off by a blank line from the list above, and directly over the next list's first item,
    a short line titles that list; set off on both sides it is a running header (see bullets.txt)."""
    blocks, warnings = parse_blocks("- Use form IS1\n\nEscalation\n- Call the MASH\n- Use the procedure\n")
    assert "Escalation" in texts(blocks) and warnings == []


def test_an_emails_header_and_image_placeholders_are_dropped() -> None:
    """A bulletin saved from an e-mail opens with From / Sent / To / Subject lines; "[Image: logo]"
    stands where a picture was."""
    mail = ("From: Partnership <news@example.org>\nSent: 14 May 2024 09:02\nTo: Subscribers\n"
            "Subject: Bulletin - May 2024\n\n[Image: Partnership logo]\n\nNEWS\n\nNew advice is out.\n")
    blocks, warnings = parse_blocks(mail)
    assert texts(blocks) == ["NEWS", "New advice is out."]
    assert "line 1: e-mail header of 4 lines dropped" in warnings
    # a memo's "To:" and "Subject:" lines, with no sender, stay
    blocks, _ = parse_blocks("To: all staff\nSubject: consent\nDate: 1 May 2024\n\nText.\n")
    assert "To: all staff" in " ".join(texts(blocks))


def test_a_contents_list_without_page_numbers_is_dropped() -> None:
    """A web page's "Contents" list, printed: its entries name the headings that follow."""
    blocks, _ = parse_blocks("# Information sharing\n\n## Contents\n\n1. About this advice\n2. The legal framework\n\n"
                             "## About this advice\n\nThis advice is for practitioners.\n\n## The legal framework\n\n"
                             "1. Share early.\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Information sharing"), ("heading", "About this advice"),
        ("paragraph", "This advice is for practitioners."), ("heading", "The legal framework"),
        ("item", "Share early.")]


@pytest.mark.parametrize("line", ["↓", "→ ↓", "Cookies on GOV.UK", "## Cookies on GOV.UK",
                                  "We use some essential cookies to make this website work. We'd like to set "
                                  "additional cookies to understand how you use GOV.UK.",
                                  "Accept additional cookies Reject additional cookies GOV.UK",
                                  "Home > Children and families > Early help"])
def test_a_printed_web_pages_banner_breadcrumbs_and_flowchart_arrows_are_furniture(line: str) -> None:
    assert [b.text for b in parse_blocks(f"Guidance\n\n{line}\n\nShare early.\n")[0]] == ["Guidance", "Share early."]


# ---------------------------------------------------------------------------------------------
# A flowchart drawn with box-drawing characters, a policy's own sections, a form's blanks


_BOXES = """\
Intro line of the guide for all staff.

┌──────────────────────────────┐
│  You have a concern          │
│  (seen, heard or told)       │
└──────────────────────────────┘
               ↓
┌──────────────────┐   ┌──────────────────┐
│ Call 999, then   │   │ Record the       │
│ tell the DSL.    │   │ concern today.   │
│                  │   │ Tell the DSL.    │
└──────────────────┘   └──────────────────┘
REMEMBER
→ Do not promise to keep a secret.
→ You do not need consent to tell the DSL.
"""


def test_each_box_of_a_drawn_flowchart_is_a_paragraph_read_left_box_first() -> None:
    blocks, _ = parse_blocks(_BOXES)
    assert [(b.kind, b.text, b.line_start) for b in blocks[1:4]] == [
        ("paragraph", "You have a concern (seen, heard or told)", 4),
        ("paragraph", "Call 999, then tell the DSL.", 9),
        ("paragraph", "Record the concern today. Tell the DSL.", 9)]
    assert items(blocks) == [("→", "Do not promise to keep a secret."),
                             ("→", "You do not need consent to tell the DSL.")]


def test_a_policys_own_sections_are_structural_headings() -> None:
    blocks, _ = parse_blocks("SECTION 3 – SHARING INFORMATION\n\n3.1 Staff must pass on concerns.\n\n"
                             "Section 4: Bullying\n\nSection 47 enquiries are made by the council.\n")
    assert headings(blocks)[:2] == [(1, "Section 3", "SECTION 3 – SHARING INFORMATION"),
                                    (1, "Section 4", "Section 4: Bullying")]
    assert "Section 47 enquiries are made by the council." in texts(blocks)  # the Act's section, in a sentence


@pytest.mark.parametrize("line", [
    "Signed: ____________________ (Chair of the Board of Governors)    Date: ______________",
    "Chapter 4 – Page 1 of 3 – Version 2.1 approved by Chief Officers, March 2024",
    "Owner: Public Protection Command Version: 3.2 Review date: 01/04/2026",
])
def test_form_blanks_page_footers_and_document_control_lines_are_furniture(line: str) -> None:
    blocks, _ = parse_blocks(f"Some guidance text here.\n\n{line}\n")
    assert texts(blocks) == ["Some guidance text here."]


def test_a_lone_section_heading_is_read_as_before() -> None:
    """"Section 47 – Child protection enquiries" alone is about the Act's section, not one of the policy's own."""
    blocks, _ = parse_blocks("Guidance for staff\n\nSection 47 – Child protection enquiries\n\n"
                             "The council makes enquiries where a child may be at risk.\n")
    assert not [b for b in blocks if b.number and b.number.startswith("Section")]


def test_footnote_marks_a_pdf_text_runs_into_words_are_raised_with_their_notes() -> None:
    text = ("Schools must share concerns with the council.4 Under the Education Act 20025 governing bodies\n"
            "must safeguard pupils. A s47 enquiry follows a referral. Year 6 pupils move on in\n"
            "July3 and there are 2 sites.\n\n"
            "4 Working Together to Safeguard Children 2023, chapter 2.\n\n"
            "5 Section 175 of the Education Act 2002.\n\n"
            "7 Keeping Children Safe in Education 2024.\n")
    blocks, _ = parse_blocks(text)
    assert [b.text for b in blocks] == [
        "Schools must share concerns with the council.⁴ Under the Education Act 2002⁵ governing bodies must "
        "safeguard pupils. A s47 enquiry follows a referral. Year 6 pupils move on in July3 and there are 2 sites.",
        "⁴ Working Together to Safeguard Children 2023, chapter 2.",
        "⁵ Section 175 of the Education Act 2002.",
        "7 Keeping Children Safe in Education 2024.",  # no mark points at it: its number stays as printed
    ]


def test_contents_links_to_the_pages_own_anchors_are_not_read() -> None:
    blocks, _ = parse_blocks("# Policy\n\n[1\\. Purpose](#heading=h.gjdgxs)\n\n"
                             "[3.4 Moving school](#heading=h.3znysh7)\n\n"
                             "**1\\. Purpose**\n\nWe share.\n\n[Keeping Children Safe in Education](#)\n\n"
                             "[Working Together to Safeguard Children](#)\n")
    assert [b.text for b in blocks] == ["Policy", "Purpose", "We share.", "Keeping Children Safe in Education",
                                        "Working Together to Safeguard Children"]


def test_lines_opening_with_an_escaped_dash_are_a_typed_list() -> None:
    blocks, _ = parse_blocks("# Plan\n\nWe share it with:\n\n\\- the social worker;\n\n\\- the designated teacher.\n")
    assert items(blocks) == [("-", "the social worker;"), ("-", "the designated teacher.")]


def test_code_spans_read_as_their_words() -> None:
    blocks, _ = parse_blocks("# Steps\n\nApply `csea-hold` and note the `report_id`; ``a `b` c`` stays whole.\n\n"
                             "A lone ` backtick stays.\n")
    assert [b.text for b in blocks[1:]] == ["Apply csea-hold and note the report_id; a `b` c stays whole.",
                                            "A lone ` backtick stays."]
