"""Principle sets (seven golden rules, Caldicott principles, ...) listed in a document.

A set is recognised from the words above a list (its heading and lead-in) matched against the
set names in `ontology/principles.ttl`, and confirmed by the list's items matching the rules'
keywords (skos:altLabel). The list may be numbered, bulleted, a run of paragraphs that each
open with a name ("Relevant - ..."), or run on in one sentence after a colon whose words name the
set ("the seven golden rules: be open and honest; seek advice; ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from guidegraph.extract._flow import NUMBER_WORDS, Unit, flow
from guidegraph.extract.principle_align import PrincipleSet, Rule, align, contains, normalise, score
from guidegraph.model import CountFinding, PrincipleStatement, SegmentedDocument

# "Relevant - Only information that is relevant ...": a short name, a dash or colon, the text.
# Readers drop the bold that usually marks the name, so the shape alone is the cue.
_NAMED_LEAD = re.compile(r"^(?:\*\*|__)?(?P<name>[A-Z][\w ,/&'’()-]{0,60}?)(?:\*\*|__)?\s*[-–—:]\s+\S")
_MAX_NAME_WORDS = 6
_NUMBER = r"\d{1,2}|" + "|".join(NUMBER_WORDS)
_MIN_ITEMS = 3
_RULE_HEADING = re.compile(r"^(?:golden\s+)?(?:rule|principle)\s+(?P<n>\d{1,2})\b\s*[:.–—-]?\s*(?P<rest>.*)$",
                           re.IGNORECASE)
_MIN_ALIGNED = 0.5  # share of items that must name one of the set's rules


@dataclass(frozen=True)
class _Context:
    heading: str  # the nearest heading above the list
    lead_in: str  # paragraphs between that heading and the list
    upper: str  # the heading above that one


def find_principles(
    doc: SegmentedDocument, sets: Sequence[PrincipleSet] | None = None
) -> tuple[list[PrincipleStatement], list[CountFinding]]:
    """Every recognised principle list: one statement per item, and a finding per miscounted heading."""
    sets = tuple(sets) if sets is not None else load_principle_sets()
    units = flow(doc)
    statements: list[PrincipleStatement] = []
    findings: list[CountFinding] = []
    runs = _runs(units)
    for start, run in runs:
        context = _context(units, start)
        chosen = _choose_set(sets, context, run)
        if chosen is None:
            continue
        statements.extend(_statements(doc, chosen, run))
        finding = _count_finding(doc, chosen, context, run)
        if finding:
            findings.append(finding)
    listed = {id(u) for _, run in runs for u in run}
    for unit in units:
        if unit.kind == "paragraph" and id(unit) not in listed:
            statements.extend(_run_in_statements(doc, sets, unit))
    return statements, findings


# ---------------------------------------------------------------------------------------------
# Lists


def _runs(units: list[Unit]) -> list[tuple[int, list[Unit]]]:
    """(index of first unit, items) for each list: item runs and runs of named paragraphs."""
    runs: list[tuple[int, list[Unit]]] = []
    i = 0
    while i < len(units):
        if units[i].kind == "item":
            j, items = _item_run(units, i)
        elif _RULE_HEADING.match(units[i].plain) and units[i].kind == "heading":
            j, items = _heading_run(units, i)
        elif _named_lead(units[i]):
            j, items = _named_run(units, i)
        else:
            i += 1
            continue
        if len(items) >= _MIN_ITEMS:
            runs.append((i, items))
        i = j
    return runs


def _item_run(units: list[Unit], i: int) -> tuple[int, list[Unit]]:
    """Items from i on; a paragraph inside the list that continues an item (a page break split
    it, so it starts in lower case or the numbering resumes after it) is joined to that item."""
    items: list[Unit] = []
    while i < len(units):
        unit = units[i]
        if unit.kind == "item" and not _sub_item(unit, items):
            items.append(unit)
        elif (unit.kind == "paragraph" and items and _continues(unit, units, i, items[-1])) or unit.kind == "item":
            last = items[-1]
            items[-1] = Unit(last.kind, f"{last.text} {unit.text.strip()}", last.line,
                             last.passage_id, last.section_id, last.level, last.number, last.marker)
        else:
            break
        i += 1
    return i, items


def _sub_item(unit: Unit, items: list[Unit]) -> bool:
    """A lettered point under a numbered rule ("5. ... ensure you:", "a. understand the purpose"): part
    of that rule, not a rule of its own."""
    last = items[-1] if items else None
    return bool(last is not None and last.marker and last.marker.isdigit() and unit.marker
                and unit.marker.isalpha() and not last.marker.isalpha())


def _continues(unit: Unit, units: list[Unit], i: int, last: Unit) -> bool:
    text = unit.plain
    if text[:1].islower():
        return True
    following = units[i + 1] if i + 1 < len(units) else None
    return bool(
        following is not None and following.kind == "item"
        and last.marker and following.marker and last.marker.isdigit() and following.marker.isdigit()
        and int(following.marker) == int(last.marker) + 1
    )


def _named_lead(unit: Unit) -> bool:
    match = _NAMED_LEAD.match(unit.text) if unit.kind == "paragraph" else None
    return bool(match) and len(match["name"].split()) <= _MAX_NAME_WORDS


def _heading_run(units: list[Unit], i: int) -> tuple[int, list[Unit]]:
    """"RULE 1", "Rule 2: Be open" headings, each over the paragraph that words it: one item per
    heading, its words and the paragraph's, numbered as the heading numbers it."""
    items: list[Unit] = []
    while i < len(units) and units[i].kind == "heading" and (label := _RULE_HEADING.match(units[i].plain)):
        body = units[i + 1] if i + 1 < len(units) and units[i + 1].kind == "paragraph" else None
        if body is None:
            break
        text = f"{label['rest']}: {body.text}" if label["rest"] else body.text
        items.append(Unit("item", text, body.line, body.passage_id, body.section_id, marker=label["n"]))
        i += 2
        while i < len(units) and units[i].kind == "paragraph":
            i += 1  # the rule's further paragraphs
    return max(i, 1), items


def _named_run(units: list[Unit], i: int) -> tuple[int, list[Unit]]:
    items = []
    while i < len(units) and _named_lead(units[i]):
        items.append(units[i])
        i += 1
    return i, items


# "Remember the seven golden rules for information sharing: protecting children comes first; be
# open and honest; ...; and record your decision.": the rules run on in one sentence after a colon.
_RUN_IN = re.compile(r"(?:^|(?<=[.!?]\s))(?P<lead>[^.!?:]+):\s+(?P<rules>[^:]+?)(?:[.!?](?=\s|$)|$)")
_FINAL_JOIN = re.compile(r"^(?:and|or)\s+", re.IGNORECASE)


def _run_in_statements(doc: SegmentedDocument, sets: Sequence[PrincipleSet],
                       unit: Unit) -> list[PrincipleStatement]:
    """The rules of a set listed in one sentence whose words before the colon name the set.

    A sentence that only mentions the rules ("include the golden rules in training") has no
    list after a colon, and a list that names no set before its colon is some other list.
    """
    statements: list[PrincipleStatement] = []
    for match in _RUN_IN.finditer(unit.plain):
        items = _run_in_items(match["rules"])
        lead = normalise(match["lead"])
        named = [p for p in sets if any(contains(lead, n) for n in p.names)]
        if len(items) < _MIN_ITEMS or not named:
            continue
        run = [Unit("item", item, unit.line, unit.passage_id, unit.section_id) for item in items]
        chosen = _choose_set(named, _Context(match["lead"], "", ""), run)
        if chosen is not None:
            statements.extend(_statements(doc, chosen, run))
    return statements


def _run_in_items(rules: str) -> list[str]:
    """The items of a run-in list: split at semicolons, or at commas when it has none."""
    parts = rules.split(";") if ";" in rules else rules.split(",")
    items = [_FINAL_JOIN.sub("", part.strip()) for part in parts]
    return [item for item in items if item]


def _context(units: list[Unit], start: int) -> _Context:
    """The nearest titled heading above the list, the paragraphs between, and the heading above.

    The lead-in is up to three passages: a title a poster breaks over short lines ("OUR 7 GOLDEN
    RULES / FOR SHARING / INFORMATION", read as items of one passage) counts once."""
    lead: list[str] = []
    lead_passages: set[str] = set()
    headings: list[str] = []
    for unit in reversed(units[max(0, start - 12):start]):
        if unit.kind == "heading" and unit.plain.strip(" .:"):
            headings.append(unit.plain)
            if len(headings) == 2:
                break
        elif not headings and unit.kind != "heading" and len(lead_passages - {unit.passage_id}) < 3:
            lead.insert(0, unit.plain)
            lead_passages.add(unit.passage_id)
    return _Context(headings[0] if headings else "", " ".join(lead),
                    headings[1] if len(headings) > 1 else "")


# ---------------------------------------------------------------------------------------------
# Which set


def _choose_set(sets: Sequence[PrincipleSet], context: _Context, run: list[Unit]) -> PrincipleSet | None:
    """The set whose name is said above the list (longest name wins) and whose rules the items
    name; failing a name, a set whose rules the items name almost one for one."""
    texts = [(normalise(context.heading), 1.0), (normalise(context.lead_in), 0.9),
             (normalise(context.upper), 0.5)]
    items = [normalise(u.text) for u in run]
    names = [_lead_name(u) for u in run]
    best: tuple[float, float, PrincipleSet] | None = None
    for pset in sets:
        name_score = max((w * len(n) for n in pset.names for t, w in texts if contains(t, n)), default=0)
        aligned = _aligned_share(pset, items, phrases_only=not name_score, names=names)
        if aligned < (_MIN_ALIGNED if name_score else 0.85):
            continue
        if not name_score and abs(len(items) - len(pset.rules)) > 1:
            continue
        # "... through seven key questions. They are:" names the set by its count too: a set whose
        # noun is announced with the list's own length beats a longer name said in passing.
        counted = bool(name_score) and any(announced_count(t, pset.nouns) == len(items) for t, _ in texts[:2])
        key = (name_score + (1000 if counted else 0), aligned, pset)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _aligned_share(pset: PrincipleSet, items: list[str], phrases_only: bool = False,
                   names: Sequence[str] = ()) -> float:
    """Share of items that name some rule of the set (by its keywords, or by the name leading
    the item, which counts as a phrase would: "Timely: do not delay" names "timely")."""
    names = list(names) or [""] * len(items)
    hits = sum(1 for item, name in zip(items, names, strict=True)
               if any(score(item, r, phrases_only) or name in r.keywords for r in pset.rules))
    return hits / len(items) if items else 0.0


def _lead_name(unit: Unit) -> str:
    """The short name an item or paragraph opens with, before its dash or colon ("Relevant: ...")."""
    match = _NAMED_LEAD.match(unit.text)
    return normalise(match["name"]) if match and len(match["name"].split()) <= _MAX_NAME_WORDS else ""


# ---------------------------------------------------------------------------------------------
# Statements and count findings


def _statements(doc: SegmentedDocument, pset: PrincipleSet, run: list[Unit]) -> list[PrincipleStatement]:
    numbers = align(pset, [normalise(u.text) for u in run])
    return [
        PrincipleStatement(pset.id, number, _statement_text(unit), doc.meta.slug,
                           unit.passage_id or "", unit.line)
        for number, unit in zip(numbers, run, strict=True)
    ]


def _statement_text(unit: Unit) -> str:
    text = unit.plain
    if unit.kind == "item" and unit.marker:
        text = re.sub(rf"^{re.escape(unit.marker)}[.)]?\s+", "", text)
    return text


def _count_finding(doc: SegmentedDocument, pset: PrincipleSet, context: _Context,
                   run: list[Unit]) -> CountFinding | None:
    """A heading (or lead-in) that announces a number of rules other than the number listed."""
    for text in (context.heading, context.lead_in):
        announced = announced_count(text, pset.nouns)
        if announced is not None:
            if announced == len(run):
                return None
            return CountFinding(pset.id, doc.meta.slug, run[0].passage_id or "", text,
                                announced, len(run))
    return None


def announced_count(text: str, nouns: frozenset[str]) -> int | None:
    """The count a heading announces: "The Seven Caldicott Principles" -> 7."""
    words = "|".join(sorted(map(re.escape, nouns)))
    pattern = rf"\b({_NUMBER})\s+(?:[a-z]+\s+){{0,3}}?(?:{words})\b"
    match = re.search(pattern, normalise(text)) if words else None
    if not match:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


# ---------------------------------------------------------------------------------------------
# The sets, from ontology/principles.ttl


def load_principle_sets(ontology_dir: Path | None = None) -> tuple[PrincipleSet, ...]:
    """Principle sets with their names and rule keywords, read from `principles.ttl`."""
    from guidegraph.resources import data_dir

    return _load((ontology_dir or data_dir("ontology")) / "principles.ttl")


@lru_cache(maxsize=4)
def _load(path: Path) -> tuple[PrincipleSet, ...]:
    from rdflib import Graph
    from rdflib.namespace import DCTERMS, RDF, SKOS

    from guidegraph.vocab import GG

    graph = Graph().parse(path, format="turtle")
    sets = []
    for scheme in sorted(graph.subjects(RDF.type, GG.PrincipleSet)):
        set_id = str(graph.value(scheme, DCTERMS.identifier) or str(scheme).rstrip("/").rsplit("/", 1)[-1])
        names = {_without_count(normalise(str(n))) for p in (SKOS.prefLabel, SKOS.altLabel)
                 for n in graph.objects(scheme, p)}
        rules = []
        for concept in graph.subjects(SKOS.inScheme, scheme):
            number = graph.value(concept, GG.principleNumber)
            keywords = {normalise(str(k)) for p in (SKOS.prefLabel, SKOS.altLabel)
                        for k in graph.objects(concept, p)}
            if number is not None:
                rules.append(Rule(int(number), tuple(sorted(k for k in keywords if k))))
        sets.append(PrincipleSet(set_id, tuple(sorted(n for n in names if n)),
                                 tuple(sorted(rules, key=lambda r: r.number))))
    return tuple(sets)


def _without_count(name: str) -> str:
    """"the seven caldicott principles" -> "caldicott principles": counts vary between documents."""
    words = [w for w in name.split() if w not in NUMBER_WORDS and not w.isdigit()]
    if words[:1] == ["the"] and len(words) > 2:
        words = words[1:]
    return " ".join(words)

