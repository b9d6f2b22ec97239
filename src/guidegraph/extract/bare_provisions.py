"""Provisions resolved in their document: "Section 11 of the Children Act 2004" belongs to the
Act written next to it; "Section 27 says ..." to the nearest instrument that can have it.

A provision written alone is trusted only for the types guidance rarely uses for its own parts
(sections, articles, schedules), and not where it reads as a part of a guidance document ("see
section 4 of this guidance", "(Section 2)" in a document with a section 2). `BareProvisions` is
the part of `legal_context.DocumentReader` that does this: it searches the same context (the
unit, the headings above, the units before: `legal_surroundings`) as the reader's short titles
and anaphors.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from guidegraph.extract.legal_records import Found, Mention, Unit
from guidegraph.extract.provisions import (
    ProvisionMention,
    belongs_elsewhere,
    connects_after,
    connects_before,
    find_paragraphs,
    near_document_words,
    number_key,
    runs_on,
)

if TYPE_CHECKING:
    from guidegraph.extract.legislation import Recogniser


# Which instruments a provision type can belong to (the families of `legal_records.Basis`).
FITS = {"section": {"act"}, "article": {"eu", "treaty", "si"}, "schedule": {"act", "si"},
        "part": {"act", "si"}, "regulation": {"si"}, "direction": {"directions"}}
# Only these are trusted without the instrument written next to them: "Part 1" and
# "regulation 5" alone are as often parts of guidance documents; guidance numbers no part of its own
# "Direction 2".
_BARE_TYPES = frozenset({"section", "article", "schedule", "direction"})
# How a provision written before with its instrument was named: in full, by its short title, or by
# an anaphor the document defined ("the 1995 Order").
_WRITTEN_WITH = frozenset({"explicit", "short-title", "anaphoric"})
MIN_TABLE_CELLS = 3  # "A | B" may be prose with a bar; three cells make a table row
_CELL_BAR = " | "  # how the readers join a table row's cells
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# "Part 3 of the Data Protection Act 2018 (see section 31 ...": the brackets' "see", up to the provision
_SEE_IN_ASIDE = re.compile(r"\(\s*see\s+(?:also\s+)?$", re.IGNORECASE)
# "its" pointing back to the instrument named before, qualifying the Part or the words it glosses ("its
# Part 4", "Its named person provisions (Part 4)"); not "its approach in Part 3", the writer's own part
_ITS = re.compile(r"\b[Ii]ts\s+(?:(?!(?:in|under|of|to|at|by|from|within|see)\b)[\w'’-]+\s+){0,4}\(?\s*$")
_ASIDE_REACH = 24  # characters before a provision that can hold "(see also "
# "as set out in Section 4", "described in section 2": words that point into the document itself,
# when it has a section of that number and its sentence names no instrument for it
_POINTS_INTO = re.compile(r"\b(?:set\s+out|described|explained|covered|detailed|outlined|listed)\s+in\s+$",
                          re.IGNORECASE)
_HUMAN_RIGHTS = re.compile(r"\bhuman rights\b", re.IGNORECASE)
# "the lawful basis was Article 6(1)(e)": the lawful bases of processing are the GDPR's Article 6.
_DATA_PROTECTION = re.compile(r"\bGDPR\b|data protection|\blawful\s+bas(?:is|es)\b", re.IGNORECASE)


# "... were inserted by the Children and Social Work Act 2017": the law that made a change is no home
# for a provision written alone after it ("a request made under section 16H").
_AMENDING_SOURCE = re.compile(r"(?:as\s+)?(?:inserted|amended|substituted|added|modified)\b", re.IGNORECASE)
# "Section 99 of the Children and Families Act 2014 amended section 22 so that ...": an Act amends
# another's provisions, so the section it amended is not its own (it is of the Act named before).
_AMENDS = re.compile(r"\s+(?:has\s+|had\s+)?(?:amended|amends|substituted|inserted\s+(?:into|in))\s+(?:the\s+)?",
                     re.IGNORECASE)
_NUMBER = re.compile(r"(\d+)([A-Z]{0,2})$")


def within(item: tuple[str, str], written: tuple[str, str]) -> bool:
    """Is provision `item` the one `written`, a part of it written ("section 16H(1)"), or in the range
    it spans ("section 16H" in "sections 16E to 16K of the Children Act 2004", written "16E-16K")?"""
    (kind, number), (written_kind, span) = item, written
    if kind != written_kind:
        return False
    if span == number or span.startswith(f"{number}("):
        return True
    ends = span.split("-")
    keys = [_NUMBER.match(end) for end in (ends[0], number, ends[-1])]
    if len(ends) != 2 or not all(keys):
        return False
    first, this, last = ((int(m[1]), m[2]) for m in keys)
    return first <= this <= last


class BareProvisions:
    """Resolves the provisions of a unit, for `DocumentReader`, which mixes it in."""

    r: Recogniser
    own_numbers: set[str]

    if TYPE_CHECKING:  # where the context is searched: `legal_surroundings.Surroundings`, mixed in beside
        def _from_unit(self, unit: Unit, pos: int, fits: Callable[[Found], bool], how: str) -> str | None: ...
        def _from_chain(self, unit: Unit, fits: Callable[[Found], bool]) -> str | None: ...
        def _from_window(self, unit: Unit, index: int, fits: Callable[[Found], bool]) -> str | None: ...
        def _last_named_before(self, index: int, fits: Callable[[Found], bool]) -> str | None: ...
        def _chain(self, unit: Unit) -> list[Unit]: ...

    def _resolve_provision(self, unit: Unit, index: int, p: ProvisionMention) -> list[Found]:
        # "Regulations 2011" is the end of a title, not regulation 2011; a term of the law in
        # brackets after a provision ("Article 6(1)(e) (public task)") takes nothing from it.
        if any(m.start < p.end and p.start < m.end and m.kind != "implicit" for m in unit.mentions):
            return []
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
        treaty = self.r.treaty_named_by(act)
        if p.types != {"article"} or treaty is None:
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
        # "Article 6(1)(e) public task": a term of the law beside a provision names no instrument
        named = [m for m in unit.mentions if m.kind != "implicit"]
        after = next((m for m in named if m.start >= p.end), None)
        if after is not None and connects_after(text, p.end, after.start):
            return after
        before = next((m for m in reversed(named) if m.end <= p.start), None)
        if before is not None and connects_before(text, before.end, p.start):
            return before
        return None

    def _bare(self, unit: Unit, index: int, p: ProvisionMention) -> tuple[str | None, str]:
        """The instrument of a provision written alone ("Section 27 says ...", "a s.47 enquiry")."""
        if p.types == {"regulation"} and not self._heads_own_division(unit, p):
            regulations = self._regulations_of_sentence(unit, p)
            return regulations, f"{self.r.basis(regulations).title} from context" if regulations else ""
        if p.types == {"part"} and not self._heads_own_division(unit, p):
            act = self._part_pointed_back_to(unit, p)
            return act, f"{self.r.basis(act).title} from context" if act else ""
        if not p.types <= _BARE_TYPES or self._heads_own_division(unit, p):
            return None, ""
        implied = self._implied(unit, p)
        if implied is not None:
            return implied
        text, sentence = unit.text.text, unit.text.sentence_start(p.start)
        if belongs_elsewhere(text, p):
            return None, ""
        aside = self._aside_of(unit, p)
        if near_document_words(_without_other_provisions(unit, p), p, aside if aside is not None else sentence):
            return None, ""
        if self._own_numbers(p) and _POINTS_INTO.search(text, max(sentence, p.start - _ASIDE_REACH), p.start):
            return None, ""  # "as set out in Section 4" of a policy with a section 4: its own part

        def fits(f: Found) -> bool:
            return (bool(self._fitting(p, f.family)) and not _AMENDING_SOURCE.match(f.negation)
                    and not (f.end <= p.start and _AMENDS.fullmatch(text, f.end, p.start)))

        def named(f: Found) -> bool:  # a heading's topic implies law ("practice reviews"), naming no part of it
            return fits(f) and f.kind != "implicit"

        basis = (self._from_column_head(unit, index, p.start, fits) or self._from_unit(unit, p.start, fits, "recent")
                 or self._from_chain(unit, named) or self._written_with_before(index, p, fits))
        if basis is None and not (p.parenthesised and self._own_numbers(p)):
            basis = self._from_window(unit, index, fits)
        basis = basis or self._article_fallback(unit, p) or self._schedule_named_before(index, p)
        return basis, f"{self.r.basis(basis).title} from context" if basis else ""

    def _schedule_named_before(self, index: int, p: ProvisionMention) -> str | None:
        """"... the lawful basis was Article 6(1)(e) with Schedule 1, paragraph 18" in a case sections
        after "the Data Protection Act 2018, Schedule 1": a schedule written alone, out of the window's
        reach, is of the instrument the document last named with that same schedule."""
        if p.types != {"schedule"}:
            return None
        numbers = {number.split()[0] for _, number in p.items}

        def same_schedule(f: Found) -> bool:
            return (f.provision is not None and f.provision[0] == "schedule" and not f.negation
                    and f.provision[1].split()[0] in numbers and bool(self._fitting(p, f.family)))

        return self._last_named_before(index, same_schedule)

    def _regulations_of_sentence(self, unit: Unit, p: ProvisionMention) -> str | None:
        """"The ... Regulations 2005 require ... (regulation 9).": a regulation written alone is of the
        one set of Regulations its own sentence names before it; when its sentence names none, of the
        one set its paragraph named before it ("The ... Regulations 2015 set the quality standards.
        Regulation 12, the protection of children standard, ..."), as a reader takes it; elsewhere
        "regulation 5" may be a part of anything, and stays unread."""
        sentence = unit.text.sentence_start(p.start)
        for start in (sentence, 0):
            named = {m.basis for m in unit.mentions if m.kind != "implicit" and m.basis
                     and start <= m.start and m.end <= p.start and m.family in FITS["regulation"]}
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _part_pointed_back_to(self, unit: Unit, p: ProvisionMention) -> str | None:
        """"The Children and Young People (Scotland) Act 2014 puts ... into law. Its named person
        provisions (Part 4) were never brought into force": a Part written alone in a sentence that
        points back with "its" is of the one instrument its paragraph named before that sentence;
        elsewhere "Part 4" is as often a part of the guidance itself, and stays unread."""
        text = unit.text.text
        sentence = unit.text.sentence_start(p.start)
        if not _ITS.search(text[sentence:p.start]):
            return None
        named = {m.basis for m in unit.mentions if m.kind == "explicit" and m.basis and m.end <= sentence
                 and m.family in FITS["part"]}
        return named.pop() if len(named) == 1 else None

    def _aside_of(self, unit: Unit, p: ProvisionMention) -> int | None:
        """Where the words of a "(see section 31 ...)" right after an instrument start (after its
        "see", which points into that instrument), when the document has no section of that
        number itself; None for any other provision."""
        text = unit.text.text
        see = _SEE_IN_ASIDE.search(text, max(0, p.start - _ASIDE_REACH), p.start)
        if see is None or self._own_numbers(p):
            return None
        opening = see.start()
        named = [m for m in unit.mentions if m.kind != "implicit" and m.end <= opening]
        if not named or text[named[-1].end:opening].strip():
            return None
        return see.end()

    def _heads_own_division(self, unit: Unit, p: ProvisionMention) -> bool:
        """"SCHEDULE 3" heading the document's own Schedule 3: a division of the guidance, no law."""
        number = unit.section.number if unit.is_heading and unit.section else None
        return bool(number) and any(number.lower() in (f"{kind} {n}".lower(), n.lower()) for kind, n in p.items)

    def _written_with_before(self, index: int, p: ProvisionMention, fits: Callable[[Found], bool]) -> str | None:
        """"Section 115 is a power" after "section 115 of the Crime and Disorder Act 1998": the
        instrument the document has written this very provision with, nearest first, rather
        than whichever Act was named last ("Art. 66 of the 1995 Order" before "enquiries under
        Article 66": an instrument named by its defined short name is written with it too)."""
        wanted = set(p.items)
        for previous in reversed(self.units[:index]):
            match = next((f for f in reversed(previous.found)
                          if f.provision is not None and any(within(item, f.provision) for item in wanted)
                          and f.kind in _WRITTEN_WITH and fits(f)), None)
            if match is not None:
                return match.basis
        return None

    def _from_column_head(self, unit: Unit, index: int, pos: int, fits: Callable[[Found], bool]) -> str | None:
        """In a table row, the instrument its column's header names ("DPA 2018 condition" over
        "Schedule 1, Part 2, paragraph 18"), not one in another cell or row."""
        cells = table_cells(unit.text.text)
        head = self._table_head(index, len(cells)) if len(cells) >= MIN_TABLE_CELLS else None
        if head is None:
            return None
        column = next(i for i, (_, end) in enumerate(cells) if pos < end)
        start, end = table_cells(head.text.text)[column]
        return next((f.basis for f in head.found if start <= f.start < end and fits(f)), None)

    def _table_head(self, index: int, width: int) -> Unit | None:
        """The first row of the table whose row is unit `index`: the rows before it as wide."""
        head = None
        for previous in reversed(self.units[:index]):
            if previous.is_heading or len(table_cells(previous.text.text)) != width:
                break
            head = previous
        return head

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

    def _fitting(self, p: ProvisionMention, family: str) -> list[tuple[str, str]]:
        """The provisions an instrument of this family can have: "Schedule 1, Article 8" of an Act."""
        return [(kind, number) for kind, number in p.items if family in FITS.get(kind, ())]

    def _own_numbers(self, p: ProvisionMention) -> bool:
        """'(Section 2)' in a document with a section 2 refers to itself."""
        numbers = {n for _, number in p.items for n in number.split("-")}
        return numbers <= self.own_numbers


# "... DPA 2018:" then "paragraph 6 ..." and "paragraph 18 ..." on lines of their own: a list the colon opens.
_LISTED_AFTER_COLON = re.compile(r"[^\n]*:[ \t]*\n(?:[^\S\n]*[-*•]?\s*para(?:graph)?s?\b[^\n]*\n)*[^\S\n]*[-*•]?\s*")


def schedule_paragraphs(unit: Unit, found: list[Found]) -> list[Found]:
    """'Part 2 of Schedule 1 to the DPA 2018, in particular paragraph 18': a paragraph written
    alone after a schedule, in the schedule's sentence or the list its colon opens, is that
    schedule's. 'See paragraph 12 below', 'paragraph 4.2 of this guidance' stay the guidance's."""
    schedules = [(f, f.provision[1]) for f in found
                 if f.provision and f.provision[0] == "schedule" and f.provision[1].isalnum()]
    paragraphs = find_paragraphs(unit.text.text) if schedules else []
    extra: list[Found] = []
    for para in paragraphs:
        owner = next(((f, n) for f, n in reversed(schedules) if f.end <= para.start), None)
        if owner is None or not _paragraph_of(unit, para, owner[0], found, paragraphs):
            continue
        schedule, number = owner
        extra += [Found(para.start, para.end, schedule.basis, schedule.family, "provision-only",
                        ("schedule", f"{number} paragraph {paragraph}"), f"of schedule {number}, named before it")
                  for _, paragraph in para.items]
    return extra


def _paragraph_of(unit: Unit, para: ProvisionMention, schedule: Found, found: list[Found],
                  paragraphs: list[ProvisionMention]) -> bool:
    """Nothing else named between the schedule and the paragraph, which reads as no cross-reference."""
    text = unit.text.text
    if any(f.start < para.end and para.start < f.end for f in found):
        return False  # already read, as "paragraph 18 of Schedule 1" is
    between = [m for m in unit.mentions if m.kind != "implicit" and schedule.end <= m.start < para.start]
    between += [p for p in unit.provisions if schedule.end <= p.start < para.start]
    same_sentence = unit.text.sentence_start(para.start) <= schedule.start
    listed = _LISTED_AFTER_COLON.fullmatch(text, schedule.end, para.start)
    if between or not (same_sentence or listed) or belongs_elsewhere(text, para):
        return False
    others = [q for q in paragraphs if q is not para]  # "paragraph 6 (...) or paragraph 18": no document word
    return not near_document_words(_blanked(_without_other_provisions(unit, para), others), para,
                                   unit.text.sentence_start(para.start))


def _blanked(text: str, mentions: list[ProvisionMention]) -> str:
    for q in mentions:
        text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return text


def _without_other_provisions(unit: Unit, p: ProvisionMention) -> str:
    """The unit's text with its other provisions blanked: the "paragraph" of "Article 9(2)(g) and
    paragraph 18 of Schedule 1" is a schedule's, not a cross-reference to the guidance."""
    text = unit.text.text
    for q in unit.provisions:
        if q is not p:
            text = text[: q.start] + " " * (q.end - q.start) + text[q.end :]
    return text


def table_cells(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a table row as the readers write it ("A | B | C")."""
    spans, start = [], 0
    while (bar := text.find(_CELL_BAR, start)) >= 0:
        spans.append((start, bar))
        start = bar + len(_CELL_BAR)
    return [*spans, (start, len(text))]
