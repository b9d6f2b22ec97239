"""PowerPoint decks (.pptx): slides in the order shown, hidden slides and the slides' furniture not
read, titles as sections, points as nested and numbered list items, tables as rows, grouped shapes
in order, speaker notes kept unless they only prompt the room or repeat the slide, core.xml's
properties; SmartArt read once in the diagram's order, placeholders whose kind is their layout's,
the deck's sections above their slides, a chart's title but not its data, a link's text, pictures'
descriptions not read; a .ppt, a renamed zip and damaged or hostile files refused."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from helpers import SIDECAR, UNSEEN

from guidegraph.errors import ParseError
from guidegraph.read import SUPPORTED_SUFFIXES, read_document
from guidegraph.segment import segment

sys.path.insert(0, str(UNSEEN / "pptx-sources"))
from pptx_parts import (  # noqa: E402
    Node,
    Slide,
    bulleted,
    chart,
    chart_part,
    content,
    core,
    custom_layout,
    deck,
    furniture,
    group,
    layout_placeholder,
    linked,
    para,
    picture,
    placeholder,
    placeholder_as_saved,
    run,
    sections_ext,
    smartart,
    smartart_parts,
    smartart_relations,
    table,
    text_box,
    title,
    web_link,
)

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # PowerPoint 97-2003 (.ppt), a compound file


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def texts(tmp_path: Path, slides: list[Slide], made: list[int] | None = None, **parts: object) -> list[str]:
    """The blocks' texts ("heading N: ..." for headings, "- " before items, the marker before a numbered one)."""
    blocks = read_document(add(tmp_path, "deck.pptx", deck(slides, made, **parts))).blocks
    return [(f"heading {b.level}: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.marker} " if b.kind == "item" and b.marker and b.marker not in "-*•" else "") + b.text
            for b in blocks]


def cover() -> Slide:
    return Slide(title("Sharing information safely", centred=True)
                 + placeholder("subTitle", para("A briefing for school staff"),
                               para("Anytown Safeguarding Children Partnership · May 2025"), idx=1))


def test_pptx_is_a_supported_format() -> None:
    assert ".pptx" in SUPPORTED_SUFFIXES


def test_slides_in_the_order_shown_and_hidden_slides_not_read(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Why we share") + content(para("Children rarely tell one person everything"))),
              Slide(title("Draft slide") + content(para("Not ready for the session")), hidden=True),
              Slide(title("When to share") + content(para("Share as early as you can")))]
    # the files were made in another order: "When to share" first, the cover last
    assert texts(tmp_path, slides, made=[4, 2, 3, 1]) == [
        "heading 1: Sharing information safely", "A briefing for school staff", "heading 2: Why we share",
        "- Children rarely tell one person everything", "heading 2: When to share", "- Share as early as you can"]


def test_the_date_footer_and_slide_number_are_furniture(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Consent") + content(para("Consent is not the only lawful basis"))
                             + furniture("Anytown SCP · OFFICIAL", "05/05/2025", 2))]
    assert texts(tmp_path, slides) == [
        "heading 1: Sharing information safely", "A briefing for school staff", "heading 2: Consent",
        "- Consent is not the only lawful basis"]


def test_nested_and_numbered_points(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("What to do") + content(
        para("Listen and write down the child’s words", numbered="arabicPeriod"),
        para("Tell the designated safeguarding lead", numbered="arabicPeriod"),
        para("today, in person", lvl=1, numbered="alphaLcParenR"),
        para("by phone if they are off site", lvl=1, numbered="alphaLcParenR"),
        para("Record what you did", numbered="arabicPeriod"),
        para("Never promise to keep a secret", bullet=True),
        para("even if the child asks you to", lvl=1)))]
    blocks = read_document(add(tmp_path, "deck.pptx", deck(slides))).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks[3:]] == [
        ("item", "1", "Listen and write down the child’s words"),
        ("item", "2", "Tell the designated safeguarding lead"),
        ("item", "a", "today, in person"), ("item", "b", "by phone if they are off site"),
        ("item", "3", "Record what you did"), ("item", "-", "Never promise to keep a secret"),
        ("item", "-", "even if the child asks you to")]


def test_a_table_is_read_as_rows_and_grouped_boxes_in_order(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Lawful bases") + table(["Purpose", "Basis"],
                                                  ["Safeguarding a child", "UK GDPR Article 6(1)(e)"])),
              Slide(title("Record it") + group(text_box(para("What you shared")), text_box(para("And why")))
                    + text_box(para("Tell the lead")))]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Lawful bases", "Purpose | Basis", "Safeguarding a child | UK GDPR Article 6(1)(e)",
        "heading 2: Record it", "- What you shared", "- And why", "- Tell the lead"]


def test_notes_that_say_something_are_kept_and_prompts_to_the_room_dropped(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Consent") + content(para("Consent is not the only lawful basis")),
                    notes=["Take a vote with a show of hands.",
                           "The public task is the usual basis for a council's staff."])]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Consent", "- Consent is not the only lawful basis",
        "The public task is the usual basis for a council's staff."]


def test_a_deck_of_no_slides_is_a_document_with_no_text(tmp_path: Path) -> None:
    """A deck whose every slide is hidden (or whose slide list a damage emptied) reads as no text,
    with the warning any empty document gets."""
    document = read_document(add(tmp_path, "empty.pptx", deck([Slide(title("Spare"), hidden=True)])))
    assert document.blocks == () and any("no text found" in warning for warning in document.warnings)


def test_a_slide_with_no_title_carries_the_section_on(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Consent") + content(para("Ask when it is safe to"))),
              Slide(content(para("Do not ask when asking would put the child at risk")))]
    segmented = segment(read_document(add(tmp_path, "deck.pptx", deck(slides))))
    assert [s.title for s in segmented.sections] == ["Sharing information safely", "Consent"]
    assert texts(tmp_path, slides)[-1] == "- Do not ask when asking would put the child at risk"


def test_a_quiz_slide_and_its_answer_read_as_a_myth_and_its_answer(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Myth or fact?") + content(para("“GDPR stops me sharing.”", bullet=False)),
                    notes=["Take a vote."]),
              Slide(title("Myth or fact?") + content(para("Answer: Myth", bullet=False),
                                                     para("It is a framework for sharing lawfully.", bullet=False)))]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Myth or fact?", "Myth or fact? “GDPR stops me sharing.”",
        "Myth. It is a framework for sharing lawfully."]


def test_the_fixture_decks_titles_are_their_first_slides(tmp_path: Path) -> None:
    quiz = read_document(UNSEEN / "northmoor-scp-myths-and-facts-quiz-deck.pptx")
    assert quiz.blocks[0].kind == "heading" and quiz.blocks[0].text == "Information sharing: myths and facts"
    assert not [b for b in quiz.blocks if "Slide " in b.text or "Only social workers" in b.text]


def test_without_metadata_the_properties_in_core_xml_are_preferred(tmp_path: Path) -> None:
    properties = core("Information sharing for early years settings", "Anytown Safeguarding Children Partnership",
                      "2024-09-02T09:00:00Z", "2025-02-11T15:20:00Z")
    data = deck([cover(), Slide(title("Consent") + content(para("Ask when it is safe to")))], properties=properties)
    document = read_document(add(tmp_path, "deck.pptx", data, sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing for early years settings", "2025-02-11", "Anytown Safeguarding Children Partnership")
    assert "from the PowerPoint file's properties" in document.warnings[0]


def test_a_sidecar_wins_over_core_xml(tmp_path: Path) -> None:
    properties = core("Early years deck", "Anytown Council", "2024-09-02T09:00:00Z", "2025-02-11T15:20:00Z")
    document = read_document(add(tmp_path, "deck.pptx", deck([cover()], properties=properties)))
    assert (document.meta.title, document.meta.date) == ("Information sharing", "2023")
    assert document.warnings == ()


def zipped(**parts: str) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def without(data: bytes, name: str) -> bytes:
    import io

    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info, source.read(info))
    return buffer.getvalue()


HOSTILE = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'


@pytest.mark.parametrize(("data", "reason"), [
    (OLE_SIGNATURE + b"\x00" * 504, "a PowerPoint 97-2003 presentation (.ppt) named .pptx: open it in PowerPoint "
     "and save it as a PowerPoint Presentation (.pptx), or convert it to PDF"),
    (b"PK\x03\x04 broken", "not a readable PowerPoint presentation (File is not a zip file): check it opens in "
     "PowerPoint, or save it again as .pptx"),
    (zipped(**{"word/document.xml": "<w/>"}), "not a PowerPoint presentation (a zip without ppt/presentation.xml): "
     "save it from PowerPoint as .pptx, or convert it to PDF or text"),
    (deck([cover()], extra={"ppt/presentation.xml": HOSTILE}),
     "ppt/presentation.xml declares a document type, which PowerPoint never writes: refused"),
    (without(deck([cover(), cover()]), "ppt/slides/slide2.xml"), "not a readable PowerPoint presentation "
     "(ppt/slides/slide2.xml, a slide it lists, is missing): open it in PowerPoint and save it again"),
])
def test_broken_and_hostile_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.pptx", data)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_part_that_unpacks_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guidegraph.read import docx_zip

    monkeypatch.setattr(docx_zip, "MAX_PART_BYTES", 2048)
    slides = [cover(), Slide(title("Consent") + content(*[para("Share early. " * 20)] * 20))]
    path = add(tmp_path, "bomb.pptx", deck(slides))
    with pytest.raises(ParseError, match=r"bomb\.pptx: ppt/slides/slide2\.xml unpacks to over 0 MB"):
        read_document(path)


def test_groups_nested_thousands_deep_are_refused(tmp_path: Path) -> None:
    shapes = text_box(para("Deep"))
    for _ in range(5000):
        shapes = group(shapes)
    path = add(tmp_path, "deep.pptx", deck([cover(), Slide(title("Deep") + shapes)]))
    with pytest.raises(ParseError, match=r"deep\.pptx: not a readable PowerPoint presentation \(its shapes nest too "
                       r"deeply\)"):
        read_document(path)


# --- what real training decks hold besides


def exported(tmp_path: Path, slides: list[Slide], **parts: object) -> list[str]:
    """The deck as the reader writes it in the shape of PowerPoint's text export (points indented by tabs)."""
    from guidegraph.read.pptx import pptx_export

    path = add(tmp_path, "deck.pptx", deck(slides, **parts))
    return pptx_export(path, path.read_bytes())


RULES = [Node("Necessary and proportionate", made=1), Node("Relevant", made=2),
         Node("Adequate", made=5), Node("Accurate", made=3), Node("Timely", made=4)]


def test_smartart_is_read_once_in_the_diagrams_order(tmp_path: Path) -> None:
    """The data model's points are kept in the order they were made ("Adequate" last); the `parOf`
    connections' `srcOrd` give the order shown; the drawing PowerPoint saves beside is the same text."""
    slides = [cover(), Slide(title("Sharing well") + smartart(RULES), relations=smartart_relations(1))]
    assert texts(tmp_path, slides, extra=smartart_parts(1, RULES))[2:] == [
        "heading 2: Sharing well", "- Necessary and proportionate", "- Relevant", "- Adequate", "- Accurate",
        "- Timely"]


def test_smartart_nodes_children_are_their_sub_points(tmp_path: Path) -> None:
    pathway = [Node("Notice a concern", made=1, children=[Node("What a child says", made=2),
                                                          Node("What you see", made=5)]),
               Node("Tell the DSL the same day", made=3, children=[Node("Log it before you go home", made=4)])]
    slides = [cover(), Slide(title("Pathway") + smartart(pathway), relations=smartart_relations(1))]
    lines = exported(tmp_path, slides, extra=smartart_parts(1, pathway, layout="hierarchy2"))
    assert lines[lines.index("Pathway") + 1:lines.index("Pathway") + 6] == [
        "\tNotice a concern", "\t\tWhat a child says", "\t\tWhat you see", "\tTell the DSL the same day",
        "\t\tLog it before you go home"]


def test_smartart_whose_connections_loop_is_read_once_and_one_whose_data_is_lost_is_not_refused(
        tmp_path: Path) -> None:
    parts = smartart_parts(1, RULES)
    data = parts["ppt/diagrams/data1.xml"]
    # a damaged model: "Timely" (node 4) made the parent of the document's first node
    looped = data.replace("</dgm:cxnLst>", '<dgm:cxn modelId="{00000999-5A1C-4E2B-9C3D-7F60A1B2C3D4}" '
                          'srcId="{00000004-5A1C-4E2B-9C3D-7F60A1B2C3D4}" '
                          'destId="{00000001-5A1C-4E2B-9C3D-7F60A1B2C3D4}" srcOrd="0" destOrd="0"/></dgm:cxnLst>')
    slides = [cover(), Slide(title("Sharing well") + smartart(RULES), relations=smartart_relations(1))]
    read = texts(tmp_path, slides, extra={**parts, "ppt/diagrams/data1.xml": looped})
    assert sorted(read[3:]) == sorted(["- Necessary and proportionate", "- Relevant", "- Adequate", "- Accurate",
                                       "- Timely"])
    lost = {name: text for name, text in parts.items() if not name.endswith("data1.xml")}
    assert texts(tmp_path, slides, extra=lost)[2:] == ["heading 2: Sharing well"]


def test_a_placeholder_takes_its_kind_from_the_layout_and_an_empty_one_is_nothing(tmp_path: Path) -> None:
    layout = custom_layout("Two Content", layout_placeholder("title"), layout_placeholder("", 1, sz="half"),
                           layout_placeholder("sldNum", 12, sz="quarter"))
    slides = [Slide(title("Sharing a concern", centred=True)
                    + placeholder("subTitle", para("For all staff"), idx=1)
                    + placeholder("body", para(), idx=13, name="Presenter Placeholder 3")),
              Slide(title("Who to tell") + placeholder_as_saved('<p:ph sz="half" idx="1"/>', para("The DSL"))
                    + placeholder_as_saved('<p:ph type="body" sz="quarter" idx="13"/>', para())
                    + placeholder_as_saved('<p:ph idx="12"/>', para("2")), layout=2)]
    assert texts(tmp_path, slides, layouts=[layout]) == [
        "heading 1: Sharing a concern", "For all staff", "heading 2: Who to tell", "- The DSL"]


def test_the_decks_sections_head_their_slides_one_level_up(tmp_path: Path) -> None:
    """The first section is the title slide's; a section of hidden slides, or of only a closing
    "Questions?", heads nothing."""
    slides = [cover(), Slide(title("Aims") + content(para("Know the law"))),
              Slide(title("The law") + content(para("Children Act 2004, section 11"))),
              Slide(title("Consent") + content(para("Not needed where a child is at risk"))),
              Slide(title("Spare") + content(para("Only if time")), hidden=True),
              Slide(title("Recording") + content(para("Record why"))),
              Slide(title("Questions?"))]
    sections = sections_ext([("Introduction", [1, 2]), ("Part 1: The law", [3, 4]), ("Extra", [5]),
                             ("Part 2: Practice", [6]), ("Close", [7])])
    assert texts(tmp_path, slides, sections=sections)[2:] == [
        "heading 2: Aims", "- Know the law", "heading 2: Part 1: The law", "heading 3: The law",
        "- Children Act 2004, section 11", "heading 3: Consent", "- Not needed where a child is at risk",
        "heading 2: Part 2: Practice", "heading 3: Recording", "- Record why"]


def test_powerpoints_own_section_names_and_a_title_repeating_its_section_head_nothing(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Aims") + content(para("Know the law"))),
              Slide(title("Recording") + content(para("Record why")))]
    sections = sections_ext([("Default Section", [1, 2]), ("Recording", [3])])
    assert texts(tmp_path, slides, sections=sections)[2:] == [
        "heading 2: Aims", "- Know the law", "heading 2: Recording", "- Record why"]


def test_a_charts_title_is_a_line_and_its_data_is_not_text(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("What staff told us") + chart("rId3")
                             + content(para("Most concerns were logged within a day")),
                             relations=[("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/"
                                         "relationships/chart", "../charts/chart1.xml")])]
    parts = {"ppt/charts/chart1.xml": chart_part("Concerns logged, 2024/25", "Concerns",
                                                 {"Autumn": 42, "Spring": 57})}
    assert texts(tmp_path, slides, extra=parts)[2:] == [
        "heading 2: What staff told us", "- Concerns logged, 2024/25", "- Most concerns were logged within a day"]
    untitled = {"ppt/charts/chart1.xml": chart_part("", "Concerns", {"Autumn": 42})}
    assert texts(tmp_path, slides, extra=untitled)[2:] == [
        "heading 2: What staff told us", "- Most concerns were logged within a day"]


def test_a_links_text_is_read_and_a_pictures_description_is_not(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("The law")
                             + content(para(raw=linked("Children Act 2004, section 11", "rId3")
                                            + run(": every agency must safeguard children")))
                             + picture("Photograph of a teacher talking with a pupil"),
                             relations=[web_link("rId3", "https://www.legislation.gov.uk/ukpga/2004/31/section/11")])]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: The law", "- Children Act 2004, section 11: every agency must safeguard children"]


def test_notes_keep_their_bullets_and_numbers_and_drop_what_repeats_the_slide(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("When you are unsure") + content(para("Ask for advice before you decide")),
                             notes=["Ask for advice before you decide",
                                    "If you are unsure whether to share:",
                                    para("Speak to your DSL", numbered="arabicPeriod"),
                                    bulleted("Out of hours, the Emergency Duty Team", lvl=1),
                                    para("Record the advice you were given", numbered="arabicPeriod")])]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: When you are unsure", "- Ask for advice before you decide", "If you are unsure whether to share:",
        "- 1 Speak to your DSL", "- Out of hours, the Emergency Duty Team", "- 2 Record the advice you were given"]
