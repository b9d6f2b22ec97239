"""Read a saved web page (a local procedures manual, a partnership site) into blocks.

BeautifulSoup with the standard library's "html.parser" backend: tolerant of broken and
truncated pages, and it records each tag's source line. Site furniture (navigation, headers and
footers, cookie banners, breadcrumbs, skip links, scripts, forms) is dropped (`html_dropped.py`);
only text is ever emitted, so attributes such as `href="javascript:..."` or `onclick` can never
leak through.

What a page records of itself (its <title>, <meta>) is read by `html_properties.py`; the blocks
its text becomes, with their numbers and a statute's amendment marks, are made in `html_blocks.py`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag
from bs4.element import PageElement

from guidegraph.model import Block, BlockKind
from guidegraph.read.furniture import CONTENTS_TITLES, FURNITURE_LINES, is_furniture
from guidegraph.read.html_blocks import (
    INVISIBLE_CHARS,
    aria_heading_level,
    aria_role,
    bold_numbered_heading,
    card_title,
    heading_block,
    is_accordion_title,
    is_text,
    paragraph_block,
    parted_after,
    record_fields,
    style_of,
    toggles_stated_belief,
    with_labels_joined,
    without_amendment_marks,
    without_control_tables,
)
from guidegraph.read.html_dropped import HEADINGS, LISTS, dropped, names_a_frame
from guidegraph.read.html_lists import ListMarkers, word_list_marker
from guidegraph.read.html_notes import FootNotes
from guidegraph.read.html_styles import PageStyles, repeats_label, tab_label
from guidegraph.read.inline import raised
from guidegraph.read.mail import without_signed_end

# A listing's record longer than this many words is a teaser, read as paragraphs, not a row.
RECORD_WORDS = 40
_BLOCK_TAGS = frozenset({
    *HEADINGS, *LISTS, "p", "li", "dl", "dt", "dd", "div", "section", "article", "main", "aside",
    "header", "footer", "blockquote", "pre", "table", "caption", "thead", "tbody", "tfoot", "tr",
    "td", "th", "figure", "figcaption", "address", "details", "summary", "fieldset", "legend",
    "form", "center", "hgroup", "hr", "body", "html", "search",
})
# Inside a list item these start blocks of their own; anything else is part of the item's text.
_NOT_IN_ITEM = frozenset({*LISTS, "li", "table", *HEADINGS})
_LAYOUT_SIGNS = frozenset({*HEADINGS, *LISTS, "table"})
_CELLS = frozenset({"td", "th", "tr"})
_TABLE = frozenset({"table"})
_ROW_END = frozenset({"tr", "table"})
_CELL_END = frozenset({"td", "th", "tr", "table"})
_FOOTNOTE_MARK = re.compile(r"^[\s\d*†‡,\[\]()]+$")
# Word's "Save as Web Page": a list paragraph (style "mso-list:l0 level1 lfo1"), and the span
# holding its bullet or number ("mso-list:Ignore", shown only where the browser has no list support)
_MSO_LIST = re.compile(r"mso-list:l\d")
_MSO_IGNORE = re.compile(r"mso-list:ignore")


def parse_html(html: str, first_line: int = 1) -> tuple[list[Block], list[str]]:
    """Blocks (headings, paragraphs, list items, table rows) of an HTML page, and warnings."""
    return read_page(page_soup(html), first_line)


def read_page(soup: BeautifulSoup, first_line: int = 1) -> tuple[list[Block], list[str]]:
    """`parse_html` of a page already parsed (`page_soup`), which reading leaves as it was."""
    reader = _Reader(_string_lines(soup, first_line - 1), PageStyles(soup))
    reader.main = _the_main(soup)
    reader.framed = soup.find("iframe") is not None
    reader.read(soup)  # not soup.body: broken pages leave content outside it
    reader.blocks = without_signed_end(without_control_tables(with_labels_joined(reader.blocks)))
    found = [] if reader.blocks else ["no text found in the page's content (is it all navigation?)"]
    return reader.blocks, found


def page_soup(html: str) -> BeautifulSoup:
    """The page parsed, as the reader parses it."""
    with warnings.catch_warnings():  # a page whose text looks like a URL or a file name is still a page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(_drop_unfinished_tag(html), "html.parser")


def _the_main(soup: BeautifulSoup) -> Tag | None:
    """The page's one main landmark (`<main>`, `role="main"`) when what follows it is the site's:
    less text than it holds (a landmark closed early by broken markup is followed by the page)."""
    mains = soup.find_all(lambda tag: tag.name == "main" or tag.get("role") == "main")  # `<main role="main">` once
    if len(mains) != 1:
        return None
    main = mains[0]
    inside = main.find_all(string=True)
    following = main.find_all_next(string=True)[len(inside):]  # document order: the main's own come first
    return main if _words_shown(following) < _words_shown(inside) else None


def _words_shown(strings: list[NavigableString]) -> int:
    return sum(len(text.split()) for text in strings if is_text(text) and text.parent.name not in _NEVER_SHOWN)


_NEVER_SHOWN = frozenset({"script", "style", "template", "noscript"})


def _drop_unfinished_tag(html: str) -> str:
    """Cut a tag left open by truncation (`<p class="x`), which html.parser would keep as text."""
    start = html.rfind("<")
    if start > html.rfind(">") and re.match(r"<(?:[A-Za-z/!?]|$)", html[start:start + 2]):
        return html[:start]
    return html


def _string_lines(soup: BeautifulSoup, offset: int) -> dict[int, int]:
    """The source line each text node starts on, keyed by id (tags know theirs; strings do not)."""
    lines: dict[int, int] = {}
    line = 1
    for node in soup.descendants:
        if isinstance(node, Tag):
            line = node.sourceline or line
        else:
            lines[id(node)] = line + offset
            line += node.count("\n")
    return lines


@dataclass
class _Run:
    """Text gathered for one block, with the source lines it spans."""

    parts: list[str] = field(default_factory=list)
    first: int = 0
    last: int = 0

    def add(self, text: str, line: int) -> None:
        self.parts.append(text)
        if not text.strip():
            return
        lead = len(text) - len(text.lstrip())
        start, end = line + text.count("\n", 0, lead), line + text.count("\n", 0, len(text.rstrip()))
        self.first = min(self.first, start) if self.first else start
        self.last = max(self.last, end)

    def text(self) -> str:
        return " ".join("".join(self.parts).translate(INVISIBLE_CHARS).split())


@dataclass
class _Owner:
    """An open heading or list item: the first text inside it becomes that kind of block."""

    tag: Tag
    kind: BlockKind
    level: int = 0
    marker: str | None = None
    used: bool = False


class _Reader:
    """Walks the tree once, in document order, turning text runs into blocks.

    Without recursion: html.parser nests every unclosed <p> or <li> inside the one before, so
    real pages can be thousands of levels deep.
    """

    def __init__(self, lines: dict[int, int], styles: PageStyles) -> None:
        self.lines = lines
        self.styles = styles
        self.outline = 0  # the level of the last heading the page marks as one (<h2>, a "Title")
        self.tab_levels: dict[int, int] = {}
        self.notes = FootNotes()
        self.blocks: list[Block] = []
        self.run = _Run()
        self.owners: list[_Owner] = []
        self.lists: list[tuple[Tag, ListMarkers]] = []
        self.term: int | None = None  # the block of the last <dt>, until its <dd>
        self.main: Tag | None = None
        self.after_main = False
        self.framed = False  # the page embeds a frame, whose name a strip under it may repeat

    def read(self, root: Tag) -> None:
        stack = [(root, iter(root.children))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                self.leave(node)
            elif isinstance(child, Tag):
                if self.after_main or (self.framed and names_a_frame(child)):
                    continue
                if not dropped(child) and not self.styles.hides(child) and self.enter(child):
                    stack.append((child, iter(child.children)))
            elif is_text(child):
                self.run.add(str(child), self.lines[id(child)])
        self.flush()
        self.blocks = self.notes.placed(self.blocks)

    def enter(self, tag: Tag) -> bool:
        """Open a tag; False when its content is already dealt with."""
        name = tag.name
        if name == "sup" and _FOOTNOTE_MARK.match(tag.get_text()):
            # "Children Act 1989<sup>3</sup>" must not read "Children Act 19893": a numbered note's
            # mark is kept as a superscript apart from the word, which links the note to the text.
            number = "".join(c for c in tag.get_text() if c.isdigit())
            if number:
                self.run.parts.append(" " + raised(number))
            self.notes.mark(tag, len(self.blocks))
            return False
        owner = self.owners[-1] if self.owners else None
        if (name == "span" and owner is not None and owner.kind == "item" and not owner.used
                and _MSO_IGNORE.search(style_of(tag))):
            # Word's "Save as Web Page": a list paragraph's bullet or number, drawn in a span of its
            # own (a numbered heading's "1." stays in its text, which numbers its section)
            owner.marker = word_list_marker(tag.get_text())
            return False
        if name == "br" and not self.owners and _next_tag_is_br(tag):
            self.flush()  # "text<br><br>text": an editor's paragraph break, in a page with no <p>
            return False
        if name == "br" or self.soft(name):
            self.run.parts.append(" ")
            return name != "br"
        if name == "a":
            self.notes.anchor(tag)
        if name not in _BLOCK_TAGS:
            return True
        self.flush()
        if name == "table" and not _is_layout_table(tag):
            self.data_table(tag)
            return False
        if (fields := record_fields(tag)) and self.record_row(fields):
            return False
        if name in LISTS:
            self.lists.append((tag, ListMarkers(tag)))
        elif (name == "li" and not _folds_belief(tag)) or (aria_role(tag) == "listitem" and not _boxes_paragraphs(tag)):
            marker = self.lists[-1][1].take(tag) if self.lists else "•"
            self.owners.append(_Owner(tag, "item", marker=marker))
        elif name in HEADINGS and card_title(tag):
            self.owners.append(_Owner(tag, "item", marker="•"))  # a file's title on its card: an entry
        elif name in HEADINGS and not toggles_stated_belief(tag):
            self.owners.append(_Owner(tag, "heading", level=HEADINGS[name]))
        elif name == "p" and _MSO_LIST.search(style_of(tag)):
            self.owners.append(_Owner(tag, "item", marker="•"))  # Word's list paragraph: an item
        elif (level := aria_heading_level(tag)):
            self.owners.append(_Owner(tag, "heading", level=level))  # a div the page's script marks as one
        elif is_accordion_title(tag):
            self.owners.append(_Owner(tag, "heading", level=min(6, self.outline + 1)))
        elif name == "p" and (level := bold_numbered_heading(tag)):
            self.owners.append(_Owner(tag, "heading", level=level))
        elif name == "p" and self.styles.is_title(tag):
            self.owners.append(_Owner(tag, "heading", level=1))
        elif name == "p" and (level := self.styles.heading_level(tag, self.outline)):
            self.owners.append(_Owner(tag, "heading", level=level))
        elif str(tag.get("role", "")).lower() == "tabpanel":
            self.tab_heading(tag)
        return True

    def tab_heading(self, panel: Tag) -> None:
        """A tab's label heads its panel (unless the panel's own heading says it again): the panels
        are the page's sections, one below the heading over the tabs."""
        label = tab_label(panel)
        if label and not repeats_label(panel, label):
            level = self.tab_levels.setdefault(id(panel.parent), min(6, self.outline + 1))
            line = panel.sourceline or 0
            self.blocks.append(heading_block(label, line, line, level))

    def leave(self, tag: Tag) -> None:
        if tag is self.main:
            self.after_main = True
        if parted_after(tag):
            self.run.parts.append(" ")
        if self.soft(tag.name) and self.owners[-1].tag is not tag:
            self.run.parts.append(" ")
            return
        if tag.name not in _BLOCK_TAGS:
            return
        self.flush()
        if tag.name in ("dt", "dd"):
            self.definition(tag.name)
        if self.owners and self.owners[-1].tag is tag:
            self.owners.pop()
        if self.lists and self.lists[-1][0] is tag:
            self.lists.pop()

    def definition(self, name: str) -> None:
        """A glossary's <dt> term and its <dd> are one paragraph: "Consent – Agreement given ..."."""
        last = len(self.blocks) - 1
        if name == "dt":
            self.term = last if last >= 0 and self.blocks[last].kind == "paragraph" else None
        elif self.term is not None and self.term == last - 1 and self.blocks[last].kind == "paragraph":
            term, text = self.blocks[last - 1], self.blocks[last]
            self.blocks[last - 1:] = [Block("paragraph", f"{term.text} – {text.text}", term.line_start, text.line_end)]
            self.term = None

    def soft(self, name: str) -> bool:
        """Paragraphs inside a list item whose text is still open belong to the item's text."""
        owner = self.owners[-1] if self.owners else None
        return (owner is not None and owner.kind == "item" and not owner.used
                and name in _BLOCK_TAGS and name not in _NOT_IN_ITEM)

    def flush(self) -> None:
        """The text gathered so far becomes a block: the open heading's or item's, else a paragraph."""
        run, self.run = self.run, _Run()
        text = without_amendment_marks(run.text())  # a lone "[" of a statute's amendment: nothing left
        if not text:
            return
        owner = self.owners[-1] if self.owners else None
        kind = "paragraph" if owner is None or owner.used else owner.kind
        if owner is not None:
            owner.used = True
        if _is_page_furniture(text, kind):
            return  # "This page is correct as printed on ...", a "Contents" heading
        if kind == "paragraph":
            self.blocks.append(paragraph_block(text, run.first, run.last))
            self.notes.flushed(len(self.blocks) - 1)
        elif kind == "heading" and owner is not None:
            self.blocks.append(heading_block(text, run.first, run.last, owner.level))
            if owner.tag.name in HEADINGS or owner.level == 1:
                self.outline = owner.level
        elif owner is not None:
            self.blocks.append(Block("item", text, run.first, run.last, marker=owner.marker))

    def data_table(self, table: Tag) -> None:
        """One paragraph per row, its cells joined by " | " (the caption first)."""
        caption = table.find("caption")
        if caption is not None and not dropped(caption):
            self.blocks += [Block("paragraph", run.text(), run.first, run.last)
                            for run in [self.gathered(caption)] if run.text()]
        for row in _rows(table):
            self.row([self.gathered(cell) for cell in _cells(row)])

    def record_row(self, fields: list[Tag]) -> bool:
        """A listing's record (a contact's name, role and extension, each field a box of its own)
        as one row, as a table's; False for a record too long to be one (a teaser's text)."""
        runs = [self.gathered(field) for field in fields]
        if sum(len(run.text().split()) for run in runs) > RECORD_WORDS:
            return False
        self.row(runs)
        return True

    def row(self, runs: list[_Run]) -> None:
        """One paragraph for a row, its cells' texts joined by " | "."""
        texts = [text for text in (run.text() for run in runs) if text]
        if texts and not (len(texts) == 1 and _is_page_furniture(texts[0], "paragraph")):  # a boxed banner
            lines = [line for run in runs if run.first for line in (run.first, run.last)]
            self.blocks.append(Block("paragraph", " | ".join(texts), min(lines), max(lines)))

    def gathered(self, cell: Tag) -> _Run:
        """A cell's text, without cells or rows an unclosed tag nested in it."""
        run = _Run()
        stack: list[tuple[Iterator[PageElement], bool]] = [(iter(cell.children), False)]
        while stack:
            children, spaced = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                run.parts.append(" " if spaced else "")
            elif isinstance(child, Tag) and child.name == "summary" and not dropped(child):
                self.summary(child, run)
            elif isinstance(child, Tag):
                if not dropped(child) and child.name not in _CELLS:
                    spaced = child.name == "br" or child.name in _BLOCK_TAGS
                    run.parts.append(" " if spaced else "")
                    stack.append((iter(child.children), spaced))
            elif is_text(child):
                run.add(str(child), self.lines[id(child)])
        return run

    def summary(self, summary: Tag, run: _Run) -> None:
        """A folded part's label in a cell ("More about section 47 enquiries") leads into the text
        it folds, as a label's colon does: it is no sentence of the cell's own."""
        text = " ".join(summary.get_text(" ").split())
        strings = [node for node in summary.descendants if is_text(node) and str(node).strip()]
        if text and strings:
            run.add(f" {text}{'' if text[-1] in '.:?!' else ':'} ", self.lines[id(strings[0])])


def _boxes_paragraphs(item: Tag) -> bool:
    """A box the page's script lists as an item (a site builder's repeater: `role="listitem"`) that
    holds several paragraphs, each in a text box of its own ("MYTH", the belief, "REALITY", the
    answer): a card of paragraphs, not one item's text."""
    return len(item.find_all("p", limit=2)) > 1


def _folds_belief(item: Tag) -> bool:
    """An accordion's item set as a list item (Squarespace's: the heading that opens its panel, then
    the panel): the belief its title states and the panel's answer are paragraphs, not one item."""
    heading = item.find(list(HEADINGS), recursive=False)  # the item's own title, not one nested in it
    return heading is not None and toggles_stated_belief(heading)


def _next_tag_is_br(tag: Tag) -> bool:
    following = tag.next_sibling
    while isinstance(following, NavigableString) and not str(following).strip():
        following = following.next_sibling
    return isinstance(following, Tag) and following.name == "br"


def _rows(table: Tag) -> list[Tag]:
    """The table's own rows, including rows an unclosed <tr> or <td> nested, not inner tables' rows."""
    return [node for node in _walk(table, prune=_TABLE) if _named(node, "tr") and not dropped(node)]


def _cells(row: Tag) -> list[Tag]:
    """A row's cells, including those an unclosed <td> swallowed (nested in it by html.parser)."""
    return [node for node in _walk(row, prune=_ROW_END) if _named(node, "td", "th") and not dropped(node)]


def _is_layout_table(table: Tag) -> bool:
    """Headings, lists, tables or many paragraphs in a cell: the table lays out a page."""
    for cell in (cell for row in _rows(table) for cell in _cells(row)):
        names = [node.name for node in _walk(cell, prune=_CELL_END) if isinstance(node, Tag)]
        if _LAYOUT_SIGNS.intersection(names) or sum(name in ("p", "div") for name in names) > 2:
            return True
    return False


def _walk(tag: Tag, prune: frozenset[str]) -> Iterator[PageElement]:
    """Descendants in document order, without entering tags named in `prune` (they are yielded)."""
    stack = [iter(tag.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        yield child
        if isinstance(child, Tag) and child.name not in prune:
            stack.append(iter(child.children))


def _named(node: PageElement, *names: str) -> bool:
    return isinstance(node, Tag) and node.name in names


def _is_page_furniture(text: str, kind: str) -> bool:
    """Lines the text reader drops as furniture, and contents headings."""
    plain = text.strip().lower()
    if kind == "heading":
        return (plain.rstrip(":") in CONTENTS_TITLES or plain in FURNITURE_LINES  # "Was this page useful?"
                or is_furniture(text.strip()))  # a newsletter's name typed large over its issue
    # a contents title typed as a paragraph, over the contents' links ("In this issue")
    return plain.rstrip(":") in CONTENTS_TITLES or is_furniture(text.strip())
