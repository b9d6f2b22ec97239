"""A wiki page's source in MediaWiki's markup, as an intranet wiki saves it, read as markdown.

"== Heading ==" is a heading; '''bold''' and ''italic'' are emphasis; "[[Page|text]]" and
"[https://... text]" links keep their text; "# item" is a numbered item (in markdown, "#" would
be a heading). A template ("{{Infobox ...}}" over several lines, "{{Toc right}}", a navigation
box) is the wiki's, never text, but a box template's one value ("{{Warning|If a child ...}}") is
the text the box shows. A "{| ... |}" table becomes pipe rows, a row's cells joined on its first
line. A footnote ("<ref>Children Act 1989, s47</ref>", reused as '<ref name="x" />') is a raised
number where it stands, and its note is set out where "<references />" stands, the notes in one
line ("¹ ... ² ..."). Categories and files are the wiki's. Every line keeps its number.
"""

from __future__ import annotations

import re

from .inline import notes_line, raised

_HEADING = re.compile(r"^(?P<marks>={2,6})\s*(?P<title>.+?)\s*(?P=marks)\s*$")
_LIST = re.compile(r"^(?P<marks>[*#]+)\s*(?P<text>\S.*)$")
_BOX = re.compile(r"^\s*\{\{\s*(?:warning|note|important|info|caution|tip|callout|quote|box)\s*"
                  r"\|(?P<text>[^{}|=]+)\}\}\s*$", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_FILE = re.compile(r"\[\[(?:file|image|category):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", re.IGNORECASE)
_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<text>[^\[\]|]+)\]\]")
_EXTERNAL = re.compile(r"\[(?:https?|ftp)://\S+(?:\s+(?P<text>[^\]]+))?\]")
_BOLD = re.compile(r"'''(?P<text>.+?)'''")
_ITALIC = re.compile(r"''(?P<text>.+?)''")
_REF = re.compile(r"<ref(?:\s+name\s*=\s*\"?(?P<name>[^\"/>]+?)\"?)?\s*(?:/>|>(?P<text>.*?)</ref\s*>)", re.I | re.S)
_REFERENCES = re.compile(r"^\s*<references\s*/?>\s*$", re.IGNORECASE)
_CELL_ATTRIBUTES = re.compile(r"^\s*(?:[\w-]+\s*=\s*\"[^\"]*\"\s*)+\|(?!\|)")


def is_mediawiki(lines: list[str]) -> bool:
    """Headings written "== ... ==" and some other markup of the wiki's."""
    return (any(_HEADING.match(line) for line in lines)
            and any("'''" in line or "[[" in line or line.startswith(("{{", "{|")) for line in lines))


def without_mediawiki(lines: list[str]) -> list[str]:
    """The page as markdown (see the module's notes)."""
    if not is_mediawiki(lines):
        return lines
    out = _without_block_templates(list(lines))
    out = _tables(out)
    notes: dict[str, int] = {}
    texts: list[str] = []
    for i, line in enumerate(out):
        if _REFERENCES.match(line):
            continue
        line = _REF.sub(lambda ref: _mark(ref, notes, texts), line)
        if box := _BOX.match(line):
            line = box["text"].strip()
        if heading := _HEADING.match(line):
            line = f"{'#' * len(heading['marks'])} {heading['title']}"
        elif item := _LIST.match(line):  # read before bold is written "**", which opens no item
            depth, numbered = len(item["marks"]) - 1, item["marks"][-1] == "#"
            line = f"{'   ' * depth}{'1.' if numbered else '-'} {item['text']}"
        line = _TEMPLATE.sub("", _FILE.sub("", line))
        line = _EXTERNAL.sub(lambda link: link["text"] or "", _LINK.sub(r"\g<text>", line))
        out[i] = _ITALIC.sub(r"*\g<text>*", _BOLD.sub(r"**\g<text>**", line))
    for i, line in enumerate(out):
        if _REFERENCES.match(line):
            out[i] = notes_line(texts)
    return out


def _mark(ref: re.Match[str], notes: dict[str, int], texts: list[str]) -> str:
    """The raised number of a footnote, its text kept for the references."""
    name, text = (ref["name"] or "").strip(), (ref["text"] or "").strip()
    if name and name in notes:
        number = notes[name]
    else:
        texts.append(_ITALIC.sub(r"\g<text>", _BOLD.sub(r"\g<text>", text)))
        number = len(texts)
        if name:
            notes[name] = number
    return raised(str(number))


def _without_block_templates(out: list[str]) -> list[str]:
    """A template opened on a line of its own and closed lines later (an infobox) left blank."""
    depth = 0
    for i, line in enumerate(out):
        if depth or (line.lstrip().startswith("{{") and line.count("{{") > line.count("}}")):
            depth += line.count("{{") - line.count("}}")
            out[i] = ""
    return out


def _tables(out: list[str]) -> list[str]:
    """Each "{| ... |}" table as pipe rows: a row's cells ("| a", "| b" or "| a || b") on its first line."""
    inside, row_at = False, None
    for i, line in enumerate(out):
        stripped = line.strip()
        if stripped.startswith("{|"):
            inside, row_at, out[i] = True, None, ""
        elif not inside:
            continue
        elif stripped.startswith("|}"):
            inside, out[i] = False, ""
        elif stripped.startswith(("|-", "|+")):
            row_at, out[i] = None, ""
        elif stripped.startswith(("|", "!")):
            cells = [_CELL_ATTRIBUTES.sub("", c).strip() for c in re.split(r"\|\||!!", stripped[1:])]
            if row_at is None:
                row_at, out[i] = i, "| " + " | ".join(cells) + " |"
            else:
                out[row_at], out[i] = out[row_at][:-1] + "| " + " | ".join(cells) + " |", ""
    return out
