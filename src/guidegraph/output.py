"""Atomic output: a build writes a new directory beside the old one and swaps it in at the end.

On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call, so a reader sees the old output or
the new one, never neither; elsewhere two renames leave a moment with no output, never a mix
(and a build killed in that moment has the old output put back by the next one). A build killed
at any point leaves at most a `.NAME.new-*` directory, removed by the next build.

The replaced output is renamed `.NAME.old-*` and removed by a detached `rm -rf` (hundreds of
megabytes and thousands of files on a large corpus: a second the build need not wait for); what a
removal interrupted leaves is removed by the next build too.

The new output is flushed to disk before the swap, so a power cut cannot leave a swapped-in
directory of empty files. Readers that open several files of one output (the search index)
read them inside `reading(out)`: a build waits for them before it swaps, so they never mix files
of two builds.
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import logging
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from guidegraph.errors import BuildError, ConfigError

log = logging.getLogger(__name__)

MARKER = "manifest.json"  # present in every complete build output
READER_WAIT = 30.0  # seconds a swap waits for readers before it goes ahead
_RENAME_EXCHANGE = 2
_SYNC_FILE_RANGE_WRITE = 2
_AT_FDCWD = -100
_RETIRED = "-old"
_REPLACED = "old-"  # `.NAME.old-*`: a replaced output, being removed
_REMOVE_TRIES = 20
_MAX_MARKER_BYTES = 1 << 28  # a manifest lists documents and warnings; far larger is no manifest of ours


@contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """Yield an empty staging directory; on success it replaces `out` in one step.

    Errors writing (a full disk, a permission) become a `BuildError`; `out` is then unchanged.
    """
    _refuse_foreign(out)
    with _lock(out):
        staging = _new_staging(out)
        replaced = None
        try:
            yield staging
            _flush_to_disk(staging)
            with _readers_away(out):
                replaced = _swap_in(staging, out)
        except OSError as err:
            raise BuildError(f"{err.filename or out}: cannot write the build output ({err.strerror or err}): "
                             f"check the space and permissions there; {out} is unchanged") from err
        finally:
            if replaced is None:
                _remove(staging)
        _discard(replaced, out)


def is_build_output(folder: Path) -> bool:
    """True when `folder` holds a complete guidegraph build: a manifest guidegraph wrote (another
    program's manifest.json, a web app's say, does not make its folder a build)."""
    marker = folder / MARKER
    try:
        if not marker.is_file() or marker.stat().st_size > _MAX_MARKER_BYTES:
            return False
        manifest = json.loads(marker.read_bytes())
    except (OSError, ValueError, RecursionError):  # unreadable, not JSON, or nested past reason
        return False
    return isinstance(manifest, dict) and "guidegraph" in manifest and "corpus_fingerprint" in manifest


def _remove(staging: Path) -> None:
    """Remove a staging directory. After an interrupt, a worker stopped a moment ago may still be
    closing a file in it, so a directory not gone yet is tried again, a few times."""
    for _ in range(_REMOVE_TRIES):
        shutil.rmtree(staging, ignore_errors=True)
        if not staging.exists():
            return
        time.sleep(0.1)


@contextmanager
def reading(out: Path) -> Iterator[Path]:
    """Read several files of the build in `out` knowing they all come from one build.

    A build waits for the block to end before it swaps its output in: keep it short, and never
    build inside it.
    """
    try:
        handle = open(_readers_lock(out), "a")  # held, and closed, by the `with` below
    except OSError:  # a read-only folder: nobody can build there either
        yield out
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_SH)
        yield out


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _refuse_foreign(out: Path) -> None:
    """Never replace a directory that is not a guidegraph build (a typo in --out must not cost data)."""
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise ConfigError(
            f"{out}: refusing to replace it: it is not a guidegraph build output (no {MARKER}); "
            "choose an empty or new directory with --out"
        )


@contextmanager
def _lock(out: Path) -> Iterator[None]:
    """One build at a time per output directory."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle = open(out.parent / f".{out.name}.lock", "w")  # held, and closed, by the `with` below
    except OSError as err:
        raise _unwritable(out, err) from err
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(f"{out}: another build is writing there; wait for it to finish") from None
        yield


def _new_staging(out: Path) -> Path:
    """An empty directory beside `out`, after tidying what interrupted builds left there."""
    try:
        _recover(out)
        _remove_leftovers(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a published site must be readable
    except OSError as err:
        raise _unwritable(out, err) from err
    return staging


def _unwritable(out: Path, err: OSError) -> ConfigError:
    reason = "a file is in the way" if isinstance(err, (FileExistsError, NotADirectoryError)) else err.strerror
    return ConfigError(f"{out}: cannot write in {out.parent} ({reason or err}): choose another folder with --out")


def _readers_lock(out: Path) -> Path:
    return out.parent / f".{out.name}.readers"


@contextmanager
def _readers_away(out: Path) -> Iterator[None]:
    """Wait (a while) until no `reading(out)` block is open, and keep new ones out during the swap."""
    with open(_readers_lock(out), "a") as handle:
        if not _acquire(handle, READER_WAIT):
            log.warning("%s: readers still busy after %.0fs; replacing the output anyway", out, READER_WAIT)
        yield


def _acquire(handle: IO[str], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)


def _recover(out: Path) -> None:
    """Put back the output a build killed between the two renames of a non-atomic swap had retired."""
    if out.exists():
        return
    for retired in sorted(out.parent.glob(f".{out.name}.new-*{_RETIRED}")):
        if (retired / MARKER).is_file():
            os.rename(retired, out)
            log.warning("%s: restored the previous build output left by an interrupted build", out)
            return


def _remove_leftovers(out: Path) -> None:
    for pattern in (f".{out.name}.new-*", f".{out.name}.{_REPLACED}*"):
        for leftover in out.parent.glob(pattern):
            shutil.rmtree(leftover, ignore_errors=True)


def _discard(replaced: Path | None, out: Path) -> None:
    """Remove the output a build replaced, without waiting for it: renamed out of the way, then
    removed by an `rm -rf` left running on its own (here at once where there is no shell)."""
    if replaced is None:  # there was no earlier output
        return
    try:
        doomed = Path(tempfile.mkdtemp(prefix=f".{out.name}.{_REPLACED}", dir=out.parent))
        os.rename(replaced, doomed / "output")
    except OSError:
        doomed = replaced
    shell = shutil.which("sh")
    try:
        # the shell returns at once; its `rm`, orphaned, is the init process's to reap (no zombie here)
        if shell is None or subprocess.run(
            [shell, "-c", 'rm -rf -- "$1" &', "guidegraph-discard", str(doomed)], check=False,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        ).returncode != 0:
            _remove(doomed)
    except OSError:
        _remove(doomed)


def start_writeback(paths: list[Path]) -> None:
    """Have the kernel start writing these files to disk now (Linux `sync_file_range`), so that the
    flush before the swap has less left to wait for: a build's graph files are most of its bytes,
    and are written long before the site is done. A hint only (nothing where unsupported): the
    flush still waits for everything."""
    sync_file_range = _libc_function("sync_file_range")
    if sync_file_range is None:
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            sync_file_range(fd, ctypes.c_int64(0), ctypes.c_int64(0), ctypes.c_uint(_SYNC_FILE_RANGE_WRITE))
        finally:
            os.close(fd)


def _flush_to_disk(staging: Path) -> None:
    """Write the new output's data to disk before it replaces the old output."""
    fd = os.open(staging, os.O_RDONLY)
    try:
        syncfs = _libc_function("syncfs")
        if syncfs is None or syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def _swap_in(staging: Path, out: Path) -> Path | None:
    """Put `staging` in the place of `out`; return where the old output is now (None: there was none)."""
    if not out.exists():
        os.rename(staging, out)
        return None
    if _exchange(staging, out):
        return staging  # it holds the old output now
    retired = staging.with_name(staging.name + _RETIRED)
    os.rename(out, retired)
    os.rename(staging, out)
    return retired


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two directories (Linux renameat2); False where unsupported."""
    renameat2 = _libc_function("renameat2")
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _libc_function(name: str) -> Any:
    """A C library function of this process (None where there is none of that name)."""
    try:
        return getattr(ctypes.CDLL(None, use_errno=True), name, None)
    except OSError:
        return None
