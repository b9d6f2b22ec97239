"""Passages specific to one nation of the UK: "In Scotland, see:", "applies in England only", ...

A lead-in names the nation ("In Wales, see chapter 14 ...", "For Northern Ireland:"); when it
introduces a list ("... see:"), the list's passages are that nation's too. A section headed by a
nation's name ("Scotland", "Guidance in Wales") is that nation's throughout.
"""

from __future__ import annotations

import re

from guidegraph.model import NationPassage, Passage, SegmentedDocument

_NATION = r"england(?:\s+and\s+wales)?|wales|scotland|northern\s+ireland|the\s+uk|united\s+kingdom"
_LEAD_IN = re.compile(rf"^(?:in|for|within|across)\s+(?P<n>{_NATION})\b", re.IGNORECASE)
_ONLY = re.compile(  # the look-aheads for the verbs' first letters reject most positions at once
    rf"(?=[are])\b(?:appl(?:y|ies)|applicable|relevant|extends?)\s+(?:only\s+)?(?:in|to)\s+(?P<n>{_NATION})\s+only\b"
    rf"|(?=[are])\b(?:appl(?:y|ies)|applicable|relevant|extends?)\s+only\s+(?:in|to)\s+(?P<m>{_NATION})\b",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(rf"\((?P<n>{_NATION})\)", re.IGNORECASE)
_HEADING = re.compile(
    rf"^(?:(?:guidance|law|legislation|procedures?)\s+(?:in|for)\s+|(?:in|for)\s+)?(?P<n>{_NATION})"
    r"(?:\s+(?:guidance|only|procedures?|law|legislation|context))?\s*:?$",
    re.IGNORECASE,
)
_OPENING_WORDS = 12


def jurisdictions_named(phrase: str) -> tuple[str, ...]:
    """"England and Wales" -> ("england", "wales"); "Northern Ireland" -> ("northern-ireland",)."""
    words = " ".join(phrase.lower().split())
    if words.startswith("england and wales"):
        return ("england", "wales")
    if words in ("the uk", "united kingdom"):
        return ("uk",)
    return (words.replace(" ", "-"),)


def find_nations(doc: SegmentedDocument) -> list[NationPassage]:
    """Each passage specific to a nation, with that nation (a passage may name two)."""
    by_section = _nation_sections(doc)
    found: dict[tuple[str, str], None] = {}
    passages = doc.passages
    for i, passage in enumerate(passages):
        nations = _named_by(passage) or by_section.get(passage.section or "", ())
        for nation in nations:
            found[(passage.id, nation)] = None
            if passage.text.rstrip().endswith(":"):
                for listed in _introduced(passages, i):
                    found[(listed.id, nation)] = None
    order = {p.id: p.ordinal for p in passages}
    return [NationPassage(pid, nation) for pid, nation in sorted(found, key=lambda k: (order[k[0]], k[1]))]


def _named_by(passage: Passage) -> tuple[str, ...]:
    """Nations a passage's own words single out: its lead-in, an "only", an opening "(Wales)"."""
    text = passage.text.strip()
    match = _LEAD_IN.match(text)
    if match is None:
        match = _ONLY.search(text)
    if match is None:
        opening = " ".join(text.split()[:_OPENING_WORDS])
        match = _PARENTHESIS.search(opening)
    if match is None:
        return ()
    return jurisdictions_named(next(v for v in match.groupdict().values() if v))


def _introduced(passages: tuple[Passage, ...], i: int) -> list[Passage]:
    """The list passages right after a lead-in that ends with a colon."""
    listed = []
    for passage in passages[i + 1:]:
        if passage.kind not in ("item", "list") or passage.section != passages[i].section:
            break
        if passage.kind == "list" and _has_lead_in(passage):
            break  # a list with a lead-in of its own belongs to that lead-in
        listed.append(passage)
    return listed


def _has_lead_in(passage: Passage) -> bool:
    return bool(passage.items) and not passage.text.lstrip().startswith(passage.items[0][:30])


def _nation_sections(doc: SegmentedDocument) -> dict[str, tuple[str, ...]]:
    """Sections (and their subsections) headed by a nation's name."""
    nations: dict[str, tuple[str, ...]] = {}
    for section in sorted(doc.sections, key=lambda s: s.ordinal):
        match = _HEADING.match(section.title.strip())
        if match:
            nations[section.id] = jurisdictions_named(match.group("n"))
        elif section.parent in nations:
            nations[section.id] = nations[section.parent]
    return nations
