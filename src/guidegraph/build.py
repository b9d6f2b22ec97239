"""The build: read → segment → extract → graph → validate, then write everything at once.

Gather, then write: every stage runs in memory; the output is written into a new directory
beside the old one and swapped in only when everything succeeded, so a failed or killed build
leaves the previous output complete.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from guidegraph import __version__
from guidegraph.config import Config
from guidegraph.errors import BuildError, ValidationError
from guidegraph.output import staged_output

if TYPE_CHECKING:
    from rdflib import Graph

    from guidegraph.cache import DocumentCache
    from guidegraph.chunks import Chunk

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
Reporter = Callable[[str], None]


@dataclass
class Timings:
    """Seconds spent per stage, in the order the stages ran (hash, validate, write and index beside the site)."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str, report: Reporter | None = None) -> Iterator[None]:
        if report:
            report(name)
        start = time.perf_counter()
        yield
        self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the summary line and for scripts."""

    out: Path
    documents: int
    passages: int
    triples: int
    seconds: float
    timings: dict[str, float]
    warnings: tuple[str, ...]


def corpus_fingerprint(corpus: Path) -> str:
    """A hash of the name and bytes of every file the build reads: the documents of the corpus folder
    and its subfolders, and their sidecars (not a hidden folder, nor a build output kept inside the
    corpus, which must not make every build stale)."""
    from guidegraph.read import corpus_inputs, corpus_name

    digest = hashlib.blake2b(digest_size=16)
    try:
        paths = corpus_inputs(corpus)
    except OSError as error:  # no corpus folder, or one that cannot be listed: the build says so
        digest.update(f"\0unlisted {error.errno}\0".encode())
        return digest.hexdigest()
    for path in paths:
        digest.update(corpus_name(path, corpus).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError as error:  # the build says what is wrong with it
            digest.update(f"\0unreadable {error.errno}\0".encode())
    return digest.hexdigest()


def code_fingerprint(config: Config) -> str:
    """A hash of the code, ontology and templates a build used: new code means a stale build."""
    digest = hashlib.blake2b(digest_size=16)
    package = Path(__file__).resolve().parent
    for root, pattern in ((package, "*.py"), (config.ontology, "*"), (config.templates, "*")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build(config: Config, report: Reporter | None = None) -> BuildResult:
    """Build the graph (and the outputs derived from it) from `config.corpus` into `config.out`."""
    from guidegraph.store import paused_gc

    # A build makes millions of objects that live until it ends (cached documents, the graph, the
    # site's contexts) and next to no cyclic garbage: the collector's full passes would walk them
    # all, again and again (a tenth of a rebuild's time on the 100x corpus), to free nothing.
    with paused_gc():
        return _build(config, report)


def _build(config: Config, report: Reporter | None) -> BuildResult:
    from guidegraph.cache import DocumentCache, cache_salt, document_cache_dir
    from guidegraph.catalog import load_catalog, load_ontology
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.read import corpus_name, read_corpus

    started = time.perf_counter()
    timings = Timings()
    cache = DocumentCache(document_cache_dir(config.out), cache_salt(config.ontology), use=not config.clean)
    with timings.stage("read", report):
        documents = read_corpus(config.corpus, cache.read_document)
        warnings = tuple(w for d in documents for w in d.warnings)
        fingerprint = corpus_fingerprint(config.corpus)
    _check_warnings(warnings, config.strict)
    with timings.stage("segment", report):
        segmented = [cache.segment(d) for d in documents]
    with timings.stage("extract", report):
        catalog = load_catalog(config.ontology)
        extractors = load_extractors(catalog, config.ontology)
        per_document = cache.extract(segmented, extractors)
        extraction = extract_corpus(segmented, extractors, per_document)
        cache.save(segmented, per_document)
    with timings.stage("graph", report):
        graph = build_graph(segmented, extraction, catalog, load_ontology(config.ontology))
    with staged_output(config.out) as staging:
        _write_outputs(graph, cache, staging, config, timings, report)
        manifest = {
            "guidegraph": __version__,
            "corpus": str(config.corpus),
            "corpus_fingerprint": fingerprint,
            "code_fingerprint": code_fingerprint(config),
            "documents": [
                {"slug": d.meta.slug, "title": d.meta.title, "file": corpus_name(d.meta.path, config.corpus),
                 "passages": len(d.passages)}
                for d in segmented
            ],
            "triples": len(graph),
            "warnings": list(warnings),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return BuildResult(
        out=config.out,
        documents=len(segmented),
        passages=sum(len(d.passages) for d in segmented),
        triples=len(graph),
        seconds=time.perf_counter() - started,  # the index and site stages overlap
        timings=dict(timings.stages),
        warnings=warnings,
    )


def _chunked(graph: Graph, cache: DocumentCache, config: Config) -> list[Chunk]:
    """The graph's chunks, each hashed but those of documents an earlier build hashed in the same
    bytes (`chunks.DocumentDigests`), whose digests are kept for the next build."""
    from guidegraph.chunks import DocumentDigests, chunk_graph, digests_salt, graph_cache_dir

    digests = DocumentDigests(graph_cache_dir(config.out) / "digests", digests_salt(cache.salt), use=not config.clean)
    chunks = chunk_graph(graph, digests.known(cache.sources))
    digests.save(chunks, cache.sources)
    return chunks


def _check_warnings(warnings: tuple[str, ...], strict: bool) -> None:
    for warning in warnings:
        log.warning(warning)
    if strict and warnings:
        raise BuildError(f"--strict: {len(warnings)} warning(s) while reading the corpus; the first: {warnings[0]}")


def _write_outputs(graph: Graph, cache: DocumentCache, staging: Path, config: Config, timings: Timings,
                   report: Reporter | None) -> None:
    """Entity records for `list`; the graph, validated, in its files; the search index and ranking
    data queries read (never graph.ttl); and the site, which shows the records too.

    What changed since earlier builds (`hash`), validation, the graph files, records.json and the
    index are written by a process forked from this one while this one writes the site: all only
    read the graph and the records, and they write apart, so on two cores they take the time of
    the longer. A graph that does not conform fails the build (its ValidationError raised here
    once the site is done), and nothing of it is published.
    """
    from guidegraph.forking import beside  # the collector is paused for the whole build (`build`)

    with timings.stage("records", report):
        records = _entity_records(graph)

    def checked_and_indexed(report: Reporter | None = None) -> dict[str, float]:
        done = Timings()
        with done.stage("hash", report):  # what changed since earlier builds, for validate, write and the index
            chunks = _chunked(graph, cache, config)
        with done.stage("validate", report):
            _validate(graph, chunks, config, cache.salt)
        with done.stage("write", report):
            _write_graph_files(graph, chunks, staging, config)
            _write_records(records, staging)
        with done.stage("index", report):
            _write_index(graph, chunks, records, staging, config)
        return done.stages

    if not config.site:
        timings.stages.update(checked_and_indexed(report))
        return

    def site() -> None:
        with timings.stage("site", report):
            _write_site(graph, records, staging, config)

    if report:
        report("hash, validate, write and index")  # told here: the forked process does not report
    beside_stages, _ = beside(checked_and_indexed, site)
    site_seconds = timings.stages.pop("site")
    timings.stages.update(beside_stages)  # listed before the site, which they run beside
    timings.stages["site"] = site_seconds
    _link_graph_files(staging)


def _validate(graph: Graph, chunks: list[Chunk], config: Config, salt: str) -> None:
    """Raise ValidationError when the graph does not conform to the shapes (only the chunks that
    changed since the last conforming build are checked again, unless `config.clean`)."""
    from guidegraph.catalog import load_shapes
    from guidegraph.chunks import graph_cache_dir
    from guidegraph.validate import validate_changes

    validation = validate_changes(graph, load_shapes(config.ontology), chunks,
                                  graph_cache_dir(config.out) / "validate", salt, reuse=not config.clean)
    if not validation.conforms:
        raise ValidationError(validation.summary())


def _write_graph_files(graph: Graph, chunks: list[Chunk], staging: Path, config: Config) -> None:
    """graph.ttl and graph.jsonld, the chunks an earlier build wrote in the same bytes taken from the cache."""
    from guidegraph.chunks import EntryFolder, graph_cache_dir
    from guidegraph.export import write_all
    from guidegraph.output import start_writeback
    from guidegraph.site import GRAPH_FILES

    write_all(graph, staging, chunks=chunks, reuse=not config.clean,
              cache=EntryFolder(graph_cache_dir(config.out) / "write", ".chunk"))
    start_writeback([staging / name for name in GRAPH_FILES])  # most of the build's bytes: on their way to disk


def _link_graph_files(staging: Path) -> None:
    """The graph files beside the site's pages, for download: the files written for the build."""
    from guidegraph.site import GRAPH_FILES, link_or_copy

    for name in GRAPH_FILES:
        link_or_copy(staging / name, staging / "site" / name)


def _entity_records(graph: Graph) -> dict[str, list[dict]]:
    """Every entity's record, as `list` prints them, by kind: for records.json, the index and the site."""
    from guidegraph.listing import KINDS, GraphView

    view = GraphView(graph)
    return {kind: view.records(kind) for kind in KINDS}


def _write_records(records: dict[str, list[dict]], staging: Path) -> None:
    """records.json, which `list` reads."""
    from guidegraph.pipeline import RECORDS_FILE

    (staging / RECORDS_FILE).write_text(json.dumps(records, sort_keys=True, ensure_ascii=False), encoding="utf-8")


def _write_index(graph: Graph, chunks: list[Chunk], records: dict[str, list[dict]], staging: Path,
                 config: Config) -> None:
    """The search index and ranking data. Index segments an earlier build wrote for the same
    documents, and the passages' index documents of unchanged corpus documents (by their `chunks`),
    are taken from the caches (unless `config.clean`), and this build's are kept there."""
    from guidegraph.catalog import load_catalog
    from guidegraph.extract.implied import load_implied
    from guidegraph.index import INDEX_DIR, write_index
    from guidegraph.passage_cache import PassageCache, passage_cache_dir
    from guidegraph.rank import write_rank_data
    from guidegraph.segment_cache import SegmentCache, index_cache_dir

    cache = SegmentCache(index_cache_dir(config.out), use=not config.clean)
    passages = PassageCache(passage_cache_dir(config.out), chunks, use=not config.clean)
    write_index(graph, records, staging / INDEX_DIR, cache, passages)
    log.info("index: reused %d segments from %s", cache.reused, cache.folder)
    write_rank_data(records, staging / INDEX_DIR, load_implied(config.ontology), load_catalog(config.ontology))


def _write_site(graph: Graph, records: dict[str, list[dict]], staging: Path, config: Config) -> None:
    """The static site in `site/`, from the graph and its records, but for the graph files (written
    beside it, and linked in once written). Pages whose inputs an earlier build had are taken from
    the page cache (unless `config.clean`), and this build's are kept there."""
    from guidegraph.site import write_site
    from guidegraph.site.page_cache import PageCache, page_cache_dir

    kept = PageCache(page_cache_dir(config.out), config.templates, use=not config.clean)
    result = write_site(graph, staging / "site", config.templates, records=records, kept=kept,
                        graph_files=False)  # linked once written (`_link_graph_files`)
    log.info("site: %d pages, %d bytes of search data", result.page_count, sum(result.search_bytes.values()))


def read_manifest(out: Path) -> dict | None:
    """The manifest of the build in `out`, or None when there is no complete build there."""
    try:
        return json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_stale(config: Config) -> bool:
    """True when `config.out` holds no build, or one made from other corpus contents or another version."""
    manifest = read_manifest(config.out)
    if manifest is None or manifest.get("guidegraph") != __version__:
        return True
    return manifest.get("corpus_fingerprint") != corpus_fingerprint(config.corpus) or manifest.get(
        "code_fingerprint"
    ) != code_fingerprint(config)


def ensure_built(config: Config, report: Reporter | None = None) -> None:
    """Build first when the output is missing or older than the corpus."""
    if not config.rebuild_when_stale and read_manifest(config.out) is not None:
        if report:
            report(f"{config.out} was built from {config.corpus}, which is gone: reading the build as it stands")
        return
    if is_stale(config):
        if report:
            report("the build is missing or out of date: building first")
        build(config, report)
    if read_manifest(config.out) is None:
        raise BuildError(f"{config.out}: no build output after building")
