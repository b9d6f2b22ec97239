"""Word 97-2003 documents (.doc): the compound file read by hand, the text through the piece table
(8-bit and UTF-16 pieces), the main document, its footnotes and endnotes, Word's special characters and
fields, headings from the style sheet, table rows, automatic list numbers from the list tables (a
paragraph's own, or its style's), the summary information's properties; broken, hostile, encrypted and
misnamed files."""

from __future__ import annotations

import shutil
import struct
import sys
import time
from pathlib import Path

import pytest
from helpers import SIDECAR, UNSEEN
from test_trust_properties import in_linear_time, seconds_to

from guidegraph.errors import ParseError
from guidegraph.read import SUPPORTED_SUFFIXES, read_document

sys.path.insert(0, str(UNSEEN / "doc-sources"))
from doc_parts import (  # noqa: E402
    BUILT_IN,
    BULLET_TEXT,
    ENDNOTE,
    NFC_BULLET,
    NFC_DECIMAL,
    NFC_LOWER_LETTER,
    NFC_LOWER_ROMAN,
    NFC_UPPER_LETTER,
    NFC_UPPER_ROMAN,
    STI_LIST_NUMBER,
    STI_TITLE,
    STI_TOC1,
    STI_USER,
    Level,
    Override,
    Para,
    Style,
    WordList,
    field,
    item,
    para,
    row,
    word_document,
)
from make_doc_fixtures import GOLDEN_RULES  # noqa: E402

STYLES = BUILT_IN + [Style(15, STI_TITLE, "Title", 0), Style(16, STI_TOC1, "toc 1", 0),
                     Style(17, 1, "Überschrift 1", 0),  # a German Word's built-in heading 1
                     Style(18, STI_USER, "SCP Heading", 2)]  # a house style based on heading 2
DAMAGED = "not a readable Word 97-2003 document"


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def block_texts(path: Path) -> list[str]:
    """Headings with their level, bulleted items after "- " and numbered ones after their number
    ("(1) ", "(a) "), a numbered paragraph after its number ("3.1 ")."""
    return [_prefix(b.kind, b.level, b.number, b.marker) + b.text for b in read_document(path).blocks]


def _prefix(kind: str, level: int, number: str | None, marker: str | None) -> str:
    numbered = f"{number} " if number else ""
    if kind == "heading":
        return f"heading {level}: {numbered}"
    if kind == "item":
        return "- " if marker in ("-", "*", "•") else f"({marker}) "
    return numbered


def texts(tmp_path: Path, paragraphs: list[Para], **kw: object) -> list[str]:
    return block_texts(add(tmp_path, "doc.doc", word_document(paragraphs, STYLES, **kw)))


def test_doc_is_a_supported_format() -> None:
    assert ".doc" in SUPPORTED_SUFFIXES


def test_headings_from_the_style_sheet(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        para("Information sharing protocol", 15), para("Purpose", 1), para("Partners share to keep children safe."),
        para("Lawful bases", 18), para("When to share", 0, outline=2), para("Working with the police", 17),
        para("Contents entry\t3", 16)]) == [
        "heading 1: Information sharing protocol", "heading 1: Purpose", "Partners share to keep children safe.",
        "heading 2: Lawful bases", "heading 3: When to share", "heading 1: Working with the police"]


def test_words_special_characters(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        para("Multi\x1eagency safe\x1fguarding\x0bteams\u00a0share\x01 early\x08."),
        para("End of part one\x02.\x0cPart two\x05 begins."),
    ]) == ["Multi-agency safeguarding teams share early.", "End of part one.", "Part two begins."]


def test_a_fields_result_is_read_and_its_instruction_is_not(tmp_path: Path) -> None:
    link = field('HYPERLINK "https://example.org/refer"', "the referral form")
    nested = "\x13 IF " + field("PAGE", "3") + ' > 1 "x" \x14yes\x15'
    assert texts(tmp_path, [
        para(f"Use {link} to refer."), para(f"Nested: {nested}."), para("Page \x13 PAGE \x15here."),
    ]) == ["Use the referral form to refer.", "Nested: yes.", "Page here."]


def test_a_table_row_is_one_line_of_its_cells(tmp_path: Path) -> None:
    cell_of_two = [Para("Public task\r", 0, in_table=True), Para("UK GDPR Article 6(1)(e)\x07", 0, in_table=True)]
    assert texts(tmp_path, [
        para("The partners rely on these bases."), *row("Purpose", "Basis"),
        Para("Safeguarding\x07", 0, in_table=True), *cell_of_two,
        Para("\x07", 0, in_table=True, row_end=True), *row("", "Consent is not needed."),
        para("After the table."),
    ]) == ["The partners rely on these bases.", "Purpose | Basis", "Safeguarding | Public task UK GDPR Article 6(1)(e)",
           "Consent is not needed.", "After the table."]


def test_list_items_of_a_file_without_list_tables_are_bulleted(tmp_path: Path) -> None:
    assert texts(tmp_path, [para("Before you share:"), para("check the purpose;", 0, listed=True),
                            para("record your decision.", 0, listed=True)]) == [
        "Before you share:", "- check the purpose;", "- record your decision."]


# ---------------------------------------------------------------------------------------------
# Automatic numbers, from the list tables

STEPS = WordList(7, (Level(NFC_DECIMAL, "%1."), Level(NFC_LOWER_LETTER, "%2)"), Level(NFC_LOWER_ROMAN, "%3)")))
CLAUSES = WordList(9, (Level(NFC_DECIMAL, "%1.", start=4), Level(NFC_DECIMAL, "%1.%2"),
                       Level(NFC_DECIMAL, "%1.%2.%3")))
BULLETS = WordList(8, (Level(NFC_BULLET, BULLET_TEXT),))


def test_numbers_count_per_list_and_level_as_word_draws_them(tmp_path: Path) -> None:
    """A lower level starts again when a higher one moves on; a list counts on over the paragraphs
    between its items; another list counts apart; a bullet is a bulleted item."""
    assert texts(tmp_path, [
        para("Before you share:"), item("Check the purpose of sharing.", 1), item("Ask yourself whether:", 1),
        item("the child is at risk;", 1, 1), item("consent would increase the risk.", 1, 1),
        item("a parent is the risk;", 1, 2), para("Then record the decision."),
        item("Share what is needed, no more.", 1), item("with the school;", 1, 1),
        item("Bullets say nothing of order.", 2)],
        lists=[STEPS, BULLETS], overrides=[Override(7), Override(8)]) == [
        "Before you share:", "(1) Check the purpose of sharing.", "(2) Ask yourself whether:",
        "(a) the child is at risk;", "(b) consent would increase the risk.", "(i) a parent is the risk;",
        "Then record the decision.", "(3) Share what is needed, no more.", "(a) with the school;",
        "- Bullets say nothing of order."]


def test_clause_numbers_carry_their_parents(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        item("Sharing without consent is lawful where a child is at risk.", 1, 1),
        item("Practitioners record the lawful basis they rely on.", 1, 2),
        item("The record is kept on the child's file.", 1, 2),
        item("Consent is sought where it is safe to seek it.", 1, 1),
        item("A refusal is recorded with its reasons.", 1, 2)],
        lists=[CLAUSES], overrides=[Override(9)]) == [
        "4.1 Sharing without consent is lawful where a child is at risk.",
        "4.1.1 Practitioners record the lawful basis they rely on.",
        "4.1.2 The record is kept on the child's file.",
        "4.2 Consent is sought where it is safe to seek it.",
        "4.2.1 A refusal is recorded with its reasons."]


def test_overrides_of_one_list_count_on_and_a_restarted_one_counts_apart(tmp_path: Path) -> None:
    """Two overrides of one list share its count (Word's "Continue numbering"); an override that starts
    level 0 again at 1 ("Restart numbering") counts from there, on its own."""
    assert texts(tmp_path, [
        item("Screen the contact.", 1), item("Decide the response.", 1), para("A note between the lists."),
        item("Tell the referrer.", 2), para("A new procedure."), item("Open a record.", 3),
        item("Close the record.", 3)],
        lists=[STEPS], overrides=[Override(7), Override(7), Override(7, ((0, 1),))]) == [
        "(1) Screen the contact.", "(2) Decide the response.", "A note between the lists.", "(3) Tell the referrer.",
        "A new procedure.", "(1) Open a record.", "(2) Close the record."]


def test_a_numbered_heading_and_a_numbered_cell(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        item("Lawful bases", 1, 0, istd=1), para("The partners rely on these."),
        Para("Screen the contact\x07", 0, in_table=True, listed=True, lfo=1, level=1), Para("Same day\x07", 0,
                                                                                          in_table=True),
        Para("\x07", 0, in_table=True, row_end=True)],
        lists=[STEPS], overrides=[Override(7)]) == [
        "heading 1: 1 Lawful bases", "The partners rely on these.", "a) Screen the contact | Same day"]


# Word's "Heading numbering" and "List Number": the numbering is the style's (sprmPIlfo and
# sprmPIlvl in its UPX), the paragraphs carry none
NUMBERED_HEADINGS = WordList(11, (Level(NFC_DECIMAL, "%1"), Level(NFC_DECIMAL, "%1.%2")))
NUMBERED_STEPS = WordList(12, (Level(NFC_DECIMAL, "%1."),))
STYLE_NUMBERED = [Style(0, 0, "Normal"), Style(1, 1, "heading 1", 0, lfo=1, level=0),
                  Style(2, 2, "heading 2", 0, lfo=1, level=1), Style(3, 3, "heading 3", 0),
                  Style(16, STI_LIST_NUMBER, "List Number", 0, lfo=2),
                  Style(17, STI_USER, "SCP Heading 2", 2),  # based on heading 2, no numbering of its own
                  Style(18, STI_USER, "SCP Step", 16)]  # based on List Number


def style_numbered(tmp_path: Path, paragraphs: list[Para]) -> list[str]:
    return block_texts(add(tmp_path, "styled.doc", word_document(
        paragraphs, STYLE_NUMBERED, lists=[NUMBERED_HEADINGS, NUMBERED_STEPS],
        overrides=[Override(11), Override(12)])))


def test_headings_numbered_by_the_list_their_style_links_to(tmp_path: Path) -> None:
    """Each heading's number is its style's; a style based on a numbered one numbers as it does; a
    paragraph's own sprmPIlfo 0 takes its style's number off, as Word's "None" does."""
    assert style_numbered(tmp_path, [
        para("Introduction", 1), para("Partners share to keep children safe."), para("Scope", 2),
        para("Who this is for", 17), para("The law", 1), para("Consent", 2), item("Appendix", 0, istd=1),
        para("Contacts", 3)]) == [
        "heading 1: 1 Introduction", "Partners share to keep children safe.", "heading 2: 1.1 Scope",
        "heading 2: 1.2 Who this is for", "heading 1: 2 The law", "heading 2: 2.1 Consent", "heading 1: Appendix",
        "heading 3: Contacts"]


def test_steps_numbered_by_the_list_number_style(tmp_path: Path) -> None:
    """"List Number" names its list in its UPX: its paragraphs read "1.", "2.", counted on over a
    paragraph between them and in a style based on it; a paragraph's own list overrides its style's."""
    assert style_numbered(tmp_path, [
        para("Before you share:"), para("Check the purpose.", 16), para("Check the identity of who asks.", 16),
        para("Then:"), para("Share securely.", 18), item("Record the decision.", 1, 1, istd=16)]) == [
        "Before you share:", "(1) Check the purpose.", "(2) Check the identity of who asks.", "Then:",
        "(3) Share securely.", "1.1 Record the decision."]


def test_a_style_sheet_whose_bases_loop_numbers_nothing(tmp_path: Path) -> None:
    looped = [Style(0, 0, "Normal"), Style(20, STI_USER, "Loop A", 21), Style(21, STI_USER, "Loop B", 20)]
    assert block_texts(add(tmp_path, "loop.doc", word_document(
        [para("Share early.", 20), para("Record why.", 21)], looped, lists=[NUMBERED_STEPS],
        overrides=[Override(12)]))) == ["Share early.", "Record why."]


def test_letters_and_numerals_of_each_format() -> None:
    from guidegraph.read.doc_lists import list_numbering

    formats = WordList(5, tuple(Level(nfc, f"%{i + 1}.", start=4) for i, nfc in enumerate(
        (NFC_UPPER_ROMAN, NFC_LOWER_ROMAN, NFC_UPPER_LETTER, NFC_LOWER_LETTER, NFC_DECIMAL))))
    data = word_document([para("x")], STYLES, lists=[formats], overrides=[Override(5)])
    numbering = list_numbering(*_list_tables(data))
    assert [numbering.label("1", level) for level in range(5)] == ["IV.", "iv.", "D.", "d.", "4."]
    assert numbering.label("2", 0) is None  # no such override


def _list_tables(data: bytes) -> tuple[bytes, tuple[int, int], tuple[int, int]]:
    from guidegraph.read.cfb import CompoundFile

    compound = CompoundFile(data)
    word, table = compound.stream("WordDocument"), compound.stream("1Table")
    pairs_at = 0x22 + 2 * 14 + 2 + 4 * 22 + 2
    return table, struct.unpack_from("<II", word, pairs_at + 8 * 73), struct.unpack_from("<II", word, pairs_at + 8 * 74)


def _with_list_tables(data: bytes, plf_lst: bytes, plf_lfo: bytes | None = None) -> bytes:
    """The file's list tables replaced by these (as a damaged or hostile file's)."""
    from doc_parts import compound_file

    from guidegraph.read.cfb import CompoundFile

    compound = CompoundFile(data)
    word, table = bytearray(compound.stream("WordDocument")), compound.stream("1Table")
    pairs_at = 0x22 + 2 * 14 + 2 + 4 * 22 + 2
    struct.pack_into("<II", word, pairs_at + 8 * 73, len(table), len(plf_lst))
    table += plf_lst
    if plf_lfo is not None:
        struct.pack_into("<II", word, pairs_at + 8 * 74, len(table), len(plf_lfo))
        table += plf_lfo
    return compound_file({"WordDocument": bytes(word), "1Table": table})


@pytest.mark.parametrize("plf_lst", [
    struct.pack("<h", 30000) + bytes(28),  # more lists claimed than the table holds
    struct.pack("<h", 1) + struct.pack("<ii", 7, 7) + bytes(20),  # a list whose levels are missing
    struct.pack("<h", -4),
])
def test_damaged_list_tables_leave_the_items_bulleted(tmp_path: Path, plf_lst: bytes) -> None:
    data = word_document([para("Before you share:"), item("check the purpose;", 1)], STYLES, lists=[STEPS],
                         overrides=[Override(7)])
    assert block_texts(add(tmp_path, "lists.doc", _with_list_tables(data, plf_lst))) == [
        "Before you share:", "- check the purpose;"]


def test_an_override_claiming_millions_of_lists_is_read_in_linear_time(tmp_path: Path) -> None:
    from guidegraph.read.doc import parse_doc

    data = word_document([item("check the purpose;", 1)], STYLES, lists=[STEPS], overrides=[Override(7)])
    hostile = _with_list_tables(data, struct.pack("<h", 0), struct.pack("<I", 0xFFFFFFF0) + bytes(16 * 50_000))
    started = time.perf_counter()
    blocks, _ = parse_doc(tmp_path / "t.doc", hostile)
    assert time.perf_counter() - started < 2 and [b.text for b in blocks] == ["check the purpose;"]


# ---------------------------------------------------------------------------------------------
# Footnotes


def test_a_footnote_mark_reads_its_number_and_the_note_follows_its_paragraph(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        para("Purpose", 1),
        para("The local authority must make enquiries where a child may be at risk of significant harm.\x02 It "
             "then decides what to do."),
        para("Partners must give the safeguarding partners the information they ask for to do their work.\x02"),
        para("Nothing else is noted.")],
        footnotes=["Children Act 1989, s47.", "Children Act 2004, " + field('HYPERLINK "https://x.example"', "s16H")
                   + "."]) == [
        "heading 1: Purpose",
        "The local authority must make enquiries where a child may be at risk of significant harm.[1] It then "
        "decides what to do.",
        "[1] Children Act 1989, s47.",
        "Partners must give the safeguarding partners the information they ask for to do their work.[2]",
        "[2] Children Act 2004, s16H.",
        "Nothing else is noted."]


def test_a_footnote_in_a_table_follows_its_row(tmp_path: Path) -> None:
    assert texts(tmp_path, [
        *row("Purpose", "Basis"), *row("Preventing crime", "Crime and Disorder Act 1998 s115\x02"),
        para("After the table.")], footnotes=["A power to share, not a duty."]) == [
        "Purpose | Basis", "Preventing crime | Crime and Disorder Act 1998 s115[1]",
        "[1] A power to share, not a duty.", "After the table."]


def test_a_footnote_table_claiming_more_notes_than_there_are(tmp_path: Path) -> None:
    """A text table too short to say where any note ends: the marks are no text, the paragraphs read."""
    from doc_parts import compound_file

    from guidegraph.read.cfb import CompoundFile

    data = word_document([para("Share early.\x02"), para("Record why.\x02")], STYLES,
                         footnotes=["Working Together 2023.", "Children Act 2004, s11."])
    compound = CompoundFile(data)
    word, table = bytearray(compound.stream("WordDocument")), compound.stream("1Table")
    pairs_at = 0x22 + 2 * 14 + 2 + 4 * 22 + 2
    struct.pack_into("<I", word, pairs_at + 8 * 3 + 4, 4)  # the text table cut to one CP: no note's end
    hostile = compound_file({"WordDocument": bytes(word), "1Table": table})
    assert block_texts(add(tmp_path, "notes.doc", hostile)) == ["Share early.", "Record why."]


def test_endnotes_read_as_footnotes_numbered_in_one_run_with_them(tmp_path: Path) -> None:
    """Their document lies after the header document in the CPs; each is read after the paragraph
    marking it, as the .docx reader reads endnotes, so the law it names stays where it is relied on."""
    assert texts(tmp_path, [
        para("Purpose", 1),
        para("The safeguarding partners may require any person to supply information." + ENDNOTE
             + " Partners must help the local authority's enquiries." + ENDNOTE),
        para("Staff follow Working Together.\x02"),
        para("Contacts", 1), para("Ring the MASH.")],
        footnotes=["Working Together to Safeguard Children 2023."], header_text="OFFICIAL",
        endnotes=["Children Act 2004, " + field('HYPERLINK "https://x.example"', "s16H") + ".",
                  "Children Act 1989, s47."]) == [
        "heading 1: Purpose",
        "The safeguarding partners may require any person to supply information.[1] Partners must help the local "
        "authority's enquiries.[2]",
        "[1] Children Act 2004, s16H.", "[2] Children Act 1989, s47.",
        "Staff follow Working Together.[3]", "[3] Working Together to Safeguard Children 2023.",
        "heading 1: Contacts", "Ring the MASH."]


def test_an_endnote_table_claiming_more_notes_than_there_are(tmp_path: Path) -> None:
    from doc_parts import compound_file

    from guidegraph.read.cfb import CompoundFile

    data = word_document([para("Share early." + ENDNOTE), para("Record why." + ENDNOTE)], STYLES,
                         endnotes=["Working Together 2023.", "Children Act 2004, s11."])
    compound = CompoundFile(data)
    word, table = bytearray(compound.stream("WordDocument")), compound.stream("1Table")
    pairs_at = 0x22 + 2 * 14 + 2 + 4 * 22 + 2
    struct.pack_into("<I", word, pairs_at + 8 * 47 + 4, 4)  # PlcfendTxt cut to one CP: no note's end
    hostile = compound_file({"WordDocument": bytes(word), "1Table": table})
    assert block_texts(add(tmp_path, "notes.doc", hostile)) == ["Share early.", "Record why."]


def test_only_the_main_document_is_read(tmp_path: Path) -> None:
    assert texts(tmp_path, [para("Share early.")], header_text="OFFICIAL - Page 1") == ["Share early."]


def test_a_utf16_piece_after_an_8bit_one(tmp_path: Path) -> None:
    welsh = [para("Rhannu gwybodaeth yn gynnar."), para("Dŵr a thŷ: \u201cdiogelwch\u201d \u2013 plant")]
    assert texts(tmp_path, welsh, unicode_from=1) == ["Rhannu gwybodaeth yn gynnar.", "Dŵr a thŷ: “diogelwch” – plant"]


def test_without_metadata_the_summary_information_is_read(tmp_path: Path) -> None:
    data = word_document([para("Joint protocol", 1), para("Share early.")], STYLES, properties={
        "title": "Joint information sharing agreement", "author": "Jane Smith", "created": "2021-02-01T09:00:00",
        "saved": "2023-11-20T16:30:00", "company": "Anytown Safeguarding Children Partnership"})
    document = read_document(add(tmp_path, "protocol.doc", data, sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Joint information sharing agreement", "2023-11-20", "Anytown Safeguarding Children Partnership")
    assert "from the Word file's properties" in document.warnings[0]


def _looping(data: bytes) -> bytes:
    """The directory's first sector made to point to itself in the FAT."""
    out = bytearray(data)
    first_fat, directory = struct.unpack_from("<I", data, 0x4C)[0], struct.unpack_from("<I", data, 0x30)[0]
    struct.pack_into("<I", out, (first_fat + 1) * 512 + 4 * directory, directory)
    return bytes(out)


def _pointing_out(data: bytes) -> bytes:
    out = bytearray(data)
    first_fat, directory = struct.unpack_from("<I", data, 0x4C)[0], struct.unpack_from("<I", data, 0x30)[0]
    struct.pack_into("<I", out, (first_fat + 1) * 512 + 4 * directory, 0x00FFFFF0)
    return bytes(out)


GOOD = word_document([para("Share early.")], STYLES)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"Information sharing\r\nShare early.\r\n", "not a Word 97-2003 document (it does not begin as a compound "
     "file does): open it in Word and save it as .docx, or give it its own suffix"),
    (GOOD[:3000], f"{DAMAGED} (a sector chain points past the end of the file: it may be cut short): open it in "
     "Word and save it again"),
    (GOOD[:300], f"{DAMAGED} (its header is cut short): open it in Word and save it again"),
    (_looping(GOOD), f"{DAMAGED} (a sector chain loops back on itself): open it in Word and save it again"),
    (_pointing_out(GOOD), f"{DAMAGED} (a sector chain points past the end of the file: it may be cut short): "
     "open it in Word and save it again"),
    (word_document([para("Secret.")], STYLES, encrypted=True), "password-protected: save it without a password "
     "(in Word: File > Info > Protect Document) and add it again"),
    (word_document([para("Old.")], STYLES, n_fib=0x0068), "saved by Word 6 or Word 95, whose format is not read: "
     "open it in Word and save it as .docx"),
])
def test_broken_hostile_and_encrypted_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.doc", data)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_compound_file_that_is_no_word_document(tmp_path: Path) -> None:
    from doc_parts import compound_file

    path = add(tmp_path, "budget.doc", compound_file({"Workbook": b"\x09\x08" + bytes(5000)}))
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == (f"{path}: not a Word document (a compound file with no WordDocument stream: an "
                                 "Excel, PowerPoint or Outlook file named .doc?): save it in its own format, or as "
                                 "PDF")


def test_rtf_and_html_that_word_saved_as_doc_are_read_as_what_they_are(tmp_path: Path) -> None:
    rtf = rb"{\rtf1\ansi{\stylesheet{\s1 heading 1;}}\pard\s1 Consent\par\pard Ask the family first.\par}"
    assert block_texts(add(tmp_path, "consent.doc", rtf)) == ["heading 1: Consent", "Ask the family first."]
    html = b"<html><body><h1>Referrals</h1><p>Ring the front door.</p></body></html>"
    assert block_texts(add(tmp_path, "referrals.doc", html)) == ["heading 1: Referrals", "Ring the front door."]


def test_a_document_with_many_pictures_uses_difat_sectors(tmp_path: Path) -> None:
    photos = bytes(range(256)) * (7_500_000 // 256)  # the Data stream: over 109 FAT sectors' worth
    data = word_document([para("Photographs of the home visit are kept on the child’s file.")], STYLES,
                         pictures=photos)
    assert struct.unpack_from("<I", data, 0x48)[0] >= 1  # the header's DIFAT is full: DIFAT sectors follow
    assert texts(tmp_path, [para("Photographs of the home visit are kept on the child’s file.")],
                 pictures=photos) == ["Photographs of the home visit are kept on the child’s file."]


def test_reading_is_linear_in_the_input(tmp_path: Path) -> None:
    from guidegraph.read.doc import parse_doc

    def document(count: int) -> bytes:
        return word_document([para(f"Case {i} was shared early, and the reasons recorded the same day.",
                                   1 if i % 50 == 0 else 0) for i in range(count)], STYLES)

    small, large = document(300), document(3000)
    tenth = seconds_to(lambda: parse_doc(tmp_path / "t.doc", small))
    started = time.perf_counter()
    blocks, _ = parse_doc(tmp_path / "t.doc", large)
    assert time.perf_counter() - started < in_linear_time(tenth)
    assert len(blocks) == 3000


# ---------------------------------------------------------------------------------------------
# The fixtures, as a careful reader sees them

POLICY = UNSEEN / "thornleigh-primary-child-protection-policy-word97.doc"
PROTOCOL = UNSEEN / "glanafon-police-health-information-sharing-protocol-word2003.doc"


def test_the_school_policy() -> None:
    assert block_texts(POLICY) == [
        "heading 1: Thornleigh Primary School: Child Protection Policy",
        "heading 1: Purpose of this policy",
        "Thornleigh Primary School is committed to keeping every child safe. This policy explains what staff, "
        "governors and volunteers must do when they are worried about a child, and how the school works with its "
        "multi-agency partners.",
        "Everyone who comes into contact with children has a role to play in safeguarding them. No single "
        "practitioner can have a full picture of a child’s needs and circumstances.",
        "heading 1: Legal framework",
        "The governing body has a duty under section 175 of the Education Act 2002 to make arrangements to safeguard "
        "and promote the welfare of pupils. Where there is reasonable cause to suspect that a child is suffering, or "
        "is likely to suffer, significant harm, the local authority makes enquiries under section 47 of the Children "
        "Act 1989, and the school must help them. The safeguarding partners may require the school to supply the "
        "information they need for their work.[1]",
        "[1] Children Act 2004, s16H.",
        "Staff follow Keeping Children Safe in Education 2024 and Working Together to Safeguard Children 2023.",
        "heading 1: Sharing information",
        "The Data Protection Act 2018 and UK GDPR do not prevent, or limit, the sharing of information for the "
        "purposes of keeping children safe. Fears about sharing information must not be allowed to stand in the way "
        "of the need to safeguard a child.",
        "heading 2: Keep your worry to yourself?",
        "Never. If you are worried about a child, you must:",
        "- tell the designated safeguarding lead the same day;",
        "- write down what you saw or heard, in the child’s own words;",
        "- never promise a child that you will keep a secret.",
        "Referrals are made through the Thornleigh Safeguarding Children Partnership website, "
        "www.thornleighscp.example.uk/refer, or by telephone on 01632 960 744.",
        "heading 2: The seven golden rules",
        "Staff follow the seven golden rules for information sharing (HM Government, 2018):",
        *[f"({n}) {rule}" for n, rule in enumerate(GOLDEN_RULES, 1)],
        "heading 1: The safeguarding team",
        "Role | Name | Contact",
        "Designated safeguarding lead | Mrs A. Okonjo | Ext. 201",
        "Deputy designated safeguarding lead | Mr D. Whitfield | Ext. 202",
        "Thornleigh Primary School Mill Lane Thornleigh TH4 7QP"]


def test_the_policys_contents_header_and_field_codes_are_not_read() -> None:
    text = "\n".join(block_texts(POLICY))
    for unread in ("OFFICIAL", "TOC", "HYPERLINK", "\t2", "https://"):
        assert unread not in text, unread
    assert text.count("Legal framework") == 1


def test_the_policys_summary_information_gives_its_properties(tmp_path: Path) -> None:
    path = tmp_path / POLICY.name
    shutil.copy(POLICY, path)
    document = read_document(path)
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Child Protection Policy 2024-25", "2024-09-02", "Thornleigh Primary School")


def test_the_protocol_in_two_pieces() -> None:
    found = block_texts(PROTOCOL)
    assert [t for t in found if t.startswith("heading")] == [
        "heading 1: Glanafon Police and Glanafon University Health Board: Information Sharing Protocol",
        "heading 1: Purpose", "heading 1: Lawful bases for sharing", "heading 2: Children at risk",
        "heading 1: Sharing without consent", "heading 1: Welsh language", "heading 1: Review"]
    assert found[4] == ("Each partner must be able to point to a lawful basis before it shares. The table below sets "
                        "out the bases the partners rely on most often; section 4 explains what to do when none "
                        "applies.")
    assert found[5:10] == [
        "Purpose of sharing | Lawful basis | Legislation",
        "Preventing crime and disorder | Power to share with relevant authorities | Crime and Disorder Act 1998 s115",
        "Safeguarding a child at risk | Public task | UK GDPR Article 6(1)(e)",
        "Sharing health information | Substantial public interest | UK GDPR Article 9(2)(g) and DPA 2018 Schedule 1 "
        "paragraph 18",
        "Reporting a child at risk | Duty to report | Social Services and Well-being (Wales) Act 2014 s130"]
    assert found[13:22] == [
        "3.1 Consent is not the lawful basis the partners rely on to protect a child, but they tell the family what "
        "they share unless that would put the child at greater risk.",
        "3.2 A partner may share without the family’s agreement where:",
        "(a) a child is suffering, or is likely to suffer, significant harm;",
        "(b) asking would put a child or an adult at greater risk;",
        "(c) asking would prejudice the prevention or detection of a crime.",
        "Record the decision and the reasons for it the same day.",
        "3.3 When the police share under section 115 of the Crime and Disorder Act 1998, they:",
        "(a) share only what the purpose needs;",
        "(b) tell the health board’s safeguarding team which lawful basis applies."]
    assert found[23] == ("Information is shared in the language the family chooses. Staff in Llanddŵr and Ystradŷ work "
                         "bilingually: “Rhannu gwybodaeth i amddiffyn plant” – sharing information to protect "
                         "children – is the partners’ promise.")
    assert found[-1] == "The partners review this protocol every two years; the next review is due in March 2026."


def test_the_protocols_company_is_its_publisher_not_its_author(tmp_path: Path) -> None:
    path = tmp_path / PROTOCOL.name
    shutil.copy(PROTOCOL, path)
    document = read_document(path)
    assert (document.meta.title, document.meta.publisher) == (
        "Information Sharing Protocol", "Glanafon University Health Board")


COUNCIL = UNSEEN / "kestrelford-council-information-sharing-policy-word2003.doc"


def test_the_council_policy_numbered_by_its_styles_with_endnotes() -> None:
    document = read_document(COUNCIL)
    assert document.masthead == ("Kestrelford Council: Information Sharing Policy for Children\u2019s Services",)
    read = block_texts(COUNCIL)
    assert [line for line in read if line.startswith("heading")] == [
        "heading 1: 1 Purpose", "heading 2: 1.1 Scope", "heading 2: 1.2 Who to ask for advice",
        "heading 1: 2 The law on sharing information", "heading 2: 2.1 Sharing without consent",
        "heading 1: 3 How to share information safely", "heading 1: 4 Recording decisions", "heading 1: 5 Review",
        "heading 2: Document control"]  # unnumbered after numbered ones: one level down
    assert [line for line in read if line.startswith("(")] == [
        "(1) Check the identity of the person or agency asking, and why they need the information.",
        "(2) Decide what is necessary and proportionate: share only what the purpose needs.",
        "(3) Identify the lawful basis for sharing, and whether consent is needed.",
        "(4) Share the information securely, by secure e-mail or through the case record system.",
        "(5) Record what you shared, with whom, when and why."]
    assert read[read.index("heading 1: 2 The law on sharing information") + 1] == (
        "The Kestrelford Safeguarding Children Partnership may require any person or body to supply the information "
        "it needs to carry out its functions.[1] Where there is reasonable cause to suspect that a child is "
        "suffering, or is likely to suffer, significant harm, the council must make enquiries, and partners must "
        "help it.[2]")
    law = read.index("heading 1: 2 The law on sharing information")
    assert read[law + 2:law + 4] == ["[1] Children Act 2004, section 16H.", "[2] Children Act 1989, section 47."]
    assert "[3] Working Together to Safeguard Children 2023, chapter 2." in read
    assert not any("OFFICIAL" in line for line in read)
