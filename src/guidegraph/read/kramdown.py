"""kramdown's markup in a markdown page, as Jekyll sites (GitHub Pages, Just the Docs) write it.

kramdown adds to markdown attribute lists ("{: .note }" under a paragraph, "{: .no_toc }" under
a heading, "{:target="_blank"}" after a link): the site's styling, never text. Its table of
contents is a list of one item, "* TOC", over "{:toc}", which the site replaces with links to the
page's headings; the heading over it ("Contents") is navigation too. An abbreviation's definition
("*[MASH]: Multi-Agency Safeguarding Hub") is a tooltip. A footnote's mark ("[^1]") is a raised
number on the page, and is read as one ("¹"), its note ("[^1]: ...") as a note opening with it.
Every line keeps its number.
"""

from __future__ import annotations

import re

from .inline import raised

_ATTRIBUTES = re.compile(r"\{:[^{}\n]*\}")
_ATTRIBUTES_ALONE = re.compile(r"^\s*(?:\{:[^{}\n]*\}\s*)+$")
_TOC_ITEM = re.compile(r"^\s*(?:[*+-]|1\.)\s+[^\s{}].{0,40}$")
_TOC_MARK = re.compile(r"^\s*\{:toc\}\s*$")
_HEADING = re.compile(r"^#{1,6}\s")
_ABBREVIATION = re.compile(r"^\*\[[^\]\n]{1,40}\]:\s")
_NOTE = re.compile(r"\[\^(?P<number>\d{1,3})\](?P<defines>:\s?)?")


def is_kramdown(lines: list[str]) -> bool:
    """Does the page use kramdown's attribute lists or footnotes?"""
    return any("{:" in line or "[^" in line for line in lines)


def without_kramdown(lines: list[str]) -> list[str]:
    """The page as plain markdown: attribute lists, the table of contents and its heading, and
    abbreviations' definitions gone; footnotes' marks raised."""
    if not is_kramdown(lines):
        return lines
    out = list(lines)
    for i, line in enumerate(out):
        if _TOC_MARK.match(line) and i and _TOC_ITEM.match(out[i - 1]):
            out[i - 1] = ""
            _drop_heading_over(out, i - 2)
    for i, line in enumerate(out):
        if _ATTRIBUTES_ALONE.match(line) or _ABBREVIATION.match(line):
            out[i] = ""
        elif "{:" in line or "[^" in line:
            out[i] = _NOTE.sub(_raised, _ATTRIBUTES.sub("", line))
    return out


def _drop_heading_over(out: list[str], at: int) -> None:
    """The heading just over the table of contents (past blank lines and its attribute list)."""
    while at >= 0 and (not out[at].strip() or _ATTRIBUTES_ALONE.match(out[at])):
        at -= 1
    if at >= 0 and _HEADING.match(out[at]):
        out[at] = ""


def _raised(mark: re.Match[str]) -> str:
    return raised(mark["number"]) + (" " if mark["defines"] else "")
