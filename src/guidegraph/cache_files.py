"""Files of the caches beside the build output (documents, graph chunks, index segments): each
entry written whole or not at all, and entries no build uses any more removed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it into place."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def prune_folder(folder: Path, keep: Iterable[str]) -> None:
    """Remove the files of `folder` not named in `keep`: entries no build uses any more, and the
    temporary files of builds that were killed."""
    names = set(keep)
    try:
        stale = [p for p in folder.iterdir() if p.name not in names]
    except OSError:
        return
    for path in stale:
        try:
            path.unlink()
        except OSError:
            pass  # a concurrent build's temporary file, already gone, or not ours to remove
