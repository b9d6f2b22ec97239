"""Which guidance answers a which-act question asking for guidance, or for a document by what it is.

Asked with no place, or for a document by what it is ("which advice is that?"), the guidance the
passages best answering the question cite, or whose principles they state, and guidance the question
names by words of its title; asked for a place's guidance, the guidance written for it. Guidance
the question names outright comes first, unless it asks for law. In a story, the last sentence that
asks says what is asked for, and one asking back ("Which code is it?") for the writing the sentence
before it names. A writing asked for by a kind its title names ("which accord ...?") leads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

from guidegraph.act_evidence import ActEvidence
from guidegraph.act_rules import (
    ELSEWHERE_WEIGHT,
    GUIDANCE_WORDS,
    LAW_WORDS,
    SEED_SHARPNESS,
    asking_sentence,
    asks_for_a_writing,
    asks_for_law,
    asks_where_from,
    from_others,
    guidance_asked,
    guidance_named,
    sentences_of,
    split_field,
)
from guidegraph.act_unasked import after_concession

GUIDANCE_SUPPORT = 0.3  # the weight of citing hits (the best 1) a guidance document needs to be listed
GUIDANCE_NAMED_HITS = 3  # guidance documents whose own titles match a question asking for guidance
TITLE_SHARE = 0.5  # of a citing hit's weight, what the best match of a guidance document's own title adds
TITLE_WORDS = 3  # words of a guidance document's title a question must use for its title to count
NAME_WORDS = 2  # words a name of a guidance document needs to name it in a question
TYPO_LENGTH = 6  # letters a word needs before one letter off still reads as the word
NAMED_WITHIN = 12  # words at most of a question whose guidance named comes first
RARE_SHARE = 0.015  # of the indexed documents, at most, hold a name's rare word
INTRODUCED_WITHIN = 4  # words at most between "a" and the writing it introduces ("a government-sponsored website")
DESCRIBED_WORDS = 8  # words a sentence asking for a writing needs to say what the writing holds
REGULATION_WORDS = frozenset({"regulation", "regulations", "regs"})  # law asked for, as "which regulations ...?"
# What a story names a writing by, when its question asks for it back ("Which code is it?")
WRITING_WORDS = GUIDANCE_WORDS | {"code", "codes", "advice", "document", "booklet", "leaflet", "principles",
                                  "website", "policy", "protocol", "framework"}
# "Which GMC guidance does our bulletin point doctors to on when confidentiality can be overridden?"
_WHICH_GUIDANCE = re.compile(rf"\b(?:which|what)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(sorted(GUIDANCE_WORDS))})\b")
_NAME_LINKS = frozenset({"and", "for", "of", "on", "the", "in"})  # the small words of an organisation's name
# A publisher named in a guidance title: "(General Medical Council, 2012)", "Information Commissioner's Office - ..."
_PUBLISHER_IN_TITLE = re.compile(r"\(([A-Z][^()]*?)(?:,[^()]*)?\)\s*$|^([A-Z][^:–-]*?)(?:\s+[-–]|:)\s")
# The words a question opens on: a text opening otherwise, and with no question mark, is a fragment.
_QUESTION_OPENING = re.compile(r"^\W*(?:what|which|who|whom|whose|how|when|where|why|whether|is|are|was|were|can|"
                               r"could|do|does|did|should|must|may|might|will|would|shall|has|have|had)\b",
                               re.IGNORECASE)
_ASKED_BACK = re.compile(r"^\W*(?:which|what)\b[^?]{0,40}\b(?:it|that|this|they|those|these|one|called)\b[^?]{0,20}\?",
                         re.IGNORECASE)


class GuidanceFinder:
    """Guidance for a question, found with the searcher and the search of an open build's answers."""

    def __init__(self, searcher: Any, run: Callable[..., Any], evidence: ActEvidence, hits: int) -> None:
        self.searcher = searcher
        self.run = run  # Answers._run: a parsed question, filters and a limit -> ranked hits
        self.evidence = evidence
        self.hits = hits  # passages whose citations count

    def asked_for(self, parsed: Any, question: str, places: tuple[str, ...], terms: set[str],
                  aside: Sequence[list[str]] = (), published: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """The guidance to list before the law, best first: none when the question asks for law.
        Asked for a document by what it is ("which advice is that?"), in a place or not, the one the
        answers cite; asked for a place's guidance, the guidance written for it; named outright in a
        short question, the guidance named, first. Guidance named in a clause setting it aside
        (`aside`: "apart from Working Together 2023, which advice ...?") is left out. The documents of a
        publisher the question names (`published`) count more (`cited`)."""
        from guidegraph.query import parse, without_quotations

        # what is asked is in the question's own words, after what it says the asker knows already
        asking = asking_words(question) or parse(without_quotations(after_concession(question) or question)).words
        # a writing asked for by what it is, or described by the story asking for it, is the one
        # the answers cite, in a place or not
        cited = not places or asks_for_a_writing(asking) or bool(describing_sentence(question))
        first = guidance_named(asking) if cited else guidance_asked(asking)
        if not first and not asks_for_law(asking) and (self._fragment_on_guidance(parsed, question)
                                                       or self._quoted_from_guidance(question)):
            first, cited = 1, True
        named = [] if asks_for_law(asking) else self.named(question, terms)
        found = list(named)
        if first:
            found += (self.cited(parsed, terms, places, question, published) if cited
                      else self.for_places(parsed, places, terms))
        listed: dict[str, dict[str, Any]] = {}
        set_aside = {g["id"] for g in self._named_in(aside)}
        for guidance in found:  # each once, where first found
            if guidance["id"] not in set_aside:
                listed.setdefault(guidance["id"], guidance)
        return kind_asked_first(list(listed.values()), question)[:max(first, len(named))]

    def cited(self, parsed: Any, terms: set[str], places: tuple[str, ...] = (),
              question: str = "", published: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        """The guidance the passages best answering the question cite, the best cited first (of that
        written for `places` or for nowhere in particular, when places are given): what a question
        asking for guidance, or for a document by what it is, is told to read. In a story, the
        sentence that describes the writing asked for ("there's a set of principles holding that
        ...") is asked on its own too: the story's other words find the story's passages. Passages of
        documents other than those of a publisher the question names (`published`) count less."""
        from guidegraph.analysis import analyse, stem
        from guidegraph.query import parse

        weight: dict[str, float] = defaultdict(float)
        support: dict[str, dict[str, float]] = defaultdict(dict)  # the passages leading to each, by weight
        described = describing_sentence(question)
        for asked in [parsed, *([parse(described)] if described else [])]:
            hits = self.run(asked, {"kind": ("passage",)}, self.hits)
            top = hits[0].score if hits else 0.0
            for hit in hits:
                elsewhere = ELSEWHERE_WEIGHT if from_others(hit, published) else 1.0
                for ref in self.citing.get(hit["data"]["ref"], ()):
                    share = (hit.score / top) ** SEED_SHARPNESS * elsewhere
                    weight[ref] += share
                    passage = hit["data"]["ref"]
                    support[ref][passage] = max(support[ref].get(passage, 0.0), share)
        # guidance the question names by words of its title ("statutory guidance for schools and
        # colleges"): by several of them, as one ("children") is in most titles
        for asked in [parsed, *([parse(described)] if described else [])]:
            typed = {stem(w) for w in asked.words} - {stem(w) for w in asked.minor | GUIDANCE_WORDS}
            named = self.run(asked, {"kind": ("guidance",)}, GUIDANCE_NAMED_HITS)
            for hit in named:
                if len(typed & set(analyse(hit["title"]))) >= TITLE_WORDS:
                    weight[hit["data"]["ref"]] += TITLE_SHARE * (hit.score / named[0].score) ** SEED_SHARPNESS
        documents = {f["data"]["ref"]: f for f in self.searcher.documents(kind="guidance")}
        # of the guidance cited, that of the publisher the question names by its initials ("which GMC
        # guidance ...?")
        typed = initialisms_typed(question)
        for ref in [ref for ref in weight if typed & publisher_initials(documents[ref])]:
            weight[ref] += TITLE_SHARE
        best = [ref for ref in sorted(weight, key=lambda r: (-weight[r], r)) if weight[ref] >= GUIDANCE_SUPPORT
                and _written_for_one_of(documents[ref], places)]
        return [self.evidence.guidance(documents[ref], terms, sorted(support[ref], key=lambda p: -support[ref][p]))
                for ref in best]

    def named(self, question: str, terms: set[str]) -> list[dict[str, Any]]:
        """The guidance a short question, typed as into a search box, names by its title or another
        of its names ("caldicot principle minimum necessary", "KCSIE designated lead"), in the order
        named. In a longer question the name is the story's circumstance as often as what is asked."""
        from guidegraph.analysis import analyse

        typed = analyse(question)
        if len(question.split()) > NAMED_WITHIN:
            return []
        found = []
        for fields, names in self._names:
            at = min((at for name in names if (at := _phrase_at(name, typed)) is not None), default=None)
            if at is not None:
                found.append((at, fields["title"], fields))
        return [self.evidence.guidance(fields, terms) for _, _, fields in sorted(found, key=lambda f: f[:2])]

    def _named_in(self, clauses: Sequence[list[str]]) -> list[dict[str, Any]]:
        """The guidance any of `clauses` (analysed words) names by a name of two words or more."""
        return [{"id": fields["data"]["ref"].removeprefix("guidance/")} for fields, names in self._all_names
                if any(_phrase_at(name, clause) is not None for clause in clauses for name in names)]

    def _fragment_on_guidance(self, parsed: Any, question: str) -> bool:
        """Is `question` a search box's fragment ("Very high threshold before confidential health
        information can be disclosed"), no question, whose best passage cites guidance and no law? It
        names what that guidance says, as a fragment naming what an Act does asks for the Act."""
        if question.rstrip().endswith("?") or _QUESTION_OPENING.match(question):
            return False
        return self._best_passage_cites_guidance_alone(parsed)

    def _quoted_from_guidance(self, question: str) -> bool:
        """Does `question` ask where the words it quotes come from ("'use the minimum necessary
        confidential information' ... Where does that come from?"), words whose best passage cites
        guidance (or states its principles) and no law? That guidance is their source."""
        from guidegraph.query import parse, quotations

        quoted = quotations(question)
        if not quoted or not asks_where_from(question):
            return False
        longest = max(quoted, key=len)  # quoted as a phrase: two quotations may be of two passages
        return self._best_passage_cites_guidance_alone(parse(f'"{longest}"'))

    def _best_passage_cites_guidance_alone(self, parsed: Any) -> bool:
        """Does the best passage for `parsed` cite guidance (or state its principles) and no law?"""
        hits = self.run(parsed, {"kind": ("passage",)}, 1)
        return bool(hits) and not hits[0].get("legal_bases") and bool(self.citing.get(hits[0]["data"]["ref"]))

    @cached_property
    def _all_names(self) -> list[tuple[dict[str, Any], list[list[str]]]]:
        """Each guidance document's index fields with its names of two words or more, analysed: its
        title (what comes before a bracketed publisher) and its other names."""
        from guidegraph.analysis import analyse

        names = []
        for fields in self.searcher.documents(kind="guidance"):
            titles = [fields["title"].split(" (")[0], *fields["data"].get("aliases", [])]
            names.append((fields, [words for words in (analyse(t) for t in titles) if len(words) >= NAME_WORDS]))
        return names

    @cached_property
    def _names(self) -> list[tuple[dict[str, Any], list[list[str]]]]:
        """`_all_names` but those that name the guidance outright: one of their words rare in the
        corpus (one word, "Caldicott", names a person as often; "work together", "information
        sharing" are everyday words before they are a title)."""
        from guidegraph.query import SCORED_FIELD

        documents = max(1, self.searcher.doc_count())

        def rare(word: str) -> bool:
            return self.searcher.doc_frequency(SCORED_FIELD, word) <= RARE_SHARE * documents

        return [(fields, [name for name in names if any(rare(w) for w in name)]) for fields, names in self._all_names]

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
        cited first, then the best match for the question: what a practitioner there is told to follow.
        Guidance the question names by several words of its title ("which national child protection
        guidance?") comes before all."""
        from guidegraph.analysis import analyse, stem

        local = set(places) - {"uk"}
        written = [f for f in self.searcher.documents(kind="guidance")
                   if f["document"] and local & set(split_field(f.get("jurisdictions")))]
        if not written:
            return []
        numbers = [self.searcher.document_number(id=f["id"]) for f in written]
        scores = {r["id"]: r.score for r in self.run(parsed, {}, len(numbers), candidates=numbers)}
        typed = {stem(w) for w in parsed.words} - {stem(w) for w in parsed.minor | GUIDANCE_WORDS}
        named = {f["id"]: len(typed & set(analyse(f["title"]))) >= TITLE_WORDS for f in written}
        written.sort(key=lambda f: (not named[f["id"]], -len(f["data"]["passages"]), -scores.get(f["id"], 0.0),
                                    f["title"]))
        return [self.evidence.guidance(fields, terms) for fields in written]


# "What is the accord that template sits under?", "... should be read alongside which national
# procedures?": a writing asked for by a kind its title names ("Wales Accord on the Sharing of
# Personal Information", "Wales Safeguarding Procedures ..."). The passages answering the story's
# other words cite the broad guidance of the place first (Working Together); the kind asked for tells
# the writing meant. Not "guidance" or "guide", which nearly every title or none says.
_KINDS_IN_TITLES = ("accord", "protocol", "procedures", "code", "principles", "standards", "framework", "toolkit",
                    "checklist", "leaflet", "booklet", "website", "charter", "concordat", "strategy")
_KIND_ASKED = re.compile(r"\b(?:which|what)\s+(?:(?:is|are|was|were)\s+)?(?:(?:the|that|this|those|these)\s+)?"
                         r"(?:[\w'’-]+\s+){0,3}?(?P<kind>" + "|".join(_KINDS_IN_TITLES) + r")s?\b", re.IGNORECASE)


def kind_asked_first(guidance: list[dict[str, Any]], question: str) -> list[dict[str, Any]]:
    """`guidance` with the writings whose title names the kind of writing the asking sentence of
    `question` asks for ("which accord ...?") moved ahead of the rest, each group in its order."""
    from guidegraph.act_rules import moved_ahead

    asked = _KIND_ASKED.search(asking_sentence(question))
    if not asked:
        return guidance
    kind = asked.group("kind").lower().removesuffix("s")
    return moved_ahead(guidance, lambda g: re.search(rf"\b{kind}s?\b", g["title"], re.IGNORECASE) is not None,
                       len(guidance))


def asking_words(question: str) -> tuple[str, ...]:
    """The words of the last sentence of a story that asks ("... says a set of principles has been
    extended to councils to help them work within that Act. Which principles does she mean?"): what
    it asks for, guidance or law, is asked there, whatever law the story names. None when the
    question is one sentence, none asks, or the last asks for what the story told of ("What are
    they?")."""
    from guidegraph.query import parse

    asked = asking_sentence(question)
    if len(sentences_of(question)) < 2 or asked is question:
        return ()
    if introduced := _introduced_back(question, asked):
        return ("which", introduced)
    words = parse(asked).words
    # "What are they?" asks for what the story told of: the story says what it is
    says_what = (asks_for_a_writing(words) or asks_for_law(words)
                 or (GUIDANCE_WORDS | LAW_WORDS | REGULATION_WORDS) & set(words))
    return words if says_what else ()


def _introduced_back(question: str, asked: str) -> str:
    """What "Which one?" or "What is it called?" asks back for: the writing or law the sentence before
    introduces ("... the NSPCC points people in Wales to a government-sponsored website rather than a
    book. Which one?": "website"), or ""."""
    sentences = sentences_of(question)
    if not _ASKED_BACK.search(asked) or asked not in sentences or sentences.index(asked) == 0:
        return ""
    before = re.findall(r"[\w'’-]+", sentences[sentences.index(asked) - 1].lower())
    return next((word for i, word in enumerate(before[1:], 1) if word in WRITING_WORDS | LAW_WORDS
                 and any(w in ("a", "an") for w in before[max(0, i - INTRODUCED_WITHIN) : i])), "")


def describing_sentence(question: str) -> str:
    """The sentence of a question of several that asks for a writing by what it is and says what it
    holds ("there's a set of health and care principles holding that ..."), or ""."""
    from guidegraph.query import parse

    sentences = sentences_of(question)
    if len(sentences) < 2:  # "I know ..., but which standards recommend ...?": what follows the "but"
        rest = after_concession(question)
        return rest if asks_for_a_writing(parse(rest).words) and len(rest.split()) > DESCRIBED_WORDS else ""
    described = next((s for s in sentences if (asks_for_a_writing(words := parse(s).words)
                                               or _WHICH_GUIDANCE.search(" ".join(words)))
                      and len(s.split()) > DESCRIBED_WORDS), "")
    # "... footnotes a Department of Health code from 2003. Which code is it?": asked back, the
    # writing is the one the sentence before names
    asking = max((i for i, s in enumerate(sentences) if s.rstrip().endswith("?")), default=0)
    before = sentences[asking - 1] if asking else ""
    if not described and _ASKED_BACK.search(sentences[asking]) and WRITING_WORDS & set(parse(before).words):
        return before
    return described


def publisher_initials(guidance: dict[str, Any]) -> set[str]:
    """The initials a guidance document's publisher goes by, lower-cased: of its publisher, or of
    the name its title brackets or opens with ("(General Medical Council, 2012)": "gmc";
    "Information Commissioner's Office - ...": "ico"; "Department for Education": "dfe", "de"), or
    initials written there ("(DfE statutory guidance ...)": "dfe")."""
    in_title = [name for match in _PUBLISHER_IN_TITLE.findall(guidance["title"]) for name in match if name]
    names = [guidance.get("publisher") or "", *in_title]
    found = set()
    for name in names:
        words = re.findall(r"[A-Za-z][\w'’]*", name.split(",")[0])
        if len(words) >= 2 and all(w[0].isupper() or w in _NAME_LINKS for w in words):  # a name, not a title
            found.add("".join(w[0] for w in words).lower())  # "Department for Education": "dfe"
            found.add("".join(w[0] for w in words if w[0].isupper()).lower())  # "de"
        found.update(w.lower() for w in words if sum(c.isupper() for c in w) >= 2)  # "(DfE statutory ...)"
    return {initials for initials in found if len(initials) >= 2}


PUBLISHER_WITHIN = 5  # a code of the publisher a question names comes first from among this many laws


def publisher_named_first(guidance: list[dict[str, Any]], law: list[dict[str, Any]],
                          question: str, leading: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The `guidance` listed, then the `law`, with the codes among the first few laws whose title
    names a publisher the question names, by its initials or its name, ahead of the guidance: "which
    ICO publication ...?", "what statutory guidance from the Information Commissioner ...?" ask for
    that body's writing, which the catalog holds as a code ranked with the law, while the passages
    answering the question's other words cite another body's guidance on the same matter. The
    guidance listed has counted the publisher named already (`GuidanceFinder.cited`). The law of
    `leading` among them (a code asked for: `act_rules.code_of_a_law_ranked`) comes ahead too."""
    chosen = [answer for answer in law[:PUBLISHER_WITHIN]
              if answer["id"] in leading or names_publisher_of(question, answer["title"])]
    return [*chosen, *guidance, *(answer for answer in law if answer not in chosen)]


def names_publisher_of(question: str, title: str) -> bool:
    """Does `question` name the publisher a title brackets or opens with ("Information Commissioner's
    Office - ...", "(General Medical Council, 2017)"), by its initials or by its name's first words,
    two of them capitalised at least ("the Information Commissioner")?"""
    if initialisms_typed(question) & publisher_initials({"title": title}):
        return True
    typed = re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", question))
    for name in (n for match in _PUBLISHER_IN_TITLE.findall(title) for n in match if n):
        words = re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", name.split(",")[0]))
        for end in range(2, len(words) + 1):
            if sum(w[0].isupper() for w in words[:end]) >= 2 and _phrase_at(words[:end], typed) is not None:
                return True
    return False


def initialisms_typed(question: str) -> set[str]:
    """The initialisms a question types, lower-cased: words of two capitals or more ("GMC", "DfE")."""
    return {token.lower() for token in re.findall(r"\b[A-Za-z]+\b", question)
            if sum(c.isupper() for c in token) >= 2 and token[0].isupper()}


def _phrase_at(name: list[str], typed: list[str]) -> int | None:
    """Where the words of `name` stand together in `typed`, each the same or one letter off in a long
    word ("caldicot" for "caldicott"), or None."""
    for at in range(len(typed) - len(name) + 1):
        if all(_same_word(a, b) for a, b in zip(name, typed[at:at + len(name)], strict=True)):
            return at
    return None


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < TYPO_LENGTH or abs(len(a) - len(b)) > 1:
        return False
    # one letter missing, extra or changed: what is left either side of the first difference agrees
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:]


def _written_for_one_of(guidance: dict[str, Any], places: tuple[str, ...]) -> bool:
    """Is the guidance (its index fields) written for one of `places`, or for no place in particular?
    Always, when no places are given."""
    written = split_field(guidance.get("jurisdictions"))
    return not places or not written or bool(set(written) & set(places))
