"""Bad input, tried systematically: any bytes, text or markup either parse or fail naming the file.

Hypothesis generates the shapes unchecked documents take (random Unicode and control characters,
very long lines, deep heading nesting, list markers with no items, numbering that jumps, tag soup
with scripts and event handlers, damaged PDFs, odd metadata values) and feeds them to the readers,
the segmenter and extraction. Whatever comes in, the outcome is a document whose blocks, sections
and passages are well formed, or a `GuidegraphError` whose message starts with the file's name;
never another exception.
"""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF
from helpers import SIDECAR
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_read_docx import docx

from guidegraph.catalog import load_catalog
from guidegraph.errors import GuidegraphError
from guidegraph.extract import Extractors, extract_document, load_extractors
from guidegraph.model import Block, Document, Metadata, SegmentedDocument
from guidegraph.read import read_document
from guidegraph.read.encoding import normalise_newlines
from guidegraph.read.furniture import _TOC_LEADER, _TOC_TAB
from guidegraph.read.html import parse_html
from guidegraph.read.inline import without_emphasis
from guidegraph.read.metadata import SLUG_PATTERN, metadata_from_dict
from guidegraph.read.text import parse_blocks
from guidegraph.resources import data_dir
from guidegraph.segment import segment

EXAMPLES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEY_SAFE = re.compile(r"^[a-z0-9._-]+$")
MARK = "XSSMARK"  # put only where no text is: scripts, styles, attributes

# ---------------------------------------------------------------------------------------------
# Strategies: the lines of documents nobody checked

any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
controls = st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=8)
title = st.from_regex(r"[A-Z][a-z]{1,9}( [A-Za-z]{1,9}){0,5}\??", fullmatch=True)
# Numbering that jumps, nests deep and runs long: "1", "7.3", "0.0.0.0.0.0.0.0.0", "9999".
number = st.lists(st.integers(0, 9999), min_size=1, max_size=10).map(lambda parts: ".".join(map(str, parts)))
marker = st.sampled_from(["•", "-", "*", "–", "o", "1.", "2)", "a)", "(iv)", "\uf0b7", "o\t", "·"])
line = st.one_of(
    any_text,
    controls,
    st.just(""),
    st.builds(lambda depth, text: "#" * depth + " " + text, st.integers(1, 12), title),
    st.builds(lambda n, text: f"{n} {text}", number, title),
    st.builds(lambda n, text: f"{n}.\t{text}", number, any_text),
    number,
    marker,  # a list item with no text
    st.builds(lambda m, text: f"{m} {text}", marker, any_text),
    st.builds(lambda indent, text: indent + text, st.sampled_from([" ", "\t", "    "]), any_text),
    st.sampled_from(["Part A", "PART 2: SHARING", "Appendix 1", "Annex b", "Chapter iv", "Schedule 2 - Forms",
                     "Contents", "Table of contents", "Introduction ........ 3", "---", "+++", "***", "> quoted",
                     "| a | b |", "|---|---|", "**Bold title**", "[link](javascript:x)", "<b>tag</b>", "\\# not",
                     "&amp; &#0; &#x110000;", "<sup>1</sup>", "https://example.org/x", "Page 3 of 9"]),
)
documents = st.lists(line, max_size=50).map("\n".join)
newline = st.sampled_from(["\n", "\r\n", "\r", "\v", "\f", "\u2028", "\x85"])
encoded = st.one_of(
    st.binary(max_size=400),
    st.builds(lambda text, codec: text.encode(codec, "replace"), documents,
              st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"])),
)



def seconds_to(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def in_linear_time(tenth: float) -> float:
    """The most seconds ten times an input may take, given the seconds a tenth of it took: linear
    work takes ten times as long, quadratic a hundred times; the margin is for a busy machine and
    for fixed costs (a machine's speed does not enter)."""
    return 30 * tenth + 1.0

def html_strategy() -> st.SearchStrategy[str]:
    """Tag soup: nested and unclosed blocks, empty lists, scripts and event handlers, cut anywhere."""
    tags = st.sampled_from(["p", "div", "ul", "ol", "li", "h1", "h2", "h6", "table", "tr", "td", "th", "section",
                            "span", "a", "b", "br", "sup", "nav", "footer", "pre", "blockquote", "dl", "dt", "dd"])
    attributes = st.sampled_from(["", f' onclick="{MARK}()"', f' href="javascript:{MARK}"', ' class="cookie-banner"',
                                  f' style="display:none" title="{MARK}"', ' start="3" type="a"', ' value="x"'])
    dropped = st.sampled_from([f"<script>{MARK}</script>", f"<style>p{{{MARK}:1}}</style>", f"<!-- {MARK} -->",
                               f"<script>document.write('<p>{MARK}</p>')</script>", f'<img onerror="{MARK}">',
                               f"<template>{MARK}</template>", f"<iframe src='javascript:{MARK}'></iframe>"])
    leaves = st.one_of(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="<>&"),
                               max_size=30), dropped, st.sampled_from(["&nbsp;", "&lt;", "&amp;", "&#8217;", "<br>"]))

    def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(lambda tag, attrs, inner, close: f"<{tag}{attrs}>{''.join(inner)}" + (f"</{tag}>" if close
                         else ""), tags, attributes, st.lists(children, max_size=4), st.booleans())

    soup = st.recursive(leaves, element, max_leaves=40)
    return st.builds(lambda parts, cut: "".join(parts)[:cut], st.lists(soup, max_size=6), st.integers(0, 5000))


def block_strategy() -> st.SearchStrategy[Block]:
    """Blocks as any reader might give them, including levels and numbers no reader gives."""
    numbers = st.one_of(st.none(), number, st.sampled_from(["", "A", "Appendix 1", "Part B", "../..", "/etc", ".",
                                                            "4.11", "ü", "1 2", "Chapter ii"]), any_text)
    return st.builds(
        lambda kind, text, start, span, level, num, mark: Block(kind, text or "x", start, start + span, level, num,
                                                                mark),
        st.sampled_from(["heading", "paragraph", "item"]), any_text, st.integers(1, 5000), st.integers(0, 3),
        st.integers(-2, 12), numbers, st.one_of(st.none(), marker, any_text),
    )


# ---------------------------------------------------------------------------------------------
# Checks


def meta(path: Path, slug: str = "generated") -> Metadata:
    return Metadata(slug, "Generated", "Anytown", "2023", ("England",), (), "", "Public", "full", path)


def read_or_fail(path: Path) -> Document | None:
    """The document, or None after checking the error names the file (or its sidecar)."""
    try:
        return read_document(path)
    except GuidegraphError as err:
        assert str(err).startswith((f"{path}:", f"{path.with_suffix('.toml')}:")), str(err)
        return None


def check_blocks(blocks: list[Block] | tuple[Block, ...], last_line: int | None = None) -> None:
    for block in blocks:
        assert block.text and block.text == block.text.strip(), block
        assert 1 <= block.line_start <= block.line_end, block
        assert last_line is None or block.line_end <= last_line, (block, last_line)
        assert block.kind != "heading" or 1 <= block.level <= 6, block


def check_segmented(doc: SegmentedDocument) -> None:
    sections = {s.id: s for s in doc.sections}
    assert len(sections) == len(doc.sections), "section ids repeat"
    assert len({p.id for p in doc.passages}) == len(doc.passages), "passage ids repeat"
    for section in doc.sections:
        assert KEY_SAFE.match(section.key) and section.key not in (".", ".."), section.key
        assert section.id == f"{doc.meta.slug}/{section.key}"
        assert section.parent is None or section.parent in sections
    assert [p.ordinal for p in doc.passages] == list(range(1, len(doc.passages) + 1))
    for passage in doc.passages:
        assert passage.section is None or passage.section in sections
        assert passage.id.startswith(f"{doc.meta.slug}/") and passage.text
        assert 1 <= passage.line_start <= passage.line_end


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("generated")


@pytest.fixture(scope="module")
def extractors() -> Extractors:
    ontology = data_dir("ontology")
    return load_extractors(load_catalog(ontology), ontology)


# ---------------------------------------------------------------------------------------------
# Text and markdown


@EXAMPLES
@given(documents)
def test_text_reader_gives_well_formed_blocks(text: str) -> None:
    blocks, warnings = parse_blocks(text)
    check_blocks(blocks, last_line=len(text.splitlines()))
    assert all(isinstance(w, str) and w for w in warnings)


@EXAMPLES
@given(st.lists(st.tuples(line, newline), max_size=40))
def test_any_line_ends_keep_blocks_inside_the_file(lines: list[tuple[str, str]]) -> None:
    text = normalise_newlines("".join(content + end for content, end in lines))
    blocks, _ = parse_blocks(text)
    check_blocks(blocks, last_line=text.count("\n") + 1)


@EXAMPLES
@given(encoded, st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_read_or_fail_naming_the_file(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"generated{suffix}"
    path.write_bytes(data)
    (folder / "generated.toml").write_text(SIDECAR, encoding="utf-8")
    document = read_or_fail(path)
    if document is not None:
        check_blocks(document.blocks)
        check_segmented(segment(document))


def check_metadata(document: Document) -> None:
    """Metadata taken from a file is as a sidecar's would have to be: it passes the same checks."""
    meta = document.meta
    raw = {"title": meta.title, "publisher": meta.publisher, "date": meta.date,
           "jurisdictions": list(meta.jurisdictions), "local_areas": list(meta.local_areas),
           "source_url": meta.source_url, "rights": meta.rights, "publish": meta.publish, "slug": meta.slug}
    assert metadata_from_dict(meta.path, raw, meta.path, "toml") == meta
    assert meta.publish == "excerpts" and document.warnings[0].startswith(f"{meta.path.name}: no metadata: taken from")


head_value = st.one_of(any_text, st.sampled_from(["2024-03-15T10:00:00+01:00", "2024-02-30", "0001-01-01", "Untitled",
                                                 "Microsoft Word - draft.docx", "GOV.UK", "<D6>", "Jane Smith"]))


@EXAMPLES
@given(st.one_of(
    documents.map(lambda text: ("unlabelled.md", text.encode())),
    st.builds(lambda text, year: ("unlabelled.txt", f"{text}\n\n{year}\n".encode()), documents, st.integers(0, 9999)),
    st.builds(lambda title, date, site, body: ("unlabelled.html", (
        f'<html><head><title>{title}</title><meta name="dcterms.modified" content="{date}">'
        f'<meta property="og:site_name" content="{site}"></head><body>{body}</body></html>').encode()),
        head_value, head_value, head_value, html_strategy()),
))
def test_files_without_metadata_read_with_metadata_a_sidecar_could_hold(folder: Path, file: tuple[str, bytes]) -> None:
    name, data = file
    path = folder / name
    path.write_bytes(data)
    assert not path.with_suffix(".toml").exists()  # the folder is shared: no other test's sidecar
    document = read_or_fail(path)
    if document is not None:
        check_blocks(document.blocks)
        check_metadata(document)


@EXAMPLES
@given(st.lists(st.one_of(
    st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(["title", "publisher", "date", "jurisdictions", "local_areas",
                                                         "source_url", "rights", "publish", "slug", "other"]),
              st.one_of(any_text, st.sampled_from(["[England]", "[", "'x", '"x', "|", ">", "2023-02-30", "../../etc",
                                                   "/etc/passwd", "full", "[England, Wales]", "- a", "''"]))),
    st.sampled_from(["- item", "  continued", "# comment", "", "key", "---x", "...", "title: A", "title: B"]),
    any_text,
), max_size=14), st.sampled_from(["---", "+++"]), documents)
def test_front_matter_reads_or_fails_naming_the_file(folder: Path, lines: list[str], fence: str, body: str) -> None:
    path = folder / "front.md"
    path.write_text(f"{fence}\n" + "\n".join(lines) + f"\n{fence}\n{body}", encoding="utf-8")
    document = read_or_fail(path)
    if document is not None:
        assert SLUG_PATTERN.match(document.meta.slug)
        check_segmented(segment(document))


toml_value = st.one_of(
    any_text, st.integers(-10**6, 10**6), st.booleans(), st.lists(any_text, max_size=3),
    st.sampled_from(["../../etc", "/etc/passwd", "..", "C:\\Windows", "a/b", "ok-slug", "2024-13-01", "2024-02-29",
                     "England", "excerpts", "javascript:alert(1)", "https://example.org", "file:///etc/passwd"]),
)


@EXAMPLES
@given(st.dictionaries(st.sampled_from(["title", "publisher", "date", "jurisdictions", "local_areas", "source_url",
                                        "rights", "publish", "slug"]), toml_value))
def test_sidecar_values_are_checked_and_slugs_are_never_paths(folder: Path, values: dict) -> None:
    path = folder / "sidecar.txt"
    path.write_text("Information sharing\n\nShare early.\n", encoding="utf-8")
    base = dict(line.split(" = ", 1) for line in SIDECAR.splitlines())
    base.update({key: json.dumps(value) for key, value in values.items()})
    (folder / "sidecar.toml").write_text("".join(f"{k} = {v}\n" for k, v in base.items()), encoding="utf-8")
    document = read_or_fail(path)
    if document is not None:
        assert SLUG_PATTERN.match(document.meta.slug) and "/" not in document.meta.slug
        assert document.meta.source_url == "" or document.meta.source_url.startswith(("http://", "https://"))


# ---------------------------------------------------------------------------------------------
# HTML


@EXAMPLES
@given(html_strategy())
def test_tag_soup_gives_text_only(html: str) -> None:
    blocks, warnings = parse_html(html)
    check_blocks(blocks, last_line=html.count("\n") + 1)
    assert not any(MARK in block.text for block in blocks), "script, style or attribute content became text"
    assert blocks or warnings


@settings(max_examples=15, deadline=None)
@given(st.integers(200, 3000), st.sampled_from(["<li>", "<div>", "<ul><li>", "<h2>", "<table><tr><td>", "<p>", "<b>",
                                               '<div class="box">', '<section class="s"><h2>T</h2>',
                                               '<div class="c"><form><input type="email">']))
def test_deep_nesting(depth: int, opening: str) -> None:
    # each unclosed element holds all the text after it: a check that read it whole was quadratic
    tenth = seconds_to(lambda: parse_html((opening + "text ") * (depth // 10)))
    started = time.perf_counter()
    blocks, _ = parse_html((opening + "text ") * depth)
    check_blocks(blocks)
    assert time.perf_counter() - started < in_linear_time(tenth)


# ---------------------------------------------------------------------------------------------
# PDF


def small_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.cell(0, 10, "1. Sharing information")
    pdf.ln(12)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Practitioners should share information early.\n- the police\n- schools")
    return bytes(pdf.output())


PDF = small_pdf()


def damaged(good: bytes) -> st.SearchStrategy[bytes]:
    """A good file cut short, or with one byte changed."""
    return st.one_of(
        st.integers(0, len(good)).map(lambda cut: good[:cut]),
        st.tuples(st.integers(0, len(good) - 1), st.integers(0, 255)).map(
            lambda change: good[:change[0]] + bytes([change[1]]) + good[change[0] + 1:]),
    )


def read_damaged(folder: Path, name: str, data: bytes) -> Document | None:
    """Read `data` as the corpus file `name` (with a sidecar): its document, or None if it failed as it should."""
    path = folder / name
    path.write_bytes(data)
    (folder / f"{path.stem}.toml").write_text(SIDECAR, encoding="utf-8")
    document = read_or_fail(path)
    if document is not None:
        check_blocks(document.blocks)
    return document


@EXAMPLES
@given(st.one_of(st.binary(max_size=300).map(lambda tail: b"%PDF-1.4\n" + tail), damaged(PDF)))
def test_damaged_pdfs_read_or_fail_naming_the_file(folder: Path, data: bytes) -> None:
    document = read_damaged(folder, "damaged.pdf", data)
    assert document is None or document.blocks or document.warnings


DOCX = docx(compression=zipfile.ZIP_DEFLATED)


@EXAMPLES
@given(st.one_of(damaged(DOCX), st.text(max_size=200).map(lambda xml: docx(document=xml))))
@example(data=DOCX[:899] + bytes([64]) + DOCX[900:])  # "zip file version 6.4": zipfile's NotImplementedError
def test_damaged_word_documents_read_or_fail_naming_the_file(folder: Path, data: bytes) -> None:
    read_damaged(folder, "damaged.docx", data)


# Every other format, from a real document of its kind: its bytes cut short or changed, or for a zip
# (a deck, an OpenDocument) the same done to its main XML part inside a zip that is whole.
UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
OF_EVERY_FORMAT = {
    ".doc": "thornleigh-primary-child-protection-policy-word97.doc",
    ".rtf": "ferncastle-early-help-consent-procedure-wordpad.rtf",
    ".eml": "sallowby-primary-dsl-note-to-staff-email.eml",
    ".mhtml": "hollinbrook-council-sharing-information-page.mhtml",
    ".mht": "ashmere-dunstow-nhs-trust-intranet-sharing-page.mht",
    ".pptx": "northmoor-scp-myths-and-facts-quiz-deck.pptx",
    ".odp": "ormsby-chs-health-visiting-information-sharing-training.odp",
    ".odt": "cobbleton-primary-safeguarding-briefing-libreoffice.odt",
    ".msg": "wrenmoor-legal-advice-disclosure-reply-outlook.msg",
}


def damaged_inside(good: bytes) -> st.SearchStrategy[bytes]:
    """A zip whose largest XML part is cut short or has one byte changed: the zip itself is whole."""
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    main = max((name for name in parts if name.endswith(".xml")), key=lambda name: len(parts[name]))

    def rezipped(xml: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, xml if name == main else data)
        return out.getvalue()

    return damaged(parts[main]).map(rezipped)


@FEW
@given(st.sampled_from(sorted(OF_EVERY_FORMAT)), st.data())
def test_damaged_files_of_every_format_read_or_fail_naming_the_file(folder: Path, suffix: str,
                                                                     data: st.DataObject) -> None:
    good = (UNSEEN / OF_EVERY_FORMAT[suffix]).read_bytes()
    zipped = good.startswith(b"PK\x03\x04")
    bad = data.draw(st.one_of(damaged(good), damaged_inside(good)) if zipped else damaged(good))
    read_damaged(folder, f"damaged{suffix}", bad)


def test_a_part_in_an_encoding_no_codec_knows_fails_naming_the_file(folder: Path) -> None:
    """Found by the test above: an XML declaration's encoding changed ("UTF-b") is a damaged file."""
    good = (UNSEEN / OF_EVERY_FORMAT[".odp"]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data.replace(b'encoding="UTF-8"', b'encoding="UTF-b"', 1))
    assert read_damaged(folder, "unknown-encoding.odp", out.getvalue()) is None


# ---------------------------------------------------------------------------------------------
# Segmenter and extraction


@EXAMPLES
@given(st.lists(block_strategy(), max_size=60))
def test_segmenter_on_any_blocks(blocks: list[Block]) -> None:
    check_segmented(segment(Document(meta(Path("generated.txt")), tuple(blocks))))


@FEW
@given(documents)
def test_read_segment_extract_on_generated_documents(extractors: Extractors, text: str) -> None:
    blocks, _ = parse_blocks(text)
    doc = segment(Document(meta(Path("generated.txt")), tuple(blocks)))
    check_segmented(doc)
    extraction = extract_document(doc, extractors)
    passages = {p.id for p in doc.passages}
    assert {c.passage_id for c in extraction.citations} <= passages


@FEW
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8),
       st.integers(20_000, 200_000))
@example(unit="\x95a\u00c6\x0bXNO\x98", length=35_848)  # a vertical tab: thousands of short title-like lines
def test_very_long_lines_are_read_in_linear_time(unit: str, length: int) -> None:
    text = (unit * (length // len(unit) + 1))[:length]
    tenth = seconds_to(lambda: parse_blocks(f"Title\n\n{text[:length // 10]}\n\n- \n1.\n7 Jumped\n"))
    started = time.perf_counter()
    blocks, _ = parse_blocks(f"Title\n\n{text}\n\n- \n1.\n7 Jumped\n")
    check_blocks(blocks)
    assert time.perf_counter() - started < in_linear_time(tenth)


# ---------------------------------------------------------------------------------------------
# The rewrites that made long lines linear keep what the patterns they replaced matched

QUADRATIC_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
QUADRATIC_TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*(?:\d{1,3}|[ivxl]{1,5})$", re.I)
QUADRATIC_TOC_TAB = re.compile(r"\S.*(?:\t|\s{3,})(?:\d{1,3}|[ivxl]{1,5})$", re.I)


@EXAMPLES
@given(st.text(st.sampled_from("***  a_b.\t'é"), max_size=30))
def test_emphasis_is_removed_as_before(line: str) -> None:
    assert without_emphasis(line) == QUADRATIC_ITALIC.sub(r"\1", line)


@EXAMPLES
@given(st.text(st.sampled_from(". .\t12ivxaXc\u00a0"), max_size=24))
def test_contents_lines_are_recognised_as_before(line: str) -> None:
    assert bool(_TOC_LEADER.search(line)) == bool(QUADRATIC_TOC_LEADER.search(line))
    assert bool(_TOC_TAB.search(line)) == bool(QUADRATIC_TOC_TAB.search(line))
