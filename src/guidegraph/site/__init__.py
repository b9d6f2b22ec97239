"""The static site: one page per entity and per document, index pages and search, built from the graph.

`write_site` reads the graph (never the corpus), builds every page's context in Python, renders
them with the jinja2 templates of `site_templates/` (a document's passages, the biggest loop of
all, are written as HTML by `markup.py`), and writes the search data, the assets, the graph files
and a sitemap. Links are relative, so the site works from any path and from `file://`.

It is timed in three steps: `contexts` (reading the graph, through dict-speed indexes of its store,
minting every page's path, and listing the pages, each with what it quotes and the function
building its context), `pages` (building each page's context and rendering it, and writing the
search data, side by side in this process and forked worker processes on a large site) and `files`
(assets, graph files, sitemap).
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

    from guidegraph.site.data import Records
    from guidegraph.site.page_cache import PageCache

SEARCH_DIR = "search"
GRAPH_FILES = ("graph.ttl", "graph.jsonld")


@dataclass(frozen=True)
class SiteResult:
    """What was written: pages per kind, the bytes of search data by part, and the time it took:
    wall-clock seconds per step (`seconds`: contexts, pages, files) and, as rendering and the search
    data may run side by side in `processes` processes, the seconds of work each took (`work`)."""

    pages: dict[str, int] = field(default_factory=dict)
    search_bytes: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    work: dict[str, float] = field(default_factory=dict)
    processes: int = 1

    @property
    def page_count(self) -> int:
        return sum(self.pages.values())


def write_site(graph: Graph, site: Path, templates: Path, exports: Path | None = None,
               processes: int | None = None, records: Records | None = None,
               kept: PageCache | None = None, graph_files: bool = True) -> SiteResult:
    """Write the site for `graph` into `site`; copy the graph files from `exports` when it holds them
    (`graph_files=False`: the caller puts them there, as the build does once it has written them).

    `processes` build and render pages side by side, this one included (default: two for a large
    site where fork is available).
    `records` are the graph's entity records (`GraphView.records` of every kind) when the caller
    has them already: the build has, for records.json; the site may adjust them.
    `kept`: the document pages of earlier builds (`page_cache.PageCache`): those whose inputs are
    unchanged are written from it, the others kept there.
    """
    from guidegraph.store import paused_gc

    with paused_gc():  # the contexts are millions of live objects: collections would walk them again and again
        return _write_site(graph, site, templates, exports, processes, records, kept, graph_files)


def _write_site(graph: Graph, site: Path, templates: Path, exports: Path | None, processes: int | None,
                records: Records | None, kept: PageCache | None, graph_files: bool) -> SiteResult:
    from guidegraph.site.build import build_pages
    from guidegraph.site.render import copy_assets, environment, write_sitemap
    from guidegraph.site.workers import write_pages_and_search

    clock = _Clock()
    pages, search_input = build_pages(graph, records, kept)
    clock.lap("contexts")
    site.mkdir(parents=True, exist_ok=True)
    written = write_pages_and_search(environment(templates), pages, search_input, site, site / SEARCH_DIR,
                                     processes, kept)
    if kept:
        kept.prune()
    clock.lap("pages")
    copy_assets(templates, site)
    if graph_files:
        _copy_graph(graph, site, exports)
    write_sitemap(written.paths, site)
    clock.lap("files")
    kinds = dict(sorted(Counter(p.kind for p in pages).items()))
    return SiteResult(pages=kinds, search_bytes=written.search_bytes, seconds=clock.laps, work=written.seconds,
                      processes=written.processes)


class _Clock:
    """Seconds per step, for the build's log and the benchmark."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now


def _copy_graph(graph: Graph, site: Path, exports: Path | None) -> None:
    """graph.ttl and graph.jsonld beside the pages, for download (written afresh when not built yet)."""
    from guidegraph.export import write_all

    if exports is not None and all((exports / name).is_file() for name in GRAPH_FILES):
        for name in GRAPH_FILES:
            link_or_copy(exports / name, site / name)
    else:
        write_all(graph, site)


def link_or_copy(source: Path, target: Path) -> None:
    """A hard link to the file the build wrote (hundreds of megabytes on a large corpus, not written
    twice; the build never changes a file once written), or a copy where links cannot be made."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(source, target)
