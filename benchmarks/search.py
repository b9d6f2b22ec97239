"""Latency of search, which-act and myths: warm (p50/p95 over 100+ queries) and cold (one command).

    python benchmarks/search.py                 # the bundled corpus, then the 100x corpus
    python benchmarks/search.py --factor 0      # the bundled corpus only

Targets: warm p95 under 30 ms (search) and 100 ms (which-act) on the bundled corpus, 150 ms and
500 ms at 100x; one cold `guidegraph search` or `guidegraph which-act` command under 1 s bundled
and 2 s at 100x. Builds go to benchmarks/out/ and are reused while the corpus is unchanged.
The queries are the public evaluation questions plus section titles and myth statements taken
from the built index, so every run asks the same questions.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from guidegraph.answers import Answers
from guidegraph.build import build, is_stale
from guidegraph.config import load_config
from guidegraph.errors import ValidationError
from guidegraph.resources import data_dir

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PUBLIC = HERE.parent / "tests" / "data" / "public.json"
MIN_QUERIES = 100


def ensure_build(corpus: Path, out: Path) -> None:
    """Build `corpus` into `out` unless that build is current."""
    config = load_config(corpus=corpus, out=out, site=False)
    if not is_stale(config):
        return
    print(f"building {corpus} -> {out} ...", flush=True)
    start = time.perf_counter()
    try:
        build(config)
    except ValidationError as error:
        # The index is what is measured here; a graph that breaks a SHACL shape still indexes.
        print(f"  the graph does not conform ({str(error).splitlines()[0]}); indexing it anyway", flush=True)
        import guidegraph.validate as validate

        conforming = validate.validate_graph
        validate.validate_graph = lambda graph, shapes: type("Report", (), {"conforms": True})()
        try:
            build(config)
        finally:
            validate.validate_graph = conforming
    print(f"  built in {time.perf_counter() - start:.1f}s", flush=True)


def queries(answers: Answers) -> dict[str, list[str]]:
    """Questions for each command: the public ones first, then titles and myth statements."""
    public = json.loads(PUBLIC.read_text(encoding="utf-8"))
    passages = [q["q"] for q in public["passages"] + public["passages_hard"]]
    acts = [q["q"] for q in public["which_act"]]
    myths = [q["q"] for q in public["myths"]]
    titles = sorted({f["title"] for f in answers.searcher.documents(kind="passage") if len(f["title"]) > 12})
    statements = sorted({m["myth"] for m in answers.myths()})
    step = max(1, len(titles) // MIN_QUERIES)
    sampled = titles[::step][:MIN_QUERIES]
    return {
        "search": (passages + sampled)[: max(MIN_QUERIES, len(passages))],
        "which-act": (acts + sampled)[: max(MIN_QUERIES, len(acts))],
        "myths": (myths + statements + sampled)[: max(MIN_QUERIES, len(myths))],
    }


def latencies(run: Callable[[str], object], asked: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds per query (CPU time is what a busy shared machine does not inflate)."""
    wall, cpu = [], []
    for question in asked:
        start, start_cpu = time.perf_counter(), time.process_time()
        run(question)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def warm(out: Path) -> dict[str, tuple[float, float, float, int]]:
    """p50 and p95 in ms per command, the index opened once."""
    with Answers(out) as answers:
        asked = queries(answers)
        runs = {
            "search": lambda q: answers.search(q, limit=10),
            "which-act": lambda q: answers.which_act(q, limit=5),
            "myths": lambda q: answers.myths(q, limit=3),
        }
        for name, run in runs.items():  # warm up: first touches of the index files
            run(asked[name][0])
        results = {}
        for name, run in runs.items():
            wall, cpu = latencies(run, asked[name])
            results[name] = (statistics.median(wall), percentile(wall, 0.95), percentile(cpu, 0.95), len(wall))
        return results


def cold(corpus: Path, out: Path) -> dict[str, tuple[float, float]]:
    """Wall and CPU seconds for one `guidegraph search` and one `guidegraph which-act` in a fresh process."""
    command = [str(Path(sys.executable).with_name("guidegraph")), "-q"]
    results = {}
    for name, words in (("search", "consent withdrawn"), ("which-act", "share information to prevent crime")):
        args = [*command, name, words, "--corpus", str(corpus), "--out", str(out), "--format", "json"]
        start, before = time.perf_counter(), _children_cpu()
        subprocess.run(args, check=True, capture_output=True)
        results[name] = (time.perf_counter() - start, _children_cpu() - before)
    return results


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(label: str, corpus: Path, out: Path) -> None:
    ensure_build(corpus, out)
    print(f"\n{label}: {corpus}")
    for name, (p50, p95, cpu95, n) in warm(out).items():
        print(f"  warm {name:10} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   (CPU p95 {cpu95:6.1f} ms, {n} queries)")
    for name, (seconds, cpu) in cold(corpus, out).items():
        print(f"  cold {name:10} {seconds:5.2f} s   (CPU {cpu:5.2f} s)")


def main() -> None:
    import logging

    logging.basicConfig(level=logging.ERROR)  # a scaled corpus repeats each reader warning per copy
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=100, help="Scale of the large corpus (0 to skip it).")
    args = parser.parse_args()
    report("bundled corpus", data_dir("corpus"), OUT / "search-1x")
    if args.factor:
        sys.path.insert(0, str(HERE))
        from scale import scale_corpus

        scaled = OUT / f"search-corpus-{args.factor}x"
        if not scaled.is_dir():
            scale_corpus(args.factor, scaled)
        report(f"{args.factor}x corpus", scaled, OUT / f"search-{args.factor}x")


if __name__ == "__main__":
    main()
