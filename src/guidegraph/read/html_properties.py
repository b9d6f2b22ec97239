"""What a web page records of itself, for a page that came with no metadata: its <title> without
the site's name, its publication and update dates and its publisher in <meta> (read.inferred
prefers them, where good, to what the page's text suggests)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from guidegraph.model import FileProperties
from guidegraph.read.html_dropped import in_furniture
from guidegraph.read.inferred import found, good_date, good_publisher, good_title, site_organisation, without_site_name

# "Anytown Council logo", "Home - Anytown Council": a logo's description, around the site's name
_LOGO_WORD = re.compile(r"^(?:home\s*[-|:]\s*)|\s*[-|:]?\s*(?:logo|home\s*page|homepage)$", re.IGNORECASE)
_SITE_NAME_WORDS = 6
_FIRST_LINKS = 15

# <meta> names (or properties) of a page's publication and update dates (the latest is taken), and of its
# publisher (the first found is taken).
_DATE_META = frozenset({
    "article:published_time", "article:modified_time", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.issued", "dcterms.modified", "govuk:public-updated-at", "govuk:first-published-at",
})
_PUBLISHER_META = ("dc.publisher", "dcterms.publisher", "govuk:primary-publishing-organisation",
                   "govuk:organisations", "og:site_name")


def page_properties(soup: BeautifulSoup) -> FileProperties:
    """What a page (parsed by `page_soup`) records of itself: its <title> (without the site's
    name), its latest date in <meta> (else in a <time> of its content) and its publisher in <meta>."""
    meta = _meta_values(soup)
    publisher = next((name for key in _PUBLISHER_META for name in [good_publisher(meta.get(key))] if name), None)
    sites = {name.lower() for name in (meta.get("og:site_name"), publisher) if name} | _home_link_names(soup)
    meta_date = max(filter(None, (good_date(meta.get(key)) for key in _DATE_META)), default=None)
    time_date = max(filter(None, (good_date(time.get("datetime")) for time in soup.find_all("time")
                                  if not in_furniture(time))), default=None)
    title = _title_tag(soup)
    site = site_organisation(title.get_text()) if title is not None and publisher is None else None
    return FileProperties(
        title=found(good_title(_page_title(soup, sites)), "the page's <title>"),
        date=found(meta_date, "the page's <meta>") or found(time_date, "the page's <time>"),
        publisher=found(publisher, "the page's <meta>") or found(good_publisher(site), "the page's <title>"),
    )


def _meta_values(soup: BeautifulSoup) -> dict[str, str]:
    """Each <meta>'s content by its name or property, lower-cased; the first of a name wins."""
    values: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = str(meta.get("name") or meta.get("property") or "").strip().lower()
        values.setdefault(key, str(meta.get("content") or ""))
    return values


def _page_title(soup: BeautifulSoup, sites: set[str]) -> str | None:
    """The page's <title>, without the site's name before or after it."""
    title = _title_tag(soup)
    return None if title is None else without_site_name(title.get_text(), sites)


def _home_link_names(soup: BeautifulSoup) -> set[str]:
    """The names a page gives its site (lower-cased): the text of a link to the site's home page, or
    the description of the logo in it ("Staff Zone", "Anytown Council logo" less its "logo"), among
    the page's first links, where a site names itself (later ones may be other sites' home pages)."""
    names = set()
    for link in soup.find_all("a", href=True, limit=_FIRST_LINKS):
        href = str(link["href"]).strip()
        parts = urlsplit(href)
        if href.startswith("#") or parts.path.strip("/") or parts.query:
            continue
        logo = link.find("img", alt=True)
        text = link.get_text(" ", strip=True) or (str(logo["alt"]) if logo is not None else "")
        name = _LOGO_WORD.sub("", " ".join(text.split()))
        if name and len(name.split()) <= _SITE_NAME_WORDS:
            names.add(name.lower())
    return names


def _title_tag(soup: BeautifulSoup) -> Tag | None:
    """The page's <title>, not an image's."""
    return next((tag for tag in soup.find_all("title") if tag.find_parent(["svg", "math"]) is None), None)
