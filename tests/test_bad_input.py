"""A corpus with one broken file: the right error, naming the file and what to do."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from helpers import SIDECAR

from guidegraph.errors import GuidegraphError, MetadataError, ParseError
from guidegraph.read import read_corpus

# The formats a message lists, in the order test_read_dispatch checks SUPPORTED_SUFFIXES has them
FORMATS = (".txt, .md, .markdown, .text, .html, .htm, .xhtml, .pdf, .docx, .doc, .odt, .odp, .pptx, .rtf, .eml, "
           ".msg, .mhtml, .mht")


def corpus_with(tmp_path: Path, name: str, content: bytes | None, sidecar: str | None = SIDECAR) -> Path:
    """A corpus of one good document plus `name` (a folder when `content` is None)."""
    (tmp_path / "good.txt").write_text("Share information early.\n")
    (tmp_path / "good.toml").write_text(SIDECAR)
    path = tmp_path / name
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    if sidecar is not None:
        (tmp_path / f"{path.stem}.toml").write_text(sidecar)
    return path


def read_error(tmp_path: Path, name: str, content: bytes | None, sidecar: str | None = SIDECAR) -> ParseError:
    path = corpus_with(tmp_path, name, content, sidecar)
    with pytest.raises(ParseError) as caught:
        read_corpus(tmp_path)
    assert caught.value.path == path or caught.value.path == tmp_path / f"{path.stem}.toml"
    return caught.value


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"\n  \n\t\n", "empty file (only whitespace)"),
    ("binary.txt", bytes(range(256)) * 4, "binary file, not text (is it really a .txt?)"),
    ("wide.txt", "Information sharing\n".encode("utf-16-le"),
     "looks like UTF-16 without a byte-order mark; save it as UTF-8"),
    ("latin.txt", b"abc\x81", "not UTF-8 (bad byte at offset 3) nor Windows-1252: save it as UTF-8"),
    ("folder.txt", None, "is a folder, not a file"),
    ("guide.wpd", b"\xffWPC", f"unknown format '.wpd': supported formats are {FORMATS}; convert it or move it out "
     "of the corpus"),
    ("guide.docx", b"PK\x03\x04", "not a readable Word document (File is not a zip file): check it opens in "
     "Word, or save it again as .docx"),
    ("guide.odt", b"PK\x03\x04", "not a readable OpenDocument text document (File is not a zip file): check it "
     "opens in LibreOffice, or save it again as .odt"),
    ("guide.odp", b"PK\x03\x04", "not a readable OpenDocument presentation (File is not a zip file): check it "
     "opens in LibreOffice, or save it again as .odp"),
    ("notes", b"no suffix", f"unknown format '(none)': supported formats are {FORMATS}; convert it or move it out "
     "of the corpus"),
])
def test_unreadable_files(tmp_path: Path, name: str, content: bytes | None, reason: str) -> None:
    err = read_error(tmp_path, name, content)
    assert type(err) is ParseError
    assert str(err) == f"{tmp_path / name}: {reason}"


def test_garbage_pdf(tmp_path: Path) -> None:
    err = read_error(tmp_path, "scan.pdf", b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert str(err).startswith(f"{tmp_path / 'scan.pdf'}: not a readable PDF (")


def test_no_metadata_is_no_error(tmp_path: Path) -> None:
    """It is taken from the text, with a warning (tests/test_read_inferred.py)."""
    corpus_with(tmp_path, "guide.txt", b"Text.\n", sidecar=None)
    guide = next(d for d in read_corpus(tmp_path) if d.meta.slug == "guide")
    assert guide.meta.publish == "excerpts"
    assert guide.warnings[0].startswith("guide.txt: no metadata: taken from its text: title 'Text.', date ")


@pytest.mark.parametrize(("sidecar", "key", "reason"), [
    (SIDECAR.replace('publish = "full"\n', ""), "publish",
     'missing: add publish = "full" (or "excerpts" if its rights forbid republishing)'),
    (SIDECAR.replace('"England"', '"Englnd"'), "jurisdictions",
     "'Englnd' is not a jurisdiction: use England, Wales, Scotland, Northern Ireland, UK "
     "(put towns and counties in local_areas)"),
    (SIDECAR.replace('"2023"', '"last year"'), "date",
     "'last year' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. date = \"2015\" or "
     'date = "2024-10-30"'),
    (SIDECAR + 'slug = "../../etc"\n', "slug",
     "'../../etc' is not a valid slug: use 1-80 lower-case letters, digits and hyphens, starting with a "
     'letter or digit, e.g. "surrey-information-sharing"'),
    (SIDECAR.replace("title = ", "title "), "(file)",
     "not valid TOML: Expected '=' after a key in a key/value pair (at line 1, column 7)"),
])
def test_bad_metadata(tmp_path: Path, sidecar: str, key: str, reason: str) -> None:
    err = read_error(tmp_path, "guide.txt", b"Text.\n", sidecar)
    assert isinstance(err, MetadataError)
    assert str(err) == f"{tmp_path / 'guide.toml'}: metadata key '{key}': {reason}"


def test_bad_sidecar_encoding(tmp_path: Path) -> None:
    path = corpus_with(tmp_path, "guide.txt", b"Text.\n", sidecar=None)
    (tmp_path / "guide.toml").write_bytes(SIDECAR.encode("utf-16-le"))
    with pytest.raises(ParseError) as caught:
        read_corpus(tmp_path)
    assert str(caught.value) == (
        f"{path.with_suffix('.toml')}: looks like UTF-16 without a byte-order mark; save it as UTF-8"
    )


def test_sidecar_with_bom_is_fine(tmp_path: Path) -> None:
    corpus_with(tmp_path, "guide.txt", b"Text.\n", sidecar=None)
    (tmp_path / "guide.toml").write_bytes(codecs.BOM_UTF8 + SIDECAR.encode())
    assert [d.meta.slug for d in read_corpus(tmp_path)] == ["good", "guide"]


def test_duplicate_slugs_name_both_files(tmp_path: Path) -> None:
    corpus_with(tmp_path, "other.txt", b"Other text.\n", SIDECAR + 'slug = "good"\n')
    with pytest.raises(MetadataError) as caught:
        read_corpus(tmp_path)
    assert caught.value.key == "slug"
    assert str(caught.value) == (
        f"{tmp_path / 'other.txt'}: metadata key 'slug': 'good' is also the slug of good.txt: give one of "
        "them its own slug (two files with one stem share one sidecar)"
    )


def test_same_stem_in_two_formats_is_a_duplicate(tmp_path: Path) -> None:
    corpus_with(tmp_path, "good.html", b"<p>The web version.</p>", sidecar=None)
    with pytest.raises(MetadataError, match=r"good\.txt: metadata key 'slug': 'good' is also the slug of "
                                            r"good\.html"):
        read_corpus(tmp_path)


def test_every_broken_file_reported_at_once(tmp_path: Path) -> None:
    corpus_with(tmp_path, "empty.txt", b"")
    (tmp_path / "guide.wpd").write_bytes(b"\xffWPC")
    with pytest.raises(ParseError) as caught:
        read_corpus(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path}: 2 corpus files cannot be read:\n"
        f"  - {tmp_path / 'empty.txt'}: empty file\n"
        f"  - {tmp_path / 'guide.wpd'}: unknown format '.wpd': supported formats are {FORMATS}; convert it or move "
        "it out of the corpus"
    )


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(GuidegraphError) as caught:
        read_corpus(tmp_path / "nowhere")
    assert str(caught.value) == (
        f"{tmp_path / 'nowhere'}: corpus folder not found: give the folder that holds the guidance "
        "documents and their .toml metadata"
    )


@pytest.mark.parametrize("files", [[], ["guide.toml", ".DS_Store"]])
def test_corpus_without_documents(tmp_path: Path, files: list[str]) -> None:
    for name in files:
        (tmp_path / name).write_text(SIDECAR)
    with pytest.raises(GuidegraphError) as caught:
        read_corpus(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path}: no documents in the corpus folder: add guidance files (.txt, .md, .markdown, .text, "
        f"{FORMATS.removeprefix('.txt, .md, .markdown, .text, ')}), each with its metadata"
    )


def test_corpus_path_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "corpus").write_text("not a folder")
    with pytest.raises(GuidegraphError, match="corpus folder not found"):
        read_corpus(tmp_path / "corpus")


def test_unlistable_corpus_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(GuidegraphError) as caught:
        read_corpus(tmp_path)
    assert str(caught.value) == f"{tmp_path}: cannot list the corpus folder (Permission denied): check it is readable"
