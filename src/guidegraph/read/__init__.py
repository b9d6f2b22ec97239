"""The read stage: corpus files (text, markdown, HTML, PDF, Word and Word 97-2003, OpenDocument text and
presentation, PowerPoint, RTF, saved e-mail and Outlook messages, web pages saved as one file) and their
metadata to `Document`s.

One small reader per format; this module picks the reader by file suffix, attaches the
metadata and prefixes each reader warning with the file's name: its path from the corpus folder,
whose subfolders are read too (`tree.py` says which).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, Protocol

from guidegraph.errors import GuidegraphError, MetadataError, ParseError
from guidegraph.model import Block, Document, FileProperties, Metadata
from guidegraph.read.encoding import MAX_TEXT_BYTES, decode, page_starts, read_bytes
from guidegraph.read.inferred import inferred_metadata, mail_properties
from guidegraph.read.masthead import split_masthead
from guidegraph.read.metadata import FRONT_MATTER_SUFFIXES, front_matter, load_metadata, sidecar_path, slug_from_stem
from guidegraph.read.paragraphs import numbered_paragraphs
from guidegraph.read.tree import corpus_name, corpus_tree

__all__ = ["SUPPORTED_SUFFIXES", "corpus_inputs", "corpus_name", "read_corpus", "read_document"]

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
# A folder's own notes (README.md, MANIFEST.md): not guidance unless given metadata of their own.
_FOLDER_NOTES = frozenset({"readme", "manifest", "license", "licence", "changelog", "contributing", "notice"})

Parsed = tuple[list[Block], list[str]]


class _Read(NamedTuple):
    """A reader's answer: the metadata found, the parsed text, and (for a file that came with no
    metadata) what the file records of itself."""

    meta: Metadata | None
    parsed: Parsed
    properties: FileProperties = FileProperties()


def read_document(path: Path, meta: Metadata | None = None, name: str | None = None) -> Document:
    """Read one corpus file with the reader for its format; metadata from beside it unless given.

    `name` is how its warnings name the file (its path from the corpus folder; its name by default).
    """
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
    name = name or path.name
    return Document(found, tuple(blocks), tuple(f"{name}: {warning}" for warning in warnings), masthead)


class DocumentReader(Protocol):
    """Reads one corpus file, its warnings naming it `name` (as `read_document`)."""

    def __call__(self, path: Path, *, name: str) -> Document: ...


def read_corpus(corpus_dir: Path, read: DocumentReader = read_document) -> list[Document]:
    """Read every document in a corpus folder and its subfolders, sorted by slug; a clear error for
    any bad file.

    `read` reads one file: the build passes one that answers unchanged files from its cache.
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise GuidegraphError(f"{corpus_dir}: corpus folder not found: give the folder that holds the "
                              "guidance documents and their .toml metadata")
    files = _listed(corpus_dir)
    for link, why in files.unfollowed:
        log.warning("%s: %s", link, why)
    for path in files.notes:
        log.warning("%s: not read: the corpus folder's own notes, by its name (add %s to read it as guidance)",
                    path, sidecar_path(path).name)
    if not files.documents:
        notes = ", ".join(corpus_name(path, corpus_dir) for path in files.notes)
        only = f", only its own notes ({notes})" if notes else ""
        raise GuidegraphError(f"{corpus_dir}: no documents in the corpus folder{only}: add guidance files "
                              f"({', '.join(SUPPORTED_SUFFIXES)}), each with its metadata")
    documents = _read_all(corpus_dir, files.documents, read)
    _check_unique_slugs(corpus_dir, documents)
    _log_orphan_sidecars(files)
    return sorted(documents, key=lambda document: document.meta.slug)


class CorpusFiles(NamedTuple):
    """The files of a corpus tree as the reader takes them."""

    documents: tuple[Path, ...]  # read, each with the sidecar beside it if there is one
    notes: tuple[Path, ...]  # a folder's own README.md, MANIFEST.md, ... with no sidecar: not read
    sidecars: tuple[Path, ...]  # every .toml, used or not
    unfollowed: tuple[tuple[Path, str], ...]  # folder links not followed, and why


def corpus_files(corpus_dir: Path) -> CorpusFiles:
    """The corpus documents in a folder and its subfolders: every file but sidecars, hidden and system
    files, the folders' own notes, and what is in folders that hold no guidance (`tree.py`)."""
    tree = corpus_tree(corpus_dir, SUPPORTED_SUFFIXES)
    sidecars = tuple(path for path in tree.files if path.suffix.lower() == ".toml")
    candidates = [path for path in tree.files if path.suffix.lower() != ".toml"
                  and (path.is_file() or path.suffix.lower() in SUPPORTED_SUFFIXES)]
    notes = tuple(path for path in candidates if _is_folder_note(path))
    documents = tuple(path for path in candidates if path not in notes)
    return CorpusFiles(documents, notes, sidecars, tree.unfollowed)


def corpus_inputs(corpus_dir: Path) -> list[Path]:
    """Every file a build of the corpus reads: its documents and the sidecars beside them."""
    documents = corpus_files(corpus_dir).documents
    return sorted([*documents, *(sidecar for sidecar in map(sidecar_path, documents) if sidecar.is_file())])


def _listed(corpus_dir: Path) -> CorpusFiles:
    try:
        return corpus_files(corpus_dir)
    except OSError as err:
        folder = Path(err.filename or corpus_dir)
        which = "the corpus folder" if folder == corpus_dir else "this folder of the corpus"
        raise GuidegraphError(f"{folder}: cannot list {which} ({err.strerror or err}): check it is readable") from err


def _is_folder_note(path: Path) -> bool:
    return (path.stem.lower() in _FOLDER_NOTES and path.suffix.lower() in TEXT_SUFFIXES
            and path.is_file() and not sidecar_path(path).is_file())


def _read_all(corpus_dir: Path, paths: tuple[Path, ...], read: DocumentReader) -> list[Document]:
    """Read them all and report every unreadable file at once, not one per run."""
    documents: list[Document] = []
    errors: list[ParseError] = []
    for path in paths:
        try:
            documents.append(read(path, name=corpus_name(path, corpus_dir)))
        except ParseError as err:
            errors.append(err)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        listing = "\n".join(f"  - {err.message}" for err in errors)
        raise ParseError(corpus_dir, f"{len(errors)} corpus files cannot be read:\n{listing}")
    return documents


def _check_unique_slugs(corpus_dir: Path, documents: list[Document]) -> None:
    seen: dict[str, Path] = {}
    for document in documents:
        slug, path = document.meta.slug, document.meta.path
        if slug in seen:
            raise MetadataError(path, "slug", f"'{slug}' is also the slug of {corpus_name(seen[slug], corpus_dir)}: "
                                f"{_own_slug_hint(corpus_dir, seen[slug], path)}")
        seen[slug] = path


def _own_slug_hint(corpus_dir: Path, first: Path, second: Path) -> str:
    if first.parent == second.parent:
        return "give one of them its own slug (two files with one stem share one sidecar)"
    # the one in a subfolder: its folders make a slug of their own ("Health/policy" -> "health-policy")
    which = second if second.parent != corpus_dir else first
    slug = slug_from_stem(which, corpus_name(which.with_suffix(""), corpus_dir))
    return (f'give one of them its own slug in its sidecar, e.g. slug = "{slug}" in '
            f"{corpus_name(sidecar_path(which), corpus_dir)}")


def _log_orphan_sidecars(files: CorpusFiles) -> None:
    used = {sidecar_path(path) for path in files.documents}
    for toml in files.sidecars:
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
