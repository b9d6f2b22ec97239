"""Metadata read off a document's own text, for a document that came with none.

Guidance reaches a corpus as it was downloaded: a PDF or a saved web page with no sidecar. Rather
than refuse it, the build takes what the text itself says: the title and publisher from the short
lines above its text (as a cover sets them out) or its first heading, the date from the latest
year it names (else the file's date), the nations from the ones it names, the rights (and the
publisher first) from a copyright line. What the file records of itself (a page's <title> and
<meta>, a PDF's or Word file's document properties) is preferred where it is good: the readers
judge it with the functions at the end of this module. Rights are unknown, so such a document is
published as excerpts only, and a warning says what was taken and how to set it (`--strict` makes
that warning a failure).
"""

from __future__ import annotations

import datetime
import os
import re
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

from guidegraph.model import UNRECORDED, Block, FileProperties, Metadata, Property
from guidegraph.read.cover import (
    ORGANISATION,
    ORGANISATION_ENDS,
    SECTION_NAMES,
    TITLE_WORDS,
    as_title,
    cover,
    is_furniture,
    written_case,
)
from guidegraph.read.mail import SUBJECT_TAGS, top_headers
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
_TITLE_WORDS = TITLE_WORDS
MAIL_HEADERS = "the message's headers"
# Years of a review to come ("Next review: March 2026") do not date a document.
_REVIEW = re.compile(r"\bnext review|\breview (?:date|due)|\bto be reviewed|\bwill be reviewed", re.IGNORECASE)


def inferred_metadata(path: Path, blocks: Sequence[Block], properties: FileProperties) -> tuple[Metadata, str]:
    """Metadata for `path` from its own properties where good, else its text, and the warning that
    says what was taken."""
    date, from_file = _date(blocks), False
    if date is None:  # the file's own date is a guess, but a stable one; the warning says so
        date, from_file = _file_year(path), True
    holder, rights = _copyright(blocks)
    nations, assumed = _jurisdictions(blocks)
    capitals = written_case(blocks)  # one walk of the text, for the cover's title and the top heading
    title, organisation = cover(blocks, capitals)
    meta = Metadata(
        slug=slug_from_stem(path, path.stem),
        title=_value(properties.title) or title or _title(path, blocks, capitals),
        publisher=_value(properties.publisher) or holder or organisation or UNRECORDED,
        date=_value(properties.date) or date,
        jurisdictions=nations,
        local_areas=(),
        source_url=_value(properties.source_url) or "",
        rights=rights or UNRECORDED,
        publish="excerpts",
        path=path,
    )
    dated = f"date {date}" + (" (the file's, as its text names no year)" if from_file else "")
    if properties.date:
        dated = f"date {meta.date}{_origin(properties.date)}"
    reach = ", ".join(nations) + (" (it names no nation)" if assumed else "")
    taken = "its text and properties" if properties != FileProperties() else "its text"
    warning = (f"no metadata: taken from {taken}: title '{meta.title}'{_origin(properties.title)}, "
               f"{dated}, {reach}, "
               f"publisher {meta.publisher}{_origin(properties.publisher)}; its rights are unknown, so the site "
               f"shows excerpts only. Add {sidecar_path(path).name} beside it to set them (see the README)")
    return meta, warning


def _value(found: Property | None) -> str | None:
    return found.value if found else None


def _origin(found: Property | None) -> str:
    """" from the page's <title>", for a value taken from the file's properties."""
    return f" from {found.origin}" if found else ""


def _title(path: Path, blocks: Sequence[Block], capitals: dict[str, str]) -> str:
    """The first heading that is not a section's name (the top-level one if it comes early), else
    the first words of the text (a salutation aside), else the file's name."""
    headings = [block for block in blocks[:40] if block.kind == "heading"
                and block.text.lower().rstrip(":") not in SECTION_NAMES and not is_furniture(block.text.strip())]
    if headings:
        top = min(block.level for block in headings)
        return _shortened(as_title(next(block.text for block in headings if block.level == top), capitals))
    text = [block for block in blocks if not is_furniture(block.text.strip())]
    if text:
        return _shortened(text[0].text)
    return " ".join(re.split(r"[\W_]+", path.stem)).strip().capitalize() or path.name


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


# Judging what a file records of itself: the readers keep only what passes.

_JUNK_TITLE = re.compile(r"^(?:microsoft\s+\w+\s+-|untitled\b|(?:powerpoint\s+)?presentation\b|"
                         r"(?:new|blank|word)\s+document\b|(?:slide|page)\s+\d)", re.IGNORECASE)
_FILE_NAME = re.compile(r"\.(?:docx?|dotx?|pdf|pptx?|xlsx?|rtf|odt|indd|html?|txt)\b|\w_\w", re.IGNORECASE)
# Authors that are the software or its default user, not who published the document.
_NO_PUBLISHER = re.compile(r"\b(?:microsoft|adobe|office user|windows user|administrator|admin|owner|unknown)\b"
                           r"|^<.*>$|^\S+\.\S+$", re.IGNORECASE)  # "<D6>", a GOV.UK code; "GOV.UK", a site
# A word only organisations have in their names, anywhere in them ("Department for Education").
_ORGANISATION_WORD = re.compile(rf"\b(?:NHS|{ORGANISATION_ENDS}|Ministry|Commissioner|Association|Society|"
                                r"Foundation|Charity|Institute|Centre|Center|University|Safeguarding)\b")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ][\d:.]+)?(?:Z|[+-]\d\d:?\d\d)?\s*$")


def found(value: str | None, origin: str) -> Property | None:
    """A value judged good, and where it was found; None for none."""
    return Property(value, origin) if value else None


# "14 May 2024 09:02", "Tuesday, 14 May 2024": the day a message saved as text was sent
_SENT = re.compile(r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d\d)\b",
                   re.IGNORECASE)
_MONTH_NUMBERS = {name: i for i, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                                    "oct", "nov", "dec"), start=1)}


def mail_properties(text: str) -> FileProperties:
    """What the headers at the top of an e-mail saved as text say of it: its Subject (without "RE:")
    the title, its sender the publisher when an organisation sent it, the day it was sent its date."""
    headers = top_headers(text)
    if not headers:
        return FileProperties()
    sender = re.sub(r"<[^>]*>|\[mailto:[^\]]*\]", "", headers["from"]).strip(" \"'")
    sent = _SENT.search(headers.get("sent") or headers.get("date") or "")
    date = good_date(f"{sent[3]}-{_MONTH_NUMBERS[sent[2].lower()[:3]]:02d}-{int(sent[1]):02d}") if sent else None
    return file_properties(MAIL_HEADERS, good_title(SUBJECT_TAGS.sub("", headers["subject"])), date,
                           organisation(sender))


def file_properties(origin: str, title: str | None, date: str | None, publisher: str | None) -> FileProperties:
    """The values judged good, all found in one place ("the PDF's properties")."""
    return FileProperties(title=found(title, origin), date=found(date, origin), publisher=found(publisher, origin))


def good_title(text: object) -> str | None:
    """A file's title if it is one: not a file name, a program's placeholder ("Microsoft Word -
    draft v3.docx", "Untitled", "Document1") or a single word; without what mail puts before a
    subject ("RE:", "[EXTERNAL]": a message saved as a page or a document keeps it in its title)."""
    title = SUBJECT_TAGS.sub("", " ".join(str(text or "").split()))
    if len(title.split()) < 2 or _JUNK_TITLE.search(title) or _FILE_NAME.search(title):
        return None
    return _shortened(title.capitalize() if title.isupper() else title)


def good_publisher(text: object) -> str | None:
    """A publisher a page names in its <meta>: not a program, a default user, a code or a web address."""
    name = " ".join(str(text or "").split())
    if not name or len(name.split()) > _TITLE_WORDS or _NO_PUBLISHER.search(name):
        return None
    return name


def organisation(text: object) -> str | None:
    """An author that is an organisation ("Department for Education"), not a person ("Jane Smith")."""
    name = good_publisher(text)
    return name if name and (_ORGANISATION_WORD.search(name) or ORGANISATION.match(name)) else None


def is_organisation(text: str) -> bool:
    """A name that ends as an organisation's does ("Anytown Council")."""
    return bool(ORGANISATION.match(text.strip()))


# What separates a page's title from its site's name: "Information sharing - GOV.UK", "Sharing | Anytown".
_TITLE_SEPARATOR = re.compile(r"(\s*[|»]\s*|\s+[-–—]\s+)")
_ACRONYM_END = re.compile(r"\b[A-Z]{2,}$")  # "Anytown LSCP"


def without_site_name(title: str, sites: set[str] = frozenset()) -> str | None:
    """A web page's title without its site's name before or after it ("Information sharing -
    GOV.UK"); `sites` are names the page gives its site (lower-cased). None when only a site's name."""
    parts = _TITLE_SEPARATOR.split(" ".join(title.split()))  # text, separator, text, ...
    while len(parts) > 1 and _is_site_name(parts[-1], sites):
        parts = parts[:-2]
    while len(parts) > 1 and _is_site_name(parts[0], sites):
        parts = parts[2:]
    text = "".join(parts).strip()
    return None if text.lower() in sites else text


def site_organisation(title: str) -> str | None:
    """The organisation a web page's title names as its site, before or after the page's own title
    ("Sharing information - Wrenford Safeguarding Hub"), if one does."""
    parts = _TITLE_SEPARATOR.split(" ".join(title.split()))  # text, separator, text, ...
    ends = (parts[-1].strip(), parts[0].strip()) if len(parts) > 1 else ()
    return next((end for end in ends if is_organisation(end)), None)


def _is_site_name(text: str, sites: set[str]) -> bool:
    """"GOV.UK", "Anytown LSCP", "Anytown Council", or the name the page gives its site."""
    text = text.strip()
    return (text.lower() in sites or bool(re.fullmatch(r"\S+\.\S+", text))
            or bool(_ACRONYM_END.search(text)) or is_organisation(text))


def good_url(text: object) -> str | None:
    """An http(s) address, as a sidecar's `source_url` must be (a page saved from a file has none)."""
    url = str(text or "").strip()
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc and not re.search(r"\s", url) else None


def good_date(text: object) -> str | None:
    """"2024", "2024-03" or "2024-03-15" from an ISO date or date-time, if it is a real date of
    the years guidance is dated (as the text's years)."""
    match = _ISO_DATE.match(str(text or ""))
    if not match or not _YEAR.fullmatch(match.group(1)):
        return None
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)
