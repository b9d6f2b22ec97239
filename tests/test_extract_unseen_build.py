"""The unseen fixtures built as a corpus: every document is read, the graph conforms to the
SHACL shapes (a build refuses one that does not) and the site has no broken link or anchor."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from test_site import PageParser

from guidegraph.build import BuildResult

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
# the folder's own files: its pdf-sources/ subfolder holds the HTML the PDFs were printed from
DOCUMENTS = sorted(p.stem for p in UNSEEN.iterdir() if p.is_file() and p.suffix != ".toml")


@pytest.fixture(scope="module")
def built(unseen_build: BuildResult) -> BuildResult:
    return unseen_build


def test_every_fixture_is_a_document_of_the_build(built: BuildResult) -> None:
    assert built.documents == len(DOCUMENTS) >= 28
    assert sorted(p.stem for p in (built.out / "site" / "documents").glob("*.html") if p.stem != "index") == DOCUMENTS


def test_the_unseen_site_has_no_broken_link_or_anchor(built: BuildResult) -> None:
    site = built.out / "site"
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parser = PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = parser
    broken = []
    for path, parser in pages.items():
        for href in parser.links + parser.resources:
            parts = urlsplit(href)
            if parts.scheme in {"http", "https", "mailto"} or href == "data:,":
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if not target.is_file():
                broken.append(f"{path.relative_to(site.resolve())} -> {href}")
            elif parts.fragment and target in pages and unquote(parts.fragment) not in pages[target].ids:
                broken.append(f"{path.relative_to(site.resolve())} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken[:20])
