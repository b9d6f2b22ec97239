"""The segmenter: section trees, keys and passages, on small documents and the bundled corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guidegraph.model import Block, Document, Metadata, SegmentedDocument
from guidegraph.read import read_corpus
from guidegraph.resources import data_dir
from guidegraph.segment import segment, slugify

KEY_SAFE = re.compile(r"^[A-Za-z0-9._-]+$")


def document(*blocks: Block, slug: str = "doc") -> Document:
    meta = Metadata(slug, "A document", "A publisher", "2024", ("England",), (), "", "", "full",
                    Path(f"{slug}.txt"))
    return Document(meta, blocks)


def heading(text: str, line: int, level: int, number: str | None = None) -> Block:
    return Block("heading", text, line, line, level=level, number=number)


def para(text: str, line: int, number: str | None = None) -> Block:
    return Block("paragraph", text, line, line, number=number)


def item(text: str, line: int, marker: str = "•") -> Block:
    return Block("item", text, line, line, marker=marker)


# ---------------------------------------------------------------------------------------------
# Small documents


def test_front_matter_sections_and_numbered_paragraphs() -> None:
    result = segment(document(
        para("Before any heading.", 1),
        heading("Introduction", 2, 2, "1"),
        para("This guidance explains the rules on sharing information with other agencies.", 3, "1.1"),
        para("An unnumbered paragraph after it.", 4),
        heading("Further guidance", 5, 2),
        para("Text.", 6),
    ))
    assert [(s.key, s.number, s.level, s.parent) for s in result.sections] == [
        ("1", "1", 2, None), ("1.1", "1.1", 3, "doc/1"), ("s3", None, 2, None),
    ]
    assert result.sections[1].title == "This guidance explains the rules on sharing information…"
    assert [(p.id, p.section, p.ordinal) for p in result.passages] == [
        ("doc/front/p1", None, 1), ("doc/1.1/p1", "doc/1.1", 2), ("doc/1.1/p2", "doc/1.1", 3),
        ("doc/s3/p1", "doc/s3", 4),
    ]
    assert (result.sections[0].line_start, result.sections[0].line_end) == (2, 4)


def test_restarted_numbering_is_prefixed_by_its_top_level_section() -> None:
    result = segment(document(
        heading("PART A: GENERAL", 1, 1, "A"),
        heading("Introduction", 2, 2, "1"),
        para("Paragraph one.", 3, "1.1"),
        heading("Appendix 1", 4, 1, "Appendix 1"),
        heading("The Legal Framework", 5, 2, "1"),
        para("Paragraph one again.", 6, "1.1"),
        para("A paragraph whose number is new.", 7, "1.2"),
    ))
    assert [s.key for s in result.sections] == [
        "part-a", "1", "1.1", "appendix-1", "appendix-1-1", "appendix-1-1.1", "appendix-1-1.2",
    ]
    assert result.sections[-1].parent == "doc/appendix-1-1"


def test_appendix_inside_a_title_section_prefixes_its_numbers() -> None:
    result = segment(document(
        heading("Guidance Title", 1, 1),
        heading("Introduction", 2, 2, "1"),
        para("Paragraph.", 3, "1.1"),
        heading("Appendix A", 4, 2, "Appendix A"),
        heading("Glossary", 5, 3, "1"),
        heading("A second glossary numbered one by mistake", 6, 3, "1"),
    ))
    assert [s.key for s in result.sections] == [
        "s1", "1", "1.1", "appendix-a", "appendix-a-1", "appendix-a-1-2",
    ]


def test_short_items_make_one_list_passage_with_their_lead_in() -> None:
    result = segment(document(
        heading("Getting consent", 1, 2),
        para("Ask for consent unless:", 2),
        item("asking may increase the risk of harm", 3, "-"),
        item("a delay may increase the risk of harm.", 4, "-"),
        para("A paragraph after the list.", 5),
    ))
    first, second = result.passages
    assert (first.kind, first.items, first.markers) == (
        "list",
        ("asking may increase the risk of harm", "a delay may increase the risk of harm."),
        ("-", "-"),
    )
    assert first.text == ("Ask for consent unless:\nasking may increase the risk of harm\n"
                          "a delay may increase the risk of harm.")
    assert (first.line_start, first.line_end) == (2, 4)
    assert [b.line_start for b in result.blocks_by_passage[first.id]] == [2, 3, 4]
    assert second.kind == "paragraph" and second.id == "doc/s1/p2"


def test_long_items_are_passages_of_their_own() -> None:
    long_rule = "Remember that the law is not a barrier to justified information sharing " * 4
    result = segment(document(
        heading("Golden rules", 1, 2),
        para("The rules are:", 2),
        item(long_rule, 3, "1"),
        item("Seek advice.", 4, "2"),
    ))
    assert [(p.kind, p.markers) for p in result.passages] == [
        ("paragraph", ()), ("item", ("1",)), ("item", ("2",)),
    ]


def test_slugify() -> None:
    assert slugify("Appendix 1") == "appendix-1"
    assert slugify("4.11") == "4.11"
    assert slugify("Part A") == "part-a"


# ---------------------------------------------------------------------------------------------
# The bundled corpus


@pytest.fixture(scope="module")
def segmented() -> dict[str, SegmentedDocument]:
    return {d.meta.slug: segment(d) for d in read_corpus(data_dir("corpus"))}


def test_2005_section_tree(segmented: dict[str, SegmentedDocument]) -> None:
    result = segmented["cross-government-information-sharing-2005"]
    by_id = {s.id: s for s in result.sections}
    top = [s.title for s in result.sections if s.parent is None]
    assert top == [
        "CROSS GOVERNMENT GUIDANCE - SHARING INFORMATION ON CHILDREN AND YOUNG PEOPLE",
        "PART A: GENERAL GUIDANCE", "PART B: SHARING INFORMATION IN SPECIFIC CIRCUMSTANCES",
        "Appendix 1", "Appendix 2",  # Appendix 3 is missing from the source text
    ]
    chapters = [(s.number, by_id[s.parent].key) for s in result.sections
                if s.parent and by_id[s.parent].parent is None and by_id[s.parent].key.startswith("part")]
    assert chapters == [(str(n), "part-a") for n in range(1, 7)] + [(str(n), "part-b") for n in range(7, 15)]
    section = by_id["cross-government-information-sharing-2005/4.11"]
    assert (section.number, section.parent, section.level) == (
        "4.11", "cross-government-information-sharing-2005/4", 3)
    first = next(p for p in result.passages if p.section == section.id)
    assert first.text.startswith("A duty of confidence")
    assert first.id == "cross-government-information-sharing-2005/4.11/p1"
    assert by_id["cross-government-information-sharing-2005/8.11"].title == "Health Visitor"
    assert "cross-government-information-sharing-2005/appendix-1-2.1" in by_id


def test_2005_key_principles_list(segmented: dict[str, SegmentedDocument]) -> None:
    result = segmented["cross-government-information-sharing-2005"]
    section = [p for p in result.passages if p.section == "cross-government-information-sharing-2005/2.1"]
    assert [p.kind for p in section] == ["paragraph"] + ["item"] * 8  # some principles exceed a list line
    assert section[1].text.startswith("The safety and welfare of a child or young person must be the first")


def test_pan_cheshire_numbered_parts(segmented: dict[str, SegmentedDocument]) -> None:
    result = segmented["pan-cheshire-information-sharing-2023"]
    numbered = [(s.key, s.title) for s in result.sections if s.number]
    assert [key for key, _ in numbered] == [str(n) for n in range(1, 8)]
    by_key = {s.key: s for s in result.sections}
    legal = [s.title for s in result.sections if s.parent == by_key["2"].id]
    assert "The GDPR and Data Protection Act 2018" in legal and "The Care Act 2014" in legal
    caldicott = next(s for s in result.sections if s.title == "The Seven Caldicott Principles")
    lists = [p for p in result.passages if p.section == caldicott.id and p.kind == "list"]
    assert [p.markers for p in lists] == [tuple(str(n) for n in range(1, 9))]


def test_lead_ins_join_their_lists(segmented: dict[str, SegmentedDocument]) -> None:
    nspcc = segmented["nspcc-information-sharing-2015"]
    consent = next(p for p in nspcc.passages if p.text.startswith("Ask for consent to share"))
    assert consent.kind == "list" and len(consent.items) == 2
    assert consent.text.split("\n")[0] == "Ask for consent to share confidential information unless:"
    pan = segmented["pan-cheshire-information-sharing-2023"]
    when = [p for p in pan.passages if p.kind == "list" and p.text.startswith("Do you have consent")]
    assert when and when[0].items == (
        "Yes – you can share but should consider how.", "No – see next question.")


def test_golden_rules_are_item_passages(segmented: dict[str, SegmentedDocument]) -> None:
    for slug in ("halton-information-sharing", "pan-cheshire-information-sharing-2023"):
        rules = [p for p in segmented[slug].passages if p.kind == "item" and p.markers[0].isdigit()
                 and p.markers[0] in "1234567"]
        assert [p.markers[0] for p in rules][:7] == [str(n) for n in range(1, 8)], slug


def test_ids_unique_stable_and_safe(segmented: dict[str, SegmentedDocument]) -> None:
    for slug, result in segmented.items():
        keys = [s.key for s in result.sections]
        assert len(keys) == len(set(keys)) and all(KEY_SAFE.match(k) for k in keys), slug
        ids = [p.id for p in result.passages]
        assert len(ids) == len(set(ids)) and set(ids) == set(result.blocks_by_passage), slug
        assert [p.ordinal for p in result.passages] == list(range(1, len(ids) + 1))
        again = segment(result.document)
        assert again == result and again.blocks_by_passage == result.blocks_by_passage


def test_passages_lie_inside_their_sections(segmented: dict[str, SegmentedDocument]) -> None:
    for result in segmented.values():
        by_id = {s.id: s for s in result.sections}
        for passage in result.passages:
            assert passage.text and passage.document == result.meta.slug
            if passage.section is None:
                assert "/front/" in passage.id
                continue
            section = by_id[passage.section]
            assert section.line_start <= passage.line_start <= passage.line_end <= section.line_end
            parent = by_id.get(section.parent or "")
            if parent:
                assert parent.line_start <= section.line_start <= section.line_end <= parent.line_end


def test_headings_are_not_passages_but_law_listed_as_headings_alone(
        segmented: dict[str, SegmentedDocument]) -> None:
    for result in segmented.values():
        blocks = [b for bs in result.blocks_by_passage.values() for b in bs]
        content = [b for b in result.document.blocks if b.kind != "heading"]
        assert sorted((b for b in blocks if b.kind != "heading"), key=lambda b: b.line_start) == content
    # the 2005 guidance's Appendix 2 lists law as headings with nothing under them: each is a passage
    # (the provision's heading beside its Act's, at one level: the Act is read from the one before)
    listed = {p.id: p.text for p in segmented["cross-government-information-sharing-2005"].passages
              if all(b.kind == "heading" for b in segmented["cross-government-information-sharing-2005"]
                     .blocks_by_passage[p.id])}
    assert listed["cross-government-information-sharing-2005/appendix-2-2.5/p1"] == "Education Act 1996"
    assert listed["cross-government-information-sharing-2005/s224/p1"] == "Section 434 (4)"
    assert listed["cross-government-information-sharing-2005/appendix-2-2.6/p1"] == "Learning and Skills Act 2000"
    assert all(re.search(r"\b(?:Act|Section|Article|Regulations)\b", text) for text in listed.values()), listed
    assert not any(b.kind == "heading" for r in segmented.values() if r.meta.slug != "cross-government-"
                   "information-sharing-2005" for bs in r.blocks_by_passage.values() for b in bs)


def test_a_heading_naming_law_with_text_under_it_is_no_passage() -> None:
    from guidegraph.segment import _build_sections, _law_headings_alone

    blocks = (Block("heading", "Children Act 1989", 1, 1, level=2), Block("paragraph", "Section 47 ...", 2, 2),
              Block("heading", "Education Act 1996", 3, 3, level=2), Block("heading", "Section 434 (4)", 4, 4, level=3),
              Block("heading", "Contacts", 5, 5, level=2))
    _, owners = _build_sections(blocks)
    assert _law_headings_alone(blocks, owners, 0) == []  # text under it
    assert _law_headings_alone(blocks, owners, 2) == []  # a heading under it
    assert [b.text for b in _law_headings_alone(blocks, owners, 3)] == ["Education Act 1996", "Section 434 (4)"]
    assert _law_headings_alone(blocks, owners, 4) == []  # names no law


def test_corpus_counts(segmented: dict[str, SegmentedDocument]) -> None:
    counts = {slug: (len(r.document.blocks), len(r.sections), len(r.passages))
              for slug, r in segmented.items()}
    assert counts["halton-information-sharing"][1:] == (4, 17)
    assert counts["surrey-information-sharing-2024"][1] == 12
