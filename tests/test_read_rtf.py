"""Rich Text Format documents (.rtf): headings from the style sheet or outline level, lists as printed,
table rows and nested tables, text boxes, footnotes, what is never read (hidden text, tracked deletions,
headers, pictures, field codes, a shape's picture copy), Word's characters, Unicode escapes and each
font's character set, `\\info`'s properties; LibreOffice's RTF; broken and hostile files."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from helpers import SIDECAR, UNSEEN
from test_trust_properties import in_linear_time, seconds_to

from guidegraph.errors import ParseError
from guidegraph.read import SUPPORTED_SUFFIXES, read_document

HEAD = (r"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f3\froman\fcharset2 Symbol;}}"
        r"{\colortbl;\red0\green0\blue0;}{\stylesheet{\ql \snext0 Normal;}{\s1\outlinelevel0 \sbasedon0 \snext0 "
        r"heading 1;}{\s2\outlinelevel1 \sbasedon0 \snext0 heading 2;}{\*\cs10 \additive Default Paragraph Font;}"
        r"{\s17\sbasedon0 Title;}{\s30\sbasedon2 SCP Heading;}{\s40 toc 1;}}" "\r\n")


def rtf(body: str, head: str = HEAD) -> bytes:
    return (head + body + "}").encode("ascii")


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def texts(tmp_path: Path, body: str, head: str = HEAD) -> list[str]:
    """The blocks' texts ("heading N: ..." for headings, "- " before items, the number before a numbered one)."""
    blocks = read_document(add(tmp_path, "doc.rtf", rtf(body, head))).blocks
    return [(f"heading {b.level}: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.number} " if b.number else "") + b.text for b in blocks]


def test_rtf_is_a_supported_format() -> None:
    assert ".rtf" in SUPPORTED_SUFFIXES


def test_headings_by_style_name_and_by_outline_level(tmp_path: Path) -> None:
    body = (r"\pard\plain\s17 Information sharing protocol\par"
            r"\pard\plain\s1 Purpose\par"
            r"\pard\plain Partners share to keep children safe.\par"
            r"\pard\plain\s30 Lawful bases\par"  # a house style based on "heading 2"
            r"\pard\plain\outlinelevel2 When to share\par")
    assert texts(tmp_path, body) == [
        "heading 1: Information sharing protocol", "heading 1: Purpose", "Partners share to keep children safe.",
        "heading 2: Lawful bases", "heading 3: When to share"]


def test_paragraphs_line_breaks_and_bold_lines_typed_as_headings(tmp_path: Path) -> None:
    body = (r"\pard\b\fs32 Sharing information\b0\fs22\par "
            r"Partners share early.\line They record why.\par "
            r"\b When consent is not needed\b0\par "
            r"Share when a child is at risk.\par")
    assert texts(tmp_path, body, head=r"{\rtf1\ansi\deff0{\fonttbl{\f0\fnil Calibri;}}") == [
        "heading 1: Sharing information", "Partners share early. They record why.",
        "heading 2: When consent is not needed", "Share when a child is at risk."]


def test_lists_numbered_as_printed_and_bulleted(tmp_path: Path) -> None:
    def item(marker: str, text: str, level: int = 0, font: str = r"\f0") -> str:
        return (rf"{{\listtext\pard\plain {font} {marker}\tab}}\pard\plain\s0\fi-360\li720\ls1\ilvl{level} "
                rf"{text}\par ")
    body = (item(r"\'b7", "Consent is not the only basis.", font=r"\f3")
            + item(r"\'b7", "Public task often applies.", font=r"\f3")
            + item("1.", "Screen the contact.") + item("2.", "Check the records.")
            + item("a)", "Police records.", 1) + item("b)", "School records.", 1) + item("3.", "Decide within a day.")
            + r"{\pntext\f0 4.\tab}{\*\pn\pnlvlbody\pndec{\pntxta .}}\pard\fi-360\li720 Record the decision.\par")
    blocks = read_document(add(tmp_path, "doc.rtf", rtf(body))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("item", "Consent is not the only basis."), ("item", "Public task often applies."),
        ("item", "Screen the contact."), ("item", "Check the records."), ("item", "Police records."),
        ("item", "School records."), ("item", "Decide within a day."), ("item", "Record the decision.")]
    assert [b.marker for b in blocks][2:] == ["1", "2", "a", "b", "3", "4"]


def test_a_heading_that_is_a_numbered_list_item_is_a_heading_with_its_number(tmp_path: Path) -> None:
    """Word's "Heading numbering": each heading is an item of the list its style links to, its number
    printed in `\\listtext` (or an older Word's `\\pntext`); it heads a section at its style's level."""
    def numbered(style: int, marker: str, text: str) -> str:
        return (rf"{{\listtext\pard\plain\s{style} {marker}\tab}}\pard\plain\s{style}\ls3\ilvl{style - 1} "
                rf"{text}\par ")
    body = (r"\pard\plain\s17 Referral procedure\par "
            + numbered(1, "1.", "Purpose") + r"\pard\plain Partners refer early.\par "
            + numbered(2, "1.1", "Scope") + numbered(2, "1.2", "Who must follow this procedure, and when") +
            numbered(1, "2.", "Lawful basis")
            + r"{\pntext\f0 3.\tab}{\*\pn\pnlvl1\pndec\pnstart3{\pntxta .}}\pard\plain\s1 Recording\par "
            + numbered(1, r"\'b7", "Contacts"))
    assert texts(tmp_path, body) == [
        "heading 1: Referral procedure", "heading 1: 1 Purpose", "Partners refer early.", "heading 2: 1.1 Scope",
        "heading 2: 1.2 Who must follow this procedure, and when", "heading 1: 2 Lawful basis",
        "heading 1: 3 Recording", "heading 2: Contacts"]  # unnumbered after numbered ones: one level down


def test_a_table_row_is_one_paragraph_of_its_cells(tmp_path: Path) -> None:
    row = r"\trowd\trgaph108\cellx3000\cellx6000 \pard\intbl {0}\cell {1}\cell \row "
    body = (row.replace("{0}", "Basis").replace("{1}", "Article")
            + row.replace("{0}", r"Public task\par\pard\intbl (the usual one)")
            .replace("{1}", "UK GDPR Article 6(1)(e)")
            + r"\pard After the table.\par")
    assert texts(tmp_path, body) == ["Basis | Article", "Public task (the usual one) | UK GDPR Article 6(1)(e)",
                                     "After the table."]


def test_a_footnote_is_marked_and_follows_its_paragraph(tmp_path: Path) -> None:
    body = (r"\pard Share under section 47{\super\chftn}{\footnote\pard\plain{\super\chftn} Children Act 1989, s47\par}"
            r" when a child is at risk.\par\pard Record the decision.\par")
    assert texts(tmp_path, body) == [
        "Share under section 47[1] when a child is at risk.", "[1] Children Act 1989, s47", "Record the decision."]


def test_hidden_deleted_and_furniture_are_not_read(tmp_path: Path) -> None:
    body = (r"{\header\pard OFFICIAL running header\par}{\footerr\pard Page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}"
            r"{\info{\title Draft}{\author Jane Smith}}{\*\generator Microsoft Word 16;}"
            r"{\*\xmlnstbl{\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
            r"{\*\listtable{\list{\listlevel{\leveltext\'02\'00.;}}{\listname Golden rules;}\listid1}}"
            r"\pard Share {\deleted never }early.{\*\annotation{\*\atnid JS}Why?}\par"
            r"\pard Seen {\v not seen }and {\v\v0 seen}.\par"
            r"\pard {\pict\pngblip 89504e470d0a1a0a}{\object\objemb{\*\objdata 0105}{\result Embedded}}A picture.\par"
            r"\pard {\field{\*\fldinst HYPERLINK \"https://example.org\"}{\fldrslt Children Act 1989}} applies.\par"
            r"\pard\s40 Purpose\tab 1\par"  # a contents entry
            r"\pard Unknown {\*\mydestination never read}kept.\par")
    assert texts(tmp_path, body) == ["Share early.", "Seen and seen.", "A picture.", "Children Act 1989 applies.",
                                     "Unknown kept."]


def test_words_characters_and_code_pages(tmp_path: Path) -> None:
    body = (r"\pard Children\rquote s services \endash  consent \emdash  a \lquote note\rquote , "
            r"\ldblquote quoted\rdblquote ; section\~47; multi\_agency; care\-fully;\tab tab; \bullet  point; "
            r"\'93cp1252\'94 \{braces\} \\ back.\par")
    assert texts(tmp_path, body) == [
        "Children’s services – consent — a ‘note’, “quoted”; section 47; multi-agency; carefully; tab; • point; "
        "“cp1252” {braces} \\ back."]
    polish = r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Calibri;}}\pard Gda\'f1sk\par}"
    assert [b.text for b in read_document(add(tmp_path, "pl.rtf", polish.encode())).blocks] == ["Gdańsk"]


def test_unicode_escapes_and_their_fallbacks(tmp_path: Path) -> None:
    body = (r"\pard Diogelwch d\u373\'3fr; \u375?; {\uc2\u8217\'27\'27}s; {\uc0\u8212} dash; "
            r"\u8220\'93 twice? \u8221\'94; smile \u-10179\'3f\u-8704\'3f.\par")
    assert texts(tmp_path, body) == ["Diogelwch dŵr; ŷ; ’s; — dash; “ twice? ”; smile \U0001f600."]


def test_binary_data_is_skipped_by_its_length(tmp_path: Path) -> None:
    body = r"\pard {\*\blipuid 1}{\pict\bin6 {\}x\\}Share early.\par"
    assert texts(tmp_path, body) == ["Share early."]


def test_without_metadata_the_info_group_is_read(tmp_path: Path) -> None:
    info = (r"{\info{\title Joint information sharing agreement}{\author Jane Smith}{\operator Jane Smith}"
            r"{\creatim\yr2021\mo2\dy1\hr9\min0}{\revtim\yr2023\mo11\dy20\hr16\min30}"
            r"{\*\company Anytown Safeguarding Children Partnership}}")
    body = info + r"\pard\s1 Draft protocol\par\pard Share early.\par"
    document = read_document(add(tmp_path, "protocol.rtf", rtf(body), sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Joint information sharing agreement", "2023-11-20", "Anytown Safeguarding Children Partnership")
    assert "from the RTF file's properties" in document.warnings[0]


def test_a_truncated_file_is_read_with_a_warning(tmp_path: Path) -> None:
    data = rtf(r"\pard Share early.\par\pard {\b Record why") [:-1]
    document = read_document(add(tmp_path, "cut.rtf", data))
    assert [b.text for b in document.blocks] == ["Share early.", "Record why"]
    assert document.warnings == ("cut.rtf: the file ends before its groups close (2 open): it may be cut short; "
                                 "what it holds was read, but check it against the original",)


def box(*paragraphs: str, fallback: bool = True) -> str:
    """A floating text box as Word writes it: its properties, its text, and a picture copy of that text."""
    text = "".join(rf"\pard\plain {p}\par " for p in paragraphs)
    copy = rf"{{\shprslt{{\*\do\dobxcolumn\dptxbx{{\dptxbxtext {text}}}\dpx0\dpy0}}}}" if fallback else ""
    return (r"{\shp{\*\shpinst\shpleft0\shptop0\shpright4000\shpbottom1500\shpwr2\shplid2049"
            r"{\sp{\sn shapeType}{\sv 202}}{\sp{\sn wzName}{\sv Text Box 1}}"
            rf"{{\shptxt {text}}}}}{copy}}}")


def test_a_text_box_is_read_once_after_the_paragraph_it_is_anchored_in(tmp_path: Path) -> None:
    body = (r"\pard\s1 Myths and facts\par"
            r"\pard Some worries we hear. " + box(r"Myth: I need consent.", r"Fact: Not when a child is at risk.")
            + box("Remember: record why.") + r"Ask your lead.\par"
            r"\pard " + box("Myth: Data protection stops me.", "Fact: It does not.") + r"\par"
            r"\pard After the boxes.\par")
    assert texts(tmp_path, body) == [
        "heading 1: Myths and facts", "Some worries we hear. Ask your lead.", "Myth: I need consent.",
        "Fact: Not when a child is at risk.", "Remember: record why.", "Myth: Data protection stops me.",
        "Fact: It does not.", "After the boxes."]


def test_a_text_box_holds_its_own_formatting_lists_and_tables(tmp_path: Path) -> None:
    inner = (r"{\shp{\*\shpinst{\shptxt \pard\plain\s1 Who to call\par"
             r"{\listtext\pard\plain\f3 \'b7\tab}\pard\plain\ls1 the duty team\par"
             r"\trowd\cellx3000\cellx6000\pard\intbl Duty team\cell 01632 960 100\cell\row }}}")
    body = r"\pard Contacts " + inner + r"for the week.\par\pard Last line.\par"
    assert texts(tmp_path, body) == ["Contacts for the week.", "heading 1: Who to call", "- the duty team",
                                     "Duty team | 01632 960 100", "Last line."]


def test_an_old_drawing_objects_text_box_is_read_but_not_as_a_shapes_copy(tmp_path: Path) -> None:
    body = (r"\pard Before.{\*\do\dobxcolumn\dobypara\dptxbx{\dptxbxtext\pard Drawn box text.\par}\dpx0}\par"
            r"\pard " + box("Shape text.", fallback=True) + r"\par")
    assert texts(tmp_path, body) == ["Before.", "Drawn box text.", "Shape text."]


def test_a_nested_tables_rows_follow_the_row_of_the_cell_that_holds_it(tmp_path: Path) -> None:
    def nested(*cells: str) -> str:
        return ("".join(rf"\pard\intbl\itap2 {c}\nestcell " for c in cells)
                + r"{\*\nesttableprops\trowd\cellx2000\cellx4000\nestrow}{\nonesttables\par}")
    body = (r"\trowd\cellx3000\cellx9000\pard\intbl Team\cell How to reach them\cell\row "
            r"\trowd\cellx3000\cellx9000\pard\intbl Front door\cell\pard\intbl Weekdays, 9am to 5pm\par "
            + nested("Duty social worker", "01632 960 700") + nested("Police desk", "01632 960 701")
            + r"\pard\intbl\itap1\cell\row "
            r"\trowd\cellx3000\cellx9000\pard\intbl Out of hours\cell 01632 960 799\cell\row "
            r"\pard After the table.\par")
    assert texts(tmp_path, body) == [
        "Team | How to reach them", "Front door | Weekdays, 9am to 5pm", "Duty social worker | 01632 960 700",
        "Police desk | 01632 960 701", "Out of hours | 01632 960 799", "After the table."]


def test_a_table_nested_two_deep_and_one_cut_short(tmp_path: Path) -> None:
    body = (r"\trowd\cellx3000\pard\intbl Outer\par"
            r"\pard\intbl\itap2 Middle\nestcell\pard\intbl\itap3 Inner a\nestcell Inner b\nestcell"
            r"{\*\nesttableprops\nestrow}\pard\intbl\itap2 Middle b\nestcell{\*\nesttableprops\nestrow}"
            r"\pard\intbl\itap2 Cut\nestcell short\nestcell \pard\intbl\itap1\cell Second\cell\row "
            r"\pard\itap999999999 Depth\nestcell beyond\nestcell\pard After.\par")
    assert texts(tmp_path, body) == ["Outer | Second", "Middle | Middle b", "Inner a | Inner b", "Cut | short",
                                     "Depth | beyond", "After."]


FONTS_HEAD = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Calibri;}"
              r"{\f1\froman\fcharset2 Symbol;}{\f2\fnil\fcharset2 Wingdings;}"
              r"{\f3\fswiss\fcharset238 Calibri CE;}{\f4\fswiss\fcharset204 Calibri Cyr;}"
              r"{\f5\fswiss\fcharset161 Calibri Greek;}{\f6\fswiss\fcharset162 Calibri Tur;}"
              r"{\f7\fswiss\fcharset177 Arial (Hebrew);}{\f8\fswiss\fcharset178 Arial (Arabic);}"
              r"{\f9\fswiss\fcharset186 Calibri Baltic;}{\f10\fswiss\fcharset1\cpg1250 Default Font;}"
              r"\f11\fnil Old Style Font Entry;}" "\r\n")


@pytest.mark.parametrize(("run", "expected"), [
    (r"\f3 Gda\'f1sk, \'b3\'f3d\'9f", "Gdańsk, łódź"),
    (r"\f4 \'c4\'e8\'f2\'e8\'ed\'e0", "Дитина"),
    (r"\f5 \'f0\'e1\'e9\'e4\'df", "παιδί"),
    (r"\f6 \'e7ocuk \'fe\'f0", "çocuk şğ"),
    (r"\f7 \'e9\'ec\'e3", "ילד"),
    (r"\f8 \'d8\'dd\'e1", "طفل"),
    (r"\f9 vaik\'e0", "vaiką"),
    (r"\f10 \'b9", "ą"),  # a font's own code page (\cpg) when its character set says none
    (r"\f0 \'e9t\'e9", "été"),
    (r"\f3 \'b3{\f0 \'b3}\'b3", "ł³ł"),  # a group's font holds only in the group
    (r"\f3 \'b3\plain \'b3", "ł³"),  # \plain returns to the default font
])
def test_bytes_are_read_in_their_fonts_character_set(tmp_path: Path, run: str, expected: str) -> None:
    assert texts(tmp_path, rf"\pard {run}\par", head=FONTS_HEAD) == [expected]


def test_symbol_and_wingdings_bullets_read_as_bullets(tmp_path: Path) -> None:
    def item(font: str, glyph: str, text: str) -> str:
        return rf"{{\listtext\pard\plain \{font} {glyph}\tab}}\pard\plain\ls1\fi-360\li720 {text}\par "
    body = (item("f1", r"\'b7", "Symbol's bullet.") + item("f2", r"\'a7", "Wingdings' square.")
            + item("f2", r"\'d8", "Wingdings' arrow.") + item("f2", "l", "Wingdings' round bullet.")
            + item("f0", r"\u-3913\'b7", "A private-use bullet.")
            + r"\pard {\f1 a\'b3b} and {\f2 \'fc} done\par")
    blocks = read_document(add(tmp_path, "doc.rtf", rtf(body, FONTS_HEAD))).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        ("item", "Symbol's bullet."), ("item", "Wingdings' square."), ("item", "Wingdings' arrow."),
        ("item", "Wingdings' round bullet."), ("item", "A private-use bullet."), ("paragraph", "α≥β and ✓ done")]


def test_a_footnote_as_libreoffice_writes_it(tmp_path: Path) -> None:
    body = (r"\pard\plain {\rtlch \ltrch\loch" "\r\n" r"Share under section 11}{\super \chftn{\*\footnote \chftn"
            r"\pard\plain \s26{\rtlch \ltrch\loch" "\r\n" r"Children Act 2004, s11}}}{\rtlch \ltrch\loch" "\r\n"
            r".}" "\r\n" r"\par ")
    assert texts(tmp_path, body) == ["Share under section 11[1].", "[1] Children Act 2004, s11"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"Information sharing\r\nShare early.\r\n", "not a Rich Text Format document (it does not begin with "
     "'{\\rtf'): open it in a word processor and save it as Rich Text Format, or give it its own suffix"),
    (b"PK\x03\x04\x14\x00", "not a Rich Text Format document but a zip (a Word .docx or OpenDocument .odt named "
     ".rtf?): give it its own suffix"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "not a Rich Text Format document but an old Word .doc file named .rtf: "
     "save it from Word as .docx or Rich Text Format"),
    (b"", "empty file"),
    (b"{\\rtf1\\ansi" + b"{" * 5000 + b"x" + b"}" * 5001, "not a readable Rich Text Format document (its groups "
     "nest more than 1000 deep, which no word processor writes): refused"),
    (b"{\\rtf1\\ansi {\\pict\\bin99999 abc}}", "not a readable Rich Text Format document (binary data of 99999 "
     "bytes runs past the end of the file): open it in a word processor and save it again"),
])
def test_broken_and_hostile_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.rtf", data)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


@pytest.mark.parametrize("piece", [r"{\b text ", r"text\par ", r"{\*\x{\y z}}", r"\'e9", r"\u8217?", "x" * 50,
                                   r"{\footnote note}", r"\trowd\intbl a\cell b\cell\row ",
                                   r"\pard x{\shp{\*\shpinst{\shptxt \pard box\par}}{\shprslt{\*\do{\dptxbxtext y}}}}",
                                   r"\pard\intbl a\par\pard\intbl\itap2 b\nestcell{\*\nesttableprops\nestrow}",
                                   r"{\shp{\*\shpinst{\shptxt \pard\intbl\itap3 b\nestcell ", r"\f1 \'b7\f2 x"])
def test_reading_is_linear_in_the_input(tmp_path: Path, piece: str) -> None:
    from guidegraph.read.rtf import parse_rtf

    # unclosed groups beyond the depth allowed are refused; this many closed ones are read
    piece = piece + "}" * piece.count("{")
    tenth = seconds_to(lambda: parse_rtf(tmp_path / "t.rtf", (r"{\rtf1 " + piece * 2000 + "}").encode()))
    started = time.perf_counter()
    blocks, _ = parse_rtf(tmp_path / "t.rtf", (r"{\rtf1 " + piece * 20000 + "}").encode())
    assert time.perf_counter() - started < in_linear_time(tenth)
    assert blocks or "\\*" in piece


# ---------------------------------------------------------------------------------------------
# The fixtures, as a careful reader sees them

POLICY = UNSEEN / "hollinsford-primary-child-protection-policy-word.rtf"
PROCEDURE = UNSEEN / "ferncastle-early-help-consent-procedure-wordpad.rtf"
NOTICE = UNSEEN / "llanfedw-council-bilingual-info-sharing-word.rtf"


def block_texts(path: Path) -> list[str]:
    """Headings with their level, list items after "- " and their number if numbered."""
    return [(f"heading {b.level}: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.marker} " if b.kind == "item" and b.marker and b.marker[0].isalnum() else "")
            + b.text for b in read_document(path).blocks]


def test_the_policy_saved_from_word() -> None:
    found = block_texts(POLICY)
    # the approval and review line is document control, left out as in a document of any format
    assert found[:2] == [
        "heading 1: Hollinsford Primary School: Child Protection and Safeguarding Policy",
        "heading 1: Purpose and aims"]
    assert [t for t in found if t.startswith("heading")][1:] == [
        "heading 1: Purpose and aims", "heading 1: Legal framework", "heading 2: Data protection",
        "heading 1: The seven golden rules for sharing information", "heading 1: What staff should do"]
    assert found[4] == (
        "The governing body has a duty under section 175 of the Education Act 2002 to make arrangements to "
        "safeguard and promote the welfare of children. Where there is reasonable cause to suspect that a child is "
        "suffering, or is likely to suffer, significant harm, the local authority makes enquiries under section 47 "
        "of the Children Act 1989[1] and the school must help them.")
    assert found[5] == "[1] Children Act 1989, s47; see also s17 for children in need."
    assert found[7] == ("The Data Protection Act 2018 and UK GDPR do not prevent, or limit, the sharing of "
                        "information for the purposes of keeping children safe. The school relies on the lawful "
                        "bases below.")
    assert found[8:11] == [
        "Lawful basis | Where it is found | When the school relies on it",
        "Public task | UK GDPR Article 6(1)(e) | Sharing to carry out the school’s safeguarding duties",
        "Substantial public interest | UK GDPR Article 9(2)(g) and DPA 2018 Schedule 1 paragraph 18 | Sharing "
        "special category data, such as health information, to safeguard a child"]


def test_the_policys_golden_rules_and_steps_are_lists() -> None:
    items = [t for t in block_texts(POLICY) if t.startswith("- ")]
    assert [t.split(" ", 2)[1] for t in items[:9]] == ["1", "2", "3", "4", "5", "a", "b", "6", "7"]
    assert items[0].endswith("Protecting a child from such harm takes priority over protecting their privacy, or the "
                             "privacy rights of the person failing to protect them.")
    assert items[6] == "- b share only what is necessary and proportionate."
    assert items[9:] == [
        "- tell the designated safeguarding lead, or their deputy, straight away;",
        "- write down what you saw or heard, in the child’s own words, and sign and date it;",
        "- never promise a child that you will keep a secret."]


def test_the_policys_furniture_hidden_text_and_deletions_are_not_read() -> None:
    text = "\n".join(block_texts(POLICY))
    for unread in ("Template note", "Consent must always be sought", "OFFICIAL", "Page ", "PAGE", "HYPERLINK",
                   "TOC", "Times New Roman", "heading 1;", "89504e47", "Rhian Powell", "wordml", "\t1\n"):
        assert unread not in text, unread
    assert text.count("Purpose and aims") == 1  # not again from the table of contents
    assert text.endswith("Referrals to children’s social care are made through the Hollinsford Safeguarding "
                         "Children Partnership website or by telephone on 01632 960 411; the front door team "
                         "answers non-urgent calls within one working day.")
    assert "worried about a child’s welfare — however small the worry — act on it the same day:" in text


def test_the_policys_info_group_gives_its_properties(tmp_path: Path) -> None:
    path = tmp_path / POLICY.name
    shutil.copy(POLICY, path)
    document = read_document(path)
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Child Protection and Safeguarding Policy", "2025-02-10", "Hollinsford Primary School")


def test_the_procedure_typed_in_wordpad() -> None:
    assert block_texts(PROCEDURE) == [
        "heading 1: Ferncastle Early Help: Sharing Information and Consent",
        "Local procedure for practitioners in the Ferncastle Early Help Partnership. Version 2.1, January 2025.",
        "heading 2: Why this procedure matters",
        "Early help works best when families understand what is shared about them and why. This procedure explains "
        "when Ferncastle practitioners ask for consent, and when they share information without it.",
        "heading 2: When we ask for consent",
        "Early help is voluntary, so we ask the family’s agreement before we share their information with another "
        "service. We explain what we will share, with whom and why, and we record their answer.",
        "heading 2: When consent is not needed",
        "You do not need consent to share information when a child is suffering, or is likely to suffer, "
        "significant harm. Refer to children’s social care at once: an enquiry under section 47 of the Children "
        "Act 1989 may follow. Sharing for this purpose relies on the public task basis in Article 6(1)(e) of the "
        "UK GDPR.",
        "heading 3: If the family says no",
        "A refusal does not end your involvement. Before you decide:",
        "- talk to your manager or the early help coordinator;",
        "- consider whether the worry has grown into a risk of significant harm;",
        "- record the refusal and your decision – and the reasons for it.",
        "heading 2: Steps to take",
        "- 1 Check whether the family has agreed to the sharing, and when.",
        "- 2 Share only what the other service needs to know.",
        "- 3 Tell the family what you have shared, unless that would put the child at risk.",
        "heading 2: Contact",
        "Ferncastle Early Help Hub Civic Centre Ferncastle FC1 2AB",
        "Telephone 01632 960 522, Monday to Friday, 9am to 5pm."]


def test_the_welsh_notices_letters_and_quotes() -> None:
    found = block_texts(NOTICE)
    assert found[0] == "heading 1: Sharing information to protect children / Rhannu gwybodaeth i amddiffyn plant"
    assert "heading 2: Words we use / Geiriau rydym yn eu defnyddio" in found
    assert found[-2:] == ["water safety | diogelwch dŵr", "anyone concerned | unrhyw un sy’n pryderu am dŷ"]
    assert "“No one agency has the whole picture,” says the council’s Head of Children’s Services." in found[6]
    assert found[7].endswith("bydd y gweithiwr cymdeithasol yn siarad â’r teulu ac yn gwrando ar eu pryderon.")
    assert not [t for t in found if "?" in t or "Cyhoeddus" in t]


LEAFLET = UNSEEN / "whinmoor-scp-myths-and-facts-leaflet-word.rtf"
FRONT_DOOR = UNSEEN / "marshbrook-mash-front-door-procedure-libreoffice.rtf"


def test_the_leaflets_text_boxes_follow_their_paragraphs_once() -> None:
    found = block_texts(LEAFLET)
    assert found[:6] == [
        "heading 1: Sharing information to keep children safe: myths and facts",
        "A leaflet for everyone who works or volunteers with children in Whinmoor, from the Whinmoor Safeguarding "
        "Children Partnership. March 2025.",
        "heading 1: Why this leaflet",
        "Reviews of cases in Whinmoor keep finding the same thing: someone knew something worrying about a child but "
        "did not pass it on, because they thought the law stopped them. It does not.",
        "heading 1: Myths and facts",
        "The boxes on this page answer the worries we hear most often."]
    assert found[6:12] == [
        "Myth: I need the parents’ consent before I can share information about their child.",
        "Fact: Consent is not the only lawful basis for sharing. Where a child is at risk of significant harm you can "
        "share without consent, under the public task basis in Article 6(1)(e) of the UK GDPR. Seek the family’s "
        "agreement where it is safe to do so, but never let it delay protecting a child.",
        "Myth: Data protection law stops me sharing information about a child.",
        "Fact: The Data Protection Act 2018 and UK GDPR do not prevent, or limit, the sharing of information for the "
        "purposes of keeping children safe. Schedule 1, paragraph 18 of the Data Protection Act 2018 allows health "
        "and other special category data to be shared to safeguard a child.",
        "Myth: I must be sure a child is being abused before I tell anyone.",
        "Fact: You do not need proof. If you are worried, share your concern with your designated safeguarding lead "
        "or children’s social care the same day: it is for the local authority to make enquiries under section 47 "
        "of the Children Act 1989."]
    text = "\n".join(found)
    assert text.count("Myth:") == 3 and text.count("Remember:") == 1  # not again from the boxes' picture copies
    for unread in ("Text Box", "shapeType", "15652797", "Wingdings", "Calibri"):
        assert unread not in text, unread


def test_the_leaflets_symbol_bullets_callout_and_other_languages() -> None:
    assert block_texts(LEAFLET)[12:] == [
        "heading 1: Before you share, ask yourself",
        "- Is the child at risk of harm, or would sharing help to keep them safe?",
        "- What is the least I need to share, and with whom?",
        "- Would asking for consent put the child at greater risk?",
        "heading 1: Afterwards",
        "- Record what you shared, with whom, when and why.",
        "- Tell the family what you have shared, unless that would put the child at risk.",
        "Whinmoor’s front door team takes calls from 8.30am to 5pm on 01632 960 310.",
        "Remember: if a child is in immediate danger, call 999.",
        "heading 1: In other languages",
        "Polski: Ta ulotka jest dostępna w języku polskim. Zadzwoń pod numer 01632 960 310.",
        "Українська: Ця листівка доступна українською мовою."]
    items = [b for b in read_document(LEAFLET).blocks if b.kind == "item"]
    assert len(items) == 5 and not [b for b in items if b.number]


def test_the_procedure_exported_from_libreoffice() -> None:
    assert block_texts(FRONT_DOOR) == [
        "heading 1: Marshbrook MASH: sharing information at the front door",
        "Procedure for staff of the Marshbrook Multi-Agency Safeguarding Hub (MASH). Version 3, approved by the "
        "Marshbrook Safeguarding Children Partnership in January 2025.",
        "heading 1: Purpose",
        "This procedure explains how the partners in the MASH share information when a contact about a child is "
        "received, so that decisions about the child are made on the full picture.",
        "heading 1: The legal basis for sharing",
        "Each partner shares under its own duties. The local authority must make enquiries under section 47 of the "
        "Children Act 1989 where it has reasonable cause to suspect that a child is suffering, or is likely to "
        "suffer, significant harm; the police, health partners and the council must have regard to the need to "
        "safeguard children under section 11 of the Children Act 2004[1].",
        "[1] Children Act 2004, s11; see also Working Together to Safeguard Children 2023.",
        "Partners rely on the public task basis in Article 6(1)(e) of the UK GDPR, and on Schedule 1 paragraph 18 of "
        "the Data Protection Act 2018 for health and other special category data.",
        "heading 2: What partners share",
        "- what is known about the child and the family, and who else lives in the household;",
        "- any earlier concerns, referrals or convictions that bear on the child’s safety;",
        "- the child’s own views, where they are known.",
        "heading 1: Steps at the front door",
        "- 1 The MASH social worker screens the contact within one working day.",
        "- 2 Partners check their own records and record what they share, and why.",
        "- 3 The MASH manager decides the next step — and records the decision.",
        "heading 1: Contacts",
        "Team | How to reach them",
        "Marshbrook MASH | Monday to Friday, 8.30am to 5pm",
        "Duty social worker | 01632 960 700",
        "Police MASH desk | 01632 960 701",
        "Health MASH nurse | 01632 960 702",
        "Emergency Duty Team | Evenings, weekends and bank holidays: 01632 960 799",
        "If a child is in immediate danger, call 999."]


def test_the_libreoffice_procedures_properties(tmp_path: Path) -> None:
    path = tmp_path / FRONT_DOOR.name
    shutil.copy(FRONT_DOOR, path)
    document = read_document(path)
    assert (document.meta.title, document.meta.date) == ("Sharing information at the front door", "2025-01-27")
    assert "OFFICIAL" not in "\n".join(b.text for b in document.blocks)
