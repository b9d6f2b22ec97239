"""The errors guidegraph raises on purpose: each one names what went wrong and what to do next."""

from __future__ import annotations

from pathlib import Path

import click

# Exit codes, documented in the README.
EXIT_OK = 0
EXIT_VALIDATION = 1
EXIT_INPUT = 2
EXIT_BUILD = 3


class GuidegraphError(click.ClickException):
    """Root of every error a user can cause; the CLI prints it without a traceback."""

    exit_code = EXIT_INPUT


class ConfigError(GuidegraphError):
    """A bad option, configuration file or output location."""


class ParseError(GuidegraphError):
    """A corpus file that cannot be read: empty, binary, badly encoded, unknown format."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class MetadataError(ParseError):
    """Missing or invalid metadata for a corpus document."""

    def __init__(self, path: Path | str, key: str, reason: str) -> None:
        self.key = key
        super().__init__(path, f"metadata key '{key}': {reason}")


class ValidationError(GuidegraphError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = EXIT_VALIDATION


class BuildError(GuidegraphError):
    """A build step failed for a reason that is not the input's fault."""

    exit_code = EXIT_BUILD
