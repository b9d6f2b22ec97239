"""More shapes of real guidance (`tests/fixtures/unseen/`): law given in footnotes and endnotes,
legislation tables (HTML, markdown, tab-separated), glossaries, a council policy's nested
clauses, a bilingual Welsh and English page, a PDF export with ligatures and page lines, an
early-years leaflet with "Did you know?" boxes and a Scottish health-visitor leaflet."""

from __future__ import annotations

import pytest
from helpers import UNSEEN, unseen

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import find_myths
from guidegraph.model import SegmentedDocument
from guidegraph.read import read_document
from guidegraph.segment import segment


def cited(doc: SegmentedDocument, catalog: Catalog, where: str = "") -> list[tuple]:
    """(passage key, kind, basis, provision, text, negation) of the citations in passages under `where`."""
    return [(c.passage_id.split("/", 1)[1], c.kind, c.basis, c.provision.label if c.provision else None, c.text,
             c.negation) for c in find_citations(doc, catalog)[0] if c.passage_id.split("/")[1].startswith(where)]


# ---------------------------------------------------------------------------------------------
# Footnotes and endnotes


def test_a_passage_cites_the_law_its_footnote_marks_name(catalog: Catalog) -> None:
    """"must make enquiries<sup>2</sup>" with "2. Section 47, Children Act 1989" in the Notes: the
    passage cites section 47 through its mark, and "the Act" in a sentence whose note names the
    Children Act 2004 is that Act, not the nearest Act before it."""
    doc = unseen("lscp-footnoted-guidance.html")
    assert cited(doc, catalog, "s2") == [
        ("s2/p1", "implicit", "children-act-1989", "section 47", "reasonable cause to suspect", ""),
        ("s2/p1", "anaphoric", "children-act-1989", "section 47", "²", ""),
        ("s2/p1", "anaphoric", "children-act-1989", "section 47(9)-47(11)", "³", ""),
        ("s2/p2", "anaphoric", "children-act-2004", None, "the Act", ""),
        ("s2/p2", "anaphoric", "children-act-2004", "section 11", "⁴", ""),
        ("s2/p3", "implicit", "gdpr", "article 9", "special category data", ""),
        ("s2/p3", "anaphoric", "data-protection-act-2018", "schedule 1 paragraph 18", "⁵", ""),
    ]
    marked = next(c for c in find_citations(doc, catalog)[0] if c.text == "⁴")
    assert marked.note == "footnote 4: Section 11 of the Children Act 2004."
    notes = next(p for p in doc.passages if p.id.endswith("/s5/p1"))
    assert notes.items[1] == "Section 47, Children Act 1989."  # no "Back to text" link


def test_footnotes_at_the_foot_of_a_pdf_page(catalog: Catalog) -> None:
    """"... about a child,³" and "³ Section 47, Children Act 1989." below; a footnote's
    "Publisher (Year) Title" is a reference with its year, its title the catalogued code's."""
    doc = unseen("trust-pdf-ligatures.txt")
    assert [c for c in cited(doc, catalog, "2") if c[1] == "anaphoric"] == [
        ("2/p1", "anaphoric", "data-protection-act-2018", "schedule 1 paragraph 18", "²", ""),
        ("2/p2", "anaphoric", "children-act-1989", "section 47", "³", ""),
    ]
    assert [(g.id, g.year, g.publisher) for g in find_guidance(doc, catalog)] == [
        ("nhs-confidentiality-code-of-practice", 2003, "Department of Health"),
        ("safeguarding-children-young-people-and-adults-at-risk-in-the", 2019, "NHS England"),
        ("caldicott-principles", 2020, "National Data Guardian"),
    ]


def test_markdown_footnotes_and_marks_without_a_note(catalog: Catalog) -> None:
    from test_extract_unseen import markdown

    doc = markdown("# Sharing\n\nThe council must make enquiries.[^1] Agencies must share.[^2] See also.⁹\n\n"
                   "## Notes\n\n[^1]: Section 47, Children Act 1989.\n[^2]: Working Together 2023.\n")
    # kramdown's mark is read as the raised number it shows ("[^1]" as "¹")
    assert cited(doc, catalog, "s1") == [("s1/p1", "anaphoric", "children-act-1989", "section 47", "¹", "")]


def test_a_number_or_word_is_never_glued_to_a_footnote_mark(catalog: Catalog) -> None:
    doc = unseen("lscp-footnoted-guidance.html")
    assert "must make enquiries ² and other agencies" in doc.passages[1].text
    assert not any("1989²" in p.text or "47²" in p.text for p in doc.passages)


# ---------------------------------------------------------------------------------------------
# Tables, glossaries and nested clauses


@pytest.mark.parametrize(("name", "where"), [("lscp-footnoted-guidance.html", "s3"),
                                             ("council-policy-nested-clauses.txt", "2.1"),
                                             ("nursery-did-you-know.md", "s3")])
def test_a_legislation_table_cites_each_rows_act_and_section(catalog: Catalog, name: str, where: str) -> None:
    """HTML <table>, tab-separated Word export and markdown pipes: one row, one Act and its section."""
    doc = unseen(name)
    rows = [p.text for p in doc.passages if p.id.split("/")[1] == where and " | " in p.text]
    assert rows[0] == "Legislation | What it allows | Section"
    found = {(c[0], c[2], c[3]) for c in cited(doc, catalog, where) if c[3] and c[1] != "implicit"}
    assert ("children-act-1989", "section 47") in {(b, p) for _, b, p in found}
    assert all(len({b for k, b, _ in found if k == key}) == 1 for key, _, _ in found)  # no row cites two Acts


def test_council_policy_keeps_its_nested_clauses_and_glossary() -> None:
    doc = read_document(UNSEEN / "council-policy-nested-clauses.txt")
    items = [(b.marker, b.text.split()[0]) for b in doc.blocks if b.kind == "item"]
    assert items[:8] == [("a", "there"), ("b", "sharing"), ("c", "a"), ("a", "discuss"), ("b", "record:"),
                         ("i", "what"), ("ii", "the"), ("iii", "the")]
    assert not any("Page 2 of 4" in b.text for b in doc.blocks)
    assert find_myths([segment(doc)]) == []  # "Consent – agreement freely given ..." is a definition


def test_a_glossary_of_a_web_page_is_term_and_definition() -> None:
    texts = [p.text for p in unseen("lscp-footnoted-guidance.html").passages]
    assert ("Consent – Agreement freely given by a person with capacity, after being told what will be shared "
            "and why.") in texts


# ---------------------------------------------------------------------------------------------
# Welsh beside English


def test_a_bilingual_page_gives_only_its_english_myths(catalog: Catalog) -> None:
    """Welsh "Myth: ..."/"Ffaith: ..." paragraphs are no myths, and the Welsh answer under a
    "Welsh / English" question heading is not the statement of one."""
    myths = find_myths([unseen("bilingual-welsh-english.html")])
    assert [(m.statement, m.verdict, m.answer) for m in myths] == [
        ("You always need consent before sharing information", "no",
         "You do not need consent if a child is at risk of significant harm."),
        ("The GDPR stops us sharing information about a child", "no",
         "The GDPR is not a barrier to sharing information when a child needs to be protected."),
        ("Should I tell the parents?", "yes", "Yes, usually, unless doing so would put the child at greater risk."),
    ]


def test_a_bilingual_page_cites_its_english_law_and_no_term_beside_a_named_provision(catalog: Catalog) -> None:
    """"Under section 130 of the 2014 Act ... reasonable cause to suspect": the words are section
    130's, no implied Children Act 1989 s47."""
    found = cited(unseen("bilingual-welsh-english.html"), catalog, "s2")
    assert found == [
        ("s2/p2", "explicit", "social-services-and-well-being-wales-act-2014", "section 130",
         "section 130 of the Social Services and Well-being (Wales) Act 2014", ""),
        ("s2/p4", "explicit", "echr", "article 8", "Article 8 of the European Convention on Human Rights", ""),
    ]


@pytest.mark.parametrize(("text", "welsh"), [
    ("Mae angen caniatâd bob amser cyn rhannu gwybodaeth.", True),
    ("O dan adran 130 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, rhaid i bartneriaid roi gwybod.",
     True),
    ("Mythau cyffredin", True),
    ("Pan-Cheshire Safeguarding Children's Procedures", False),
    ("Gwent Safeguarding Board", False),
    ("Llandudno", False),
    ("You always need consent before sharing information.", False),
    ("Myth: The GDPR stops us sharing information about a child.", False),
])
def test_welsh_is_told_from_english(text: str, welsh: bool) -> None:
    from guidegraph.extract.language import is_welsh

    assert is_welsh(text) is welsh


# ---------------------------------------------------------------------------------------------
# A PDF export, leaflets


def test_pdf_export_ligatures_are_letters_and_page_lines_go() -> None:
    doc = read_document(UNSEEN / "trust-pdf-ligatures.txt")
    text = "\n".join(b.text for b in doc.blocks)
    assert "significant harm" in text and "Confidentiality is not absolute" in text and "should flow" in text
    assert not any(c in text for c in "\ufb00\ufb01\ufb02\ufb03\ufb04")
    assert "reasons for any decision not to share" in text
    assert not any(b.text.startswith("Page ") for b in doc.blocks)


def test_law_a_next_sentence_says_was_repealed_or_never_commenced(catalog: Catalog) -> None:
    """"The Data Protection Act 1998 governed ... It has been repealed"; "Part 4 of the ... Act 2014
    would have made ... It was never brought into force.": marked, and no support."""
    assert cited(unseen("trust-pdf-ligatures.txt"), catalog, "2")[0] == (
        "2/p1", "explicit", "data-protection-act-1998", None, "The Data Protection Act 1998",
        "It has been repealed and replaced")
    assert cited(unseen("health-visitor-leaflet-scotland.txt"), catalog, "s3") == [
        ("s3/p1", "explicit", "children-and-young-people-scotland-act-2014", "part 4",
         "Part 4 of the Children and Young People (Scotland) Act 2014", "It was never brought into force")]


def test_did_you_know_boxes_are_asides_not_headings_or_myths(catalog: Catalog) -> None:
    """A quoted box's bold label opens its paragraph: the text after the box stays in its section."""
    doc = unseen("nursery-did-you-know.md")
    assert [s.title for s in doc.sections] == [
        "Little Acorns Day Nursery: Safeguarding and information sharing", "Why we share information",
        "The law at a glance", "Common questions", "Will parents find out that I shared?",
        "Do I need to be certain before I share?", "Keeping records"]
    assert [p.text.split("?")[0] for p in doc.passages if p.id.split("/")[1] == "s2"][1:] == [
        "Did you know", "If you are worried about a child, speak to our Designated Safeguarding Lead (DSL) straight "
        "away. The DSL will decide whether to contact the Integrated Front Door.", "Did you know"]
    assert [(m.statement, m.verdict) for m in find_myths([doc])] == [("Do I need to be certain before I share?", "no")]
    assert [(g.id, g.year) for g in find_guidance(doc, catalog)] == [
        ("statutory-framework-for-the-early-years-foundation-stage", 2024)]


def test_a_leaflets_review_line_is_furniture() -> None:
    doc = read_document(UNSEEN / "health-visitor-leaflet-scotland.txt")
    assert not any("reviewed January 2024" in b.text for b in doc.blocks)


# ---------------------------------------------------------------------------------------------
# Catalogued guidance under the title of its edition


@pytest.mark.parametrize("text", [
    "National Data Guardian (2020) The Eight Caldicott Principles.",
    "National Data Guardian (2020) Eight Caldicott Principles.",
    "National Data Guardian (2020) 'The 8 Caldicott Principles'.",
])
def test_a_counted_title_is_the_catalogued_guidance(catalog: Catalog, text: str) -> None:
    """"The Eight Caldicott Principles" is the catalogued principles, in their 2020 edition."""
    from test_extract_unseen import paragraphs

    doc = paragraphs("# References", text)
    assert [(g.id, g.year, g.publisher) for g in find_guidance(doc, catalog)] == [
        ("caldicott-principles", 2020, "National Data Guardian")]


def test_the_caldicott_fixture_cites_the_catalogued_principles(catalog: Catalog) -> None:
    found = find_guidance(unseen("caldicott-principles-2020.txt"), catalog)
    assert [(g.id, g.year, g.passage_ids) for g in found] == [
        ("caldicott-principles", 2020, ("caldicott-principles-2020/s2/p1", "caldicott-principles-2020/s12/p1"))]
