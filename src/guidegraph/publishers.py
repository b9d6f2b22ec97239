"""Whose guidance a question names: "Salaried GP at Oakfield Surgery: our practice policy says ...".

A partnership's corpus holds documents of many publishers. A question naming one by its own name
(the words of the publisher's name that are neither an organisation's kind, "Surgery", "Council",
nor a place, which `places` reads) asks what that publisher's documents say, so their passages
answer first. The names are data of the build (`rank.json`), never lists of publishers in code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any

from guidegraph.act_rules import split_field

# Words naming what kind of body a publisher is, or a nation: any number of publishers share them.
ORGANISATION_WORDS = frozenset("""
academy adults affairs agency and association board borough c care centre children city clubs college
commissioner community constabulary constitutional council county day department deputy district e early
education england for foundation government group health help hm home information ireland medical
minister ministry national nhs northern nursery of office officers partnership partnerships people
police practice primary prime project regional safeguarding school schools scotland scottish secondary
secretary service services skills social st state surgery team the trust trusts university wales welsh
with young youth
""".split())
MIN_LETTERS = 3
_WORD = re.compile(r"[\w'’]+")


class Publishers:
    """The publishers of one build's documents, by the words that name each."""

    def __init__(self, rank_data: dict[str, Any], place_names: frozenset[str] = frozenset()) -> None:
        self.publishers: dict[str, str] = rank_data.get("publishers", {})  # document slug -> publisher
        self.place_names = place_names  # lower-cased words of places' names, read as places

    @cached_property
    def _documents_by_word(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for document, publisher in self.publishers.items():
            for word in own_words(publisher, self.place_names):
                found[word].add(document)
        return {word: frozenset(documents) for word, documents in found.items()}

    def documents_named(self, question: str) -> frozenset[str]:
        """The documents whose publisher `question` names by a word of its own name, written as a
        proper name ("Oakfield", "NSPCC"): an everyday word in lower case names no one."""
        named: set[str] = set()
        for token in _WORD.findall(question):
            word = _bare(token)
            if token[:1].isupper() and word in self._documents_by_word:
                named |= self._documents_by_word[word]
        return frozenset(named)


def own_words(publisher: str, place_names: frozenset[str] = frozenset()) -> set[str]:
    """The words of a publisher's name that name it rather than its kind or its place, lower-cased."""
    return {word for token in _WORD.findall(publisher) if (word := _bare(token)) not in ORGANISATION_WORDS
            and word not in place_names and len(word) >= MIN_LETTERS and not word.isdigit()}


def _bare(token: str) -> str:
    """A word lower-cased without its possessive ("Oakfield's": "oakfield")."""
    return re.sub(r"['’]s$", "", token.lower())


def asked_of(documents: frozenset[str], place: str | None) -> Callable[[Any], bool] | None:
    """Is a hit from the documents a question says it asks about: `documents` (a publisher's it names
    by its own name, "at Oakfield Surgery") or those written for the local area `place` it names
    ("Westmere sports coach"; a nation names no one's)? None when it names neither."""
    from guidegraph.index_docs import NATIONS

    area = place if place and place not in NATIONS else None
    if not documents and area is None:
        return None
    return lambda hit: bool(documents & set(split_field(hit.get("document")))) or area in split_field(
        hit.get("jurisdictions"))
