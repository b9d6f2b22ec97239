"""Supply chain and runtime: no network at build or run time; ranged dependencies and an exact lock."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from test_trust_helpers import SECOND, SMALL, corpus_of

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).parent.parent
# Runs guidegraph commands in one process with every network call refused and reported.
GUARDED = """
import json, sys

ATTEMPTS = []

def refuse(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                 "socket.gethostbyaddr", "socket.sendto", "socket.sendmsg", "urllib.Request", "http.client.connect",
                 "ftplib.connect", "smtplib.connect", "webbrowser.open"):
        ATTEMPTS.append(f"{event} {args!r}")
        raise OSError(f"network access blocked by the test: {event}")

sys.addaudithook(refuse)
{probe}
from guidegraph.cli import main
from guidegraph.errors import GuidegraphError

codes = []
for args in json.loads(sys.argv[1]):
    try:
        main.main(args=args, standalone_mode=False)
        codes.append(0)
    except GuidegraphError as error:
        codes.append(error.exit_code)
    except SystemExit as stop:
        codes.append(stop.code or 0)
print(json.dumps({"codes": codes, "attempts": ATTEMPTS}))
"""


def guarded(*commands: list[str], probe: str = "") -> dict:
    result = subprocess.run([sys.executable, "-c", GUARDED.replace("{probe}", probe), json.dumps(list(commands))],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_the_guard_catches_network_access() -> None:
    probe = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), 1)\nexcept OSError:\n    pass\n"
    report = guarded(probe=probe)
    assert report["attempts"] and report["attempts"][0].startswith("socket.")


def test_build_and_queries_never_touch_the_network(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, SECOND)
    where = ["--corpus", str(corpus), "--out", str(tmp_path / "build")]
    report = guarded(
        ["-q", "build", *where],
        ["list", "legal-bases", "--format", "json", *where],
        ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", *where],
        ["search", "consent", *where],
        ["validate", "--corpus", str(corpus)],
    )
    assert report == {"codes": [0, 0, 0, 0, 0], "attempts": []}
    assert (tmp_path / "build" / "site" / "index.html").is_file()


# ---------------------------------------------------------------------------------------------
# Dependencies: ranges in pyproject.toml, exact versions in requirements.lock


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    texts = project["dependencies"] + project["optional-dependencies"]["test"]
    return [Requirement(text) for text in texts]


def lock() -> dict[str, str]:
    lines = [line for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    pins = [line.split("==") for line in lines]
    assert all(len(pin) == 2 and pin[0] == canonicalize_name(pin[0]) for pin in pins), "write name==version lines"
    assert [name for name, _ in pins] == sorted({name for name, _ in pins}), "one line per package, sorted"
    return dict(pins)


@pytest.mark.parametrize("requirement", declared(), ids=str)
def test_dependencies_are_ranges(requirement: Requirement) -> None:
    assert any(spec.operator == ">=" for spec in requirement.specifier), f"{requirement}: give a floor"
    assert not any(spec.operator in ("==", "===") for spec in requirement.specifier), f"{requirement}: pin in the lock"


@pytest.mark.parametrize("requirement", declared(), ids=str)
def test_lock_pins_each_dependency_inside_its_range(requirement: Requirement) -> None:
    if requirement.marker is not None and not requirement.marker.evaluate(default_environment()):
        pytest.skip(f"{requirement}: not needed on this Python")
    pins = lock()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{name} is missing from requirements.lock"
    assert requirement.specifier.contains(pins[name], prereleases=True), f"{name}=={pins[name]}: not {requirement}"


def test_lock_generator_walks_the_installed_dependencies() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from lock_requirements import locked
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    found = locked()
    for requirement in declared():
        if requirement.marker is None or requirement.marker.evaluate(default_environment()):
            assert canonicalize_name(requirement.name) in found
    assert "guidegraph" not in found and "ruff" not in found
    assert set(lock()) <= set(found) | {"tomli"}, "the lock names packages the dependencies do not need"
