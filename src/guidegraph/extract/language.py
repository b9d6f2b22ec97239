"""Welsh text beside English: bilingual leaflets and pages give each paragraph in both languages.

The recognisers of myths, principles, cases and cited guidance read English; a Welsh paragraph
read as English gives a myth whose statement is Welsh, or pairs a Welsh line with the English
answer after it. `is_welsh` tells the two apart by their commonest words and by spellings
English does not have; `english_title` keeps the English half of a "Welsh / English" heading.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The commonest Welsh words (articles, prepositions, forms of "bod", pronouns) and the words
# safeguarding texts use most; none is an English word ("pan", "dim", "bob" are left out).
_WELSH = frozenset("""
y yr yn mae ac ar gyda bod nid oes yw sy sy'n wrth neu os gan rhaid dylid dylai dylech ei eu hwn hon hyn
ddim ydy ydych ydyn eich ein fod oedd bydd gall gallu angen mewn ym yng ynghylch drwy trwy dan rhwng hefyd
gwybodaeth plant plentyn rhannu rhieni teulu teuluoedd diogelu cymru gymru deddf ddeddf caniatâd niwed risg
amdano amdani chi fy dy i'r o'r a'r nac oni mwy llai pob pawb unrhyw sut pam pryd
""".split())
_ENGLISH = frozenset("""
the and of to is are you your that for with this it not or if can be by on as we they was were will should
must have has what when who which there their from
""".split())
# Spellings of Welsh words: a circumflex, "dd", "wy", "yw", "ngh", "-au", "ll" or "rh" opening a word.
_SPELLING = re.compile(r"[ŵŷâêîôû]|dd|wy|yw|ngh|au$|^ll|^rh|^ff|^gw[^a]|ae$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HALVES = re.compile(r"\s+[/|]\s+")


@lru_cache(maxsize=1 << 12)
def is_welsh(text: str) -> bool:
    """Is the text Welsh rather than English? A heading of two words is judged by its spellings."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(text)]
    if not words:
        return False
    welsh = sum(w in _WELSH for w in words)
    english = sum(w in _ENGLISH for w in words)
    spelled = sum(bool(_SPELLING.search(w)) and w not in _ENGLISH for w in words)
    if english * 4 >= len(words):
        return False
    if len(words) <= 4:
        return len(words) >= 2 and welsh + spelled >= len(words) - 1 and english == 0
    return welsh >= 2 and welsh * 5 >= len(words) and welsh + spelled > 2 * english


def english_title(text: str) -> str:
    """"Mythau cyffredin / Common myths" -> "Common myths"; any other text as it is."""
    halves = _HALVES.split(text)
    if len(halves) != 2:
        return text
    first, second = halves
    if is_welsh(first) and not is_welsh(second):
        return second
    if is_welsh(second) and not is_welsh(first):
        return first
    return text
