"""The recogniser's title matching: instruments named in text by a catalog label, a generic
title, one name with several years, or a short title without a year (tiers 1 to 3 of
`legislation`).

Titles are matched as guidance writes them, not as the catalog does: a year mistyped by one
digit, a label naming two instruments ("the GDPR and Data Protection Act 2018"), an acronym in
brackets after the title, or a nation's own instrument of the catalog's name ("... Code of
Practice for Northern Ireland"). `TitleMentions` is the part of `legislation.Recogniser` that
does this; it reads the labels and titles the recogniser compiles from the catalog.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from guidegraph.extract.legal_records import Basis, Mention
from guidegraph.extract.literals import lower_keeping_offsets, word_finditer, word_matches
from guidegraph.extract.provisions import (
    EU_REGULATION,
    SI_NUMBER,
    TREATY,
    YEAR,
    Title,
    eu_id,
    guess_type,
)
from guidegraph.extract.titles import fold, short_key, spelling, title_key

# A year after a title, perhaps after its nation: "Mental Capacity Act (Northern Ireland) 2016".
_YEAR_NEXT = re.compile(r"(?:\s\((?:Northern Ireland|NI|Scotland|Wales|England)\))?\s\(?(?:1[6-9]|20)\d\d(?!\d)")
# "... Code of Practice for Northern Ireland", "... (NI)": an instrument of that nation.
_NATION_NEXT = re.compile(
    r"\s+for\s+(Northern Ireland|Scotland|Wales|England)\b|\s\((Northern Ireland|NI|Scotland|Wales)\)")
_CONJUNCTION = re.compile(r"\s+(?:and|&)\s+|,\s+")
_ABBREVIATION_GAP = re.compile(r"[^\n.;()]{0,12}\($")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,8}\)$")
# "United Nations Convention on the Rights of the Child (Incorporation) (Scotland) Act 2024": a
# treaty's title read on to an instrument's kind and year names an Act after the treaty.
_KIND_AT_END = re.compile(r"\s(?P<kind>Act|Regulations|Order|Rules|Measure|Directions)$")
_YEAR_AT = re.compile(r"\s\(?(?P<year>(?:1[6-9]|20)\d\d)\)?(?!\d)")
_BRACKETS_AT_END = re.compile(r"(?:\s\([^()]*\))+$")
_SHARED_NAME = re.compile(
    r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the)\s+)?)+)Acts?\s+(?P<year>(?:19|20)\d\d)"
    r"(?P<more>(?:\s*(?:,|and|&)\s*(?:19|20)\d\d(?!\d))+)")


class TitleMentions:
    """Tiers 1 to 3 of `Recogniser.mentions`, for `Recogniser`, which mixes it in."""

    bases: dict[str, Basis]
    short_titles: dict[str, list[str]]
    _labels: dict[str, str]
    named_treaties: dict[str, str]  # an Act named after a treaty -> that treaty
    _dated_titles: dict[str, str]
    _by_lgu: dict[str, str]
    _conjunctions: set[str]
    _cs: re.Pattern[str]
    _ci: re.Pattern[str]

    if TYPE_CHECKING:  # `Recogniser`'s
        def _uncatalogued(self, title: str, type_: str, year: int | None) -> Basis: ...
        def extends_to(self, basis_id: str, provision: tuple[str, str] | None, nations: Sequence[str]) -> bool: ...

    def _is_conjunction(self, label: str) -> bool:
        """A label made of other labels: 'the gdpr and data protection act 2018'."""
        parts = _CONJUNCTION.split(label)
        owners = [self._labels.get(p) or self._labels.get(p.removeprefix("the ")) for p in parts]
        return len(parts) > 1 and all(owners) and len(set(owners)) > 1

    # -- tier 1: catalog labels ------------------------------------------------------------

    def _label_mentions(self, text: str) -> list[Mention]:
        spans = [*word_matches(self._cs, text), *word_matches(self._ci, lower_keeping_offsets(text))]
        spans.sort(key=lambda span: (span[0], -span[1]))
        mentions: list[Mention] = []
        last_end = -1
        for start, end in spans:
            if (start < last_end or _year_follows(text, start, end) or _document_code(text, start, end)
                    or self._for_other_nation(text, start, end)):
                continue
            mentions += [self._label_mention(text, a, b) for a, b in self._parts(text, start, end)]
            last_end = end
        return _merge_abbreviations(text, mentions)

    def _for_other_nation(self, text: str, start: int, end: int) -> bool:
        """'Mental Capacity Act Code of Practice for Northern Ireland': not the catalog's code of
        that name, which does not reach Northern Ireland, but that nation's own."""
        nation = _NATION_NEXT.match(text, end)
        if nation is None or YEAR.search(text, start, end):
            return False
        basis_id = self._labels.get(fold(text[start:end]))
        name = "Northern Ireland" if nation[nation.lastindex or 1] == "NI" else nation[nation.lastindex or 1]
        return basis_id is not None and not self.extends_to(basis_id, None, (name,))

    def _parts(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """'The GDPR and Data Protection Act 2018' is one label of the catalog, two instruments."""
        if fold(text[start:end]) not in self._conjunctions:
            return [(start, end)]
        parts, pos = [], start
        for separator in [*_CONJUNCTION.finditer(text, start, end), None]:
            stop = separator.start() if separator else end
            the = text[pos:stop].lower().startswith("the ") and fold(text[pos:stop]) not in self._labels
            parts.append((pos + 4 if the else pos, stop))
            pos = separator.end() if separator else end
        return parts

    def _label_mention(self, text: str, start: int, end: int) -> Mention:
        written = text[start:end]
        basis = self.bases[self._labels[fold(written)]]
        if basis.family == "guidance":
            return Mention(start, end, "guidance", basis.id, "guidance")
        year = YEAR.search(written)
        note = _typo_note(written, basis) if year and basis.year and int(year[1]) != basis.year else ""
        key = short_key(written)
        candidates = tuple(self.short_titles.get(key, ())) if not year and basis.family == "act" else ()
        if len(candidates) > 1:
            return Mention(start, end, "short-title", None, "act", key, "", basis.id, candidates=candidates)
        kind = "short-title" if basis.family == "act" and not year else "explicit"
        return Mention(start, end, kind, basis.id, basis.family, note=note)

    # -- tier 2: generic titles ------------------------------------------------------------

    def _generic_mentions(self, text: str, titles: list[Title]) -> list[Mention]:
        mentions = [self._generic_mention(t) for t in titles if t.year is not None]
        if "Regulation (" in text:  # most passages name no instrument: substring tests save scans
            mentions += [self._numbered("eur", m, eu_id(m), f"Regulation ({m['org']}) {m['a']}/{m['b']}")
                         for m in word_finditer(EU_REGULATION, text)]
        if "Convention" in text:
            treaties = [self._treaty(m, text) for m in word_finditer(TREATY, text)]
            mentions = [m for m in mentions if not any(t.start <= m.start and m.end <= t.end for t in treaties)]
            mentions += treaties
        if "/" in text:
            mentions += [self._numbered("uksi", m, f"uksi/{m['year']}/{m['number']}",
                                        f"SI {m['year']}/{m['number']}")
                         for m in word_finditer(SI_NUMBER, text)]
        return mentions

    def _generic_mention(self, title: Title) -> Mention:
        year, written = title.year or 0, title.written
        known = self._dated_titles.get(title_key(written))
        note = ""
        if known is not None and fold(written) not in self._labels and spelling(written) != \
                spelling(self.bases[known].title):
            note = f"written '{written}': read as the {self.bases[known].title}"
        if known is None and title.kind == "Act":
            known, note = self._typo(title.words, year)
        guess = guess_type(written, title.kind, year)
        basis = self.bases[known] if known else self._uncatalogued(written, guess, year)
        return Mention(title.start, title.end, "explicit", basis.id, basis.family, note=note)

    def _numbered(self, type_: str, match: re.Match[str], lgu: str, title: str) -> Mention:
        known = self._by_lgu.get(lgu)
        year = int(lgu.split("/")[1])
        basis = self.bases[known] if known else self._uncatalogued(title, type_, year)
        return Mention(match.start(), match.end(), "explicit", basis.id, basis.family)

    def _treaty(self, match: re.Match[str], text: str) -> Mention:
        named_after = self._act_named_after_treaty(match, text)
        if named_after is not None:
            return named_after
        basis = self._treaty_basis(match.group())
        return Mention(match.start(), match.end(), "explicit", basis.id, basis.family)

    def _treaty_basis(self, written: str) -> Basis:
        title = _ACRONYM_AFTER.sub("", written)  # "... of the Child (UNCRC)": the acronym is no part
        known = self._labels.get(fold(written)) or self._labels.get(fold(title))
        return self.bases[known] if known else self._uncatalogued(title, "treaty", None)

    def _act_named_after_treaty(self, match: re.Match[str], text: str) -> Mention | None:
        """'United Nations Convention on the Rights of the Child (Incorporation) (Scotland) Act
        2024': one Act (not a treaty and a shorter Act), which names the treaty it gives effect to."""
        kind, year = _KIND_AT_END.search(match.group()), _YEAR_AT.match(text, match.end())
        if kind is None or year is None:
            return None
        words = match.group()[: kind.start()]
        act = self._generic_mention(Title(match.start(), year.end(), words, kind["kind"], int(year["year"])))
        if act.basis is not None:
            self.named_treaties[act.basis] = self._treaty_basis(_BRACKETS_AT_END.sub("", words)).id
        return act

    def _typo(self, title: str, year: int) -> tuple[str | None, str]:
        """'Data Protection Act 1988': one digit away from the only Act of that name we know."""
        ids = self.short_titles.get(short_key(title), [])
        close = [i for i in ids if _one_digit_apart(year, self.bases[i].year)]
        if len(close) != 1:
            return None, ""
        basis = self.bases[close[0]]
        return basis.id, f"written '{title} Act {year}': read as the {basis.title} (year mistyped)"

    # -- tier 2b: Acts of one name and several years ------------------------------------------

    def _shared_name_mentions(self, text: str) -> list[Mention]:
        """'the Children Acts 1989 and 2004', 'the Data Protection Act 1998 and 2018': one
        catalogued Act per year (the first spans the name, the others their year alone)."""
        if "Act" not in text:
            return []
        mentions = []
        for match in _SHARED_NAME.finditer(text):
            spans = [(match.start(), match.end("year"), match["year"])]
            spans += [(m.start(), m.end(), m[0]) for m in YEAR.finditer(text, match.start("more"), match.end("more"))]
            for start, end, year in spans:
                known = self._dated_titles.get(title_key(f"{match['name']} Act {year}"))
                if known is not None:
                    mentions.append(Mention(start, end, "explicit", known, self.bases[known].family))
        return mentions

    # -- tier 3: short titles ----------------------------------------------------------------

    def _short_mentions(self, titles: list[Title]) -> list[Mention]:
        return [self._short_mention(t.start, t.end, t.words) for t in titles
                if t.year is None and t.kind == "Act"]

    def _short_mention(self, start: int, end: int, title: str) -> Mention:
        key = short_key(title)
        candidates = tuple(self.short_titles.get(key, ()))
        if len(candidates) == 1:
            return Mention(start, end, "short-title", candidates[0], "act")
        if candidates:
            return Mention(start, end, "short-title", None, "act", key, candidates=candidates)
        basis = self._uncatalogued(f"{title} Act", "ukpga", None)
        return Mention(start, end, "short-title", basis.id, "act")


def _year_follows(text: str, start: int, end: int) -> bool:
    """'Data Protection Act' + ' 1984': not the year-less label, a different Act."""
    return not YEAR.search(text, start, end) and bool(_YEAR_NEXT.match(text, end))


_CODE_NEXT = re.compile(r"[/-]\d")


def _document_code(text: str, start: int, end: int) -> bool:
    """'Leaflet CSODS/1', 'form MAPPA-3': an abbreviation numbered as a document's code, not the law."""
    return text[start:end].isupper() and bool(_CODE_NEXT.match(text, end))


def _merge_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Domestic Violence Disclosure Scheme (DVDS)', 'MAPPA meeting (Multi Agency ...)': one mention."""
    merged: list[Mention] = []
    for m in mentions:
        last = merged[-1] if merged else None
        if (last is not None and last.basis == m.basis and last.basis is not None
                and _ABBREVIATION_GAP.fullmatch(text, last.end, m.start) and text[m.end : m.end + 1] == ")"):
            last.end = m.end + 1
            continue
        merged.append(m)
    return merged


def _typo_note(written: str, basis: Basis) -> str:
    return f"written '{written}': read as the {basis.title} (year mistyped)"


def _one_digit_apart(a: int, b: int | None) -> bool:
    return b is not None and sum(x != y for x, y in zip(str(a), str(b), strict=False)) == 1
