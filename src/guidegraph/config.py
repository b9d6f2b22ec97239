"""One frozen configuration object: defaults, then `guidegraph.toml`, then command-line values."""

from __future__ import annotations

import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from guidegraph.errors import ConfigError
from guidegraph.resources import data_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILE = "guidegraph.toml"


@dataclass(frozen=True)
class Config:
    """Where the corpus is, where the build goes, and how strict the build is."""

    corpus: Path
    out: Path
    ontology: Path
    templates: Path
    strict: bool = False
    clean: bool = False
    site: bool = True
    # False when the build is read as it stands: the corpus it was built from is gone
    rebuild_when_stale: bool = True

    @property
    def graph_file(self) -> Path:
        return self.out / "graph.ttl"


def default_config() -> Config:
    """The bundled corpus, `build/` in the working directory."""
    return Config(
        corpus=data_dir("corpus"),
        out=Path("build").resolve(),
        ontology=data_dir("ontology"),
        templates=data_dir("site_templates"),
    )


def load_config(config_file: Path | None = None, reads_build: bool = False, **overrides: Any) -> Config:
    """Defaults, overridden by a `guidegraph.toml` (if present), overridden by non-None `overrides`.

    For a command that reads a build (`reads_build`) and was told no corpus, the corpus is the one
    the build in `out` was made from: a build of a partnership's own folder is then checked
    against that folder, and never rebuilt over from the bundled corpus.
    """
    config = default_config()
    path = config_file or Path(CONFIG_FILE)
    from_file: dict[str, Any] = {}
    if path.is_file():
        from_file = _file_values(path)
        config = replace(config, **from_file)
    elif config_file is not None:
        raise ConfigError(f"{config_file}: configuration file not found")
    values = {key: value for key, value in overrides.items() if value is not None}
    for key in ("corpus", "out", "ontology", "templates"):
        if key in values:
            values[key] = Path(values[key]).expanduser().resolve()
    config = replace(config, **values)
    if reads_build and "corpus" not in values and "corpus" not in from_file:
        config = _with_the_builds_corpus(config)
    return config


def _with_the_builds_corpus(config: Config) -> Config:
    """`config` with the corpus named in the manifest of the build in `config.out`, if there is one;
    when that folder is gone, the build is read as it stands (nothing to check it against)."""
    from guidegraph.build import read_manifest

    built_from = (read_manifest(config.out) or {}).get("corpus")
    if not isinstance(built_from, str) or not built_from:
        return config
    corpus = Path(built_from)
    return replace(config, corpus=corpus, rebuild_when_stale=corpus.is_dir())


def _file_values(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read the configuration: {error}") from None
    known = {f.name: f.type for f in fields(Config)}
    values: dict[str, Any] = {}
    for key, value in data.get("guidegraph", data).items():
        if key not in known:
            raise ConfigError(f"{path}: unknown setting '{key}' (known: {', '.join(sorted(known))})")
        expected = str if key in _PATH_KEYS else bool  # TOML says which: "5" is not 5, "no" is not false
        if not isinstance(value, expected):
            kind = "a folder path in quotes" if expected is str else "true or false"
            raise ConfigError(f"{path}: setting '{key}' must be {kind}, not {value!r}")
        values[key] = (path.parent / value).resolve() if key in _PATH_KEYS else value
    return values


_PATH_KEYS = frozenset({"corpus", "out", "ontology", "templates"})
