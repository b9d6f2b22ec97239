"""A case example's parts and setting, and the labels that open a case.

The labels: "Case Example 4", "Case study: Jo", "Scenario B", "Amir's story". The parts: the
scenario, the advice after its marker ("Information Sharing", "What should happen?"), and the
outcomes ("An outcome of sharing information ...", "If information is not shared ..."), each
sentence filed as shared or not shared. The setting: what the case is about, from its own title,
the headings above it, or its first words.
"""

from __future__ import annotations

import re

from guidegraph.extract._flow import Unit
from guidegraph.extract.terms import TermVocabulary

# "Appendix B: Case study", "Box 2.4: Case example": the case under the label of the part or box it sits in
_APPENDIX_PREFIX = re.compile(r"^(?:appendix|annexe?|box|panel)\s+[A-Z0-9]{1,3}(?:\.\d{1,3})*\s*[:.–—-]\s*(?=\S)",
                              re.IGNORECASE)

_CASE = re.compile(
    r"^(?:(?:case|practice|worked)\s+(?:example|study|scenario)|example|scenario|vignette|case)"
    r"\s*(?:no\.?\s*)?(?P<n>\d{1,3})\b(?!\.\d)\s*(?:[:.)–—-]\s*)?(?P<rest>.*)$",
    re.IGNORECASE,
)

# One case under a heading of its own, with no number: "Case study", "Practice example: Sam", or
# lettered: "Scenario B – the school nurse", or a person's story: "Amir's story". Singular only:
# "Case studies" heads a collection.
# A bulletin's "Practice in focus: a GP's dilemma" or "Case spotlight" is one case too, and a
# meeting's "Case discussion (anonymised)" (a note in brackets after the label is no title), and a
# bulletin's "Learning from a review: Freya, aged 8 months".
_UNNUMBERED = re.compile(
    r"^(?:(?:case|practice|worked)\s+(?:example|study|scenario)|(?:case|practice)\s+(?:in\s+focus|spotlight)"
    r"|case\s+discussion|learning\s+from\s+(?:a|an|one|our)\s+(?:[\w-]+\s+){0,2}review|vignette"
    # a leaflet's "Real life: Jess, aged 15", "In practice: ..." (the colon needed: "real life" is prose too)
    r"|(?:real\s+life|in\s+practice)(?=\s*:)"
    r"|(?:scenario|example)(?=\s+(?-i:[A-Z])\b)|(?P<who>(?-i:[A-Z][a-z]+))['’]s\s+story)"
    r"(?:\s+(?-i:[A-Z])\b)?(?:\s+\([^()]{1,40}\))?(?:\s*[:.)–—-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)

_TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d*$")

ADVICE = re.compile(
    r"^(?:information\s+sharing(?:\s+advice)?|what\s+should\s+(?:have\s+)?(?:happen(?:ed)?|be(?:en)?\s+done|(?:the\s+)?(?:\w+\s+){1,3}do)(?:\s+next)?"
    r"|what\s+(?:to\s+do|happened(?:\s+next)?|action\s+should\s+be\s+taken)|advice|guidance|response"
    r"|discussion|analysis|practice\s+points?|learning(?:\s+points?)?|commentary|what\s+the\s+law\s+says"
    r"|actions?(?:\s+taken)?|what\s+was\s+done"
    # what the practitioner in the story did is the practice it shows: "What the DSL did:"
    r"|what\s+(?:the|our)\s+(?:[\w-]+\s+){1,3}did(?:\s+next)?"
    r"|what\s+(?:this|it)(?:\s+(?:case|example|story|scenario))?\s+(?:shows|tells\s+us)"
    r"|what\s+(?:we|they)\s+learn(?:ed|t)|lessons?\s+learn(?:ed|t)|key\s+learning)"
    # (a callout's title joined on to its body with a dash: "What we learned – Each agency ...")
    r"\s*(?:[:?.]|[–—](?=\s))?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

_OUTCOME_LEAD = re.compile(
    r"^(?:(?:an|one|the|another|a\s+possible|the\s+likely|possible)\s+(?:possible\s+|likely\s+)?outcomes?\b"
    r"|if\s+(?:the\s+)?information\s+(?:is|was|were|can\s*not|cannot|can|could|had|has)\b"
    r"|if\s+(?:you|we|they|the\s+\w+)\s+(?:do|does|did)\s*n[o']?t\s+share"
    r"|(?:why\s+(?:it|this)\s+matter(?:s|ed)\s*:\s*)?without\s+(?:the|this|that)\s+(?:information|notification"
    r"|referral|disclosure|flag|alert)\b"  # "Why it matters: Without the notification the school would have ..."
    # "If the youth worker had kept the information to herself", "If the nurse had not shared"
    r"|if\s+(?:you|we|they|(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:had|has|have)\s+(?:not\s+(?:shared|passed|reported"
    r"|referred|told)|kept\s+(?:the\s+|this\s+|that\s+)?(?:information|concern|it)\b)"
    r"|(?:the\s+)?(?:likely\s+)?(?:consequences?|result|risk)\s+of\s+(?:not\s+)?(?:sharing|information\s+sharing)"
    r"|(?:sharing|not\s+sharing)\s+(?:the\s+)?information\s+(?:could|may|might|would)\s+(?:mean|lead|result)"
    r"|(?:possible\s+|likely\s+)?outcomes?\b[^:.]{0,40}:)",  # "Outcome:", "Outcome if not shared:"
    re.IGNORECASE,
)

_NOT_SHARED = re.compile(
    r"\bnot\s+(?:be\s+)?(?:shar|disclos|pass)|\bnot\s+sharing|\bwithout\s+sharing|\bfail(?:ure|s|ing)?\s+to\s+share"
    r"|\bn[o']t\s+share|\bno\s+information\s+is\s+shared|\bwithheld|\bnot\s+(?:been\s+)?shared"
    r"|\bkept\s+(?:the\s+|this\s+|that\s+)?(?:information|concern|it)\s+to\s+(?:him|her|them|your|my|our)sel(?:f|ves)"
    r"|\bwithout\s+(?:the|this|that)\s+(?:information|notification|referral|disclosure|flag|alert)\b",
    re.IGNORECASE,
)

OUTCOME_HEADING = re.compile(r"^(?:possible\s+|likely\s+)?outcomes?\b", re.IGNORECASE)

_TITLED_PHRASE = re.compile(r"\b([A-Z][a-z]+(?:\s+(?:and|&|of|for)?\s*[A-Z][a-z]+)+)\b")

_CLAUSE_WORDS = 15

_LABEL_WORDS = 8  # a paragraph this short, with no full stop, can stand as a heading

# A heading over a collection of cases ("5. Case studies") names no setting.
COLLECTION = re.compile(r"\b(?:case\s+(?:examples?|stud(?:y|ies))|scenarios|examples)\b", re.IGNORECASE)

# "Chapter 2: Multi-agency safeguarding arrangements", "SECTION 6 – CASE EXAMPLE": a division of the
# document names where the case is told, not where it is set.
_DIVISION = re.compile(r"^(?:part|chapter|section)\s+(?:\d{1,3}|[IVX]{1,5}|[A-Z])\b", re.IGNORECASE)

# The label a scenario's first paragraph may open with ("Scenario: A Year 10 pupil ...").
_SCENARIO_LABEL = re.compile(r"^(?:the\s+)?(?:scenario|situation|background|case\s+summary)\s*:\s*(?=\S)",
                             re.IGNORECASE)


def without_appendix(text: str) -> str:
    """"Appendix C: Case example" -> "Case example": a case set apart at the end of a policy."""
    return _APPENDIX_PREFIX.sub("", text.strip())


def is_case_heading(text: str) -> re.Match[str] | None:
    """"Case Example 4", "Case study 2: ...", "Example 3:", "Scenario 1" at the start of a line."""
    if _TOC_LEADER.search(text):
        return None
    return _CASE.match(without_appendix(text))


def unnumbered(text: str) -> re.Match[str] | None:
    return _UNNUMBERED.match(without_appendix(text))


def is_case_label(text: str) -> bool:
    return bool(is_case_heading(text) or unnumbered(text))


def split_parts(opening: str, body: list[Unit]) -> dict[str, list[str]]:
    """Scenario up to the advice marker, then advice; outcome paragraphs (or paragraphs under an
    outcome heading) taken out. With no marker, the first paragraph is the scenario, or the first
    list: a story told in bullets (a slide's) goes on from bullet to bullet."""
    parts: dict[str, list[str]] = {"scenario": [opening] if opening else [], "advice": [],
                                   "shared": [], "not_shared": []}
    if not opening and body and is_label(body[0]) and _STORY_LABEL.match(body[0].plain):
        body = body[1:]  # "What happened" heading the story itself, before any of it is told: the scenario's label
    has_marker = any(is_marker(u) for u in body)
    mode = "scenario"
    for before, unit in zip([None, *body], body, strict=False):
        text = unit.plain
        if mode == "scenario" and is_marker(unit):
            mode = "advice"
            rest = ADVICE.match(text)["rest"] if not is_label(unit) else ""  # type: ignore[index]
            parts["advice"].extend([rest] if rest else [])
        elif is_label(unit) and OUTCOME_HEADING.match(text):
            mode = outcome_kind(text)
        elif is_label(unit) and is_marker(unit):
            mode = "advice"  # a further marker ("What happened", then "Learning"): its title is no advice
        elif _OUTCOME_LEAD.match(text) and (mode != "scenario" or not has_marker):
            parts[outcome_kind(text)].append(text)
        else:
            listed = unit.kind == "item" and before is not None and before.kind == "item"
            if mode == "scenario" and not has_marker and parts["scenario"] and not listed and not _tells_on(text):
                mode = "advice"
            parts[mode].append(_SCENARIO_LABEL.sub("", item_text(unit)) if mode == "scenario" else item_text(unit))
    return parts


# A case's story headed as such ("What happened", then "What we learned"): no advice marker when it comes first.
_STORY_LABEL = re.compile(r"^what\s+happened\s*[:.]?$", re.IGNORECASE)


def case_title(body: list[Unit]) -> str:
    """A case's own title as a label over its story, under a heading that names no case ("Case
    example", then a bold "A young person's wishes" in its box over "8.1 Chloe, aged 15, ..."): what
    the case is about, no part of the story; not a label that marks a part ("What happened", "Outcome")."""
    # (a title read as a heading of its own, as a PDF's text gives it, is one too)
    titled = body[0].kind == "heading" and not body[0].number if body else False
    if len(body) < 2 or not (titled or body[0].kind == "paragraph" and is_label(body[0])):
        return ""
    text = body[0].plain.strip()
    if is_marker(body[0]) or OUTCOME_HEADING.match(text) or _STORY_LABEL.match(text) or text.endswith((":", "?")):
        return ""
    return text


# Words that speak to the reader or draw a lesson: advice, not more of the story.
_ADVISING = re.compile(r"\b(?:you|your|should|must|need\s+to|remember|always|never|important|learn\w*|shows?"
                       r"|do\s+not|don[’']t|can|may)\b", re.IGNORECASE)


# A verb in the past tense: the story's narration ("Her teacher told ...", "They phoned ...").
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|told|came|went|said|saw|took|made|gave|found|felt|knew|heard"
                   r"|rang|got|met|left|thought|kept|sent|began|brought|spoke|wrote|ran|became)\b")


def _tells_on(text: str) -> bool:
    """A story told a sentence a paragraph (an Easy Read page's, a slide's): a short paragraph that
    tells what happened, in the past tense and with no word of advice, goes on with the story."""
    return len(text.split()) <= 15 and _PAST.search(text) is not None and _ADVISING.search(text) is None


def outcome_sentences(paragraphs: list[str]) -> list[str]:
    """Sentences of the advice that speak of an outcome, for cases with no outcome paragraph."""
    sentences = (s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p))
    return [s for s in sentences if re.search(r"\boutcomes?\b", s, re.IGNORECASE)]


def is_marker(unit: Unit) -> bool:
    """An advice marker: a heading, a paragraph opening with a marker and a colon, a paragraph
    that is the marker alone (a bold "What should the teacher do?" on a web page), or a point that
    is the marker and a colon alone (a slide's "What we learned:" over its sub-points)."""
    match = ADVICE.match(unit.plain)
    if not match:
        return False
    opening = unit.plain[: match.start("rest")]
    if unit.kind == "item":
        return not match["rest"] and opening.rstrip().endswith(":")
    return is_label(unit) or (unit.kind == "paragraph" and any(mark in opening for mark in ":–—"))


def is_label(unit: Unit) -> bool:
    """A heading, or a paragraph of a few words that stands as one ("Outcome", "Advice:")."""
    words = unit.plain.split()
    return unit.kind == "heading" or (unit.kind == "paragraph" and len(words) <= _LABEL_WORDS
                                      and not unit.plain.endswith("."))


def item_text(unit: Unit) -> str:
    """A numbered point keeps its number ("2. ..."); a bullet is only the point's mark."""
    numbered = unit.marker and unit.marker[0].isalnum()
    return f"{unit.marker} {unit.plain}" if unit.kind == "item" and numbered else unit.plain


def outcome_kind(text: str) -> str:
    """"not_shared" when the outcome's opening clause negates sharing, else "shared"."""
    opening = " ".join(text.split()[:_CLAUSE_WORDS])
    return "not_shared" if _NOT_SHARED.search(opening) else "shared"


def setting_of(units: list[Unit], start: int) -> str:
    """The setting a case is set in (when its own heading names none): the heading(s) opening
    its numbered section.

    The last of the headings that open the section (a topic sub-heading directly under the
    numbered one wins), or, when the numbered paragraph has no title, the unnumbered heading just
    before it, or a title-case phrase of its first sentence ("Housing and Homelessness staff").
    Documents without numbers: the nearest heading above that is not a case heading.
    """
    anchor = _anchor(units, start)
    if anchor is None:
        return _nearest_heading(units, start)
    unit = units[anchor]
    if unit.kind == "heading":
        titles = _opening_headings(units, anchor, start)
        return titles[-1] if titles else ""
    before = _headings_before(units, anchor)
    if before:
        return before
    phrase = _TITLED_PHRASE.search(unit.plain.split(".")[0])
    return phrase.group(1) if phrase else _nearest_heading(units, anchor)


# What a practice review's title calls the document, beside whom it is about.
_DOCUMENT_KIND = re.compile(r"\b(?:review|summary|briefing|report)$", re.IGNORECASE)


def review_subject(units: list[Unit]) -> str:
    """Whom a practice review is about: the part of its title, split at a colon or dash, that names no
    kind of document ("Child M: learning summary", "Child Safeguarding Practice Review: Child R")."""
    title = next((u.plain for u in units if u.kind == "heading"), "")
    parts = re.split(r"\s*[:–—]\s|\s+-\s+", title)
    return clean_title(next((part for part in parts if not _DOCUMENT_KIND.search(part)), parts[0]))


def agency_opening(scenario: list[str], vocab: TermVocabulary) -> str:
    """A case no heading sets ("Appendix C: Case example") is set where its first sentence
    takes place: the first agency it names ("attends the emergency department")."""
    first = re.split(r"(?<=[.!?])\s", scenario[0], maxsplit=1)[0] if scenario else ""
    for term_id, match in vocab.matches(first):
        if vocab.kind_of(term_id) == "agency":
            return match.group(0)[:1].upper() + match.group(0)[1:]
    return ""


def _anchor(units: list[Unit], start: int) -> int | None:
    """The numbered heading or paragraph whose section the case is told in. A numbered paragraph's
    section ends at the next heading at its level or above ("Box 2.4: Case example" after
    paragraph 92 is no part of it)."""
    closing = units[start].level if units[start].kind == "heading" else None
    for i in range(start - 1, -1, -1):
        unit = units[i]
        if unit.number and unit.kind == "heading":
            return i
        if unit.number and unit.kind == "paragraph" and (closing is None or not unit.level or closing > unit.level):
            return i
        if unit.kind == "heading" and unit.level:
            closing = unit.level if closing is None else min(closing, unit.level)
    return None


def _opening_headings(units: list[Unit], anchor: int, start: int) -> list[str]:
    titles = []
    for unit in units[anchor:start]:
        if unit.kind != "heading":
            break
        if not is_case_label(unit.plain) and not ADVICE.match(unit.plain):
            titles.append(clean_title(unit.plain))
    return [t for t in titles if not COLLECTION.search(t) and not _DIVISION.match(t)]


def _headings_before(units: list[Unit], anchor: int) -> str:
    i = anchor - 1
    while i >= 0 and units[i].kind == "heading" and not units[i].number:
        if not is_case_label(units[i].plain):
            return clean_title(units[i].plain)
        i -= 1
    return ""


def _nearest_heading(units: list[Unit], start: int) -> str:
    for unit in reversed(units[:start]):
        if unit.kind == "heading" and not is_case_label(unit.plain) and not ADVICE.match(unit.plain):
            if not COLLECTION.search(unit.plain):
                return "" if _is_document_title(units, unit) else clean_title(unit.plain)
    return ""


def _is_document_title(units: list[Unit], unit: Unit) -> bool:
    """The document's own title (its first heading, over all the others) is where every case
    sits: it sets none ("Case example" under "Sharing information about children")."""
    headings = [u for u in units if u.kind == "heading"]
    return unit is headings[0] and all(h.level > unit.level for h in headings[1:])


def parent_heading(units: list[Unit], start: int) -> str:
    """The heading a numbered case heading sits under (a sibling section is no setting, nor a
    question: "7. Is there a lawful basis?" is a step of a decision guide, not a place)."""
    for unit in reversed(units[:start]):
        if unit.kind == "heading" and unit.level < units[start].level:
            named = not (is_case_label(unit.plain) or COLLECTION.search(unit.plain) or unit.plain.endswith("?")
                         or _is_document_title(units, unit))
            return clean_title(unit.plain) if named else ""
    return ""


def numbered_above(units: list[Unit], start: int) -> str | None:
    anchor = _anchor(units, start)
    return units[anchor].number if anchor is not None else None


def clean_title(title: str) -> str:
    return title.strip().rstrip(".:").strip()
