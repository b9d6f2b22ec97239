"""Segmenter: a document's blocks become a section tree and passages with stable ids.

Sections open at headings and at numbered paragraphs ("4.11 A duty of confidence ..."). A heading
of level L closes the open sections of level L or deeper; a numbered paragraph opens a section at
the level its number implies ("4" = 2, "4.11" = 3) titled with its first words.

Section keys are URL- and filename-safe: the printed number ("4.11", "appendix-1", "part-a",
"step-2"). When
numbers already used come back (an appendix restarts at 1), the numbered sections of the enclosing
Part / Appendix / Chapter (else top-level section) are all prefixed with its key
("appendix-1-2.1"); a number repeated within one scope gets "-2", "-3". Unnumbered sections are
"s<ordinal>". Text before the first heading belongs to no section; its passages use the key "front".

Passages: each paragraph; a run of list items all at most `LIST_ITEM_MAX` characters is one "list"
passage together with its lead-in (the paragraph right before it, when it ends with ":" or is
short, and does not follow the item numbered just before the run's first: a quiz's answer under its
question leads into no next question); a run holding a longer item (golden rules, principles
written out in full) gives one "item" passage per item. Headings are not passages, except law
listed as headings with nothing under them (an appendix of "statutory powers and duties": "2.6
Learning and Skills Act 2000", "Section 434 (4)"): such a heading, with the empty headings right
above it that open its sections, is a paragraph passage, so the law it names is cited. Ordinals
are 1-based and follow document order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Block, Document, Passage, Section, SegmentedDocument

LIST_ITEM_MAX = 200  # longer items are passages of their own
LEAD_IN_MAX = 200  # a lead-in that does not end with ":" must be this short
TITLE_WORDS = 8  # words of a numbered paragraph used as its section's title
FRONT_KEY = "front"
# A heading naming an instrument ("Learning and Skills Act 2000") or a provision alone ("Section 434 (4)")
_NAMES_LAW = re.compile(r"\b(?:Act|Regulations|Order|Directions|Convention)\b[^.]*\b(?:1[89]|20)\d\d\b|"
                        r"^(?:Sections?|Articles?|Regulations?|Schedule)\s+\d")


@dataclass
class _Draft:
    """A section while the tree is built."""

    key: str  # the slugified printed number until keys are assigned
    number: str | None
    title: str
    level: int
    parent: _Draft | None
    line_start: int
    line_end: int
    ordinal: int
    scope: _Draft | None  # the Part/Appendix (else top-level) section it lies in; None at the top


@dataclass
class _Unit:
    """The blocks of one passage to be."""

    kind: str
    blocks: list[Block]
    owner: _Draft | None
    lead_in: Block | None = None


def segment(document: Document) -> SegmentedDocument:
    """Build the section tree and the passages of a document."""
    slug = document.meta.slug
    drafts, owners = _build_sections(document.blocks)
    sections = tuple(_section(slug, d) for d in drafts)
    passages, by_passage = _build_passages(slug, _units(document.blocks, owners))
    return SegmentedDocument(document, sections, tuple(passages), by_passage)


# ---------------------------------------------------------------------------------------------
# Section tree


def opening_level(block: Block) -> int:
    """The level of the section a block opens, or 0 when it opens none."""
    if block.kind == "heading":
        return max(1, block.level)
    if block.kind == "paragraph" and block.number:
        return block.level or number_level(block.number)
    return 0


def number_level(number: str) -> int:
    """Level implied by a printed number: "4" = 2, "4.11" = 3."""
    return 2 + number.count(".") if re.fullmatch(r"\d+(?:\.\d+)*", number) else 1


def _build_sections(blocks: tuple[Block, ...]) -> tuple[list[_Draft], list[_Draft | None]]:
    drafts: list[_Draft] = []
    owners: list[_Draft | None] = []
    stack: list[_Draft] = []
    for block in blocks:
        level = opening_level(block)
        if level:
            while stack and stack[-1].level >= level:
                stack.pop()
            title = block.text if block.kind == "heading" else _first_words(block.text)
            base = slugify(_label(block)) if block.number else ""
            draft = _Draft(base, block.number, title, level, stack[-1] if stack else None,
                           block.line_start, block.line_end, len(drafts) + 1, _scope(stack))
            drafts.append(draft)
            stack.append(draft)
        owners.append(stack[-1] if stack else None)
        for open_section in stack:
            open_section.line_end = max(open_section.line_end, block.line_end)
    _assign_keys(drafts)
    return drafts, owners


def _scope(stack: list[_Draft]) -> _Draft | None:
    """The innermost open Part, Appendix or Chapter, else the open top-level section."""
    lettered = (d for d in reversed(stack) if d.number and not d.number[0].isdigit())
    return next(lettered, stack[0] if stack else None)


def _assign_keys(drafts: list[_Draft]) -> None:
    """Printed numbers as keys; a Part or Appendix whose numbering restarts prefixes its own."""
    used: set[str] = set()
    groups: dict[int, tuple[_Draft | None, list[_Draft]]] = {}
    for draft in drafts:
        groups.setdefault(id(draft.scope), (draft.scope, []))[1].append(draft)
    for scope, group in groups.values():  # a scope is keyed before the sections inside it
        restarts = scope is not None and any(d.key in used for d in group if d.key)
        for draft in group:
            base = draft.key or f"s{draft.ordinal}"
            if restarts and draft.key and scope is not None:
                base = f"{scope.key}-{draft.key}"
            key, suffix = base, 2
            while key in used:
                key, suffix = f"{base}-{suffix}", suffix + 1
            draft.key = key
            used.add(key)


def _label(block: Block) -> str:
    """The printed label of a numbered block: "Part A" for a heading "PART A: ..." numbered "A"."""
    word = re.match(r"(part|chapter)\b", block.text, re.I)
    number = block.number or ""
    if block.kind == "heading" and word and not number.lower().startswith(word.group(1).lower()):
        return f"{word.group(1)} {number}"
    return number


def slugify(label: str) -> str:
    """A key-safe form of a printed label: "Appendix 1" -> "appendix-1", "4.11" -> "4.11"."""
    return re.sub(r"[^a-z0-9._]+", "-", label.lower()).strip("-.") or "x"


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")


def _section(slug: str, draft: _Draft) -> Section:
    parent = f"{slug}/{draft.parent.key}" if draft.parent else None
    return Section(f"{slug}/{draft.key}", draft.key, draft.number, draft.title, draft.level, parent,
                   draft.line_start, draft.line_end, draft.ordinal)


# ---------------------------------------------------------------------------------------------
# Passages


def _units(blocks: tuple[Block, ...], owners: list[_Draft | None]) -> list[_Unit]:
    units: list[_Unit] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "heading" and (chain := _law_headings_alone(blocks, owners, i)):
            units.append(_Unit("headings", chain, owners[i]))
        elif block.kind == "paragraph":
            units.append(_Unit("paragraph", [block], owners[i]))
        elif block.kind == "item":
            end = _run_end(blocks, owners, i)
            units.extend(_item_units(blocks[i:end], owners[i], units, blocks[i - 1] if i else None))
            i = end
            continue
        i += 1
    return units


def _law_headings_alone(blocks: tuple[Block, ...], owners: list[_Draft | None], i: int) -> list[Block]:
    """The heading at `i` and the headings right above it that open its sections, when nothing
    comes under it (the next block opens a section beside or above it) and one of them names law:
    an appendix listing the law that applies as headings ("2.6 Learning and Skills Act 2000", or
    "2.5 Education Act 1996" over "Section 434 (4)"). Else none."""
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is not None and not 0 < opening_level(following) <= opening_level(blocks[i]):
        return []
    ancestors = set()
    draft = owners[i].parent if owners[i] else None
    while draft is not None:
        ancestors.add(id(draft))
        draft = draft.parent
    start = i
    while start > 0 and blocks[start - 1].kind == "heading" and id(owners[start - 1]) in ancestors:
        start -= 1
    chain = list(blocks[start : i + 1])
    return chain if any(_NAMES_LAW.search(b.text) for b in chain) else []


def _run_end(blocks: tuple[Block, ...], owners: list[_Draft | None], start: int) -> int:
    """Index after the run of list items starting at `start` (same section, same kind of marker)."""
    kind = _marker_kind(blocks[start].marker)
    end = start + 1
    while (end < len(blocks) and blocks[end].kind == "item" and owners[end] is owners[start]
           and _marker_kind(blocks[end].marker) == kind):
        end += 1
    return end


def _marker_kind(marker: str | None) -> str:
    if marker and marker.isdigit():
        return "number"
    return "letter" if marker and marker.isalpha() else "bullet"


def _item_units(items: tuple[Block, ...], owner: _Draft | None, units: list[_Unit],
                before: Block | None) -> list[_Unit]:
    if any(len(item.text) > LIST_ITEM_MAX for item in items):
        return [_Unit("item", [item], owner) for item in items]
    lead_in = None
    last = units[-1] if units else None
    if (last is not None and last.kind == "paragraph" and last.owner is owner and before is last.blocks[0]
            and (before.text.endswith(":")
                 or (len(before.text) <= LEAD_IN_MAX and not _numbering_goes_on(items, units)))):
        lead_in = units.pop().blocks[0]
    return [_Unit("list", list(items), owner, lead_in)]


def _numbering_goes_on(items: tuple[Block, ...], units: list[_Unit]) -> bool:
    """The items carry on the numbering of the list above the paragraph before them ("2." after
    "1." and its answer), or its bullets under a sentence ("- Myth: ..." over "False. ..." over
    "- Myth: ...", a notes app's toggles folding their answers): that paragraph belongs to the item
    above, and leads into nothing."""
    first = items[0].marker or ""
    above = units[-2] if len(units) >= 2 else None
    if above is None or above.kind not in ("list", "item"):
        return False
    if first.isdigit():
        return above.blocks[-1].marker == str(int(first) - 1)
    return (bool(first) and not first.isalnum() and above.blocks[-1].marker == first
            and units[-1].blocks[0].text.endswith("."))


def _build_passages(slug: str, units: list[_Unit]) -> tuple[list[Passage], dict[str, tuple[Block, ...]]]:
    passages: list[Passage] = []
    by_passage: dict[str, tuple[Block, ...]] = {}
    counts: dict[str, int] = {}
    for ordinal, unit in enumerate(units, start=1):
        key = unit.owner.key if unit.owner else FRONT_KEY
        counts[key] = counts.get(key, 0) + 1
        passage = _passage(slug, unit, f"{slug}/{key}/p{counts[key]}", ordinal)
        passages.append(passage)
        by_passage[passage.id] = tuple(([unit.lead_in] if unit.lead_in else []) + unit.blocks)
    return passages, by_passage


def _passage(slug: str, unit: _Unit, passage_id: str, ordinal: int) -> Passage:
    blocks = ([unit.lead_in] if unit.lead_in else []) + unit.blocks
    section = f"{slug}/{unit.owner.key}" if unit.owner else None
    start, end = blocks[0].line_start, max(b.line_end for b in blocks)
    if unit.kind == "paragraph":
        return Passage(passage_id, slug, section, ordinal, blocks[0].text, start, end)
    if unit.kind == "headings":  # the law an appendix lists, its headings one per line
        return Passage(passage_id, slug, section, ordinal, "\n".join(b.text for b in blocks), start, end)
    markers = tuple(b.marker or "" for b in unit.blocks)
    if unit.kind == "item":
        return Passage(passage_id, slug, section, ordinal, blocks[0].text, start, end, "item", (), markers)
    items = tuple(b.text for b in unit.blocks)
    text = "\n".join(([unit.lead_in.text] if unit.lead_in else []) + list(items))
    return Passage(passage_id, slug, section, ordinal, text, start, end, "list", items, markers)
