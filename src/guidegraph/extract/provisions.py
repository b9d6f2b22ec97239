"""The words of a legal citation, read without the catalog.

Provisions as guidance writes them ("section 47", "s.17 and 47", "ss. 10 and 11", "Article 8[2]",
"Schedule 2 and 3", "Sections 59-66", "Section 201(3)(d)", "Part V"); instrument titles
("<Capitalised Words> Act 1998", "... (Northern Ireland) Order 1995"); and the cleaned text they
are read in (markup removed, offsets kept). Anaphors ("the same Act", "the 1989 Act") are read by
`anaphors`, many literals in one scan by `literals`. Which instrument a provision or an anaphor
belongs to is decided by `legal_context`; which catalog entry a title names, by `legislation`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Spelling -> provision type. "s" and "ss" are the usual abbreviations of section(s), "§" and "§§"
# the sign for them.
_TYPES = {
    "section": "section", "sections": "section", "s": "section", "ss": "section", "sec": "section",
    "§": "section", "§§": "section",
    "article": "article", "articles": "article", "art": "article", "arts": "article",
    "schedule": "schedule", "schedules": "schedule", "sch": "schedule", "sched": "schedule",
    "part": "part", "parts": "part",
    "regulation": "regulation", "regulations": "regulation", "reg": "regulation", "regs": "regulation",
    "direction": "direction", "directions": "direction",
}  # fmt: skip

_WORD_KEYWORD = (
    r"(?:[Ss]ections?|SECTIONS?|[Ss]ecs?\.|[Aa]rticles?|ARTICLES?|Arts?(?:\.|(?=\s?\d))|[Ss]chedules?|SCHEDULES?"
    r"|Sch(?:ed)?(?:\.|(?=\s?\d))|[Pp]arts?|PARTS?|[Rr]egulations?|[Rr]egs?\.|[Dd]irections?)"
)
# "s17", "s.47", "S17", "ss. 10", "§ 47": only directly before a digit, never inside a word ("KS2").
_SHORT_KEYWORD = r"(?<![\w'.])(?:ss?|S|§§?)\.?(?=\s?\d)"
_KEYWORD = rf"(?:{_WORD_KEYWORD}|{_SHORT_KEYWORD})"
# A number: 47, 16F, 201(3)(d), 8[2], 434 (4), V. "8.31" is a paragraph of a guidance document,
# never a provision of legislation, so a number followed by ".<digit>" is refused.
_SUB = r"(?:\s?[\(\[](?:\d{1,3}[A-Z]?|[a-z]{1,4})[\)\]])"
_NUMBER = rf"(?:\d{{1,4}}(?!\d)(?![.,]\d)[A-Z]{{0,2}}(?![\w]){_SUB}*|[IVX]{{1,5}}(?![\w]))"
# "Parts 4 (named person) and 5 (child's plan)": a few words naming the provision, in brackets.
_GLOSS = r"(?:\s\((?=[a-z])[a-z][a-z'’ -]{1,30}\))"
# "47(9) to (11)": a range of subsections of one section.
_SUB_END = r"(?:(?<=\)\sto\s)|(?<=\)[-–—]))\(\d{1,3}[A-Z]?\)"
_SPAN = rf"{_NUMBER}(?:\s?(?:-|–|—|\bto\b)\s?(?:{_NUMBER}|{_SUB_END}))?"
_RANGE = rf"{_SPAN}{_GLOSS}?"
_JOIN = r"(?:\s?(?:,|and|&|or)\s?)"
# No look-behind first, so the engine can skip to the keywords' letters; see `find_provisions`.
# The look-ahead for those letters (every keyword starts with one) rejects most positions at once.
# "Article 6(1)(c) and (e)": a sub-paragraph alone after a join is one more of the same article.
_PROVISION = re.compile(
    rf"(?=[AaDdPpRrSs§])(?P<kw>{_KEYWORD})\s*(?P<numbers>{_RANGE}(?:{_JOIN}(?:(?:{_KEYWORD}\s*)?{_RANGE}|{_SUB}+))*)"
)
# "Sch 1 para 18", "Schedule 1, Part 2, paragraph 18", "paragraph 18 of Schedule 1": a schedule's
# paragraph is the provision, addressed as legislation.gov.uk does (schedule/1/paragraph/18; the
# Part of the schedule is no part of the address).
_PARA_NUMBER = r"\d{1,3}[A-Z]?(?![.,]?\d)(?:\(\w{1,4}\))*"  # "18", "18(1)(b)"; never "4.2"
_PARA = rf"(?<!\w)para(?:graph)?\.?\s*(?P<para>{_PARA_NUMBER})"
# The Part may be abbreviated, as slides and tables do: "Sch.1 Pt 2 para 18".
_PARAGRAPH_AFTER = re.compile(rf"[\s,]*(?:(?:part|pt\.?)\s*(?:\d{{1,2}}|[IVX]{{1,4}})[\s,]*)?{_PARA}", re.IGNORECASE)
# ... and before it, the Part between them or not: "paragraph 18 of Part 2 of Schedule 1".
_PARAGRAPH_BEFORE = re.compile(rf"{_PARA}\s+(?:of|to|in)\s+(?:the\s+)?"
                               rf"(?:(?:part|pt\.?)\s*(?:\d{{1,2}}|[IVX]{{1,4}})\s+(?:of|to|in)\s+(?:the\s+)?)?$",
                               re.IGNORECASE)
# "in particular paragraph 18", "paragraphs 6 and 18": paragraphs written without their schedule.
_LONE_PARAGRAPHS = re.compile(
    rf"(?<!\w)para(?:graph)?s?\.?\s*(?P<numbers>{_PARA_NUMBER}(?:\s?(?:,|and|or|&)\s?{_PARA_NUMBER})*)", re.IGNORECASE)
_ITEM = re.compile(rf"(?P<kw>{_KEYWORD})?\s*(?P<number>{_SPAN})|(?P<sub>(?<![\w)\]]){_SUB}+)")
_NORMALISE = str.maketrans({"[": "(", "]": ")", "–": "-", "—": "-"})

# Words that mark a number as a part of a guidance document rather than of legislation.
_DOCUMENT_WORDS = re.compile(
    r"\b(?:guidance|guide|chapter|paragraph|pararaph|appendix|annex|page|pages|this document|"
    r"protocol|procedures?|handbook|toolkit|below|above)\b",
    re.IGNORECASE,
)
_SEE_BEFORE = re.compile(r"\bsee\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]\s")
# "of <something>" straight after a provision says whose provision it is.
_OF_AFTER = re.compile(r"\s*(?:of|in)\s+\S", re.IGNORECASE)
# "Schedule 1, paragraph 18 of the DPA 2018": a schedule's paragraph, read as part of the schedule.
_PARAGRAPH = r"(?:[\s,]*(?:para(?:graph)?s?\.?)\s*\d{1,3}[A-Z]?(?:\(\w{1,4}\))*)?"
# "the section 29 exemption of the Data Protection Act 1998", "section 47 enquiries under the
# Children Act 1989": what the provision gives, named between it and its Act.
_WHAT_IT_GIVES = (r"(?:(?:duty|duties|power|powers|exemption|exception|enquiry|enquiries|gateway|condition"
                  r"|notice|requirement|test)[\"'’”]?\s+(?=of\b|in\b|under\b))?")
_GAP_AFTER = re.compile(rf"^{_PARAGRAPH}[\"'’”]?[\s,]*{_WHAT_IT_GIVES}(?:(?:of|in|into|under|to|from)\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
_BETWEEN_PROVISIONS = re.compile(rf"^{_PARAGRAPH}[\s,]*$", re.IGNORECASE)
_GAP_BEFORE = re.compile(r"^[\s,:(\[-]*$")


@dataclass(frozen=True)
class ProvisionMention:
    """Provisions read from one run of text: "Sections 17 and 47" gives two items."""

    start: int
    end: int
    items: tuple[tuple[str, str], ...]  # (type, number) in order
    parenthesised: bool  # the whole mention sits alone in brackets: "(Section 2)"

    @property
    def types(self) -> frozenset[str]:
        return frozenset(kind for kind, _ in self.items)


def normalise_number(number: str) -> str:
    """One spelling per provision: "434 (4)" -> "434(4)", "8[2]" -> "8(2)", "59 – 66" -> "59-66"."""
    number = number.translate(_NORMALISE)
    number = re.sub(r"\s*\bto\b\s*", "-", number)
    number = re.sub(r"\s+", "", number)
    # "47(9)-(11)" is "47(9)-47(11)": the end of the range is a subsection of the same section
    return re.sub(r"^(\d+[A-Z]{0,2})(\(.*)-(?=\()", r"\1\2-\1", number)


def provision_type(keyword: str) -> str:
    """The provision type a keyword spells: "s." -> section, "Arts." -> article."""
    return _TYPES[keyword.lower().rstrip(".")]


def find_provisions(text: str) -> list[ProvisionMention]:
    """Every provision mention in cleaned text, in order."""
    mentions, pos = [], 0
    while (match := _PROVISION.search(text, pos)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1  # inside a word ("Subsection 4", "KS2"): not a keyword
            continue
        if _school_year(match, text):
            pos = match.end()
            continue
        if _TITLE_YEAR.match(match[0]):  # the end of a title, not a list of regulations that opens with 2005
            pos = start + len("Regulations")
            continue
        mention = _mention(match, text)
        while mentions and mentions[-1].start >= mention.start:  # "Part 2" of "paragraph 18 of Part 2 of Schedule 1"
            mentions.pop()
        mentions.append(mention)
        pos = mention.end
    return mentions


# "The Education (Pupil Information) (England) Regulations 2005, regulation 9": the title's "Regulations" and
# its year would read as a list ("regulations 2005 and 9") that swallows the regulation named after it.
_TITLE_YEAR = re.compile(r"Regulations\s(?:1[89]|20)\d\d(?!\d)")


# Scotland's school years, "P1" to "P7" in primary and "S1" to "S6" in secondary, written as "s3" is:
# a year group when ranged with another ("from P7 to S3", "S4-S6") or naming pupils ("S3 pupils").
_SCHOOL_YEARS = re.compile(r"\b[PS][1-7]\s?(?:to|-|–|and|or)\s?S[1-6]\b|\bS[1-6]\s?(?:to|-|–|and|or)\s?[PS][1-7]\b"
                           r"|\bS[1-6]\s(?:pupils?|students?|class(?:es)?|boarders?|girls|boys|year)\b")


def _school_year(match: re.Match[str], text: str) -> bool:
    """A capital "S" and one digit, no stop or space between them, inside a range of school years."""
    if match["kw"] != "S" or not re.match(r"[1-6](?![\d(])", match["numbers"]):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return any(year.start() <= match.start() < year.end()
               for year in _SCHOOL_YEARS.finditer(text, line_start, text.find("\n", match.end()) % (len(text) + 1)))


def _mention(match: re.Match[str], text: str) -> ProvisionMention:
    items: list[tuple[str, str]] = []
    kind = provision_type(match["kw"])
    for item in _ITEM.finditer(match["numbers"]):
        if item["sub"]:
            if items:  # "6(1)(c) and (e)": the last number with its last part replaced
                base = re.sub(r"\([^()]*\)$", "", items[-1][1])
                items.append((items[-1][0], base + normalise_number(item["sub"])))
            continue
        if item["kw"]:
            kind = provision_type(item["kw"])
        items.append((kind, normalise_number(item["number"])))
    start, end = match.span()
    schedule = [number for kind, number in items if kind == "schedule"]
    if len(schedule) == 1 and items[0][0] == "schedule" and len(items) <= 2 and "-" not in schedule[0]:
        start, end, items = _schedule_paragraph(text, start, end, items, schedule[0])
    bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
    return ProvisionMention(start, end, tuple(items), bracketed)


def _schedule_paragraph(text: str, start: int, end: int, items: list[tuple[str, str]],
                        schedule: str) -> tuple[int, int, list[tuple[str, str]]]:
    """A schedule's paragraph written after it or before it, as the one provision."""
    after = _PARAGRAPH_AFTER.match(text, end)
    if after is not None:
        return start, after.end(), [("schedule", f"{schedule} paragraph {normalise_number(after['para'])}")]
    before = _PARAGRAPH_BEFORE.search(text, max(0, start - 50), start)
    if before is not None and len(items) == 1:
        return before.start(), end, [("schedule", f"{schedule} paragraph {normalise_number(before['para'])}")]
    return start, end, items


def find_paragraphs(text: str) -> list[ProvisionMention]:
    """Every "paragraph N" of a text, whoever's it is (a schedule's, or a guidance document's)."""
    return [ProvisionMention(m.start(), m.end(), tuple(("paragraph", normalise_number(n))
                                                     for n in re.findall(_PARA_NUMBER, m["numbers"])), False)
            for m in _LONE_PARAGRAPHS.finditer(text)]


def connects_after(text: str, provision_end: int, instrument_start: int) -> bool:
    """'Section 11 [of the] Children Act 2004': nothing but a connective between the two. A line
    break parts the items of a list, and no provision reaches across it to the next item's Act."""
    gap = text[provision_end:instrument_start]
    return instrument_start >= provision_end and "\n" not in gap and bool(_GAP_AFTER.match(gap))


def runs_on(text: str, provision_end: int, next_start: int) -> bool:
    """'Schedule 1, Part 2, paragraph 18 of ...': one provision written inside another."""
    gap = text[provision_end:next_start]
    return next_start >= provision_end and "\n" not in gap and bool(_BETWEEN_PROVISIONS.match(gap))


def connects_before(text: str, instrument_end: int, provision_start: int) -> bool:
    """'The Crime and Disorder Act 1998 Section 115', 'Children Act 1989 (s.47)'."""
    gap = text[instrument_end:provision_start]
    return provision_start >= instrument_end and "\n" not in gap and bool(_GAP_BEFORE.match(gap))


def belongs_elsewhere(text: str, mention: ProvisionMention) -> bool:
    """True for 'section 4 of this guidance': an 'of ...' that names no instrument we know.

    The caller asks this only after no instrument was found right after the provision.
    """
    return bool(_OF_AFTER.match(text, mention.end))


def near_document_words(text: str, mention: ProvisionMention, sentence_start: int) -> bool:
    """A number beside 'guidance', 'chapter', 'see', ... is a cross-reference, not a citation."""
    before = text[max(sentence_start, mention.start - 40) : mention.start]
    # after it, only up to the clause's end: in "requests under section 16H, in line with paragraph
    # 86 above" the paragraph is the guidance's, the section the Act's
    after = _CLAUSE_END.split(text[mention.end : mention.end + 25], maxsplit=1)[0]
    return bool(_DOCUMENT_WORDS.search(before) or _DOCUMENT_WORDS.search(after) or _SEE_BEFORE.search(before))


def number_key(kind: str, number: str) -> str:
    """The key of implied phrases that hold a provision: 'section 47'."""
    return f"{kind} {number.lower()}"


# ---------------------------------------------------------------------------------------------
# Cleaned text: what the recognisers read, with offsets back to the text as written.

_MARKUP = re.compile(
    r"(?P<drop>\\(?=[^\w\s])|\]\((?:[^()\s]|\([^()\s]*\))*\)|\[(?=[^\[\]\n]*\]\()|\*\*|__"
    r"|</?(?:b|i|u|em|strong|sup|sub|span|a)\b[^>]*>|[ \u2009]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(?P<space>\s{2,}|[^\S \n])"
)  # a footnote mark ("1989³", "harm ²") is no part of a number or word
_CHARS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"))
_NEEDS_CLEANING = re.compile(r"[\\\[*_<\t\r\f\v\u00a0⁰¹²³⁴⁵⁶⁷⁸⁹]|\s\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(\[])|\n")


class CleanText:
    """Text without markdown links, escapes, emphasis and tags, whitespace collapsed.

    Guidance converted from PDF or HTML keeps "[Section 82](#)", "\\(", "<b>" and runs of
    spaces; the recognisers should not have to know. `span` maps a match back to the original.
    """

    def __init__(self, raw: str) -> None:
        parts: list[str] = []
        self._starts: list[int] = []  # clean offset where each kept piece starts
        self._origins: list[int] = []  # its offset in the raw text
        kept, pos = 0, 0
        matches = _MARKUP.finditer(raw) if _NEEDS_CLEANING.search(raw) else ()
        for match in matches:
            for piece, origin in ((raw[pos : match.start()], pos), (self._space(match), match.start())):
                if piece:
                    parts.append(piece)
                    self._starts.append(kept)
                    self._origins.append(origin)
                    kept += len(piece)
            pos = match.end()
        parts.append(raw[pos:])
        self._starts.append(kept)
        self._origins.append(pos)
        self.text = "".join(parts)
        for char, plain in _CHARS:  # str.replace: str.translate looks every character up, 20x slower
            self.text = self.text.replace(char, plain)
        self._sentences = [0] + [m.end() for m in _SENTENCE.finditer(self.text)]

    @staticmethod
    def _space(match: re.Match[str]) -> str:
        if match["space"] is None:
            return ""
        return "\n" if "\n" in match["space"] else " "

    def original(self, offset: int) -> int:
        index = bisect_right(self._starts, offset) - 1
        return self._origins[index] + offset - self._starts[index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the raw text of the clean span [start, end)."""
        return self.original(start), self.original(end - 1) + 1

    def sentence_start(self, offset: int) -> int:
        return self._sentences[bisect_right(self._sentences, offset) - 1]


# ---------------------------------------------------------------------------------------------
# Instrument titles and literal matching

# A minister's statutory directions are made under an Act, but as no SI: legislation.gov.uk has no
# type for them.
DIRECTIONS_TYPE = "uncatalogued"
YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
TITLE_ENDINGS = ("Act", "ACT", "Regulations", "REGULATIONS", "Order", "Rules", "Measure", "Directions")
# Words a title never starts with, though a sentence may put them before it ("Under Human ...").
_LEADING_WORDS = frozenset(
    "the this that these those under see in of by and or as an a for from with both also same said "
    "each any such our its their all where when if following including section sections part "
    "schedule article chapter regulation".split()
)
# An order or regulations made under an Act carry its title: "Rehabilitation of Offenders Act 1974
# (Exceptions) Order 1975", "Police Act 1997 (Criminal Records) Regulations 2002". The Act's year,
# before the bracket, is a word of the instrument's title.
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|\([A-Z][^()\n]{0,60}\)|(?<=Act\s)(?:1[6-9]|20)\d\d(?=\s\([A-Z]))"
NAMED_AFTER_ACT = re.compile(r"\bAct\s(?:1[6-9]|20)\d\d\s\(")
TITLE = rf"{_TITLE_WORD}(?:,?\s(?:(?:and|of|for|to|with|on|in|&)\s)?{_TITLE_WORD})*"
# A title is found from its last word ("Act", "Regulations", ...) back, which is fast: few
# passages hold one, and only the 160 characters before it are read for the title words.
_TITLE_END = re.compile(r"(?P<kind>Act|ACT|Regulations|REGULATIONS|Order|Rules|Measure|Directions)(?![\w'’-])")
_TITLE_BEFORE = re.compile(rf"(?<![\w(])(?P<title>{TITLE})\s$")
# "Act 2014", "Act (2014)", and Northern Ireland's "Act (Northern Ireland) 2011".
_YEAR_AFTER = re.compile(
    r"(?P<nation>\s\((?:Northern Ireland|Scotland|Wales)\))?\s(?:\((?P<bracketed>(?:1[6-9]|20)\d\d)\)"
    r"|(?P<year>(?:1[6-9]|20)\d\d))(?!\d)"
)
_NOT_A_TITLE_AFTER = re.compile(r"\s(?:\d|of\sParliament)|'s\b")
EU_REGULATION = re.compile(
    r"Regulation\s\((?P<org>EU|EC|EEC)\)\s(?:No\.?\s)?(?P<a>\d{1,4})/(?P<b>\d{1,4})(?!\d)"
)
# Treaty titles say "of the" ("... on the Rights of the Child"), which Act titles rarely do.
_TREATY_TITLE = rf"{_TITLE_WORD}(?:,?\s(?:of\sthe\s|(?:and|of|for|to|with|on|in|&)\s)?{_TITLE_WORD})*"
TREATY = re.compile(rf"(?:(?:United\sNations|UN|European)\s)?Convention\s(?:on|for)\s(?:the\s)?{_TREATY_TITLE}")
SI_NUMBER = re.compile(r"S\.?\s?I\.?\s(?P<year>(?:19|20)\d\d)/(?P<number>\d{1,5})(?!\d)")


@dataclass(frozen=True)
class Title:
    """'<Capitalised Words> Act [year]' as written: the words, the kind, the year if any."""

    start: int
    end: int
    words: str
    kind: str  # Act, Regulations, Order, Rules, Measure, Directions
    year: int | None
    nation: str = ""  # " (Northern Ireland)" between kind and year

    @property
    def written(self) -> str:
        """The title as the statute book writes it: 'Safeguarding Board Act (Northern Ireland) 2011',
        'Children and Young People (Scotland) Act 2014' (Scottish and Welsh titles name the nation
        before the kind, so 'Act (Scotland) 2014' as some guidance writes it reads as the same Act)."""
        year = f" {self.year}" if self.year else ""
        if self.nation.strip() in ("(Scotland)", "(Wales)") and self.nation.strip() not in self.words:
            return f"{self.words}{self.nation} {self.kind}{year}"
        return f"{self.words} {self.kind}{self.nation}{year}"


def find_titles(text: str) -> list[Title]:
    """Every '<Capitalised Words> Act|Regulations|Order|Rules [year]' of a text; Acts may lack a year."""
    titles = []
    for end_word in _TITLE_END.finditer(text):
        if not text[end_word.start() - 1 : end_word.start()].isspace():
            continue
        found = _TITLE_BEFORE.search(text, max(0, end_word.start() - 160), end_word.start())
        if found is None:
            continue
        start, words = _strip_leading(found.start("title"), found["title"])
        year = _YEAR_AFTER.match(text, end_word.end())
        kind = end_word["kind"].capitalize()
        if words and year:
            number = int(year["year"] or year["bracketed"])
            titles.append(Title(start, year.end(), words, kind, number, year["nation"] or ""))
        elif words and kind == "Act" and not _NOT_A_TITLE_AFTER.match(text, end_word.end()):
            titles.append(Title(start, end_word.end(), words, kind, None))
    return titles


def _strip_leading(start: int, title: str) -> tuple[int, str]:
    """Drop sentence words before a title: 'Under Human Rights' -> 'Human Rights'."""
    while title:
        head, _, rest = title.partition(" ")
        if head.lower() not in _LEADING_WORDS:
            break
        start, title = start + len(head) + 1, rest
    return start, title


def guess_type(title: str, kind: str, year: int) -> str:
    """legislation.gov.uk type of an uncatalogued instrument, from its name and year."""
    nation = next((n for n in ("Scotland", "Wales", "Northern Ireland") if f"({n})" in title), None)
    if kind == "Act":
        devolved = {"Scotland": ("asp", 1999), "Wales": ("anaw", 2012), "Northern Ireland": ("nia", 2000)}
        if nation and year >= devolved[nation][1]:
            return "asc" if nation == "Wales" and year >= 2020 else devolved[nation][0]
        return "ukpga"
    if kind == "Measure":
        return "mwa"  # Measures of the National Assembly for Wales, 2008-2011
    if kind == "Directions":
        return DIRECTIONS_TYPE
    if kind == "Order" and nation == "Northern Ireland":
        return "uksi"  # Northern Ireland Orders in Council are made as UK statutory instruments
    return {"Scotland": "ssi", "Wales": "wsi", "Northern Ireland": "nisr"}.get(nation or "", "uksi")


def eu_id(match: re.Match[str]) -> str:
    """legislation.gov.uk id of an EU regulation: 2016/679 and the older No 1234/2007 style."""
    a, b = match["a"], match["b"]
    year, number = (a, b) if len(a) == 4 and len(b) != 4 else (b, a) if len(b) == 4 else (a, b)
    return f"eur/{year}/{number}"
