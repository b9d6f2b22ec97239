"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 22),
each read first as a careful reader would.

* `millbrook-intranet-export-cp1252.txt`: a council's intranet page saved as text by an old content
  system, in Windows-1252 (curly quotes, en dashes and a pound sign as single bytes: 0x93, 0x96,
  0xA3), its lines ending in CRLF and LF by turns. Above the page's title: the site's name, a
  breadcrumb trail ("Home > Staff Zone > ..."), a print stamp ("Printed from the intranet by jsmith
  on 14/03/2016 at 09:42") and "Page owner: ... | Last reviewed: February 2016"; below its text
  "Back to top", a printed copy's warning and a copyright line. Law (as it stood in 2016): Children
  Act 2004 s11, Children Act 1989 s47, DPA 1998 Schedules 2 and 3 and s29, Crime and Disorder Act
  1998 s115, ECHR Article 8, the common law duty of confidence. Guidance: the 2015 information
  sharing advice (quoted, with two of its seven golden rules), Working Together 2015 and the local
  board's procedures ("– section 2.4, Information sharing", a part of them) under "Further
  reading". Myths: three, "Myth – “...”" over "Reality – ...", all false (one names a £500,000
  fine). Case: "Example from practice", a housing officer's visit, with "What we learned:".
  Furniture: everything above the title but the site's name, and below the contact line.
* `ashdown-yjs-wiki-info-sharing.md`: a youth justice service's GitLab wiki page: the wiki's own
  front matter (title, layout, tags, last editor; no key of guidegraph's) and a sidecar beside it,
  a "[[_TOC_]]" macro, a ":warning:" banner, reference-style links with their definitions at the
  foot ("[wt]: https://... "Working Together ...""), footnotes ("[^1]"), a pipe table of lawful
  bases, a myth table written in HTML (`<table>`, a cell's two paragraphs parted by `<br><br>`), a
  case folded in `<details>` under its `<summary>`, and a wiki link ("[[Recording standards]]").
  Law: Children Act 2004 ss10-11, Children Act 1989 ss17 and 47, UK GDPR Articles 6(1)(e) and
  9(2)(g), DPA 2018 Schedule 1 para 18 and Part 3, Crime and Disorder Act 1998 s115, ECHR Article 8,
  HRA 1998; a footnote names SSWB (Wales) Act 2014 s130. Guidance: Working Together 2023, the 2024
  advice, the Caldicott principles. Myths: two, false. Case: Jayden, aged 15. Nation: England.
  Furniture: the front matter, the contents macro, the link definitions.
* `thornbury-cabinet-report-isa-print.pdf`: a borough council's report to Cabinet printed by
  Chromium (`pdf-sources/`): a cover sheet (the council's name, the title, and a table of the
  report's particulars: "Report to | Cabinet", "Wards affected | All wards", "Key decision | No",
  ...), sections 1-9 in numbered paragraphs 1.1-9.3 with hanging numbers ("Recommendations" a
  lettered list, "Legal implications" the law), a footer on every page, and two appendices (a
  table of purposes and lawful bases; a case from the pilot). Law: Children Act 2004 ss10-11,
  Children Act 1989 ss17 and 47, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 para 18,
  ECHR Article 8, HRA 1998, the common law duty of confidence, Crime and Disorder Act 1998 s115.
  Guidance: Working Together 2023, the 2024 advice. Case: Mia, aged 4. No myths. Furniture: the
  cover's particulars, the footer.
* `glanmor-easy-read-sharing-print.pdf`: a Welsh council's Easy Read guide printed by Chromium: 16pt
  text a sentence a paragraph, each row of sentences beside a picture (its alt text is not in the
  text layer), a "Hard words" box, a footer. Law: SSWB (Wales) Act 2014 s130 ("The law is called
  the Social Services and Well-being (Wales) Act 2014. It is section 130 of that law."), DPA 2018.
  Guidance: WASPI. Myth: "Some people think we always need your consent to share." over "This is
  not true." and its reason in the sentences after. Case: "Example", Cerys, 11, told a sentence a
  paragraph. Nation: Wales.

Gaps closed in this round (general rules): front matter holding none of guidegraph's own keys
(a wiki's or a site generator's: title, layout, tags) is no metadata of ours: a sidecar beside it
describes the document and its lines are no text (front matter with our keys and a sidecar is
still an error). In text: a print stamp ("Printed from ... on 14/03/2016 at 09:42"), a wiki's
contents macro ("[[_TOC_]]", "[TOC]", "{{toc}}") and a markdown link's reference definition
("[wt]: https://...") are furniture; a wiki link ("[[Page|label]]") reads as its label and an emoji
shortcode (":warning:") as nothing; an HTML table in markdown is read as pipe rows and a
`<summary>` as the bold title of the block it folds; a line ending in a stop inside its closing
quote ("Myth – “I can’t share.”") is a sentence, no title; two short lines in a row under a
"Further reading" or "References" heading are entries, not a title over its subtitle; a committee
report's particulars ("Report to", "Wards affected", "Key decision", "Contact officer", ...) are a
properties table. In a PDF, a run of lines that are sentences, most ending in a stop, is a list
only at those stops: a line ending in none wraps its sentence though the next starts with a
capital. In extraction: "Example from practice" heads an example, "What we learned:" (and "Lessons
learned", "Key learning") marks a case's advice, and a story opening "Cerys is 11." names a child
by age; with no advice marked, a short paragraph in the past tense with no word of advice goes on
with the story; a bare verdict ("This is not true.") is answered by the paragraphs after it, up
to the next heading or belief; "section 130 of that law" refers back, as "that Act" does; a listed
document's part ("– section 2.4, ...") is no part of its title; a named store of information ("the
Police National Computer") is not the "IT systems" a belief says stand in the way of sharing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import (
    UNSEEN,
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
from guidegraph.errors import MetadataError
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.myths import document_myths
from guidegraph.read.furniture import is_furniture
from guidegraph.read.inline import clean_inline
from guidegraph.read.markdown import html_blocks
from guidegraph.read.metadata import load_metadata
from guidegraph.read.pdf import _Line as PdfLine
from guidegraph.read.pdf_ends import entry_starts
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions


# ---------------------------------------------------------------------------------------------
# An intranet page saved as Windows-1252 text


INTRANET = "millbrook-intranet-export-cp1252.txt"


def test_the_intranet_texts_bytes_are_windows_1252_with_mixed_line_ends() -> None:
    data = (UNSEEN / INTRANET).read_bytes()
    assert b"\x96" in data and b"\xa3500,000" in data and b"\x93" in data  # en dash, pound sign, curly quote
    assert b"\r\n" in data and b"\n" in data.replace(b"\r\n", b"")
    texts = passages(INTRANET)
    assert any("£500,000" in t for t in texts) and any("Don’t assume" in t for t in texts)
    assert not [t for t in texts if "\r" in t]


def test_the_intranet_pages_stamps_and_trail_are_dropped() -> None:
    assert sections(INTRANET)[1:] == [
        ("s2", "Why this matters"), ("s3", "The law in brief"), ("s4", "Myths and realities"),
        ("s5", "The seven golden rules"), ("s6", "Example from practice"), ("s7", "Further reading")]
    texts = passages(INTRANET)
    for furniture in ("Printed from", "Home >", "Page owner", "Back to top", "Printed copies", "©"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_intranets_masthead_is_no_section() -> None:
    assert sections(INTRANET)[0] == (
        "s1", "SHARING INFORMATION TO KEEP CHILDREN SAFE – A QUICK GUIDE FOR COUNCIL STAFF")


def test_quoted_myths_are_paragraphs_and_further_reading_is_entries() -> None:
    myths_section = passages(INTRANET, "s4")
    assert myths_section[0] == "Myth – “I can’t share anything without the parent’s consent.”"
    assert [t.split(" – ")[0] for t in myths_section] == ["Myth", "Reality"] * 3
    assert passages(INTRANET, "s7")[0] == ("Working Together to Safeguard Children (March 2015)\nMillbrook "
                                           "Safeguarding Children Board multi-agency procedures – section 2.4, "
                                           "Information sharing")


def test_the_intranet_pages_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-2004", "section 11"), ("children-act-1989", "section 47"),
            ("data-protection-act-1998", "schedule 2"), ("data-protection-act-1998", "schedule 3"),
            ("data-protection-act-1998", "section 29"), ("crime-and-disorder-act-1998", "section 115"),
            ("echr", "article 8"), ("common-law-duty-of-confidence", None)} <= cited(INTRANET, catalog)
    assert guidance(INTRANET, catalog) == {"hmg-information-sharing-advice", "working-together-to-safeguard-children",
                                           "millbrook-safeguarding-children-board-multi-agency-procedures"}
    myths = unseen_myths_in(INTRANET)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I can’t share anything without the parent’s consent": "no",
        "The council could be fined £500,000 if I share the wrong thing, so it is safer to say nothing": "no",
        "Only social workers need to know about information sharing": "no"}
    [case] = unseen_cases(INTRANET)
    assert case.scenario.startswith("A housing officer visiting a tenant")
    assert "A social worker visited" in case.scenario
    assert case.advice.startswith("a visit for one purpose does not stop you")


@pytest.mark.parametrize(("line", "dropped"), [
    ("Printed from the intranet by jsmith on 14/03/2016 at 09:42", True),
    ("Printed on 3 May 2024", True),
    ("Printed copies of this leaflet are available from reception.", False),
    ("[[_TOC_]]", True), ("[TOC]", True), ("{{toc}}", True),
    ('[wt]: https://www.gov.uk/working-together "Working Together to Safeguard Children 2023"', True),
    ("[^1]: Section 47, Children Act 1989.", False),
    ("| Report to | Cabinet |", False),  # a row alone: only a run of particulars is a properties table
])
def test_stamps_macros_and_link_definitions_are_furniture(line: str, dropped: bool) -> None:
    assert is_furniture(line) == dropped


@pytest.mark.parametrize(("line", "heading"), [
    ("Myth – “I can’t share anything without consent.”", False),
    ('Myth: "Data protection stops me sharing."', False),
    ("“Can I share without consent?”", True),
])
def test_a_stop_inside_a_closing_quote_ends_a_sentence(line: str, heading: bool) -> None:
    text = f"Guide\n\nIntro text that is long enough to be a paragraph of prose here.\n\n{line}\n" \
           "Reality – Consent is not always needed, and you can share to protect a child at risk.\n"
    kinds = {b.text: b.kind for b in parse_blocks(text)[0]}
    assert (kinds[clean_inline(line)] == "heading") == heading


def test_two_lines_under_further_reading_are_entries() -> None:
    text = ("Guide\n\nSome text of the guide that runs on as a paragraph of prose.\n\nFurther reading\n\n"
            "Working Together to Safeguard Children (2023)\nKeeping Children Safe in Education (2024)\n")
    blocks = parse_blocks(text)[0]
    assert [b.text for b in blocks if b.kind == "heading"] == ["Guide", "Further reading"]


def test_an_example_from_practice_with_what_we_learned_is_a_case() -> None:
    doc = segment(text_document("# Guide\n\n## Example from practice\n\nA youth worker saw a boy with a new phone "
                                "and cash.\n\nWhat we learned: ask who bought it, and share.\n"))
    [case] = find_case_examples(doc)
    assert case.scenario.startswith("A youth worker saw") and case.advice == "ask who bought it, and share."


# ---------------------------------------------------------------------------------------------
# A GitLab wiki page


WIKI = "ashdown-yjs-wiki-info-sharing.md"


def test_the_wikis_front_matter_is_its_own_beside_a_sidecar(tmp_path: Path) -> None:
    meta = unseen(WIKI).meta
    assert (meta.title, meta.publisher) == ("Information sharing (practice wiki)", "Ashdown Youth Justice Service")
    texts = passages(WIKI)
    for furniture in ("layout:", "tags:", "last_edited_by", "_TOC_", "TOC", ":warning:", "https://", "[wt]"):
        assert not [t for t in texts if furniture in t], furniture
    # front matter with a key of guidegraph's own, and a sidecar: which one is meant is unclear
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: Sharing\npublisher: Anytown LSCP\n---\nText.\n", encoding="utf-8")
    page.with_suffix(".toml").write_text((UNSEEN / "ashdown-yjs-wiki-info-sharing.toml").read_text(), "utf-8")
    with pytest.raises(MetadataError, match="has both front matter"):
        load_metadata(page)
    page.write_text("---\ntitle: Sharing\nlayout: wiki\n---\nText.\n", encoding="utf-8")
    found, consumed = load_metadata(page)
    assert found is not None and found.publisher == "Ashdown Youth Justice Service" and consumed == 4


def test_the_wikis_html_table_summary_and_links() -> None:
    assert sections(WIKI) == [
        ("s1", "Information sharing"), ("s2", "Our duties"), ("s3", "Lawful basis for sharing"),
        ("s4", "Myths we still hear"), ("s5", "Case example"), ("s6", "Case example: Jayden, aged 15"),
        ("s7", "Recording")]
    rows = passages(WIKI, "s4")
    assert rows[0] == "Myth | Fact"
    assert rows[1].startswith("The child is over 16, so I must have their consent before I share anything. | No.")
    assert rows[1].endswith("unless that would increase the risk. Record your decision on the case record.")
    assert passages(WIKI, "s7")[0].endswith("See Recording standards and the team's recording checklist.")


def test_the_wikis_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-2004", "section 10"), ("children-act-2004", "section 11"),
            ("children-act-1989", "section 17"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
            ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("data-protection-act-2018", "part 3"), ("crime-and-disorder-act-1998", "section 115"),
            ("echr", "article 8"), ("human-rights-act-1998", None)} <= cited(WIKI, catalog)
    assert guidance(WIKI, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice",
                                       "caldicott-principles"}
    myths = unseen_myths_in(WIKI)
    assert {s: m.verdict for s, m in myths.items()} == {
        "The child is over 16, so I must have their consent before I share anything": "no",
        "Information from the police national computer can never be shared with a school": "no"}
    # the Police National Computer is where the information comes from, not an IT system in the way
    assert myths["Information from the police national computer can never be shared with a school"].concept != (
        "systems-barrier-effective-information")
    [case] = unseen_cases(WIKI)
    assert case.setting == "Jayden, aged 15" and case.scenario.startswith("Jayden was on a referral order.")
    assert case.advice.startswith("a child asking you to keep a secret")
    assert unseen(WIKI).meta.jurisdictions == ("England",)


def test_an_html_table_in_markdown_is_read_as_rows() -> None:
    lines = ["Text.", "<table>", "<tr><th>Myth</th><th>Fact</th></tr>",
             "<tr><td>You need consent.</td><td>No.<br><br>Share &amp; record.</td></tr>", "</table>", "",
             "<details>", "<summary>Case study: Sam</summary>", "Sam is 9.", "</details>"]
    out = html_blocks(lines)
    assert len(out) == len(lines)  # every line keeps its number
    assert out[1:5] == ["| Myth | Fact |", "| You need consent. | No. Share & record. |", "", ""]
    assert out[7] == "**Case study: Sam**"


@pytest.mark.parametrize(("text", "plain"), [
    ("See [[Recording standards]].", "See Recording standards."),
    ("See [[recording-standards|the recording standards]].", "See the recording standards."),
    ("> :warning: Read this first.", "> Read this first."),
    ("Meet at 10:30: bring the notes.", "Meet at 10:30: bring the notes."),
])
def test_wiki_links_and_shortcodes(text: str, plain: str) -> None:
    assert clean_inline(text) == plain


# ---------------------------------------------------------------------------------------------
# A council's report to Cabinet, printed


REPORT = "thornbury-cabinet-report-isa-print.pdf"


def test_the_reports_cover_particulars_and_footer_are_dropped() -> None:
    texts = passages(REPORT)
    for furniture in ("Report to", "Wards affected", "Key decision", "Contact officer", "Exempt information",
                      "Cabinet · 12 March 2025", "OFFICIAL"):
        assert not [t for t in texts if furniture in t], furniture
    keys = [key for key, _ in sections(REPORT)]
    assert keys[1:4] == ["1", "1.1", "1.2"] and keys[-2:] == ["appendix-a", "appendix-b"]
    assert "7" in keys and "9.3" in keys
    assert dict(sections(REPORT))["7"] == "Legal implications"


def test_the_reports_law_case_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-2004", "section 10"), ("children-act-2004", "section 11"),
            ("children-act-1989", "section 17"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
            ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("echr", "article 8"), ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None),
            ("crime-and-disorder-act-1998", "section 115")} <= cited(REPORT, catalog)
    assert guidance(REPORT, catalog) == {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}
    assert unseen_myths_in(REPORT) == {}
    [case] = unseen_cases(REPORT)
    assert case.setting == "Mia, aged 4" and case.advice.startswith("a single call to the front door")


def test_a_committee_reports_particulars_are_a_properties_table() -> None:
    text = ("Report title\n\n| Report to | Cabinet |\n| Date of meeting | 12 March 2025 |\n| Wards affected | All |\n"
            "| Key decision | No |\n| Contact officer | Head of Service |\n\n1. Purpose\n\nThis report asks Cabinet "
            "to agree the protocol.\n")
    assert [b.text for b in parse_blocks(text)[0] if "|" in b.text] == []


def test_the_councils_name_on_the_cover_is_no_section() -> None:
    assert sections(REPORT)[0] == ("s1", "Multi-Agency Information Sharing Agreement for Children")


# ---------------------------------------------------------------------------------------------
# An Easy Read guide, printed


EASY = "glanmor-easy-read-sharing-print.pdf"


def test_the_easy_read_sentences_wrapped_in_their_column_stay_whole() -> None:
    texts = passages(EASY)
    assert "The law is called the Social Services and Well-being (Wales) Act 2014." in texts
    assert "We follow the Wales Accord on the Sharing of Personal Information." in texts
    assert not [t for t in texts if "Easy Read · Cyngor" in t or t.startswith("(Wales)")]
    assert [title for _, title in sections(EASY)] == [
        "Sharing information about you", "What is information?", "When do we share information?",
        "Do you need to say yes?", "Keeping your information safe", "Example", "Who can I talk to?"]


def test_the_easy_read_law_myth_case_and_guidance(catalog: Catalog) -> None:
    assert {("social-services-and-well-being-wales-act-2014", "section 130"),
            ("data-protection-act-2018", None)} <= cited(EASY, catalog)
    assert guidance(EASY, catalog) == {"waspi"}
    [(statement, myth)] = unseen_myths_in(EASY).items()
    assert statement == "We always need your consent to share" and myth.verdict == "no"
    assert myth.answer == ("This is not true. If you are not safe, we can share without asking you. We will try to "
                           "tell you what we are sharing and why.")
    [case] = unseen_cases(EASY)
    assert case.scenario.split("\n\n") == [
        "Cerys is 11.", "Cerys told her teacher that she was scared to go home.",
        "Her teacher told the school safeguarding person.", "They phoned social services the same day.",
        "A social worker came to talk to Cerys and her family."]
    assert unseen(EASY).meta.jurisdictions == ("Wales",)


def _column(texts: list[str]) -> list[PdfLine]:
    return [PdfLine(t, y=700.0 - 24 * k, size=16, x=150.0) for k, t in enumerate(texts)]


def test_a_list_of_sentences_wraps_where_a_line_ends_in_no_stop() -> None:
    page = _column(["We will share information if we think you are not safe.", "We may share it with the police.",
                    "The law is called the Social Services and Well-being", "(Wales) Act 2014.",
                    "It is section 130 of that law.", "We will tell you first."])
    starts = entry_starts(page, 30.0)
    assert id(page[3]) not in starts and {id(page[1]), id(page[2]), id(page[4]), id(page[5])} <= starts


def test_a_bare_verdict_is_answered_by_the_sentences_after_it() -> None:
    doc = segment(text_document("# Consent\n\nSome people think you must always ask first.\n\nThis is not true.\n\n"
                                "You can share to keep a child safe.\n\n# Next\n\nOther text.\n"))
    [myth] = document_myths(doc)
    assert myth.answer == "This is not true. You can share to keep a child safe."


def test_that_law_refers_back_to_the_act_named_before(catalog: Catalog) -> None:
    from guidegraph.extract.legislation import find_citations

    doc = segment(text_document("# Law\n\nThe law is called the Children Act 1989.\n\nIt is section 47 of that law.\n"))
    found = {(c.basis, c.provision.label if c.provision else None) for c in find_citations(doc, catalog)[0]}
    assert ("children-act-1989", "section 47") in found


def test_a_listed_documents_part_is_not_its_title(catalog: Catalog) -> None:
    doc = segment(text_document("# Guide\n\nText of the guide.\n\n## Further reading\n\n"
                                "- Anytown Safeguarding Partnership procedures – section 4.2, Sharing information\n"))
    assert {g.title for g in find_guidance(doc, catalog)} == {"Anytown Safeguarding Partnership procedures"}
