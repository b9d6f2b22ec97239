"""Open a Word file's zip and parse its XML parts, refusing what a Word file never holds and a
hostile one might: a document type declaration (entity expansion), or a part that unpacks to more
than `MAX_PART_BYTES`."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError

DOCUMENT = "word/document.xml"
MAX_PART_BYTES = 64 * 1024 * 1024  # unpacked; guidance is a few megabytes at most


def opened(path: Path, data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, NotImplementedError) as err:  # a damaged header: "zip file version 6.4"
        raise ParseError(path, f"not a readable Word document ({err}): check it opens in Word, or save it "
                         "again as .docx") from None
    if DOCUMENT not in archive.namelist():
        raise ParseError(path, "not a Word document (a zip without word/document.xml): save it from Word as "
                         ".docx, or convert it to PDF or text")
    return archive


def part(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    if archive.getinfo(name).file_size > MAX_PART_BYTES:
        raise ParseError(path, f"{name} unpacks to over {MAX_PART_BYTES // (1024 * 1024)} MB: no guidance "
                         "document comes near that; check it is the right file")
    try:
        xml = archive.read(name)
        if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
            raise ParseError(path, f"{name} declares a document type, which Word never writes: refused")
        return ElementTree.fromstring(xml)
    except ParseError:
        raise
    # A damaged zip fails in many ways: bad CRC, corrupt deflate data, encrypted or unknown compression.
    except (ElementTree.ParseError, zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError) as err:
        raise ParseError(path, f"not a readable Word document ({name}: {err}): open it in Word and save it "
                         "again") from None


def optional(path: Path, archive: zipfile.ZipFile, name: str) -> ElementTree.Element | None:
    return part(path, archive, name) if name in archive.namelist() else None
