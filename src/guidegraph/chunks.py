"""The graph cut into chunks of subjects, each with a hash of its triples: what changed since a build.

The writers and the validator compare a build's chunks with an earlier build's to redo only the
chunks that changed. A chunk is a run of subjects, in the graph files' canonical order, that
share a key: for a corpus IRI (`.../id/passage/<slug>/...`) its kind and document slug, so
editing one document changes the few chunks of that document and no boundary elsewhere moves;
for other IRIs their namespace. A chunk's digest hashes its subjects and their triples (each
subject's sorted, as the build may add them in another order each run): two chunks with one
digest hold the same triples, so what was computed for one serves the other.

Hashing runs on every build, over every triple (1.34 M at 100x), so it reads rdflib's in-memory
index directly where it can (SimpleMemory, as the build's graph is) rather than through the Graph
API, and a literal's datatype and language from its slots: a few seconds at 100x. Most of them
are the subjects of chunks one document makes alone (`DOCUMENT_KINDS`: its passages, sections,
citations, ...), whose triples `graph.py` makes from that document's extraction and the reference
data only: `DocumentDigests` keeps their digests under the document's cache key, and a rebuild
hashes again only the chunks of changed documents and those made from the whole corpus (myths,
findings, the law cited, ...).

The caches built on chunks sit in `.NAME-cache/graph/` beside the output `NAME/`, with the other
caches. Entries are written to a temporary file
and renamed into place and carry a checksum; one that cannot be read is ignored and written again.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal
from rdflib.term import Node

from guidegraph.cache_files import EntryWriter, installed_version, prune_folder
from guidegraph.store import paused_gc

CORPUS_IRI = "https://w3id.org/guidegraph/id/"
# Kinds of corpus IRI whose triples graph.py makes from one document's extraction and the reference
# data alone (tests/test_chunks_per_document.py checks it), so their chunks' digests can be kept
# under the document's cache key. Myth statements (concepts aligned over the corpus) and findings
# (numbered over it) are not.
DOCUMENT_KINDS = ("document", "section", "passage", "citation", "principle-statement", "case-example")
# The code that makes those triples from a document's cached results, and hashes them.
GRAPH_CODE = ("graph.py", "graph_terms.py", "chunks.py", "store.py")
_MAGIC = b"guidegraph-chunks-1\n"
_PROTOCOL = 5


@dataclass(frozen=True)
class Chunk:
    """A run of subjects in canonical order, and a hash of their triples."""

    key: str
    digest: str
    subjects: tuple[Node, ...]


def sort_key(subject: Node) -> tuple[bool, str]:
    """The canonical order of subjects in the graph files: IRIs by their text, blank nodes last."""
    return isinstance(subject, BNode), str(subject)


def chunk_key(subject: Node) -> str:
    """What groups a subject with its neighbours: kind and document slug of a corpus IRI, else its namespace."""
    text = str(subject)
    if isinstance(subject, BNode):
        return "_:"
    if text.startswith(CORPUS_IRI):
        return "/".join(text[len(CORPUS_IRI):].split("/", 2)[:2])
    return text.rsplit("/", 1)[0].rsplit("#", 1)[0]


Known = Mapping[str, tuple[str, int]]  # chunk key -> digest and number of subjects


def chunk_graph(graph: Graph, known: Known | None = None) -> list[Chunk]:
    """The graph's subjects in canonical order, cut into chunks, each hashed, but for the `known`
    chunks (`DocumentDigests.known`) with as many subjects as then."""
    known = known or {}
    descriptions = _Descriptions(graph)
    # The graph was made with the collector paused, so its millions of objects sit in the youngest
    # generation, and the next few collections would walk them all (seconds at 100x) only to find
    # them alive: moved into the oldest generation instead, as surviving them would.
    gc.freeze()
    gc.unfreeze()
    with paused_gc():
        subjects = sorted(descriptions(), key=sort_key)
        chunks = []
        for key, run in groupby(subjects, key=chunk_key):
            run_subjects = list(run)
            digest, count = known.get(key, ("", -1))
            known_one = count == len(run_subjects)
            chunks.append(Chunk(key, digest, tuple(run_subjects)) if known_one else
                          _chunk(key, run_subjects, descriptions))
        return chunks


class _Descriptions:
    """Each subject's predicates and objects, from the store's own index where it has one."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.index: dict[Node, dict[Node, Any]] | None = getattr(graph.store, "_SimpleMemory__spo", None)

    def __call__(self) -> Iterable[Node]:
        return self.index if self.index is not None else set(self.graph.subjects())

    def of(self, subject: Node) -> Iterable[tuple[Node, Iterable[Node]]]:
        if self.index is not None:
            return self.index[subject].items()
        grouped: dict[Node, list[Node]] = {}
        for predicate, value in self.graph.predicate_objects(subject):
            grouped.setdefault(predicate, []).append(value)
        return grouped.items()


def _chunk(key: str, subjects: list[Node], descriptions: _Descriptions) -> Chunk:
    literal = Literal
    lines: list[str] = []
    for subject in subjects:
        # A literal's datatype and language are part of it; the slots are read, as the properties cost more.
        rows = [f"{p} {o}\x1f{o._datatype}\x1f{o._language}" if o.__class__ is literal else f"{p} {o}"
                for p, values in descriptions.of(subject) for o in values]
        rows.sort()
        lines.append(f"_:{subject}" if key == "_:" else subject)
        lines.append("\x1e".join(rows))
    digest = hashlib.blake2b("\x1d".join(lines).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    return Chunk(key, digest, tuple(subjects))


def graph_cache_dir(out: Path) -> Path:
    """Where the chunk caches of the build output `out` live: `.NAME-cache/graph` beside it."""
    from guidegraph.cache import cache_dir

    return cache_dir(out) / "graph"


def digests_salt(salt: str) -> str:
    """What the digests `DocumentDigests` keeps depend on besides a document's cache key (which
    covers reading and extraction, `salt`): the code that makes and hashes the triples, and rdflib."""
    from guidegraph.cache import hash_tree

    digest = hashlib.blake2b(f"{salt}\0rdflib=={installed_version('rdflib')}".encode(), digest_size=16)
    source = Path(__file__).resolve().parent
    for name in GRAPH_CODE:
        hash_tree(digest, source / name, "*.py")
    return digest.hexdigest()


class DocumentDigests:
    """The digests of each document's own chunks (`DOCUMENT_KINDS`), by the document's cache key,
    from the last build; with `use=False` (`--clean`) it only writes."""

    def __init__(self, folder: Path, salt: str, use: bool = True) -> None:
        self.entries = EntryFolder(folder, ".digests")
        self.salt = salt
        loaded = self.entries.load(salt) if use else None
        self.by_document: dict[str, dict[str, tuple[str, int]]] = loaded if isinstance(loaded, dict) else {}

    def known(self, sources: Mapping[str, str]) -> dict[str, tuple[str, int]]:
        """The digests of the chunks of documents (slug -> cache key) unchanged since they were kept."""
        return {chunk: kept for slug, key in sources.items() for chunk, kept in self.by_document.get(key, {}).items()
                if _own_chunk(chunk, slug)}

    def save(self, chunks: Iterable[Chunk], sources: Mapping[str, str]) -> None:
        """Keep the digests of the chunks of documents (slug -> cache key), for the next build."""
        kept: dict[str, dict[str, tuple[str, int]]] = {}
        for chunk in chunks:
            slug = chunk.key.partition("/")[2]
            if slug in sources and _own_chunk(chunk.key, slug):
                kept.setdefault(sources[slug], {})[chunk.key] = (chunk.digest, len(chunk.subjects))
        self.entries.save(self.salt, kept)
        self.entries.prune([self.salt])


def _own_chunk(key: str, slug: str) -> bool:
    """Whether the chunk `key` holds subjects the document `slug` makes alone."""
    kind, _, rest = key.partition("/")
    return kind in DOCUMENT_KINDS and rest == slug


def salted(salt: str, digest: str) -> str:
    """The name of a cache entry: a chunk's digest under what else the entry depends on."""
    return hashlib.blake2b(f"{salt}\0{digest}".encode(), digest_size=20).hexdigest()


class EntryFolder:
    """Content-addressed entries in one folder: pickled values with a checksum, written atomically."""

    def __init__(self, folder: Path, suffix: str) -> None:
        self.folder = folder
        self.suffix = suffix
        self._writer = EntryWriter(folder, "build cache", "the next build will not be incremental")

    def path(self, name: str) -> Path:
        return self.folder / f"{name}{self.suffix}"

    def load(self, name: str) -> Any | None:
        """The value stored under `name`, or None when there is none or it is damaged."""
        try:
            data = self.path(name).read_bytes()
        except OSError:
            return None
        return decode(data)

    def save(self, name: str, value: object) -> None:
        """Store `value` under `name`; a folder that cannot be written only makes the next build slower."""
        self._writer.write(self.path(name), encode(value))

    def save_named(self, name: str, value: object) -> None:
        """Store `value` under `name` with its name inside, for `load_named`."""
        self.save(name, (name, value))

    def load_named(self, name: str, kind: type) -> Any | None:
        """The `kind` value `save_named` stored under `name`; None when there is none, it is damaged,
        or it is another entry's (a file copied over another)."""
        entry = self.load(name)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == name and isinstance(entry[1], kind):
            return entry[1]
        return None

    def prune(self, keep: Iterable[str]) -> None:
        """Remove the entries not named in `keep` (and what killed builds left half written)."""
        prune_folder(self.folder, {f"{name}{self.suffix}" for name in keep})


def encode(value: object) -> bytes:
    """A magic line, a checksum of the pickle, the pickle (the checksum catches a damaged file, fast)."""
    payload = pickle.dumps(value, protocol=_PROTOCOL)
    return _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + len(payload).to_bytes(8, "big") + payload


def decode(data: bytes) -> Any | None:
    """The value in an entry's bytes, or None when they are not an intact entry."""
    head = len(_MAGIC) + 12
    if not data.startswith(_MAGIC) or len(data) < head:
        return None
    payload = memoryview(data)[head:]
    if (int.from_bytes(data[len(_MAGIC) + 4:head], "big") != len(payload)
            or zlib.crc32(payload) != int.from_bytes(data[len(_MAGIC):len(_MAGIC) + 4], "big")):
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # an intact pickle of something this version cannot load
        return None

