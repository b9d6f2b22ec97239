"""Law a which-act question sets aside or gives no sign of, moved behind the law it asks for.

Conceded confidentiality ("even though it was given in confidence") goes behind the law that lets
the information go; children's law follows for a question about an adult alone, the disclosure
schemes when no one's record or offending is spoken of, anything but an Act when the question
asks "which Act ...?", and what it sets aside by name ("apart from Working Together, ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# A question about an adult alone ("an old man going home", "a patient's details") asks for law about
# adults: law named for children, which the many stories about children reach from words any story
# shares ("home", "care", "required"), comes after the rest of the first few. A child, a family, a
# children's service or an age ("17 year old") named keeps it where it ranks.
ADULT_WORDS = frozenset({"man", "woman", "men", "women", "adult", "adults", "elderly", "old", "frail", "patient",
                         "patients", "pensioner", "resident", "tenant", "people", "person"})
CHILD_WORDS = frozenset({"child", "children", "childrens", "kid", "kids", "baby", "babies", "toddler", "infant",
                         "pupil", "pupils", "boy", "boys", "girl", "girls", "son", "sons", "daughter", "daughters",
                         "teenager", "teenagers", "teenage", "youngster", "young", "lad", "lads", "family",
                         "families", "parent", "parents", "mum", "dad", "mother", "father", "grandson",
                         "granddaughter", "grandchild", "grandchildren", "school", "nursery", "safeguarding",
                         "year", "years", "age", "aged", "minor", "minors", "student", "students", "youth"})
AFTER_THE_REST_WITHIN = 4  # law a question gives no sign of moves behind the rest of this many
# A disclosure scheme (Sarah's Law, Clare's Law) or the arrangements managing offenders (MAPPA)
# answers a question about a person who may be dangerous: their record, convictions or violence,
# an offender, or the scheme itself. A question with none of that ("why must the school have
# safeguarding procedures?", "can I pass on her illness to keep her safe?") reaches their passages
# only through words every story shares (parents, police, children, safeguard).
SCHEME_TYPE = "scheme"
_DANGER_WORDS = frozenset({"offender", "offenders", "offence", "offences", "offending", "offended", "convicted",
                           "conviction", "convictions", "prison", "prisoner", "jail", "released", "register",
                           "registered", "violent", "violence", "abuser", "hurt", "hit", "beat", "paedophile",
                           "past", "history", "record", "scheme", "schemes", "arrangements", "framework",
                           "danger", "dangerous"})
# Danger words said of something else: "I run a supported lodgings scheme", "our befriending scheme",
# "I volunteer on a mentoring scheme" (a scheme the asker runs or works in is their service, not one
# for disclosing someone's past), and "at ten past one" or "half past six" (a time of day, no past).
_NOT_OF_DANGER = re.compile(
    r"\b(?:\d{1,2}|five|ten|twenty|twenty-five|quarter|half)\s+past\s+(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|midnight|midday|noon)\b|"
    r"\b(?:our|my)\s+(?:[\w'’-]+\s+){0,3}?schemes?\b|"
    r"\b(?:run|runs|running|ran|manage|manages|managing|managed|coordinate|coordinates|co-ordinate|co-ordinates|"
    r"work\s+(?:for|at|in|on)|works\s+(?:for|at|in|on)|volunteer\s+(?:for|at|in|on)|volunteers\s+(?:for|at|in|on))\s+"
    r"(?:a|an|the|our|this)\s+(?:[\w'’-]+\s+){0,3}?schemes?\b",
    re.IGNORECASE)
# A question that concedes confidentiality ("even though it was given in confidence", "despite
# patient confidentiality") asks what lets the information go despite the duty of confidence: the
# duty is what stands in the way, and the law that permits disclosure is the answer.
CONFIDENCE_BASIS = "common-law-duty-of-confidence"
CONCEDED_BEHIND = 3  # the conceded duty is listed after this many other legal bases
_CONCESSION = re.compile(r"\b(?:despite|even though|although|in spite of|notwithstanding)\b(?P<clause>[^.;?!]*)",
                         re.IGNORECASE)
# "Can the hospital hand them over when they were given in confidence?", "... but the trust says it
# owes her confidentiality": a clause of its own, mid-sentence (not "When may I ...?")
_CONCEDING_CLAUSE = re.compile(r"(?:(?<=\w\s)|(?<=\w,\s))(?:when|but)\b(?P<clause>[^,.;?!]*)", re.IGNORECASE)
_CONFIDENCE = frozenset({"confid", "confidenti", "privaci", "secret"})
_DENIED = re.compile(r"\b(?:no|not|nothing|never|nobody|without)\b", re.IGNORECASE)


# A question naming no school, pupil or other word of education ("are the police under a duty to
# safeguard and promote the welfare of children?", "even district councils are under the duty")
# asks for no law of education: the duty's words, which Education Act passages share ("a duty to
# safeguard and promote the welfare of pupils"), bring that law ahead of the law of the body asked about.
SCHOOL_WORDS = frozenset({"school", "schools", "pupil", "pupils", "education", "educational", "college", "colleges",
                          "teacher", "teachers", "teaching", "governor", "governors", "governing", "academy",
                          "academies", "nursery", "nurseries", "headteacher", "head", "class", "classroom",
                          "lesson", "lessons", "learner", "learners", "student", "students", "exam", "exams",
                          "dsl", "senco", "proprietor", "proprietors", "university", "sixth", "tutor", "attendance",
                          "excluded", "exclusion", "truant", "truancy", "ofsted", "kcsie", "s175", "s157",
                          "175", "157", "436a", "trust", "playground", "term", "uniform", "schooled", "schooling",
                          "homeschooled", "educated", "pastoral", "gcse", "gcses", "sen", "send", "ehcp"})


def about_no_school(words: tuple[str, ...]) -> bool:
    """Does a question name no school, pupil or other word of education?"""
    return not {w.lower().replace("'s", "") for w in words} & SCHOOL_WORDS


def education_law(data: dict[str, Any]) -> Callable[[str], bool]:
    """Is a legal basis law whose title names education?"""
    return lambda basis: "education" in data["bases"].get(basis, {}).get("title", "").lower()


# "a power to demand information from any person or body": anyone at all, in the words of the law,
# is no adult the question is about
ANYONE_BEFORE = frozenset({"any", "every", "no"})


def about_an_adult_only(words: tuple[str, ...]) -> bool:
    """Does a question name an adult and no child, family or children's service?"""
    typed = [w.lower().replace("'s", "") for w in words]
    adults = [w for before, w in zip(["", *typed], typed, strict=False)
              if w in ADULT_WORDS and before not in ANYONE_BEFORE]
    return bool(adults) and not set(typed) & CHILD_WORDS


def childrens_law(data: dict[str, Any]) -> Callable[[str], bool]:
    """Is a legal basis law whose title names children?"""
    return lambda basis: "children" in data["bases"].get(basis, {}).get("title", "").lower()


# "Can the police get a child's GP records?", "detectives want the clinic's notes on a patient": asked
# whether the police may have what another service holds, the answer is the gateway that lets the
# holder give it to them (crime, criminal proceedings), not the law of the holder's own duties to
# children or pupils, which the story's words ("a child", "a pupil's school file") find first.
_POLICE_AFTER_RECORDS = re.compile(
    r"\b(?:police|detectives?|officers?)\s+(?:[\w'’-]+\s+){0,3}?(?:get|gets|obtain|obtains|want|wants|wanted|"
    r"ask(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?for|request(?:s|ed|ing)?|see|access|seize)"
    r"\s+(?!to\b)(?:[\w'’-]+\s+){0,4}?(?:records?|registers?|files?|notes?|details|history)\b"
    # "the police are on the phone ... and they want to know who he's been hanging round with": what the
    # holder knows, asked for in a sentence naming the police
    r"|\b(?:police|detectives?|officers?)\b[^.?!]{0,120}?\b(?:want|wants|wanted|need|needs|needed)\s+to\s+know\s+"
    r"(?:who|what|where|whether|if|when|about|everything|anything)\b",
    re.IGNORECASE)


def police_after_records(question: str) -> bool:
    """Does `question` tell of the police wanting, asking for or getting records another holds?"""
    return bool(_POLICE_AFTER_RECORDS.search(question))


def about_a_dangerous_person(question: str) -> bool:
    """Does `question` speak of someone's record, past or offending, or of the schemes themselves?"""
    from guidegraph.question_forms import someone_has_a_past

    told = _NOT_OF_DANGER.sub(" ", question)
    return bool(_DANGER_WORDS & set(re.findall(r"[a-z]+", told.lower()))) or someone_has_a_past(question)


def schemes(data: dict[str, Any], question: str) -> Callable[[str], bool]:
    """Is a legal basis a disclosure scheme or the arrangements managing offenders, not named in
    `question` by any of its names ("the right to ask", "MAPPA")?"""
    text = " ".join(question.casefold().replace("’", "'").split())

    def unnamed_scheme(basis: str) -> bool:
        entry = data["bases"].get(basis, {})
        names = [entry.get("title", ""), *entry.get("aliases", ())]
        return entry.get("type") == SCHEME_TYPE and not any(
            re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text) for name in names if name)

    return unnamed_scheme


def after_the_rest(ranked: list[Any], unasked: list[Callable[[str], bool]]) -> list[Any]:
    """`ranked` with the law the question gives no sign of (any of `unasked` says so) that ranks
    among the first few others moved after them: all kinds at once, so that law of one kind moved
    does not bring law of another kind forward."""
    moved = {r.id for r in ranked if any(kind(r.id) for kind in unasked)}
    others = [r for r in ranked if r.id not in moved]
    if not moved or not others:
        return ranked
    cut = ranked.index(others[min(AFTER_THE_REST_WITHIN, len(others)) - 1]) + 1  # the last of the few others
    head = ranked[:cut]
    return [r for r in head if r.id not in moved] + [r for r in head if r.id in moved] + ranked[cut:]


# "Which Act requires ...?", "under what Act ...": asked for an Act (of Parliament or of a devolved
# legislature, or a Northern Ireland Order), the regulation, convention, common law, scheme or code
# that ranks with it is no answer. The catalog's type says which are Acts; uncatalogued law is one when
# its title says so.
_ASKS_FOR_AN_ACT = re.compile(
    r"\b(?i:which|what)\s+(?:[A-Z][\w'’-]*\s+)?Acts?\b"  # "which Act", "what Welsh Act"
    # "which data protection Act", "which 2015 Act", "which then-recent act": a few words qualifying it
    # (not "what does the Act ...", "which of the Acts", asked of an Act named)
    r"|\b(?i:which|what)\s+(?:(?!(?i:the|a|an|this|that|these|those|its|their|his|her|my|our|your|does|do|"
    r"did|is|was|are|were|of|other)\b)[\w'’-]+\s+){1,3}?(?i:acts?)\b"
    r"(?!\s+(?i:as|on|upon|in|to|for|like|with|together|independently|quickly)\b)"
    # "which act", not the verb of "systems which act as barriers"
    r"|(?i:\b(?:which|what)\s+(?:acts?|statutes?|piece\s+of\s+legislation)\b"
    r"(?!\s+(?:as|on|upon|in|to|for|like|with|together|independently|quickly)\b))"
    # a statute qualified, which no verb reads as: "which UK statute", "what Scottish statute"
    r"|(?i:\b(?:which|what)\s+[\w'’-]+\s+(?:statutes?|piece\s+of\s+legislation)\b)"
    # described, not asked: "the current Act that weighs ...", "the superseded data statute whose ..."
    r"|\b(?i:the)\s+(?:[\w'’-]+\s+){0,2}?(?:Act|(?i:statute))\s+(?i:that|which|whose|under\s+which)\b")
ACT_TYPES = frozenset({"ukpga", "asp", "anaw", "nia", "apni", "nisi"})
_ACT_TITLE = re.compile(r"\b(?:Act|Order)\b(?:\s+\([^)]*\))?\s+\d{4}$")


# "Which law makes the right to a private life part of UK law?", "what brought the Convention into
# domestic law?": what makes a treaty's rights law here is the Act of Parliament giving them effect,
# not the treaty (nor other law ranking with it). Not "is the GDPR still part of UK law?", which asks
# of the law it names: only a verb of making comes before it.
_MADE_DOMESTIC_LAW = re.compile(
    r"\b(?:makes?|made|making|brings?|brought|bringing|puts?|putting|turns?|turned|writes?|wrote|written|"
    r"incorporat\w*)\b[^.?!]{0,80}?\b(?:part\s+of|into)\s+(?:the\s+)?(?:UK|domestic|British|English|Scots|"
    r"Scottish|national)\s+law\b", re.IGNORECASE)


def asks_for_an_act(question: str) -> bool:
    return bool(_ASKS_FOR_AN_ACT.search(question) or _MADE_DOMESTIC_LAW.search(question))


def not_an_act(data: dict[str, Any]) -> Callable[[str], bool]:
    """Is a legal basis something other than an Act?"""
    return _other_than(data, ACT_TYPES, _ACT_TITLE)


def _other_than(data: dict[str, Any], types: frozenset[str], title: re.Pattern[str]) -> Callable[[str], bool]:
    """Is a legal basis of none of the catalog's `types` (uncatalogued law: has it no such `title`)?"""
    def other(basis: str) -> bool:
        entry = data["bases"].get(basis, {})
        if entry.get("uncatalogued"):
            return not title.search(entry.get("title", ""))
        return entry.get("type") not in types
    return other


# "Which regulations set the standards ...?", "the standards regulations for privately run schools
# that ...", "2003 independent schools standards regs": asked for regulations (secondary legislation,
# or an EU regulation such as the GDPR), an Act or anything else ranking with them is no answer.
_ASKS_FOR_REGULATIONS = re.compile(r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,3}?(?:regulations?|regs)\b"
                                   r"|^\s*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:regulations|regs)\b"
                                   # a search box's "non-maintained special school safeguarding regulations"
                                   r"|^[^?.]*\b(?:regulations|regs)\s*$", re.IGNORECASE)
REGULATION_TYPES = frozenset({"uksi", "ssi", "wsi", "nisr", "eur"})
_REGULATION_TITLE = re.compile(r"\bRegulations?\b")


def asks_for_regulations(question: str) -> bool:
    return bool(_ASKS_FOR_REGULATIONS.search(question))


def not_a_regulation(data: dict[str, Any]) -> Callable[[str], bool]:
    """Is a legal basis something other than regulations?"""
    return _other_than(data, REGULATION_TYPES, _REGULATION_TITLE)


def concedes_confidence(question: str) -> bool:
    """Does `question` grant that the information is confidential, as what it asks to overcome?"""
    from guidegraph.analysis import analyse

    clauses = [*_CONCESSION.finditer(question), *_CONCEDING_CLAUSE.finditer(question)]
    # "even when no contract says it must be kept confidential" grants nothing
    return any(_CONFIDENCE & set(analyse(m.group("clause"))) and not _DENIED.search(m.group("clause"))
               for m in clauses)


# "Apart from Working Together, which advice ...?", "other than the Children Act 2004, which laws
# ...?", "... names the statutory guidance for schools alongside Working Together. Which guidance is
# that?": what the question sets aside by name is no answer to it. Nor is the law another one
# changed: "which Act inserted section 16E into the Children Act 2004?", "which Act amended the
# 1998 Act?" ask for the amending Act ("as amended by X" names it, and is left alone).
_SET_ASIDE = re.compile(r"\b(?:apart\s+from|aside\s+from|other\s+than|besides|except(?:\s+for)?|excluding"
                        r"|alongside|as\s+well\s+as|in\s+addition\s+to|on\s+top\s+of"
                        r"|not\s+counting|(?:insert|add)(?:ed|s)?\b[^;.?!]*?\binto|amend(?:ed|s)?(?!\s+by\b))"
                        r"\b(?P<clause>[^,;.?!]*)", re.IGNORECASE)


# "I already know section 11 of the Children Act 2004 covers my trust, so that isn't what I'm
# asking", "he is managed under MAPPA, but that isn't my question", "section 17 of the 1989 Act no
# longer applies here": the law of the clause disowned.
_DISOWNING = re.compile(r"\b(?:is\s+not|isn[’']t|[’']s\s+not|not)\s+(?:what\s+(?:I|we)(?:[’']m|[’']re|\s+am|\s+are)"
                        r"\s+(?:asking(?:\s+about)?|after|looking\s+for)|(?:my|our)\s+question"
                        r"|the\s+(?:answer|law|one)\s+(?:I|we)(?:[’']m|[’']re|\s+am|\s+are)\s+after)\b"
                        # "I'm told section 17 of the Children Act 1989 no longer applies here"
                        r"|\bno\s+longer\s+appl(?:y|ies)\b", re.IGNORECASE)


# "Under the NHS Act 2006, NHS bodies must co-operate. Which Act, by contrast, only gives a council a
# power ...?", "Which later Act goes further ...?": the law the story named is what the answer is not.
_CONTRASTED = re.compile(r"\b(?:which|what)\s+(?:other|later|another|else)\b|\b(?:by|in)\s+contrast\b"
                         r"|\binstead\b(?!\s+of\b)", re.IGNORECASE)


# "I know the Data Protection Act 2018 gives us a lawful basis, but which Act puts a duty ...?": what
# the asker already knows is not what they ask for (unless they ask for a part of it: "I know the
# 1989 Act covers this, but which section?").
_CONCEDED = re.compile(r"\b(?:I|we)(?:\s+(?:already\s+|do\s+)?(?:know|understand|realise|realize|accept|get\s+that)"
                       r"|(?:[’']m|[’']re|\s+am|\s+are)\s+(?:already\s+)?aware)\b(?P<clause>[^?]*?),?\s+but\s+(?P<asked>which|what)\b"
                       r"(?!\s+(?:[\w'’-]+\s+)?(?:section|part|article|schedule|paragraph|provision|chapter)s?\b)",
                       re.IGNORECASE)


# The law replaced, when the newer is asked for: "the one that superseded the 1998 Act" (its object
# only: in "Partnerships replaced Boards because the law changed in the 2017 Act" the Act is the answer).
_REPLACED_LAW = re.compile(r"\b(?:replac|supersed)(?:ed|es|ing)\s+(?P<clause>(?!by\b)(?:[\w'’()-]+\s+){0,6}?"
                           r"(?:acts?|laws?|legislation|regulations|convention|directive)(?:\s+(?:19|20)\d\d)?)\b",
                           re.IGNORECASE)


def after_concession(question: str) -> str:
    """What a question asks after what it says the asker knows ("I know ..., but which standards came
    in alongside that?": "which standards came in alongside that?"), or ""."""
    conceded = _CONCEDED.search(question)
    return question[conceded.start("asked"):] if conceded else ""


def set_aside(question: str) -> list[list[str]]:
    """The words (analysed) of each clause in which `question` sets something aside by name, of what
    it says the asker knows already, and of the story before a closing question asking for other law
    than it told of."""
    from guidegraph.act_rules import asking_sentence
    from guidegraph.analysis import analyse

    disowned = [question[max(question.rfind(end, 0, m.start()) for end in ".?!;:") + 1 : m.start()]
                for m in _DISOWNING.finditer(question)]
    asked = asking_sentence(question)
    told = question[: question.rfind(asked)] if asked is not question and _CONTRASTED.search(asked) else ""
    clauses = [m.group("clause") for pattern in (_SET_ASIDE, _CONCEDED, _REPLACED_LAW)
               for m in pattern.finditer(question)]
    clauses += disowned + ([told] if told else [])
    return [analyse(clause) for clause in clauses]


def named_in(clauses: list[list[str]], names: dict[str, list[tuple[str, ...]]]) -> Callable[[str], bool]:
    """Is a legal basis named (by one of `names`, keyed "legal-basis:ID") in one of `clauses`?"""
    from guidegraph.rank import contains

    def named(basis: str) -> bool:
        own = [name for name in names.get(f"legal-basis:{basis}", ()) if name]
        return any(contains(clause, name) or _named_by_year(clause, name) or _named_by_field(clause, name)
                   for clause in clauses for name in own)

    return named


def _named_by_year(clause: list[str], name: tuple[str, ...]) -> bool:
    """An Act named as people shorten it: "the 2015 health and care Act" for the Health and Social
    Care (Safety and Quality) Act 2015: its year, "act" and a word of its title other than those."""
    year = [term for term in name if re.fullmatch(r"(?:19|20)\d\d", term)]
    words = set(name) - {"act", *year}
    return bool(year and "act" in name and year[0] in clause and "act" in clause and words & set(clause))


LAW_OF_A_FIELD = frozenset({"law", "laws", "legisl"})  # analysed: "data protection and human rights law"


def _named_by_field(clause: list[str], name: tuple[str, ...]) -> bool:
    """An Act named by the field of law its title names: "data protection and human rights law" for
    the Data Protection and Human Rights Acts: the title's words before "act", two or more, and a
    word for law in the clause."""
    from guidegraph.rank import contains, title_field

    field = title_field(name)
    return len(field) >= 2 and bool(LAW_OF_A_FIELD & set(clause)) and contains(clause, field)


def behind(ranked: list[Any], basis: str, after: int) -> list[Any]:
    """`ranked` with `basis`, if it is among the first `after`, moved to just after them."""
    head = [r for r in ranked[: after + 1] if r.id != basis]
    moved = [r for r in ranked[: after + 1] if r.id == basis]
    return head[:after] + moved + head[after:] + ranked[after + 1 :]
