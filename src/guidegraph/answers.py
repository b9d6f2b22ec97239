"""Answers from a build: search, which-act, myths and show, read from the index (never graph.ttl).

`Answers` opens the index, the vocabulary and the ranking data of one build once, so a
benchmark or an evaluation asks many questions warm; the module functions (`search`,
`which_act`, `myths`, `show`) build first when the output is stale, then answer one question.
The class runs each look-up; the pieces it is made of live beside it: `search_hits` (hits and the
orders they are put in beyond their scores), `act_rules` and `act_evidence` (how which-act weighs
the hits, and the evidence and reason line of each answer), `places`, `myth_lookup`, and
`entity_links` (what `show` prints).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

from guidegraph.act_evidence import ActEvidence
from guidegraph.act_history import (
    amending_law,
    amending_law_first,
    asked_of_the_past,
    document_year,
    law_of_the_time_first,
    made_in,
    made_then_first,
    replaced_law_as_the_document_had_it,
    successors_asked_for,
)
from guidegraph.act_rules import (
    LAW_WORDS,
    asked_about_first,
    asks_for_a_code,
    asks_for_a_power_to_disclose,
    code_of_a_law_ranked,
    counted_less,
    disclosure_scheme_first,
    from_one_of,
    implied_first,
    kinds_asked_for,
    law_asked_about,
    law_qualifiers,
    laws_giving_a_power_to_disclose,
    laws_named_beside,
    lone_unnamed_law_counts_less,
    moved_ahead,
    named_beside_first,
    named_for_capacity_first,
    qualified_first,
    seeds_of,
    split_field,
    telling_cases,
)
from guidegraph.act_unasked import (
    CONCEDED_BEHIND,
    CONFIDENCE_BASIS,
    about_a_dangerous_person,
    about_an_adult_only,
    about_no_school,
    after_the_rest,
    asks_for_an_act,
    asks_for_regulations,
    behind,
    childrens_law,
    concedes_confidence,
    education_law,
    named_in,
    not_a_regulation,
    not_an_act,
    police_after_records,
    schemes,
    set_aside,
)
from guidegraph.catalog_law import CatalogLaw, CatalogMatch, question_terms
from guidegraph.config import Config
from guidegraph.entity_links import linked_entity, passage_with_links
from guidegraph.errors import BuildError, GuidegraphError
from guidegraph.guidance_answers import GuidanceFinder, publisher_named_first
from guidegraph.myth_lookup import MythFinder, group_myths
from guidegraph.places import Places, place_title
from guidegraph.publishers import Publishers, asked_of
from guidegraph.search_hits import (
    Hit,
    Ranked,
    Scored,
    asked_of_first,
    hit_record,
    repeats_last,
    stories_count_less,
    unnamed_law_counts_less,
    with_the_rest_of_the_story,
)

log = logging.getLogger(__name__)
Reporter = Callable[[str], None]
CANDIDATES = 300  # documents scored in full for each query
EXPAND_BELOW = 0.05  # in passages, expand words found in fewer than this share of documents (myths: all)
SEED_HITS = 40  # hits that seed the ranking of legal bases
PLACE_HITS = 10  # of them, fewer than this many from the place asked about: its own best hits seed too
IMPLIED_HITS = 3  # the best hits: where the guidance names a law beside a term of art the question uses
ACT_SEED_KINDS = ("passage", "myth", "legal-basis", "provision")  # case examples are reached through their passages


class Bases(list):
    """which-act's legal bases, best first, with the place they were chosen for (None: anywhere)."""

    def __init__(self, bases: list[dict[str, Any]], jurisdiction: dict[str, str] | None) -> None:
        super().__init__(bases)
        self.jurisdiction = jurisdiction


class Answers:
    """An open build output: its whoosh index, vocabulary and ranking data."""

    def __init__(self, out: Path) -> None:
        from whoosh import index

        from guidegraph.expansion import Expander
        from guidegraph.index import INDEX_DIR, load_vocabulary
        from guidegraph.index_reader import CachedSearcher
        from guidegraph.output import reading
        from guidegraph.rank import load_rank_data
        from guidegraph.scoring import weighting

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
        self._stories: dict[str, list[int]] = {}
        self._places = Places(self.searcher, self.rank_data)
        self._publishers = Publishers(self.rank_data, self._places.name_words)
        self._evidence = ActEvidence(self.searcher, self.rank_data)
        self._guidance = GuidanceFinder(self.searcher, self._run, self._evidence, SEED_HITS)
        self._myths = MythFinder(self.searcher, self.expander, self._run, CANDIDATES)

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
        from guidegraph.question_forms import inability_as_capacity, speaker_as_practitioner, when_as_timescale

        # "can't follow what we'd share": the guidance's words for lacking capacity, as a hint;
        # "when should she pass it on?": the word for a time set; "I'm a school nurse": for those it advises
        parsed = when_as_timescale(inability_as_capacity(parse(text), text), text)
        parsed = speaker_as_practitioner(parsed, text)
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
        results = self._run(parsed, filters, 2 * max(1, limit))
        if not document and (asked := self._asked_filter(text)):
            theirs = self._run(parsed, {**filters, **asked}, 2 * max(1, limit))
            results = asked_of_first(results, theirs, self._asked_of(text))
        results = with_the_rest_of_the_story(results, self._story, self.searcher.stored_fields)
        results = repeats_last(stories_count_less(results))
        return [hit_record(result, results.terms) for result in results[: max(1, limit)]]

    def read_as(self, text: str) -> list[tuple[str, str]]:
        """The words of `text` read as other words of the guidance (typed one letter off them: `query.respelt`)."""
        from guidegraph.query import parse, respelt

        parsed = parse(text)
        spelt = respelt(parsed, self.searcher, self.expander.label_terms)
        return [(typed, read) for typed, read in zip(parsed.words, spelt.words, strict=True) if typed != read]

    def _story(self, case: str) -> list[int]:
        """The index numbers of a case example's passages in the document's order, kept for the next question."""
        from whoosh import query

        if case not in self._stories:  # its few documents, then their kind: "kind" is every passage's term
            found = self.searcher.docs_for_query(query.Term("entities", case))
            fields = {d: self.searcher.stored_fields(d) for d in found}
            told = [(f["data"].get("line_start", 0), d) for d, f in fields.items() if f.get("kind") == "passage"]
            self._stories[case] = [d for _, d in sorted(told)]
        return self._stories[case]

    def _asked_filter(self, text: str) -> dict[str, tuple[str, ...]]:
        """A filter to the documents `text` says it asks about: a publisher's it names by its own
        name, else those written for the local area it names (a nation names no one's)."""
        from guidegraph.index_docs import NATIONS

        if documents := self._publishers.documents_named(text):
            return {"document": tuple(sorted(documents))}
        place = self.place_named(text)
        return {"jurisdiction": (place,)} if place and place not in NATIONS else {}

    def _check_filters(self, filters: dict[str, tuple[str, ...]]) -> None:
        for place in filters.get("jurisdiction", ()):
            self._places.within(place)
        slugs = filters.get("document", ())
        known = {term.decode() for term in self.searcher.lexicon("document")} if slugs else set()
        for slug in slugs:
            if slug not in known:
                raise GuidegraphError(f"no document with slug '{slug}' (known: {', '.join(sorted(known)[:12])})")

    def _run(self, parsed: Any, filters: dict[str, tuple[str, ...]], limit: int,
             expand_below: float | None = EXPAND_BELOW, candidates: list[int] | None = None) -> Ranked:
        """The best `limit` documents: `candidates` (by default those the query's rarer words find),
        each scored for the whole query (`scoring.rescore`)."""
        from whoosh import query

        from guidegraph.query import candidate_terms, filter_query, plan
        from guidegraph.scoring import candidate_documents, rescore

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

    # --- which-act ------------------------------------------------------------------------

    def which_act(self, question: str, jurisdiction: str | None = None, limit: int = 5) -> list[dict[str, Any]]:
        """The legal bases that support what `question` describes, best first, with evidence; for the
        `jurisdiction` given, else for the one place the question names ("in Scotland"), if any."""
        from guidegraph.analysis import analyse, slug
        from guidegraph.query import parse, query_terms
        from guidegraph.question_forms import (
            access_under_data_law,
            agency_right_as_power,
            asks_leave_to_share_without_consent,
            better_place_as_well_being,
            child_first_as_overriding,
            co_operating_bodies_as_named_in_law,
            court_deputy_as_court_of_protection,
            crime_for_the_police,
            cutting_as_fgm,
            data_principles_in_plain_words,
            duty_reaching_a_body_as_key_bodies,
            entitlement_as_power,
            giving_as_conferring,
            guidance_terms,
            helping_its_work_as_incidental,
            inability_as_capacity,
            lacks_capacity,
            no_more_than_necessary_as_data_law,
            no_power_as_what_still_binds,
            officers_as_police,
            past_asked_to_learn,
            privacy_as_private_life,
            regulator_as_commissioner,
            running_drugs_as_exploitation,
            saving_a_life_as_vital_interests,
            seeing_as_access,
            services_for_children_as_in_need,
            someones_care_as_facilitating_it,
            someones_past_for_the_scheme,
            speaks_of_capacity_asked,
            spelt_out,
            stopping_it_as_crime_prevention,
            taking_consent_back_as_withdrawal,
            unknown_school_as_missing_education,
            what_binds_a_confidence,
            without_consent_as_the_law_allows,
        )
        from guidegraph.rank import rank_legal_bases

        question = unknown_school_as_missing_education(seeing_as_access(officers_as_police(spelt_out(question),
                                                                                         self.expander.concepts_named)))
        question = helping_its_work_as_incidental(better_place_as_well_being(question))
        question = saving_a_life_as_vital_interests(services_for_children_as_in_need(question))
        question = taking_consent_back_as_withdrawal(regulator_as_commissioner(question))
        question = data_principles_in_plain_words(privacy_as_private_life(question))
        question = someones_care_as_facilitating_it(stopping_it_as_crime_prevention(question))
        question = court_deputy_as_court_of_protection(cutting_as_fgm(question))
        question = running_drugs_as_exploitation(co_operating_bodies_as_named_in_law(question))
        typed_terms = guidance_terms(question)  # the guidance's own terms, as typed or as read in other words
        question = agency_right_as_power(question, self.expander.holders_named)
        parsed = parse(giving_as_conferring(entitlement_as_power(question)))
        if parsed.empty:
            raise GuidegraphError(f"no question in {question[:80]!r}: describe the disclosure or duty in words")
        parsed = replace(parsed, minor=parsed.minor | (LAW_WORDS & set(parsed.words)))
        parsed = crime_for_the_police(parsed, self.expander.concepts_named)
        parsed = someones_past_for_the_scheme(parsed, question)
        parsed = inability_as_capacity(parsed, question)
        parsed = access_under_data_law(parsed, question)
        parsed = without_consent_as_the_law_allows(parsed, question)
        parsed = no_power_as_what_still_binds(parsed, question)
        parsed = no_more_than_necessary_as_data_law(parsed, question)
        parsed = what_binds_a_confidence(parsed, question)
        parsed = child_first_as_overriding(parsed, question)
        parsed = duty_reaching_a_body_as_key_bodies(parsed, question)
        filters = {"kind": ACT_SEED_KINDS, "cites": ("law",)}
        place = jurisdiction or self.place_named(question)  # the place asked for wins over the one named
        places = self._places.within(place) if place else ()
        answered_for = {"id": slug(place), "title": place_title(slug(place)),
                        "from": "option" if jurisdiction else "question"} if place else None
        # Every hit seeds, not only those from guidance for the place: English guidance on the UK GDPR
        # is evidence for it in Scotland too. Law not extending there is left out after ranking.
        results = self._with_the_places_own(self._run(parsed, filters, SEED_HITS), parsed, filters, places)
        results = Ranked([r for r in results if self._cited(r)], results.terms)
        stored = {r["id"]: r.fields() for r in results}
        results = unnamed_law_counts_less(results, analyse(question), self._law_names)
        home = self._places.home
        seeded_for = places or home  # a question naming no place is asked where the guidance is
        published = self._publishers.documents_named(question)
        if not any(from_one_of(r, published) for r in results[:SEED_HITS]):
            published = frozenset()  # nothing the publisher wrote answers: the question's words decide
        weighed = seeds_of(results, self._law_names, seeded_for, self._telling_cases, published)
        weighed = lone_unnamed_law_counts_less(weighed, results.terms, self._name_words, self.rank_data["provisions"])
        ranked = rank_legal_bases(weighed, self.rank_data)
        if places:
            ranked = [r for r in ranked if self._places.applies(r.id, places)]
        elif home:
            ranked = counted_less(ranked, lambda basis: not self._places.applies(basis, home))
        leading = [r["text"] for r in results[:IMPLIED_HITS]]

        def named_beside(terms: list[str]) -> set[str]:
            return laws_named_beside(terms, leading, self._law_names)

        ranked = named_beside_first(ranked, typed_terms, named_beside)
        if asks_for_a_power_to_disclose(question):  # the law the hits say gives the power asked for
            powers = laws_giving_a_power_to_disclose([r["text"] for r in results], self._law_names)
            ranked = moved_ahead(ranked, lambda basis: basis.id in powers)
        ranked = implied_first(ranked, question, self.rank_data.get("implied", {}),
                               lambda basis: self._places.applies(basis, places or home) if places or home else True,
                               named_beside)
        if lacks_capacity(question):
            speaking = {basis for r in results[:1] if speaks_of_capacity_asked(r["text"], question)
                        for basis in split_field(r.get("legal_bases"))}
            ranked = named_for_capacity_first(ranked, self._law_names, speaking)
        if (harm := past_asked_to_learn(question)) is not None:
            ranked = disclosure_scheme_first(ranked, self._with_catalog_law, harm)
        ranked = qualified_first(ranked, law_qualifiers(parsed) | kinds_asked_for(question), self._law_names)
        ranked = asked_about_first(ranked, law_asked_about(question, self._law_names))
        if (year := asked_of_the_past(question)) is not None:
            ranked = law_of_the_time_first(ranked, year, self.rank_data,
                                           lambda basis: bool(self._name_words.get(basis, frozenset()) & results.terms))
        elif (year := document_year(question)) is not None:
            ranked = replaced_law_as_the_document_had_it(ranked, year, self.rank_data)
        if (made := made_in(question)) is not None:
            ranked = made_then_first(ranked, made, self.rank_data)
        ranked = amending_law_first(ranked, amending_law(question, leading, self._law_names))
        ranked = amending_law_first(ranked, successors_asked_for(question, self._law_names, self.rank_data))
        terms = query_terms(parsed)
        # law the corpus does not cite, from the catalog's names and scope: the rules below apply to it too
        found = self._catalog.matches(question, lambda basis: self._catalog_applies(basis, places))
        ranked = self._catalog.placed(ranked, found, question_terms(question))
        known = self._with_catalog_law
        code = code_of_a_law_ranked(ranked, known, self._law_names) if asks_for_a_code(question) else None
        if code is not None:  # the code of the law asked about, ahead of that law and of the guidance listed
            ranked = moved_ahead(ranked, lambda basis: basis.id == code)
        unasked = [childrens_law(known)] if about_an_adult_only(parsed.words) else []
        police_asking = police_after_records(question)
        if police_asking or asks_leave_to_share_without_consent(question):
            unasked.append(childrens_law(known))  # the holder's or the recipient's own duties: no gateway
        if about_no_school(parsed.words) or police_asking:
            unasked.append(education_law(known))
        if not about_a_dangerous_person(question):
            unasked.append(schemes(known, question))
        if asks_for_an_act(question):
            unasked.append(not_an_act(known))
        elif asks_for_regulations(question):
            unasked.append(not_a_regulation(known))
        if aside := set_aside(question):
            unasked.append(named_in(aside, {**self._law_names, **self._catalog.law_names}))
        ranked = after_the_rest(ranked, unasked)
        if concedes_confidence(question):  # last: law moved behind the rest must not bring the duty forward
            ranked = behind(ranked, CONFIDENCE_BASIS, CONCEDED_BEHIND)
        bases = [{**(self._catalog.answer(r, terms) if isinstance(r, CatalogMatch)
                     else self._evidence.basis(r, stored, terms)), "jurisdiction": answered_for}
                 for r in ranked[: max(1, limit)]]
        if guidance := self._guidance.asked_for(parsed, question, places, terms, aside, published):
            lead = bases[0]["score"] if bases else 1.0
            listed = [{**g, "score": lead, "jurisdiction": answered_for} for g in guidance]
            bases = publisher_named_first(listed, bases, question, frozenset({code} - {None}))[: max(1, limit)]
        return Bases(bases, answered_for)

    def _with_the_places_own(self, results: Ranked, parsed: Any, filters: dict[str, tuple[str, ...]],
                             places: tuple[str, ...]) -> Ranked:
        """`results` and, when the guidance written for the place asked about holds few of them, its
        own best hits after them: in a corpus mostly from elsewhere ("Which Welsh law ...?" beside
        English and Scottish guidance), the passages citing the place's law may all rank lower than
        the others' on the question's everyday words, and must still seed the ranking."""
        own = tuple(place for place in places if place != "uk")
        if not own or sum(bool(set(own) & set(split_field(r.get("jurisdictions")))) for r in results) >= PLACE_HITS:
            return results
        seen = {r["id"] for r in results}
        theirs = self._run(parsed, {**filters, "jurisdiction": own}, SEED_HITS)
        return Ranked([*results, *(r for r in theirs if r["id"] not in seen)], results.terms)

    def place_named(self, question: str) -> str | None:
        """The nation or local area `question` names (its slug), if one (`places.Places.named`)."""
        return self._places.named(question)

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
    def _telling_cases(self) -> frozenset[str]:
        return telling_cases(self.rank_data["cases"])

    @cached_property
    def _catalog(self) -> CatalogLaw:
        return CatalogLaw(self.rank_data)

    @cached_property
    def _with_catalog_law(self) -> dict[str, Any]:
        """The ranking data with the catalog's law the corpus does not cite among its legal bases:
        what the rules reordering which-act's answers read of each (its title, aliases and type)."""
        return {**self.rank_data, "bases": {**self.rank_data.get("catalog", {}), **self.rank_data["bases"]}}

    def _catalog_applies(self, basis: str, places: tuple[str, ...]) -> bool:
        """Does catalog law extend to the place asked about, or else to the corpus's home nation? With
        neither (a corpus of several nations' guidance, no place named), anywhere."""
        where = places or self._places.home
        extent = self.rank_data["catalog"][basis]["jurisdictions"]
        return not where or not extent or any(place in extent for place in where)

    def _cited(self, result: Any) -> bool:
        """A legal basis or provision is evidence only when the corpus cites it: the catalog holds
        law no document may mention, and its own entry says nothing of what the guidance supports."""
        kind, key = result["kind"], result["id"].partition(":")[2]
        table = {"legal-basis": "bases", "provision": "provisions"}.get(kind)
        return table is None or bool(self.rank_data[table].get(key, {}).get("cited"))

    def _asked_of(self, question: str) -> Callable[[Any], bool] | None:
        """Is a hit from the documents `question` says it asks about (`publishers.asked_of`)?"""
        return asked_of(self._publishers.documents_named(question), self.place_named(question))

    # --- show -----------------------------------------------------------------------------

    def passage(self, ref: str) -> dict[str, Any] | None:
        """A passage by id, `passage/ID` or IRI, as `show` prints it; None when `ref` is no passage."""
        key = ref.split("/id/passage/", 1)[-1].removeprefix("passage/")
        fields = self.searcher.document(id=f"passage:{key}")
        return passage_with_links(fields) if fields else None

    # --- myths -----------------------------------------------------------------------------

    def myths(self, text: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Every myth with its answers; with `text`, the myths it matches, best first."""
        if text is None or not text.strip():
            statements = list(self.searcher.documents(kind="myth"))
        else:
            statements = [r.fields() for r in self._myths.statements_for(text, self._asked_of(text))]
        return group_myths(statements, ranked=bool(text and text.strip()))[:limit]


# --- one question at a time, building first when needed -------------------------------------


def open_answers(config: Config, report: Reporter | None = None) -> Answers:
    """The answers of `config.out`, built first when missing or stale."""
    from guidegraph.build import ensure_built

    ensure_built(config, report)
    return Answers(config.out)


def search(config: Config, text: str, report: Reporter | None = None, **options: Any) -> list[Hit]:
    """`guidegraph search`: ranked passages (or entities) for `text`."""
    with open_answers(config, report) as answers:
        _say_read_as(answers, text, report)
        return answers.search(text, **options)


def which_act(config: Config, question: str, report: Reporter | None = None, **options: Any) -> list[dict[str, Any]]:
    """`guidegraph which-act`: the legal bases for what `question` describes."""
    with open_answers(config, report) as answers:
        _say_read_as(answers, question, report)
        return answers.which_act(question, **options)


def myths(config: Config, text: str | None = None, report: Reporter | None = None,
          limit: int | None = None) -> list[dict[str, Any]]:
    """`guidegraph myths`: every myth, or those `text` matches, best first."""
    with open_answers(config, report) as answers:
        if text:
            _say_read_as(answers, text, report)
        return answers.myths(text, limit=limit)


def _say_read_as(answers: Answers, text: str, report: Reporter | None) -> None:
    """Tell the person which words typed were read as others: the answers are for those."""
    read = answers.read_as(text) if report else []
    if read:
        report(f"searched for {', '.join(f'{word!r} instead of {typed!r}' for typed, word in read)}")


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
