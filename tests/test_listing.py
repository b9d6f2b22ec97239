"""The entity records (records.json, `list`, the site): what the corpus refers to, not the whole catalog."""

from __future__ import annotations

import json
from pathlib import Path


def records_of(built_output: Path) -> dict[str, list[dict]]:
    return json.loads((built_output / "records.json").read_text(encoding="utf-8"))


def test_catalog_law_no_document_mentions_is_not_listed(built_output: Path) -> None:
    """The catalog holds law for other corpora (the Children (Scotland) Act 1995, ...); the bundled
    documents never mention it, so it gets no record, no page and no place in which-act."""
    bases = {b["id"]: b for b in records_of(built_output)["legal-bases"]}
    assert "children-scotland-act-1995" not in bases and "police-act-1997" not in bases
    assert "children-act-1989" in bases and bases["children-act-1989"]["cited_in"]
    graph = (built_output / "graph.ttl").read_text(encoding="utf-8")
    assert '"children-scotland-act-1995"' in graph  # still in the graph, as reference data


def test_a_successor_is_listed_with_the_superseded_law_that_points_to_it(built_output: Path) -> None:
    bases = {b["id"]: b for b in records_of(built_output)["legal-bases"]}
    assert bases["data-protection-act-1998"]["superseded_by"] == "data-protection-act-2018"
    assert "data-protection-act-2018" in bases


def test_a_legal_basis_record_says_what_the_law_is_for(built_output: Path) -> None:
    bases = {b["id"]: b for b in records_of(built_output)["legal-bases"]}
    assert "significant harm" in bases["children-act-1989"]["scope"]
    assert all(basis["scope"] for basis in bases.values() if not basis["uncatalogued"])


def test_provisions_only_the_reference_data_knows_are_not_listed(built_output: Path) -> None:
    """implied.ttl describes section 44 (emergency protection orders) for the terms that imply it;
    no bundled document mentions it."""
    records = records_of(built_output)
    provisions = {p["id"] for p in records["provisions"]}
    assert "ukpga/1989/41/section/44" not in provisions and "ukpga/1989/41/section/47" in provisions
    assert provisions == {ref["id"] for b in records["legal-bases"] for ref in b["provisions"]}


def test_provisions_are_listed_in_the_laws_order(built_output: Path) -> None:
    """Section 3 before section 17, not after it as text would sort them."""
    records = records_of(built_output)
    act = next(b for b in records["legal-bases"] if b["id"] == "children-act-1989")
    sections = [int(p["id"].rsplit("/", 1)[1]) for p in act["provisions"]]
    assert 3 in sections and 17 in sections and sections == sorted(sections)
    ids = [p["id"] for p in records["provisions"]]
    assert ids.index("ukpga/1989/41/section/3") < ids.index("ukpga/1989/41/section/17")


def test_records_read_from_the_store_index_are_those_of_the_graph_api() -> None:
    """GraphView reads the build's store (rdflib's SimpleMemory) directly; through rdflib's Graph API,
    as for any other store, it gives the same records."""
    from helpers import bundled_corpus
    from rdflib import Graph

    from guidegraph.catalog import load_catalog, load_ontology
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.listing import KINDS, GraphView

    docs = list(bundled_corpus())
    catalog = load_catalog()
    built = build_graph(docs, extract_corpus(docs, load_extractors(catalog)), catalog, load_ontology())
    other = Graph()  # rdflib's default store: no SimpleMemory index to read
    for triple in built:
        other.add(triple)
    fast, general = GraphView(built), GraphView(other)
    assert fast._spo is not None and general._spo is None
    assert {kind: fast.records(kind) for kind in KINDS} == {kind: general.records(kind) for kind in KINDS}
