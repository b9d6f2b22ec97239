"""Digests of a document's own chunks kept by its cache key: a rebuild hashes only what changed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from helpers import bundled_corpus
from rdflib import Graph
from test_trust_helpers import SECOND, SMALL, build_library, corpus_of, snapshot

import guidegraph.chunks
from guidegraph.catalog import load_catalog, load_ontology
from guidegraph.chunks import DOCUMENT_KINDS, Chunk, DocumentDigests, chunk_graph, digests_salt, graph_cache_dir
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.graph import build_graph


def graph_of(docs: list) -> Graph:
    catalog = load_catalog()
    return build_graph(docs, extract_corpus(docs, load_extractors(catalog)), catalog, load_ontology())


def own_chunks(chunks: list[Chunk], slug: str) -> dict[str, tuple[str, int]]:
    return {c.key: (c.digest, len(c.subjects)) for c in chunks
            if c.key.partition("/")[0] in DOCUMENT_KINDS and c.key.partition("/")[2] == slug}


@pytest.fixture(scope="module")
def whole() -> list[Chunk]:
    return chunk_graph(graph_of(list(bundled_corpus())))


def test_a_documents_own_chunks_are_made_from_it_alone(whole: list[Chunk]) -> None:
    """What DOCUMENT_KINDS promises: a document's chunks of those kinds hold the same triples
    whatever other documents the corpus holds (myths and findings, made over the corpus, do not)."""
    for doc in bundled_corpus():
        alone = own_chunks(chunk_graph(graph_of([doc])), doc.meta.slug)
        assert alone and alone == own_chunks(whole, doc.meta.slug), doc.meta.slug


def test_known_digests_are_taken_and_the_rest_hashed(whole: list[Chunk], monkeypatch: pytest.MonkeyPatch) -> None:
    graph = graph_of(list(bundled_corpus()))
    known = own_chunks(whole, SMALL)
    hashed: list[str] = []
    real = guidegraph.chunks._chunk
    monkeypatch.setattr(guidegraph.chunks, "_chunk", lambda key, *rest: hashed.append(key) or real(key, *rest))
    assert chunk_graph(graph, known) == whole
    assert set(hashed) == {c.key for c in whole} - set(known)


def test_a_known_digest_for_another_number_of_subjects_is_not_taken(whole: list[Chunk]) -> None:
    graph = graph_of(list(bundled_corpus()))
    passages = next(c for c in whole if c.key == f"passage/{SMALL}")
    assert chunk_graph(graph, {passages.key: ("stale", len(passages.subjects) + 1)}) == whole


def test_digests_are_kept_by_cache_key_and_only_for_that_document(tmp_path: Path, whole: list[Chunk]) -> None:
    folder, salt = tmp_path / "digests", digests_salt("salt")
    DocumentDigests(folder, salt).save(whole, {SMALL: "key-1"})
    assert DocumentDigests(folder, salt).known({SMALL: "key-1"}) == own_chunks(whole, SMALL)
    assert DocumentDigests(folder, salt).known({SMALL: "key-2"}) == {}  # edited since
    assert DocumentDigests(folder, salt).known({SECOND: "key-1"}) == {}  # the key of another document
    assert DocumentDigests(folder, digests_salt("other")).known({SMALL: "key-1"}) == {}
    assert DocumentDigests(folder, salt, use=False).known({SMALL: "key-1"}) == {}


def test_a_rebuild_hashes_again_only_the_edited_documents_own_chunks(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_library(corpus, out)
    with open(corpus / f"{SECOND}.txt", "a", encoding="utf-8") as handle:
        handle.write("\nPractitioners should record why they decided to share, or not to share.\n")
    hashed: Counter = Counter()
    real = guidegraph.chunks._chunk
    monkeypatch.setattr(guidegraph.chunks, "_chunk", lambda key, *rest: hashed.update([key]) or real(key, *rest))
    build_library(corpus, out)
    assert f"passage/{SECOND}" in hashed and not any(key.endswith(f"/{SMALL}") for key in hashed
                                                     if key.partition("/")[0] in DOCUMENT_KINDS)
    clean = tmp_path / "clean"
    build_library(corpus, clean, clean=True)
    assert snapshot(out) == snapshot(clean)
    assert (graph_cache_dir(out) / "digests").is_dir()
