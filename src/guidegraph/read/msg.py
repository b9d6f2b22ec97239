"""Read an Outlook message (.msg: a message dragged out of Outlook into a folder) into blocks.

A .msg file is a compound file (`cfb`) whose root storage is the message ([MS-OXMSG]). Each of its
properties is named by a tag: a 16-bit id and a 16-bit type. A string or binary property is a stream
of its own, `__substg1.0_XXXXYYYY` (XXXX the id, YYYY the type: `001F` UTF-16LE, `001E` 8-bit in the
message's code page, `0102` bytes); a number or a time is a 16-byte record in the
`__properties_version1.0` stream, after a header of 32 bytes (24 in an attached message, 8 in an
attachment). What a careful reader takes: the subject (`0037`), the sender's name (`0C1A`), the time
it was sent (`0039`, a FILETIME), and the body `msg_body` reads (HTML, else plain text, else RTF).

The body is read as a saved e-mail's is (`eml.read_body`): HTML through the HTML reader, signatures
dropped; plain text through the text reader with the rules for e-mail (the sign-off and signature
left out, the header blocks over quoted messages dropped). The message's own properties are its
metadata, never text: the subject (less "RE:", "[EXTERNAL]") the title, the sent date the date, the
sender the publisher when an organisation sent it. Each attachment is a storage
`__attach_version1.0_#XXXXXXXX`; a file attached (named by `3707`, else `3704`) is not read, and a
warning names it, so that it can be added to the corpus; a picture the HTML shows is no text. A
message attached (a storage `__substg1.0_3701000D` laid out as a message) is read after the message's
own text, as a forwarded message is in a saved e-mail.

A message signed with S/MIME in the clear (`IPM.Note.SMIME.MultipartSigned`) is read from its body,
else from the signed MIME message Outlook keeps as its `smime.p7m` attachment; an encrypted or
opaque-signed one (`IPM.Note.SMIME`) cannot be read without its recipient's key, and is refused with
what to do. A saved e-mail (.eml) given a .msg name is read as what it is. Refused: a file that is not
a compound file, a compound file with no message properties, a damaged one (`cfb`), a message with
no text, and messages attached inside each other more than `mime.MAX_DEPTH` deep.
"""

from __future__ import annotations

import datetime
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from guidegraph.errors import ParseError
from guidegraph.model import Block, FileProperties
from guidegraph.read.cfb import CompoundFile, Damaged, code_page_codec, is_compound_file, opened
from guidegraph.read.encoding import MAX_TEXT_BYTES
from guidegraph.read.inferred import file_properties, good_date, good_title, organisation
from guidegraph.read.mail import SUBJECT_TAGS
from guidegraph.read.mime import MAX_CONTAINERS, MAX_DEPTH, decoded_text

KIND = "Outlook message"
_PROPERTIES = "__properties_version1.0"
_ATTACHMENT = "__attach_version1.0_#"
_ATTACHED_MESSAGE = "__substg1.0_3701000D"
_HEADER = {"message": 32, "attached message": 24, "attachment": 8}
_MAX_PROPERTY_STREAM = 256 * 1024  # thousands of properties: more than any message has
_MAX_STRING = 64 * 1024  # a subject, a name: a damaged size must not read megabytes per attachment
_UNICODE, _STRING8, _BINARY, _LONG, _FILETIME = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040
SUBJECT, SENT, MESSAGE_CLASS, SENDER, SENT_FOR = 0x0037, 0x0039, 0x001A, 0x0C1A, 0x0042
DELIVERED, BODY, RTF, HTML = 0x0E06, 0x1000, 0x1009, 0x1013
INTERNET_CODE_PAGE, MESSAGE_CODE_PAGE = 0x3FDE, 0x3FFD
FILE_NAME, LONG_FILE_NAME, DISPLAY_NAME, METHOD, MIME_TAG, CONTENT_ID = 0x3704, 0x3707, 0x3001, 0x3705, 0x370E, 0x3712
ATTACH_DATA, EMBEDDED_MESSAGE = 0x3701, 5
_EPOCH = datetime.datetime(1601, 1, 1)
_MIME_START = re.compile(rb"^[A-Za-z][\w-]{0,40}:", re.MULTILINE)
_ORIGIN = "the message's properties"

Parsed = tuple[list[Block], list[str]]


@dataclass
class _Properties:
    """One message's or attachment's properties, read on demand from its storage."""

    compound: CompoundFile
    contents: dict
    fixed: dict[int, bytes]
    code_page: str = "cp1252"

    def stream(self, pid: int, kind: int, limit: int = MAX_TEXT_BYTES) -> bytes | None:
        entry = self.contents.get(f"__substg1.0_{pid:04X}{kind:04X}")
        return None if entry is None or entry.size > limit else self.compound.read(entry)

    def size(self, pid: int, kind: int) -> int:
        entry = self.contents.get(f"__substg1.0_{pid:04X}{kind:04X}")
        return 0 if entry is None else entry.size

    def string(self, pid: int, limit: int = _MAX_STRING) -> str | None:
        data = self.stream(pid, _UNICODE, limit)
        if data is not None:
            return data.decode("utf-16-le", "replace").split("\0")[0]
        data = self.stream(pid, _STRING8, limit)
        return None if data is None else data.split(b"\0")[0].decode(self.code_page, "replace")

    def number(self, pid: int) -> int | None:
        value = self.fixed.get(pid << 16 | _LONG)
        return None if value is None else struct.unpack_from("<i", value)[0]

    def time(self, pid: int) -> datetime.datetime | None:
        value = self.fixed.get(pid << 16 | _FILETIME)
        if value is None:
            return None
        try:
            return _EPOCH + datetime.timedelta(microseconds=struct.unpack("<Q", value)[0] // 10)
        except OverflowError:
            return None


@dataclass(frozen=True)
class _Body:
    """A body to read as a saved e-mail's is (its text, whether HTML, its sender), or one read already
    (the RTF reader's blocks, a signed MIME message's)."""

    text: str = ""
    html: bool = False
    sender: str = ""
    read: Parsed | None = None


@dataclass
class _Found:
    """The bodies to read, in order, and what was said of the rest."""

    bodies: list[_Body] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    messages: int = 0


def read_msg(path: Path, data: bytes) -> tuple[Parsed, FileProperties]:
    """Blocks of an Outlook message's text (and of the messages attached to it), with warnings; and
    what its properties say of it (its subject less "RE:" and the like, its sender and sent date)."""
    if not is_compound_file(data):
        return _not_compound(path, data)
    compound = opened(path, data, KIND, "Outlook")
    try:
        message = _properties(compound, compound.entries[0], "message")
        if message is None:
            raise ParseError(path, f"not an {KIND} (a compound file with no message properties: a Word or Excel file "
                             "named .msg?): save it in its own format, or save the message again from Outlook")
        return _parse(path, message), _file_properties(message)
    except Damaged as err:
        raise ParseError(path, f"not a readable {KIND} ({err.detail}): open it in Outlook and save it again") from None


def _not_compound(path: Path, data: bytes) -> tuple[Parsed, FileProperties]:
    if _MIME_START.match(data.lstrip()[:100]):  # a message saved as .eml and named .msg: read as what it is
        from guidegraph.read.eml import read_eml

        return read_eml(path, data)
    raise ParseError(path, f"not an {KIND} (it does not begin as a compound file does): save the message from "
                     "Outlook again, or as .eml, and add that instead")


def _parse(path: Path, message: _Properties) -> Parsed:
    from guidegraph.read.eml import read_body

    found = _Found()
    _collect(path, message, 0, found)
    blocks: list[Block] = []
    warnings = list(found.warnings)
    first_line = 1
    for body in found.bodies:
        read, notes = body.read or read_body(body.text, body.html, first_line, body.sender)
        blocks += read
        warnings += notes
        first_line += body.text.count("\n") + 1
    warnings += [f"attachment not read: {name}; add it to the corpus to read it" for name in found.attachments]
    if not blocks:
        only = f" (only attachments: {', '.join(found.attachments)})" if found.attachments else ""
        raise ParseError(path, f"the message has no text to read{only}: add what it carries to the corpus instead")
    return blocks, [w for w in warnings if not w.startswith("no text found")]


def _collect(path: Path, message: _Properties, depth: int, found: _Found) -> None:
    """The message's body, then its attachments: files named, attached messages read in turn."""
    found.messages += 1
    if depth > MAX_DEPTH or found.messages > MAX_CONTAINERS:
        raise ParseError(path, f"the message holds messages attached inside each other more than {MAX_DEPTH} deep, "
                         f"or over {MAX_CONTAINERS} of them: not a message Outlook writes; save it again from Outlook")
    kind = (message.string(MESSAGE_CLASS) or "").upper()
    attachments = _attachments(message)
    if kind.startswith("IPM.NOTE.SMIME") and "MULTIPARTSIGNED" not in kind:
        raise ParseError(path, "the message is encrypted or signed with S/MIME so that only Outlook, with its "
                         "recipient's key, can open it: open it in Outlook and save it as HTML (File > Save As), "
                         "or copy its text into a document, and add that instead")
    signed = kind.startswith("IPM.NOTE.SMIME")
    if not _body(path, message, found) and signed:
        _signed_body(path, attachments, found)
    for attachment in attachments:
        _attachment(path, message, attachment, depth, found, signed)


def _body(path: Path, message: _Properties, found: _Found) -> bool:
    """The body a reader sees: HTML, else plain text, else RTF. Whether there was one."""
    from guidegraph.read.msg_body import BadRtf, decompressed_rtf, html_charset, wraps_html

    _refuse_large(path, message)
    sender = _sender(message)
    html = message.stream(HTML, _BINARY)
    if html is not None:
        declared = html_charset(html) or _internet_charset(message)
        text, said = decoded_text(html, declared, "the HTML body")
        found.bodies.append(_Body(text, True, sender))
        found.warnings.extend(said)
        return True
    for pid, is_html in ((HTML, True), (BODY, False)):
        text = message.string(pid, MAX_TEXT_BYTES)
        if text is not None and text.strip():
            found.bodies.append(_Body(text.replace("\r\n", "\n"), is_html, sender))
            return True
    rtf = message.stream(RTF, _BINARY)
    if rtf is None:
        return False
    try:
        rtf = decompressed_rtf(rtf)
    except BadRtf as err:
        raise ParseError(path, f"the message's only body, its RTF, cannot be read ({err}): open it in Outlook and "
                         "save it again") from None
    from guidegraph.read.rtf import parse_rtf

    blocks, warnings = parse_rtf(path, rtf)
    if wraps_html(rtf):
        warnings.insert(0, "the message's HTML is kept only wrapped in RTF: read as the RTF's text, without the "
                        "HTML's headings and lists")
    found.bodies.append(_Body(read=(blocks, warnings)))
    return True


def _signed_body(path: Path, attachments: list[_Properties], found: _Found) -> None:
    """A message signed in the clear with no body of its own: the signed MIME message Outlook keeps."""
    from guidegraph.read.eml import read_eml

    for attachment in attachments:
        if (attachment.string(LONG_FILE_NAME) or attachment.string(FILE_NAME) or "").lower() == "smime.p7m":
            data = attachment.stream(ATTACH_DATA, _BINARY) or b""
            blocks, warnings = read_eml(path, data)[0]
            found.bodies.append(_Body(read=(blocks, [w for w in warnings if "smime.p7s" not in w])))
            return


def _attachment(path: Path, message: _Properties, attachment: _Properties, depth: int, found: _Found,
                signed: bool) -> None:
    inner = attachment.contents.get(_ATTACHED_MESSAGE)
    if attachment.number(METHOD) == EMBEDDED_MESSAGE and inner is not None:
        attached = _properties(message.compound, inner, "attached message")
        if attached is not None:
            subject = attached.string(SUBJECT) or "(no subject)"
            found.warnings.append(f"forwarded message read after the message's own text: '{subject}'")
            _collect(path, attached, depth + 1, found)
            return
    name = attachment.string(LONG_FILE_NAME) or attachment.string(FILE_NAME) or attachment.string(DISPLAY_NAME)
    mime = (attachment.string(MIME_TAG) or "").lower()
    shown = mime.startswith("image/") and attachment.string(CONTENT_ID)
    if shown or (signed and (name or "").lower() == "smime.p7m"):
        return  # a picture the HTML shows; the signed message itself
    found.attachments.append(name or f"an attachment of type {mime or 'unknown'}")


def _attachments(message: _Properties) -> list[_Properties]:
    storages = sorted((name, entry) for name, entry in message.contents.items() if name.startswith(_ATTACHMENT))
    found = [_properties(message.compound, entry, "attachment", message.code_page) for _, entry in storages]
    return [attachment for attachment in found if attachment is not None]


def _properties(compound: CompoundFile, storage, kind: str, code_page: str = "cp1252") -> _Properties | None:
    """A storage's properties: its streams, and the fixed-size values its property stream holds."""
    contents = compound.contents(storage)
    entry = contents.get(_PROPERTIES)
    if entry is None:
        return None
    if entry.size > _MAX_PROPERTY_STREAM:
        raise Damaged("a property stream is larger than any Outlook writes")
    data = compound.read(entry)
    fixed = {struct.unpack_from("<I", data, at)[0]: data[at + 8:at + 16]
             for at in range(_HEADER[kind], len(data) - 15, 16)}
    found = _Properties(compound, contents, fixed, code_page)
    number = found.number(MESSAGE_CODE_PAGE) or found.number(INTERNET_CODE_PAGE)
    if number:
        found.code_page = code_page_codec(number)
    return found


def _sender(message: _Properties) -> str:
    return " ".join((message.string(SENDER) or message.string(SENT_FOR) or "").split())


def _internet_charset(message: _Properties) -> str | None:
    number = message.number(INTERNET_CODE_PAGE)
    return code_page_codec(number) if number else None


def _refuse_large(path: Path, message: _Properties) -> None:
    """A body over `MAX_TEXT_BYTES`, refused rather than read."""
    if any(message.size(pid, kind) > MAX_TEXT_BYTES for pid in (HTML, BODY, RTF)
           for kind in (_UNICODE, _STRING8, _BINARY)):
        raise ParseError(path, f"the message's text is over {MAX_TEXT_BYTES // 2**20} MB: split it or check it is "
                         "the right file")


def _file_properties(message: _Properties) -> FileProperties:
    subject = SUBJECT_TAGS.sub("", message.string(SUBJECT) or "")
    sent = message.time(SENT) or message.time(DELIVERED)
    # the sender is the publisher when an organisation sent it, as a Word file's author is; a person is not
    return file_properties(_ORIGIN, good_title(subject), good_date(sent.date().isoformat()) if sent else None,
                           organisation(_sender(message)))
