"""Incremental rebuilds: only changed documents are read again, and the result is a clean build's."""

from __future__ import annotations

import ast
import logging
import os
import pickle
import shutil
from collections import Counter
from pathlib import Path

import pytest
from test_trust_helpers import SECOND, SMALL, build_library, cache_corruptions, cli, corpus_of, snapshot

import guidegraph.cache
from guidegraph.cache import (
    _MAGIC,
    CACHED_CODE,
    SUFFIX,
    CacheEntry,
    DocumentCache,
    cache_dir,
    cache_salt,
    decode_entry,
    document_cache_dir,
    encode_entry,
)
from guidegraph.cache_files import DIGEST_SIZE as _DIGEST_SIZE
from guidegraph.cache_files import write_atomically
from guidegraph.resources import data_dir

PACKAGE = Path(guidegraph.cache.__file__).parent
STAGES = ("read_document", "segment", "extract_documents")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """How often each stage ran per document (by file stem) through the cache."""
    counted: Counter = Counter()
    for stage in STAGES:
        real = getattr(guidegraph.cache, stage)

        def count(subject: object, *rest: object, _real: object = real, _stage: str = stage,
                  **options: object) -> object:
            for item in subject if isinstance(subject, list) else [subject]:
                path = item if isinstance(item, Path) else item.meta.path  # type: ignore[attr-defined]
                counted[(_stage, path.stem)] += 1
            return _real(subject, *rest, **options)  # type: ignore[operator]

        monkeypatch.setattr(guidegraph.cache, stage, count)
    return counted


def ran(calls: Counter) -> dict[str, set[str]]:
    return {stage: {stem for (name, stem) in calls if name == stage} for stage in STAGES}


def entries(out: Path) -> list[Path]:
    return sorted(document_cache_dir(out).glob(f"*{SUFFIX}"))


def edit(path: Path, line: str = "Practitioners should record why they decided to share, or not to share.") -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two documents, for a test to edit."""
    return corpus_of(tmp_path / "corpus", SMALL, SECOND)


def clean_build(corpus: Path, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / "clean" / "build"
    build_library(corpus, out, clean=True)
    return snapshot(out)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two documents no test edits, built once: the output and its cache, to copy."""
    folder = tmp_path_factory.mktemp("shared")
    build_library(corpus_of(folder / "corpus", SMALL, SECOND), folder / "build")
    return folder


@pytest.fixture(scope="module")
def reference(shared: Path) -> dict[str, str]:
    """What a clean build of the shared corpus gives."""
    return snapshot(shared / "build")


def copy_of(shared: Path, tmp_path: Path) -> Path:
    """The shared build and its cache copied beside a new output folder; returns that folder."""
    out = tmp_path / "build"
    shutil.copytree(shared / "build", out)
    shutil.copytree(cache_dir(shared / "build"), cache_dir(out))
    return out


def test_rebuild_after_editing_one_document_redoes_only_it(corpus: Path, tmp_path: Path, calls: Counter) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    assert ran(calls) == {stage: {SMALL, SECOND} for stage in STAGES}
    calls.clear()
    edit(corpus / f"{SECOND}.txt")
    result = build_library(corpus, out)
    assert ran(calls) == {stage: {SECOND} for stage in STAGES}
    assert set(calls.values()) == {1}
    assert snapshot(out) == clean_build(corpus, tmp_path)
    assert result.documents == 2 and len(entries(out)) == 2


def test_unchanged_corpus_reads_nothing_again(shared: Path, reference: dict, tmp_path: Path, calls: Counter) -> None:
    out = copy_of(shared, tmp_path)
    build_library(shared / "corpus", out)
    assert not calls
    assert snapshot(out) == reference


def test_editing_metadata_alone_rereads_the_document(corpus: Path, tmp_path: Path, calls: Counter) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    calls.clear()
    sidecar = corpus / f"{SECOND}.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('title = "', 'title = "Revised: ', 1),
                       encoding="utf-8")
    build_library(corpus, out)
    assert ran(calls) == {stage: {SECOND} for stage in STAGES}
    assert "Revised: " in (out / "graph.ttl").read_text(encoding="utf-8")


def test_clean_option_ignores_the_cache(corpus: Path, tmp_path: Path, calls: Counter) -> None:
    out = tmp_path / "build"
    assert cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site").exit_code == 0
    calls.clear()
    assert cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site", "--clean").exit_code == 0
    assert ran(calls) == {stage: {SMALL, SECOND} for stage in STAGES}
    assert len(entries(out)) == 2, "--clean writes the cache for the next build"


def test_removed_documents_leave_the_cache(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    assert len(entries(out)) == 2
    for path in corpus.glob(f"{SECOND}.*"):
        path.unlink()
    build_library(corpus, out)
    assert len(entries(out)) == 1 and sorted(os.listdir(document_cache_dir(out))) == [entries(out)[0].name]


# ---------------------------------------------------------------------------------------------
# A cache can never make a build wrong


CORRUPTIONS = cache_corruptions(_MAGIC, {"segmented": None}, "document")


@pytest.mark.parametrize("corruption", CORRUPTIONS, ids=list(CORRUPTIONS))
def test_corrupt_entries_are_misses(shared: Path, corruption: str) -> None:
    first, second = entries(shared / "build")
    cache = DocumentCache(document_cache_dir(shared / "build"), "any salt")
    key = first.name.removesuffix(SUFFIX)
    assert cache._load(key) is not None
    damaged = CORRUPTIONS[corruption](first.read_bytes(), second.read_bytes())
    assert decode_entry(damaged) is None or decode_entry(damaged).key != key


def test_corrupt_entries_are_ignored_and_written_again(shared: Path, reference: dict, tmp_path: Path,
                                                       calls: Counter) -> None:
    out = copy_of(shared, tmp_path)
    first, second = entries(out)
    intact = first.read_bytes(), second.read_bytes()
    first.write_bytes(intact[0][: len(intact[0]) // 2])
    second.write_bytes(intact[0])  # the other document's entry under this one's key
    build_library(shared / "corpus", out)
    assert ran(calls) == {stage: {SMALL, SECOND} for stage in STAGES}
    assert (first.read_bytes(), second.read_bytes()) == intact, "the entries were not written again"
    assert snapshot(out) == reference


def test_entries_are_checked_before_they_are_unpickled() -> None:
    assert decode_entry(b"") is None
    assert decode_entry(_MAGIC + bytes(_DIGEST_SIZE) + pickle.dumps(0)) is None  # wrong checksum: never loaded


def test_an_entry_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        write_atomically(tmp_path / "entry.pickle", b"x" * 1000)
    assert os.listdir(tmp_path) == []


def test_an_unwritable_cache_costs_speed_not_correctness(shared: Path, reference: dict, tmp_path: Path,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "build"
    shutil.copytree(shared / "build", out)
    cache_dir(out).write_text("a file where the cache folder would go")
    with caplog.at_level(logging.WARNING, logger="guidegraph.cache"):
        build_library(shared / "corpus", out)
    said = [r.getMessage() for r in caplog.records if "cannot write the build cache" in r.getMessage()]
    assert said and len(said) == len(set(said)), "each cache says so once, naming its folder"
    assert all(message.startswith(str(cache_dir(out))) for message in said)
    assert snapshot(out) == reference


def test_a_file_edited_while_it_is_read_is_not_stored(corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = guidegraph.cache.read_document

    def read_then_edited(path: Path, **options: object) -> object:
        document = real(path, **options)
        if path.stem == SECOND:
            edit(path, "An edit saved while the build was reading this file.")
        return document

    monkeypatch.setattr(guidegraph.cache, "read_document", read_then_edited)
    out = tmp_path / "build"
    build_library(corpus, out)
    monkeypatch.setattr(guidegraph.cache, "read_document", real)
    assert [decode_entry(p.read_bytes()).segmented.meta.path.stem for p in entries(out)] == [SMALL]
    build_library(corpus, out)
    assert "An edit saved while the build was reading this file." in (out / "graph.ttl").read_text(encoding="utf-8")


def test_entry_round_trip(shared: Path) -> None:
    for path in entries(shared / "build"):
        entry = decode_entry(path.read_bytes())
        assert isinstance(entry, CacheEntry) and path.name == f"{entry.key}{SUFFIX}"
        assert decode_entry(encode_entry(entry)) == entry


# ---------------------------------------------------------------------------------------------
# What the key covers


def test_salt_changes_with_the_ontology(tmp_path: Path) -> None:
    ontology = tmp_path / "ontology"
    shutil.copytree(data_dir("ontology"), ontology)
    before = cache_salt(ontology)
    assert cache_salt(ontology) == before
    terms = ontology / "terms.ttl"
    terms.write_text(terms.read_text(encoding="utf-8") + "\n# a new term would go here\n", encoding="utf-8")
    assert cache_salt(ontology) != before


def test_the_salt_covers_all_the_code_whose_results_are_cached() -> None:
    """Every guidegraph module the read, segment and extract stages import is hashed into the salt."""
    covered = {path for name in CACHED_CODE for path in ([PACKAGE / name] if name.endswith(".py")
                                                         else (PACKAGE / name).rglob("*.py"))}
    for path in sorted(covered):
        for module in imported_guidegraph_modules(path):
            target = PACKAGE.joinpath(*module.split(".")[1:])
            file = target / "__init__.py" if target.is_dir() else target.with_suffix(".py")
            assert file in covered, f"{path.relative_to(PACKAGE)} imports {module}, which the cache salt ignores"


def imported_guidegraph_modules(path: Path) -> set[str]:
    package = "guidegraph." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
    package = package.removesuffix(".__init__") if path.name == "__init__.py" else package.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("guidegraph.")}


def _module_imports(path: Path) -> set[str]:
    """The guidegraph modules `path` imports at its top level, as file names ("graph_terms.py") or
    package names ("extract")."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("guidegraph."):
            name = node.module.split(".")[1]
            found.add(name if (path.parent / name).is_dir() else f"{name}.py")
    return found


@pytest.mark.parametrize(("listed", "covered_elsewhere"), [
    # the graph's digests are salted with the document cache's salt too (`chunks.digests_salt`)
    ("chunks.GRAPH_CODE", "cache.CACHED_CODE"),
    # a segment's key hashes its index documents, so what makes them needs no place
    ("segment_cache.SEGMENT_CODE", "index_docs.py"),
])
def test_the_code_a_cache_is_salted_with_includes_what_that_code_imports(listed: str, covered_elsewhere: str) -> None:
    """A module split out of one a cache's salt lists (graph_terms.py out of graph.py) must join the
    list, or a change to it would leave stale entries in the cache."""
    import importlib

    import guidegraph

    def resolve(dotted: str) -> set[str]:
        if dotted.endswith(".py"):
            return {dotted}
        module, _, attribute = dotted.partition(".")
        return set(getattr(importlib.import_module(f"guidegraph.{module}"), attribute))

    source = Path(guidegraph.__file__).parent
    names = resolve(listed)
    imported = set().union(*(_module_imports(source / name) for name in names if name.endswith(".py")))
    assert imported <= names | resolve(covered_elsewhere), imported - names - resolve(covered_elsewhere)
