"""Plain-text and markdown-ish reader: decoded text in, ordered heading/paragraph/item blocks out.

Guidance reaches the corpus as Word, PDF and web-page exports. `parse_blocks` classifies each line
(blank, furniture, markdown heading, Part/Appendix heading, paragraph number, numbered line,
bullet, plain text), then the assembler (`assembler`) joins lines into blocks and places the
headings. The classifier is in `lines`, the page furniture it drops in `furniture`, the reduction of
inline markup to text in `inline`, and tables typed with their columns set apart by spaces are
read into rows first (`aligned`); an e-mail's headers and signatures, and the quoted repeats of its
earlier messages, are dropped, as are a letter's letterhead, closing and signature (`mail`).
Other markup languages saved as text are first rewritten as markdown, each line kept in its place:
reStructuredText (`rst`), AsciiDoc (`asciidoc`), a slide deck's text export (`slides`), MediaWiki
(`mediawiki`), MDX, site generators' shortcodes and kramdown's extensions.

Heading levels: markdown headings keep their `#` count (an unnumbered one at the level of the
numbered headings before it moves one level down: converted documents flatten sub-headings; a
guide's "Step 2" headings are no such outline);
Part / Appendix / Chapter = 1; a printed number "4" = 2, one more per dot ("4.11" = 3); other
headings are one deeper than the last numbered heading or paragraph; a title-like first line is
the document's level-1 title.
"""

from __future__ import annotations

from ..model import Block
from .aligned import aligned_tables
from .asciidoc import without_asciidoc
from .assembler import Assembler
from .boxes import unbox
from .columns import one_column
from .furniture import _drop_running_lines, drop_closing_address, drop_version_tables
from .hyphens import Hyphenation
from .inline import clean_inline, without_spans
from .kramdown import without_kramdown
from .lines import _classify, _Line, capital_lettered, o_bullets, own_sections, ticked_options
from .mail import (
    drop_bare_names,
    drop_letter_furniture,
    drop_mail_headers,
    drop_signatures,
    quoted_lines,
    without_quoted_repeats,
)
from .markdown import (
    admonitions,
    bare_pipe_rows,
    grid_tables,
    html_blocks,
    join_box_labels,
    join_definitions,
    setext_headings,
    typed_dashes,
    without_anchor_contents,
    without_code,
    without_html_comments,
)
from .mdx import without_mdx
from .mediawiki import without_mediawiki
from .note_marks import raised_note_marks
from .rst import without_rst
from .shortcodes import without_shortcodes
from .slides import without_slide_export
from .wrapping import drop_mailing_footer, without_tracked_links


def parse_blocks(text: str, first_line: int = 1, pages: frozenset[int] = frozenset(),
                 sender: str | None = None) -> tuple[list[Block], list[str]]:
    """Turn decoded text into ordered blocks with 1-based source lines, and warnings. `pages` are
    the numbers of the lines that open a page of a text converted from a PDF (`page_starts`).
    `sender` is given for a saved message's body (its From header's name, or ""): the text is an
    e-mail's though no header in it says so, and its signatures go."""
    plain = without_spans(text)
    tops = frozenset(n - first_line for n in pages if n >= first_line)
    # reStructuredText and AsciiDoc first: their underlined titles and "====" blocks are no "setext" headings
    source = without_tracked_links(without_asciidoc(without_rst(plain.splitlines())))
    source = setext_headings(without_html_comments(without_code(source)))
    source = typed_dashes(without_anchor_contents(source))
    source = without_mediawiki(without_slide_export(source))
    source = without_kramdown(without_shortcodes(without_mdx(source)))
    source = admonitions(grid_tables(html_blocks(source)))
    source = bare_pipe_rows(source)
    pairs, boxed = unbox(one_column(join_definitions(join_box_labels(source)), tops))
    # once a two-column page's columns are parted and boxes are read: their gaps are no table's
    pairs = list(zip([i for i, _ in pairs], aligned_tables([raw for _, raw in pairs]), strict=True))
    raws = [raw for _, raw in pairs]
    lines = [_classify(raw, first_line + i) for i, raw in pairs]
    for k in boxed:  # a flowchart's box: a paragraph of its own, as a table's row is
        lines[k] = _Line(lines[k].no, "row", clean_inline(pairs[k][1].strip()), pairs[k][1].strip())
    lines = ticked_options(o_bullets(capital_lettered(own_sections(lines, raws))))
    drop_version_tables(lines)
    drop_mailing_footer(lines)
    drop_closing_address(lines)
    headers = drop_mail_headers(lines)
    mail = bool(headers) or sender is not None
    signed = (drop_signatures(lines) + drop_bare_names(lines, raws, sender or "")) if mail \
        else drop_letter_furniture(lines)
    dropped = headers + signed + _drop_running_lines(lines, frozenset(first_line + i for i in tops))
    blocks, warnings = Assembler(lines, Hyphenation(text)).run()
    blocks = raised_note_marks(without_quoted_repeats(blocks, quoted_lines(raws, first_line)))
    return blocks, warnings + dropped

