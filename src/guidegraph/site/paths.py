"""Where each entity's page lives in the site, and relative links between pages.

Every page is `<kind folder>/<name>.html` (or a top-level page), so a link is the target's path
prefixed with one `../` per folder of the page it is written in: the site works from any path and
from `file://`. Names are slugs of the entities' local ids, made unique in a stable order.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from guidegraph.listing import local_id, local_provision_id
from guidegraph.vocab import slugify

_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

# Folder of each kind's pages; the home, search and index pages are listed in `index_page`.
FOLDERS = {
    "legal-bases": "legal-bases",
    "provisions": "provisions",
    "myths": "myths",
    "principles": "principles",
    "case-examples": "case-examples",
    "places": "places",
    "guidance": "guidance",
    "documents": "documents",
}


def index_page(kind: str) -> str:
    """The index page listing every page of one kind."""
    return f"{FOLDERS[kind]}/index.html"


def relative(target: str, depth: int) -> str:
    """`target` (a path from the site root, maybe with `#anchor`) as seen from a page `depth` folders deep."""
    if target.startswith(("http://", "https://", "#", "mailto:")):
        return target
    return "../" * depth + target


def page_depth(path: str) -> int:
    return path.count("/")


def anchor(text: str) -> str:
    """An HTML id that is also a safe URL fragment."""
    return _ANCHOR_UNSAFE.sub("-", text).strip("-") or "x"


class Paths:
    """The page path of every entity (by IRI), minted once in sorted order so names are stable.
    (A passage's or section's anchor in its document's page is made from it where needed.)"""

    def __init__(self) -> None:
        self._pages: dict[str, str] = {}
        self._taken: set[str] = set()

    def add(self, kind: str, iri: URIRef | str, name: str) -> str:
        """Mint the page of `iri` in `kind`'s folder from `name` (slugified, de-duplicated)."""
        key = str(iri)
        if key in self._pages:
            return self._pages[key]
        base = f"{FOLDERS[kind]}/{slugify(name)}"
        path, n = f"{base}.html", 1
        while path in self._taken or path == index_page(kind):
            n += 1
            path = f"{base}-{n}.html"
        self._taken.add(path)
        self._pages[key] = path
        return path

    def page(self, iri: URIRef | str) -> str | None:
        """The page of an entity, or None when the site has none for it."""
        return self._pages.get(str(iri))


def provision_name(iri: URIRef | str) -> str:
    return local_provision_id(URIRef(str(iri)))


def short_name(iri: URIRef | str, prefix: str) -> str:
    return local_id(str(iri)).removeprefix(prefix)
