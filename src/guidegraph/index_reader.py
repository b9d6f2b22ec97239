"""The search index as queries read it: a whoosh searcher whose statistics are remembered, and
each document's own words (the `terms` column) for scoring a few candidates fully.

Query-time code: nothing here imports rdflib, and whoosh only through the searcher it is given.
"""

from __future__ import annotations

from array import array
from itertools import accumulate
from typing import Any

STATISTICS_KEPT = 200_000
TERMS_KEPT = 5_000  # documents' words (and stored fields) kept: the candidates of a few queries


class CachedSearcher:
    """A whoosh searcher that remembers the index statistics queries ask for again and again (how
    many documents hold a word, how long a document is): whoosh looks each one up in its files
    every time, and an open index never changes. Everything else goes to the searcher."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self._frequencies: dict[tuple[str, str], int] = {}
        self._lengths: dict[tuple[int, str], int] = {}
        self._terms: dict[int, Any] = {}
        self._stored: dict[int, dict[str, Any]] = {}
        self._count = searcher.doc_count()
        self._forward: Any = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.searcher, name)

    def doc_count(self) -> int:
        return self._count

    def doc_frequency(self, fieldname: str, text: str) -> int:
        key = (fieldname, text)
        if key not in self._frequencies:
            if len(self._frequencies) > STATISTICS_KEPT:
                self._frequencies.clear()
            self._frequencies[key] = self.searcher.doc_frequency(fieldname, text)
        return self._frequencies[key]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        key = (docnum, fieldname)
        if key not in self._lengths:
            if len(self._lengths) > STATISTICS_KEPT:
                self._lengths.clear()
            self._lengths[key] = self.searcher.doc_field_length(docnum, fieldname, default)
        return self._lengths[key]

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        if docnum not in self._stored:
            if len(self._stored) > TERMS_KEPT:
                self._stored.clear()
            self._stored[docnum] = self.searcher.stored_fields(docnum)
        return dict(self._stored[docnum])

    def open_columns(self) -> None:
        """Open the per-document files now (whoosh opens them at first use, by then perhaps in a
        newer build swapped into the same folder)."""
        reader = self.searcher.reader()
        self._forward = reader.column_reader("terms", translate=False)
        if reader.doc_count_all():
            self.stored_fields(0)
            self.doc_field_length(0, "body")

    def document_terms(self, docnum: int) -> Any:
        """A document's body terms with their positions."""
        if docnum not in self._terms:
            if len(self._terms) > TERMS_KEPT:
                self._terms.clear()
            self._terms[docnum] = DocumentTerms(self._forward[docnum])
        return self._terms[docnum]




class DocumentTerms:
    """A document's terms and their positions, read from its forward column value (`encode_terms`)."""

    __slots__ = ("_where", "_numbers", "_offsets")

    def __init__(self, value: bytes | None) -> None:
        head, _, tail = (value or b"").partition(b"\0")
        words = head.decode("utf-8").split(" ") if head else []
        self._where = dict(zip(words, range(len(words)), strict=True))
        self._numbers = array("I")
        self._numbers.frombytes(tail)
        self._offsets: list[int] | None = None

    def frequency(self, term: str) -> int:
        i = self._where.get(term)
        return 0 if i is None else self._numbers[i]

    def positions(self, term: str) -> array:
        i = self._where.get(term)
        if i is None:
            return array("I")
        if self._offsets is None:
            count = len(self._where)
            self._offsets = list(accumulate(self._numbers[:count], initial=count))
        return self._numbers[self._offsets[i] : self._offsets[i + 1]]
