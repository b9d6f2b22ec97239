"""A document as one flat, ordered stream of headings, paragraphs and list items.

The recognisers for myths, principle sets, case examples and cited guidance all look at the
same thing a reader sees: a heading, then the paragraphs and items below it (in English: the
Welsh of a bilingual page is left out). Sections give the
headings (their titles), passages give the rest (their blocks), merged by source line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guidegraph.extract.language import english_title, is_welsh
from guidegraph.model import Block, Passage, Section, SegmentedDocument

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAGS = re.compile(r"</?(?:b|i|u|strong|em|sup|sub|span|a)\b[^>]*>", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_HEADING_HASHES = re.compile(r"^\s*#{1,6}\s*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Unit:
    """One heading, paragraph or list item, with where it came from."""

    kind: str  # heading, paragraph, item
    text: str  # as written (markup kept)
    line: int
    passage_id: str | None  # None for a heading taken from a section title
    section_id: str | None
    level: int = 0
    number: str | None = None
    marker: str | None = None

    @property
    def plain(self) -> str:
        return plain(self.text)


# Every recogniser reads the same units' plain text, some several times over: cached, a unit's
# text is cleaned once per document rather than a dozen times.
@lru_cache(maxsize=1 << 14)
def plain(text: str) -> str:
    """Text without markdown or HTML emphasis and links, on one line: what a reader reads."""
    text = _LINK.sub(r"\1", text)
    text = _TAGS.sub("", text)
    text = _EMPHASIS.sub("", _HEADING_HASHES.sub("", text))
    text = text.replace("\\(", "(").replace("\\)", ")").replace("\\", "")
    return _SPACES.sub(" ", text).strip()


def flow(doc: SegmentedDocument) -> list[Unit]:
    """Section headings and passage blocks in source order.

    A section opened by a numbered paragraph ("4.11 A duty of confidence ...") is titled with the
    paragraph's first words; that title is not a heading anyone wrote, so it is left out.
    """
    by_section: dict[str | None, list[Unit]] = {}
    for passage in doc.passages:
        by_section.setdefault(passage.section, []).extend(_passage_units(doc, passage))
    numbered = {(u.line, u.number) for units in by_section.values() for u in units
                if u.number and u.kind == "paragraph"}
    # In the order read, each section's heading over its passages (the text between one heading
    # and the next is that section's): not by source line, which a page written on one line (a
    # word processor's web export) or a page's columns parted (each keeping its lines) do not order.
    units = by_section.pop(None, [])
    for section in sorted(doc.sections, key=lambda s: s.ordinal):
        if section.title.strip() and (section.line_start, section.number) not in numbered:
            units.append(_heading_unit(section))
        units.extend(by_section.pop(section.id, []))
    return [*units, *(u for rest in by_section.values() for u in rest)]


def _heading_unit(section: Section) -> Unit:
    """A "Welsh / English" heading of a bilingual page is read by its English half."""
    return Unit("heading", english_title(section.title), section.line_start, None, section.id, section.level,
                section.number)


def _passage_units(doc: SegmentedDocument, passage: Passage) -> list[Unit]:
    blocks = doc.blocks_by_passage.get(passage.id) or _blocks_of(passage)
    # The recognisers read English: the Welsh paragraphs of a bilingual page are left out.
    return [
        Unit(b.kind, b.text, b.line_start, passage.id, passage.section, b.level, b.number, b.marker)
        for b in blocks if not is_welsh(plain(b.text))
    ]


def _blocks_of(passage: Passage) -> tuple[Block, ...]:
    """Blocks rebuilt from a passage when the segmenter kept none (hand-made documents)."""
    if not passage.items:
        kind = "item" if passage.kind == "item" else "paragraph"
        return (Block(kind, passage.text, passage.line_start, passage.line_end),)
    lead = passage.text.split("\n", 1)[0] if passage.text else ""
    blocks = [Block("paragraph", lead, passage.line_start, passage.line_start)] if lead else []
    markers = passage.markers or ("",) * len(passage.items)
    for i, (item, marker) in enumerate(zip(passage.items, markers, strict=False)):
        line = min(passage.line_start + i + 1, passage.line_end)
        blocks.append(Block("item", item, line, line, marker=marker or None))
    return tuple(blocks)


def section_number(doc: SegmentedDocument, section_id: str | None) -> str | None:
    """The printed number of the section, or of its nearest numbered ancestor."""
    by_id = {s.id: s for s in doc.sections}
    section = by_id.get(section_id or "")
    while section is not None:
        if section.number:
            return section.number
        section = by_id.get(section.parent or "")
    return None


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
