"""Extraction quality on the bundled corpus: precision and recall per kind, and the time taken.

    .venv/bin/python benchmarks/extraction_quality.py [--corpus DIR] [--errors]

Reads the corpus (read -> segment), extracts with `guidegraph.extract.extract_corpus` when the
package has it (else the legal citations alone, with `find_citations`), and scores the result
with `guidegraph.quality` against tests/data. `--errors` lists what was missed and what was
found wrongly. Targets: legal bases P and R >= 0.95 per mention, >= 0.90 per provision.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from guidegraph.catalog import Catalog, load_catalog
from guidegraph.model import Extraction, SegmentedDocument
from guidegraph.quality import evaluate, format_report
from guidegraph.read import read_corpus
from guidegraph.resources import data_dir
from guidegraph.segment import segment


def extract(docs: Sequence[SegmentedDocument], catalog: Catalog) -> Extraction:
    """The whole extraction if the package offers it, else the legal citations alone."""
    try:
        from guidegraph.extract import extract_corpus, load_extractors
    except ImportError:
        return citations_only(docs, catalog)
    return extract_corpus(docs, load_extractors(catalog))


def citations_only(docs: Sequence[SegmentedDocument], catalog: Catalog) -> Extraction:
    """The legal citations of the corpus and its uncatalogued instruments."""
    from guidegraph.extract.legislation import find_citations

    citations, bases = [], []
    for doc in docs:
        found, uncatalogued = find_citations(doc, catalog)
        citations += found
        bases += [b for b in uncatalogued if b not in bases]
    return Extraction(legal_bases=tuple(bases), citations=tuple(citations))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: the bundled one)")
    parser.add_argument("--errors", action="store_true", help="list missed and wrongly found citations")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    docs = [segment(d) for d in read_corpus(args.corpus or data_dir("corpus"))]
    catalog = load_catalog()
    read_time = time.perf_counter() - started
    extract(docs[:1], catalog)  # compile the recognisers once, as a long build would
    started = time.perf_counter()
    extraction = extract(docs, catalog)
    extract_time = time.perf_counter() - started
    started = time.perf_counter()
    citations_only(docs, catalog)
    citations_time = time.perf_counter() - started

    report = evaluate(extraction, docs, [e.id for e in catalog.legal_bases()])
    print(format_report(report))
    passages = sum(len(d.passages) for d in docs)
    print(f"\n{len(docs)} documents, {passages} passages: read + segment {read_time:.3f} s, "
          f"extract {extract_time:.3f} s, of which legal citations {citations_time:.3f} s "
          f"({len(extraction.citations)} citations)")
    if args.errors:
        print("\nmissed:", *report.missed, sep="\n  ")
        print("\nfound wrongly:", *report.wrong, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
