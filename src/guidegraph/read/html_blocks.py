"""The blocks a web page's text becomes (a paragraph, a heading and their numbers), and the marks a
page of legislation sets in its text: an amendment's brackets around the words it inserted
("[F1 16H Information ... (1).]", the note's mark a link of its own, dropped as furniture), the
mark opening the note itself ("F1Ss. 16A-16K inserted ..."), and a subsection's number in a span
of its own against its text ("(1)A safeguarding partner"); and what marks a block as a heading
without a heading's tag: a bold numbered title ("<p><b>4.1 Introduction</b></p>"), or a box a
script-built page tells the browser is one (`<div role="heading" aria-level="2">`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from bs4 import NavigableString, Tag
from bs4.element import PageElement, PreformattedString

from guidegraph.model import Block
from guidegraph.read.furniture import drop_version_tables
from guidegraph.read.lines import _Line, step_number

# Heading numbers as the text reader reads them, so every format numbers sections alike.
HEADING_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(\S.*)$", re.S)
# A clause number opening a paragraph: dotted only ("2.1", "4.2.3"); "2 children" or "2019 saw"
# are a sentence's first words.
_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)\.?\s+(\S.*)$", re.S)
_STRUCTURAL = re.compile(
    r"^(part|chapter|appendix|annex|annexe|schedule)\s+([a-z]|\d{1,3}|[ivxl]{1,6})\b", re.I
)
# A statute's annotation opens with its mark, as the text marks it: "F1", "I1", "C2".
_NOTE_LABEL = re.compile(r"^[A-Z]{1,2}\d{1,4}(?=[A-Z][a-z.])")
# A span holding a number ("LegP2No", "section-number", "para-num"): a field of its own, not the
# first letters of the words after it.
_NUMBER_CLASS = re.compile(r"(?:No|[-_]no|[-_]?[Nn]um(?:ber)?)$")
_TITLE_CLASS = re.compile(r"title|heading", re.I)
_BOLD_TITLE_WORDS = 12
_BOLD_TITLE_LETTERS = 300  # more than such a title's words hold
_TERMINAL_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  # "Share early. The Act ...": sentences
INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_ARIA_LEVELS = range(1, 7)


def parted_after(tag: Tag) -> bool:
    """A span set against the text after it with no space, that is a field of its own: a number
    ("(1)" before "A safeguarding partner"), or one of a run of title spans of one class ("Part 2",
    "Children's Services in England": the parts of one title, set on lines of their own). Other
    spans side by side may part a word (a word processor's "SpellE" spans), and are left alone."""
    if tag.name != "span":
        return False
    classes = [str(name) for name in tag.get("class") or []]
    if any(_NUMBER_CLASS.search(name) for name in classes):
        return True
    after = tag.next_sibling
    return (any(_TITLE_CLASS.search(name) for name in classes) and isinstance(after, Tag) and after.name == "span"
            and after.get("class") == tag.get("class"))


def without_amendment_marks(text: str) -> str:
    """A block's text without the brackets of an amendment that opens or closes in another block:
    legislation sets "[" before the words an Act inserted and "]" after them, often paragraphs
    apart; a bracket matched in the block is the text's own."""
    opened, closed = text.count("["), text.count("]")
    if opened == closed:
        return text
    if not closed:
        return text.replace("[", "").strip()
    return text.replace("]", "").strip() if not opened else text


def paragraph_block(text: str, first: int, last: int) -> Block:
    """A paragraph; one opening with a clause number ("2.1 Since the commencement ...") is a
    numbered paragraph, as the text reader reads it, which opens its section. A statute's note
    opens with its mark set against its text ("F1Ss. 16A-16K inserted ..."): the mark goes."""
    text = _NOTE_LABEL.sub("", text, count=1)
    match = _PARAGRAPH_NUMBER.match(text)
    if match and match.group(2)[0].isupper():
        return Block("paragraph", match.group(2), first, last, number=match.group(1))
    return Block("paragraph", text, first, last)


def heading_block(text: str, first: int, last: int, level: int) -> Block:
    """A heading block: "4.11 Consent" gives number "4.11"; "Appendix 1: Law" and "Step 2: Ask"
    keep their text."""
    structural = _STRUCTURAL.match(text)
    if structural:
        word, label = structural.group(1).capitalize(), structural.group(2)
        number = label.upper() if word == "Part" else label if word == "Chapter" else f"{word} {label}"
        return Block("heading", text, first, last, level=level, number=number)
    step = step_number(text)
    if step:
        return Block("heading", text, first, last, level=level, number=step)
    match = HEADING_NUMBER.match(text)
    if match and (match.group(2)[0].isupper() or "." in match.group(1)):
        return Block("heading", match.group(2), first, last, level=level, number=match.group(1))
    return Block("heading", text, first, last, level=level)


def within(tag: Tag) -> Iterator[PageElement]:
    """The elements and strings inside `tag`, in document order, as `tag.descendants` gives them but
    found child by child: `descendants` first walks to the last of them, however few are read."""
    stack = [iter(tag.contents)]
    while stack:
        for node in stack[-1]:
            yield node
            if isinstance(node, Tag):
                stack.append(iter(node.contents))
                break
        else:
            stack.pop()


def text_within(tag: Tag, limit: int) -> str | None:
    """`tag.get_text(" ")`, or None once its strings hold more than `limit` letters (spaces aside):
    a check for a short element reads no further into a long one, where hostile HTML nests
    thousands of elements, each holding all the text after it."""
    strings: list[str] = []
    letters = 0
    wanted = tag.interesting_string_types  # as get_text: text and CDATA, not comments or scripts
    for string in (node for node in within(tag) if type(node) in wanted):
        letters += len(string) - string.count(" ") - string.count("\n")
        if letters > limit:
            return None
        strings.append(string)
    return " ".join(strings)


def bold_numbered_heading(tag: Tag) -> int:
    """The level of a paragraph set in bold that is a numbered title ("<p><b>4.1 Introduction</b></p>",
    how Word and many editors write a heading without a heading style), else 0."""
    whole = text_within(tag, _BOLD_TITLE_LETTERS)
    if whole is None:
        return 0
    text = " ".join(whole.translate(INVISIBLE_CHARS).split())
    match = HEADING_NUMBER.match(text)
    if not match or not (match.group(2)[0].isupper() or "." in match.group(1)):
        return 0
    title = match.group(2)
    if len(title.split()) > _BOLD_TITLE_WORDS or title[-1] in ".,;:" or _TERMINAL_INSIDE.search(title):
        return 0
    strings = [node for node in tag.descendants if is_text(node) and str(node).strip()]
    if not strings or not all(_in_bold(node, tag) for node in strings):
        return 0
    return 2 + match.group(1).count(".")


def _in_bold(node: PageElement, paragraph: Tag) -> bool:
    for parent in node.parents:
        if parent is paragraph:
            return False
        if parent.name in ("b", "strong") or re.search(r"font-weight:(?:bold|[6-9]00)", style_of(parent)):
            return True
    return False


def aria_role(tag: Tag) -> str:
    return str(tag.get("role") or "").strip().lower()


def aria_heading_level(tag: Tag) -> int:
    """The level of a heading a page writes as a box the browser is told is one (`<div role="heading"
    aria-level="2">`, as SharePoint's and other script-built pages do, with no <h2>), else 0; ARIA's
    level is 2 where the page gives none."""
    if tag.name not in ("div", "span", "p") or aria_role(tag) != "heading":
        return 0
    level = str(tag.get("aria-level") or "2").strip()
    return int(level) if level.isdigit() and int(level) in _ARIA_LEVELS else 2


ACCORDION_TITLE_WORDS = 12
# A title stating a belief to be judged ("Myth: Health information can never be shared ...", a quoted
# belief): a question, as one ending "?" is, answered by its panel.
_STATED = re.compile(r"^(?:(?:myth|fact|true\s+or\s+false)\b\W|[“\"‘'])", re.IGNORECASE)


def is_accordion_title(tag: Tag) -> bool:
    """A box the page's script makes the button that opens a panel (`<div role="button"
    aria-controls="panel-1">Why we share information</div>`): the title of the section the panel
    holds. A question so set, or a belief stated to be judged, stays a paragraph, answered by its panel."""
    if tag.name not in ("div", "span", "p") or aria_role(tag) != "button" or not tag.get("aria-controls"):
        return False
    text = tag.get_text(" ", strip=True)
    return 0 < len(text.split()) <= ACCORDION_TITLE_WORDS and not text.endswith("?") and not _STATED.match(text)


def toggles_stated_belief(heading: Tag) -> bool:
    """A heading that is all one button opening a folded panel (Squarespace's accordion sets each
    item's title so: `<h4 role="heading"><button aria-controls="dropdown-1">`) and states a belief to
    be judged: a paragraph answered by its panel, as a button box's title stating one is."""
    button = heading.find("button", recursive=False)
    if button is None or not (button.get("aria-controls") or button.get("aria-expanded")):
        return False
    text = heading.get_text(" ", strip=True)
    return text == button.get_text(" ", strip=True) and bool(_STATED.match(text))


# A record of a listing a content system builds (Drupal's views: "views-row" over "views-field"s).
_RECORD = "views-row"
_RECORD_FIELD = re.compile(r"^views-field(?:$|-)")


def record_fields(tag: Tag) -> list[Tag]:
    """The fields of a listing's record (a contact: name, role, extension), each a box of its own,
    when `tag` is one holding two or more; else none."""
    if tag.name != "div" or _RECORD not in (tag.get("class") or ()):
        return []
    fields = [child for child in tag.children if isinstance(child, Tag)
              and any(_RECORD_FIELD.match(str(name)) for name in child.get("class") or ())]
    return fields if len(fields) >= 2 else []


def style_of(tag: Tag) -> str:
    return str(tag.get("style") or "").lower().replace(" ", "")


def is_text(node: object) -> bool:
    """Text content, not a comment, doctype or processing instruction."""
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


# A card of a file the page offers (gov.uk's "gem-c-attachment", a library's "document-card"):
# its title names the document, one entry in the page's list of files, no section of the page.
_CARD = re.compile(r"(?:^|[-_])(?:attachment|document-?card|file-?card|download-?card)(?:$|[-_])")


def card_title(heading: Tag) -> bool:
    """A heading inside the card of a file the page offers, a few boxes up at most."""
    for box in islice(heading.parents, 3):  # not all its parents: a page may nest thousands deep
        classes = box.get("class") or []
        if any(_CARD.search(str(name).lower()) for name in (classes if isinstance(classes, list) else [classes])):
            return True
    return False


def without_control_tables(blocks: list[Block]) -> list[Block]:
    """The page's blocks without its document control, as the text reader drops it: a version
    history under its title ("Version control" over "Version | Date | Author | ..."), a document
    library's properties table ("Document ID | POL-SG-022", "Status | Approved", ...)."""
    kinds = {"heading": "md", "item": "bullet"}
    lines = [_Line(k, kinds.get(b.kind, "row" if " | " in b.text else "text"), b.text, b.text, marker=b.marker)
             for k, b in enumerate(blocks)]
    drop_version_tables(lines)
    return [block for block, line in zip(blocks, lines, strict=True) if line.kind != "drop"]


# A myth-buster's label in a text box of its own, over what it labels ("MYTH", then the belief; "REALITY",
# then the answer), as a site builder's card sets it.
_LABEL_ALONE = re.compile(r"^(?:myth|fact|reality|truth)\s*:?$", re.IGNORECASE)


def with_labels_joined(blocks: list[Block]) -> list[Block]:
    """A paragraph that is only a myth-buster's label joined to the paragraph it labels ("MYTH: You
    always need ..."), as a page writes the label on the belief's line."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (last is not None and last.kind == "paragraph" and block.kind == "paragraph"
                and _LABEL_ALONE.match(last.text)):
            joined[-1] = Block("paragraph", f"{last.text.rstrip(': ')}: {block.text}", last.line_start,
                               block.line_end)
        else:
            joined.append(block)
    return joined
