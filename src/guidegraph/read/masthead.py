"""A document's masthead: the organisation's name set above its title, which is no section.

A cover or a page often opens with who publishes it ("Anytown Primary School", "Millbrook City
Council – Staff Intranet", a partnership's name over its subgroup's) and what kind of document it
is ("MINUTES"), then the title. Readers take those lines for headings, and each would open a
section with no text above the title. A careful reader sees furniture, so the headings at the very
start, before any text, that name an organisation (the publisher or a name shaped as one) and have
another heading right after them are dropped, as is a one-word label of the document's kind among
them. The first heading that is neither (the title, or the first real heading) ends the masthead.
A short kicker over the title naming the document's kind ("LEARNING BRIEFING") is the masthead's, as
is the organisation's name typed in a paragraph over it, and as are the lines right under the title
that together name the publisher (a banner's or a cover's byline), or give its particulars on one
line ("Public protection team · Version 1.2 · March 2025");
on such a cover, or over the first of the document's numbered sections, a smaller heading under the
title over no text of its own is its subtitle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from guidegraph.model import UNRECORDED, Block
from guidegraph.read.inferred import is_organisation

# What parts a masthead line: "Millbrook City Council – Staff Intranet", "Cyngor Sir X / X Council".
_PARTS = re.compile(r"\s+[-–—|/]\s+|:\s+")
# The names of bodies a document's publisher is made up of, beyond those `is_organisation` knows.
_BODY = re.compile(r"\b(?:Sub-?group|Committee)$", re.IGNORECASE)
# Small words an organisation's name may hold; any other lower-case word ("Sharing information
# with the Police") makes a phrase, not a name.
_NAME_LINKS = frozenset({"and", "of", "for", "the", "in", "on", "upon", "&"})
# What a site or a document calls itself, beside the organisation's name ("Staff Intranet").
_SITE_WORDS = frozenset({"intranet", "extranet", "website", "portal"})
_SITE_WORDS_MAX = 3
# A one-word label of the document's kind: it names no subject, so it heads no section.
_KIND_LABELS = frozenset({"minutes", "agenda", "policy", "procedure", "protocol", "guidance", "leaflet",
                          "newsletter", "bulletin", "briefing", "report", "handbook", "factsheet"})
_KIND_PHRASE_WORDS = 3
_BYLINE_LINES = 6  # a publisher's name set under a title runs over no more lines than this


def without_masthead(blocks: Sequence[Block], publisher: str) -> list[Block]:
    """The blocks without the masthead headings at the start of the document."""
    return split_masthead(blocks, publisher)[1]


def split_masthead(blocks: Sequence[Block], publisher: str) -> tuple[tuple[str, ...], list[Block]]:
    """The masthead's lines, and the blocks without them; the heading after them (the title) takes
    the masthead's level, so the sections below stay under the top one. The lines are kept because
    they still tell a search what the document is about (who wrote it)."""
    blocks = _cover_title(list(blocks), publisher)
    start = 0
    while start < len(blocks) and _is_masthead(blocks, start, publisher):
        start += 1
    rest = list(blocks[start:])
    if start and rest and rest[0].kind == "heading":
        top = min((block.level for block in blocks[:start] if block.kind == "heading"), default=rest[0].level)
        rest[0] = replace(rest[0], level=min(rest[0].level, top))
    bylines, rest = _under_title(rest, publisher)
    return tuple(block.text for block in blocks[:start]) + bylines, rest


def _cover_title(blocks: list[Block], publisher: str) -> list[Block]:
    """A cover read as plain lines (a PDF's text): the organisation's name as a heading over a few
    short lines, no sentence among them, then the document's first numbered section. The first of
    those lines is the title, a heading, and the lines under it its subtitle ("UNIVERSITY OF
    WEALDBRIDGE" over "Safeguarding Under-18s Procedure" over "Students under the age of 18: ..."),
    not a paragraph or a list of unmarked items."""
    end = next((i for i, block in enumerate(blocks[:_COVER_LINES + 2]) if i and block.kind == "heading"), 0)
    if end < 2 or blocks[0].kind != "heading" or blocks[0].number or not _first_numbered_heading(blocks[end]):
        return blocks
    lines = [(block, line) for block in blocks[1:end] for line in block.text.split("\n")]
    if (not 2 <= len(lines) <= _COVER_LINES or any(block.marker for block, _ in lines)
            or any(line.rstrip().endswith((".", "!", "?", ";", ",")) for _, line in lines)
            or len(lines[0][1].split()) > _COVER_TITLE_WORDS or not _names_organisation(blocks[0].text, publisher)):
        return blocks
    first, last = blocks[1].line_start, blocks[end - 1].line_end
    title = Block("heading", lines[0][1].strip(), first, first, level=blocks[0].level)
    subtitle = Block("paragraph", "\n".join(line.strip() for _, line in lines[1:]), first + 1, last)
    return [blocks[0], title, subtitle, *blocks[end:]]


_COVER_LINES = 3
_COVER_TITLE_WORDS = 10


def _first_numbered_heading(block: Block) -> bool:
    return block.kind == "heading" and bool(block.number) and block.number.rstrip(".") == "1"


def _under_title(blocks: list[Block], publisher: str) -> tuple[tuple[str, ...], list[Block]]:
    """The title's subtitle and bylines, as a cover sets them under it: a line naming the publisher
    is the masthead's (a byline), and on such a cover a smaller heading right under the title over
    no text of its own (the next heading as high as it) is the title's text, not a section."""
    if not blocks or blocks[0].kind != "heading":
        return (), blocks
    subtitle = 1 if len(blocks) > 1 and blocks[1].kind == "heading" and not blocks[1].number else 0
    end = _byline_end(blocks, 1 + subtitle, publisher)
    if end == 1 + subtitle and end < len(blocks) and _particulars(blocks[end]):
        end += 1
    bylines = tuple(block.text for block in blocks[1 + subtitle:end])
    rest = [*blocks[:1 + subtitle], *blocks[end:]]
    after = rest[2] if len(rest) > 2 else None
    # (a heading naming the organisation there is a byline typed bold, left to the masthead's own rules)
    numbered_next = _first_numbered(after) and not _names_organisation(blocks[1].text, publisher)
    if subtitle and blocks[1].level > blocks[0].level and (bylines or numbered_next) and (
            after is None or after.kind == "heading" and after.level <= blocks[1].level):
        rest[1] = replace(rest[1], kind="paragraph", level=0)
    return bylines, rest


def _first_numbered(block: Block | None) -> bool:
    """The first of a document's numbered sections ("1. Introduction"): an unnumbered heading over no
    text right above it, under the title, is no section of a document that numbers them (its cover's
    subtitle, when the cover's other lines were control lines, dropped)."""
    return block is not None and block.kind == "heading" and block.number in ("1", "1.")


def _byline_end(blocks: list[Block], start: int, publisher: str) -> int:
    """The end of the lines from `start` that together name the publisher (a banner may set the name
    over several short lines), or `start` if they do not."""
    named, words = _named(publisher), []
    for end in range(start, min(len(blocks), start + _BYLINE_LINES)):
        if blocks[end].kind == "heading":
            break
        words += _words(blocks[end].text)
        if words == named:
            return end + 1
        if words != named[:len(words)]:
            break
    return start


# "Public protection team · Version 1.2 · March 2025": a title's particulars on one line, set apart by
# dots or bars, a version or a date among them
_PARTICULAR_PARTS = re.compile(r"\s+[·|•]\s+")
_PARTICULAR = re.compile(r"^(?:version\s+|v)\d{1,2}(?:\.\d{1,2})*$"
                         r"|^(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september"
                         r"|october|november|december)\s+(?:19|20)\d\d$", re.IGNORECASE)
# (who it is for may take a few more words than who issued it: "Procedure for schools, social workers and carers")
_PARTICULAR_WORDS = 8


def _particulars(block: Block) -> bool:
    """A line of the title's particulars (who issued it, its version, its date), no sentence: what a
    cover sets under a title is its byline, as the publisher's name is."""
    parts = _PARTICULAR_PARTS.split(block.text.strip())
    return (block.kind == "paragraph" and len(parts) > 1 and any(_PARTICULAR.match(part) for part in parts)
            and all(len(part.split()) <= _PARTICULAR_WORDS for part in parts))


def _named(publisher: str) -> list[str]:
    return _words(publisher) if publisher != UNRECORDED else [""]


def _is_masthead(blocks: Sequence[Block], i: int, publisher: str) -> bool:
    block = blocks[i]
    if block.kind == "paragraph" and i == 0:
        # a kicker over the title naming the document's kind: "LEARNING BRIEFING", "Practice guidance", or
        # the organisation's name typed over it in a plain or subtitle style ("Harcourt Pharmacy")
        following = blocks[1] if len(blocks) > 1 else None
        return following is not None and following.kind == "heading" and (
            _is_kind_phrase(block.text) or _names_organisation(block.text, publisher))
    if block.kind != "heading" or block.number:
        return False
    if _is_kind_label(block.text):
        return True
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return (following is not None and following.kind == "heading"
            and all(_names_organisation(part, publisher) or _is_site_name(part)
                    for part in _PARTS.split(block.text.strip())))


def _is_kind_label(text: str) -> bool:
    return text.strip().rstrip(":").lower() in _KIND_LABELS


def _is_kind_phrase(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= _KIND_PHRASE_WORDS and words[-1] in _KIND_LABELS and not text.rstrip().endswith(".")


def _names_organisation(text: str, publisher: str) -> bool:
    """The publisher's name (or words of it, led by its first: "Anyshire CAMHS"), or a name shaped
    as an organisation's ("Ashvale Safeguarding Children Partnership", "Data Subgroup")."""
    words = _words(text)
    named = _words(publisher) if publisher != UNRECORDED else []
    if words == named or (len(words) > 1 and named and words[0] == named[0] and set(words) <= set(named)):
        return True
    return _is_name(text) and (is_organisation(text) or bool(_BODY.search(text.strip())))


def _is_name(text: str) -> bool:
    """Written as a proper name: every word capitalised but the small words names hold."""
    return all(word[:1].isupper() or word.lower() in _NAME_LINKS or not word[:1].isalpha()
               for word in text.split())


def _is_site_name(text: str) -> bool:
    words = _words(text)
    return 0 < len(words) <= _SITE_WORDS_MAX and words[-1] in _SITE_WORDS


def _words(text: str) -> list[str]:
    # a typographer's apostrophe is the typed one: a cover prints "Children’s" where the sidecar has "Children's"
    return re.findall(r"[\w']+", text.lower().replace("’", "'"))
