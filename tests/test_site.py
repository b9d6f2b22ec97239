"""The static site: pages of every kind, links both ways with no dangling link or anchor, escaping,
JSON-LD, search data, determinism and the preview server."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from guidegraph.site.search import terms, words

KIND_FOLDERS = {
    "legal-bases": "legal-bases",
    "provisions": "provisions",
    "case-examples": "case-examples",
    "guidance": "guidance",
    "documents": "documents",
    "jurisdictions": "places",
}


class PageParser(HTMLParser):
    """Every id, link and resource reference of one page, and its JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href>
        self.resources: list[str] = []  # <link href>, <script src>, <img src>, ...
        self.jsonld: list[str] = []
        self.scripts: list[str] = []
        self._in_jsonld = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href") is not None:
            self.links.append(values["href"] or "")
        elif tag in {"link", "script", "img", "iframe", "source", "video", "audio", "embed", "object"}:
            target = values.get("href") or values.get("src") or values.get("data")
            if target:
                self.resources.append(target)
        if tag == "script":
            self._in_jsonld = values.get("type") == "application/ld+json"
            self._in_script = not self._in_jsonld and not values.get("src")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)
        elif self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="module")
def site(built_output: Path) -> Path:
    return built_output / "site"


@pytest.fixture(scope="module")
def records(built_output: Path) -> dict[str, list[dict]]:
    return json.loads((built_output / "records.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed(site: Path) -> dict[Path, PageParser]:
    pages = {}
    for path in sorted(site.rglob("*.html")):
        parser = PageParser()
        parser.feed(path.read_text(encoding="utf-8"))
        pages[path] = parser
    return pages


def test_every_kind_of_page_is_written(site: Path, records: dict[str, list[dict]]) -> None:
    for name in ("index.html", "search.html", "sitemap.xml", "graph.ttl", "graph.jsonld", "search/meta.js",
                 "assets/style.css", "assets/print.css", "assets/search.js"):
        assert (site / name).is_file(), name
    for kind, folder in KIND_FOLDERS.items():
        pages = [p for p in (site / folder).glob("*.html") if p.name != "index.html"]
        assert len(pages) == len(records[kind]), kind
        assert (site / folder / "index.html").is_file()
    myths = {r["concept"] for r in records["myths"]}
    assert len([p for p in (site / "myths").glob("*.html") if p.name != "index.html"]) == len(myths)
    principle_pages = {p.name for p in (site / "principles").glob("*.html")}
    assert {"seven-golden-rules.html", "seven-golden-rules-1.html", "caldicott-principles.html"} <= principle_pages


def test_no_broken_link_or_anchor(site: Path, parsed: dict[Path, PageParser]) -> None:
    ids = {path.resolve(): parser.ids for path, parser in parsed.items()}
    broken = []
    for path, parser in parsed.items():
        for href in parser.links + parser.resources:
            parts = urlsplit(href)
            if parts.scheme in {"http", "https"} and href in parser.links or href == "data:,":
                continue  # an outbound link is not a request; "data:," is the empty favicon
            assert not parts.scheme and not href.startswith("/"), f"{path}: {href} is not relative"
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path.resolve()
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{path.relative_to(site)} -> {href}")
            elif parts.fragment and unquote(parts.fragment) not in ids.get(target, set()):
                broken.append(f"{path.relative_to(site)} -> {href} (no such anchor)")
    assert not broken, "\n".join(broken[:20])


def test_every_page_is_linked_from_another(site: Path, parsed: dict[Path, PageParser]) -> None:
    linked = set()
    for path, parser in parsed.items():
        for href in parser.links:
            if not urlsplit(href).scheme and urlsplit(href).path:
                linked.add((path.parent / unquote(urlsplit(href).path)).resolve())
    orphans = [p for p in parsed if p.resolve() not in linked and p != site / "index.html"]
    assert not orphans, orphans[:10]


def test_links_go_both_ways(site: Path, records: dict[str, list[dict]]) -> None:
    case = next(r for r in records["case-examples"] if "crime-and-disorder-act-1998" in r["legal_bases"]
                or r["legal_bases"])
    case_page = site / "case-examples" / (case["id"].removeprefix("case-example/").replace("/", "-") + ".html")
    basis = case["legal_bases"][0]
    assert f'href="../legal-bases/{basis}.html"' in case_page.read_text(encoding="utf-8")
    assert f'href="../case-examples/{case_page.name}"' in (site / "legal-bases" / f"{basis}.html").read_text(
        encoding="utf-8")


def test_a_law_page_opens_with_what_the_law_is_for(site: Path) -> None:
    html = (site / "legal-bases" / "mental-capacity-act-2005.html").read_text(encoding="utf-8")
    lead = re.search(r'<h1>Mental Capacity Act 2005</h1>\s*<p class="lead">([^<]+)</p>', html)
    assert lead and "weigh up the information" in lead.group(1)
    assert re.search(r'<meta name="description" content="Mental Capacity Act 2005: Law for England', html)


def test_a_law_page_lists_its_provisions_in_the_laws_order_with_how_often_each_is_cited(site: Path) -> None:
    html = (site / "legal-bases" / "children-act-1989.html").read_text(encoding="utf-8")
    cited = re.findall(r'>section (\d+)</a> <span class="muted">cited in (\d+) (passages?)</span>', html)
    sections = [int(number) for number, _, _ in cited]
    assert 3 in sections and 17 in sections and sections == sorted(sections)
    assert all((count == "1") == (noun == "passage") for _, count, noun in cited)
    assert ("27", "1", "passage") in cited
    # the note on the law's status names the document it speaks of
    assert "wording quoted in the 2005 cross-government guidance is the original text" in html


def test_a_source_label_drops_its_headings_full_stop(site: Path) -> None:
    html = (site / "myths" / "consent-needed-share-personal.html").read_text(encoding="utf-8")
    assert "Consent is needed to share personal information, paragraph 1" in html
    assert "information., paragraph" not in html


def test_counts_are_said_in_words_that_agree_with_them(site: Path) -> None:
    from guidegraph.site.text import counted

    assert (counted(1, "guidance document"), counted(5, "guidance document")) == (
        "1 guidance document", "5 guidance documents")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "brings together 5 guidance documents (620 passages)" in home


def test_the_legal_bases_index_says_in_a_sentence_what_each_law_is(site: Path) -> None:
    html = (site / "legal-bases" / "index.html").read_text(encoding="utf-8")
    row = re.search(r'children-act-1989\.html">Children Act 1989</a>.*?</li>', html)
    assert row and '<span class="summary">The main law on the care and protection of children' in row.group(0)
    assert "Section 27 lets councils" not in row.group(0)  # the first sentence only


def test_document_mentions_link_inline_to_their_entities(site: Path) -> None:
    html = (site / "documents" / "cross-government-information-sharing-2005.html").read_text(encoding="utf-8")
    assert re.search(r'<a class="mention" href="\.\./provisions/ukpga-1998-37-section-115\.html"[^>]*>'
                     r"[Ss]ection 115", html)
    assert re.search(r'<a class="mention" href="\.\./legal-bases/children-act-1989\.html"', html)
    assert html.count('class="passage"') == 359  # 352 before Appendix 2's law headings were passages
    # one span citing two sections links the first and names the other after it
    assert re.search(r'<a class="mention" href="\.\./provisions/ukpga-2004-31-section-10\.html"[^>]*>[^<]*</a> '
                     r'<span class="also">\(also <a class="mention" href="\.\./provisions/ukpga-2004-31-section-11'
                     r'\.html"[^>]*>section 11</a>\)</span>', html)


def test_a_span_read_as_each_nations_law_names_every_reading() -> None:
    from guidegraph.site.data import Citation
    from guidegraph.site.markup import Mentions

    text = "A looked after child <is> cared for."
    start, end = text.index("looked"), text.index(" <is>")
    england = Citation(start, end, "looked after child", "ca1989/s22", "the law in England")
    wales = Citation(start, end, "looked after child", "sswba/s74", "the law in Wales & <W>")
    pages = {"ca1989/s22": "provisions/ca-s22.html", "sswba/s74": "provisions/sswba-s74.html"}
    readings = {"ca1989/s22": ("Children Act 1989", "section 22"),
                "sswba/s74": ("Social Services and Well-being (Wales) Act 2014", "section 74")}
    html = Mentions(pages.get, 1, readings.__getitem__).html(text, [wales, england, england])
    assert html == ('A <a class="mention" href="../provisions/ca-s22.html" title="the law in England">looked after '
                    'child</a> <span class="also">(also <a class="mention" href="../provisions/sswba-s74.html" '
                    'title="the law in Wales &amp; &lt;W&gt;">Social Services and Well-being (Wales) Act 2014, '
                    'section 74</a>)</span> &lt;is&gt; cared for.')


def test_excerpts_document_shows_only_what_other_pages_quote(site: Path, parsed: dict[Path, PageParser],
                                                            records: dict[str, list[dict]]) -> None:
    page = site / "documents" / "nspcc-information-sharing-2015.html"
    html = page.read_text(encoding="utf-8")
    assert "do not allow republishing its full text" in html
    shown = {i for i in parsed[page].ids if i.startswith("p-")}
    total = next(r["passages"] for r in records["documents"] if r["id"] == "nspcc-information-sharing-2015")
    assert 0 < len(shown) < total
    quoted = set()
    for path, parser in parsed.items():
        if path != page:
            quoted |= {urlsplit(h).fragment for h in parser.links if "nspcc-information-sharing-2015.html#" in h}
    assert shown == quoted


def test_corpus_text_is_escaped(tmp_path: Path) -> None:
    from rdflib import RDF, Literal

    from guidegraph.catalog import load_catalog, load_ontology
    from guidegraph.config import default_config
    from guidegraph.extract import extract_corpus, load_extractors
    from guidegraph.graph import build_graph
    from guidegraph.read import read_corpus
    from guidegraph.segment import segment
    from guidegraph.site import write_site
    from guidegraph.vocab import GG, SCHEMA

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "1. Scripts </script><script>alert('x')</script>\n\nA passage with <b>tags</b> & the Children Act 1989 "
        "and <img src=x onerror=alert(1)>.\n", encoding="utf-8")
    (corpus / "evil.toml").write_text(
        'title = "Evil </script><script>alert(1)</script>"\npublisher = "P & <Q>"\ndate = "2020"\n'
        'jurisdictions = ["England"]\nlocal_areas = []\nsource_url = ""\nrights = "open"\npublish = "full"\n',
        encoding="utf-8")
    config = default_config()
    docs = [segment(d) for d in read_corpus(corpus)]
    catalog = load_catalog(config.ontology)
    graph = build_graph(docs, extract_corpus(docs, load_extractors(catalog, config.ontology)), catalog,
                        load_ontology(config.ontology))
    # Readers drop markup from text files; the site must still escape whatever text the graph holds.
    evil = "A passage with <b>tags</b> & <img src=x onerror=alert(1)> </script><script>alert('x')</script>"
    for passage in graph.subjects(RDF.type, GG.Passage):
        graph.set((passage, SCHEMA.text, Literal(evil)))
    write_site(graph, tmp_path / "site", config.templates)
    html = (tmp_path / "site" / "documents" / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>tags" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;b&gt;tags&lt;/b&gt; &amp; " in html
    jsonld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert jsonld and "\\u003c/script\\u003e" in jsonld.group(1)
    assert json.loads(jsonld.group(1))["name"].startswith("Evil </script>")
    for data in (tmp_path / "site" / "search").glob("*.js"):
        assert "</script" not in data.read_text(encoding="utf-8").lower()


def test_a_passage_written_as_html_escapes_its_text_links_and_notes() -> None:
    from guidegraph.site.data import Citation
    from guidegraph.site.markup import Mentions, passage_html

    text = 'Share <b>"now"</b> under <Act> & rules:\nfirst <item>\nsecond'
    start = text.index("<Act>")
    citation = Citation(start=start, end=start + 5, text="<Act>", target="act", note='the "Act" <x>')
    related = [{"url": "myths/a&b.html", "title": "Myth: <y>"}]
    html = passage_html("p-1", "doc/<key>/p1", text, [citation], 2, related,
                        Mentions(lambda iri: "legal-bases/act&1.html" if iri == "act" else None, 1))
    assert html.startswith('<div class="passage" id="p-1">\n<p>Share &lt;b&gt;&#34;now&#34;&lt;/b&gt; under '
                           '<a class="mention" href="../legal-bases/act&amp;1.html" title="the &#34;Act&#34; '
                           '&lt;x&gt;">&lt;Act&gt;</a> &amp; rules:</p>\n<ul>\n<li>first &lt;item&gt;</li>\n'
                           '<li>second</li>\n</ul>')
    assert '<a href="../myths/a&amp;b.html">Myth: &lt;y&gt;</a>' in html
    assert "Link to passage doc/&lt;key&gt;/p1" in html


def test_html_written_in_python_is_escaped_as_autoescape_escapes() -> None:
    from markupsafe import escape

    from guidegraph.site.markup import contents_html, escape_html, escaped, quote_html, source_quote_html

    for text in ("", "plain", "a & b < c > d \"e\" 'f'", "&amp; already", '<script>alert("x")</script>', "é ‘’ \u2028"):
        assert escape_html(text) == escaped(text) == str(escape(text))
    assert contents_html([(2, "s-1", 'A <b> & "c"'), (3, "s-<2>", "D")]) == (
        '  <li class="depth-2"><a href="#s-1">A &lt;b&gt; &amp; &#34;c&#34;</a></li>\n'
        '  <li class="depth-3"><a href="#s-&lt;2&gt;">D</a></li>')
    segments = [{"text": "…the <Act>", "mark": False}, {"text": "s. 47 & 17", "mark": True},
                {"text": "", "mark": False}]
    assert quote_html(segments) == "…the &lt;Act&gt;<mark>s. 47 &amp; 17</mark>"
    ref = {"url": "documents/a&b.html#p-1", "section": '3.2 "Consent" <x>'}
    assert source_quote_html(quote_html(segments), ref, 1) == (
        "    <li><blockquote>…the &lt;Act&gt;<mark>s. 47 &amp; 17</mark></blockquote>\n"
        '      <p class="source">From <a href="../documents/a&amp;b.html#p-1">'
        "3.2 &#34;Consent&#34; &lt;x&gt;</a></p></li>")


def test_a_one_paragraph_passage_is_written_as_the_general_case_writes_it() -> None:
    from guidegraph.site.markup import Mentions, passage_html

    mentions = Mentions(lambda iri: None, 1)
    for text in ("One & only <paragraph>", "", "\n", "Two\nlines"):
        as_list = passage_html("p-1", "doc/k/p1", text, [], 0, [], mentions)
        assert as_list == passage_html("p-1", "doc/k/p1", text + "\n", [], 0, [], mentions)  # never the fast way
    assert passage_html("p-1", "d/p1", "A & b", [], 0, [], mentions) == (
        '<div class="passage" id="p-1">\n<p>A &amp; b</p>\n<a class="permalink" href="#p-1"><span '
        'class="visually-hidden">Link to passage d/p1</span><span aria-hidden="true">¶</span></a>\n</div>')


def test_site_reads_labels_and_types_as_the_listing_does(built_output: Path) -> None:
    from rdflib import Graph, URIRef

    from guidegraph.listing import GraphView, local_id
    from guidegraph.site.data import SiteGraph, read_site_graph
    from guidegraph.site.indexed import IndexedGraph
    from guidegraph.vocab import GG

    graph = Graph().parse(built_output / "graph.ttl", format="turtle")
    view = GraphView(graph)
    site = read_site_graph(graph)
    plain = SiteGraph(graph=graph, records={})  # read without the indexes
    assert isinstance(site.graph, IndexedGraph)
    for cls in (GG.LegalBasis, GG.Provision, GG.PrincipleSet, GG.Principle, GG.Document, GG.Jurisdiction):
        assert site.typed(cls) == plain.typed(cls) == [str(s) for s in view.of_type(cls)]
    nodes = {s for s in graph.subjects() if isinstance(s, URIRef)}
    for node in nodes:
        expected = view.label(node)
        if expected != local_id(node):  # else a provision may be named from its number ("section 44")
            assert site.label(str(node)) == plain.label(str(node)) == expected


def test_packed_postings_read_back_in_python_and_in_search_js(site: Path, tmp_path: Path) -> None:
    import base64
    from array import array

    from guidegraph.site.search import packed_numbers

    cases = [[], [0, 1, 255, 256, 65535], [3, 17, 1, 2, 40000, 9]]
    wide = [70000, 1, 2**32 - 1]  # numbers that need four bytes
    packed = [[packed_numbers(numbers, 2), 2] for numbers in cases] + [[packed_numbers(wide, 4), 4]]
    for (text, width), numbers in zip(packed, [*cases, wide], strict=True):
        raw = array("H" if width == 2 else "I", base64.b64decode(text))
        if sys.byteorder == "big":
            raw.byteswap()
        assert list(raw) == numbers
    unpacked = in_search_js(site, tmp_path, "cases.map(([p, w]) => window.ggSearch.unpack(p, w))", packed,
                            "the browser tests search the packed postings too")
    assert unpacked == [*cases, wide]


def in_search_js(site: Path, tmp_path: Path, expression: str, cases: list, why_skippable: str) -> object:
    """`expression` over `cases` (JSON) in node, with the site's search.js loaded; skipped without node."""
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"node is not installed ({why_skippable})")
    script = tmp_path / "search-js-check.js"
    script.write_text(
        "global.window = global; global.document = {};\n"
        + (site / "assets" / "search.js").read_text(encoding="utf-8")
        + "\nconst cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));\n"
        f"process.stdout.write(JSON.stringify({expression}));\n",
        encoding="utf-8",
    )
    result = subprocess.run([node, str(script)], input=json.dumps(cases), capture_output=True, text=True,
                            check=True, timeout=60)
    return json.loads(result.stdout)


def test_page_tasks_hold_every_page_once_the_costliest_first() -> None:
    from guidegraph.site.pages import Page
    from guidegraph.site.workers import _tasks

    pages = [Page(path=f"p{n}.html", template="t.html", title="", kind="k", shows=n % 7 * 50) for n in range(500)]
    tasks = _tasks(pages)
    order = [n for task in tasks for n in task]
    assert sorted(order) == list(range(500))
    assert [pages[n].size for n in order] == sorted((page.size for page in pages), reverse=True)


def test_every_page_has_schema_org_json_ld(parsed: dict[Path, PageParser], site: Path) -> None:
    types = {}
    for path, parser in parsed.items():
        assert len(parser.jsonld) == 1, path
        data = json.loads(parser.jsonld[0])
        assert data["@context"] == "https://schema.org"
        types[path.relative_to(site).as_posix()] = data["@type"]
    assert types["legal-bases/children-act-1989.html"] == "Legislation"
    assert types["myths/consent-needed-share-personal.html"] == "FAQPage"
    assert types["documents/halton-information-sharing.html"] == "Article"
    assert types["documents/nspcc-information-sharing-2015.html"] == "CreativeWork"
    law = json.loads(parsed[site / "legal-bases" / "children-act-1989.html"].jsonld[0])
    assert "significant harm" in law["description"]
    faq = json.loads(parsed[site / "myths" / "consent-needed-share-personal.html"].jsonld[0])
    assert faq["mainEntity"][0]["@type"] == "Question" and faq["mainEntity"][0]["acceptedAnswer"]["text"]


def test_pages_make_no_external_request(site: Path, parsed: dict[Path, PageParser]) -> None:
    for parser in parsed.values():
        assert all(not urlsplit(r).scheme or r.startswith("data:") for r in parser.resources)
        assert not parser.scripts  # no inline script: everything is in assets/ and search/
    for asset in (site / "assets").iterdir():
        text = asset.read_text(encoding="utf-8")
        assert not re.search(r"url\(|@import|https?://|fetch\(|XMLHttpRequest|import\(", text), asset


def test_home_page_links_the_ways_in_search_and_graph_files(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    for href in ("legal-bases/index.html", "myths/index.html", "case-examples/index.html", "search.html",
                 "graph.ttl", "graph.jsonld"):
        assert f'href="{href}"' in html
    assert 'role="search"' in html and 'name="q"' in html


def test_pages_are_accessible_by_construction(parsed: dict[Path, PageParser], site: Path) -> None:
    for path in parsed:
        html = path.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in html and 'class="skip-link" href="#main"' in html, path
        assert '<main id="main"' in html and "<h1" in html, path


def test_sitemap_lists_every_page(site: Path, parsed: dict[Path, PageParser]) -> None:
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = {e.text for e in ET.parse(site / "sitemap.xml").getroot().findall("s:url/s:loc", ns)}
    assert locs == {p.relative_to(site).as_posix() for p in parsed}


def test_principle_wordings_show_their_differences(site: Path) -> None:
    html = (site / "principles" / "seven-golden-rules-1.html").read_text(encoding="utf-8")
    assert html.count('class="source-card"') >= 2
    assert '<mark class="diff">' in html


def test_search_data_is_small_sharded_and_stemmed_like_whoosh(site: Path) -> None:
    from whoosh.lang.porter import stem

    data = site / "search"
    index = [p for p in data.iterdir() if p.name != "spelling.js"]  # loaded only for a word found nowhere
    assert sum(p.stat().st_size for p in index) < 1_000_000
    assert max(p.stat().st_size for p in index) < 200_000
    assert (data / "spelling.js").stat().st_size < 600_000  # the words of English, mostly
    meta = json.loads(re.search(r"ggSearch\.add\(\"meta\",(.*)\);", (data / "meta.js").read_text("utf-8")).group(1))
    assert any("gdpr" in group for group in meta["aliases"])
    assert any("cop" in group and "polic" in group for group in meta["aliases"])
    assert {"which", "allow", "should"} <= set(meta["minor"]) and "consent" not in meta["minor"]
    assert terms("Sharing the children's records") == [stem("sharing"), stem("childrens"), stem("records")]
    assert words("Café – naïve ‘quoted’") == ["cafe", "naive", "quoted"]


def _search_data(site: Path, name: str) -> object:
    text = (site / "search" / f"{name}.js").read_text("utf-8")
    return json.loads(re.fullmatch(rf'ggSearch\.add\("{name}",(.*)\);\n', text, re.DOTALL).group(1))


def test_search_data_gives_the_law_each_result_rests_on(site: Path) -> None:
    meta = _search_data(site, "meta")
    rows = []
    for n in range(0, meta["docs"], meta["docShardSize"]):
        rows += _search_data(site, f"d{n // meta['docShardSize']}")
    cites = [row for n in range(meta["citeShards"]) for row in _search_data(site, f"c{n}")]
    assert len(cites) == len(rows) == meta["docs"]
    number = {row[1]: n for n, row in enumerate(rows)}
    cda = number["legal-bases/crime-and-disorder-act-1998.html"]
    # a passage citing section 115, the section's own page and a case example resting on the Act
    s115 = [n for n, row in enumerate(rows) if row[1].startswith("documents/") and "section 115" in row[3]]
    assert s115 and all(cda in cites[n] for n in s115)
    assert cda in cites[number["provisions/ukpga-1998-37-section-115.html"]]
    consent_myth = number["myths/consent-needed-share-personal.html"]
    assert any("GDPR" in rows[n][0] for n in cites[consent_myth])
    # law pages rest on nothing: they are what is ranked
    law = next(kind for kind in meta["kinds"] if kind[0] == "legal-basis")
    assert all(cites[n] == [] for n in range(law[2], law[3]))
    assert all(law[2] <= basis < law[3] for row in cites for basis in row)
    # how many results rest on each (search.js damps law cited everywhere, as which-act does)
    cited = dict(zip((rows[n][0] for n in range(law[2], law[3])), meta["lawCited"], strict=True))
    assert cited["Children Act 1989"] == sum(number["legal-bases/children-act-1989.html"] in row for row in cites)
    assert cited["Children Act 1989"] > cited["Care Act 2014"] > 0


def _vocabulary(site: Path) -> list[str]:
    vocabulary: set[str] = set()
    for shard in (site / "search").glob("d*.js"):
        vocabulary.update(words(shard.read_text(encoding="utf-8")))
    extra = ["caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "motoring", "sing",
             "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing",
             "filing", "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci",
             "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli", "vietnamization",
             "predication", "operator", "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti",
             "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti", "electrical",
             "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable",
             "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou",
             "communism", "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
             "cease", "controll", "roll", "yes", "yelling", "by", "at", "bled", "ized", "bbed", "eed", "ying"]
    return sorted(vocabulary | set(extra))


def test_javascript_stemmer_agrees_with_whoosh(site: Path, tmp_path: Path) -> None:
    from whoosh.lang.porter import stem

    vocabulary = _vocabulary(site)
    stems = in_search_js(site, tmp_path, "cases.map(w => window.ggSearch.stem(w))", vocabulary,
                         "the browser tests check the stemmer too")
    mismatches = [(w, s, stem(w)) for w, s in zip(vocabulary, stems, strict=True) if s != stem(w)]
    assert not mismatches, mismatches[:20]


def test_two_builds_give_byte_identical_sites(site: Path, tmp_path: Path) -> None:
    from guidegraph.build import build
    from guidegraph.config import load_config

    again = tmp_path / "again"
    build(load_config(out=again))
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again / "site"): p.read_bytes() for p in (again / "site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_pages_shared_out_between_processes_are_the_pages_one_process_writes(built_output: Path,
                                                                             tmp_path: Path) -> None:
    from rdflib import Graph

    from guidegraph.config import default_config
    from guidegraph.site import write_site

    # A fresh interpreter: fork is used only where no other thread runs, and pytest's may run some.
    script = (
        "import sys\nfrom pathlib import Path\nfrom rdflib import Graph\n"
        "from guidegraph.config import default_config\nfrom guidegraph.site import write_site\n"
        "graph = Graph().parse(sys.argv[1], format='turtle')\n"
        "result = write_site(graph, Path(sys.argv[2]), default_config().templates, processes=2)\n"
        "print(result.processes)\n"
    )
    shared = subprocess.run([sys.executable, "-c", script, str(built_output / "graph.ttl"), str(tmp_path / "two")],
                            capture_output=True, text=True, check=True, timeout=300)
    assert shared.stdout.strip() == "2", shared.stderr
    graph = Graph().parse(built_output / "graph.ttl", format="turtle")
    alone = write_site(graph, tmp_path / "one", default_config().templates, processes=1)
    assert alone.processes == 1
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_indexed_graph_answers_as_rdflib_does() -> None:
    from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
    from rdflib.plugins.stores.memory import Memory

    from guidegraph.site.indexed import IndexedGraph, indexed
    from guidegraph.store import new_graph

    ex = "http://example.org/"
    a, b, c, p, q = (URIRef(ex + name) for name in ("a", "b", "c", "p", "q"))
    blank = BNode("x")
    triples = [
        (b, p, URIRef(ex + "o2")), (a, p, URIRef(ex + "o1")), (a, p, URIRef(ex + "o2")),  # pos order != spo order
        (a, q, Literal("1", datatype=XSD.integer)), (a, q, Literal("one", lang="en")), (c, q, Literal("one")),
        (blank, p, a), (a, RDF.type, c), (b, RDF.type, c), (c, p, blank),
    ]
    nodes = [a, b, c, blank, URIRef(ex + "o1"), URIRef(ex + "o2"), URIRef(ex + "none")]
    objects = [*nodes, Literal("one"), Literal("one", lang="en"), Literal("1", datatype=XSD.integer), Literal("1")]
    for graph in (Graph(store="Memory"), Graph(store="SimpleMemory"), new_graph()):
        for triple in triples:
            graph.add(triple)
        fast = indexed(graph)
        assert isinstance(fast, IndexedGraph), type(graph.store)
        for s in nodes:
            for pred in (p, q, RDF.type, URIRef(ex + "none")):
                assert fast.value(s, pred) == graph.value(s, pred)
                assert list(fast.objects(s, pred)) == list(graph.objects(s, pred))
                for o in objects:
                    assert ((s, pred, o) in fast) == ((s, pred, o) in graph)
        read = (p, q, RDF.type, URIRef(ex + "none"))
        assert list(fast.rows(c, read)) == [(str(s), [graph.value(s, pred) for pred in read])
                                            for s in graph.subjects(RDF.type, c)]
        for pred in (p, q, RDF.type):
            assert list(fast.subject_objects(pred)) == list(graph.subject_objects(pred))
            for o in objects:
                assert list(fast.subjects(pred, o)) == list(graph.subjects(pred, o))
    shared = Memory()
    one, other = Graph(store=shared, identifier=URIRef(ex + "g1")), Graph(store=shared, identifier=URIRef(ex + "g2"))
    one.add((a, p, b))
    other.add((b, p, c))
    assert indexed(one) is one  # its store holds another graph's triples too: no shortcut


def test_serve_previews_the_site_over_http(site: Path) -> None:
    from guidegraph.site.serve import make_server

    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.server_port}/index.html", timeout=10) as response:
            assert response.status == 200 and b"Sharing information to keep children safe" in response.read()
    finally:
        server.shutdown()
        server.server_close()


def test_serve_builds_first_when_no_build_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import guidegraph.site.serve as serve_module
    from guidegraph.cli import main

    served: list[Path] = []
    monkeypatch.setattr(serve_module, "serve_site", lambda directory, host, port, report: served.append(directory))
    out = tmp_path / "build"
    result = CliRunner().invoke(main, ["serve", "--out", str(out), "--port", "0"])
    assert result.exit_code == 0, result.output
    assert served == [out / "site"] and (out / "site" / "index.html").is_file()


@pytest.mark.parametrize(("kind", "number", "url"), [
    ("section", "47", "https://www.legislation.gov.uk/ukpga/1989/41/section/47"),
    ("section", "115(1)", "https://www.legislation.gov.uk/ukpga/1989/41/section/115"),
    ("schedule", "1 paragraph 18", "https://www.legislation.gov.uk/ukpga/1989/41/schedule/1/paragraph/18"),
    ("section", "59-66", None),
])
def test_a_provision_links_to_its_own_legislation_gov_uk_page(kind: str, number: str, url: str | None) -> None:
    from guidegraph.site.law import _provision_url

    record = {"type": kind, "number": number}
    assert _provision_url("https://www.legislation.gov.uk/ukpga/1989/41", record) == url


def test_a_case_examples_passages_are_searched_at_the_command_lines_weight(built_output: Path,
                                                                          records: dict[str, list[dict]]) -> None:
    # a question told as a story shares a story's everyday words: `guidegraph search` weighs them less
    from rdflib import Graph

    from guidegraph.search_hits import CASE_PASSAGE_WEIGHT
    from guidegraph.site.build import build_pages

    docs, _, _ = build_pages(Graph().parse(built_output / "graph.ttl"))[1]()
    passages = {d.url: d for d in docs if d.kind == "passage"}
    stories = {url for url, d in passages.items() if d.weight != 1.0}
    story_ids = {p for r in records["case-examples"] for p in r["passage_ids"]}
    urls = {f"documents/{slug}.html#p-{rest.replace('/', '-')}" for slug, rest in (p.split("/", 1) for p in story_ids)}
    assert stories and stories == urls & set(passages)
    assert {passages[url].weight for url in stories} == {CASE_PASSAGE_WEIGHT}
    assert all(d.weight == 1.0 for d in docs if d.kind != "passage")


def test_every_kind_of_legislation_the_catalog_holds_is_named_and_grouped() -> None:
    """A law of any legislation.gov.uk type the catalog accepts is named on its page and listed
    under Acts or Regulations, never as "Other legal bases"."""
    from guidegraph.catalog import LEGISLATION_TYPES
    from guidegraph.site.home import type_group
    from guidegraph.site.law import TYPE_LABELS

    assert LEGISLATION_TYPES <= TYPE_LABELS.keys()
    assert {kind: type_group(kind) for kind in ("nisi", "mwa", "uksi", "nisr")} == {
        "nisi": "Acts", "mwa": "Acts", "uksi": "Regulations", "nisr": "Regulations"}
    assert all(type_group(kind) in ("Acts", "Regulations") for kind in LEGISLATION_TYPES)
