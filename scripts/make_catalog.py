"""Regenerate ontology/legislation.ttl from ontology/legislation.json.

Run from anywhere: `.venv/bin/python scripts/make_catalog.py`. The output is deterministic, so
an unchanged legislation.json gives a byte-identical legislation.ttl (tests check it is current).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import Graph

from guidegraph.catalog import CATALOG_FILE, JURISDICTIONS_FILE, catalog_graph, catalog_turtle

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


def main(ontology_dir: Path = ONTOLOGY) -> int:
    """Read legislation.json and jurisdictions.ttl, write legislation.ttl; return an exit code."""
    records = json.loads((ontology_dir / "legislation.json").read_text(encoding="utf-8"))
    jurisdictions = Graph().parse(ontology_dir / JURISDICTIONS_FILE, format="turtle")
    text = catalog_turtle(catalog_graph(records, jurisdictions))
    target = ontology_dir / CATALOG_FILE
    temporary = target.with_suffix(".ttl.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    print(f"wrote {len(records)} catalog entries to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
