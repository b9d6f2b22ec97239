"""The graph's vocabulary as a query reads it: the labels a query's words type, and the other
labels of their groups (a legal basis's aliases, a synonym concept's everyday words), offered as
alternatives (`query.plan` weighs them). The vocabulary is data the build wrote from the graph
(`index.vocabulary_groups`); this module knows no words of the domain.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from guidegraph.analysis import inflection_of, stem, words
from guidegraph.query import MAX_ALTERNATIVES, QUESTION_WORDS

SYNONYM_PATH = "/id/synonym"  # synonyms.ttl names each concept .../id/synonym/<its guidance word>
PRINCIPLE_SET_PATH = "/id/principle-set"  # principles.ttl names each set .../id/principle-set/<its name>
# Words that stand between a phrasal verb and its particle ("write anything down", "hand them over",
# "chase her up"): the verb and its particle still type the label. ("it", "this" and "that" are
# stop words, left out already.)
OBJECT_WORDS = frozenset({"them", "him", "her", "me", "anything", "something", "everything", "these", "those"})
PARTICLES = frozenset({"down", "up", "out", "over", "away", "back", "off", "round", "through", "across", "along"})
# Words of degree people put inside a phrase for emphasis ("agrees to absolutely everything", "is
# really worried"): the words either side still type the label they would type without it.
DEGREE_WORDS = frozenset({"absolutely", "totally", "completely", "utterly", "really", "actually", "literally",
                          "simply", "very", "quite"})


def _slug(text: str) -> str:
    """Words as a concept's IRI spells them ("withdraw-consent"), stop words left out on both sides."""
    return "-".join(words(text.replace("-", " ")))




class Expander:
    """Finds vocabulary labels in a query's terms and offers the other labels of their groups."""

    def __init__(self, vocabulary: dict[str, Any]) -> None:
        self.groups = [[tuple(label) for label in g["labels"]] for g in vocabulary["groups"]]
        self.node_iris = [g["node"] for g in vocabulary["groups"]]
        self.holders = frozenset(i for i, g in enumerate(vocabulary["groups"]) if g.get("holder"))
        self.keys: dict[str, list[int]] = vocabulary["keys"]
        self.surfaces: dict[str, list[str]] = vocabulary["surfaces"]
        self.longest = max((len(k.split()) for k in self.keys), default=1)
        preferred = (self._preferred(group) for group in vocabulary["groups"])
        self.guidance_words: set[tuple[str, ...]] = {label for label in preferred if label}
        # every word of a label: a word the guidance never writes but the vocabulary knows ("cops")
        self.label_terms = frozenset(term for key in self.keys for term in key.split())

    def _preferred(self, group: dict[str, Any]) -> tuple[str, ...] | None:
        """A synonym concept's guidance word: the label its IRI is named after (synonyms.ttl)."""
        base, _, name = group["node"].rpartition("/")
        if not base.endswith(SYNONYM_PATH):
            return None
        for label in group["labels"]:
            if any(_slug(form) == _slug(name) for form in self.surfaces.get(" ".join(label), ())):
                return tuple(label)
        return None

    def set_counted(self, count: str, surface: tuple[str, ...] = ()) -> str | None:
        """The name, as written, of the one principle set a label of which counts its rules as `count`
        ("8": "Caldicott principles", labelled "eight Caldicott principles"); None when none is, or
        more than one is ("7": the seven golden rules, and the seven key questions), or when the
        words counted, `surface`, name another set ("eight golden rules": miscounted, still named)."""
        sets = [group for group, node in enumerate(self.node_iris)
                if node.rpartition("/")[0].endswith(PRINCIPLE_SET_PATH)]
        counted = [group for group in sets if any(len(label) > 1 and label[0] == count for label in self.groups[group])]
        named = self._sets_named(surface, sets) - self._sets_named(surface[-1:], sets)  # "principles" alone: none
        if len(counted) != 1 or named - set(counted):
            return None
        name = _slug(self.node_iris[counted[0]].rpartition("/")[2])
        forms = (form for label in self.groups[counted[0]] for form in self.surfaces.get(" ".join(label), ()))
        return next((form for form in sorted(forms) if _slug(form) == name), None)

    def _sets_named(self, surface: tuple[str, ...], sets: list[int]) -> set[int]:
        return {group for groups in self._named_groups(surface) for group in groups if group in sets}

    def units(self, surface: tuple[str, ...], joined: Collection[tuple[str, ...]] = ()
              ) -> list[tuple[tuple[str, ...], list[tuple[str, ...]]]]:
        """The query as units: (terms typed, alternative labels), longest vocabulary match first;
        `joined`: the terms of the words typed hyphenated (`ParsedQuery.compounds`)."""
        surface = self._objects_left_out(surface)
        units = []
        i = 0
        while i < len(surface):
            for n in range(min(self.longest, len(surface) - i), 0, -1):
                span = surface[i : i + n]
                terms = tuple(stem(w) for w in span)
                groups = self._groups(span, terms, joined)
                if groups or n == 1:
                    units.append((terms, self._alternatives(terms, groups)))
                    i += n
                    break
        return units

    def holders_named(self, surface: tuple[str, ...]) -> list[frozenset[int]]:
        """The roles and agencies `surface` names, one entry (its groups) per distinct holder:
        "the GP ... the school" names two, "the GP ... the doctor" one (their groups overlap)."""
        named: list[frozenset[int]] = []
        for groups in self._named_groups(surface):
            held = frozenset(groups) & self.holders
            if held and not any(held & other for other in named):
                named.append(held)
        return named

    def concepts_named(self, surface: tuple[str, ...]) -> set[str]:
        """The synonym concepts (their guidance word's slug, "crime") whose labels `surface` types."""
        named: set[str] = set()
        for groups in self._named_groups(surface):
            for group in groups:
                base, _, name = self.node_iris[group].rpartition("/")
                if base.endswith(SYNONYM_PATH):
                    named.add(name)
        return named

    def _objects_left_out(self, surface: tuple[str, ...]) -> tuple[str, ...]:
        """`surface` without the object standing between a verb and its particle where the two are a
        label (`OBJECT_WORDS`, `PARTICLES`): not "sign something saying", though "sign to say" is one;
        nor a word of degree within a label (`DEGREE_WORDS`: "agrees to absolutely everything")."""
        kept = list(surface)
        for i in range(len(kept) - 3, -1, -1):  # from the end: a word left out moves none still to look at
            first, between, last = kept[i : i + 3]
            if ((between in OBJECT_WORDS and last in PARTICLES or between in DEGREE_WORDS)
                    and self._groups((first, last), (stem(first), stem(last)))):
                del kept[i + 1]
        return tuple(kept)

    def _named_groups(self, surface: tuple[str, ...]) -> Iterator[list[int]]:
        """The groups of each label `surface` types, longest labels first, left to right."""
        surface = self._objects_left_out(surface)
        i = 0
        while i < len(surface):
            for n in range(min(self.longest, len(surface) - i), 0, -1):
                span = surface[i : i + n]
                groups = self._groups(span, tuple(stem(w) for w in span))
                if groups or n == 1:
                    yield groups
                    i += n
                    break

    def _groups(self, span: tuple[str, ...], terms: tuple[str, ...],
                joined: Collection[tuple[str, ...]] = ()) -> list[int]:
        key = " ".join(terms)
        for form in self.surfaces.get(key, ()):
            words = form.replace("-", " ").split()
            if (len(words) == len(span) and all(inflection_of(t, w) for t, w in zip(span, words, strict=True))
                    and (terms in joined or not one_word_only(form))):
                return self.keys[key]
        return []

    def _alternatives(self, span: tuple[str, ...], groups: list[int]) -> list[tuple[str, ...]]:
        """The other labels of `groups`, at most `MAX_ALTERNATIVES`: the guidance's own words first
        (a word in two concepts, "assault", has many labels), then the shortest."""
        labels = {label for g in groups for label in self.groups[g]} - {span}
        return sorted(labels, key=lambda label: (label not in self.guidance_words, len(label), label)
                      )[:MAX_ALTERNATIVES]


# Forms of "be" are question words that also make nouns with a hyphen ("well-being", "well being").
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were", "am"})


def one_word_only(form: str) -> bool:
    """Is `form` (a label as written) one hyphenated word with a question word for a part ("say-so")?
    Typed apart, its parts say something else ("do I need to say so"): it is that word only hyphenated.
    A label of more words ("need-to-know basis") says what it names whichever way it is typed."""
    return "-" in form and " " not in form and any(part in QUESTION_WORDS - _BE for part in form.split("-"))


