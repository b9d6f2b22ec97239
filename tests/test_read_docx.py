"""Word documents (.docx): headings by style name, list items, table rows, tracked changes; hostile files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from helpers import SIDECAR

from guidegraph.errors import ParseError
from guidegraph.read import read_document

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Style ids are the language's ("Überschrift 1" has id "berschrift1"); their names are not.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
  <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Listenabsatz"><w:name w:val="List Paragraph"/></w:style>
</w:styles>"""


def para(text: str, style: str | None = None, numbered: bool = False) -> str:
    properties = ""
    if style or numbered:
        properties = ("<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
                      + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else "")
                      + "</w:pPr>")
    return f"<w:p>{properties}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


BODY = "".join([
    para("Information sharing protocol", "Titel"),
    para("1. Purpose", "berschrift1"),
    # one sentence over several runs, a hyperlink, a tracked deletion and a field code
    '<w:p><w:r><w:t xml:space="preserve">Partners share under </w:t></w:r>'
    '<w:hyperlink><w:r><w:t>section 47 of the Children Act 1989</w:t></w:r></w:hyperlink>'
    '<w:del><w:r><w:delText> (deleted words)</w:delText></w:r></w:del>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:t>.</w:t></w:r></w:p>',
    para("Lawful bases", "berschrift2"),
    para("Consent is not the only basis.", "Listenabsatz"),
    para("The public task basis often applies.", numbered=True),
    "<w:tbl><w:tr><w:tc>" + para("Basis") + "</w:tc><w:tc>" + para("Article") + "</w:tc></w:tr>"
    "<w:tr><w:tc>" + para("Public task") + "</w:tc><w:tc>" + para("UK GDPR Article 6(1)(e)") + "</w:tc></w:tr>"
    "</w:tbl>",
    "<w:p/>",  # an empty paragraph
    '<w:p><w:r><w:t>4.11</w:t></w:r><w:r><w:tab/><w:t>Record every decision.</w:t></w:r></w:p>',
])


def docx(body: str = BODY, styles: str | None = STYLES, document: str | None = None,
         compression: int = zipfile.ZIP_STORED, core: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document if document is not None else
                         f'<?xml version="1.0"?><w:document {NS}><w:body>{body}</w:body></w:document>')
        if styles is not None:
            archive.writestr("word/styles.xml", styles)
        if core is not None:
            archive.writestr("docProps/core.xml", core)
    return buffer.getvalue()


def core_xml(title: str, creator: str, created: str, modified: str, doctype: str = "") -> str:
    """docProps/core.xml as Word writes it."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
            '<cp:lastModifiedBy>Jane Smith</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def test_headings_paragraphs_items_and_rows(tmp_path: Path) -> None:
    blocks = read_document(add(tmp_path, "protocol.docx", docx())).blocks
    assert [(b.kind, b.level, b.text) for b in blocks if b.kind == "heading"] == [
        ("heading", 1, "Information sharing protocol"), ("heading", 1, "Purpose"), ("heading", 2, "Lawful bases")]
    texts = [b.text for b in blocks if b.kind != "heading"]
    assert texts[0] == "Partners share under section 47 of the Children Act 1989."
    assert [b.text for b in blocks if b.kind == "item"] == [
        "Consent is not the only basis.", "The public task basis often applies."]
    assert "Basis | Article" in texts and "Public task | UK GDPR Article 6(1)(e)" in texts
    numbered = next(b for b in blocks if b.text == "Record every decision.")
    assert numbered.number == "4.11"
    assert not any("deleted" in b.text or "PAGE" in b.text for b in blocks)


def test_without_styles_part_headings_are_plain_paragraphs(tmp_path: Path) -> None:
    blocks = read_document(add(tmp_path, "plain.docx", docx(body=para("Share early.", "Heading1"), styles=None))).blocks
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "Share early.")]


def test_without_metadata_it_is_taken_from_the_text(tmp_path: Path) -> None:
    document = read_document(add(tmp_path, "protocol.docx", docx(), sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publish) == (
        "Information sharing protocol", "1989", "excerpts")


def test_without_metadata_the_word_files_properties_are_preferred(tmp_path: Path) -> None:
    core = core_xml("Joint information sharing agreement", "Anytown Safeguarding Children Partnership",
                    "2021-02-01T09:00:00Z", "2023-11-20T16:30:00Z")
    document = read_document(add(tmp_path, "protocol.docx", docx(core=core), sidecar=False))
    meta = document.meta
    assert (meta.title, meta.date, meta.publisher) == (
        "Joint information sharing agreement", "2023-11-20", "Anytown Safeguarding Children Partnership")
    assert ("title 'Joint information sharing agreement' from the Word file's properties, date 2023-11-20 from "
            "the Word file's properties") in document.warnings[0]


def test_a_placeholder_title_and_a_person_as_creator_are_not_taken(tmp_path: Path) -> None:
    core = core_xml("Document1", "Jane Smith", "2022-05-03T09:00:00Z", "2022-05-04T09:00:00Z")
    meta = read_document(add(tmp_path, "protocol.docx", docx(core=core), sidecar=False)).meta
    assert (meta.title, meta.date, meta.publisher) == ("Information sharing protocol", "2022-05-04", "not recorded")


def test_a_sidecar_wins_over_the_word_files_properties(tmp_path: Path) -> None:
    core = core_xml("Joint information sharing agreement", "Anytown Council", "2021-02-01T09:00:00Z",
                    "2022-11-20T16:30:00Z")
    document = read_document(add(tmp_path, "protocol.docx", docx(core=core)))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing", "2023", "Anytown Safeguarding Children Partnership")
    assert document.warnings == ()


def test_properties_declaring_a_document_type_are_refused(tmp_path: Path) -> None:
    hostile = core_xml("&a;&a;", "x", "2021", "2021", doctype='<!DOCTYPE d [<!ENTITY a "aaaa">]>')
    path = add(tmp_path, "hostile.docx", docx(core=hostile), sidecar=False)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: docProps/core.xml declares a document type, which Word never writes: refused"


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04 broken", "not a readable Word document (File is not a zip file): check it opens in Word, "
     "or save it again as .docx"),
    (docx(document='<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
     "word/document.xml declares a document type, which Word never writes: refused"),
    (docx(document="<w:document"), "not a readable Word document (word/document.xml: unclosed token: line 1, "
     "column 0): open it in Word and save it again"),
    (docx(document=f"<w:document {NS}/>"), "not a readable Word document (no document body): open it in Word "
     "and save it again"),
])
def test_broken_and_hostile_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.docx", data)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_zip_that_is_not_a_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office/>")
    path = add(tmp_path, "notes.docx", buffer.getvalue())
    with pytest.raises(ParseError, match=r"notes\.docx: not a Word document \(a zip without word/document\.xml\)"):
        read_document(path)


def test_a_word_document_builds_and_cites_its_law(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from guidegraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add(corpus, "protocol.docx", docx())
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    act = next(r for r in records["legal-bases"] if r["id"] == "children-act-1989")
    assert {row["document"] for row in act["cited_in"]} == {"protocol"}
    assert any(p["title"] == "section 47" for p in act["provisions"])
    assert (out / "site" / "documents" / "protocol.html").is_file()


def test_an_agreement_saved_by_word_tooling(tmp_path: Path) -> None:
    """tests/fixtures/unseen/word-information-sharing-agreement.docx was written with python-docx,
    so it has the parts, styles ("Heading 1", "List Bullet", "List Number", "Table Grid") and
    numbering Word writes."""
    import json
    import shutil

    from click.testing import CliRunner
    from helpers import UNSEEN

    from guidegraph.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in UNSEEN.glob("word-information-sharing-agreement.*"):
        shutil.copy(path, corpus)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in records["provisions"]} >= {
        "ukpga/1989/41/section/47", "ukpga/1989/41/section/17", "ukpga/1998/37/section/115",
        "ukpga/2004/31/section/11", "eur/2016/679/article/6/1/e", "eur/2016/679/article/9/2/g",
        "ukpga/2018/12/schedule/1/paragraph/18", "echr/article/8"}
    assert {r["id"] for r in records["legal-bases"]} >= {"common-law-duty-of-confidence", "human-rights-act-1998"}
    rules = [r for r in records["principles"] if "/seven-golden-rules/" in r["id"]]
    assert len(rules) == 7
    assert sorted(r["myth"] for r in records["myths"]) == [
        "data protection law stops us sharing", "we always need consent to share"]
