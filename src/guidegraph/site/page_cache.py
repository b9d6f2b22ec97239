"""Pages kept between builds: a rebuild after editing one document renders the pages that changed
and writes the others as they were.

A document's page is most of the site's rendering time on a large corpus (every passage of the
document, with its inline links), and it depends on little besides the document: its record, its
sections, the passages it shows with their citations, the pages its passages link to and the
names it gives the law they cite. `PageCache.key` hashes exactly those inputs, as read for the
page (`corpus.document_inputs`), with the code and the templates, so a key that matches gives the
bytes rendering would give. Any other page (a case example's, a law's: thousands on a large
corpus) is keyed by what it is rendered from, its context once built (`PageCache.context_key`):
building it costs as much as rendering it, but only once.

Entries sit in `.NAME-cache/pages/` beside the output, with the other caches: the page's bytes,
written atomically with a checksum; one that cannot be read is rendered again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidegraph.chunks import EntryFolder

if TYPE_CHECKING:
    from guidegraph.site.pages import Page

SUFFIX = ".page"


def page_cache_dir(out: Path) -> Path:
    """Where the document pages of the build output `out` are kept: `.NAME-cache/pages`."""
    from guidegraph.cache import cache_dir

    return cache_dir(out) / "pages"


class PageCache:
    """Rendered pages of earlier builds, by the key of their inputs; with `use=False` (`--clean`) it only writes."""

    def __init__(self, folder: Path, templates: Path, use: bool = True) -> None:
        from guidegraph.cache import hash_tree
        from guidegraph.passage_cache import code_salt

        self.entries = EntryFolder(folder, SUFFIX)
        self.use = use
        digest = hashlib.blake2b(code_salt().encode(), digest_size=16)
        hash_tree(digest, templates, "*")  # a page is its template's output: any template or asset counts
        self._salt = digest.hexdigest()
        self._held = _names(folder, SUFFIX) if use else set()
        self.keys: set[str] = set()  # every key asked for in this build: what is kept at the end

    def key(self, inputs: object) -> str:
        """The key of a page made from `inputs` (plain data: what building its context reads)."""
        # a pickle, made twice as fast as JSON, of the text of every passage; built in a fixed order,
        # the inputs give the same bytes on every build (another order would only be a miss)
        return self._kept(pickle.dumps([self._salt, inputs], protocol=pickle.HIGHEST_PROTOCOL))

    def context_key(self, page: Page, contents: dict[str, Any]) -> str:
        """The key of `page` rendered from `contents`, its context: the pickle of everything
        rendering reads, which keeps what JSON would lose (a Markup string is not a str: one is
        escaped, the other not). "" when the context cannot be pickled: that page is not kept."""
        rendered_from = (self._salt, page.template, page.title, page.path, page.kind, page.description, page.jsonld,
                         contents)
        try:
            payload = pickle.dumps(rendered_from, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):  # a function or a lock in it, say
            return ""
        return self._kept(payload)

    def _kept(self, payload: bytes) -> str:
        """The key of a page made from `payload`, kept at the end of this build (`prune`)."""
        key = hashlib.blake2b(payload, digest_size=20).hexdigest()
        self.keys.add(key)
        return key

    def holds(self, key: str) -> bool:
        """Whether an entry for `key` was there when the build began (it may still prove damaged)."""
        return key in self._held

    def load(self, key: str) -> bytes | None:
        return self.entries.load_named(key, bytes) if self.holds(key) else None

    def save(self, key: str, html: bytes) -> None:
        self.entries.save_named(key, html)

    def prune(self) -> None:
        """Keep only this build's pages."""
        self.entries.prune(self.keys)


def _names(folder: Path, suffix: str) -> set[str]:
    try:
        found: Iterable[str] = os.listdir(folder)
    except OSError:
        return set()
    return {name.removesuffix(suffix) for name in found if name.endswith(suffix)}
