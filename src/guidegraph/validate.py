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

Incremental (`validate_changes`): a build after one document changed checks again only the nodes
whose results could have changed since the last build whose graph conformed, whose chunks
(`chunks.py`) it remembers, and finds the same violations a full validation would. With the
shapes guidegraph writes, a node's results depend on its own triples, the triples pointing to it
with a sh:targetObjectsOf predicate (they make it a focus node), the types of the nodes it points
to (sh:class) and the rdfs:subClassOf hierarchy. So the nodes checked again are the subjects of
the chunks that changed or went, what those point to, and what points to them; they are
validated, against all the shapes, in a small graph holding just what their results depend on
(the partitions rejected above were whole documents, and transitively closed; this graph is the
changed nodes and one step around them, a few thousand triples). Shapes that reach further (a
nested sh:node, an inverse or sequence path, SPARQL), a changed class hierarchy, other shapes or
code, many changes, or no remembered build: a full validation, as before.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from guidegraph.cache_files import installed_version
from guidegraph.chunks import Chunk, EntryFolder
from guidegraph.forking import can_fork, worker_start

log = logging.getLogger(__name__)
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
    if not can_fork():
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
        with multiprocessing.get_context("fork").Pool(len(shares) - 1, initializer=worker_start) as pool:
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


# ---------------------------------------------------------------------------------------------
# Incremental validation

# Above this share of chunks changed (or of nodes to check again), a full validation is cheaper.
FULL_FROM = 0.25
_STATE = "last-conforming"
# Parameters whose check looks at the focus node's own triples or its values alone, or at the
# types of its values (sh:class), the rdfs:subClassOf hierarchy aside.
_LOCAL = {SH[name] for name in (
    "class", "datatype", "nodeKind", "in", "minLength", "maxLength", "pattern", "flags", "minInclusive",
    "maxInclusive", "minExclusive", "maxExclusive", "hasValue", "languageIn", "message", "name",
    "description", "severity", "deactivated", "order", "group")} | {RDF.type, RDFS.label, RDFS.comment}
# What else a shape may use: targets, simple paths, counts, comparisons of the focus node's own
# values, property shapes, and sh:or and the like of shapes that use only `_LOCAL`.
_SHAPE = _LOCAL | set(_TARGETS) | set(_NESTING[:4]) | {SH[name] for name in (
    "path", "property", "minCount", "maxCount", "lessThan", "lessThanOrEquals", "equals", "disjoint",
    "uniqueLang")} | {RDF.first, RDF.rest, SH.alternativePath}


def validate_changes(data: Graph, shapes: Graph, chunks: Sequence[Chunk], folder: Path, salt: str,
                     reuse: bool = True) -> ValidationReport:
    """Validate `data`, checking only what changed since the last build that conformed, when that
    gives the same report as a full validation (`validate_graph`), which runs otherwise.

    `chunks` are the graph's (`chunk_graph`); `folder` keeps the last conforming build's chunks;
    `salt` hashes what else results depend on (the ontology and shapes); `reuse=False` (--clean)
    validates everything, and remembers this build all the same.
    """
    from guidegraph.store import paused_gc

    # The graph just built goes into the oldest generation without a collection walking its millions
    # of objects (as the parallel validation does), and none runs while the changes are looked at.
    gc.freeze()
    gc.unfreeze()
    store = EntryFolder(folder, ".pickle")
    with paused_gc():
        salt = _state_salt(data, salt)
        previous = store.load(_STATE) if reuse else None
        usable = _usable(previous, salt)
        focus = _focus(data, shapes, chunks, previous["chunks"]) if usable else None
        if focus is not None:
            log.info("validating %d nodes that changed, or whose neighbours did, since the last build", len(focus))
            data.bind("sh", SH, override=False)  # as validate_graph does: the written graph must not depend on it
            report = _validate_focus(data, shapes, focus)
        del previous
    if focus is None:
        log.info("validating the whole graph (%s)", "changed much" if usable else "no earlier build to compare with")
        report = validate_graph(data, shapes)
    # Only a graph that conforms is remembered: the next build's changes are counted from it.
    if isinstance(report, ValidationReport) and report.conforms and not (usable and focus == set()):
        with paused_gc():
            state = {"salt": salt, "chunks": {c.digest: tuple(map(_name, c.subjects)) for c in chunks}}
            store.save(_STATE, state)
        store.prune([_STATE])
    return report


def _name(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _state_salt(data: Graph, salt: str) -> str:
    """What the remembered results depend on besides the chunks: code, shapes, the class hierarchy."""
    digest = hashlib.blake2b(f"{salt}\0{installed_version('pyshacl')}\0".encode(), digest_size=20)
    for module in ("validate.py", "chunks.py"):
        digest.update((Path(__file__).parent / module).read_bytes())
    for sub, sup in sorted((str(s), str(o)) for s, o in data.subject_objects(RDFS.subClassOf)):
        digest.update(f"{sub}\0{sup}\0".encode())
    return digest.hexdigest()



def _usable(previous: object, salt: str) -> bool:
    return isinstance(previous, dict) and previous.get("salt") == salt and isinstance(previous.get("chunks"), dict)


def _focus(data: Graph, shapes: Graph, chunks: Sequence[Chunk], known: dict[str, tuple[str, ...]]) -> set[Node] | None:
    """The nodes whose results may differ from the remembered build's; None when a full validation
    is needed (shapes that reach further than `_SHAPE` allows, blank nodes, too many changes)."""
    current = {chunk.digest for chunk in chunks}
    changed = [chunk for chunk in chunks if chunk.digest not in known]
    gone = [known[digest] for digest in known if digest not in current]
    if len(changed) + len(gone) > FULL_FROM * max(len(chunks), 1) or not _local_shapes(shapes):
        return None
    described = [s for chunk in changed for s in chunk.subjects]
    removed = [name for names in gone for name in names]
    if any(isinstance(s, BNode) for s in described) or any(name.startswith("_:") for name in removed):
        return None  # a blank node is not the same node in two builds
    touched: set[Node] = set(described) | {URIRef(name) for name in removed}
    focus = set(touched)
    for subject in described:  # what they point to: it may have become a target (sh:targetObjectsOf)
        focus.update(o for o in data.objects(subject, None) if not isinstance(o, Literal))
    for node in touched:  # what points to them: its sh:class checks see their types
        focus.update(data.subjects(None, node))
    if len(focus) > FULL_FROM * sum(len(chunk.subjects) for chunk in chunks):
        return None
    return focus


def _local_shapes(shapes: Graph) -> bool:
    """True when every shape's results depend only on what `_validate_focus` puts in its graph."""
    # rdfs:subClassOf: pySHACL adds a few (owl:Class to rdfs:Class) to the shapes graph it validates with
    if any(p not in _SHAPE for p in set(shapes.predicates()) - {RDFS.subClassOf}):
        return False
    for path in shapes.objects(None, SH.path):
        alternatives = shapes.value(path, SH.alternativePath) if isinstance(path, BNode) else None
        if not isinstance(path, URIRef) and not (
                alternatives is not None and all(isinstance(p, URIRef) for p in shapes.items(alternatives))):
            return False  # a sequence or inverse path reaches other nodes' triples
    nested = [s for p in _NESTING[:3] for items in shapes.objects(None, p) for s in shapes.items(items)]
    nested += list(shapes.objects(None, SH["not"]))
    return all(p in _LOCAL for shape in nested for p in shapes.predicates(shape, None))


def _validate_focus(data: Graph, shapes: Graph, focus: set[Node]) -> ValidationReport:
    """The results of the `focus` nodes, validated in a graph of just what they depend on."""
    from guidegraph.store import new_graph

    if not focus:
        return ValidationReport(True, ())
    part = new_graph()
    triples: list[tuple[Node, Node, Node]] = []
    pointed_to: set[Node] = set()
    for node in focus:
        for p, o in data.predicate_objects(node):
            triples.append((node, p, o))
            if not isinstance(o, Literal):
                pointed_to.add(o)
    for node in pointed_to - focus:
        triples.extend((node, RDF.type, t) for t in data.objects(node, RDF.type))
    for predicate in set(shapes.objects(None, SH.targetObjectsOf)):
        triples.extend((s, predicate, node) for node in focus for s in data.subjects(predicate, node))
    triples.extend(data.triples((None, RDFS.subClassOf, None)))
    part.store.addN((s, p, o, part) for s, p, o in triples)
    conforms, violations = _validate(part, shapes, None)
    names = {str(node) for node in focus}
    found = sorted((v for v in violations if v.focus in names), key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(not found, tuple(found))
