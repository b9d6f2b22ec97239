"""The places of a build as which-act and search read them: the nations and local areas a question
names, those a jurisdiction lies in, the corpus's home nation, and whether a law extends to a place."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from guidegraph.act_rules import split_field
from guidegraph.errors import GuidegraphError

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


class Places:
    """The nations and local areas of one build, from its ranking data and (for law's extent) its index."""

    def __init__(self, searcher: Any, rank_data: dict[str, Any]) -> None:
        self.searcher, self.rank_data = searcher, rank_data

    def named(self, question: str) -> str | None:
        """The nation or local area `question` names (its slug), the narrowest of those it names when
        they nest ("Halton, in England"); None when it names none, or places apart ("England and Wales")."""
        from guidegraph.query import places_named

        within = self.rank_data.get("places", {})
        named = places_named(question, *self._names)
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
        from guidegraph.query import places_named

        fields = self.searcher.document(id=f"legal-basis:{basis}")
        extent = split_field(fields.get("jurisdictions")) if fields else []
        if not extent and basis in self.rank_data["bases"]:
            extent = sorted(places_named(self.rank_data["bases"][basis]["title"], *self._names))
        return not extent or any(place in extent for place in places)

    @cached_property
    def _names(self) -> tuple[dict[str, str], dict[str, str]]:
        """The names of the build's nations and local areas, and the other names of the nations."""
        within = self.rank_data.get("places", {})
        names = {place.replace("-", " "): place for place in within if place != "uk"}
        others = {name: place for place, aliases in NATION_NAMES.items() if place in within for name in aliases}
        return names, others


def place_title(name: str) -> str:
    """"Northern Ireland" for "northern-ireland", "Cheshire West and Chester" for its slug."""
    from guidegraph.query import SMALL_WORDS

    words = name.replace("-", " ").split()
    return " ".join(w if w in SMALL_WORDS or w[:1].isupper() else w.capitalize() for w in words)
