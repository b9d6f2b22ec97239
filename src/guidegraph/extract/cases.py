"""Numbered worked case examples ("Case Example 4", "Case study 2", "Scenario 1") and their parts.

Also unnumbered or lettered ones ("Case study: Jo, aged 14", "Scenario B"), and the titled
headings under (or, on flattened web pages, after) a "Case studies" heading. A short bold
paragraph stands as a heading ("Outcome"). A case runs from its heading to the next case or the
next heading that is not one of its own part markers. Inside it: the scenario, then an advice
marker ("Information Sharing", "What should happen?", "Advice", "Action:"), the advice, and
outcome paragraphs ("An outcome of sharing information ...", "If information is not shared ...").
A practice review's "What happened" narrative is its one case, named after the review's subject.
The labels that open a case, and how a case's parts and setting are read, are in `case_parts`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from guidegraph.extract._flow import Unit, flow, section_number
from guidegraph.extract.case_parts import (
    ADVICE,
    OUTCOME_HEADING,
    agency_opening,
    case_title,
    clean_title,
    is_case_heading,
    is_case_label,
    is_label,
    is_marker,
    numbered_above,
    outcome_kind,
    outcome_sentences,
    parent_heading,
    review_subject,
    setting_of,
    split_parts,
    unnumbered,
    without_appendix,
)
from guidegraph.extract.terms import TermVocabulary, find_terms, load_terms, terms_in
from guidegraph.model import CaseExample, SegmentedDocument, TermMention

# "Example" or "Example: a family at the food bank" over a text: a case only when advice is marked under it,
# as is a titled "Scenario: a Year 4 pupil". "An example of how this helps: ..." names what it shows first.
_EXAMPLE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:an?\s+)?(?P<label>example|scenario(?=\s*[:–—-]\s*\S))"
                      r"(?:\s+(?:of|from)\s+[^:.?!]{1,50}?)?\s*(?:[:.–—-]\s*(?P<rest>.*))?$", re.IGNORECASE)
# A story opening on a child named with their age: "Jay, 15, told ...", "Amir aged 9 ...".
# Or stated plainly, as an Easy Read story opens: "Cerys is 11."
_NAMED_CHILD = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:,?\s+(?:aged\s+)?\d{1,2}(?:,|\s+years?\s+old\b)"
                          r"|\s+is\s+\d{1,2}(?:\s+years?\s+old)?[.,])")
# A box's title opening its story, as a converted admonition sets it: "Kai, aged 4 – A health visitor ..."
_TITLED_OPENING = re.compile(r"^(?P<title>[^.!?–—]{1,60}?)\s[–—]\s(?P<story>\S.*)$")
# Or a bold title a stop ends, naming a child by age: "Case example: Ellie, aged 13. Ellie's school ..."
_NAMED_TITLE = re.compile(r"^(?P<title>[A-Z][a-z]+,?\s+(?:aged\s+)?\d{1,2}(?:\s+years?\s+old)?)\.\s+(?P<story>\S.*)$")
# A person's age in a story's first words: "A school nurse is told by a 14-year-old pupil ...", or a
# pupil's school year, which states it as well: "a pupil in Year 5", "a Year 10 student".
_AGED = re.compile(r"\b(?:\d{1,2}-year-old|aged\s+\d{1,2}\b|\d{1,2}\s+years?\s+old\b"
                   r"|(?:pupil|child|student|learner|girl|boy)\s+in\s+year\s+\d{1,2}\b"
                   r"|year\s+\d{1,2}\s+(?:pupil|child|student|learner|girl|boy)s?\b)", re.IGNORECASE)
# Headings that close a page rather than title a case.
_END_MATTER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:further|more|additional|useful|related|other)\b|^(?:references?|resources?"
    r"|contacts?|links|appendi(?:x|ces)|annexe?s?|glossary|summary|conclusions?|next\s+steps|feedback|training"
    r"|downloads?|see\s+also|document\s+control|version|review)\b",
    re.IGNORECASE)
_COLLECTION_HEADING = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:case\s+(?:examples|studies)|(?:practice|worked)\s+examples|scenarios)\s*[:.]?$",
    re.IGNORECASE)


# A practice review tells its case under "What happened": one case, the review's subject.
_NARRATIVE_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?what\s+happened\s*[:.]?$", re.IGNORECASE)
_REVIEW = re.compile(
    r"\b(?:(?:safeguarding\s+)?practice|serious\s+case|rapid|domestic\s+homicide|safeguarding\s+adults?)\s+review"
    r"|\blearning\s+(?:summary|review|briefing)\b",
    re.IGNORECASE)


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
    told = (_told_whole(case) for _, case in sorted(found, key=lambda pair: pair[0]))
    return [case for case in told if case.scenario]


def _told_whole(case: CaseExample) -> CaseExample:
    """A case none of whose text reads as its story (all of it under "What we learned") has all of
    its text as its story: every case example tells one (the graph's shapes require it)."""
    if case.scenario or not case.advice:
        return case
    return replace(case, scenario=case.advice, advice="")


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
        section=section_number(doc, unit.section_id) or numbered_above(units, row),
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
    return next((match for side in sides if (match := _EXAMPLE.match(without_appendix(side)))), None)


def _is_example_case(units: list[Unit], start: int) -> bool:
    """An "Example" heading whose text has an advice marker ("What should happen:") is one case."""
    if _example_story(units[start]):
        return True
    if units[start].kind != "heading" or not _example(units[start].plain):
        return False
    body = units[start + 1:_case_end(units, start)]
    # or whose story opens on a child named with their age ("Jay, 15, told their worker ..."),
    # or tells of someone by their age ("A youth worker receives a message from a 16-year-old ...")
    return any(is_marker(u) for u in body) or bool(body and (_NAMED_CHILD.match(body[0].plain)
                                                          or _AGED.search(body[0].plain)))


def _example_story(unit: Unit) -> bool:
    """A paragraph opening "Example:" (or "An example of how this helps:") on a story told of someone
    by their age or name ("a 15-year-old on a referral order told ...", "last year a Year 3 pupil
    arrived ..."): one case, told in that paragraph."""
    match = _example(unit.plain) if unit.kind == "paragraph" else None
    # "Scenario: A Year 10 pupil ..." opens the story of a case headed above it, not a case of its own
    story = (match["rest"] or "") if match and match["label"].lower() == "example" else ""
    first = re.split(r"(?<=[.!?])\s", story, maxsplit=1)[0]
    return bool(story) and bool(_NAMED_CHILD.match(story) or _AGED.search(first))


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
        if titles and not any(is_case_label(units[j].plain) for j in children):
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
    if _example_story(units[start]) and not (start + 1 < len(units) and is_marker(units[start + 1])):
        return start + 1  # a story told in its paragraph, with no advice marked under it
    for j in range(start + 1, len(units)):
        unit = units[j]
        if own and unit.number and unit.number.startswith(f"{own}.") and not _opens_case(unit):
            continue  # "4.1", "4.2" under "4. Practice example": the case's own paragraphs
        if unit.kind == "paragraph" and _numbered_part(units[start].number, unit.number) and is_marker(unit):
            continue  # "5.2 Learning: ..." after "5.1 Case example: ...": the case's lesson, numbered on
        if _opens_case(unit) or (unit.number and unit.kind != "item"):
            return j
        if unit.kind == "heading" and not _is_part_heading(unit.plain) and not _title_heading(units, start, j):
            return j
    return len(units)


def _title_heading(units: list[Unit], start: int, j: int) -> bool:
    """An unnumbered heading straight under a case's heading that names none ("6 Case example", then
    "An under-18 student and an older partner" over the story): the case's title, as a label is."""
    head, unit = units[start], units[j]
    return (j == start + 1 and head.kind == "heading" and not _opening(head)[0] and not unit.number
            and not _opens_case(unit) and j + 1 < len(units) and units[j + 1].kind != "heading")


def _numbered_part(case: str | None, number: str | None) -> bool:
    """A paragraph numbered next in the case's own list ("5.2" after "5.1")."""
    return bool(case and number and "." in case and number.rpartition(".")[0] == case.rpartition(".")[0])


def _opens_case(unit: Unit) -> bool:
    label = unnumbered(unit.plain)
    if label and (unit.kind == "heading" or (unit.kind == "paragraph" and (
            not label["rest"] or is_label(unit) or _titled(label["rest"])))):
        return True  # "Case Example:", "Case study: Jo, aged 14": a heading, or a paragraph over the scenario
    match = is_case_heading(unit.plain) if unit.kind in ("heading", "paragraph") else None
    return bool(match) and (unit.kind == "heading" or bool(match["rest"]))  # type: ignore[index]


def _titled(rest: str) -> re.Match[str] | None:
    """The title and story of a paragraph a case's label opens, when its words after the label are so."""
    return _TITLED_OPENING.match(rest) or _NAMED_TITLE.match(rest)


def _opening(unit: Unit) -> tuple[str, bool]:
    """The words after a case heading's label ("Case study 2: Housing" -> "Housing"), and
    whether the case heading is a paragraph's opening rather than a heading of its own."""
    match = is_case_heading(unit.plain) or unnumbered(unit.plain) or _example(unit.plain)
    if match is None:  # a titled case under a "Case studies" heading: its title says what it is about
        return clean_title(unit.plain), False
    # "Amir's story": the story is set around the person it names
    return (match["rest"] or match.groupdict().get("who") or "").strip(), not is_label(unit)


def _is_part_heading(text: str) -> bool:
    return bool(ADVICE.match(text) or OUTCOME_HEADING.match(text))


def _case(doc: SegmentedDocument, units: list[Unit], start: int, number: int, end: int,
          vocab: TermVocabulary, mentions: list[TermMention]) -> CaseExample:
    head = units[start]
    rest, in_paragraph = _opening(head)
    titled = _titled(rest) if in_paragraph and unnumbered(head.plain) else None
    rest = titled["story"] if titled else rest  # its title names the case, as a heading's would
    if head.kind == "heading" and _NARRATIVE_HEADING.match(head.plain):
        rest = review_subject(units)
    body = units[start + 1:end]
    title = case_title(body) if not in_paragraph and not rest else ""
    body = body[1:] if title else body
    parts = split_parts(rest if in_paragraph else "", body)
    if head.kind == "heading" and _NARRATIVE_HEADING.match(head.plain) and not any(is_marker(u) for u in body):
        # a review's "What happened" is its story, all of it (a parent's words quoted in it too): no lesson
        # is marked in it to end the story
        parts["scenario"], parts["advice"] = parts["scenario"] + parts["advice"], []
    if not parts["shared"] and not parts["not_shared"]:
        for sentence in outcome_sentences(parts["advice"]):
            parts[outcome_kind(sentence)].append(sentence)
    passage_ids = tuple(dict.fromkeys(u.passage_id for u in units[start:end] if u.passage_id))
    own_level = (head.number or _example(head.plain)) and not in_paragraph  # its siblings set nothing
    own = titled["title"] if titled else "" if in_paragraph else rest or title
    setting = own or (parent_heading(units, start) if own_level else setting_of(units, start))
    return CaseExample(
        document=doc.meta.slug,
        number=number,
        setting=setting or agency_opening(parts["scenario"], vocab),
        section=section_number(doc, head.section_id) or numbered_above(units, start),
        scenario="\n\n".join(parts["scenario"]),
        advice="\n\n".join(parts["advice"]),
        outcome_if_shared="\n\n".join(parts["shared"]),
        outcome_if_not_shared="\n\n".join(parts["not_shared"]),
        passage_ids=passage_ids,
        roles=terms_in(passage_ids, mentions, vocab, "role"),
        agencies=terms_in(passage_ids, mentions, vocab, "agency"),
    )


# ---------------------------------------------------------------------------------------------
# Setting


