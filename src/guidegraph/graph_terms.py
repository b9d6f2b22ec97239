"""The graph's terms and literals, each made once: what makes building a large graph fast.

rdflib's namespaces build and check a new URIRef at every attribute access, its Literal
constructor compares each string with every datatype it knows, and its terms compare equal in
Python: so namespaces keep their terms (`_TermsOnce`), IRIs are minted once per argument, texts'
literals are made without the constructor while that gives what it gives (`_PLAIN_AS_RDFLIB`), and
small recurring values are cached. `graph.py` makes its triples of these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from guidegraph import vocab
from guidegraph.vocab import GG, ID, SCHEMA


class _TermsOnce:
    """A namespace whose terms are made once: rdflib's namespaces build and check a new URIRef
    at every attribute access, which was a third of the time spent making the triples."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)  # an unknown name still fails here, as in GG
        setattr(self, name, term)  # found directly from now on
        return term


GG, SCHEMA, RDF, RDFS, SKOS, XSD, DCTERMS, PROV = (
    _TermsOnce(ns) for ns in (GG, SCHEMA, RDF, RDFS, SKOS, XSD, DCTERMS, PROV)
)


def _made_once(mint: Callable[..., URIRef]) -> Callable[..., URIRef]:
    """`mint` (an IRI of the vocabulary) made once per argument: a passage's or a section's IRI
    recurs in many triples, and the store's dictionaries find the same object by identity, where
    an equal one costs rdflib's __eq__ (Python) at each look-up, and making it a URIRef's checks."""
    return lru_cache(maxsize=1 << 18)(mint)


document_iri = _made_once(vocab.document_iri)
section_iri = _made_once(vocab.section_iri)
passage_iri = _made_once(vocab.passage_iri)
jurisdiction_iri = _made_once(vocab.jurisdiction_iri)
area_iri = _made_once(vocab.area_iri)
legal_basis_iri = _made_once(vocab.legal_basis_iri)
provision_iri = _made_once(vocab.provision_iri)
principle_iri = _made_once(vocab.principle_iri)
principle_set_iri = _made_once(vocab.principle_set_iri)


def text_literal(value: str) -> Literal:
    """`Literal(value)` of a plain string, made faster: the graph of a 100x corpus holds 250,000
    texts, and rdflib's constructor compares each with every datatype it knows (in Python)."""
    return _plain_literal(value) if value.__class__ is str and _PLAIN_AS_RDFLIB else Literal(value)


def _plain_literal(value: str) -> Literal:
    """A literal as rdflib's constructor makes one of a plain string: no language, no datatype, the
    string its value."""
    literal = str.__new__(Literal, value)
    literal._language = literal._datatype = literal._ill_typed = None
    literal._value = value
    return literal


def _as_rdflib_makes(made: Literal, value: str) -> bool:
    expected = Literal(value)
    return made == expected and all(getattr(made, slot) == getattr(expected, slot) for slot in Literal.__slots__)


# Another version of rdflib could make them otherwise: `text_literal` then calls its constructor.
_PLAIN_AS_RDFLIB = all(_as_rdflib_makes(_plain_literal(sample), sample)
                       for sample in ("", "a text", "caf\u00e9 \U0001f600"))


catalogued_iri = _made_once(URIRef)  # a catalog entry's IRI, as written in the catalog


@_made_once
def term_iri(term: str) -> URIRef:
    """A term of the vocabulary (a role, an agency, a purpose), which passages mention."""
    return ID[f"term/{term}"]


@lru_cache(maxsize=1 << 16, typed=True)
def small_literal(value: int | str) -> Literal:
    """The literal of a value that recurs in every passage (a line number, a kind): made once."""
    return Literal(value)
