"""Word documents (.docx): headings by style name, list items, table rows, tracked changes; hostile files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from tempfile import TemporaryDirectory

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
         compression: int = zipfile.ZIP_STORED, core: str | None = None, parts: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, text in (parts or {}).items():
            archive.writestr(name, text)
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


# --- Word features a naive reader gets wrong (round 11)


def texts(body: str, **parts: str) -> list[str]:
    """The blocks' texts ("heading: ..." for headings, "- " before items, "3.1 " before a number)."""
    styles = parts.pop("styles", STYLES)
    data = docx(body, styles, parts={f"word/{name}.xml": xml for name, xml in parts.items()})
    with TemporaryDirectory() as folder:
        blocks = read_document(add(Path(folder), "doc.docx", data)).blocks
    return [("heading: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.number} " if b.number else "") + b.text for b in blocks]


def level(ilvl: int, fmt: str, pattern: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{pattern}"/></w:lvl>')


SYMBOL_BULLET = "\uf0b7"  # Word's bullet is a Symbol-font glyph, no character the text reader knows
NUMBERING = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="7">{level(0, "decimal", "%1.")}'
             f'{level(1, "decimal", "%1.%2")}{level(2, "lowerLetter", "%3)")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="8">{level(0, "bullet", SYMBOL_BULLET)}{level(1, "lowerRoman", "(%2)")}'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num></w:numbering>')
NUMBERED_STYLES = STYLES.replace('<w:name w:val="heading 1"/>',
                                 '<w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>')


def numbered(text: str, num_id: int, ilvl: int, style: str | None = None) -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:p><w:pPr>{style_xml}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{text}</w:t></w:r></w:p>')


def test_automatic_numbers_are_read_as_word_draws_them() -> None:
    """Numbers from numbering.xml, not the text: a heading numbered by its style, clauses "1.1",
    counters that restart under a new heading, "a)" and "(i)" items, bullets that are no character."""
    body = "".join([para("Purpose", "berschrift1"), numbered("Partners share early.", 1, 1),
                    numbered("Record decisions.", 1, 1), numbered("who asked;", 1, 2), numbered("why.", 1, 2),
                    para("Legal basis", "berschrift1"), numbered("Section 47 applies.", 1, 1),
                    numbered("Police", 2, 0), numbered("the first duty", 2, 1), numbered("an unknown list", 9, 0),
                    '<w:p><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'
                    '<w:r><w:t>Unnumbered.</w:t></w:r></w:p>'])
    assert texts(body, numbering=NUMBERING, styles=NUMBERED_STYLES) == [
        "heading: 1 Purpose", "1.1 Partners share early.", "1.2 Record decisions.", "- who asked;", "- why.",
        "heading: 2 Legal basis", "2.1 Section 47 applies.", "- Police", "- the first duty", "- an unknown list",
        "Unnumbered."]


def test_tracked_changes_read_as_if_accepted() -> None:
    """Inserted and moved-in text is read; deleted and moved-away text, and a deleted row, are not."""
    def run(text: str) -> str:
        return f"<w:r><w:t>{text}</w:t></w:r>"
    body = ("<w:p>" + run("Follow ") + '<w:del w:id="1"><w:r><w:delText>the 2018 guidance</w:delText></w:r></w:del>'
            + '<w:ins w:id="2">' + run("Working Together 2023") + "</w:ins>" + run(".") + "</w:p>"
            + '<w:p><w:moveFrom w:id="3">' + run("The DSL is Mrs Khan.") + "</w:moveFrom></w:p>"
            + para("Contacts are below.")
            + '<w:p><w:moveTo w:id="4">' + run("The DSL is Mrs Khan.") + "</w:moveTo></w:p>"
            + '<w:tbl><w:tr><w:tc>' + para("Kept row") + '</w:tc></w:tr><w:tr><w:trPr><w:del w:id="5"/></w:trPr>'
            + "<w:tc>" + para("Deleted row") + "</w:tc></w:tr></w:tbl>")
    assert texts(body) == ["Follow Working Together 2023.", "Contacts are below.", "The DSL is Mrs Khan.", "Kept row"]


FOOTNOTES = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve">'
             ' Children Act 1989, s47.</w:t></w:r></w:p></w:footnote></w:footnotes>')
ENDNOTES = (f'<w:endnotes {NS}><w:endnote w:id="1"><w:p><w:r><w:t>Children Act 2004, section 11.</w:t></w:r>'
            '</w:p></w:endnote></w:endnotes>')


def test_notes_follow_the_paragraph_that_marks_them() -> None:
    """A note's text is its own paragraph after its mark's ("[1] Children Act 1989, s47.", as the
    footnote extractor reads), not lost and not inside the sentence; endnotes number on from footnotes."""
    body = ('<w:p><w:r><w:t>Enquiries must be made.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'
            '<w:r><w:t xml:space="preserve"> Then a plan is agreed</w:t></w:r><w:r><w:endnoteReference w:id="1"/>'
            '</w:r><w:r><w:t>.</w:t></w:r></w:p>' + para("Next paragraph."))
    assert texts(body, footnotes=FOOTNOTES, endnotes=ENDNOTES) == [
        "Enquiries must be made.[1] Then a plan is agreed[2].", "[1] Children Act 1989, s47.",
        "[2] Children Act 2004, section 11.", "Next paragraph."]


MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def test_a_text_box_is_read_once_after_its_paragraph() -> None:
    """Word writes a text box twice (mc:Choice for new Word, mc:Fallback for old): one copy is read,
    its paragraphs as paragraphs of their own rather than glued into the paragraph holding it."""
    box = ("<w:txbxContent>" + para("Myth: consent is always needed.") + para("Fact: No – it is not.")
           + "</w:txbxContent>")
    body = (f'<w:p><w:r><w:t>The panel answers a worry.</w:t></w:r><w:r><mc:AlternateContent {MC}>'
            f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
    assert texts(body) == ["The panel answers a worry.", "Myth: consent is always needed.", "Fact: No – it is not."]


def test_content_controls_hyperlinks_fields_and_breaks() -> None:
    """A cover page in a content control (its title in another) is read; a hyperlink's text is
    text; a field's result is read and its instruction is not; a line break is a space."""
    body = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Cover Pages"/></w:docPartObj></w:sdtPr>'
            '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr><w:sdt><w:sdtPr><w:alias w:val="Title"/>'
            '</w:sdtPr><w:sdtContent><w:r><w:t>Sharing protocol</w:t></w:r></w:sdtContent></w:sdt></w:p>'
            '</w:sdtContent></w:sdt>'
            '<w:p><w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<w:r><w:t>Section 47</w:t></w:r></w:hyperlink><w:r><w:br/><w:t>applies, see page </w:t></w:r>'
            '<w:fldSimple w:instr=" PAGEREF _Toc1 \\h "><w:r><w:t>4</w:t></w:r></w:fldSimple>'
            '<w:r><w:t>.</w:t></w:r></w:p>')
    assert texts(body) == ["heading: Sharing protocol", "Section 47 applies, see page 4."]


def test_a_contents_field_and_the_running_header_are_not_content() -> None:
    """Contents entries (styled "toc 1", with or without a content control round them) repeat the
    headings with page numbers, and a TOC field's instruction is no text; headers are not read."""
    styles = STYLES.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="Verzeichnis1">'
                            '<w:name w:val="toc 1"/></w:style></w:styles>')
    body = ('<w:p><w:pPr><w:pStyle w:val="Verzeichnis1"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>1. Purpose</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:p>'
            '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' + para("1. Purpose", "berschrift1"))
    header = f"<w:hdr {NS}>{para('OFFICIAL - SENSITIVE')}</w:hdr>"
    assert texts(body, styles=styles, header1=header) == ["heading: 1 Purpose"]


def test_merged_and_nested_cells_keep_rows_whole() -> None:
    """A cell merged down (vMerge) repeats its text in each row it spans; a span across columns is one
    cell; a "continue" with no merge started above stays empty; a nested table's rows follow its row."""
    def cell(text: str = "", props: str = "") -> str:
        return f"<w:tc>{'<w:tcPr>' + props + '</w:tcPr>' if props else ''}{para(text) if text else '<w:p/>'}</w:tc>"
    nested = "<w:tbl><w:tr>" + cell("Academies") + cell("Education Act 2002, s157") + "</w:tr></w:tbl>"
    body = ("<w:tbl>"
            + "<w:tr>" + cell("Council", '<w:vMerge w:val="restart"/>') + cell("Article 6(1)(e)") + "</w:tr>"
            + "<w:tr>" + cell("", "<w:vMerge/>") + cell("Article 6(1)(c)") + "</w:tr>"
            + "<w:tr>" + cell("Police") + cell("DPA 2018 Part 3", '<w:gridSpan w:val="2"/>') + "</w:tr>"
            + "<w:tr>" + cell("Schools") + "<w:tc>" + para("Public task") + nested + "</w:tc></w:tr>"
            + "<w:tr>" + cell("Youth justice") + cell("", "<w:vMerge/>") + "</w:tr></w:tbl>")
    assert texts(body) == ["Council | Article 6(1)(e)", "Council | Article 6(1)(c)", "Police | DPA 2018 Part 3",
                           "Schools | Public task", "Academies | Education Act 2002, s157", "Youth justice"]


def test_content_nested_thousands_deep_is_refused(tmp_path: Path) -> None:
    """Reading descends into content controls; a hostile file nesting them past Python's recursion
    limit is refused as unreadable, not a crash."""
    depth = 5000
    body = "<w:sdt><w:sdtContent>" * depth + para("Deep.") + "</w:sdtContent></w:sdt>" * depth
    with pytest.raises(ParseError, match="nest too deeply"):
        read_document(add(tmp_path, "deep.docx", docx(body)))


# --- round 12: lists restarted, numbers in cells, tabs in running text


def test_a_list_restarted_or_set_to_a_value_counts_apart() -> None:
    """A `w:num` overriding its start (or its whole level, "(i)" for "1.") counts on its own; the
    list it broke from counts on after it."""
    overrides = NUMBERING.replace("</w:numbering>", '<w:num w:numId="3"><w:abstractNumId w:val="7"/>'
                                  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
                                  '<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
                                  f'{level(0, "lowerRoman", "(%1)")}</w:lvlOverride></w:num></w:numbering>')
    body = "".join([numbered("Ask.", 1, 0), numbered("Share.", 3, 0), numbered("Record.", 3, 0),
                    numbered("Review.", 1, 0), numbered("Check.", 4, 0)])
    assert texts(body, numbering=overrides) == ["- Ask.", "- Share.", "- Record.", "- Review.", "- Check."]
    data = docx(body, STYLES, parts={"word/numbering.xml": overrides})
    with TemporaryDirectory() as folder:
        blocks = read_document(add(Path(folder), "doc.docx", data)).blocks
    assert [b.marker for b in blocks] == ["1", "5", "6", "2", "i"]


def test_numbers_in_cells_are_drawn_and_tabs_in_running_text_are_spaces() -> None:
    """A step numbered in its cell keeps its number and its row; a tab after a typed clause number
    marks the clause (as one after a typed bullet marks the item), a tab inside running text (a
    leader tab before "s.47") is a space, not a cell."""
    cell = "<w:tc>{}</w:tc>"
    body = ("<w:tbl><w:tr>" + cell.format(numbered("Screen the contact", 1, 0))
            + cell.format(para("Same day")) + "</w:tr></w:tbl>"
            + '<w:p><w:r><w:t>2.1</w:t><w:tab/><w:t>the police help.</w:t></w:r></w:p>'
            + '<w:p><w:r><w:t>Enquiries are made under:</w:t></w:r></w:p>'
            + '<w:p><w:r><w:t>Children Act 1989</w:t><w:tab/><w:t>s.47</w:t></w:r></w:p>'
            + '<w:p><w:r><w:t>o</w:t><w:tab/><w:t>Section 17 assessments</w:t></w:r></w:p>')
    assert texts(body, numbering=NUMBERING) == ["1. Screen the contact | Same day", "2.1 the police help.",
                                                "Enquiries are made under:", "Children Act 1989 s.47",
                                                "- Section 17 assessments"]


# --- styles of an organisation's own (round 20)

OWN_STYLES = NUMBERED_STYLES.replace("</w:styles>", (
    # based on Heading 1: a heading numbered in its list
    '<w:style w:type="paragraph" w:styleId="Anhang"><w:name w:val="Appendix Heading"/>'
    '<w:basedOn w:val="berschrift1"/></w:style>'
    # based on Heading 1, its numbering taken off in the style
    '<w:style w:type="paragraph" w:styleId="Ohne"><w:name w:val="Heading 1 Unnumbered"/>'
    '<w:basedOn w:val="berschrift1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>'
    # based on Heading 1 but set to body text (outline level 9): no heading
    '<w:style w:type="paragraph" w:styleId="Betont"><w:name w:val="Emphasis Text"/>'
    '<w:basedOn w:val="berschrift1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
    # its outline level set in the style itself
    '<w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Chapter Title"/>'
    '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>'))


def test_a_style_of_an_organisations_own_heads_as_its_base_or_outline_level_says() -> None:
    body = "".join([para("Purpose", "berschrift1"), para("Legal bases", "Anhang"), para("Notes", "Ohne"),
                    para("Stressed words in the text.", "Betont"), para("Part two", "Kapitel"),
                    # a paragraph's own "no numbering" (numId 0) takes its style's away
                    '<w:p><w:pPr><w:pStyle w:val="berschrift1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/>'
                    '</w:numPr></w:pPr><w:r><w:t>Scenarios</w:t></w:r></w:p>', para("Scope", "berschrift1")])
    assert texts(body, styles=OWN_STYLES, numbering=NUMBERING) == [
        "heading: 1 Purpose", "heading: 2 Legal bases", "heading: Notes", "Stressed words in the text.",
        "heading: Part two", "heading: Scenarios", "heading: 3 Scope"]
