"""A corpus document's metadata: a sidecar `STEM.toml` beside it, or front matter at its top
(a document with neither has its metadata read off its text: `inferred.py`).

Front matter is TOML between `+++` lines or the simple YAML people write between `---` lines
(`key: value`, quoted strings, `key: [a, b]` and `- item` lists, `>`/`|` blocks); it is parsed
here rather than with a YAML library because that subset is all metadata needs. Every problem is
a `MetadataError` naming the file, the key and what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlparse

from guidegraph.errors import MetadataError
from guidegraph.model import Metadata, PublishMode
from guidegraph.read.encoding import decode, read_bytes

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FRONT_MATTER_SUFFIXES = (".txt", ".md", ".markdown", ".text")
JURISDICTIONS = ("England", "Wales", "Scotland", "Northern Ireland", "UK")
PUBLISH_MODES = ("full", "excerpts")
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")

_JURISDICTION_NAMES = {name.lower(): name for name in JURISDICTIONS} | {
    "united kingdom": "UK",
    "northern-ireland": "Northern Ireland",
}
# What to write for each required key, shown when it is missing.
_EXAMPLES = {
    "title": '"Information sharing guidance"',
    "publisher": '"Anytown Safeguarding Children Partnership"',
    "date": '"2024-10-30" (or "2024-10", or "2024")',
    "jurisdictions": '["England"]',
    "local_areas": '["Anytown"] (or [] for national guidance)',
    "source_url": '"https://example.org/page" (or "" if unknown)',
    "rights": '"Crown copyright" (or whatever the document says)',
    "publish": '"full" (or "excerpts" if its rights forbid republishing)',
}
# Keys only guidegraph's metadata has; "title" and "date" are every site generator's too.
_OWN_KEYS = frozenset(_EXAMPLES) - {"title", "date"} | {"slug"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TOML_LINE = re.compile(r"at line (\d+)")
_MAX_FRONT_MATTER_LINES = 200


def sidecar_path(path: Path) -> Path:
    """Where a document's sidecar metadata lives: `STEM.toml` in the same folder."""
    return path.with_name(path.stem + ".toml")


def load_metadata(path: Path, text: str | None = None) -> tuple[Metadata | None, int]:
    """The document's metadata (None when it has no sidecar and no front matter) and how many
    front-matter lines its text starts with."""
    sidecar = sidecar_path(path)
    if text is None and path.suffix.lower() in FRONT_MATTER_SUFFIXES:
        text = decode(path, read_bytes(path))
    raw, consumed, style = front_matter(path, text) if text is not None else (None, 0, "")
    if sidecar.is_file():
        if raw is not None and _OWN_KEYS & raw.keys():
            raise MetadataError(path, "(metadata)", f"has both front matter and {sidecar.name}: "
                                "keep one of them")
        # front matter of none of our own keys is the wiki's or site generator's (layout, tags):
        # the sidecar describes the document, and those lines are no text
        return metadata_from_dict(path, _read_sidecar(sidecar), sidecar, "toml"), consumed
    if raw is None:
        return None, 0
    return metadata_from_dict(path, raw, path, style), consumed


def front_matter(path: Path, text: str) -> tuple[dict[str, Any] | None, int, str]:
    """Front matter at the top of `text`: (its keys, lines it spans, "toml" or "yaml"), or (None, 0, "")."""
    head = text.split("\n", 1)[0].rstrip()
    if head not in ("+++", "---"):
        return None, 0, ""
    lines = text.split("\n", _MAX_FRONT_MATTER_LINES)[:_MAX_FRONT_MATTER_LINES]
    if head == "---" and not _looks_like_yaml(lines[1:]):
        return None, 0, ""  # a markdown rule above the text, not front matter
    closers = ("+++",) if head == "+++" else ("---", "...")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in closers), None)
    if end is None:
        raise MetadataError(path, "(front matter)", f"'{head}' on line 1 opens front matter but no "
                            f"'{closers[0]}' line closes it within {_MAX_FRONT_MATTER_LINES} lines")
    body = lines[1:end]
    if head == "+++":
        return _parse_toml(path, "\n".join(body), first_line=2, key="(front matter)"), end + 1, "toml"
    return parse_simple_yaml(path, body, first_line=2), end + 1, "yaml"


def metadata_from_dict(path: Path, raw: dict[str, Any], source: Path, style: str) -> Metadata:
    """Check and normalise raw metadata keys into a `Metadata` for the document at `path`."""
    missing = [key for key in _CHECKS if key not in raw]
    if missing:  # all of them at once: a new sidecar should not take one build per key to write
        sep = ": " if style == "yaml" else " = "
        first, *more = (f"{key}{sep}{_EXAMPLES[key]}" for key in missing)
        also = f"; {len(more)} more key(s) missing: " + "; ".join(more) if more else ""
        raise MetadataError(source, missing[0], f"missing: add {first}{also}")
    values: dict[str, Any] = {}
    for key, check in _CHECKS.items():
        try:
            values[key] = check(raw[key])
        except ValueError as err:
            raise MetadataError(source, key, str(err)) from None
    slug = _check_slug(source, raw["slug"]) if "slug" in raw else slug_from_stem(source, path.stem)
    return Metadata(slug=slug, path=path, publish=cast(PublishMode, values.pop("publish")), **values)


# ---------------------------------------------------------------------------------------------
# Checks: each takes the raw value and returns the normalised one, or raises ValueError(reason).


def _text(value: Any) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValueError(f"must be a string in quotes, not {_describe(value)}")
    if not value.strip():
        raise ValueError("is empty: write what the document says")
    return " ".join(value.split())


def _date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    text = value.strip() if isinstance(value, str) else None
    match = _DATE.match(text) if text else None
    if text is None or match is None or not _real_date(match):
        raise ValueError(f"{_describe(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
                         'e.g. date = "2015" or date = "2024-10-30"')
    return text


def _real_date(match: re.Match[str]) -> bool:
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return year >= 1000


def _jurisdictions(value: Any) -> tuple[str, ...]:
    names = _strings(value)
    if not names:
        raise ValueError(f'must name at least one of {", ".join(JURISDICTIONS)}, e.g. ["England"]')
    unknown = [name for name in names if name.lower() not in _JURISDICTION_NAMES]
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a jurisdiction: use {', '.join(JURISDICTIONS)} "
                         "(put towns and counties in local_areas)")
    return tuple(dict.fromkeys(_JURISDICTION_NAMES[name.lower()] for name in names))


def _local_areas(value: Any) -> tuple[str, ...]:
    return () if value is None else tuple(dict.fromkeys(_strings(value)))


def _strings(value: Any) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise ValueError(f'must be a list of strings, e.g. ["England"], not {_describe(value)}')
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise ValueError("every entry must be a non-empty string in quotes")
    return [" ".join(item.split()) for item in value]


def _source_url(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"must be a string in quotes, not {_describe(value)}")
    url = value.strip()
    parts = urlparse(url)
    if url and (parts.scheme not in ("http", "https") or not parts.netloc or " " in url):
        raise ValueError(f"'{url}' is not an http(s) address: give the page's web address, or \"\"")
    return url


def _publish(value: Any) -> str:
    mode = value.strip().lower() if isinstance(value, str) else None
    if mode not in PUBLISH_MODES:
        raise ValueError(f"{_describe(value)} is not allowed: use \"full\" to publish the whole text "
                         "or \"excerpts\" when its rights forbid republishing")
    return mode


_CHECKS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "publisher": _text,
    "date": _date,
    "jurisdictions": _jurisdictions,
    "local_areas": _local_areas,
    "source_url": _source_url,
    "rights": _text,
    "publish": _publish,
}


def _check_slug(source: Path, value: Any) -> str:
    if not isinstance(value, str) or not SLUG_PATTERN.match(value):
        raise MetadataError(source, "slug", f"{_describe(value)} is not a valid slug: use 1-80 lower-case "
                            "letters, digits and hyphens, starting with a letter or digit, e.g. "
                            '"surrey-information-sharing"')
    return value


def slug_from_stem(source: Path, stem: str) -> str:
    # File names often carry spaces, underscores or dots; fold them so a plain name just works.
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80].strip("-")
    if not slug:
        raise MetadataError(source, "slug", f"cannot make a slug from the file name '{stem}': add "
                            'slug = "a-short-name" to the metadata')
    return slug


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    return "nothing" if value is None else f"{type(value).__name__} {value!r}"


# ---------------------------------------------------------------------------------------------
# Parsing


def _read_sidecar(sidecar: Path) -> dict[str, Any]:
    return _parse_toml(sidecar, decode(sidecar, read_bytes(sidecar)), first_line=1, key="(file)")


def _parse_toml(path: Path, text: str, first_line: int, key: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        # Report the line in the file, not in the front-matter block.
        reason = _TOML_LINE.sub(lambda m: f"at line {int(m.group(1)) + first_line - 1}", str(err))
        raise MetadataError(path, key, f"not valid TOML: {reason}") from None


_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(?:[ \t]+(.*?))?\s*$")


def _looks_like_yaml(lines: list[str]) -> bool:
    """The first line with content is a `key: value` line."""
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    return bool(_YAML_KEY.match(first))


def parse_simple_yaml(path: Path, lines: list[str], first_line: int = 1) -> dict[str, Any]:
    """The `key: value` subset of YAML that front matter uses; MetadataError on anything else."""
    result: dict[str, Any] = {}
    key: str | None = None
    block: str | None = None  # "|" or ">" while reading a block scalar
    for number, line in enumerate(lines, start=first_line):
        stripped = line.strip()
        if block and key and (line[:1] in " \t" or not stripped):
            result[key] = _extend(result[key], stripped, "\n" if block == "|" else " ")
            continue
        block = None
        if not stripped or stripped.startswith("#"):
            continue
        if stripped == "-" or stripped.startswith("- "):
            _add_item(path, result, key, stripped[1:].strip(), number)
        elif line[:1] in " \t" and key and (result[key] is None or isinstance(result[key], str)):
            result[key] = _extend(result[key], _scalar(path, stripped, number), " ")
        else:
            key, block = _key_line(path, result, line, number)
    return {k: v.strip() if isinstance(v, str) else v for k, v in result.items()}


def _key_line(path: Path, result: dict[str, Any], line: str, number: int) -> tuple[str, str | None]:
    match = _YAML_KEY.match(line)
    if not match:
        raise MetadataError(path, "(front matter)", f"line {number}: cannot read {line.strip()!r}: "
                            "write 'key: value'")
    key, value = match.group(1), _strip_comment(match.group(2) or "")
    if key in result:
        raise MetadataError(path, key, f"line {number}: given twice: keep one")
    if value[:1] in ("|", ">"):
        result[key] = ""
        return key, value[0]
    result[key] = None if not value else _list(path, value, number) if value[0] == "[" else (
        _scalar(path, value, number))
    return key, None


def _add_item(path: Path, result: dict[str, Any], key: str | None, value: str, number: int) -> None:
    if key is None or not (result[key] is None or isinstance(result[key], list)):
        raise MetadataError(path, key or "(front matter)", f"line {number}: a '- item' line must "
                            "follow a 'key:' line with nothing after the colon")
    result[key] = (result[key] or []) + [_scalar(path, value, number)]


def _extend(current: Any, more: str, sep: str) -> str:
    return f"{current}{sep}{more}" if current else more


def _list(path: Path, value: str, number: int) -> list[str]:
    if not value.endswith("]"):
        raise MetadataError(path, "(front matter)", f"line {number}: a list opened with '[' must "
                            "close with ']' on the same line")
    inner = value[1:-1].strip()
    parts = re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[^,]+', inner)
    return [_scalar(path, part.strip(), number) for part in parts if part.strip()]


def _scalar(path: Path, value: str, number: int) -> str:
    if value[:1] in ('"', "'"):
        quote = value[0]
        if len(value) < 2 or not value.endswith(quote):
            raise MetadataError(path, "(front matter)", f"line {number}: {value!r} has no closing {quote}")
        inner = value[1:-1]
        return inner.replace("''", "'") if quote == "'" else re.sub(r"\\(.)", r"\1", inner)
    return _strip_comment(value)


def _strip_comment(value: str) -> str:
    if value[:1] in ('"', "'"):
        # A comment may follow a closing quote: key: "a # b"  # note
        match = re.match(r'^("(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\')\s*(?:#.*)?$', value)
        return match.group(1) if match else value
    return re.split(r"\s+#", value, maxsplit=1)[0].strip()
