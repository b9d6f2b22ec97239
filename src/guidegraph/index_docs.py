"""The index documents: one per passage and per entity, read from the graph and its records.

A passage's document holds its text, its section's titles as context, the law it cites and how
strongly (a name counts more than "the Act", a heading most), the entities read from it, and where
and when it applies (its document's jurisdictions and date). An entity's holds its name, its
wordings and its evidence. `index.write_index` writes them into the whoosh index.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

    from guidegraph.passage_cache import PassageCache

MENTION_WEIGHTS = {"anaphoric": 0.6, "implicit": 0.4}  # explicit, short-title, provision-only: 1
HEADING_WEIGHT = 2.0
HEADING_INHERITED = 1.0  # a later passage under a heading that names the law: as if it named it once


# A passage whose opening words point back to the one before: "In these cases, ...", "Professionals
# should always take this to ...". Not "it" ("It is important ..." points nowhere), nor "this
# guidance" and the like, the document itself.
POINTING_WORDS = frozenset({"this", "these", "such", "those"})
OPENING_WORDS = 8
_SELF = frozenset({"guidance", "document", "section", "chapter", "leaflet", "policy", "procedure"})
_WORD = re.compile(r"[a-z]+")


# A passage labelled as the lesson of the story told before it ("Learning: ...", "What we learned: ...",
# "Lessons for practice: ..."), or the action it called for ("Action: ..."): what a question told as that
# story asks. Not "Outcome:" or "What the police did:" of a case example, which its story's passages
# are followed by already (`search_hits.with_the_rest_of_the_story`): the story itself then comes after.
_AFTER_A_STORY = re.compile(r"\W*(?:learning\b|lessons?\b|what (?:we|was) learn|actions?\b)[^:\n]{0,30}:",
                            re.IGNORECASE)


def points_back(text: str) -> bool:
    """Does `text` open by pointing back to what came before it, or by saying what followed from it?"""
    if _AFTER_A_STORY.match(text):
        return True
    opening = _WORD.findall(text[:200].lower())[:OPENING_WORDS + 1]
    for i, word in enumerate(opening[:OPENING_WORDS]):
        following = opening[i + 1] if i + 1 < len(opening) else ""
        if word in POINTING_WORDS and following not in _SELF:
            return True
    return False


def index_documents(graph: Graph, records: dict[str, list[dict[str, Any]]],
                    kept: PassageCache | None = None) -> Iterator[dict[str, Any]]:
    """One whoosh document per passage and per entity; those of passages from `kept` where it holds them."""
    places = Places(records)
    if kept is None:
        yield from PassageTables(graph, records, places).documents()
    else:
        yield from kept.documents(graph, records, places)
    yield from entity_documents(records, places)


class Places:
    """Jurisdictions and dates of documents, and short ids of legal bases and provisions by IRI."""

    def __init__(self, records: dict[str, list[dict[str, Any]]]) -> None:
        self.jurisdictions = {d["id"]: jurisdiction_slugs([*d["jurisdictions"], *d["local_areas"]])
                              for d in records["documents"]}
        self.dates = {d["id"]: d["date"] for d in records["documents"]}
        self.basis_ids = {b["iri"]: b["id"] for b in records["legal-bases"]}
        self.provision_ids = {p["iri"]: p["id"] for p in records["provisions"]}
        self.basis_titles = {b["iri"]: b["title"] for b in records["legal-bases"]}
        self.provision_titles = {p["iri"]: p["title"] for p in records["provisions"]}
        self._known: dict[tuple[tuple[str, ...], tuple[str, ...]], dict[str, Any]] = {}  # places recur

    def of(self, slugs: Iterable[str], extra: Iterable[str] = ()) -> dict[str, Any]:
        """`jurisdictions`, `year` and `date` fields for something found in documents `slugs`."""
        key = (tuple(sorted(set(slugs))), tuple(sorted(set(extra))))
        if key not in self._known:
            self._known[key] = self._of(*key)
        return dict(self._known[key])

    def _of(self, slugs: tuple[str, ...], extra: tuple[str, ...]) -> dict[str, Any]:
        places = {j for slug in slugs for j in self.jurisdictions.get(slug, ())} | jurisdiction_slugs(extra)
        dates = sorted(self.dates[slug] for slug in slugs if slug in self.dates)
        fields: dict[str, Any] = {"jurisdictions": ",".join(sorted(places))}
        if dates:
            fields.update(date=dates[-1], year=int(dates[-1][:4]))
        return fields


NATIONS = ("england", "wales", "scotland", "northern-ireland")

# A telephone number as UK guidance prints it ("0300 123 4567", "01928 704000", "+44 20 7946 0000"),
# or a short number to ring ("call 999", "ring 101"); an email address. Each pattern opens on a
# literal, or is tried only where its literal stands, as every passage of a large corpus is tried.
_NUMBER = re.compile(r"0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)")
_INTERNATIONAL = re.compile(r"\+44\s?(?:\(0\)\s?)?\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}")
_SHORT_NUMBERS = ("999", "101", "111", "116")
_SHORT = re.compile(r"\b(?:999|101|111|116\s?\d{3})\b")
_TO_RING = re.compile(r"\b(?:call|ring|dial|phone|telephone|on)\s+$", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def contact_words(text: str) -> list[str]:
    """Words for the contact details a passage gives, which a search for them types but the passage
    never writes: "what is the phone number for the front door?" asks for "0300 123 4567"."""
    words = []
    if _gives_a_phone_number(text):
        words.append("telephone phone number")
    if "@" in text and _EMAIL.search(text):
        words.append("email address")
    return words


# A time the guidance sets or tells ("within 24 hours", "within five working days", "the same day", "by the
# end of the next working day", "every two years", "for ten years"): an amount of time after a word saying
# how it runs, or a day named by when it falls. Not an age ("16 years old", "any teenager up to 17 years").
_AMOUNT = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty"
           r"|thirty|forty|sixty|ninety|a few|several)")
_TIME_UNIT = r"(?:(?:working|school|calendar|clear)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
_TIME_SPAN = re.compile(r"\b(?:within|after|for|every|at least|no later than|no more than|in)\s+(?:up\s+to\s+)?"
                        r"(?:the\s+)?(?:next\s+|first\s+|following\s+)?" + _AMOUNT + r"\s+" + _TIME_UNIT + r"\b"
                        r"|\b\d+\s+hours\b|\bsame\s+(?:working\s+)?day\b"
                        r"|\bnext\s+(?:working\s+|school\s+)?(?:day|morning)\b"
                        r"|\bend\s+of\s+the\s+(?:next\s+)?(?:working\s+)?day\b|\b(?:annually|every\s+year|each\s+year)\b",
                        re.IGNORECASE)
_AGE = re.compile(r"\s+old\b", re.IGNORECASE)


def timescale_words(text: str) -> list[str]:
    """The guidance's word for the time a passage sets or tells, which a question asking "how long",
    "how soon" or "how often" reaches through the synonyms (syn:timescales), but the passage never
    writes: "how quickly must the file follow her?" asks for "within 5 days of the transfer"."""
    for match in _TIME_SPAN.finditer(text):
        if not _AGE.match(text, match.end()):
            return ["timescales"]
    return []


def _gives_a_phone_number(text: str) -> bool:
    if any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_+")
           for m in _NUMBER.finditer(text)):
        return True
    if "+44" in text and _INTERNATIONAL.search(text):
        return True
    return any(short in text for short in _SHORT_NUMBERS) and any(
        _TO_RING.search(text, max(0, m.start() - 12), m.start()) for m in _SHORT.finditer(text))


def jurisdiction_slugs(labels: Iterable[str]) -> set[str]:
    """Slugs of jurisdictions and areas; a UK-wide text applies in each nation too."""
    from guidegraph.vocab import slugify

    slugs = {slugify(label) for label in labels}
    return slugs | set(NATIONS) if "uk" in slugs else slugs


class PassageTables:
    """The graph's passages, read predicate by predicate (one pass each, fast on a large graph)."""

    def __init__(self, graph: Graph, records: dict[str, list[dict[str, Any]]], places: Places) -> None:
        from rdflib.namespace import DCTERMS

        from guidegraph.vocab import GG, SCHEMA

        self.graph, self.places = graph, places
        self.text, self.document, self.section = self._table(SCHEMA.text), self._table(GG.document), \
            self._table(GG.section)
        self.titles, self.numbers, self.parents = self._table(DCTERMS.title), self._table(GG.sectionNumber), \
            self._table(DCTERMS.isPartOf)
        self.starts, self.ends, self.kinds = self._table(GG.lineStart), self._table(GG.lineEnd), \
            self._table(GG.passageKind)
        self.antecedents = self._antecedents(self._table(GG.ordinal))
        self.bases, self.provisions = self._table(GG.citesLegalBasis), self._table(GG.citesProvision)
        self.terms, self.applies = self._table(GG.mentionsTerm), self._table(GG.appliesTo)
        self.slugs = {node: str(values[0]) for node, values in self._table(GG.slug).items()}
        self.mastheads = self._table(GG.masthead)
        self.links = EntityLinks(records)
        self._ancestors: dict[tuple[Any, Any], list[str]] = {}  # passages of one section share its ancestors
        self.strength = self._citation_strength()

    def _citation_strength(self) -> dict[Any, dict[str, float]]:
        """How strongly each passage cites each basis or provision, from its gg:Citation nodes.

        A name counts more than an anaphor ("the Act") or an implied mention, and a mention in the
        passage's section heading most: the passage is then about that law, and so is any other
        passage of the section that names no law itself (`HEADING_INHERITED`), though only the
        first holds the heading.
        A mention saying the law does not apply (gg:negatedBy) counts for nothing.
        """
        from guidegraph.vocab import GG

        passages, targets = self._table(GG.citedIn), self._table(GG.refersTo)
        kinds, lines = self._table(GG.mentionKind), self._table(GG.lineStart)
        negated = self._table(GG.negatedBy)
        strength: dict[Any, dict[str, float]] = defaultdict(dict)
        headings: dict[str, set[str]] = defaultdict(set)  # section -> what its heading names
        for citation, (passage, *_) in passages.items():
            if citation in negated:
                continue  # "section 47 does not apply in Scotland" is no support for section 47
            target = str(targets[citation][0]) if targets.get(citation) else ""
            if target in self.places.provision_ids:
                key = "provision:" + self.places.provision_ids[target]
            elif target in self.places.basis_ids:
                key = "legal-basis:" + self.places.basis_ids[target]
            else:
                continue
            weight = MENTION_WEIGHTS.get(self._one(kinds, citation), 1.0)
            if int(self._one(lines, citation) or 0) < int(self._one(self.starts, passage) or 0):
                weight *= HEADING_WEIGHT
                headings[self._one(self.section, passage)].add(key)
            strength[passage][key] = round(strength[passage].get(key, 0.0) + weight, 3)
        for passage in self.kinds:  # a passage naming no law is about the law its heading names
            if not strength.get(passage):
                strength[passage] = dict.fromkeys(headings.get(self._one(self.section, passage), ()),
                                                  HEADING_INHERITED)
        return {passage: dict(sorted(row.items())) for passage, row in strength.items() if row}

    def _antecedents(self, ordinals: dict[Any, list[Any]]) -> dict[Any, tuple[str]]:
        """The passage before each passage that opens by pointing back to it ("Professionals should
        always take this to their agency's adviser" after the doubt "this" is): such a passage means
        what it means only after the one before, in the same section.

        Not the sentence leading into a list for each of its items: every item of a long list then
        matches it, and the list crowds out other answers."""
        runs: dict[tuple[str, str], list[tuple[int, Any]]] = defaultdict(list)
        for node in self.kinds:
            where = (self._one(self.document, node), self._one(self.section, node))
            runs[where].append((int(self._one(ordinals, node) or 0), node))
        antecedents: dict[Any, tuple[str]] = {}
        for passages in runs.values():
            ordered = [node for _, node in sorted(passages)]
            for before, node in pairwise(ordered):
                if points_back(self._one(self.text, node)):
                    antecedents[node] = (self._one(self.text, before),)
        return antecedents

    def _table(self, predicate: Any) -> dict[Any, list[Any]]:
        """Each subject's values of `predicate`, in the order `graph.subject_objects` gives them.

        Read straight from the predicate index of rdflib's SimpleMemory (the build's store) when
        it has one: rdflib's generators cost ten times the dictionaries they walk.
        """
        rows: dict[Any, list[Any]] = defaultdict(list)
        index = getattr(self.graph.store, "_SimpleMemory__pos", None)
        if index is None:
            for subject, value in self.graph.subject_objects(predicate):
                rows[subject].append(value)
            return rows
        for value, subjects in index.get(predicate, {}).items():
            for subject in subjects:
                rows[subject].append(value)
        return rows

    def _one(self, table: dict[Any, list[Any]], node: Any) -> str:
        values = table.get(node) if node is not None else None
        return str(values[0]) if values else ""

    def documents(self) -> Iterator[dict[str, Any]]:
        from guidegraph.listing import local_id

        for node in sorted(self.kinds):
            passage_id = local_id(node).removeprefix("passage/")
            slug = self.slugs.get(self.document[node][0], "") if self.document.get(node) else ""
            section = self.section[node][0] if self.section.get(node) else None
            places = self.places.of([slug], (local_id(a).rsplit("/", 1)[-1] for a in self.applies.get(node, [])))
            yield {
                "id": f"passage:{passage_id}",
                "kind": "passage",
                "document": slug,
                "title": self._one(self.titles, section),
                "text": self._one(self.text, node),
                "context": " . ".join([*self._ancestor_titles(section, self.document.get(node, [None])[0]),
                                       *self.antecedents.get(node, ()),
                                       *self.links.context.get(passage_id, []),
                                       *self._cited_names(node),
                                       *contact_words(self._one(self.text, node)),
                                       *timescale_words(self._one(self.text, node))]),
                "legal_bases": ",".join(sorted({self.places.basis_ids.get(str(b), local_id(b))
                                                for b in self.bases.get(node, [])})),
                "provisions": ",".join(sorted({self.places.provision_ids.get(str(p), local_id(p))
                                               for p in self.provisions.get(node, [])})),
                "entities": ",".join(sorted({local_id(t) for t in self.terms.get(node, [])}
                                            | self.links.ids.get(passage_id, set()))),
                "data": {"ref": passage_id, **self._data(node, section)},
                "law_by_case": bool(self.links.ids.get(passage_id, set()) & self.links.cases_with_law),
                **places,
            }

    def _data(self, node: Any, section: Any) -> dict[str, Any]:
        from guidegraph.listing import local_id

        return {
            "section": self._one(self.numbers, section) or (local_id(section).rsplit("/", 1)[-1] if section else ""),
            "section_title": self._one(self.titles, section),
            "line_start": int(self._one(self.starts, node) or 0),
            "line_end": int(self._one(self.ends, node) or 0),
            "passage_kind": self._one(self.kinds, node),
            "iri": str(node),
            "cites": self.strength.get(node, {}),
        }

    def _cited_names(self, node: Any) -> list[str]:
        """The names of the law a passage cites, so "the Act" or "s115" is found by the Act's name."""
        names = [self.places.basis_titles.get(str(b), "") for b in self.bases.get(node, [])]
        names += [self.places.provision_titles.get(str(p), "") for p in self.provisions.get(node, [])]
        return sorted({n for n in names if n})

    def _ancestor_titles(self, section: Any, document: Any) -> list[str]:
        """Titles of the sections above this one: a passage is about its chapter too."""
        if (section, document) not in self._ancestors:  # None, a passage above the first heading, is no one's
            self._ancestors[section, document] = self._titles_above(section, document)
        return self._ancestors[section, document]

    def _titles_above(self, section: Any, document: Any) -> list[str]:
        titles = []
        node = self.parents[section][0] if section is not None and self.parents.get(section) else None
        while node is not None and node in self.titles and len(titles) < 6:
            titles.append(self._one(self.titles, node))
            node = self.parents[node][0] if self.parents.get(node) else None
        # The masthead's lines head no section, but they were once the top headings: still the
        # passage's context (who wrote it), nearest first as the titles above.
        masthead = self._one(self.mastheads, document).splitlines()
        return [*titles, *reversed(masthead)][:6] if masthead else titles


class EntityLinks:
    """What each passage is evidence for (case examples, myth answers, principles, guidance)."""

    def __init__(self, records: dict[str, list[dict[str, Any]]]) -> None:
        self.ids: dict[str, set[str]] = defaultdict(set)
        self.context: dict[str, list[str]] = defaultdict(list)
        self.cases_with_law = {c["id"] for c in records["case-examples"] if c["legal_bases"] or c["provisions"]}
        for case in records["case-examples"]:
            for passage_id in case["passage_ids"]:
                self._link(passage_id, case["id"], case["title"])
        for myth in records["myths"]:
            if myth["passage_id"]:
                self._link(myth["passage_id"], myth["id"], myth["myth"])
        for principle in records["principles"]:
            if principle["passage_id"]:
                self._link(principle["passage_id"], principle["id"], "")
        for guidance in records["guidance"]:
            for row in guidance["cited_in"]:
                self._link(row["passage_id"], "guidance/" + guidance["id"], "")

    def _link(self, passage_id: str, entity: str, context: str) -> None:
        self.ids[passage_id].add(entity)
        if context and context not in self.context[passage_id]:
            self.context[passage_id].append(context)


def entity_documents(records: dict[str, list[dict[str, Any]]], places: Places) -> Iterator[dict[str, Any]]:
    """Legal bases, provisions, myths, principles, case examples and guidance as index documents."""
    for basis in records["legal-bases"]:
        yield _entity("legal-basis", basis, places, [basis["title"], *basis["aliases"]], [basis["id"]],
                      [p["id"] for p in basis["provisions"]], _passages(basis["cited_in"]),
                      jurisdictions=_extent(basis["extent"]), status=basis["status"],
                      superseded_by=basis["superseded_by"], legislation_gov_uk=basis["legislation_gov_uk"])
    for provision in records["provisions"]:
        yield _entity("provision", provision, places, [provision["title"]], [provision["legal_basis"]],
                      [provision["id"]], _passages(provision["cited_in"]))
    for myth in records["myths"]:
        yield _entity("myth", myth, places, [myth["myth"], myth["answer"]], myth["legal_bases"], [],
                      [myth["passage_id"]] if myth["passage_id"] else [], concept=myth["concept"],
                      concept_iri=_minted(myth["concept"]), concept_title=myth["concept_title"],
                      verdict=myth["verdict"])
    for principle in records["principles"]:
        yield _entity("principle", principle, places, [principle["text"]], [], [],
                      [principle["passage_id"]] if principle["passage_id"] else [], concept=principle["concept"],
                      source=principle["source"])
    for case in records["case-examples"]:
        parts = [case["scenario"], case["advice"], case["outcome_if_shared"], case["outcome_if_not_shared"]]
        yield _entity("case-example", case, places, parts, case["legal_bases"], case["provisions"],
                      case["passage_ids"], context=" . ".join([case["setting"], *case["roles"], *case["agencies"]]))
    for guidance in records["guidance"]:
        yield _entity("guidance", {**guidance, "id": "guidance/" + guidance["id"]}, places,
                      [guidance["title"], *guidance["aliases"], guidance["publisher"] or ""], [], [],
                      _passages(guidance["cited_in"]), aliases=guidance["aliases"], scope=guidance["scope"],
                      jurisdictions=",".join(sorted(jurisdiction_slugs(guidance["jurisdictions"]))))


def _minted(local: str) -> str:
    from guidegraph.vocab import ID

    return str(ID[local])


def _passages(evidence: list[dict[str, str]]) -> list[str]:
    return [row["passage_id"] for row in evidence]


def _extent(extent: str | None) -> str:
    """legislation.gov.uk extent ("E+W", "E+W+S+NI") as jurisdiction slugs."""
    codes = {"E": "england", "W": "wales", "S": "scotland", "NI": "northern-ireland", "UK": "uk"}
    return ",".join(sorted(jurisdiction_slugs(codes[c] for c in (extent or "").split("+") if c in codes)))


def _entity(kind: str, record: dict[str, Any], places: Places, texts: list[str], bases: list[str],
            provisions: list[str], passages: list[str], context: str = "", jurisdictions: str | None = None,
            **data: Any) -> dict[str, Any]:
    """An entity's index document; its evidence passages and display data go in `data`."""
    slugs = {p.split("/", 1)[0] for p in passages} | {record.get("document") or ""}
    documents = sorted(slugs & places.dates.keys())  # evidence ids may name a case example, not a passage
    fields = places.of(documents)
    if jurisdictions is not None:
        fields["jurisdictions"] = jurisdictions
    return {
        "id": f"{kind}:{record['id']}",
        "kind": kind,
        "document": ",".join(documents),
        "title": record["title"],
        "text": "\n\n".join(t for t in texts if t),
        "context": context,
        "legal_bases": ",".join(sorted(set(bases))),
        "provisions": ",".join(sorted(set(provisions))),
        "entities": "",
        "data": {"iri": record["iri"], "ref": record["id"], "passages": passages, **data},
        **fields,
    }
