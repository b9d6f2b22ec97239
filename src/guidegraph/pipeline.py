"""The library side of the commands that read a build: build it first when stale, then answer."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guidegraph.build import ensure_built
from guidegraph.config import Config
from guidegraph.errors import ConfigError, GuidegraphError

Reporter = Callable[[str], None]
RECORDS_FILE = "records.json"
# A SPARQL update (after any PREFIX/BASE lines), which a read-only query over the build cannot run.
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX\s+\S*\s*|BASE\s*)<[^>]*>\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def validate_corpus(config: Config) -> Any:
    """Read, extract and graph the corpus in memory, and validate it; writes nothing."""
    from guidegraph.catalog import load_catalog, load_ontology, load_shapes
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.read import read_corpus
    from guidegraph.segment import segment
    from guidegraph.validate import validate_graph

    docs = [segment(d) for d in read_corpus(config.corpus)]
    catalog = load_catalog(config.ontology)
    extraction = extract_corpus(docs, load_extractors(catalog, config.ontology))
    graph = build_graph(docs, extraction, catalog, load_ontology(config.ontology))
    return validate_graph(graph, load_shapes(config.ontology))


def list_records(config: Config, kind: str, document: str | None = None,
                 report: Reporter | None = None) -> list[dict[str, Any]]:
    """The records of `kind` from the build (built first if needed), optionally for one document.

    Reads only `records.json`: listing needs neither rdflib nor the graph.
    """
    ensure_built(config, report)
    every_kind = load_records(config.out)  # one read: a build swapped in between cannot mix two
    if kind not in every_kind:
        raise ConfigError(f"unknown kind '{kind}': choose one of {', '.join(every_kind)}")
    records = every_kind[kind]
    if document is not None:
        known = {r["id"] for r in every_kind["documents"]}
        if document not in known:
            raise ConfigError(f"no document with slug '{document}' (known: {', '.join(sorted(known))})")
        records = [r for r in records if mentions_document(r, document)]
    return records


def mentions_document(record: dict[str, Any], slug: str) -> bool:
    """True when a record belongs to or is cited in document `slug` (for --document filters)."""
    if slug in (record.get("document"), record.get("id")) or slug in record.get("documents", ()):
        return True
    passages = record.get("passages")
    evidence = [*record.get("cited_in", []), *(passages if isinstance(passages, list) else [])]
    return any(row["document"] == slug for row in evidence)


def load_records(out: Path) -> dict[str, list[dict[str, Any]]]:
    """The entity records a build wrote beside its graph."""
    try:
        return json.loads((out / RECORDS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GuidegraphError(f"{out / RECORDS_FILE}: cannot read the build's records ({error}); rebuild") from None


def load_built_graph(config: Config, report: Reporter | None = None) -> Any:
    """The built graph, read back from `graph.ttl` (built first if needed)."""
    from guidegraph.export import load_graph

    ensure_built(config, report)
    return load_graph(config.graph_file)


def run_sparql(config: Config, query: str, report: Reporter | None = None) -> tuple[list[str], list[list[str | None]]]:
    """Run a SPARQL SELECT/ASK/CONSTRUCT/DESCRIBE query; rows of strings for printing."""
    if not query.strip():
        raise ConfigError("empty SPARQL query: give a SELECT, ASK, CONSTRUCT or DESCRIBE query (or @FILE)")
    graph = load_built_graph(config, report)
    try:
        result = graph.query(query)
    except Exception as error:  # rdflib/oxigraph raise many types for a bad query
        hint = "; the graph is read-only: use SELECT, ASK, CONSTRUCT or DESCRIBE" if _UPDATE.search(query) else ""
        raise ConfigError(f"SPARQL query failed: {error}{hint}") from None
    if result.type == "ASK":
        return ["ask"], [[str(bool(result.askAnswer)).lower()]]
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        return ["s", "p", "o"], [[str(s), str(p), str(o)] for s, p, o in result.graph]
    header = [str(v) for v in result.vars]
    return header, [[None if value is None else str(value) for value in row] for row in result]


def export_graph(config: Config, fmt: str, output: Path | None, report: Reporter | None = None) -> bytes | None:
    """The built graph in `fmt`, written to `output` or returned."""
    from guidegraph.export import FILE_NAMES

    if fmt not in FILE_NAMES:
        raise ConfigError(f"unknown export format '{fmt}'")
    ensure_built(config, report)
    built = config.out / FILE_NAMES[fmt]
    if built.exists():
        data = built.read_bytes()
    else:
        from guidegraph.export import load_graph, serialize

        data = serialize(load_graph(config.graph_file), fmt) or b""
    if output is None:
        return data
    try:
        output.write_bytes(data)
    except OSError as error:
        raise ConfigError(f"{output}: cannot write the export ({error.strerror or error}): "
                          "give a file in a folder you can write to") from None
    return None
