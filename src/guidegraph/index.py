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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidegraph.analysis import analyzer, stem, words
from guidegraph.index_docs import index_documents

if TYPE_CHECKING:
    from rdflib import Graph
    from whoosh.fields import Schema

    from guidegraph.passage_cache import PassageCache
    from guidegraph.segment_cache import SegmentCache

INDEX_DIR = "index"
VOCABULARY_FILE = "vocabulary.json"
ENTITY_KINDS = ("legal-basis", "provision", "myth", "principle", "case-example", "guidance")
KINDS = ("passage", *ENTITY_KINDS)
MAX_LABEL_TOKENS = 8  # longer labels (full titles of regulations) make poor query expansions
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
                cache: SegmentCache | None = None, passages: PassageCache | None = None) -> int:
    """Write the whoosh index and the vocabulary of `graph` into `directory`; return the document count.

    With a `cache`, segments whose documents an earlier build indexed are copied from it, and the
    segments written are kept in it for the next build; with `passages`, so are the passages'
    index documents of each corpus document.
    """
    documents = sorted(index_documents(graph, records, passages), key=lambda d: d["id"])
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    _write_whoosh(documents, directory, cache, passages.unit_keys if passages else {})
    vocabulary = vocabulary_groups(graph)
    (directory / VOCABULARY_FILE).write_text(json.dumps(vocabulary, sort_keys=True, ensure_ascii=False),
                                             encoding="utf-8")
    return len(documents)


def _write_whoosh(documents: list[dict[str, Any]], directory: Path, cache: SegmentCache | None,
                  unit_keys: dict[str, str]) -> None:
    """The segments of `segment_groups`, each copied from `cache` or written, and their table of
    contents. `unit_keys`: the key of each unit (`_unit`) whose documents a key already stands for
    (`passage_cache.PassageCache.unit_keys`)."""
    from guidegraph.scoring import bm25_impact
    from guidegraph.segment_cache import SegmentCache, segment_id
    from guidegraph.whoosh_writer import Head, build_segments, segment_files, write_toc

    cache = cache or SegmentCache(None)
    groups = segment_groups(documents)
    lead = LEAD_SIZE if len(groups) == 1 else SEGMENT_LEAD
    keys = [cache.key(group, f"lead {lead}", unit_keys, _unit) for group in groups]
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


# --- vocabulary --------------------------------------------------------------------------------


def vocabulary_groups(graph: Graph) -> dict[str, Any]:
    """The names things go by, as groups of labels: `{groups, keys}`.

    A group is one node's labels (skos:prefLabel, skos:altLabel, dcterms:title, rdfs:label):
    a legal basis, a role, agency or purpose, a concept of the synonym scheme, a jurisdiction,
    guidance, a principle set. `groups[i]["labels"]` are analysed (stemmed) for querying, and
    `groups[i]["holder"]` marks a role or an agency (who holds information);
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
                    labels[tuple(stem(w) for w in surface)].add(as_written(str(value), surface))
        if len(labels) < 2:
            continue
        for label, forms in labels.items():
            keys[" ".join(label)].add(len(groups))
            surfaces[" ".join(label)].update(forms)
        group: dict[str, Any] = {"node": str(node), "labels": [list(label) for label in sorted(labels)]}
        if (node, RDF.type, GG.Role) in graph or (node, RDF.type, GG.Agency) in graph:
            group["holder"] = True  # who holds information: a practitioner's role or an agency
        groups.append(group)
    return {"groups": groups, "keys": {k: sorted(v) for k, v in sorted(keys.items())},
            "surfaces": {k: sorted(v) for k, v in sorted(surfaces.items())}}


def as_written(label: str, surface: list[str]) -> str:
    """A label's words as written, a hyphenated word's parts joined by its hyphen ("say-so"):
    queries tell the word from its parts typed apart ("say so")."""
    tokens = ("-".join(filter(None, (" ".join(words(part)) for part in token.split("-")))) for token in label.split())
    form = " ".join(filter(None, tokens))
    return form if form.replace("-", " ").split() == surface else " ".join(surface)


def load_vocabulary(directory: Path) -> dict[str, Any]:
    """The vocabulary a build wrote beside its index."""
    return json.loads((directory / VOCABULARY_FILE).read_text(encoding="utf-8"))
