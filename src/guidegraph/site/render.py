"""Rendering: the jinja2 environment (autoescape, StrictUndefined, a `url` filter), pages, assets, sitemap."""

from __future__ import annotations

import os
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context as JinjaContext

from guidegraph.site.home import SITE_NAME
from guidegraph.site.jsonld import script_json
from guidegraph.site.page_cache import PageCache
from guidegraph.site.pages import Page
from guidegraph.site.paths import index_page, page_depth, relative

ASSETS = "assets"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NAV = (
    ("Legal bases", index_page("legal-bases")),
    ("Myths", index_page("myths")),
    ("Case examples", index_page("case-examples")),
    ("Principles", index_page("principles")),
    ("Documents", index_page("documents")),
    ("Search", "search.html"),
)


@pass_context
def url_filter(context: JinjaContext, target: str) -> str:
    """A link from the page being rendered to `target` (a path from the site root)."""
    return relative(target, context["depth"])


class _Environment(Environment):
    """Contexts are plain dicts: `item.url` in a template looks the key up first, where jinja2's own
    lookup tries an attribute first and pays for an AttributeError on every dict it meets."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def environment(templates: Path) -> Environment:
    """The environment every page is rendered with, its templates compiled once, here."""
    env = _Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change during a build: no stat() per page
    )
    env.filters["url"] = url_filter
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)  # compiled before any worker is forked, so each need not compile them
    return env


def render(env: Environment, page: Page, contents: dict[str, Any] | None = None) -> str:
    """One page's HTML: its own context (`contents`, when already built) plus what every page shows
    (navigation, search box, JSON-LD)."""
    template = env.get_template(page.template)
    nav = [{"title": title, "url": url, "current": url == page.path} for title, url in NAV]
    return template.render(
        **(page.contents() if contents is None else contents),
        page={"title": page.title, "path": page.path, "kind": page.kind, "description": page.description},
        depth=page_depth(page.path),
        site_name=SITE_NAME,
        nav=nav,
        jsonld=script_json(page.jsonld) if page.jsonld is not None else "",
    )


def make_folders(pages: Iterable[Page], site: Path) -> None:
    """Every folder pages go in, made once before any page is written."""
    for folder in sorted({(site / page.path).parent for page in pages}):
        folder.mkdir(parents=True, exist_ok=True)


def write_pages(env: Environment, pages: Iterable[Page], site: Path, kept: PageCache | None = None) -> list[str]:
    """Render and write pages into their folders (made by `make_folders`); return their paths. A
    page is taken from `kept` when it holds the page's key, and kept there when rendered: a
    document's page has its key already (of its inputs), any other page's is that of its context.

    Written as UTF-8 bytes, "\n" line ends on every system, through a plain `open`: thousands of
    files, where `Path.write_text`'s text layer and path objects cost more than the writing."""
    written = []
    root = str(site)
    for page in pages:
        key, contents = page.key, None
        if kept and not key:
            contents = page.contents()
            key = kept.context_key(page, contents)
        html = kept.load(key) if kept and key else None
        if html is None:
            html = render(env, page, contents).encode("utf-8")
            if kept and key:
                kept.save(key, html)
        with open(os.path.join(root, page.path), "wb") as handle:
            handle.write(html)
        written.append(page.path)
    return written


def copy_assets(templates: Path, site: Path) -> None:
    """Stylesheets and scripts, byte for byte."""
    source = templates / ASSETS
    for path in sorted(source.rglob("*")):
        if path.is_file():
            target = site / ASSETS / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def write_sitemap(paths: Iterable[str], site: Path) -> None:
    """sitemap.xml with page paths relative to the site root (prefix them with the site's address)."""
    urlset = ET.Element("urlset", xmlns=SITEMAP_NS)
    for path in sorted(paths):
        ET.SubElement(ET.SubElement(urlset, "url"), "loc").text = path
    ET.indent(urlset)
    tree = ET.ElementTree(urlset)
    with open(site / "sitemap.xml", "wb") as handle:
        tree.write(handle, encoding="utf-8", xml_declaration=True)
        handle.write(b"\n")
