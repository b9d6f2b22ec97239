"""Make a scaled corpus for benchmarks: N perturbed copies of every bundled document.

Each copy gets its own slug and title and light, deterministic perturbation (word swaps on a
share of its lines), so documents differ as real partnerships' procedures differ.

    python benchmarks/scale.py 100 /tmp/corpus-100x
"""

from __future__ import annotations

import random
import re
import shutil
import sys
from pathlib import Path

from guidegraph.resources import data_dir

SWAPS = [
    ("practitioners", "professionals"),
    ("information", "data"),
    ("children", "young people"),
    ("should", "must"),
    ("share", "disclose"),
    ("concerns", "worries"),
    ("agency", "organisation"),
    ("parents", "carers"),
    ("local authority", "council"),
    ("important", "essential"),
]


def perturb(text: str, rng: random.Random, share: float = 0.15) -> str:
    """Swap a few words on about `share` of the lines; keep line count and structure."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and rng.random() < share:
            old, new = rng.choice(SWAPS)
            lines[i] = re.sub(rf"\b{re.escape(old)}\b", new, line, count=1)
    return "\n".join(lines)


def scale_corpus(factor: int, target: Path, source: Path | None = None) -> Path:
    """Write `factor` perturbed copies of each document of `source` (default: bundled) into `target`."""
    source = source or data_dir("corpus")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for document in sorted(p for p in source.iterdir() if p.suffix != ".toml" and not p.name.startswith(".")):
        sidecar = document.with_suffix(".toml").read_text(encoding="utf-8")
        text = document.read_text(encoding="utf-8")
        for copy in range(factor):
            stem = f"{document.stem}-{copy:03d}"
            rng = random.Random(f"{stem}")
            (target / f"{stem}{document.suffix}").write_text(perturb(text, rng) if copy else text, encoding="utf-8")
            meta = re.sub(r'^title = "(.*)"$', rf'title = "\1 (copy {copy})"', sidecar, count=1, flags=re.M)
            meta = re.sub(r'^slug = .*$', "", meta, flags=re.M)
            (target / f"{stem}.toml").write_text(meta, encoding="utf-8")
    return target


if __name__ == "__main__":
    factor = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"benchmarks/out/corpus-{factor}x")
    scale_corpus(factor, out)
    size = sum(p.stat().st_size for p in out.iterdir())
    print(f"{factor}x corpus: {len(list(out.glob('*.toml')))} documents, {size / 1e6:.1f} MB in {out}")
