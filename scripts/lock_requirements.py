"""Write requirements.lock: the exact versions installed of guidegraph's runtime and test dependencies.

    .venv/bin/python scripts/lock_requirements.py > requirements.lock

It walks the dependencies pyproject.toml declares (with the `test` extra) through the installed
packages' own metadata, so the lock holds what `pip install -e '.[test]'` put in the environment,
and nothing else installed there (dev tools, build backends). Install from it with
`pip install -r requirements.lock && pip install --no-deps -e .` for a reproducible environment.
"""

from __future__ import annotations

import sys
from importlib import metadata

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = "guidegraph"
EXTRAS = ("test",)


def locked(root: str = ROOT, extras: tuple[str, ...] = EXTRAS) -> dict[str, str]:
    """Canonical name -> installed version of every package `root[extras]` needs, transitively."""
    found: dict[str, str] = {}
    pending = [(root, extras)]
    while pending:
        name, wanted = pending.pop()
        for requirement in _requirements(name):
            if not _applies(requirement, wanted):
                continue
            key = canonicalize_name(requirement.name)
            if key not in found:
                found[key] = metadata.version(requirement.name)
                pending.append((requirement.name, tuple(requirement.extras)))
    return dict(sorted(found.items()))


def _requirements(name: str) -> list[Requirement]:
    return [Requirement(text) for text in metadata.requires(name) or []]


def _applies(requirement: Requirement, extras: tuple[str, ...]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({**default_environment(), "extra": extra}) for extra in ("", *extras))


def main() -> int:
    """Print the lock file."""
    python = ".".join(map(str, sys.version_info[:2]))
    print(f"# Exact versions of guidegraph's runtime and test dependencies, as installed (Python {python}).")
    print("# Regenerate: .venv/bin/python scripts/lock_requirements.py > requirements.lock")
    for name, version in locked().items():
        print(f"{name}=={version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
