"""Bytes to text: the encodings councils really save in, and the files that are not text at all."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guidegraph.errors import ParseError
from guidegraph.read import encoding
from guidegraph.read.encoding import decode, normalise_newlines, read_bytes

PATH = Path("corpus/guide.txt")


def test_utf8() -> None:
    assert decode(PATH, "Children’s services – consent\n".encode()) == "Children’s services – consent\n"


def test_utf8_bom_is_stripped() -> None:
    assert decode(PATH, codecs.BOM_UTF8 + b"Caldicott\n") == "Caldicott\n"


def test_cp1252_smart_quotes_and_dashes() -> None:
    assert decode(PATH, b"Children\x92s services \x96 consent") == "Children’s services – consent"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    data = "Section 47 – enquiries\n".encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(PATH, data) == "Section 47 – enquiries\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_refused(codec: str) -> None:
    with pytest.raises(ParseError) as caught:
        decode(PATH, "Information sharing guidance\n".encode(codec))
    assert str(caught.value) == (
        f"{PATH}: looks like UTF-16 without a byte-order mark; save it as UTF-8"
    )


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b" \n\t\r\n  \n", "empty file (only whitespace)"),
    (codecs.BOM_UTF8, "empty file"),
    (bytes(range(256)) * 4, "binary file, not text (is it really a .txt?)"),
    (b"text\x00with a NUL", "binary file, not text (is it really a .txt?)"),
    (b"\x01\x02\x03\x04 mostly control \x05\x06\x07\x08", "binary file, not text (is it really a .txt?)"),
])
def test_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        decode(PATH, data)
    assert caught.value.path == PATH
    assert caught.value.reason == reason
    assert str(PATH) in str(caught.value)


def test_neither_utf8_nor_cp1252() -> None:
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8 here.
    with pytest.raises(ParseError, match=r"guide\.txt: not UTF-8 \(bad byte at offset 3\) nor Windows-1252"):
        decode(PATH, b"abc\x81\x8d")


def test_broken_utf16_after_bom() -> None:
    with pytest.raises(ParseError, match="UTF-16-LE byte-order mark but is not valid"):
        decode(PATH, codecs.BOM_UTF16_LE + b"a\x00\x00\xdc")  # a lone low surrogate


def test_newlines_normalised_without_changing_line_count() -> None:
    text = decode(PATH, b"one\r\ntwo\rthree\nfour\x0cfive\x0bsix\r\n")
    assert text == "one\ntwo\nthree\nfourfive six\n"
    assert text.splitlines() == text.split("\n")[:-1]


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
                        min_size=1, max_size=20), min_size=1, max_size=12),
       st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=12, max_size=12))
def test_line_count_is_what_an_editor_shows(lines: list[str], ends: list[str]) -> None:
    # Lines are never empty, so a "\r" end is never the first half of a "\r\n".
    raw = "x" + "".join(line + end for line, end in zip(lines, ends, strict=False))
    text = normalise_newlines(raw)
    assert text.count("\n") == len(lines)
    assert len(text.splitlines()) == len(raw.splitlines())


def test_read_bytes_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    with pytest.raises(ParseError) as caught:
        read_bytes(folder)
    assert str(caught.value) == f"{folder}: is a folder, not a file"


def test_read_bytes_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"gone\.txt: cannot read the file \(No such file or directory\)"):
        read_bytes(tmp_path / "gone.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_read_bytes_without_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    with pytest.raises(ParseError, match=r"locked\.txt: cannot read the file \(Permission denied\)"):
        read_bytes(locked)


def test_read_bytes_refuses_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoding, "MAX_FILE_BYTES", 2 * 2**20)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"a" * (3 * 2**20))
    with pytest.raises(ParseError) as caught:
        read_bytes(huge)
    assert str(caught.value) == (
        f"{huge}: file is 3 MB, over the 2 MB limit for one document: split it or check it is the right file"
    )


def test_size_limit_is_64_mb() -> None:
    assert encoding.MAX_FILE_BYTES == 64 * 2**20


def test_os_errors_become_parse_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(ParseError) as caught:
        read_bytes(locked)
    assert str(caught.value) == (
        f"{locked}: cannot read the file (Permission denied): check it exists and is readable"
    )
