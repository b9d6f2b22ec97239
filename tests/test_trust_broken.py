"""Broken real-world files through `guidegraph build`: the exact message, exit code and what was written.

The fixtures in tests/fixtures/broken/ are the shapes partnerships really send: an empty file, a
Word file named .txt, UTF-16 without a byte-order mark, a scanned PDF, a web page cut off mid-tag,
a page full of scripts and event handlers, slugs that are paths, two documents with one slug.
A refused build (exit 2 for input, 1 for validation, 3 for a failed step) writes nothing and
leaves the previous output exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from test_trust_helpers import SMALL, cli, corpus_of, leftovers, run_process, snapshot

from guidegraph.cache import cache_dir

SLUG_ADVICE = ("is not a valid slug: use 1-80 lower-case letters, digits and hyphens, starting with a letter or "
               'digit, e.g. "surrey-information-sharing"')
# What the fixture scripts.html hides in scripts, styles and attributes; none may reach any output.
EXECUTABLE = ("GG-EXEC-META", "GG-EXEC-SCRIPT", "GG-EXEC-REMOTE", "GG-EXEC-STYLE", "GG-EXEC-BASE", "GG-EXEC-ONLOAD",
              "GG-EXEC-ONCLICK", "GG-EXEC-MOUSEOVER", "GG-EXEC-HREF", "GG-EXEC-ENTITY", "GG-EXEC-ITEM",
              "GG-EXEC-ONERROR", "GG-EXEC-ALT", "GG-EXEC-SVG", "GG-EXEC-IFRAME", "GG-EXEC-OBJECT", "GG-EXEC-FORM",
              "GG-EXEC-BUTTON", "GG-EXEC-NOSCRIPT", "GG-EXEC-TEMPLATE", "GG-EXEC-HIDDEN", "GG-EXEC-WRITE")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "content"}


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A complete build of one good document: the output every failed build below must leave alone."""
    folder = tmp_path_factory.mktemp("previous")
    out = folder / "build"
    result = cli("-q", "build", "--corpus", str(corpus_of(folder / "corpus", SMALL)), "--out", str(out), "--no-site")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def out(previous: Path, tmp_path: Path) -> Path:
    """A copy of the previous build, in a folder of its own."""
    target = tmp_path / "build"
    shutil.copytree(previous, target)
    return target


def refused(corpus: Path, out: Path, *options: str, code: int = 2) -> str:
    """Build and expect a refusal: the message, with the previous output unchanged and nothing else written."""
    before, beside = snapshot(out), sorted(os.listdir(out.parent))
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), *options)
    assert result.exit_code == code, result.output
    assert snapshot(out) == before
    assert leftovers(out) == [] and not cache_dir(out).exists()
    assert sorted(os.listdir(out.parent)) in (beside, sorted([*beside, f".{out.name}.lock"]))
    assert result.stderr.startswith("Error: ") and result.stderr.endswith("\n")
    return result.stderr[len("Error: "):-1]


@pytest.mark.parametrize(("broken", "reason"), [
    ("empty.txt", "empty.txt: empty file"),
    ("binary.txt", "binary.txt: binary file, not text (is it really a .txt?)"),
    ("utf16-no-bom.txt", "utf16-no-bom.txt: looks like UTF-16 without a byte-order mark; save it as UTF-8"),
    ("slug-traversal.txt", f"slug-traversal.toml: metadata key 'slug': '../../etc' {SLUG_ADVICE}"),
    ("slug-absolute.txt", f"slug-absolute.toml: metadata key 'slug': '/etc/passwd' {SLUG_ADVICE}"),
])
def test_broken_file_is_refused_naming_it(tmp_path: Path, out: Path, broken: str, reason: str) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=(broken,))
    assert refused(corpus, out, "--no-site") == f"{corpus}/{reason}"


def test_duplicate_slugs_are_refused_naming_both_files(tmp_path: Path, out: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=("duplicate-a.txt", "duplicate-b.txt"))
    assert refused(corpus, out, "--no-site") == (
        f"{corpus}/duplicate-b.txt: metadata key 'slug': 'shared-slug' is also the slug of duplicate-a.txt: give one "
        "of them its own slug (two files with one stem share one sidecar)"
    )


def test_fifty_megabyte_text_file_is_refused_at_once(tmp_path: Path, out: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    line = "Practitioners should share information with children's social care when a child is at risk.\n"
    (corpus / "huge.txt").write_text(line * (50 * 2**20 // len(line) + 1), encoding="utf-8")
    (corpus / "huge.toml").write_text((corpus / f"{SMALL}.toml").read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    message = refused(corpus, out, "--no-site")
    assert time.perf_counter() - started < 20
    assert message == (f"{corpus}/huge.txt: file is 50 MB, over the 8 MB limit for one document: split it or check it "
                       "is the right file")


def test_every_broken_file_at_once_through_the_real_command(tmp_path: Path, out: Path) -> None:
    """The console script itself: exit code 2, one readable message listing every file, no traceback."""
    broken = ("empty.txt", "binary.txt", "utf16-no-bom.txt", "slug-traversal.txt", "slug-absolute.txt")
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=broken)
    before = snapshot(out)
    result = run_process("build", "--corpus", str(corpus), "--out", str(out), "--no-site")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-6:] == [
        f"Error: {corpus}: 5 corpus files cannot be read:",
        f"  - {corpus}/binary.txt: binary file, not text (is it really a .txt?)",
        f"  - {corpus}/empty.txt: empty file",
        f"  - {corpus}/slug-absolute.toml: metadata key 'slug': '/etc/passwd' {SLUG_ADVICE}",
        f"  - {corpus}/slug-traversal.toml: metadata key 'slug': '../../etc' {SLUG_ADVICE}",
        f"  - {corpus}/utf16-no-bom.txt: looks like UTF-16 without a byte-order mark; save it as UTF-8",
    ]
    assert snapshot(out) == before


# ---------------------------------------------------------------------------------------------
# Warnings, and --strict


def test_scanned_pdf_gives_a_warning_and_a_document_with_no_passages(tmp_path: Path, out: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=("scanned.pdf",))
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site")
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["warnings"] == ["scanned.pdf: no text layer (scanned PDF?): nothing extracted"]
    assert {d["slug"]: d["passages"] for d in manifest["documents"]}["scanned"] == 0
    documents = json.loads(cli("list", "documents", "--corpus", str(corpus), "--out", str(out),
                               "--format", "json").stdout)
    assert {d["id"]: d["passages"] for d in documents}["scanned"] == 0


def test_strict_turns_the_warning_into_exit_3(tmp_path: Path, out: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=("scanned.pdf",))
    assert refused(corpus, out, "--no-site", "--strict", code=3) == (
        "--strict: 1 warning(s) while reading the corpus; the first: scanned.pdf: no text layer (scanned PDF?): "
        "nothing extracted"
    )
    (corpus / "scanned.pdf").unlink()
    (corpus / "scanned.toml").unlink()
    assert cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site", "--strict").exit_code == 0


def test_truncated_page_keeps_what_came_before_the_cut(tmp_path: Path, out: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL, broken=("truncated.html",))
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site")
    assert result.exit_code == 0, result.output
    graph = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Record what was shared, with whom and wh" in graph
    assert "<table" not in graph and "<td" not in graph and "class=" not in graph
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {d["slug"]: d["passages"] for d in manifest["documents"]}["truncated"] == 5


# ---------------------------------------------------------------------------------------------
# Nothing executable reaches the outputs


@pytest.fixture(scope="module")
def scripted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build, with the site, of a corpus holding the page full of scripts and event handlers."""
    folder = tmp_path_factory.mktemp("scripted")
    out = folder / "build"
    corpus = corpus_of(folder / "corpus", SMALL, broken=("scripts.html",))
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_no_executable_content_in_graph_or_records(scripted: Path) -> None:
    for name in ("graph.ttl", "graph.jsonld", "records.json"):
        text = (scripted / name).read_text(encoding="utf-8")
        assert not [marker for marker in EXECUTABLE if marker in text], name
        assert "javascript:" not in text.lower() and "onclick" not in text.lower(), name
    # Text that looks like markup is text, kept as written (the site must escape it).
    assert "<script>alert('GG-EXEC-TEXT')</script> is text on this page" in (scripted / "graph.ttl").read_text()


def test_no_executable_content_in_the_site(scripted: Path) -> None:
    """Fails when the site holds corpus scripts, event-handler attributes or javascript: URLs."""
    site = scripted / "site"
    if not site.is_dir():
        pytest.skip("this build writes no site yet: the graph and records are checked above")
    pages = sorted(site.rglob("*.html"))
    assert pages, "the site has no pages"
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not [marker for marker in EXECUTABLE if marker in text], path
    for page in pages:
        check_page(page, site)


def check_page(page: Path, site: Path) -> None:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    for tag in soup.find_all(True):
        handlers = [name for name in tag.attrs if name.lower().startswith("on")]
        assert not handlers, f"{page.relative_to(site)}: <{tag.name} {handlers[0]}=...>"
        for name, value in tag.attrs.items():
            values = value if isinstance(value, list) else [value]
            urls = [v for v in values if name.lower() in URL_ATTRIBUTES and _scripted_url(v)]
            assert not urls, f"{page.relative_to(site)}: <{tag.name} {name}={urls[0]!r}>"
    for script in soup.find_all("script"):
        source = script.get("src")
        if source:
            assert not str(source).startswith(("http:", "https:", "//", "data:")), f"{page}: remote script {source}"
        elif script.get("type") == "application/ld+json":
            json.loads(script.string or "null")  # corpus text broke out of the JSON-LD block if this fails
        else:
            assert "GG-EXEC" not in (script.string or ""), f"{page}: corpus text inside an inline script"


def _scripted_url(value: str) -> bool:
    squeezed = "".join(ch for ch in str(value) if ch > " ").lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:text/html")) or "url=javascript:" in squeezed


# ---------------------------------------------------------------------------------------------
# Failures after reading: validation, writing, the output folder


def test_validation_failure_exits_1_and_keeps_the_output(tmp_path: Path, out: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import guidegraph.validate

    failing = SimpleNamespace(conforms=False, summary=lambda: "1 violation: gg:Passage needs text")
    monkeypatch.setattr(guidegraph.validate, "validate_graph", lambda graph, shapes: failing)
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    before = snapshot(out)
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), "--no-site")
    assert (result.exit_code, result.stderr) == (1, "Error: 1 violation: gg:Passage needs text\n")
    assert snapshot(out) == before and leftovers(out) == []


@pytest.mark.parametrize(("stage", "site"), [("_write_records", ["--no-site"]), ("_write_index", [])],
                         ids=["records", "index written beside the site"])
def test_write_failure_exits_3_and_keeps_the_output(tmp_path: Path, out: Path, monkeypatch: pytest.MonkeyPatch,
                                                    stage: str, site: list[str]) -> None:
    import guidegraph.build

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device", str(out.parent / "records.json"))

    monkeypatch.setattr(guidegraph.build, stage, disk_full)  # a forked process inherits it
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    before = snapshot(out)
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(out), *site)
    assert result.exit_code == 3
    assert result.stderr == (f"Error: {out.parent / 'records.json'}: cannot write the build output (No space left "
                             f"on device): check the space and permissions there; {out} is unchanged\n")
    assert snapshot(out) == before and leftovers(out) == []


def test_a_folder_that_is_not_a_build_is_never_replaced(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "report.docx").write_bytes(b"precious")
    result = cli("-q", "build", "--corpus", str(corpus), "--out", str(documents), "--no-site")
    assert (result.exit_code, result.stderr) == (2, (
        f"Error: {documents}: refusing to replace it: it is not a guidegraph build output (no manifest.json); "
        "choose an empty or new directory with --out\n"))
    assert snapshot(documents) == {"report.docx": snapshot(documents)["report.docx"]}
    assert (documents / "report.docx").read_bytes() == b"precious"


def test_a_file_that_cannot_be_read_still_gives_a_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staleness checks hash every corpus file; one they cannot open (permissions, a vanished
    mount) changes the fingerprint instead of raising, and the reader reports it if it matters."""
    from guidegraph.build import corpus_fingerprint

    corpus = corpus_of(tmp_path / "corpus", SMALL)
    locked = corpus / "minutes.docx"
    locked.write_bytes(b"PK\x03\x04")
    readable = corpus_fingerprint(corpus)
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    unreadable = corpus_fingerprint(corpus)
    assert unreadable != readable
    assert corpus_fingerprint(corpus) == unreadable


def test_a_build_kept_inside_the_corpus_does_not_make_it_stale(tmp_path: Path) -> None:
    """`cd mydocs && guidegraph build --corpus .` puts build/ inside the corpus: the staleness check
    hashes only the files a build reads (not a build's, which its manifest marks), so queries do not
    rebuild each time."""
    from guidegraph.build import MANIFEST, corpus_fingerprint

    corpus = corpus_of(tmp_path / "corpus", SMALL)
    before = corpus_fingerprint(corpus)
    (corpus / "build" / "site").mkdir(parents=True)
    (corpus / "build" / "site" / "index.html").write_text("<p>a page</p>", encoding="utf-8")
    (corpus / "build" / MANIFEST).write_text(json.dumps({"guidegraph": "1", "corpus_fingerprint": before}),
                                             encoding="utf-8")
    (corpus / ".build-cache" / "documents").mkdir(parents=True)
    (corpus / ".build-cache" / "documents" / "entry.txt").write_text("a cache entry", encoding="utf-8")
    assert corpus_fingerprint(corpus) == before
    (corpus / "extra.txt").write_text("A new document.\n", encoding="utf-8")
    assert corpus_fingerprint(corpus) != before


# Lines a hostile or badly converted file can hold: long runs of what the readers' patterns look
# for (a form's blanks, wide gaps, dot leaders, tabs, bars, bullets, numbers).
RUN = 5000
HOSTILE_LINES = (
    "Name: " + "_" * RUN + " x",
    "\u2610 Other: " + "_" * RUN + " x",
    "a: ___ " * (RUN // 7) + "x",
    "The Children Act 1989" + " " * RUN + "(2019) x",
    "Working Together" + " " * RUN + "2018 x",
    "Contents" + "." * RUN + "x",
    "Sharing is not" + "\t" * RUN + "allowed.",
    "Policy" + " " * RUN + "Page 3 of 9 x",
    "| " * (RUN // 2) + "x",
    "- " * (RUN // 2) + "x",
    "1." * (RUN // 2) + "x",
    "(a) " * (RUN // 4) + "x",
    "Section 1 " * (RUN // 10) + "x",
    "It is a myth that " + "information " * (RUN // 12) + "x",
)


def test_long_runs_of_what_patterns_look_for_build_in_linear_time(tmp_path: Path) -> None:
    """Every line shape at 5,000 characters: a pattern that backtracks on one would never finish."""
    corpus = corpus_of(tmp_path / "corpus", SMALL)
    (corpus / "hostile.md").write_text("# Hostile\n\n" + "\n\n".join(HOSTILE_LINES) + "\n", encoding="utf-8")
    (corpus / "hostile.toml").write_text((corpus / f"{SMALL}.toml").read_text(encoding="utf-8"), encoding="utf-8")
    started = time.perf_counter()
    done = run_process("-q", "build", "--corpus", str(corpus), "--out", str(tmp_path / "build"), "--no-site",
                       timeout=180)
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 60
    records = json.loads((tmp_path / "build" / "records.json").read_text(encoding="utf-8"))
    assert any(d["id"] == "hostile" for d in records["documents"])
