"""One concept per myth across documents: the statements of one belief grouped, whatever their wording.

A statement becomes a set of content words, with the belief vocabulary of the domain read as one
word each ("permission" is "consent", "UK GDPR" is "dataprotection", "is a barrier to" is
"prevents"). Where a statement says or asks what consent, data protection law, the duty of
confidentiality or IT systems do to sharing, or that a child's secret must be kept, or that sharing
waits on being sure of abuse, it also gets its CLAIM, a word such as "=consent:restricts".
Two statements with the same claims state one belief, whatever circumstance they add ("... in an
emergency", "... with other agencies"); two with different claims are different beliefs; others
are compared by their words. A question asks about a belief whichever way round it is put ("Do I
need consent?", "Can I share without consent?"), so it carries no polarity; a statement does
("Consent is not needed to share" is the opposite belief of "Consent is needed to share").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from math import fsum

# ---------------------------------------------------------------------------------------------
# The domain's vocabulary: each phrase (a regular expression, matched on lower-case text with
# straight apostrophes, at word boundaries) is read as the one word it is filed under. Earlier
# entries win, so longer phrases come first.

TERMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dataprotection", (r"(?:uk\s+|eu\s+)?gdpr", r"general data protection regulations?",
                        r"data protection(?:\s+(?:act|law|laws|legislation|rules|regulations?))?(?:\s+\d{4})?",
                        r"dpa(?:\s+\d{4})?",
                        # everyday names: "the new data law", "the Information Commissioner would fine her"
                        r"data\s+(?:law|laws|rules|legislation)",
                        # the privacy regulations, the GDPR's everyday name: "under the privacy legislation,
                        # nothing leaves", "the privacy laws since 2018" (one "privacy law" is as often Article
                        # 8's right: confidentiality)
                        r"privacy\s+(?:legislation|regulations?|rules|laws)",
                        r"information\s+commissioner(?:'s\s+office)?", r"ico")),
    ("confidentiality", (r"(?:common law\s+)?dut(?:y|ies) of (?:confidentiality|confidence)",
                         r"confidentiality", r"confidential", r"(?<=of\s|in\s)confidence",
                         # the guidance answers privacy rights with the duty of confidence and Article 8
                         r"(?:privacy|human)\s+rights?", r"right\s+to\s+(?:privacy|a\s+private\s+life)",
                         # a confidence in everyday words: "what a family told me in private", "breaking their trust"
                         r"in\s+private",
                         r"(?:break|breaks|breaking|broke|betray(?:s|ed|ing)?)\s+(?:their|her|his|a|the)\s+trust")),
    # consent refused, which the belief says ends the matter: "because the mum-to-be said no, the team
    # can never tell children's services", "the parents turned it down", "when I never said yes"
    ("refused", (r"(?:say|says|said|saying)\s+no", r"turn(?:s|ed|ing)?\s+(?:it\s+|that\s+)?down",
                 r"(?:will|would|did|does|do)\s+not\s+(?:agree|consent)",
                 r"(?:never|not|did\s+not|had\s+not|have\s+not)\s+(?:said|say|says)\s+yes")),
    ("consent", (r"consent(?:s|ed|ing)?", r"permission", r"agreement", r"agree(?:s|d)?",
                 # "until her parents have signed to say it's all right", "their go-ahead"
                 r"sign(?:s|ed)?\s+(?:to\s+say|a\s+(?:form|release|slip)|something|anything)", r"go-ahead",
                 r"say-?so", r"(?:give|gives|gave|giving)\s+(?:me|us|you|them|her|him)\s+the\s+nod",
                 r"(?:say|says|said)\s+(?:it's|it\s+is|that's)\s+(?:all\s+right|alright|ok|okay|fine)",
                 # "unless I say yes", "until mum has okayed it", "a parent's signature first",
                 # "because the mum-to-be said no"
                 r"(?:say|says|said|saying)\s+(?:yes|no)", r"ok(?:ay)?ed", r"signatures?",
                 # "unless the named person approves it", "unless mum is on board", "unless the family signs up to it"
                 r"approv(?:e|es|ed|al)", r"on\s+board", r"sign(?:s|ed)?\s+up\s+to\s+(?:it|this|that)",
                 # asked first: "without asking the parents", "before checking with mum"
                 r"(?:asking|checking\s+with)\s+(?:the\s+|their\s+|his\s+|her\s+|my\s+)?(?:parents?|famil(?:y|ies)|carers?|mum|dad|mother|father)")),
    # a child's secret kept: "keep a secret", "keep what they tell me to myself"
    ("secret", (r"secre(?:ts?|cy)", r"keep\s+(?:[\w']+\s+){1,6}?to\s+(?:myself|yourself|ourselves|themselves)",
                # "if I swear it stays between us"
                r"stays?\s+between\s+(?:us|ourselves|you\s+and\s+me|the\s+two\s+of\s+us)")),
    # (not a named store the information comes from: "the Police National Computer", "... Database")
    ("itsystems", (r"it\s+systems?", r"(?<!national\s)computer(?:s|\s+systems?)?", r"software",
                   r"(?<!national\s)databases?",
                   r"(?:case\s+(?:management|recording)|electronic|recording|records?)\s+systems?", r"technology")),
    # information kept to the purpose it was collected for: "collected by one agency", "taken only to
    # plan her discharge", "gathered only for his treatment", "was only ever for the practice"
    ("collected", (r"collect(?:s|ed|ing)?",
                   r"(?:taken|given|gathered|obtained|recorded)\s+(?:only|just|purely|solely)\s+(?:for|to)",
                   # "a tenant's reference was taken for the tenancy only"
                   r"(?:taken|given|gathered|obtained|recorded)\s+for\s+(?:[\w'’-]+\s+){1,3}?(?:only|alone)\b",
                   # "what's on her registration form was only ever for the practice"
                   r"(?:was|were)\s+(?:only|just|purely|solely)\s+(?:ever\s+)?(?:for|meant\s+for)",
                   r"for\s+(?:a|one|that|this|another|a\s+different)\s+purpose", r"filled\s+in\s+for",
                   # "information it gathered for education purposes", "details recorded for health reasons"
                   r"(?:taken|given|gathered|obtained|recorded)\s+for\s+(?:[\w'’-]+\s+){1,2}?(?:purposes?|reasons?)\b",
                   # "the details were taken to run bookings", "prescription details taken to dispense
                   # medicine" (not a child "taken to hospital"), "the addresses families gave us for their
                   # vouchers", "they were for the club's use only"
                   r"taken\s+to\s+(?:run|dispense|process|deliver|provide|arrange|plan|book|handle|register|issue"
                   r"|supply|administer|manage|treat|pay|send)\b",
                   r"gave\s+(?:us|me|them|you|her|him)\s+for", r"for\s+(?:[\w'’-]+\s+){0,2}?use\s+only",
                   # "anything a tenant told them when they applied for a flat"
                   r"when\s+(?:they|he|she|you|we|i)\s+(?:applied|registered|signed\s+up|enrolled|joined)\b",
                   r"for\s+any\s+other\s+(?:reason|purpose)")),
    # what stands in the way of sharing ("not allowed", "cannot" included: a rule forbidding it)
    ("prevents", (r"absolute", r"no\s+exceptions?", r"barriers?", r"obstacles?",
                  # "the data rules stand in the way of telling"
                  r"(?:stand|stands|standing|get|gets|getting)\s+in\s+the\s+way",
                  r"stop(?:s|ped|ping)?", r"prevent(?:s|ed|ing)?", r"prohibit(?:s|ed|ing)?",
                  r"forbid(?:s|den|ding)?", r"block(?:s|ed|ing)?", r"breach(?:es|ed|ing)?",
                  # "will I break the data protection rules if I pass a concern on?"
                  r"break(?:s|ing)?(?=\s+(?:the\s+|any\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:rules?|laws?|regulations?|act)\b)",
                  r"not\s+(?:be\s+)?(?:allowed|permitted)", r"cannot", r"can\s+not", r"not\s+let",
                  # "data protection law does not allow me to share"
                  r"(?:do|does|did|will|would)\s+not\s+(?:allow|permit)",
                  r"(?:must|may)\s+not", r"never", r"illegal", r"unlawful", r"not\s+possible", r"impossible",
                  r"none\s+of\s+(?:it|this|that|them)\s+(?:can|could|may|should)",
                  # "the new law ties our hands", "we're waiting for the new database before we tell"
                  r"ties?\s+(?:our|my|their|your|his|her)\s+hands", r"wait(?:s|ed|ing)?\s+(?:for|on)",
                  # the penalty feared is the rule: "they would fine us if I told", "I'd get into trouble"
                  r"fin(?:e|ed)\s+(?:me|us|her|him|them|you|the\s+\w+)", r"(?:get|be|am|are|is)\s+in(?:to)?\s+trouble",
                  r"sued", r"prosecuted", r"non-starter",
                  # systems that "don't link up", sharing that "just isn't practical"
                  r"not\s+(?:really\s+|just\s+)?(?:practical|workable|feasible)", r"impractical",
                  r"unworkable", r"(?:do|does|did)\s+not\s+(?:link|join|connect|talk)(?:\s+up)?")),
    ("need", (r"needs?", r"needed", r"requir(?:e|es|ed|ing)", r"necessary", r"must", r"have\s+to",
              r"has\s+to", r"obliged", r"no\s+choice")),
    # "make a referral" is to refer: the light verb is no word of the belief's own
    ("share", (r"(?:mak(?:e|es|ing)|made)\s+(?:a\s+|the\s+)?(?:referrals?|reports?)",
               r"shar(?:e|es|ed|ing)", r"disclos(?:e|es|ed|ing|ure)", r"report(?:s|ed|ing)?",
               r"refer(?:s|red|ring)?", r"referrals?",
               # "passed my concern to the designated safeguarding lead"
               r"pass(?:es|ed|ing)?\s+(?:(?:my|our|the|a|this|that|your|their|his|her)\s+)?(?:concerns?|worry|worries)"
               r"(?:\s+on)?(?=\s+to\b)",
               r"pass(?:es|ed|ing)?\s+on", r"sen(?:d|ds|t|ding)\s+on",
               # "pass anything on", "pass anything to the social workers", "hand it to another agency"
               r"(?:pass|hand)(?:es|s|ed|ing)?\s+(?:it|this|that|them|anything|something|everything)\s+(?:on|to)\b",
               r"hand(?:s|ed|ing)?\s+(?:it\s+|them\s+)?over",
               # what "can't go to social care" or "anywhere else" is shared, what "may travel to another
               # agency", and what "leaves this building"
               r"go(?:es)?\s+(?:to|anywhere|elsewhere|outside|beyond)", r"travel(?:s|led)?\s+(?:to|anywhere|beyond)",
               r"leav(?:e|es|ing)\s+(?:this|the|our)\s+(?:building|office|practice|surgery|school|premises)")),
    ("tell", (r"tell(?:s|ing)?", r"told", r"inform(?:s|ed|ing)?", r"notif(?:y|ies|ied|ying)",
              r"(?:say|breathe)\s+(?:a\s+word|anything)", r"mention(?:s|ed|ing)?",
              # "let the child's mum and dad know"
              r"let\s+(?:[\w'’]+\s+){1,4}?know")),
    # a practitioner's part ended once the worry is passed on: "I have done my part", "my part is over",
    # "my job is done"
    ("done", (r"(?:done|did)\s+my\s+(?:part|bit|job)",
              r"my\s+(?:part|bit|job|role|responsibility)\s+(?:is\s+|has\s+)?(?:over|done|finished|ended|ends)")),
    ("parent", (r"parents?", r"famil(?:y|ies)", r"carers?")),
    ("law", (r"legislation", r"laws?")),
    # being sure before sharing: "certain", "sure", "proof" are one worry
    ("certain", (r"certain(?:ty)?", r"sure", r"proof", r"proven")),
    ("information", (r"information", r"intelligence")),  # what the police hold is information too
)

# What a belief may be about: the things said to govern sharing, or to stand in its way (a child's
# secret, being sure of abuse).
TOPICS = ("consent", "dataprotection", "confidentiality", "itsystems", "secret", "certain", "collected")

_STOPWORDS = frozenset(
    """a an the is are was were be been being to of in on for by with and or not no it its this
    that these those as at from can cannot could should would will may might must do does did
    always often never usually necessarily sometimes all any some one another other others we you
    they our your their us i me my there here have has had than then so if am""".split()
)
_TERM = re.compile("|".join(f"(?P<{word}>\\b(?:{'|'.join(phrases)})\\b)" for word, phrases in TERMS))
_NEGATION = re.compile(r"\b(?:not|no)\s+(?:\w+\s+)?(?:need|prevents)\b")
_CLAIM = "="  # the first character of a claim word, which no content word has
PATIENT_WORDS = frozenset({"patient", "patients", "gp", "gps", "doctor", "doctors", "clinician", "clinicians"})
# Being sure, not a "certain" kind of thing nor "making sure": "I need to be sure", "until I am
# certain", "I need proof" (each phrase of TERMS read as its word).
_BEING_SURE = re.compile(r"\b(?:be|am|is|are|being|feel|not|need|without|completely|absolutely|(?<=')m|(?<=')re)"
                         r"\s+certain\b")  # "if I'm sure", "until we're certain" too
# Getting in touch is sharing too when it waits on consent: "I need the parents' permission before I
# contact children's social care", "... before we ring children's services", "... before I tell the DSL"
_CONTACT = re.compile(r"\b(?:contact(?:s|ed|ing)?|ring(?:s|ing)?|rang|phon(?:e|es|ed|ing)|call(?:s|ed|ing)?"
                      r"|discuss(?:es|ed|ing)?|speak(?:s|ing)?|spoke)\b")


def content_words(statement: str) -> frozenset[str]:
    """Normalised content words: lower case, the domain's phrases as one word each, stop words
    out, crude stemming, and the statement's claims (words starting with "=")."""
    text = _canonical(statement)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOPWORDS]
    return frozenset({_stem(w) for w in words} | _claims_of(text, statement.rstrip().endswith("?")))


@lru_cache(maxsize=4096)
def topics_claimed(text: str) -> frozenset[str]:
    """The topics (`TOPICS`) a statement or a question claims something of, whichever way round:
    "consent" for "I need consent to share", "confidentiality" for "a patient can never have their
    confidentiality broken"."""
    return frozenset(word[1:].partition(":")[0] for word in content_words(text) if word[0] == _CLAIM)


def _canonical(statement: str) -> str:
    """Lower case, straight apostrophes, no possessive "'s", "n't" as "not", each phrase of TERMS
    as its word."""
    text = statement.lower().replace("’", "'").replace("‘", "'").replace("'s", "")
    text = text.replace("can't", "cannot").replace("won't", "will not").replace("n't", " not")
    return _TERM.sub(lambda m: f" {m.lastgroup} ", text)


def _claims_of(canonical: str, question: bool) -> set[str]:
    """What the statement says a topic does to sharing: "=consent:restricts" for "I need consent",
    "You can only share with consent", "Sharing is not allowed without consent", "Can I share
    without consent?", "I need the parents' permission before I contact social care";
    "=dataprotection:restricts" for "GDPR stops me sharing". A negated statement
    ("GDPR does not prevent sharing") claims the opposite ("...:permits"); a question never does."""
    words = set(re.findall(r"[a-z]+", canonical))
    if "refused" in words:  # consent refused is a matter of consent
        words.add("consent")
    if "secret" in words and words & PATIENT_WORDS:
        # a secret a patient tells a doctor is the duty of confidence the law puts on the doctor ("what a patient
        # tells their GP is secret in the eyes of the courts"), not a child's secret that a promise binds
        words = (words - {"secret"}) | {"confidentiality"}
    claims = set()
    for topic in TOPICS:
        if topic not in words:
            continue
        if topic == "consent":  # only sharing that waits on consent: "children cannot consent" is no such belief
            if not (words & {"share", "tell"} or _CONTACT.search(canonical)):
                continue
            # "unless she agrees", "until the family has agreed": sharing waits on consent; "she said
            # no, so we can never tell": consent refused stands in the way
            restricts = bool(words & {"need", "only", "unless", "until"}) or (
                ("without" in words or "refused" in words) and ("prevents" in words or question))
            permits = "without" in words and not restricts
        elif topic == "secret":  # a secret binds: "I have to keep it", "Can I promise to keep it?"
            restricts, permits = True, False
        elif topic == "certain":  # sharing waits on being sure: "... before I share", "keep quiet until I am sure"
            restricts = bool(_BEING_SURE.search(canonical) and (words & {"share", "tell"} or "until" in words))
            permits = False
        else:
            restricts, permits = "prevents" in words, False
        if not (restricts or permits):
            continue
        if question:
            claims.add(f"{_CLAIM}{topic}:restricts")
        else:
            negated = permits or bool(_NEGATION.search(canonical))
            claims.add(f"{_CLAIM}{topic}:{'permits' if negated else 'restricts'}")
    return claims


def _stem(word: str) -> str:
    """"sharing", "shared", "shares" and "share" are one word: "shar"."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """1 for two statements of the same claims, 0 for different claims, otherwise the Jaccard
    overlap of their words."""
    return _similarity(_parts(a), _parts(b))


_Parts = tuple[frozenset[str], frozenset[str]]  # a statement's claims, and its other words


def _parts(words: frozenset[str]) -> _Parts:
    """(claims, other words)."""
    claims = frozenset(w for w in words if w[0] == _CLAIM)
    return claims, words - claims


def _similarity(a: _Parts, b: _Parts) -> float:
    (claims_a, _), (claims_b, _) = a, b
    if claims_a and claims_b:
        return 1.0 if claims_a == claims_b else 0.0
    return _word_overlap(a, b)


def _word_overlap(a: _Parts, b: _Parts) -> float:
    """The Jaccard overlap of two statements' words, their claims aside."""
    (_, words_a), (_, words_b) = a, b
    union = words_a | words_b
    return len(words_a & words_b) / len(union) if union else 0.0


# Rewordings of one myth without a claim overlap by 0.67 or more (the bundled pairs by 1.0;
# "organisation" for "organisation/agency", "data" for "information"), different beliefs in the
# same words ("share", "information") by 0.63 or less.
SAME_MYTH = 0.65


def cluster(statements: Sequence[str], threshold: float = SAME_MYTH) -> list[str]:
    """A concept id per statement: statements are grouped only when every pair in the group is
    similar by `threshold` or more (complete linkage: a chain A~B, B~C does not join A and C); the
    id is a slug of the wording that names the group. Neither depends on the order of documents."""
    distinct_words = {s: content_words(s) for s in set(statements)}
    words = [distinct_words[s] for s in statements]
    groups = _complete_linkage(sorted({w for w in words if w}, key=sorted), threshold)
    group_of = {w: k for k, group in enumerate(groups) for w in group}
    members: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        members.setdefault(group_of[w] if w else len(groups) + i, []).append(i)  # an empty set matches nothing
    ids: dict[int, str] = {}
    used: set[str] = set()
    for (*_, key), group in sorted((_naming_key([statements[i] for i in g]), g) for g in members.values()):
        slug = _unused(key, used)
        used.add(slug)
        ids.update(dict.fromkeys(group, slug))
    return [ids[i] for i in range(len(statements))]


def _naming_key(group: Sequence[str]) -> tuple[bool, int, str]:
    """The wording that names a concept: a statement before a question ("consent is needed to
    share", not "can i share without consent"), then the wording most sources use, then the
    smallest."""
    counts = Counter(_normal(s) for s in group)
    return min((s.rstrip().endswith("?"), -counts[_normal(s)], _normal(s)) for s in group)


def typical_statement(statements: Sequence[str]) -> str:
    """The wording that titles a concept: the member most similar to the others (a wording
    several sources share counts once per source); among those alike in that (all wordings of
    one claim are), the one sharing most words with the others; then the shortest, then the first
    alphabetically, so the order of documents never changes it. A belief is titled as a belief:
    where most wordings state it, a question asking it ("Do I need consent to share?") titles
    nothing."""
    sources = Counter(statements)  # a large corpus repeats its wordings: each is compared once
    parts = {s: _parts(content_words(s)) for s in sources}

    def likeness(statement: str, measure: Callable[[_Parts, _Parts], float]) -> float:
        # fsum is exact, so the order the values are added in cannot break a tie
        return fsum((n - (other == statement)) * measure(parts[statement], parts[other])
                    for other, n in sources.items())

    def key(statement: str) -> tuple[float, float, int, str]:
        return -likeness(statement, _similarity), -likeness(statement, _word_overlap), len(statement), statement

    stated = [s for s in sources if not s.endswith("?")]
    said = sum(n for s, n in sources.items() if not s.endswith("?"))
    return min(stated if said * 2 > sum(sources.values()) else sources, key=key)


def _complete_linkage(distinct: Sequence[frozenset[str]], threshold: float) -> list[list[frozenset[str]]]:
    """Groups of distinct word sets: the most similar pairs first, two groups merged only when
    every pair across them is similar enough.

    A large corpus repeats the same statements, so only distinct word sets are compared, and
    only those that share a word (any other pair has no overlap and no common claim).
    """
    parts = [_parts(words) for words in distinct]
    by_word: dict[str, list[int]] = {}
    for k, statement in enumerate(distinct):
        for word in statement:
            by_word.setdefault(word, []).append(k)
    close = {
        (i, j): sim
        for i, statement in enumerate(distinct)
        for j in {o for word in statement for o in by_word[word] if o > i}
        if (sim := _similarity(parts[i], parts[j])) >= threshold
    }
    group = list(range(len(distinct)))
    members = {k: [k] for k in group}
    for _, i, j in sorted((-sim, i, j) for (i, j), sim in close.items()):
        a, b = group[i], group[j]
        if a != b and all((min(x, y), max(x, y)) in close for x in members[a] for y in members[b]):
            for k in members[b]:
                group[k] = a
            members[a] += members.pop(b)
    return [[distinct[k] for k in ks] for ks in members.values()]


def _unused(statement: str, used: set[str]) -> str:
    """The shortest slug of the statement not taken by another concept."""
    for max_words in range(4, 12):
        slug = concept_slug(statement, max_words)
        if slug not in used:
            return slug
    n = 2
    while f"{slug}-{n}" in used:
        n += 1
    return f"{slug}-{n}"


def _normal(statement: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", _uncontracted(statement.lower())))


def _uncontracted(text: str) -> str:
    for contraction, written in _CONTRACTIONS:
        text = contraction.sub(written, text)
    return text


# A contraction's ending, which would otherwise stand as a word of its own ("can't" -> "can", "t"):
# a negation keeps its word ("cant", "hasnt"), the rest go ("child's" -> "child")
_CONTRACTIONS = ((re.compile(r"(?<=[a-z])n[’']t\b"), "nt"), (re.compile(r"(?<=[a-z])[’'](?:s|re|ve|ll|d|m)\b"), ""))


def concept_slug(statement: str, max_words: int = 4) -> str:
    """"consent is always needed to share personal information" -> "consent-needed-share-personal";
    "I can't tell the PSNI anything ..." -> "cant-tell-psni-anything"."""
    words = [w for w in re.findall(r"[a-z0-9]+", _uncontracted(statement.lower())) if w not in _STOPWORDS]
    return "-".join(words[:max_words]) or "myth"
