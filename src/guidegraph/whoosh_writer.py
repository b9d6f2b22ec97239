"""The search index's whoosh segments, written straight through whoosh's codec: fast, and the
same bytes for the same documents. Several segments are written at once in forked helpers; a
table of contents (`write_toc`) lists them in order.

whoosh's own writer sends every word through a chain of generators, spills every posting to
pickled runs on disk and merges them back, then looks up each posting's field length in the
files it has just written: four minutes for 100 times the bundled corpus. This writer takes the
terms and positions of text fields from `analysis.term_positions` (what the analyser gives),
keeps each term's postings in compact arrays, and hands them to whoosh's codec a block at a
time in term order. The files are whoosh's own format: the terms, postings, block statistics,
stored fields and lengths whoosh's `SegmentWriter` writes for the same documents
(`tests/test_index.py` compares them), except that a rare term keeps its postings in its term entry
(`whoosh_postings.INLINE_BELOW`), as whoosh's codec can read (and its writer means to do).

It relies on whoosh-reloaded 2.7's codec internals (`W3PostingsWriter`'s block buffer), which the
comparison test would catch changing.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from guidegraph.analysis import ANALYZER, term_positions
from guidegraph.whoosh_postings import Postings, write_postings

INDEX_NAME = "MAIN"  # whoosh's default index name, which `whoosh.index.open_dir` reads
SEGMENT_ID = "guidegraph000000"  # one segment in a fresh folder: a fixed name keeps builds identical


@dataclass(frozen=True)
class Head:
    """A field that holds, for each term of the `source` field, only its `size` postings of most
    `impact` (of the frequency and the document's length over the average length), weighted by it:
    the documents worth scoring for a word, however many hold it."""

    source: str
    size: int
    impact: Callable[[int, float], float]


class SegmentBuilder:
    """Collects documents: stored fields go to whoosh's per-document writer, postings stay here."""

    def __init__(self, storage: Any, schema: Any, heads: dict[str, Head] | None = None,
                 forward: dict[str, str] | None = None, segid: str = SEGMENT_ID) -> None:
        from whoosh import formats
        from whoosh.analysis import IDTokenizer
        from whoosh.codec.whoosh3 import W3Codec, W3Segment
        from whoosh.fields import ID

        self.storage, self.schema = storage, schema
        self.codec = W3Codec()
        self.segment = W3Segment(self.codec, INDEX_NAME, segid=segid)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.postings: dict[str, dict[Any, Postings]] = {}  # field -> term (text, or bytes) -> postings
        self.lengths: dict[str, array] = {name: array("I") for name in schema.names()}
        self.count = 0
        self.heads = heads or {}
        self.forward = {source: column for column, source in (forward or {}).items()}
        self._keywords: dict[tuple[str, Any], list[tuple[Postings, int]]] = {}  # a value's postings rows
        self.text_fields = {name for name, field in schema.items() if field.indexed and field.analyzer == ANALYZER}
        self.phrase_fields = {name for name in self.text_fields if isinstance(schema[name].format, formats.Positions)}
        self._ids = {name for name, field in schema.items()  # whoosh's ID: the value is the term
                     if isinstance(field, ID) and field.analyzer == IDTokenizer()}
        for name, field in schema.items():
            if field.indexed and name not in self.text_fields and type(field.format) not in (formats.Existence,
                                                                                       formats.Frequency):
                raise TypeError(f"{name}: cannot index a field in the {type(field.format).__name__} format")

    def add(self, document: dict[str, Any], analysed: dict[str, tuple[bytes, int]]) -> None:
        """One document, field by field in name order, as whoosh's `SegmentWriter.add_document`.

        Its text fields come analysed (`analyse_texts`): their forward values and lengths here,
        their postings merged afterwards (`merge`).
        """
        docnum = self.count
        perdoc, schema, lengths = self.perdoc, self.schema, self.lengths
        perdoc.start_doc(docnum)
        for values in lengths.values():
            values.append(0)
        for name in sorted(document):
            value = document[name]
            if value is None:
                continue
            field = schema[name]
            length = 0
            if field.indexed:
                length = self._add_text(name, *analysed[name]) if name in self.text_fields else \
                    self._index_keywords(name, field, value, docnum)
                length = length if field.scorable else 0
                lengths[name][docnum] = length
            perdoc.add_field(name, field, value if field.stored else None, length)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        perdoc.finish_doc()
        self.count += 1

    def _add_text(self, name: str, forward: bytes, length: int) -> int:
        if name in self.forward:
            column = self.forward[name]
            self.perdoc.add_column_value(column, self.schema[column].column_type, forward)
        return length

    def merge(self, postings: dict[str, dict[str, Postings]]) -> None:
        """Add the postings of text fields analysed apart (of documents after those merged before)."""
        for name, terms in postings.items():
            mine = self.postings.setdefault(name, {})
            for term, row in terms.items():
                kept = mine.get(term)
                if kept is None:
                    mine[term] = row
                else:
                    kept.docnums.extend(row.docnums)
                    kept.frequencies.extend(row.frequencies)
                    kept.positions.extend(row.positions)

    def _index_keywords(self, name: str, field: Any, value: Any, docnum: int) -> int:
        """Add the postings of an id, keyword or number field; return its length in terms."""
        key = (name, value)
        rows = self._keywords.get(key)
        if rows is None:
            postings = self.postings.setdefault(name, {})
            rows = [(postings.get(term) or postings.setdefault(term, Postings()), frequency)
                    for term, frequency in self._keyword_terms(name, field, value)]
            if not field.unique:  # kinds, years, places recur: their postings rows are found once
                self._keywords[key] = rows
        length = 0
        for row, frequency in rows:
            row.docnums.append(docnum)
            row.frequencies.append(frequency)
            length += frequency
        return length

    def _keyword_terms(self, name: str, field: Any, value: Any) -> list[tuple[bytes, int]]:
        """The terms of an id, keyword or number field."""
        if name in self._ids:  # a whole value is its one term
            return [(value.encode("utf-8"), 1)]
        counted: dict[bytes, int] = {}
        for term, frequency, _weight, _value in field.index(value):
            counted[term] = counted.get(term, 0) + frequency
        return list(counted.items())

    def write(self) -> Any:
        """Write the segment's files; return the segment, for a table of contents (`write_toc`)."""
        self.perdoc.close()
        self.storage.temp_storage(f"{INDEX_NAME}.tmp").destroy()  # the column writer's scratch folder
        for name, head in self.heads.items():
            self.postings[name] = self._head(head)
        write_postings(self.codec.field_writer(self.storage, self.segment), self.schema, self.postings,
                       self.lengths)
        self.segment.set_doc_count(self.count)
        return self.segment

    def _head(self, head: Head) -> dict[Any, Postings]:
        """The postings of a `Head` field, from its source field's."""
        from whoosh.util.numeric import byte_to_length, length_to_byte

        total = self.perdoc._fieldlengths.get(head.source, 0)  # what whoosh's avg_field_length reads
        average = total / self.count if total else 1.0
        lengths = [length_to_byte(n) for n in self.lengths[head.source]]  # as read back, quantised
        impacts: dict[tuple[int, int], float] = {}
        heads = {}
        for term, row in self.postings.get(head.source, {}).items():
            weights = []
            for docnum, frequency in zip(row.docnums, row.frequencies, strict=True):
                key = (frequency, lengths[docnum])
                if key not in impacts:
                    impacts[key] = head.impact(frequency, byte_to_length(key[1]) / average)
                weights.append(impacts[key])
            chosen = range(len(weights))
            if len(weights) > head.size:  # the most telling postings, ties to the first documents
                chosen = sorted(sorted(chosen, key=lambda i: -weights[i])[: head.size])
            lead = heads[term] = Postings()
            lead.docnums = array("I", (row.docnums[i] for i in chosen))
            lead.frequencies = array("I", (row.frequencies[i] for i in chosen))
            lead.weights = array("f", (weights[i] for i in chosen))
        return heads


def encode_terms(found: dict[str, list[int]]) -> bytes:
    """A document's terms and positions as a forward column stores them: the terms joined by spaces,
    a NUL, then as unsigned ints each term's frequency and, term after term, its positions."""
    numbers = array("I", [len(positions) for positions in found.values()])
    numbers.extend(chain.from_iterable(found.values()))
    return " ".join(found).encode("utf-8") + b"\0" + numbers.tobytes()


def write_segment(directory: Path, schema: Any, documents: Iterable[dict[str, Any]],
                  heads: dict[str, Head] | None = None, forward: dict[str, str] | None = None) -> int:
    """Write `documents` (field name -> value) as an index of one segment in `directory`, with the
    `heads` fields made from their sources and, in each `forward` column, the terms of its text
    field with their positions (`encode_terms`); return the document count."""
    segment = build_segment(directory, schema, documents, SEGMENT_ID, heads, forward)
    write_toc(directory, schema, [segment])
    return segment.doc_count_all()


def build_segment(directory: Path, schema: Any, documents: Iterable[dict[str, Any]], segid: str,
                  heads: dict[str, Head] | None = None, forward: dict[str, str] | None = None) -> Any:
    """Write `documents` as the segment `segid` in `directory`, without a table of contents
    (`write_toc`); return the segment. Text fields are analysed and inverted a chunk at a time."""
    from whoosh.filedb.filestore import FileStorage

    builder = SegmentBuilder(FileStorage(str(directory)), schema, heads, forward, segid)
    numbered = list(enumerate(documents))
    phrases = frozenset(builder.phrase_fields)
    for start in range(0, len(numbered), CHUNK):
        chunk = numbered[start : start + CHUNK]
        texts = [(docnum, name, document[name]) for docnum, document in chunk for name in sorted(document)
                 if name in builder.text_fields and document[name] is not None]
        analysed = analyse_texts(texts, phrases)
        results = iter(zip(analysed.values, analysed.lengths, strict=True))
        for _, document in chunk:
            builder.add(document, {name: next(results) for name in sorted(document)
                                   if name in builder.text_fields and document[name] is not None})
        builder.merge(analysed.postings)
    return builder.write()


def write_toc(directory: Path, schema: Any, segments: list[Any]) -> None:
    """The table of contents that opens `segments` as one index, their documents numbered in this order.

    Each segment is copied through a pickle of its own first: the table of contents pickles them
    all together, and a pickle refers back to objects seen before (a field name, the index name)
    only where they are the same object, so a segment written in this process, in a helper or
    read back from a cache would otherwise give different bytes.
    """
    import pickle

    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    alone = [pickle.loads(pickle.dumps(segment, protocol=pickle.HIGHEST_PROTOCOL)) for segment in segments]
    TOC(schema, alone, 0).write(FileStorage(str(directory)), INDEX_NAME)


def segment_files(directory: Path, segid: str) -> list[Path]:
    """The files of segment `segid` in `directory`."""
    prefix = f"{INDEX_NAME}_{segid}."
    return sorted(p for p in directory.iterdir() if p.name.startswith(prefix))


CHUNK = 256  # documents analysed together


def build_segments(directory: Path, schema: Any, wanted: list[tuple[str, list[dict[str, Any]]]],
                   heads: dict[str, Head] | None = None, forward: dict[str, str] | None = None) -> Iterator[Any]:
    """Write each `(segid, documents)` as a segment in `directory`, yielding the segments in order:
    several at once in forked helpers when there are several and cores for them. Each is written
    in a folder of its own (whoosh's column writer keeps a scratch folder named after the index),
    then moved beside the others: the files are the same either way."""
    _PENDING[:] = [(directory, schema, segid, documents, heads, forward) for segid, documents in wanted]
    try:
        with _helpers(len(wanted)) as pool:
            yield from (pool.imap if pool else map)(_build_pending, range(len(wanted)))
    finally:
        _PENDING.clear()


_PENDING: list[tuple[Any, ...]] = []  # what `build_segments` hands its forked helpers (they inherit it)


def _build_pending(number: int) -> Any:
    import shutil

    directory, schema, segid, documents, heads, forward = _PENDING[number]
    folder = directory / f"{segid}.part"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    segment = build_segment(folder, schema, documents, segid, heads, forward)
    for path in segment_files(folder, segid):
        path.replace(directory / path.name)
    shutil.rmtree(folder)
    return segment


@dataclass
class Analysed:
    """The text fields of a chunk of documents: each one's forward value (`encode_terms`) and
    length, in order, and their postings by field and term."""

    values: list[bytes]
    lengths: list[int]
    postings: dict[str, dict[str, Postings]]


def analyse_texts(texts: list[tuple[int, str, str]], phrases: frozenset[str]) -> Analysed:
    """Analyse and invert `(docnum, field, text)` in order (positions kept in `phrases` fields)."""
    values, lengths = [], []
    postings: dict[str, dict[str, Postings]] = {}
    for docnum, name, text in texts:
        found = term_positions(text)
        values.append(encode_terms(found))
        rows = postings.setdefault(name, {})
        get = rows.get
        length = 0
        for term, positions in found.items():
            row = get(term) or rows.setdefault(term, Postings())
            row.docnums.append(docnum)
            row.frequencies.append(len(positions))
            if name in phrases:
                row.positions.extend(positions)
            length += len(positions)
        lengths.append(length)
    return Analysed(values, lengths, postings)


def _cores() -> int:
    """Cores a forked helper could use: none where fork is missing, or unsafe (other threads running)."""
    from guidegraph.forking import can_fork, cores

    return cores() if can_fork() else 1


@contextmanager
def _helpers(segments: int) -> Iterator[Any]:
    """Helper processes, forked, one per core. Forked, they share this process's memory until
    one writes to it: `gc.freeze` keeps their garbage collectors from writing to every object
    they inherit (a build's whole graph). Spawned, they would run the caller's main script again."""
    import gc
    import multiprocessing

    from guidegraph.forking import worker_start

    cores = min(segments, _cores())
    if cores < 2:
        yield None
        return
    frozen = gc.get_freeze_count() > 0  # by the caller, who unfreezes
    gc.freeze()
    try:
        pool = multiprocessing.get_context("fork").Pool(cores, initializer=worker_start)
    finally:
        if not frozen:
            gc.unfreeze()
    with pool:
        yield pool
