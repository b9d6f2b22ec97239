"""One principle referred to by its number, outside the list of its set: "the seventh Caldicott
principle", "golden rule 3", "principle 4 of the Caldicott principles", "principle 4 (seek advice)".

The set's own short names ("golden rules", "Caldicott principles") are read in three shapes; a
name in brackets says which principle it is, whatever number the edition gives it; and where the
document lists the set, "rule N" is its own Nth item (the 2024 golden rules put "seek advice" 4th).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from guidegraph.extract.principle_align import PrincipleSet, contains, normalise
from guidegraph.extract.principles import _NUMBER, find_principles, load_principle_sets
from guidegraph.model import PrincipleMention, PrincipleStatement, SegmentedDocument

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_COUNT = r"(?:(?:" + _NUMBER + r")\s+)?"
_NOUNS = ("rule", "principle", "question")
# What every reference holds: a rule, principle or question, and a number or an ordinal.
_CUE = re.compile(r"\b(?:rule|principle|question)s?\b", re.I)
_NUMBERED = re.compile(rf"\d|\b(?:{_ORDINAL})\b", re.I)
# "principle 4 (seek advice)": the number and the rule's name in brackets, whatever set it is of
_NAMED_NUMBER = re.compile(r"\b(?P<noun>rule|principle)\s+(?P<n>\d{1,2})\s*\((?P<name>[^()]{3,120})\)", re.I)


def find_principle_mentions(
    doc: SegmentedDocument, sets: Sequence[PrincipleSet] | None = None,
    statements: Sequence[PrincipleStatement] | None = None,
) -> list[PrincipleMention]:
    """Every passage that refers to one principle of a known set by its number or ordinal, outside
    the set's own list (each listed principle is a statement of it already: `statements`, found
    here when not given)."""
    sets = tuple(sets) if sets is not None else load_principle_sets()
    if statements is None:
        statements = find_principles(doc, sets)[0]
    listed = {(s.passage_id, s.set_id) for s in statements}
    concepts = _listed_order(sets, statements)
    found: dict[tuple[str, str, int], PrincipleMention] = {}
    for passage in doc.passages:
        text = passage.text
        for set_id, number, span in _mentions(text, sets, concepts):
            key = (passage.id, set_id, number)
            if (passage.id, set_id) not in listed and key not in found:
                found[key] = PrincipleMention(set_id, number, text[span[0]:span[1]], doc.meta.slug, passage.id,
                                              passage.line_start)
    return list(found.values())


def _listed_order(sets: Sequence[PrincipleSet], statements: Sequence[PrincipleStatement]) -> dict[str, list[int]]:
    """For each set the document lists, the principle its Nth listed item states: "golden rule 4"
    of a document that lists the 2024 rules, with "seek advice" fourth, is the "seek advice" rule."""
    sizes = {s.id: len(s.rules) for s in sets}
    order: dict[str, list[int]] = {}
    for statement in statements:
        listed = order.setdefault(statement.set_id, [])
        if len(listed) < sizes.get(statement.set_id, 0):
            listed.append(statement.number)
    return order


def _mentions(text: str, sets: Sequence[PrincipleSet],
              concepts: dict[str, list[int]]) -> Iterator[tuple[str, int, tuple[int, int]]]:
    if not (_CUE.search(text) and _NUMBERED.search(text)):
        return  # most passages name no rule or principle with a number: one quick look each
    named_spans = []
    for match in _NAMED_NUMBER.finditer(text):
        # the name in brackets says which principle it is, whatever number the edition gives it
        name, n = normalise(match["name"]), int(match["n"])
        fits = {(s.id, r.number): max(len(k.split()) for k in r.keywords if contains(name, k) or contains(k, name))
                for s in sets for r in s.rules if any(contains(name, k) or contains(k, name) for k in r.keywords)}
        numbered = [key for key in fits if key[1] == n]  # "principle 8 (inform patients ...)": the name fits rule 8
        best = max(fits.values(), default=0)
        named = numbered if len(numbered) == 1 else [key for key, words in fits.items() if words == best]
        if len(named) == 1:
            named_spans.append(match.span())
            yield named[0][0], named[0][1], match.span()
    for chosen in sets:
        listed = concepts.get(chosen.id, [])
        for pattern in _set_patterns(chosen):
            for match in pattern.finditer(text):
                n = _ORDINALS.get(match["ord"].lower()) if match["ord"] else int(match["n"])
                inside = any(a < match.end() and match.start() < b for a, b in named_spans)
                if n and 1 <= n <= len(chosen.rules) and not inside:
                    yield chosen.id, listed[n - 1] if n <= len(listed) else n, match.span()


def _set_patterns(chosen: PrincipleSet) -> tuple[re.Pattern[str], ...]:
    return _patterns(chosen.names)


@lru_cache(maxsize=16)
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The set's own short names ("golden rules", "caldicott principles") read in three shapes."""
    short = [name.split() for name in names
             if 2 <= len(name.split()) <= 3 and name.split()[0] != "the" and name.split()[-1].rstrip("s") in _NOUNS]
    if not short:
        return ()
    singular = "|".join(r"\s+".join([*words[:-1], words[-1].rstrip("s")]) for words in short)
    plural = "|".join(r"\s+".join([*words[:-1], words[-1].rstrip("s") + "s?"]) for words in short)
    nouns = "|".join(sorted({words[-1].rstrip("s") for words in short}))
    no_n = r"(?P<n>)"
    return (
        # "the seventh Caldicott principle", "the third of the seven golden rules"
        re.compile(rf"\b(?P<ord>{_ORDINAL})\s+(?:(?:{nouns})\s+of\s+|of\s+)?(?:the\s+)?{_COUNT}(?:{plural})\b{no_n}",
                   re.I),
        # "golden rule 3", "Caldicott principle 7", "Golden Rule No. 3"
        re.compile(rf"\b(?:{singular})\s+(?:no\.?\s*|number\s+)?(?P<n>\d{{1,2}})\b(?!\.\d)(?P<ord>)", re.I),
        # "principle 7 of the Caldicott principles", "rule 4 of the seven golden rules"
        re.compile(rf"\b(?:{nouns})\s+(?P<n>\d{{1,2}})\s+of\s+the\s+{_COUNT}(?:{plural})\b(?P<ord>)", re.I),
    )
