"""What every page builder shares: the Page value, links to entities and passages, evidence lists.

A page's context is plain data (strings, numbers, lists, dicts) built here in Python; templates
only loop and branch over it. Paths in contexts are from the site root; the templates' `url`
filter makes them relative to the page they are written in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDF, URIRef

from guidegraph.site.data import Passage, Section, SiteGraph
from guidegraph.site.paths import Paths, anchor
from guidegraph.vocab import GG, ID, document_iri, section_iri

Context = dict[str, Any]
_IDS = str(ID)
SECTION_TITLE_MAX = 60


@dataclass
class Page:
    """One HTML page to render: where it goes, with which template, from which context.

    The context of an entity's or a document's page is a function that builds it, called when the
    page is rendered (by a worker process on a large site), so that building contexts is shared out
    too. `quotes` are the ids of the passages the page links to, known before its context is built:
    an excerpts-only document shows exactly the passages some page quotes. `key` (a document's page)
    is the key of its inputs in the page cache (`page_cache.PageCache`).
    """

    path: str
    template: str
    title: str
    kind: str
    context: Context | Callable[[], Context] = field(default_factory=dict)
    jsonld: Any = None
    description: str = ""
    quotes: Sequence[str] = ()
    shows: int = 0  # the passages a document's page shows (0 when it is kept from an earlier build)
    key: str = ""

    def contents(self) -> Context:
        """The page's context, built now if it was left to build."""
        return self.context() if callable(self.context) else self.context

    @property
    def size(self) -> int:
        """The passages the page shows, in full or quoted: what building and rendering it costs grows with."""
        return self.shows or len(self.quotes)


class Linker:
    """Links to entity pages and to passages.

    A document's or a passage's reference is made once (in each process building pages) and shared
    by every page showing it: contexts are read, never changed, once built.
    """

    def __init__(self, site: SiteGraph, paths: Paths) -> None:
        self.site = site
        self.paths = paths
        self.document_titles = {r["id"]: r["title"] for r in site.records["documents"]}
        self.document_dates = {r["id"]: r["date"] for r in site.records["documents"]}
        self.basis_iri = {r["id"]: r["iri"] for r in site.records["legal-bases"]}
        self.provision_iri = {r["id"]: r["iri"] for r in site.records["provisions"]}
        self.titles = {r["iri"]: r["title"] for r in site.records["provisions"]}  # "Children Act 1989, section 17"
        basis_titles = {r["id"]: r["title"] for r in site.records["legal-bases"]}
        self._act_of = {r["iri"]: basis_titles.get(r["legal_basis"], "") for r in site.records["provisions"]}
        self._documents: dict[str, Context] = {}
        self._passages: dict[str, Context | None] = {}
        self._sections: dict[str, str] = {}  # section IRI -> its label

    def entity(self, iri: str | None, title: str | None = None) -> Context | None:
        """`{"title", "url"}` of an entity with a page, or None."""
        if not iri:
            return None
        url = self.paths.page(iri)
        if url is None:
            return None
        return {"title": title or self.titles.get(iri) or self.site.label(iri), "url": url}

    def reading(self, iri: str) -> tuple[str, str]:
        """A cited legal basis or provision as (the legal basis's title, the provision's label or "")."""
        act = self._act_of.get(iri)
        return (act, self.site.label(iri)) if act else (self.site.label(iri), "")

    def entities(self, iris: Iterable[str]) -> list[Context]:
        found = (self.entity(iri) for iri in iris)
        return sorted((e for e in found if e is not None), key=lambda e: (e["title"].lower(), e["url"]))

    def document(self, slug: str) -> Context:
        found = self._documents.get(slug)
        if found is None:
            found = self._documents[slug] = {
                "title": self.document_titles.get(slug, slug),
                "url": self.paths.page(document_iri(slug)) or "",
                "date": self.document_dates.get(slug, ""),
                "slug": slug,
            }
        return found

    def passage(self, passage_id: str | None) -> Context | None:
        """A reference to a passage: its document, section and the link to its anchor (the page
        linking to it lists its id in `Page.quotes`)."""
        key = passage_id or ""
        if key in self._passages:
            return self._passages[key]
        found = self._passages[key] = self._passage_ref(key)
        return found

    def _passage_ref(self, passage_id: str) -> Context | None:
        passage = self.site.passages.get(passage_id)
        if passage is None:
            return None
        paragraph = passage.id.rsplit("/p", 1)[-1]
        return {
            "id": passage.id,
            "url": self.passage_url(passage),
            "section": self.section_label(passage) + (f", paragraph {paragraph}" if paragraph.isdigit() else ""),
            "document": self.document(passage.document),
        }

    def passage_url(self, passage: Passage) -> str:
        """The link to a passage: its anchor in its document's page ("" when the document has none)."""
        page = self.document(passage.document)["url"]
        return f"{page}#{passage_anchor(passage)}" if page else ""

    def passages(self, passage_ids: Iterable[str]) -> list[Context]:
        refs = (self.passage(p) for p in dict.fromkeys(passage_ids))
        return [r for r in refs if r is not None]

    def section_label(self, passage: Passage) -> str:
        """"3.2 Consent" for a passage in a section (its title cut short), else "paragraph 4"."""
        if passage.section is None or passage.section not in self.site.sections:
            return f"paragraph {passage.ordinal}"
        found = self._sections.get(passage.section)
        if found is None:
            section = self.site.sections[passage.section]
            # a label, not a sentence: "Consent is needed ..., paragraph 1" without the heading's full stop
            title = section.title
            title = title[:-1] if title.endswith(".") and not title.endswith("..") else title
            title = title if len(title) <= SECTION_TITLE_MAX else title[:SECTION_TITLE_MAX] + "…"
            found = self._sections[passage.section] = (
                " ".join(part for part in (section.number, title) if part) or f"section {section.key}")
        return found


def slugged(refs: list[Context]) -> list[Context]:
    """Passage references with their document's slug on top, ready for `by_document`."""
    return [{**ref, "slug": ref["document"]["slug"]} for ref in refs]


def by_document(rows: Iterable[Context], linker: Linker) -> list[Context]:
    """Rows carrying a `document` slug, grouped: `[{"document": {...}, "rows": [...]}]`, oldest first."""
    groups: dict[str, list[Context]] = {}
    for row in rows:
        groups.setdefault(row["slug"], []).append(row)
    order = sorted(groups, key=lambda slug: (linker.document_dates.get(slug, ""), slug))
    return [{"document": linker.document(slug), "rows": groups[slug]} for slug in order]


def register_pages(site: SiteGraph, paths: Paths) -> None:
    """Mint the path of every page before any page is built."""
    records = site.records
    for record in records["legal-bases"]:
        paths.add("legal-bases", record["iri"], record["id"])
    for record in records["provisions"]:
        paths.add("provisions", record["iri"], record["id"])
    for concept in sorted({r["concept"] for r in records["myths"]}):
        paths.add("myths", concept_iri(concept), concept.removeprefix("myth/"))
    for node in site.typed(GG.PrincipleSet):
        paths.add("principles", node, node.rsplit("/", 1)[-1])
    for node in site.typed(GG.Principle):
        paths.add("principles", node, "/".join(node.rsplit("/", 2)[-2:]))
    for record in records["case-examples"]:
        paths.add("case-examples", record["iri"], record["id"].removeprefix("case-example/"))
    for record in records["jurisdictions"]:
        paths.add("places", record["iri"], record["id"])
    for record in records["guidance"]:
        paths.add("guidance", record["iri"], record["id"])
    for record in records["documents"]:
        paths.add("documents", record["iri"], record["id"])


def passage_anchor(passage: Passage) -> str:
    """The id of a passage in its document's page."""
    return "p-" + anchor(passage.id.split("/", 1)[-1])


def section_anchor(section: Section) -> str:
    """The id of a section's heading in its document's page."""
    return "s-" + anchor(section.key)


def concept_iri(concept: str) -> str:
    return _IDS + concept  # str(ID[concept]), without making a URIRef


def is_a(site: SiteGraph, node: str, cls: URIRef) -> bool:
    return (URIRef(node), RDF.type, cls) in site.graph


def section_node(slug: str, key: str) -> str:
    return str(section_iri(f"{slug}/{key}"))
