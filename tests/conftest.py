"""Shared fixtures: the bundled corpus built once, for every test that reads a build, its answers, the unseen
fixtures built once, and the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidegraph.answers import Answers
from guidegraph.build import BuildResult
from guidegraph.catalog import Catalog, load_catalog


@pytest.fixture(scope="session")
def built_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus built (graph, records, site) once per session; returns the output folder."""
    from guidegraph.build import build
    from guidegraph.config import load_config

    out = tmp_path_factory.mktemp("built") / "build"
    build(load_config(out=out))
    return out


@pytest.fixture(scope="session")
def unseen_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The unseen fixtures (tests/fixtures/unseen, the folder's own files: not the scripts in its
    subfolders) built as one corpus, site and all, once per session."""
    from helpers import unseen_corpus

    from guidegraph.build import build
    from guidegraph.config import load_config

    folder = tmp_path_factory.mktemp("unseen")
    return build(load_config(corpus=unseen_corpus(folder / "corpus"), out=folder / "build"))


@pytest.fixture(scope="module")
def answers(built_output: Path) -> Answers:
    """The query side over the session's build, opened once per test module."""
    with Answers(built_output) as opened:
        yield opened


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The legislation catalog, loaded once per test module."""
    return load_catalog()
