"""A corpus kept as a folder tree (`tests/fixtures/tree/`: an overview at the top, national guidance in
National/, local procedures in Local/ and the schools' policy in Local/Schools/): every document in
it is read, wherever it sits, and nothing that is not guidance (a note-taking program's hidden
folder, an archive's __MACOSX, the folder's own README, a build kept inside the corpus)."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from helpers import SIDECAR

import guidegraph.cache
from guidegraph.build import build, corpus_fingerprint, is_stale
from guidegraph.config import load_config
from guidegraph.errors import GuidegraphError, MetadataError
from guidegraph.model import Document
from guidegraph.read import read_corpus, read_document
from guidegraph.resources import data_dir

TREE = Path(__file__).parent / "fixtures" / "tree"
SLUGS = ["early-help-front-door", "fernleigh-information-sharing-overview", "policy", "seven-golden-rules-summary"]
FILES = {
    "early-help-front-door": "Local/early-help-front-door.md",
    "fernleigh-information-sharing-overview": "fernleigh-information-sharing-overview.md",
    "policy": "Local/Schools/policy.html",
    "seven-golden-rules-summary": "National/seven-golden-rules-summary.txt",
}
POLICY_SENTENCE = ("When a pupil moves school, the child protection file is sent to the new school within five "
                   "school days.")
EDITED = "The designated safeguarding lead checks each term that the files sent have arrived."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The tree fixture copied, so that a test may build in it, link in it or edit it."""
    return Path(shutil.copytree(TREE, tmp_path / "Fernleigh guidance"))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """The corpus files the build read anew (not taken from its cache), by their path."""
    counted: Counter = Counter()
    real = guidegraph.cache.read_document

    def read(path: Path, *args: object, **kwargs: object) -> Document:
        counted[path] += 1
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(guidegraph.cache, "read_document", read)
    return counted


def text_of(document: Document) -> str:
    return "\n".join(block.text for block in document.blocks)


def by_slug(corpus: Path) -> dict[str, Document]:
    return {document.meta.slug: document for document in read_corpus(corpus)}


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records]


def test_every_document_of_the_tree_is_read_with_the_sidecar_beside_it(corpus: Path) -> None:
    documents = by_slug(corpus)
    assert sorted(documents) == SLUGS
    policy = documents["policy"]
    assert policy.meta.path == corpus / "Local" / "Schools" / "policy.html"
    assert policy.meta.title == "Schools' Information Sharing Policy"
    assert policy.meta.publisher == "Fernleigh Education Safeguarding Team"
    assert policy.meta.date == "2023-09" and policy.meta.publish == "full"
    assert POLICY_SENTENCE in text_of(policy)
    assert "under section 47 of the Children Act 1989" in text_of(policy)
    rules = documents["seven-golden-rules-summary"]
    assert rules.meta.title == "The Seven Golden Rules for Sharing Information: a Summary"
    assert rules.meta.date == "2024-03" and rules.meta.local_areas == ()
    assert [(block.marker, block.text) for block in rules.blocks if block.marker == "7"] == [
        ("7", "Keep a record of your decision and the reasons for it, whether you share or not.")]
    overview = documents["fernleigh-information-sharing-overview"]
    assert overview.meta.local_areas == ("Fernleigh",)
    assert "Schedule 8 to the Data Protection Act 2018" in text_of(overview)


def test_a_document_with_no_metadata_in_a_subfolder_is_named_by_its_path_in_its_warning(corpus: Path) -> None:
    front_door = by_slug(corpus)["early-help-front-door"]
    assert front_door.meta.title == "Early Help Front Door: Sharing a Concern"
    assert front_door.meta.publisher == "Fernleigh Safeguarding Children Partnership"
    assert front_door.meta.publish == "excerpts"
    assert front_door.warnings[0].startswith("Local/early-help-front-door.md: no metadata: taken from its text")
    assert "Add early-help-front-door.toml beside it" in front_door.warnings[0]


def test_hidden_and_system_folders_and_a_subfolders_own_notes_are_not_read(
        corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="guidegraph.read"):
        documents = read_corpus(corpus)
    texts = "\n".join(text_of(document) for document in documents)
    assert "working notes kept by the note-taking program" not in texts  # .obsidian/
    assert "Fernleigh Escalation Protocol" not in texts  # __MACOSX/Local/
    assert "Ask the business unit before adding a file here." not in texts  # Local/README.md
    said = messages(caplog)
    assert (f"{corpus / 'Local' / 'README.md'}: not read: the corpus folder's own notes, by its name "
            "(add README.toml to read it as guidance)") in said
    assert (f"{corpus / 'National' / 'withdrawn-protocol.toml'}: metadata with no document of the same name "
            "beside it; ignored") in said
    assert not any(".obsidian" in message or "__MACOSX" in message for message in said)


def test_a_tree_whose_documents_are_all_in_subfolders_is_a_corpus(corpus: Path) -> None:
    for path in corpus.glob("fernleigh-information-sharing-overview.*"):
        path.unlink()
    assert sorted(by_slug(corpus)) == ["early-help-front-door", "policy", "seven-golden-rules-summary"]


def test_a_tree_of_notes_only_names_them_by_their_path(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "Local").mkdir(parents=True)
    shutil.copy(TREE / "Local" / "README.md", corpus / "Local" / "README.md")
    only_notes = r"no documents in the corpus folder, only its own notes \(Local/README.md\)"
    with pytest.raises(GuidegraphError, match=only_notes):
        read_corpus(corpus)


def test_one_stem_in_two_folders_is_a_duplicate_slug_naming_both_paths(corpus: Path) -> None:
    (corpus / "Health").mkdir()
    (corpus / "Health" / "policy.md").write_text("# Health visitors' sharing policy\n\nShare early.\n",
                                                 encoding="utf-8")
    (corpus / "Health" / "policy.toml").write_text(SIDECAR, encoding="utf-8")
    with pytest.raises(MetadataError) as raised:
        read_corpus(corpus)
    message = str(raised.value)
    assert "Health/policy.md" in message and "Local/Schools/policy.html" in message
    assert "'policy' is also the slug of Health/policy.md" in message  # read first: the folders in order
    assert 'slug = "' in message and "policy.toml" in message  # how to fix it: a slug in one sidecar


def test_a_folder_link_back_up_the_tree_is_not_followed_and_a_warning_says_so(
        corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    os.symlink(corpus, corpus / "Local" / "Schools" / "whole tree")
    os.symlink("..", corpus / "National" / "up")
    shared = tmp_path / "shared"  # a folder outside the corpus, linked in: read, and its own loop not followed
    shared.mkdir()
    (shared / "pan-county-protocol.md").write_text("# Pan-county information sharing protocol\n\n"
                                                   "Agencies share under Schedule 8 to the Data Protection "
                                                   "Act 2018.\n", encoding="utf-8")
    (shared / "pan-county-protocol.toml").write_text(SIDECAR, encoding="utf-8")
    os.symlink(shared, shared / "again")
    os.symlink(shared, corpus / "Shared")
    with caplog.at_level(logging.WARNING, logger="guidegraph.read"):
        documents = by_slug(corpus)
    assert sorted(documents) == sorted([*SLUGS, "pan-county-protocol"])
    assert documents["pan-county-protocol"].meta.path == corpus / "Shared" / "pan-county-protocol.md"
    links = [message for message in messages(caplog) if "not followed" in message]
    assert len(links) == 3, links
    assert any(message.startswith(f"{corpus / 'Local' / 'Schools' / 'whole tree'}:") for message in links)
    assert any(message.startswith(f"{corpus / 'National' / 'up'}:") for message in links)
    assert any(message.startswith(f"{corpus / 'Shared' / 'again'}:") for message in links)


def test_a_build_kept_inside_the_corpus_is_never_read_nor_makes_it_stale(corpus: Path, reads: Counter) -> None:
    config = load_config(corpus=corpus, out=corpus / "site-build", site=False)  # graph, records, index
    first = build(config)
    assert first.documents == 4
    manifest = json.loads((corpus / "site-build" / "manifest.json").read_text(encoding="utf-8"))
    assert {entry["slug"]: entry["file"] for entry in manifest["documents"]} == FILES
    assert (corpus / "site-build" / "graph.ttl").is_file() and (corpus / ".site-build-cache").is_dir()
    fingerprint = corpus_fingerprint(corpus)
    assert not is_stale(config)
    reads.clear()
    second = build(config)
    assert second.documents == 4 and not reads  # every document from the cache: nothing changed
    assert corpus_fingerprint(corpus) == fingerprint and not is_stale(config)


def test_the_fingerprint_covers_the_documents_of_the_tree_and_nothing_else(corpus: Path) -> None:
    before = corpus_fingerprint(corpus)
    for not_read in (".obsidian/workspace-draft.md", "__MACOSX/Local/fernleigh-escalation-protocol.md",
                     "Local/README.md", "National/withdrawn-protocol.toml"):
        with open(corpus / not_read, "a", encoding="utf-8") as handle:
            handle.write("\nAn edit to a file the build does not read.\n")
        assert corpus_fingerprint(corpus) == before, not_read
    (corpus / "Local" / "Schools" / "policy.toml").write_text(
        (TREE / "Local" / "Schools" / "policy.toml").read_text(encoding="utf-8").replace("2023-09", "2023-10"),
        encoding="utf-8")
    assert corpus_fingerprint(corpus) != before


def test_a_rebuild_after_an_edit_or_a_move_in_a_subfolder_reads_only_that_document(
        corpus: Path, tmp_path: Path, reads: Counter) -> None:
    config = load_config(corpus=corpus, out=tmp_path / "build", site=False)
    build(config)
    policy = corpus / "Local" / "Schools" / "policy.html"
    policy.write_text(policy.read_text(encoding="utf-8").replace("</main>", f"<p>{EDITED}</p>\n</main>"),
                      encoding="utf-8")
    reads.clear()
    build(config)
    assert list(reads) == [policy]
    assert EDITED in (config.out / "graph.ttl").read_text(encoding="utf-8")
    for path in (corpus / "National").glob("seven-golden-rules-summary.*"):
        path.rename(corpus / "Local" / path.name)
    reads.clear()
    build(config)
    assert list(reads) == [corpus / "Local" / "seven-golden-rules-summary.txt"]
    manifest = json.loads((config.out / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["slug"]: entry["file"] for entry in manifest["documents"]}
    assert files == {**FILES, "seven-golden-rules-summary": "Local/seven-golden-rules-summary.txt"}
    assert "Keep a record of your decision and the reasons for it" in (config.out / "graph.ttl").read_text(
        encoding="utf-8")


def test_a_flat_corpus_reads_as_it_did(tmp_path: Path) -> None:
    """The bundled corpus, one flat folder: each document is what reading its file alone gives,
    named by its file name, so its build is the one it always was."""
    bundled = data_dir("corpus")
    alone = sorted((read_document(path) for path in bundled.iterdir() if path.suffix == ".txt"),
                   key=lambda document: document.meta.slug)
    assert read_corpus(bundled) == alone
    assert [document.meta.slug for document in alone] == sorted(path.stem for path in bundled.glob("*.txt"))
