"""Outlook messages (.msg): the compound file's property streams read by hand, the HTML body
before the plain one before the compressed RTF one, the sender and sent date as metadata, attachments
named, an attached message read after the message's own text; broken, encrypted and misnamed files."""

from __future__ import annotations

import shutil
import struct
import sys
import time
from pathlib import Path

import pytest
from helpers import SIDECAR, UNSEEN

from guidegraph.errors import ParseError
from guidegraph.model import Document
from guidegraph.read import SUPPORTED_SUFFIXES, read_document

sys.path.insert(0, str(UNSEEN / "msg-sources"))
from msg_parts import (  # noqa: E402
    BINARY,
    BODY,
    CLIENT_SUBMIT_TIME,
    FILETIME,
    HTML,
    LONG,
    MESSAGE_CLASS,
    MESSAGE_CODEPAGE,
    RTF_COMPRESSED,
    SENDER_NAME,
    STRING8,
    SUBJECT,
    UNICODE,
    attached_message,
    attachment,
    compound_file,
    compressed_rtf,
    message,
)

BULLETIN = "ravensfold-scp-practice-bulletin-outlook.msg"
LEGAL = "wrenmoor-legal-advice-disclosure-reply-outlook.msg"
HEADERS = [(SUBJECT, UNICODE, "RE: Sharing with the school nurse"), (SENDER_NAME, UNICODE, "Jo Barker"),
           (CLIENT_SUBMIT_TIME, FILETIME, "2025-02-11T09:15:00")]


def _texts(document: Document) -> list[str]:
    return [block.text for block in document.blocks]


def _saved(tmp_path: Path, data: bytes, name: str = "advice.msg", sidecar: bool = True) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    if sidecar:
        path.with_suffix(".toml").write_text(SIDECAR)
    return path


def _msg(tmp_path: Path, properties: list, attachments: list = (), **kw: object) -> Path:
    return _saved(tmp_path, compound_file(message([*HEADERS, *properties], attachments)), **kw)


def _refused(path: Path) -> str:
    with pytest.raises(ParseError) as caught:
        read_document(path)
    return str(caught.value)


def _without_metadata(tmp_path: Path, name: str) -> Document:
    shutil.copy(UNSEEN / name, tmp_path / name)
    return read_document(tmp_path / name)


def test_msg_is_a_supported_format() -> None:
    assert ".msg" in SUPPORTED_SUFFIXES


# --- the fixtures


def test_the_bulletins_html_is_read_with_its_headings() -> None:
    document = read_document(UNSEEN / BULLETIN)
    headings = [(block.level, block.text) for block in document.blocks if block.kind == "heading"]
    assert headings == [
        (1, "Practice Bulletin, April 2025: Sharing information with other agencies"), (2, "Why sharing matters"),
        (2, "The law that lets you share"), (2, "Myth of the month"), (2, "Our leaflet for practitioners")]
    texts = _texts(document)
    assert "Myth: Data protection law stops me sharing information with other agencies." in texts
    assert any(text.startswith("Fact: Data protection law is not a barrier to sharing information") for text in texts)
    assert any("Section 11 of the Children Act 2004" in text for text in texts)
    # Outlook's plain-text copy is the same bulletin again: read once, from the HTML
    assert sum(text.startswith("Welcome to this month’s bulletin") for text in texts) == 1


def test_the_bulletins_attachment_is_named_not_read() -> None:
    document = read_document(UNSEEN / BULLETIN)
    assert f"{BULLETIN}: attachment not read: Ravensfold-sharing-information-leaflet.pdf; add it to the corpus " \
           "to read it" in document.warnings
    assert not [text for text in _texts(document) if "%PDF" in text]


def test_the_legal_reply_is_read_as_plain_text_with_the_question_quoted_below() -> None:
    texts = _texts(read_document(UNSEEN / LEGAL))
    assert any(text.startswith("You may share the information the police have asked for. Section 115 of the "
                               "Crime and Disorder Act 1998") for text in texts)
    assert any("Data Protection Act 2018 Schedule 2 paragraph 2" in text for text in texts)
    assert any(text.startswith("Wrenmoor Police have asked us for the dates of our home visits") for text in texts)
    # the sign-off, the signature and the quoted message's header block are no text
    assert not [text for text in texts if "Kind regards" in text or "Tom Hadley" in text or "01632" in text
                or text.startswith(("From:", "Sent:", "Subject:"))]


def test_a_message_with_no_sidecar_takes_its_subject_date_and_sending_organisation(tmp_path: Path) -> None:
    meta = _without_metadata(tmp_path, LEGAL).meta
    assert meta.title == "Police request for information - Larch Close"  # less "RE: [EXTERNAL]"
    assert meta.date == "2025-04-03"
    assert meta.publisher == "Legal Services, Wrenmoor Borough Council"


def test_the_bulletin_with_no_sidecar(tmp_path: Path) -> None:
    meta = _without_metadata(tmp_path, BULLETIN).meta
    assert (meta.title, meta.date, meta.publisher) == (
        "Practice Bulletin, April 2025: Sharing information with other agencies", "2025-04-08",
        "Ravensfold Safeguarding Children Partnership")


# --- bodies, strings and dates


def test_a_person_who_sent_it_is_not_its_publisher(tmp_path: Path) -> None:
    path = _msg(tmp_path, [(BODY, UNICODE, "Share early, and record why you shared.\r\n")], sidecar=False)
    document = read_document(path)
    assert _texts(document) == ["Share early, and record why you shared."]
    assert document.meta.title == "Sharing with the school nurse"
    assert document.meta.date == "2025-02-11"
    assert document.meta.publisher != "Jo Barker"


def test_8_bit_strings_are_read_in_the_messages_code_page(tmp_path: Path) -> None:
    tree = message([(MESSAGE_CODEPAGE, LONG, 1252), (SUBJECT, STRING8, "Children’s services – consent"),
                    (BODY, STRING8, "Ask the child’s view – and record it.")], code_page="cp1252")
    document = read_document(_saved(tmp_path, compound_file(tree), sidecar=False))
    assert _texts(document) == ["Ask the child’s view – and record it."]
    assert document.meta.title == "Children’s services – consent"


def test_html_in_a_string_property_is_read_as_html(tmp_path: Path) -> None:
    html = "<html><body><h2>Before you share</h2><ul><li>Is it necessary?</li><li>Is it proportionate?</li></ul>" \
           "</body></html>"
    document = read_document(_msg(tmp_path, [(HTML, UNICODE, html), (BODY, UNICODE, "Before you share")]))
    assert [(block.kind, block.text) for block in document.blocks] == [
        ("heading", "Before you share"), ("item", "Is it necessary?"), ("item", "Is it proportionate?")]


def test_html_in_binary_takes_its_charset_from_its_meta(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>The child’s view – first.</p></body></html>'
    document = read_document(_msg(tmp_path, [(HTML, BINARY, html.encode("cp1252"))]))
    assert _texts(document) == ["The child’s view – first."]


def test_a_message_with_only_an_rtf_body_is_read_from_the_decompressed_rtf(tmp_path: Path) -> None:
    rtf = b"{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl{\\f0 Arial;}}Share early.\\par\r\n\\par\r\n" \
          b"Record the child\\'92s view.\\par\r\n}"
    document = read_document(_msg(tmp_path, [(RTF_COMPRESSED, BINARY, compressed_rtf(rtf))]))
    assert _texts(document) == ["Share early.", "Record the child’s view."]


def test_compressed_rtf_with_references_is_decompressed() -> None:
    from guidegraph.read.msg_body import decompressed_rtf

    # [MS-OXRTFCP]'s own example: literals and references into the preloaded dictionary
    sample = bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a00726370673132354232 0af32068656c0900206277"
                           "05b06c647d0a800fa0".replace(" ", ""))
    assert decompressed_rtf(sample) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"


def test_an_attached_message_is_read_after_the_messages_own_text(tmp_path: Path) -> None:
    forwarded = attached_message([(SUBJECT, UNICODE, "Request for information"),
                                  (BODY, UNICODE, "Please send the dates of your visits.\r\n")],
                                 "Request for information")
    document = read_document(_msg(tmp_path, [(BODY, UNICODE, "See the police request below.\r\n")], [forwarded]))
    assert _texts(document) == ["See the police request below.", "Please send the dates of your visits."]
    assert "advice.msg: forwarded message read after the message's own text: 'Request for information'" \
        in document.warnings


# --- refused


def test_a_file_that_is_not_a_compound_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, b"%PDF-1.4 not a message"))
    assert "not an Outlook message" in reason and ".eml" in reason


def test_a_saved_eml_named_msg_is_read_as_what_it_is(tmp_path: Path) -> None:
    raw = b"From: Anytown Council <a@anytown.example>\r\nSubject: Sharing\r\n\r\nShare early.\r\n"
    assert _texts(read_document(_saved(tmp_path, raw))) == ["Share early."]


def test_a_word_file_named_msg_is_refused(tmp_path: Path) -> None:
    reason = _refused(_saved(tmp_path, compound_file({"WordDocument": b"\0" * 600})))
    assert "no message properties" in reason


def test_a_message_with_no_body_names_its_attachments(tmp_path: Path) -> None:
    reason = _refused(_msg(tmp_path, [], [attachment("Protocol.pdf", b"%PDF", "application/pdf")]))
    assert "no text to read" in reason and "Protocol.pdf" in reason


def test_an_encrypted_message_is_refused(tmp_path: Path) -> None:
    reason = _refused(_msg(tmp_path, [(MESSAGE_CLASS, UNICODE, "IPM.Note.SMIME")],
                           [attachment("smime.p7m", b"\x30\x80" + bytes(40), "application/pkcs7-mime")]))
    assert "encrypted" in reason and "Outlook" in reason


def test_a_signed_message_is_read_from_its_signed_mime(tmp_path: Path) -> None:
    signed = (b"Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; boundary=\"b\"\r\n\r\n"
              b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nShare early, and record why.\r\n"
              b"--b\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\n"
              b"Content-Disposition: attachment; filename=smime.p7s\r\n\r\nMIAGCSqGSIb3\r\n--b--\r\n")
    document = read_document(_msg(tmp_path, [(MESSAGE_CLASS, UNICODE, "IPM.Note.SMIME.MultipartSigned")],
                                  [attachment("smime.p7m", signed, "multipart/signed")]))
    assert _texts(document) == ["Share early, and record why."]
    assert not [w for w in document.warnings if "smime" in w]  # the signature is no attachment to add


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    data = bytearray(compound_file(message([*HEADERS, (BODY, UNICODE, "Share early.")])))
    directory = struct.unpack_from("<I", data, 0x30)[0]
    struct.pack_into("<I", data, 512 + 4 * directory, directory)  # the directory's chain loops
    reason = _refused(_saved(tmp_path, bytes(data)))
    assert "not a readable Outlook message" in reason and "loops" in reason


def test_a_storage_that_holds_itself_is_read_in_linear_time(tmp_path: Path) -> None:
    attachments = [attachment(f"file{i}.pdf", b"%PDF", "application/pdf") for i in range(300)]
    data = bytearray(compound_file(message([*HEADERS, (BODY, UNICODE, "Share early.")], attachments)))
    directory = (struct.unpack_from("<I", data, 0x30)[0] + 1) * 512
    for offset in range(directory, len(data) - 128, 128):  # every attachment's storage: its child the root's
        if data[offset + 0x42] == 1:
            data[offset + 0x4C:offset + 0x50] = data[directory + 0x4C:directory + 0x50]
    started = time.perf_counter()
    try:
        read_document(_saved(tmp_path, bytes(data)))
    except ParseError:
        pass
    assert time.perf_counter() - started < 3
