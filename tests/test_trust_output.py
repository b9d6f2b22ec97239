"""Atomic, reproducible output: killed builds, rebuilds byte for byte, readers during a swap."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_trust_helpers import (
    SECOND,
    SMALL,
    cli,
    command,
    corpus_of,
    leftovers,
    run_process,
    snapshot,
)

from guidegraph import output
from guidegraph.cache import SUFFIX, cache_dir, document_cache_dir
from guidegraph.output import reading, staged_output

Trigger = Callable[[Path, float], bool]


def publish(out: Path, version: int, fail: bool = False) -> None:
    """A minimal build output: a manifest and a records file that say which version they are."""
    with staged_output(out) as staging:
        (staging / "records.json").write_text(json.dumps({"v": version, "pad": "x" * 50_000}), encoding="utf-8")
        if fail:
            raise RuntimeError("the build failed")
        (staging / "manifest.json").write_text(json.dumps({"v": version}), encoding="utf-8")


def version(out: Path, name: str = "manifest.json") -> int:
    return json.loads((out / name).read_text(encoding="utf-8"))["v"]


# ---------------------------------------------------------------------------------------------
# Killed at any moment


def staging_dirs(out: Path) -> list[Path]:
    return [p for p in out.parent.glob(f".{out.name}.new-*") if not p.name.endswith("-old")]


def staged(name: str) -> Trigger:
    return lambda out, _: any((d / name).exists() for d in staging_dirs(out))


def after(seconds: float) -> Trigger:
    return lambda out, elapsed: elapsed >= seconds


def cache_written(out: Path, elapsed: float) -> bool:
    """This build has stored a document's extraction: it is past the extract stage."""
    started = time.time() - elapsed
    return any(p.stat().st_mtime >= started for p in document_cache_dir(out).glob(f"*{SUFFIX}"))


def swapped(old_manifest: bytes) -> Trigger:
    def trigger(out: Path, _: float) -> bool:
        try:
            return (out / "manifest.json").read_bytes() != old_manifest
        except OSError:
            return False

    return trigger


def kill_when(trigger: Trigger, args: list[str], out: Path) -> bool:
    """Run a build and SIGKILL it when `trigger` fires; True if it was still running then."""
    started = time.monotonic()
    process = subprocess.Popen(command(*args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        while process.poll() is None and not trigger(out, time.monotonic() - started):
            time.sleep(0.001)
        landed = process.poll() is None
        if landed:
            os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    return landed


def test_a_killed_build_leaves_the_previous_output_complete(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    out = tmp_path / "build"
    args = ["-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site"]
    assert run_process(*args).returncode == 0
    old = snapshot(out)
    with open(corpus / f"{SMALL}.txt", "a", encoding="utf-8") as text:
        text.write("\nPractitioners should record every decision to share, and the reasons for it.\n")
    reference = tmp_path / "reference" / "build"
    assert run_process("-q", "build", "--corpus", str(corpus), "--out", str(reference), "--no-site").returncode == 0
    new = snapshot(reference)
    assert new != old
    triggers = {
        "imports": after(0.3), "reading": after(1.0), "cache entry written": cache_written,
        "staging created": lambda o, _: bool(staging_dirs(o)), "graph staged": staged("graph.ttl"),
        "records staged": staged("records.json"), "manifest staged": staged("manifest.json"),
        "swapped, old output being removed": swapped((out / "manifest.json").read_bytes()),
    }
    landed = []
    for name, trigger in triggers.items():
        if kill_when(trigger, [*args, "--clean"], out):
            landed.append(name)
        assert snapshot(out) in (old, new), f"output mixed or incomplete after a kill at: {name}"
        json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(landed) >= 5, f"only {landed} caught the build running"
    assert run_process(*args).returncode == 0
    assert snapshot(out) == new
    assert leftovers(out) == []
    assert not [p for p in cache_dir(out).rglob("*.tmp")], "temporary cache files left behind"


# ---------------------------------------------------------------------------------------------
# Same corpus, same bytes


def test_two_builds_of_one_corpus_are_byte_identical(tmp_path: Path) -> None:
    """The whole output tree (graph, records, index, site, manifest), across hash seeds and clocks."""
    corpus = corpus_of(tmp_path / "corpus", SMALL, SECOND)
    out = tmp_path / "build"
    trees = []
    for seed, options in (("1", []), ("2", ["--clean"])):
        env = {"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000"}
        assert run_process("-q", "build", "--corpus", str(corpus), "--out", str(out), *options, env=env).returncode == 0
        trees.append(snapshot(out))
        time.sleep(1.1)  # a clock that leaks into the output would now read another second
    assert {"graph.ttl", "records.json", "manifest.json", "index", "site/index.html"} <= set(trees[0])
    assert [name for name in trees[0] if trees[0][name] != trees[1].get(name)] == []
    assert trees[0] == trees[1]


# ---------------------------------------------------------------------------------------------
# Readers while a build swaps


def test_readers_see_one_build_or_the_next_never_a_mix(tmp_path: Path) -> None:
    out = tmp_path / "build"
    publish(out, 0)
    stop, pairs, gaps = threading.Event(), [], []

    def read_pairs() -> None:
        while not stop.is_set():
            with reading(out):
                pairs.append((version(out), version(out, "records.json")))
            time.sleep(0.001)

    def read_plainly() -> None:
        while not stop.is_set():
            try:
                version(out)
            except OSError as err:
                gaps.append(err)

    readers = [threading.Thread(target=read_pairs), threading.Thread(target=read_plainly)]
    for reader in readers:
        reader.start()
    try:
        for number in range(1, 40):
            publish(out, number)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert pairs and all(a == b for a, b in pairs), "a reader saw files of two builds"
    assert len({a for a, _ in pairs}) > 1
    assert gaps == [], "the output was missing for a moment"
    assert version(out) == 39 and leftovers(out) == []


def test_a_swap_waits_for_a_reader(tmp_path: Path) -> None:
    out = tmp_path / "build"
    publish(out, 1)
    writer = threading.Thread(target=publish, args=(out, 2))
    with reading(out):
        writer.start()
        time.sleep(0.5)
        assert version(out) == version(out, "records.json") == 1
        assert writer.is_alive()
    writer.join(timeout=10)
    assert version(out) == 2


def test_a_reader_that_never_ends_does_not_stop_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(output, "READER_WAIT", 0.2)
    out = tmp_path / "build"
    publish(out, 1)
    with reading(out), caplog.at_level(logging.WARNING, logger="guidegraph.output"):
        publish(out, 2)
    assert version(out) == 2
    assert f"{out}: readers still busy after 0s; replacing the output anyway" in caplog.text


def test_list_and_search_while_a_build_runs(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    out = tmp_path / "build"
    assert cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site").exit_code == 0
    where = ["--corpus", str(corpus), "--out", str(out)]
    queries = [["list", "documents", "--format", "json", *where], ["search", "consent", "--format", "json", *where]]
    expected = [cli(*query).stdout for query in queries]
    process = subprocess.Popen(command("-q", "build", *where, "--no-site", "--clean"), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    answers = 0
    while process.poll() is None:
        for query, answer in zip(queries, expected, strict=True):
            result = cli(*query)
            assert (result.exit_code, result.stdout) == (0, answer), result.output
            answers += 1
    _, errors = process.communicate()
    assert process.returncode == 0, errors
    assert answers >= 4


# ---------------------------------------------------------------------------------------------
# Where renameat2 is missing: two renames, and the next build repairs an interruption between them


def test_swap_without_rename_exchange(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    out = tmp_path / "build"
    publish(out, 1)
    publish(out, 2)
    assert version(out) == 2 and leftovers(out) == []


def test_output_retired_by_an_interrupted_swap_is_put_back(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "build"
    publish(out, 1)
    out.rename(out.with_name(f".{out.name}.new-abc123-old"))  # killed between the two renames
    with pytest.raises(RuntimeError):
        publish(out, 2, fail=True)
    assert version(out) == 1 and leftovers(out) == []
    assert f"{out}: restored the previous build output left by an interrupted build" in caplog.text
    publish(out, 3)
    assert version(out) == 3


def replaced_outputs(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.old-*"))


def gone_soon(paths: Callable[[], list[Path]], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while paths():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_the_replaced_output_is_removed_without_the_build_waiting(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    removed_here: list[Path] = []
    real_remove = output._remove
    monkeypatch.setattr(output, "_remove", lambda path: (removed_here.append(path), real_remove(path))[1])
    out = tmp_path / "build"
    publish(out, 1)
    publish(out, 2)
    assert version(out) == 2 and leftovers(out) == []
    assert gone_soon(lambda: replaced_outputs(out)), "the replaced output was never removed"
    assert not any(path.name.startswith(f".{out.name}.old-") for path in removed_here), "removed by this process"


def test_without_a_shell_the_replaced_output_is_removed_at_once(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output.shutil, "which", lambda name: None)
    out = tmp_path / "build"
    publish(out, 1)
    publish(out, 2)
    assert version(out) == 2 and replaced_outputs(out) == [] and leftovers(out) == []


def test_a_replaced_output_left_by_a_stopped_removal_goes_with_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "build"
    publish(out, 1)
    stopped = tmp_path / ".build.old-abc123"
    (stopped / "output").mkdir(parents=True)
    (stopped / "output" / "manifest.json").write_text("{}", encoding="utf-8")
    publish(out, 2)
    assert version(out) == 2 and not stopped.exists()


def test_new_output_reaches_the_disk_before_the_swap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[str] = []
    real_flush, real_swap = output._flush_to_disk, output._swap_in
    monkeypatch.setattr(output, "_flush_to_disk", lambda staging: (steps.append("flush"), real_flush(staging)))
    monkeypatch.setattr(output, "_swap_in", lambda staging, out: (steps.append("swap"), real_swap(staging, out))[1])
    publish(tmp_path / "build", 1)
    assert steps == ["flush", "swap"]


def test_unwritable_output_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    out = tmp_path / "file" / "build"
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {out}: cannot write in {out.parent} (a file is in the way): choose another "
                             "folder with --out\n")


def test_a_staging_folder_a_stopped_worker_still_writes_in_is_removed_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After Ctrl-C, a worker stopped a moment ago may still be closing a page while the staging
    folder is removed: the folder is tried again until it is gone."""
    import shutil

    staging = tmp_path / ".build.new-x"
    (staging / "site").mkdir(parents=True)
    removals = []
    real_rmtree = shutil.rmtree

    def racing_rmtree(path: Path, ignore_errors: bool = False) -> None:
        real_rmtree(path, ignore_errors=ignore_errors)
        removals.append(path)
        if len(removals) == 1:  # the worker's last page lands just after the first removal
            (staging / "site").mkdir(parents=True)
            (staging / "site" / "page.html").write_text("late")

    monkeypatch.setattr(output.shutil, "rmtree", racing_rmtree)
    output._remove(staging)
    assert not staging.exists() and len(removals) == 2


def test_writeback_of_written_files_starts_before_the_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The graph files are handed to the kernel's writeback as soon as written; a file that is not
    there, or a system without sync_file_range, is no error."""
    asked: list[tuple[int, int]] = []
    written = tmp_path / "graph.ttl"
    written.write_text("<a> <b> <c> .\n", encoding="utf-8")

    def sync_file_range(fd: int, offset: object, length: object, flags: object) -> int:
        asked.append((os.fstat(fd).st_ino, flags.value))  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(output, "_libc_function", lambda name: sync_file_range if name == "sync_file_range" else None)
    output.start_writeback([written, tmp_path / "missing.ttl"])
    assert asked == [(written.stat().st_ino, output._SYNC_FILE_RANGE_WRITE)]
    monkeypatch.setattr(output, "_libc_function", lambda name: None)
    output.start_writeback([written])
    assert len(asked) == 1
