"""Open a zipped XML document (a Word file, an OpenDocument text) and parse its XML parts, refusing
what an office program never writes and a hostile file might: a document type declaration (entity
expansion), or a part that unpacks to more than `MAX_PART_BYTES`.

The Word reader calls these as they are; another format passes its own `Package`, so that each
message names the format the user saved and the program that saves it."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from guidegraph.errors import ParseError

DOCUMENT = "word/document.xml"
MAX_PART_BYTES = 64 * 1024 * 1024  # unpacked; guidance is a few megabytes at most


@dataclass(frozen=True)
class Package:
    """How messages name a zipped format, and the part every file of it holds."""

    kind: str  # "Word document"
    article: str  # "a", "an": "not a Word document", "not an OpenDocument text"
    main: str  # the part that holds the text
    program: str  # what saves it: "Word"
    suffix: str  # ".docx"


WORD = Package("Word document", "a", DOCUMENT, "Word", ".docx")


def opened(path: Path, data: bytes, package: Package = WORD) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, NotImplementedError) as err:  # a damaged header: "zip file version 6.4"
        raise ParseError(path, f"not a readable {package.kind} ({err}): check it opens in {package.program}, "
                         f"or save it again as {package.suffix}") from None
    if package.main not in archive.namelist():
        raise ParseError(path, f"not {package.article} {package.kind} (a zip without {package.main}): save it "
                         f"from {package.program} as {package.suffix}, or convert it to PDF or text")
    return archive


def raw(path: Path, archive: zipfile.ZipFile, name: str, package: Package = WORD) -> bytes:
    """A part's bytes, refused when it unpacks to more than any guidance document holds."""
    if archive.getinfo(name).file_size > MAX_PART_BYTES:
        raise ParseError(path, f"{name} unpacks to over {MAX_PART_BYTES // (1024 * 1024)} MB: no guidance "
                         "document comes near that; check it is the right file")
    try:
        return archive.read(name)
    # A damaged zip fails in many ways: bad CRC, corrupt deflate data, encrypted or unknown compression.
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError,
            ValueError) as err:
        raise _unreadable(path, package, name, err) from None


def part(path: Path, archive: zipfile.ZipFile, name: str, package: Package = WORD) -> ElementTree.Element:
    xml = raw(path, archive, name, package)
    if b"<!DOCTYPE" in xml or b"<!ENTITY" in xml:
        raise ParseError(path, f"{name} declares a document type, which {package.program} never writes: refused")
    try:
        return ElementTree.fromstring(xml)
    except (ElementTree.ParseError, ValueError, LookupError) as err:  # LookupError: an encoding no codec knows
        raise _unreadable(path, package, name, err) from None


def optional(path: Path, archive: zipfile.ZipFile, name: str, package: Package = WORD) -> ElementTree.Element | None:
    return part(path, archive, name, package) if name in archive.namelist() else None


def _unreadable(path: Path, package: Package, name: str, err: Exception) -> ParseError:
    return ParseError(path, f"not a readable {package.kind} ({name}: {err}): open it in {package.program} and "
                      "save it again")
