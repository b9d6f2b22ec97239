"""Cut a Rich Text Format file into its tokens, in one pass over the bytes.

RTF is seven-bit text: groups in braces, control words (a backslash, up to 32 letters, an optional
signed number, and one space that only ends the word), control symbols (a backslash and one other
character: `\\~`, `\\-`, `\\{`), `\\'hh` for one byte of the document's code page, and text between them.
Line ends are not text (a writer breaks its lines where it likes), but a backslash before one is a
paragraph mark. `\\binN` is followed by N bytes of raw data, which may hold braces and backslashes:
they are passed over by their length, never read as tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from guidegraph.errors import ParseError

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its number
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\([^a-zA-Z'])"  # a control symbol (a backslash before a line end is a paragraph mark)
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # text
    rb"|[\r\n]+|\\",  # line ends, and a backslash that starts nothing, are no text
    re.DOTALL)
_READ_ERROR = "not a readable Rich Text Format document"


class Token(NamedTuple):
    """One token: its kind ("{", "}", "word", "symbol", "byte", "text") and value; a word's number."""

    kind: str
    value: bytes
    number: int | None = None


def tokens(path: Path, data: bytes, start: int = 0) -> Iterator[Token]:
    """The tokens of `data` from `start`, in order; `\\binN` data skipped by its length."""
    position, end = start, len(data)
    while position < end:
        match = _TOKEN.match(data, position)
        position = match.end()  # every byte starts one of the alternatives: never an empty match
        word, number, byte, symbol, brace, text = match.groups()
        if word is not None:
            parameter = int(number) if number is not None else None
            if word == b"bin" and parameter:
                position = _after_binary(path, data, position, parameter)
                continue
            yield Token("word", word, parameter)
        elif text is not None:
            yield Token("text", text)
        elif brace is not None:
            yield Token(brace.decode(), brace)
        elif byte is not None:
            yield Token("byte", bytes([int(byte, 16)]))
        elif symbol is not None:
            yield Token("word", b"par") if symbol in b"\r\n" else Token("symbol", symbol)


def _after_binary(path: Path, data: bytes, position: int, length: int) -> int:
    if length < 0 or position + length > len(data):
        raise ParseError(path, f"{_READ_ERROR} (binary data of {length} bytes runs past the end of the file): "
                         "open it in a word processor and save it again")
    return position + length
