"""The static site: one page per entity and per document, index pages and search, built from the graph.

`write_site` reads the graph (never the corpus), builds every page's context in Python, renders
them with the jinja2 templates of `site_templates/`, and writes the search data, the assets, the
graph files and a sitemap. Links are relative, so the site works from any path and from `file://`.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

SEARCH_DIR = "search"
GRAPH_FILES = ("graph.ttl", "graph.jsonld")


@dataclass(frozen=True)
class SiteResult:
    """What was written: pages per kind, the bytes of search data by part, seconds per step."""

    pages: dict[str, int] = field(default_factory=dict)
    search_bytes: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return sum(self.pages.values())


def write_site(graph: Graph, site: Path, templates: Path, exports: Path | None = None) -> SiteResult:
    """Write the site for `graph` into `site`; copy the graph files from `exports` when it holds them."""
    from guidegraph.site.build import build_pages
    from guidegraph.site.render import copy_assets, environment, write_pages, write_sitemap
    from guidegraph.site.search import write_search_data

    clock = _Clock()
    pages, docs, aliases = build_pages(graph)
    clock.lap("contexts")
    site.mkdir(parents=True, exist_ok=True)
    env = environment(templates)
    written = write_pages(env, pages, site)
    clock.lap("render")
    search_bytes = write_search_data(docs, aliases, site / SEARCH_DIR)
    clock.lap("search")
    copy_assets(templates, site)
    _copy_graph(graph, site, exports)
    write_sitemap(written, site)
    clock.lap("files")
    kinds = dict(sorted(Counter(p.kind for p in pages).items()))
    return SiteResult(pages=kinds, search_bytes=search_bytes, seconds=clock.laps)


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
            shutil.copyfile(exports / name, site / name)
    else:
        write_all(graph, site)
