"""Atomic output: a build writes a new directory beside the old one and swaps it in at the end.

On Linux the swap is one `renameat2(RENAME_EXCHANGE)` call, so a reader sees the old output or
the new one, never neither; elsewhere two renames leave a moment with no output, never a mix.
A build killed at any point leaves at most a `.NAME.new-*` directory, removed by the next build.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from guidegraph.errors import ConfigError

MARKER = "manifest.json"  # present in every complete build output
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """Yield an empty staging directory; on success it replaces `out` in one step."""
    _refuse_foreign(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with _lock(out):
        _remove_leftovers(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes it private; a published site must be readable
        try:
            yield staging
            _swap_in(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


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
    lock_path = out.parent / f".{out.name}.lock"
    with open(lock_path, "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ConfigError(f"{out}: another build is writing there; wait for it to finish") from None
        yield


def _remove_leftovers(out: Path) -> None:
    for leftover in out.parent.glob(f".{out.name}.new-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _swap_in(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
    elif not _exchange(staging, out):
        retired = staging.with_name(staging.name + "-old")
        os.rename(out, retired)
        os.rename(staging, out)
        shutil.rmtree(retired, ignore_errors=True)
    # after an exchange `staging` holds the old output; the caller removes it


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two directories (Linux renameat2); False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0
