"""The title and publisher a document's cover sets out, for a document that came with no metadata.

A cover (or a page's first lines) holds, above the text: the publisher's name ("Anytown Integrated
Care Board", often in capitals, sometimes broken over short lines by a masthead), the title (in
capitals too, perhaps over two lines), and furniture around them: a document's reference
("Force Procedure PP/117"), its control fields ("Version: 2.1 | Status: Approved"), a letter's or an
e-mail's salutation ("Dear Parent/Carer,"). A careful reader takes the name and the title, writes
a title set in capitals as a sentence with the capitals the text itself gives its acronyms and
names ("Female genital mutilation (FGM): the mandatory reporting duty"), and skips the rest.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from guidegraph.model import Block
from guidegraph.read.mail import SUBJECT_TAGS

TITLE_WORDS = 16
LEADING = 6  # the blocks above the text that may name the document and its publisher
# A line naming an organisation (the publisher above the title, as on a cover), by how such names end,
# perhaps with its initials after it ("Anytown Multi-Agency Safeguarding Hub (MASH)"); never a line
# with a colon ("Information Sharing Agreement: Early Help Services" is a title).
ORGANISATION_ENDS = (r"Board|Council|Trust|School|Academy|College|Partnership|Police|Constabulary|Services?|"
                     r"Authority|Nursery|Department|Agency|Office|Executive|Government|Club|Association|Society|"
                     r"Foundation|Hub|Surgery|(?:Medical|GP|Dental)\s+Practice")
# The initials local services go by, after a place's name: "Anyshire CAMHS", "Eastbridge MASH" (not
# "Sharing information with the MASH")
_SERVICE_INITIALS = r"(?:[A-Z][\w'’-]*\s+){1,3}(?:CAMHS|MASH|LSCP|LSCB|SCP|SCB|ICB|CCG|YOT|YJS|HSCP|CSP)"
ORGANISATION = re.compile(rf"^(?:NHS\b[^:]*|[^:]*\b(?:{ORGANISATION_ENDS})|{_SERVICE_INITIALS})"
                          r"(?:\s+\([A-Z]{2,8}\))?$")
SECTION_NAMES = frozenset({"purpose", "introduction", "contents", "overview", "scope", "background", "summary",
                           "about", "foreword", "aims"})
# "Dear Parent/Carer,", "Hi Tom,", "Good morning all,": a letter or an e-mail starting, never its title
_SALUTATION = re.compile(r"^(?:dear|hi|hello|good\s+(?:morning|afternoon))\b[^.!?]{0,60},?$", re.IGNORECASE)
# "Version: 2.1 | Status: Approved", "Owner: Information Governance Team": a document's control fields
_CONTROL_FIELD = re.compile(r"^\W*(?:version|status|owner|author|classification|ref(?:erence)?|issue|"
                            r"approved|review(?:ed)?|date(?: of issue)?)\b[^:]{0,30}:", re.IGNORECASE)
# "Force Procedure PP/117", "Leaflet CAMHS-12": a document's reference number, which names no subject
_REFERENCE = re.compile(r"^(?:\S+\s+){0,3}[A-Z]{1,6}[/-]?\d+(?:\.\d+)*$")
_NUMBERED = re.compile(r"^(?:section|part|chapter|appendix|annex|schedule)\b|^\d", re.IGNORECASE)
_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})
_NAME_LINE_WORDS = 3  # a line of a name broken over several holds a few words, each capitalised
# Words of an organisation's name that name no one in particular: "Children Partnership" is the end
# of a name whose start (the place) is on the lines above.
_GENERIC_NAME_WORDS = frozenset(
    {"board", "council", "trust", "school", "academy", "college", "partnership", "police", "constabulary", "service",
     "services", "authority", "nursery", "department", "agency", "office", "executive", "government",
     "safeguarding", "children", "children's", "childrens", "adults", "young", "people", "local", "multi-agency",
     "health", "care", "social", "integrated", "community", "and", "of", "for", "the", "&"})


def cover(blocks: Sequence[Block], capitals: dict[str, str]) -> tuple[str | None, str | None]:
    """(title, organisation) from the short lines above the text, as a cover sets them out: an
    organisation's name first, then the title; a section name ("1. Purpose") is neither.
    `capitals`: how the text writes its words (`written_case`), for a title set in capitals."""
    title: list[str] = []  # the title's lines: one, or two set in capitals one over the other
    organisation = None
    above: list[str] = []  # the short lines read so far, for a name broken over several
    for block in blocks[:LEADING]:
        text = " ".join(block.text.split())
        if len(text.split()) > TITLE_WORDS or (block.kind != "heading" and text[-1:] in ".!?:;"):
            break  # the text has started
        if text.lower().rstrip(":") in SECTION_NAMES:
            break
        if is_furniture(text):
            continue
        name = recased(text, capitals, sentence=False) if text.isupper() else text
        if ORGANISATION.match(name):
            whole, taken = whole_name(name, above) if organisation is None else (organisation, [])
            if whole and set(title) & set(taken):
                title = []  # the first lines were the name's, not the title
            organisation = whole
        elif not title and (block.kind != "item" or not block.marker):  # a line no bullet marks may be a title
            title = [text]
        elif title and title == above[-1:] and title[0].isupper() and text.isupper() and block.kind != "item" \
                and not _NUMBERED.match(text):
            title.append(text)  # a title in capitals set over two lines (not "SECTION 1 – INTRODUCTION")
        above.append(text)
    return (as_title(" ".join(title), capitals) if title else None), organisation


def is_furniture(text: str) -> bool:
    """A cover's line that is neither title nor publisher: a salutation, control fields, a reference."""
    return bool(_SALUTATION.match(text) or _CONTROL_FIELD.match(text) or _REFERENCE.match(text))


def as_title(text: str, capitals: dict[str, str]) -> str:
    """A title as a reader writes it: without mail's "Re:" before it; set in capitals, as a sentence."""
    text = SUBJECT_TAGS.sub("", text) or text
    return recased(text, capitals, sentence=True) if text.isupper() else text


def whole_name(text: str, above: list[str]) -> tuple[str | None, list[str]]:
    """An organisation's name ending in `text` and the lines above it that it takes: `text` alone
    when it names someone; else the short capitalised lines just above, up to the first with a
    word of its own (the place); None when no line above gives one ("Partnership" alone)."""
    if not all(word in _GENERIC_NAME_WORDS for word in text.lower().split()):
        return text, []
    taken: list[str] = []
    for line in reversed(above):
        words = line.split()
        if len(words) > _NAME_LINE_WORDS or not all(w[:1].isupper() or w.lower() in _GENERIC_NAME_WORDS for w in words):
            break
        taken.insert(0, line)
        if any(w.lower() not in _GENERIC_NAME_WORDS for w in words):
            return " ".join([*taken, text]), taken
    return None, []


def written_case(blocks: Sequence[Block]) -> dict[str, str]:
    """The capitals the text gives words it does not always write in lower case (lower-cased word →
    its form): initials it writes in capitals most times ("FGM", "MARAC"), names it never writes
    in lower case ("Anytown", "Encompass"). A sentence's first word and headings do not count."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for block in blocks:
        if block.kind == "heading" or block.text.isupper():  # headings capitalise words a sentence would not
            continue
        for sentence in re.split(r"(?<=[.!?:])\s+", block.text):
            for word in re.findall(r"[\w’'-]+", sentence)[1:]:
                forms[word.lower()][word] += 1
    capitals = {}
    for word, counts in forms.items():
        form, times = counts.most_common(1)[0]
        if (form.isupper() and len(form) > 1 and times * 2 > sum(counts.values())) or word not in counts:
            capitals[word] = form
    return capitals


def recased(text: str, capitals: dict[str, str], sentence: bool) -> str:
    """Words set in capitals written as the text writes them elsewhere; the others in lower case as
    in a sentence (`sentence`), else each capitalised as in a name, small words aside."""
    words = re.split(r"(\s+|(?<=\()|(?=[):,]))", text)
    out = []
    for word in words:
        if not word or not word.strip() or not any(c.isalpha() for c in word):
            out.append(word)
            continue
        known = capitals.get(word.lower())
        lowered = word.lower()
        if known and (known.isupper() or known[:1].isupper()):
            out.append(known)
        elif re.fullmatch(r"[A-Z]{2,8}", word) and _inside_brackets(out):
            out.append(word)  # "(MARAC)": initials, whatever the text says of them
        elif sentence or lowered in _SMALL_WORDS:
            out.append(lowered)
        else:  # "Multi-Agency", "St Mary's"
            out.append("-".join(part[:1].upper() + part[1:] for part in lowered.split("-")))
    first = next((i for i, word in enumerate(out) if word.strip() and any(c.isalpha() for c in word)), None)
    if first is not None:
        out[first] = out[first][:1].upper() + out[first][1:]
    return "".join(out)


def _inside_brackets(before: list[str]) -> bool:
    last = next((token for token in reversed(before) if token), "")
    return last.endswith("(")
