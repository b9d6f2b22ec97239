"""Legal bases cited in guidance passages, resolved to the catalog, with the provisions cited.

`find_citations(doc, catalog)` gives one `Citation` per mention of an Act, statutory instrument,
EU regulation, treaty, common-law duty, statutory code or disclosure scheme, in passage order,
plus the instruments met that the catalog does not hold (never dropped: they become nodes).

Mentions are found in order of trust, a later kind never overlapping an earlier one:
1. a catalog label (title, alias, known misspelling): one trie-shaped regex per catalog, so the
   longest label wins ("Data Protection Act 2018", not "Data Protection Act");
2. a generic title: "<Capitalised Words> Act 1998", "... Regulations 2011", "Regulation (EU)
   2016/679", "SI 2000/417";
   then more years after a title ("the Children Acts 1989 and 2004");
3. a short title without a year ("the Data Protection Act"), resolved from context;
4. an anaphor ("the Act", "that Act", "the same Act", "the 1989 Act", "the Convention": the
   treaty the document last named, itself or through the Act giving it effect);
5. a phrase of `ontology/implied.ttl` that implies a legal basis ("private fostering"), only
   where that law (or the provision, by its own gg:extent) reaches the document's nations, and
   not where it opens the name of a body ("the Child Safeguarding Practice Review Panel").
Tiers 1 to 3 are matched by `title_mentions`, which the recogniser mixes in.
Provisions ("section 47", "Article 8(2)") are read by `provisions`; `legal_context` resolves
provisions, short titles and anaphors from the sentence, passage, headings and units around.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from guidegraph.extract.anaphors import find_anaphors
from guidegraph.extract.footnotes import link_footnotes
from guidegraph.extract.implied import ImpliedPhrase, load_implied
from guidegraph.extract.legal_context import DocumentReader
from guidegraph.extract.legal_records import IMPLIED_NOTE, Basis, Mention
from guidegraph.extract.literals import lower_keeping_offsets, trie_regex, word_matches
from guidegraph.extract.provisions import (
    DIRECTIONS_TYPE,
    NAMED_AFTER_ACT,
    TITLE_ENDINGS,
    YEAR,
    find_titles,
)
from guidegraph.extract.title_mentions import TitleMentions
from guidegraph.extract.titles import fold, is_acronym, nationless_key, short_key, title_key, variants
from guidegraph.model import Citation, LegalBasisRef, SegmentedDocument
from guidegraph.vocab import slugify

if TYPE_CHECKING:
    from guidegraph.catalog import Catalog, CatalogEntry

_HUMAN_RIGHTS = re.compile(r"\bhuman rights\b", re.IGNORECASE)
# legislation.gov.uk types -> the family a provision keyword can belong to.
_FAMILIES = {
    **dict.fromkeys(("ukpga", "asp", "anaw", "asc", "nia", "apni", "mwa", "ukla"), "act"),
    **dict.fromkeys(("uksi", "ssi", "wsi", "nisr", "nisi"), "si"),
    "eur": "eu", "treaty": "treaty", "scheme": "scheme", DIRECTIONS_TYPE: "directions",
}  # fmt: skip


class Recogniser(TitleMentions):
    """The compiled catalog: every regex built once, so a passage costs a few scans."""

    def __init__(self, catalog: Catalog, implied: Iterable[ImpliedPhrase] = ()) -> None:
        self.bases: dict[str, Basis] = {}
        self._labels: dict[str, str] = {}
        self._acronyms: set[str] = set()
        self._dated_titles: dict[str, str] = {}
        self.short_titles: dict[str, list[str]] = {}
        self.national_twins: dict[str, list[str]] = {}  # short key without the nation -> its laws
        self._by_lgu: dict[str, str] = {}
        self.named_treaties: dict[str, str] = {}
        self._extents: dict[str, str] = {}
        for entry in _entries(catalog):
            self._add_entry(entry)
            self._extents[entry.id] = entry.extent or ""
        self._add_variants(_entries(catalog))
        self._conjunctions = {k for k in self._labels if self._is_conjunction(k)}
        self._cs = trie_regex(self._acronyms)
        self._ci = trie_regex(k for k in self._labels if k.upper() not in self._acronyms)
        by_iri = {str(e.iri): e.id for e in _entries(catalog)}
        self._implied: dict[str, list[tuple[str, ImpliedPhrase]]] = {}
        self.provision_extents: dict[tuple[str, str, str], str] = {}
        self.known_provisions: set[tuple[str, str, str]] = set()  # (basis id, type, number)
        for phrase in (p for p in implied if p.basis_iri in by_iri):
            self._implied.setdefault(fold(phrase.phrase), []).append((by_iri[phrase.basis_iri], phrase))
            if phrase.provision:
                self.known_provisions.add((by_iri[phrase.basis_iri], *phrase.provision))
            if phrase.provision and phrase.extent:
                self.provision_extents[(by_iri[phrase.basis_iri], *phrase.provision)] = phrase.extent
        self._implied_rx = trie_regex([k for k in self._implied if not _starts_with_number(k)])

    def _add_entry(self, entry: CatalogEntry) -> None:
        family = _FAMILIES.get(entry.type, "other") if entry.is_legal_basis else "guidance"
        self.bases[entry.id] = Basis(entry.id, entry.title, family, entry.year, entry.is_legal_basis,
                                     type=entry.type)
        if entry.legislation_gov_uk:
            self._by_lgu[entry.legislation_gov_uk] = entry.id
        for label in (entry.title, *entry.aliases, *getattr(entry, "misspellings", ())):
            self._labels.setdefault(fold(label), entry.id)
            if is_acronym(label):
                self._acronyms.add(" ".join(label.split()))
            if YEAR.search(label):
                self._dated_titles.setdefault(title_key(label), entry.id)
        if family == "act" and entry.year:
            self.short_titles.setdefault(short_key(entry.title), []).append(entry.id)
        nationless = nationless_key(entry.title, entry.type) if family == "act" or entry.type == "nisi" else None
        if nationless:
            self.national_twins.setdefault(nationless, []).append(entry.id)

    def _add_variants(self, entries: Iterable[CatalogEntry]) -> None:
        """Names the catalog implies without listing them ("Children (NI) Order", "SSWBA"), each
        only when it names no other entry."""
        owners: dict[str, set[str]] = {}
        for entry in entries:
            for label in (entry.title, *entry.aliases):
                for variant in variants(label, entry.type):
                    owners.setdefault(variant, set()).add(entry.id)
        for variant, ids in sorted(owners.items()):
            if len(ids) == 1 and fold(variant) not in self._labels:
                self._labels[fold(variant)] = ids.pop()
                if is_acronym(variant):
                    self._acronyms.add(variant)

    def basis(self, basis_id: str) -> Basis:
        return self.bases[basis_id]

    def first_of_family(self, family: str) -> str | None:
        """The catalog's treaty (the ECHR) or EU regulation (the GDPR), for a bare 'Article 8'."""
        return next((b.id for b in self.bases.values() if b.family == family and b.catalogued), None)

    def treaty_named_by(self, basis_id: str) -> str | None:
        """The treaty an instrument is, or gives effect to: the Convention an Act is named after,
        the European Convention for a Human Rights Act."""
        basis = self.bases[basis_id]
        if basis.family == "treaty":
            return basis_id
        if basis_id in self.named_treaties:
            return self.named_treaties[basis_id]
        return self.first_of_family("treaty") if basis.family == "act" and _HUMAN_RIGHTS.search(basis.title) else None

    def only_of_family(self, family: str) -> str | None:
        """'the Convention', 'the Regulation' with nothing before: the catalog's one of its kind."""
        ids = [b.id for b in self.bases.values() if b.family == family and b.catalogued]
        return ids[0] if len(ids) == 1 and family in ("treaty", "eu") else None

    def only_of_year(self, family: str, year: int, evidence: Mapping[str, object]) -> str | None:
        """'the 1989 Act': the one instrument of that year the document names, else the catalog's."""
        of_year = [b for b in self.bases.values() if b.family == family and b.year == year]
        named = [b.id for b in of_year if b.id in evidence]
        pool = named or [b.id for b in of_year if b.catalogued]
        return pool[0] if len(pool) == 1 else None

    def dated_twin(self, basis_id: str, named: Iterable[str]) -> str | None:
        """'The Rights of Children and Young Persons (Wales) Measure' after the dated title: the
        one uncatalogued instrument of that name and a year among those the document names."""
        basis = self.bases[basis_id]
        if basis.catalogued or basis.year is not None:
            return None
        key = short_key(basis.title)
        twins = {b for b in named if b in self.bases and not self.bases[b].catalogued
                 and self.bases[b].year is not None and short_key(self.bases[b].title) == key}
        return twins.pop() if len(twins) == 1 else None

    def mentions(self, text: str) -> list[Mention]:
        """Every instrument mention in cleaned text, non-overlapping, in order."""
        titles = list(find_titles(text)) if any(word in text for word in TITLE_ENDINGS) else []
        chosen: list[Mention] = []
        # An order named after its Act is one instrument, not the Act the catalog knows by that name.
        subordinate = [self._generic_mention(t) for t in titles if t.kind != "Act" and t.year
                       and NAMED_AFTER_ACT.search(t.words)]
        for tier in (lambda: subordinate, lambda: self._label_mentions(text),
                     lambda: self._generic_mentions(text, titles),
                     lambda: self._shared_name_mentions(text), lambda: self._short_mentions(titles),
                     lambda: _anaphor_mentions(text), lambda: self._implied_mentions(text)):
            taken = [(m.start, m.end) for m in chosen]
            chosen += [m for m in tier() if not any(m.start < e and s < m.end for s, e in taken)]
        chosen.sort(key=lambda m: m.start)
        return [m for i, m in enumerate(chosen) if not (i and _in_apposition(text, chosen[i - 1], m))]

    # An instrument the catalog does not hold is still a basis: it becomes a node, never dropped.
    def _uncatalogued(self, title: str, type_: str, year: int | None) -> Basis:
        basis_id = f"uncatalogued-{slugify(title)}"
        if basis_id not in self.bases:
            family = _FAMILIES.get(type_, "other")
            self.bases[basis_id] = Basis(basis_id, title, family, year, catalogued=False, type=type_)
        return self.bases[basis_id]

    # -- tier 5: implied phrases ---------------------------------------------------------------

    def _implied_mentions(self, text: str) -> list[Mention]:
        mentions = []
        for start, end in word_matches(self._implied_rx, lower_keeping_offsets(text)):
            if _NAMES_A_BODY.match(text, end):
                continue
            options = self._implied[fold(text[start:end])]
            basis_id, phrase = options[0]
            mention = Mention(start, end, "implicit", basis_id, self.bases[basis_id].family,
                              note=f"{IMPLIED_NOTE} '{phrase.phrase}'", provision=phrase.provision)
            if len(options) > 1:  # "data protection principles": of the 1998 Act, or of the GDPR?
                mention.basis, mention.candidates = None, tuple(b for b, _ in options)
                mention.options = {b: p.provision for b, p in options}
            mentions.append(mention)
        return mentions

    def extent(self, basis_id: str, provision: tuple[str, str] | None = None) -> str:
        """The extent codes of a law ("E+W"), or of its provision when narrower ("E")."""
        extent = self.provision_extents.get((basis_id, *provision)) if provision else None
        return (extent or self._extents.get(basis_id, "")).split(" (", 1)[0]

    def short_key_of(self, basis_id: str) -> str:
        return short_key(self.bases[basis_id].title)

    def named_national_twins(self, key: str, named: Iterable[str]) -> set[str]:
        """Uncatalogued instruments the document names whose title is `key` with a nation in
        brackets ('Mental Capacity Act (Northern Ireland) 2016' for 'mental capacity act')."""
        return {b for b in named if b in self.bases and not self.bases[b].catalogued
                and nationless_key(self.bases[b].title, self.bases[b].type or "") == key}

    def uncatalogued_short_title(self, basis_id: str) -> Basis:
        """'the Mental Capacity Act' where the catalog's Act of that name does not reach."""
        title = self.bases[basis_id].title
        return self._uncatalogued(" ".join(YEAR.sub("", title).split()), self.bases[basis_id].type or "ukpga", None)

    def extends_to(self, basis_id: str, provision: tuple[str, str] | None, nations: Sequence[str]) -> bool:
        """Can a term of art imply this law (its provision's own extent when implied.ttl gives one,
        else its Act's) in a document for these nations? "Children in need" in Scottish guidance is
        not the Children Act 1989, which extends to England and Wales only; nor, since 2016, in
        Welsh guidance. Unknown either way (free-text extent, no jurisdictions): yes."""
        extent = self.provision_extents.get((basis_id, *provision)) if provision else None
        return _extends_to(extent or self._extents.get(basis_id, ""), nations)

    def implied_provision(self, key: str) -> tuple[str, ImpliedPhrase] | None:
        """(basis id, phrase) of a provision and the word after it: 'section 47 enquiry'."""
        options = self._implied.get(key) or self._implied.get(_singular(key))
        return options[0] if options and len(options) == 1 else None


def uncatalogued_refs(recogniser: Recogniser, ids: Iterable[str]) -> list[LegalBasisRef]:
    """The LegalBasisRef of each uncatalogued id, in first-met order."""
    refs = []
    for basis_id in dict.fromkeys(ids):
        basis = recogniser.basis(basis_id)
        if not basis.catalogued:
            refs.append(LegalBasisRef(basis.id, basis.title, False, basis.type, basis.year))
    return refs


def find_citations(doc: SegmentedDocument, catalog: Catalog) -> tuple[list[Citation], list[LegalBasisRef]]:
    """All legal citations of a document in passage order, and the uncatalogued instruments met."""
    recogniser = recogniser_for(catalog)
    nations = doc.meta.jurisdictions
    citations = [c for c in DocumentReader(recogniser, doc).citations()
                 if c.kind != "implicit" or recogniser.extends_to(
                     c.basis, (c.provision.type, c.provision.number) if c.provision else None, nations)]
    citations = _gone_throughout(link_footnotes(doc, citations))
    return citations, uncatalogued_refs(recogniser, (c.basis for c in citations))


# An instrument its passage calls repealed, revoked or never in force is no support anywhere in
# that passage: "The 2006 Regulations were revoked on 19 August 2024. Forms that quote
# regulation 8 of the 2006 Regulations must be updated." (An amending Act named as the source of
# a provision, or a law that does not apply in one nation, may still be cited for something else.)
_GONE = re.compile(r"\b(?:repealed|revoked|superseded|abolished|rescinded|never|not\s+(?:yet\s+)?(?:come|been"
                   r"|came)|ceased|no\s+longer\s+in\s+force)\b", re.IGNORECASE)


def _gone_throughout(citations: list[Citation]) -> list[Citation]:
    """Each passage's mentions of an instrument it says is gone, all marked with the words saying so."""
    gone = {(c.passage_id, c.basis): c.negation for c in citations
            if c.negation and c.provision is None and c.heading is None and _GONE.search(c.negation)}
    if not gone:
        return citations
    return [replace(c, negation=gone[c.passage_id, c.basis]) if not c.negation and (c.passage_id, c.basis) in gone
            else c for c in citations]


_NATION_CODES = {"E": "england", "W": "wales", "S": "scotland", "NI": "northern-ireland"}


def _extends_to(extent: str, jurisdictions: Sequence[str]) -> bool:
    """Does law of this extent ("E+W", "NI") reach any of these nations?"""
    codes = [t.strip().upper() for t in (extent or "").split(" (", 1)[0].split("+")]
    nations = {"-".join(j.casefold().split()) for j in jurisdictions}
    if "uk" in nations or "united-kingdom" in nations:
        nations |= set(_NATION_CODES.values())
    if "UK" in codes:
        return True
    if not nations or not codes or not all(c in _NATION_CODES for c in codes):
        return True
    return bool(nations & {_NATION_CODES[c] for c in codes})


_RECOGNISERS: dict[tuple[int, Path | None], tuple[object, Recogniser]] = {}


def recogniser_for(catalog: Catalog, ontology_dir: Path | None = None) -> Recogniser:
    """The compiled recogniser of a catalog, built once per catalog object (a build compiles once)."""
    key = (id(catalog), ontology_dir)
    cached = _RECOGNISERS.get(key)
    if cached is None or cached[0] is not catalog:  # an id can be reused once its object is gone
        cached = _RECOGNISERS[key] = (catalog, Recogniser(catalog, load_implied(ontology_dir)))
    return cached[1]


# ---------------------------------------------------------------------------------------------
# Helpers


def _entries(catalog: Catalog) -> Iterable[CatalogEntry]:
    entries = catalog.entries
    return entries.values() if isinstance(entries, Mapping) else entries


def _anaphor_mentions(text: str) -> list[Mention]:
    return [Mention(a.start, a.end, "anaphoric", None, a.family, a.how) for a in find_anaphors(text)]


# "The Child Safeguarding Practice Review Panel": a term of art opening the name of a body names the
# body (an author, a body to notify), which is no law relied on.
# "section 35 of the Act, the first data protection principle": a term of art set beside the provision
# just cited says what that provision is; it names no other law's (the GDPR's Article 5)
_PROVISION_OF = re.compile(r"\b(?:section|article|regulation|schedule|paragraph|part|rule)\s+[\w().]+\s+of\s+$",
                           re.IGNORECASE)
_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth)\s+)?$",
                         re.IGNORECASE)


def _in_apposition(text: str, before: Mention, mention: Mention) -> bool:
    return (mention.kind == "implicit" and _APPOSITION.fullmatch(text[before.end:mention.start]) is not None
            and _PROVISION_OF.search(text[max(0, before.start - 40):before.start]) is not None)


_NAMES_A_BODY = re.compile(r"\s+(?:Panel|Group|Committee|Board|Team|Unit|Partnership|Forum)s?\b")


def _starts_with_number(phrase: str) -> bool:
    return bool(re.match(r"\w+\.?\s?\d", phrase))


def _singular(key: str) -> str:
    """'section 47 enquiries' -> 'section 47 enquiry'."""
    if key.endswith("ies"):
        return key[:-3] + "y"
    return key[:-1] if key.endswith("s") else key
