"""Metadata read off a document's own text, for a document that came with none.

Guidance reaches a corpus as it was downloaded: a PDF or a saved web page with no sidecar. Rather
than refuse it, the build takes what the text itself says: the title and publisher from the short
lines above its text (as a cover sets them out) or its first heading, the date from the latest
year it names (else the file's date), the nations from the ones it names, the rights (and the
publisher first) from a copyright line. Rights are unknown, so such a document is published as
excerpts only, and a warning says what was taken and how to set it (`--strict` makes that
warning a failure).
"""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from guidegraph.model import Block, Metadata
from guidegraph.read.metadata import sidecar_path, slug_from_stem

_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d/])")
_NATIONS = {  # what names each nation, or its own law and inspectorates, in a text
    "England": re.compile(r"\bEngland\b(?! and Wales)|\bEnglish\b|\bOfsted\b|Working Together to Safeguard|"
                          r"Keeping Children Safe in Education"),
    "Wales": re.compile(r"(?<!England and )\bWales\b|\bWelsh\b|\bCymru\b"),
    "Scotland": re.compile(r"\bScotland\b|\bScottish\b|\bGIRFEC\b"),
    "Northern Ireland": re.compile(r"\bNorthern Ireland\b|\(NI\)"),
}
# A nation named in one paragraph may be an aside ("in Scotland, see GIRFEC"); in two or more, it is
# the document's reach. "England and Wales", the extent of much law, names England only.
_NATION_MENTIONS = 2
ASSUMED_NATION = "England"  # most information-sharing guidance is England's; the warning says so
# "(c)" only before a year: "Article 6(1)(c)" is no copyright line.
_COPYRIGHT = re.compile(r"(?:©|\(c\)(?=\s*(?:19|20)\d\d)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d[\s,–-]*)*"
                        r"(?P<holder>[A-Z0-9][^.;|\n]{2,79})", re.IGNORECASE)
_HOLDER_END = re.compile(r"\s*(?:[-–—,]\s*)?(?:all rights reserved|registered charity|charity no).*$", re.IGNORECASE)
_TITLE_WORDS = 16
_LEADING = 6  # the blocks above the text that may name the document and its publisher
# A line naming an organisation (the publisher above the title, as on a cover), by how such names end.
_ORGANISATION = re.compile(r"^(?:NHS\b.*|.*\b(?:Board|Council|Trust|School|Academy|College|Partnership|Police|"
                           r"Constabulary|Services?|Authority|Nursery|Department|Agency|Office|Executive|Government))$")
_SECTION_NAMES = frozenset({"purpose", "introduction", "contents", "overview", "scope", "background", "summary",
                            "about", "foreword", "aims"})
# Years of a review to come ("Next review: March 2026") do not date a document.
_REVIEW = re.compile(r"\bnext review|\breview (?:date|due)|\bto be reviewed|\bwill be reviewed", re.IGNORECASE)
UNRECORDED = "not recorded"


def inferred_metadata(path: Path, blocks: Sequence[Block]) -> tuple[Metadata, str]:
    """Metadata for `path` from its text, and the warning that says what was taken."""
    date, from_file = _date(blocks), False
    if date is None:  # the file's own date is a guess, but a stable one; the warning says so
        date, from_file = _file_year(path), True
    holder, rights = _copyright(blocks)
    nations, assumed = _jurisdictions(blocks)
    title, organisation = _cover(blocks)
    meta = Metadata(
        slug=slug_from_stem(path, path.stem),
        title=title or _title(path, blocks),
        publisher=holder or organisation or UNRECORDED,
        date=date,
        jurisdictions=nations,
        local_areas=(),
        source_url="",
        rights=rights or UNRECORDED,
        publish="excerpts",
        path=path,
    )
    dated = f"date {date}" + (" (the file's, as its text names no year)" if from_file else "")
    reach = ", ".join(nations) + (" (it names no nation)" if assumed else "")
    warning = (f"no metadata: taken from its text: title '{meta.title}', {dated}, {reach}, "
               f"publisher {meta.publisher}; its rights are unknown, so the site shows excerpts only. "
               f"Add {sidecar_path(path).name} beside it to set them (see the README)")
    return meta, warning


def _title(path: Path, blocks: Sequence[Block]) -> str:
    """The first heading that is not a section's name (the top-level one if it comes early), else
    the first words of the text, else the file's name."""
    headings = [block for block in blocks[:40]
                if block.kind == "heading" and block.text.lower().rstrip(":") not in _SECTION_NAMES]
    if headings:
        top = min(block.level for block in headings)
        return _shortened(next(block.text for block in headings if block.level == top))
    if blocks:
        return _shortened(blocks[0].text)
    return " ".join(re.split(r"[\W_]+", path.stem)).strip().capitalize() or path.name


def _cover(blocks: Sequence[Block]) -> tuple[str | None, str | None]:
    """(title, organisation) from the short lines above the text, as a cover sets them out: an
    organisation's name first ("Anytown Integrated Care Board"), then the title; a section name
    ("1. Purpose") is neither."""
    title = organisation = None
    for block in blocks[:_LEADING]:
        if len(block.text.split()) > _TITLE_WORDS or (block.kind != "heading" and block.text.rstrip()[-1:] in ".!?:;"):
            break  # the text has started
        text = block.text.strip()
        if text.lower().rstrip(":") in _SECTION_NAMES:
            break
        if _ORGANISATION.match(text):
            organisation = organisation or text
        elif title is None and block.kind != "item":
            title = text.capitalize() if text.isupper() else text
    return title, organisation


def _shortened(text: str) -> str:
    words = text.split()
    return " ".join(words) if len(words) <= _TITLE_WORDS else " ".join(words[:_TITLE_WORDS]) + " …"


def _date(blocks: Sequence[Block]) -> str | None:
    """The latest year the text names (a review to come aside): guidance names the law and guidance
    that came before it."""
    years = [int(year) for block in blocks if not _REVIEW.search(block.text) for year in _YEAR.findall(block.text)]
    return str(max(years)) if years else None


def _file_year(path: Path) -> str:
    """The year the file was last changed, no later than SOURCE_DATE_EPOCH when that is set (a fresh
    checkout's files all change on the day it is made): reproducible builds' rule for file dates."""
    stamp = path.stat().st_mtime
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        stamp = min(stamp, int(epoch))
    return str(time.gmtime(stamp).tm_year)


def _jurisdictions(blocks: Sequence[Block]) -> tuple[tuple[str, ...], bool]:
    """The nations the text is about: those it names in two paragraphs or more, else the one it
    names most, else England; and whether England was assumed."""
    counts = Counter({nation: sum(1 for block in blocks if pattern.search(block.text))
                      for nation, pattern in _NATIONS.items()})
    named = tuple(nation for nation in _NATIONS if counts[nation] >= _NATION_MENTIONS)
    if named:
        return named, False
    most, count = counts.most_common(1)[0]
    return ((most,), False) if count else ((ASSUMED_NATION,), True)


def _copyright(blocks: Sequence[Block]) -> tuple[str | None, str | None]:
    """(holder, the copyright line) from the first copyright line, if any."""
    for block in blocks:
        match = _COPYRIGHT.search(block.text)
        if match:
            holder = _HOLDER_END.sub("", match.group("holder")).strip(" -–—,:")
            line = " ".join(block.text[match.start():].split())
            return (holder or None), _shortened(line)
    return None, None
