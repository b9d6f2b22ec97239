"""The search index: a whoosh index built FROM the graph, with the vocabulary queries expand through.

One index document per passage and per entity (legal basis, provision, myth statement,
principle statement, case example, cited guidance), in id order, written by `whoosh_writer` so two
builds of the same graph give the same files: one whoosh segment for a small corpus, for a large
one consecutive segments (`segment_groups`) cut where the corpus documents they hold decide, so
that an edit changes few of them and a rebuild copies the others from `segment_cache`. Whoosh
sums document counts, frequencies and lengths over segments and numbers their documents in
order, so scores are a single segment's. Queries find candidates through `lead` (each word's
best documents, per segment) and score them from `terms` (each document's words and
positions), so their cost does not grow with the corpus. Beside it, `vocabulary.json`: every label of
every node that has aliases (skos:altLabel: legal bases, terms, the synonym scheme, ...), as
groups of analysed phrases, so a query word can be expanded to the words the guidance uses.

Query-time code imports this module too, so nothing here imports rdflib at module level.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidegraph.analysis import analyzer, stem, words

if TYPE_CHECKING:
    from rdflib import Graph
    from whoosh.fields import Schema

    from guidegraph.segment_cache import SegmentCache

INDEX_DIR = "index"
VOCABULARY_FILE = "vocabulary.json"
ENTITY_KINDS = ("legal-basis", "provision", "myth", "principle", "case-example", "guidance")
KINDS = ("passage", *ENTITY_KINDS)
MAX_LABEL_TOKENS = 8  # longer labels (full titles of regulations) make poor query expansions
MENTION_WEIGHTS = {"anaphoric": 0.6, "implicit": 0.4}  # explicit, short-title, provision-only: 1
HEADING_WEIGHT = 2.0
HEADING_INHERITED = 1.0  # a later passage under a heading that names the law: as if it named it once
LEAD_SIZE = 1000  # postings of a word kept in `lead`: enough to find the candidates a query scores in full
SEGMENT_LEAD = 200  # in each of several segments: most of a query's candidates come from a few segments
SEGMENT_MIN = 5000  # index documents: a smaller index is one segment, a larger one's segments hold this many or more
SEGMENT_CUT = 4  # a segment ends before one corpus document (or entity) in this many, by the hash of its name


def schema() -> Schema:
    """The index's fields; `data` holds what a hit shows (section, lines, iri, evidence) as JSON."""
    from whoosh import columns, formats
    from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, STORED, TEXT, FieldType, Schema

    text = analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),
        document=KEYWORD(stored=True, commas=True),
        title=STORED,  # scored as part of `body`
        text=STORED,
        body=TEXT(analyzer=text, phrase=False),  # what queries score: title, text and context in one field
        lead=FieldType(formats.Existence(), None),  # each body word's best documents (`LEAD_SIZE`), by BM25
        terms=COLUMN(columns.VarBytesColumn()),  # each document's body words and positions (`DocumentTerms`)
        jurisdictions=KEYWORD(stored=True, commas=True, lowercase=True),
        year=NUMERIC(stored=True),
        date=ID(stored=True),
        legal_bases=KEYWORD(stored=True, commas=True),
        cites=ID,  # "law" when the document (or its case example) cites law: which-act seeds only from those
        provisions=KEYWORD(stored=True, commas=True),
        entities=KEYWORD(stored=True, commas=True),
        data=STORED,
    )


# --- writing -----------------------------------------------------------------------------------


def write_index(graph: Graph, records: dict[str, list[dict[str, Any]]], directory: Path,
                cache: SegmentCache | None = None) -> int:
    """Write the whoosh index and the vocabulary of `graph` into `directory`; return the document count.

    With a `cache`, segments whose documents an earlier build indexed are copied from it, and the
    segments written are kept in it for the next build.
    """
    documents = sorted(index_documents(graph, records), key=lambda d: d["id"])
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    _write_whoosh(documents, directory, cache)
    vocabulary = vocabulary_groups(graph)
    (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary, sort_keys=True, ensure_ascii=False),
                                             encoding="utf-8")
    return len(documents)


def _write_whoosh(documents: list[dict[str, Any]], directory: Path, cache: SegmentCache | None) -> None:
    """The segments of `segment_groups`, each copied from `cache` or written, and their table of contents."""
    from guidegraph.rank import bm25_impact
    from guidegraph.segment_cache import SegmentCache, segment_id
    from guidegraph.whoosh_writer import Head, build_segments, segment_files, write_toc

    cache = cache or SegmentCache(None)
    groups = segment_groups(documents)
    lead = LEAD_SIZE if len(groups) == 1 else SEGMENT_LEAD
    keys = [cache.key(group, f"lead {lead}") for group in groups]
    segments = {key: cache.restore(key, directory) for key in keys}
    missing = [(key, group) for key, group in zip(keys, groups, strict=True) if segments[key] is None]
    wanted = [(segment_id(key), [_fields(document) for document in group]) for key, group in missing]
    written = build_segments(directory, schema(), wanted, heads={"lead": Head("body", lead, bm25_impact)},
                             forward={"terms": "body"})
    for (key, _), segment in zip(missing, written, strict=True):
        segments[key] = segment
        cache.store(key, segment, segment_files(directory, segment.segid))
    write_toc(directory, schema(), [segments[key] for key in keys])
    cache.prune(keys)


def segment_groups(documents: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Index documents (in id order) as consecutive segments: one for fewer than `SEGMENT_MIN`.

    More are cut where the kind of document changes (legal bases, provisions and guidance list
    the passages citing them, so an edit anywhere may change them: alone, they are small to write
    again), and, once a segment holds `SEGMENT_MIN` documents, before a corpus document or entity
    (`_unit`) whose name's hash says so. A cut depends on the units beside it, not on their
    position in the corpus, so an edit to one document moves no cut far from it.
    """
    groups: list[list[dict[str, Any]]] = []
    previous = None
    several = len(documents) >= SEGMENT_MIN
    for document in documents:
        unit = _unit(document["id"])
        if not groups or (several and unit != previous and _cut_before(unit, previous, len(groups[-1]))):
            groups.append([])
        groups[-1].append(document)
        previous = unit
    return groups


def _unit(document_id: str) -> str:
    """What a segment never splits: a corpus document's passages, or one entity."""
    kind, _, rest = document_id.partition(":")
    return f"{kind}:{rest.split('/', 1)[0]}" if kind == "passage" else document_id


def _cut_before(unit: str, previous: str | None, size: int) -> bool:
    if previous is None or unit.partition(":")[0] != previous.partition(":")[0]:
        return True
    digest = hashlib.blake2b(unit.encode("utf-8"), digest_size=8).digest()
    return size >= SEGMENT_MIN and int.from_bytes(digest, "big") % SEGMENT_CUT == 0


def _fields(document: dict[str, Any]) -> dict[str, Any]:
    """An index document as the schema's fields: `body`, what queries score, joins title, text and context."""
    fields = dict(document)
    context = fields.pop("context")
    by_case = fields.pop("law_by_case", False)
    fields["cites"] = "law" if fields["legal_bases"] or by_case or fields["data"].get("cites") else ""
    fields["body"] = " . ".join(t for t in (fields["title"], fields["text"], context) if t)
    return fields


# --- index documents, read from the graph and its records -------------------------------------


def index_documents(graph: Graph, records: dict[str, list[dict[str, Any]]]) -> Iterator[dict[str, Any]]:
    """One whoosh document per passage and per entity."""
    places = Places(records)
    yield from PassageTables(graph, records, places).documents()
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
        self.bases, self.provisions = self._table(GG.citesLegalBasis), self._table(GG.citesProvision)
        self.terms, self.applies = self._table(GG.mentionsTerm), self._table(GG.appliesTo)
        self.slugs = {node: str(values[0]) for node, values in self._table(GG.slug).items()}
        self.links = EntityLinks(records)
        self._ancestors: dict[Any, list[str]] = {}  # passages of one section share its ancestors
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
                "context": " . ".join([*self._ancestor_titles(section), *self.links.context.get(passage_id, []),
                                       *self._cited_names(node)]),
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

    def _ancestor_titles(self, section: Any) -> list[str]:
        """Titles of the sections above this one: a passage is about its chapter too."""
        if section not in self._ancestors:
            self._ancestors[section] = self._titles_above(section)
        return self._ancestors[section]

    def _titles_above(self, section: Any) -> list[str]:
        titles = []
        node = self.parents[section][0] if section is not None and self.parents.get(section) else None
        while node is not None and node in self.titles and len(titles) < 6:
            titles.append(self._one(self.titles, node))
            node = self.parents[node][0] if self.parents.get(node) else None
        return titles


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
                      concept_iri=_minted(myth["concept"]), verdict=myth["verdict"])
    for principle in records["principles"]:
        yield _entity("principle", principle, places, [principle["text"]], [], [],
                      [principle["passage_id"]] if principle["passage_id"] else [], concept=principle["concept"])
    for case in records["case-examples"]:
        parts = [case["scenario"], case["advice"], case["outcome_if_shared"], case["outcome_if_not_shared"]]
        yield _entity("case-example", case, places, parts, case["legal_bases"], case["provisions"],
                      case["passage_ids"], context=" . ".join([case["setting"], *case["roles"], *case["agencies"]]))
    for guidance in records["guidance"]:
        yield _entity("guidance", {**guidance, "id": "guidance/" + guidance["id"]}, places,
                      [guidance["title"], guidance["publisher"] or ""], [], [], _passages(guidance["cited_in"]),
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


# --- vocabulary --------------------------------------------------------------------------------


def vocabulary_groups(graph: Graph) -> dict[str, Any]:
    """The names things go by, as groups of labels: `{groups, keys}`.

    A group is one node's labels (skos:prefLabel, skos:altLabel, dcterms:title, rdfs:label):
    a legal basis, a role, agency or purpose, a concept of the synonym scheme, a jurisdiction,
    guidance, a principle set. `groups[i]["labels"]` are analysed (stemmed) for querying;
    `keys` maps each stemmed label to its groups and `surfaces` to the words as written, so a
    query matches a label only through inflections (`inflection_of`): "passed on" finds
    "pass on", "information" does not find "inform". Descriptive labels (of single
    principles and myths) are not names and stay out. All of it is data from ontology/ and
    the graph, never lists in code.
    """
    from rdflib import RDF, RDFS, SKOS, URIRef
    from rdflib.namespace import DCTERMS

    from guidegraph.vocab import GG

    descriptive = set(graph.subjects(RDF.type, GG.Principle)) | set(graph.subjects(RDF.type, GG.Myth))
    groups: list[dict[str, Any]] = []
    keys: dict[str, set[int]] = defaultdict(set)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for node in sorted({s for s in graph.subjects(SKOS.altLabel, None) if isinstance(s, URIRef)} - descriptive):
        labels: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for predicate in (SKOS.prefLabel, SKOS.altLabel, DCTERMS.title, RDFS.label):
            for value in graph.objects(node, predicate):
                surface = words(str(value))
                if 0 < len(surface) <= MAX_LABEL_TOKENS:
                    labels[tuple(stem(w) for w in surface)].add(" ".join(surface))
        if len(labels) < 2:
            continue
        for label, forms in labels.items():
            keys[" ".join(label)].add(len(groups))
            surfaces[" ".join(label)].update(forms)
        groups.append({"node": str(node), "labels": [list(label) for label in sorted(labels)]})
    return {"groups": groups, "keys": {k: sorted(v) for k, v in sorted(keys.items())},
            "surfaces": {k: sorted(v) for k, v in sorted(surfaces.items())}}


def load_vocabulary(directory: Path) -> dict[str, Any]:
    """The vocabulary a build wrote beside its index."""
    return json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
