"""SHACL validation of the graph against `ontology/shapes.ttl`, with a report people can read.

Design, for speed (the graph of the bundled corpus scaled 100x holds 1.34 M triples; pySHACL is
the validator and stays so). CPU seconds, bundled / 100x: 2.0 / 223 before, 0.4 / 36 now, the
latter in two processes of 18 each.

- No inference and no copy: the graph states its types and the ontology's rdfs:subClassOf, so
  pySHACL runs with ``inference="none"`` and in place.
- Shapes written for pySHACL (the header of shapes.ttl says how): pySHACL sets every constraint
  of a node shape's sh:property up again for each focus node, and evaluates sh:or by validating
  each value against each alternative (0.3 ms a value). Top-level targeted property shapes, and
  sh:or checked once per node pointed to rather than once per passage, made the difference.
- Two processes on a large graph: the targeted shapes are shared out, by the number of nodes
  each targets, between this process and a worker forked from it. The worker inherits the graph
  (copy-on-write: nothing is pickled or parsed), each process validates the whole graph against
  its share of the shapes, so every check sees every triple, and the results are joined. Objects
  are frozen out of the garbage collector first, so that the worker's collections do not copy
  the graph's memory page by page.
- Rejected, measured on the 10x corpus: validating per-document partitions (each document's nodes
  plus the nodes they point to) needs an rdflib graph per partition, and adding triples to one
  costs about 20 us each, as much as validating them; the partition's borrowed nodes are targeted
  too, so they need their whole description, and transitively. Validating the corpus-independent
  reference data (2,500 triples) once and caching the result would save 20 ms: not worth a cache
  to invalidate. An Oxigraph-backed data graph (oxrdflib) makes pySHACL's many small lookups so
  much slower that the 10x corpus did not finish in five minutes.

Where fork is unavailable (Windows) or unsafe (other threads running), or the graph is small,
one process validates everything. A violation found by any process fails the whole validation.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

SH = Namespace("http://www.w3.org/ns/shacl#")
# Below this many triples a second process costs more (fork, a second shapes graph) than it saves.
PARALLEL_FROM = 50_000
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)
# Parameters whose checks validate each value node against another shape (see `_cost`).
_NESTING = (SH["or"], SH["and"], SH.xone, SH["not"], SH.node, SH.qualifiedValueShape)


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 20) -> str:
        """A readable report: one line per violation, the first `limit` of them."""
        if self.conforms:
            return "The graph conforms to the SHACL shapes."
        lines = [f"The graph does not conform to the SHACL shapes: {len(self.violations)} violation(s)."]
        for v in self.violations[:limit]:
            lines.append(f"  - {v.focus}  {v.path}: {v.message}")
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def validate_graph(data: Graph, shapes: Graph, processes: int | None = None) -> ValidationReport:
    """Validate `data` against `shapes` (no inference: the graph states its types explicitly).

    `processes` (default: two for a large graph where fork is available, else one) share out
    the shapes; the report is the same whatever their number.
    """
    import pyshacl  # noqa: F401  (heavy: imported when validating, and before forking)

    if processes is None:
        large = next(islice(iter(data), PARALLEL_FROM, None), None) is not None  # len() may count them all
        processes = min(2, os.cpu_count() or 1) if large else 1
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        processes = 1  # no fork (Windows), or unsafe: another thread may hold a lock the worker needs
    shares = share_out(data, shapes, processes)
    # pySHACL binds sh: on the data graph when it describes a result (and every build of a corpus
    # has written it so far): bound here, the written graph does not depend on which process
    # happened to describe one.
    data.bind("sh", SH, override=False)
    if len(shares) == 1:
        conforms, violations = _validate(data, shapes, shares[0])
    else:
        conforms, violations = _validate_in_parallel(data, shapes, shares)
    return ValidationReport(conforms, tuple(sorted(violations, key=lambda v: (v.focus, v.path, v.message))))


def share_out(data: Graph, shapes: Graph, processes: int) -> list[list[URIRef] | None]:
    """The targeted shapes in `processes` shares of about equal cost; [None] (every shape, in one
    process) when there is one process or a targeted shape cannot be named."""
    targeted = {s for target in _TARGETS for s in shapes.subjects(target, None)}
    if processes < 2 or len(targeted) < 2 or not all(isinstance(s, URIRef) for s in targeted):
        return [None]
    shares: list[list[URIRef]] = [[] for _ in range(min(processes, len(targeted)))]
    loads = [0] * len(shares)
    focus: dict[tuple[URIRef, URIRef], int] = {}  # many shapes share a target
    costs = {shape: _cost(data, shapes, shape, focus) for shape in targeted}
    for shape in sorted(targeted, key=lambda s: (-costs[s], str(s))):  # the largest first, each to the lightest share
        lightest = loads.index(min(loads))
        shares[lightest].append(shape)
        loads[lightest] += costs[shape]
    return list(shares)


def _cost(data: Graph, shapes: Graph, shape: URIRef, focus: dict[tuple[URIRef, URIRef], int]) -> int:
    """Roughly what validating `shape` costs, in checks of a flat constraint on one node (measured:
    a nested sh:property costs five, a value checked against other shapes, as sh:or does, twelve)."""
    nodes = 0
    for target, value in shapes.predicate_objects(shape):
        if target in _TARGETS and (target, value) not in focus:
            focus[target, value] = _focus_count(data, target, value)
        nodes += focus.get((target, value), 0)
    checks = 1 + 5 * sum(1 for _ in shapes.objects(shape, SH.property))
    if any(True for p in _NESTING for _ in shapes.objects(shape, p)):
        checks *= 12
    return nodes * checks


def _focus_count(data: Graph, target: URIRef, value: URIRef) -> int:
    if target == SH.targetClass:
        return len(set(data.subjects(RDF.type, value)))
    if target == SH.targetObjectsOf:
        return len(set(data.objects(None, value)))
    if target == SH.targetSubjectsOf:
        return len(set(data.subjects(value, None)))
    return 1  # sh:targetNode


# The graphs a forked worker validates: set in the parent just before forking, inherited.
_FORKED: tuple[Graph, Graph] | None = None


def _validate_in_parallel(
    data: Graph, shapes: Graph, shares: Sequence[list[URIRef] | None]
) -> tuple[bool, list[Violation]]:
    """The first share here, the others in forked workers; the results joined."""
    global _FORKED
    _FORKED = (data, shapes)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(len(shares) - 1) as pool:
            pending = [pool.apply_async(_validate_forked, (share,)) for share in shares[1:]]
            results = [_validate(data, shapes, shares[0])] + [p.get() for p in pending]
    finally:
        gc.unfreeze()
        _FORKED = None
    return all(conforms for conforms, _ in results), [v for _, found in results for v in found]


def _validate_forked(share: list[URIRef] | None) -> tuple[bool, list[Violation]]:
    assert _FORKED is not None, "a validation worker must be forked from validate_graph"
    return _validate(*_FORKED, share)


def _validate(data: Graph, shapes: Graph, share: Iterable[URIRef] | None) -> tuple[bool, list[Violation]]:
    """pySHACL on the whole graph, with the shapes of `share` (None: all of them)."""
    from pyshacl import validate

    use_shapes = [str(s) for s in share] if share is not None else None
    conforms, results, _ = validate(
        data, shacl_graph=shapes, inference="none", advanced=False, inplace=True, use_shapes=use_shapes
    )
    return bool(conforms), _violations(results)


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=_path(results, results.value(result, SH.resultPath)),
                message=str(message) if message else "constraint not met",
                severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return found


def _path(results: Graph, path: Node | None) -> str:
    """A result's path as text: an IRI, or the IRIs of an alternative path joined by "|"."""
    alternatives = results.value(path, SH.alternativePath) if path is not None else None
    if alternatives is not None:
        return "|".join(str(p) for p in results.items(alternatives))
    return str(path or "")
