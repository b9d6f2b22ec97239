"""Pages of the law: legal bases, provisions and the guidance documents the corpus cites."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from typing import Any

from rdflib import RDFS, SKOS
from rdflib.namespace import DCTERMS

from guidegraph.listing import Record
from guidegraph.site import jsonld
from guidegraph.site.data import SiteGraph
from guidegraph.site.markup import lines_html, quote_html, source_quote_html
from guidegraph.site.pages import Context, Linker, Page, by_document, concept_iri, slugged
from guidegraph.site.paths import page_depth, provision_name
from guidegraph.site.text import cited_in, excerpt
from guidegraph.vocab import GG, SCHEMA

LEGISLATION_SITE = "https://www.legislation.gov.uk/"
TYPE_LABELS = {
    "ukpga": "UK Public General Act", "uksi": "UK Statutory Instrument", "asp": "Act of the Scottish Parliament",
    "ssi": "Scottish Statutory Instrument", "anaw": "Act of the National Assembly for Wales",
    "asc": "Act of Senedd Cymru", "wsi": "Wales Statutory Instrument", "nia": "Act of the Northern Ireland Assembly",
    "apni": "Act of the Parliament of Northern Ireland", "mwa": "Measure of the National Assembly for Wales",
    "nisi": "Northern Ireland Order in Council", "nisr": "Northern Ireland Statutory Rule",
    "eur": "Retained EU legislation", "treaty": "Treaty",
    "common-law": "Common law", "code": "Code of practice", "scheme": "Disclosure scheme",
    "uncatalogued": "Not in the catalog (found in the text)",
}


class Rests:
    """What rests on each legal basis or provision: passages, myths, principles, case examples.

    Indexed once by target (basis id or provision IRI), so each page costs what it shows.
    """

    def __init__(self, site: SiteGraph) -> None:
        cites: dict[str, set[str]] = defaultdict(set)  # passage id -> bases and provisions it cites
        for predicate in (GG.citesLegalBasis, GG.citesProvision):
            for passage, target in site.graph.subject_objects(predicate):
                passage_id = str(passage).rsplit("/id/passage/", 1)[-1]
                if passage_id in site.passages:
                    cites[passage_id].add(str(target))
        self.myths: dict[str, list[Record]] = defaultdict(list)  # basis id or provision IRI -> myth records
        for record in site.records["myths"]:
            for key in [*record["legal_bases"], *cites.get(record["passage_id"] or "", ())]:
                self.myths[key].append(record)
        self.principles: dict[str, list[Record]] = defaultdict(list)  # basis or provision IRI -> principles
        for record in site.records["principles"]:
            for target in cites.get(record["passage_id"] or "", ()):
                self.principles[target].append(record)
        # A quote's HTML by passage text, citations and targets: a passage copied word for word into
        # other documents (a model policy, a large corpus) is quoted once, not once a copy.
        self._quotes: dict[tuple[Any, ...], str] = {}
        self.cases: dict[str, list[Record]] = defaultdict(list)  # basis id or provision id -> case examples
        for record in site.records["case-examples"]:
            for key in {*record["legal_bases"], *record["provisions"]}:
                self.cases[key].append(record)

    def groups(self, linker: Linker, iri: str, basis_id: str | None, cited_in: list[Record],
               parts: Iterable[str] = ()) -> list[Context]:
        """Everything resting on `iri` (or its `parts`, a basis's provisions), by document, oldest
        first; the quotes of the passages citing it, thousands on a large site, written as HTML."""
        groups: dict[str, Context] = {}

        def group(slug: str) -> Context:
            found = groups.get(slug)
            if found is None:
                found = groups[slug] = {"document": linker.document(slug), "quotes": [], "myths": [],
                                        "principles": [], "case_examples": []}
            return found

        targets = {iri, *parts}
        wanted = frozenset(targets)
        depth = page_depth(linker.paths.page(iri) or "")
        for row in cited_in:
            ref = linker.passage(row["passage_id"])
            passage = linker.site.passages.get(row["passage_id"])
            if ref is not None and passage is not None:
                citations = linker.site.citations_in.get(passage.iri, [])
                key = (passage.text, wanted, tuple((c.start, c.end, c.text, c.target) for c in citations))
                quote = self._quotes.get(key)
                if quote is None:
                    quote = self._quotes[key] = quote_html(excerpt(passage.text, citations, targets))
                group(row["document"])["quotes"].append(source_quote_html(quote, ref, depth))
        for record in _unique(self.myths.get(basis_id if basis_id is not None else iri, [])):
            url = linker.paths.page(concept_iri(record["concept"]))
            group(record["document"])["myths"].append({"title": record["myth"], "url": url})
        for record in _unique(self.principles.get(iri, [])):
            group(record["document"])["principles"].append(linker.entity(concept_iri(record["concept"])))
        for record in _unique(self.cases.get(basis_id if basis_id is not None else provision_name(iri), [])):
            group(record["document"])["case_examples"].append(linker.entity(record["iri"], record["title"]))
        order = sorted(groups, key=lambda slug: (linker.document_dates.get(slug, ""), slug))
        return [{**groups[slug], "quotes": lines_html(groups[slug]["quotes"])} for slug in order]


def _unique(records: list[Record]) -> list[Record]:
    return list({record["id"]: record for record in records}.values())


def legislation_url(site: SiteGraph, record: Record) -> str | None:
    """The public page of a legal basis: its catalog's rdfs:seeAlso, else built from its legislation.gov.uk id."""
    for url in site.objects(record["iri"], RDFS.seeAlso):
        if url.startswith(LEGISLATION_SITE):
            return url
    return LEGISLATION_SITE + record["legislation_gov_uk"] if record["legislation_gov_uk"] else None


RESTS_ON_IT = "its status, and every passage, myth and case example resting on it."  # uncatalogued law: no note


def legal_basis_pages(site: SiteGraph, linker: Linker, rests: Rests) -> Iterable[Page]:
    by_id = {r["id"]: r for r in site.records["legal-bases"]}
    supersedes: dict[str, list[str]] = defaultdict(list)
    for record in site.records["legal-bases"]:
        if record["superseded_by"]:
            supersedes[record["superseded_by"]].append(record["iri"])
    cited = {r["id"]: len(r["cited_in"]) for r in site.records["provisions"]}

    def context(record: Record, url: str | None, places: list[str]) -> Context:
        successor = by_id.get(record["superseded_by"] or "")
        provisions = [{**linker.entity(p["iri"], p["title"]), "cited": cited_in(cited.get(p["id"], 0))}
                      for p in record["provisions"]]
        basis = {
            **record,
            "type_label": TYPE_LABELS.get(record["type"], record["type"]),
            "status_note": site.value(record["iri"], GG.statusNote),
            "legislation_url": url,
            "superseded_by": linker.entity(successor["iri"]) if successor else None,
            "supersedes": linker.entities(supersedes.get(record["id"], [])),
            "places": linker.entities(places),
            "provisions": provisions,
            "findings": _findings(site, linker, record["iri"]),
        }
        return {"basis": basis, "groups": rests.groups(linker, record["iri"], record["id"], record["cited_in"],
                                                       [p["iri"] for p in record["provisions"]])}

    for record in site.records["legal-bases"]:
        url = legislation_url(site, record)
        places = site.objects(record["iri"], SCHEMA.legislationJurisdiction)
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="legal_basis.html",
            title=record["title"],
            kind="legal-basis",
            context=partial(context, record, url, places),
            jsonld=jsonld.legislation(record, url, [site.label(p) for p in places]),
            description=f"{record['title']}: {record['scope'] or RESTS_ON_IT}",
            quotes=cited_passages(record),
        )


def cited_passages(record: Record) -> list[str]:
    """The passages citing a legal basis, provision or guidance document: its page quotes each."""
    return [row["passage_id"] for row in record["cited_in"]]


def _findings(site: SiteGraph, linker: Linker, iri: str) -> list[Context]:
    """Currency-audit findings about a legal basis: documents relying on it although superseded."""
    rows = []
    for finding in site.subjects(GG.concerns, iri):
        document = site.value(finding, GG.document)
        slug = document.rsplit("/", 1)[-1]
        rows.append({"text": site.value(finding, RDFS.comment), "document": linker.document(slug)})
    return rows


def provision_pages(site: SiteGraph, linker: Linker, rests: Rests) -> Iterable[Page]:
    bases = {r["id"]: r for r in site.records["legal-bases"]}

    def context(record: Record, basis: Record | None, legislation: str | None) -> Context:
        provision = {
            **record,
            "label": site.label(record["iri"]),
            "basis": linker.entity(basis["iri"]) if basis else None,
            "legislation_url": _provision_url(legislation, record) if legislation and basis else None,
        }
        return {"provision": provision, "groups": rests.groups(linker, record["iri"], None, record["cited_in"])}

    for record in site.records["provisions"]:
        basis = bases.get(record["legal_basis"])
        legislation = legislation_url(site, basis) if basis else None
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="provision.html",
            title=record["title"],
            kind="provision",
            context=partial(context, record, basis, legislation),
            jsonld=jsonld.thing("Legislation", record["title"], record["iri"],
                                isPartOf=basis["iri"] if basis else None,
                                legislationIdentifier=record["id"] if basis and basis["legislation_gov_uk"] else None),
            description=f"{record['title']}: where the guidance cites it.",
            quotes=cited_passages(record),
        )


def _provision_url(legislation: str, record: Record) -> str | None:
    """legislation.gov.uk's page of a single section or article, or of a schedule's paragraph
    ("1 paragraph 18": `.../schedule/1/paragraph/18`); None for ranges ("59-66")."""
    number = record["number"].split("(")[0].strip()
    parts = number.split(" paragraph ")
    if not all(part.isalnum() for part in parts) or len(parts) > 2:
        return None
    return f"{legislation}/{record['type']}/{'/paragraph/'.join(parts)}"


def guidance_pages(site: SiteGraph, linker: Linker) -> Iterable[Page]:
    def context(record: Record) -> Context:
        guidance = {
            **record,
            "places": linker.entities(site.objects(record["iri"], GG.appliesTo)),
            "definition": site.value(record["iri"], SKOS.definition) or site.value(record["iri"], RDFS.comment),
            "principle_sets": linker.entities(site.subjects(DCTERMS.source, record["iri"])),
        }
        return {"guidance": guidance, "groups": by_document(slugged(linker.passages(cited_passages(record))), linker)}

    for record in site.records["guidance"]:
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="guidance.html",
            title=record["title"],
            kind="guidance",
            context=partial(context, record),
            jsonld=jsonld.thing("CreativeWork", record["title"], record["iri"],
                                publisher=record["publisher"], dateCreated=str(record["year"] or "") or None),
            description=f"{record['title']}: where the corpus cites it.",
            quotes=cited_passages(record),
        )
