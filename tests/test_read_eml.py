"""Saved e-mails (.eml, MIME) read as a careful reader reads a message: its body (the HTML
alternative if there is one, else the plain text), never its headers; its attachments named, not
read; a message attached to it (forwarded) read after its own text; the Subject, From and Date
as the document's title, publisher and date when it came with no metadata."""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from helpers import UNSEEN

from guidegraph.errors import ParseError
from guidegraph.model import Document
from guidegraph.read import SUPPORTED_SUFFIXES, read_document

BULLETIN = "kelbrook-scp-practice-bulletin-email.eml"
NOTE = "sallowby-primary-dsl-note-to-staff-email.eml"
LEGAL = "wrenfield-legal-advice-police-disclosure-email.eml"
SAVED = default.clone(linesep="\r\n")


def _texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def _without_metadata(tmp_path: Path, name: str) -> Document:
    """The fixture read as a message dropped into a corpus with no sidecar."""
    return read_document(Path(shutil.copy(UNSEEN / name, tmp_path / name)))


def _message(body: str | bytes = "Share early, and record why you shared.\n", **headers: str) -> EmailMessage:
    message = EmailMessage(policy=SAVED)
    for name, value in {"From": "Anytown DSL Team <dsl@anytown.example.sch.uk>", "Subject": "Sharing reminder",
                        "Date": "Mon, 10 Mar 2025 09:00:00 +0000", **headers}.items():
        message[name] = value
    if isinstance(body, str):
        message.set_content(body)
    return message


def _saved(tmp_path: Path, data: bytes | EmailMessage, name: str = "message.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(data.as_bytes(policy=SAVED) if isinstance(data, EmailMessage) else data)
    return path


def test_eml_is_a_supported_format() -> None:
    assert ".eml" in SUPPORTED_SUFFIXES


# ---------------------------------------------------------------------------------------------
# The bulletin: multipart/alternative, its HTML quoted-printable, an inline logo, a PDF attached


def test_the_bulletins_html_is_read_with_its_headings_and_list() -> None:
    blocks = read_document(UNSEEN / BULLETIN).blocks
    assert [(b.text, b.level) for b in blocks if b.kind == "heading"] == [
        ("Practice Bulletin: Sharing information early", 1), ("Why early sharing matters", 2),
        ("The law that lets you share", 2), ("Before you share, ask yourself", 2), ("Myth of the month", 2),
        ("Information Sharing Protocol", 2)]
    assert [b.text for b in blocks if b.kind == "item"] == [
        "Is sharing necessary and proportionate?", "Am I sharing with the right person, securely?",
        "Have I recorded what I shared, with whom, when and why?"]
    texts = _texts(read_document(UNSEEN / BULLETIN))
    assert "Myth: I cannot share information about a child without their parents’ consent." in texts
    # quoted-printable soft line breaks and "=3D" undone: each sentence whole
    assert ("Reviews of serious cases in Kelbrook keep finding that each practitioner held one piece of the picture. "
            "When worries are shared early, a family can get help before problems grow.") in texts


def test_the_bulletins_plain_alternative_headers_and_logo_are_not_text() -> None:
    texts = "\n".join(_texts(read_document(UNSEEN / BULLETIN)))
    assert texts.count("Welcome to the March bulletin.") == 1  # the plain copy is not read as well
    for furniture in ("best read in HTML", "bulletin@kelbrookscp", "practitioners@lists", "Subject", "From:",
                      "Message-ID", "multipart", "cid:", "logo", "iVBOR", "%PDF", "Unsubscribe", "You are receiving"):
        assert furniture not in texts, furniture


def test_the_bulletins_attachment_is_named_not_read() -> None:
    document = read_document(UNSEEN / BULLETIN)
    assert (f"{BULLETIN}: attachment not read: Information-Sharing-Protocol.pdf; add it to the corpus to read it"
            in document.warnings)
    assert not [w for w in document.warnings if "kelbrook-scp-logo.png" in w]  # an inline image is the page's picture


# ---------------------------------------------------------------------------------------------
# The DSL's note: plain text in Windows-1252 sent 8bit, a signature, a quoted question, an invitation


def test_the_notes_windows_1252_text_is_decoded() -> None:
    texts = _texts(read_document(UNSEEN / NOTE))
    assert ("After Thursday’s question in the staffroom, here is a reminder of how we share worries about a child at "
            "Sallowby.") in texts
    assert ("You can share a worry with the school nurse without asking the parents first when asking them would put "
            "the child at greater risk. The UK GDPR and the Data Protection Act 2018 do not prevent you from sharing "
            "information to keep a child safe.") in texts


def test_the_notes_signature_is_dropped_and_the_question_it_answers_kept() -> None:
    texts = _texts(read_document(UNSEEN / NOTE))
    assert any(t.startswith("Hi Jo, the school nurse asked me about a child in my class today.") for t in texts)
    for furniture in ("Kind regards", "Jo Barker", "Designated Safeguarding Lead", "Church of England Primary School",
                      "Tel:", "01632", "wrote:", ">", "s.reid@", "BEGIN:VCALENDAR", "School hall"):
        assert not [t for t in texts if furniture in t], furniture
    assert "Sam" not in texts and "Jo" not in texts  # each message signed with a bare name


def test_the_notes_calendar_invitation_is_named_not_read() -> None:
    assert (f"{NOTE}: attachment not read: Staff safeguarding briefing 12 March.ics; add it to the corpus to read it"
            in read_document(UNSEEN / NOTE).warnings)


# ---------------------------------------------------------------------------------------------
# The legal reply: an encoded subject, HTML in base64, a quoted question, a request attached as a message


def test_the_replys_html_in_base64_is_read_without_its_signature() -> None:
    texts = _texts(read_document(UNSEEN / LEGAL))
    assert any(t.startswith("You can share the information the police have asked for. Section 115 of the Crime and "
                            "Disorder Act 1998 gives any person a power") for t in texts)
    assert any("Schedule 8 of the Data Protection Act 2018" in t for t in texts)
    for furniture in ("Kind regards", "Helen Marsh", "Senior Solicitor", "Tel:", "legally privileged", "Sent:",
                      "Subject:", "m.bell@", "Many thanks", "Social Worker, Assessment Team"):
        assert not [t for t in texts if furniture in t], furniture
    # the social worker's question, quoted under Outlook's header block, is the thread's text
    assert any(t.startswith("Wrenfield Police have asked us for what we know about Child K") for t in texts)


def test_a_message_attached_to_the_reply_is_read_after_it_without_its_headers() -> None:
    document = read_document(UNSEEN / LEGAL)
    texts = _texts(document)
    request = next(i for i, t in enumerate(texts) if t.startswith("Wrenfield Police are investigating an assault"))
    assert request > next(i for i, t in enumerate(texts) if t.startswith("You can share the information"))
    assert any(t.startswith("I make this request under Schedule 2, paragraph 2 of the Data Protection Act 2018") for t
               in texts)
    for furniture in ("dan.whitcombe@", "Request for information – Child K", "police-request-4471"):
        assert not [t for t in texts if furniture in t], furniture
    assert (f"{LEGAL}: forwarded message read after the message's own text: 'Request for information – Child K'"
            in document.warnings)
    lines = [b.line_start for b in document.blocks]
    assert lines == sorted(lines)  # the bodies' lines counted on, one after the other


# ---------------------------------------------------------------------------------------------
# What a message says of itself, for a message that came with no metadata


def test_a_message_without_metadata_takes_its_subject_sender_and_date(tmp_path: Path) -> None:
    meta = _without_metadata(tmp_path, LEGAL).meta
    assert meta.title == "Disclosure to Wrenfield Police – Crime and Disorder Act 1998 s115"  # "RE:" is no title
    assert meta.publisher == "not recorded"  # a person sent it ("Helen Marsh"): an author, not a publisher
    assert meta.date == "2025-04-04"
    note = _without_metadata(tmp_path, NOTE)
    assert (note.meta.title, note.meta.publisher, note.meta.date) == (
        "Sharing worries with the school nurse – reminder", "not recorded", "2025-03-10")
    assert "title 'Sharing worries with the school nurse – reminder' from the message's headers" in note.warnings[0]
    bulletin = _without_metadata(tmp_path, BULLETIN).meta
    assert (bulletin.title, bulletin.publisher) == ("Practice Bulletin, March 2025: Sharing information early",
                                                    "Kelbrook Safeguarding Children Partnership")


def test_a_subject_in_encoded_words_and_forward_tags(tmp_path: Path) -> None:
    raw = (b"From: =?iso-8859-1?q?Si=F4n_Hughes?= <s.hughes@bryngarth.example.gov.uk>\r\n"
           b"Subject: [EXTERNAL] FW: =?utf-8?B?Q3lmcmluYWNoIOKAkyBzaGFyaW5nIGFkdmljZQ==?=\r\n"
           b"Date: Thu, 13 Mar 2025 08:00:00 +0000\r\n\r\nShare early, and record why you shared.\r\n")
    meta = read_document(_saved(tmp_path, raw)).meta
    assert (meta.title, meta.date) == ("Cyfrinach – sharing advice", "2025-03-13")


# ---------------------------------------------------------------------------------------------
# Charsets, transfer encodings and forwarded text


def test_a_missing_charset_falls_back_with_a_warning(tmp_path: Path) -> None:
    raw = (b"From: dsl@anytown.example.sch.uk\r\nSubject: Sharing\r\nContent-Type: text/plain\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\nChildren\x92s services \x96 share early.\r\n")
    document = read_document(_saved(tmp_path, raw))
    assert _texts(document) == ["Children’s services – share early."]
    assert [w for w in document.warnings if "charset" in w and "Windows-1252" in w]


def test_a_wrong_or_unknown_charset_falls_back_with_a_warning(tmp_path: Path) -> None:
    for charset in ("x-unknown-charset", "utf-8"):
        raw = (f"From: dsl@anytown.example.sch.uk\r\nSubject: Sharing\r\n"
               f"Content-Type: text/plain; charset={charset}\r\n"
               "Content-Transfer-Encoding: quoted-printable\r\n\r\nChildren=92s services =96 share early.\r\n").encode()
        document = read_document(_saved(tmp_path, raw))
        assert _texts(document) == ["Children’s services – share early."], charset
        assert [w for w in document.warnings if f"'{charset}'" in w], charset


def test_a_latin_1_label_is_read_as_windows_1252(tmp_path: Path) -> None:
    message = _message()
    message.set_content("Children\x92s services.\n".encode("latin-1"), maintype="text", subtype="plain",
                        cte="base64", params={"charset": "iso-8859-1"})
    assert _texts(read_document(_saved(tmp_path, message))) == ["Children’s services."]


def test_a_forwarded_block_in_plain_text_is_read_without_its_headers(tmp_path: Path) -> None:
    body = ("FYI, the partnership's advice below.\n\n---------- Forwarded message ---------\n"
            "From: Anytown SCP <info@anytownscp.example.org.uk>\nDate: Fri, 7 Mar 2025 at 10:02\n"
            "Subject: Sharing advice\nTo: <schools@anytownscp.example.org.uk>\n\n"
            "Share information early: a small worry may be the missing piece.\n")
    texts = _texts(read_document(_saved(tmp_path, _message(body))))
    assert texts == ["FYI, the partnership's advice below.",
                     "Share information early: a small worry may be the missing piece."]


def test_a_plain_text_only_message(tmp_path: Path) -> None:
    document = read_document(_saved(tmp_path, _message()))
    assert _texts(document) == ["Share early, and record why you shared."]


# ---------------------------------------------------------------------------------------------
# Refusals


def _refused(path: Path) -> str:
    with pytest.raises(ParseError) as caught:
        read_document(path)
    assert caught.value.path == path and str(caught.value) == f"{path}: {caught.value.reason}"
    return caught.value.reason


def test_a_file_with_no_headers_is_no_message(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, b"Information sharing\r\n\r\nShare early.\r\n"))
    assert "not an e-mail message" in reason and "save the message again" in reason


def test_a_message_with_no_text_body_is_refused_naming_its_attachments(tmp_path: Path) -> None:
    message = _message(body=b"")
    message.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="Protocol.pdf")
    reason = _refused(_saved(tmp_path, message))
    assert "no text to read" in reason and "Protocol.pdf" in reason


def test_deeply_nested_parts_are_refused_quickly(tmp_path: Path) -> None:
    depth = 3000
    head = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(depth))
    tail = b"".join(b"\r\n--b%d--\r\n" % i for i in range(depth, -1, -1))
    raw = (b"From: a@anytown.example\r\nSubject: Deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n" + head
           + b"--b%d\r\nContent-Type: text/plain\r\n\r\nShare early.\r\n" % depth + tail)
    assert "nests its parts" in _refused(_saved(tmp_path, raw))


def test_a_huge_encoded_subject_is_not_parsed_word_by_word(tmp_path: Path) -> None:
    import time

    raw = (b"From: a@anytown.example\r\nSubject: " + b"=?utf-8?q?a?= " * 40000 + b"\r\n\r\nShare early.\r\n")
    started = time.perf_counter()
    document = read_document(_saved(tmp_path, raw))
    assert time.perf_counter() - started < 5
    assert _texts(document) == ["Share early."]


def test_a_damaged_outlook_msg_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "advice.msg"))
    assert "Outlook" in reason and "save it again" in reason
