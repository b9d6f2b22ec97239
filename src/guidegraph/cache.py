"""The build cache: each document's segmented text and extraction, looked up by its content.

A build after editing one document re-reads, re-segments and re-extracts only that document;
myths are aligned across documents, and the graph built, on every build. A document's key hashes
its file's path and bytes, its sidecar metadata's bytes, and a salt: the tool's version and
source code, the ontology and the reader libraries' versions, so anything that could change what
reading or extraction gives invalidates the entries it touches.

The cache sits beside the output (`.NAME-cache/documents/` next to `NAME/`) so it survives the output's
atomic swap. It is trusted local data: entries are pickles, and loading a pickle can run code, so
it must not be writable by anyone you would not let run guidegraph. It never makes a build
wrong: an entry is written to a temporary file and renamed into place, carries a checksum, and
one that cannot be read (truncated, corrupt, from another version) is ignored and written again.
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from guidegraph import __version__
from guidegraph.cache_files import (
    PROTOCOL as _PROTOCOL,
)
from guidegraph.cache_files import (
    EntryWriter,
    decode_checked,
    encode_checked,
    installed_version,
    prune_folder,
)
from guidegraph.extract import Extractors, extract_documents
from guidegraph.model import Document, Extraction, SegmentedDocument
from guidegraph.read import read_document
from guidegraph.read.encoding import MAX_FILE_BYTES
from guidegraph.read.metadata import sidecar_path
from guidegraph.segment import segment

log = logging.getLogger(__name__)

SUFFIX = ".pickle"
_MAGIC = b"guidegraph-cache-1\n"
_CHUNK = 1 << 20
_READER_PACKAGES = ("beautifulsoup4", "pypdf")  # their versions change what the readers give
# The code whose results are cached: the read, segment and extract stages and what they import.
CACHED_CODE = ("__init__.py", "cache.py", "cache_files.py", "catalog.py", "errors.py", "model.py", "resources.py",
               "forking.py", "segment.py", "vocab.py", "read", "extract", "output.py")


@dataclass(frozen=True)
class CacheEntry:
    """What the build computed for one document, under the key it was computed for."""

    key: str
    segmented: SegmentedDocument
    extraction: Extraction


def cache_dir(out: Path) -> Path:
    """Where the caches of the build output `out` live: `.NAME-cache` beside it, a folder per
    cache inside (documents, graph, index)."""
    return out.parent / f".{out.name}-cache"


def document_cache_dir(out: Path) -> Path:
    """Where the documents' entries of the build output `out` live."""
    return cache_dir(out) / "documents"


def cache_salt(ontology: Path) -> str:
    """What every entry depends on besides its document: tool version and code, ontology, libraries."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{__version__} {sys.version_info[:2]} {_PROTOCOL}".encode())
    for package in _READER_PACKAGES:
        digest.update(f"{package}=={installed_version(package)}".encode())
    source = Path(__file__).resolve().parent
    for name in CACHED_CODE:
        hash_tree(digest, source / name, "*.py")
    hash_tree(digest, ontology, "*")
    return digest.hexdigest()



def hash_tree(digest: hashlib.blake2b, root: Path, pattern: str) -> None:
    """Names and bytes of the files under `root` (or of `root` itself, a file)."""
    base, paths = (root.parent, [root]) if root.is_file() else (root, root.rglob(pattern))
    for path in sorted(p for p in paths if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(base)).encode() + b"\0")
        digest.update(path.read_bytes())


def document_key(path: Path, salt: str, name: str | None = None) -> str | None:
    """The cache key of the corpus file at `path`, named `name` in its warnings, or None when it
    cannot be read (the reader says why)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{salt}\0{path}\0{name or path.name}\0".encode())
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None  # the reader refuses it, and hashing it would only cost time
        _hash_file(digest, path)
        sidecar = sidecar_path(path)
        if sidecar.is_file():
            digest.update(b"\0sidecar\0")
            _hash_file(digest, sidecar)
    except OSError:
        return None
    return digest.hexdigest()


def _hash_file(digest: hashlib.blake2b, path: Path) -> None:
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)


class DocumentCache:
    """Per-document results of earlier builds; with `use=False` (`--clean`) it only writes."""

    def __init__(self, folder: Path, salt: str, use: bool = True) -> None:
        self.folder = folder
        self.salt = salt
        self.use = use
        self._keys: dict[Path, str | None] = {}
        self._names: dict[Path, str] = {}
        self._hits: dict[Path, CacheEntry] = {}
        self._sources: dict[str, str] = {}
        self._writer = EntryWriter(folder, "build cache", "the next build will not be incremental")

    @property
    def hits(self) -> int:
        """How many documents this build took from the cache."""
        return len(self._hits)

    def read_document(self, path: Path, *, name: str | None = None) -> Document:
        """The document at `path` (named `name` in its warnings): from the cache when its content
        is unchanged, else read."""
        name = self._names[path] = name or path.name
        key = self._keys[path] = document_key(path, self.salt, name)
        entry = self._load(key) if key and self.use else None
        if entry is None or entry.segmented.meta.path != path:
            return read_document(path, name=name)
        self._hits[path] = entry
        return entry.segmented.document

    def segment(self, document: Document) -> SegmentedDocument:
        """The document's sections and passages, cached or computed."""
        entry = self._hits.get(document.meta.path)
        return entry.segmented if entry is not None else segment(document)

    def extract(self, docs: Sequence[SegmentedDocument], extractors: Extractors) -> list[Extraction]:
        """What extraction finds in each document: cached, or computed together for the others."""
        missing = [doc for doc in docs if doc.meta.path not in self._hits]
        computed = iter(extract_documents(missing, extractors))
        return [self._hits[doc.meta.path].extraction if doc.meta.path in self._hits else next(computed)
                for doc in docs]

    @property
    def sources(self) -> dict[str, str]:
        """After `save`: the key of each document (by slug) whose results this build holds are
        those of the bytes its key hashes (taken from the cache, or stored under it)."""
        return dict(self._sources)

    def save(self, docs: Sequence[SegmentedDocument], extractions: Sequence[Extraction]) -> None:
        """Write the entries this build computed; drop those no document of the corpus uses now."""
        for doc, extraction in zip(docs, extractions, strict=True):
            path = doc.meta.path
            key = self._keys.get(path)
            if path in self._hits:
                self._sources[doc.meta.slug] = self._hits[path].key
            # A file edited while it was read must not be stored under the key of its old bytes.
            elif key and document_key(path, self.salt, self._names[path]) == key:
                self._write(CacheEntry(key, doc, extraction))
                self._sources[doc.meta.slug] = key
        self._prune({key for key in self._keys.values() if key})
        log.info("reused %d of %d documents from the cache in %s", self.hits, len(docs), self.folder)

    def _load(self, key: str) -> CacheEntry | None:
        path = self.folder / f"{key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        entry = decode_entry(data)
        if entry is None or entry.key != key:
            log.info("%s: unreadable cache entry ignored; it will be written again", path)
            return None
        return entry

    def _write(self, entry: CacheEntry) -> None:
        self._writer.write(self.folder / f"{entry.key}{SUFFIX}", encode_entry(entry))

    def _prune(self, keep: Iterable[str]) -> None:
        prune_folder(self.folder, {f"{key}{SUFFIX}" for key in keep})


def encode_entry(entry: CacheEntry) -> bytes:
    """The bytes of a cache file: a magic line, a checksum of the pickle, the pickle."""
    return encode_checked(entry, _MAGIC)


def decode_entry(data: bytes) -> CacheEntry | None:
    """The entry in a cache file's bytes, or None when they are not an intact entry."""
    entry = decode_checked(data, _MAGIC)
    return entry if isinstance(entry, CacheEntry) else None

