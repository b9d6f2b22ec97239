"""The read stage: corpus files (text, markdown, HTML, PDF, Word and Word 97-2003, OpenDocument text and
presentation, PowerPoint, RTF, saved e-mail and Outlook messages, web pages saved as one file) and their
metadata to `Document`s.

One small reader per format; this module picks the reader by file suffix, attaches the
metadata and prefixes each reader warning with the file name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from guidegraph.errors import GuidegraphError, MetadataError, ParseError
from guidegraph.model import Block, Document, FileProperties, Metadata
from guidegraph.read.encoding import MAX_TEXT_BYTES, decode, page_starts, read_bytes
from guidegraph.read.inferred import inferred_metadata, mail_properties
from guidegraph.read.masthead import split_masthead
from guidegraph.read.metadata import FRONT_MATTER_SUFFIXES, front_matter, load_metadata, sidecar_path
from guidegraph.read.paragraphs import numbered_paragraphs

__all__ = ["SUPPORTED_SUFFIXES", "read_corpus", "read_document"]

log = logging.getLogger(__name__)

TEXT_SUFFIXES = FRONT_MATTER_SUFFIXES
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx",)
WORD_97_SUFFIXES = (".doc",)
ODT_SUFFIXES = (".odt",)
ODP_SUFFIXES = (".odp",)
POWERPOINT_SUFFIXES = (".pptx",)
RTF_SUFFIXES = (".rtf",)
EML_SUFFIXES = (".eml",)
MSG_SUFFIXES = (".msg",)
MHTML_SUFFIXES = (".mhtml", ".mht")
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES + WORD_SUFFIXES + WORD_97_SUFFIXES + ODT_SUFFIXES
                      + ODP_SUFFIXES + POWERPOINT_SUFFIXES + RTF_SUFFIXES + EML_SUFFIXES + MSG_SUFFIXES
                      + MHTML_SUFFIXES)
# Formats refused with what to do instead (none at present: each format a corpus meets is read).
_REFUSED_SUFFIXES: dict[str, str] = {}
# Files operating systems and office programs drop into folders; never corpus documents.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})
# A folder's own notes (README.md, MANIFEST.md): not guidance unless given metadata of their own.
_FOLDER_NOTES = frozenset({"readme", "manifest", "license", "licence", "changelog", "contributing", "notice"})

Parsed = tuple[list[Block], list[str]]


class _Read(NamedTuple):
    """A reader's answer: the metadata found, the parsed text, and (for a file that came with no
    metadata) what the file records of itself."""

    meta: Metadata | None
    parsed: Parsed
    properties: FileProperties = FileProperties()


def read_document(path: Path, meta: Metadata | None = None) -> Document:
    """Read one corpus file with the reader for its format; metadata from beside it unless given."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in _REFUSED_SUFFIXES:
        raise ParseError(path, _REFUSED_SUFFIXES[suffix])
    if suffix not in SUPPORTED_SUFFIXES:
        raise ParseError(path, f"unknown format '{path.suffix or '(none)'}': supported formats are "
                         f"{', '.join(SUPPORTED_SUFFIXES)}; convert it or move it out of the corpus")
    found, (blocks, warnings), properties = _READERS[suffix](path, meta)
    blocks = numbered_paragraphs(list(blocks))
    if not blocks and not warnings:
        warnings = ["no text found: the document has no headings, paragraphs or list items"]
    if found is None:  # neither sidecar nor front matter: what the file says of itself, with a warning
        found, inferred = inferred_metadata(path, blocks, properties)
        warnings = [inferred, *warnings]
    masthead, blocks = split_masthead(blocks, found.publisher)  # after the metadata: a cover may name the publisher
    return Document(found, tuple(blocks), tuple(f"{path.name}: {warning}" for warning in warnings), masthead)


def read_corpus(corpus_dir: Path, read: Callable[[Path], Document] = read_document) -> list[Document]:
    """Read every document in a corpus folder, sorted by slug; a clear error for any bad file.

    `read` reads one file: the build passes one that answers unchanged files from its cache.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise GuidegraphError(f"{corpus_dir}: corpus folder not found: give the folder that holds the "
                              "guidance documents and their .toml metadata")
    try:
        paths = corpus_files(corpus_dir)
    except OSError as err:
        raise GuidegraphError(f"{corpus_dir}: cannot list the corpus folder ({err.strerror or err}): "
                              "check it is readable") from err
    if not paths:
        notes = ", ".join(path.name for path in _folder_notes(corpus_dir))
        only = f", only its own notes ({notes})" if notes else ""
        raise GuidegraphError(f"{corpus_dir}: no documents in the corpus folder{only}: add guidance files "
                              f"({', '.join(SUPPORTED_SUFFIXES)}), each with its metadata")
    documents = _read_all(paths, read)
    _check_unique_slugs(documents)
    _log_orphan_sidecars(corpus_dir, paths)
    return sorted(documents, key=lambda document: document.meta.slug)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The corpus documents in a folder: every file but sidecars, hidden and system files, and the
    folder's own notes (a README.md or MANIFEST.md with no sidecar), which are logged."""
    notes = _folder_notes(corpus_dir)
    for path in notes:
        log.warning("%s: not read: the corpus folder's own notes, by its name (add %s to read it as guidance)",
                    path, sidecar_path(path).name)
    return sorted(
        entry
        for entry in corpus_dir.iterdir()
        if not entry.name.startswith((".", "~$"))  # hidden files, Office lock files
        and entry.name.lower() not in _SYSTEM_FILES
        and not entry.name.endswith("~")  # editor backups
        and entry.suffix.lower() != ".toml"
        and (entry.is_file() or entry.suffix.lower() in SUPPORTED_SUFFIXES)
        and entry not in notes
    )


def _folder_notes(corpus_dir: Path) -> list[Path]:
    return sorted(entry for entry in corpus_dir.iterdir()
                  if entry.stem.lower() in _FOLDER_NOTES and entry.suffix.lower() in TEXT_SUFFIXES
                  and entry.is_file() and not sidecar_path(entry).is_file())


def _read_all(paths: list[Path], read: Callable[[Path], Document]) -> list[Document]:
    """Read them all and report every unreadable file at once, not one per run."""
    documents: list[Document] = []
    errors: list[ParseError] = []
    for path in paths:
        try:
            documents.append(read(path))
        except ParseError as err:
            errors.append(err)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        listing = "\n".join(f"  - {err.message}" for err in errors)
        raise ParseError(paths[0].parent, f"{len(errors)} corpus files cannot be read:\n{listing}")
    return documents


def _check_unique_slugs(documents: list[Document]) -> None:
    seen: dict[str, Path] = {}
    for document in documents:
        slug, path = document.meta.slug, document.meta.path
        if slug in seen:
            raise MetadataError(path, "slug", f"'{slug}' is also the slug of {seen[slug].name}: give "
                                "one of them its own slug (two files with one stem share one sidecar)")
        seen[slug] = path


def _log_orphan_sidecars(corpus_dir: Path, paths: list[Path]) -> None:
    used = {sidecar_path(path) for path in paths}
    for toml in sorted(corpus_dir.glob("*.toml")):
        if toml not in used:
            log.warning("%s: metadata with no document of the same name beside it; ignored", toml)


# The readers are imported when first needed: bs4 and pypdf need not load for a text-only corpus.


def _read_text(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.text import parse_blocks

    data = read_bytes(path, MAX_TEXT_BYTES)
    text = decode(path, data)
    if meta is None:
        meta, consumed = load_metadata(path, text)
    else:
        consumed = front_matter(path, text)[1]
    parts = text.split("\n", consumed)
    body = parts[consumed] if len(parts) > consumed else ""
    properties = FileProperties() if meta else mail_properties(body)  # an e-mail saved as text names itself
    return _Read(meta, parse_blocks(body, first_line=consumed + 1, pages=page_starts(path, data)), properties)


# Each reader reads the file's own properties only when it came with no metadata: a document with
# metadata is read exactly as before.


def _read_html(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.html import page_soup, read_page
    from guidegraph.read.html_properties import page_properties

    meta = meta or load_metadata(path)[0]  # metadata first: it fails faster than parsing
    soup = page_soup(decode(path, read_bytes(path)))  # parsed once, for the text and the properties
    return _Read(meta, read_page(soup), FileProperties() if meta else page_properties(soup))


def _read_pdf(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.pdf import parse_pdf, pdf_properties

    return _read_packaged(path, meta, parse_pdf, pdf_properties)


def _read_word(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.docx import docx_properties, parse_docx

    return _read_packaged(path, meta, parse_docx, docx_properties)


def _read_word_97(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.doc import doc_properties, parse_doc

    return _read_packaged(path, meta, parse_doc, doc_properties)


def _read_odt(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.odt import odt_properties, parse_odt

    return _read_packaged(path, meta, parse_odt, odt_properties)


def _read_odp(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.odp import odp_properties, parse_odp

    return _read_packaged(path, meta, parse_odp, odp_properties)


def _read_powerpoint(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.pptx import parse_pptx, pptx_properties

    return _read_packaged(path, meta, parse_pptx, pptx_properties)


def _read_rtf(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.rtf import parse_rtf, rtf_properties

    return _read_packaged(path, meta, parse_rtf, rtf_properties)


def _read_eml(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.eml import read_eml

    meta = meta or load_metadata(path)[0]
    parsed, properties = read_eml(path, read_bytes(path))  # parsed once, for the text and the properties
    return _Read(meta, parsed, FileProperties() if meta else properties)


def _read_msg(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.msg import read_msg

    meta = meta or load_metadata(path)[0]
    parsed, properties = read_msg(path, read_bytes(path))  # read once, for the text and the properties
    return _Read(meta, parsed, FileProperties() if meta else properties)


def _read_mhtml(path: Path, meta: Metadata | None) -> _Read:
    from guidegraph.read.mhtml import read_mhtml

    meta = meta or load_metadata(path)[0]
    parsed, properties = read_mhtml(path, read_bytes(path))  # parsed once, for the text and the properties
    return _Read(meta, parsed, FileProperties() if meta else properties)


def _read_packaged(path: Path, meta: Metadata | None, parse: Callable[[Path, bytes], Parsed],
                   properties: Callable[[Path, bytes], FileProperties]) -> _Read:
    """A format whose text and properties are read from its bytes (PDF, Word, Word 97-2003, OpenDocument,
    PowerPoint, RTF)."""
    meta = meta or load_metadata(path)[0]
    data = read_bytes(path)
    return _Read(meta, parse(path, data), FileProperties() if meta else properties(path, data))


_READERS: dict[str, Callable[[Path, Metadata | None], _Read]] = {
    **dict.fromkeys(TEXT_SUFFIXES, _read_text),
    **dict.fromkeys(HTML_SUFFIXES, _read_html),
    **dict.fromkeys(PDF_SUFFIXES, _read_pdf),
    **dict.fromkeys(WORD_SUFFIXES, _read_word),
    **dict.fromkeys(WORD_97_SUFFIXES, _read_word_97),
    **dict.fromkeys(ODT_SUFFIXES, _read_odt),
    **dict.fromkeys(ODP_SUFFIXES, _read_odp),
    **dict.fromkeys(POWERPOINT_SUFFIXES, _read_powerpoint),
    **dict.fromkeys(RTF_SUFFIXES, _read_rtf),
    **dict.fromkeys(EML_SUFFIXES, _read_eml),
    **dict.fromkeys(MSG_SUFFIXES, _read_msg),
    **dict.fromkeys(MHTML_SUFFIXES, _read_mhtml),
}
