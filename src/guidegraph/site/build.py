"""Every page of the site, with its context, and the search documents, built from the graph in memory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from guidegraph.site.corpus import document_pages, place_pages
from guidegraph.site.data import read_site_graph
from guidegraph.site.home import home_page, index_pages, search_page
from guidegraph.site.law import Rests, guidance_pages, legal_basis_pages, provision_pages
from guidegraph.site.page_cache import PageCache
from guidegraph.site.pages import Linker, Page, register_pages
from guidegraph.site.paths import Paths
from guidegraph.site.search import SearchDoc, SearchInput, alias_groups
from guidegraph.site.search_docs import guidance_words, label_sets, search_docs
from guidegraph.site.topics import case_example_pages, myth_pages, principle_pages

if TYPE_CHECKING:
    from rdflib import Graph

    from guidegraph.site.data import Records


def build_pages(graph: Graph, records: Records | None = None,
                kept: PageCache | None = None) -> tuple[list[Page], SearchInput]:
    """All pages, their contexts left to build where they are rendered (entity pages first, so that
    documents know which passages they quote), and the function making the search documents and
    alias sets. `records`: the graph's entity records by kind, when the caller has them (else read
    here); `kept`: the document pages of earlier builds, keyed here."""
    site = read_site_graph(graph, records)
    paths = Paths()
    register_pages(site, paths)
    linker = Linker(site, paths)
    rests = Rests(site)
    pages: list[Page] = [home_page(site, linker), search_page(), *index_pages(site, linker)]
    pages += legal_basis_pages(site, linker, rests)
    pages += provision_pages(site, linker, rests)
    pages += guidance_pages(site, linker)
    pages += myth_pages(site, linker)
    pages += principle_pages(site, linker)
    pages += case_example_pages(site, linker)
    pages += place_pages(site, linker)
    quoted = {passage for page in pages for passage in page.quotes if passage in site.passages}
    pages += document_pages(site, linker, quoted, kept)

    def search_input() -> tuple[list[SearchDoc], list[list[str]], list[str]]:
        published = [p.id for r in site.records["documents"] for p in site.passages_of.get(r["id"], [])
                     if r["publish"] != "excerpts" or p.id in quoted]
        return search_docs(site, linker, published), alias_groups(label_sets(site)), guidance_words(site)

    return pages, search_input
