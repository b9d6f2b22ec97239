"""Tests on a line's text that the assembler decides by, and the measure of hard-wrapped text:
its wrap width, and whether its paragraphs stand apart with blank lines."""

from __future__ import annotations

import re

from .lines import _Line

_SHORTENED_WORDS = 3  # a contents entry this long at least may name a heading by its first words

TERMINAL = ".!?:;"
FULL_LINE = 0.9  # of the wrap width: a line this long ends where the wrap, not the writer, ended it
UNPARTED_SHARE = 10  # one paragraph's end with no blank line to this many with one: parted by blanks

LABEL = re.compile(r"^[A-Z][\w’' ]{0,30}:\s")  # "In fact: ...", "Learning: ...": a labelled paragraph
# Headings over a list of references: two titles in a row under one are entries.
REFERENCES = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:further\s+(?:reading|information|guidance)|references"
                        r"|useful\s+(?:links|resources|documents|reading)|related\s+(?:documents|guidance|links|policies)"
                        r"|see\s+also|other\s+guidance|bibliography)\s*:?$", re.I)
URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
PROVISION_GLOSS = re.compile(
    r"^(?:sections?|s\.?|ss\.?|articles?|art\.|regulations?|reg\.|schedules?|sch\.|parts?)\s*\d+[A-Z]?(?:\(\w+\))*"
    r"\s*[–—:-]\s+[a-z]", re.IGNORECASE)
# a table's or figure's caption, "Table 2: Myths and facts", "Figure 1 – The referral route": it leads
# into its table, heading no section of the text
CAPTION = re.compile(r"^(?:table|figure|fig\.|chart|diagram)\s+\d{1,3}[a-z]?\s*[:.–—-]\s+\S", re.IGNORECASE)
# a UK telephone number: "0800 1111", "0300 123 4567", "07700 900 123"
PHONE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{3}\s\d{4}\b")


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (closing quotes aside)."""
    stripped = text.rstrip("\"'”’)]*")
    return bool(stripped) and stripped[-1] in TERMINAL


def all_caps(text: str) -> bool:
    if " " not in text.strip():
        return False
    letters = 0
    for c in text:  # stops at the first lower-case letter: long paragraphs are not read through
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 4


def starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def said(line: _Line) -> str:
    """A line's words, its number aside, for telling that two lines say the same (a contents entry
    and its heading "1. Introduction")."""
    return " ".join(re.findall(r"\w+", re.sub(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+", "", line.text.lower())))


def said_at(lines: list[_Line]) -> dict[str, list[int]]:
    """Where each thing is said, as `said` words it, by a heading, a line of text or a numbered one."""
    found: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.kind in ("md", "text", "numbered"):
            found.setdefault(said(line), []).append(i)
    return found


def named_elsewhere(entry: str, i: int, places: dict[str, list[int]]) -> bool:
    """A contents entry (at line i) says what another line says, or begins it (a heading cut short
    in a newsletter's contents: "Case study: Baby T" for "Case study: Baby T, aged seven weeks")."""
    if any(j != i for j in places.get(entry, ())):
        return True
    return len(entry.split()) >= _SHORTENED_WORDS and any(
        heading.startswith(entry + " ") and any(j != i for j in at) for heading, at in places.items())


def number_level(number: str) -> int:
    return 2 + number.count(".")


def wrap_width(lines: list[_Line]) -> int:
    """The line width of hard-wrapped text (PDF, e-mail), or 0 when lines are whole paragraphs."""
    texts = [line.text for line in lines if line.kind == "text"]
    if len(texts) < 8:
        return 0
    width = sorted(len(text) for text in texts)[len(texts) * 9 // 10]
    runs_on = sum(not ends_sentence(a.text) and starts_lower(b.text)
                  for a, b in zip(lines, lines[1:], strict=False) if a.kind == b.kind == "text")
    return width if 30 <= width <= 110 and runs_on >= len(texts) // 8 else 0


def parted_by_blank_lines(lines: list[_Line], wrap: int) -> bool:
    """Hard-wrapped text whose paragraphs stand apart with blank lines: a short line ending a
    sentence right over the next sentence (a paragraph's end with no blank line) is rare in it."""
    parted = sum(a.kind == "blank" and b.kind in ("text", "numbered") for a, b in zip(lines, lines[1:], strict=False))
    unparted = sum(a.kind in ("text", "numbered") and b.kind == "text" and len(a.raw) < FULL_LINE * wrap
                   and ends_sentence(a.text) and b.text[:1].isupper() and not LABEL.match(b.text)
                   for a, b in zip(lines, lines[1:], strict=False))
    return unparted * UNPARTED_SHARE <= parted
