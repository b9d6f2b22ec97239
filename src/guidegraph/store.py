"""The in-memory store the build's graph lives in, and what building a large graph in memory needs.

A build makes one graph of millions of triples (1.34 M for the bundled corpus scaled 100x) and
reads it many times; rdflib's default store keeps per-triple context bookkeeping that a single
graph never uses, and Python's cyclic garbage collector walks every object made so far, again and
again, while it fills.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from rdflib import RDFS, SKOS, XSD, Graph
from rdflib.namespace import DCTERMS, PROV
from rdflib.plugins.stores.memory import SimpleMemory

from guidegraph.vocab import GG, SCHEMA

PREFIXES = {
    "gg": str(GG),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "skos": str(SKOS),
    "schema": str(SCHEMA),
    "eli": "http://data.europa.eu/eli/ontology#",
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": "http://www.w3.org/2002/07/owl#",
}



class OneGraphMemory(SimpleMemory):
    """rdflib's SimpleMemory store, declared context- and graph-aware so that pySHACL accepts it.

    The build's graph is one graph, never a dataset, so it needs none of the per-triple context
    bookkeeping of rdflib's default store: without it, the 100x corpus's graph is built in half
    the time and takes a fifth less memory. It answers every pattern from its one graph.

    It keeps no by-object index (`osp`), a third of the time spent adding a 100x corpus's 1.4 M
    triples: the one pattern that reads it, the object alone (what points to a node), is answered
    from the predicate index, one look-up per predicate, of which a graph has few. Removing
    triples makes it, as SimpleMemory removes from all three indexes.
    """

    context_aware = True
    graph_aware = True

    def __init__(self) -> None:
        super().__init__()
        self._count = 0  # SimpleMemory counts its triples one by one at each len(), and pySHACL asks often
        self._by_object_ready = False

    def add(self, triple: Any, context: Any, quoted: bool = False) -> None:
        subject, predicate, value = triple
        if value not in self._SimpleMemory__spo.get(subject, {}).get(predicate, ()):  # type: ignore[attr-defined]
            self._count += 1
        super().add(triple, context, quoted)  # fills `osp` too: harmless, it is made whole when needed

    def addN(self, quads: Iterable[tuple[Any, Any, Any, Any]]) -> None:  # noqa: N802 (rdflib's name)
        """Add many triples at once: the subject and predicate indexes filled in one loop, a quarter
        less time than a call of `add` per triple (the graph of a 100x corpus holds 1.4 M)."""
        spo, pos = self._SimpleMemory__spo, self._SimpleMemory__pos  # type: ignore[attr-defined]
        by_object = self._SimpleMemory__osp if self._by_object_ready else None  # type: ignore[attr-defined]
        added = 0
        for subject, predicate, value, _ in quads:
            by_predicate = spo.get(subject)
            if by_predicate is None:
                by_predicate = spo[subject] = {}
            values = by_predicate.get(predicate)
            if values is None:
                values = by_predicate[predicate] = {}
            elif value in values:
                continue
            values[value] = 1
            added += 1
            by_value = pos.get(predicate)
            if by_value is None:
                by_value = pos[predicate] = {}
            subjects = by_value.get(value)
            if subjects is None:
                subjects = by_value[value] = {}
            subjects[subject] = 1
            if by_object is not None:
                by_object.setdefault(value, {}).setdefault(subject, {})[predicate] = 1
        self._count += added

    def triples(self, triple_pattern: Any, context: Any = None) -> Iterator[Any]:
        subject, predicate, value = triple_pattern
        if subject is None and predicate is None and value is not None and not self._by_object_ready:
            return self._pointing_to(value)
        return super().triples(triple_pattern, context)

    def _pointing_to(self, value: Any) -> Iterator[Any]:
        """The triples whose object is `value`, from the predicate index."""
        for predicate, by_value in self._SimpleMemory__pos.items():  # type: ignore[attr-defined]
            for subject in by_value.get(value, ()):
                yield (subject, predicate, value), iter(())

    def remove(self, triple_pattern: Any, context: Any = None) -> None:
        self._make_by_object()  # SimpleMemory removes from all three indexes
        self._count -= sum(1 for _ in self.triples(triple_pattern))
        super().remove(triple_pattern, context)

    def _make_by_object(self) -> None:
        """The by-object index, from the subject index, once."""
        if self._by_object_ready:
            return
        by_object: dict[Any, dict[Any, dict[Any, int]]] = {}
        for subject, by_predicate in self._SimpleMemory__spo.items():  # type: ignore[attr-defined]
            for predicate, values in by_predicate.items():
                for value in values:
                    by_object.setdefault(value, {}).setdefault(subject, {})[predicate] = 1
        self._SimpleMemory__osp = by_object
        self._by_object_ready = True

    def __len__(self, context: Any = None) -> int:
        return self._count

    def contexts(self, triple: Any = None) -> Iterator[Any]:
        return iter(())

    def add_graph(self, graph: Graph) -> None:
        """Graphs cannot be told apart here: there is only the one."""

    def remove_graph(self, graph: Graph) -> None:
        """As for add_graph."""


def new_graph() -> Graph:
    """An empty graph with guidegraph's prefixes bound."""
    graph = Graph(store=OneGraphMemory(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while a large graph's objects are made.

    Making millions of objects, none of them garbage, sets off full collections that walk every
    object made so far, again and again: a fifth of the time spent building a 100x corpus's graph.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
