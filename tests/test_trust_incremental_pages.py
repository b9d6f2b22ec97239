"""Pages kept between builds: a rebuild renders again only the pages whose inputs changed (a
document's page, keyed by what it is made from) or whose context changed (every other page), and
writes a clean build's site."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import bundled_corpus
from rdflib import Graph
from test_trust_helpers import SECOND, SMALL, build_library, corpus_of, snapshot

import guidegraph.site.render
from guidegraph.catalog import load_catalog, load_ontology
from guidegraph.config import load_config
from guidegraph.extract import extract_corpus, load_extractors
from guidegraph.graph import build_graph
from guidegraph.listing import KINDS, GraphView
from guidegraph.site.build import build_pages
from guidegraph.site.page_cache import SUFFIX, PageCache, page_cache_dir
from guidegraph.site.pages import Page

Records = dict[str, list[dict]]
TEMPLATES = load_config().templates


@pytest.fixture(scope="module")
def bundled() -> tuple[Graph, Records]:
    docs = list(bundled_corpus())
    catalog = load_catalog()
    graph = build_graph(docs, extract_corpus(docs, load_extractors(catalog)), catalog, load_ontology())
    view = GraphView(graph)
    return graph, {kind: view.records(kind) for kind in KINDS}


def document_keys(graph: Graph, records: Records, folder: Path) -> dict[str, str]:
    pages, _ = build_pages(graph, records, PageCache(folder, TEMPLATES))
    return {page.path: page.key for page in pages if page.kind == "document"}


def test_keys_change_with_what_a_documents_page_is_made_from(bundled: tuple[Graph, Records], tmp_path: Path) -> None:
    graph, records = bundled
    keys = document_keys(graph, records, tmp_path)
    assert len(set(keys.values())) == len(keys) == len(records["documents"])
    assert keys == document_keys(graph, records, tmp_path), "a page's key is the same however often it is made"

    case = next(c for c in records["case-examples"] if c["passage_ids"])
    retitled = {**records, "case-examples": [{**c, "title": c["title"] + " (retitled)"} if c is case else c
                                             for c in records["case-examples"]]}
    changed = document_keys(graph, retitled, tmp_path)
    assert {path for path in keys if keys[path] != changed[path]} == {f"documents/{case['document']}.html"}, (
        "a document's page links each passage to the case examples read from it, by title")

    renamed = {**records, "legal-bases": [{**b, "title": b["title"] + " (renamed)"} for b in records["legal-bases"]]}
    changed = document_keys(graph, renamed, tmp_path)
    assert all(keys[path] != changed[path] for path in keys), "every bundled document cites the law by name"


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The pages each build rendered (rather than took from the cache), in this process: sites this
    small are rendered by one process."""
    found: list[list[str]] = []
    real = guidegraph.site.render.render

    def render(env: object, page: Page, contents: dict | None = None) -> str:
        found[-1].append(page.path)
        return real(env, page, contents)  # type: ignore[arg-type]

    monkeypatch.setattr(guidegraph.site.render, "render", render)
    return found


def documents(paths: list[str]) -> list[str]:
    return [path for path in paths if path.startswith("documents/") and path != "documents/index.html"]


def pages_of(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def build_site(corpus: Path, out: Path, rendered: list[list[str]], **options: object) -> None:
    rendered.append([])
    build_library(corpus, out, site=True, **options)
    rendered[-1].sort()


def entries(out: Path) -> list[str]:
    return sorted(p.name for p in page_cache_dir(out).iterdir())


def test_a_rebuild_after_one_edit_renders_only_the_pages_it_changed(tmp_path: Path, rendered: list[list[str]]) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    both = [f"documents/{SMALL}.html", f"documents/{SECOND}.html"]
    build_site(corpus, out, rendered)
    pages = pages_of(out / "site")
    assert documents(rendered[0]) == both
    assert len(rendered[0]) == pages
    assert len(entries(out)) == pages + 1, "every page is kept (its context can be pickled), and the words of English"
    with open(corpus / f"{SECOND}.txt", "a", encoding="utf-8") as handle:
        handle.write("\nPractitioners should record why they shared information under section 47 of the Children"
                     " Act 1989.\n")
    build_site(corpus, out, rendered)
    assert documents(rendered[1]) == [f"documents/{SECOND}.html"]
    # the law the new passage cites, and the lists of it, are rendered again; most pages are not
    assert "legal-bases/children-act-1989.html" in rendered[1]
    assert len(rendered[1]) < pages / 2
    assert len(entries(out)) == pages + 1, "the old entries of the pages that changed are left behind"
    build_site(corpus, out, rendered)
    assert rendered[2] == [], "an unchanged corpus renders no page again"
    clean = tmp_path / "clean"
    build_site(corpus, clean, rendered, clean=True)
    assert documents(rendered[3]) == both
    assert len(rendered[3]) == pages
    assert snapshot(out / "site") == snapshot(clean / "site")


def test_a_context_is_keyed_with_its_types_and_one_that_cannot_be_pickled_is_not_kept(tmp_path: Path) -> None:
    from markupsafe import Markup

    kept = PageCache(tmp_path, TEMPLATES)
    page = Page(path="myths/m.html", template="myth.html", title="A myth", kind="myth")
    text = kept.context_key(page, {"answer": "<b>no</b>"})
    markup = kept.context_key(page, {"answer": Markup("<b>no</b>")})
    assert text and markup and text != markup, "one is escaped when rendered, the other not"
    assert kept.context_key(page, {"answer": "<b>no</b>"}) == text
    moved = Page(path="myths/n.html", template="myth.html", title="A myth", kind="myth")
    assert kept.context_key(moved, {"answer": "<b>no</b>"}) != text
    assert kept.context_key(page, {"answer": lambda: "no"}) == ""


@pytest.mark.parametrize("damage", ["truncated", "another page's entry", "empty"])
def test_a_damaged_entry_is_rendered_again(tmp_path: Path, rendered: list[list[str]], damage: str) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_site(corpus, out, rendered)
    reference = snapshot(out / "site")
    first, second, *_ = sorted(page_cache_dir(out).glob(f"*{SUFFIX}"))
    data = first.read_bytes()
    first.write_bytes({"truncated": data[: len(data) // 2], "another page's entry": second.read_bytes(),
                       "empty": b""}[damage])
    build_site(corpus, out, rendered)
    assert len(rendered[1]) == 1
    assert snapshot(out / "site") == reference


def test_the_clean_option_renders_every_page_and_a_removed_documents_entry_goes(tmp_path: Path,
                                                                              rendered: list[list[str]]) -> None:
    corpus, out = corpus_of(tmp_path / "corpus", SMALL, SECOND), tmp_path / "build"
    build_site(corpus, out, rendered)
    build_site(corpus, out, rendered, clean=True)
    assert len(rendered[0]) == len(rendered[1]) == pages_of(out / "site")
    for path in corpus.glob(f"{SECOND}.*"):
        path.unlink()
    build_site(corpus, out, rendered)
    assert len(entries(out)) == pages_of(out / "site") + 1


def test_a_changed_template_renders_every_page_again(tmp_path: Path, rendered: list[list[str]]) -> None:
    import shutil

    corpus, out = corpus_of(tmp_path / "corpus", SMALL), tmp_path / "build"
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    build_site(corpus, out, rendered, templates=templates)
    base = templates / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<!-- changed -->\n</body>"), encoding="utf-8")
    build_site(corpus, out, rendered, templates=templates)
    assert len(rendered[1]) == pages_of(out / "site")
    assert "<!-- changed -->" in (out / "site" / "documents" / f"{SMALL}.html").read_text(encoding="utf-8")


def test_the_cache_folder_sits_beside_the_output(tmp_path: Path) -> None:
    assert page_cache_dir(tmp_path / "build") == tmp_path / ".build-cache" / "pages"


def test_the_words_of_english_are_kept_between_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import guidegraph.site.search as search

    made = search.english_text(PageCache(tmp_path, TEMPLATES))
    assert made == search.english_text() and " safeguarding " in f" {made} "

    def unloadable(shortest: int) -> list[str]:
        raise AssertionError("the dictionary was loaded again")

    monkeypatch.setattr(search, "english_words", unloadable)
    assert search.english_text(PageCache(tmp_path, TEMPLATES)) == made
