"""Writing and reading the graph: Turtle, JSON-LD and N-Triples, byte-identical for the same graph.

rdflib holds the graph; Oxigraph's serialisers write it, from triples sorted first, because they
are fast (a 100x corpus's graph in seconds, not minutes) and sorted input makes the output stable.
Most of the time goes into turning rdflib's terms into Oxigraph's, so `write_all` does that once
for all the formats it writes.

Incremental: given the graph's chunks (`chunks.py`), `write_all` serialises each chunk alone and
keeps the bytes in a cache named by the chunk's digest, so a build after one document changed
serialises only that document's chunks and copies the others. The files are the chunks' bytes
joined, byte for byte what serialising the whole graph at once gives (tests/test_trust_incremental
checks it): Oxigraph's Turtle is the prefix lines, then one block per subject; its JSON-LD one
array with an object per subject. Each chunk's JSON-LD is written from its triples directly, not
by reading the Turtle back (the same bytes: a chunk is small, so there is nothing to save).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from guidegraph.chunks import Chunk, EntryFolder, salted, sort_key
from guidegraph.errors import ConfigError
from guidegraph.store import paused_gc

FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
    "nt": ox.RdfFormat.N_TRIPLES,
}
FILE_NAMES = {"ttl": "graph.ttl", "jsonld": "graph.jsonld", "nt": "graph.nt"}


def serialize(graph: Graph, fmt: str, destination: Path | None = None) -> bytes | None:
    """Write `graph` as ttl, jsonld or nt to `destination` (or return the bytes)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format '{fmt}': choose one of {', '.join(FORMATS)}")
    with paused_gc():
        return _serialize(canonical_triples(graph), _prefixes(graph), fmt, destination)


def _serialize(triples: Iterable[ox.Triple], prefixes: dict[str, str], fmt: str,
               destination: Path | None) -> bytes | None:
    output = str(destination) if destination is not None else None
    return ox.serialize(triples, output, FORMATS[fmt], prefixes=None if fmt == "nt" else prefixes)


def _prefixes(graph: Graph) -> dict[str, str]:
    return dict(sorted((prefix, str(ns)) for prefix, ns in graph.namespaces() if prefix))


def canonical_triples(graph: Graph) -> Iterator[ox.Triple]:
    """The graph's triples as Oxigraph terms, in one canonical order: by subject, then by triple.

    A generator, so the serialiser writes them as they come rather than holding a second copy
    of the graph (400 MB at 100x). Making Oxigraph terms costs microseconds each, so every
    rdflib term object is converted once: a predicate or a line number recurs thousands of times.
    """
    to_ox = _Converter()
    for subject in sorted(graph.subjects(unique=True), key=sort_key):
        node = to_ox(subject)
        rows = [ox.Triple(node, to_ox(p), to_ox(o)) for p, o in graph.predicate_objects(subject)]
        rows.sort(key=str)  # the build may add a subject's triples in another order each run
        yield from rows


class _Converter:
    """rdflib terms to Oxigraph's, each term object converted once."""

    def __init__(self) -> None:
        # By id(), far cheaper than hashing a Literal; each entry holds its term, so no id is reused.
        self.converted: dict[int, tuple[Node, ox.NamedNode | ox.BlankNode | ox.Literal]] = {}

    def __call__(self, term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        made = self.converted.get(id(term))
        if made is None:
            made = self.converted[id(term)] = (term, _ox(term))
        return made[1]


_DATATYPES: dict[str, ox.NamedNode] = {}  # the few datatypes of literals, each made once


def _ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(term, language=term.language)
        if term.datatype:
            datatype = _DATATYPES.get(term.datatype)
            if datatype is None:
                datatype = _DATATYPES[term.datatype] = ox.NamedNode(term.datatype)
            return ox.Literal(term, datatype=datatype)
        return ox.Literal(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    raise TypeError(f"not an RDF term: {term!r}")


def load_graph(path: Path) -> Graph:
    """Read a graph file written by `serialize` into an Oxigraph-backed rdflib graph (fast SPARQL)."""
    graph = Graph(store="Oxigraph")
    fmt = {".ttl": "ox-turtle", ".nt": "ox-ntriples", ".jsonld": "json-ld"}.get(path.suffix, "ox-turtle")
    graph.parse(str(path), format=fmt)
    return graph


def write_all(graph: Graph, directory: Path, formats: Iterable[str] = ("ttl", "jsonld"),
              chunks: Sequence[Chunk] | None = None, cache: EntryFolder | None = None,
              reuse: bool = True) -> list[Path]:
    """Write the graph in each format into `directory`; return the files written.

    Without `chunks`, the first format is written from the graph, the others by reading that file
    back as it is written, in the same order: parsing is cheaper than converting rdflib's terms
    again. With the graph's `chunks`, from each chunk's bytes, taken from `cache` when `reuse`
    allows and it has them, else serialised (and stored there); the files are the same.
    """
    formats = list(formats)
    for fmt in formats:
        if fmt not in FORMATS:
            raise ConfigError(f"unknown export format '{fmt}': choose one of {', '.join(FORMATS)}")
    if chunks is not None:
        return _write_chunked(graph, directory, formats, chunks, cache, reuse)
    prefixes = _prefixes(graph)
    written: list[Path] = []
    with paused_gc():
        for fmt in formats:
            target = directory / FILE_NAMES[fmt]
            if written:
                first = written[0]
                triples = ox.parse(path=str(first), format=FORMATS[formats[0]])
            else:
                triples = canonical_triples(graph)
            _serialize(triples, prefixes, fmt, target)
            written.append(target)
    return written


# Bump when what a chunk's cached bytes hold, or how they are cut, changes.
_CHUNK_FORMAT = "export-chunks-1"
_OPENING = {"ttl": b"", "jsonld": b"[", "nt": b""}
_SEPARATOR = {"ttl": b"", "jsonld": b",", "nt": b""}
_CLOSING = {"ttl": b"", "jsonld": b"]", "nt": b""}


def _write_chunked(graph: Graph, directory: Path, formats: list[str], chunks: Sequence[Chunk],
                   cache: EntryFolder | None, reuse: bool) -> list[Path]:
    prefixes = _prefixes(graph)
    salt = f"{_CHUNK_FORMAT}\0{ox.__version__}\0{sorted(prefixes.items())}"
    header = _turtle_header(prefixes)
    to_ox = _Converter()
    names: list[str] = []
    targets = [directory / FILE_NAMES[fmt] for fmt in formats]
    with ExitStack() as stack, paused_gc():
        files = [stack.enter_context(open(target, "wb")) for target in targets]
        started = dict.fromkeys(formats, False)
        for chunk in chunks:
            name = salted(salt, chunk.digest)
            names.append(name)
            pieces = cache.load(name) if cache is not None and reuse else None
            if not _holds(pieces, formats):
                pieces = _serialize_chunk(graph, chunk, prefixes, header, formats, to_ox)
                if cache is not None:
                    cache.save(name, pieces)
            for fmt, out in zip(formats, files, strict=True):
                _append(out, fmt, pieces[fmt], started, header)
        for fmt, out in zip(formats, files, strict=True):
            if started[fmt] or fmt == "jsonld":
                out.write(_OPENING[fmt] * (not started[fmt]) + _CLOSING[fmt])
    if cache is not None:
        cache.prune(names)
    return targets


def _holds(pieces: object, formats: list[str]) -> bool:
    return isinstance(pieces, dict) and all(isinstance(pieces.get(fmt), bytes) for fmt in formats)


def _append(out: IO[bytes], fmt: str, piece: bytes, started: dict[str, bool], header: bytes) -> None:
    """One chunk's bytes of a file: after the file's opening (Turtle's prefix lines) or a separator."""
    if not piece:
        return  # a chunk of subjects without triples
    if started[fmt]:
        out.write(_SEPARATOR[fmt])
    else:
        out.write(header if fmt == "ttl" else _OPENING[fmt])
        started[fmt] = True
    out.write(piece)


def _serialize_chunk(graph: Graph, chunk: Chunk, prefixes: dict[str, str], header: bytes,
                     formats: list[str], to_ox: _Converter) -> dict[str, bytes]:
    """A chunk's bytes in each format, without what opens or closes a whole file."""
    triples = []
    for subject in chunk.subjects:
        node = to_ox(subject)
        rows = [ox.Triple(node, to_ox(p), to_ox(o)) for p, o in graph.predicate_objects(subject)]
        rows.sort(key=str)
        triples.extend(rows)
    pieces = {}
    for fmt in formats:
        data = ox.serialize(triples, None, FORMATS[fmt], prefixes=None if fmt == "nt" else prefixes) if triples else b""
        if data and fmt == "ttl":
            if not data.startswith(header):
                raise RuntimeError("Oxigraph's Turtle does not start with the prefix lines guidegraph expects")
            data = data[len(header):]
        elif data and fmt == "jsonld":
            if not (data.startswith(b"[") and data.endswith(b"]")):
                raise RuntimeError("Oxigraph's JSON-LD is not the one array guidegraph expects")
            data = data[1:-1]
        pieces[fmt] = data
    return pieces


def _turtle_header(prefixes: dict[str, str]) -> bytes:
    """The prefix lines Oxigraph writes at the top of a Turtle file with these prefixes."""
    sample = ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.NamedNode("urn:x"))
    lines = ox.serialize([sample], None, FORMATS["ttl"], prefixes=prefixes).splitlines(keepends=True)
    return b"".join(line for line in lines if line.startswith(b"@prefix "))
