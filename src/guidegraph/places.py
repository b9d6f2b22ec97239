"""The places of a build as which-act and search read them: the nations and local areas a question
names, those a jurisdiction lies in, the corpus's home nation, and whether a law extends to a place."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from guidegraph.act_rules import split_field
from guidegraph.analysis import fold_quotes
from guidegraph.errors import GuidegraphError
from guidegraph.query import MAX_QUERY_CHARS

# What else a question calls a nation: its people's adjective, its abbreviations, and for the nations
# whose law and guidance differ from the corpus's English ones, their chief towns ("a GP in Belfast"),
# which ontology/synonyms.ttl also reads as the nation for search.
# Its own name and a local area's come from the build; the UK is never read from a question (its law
# is every nation's).
NATION_NAMES = {"england": ("English",), "wales": ("Welsh", "Cardiff", "Swansea", "Wrexham", "Aberystwyth"),
                "scotland": ("Scottish", "Scots", "Edinburgh", "Glasgow", "Aberdeen", "Dundee", "Inverness",
                             "Stirling"),
                "northern-ireland": ("Northern Irish", "NI", "N.I.", "N. Ireland", "Belfast", "Derry",
                                     "Londonderry", "County Antrim", "County Down", "Newry", "Lisburn")}


# What England calls Scotland, in any case: a phrase of everyday words, not a proper name
NATION_IDIOMS = {"scotland": re.compile(r"\bnorth\s+of\s+the\s+border\b", re.IGNORECASE)}


class Places:
    """The nations and local areas of one build, from its ranking data and (for law's extent) its index."""

    def __init__(self, searcher: Any, rank_data: dict[str, Any]) -> None:
        self.searcher, self.rank_data = searcher, rank_data

    def named(self, question: str) -> str | None:
        """The nation or local area `question` names (its slug), the narrowest of those it names when
        they nest ("Halton, in England"); None when it names none, or places apart ("England and Wales")."""
        within = self.rank_data.get("places", {})
        named = places_named(question, *self._names)
        named |= {place for place, idiom in NATION_IDIOMS.items() if place in within and idiom.search(question)}
        narrowest = [place for place in named if named <= set(within[place])]
        return narrowest[0] if len(narrowest) == 1 else None

    def within(self, jurisdiction: str) -> tuple[str, ...]:
        """The jurisdiction or local area and the places it lies in; an unknown one is a usage error."""
        from guidegraph.analysis import slug

        within = self.rank_data.get("places", {})
        if slug(jurisdiction) not in within:
            raise GuidegraphError(f"unknown jurisdiction or area '{jurisdiction}' (known: {', '.join(within)})")
        return tuple(within[slug(jurisdiction)])

    @cached_property
    def home(self) -> tuple[str, ...]:
        """The nation most of the corpus's guidance applies in and the places it lies in, if one."""
        home = self.rank_data.get("home")
        return tuple(self.rank_data["places"].get(home, [home])) if home else ()

    def applies(self, basis: str, places: tuple[str, ...]) -> bool:
        """Does the law extend to one of `places`? Law of unknown extent (uncatalogued) extends where
        its title says ("Children's Hearings (Scotland) Act 2011"), else anywhere."""
        fields = self.searcher.document(id=f"legal-basis:{basis}")
        extent = split_field(fields.get("jurisdictions")) if fields else []
        if not extent and basis in self.rank_data["bases"]:
            extent = sorted(places_named(self.rank_data["bases"][basis]["title"], *self._names))
        return not extent or any(place in extent for place in places)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of the names of the build's places, lower-cased."""
        names, others = self._names
        return frozenset(word for name in [*names, *others] for word in name.lower().split())

    @cached_property
    def _names(self) -> tuple[dict[str, str], dict[str, str]]:
        """The names of the build's nations and local areas, and the other names of the nations."""
        within = self.rank_data.get("places", {})
        names = {place.replace("-", " "): place for place in within if place != "uk"}
        others = {name: place for place, aliases in NATION_NAMES.items() if place in within for name in aliases}
        return names, others


def place_title(name: str) -> str:
    """"Northern Ireland" for "northern-ireland", "Cheshire West and Chester" for its slug."""
    words = name.replace("-", " ").split()
    return " ".join(w if w in SMALL_WORDS or w[:1].isupper() else w.capitalize() for w in words)


# Words beside a nation's adjective or abbreviation that make it name something else: a language
# ("speaks Welsh", "English as an additional language"), a number ("NI number").
_NOT_A_PLACE_BEFORE = frozenset({"speak", "speaks", "spoke", "speaking", "read", "reads", "write", "writes",
                                 "translate", "translated"})
_NOT_A_PLACE_AFTER = frozenset({"language", "languages", "speaker", "speakers", "speaking", "translation",
                                "translator", "interpreter", "as", "number", "numbers", "no"})
SMALL_WORDS = frozenset({"and", "of", "on", "upon", "the", "&"})
_TOKEN = re.compile(r"[\w.&']+")


def places_named(text: str, names: dict[str, str], other_names: dict[str, str] | None = None) -> set[str]:
    """The places `text` names: `names` maps a place's name ("northern ireland") to its slug,
    `other_names` its people's adjective or abbreviation ("Welsh", "NI"), which do not count beside
    words that make them a language or a number. A name counts typed as a proper name, its words
    capitalised ("Reading" is a town, "reading" is not)."""
    tokens = _TOKEN.findall(fold_quotes(text or "")[:MAX_QUERY_CHARS])
    folded = ["", *(re.sub(r"'s$", "", t.lower()).rstrip(".'") for t in tokens), ""]  # "" either side
    found = set()
    for table, guarded in ((names, False), (other_names or {}, True)):
        for name, place in table.items():
            wanted = [w.rstrip(".") for w in name.lower().split()]
            for start in _proper_names(tokens, folded, wanted):
                if not guarded or (folded[start] not in _NOT_A_PLACE_BEFORE
                                   and folded[start + len(wanted) + 1] not in _NOT_A_PLACE_AFTER):
                    found.add(place)
    return found


def _proper_names(tokens: list[str], folded: list[str], wanted: list[str]) -> list[int]:
    """Where `wanted` is typed as a proper name: each word but "and", "of", ... capitalised."""
    return [start for start in range(len(tokens) - len(wanted) + 1)
            if folded[start + 1:start + 1 + len(wanted)] == wanted
            and all(t[0].isupper() for t, w in zip(tokens[start:], wanted, strict=False) if w not in SMALL_WORDS)]
