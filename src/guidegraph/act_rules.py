"""How which-act weighs what search found: hits as seeds of the ranking of legal bases, and the rules
that reorder the law ranked, each for a kind of question or of corpus.

`answers.Answers.which_act` runs them in turn: the hits become seeds (`seeds_of`: a hit counts by
its score against the best hit naming law, less for each further hit of one source, less from
guidance for other places); law one hit alone reaches counts less when the question names none of
it; after `rank.rank_legal_bases`, law named by the question's qualifier or by a term of art comes
first, law of the past time a question asks about comes first, and law extending only elsewhere
counts less; then the law the question sets aside or gives no sign of goes behind (`act_unasked`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

SEED_SHARPNESS = 4  # seed weight = (score / best score) ** this: the best evidence counts most
# A case example's passage leads to the law the case example rests on, but weakly: its story shares
# everyday words ("police", "parents") with any question, and that law is mostly the broad Children Act 1989.
CASE_WEIGHT = 0.35
# A hit names law when it cites it at least this strongly ("the Act" counts; a citation only implied
# by its words, "a care order", does not): the seeds are weighed against the best hit naming law.
NAMED = 0.6
# The seeds are weighed against this mix (geometric) of the best naming hit's score and the best
# hit's: a story hit scoring above it counts no more than it (see `_best_citing_score`).
NAMING_SHARE = 0.75
SAME_SOURCE_DECAY = 0.5  # each further hit from one case example or section says less that is new
# With a place (asked for, named, or the corpus's home nation when the question names none), a hit
# from guidance written for other places counts this much: it may be about their own law, or describe
# in their terms law that reads otherwise there.
ELSEWHERE_WEIGHT = 0.5
QUALIFIED_WITHIN = 5  # law named by the question's "data law" is moved ahead from among the first this many
# Law that one hit alone reaches, when the question uses no word of any of its names, counts this
# much: in a corpus where a partnership's own documents sit beside the national guidance, a passage
# of a leaflet on one narrow matter (a duty on female genital mutilation, a housing association's
# registration) shares everyday words ("girl", "told", "duty") with many questions, and the law it
# alone cites would otherwise outrank the law that many passages answering the question lead to.
LONE_UNNAMED_WEIGHT = 0.5
# Words that ask for law ("what law lets them ask?"): every answer of which-act is law, so they say
# nothing of which, and would favour the law named "common law" and passages about law in general.
# ("which international human rights instrument does our guide say ...?" asks for law, not the guide)
LAW_WORDS = frozenset({"law", "laws", "legislation", "act", "acts", "instrument", "instruments"})
# Words that ask for guidance rather than law: "which guidance do I follow in Scotland?". Asked for a
# place, and not for law too, the guidance the corpus cites for it comes first.
GUIDANCE_WORDS = frozenset({"guidance", "guide", "guides", "guidelines", "procedures"})
GUIDANCE_FIRST = 2  # at most this many guidance documents listed before the law
# "Is there a Scottish Government document with ...?", "is there a website for Wales with links ...?",
# "does the GMC publish anything on ...?", "which set of principles is she quoting?", "which national
# approach uses eight wellbeing indicators?", "which numbered list are those lines from?": asked for by what
# it is, the answer is a document the guidance cites, not law (codes of practice the catalog ranks
# with the law).
# The source of what a question quotes, asked for: "where does that come from?", "where's it from?",
# "what is the source of that?"
_WHERE_FROM = re.compile(r"\bwhere\s+(?:(?:does|did|do|is|was|are)\s+)?(?:that|this|it|they|these|those)\s+"
                         r"(?:(?:all|first|originally)\s+)?(?:comes?|came|coming|from)\b"
                         r"|\bwhere(?:'s|’s)\s+(?:that|this|it)\s+(?:\w+\s+)?from\b"
                         r"|\bwhat(?:'s|’s|\s+is)\s+the\s+source\s+of\s+(?:that|this|it)\b", re.IGNORECASE)
_ASKS_FOR_A_WRITING = re.compile(
    r"\b(?:which|what|there|any)\s+(?:[\w'’-]+\s+){0,3}?(?:documents?|websites?|booklets?|"
    r"leaflets?|publications?|principles|advice|codes?|standards|approach(?:es)?|lists?|accords?|protocols?|"
    r"checklists?|templates?|toolkits?)\b"
    r"|\bpublish(?:es|ed)?\s+anything\b"
    # a flow chart is drawn in guidance, never in law: "where do I find the Northern Ireland flow chart ...?"
    r"|\bflow\s?charts?\b"
    # a search box's "health code of practice very high threshold before ... disclosed"
    r"|\bcodes?\s+of\s+practice\b"
    # a search-box query ending on what it looks for: "use only the minimum necessary principle"
    r"|\bprinciples?$"
    # what to read: "I'm a social worker in Belfast: what should I read on deciding whether to disclose?"
    r"|\bwhat\s+(?:should|must|could|do|would)\s+(?:(?:we|you|they|staff)\s+)?read\b"
    # a role asked for, whose guidance names it: "is there a senior person whose job is to advise on
    # confidentiality?", "who in the NHS can advise on whether ...?" (the Caldicott Guardian)
    # "... who is the senior person in the trust responsible for protecting confidentiality?"
    r"|\b(?:senior|named|designated|lead)\s+(?:person|officer|professional)\b(?=[^.?!]*\b(?:advi[sc]\w*|responsible)\b)"
    r"|\bwho\s+(?:[\w'’-]+\s+){0,4}?advis(?:e|es|ing)\b"
    # "... check with the NHS's senior confidentiality lead. Who is that?" (the words, stop words gone)
    r"|\b(?:senior|named|designated)\s+(?:[\w'’-]+\s+){0,2}?(?:lead|leads|officer|person|guardian)\b(?=.*\bwho$)"
    # a search box naming the website it looks for: "government sponsored website in Wales with links ..."
    r"|^(?:[\w'’-]+\s+){0,3}?websites?\b"
    # where a nation or body writes its practice down: "where Scotland sets out how staff should share"
    r"|\bwhere\s+(?:(?:does|do|did)\s+)?(?:[\w'’-]+\s+){1,3}?(?:sets?|setting)\s+out\b"
    # what bodies sign up to: "what agreement public bodies in Wales sign up to"
    r"|\b(?:which|what)\s+agreements?\b(?=[^.?!]*\bsign(?:s|ed)?\s+up\b)"
    # a set of rules or principles traced to its source: "where do the seven golden rules come from?"
    r"|\bwhere\s+(?:do|does|did)\s+(?:[\w'’-]+\s+){0,6}?(?:rules|principles)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:come|came)\b"
    # a saying traced to its source: "... is as important as ... Where does that saying come from?"
    r"|\bwhere\s+(?:does|do|did)\s+(?:(?:that|this|the|their|our|her|his)\s+)?(?:saying|quote|phrase|wording|"
    r"line|motto|mantra|slogan|maxim)s?\b"
    # described, not asked: "the set of principles, looked after by a senior guardian, whose ..."
    r"|^(?:sets?\s+)?principles\b")
_WHICH_LAW = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:law|laws|legislation|act|acts)\b")
# "... a 'Remember' box says a particular duty can be set aside in the public interest. What duty is
# that?": a duty or power asked for is law's, whatever writing the story read it in.
_WHICH_DUTY = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+)?(?:duty|duties|power|powers|gateways?)\b")
# "What did the older 2005 guidance say provided the legal basis for sharing ...?": what a guidance
# says is the legal basis, gateway, power or duty is law, though the guidance is named first.
_GUIDANCE_SAYS_THE_LAW = re.compile(r"\b(?:what|which)\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){0,6}?(?:guidance|guide|"
                                    r"guides|guidelines|procedures)\s+(?:[\w'’-]+\s+){0,3}?say\s+(?:[\w'’-]+\s+){0,3}?(?:legal|statutory|"
                                    r"lawful)\s+(?:basis|bases|gateways?|powers?|duty|duties)\b")
# Words that ask for what to follow, guidance or law ("what are the rules in Wales?", "which code
# tells a GP in Belfast?", "a trust in Northern Ireland asks: what covers confidentiality there?"):
# for a place, its most cited guidance comes first, the law just after.
FOLLOW_WORDS = frozenset({"follow", "rules", "code", "codes", "framework", "protocol", "protocols", "covers",
                          "governs"})
# "Which Welsh law ...": the law of that nation, whose title names it ("... (Wales) Act 2014").
_NATION_OF = {"welsh": "wales", "scottish": "scotland", "scots": "scotland", "irish": "ireland"}
_NATION_STEMS = frozenset({"wale", "scotland", "ireland"})


def seeds_of(results: Any, names: dict[str, list[tuple[str, ...]]] | None = None,
              places: tuple[str, ...] = (), telling: frozenset[str] = frozenset(),
              documents: frozenset[str] = frozenset()) -> list[Any]:
    """Hits as ranking seeds, weighted by their score relative to the best hit; with the `names`
    of the law, a hit naming several laws leads most to those named beside the question's words;
    with `places`, a hit from guidance written for none of them, or law extending to none, counts less;
    with `documents` (those of the publisher the question names), a hit from other documents too."""
    from guidegraph.rank import Seed, focus_on_named_law

    top = _best_citing_score(results, telling)
    seen: dict[str, int] = defaultdict(int)
    seeds = []
    for r in results:
        source = _source(r)
        weight = min(1.0, r.score / top) ** SEED_SHARPNESS * SAME_SOURCE_DECAY ** seen[source]
        applies = split_field(r.get("jurisdictions"))  # none: law of no extent in the catalog, a treaty
        if places and applies and not set(places) & set(applies):
            weight *= ELSEWHERE_WEIGHT
        if from_others(r, documents):
            weight *= ELSEWHERE_WEIGHT
        seen[source] += 1
        links = _links(r)
        if names:
            links = focus_on_named_law(links, r["text"], results.terms, names)
        seeds.append(Seed(r["id"], weight, links))
    return seeds


def lone_unnamed_law_counts_less(seeds: list[Any], terms: frozenset[str], name_words: dict[str, frozenset[str]],
                                  provisions: dict[str, Any]) -> list[Any]:
    """The seeds, a link to law (or to one of its provisions) counting `LONE_UNNAMED_WEIGHT` when
    no other hit reaches that law and the question's `terms` hold no word of its names: one passage
    that matched by the question's everyday words is weak evidence for law the question gives no
    sign of. Law several hits reach, or whose name the question touches, keeps its weight."""
    from guidegraph.rank import Seed

    def basis(target: str) -> str | None:
        kind, _, key = target.partition(":")
        if kind == "legal-basis":
            return key
        return provisions.get(key, {}).get("basis") if kind == "provision" else None

    reaching: dict[str, int] = defaultdict(int)  # how many hits reach each basis
    for seed in seeds:
        for found in {basis(target) for target in seed.links} - {None}:
            reaching[found] += 1

    def lone_unnamed(target: str) -> bool:
        found = basis(target)
        return found is not None and reaching[found] == 1 and not name_words.get(found, frozenset()) & terms

    return [Seed(s.node, s.weight, {t: w * LONE_UNNAMED_WEIGHT if lone_unnamed(t) else w for t, w in s.links.items()})
            for s in seeds]


def guidance_asked(words: tuple[str, ...]) -> int:
    """How many guidance documents a question asking for a place's own lists before the law: none
    when it asks for law, a few when it asks for guidance, one when it asks what to follow."""
    typed = set(words)
    if asks_for_law(words):
        return 0
    if GUIDANCE_WORDS & typed:
        return GUIDANCE_FIRST
    return 1 if FOLLOW_WORDS & typed else 0


def guidance_named(words: tuple[str, ...]) -> int:
    """How many guidance documents a question naming no place lists before the law: a few when it
    asks for guidance ("what guidance sets out ...", "is there a Scottish Government document
    with a flow chart?", "does the GMC publish anything?") and not for law."""
    if asks_for_law(words):
        return 0
    return GUIDANCE_FIRST if GUIDANCE_WORDS & set(words) or asks_for_a_writing(words) else 0


def asks_for_a_writing(words: tuple[str, ...]) -> bool:
    """Does a question ask for a document, website, booklet or set of principles by what it is?"""
    return bool(_writing_asked(words))


def _writing_asked(words: tuple[str, ...]) -> re.Match[str] | None:
    return _ASKS_FOR_A_WRITING.search(" ".join(words))


def asks_where_from(question: str) -> bool:
    """Does `question` ask where something it quotes comes from ("... keeps saying 'strict
    need-to-know'. Where does that come from?")?"""
    return bool(_WHERE_FROM.search(question))


def asks_for_law(words: tuple[str, ...]) -> bool:
    """Does a question ask for law? It names law before any guidance or writing it asks for: "which
    law or guidance lets a nurse share?" asks for law, "the DCA's guidance on the law" and "which
    website links to the legislation?" for a writing about it."""
    writing = _writing_asked(words)
    duty = _WHICH_DUTY.search(" ".join(words))
    if duty and (writing is None or duty.end() <= writing.end()):  # not "which principles say the duty ..."
        return True
    if _GUIDANCE_SAYS_THE_LAW.search(" ".join(words)):
        return True
    law = next((i for i, word in enumerate(words) if word in LAW_WORDS and not _law_named(words, i)), None)
    if law is None:
        return False
    if _WHICH_LAW.search(" ".join(words)):  # "... safeguarding procedures. Which law puts that on the school?"
        return True
    guidance = next((i for i, word in enumerate(words) if word in GUIDANCE_WORDS), len(words))
    if writing is not None:  # the word index where the writing asked for is named
        guidance = min(guidance, " ".join(words)[: writing.end()].count(" "))
    return law < guidance


def _law_named(words: tuple[str, ...], at: int) -> bool:
    """Is the law word at `at` part of one law's name ("the Data Protection Act 2018"), not a word
    asking for law?"""
    return at + 1 < len(words) and re.fullmatch(r"(?:19|20)\d\d", words[at + 1]) is not None


def law_qualifiers(parsed: Any) -> set[str]:
    """The words (stemmed) a question puts before a word asking for law: "which data law lets him",
    "under human rights law": the law asked about, named only by its field. Not the words of a law
    it names with its year ("I know the Children Act 2004 covers us: which other law ...?"): that
    law is named, and its name's words qualify no law asked for."""
    from guidegraph.analysis import stem

    found = set()
    for at, (before, word) in enumerate(zip(parsed.words, parsed.words[1:], strict=False), 1):
        if (word in LAW_WORDS and before not in parsed.minor and before not in LAW_WORDS and before.isalpha()
                and not _law_named(parsed.words, at)):
            found.add(stem(_NATION_OF.get(before, before)))
    return found


# "Which scheme lets her ask the police?", "which police and probation arrangements does it build
# on?": asked for by the kind of thing its name says it is, the answer is law so named. One passage
# often names a scheme and the arrangements it builds on together ("This scheme builds on existing,
# well established third-party disclosures that operate under the Multi-Agency Public Protection
# Arrangements"), and the question's other words then tie the two; the kind asked for tells them apart.
# Not when another word asks for the answer first: "which law covers private fostering arrangements?"
_WHICH_KIND = re.compile(r"\b(?:which|what)\s+(?P<between>(?:[\w'’-]+\s+){0,4}?)(?P<kind>schemes?|arrangements)\b",
                         re.IGNORECASE)
ASKING_FIRST = LAW_WORDS | GUIDANCE_WORDS | {"regulations", "rule", "rules", "code", "power", "powers", "duty",
                                             "duties", "statute", "statutes", "provision", "section"}


def kinds_asked_for(question: str) -> set[str]:
    """The words (stemmed) naming the kind of law the asking sentence of `question` asks for by it:
    "which scheme ...?", "under what arrangements ...?"."""
    from guidegraph.analysis import stem

    return {stem(m.group("kind").lower()) for m in _WHICH_KIND.finditer(asking_sentence(question))
            if not ASKING_FIRST & set(m.group("between").lower().split())}


# "Which code of practice do we rely on for that?" after a story of a lasting power of attorney, "which
# official code of practice, issued alongside the Act, ...?" of a freedom of information request: asked for
# a code, the answer is the code made under the law the question is about, when one ranks among the first
# few with that law. Read as typed, "code of practice" finds every code the guidance cites, and the
# guidance the passages cite is listed before the law. "Is there official guidance saying she may ask?"
# asks for the same: a code made under an Act is the official, statutory guidance on it.
_ASKS_FOR_A_CODE = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?codes?\b|\bcodes?\s+of\s+practice\b"
                              r"|\b(?:official|statutory)\s+guidance\b",
                              re.IGNORECASE)
CODE_TYPE = "code"  # the catalog's type of a code of practice


def asks_for_a_code(question: str) -> bool:
    """Does the asking sentence of `question` ask for a code (of practice), or for official guidance?"""
    return bool(_ASKS_FOR_A_CODE.search(asking_sentence(question)))


def code_of_a_law_ranked(ranked: list[Any], data: dict[str, Any],
                         names: dict[str, list[tuple[str, ...]]]) -> str | None:
    """The first code among the first few of `ranked` whose title names another law among them (the
    Mental Capacity Act 2005 Code of Practice beside the Mental Capacity Act 2005), if any."""
    from guidegraph.analysis import analyse
    from guidegraph.rank import contains

    head = ranked[:QUALIFIED_WITHIN]
    for code in head:
        entry = data["bases"].get(code.id, {})
        if entry.get("type") != CODE_TYPE:
            continue
        title = analyse(entry.get("title", ""))
        if any(other.id != code.id and any(name and contains(title, name)
                                           for name in names.get(f"legal-basis:{other.id}", ())) for other in head):
            return code.id
    return None


# "Which statutory power lets me disclose to the MARAC?", "what power lets health partners share with
# the panel?": asked for a power to disclose, the answer is the law the guidance says gives that power
# ("section 115 ..., which gives any person a power to disclose information"). A story's words ("a
# mother at high risk of domestic abuse") find the law the guidance cites for what they describe (the
# Act defining domestic abuse) first.
# Not a power described by what else it does ("what council power to promote well-being implies we
# can share?"): the law named beside those words is the answer.
_ASKS_FOR_A_POWER = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?powers?\s+(?:that\s+|which\s+)?"
                               r"(?:lets?|allows?|enables?|permits?|authori[sz]es?)\b[^?]*?\b(?:disclos|shar|pass|"
                               r"giv|tell|hand)\w*", re.IGNORECASE)
POWER_TERMS = ["power to disclose", "power to share", "power to pass"]
# "The Domestic Abuse Act 2021 does not itself create a power to share information": a law said not to
# give the power is no answer.
_DENIED = re.compile(r"\b(?:not|no|never|nor|cannot)\b|n['’]t\b", re.IGNORECASE)


def asks_for_a_power_to_disclose(question: str) -> bool:
    """Does the asking sentence of `question` ask which power lets someone disclose or share?"""
    return bool(_ASKS_FOR_A_POWER.search(asking_sentence(question)))


def laws_giving_a_power_to_disclose(texts: list[str], names: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The legal bases `texts` name in a sentence speaking of a power to disclose or share, not denied."""
    from guidegraph.rank import SENTENCE

    return laws_named_beside(POWER_TERMS, [sentence for text in texts for sentence in SENTENCE.split(text)
                                           if not _DENIED.search(sentence)], names)


def moved_ahead(ranked: list[Any], chosen: Callable[[Any], bool], within: int = QUALIFIED_WITHIN) -> list[Any]:
    """`ranked` with the `chosen` among its first `within` moved ahead of the rest of them, each
    group in its order: what the rules bringing a law forward from among the first few share."""
    head, tail = ranked[:within], ranked[within:]
    return [r for r in head if chosen(r)] + [r for r in head if not chosen(r)] + tail


def qualified_first(ranked: list[Any], qualifiers: set[str],
                     names: dict[str, list[tuple[str, ...]]]) -> list[Any]:
    """`ranked` with the law among the first few whose name holds one of the `qualifiers` moved
    ahead of the rest, in their order."""
    if not qualifiers:
        return ranked
    # a nation's law is asked for by name of the nation: wherever it ranks, it is the answer
    within = len(ranked) if qualifiers & _NATION_STEMS else QUALIFIED_WITHIN
    return moved_ahead(ranked, lambda r: any(qualifiers & set(name) for name in names.get(f"legal-basis:{r.id}", ())),
                       within)


DISCLOSURE = "disclosure"  # the word of its title that says a scheme discloses someone's past


def disclosure_scheme_first(ranked: list[Any], data: dict[str, Any], harm: str) -> list[Any]:
    """`ranked` with the schemes whose title says they disclose (and names the `harm` asked of, when
    one is) moved ahead from among the first few: asked how someone may learn of a person's past,
    the answer is the scheme for asking, not the arrangements managing offenders."""
    from guidegraph.act_unasked import SCHEME_TYPE

    def title(basis: Any) -> str:
        return data["bases"].get(basis.id, {}).get("title", "").lower()

    def disclosing(basis: Any) -> bool:
        return data["bases"].get(basis.id, {}).get("type") == SCHEME_TYPE and DISCLOSURE in title(basis)

    ranked = moved_ahead(ranked, disclosing)
    return moved_ahead(ranked, lambda r: disclosing(r) and harm in title(r).split()) if harm else ranked


# "Does the Human Rights Act still stop me telling social care?", "Is Clare's Law the scheme for
# this?": a yes/no question whose subject is a law it names asks about that law.
_YES_NO = re.compile(r"^\W*(?:does|do|doesn[’']t|can|could|will|would|won[’']t|is|isn[’']t|may|might|should|must)"
                     r"\s+(?P<subject>.*)$", re.IGNORECASE | re.DOTALL)
# "is it GDPR or the DPA 2018 that ...?": a subject offering a choice of laws in its first words
_CHOICE = re.compile(r"^(?:it|there|this|that)\b|\b(?:or|versus|vs)\b", re.IGNORECASE)
CHOICE_WORDS = 8


def sentences_of(question: str) -> list[str]:
    """The sentences of `question`, as a story told and then asked is read."""
    return [s for s in re.split(r"(?<=[.?!])\s+", question.strip()) if s]


def asking_sentence(question: str) -> str:
    """The last sentence of `question` that asks (ends in "?"); the whole of it when none does."""
    asked = [s for s in sentences_of(question) if s.rstrip().endswith("?")]
    return asked[-1] if asked else question


def asks_yes_or_no(sentence: str) -> bool:
    """Does `sentence` open as a yes/no question ("Can she ...?", "Do I need ...?")?"""
    return _YES_NO.match(sentence) is not None


# "data protection act 2018 - is there a condition in it that ...?": a law named as the topic, then
# a yes/no question about it ("it", "its", "that Act")
_TOPIC_FIRST = re.compile(r"^\W*(?P<topic>[^?:;–—]{3,80}?)\s*(?:\s[-–—]+\s|:\s)\s*(?P<asked>.+)$", re.DOTALL)
_BACK_TO_IT = re.compile(r"\b(?:it|its|that\s+(?:act|law)|this\s+(?:act|law)|the\s+act)\b", re.IGNORECASE)


def law_asked_about(question: str, names: dict[str, list[tuple[str, ...]]]) -> str | None:
    """The legal basis a yes/no question is about: the one a name of which opens its subject, or
    that it names as its topic before asking of "it"."""
    from guidegraph.analysis import analyse

    sentence = asking_sentence(question)
    topic = _TOPIC_FIRST.match(sentence)
    if topic and _YES_NO.match(topic.group("asked")) and _BACK_TO_IT.search(topic.group("asked")):
        named = _law_opening(tuple(analyse(topic.group("topic"))), names, whole=True)
        if named:
            return named
    asked = _YES_NO.match(sentence)
    if not asked or _CHOICE.search(" ".join(asked.group("subject").split()[:CHOICE_WORDS])):
        return None
    return _law_opening(tuple(analyse(asked.group("subject"))), names)


def _law_opening(words: tuple[str, ...], names: dict[str, list[tuple[str, ...]]], whole: bool = False) -> str | None:
    """The legal basis the longest of whose names opens `words` (with `whole`, is all of them)."""
    found = [(len(name), key) for key, own in names.items() for name in own
             if name and words[:len(name)] == tuple(name) and key.startswith("legal-basis:")
             and (not whole or len(name) == len(words))]
    return max(found)[1].removeprefix("legal-basis:") if found else None


def asked_about_first(ranked: list[Any], basis: str | None) -> list[Any]:
    """`ranked` with the law a question asks about, if among the first few, first."""
    head = ranked[:QUALIFIED_WITHIN]
    if basis is None or basis not in {r.id for r in head}:
        return ranked
    return [r for r in head if r.id == basis] + [r for r in ranked if r.id != basis]


# "Which Act replaced Local Safeguarding Children Boards?": the term names the law it belonged to,
# and the question asks for the law that came after. So does "lscb changed to safeguarding
# partnership why", "the boards were scrapped", "which Act got rid of them?", "those boards have since
# gone: which Act brought in the change?": a year the story names ("back in 2015") is then when the old
# law stood, not the time whose law is asked for.
REPLACED = re.compile(r"\b(?:replac\w*|abolish\w*|any\s*more|no\s+longer|instead\s+of|became|become|"
                       r"supersed(?:ed|es|ing)\s+(?:the|that|this|it|its)\b|"
                       r"took\s+over|successor|chang(?:ed|es|ing)\s+(?:to|into|over\s+to)|switched\s+(?:to|over)|"
                       r"turned\s+into|scrapped|done\s+away\s+with|got\s+rid\s+of|"
                       r"(?:has|have|had)\s+since\s+(?:gone|disappeared|ended|closed|ceased|lapsed)|"
                       r"(?:brought|bring|brings|bringing)\s+(?:in\s+|about\s+)?(?:the|that|this)\s+change)\b",
                       re.IGNORECASE)


def implied_first(ranked: list[Any], question: str, implied: dict[str, list[str]],
                  applies: Callable[[str], bool], named_beside: Callable[[list[str]], set[str]]) -> list[Any]:
    """`ranked` with the law a term of art in the question implies ("sensitive personal data", "public
    task", "children in need": `ontology/implied.ttl`) moved ahead from among the first few, if it
    applies where the question is asked: the term names the law as surely as its title would. Not
    when the question asks what replaced it, nor when the guidance the question found names the law
    ranked first in a sentence using the term (`named_beside`, the law named there): "The Children
    Act 2004 introduced a tighter framework ... of private fostering arrangements" answers which
    Act did so, though "private fostering" is defined by the Children Act 1989."""
    text = _folded(question)
    if REPLACED.search(text):
        return ranked
    named: dict[str, int] = {}  # each law implied, by the length of the longest term implying it
    terms = []
    for term, bases in implied.items():
        if _uses_term(text, term):
            terms.append(term)
            for basis in (b for b in bases if applies(b)):
                named[basis] = max(named.get(basis, 0), len(term))
    if not named or (ranked and ranked[0].id not in named and ranked[0].id in named_beside(terms)):
        return ranked
    head, tail = ranked[:QUALIFIED_WITHIN], ranked[QUALIFIED_WITHIN:]
    # the more specific term leads: "the safeguarding of children and individuals at risk condition
    # for special category data" names the DPA 2018's condition before the UK GDPR's Article 9
    first = sorted((r for r in head if r.id in named), key=lambda r: -named[r.id])
    return first + [r for r in head if r.id not in named] + tail


def named_beside_first(ranked: list[Any], terms: list[str], named_beside: Callable[[list[str]], set[str]]) -> list[Any]:
    """`ranked` with the law the guidance the question found names in a sentence using a term the
    question takes from it (`terms`; `named_beside`, the law named there) moved ahead from among the
    first few, superseded or not: "an 'Access to Records' request under the Data Protection Act 1998"
    says which law a question asking how to treat an access to records request means. Without this,
    the superseded Act the guidance names ties with its successor and is listed after it."""
    named = named_beside(terms) if terms else set()
    return moved_ahead(ranked, lambda r: r.id in named) if named else ranked


CAPACITY_NAME = "capac"  # the analysed word a law named after capacity holds in its name


def named_for_capacity_first(ranked: list[Any], names: dict[str, list[tuple[str, ...]]],
                             speaking_of_capacity: set[str]) -> list[Any]:
    """`ranked` with the law named after capacity (the Mental Capacity Act and its code) moved ahead
    from among the first few, in their order: asked of someone who lacks capacity, a story's other
    words (the service, the family, the worry) find the law of those instead. Not when the law
    ranked first is cited by a leading hit that speaks of capacity itself (`speaking_of_capacity`):
    the Care Act 2014's "where the child lacks capacity to consent" to a child's needs assessment."""
    if ranked and ranked[0].id in speaking_of_capacity:
        return ranked
    return moved_ahead(ranked, lambda r: any(CAPACITY_NAME in name for name in names.get(f"legal-basis:{r.id}", ())))


def laws_named_beside(terms: list[str], texts: list[str], law_names: dict[str, list[tuple[str, ...]]]) -> set[str]:
    """The legal bases `texts` name in a sentence using one of `terms` (terms of art, as written)."""
    from guidegraph.analysis import analyse
    from guidegraph.rank import SENTENCE, laws_named

    found: set[str] = set()
    for text in texts:
        for sentence in SENTENCE.split(text):
            if any(_uses_term(_folded(sentence), term) for term in terms):
                found |= laws_named(analyse(sentence), law_names)
    return found


def _folded(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: how terms of art (`implied.ttl`) are matched."""
    return " ".join(text.casefold().replace("’", "'").split())


def _uses_term(folded: str, term: str) -> bool:
    """Does `folded` text use a term of art as whole words ("child in need", not "child in needs")?"""
    return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", folded) is not None


def counted_less(ranked: list[Any], elsewhere: Callable[[str], bool]) -> list[Any]:
    """`ranked` with each law `elsewhere` says does not extend to the corpus's home nation counting
    `ELSEWHERE_WEIGHT` of its score: a question naming no place is answered first by the law there."""
    for basis in ranked:
        if elsewhere(basis.id):
            basis.score *= ELSEWHERE_WEIGHT
    return sorted(ranked, key=lambda basis: -basis.score)


def telling_cases(cases: dict[str, list[str]]) -> frozenset[str]:
    """The case examples that rest on law no other case example rests on: their story is
    evidence for it, where the many that end in a referral under the same broad law are not."""
    resting: dict[str, int] = defaultdict(int)
    for bases in cases.values():
        for basis in bases:
            resting[basis] += 1
    return frozenset(case for case, bases in cases.items() if any(resting[b] == 1 for b in bases))


def _best_citing_score(results: Any, telling: frozenset[str] = frozenset()) -> float:
    """The score the seeds are weighed against: mostly the best hit's that names law (or tells a
    case example resting on law no other case does). A story told as a question ("a woman at our
    refuge met a man online ...") matches the guidance's case examples best by its everyday words;
    such a passage says which law applies only through its case, mostly the broad law their
    referrals rest on, and a passage that only implies law ("looked after", "an assessment") only
    by its words, so neither must make the passages naming law count for nothing beside them."""
    citing = [r.score for r in results
              if any(link.removeprefix("case-example:") in telling if link.startswith("case-example:")
                     else weight >= NAMED for link, weight in _links(r).items())]
    best = max((r.score for r in results), default=1.0) or 1.0
    return max(citing, default=best) ** NAMING_SHARE * best ** (1 - NAMING_SHARE)


def from_one_of(result: Any, documents: frozenset[str]) -> bool:
    """Is a hit (a passage, or a myth) from one of `documents`?"""
    return bool(documents & set(split_field(result.get("document"))))


def from_others(result: Any, documents: frozenset[str]) -> bool:
    """Is a hit from documents, none of them one of `documents` (when given)? An entry of the law,
    from no document, is not."""
    return bool(documents) and bool(split_field(result.get("document"))) and not from_one_of(result, documents)


def _source(result: Any) -> str:
    """What a hit repeats when a neighbour is hit too: its case example, else its section; for the
    entries of a law's provisions, the law: "Domestic Abuse Act 2021, section 2" and "..., section 3",
    found by the words of the Act's name, say once that the question names it."""
    cases = [e for e in split_field(result.get("entities")) if e.startswith("case-example/")]
    if cases:
        return cases[0]
    if result["kind"] == "passage":
        return result["id"].rpartition("/")[0]
    bases = split_field(result.get("legal_bases")) if result["kind"] == "provision" else []
    return f"provisions-of:{bases[0]}" if len(bases) == 1 else result["id"]


def _links(result: Any) -> dict[str, float]:
    """What a hit links to: the law it cites (as strongly as it cites it) and its case example."""
    cites = result["data"].get("cites")
    if cites is None:  # an entity: a legal basis or provision leads to itself, a myth to its answer's law
        cites = {f"legal-basis:{b}": 1.0 for b in split_field(result.get("legal_bases"))}
        cites.update({f"provision:{p}": 1.0 for p in split_field(result.get("provisions"))})
        if result["kind"] == "provision":
            cites = {f"provision:{p}": 1.0 for p in split_field(result.get("provisions"))}
    links = dict(cites)
    for entity in split_field(result.get("entities")):
        if entity.startswith("case-example/"):
            links["case-example:" + entity] = CASE_WEIGHT
    return links


def split_field(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]

