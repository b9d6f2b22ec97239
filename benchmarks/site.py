"""Site build time, pages per second and search data size, for the bundled corpus and a scaled copy.

    .venv/bin/python benchmarks/site.py [--factor 100] [--corpus bundled|scaled|both] [--no-browser]

The graph is built in memory first (read, segment, extract, graph; validation is not the site's
business), then `guidegraph.site.write_site` is timed alone into a temporary folder. The scaled
corpus is made with `benchmarks/scale.py` (`scale_corpus(factor, path)`) into benchmarks/out/
(git-ignored) the first time. With Chromium and chromedriver installed, the bundled site's first
search is also timed in headless Chromium from file:// (best and worst of three fresh page loads).

Targets: the bundled site in under 3 s; its search data under 1 MB and its first search in under
200 ms; the 100x corpus's site in under 3 minutes; at least 500 pages per second.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


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


def measure(name: str, corpus: Path, browser: bool) -> None:
    from guidegraph.config import default_config
    from guidegraph.export import write_all
    from guidegraph.site import write_site

    start = time.perf_counter()
    graph = graph_of(corpus)
    graph_seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory(prefix="guidegraph-site-") as folder:
        site = Path(folder) / "site"
        write_all(graph, Path(folder))  # as the build does before the site stage, which copies them
        start = time.perf_counter()
        result = write_site(graph, site, default_config().templates, exports=Path(folder))
        seconds = time.perf_counter() - start
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        search = result.search_bytes
        largest = max(p.stat().st_size for p in (site / "search").iterdir())
        print(f"{name}: {len(graph)} triples (graph built in {graph_seconds:.1f}s, not counted)")
        laps = result.seconds
        print(f"  site: {result.page_count} pages in {seconds:.2f}s = {result.page_count / seconds:.0f} pages/s, "
              f"{size / 1e6:.1f} MB on disk")
        print("  steps: " + ", ".join(f"{name} {s:.2f}s" for name, s in laps.items())
              + f"; rendering alone {result.page_count / laps['render']:.0f} pages/s, "
              f"{sum(p.stat().st_size for p in site.rglob('*.html')) / 1e6 / laps['render']:.1f} MB of HTML/s")
        print("  pages by kind: " + ", ".join(f"{kind} {n}" for kind, n in result.pages.items()))
        print(f"  search data: {sum(search.values()) / 1e3:.0f} kB in all (meta {search['meta'] / 1e3:.0f} kB, "
              f"terms {search['terms'] / 1e3:.0f} kB, documents {search['docs'] / 1e3:.0f} kB), "
              f"largest file {largest / 1e3:.0f} kB")
        if browser:
            first_search(site)


def first_search(site: Path) -> None:
    """Milliseconds from the search page's script start to results shown, for a few queries."""
    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not driver_path:
        print("  first search: Chromium or chromedriver not installed, not measured")
        return
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
    try:
        for query in ("consent", "section 115", "share information without consent", '"duty of confidence"'):
            timings = []
            for _ in range(3):
                browser.get((site / "search.html").as_uri() + "?q=" + query.replace(" ", "+").replace('"', "%22"))
                WebDriverWait(browser, 30).until(lambda d: d.execute_script(
                    "return document.getElementById('search-results').getAttribute('data-ready') === 'true'"))
                timings.append(browser.execute_script("return window.ggSearch.timing.ms"))
            print(f"  first search {query!r}: best {min(timings):.0f} ms, worst {max(timings):.0f} ms")
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=100)
    parser.add_argument("--corpus", choices=["bundled", "scaled", "both"], default="both")
    parser.add_argument("--no-browser", action="store_true", help="Do not time the first search in Chromium.")
    args = parser.parse_args()
    from guidegraph.resources import data_dir

    if args.corpus in {"bundled", "both"}:
        measure("bundled corpus", data_dir("corpus"), not args.no_browser)
    if args.corpus in {"scaled", "both"}:
        sys.path.insert(0, str(HERE))
        from scale import scale_corpus

        corpus = OUT / f"corpus-{args.factor}x"
        if not corpus.is_dir():
            scale_corpus(args.factor, corpus)
        measure(f"{args.factor}x corpus", corpus, not args.no_browser)


if __name__ == "__main__":
    main()
