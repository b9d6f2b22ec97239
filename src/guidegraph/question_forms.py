"""Ways of wording a which-act question that its words alone mislead: read as the guidance says them.

Each rewrite is of a form of question, never of one question: "what gives them the right to ask"
and an agency's "right to ask" ask for its power to ask; law that "gives" a power or right confers
it; "officers" in a question about a crime are police officers; "see what the police told the
council" or "see the notes his youth worker keeps about him" asks for access to records, a right of
data protection law, whose words also answer sharing "without asking me first"; a question naming
the police and a crime, or the police and someone else's records, hints at the crime gateways;
asking about the record of someone near a child hints at the Child Sex Offender Disclosure Scheme,
and asking how to find it out asks for a disclosure scheme, the one for the harm spoken of;
what helps a council carry out its own functions is what is incidental to them (its subsidiary power);
what binds one told something in confidence hints at the duty of confidence;
services provided for children or families are for children in need;
asking whether a child comes first hints at the overriding consideration to safeguard the child;
sharing to save a life is to protect someone's vital interests;
whether a duty reaches a body hints at the duty on key bodies;
someone who "can't follow" or "cannot weigh up" what is shared, or whom the asker is "not sure"
understands it, hints at lacking capacity, and someone said to lack capacity in any of these words
asks for the law named after it; a pupil no one knows the school of is a child missing
education; text-speak ("cn", "bf", "b4") is spelt out, and an Act's year typed short ("act 18") in
full; a short label before a colon ("Care home manager: ...") says who speaks; "when should she
pass it on?" asks for a time set; the data regulator or watchdog is the Information Commissioner;
consent someone may "take back" is consent withdrawn; a right to privacy is the right to respect for
private and family life; being "fair and open" with people, and using information "for a different
purpose", are data protection principles in everyday words; telling the police so that they can stop
something happening is sharing for the prevention of crime; sharing to arrange or help someone's
care is sharing that facilitates care; a girl "cut" is one who has undergone female genital
mutilation; a deputy a court appointed is a deputy of the Court of Protection; a health trust and a
council said to co-operate are NHS bodies, and the police or a school co-operating with a council about
a child co-operate for the children's well-being; a child used to run or carry drugs is criminally
exploited, a crime the police investigate; rules counted as one
principle set counts its own ("eight confidentiality rules") are that set by name. which-act only
(and the myths look-up, for text-speak, who speaks and counted rules; passage search, for lacking
capacity and the time asked for): passage search (mirrored by the site's JavaScript) otherwise
reads words as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from guidegraph.analysis import NUMBER_WORDS, analyse

# Text-speak typed into a search box ("cn my mate ask the police if her new bf has hit his exes b4??"):
# the words it stands for, where they cannot be read otherwise.
TEXT_SPEAK = {"cn": "can", "cant": "can't", "dont": "don't", "bf": "boyfriend", "gf": "girlfriend", "b4": "before",
              "wiv": "with", "wid": "with", "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please",
              "coz": "because", "cos": "because", "cuz": "because", "abt": "about", "wot": "what", "wat": "what",
              "hv": "have", "shd": "should", "cud": "could", "wud": "would", "yr": "year", "thru": "through",
              "im": "I'm", "ive": "I've", "kno": "know", "knw": "know", "sum1": "someone", "ppl": "people",
              "sis": "sister", "bro": "brother", "govt": "government", "mgr": "manager", "theyre": "they're",
              "theres": "there's", "scot": "Scottish"}
# Not "doc" (a doctor as often as a document), "chap" (a man or a chapter) nor "std" (a standard or
# a sexually transmitted disease).
_TEXT_WORD = re.compile(r"(?<![\w'’&/.-])(" + "|".join(re.escape(w) for w in TEXT_SPEAK) + r")(?![\w'’&/-]|\.\w)",
                        re.IGNORECASE)
# "n" for "and", "4" for "for", only where nothing else fits: "scared 4 her n the kids"
_TEXT_AND = re.compile(r"(?<=[a-z] )n(?= [a-z])")
_TEXT_FOR = re.compile(r"(?<=[a-z] )4(?= (?:her|him|them|me|us|you|the|a|my|your|his|our|their)\b)")


# An Act's year typed short: "data protection act 18", "childrens n social work act 17" (not "act 18
# months ago", nor a number in brackets after it). A year above `SHORT_YEAR_PIVOT` ("act 89") is of the 1900s.
_SHORT_YEAR = re.compile(r"\b(?P<kind>acts?|regulations)\s+(?P<yy>\d{2})\b(?![\d%(]|[.,]\d|\s*(?:years?|yrs?|days?|"
                         r"weeks?|months?|hours?|minutes?|mins?|times?|pages?|people|children|kids)\b)", re.IGNORECASE)
SHORT_YEAR_PIVOT = 30


def spelt_out(question: str) -> str:
    """`question` with its text-speak spelt out, and an Act's year typed short in full."""
    question = _TEXT_WORD.sub(lambda m: TEXT_SPEAK[m.group(1).lower()], question)
    question = _SHORT_YEAR.sub(lambda m: f"{m['kind']} {_full_year(int(m['yy']))}", question)
    return _TEXT_FOR.sub("for", _TEXT_AND.sub("and", question))


def _full_year(short: int) -> int:
    return (2000 if short <= SHORT_YEAR_PIVOT else 1900) + short


# "Care home manager: we can't share until the enquiry is over", "Quiz true or false: GDPR stops
# ...": a short label before a colon says who speaks or what the question is for, not what they
# believe (the myths look-up).
_LABELLED = re.compile(r"^\s*(?P<label>[^:.?!;]{1,60}?)\s*:\s+(?P<rest>\S.*)$", re.DOTALL)
MAX_LABEL_WORDS = 6


def speaker_words(text: str) -> frozenset[str]:
    """The words of the short label opening `text` ("Repairs operative: ..."), as `query.parse` reads
    them, but those the rest of it says too; none when it opens with no such label."""
    from guidegraph.analysis import words

    labelled = _LABELLED.match(text)
    if not labelled:
        return frozenset()
    label, rest = words(labelled.group("label")), set(words(labelled.group("rest")))
    if not label or len(label) > MAX_LABEL_WORDS or len(rest) < len(label):
        return frozenset()
    return frozenset(label) - rest


# "I'm a dental nurse in Swansea ...", "As a youth worker, ...", "Foster carer: ...": a speaker who
# introduces their role asks as one of those the guidance advises, whatever their service, and it
# calls them "practitioners" ("Practitioners should ..."); the word is a hint, which the words typed
# outweigh, so advice to the role named still comes first. The role ends at a comma, a stop, a
# preposition or a verb of what they go on to say ("I'm a probation officer passing a tip").
PRACTITIONER_HINT = ("practitioners",)
_INTRODUCED = re.compile(
    r"(?:^|[.;:!?]\s+|,\s*|\band\s+)(?:as\s+(?:a|an)|(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:a|an|the)|"
    r"(?:i|we)\s+work\s+as\s+(?:a|an|the))\s+(?:[\w'’&-]+\s+){0,4}?[\w'’&-]+?"
    r"(?=\s*(?:[,.;:!?(]|\s-\s|$)|\s+(?:in|at|for|with|who|and|but|so|i|we|my|our|\w+ing)\b)",
    re.IGNORECASE)


def speaker_as_practitioner(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's word for those it advises as a hint, when the speaker introduces
    their role ("I'm a school nurse", "as a childminder") or opens on a short label (`speaker_words`)."""
    if _INTRODUCED.search(question) or speaker_words(question):
        return parsed.with_hints(PRACTITIONER_HINT)
    return parsed


# "Can officers get ...", "two officers came to the school": with no qualifier before it, an officer
# in a question about a crime is a police officer. A qualified one ("housing officer", "lead
# information officer", "youth offending officer") is not, and is left as typed.
_OFFICERS = re.compile(r"(?P<before>\b[\w'’-]+\s+|^\s*)(?P<officers>officers?)\b", re.IGNORECASE)
# words before "officer" that still leave it unqualified: no stop word, but no kind of officer either
PLAIN_BEFORE = frozenset({"local", "uniformed", "plain-clothes", "plainclothes", "armed", "duty", "arresting",
                          "investigating", "senior", "two", "three", "several", "female", "male"})
# (criminal exploitation, a child "used to run drugs" or on "county lines", is a crime the police investigate)
CRIME_CONCEPTS = frozenset({"crime", "criminal-proceedings", "prejudice-a-police-investigation", "exploitation"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})  # who claims a right for themselves


def officers_as_police(question: str, concepts: Callable[[tuple[str, ...]], set[str]]) -> str:
    """`question` with an unqualified "officer(s)" read as "police officer(s)" when it names a crime
    (`concepts` gives the synonym concepts a question's words name)."""
    from guidegraph.analysis import words

    if not CRIME_CONCEPTS & concepts(tuple(words(question))):
        return question
    return _unqualified_officers_as(question, lambda officers: f"police {officers}", PLAIN_BEFORE)


# With no crime named, a duty, senior, local or investigating officer may be the council's
# ("the duty officer at the front door"): only words that fit no other service leave one the police's.
BELIEF_PLAIN_BEFORE = PLAIN_BEFORE - {"duty", "senior", "local", "investigating"}


def officers_in_a_belief(belief: str) -> str:
    """`belief` with an unqualified "officer(s)" read as "police" (the myths look-up): a belief about
    passing information on names the police so ("when officers ring up asking for the file", "what
    the officers know stays with them"), any other officer by its kind, and the guidance's myths
    name them "the police", as one word, not "police officers"."""
    return _unqualified_officers_as(belief, lambda officers: "police", BELIEF_PLAIN_BEFORE)


# A set of principles named by how many rules it has and what they are about, not by its name ("the
# NHS's eight confidentiality rules", "its 8 data-sharing principles"): its words would find beliefs
# about confidentiality itself, where the belief is about the set.
_COUNTED_RULES = re.compile(r"\b(?P<count>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<counted>(?:[\w’'-]+\s+){0,2}?"
                            r"(?:rules|principles))\b", re.IGNORECASE)


def counted_set_as_name(belief: str, set_counted: Callable[[str, tuple[str, ...]], str | None]) -> str:
    """`belief` with rules or principles it counts ("eight confidentiality rules") read as the name of
    the one principle set counted so (`set_counted`, from the vocabulary, given the count and the
    words counted: "Caldicott principles"); left as typed where no set, or more than one, has that
    many, or the words name another set."""
    from guidegraph.analysis import words

    def named(match: re.Match[str]) -> str:
        count = match.group("count").lower()
        return set_counted(NUMBER_WORDS.get(count, count), tuple(words(match.group("counted")))) or match.group(0)

    return _COUNTED_RULES.sub(named, belief)


def _unqualified_officers_as(text: str, police: Callable[[str], str], plain: frozenset[str]) -> str:
    """`text` with each "officer(s)" no kind of officer qualifies (a word but those of `plain`
    before it) as `police` makes it."""

    def replaced(match: re.Match[str]) -> str:
        before = match.group("before")
        word = before.strip().lower()
        if word and analyse(word) and word not in plain:
            return match.group(0)  # a kind of officer: "housing officer", "police officer"
        return f"{before}{police(match.group('officers'))}"

    return _OFFICERS.sub(replaced, text)


# "What right do I have to see what the police told the council?", "can I read what the school
# wrote about my son?", "a mum wants a copy of what the health visitor sent us": to see what one service
# holds or passed on is access to records (a subject access request), whatever words name the services.
_SEE_WHAT = re.compile(
    r"\b(?:see|read|view|look\s+at|(?:an?(?:\s+\w+)?\s+copy|copies)\s+of|find\s+out)\s+(?:exactly\s+|just\s+)?"
    # "see what another agency sent", "see the information another agency shared with us", "see
    # everything the youth offending team sent us about her"
    r"(?:what|everything|anything|(?:(?:the|any|all(?:\s+the)?)\s+)?(?:information|info|details)(?:\s+that|\s+which)?)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:told|tell|tells|shared|share|shares|passed|sent|said|says|wrote|written|"
    r"recorded|holds?|kept|keeps?|put\s+down|noted)\b",
    re.IGNORECASE)
# The guidance treats a request to see one's records as "an 'Access to Records' request under the Data
# Protection Act": the law it names is data protection law, whatever service holds the records.
ACCESS_HINT = ("data", "protection")


def access_under_data_law(parsed: Any, question: str) -> Any:
    """`parsed` with the words of data protection law, weighed as question words, when the question
    asks for access to records (in those words, or read so by `seeing_as_access`)."""
    if ACCESS_WORDS in question.lower():
        return parsed.with_hints(ACCESS_HINT)
    return parsed


# "Can the school tell social services without asking me first?", "do I need anyone's permission before
# I phone the police?": whether one may share without consent is answered by data protection law, under
# which information "can be shared legally without consent" (the guidance's words), and by the public
# interest that can override a confidence. Told as a story, the question's words find the law of the
# service told instead (social services: the Children Act 1989); the guidance's words alone do not
# outweigh them, so the hint names data protection.
_WITHOUT_CONSENT = re.compile(
    r"\bwithout\s+(?:[\w'’-]+\s+){0,2}?(?:consent|permission|agreement|say-so|asking|telling|checking\s+with)\b|"
    r"\b(?:need|needs|needed|have\s+to\s+get|has\s+to\s+get|must\s+\w+\s+get)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:consent|permission|agreement|say-so)\s+(?:before|to|first)\b|"
    # "Mum refused to let me share anything", "he won't agree to her telling adult social care"
    r"\b(?:refus\w*|won't|will\s+not|wouldn't|would\s+not|(?:doesn't|does\s+not|didn't|did\s+not)\s+want|"
    r"said\s+no|objects?|objected)\b(?:\s+[\w'’-]+){0,4}?\s+(?:share|sharing|shared|tell|telling|told|pass|"
    r"passing|passed|disclos\w*|consent|permission)\b",
    re.IGNORECASE)
CONSENT_HINT = ("legally", "consent", "data", "protection")


def without_consent_as_the_law_allows(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for sharing legally without consent, weighed as question
    words, when it asks whether information may be shared without consent or permission; not when it
    asks what binds one told something in confidence (`what_binds_a_confidence`): that asks for the
    duty owed, which the words of data protection law would draw the answer away from."""
    if _WITHOUT_CONSENT.search(question) and not asks_what_binds_a_confidence(question):
        return parsed.with_hints(CONSENT_HINT)
    return parsed


# "Can she tell children's services without the parents' permission?", "do I need anyone's say-so
# before I ring social care?": a yes/no question asking whether one may share without consent asks
# whether consent is needed, which data protection and confidence law answer; the service told names
# only where the information goes, and its own law (the Children Act 1989 of children's services) is
# no answer to it. A question asking which law creates what the service does is no yes/no question.
def asks_leave_to_share_without_consent(question: str) -> bool:
    """Is the asking sentence of `question` a yes/no question whether one may share without consent?"""
    from guidegraph.act_rules import asking_sentence, asks_yes_or_no

    asked = asking_sentence(question)
    return asks_yes_or_no(asked) and bool(_WITHOUT_CONSENT.search(asked))


# "We're a charity with no special legal power to share: which laws do we still have to meet?": one
# who needs (or has) no power to share asks which rules bind them anyway, and the guidance answers in
# its own words ("do not need a specific legal power to share information. They must however, fulfil
# the requirements of the Common Law Duty of Confidence and the Data Protection Act"). Told as a
# story, the question's words ("not the council", "like the council has") find the powers of the
# public bodies named instead, the very law the question sets aside. Only with "still", "anyway" and
# the like: "Mum says the trust has no legal power to share" asks for the power the trust does have.
_NO_POWER = re.compile(
    r"\b(?:no|not|n't|n’t|without|need|needs|needing)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:special|specific|particular|statutory|legal|express|explicit)\s+){1,2}(?:powers?|gateways?)\b",
    re.IGNORECASE)
_STILL = re.compile(r"\b(?:still|anyway|nevertheless|nonetheless|all\s+the\s+same|even\s+so)\b", re.IGNORECASE)
STILL_BINDING_HINT = ("requirements", "confidence", "data", "protection")


def no_power_as_what_still_binds(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for the requirements that bind every sharer, weighed as
    question words, when it asks which rules still apply to one who needs or has no power to share."""
    if _NO_POWER.search(question) and _STILL.search(question):
        return parsed.with_hints(STILL_BINDING_HINT)
    return parsed


# "Which law says I shouldn't hand over more than is necessary?", "what law says we can't keep old case
# notes forever?": how much to share and how long to keep it are principles of data protection law.
# The guidance sets them out in a list whose item on keeping records ("the information should not be
# kept any longer than is necessary") cites no law, and a story's words (the school, the file, the
# boy) find the law of the services told instead; the guidance's words, naming data protection, are
# light hints. "Sharing only what is necessary" is left alone: said of a right to private life, it
# asks for human rights law.
_MORE_THAN_NEEDED = re.compile(
    r"\bmore\s+(?:information\s+|data\s+|detail\s+)?than\s+(?:is\s+|it\s+is\s+|they\s+|we\s+|I\s+|you\s+)?"
    r"(?:strictly\s+|really\s+|actually\s+)?(?:necessary|needed|need|required)\b|"
    r"\b(?:keep|keeping|kept|hold|holding|held|store|storing|stored|retain\w*)\b[^.?!]{0,60}?"
    r"\b(?:forever|for\s+ever|indefinitely|too\s+long|longer\s+than)\b|"
    r"\bhow\s+long\s+(?:can|should|do|must|may|are)\s+(?:we|I|you|they|schools?|services?)\s+(?:be\s+allowed\s+to\s+)?"
    r"(?:keep|hold|retain|store)\b",
    re.IGNORECASE)
NECESSARY_HINT = ("necessary", "data", "protection")


def no_more_than_necessary_as_data_law(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for sharing and keeping no more than is necessary, weighed
    as question words, when it asks why not to hand over more than needed or keep records forever."""
    if _MORE_THAN_NEEDED.search(question):
        return parsed.with_hints(NECESSARY_HINT)
    return parsed


# "A 13 year old has asked to see the notes his youth worker keeps about him": the records themselves,
# named, about the one who asks or their family.
_SEE_RECORDS = re.compile(
    r"\b(?:see|read|view|look\s+at|(?:an?(?:\s+\w+)?\s+copy|copies)\s+of)\s+(?:the\s+|their\s+|his\s+|her\s+|"
    r"my\s+|our\s+|your\s+)?(?:[\w'’-]+\s+){0,2}?(?:notes?|records?|files?|reports?)\b"
    r"(?=[^.?!]*\babout\s+(?:him|her|them|me|us|myself|himself|herself|themselves|my|his|their|our)\b)",
    re.IGNORECASE)
# "12 year old wants to see records", "a fourteen-year-old wants to read the referral our service got":
# a child or parent asking to see records is asking for access to them, whether or not it says whom
# they are about (not the police or another agency: that is a request to share).
_ASKS_TO_SEE = re.compile(
    r"\b(?:(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]+year[\s-]+old|child|pupil|"
    r"student|young\s+person|teenager|parent|mum|mother|dad|father|carer|grandparent)s?\s+"
    r"(?:wants|wanted|has\s+asked|asked|asks|is\s+asking|requested|has\s+requested)\s+to\s+"
    r"(?:see|read|view|look\s+at|have\s+a\s+copy\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:records?|files?|notes?|referrals?|reports?)\b",
    re.IGNORECASE)
ACCESS_WORDS = "access to records"


def guidance_terms(question: str) -> list[str]:
    """The guidance's own terms `question` uses ("an access to records request"): the guidance says
    which law each belongs to. Read after `seeing_as_access` adds the term: a request to see what one
    service passed to another is what the guidance calls an access to records request, however it is
    asked ("can I see what they wrote about me?"), and the guidance's law for it is the one meant."""
    return [ACCESS_WORDS] if ACCESS_WORDS in question.lower() else []


def seeing_as_access(question: str) -> str:
    """`question` with the guidance's words for access to records added when it asks to see what a
    service was told, holds or passed on, or the notes it keeps about someone."""
    if _SEE_WHAT.search(question) or _SEE_RECORDS.search(question) or _ASKS_TO_SEE.search(question):
        return with_guidance_words(question, ACCESS_WORDS)
    return question


def with_guidance_words(question: str, words: str) -> str:
    """`question` with the guidance's `words` for what it tells added, unless it uses them already."""
    return question if words in question.lower() else f"{question} ({words})"


# "Where is the data regulator's own guidance on sharing?", "the privacy watchdog's code", "has the
# regulator said anything on sharing personal data?": the body that regulates data protection is the
# Information Commissioner, whose name the guidance and the titles of its codes use. Read as typed,
# "regulator" and "watchdog" name no one, or the inspectorate of schools and care (Ofsted), and a
# question asking for the body's own writing lists other bodies' guidance before it. A bare
# "regulator" or "watchdog" is the Commissioner only in a question about personal data.
_DATA_REGULATOR = re.compile(
    r"\b(?:data(?:\s+protection)?|privacy|information(?:\s+rights)?)\s+(?:regulator|watchdog)s?\b", re.IGNORECASE)
_BARE_REGULATOR = re.compile(r"\b(?:the|a|an|our|their|its)\s+(?:UK['’]s\s+|national\s+|independent\s+)?"
                             r"(?:regulator|watchdog)\b", re.IGNORECASE)
_PERSONAL_DATA = re.compile(r"\b(?:personal\s+(?:data|information|details)|data\s+(?:protection|sharing)|"
                            r"sharing\s+(?:personal\s+)?data|GDPR|privacy)\b", re.IGNORECASE)
INFORMATION_COMMISSIONER = "Information Commissioner"


def regulator_as_commissioner(question: str) -> str:
    """`question` with the Information Commissioner named when it speaks of the data regulator or
    watchdog, or of the regulator in a question about personal data."""
    if "commissioner" in question.lower():
        return question
    if _DATA_REGULATOR.search(question) or (_BARE_REGULATOR.search(question) and _PERSONAL_DATA.search(question)):
        return with_guidance_words(question, INFORMATION_COMMISSIONER)
    return question


# "He says we breached his right to privacy", "the family claims we invaded their privacy": a right to
# privacy is what the Convention calls the right to respect for private and family life (Article 8),
# brought into UK law by the Human Rights Act 1998, the guidance's words for it. Read as typed,
# "privacy" names no law, and the story's services find their own law first. Not a privacy notice
# or the data regulator ("privacy watchdog"): only a right claimed or a privacy breached.
_RIGHT_TO_PRIVACY = re.compile(
    r"\bright\s+to\s+(?:(?:his|her|their|a|my|our|your)\s+)?privacy\b|\bprivacy\s+rights?\b|"
    r"\b(?:breach\w*|invad\w*|invasion\s+of|intru\w*\s+(?:on|into|upon)|violat\w*|infring\w*|interfer\w*\s+with)\s+"
    r"(?:(?:his|her|their|my|our|your|(?:a|the)\s+[\w-]+(?:'s|’s)|someone(?:'s|’s)|[\w-]+(?:'s|’s))\s+)?privacy\b",
    re.IGNORECASE)
PRIVATE_LIFE = "right to respect for private and family life"


def privacy_as_private_life(question: str) -> str:
    """`question` with the Convention's words for the right to private life added when it speaks of
    a right to privacy, or of someone's privacy breached, invaded or interfered with."""
    if _RIGHT_TO_PRIVACY.search(question) and "private and family life" not in question.lower():
        return with_guidance_words(question, PRIVATE_LIFE)
    return question


# "Our leaflet says we'll always tell people first: is there an exception to being fair and open?",
# "can details given for one thing be used for a different purpose?": being fair and open with people,
# and using what they gave for no other purpose, are the first and second data protection principles
# in the guidance's words ("'Fairness' is being open with people about how information about them is
# to be used", "the purpose for which information is disclosed is compatible with the purpose for
# which it was obtained"). Read as typed, "fair", "open" and "purpose" name no law, and the story's
# services (a housing team, a family support service) find their own law first.
_FAIR_AND_OPEN = re.compile(r"\b(?:fair(?:ly)?|open(?:ly)?|transparent(?:ly)?)\s+and\s+"
                            r"(?:fair(?:ly)?|open(?:ly)?|transparent(?:ly)?)\b", re.IGNORECASE)
_ANOTHER_PURPOSE = re.compile(
    r"\bfor\s+(?:a|an|some|any|one)\s+(?:[\w'’-]+\s+)?(?:different|other|another|new|unrelated|separate)\s+purposes?\b|"
    r"\bfor\s+(?:another|other|different|unrelated)\s+purposes?\b|\bpurposes?\s+other\s+than\b|"
    r"\b(?:different|other|another|unrelated)\s+purposes?\s+(?:than|from|to)\b",
    re.IGNORECASE)
FAIRNESS = "data protection principle: fairness"
PURPOSE_COMPATIBLE = "data protection principle: compatible with the purpose for which it was obtained"


def data_principles_in_plain_words(question: str) -> str:
    """`question` with the guidance's words for a data protection principle added when it asks, in
    everyday words, of being fair and open with people or of using information for another purpose."""
    if _FAIR_AND_OPEN.search(question):
        question = with_guidance_words(question, FAIRNESS)
    if _ANOTHER_PURPOSE.search(question):
        question = with_guidance_words(question, PURPOSE_COMPATIBLE)
    return question


# "Can the school warn the police to stop it happening?", "pass it to the police so they can stop
# something happening": telling the police so that they can stop what is feared is sharing for the
# prevention of crime, the guidance's words for the gateway. Read as typed, "stop" and "happening" name
# nothing, and the story's services (a licensing team, a school) find their own law first.
_STOP_IT_HAPPENING = re.compile(
    r"\b(?:stop|stops|stopping|prevent|prevents|preventing)\s+(?:something|anything|it|this|that|things|whatever|"
    r"harm|trouble)\s+(?:bad\s+|worse\s+)?(?:from\s+)?happening\b",
    re.IGNORECASE)
_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)
CRIME_PREVENTION = "prevention of crime"


def stopping_it_as_crime_prevention(question: str) -> str:
    """`question` with the guidance's words for preventing crime added when it names the police and
    asks of stopping something from happening."""
    if _STOP_IT_HAPPENING.search(question) and _POLICE.search(question):
        return with_guidance_words(question, CRIME_PREVENTION)
    return question


# "The district nurse and the GP need to swap notes to organise his care: do they have to?", "a duty to
# pass it on because it will help her care": sharing to arrange, plan or help one person's care is what
# the guidance words as sharing "where this will facilitate care for an individual", the duty health and
# adult social care bodies owe. Read as typed, "organise" and "help" name nothing, and the story's
# services (a school nurse, a GP) find their own law first. Not care as a service or a setting
# ("care home", "care leavers", "social care").
_FOR_SOMEONES_CARE = re.compile(
    r"\b(?:help|helps|helping|organise|organises|organising|organize|organizes|organizing|arrange|arranges|arranging|"
    r"coordinate|coordinates|coordinating|co-ordinate|co-ordinates|co-ordinating|plan|plans|planning)\s+(?:with\s+)?"
    r"(?:(?:his|her|their|my|your|our|(?:an?|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s|’s))\s+)?(?:own\s+)?"
    r"(?:health\s+|medical\s+|day-to-day\s+)?care\b"
    r"(?!\s+(?:homes?|leavers?|orders?|proceedings|system|workers?|staff|services?|providers?|settings?|for)\b)",
    re.IGNORECASE)
FACILITATE_CARE = "share information where this will facilitate care"


def someones_care_as_facilitating_it(question: str) -> str:
    """`question` with the guidance's words for sharing that facilitates care added when it asks of
    sharing to arrange, plan, co-ordinate or help someone's care."""
    if _FOR_SOMEONES_CARE.search(question) and "facilitate care" not in question.lower():
        return with_guidance_words(question, FACILITATE_CARE)
    return question


# "A 12-year-old told me she was 'cut' while visiting relatives", "she was cut as a small child before
# coming to the UK": the word put in quotes, or said of a girl cut on a trip abroad or when she was
# little, is the everyday word for female genital mutilation, the guidance's term, whose law puts a
# duty on the one told. Read as typed, "cut" is an injury, and the story's services (a school, the
# police) find their own law nearly as readily. Not a cut lip, nor someone who cut herself.
_CUT_AS_FGM = re.compile(
    r"['‘\"“](?:cut|cutting)['’\"”]|\bfemale\s+circumcision\b|"
    r"\b(?:she|girl|daughter|niece|sister)\s+(?:was|had\s+been|has\s+been|['’]d\s+been|got)\s+cut\s+"
    r"(?:as\s+a\s+(?:small\s+|young\s+|little\s+)?(?:child|girl|baby)|when\s+she\s+was\s+(?:little|small|young|a\s+baby)|"
    r"before\s+(?:coming|moving|she\s+came)|abroad|overseas|on\s+(?:a|the|her)\s+(?:trip|holiday|visit)|"
    r"while\s+(?:visiting|away|abroad|on\s+holiday))",
    re.IGNORECASE)
FGM = "female genital mutilation"


def cutting_as_fgm(question: str) -> str:
    """`question` with the guidance's term for female genital mutilation added when it puts "cut" in
    quotes, or says a girl was cut abroad or when she was little."""
    if _CUT_AS_FGM.search(question) and FGM not in question.lower():
        return with_guidance_words(question, FGM)
    return question


# "My brother became his son's court-appointed deputy", "a deputy the judge appointed for her": a
# deputy appointed by a court to decide for someone who lacks capacity is one appointed by the Court of
# Protection, the guidance's words for one who may ask for that person's information. Read as typed,
# "court" and "deputy" name nothing, and the story's family finds the law of children first.
_COURT_DEPUTY = re.compile(
    r"\bcourt[\s-]+appointed\s+deput(?:y|ies)\b|"
    r"\bdeput(?:y|ies)\s+(?:(?:who\s+was|who\s+has\s+been)\s+)?appointed\s+by\s+(?:a|the)\s+(?:court|judge)\b|"
    r"\bdeput(?:y|ies)\s+(?:that\s+|whom\s+)?(?:a|the)\s+(?:court|judge)\s+(?:has\s+|had\s+)?appointed\b",
    re.IGNORECASE)
COURT_OF_PROTECTION_DEPUTY = "deputy appointed by the Court of Protection"


def court_deputy_as_court_of_protection(question: str) -> str:
    """`question` with the guidance's words for a deputy of the Court of Protection added when it
    speaks of a deputy a court appointed."""
    if _COURT_DEPUTY.search(question) and "court of protection" not in question.lower():
        return with_guidance_words(question, COURT_OF_PROTECTION_DEPUTY)
    return question


# "She signed a form agreeing to it: does that last forever, or can she take it back?", "he agreed
# last week and has now changed his mind": consent once given can be withdrawn, in the guidance's
# words ("consent ... may be withdrawn at any time", a standard the UK GDPR sets). Read as typed,
# "take it back", "forever" and "mind" find nothing of it, and the story's services find their own law.
_TAKEN_BACK = re.compile(
    r"\b(?:take|takes|taking|took|taken)\s+(?:it|that|this|(?:her|his|their|my|your|the)\s+"
    r"(?:consent|agreement|permission))\s+back\b|"
    r"\bchang(?:e|es|ed|ing)\s+(?:her|his|their|my|your)\s+minds?\b|"
    r"\b(?:last|lasts|stand|stands|apply|applies)\s+(?:forever|for\s+ever|indefinitely|for\s+good)\b|"
    r"\b(?:cancel|cancels|revoke|revokes|retract|retracts|undo|undoes)\s+(?:it|that|this|(?:her|his|their|my|the)\s+"
    r"(?:consent|agreement|permission))\b",
    re.IGNORECASE)
_CONSENT_GIVEN = re.compile(r"\b(?:consent\w*|agree\w*|permission|signed|said\s+yes)\b", re.IGNORECASE)
CONSENT_WITHDRAWN = "consent withdrawn"


def taking_consent_back_as_withdrawal(question: str) -> str:
    """`question` with the guidance's words for withdrawing consent added when it tells of consent
    or agreement given and asks whether it can be taken back, cancelled or lasts forever."""
    if _TAKEN_BACK.search(question) and _CONSENT_GIVEN.search(question) and "withdr" not in question.lower():
        return with_guidance_words(question, CONSENT_WITHDRAWN)
    return question


# "A pupil has left and nobody knows which school she's gone to", "a boy who isn't on any school's
# roll", "not receiving any education": a child of school age whose school or whereabouts no one
# knows is what the guidance calls a child missing education, and its law is written under that name
# ("The local authority makes enquiries to establish where the child is, under section 436A of the
# Education Act 1996"). Read as typed, "make enquiries" and "find out where" find the child
# protection enquiries of the Children Act 1989 instead. Only said of a pupil or a school: a child
# missing from home is no such child.
_NOT_IN_EDUCATION = re.compile(
    r"\b(?:nobody|no\s+one|no-one|none\s+of\s+us|(?:do|does|did)(?:n't|n’t|\s+not))\s+knows?\s+"
    r"(?:where\s+(?:she|he|they|the\s+(?:child|pupil|girl|boy|family))\b|which\s+school|what\s+school)|"
    r"\bnot\s+(?:on|registered\s+(?:at|with|on))\s+(?:any|a)\s+school|"
    r"\bmissing\s+from\s+(?:school|education)\b|"
    r"\b(?:not|isn't|isn’t|aren't|aren’t)\s+(?:attending|receiving|getting|in)\s+(?:any\s+)?(?:suitable\s+)?"
    r"(?:school|education)\b",
    re.IGNORECASE)
_SCHOOLING = re.compile(r"\b(?:pupils?|school\w*|education|roll|class(?:es)?|teachers?|year\s+\d+)\b", re.IGNORECASE)
MISSING_EDUCATION = "children missing education"


def unknown_school_as_missing_education(question: str) -> str:
    """`question` with the guidance's words for a child missing education added when it says no one
    knows where a pupil is or which school they went to, or that a child is on no school's roll."""
    if _NOT_IN_EDUCATION.search(question) and _SCHOOLING.search(question):
        return with_guidance_words(question, MISSING_EDUCATION)
    return question


# "Can the council pool what it knows simply to make the borough a better place to live?", "to make the
# town safer and healthier": to improve a place as a whole is what the guidance calls the social
# well-being of an area, the words of the council's power to promote it ("a local authority shall have
# the power to do anything which they consider is likely to achieve the promotion or improvement of
# social well-being of their area"). Read as typed, "better", "place" and "live" find nothing of it,
# and the partners named find the law of their own duties instead. Only of a council: the police
# making an estate safer act under crime law.
_BETTER_PLACE = re.compile(
    r"\b(?:make|making|makes|made|keep|keeping|turn|turning)\s+(?:the|our|their|its|this|your|a|an)\s+"
    r"(?:local\s+)?(?:area|borough|town|city|district|community|county|neighbourhood|estate|village|place)\s+"
    r"(?:a\s+|an\s+|into\s+a\s+)?(?:(?:much|far|lot|bit|little)\s+)?"
    r"(?:better|safer|healthier|nicer|greener|happier|fairer|stronger|more\s+pleasant)\b",
    re.IGNORECASE)
_COUNCIL = re.compile(r"\b(?:council|councils|councillors?|local\s+authorit(?:y|ies))\b", re.IGNORECASE)
WELL_BEING_OF_AN_AREA = "social well-being of the area"


def better_place_as_well_being(question: str) -> str:
    """`question` with the guidance's words for the well-being of an area added when it asks to make
    a place as a whole better, safer or healthier, of a council."""
    if _BETTER_PLACE.search(question) and _COUNCIL.search(question) and "well-being" not in question.lower():
        return with_guidance_words(question, WELL_BEING_OF_AN_AREA)
    return question


# "The council wants to do something that helps it run its children's services", "a power that lets the
# council share when that helps it carry out its own functions": what helps a council do what it is
# there to do is what the guidance calls facilitating, or being conducive or incidental to, the
# discharge of its functions, the words of the council's subsidiary power ("to do anything which is
# calculated to facilitate, or is conducive or incidental to, the discharge of any of their
# functions"). Read as typed, "helps", "run" and "services" find the duties of the services named
# instead. Only of a council, and of its own work ("its", "their"): helping a family is no function.
_HELPS_ITS_WORK = re.compile(
    r"\b(?:helps?|helping|assists?|assisting|supports?|supporting|makes?\s+it\s+easier\s+for)\s+"
    r"(?:it|them|us|the\s+council|the\s+local\s+authority|councils?)\s+(?:to\s+)?"
    r"(?:carry\s+out|run|do|perform|discharge|fulfil|deliver|exercise|meet)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:its|their|our)\s+(?:own\s+)?(?:[\w'’-]+\s+)?(?:functions|duties|jobs|work|services|responsibilities)\b",
    re.IGNORECASE)
FUNCTIONS_OF_A_COUNCIL = "conducive or incidental to the discharge of its functions"


def helping_its_work_as_incidental(question: str) -> str:
    """`question` with the guidance's words for a council's subsidiary power added when it asks of
    what helps a council carry out its own functions, duties or services."""
    if _HELPS_ITS_WORK.search(question) and _COUNCIL.search(question) and "incidental" not in question.lower():
        return with_guidance_words(question, FUNCTIONS_OF_A_COUNCIL)
    return question


# "Which law puts a duty on the council to provide services for children like these?", "who has to
# offer support to struggling families?": services provided for children and their families are what
# the guidance writes of under its term "children in need" (the local authority's duty "to safeguard
# and promote the welfare of children within their area who are in need" by "providing a range and
# level of services"). Told as a story (a father coping alone, a chaotic house, nobody hurting them),
# the question's words find the law of sharing about a family instead; the term names the law.
_SERVICES_FOR_CHILDREN = re.compile(
    r"\b(?:provide|provides|providing|provided|offer|offers|offering|give|gives|giving|arrange|arranging)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:services?|support|help)\s+(?:for|to)\s+"
    r"(?:(?:the|these|those|such|vulnerable|disabled|struggling)\s+)?(?:children|kids|famil(?:y|ies)|a\s+child)\b",
    re.IGNORECASE)
CHILDREN_IN_NEED = "children in need"


def services_for_children_as_in_need(question: str) -> str:
    """`question` with the guidance's term for children provided with services added when it asks of
    services, support or help provided for children or families (unless it says "in need" already)."""
    if _SERVICES_FOR_CHILDREN.search(question) and "in need" not in question.lower():
        return with_guidance_words(question, CHILDREN_IN_NEED)
    return question


# "A dad with Down's syndrome can't follow what we want to share", "she cannot weigh up whether ...":
# someone unable to understand, weigh up or decide lacks capacity, the guidance's words for it. The
# analyser drops "can't" as a stop word, so the words alone read as "follow", "decide": a synonym
# cannot carry this, the form of the sentence must. The asker's own doubt ("I can't decide whether
# to report it", "we couldn't decide"), or a choice between options ("can't decide whether it is bad
# enough"), is no one's incapacity.
_UNABLE = re.compile(
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bI\sjust\s)(?<!\bwe\sjust\s)\b(?:can(?:no|'|’)t|could(?:n't|n’t|\s+not)|unable\s+to|not\s+able\s+to)\s+(?:really\s+|fully\s+|properly\s+)?"
    r"(?:understand|follow|decide(?!\s+(?:whether|if|between))|weigh|make\s+sense\s+of|take\s+in|grasp|communicate|"
    r"retain|remember)\b|"
    # a doubt that someone else understands: "I'm not sure he understands what he'd be agreeing to",
    # "she doesn't really grasp what sharing means" (not "I don't understand the law": the asker's own)
    r"\b(?:not\s+sure|unsure|doubt)\s+(?:whether\s+|if\s+|that\s+)?(?:he|she|they|mum|dad|the\s+\w+)\s+"
    r"(?:really\s+|fully\s+|properly\s+)?(?:understands?|follows?|grasps?|takes?\s+in)\b|"
    r"\b(?:he|she|they|mum|dad)\s+(?:does|do|did)(?:n't|n’t|\s+not)\s+(?:really\s+|fully\s+|properly\s+)?"
    r"(?:understand|follow|grasp|take\s+in)\b",
    re.IGNORECASE)
CAPACITY_HINT = ("lacks", "capacity")


# "she may lack the capacity to consent", "he doesn't have the capacity to agree", "a father who lost
# capacity after a brain injury", "can no longer make decisions": said of someone, the state the
# Mental Capacity Act is named after. "n't" ends a word ("doesn't"): no word boundary comes before it.
# Doubted in the Act's own terms ("can we assume she had the capacity to consent?"), it is asked of the
# same Act, which says when capacity is to be assumed; not "whether she has capacity", asked of a
# child's understanding too.
_LACKS_CAPACITY = re.compile(
    r"\b(?:lacks?|lacking|lacked|lost|loses|losing)\s+(?:the\s+)?(?:mental\s+)?capacity\b|"
    r"(?:\bnot|n't|n’t|\bno\s+longer|\bnever)\s+(?:have|has|had|got)\s+(?:the\s+)?(?:mental\s+)?capacity\b|"
    r"\b(?:assume|assumed|presume|presumed)\s+(?:that\s+)?(?:he|she|they|the\s+\w+|mum|dad)\s+(?:has|had|have)\s+"
    r"(?:the\s+)?(?:mental\s+)?capacity\b|"
    r"\b(?:can(?:no|'|’)t|could(?:n't|n’t|\s+not)|unable\s+to|not\s+able\s+to|no\s+longer)\s+(?:\w+\s+)?"
    r"make\s+(?:\w+\s+)?decisions?\b",
    re.IGNORECASE)


def lacks_capacity(question: str) -> bool:
    """Does `question` say someone lacks capacity, in those words or others (`inability_as_capacity`'s)?"""
    return bool(_LACKS_CAPACITY.search(question) or _UNABLE.search(question))


# "an adult who lacks the capacity to consent", "children who lack the capacity to consent": whose
# capacity a text speaks of, when it says.
_WHOSE_CAPACITY = re.compile(
    r"\b(?P<who>adults?|child|children|young\s+(?:people|person))\s+(?:who\s+|that\s+)?"
    r"(?:lacks?|lacking|may\s+lack|might\s+lack|does\s+not\s+have|doesn't\s+have)\s+(?:the\s+)?(?:mental\s+)?"
    r"capacity\b", re.IGNORECASE)


def whose_capacity(text: str) -> set[str]:
    """Of whom `text` says capacity is lacking, when it names them: {"adult"}, {"child"} or both."""
    return {"adult" if m.group("who").lower().startswith("adult") else "child" for m in _WHOSE_CAPACITY.finditer(text)}


def speaks_of_capacity_asked(text: str, question: str) -> bool:
    """Does `text` say someone lacks capacity, and not only of others than `question` asks about (a
    child's capacity does not speak to a question on an adult's, nor the reverse)?"""
    if not lacks_capacity(text):
        return False
    asked_of, said_of = whose_capacity(question), whose_capacity(text)
    return not (asked_of and said_of and not asked_of & said_of)


def inability_as_capacity(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for lacking capacity, weighed as question words (a hint,
    which the words typed outweigh), when it says someone cannot understand, weigh up or decide."""
    if _UNABLE.search(question) and "capacity" not in question.lower():
        return parsed.with_hints(CAPACITY_HINT)
    return parsed


# "When should the volunteer pass it on?", "When does the file go to the new school?": a question opening
# on "when" with a modal and a verb of passing, telling or hearing asks when by, as "how soon" does
# (syn:timescales); it gets the word the index gives a passage setting a time (`index_docs.timescale_words`)
# as a word of its own: as a question word it was too faint to move one. Not "When can I share
# without consent?", which asks in what case ("can" is no modal here).
TIME_HINT = ("timescales",)
_WHEN_PASSED = re.compile(r"^\W*when\s+(?:should|does|do|will|must|would|is|are)\b[^?]{0,80}?\b(?:send|sent|pass|passed"
                          r"|tell|told|hear|heard|report|reported|share|shared|contact|notify|notified|go|goes|reach)",
                          re.IGNORECASE)


def when_as_timescale(parsed: Any, question: str) -> Any:
    """`parsed` with the word for a time set when it asks when something is passed on or heard of
    (`_WHEN_PASSED`)."""
    if not _WHEN_PASSED.search(question):
        return parsed
    return replace(parsed, words=parsed.words + tuple(w for w in TIME_HINT if w not in parsed.words))


# "Can officers look at a pupil's school file to catch whoever is behind the burglaries?": a question
# naming the police and a crime asks what lets the school, surgery or club give the police what they
# hold; its words name the holder ("school file", "GP records"), whose own law they find instead.
# The hint is the words of both gateways the guidance gives: the prevention and detection of crime
# (Crime and Disorder Act 1998 s115) and criminal investigations or proceedings (NHS Act 2006 s201),
# so that the holder's words still choose between them (a hospital's records, a school's).
CRIME_HINT = ("prevent", "detect", "crime", "criminal", "investigations", "proceedings")


# "Can the police get a child's GP records?" names no crime, but the police asking for what another
# service holds are after it for an investigation: the same gateways answer. Not "police records"
# or "the police's notes", which the police hold themselves.
RECORD_CONCEPTS = frozenset({"record"})
_POLICE_HOLD = re.compile(r"\bpolice(?:'s|’s|s'|s’)?\s+(?:records?|files?|notes?|logs?)\b", re.IGNORECASE)


def crime_for_the_police(parsed: Any, concepts: Callable[[tuple[str, ...]], set[str]]) -> Any:
    """`parsed` with the guidance's words for preventing and detecting crime, weighed as question
    words (a hint, which the words typed outweigh), when it names the police and a crime, or the
    police and records someone else holds."""
    named = concepts(parsed.words)
    if "police" not in named:
        return parsed
    others_records = RECORD_CONCEPTS & named and not _POLICE_HOLD.search(" ".join(parsed.words))
    if not CRIME_CONCEPTS & named and not others_records:
        return parsed
    return parsed.with_hints(CRIME_HINT)


# "What gives social services the right to ask?" asks what power the law gives another service to
# ask for information: an idiom, not the "right to ask" or "right to know" of the Domestic Violence
# Disclosure Scheme, which someone claims for themselves ("gives me the right to know").
_ENTITLES = re.compile(r"\b(?P<gives>gives?|gave|giving)\b(?P<who>(?:\s+[\w'’]+){0,4}?)\s+the\s+right\s+to"
                       r"(?=\s+(?:ask|know|request|demand|enquire|inquire)\b)", re.IGNORECASE)


def entitlement_as_power(question: str) -> str:
    """`question` with "gives them the right to ask" read as "gives them the power to ask"."""
    def power(match: re.Match[str]) -> str:
        if FIRST_PERSON & set(match.group("who").lower().split()):
            return match.group(0)
        return f"{match.group('gives')}{match.group('who')} the power to"
    return _ENTITLES.sub(power, question)


# "Do the police have a right to ask the school for a pupil's records?": a service's "right to ask"
# is the power the law gives it to ask another, not the "right to ask" or "right to know" of the
# Domestic Violence Disclosure Scheme, which a person claims for themselves ("do I have a right to
# ask", "my sister has the right to know"). Read as "the power to" when a role or agency has it.
_HAS_RIGHT = re.compile(r"\b(?P<have>have|has|had|having|got)\s+(?P<article>(?:a|the|any|no)\s+)?right\s+to"
                        r"(?=\s+(?:ask|know|request|demand|enquire|inquire|see|be\s+told)\b)", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:?!,]")
HOLDER_WITHIN = 6  # words before "have a right" searched for the one who has it


def agency_right_as_power(question: str, holders: Callable[[tuple[str, ...]], list[Any]]) -> str:
    """`question` with a role's or agency's "right to ask" read as its "power to ask" (`holders`
    gives the roles and agencies some words name)."""
    from guidegraph.analysis import words

    def power(match: re.Match[str]) -> str:
        before = _CLAUSE_END.split(question[: match.start()])[-1].split()[-HOLDER_WITHIN:]
        if FIRST_PERSON & {w.lower().strip("'’") for w in before} or not holders(tuple(words(" ".join(before)))):
            return match.group(0)
        return f"{match.group('have')} {match.group('article') or ''}power to"

    return _HAS_RIGHT.sub(power, question)


# "What gives it the power?", "Which law gives a family the right to privacy?": the law gives a power
# or a right, which is no sharing; read as typed, "gives" is a word for sharing ("give the police
# what I know") and finds the guidance's disclosure schemes ("the DVDS gives members of the public
# a formal mechanism"). Read as "confers", the question asks for the power or right alone.
_CONFERS = re.compile(r"\b(?:gives?|gave|giving)\b(?=(?:\s+[\w'’-]+){0,5}?\s+(?:the|a|an|any|that|this|such|"
                      r"its|their)\s+(?:[\w'’-]+\s+)?(?:rights?|powers?|duty|duties|authority)\b)", re.IGNORECASE)


def giving_as_conferring(question: str) -> str:
    """`question` with "gives" read as "confers" where what is given is a right, power or duty."""
    return _CONFERS.sub("confers", question)


# "Is there a way for me to find out if he has convictions for offences against children?", "can I
# ask the police whether the man who babysits has a record?": someone asking about the record of a
# person near a child asks for the Child Sex Offender Disclosure Scheme, which the guidance words as
# "a formal mechanism" for "members of the public" to "ask for disclosure". Told as a story, the
# question otherwise matches the case examples about offenders moving near children, whose law is the
# arrangements managing them (MAPPA). A partner's past ("is he violent?") finds its scheme unaided.
_ASKING = re.compile(r"\b(?:find\s+out|check|checking|ask|asks|asked|asking|know|enquire|inquire|told|tell|warn|"
                     r"look\s+into)\b", re.IGNORECASE)
_SOMEONES_PAST = re.compile(
    r"\b(?:convictions?|criminal\s+record|(?:a|any|his|her)\s+record|record\s+(?:of|for)|"
    # "may have offences against children", not "released from prison for offences against a child"
    r"(?:has|have|had|any)\s+(?:[\w'’-]+\s+)?offen[cs]es\s+(?:against|involving)\s+(?:a\s+)?(?:child|children|kids|minors)|"
    r"(?:violent|criminal|abusive)\s+(?:past|history)|history\s+of\s+(?:violence|abuse|offending)|"
    r"(?:his|her)\s+past|(?:been|was|were|ever)\s+(?:violent|convicted)|(?:ever|never|previously)\s+(?:harmed|hurt|abused)|"
    # "he's heard the man has been in trouble for something to do with children", "in trouble with
    # the police": the everyday words for a record (not "got in trouble for vaping" at school)
    r"been\s+in\s+trouble\s+(?:with\s+the\s+(?:police|law)|for)|in\s+trouble\s+with\s+the\s+(?:police|law)|"
    # "whether the man is a risk", "has hurt previous girlfriends"
    r"whether\s+[^.?!]{0,80}?\b(?:is|was|poses?|might\s+be|could\s+be)\s+(?:a\s+)?(?:risk|danger|threat)|"
    # "ask the police if he's a risk to children"
    r"\bif\s+(?:he|she)(?:['’]s|\s+is|\s+was|\s+poses?|\s+might\s+be|\s+could\s+be)\s+(?:a\s+)?(?:risk|danger|threat)|"
    r"(?:hurt|harmed|abused|hit|attacked)\s+(?:his\s+|her\s+)?(?:(?:previous|past|former|other|earlier|ex)[\s-]"
    r"(?:partners?|girlfriends?|boyfriends?|wives|wife|husbands?)|exes))\b",
    re.IGNORECASE)
# Both disclosure schemes give "members of the public" "a formal mechanism" to ask for "disclosure"; the
# child sex offender scheme's own words add "people they are concerned about, who have unsupervised
# access to children".
PAST_HINT = ("members", "public", "formal", "mechanism", "disclosure")
CHILD_PAST_HINT = (*PAST_HINT, "concerned", "unsupervised", "access")
# A past of violence ("has he been violent to partners?", "he hit his ex") is the Domestic Violence
# Disclosure Scheme's, unless the offences asked about are against children or sexual: the words
# both schemes share, not the child scheme's own.
_VIOLENCE = re.compile(r"\b(?:violen\w*|hit|hits|hitting|beat|beats|beaten|beating|abusive|domestic|hurt|hurts|"
                       r"harmed|attacked)\b", re.IGNORECASE)
_AGAINST_CHILDREN = re.compile(r"\b(?:against|towards|on|harmed|hurt|abused|hit|attacked)\s+(?:a\s+|young\s+|other\s+)?"
                               r"(?:child|children|kids|minors)\b|"
                               r"\bsex(?:ual|ually)?\b|\bindecent\b|\bpaedophil\w*", re.IGNORECASE)


# "A parent asks police about a man near the kids": asking the police about a person asks what they
# know of him, whether or not his past is named.
_POLICE_ASKED_ABOUT_SOMEONE = re.compile(
    r"\b(?:ask|asks|asked|asking|check|checks|checking|enquire|enquires|inquire|inquires)\s+(?:the\s+)?police\s+"
    r"(?:about|whether|if)\s+(?:(?:a|an|the|this|that|his|her|my|our|their|new)\s+){0,2}"
    r"(?:man|men|woman|person|someone|somebody|him|her|partner|boyfriend|girlfriend|neighbour|lodger|stranger|guy|bloke)\b",
    re.IGNORECASE)


def someone_has_a_past(question: str) -> bool:
    """Does `question` speak of someone's convictions, record or violent past, or ask the police about someone?"""
    return bool(_SOMEONES_PAST.search(question) or _POLICE_ASKED_ABOUT_SOMEONE.search(question))


def someones_past_for_the_scheme(parsed: Any, question: str) -> Any:
    """`parsed` with the Child Sex Offender Disclosure Scheme's words, weighed as question words,
    when it asks to find out about someone's convictions, record or past and names a child; only
    the words it shares with the Domestic Violence Disclosure Scheme when the past is violence to
    anyone but a child, whether or not a child is named."""
    from guidegraph.act_unasked import CHILD_WORDS

    if not (_ASKING.search(question) and someone_has_a_past(question)):
        return parsed
    violence = _VIOLENCE.search(question) and not _AGAINST_CHILDREN.search(question)
    if not CHILD_WORDS & {w.lower().replace("'s", "") for w in parsed.words}:
        # a partner's violent past asked about with no child named: the partner scheme's words
        return parsed.with_hints(PAST_HINT) if violence else parsed
    if violence:
        return parsed.with_hints(PAST_HINT)
    return parsed.with_hints(CHILD_PAST_HINT)


# "How can she check?", "which scheme lets an agency ask for her to be told about his history of
# violence?": asked how someone may find out, or be told of, the past of a person near them, the answer
# is a scheme under which the police disclose it, not the arrangements under which agencies manage
# offenders (MAPPA), whose passages the story's words ("convictions", "sexual offences", "children")
# find as well. And the scheme is the one named after the harm asked of: violence to a partner, or
# offences against children (the words the hints of `someones_past_for_the_scheme` tell apart).
_TO_LEARN = re.compile(r"\b(?:find\s+out|check|checking|ask|asks|asking|enquire|inquire|apply|be\s+told|"
                       r"be\s+warned|tell\s+(?:her|him|them|me|us|mum|dad))\b", re.IGNORECASE)
VIOLENCE_PAST = "violence"  # the word of its title that names the scheme for a partner's violence
CHILD_PAST = "child"  # the word of its title that names the scheme for offences against children


def past_asked_to_learn(question: str) -> str | None:
    """When the asking sentence of `question` asks to find out or be told someone's past, the word
    naming the scheme for the harm it speaks of (`VIOLENCE_PAST`, `CHILD_PAST`), or "" when neither."""
    from guidegraph.act_rules import asking_sentence

    if not (_TO_LEARN.search(asking_sentence(question)) and someone_has_a_past(question)):
        return None
    if _AGAINST_CHILDREN.search(question):
        return CHILD_PAST
    return VIOLENCE_PAST if _VIOLENCE.search(question) else ""


# "She told me on the understanding it stayed between the two of us: what's the rule that means I'd
# need her permission before passing it on?", "what obligation stops the interpreter repeating it?",
# "I promised to keep everything private: does that bind me in law?": asked what binds one who was
# told something in confidence, the answer is the duty of confidence. Told as a story, the question's
# words (a child, a family, social care) find the law of the services told instead. Not a confidence
# conceded ("even though she told me in confidence, can I share?"): that asks what lets it go.
_A_CONFIDENCE = re.compile(
    r"\b(?:keep|keeps|keeping|kept|stay|stays|stayed|staying|remain|remains|remained)\b[^.?!]{0,50}?"
    r"\b(?:private|secret|confidential|between\s+(?:the\s+two\s+of\s+)?(?:us|them|ourselves))\b|"
    r"\bbetween\s+the\s+two\s+of\s+(?:us|them)\b|\bin\s+confidence\b|"
    r"\brepeat(?:s|ed|ing)?\s+(?:it|that|this|what|anything)\b",
    re.IGNORECASE)
_WHAT_BINDS = re.compile(
    r"\b(?:stops?|stopping|prevents?|binds?|bound|obliges?|obligation|forbids?|bars?|"
    r"means?\s+(?:that\s+)?(?:I|we)(?:['’]d|\s+would|\s+will)?\s+(?:normally\s+|usually\s+|still\s+)?need|"
    r"weigh(?:s|ing)?\s+(?:that\s+|it\s+|this\s+)?against)\b",
    re.IGNORECASE)
CONFIDENCE_HINT = ("duty", "confidence")


def what_binds_a_confidence(parsed: Any, question: str) -> Any:
    """`parsed` with the words of the duty of confidence, weighed as question words, when it tells of
    something kept private or told in confidence and asks what binds, stops or obliges the one told."""
    if asks_what_binds_a_confidence(question):
        return parsed.with_hints(CONFIDENCE_HINT)
    return parsed


def asks_what_binds_a_confidence(question: str) -> bool:
    """Does `question` tell of something kept private or told in confidence and ask what binds,
    stops or obliges the one told?"""
    from guidegraph.act_rules import asking_sentence

    return bool(_A_CONFIDENCE.search(question) and _WHAT_BINDS.search(asking_sentence(question)))


# "Which law says the child's safety has to come first?", "whose interests come first?": asked of
# whose interests win where a professional owes a duty to a parent, the guidance answers in its own
# words ("the overriding consideration is to safeguard the child"). Told as a story, the duty owed
# to the parent ("my duty of care is to her") finds the duty of confidence instead.
_COMES_FIRST = re.compile(r"\b(?:comes?|coming|put|puts|putting|placed?)\s+first\b|\b(?:takes?|given)\s+priority\b",
                          re.IGNORECASE)
OVERRIDING_HINT = ("overriding", "consideration", "safeguard")


def child_first_as_overriding(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for the child's safety overriding, weighed as question
    words, when its asking sentence asks what comes first and the question names a child."""
    from guidegraph.act_rules import asking_sentence
    from guidegraph.act_unasked import CHILD_WORDS

    if _COMES_FIRST.search(asking_sentence(question)) and CHILD_WORDS & {
            w.lower().replace("'s", "") for w in parsed.words}:
        return parsed.with_hints(OVERRIDING_HINT)
    return parsed


# "Her parents can't be reached: can we tell the paramedics about her condition to protect her
# life?", "it's life or death": sharing to save someone's life is what data protection law calls
# protecting their vital interests, the guidance's words for it. Read as typed, "life" finds the
# right to life of the Convention first. Not a private or family life, which no one protects so.
_TO_SAVE_A_LIFE = re.compile(
    r"\b(?:protect|protects|protecting|save|saves|saving|preserve|preserving)\s+(?:(?:her|his|their|your|my|our|a|the)\s+)?"
    r"(?:[\w'’-]+(?:'s|’s)\s+)?(?:own\s+)?li(?:fe|ves)\b|\blife[\s-]+(?:or[\s-]+death|threatening|saving)\b",
    re.IGNORECASE)
VITAL_INTERESTS = "vital interests"


def saving_a_life_as_vital_interests(question: str) -> str:
    """`question` with the guidance's words for vital interests added when it asks of sharing to
    protect or save someone's life, or of a life-or-death or life-threatening matter."""
    if _TO_SAVE_A_LIFE.search(question):
        return with_guidance_words(question, VITAL_INTERESTS)
    return question


# "Does the legal duty to look after children's welfare apply to us?", "does the statutory duty to
# safeguard children cover a council's housing team?": asked whether a duty reaches a body or its
# staff, the guidance answers with the law that "places a duty on certain key bodies to make
# arrangements" having regard to children's welfare, listing them. Told as a story (a licensing team,
# taxi drivers, pubs), the duty's words alone find the broad law of children's welfare first.
_DUTY_REACHES = re.compile(
    r"\bdut(?:y|ies)\b[^.?!]{0,80}?\b(?:apply|applies|extend|extends|cover|covers)\s+(?:to\s+)?"
    r"(?:us|we|me|them|our|their|its|the|a|an|this|that|these|those|all|every|council|councils|staff)\b",
    re.IGNORECASE)
KEY_BODIES_HINT = ("key", "bodies", "arrangements", "regard")


def duty_reaching_a_body_as_key_bodies(parsed: Any, question: str) -> Any:
    """`parsed` with the guidance's words for the duty on key bodies, weighed as question words, when
    its asking sentence asks whether a duty applies to, extends to or covers a body or its staff."""
    from guidegraph.act_rules import asking_sentence

    if _DUTY_REACHES.search(asking_sentence(question)):
        return parsed.with_hints(KEY_BODIES_HINT)
    return parsed


# "Community health trust and county council: is co-operating on health and welfare optional?", "why
# are the council, the police and the health service all talking to each other about my family?":
# who is said to co-operate names the duty. A health trust, hospital or GP with a council are what the
# guidance calls "NHS bodies and local authorities", which "must co-operate with one another"; the
# police, or a school, with a council about a child are among the partners of the council's duty to
# promote "co-operation ... to improve the well-being of children". Read as typed, a trust and a
# county council name neither, and the broad law of a council's well-being powers comes first.
_CO_OPERATING = re.compile(r"\bco-?operat\w*|\bwork(?:s|ing|ed)?\s+(?:together|jointly)\b|\bjoint\s+working\b|"
                           r"\b(?:talk|talks|talking|speak|speaking)\s+to\s+(?:each\s+other|one\s+another)\b",
                           re.IGNORECASE)
_HEALTH_BODY = re.compile(r"\b(?:(?:health|hospital|NHS|foundation|ambulance|care)\s+trusts?|hospitals?|GPs?|"
                          r"(?:GP\s+)?surger(?:y|ies)|health\s+(?:service|board)s?|NHS)\b", re.IGNORECASE)
_CHILDRENS_PARTNER = re.compile(r"\b(?:police|schools?|academ(?:y|ies))\b", re.IGNORECASE)
NHS_BODIES = "NHS bodies"  # the council is named already, and "local authorities" finds its own broad law
CHILDRENS_WELL_BEING = "co-operation to improve the well-being of children"


def co_operating_bodies_as_named_in_law(question: str) -> str:
    """`question` with the guidance's words for the duty its bodies are said to co-operate under added:
    the police or a school with a council about a child, the children's well-being; else a health
    body with a council, NHS bodies."""
    from guidegraph.act_unasked import CHILD_WORDS

    if not (_CO_OPERATING.search(question) and _COUNCIL.search(question)):
        return question
    typed = {w.lower().replace("'s", "").replace("’s", "") for w in re.findall(r"[\w'’]+", question)}
    if _CHILDRENS_PARTNER.search(question) and CHILD_WORDS & typed:
        return with_guidance_words(question, CHILDRENS_WELL_BEING)
    if _HEALTH_BODY.search(question) and NHS_BODIES.lower() not in question.lower():
        return with_guidance_words(question, NHS_BODIES)
    return question


# "One of our 15-year-olds is being used to run drugs to a flat", "he's been running drugs for an older
# lad": a child used to carry drugs is what the guidance calls criminal exploitation (its "county lines").
# Read as typed, "run" is any running and "drugs" a health matter, and a question naming the police
# finds no crime in them.
_RUNNING_DRUGS = re.compile(r"\b(?:run|runs|ran|running|carry|carries|carried|carrying)\s+(?:the\s+)?drugs\b|"
                            r"\bdrugs?[\s-]+runn(?:ing|ers?)\b", re.IGNORECASE)
CRIMINAL_EXPLOITATION = "criminal exploitation"


def running_drugs_as_exploitation(question: str) -> str:
    """`question` with the guidance's term for criminal exploitation added when it tells of someone
    used to run or carry drugs."""
    if _RUNNING_DRUGS.search(question) and "exploitation" not in question.lower():
        return with_guidance_words(question, CRIMINAL_EXPLOITATION)
    return question

