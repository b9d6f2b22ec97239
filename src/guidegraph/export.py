"""Writing and reading the graph: Turtle, JSON-LD and N-Triples, byte-identical for the same graph.

rdflib holds the graph; Oxigraph's serialisers write it, from triples sorted first, because they
are fast (a 100x corpus's graph in seconds, not minutes) and sorted input makes the output stable.
Most of the time goes into turning rdflib's terms into Oxigraph's, so `write_all` does that once
for all the formats it writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from guidegraph.errors import ConfigError
from guidegraph.graph import paused_gc

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
    # By id(), far cheaper than hashing a Literal; each entry holds its term, so no id is reused.
    converted: dict[int, tuple[Node, ox.NamedNode | ox.BlankNode | ox.Literal]] = {}

    def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        made = converted.get(id(term))
        if made is None:
            made = converted[id(term)] = (term, _ox(term))
        return made[1]

    for subject in sorted(graph.subjects(unique=True), key=_sort_key):
        node = to_ox(subject)
        rows = [ox.Triple(node, to_ox(p), to_ox(o)) for p, o in graph.predicate_objects(subject)]
        rows.sort(key=str)  # the build may add a subject's triples in another order each run
        yield from rows


def _sort_key(subject: Node) -> tuple[bool, str]:
    return isinstance(subject, BNode), str(subject)


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


def write_all(graph: Graph, directory: Path, formats: Iterable[str] = ("ttl", "jsonld")) -> list[Path]:
    """Write the graph in each format into `directory`; return the files written.

    The first format is written from the graph, the others by reading that file back as it is
    written, in the same order: parsing is cheaper than converting rdflib's terms again.
    """
    formats, prefixes = list(formats), _prefixes(graph)
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
