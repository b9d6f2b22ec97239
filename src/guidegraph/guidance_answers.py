"""Which guidance answers a which-act question asking for guidance, or for a document by what it is.

Asked with no place, or for a document by what it is ("which advice is that?"), the guidance the
passages best answering the question cite, or whose principles they state, and guidance the question
names by words of its title; asked for a place's guidance, the guidance written for it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import Any

from guidegraph.act_evidence import ActEvidence
from guidegraph.act_rules import GUIDANCE_WORDS, SEED_SHARPNESS, split_field

GUIDANCE_SUPPORT = 0.3  # the weight of citing hits (the best 1) a guidance document needs to be listed
GUIDANCE_NAMED_HITS = 3  # guidance documents whose own titles match a question asking for guidance
TITLE_SHARE = 0.5  # of a citing hit's weight, what the best match of a guidance document's own title adds
TITLE_WORDS = 3  # words of a guidance document's title a question must use for its title to count


class GuidanceFinder:
    """Guidance for a question, found with the searcher and the search of an open build's answers."""

    def __init__(self, searcher: Any, run: Callable[..., Any], evidence: ActEvidence, hits: int) -> None:
        self.searcher = searcher
        self.run = run  # Answers._run: a parsed question, filters and a limit -> ranked hits
        self.evidence = evidence
        self.hits = hits  # passages whose citations count

    def cited(self, parsed: Any, terms: set[str], places: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """The guidance the passages best answering the question cite, the best cited first (of that
        written for `places` or for nowhere in particular, when places are given): what a question
        asking for guidance, or for a document by what it is, is told to read."""
        from guidegraph.analysis import analyse, stem

        hits = self.run(parsed, {"kind": ("passage",)}, self.hits)
        top = hits[0].score if hits else 0.0
        weight: dict[str, float] = defaultdict(float)
        for hit in hits:
            for ref in self.citing.get(hit["data"]["ref"], ()):
                weight[ref] += (hit.score / top) ** SEED_SHARPNESS
        # guidance the question names by words of its title ("statutory guidance for schools and
        # colleges"): by several of them, as one ("children") is in most titles
        typed = {stem(w) for w in parsed.words} - {stem(w) for w in parsed.minor | GUIDANCE_WORDS}
        named = self.run(parsed, {"kind": ("guidance",)}, GUIDANCE_NAMED_HITS)
        for hit in named:
            if len(typed & set(analyse(hit["title"]))) >= TITLE_WORDS:
                weight[hit["data"]["ref"]] += TITLE_SHARE * (hit.score / named[0].score) ** SEED_SHARPNESS
        documents = {f["data"]["ref"]: f for f in self.searcher.documents(kind="guidance")}
        best = [ref for ref in sorted(weight, key=lambda r: (-weight[r], r)) if weight[ref] >= GUIDANCE_SUPPORT
                and _written_for_one_of(documents[ref], places)]
        return [self.evidence.guidance(documents[ref], terms) for ref in best]

    @cached_property
    def citing(self) -> dict[str, list[str]]:
        """Passage id -> the guidance it cites (the guidance's index refs), or whose principles it
        states: a passage listing the Caldicott principles points to them without naming them."""
        citing: dict[str, list[str]] = defaultdict(list)
        guidance = set()
        for fields in self.searcher.documents(kind="guidance"):
            guidance.add(fields["data"]["ref"])
            for passage in fields["data"]["passages"]:
                citing[passage].append(fields["data"]["ref"])
        for fields in self.searcher.documents(kind="principle"):
            source = f"guidance/{fields['data'].get('source')}"
            for passage in fields["data"]["passages"] if source in guidance else ():
                if source not in citing[passage]:
                    citing[passage].append(source)
        return citing

    def for_places(self, parsed: Any, places: tuple[str, ...], terms: set[str]) -> list[dict[str, Any]]:
        """The guidance written for `places` (a UK-wide document aside) that the corpus cites, the most
        cited first, then the best match for the question: what a practitioner there is told to follow."""
        local = set(places) - {"uk"}
        written = [f for f in self.searcher.documents(kind="guidance")
                   if f["document"] and local & set(split_field(f.get("jurisdictions")))]
        if not written:
            return []
        numbers = [self.searcher.document_number(id=f["id"]) for f in written]
        scores = {r["id"]: r.score for r in self.run(parsed, {}, len(numbers), candidates=numbers)}
        written.sort(key=lambda f: (-len(f["data"]["passages"]), -scores.get(f["id"], 0.0), f["title"]))
        return [self.evidence.guidance(fields, terms) for fields in written]


def _written_for_one_of(guidance: dict[str, Any], places: tuple[str, ...]) -> bool:
    """Is the guidance (its index fields) written for one of `places`, or for no place in particular?
    Always, when no places are given."""
    written = split_field(guidance.get("jurisdictions"))
    return not places or not written or bool(set(written) & set(places))
