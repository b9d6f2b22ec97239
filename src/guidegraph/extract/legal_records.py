"""The records legal recognition passes between its modules: a `Basis` (what resolution needs to
know of a legal basis), a `Mention` of one in text, and the `Unit`s of a document (headings and
passages in source order) with what is `Found` in them.

The recogniser (`legislation`, `title_mentions`) makes mentions; the document reader
(`legal_context`, `bare_provisions`) resolves them unit by unit. Kept apart so that each can
build the records without importing the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from guidegraph.extract.provisions import CleanText, ProvisionMention
from guidegraph.model import Passage, Section


@dataclass(frozen=True)
class Basis:
    """What resolution needs to know of a legal basis (catalogued or not)."""

    id: str
    title: str
    family: str  # act, si, eu, treaty, scheme, directions, other, guidance
    year: int | None
    legal: bool = True
    catalogued: bool = True
    type: str | None = None


@dataclass
class Mention:
    """An instrument named in a run of cleaned text (a passage or a heading)."""

    start: int
    end: int
    kind: str  # explicit, short-title, anaphoric, implicit, guidance
    basis: str | None  # None until resolved (short titles and anaphors)
    family: str
    how: str = ""  # anaphor: recent, topic, year:<yyyy>, section; short title: its key
    note: str = ""
    fallback: str | None = None  # a short title's catalog reading when context says nothing
    provision: tuple[str, str] | None = None  # an implied provision
    candidates: tuple[str, ...] = ()
    attached: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, type, number
    options: dict[str, tuple[str, str] | None] = field(default_factory=dict)  # candidate -> provision
    also: list[tuple[str, tuple[str, str] | None, str]] = field(default_factory=list)  # more readings: basis,
    # provision, note ("care order" in guidance for England and Northern Ireland: each nation's law)


IMPLIED_NOTE = "implied by"  # a mention's note when a term of art implied its law: "implied by 'care order'"


@dataclass
class Found:
    """A legal basis resolved at a place in a unit: the context later mentions resolve from."""

    start: int
    end: int
    basis: str
    family: str
    kind: str
    provision: tuple[str, str] | None = None
    note: str = ""
    negation: str = ""  # "has been repealed": the unit names this law as one that does not apply


@dataclass
class Unit:
    """A heading or a passage in document order, read and (once resolved) with what it cites."""

    passage: Passage | None  # None for a heading
    section: Section | None
    raw: str
    line: int
    text: CleanText
    mentions: list[Mention]
    provisions: list[ProvisionMention]
    found: list[Found] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return self.passage is None
