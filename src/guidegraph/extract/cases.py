"""Numbered worked case examples ("Case Example 4", "Case study 2", "Scenario 1") and their parts.

Also unnumbered or lettered ones ("Case study: Jo, aged 14", "Scenario B"), and the titled
headings under (or, on flattened web pages, after) a "Case studies" heading. A short bold
paragraph stands as a heading ("Outcome"). A case runs from its heading to the next case or the
next heading that is not one of its own part markers. Inside it: the scenario, then an advice
marker ("Information Sharing", "What should happen?", "Advice", "Action:"), the advice, and
outcome paragraphs ("An outcome of sharing information ...", "If information is not shared ...").
A practice review's "What happened" narrative is its one case, named after the review's subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from guidegraph.extract._flow import Unit, flow, section_number
from guidegraph.extract.terms import TermVocabulary, find_terms, load_terms, terms_in
from guidegraph.model import CaseExample, SegmentedDocument, TermMention

_CASE = re.compile(
    r"^(?:(?:case|practice|worked)\s+(?:example|study|scenario)|example|scenario|vignette|case)"
    r"\s*(?:no\.?\s*)?(?P<n>\d{1,3})\b(?!\.\d)\s*(?:[:.)–—-]\s*)?(?P<rest>.*)$",
    re.IGNORECASE,
)
# One case under a heading of its own, with no number: "Case study", "Practice example: Sam", or
# lettered: "Scenario B – the school nurse", or a person's story: "Amir's story". Singular only:
# "Case studies" heads a collection.
# A bulletin's "Practice in focus: a GP's dilemma" or "Case spotlight" is one case too, and a
# meeting's "Case discussion (anonymised)" (a note in brackets after the label is no title).
_UNNUMBERED = re.compile(
    r"^(?:(?:case|practice|worked)\s+(?:example|study|scenario)|(?:case|practice)\s+(?:in\s+focus|spotlight)"
    r"|case\s+discussion|vignette|(?:scenario|example)(?=\s+(?-i:[A-Z])\b)|(?P<who>(?-i:[A-Z][a-z]+))['’]s\s+story)"
    r"(?:\s+(?-i:[A-Z])\b)?(?:\s+\([^()]{1,40}\))?(?:\s*[:.)–—-]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# "Example" or "Example: a family at the food bank" over a text: a case only when advice is marked under it.
_EXAMPLE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:an?\s+)?example\s*(?:[:.–—-]\s*(?P<rest>.*))?$", re.IGNORECASE)
# A story opening on a child named with their age: "Jay, 15, told ...", "Amir aged 9 ...".
_NAMED_CHILD = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.?)?,?\s+(?:aged\s+)?\d{1,2}(?:,|\s+years?\s+old\b)")
# A box's title opening its story, as a converted admonition sets it: "Kai, aged 4 – A health visitor ..."
_TITLED_OPENING = re.compile(r"^(?P<title>[^.!?–—]{1,60}?)\s[–—]\s(?P<story>\S.*)$")
# The label a scenario's first paragraph may open with ("Scenario: A Year 10 pupil ...").
_SCENARIO_LABEL = re.compile(r"^(?:the\s+)?(?:scenario|situation|background|case\s+summary)\s*:\s*(?=\S)",
                             re.IGNORECASE)
_TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d*$")
_ADVICE = re.compile(
    r"^(?:information\s+sharing(?:\s+advice)?|what\s+should\s+(?:have\s+)?(?:happen(?:ed)?|be(?:en)?\s+done|(?:the\s+)?(?:\w+\s+){1,3}do)(?:\s+next)?"
    r"|what\s+(?:to\s+do|happened(?:\s+next)?|action\s+should\s+be\s+taken)|advice|guidance|response"
    r"|discussion|analysis|practice\s+points?|learning(?:\s+points)?|commentary|what\s+the\s+law\s+says"
    r"|actions?(?:\s+taken)?|what\s+was\s+done)"
    r"\s*[:?.]?\s*(?P<rest>.*)$",
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
_OUTCOME_HEADING = re.compile(r"^(?:possible\s+|likely\s+)?outcomes?\b", re.IGNORECASE)
_TITLED_PHRASE = re.compile(r"\b([A-Z][a-z]+(?:\s+(?:and|&|of|for)?\s*[A-Z][a-z]+)+)\b")
_CLAUSE_WORDS = 15
_LABEL_WORDS = 8  # a paragraph this short, with no full stop, can stand as a heading
# A person's age in a story's first words: "A school nurse is told by a 14-year-old pupil ...", or a
# pupil's school year, which states it as well: "a pupil in Year 5", "a Year 10 student".
_AGED = re.compile(r"\b(?:\d{1,2}-year-old|aged\s+\d{1,2}\b|\d{1,2}\s+years?\s+old\b"
                   r"|(?:pupil|child|student|learner|girl|boy)\s+in\s+year\s+\d{1,2}\b"
                   r"|year\s+\d{1,2}\s+(?:pupil|child|student|learner|girl|boy)s?\b)", re.IGNORECASE)
# A heading over a collection of cases ("5. Case studies") names no setting.
_COLLECTION = re.compile(r"\b(?:case\s+(?:examples?|stud(?:y|ies))|scenarios|examples)\b", re.IGNORECASE)
# Headings that close a page rather than title a case.
_END_MATTER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:further|more|additional|useful|related|other)\b|^(?:references?|resources?"
    r"|contacts?|links|appendi(?:x|ces)|annexe?s?|glossary|summary|conclusions?|next\s+steps|feedback|training"
    r"|downloads?|see\s+also|document\s+control|version|review)\b",
    re.IGNORECASE)
# "Appendix B: Case study", "Box 2.4: Case example": the case under the label of the part or box it sits in
_APPENDIX_PREFIX = re.compile(r"^(?:appendix|annexe?|box|panel)\s+[A-Z0-9]{1,3}(?:\.\d{1,3})*\s*[:.–—-]\s*(?=\S)",
                              re.IGNORECASE)
_COLLECTION_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:case\s+(?:examples|studies)|(?:practice|worked)\s+examples|scenarios)\s*[:.]?$",
    re.IGNORECASE)


# "Chapter 2: Multi-agency safeguarding arrangements", "SECTION 6 – CASE EXAMPLE": a division of the
# document names where the case is told, not where it is set.
_DIVISION = re.compile(r"^(?:part|chapter|section)\s+(?:\d{1,3}|[IVX]{1,5}|[A-Z])\b", re.IGNORECASE)


# A practice review tells its case under "What happened": one case, the review's subject.
_NARRATIVE_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?what\s+happened\s*[:.]?$", re.IGNORECASE)
_REVIEW = re.compile(
    r"\b(?:(?:safeguarding\s+)?practice|serious\s+case|rapid|domestic\s+homicide|safeguarding\s+adults?)\s+review"
    r"|\blearning\s+(?:summary|review|briefing)\b",
    re.IGNORECASE)


def is_case_heading(text: str) -> re.Match[str] | None:
    """"Case Example 4", "Case study 2: ...", "Example 3:", "Scenario 1" at the start of a line."""
    if _TOC_LEADER.search(text):
        return None
    return _CASE.match(_without_appendix(text))


def _unnumbered(text: str) -> re.Match[str] | None:
    return _UNNUMBERED.match(_without_appendix(text))


def _without_appendix(text: str) -> str:
    """"Appendix C: Case example" -> "Case example": a case set apart at the end of a policy."""
    return _APPENDIX_PREFIX.sub("", text.strip())


def find_case_examples(doc: SegmentedDocument, terms: TermVocabulary | None = None,
                       mentions: Sequence[TermMention] | None = None) -> list[CaseExample]:
    """Every case example (numbered, or under a "Case study" heading of its own) with its
    setting, section, parts, roles and agencies.

    `mentions` are the document's term mentions (`find_terms`), when the caller has them already.
    """
    vocab = terms if terms is not None else load_terms()
    units = flow(doc)
    mentions = list(mentions) if mentions is not None else find_terms(doc, vocab)
    starts = _case_starts(units)
    found = [(start, _case(doc, units, start, number, _case_end(units, start), vocab, mentions))
             for start, number in starts]
    after = max((number for _, number in starts), default=0)
    for k, row in enumerate(_scenario_rows(units), start=1):
        found.append((row, _row_case(doc, units, row, after + k, vocab, mentions)))
    return [case for _, case in sorted(found, key=lambda pair: pair[0])]


# A table of scenarios: "Scenario | What the DSP should do" over a row per case, each row's first
# cell the scenario and the others the advice.
_SCENARIO_COLUMN = re.compile(r"^(?:the\s+)?(?:scenarios?|case\s+(?:examples?|stud(?:y|ies))|vignettes?)$",
                              re.IGNORECASE)


def _cells(unit: Unit) -> list[str]:
    plain = unit.plain.strip().strip("|").strip()
    return [c.strip() for c in plain.split(" | ")] if unit.kind == "paragraph" and " | " in plain else []


def _scenario_rows(units: list[Unit]) -> list[int]:
    """The rows under a table header whose first column is "Scenario" (or "Case study"), each a
    case told in its row."""
    rows: list[int] = []
    for i, unit in enumerate(units):
        header = _cells(unit)
        if len(header) < 2 or not _SCENARIO_COLUMN.match(header[0]):
            continue
        for j in range(i + 1, len(units)):
            cells = _cells(units[j])
            if len(cells) != len(header) or len(cells[0].split()) < 6:
                break
            rows.append(j)
    return rows


def _row_case(doc: SegmentedDocument, units: list[Unit], row: int, number: int,
              vocab: TermVocabulary, mentions: list[TermMention]) -> CaseExample:
    unit = units[row]
    scenario, *advice = _cells(unit)
    passage_ids = (unit.passage_id,) if unit.passage_id else ()
    return CaseExample(
        document=doc.meta.slug, number=number, setting=setting_of(units, row),
        section=section_number(doc, unit.section_id) or _numbered_above(units, row),
        scenario=scenario, advice="\n\n".join(a for a in advice if a), outcome_if_shared="",
        outcome_if_not_shared="", passage_ids=passage_ids,
        roles=terms_in(passage_ids, mentions, vocab, "role"), agencies=terms_in(passage_ids, mentions, vocab, "agency"))


def _case_starts(units: list[Unit]) -> list[tuple[int, int]]:
    """(index, number) of each case heading (or paragraph that opens with one), one per case
    number; cases under unnumbered headings, and the titled sub-headings of a "Case studies"
    heading, are numbered on from the document's highest."""
    numbered, unnumbered, seen = [], [], set()
    for i, unit in enumerate(units):
        if _opens_case(unit):
            match = is_case_heading(unit.plain)
            if match is None:
                unnumbered.append(i)
            elif match["n"] not in seen:
                seen.add(match["n"])
                numbered.append((i, int(match["n"])))
    unnumbered += [i for i, unit in enumerate(units) if _is_example_case(units, i)]
    unnumbered = sorted({*unnumbered, *_titled_cases(units)} - set(_collection_labels(units, unnumbered)))
    unnumbered += _review_narratives(units, [i for i, _ in numbered] + unnumbered)
    after = max((n for _, n in numbered), default=0)
    return sorted(numbered + [(i, after + k) for k, i in enumerate(unnumbered, start=1)])


def _example(text: str) -> re.Match[str] | None:
    """"Example", "Example: a family at the food bank", or one language's side of a heading printed
    in two ("Enghraifft / Example")."""
    sides = [text, *text.split(" / ")] if " / " in text else [text]
    return next((match for side in sides if (match := _EXAMPLE.match(_without_appendix(side)))), None)


def _is_example_case(units: list[Unit], start: int) -> bool:
    """An "Example" heading whose text has an advice marker ("What should happen:") is one case."""
    if units[start].kind != "heading" or not _example(units[start].plain):
        return False
    body = units[start + 1:_case_end(units, start)]
    # or whose story opens on a child named with their age ("Jay, 15, told their worker ..."),
    # or tells of someone by their age ("A youth worker receives a message from a 16-year-old ...")
    return any(_is_marker(u) for u in body) or bool(body and (_NAMED_CHILD.match(body[0].plain)
                                                          or _AGED.search(body[0].plain)))


def _collection_labels(units: list[Unit], starts: list[int]) -> list[int]:
    """Unnumbered case headings with nothing under them before the next case opens ("6. Case
    example" over "Case example 1: ..."): they head the case that follows, they are not one."""
    return [i for i in starts if _case_end(units, i) == i + 1 < len(units) and _opens_case(units[i + 1])]


def _review_narratives(units: list[Unit], starts: list[int]) -> list[int]:
    """The "What happened" heading of a practice review (the text before it says it is one),
    unless it is a part of a case found already."""
    inside = {j for s in starts for j in range(s, _case_end(units, s))}
    found = []
    for i, unit in enumerate(units):
        if (unit.kind == "heading" and i not in inside and _NARRATIVE_HEADING.match(unit.plain)
                and any(_REVIEW.search(u.plain) for u in units[:i])):
            found.append(i)
    return found[:1]  # the review's own narrative; later ones are parts of something else


def _titled_cases(units: list[Unit]) -> list[int]:
    """The sub-headings of a "Case studies" heading when none of them says "Case study": each
    titles one case ("Sharing information about siblings at different schools"). With none, the
    headings of its own level that follow it (web pages flatten the levels)."""
    starts = []
    for i, unit in enumerate(units):
        if unit.kind != "heading" or not _COLLECTION_HEADING.match(unit.plain):
            continue
        children = _headings_under(units, i, unit.level + 1)
        if not children:
            children = _flattened_cases(units, i)
        titles = [j for j in children if not _is_part_heading(units[j].plain)]
        if titles and not any(_is_case_label(units[j].plain) for j in children):
            starts += titles
    return starts


def _headings_under(units: list[Unit], start: int, level: int) -> list[int]:
    """Indexes of the headings of `level` in the section opened at `start`."""
    found = []
    for j in range(start + 1, len(units)):
        if units[j].kind == "heading" and units[j].level < level:
            break
        if units[j].kind == "heading" and units[j].level == level:
            found.append(j)
    return found


def _flattened_cases(units: list[Unit], start: int) -> list[int]:
    """The headings after a "Case studies" heading at its own level that title cases: while they
    have part headings under them ("What happened", "Learning"), or, when the first has none,
    until one that closes the page ("Further information") or has nothing under it."""
    siblings = _headings_under(units, start, units[start].level)
    with_parts = bool(siblings) and _has_parts(units, siblings[0])
    cases = []
    for j in siblings:
        if with_parts and not _has_parts(units, j):
            break
        if not with_parts and (_END_MATTER.match(units[j].plain) or not _has_body(units, j)):
            break
        cases.append(j)
    return cases


def _has_parts(units: list[Unit], start: int) -> bool:
    return any(_is_part_heading(units[j].plain) for j in _headings_under(units, start, units[start].level + 1))


def _has_body(units: list[Unit], start: int) -> bool:
    return start + 1 < len(units) and units[start + 1].kind != "heading"


def _case_end(units: list[Unit], start: int) -> int:
    """The next case, numbered section or paragraph, or heading that is not a part marker."""
    own = units[start].number if units[start].kind == "heading" else None
    for j in range(start + 1, len(units)):
        unit = units[j]
        if own and unit.number and unit.number.startswith(f"{own}.") and not _opens_case(unit):
            continue  # "4.1", "4.2" under "4. Practice example": the case's own paragraphs
        if _opens_case(unit) or (unit.number and unit.kind != "item"):
            return j
        if unit.kind == "heading" and not _is_part_heading(unit.plain):
            return j
    return len(units)


def _opens_case(unit: Unit) -> bool:
    label = _unnumbered(unit.plain)
    if label and (unit.kind == "heading" or (unit.kind == "paragraph" and (
            not label["rest"] or _is_label(unit) or _TITLED_OPENING.match(label["rest"])))):
        return True  # "Case Example:", "Case study: Jo, aged 14": a heading, or a paragraph over the scenario
    match = is_case_heading(unit.plain) if unit.kind in ("heading", "paragraph") else None
    return bool(match) and (unit.kind == "heading" or bool(match["rest"]))  # type: ignore[index]


def _is_case_label(text: str) -> bool:
    return bool(is_case_heading(text) or _unnumbered(text))


def _opening(unit: Unit) -> tuple[str, bool]:
    """The words after a case heading's label ("Case study 2: Housing" -> "Housing"), and
    whether the case heading is a paragraph's opening rather than a heading of its own."""
    match = is_case_heading(unit.plain) or _unnumbered(unit.plain) or _example(unit.plain)
    if match is None:  # a titled case under a "Case studies" heading: its title says what it is about
        return _clean(unit.plain), False
    # "Amir's story": the story is set around the person it names
    return (match["rest"] or match.groupdict().get("who") or "").strip(), not _is_label(unit)


def _is_part_heading(text: str) -> bool:
    return bool(_ADVICE.match(text) or _OUTCOME_HEADING.match(text))


def _case(doc: SegmentedDocument, units: list[Unit], start: int, number: int, end: int,
          vocab: TermVocabulary, mentions: list[TermMention]) -> CaseExample:
    head = units[start]
    rest, in_paragraph = _opening(head)
    titled = _TITLED_OPENING.match(rest) if in_paragraph and _unnumbered(head.plain) else None
    rest = titled["story"] if titled else rest  # its title names the case, as a heading's would
    if head.kind == "heading" and _NARRATIVE_HEADING.match(head.plain):
        rest = _review_subject(units)
    body = units[start + 1:end]
    parts = _split_parts(rest if in_paragraph else "", body)
    if not parts["shared"] and not parts["not_shared"]:
        for sentence in _outcome_sentences(parts["advice"]):
            parts[_outcome_kind(sentence)].append(sentence)
    passage_ids = tuple(dict.fromkeys(u.passage_id for u in units[start:end] if u.passage_id))
    own_level = (head.number or _example(head.plain)) and not in_paragraph  # its siblings set nothing
    own = titled["title"] if titled else "" if in_paragraph else rest
    setting = own or (_parent_heading(units, start) if own_level else setting_of(units, start))
    return CaseExample(
        document=doc.meta.slug,
        number=number,
        setting=setting or _agency_opening(parts["scenario"], vocab),
        section=section_number(doc, head.section_id) or _numbered_above(units, start),
        scenario="\n\n".join(parts["scenario"]),
        advice="\n\n".join(parts["advice"]),
        outcome_if_shared="\n\n".join(parts["shared"]),
        outcome_if_not_shared="\n\n".join(parts["not_shared"]),
        passage_ids=passage_ids,
        roles=terms_in(passage_ids, mentions, vocab, "role"),
        agencies=terms_in(passage_ids, mentions, vocab, "agency"),
    )


def _split_parts(opening: str, body: list[Unit]) -> dict[str, list[str]]:
    """Scenario up to the advice marker, then advice; outcome paragraphs (or paragraphs under an
    outcome heading) taken out. With no marker, the first paragraph is the scenario."""
    parts: dict[str, list[str]] = {"scenario": [opening] if opening else [], "advice": [],
                                   "shared": [], "not_shared": []}
    has_marker = any(_is_marker(u) for u in body)
    mode = "scenario"
    for unit in body:
        text = unit.plain
        if mode == "scenario" and _is_marker(unit):
            mode = "advice"
            rest = _ADVICE.match(text)["rest"] if not _is_label(unit) else ""  # type: ignore[index]
            parts["advice"].extend([rest] if rest else [])
        elif _is_label(unit) and _OUTCOME_HEADING.match(text):
            mode = _outcome_kind(text)
        elif _is_label(unit) and _is_marker(unit):
            mode = "advice"  # a further marker ("What happened", then "Learning"): its title is no advice
        elif _OUTCOME_LEAD.match(text) and (mode != "scenario" or not has_marker):
            parts[_outcome_kind(text)].append(text)
        else:
            if mode == "scenario" and not has_marker and parts["scenario"]:
                mode = "advice"
            parts[mode].append(_SCENARIO_LABEL.sub("", _item_text(unit)) if mode == "scenario" else _item_text(unit))
    return parts


def _outcome_sentences(paragraphs: list[str]) -> list[str]:
    """Sentences of the advice that speak of an outcome, for cases with no outcome paragraph."""
    sentences = (s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p))
    return [s for s in sentences if re.search(r"\boutcomes?\b", s, re.IGNORECASE)]


def _is_marker(unit: Unit) -> bool:
    """An advice marker: a heading, a paragraph opening with a marker and a colon, or a paragraph
    that is the marker alone (a bold "What should the teacher do?" on a web page)."""
    match = _ADVICE.match(unit.plain)
    if not match:
        return False
    return _is_label(unit) or (unit.kind == "paragraph" and ":" in unit.plain[: match.start("rest")])


def _is_label(unit: Unit) -> bool:
    """A heading, or a paragraph of a few words that stands as one ("Outcome", "Advice:")."""
    words = unit.plain.split()
    return unit.kind == "heading" or (unit.kind == "paragraph" and len(words) <= _LABEL_WORDS
                                      and not unit.plain.endswith("."))


def _item_text(unit: Unit) -> str:
    return f"{unit.marker} {unit.plain}" if unit.kind == "item" and unit.marker else unit.plain


def _outcome_kind(text: str) -> str:
    """"not_shared" when the outcome's opening clause negates sharing, else "shared"."""
    opening = " ".join(text.split()[:_CLAUSE_WORDS])
    return "not_shared" if _NOT_SHARED.search(opening) else "shared"


# ---------------------------------------------------------------------------------------------
# Setting


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


def _review_subject(units: list[Unit]) -> str:
    """Whom a practice review is about: its title before a colon or dash ("Child M: learning summary")."""
    title = next((u.plain for u in units if u.kind == "heading"), "")
    return _clean(re.split(r"\s*[:–—]\s|\s+-\s+", title, maxsplit=1)[0])


def _agency_opening(scenario: list[str], vocab: TermVocabulary) -> str:
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
        if not _is_case_label(unit.plain) and not _ADVICE.match(unit.plain):
            titles.append(_clean(unit.plain))
    return [t for t in titles if not _COLLECTION.search(t) and not _DIVISION.match(t)]


def _headings_before(units: list[Unit], anchor: int) -> str:
    i = anchor - 1
    while i >= 0 and units[i].kind == "heading" and not units[i].number:
        if not _is_case_label(units[i].plain):
            return _clean(units[i].plain)
        i -= 1
    return ""


def _nearest_heading(units: list[Unit], start: int) -> str:
    for unit in reversed(units[:start]):
        if unit.kind == "heading" and not _is_case_label(unit.plain) and not _ADVICE.match(unit.plain):
            if not _COLLECTION.search(unit.plain):
                return "" if _is_document_title(units, unit) else _clean(unit.plain)
    return ""


def _is_document_title(units: list[Unit], unit: Unit) -> bool:
    """The document's own title (its first heading, over all the others) is where every case
    sits: it sets none ("Case example" under "Sharing information about children")."""
    headings = [u for u in units if u.kind == "heading"]
    return unit is headings[0] and all(h.level > unit.level for h in headings[1:])


def _parent_heading(units: list[Unit], start: int) -> str:
    """The heading a numbered case heading sits under (a sibling section is no setting, nor a
    question: "7. Is there a lawful basis?" is a step of a decision guide, not a place)."""
    for unit in reversed(units[:start]):
        if unit.kind == "heading" and unit.level < units[start].level:
            named = not (_is_case_label(unit.plain) or _COLLECTION.search(unit.plain) or unit.plain.endswith("?")
                         or _is_document_title(units, unit))
            return _clean(unit.plain) if named else ""
    return ""


def _numbered_above(units: list[Unit], start: int) -> str | None:
    anchor = _anchor(units, start)
    return units[anchor].number if anchor is not None else None


def _clean(title: str) -> str:
    return title.strip().rstrip(".:").strip()
