"""guidegraph.toml: settings relative to the file, and clear errors for settings of the wrong type."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidegraph.config import load_config
from guidegraph.errors import ConfigError


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "guidegraph.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_are_relative_to_the_file_and_the_command_line_wins(tmp_path: Path) -> None:
    path = write_config(tmp_path, '[guidegraph]\ncorpus = "docs"\nout = "site-build"\nstrict = true\n')
    config = load_config(path, out=tmp_path / "elsewhere")
    assert (config.corpus, config.out, config.strict) == (tmp_path / "docs", tmp_path / "elsewhere", True)


@pytest.mark.parametrize(("line", "message"), [
    ("corpus = 5", "setting 'corpus' must be a folder path in quotes, not 5"),
    ('strict = "no"', "setting 'strict' must be true or false, not 'no'"),
    ("site = 0", "setting 'site' must be true or false, not 0"),
])
def test_a_setting_of_the_wrong_type_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = write_config(tmp_path, f"[guidegraph]\n{line}\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}: {message}"
