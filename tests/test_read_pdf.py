"""PDFs: text layer to blocks, page furniture gone, scanned and broken files handled."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from fpdf import FPDF

from guidegraph.errors import ParseError
from guidegraph.model import Block
from guidegraph.read import read_document
from guidegraph.read.pdf import NO_TEXT_WARNING, parse_pdf, pdf_properties

SIDECAR = """\
title = "Information sharing"
publisher = "Anytown Safeguarding Children Partnership"
date = 2024
jurisdictions = ["England"]
local_areas = []
source_url = ""
rights = "Crown copyright"
publish = "full"
"""
PATH = Path("guide.pdf")


def new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # so the core fonts can print "•"
    pdf.set_auto_page_break(True, margin=15)
    return pdf


def write_lines(pdf: FPDF, *lines: str, size: int = 10, style: str = "") -> None:
    pdf.set_font("Helvetica", style, size)
    for line in lines:
        pdf.multi_cell(0, 5 if size <= 12 else 10, line, new_x="LMARGIN", new_y="NEXT")


def two_page_guide() -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "1. Sharing information", size=16, style="B")
    write_lines(pdf, "Practitioners should share information when it is necessary to protect a child "
                     "from harm, and record what they shared, with whom and why they shared it.")
    pdf.ln(4)
    write_lines(pdf, "Consent is not always needed. Share with:")
    pdf.ln(4)
    write_lines(pdf, "• the police", "• health visitors and GPs", "• schools")
    pdf.set_y(-30)
    write_lines(pdf, "A sentence that begins on the first page and")
    pdf.add_page()
    write_lines(pdf, "ends on the second page.")
    pdf.ln(4)
    write_lines(pdf, "Seek advice <from the DSL> when *unsure* [1].")
    return bytes(pdf.output())


def test_two_page_guide() -> None:
    blocks, warnings = parse_pdf(PATH, two_page_guide())
    assert warnings == []
    assert blocks == [
        Block("heading", "Sharing information", 1, 1, level=1, number="1"),
        Block("paragraph", "Practitioners should share information when it is necessary to protect a child "
              "from harm, and record what they shared, with whom and why they shared it.", 3, 3),
        Block("paragraph", "Consent is not always needed. Share with:", 5, 5),
        Block("item", "the police", 7, 7, marker="•"),
        Block("item", "health visitors and GPs", 8, 8, marker="•"),
        Block("item", "schools", 9, 9, marker="•"),
        Block("paragraph", "A sentence that begins on the first page and ends on the second page.", 11, 11),
        Block("paragraph", "Seek advice <from the DSL> when *unsure* [1].", 13, 13),
    ]


def test_running_headers_footers_and_page_numbers_removed() -> None:
    pdf = new_pdf()
    sections = ["Purpose", "Consent", "Recording", "Review"]
    for page, section in enumerate(sections, start=1):
        pdf.add_page()
        write_lines(pdf, "Anytown SCP - Information sharing procedures", size=8)
        pdf.ln(6)
        write_lines(pdf, f"{page}. {section}", size=14, style="B")
        pdf.ln(2)
        write_lines(pdf, f"What to know about {section.lower()}.")
        pdf.set_y(-20)
        write_lines(pdf, f"Page {page} of 4", size=8)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        kind_text for page, section in enumerate(sections, start=1)
        for kind_text in (("heading", str(page), section), ("paragraph", None, f"What to know about "
                                                                                f"{section.lower()}."))
    ]


def test_heading_levels_follow_type_size() -> None:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Information sharing", size=20, style="B")
    write_lines(pdf, "Introduction", size=14, style="B")
    write_lines(pdf, "Some text.")
    write_lines(pdf, "Consent", size=14, style="B")
    write_lines(pdf, "More text.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("heading", "Information sharing", 1), ("heading", "Introduction", 2), ("paragraph", "Some text.", 0),
        ("heading", "Consent", 2), ("paragraph", "More text.", 0),
    ]


def test_scanned_pdf_warns_and_gives_no_blocks(tmp_path: Path) -> None:
    pdf = new_pdf()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # an image-only page: no text layer
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert parse_pdf(path, path.read_bytes()) == ([], [NO_TEXT_WARNING])
    (tmp_path / "scan.toml").write_text(SIDECAR)
    document = read_document(path)
    assert document.blocks == ()
    assert document.warnings == ("scan.pdf: no text layer (scanned PDF?): nothing extracted",)


def test_garbage_named_pdf() -> None:
    with pytest.raises(ParseError) as caught:
        parse_pdf(PATH, b"This is not a PDF at all, just some bytes \x00\x01\x02" * 10)
    assert str(caught.value).startswith("guide.pdf: not a readable PDF (")
    assert str(caught.value).endswith("): check the file opens in a PDF viewer, or save it again")


def test_truncated_pdf() -> None:
    data = two_page_guide()
    with pytest.raises(ParseError, match=r"^guide\.pdf: not a readable PDF"):
        parse_pdf(PATH, data[: len(data) // 2])


def test_password_protected_pdf() -> None:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Confidential.")
    pdf.set_encryption(owner_password="owner", user_password="user")
    with pytest.raises(ParseError) as caught:
        parse_pdf(PATH, bytes(pdf.output()))
    assert str(caught.value) == "guide.pdf: password-protected PDF: save a copy without a password"


def test_pdf_encrypted_only_against_editing_is_read() -> None:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Readable by anyone.")
    pdf.set_encryption(owner_password="owner")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == ["Readable by anyone."]


def test_word_broken_at_line_end_rejoined() -> None:
    """A word cut at a line or page end is one word again; a compound keeps its hyphen."""
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Agencies must work in a multi-", "agency way and share informa-", "tion early.")
    pdf.ln(4)
    pdf.set_y(-30)
    write_lines(pdf, "Record the decision and the practi-")
    pdf.add_page()
    write_lines(pdf, "tioner who made it.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [
        "Agencies must work in a multi-agency way and share information early.",
        "Record the decision and the practitioner who made it.",
    ]


def test_a_compounds_first_half_written_elsewhere_keeps_its_hyphen() -> None:
    """"life-" over "limiting" in a document that writes "life-threatening": a compound, not one word."""
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "We care for children with life-", "limiting and life-threatening conditions.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == ["We care for children with life-limiting and life-threatening conditions."]


def test_paragraph_set_in_large_type_is_not_a_heading() -> None:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Summary", size=18, style="B")
    pdf.ln(4)
    write_lines(pdf, "This summary is set in a larger type than the body text and it runs over many lines "
                     "of the page, so it reads as a paragraph even though every line of it is short enough "
                     "to be a heading on its own when taken one line at a time.", size=13)
    pdf.ln(4)
    write_lines(pdf, "Body text in the usual size, long enough to be the most common size in the document, "
                     "which it has to be for the body size to be found. " * 4)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [(b.kind, b.text[:20]) for b in blocks] == [
        ("heading", "Summary"), ("paragraph", "This summary is set "), ("paragraph", "Body text in the usu"),
    ]


def test_running_header_with_changing_title_and_page_number_removed() -> None:
    pdf = new_pdf()
    sections = ["Purpose", "Consent", "Recording", "Review"]
    for page, section in enumerate(sections, start=1):
        pdf.add_page()
        write_lines(pdf, f"Chapter {page}: {section} {page + 10}", size=8)  # printed pages start at 11
        pdf.ln(6)
        write_lines(pdf, f"{page}. {section}", size=14, style="B")
        write_lines(pdf, f"What to know about {section.lower()}.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks if b.kind == "heading"] == sections
    assert not any("Chapter" in b.text for b in blocks)


def pdf_with_properties(title: str, author: str, created: datetime.datetime) -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Sharing information safely", size=18, style="B")
    write_lines(pdf, "The Data Protection Act 2018 allows practitioners to share information.")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(created)
    return bytes(pdf.output())


MARCH_2020 = datetime.datetime(2020, 3, 15, 10, 30, tzinfo=datetime.timezone.utc)


def test_without_metadata_the_pdfs_properties_are_preferred(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(pdf_with_properties("Information sharing protocol", "Anytown Council", MARCH_2020))
    document = read_document(path)
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing protocol", "2020-03-15", "Anytown Council")  # not the text's heading or 2018
    assert document.warnings[0].startswith(
        "guide.pdf: no metadata: taken from its text and properties: title 'Information sharing protocol' from "
        "the PDF's properties, date 2020-03-15 from the PDF's properties, England (it names no nation), publisher "
        "Anytown Council from the PDF's properties;")


def test_a_junk_title_and_a_person_as_author_give_way_to_the_text(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(pdf_with_properties("Microsoft Word - x.docx", "Jane Smith", MARCH_2020))
    document = read_document(path)
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Sharing information safely", "2020-03-15", "not recorded")
    assert "title 'Sharing information safely', date 2020-03-15 from the PDF's properties" in document.warnings[0]


@pytest.mark.parametrize("junk", ["Untitled", "Microsoft PowerPoint - slides", "ISA_policy_v3_final",
                                  "policy draft.pdf", "Document1", "PowerPoint Presentation"])
def test_placeholder_titles_are_not_titles(junk: str) -> None:
    assert pdf_properties(PATH, pdf_with_properties(junk, "Department for Education", MARCH_2020)).title is None


def test_a_sidecar_wins_over_the_pdfs_properties(tmp_path: Path) -> None:
    path = tmp_path / "guide.pdf"
    path.write_bytes(pdf_with_properties("Information sharing protocol", "Anytown Council", MARCH_2020))
    path.with_suffix(".toml").write_text(SIDECAR)
    document = read_document(path)
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing", "2024", "Anytown Safeguarding Children Partnership")
    assert document.warnings == ()


def browser_printed(pages: list[list[str]], title: str) -> bytes:
    """A web page saved as PDF by a browser: the date, time and title in small type at the head of
    each page, the address and the page number at its foot."""
    pdf = new_pdf()
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_y(5)
        write_lines(pdf, f"11/22/26, 11:09 AM {title}", size=7)
        pdf.set_y(20)
        write_lines(pdf, *lines)
        pdf.set_y(-12)
        write_lines(pdf, f"https://www.example.gov.uk/guidance/sharing {number}/{len(pages)}", size=7)
    return bytes(pdf.output())


@pytest.mark.parametrize("pages", [1, 2], ids=["one page", "two pages"])
def test_a_browsers_print_stamps_are_furniture(pages: int) -> None:
    texts = [[f"Practitioners reading page {n + 1} should share information when it is necessary to protect a "
               f"child from harm.", "They record what they shared, with whom, and why they shared it."]
             for n in range(pages)]
    blocks, _ = parse_pdf(PATH, browser_printed(texts, "Information sharing - GOV.UK"))
    assert [b.text for b in blocks] == [" ".join(page) for page in texts]


def test_a_line_on_the_same_spot_of_both_pages_of_two_is_a_running_header() -> None:
    pdf = new_pdf()
    for text in ("Consent is not always needed to share.", "Record what you shared and why."):
        pdf.add_page()
        write_lines(pdf, "Anytown Partnership information sharing leaflet", size=8)
        pdf.ln(6)
        write_lines(pdf, text)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == ["Consent is not always needed to share.", "Record what you shared and why."]


def test_a_large_heading_wrapped_over_two_lines_is_one_heading() -> None:
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.multi_cell(80, 11, "Information sharing advice for safeguarding practitioners", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    write_lines(pdf, "Advice for practitioners on sharing information to safeguard children.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Information sharing advice for safeguarding practitioners"),
        ("paragraph", "Advice for practitioners on sharing information to safeguard children."),
    ]


@pytest.mark.parametrize(("creator", "producer"), [
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36",
     "Skia/PDF m156"),
    ("Mozilla Firefox", "cairo 1.18.0 (https://cairographics.org)"),
    ("", "Microsoft: Print To PDF"),
])
def test_a_printed_pages_properties_give_its_title_without_the_site_and_no_date(creator: str, producer: str) -> None:
    """A browser dates the PDF the day it prints it, and titles it with the page's <title>."""
    pdf = FPDF()
    pdf.add_page()
    write_lines(pdf, "Information sharing advice for safeguarding practitioners, published in 2024.")
    pdf.set_title("Information sharing advice for safeguarding practitioners - GOV.UK")
    pdf.set_creator(creator)
    pdf.set_producer(producer)
    pdf.set_creation_date(MARCH_2020)
    properties = pdf_properties(PATH, bytes(pdf.output()))
    assert properties.title is not None and properties.date is None
    assert properties.title.value == "Information sharing advice for safeguarding practitioners"


def test_a_site_name_around_a_pages_title_is_left_out() -> None:
    from guidegraph.read.inferred import without_site_name

    assert without_site_name("Information sharing - GOV.UK") == "Information sharing"
    assert without_site_name("Anytown LSCP | Sharing information | Anytown Council") == "Sharing information"
    assert without_site_name("Consent - when to ask", {"anytown"}) == "Consent - when to ask"
    assert without_site_name("GOV.UK", {"gov.uk"}) is None


def test_a_tables_cells_printed_side_by_side_are_read_as_rows() -> None:
    """Each cell's lines come out of the text layer one cell after another (single-line cells on
    one baseline as one line): rebuilt, each row is one paragraph of its cells, as in Word."""
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Myths and realities about information sharing.")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(40, 60), text_align="LEFT") as table:
        for cells in [("Myth", "Reality"),
                      ("I need consent before I share anything.", "No. Consent is one lawful basis among several; if "
                       "asking would put a child at risk, share without it."),
                      ("GDPR stops me sharing.", "No. It is a framework for sharing lawfully.")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    write_lines(pdf, "Record what you shared and why.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [
        "Myths and realities about information sharing.", "Myth | Reality",
        "I need consent before I share anything. | No. Consent is one lawful basis among several; if asking would "
        "put a child at risk, share without it.",
        "GDPR stops me sharing. | No. It is a framework for sharing lawfully.", "Record what you shared and why."]


def test_a_cells_second_paragraph_stays_in_its_cell() -> None:
    """A paragraph below a row, at the left edge of a cell after the first, carries that cell on
    (the next row starts with its first cell)."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(40, 60), text_align="LEFT", v_align="TOP") as table:
        for cells in [("Myth", "Reality"),
                      ("I need consent before I share anything.",
                       "No. Consent is one lawful basis among several.\n\nIf asking would put a child at risk, share "
                       "without it."),
                      ("GDPR stops me sharing.", "No. It is a framework for sharing lawfully.")]:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [
        "Myth | Reality", "I need consent before I share anything. | No. Consent is one lawful basis among several. "
        "If asking would put a child at risk, share without it.",
        "GDPR stops me sharing. | No. It is a framework for sharing lawfully."]


def test_text_set_in_columns_is_no_table() -> None:
    """Two columns of running prose stand side by side too, but a sentence runs on from one into
    the other: they stay one column after the other."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    left = "Practitioners should share information when it is necessary to protect a child, and"
    pdf.multi_cell(85, 5, left, new_x="RIGHT", new_y="TOP")
    pdf.set_x(110)
    pdf.multi_cell(85, 5, "they should record what they shared, with whom and why they shared it.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [f"{left} they should record what they shared, with whom and why they "
                                        "shared it."]


def test_list_items_printed_without_markers_stay_apart() -> None:
    """A browser draws bullets as shapes, leaving no marker in the text layer: a finished sentence
    on a line with room for the next line's first word ends its item."""
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Practitioners should share information when it is necessary to protect a child from harm, and "
                     "they should record what they shared, with whom and why they shared it, so that others can "
                     "follow the decision.")
    pdf.ln(4)
    write_lines(pdf, "Myth: I need consent to share. Reality: No, not always.",
                "Myth: GDPR stops me sharing. Reality: No.", "Record what you shared.")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks][1:] == ["Myth: I need consent to share. Reality: No, not always.",
                                            "Myth: GDPR stops me sharing. Reality: No.", "Record what you shared."]


def test_a_footnotes_mark_is_superscript_and_each_note_its_own_paragraph() -> None:
    """The mark is set small and raised (here by a text rise), as the HTML reader gives it; the
    notes at the page's foot are not one paragraph."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.write(5, "The local authority must make enquiries where a child may be suffering significant harm.")
    pdf.char_vpos = "SUP"
    pdf.write(5, "3")
    pdf.char_vpos = "LINE"
    pdf.write(5, " Other agencies must help.")
    pdf.set_y(-40)
    write_lines(pdf, "3 Section 47 of the Children Act 1989.", "4 Schedule 1 to the Data Protection Act 2018.", size=8)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [
        "The local authority must make enquiries where a child may be suffering significant harm.³ Other agencies "
        "must help.", "3 Section 47 of the Children Act 1989.", "4 Schedule 1 to the Data Protection Act 2018."]


def test_a_running_header_written_after_the_page_body_is_dropped() -> None:
    """A header placed by CSS sits at the top of the page but comes after the body in the text
    layer, with the footer and page number still to come (two pages: the text reader, which
    drops a line repeated three times, cannot tell)."""
    pdf = new_pdf()
    texts = [f"Page {n} of the protocol says that consent is not always needed to share information, that "
             "practitioners record what they shared, with whom and why, and that they seek advice from their "
             f"designated safeguarding lead whenever they are unsure, as page {n} says." for n in ("one", "two")]
    for number, text in enumerate(texts, start=1):
        pdf.add_page()
        pdf.set_y(30)
        write_lines(pdf, text)
        pdf.set_y(8)
        write_lines(pdf, "Anytown Partnership information sharing protocol", size=8)
        pdf.set_y(-30)
        write_lines(pdf, "Approved by the partnership board", f"Page {number}", size=8)
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == texts


def test_items_filling_a_narrow_column_stay_apart_and_prose_stays_whole() -> None:
    """Items with no marker that fill their narrow column leave no room for the next one's first
    word: a run of lines most of which start an entry is a list. Prose whose lines now and then
    start with a name ("Children Act", "Front Door") stays one paragraph."""
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    prose = ("If a child is in danger, call the police before you contact the Lakeside Front Door or the "
             "Multi-Agency Safeguarding Hub, who act under section 47 of the Children Act 1989 and share "
             "what they learn with the Designated Safeguarding Lead of the school.")
    pdf.multi_cell(62, 5, prose, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    items = ["The full name and date of birth of the child", "The names of the parents and any carers",
             "The address where the child now lives", "The school or setting the child attends"]
    for item in items:
        pdf.multi_cell(62, 5, item, new_x="LMARGIN", new_y="NEXT")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [b.text for b in blocks] == [prose, *items]


def test_points_set_in_under_their_title_are_a_list_whose_bullets_are_shapes() -> None:
    """A browser draws bullets as shapes and sets the items right of the line leading into them, by
    the room the bullets take: two or more entries there are a list. One paragraph set in (a
    quotation), or a line running on into the next (a reference's hanging indent), is none."""
    pdf = new_pdf()
    pdf.add_page()
    write_lines(pdf, "Share information early to keep children safe.")
    pdf.ln(4)
    write_lines(pdf, "Key messages")
    points = ["Where there is a child protection concern, relevant information must be shared with social work "
              "or the police without delay.", "Record what you shared, with whom, when and why."]
    for point in points:
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(150, 5, point, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    write_lines(pdf, "The guidance says:")
    pdf.set_x(pdf.l_margin + 6)
    pdf.multi_cell(150, 5, "Practitioners should share information when it is necessary to protect a child from "
                           "harm. They should record what they shared.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    write_lines(pdf, "Department for Education (2023) Working Together to Safeguard Children, and")
    pdf.set_x(pdf.l_margin + 6)
    pdf.multi_cell(150, 5, "Information Sharing: Advice for Practitioners. London.", new_x="LMARGIN", new_y="NEXT")
    blocks, _ = parse_pdf(PATH, bytes(pdf.output()))
    assert [(b.kind, b.text) for b in blocks][1:] == [
        ("paragraph", "Key messages"), *(("item", point) for point in points),
        ("paragraph", "The guidance says:"),
        ("paragraph", "Practitioners should share information when it is necessary to protect a child from harm. "
                      "They should record what they shared."),
        ("paragraph", "Department for Education (2023) Working Together to Safeguard Children, and Information "
                      "Sharing: Advice for Practitioners. London.")]
