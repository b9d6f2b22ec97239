"""The values that flow between pipeline stages: documents, blocks, sections and passages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item"]
PublishMode = Literal["full", "excerpts"]


@dataclass(frozen=True)
class Metadata:
    """What the corpus says about a document (sidecar TOML or front matter)."""

    slug: str
    title: str
    publisher: str
    date: str  # "2015" or an ISO date "2024-10-30"
    jurisdictions: tuple[str, ...]
    local_areas: tuple[str, ...]
    source_url: str
    rights: str
    publish: PublishMode
    path: Path  # the corpus file this describes

    @property
    def year(self) -> int:
        return int(self.date[:4])


# A metadata value a document's file did not give (its metadata was taken from its text).
UNRECORDED = "not recorded"


@dataclass(frozen=True)
class Property:
    """One value a file records of itself, and where, for the warning ("the page's <title>")."""

    value: str
    origin: str


@dataclass(frozen=True)
class FileProperties:
    """What a file records of itself beside its text (a page's <title> and <meta>, a PDF's or a Word
    file's document properties), used for a document that came with no metadata; None where a value
    is absent or junk ("Microsoft Word - draft.docx", a person as author)."""

    title: Property | None = None
    date: Property | None = None  # as Metadata.date: "2024" or an ISO date "2024-03-15"
    publisher: Property | None = None
    source_url: Property | None = None  # the address a page was saved from


@dataclass(frozen=True)
class Block:
    """One unit of a document as read: a heading, a paragraph or a list item.

    `number` is a section or paragraph number printed in the text ("4.11", "2", "Appendix 1");
    `marker` is a list item's bullet or number ("•", "-", "1", "ii").
    Line numbers are 1-based and inclusive, in the source file.
    """

    kind: BlockKind
    text: str
    line_start: int
    line_end: int
    level: int = 0  # heading level, 1 = top
    number: str | None = None
    marker: str | None = None


@dataclass(frozen=True)
class Document:
    """A corpus document after reading: its metadata and its blocks in order."""

    meta: Metadata
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    masthead: tuple[str, ...] = ()  # the organisation's name etc. read above the title, which heads no section


@dataclass(frozen=True)
class Section:
    """A node of a document's section tree."""

    id: str  # unique in the corpus: "<slug>/<key>"
    key: str  # unique in the document: "4.11", "app1-2.1", "s3"
    number: str | None
    title: str
    level: int
    parent: str | None  # id of the parent section, None at the top
    line_start: int
    line_end: int
    ordinal: int  # position in the document's section order


@dataclass(frozen=True)
class Passage:
    """The unit of evidence: a paragraph, or a list with its lead-in sentence."""

    id: str  # "<slug>/<section key>/p<n>"
    document: str  # slug
    section: str | None  # section id
    ordinal: int  # position in the document
    text: str
    line_start: int
    line_end: int
    kind: Literal["paragraph", "list", "item"] = "paragraph"
    items: tuple[str, ...] = ()  # list items' text when kind == "list"
    markers: tuple[str, ...] = ()  # their markers, same order


@dataclass(frozen=True)
class SegmentedDocument:
    """A document with its section tree and passages."""

    document: Document
    sections: tuple[Section, ...]
    passages: tuple[Passage, ...]
    blocks_by_passage: dict[str, tuple[Block, ...]] = field(default_factory=dict, compare=False)

    @property
    def meta(self) -> Metadata:
        return self.document.meta


# ---------------------------------------------------------------------------------------------
# What extraction finds. Every item carries the passage ids it comes from (its evidence).


@dataclass(frozen=True)
class LegalBasisRef:
    """A legal basis as extraction knows it: a catalog id, or an uncatalogued instrument."""

    id: str  # catalog id ("children-act-1989") or "uncatalogued-<slug>"
    title: str
    catalogued: bool = True
    type: str | None = None  # ukpga, uksi, ... for uncatalogued instruments guessed from the text
    year: int | None = None


@dataclass(frozen=True)
class ProvisionRef:
    """A provision of a legal basis: ("children-act-1989", "section", "47")."""

    basis: str  # LegalBasisRef.id
    type: str  # section, article, schedule, part, regulation, direction, paragraph
    number: str  # "47", "201(3)(d)", "59-66"

    @property
    def label(self) -> str:
        return f"{self.type} {self.number}"


@dataclass(frozen=True)
class Citation:
    """One mention of a legal basis (and perhaps a provision) in a passage."""

    passage_id: str
    basis: str  # LegalBasisRef.id
    provision: ProvisionRef | None
    text: str  # exact span as written
    start: int  # offsets in the passage text (in the section title when `heading` is set)
    end: int
    kind: str  # explicit, short-title, anaphoric, provision-only, implicit
    line: int  # source line of the span
    note: str = ""
    heading: str | None = None  # section id when the span is in that section's heading, not the passage
    negation: str = ""  # the words saying the law does not apply ("has been repealed"): no support


@dataclass(frozen=True)
class GuidanceRef:
    """A guidance document the corpus points to (Working Together 2023, ICO code, ...)."""

    id: str  # catalog id or slug of the title
    title: str
    publisher: str | None
    year: int | None
    passage_ids: tuple[str, ...]
    jurisdictions: tuple[str, ...] = ()  # nations it is listed under ("In Scotland, see:")


@dataclass(frozen=True)
class PrincipleStatement:
    """One document's wording of one principle."""

    set_id: str  # seven-golden-rules, caldicott-principles, information-sharing-principles, ...
    number: int  # 1-based position = the principle concept within its set
    text: str
    document: str
    passage_id: str
    line: int


@dataclass(frozen=True)
class PrincipleMention:
    """A passage's reference to one principle by its number ("the seventh Caldicott principle")."""

    set_id: str
    number: int  # the principle concept within its set
    text: str  # the words that refer to it
    document: str
    passage_id: str
    line: int


@dataclass(frozen=True)
class CountFinding:
    """A heading whose announced count disagrees with its list."""

    set_id: str
    document: str
    passage_id: str
    heading: str
    announced: int
    listed: int


@dataclass(frozen=True)
class MythStatement:
    """One document's wording of a myth, with its answer."""

    concept: str  # myth concept id shared across documents
    statement: str
    answer: str
    verdict: str  # "no", "yes", "partly"
    document: str
    passage_id: str  # where the statement is
    answer_passage_id: str
    kind: str = "myth"  # "myth" or "question" (Q&A pages)


@dataclass(frozen=True)
class CaseExample:
    """A numbered worked case example with its parts."""

    document: str
    number: int
    setting: str
    section: str | None  # section number, "8.11"
    scenario: str
    advice: str
    outcome_if_shared: str
    outcome_if_not_shared: str
    passage_ids: tuple[str, ...]
    roles: tuple[str, ...] = ()  # term ids
    agencies: tuple[str, ...] = ()
    legal_bases: tuple[str, ...] = ()  # LegalBasisRef ids
    provisions: tuple[ProvisionRef, ...] = ()


@dataclass(frozen=True)
class TermMention:
    """A passage naming a role, agency or purpose from the controlled vocabulary."""

    passage_id: str
    term: str  # term id in ontology/terms.ttl
    text: str


@dataclass(frozen=True)
class NationPassage:
    """A passage specific to one nation ("In Scotland, see: ...")."""

    passage_id: str
    jurisdiction: str  # england, wales, scotland, northern-ireland, uk


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in the corpus."""

    legal_bases: tuple[LegalBasisRef, ...] = ()  # uncatalogued ones (catalogued come from the catalog)
    citations: tuple[Citation, ...] = ()
    guidance: tuple[GuidanceRef, ...] = ()
    principles: tuple[PrincipleStatement, ...] = ()
    principle_mentions: tuple[PrincipleMention, ...] = ()
    findings: tuple[CountFinding, ...] = ()
    myths: tuple[MythStatement, ...] = ()
    case_examples: tuple[CaseExample, ...] = ()
    terms: tuple[TermMention, ...] = ()
    nations: tuple[NationPassage, ...] = ()
