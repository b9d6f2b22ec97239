"""A read-only view of a graph whose lookups are plain dict reads, for the site's many small queries.

rdflib answers `graph.value(s, p)` through several generator layers, a context check per triple
(with the `Memory` store) and a Python-level `__eq__` on every dict hit: microseconds per lookup,
which over a corpus of millions of triples were most of the site's build time. `IndexedGraph` reads
the in-memory store's own `spo` and `pos` dicts and, per predicate on first use, keeps them keyed
by plain strings, whose comparisons stay in C. Every lookup returns what rdflib returns, in the same
order (tests/test_site.py checks each against rdflib's). Those dicts are private to rdflib (its
name-mangled attributes): when they are missing, for any other store, or for a graph sharing its
store with other graphs, `indexed` returns the graph itself: slower, same answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.plugins.stores.memory import Memory, SimpleMemory
from rdflib.term import Node

Index = dict[Any, dict[Any, dict[Any, Any]]]


def indexed(graph: Graph) -> Graph:
    """`graph` with dict-speed lookups when its store allows (an `IndexedGraph`), else `graph` itself."""
    if isinstance(graph, IndexedGraph):
        return graph
    indexes = _store_indexes(graph)
    return IndexedGraph(graph, *indexes) if indexes is not None else graph


def _store_indexes(graph: Graph) -> tuple[Index, Index] | None:
    """The store's own `spo` and `pos` dicts, when they hold exactly this graph's triples."""
    store = graph.store
    if type(graph) is not Graph:  # a dataset's graphs share one store
        return None
    for kind in (SimpleMemory, Memory):  # or a subclass, as the build's one-graph store
        if isinstance(store, kind):
            spo = getattr(store, f"_{kind.__name__}__spo", None)
            pos = getattr(store, f"_{kind.__name__}__pos", None)
            break
    else:
        return None
    if not isinstance(spo, dict) or not isinstance(pos, dict):
        return None
    # A Memory store may hold other graphs (contexts) too: its dicts are this graph's only when the
    # graph holds every triple of the store. SimpleMemory ignores contexts: every graph over it is all of it.
    if isinstance(store, Memory) and len(graph) != len(store):
        return None
    return spo, pos


class IndexedGraph(Graph):
    """A graph over the same store whose common reads (`value`, `objects`, `subjects`,
    `subject_objects`, `in`) with IRIs use string-keyed indexes. A snapshot: do not add to it."""

    def __init__(self, graph: Graph, spo: Index, pos: Index) -> None:
        super().__init__(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._spo = spo
        self._pos = pos
        self._out: dict[str, dict[str, Any]] = {}  # predicate -> {subject IRI: object or Several}
        self._members: dict[tuple[str, str], set[str]] = {}  # (predicate, object IRI) -> subject IRIs

    def objects_of(self, predicate: URIRef) -> dict[str, Any]:
        """{subject IRI: its object, or its objects as `Several`} for one predicate, built on first use."""
        key = str(predicate)
        found = self._out.get(key)
        if found is None:
            found = self._out[key] = self._read_objects(predicate)
        return found

    def _read_objects(self, predicate: URIRef) -> dict[str, Any]:
        pairs = [(str(s), o) for o, subjects in self._pos.get(predicate, {}).items() for s in subjects
                 if type(s) is URIRef]
        found = dict(pairs)
        if len(found) < len(pairs):  # rdflib gives a subject's objects in the order they were added
            nodes = {str(s): s for subjects in self._pos[predicate].values() for s in subjects}
            for key, count in Counter(key for key, _ in pairs).items():
                if count > 1:
                    found[key] = Several(self._spo[nodes[key]][predicate])
        return found

    def column(self, predicate: URIRef) -> dict[str, Any]:
        """{subject IRI: object} for one predicate (for a subject with several objects, one of them)."""
        return {str(s): o for o, subjects in self._pos.get(predicate, {}).items() for s in subjects}

    def rows(self, cls: URIRef, predicates: Sequence[URIRef]) -> Iterator[tuple[str, list[Any]]]:
        """Each member of `cls` (as `subjects(RDF.type, cls)` gives them) with its first object of each
        of `predicates` (as `value`; None when it has none): one store dict read per member and
        predicate, found by identity, as the keys are the store's own predicate objects."""
        own = {p: p for p in self._pos}
        keys = [own.get(p) for p in predicates]
        spo = self._spo
        for node in list(self._pos.get(own.get(RDF.type), {}).get(cls, ())):
            if type(node) is URIRef:
                values = spo[node]
                yield str(node), [next(iter(found)) if (found := values.get(key)) else None for key in keys]

    def members(self, predicate: URIRef, object: URIRef) -> set[str]:  # noqa: A002 (rdflib's name)
        """The subject IRIs of (?, predicate, object), built on first use: `rdf:type` members, for one."""
        key = (str(predicate), str(object))
        found = self._members.get(key)
        if found is None:
            subjects = self._pos.get(predicate, {}).get(object, ())
            found = self._members[key] = {str(s) for s in subjects if type(s) is URIRef}
        return found

    def __contains__(self, triple: Any) -> bool:
        s, p, o = triple
        if type(s) is URIRef and type(p) is URIRef and type(o) is URIRef:
            return str(s) in self.members(p, o)
        return super().__contains__(triple)

    def value(self, subject: Any = None, predicate: Any = None, object: Any = None,  # noqa: A002 (rdflib's name)
              default: Any = None, any: bool = True) -> Any:  # noqa: A002
        if type(subject) is URIRef and type(predicate) is URIRef and object is None and any:
            found = self.objects_of(predicate).get(str(subject), default)
            return found[0] if type(found) is Several else found
        return super().value(subject, predicate, object, default, any)

    def objects(self, subject: Any = None, predicate: Any = None, unique: bool = False) -> Iterator[Any]:  # type: ignore[override]
        if type(subject) is URIRef and type(predicate) is URIRef:
            found = self.objects_of(predicate).get(str(subject))
            return iter(() if found is None else found if type(found) is Several else (found,))
        return super().objects(subject, predicate, unique)

    def subjects(self, predicate: Any = None, object: Any = None,  # type: ignore[override]  # noqa: A002
                 unique: bool = False) -> Iterator[Any]:
        if type(predicate) is URIRef and isinstance(object, Node):
            return iter(list(self._pos.get(predicate, {}).get(object, ())))
        return super().subjects(predicate, object, unique)

    def subject_objects(self, predicate: Any = None,  # type: ignore[override]
                        unique: bool = False) -> Iterator[tuple[Any, Any]]:
        if type(predicate) is URIRef and not unique:
            return _pairs(self._pos.get(predicate, {}))
        return super().subject_objects(predicate, unique)


class Several(list):  # type: ignore[type-arg]
    """The objects of a subject that has more than one for a predicate (most have one, kept bare)."""


def _pairs(by_object: dict[Any, dict[Any, Any]]) -> Iterator[tuple[Any, Any]]:
    for o, subjects in by_object.items():
        for s in subjects:
            yield s, o
