"""Legal mentions resolved in their document: short titles, anaphors and bare provisions.

A document is read as one stream of units, headings and passages in source order. A mention
that does not name its instrument is resolved from, in turn: its own sentence and passage, the
headings above it, and the few units before it (never past the nearest heading). A provision
written next to an instrument ("Section 11 of the Children Act 2004") belongs to it; one
written alone ("Section 27 says ...") belongs to the nearest instrument that can have it, unless
it reads as a part of a guidance document ("see section 4 of this guidance", "(Section 2)").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from guidegraph.extract.nation_law import NationalLaw
from guidegraph.extract.nations import find_nations
from guidegraph.extract.negation import negation
from guidegraph.extract.provisions import (
    CleanText,
    ProvisionMention,
    belongs_elsewhere,
    connects_after,
    connects_before,
    find_provisions,
    near_document_words,
    number_key,
    runs_on,
)
from guidegraph.model import Block, Citation, Passage, ProvisionRef, Section, SegmentedDocument

if TYPE_CHECKING:
    from guidegraph.extract.legislation import Mention, Recogniser

# Which instruments a provision type can belong to (the families of `legislation.Basis`).
FITS = {"section": {"act"}, "article": {"eu", "treaty", "si"}, "schedule": {"act", "si"},
        "part": {"act", "si"}, "regulation": {"si"}}
# Only these are trusted without the instrument written next to them: "Part 1" and
# "regulation 5" alone are as often parts of guidance documents.
_BARE_TYPES = frozenset({"section", "article", "schedule"})
WINDOW = 6  # units looked back at, never past the nearest heading
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_HUMAN_RIGHTS = re.compile(r"\bhuman rights\b", re.IGNORECASE)
_DATA_PROTECTION = re.compile(r"\bGDPR\b|data protection", re.IGNORECASE)


@dataclass
class Found:
    """A legal basis resolved at a place in a unit: the context later mentions resolve from."""

    start: int
    end: int
    basis: str
    family: str
    kind: str
    provision: tuple[str, str] | None = None
    note: str = ""
    negation: str = ""  # "has been repealed": the unit names this law as one that does not apply


@dataclass
class Unit:
    """A heading or a passage in document order, read and (once resolved) with what it cites."""

    passage: Passage | None  # None for a heading
    section: Section | None
    raw: str
    line: int
    text: CleanText
    mentions: list[Mention]
    provisions: list[ProvisionMention]
    found: list[Found] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return self.passage is None


class DocumentReader:
    """Resolves the mentions of one document: short titles, anaphors and bare provisions."""

    def __init__(self, recogniser: Recogniser, doc: SegmentedDocument) -> None:
        self.r = recogniser
        self.doc = doc
        self.national = NationalLaw(recogniser, doc.meta.jurisdictions)
        self._nations_by_passage: dict[str, list[str]] | None = None  # read when a term needs them
        self.sections = {s.id: s for s in doc.sections}
        self.units = self._read_units()
        self.headings = {u.section.id: u for u in self.units if u.is_heading and u.section}
        self.own_numbers = {s.number for s in doc.sections if s.number}
        self.first_passage = _first_passages(doc, self.sections)
        self.evidence: dict[str, list[int]] = {}
        for index, unit in enumerate(self.units):
            for m in unit.mentions:
                if m.kind == "explicit" and m.basis:
                    self.evidence.setdefault(m.basis, []).append(index)

    def citations(self) -> list[Citation]:
        """Every citation of the document, in passage order (a heading's with the passage below it)."""
        for index, unit in enumerate(self.units):
            self._resolve(unit, index)
        order = {p.id: p.ordinal for p in self.doc.passages}
        cites = [c for i, unit in enumerate(self.units) for c in self._citations(unit, self._under(i))]
        return sorted(cites, key=lambda c: (order[c.passage_id], c.heading is None, c.start, c.end))

    # -- reading ----------------------------------------------------------------------------

    def _read_units(self) -> list[Unit]:
        headings = {b.line_start: b for b in self.doc.document.blocks if b.kind == "heading"}
        units = []
        for s in self.doc.sections:  # numbered paragraphs open sections too: only headings count
            block = headings.get(s.line_start)
            if block is not None and block.text == s.title:
                # "\t2.1" then "\tThe Children Act 1989": the words are on the block's last line
                line = block.line_end if block.number else block.line_start
                units.append(self._unit(None, s, s.title, line, s.line_start))
        for p in self.doc.passages:
            section = self.sections.get(p.section or "")
            units.append(self._unit(p, section, p.text, p.line_start, p.line_start))
        return [u for _, _, u in sorted(units, key=lambda x: (x[0], x[1]))]

    def _unit(self, passage: Passage | None, section: Section | None, raw: str, line: int,
              order: int) -> tuple[int, bool, Unit]:
        text = CleanText(raw)
        mentions = [m for m in self.r.mentions(text.text) if self.national.keep_reaching(m)]
        provisions = find_provisions(text.text)
        return order, passage is not None, Unit(passage, section, raw, line, text, mentions, provisions)

    # -- resolving --------------------------------------------------------------------------

    def _resolve(self, unit: Unit, index: int) -> None:
        unit.mentions = [m for m in unit.mentions if not self._stray_nickname(unit, m)]
        for m in unit.mentions:
            if m.basis is None and m.candidates:
                m.basis = self._short_title(unit, index, m)
            elif m.basis is None and m.family != "section":
                m.basis = self._antecedent(unit, index, m)
            elif m.kind == "short-title" and m.basis is not None:
                self._own_nations_short_title(m)
            if m.basis is not None and m.kind not in ("guidance", "implicit"):
                unit.found.append(Found(m.start, m.end, m.basis, self.r.basis(m.basis).family, m.kind,
                                        negation=self._negation(unit, m.start, m.end)))
        bare = [f for p in unit.provisions for f in self._resolve_provision(unit, index, p)]
        for m in unit.mentions:
            if m.family == "section":
                self._this_section(unit, m)
        unit.found = self._final(unit, bare)

    def _stray_nickname(self, unit: Unit, m: Mention) -> bool:
        """'the right to know what is recorded': a scheme's nickname in ordinary words counts only
        when quoted or when the scheme is named in the passage or the headings above."""
        text = unit.text.text
        if m.family != "scheme" or m.kind != "explicit" or not text[m.start : m.end].islower():
            return False
        quoted = m.start > 0 and text[m.start - 1] in "'\""
        named = any(o.basis == m.basis and o is not m for o in unit.mentions)
        return not (quoted or named or any(f.basis == m.basis for h in self._chain(unit) for f in h.found))

    def _short_title(self, unit: Unit, index: int, m: Mention) -> str | None:
        """'the Data Protection Act': the heading's, the passage's, the nearest in the document.

        Also the phrases implied of two instruments ("the data protection principles"): one
        named around them makes them a provision-only citation of it ("Schedule 1 of that Act").
        """
        twins = self.national.twins(m, self.evidence)
        candidates = set(m.candidates) | twins

        def fits(f: Found) -> bool:  # "superseding the Data Protection Act 1998": not the one meant
            return f.basis in candidates and not f.negation

        basis = (self._by_provision(unit, m, candidates) or self._from_chain(unit, fits)
                 or self._from_unit(unit, m.start, fits, "recent"))
        if basis and m.options:
            m.kind = "provision-only"
        local = twins or candidates  # named nowhere near: the law of the document's nations
        nations = self._passage_nations(unit) if m.options else ()
        if basis is None and m.options:  # a term of art in guidance for nations whose laws differ
            basis = self._named_in_sentence(unit, m, candidates) or self.national.read_as_each_nations(
                m, local, nations)
            if m.also:
                return basis
        basis = (basis or self._nearest_in_document(index, local)
                 or self.national.first_nations_law(m, local, nations) or self._by_document_year(local)
                 or m.fallback)
        if basis and m.options:
            m.provision = m.options.get(basis)
        elif basis:
            m.note = f"read as the {self.r.basis(basis).title}"
        return basis

    def _named_in_sentence(self, unit: Unit, m: Mention, candidates: set[str]) -> str | None:
        """'services for looked after children under the Children Act 1989': the law named
        later in the sentence."""
        sentence = unit.text.sentence_start(m.start)
        named = (o.basis for o in unit.mentions if o.kind == "explicit" and o.basis in candidates
                 and unit.text.sentence_start(o.start) == sentence)
        return next(named, None)

    def _passage_nations(self, unit: Unit) -> list[str]:
        """'In England, ...': the nations a passage says it is about."""
        if self._nations_by_passage is None:
            self._nations_by_passage = {}
            for found in find_nations(self.doc):
                self._nations_by_passage.setdefault(found.passage_id, []).append(found.jurisdiction)
        return self._nations_by_passage.get(unit.passage.id, []) if unit.passage else []

    def _own_nations_short_title(self, m: Mention) -> None:
        """'The Rights of Children ... (Wales) Measure' after its dated title; 'the Mental
        Capacity Act' in Northern Irish guidance, which the 2005 Act does not reach."""
        twin = self.r.dated_twin(m.basis or "", self.evidence)
        if twin is not None:
            m.basis, m.note = twin, f"read as the {self.r.basis(twin).title}"
            return
        foreign = self.national.foreign_short_title(m, self.evidence)
        if foreign is not None:
            m.basis, m.note = foreign
            m.family = self.r.basis(m.basis).family

    def _by_provision(self, unit: Unit, m: Mention, candidates: set[str]) -> str | None:
        """'sections 17 and 47 of the Children Act': the one candidate known to have the
        provisions written next to the title (implied.ttl's), whatever the document's year."""
        written = [item for p in unit.provisions if self._written_next_to(unit, p) is m for item in p.items]
        fitting = {c for c in candidates if written and all((c, *item) in self.r.known_provisions for item in written)}
        return fitting.pop() if len(fitting) == 1 else None

    def _antecedent(self, unit: Unit, index: int, m: Mention) -> str | None:
        """'the Act', 'that Act', 'the 1989 Act', 'the Convention', 'this scheme'."""
        year = int(m.how[5:]) if m.how.startswith("year:") else None

        def fits(f: Found) -> bool:
            return f.family == m.family and (year is None or self.r.basis(f.basis).year == year)

        basis = (self._from_unit(unit, m.start, fits, m.how) or self._from_chain(unit, fits)
                 or self._from_window(unit, index, fits))
        if basis is None and year is not None:
            basis = self.r.only_of_year(m.family, year, self.evidence)
        elif basis is None:
            basis = self.r.only_of_family(m.family)
        if basis:
            m.note = f"antecedent: {self.r.basis(basis).title}"
        return basis

    def _resolve_provision(self, unit: Unit, index: int, p: ProvisionMention) -> list[Found]:
        if any(m.start < p.end and p.start < m.end for m in unit.mentions):
            return []  # "Regulations 2011" is the end of a title, not regulation 2011
        neighbour = self._written_next_to(unit, p)
        if neighbour is not None:  # a section of a guidance document or a code is no provision of law
            legal = neighbour.basis and neighbour.kind not in ("guidance", "implicit")
            end = p.end + 1 if p.parenthesised and p.start > neighbour.end else p.end  # "(s.47)"
            items = self._fitting(p, neighbour.family) if legal else []
            neighbour.attached.extend((p.start, end, kind, number) for kind, number in items)
            if legal and not items and neighbour.basis:
                return self._scheduled_articles(unit, p, neighbour.basis)
            return []
        basis, note = self._bare(unit, index, p)
        if basis is None:
            return []
        family = self.r.basis(basis).family
        found = [Found(p.start, p.end, basis, family, "provision-only", item, note)
                 for item in self._fitting(p, family)]
        unit.found.extend(found)
        return found

    def _scheduled_articles(self, unit: Unit, p: ProvisionMention, act: str) -> list[Found]:
        """'Article 8 of the Human Rights Act 1998': the Act schedules the Convention's articles,
        so the article is the Convention's (an Act has no articles of its own)."""
        treaty = self.r.first_of_family("treaty")
        if p.types != {"article"} or treaty is None or not _HUMAN_RIGHTS.search(self.r.basis(act).title):
            return []
        note = f"a Convention right scheduled to the {self.r.basis(act).title}"
        found = [Found(p.start, p.end, treaty, "treaty", "provision-only", item, note) for item in p.items]
        unit.found.extend(found)
        return found

    def _written_next_to(self, unit: Unit, p: ProvisionMention) -> Mention | None:
        text = unit.text.text
        following = next((q for q in unit.provisions if q.start >= p.end), None)
        if following is not None and runs_on(text, p.end, following.start):
            return self._written_next_to(unit, following)  # "Schedule 1 Part 2 of the DPA 2018"
        after = next((m for m in unit.mentions if m.start >= p.end), None)
        if after is not None and connects_after(text, p.end, after.start):
            return after
        before = next((m for m in reversed(unit.mentions) if m.end <= p.start), None)
        if before is not None and connects_before(text, before.end, p.start):
            return before
        return None

    def _bare(self, unit: Unit, index: int, p: ProvisionMention) -> tuple[str | None, str]:
        """The instrument of a provision written alone ("Section 27 says ...", "a s.47 enquiry")."""
        if not p.types <= _BARE_TYPES:
            return None, ""
        implied = self._implied(unit, p)
        if implied is not None:
            return implied
        text, sentence = unit.text.text, unit.text.sentence_start(p.start)
        if belongs_elsewhere(text, p) or near_document_words(text, p, sentence):
            return None, ""

        def fits(f: Found) -> bool:
            return bool(self._fitting(p, f.family))

        basis = self._from_unit(unit, p.start, fits, "recent") or self._from_chain(unit, fits)
        if basis is None and not (p.parenthesised and self._own_numbers(p)):
            basis = self._from_window(unit, index, fits)
        basis = basis or self._article_fallback(unit, p)
        return basis, f"{self.r.basis(basis).title} from context" if basis else ""

    def _implied(self, unit: Unit, p: ProvisionMention) -> tuple[str, str] | None:
        word = _NEXT_WORD.match(unit.text.text, p.end)
        kind, number = p.items[-1]
        hit = self.r.implied_provision(f"{number_key(kind, number)} {word[1].lower()}") if word else None
        if hit is None or not self._fitting(p, self.r.basis(hit[0]).family):
            return None
        return hit[0], f"'{hit[1].phrase}' implies the {self.r.basis(hit[0]).title}"

    def _article_fallback(self, unit: Unit, p: ProvisionMention) -> str | None:
        """'Article 8' with no instrument in reach: the Convention or the GDPR, by the words around."""
        if p.types != {"article"}:
            return None
        words = " ".join([unit.text.text, *(h.raw for h in self._chain(unit))])
        if _HUMAN_RIGHTS.search(words):
            return self.r.first_of_family("treaty")
        return self.r.first_of_family("eu") if _DATA_PROTECTION.search(words) else None

    def _this_section(self, unit: Unit, m: Mention) -> None:
        """'This section puts beyond doubt ...' under a heading naming 'Section 115'.

        Only a heading's section counts: inside a passage "this section" is as often the
        guidance's own section, or a statute quoted word for word.
        """
        for f in (f for heading in self._chain(unit) for f in heading.found):
            if f.provision and f.provision[0] == "section":
                m.basis, m.provision, m.family = f.basis, f.provision, f.family
                m.note = f"antecedent: {self.r.basis(f.basis).title} section {f.provision[1]}"
                return

    # -- context ------------------------------------------------------------------------------

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

    def _fitting(self, p: ProvisionMention, family: str) -> list[tuple[str, str]]:
        """The provisions an instrument of this family can have: "Schedule 1, Article 8" of an Act."""
        return [(kind, number) for kind, number in p.items if family in FITS.get(kind, ())]

    def _own_numbers(self, p: ProvisionMention) -> bool:
        """'(Section 2)' in a document with a section 2 refers to itself."""
        numbers = {n for _, number in p.items for n in number.split("-")}
        return numbers <= self.own_numbers

    # -- output -------------------------------------------------------------------------------

    def _final(self, unit: Unit, bare: list[Found]) -> list[Found]:
        found = list(bare)
        for m in unit.mentions:
            if m.basis is None or m.kind == "guidance":
                continue
            family = self.r.basis(m.basis).family
            for start, end, kind, number in m.attached:
                found.append(Found(min(start, m.start), max(end, m.end), m.basis, family, m.kind,
                                   (kind, number), m.note))
            if not m.attached:
                found.append(Found(m.start, m.end, m.basis, family, m.kind, m.provision, m.note))
                found += [Found(m.start, m.end, basis, self.r.basis(basis).family, m.kind, provision, note)
                          for basis, provision, note in m.also]
        for f in found:
            f.negation = self._negation(unit, f.start, f.end)
        return sorted(_drop_weak(unit, found), key=lambda f: (f.start, f.end))

    def _negation(self, unit: Unit, start: int, end: int) -> str:
        spans = [(m.start, m.end) for m in unit.mentions if m.kind not in ("guidance", "implicit")]
        spans += [(p.start, p.end) for p in unit.provisions]
        return negation(unit.text.text, start, end, spans)

    def _under(self, index: int) -> Passage | None:
        """The passage a unit's citations belong to: its own, or the first below a heading.

        A heading followed by numbered paragraphs heads an empty section of its own ("The duty of
        confidence", then "4.11 A duty of confidence ..."): the next passage is still under it,
        unless another heading of its level or above comes first.
        """
        unit = self.units[index]
        if unit.passage is not None or unit.section is None:
            return unit.passage
        if unit.section.id in self.first_passage:
            return self.first_passage[unit.section.id]
        for following in self.units[index + 1 :]:
            if following.passage is not None:
                return following.passage
            if following.section is not None and following.section.level <= unit.section.level:
                return None
        return None

    def _citations(self, unit: Unit, passage: Passage | None) -> list[Citation]:
        if passage is None:
            return []  # a heading with nothing under it cites nothing we can show
        heading = unit.section.id if unit.is_heading and unit.section else None
        cites = []
        for f in unit.found:
            start, end = unit.text.span(f.start, f.end)
            provision = ProvisionRef(f.basis, *f.provision) if f.provision else None
            cites.append(Citation(passage.id, f.basis, provision, unit.raw[start:end], start, end,
                                  f.kind, self._line(unit, start), f.note, heading, f.negation))
        return cites

    def _line(self, unit: Unit, offset: int) -> int:
        if unit.passage is None:
            return unit.line
        passage = unit.passage
        newlines = unit.raw.count("\n", 0, offset)
        blocks = self.doc.blocks_by_passage.get(passage.id, ())
        if len(blocks) == passage.text.count("\n") + 1:
            return _text_line(blocks[newlines])
        return min(passage.line_start + newlines, passage.line_end)


def _depth(text: str, start: int, end: int) -> int:
    """How many brackets are open at `end`, counting from `start`."""
    return text.count("(", start, end) - text.count(")", start, end)


def _text_line(block: Block) -> int:
    """The line a block's words start on: a number alone on its line ("\t4.11") comes first."""
    if block.number and block.line_end > block.line_start:
        return block.line_start + 1
    return block.line_start


def _drop_weak(unit: Unit, found: list[Found]) -> list[Found]:
    """An implied phrase beside an explicit mention of the same basis adds nothing, and 'the
    scheme' only counts when it is the passage's sole, first link to its scheme."""
    strong = [f for f in found if f.kind != "implicit" and not _scheme_anaphor(f)]
    strong_places = {(f.basis, unit.text.sentence_start(f.start)) for f in strong}
    # "Under section 130 of the 2014 Act ... reasonable cause to suspect": the words are the named
    # provision's, not another law's term of art.
    provision_places = {unit.text.sentence_start(f.start) for f in strong if f.provision and f.kind != "provision-only"}
    kept: list[Found] = []
    for f in sorted(found, key=lambda x: x.start):
        if f.kind == "implicit" and ((f.basis, unit.text.sentence_start(f.start)) in strong_places
                                     or unit.text.sentence_start(f.start) in provision_places):
            continue
        if _scheme_anaphor(f) and any(k.basis == f.basis for k in [*strong, *kept]):
            continue
        kept.append(f)
    return kept


def _scheme_anaphor(f: Found) -> bool:
    return f.kind == "anaphoric" and f.family == "scheme"


def _first_passages(doc: SegmentedDocument, sections: dict[str, Section]) -> dict[str, Passage]:
    """The first passage within each section (its own or a subsection's)."""
    first: dict[str, Passage] = {}
    for passage in doc.passages:
        section = sections.get(passage.section or "")
        while section is not None and section.id not in first:
            first[section.id] = passage
            section = sections.get(section.parent or "")
    return first


def _document_year(doc: SegmentedDocument) -> int | None:
    try:
        return doc.meta.year
    except (ValueError, TypeError):
        return None
