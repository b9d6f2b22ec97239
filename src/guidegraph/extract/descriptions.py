"""Guidance named by what it is rather than by its title: "the government's advice on information
sharing", "GMC confidentiality guidance", "advice from the Department for Education on sharing
information".

The catalog writes each description once, as a publisher's kind of document on a subject
(gg:descriptiveName, "the GMC's guidance on confidentiality"), one description for each name of the
publisher. Text writes the same three parts in other orders: the publisher before the noun with or
without its "'s" ("GMC guidance on confidentiality"), the subject before the noun ("the GMC's
confidentiality guidance"), the publisher after "from" ("guidance on confidentiality from the GMC"),
a gerund subject either way round ("information sharing", "sharing information"), and a word of
edition before the noun ("the government's latest advice"). All three parts must be written: "our
own guidance on information sharing" and "the partnership's advice" name no one's document, and a
subject running on into a longer noun ("advice on information sharing agreements") is another thing.

A publisher the catalog writes in lower case ("the government") is a common noun: it is whichever
government the document writes under, so it names the entry only in a document (or passage) of
the entry's nations, or of no nation known. A proper name ("the GMC", "DfE") is the same publisher
anywhere. Descriptions are no labels: the query vocabulary and which-act never read them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guidegraph.catalog import Catalog

# "the GMC's guidance on confidentiality", "the Department for Education's code of practice on ..."
_FORM = re.compile(r"^(?P<publisher>\S.*?)['’]s\s+(?P<noun>[a-z]+(?:\s+of\s+practice)?)\s+(?:on|about)\s+"
                   r"(?P<subject>\S.*\S)$")
_ABOUT = r"(?:on|about)"
_EDITION = r"(?:(?:latest|current|new|updated|revised|(?:19|20)\d\d)\s+)?"
# A subject ending the description may be followed by punctuation, a bracket, or a word that
# cannot carry its noun phrase on (a function word, or a verb guidance is said to do: "says",
# "asks"); any other word does ("... on information sharing agreements"), an unlisted verb too.
_ENDS = (
    r"(?![\s-]+(?!(?:and|or|but|nor|in|for|to|with|within|when|where|which|who|whose|that|than|is|are|was|were"
    r"|be|been|has|have|had|also|as|at|by|from|of|on|under|if|because|so|we|it|its|this|these|those|you|your"
    r"|they|their|our|should|must|may|might|can|could|will|would|shall|does|do|did|says|said|sets|set|allows?"
    r"|applies|apply|explains?|tells?|makes?|gives?|requires?|asks?|expects?|states?|advises?|covers?|describes?"
    r"|reminds?|stresses|recommends?|suggests?|notes|confirms?|includes?|contains?|lists?|provides?|outlines?"
    r"|supports?|helps?|means|needs|goes|before|after|until|since|while)\b)"
    r"[a-z])")


@dataclass(frozen=True)
class Description:
    """One gg:descriptiveName of a catalog entry, as a pattern of the ways text writes it."""

    entry_id: str
    title: str
    jurisdictions: tuple[str, ...]
    common_publisher: bool  # "the government": whichever the document writes under
    keyword: str  # a word of the subject, to skip text without it cheaply
    pattern: re.Pattern[str]

    def fits(self, nations: Collection[str]) -> bool:
        """Can the description mean its entry in text of these nations?"""
        if not self.common_publisher or not nations or not self.jurisdictions:
            return True
        return "uk" in nations or "uk" in self.jurisdictions or bool(set(nations) & set(self.jurisdictions))


def parse_description(text: str) -> tuple[str, str, str] | None:
    """(publisher, noun, subject) of a description written "Publisher's noun on subject"."""
    match = _FORM.match(" ".join(text.split()))
    return (match["publisher"], match["noun"], match["subject"]) if match else None


def _words(text: str, between: str = r"\s+") -> str:
    return between.join(re.escape(w) for w in text.split())


def _publisher(name: str) -> tuple[str, bool]:
    """The publisher's pattern, and whether it is a common noun; "the" is optional before a proper
    name ("GMC guidance", "the GMC's guidance") and required before a common noun."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    common = bare[:1].islower()
    the = r"the\s+" if common else r"(?:the\s+)?"
    return the + _words(bare), common


def _subjects(subject: str) -> str:
    """The subject as written, and a gerund's two words the other way round ("information
    sharing", "sharing information"); words joined by a space or a hyphen."""
    forms = [subject]
    parts = subject.split()
    if len(parts) == 2 and parts[1].endswith("ing"):
        forms.append(f"{parts[1]} {parts[0]}")
    return "(?:" + "|".join(_words(f, r"[\s-]+") for f in forms) + ")"


def _pattern(publisher: str, noun: str, subject: str) -> tuple[str, bool]:
    by, common = _publisher(publisher)
    of = by + r"['’]s"
    kind, about, plain = _words(noun), _subjects(subject), _words(subject, r"[\s-]+")
    forms = (
        rf"(?:{of}|{by})\s+{_EDITION}{kind}\s+{_ABOUT}\s+{about}{_ENDS}",  # the GMC's guidance on confidentiality
        rf"(?:{of}|{by})\s+{_EDITION}{plain}\s+{kind}",  # (the) GMC('s) confidentiality guidance
        rf"{_EDITION}{kind}\s+from\s+{by}\s+{_ABOUT}\s+{about}{_ENDS}",  # advice from DfE on sharing information
        rf"{_EDITION}{kind}\s+{_ABOUT}\s+{about}\s+from\s+{by}",  # guidance on confidentiality from the GMC
        rf"{_EDITION}{plain}\s+{kind}\s+from\s+{by}",  # information sharing advice from the government
    )
    return r"(?<![\w'’-])(?:" + "|".join(forms) + r")(?![\w'’-])", common


def _description(entry_id: str, title: str, jurisdictions: tuple[str, ...], text: str) -> Description | None:
    parts = parse_description(text)
    if parts is None:
        return None  # not of the catalog's form: nothing to read it by
    publisher, noun, subject = parts
    pattern, common = _pattern(publisher, noun, subject)
    keyword = max(subject.split(), key=len).casefold()
    return Description(entry_id, title, jurisdictions, common, keyword, re.compile(pattern, re.IGNORECASE))


@lru_cache(maxsize=4)
def descriptions_of(catalog: Catalog) -> tuple[Description, ...]:
    """The catalog's guidance descriptions, ready to find in text (legal bases are the
    legislation extractor's)."""
    found = (_description(e.id, e.title, e.jurisdictions, d) for e in catalog.guidance() for d in e.descriptions)
    return tuple(d for d in found if d is not None)


def find_described(text: str, descriptions: tuple[Description, ...],
                   nations: Collection[str]) -> list[tuple[re.Match[str], Description]]:
    """The descriptions written in `text`, of a document or passage of `nations`, that mean their entry there."""
    folded = text.casefold()
    found = []
    for description in descriptions:
        if description.keyword not in folded or not description.fits(nations):
            continue
        found.extend((match, description) for match in description.pattern.finditer(text))
    return found
