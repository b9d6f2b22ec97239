"""Web pages saved as one file (.mhtml by Chrome and Edge, .mht by Internet Explorer and Word) read as
a careful reader reads the page: the root HTML part (the multipart/related `start`, else the first
page) in its charset, read exactly as a saved .html page is; its stylesheets, pictures and frames
never text; what the page records of itself (else the archive's Subject and the address it was
saved from) as its metadata when it came with none."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
from helpers import UNSEEN

from guidegraph.errors import ParseError
from guidegraph.model import Document
from guidegraph.read import SUPPORTED_SUFFIXES, read_document

COUNCIL = "hollinbrook-council-sharing-information-page.mhtml"
TRUST = "ashmere-dunstow-nhs-trust-intranet-sharing-page.mht"
BOUNDARY = "----MultipartBoundary--t3stB0undary----"


def _texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def _without_metadata(tmp_path: Path, name: str) -> Document:
    """The fixture read as a page dropped into a corpus with no sidecar."""
    return read_document(Path(shutil.copy(UNSEEN / name, tmp_path / name)))


def _archive(*parts: tuple[str, bytes], subject: str = "Sharing information | Anytown Council",
             start: str | None = None) -> bytes:
    """A page saved as Chrome saves one: its headers, then each part's headers and body."""
    started = f';\r\n\tstart="{start}"' if start else ""
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.anytown.example.gov.uk/sharing\r\n"
            f"Subject: {subject}\r\nDate: Wed, 12 Mar 2025 10:41:07 -0000\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"{started}\r\n\r\n\r\n')
    body = b"".join(f"--{BOUNDARY}\r\n{headers}\r\n\r\n".encode() + data + b"\r\n" for headers, data in parts)
    return head.encode() + body + f"--{BOUNDARY}--\r\n".encode()


def _page(text: str, head: str = "<title>Sharing information | Anytown Council</title>",
          encoding: str = "utf-8") -> bytes:
    return (f"<!DOCTYPE html><html><head>{head}</head><body><main><h1>Sharing information</h1>{text}</main>"
            "</body></html>").encode(encoding)


def _saved(tmp_path: Path, data: bytes, name: str = "page.mhtml") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


_HTML = "Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable"


def test_mhtml_and_mht_are_supported_formats() -> None:
    assert {".mhtml", ".mht"} <= set(SUPPORTED_SUFFIXES)


# ---------------------------------------------------------------------------------------------
# The council's page, saved by Chrome: quoted-printable HTML, a stylesheet, a logo, a frame


def test_the_council_pages_guidance_is_read_with_its_headings_and_list() -> None:
    blocks = read_document(UNSEEN / COUNCIL).blocks
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == [
        ("Sharing information about a child", 1), ("When to share", 2), ("What the law says", 2),
        ("Myths and facts", 2), ("Recording your decision", 2), ("Report a concern online", 2)]
    assert [b.text for b in blocks if b.kind == "item"] == [
        "Record the date and time you shared and the name of the person you spoke to.",
        "Record whether you asked for consent, and if you did not, why not.",
        "Keep your record where your service keeps its case records."]


def test_quoted_printable_is_undone_each_sentence_whole() -> None:
    texts = _texts(read_document(UNSEEN / COUNCIL))
    # soft line breaks ("=" at 76 characters), "=3D" and a curly apostrophe as "=E2=80=99" undone
    assert ("Everyone who works with children in Hollinbrook has a part to play in keeping them safe. This page "
            "explains when you should share information about a child with children’s social care or another "
            "agency, the law that supports you, and how to record what you decide.") in texts
    assert "Myth: I need the parents’ consent before I can share a worry about their child" in texts
    assert any(t.startswith("Fact: You do not always need consent.") for t in texts)


def test_the_council_pages_furniture_styles_logo_and_frame_are_not_text() -> None:
    texts = "\n".join(_texts(read_document(UNSEEN / COUNCIL)))
    for furniture in ("Cookies on the Hollinbrook", "Accept additional cookies", "Skip to main content",
                      "Bins and recycling", "Council Tax", "Home", "Accessibility statement", "© Hollinbrook",
                      "Saved by Blink", "Snapshot-Content-Location", "MultipartBoundary", "=3D", "=E2",
                      "@charset", "background-color", "iVBOR", "PNG", "mhtml.blink", "cid:",
                      # the referral form, saved as a frame of its own: only the root page is read
                      "Professional referral form", "Tell us about the child you are worried about", "asterisk"):
        assert furniture not in texts, furniture


# ---------------------------------------------------------------------------------------------
# The trust's intranet page, saved by Internet Explorer: Windows-1252, base64


def test_the_trusts_windows_1252_page_in_base64_is_decoded() -> None:
    texts = _texts(read_document(UNSEEN / TRUST))
    assert ("The Trust’s policy follows the seventh Caldicott principle: the duty to share information for "
            "individual care is as important as the duty to protect patient confidentiality. Staff should have the "
            "confidence to share information in the best interests of the child.") in texts
    assert any("checked the Child Protection – Information Sharing record" in t for t in texts)
    assert "What we learned: bruising in a baby who is not yet mobile must always be shared, and checking the " \
           "earlier attendances is part of every assessment." in texts


def test_the_trusts_page_is_read_without_the_intranets_chrome() -> None:
    document = read_document(UNSEEN / TRUST)
    assert [(b.text, b.level) for b in document.blocks if b.kind == "heading"] == [
        ("Safeguarding children: when and how to share information", 1), ("The duty to share", 2),
        ("Sharing without consent", 2), ("Case example: Baby L", 2), ("How to share and record", 2)]
    assert [b.marker for b in document.blocks if b.kind == "item"] == ["1", "2", "3"]
    texts = "\n".join(_texts(document))
    for furniture in ("Staff Zone", "intranet", "HR and pay", "Safeguarding adults", "Contact the team",
                      "Page owner", "For internal use only", "Saved by Windows Internet Explorer", "NextPart",
                      "This is a multi-part message", "font-family", "PCFET0NUWVBF"):
        assert furniture not in texts, furniture
    assert not [w for w in document.warnings if "charset" in w]  # it declares its own, and its bytes fit


# ---------------------------------------------------------------------------------------------
# What a saved page says of itself, for a page that came with no metadata


def test_a_page_without_metadata_takes_its_title_publisher_and_date(tmp_path: Path) -> None:
    document = _without_metadata(tmp_path, COUNCIL)
    meta = document.meta
    assert meta.title == "Sharing information about a child"  # the <title> without the council's name
    assert meta.publisher == "Hollinbrook Borough Council"  # og:site_name
    assert meta.date == "2025-02-10"  # article:modified_time, not the day it was saved (12 March 2025)
    assert meta.source_url == "https://www.hollinbrook.gov.uk/children-and-families/sharing-information-about-a-child"
    assert "title 'Sharing information about a child' from the page's <title>" in document.warnings[0]
    trust = _without_metadata(tmp_path, TRUST).meta
    assert (trust.publisher, trust.date) == ("Ashmere and Dunstow NHS Foundation Trust", "2024-09-02")  # DC.*


def test_an_intranet_pages_title_is_taken_without_the_intranets_name(tmp_path: Path) -> None:
    title = _without_metadata(tmp_path, TRUST).meta.title
    assert title == "Safeguarding children: when and how to share information"


def test_a_page_with_no_title_takes_the_archives_subject(tmp_path: Path) -> None:
    data = _archive((_HTML, _page("<p>Share early, and record why you shared.</p>", head="")),
                    subject="Sharing information early | Anytown Council")
    document = read_document(_saved(tmp_path, data))
    assert document.meta.title == "Sharing information early"
    assert "from the saved page's Subject" in document.warnings[0]
    assert _texts(document) == ["Sharing information", "Share early, and record why you shared."]


# ---------------------------------------------------------------------------------------------
# Which part is the page, and in what charset


def test_the_start_parameter_names_the_root_page(tmp_path: Path) -> None:
    frame = _page("<p>The frame's own words.</p>")
    root = _page("<p>The root page's words.</p>")
    data = _archive(("Content-Type: text/css\r\nContent-Location: https://www.anytown.example.gov.uk/site.css",
                     b"body { color: black; }"),
                    (f"{_HTML}\r\nContent-ID: <frame-1@mhtml.blink>", frame),
                    (f"{_HTML}\r\nContent-ID: <page-root@mhtml.blink>", root),
                    start="<page-root@mhtml.blink>")
    assert _texts(read_document(_saved(tmp_path, data))) == ["Sharing information", "The root page's words."]


def test_without_start_the_first_html_part_is_the_page(tmp_path: Path) -> None:
    data = _archive(("Content-Type: text/css", b"body { color: black; }"),
                    ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64", base64.b64encode(b"\x89PNG\r\n")),
                    (_HTML, _page("<p>The page's words.</p>")),
                    (_HTML, _page("<p>A frame's words.</p>")))
    assert _texts(read_document(_saved(tmp_path, data))) == ["Sharing information", "The page's words."]


def test_a_charset_named_only_by_the_pages_meta_is_read(tmp_path: Path) -> None:
    page = _page("<p>Children’s services – share early.</p>", head='<meta charset="windows-1252">', encoding="cp1252")
    data = _archive(("Content-Type: text/html\r\nContent-Transfer-Encoding: binary", page))
    document = read_document(_saved(tmp_path, data))
    assert "Children’s services – share early." in _texts(document)
    assert not [w for w in document.warnings if "charset" in w]


def test_a_wrong_charset_falls_back_with_a_warning(tmp_path: Path) -> None:
    page = _page("<p>Children’s services – share early.</p>", encoding="cp1252")
    data = _archive(("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: binary", page))
    document = read_document(_saved(tmp_path, data))
    assert "Children’s services – share early." in _texts(document)
    assert [w for w in document.warnings if "'utf-8'" in w and "Windows-1252" in w]


def test_a_word_single_file_web_page_is_read(tmp_path: Path) -> None:
    # Word's "Single File Web Page": no From or Subject, the page's Content-Location a file on the writer's disk
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=windows-1252"><title>Information sharing protocol</title></head>'
            '<body lang=EN-GB><div class=WordSection1><h1>Information sharing protocol</h1>'
            '<p class=MsoNormal>Share what is necessary and proportionate.</p></div></body></html>')
    data = ('MIME-Version: 1.0\r\nX-Document-Type: Document\r\nContent-Type: multipart/related; '
            'boundary="----=_NextPart_01DB8C2E.5A6B7C80"\r\n\r\nThis document is a Single File Web Page, also known '
            'as a Web Archive file.\r\n\r\n------=_NextPart_01DB8C2E.5A6B7C80\r\nContent-Location: '
            'file:///C:/D3F2A1B0/Informationsharingprotocol.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n'
            'Content-Type: text/html; charset="us-ascii"\r\n\r\n' + html.replace("=", "=3D") +
            '\r\n\r\n------=_NextPart_01DB8C2E.5A6B7C80--\r\n').encode("ascii")
    document = read_document(_saved(tmp_path, data, "protocol.mht"))
    assert _texts(document) == ["Information sharing protocol", "Share what is necessary and proportionate."]


# ---------------------------------------------------------------------------------------------
# Refusals


def _refused(path: Path) -> str:
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert caught.value.path == path and str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


def test_an_html_page_named_mhtml_is_refused_with_what_to_do(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, _page("<p>Share early.</p>")))
    assert "an HTML page, not a page saved as a single file" in reason and "rename it" in reason and ".html" in reason


def test_a_file_that_is_not_mime_is_refused(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, b"Information sharing\r\n\r\nShare early.\r\n", "notes.mht"))
    assert "not a web page saved as a single file" in reason and "save the page again" in reason


def test_an_archive_with_no_html_part_is_refused(tmp_path: Path) -> None:
    data = _archive(("Content-Type: text/css", b"body { color: black; }"),
                    ("Content-Type: image/png\r\nContent-Transfer-Encoding: base64", base64.b64encode(b"\x89PNG\r\n")))
    reason = _refused(_saved(tmp_path, data))
    assert "no HTML page" in reason and "save the page again" in reason


def test_deeply_nested_parts_are_refused_quickly(tmp_path: Path) -> None:
    depth = 3000
    head = b"".join(b"--b%d\r\nContent-Type: multipart/related; boundary=b%d\r\n\r\n" % (i, i + 1)
                    for i in range(depth))
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in range(depth, -1, -1))
    raw = (b"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b0\r\n\r\n"
           + head + b"--b%d\r\nContent-Type: text/html\r\n\r\n<p>Share early.</p>\r\n" % depth + tail)
    reason = _refused(_saved(tmp_path, raw))
    assert "too deep" in reason and "save the page again" in reason


def test_a_huge_part_header_is_refused(tmp_path: Path) -> None:
    data = _archive(("Content-Type: text/html; name=" + "a" * 10000, _page("<p>Share early.</p>")))
    assert "header is over" in _refused(_saved(tmp_path, data))
