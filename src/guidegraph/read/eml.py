"""Read an e-mail saved from a mail program (.eml: Thunderbird, Apple Mail, Outlook on the web and
the new Outlook save them) into blocks.

A saved message is MIME: headers (From, To, Date, Subject, its words in another charset written as
RFC 2047 "=?utf-8?Q?...?=" words), then a body that is often several parts. A bulletin is sent as
`multipart/alternative`: a plain-text copy and the HTML a mail program shows, the HTML with its
pictures in a `multipart/related` beside it (shown in the HTML by `cid:`). Each part declares its
charset and how it is carried (quoted-printable, base64, 8bit); files sent with the message are
parts marked `Content-Disposition: attachment`; a message forwarded "as attachment" is a part of
type `message/rfc822`, a whole message inside.

What a careful reader reads: the HTML alternative when there is one (headings and lists kept, by
the HTML reader), else the plain text (by the text reader, with the rules for e-mail in `mail`:
sign-offs and signatures dropped, an earlier message quoted with "> " read unless it repeats the
reply, the header blocks over quoted and forwarded messages dropped); a message forwarded as an
attachment after the message's own text, its headers never text (it is the thread being passed on,
as a forwarded block in the text is). The message's own headers are its metadata, never text:
Subject (less "RE:", "FW:" and "[EXTERNAL]"), From (when an organisation sent it) and Date are the
title, publisher and date of a message that came with none. Attachments (a PDF, a calendar
invitation) are not read: a warning names each, so that it can be added to the corpus; pictures
shown in the HTML are no text. A
charset unknown or wrong for the bytes is read as UTF-8 or Windows-1252, with a warning.

Refused: a file with no message headers, a message with no text, and shapes no mail program
writes: parts nested too deep, too many multipart or message parts, a part's Content-* header too
long (the limits, shared with saved web pages, are in `mime`).
"""

from __future__ import annotations

import email.errors
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from email.utils import parsedate_to_datetime
from pathlib import Path

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.inferred import MAIL_HEADERS, file_properties, good_date, good_title, organisation
from guidegraph.read.mail import SUBJECT_TAGS
from guidegraph.read.mime import MALFORMED, Writer, header, part_text, refuse_deep, refuse_hostile

# Headers only a message has: a file starting "Title: ..." is no message.
_MESSAGE_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "message-id", "mime-version", "received",
                              "content-type", "reply-to", "sender", "return-path"})
_MAIL = Writer("message", "a mail program", "save it again from the mail program")

Parsed = tuple[list[Block], list[str]]


@dataclass
class _Found:
    """The text parts to read, in order, and what was said of the others."""

    bodies: list[EmailMessage] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_eml(path: Path, data: bytes) -> tuple[Parsed, FileProperties]:
    """Blocks of a saved message's text parts, one after the other, with warnings; and what its
    headers say of it (its Subject less "RE:" and the like, From and Date). Parsed once: a message
    carrying large attachments takes a while to parse."""
    try:
        message = _message(path, data)
        return _parse(path, message), _properties(message)
    except MALFORMED as err:
        raise ParseError(path, f"not a readable e-mail message ({err}): save it again from the mail program") from None


def _parse(path: Path, message: EmailMessage) -> Parsed:
    found = _Found()
    _collect(path, message, 0, found)
    sender = _sender(message)
    blocks: list[Block] = []
    warnings = [*found.warnings, *(f"attachment not read: {name}; add it to the corpus to read it"
                                   for name in found.attachments)]
    first_line = 1
    for body in found.bodies:
        text, said = part_text(path, body, _MAIL)
        read, notes = read_body(text, body.get_content_type() == "text/html", first_line, sender)
        blocks += read
        warnings += said + notes
        first_line += text.count("\n") + 1
    if not blocks:
        only = f" (only attachments: {', '.join(found.attachments)})" if found.attachments else ""
        raise ParseError(path, f"the message has no text to read{only}: add what it carries to the corpus instead")
    return blocks, [w for w in warnings if not w.startswith("no text found")]


def _properties(message: EmailMessage) -> FileProperties:
    subject = SUBJECT_TAGS.sub("", header(message, "subject") or "")
    # the sender is the publisher when an organisation sent it, as a Word file's author is; a person is not
    return file_properties(MAIL_HEADERS, good_title(subject), _date(message), organisation(_sender(message)))


def _message(path: Path, data: bytes) -> EmailMessage:
    refuse_hostile(path, data, _MAIL)
    try:
        message = BytesParser(policy=default).parsebytes(data)
    except (RecursionError, email.errors.MessageError, ValueError) as err:
        raise ParseError(path, f"not a readable e-mail message ({err}): save it again from the mail program") from None
    if not {name.lower() for name in message.keys()} & _MESSAGE_HEADERS:
        raise ParseError(path, "not an e-mail message: it starts with no headers (From, Subject, Date): save the "
                         "message again from the mail program as .eml")
    return message


def _collect(path: Path, part: EmailMessage, depth: int, found: _Found) -> None:
    """Walk the parts, choosing what a mail program shows: one of each alternative, the root of each
    related set, every part of a mixed one; attachments named."""
    refuse_deep(path, depth, _MAIL)
    kind = part.get_content_type()
    parts = part.get_payload() if part.is_multipart() else []
    if kind == "message/rfc822" and parts:
        subject = header(parts[0], "subject") or "(no subject)"
        found.warnings.append(f"forwarded message read after the message's own text: '{subject}'")
        _collect(path, parts[0], depth + 1, found)
    elif kind == "multipart/alternative" and parts:
        _collect(path, max(reversed(parts), key=_shown_first), depth + 1, found)
    elif kind == "multipart/related" and parts:
        _collect(path, parts[0], depth + 1, found)  # the root; the rest are what it shows by cid:
    elif part.is_multipart():
        for inner in parts:
            _collect(path, inner, depth + 1, found)
    elif kind in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
        found.bodies.append(part)
    elif not (part.get_content_maintype() == "image" and part["content-id"]):  # a picture the HTML shows
        found.attachments.append(part.get_filename() or f"a part of type {kind}")


def _shown_first(part: EmailMessage) -> int:
    """How a mail program ranks an alternative: HTML (or a set holding it) over plain text over the rest."""
    if part.get_content_type() == "text/html" or part.is_multipart():
        return 2
    return 1 if part.get_content_type() == "text/plain" else 0


def read_body(text: str, html: bool, first_line: int, sender: str) -> Parsed:
    """One text part read by the reader for its kind, with the rules for a message's signature (the
    Outlook message reader reads its bodies with it too)."""
    if html:
        from guidegraph.read.html import page_soup, read_page
        from guidegraph.read.mail import without_signatures

        blocks, warnings = read_page(page_soup(text), first_line)
        return without_signatures(blocks), warnings
    from guidegraph.read.text import parse_blocks

    return parse_blocks(text, first_line=first_line, sender=sender)


def _sender(message: EmailMessage) -> str:
    """The name the From header gives its sender ("Jo Barker"), or ""."""
    if header(message, "from") is None:
        return ""
    try:
        addresses = message["from"].addresses
    except Exception:  # as in mime.header
        return ""
    return " ".join(addresses[0].display_name.split()) if addresses else ""


def _date(message: EmailMessage) -> str | None:
    value = header(message, "date")
    try:
        return good_date(parsedate_to_datetime(value).date().isoformat()) if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
