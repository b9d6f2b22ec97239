"""What a page's own style sheet says of its text: a word processor's HTML export (Google Docs'
"Download as web page") marks its headings, when the author typed them as bold, larger "Normal"
text, only by the classes of their spans (`.c2{font-weight:700;font-size:13pt}`), and its title by
the class "title". Word's HTML (a message saved from Outlook) sizes such text in the span's own
style ("font-size:14.0pt") against its "p.MsoNormal" rule; a site builder's (Wix's) sizes its text in
pixels, by classes in the "font" shorthand, and hides its mobile copies of text boxes by their ids.
Also the label of a tab whose panel has no heading of its own.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

# `.c2{...}` and `p{...}` rules: a word processor's export writes flat rules, one selector each.
_RULE = re.compile(r"(?:^|(?<=[}\s]))(\.?[A-Za-z][\w-]*)\s*\{([^{}]*)\}")
_WEIGHT = re.compile(r"font-weight:\s*(bold|[6-9]00)\b", re.I)
# a size in points, or in pixels (a site builder's: Wix's "font-size:22px"), also in the "font"
# shorthand ("font: normal normal bold 22px/1.4em raleway")
_SIZE = re.compile(r"font(?:-size)?:[^;{}]*?(?<![\w.])(\d+(?:\.\d+)?)(pt|px)\b", re.I)
_NO_WEIGHT = re.compile(r"font-weight:\s*(normal|[1-5]00)\b", re.I)
# the weight in the "font" shorthand: "font: normal normal bold 40px/1.2em ...", after style and variant
_SHORTHAND_WEIGHT = re.compile(r"(?:^|[;\s])font:\s*(?:(?:normal|italic|oblique|small-caps)\s+){0,2}(bold|[6-9]00)\b",
                               re.I)
POINTS = {"pt": 1.0, "px": 0.75}
# A box the style sheet hides by its id, outside any media query (a site builder's copy of a text box
# for the mobile layout, shown only on a small screen): the page as printed does not show it.
_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_HIDDEN_ID = re.compile(r"#([\w-]+)\s*\{[^{}]*\bdisplay\s*:\s*none\b[^{}]*\}", re.I)
# Word's rule for its body text, written for several elements at once: "p.MsoNormal, li.MsoNormal, ... {...}"
_WORD_NORMAL = re.compile(r"(?:^|[\s,}])p\.MsoNormal\b[^{}]*\{([^{}]*)\}")
# A larger size than the text's by this much (points): a heading's, not a note's or an emphasis'.
LARGER = 1.0
STYLED_TITLE_WORDS = 12


class PageStyles:
    """The classes of a page's style sheet that set text bold or give it a size, and the size of
    the page's paragraphs."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self.bold: set[str] = set()
        self.light: set[str] = set()
        self.sizes: dict[str, float] = {}
        self.text_size = 0.0
        self.hidden_ids: set[str] = set()
        self.levels: dict[float, int] = {}  # the level of the styled headings of each size
        for style in soup.find_all("style"):
            self.hidden_ids.update(_HIDDEN_ID.findall(_MEDIA.sub("", style.get_text())))
            for selector, body in _RULE.findall(style.get_text()):
                self._rule(selector, body)
            if (normal := _WORD_NORMAL.search(style.get_text())) and (size := _points(normal.group(1))):
                self.text_size = size
        if not self.text_size and self.sizes:
            self.text_size = _commonest_size(soup, self.sizes)
        self.google_docs = _google_docs(soup)

    def _rule(self, selector: str, body: str) -> None:
        size = _points(body)
        if selector == "p":
            self.text_size = size or self.text_size
            return
        if not selector.startswith("."):
            return
        name = selector[1:]
        if _WEIGHT.search(body) or _SHORTHAND_WEIGHT.search(body):
            self.bold.add(name)
        elif _NO_WEIGHT.search(body):
            self.light.add(name)
        if size:
            self.sizes[name] = size

    def hides(self, tag: Tag) -> bool:
        """Does the page's style sheet hide this box by its id?"""
        return bool(self.hidden_ids) and str(tag.get("id") or "") in self.hidden_ids

    def heading_level(self, paragraph: Tag, outline: int) -> int:
        """The level of a paragraph set all in bold and larger than the page's text, by its
        classes (a heading typed as bold, larger text), one below the outline's last heading, or
        that of the styled headings of its size before it; else 0."""
        if not self.text_size:
            return 0
        text = " ".join(paragraph.get_text(" ").split())
        if not text or len(text.split()) > STYLED_TITLE_WORDS or text[-1] in ".,;:":
            return 0
        spans = [node.parent for node in paragraph.find_all(string=True) if str(node).strip()]
        if not spans or not all(self._bold(tag, paragraph) for tag in spans):
            return 0
        size = max(self._size(tag, paragraph) for tag in spans)
        if size < self.text_size + LARGER:
            return 0
        # the first of a size one below the outline's last heading; the others of that size its peers,
        # wherever the page's own headings (an <h2> between them) left the outline
        return self.levels.setdefault(size, min(6, outline + 1))

    def _bold(self, tag: Tag, paragraph: Tag) -> bool:
        for node in [tag, *tag.parents]:
            classes = set(node.get("class") or [])
            style = str(node.get("style") or "")
            if node.name in ("b", "strong") or classes & self.bold or _WEIGHT.search(style):
                return True
            if classes & self.light or _NO_WEIGHT.search(style) or node is paragraph:
                return False
        return False

    def _size(self, tag: Tag, paragraph: Tag) -> float:
        """The size of a span's text: its own style's (Word's "font-size:14.0pt"), or its classes'."""
        for node in [tag, *tag.parents]:
            if inline := _points(str(node.get("style") or "")):
                return inline
            sizes = [self.sizes[name] for name in node.get("class") or [] if name in self.sizes]
            if sizes:
                return max(sizes)
            if node is paragraph:
                break
        return self.text_size

    def is_title(self, paragraph: Tag) -> bool:
        """A Google Docs export's paragraph in the "Title" style."""
        return self.google_docs and "title" in (paragraph.get("class") or [])


def _points(style: str) -> float:
    """The font size a style sets, in points; 0 when it sets none."""
    size = _SIZE.search(style)
    return float(size.group(1)) * POINTS[size.group(2).lower()] if size else 0.0


def _commonest_size(soup: BeautifulSoup, sizes: dict[str, float]) -> float:
    """The size of most of a page's paragraphs, by their classes, where no rule sizes all text
    (a site builder's page: Wix's ".font_8" text beside its ".font_7" titles)."""
    counts: dict[float, int] = {}
    for paragraph in soup.find_all("p"):
        found = [sizes[name] for name in paragraph.get("class") or [] if name in sizes]
        if found:
            counts[found[0]] = counts.get(found[0], 0) + 1
    return max(counts, key=lambda size: (counts[size], -size)) if counts else 0.0


def _google_docs(soup: BeautifulSoup) -> bool:
    """A page Google Docs exported: its body classed "doc-content", or its lists' "lst-kix" classes."""
    body = soup.find("body")
    if body is not None and "doc-content" in (body.get("class") or []):
        return True
    return any("lst-kix" in style.get_text() for style in soup.find_all("style"))


def tab_label(panel: Tag) -> str:
    """The label of the tab that shows this panel (`aria-labelledby`, or the tab linking to it)."""
    root = next((p for p in panel.parents if p.parent is None), panel)
    labelled = str(panel.get("aria-labelledby") or "").split()
    tab = root.find(id=labelled[0]) if labelled else None
    panel_id = str(panel.get("id") or "")
    if tab is None and panel_id:
        tab = root.find(attrs={"aria-controls": panel_id}) or root.find("a", href=f"#{panel_id}")
    return " ".join(tab.get_text(" ").split()) if isinstance(tab, Tag) else ""


def repeats_label(panel: Tag, label: str) -> bool:
    """The panel opens with a heading that says its tab's label again."""
    first = next((node for node in panel.find_all(string=True) if str(node).strip()), None)
    heading = first.find_parent(["h1", "h2", "h3", "h4", "h5", "h6"]) if first is not None else None
    return heading is not None and " ".join(heading.get_text(" ").split()).casefold() == label.casefold()
