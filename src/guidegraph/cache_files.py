"""Files of the caches beside the build output (documents, graph chunks, index segments): each
entry written whole or not at all, and entries no build uses any more removed."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

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
