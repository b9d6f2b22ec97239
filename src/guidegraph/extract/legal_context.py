"""Legal mentions resolved in their document: short titles, anaphors and bare provisions.

A document is read as one stream of units, headings and passages in source order. A mention
that does not name its instrument is resolved from, in turn: its own sentence and passage, the
headings above it, and the few units before it (never past the nearest heading). A provision
written next to an instrument ("Section 11 of the Children Act 2004") belongs to it; one
written alone ("Section 27 says ...") belongs to the nearest instrument that can have it, unless
it reads as a part of a guidance document ("see section 4 of this guidance", "(Section 2)").
Provisions are resolved in `bare_provisions` and what comes before a mention is searched in
`legal_surroundings`, both of which the reader mixes in; the units and what is found in them are
records of `legal_records`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from guidegraph.extract.bare_provisions import BareProvisions, schedule_paragraphs
from guidegraph.extract.legal_records import IMPLIED_NOTE, Found, Mention, Unit
from guidegraph.extract.legal_surroundings import Surroundings
from guidegraph.extract.nation_law import NationalLaw
from guidegraph.extract.nations import find_nations
from guidegraph.extract.negation import negation
from guidegraph.extract.provisions import CleanText, find_provisions
from guidegraph.model import Block, Citation, Passage, ProvisionRef, Section, SegmentedDocument

if TYPE_CHECKING:
    from guidegraph.extract.legislation import Recogniser

class DocumentReader(BareProvisions, Surroundings):
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
        # the headings an appendix lists law in, with nothing under them, are a passage's text
        in_passages = {b.line_start for blocks in self.doc.blocks_by_passage.values() for b in blocks
                       if b.kind == "heading"}
        units = []
        for s in self.doc.sections:  # numbered paragraphs open sections too: only headings count
            block = headings.get(s.line_start)
            if block is not None and block.text == s.title and block.line_start not in in_passages:
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
            basis = self._as_family(f.basis, m.family)
            return basis is not None and (year is None or self.r.basis(basis).year == year)

        basis = (self._from_unit(unit, m.start, fits, m.how) or self._from_chain(unit, fits)
                 or self._from_window(unit, index, fits))
        if basis is None and m.family == "treaty":  # "the Convention": the one the document last named
            basis = self._last_named_before(index, fits)
        basis = self._as_family(basis, m.family) if basis else None
        if basis is None and year is not None:
            basis = self.r.only_of_year(m.family, year, self.evidence)
        elif basis is None:
            basis = self.r.only_of_family(m.family)
        if basis:
            m.note = f"antecedent: {self.r.basis(basis).title}"
        return basis

    def _as_family(self, basis: str, family: str) -> str | None:
        """The instrument of this family a found basis stands for: itself, or for a treaty the
        one an Act gives effect to (the UNCRC of its Incorporation Act)."""
        if family == "treaty":
            return self.r.treaty_named_by(basis)
        return basis if self.r.basis(basis).family == family else None

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
        found += schedule_paragraphs(unit, found)
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
    # "Section 130 of the 2014 Act ... a child they have reasonable cause to suspect is at risk": a
    # term of art read as the provision named beside it is that citation again
    named_provisions = {(f.basis, f.provision, unit.text.sentence_start(f.start)) for f in strong
                        if f.provision and not f.note.startswith(IMPLIED_NOTE)}
    kept: list[Found] = []
    for f in sorted(found, key=lambda x: x.start):
        if f.kind == "implicit" and ((f.basis, unit.text.sentence_start(f.start)) in strong_places
                                     or unit.text.sentence_start(f.start) in provision_places):
            continue
        if f.note.startswith(IMPLIED_NOTE) and (f.basis, f.provision,
                                                 unit.text.sentence_start(f.start)) in named_provisions:
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
