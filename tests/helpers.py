"""Shared test helpers: the bundled corpus segmented once, and small fixture documents."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import find_myths
from guidegraph.model import Block, CaseExample, Citation, Document, Metadata, MythStatement, SegmentedDocument
from guidegraph.read import read_corpus, read_document
from guidegraph.resources import data_dir
from guidegraph.segment import segment

FIXTURES = Path(__file__).parent / "fixtures"
UNSEEN = FIXTURES / "unseen"  # documents in the shapes real guidance takes, each with its metadata


@lru_cache(maxsize=1)
def bundled_corpus() -> tuple[SegmentedDocument, ...]:
    """The bundled corpus, read and segmented once per test session (values are frozen)."""
    return tuple(segment(d) for d in read_corpus(data_dir("corpus")))


def bundled_by_slug() -> dict[str, SegmentedDocument]:
    return {d.meta.slug: d for d in bundled_corpus()}


def segmented_fixture(path: Path) -> SegmentedDocument:
    """A fixture file segmented with minimal metadata named after its stem."""
    meta = Metadata(path.stem, path.stem, "", "2024", (), (), "", "", "full", path)
    return segment(read_document(path, meta))


# Sidecar metadata of a valid national document, for tests that write corpora of their own.
SIDECAR = """\
title = "Information sharing"
publisher = "Anytown Safeguarding Children Partnership"
date = "2023"
jurisdictions = ["England"]
local_areas = []
source_url = ""
rights = "Public"
publish = "full"
"""


@cache
def unseen(name: str) -> SegmentedDocument:
    """An unseen-shape fixture read with its own sidecar metadata (jurisdictions matter there), once
    per test session: a test of a page's furniture asks for its passages once per word it looks for
    (values are frozen)."""
    return segment(read_document(UNSEEN / name))


# --- what extraction finds in one unseen fixture (the catalog given; the myths of the whole
# folder read together, so that a belief's concept is the one it shares with the others)


def unseen_citations(name: str, catalog: Catalog) -> list[Citation]:
    return find_citations(unseen(name), catalog)[0]


def unseen_cited(name: str, catalog: Catalog, where: str) -> list[tuple[str, str | None, str]]:
    """(basis, provision, negation) of the citations of the passages under section `where`."""
    return [(c.basis, c.provision.label if c.provision else None, c.negation)
            for c in unseen_citations(name, catalog) if c.passage_id.split("/")[1] == where]


def unseen_files() -> list[Path]:
    """The unseen fixtures: the folder's own files (its *-sources/ subfolders hold the scripts and
    pages they were made from, which are no guidance)."""
    return sorted(path for path in UNSEEN.iterdir() if path.is_file())


def unseen_corpus(folder: Path) -> Path:
    """A corpus folder of links to the unseen fixtures, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in unseen_files():
        (folder / path.name).symlink_to(path)
    return folder


@lru_cache(maxsize=1)
def unseen_myths() -> tuple[MythStatement, ...]:
    documents = sorted((read_document(path) for path in unseen_files() if path.suffix != ".toml"),
                       key=lambda document: document.meta.slug)
    return tuple(find_myths([segment(d) for d in documents]))


def unseen_myths_in(name: str) -> dict[str, MythStatement]:
    slug = name.rsplit(".", 1)[0]
    return {m.statement: m for m in unseen_myths() if m.document == slug}


def unseen_cases(name: str) -> list[CaseExample]:
    return find_case_examples(unseen(name))


def bundled_with_unseen(folder: Path, names: tuple[str, ...]) -> Path:
    """Build the bundled corpus with the unseen fixtures `names` (slugs) beside it, as a partnership
    puts its own documents beside the national ones, into `folder`; return the build's output."""
    import shutil

    from guidegraph.build import build
    from guidegraph.config import load_config

    corpus = folder / "corpus"
    shutil.copytree(data_dir("corpus"), corpus)
    for name in names:
        for path in UNSEEN.glob(f"{name}.*"):
            shutil.copy(path, corpus / path.name)
    build(load_config(corpus=corpus, out=folder / "build", site=False))
    return folder / "build"


def unseen_guidance(name: str, catalog: Catalog) -> set[str]:
    """The catalog ids of the guidance an unseen fixture cites."""
    from guidegraph.extract.guidance import find_guidance

    return {g.id for g in find_guidance(unseen(name), catalog)}


def unseen_passages(name: str, section: str | None = None) -> list[str]:
    """An unseen fixture's passage texts, of one section if given."""
    return [p.text for p in unseen(name).passages if section is None or p.id.split("/")[1] == section]


def unseen_sections(name: str) -> list[tuple[str, str]]:
    return [(s.key, s.title) for s in unseen(name).sections]


def one_document(blocks: tuple[Block, ...], name: str = "t.md") -> Document:
    """A document of these blocks, with plain metadata, for segmenting and extracting."""
    meta = Metadata("t", "T", "P", "2024", ("England",), (), "", "", "full", Path(name))
    return Document(meta, blocks)


def text_document(text: str, name: str = "t.md") -> Document:
    """A document read from `text` as the text reader reads a file."""
    from guidegraph.read.text import parse_blocks

    return one_document(tuple(parse_blocks(text)[0]), name)


def html_document(html: str) -> Document:
    """A document read from `html` as the HTML reader reads a page."""
    from guidegraph.read.html import parse_html

    return one_document(tuple(parse_html(html)[0]), "t.html")


def unseen_cited_provisions(name: str, catalog: Catalog) -> set[tuple[str, str | None]]:
    """(legal basis, provision label or None) of every citation in an unseen fixture."""
    return {(c.basis, c.provision.label if c.provision else None) for c in unseen_citations(name, catalog)}


# The law and guidance most unseen fixtures of later rounds cite, as (basis, provision) pairs and ids.
COMMON_LAW = {("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
              ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18")}
COMMON_GUIDANCE = {"working-together-to-safeguard-children", "hmg-information-sharing-advice"}


def unseen_texts(name: str) -> list[str]:
    """Every passage and section title of an unseen fixture: where furniture must not be found."""
    return unseen_passages(name) + [title for _, title in unseen_sections(name)]


def unseen_no_furniture(name: str, *furniture: str) -> None:
    """Assert that no passage or section title of an unseen fixture holds any of `furniture`."""
    for words in furniture:
        assert not [t for t in unseen_texts(name) if words in t], words


def unseen_under(name: str, title: str) -> list[str]:
    """The passages of the section titled `title` (found by its title, so that a section missed
    or added before it fails the sections' own test, not this one)."""
    keys = [key for key, found in unseen_sections(name) if found == title]
    assert keys, f"no section {title!r}"
    return unseen_passages(name, keys[0])


def in_order(text: str, parts: tuple[str, ...]) -> bool:
    """Every one of `parts` is in `text`, in that order."""
    order = [text.find(part) for part in parts]
    return -1 not in order and order == sorted(order)


def unmarked(text: str) -> str:
    """`text` without its notes' marks, however they are shown ("¹", "[1]")."""
    return re.sub(r"\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+", "", text)
