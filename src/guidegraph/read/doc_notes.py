"""The footnotes and endnotes of a Word 97-2003 document ([MS-DOC]): where each mark stands in the
main text and what its note says.

The footnote document follows the main document in the character positions (CPs), `ccpFtn`
characters long; the endnote document, `ccpEdn` long, comes after the header and comment documents.
For each, a PLC of references (`PlcffndRef`, `PlcfendRef`) gives the CP in the main text of each
note's reference mark (an automatically numbered one is the character 0x02) and a PLC of texts
(`PlcffndTxt`, `PlcfendTxt`), in the same order and with two CPs more, where each note's text begins
in its document; a note runs to the next one's beginning, opening with its own mark (0x02, then
usually a space) and ending in a paragraph mark.
"""

from __future__ import annotations

import struct


def notes_by_mark(table: bytes, references: tuple[int, int], texts: tuple[int, int], story: str) -> dict[int, str]:
    """Each note's characters, as Word keeps them, by the CP of its mark in the main text; the notes
    whose text the tables do not place within their document are left out."""
    marks, starts = _cps(table, *references, data_size=2), _cps(table, *texts, data_size=0)
    notes, end_of_last = {}, 0
    for index, mark in enumerate(marks[:-1]):
        if index + 1 >= len(starts):
            break
        start, end = starts[index], min(starts[index + 1], len(story))
        if end_of_last <= start < end:  # in order and apart, so that no character is read twice
            notes[mark] = story[start:end]
            end_of_last = end
    return notes


def _cps(table: bytes, fc: int, lcb: int, data_size: int) -> tuple[int, ...]:
    """The CPs of a PLC whose data elements are `data_size` bytes each."""
    if not lcb or fc + lcb > len(table):
        return ()
    count = (lcb - 4) // (4 + data_size) + 1
    return struct.unpack_from(f"<{count}I", table, fc) if count > 0 else ()
