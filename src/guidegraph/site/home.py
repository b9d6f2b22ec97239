"""The home page, the search page and one index page per kind of page."""

from __future__ import annotations

from collections import defaultdict

from rdflib import SKOS

from guidegraph.answer_text import first_sentence
from guidegraph.site import jsonld
from guidegraph.site.data import SiteGraph
from guidegraph.site.pages import Context, Linker, Page, concept_iri
from guidegraph.site.paths import index_page
from guidegraph.site.text import cited_in, counted
from guidegraph.vocab import GG

SITE_NAME = "guidegraph: sharing information to keep children safe"
KIND_TITLES = {
    "legal-bases": "Legal bases",
    "provisions": "Provisions",
    "myths": "Myths",
    "principles": "Principles",
    "case-examples": "Case examples",
    "places": "Jurisdictions and local areas",
    "guidance": "Cited guidance",
    "documents": "Documents",
}
KIND_INTROS = {
    "legal-bases": "Acts, regulations, treaties, common law and disclosure schemes the guidance relies on.",
    "provisions": "Sections and articles the guidance cites, by legal basis.",
    "myths": "Beliefs that hold practitioners back, with each source's answer.",
    "principles": "Sets of principles (golden rules, Caldicott principles, ...) and each document's wording.",
    "case-examples": "Worked examples of practitioners deciding whether to share, by document.",
    "places": "The UK, its nations and the local areas the guidance is written for.",
    "guidance": "Other guidance documents the corpus points to.",
    "documents": "The guidance documents this site is built from.",
}


def _row(entity: Context | None, detail: str = "", summary: str = "") -> Context | None:
    return {**entity, "detail": detail, "summary": summary} if entity else None


def _section(heading: str, rows: list[Context | None]) -> Context:
    return {"heading": heading, "rows": [r for r in rows if r is not None]}


def index_sections(site: SiteGraph, linker: Linker) -> dict[str, list[Context]]:
    """The sections of each kind's index page."""
    records = site.records
    cited = {r["id"]: len(r["cited_in"]) for r in records["legal-bases"]}
    types: dict[str, list[Context | None]] = defaultdict(list)
    for record in records["legal-bases"]:
        detail = ", ".join(x for x in (record["status"] or "", cited_in(cited[record['id']])) if x)
        types[type_group(record["type"])].append(_row(linker.entity(record["iri"]), detail,
                                                       first_sentence(record["scope"])))
    provisions: dict[str, list[Context | None]] = defaultdict(list)
    for record in records["provisions"]:
        basis = linker.basis_iri.get(record["legal_basis"], "")
        provisions[site.label(basis)].append(_row(linker.entity(record["iri"], site.label(record["iri"])),
                                                  cited_in(len(record['cited_in']))))
    return {
        "legal-bases": [_section(name, rows) for name, rows in sorted(types.items())],
        "provisions": [_section(name, rows) for name, rows in sorted(provisions.items())],
        "myths": [_myth_section(site, linker)],
        "principles": _principle_sections(site, linker),
        "case-examples": _by_document_sections(linker, records["case-examples"]),
        "places": _place_sections(linker, records["jurisdictions"]),
        "guidance": [_section("Guidance", [_row(linker.entity(r["iri"]), _guidance_detail(r))
                                           for r in records["guidance"]])],
        "documents": [_section("Documents", [_row(linker.entity(r["iri"], r["title"]), _document_detail(r))
                                             for r in records["documents"]])],
    }


def type_group(kind: str) -> str:
    """The heading a legal basis of legislation.gov.uk type `kind` is listed under. Northern Ireland's
    Orders in Council and the Welsh Assembly's Measures are its primary legislation, as Acts are."""
    if kind in {"ukpga", "asp", "anaw", "asc", "nia", "apni", "nisi", "mwa"}:
        return "Acts"
    return {"uksi": "Regulations", "ssi": "Regulations", "wsi": "Regulations", "nisr": "Regulations",
            "eur": "Regulations", "treaty": "Treaties", "common-law": "Common law", "code": "Codes of practice",
            "scheme": "Disclosure schemes"}.get(kind, "Other legal bases")


def _myth_section(site: SiteGraph, linker: Linker) -> Context:
    sources: dict[str, set[str]] = defaultdict(set)
    for record in site.records["myths"]:
        sources[record["concept"]].add(record["document"])
    rows = [_row(linker.entity(concept_iri(c)), f"{len(d)} sources") for c, d in sorted(sources.items())]
    return _section("Myths", rows)


def _principle_sections(site: SiteGraph, linker: Linker) -> list[Context]:
    sections = []
    for set_iri in site.typed(GG.PrincipleSet):
        principles = sorted(
            (p for p in site.typed(GG.Principle) if site.value(p, SKOS.inScheme) == set_iri),
            key=lambda p: int(site.value(p, GG.principleNumber) or 0),
        )
        rows = [_row(linker.entity(set_iri), "the whole set, side by side")]
        rows += [_row(linker.entity(p), f"principle {site.value(p, GG.principleNumber)}") for p in principles]
        sections.append(_section(site.label(set_iri), rows))
    return sections


def _by_document_sections(linker: Linker, records: list[dict]) -> list[Context]:
    groups: dict[str, list[Context | None]] = defaultdict(list)
    for record in records:
        groups[record["document"]].append(_row(linker.entity(record["iri"], record["title"]),
                                               f"section {record['section']}" if record["section"] else ""))
    order = sorted(groups, key=lambda slug: (linker.document_dates.get(slug, ""), slug))
    return [_section(linker.document(slug)["title"], groups[slug]) for slug in order]


def _place_sections(linker: Linker, records: list[dict]) -> list[Context]:
    rows = {kind: [_row(linker.entity(r["iri"]), counted(len(r['documents']), "document")) for r in records
                   if r["kind"] == kind] for kind in ("jurisdiction", "local-area")}
    return [_section("Jurisdictions", rows["jurisdiction"]), _section("Local areas", rows["local-area"])]


def _guidance_detail(record: dict) -> str:
    return ", ".join(str(x) for x in (record["publisher"], record["year"]) if x)


def _document_detail(record: dict) -> str:
    excerpts = "; excerpts only" if record["publish"] == "excerpts" else ""
    return f"{record['publisher']}, {record['date']}{excerpts}"


def index_pages(site: SiteGraph, linker: Linker) -> list[Page]:
    pages = []
    for kind, sections in index_sections(site, linker).items():
        title = KIND_TITLES[kind]
        pages.append(Page(
            path=index_page(kind),
            template="list.html",
            title=title,
            kind="index",
            context={"intro": KIND_INTROS[kind], "sections": sections},
            jsonld=jsonld.thing("CollectionPage", title, None, description=KIND_INTROS[kind]),
            description=KIND_INTROS[kind],
        ))
    return pages


def home_page(site: SiteGraph, linker: Linker) -> Page:
    counts = {kind: len(site.records[kind]) for kind in site.records}
    counts["myths"] = len({r["concept"] for r in site.records["myths"]})
    ways = [
        {"title": KIND_TITLES[kind], "url": index_page(kind), "intro": KIND_INTROS[kind], "count": counts[kind]}
        for kind in ("legal-bases", "myths", "case-examples")
    ]
    more = [
        {"title": KIND_TITLES[kind], "url": index_page(kind), "intro": KIND_INTROS[kind]}
        for kind in ("principles", "provisions", "documents", "guidance", "places")
    ]
    return Page(
        path="index.html",
        template="home.html",
        title="Sharing information to keep children safe",
        kind="home",
        context={"ways": ways, "more": more, "documents": counted(len(site.records["documents"]), "guidance document"),
                 "passages": counted(len(site.passages), "passage")},
        jsonld=jsonld.thing("WebSite", SITE_NAME, None,
                            description="UK child-safeguarding information-sharing guidance as a knowledge graph."),
        description="What the law says about sharing information to keep children safe, from the guidance itself.",
    )


def search_page() -> Page:
    return Page(
        path="search.html",
        template="search.html",
        title="Search",
        kind="search",
        context={},
        jsonld=jsonld.thing("SearchResultsPage", "Search", None),
        description="Search the legal bases, myths, principles, case examples and passages of the guidance.",
    )
