"""Other guidance documents a document points to: Working Together, the ICO's code, KCSIE, ...

Three recognisers: the catalog's guidance entries by title and alias, anywhere; by what they are
("the government's advice on information sharing", `descriptions`), anywhere; and citations in
reference style ("Publisher (Year) Title", "Title (Year)", or a bare title) in reference lists
(under "References", "Useful resources", "Further information", or a lead-in "In Scotland,
see:"). Citations of legal bases (Acts, statutory codes) are left to the legislation extractor.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from guidegraph.extract._flow import Unit, flow
from guidegraph.extract.descriptions import Description, descriptions_of, find_described
from guidegraph.extract.literals import first_letter_branches
from guidegraph.extract.nations import find_nations
from guidegraph.model import GuidanceRef, NationPassage, SegmentedDocument
from guidegraph.vocab import slugify

if TYPE_CHECKING:
    from guidegraph.catalog import Catalog

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CAP = r"(?:[A-Z][\w'’&.-]*|\([A-Z]{2,}\))"
_PUBLISHER = rf"{_CAP}(?:(?:,?\s+|\s+(?:of|for|and|the|on|&)\s+){_CAP})*"
# "... (2024)", "..., March 2024", and "... (HM Government, 2024)": the publisher in the brackets too.
_YEAR_AFTER = re.compile(
    rf"^\s*(?:\((?:(?P<publisher>{_PUBLISHER}),\s+)?|,)?\s*(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b\)?")
_CITATION = re.compile(
    rf"(?P<publisher>{_PUBLISHER})\s+\((?P<year>(?:19|20)\d\d)\)\s+(?P<title>['‘\"“]?[A-Z0-9].*)$"
)
# "Information sharing: advice for practitioners [providing safeguarding services] (2024)": the
# title written in full runs on past its catalogued short form to its edition's year (in lower
# case words: "... and the Children Act (1989)" is another work).
_TITLE_RUNS_ON = re.compile(
    r"^(?:\s+(?!(?:and|or|nor|but|with|then|see|also|in|under)\b)[a-z][\w'’-]*){1,8}?\s*\((?P<year>(?:19|20)\d\d)\)")
_YEAR_BEFORE = re.compile(rf"(?:(?P<publisher>{_PUBLISHER})\s+)?\((?P<year>(?:19|20)\d\d)\)\s*['‘\"“]?$")
# "Title (2023)", or in a list "Working Together to Safeguard Children 2018": the edition's year.
# "Title (National Data Guardian, December 2020)": the publisher in the brackets too.
_TITLE_YEAR = re.compile(rf"^(?P<title>.+?)\s*(?:\((?:(?P<source>{_PUBLISHER}),\s+)?(?:[A-Za-z]+\s+)?"
                         rf"(?P<year>(?:19|20)\d\d)\)|,?\s+(?:{_MONTH}\s+)?(?P<bare>(?:19|20)\d\d))\s*\.?$")
# "SafeLives MARAC Principles (section 4 of which covers information sharing)": a remark in brackets
# after a listed title, in lower case words, is no part of it (a code, "(SG-01)", or a source is).
# a remark after a listed title: "(for schools and colleges)", ", for schools and further education colleges"
_REMARK = re.compile(r"\s*\((?=[a-z])[^()]*\s[^()]*\s[^()]*\)$|,\s+(?:for|from|on|about|which|with)\s[^,()]*$")
_WEB_PAGE = re.compile(r"^(?P<publisher>.+?)\s+(?:web\s*page|website)\s+(?P<title>.+)$", re.IGNORECASE)
_REPORT = re.compile(  # both branches start with a capital: the look-ahead rejects other positions at once
    r"(?=[A-Z])(?:(?:Professor|Lord|Lady|Dame|Sir|Baroness|Dr)\s+)?[A-Z][a-z]+['’]s\s+(?:independent\s+)?"
    r"(?:review|report|inquiry)\s+(?:of|into)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"|(?=[A-Z])(?<!\w)[A-Z][a-z]+\s+(?:Report|Review|Inquiry)(?=\s*\(?\s*(?:19|20)\d\d)"
)
# "see the Wales Safeguarding Procedures (2019)", "requirements of the Statutory Framework for the
# Early Years Foundation Stage (2024)": a dated title-case name after "see", after "the" and
# a word that makes it the object of reading or following, or opening a sentence ("The Wales
# Safeguarding Procedures (2019) set out ...").
_SEE_TITLE = re.compile(
    r"(?:\bsee\s+(?:the\s+)?|(?:\b(?:of|with|in|under|follow|following|read)\s+the|(?:^|(?<=[.!?]\s))The)\s+"
    r"(?=(?:[A-Z]\S*\s+){2}))(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|in|on|to|&)){1,12}?)"
    r"\s*\((?P<year>(?:19|20)\d\d)\)"
)
_REFERENCE_HEADING = re.compile(
    r"\b(?:useful\s+(?:resources|links|websites|documents)|resources|further\s+(?:information|reading|"
    r"guidance|resources)|references?|bibliography|see\s+also|related\s+(?:guidance|documents|procedures"
    r"|links|resources)|other\s+relevant|statutory\s+guidance|national\s+guidance|additional\s+guidance"
    r"|key\s+documents|guidance\s+documents|find\s+out\s+more|more\s+information|learn\s+more"
    r"|our\s+(?:policies|procedures|documents))\b",
    re.IGNORECASE,
)
_HEADING_NUMBER = re.compile(r"^(?:(?:\d+(?:\.\d+)*|[A-Z])[.)]?\s+|(?:appendix|annexe?)\s+\w+\s*[:.–—-]\s*)",
                             re.IGNORECASE)
_DOCUMENT_NOUN = re.compile(
    r"\b(?:guidance|resources|documents|reading|links|advice|information|organisations|websites|publications"
    r"|policies|procedures|legislation|contacts)$", re.IGNORECASE)
_NOT_GUIDANCE = re.compile(
    r"^(?:https?://|www\.|<|tel\b|email\b|e-mail\b|contact\b|copyright\b|©)|\b(?:website|forms?)$|@"
    r"|\b(?:Act|Regulations|Order)(?:\s+\d{4})?$",
    re.IGNORECASE,
)
_MAX_TITLE_WORDS = 40
# A title ending in what it is: guidance on the law it names, not the law.
_ABOUT_THE_LAW = re.compile(r"\s(?:statutory\s+)?(?:guidance|guide|advice|leaflet|factsheet)$", re.IGNORECASE)
# The part of a listed document read ("... procedures – section 2.4, Information sharing"): not its title.
_PART_NAMED = re.compile(r"\s*(?:[–—]|\s-|,)\s+(?:section|chapter|part|paragraph|appendix)\s+\d[\w.]*\b.*$", re.I)
_YEAR_IN_LABEL = re.compile(r"\(?(?P<year>(?:19|20)\d\d)\)?$")


# A note's number: superscript, or plain where a PDF's text lost the superscript ("1 Child ...").
_NOTE_MARK = re.compile(r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}(?=\s+[A-Z]))?\s*")
_COUNTED = re.compile(r"(?:the\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?",
                      re.IGNORECASE)


@dataclass(frozen=True)
class _Cite:
    id: str
    title: str
    publisher: str | None
    year: int | None
    passage_id: str
    start: int = 0
    end: int = 0


class _Matcher:
    """The catalog's labels as one pattern; guidance labels name an entry, legal-basis labels
    only mark text as not guidance."""

    def __init__(self, catalog: Catalog) -> None:
        self.by_label: dict[str, tuple[str, str, bool]] = {}
        self.lower_labels: set[str] = set()  # labels the catalog writes in lower case ("seven golden rules")
        for entry in catalog:
            for label in entry.labels():
                self.by_label.setdefault(_fold(label), (entry.id, entry.title, entry.is_legal_basis))
                if label.islower():
                    self.lower_labels.add(_fold(label))
        labels = sorted(self.by_label, key=lambda x: (-len(x), x))
        body = first_letter_branches(labels, _label_pattern) or r"(?!x)x"
        # One boundary check outside the alternation; a look-ahead per first letter rejects most
        # text positions before any label is tried.
        self.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)

    def find(self, text: str) -> list[tuple[re.Match[str], tuple[str, str, bool]]]:
        return [(m, self.by_label[_fold(m.group(0))]) for m in self.pattern.finditer(text)
                if _fold(m.group(0)) in self.by_label and _case_ok(m.group(0), self.lower_labels)
                and not _longer_title(m, text)]

    def entry_at_start(self, title: str) -> tuple[str, str, bool] | None:
        """The entry whose label starts the title, also after "The" and a count ("The Eight
        Caldicott Principles" is the catalogued principles, in their 2020 edition)."""
        text = _strip_quotes(title)
        for start in dict.fromkeys((0, _COUNTED.match(text).end())):
            match = self.pattern.match(text, start)
            if match and not _longer_title(match, text):
                return self.by_label.get(_fold(match.group(0)))
        return None


# Prefixes written with or without a hyphen: "Co-operating to Safeguard Children", "Cooperating ...".
_HYPHEN_AFTER = re.compile(r"(?<![\w-])(co|multi|inter|well|non)-(?=\w)")
_HYPHENABLE = re.compile(r"^(co|multi|inter|well|non)(?=\w)")


def _fold(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _HYPHEN_AFTER.sub(r"\1", " ".join(text.casefold().split()))


def _label_pattern(label: str) -> str:
    return r"\s+".join(_HYPHENABLE.sub(r"\1-?", re.escape(w)).replace("'", "['’]") for w in label.split())


def _case_ok(found: str, lower_labels: set[str]) -> bool:
    """Short labels ("Working Together", "Caldicott") count only as written, capitalised:
    "agencies working together" is not a citation; nor is a title of three ordinary words all in
    lower case in running text ("part of keeping learners safe"), unless the catalog writes it so."""
    words = len(found.split())
    return found[:1].isupper() or words > 3 or (words == 3 and (not found.islower() or _fold(found) in lower_labels))


# After a short label, capitalised words (perhaps joined by "to", "for", ...) carry the title on,
# as does "to" and a verb in a title written in sentence case ("Working together to safeguard people").
_TITLE_GOES_ON = re.compile(r"\s+(?:(?:to|for|of|on|in)\s+)?[A-Z][a-z]|\s+to\s+(?:safeguard|protect|share|improve)\b")


# "Co-operating to Safeguard Children and Young People in Northern Ireland" (2017) is another
# title than "Co-operating to Safeguard Children" (2003), however long the label.
_AND_YOUNG_PEOPLE = re.compile(r"\s+and\s+young\s+people\b", re.IGNORECASE)


def _longer_title(match: re.Match[str], text: str) -> bool:
    """Is a label only the start of another title? "Working Together to Safeguard People"
    (Wales) is not "Working Together" (England), nor is a "Caldicott Guardian" the principles."""
    if match.group(0).lower().endswith("children") and _AND_YOUNG_PEOPLE.match(text, match.end()):
        return True
    return len(match.group(0).split()) <= 3 and bool(_TITLE_GOES_ON.match(text, match.end()))


def _strip_quotes(text: str) -> str:
    return text.strip().strip("'‘’\"“”").strip()


@lru_cache(maxsize=4)
def _matcher_for(catalog: Catalog) -> _Matcher:
    return _Matcher(catalog)


def find_guidance(doc: SegmentedDocument, catalog: Catalog,
                  nation_passages: Sequence[NationPassage] | None = None) -> list[GuidanceRef]:
    """Guidance cited by the document, one per guidance id with its passages and nations.

    `nation_passages` are the document's `find_nations`, when the caller has them already.
    """
    matcher = _matcher_for(catalog)
    nations: dict[str, set[str]] = {}
    for found in nation_passages if nation_passages is not None else find_nations(doc):
        nations.setdefault(found.passage_id, set()).add(found.jurisdiction)
    # "the government" of a description is the one of the passage's nation, else the document's
    written_under = tuple(slugify(j) for j in doc.meta.jurisdictions)
    described = descriptions_of(catalog)
    cites: list[_Cite] = []
    for unit, in_list in _units_with_context(flow(doc)):
        place = nations.get(unit.passage_id or "") or written_under
        cites.extend(_cites_in(unit, in_list, matcher, described, place))
    return _aggregate(cites, nations)


def _units_with_context(units: list[Unit]) -> Iterable[tuple[Unit, bool]]:
    """Paragraphs and items, each with whether it sits in a reference list."""
    in_refs = False
    lead_in = False
    for i, unit in enumerate(units):
        entry = _dated_entry(units, i) if unit.kind == "heading" and in_refs else None
        if entry is not None:
            # "Working Together to Safeguard Children 2023" over the list's other lines: its first
            # entries, which a reader took for headings; they read as the passage below does
            yield replace(unit, kind="item", passage_id=entry.passage_id), True
            continue
        if unit.kind == "heading":
            in_refs = is_reference_heading(unit.plain)
            lead_in = False
            continue
        yield unit, in_refs or (lead_in and unit.kind == "item")
        if unit.kind == "paragraph":
            lead_in = bool(re.search(r"\bsee(?: the following)?:$", unit.plain.rstrip()))


def _dated_entry(units: list[Unit], i: int) -> Unit | None:
    """The line a heading dated as a reference is ("Title 2023", "Title (2023)") stands over: the
    next line of the same section, perhaps below more headings dated so (a list's first lines)."""
    for heading, following in zip(units[i:], units[i + 1:], strict=False):
        if heading.kind != "heading" or not _TITLE_YEAR.match(heading.plain):
            return None
        if following.kind != "heading":
            return following if following.section_id == heading.section_id else None
    return None


def is_reference_heading(title: str) -> bool:
    """"Further information", "References and further reading", "Other relevant advice and
    statutory guidance": a heading that opens with a reference-list phrase and is about
    documents; not "Further information to inform decision making" or "National guidance for
    child protection in Scotland 2021", headings of sections with content of their own."""
    text = _HEADING_NUMBER.sub("", title.strip()).strip(" :.")
    match = _REFERENCE_HEADING.match(text)
    if match is None:
        return False
    rest = text[match.end():].strip(" :.")
    return not rest or bool(_DOCUMENT_NOUN.search(rest))


def _cites_in(unit: Unit, in_list: bool, matcher: _Matcher, described: tuple[Description, ...],
              place: Collection[str]) -> list[_Cite]:
    text, pid = unit.plain, unit.passage_id or ""
    if not pid or not text:
        return []
    cites = _reference_cites(text, pid, in_list and unit.kind == "item", matcher)
    taken = [(c.start, c.end) for c in cites]
    for match, (entry_id, title, legal) in matcher.find(text):
        if legal or any(s <= match.start() < e for s, e in taken):
            continue
        publisher, year = _near(text, match)
        cites.append(_Cite(entry_id, title, publisher, year, pid, match.start(), match.end()))
    taken += [(c.start, c.end) for c in cites]
    cites.extend(_described_cites(text, pid, taken, described, place))
    cites.extend(_named_works(text, pid, taken, matcher))
    return cites


def _described_cites(text: str, pid: str, taken: list[tuple[int, int]], described: tuple[Description, ...],
                     place: Collection[str]) -> list[_Cite]:
    """Guidance named by what it is ("GMC confidentiality guidance") where no title was read."""
    cites = []
    for match, description in find_described(text, described, place):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        after = _YEAR_AFTER.match(text[match.end():])
        year = int(after["year"]) if after else None
        cites.append(_Cite(description.entry_id, description.title, None, year, pid, match.start(), match.end()))
        taken.append((match.start(), match.end()))
    return cites


def _reference_cites(text: str, pid: str, in_list: bool, matcher: _Matcher) -> list[_Cite]:
    """"Publisher (Year) Title" anywhere; a bare or "(Year)"-dated title in a reference list."""
    cites = []
    note = _NOTE_MARK.match(text)  # "¹ Department of Health (2003) ...": a footnote is a reference line
    for match in _citations(text):
        title = _title_from(match["title"], in_list or match.start() == note.end(), matcher)
        if title:
            cites.append(_resolved(title, match["publisher"], int(match["year"]), pid, matcher,
                                   match.start(), match.end()))
    if not cites and in_list:
        for start, part in _listed_parts(text):
            cite = _listed_title(part, pid, matcher)
            if cite:
                cites.append(replace(cite, start=start, end=start + len(part)))
    return [c for c in cites if c.id]


# A reference list's line naming several documents set apart by semicolons ("Safeguarding Policy; Prevent
# procedure; Data Protection Policy."): each a title of its own, when each is a short name
_TITLE_SEPARATOR = re.compile(r";\s+")
_LISTED_NAME_WORDS = 8


def _listed_parts(text: str) -> list[tuple[int, str]]:
    """The titles a reference list's item names, with where each starts: the item whole, or each of
    several short names it sets apart by semicolons."""
    parts, start = [], 0
    for separator in [*_TITLE_SEPARATOR.finditer(text), None]:
        end = separator.start() if separator else len(text)
        parts.append((start, text[start:end]))
        start = separator.end() if separator else end
    if len(parts) > 1 and all(part[:1].isupper() and len(part.split()) <= _LISTED_NAME_WORDS for _, part in parts):
        return parts
    return [(0, text)]


def _citations(text: str) -> list[re.Match[str]]:
    """Each "Publisher (Year) Title" in the text (a line may hold only one)."""
    match = _CITATION.search(text)
    return [match] if match else []


def _title_from(raw: str, reference_line: bool, matcher: _Matcher) -> str:
    """The title of a citation: in a reference line, the quoted words or the words up to the
    first full stop or bracket; in running text, only a catalogued title at its start (where the
    title ends is unknown there)."""
    if not reference_line:
        entry = matcher.entry_at_start(raw)
        return entry[1] if entry is not None else ""
    if raw[:1] in "'‘\"“":
        closing = re.search(r"['’\"”](?=\s|$|[.,;])", raw[1:])
        if closing:
            return raw[1:closing.start() + 1].strip()
        return _strip_quotes(raw.rstrip("."))
    return re.split(r"\.\s|\s\(|\.$", raw, maxsplit=1)[0].strip()


def _listed_title(text: str, pid: str, matcher: _Matcher) -> _Cite | None:
    """A reference-list item without a publisher: "Title (2023)", a bare title, or "Publisher
    web page Title"."""
    first = re.split(r"\.\s|\.$", text, maxsplit=1)[0]
    web = _WEB_PAGE.match(first)
    publisher, body = (web["publisher"], web["title"]) if web else (None, first)
    body = _PART_NAMED.sub("", _REMARK.sub("", body))
    dated = _TITLE_YEAR.match(body)
    title = dated["title"] if dated else body
    if _NOT_GUIDANCE.search(title.strip()) or len(title.split()) > _MAX_TITLE_WORDS:
        return None
    year = int(dated["year"] or dated["bare"]) if dated else None
    publisher = publisher or (dated["source"] if dated else None)
    return _resolved(_strip_quotes(title), publisher, year, pid, matcher, 0, len(text))


def _resolved(title: str, publisher: str | None, year: int | None, pid: str, matcher: _Matcher,
              start: int, end: int) -> _Cite:
    """A citation named by the catalog when the title is (or starts with) a catalogued label;
    legal bases come back with an empty id, to be dropped."""
    entry = matcher.by_label.get(_fold(title)) or matcher.entry_at_start(title) or _guidance_within(title, matcher)
    named = _strip_quotes(title)[_COUNTED.match(_strip_quotes(title)).end():]
    if entry is not None and entry[2] and _ABOUT_THE_LAW.search(named):
        entry = None  # "Domestic Violence Disclosure Scheme statutory guidance": a work about the law
    if entry is not None and (len(_fold(named)) <= 1.5 * len(_fold(entry[1])) or entry[2]
                              or _volume_of(named, matcher)):
        entry_id, entry_title, legal = entry
        return _Cite("" if legal else entry_id, entry_title, publisher, year, pid, start, end)
    if _NOT_GUIDANCE.search(title) or not title:
        return _Cite("", title, publisher, year, pid, start, end)
    return _Cite(_slug(title), title, publisher, year, pid, start, end)


def _volume_of(title: str, matcher: _Matcher) -> bool:
    """A volume, part or supplement of a catalogued work, however long its own title ("Working
    Together to Safeguard People: Volume 5 – Handling individual cases to protect children at risk",
    "National guidance for child protection in Scotland 2014. Additional notes for practitioners:
    ..."): a reference to the work it is part of, not to another work that starts with its name."""
    match = matcher.pattern.match(title)
    return match is not None and bool(_VOLUME.match(title, match.end()))


_VOLUME = re.compile(r"\s*(?:\(?\d{4}\)?)?\s*[.:,–—-]?\s*(?:(?:volume|vol\.|part|chapter)\s+(?:\d{1,2}|[ivx]{1,4})\b"
                     r"|(?:additional|supplementary)\s+(?:notes|guidance)\b|supplement\b)", re.IGNORECASE)


def _guidance_within(title: str, matcher: _Matcher) -> tuple[str, str, bool] | None:
    """The catalogued guidance a reference's title holds after a lead-in ("Confidentiality: NHS
    Code of Practice"), as running text would cite it; a title naming an Act is not that Act."""
    text = _strip_quotes(title).rstrip(". ")
    for match, entry in matcher.find(text):
        if not entry[2] and match.end() == len(text) and text[: match.start()].rstrip().endswith(":"):
            return entry
    return None


def _slug(title: str, max_words: int = 10) -> str:
    return slugify(" ".join(re.findall(r"[\w']+", title.replace("'", ""))[:max_words]))


def _near(text: str, match: re.Match[str]) -> tuple[str | None, int | None]:
    """Publisher and edition year written around (or in) a catalog label."""
    after = (_YEAR_AFTER.match(text[match.end():]) or _YEAR_IN_LABEL.search(match.group(0))
             or _TITLE_RUNS_ON.match(text[match.end():]))
    before = _YEAR_BEFORE.search(text[: match.start()])
    year = int(after["year"]) if after else (int(before["year"]) if before else None)
    publisher = before["publisher"] if before and before["publisher"] else None
    return publisher or (after.groupdict().get("publisher") if after else None), year


def _named_works(text: str, pid: str, taken: list[tuple[int, int]], matcher: _Matcher) -> list[_Cite]:
    """Reviews and reports named in running text ("Laming Report 2003", "Professor Munro's review
    of child protection") and dated titles after "see" ("see the Wales Safeguarding Procedures
    (2019)"), unless the catalog already named them."""
    cites = []
    for match in [*_REPORT.finditer(text), *_SEE_TITLE.finditer(text)]:
        start = match.start("title") if "title" in match.groupdict() else match.start()
        if any(s <= start < e for s, e in taken) or matcher.find(match.group(0)):
            continue
        title = (match.groupdict().get("title") or match.group(0)).strip()
        if _NOT_GUIDANCE.search(title):
            continue  # "see the Care Act (2014)": law, the legislation extractor's
        after = _YEAR_AFTER.match(text[match.end():])
        year = match.groupdict().get("year") or (after["year"] if after else None)
        cites.append(_Cite(_slug(title), title, None, int(year) if year else None, pid, start, match.end()))
        taken.append((start, match.end()))
    return cites


def _aggregate(cites: list[_Cite], nations: dict[str, set[str]]) -> list[GuidanceRef]:
    """One reference per guidance id: first title and publisher, latest edition year cited."""
    grouped: dict[str, list[_Cite]] = {}
    for cite in cites:
        grouped.setdefault(cite.id, []).append(cite)
    refs = []
    for guidance_id, group in grouped.items():
        passages = tuple(dict.fromkeys(c.passage_id for c in group))
        years = [c.year for c in group if c.year]
        publisher = next((c.publisher for c in group if c.publisher), None)
        places = sorted({n for p in passages for n in nations.get(p, ())})
        refs.append(GuidanceRef(guidance_id, group[0].title, publisher, max(years) if years else None,
                                passages, tuple(places)))
    return refs
