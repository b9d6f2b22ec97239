"""How well an `Extraction` matches the gold standard of the bundled corpus.

The gold lives in `tests/data`: `legislation_citations.jsonl` (every legal citation of the five
seed files, line by line) and `extraction_gold.json` (myths, principle sets, case examples,
jurisdictions, guidance cited). Documents are matched to seed files by their metadata's
`original_file` (the sidecar .toml beside the corpus file), else by position.

Legal-basis citations are scored at two levels, over the strict mention kinds (explicit,
short-title, anaphoric, provision-only):

* which rows count: category A (legislation, ECHR, common law, statutory codes) and the
  category B rows whose target the catalog calls a legal basis (MAPPA and the disclosure
  schemes); B rows for guidance are `find_guidance`'s business and ignored here. Gold rows of the
  loose kinds (implicit, title-embedded) are neutral: a citation matching one is neither right
  nor wrong. Predicted citations of kind implicit are not scored at these levels.
* matching: a citation matches a gold row of the same seed and target whose line is the
  citation's own line or lies in its passage's line range; one row per citation, the row on the
  citation's line first. Instrument level counts a mention once however many provisions it
  carries (distinct passage, heading and span); provision level counts each provision.
* a gold provision is scored when the quote writes its number ("Section 201(3)(d)"); "article
  8(1)" quoted as "Article 8" is scored as article 8; provisions the quote does not write
  ("article 9 (special category data)") are neutral.
* rows on lines that no passage or heading holds (a table of contents the reader drops) are
  counted as unreachable and left out of recall, which the report also gives with them in.

Every other kind is scored on whatever the `Extraction` holds: an empty one scores 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidegraph.extract.provisions import find_provisions, normalise_number
from guidegraph.gold import (
    GOLD_DIR,
    LOOSE_KINDS,
    STRICT_KINDS,
    GoldCitation,
    Score,
    load_citation_gold,
    load_extraction_gold,
    overlap,
    seed_files,
    units_score,
    words,
)
from guidegraph.model import Citation, Extraction, SegmentedDocument


@dataclass(frozen=True)
class QualityReport:
    """Scores per kind, legal citations also per seed, and what was missed or wrongly found."""

    scores: tuple[Score, ...]
    by_seed: Mapping[str, Mapping[str, Score]] = field(default_factory=dict)  # kind -> seed -> score
    missed: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()

    def score(self, name: str) -> Score:
        return next(s for s in self.scores if s.name == name)


# ---------------------------------------------------------------------------------------------
# Legal citations


@dataclass(frozen=True)
class _Unit:
    """A predicted mention (or provision) with where it may match."""

    seed: str
    target: str
    line: int
    lines: tuple[int, int]
    label: str
    provision: tuple[str, str] | None = None


@dataclass(frozen=True)
class _Item:
    """A gold mention (or provision) to be matched."""

    row: GoldCitation
    strict: bool
    provision: tuple[str, str] | None = None


def score_citations(extraction: Extraction, docs: Sequence[SegmentedDocument],
                    gold: Sequence[GoldCitation], legal_bases: Iterable[str]) -> QualityReport:
    """Instrument- and provision-level precision and recall of the legal citations."""
    legal = set(legal_bases)
    rows = [r for r in gold if r.category == "A" or (r.category == "B" and r.target in legal)]
    seeds = seed_files(docs, {r.seed for r in gold})
    reachable = _reachable_lines(docs, seeds)
    passages = {p.id: (seeds[d.meta.slug], p) for d in docs for p in d.passages}
    cites = [c for c in extraction.citations if c.kind in STRICT_KINDS and c.passage_id in passages]
    levels = {
        "legal bases (instrument)": (_instrument_units(cites, passages), _instrument_items(rows)),
        "legal bases (provision)": (_provision_units(cites, passages), _provision_items(rows)),
    }
    scores, by_seed, missed, wrong = [], {}, [], []
    for name, (units, items) in levels.items():
        per_seed = _match(name, units, items, reachable, missed, wrong)
        by_seed[name] = dict(sorted(per_seed.items()))
        scores.append(sum(per_seed.values(), Score(name)))
    return QualityReport(tuple(scores), by_seed, tuple(missed), tuple(wrong))


def _reachable_lines(docs: Sequence[SegmentedDocument], seeds: Mapping[str, str]) -> set[tuple[str, int]]:
    lines = set()
    for doc in docs:
        seed = seeds[doc.meta.slug]
        spans = [(p.line_start, p.line_end) for p in doc.passages]
        spans += [(b.line_start, b.line_end) for b in doc.document.blocks if b.kind == "heading"]
        lines |= {(seed, n) for a, b in spans for n in range(a, b + 1)}
    return lines


def _instrument_units(cites: Sequence[Citation], passages: Mapping[str, Any]) -> list[_Unit]:
    units = {}
    for c in cites:
        seed, passage = passages[c.passage_id]
        key = (c.passage_id, c.heading, c.basis, c.start, c.end)
        units.setdefault(key, _Unit(seed, c.basis, c.line, _lines(c, passage), f"{c.passage_id}: {c.text!r}"))
    return list(units.values())


def _provision_units(cites: Sequence[Citation], passages: Mapping[str, Any]) -> list[_Unit]:
    units = {}
    for c in cites:
        if c.provision is None:
            continue
        seed, passage = passages[c.passage_id]
        provision = (c.provision.type, _number(c.provision.number))
        key = (c.passage_id, c.heading, c.basis, c.start, provision)
        units.setdefault(key, _Unit(seed, c.basis, c.line, _lines(c, passage),
                                    f"{c.passage_id}: {c.text!r} {c.provision.label}", provision))
    return list(units.values())


def _lines(c: Citation, passage: Any) -> tuple[int, int]:
    return (c.line, c.line) if c.heading else (passage.line_start, passage.line_end)


def _instrument_items(rows: Sequence[GoldCitation]) -> list[_Item]:
    return [_Item(r, r.mention in STRICT_KINDS) for r in rows if r.mention in STRICT_KINDS | LOOSE_KINDS]


def _provision_items(rows: Sequence[GoldCitation]) -> list[_Item]:
    items = []
    for row in rows:
        for provision, written in gold_provisions(row):
            items.append(_Item(row, written and row.mention in STRICT_KINDS, provision))
    return items


def gold_provisions(row: GoldCitation) -> list[tuple[tuple[str, str], bool]]:
    """The provisions of a gold row, each with whether the quote writes its number."""
    text = (row.provision or "").strip()
    found = find_provisions(text)
    if not found or found[0].start != 0:
        return []
    quote = _number(row.quote)
    result = []
    for kind, number in found[0].items:
        number = _number(number)
        head = re.match(r"[^(]+", number)
        if not _writes(quote, number) and head and _writes(quote, head.group()):
            number = head.group()  # "article 8(1)" quoted as "Article 8": scored as article 8
        result.append(((kind, number), _writes(quote, number)))
    return result


def _number(text: str) -> str:
    return normalise_number(text.replace("\\", "")).lower()


def _writes(quote: str, number: str) -> bool:
    return re.search(rf"(?<![\d]){re.escape(number)}(?![\d])", quote) is not None


def _match(name: str, units: Sequence[_Unit], items: Sequence[_Item], reachable: set[tuple[str, int]],
           missed: list[str], wrong: list[str]) -> dict[str, Score]:
    """One-to-one matching, citations on their own line first, then within their passage."""
    taken: set[int] = set()
    outcome: dict[int, str] = {}
    for exact in (True, False):
        for i, unit in enumerate(units):
            if i not in outcome:
                j = _candidate(unit, items, taken, exact)
                if j is not None:
                    taken.add(j)
                    outcome[i] = "tp" if items[j].strict else "neutral"
    seeds = {u.seed for u in units} | {it.row.seed for it in items}
    counts = {s: {"tp": 0, "fp": 0, "fn": 0, "unreachable": 0} for s in seeds}
    for i, unit in enumerate(units):
        result = outcome.get(i, "fp")
        if result != "neutral":
            counts[unit.seed][result] += 1
        if result == "fp":
            wrong.append(f"{name}: {unit.label} -> {unit.target} {unit.provision or ''}")
    for j, item in enumerate(items):
        if item.strict and j not in taken:
            place = "fn" if (item.row.seed, item.row.line) in reachable else "unreachable"
            counts[item.row.seed][place] += 1
            missed.append(f"{name} [{place}]: {item.row.seed} l.{item.row.line} {item.row.quote!r} -> "
                          f"{item.row.target} {item.provision or ''}")
    return {s: Score(name, **c) for s, c in counts.items()}


def _candidate(unit: _Unit, items: Sequence[_Item], taken: set[int], exact: bool) -> int | None:
    best = None
    for j, item in enumerate(items):
        row = item.row
        same = (row.seed, row.target, item.provision) == (unit.seed, unit.target, unit.provision)
        if j in taken or not same:
            continue
        if exact and row.line != unit.line:
            continue
        if not exact and not unit.lines[0] <= row.line <= unit.lines[1]:
            continue
        rank = (not item.strict, abs(row.line - unit.line))
        if best is None or rank < best[0]:
            best = (rank, j)
    return best[1] if best else None


# ---------------------------------------------------------------------------------------------
# The other kinds: myths, principle sets, case examples, jurisdictions, guidance cited

def score_myths(extraction: Extraction, seeds: Mapping[str, str], gold: Mapping[str, Any]) -> list[Score]:
    """Myth statements per seed with a 'No' answer, and one concept per myth across seeds."""
    statements = gold["myths"]["statements"]
    wanted = {(seed, c) for seed, concepts in gold["myths"]["by_seed"].items() for c in concepts}
    matched: list[tuple[str, str] | None] = []
    concept_ids: dict[str, set[str]] = {}
    for myth in extraction.myths:
        concept = max(statements, key=lambda c: overlap(statements[c], myth.statement))
        answered = myth.answer.strip().lower().startswith("no")
        ok = answered and overlap(statements[concept], myth.statement) >= 0.5
        matched.append((seeds.get(myth.document, myth.document), concept) if ok else None)
        if ok:
            concept_ids.setdefault(concept, set()).add(myth.concept)
    aligned = [c for c, ids in concept_ids.items() if len(ids) == 1]
    return [units_score("myths (statement + answer)", matched, wanted),
            units_score("myths (one concept per myth)", aligned, set(statements))]


def score_principles(extraction: Extraction, seeds: Mapping[str, str],
                     gold: Mapping[str, Any]) -> list[Score]:
    """Golden rules aligned to their rules, Caldicott's, the principles, the 2005 key principles."""
    sets = gold["principle_sets"]
    checks = _principle_checks(sets)
    scores = []
    for set_id, check in checks.items():
        wanted = {(seed, n) for seed, spec in sets[set_id]["by_seed"].items()
                  for n in range(1, _count(spec["items"]) + 1)}
        found = [(seeds.get(p.document, p.document), p.number) if check(p.number, p.text) else None
                 for p in extraction.principles if p.set_id == set_id]
        scores.append(units_score(f"principles: {set_id}", found, wanted))
    findings = [(seeds.get(f.document, f.document), f.set_id, f.announced, f.listed)
                for f in extraction.findings]
    expected = {(seed, set_id, _NUMBERS.get(spec["heading_says"], 0), spec["items"])
                for set_id, s in sets.items() for seed, spec in s["by_seed"].items()
                if "heading_says" in spec}
    return [*scores, units_score("principles: count findings", findings, expected)]


def _principle_checks(sets: Mapping[str, Any]) -> dict[str, Callable[[int, str], bool]]:
    """Per set, whether statement n reads as principle n: the golden rules by their key words."""
    keys = [words(k) for k in sets["seven-golden-rules"]["rule_keys"]]
    names = [n for spec in sets["information-sharing-principles"]["by_seed"].values() for n in spec["items"]]

    def golden(n: int, text: str) -> bool:
        return 1 <= n <= len(keys) and len(keys[n - 1] & words(text)) >= len(keys[n - 1]) / 2

    def named(n: int, text: str) -> bool:
        return 1 <= n <= len(names) and overlap(names[n - 1], text) == 1

    return {"seven-golden-rules": golden, "caldicott-principles": lambda n, text: n >= 1,
            "information-sharing-principles": named, "key-principles-2005": lambda n, text: n >= 1}


_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _count(items: int | Sequence[str]) -> int:
    return items if isinstance(items, int) else len(items)


def score_cases(extraction: Extraction, seeds: Mapping[str, str], gold: Mapping[str, Any]) -> list[Score]:
    """The numbered case examples, then their parts (setting, section, scenario, advice, outcome)."""
    spec = gold["case_examples"]
    items = {item["n"]: item for item in spec["items"]}
    units, parts = [], Score("case examples: parts")
    for case in extraction.case_examples:
        item = items.get(case.number) if seeds.get(case.document) == spec["seed"] else None
        if item is None or not words(item["starts"]) <= words(" ".join(case.scenario.split()[:12])):
            units.append(None)
            continue
        units.append(case.number)
        present = [overlap(item["setting"], case.setting) >= 0.5, case.section == item["section"],
                   bool(case.scenario), bool(case.advice), bool(case.outcome_if_shared)]
        parts += Score(parts.name, sum(present), 0, len(present) - sum(present))
    return [units_score("case examples", units, set(items)), parts]


def score_jurisdictions(extraction: Extraction, docs: Sequence[SegmentedDocument],
                        seeds: Mapping[str, str], gold: Mapping[str, Any]) -> Score:
    """Nations and local areas per seed: the documents' metadata plus the nation passages found."""
    wanted = {(seed, _place(p)) for seed, spec in gold["jurisdictions"].items()
              for p in [*spec.get("covers", ()), *spec.get("local_areas", ())]}
    doc_of = _documents_of_passages(docs)
    found = {(seeds[d.meta.slug], _place(p)) for d in docs
             for p in (*d.meta.jurisdictions, *d.meta.local_areas)}
    found |= {(seeds[doc_of[n.passage_id]], _place(n.jurisdiction))
              for n in extraction.nations if n.passage_id in doc_of}
    return units_score("jurisdictions", sorted(found), wanted)


def _place(name: str) -> str:
    return name.lower().replace("-", " ").strip()


def _documents_of_passages(docs: Sequence[SegmentedDocument]) -> dict[str, str]:
    return {p.id: d.meta.slug for d in docs for p in d.passages}


def score_guidance(extraction: Extraction, docs: Sequence[SegmentedDocument], seeds: Mapping[str, str],
                   gold: Sequence[GoldCitation], extraction_gold: Mapping[str, Any],
                   legal_bases: set[str]) -> list[Score]:
    """Guidance cited per seed, and the titles gold names.

    Wanted: the category B rows of guidance (catalog ids). Other documents of category C
    (reports, local protocols: "other:Laming Inquiry/Report") are neutral: a reference matching
    one by title is not counted wrong, and none is missed.
    """
    wanted = {(r.seed, r.target) for r in gold
              if r.category == "B" and r.target not in legal_bases and r.mention != "implicit"}
    others = [(r.seed, f"{r.target[6:]} {r.quote}") for r in gold
              if r.category == "C" and r.target.startswith("other:")]
    doc_of = _documents_of_passages(docs)
    found = sorted({(seeds[doc_of[pid]], ref.id, ref.title) for ref in extraction.guidance
                    for pid in ref.passage_ids if pid in doc_of})
    units = [(seed, ref_id) for seed, ref_id, title in found if (seed, ref_id) in wanted
             or not any(s == seed and overlap(title, other) >= 0.6 for s, other in others)]
    titles = [ref.title for ref in extraction.guidance]
    examples = extraction_gold["guidance_cited"]["examples"]
    hits = sum(any(overlap(example, t) >= 0.6 for t in titles) for example in examples)
    return [units_score("guidance cited (seed, document)", units, wanted),
            Score("guidance cited (gold titles)", hits, 0, len(examples) - hits)]


# ---------------------------------------------------------------------------------------------
# Everything


def evaluate(extraction: Extraction, docs: Sequence[SegmentedDocument], legal_bases: Iterable[str],
             gold_dir: Path | None = None) -> QualityReport:
    """Score an extraction of the bundled corpus against all the gold; see the module docstring."""
    gold_dir = gold_dir or GOLD_DIR
    citations_gold = load_citation_gold(gold_dir / "legislation_citations.jsonl")
    extraction_gold = load_extraction_gold(gold_dir / "extraction_gold.json")
    legal = set(legal_bases)
    legal_report = score_citations(extraction, docs, citations_gold, legal)
    by_slug = seed_files(docs, {r.seed for r in citations_gold})
    others = [*score_myths(extraction, by_slug, extraction_gold),
              *score_principles(extraction, by_slug, extraction_gold),
              *score_cases(extraction, by_slug, extraction_gold),
              score_jurisdictions(extraction, docs, by_slug, extraction_gold),
              *score_guidance(extraction, docs, by_slug, citations_gold, extraction_gold, legal)]
    return QualityReport((*legal_report.scores, *others), legal_report.by_seed, legal_report.missed,
                         legal_report.wrong)


def format_report(report: QualityReport) -> str:
    """The scores as a plain-text table, legal citations per seed below."""
    header = f"{'kind':<44} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'R(all)':>7}"
    lines = [header, "-" * len(header)]
    lines += [_row(s.name, s) for s in report.scores]
    for name, scores in report.by_seed.items():
        lines += ["", f"{name} by seed", "-" * len(header)]
        lines += [_row(f"  {seed}", score) for seed, score in scores.items()]
    return "\n".join(lines)


def _row(label: str, s: Score) -> str:
    rates = f"{s.precision:>6.3f} {s.recall:>6.3f} {s.recall_all:>7.3f}"
    return f"{label:<44} {s.tp:>4} {s.fp:>4} {s.fn:>4} {rates}"

