"""Pages of what the guidance says: myths, principle sets and principles, case examples."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import partial

from rdflib import RDFS, SKOS
from rdflib.namespace import DCTERMS

from guidegraph.listing import Record
from guidegraph.site import jsonld
from guidegraph.site.data import SiteGraph, derived_from, passage_id
from guidegraph.site.pages import Context, Linker, Page, concept_iri
from guidegraph.site.paths import anchor
from guidegraph.site.text import word_diff
from guidegraph.vocab import GG, document_iri

VERDICTS = {"no": "No: this is a myth", "yes": "Yes", "partly": "Partly"}


def paragraphs(text: str) -> list[str]:
    """Text split at blank lines (case example parts hold several paragraphs)."""
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def statement_anchor(record_id: str) -> str:
    return "source-" + anchor(record_id.split("/", 1)[-1])


def myth_pages(site: SiteGraph, linker: Linker) -> Iterable[Page]:
    by_concept: dict[str, list[Record]] = defaultdict(list)
    for record in site.records["myths"]:
        by_concept[record["concept"]].append(record)

    def context(title: str, records: list[Record]) -> Context:
        statements = [_statement(site, linker, record) for record in records]
        bases = linker.entities(sorted({b for s in records for b in _basis_iris(linker, s)}))
        return {"myth": {"title": title, "statements": statements, "legal_bases": bases}}

    for concept, records in sorted(by_concept.items()):
        iri = concept_iri(concept)
        records.sort(key=lambda r: (linker.document_dates.get(r["document"], ""), r["document"], r["id"]))
        title = site.label(iri)
        yield Page(
            path=linker.paths.page(iri) or "",
            template="myth.html",
            title=title,
            kind="myth",
            context=partial(context, title, records),
            jsonld=jsonld.faq(title, iri, records),
            description=f"Myth: {title} What each source answers, and the law the answer rests on.",
            quotes=[p for record in records for p in (_statement_passage(site, record), record["passage_id"]) if p],
        )


def _basis_iris(linker: Linker, record: Record) -> list[str]:
    return [linker.basis_iri[b] for b in record["legal_bases"] if b in linker.basis_iri]


def _statement_passage(site: SiteGraph, record: Record) -> str | None:
    """The passage stating a myth, when it is not the passage answering it."""
    sources = [p.rsplit("/id/passage/", 1)[-1] for p in derived_from(site, record["iri"])]
    return next((p for p in sources if p != record["passage_id"]), None)


def _statement(site: SiteGraph, linker: Linker, record: Record) -> Context:
    statement_passage = _statement_passage(site, record)
    return {
        "anchor": statement_anchor(record["id"]),
        "myth": record["myth"],
        "answer": paragraphs(record["answer"]),
        "verdict": VERDICTS.get(record["verdict"], record["verdict"]),
        "kind": record["kind"],
        "document": linker.document(record["document"]),
        "statement_ref": linker.passage(statement_passage) if statement_passage else None,
        "answer_ref": linker.passage(record["passage_id"]),
        "legal_bases": linker.entities(_basis_iris(linker, record)),
    }


def principle_pages(site: SiteGraph, linker: Linker) -> Iterable[Page]:
    by_concept: dict[str, list[Record]] = defaultdict(list)
    for record in site.records["principles"]:
        by_concept[concept_iri(record["concept"])].append(record)
    for set_iri in site.typed(GG.PrincipleSet):
        principles = sorted(site.subjects(SKOS.inScheme, set_iri), key=lambda p: _number(site, p))
        principles = [p for p in principles if linker.paths.page(p)]
        yield _set_page(site, linker, set_iri, principles, by_concept)
        for n, principle in enumerate(principles):
            neighbours = (principles[n - 1] if n else None, principles[n + 1] if n + 1 < len(principles) else None)
            yield _principle_page(site, linker, principle, by_concept.get(principle, []), set_iri, neighbours)


def _number(site: SiteGraph, node: str) -> int:
    value = site.value(node, GG.principleNumber)
    return int(value) if value.isdigit() else 0


def _set_page(site: SiteGraph, linker: Linker, set_iri: str, principles: list[str],
              by_concept: dict[str, list[Record]]) -> Page:
    title = site.label(set_iri)
    definition = site.value(set_iri, SKOS.definition)
    findings = _findings(site, set_iri)

    def context() -> Context:
        rows = [{**(linker.entity(p) or {}), "number": _number(site, p), "wordings": len(by_concept.get(p, [])),
                 "documents": sorted({r["document"] for r in by_concept.get(p, [])})} for p in principles]
        documents = sorted({slug for row in rows for slug in row["documents"]},
                           key=lambda s: (linker.document_dates[s], s))
        return {"set": {
            "title": title,
            "definition": definition,
            "aliases": site.objects(set_iri, SKOS.altLabel),
            "source": linker.entity(site.value(set_iri, DCTERMS.source)),
            "principles": rows,
            "documents": [linker.document(slug) for slug in documents],
            "findings": [{"text": text, "ref": linker.passage(passage)} for text, passage in findings],
        }}

    return Page(
        path=linker.paths.page(set_iri) or "",
        template="principle_set.html",
        title=title,
        kind="principle-set",
        context=context,
        jsonld=jsonld.thing("DefinedTermSet", title, set_iri, description=definition,
                            hasDefinedTerm=[jsonld.term(p, site.label(p)) for p in principles]),
        description=f"{title}: each principle and how each document words it.",
        quotes=[passage for _, passage in findings],
    )


def _findings(site: SiteGraph, set_iri: str) -> list[tuple[str, str]]:
    """Findings about counts of a set's principles: (what was found, the id of the passage it is in)."""
    rows = []
    for finding in site.subjects(GG.concerns, set_iri):
        passage = next((p for p in site.objects(finding, GG.concerns) if "/id/passage/" in p), "")
        rows.append((site.value(finding, RDFS.comment), passage.rsplit("/id/passage/", 1)[-1]))
    return rows


def _principle_page(site: SiteGraph, linker: Linker, iri: str, records: list[Record], set_iri: str,
                    neighbours: tuple[str | None, str | None]) -> Page:
    title = site.label(iri)
    number = _number(site, iri)
    records = sorted(records, key=lambda r: (linker.document_dates.get(r["document"], ""), r["document"], r["id"]))
    # passages that refer to the principle by its number ("the seventh Caldicott principle")
    mentions = [passage_id(p) for p in site.subjects(GG.mentionsPrinciple, iri)]

    def context() -> Context:
        return {"principle": {
            "mentions": linker.passages(mentions),
            "title": title,
            "number": number,
            "set": linker.entity(set_iri),
            "aliases": site.objects(iri, SKOS.altLabel),
            "wordings": _wordings(linker, records),
            "previous": linker.entity(neighbours[0]),
            "next": linker.entity(neighbours[1]),
        }}

    return Page(
        path=linker.paths.page(iri) or "",
        template="principle.html",
        title=f"{title} ({site.label(set_iri)}, {number})",
        kind="principle",
        context=context,
        jsonld=jsonld.thing("DefinedTerm", title, iri, inDefinedTermSet=set_iri, termCode=str(number)),
        description=f"{title}: the wording of each document side by side.",
        quotes=[record["passage_id"] for record in records if record["passage_id"]] + mentions,
    )


def _wordings(linker: Linker, records: list[Record]) -> list[Context]:
    """Each document's wording of a principle, its words that differ from another document's marked."""
    texts = [r["text"] for r in records]
    wordings = []
    for n, record in enumerate(records):
        other = texts[n - 1] if n else (texts[1] if len(texts) > 1 else None)
        wordings.append({
            "anchor": statement_anchor(record["id"]),
            "document": linker.document(record["document"]),
            "segments": word_diff(record["text"], other),
            "compared_with": linker.document(records[n - 1 if n else 1]["document"]) if other is not None else None,
            "ref": linker.passage(record["passage_id"]),
        })
    return wordings


def case_example_pages(site: SiteGraph, linker: Linker) -> Iterable[Page]:
    def context(record: Record) -> Context:
        return {"case": {
            **record,
            "scenario": paragraphs(record["scenario"]),
            "advice": paragraphs(record["advice"]),
            "outcome_if_shared": paragraphs(record["outcome_if_shared"]),
            "outcome_if_not_shared": paragraphs(record["outcome_if_not_shared"]),
            "document": linker.document(record["document"]),
            "legal_bases": linker.entities(linker.basis_iri[b] for b in record["legal_bases"] if b in linker.basis_iri),
            "provisions": linker.entities(linker.provision_iri[p] for p in record["provisions"]
                                          if p in linker.provision_iri),
            "evidence": linker.passages(record["passage_ids"]),
        }}

    for record in site.records["case-examples"]:
        yield Page(
            path=linker.paths.page(record["iri"]) or "",
            template="case_example.html",
            title=record["title"],
            kind="case-example",
            context=partial(context, record),
            jsonld=jsonld.thing("CreativeWork", record["title"], record["iri"], genre="case example",
                                abstract=record["scenario"][:300],
                                isPartOf=str(document_iri(record["document"]))),
            description=f"{record['title']}: the scenario, the advice, the outcomes and the law it rests on.",
            quotes=record["passage_ids"],
        )
