"""The bundled corpus: every document has complete, honest metadata beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from guidegraph.read import SUPPORTED_SUFFIXES, read_corpus
from guidegraph.resources import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CORPUS = data_dir("corpus")
REQUIRED = {"title", "publisher", "date", "jurisdictions", "local_areas", "source_url", "rights", "publish"}
NATIONS = {"England", "Wales", "Scotland", "Northern Ireland", "UK"}
DOCUMENTS = sorted(p for p in CORPUS.iterdir() if p.suffix != ".toml")


def sidecar(path: Path) -> dict[str, object]:
    return tomllib.loads(path.with_suffix(".toml").read_text(encoding="utf-8"))


def test_corpus_holds_only_documents_and_their_sidecars() -> None:
    assert len(DOCUMENTS) == 5
    assert all(p.suffix in SUPPORTED_SUFFIXES for p in DOCUMENTS)
    assert sorted(p.stem for p in CORPUS.glob("*.toml")) == [p.stem for p in DOCUMENTS]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_sidecar_has_the_required_keys(path: Path) -> None:
    meta = sidecar(path)
    assert REQUIRED <= set(meta), REQUIRED - set(meta)
    assert set(meta["jurisdictions"]) <= NATIONS and meta["jurisdictions"]  # type: ignore[arg-type]
    assert meta["publish"] in ("full", "excerpts")
    assert str(meta["date"])[:4].isdigit()
    assert all(isinstance(meta[key], str) and meta[key] for key in ("title", "publisher", "rights"))
    url = meta["source_url"]
    assert isinstance(url, str) and (url == "" or url.startswith(("http://", "https://")))


def test_nspcc_is_published_as_excerpts_only() -> None:
    meta = sidecar(CORPUS / "nspcc-information-sharing-2015.txt")
    assert meta["publish"] == "excerpts" and "All rights reserved" in str(meta["rights"])
    # UK-wide, with a list of national guidance for each of the four nations
    assert meta["jurisdictions"] == ["England", "Northern Ireland", "Scotland", "Wales"]


def test_local_areas_and_dates() -> None:
    pan = sidecar(CORPUS / "pan-cheshire-information-sharing-2023.txt")
    assert pan["local_areas"] == ["Cheshire East", "Cheshire West and Chester", "Halton", "Warrington"]
    assert sidecar(CORPUS / "surrey-information-sharing-2024.txt")["date"] == "2024-10-30"
    halton = sidecar(CORPUS / "halton-information-sharing.txt")
    assert halton["date"] == "2019" and "undated" in str(halton["date_note"])


def test_the_loader_reads_the_whole_corpus() -> None:
    documents = read_corpus(CORPUS)
    assert [d.meta.slug for d in documents] == sorted(p.stem for p in DOCUMENTS)
    assert all(d.blocks for d in documents)
    years = {d.meta.slug: d.meta.year for d in documents}
    assert years["cross-government-information-sharing-2005"] == 2005
