"""Incremental index: a rebuild writes only the index segments whose documents changed, copies the
others from the index cache, and gives a clean build's files and answers."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
from test_trust_helpers import SECOND, SMALL, build_library, cache_corruptions, corpus_of, snapshot

import guidegraph.index
import guidegraph.whoosh_writer
from guidegraph.cache_files import DIGEST_SIZE as _DIGEST_SIZE
from guidegraph.index import INDEX_DIR, segment_groups
from guidegraph.segment_cache import (
    _MAGIC,
    SUFFIX,
    SegmentCache,
    SegmentEntry,
    decode_entry,
    encode_entry,
    index_cache_dir,
    segment_id,
)

SEGMENT_MIN = 20  # index documents: the two-document corpus then makes several segments
QUERIES = ["share information without consent", "section 47 enquiry", "police", "GDPR", "a 16 year old"]


@pytest.fixture(autouse=True)
def small_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guidegraph.index, "SEGMENT_MIN", SEGMENT_MIN)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the segments each build writes (rather than copies), in this process."""
    found: list[str] = []
    real = guidegraph.whoosh_writer.build_segment

    def build_segment(directory: Path, schema: object, documents: object, segid: str, *rest: object) -> object:
        found.append(segid)
        return real(directory, schema, documents, segid, *rest)

    monkeypatch.setattr(guidegraph.whoosh_writer, "_cores", lambda: 1)
    monkeypatch.setattr(guidegraph.whoosh_writer, "build_segment", build_segment)
    return found


def edit(path: Path, line: str = "Practitioners should record why they decided to share, or not to share.") -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")


def toc_segments(out: Path) -> list[str]:
    """The segment ids the index's table of contents lists, in document-number order."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    return [segment.segid for segment in TOC.read(FileStorage(str(out / INDEX_DIR)), "MAIN").segments]


def built(out: Path) -> dict[str, str]:
    """`snapshot(out)` but the manifest, which names the corpus folder (a copy's differs)."""
    tree = snapshot(out)
    del tree["manifest.json"]
    return tree


def entries(out: Path) -> list[str]:
    return sorted(p.name for p in index_cache_dir(out).iterdir())


def answers_of(out: Path) -> list[str]:
    """What search (passages, myths, legal bases) and which-act answer QUERIES with, in full, as JSON."""
    from guidegraph.answers import Answers

    printed = []
    with Answers(out) as answers:
        for query in QUERIES:
            for kind in ("passage", "myth", "legal-basis"):
                printed.append(json.dumps(answers.search(query, kind=kind, limit=20), sort_keys=True))
            printed.append(json.dumps(answers.which_act(query), sort_keys=True))
    return printed


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two documents built once in several segments: the output and its caches, to copy."""
    folder = tmp_path_factory.mktemp("shared")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(guidegraph.index, "SEGMENT_MIN", SEGMENT_MIN)
        build_library(corpus_of(folder / "corpus", SMALL, SECOND), folder / "build", clean=True)
    return folder


def copy_of(shared: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The shared corpus, build and caches copied; returns the corpus and the output folder."""
    corpus, out = tmp_path / "corpus", tmp_path / "build"
    shutil.copytree(shared / "corpus", corpus)
    for name in ("build", ".build-cache"):
        shutil.copytree(shared / name, tmp_path / name)
    return corpus, out


def test_the_shared_build_has_several_segments_each_in_the_cache(shared: Path) -> None:
    segids = toc_segments(shared / "build")
    assert len(segids) >= 3
    assert sorted(segment_id(name.removesuffix(SUFFIX)) for name in entries(shared / "build")) == sorted(segids)


def test_a_rebuild_after_one_edit_writes_only_the_segments_that_changed(shared: Path, tmp_path: Path,
                                                                         written: list[str]) -> None:
    corpus, out = copy_of(shared, tmp_path)
    before = toc_segments(out)
    edit(corpus / f"{SECOND}.txt")
    build_library(corpus, out)
    after = toc_segments(out)
    assert written and sorted(written) == sorted(set(after) - set(before))
    assert len(written) < len(after), "every segment was written again"
    assert set(after) & set(before), "no segment was copied"
    rebuilt = snapshot(out)
    written.clear()
    clean = tmp_path / "clean" / "build"
    build_library(corpus, clean, clean=True)
    assert snapshot(clean) == rebuilt
    assert len(written) == len(after), "--clean copied segments from the cache"
    assert answers_of(out) == answers_of(clean)


def test_an_unchanged_corpus_writes_no_segment(shared: Path, tmp_path: Path, written: list[str]) -> None:
    corpus, out = copy_of(shared, tmp_path)
    reference = built(out)
    build_library(corpus, out)
    assert written == []
    assert built(out) == reference


def test_the_clean_option_writes_every_segment_and_keeps_them(shared: Path, tmp_path: Path,
                                                              written: list[str]) -> None:
    corpus, out = copy_of(shared, tmp_path)
    reference = built(out)
    shutil.rmtree(index_cache_dir(out))
    build_library(corpus, out, clean=True)
    assert sorted(written) == sorted(toc_segments(out))
    assert built(out) == reference
    assert entries(out) == entries(shared / "build"), "--clean writes the index cache for the next build"


def test_entries_no_build_uses_leave_the_cache(shared: Path, tmp_path: Path) -> None:
    corpus, out = copy_of(shared, tmp_path)
    for path in corpus.glob(f"{SECOND}.*"):
        path.unlink()
    (index_cache_dir(out) / ".leftover.segment.tmp").write_bytes(b"a temporary file of a killed build")
    build_library(corpus, out)
    kept = [name.removesuffix(SUFFIX) for name in entries(out)]
    assert sorted(segment_id(key) for key in kept) == sorted(toc_segments(out))
    assert all(name.endswith(SUFFIX) for name in entries(out))


def test_segments_score_as_one_segment(shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Document numbers, document frequencies and lengths summed over the segments: the same hits,
    in the same order, with the same scores, as one segment of the same documents."""
    single = tmp_path / "single"
    monkeypatch.setattr(guidegraph.index, "SEGMENT_MIN", 10**9)
    build_library(shared / "corpus", single, clean=True)
    assert len(toc_segments(single)) == 1
    assert answers_of(single) == answers_of(shared / "build")


# ---------------------------------------------------------------------------------------------
# The cache never makes a build wrong


CORRUPTIONS = cache_corruptions(_MAGIC, {"files": {}}, "segment")


@pytest.mark.parametrize("corruption", CORRUPTIONS, ids=list(CORRUPTIONS))
def test_a_corrupt_entry_is_written_again(shared: Path, tmp_path: Path, written: list[str], corruption: str) -> None:
    corpus, out = copy_of(shared, tmp_path)
    reference = built(out)
    first, second = sorted(index_cache_dir(out).glob(f"*{SUFFIX}"))[:2]
    intact = first.read_bytes()
    first.write_bytes(CORRUPTIONS[corruption](intact, second.read_bytes()))
    build_library(corpus, out)
    assert written == [segment_id(first.name.removesuffix(SUFFIX))]
    assert first.read_bytes() == intact
    assert built(out) == reference


def test_entries_are_checked_before_they_are_unpickled() -> None:
    assert decode_entry(b"") is None
    assert decode_entry(_MAGIC + bytes(_DIGEST_SIZE) + pickle.dumps(0)) is None


def test_entry_round_trip(shared: Path) -> None:
    for path in sorted(index_cache_dir(shared / "build").glob(f"*{SUFFIX}")):
        entry = decode_entry(path.read_bytes())
        assert isinstance(entry, SegmentEntry) and path.name == f"{entry.key}{SUFFIX}"
        assert entry.segment.segid == segment_id(entry.key)
        assert sorted(entry.files) == sorted(p.name for p in (shared / "build" / INDEX_DIR).iterdir()
                                             if p.name.startswith(f"MAIN_{entry.segment.segid}."))
        assert decode_entry(encode_entry(entry)) == entry


def test_a_build_killed_while_writing_the_index_leaves_no_wrong_segment(shared: Path, tmp_path: Path,
                                                                        written: list[str],
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, out = copy_of(shared, tmp_path)
    edit(corpus / f"{SMALL}.txt")
    edit(corpus / f"{SECOND}.txt")
    real = guidegraph.whoosh_writer.build_segment

    def killed(*args: object) -> object:
        real(*args)
        raise KeyboardInterrupt  # a build stopped after writing a segment, before keeping it

    monkeypatch.setattr(guidegraph.whoosh_writer, "build_segment", killed)
    with pytest.raises(KeyboardInterrupt):
        build_library(corpus, out)
    assert built(out) == built(shared / "build"), "the output changed"
    monkeypatch.setattr(guidegraph.whoosh_writer, "build_segment", real)
    build_library(corpus, out)
    build_library(corpus, tmp_path / "clean", clean=True)
    assert built(out) == built(tmp_path / "clean")


def test_an_unwritable_cache_costs_speed_not_correctness(shared: Path, tmp_path: Path) -> None:
    corpus, out = copy_of(shared, tmp_path)
    reference = built(out)
    shutil.rmtree(index_cache_dir(out))
    index_cache_dir(out).write_text("a file where the cache folder would go")
    build_library(corpus, out)
    assert built(out) == reference


# ---------------------------------------------------------------------------------------------
# Same documents, same files


def test_segments_written_in_helper_processes_are_the_same_files(shared: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    alone, helped = tmp_path / "alone", tmp_path / "helped"
    monkeypatch.setattr(guidegraph.whoosh_writer, "_cores", lambda: 1)
    build_library(shared / "corpus", alone, clean=True)
    monkeypatch.setattr(guidegraph.whoosh_writer, "_cores", lambda: 2)
    build_library(shared / "corpus", helped, clean=True)
    assert snapshot(alone) == snapshot(helped) == snapshot(shared / "build")


def passages(document: str, count: int) -> list[dict[str, str]]:
    return [{"id": f"passage:{document}/p{i:03d}"} for i in range(count)]


def test_a_small_corpus_is_one_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guidegraph.index, "SEGMENT_MIN", 4000)
    documents = [{"id": "legal-basis:children-act-1989"}, *passages("a", 300), *passages("b", 200)]
    assert segment_groups(documents) == [documents]
    assert segment_groups([]) == []


def test_segments_hold_whole_documents_and_an_edit_moves_no_far_cut() -> None:
    names = [f"doc-{i:03d}" for i in range(60)]
    documents = [d for name in names for d in passages(name, 7)]
    groups = segment_groups(documents)
    assert len(groups) > 4
    starts = [group[0]["id"].split("/")[0] for group in groups]
    assert all(len(group) >= SEGMENT_MIN for group in groups[:-1])
    assert all(group[-1]["id"].split("/")[0] != following[0]["id"].split("/")[0]
               for group, following in zip(groups, groups[1:], strict=False)), "a document split in two"
    grown = [d for name in names for d in passages(name, 30 if name == "doc-005" else 7)]
    regrouped = segment_groups(grown)
    unchanged = [group for group in regrouped if group in groups]
    assert len(unchanged) >= len(groups) - 3
    assert [group[0]["id"].split("/")[0] for group in regrouped][-3:] == starts[-3:]


def test_entities_and_passages_are_not_mixed_in_a_segment_once_large() -> None:
    documents = [{"id": f"legal-basis:act-{i:03d}"} for i in range(30)] + passages("a", 30)
    groups = segment_groups(documents)
    assert [{d["id"].partition(":")[0] for d in group} for group in groups][-1] == {"passage"}


def test_the_cache_folder_sits_beside_the_output(tmp_path: Path) -> None:
    assert index_cache_dir(tmp_path / "build") == tmp_path / ".build-cache" / "index"


def test_keys_change_with_the_documents_their_order_and_the_settings() -> None:
    cache = SegmentCache(None)
    first, second = {"id": "passage:a/1", "text": "one", "year": 2020}, {"id": "passage:a/2", "text": "two"}
    key = cache.key([first, second])
    assert len(key) == 40 and key == cache.key([dict(first), dict(second)])
    assert len({key, cache.key([second, first]), cache.key([first, second], "lead 200"),
                cache.key([{**first, "year": 2020.0}, second]), cache.key([{**first, "text": "One"}, second])}) == 5


def test_a_units_key_stands_for_its_documents_in_a_segments_key() -> None:
    from guidegraph.index import _unit

    cache = SegmentCache(None)
    first, second = {"id": "passage:a/1", "text": "one"}, {"id": "passage:a/2", "text": "two"}
    entity = {"id": "myth:m1", "text": "a myth"}
    keyed = cache.key([first, second, entity], "", {"passage:a": "k1"}, _unit)
    assert keyed == cache.key([{**first, "text": "One"}, second, entity], "", {"passage:a": "k1"}, _unit), \
        "the unit's key, not its documents, is hashed"
    assert len({keyed, cache.key([first, second, entity], "", {"passage:a": "k2"}, _unit),
                cache.key([first, second, {**entity, "text": "another"}], "", {"passage:a": "k1"}, _unit),
                cache.key([first, second, entity])}) == 4


def test_an_open_index_of_several_segments_answers_after_its_folder_is_replaced(shared: Path, tmp_path: Path) -> None:
    """A reader opens every segment's files at once: a build swapping in a new output while a
    query runs must not leave it looking for files of the build it opened."""
    from guidegraph.answers import Answers

    _, out = copy_of(shared, tmp_path)
    assert len(toc_segments(out)) > 1
    with Answers(out) as answers:
        expected = json.dumps(answers.search("police", limit=200), sort_keys=True)
    with Answers(out) as answers:
        answers.search("a word no passage holds")  # the index opened, no document read yet
        shutil.rmtree(out)  # the old output removed by a build's swap
        assert json.dumps(answers.search("police", limit=200), sort_keys=True) == expected
