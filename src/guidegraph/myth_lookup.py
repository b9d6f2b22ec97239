"""What the myths look-up adds to search: the guidance's words for a belief about one holder's
information reaching another, and the statements found grouped by the concept each is a wording of.

`MythFinder` scores every statement for the question (with `handed_between`'s hint), adds those
claiming what the question claims though they share no word with it, and orders them by concept
(`myth_rank`); `answers.Answers.myths` groups them (`group_myths`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import Any

from guidegraph.act_rules import split_field
from guidegraph.errors import GuidegraphError
from guidegraph.search_hits import Ranked, Scored

# A belief about information held by one service reaching another ("what the GP knows can't be used
# by the school", "notes the police make can't go to the nursery") names two holders, roles or
# agencies; the guidance puts that as information of "one organisation" disclosed to "another".
HANDED_WORDS = ("organisation", "another")


# "Health info can't be passed to the school": information named for health is what the health
# service holds, though "health" alone names no agency (it is care, records, a child's wellbeing too).
HEALTH_CONCEPT = "health"
# "Health records can't go over to education": a service named by its field, where the word is no part
# of a role's or an agency's name ("health visitor", "education welfare officer"), holds information
# as the agency would; "health records" names the records, not the health concept.
FIELD_WORDS = (("health", "medical"), ("education",))


def handed_between(parsed: Any, expander: Any) -> Any:
    """`parsed` with the guidance's words for one holder's information reaching another when it
    names two distinct roles or agencies (health among them, and services named by their field):
    the typed names alone match the services, not the belief."""
    named = len(expander.holders_named(parsed.words))
    fields = [any(_field_named(word, parsed.words, expander, named) for word in field) for field in FIELD_WORDS]
    holders = named + sum(fields)
    if not fields[0] and HEALTH_CONCEPT in expander.concepts_named(tuple(parsed.words)):
        holders += 1
    if holders < 2:
        return parsed
    # a hint to the belief, which the words typed still outweigh when they name another one
    # ("their computer systems", "GDPR means", "breach their privacy")
    return parsed.with_hints(HANDED_WORDS)


def _field_named(word: str, words: tuple[str, ...], expander: Any, named: int) -> bool:
    """Does `words` name a service by its field `word`, outside the names of the `named` roles and
    agencies it names (without it, as many are named)?"""
    return word in words and len(expander.holders_named(tuple(w for w in words if w != word))) == named


def group_myths(statements: list[dict[str, Any]], ranked: bool) -> list[dict[str, Any]]:
    """Myth statements grouped by their concept: each source's wording and answer."""
    groups: dict[str, dict[str, Any]] = {}
    for fields in statements:
        data = fields["data"]
        # "myth": the wording that matched best; "title": the concept's, its most typical wording
        group = groups.setdefault(data["concept"], {
            "id": data["concept"], "iri": data.get("concept_iri"),
            "title": data.get("concept_title") or fields["title"], "myth": fields["title"],
            "answer": "", "sources": [], "legal_bases": [],
        })
        statement, _, answer = fields["text"].partition("\n\n")
        group["sources"].append({"document": fields["document"], "passage_id": data["passages"][0]
                                 if data["passages"] else None, "statement": statement, "answer": answer,
                                 "verdict": data.get("verdict")})
        group["answer"] = group["answer"] or answer
        group["legal_bases"] = sorted(set(group["legal_bases"]) | set(split_field(fields.get("legal_bases"))))
    values = list(groups.values())
    return values if ranked else sorted(values, key=lambda g: g["id"])


class MythFinder:
    """The myth statements a belief matches, with the searcher and the search of an open build."""

    def __init__(self, searcher: Any, expander: Any, run: Callable[..., Ranked], ordered: int) -> None:
        self.searcher = searcher
        self.expander = expander
        self.run = run  # Answers._run: a parsed question, filters and a limit -> ranked hits
        self.ordered = ordered  # the best this many found are ordered by concept, the rest follow

    @cached_property
    def _statements(self) -> list[int]:
        return list(self.searcher.document_numbers(kind="myth"))

    def statements_for(self, text: str, asked_of: Callable[[Scored], bool] | None = None) -> list[Scored]:
        """The statements `text` matches, best concept first, each concept's statements together;
        `asked_of`: is a statement from the documents the question asks about (`myth_rank.concept_order`)."""
        from guidegraph.query import parse
        from guidegraph.question_forms import counted_set_as_name, officers_in_a_belief, speaker_words, spelt_out

        text = counted_set_as_name(officers_in_a_belief(spelt_out(text)), self.expander.set_counted)
        parsed = parse(text)
        if parsed.empty:
            raise GuidegraphError(f"nothing to match in {text[:80]!r}: say what you believe, in words")
        # who says it counts for little: "Repairs operative: the family will get evicted"
        parsed = replace(parsed, minor=parsed.minor | speaker_words(text))
        parsed = handed_between(parsed, self.expander)
        # every statement is scored: there are few, and a myth is often put in common words
        found = self.run(parsed, {}, len(self._statements), expand_below=None, candidates=self._statements)
        return self._by_concept(parsed, found, text, asked_of)

    def _by_concept(self, parsed: Any, found: Ranked, question: str,
                    asked_of: Callable[[Scored], bool] | None = None) -> list[Scored]:
        """The statements found, best concept first (`myth_rank`): a question's words count most where
        a statement, not only its answer, says them."""
        from guidegraph.extract.myth_concepts import topics_claimed
        from guidegraph.myth_rank import concept_order
        from guidegraph.query import plan

        units = plan(parsed, self.expander, self.searcher, expand_below=None)
        # the best are ordered so, the rest follow as found: in a large corpus most of its
        # thousands of statements match some everyday word of the question
        best = found[:self.ordered] + self._of_topics(topics_claimed(question), found)
        return concept_order(units, self.searcher, best, question, asked_of) + found[self.ordered:]

    def _of_topics(self, topics: frozenset[str], found: Ranked) -> list[Scored]:
        """The statements claiming one of `topics` that `found` lacks, as they share no word with the
        question ("taken only to plan her discharge" for "information collected by one agency")."""
        if not topics:
            return []
        present = {hit.docnum for hit in found}
        missing = [d for d, claimed in self._statement_topics.items() if claimed & topics and d not in present]
        return [Scored(self.searcher.stored_fields(d), 0.0, d) for d in missing[:self.ordered]]

    @cached_property
    def _statement_topics(self) -> dict[int, frozenset[str]]:
        """What each statement claims something of (`myth_concepts.topics_claimed`), by document number."""
        from guidegraph.extract.myth_concepts import topics_claimed

        return {d: topics_claimed(self.searcher.stored_fields(d)["title"]) for d in self._statements}
