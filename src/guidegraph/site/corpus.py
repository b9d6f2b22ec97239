"""Pages of the corpus itself: each document's text (linked inline) and each jurisdiction or local area."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache, partial

from rdflib import SKOS
from rdflib.namespace import DCTERMS

from guidegraph.listing import Record
from guidegraph.model import UNRECORDED
from guidegraph.site import jsonld
from guidegraph.site.data import Citation, Passage, Section, SiteGraph, derived_from
from guidegraph.site.markup import Mentions, contents_html, heading_html, lines_html, passage_html
from guidegraph.site.page_cache import PageCache
from guidegraph.site.pages import (
    Context,
    Linker,
    Page,
    by_document,
    concept_iri,
    is_a,
    passage_anchor,
    section_anchor,
    slugged,
)
from guidegraph.site.paths import page_depth
from guidegraph.site.text import cited_spans
from guidegraph.vocab import GG, SCHEMA

_EXCERPTS = ("It is indexed and cited: this page shows its details and only the passages that other pages "
             "of this site quote, as excerpts.")
EXCERPTS_NOTE = f"The rights of this document do not allow republishing its full text. {_EXCERPTS}"
UNKNOWN_RIGHTS_NOTE = (f"This document came with no record of its rights, so its full text is not republished. "
                       f"{_EXCERPTS}")


def _excerpts_note(record: Record) -> str:
    return UNKNOWN_RIGHTS_NOTE if record["rights"] == UNRECORDED else EXCERPTS_NOTE


def related_by_passage(site: SiteGraph, linker: Linker) -> dict[str, list[Context]]:
    """Passage id -> the entity pages read from it (myths, principles, case examples) and the guidance it cites."""
    related: dict[str, list[Context]] = defaultdict(list)
    for record in site.records["myths"]:
        for passage in derived_from(site, record["iri"]):
            related[passage.rsplit("/id/passage/", 1)[-1]].append(
                {"title": "Myth: " + site.label(concept_iri(record["concept"])),
                 "url": linker.paths.page(concept_iri(record["concept"]))})
    for record in site.records["principles"]:
        entity = linker.entity(concept_iri(record["concept"]))
        if entity:
            related[record["passage_id"]].append({**entity, "title": "Principle: " + entity["title"]})
    for record in site.records["case-examples"]:
        for passage_id in record["passage_ids"]:
            related[passage_id].append({"title": record["title"], "url": linker.paths.page(record["iri"])})
    for passage_iri, guidance in site.guidance_cited_in.items():
        for entity in linker.entities(guidance):
            key = passage_iri.rsplit("/id/passage/", 1)[-1]
            related[key].append({**entity, "title": "Guidance: " + entity["title"]})
    return {key: _unique(rows) for key, rows in related.items()}


def _unique(rows: list[Context]) -> list[Context]:
    seen: dict[str, Context] = {}
    for row in rows:
        seen.setdefault(row["url"], row)
    return list(seen.values())


def document_pages(site: SiteGraph, linker: Linker, quoted: set[str], kept: PageCache | None = None) -> Iterable[Page]:
    """Every document; an excerpts-only document shows the passages of `quoted` (what other pages quote).
    With `kept`, each page carries the key of its inputs, and one kept by an earlier build costs nothing to build."""
    related = cache(lambda: related_by_passage(site, linker))  # found once in each process building documents
    for record in site.records["documents"]:
        full = record["publish"] != "excerpts"
        passages = site.passages_of.get(record["id"], [])
        shown = passages if full else [p for p in passages if p.id in quoted]
        key = kept.key(document_inputs(site, linker, record, shown, related(), full)) if kept else ""
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="document.html",
            title=record["title"],
            kind="document",
            context=partial(_document_context, site, linker, record, shown, related, full),
            jsonld=jsonld.document(record, full),
            description=f"{record['title']} ({record['publisher']}, {record['date']})",
            shows=0 if kept and kept.holds(key) else len(shown),
            key=key,
        )


def document_inputs(site: SiteGraph, linker: Linker, record: Record, passages: list[Passage],
                    related: dict[str, list[Context]], full: bool) -> list[object]:
    """Everything a document's page is made from, as plain data (`Page.key`): its record, sections
    and shown passages with their citations, and what those link to (the pages of the entities read
    from its passages, of the law they cite and of its places, with the names shown for them)."""
    citations = [[(c.start, c.end, c.text, c.target, c.note) for c in site.citations_in.get(p.iri, [])]
                 for p in passages]
    targets = sorted({c[3] for rows in citations for c in rows})
    return [
        record, full, linker.paths.page(record["iri"]),
        [(s.iri, s.key, s.number, s.title, s.parent, s.ordinal) for s in site.sections_of.get(record["id"], [])],
        [(p.iri, p.id, p.section, p.ordinal, p.text, p.kind, p.items) for p in passages],
        citations,
        [related.get(p.id, []) for p in passages],
        [(target, linker.paths.page(target), linker.reading(target)) for target in targets],
        _places(site, linker, record),
    ]


def _document_context(site: SiteGraph, linker: Linker, record: Record, passages: list[Passage],
                      related: Callable[[], dict[str, list[Context]]], full: bool) -> Context:
    mentions = Mentions(linker.paths.page, page_depth(linker.paths.page(record["iri"]) or ""), linker.reading)
    body, contents = _body(site, record["id"], passages, related(), full, mentions)
    return {"document": {**record, "full": full, "note": "" if full else _excerpts_note(record),
                         "places": _places(site, linker, record), "shown": len(passages)},
            "body": lines_html(body), "toc": contents_html(contents)}


def _places(site: SiteGraph, linker: Linker, record: Record) -> list[Context]:
    return linker.entities([*site.objects(record["iri"], DCTERMS.coverage), *site.objects(record["iri"], GG.localArea)])


def _depths(sections: list[Section]) -> dict[str, int]:
    depth: dict[str, int] = {}
    for section in sections:  # parents come before their children in document order
        depth[section.iri] = depth.get(section.parent or "", 0) + 1
    return depth


def _body(site: SiteGraph, slug: str, passages: list[Passage], related: dict[str, list[Context]], full: bool,
          mentions: Mentions) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The HTML of headings and passages in document order (headings only above shown passages for
    excerpts), and the table of contents: each heading's (depth, anchor, title)."""
    sections = site.sections_of.get(slug, [])
    depth = _depths(sections)
    headings = _heading_citations(site, passages)
    wanted = {s.iri for s in sections} if full else _with_ancestors(site, passages)
    order = [s for s in sections if s.iri in wanted]
    shift = 0 if full else 1  # excerpts sit under an "Excerpts" heading: one level deeper
    depth = {iri: d + shift for iri, d in depth.items()}
    body: list[str] = []
    contents: list[tuple[int, str, str]] = []

    def heading(section: Section) -> str:
        title = " ".join(part for part in (section.number, section.title) if part) or f"Section {section.key}"
        anchor = section_anchor(section)
        level = depth.get(section.iri, 1)
        contents.append((level, anchor, title))
        return heading_html(min(6, level + 1), anchor, title, section, headings.get(section.iri, []), mentions)

    emitted = 0
    for passage in passages:
        section = site.sections.get(passage.section or "")
        while section is not None and emitted < len(order) and order[emitted].ordinal <= section.ordinal:
            body.append(heading(order[emitted]))
            emitted += 1
        body.append(_passage(site, passage, related, mentions))
    body.extend(heading(s) for s in order[emitted:])
    return body, contents


def _with_ancestors(site: SiteGraph, passages: list[Passage]) -> set[str]:
    wanted: set[str] = set()
    for passage in passages:
        section = site.sections.get(passage.section or "")
        while section is not None and section.iri not in wanted:
            wanted.add(section.iri)
            section = site.sections.get(section.parent or "")
    return wanted


def _heading_citations(site: SiteGraph, passages: list[Passage]) -> dict[str, list[Citation]]:
    """Citations whose span lies in the heading of the passage's section rather than in the passage."""
    found: dict[str, list[Citation]] = defaultdict(list)
    for passage in passages:
        section = site.sections.get(passage.section or "")
        if section is None:
            continue
        for citation in site.citations_in.get(passage.iri, []):
            if citation.start is not None and passage.text[citation.start:citation.end] != citation.text:
                found[section.iri].append(citation)
    return {iri: cited_spans(site.sections[iri].title, rows) for iri, rows in found.items()}


def _passage(site: SiteGraph, passage: Passage, related: dict[str, list[Context]], mentions: Mentions) -> str:
    items = passage.items if passage.kind == "list" else 0
    return passage_html(passage_anchor(passage), passage.id, passage.text, site.citations_in.get(passage.iri, []),
                        items, related.get(passage.id, []), mentions)


def place_pages(site: SiteGraph, linker: Linker) -> Iterable[Page]:
    guidance_iris = {r["iri"] for r in site.records["guidance"]}

    def context(record: Record, quotes: list[str]) -> Context:
        iri = record["iri"]
        applying = site.subjects(GG.appliesTo, iri)
        place = {
            **record,
            "kind_label": "Jurisdiction" if record["kind"] == "jurisdiction" else "Local area",
            "broader": linker.entities(site.objects(iri, SKOS.broader)),
            "narrower": linker.entities(site.subjects(SKOS.broader, iri)),
            "documents": [linker.document(slug) for slug in record["documents"]],
            "guidance": linker.entities(a for a in applying if a in guidance_iris),
            "legal_bases": linker.entities(s for s in site.subjects(SCHEMA.legislationJurisdiction, iri)
                                           if is_a(site, s, GG.LegalBasis)),
            "note": site.value(iri, SKOS.scopeNote),
        }
        return {"place": place, "groups": by_document(slugged(linker.passages(quotes)), linker)}

    for record in site.records["jurisdictions"]:
        quotes = [p["passage_id"] for p in record["passages"]]
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="place.html",
            title=record["title"],
            kind="place",
            context=partial(context, record, quotes),
            jsonld=jsonld.thing("AdministrativeArea", record["title"], record["iri"],
                                containedInPlace=[site.label(b) for b in site.objects(record["iri"], SKOS.broader)]),
            description=f"{record['title']}: the guidance written for it and the law that extends to it.",
            quotes=quotes,
        )
