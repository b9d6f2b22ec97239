"""Reader choice by suffix, metadata attached, warnings named, the corpus read in slug order."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fpdf import FPDF

import guidegraph.read.text
from guidegraph.errors import ParseError
from guidegraph.model import Block, Metadata
from guidegraph.read import SUPPORTED_SUFFIXES, read_corpus, read_document
from guidegraph.resources import data_dir

SIDECAR = """\
title = "Information sharing"
publisher = "Anytown Safeguarding Children Partnership"
date = "2023"
jurisdictions = ["England"]
local_areas = ["Anytown"]
source_url = "https://example.org/guide"
rights = "Public"
publish = "excerpts"
"""


def add(folder: Path, name: str, content: str | bytes, sidecar: str | None = SIDECAR) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    if sidecar is not None:
        (folder / f"{path.stem}.toml").write_text(sidecar, encoding="utf-8")
    return path


def small_pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx",
                                  ".doc", ".odt", ".odp", ".pptx", ".rtf", ".eml", ".msg", ".mhtml", ".mht")


@pytest.mark.parametrize("suffix", [".txt", ".md", ".markdown", ".text", ".TXT"])
def test_text_formats(tmp_path: Path, suffix: str) -> None:
    path = add(tmp_path, f"guide{suffix}", "Information sharing\n\nShare early.\n")
    document = read_document(path)
    assert document.meta.slug == "guide"
    assert document.meta.path == path
    assert [(b.kind, b.text, b.line_start) for b in document.blocks] == [
        ("heading", "Information sharing", 1), ("paragraph", "Share early.", 3)]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".xhtml", ".HTML"])
def test_html_formats(tmp_path: Path, suffix: str) -> None:
    html = "<html>\n<body>\n<h1>Sharing</h1>\n<p>Share early.</p>\n</body></html>"
    document = read_document(add(tmp_path, f"page{suffix}", html))
    assert document.blocks == (
        Block("heading", "Sharing", 3, 3, level=1), Block("paragraph", "Share early.", 4, 4))
    assert document.meta.publish == "excerpts"


def test_cp1252_html(tmp_path: Path) -> None:
    path = add(tmp_path, "page.htm", b"<p>Children\x92s services \x96 consent</p>")
    assert [b.text for b in read_document(path).blocks] == ["Children’s services – consent"]


def test_pdf_format(tmp_path: Path) -> None:
    path = add(tmp_path, "guide.pdf", small_pdf("Share information early."))
    assert [b.text for b in read_document(path).blocks] == ["Share information early."]


def test_unknown_suffix(tmp_path: Path) -> None:
    path = add(tmp_path, "guide.wpd", b"\\xffWPC Information sharing")
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == (
        f"{path}: unknown format '.wpd': supported formats are .txt, .md, .markdown, .text, .html, .htm, "
        ".xhtml, .pdf, .docx, .doc, .odt, .odp, .pptx, .rtf, .eml, .msg, .mhtml, .mht; convert it or move it out of "
        "the corpus"
    )


def test_given_metadata_is_used_and_front_matter_skipped(tmp_path: Path) -> None:
    path = add(tmp_path, "guide.md", "---\ntitle: x\n---\n\nShare early.\n", sidecar=None)
    meta = Metadata("given", "Given", "P", "2020", ("UK",), (), "", "Public", "full", path)
    document = read_document(path, meta)
    assert document.meta is meta
    assert [(b.text, b.line_start) for b in document.blocks] == [("Share early.", 5)]


def test_front_matter_only_gives_a_warning(tmp_path: Path) -> None:
    front = "---\n" + "".join(f"{ln.replace(' = ', ': ')}\n" for ln in SIDECAR.splitlines()) + "---"
    document = read_document(add(tmp_path, "empty.md", front, sidecar=None))
    assert document.blocks == ()
    assert document.warnings == (
        "empty.md: no text found: the document has no headings, paragraphs or list items",)


def test_reader_warnings_prefixed_with_file_name(tmp_path: Path) -> None:
    html = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    document = read_document(add(tmp_path, "menu.html", html))
    assert document.warnings == ("menu.html: no text found in the page's content (is it all navigation?)",)


def test_read_corpus_sorted_by_slug_skipping_sidecars_and_hidden_files(tmp_path: Path) -> None:
    add(tmp_path, "b.txt", "Bravo text.\n", SIDECAR + 'slug = "alpha"\n')
    add(tmp_path, "a.html", "<p>Alpha page.</p>", SIDECAR + 'slug = "zulu"\n')
    add(tmp_path, ".hidden.docx", b"x", sidecar=None)
    add(tmp_path, "~$guide.docx", b"x", sidecar=None)
    add(tmp_path, "Thumbs.db", b"x", sidecar=None)
    (tmp_path / "notes").mkdir()
    documents = read_corpus(tmp_path)
    assert [(d.meta.slug, d.meta.path.name) for d in documents] == [("alpha", "b.txt"), ("zulu", "a.html")]


def test_orphan_sidecar_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    add(tmp_path, "guide.txt", "Text.\n")
    (tmp_path / "old.toml").write_text(SIDECAR)
    assert len(read_corpus(tmp_path)) == 1
    assert f"{tmp_path / 'old.toml'}: metadata with no document of the same name beside it" in caplog.text


def test_bundled_corpus_reads() -> None:
    documents = read_corpus(data_dir("corpus"))
    assert len(documents) >= 5
    assert [d.meta.slug for d in documents] == sorted(d.meta.slug for d in documents)
    assert all(d.blocks for d in documents)


def test_twenty_megabytes_read_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read stage's own cost (decoding, metadata, dispatch) on a 20 MB corpus."""
    def count_lines(text: str, first_line: int = 1,
                    pages: frozenset[int] = frozenset()) -> tuple[list[Block], list[str]]:
        return [Block("paragraph", "x", first_line, first_line + text.count("\n"))], []

    monkeypatch.setattr(guidegraph.read.text, "parse_blocks", count_lines)
    line = "Practitioners should share information – Children’s services.\n"
    for n in range(4):
        add(tmp_path, f"doc{n}.txt", line * (5 * 2**20 // len(line.encode())))
    started = time.perf_counter()
    documents = read_corpus(tmp_path)
    assert time.perf_counter() - started < 3
    assert sum(d.blocks[0].line_end for d in documents) > 300_000
