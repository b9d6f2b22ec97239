"""Segments of the search index kept between builds, by their content: a rebuild writes only the
segments whose documents changed and copies the others.

A segment's key hashes its index documents (as JSON, keys sorted) and a salt: the tool's version,
Python's and whoosh's versions and the source of the modules that turn index documents into
segment files. Its files are named after the key, so the same documents give the same files
whether they were written now or copied from the cache, and a rebuild gives a clean build's bytes.

The cache sits beside the output (`.NAME-cache/index/` next to `NAME/`, beside the document
cache) so it survives the output's atomic swap. Like the document cache it is trusted local data
(an entry holds a pickled whoosh segment) that never makes a build wrong: an entry is written to
a temporary file and renamed into place, carries a checksum checked before anything is unpickled,
and one that cannot be read is ignored and written again. Entries no segment of the last build
uses are removed.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidegraph import __version__
from guidegraph.cache_files import (
    EntryWriter,
    decode_checked,
    encode_checked,
    installed_version,
    prune_folder,
)

log = logging.getLogger(__name__)

SUFFIX = ".segment"
_MAGIC = b"guidegraph-index-segment-1\n"
_MARSHAL_VERSION = 2
# The code that turns index documents into segment files and keeps them (the documents themselves
# are hashed, so index_docs.py, which makes them, needs no place here).
SEGMENT_CODE = ("index.py", "whoosh_writer.py", "whoosh_postings.py", "analysis.py", "scoring.py", "segment_cache.py",
                "cache_files.py")


def index_cache_dir(out: Path) -> Path:
    """Where the index segments of the build output `out` are kept: `.NAME-cache/index` beside it."""
    from guidegraph.cache import cache_dir

    return cache_dir(out) / "index"


def segment_salt() -> str:
    """What every segment depends on besides its documents: versions and the code that writes it."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{__version__} {sys.version_info[:2]} whoosh=={installed_version('whoosh-reloaded')}".encode())
    source = Path(__file__).resolve().parent
    for name in SEGMENT_CODE:
        digest.update(name.encode() + b"\0" + (source / name).read_bytes())
    return digest.hexdigest()



def segment_key(salt: str, documents: list[dict[str, Any]], settings: str = "",
                unit_keys: Mapping[str, str] | None = None, unit: Callable[[str], str] | None = None) -> str:
    """The key of a segment holding `documents` (field name -> value), in this order, written
    with `settings`.

    marshal's version 2 writes every value in full (no references to objects seen before), so
    equal documents built in the same order give equal bytes; fields in another order would only
    give another key, a miss. The documents of a unit (`unit(id)`) that `unit_keys` holds are
    hashed as that key, which stands for them all: a corpus document's passages, keyed by all they
    are made from (`passage_cache`), tens of thousands of documents not encoded again.
    """
    parts: list[Any] = []
    seen: set[str] = set()
    for document in documents:
        own = unit(document["id"]) if unit and unit_keys else ""
        key = unit_keys.get(own) if unit_keys else None
        if key is None:
            parts.append(document)
        elif own not in seen:
            seen.add(own)
            parts.append(f"{own}\0{key}")
    head = f"{salt}\0{settings}\0".encode()
    return hashlib.blake2b(head + marshal.dumps(parts, _MARSHAL_VERSION), digest_size=20).hexdigest()


def segment_id(key: str) -> str:
    """The whoosh segment id (part of every file name) of the segment with `key`."""
    return key[:24]


@dataclass(frozen=True)
class SegmentEntry:
    """A segment's files by name, and the whoosh segment object a table of contents lists."""

    key: str
    segment: Any
    files: dict[str, bytes]


class SegmentCache:
    """Segments of earlier builds in `folder` (None: keep nothing); with `use=False` (`--clean`) it
    only writes."""

    def __init__(self, folder: Path | None, use: bool = True) -> None:
        self.folder = folder
        self.use = use and folder is not None
        self.salt = segment_salt()
        self.reused = 0
        cost = "the next build will write the whole index"
        self._writer = EntryWriter(folder, "index cache", cost) if folder is not None else None

    def key(self, documents: list[dict[str, Any]], settings: str = "", unit_keys: Mapping[str, str] | None = None,
            unit: Callable[[str], str] | None = None) -> str:
        """The key of a segment of `documents` written with `settings` (`segment_key`)."""
        return segment_key(self.salt, documents, settings, unit_keys, unit)

    def restore(self, key: str, directory: Path) -> Any | None:
        """Copy the files of segment `key` into `directory` and return the segment; None on a miss."""
        if not self.use or self.folder is None:
            return None
        path = self.folder / f"{key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        entry = decode_entry(data)
        if entry is None or entry.key != key or getattr(entry.segment, "segid", None) != segment_id(key):
            log.info("%s: unreadable index cache entry ignored; it will be written again", path)
            return None
        for name, content in sorted(entry.files.items()):
            (directory / name).write_bytes(content)
        self.reused += 1
        return entry.segment

    def store(self, key: str, segment: Any, files: Iterable[Path]) -> None:
        """Keep segment `key` (its object and `files`) for the next build."""
        if self.folder is None:
            return
        try:
            entry = SegmentEntry(key, segment, {path.name: path.read_bytes() for path in files})
        except OSError as err:
            self._writer.cannot(err)
            return
        self._writer.write(self.folder / f"{key}{SUFFIX}", encode_entry(entry))

    def prune(self, keep: Iterable[str]) -> None:
        """Remove the entries (and temporary files) of segments other than `keep`."""
        if self.folder is None:
            return
        prune_folder(self.folder, {f"{key}{SUFFIX}" for key in keep})


def encode_entry(entry: SegmentEntry) -> bytes:
    """The bytes of a cache file: a magic line, a checksum of the pickle, the pickle."""
    return encode_checked(entry, _MAGIC)


def decode_entry(data: bytes) -> SegmentEntry | None:
    """The entry in a cache file's bytes, or None when they are not an intact entry."""
    entry = decode_checked(data, _MAGIC)
    return entry if isinstance(entry, SegmentEntry) and isinstance(entry.files, dict) else None

