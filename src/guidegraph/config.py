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


def load_config(config_file: Path | None = None, **overrides: Any) -> Config:
    """Defaults, overridden by a `guidegraph.toml` (if present), overridden by non-None `overrides`."""
    config = default_config()
    path = config_file or Path(CONFIG_FILE)
    if path.is_file():
        config = replace(config, **_file_values(path))
    elif config_file is not None:
        raise ConfigError(f"{config_file}: configuration file not found")
    values = {key: value for key, value in overrides.items() if value is not None}
    for key in ("corpus", "out", "ontology", "templates"):
        if key in values:
            values[key] = Path(values[key]).expanduser().resolve()
    return replace(config, **values)


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
