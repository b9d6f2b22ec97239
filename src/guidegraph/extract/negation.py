"""Mentions of law whose own clause says it does not apply: repealed, replaced, not in force.

"Section 47 of the Children Act 1989 does not apply in Scotland", "The Data Protection Act 1998
has been repealed", "The GDPR and the Data Protection Act 2018 supersede the Data Protection Act
1998", "Parts 4 and 5 of the Act have not come into force": the passage names the law, but not
as a basis for anything. `negation` reads the clause around a mention for the words that say so:

- a predicate after it, the mention being (part of) its subject: "... has been replaced by",
  "... does not apply in Wales", "... (now repealed)", "... does not itself create a power to share";
- a verb before it, the mention being its object: "supersede the ...", "instead of the ...", or a
  contrast after a comma: "under Part 3 of the Act, not the UK GDPR";
- a word in front of it: "the former ...", "the now repealed ...";
- the words naming it as the source of an amendment: "section 16H, inserted by the Children and
  Social Work Act 2017, ..." rests on section 16H, not on the Act that inserted it;
- the next sentence (or the clause after a semicolon), when it opens by referring back to the
  mention and says so: "Part 4 of the Act would have created the named person. It was never
  brought into force." ("It" and "They" are the subject of the sentence before; "This is ..." the
  subject, or the one law the sentence before names; "This Part", "these provisions", "the
  section" are the nearest mention of that kind; "The 1998 Act" the mention of that year). Its
  later clauses go on with the same subject: "This is a duty to report; it is not a gateway".

A predicate with a limit ("does not apply to voluntary groups", "does not apply where the
person has died", "has been repealed in part") says where the law stops, not that it is no
support, and negates nothing. The reader works on the cleaned text `provisions.CleanText` gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NATION = r"(?:England|Wales|Scotland|Northern\s+Ireland|(?:the\s+)?(?:UK|United\s+Kingdom))"
_GONE = r"(?:repealed|replaced|superseded|revoked|abolished|rescinded|withdrawn)"
_APPLY = r"(?:apply|extend|have\s+effect)"
_ITSELF = r"(?:(?:itself|themselves|in\s+itself|of\s+itself)\s+)?"
_GATEWAY = r"(?:(?:legal|lawful|statutory|separate|new)\s+)?(?:gateway|basis|power)"
# What the law does, said of a subject before it. A trailing "by" (replaced by X) leaves X alone.
_PREDICATE = re.compile(
    rf"(?P<cue>(?:(?:does|do|did|will|would|shall|can)\s+not|doesn't|don't|didn't|cannot|can't)\s+{_APPLY}"
    rf"|(?:is|are|was|were)\s+not\s+(?:applicable|in\s+force)"
    # "is not a gateway for sharing", "is not relevant to ...": named, but as no basis for it
    rf"|(?:is|are)\s+not\s+(?:{_ITSELF}an?\s+{_GATEWAY}|relevant)"
    rf"|(?:does|do)\s+not\s+{_ITSELF}(?:create|provide|give|confer)\s+(?:an?|any)\s+{_GATEWAY}"
    rf"|(?:(?:is|are|was|were)\s+)?no\s+longer\s+(?:appl(?:y|ies|icable)|extends?|in\s+force|has\s+effect|have\s+effect)"
    rf"|(?:has|have|had)\s+(?:now\s+|since\s+|subsequently\s+)?been\s+(?:(?:{_GONE})(?:\s*(?:,|and|or)\s*)?)+"
    rf"|(?:is|are|was|were)\s+(?:now\s+|since\s+|subsequently\s+)?{_GONE}"
    rf"|(?:has|have|had|did|does|do)\s+(?:not|never)\s+(?:yet\s+)?(?:come|been\s+brought|came)\s+into\s+(?:force|effect)"
    rf"|(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:commenced|implemented)"
    rf"|(?:was|were)\s+never\s+(?:commenced|implemented|brought\s+into\s+force)"
    rf"|(?:has\s+|have\s+)?ceased\s+to\s+(?:have\s+effect|apply|be\s+in\s+force)"
    rf"|(?:now\s+)?{_GONE}\s+by)\b",
    re.IGNORECASE,
)
# After "does not apply": the end of the clause, or a place, negates; anything else limits it. So
# does the writer itself ("does not apply to us, as a charity"): the law is no basis for its sharing.
_WRITER = r"(?:us|ourselves|our\s+(?:organisation|charity|service|setting|school|hospice|agency))"
_WHOLLY = re.compile(
    rf"\s*(?:$|[.;:,)]|(?:and|but|so|because)\b|(?:in|to|within)\s+(?:{_NATION}|this\s+(?:case|situation|country))\b"
    rf"|to\s+{_WRITER}\b"
    rf"|(?:any\s*more|any\s+longer|here|there|now)\b)",
    re.IGNORECASE,
)
_IN_PART = re.compile(r"\s*(?:in\s+part|partly|partially|in\s+some\s+respects)\b", re.IGNORECASE)
# "(now repealed)", and after a gloss of what the provision did: "(children's plans, now repealed)".
_ASIDE = re.compile(
    r"\s*\(\s*(?:[^(),]{1,60},\s*)?(?:now\s+|since\s+)?"
    r"(?P<cue>repealed|revoked|superseded|replaced|no\s+longer\s+in\s+force)\b",
    re.IGNORECASE)
# What supersedes the law, said before it as its object; or a word marking it as past law.
_BEFORE = re.compile(
    r"(?P<cue>\b(?:supersed(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|revok(?:e|es|ed|ing)"
    r"|instead\s+of|in\s+place\s+of|rather\s+than|the\s+former|the\s+now[-\s]repealed|the\s+repealed"
    r"|the\s+superseded|the\s+old|the\s+previous|the\s+predecessor"
    # "it falls under Part 3 of the Act, not the UK GDPR": the law set against the one that applies
    r"|(?<=,\s)not"
    # "inserted by the Children and Social Work Act 2017": the amending Act, named as a source only
    r"|(?:as\s+)?(?:inserted|amended|substituted|added|modified)(?:\s+in\s+\d{4})?\s+by))"
    r"(?:\s+(?:the|its|their))?\s*$",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|n't|never|cannot)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Between a mention and its predicate: other mentions joined by "and", a bracketed aside, or a
# comma-enclosed relative clause ("part 3 of the Act, which relates to ..., has been replaced").
# A named thing that is not law may share the subject: "The Protection of Children Act 1999 and
# List 99 have been replaced".
_COSUBJECT = r"(?-i:and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+)){0,2})"
_JOINER = re.compile(rf"^(?:\s|\x00|,|and\b|or\b|&|of\b|the\b|under\b|as\s+amended\b|{_COSUBJECT})*$", re.IGNORECASE)
# "The consent rules of the GDPR do not apply": the subject is the rules, not the law.
# "... was repealed by the 2003 Act and is not relevant": the agent of a passive is no subject either.
_MODIFIES = re.compile(r"[^\x00\s]\s+(?:of|in|under|within|from|by)\s+(?:the\s+)?$", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^()]*\)")
# Also a participle's ("the 1998 Act, referred to in earlier versions, was repealed"), and the short name
# the law goes by, set between commas ("Paragraph 4 of Schedule 2, the immigration exemption, is not a gateway").
_RELATIVE = re.compile(r",\s*(?:(?:which|that|who|as|including|in\s+particular|together\s+with|[a-z]+ed)\b[^.;]{0,200}"
                       r"|(?:the|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}),")
_JOINED_BEFORE = re.compile(r"\x00+(?:\s*(?:,|and|or|&)\s*(?:the\s+)?)?$", re.IGNORECASE)
# A mention followed by its own verb is the subject of a new clause, not one more object.
_OWN_VERB = re.compile(
    r"\s+(?:still\s+|also\s+|now\s+|\w+ly\s+)?(?:applies|apply|is|are|was|were|has|have|had|will|can|may|must"
    r"|should|remains?|continues?|gives?|provides?|allows?|requires?|sets?|places?|makes?|enables?|permits?)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\s(?:but|whereas|while|although|however)\s", re.IGNORECASE)


def negation(text: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()) -> str:
    """The words of `text` that say the law mentioned at [start, end) does not apply, or "".

    `others` are the spans of the other legal mentions of the text: "the 1998 Act and the
    Directive have been repealed" negates both, "X, replaced by Y" only X.
    """
    return _after(text, start, end, others) or _before(text, start, end, others) or _referred_back(
        text, start, end, others) or _restated(text, start, end, others) or _no_longer_the_case(text, end)


# "Previously, partners relied on the 1998 Act alone; that is no longer the case."
_NO_LONGER = re.compile(r"[;,]\s*(?:but\s+)?(?:that|this|which)\s+is\s+no\s+longer\s+the\s+case\b", re.IGNORECASE)


def _no_longer_the_case(text: str, end: int) -> str:
    """The sentence goes on to say that what it told of the mention (and any beside it) is no longer so."""
    boundary = _SENTENCE_END.search(text, end)
    stop = boundary.start() + 1 if boundary else len(text)
    return "no longer the case" if _NO_LONGER.search(text, end, stop) else ""


# The next sentence opening with a word for law just named, as its subject.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(]?[A-Z])")
# ... or the clause after a semicolon: "... under section 47 of the Children Act 1989; that Act does not apply",
# or after ", and" when a pronoun opens it: "The FOI Act gives no right to ..., and it is not relevant".
_NEXT_CLAUSE = re.compile(rf"{_SENTENCE_END.pattern}|;\s+|,\s+and\s+(?=(?:it|they)\b)")
_REFERENCE = re.compile(
    r"(?:(?:however|but|since\s+then|in\s+(?:practice|fact|the\s+event))\s*,?\s+)?"
    r"(?P<ref>(?P<pronoun>it|they|(?:this|that)(?=\s+(?:is|was|does|did|has|had|will|would|can|may|must)\b))"
    r"|(?:this|that|the|these|those|such)\s+(?:(?P<year>(?:1[89]|20)\d\d)\s+|[a-z][\w-]*\s+)?"
    r"(?P<noun>parts?|sections?|articles?|schedules?|chapters?|provisions?|duty|duties|powers?|acts?|orders?"
    r"|regulations?))\b",
    re.IGNORECASE,
)
# Which mentions a noun can refer back to, by the words the mention starts with or contains.
_KIND = {"part": r"^parts?\b", "section": r"^(?:sections?|ss?\.?\s*\d)", "article": r"^(?:articles?|arts?\b)",
         "schedule": r"^(?:schedules?|paragraphs?|paras?\b)", "chapter": r"^chapters?\b",
         "act": r"\bacts?\b", "order": r"\border\b", "regulation": r"\bregulations?\b"}
_ANY_PROVISION = r"^(?:parts?|sections?|ss?\.?\s*\d|articles?|arts?\b|schedules?|paragraphs?|chapters?|regulations?)"
_SUBJECT_LEAD = re.compile(r"^(?:[^,\x00]{0,60},\s*)?(?:\s|\x00|,|and\b|or\b|&|the\b|of\b)*$", re.IGNORECASE)


def _referred_back(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str:
    """"It was never brought into force" after a sentence (or a semicolon) whose subject is the mention."""
    boundary = _NEXT_CLAUSE.search(text, end)
    if boundary is None:
        return ""
    ref = _REFERENCE.match(text, boundary.end())
    if ref is None or not _refers_to(text, start, end, others, ref, boundary.start()):
        return ""
    for clause in _same_subject_clauses(text, ref):
        cue = _after(text, clause.start("ref"), clause.end("ref"), others)
        if cue:
            gap = text[clause.end("ref"):_PREDICATE.search(text, clause.end("ref")).start()].strip()
            return f"{clause['ref']} {'… ' if gap else ''}{cue}"
    return ""


# A provision named again as a later clause's subject, on its own or with others: "..., and Parts 4
# and 5 were never brought into force" after "Part 4 of the Act would have given ...".
_OWN_PROVISION = re.compile(r"(?P<noun>part|section|article|schedule)s?\s+(?P<number>\d{1,3}[A-Z]?|[IVX]{1,5})\b",
                            re.IGNORECASE)
_RESTATED = re.compile(
    r"(?:[.!?;]\s+|,\s+and\s+)(?:the\s+)?(?P<ref>(?P<noun>part|section|article|schedule)s?\s+"
    r"(?P<numbers>(?:\d{1,3}[A-Z]?|[IVX]{1,5})(?:\s*(?:,|and|or|&)\s*(?:\d{1,3}[A-Z]?|[IVX]{1,5}))*))\b",
    re.IGNORECASE,
)


def _restated(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str:
    """A later clause whose subject names the mention's own provision again and says it does not apply."""
    own = _OWN_PROVISION.match(text, start, end)
    if own is None or own["noun"].lower() not in text[end:].lower():
        return ""  # the provision's kind ("part") is never named again
    for again in _RESTATED.finditer(text, end):
        numbers = re.findall(r"\d{1,3}[A-Z]?|[IVX]{1,5}", again["numbers"], re.IGNORECASE)
        if again["noun"].lower() != own["noun"].lower() or own["number"].lower() not in map(str.lower, numbers):
            continue
        cue = _after(text, again.start("ref"), again.end("ref"), others)
        if cue:
            return f"{again['ref']} {cue}"
    return ""


# A later clause of the same sentence going on with the same subject: "; it", ", and they".
_SAME_SUBJECT = re.compile(r"(?:;|,?\s+and)\s+(?P<ref>(?P<pronoun>it|they))\b", re.IGNORECASE)


def _same_subject_clauses(text: str, ref: re.Match[str]) -> list[re.Match[str]]:
    """The reference, then each clause after it in its sentence whose subject is still it:
    "This is a duty to report; it is not a gateway for sharing"."""
    if not ref["pronoun"]:
        return [ref]
    boundary = _SENTENCE_END.search(text, ref.end())
    stop = boundary.start() if boundary else len(text)
    return [ref, *_SAME_SUBJECT.finditer(text, ref.end(), stop)]


def _refers_to(text: str, start: int, end: int, others: Sequence[tuple[int, int]], ref: re.Match[str],
               sentence_end: int) -> bool:
    """Is the mention at [start, end) what the reference opening the next sentence means?"""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    if ref["pronoun"]:  # "It" is the subject of the sentence before, "They" all of it
        lead = _masked(text, sentence_start, start, start, others)
        if ref["pronoun"].lower() in ("this", "that") and _alone_in_sentence(text, sentence_start, start, end, others):
            return True  # "... under section 38B of the Terrorism Act 2000. This is a duty to report"
        return bool(_SUBJECT_LEAD.match(lead)) and (ref["pronoun"].lower() == "they" or "\x00" not in lead)
    if ref["year"]:  # "The 1998 Act": the mention of that year
        return ref["year"] in text[start:end]
    noun = ref["noun"].lower().rstrip("s")
    kind = _KIND.get(noun, _ANY_PROVISION)
    if not re.search(kind, text[start:end], re.IGNORECASE):
        return False
    if ref["noun"].lower().endswith("s") and noun != "regulation":
        return True  # "these provisions": every mention of the kind
    # "this Part": the nearest mention of its kind, none of which comes after this one
    return not any(end <= s < sentence_end and re.search(kind, text[s:e], re.IGNORECASE) for s, e in others)


def _alone_in_sentence(text: str, sentence_start: int, start: int, end: int,
                       others: Sequence[tuple[int, int]]) -> bool:
    """No other law named in the mention's sentence: "This" can only mean what it says of that one."""
    boundary = _SENTENCE_END.search(text, end)
    stop = boundary.start() if boundary else len(text)
    return not any(sentence_start <= s < stop and (e <= start or s >= end) for s, e in others)


def _after(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str:
    aside = _ASIDE.match(text, end)
    if aside:
        return aside["cue"]
    stop = _clause_end(text, end)
    match = _PREDICATE.search(text, end, stop)
    if match is None:
        return ""
    gap = _RELATIVE.sub(" ", _BRACKETS.sub(" ", _masked(text, end, match.start(), start, others)))
    if text[max(0, start - 3):start].rstrip().endswith("(") and gap.lstrip().startswith(")"):
        gap = gap.lstrip()[1:]  # "Its named person provisions (Part 4) were never ...": it glosses the subject
    if not _JOINER.match(gap) or _MODIFIES.search(_masked(text, _clause_start(text, start), start, start, others)):
        return ""
    cue = match["cue"]
    rest = text[match.end() : stop + 1]
    if re.search(r"\b(?:apply|extend|effect)$", cue, re.IGNORECASE) and not _WHOLLY.match(rest):
        return ""  # "does not apply to voluntary groups": a limit, not a negation
    if _IN_PART.match(rest):
        return ""
    return " ".join(cue.split())


def _before(text: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> str:
    clause = _clause_start(text, start)
    before = _masked(text, clause, start, start, others)
    # Other mentions joined to this one ("supersede the DPA 1998 and the Directive") are skipped.
    if _OWN_VERB.match(text, end):
        before = before.rstrip()  # "... replaced the 1998 Act and the Human Rights Act applies": a new subject
    else:
        while (joined := _JOINED_BEFORE.search(before)) is not None:
            before = before[: joined.start()]
    match = _BEFORE.search(before)
    if match is None or _DENIED.search(before, 0, match.start()):
        return ""  # "it does not replace the Human Rights Act 1998"
    return " ".join(match["cue"].split())


def _masked(text: str, a: int, b: int, own_start: int, others: Sequence[tuple[int, int]]) -> str:
    """text[a:b] with other mentions blanked to NULs: they join subjects, they are no words."""
    chars = list(text[a:b])
    for s, e in others:
        if s == own_start or e <= a or s >= b:
            continue
        for i in range(max(s, a), min(e, b)):
            chars[i - a] = "\x00"
    return "".join(chars)


def _clause_end(text: str, pos: int) -> int:
    found = _CLAUSE_BREAK.search(text, pos)
    return found.start() if found else len(text)


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    return starts[-1] if starts else 0
