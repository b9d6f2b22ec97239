"""Helpers the test_trust_* modules share: small corpora, output snapshots, the CLI in and out of process.

No tests of its own; it is named like them so that it sits beside them.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from guidegraph.build import BuildResult, build
from guidegraph.cache_files import DIGEST_SIZE
from guidegraph.cli import main
from guidegraph.config import load_config
from guidegraph.resources import data_dir

BUNDLED = data_dir("corpus")
BROKEN = Path(__file__).parent / "fixtures" / "broken"
SMALL = "halton-information-sharing"  # the smallest bundled document, and one with no warnings
SECOND = "surrey-information-sharing-2024"


def corpus_of(folder: Path, *stems: str, broken: tuple[str, ...] = ()) -> Path:
    """A corpus folder holding the bundled documents `stems` and the broken fixtures `broken` (file names)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem in stems:
        for source in BUNDLED.glob(f"{stem}.*"):
            shutil.copyfile(source, folder / source.name)
    for name in broken:
        for source in BROKEN.glob(f"{Path(name).stem}.*"):
            shutil.copyfile(source, folder / source.name)
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with a hash of its bytes: two equal snapshots are equal trees."""
    tree: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        tree[name] = "<dir>" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return tree


def leftovers(out: Path) -> list[str]:
    """Staging or retired directories a build left beside `out`."""
    return sorted(p.name for p in out.parent.glob(f".{out.name}.new-*"))


def build_library(corpus: Path, out: Path, **options: object) -> BuildResult:
    """A build through the library (no site unless asked)."""
    options.setdefault("site", False)
    return build(load_config(corpus=corpus, out=out, **options))


def cli(*args: str) -> Result:
    """`guidegraph ARGS` in process; an exception other than the CLI's own exit is a test failure."""
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"guidegraph {' '.join(args)} raised instead of exiting") from result.exception
    return result


def command(*args: str) -> list[str]:
    """The argv of `guidegraph ARGS` run the way the console script runs it."""
    return [sys.executable, "-c", "from guidegraph.cli import run; run()", *args]


def run_process(*args: str, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`guidegraph ARGS` in a subprocess, as a user runs it."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(command(*args), capture_output=True, text=True, timeout=timeout, env=environment)


def cache_corruptions(magic: bytes, not_an_entry: object, holder: str) -> dict[str, Callable[[bytes, bytes], bytes]]:
    """The ways a cache file goes bad: name -> damage(its bytes, another entry's bytes). The last
    two keep a valid checksum (of a cache with `magic`): what breaks is what they hold."""

    def checked(payload: bytes) -> bytes:
        return magic + hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest() + payload

    return {
        "truncated": lambda data, other: data[: len(data) // 2],
        "bit flipped": lambda data, other: data[:-1] + bytes([data[-1] ^ 1]),
        "empty": lambda data, other: b"",
        "garbage": lambda data, other: os.urandom(300),
        f"another {holder}'s entry": lambda data, other: other,
        "not an entry": lambda data, other: checked(pickle.dumps(not_an_entry)),
        "class gone": lambda data, other: checked(b"cguidegraph.no_such_module\nEntry\n)\x81."),
    }
