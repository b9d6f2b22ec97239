"""Words broken at a line end: "infor-" + "mation" is "information", "multi-" + "agency" stays
"multi-agency".

Text exported from PDF (and hard-wrapped text) breaks words at line ends with a hyphen, which
search cannot match; a compound broken at its own hyphen must keep it. With no dictionary to
hand, the document is the evidence: the hyphenated form written elsewhere keeps the hyphen, as does
a first half it writes in another compound ("life-threatening" beside "life-" + "limiting"); the
joined word written elsewhere drops it. Failing both, a hyphen before an ending that is no word
("-ed", "-ly", "-tion") goes, a hyphen stays after a prefix written with one ("co-", "multi-") or
between two words ("child-" + "centred"), and goes otherwise. A provision's number broken between
its brackets ("Article 6(1)" + "(e)", as a browser may break it) is one word too.
"""

from __future__ import annotations

import re
from functools import cached_property

_LETTERS = r"[^\W\d_]+"
_WORD = re.compile(rf"{_LETTERS}(?:-{_LETTERS})*")
_BROKEN = re.compile(rf"\b{_LETTERS}-[ \t]*\n[ \t]*{_LETTERS}")
_HEAD = re.compile(rf"({_LETTERS})-$")
_TAIL = re.compile(_LETTERS)
# Prefixes British usage writes with a hyphen ("co-operate", "non-statutory", "well-being").
_PREFIXES = frozenset({"co", "cross", "multi", "non", "self", "well"})
# Second halves of compounds common in guidance, for a document that never writes them alone.
_HALVES = frozenset({"agency", "based", "being", "centred", "focused", "led", "making", "related", "term", "wide"})
# Endings that are never words alone ("need-" + "ed"): a word cut before one is one word, though
# the ending stands alone elsewhere in the text (the right column's "ed" at a line's start, when a
# page's columns sit side by side).
_ENDINGS = frozenset({"ed", "es", "er", "ers", "ly", "ing", "ings", "tion", "tions", "ment", "ments", "ness", "ity"})
SOFT_HYPHEN = "\u00ad"


class Hyphenation:
    """The words of one document, to tell a broken word from a compound at a line-end hyphen."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word and hyphenated compound written whole, folded (read only when a word is
        broken: most documents have none)."""
        text = self.text
        if SOFT_HYPHEN in text:
            text = "\n".join(without_soft_hyphens(line) for line in text.splitlines())
        # The halves of the broken words themselves are no evidence.
        return frozenset(_WORD.findall(_BROKEN.sub(" ", text).casefold()))

    def join(self, head: str, tail: str) -> str:
        """`head` ending in a hyphen and the next line's `tail`, as one text: "share infor-" +
        "mation early" -> "share information early"."""
        first, second = _HEAD.search(head[-64:]), _TAIL.match(tail)  # a page of text may precede
        if first is None or second is None or not (first[1][-1].islower() and tail[0].islower()):
            return head + tail  # "GDPR-" + "compliant": not a word cut in two
        return head + tail if self._compound(first[1].casefold(), second[0].casefold()) else head[:-1] + tail

    def _compound(self, a: str, b: str) -> bool:
        if f"{a}-{b}" in self.words:
            return True
        if a + b in self.words or b in _ENDINGS:
            return False
        return (a in _PREFIXES or a in self.heads or (a in self.words and (b in self.words or b in _HALVES)))

    @cached_property
    def heads(self) -> frozenset[str]:
        """The first halves of the compounds the document writes whole: "life-" of "life-threatening"
        is a compound's in "life-" + "limiting" beside it, as a reader takes it."""
        return frozenset(word.split("-", 1)[0] for word in self.words if "-" in word)


# "Article 6(1)" at a line's end over "(e)": a browser breaks a line between brackets, as no reader would
_BRACKET_END = re.compile(r"\w\(\w{1,4}\)$")
_BRACKET_START = re.compile(r"^\(\w{1,4}\)")


def provision_broken(before: str, after: str) -> bool:
    """A provision's number cut at a line's end between its bracketed parts ("6(1)" + "(e)"): one word."""
    return bool(_BRACKET_END.search(before) and _BRACKET_START.match(after))


def without_soft_hyphens(line: str) -> str:
    """A line without soft hyphens (U+00AD), invisible but for one at the end, where the word
    was broken and a hyphen printed: that one becomes a hyphen for `Hyphenation.join`."""
    line = line.rstrip()
    if line.endswith(SOFT_HYPHEN):
        return line.rstrip(SOFT_HYPHEN).replace(SOFT_HYPHEN, "") + "-"
    return line.replace(SOFT_HYPHEN, "")
