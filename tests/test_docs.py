"""The README documents every command, and every command explains itself."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guidegraph.cli import main

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_text(name: str) -> None:
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20, f"{name} needs a help text"
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts[0]} needs help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert re.search(rf"^guidegraph {re.escape(name)}\b", README, re.M), f"README lacks a usage line for {name}"


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert any("guidegraph build" in b and "pip install" in b for b in blocks)
    test_command = next(b for b in blocks if "pytest" in b)
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command.strip() in ci


def test_exit_codes_are_documented() -> None:
    from guidegraph import errors

    for code in (errors.EXIT_OK, errors.EXIT_VALIDATION, errors.EXIT_INPUT, errors.EXIT_BUILD):
        assert re.search(rf"^\| {code} \|", README, re.M)
