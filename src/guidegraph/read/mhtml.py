"""Read a web page saved as one file (.mhtml: Chrome and Edge's "Save as... Webpage, Single File";
.mht: Internet Explorer's "Web Archive, single file" and Word's "Single File Web Page") into blocks.

A saved page is MIME, as a saved e-mail is: headers (Chrome's `From: <Saved by Blink>`, the page's
title as `Subject:`, the address it was saved from as `Snapshot-Content-Location:`, the day it was
saved as `Date:`), then a `multipart/related` of the page's HTML and everything it shows: its
stylesheets, pictures and fonts, and each frame (an iframe's page, named by a `cid:` or its
address) as an HTML part of its own. The page's HTML is the part the `start` parameter names, else
the first HTML part; Chrome writes it quoted-printable with no charset in its header (the page's
`<meta>` names it), Internet Explorer often base64 in the page's Windows code page.

What a careful reader reads: the page, exactly as a saved .html page is read (site chrome,
navigation and cookie banners dropped; headings, lists and tables kept). Only the page itself: a
frame is a form, a video or an advert far more often than the page's text, and a warning says so
when the page has no text of its own but frames beside it. Stylesheets, pictures, fonts and
scripts are never text; nothing is fetched. For a page that came with no metadata, what the page
records of itself (its `<title>`, its `<meta>` dates and publisher) is taken as a saved .html
page's is; else the archive's Subject (the title the browser saw), and the address it was saved
from as the document's source. The archive's Date is the day the page was saved, not the day it
was published: never its date.

Refused: a file that is no MIME (an HTML page given the wrong name is told to take .html), one with
no HTML page in it, and shapes no browser writes (parts nested too deep or too many, a part's
header too long: the limits are `mime`'s).
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from bs4 import BeautifulSoup

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.inferred import found, good_title, good_url, without_site_name
from guidegraph.read.mime import MALFORMED, Writer, header, part_text, refuse_deep, refuse_hostile

_BROWSER = Writer("saved page", "a browser",
                  "save the page again from the browser (Save as..., \"Webpage, Single File\")")
_MIME_HEADERS = frozenset({"mime-version", "content-type"})
# The charset a page names in its <meta>, within the first bytes, where the browser looks for it.
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.IGNORECASE)
_CHARSET_SCAN = 4096
_BYTE_ORDER_MARKS = ("\ufeff".encode("utf-8"), b"\xff\xfe", b"\xfe\xff")

Parsed = tuple[list[Block], list[str]]


def read_mhtml(path: Path, data: bytes) -> tuple[Parsed, FileProperties]:
    """Blocks of a saved page's own HTML, with warnings; and what the page (else the archive's
    headers) says of itself. Parsed once: a page saved with its pictures takes a while to parse."""
    try:
        archive = _archive(path, data)
        root, frames = _pages(path, archive)
        soup, warnings = _page_soup(path, root)
        (blocks, read_warnings), properties = _read(soup), _properties(archive, root, soup)
    except MALFORMED as err:
        raise ParseError(path, f"not a readable saved page ({err}): {_BROWSER.remedy}") from None
    if not blocks and frames:
        read_warnings = [f"the page has no text of its own; its {frames} frame(s), saved beside it, are not read: "
                         "open the frame's own address and save that page instead"]
    return (blocks, warnings + read_warnings), properties


def _archive(path: Path, data: bytes) -> EmailMessage:
    start = data[:_CHARSET_SCAN]
    for mark in _BYTE_ORDER_MARKS:
        start = start.removeprefix(mark)
    if start.lstrip().startswith(b"<"):
        raise ParseError(path, "is an HTML page, not a page saved as a single file (MHTML): rename it to .html")
    refuse_hostile(path, data, _BROWSER)
    try:
        archive = BytesParser(policy=default).parsebytes(data)
    except (RecursionError, *MALFORMED) as err:
        raise ParseError(path, f"not a readable saved page ({err}): {_BROWSER.remedy}") from None
    if not {name.lower() for name in archive.keys()} & _MIME_HEADERS:
        raise ParseError(path, "not a web page saved as a single file (MHTML): it does not start with MIME headers "
                         f"(MIME-Version, Content-Type): {_BROWSER.remedy}")
    return archive


def _pages(path: Path, archive: EmailMessage) -> tuple[EmailMessage, int]:
    """The root page (the part `start` names, else the first HTML part) and how many frames beside it."""
    pages: list[EmailMessage] = []
    _collect_pages(path, archive, 0, pages)
    if not pages:
        raise ParseError(path, f"no HTML page in it (only {_kinds(archive)}): {_BROWSER.remedy}")
    start = _unbracketed(str(archive.get_param("start") or "")) if archive.is_multipart() else ""
    named = [page for page in pages if start and start in (_unbracketed(page["content-id"] or ""),
                                                           str(page["content-location"] or ""))]
    root = (named or pages)[0]
    return root, len(pages) - 1


def _collect_pages(path: Path, part: EmailMessage, depth: int, pages: list[EmailMessage]) -> None:
    refuse_deep(path, depth, _BROWSER)
    if part.is_multipart():
        for inner in part.get_payload():
            _collect_pages(path, inner, depth + 1, pages)
    elif part.get_content_type() in ("text/html", "application/xhtml+xml"):
        pages.append(part)


def _kinds(archive: EmailMessage) -> str:
    kinds = sorted({part.get_content_type() for part in archive.walk() if not part.is_multipart()})
    return ", ".join(kinds) or "no parts"


def _unbracketed(content_id: str) -> str:
    return content_id.strip().removeprefix("<").removesuffix(">").strip()


def _page_soup(path: Path, root: EmailMessage) -> tuple[BeautifulSoup, list[str]]:
    """The root page parsed, in the charset its part names, else the one its <meta> names."""
    from guidegraph.read.html import page_soup

    payload = root.get_payload(decode=True) or b""  # decoded again by part_text: the page alone, not its pictures
    meta = _META_CHARSET.search(payload[:_CHARSET_SCAN])
    text, warnings = part_text(path, root, _BROWSER, meta[1].decode("ascii") if meta else None)
    return page_soup(text), warnings


def _read(soup: BeautifulSoup) -> Parsed:
    from guidegraph.read.html import read_page

    return read_page(soup)


def _properties(archive: EmailMessage, root: EmailMessage, soup: BeautifulSoup) -> FileProperties:
    """The page's own <title>, dates and publisher; else the archive's Subject as its title; the
    address it was saved from as its source."""
    from guidegraph.read.html_properties import page_properties

    page = page_properties(soup)
    sites = {page.publisher.value.lower()} if page.publisher else set()
    subject = without_site_name(header(archive, "subject") or "", sites)
    address = good_url(header(archive, "snapshot-content-location") or header(root, "content-location"))
    return FileProperties(
        title=page.title or found(good_title(subject), "the saved page's Subject"),
        date=page.date,
        publisher=page.publisher,
        source_url=found(address, "the address the page was saved from"),
    )
