"""Turn a corpus file's bytes into text, or say plainly why they are not text.

Accepted: UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 with a byte-order mark, and
Windows-1252 (what many council and Word exports are saved as). Newlines are normalised to "\\n"
so that line numbers match what an editor shows. Files over `MAX_FILE_BYTES` are refused: no
guidance document comes near it, and reading a stray disk image into memory helps nobody. Plain
text and markdown are refused over `MAX_TEXT_BYTES`: every byte of theirs is text to classify and
extract from (about a minute a megabyte through the whole build), unlike a PDF's images or a saved
page's markup; the largest real guidance documents are well under a megabyte of text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from guidegraph.errors import ParseError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_BYTES = 8 * 1024 * 1024

# Longest BOMs first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that never occur in text; tab, newlines, vertical tab (Word's manual line
# break) and form feed (a PDF page break) do.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_OTHER_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SAMPLE = 8192


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, or a ParseError saying why it cannot be read or is over `limit` (default MAX_FILE_BYTES)."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ParseError(path, "is a folder, not a file")
        if size > limit:
            raise ParseError(path, f"file is {size / 2**20:.0f} MB, over the {limit // 2**20} MB "
                             "limit for one document: split it or check it is the right file")
        return path.read_bytes()
    except OSError as err:
        raise ParseError(path, f"cannot read the file ({err.strerror or err}): check it exists and "
                         "is readable") from err


def decode(path: Path, data: bytes) -> str:
    """Decode a text file's bytes to a str with "\\n" newlines; ParseError if it is not text."""
    text = _decode_bytes(path, data)
    if not text.strip():
        raise ParseError(path, "empty file" if not text else "empty file (only whitespace)")
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise ParseError(path, "binary file, not text (is it really a .txt?)")
    return expand_ligatures(normalise_newlines(text))


# Typographic ligatures a PDF's text layer keeps ("signiﬁcant", "ﬂow"): as letters, a word is
# the word that search, implied terms and citations look for.
_LIGATURES = (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl"), ("\ufb03", "ffi"), ("\ufb04", "ffl"),
              ("\ufb05", "st"), ("\ufb06", "st"))


def expand_ligatures(text: str) -> str:
    """"signiﬁcant" as "significant": each ligature character as the letters it joins."""
    for ligature, letters in _LIGATURES:  # `in` and str.replace: str.translate is slow on 20 MB
        if ligature in text:
            text = text.replace(ligature, letters)
    return text


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends to "\\n"; each line end stays one line end.

    Characters that `str.splitlines` would also break at but editors and `grep -n` do not (form
    feed, vertical tab, Unicode line separators) become spaces, or vanish for a form feed, so that
    every later stage counts the same lines as the person who opens the file.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _OTHER_BREAKS.search(text):
        text = _OTHER_BREAKS.sub(lambda m: "" if m.group() == "\f" else " ", text)
    return text


def page_starts(path: Path, data: bytes) -> frozenset[int]:
    """The numbers of the lines (1-based, as `decode` counts them) that open a page: those after a
    form feed, which `pdftotext` writes between a PDF's pages and `decode` takes out."""
    if b"\f" not in data:
        return frozenset()
    text = _decode_bytes(path, data).replace("\r\n", "\n").replace("\r", "\n")
    # "text\f" ends a page (the next line opens one); "\ftext", or a feed inside a line, opens one
    return frozenset(no + 1 if line.endswith("\f") and not line.startswith("\f") else no
                     for no, line in enumerate(text.split("\n"), 1) if "\f" in line)


def _decode_bytes(path: Path, data: bytes) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(path, data[len(bom):], codec)
    if not data:
        return ""
    if _looks_like_utf16(data):
        raise ParseError(path, "looks like UTF-16 without a byte-order mark; save it as UTF-8")
    if b"\0" in data:
        raise ParseError(path, "binary file, not text (is it really a .txt?)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_err:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise ParseError(path, f"not UTF-8 (bad byte at offset {utf8_err.start}) nor Windows-1252: "
                             "save it as UTF-8") from None


def _decode_with_bom(path: Path, body: bytes, codec: str) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as err:
        raise ParseError(path, f"starts with a {codec.upper()} byte-order mark but is not valid "
                         f"{codec.upper()} (bad bytes at offset {err.start}): save it as UTF-8") from None


def _looks_like_utf16(data: bytes) -> bool:
    """NUL in (nearly) every other byte: ASCII-range text saved as UTF-16 without a BOM."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.1 * len(other):
            return True
    return False


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE * 8]
    return len(_CONTROL.findall(sample)) / len(sample)
