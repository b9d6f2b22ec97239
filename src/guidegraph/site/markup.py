"""The HTML of a document's contents, headings and passages, and of the law pages' quotes, written
here rather than in the templates.

A document's page shows every passage of the document: tens of thousands of passages over a large
corpus, each a few lines of text with inline links. Looped over in jinja2, they took a step of the
template per tag, attribute and text, most of the site's rendering time; written here, a document's
text and its table of contents are each one string, which the template writes as it writes any value.
The same goes for the quotes of the law pages (a list item per passage citing the law, tens of
thousands on a large site).

Every value is escaped by `escape_html` exactly as autoescape escapes it in templates, so that
corpus text can never inject markup; what reaches a template is `Markup`, which autoescape leaves as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup

from guidegraph.site.data import Citation, Section
from guidegraph.site.pages import Context
from guidegraph.site.paths import relative
from guidegraph.site.text import Segment, cited_spans, shared_readings


def escaped(text: str) -> str:
    """`text` escaped as markupsafe's `escape` escapes it (same five characters, same entities), as a
    plain string: no `Markup` made in Python for each of half a million values per large site."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
            .replace("'", "&#39;"))


try:  # the same in C: markupsafe's own, which `escape` calls (tests/test_site.py checks both against it)
    from markupsafe._speedups import _escape_inner as escape_html
except ImportError:  # a markupsafe without its speedups, or one that renamed them
    escape_html = escaped


class Mentions:
    """Inline links from one page (`folders` deep) to the pages of what its text cites.

    `reading_of` names a target as (its legal basis's title, its provision's label or ""): where
    one span cites several targets, the first is the span's link and each other is named after it.
    """

    def __init__(self, page_of: Callable[[str], str | None], folders: int,
                 reading_of: Callable[[str], tuple[str, str]] | None = None) -> None:
        self.page_of = page_of
        self.folders = folders
        self.reading_of = reading_of

    def html(self, text: str, citations: Sequence[Citation]) -> str:
        """`text` as HTML, each cited span a link to its entity's page, on each line it spans."""
        if not citations:  # most passages
            return escape_html(text)
        html = []
        position = 0
        spans = cited_spans(text, citations)
        shared = shared_readings(text, citations, spans) if self.reading_of is not None else {}
        for n, citation in enumerate(spans):
            url = self.page_of(citation.target)
            if url is None:
                continue
            start, end = citation.start or 0, citation.end or 0
            if start > position:
                html.append(escape_html(text[position:start]))
            tag = self._tag(url, citation.note)
            parts = citation.text.split("\n")
            html.append("\n".join(f"{tag}{escape_html(part)}</a>" if part else "" for part in parts))
            if n in shared:
                html.extend(self._also(citation, shared[n]))
            position = end
        html.append(escape_html(text[position:]))
        return "".join(html)

    def _tag(self, url: str, note: str) -> str:
        title = f' title="{escape_html(note)}"' if note else ""
        return f'<a class="mention" href="{escape_html(relative(url, self.folders))}"{title}>'

    def _also(self, first: Citation, others: Sequence[Citation]) -> list[str]:
        """' (also section 11)' after a span citing section 10 too; another Act is named in full."""
        assert self.reading_of is not None
        act = self.reading_of(first.target)[0]
        links = []
        for other in others:
            url = self.page_of(other.target)
            if url is not None:
                other_act, provision = self.reading_of(other.target)
                same_act = other_act == act and provision
                name = provision if same_act else ", ".join(x for x in (other_act, provision) if x)
                links.append(f"{self._tag(url, other.note)}{escape_html(name)}</a>")
        return [f' <span class="also">(also {", ".join(links)})</span>'] if links else []

    def link(self, url: str, title: str) -> str:
        return f'<a href="{escape_html(relative(url, self.folders))}">{escape_html(title)}</a>'


def heading_html(level: int, anchor: str, title: str, section: Section, citations: Sequence[Citation],
                 mentions: Mentions) -> str:
    """A section's heading: `title`, or, where its title cites something, its number and its title linked."""
    if section.title and citations:
        text = f"{escape_html(section.number)} " if section.number else ""
        text += mentions.html(section.title, citations)
    else:
        text = escape_html(title)
    return f'<h{level} id="{escape_html(anchor)}" class="section-heading">{text}</h{level}>'


def passage_html(anchor: str, passage_id: str, text: str, citations: Sequence[Citation], items: int,
                 related: Sequence[Context], mentions: Mentions) -> str:
    """A passage: its lines (the last `items` as a list), links to the pages read from it, its permalink."""
    body = mentions.html(text, citations)
    anchor = escape_html(anchor)
    permalink = (f'<a class="permalink" href="#{anchor}"><span class="visually-hidden">Link to passage '
                 f'{escape_html(passage_id)}</span><span aria-hidden="true">¶</span></a>\n</div>')
    if body and "\n" not in body and not items and not related:  # most passages: one paragraph, written at once
        return f'<div class="passage" id="{anchor}">\n<p>{body}</p>\n{permalink}'
    lines = [line for line in body.split("\n") if line]
    split = len(lines) - items if 0 < items <= len(lines) else len(lines)
    html = f'<div class="passage" id="{anchor}">\n'
    if split:
        html += "<p>" + "</p>\n<p>".join(lines[:split]) + "</p>\n"
    if split < len(lines):
        html += "<ul>\n<li>" + "</li>\n<li>".join(lines[split:]) + "</li>\n</ul>"
    if related:
        html += '<p class="related">See: ' + " · ".join([mentions.link(r["url"], r["title"]) for r in related]) + "</p>"
    return html + permalink


def contents_html(entries: Sequence[tuple[int, str, str]]) -> Markup:
    """A table of contents' list items, one line each, from its headings' (depth, anchor, title)."""
    return Markup("\n".join([f'  <li class="depth-{depth}"><a href="#{escape_html(anchor)}">{escape_html(title)}</a>'
                              "</li>" for depth, anchor, title in entries]))


def lines_html(parts: Sequence[str]) -> Markup:
    """HTML parts (headings, passages) written one after the other, each ending its line."""
    return Markup("".join([part + "\n" for part in parts]))


def quote_html(segments: Sequence[Segment]) -> str:
    """An excerpt (`text.excerpt`) as HTML, its cited span marked: tens of thousands on a large site's law pages."""
    return "".join([f"<mark>{escape_html(str(s['text']))}</mark>" if s["mark"] else escape_html(str(s["text"]))
                    for s in segments])


def source_quote_html(quote: str, ref: Context, depth: int) -> str:
    """A list item of a law page: an excerpt quoted (`quote_html`), and a link to the passage it is
    from (`ref`, `Linker.passage`) from a page `depth` folders deep, indented as the macros indent
    their list items."""
    return (f'    <li><blockquote>{quote}</blockquote>\n      <p class="source">From '
            f'<a href="{escape_html(relative(ref["url"], depth))}">{escape_html(ref["section"])}</a></p></li>')
