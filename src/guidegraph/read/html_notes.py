"""Footnotes a word processor's web export sets at the page's foot (Google Docs' "[1]" linking to
"#ftnt1", the note opening with the anchor "ftnt1"; Word's "#_ftn1" and "_ftn1"): each note is read
after the paragraph that marks it, as the Word reader reads a document's notes, so that it stays
in that paragraph's section.
"""

from __future__ import annotations

import re

from bs4 import Tag

from guidegraph.model import Block

_MARK = re.compile(r"^#((?:ftnt|_ftn|_edn)\d+)$")
_NOTE = re.compile(r"^(?:ftnt|_ftn|_edn)\d+$")


class FootNotes:
    """Where each note is marked (the index of the block its mark is read into) and where it is read."""

    def __init__(self) -> None:
        self.marked: dict[str, int] = {}
        self.read: list[tuple[int, str]] = []
        self.pending: str | None = None

    def mark(self, sup: Tag, block: int) -> None:
        """A note's mark (`<sup><a href="#ftnt1">[1]</a></sup>`), read into block number `block`."""
        link = sup.find("a", href=True)
        match = _MARK.match(str(link.get("href") or "")) if isinstance(link, Tag) else None
        if match and match[1] not in self.marked:
            self.marked[match[1]] = block

    def anchor(self, link: Tag) -> None:
        """A link that opens a note (`<a href="#ftnt_ref1" id="ftnt1">`): the next block is that note."""
        name = str(link.get("id") or link.get("name") or "")
        if _NOTE.match(name) and str(link.get("href") or "").startswith("#"):
            self.pending = name

    def flushed(self, block: int) -> None:
        """The block just read: a note's, if one was opened."""
        if self.pending is not None:
            self.read.append((block, self.pending))
            self.pending = None

    def placed(self, blocks: list[Block]) -> list[Block]:
        """The blocks with each note moved after the block that marks it (notes of one block in order)."""
        moves = {at: self.marked[name] for at, name in self.read if self.marked.get(name, at) < at}
        moves = {at: target for at, target in moves.items() if target not in moves}  # a note marking a note stays
        if not moves:
            return blocks
        after: dict[int, list[Block]] = {}
        for at, target in sorted(moves.items()):
            after.setdefault(target, []).append(blocks[at])
        placed: list[Block] = []
        for k, block in enumerate(blocks):
            if k not in moves:
                placed += [block, *after.get(k, [])]
        return placed
