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
API, and a literal's datatype and language from its slots: a few seconds at 100x.

The caches built on chunks sit in `.NAME-cache/graph/` beside the output `NAME/`, with the other
caches. Entries are written to a temporary file
and renamed into place and carry a checksum; one that cannot be read is ignored and written again.
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal
from rdflib.term import Node

from guidegraph.cache_files import EntryWriter, prune_folder
from guidegraph.store import paused_gc

CORPUS_IRI = "https://w3id.org/guidegraph/id/"
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


def chunk_graph(graph: Graph) -> list[Chunk]:
    """The graph's subjects in canonical order, cut into chunks, each hashed."""
    descriptions = _Descriptions(graph)
    # The graph was made with the collector paused, so its millions of objects sit in the youngest
    # generation, and the next few collections would walk them all (seconds at 100x) only to find
    # them alive: moved into the oldest generation instead, as surviving them would.
    gc.freeze()
    gc.unfreeze()
    with paused_gc():
        subjects = sorted(descriptions(), key=sort_key)
        return [_chunk(key, list(run), descriptions)
                for key, run in groupby(subjects, key=chunk_key)]


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

