"""Word 97-2003's automatic numbering: the lists of the table stream's `PlfLst` and `PlfLfo`
([MS-DOC]), as the counters of `docx_numbering` that draw "3.1" or "a)" before a paragraph.

A numbered paragraph's properties name a list format override (`sprmPIlfo`, counted from 1 in the
`PlfLfo`) and a level (`sprmPIlvl`, 0 to 8). The override (`LFO`) names a list by its id (`lsid`);
the `PlfLst` holds one `LSTF` per list, and after it (outside its own size, as Word writes them)
each list's levels (`LVL`): nine, or one for a simple list. A level gives its number format (`nfc`:
decimal, upper or lower roman or letter, bullet), the value it starts at, and its number text
(`xst`), in which the characters at the places `rgbxchNums` lists stand for the levels' numbers
(0x00 "." 0x01 is "3.1"). An override may start levels again (an `LFOLVL` with fStartAt) or give a
level of its own (fFormatting, an LVL after the LFOLVL).

The overrides of one list count on together, as in Word ("Continue numbering"); one that starts a
level again counts apart, from its value. Tables that are damaged or claim more than the stream
holds are read as no numbering, so that the items keep their bullets.
"""

from __future__ import annotations

import dataclasses
import struct

from guidegraph.read.docx_numbering import BULLET, Level, Numbering

_NFC = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 23: BULLET,
        0xFF: "none"}
_LSTF = 28
_LVLF = 28
_LFO = 16
_LFOLVL = 8
_START_AT, _FORMATTING = 0x10, 0x20


def list_numbering(table: bytes, plf_lst: tuple[int, int], plf_lfo: tuple[int, int]) -> Numbering:
    """The document's lists and overrides; none when they are damaged."""
    numbering = Numbering()
    try:
        lists = _lists(table, *plf_lst)
        numbering.levels = {str(lsid): levels for lsid, levels in lists.items()}
        _read_overrides(numbering, table, *plf_lfo)
    except (struct.error, ValueError):
        return Numbering()
    return numbering


def _lists(table: bytes, fc: int, lcb: int) -> dict[int, dict[int, Level]]:
    """lsid -> its levels."""
    if lcb < 2 or fc + lcb > len(table):
        return {}
    count = struct.unpack_from("<h", table, fc)[0]
    if count < 0 or 2 + _LSTF * count > lcb:
        raise ValueError("more lists than the PlfLst holds")
    lists, at = {}, fc + lcb  # the LVLs follow the PlfLst
    for index in range(count):
        lstf = fc + 2 + _LSTF * index
        simple = table[lstf + 26] & 1
        levels = {}
        for depth in range(1 if simple else 9):
            levels[depth], at = _level(table, at)
        lists[struct.unpack_from("<i", table, lstf)[0]] = levels
    return lists


def _level(data: bytes, at: int) -> tuple[Level, int]:
    """The LVL at `at`, and where the next begins."""
    start, nfc, _, places = struct.unpack_from("<iBB9s", data, at)
    cb_chpx, cb_papx = data[at + 24], data[at + 25]
    xst = at + _LVLF + cb_papx + cb_chpx
    length = struct.unpack_from("<H", data, xst)[0]
    raw = data[xst + 2:xst + 2 + 2 * length]
    if len(raw) != 2 * length:
        raise ValueError("a list level runs past the table")
    return Level(_NFC.get(nfc, "decimal"), _pattern(raw.decode("utf-16-le", "replace"), places), start), \
        xst + 2 + 2 * length


def _pattern(text: str, places: bytes) -> str:
    """The number text with its placeholders as docx writes them: 0x00 "." 0x01 becomes "%1.%2"."""
    marked = set()
    for place in places:
        if place == 0:  # the list of places ends at the first zero
            break
        marked.add(place - 1)
    return "".join(f"%{ord(char) + 1}" if index in marked and ord(char) < 9 else char
                   for index, char in enumerate(text))


def _read_overrides(numbering: Numbering, table: bytes, fc: int, lcb: int) -> None:
    if lcb < 4 or fc + lcb > len(table):
        return
    data = table[fc:fc + lcb]
    count = struct.unpack_from("<I", data, 0)[0]
    if 4 + (_LFO + 4) * count > len(data):
        raise ValueError("more overrides than the PlfLfo holds")
    at = 4 + _LFO * count  # each LFO's LFOData follows, in order
    for index in range(count):
        lsid, _, _, levels_count = struct.unpack_from("<iiiB", data, 4 + _LFO * index)
        at += 4  # the LFOData's cp
        own = {}
        for _ in range(levels_count):
            start, flags = struct.unpack_from("<iI", data, at)
            at += _LFOLVL
            depth = flags & 0x0F
            level = numbering.levels.get(str(lsid), {}).get(depth)
            if flags & _FORMATTING:
                level, at = _level(data, at)
            if level is not None and flags & (_START_AT | _FORMATTING):
                own[depth] = dataclasses.replace(level, start=start) if flags & _START_AT else level
        if str(lsid) in numbering.levels:
            numbering.abstract_of[str(index + 1)] = str(lsid)
            if own:
                numbering.overrides[str(index + 1)] = own
