"""Score a question file (the format of tests/data/public.json) against a build.

Sections and their rules (the file's `about` states them too):
- which_act: `expect` titles; a hit@k when one of them is among the top k legal bases (a title
  matches a basis whose title contains it, or one of whose aliases it is).
- myths: `keywords`; a hit when the top myth's statement contains every keyword.
- passages, passages_hard: `phrases`; a passage is relevant when its full text contains one of
  them (case, whitespace and quote style ignored); hit@5 and MRR@10 over the top 10 passages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guidegraph.analysis import fold_quotes
from guidegraph.answers import Answers
from guidegraph.errors import GuidegraphError

Result = dict[str, Any]
SECTIONS = ("which_act", "myths", "passages", "passages_hard")
# The list of strings each section's questions carry besides "q".
EXPECTED = {"which_act": "expect", "myths": "keywords", "passages": "phrases", "passages_hard": "phrases"}


def load_questions(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The sections of a question file, every question checked; unknown sections are ignored."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GuidegraphError(f"{path}: cannot read the question file ({error})") from None
    if not isinstance(data, dict) or not any(isinstance(data.get(s), list) for s in SECTIONS):
        raise GuidegraphError(f"{path}: no question sections (expected one of {', '.join(SECTIONS)})")
    sections = {s: data[s] for s in SECTIONS if isinstance(data.get(s), list)}
    for section, items in sections.items():
        for number, item in enumerate(items, 1):
            problem = _question_problem(section, item)
            if problem:
                raise GuidegraphError(f"{path}: {section} question {number}: {problem}")
    return sections


def _question_problem(section: str, item: Any) -> str | None:
    """What is wrong with one question of `section`, or None."""
    key = EXPECTED[section]
    example = f'{{"q": "...", "{key}": ["..."]}}'
    if not isinstance(item, dict):
        return f"expected an object like {example}"
    if not isinstance(item.get("q"), str) or not item["q"].strip():
        return f'"q" must be the question, a non-empty string, as in {example}'
    values = item.get(key)
    if not isinstance(values, list) or not values or not all(isinstance(v, str) and v.strip() for v in values):
        return f'"{key}" must be a non-empty list of strings, as in {example}'
    return None


def normalise(text: str) -> str:
    """Lower case, straight quotes, single spaces: how phrases and titles are compared."""
    return re.sub(r"\s+", " ", fold_quotes(text)).strip().lower()


def evaluate(answers: Answers, questions: dict[str, list[dict[str, Any]]],
             source: Path | None = None) -> dict[str, Result]:
    """Per section: counts, rates and one row per question; an error names the question (and `source`)."""
    scorers: dict[str, Callable[[Answers, dict[str, Any]], Result]] = {
        "which_act": _which_act,
        "myths": _myth,
        "passages": _passages,
        "passages_hard": _passages,
    }
    report = {}
    for section, items in questions.items():
        rows = []
        for number, item in enumerate(items, 1):
            try:
                rows.append({"q": item["q"], **scorers[section](answers, item)})
            except GuidegraphError as error:  # say which question, not only what was wrong with it
                where = f"{source}: " if source is not None else ""
                error.message = f"{where}{section} question {number}: {error.message}"
                raise
        report[section] = _summary(section, rows)
    return report


def _which_act(answers: Answers, item: dict[str, Any]) -> Result:
    results = answers.which_act(item["q"], limit=10)
    expected = [normalise(title) for title in item["expect"]]
    rank = next((i for i, r in enumerate(results, 1) if _title_matches(r, expected)), None)
    return {"rank": rank, "got": [r["title"] for r in results[:3]]}


def _title_matches(result: dict[str, Any], expected: list[str]) -> bool:
    title = normalise(result["title"])
    aliases = {normalise(a) for a in result.get("aliases", [])}
    return any(e in title or e in aliases for e in expected)


def _myth(answers: Answers, item: dict[str, Any]) -> Result:
    results = answers.myths(item["q"], limit=1)
    statement = normalise(results[0]["myth"]) if results else ""
    hit = bool(results) and all(normalise(k) in statement for k in item["keywords"])
    return {"rank": 1 if hit else None, "got": [results[0]["myth"]] if results else []}


def _passages(answers: Answers, item: dict[str, Any]) -> Result:
    hits = answers.search(item["q"], kind="passage", limit=10)
    phrases = [normalise(p) for p in item["phrases"]]
    rank = next((i for i, h in enumerate(hits, 1) if any(p in normalise(h["text"]) for p in phrases)), None)
    return {"rank": rank, "got": [h["passage_id"] for h in hits[:3]]}


def _summary(section: str, rows: list[Result]) -> Result:
    n = len(rows)
    ranks = [r["rank"] for r in rows]

    def hits(k: int) -> int:
        return sum(1 for rank in ranks if rank is not None and rank <= k)

    if section == "which_act":
        metrics = {"hit@1": hits(1), "hit@3": hits(3)}
    elif section == "myths":
        metrics = {"hit@1": hits(1)}
    else:
        mrr = sum(1.0 / rank for rank in ranks if rank is not None and rank <= 10) / n if n else 0.0
        metrics = {"hit@5": hits(5), "mrr@10": round(mrr, 3)}
    return {"questions": n, **metrics, "rows": rows}


def format_report(report: dict[str, Result], details: bool = False) -> str:
    """The scores as text, one line per section (and per missed question with `details`)."""
    lines = []
    for section, result in report.items():
        n = result["questions"]
        scores = ", ".join(f"{k} {v}" if k.startswith("mrr") else f"{k} {v}/{n}"
                           for k, v in result.items() if k not in ("questions", "rows"))
        lines.append(f"{section:14} {scores}")
        if details:
            for row in result["rows"]:
                mark = "miss" if row["rank"] is None else f"#{row['rank']}"
                lines.append(f"    {mark:5} {row['q']}  -> {'; '.join(str(g) for g in row['got'])}")
    return "\n".join(lines)
