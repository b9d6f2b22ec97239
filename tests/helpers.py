"""Shared test helpers: the bundled corpus segmented once, and small fixture documents."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from guidegraph.model import Metadata, SegmentedDocument
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


def unseen(name: str) -> SegmentedDocument:
    """An unseen-shape fixture read with its own sidecar metadata (jurisdictions matter there)."""
    return segment(read_document(UNSEEN / name))
