"""Read the streams of a Compound File ([MS-CFB]), the container of Word 97-2003 documents and of
the other Office files of their time.

A compound file is a little file system in sectors of 512 (version 3) or 4096 (version 4) bytes: a
header, a file allocation table (FAT) whose own sectors are listed in the header's 109-entry DIFAT
and, for larger files, in a chain of DIFAT sectors; a directory of 128-byte entries, the root's
children kept as a binary tree; and streams, each a chain of sectors through the FAT. A stream under
the cutoff (4096 bytes) is kept in the mini stream (the root entry's own chain) in 64-byte mini
sectors chained through the mini FAT.

`streams` are the root's own streams (an embedded object's streams live in storages below it, and
an embedded Word document must not be taken for the document); `storages` and `contents` open the
storages below, as an Outlook message keeps its attachments. Every chain is followed with a record
of the sectors it has visited, and no further than its stream's size needs: a chain that loops, or
points past the end of the file (a file cut short), is refused. Each directory entry belongs to the
first storage whose tree reaches it, so that a storage listing itself, or another's children, is
not walked again: reading is linear in the file's size whatever its tables say.
`property_set` reads the `\\x05SummaryInformation` kind of stream ([MS-OLEPS]): its strings and dates.
"""

from __future__ import annotations

import datetime
import struct
from dataclasses import dataclass
from pathlib import Path

from guidegraph.errors import ParseError

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
_MAX_REGULAR = 0xFFFFFFFA  # above: the FAT's marks (free, end of chain, FAT and DIFAT sectors)
_NO_ENTRY = 0xFFFFFFFF
_HEADER = 512
_ENTRY = 128
_STORAGE, _STREAM, _ROOT = 1, 2, 5


class Damaged(Exception):
    """What is wrong with a compound file, for the reader of its format to put in its message."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class CompoundFile:
    """The streams and storages at a compound file's root, and those below, read on demand."""

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER:
            raise Damaged("its header is cut short")
        major, byte_order, sector_shift, mini_shift = struct.unpack_from("<HHHH", data, 0x1A)
        if byte_order != 0xFFFE or (major, sector_shift) not in ((3, 9), (4, 12)) or mini_shift != 6:
            raise Damaged("its header is not one Office writes")
        self.data, self.major = data, major
        self.sector_size, self.mini_size = 1 << sector_shift, 1 << mini_shift
        fat_count, directory, _, self.cutoff, mini_fat, _, difat, difat_count = struct.unpack_from(
            "<IIIIIIII", data, 0x2C)
        self.fat = self._table(self._fat_sectors(fat_count, difat, difat_count))
        self.entries = self._directory(self.chain(directory))
        root = self.entries[0] if self.entries else None
        if root is None or root.kind != _ROOT:
            raise Damaged("its directory has no root")
        self.mini_fat = self._table(self.chain(mini_fat)) if mini_fat <= _MAX_REGULAR else []
        self.mini_stream = self._read(self.chain(root.start), root.size) if root.start <= _MAX_REGULAR else b""
        self._claimed: set[int] = {0}
        self._contents: dict[int, dict[str, _Entry]] = {}
        children = self.contents(root)
        self.streams = {name: entry for name, entry in children.items() if entry.kind == _STREAM}
        self.storages = {name: entry for name, entry in children.items() if entry.kind == _STORAGE}

    def stream(self, name: str) -> bytes | None:
        """The stream of this name at the root, or None."""
        entry = self.streams.get(name)
        return None if entry is None else self.read(entry)

    def read(self, entry: _Entry) -> bytes:
        """A stream's bytes, wherever it is."""
        if entry.size < self.cutoff:
            return self._read_mini(entry)
        return self._read(self.chain(entry.start, limit=-(-entry.size // self.sector_size)), entry.size)

    def contents(self, storage: _Entry) -> dict[str, _Entry]:
        """A storage's streams and storages by name, walking their tree once whatever its links say."""
        if storage.number not in self._contents:
            self._contents[storage.number] = {entry.name: entry for entry in self._children(storage)
                                              if entry.kind in (_STREAM, _STORAGE)}
        return self._contents[storage.number]

    # --- chains

    def chain(self, start: int, table: list[int] | None = None, limit: int | None = None) -> list[int]:
        """The sectors of a chain from `start` (its first `limit`), refusing a loop or a sector the table
        does not hold."""
        table = self.fat if table is None else table
        sectors, seen = [], set()
        sector = start
        while sector != _END_OF_CHAIN and (limit is None or len(sectors) < limit):
            if sector > _MAX_REGULAR or sector >= len(table):
                raise Damaged("a sector chain points past the end of the file: it may be cut short")
            if sector in seen:
                raise Damaged("a sector chain loops back on itself")
            seen.add(sector)
            sectors.append(sector)
            sector = table[sector]
        return sectors

    def _sector(self, number: int) -> bytes:
        start = (number + 1) * self.sector_size
        if start >= len(self.data):
            raise Damaged("a sector chain points past the end of the file: it may be cut short")
        return self.data[start:start + self.sector_size]

    def _read(self, sectors: list[int], size: int) -> bytes:
        data = b"".join(self._sector(sector) for sector in sectors)
        if len(data) < size:
            raise Damaged("a stream is longer than its sectors: the file may be cut short")
        return data[:size]

    def _read_mini(self, entry: _Entry) -> bytes:
        pieces = []
        for sector in self.chain(entry.start, self.mini_fat, -(-entry.size // self.mini_size)) if entry.size else ():
            start = sector * self.mini_size
            if start >= len(self.mini_stream):
                raise Damaged("a sector chain points past the end of the file: it may be cut short")
            pieces.append(self.mini_stream[start:start + self.mini_size])
        data = b"".join(pieces)
        if len(data) < entry.size:
            raise Damaged("a stream is longer than its sectors: the file may be cut short")
        return data[:entry.size]

    # --- tables

    def _fat_sectors(self, count: int, difat: int, difat_count: int) -> list[int]:
        """The FAT's own sectors: the header's first 109, then the DIFAT sectors' (each ends with the next's number)."""
        listed = list(struct.unpack_from("<109I", self.data, 0x4C))
        seen, per_sector = set(), self.sector_size // 4 - 1
        while difat <= _MAX_REGULAR and len(listed) < count:
            if difat in seen:
                raise Damaged("a sector chain loops back on itself")
            seen.add(difat)
            entries = struct.unpack(f"<{per_sector + 1}I", self._sector(difat).ljust(self.sector_size, b"\0"))
            listed += entries[:-1]
            difat = entries[-1]
        if len(listed) < count or count > len(self.data) // self.sector_size:
            raise Damaged("its FAT is not all there: the file may be cut short")
        return listed[:count]

    def _table(self, sectors: list[int]) -> list[int]:
        data = b"".join(self._sector(sector) for sector in sectors)
        data = data[:len(data) // 4 * 4]
        return list(struct.unpack(f"<{len(data) // 4}I", data))

    def _directory(self, sectors: list[int]) -> list[_Entry]:
        data = b"".join(self._sector(sector) for sector in sectors)
        return [_entry(number, data[offset:offset + _ENTRY], self.major)
                for number, offset in enumerate(range(0, len(data) - _ENTRY + 1, _ENTRY))]

    def _children(self, storage: _Entry) -> list[_Entry]:
        """The entries of a storage's tree not already claimed by another storage's."""
        found, waiting = [], [storage.child]
        while waiting:
            number = waiting.pop()
            if number == _NO_ENTRY or number in self._claimed or number >= len(self.entries):
                continue
            self._claimed.add(number)
            entry = self.entries[number]
            waiting += [entry.left, entry.right]
            found.append(entry)
        return found


@dataclass(frozen=True)
class _Entry:
    number: int
    name: str
    kind: int
    left: int
    right: int
    child: int
    start: int
    size: int


def _entry(number: int, raw: bytes, major: int) -> _Entry:
    length = min(struct.unpack_from("<H", raw, 0x40)[0], 64)
    name = raw[:max(length - 2, 0)].decode("utf-16-le", "replace")
    left, right, child = struct.unpack_from("<III", raw, 0x44)
    start, size = struct.unpack_from("<IQ", raw, 0x74)
    return _Entry(number, name, raw[0x42], left, right, child, start, size & 0xFFFFFFFF if major == 3 else size)


def is_compound_file(data: bytes) -> bool:
    return data.startswith(SIGNATURE)


def opened(path: Path, data: bytes, kind: str, program: str) -> CompoundFile:
    """The compound file, or a message naming the file and what to do."""
    try:
        return CompoundFile(data)
    except Damaged as err:
        raise ParseError(path, f"not a readable {kind} ({err.detail}): open it in {program} and save it "
                         "again") from None


# --- property sets ([MS-OLEPS]): the summary information streams

_LPSTR, _LPWSTR, _FILETIME, _I2 = 0x1E, 0x1F, 0x40, 0x02
_CODE_PAGE = 1
_EPOCH = datetime.datetime(1601, 1, 1)


def property_set(data: bytes | None) -> dict[int, str | datetime.datetime]:
    """The strings and dates of a property set stream's first section, by property id; {} when damaged."""
    try:
        return _properties(data or b"")
    except (struct.error, ValueError, OverflowError):
        return {}


def _properties(data: bytes) -> dict[int, str | datetime.datetime]:
    if len(data) < 48 or struct.unpack_from("<I", data, 24)[0] < 1:
        return {}
    section = struct.unpack_from("<I", data, 44)[0]
    count = struct.unpack_from("<I", data, section + 4)[0]
    offsets = [struct.unpack_from("<II", data, section + 8 + 8 * i) for i in range(min(count, 1000))]
    code_page = "cp1252"
    values: dict[int, str | datetime.datetime] = {}
    for pid, offset in sorted(offsets, key=lambda item: item[0] != _CODE_PAGE):  # the code page first
        at = section + offset
        kind = struct.unpack_from("<H", data, at)[0]
        if pid == _CODE_PAGE and kind == _I2:
            code_page = code_page_codec(struct.unpack_from("<h", data, at + 4)[0])
        elif kind == _LPSTR:
            size = struct.unpack_from("<I", data, at + 4)[0]
            values[pid] = data[at + 8:at + 8 + size].split(b"\0")[0].decode(code_page, "replace")
        elif kind == _LPWSTR:
            size = struct.unpack_from("<I", data, at + 4)[0]
            values[pid] = data[at + 8:at + 8 + 2 * size].decode("utf-16-le", "replace").split("\0")[0]
        elif kind == _FILETIME:
            ticks = struct.unpack_from("<Q", data, at + 4)[0]
            values[pid] = _EPOCH + datetime.timedelta(microseconds=ticks // 10)
    return values


def code_page_codec(number: int) -> str:
    """The codec of a Windows code page number (1252, 65001), Windows-1252 when Python has none."""
    import codecs

    name = "utf-8" if number in (65001, -535) else f"cp{number & 0xFFFF}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
