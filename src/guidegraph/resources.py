"""Where the bundled corpus, ontology and site templates are, installed or in a source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_TREE = _PACKAGE.parent.parent  # src/guidegraph -> repository root


def data_dir(name: str) -> Path:
    """`corpus`, `ontology` or `site_templates`: the wheel's copy, else the source tree's."""
    for candidate in (_PACKAGE / "_data" / name, _SOURCE_TREE / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"guidegraph's {name}/ folder is missing from the installation")
