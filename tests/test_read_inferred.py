"""A document with no metadata: what its text says is taken, with a warning, and published as excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import SIDECAR

from guidegraph.cli import main
from guidegraph.errors import GuidegraphError
from guidegraph.read import read_corpus, read_document
from guidegraph.read.inferred import good_date, good_title, organisation

FACTSHEET = """\
# Sharing information to keep children safe

Published March 2019, updated 2021.

## The law

The Data Protection Act 2018 and the Children Act 1989 support sharing in England. In Scotland,
practitioners follow their own guidance.

Working Together to Safeguard Children sets out what agencies in England must do.

Copyright © 2021 Anytown Safeguarding Children Partnership - all rights reserved.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_metadata_taken_from_the_text(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "Anytown factsheet.md", FACTSHEET))
    meta = document.meta
    assert meta.slug == "anytown-factsheet"
    assert meta.title == "Sharing information to keep children safe"
    assert meta.date == "2021"  # the latest year it names
    assert meta.jurisdictions == ("England",)  # Scotland is named once, in passing
    assert meta.publisher == "Anytown Safeguarding Children Partnership"
    assert meta.rights == "Copyright © 2021 Anytown Safeguarding Children Partnership - all rights reserved."
    assert meta.publish == "excerpts"  # its rights are not known to allow republishing
    assert document.warnings[0] == (
        "Anytown factsheet.md: no metadata: taken from its text: title 'Sharing information to keep children "
        "safe', date 2021, England, publisher Anytown Safeguarding Children Partnership; its rights are "
        "unknown, so the site shows excerpts only. Add Anytown factsheet.toml beside it to set them (see the "
        "README)")
    assert [block.text for block in document.blocks][:2] == [
        "Sharing information to keep children safe", "Published March 2019, updated 2021."]


def test_nations_named_in_two_paragraphs_and_england_and_wales_is_an_extent(tmp_path: Path) -> None:
    text = ("Guidance for Wales\n\nThe Social Services and Well-being (Wales) Act 2014 applies. The Crime and "
            "Disorder Act 1998 extends to England and Wales. Scottish readers should see GIRFEC.\n")
    meta = read_document(write(tmp_path, "wales.txt", text)).meta
    assert meta.jurisdictions == ("Wales",)
    uk = "Guidance for England, Wales, Scotland and Northern Ireland, 2015.\n\n" * 2
    assert read_document(write(tmp_path, "uk.txt", uk)).meta.jurisdictions == (
        "England", "Wales", "Scotland", "Northern Ireland")


def test_no_nation_named_assumes_england_and_says_so(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "note.txt", "Information Sharing\n\nThe Data Protection Act 2018 "
                                   "allows sharing to protect a child.\n"))
    assert document.meta.jurisdictions == ("England",)
    assert "date 2018, England (it names no nation), publisher not recorded;" in document.warnings[0]
    assert document.meta.title == "Information Sharing"


def test_html_title_from_its_top_heading(tmp_path: Path) -> None:
    html = ("<html><body><nav><a href='/'>Home</a></nav><h1>Information sharing protocol</h1>"
            "<h2>Purpose</h2><p>Agreed by partners in Northern Ireland in 2022. Northern Ireland law applies.</p>"
            "</body></html>")
    meta = read_document(write(tmp_path, "protocol.html", html)).meta
    assert (meta.title, meta.date, meta.jurisdictions) == ("Information sharing protocol", "2022",
                                                           ("Northern Ireland",))


def test_a_corpus_without_metadata_builds_with_warnings(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "factsheet.md", FACTSHEET)
    write(corpus, "other.txt", "Myths about sharing\n\nThe Human Rights Act 1998 protects private life.\n")
    assert [d.meta.slug for d in read_corpus(corpus)] == ["factsheet", "other"]
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "factsheet.md: no metadata: taken from its text" in caplog.text
    page = (out / "site" / "documents" / "factsheet.html").read_text(encoding="utf-8")
    assert "Sharing information to keep children safe" in page
    assert 'id="excerpts-note"' in page  # excerpts only: its rights are unknown
    other = (out / "site" / "documents" / "other.html").read_text(encoding="utf-8")
    assert "This document came with no record of its rights, so its full text is not republished." in other


def test_strict_refuses_a_document_without_metadata(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "factsheet.md", FACTSHEET)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", "--strict", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 3  # a build step failed (README, exit codes)
    assert "--strict: 1 warning(s) while reading the corpus; the first: factsheet.md: no metadata" in result.output
    assert not out.exists()


def test_the_folders_own_notes_are_not_guidance(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A folder of downloaded guidance often holds a README or MANIFEST describing it."""
    corpus = tmp_path / "corpus"
    write(corpus, "factsheet.md", FACTSHEET)
    write(corpus, "MANIFEST.md", "# Sources\n\n| file | title |\n|---|---|\n| factsheet.md | Sharing, 2021 |\n")
    write(corpus, "readme.txt", "Downloaded 2024.\n")
    assert [d.meta.slug for d in read_corpus(corpus)] == ["factsheet"]
    assert f"{corpus / 'MANIFEST.md'}: not read: the corpus folder's own notes, by its name (add MANIFEST.toml" \
        in caplog.text
    write(corpus, "readme.toml", SIDECAR)  # with metadata of its own, it is a document
    assert [d.meta.slug for d in read_corpus(corpus)] == ["factsheet", "readme"]


def test_a_folder_of_notes_only_has_no_documents(tmp_path: Path) -> None:
    write(tmp_path, "README.md", "Guidance goes here, 2024.\n")
    with pytest.raises(GuidegraphError, match=r"no documents in the corpus folder, only its own notes \(README\.md\)"):
        read_corpus(tmp_path)


def test_cover_lines_give_title_and_publisher(tmp_path: Path) -> None:
    text = ("Riverside Community NHS Trust\n\nSafeguarding Children: Sharing Confidential Information\n\n"
            "Introduction\n\nStaff may share under UK GDPR Article 6(1)(c) and (e), as the Data Protection Act 2018 "
            "allows.\n\nNext review date: March 2031.\n")
    document = read_document(write(tmp_path, "policy.txt", text))
    assert (document.meta.title, document.meta.publisher, document.meta.date) == (
        "Safeguarding Children: Sharing Confidential Information", "Riverside Community NHS Trust", "2018")
    assert document.meta.rights == "not recorded"  # "6(1)(c)" is no copyright sign


def test_a_publishers_name_set_over_several_cover_lines_is_read_whole(tmp_path: Path) -> None:
    """A briefing's masthead breaks the partnership's name over short lines ("Harbury" over
    "Safeguarding" over "Children" over "Partnership"): the publisher is the whole name, never
    "Partnership" alone; a subtitle above it is not part of it."""
    pdf = Path(__file__).parent / "fixtures" / "unseen" / "harbury-scp-seven-minute-briefing-grid-print.pdf"
    (tmp_path / pdf.name).write_bytes(pdf.read_bytes())
    assert read_document(tmp_path / pdf.name).meta.publisher == "Harbury Safeguarding Children Partnership"
    text = ("Sharing information early\n\nAnytown Safeguarding\n\nChildren Partnership\n\n"
            "Practitioners may share under the Children Act 1989, as Working Together 2023 explains.\n")
    document = read_document(write(tmp_path, "briefing.txt", text))
    assert (document.meta.title, document.meta.publisher) == (
        "Sharing information early", "Anytown Safeguarding Children Partnership")
    lone = "Sharing information early\n\nPartnership\n\nPractitioners may share, as the 2023 guidance says.\n"
    assert read_document(write(tmp_path, "lone.txt", lone)).meta.publisher == "not recorded"


COVER_IN_CAPITALS = """\
ANYTOWN MULTI-AGENCY SAFEGUARDING HUB (MASH)
Version: 3.0 | Status: Approved
MULTI-AGENCY RISK ASSESSMENT CONFERENCE (MARAC)
INFORMATION SHARING PROTOCOL

SECTION 1 – INTRODUCTION

A MARAC shares information about victims of domestic abuse at high risk, and about their children, under
the Crime and Disorder Act 1998 s115 and the Data Protection Act 2018, as Anytown agreed in 2023. Each
MARAC is held monthly in Anytown.
"""


@pytest.mark.parametrize(("text", "title", "publisher"), [
    # a cover set in capitals: the publisher's name as a name, the title over two lines as a
    # sentence with the initials the text writes in capitals, the control fields skipped
    (COVER_IN_CAPITALS, "Multi-agency risk assessment conference (MARAC) information sharing protocol",
     "Anytown Multi-Agency Safeguarding Hub (MASH)"),
    ("ANYSHIRE CONSTABULARY\nForce Procedure PP/117\n\nSHARING INFORMATION WITH SCHOOLS\n\n"
     "Officers share what a school needs to know, as the Children Act 2004 s11 requires of the force in 2024.\n",
     "Sharing information with schools", "Anyshire Constabulary"),
    ("Anyshire CAMHS\n\nWho will know what I tell you?\n\nWhat you tell us stays private unless you are at risk; "
     "the Children Act 1989 lets us share then. Reviewed 2024.\n", "Who will know what I tell you?", "Anyshire CAMHS"),
    # a letter: its salutation is not its title, its "Re:" line is
    ("Dear Parent/Carer,\n\n## Re: How we share information to keep children safe\n\nAs we start the year, "
     "this letter of 2024 explains how we share.\n", "How we share information to keep children safe", "not recorded"),
    # a title naming a service is not the service
    ("# Sharing information with the MASH\n\nThe MASH takes referrals under the Children Act 1989 since 2019.\n",
     "Sharing information with the MASH", "not recorded"),
])
def test_a_covers_capitals_references_and_salutations(tmp_path: Path, text: str, title: str, publisher: str) -> None:
    meta = read_document(write(tmp_path, "cover.md", text)).meta
    assert (meta.title, meta.publisher) == (title, publisher)


def test_a_cover_line_the_reader_took_for_an_unmarked_item_can_be_the_title(tmp_path: Path) -> None:
    """'Volunteer Handbook – Section 6' under the association's name, over the section's own title,
    is read as a list of lines no bullet marks: it is still the title, not the first section's heading."""
    handbook = Path(__file__).parent / "fixtures" / "unseen" / "youth-club-volunteer-handbook-myth-or-fact.txt"
    (tmp_path / handbook.name).write_bytes(handbook.read_bytes())
    meta = read_document(tmp_path / handbook.name).meta
    assert (meta.title, meta.publisher) == ("Volunteer Handbook – Section 6", "Northfield Youth Clubs Association")


def test_an_email_saved_as_text_names_itself_in_its_headers(tmp_path: Path) -> None:
    """Its Subject (without "RE:") is the title, the day it was sent the date, and its sender the
    publisher when an organisation sent it; a person who sent it is no publisher."""
    headers = ("From: Northvale Safeguarding Children Partnership <bulletin@northvale.example.gov.uk>\n"
               "Sent: 14 May 2024 09:02\nTo: Subscribers\nSubject: RE: [EXTERNAL] Sharing early - a reminder\n\n")
    body = "Hi all,\n\nShare early: the Children Act 1989 allows it, as our 2019 guide says.\n"
    meta = read_document(write(tmp_path, "bulletin.txt", headers + body)).meta
    assert (meta.title, meta.publisher, meta.date) == (
        "Sharing early - a reminder", "Northvale Safeguarding Children Partnership", "2024-05-14")
    from_a_person = headers.replace("Northvale Safeguarding Children Partnership", "Priya Shah")
    meta = read_document(write(tmp_path, "reply.txt", from_a_person + body)).meta
    assert (meta.title, meta.publisher) == ("Sharing early - a reminder", "not recorded")


def test_a_capitalised_cover_title_is_written_as_a_sentence(tmp_path: Path) -> None:
    text = "JOINT PROTOCOL FOR SHARING INFORMATION\n\n1. Purpose\n\nThis protocol of 2023 covers sharing.\n"
    assert read_document(write(tmp_path, "protocol.txt", text)).meta.title == "Joint protocol for sharing information"


def test_a_text_naming_no_year_takes_its_files_year_clamped_by_source_date_epoch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = write(tmp_path, "note.txt", "Information sharing\n\nShare early and record why.\n")
    os.utime(path, (1_800_000_000, 1_800_000_000))  # a file changed in 2027
    assert read_document(path).meta.date == "2027"
    assert "date 2027 (the file's, as its text names no year)" in read_document(path).warnings[0]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023
    assert read_document(path).meta.date == "2023"


PAGE = """<html><head><title>Sharing information to safeguard children | Anytown LSCP</title>
<meta name="DC.publisher" content="Anytown Local Safeguarding Children Partnership">
<meta property="article:published_time" content="2019-09-02T08:00:00Z">
<meta property="article:modified_time" content="2022-01-10T15:04:00Z">
</head><body><h1>Information sharing</h1><p>The Data Protection Act 2018 applies. Working Together to
Safeguard Children 2023 sets out what agencies in England must do.</p>
<p>Copyright © 2024 Anytown Council</p></body></html>"""


def test_a_pages_own_title_date_and_publisher_are_preferred_to_its_texts(tmp_path: Path) -> None:
    document = read_document(write(tmp_path, "sharing.html", PAGE))
    meta = document.meta
    assert (meta.title, meta.date, meta.publisher) == (
        "Sharing information to safeguard children", "2022-01-10", "Anytown Local Safeguarding Children Partnership")
    assert meta.rights == "Copyright © 2024 Anytown Council"  # rights are only ever a copyright line's
    assert document.warnings[0].startswith(
        "sharing.html: no metadata: taken from its text and properties: title 'Sharing information to safeguard "
        "children' from the page's <title>, date 2022-01-10 from the page's <meta>, England, publisher Anytown Local "
        "Safeguarding Children Partnership from the page's <meta>; its rights are unknown")


@pytest.mark.parametrize(("title", "publisher"), [
    ("Sharing information to safeguard children - Wrenford Safeguarding Hub", "Wrenford Safeguarding Hub"),
    ("Anyshire Constabulary | Disclosure schemes procedure", "Anyshire Constabulary"),
    ("Information Sharing | Anytown Procedures Manual", "not recorded"),  # a site, but no organisation's name
])
def test_a_page_with_no_publisher_in_its_meta_takes_the_organisation_its_title_names(
        tmp_path: Path, title: str, publisher: str) -> None:
    page = (f"<html><head><title>{title}</title></head><body><main><h1>Sharing information</h1>"
            "<p>Share early: the Children Act 1989 allows it, as our 2019 procedure says.</p></main></body></html>")
    meta = read_document(write(tmp_path, "page.html", page)).meta
    assert meta.publisher == publisher


@pytest.mark.parametrize("home", ['<a href="/">StaffNet</a>', '<a href="https://staffnet.example.org/"><img '
                                  'src="logo.png" alt="StaffNet logo"></a>'])
def test_a_pages_title_loses_the_name_its_home_link_gives_the_site(tmp_path: Path, home: str) -> None:
    """An intranet names itself only in its banner, as the text or the logo of a link to its home page."""
    page = (f"<html><head><title>Sharing information | StaffNet</title></head><body><header>{home}</header><main>"
            "<p>Share early: the Children Act 1989 allows it, as our 2019 procedure says.</p></main></body></html>")
    assert read_document(write(tmp_path, "page.html", page)).meta.title == "Sharing information"


def test_a_message_saved_as_a_page_keeps_no_mail_tag_in_its_title(tmp_path: Path) -> None:
    page = ("<html><head><title>[EXTERNAL] RE: Safeguarding Bulletin – Spring 2025</title></head><body><main>"
            "<p>Share early: the Children Act 1989 allows it, as our 2019 procedure says.</p></main></body></html>")
    assert read_document(write(tmp_path, "bulletin.html", page)).meta.title == "Safeguarding Bulletin – Spring 2025"


def test_properties_never_override_a_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "sharing.toml", SIDECAR)
    document = read_document(write(tmp_path, "sharing.html", PAGE))
    assert (document.meta.title, document.meta.date, document.meta.publisher) == (
        "Information sharing", "2023", "Anytown Safeguarding Children Partnership")
    assert document.warnings == ()


def test_a_page_without_properties_is_read_from_its_text_as_before(tmp_path: Path) -> None:
    page = "<html><head><title>Home</title></head><body><h1>Information sharing</h1><p>Since 2018.</p></body></html>"
    document = read_document(write(tmp_path, "page.html", page))
    assert (document.meta.title, document.meta.date) == ("Information sharing", "2018")
    assert document.warnings[0].startswith("page.html: no metadata: taken from its text: title 'Information "
                                           "sharing', date 2018, England (it names no nation), publisher not recorded;")


@pytest.mark.parametrize(("text", "expected"), [
    ("2024-03-15T10:00:00+01:00", "2024-03-15"), ("2024-03-15T10:00:00.000Z", "2024-03-15"), ("2024-03", "2024-03"),
    ("2024", "2024"), ("2024-02-30", None), ("1601-01-01T00:00:00Z", None), ("15/03/2024", None), ("", None),
])
def test_good_date(text: str, expected: str | None) -> None:
    assert good_date(text) == expected


def test_good_title_and_organisation() -> None:
    assert good_title("  INFORMATION   SHARING PROTOCOL ") == "Information sharing protocol"
    assert [good_title(t) for t in ("Microsoft Word - draft v3.docx", "Untitled-1", "Slide 1", "Word document")] == [
        None] * 4
    assert organisation("Department for Education") == "Department for Education"
    assert organisation("NHS England") == "NHS England"
    assert [organisation(a) for a in ("Jane Smith", "Smith, Jane", "Microsoft Office User", "Administrator")] == [
        None] * 4
