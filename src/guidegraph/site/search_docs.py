"""What the site's search finds: one search document per entity page and per published passage,
and the alias sets (skos labels in the graph) a query word is expanded with."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import RDF, SKOS, URIRef
from rdflib.namespace import DCTERMS

from guidegraph.index_docs import contact_words, timescale_words
from guidegraph.search_hits import CASE_PASSAGE_WEIGHT
from guidegraph.site.data import SiteGraph
from guidegraph.site.pages import Linker, concept_iri
from guidegraph.site.search import SearchDoc
from guidegraph.site.text import cited_in
from guidegraph.vocab import GG, ID

SYNONYMS = str(ID["synonyms"])
LABELS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
ALIASED = (GG.LegalBasis, GG.Provision, GG.Role, GG.Agency, GG.Purpose, GG.PrincipleSet, GG.Jurisdiction,
           GG.LocalArea, GG.Guidance)


def label_sets(site: SiteGraph) -> list[list[str]]:
    """Each node's labels (pref, alt, hidden): the synonym scheme's concepts and the aliased kinds of entity."""
    nodes = set(site.subjects(SKOS.inScheme, SYNONYMS))
    for cls in ALIASED:
        nodes.update(site.typed(cls))
    sets = []
    for node in sorted(nodes):
        labels = [str(o) for p in LABELS for o in site.graph.objects(URIRef(node), p)]
        labels += [str(o) for o in site.graph.objects(URIRef(node), DCTERMS.title)]
        if len(set(labels)) > 1:
            sets.append(sorted(set(labels)))
    return sets


def guidance_words(site: SiteGraph) -> list[str]:
    """The synonym concepts' own words (skos:prefLabel, the guidance's word for what people type):
    a word's aliases keep these first (expansion.Expander)."""
    concepts = site.subjects(SKOS.inScheme, SYNONYMS)
    return sorted({str(o) for node in concepts for o in site.graph.objects(URIRef(node), SKOS.prefLabel)})


def search_docs(site: SiteGraph, linker: Linker, published: list[str]) -> list[SearchDoc]:
    """Entity pages and the passages of `published` (passage ids shown on the site)."""
    law = _law_pages(site, linker)
    return [*_entities(site, linker, law), *_myths(site, linker, law), *_principles(site, linker),
            *_passages(site, linker, published, law)]


class _LawPages:
    """The pages of the legal bases each passage, provision or legal basis id rests on."""

    def __init__(self, page: dict[str, str], of_provision: dict[str, str], of_passage: dict[str, set[str]]) -> None:
        self.page = page  # legal basis id -> its page
        self.of_provision = of_provision  # provision id -> its legal basis's page
        self.of_passage = of_passage  # passage id -> the pages of the legal bases it cites, or cites a provision of

    def of_bases(self, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({self.page[i] for i in ids if i in self.page}))


def _law_pages(site: SiteGraph, linker: Linker) -> _LawPages:
    page = {r["id"]: linker.paths.page(r["iri"]) or "" for r in site.records["legal-bases"]}
    page = {basis: url for basis, url in page.items() if url}
    of_provision = {r["id"]: page[r["legal_basis"]] for r in site.records["provisions"] if r["legal_basis"] in page}
    of_passage: dict[str, set[str]] = defaultdict(set)
    of_target: dict[str, str] = {}  # legal basis or provision IRI -> the legal basis's page
    for kind, key in (("legal-bases", "id"), ("provisions", "legal_basis")):
        for record in site.records[kind]:
            url = page.get(record[key])
            if url:
                of_target[record["iri"]] = url
            for row in record["cited_in"] if url else ():
                of_passage[row["passage_id"]].add(url)
    headings = _heading_law(site, of_target)
    for passage_id, passage in site.passages.items():  # a passage naming no law is about the law its heading names
        if passage_id not in of_passage and passage.section in headings:
            of_passage[passage_id] = headings[passage.section]
    return _LawPages(page, of_provision, of_passage)


def _heading_law(site: SiteGraph, of_target: dict[str, str]) -> dict[str, set[str]]:
    """Section IRI -> the pages of the law its heading names (a citation on a line before its
    passage's first), as the command line's index reads it; a negated mention names nothing."""
    column = site.column
    cited_in, targets, lines = column(GG.citedIn), column(GG.refersTo), column(GG.lineStart)
    negated = column(GG.negatedBy)
    headings: dict[str, set[str]] = defaultdict(set)
    for citation, passage_iri in cited_in.items():
        passage = site.passage_by_iri(str(passage_iri))
        url = of_target.get(str(targets.get(citation, "")))
        if passage is None or url is None or citation in negated or passage.section is None:
            continue
        if int(str(lines.get(citation, 0))) < int(str(lines.get(str(passage_iri), 0))):
            headings[passage.section].add(url)
    return headings


def _aliases(site: SiteGraph, iri: str) -> list[str]:
    return sorted({str(o) for p in LABELS for o in site.graph.objects(URIRef(iri), p)})


def _entities(site: SiteGraph, linker: Linker, law: _LawPages) -> list[SearchDoc]:
    records = site.records
    docs = []
    for r in records["legal-bases"]:
        provisions = "; ".join(p["title"] for p in r["provisions"])
        also = "Also called: " + "; ".join(r["aliases"]) if r["aliases"] else ""
        text = ". ".join(x for x in (r["title"], r["status"] or "", provisions, also) if x)
        docs.append(_doc(linker, "legal-basis", r["iri"], r["title"], r["status"] or r["type"], text,
                         " ".join([r["title"], *r["aliases"], provisions])))
    for r in records["provisions"]:
        docs.append(_doc(linker, "provision", r["iri"], r["title"], cited_in(len(r['cited_in'])),
                         r["title"], " ".join([r["title"], *_aliases(site, r["iri"])]),
                         law.of_bases([r["legal_basis"]])))
    for r in records["case-examples"]:
        text = " ".join(x for x in (r["setting"], r["scenario"], r["advice"], r["outcome_if_shared"],
                                    r["outcome_if_not_shared"]) if x)
        docs.append(_doc(linker, "case-example", r["iri"], r["title"], linker.document(r["document"])["title"], text,
                         r["title"], _case_law(law, r)))
    for r in records["guidance"]:
        sub = ", ".join(str(x) for x in (r["publisher"], r["year"]) if x)
        docs.append(_doc(linker, "guidance", r["iri"], r["title"], sub, r["title"],
                         " ".join([r["title"], *_aliases(site, r["iri"])])))
    for r in records["jurisdictions"]:
        docs.append(_doc(linker, "place", r["iri"], r["title"], r["kind"].replace("-", " "), r["title"],
                         " ".join([r["title"], *_aliases(site, r["iri"])])))
    for r in records["documents"]:
        sub = f"{r['publisher']}, {r['date']}"
        docs.append(_doc(linker, "document", r["iri"], r["title"], sub, f"{r['title']}. {sub}", r["title"]))
    return docs


def _case_law(law: _LawPages, record: dict) -> tuple[str, ...]:
    provisions = [law.of_provision[p] for p in record["provisions"] if p in law.of_provision]
    return tuple(sorted({*law.of_bases(record["legal_bases"]), *provisions}))


def _doc(linker: Linker, kind: str, iri: str, title: str, sub: str, text: str, names: str,
         cites: tuple[str, ...] = ()) -> SearchDoc:
    return SearchDoc(kind=kind, title=title, url=linker.paths.page(iri) or "", sub=sub, text=text, names=names,
                     cites=cites)


def _myths(site: SiteGraph, linker: Linker, law: _LawPages) -> list[SearchDoc]:
    """One search document per distinct wording of a myth and its answer, each leading to the myth's
    page: a myth is found by its best wording, as `guidegraph myths` finds it, not by words spread
    over all its sources (search.js keeps one result per page)."""
    wordings: dict[str, dict[tuple[str, str], None]] = defaultdict(dict)
    bases: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, int] = defaultdict(int)
    for r in site.records["myths"]:
        wordings[r["concept"]][(r["myth"], r["answer"])] = None
        bases[r["concept"]].update(law.of_bases(r["legal_bases"]))
        sources[r["concept"]] += 1
    docs = []
    for concept, pairs in sorted(wordings.items()):
        iri = concept_iri(concept)
        title = site.label(iri)
        for myth, answer in pairs:
            docs.append(_doc(linker, "myth", iri, title, f"{sources[concept]} sources", f"{myth} {answer}", myth,
                             tuple(sorted(bases[concept]))))
    return docs


def _principles(site: SiteGraph, linker: Linker) -> list[SearchDoc]:
    wordings: dict[str, list[str]] = defaultdict(list)
    for r in site.records["principles"]:
        wordings[concept_iri(r["concept"])].append(r["text"])
    docs = []
    for set_iri in site.typed(GG.PrincipleSet):
        title = site.label(set_iri)
        principles = [p for p in site.subjects(SKOS.inScheme, set_iri)
                      if (URIRef(p), RDF.type, GG.Principle) in site.graph]
        names = " ".join([title, *_aliases(site, set_iri)])
        text = ". ".join([title, *(site.label(p) for p in principles)])
        docs.append(_doc(linker, "principle", set_iri, title, "principle set", text, names))
        for principle in principles:
            label = site.label(principle)
            text = " ".join(dict.fromkeys(wordings.get(principle, []))) or label
            docs.append(_doc(linker, "principle", principle, label, title, text, label))
    return [d for d in docs if d.url]


def _passages(site: SiteGraph, linker: Linker, published: list[str], law: _LawPages) -> list[SearchDoc]:
    """The published passages; a case example's count less, as in `guidegraph search`: a question told
    as a story shares a story's everyday words whatever it asks, and the advice it asks for lies elsewhere."""
    stories = {p for record in site.records["case-examples"] for p in record["passage_ids"]}
    added: dict[str, str] = {}  # words the passage never writes, by text: a passage repeated word for word is read once
    docs = []
    for passage_id in published:
        passage = site.passages[passage_id]
        document = linker.document(passage.document)
        cites = law.of_passage.get(passage_id)
        names = added.get(passage.text)
        if names is None:  # "phone number" finds "0300 123 4567", "how soon" finds "the same day"
            names = added[passage.text] = " ".join([*contact_words(passage.text), *timescale_words(passage.text)])
        docs.append(SearchDoc(kind="passage", title=linker.section_label(passage).strip() or document["title"],
                              url=linker.passage_url(passage), sub=document["title"], text=passage.text,
                              names=names,
                              cites=tuple(sorted(cites)) if cites else (),
                              weight=CASE_PASSAGE_WEIGHT if passage_id in stories else 1.0))
    return docs
