"""Passage index documents kept by corpus document: a rebuild makes again only those of the
documents whose own chunks, links or places changed, and gives a clean build's index."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import bundled_corpus
from rdflib import Graph
from test_trust_helpers import SECOND, SMALL, build_library, corpus_of, snapshot

import guidegraph.passage_cache
from guidegraph.catalog import load_catalog, load_ontology
from guidegraph.chunks import Chunk, chunk_graph
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.graph import build_graph
from guidegraph.index_docs import PassageTables, Places
from guidegraph.listing import KINDS, GraphView
from guidegraph.passage_cache import SUFFIX, PassageCache, passage_cache_dir

Records = dict[str, list[dict]]


@pytest.fixture(scope="module")
def bundled() -> tuple[Graph, list[Chunk], Records]:
    docs = list(bundled_corpus())
    catalog = load_catalog()
    graph = build_graph(docs, extract_corpus(docs, load_extractors(catalog)), catalog, load_ontology())
    view = GraphView(graph)
    return graph, chunk_graph(graph), {kind: view.records(kind) for kind in KINDS}


def made_by_document(graph: Graph, records: Records) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for document in PassageTables(graph, records, Places(records)).documents():
        found.setdefault(document["document"], []).append(document)
    return found


def test_a_documents_passages_made_from_its_own_chunks_are_those_made_from_the_whole_graph(
        bundled: tuple[Graph, list[Chunk], Records], tmp_path: Path) -> None:
    """What the cache rests on: a passage's index document reads nothing but its own document's
    chunks of `SOURCE_KINDS` (and the records)."""
    graph, chunks, records = bundled
    whole = made_by_document(graph, records)
    cache = PassageCache(tmp_path, chunks)
    for slug in whole:
        alone = made_by_document(cache._subgraph(graph, [slug]), records)
        assert alone == {slug: whole[slug]}, slug


def test_keys_change_with_what_a_documents_passages_are_made_from(bundled: tuple[Graph, list[Chunk], Records],
                                                                tmp_path: Path) -> None:
    graph, chunks, records = bundled
    keys = PassageCache(tmp_path, chunks)._keys(records, Places(records))
    assert len(set(keys.values())) == len(keys) == len(made_by_document(graph, records))

    edited = [Chunk(c.key, "edited", c.subjects) if c.key == f"citation/{SMALL}" else c for c in chunks]
    changed = PassageCache(tmp_path, edited)._keys(records, Places(records))
    assert {slug for slug in keys if keys[slug] != changed[slug]} == {SMALL}

    case = next(c for c in records["case-examples"] if c["passage_ids"])
    relinked = {**records, "case-examples": [{**c, "title": c["title"] + " (retitled)"} if c is case else c
                                             for c in records["case-examples"]]}
    changed = PassageCache(tmp_path, chunks)._keys(relinked, Places(relinked))
    assert {slug for slug in keys if keys[slug] != changed[slug]} == {p.split("/", 1)[0] for p in case["passage_ids"]}

    renamed = {**records, "legal-bases": [{**b, "title": b["title"] + " (renamed)"} for b in records["legal-bases"]]}
    changed = PassageCache(tmp_path, chunks)._keys(renamed, Places(renamed))
    assert all(keys[slug] != changed[slug] for slug in keys), "the law's names are part of every passage's context"


def entries(out: Path) -> list[str]:
    return sorted(p.name for p in passage_cache_dir(out).iterdir())


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The documents whose passages each build made (rather than loaded), in this process."""
    found: list[list[str]] = []
    real = PassageTables.documents

    def documents(self: PassageTables) -> object:
        made = list(real(self))
        found.append(sorted({d["document"] for d in made}))
        return iter(made)

    monkeypatch.setattr(guidegraph.passage_cache.PassageTables, "documents", documents)
    return found


def test_a_rebuild_after_one_edit_makes_only_that_documents_passages(tmp_path: Path, made: list[list[str]]) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_library(corpus, out)
    assert made == [[SMALL, SECOND]]
    assert len(entries(out)) == 2
    with open(corpus / f"{SECOND}.txt", "a", encoding="utf-8") as handle:
        handle.write("\nPractitioners should record why they shared information under section 47 of the Children"
                     " Act 1989.\n")
    build_library(corpus, out)
    assert made[1:] == [[SECOND]]
    assert len(entries(out)) == 2, "the edited document's old entry is left behind"
    build_library(corpus, out)
    assert made[2:] == [], "an unchanged corpus makes no passage again"
    clean = tmp_path / "clean"
    build_library(corpus, clean, clean=True)
    assert made[2:] == [[SMALL, SECOND]]
    assert snapshot(out / "index") == snapshot(clean / "index")


@pytest.mark.parametrize("damage", ["truncated", "another document's entry", "empty"])
def test_a_damaged_entry_is_made_again(tmp_path: Path, made: list[list[str]], damage: str) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_library(corpus, out)
    reference = snapshot(out / "index")
    first, second = sorted(passage_cache_dir(out).glob(f"*{SUFFIX}"))
    data = first.read_bytes()
    first.write_bytes({"truncated": data[: len(data) // 2], "another document's entry": second.read_bytes(),
                       "empty": b""}[damage])
    build_library(corpus, out)
    assert len(made) == 2 and len(made[1]) == 1
    assert snapshot(out / "index") == reference


def test_the_clean_option_loads_nothing_and_a_removed_documents_entry_goes(tmp_path: Path,
                                                                           made: list[list[str]]) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_library(corpus, out)
    build_library(corpus, out, clean=True)
    assert made == [[SMALL, SECOND], [SMALL, SECOND]]
    for path in corpus.glob(f"{SECOND}.*"):
        path.unlink()
    build_library(corpus, out)
    assert len(entries(out)) == 1


def test_the_cache_folder_sits_beside_the_output(tmp_path: Path) -> None:
    assert passage_cache_dir(tmp_path / "build") == tmp_path / ".build-cache" / "passages"
