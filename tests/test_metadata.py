"""Metadata from a sidecar TOML file or front matter, and every way it can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from guidegraph.errors import MetadataError
from guidegraph.model import Metadata
from guidegraph.read import read_document
from guidegraph.read.metadata import load_metadata, parse_simple_yaml

SIDECAR = """\
title = "Information Sharing"
publisher = "Anytown Safeguarding Children Partnership"
date = "2024-10-30"
jurisdictions = ["England"]
local_areas = ["Anytown"]
source_url = "https://example.org/procedures/4-4"
rights = "Local partnership procedures (public)"
publish = "full"
original_file = "004.txt"
"""
BODY = "Information sharing\n\nPractitioners should share information.\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def with_sidecar(folder: Path, sidecar: str = SIDECAR, name: str = "Surrey Guide.txt") -> Path:
    write(folder, Path(name).stem + ".toml", sidecar)
    return write(folder, name, BODY)


def sidecar_error(tmp_path: Path, sidecar: str) -> MetadataError:
    path = with_sidecar(tmp_path, sidecar)
    with pytest.raises(MetadataError) as caught:
        load_metadata(path)
    return caught.value


def replace_line(key: str, line: str | None) -> str:
    """SIDECAR with the line for `key` replaced (or removed when `line` is None)."""
    lines = [ln for ln in SIDECAR.splitlines() if not ln.startswith(f"{key} =")]
    return "\n".join(lines + ([line] if line else [])) + "\n"


def test_sidecar(tmp_path: Path) -> None:
    path = with_sidecar(tmp_path)
    meta, consumed = load_metadata(path)
    assert consumed == 0
    assert meta == Metadata(
        slug="surrey-guide", title="Information Sharing",
        publisher="Anytown Safeguarding Children Partnership", date="2024-10-30",
        jurisdictions=("England",), local_areas=("Anytown",),
        source_url="https://example.org/procedures/4-4", rights="Local partnership procedures (public)",
        publish="full", path=path,
    )


@pytest.mark.parametrize(("line", "date"), [
    ("date = 2015", "2015"),
    ("date = 2024-10-30", "2024-10-30"),
    ("date = 2024-10-30T09:00:00Z", "2024-10-30"),
    ('date = "2023-07"', "2023-07"),
    ('date = " 2005 "', "2005"),
])
def test_toml_dates_and_ints_normalised(tmp_path: Path, line: str, date: str) -> None:
    meta, _ = load_metadata(with_sidecar(tmp_path, replace_line("date", line)))
    assert meta.date == date
    assert meta.year == int(date[:4])


def test_jurisdictions_case_insensitive_and_normalised(tmp_path: Path) -> None:
    sidecar = replace_line("jurisdictions", 'jurisdictions = ["england", "WALES", "northern ireland", "uk"]')
    meta, _ = load_metadata(with_sidecar(tmp_path, sidecar))
    assert meta.jurisdictions == ("England", "Wales", "Northern Ireland", "UK")


def test_explicit_slug_and_empty_optional_values(tmp_path: Path) -> None:
    sidecar = SIDECAR.replace('["Anytown"]', "[]").replace("https://example.org/procedures/4-4", "")
    meta, _ = load_metadata(with_sidecar(tmp_path, sidecar + 'slug = "surrey-4-4"\n'))
    assert (meta.slug, meta.local_areas, meta.source_url) == ("surrey-4-4", (), "")


def test_default_slug_folds_the_file_name(tmp_path: Path) -> None:
    meta, _ = load_metadata(with_sidecar(tmp_path, name="NSPCC_factsheet.2015.txt"))
    assert meta.slug == "nspcc-factsheet-2015"


@pytest.mark.parametrize("key", [
    "title", "publisher", "date", "jurisdictions", "local_areas", "source_url", "rights", "publish",
])
def test_each_required_key_missing(tmp_path: Path, key: str) -> None:
    err = sidecar_error(tmp_path, replace_line(key, None))
    assert err.key == key
    assert err.path == tmp_path / "Surrey Guide.toml"
    sidecar = tmp_path / "Surrey Guide.toml"
    assert str(err).startswith(f"{sidecar}: metadata key '{key}': missing: add {key} = ")


def test_every_missing_key_is_named_in_one_message(tmp_path: Path) -> None:
    sidecar = "\n".join(ln for ln in SIDECAR.splitlines() if ln.split(" =")[0] in ("title", "publisher", "date")) + "\n"
    err = sidecar_error(tmp_path, sidecar)
    assert err.key == "jurisdictions"
    assert str(err) == (
        f"{tmp_path / 'Surrey Guide.toml'}: metadata key 'jurisdictions': missing: add "
        'jurisdictions = ["England"]; 4 more key(s) missing: local_areas = ["Anytown"] (or [] for national '
        'guidance); source_url = "https://example.org/page" (or "" if unknown); rights = "Crown copyright" '
        '(or whatever the document says); publish = "full" (or "excerpts" if its rights forbid republishing)')


@pytest.mark.parametrize(("key", "line", "reason"), [
    ("jurisdictions", 'jurisdictions = ["England", "Surrey"]',
     "'Surrey' is not a jurisdiction: use England, Wales, Scotland, Northern Ireland, UK "
     "(put towns and counties in local_areas)"),
    ("jurisdictions", "jurisdictions = []",
     'must name at least one of England, Wales, Scotland, Northern Ireland, UK, e.g. ["England"]'),
    ("jurisdictions", 'jurisdictions = "England"',
     "must be a list of strings, e.g. [\"England\"], not 'England'"),
    ("date", 'date = "2024-13-01"', "'2024-13-01' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
     'e.g. date = "2015" or date = "2024-10-30"'),
    ("date", 'date = "30/10/2024"', "'30/10/2024' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
     'e.g. date = "2015" or date = "2024-10-30"'),
    ("date", 'date = "2023-02-30"', "'2023-02-30' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
     'e.g. date = "2015" or date = "2024-10-30"'),
    ("publish", 'publish = "yes"', "'yes' is not allowed: use \"full\" to publish the whole text or "
     "\"excerpts\" when its rights forbid republishing"),
    ("title", "title = 4", "must be a string in quotes, not int 4"),
    ("rights", 'rights = "  "', "is empty: write what the document says"),
    ("source_url", 'source_url = "www.example.org"',
     "'www.example.org' is not an http(s) address: give the page's web address, or \"\""),
    ("source_url", 'source_url = "javascript:alert(1)"',
     "'javascript:alert(1)' is not an http(s) address: give the page's web address, or \"\""),
    ("local_areas", 'local_areas = ["Halton", 3]', "every entry must be a non-empty string in quotes"),
])
def test_bad_values(tmp_path: Path, key: str, line: str, reason: str) -> None:
    err = sidecar_error(tmp_path, replace_line(key, line))
    assert (err.key, err.reason) == (key, f"metadata key '{key}': {reason}")
    assert "Surrey Guide.toml" in str(err)


@pytest.mark.parametrize("slug", ["../../etc", "/etc/passwd", "a/b", "with space", "dotted.name", "Upper",
                                  "-leading", "", "a" * 81])
def test_unsafe_slugs_rejected(tmp_path: Path, slug: str) -> None:
    err = sidecar_error(tmp_path, SIDECAR + f'slug = "{slug}"\n')
    assert err.key == "slug"
    assert str(err) == (
        f"{tmp_path / 'Surrey Guide.toml'}: metadata key 'slug': '{slug}' is not a valid slug: use 1-80 "
        "lower-case letters, digits and hyphens, starting with a letter or digit, e.g. "
        '"surrey-information-sharing"'
    )


def test_toml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    err = sidecar_error(tmp_path, SIDECAR.replace('publish = "full"', "publish = full"))
    assert err.key == "(file)"
    assert str(err) == (
        f"{tmp_path / 'Surrey Guide.toml'}: metadata key '(file)': not valid TOML: "
        "Invalid value (at line 8, column 11)"
    )


def test_no_metadata(tmp_path: Path) -> None:
    """None: the reader then takes it from the text (tests/test_read_inferred.py)."""
    path = write(tmp_path, "guide.txt", BODY)
    assert load_metadata(path) == (None, 0)


def test_toml_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", f"+++\n{SIDECAR}+++\n{BODY}")
    meta, consumed = load_metadata(path)
    assert (meta.title, meta.slug, consumed) == ("Information Sharing", "guide", 11)


def test_toml_front_matter_error_reports_the_line_in_the_file(tmp_path: Path) -> None:
    broken = SIDECAR.replace('publish = "full"', "publish = full")
    path = write(tmp_path, "guide.md", f"+++\n{broken}+++\n")
    with pytest.raises(MetadataError, match=r"guide\.md: metadata key '\(front matter\)': not valid TOML: "
                                            r"Invalid value \(at line 9, column 11\)"):
        load_metadata(path)


YAML = """\
---
# Metadata for the Halton page
title: "Information Sharing: a guide"
publisher: Halton Children and Young People Safeguarding Partnership   # the partnership
date: 2019
jurisdictions: [England]
local_areas:
  - Halton
  - 'Widnes & Runcorn'
source_url: ""
rights: >
  Public web page of a
  local safeguarding partnership
publish: full
slug: halton-information-sharing
---
"""


def test_yaml_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "halton.md", YAML + BODY)
    meta, consumed = load_metadata(path)
    assert consumed == 16
    assert meta == Metadata(
        slug="halton-information-sharing", title="Information Sharing: a guide",
        publisher="Halton Children and Young People Safeguarding Partnership", date="2019",
        jurisdictions=("England",), local_areas=("Halton", "Widnes & Runcorn"), source_url="",
        rights="Public web page of a local safeguarding partnership", publish="full", path=path,
    )


def test_body_line_numbers_after_front_matter(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "halton.md", YAML + BODY))
    assert [(b.kind, b.text, b.line_start) for b in document.blocks] == [
        ("heading", "Information sharing", 17),
        ("paragraph", "Practitioners should share information.", 19),
    ]
    assert document.meta.slug == "halton-information-sharing"


def test_yaml_front_matter_missing_key_names_it(tmp_path: Path) -> None:
    path = write(tmp_path, "halton.md", YAML.replace("publish: full\n", "") + BODY)
    with pytest.raises(MetadataError) as caught:
        load_metadata(path)
    assert str(caught.value) == (
        f"{path}: metadata key 'publish': missing: add publish: \"full\" (or \"excerpts\" if its rights "
        "forbid republishing)"
    )


@pytest.mark.parametrize(("lines", "message"), [
    (["title Information"], "line 1: cannot read 'title Information': write 'key: value'"),
    (['title: "unclosed'], "line 1: '\"unclosed' has no closing \""),
    (["local_areas: [Halton"], "line 1: a list opened with '[' must close with ']' on the same line"),
    (["title: A", "title: B"], "metadata key 'title': line 2: given twice: keep one"),
    (["title: A", "- item"], "metadata key 'title': line 2: a '- item' line must follow a 'key:' line"),
])
def test_yaml_subset_errors(lines: list[str], message: str) -> None:
    with pytest.raises(MetadataError) as caught:
        parse_simple_yaml(Path("x.md"), lines)
    assert message in str(caught.value)
    assert str(caught.value).startswith("x.md: metadata key '")


def test_yaml_subset_values() -> None:
    raw = parse_simple_yaml(Path("x.md"), [
        "a: plain text # comment", "b: 'it''s'", 'c: "say \\"hi\\""', "d: []", "e:", "f: ['x, y', z]",
        "g:", "  continued", "  title", "h: |", "  one", "  two",
    ])
    assert raw == {"a": "plain text", "b": "it's", "c": 'say "hi"', "d": [], "e": None,
                   "f": ["x, y", "z"], "g": "continued title", "h": "one\ntwo"}


def test_unclosed_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", "---\ntitle: Guide\n\nBody text.\n")
    with pytest.raises(MetadataError, match=r"guide\.md: metadata key '\(front matter\)': '---' on line "
                                            r"1 opens front matter but no '---' line closes it within 200"):
        load_metadata(path)


def test_markdown_rule_is_not_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", "---\nJust a rule above the text.\n")
    assert load_metadata(path) == (None, 0)


def test_sidecar_and_front_matter_together(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", YAML + BODY)
    write(tmp_path, "guide.toml", SIDECAR)
    with pytest.raises(MetadataError, match=r"guide\.md: metadata key '\(metadata\)': has both front matter "
                                            r"and guide\.toml: keep one of them"):
        load_metadata(path)


def test_front_matter_only_in_text_files(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", YAML + "<p>Text</p>")
    assert load_metadata(path) == (None, 0)


def test_rules_in_markdown_are_not_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "guide.md", "---\nIntro text.\n\n---\nMore text.\n")
    write(tmp_path, "guide.toml", SIDECAR)
    assert load_metadata(path)[1] == 0
