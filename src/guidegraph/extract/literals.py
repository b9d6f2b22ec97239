"""Matching many literals in one scan: a trie-shaped regex, alternations grouped by first letter,
and the word-start test a look-behind would make, with offsets kept when lower-casing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for many literals, shaped as a trie so a scan costs one pass, longest first.

    No look-behind at its start: the regex engine then skips ahead to the possible first
    letters, which makes the scan ten times faster; `word_matches` checks the word boundary.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _trie_pattern(trie) or r"(?!x)x"
    return re.compile(rf"(?:{body})(?![\w])")


def first_letter_branches(literals: Iterable[str], to_pattern: Callable[[str], str]) -> str:
    """An alternation of `literals`, grouped by first letter behind a look-ahead for that letter.

    The regex engine tries alternatives one by one: grouped, a position is compared with one
    look-ahead per letter and the few literals of its letter, not all of them, which makes the
    scan about five times faster. Order within a letter is kept, and literals of different first
    letters never match at the same position, so the matches are those of the flat alternation.
    """
    groups: dict[str, list[str]] = {}
    for literal in literals:
        groups.setdefault(literal[0].lower(), []).append(to_pattern(literal))
    return "|".join(
        f"(?=[{re.escape(letter)}{re.escape(letter.upper())}])(?:{'|'.join(patterns)})"
        for letter, patterns in groups.items()
    )


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [(r"\s" if c == " " else re.escape(c)) + _trie_pattern(node[c]) for c in sorted(node) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def word_matches(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of `regex` in `text` that start a word."""
    return [match.span() for match in word_finditer(regex, text)]


def word_finditer(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of `regex` that start a word: the word-boundary test a look-behind would make."""
    pos = 0
    while (match := regex.search(text, pos)) is not None:
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        yield match
        pos = max(match.end(), start + 1)


def lower_keeping_offsets(text: str) -> str:
    """Lower case with the offsets kept (a few characters lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
