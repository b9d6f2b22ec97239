"""A principle set (`ontology/principles.ttl`) and how a list's items name its rules: which rule
each item states, by position unless the items name the rules, by their keywords, in another order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from guidegraph.extract._flow import plain


@dataclass(frozen=True)
class Rule:
    number: int
    keywords: tuple[str, ...]  # normalised prefLabel and altLabels


@dataclass(frozen=True)
class PrincipleSet:
    id: str
    names: tuple[str, ...]  # normalised labels without their counts: "golden rules"
    rules: tuple[Rule, ...]

    @property
    def nouns(self) -> frozenset[str]:
        """The words a heading counts: "rules" of "golden rules for information sharing"."""
        return frozenset(re.split(r" (?:for|of|to|on|in|about) ", name)[0].split()[-1]
                         for name in self.names)


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces: what names and keywords are matched on."""
    text = plain(text).lower().replace("’", "'").replace("'s ", "s ")
    return " ".join(re.findall(r"[a-z0-9]+", text))


def contains(text: str, phrase: str) -> bool:
    return bool(phrase) and f" {phrase} " in f" {text} "


def score(item: str, rule: Rule, phrases_only: bool = False) -> int:
    """How strongly an item names a rule: the length of the keywords it contains."""
    return sum(len(k) for k in rule.keywords if contains(item, k) and (" " in k or not phrases_only))


def align(pset: PrincipleSet, items: list[str]) -> list[int]:
    """Rule numbers for a list's items: rule N for the Nth item, unless the items name the rules
    (by their keywords) in another order, when each item takes the rule it names.

    Documents reorder or merge rules; position is the default because wordings drift between
    editions, and keywords only win when they fit clearly better than position does.
    """
    by_position = [i + 1 for i in range(len(items))]
    rules = {r.number: r for r in pset.rules}
    positional = sum(score(item, rules[n]) for item, n in zip(items, by_position, strict=True) if n in rules)
    matched = _keyword_assignment(pset, items)
    keyword_total = sum(score(items[i], rules[n]) for i, n in matched.items())
    if keyword_total <= positional * 1.25 or len(matched) < len(items) / 2:
        return _local_moves(items, rules, by_position, matched)
    free = sorted(set(rules) - set(matched.values()))
    return [matched[i] if i in matched else (free.pop(0) if free else len(rules) + i + 1)
            for i in range(len(items))]


_NO_RULE = Rule(0, ())


def _local_moves(items: list[str], rules: dict[int, Rule], by_position: list[int],
                 matched: dict[int, int]) -> list[int]:
    """Position, except for items that name nothing of their own rule but another's whose item
    names nothing of it either, in a closed exchange: the 2024 golden rules put consent third and
    advice fourth, the earlier editions the other way round."""
    moving = {i for i, n in matched.items()
              if n != by_position[i] and n in rules and not score(items[i], rules.get(by_position[i], _NO_RULE))}
    while True:  # keep the items whose new rule is free or held by a moving item: numbers stay one-to-one
        closed = {i for i in moving if matched[i] not in by_position or by_position.index(matched[i]) in moving}
        if closed == moving:
            break
        moving = closed
    numbers = list(by_position)
    for i in moving:
        numbers[i] = matched[i]
    return numbers


def _keyword_assignment(pset: PrincipleSet, items: list[str]) -> dict[int, int]:
    """Greedy one-to-one matching of items to rules, strongest keyword evidence first."""
    pairs = sorted(
        ((score(item, rule), i, rule.number) for i, item in enumerate(items) for rule in pset.rules),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    assigned: dict[int, int] = {}
    taken: set[int] = set()
    for strength, i, number in pairs:
        if strength and i not in assigned and number not in taken:
            assigned[i] = number
            taken.add(number)
    return assigned
