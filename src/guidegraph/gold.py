"""The gold standard of the bundled corpus, as `quality` reads it, and the arithmetic of scores.

`tests/data/legislation_citations.jsonl` holds every legal citation of the five seed files, one
row per mention; `tests/data/extraction_gold.json` what a careful reader finds besides (myths,
principle sets, case examples, jurisdictions, guidance cited). Both name the seed files the
bundled corpus was made from; `seed_files` maps corpus documents back to them.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidegraph.model import SegmentedDocument

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

STRICT_KINDS = frozenset({"explicit", "short-title", "anaphoric", "provision-only"})
LOOSE_KINDS = frozenset({"implicit", "title-embedded"})
GOLD_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"


@dataclass(frozen=True)
class GoldCitation:
    """One row of legislation_citations.jsonl."""

    seed: str
    line: int
    quote: str
    target: str
    provision: str | None
    mention: str
    category: str
    note: str = ""


@dataclass(frozen=True)
class Score:
    """Counts of one kind: true positives, false positives, false negatives."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    unreachable: int = 0  # gold items no passage or heading holds (left out of fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def recall_all(self) -> float:
        """Recall with the unreachable gold items counted as missed."""
        total = self.tp + self.fn + self.unreachable
        return self.tp / total if total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.name, self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.unreachable + other.unreachable)


# ---------------------------------------------------------------------------------------------
# Loading


def load_citation_gold(path: Path | None = None) -> list[GoldCitation]:
    """The rows of legislation_citations.jsonl."""
    path = path or GOLD_DIR / "legislation_citations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [GoldCitation(**{k: r.get(k) for k in GoldCitation.__dataclass_fields__}) for r in rows]


def load_extraction_gold(path: Path | None = None) -> dict[str, Any]:
    """extraction_gold.json as a dict."""
    path = path or GOLD_DIR / "extraction_gold.json"
    return json.loads(path.read_text(encoding="utf-8"))


def seed_files(docs: Sequence[SegmentedDocument], seeds: Iterable[str]) -> dict[str, str]:
    """Document slug -> seed file, from `original_file` in the metadata, else by position."""
    ordered = sorted(set(seeds))
    mapping = {}
    for index, doc in enumerate(docs):
        original = getattr(doc.meta, "original_file", None) or _sidecar_original(doc)
        mapping[doc.meta.slug] = original or (ordered[index] if index < len(ordered) else doc.meta.slug)
    return mapping


def _sidecar_original(doc: SegmentedDocument) -> str | None:
    sidecar = Path(doc.meta.path).with_suffix(".toml")
    if not sidecar.is_file():
        return None
    return tomllib.loads(sidecar.read_text(encoding="utf-8")).get("original_file")


# ---------------------------------------------------------------------------------------------
# Comparing

_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset("a an the and or of to for in on is are be with by as it its".split())


def words(text: str) -> frozenset[str]:
    """Content words, lower case: what titles and statements are compared by."""
    return frozenset(w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _STOP)


def overlap(a: str, b: str) -> float:
    """Share of the smaller word set found in the other (1.0: one contains the other)."""
    x, y = words(a), words(b)
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def units_score(name: str, predicted: Sequence[Any], gold: set[Any]) -> Score:
    """Set scoring of hashable units; a unit predicted twice is one right and one wrong."""
    seen: set[Any] = set()
    tp = fp = 0
    for unit in predicted:
        if unit in gold and unit not in seen:
            tp += 1
        else:
            fp += 1
        seen.add(unit)
    return Score(name, tp, fp, len(gold - seen))
