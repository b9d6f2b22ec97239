"""What the readers of MIME files (a saved e-mail, a web page saved as one file) share: refusing
shapes no program writes before the standard library's parser meets them, a part's text in its
charset (or UTF-8 or Windows-1252, with a warning), and a header's value read safely.

A MIME file is headers, then a body that may be several parts, each with headers of its own
(Content-Type with its charset, Content-Transfer-Encoding: quoted-printable, base64, 8bit).
"""

from __future__ import annotations

import codecs
import email.errors
import re
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from guidegraph.errors import ParseError
from guidegraph.read.encoding import MAX_TEXT_BYTES, expand_ligatures, normalise_newlines

MAX_DEPTH = 20  # a forward of a forward of a reply, each mixed over alternative over related, fits
MAX_CONTAINERS = 100
MAX_HEADER_CHARS = 4000
_CONTAINER = re.compile(rb"^content-type:\s*(?:multipart|message)/", re.IGNORECASE | re.MULTILINE)
_CONTENT_HEADER = re.compile(rb"^content-[\w-]*:[^\n]*(?:\n[ \t][^\n]*)*", re.IGNORECASE | re.MULTILINE)
# Labels that name Windows-1252, as browsers read them (the WHATWG encoding standard).
_WINDOWS_1252 = frozenset({"ascii", "iso8859-1", "latin-1", "cp1252"})
_READ_AS = (("utf-8", "UTF-8"), ("cp1252", "Windows-1252"))

# What the standard library raises on a part whose headers or payload are malformed past repair.
MALFORMED = (email.errors.MessageError, ValueError, TypeError, IndexError, AttributeError, LookupError)


@dataclass(frozen=True)
class Writer:
    """Who writes the kind of file being read, for messages: "message" written by "a mail program"."""

    what: str
    program: str
    remedy: str


def refuse_hostile(path: Path, data: bytes, writer: Writer) -> None:
    """Shapes no program writes, refused before the parser meets them (one pass, no parsing): more
    than `MAX_CONTAINERS` multipart or message parts, a Content-* header over `MAX_HEADER_CHARS`
    (the standard library reads those in time that grows faster than their length, and nests a
    parser per part)."""
    if len(_CONTAINER.findall(data)) > MAX_CONTAINERS:
        raise ParseError(path, f"the {writer.what} nests its parts too deep or has too many of them (over "
                         f"{MAX_CONTAINERS}): not a {writer.what} {writer.program} writes; {writer.remedy}")
    for header in _CONTENT_HEADER.finditer(data):
        if len(header[0]) > MAX_HEADER_CHARS:
            raise ParseError(path, f"a part's header is over {MAX_HEADER_CHARS} characters long "
                             f"({header[0][:30].decode('ascii', 'replace')}...): not a {writer.what} "
                             f"{writer.program} writes")


def refuse_deep(path: Path, depth: int, writer: Writer) -> None:
    """Refuse parts nested deeper than `MAX_DEPTH`, as the walk over them goes down."""
    if depth > MAX_DEPTH:
        raise ParseError(path, f"the {writer.what} nests its parts more than {MAX_DEPTH} deep: not a "
                         f"{writer.what} {writer.program} writes; {writer.remedy}")


def part_text(path: Path, part: EmailMessage, writer: Writer, declared: str | None = None) -> tuple[str, list[str]]:
    """A text part's words: its transfer encoding undone, its charset (or `declared`, when its header
    names none) read, or UTF-8 or Windows-1252 with a warning when neither is named (and it is not
    ASCII) or the one named does not fit its bytes."""
    data = part.get_payload(decode=True) or b""
    if len(data) > MAX_TEXT_BYTES:
        raise ParseError(path, f"the {writer.what}'s text is over {MAX_TEXT_BYTES // 2**20} MB: split it or "
                         "check it is the right file")
    return decoded_text(data, part.get_content_charset() or declared, f"{part.get_content_type()} part")


def decoded_text(data: bytes, declared: str | None, what: str) -> tuple[str, list[str]]:
    """Bytes in the charset `declared`, or UTF-8 or Windows-1252 with a warning naming `what` when none
    is named (and they are not ASCII) or the one named does not fit them."""
    text = _decoded(data, declared)
    said = []
    if text is None:
        text, name = _fallback(data)
        why = f"its charset '{declared}' is unknown or does not fit its bytes" if declared else "it declares no charset"
        said.append(f"{what}: {why}: read as {name}")
    return expand_ligatures(normalise_newlines(text)), said


def _decoded(data: bytes, declared: str | None) -> str | None:
    if declared is None:
        return data.decode("ascii") if data.isascii() else None
    try:
        codec = codecs.lookup(declared).name
        return data.decode("cp1252" if codec in _WINDOWS_1252 else codec)
    except (LookupError, UnicodeDecodeError, ValueError):  # ValueError: a label longer than a codec name
        return None


def _fallback(data: bytes) -> tuple[str, str]:
    for codec, name in _READ_AS:
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace"), "Windows-1252 (bytes it has no letter for replaced)"


def header(part: EmailMessage, name: str) -> str | None:
    """A header's value, its encoded words decoded; None when absent, too long or unreadable."""
    raw = next((value for key, value in part.raw_items() if key.lower() == name), None)
    if raw is None or len(raw) > MAX_HEADER_CHARS:  # encoded words are decoded in time growing faster than length
        return None
    try:
        return " ".join(str(part[name]).split())
    except Exception:  # the standard library's header parser raises assorted errors on malformed headers
        return None
