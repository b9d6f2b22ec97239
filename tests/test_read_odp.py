"""LibreOffice Impress presentations (.odp): slides in document order, hidden slides and the slides'
furniture not read, titles as sections, outline points nested by their lists and numbered by their
list style, tables as rows, grouped shapes in place, speaker notes kept unless they only prompt the
room, meta.xml's properties; another OpenDocument kind, a renamed zip and damaged or hostile files
refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import SIDECAR, UNSEEN

from guidegraph.errors import ParseError
from guidegraph.read import SUPPORTED_SUFFIXES, read_document
from guidegraph.segment import segment

sys.path.insert(0, str(UNSEEN / "odp-sources"))
from odp_parts import (  # noqa: E402
    Slide,
    content_xml,
    date_time,
    deck,
    footer,
    group,
    item,
    meta_xml,
    outline,
    page_number,
    para,
    picture,
    points,
    run,
    shape,
    subtitle,
    table,
    text_box,
    title,
)


def add(folder: Path, name: str, data: bytes, sidecar: bool = True) -> Path:
    path = folder / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def texts(tmp_path: Path, slides: list[Slide]) -> list[str]:
    """The blocks' texts ("heading N: ..." for headings, "- " before items, the marker before a numbered one)."""
    blocks = read_document(add(tmp_path, "deck.odp", deck(slides))).blocks
    return [(f"heading {b.level}: " if b.kind == "heading" else "- " if b.kind == "item" else "")
            + (f"{b.marker} " if b.kind == "item" and b.marker and b.marker not in "-*•" else "") + b.text
            for b in blocks]


def cover() -> Slide:
    return Slide(title("Sharing information safely")
                 + subtitle(para("A briefing for school staff"),
                            para("Anytown Safeguarding Children Partnership · May 2025"))
                 + picture("Anytown Safeguarding Children Partnership logo"))


def test_odp_is_a_supported_format() -> None:
    assert ".odp" in SUPPORTED_SUFFIXES


def test_slides_in_order_and_hidden_slides_not_read(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Why we share") + outline(points(item("Children rarely tell one person everything")))),
              Slide(title("Draft slide") + outline(points(item("Not ready for the session"))), hidden=True),
              Slide(title("Old numbers") + outline(points(item("Call 01632 960 000"))), hidden_on_page=True),
              Slide(title("When to share") + outline(points(item("Share as early as you can"))))]
    assert texts(tmp_path, slides) == [
        "heading 1: Sharing information safely", "A briefing for school staff", "heading 2: Why we share",
        "- Children rarely tell one person everything", "heading 2: When to share", "- Share as early as you can"]


def test_the_slide_number_footer_date_and_pictures_are_furniture(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Consent") + outline(points(item("Consent is not the only lawful basis")))
                             + footer("Anytown SCP · OFFICIAL") + date_time("05/05/2025") + page_number(2)
                             + picture("A practitioner on the phone", name="Image 2"))]
    # the master's footer and date, declared once for every slide, are not text either
    assert texts(tmp_path, slides) == [
        "heading 1: Sharing information safely", "A briefing for school staff", "heading 2: Consent",
        "- Consent is not the only lawful basis"]
    data = deck(slides, footer_text="Anytown SCP · OFFICIAL", date_text="05/05/2025")
    assert not [b for b in read_document(add(tmp_path, "footed.odp", data)).blocks if "OFFICIAL" in b.text]


def test_nested_and_numbered_points(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("What to do") + outline(
        points(item("Listen and write down the child’s words"),
               item("Tell the designated safeguarding lead", item("today, in person"),
                    item("by phone if they are off site")),
               item("Record what you did"), style="L2"),
        points(item("Never promise to keep a secret", item("even if the child asks you to")))))]
    blocks = read_document(add(tmp_path, "deck.odp", deck(slides))).blocks
    assert [(b.kind, b.marker, b.text) for b in blocks[3:]] == [
        ("item", "1", "Listen and write down the child’s words"),
        ("item", "2", "Tell the designated safeguarding lead"),
        ("item", "a", "today, in person"), ("item", "b", "by phone if they are off site"),
        ("item", "3", "Record what you did"), ("item", "-", "Never promise to keep a secret"),
        ("item", "-", "even if the child asks you to")]


def test_a_table_is_read_as_rows_and_grouped_shapes_in_order(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Lawful bases") + table(["Purpose", "Basis"],
                                                  ["Safeguarding a child", "UK GDPR Article 6(1)(e)"])),
              Slide(title("Record it") + group(shape(para("What you shared")), group(shape(para("And why"))))
                    + text_box(para("Tell the lead")))]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Lawful bases", "Purpose | Basis", "Safeguarding a child | UK GDPR Article 6(1)(e)",
        "heading 2: Record it", "- What you shared", "- And why", "- Tell the lead"]


def test_spaces_line_breaks_and_hidden_text(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Who to tell") + outline(points(
        item("Same day:\nyour  supervisor"),
        "<text:list-item>" + para("Out of hours", run(" [check this]", style="T2"), ": the duty team")
        + "</text:list-item>")))]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Who to tell", "- Same day: your supervisor", "- Out of hours: the duty team"]


def test_notes_that_say_something_are_kept_and_prompts_to_the_room_dropped(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Consent") + outline(points(item("Consent is not the only lawful basis"))),
                    notes=["Take a vote with a show of hands.",
                           "The public task is the usual basis for a council's staff."])]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Consent", "- Consent is not the only lawful basis",
        "The public task is the usual basis for a council's staff."]


def test_a_slide_with_no_title_carries_the_section_on(tmp_path: Path) -> None:
    slides = [cover(), Slide(title("Consent") + outline(points(item("Ask when it is safe to")))),
              Slide(outline(points(item("Do not ask when asking would put the child at risk"))))]
    segmented = segment(read_document(add(tmp_path, "deck.odp", deck(slides))))
    assert [s.title for s in segmented.sections] == ["Sharing information safely", "Consent"]
    assert texts(tmp_path, slides)[-1] == "- Do not ask when asking would put the child at risk"


def test_a_quiz_slide_and_its_answer_read_as_a_myth_and_its_answer(tmp_path: Path) -> None:
    slides = [cover(),
              Slide(title("Myth or fact?") + text_box(para("“GDPR stops me sharing.”")), notes=["Take a vote."]),
              Slide(title("Myth or fact?") + outline(para("Answer: Myth"),
                                                     para("It is a framework for sharing lawfully.")))]
    assert texts(tmp_path, slides)[2:] == [
        "heading 2: Myth or fact?", "Myth or fact? “GDPR stops me sharing.”",
        "Myth. It is a framework for sharing lawfully."]


def test_the_fixture_decks_titles_are_their_first_slides() -> None:
    quiz = read_document(UNSEEN / "wetherdale-scp-information-sharing-myth-or-fact-quiz.odp")
    assert quiz.blocks[0].kind == "heading" and quiz.blocks[0].text == "Information sharing: myth or fact?"
    assert not [b for b in quiz.blocks if "Only the police" in b.text or "OFFICIAL" in b.text]


def test_without_metadata_the_properties_in_meta_xml_are_preferred(tmp_path: Path) -> None:
    meta = meta_xml("Information sharing for early years settings", "Anytown Safeguarding Children Partnership",
                    "2024-09-02T09:00:00", "2025-02-11T15:20:00")
    data = deck([cover(), Slide(title("Consent") + outline(points(item("Ask when it is safe to"))))], meta=meta)
    document = read_document(add(tmp_path, "deck.odp", data, sidecar=False))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing for early years settings", "2025-02-11", "Anytown Safeguarding Children Partnership")
    assert "from the OpenDocument file's properties" in document.warnings[0]


def test_a_sidecar_wins_over_meta_xml(tmp_path: Path) -> None:
    meta = meta_xml("Early years deck", "Anytown Council", "2024-09-02T09:00:00", "2025-02-11T15:20:00")
    document = read_document(add(tmp_path, "deck.odp", deck([cover()], meta=meta)))
    assert (document.meta.title, document.meta.date) == ("Information sharing", "2023")
    assert document.warnings == ()


def zipped(**parts: str) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


HOSTILE = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'
TEXT_BODY = content_xml([]).replace("office:presentation", "office:text")


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04 broken", "not a readable OpenDocument presentation (File is not a zip file): check it opens in "
     "LibreOffice, or save it again as .odp"),
    (zipped(**{"ppt/presentation.xml": "<p/>"}), "not an OpenDocument presentation (a zip without content.xml): "
     "save it from LibreOffice as .odp, or convert it to PDF or text"),
    (deck([cover()], mimetype="application/vnd.oasis.opendocument.text", content=TEXT_BODY),
     "not an OpenDocument presentation: its mimetype is 'application/vnd.oasis.opendocument.text', not "
     "application/vnd.oasis.opendocument.presentation (another kind of file named .odp?): save it from "
     "LibreOffice Impress as .odp, or convert it to PDF or text"),
    (deck([cover()], mimetype="application/vnd.oasis.opendocument.spreadsheet"),
     "not an OpenDocument presentation: its mimetype is 'application/vnd.oasis.opendocument.spreadsheet', not "
     "application/vnd.oasis.opendocument.presentation (another kind of file named .odp?): save it from "
     "LibreOffice Impress as .odp, or convert it to PDF or text"),
    (deck([cover()], mimetype=None, content=TEXT_BODY), "not a readable OpenDocument presentation (no "
     "presentation body in content.xml): open it in LibreOffice Impress and save it again as .odp"),
    (deck([cover()], content=HOSTILE), "content.xml declares a document type, which LibreOffice never writes: "
     "refused"),
    (deck([cover()], content="<office:document-content"), "not a readable OpenDocument presentation (content.xml: "
     "unclosed token: line 1, column 0): open it in LibreOffice and save it again"),
])
def test_broken_and_hostile_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = add(tmp_path, "bad.odp", data)
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_a_part_that_unpacks_too_large_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from guidegraph.read import docx_zip

    monkeypatch.setattr(docx_zip, "MAX_PART_BYTES", 2048)
    slides = [cover(), Slide(title("Consent") + outline(points(*[item("Share early. " * 20)] * 20)))]
    path = add(tmp_path, "bomb.odp", deck(slides))
    with pytest.raises(ParseError, match=r"bomb\.odp: content\.xml unpacks to over 0 MB"):
        read_document(path)


def test_groups_nested_thousands_deep_are_refused(tmp_path: Path) -> None:
    shapes = shape(para("Deep"))
    for _ in range(5000):
        shapes = group(shapes)
    path = add(tmp_path, "deep.odp", deck([cover(), Slide(title("Deep") + shapes)]))
    with pytest.raises(ParseError, match=r"deep\.odp: not a readable OpenDocument presentation \(its shapes nest too "
                       r"deeply\)"):
        read_document(path)


def test_a_long_deck_is_read_in_linear_time(tmp_path: Path) -> None:
    import time

    slides = [cover()] + [Slide(title(f"Topic {n}") + outline(points(*[item(f"Point {k} of topic {n}")
                                                                      for k in range(30)])))
                          for n in range(200)]
    path = add(tmp_path, "long.odp", deck(slides))
    started = time.perf_counter()
    blocks = read_document(path).blocks
    assert len([b for b in blocks if b.kind == "item"]) == 200 * 30
    assert time.perf_counter() - started < 5
