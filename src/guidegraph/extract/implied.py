"""The phrases of `ontology/implied.ttl`: terms of art that imply a legal basis or one of its
provisions ("private fostering" -> Children Act 1989 s66), with a provision's own extent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

IMPLIED_FILE = "implied.ttl"


@dataclass(frozen=True)
class ImpliedPhrase:
    """A phrase whose use implies a legal basis, perhaps a provision ("private fostering")."""

    phrase: str
    basis_iri: str
    provision: tuple[str, str] | None = None  # (type, number)
    extent: str = ""  # the provision's own extent when narrower than its Act's ("E": s17 in England only)


def load_implied(ontology_dir: Path | None = None) -> tuple[ImpliedPhrase, ...]:
    """The phrases of `ontology/implied.ttl` (gg:impliedBy on legal bases and provisions)."""
    from guidegraph.resources import data_dir

    path = (ontology_dir if ontology_dir is not None else data_dir("ontology")) / IMPLIED_FILE
    return _read_implied(path.resolve()) if path.is_file() else ()


@lru_cache(maxsize=4)
def _read_implied(path: Path) -> tuple[ImpliedPhrase, ...]:
    from rdflib import Graph

    from guidegraph.vocab import GG

    graph = Graph().parse(path, format="turtle")
    phrases = []
    for node, phrase in sorted(graph.subject_objects(GG.impliedBy)):
        basis = graph.value(node, GG.provisionOf)
        provision = None
        if basis is not None:
            provision = (str(graph.value(node, GG.provisionType)),
                         str(graph.value(node, GG.provisionNumber)))
        extent = graph.value(node, GG.extent)
        phrases.append(ImpliedPhrase(str(phrase), str(basis if basis is not None else node), provision,
                                     str(extent) if extent is not None else ""))
    return tuple(phrases)
