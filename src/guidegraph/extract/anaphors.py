"""Anaphors: "the Act", "that Act", "the same Act", "the 1989 Act", "the Convention", "this scheme",
"that law": an instrument referred back to. Which one it is, `legal_context` decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guidegraph.extract.literals import word_finditer

_ANAPHORS = re.compile(
    r"(?P<det>[Tt]he\s+same|[Tt]hat|[Tt]he\s+said|[Tt]his|[Tt]he)\s+(?:(?P<year>(?:1[89]|20)\d\d)\s+)?"
    r"(?P<noun>Act|Regulations|Regulation|Order|Convention|[Ss]cheme|section|law)(?![\w-])"
    r"(?!\s+of\s+Parliament)"
)
_ANAPHOR_NOUNS = ("Act", "Regulation", "Order", "Convention", "cheme", "section", " law")
# The noun says what kind of instrument the anaphor stands for (a family of `legal_records.Basis`).
_ANAPHOR_FAMILY = {"Act": "act", "Regulations": "si", "Regulation": "eu", "Order": "si",
                   "Convention": "treaty", "scheme": "scheme", "Scheme": "scheme", "section": "section",
                   "law": "act"}


@dataclass(frozen=True)
class Anaphor:
    """An instrument referred back to: its family, and how to find it (recent, topic, year:1989)."""

    start: int
    end: int
    family: str
    how: str


def find_anaphors(text: str) -> list[Anaphor]:
    """Every anaphor of a text; "section" only as "this section"."""
    if not any(noun in text for noun in _ANAPHOR_NOUNS):
        return []
    anaphors = []
    for match in word_finditer(_ANAPHORS, text):
        det, noun = match["det"].lower().split()[-1], match["noun"]
        if noun == "section" and det != "this":
            continue
        if noun == "law" and det not in ("that", "same", "said"):
            continue  # "the law" is law in general; "that law", as plain English says "that Act", is the last named
        how = "recent" if det in ("same", "that", "said") else "topic"  # "that Act": the last named
        how = f"year:{match['year']}" if match["year"] else how
        anaphors.append(Anaphor(match.start(), match.end(), _ANAPHOR_FAMILY[noun], how))
    return anaphors
