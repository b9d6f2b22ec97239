"""Which nation's law a mention means, in guidance for one or several UK nations.

Scotland, Northern Ireland, and (since 2016, for children's services) Wales have laws of their
own beside England's. A term of art ("care order", "looked after children") implies the law of
each nation the document is for; a short title ("the Mental Capacity Act") means the Act of that
name that reaches the document's nations, or another of that name the document names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guidegraph.extract.legal_records import Mention
    from guidegraph.extract.legislation import Recogniser

UK_NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
_BY_SLUG = {"-".join(n.casefold().split()): n for n in UK_NATIONS}


def each_nation(jurisdictions: Sequence[str]) -> list[str]:
    """The nations of these jurisdictions (names or slugs), in their order ("UK" is the four,
    England first)."""
    nations: list[str] = []
    for jurisdiction in jurisdictions:
        slug = "-".join(jurisdiction.casefold().split())
        nations += UK_NATIONS if slug in ("uk", "united-kingdom") else [_BY_SLUG.get(slug, jurisdiction)]
    return list(dict.fromkeys(nations))


class NationalLaw:
    """The readings of mentions that depend on the nations of one document."""

    def __init__(self, recogniser: Recogniser, jurisdictions: Sequence[str]) -> None:
        self.r = recogniser
        self.jurisdictions = tuple(jurisdictions)
        self.nations = each_nation(jurisdictions)

    def keep_reaching(self, m: Mention) -> bool:
        """A phrase implying law in several nations ("care order": the Children Act 1989 s31, the
        Children (Northern Ireland) Order 1995 art 50) keeps the readings for the document's own."""
        if m.kind != "implicit" or not m.candidates:
            return True
        kept = tuple(c for c in m.candidates if self.r.extends_to(c, m.options.get(c), self.jurisdictions))
        if len(kept) == 1:
            m.basis, m.provision, m.candidates, m.options = kept[0], m.options.get(kept[0]), (), {}
            m.family = self.r.basis(kept[0]).family
        else:
            m.candidates = kept
        return bool(kept)

    def twins(self, m: Mention, named: Collection[str]) -> set[str]:
        """'the Children Act' in Scottish guidance, where neither Children Act of England and Wales
        extends: the law of that name for the document's nations (the Children (Scotland) Act 1995;
        in Northern Ireland the Children (Northern Ireland) Order 1995). None when a candidate
        extends there or the document names no nation."""
        if m.options or any(self.r.extends_to(c, None, self.jurisdictions) for c in m.candidates):
            return set()
        return self._twins_of(m.how, named)

    def _twins_of(self, key: str, named: Collection[str]) -> set[str]:
        catalogued = {t for t in self.r.national_twins.get(key, ()) if self.r.extends_to(t, None, self.jurisdictions)}
        return catalogued or self.r.named_national_twins(key, named)

    def foreign_short_title(self, m: Mention, named: Collection[str]) -> tuple[str, str] | None:
        """'the Mental Capacity Act' in Northern Irish guidance is not the Mental Capacity Act 2005,
        which extends to England and Wales only, unless the document names that Act: it is the
        twin of that name for the document's nations, else an Act the catalog does not hold.
        (basis, note), or None when the catalog's reading stands."""
        basis = self.r.basis(m.basis) if m.basis else None
        if basis is None or not basis.catalogued or basis.family != "act" or m.basis in named:
            return None
        if self.r.extends_to(basis.id, None, self.jurisdictions):
            return None
        where = " or ".join(self.nations)
        note = f"the {basis.title} does not extend to {where}"
        twins = self._twins_of(self.r.short_key_of(basis.id), named)
        if len(twins) == 1:
            twin = twins.pop()
            return twin, f"read as the {self.r.basis(twin).title}: {note}"
        return self.r.uncatalogued_short_title(basis.id).id, note

    def read_as_each_nations(self, m: Mention, candidates: Collection[str], passage_nations: Sequence[str] = ()
                             ) -> str | None:
        """A term of art with none of its laws named near, in guidance for nations whose laws
        differ ("care order" for England and Northern Ireland): each nation's law, however far
        away the document names one of them; the first nation's is the mention's, the others go
        in `m.also`, each noted with its nations and extent. A passage about some of the nations
        ("In England, ...") reads as theirs. None when the nations share a law."""
        readings = self._each_nations_law(m, candidates, passage_nations)
        if len(readings) < 2:
            return None
        notes = [self._reading_note(m, basis, nations) for basis, nations in readings]
        m.also = [(basis, m.options.get(basis), note) for (basis, _), note in zip(readings[1:], notes[1:], strict=True)]
        m.provision, m.note = m.options.get(readings[0][0]), notes[0]
        return readings[0][0]

    def first_nations_law(self, m: Mention, candidates: Collection[str], passage_nations: Sequence[str] = ()
                          ) -> str | None:
        """Parallel laws of different nations with none named: the first nation's of the passage
        or else of the document ("UK" guidance reads as England's first)."""
        readings = self._each_nations_law(m, candidates, passage_nations)
        return readings[0][0] if readings else None

    def _each_nations_law(self, m: Mention, candidates: Collection[str], passage_nations: Sequence[str]
                          ) -> list[tuple[str, list[str]]]:
        """The one law of each nation (the passage's, else the document's) that has one, with
        the nations it is read for, in their order."""
        readings: dict[str, list[str]] = {}
        for nation in each_nation(passage_nations) or self.nations:
            reaching = [c for c in sorted(candidates) if self.r.extends_to(c, m.options.get(c), (nation,))]
            if len(reaching) == 1:
                readings.setdefault(reaching[0], []).append(nation)
        return list(readings.items())

    def _reading_note(self, m: Mention, basis: str, nations: list[str]) -> str:
        """"implied by 'care order': the law in Northern Ireland (extent NI)"."""
        extent = self.r.extent(basis, m.options.get(basis))
        where = " and ".join(nations)
        return f"{m.note}: the law in {where}" + (f" (extent {extent})" if extent else "")
