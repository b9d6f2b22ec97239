"""Building and rendering the pages and writing the search data, shared out between worker processes.

Once the whole-site part is made (the graph read, every page's path, what each page quotes), what
is left is independent work: each page builds its context and renders to its own file, and the
search data goes to its own folder. On a large site that work is shared out between `processes`
(default: two) processes: this one and workers forked from it. The workers inherit the whole-site
part and the compiled templates and take batches of pages (the costliest first, so that the last
batches are small) one after the other, from a counter all processes share; they write the files
themselves and send back only the paths they wrote. The search documents are made before forking
(they read most of the whole-site part, which a worker would copy, memory page by memory page, as it
touched it); then this process writes the search data's terms while the first worker writes its
documents (`search.SearchData`), and both take batches of pages until none is left. What only some pages
need (the citations, the pages each passage is related to) is read by the processes that build
those pages. Each file's bytes depend on its page alone, so the site is the same however the work
was shared.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from jinja2 import Environment

from guidegraph.forking import can_fork, worker_start
from guidegraph.site.page_cache import PageCache
from guidegraph.site.pages import Page
from guidegraph.site.render import make_folders, write_pages
from guidegraph.site.search import SearchData, SearchInput, SearchPart, write_search_data

# Below this many pages a worker process costs more (forking, a pool) than it saves.
PARALLEL_FROM = 400
# A page's estimated cost, in passages shown: what building and rendering a page costs besides them.
PAGE_COST = 20
# Tasks of pages, about: enough to pay for their round trips, small enough to keep both workers busy to the end.
TASKS = 100
# Pages per task at most.
BATCH = 24

Task = tuple[int, ...]  # the numbers of some pages


@dataclass(frozen=True)
class _Job:
    """What the workers share out: set in the parent just before forking, inherited."""

    env: Environment
    pages: Sequence[Page]
    tasks: Sequence[Task]
    taken: Synchronized  # type: ignore[type-arg]  # the number of tasks taken so far, by any process
    site: Path
    kept: PageCache | None
    search: SearchData  # its documents part is the first worker's to write


@dataclass
class Written:
    """The pages written, the search data's bytes by part, the seconds of work per step, and the
    number of processes the work was shared between (1: this one alone)."""

    paths: list[str] = field(default_factory=list)
    kept_keys: set[str] = field(default_factory=set)  # the page cache's keys a worker computed
    search_bytes: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: {"render": 0.0, "search": 0.0})
    processes: int = 1
    search_parts: list[SearchPart] = field(default_factory=list)  # written by a worker, for meta.js


_FORKED: _Job | None = None


def write_pages_and_search(env: Environment, pages: Sequence[Page], search_input: SearchInput, site: Path,
                           search_dir: Path, processes: int | None = None, kept: PageCache | None = None) -> Written:
    """Render and write `pages` into `site` (those `kept` holds taken from it) and the search data
    (from `search_input()`) into `search_dir`."""
    if processes is None:
        processes = min(2, os.cpu_count() or 1) if len(pages) >= PARALLEL_FROM else 1
    make_folders(pages, site)
    if processes < 2 or not can_fork():
        start = time.perf_counter()
        paths = write_pages(env, pages, site, kept)
        written = Written(paths=paths, seconds={"render": time.perf_counter() - start, "search": 0.0})
        return _joined([_search(search_input, search_dir, kept), written])
    start = time.perf_counter()
    docs, aliases, guidance = search_input()
    search = SearchData(docs, aliases, search_dir, guidance, kept)
    before = time.perf_counter() - start
    context = multiprocessing.get_context("fork")
    global _FORKED
    _FORKED = _Job(env, pages, _tasks(pages), context.Value("i", 0), site, kept, search)
    try:
        with context.Pool(processes - 1, initializer=worker_start) as pool:  # this process is one of `processes`
            workers = pool.map_async(_take_tasks, range(processes - 1), chunksize=1)
            start = time.perf_counter()
            terms = search.write_terms()
            searched = Written(seconds={"render": 0.0, "search": before + time.perf_counter() - start})
            written = replace(_joined([searched, _take_tasks(), *workers.get()]), processes=processes)
            start = time.perf_counter()
            written.search_bytes = search.write_meta(terms, *written.search_parts)
            written.seconds["search"] += time.perf_counter() - start
            if kept:
                kept.keys |= written.kept_keys
            return written
    finally:
        _FORKED = None


def _tasks(pages: Sequence[Page]) -> list[Task]:
    """Batches of pages, the costliest first (each about a TASKS-th of the estimated cost of all
    pages), so that no long task is left for one process at the end."""
    costs = [PAGE_COST + page.size for page in pages]
    share = sum(costs) / TASKS
    tasks: list[Task] = []
    batch: list[int] = []
    cost = 0
    for n in sorted(range(len(pages)), key=lambda n: -costs[n]):
        batch.append(n)
        cost += costs[n]
        if cost >= share or len(batch) == BATCH:
            tasks.append(tuple(batch))
            batch, cost = [], 0
    return tasks + [tuple(batch)] if batch else tasks


def _search(search_input: SearchInput, search_dir: Path, kept: PageCache | None) -> Written:
    start = time.perf_counter()
    docs, aliases, guidance = search_input()
    sizes = write_search_data(docs, aliases, search_dir, guidance, kept)
    return Written(search_bytes=sizes, seconds={"render": 0.0, "search": time.perf_counter() - start})


def _take_tasks(worker: int | None = None) -> Written:
    """Take the next task of pages not yet taken and write its pages, until none is left; the first
    worker (`worker` 0) writes the search data's documents first."""
    assert _FORKED is not None, "a site worker must be forked from write_pages_and_search"
    job = _FORKED
    parts, searching = [], 0.0
    if worker == 0:
        start = time.perf_counter()
        parts.append(job.search.write_documents())
        searching = time.perf_counter() - start
    start = time.perf_counter()
    paths: list[str] = []
    while (task := _next(job)) is not None:
        paths += write_pages(job.env, [job.pages[n] for n in task], job.site, job.kept)
    keys = job.kept.keys if job.kept else set()  # a worker's own copy: the parent keeps them all
    return Written(paths=paths, kept_keys=keys, seconds={"render": time.perf_counter() - start, "search": searching},
                   search_parts=parts)


def _next(job: _Job) -> Task | None:
    with job.taken.get_lock():
        n = job.taken.value
        job.taken.value = n + 1
    return job.tasks[n] if n < len(job.tasks) else None


def _joined(parts: Iterable[Written]) -> Written:
    joined = Written()
    for part in parts:
        joined.paths += part.paths
        joined.kept_keys |= part.kept_keys
        joined.search_bytes.update(part.search_bytes)
        joined.search_parts += part.search_parts
        for step, seconds in part.seconds.items():
            joined.seconds[step] += seconds
    joined.paths.sort()
    return joined
