"""Postings handed to whoosh's codec: each term's document numbers, frequencies and positions kept
in compact arrays (`Postings`), written a block at a time in term order (`write_postings`), a rare
term's inside its term entry. `whoosh_writer` fills them; `tests/test_index.py` compares the files
with those whoosh's own writer makes.

It relies on whoosh-reloaded 2.7's codec internals (`W3PostingsWriter`'s block buffer).
"""

from __future__ import annotations

from array import array
from itertools import pairwise
from typing import Any

INLINE_BELOW = 5  # a term in fewer documents keeps its postings in its term entry: no block to write or seek


class Postings:
    """One term's postings: document numbers, frequencies, (in a phrase field) positions, and
    weights when they are not the frequencies (in a `Head`)."""

    __slots__ = ("docnums", "frequencies", "positions", "weights")

    def __init__(self) -> None:
        self.docnums = array("I")
        self.frequencies = array("I")
        self.positions = array("I")
        self.weights: array | None = None


def write_postings(writer: Any, schema: Any, postings: dict[str, dict[Any, Postings]],
                   lengths: dict[str, array]) -> None:
    """Every term's postings, in field and term order, through whoosh's field writer (emptying `postings`).

    A text field's terms are kept as text and sorted as text: UTF-8 bytes sort as their characters
    do. Other fields' terms are bytes already (a number's are not UTF-8).
    """
    from whoosh.util.numeric import byte_to_length, length_to_byte

    longest = max((max(values, default=0) for values in lengths.values()), default=0)
    stored_length = [byte_to_length(length_to_byte(n)) for n in range(longest + 1)]  # lengths as read back
    for name in sorted(name for name, terms in postings.items() if terms):
        field = schema[name]
        writer.start_field(name, field)
        values = _values(field.format)
        field_lengths = lengths[name]
        terms = postings.pop(name)
        for term in sorted(terms):
            row = terms.pop(term)
            text = term.encode("utf-8") if isinstance(term, str) else term
            weights, encoded = values(row)
            if row.weights is not None:
                weights = list(row.weights)
            field_lengths_of = [stored_length[field_lengths[d]] for d in row.docnums]
            if len(row.docnums) < INLINE_BELOW:
                _add_inlined(writer, text, row.docnums, weights, encoded, field_lengths_of)
            else:
                writer.start_term(text)
                _add_blocks(writer._postwriter, row.docnums, weights, encoded, field_lengths_of)
                writer.finish_term()
        writer.finish_field()
    writer.close()


def _values(format_: Any) -> Any:
    """The weights and encoded values of a term's postings, as `format_` encodes them."""
    from pickle import dumps

    from whoosh import formats
    from whoosh.system import pack_uint

    boost = format_.field_boost

    single: dict[int, bytes] = {}  # most words stand once in a passage: encode each position once

    def positions(row: Postings) -> tuple[list[float], list[bytes]]:
        encoded, offset, every = [], 0, row.positions
        for frequency in row.frequencies:
            if frequency == 1:
                position = every[offset]
                value = single.get(position)
                if value is None:
                    value = single[position] = pack_uint(1) + dumps([position], 2)
            else:
                mine = every[offset : offset + frequency]
                value = pack_uint(frequency) + dumps([mine[0], *(b - a for a, b in pairwise(mine))], 2)
            encoded.append(value)  # as formats.Positions.encode
            offset += frequency
        return [f * boost for f in row.frequencies], encoded

    if isinstance(format_, formats.Positions):
        return positions
    if isinstance(format_, formats.Frequency):
        return lambda row: ([f * boost for f in row.frequencies], [pack_uint(f) for f in row.frequencies])
    return lambda row: ([boost] * len(row.docnums), [])  # Existence: no value to store


def _add_inlined(writer: Any, text: bytes, docnums: array, weights: list[float], values: list[bytes],
                 lengths: list[int]) -> None:
    """A rare term's postings inside its entry in the term table, as whoosh's W3 codec reads them
    (its writer would put them there with `inlinelimit`, but that path calls a misspelt method)."""
    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.system import pack_ushort

    block = writer._postwriter
    block._new_block()
    _add_blocks(block, docnums, weights, values, lengths)
    info = W3TermInfo()
    info.add_block(block)
    info.set_inlined(block._ids, block._weights, block._values)
    writer._tindex.add(pack_ushort(writer._fieldid) + text, info.to_bytes())
    block._new_block()


def _add_blocks(writer: Any, docnums: array, weights: list[float], values: list[bytes], lengths: list[int]) -> None:
    """A term's postings into whoosh's postings writer a block at a time: what a call of its
    `add_posting` per posting leaves behind, without the calls (millions at a large scale)."""
    limit = writer._blocklimit
    for start in range(0, len(docnums), limit):
        if start:
            writer._write_block()
        end = start + limit
        writer._ids = docnums[start:end]
        block_weights = weights[start:end]
        writer._weights = array("f", block_weights)
        writer._values = [v for v in values[start:end] if v]
        writer._maxweight = max(0, max(block_weights))
        measured = [n for n in lengths[start:end] if n]
        writer._minlength = min(measured) if measured else None
        writer._maxlength = max(measured) if measured else 0
