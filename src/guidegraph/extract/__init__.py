"""Extraction: from segmented documents to the entities of the knowledge graph, with evidence.

Each recogniser lives in its own module; this one runs them per document (so a document's
findings can be cached by its content hash) and joins what needs the whole corpus (the concepts
myths share across documents).
A large corpus's documents are shared out between two processes (`extract_documents`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import align_myths, document_myths
from guidegraph.extract.nations import find_nations
from guidegraph.extract.principle_mentions import find_principle_mentions
from guidegraph.extract.principles import (
    PrincipleSet,
    find_principles,
    load_principle_sets,
)
from guidegraph.extract.terms import TermVocabulary, find_terms, load_terms
from guidegraph.forking import can_fork, worker_start
from guidegraph.model import CaseExample, Citation, Extraction, LegalBasisRef, SegmentedDocument


@dataclass(frozen=True)
class Extractors:
    """The reference data every recogniser needs, loaded once per build."""

    catalog: Catalog
    terms: TermVocabulary
    principle_sets: tuple[PrincipleSet, ...]
    ontology_dir: Path | None = None


def load_extractors(catalog: Catalog, ontology_dir: Path | None = None) -> Extractors:
    """Load the vocabularies the recognisers read from `ontology/`."""
    return Extractors(catalog, load_terms(ontology_dir), load_principle_sets(ontology_dir), ontology_dir)


def extract_document(doc: SegmentedDocument, extractors: Extractors) -> Extraction:
    """Everything found in one document; its myths are not yet aligned with other documents'."""
    citations, uncatalogued = find_citations(doc, extractors.catalog)
    principles, findings = find_principles(doc, extractors.principle_sets)
    terms = find_terms(doc, extractors.terms)
    nations = find_nations(doc)
    cases = [_with_legal_bases(case, citations) for case in find_case_examples(doc, extractors.terms, terms)]
    return Extraction(
        legal_bases=tuple(uncatalogued),
        citations=tuple(citations),
        guidance=tuple(find_guidance(doc, extractors.catalog, nations)),
        principles=tuple(principles),
        principle_mentions=tuple(find_principle_mentions(doc, extractors.principle_sets, principles)),
        myths=tuple(document_myths(doc)),
        findings=tuple(findings),
        case_examples=tuple(cases),
        terms=tuple(terms),
        nations=tuple(nations),
    )


def extract_corpus(
    docs: Sequence[SegmentedDocument],
    extractors: Extractors,
    per_document: Sequence[Extraction] | None = None,
) -> Extraction:
    """Join per-document extractions (computed here unless given) and align myths across documents."""
    parts = list(per_document) if per_document is not None else extract_documents(docs, extractors)
    merged = merge(parts)
    return replace(merged, myths=tuple(align_myths(merged.myths)))


# Below this many documents a worker process costs more than it saves.
PARALLEL_FROM = 20
# What forked workers extract from: set in the parent just before forking, inherited.
_FORKED: tuple[Sequence[SegmentedDocument], Extractors] | None = None


def extract_documents(
    docs: Sequence[SegmentedDocument], extractors: Extractors, processes: int | None = None
) -> list[Extraction]:
    """`extract_document` of each document, in order; many documents are shared out between
    `processes` (default: two) worker processes forked from this one, which inherit the
    documents and the compiled recognisers, so only the findings travel back."""
    if processes is None:
        processes = 1 if len(docs) < PARALLEL_FROM else min(2, os.cpu_count() or 1)
    if processes < 2 or len(docs) < 2 or not can_fork():
        return [extract_document(d, extractors) for d in docs]
    first = extract_document(docs[0], extractors)  # compiles the recognisers once, before forking
    global _FORKED
    _FORKED = (docs, extractors)
    gc.freeze()  # the workers' garbage collections then leave the inherited objects' pages shared
    try:
        with multiprocessing.get_context("fork").Pool(processes, initializer=worker_start) as pool:
            # Small chunks: documents differ twentyfold in size, and pool.map's default chunk (an
            # eighth of them) could leave one worker idle for seconds at the end.
            return [first, *pool.map(_extract_forked, range(1, len(docs)), chunksize=4)]
    finally:
        gc.unfreeze()
        _FORKED = None


def _extract_forked(index: int) -> Extraction:
    assert _FORKED is not None, "an extraction worker must be forked from extract_documents"
    docs, extractors = _FORKED
    return extract_document(docs[index], extractors)


def merge(parts: Sequence[Extraction]) -> Extraction:
    """Concatenate extractions, keeping one uncatalogued instrument per id."""
    bases: dict[str, LegalBasisRef] = {}
    for part in parts:
        for basis in part.legal_bases:
            bases.setdefault(basis.id, basis)
    return Extraction(
        legal_bases=tuple(bases[k] for k in sorted(bases)),
        citations=tuple(c for p in parts for c in p.citations),
        guidance=tuple(g for p in parts for g in p.guidance),
        principles=tuple(s for p in parts for s in p.principles),
        principle_mentions=tuple(m for p in parts for m in p.principle_mentions),
        findings=tuple(f for p in parts for f in p.findings),
        myths=tuple(m for p in parts for m in p.myths),
        case_examples=tuple(c for p in parts for c in p.case_examples),
        terms=tuple(t for p in parts for t in p.terms),
        nations=tuple(n for p in parts for n in p.nations),
    )


def _with_legal_bases(case: CaseExample, citations: Sequence[Citation]) -> CaseExample:
    """A case example rests on the legal bases cited or implied in its own passages (not on law
    they say does not apply)."""
    own = set(case.passage_ids)
    cited = [c for c in citations if c.passage_id in own and not c.negation]
    bases = tuple(dict.fromkeys(c.basis for c in cited))
    provisions = tuple(dict.fromkeys(c.provision for c in cited if c.provision is not None))
    return replace(case, legal_bases=bases, provisions=provisions)
