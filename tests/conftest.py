"""Session-wide fixtures: the bundled corpus built once, for every test that reads a build."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def built_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus built (graph, records, site) once per session; returns the output folder."""
    from guidegraph.build import build
    from guidegraph.config import load_config

    out = tmp_path_factory.mktemp("built") / "build"
    build(load_config(out=out))
    return out
