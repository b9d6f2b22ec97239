"""OpenDocument texts (.odt): headings, lists and their numbers, tables, notes, what is never
read (tracked deletions, hidden text, contents, headers), meta.xml's properties; hostile files refused."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from helpers import SIDECAR

from guidegraph.errors import ParseError
from guidegraph.read import SUPPORTED_SUFFIXES, read_document
from guidegraph.segment import segment

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
MIMETYPE_NAME = "mimetype"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')
# Named styles as LibreOffice writes them: an encoded name, the name shown, a parent.
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS} office:version="1.3"><office:styles>
  <style:style style:name="Heading" style:family="paragraph"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
    style:parent-style-name="Heading" style:default-outline-level="1"/>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
    style:parent-style-name="Heading" style:default-outline-level="2"/>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>
</office:styles>
<office:master-styles><style:master-page style:name="Standard">
  <style:header><text:p>OFFICIAL running header</text:p></style:header>
  <style:footer><text:p>Page footer text</text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>"""
# content.xml's automatic styles: the paragraphs' own, made from the named ones.
AUTOMATIC = """<office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>
  <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Contents_20_1"/>
  <style:style style:name="P2" style:family="paragraph"><style:text-properties text:display="none"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
  <text:list-style style:name="L1">
    <text:list-level-style-bullet text:level="1" text:bullet-char="•"/>
    <text:list-level-style-bullet text:level="2" text:bullet-char="◦"/>
  </text:list-style>
  <text:list-style style:name="L2">
    <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
    <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
  </text:list-style>
</office:automatic-styles>"""


def content_xml(body: str, automatic: str = AUTOMATIC) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
            f"{automatic}<office:body><office:text>{body}</office:text></office:body></office:document-content>")


def meta_xml(title: str, creator: str, created: str, saved: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f"<meta:initial-creator>{creator}</meta:initial-creator><dc:creator>Jane Smith</dc:creator>"
            f"<dc:title>{title}</dc:title><meta:creation-date>{created}</meta:creation-date>"
            f"<dc:date>{saved}</dc:date></office:meta></office:document-meta>")


def odt(body: str = "", content: str | None = None, styles: str | None = STYLES, meta: str | None = None,
        mimetype: str | None = MEDIA_TYPE, parts: dict[str, str] | None = None) -> bytes:
    """An .odt as LibreOffice packs it: `mimetype` first and stored, then the XML parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype is not None:
            archive.writestr(zipfile.ZipInfo(MIMETYPE_NAME), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content if content is not None else content_xml(body))
        if styles is not None:
            archive.writestr("styles.xml", styles)
        if meta is not None:
            archive.writestr("meta.xml", meta)
        for name, text in (parts or {}).items():
            archive.writestr(name, text)
    return buffer.getvalue()


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def texts(tmp_path: Path, body: str) -> list[str]:
    """The blocks' texts ("heading N: ..." for headings, "- " before items, the number before a numbered one)."""
    blocks = read_document(add(tmp_path, "doc.odt", odt(body))).blocks
    return [(f"heading {b.level}: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.number} " if b.number else "") + b.text for b in blocks]


def p(text: str, style: str = "") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>' if style else f"<text:p>{text}</text:p>"


def test_odt_is_a_supported_format() -> None:
    assert ".odt" in SUPPORTED_SUFFIXES


def test_headings_by_outline_level_and_by_style(tmp_path: Path) -> None:
    body = ('<text:p text:style-name="Title">Information sharing protocol</text:p>'
            '<text:h text:style-name="Heading_20_1" text:outline-level="1">Purpose</text:h>'
            + p("Partners share to keep children safe.")
            + p("Lawful bases", "P1")  # an automatic style whose parent is "Heading 2"
            + '<text:h text:outline-level="3">When to share</text:h>')
    assert texts(tmp_path, body) == [
        "heading 1: Information sharing protocol", "heading 1: Purpose", "Partners share to keep children safe.",
        "heading 2: Lawful bases", "heading 3: When to share"]


def test_bulleted_nested_and_numbered_lists(tmp_path: Path) -> None:
    body = ('<text:list text:style-name="L1">'
            '<text:list-item><text:p>Consent is not the only basis.</text:p>'
            '<text:list><text:list-item><text:p>Public task often applies.</text:p></text:list-item></text:list>'
            '</text:list-item></text:list>'
            '<text:list text:style-name="L2">'
            '<text:list-item><text:p>Screen the contact.</text:p></text:list-item>'
            '<text:list-item><text:p>Check the records.</text:p></text:list-item>'
            # a second level as LibreOffice writes it: an item holding only the nested list
            '<text:list-item><text:list><text:list-item><text:p>Police records.</text:p></text:list-item>'
            '<text:list-item><text:p>School records.</text:p></text:list-item></text:list></text:list-item>'
            '<text:list-item><text:p>Decide within one working day.</text:p></text:list-item>'
            '</text:list>')
    blocks = read_document(add(tmp_path, "doc.odt", odt(body))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("item", "Consent is not the only basis."), ("item", "Public task often applies."),
        ("item", "Screen the contact."), ("item", "Check the records."), ("item", "Police records."),
        ("item", "School records."), ("item", "Decide within one working day.")]
    assert [b.marker for b in blocks][2:] == ["1", "2", "a", "b", "3"]


def test_a_table_row_is_one_paragraph_of_its_cells(tmp_path: Path) -> None:
    body = ('<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>'
            '<table:table-header-rows><table:table-row><table:table-cell><text:p>Basis</text:p></table:table-cell>'
            '<table:table-cell><text:p>Article</text:p></table:table-cell></table:table-row></table:table-header-rows>'
            '<table:table-row><table:table-cell><text:p>Public task</text:p></table:table-cell>'
            '<table:table-cell><text:p>UK GDPR Article 6(1)(e)</text:p></table:table-cell></table:table-row>'
            '</table:table>')
    assert texts(tmp_path, body) == ["Basis | Article", "Public task | UK GDPR Article 6(1)(e)"]


def test_a_footnote_is_marked_and_follows_its_paragraph(tmp_path: Path) -> None:
    body = p('Share under section 47<text:note text:id="ftn1" text:note-class="footnote">'
             '<text:note-citation>1</text:note-citation><text:note-body><text:p>Children Act 1989, s47</text:p>'
             '</text:note-body></text:note> when a child is at risk.') + p("Record the decision.")
    assert texts(tmp_path, body) == [
        "Share under section 47[1] when a child is at risk.", "[1] Children Act 1989, s47", "Record the decision."]


def test_tracked_deletions_comments_and_hidden_text_are_not_read(tmp_path: Path) -> None:
    body = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            '<office:change-info><dc:creator>Jane</dc:creator></office:change-info>'
            '<text:p>Deleted words never shared.</text:p></text:deletion></text:changed-region></text:tracked-changes>'
            + p('Share <text:change text:change-id="ct1"/>early.<office:annotation><dc:creator>Jane</dc:creator>'
                '<text:p>A reviewer asks why.</text:p></office:annotation>')
            + p('A hidden paragraph.<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>')
            + p("A paragraph in a style not displayed.", "P2")
            + p('Seen <text:span text:style-name="T1">not seen </text:span>and '
                '<text:hidden-text text:condition="ooow:1" text:string-value="x" text:is-hidden="true"/>seen.')
            + '<text:section text:name="Notes" text:display="none">' + p("A hidden section.") + "</text:section>"
            + '<text:section text:name="Shown">' + p("A shown section.") + "</text:section>")
    assert texts(tmp_path, body) == ["Share early.", "Seen and seen.", "A shown section."]


def test_a_table_of_contents_is_skipped_and_headers_are_not_read(tmp_path: Path) -> None:
    body = ('<text:table-of-content text:name="Table of Contents1"><text:index-body>'
            '<text:index-title><text:p>Contents</text:p></text:index-title>'
            '<text:p text:style-name="Contents_20_1">Purpose<text:tab/>1</text:p></text:index-body>'
            '</text:table-of-content>'
            '<text:p text:style-name="P3">Purpose<text:tab/>1</text:p>'  # a contents line typed by hand
            '<text:h text:outline-level="1">Purpose</text:h>' + p("Share early."))
    assert texts(tmp_path, body) == ["heading 1: Purpose", "Share early."]


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    body = p('Before the box.<draw:frame draw:name="Frame1" text:anchor-type="paragraph"><draw:text-box>'
             '<text:p>Remember: consent is not always needed.</text:p></draw:text-box></draw:frame> After.')
    assert texts(tmp_path, body) == ["Before the box. After.", "Remember: consent is not always needed."]


def test_spaces_tabs_breaks_links_and_soft_hyphens(tmp_path: Path) -> None:
    body = p('Section<text:s text:c="3"/>47 of the <text:a xlink:href="https://example.org" '
             'xmlns:xlink="http://www.w3.org/1999/xlink">Children Act 1989</text:a><text:line-break/>'
             'applies to multi\u00adagency<text:tab/>work.')
    assert texts(tmp_path, body) == ["Section 47 of the Children Act 1989 applies to multiagency work."]
    blocks = read_document(add(tmp_path, "spaced.odt", odt(p("a<text:s text:c=\"3\"/>b")))).blocks
    assert blocks[0].text == "a b"


def test_without_metadata_the_properties_in_meta_xml_are_preferred(tmp_path: Path) -> None:
    meta = meta_xml("Joint information sharing agreement", "Anytown Safeguarding Children Partnership",
                    "2021-02-01T09:00:00", "2023-11-20T16:30:00.123456789")
    body = '<text:h text:outline-level="1">Draft protocol</text:h>' + p("Share early.")
    document = read_document(add(tmp_path, "protocol.odt", odt(body, meta=meta), sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Joint information sharing agreement", "2023-11-20", "Anytown Safeguarding Children Partnership")
    assert "from the OpenDocument file's properties" in document.warnings[0]


def test_a_sidecar_wins_over_meta_xml(tmp_path: Path) -> None:
    meta = meta_xml("Joint information sharing agreement", "Anytown Council", "2021-02-01T09:00:00",
                    "2022-11-20T16:30:00")
    document = read_document(add(tmp_path, "protocol.odt", odt(p("Share early."), meta=meta)))
    assert (document.meta.title, document.meta.date) == ("Information sharing", "2023")
    assert document.warnings == ()


def zipped(**parts: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04 broken", "not a readable OpenDocument text document (File is not a zip file): check it opens in "
     "LibreOffice, or save it again as .odt"),
    (zipped(**{"word/document.xml": "<w/>"}), "not an OpenDocument text document (a zip without content.xml): "
     "save it from LibreOffice as .odt, or convert it to PDF or text"),
    (odt(content='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
     "content.xml declares a document type, which LibreOffice never writes: refused"),
    (odt(meta='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
     "meta.xml declares a document type, which LibreOffice never writes: refused"),
    (odt(content="<office:document-content"), "not a readable OpenDocument text document (content.xml: unclosed "
     "token: line 1, column 0): open it in LibreOffice and save it again"),
    (odt(content=f"<office:document-content {NS}/>"), "not a readable OpenDocument text document (no text body in "
     "content.xml): open it in LibreOffice and save it again as .odt"),
    (odt(p("Share."), mimetype="application/vnd.oasis.opendocument.spreadsheet"),
     "not an OpenDocument text document: its mimetype is 'application/vnd.oasis.opendocument.spreadsheet', not "
     "application/vnd.oasis.opendocument.text (another kind of file named .odt?): save it from LibreOffice Writer "
     "as .odt, or convert it to PDF or text"),
])
def test_broken_and_hostile_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.odt", data, sidecar=reason.startswith("meta.xml") is False)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_part_that_unpacks_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guidegraph.read import docx_zip

    monkeypatch.setattr(docx_zip, "MAX_PART_BYTES", 1024)
    path = add(tmp_path, "bomb.odt", odt(p("Share early. " * 200)))
    with pytest.raises(ParseError, match=r"bomb\.odt: content\.xml unpacks to over 0 MB"):
        read_document(path)


def test_a_damaged_part_is_a_parse_error(tmp_path: Path) -> None:
    data = bytearray(odt(p("Share early. " * 50)))
    start = data.index(b"content.xml") + len("content.xml")  # the local header's name, then deflated data
    data[start + 10:start + 40] = b"\x00" * 30
    path = add(tmp_path, "damaged.odt", bytes(data))
    with pytest.raises(ParseError, match=r"damaged\.odt: not a readable OpenDocument text document \(content\.xml: "):
        read_document(path)


def test_an_information_sharing_guide_builds_and_cites_its_law(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from guidegraph.cli import main

    body = ('<text:p text:style-name="Title">Information sharing guidance for practitioners</text:p>'
            '<text:h text:outline-level="1">Sharing for a section 47 enquiry</text:h>'
            + p("When there is reasonable cause to suspect that a child is suffering, or is likely to suffer, "
                "significant harm, the local authority must make enquiries under section 47 of the Children Act "
                "1989, and partners must share the information those enquiries need.")
            + '<text:h text:outline-level="1">Myth: data protection law stops us sharing</text:h>'
            + p("Reality: the Data Protection Act 2018 and UK GDPR do not prevent the sharing of information "
                "to keep a child safe; they provide a framework to share it lawfully.")
            + '<text:list text:style-name="L2"><text:list-item><text:p>Record what you shared, with whom and '
              'why.</text:p></text:list-item></text:list>')
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "practitioners-guide.odt").write_bytes(odt(body))
    (corpus / "practitioners-guide.toml").write_text(
        'title = "Information sharing guidance for practitioners"\n'
        'publisher = "Anytown Safeguarding Children Partnership"\ndate = "2024-03"\njurisdictions = ["England"]\n'
        'local_areas = ["Anytown"]\nsource_url = ""\n'
        'rights = "Test fixture written for guidegraph in the shape of real guidance"\npublish = "full"\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    cited = {r["id"]: {row["document"] for row in r["cited_in"]} for r in records["legal-bases"]}
    assert cited["children-act-1989"] == {"practitioners-guide"}
    assert cited["data-protection-act-2018"] == {"practitioners-guide"}
    act = next(r for r in records["legal-bases"] if r["id"] == "children-act-1989")
    assert any(provision["title"] == "section 47" for provision in act["provisions"])
    assert (out / "site" / "documents" / "practitioners-guide.html").is_file()
    assert [r["myth"] for r in records["myths"]] == ["data protection law stops us sharing"]
    segmented = segment(read_document(corpus / "practitioners-guide.odt"))
    titles = {s.key: s.title for s in segmented.sections}
    under = {titles[p.id.split("/")[1]]: p.text for p in segmented.passages}
    assert under["Sharing for a section 47 enquiry"].startswith(
        "When there is reasonable cause to suspect that a child is suffering")
    assert under["Myth: data protection law stops us sharing"] == (
        "Reality: the Data Protection Act 2018 and UK GDPR do not prevent the sharing of information to keep a child "
        "safe; they provide a framework to share it lawfully.\nRecord what you shared, with whom and why.")


def test_a_cell_merged_down_repeats_and_numbered_steps_in_cells_keep_their_numbers(tmp_path: Path) -> None:
    def cell(text: str, rows: int = 1) -> str:
        spanned = f' table:number-rows-spanned="{rows}"' if rows > 1 else ""
        return f"<table:table-cell{spanned}>{text}</table:table-cell>"
    step = '<text:list text:style-name="L2"><text:list-item><text:p>{}</text:p></text:list-item></text:list>'
    body = ("<table:table>"
            f"<table:table-row>{cell(p('Police'), rows=2)}{cell(step.format('Screen the contact'))}</table:table-row>"
            f"<table:table-row><table:covered-table-cell/>{cell(p('Check records'))}</table:table-row>"
            "</table:table>")
    assert texts(tmp_path, body) == ["Police | 1. Screen the contact", "Police | Check records"]


def test_headings_numbered_by_the_outline_and_lists_that_continue(tmp_path: Path) -> None:
    outline = ('<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" '
               'style:num-format="1" style:num-suffix="."/><text:outline-level-style text:level="2" '
               'style:num-format="1" text:display-levels="2"/></text:outline-style>')
    styles = STYLES.replace("</office:styles>", outline + "</office:styles>")
    item = '<text:list-item{}><text:p>{}</text:p></text:list-item>'
    body = ('<text:h text:outline-level="1">Purpose</text:h><text:h text:outline-level="2">Scope</text:h>'
            '<text:h text:outline-level="1">Legal basis</text:h><text:h text:outline-level="2">Consent</text:h>'
            f'<text:list text:style-name="L2">{item.format("", "Ask.")}</text:list>' + p("Between the lists.")
            + f'<text:list text:style-name="L2" text:continue-numbering="true">{item.format("", "Share.")}</text:list>'
            + '<text:list text:style-name="L2">' + item.format(' text:start-value="5"', "Record.") + "</text:list>")
    blocks = read_document(add(tmp_path, "doc.odt", odt(body, styles=styles))).blocks
    assert [(b.kind, b.number or b.marker, b.text) for b in blocks] == [
        ("heading", "1", "Purpose"), ("heading", "1.1", "Scope"), ("heading", "2", "Legal basis"),
        ("heading", "2.1", "Consent"), ("item", "1", "Ask."), ("paragraph", None, "Between the lists."),
        ("item", "2", "Share."), ("item", "5", "Record.")]
