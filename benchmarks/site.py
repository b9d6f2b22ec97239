"""Site build time, pages per second and search data size, for the bundled corpus and a scaled copy.

    .venv/bin/python benchmarks/site.py [--factor 100] [--corpus bundled|scaled|both] [--no-browser]
                                        [--processes N] [--out DIR] [--repeat N] [--mkdocs]

The graph is built in memory first (read, segment, extract, graph; validation is not the site's
business), and its entity records made as the build's index stage makes them for records.json
(`GraphView.records`, timed and printed apart: the build hands them to the site). Then
`guidegraph.site.write_site` is timed alone, given those records, into a temporary folder (in
`--out`, default the system's temporary folder: give a tmpfs such as /dev/shm to leave the disk out). The
scaled corpus is made with `benchmarks/scale.py` (`scale_corpus(factor, path)`) into benchmarks/out/
(git-ignored) the first time. With Chromium and chromedriver installed, each site's first search
is also timed in headless Chromium from file:// (best and worst of three fresh page loads).
`--repeat N` writes each site N times and reports the median run (the machine may be shared).

Printed: the seconds the records took (not part of the site's time), pages per second over the
whole of `write_site` and per step (contexts: reading the graph, minting every page's path and
listing the pages; pages: building and rendering the pages and writing the search data, side by
side in the build's process and a forked worker on a large site; files: assets, graph files,
sitemap), the seconds of work rendering and search data took in whichever process ran them, the
CPU seconds of the build's process and of its workers (what the site costs whatever else the
machine runs), the machine's load average before the run, and each target met or missed. The
scaled corpus repeats most passages word for word (copies of the bundled documents with a few
words swapped); the count of distinct passage texts is printed, as work done once per distinct text
(the search data's word counts) is cheaper there than on as many distinct passages.

Targets: on the 100x corpus, pages per second at least ten times what MkDocs achieves on the same
number of pages; the 100x site in under 3 minutes; the bundled site in under 3 s, its search data
under 1 MB and its first search in under 200 ms. With `--mkdocs` (MkDocs installed: `pip install
-e '.[bench]'`), MkDocs is timed here, on this machine, building as many simple pages (a heading,
two short paragraphs and a link each, with its default theme) as the 100x site has, and once on 703
pages, the size the target's orientation figure was taken at (about 50 pages/s, so 500 for us).
MkDocs puts every page in every page's navigation, so its pages per second fall as pages are
added: the comparison is only fair on the same number of pages, measured on the same machine at
the same time (the machine's speed varies by a fifth from hour to hour). With `--mkdocs` that
comparison is the target; without it, the orientation figure, 500 pages/s, stands in for it.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PAGES_PER_SECOND = 500  # ten times MkDocs' ~50 on 703 pages, the target's orientation figure
TIMES_MKDOCS = 10
ORIENTATION_PAGES = 703
FIRST_SEARCH_MS = 200


def graph_of(corpus: Path):  # noqa: ANN201 (rdflib is imported lazily)
    """The corpus's graph, built in memory as `guidegraph build` builds it."""
    from guidegraph.catalog import load_catalog, load_ontology
    from guidegraph.config import default_config
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.read import read_corpus
    from guidegraph.segment import segment

    ontology = default_config().ontology
    docs = [segment(d) for d in read_corpus(corpus)]
    catalog = load_catalog(ontology)
    return build_graph(docs, extract_corpus(docs, load_extractors(catalog, ontology)), catalog, load_ontology(ontology))


def _cpu() -> tuple[float, float]:
    """CPU seconds (user and system) of this process and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def measure(name: str, corpus: Path, browser: bool, processes: int | None, out: Path | None,
            targets: dict[str, float], mkdocs: bool = False, repeat: int = 1) -> None:
    from rdflib import RDF

    from guidegraph.config import default_config
    from guidegraph.export import write_all
    from guidegraph.listing import KINDS, GraphView
    from guidegraph.site import write_site
    from guidegraph.vocab import GG, SCHEMA

    start = time.perf_counter()
    graph = graph_of(corpus)
    graph_seconds = time.perf_counter() - start
    passages = list(graph.subjects(RDF.type, GG.Passage))
    distinct = len({graph.value(p, SCHEMA.text) for p in passages})
    with tempfile.TemporaryDirectory(prefix="guidegraph-site-", dir=out) as folder:
        site = Path(folder) / "site"
        write_all(graph, Path(folder))  # as the build does before the site stage, which copies them
        start = time.perf_counter()
        view = GraphView(graph)  # as the build's index stage makes them for records.json
        records = {kind: view.records(kind) for kind in KINDS}
        records_seconds = time.perf_counter() - start
        load = os.getloadavg()
        runs = []
        for _ in range(repeat):  # on a shared machine one run can be slow: the median run is reported
            shutil.rmtree(site, ignore_errors=True)
            cpu_before = _cpu()
            start = time.perf_counter()
            result = write_site(graph, site, default_config().templates, exports=Path(folder),
                                processes=processes, records=records)
            seconds = time.perf_counter() - start
            runs.append((seconds, result, *(after - before for after, before in zip(_cpu(), cpu_before, strict=True))))
        seconds, result, own, children = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        html = sum(p.stat().st_size for p in site.rglob("*.html"))
        search = result.search_bytes
        search_total = sum(search.values())
        largest = max(p.stat().st_size for p in (site / "search").iterdir())
        pages = result.page_count
        rate = pages / seconds
        print(f"{name}: {len(graph)} triples, {len(passages)} passages ({distinct} distinct texts); "
              f"graph built in {graph_seconds:.1f}s, not counted")
        print(f"  records: made in {records_seconds:.2f}s by the build's index stage, not counted: "
              f"the site is given them")
        print(f"  load average before the site: {load[0]:.2f} (1 min), {load[1]:.2f} (5 min)")
        if repeat > 1:
            print(f"  {repeat} runs: " + ", ".join(f"{run[0]:.2f}s" for run in runs) + "; the median run below")
        print(f"  site: {pages} pages in {seconds:.2f}s = {rate:.0f} pages/s; CPU {own:.2f}s here "
              f"+ {children:.2f}s in workers; {size / 1e6:.1f} MB on disk ({html / 1e6:.1f} MB of HTML)")
        print("  steps (wall): " + ", ".join(f"{step} {s:.2f}s = {pages / s:.0f} pages/s"
                                            for step, s in result.seconds.items() if s > 0))
        work = result.work
        print(f"  work ({result.processes} process{'es' if result.processes > 1 else ''}): "
              f"rendering {work['render']:.2f}s = {pages / work['render']:.0f} pages/s, "
              f"{html / 1e6 / work['render']:.1f} MB of HTML/s; search data {work['search']:.2f}s")
        print("  pages by kind: " + ", ".join(f"{kind} {n}" for kind, n in result.pages.items()))
        print(f"  search data: {search_total / 1e3:.0f} kB in all (meta {search['meta'] / 1e3:.0f} kB, "
              f"terms {search['terms'] / 1e3:.0f} kB, documents {search['docs'] / 1e3:.0f} kB, "
              f"law cited {search['cites'] / 1e3:.0f} kB), "
              f"largest file {largest / 1e3:.0f} kB")
        checks = []
        theirs = mkdocs_rate(pages, out) if mkdocs else None
        if theirs is not None:  # the target itself: MkDocs measured here, on as many pages
            checks.append((f"at least {TIMES_MKDOCS}x MkDocs on {pages} pages ({rate / theirs:.1f}x)",
                           rate >= TIMES_MKDOCS * theirs))
        elif "pages_per_second" in targets:
            checks.append((f"at least {targets['pages_per_second']:.0f} pages/s (orientation figure)",
                           rate >= targets["pages_per_second"]))
        if "seconds" in targets:
            checks.append((f"site in under {targets['seconds']:.0f}s", seconds < targets["seconds"]))
        if "search_bytes" in targets:
            checks.append((f"search data under {targets['search_bytes'] / 1e6:.0f} MB",
                           search_total < targets["search_bytes"]))
        first = first_search(site) if browser else None
        if first is not None and "first_search_ms" in targets:
            checks.append((f"first search under {targets['first_search_ms']:.0f} ms",
                           first < targets["first_search_ms"]))
        print("  targets: " + "; ".join(f"{what} {_verdict(met)}" for what, met in checks))


def mkdocs_rate(pages: int, out: Path | None) -> float | None:
    """MkDocs' pages per second on `pages` simple pages, built here (printed, with 703 pages for
    orientation); None when MkDocs is not installed."""
    mkdocs = shutil.which("mkdocs", path=str(Path(sys.executable).parent)) or shutil.which("mkdocs")
    if mkdocs is None:
        print("  mkdocs: not installed (pip install -e '.[bench]'), not measured")
        return None
    version = subprocess.run([mkdocs, "--version"], capture_output=True, text=True, check=True).stdout.split()[2]
    rate = 0.0
    for count in (ORIENTATION_PAGES, pages):
        with tempfile.TemporaryDirectory(prefix="guidegraph-mkdocs-", dir=out) as folder:
            project = Path(folder)
            _simple_pages(project, count)
            start = time.perf_counter()
            subprocess.run([mkdocs, "build", "--quiet"], cwd=project, check=True)
            seconds = time.perf_counter() - start
        rate = count / seconds
        print(f"  mkdocs {version}: {count} simple pages in {seconds:.1f}s = {rate:.1f} pages/s"
              f"{' (the orientation size)' if count == ORIENTATION_PAGES else ''}")
    return rate


def _simple_pages(project: Path, count: int) -> None:
    """An MkDocs project of `count` pages (the home page one of them): a heading, two short
    paragraphs and a link to the next page each."""
    docs = project / "docs"
    docs.mkdir()
    (project / "mkdocs.yml").write_text("site_name: Benchmark\n", encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nThe first page is [page 1](page00001.md).\n", encoding="utf-8")
    for n in range(1, count):
        following = f"page{n + 1:05}.md" if n + 1 < count else "index.md"
        (docs / f"page{n:05}.md").write_text(
            f"# Page {n}\n\nPractitioners share information to keep children safe; this is page {n}.\n\n"
            f"## Next\n\nThe law supports them. Read on: [the next page]({following}).\n", encoding="utf-8")


def first_search(site: Path) -> float | None:
    """Milliseconds from the search page's script start to results shown, for a few queries, each
    from three fresh loads of the search page after the home page; the worst."""
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver_path:
        print("  first search: Chromium or chromedriver not installed, not measured")
        return None
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="guidegraph-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(driver_path), options=options)
    worst = 0.0
    try:
        # The home page first, untimed, as a reader opens it before searching: the browser's own
        # start (a fresh profile, cold caches) is not the search's time.
        browser.get((site / "index.html").as_uri())
        for query in ("consent", "section 115", "share information without consent", '"duty of confidence"'):
            timings = []
            for _ in range(3):
                browser.get((site / "search.html").as_uri() + "?q=" + query.replace(" ", "+").replace('"', "%22"))
                WebDriverWait(browser, 30).until(lambda d: d.execute_script(
                    "return document.getElementById('search-results').getAttribute('data-ready') === 'true'"))
                timings.append(browser.execute_script("return window.ggSearch.timing.ms"))
            print(f"  first search {query!r}: best {min(timings):.0f} ms, worst {max(timings):.0f} ms")
            worst = max(worst, max(timings))
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--corpus", choices=["bundled", "scaled", "both"], default="both")
    parser.add_argument("--no-browser", action="store_true", help="Do not time the first search in Chromium.")
    parser.add_argument("--processes", type=int, default=None,
                        help="Worker processes for the pages (default: write_site's choice).")
    parser.add_argument("--out", type=Path, default=None,
                        help="Folder for the temporary site (default: the system's temporary folder).")
    parser.add_argument("--repeat", type=int, default=1,
                        help="Build each site this many times and report the median run (default 1).")
    parser.add_argument("--mkdocs", action="store_true",
                        help="Also time MkDocs on as many simple pages as the scaled site has (about a minute).")
    args = parser.parse_args()
    from guidegraph.resources import data_dir

    if args.corpus in {"bundled", "both"}:
        measure("bundled corpus", data_dir("corpus"), not args.no_browser, args.processes, args.out,
                {"seconds": 3, "search_bytes": 1_000_000, "first_search_ms": FIRST_SEARCH_MS}, repeat=args.repeat)
    if args.corpus in {"scaled", "both"}:
        sys.path.insert(0, str(HERE))
        from scale import scale_corpus

        corpus = OUT / f"corpus-{args.factor}x"
        if not corpus.is_dir():
            scale_corpus(args.factor, corpus)
        measure(f"{args.factor}x corpus", corpus, not args.no_browser, args.processes, args.out,
                {"seconds": 180, "pages_per_second": PAGES_PER_SECOND} if args.factor == 100 else {},
                mkdocs=args.mkdocs, repeat=args.repeat)


if __name__ == "__main__":
    main()
