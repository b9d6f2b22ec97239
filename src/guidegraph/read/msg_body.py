"""An Outlook message's body, as Outlook keeps it: HTML, plain text, or compressed RTF.

A message saved from Outlook holds its text in up to three properties: `PidTagHtml` (the HTML a
reader sees, as bytes in the charset its `<meta>` names, else the message's internet code page),
`PidTagBody` (plain text; for an HTML message, Outlook's flattened copy of it) and
`PidTagRtfCompressed` (RTF, compressed as [MS-OXRTFCP] describes). An older or rich-text message
may have only the RTF: the RTF written from plain text (`\\fromtext`) is read by the RTF reader; RTF
that wraps HTML (`\\fromhtml1`, [MS-OXRTFEX]) is read by the RTF reader too, for its text only.

Compressed RTF ("LZFu") is a 16-byte header (the compressed size, the raw size, the kind, a CRC)
then runs of eight items under a control byte, each bit saying whether its item is a literal byte or
a two-byte reference (12 bits of position, 4 of length less two) into a 4096-byte dictionary that
starts with a fixed preload of common RTF; a reference to the dictionary's write position ends the
data. The kind "MELA" holds the RTF uncompressed. Output stops at the raw size the header gives, so
a reference chain cannot inflate it past what `MAX_TEXT_BYTES` allows.
"""

from __future__ import annotations

import re
import struct

from guidegraph.read.encoding import MAX_TEXT_BYTES

_LZFU, _MELA = 0x75465A4C, 0x414C454D
_PRELOAD = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
            b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n"
            b"\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")
_DICTIONARY = 4096
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.IGNORECASE)
_FROM_HTML = re.compile(rb"\\fromhtml1?\b")


class BadRtf(Exception):
    """Why a compressed RTF body cannot be read."""


def decompressed_rtf(data: bytes) -> bytes:
    """The RTF of a `PidTagRtfCompressed` value."""
    if len(data) < 16:
        raise BadRtf("its header is cut short")
    size, raw_size, kind, _ = struct.unpack_from("<IIII", data)
    if raw_size > MAX_TEXT_BYTES:
        raise BadRtf(f"it says it holds over {MAX_TEXT_BYTES // 2**20} MB of RTF")
    if kind == _MELA:
        return data[16:16 + raw_size]
    if kind != _LZFU:
        raise BadRtf("it is compressed in no way Outlook writes")
    return _lzfu(data[16:4 + size], raw_size)


def _lzfu(data: bytes, raw_size: int) -> bytes:
    dictionary = bytearray(_DICTIONARY)
    dictionary[:len(_PRELOAD)] = _PRELOAD
    write, out, at = len(_PRELOAD), bytearray(), 0
    while at < len(data) and len(out) < raw_size:
        control, at = data[at], at + 1
        for bit in range(8):
            if at >= len(data):
                break
            if not control >> bit & 1:
                items, at = data[at:at + 1], at + 1
            else:
                if at + 2 > len(data):
                    raise BadRtf("a reference is cut short")
                reference, at = data[at] << 8 | data[at + 1], at + 2
                offset = reference >> 4
                if offset == write:  # the end
                    return bytes(out[:raw_size])
                items = bytearray()
                for i in range((reference & 0xF) + 2):  # byte by byte: a reference may overlap what it writes
                    items.append(dictionary[(offset + i) % _DICTIONARY])
                    dictionary[(write + i) % _DICTIONARY] = items[-1]
                out += items
                write = (write + len(items)) % _DICTIONARY
                continue
            out += items
            dictionary[write] = items[0]
            write = (write + 1) % _DICTIONARY
    return bytes(out[:raw_size])


def html_charset(html: bytes) -> str | None:
    """The charset an HTML body's `<meta>` names, from its first bytes."""
    found = _META_CHARSET.search(html[:4096])
    return found[1].decode("ascii") if found else None


def wraps_html(rtf: bytes) -> bool:
    """RTF Outlook wrote around an HTML message ([MS-OXRTFEX]), told by its header."""
    return bool(_FROM_HTML.search(rtf[:1024]))
