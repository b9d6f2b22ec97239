"""The HTML of a document's headings and passages, written here rather than in `document.html`.

A document's page shows every passage of the document: tens of thousands of passages over a large
corpus, each a few lines of text with inline links. Looped over in jinja2, they took a step of the
template per tag, attribute and text, most of the site's rendering time; written here, each passage
is one string, and the template loops over these strings as it loops over any context.

Every value is escaped with markupsafe's `escape`, as autoescape escapes it in templates, so that
corpus text can never inject markup; what is returned is `Markup`, which autoescape leaves as is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from guidegraph.site.data import Citation, Section
from guidegraph.site.pages import Context
from guidegraph.site.paths import relative
from guidegraph.site.text import cited_spans


class Mentions:
    """Inline links from one page (`folders` deep) to the pages of what its text cites."""

    def __init__(self, page_of: Callable[[str], str | None], folders: int) -> None:
        self.page_of = page_of
        self.folders = folders

    def html(self, text: str, citations: Sequence[Citation]) -> str:
        """`text` as HTML, each cited span a link to its entity's page, on each line it spans."""
        if not citations:  # most passages
            return str(escape(text))
        html = []
        position = 0
        for citation in cited_spans(text, citations):
            url = self.page_of(citation.target)
            if url is None:
                continue
            start, end = citation.start or 0, citation.end or 0
            if start > position:
                html.append(escape(text[position:start]))
            title = f' title="{escape(citation.note)}"' if citation.note else ""
            tag = f'<a class="mention" href="{escape(relative(url, self.folders))}"{title}>'
            html.append("\n".join(f"{tag}{escape(part)}</a>" if part else "" for part in citation.text.split("\n")))
            position = end
        html.append(escape(text[position:]))
        return "".join(html)

    def link(self, url: str, title: str) -> str:
        return f'<a href="{escape(relative(url, self.folders))}">{escape(title)}</a>'


def heading_html(level: int, anchor: str, title: str, section: Section, citations: Sequence[Citation],
                 mentions: Mentions) -> Markup:
    """A section's heading: `title`, or, where its title cites something, its number and its title linked."""
    if section.title and citations:
        text = f"{escape(section.number)} " if section.number else ""
        text += mentions.html(section.title, citations)
    else:
        text = escape(title)
    return Markup(f'<h{level} id="{escape(anchor)}" class="section-heading">{text}</h{level}>')


def passage_html(anchor: str, passage_id: str, text: str, citations: Sequence[Citation], items: int,
                 related: Sequence[Context], mentions: Mentions) -> Markup:
    """A passage: its lines (the last `items` as a list), links to the pages read from it, its permalink."""
    lines = [line for line in mentions.html(text, citations).split("\n") if line]
    split = len(lines) - items if 0 < items <= len(lines) else len(lines)
    anchor = escape(anchor)
    html = [f'<div class="passage" id="{anchor}">\n', *[f"<p>{line}</p>\n" for line in lines[:split]]]
    if split < len(lines):
        html += ["<ul>\n", *[f"<li>{line}</li>\n" for line in lines[split:]], "</ul>"]
    if related:
        links = " · ".join([mentions.link(r["url"], r["title"]) for r in related])
        html.append(f'<p class="related">See: {links}</p>')
    html.append(f'<a class="permalink" href="#{anchor}"><span class="visually-hidden">Link to passage '
                f'{escape(passage_id)}</span><span aria-hidden="true">¶</span></a>\n</div>')
    return Markup("".join(html))
