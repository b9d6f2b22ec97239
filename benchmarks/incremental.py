"""Clean build against rebuild after one document changed, on the bundled and the scaled corpus.

    .venv/bin/python benchmarks/incremental.py [--factor 100] [--corpus bundled|scaled|both] [--no-site]

For each corpus (written to a temporary folder, so the bundled one is never touched): a clean
build (`--clean`: every document read and extracted), then one paragraph appended to one
document and a build that finds the others in the cache. Each build runs in a fresh interpreter
through the library, as `guidegraph build` runs it; printed are wall-clock seconds with the time
of each stage, and peak resident memory of the build process (and of its largest worker, when
extraction forked some). Imports are not timed. The scaled corpus is made by benchmarks/scale.py.

Target: the rebuild of the 100x corpus under 10% of its clean build; peak memory under 2 GB.
`--allow-invalid` writes the outputs even when validation finds violations (validation still
runs and is timed), for measuring a corpus that does not validate.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 0.10
EDIT = "\nPractitioners should record each decision to share information, and the reasons for it.\n"


def measure_one(corpus: Path, out: Path, clean: bool, site: bool, allow_invalid: bool = False) -> dict:
    """In the child: one build, timed; its result as a JSON-able dict."""
    import pyshacl  # noqa: F401  (imported lazily by the build; import time is not build time)
    import rdflib  # noqa: F401

    from guidegraph.build import build
    from guidegraph.config import load_config

    if allow_invalid:
        _let_invalid_graphs_through()
    reused = _count_reused()
    started = time.perf_counter()
    result = build(load_config(corpus=corpus, out=out, clean=clean, site=site))
    return {
        "seconds": time.perf_counter() - started,
        "timings": result.timings,
        "documents": result.documents,
        "from_cache": reused[0] if reused else None,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _count_reused() -> list[int]:
    """A list that will hold how many documents the build took from its cache (from its log)."""
    import logging

    found: list[int] = []

    class Reused(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.msg.startswith("reused %d of %d documents"):
                found.append(record.args[0])  # type: ignore[index]

    cache_log = logging.getLogger("guidegraph.cache")
    cache_log.setLevel(logging.INFO)
    cache_log.addHandler(Reused())
    return found


def _let_invalid_graphs_through() -> None:
    """Validate as the build does (and take as long), but write the outputs whatever it finds."""
    from dataclasses import dataclass

    import guidegraph.validate

    real = guidegraph.validate.validate_graph

    @dataclass
    class Passed:
        report: object
        conforms: bool = True

        def summary(self) -> str:
            return self.report.summary()  # type: ignore[attr-defined]

    def validate_anyway(graph: object, shapes: object) -> object:
        report = real(graph, shapes)
        if not report.conforms:
            print(f"benchmark: writing despite validation: {report.summary()}", file=sys.stderr)
        return Passed(report)

    guidegraph.validate.validate_graph = validate_anyway


def run_build(corpus: Path, out: Path, clean: bool, site: bool, allow_invalid: bool = False) -> dict:
    """One build in a fresh interpreter."""
    args = [sys.executable, __file__, "--one", str(corpus), str(out)]
    args += ["--clean"] * clean + ["--no-site"] * (not site) + ["--allow-invalid"] * allow_invalid
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stderr[-3000:]}")
    for line in done.stderr.splitlines():
        if line.startswith("benchmark: "):
            print(line, file=sys.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def touch_one(corpus: Path) -> Path:
    """Append a paragraph to the middle document of the corpus; returns its path."""
    documents = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    document = documents[len(documents) // 2]
    with open(document, "a", encoding="utf-8") as handle:
        handle.write(EDIT)
    return document


def compare(name: str, make_corpus: Callable[[Path], object], site: bool, allow_invalid: bool) -> dict:
    """Clean build, edit one document, rebuild; both measurements."""
    with tempfile.TemporaryDirectory(prefix="guidegraph-incremental-") as work:
        corpus, out = Path(work) / "corpus", Path(work) / "build"
        make_corpus(corpus)
        clean = run_build(corpus, out, True, site, allow_invalid)
        touched = touch_one(corpus)
        rebuild = run_build(corpus, out, False, site, allow_invalid)
    return {"corpus": name, "touched": touched.name, "clean": clean, "rebuild": rebuild}


def report(row: dict) -> None:
    clean, rebuild = row["clean"], row["rebuild"]
    ratio = rebuild["seconds"] / clean["seconds"]
    print(f"{row['corpus']}: {clean['documents']} documents; changed {row['touched']}; "
          f"the rebuild took {rebuild['from_cache']} from the cache")
    for label, run in (("clean build", clean), ("rebuild", rebuild)):
        stages = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in run["timings"].items())
        workers = f", largest worker {run['worker_peak_mb']:.0f} MB" if run["worker_peak_mb"] > 1 else ""
        print(f"  {label:12} {run['seconds']:7.1f} s  peak {run['peak_mb']:5.0f} MB{workers}   ({stages})")
    verdict = "meets" if ratio < TARGET_RATIO else "misses"
    print(f"  rebuild / clean = {ratio:.1%} ({verdict} the {TARGET_RATIO:.0%} target)")
    slowest = max(rebuild["timings"], key=rebuild["timings"].get)
    print(f"  the rebuild's slowest stage: {slowest} ({rebuild['timings'][slowest]:.1f} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=100, help="Copies of each document in the scaled corpus.")
    parser.add_argument("--corpus", choices=["bundled", "scaled", "both"], default="both")
    parser.add_argument("--no-site", action="store_true", help="Build without the static site.")
    parser.add_argument("--json", action="store_true", help="Print the measurements as JSON too.")
    parser.add_argument("--allow-invalid", action="store_true",
                        help="Write the outputs even when validation finds violations (it still runs and is timed).")
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--clean", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(*args.one, args.clean, not args.no_site, args.allow_invalid)))
        return 0
    from guidegraph.resources import data_dir

    sys.path.insert(0, str(HERE))
    from scale import scale_corpus

    rows = []
    if args.corpus in ("bundled", "both"):
        bundled = compare("bundled", lambda target: shutil.copytree(data_dir("corpus"), target), not args.no_site,
                          args.allow_invalid)
        rows.append(bundled)
    if args.corpus in ("scaled", "both"):
        scaled = compare(f"{args.factor}x", lambda target: scale_corpus(args.factor, target), not args.no_site,
                         args.allow_invalid)
        rows.append(scaled)
    for row in rows:
        report(row)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
