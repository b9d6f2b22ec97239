"""What comes before a legal mention in its document, searched for the instrument it stands for.

Mixed into `legal_context.DocumentReader`, whose units (headings and passages in source order)
and evidence (the units naming each instrument) it reads: a mention's own sentence and passage,
the headings above it, the few units before it (never past the nearest heading), and the
document as a whole.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from guidegraph.extract.legal_records import Found, Unit
from guidegraph.model import Section, SegmentedDocument

WINDOW = 6  # units looked back at, never past the nearest heading


class Surroundings:
    """Searches a mention's surroundings, for `DocumentReader`, which mixes it in."""

    doc: SegmentedDocument
    units: list[Unit]
    sections: dict[str, Section]
    headings: dict[str, Unit]
    evidence: dict[str, list[int]]

    def _from_unit(self, unit: Unit, pos: int, fits: Callable[[Found], bool], how: str) -> str | None:
        """Nearest before in the sentence (not in brackets the anaphor is out of), else the passage's."""
        before = [f for f in unit.found if f.end <= pos and fits(f)]
        start = unit.text.sentence_start(pos)
        sentence = [f for f in before if f.start >= start]
        level = _depth(unit.text.text, start, pos)
        sentence = [f for f in sentence if _depth(unit.text.text, start, f.start) <= level] or sentence
        if sentence:
            return sentence[-1].basis
        if before:
            return (before[0] if how == "topic" else before[-1]).basis
        return None

    def _chain(self, unit: Unit) -> list[Unit]:
        """The headings above a unit, nearest first."""
        chain, section = [], unit.section
        if unit.is_heading and section is not None:
            section = self.sections.get(section.parent or "")
        while section is not None:
            if section.id in self.headings:
                chain.append(self.headings[section.id])
            section = self.sections.get(section.parent or "")
        return chain

    def _from_chain(self, unit: Unit, fits: Callable[[Found], bool]) -> str | None:
        for heading in self._chain(unit):
            match = next((f for f in heading.found if fits(f)), None)
            if match is not None:
                return match.basis
        return None

    def _from_window(self, unit: Unit, index: int, fits: Callable[[Found], bool]) -> str | None:
        for previous in reversed(self.units[max(0, index - WINDOW) : index]):
            match = next((f for f in reversed(previous.found) if fits(f)), None)
            if match is not None:
                return match.basis
            if previous.is_heading:
                break
        return None

    def _last_named_before(self, index: int, fits: Callable[[Found], bool]) -> str | None:
        for previous in reversed(self.units[:index]):
            match = next((f for f in reversed(previous.found) if fits(f)), None)
            if match is not None:
                return match.basis
        return None

    def _nearest_in_document(self, index: int, candidates: set[str]) -> str | None:
        """The candidate named (with its year) nearest to unit `index`, the earlier on a tie."""
        places = []
        for basis in candidates:
            seen = self.evidence.get(basis, [])  # unit indexes, ascending: bisect keeps this linear
            at = bisect_left(seen, index)
            places += [(abs(i - index), i, basis) for i in seen[max(0, at - 1) : at + 1]]
        return min(places)[2] if places else None

    def _by_document_year(self, candidates: set[str]) -> str | None:
        """The latest candidate in force when the document was written."""
        year = _document_year(self.doc)
        dated = [(self.r.basis(c).year or 0, c) for c in candidates]
        earlier = [d for d in dated if year is not None and d[0] <= year]
        return max(earlier)[1] if earlier else None


def _depth(text: str, start: int, end: int) -> int:
    """How many brackets are open at `end`, counting from `start`."""
    return text.count("(", start, end) - text.count(")", start, end)


def _document_year(doc: SegmentedDocument) -> int | None:
    try:
        return doc.meta.year
    except (ValueError, TypeError):
        return None
