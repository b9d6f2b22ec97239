"""Word documents as partnerships save them (`tests/fixtures/unseen/*.docx`, written part by part
as Word writes them, by hand rather than with python-docx): a MASH information sharing agreement
whose heading and clause numbers come from Word's automatic numbering, with a cover page in a
content control, a running header and footer, and a legal-basis table with merged and nested
cells; a school policy with tracked changes (a guidance edition replaced, an Act deleted, a
paragraph moved, a whole paragraph deleted) under a contents field; and a health protocol whose
Acts are cited in footnotes and an endnote, with its "Myth / Fact" panel in a text box."""

from __future__ import annotations

from helpers import unseen, unseen_cases, unseen_cited, unseen_myths_in

from guidegraph.catalog import Catalog
from guidegraph.extract.guidance import find_guidance

ISA = "eastbridge-mash-isa-numbered.docx"
POLICY = "riverside-school-policy-tracked.docx"
HEALTH = "westmoor-health-isp-footnotes.docx"


def numbered(name: str) -> dict[str, str]:
    """Section number -> title, for the numbered sections."""
    return {s.id.split("/")[1]: s.title for s in unseen(name).sections if s.id.split("/")[1][0].isdigit()}


# ---------------------------------------------------------------------------------------------
# A MASH agreement: automatic numbers, a cover page in a content control, merged and nested cells


def test_the_agreements_numbers_are_the_ones_word_draws() -> None:
    """Neither "3" nor "3.1.2" is in the text: Word's numbering gives them (headings by their style)."""
    sections = numbered(ISA)
    assert sections["1"] == "Parties" and sections["3"] == "Legal basis" and sections["4"] == "Review"
    assert sections["3.1"] == "Statutory powers and duties" and sections["3.2"] == "Data protection"
    assert {"1.1", "1.2", "2.1", "3.1.1", "3.1.2", "3.2.1", "3.2.2", "4.1"} <= set(sections)


def test_the_cover_title_is_read_and_the_running_header_is_not() -> None:
    doc = unseen(ISA)
    assert doc.sections[0].title == "Eastbridge Multi-Agency Safeguarding Hub Information Sharing Agreement"
    assert not any("OFFICIAL" in p.text or "Page 1 of 6" in p.text for p in doc.passages)


def test_the_agreement_cites_its_law_by_clause(catalog: Catalog) -> None:
    assert unseen_cited(ISA, catalog, "3.1.1") == [("children-act-1989", "section 17", ""),
                                                   ("children-act-1989", "section 47", "")]
    assert unseen_cited(ISA, catalog, "3.1.2") == [("children-act-2004", "section 11", "")]  # a hyperlink's text


def test_merged_rows_keep_their_lawful_basis_and_nested_rows_their_act(catalog: Catalog) -> None:
    """The local authority's two rows share one merged "Article 9(2)(g); DPA 2018 Schedule 1
    paragraph 18" cell: both rows cite it. A table nested in the schools' cell gives its own rows."""
    table = unseen_cited(ISA, catalog, "3.2.1")
    assert table.count(("data-protection-act-2018", "schedule 1 paragraph 18", "")) == 2
    assert ("gdpr", "article 6(1)(c)", "") in table
    assert ("education-act-2002", "section 175", "") in table and ("education-act-2002", "section 157", "") in table
    rows = [p.text for p in unseen(ISA).passages if p.text.startswith("Local authority |")]
    assert rows == ["Local authority | Article 6(1)(e) public task | Article 9(2)(g); DPA 2018 Schedule 1 paragraph 18",
                    "Local authority | Article 6(1)(c) legal obligation | Article 9(2)(g); DPA 2018 Schedule 1 "
                    "paragraph 18"]


# ---------------------------------------------------------------------------------------------
# A school policy with tracked changes and a contents field


def test_tracked_changes_are_read_as_accepted(catalog: Catalog) -> None:
    """The deleted Data Protection Act 1998 is not cited, the replaced 2018 edition of Working
    Together is not named, the moved paragraph is read once, the deleted one not at all."""
    cited = {basis for basis, _, _ in unseen_cited(POLICY, catalog, "1")}
    assert cited == {"education-act-2002"}
    text = " ".join(p.text for p in unseen(POLICY).passages)
    assert "2018" not in text.replace("Data Protection Act 2018", "") and "1998" not in text
    assert text.count("The designated safeguarding lead is Mrs A Khan") == 1
    assert "Staff must always obtain parental consent" not in text


def test_the_contents_field_is_neither_text_nor_sections() -> None:
    doc = unseen(POLICY)
    assert [s.title for s in doc.sections][1:] == ["Introduction", "Information sharing",
                                                   "Myths about information sharing"]
    assert not any("TOC" in p.text or "Contents" in p.text for p in doc.passages)


def test_the_policy_names_the_current_editions(catalog: Catalog) -> None:
    assert {g.id for g in find_guidance(unseen(POLICY), catalog)} == {
        "keeping-children-safe-in-education", "working-together-to-safeguard-children"}


def test_a_myths_answer_with_a_tracked_deletion_reads_as_accepted() -> None:
    myths = unseen_myths_in(POLICY)
    assert set(myths) == {"Data protection law stops me passing on a concern about a pupil",
                          "I need the parents' consent before I tell the DSL"}
    answer = myths["I need the parents' consent before I tell the DSL"].answer
    assert answer.startswith("No – you do not need consent") and "usually ask" not in answer


# ---------------------------------------------------------------------------------------------
# A health protocol: Acts in footnotes and an endnote, a "Myth / Fact" panel in a text box


def test_law_given_only_in_footnotes_is_cited(catalog: Catalog) -> None:
    """Section 47, section 11 and section 251 are named only in the notes; each is cited by the note
    and by the sentence carrying its mark, and the sentence is not broken by the note's text."""
    cited = unseen_cited(HEALTH, catalog, "1")
    assert ("children-act-1989", "section 47", "") in cited and ("children-act-2004", "section 11", "") in cited
    assert ("national-health-service-act-2006", "section 251", "") in cited
    first = next(p.text for p in unseen(HEALTH).passages if p.text.startswith("Health professionals"))
    assert first.endswith("significant harm.[1] The local authority then decides whether to make enquiries.")


def test_the_text_box_panels_myths_are_read_once() -> None:
    myths = unseen_myths_in(HEALTH)
    assert set(myths) == {"I cannot share a patient's information without their consent",
                          "The Caldicott principles stop me sharing"}
    assert all(m.verdict == "no" for m in myths.values())
    text = " ".join(p.text for p in unseen(HEALTH).passages)
    assert text.count("Myth: The Caldicott principles stop me sharing") == 1


def test_the_case_example_and_the_guidance_its_endnote_names(catalog: Catalog) -> None:
    [case] = unseen_cases(HEALTH)
    assert (case.number, case.setting) == (1, "a health visitor's concern")
    assert "working-together-to-safeguard-children" in {g.id for g in find_guidance(unseen(HEALTH), catalog)}
