"""Answers from a build: search, which-act, myths and show, read from the index (never graph.ttl).

`Answers` opens the index, the vocabulary and the ranking data of one build once, so a
benchmark or an evaluation asks many questions warm; the module functions (`search`,
`which_act`, `myths`, `show`) build first when the output is stale, then answer one question.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from guidegraph.act_rules import (
    CONCEDED_BEHIND,
    CONFIDENCE_BASIS,
    LAW_WORDS,
    about_an_adult_only,
    behind,
    childrens_law_after,
    concedes_confidence,
    counted_less,
    guidance_asked,
    law_qualifiers,
    lone_unnamed_law_counts_less,
    qualified_first,
    seeds_of,
    split_field,
    telling_cases,
)
from guidegraph.config import Config
from guidegraph.errors import BuildError, GuidegraphError

log = logging.getLogger(__name__)
Reporter = Callable[[str], None]
Hit = dict[str, Any]
CANDIDATES = 300  # documents scored in full for each query
EXPAND_BELOW = 0.05  # in passages, expand words found in fewer than this share of documents (myths: all)
# For the same reason a case example's passages count this much in passage search: a question told
# as a story shares a story's everyday words whatever it asks, and the advice it asks for lies elsewhere.
CASE_PASSAGE_WEIGHT = 0.8
SEED_HITS = 40  # hits that seed the ranking of legal bases
# A law's own entry, found by the words of one of its names typed apart ("no right to tell her ...
# without asking" for "right to ask"), counts this much: the question does not name it.
UNNAMED_ENTRY_WEIGHT = 0.25
EVIDENCE = 3
OWN_EVIDENCE_SCAN = 50  # citing passages read for a law reached only by its own entry
ACT_SEED_KINDS = ("passage", "myth", "legal-basis", "provision")  # case examples are reached through their passages
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


class Scored(dict):
    """A hit: the stored fields of a document, its score and its number in the index."""

    def __init__(self, fields: dict[str, Any], score: float, docnum: int) -> None:
        super().__init__(fields)
        self.score, self.docnum = score, docnum

    def fields(self) -> dict[str, Any]:
        return dict(self)


class Ranked(list):
    """Hits, best first, with the analysed words the query looked for (to mark in snippets)."""

    def __init__(self, hits: list[Scored], terms: frozenset[str]) -> None:
        super().__init__(hits)
        self.terms = terms


class Bases(list):
    """which-act's legal bases, best first, with the place they were chosen for (None: anywhere)."""

    def __init__(self, bases: list[dict[str, Any]], jurisdiction: dict[str, str] | None) -> None:
        super().__init__(bases)
        self.jurisdiction = jurisdiction


class Answers:
    """An open build output: its whoosh index, vocabulary and ranking data."""

    def __init__(self, out: Path) -> None:
        from whoosh import index

        from guidegraph.index import INDEX_DIR, load_vocabulary
        from guidegraph.index_reader import CachedSearcher
        from guidegraph.output import reading
        from guidegraph.query import Expander
        from guidegraph.rank import load_rank_data, weighting

        directory = out / INDEX_DIR
        try:
            with reading(out):  # every file of one build, even if another build is swapped in meanwhile
                self.index = index.open_dir(str(directory))
                self.searcher = CachedSearcher(self.index.searcher(weighting=weighting()))
                self.searcher.open_columns()
                self.expander = Expander(load_vocabulary(directory))
                self.rank_data = load_rank_data(directory)
        except (OSError, ValueError, index.EmptyIndexError) as error:
            raise BuildError(f"{directory}: no usable search index ({error}); run `guidegraph build`") from None
        except (AttributeError, ImportError, EOFError, KeyError) as error:  # an index pickled by another guidegraph
            raise BuildError(f"{directory}: the search index was written by another version of guidegraph "
                             f"({error}); run `guidegraph build --clean`") from None
        self._filters: dict[str, set[int]] = {}
        self._myths: list[int] | None = None
        self._explaining: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}  # by law and its names

    def close(self) -> None:
        self.searcher.close()
        self.index.close()

    def __enter__(self) -> Answers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- search ---------------------------------------------------------------------------

    def search(self, text: str, kind: str = "passage", jurisdiction: str | None = None,
               document: str | None = None, limit: int = 10) -> list[Hit]:
        """Ranked hits for `text` with snippets; `kind` "any" mixes passages and entities."""
        from guidegraph.query import parse

        parsed = parse(text)
        filters = dict(parsed.filters)
        if kind != "any" and "kind" not in filters:
            filters["kind"] = (kind,)
        for name, value in (("jurisdiction", jurisdiction), ("document", document)):
            if value:
                filters[name] = (*filters.get(name, ()), value)
        self._check_filters(filters)
        if parsed.empty and not parsed.filters:
            raise GuidegraphError(f"nothing to search for in {text[:80]!r}: use words that appear in the guidance")
        # twice the hits asked for: a story's passage that counts less makes room for one beyond them
        results = _repeats_last(_stories_count_less(self._run(parsed, filters, 2 * max(1, limit))))
        return [self._hit(result, results) for result in results[: max(1, limit)]]

    def _check_filters(self, filters: dict[str, tuple[str, ...]]) -> None:
        for place in filters.get("jurisdiction", ()):
            self._places_within(place)
        slugs = filters.get("document", ())
        known = {term.decode() for term in self.searcher.lexicon("document")} if slugs else set()
        for slug in slugs:
            if slug not in known:
                raise GuidegraphError(f"no document with slug '{slug}' (known: {', '.join(sorted(known)[:12])})")

    def _run(self, parsed: Any, filters: dict[str, tuple[str, ...]], limit: int,
             expand_below: float | None = EXPAND_BELOW, candidates: list[int] | None = None) -> Ranked:
        """The best `limit` documents: `candidates` (by default those the query's rarer words find),
        each scored for the whole query (`rank.rescore`)."""
        from whoosh import query

        from guidegraph.query import candidate_terms, filter_query, plan
        from guidegraph.rank import candidate_documents, rescore

        restriction = filter_query(filters)
        if parsed.empty:
            found = self.searcher.search(query.Every(), filter=restriction, limit=limit)
            return Ranked([Scored(h.fields(), h.score, h.docnum) for h in found], frozenset())
        units = plan(parsed, self.expander, self.searcher, expand_below=expand_below)
        if candidates is None:
            allowed = self._allowed(restriction)
            if allowed is not None and len(allowed) <= CANDIDATES:
                candidates = sorted(allowed)
            else:
                terms = candidate_terms(units, self.searcher)
                candidates = candidate_documents(self.searcher, terms, allowed, CANDIDATES)
        scores = rescore(units, self.searcher, candidates)
        best = [d for d in sorted(scores, key=lambda d: (-scores[d], d)) if scores[d] > 0][:limit]
        terms = frozenset(t for options in units for option in options for t in option.terms)
        return Ranked([Scored(self.searcher.stored_fields(d), scores[d], d) for d in best], terms)

    def _allowed(self, restriction: Any) -> Any:
        """The documents a filter allows, as a set kept for the next query with the same filter:
        whoosh would otherwise list them afresh (every passage, at a large scale) for each query."""
        if restriction is None:
            return None
        key = str(restriction)
        if key not in self._filters:
            if len(self._filters) >= 64:
                self._filters.clear()
            self._filters[key] = set(self.searcher.docs_for_query(restriction))
        return self._filters[key]

    def _hit(self, result: Any, results: Any) -> Hit:
        from guidegraph.answer_text import snippet

        stored = result.fields()
        data = stored["data"]
        passages = data.get("passages", [])
        return {
            "id": stored["id"],
            "kind": stored["kind"],
            "passage_id": data["ref"] if stored["kind"] == "passage" else (passages[0] if passages else None),
            "document": stored["document"],
            "section": data.get("section"),
            "section_title": data.get("section_title"),
            "line_start": data.get("line_start"),
            "line_end": data.get("line_end"),
            "title": stored["title"],
            "text": stored["text"],
            "snippet": snippet(stored["text"], results.terms),
            "score": round(float(result.score), 4),
            "legal_bases": split_field(stored.get("legal_bases")),
            "provisions": split_field(stored.get("provisions")),
            "entities": split_field(stored.get("entities")),
            "jurisdictions": split_field(stored.get("jurisdictions")),
            "iri": data.get("iri"),
        }


    # --- which-act ------------------------------------------------------------------------

    def which_act(self, question: str, jurisdiction: str | None = None, limit: int = 5) -> list[dict[str, Any]]:
        """The legal bases that support what `question` describes, best first, with evidence; for the
        `jurisdiction` given, else for the one place the question names ("in Scotland"), if any."""
        from guidegraph.analysis import analyse, slug
        from guidegraph.query import parse, query_terms
        from guidegraph.question_forms import (
            agency_right_as_power,
            crime_for_the_police,
            entitlement_as_power,
            giving_as_conferring,
            officers_as_police,
            seeing_as_access,
            someones_past_for_the_scheme,
        )
        from guidegraph.rank import rank_legal_bases

        question = seeing_as_access(officers_as_police(question, self.expander.concepts_named))
        question = agency_right_as_power(question, self.expander.holders_named)
        parsed = parse(giving_as_conferring(entitlement_as_power(question)))
        if parsed.empty:
            raise GuidegraphError(f"no question in {question[:80]!r}: describe the disclosure or duty in words")
        parsed = replace(parsed, minor=parsed.minor | (LAW_WORDS & set(parsed.words)))
        parsed = crime_for_the_police(parsed, self.expander.concepts_named)
        parsed = someones_past_for_the_scheme(parsed, question)
        filters = {"kind": ACT_SEED_KINDS, "cites": ("law",)}
        place = jurisdiction or self.place_named(question)  # the place asked for wins over the one named
        places = self._places_within(place) if place else ()
        answered_for = {"id": slug(place), "title": _place_title(slug(place)),
                        "from": "option" if jurisdiction else "question"} if place else None
        # Every hit seeds, not only those from guidance for the place: English guidance on the UK GDPR
        # is evidence for it in Scotland too. Law not extending there is left out after ranking.
        results = self._run(parsed, filters, SEED_HITS)
        results = Ranked([r for r in results if self._cited(r)], results.terms)
        stored = {r["id"]: r.fields() for r in results}
        results = _unnamed_law_counts_less(results, analyse(question), self._law_names)
        seeded_for = places or self._home  # a question naming no place is asked where the guidance is
        weighed = seeds_of(results, self._law_names, seeded_for, self._telling_cases)
        weighed = lone_unnamed_law_counts_less(weighed, results.terms, self._name_words, self.rank_data["provisions"])
        ranked = rank_legal_bases(weighed, self.rank_data)
        if places:
            ranked = [r for r in ranked if self._applies(r.id, places)]
        elif self._home:
            ranked = counted_less(ranked, lambda basis: not self._applies(basis, self._home))
        ranked = qualified_first(ranked, law_qualifiers(parsed), self._law_names)
        if concedes_confidence(question):
            ranked = behind(ranked, CONFIDENCE_BASIS, CONCEDED_BEHIND)
        if about_an_adult_only(parsed.words):
            ranked = childrens_law_after(ranked, self.rank_data)
        terms = query_terms(parsed)
        bases = [{**self._basis(r, stored, terms), "jurisdiction": answered_for} for r in ranked[: max(1, limit)]]
        first = guidance_asked(parsed.words) if places else 0
        if first:
            lead = bases[0]["score"] if bases else 1.0
            guidance = [{**g, "score": lead, "jurisdiction": answered_for}
                        for g in self._guidance_for(parsed, places, terms)[:first]]
            bases = (guidance + bases)[: max(1, limit)]
        return Bases(bases, answered_for)

    def _guidance_for(self, parsed: Any, places: tuple[str, ...], terms: set[str]) -> list[dict[str, Any]]:
        """The guidance written for `places` (a UK-wide document aside) that the corpus cites, the most
        cited first, then the best match for the question: what a practitioner there is told to follow."""
        local = set(places) - {"uk"}
        written = [f for f in self.searcher.documents(kind="guidance")
                   if f["document"] and local & set(split_field(f.get("jurisdictions")))]
        if not written:
            return []
        numbers = [self.searcher.document_number(id=f["id"]) for f in written]
        scores = {r["id"]: r.score for r in self._run(parsed, {}, len(numbers), candidates=numbers)}
        written.sort(key=lambda f: (-len(f["data"]["passages"]), -scores.get(f["id"], 0.0), f["title"]))
        return [self._guidance_item(fields, terms) for fields in written]

    def _guidance_item(self, fields: dict[str, Any], terms: set[str]) -> dict[str, Any]:
        """A guidance document as which-act lists it: the fields of a legal basis, no law's among them."""
        from guidegraph.reasons import best_sentence

        evidence = [{"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]}
                    for p in self._passages(fields["data"]["passages"])][:EVIDENCE]
        return {"id": fields["data"]["ref"].removeprefix("guidance/"), "kind": "guidance",
                "iri": fields["data"]["iri"], "title": fields["title"], "aliases": [], "legislation_gov_uk": None,
                "provisions": [], "status": None, "superseded_by": None,
                "reason": best_sentence([e["text"] for e in evidence], terms, [fields["title"]]),
                "evidence": evidence}

    def place_named(self, question: str) -> str | None:
        """The nation or local area `question` names (its slug), the narrowest of those it names when
        they nest ("Halton, in England"); None when it names none, or places apart ("England and Wales")."""
        from guidegraph.query import places_named

        within = self.rank_data.get("places", {})
        named = places_named(question, *self._place_names)
        narrowest = [place for place in named if named <= set(within[place])]
        return narrowest[0] if len(narrowest) == 1 else None

    # What which-act reads of the build's ranking data on every question: made once per open build.

    @cached_property
    def _law_names(self) -> dict[str, list[tuple[str, ...]]]:
        from guidegraph.rank import law_names

        return law_names(self.rank_data)

    @cached_property
    def _name_words(self) -> dict[str, frozenset[str]]:
        """The words (analysed) of each legal basis's names, title and aliases, but for words asking
        for law and numbers: "femal genit mutil" of the Female Genital Mutilation Act 2003."""
        from guidegraph.analysis import stem

        generic = {stem(word) for word in LAW_WORDS}
        return {node.removeprefix("legal-basis:"): frozenset(w for name in names for w in name
                                                             if w not in generic and not w.isdigit())
                for node, names in self._law_names.items() if node.startswith("legal-basis:")}

    @cached_property
    def _home(self) -> tuple[str, ...]:
        """The nation most of the corpus's guidance applies in and the places it lies in, if one."""
        home = self.rank_data.get("home")
        return tuple(self.rank_data["places"].get(home, [home])) if home else ()

    @cached_property
    def _telling_cases(self) -> frozenset[str]:
        return telling_cases(self.rank_data["cases"])

    def _cited(self, result: Any) -> bool:
        """A legal basis or provision is evidence only when the corpus cites it: the catalog holds
        law no document may mention, and its own entry says nothing of what the guidance supports."""
        kind, key = result["kind"], result["id"].partition(":")[2]
        table = {"legal-basis": "bases", "provision": "provisions"}.get(kind)
        return table is None or bool(self.rank_data[table].get(key, {}).get("cited"))

    def _places_within(self, jurisdiction: str) -> tuple[str, ...]:
        """The jurisdiction or local area and the places it lies in; an unknown one is a usage error."""
        from guidegraph.analysis import slug

        within = self.rank_data.get("places", {})
        if slug(jurisdiction) not in within:
            raise GuidegraphError(f"unknown jurisdiction or area '{jurisdiction}' (known: {', '.join(within)})")
        return tuple(within[slug(jurisdiction)])

    @cached_property
    def _place_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """The names of the build's nations and local areas, and the other names of the nations."""
        within = self.rank_data.get("places", {})
        names = {place.replace("-", " "): place for place in within if place != "uk"}
        others = {name: place for place, aliases in NATION_NAMES.items() if place in within for name in aliases}
        return names, others

    def _applies(self, basis: str, places: tuple[str, ...]) -> bool:
        """Does the law extend to one of `places`? Law of unknown extent (uncatalogued) extends where
        its title says ("Children's Hearings (Scotland) Act 2011"), else anywhere."""
        from guidegraph.query import places_named

        fields = self.searcher.document(id=f"legal-basis:{basis}")
        extent = split_field(fields.get("jurisdictions")) if fields else []
        if not extent and basis in self.rank_data["bases"]:
            extent = sorted(places_named(self.rank_data["bases"][basis]["title"], *self._place_names))
        return not extent or any(place in extent for place in places)

    def _basis(self, ranked: Any, stored: dict[str, dict[str, Any]], terms: set[str]) -> dict[str, Any]:
        info = self.rank_data["bases"][ranked.id]
        evidence = self._evidence(ranked, stored) or self._own_evidence(ranked.id, terms)
        names = [info["title"], *info["aliases"]]
        names += [self.rank_data["provisions"][p]["title"].split(", ")[-1] for p in ranked.provisions]
        reason, evidence = self._reason(ranked.id, evidence, terms, names)
        return {
            "id": ranked.id,
            "kind": "legal-basis",
            "iri": info["iri"],
            "title": info["title"],
            "aliases": info["aliases"],
            "legislation_gov_uk": info["legislation_gov_uk"],
            "provisions": [{"id": p, "iri": self.rank_data["provisions"][p]["iri"],
                            "title": self.rank_data["provisions"][p]["title"]} for p in ranked.provisions],
            "score": round(ranked.score, 6),
            "status": info["status"],
            "superseded_by": info["superseded_by"],
            "reason": reason,
            "evidence": evidence,
        }

    def _reason(self, basis: str, evidence: list[dict[str, Any]], terms: set[str],
                names: list[str]) -> tuple[str, list[dict[str, Any]]]:
        """The reason line and the evidence showing it: the best sentence of the evidence, unless it
        does not say what the law does; then the best of it and the sentences of the passages citing
        the law that do, the passage of the one chosen shown as evidence."""
        from guidegraph.reasons import best_sentence_at, explains

        reason, _, score = best_sentence_at([e["text"] for e in evidence], terms, names)
        if explains(reason, names):
            return reason, evidence
        shown = {e["passage_id"] for e in evidence}
        citing = [p for p in self._explaining_passages(basis, tuple(names)) if p["passage_id"] not in shown]
        better, at, better_score = best_sentence_at([p["text"] for p in citing], terms, names, only_explaining=True)
        if not better or better_score <= score:
            return reason, evidence
        return better, evidence[: EVIDENCE - 1] + [citing[at]]

    def _explaining_passages(self, basis: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
        """The passages citing the law (among the first `OWN_EVIDENCE_SCAN`) with a sentence saying
        what it does, in document order; read once for each law and its names."""
        from guidegraph.reasons import explains, sentences_of

        key = (basis, names)
        if key not in self._explaining:
            fields = self.searcher.document(id=f"legal-basis:{basis}")
            citing = self._passages(fields["data"]["passages"][:OWN_EVIDENCE_SCAN]) if fields else []
            self._explaining[key] = [
                {"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]} for p in citing
                if any(explains(sentence, list(names)) for sentence, _ in sentences_of(p["text"]))]
        return self._explaining[key]

    def _evidence(self, ranked: Any, stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Passages among (or behind) the hits that cite the basis or one of its provisions."""
        rows: dict[str, dict[str, Any]] = {}
        for node in ranked.seeds:
            fields = stored.get(node)
            if fields is None or fields["kind"] == "legal-basis":
                continue
            candidates = [fields] if fields["kind"] == "passage" else self._passages(fields["data"]["passages"])
            citing = [c for c in candidates if ranked.id in split_field(c.get("legal_bases"))] or candidates[:1]
            for passage in citing:
                rows.setdefault(passage["data"]["ref"], {"document": passage["document"],
                                                         "passage_id": passage["data"]["ref"],
                                                         "text": passage["text"]})
            if len(rows) >= EVIDENCE:
                break
        return list(rows.values())[:EVIDENCE]

    def _own_evidence(self, basis: str, terms: set[str], limit: int = EVIDENCE) -> list[dict[str, Any]]:
        """For law the hits reached only through its own entry: the passages citing it that hold the
        most of the question's words (among the first `OWN_EVIDENCE_SCAN`), so it too shows why."""
        from guidegraph.reasons import words_of

        fields = self.searcher.document(id=f"legal-basis:{basis}")
        citing = self._passages(fields["data"]["passages"][:OWN_EVIDENCE_SCAN]) if fields else []
        citing.sort(key=lambda p: -len(terms & words_of(p["text"])))  # stable: document order on ties
        return [{"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]}
                for p in citing[:limit]]

    def _passages(self, passage_ids: list[str]) -> list[dict[str, Any]]:
        found = (self.searcher.document(id=f"passage:{p}") for p in passage_ids)
        return [f for f in found if f]

    # --- show -----------------------------------------------------------------------------

    def passage(self, ref: str) -> dict[str, Any] | None:
        """A passage by id, `passage/ID` or IRI, as `show` prints it; None when `ref` is no passage."""
        key = ref.split("/id/passage/", 1)[-1].removeprefix("passage/")
        fields = self.searcher.document(id=f"passage:{key}")
        if not fields:
            return None
        data = fields["data"]
        record = {"id": data["ref"], "iri": data["iri"], "title": fields["title"], "document": fields["document"],
                  "section": data["section"], "line_start": data["line_start"], "line_end": data["line_end"],
                  "text": fields["text"], "jurisdictions": split_field(fields.get("jurisdictions"))}
        links = {"legal_bases": split_field(fields.get("legal_bases")),
                 "provisions": split_field(fields.get("provisions")),
                 "part_of": [e for e in split_field(fields.get("entities")) if not e.startswith("term/")],
                 "terms": [e for e in split_field(fields.get("entities")) if e.startswith("term/")]}
        return {"kind": "passage", "record": record, "links": links}

    # --- myths -----------------------------------------------------------------------------

    def myths(self, text: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Every myth with its answers; with `text`, the myths it matches, best first."""

        if text is None or not text.strip():
            statements = list(self.searcher.documents(kind="myth"))
        else:
            from guidegraph.query import parse

            parsed = parse(text)
            if parsed.empty:
                raise GuidegraphError(f"nothing to match in {text[:80]!r}: say what you believe, in words")
            parsed = handed_between(parsed, self.expander)
            # every statement is scored: there are few, and a myth is often put in common words
            if self._myths is None:
                self._myths = list(self.searcher.document_numbers(kind="myth"))
            found = self._run(parsed, {}, len(self._myths), expand_below=None, candidates=self._myths)
            statements = [r.fields() for r in self._by_concept(parsed, found, text)]
        return _group_myths(statements, ranked=bool(text and text.strip()))[:limit]

    def _by_concept(self, parsed: Any, found: Ranked, question: str) -> list[Scored]:
        """The statements found, best concept first (`myth_rank`): a question's words count most where
        a statement, not only its answer, says them."""
        from guidegraph.myth_rank import concept_order
        from guidegraph.query import plan

        units = plan(parsed, self.expander, self.searcher, expand_below=None)
        # the best `CANDIDATES` are ordered so, the rest follow as found: in a large corpus most of
        # its thousands of statements match some everyday word of the question
        return concept_order(units, self.searcher, found[:CANDIDATES], question) + found[CANDIDATES:]


# A belief about information held by one service reaching another ("what the GP knows can't be used
# by the school", "notes the police make can't go to the nursery") names two holders, roles or
# agencies; the guidance puts that as information of "one organisation" disclosed to "another".
HANDED_WORDS = ("organisation", "another")


def handed_between(parsed: Any, expander: Any) -> Any:
    """`parsed` with the guidance's words for one holder's information reaching another when it
    names two distinct roles or agencies: the typed names alone match the services, not the belief."""
    if len(expander.holders_named(parsed.words)) < 2:
        return parsed
    # a hint to the belief, which the words typed still outweigh when they name another one
    # ("their computer systems", "GDPR means", "breach their privacy")
    return parsed.with_hints(HANDED_WORDS)


def _stories_count_less(results: Ranked) -> Ranked:
    """The hits, a case example's passages counting less (`CASE_PASSAGE_WEIGHT`)."""
    for r in results:
        if r["kind"] == "passage" and any(e.startswith("case-example/") for e in split_field(r.get("entities"))):
            r.score *= CASE_PASSAGE_WEIGHT
    return Ranked(sorted(results, key=lambda r: -r.score), results.terms)


REPEATED = 0.8  # share of their words two passages have in common when one repeats the other
_WORD = re.compile(r"\w+")


def _repeats_last(results: Ranked) -> Ranked:
    """The hits, a passage that repeats a better one (the same advice copied into another document,
    a myth's answer in two leaflets) after the others: it would take the place of other advice.
    A copy repeats the words as written, so they are compared unanalysed (the analyser costs more)."""
    kept: list[frozenset[str]] = []
    first, repeats = [], []
    for result in results:
        words = frozenset(_WORD.findall(result["text"].lower())) if result["kind"] == "passage" else frozenset()
        if words and any(len(words & other) >= REPEATED * len(words | other) for other in kept):
            repeats.append(result)
        else:
            kept.append(words)
            first.append(result)
    return Ranked(first + repeats, results.terms)


def _unnamed_law_counts_less(results: Ranked, question: list[str],
                             names: dict[str, list[tuple[str, ...]]]) -> Ranked:
    """The hits, a legal basis or provision found by its own entry counting less when the question
    types words of its names but no name: the entry is its names, short, so words the question uses
    apart ("no right to tell her ... without asking") or in another sense ("the council's scheme")
    score it highly for a name it does not type ("right to ask", "Disclosure Scheme")."""
    from guidegraph.analysis import stem
    from guidegraph.rank import contains

    typed = set(question) - {stem(word) for word in LAW_WORDS}  # "which law" names no law
    for r in results:
        own = [name for name in names.get(r["id"], ()) if name]
        if (r["kind"] in ("legal-basis", "provision") and not any(contains(question, name) for name in own)
                and any(typed & set(name) for name in own)):
            r.score *= UNNAMED_ENTRY_WEIGHT
    return Ranked(sorted(results, key=lambda r: -r.score), results.terms)


def _group_myths(statements: list[dict[str, Any]], ranked: bool) -> list[dict[str, Any]]:
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


def linked_entity(records: dict[str, list[dict[str, Any]]], ref: str) -> dict[str, Any]:
    """The record `ref` names (an id or an IRI) and the records that link to it."""
    found = [(kind, r) for kind, rows in records.items() for r in rows if ref in (r.get("id"), r.get("iri"))]
    if not found:  # a myth or a principle: the concept each document's statement is a wording of
        found = [(kind, r) for kind, rows in records.items() for r in rows if r.get("concept") == ref]
        if found:
            kind, first = found[0]
            title = first.get("concept_title") or first["myth"] if kind == "myths" else first["title"]
            return {"kind": kind.removesuffix("s"), "record": {"id": ref, "title": title},
                    "links": {"statements": [r for _, r in found]}}
        raise GuidegraphError(f"nothing with id or IRI '{ref}': try `guidegraph list KIND` or `guidegraph search`")
    kind, record = found[0]
    return {"kind": kind, "record": record, "links": _links_to(records, kind, record)}


def _links_to(records: dict[str, list[dict[str, Any]]], kind: str, record: dict[str, Any]) -> dict[str, list[Any]]:
    """What rests on or points to a record: myths, case examples and passages that cite a basis, ..."""
    key = record["id"]
    if kind == "legal-bases":
        return {
            "myths": [m for m in records["myths"] if key in m["legal_bases"]],
            "case_examples": [c for c in records["case-examples"] if key in c["legal_bases"]],
            "superseded": [b for b in records["legal-bases"] if b["superseded_by"] == key],
        }
    if kind == "provisions":
        return {"case_examples": [c for c in records["case-examples"] if key in c["provisions"]]}
    if kind == "principles":
        return {"other_wordings": [p for p in records["principles"] if p["concept"] == record["concept"]
                                   and p["id"] != key]}
    if kind == "myths":
        return {"other_sources": [m for m in records["myths"] if m["concept"] == record["concept"] and m["id"] != key]}
    return {}


def _place_title(name: str) -> str:
    """"Northern Ireland" for "northern-ireland", "Cheshire West and Chester" for its slug."""
    from guidegraph.query import SMALL_WORDS

    words = name.replace("-", " ").split()
    return " ".join(w if w in SMALL_WORDS or w[:1].isupper() else w.capitalize() for w in words)


# --- one question at a time, building first when needed -------------------------------------


def open_answers(config: Config, report: Reporter | None = None) -> Answers:
    """The answers of `config.out`, built first when missing or stale."""
    from guidegraph.build import ensure_built

    ensure_built(config, report)
    return Answers(config.out)


def search(config: Config, text: str, report: Reporter | None = None, **options: Any) -> list[Hit]:
    """`guidegraph search`: ranked passages (or entities) for `text`."""
    with open_answers(config, report) as answers:
        return answers.search(text, **options)


def which_act(config: Config, question: str, report: Reporter | None = None, **options: Any) -> list[dict[str, Any]]:
    """`guidegraph which-act`: the legal bases for what `question` describes."""
    with open_answers(config, report) as answers:
        return answers.which_act(question, **options)


def myths(config: Config, text: str | None = None, report: Reporter | None = None,
          limit: int | None = None) -> list[dict[str, Any]]:
    """`guidegraph myths`: every myth, or those `text` matches, best first."""
    with open_answers(config, report) as answers:
        return answers.myths(text, limit=limit)


def show(config: Config, ref: str, report: Reporter | None = None) -> dict[str, Any]:
    """`guidegraph show`: one entity (by id or IRI) with everything linked to it."""
    from guidegraph.build import ensure_built
    from guidegraph.output import reading
    from guidegraph.pipeline import load_records

    ensure_built(config, report)
    with reading(config.out):  # the index and the records of one build
        with Answers(config.out) as answers:
            passage = answers.passage(ref)
        records = load_records(config.out) if passage is None else {}
    return passage if passage is not None else linked_entity(records, ref)
