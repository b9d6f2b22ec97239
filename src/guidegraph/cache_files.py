"""Files of the caches beside the build output (documents, graph chunks, index segments): each
entry written whole or not at all, and entries no build uses any more removed."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DIGEST_SIZE = 32
PROTOCOL = 5


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


class EntryWriter:
    """Writes one cache's entries into its folder. A folder that cannot be written only makes the
    next build slower: it is said once (`what` the cache is, and what that costs), not raised."""

    def __init__(self, folder: Path, what: str, cost: str) -> None:
        self.folder = folder
        self.what = what
        self.cost = cost
        self.failed = False

    def write(self, path: Path, data: bytes) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError as err:
            self.cannot(err)

    def cannot(self, err: OSError) -> None:
        """Say (once) that this cache cannot be kept, and why."""
        if not self.failed:
            log.warning("%s: cannot write the %s (%s): %s", self.folder, self.what, err.strerror or err, self.cost)
        self.failed = True


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


def encode_checked(value: object, magic: bytes) -> bytes:
    """The bytes of a cache file: a magic line, a checksum of the pickle, the pickle."""
    payload = pickle.dumps(value, protocol=PROTOCOL)
    return magic + hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest() + payload


def decode_checked(data: bytes, magic: bytes) -> Any | None:
    """The value in a cache file's bytes, or None when they are not intact (the checksum is checked
    before anything is unpickled)."""
    head = len(magic) + DIGEST_SIZE
    if not data.startswith(magic) or len(data) <= head:
        return None
    payload = data[head:]
    if hashlib.blake2b(payload, digest_size=DIGEST_SIZE).digest() != data[len(magic):head]:
        return None
    try:
        return pickle.loads(payload)
    except Exception:  # an intact pickle of classes this version no longer has raises many kinds
        return None


def installed_version(package: str) -> str:
    """An installed package's version ("none" when it is not installed), for the caches' salts."""
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"
