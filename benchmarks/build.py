"""Time and peak memory of each build stage, for the bundled corpus and a scaled copy of it.

    .venv/bin/python benchmarks/build.py [--factor 100] [--corpus bundled|scaled|both] [--json]

The stages run in-process as `guidegraph.build.build` runs them (read, segment, extract, graph,
validate, write; no document cache), each corpus in a fresh interpreter so one corpus's caches
and memory do not flatter the other's. The scaled corpus is made by `benchmarks/scale.py` into
benchmarks/out/ (git-ignored) the first time. Interpreter start-up and imports are not timed.

Columns: wall-clock seconds; CPU seconds of the build and of its worker processes (what a stage
costs whatever else the machine runs, and how well two cores were used); the build process's
peak resident memory during the stage (Linux resets the high-water mark per stage through
/proc/self/clear_refs); and, when the stage used worker processes, the peak memory of all the
build's processes together, as proportional set size sampled from /proc every 0.2 s (forked
workers share the build's pages until they write to them, so adding up resident sizes would
count those pages twice). tracemalloc would slow the stages several times and miss memory that
C extensions allocate.

Targets (2 cores): the bundled corpus's graph stages (read, graph, validate, write) under 2 s and
its extraction under 1 s; the 100x corpus under 90 s and 3 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
GRAPH_STAGES = ("read", "graph", "validate", "write")
SAMPLE_EVERY = 0.2  # seconds
_PROC = Path("/proc")


# ---------------------------------------------------------------------------------------------
# In the measuring subprocess


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux); False when the platform cannot."""
    try:
        (_PROC / "self" / "clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    """Peak RSS since the last reset, in MB (ru_maxrss, the peak since start, where /proc is absent)."""
    try:
        for line in (_PROC / "self" / "status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds of this process, and of its finished children (the workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


def measure(corpus: Path) -> dict:
    """Run the build's stages on `corpus`, timing each; the result as a JSON-able dict."""
    import pyshacl  # noqa: F401  (imported lazily by the build; its import time is not the stage's)

    from guidegraph.catalog import load_catalog, load_ontology, load_shapes
    from guidegraph.export import write_all
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.read import read_corpus
    from guidegraph.segment import segment
    from guidegraph.validate import validate_graph

    stages: list[dict] = []
    resettable = _reset_peak()

    def stage(name: str, run: Callable[[], object]) -> object:
        _reset_peak()
        own, workers = _cpu_seconds()
        began, start = time.time(), time.perf_counter()
        value = run()
        seconds = time.perf_counter() - start
        own_after, workers_after = _cpu_seconds()
        stages.append({"stage": name, "seconds": seconds, "cpu": own_after - own,
                       "workers_cpu": workers_after - workers, "peak_mb": _peak_mb(),
                       "began": began, "ended": time.time()})
        return value

    documents = stage("read", lambda: read_corpus(corpus))
    segmented = stage("segment", lambda: [segment(d) for d in documents])

    def extract():
        catalog = load_catalog()
        return catalog, extract_corpus(segmented, load_extractors(catalog))

    catalog, extraction = stage("extract", extract)
    graph = stage("graph", lambda: build_graph(segmented, extraction, catalog, load_ontology()))
    report = stage("validate", lambda: validate_graph(graph, load_shapes()))
    # A build stops here when the graph does not conform; the benchmark goes on to time the
    # write, and says so.
    with tempfile.TemporaryDirectory() as directory:
        stage("write", lambda: write_all(graph, Path(directory)))
    return {
        "corpus": str(corpus),
        "documents": len(segmented),
        "passages": sum(len(d.passages) for d in segmented),
        "triples": len(graph),
        "stages": stages,
        "per_stage_peak": resettable,
        "violations": len(report.violations),
        "report": "" if report.conforms else report.summary(limit=5),
    }


# ---------------------------------------------------------------------------------------------
# In the parent: one subprocess per corpus, its memory sampled, then the table


def _children(pid: int) -> list[int]:
    found = []
    for stat in _PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _pss_mb(pids: list[int]) -> float:
    """The proportional set size of these processes together, in MB (0 where /proc lacks it)."""
    total = 0
    for pid in pids:
        try:
            for line in (_PROC / str(pid) / "smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total / 1024


def run_in_subprocess(corpus: Path) -> dict:
    """`measure(corpus)` in a fresh interpreter, with the memory of it and its workers sampled."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:  # pipes could fill up
        process = subprocess.Popen([sys.executable, __file__, "--measure", str(corpus)], stdout=out, stderr=err)
        samples: list[tuple[float, float, int]] = []  # time, MB, processes
        while process.poll() is None:
            pids = [process.pid, *_children(process.pid)]
            samples.append((time.time(), _pss_mb(pids), len(pids)))
            time.sleep(SAMPLE_EVERY)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise SystemExit(f"measuring {corpus} failed:\n{stderr}{stdout}")
    result = json.loads(stdout.strip().splitlines()[-1])
    for s in result["stages"]:
        during = [(mb, n) for t, mb, n in samples if s["began"] <= t <= s["ended"]]
        s["all_processes_mb"] = max((mb for mb, n in during if n > 1), default=None)
    return result


def scaled_corpus(factor: int) -> Path:
    """benchmarks/out/corpus-<factor>x, made by benchmarks/scale.py when missing."""
    target = OUT / f"corpus-{factor}x"
    if not target.is_dir():
        sys.path.insert(0, str(HERE))
        from scale import scale_corpus

        scale_corpus(factor, target)
    return target


def table(name: str, result: dict) -> str:
    """One corpus's measurements as an aligned text table."""
    rows = [f"{name}: {result['documents']} documents, {result['passages']} passages, {result['triples']} triples",
            f"  {'stage':<10} {'seconds':>8} {'CPU s':>8} {'workers':>8} {'peak MB':>8} {'all MB':>8}"]
    for s in result["stages"]:
        workers = f"{s['workers_cpu']:8.2f}" if s["workers_cpu"] else " " * 8
        together = f"{s['all_processes_mb']:8.0f}" if s.get("all_processes_mb") else " " * 8
        rows.append(f"  {s['stage']:<10} {s['seconds']:8.2f} {s['cpu']:8.2f} {workers} {s['peak_mb']:8.0f} {together}")
    seconds = {s["stage"]: s["seconds"] for s in result["stages"]}
    cpu = sum(s["cpu"] + s["workers_cpu"] for s in result["stages"])
    peak = max(max(s["peak_mb"], s.get("all_processes_mb") or 0) for s in result["stages"])
    rows.append(f"  {'total':<10} {sum(seconds.values()):8.2f} {cpu:8.2f} {'':8} {peak:8.0f}  (CPU: build and workers)")
    rows.append(f"  graph stages ({', '.join(GRAPH_STAGES)}): {sum(seconds[s] for s in GRAPH_STAGES):.2f} s")
    if result["violations"]:
        rows.append(f"  NOT CONFORMING (a build would stop after validate):\n{result['report']}")
    if not result["per_stage_peak"]:
        rows.append("  (peak MB is the process's peak so far: this platform cannot reset it per stage)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--factor", type=int, default=100, help="copies of each document in the scaled corpus")
    parser.add_argument("--corpus", choices=("bundled", "scaled", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON too")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the subprocess's entry point
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0

    from guidegraph.resources import data_dir

    corpora = []
    if args.corpus in ("bundled", "both"):
        corpora.append(("bundled", data_dir("corpus")))
    if args.corpus in ("scaled", "both"):
        corpora.append((f"{args.factor}x", scaled_corpus(args.factor)))
    for name, corpus in corpora:
        result = run_in_subprocess(corpus)
        print(table(name, result), flush=True)
        if args.json:
            print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
