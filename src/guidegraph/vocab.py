"""guidegraph's own RDF vocabulary, and the IRIs it mints for the things it finds.

Terms are declared here and in `ontology/guidegraph.ttl`; a test keeps the two in step.
Standard vocabularies (dcterms, prov, skos, schema.org, ELI) are used wherever they fit;
only what they lack lives in GG.
"""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/guidegraph/"
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
LEGISLATION = "http://www.legislation.gov.uk/id/"


class GG(DefinedNamespace):
    """guidegraph terms (https://w3id.org/guidegraph/ns#)."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # Classes
    Document: URIRef  # a guidance document of the corpus (also schema:CreativeWork)
    Section: URIRef  # a node of a document's section tree
    Passage: URIRef  # a paragraph or a list with its lead-in: the unit of evidence
    LegalBasis: URIRef  # anything which-act may return: Act, SI, regulation, treaty, common law, code, scheme
    Provision: URIRef  # a section, article, schedule or part of a legal basis
    Citation: URIRef  # one mention of a legal basis or provision in a passage, with its exact text
    Guidance: URIRef  # a guidance document cited by the corpus (not itself a legal basis)
    PrincipleSet: URIRef  # a named set of principles (also skos:ConceptScheme)
    Principle: URIRef  # one principle of a set (also skos:Concept)
    PrincipleStatement: URIRef  # one document's wording of a principle
    Myth: URIRef  # a myth concept shared across documents (also skos:Concept)
    MythStatement: URIRef  # one document's wording of a myth with its answer (also schema:Question)
    CaseExample: URIRef  # a worked case example
    Jurisdiction: URIRef  # England, Wales, Scotland, Northern Ireland, UK
    LocalArea: URIRef  # a local authority or partnership area (skos:broader its jurisdiction)
    Role: URIRef  # a practitioner role (GP, health visitor, ...) (also skos:Concept)
    Agency: URIRef  # an agency or service (police, school, ...) (also skos:Concept)
    Purpose: URIRef  # a purpose of sharing (safeguarding, preventing crime, ...) (also skos:Concept)
    Finding: URIRef  # something a careful reader notices: a count that disagrees, a typo, superseded law

    # Documents, sections, passages
    slug: URIRef  # a document's slug
    publishMode: URIRef  # "full" or "excerpts"
    masthead: URIRef  # the lines above a document's title naming who publishes it, one a line
    localArea: URIRef  # document -> LocalArea
    sectionNumber: URIRef  # the number printed in the text: "4.11"
    sectionKey: URIRef  # the section's key, unique in its document
    level: URIRef  # heading level of a section, 1 = top
    ordinal: URIRef  # position in the document
    lineStart: URIRef  # first source line (1-based)
    lineEnd: URIRef  # last source line (inclusive)
    passageKind: URIRef  # "paragraph", "list" or "item"
    listItem: URIRef  # a list passage's item text, in order (rdf:List not needed: gg:itemIndex on a node)
    itemIndex: URIRef  # a list item node's 1-based position in its list (its text is schema:text)
    section: URIRef  # passage -> Section it sits in
    document: URIRef  # section, passage or statement -> Document

    # Legal bases and provisions
    legalBasisType: URIRef  # ukpga, uksi, eur, treaty, common-law, code, scheme, guidance, uncatalogued
    year: URIRef
    extent: URIRef  # "E+W", "UK", ...
    status: URIRef  # "in force", "repealed", ...
    statusNote: URIRef
    supersededBy: URIRef  # LegalBasis -> LegalBasis
    uncatalogued: URIRef  # true for an instrument found in the text but absent from the catalog
    legislationGovUk: URIRef  # the legislation.gov.uk id, "ukpga/2004/31"
    provisionOf: URIRef  # Provision -> LegalBasis
    provisionType: URIRef  # section, article, schedule, part, regulation, direction, paragraph
    provisionNumber: URIRef  # "47", "201(3)(d)", "59-66"

    # Citations
    citedIn: URIRef  # Citation -> Passage
    refersTo: URIRef  # Citation -> LegalBasis or Provision (the most specific)
    citedText: URIRef  # the exact span as written
    charStart: URIRef  # offset of the span in the passage text
    charEnd: URIRef
    mentionKind: URIRef  # explicit, short-title, anaphoric, provision-only, implicit
    impliedBy: URIRef  # LegalBasis/Provision -> a phrase whose use implies it ("private fostering")
    note: URIRef  # a reader's note: typo resolved, antecedent of an anaphor, ...
    negatedBy: URIRef  # Citation -> the words saying the law does not apply ("has been repealed")
    citesLegalBasis: URIRef  # shortcut Passage/CaseExample/MythStatement -> LegalBasis
    citesProvision: URIRef  # shortcut Passage/CaseExample/MythStatement -> Provision
    citesGuidance: URIRef  # Passage -> Guidance

    # Principles
    principleNumber: URIRef  # the rule's number in its set
    statementOf: URIRef  # PrincipleStatement -> Principle
    mentionsPrinciple: URIRef  # Passage -> Principle it refers to by number ("golden rule 3")
    countInHeading: URIRef  # the number a heading announces ("Seven")
    countOfItems: URIRef  # the number of items actually listed

    # Myths
    mythStatementOf: URIRef  # MythStatement -> Myth
    answerText: URIRef  # the answer's text
    answerPassage: URIRef  # MythStatement -> Passage holding the answer
    verdict: URIRef  # "no", "yes", "partly"
    mythKind: URIRef  # "myth" (myth-busting statement) or "question" (a Q&A page's question)

    # Case examples
    caseNumber: URIRef
    setting: URIRef
    scenario: URIRef
    advice: URIRef
    outcomeIfShared: URIRef
    outcomeIfNotShared: URIRef
    mentionsRole: URIRef  # -> Role
    mentionsAgency: URIRef  # -> Agency
    mentionsPurpose: URIRef  # -> Purpose
    mentionsTerm: URIRef  # Passage/CaseExample -> Role, Agency or Purpose (any term of the vocabulary)

    # Jurisdictions and cited guidance
    appliesTo: URIRef  # Passage or Guidance -> Jurisdiction it is specific to
    publisherName: URIRef  # cited guidance publisher as written
    descriptiveName: URIRef  # how text describes a guidance document: "the GMC's guidance on confidentiality"

    # Findings
    findingType: URIRef  # count-mismatch, typo, superseded-law
    concerns: URIRef  # Finding -> the node it is about

    # Search vocabulary
    synonym: URIRef  # a word people use for a term (on skos:Concept nodes of the synonym scheme)


_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII slug: 'Data Protection Act 2018' -> 'data-protection-act-2018'."""
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


def document_iri(slug: str) -> URIRef:
    return ID[f"document/{slug}"]


def section_iri(section_id: str) -> URIRef:
    return ID[f"section/{section_id}"]


def passage_iri(passage_id: str) -> URIRef:
    return ID[f"passage/{passage_id}"]


def legal_basis_iri(catalog_id: str, legislation_gov_uk: str | None = None) -> URIRef:
    """legislation.gov.uk identifier IRIs for UK legislation; our own for the rest."""
    if legislation_gov_uk:
        return URIRef(LEGISLATION + legislation_gov_uk)
    return ID[f"legal-basis/{catalog_id}"]


def provision_iri(basis: URIRef, provision_type: str, number: str) -> URIRef:
    """`.../ukpga/1989/41/section/47`; nested numbers keep legislation.gov.uk's slashes: 201/3/d.
    legislation.gov.uk has no IRI for a range, so one is written as the slashes of what both ends
    share, then the range of what differs: "59-66" is section/59-66, "47(9)-47(11)" section/47/9-11."""
    first, last = (_number_parts(end) for end in number.partition("-")[::2])
    parts = _range_parts(first, last) if first and last else _number_parts(number)
    return URIRef(f"{basis}/{provision_type}/{'/'.join(parts)}")


def _number_parts(number: str) -> list[str]:
    """"201(3)(d)" -> ["201", "3", "d"]; "1 paragraph 18" -> ["1", "paragraph", "18"]."""
    return [p for p in re.split(r"[()\s]+", number) if p]


def _range_parts(first: list[str], last: list[str]) -> list[str]:
    """The parts both ends share, then "first-last" of the rest, which keeps its brackets where
    more than one part differs ("47(9)-48(2)"): another slash would read as one more level."""
    shared = 0
    while shared < min(len(first), len(last)) - 1 and first[shared] == last[shared]:
        shared += 1
    start, end = (rest[0] + "".join(f"({p})" for p in rest[1:]) for rest in (first[shared:], last[shared:]))
    return [*first[:shared], f"{start}-{end}"]


def jurisdiction_iri(name: str) -> URIRef:
    """`.../id/jurisdiction/northern-ireland` for England, Wales, Scotland, Northern Ireland, UK."""
    return ID[f"jurisdiction/{slugify(name)}"]


def area_iri(name: str) -> URIRef:
    """`.../id/area/cheshire-west-and-chester`: a local authority or partnership area."""
    return ID[f"area/{slugify(name)}"]


def principle_set_iri(set_id: str) -> URIRef:
    """`.../id/principle-set/seven-golden-rules`."""
    return ID[f"principle-set/{set_id}"]


def principle_iri(set_id: str, number: int) -> URIRef:
    """`.../id/principle/seven-golden-rules/7`: rule `number` (1-based) of a set."""
    return ID[f"principle/{set_id}/{number}"]
