"""Markdown shapes of a line beyond headings and lists: pipe-table rows, the labelled boxes
("> **Did you know?**") that leaflets and early-years guidance set beside their text, and
definition lists (a term, then ": its meaning" under it), as glossaries are converted; and the
admonitions of MkDocs and GitHub ('!!! note "Title"' over an indented body, "> [!NOTE]") and the
callouts of Wiki.js (a blockquote over "{.is-info}"); and what
is no text at all: fenced code (a note's dataview query) and an Obsidian note's "%% ... %%" comments."""

from __future__ import annotations

import html
import re

_PIPE_ROW = re.compile(r"^\|(?P<cells>.*[^\\])\|$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_BOX_LABEL = re.compile(r"^>\s?(?:\*\*|__)(?P<label>[^*_]{1,60})(?:\*\*|__)\s*$")
_QUOTED = re.compile(r"^>\s?(?P<text>\S.*)$")
_DEFINITION = re.compile(r"^:[ \t]+(?P<meaning>\S.*)$")
# MkDocs' admonition ("!!! warning", collapsible "??? question", "???+ example") with its title;
# GitHub's and Obsidian's callout ("> [!IMPORTANT]", "> [!tip] Title"): markup around a box.
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])\s")
_CALLOUT = re.compile(r"^>[ \t]?\[![\w-]+\][+-]?(?:[ \t]+(?P<title>\S.*?))?[ \t]*$")
_TERM = re.compile(r"^(?P<mark>\*\*|__)?(?P<term>[^:*_].{0,60}?)(?P=mark)?$")
# Wiki.js's callout: a blockquote with its kind in a class line under it ("{.is-warning}", "{.is-info}"),
# markup as a callout's "[!NOTE]" is
_QUOTE_CLASS = re.compile(r"^\{:?[ \t]*(?:\.[\w-]+[ \t]*)+\}[ \t]*$")


def pipe_cells(body: str) -> list[str] | None:
    """'| Children Act 1989 | Enquiries | Section 47 |' -> its cells; None for other lines."""
    match = _PIPE_ROW.match(body)
    if match is None:
        return None
    cells = [cell.strip() for cell in _CELL_SPLIT.split(match["cells"])]
    return cells if sum(1 for cell in cells if cell) >= 2 else None


def bare_pipe_rows(lines: list[str]) -> list[str]:
    """Rows of three cells or more set apart by spaced bars and typed without the outer bars
    ("Ref | Action | Owner" over "25/01 | Share the learning | RP"), two or more in a row with as
    many cells, become markdown pipe rows. One such line alone is a footer's or a byline's parts."""
    if not any(" | " in line for line in lines):
        return lines
    out = list(lines)
    counts = [_bare_cells(line) for line in lines]
    for i, count in enumerate(counts):
        if count and (count == (counts[i - 1] if i else 0) or count == (counts[i + 1] if i + 1 < len(counts) else 0)):
            out[i] = f"| {lines[i].strip()} |"
    return out


def _bare_cells(line: str) -> int:
    """How many cells a line holds set apart by spaced bars (three or more), else 0."""
    bars = line.count(" | ")
    if bars < 2 or line.lstrip()[:1] == "|" or bars != line.count("|"):
        return 0
    return bars + 1


def join_box_labels(lines: list[str]) -> list[str]:
    """A quoted box's bold label opens the box's paragraph ("> **Did you know?** You can share
    ...") rather than heading a section of the document; a myth stated as the label stays a paragraph
    over its answer. The label's own line is left blank, so every line keeps its number."""
    if not any(line.startswith(">") for line in lines):
        return lines
    out = list(lines)
    for i in range(len(out) - 1):
        label, quoted = _BOX_LABEL.match(out[i]), _QUOTED.match(out[i + 1])
        if label and quoted and not _BOX_LABEL.match(out[i + 1]) and not _STATEMENT_TITLE.match(label["label"]):
            out[i], out[i + 1] = "", f"> {label['label'].strip()} {quoted['text']}"
    return out


def admonitions(lines: list[str]) -> list[str]:
    """An admonition's title opens its body, as a box's label does ("Myth: ... – Fact: ..."), rather
    than heading a section; its body is dedented (indented, it would read as code) and each of its
    paragraphs joined on one line, as markdown joins them (a title over short lines would read as a
    heading). A callout's type label goes ("[!NOTE]" is no text) and its title labels the quoted
    box. Every line keeps its number."""
    if not any(line.startswith(("!!!", "???", ">")) for line in lines):
        return lines
    out = list(lines)
    for i, line in enumerate(out):
        if i and out[i - 1].startswith(">") and _QUOTE_CLASS.match(line):
            out[i] = ""  # the quoted box's class line: "{.is-danger}" is no text
            continue
        callout = _CALLOUT.match(line)
        if callout:
            _callout_title(out, i, callout["title"])
            continue
        admonition = _ADMONITION.match(line)
        if admonition is None:
            continue
        title, out[i] = (admonition["title"] or "").strip(), ""
        k, opening = i + 1, None  # the line each paragraph of the body is joined on
        while k < len(out) and (out[k].startswith(("    ", "\t")) or not out[k].strip() and k + 1 < len(out)
                                and out[k + 1].startswith(("    ", "\t"))):
            body = out[k][4:] if out[k].startswith("    ") else out[k].lstrip("\t")
            if not body.strip() or _LIST_ITEM.match(body):
                opening = None if not body.strip() else k
                out[k] = body
            elif opening is None:
                opening, out[k] = k, body
                if title:
                    out[k], title = f"{title}{' ' if title[-1] in '.?!:' else ' – '}{body}", ""
            else:
                out[opening], out[k] = f"{out[opening]} {body.strip()}", ""
            k += 1
    return out


_SENTENCE_END = re.compile(r"[.?!][\"'”’)]*$")
# A title stating a belief to be answered ("Myth: I need consent first") is a statement of its own,
# as a sentence is, though no stop ends it: the body answers it.
_STATEMENT_TITLE = re.compile(r"^(?:myth|misconception|true\s+or\s+false|myth\s+or\s+fact)\s*\d*\s*[:–—-]\s*\S", re.I)


def _callout_title(out: list[str], at: int, title: str | None) -> None:
    """A callout's title opens its body's first line as an admonition's does ("Case example: Kai,
    aged 6 – Kai's nursery ..."), set apart from it, so that a title in no stop is not read on into
    the body's first sentence; a title that is a sentence, or a myth to be answered, stays a
    paragraph of its own."""
    body = _QUOTED.match(out[at + 1]) if title and at + 1 < len(out) else None
    if title is None:
        out[at] = ""
    elif body is not None and _STATEMENT_TITLE.match(title) and not _SENTENCE_END.search(title):
        out[at] = f"> {title}"  # a myth with no stop: a paragraph (in bold, it would read as a heading)
    elif body is None or _SENTENCE_END.search(title) or _BOX_LABEL.match(out[at + 1]) or _LIST_ITEM.match(body["text"]):
        out[at] = f"> **{title}**"  # a sentence of its own ("Myth: "I can't share.""): its own paragraph
    else:
        out[at], out[at + 1] = "", f"> {title}{' ' if title[-1] == ':' else ' – '}{body['text']}"


# A fenced block of code ("```dataview" ... "```", "~~~") is a query or a program, never the
# guidance's text; nor is a note's comment ("%% to do %%"), hidden when the note is shown.
_FENCE = re.compile(r"^\s{0,3}(?P<fence>`{3,}|~{3,})")
_NOTE_COMMENT = re.compile(r"%%.*?%%")


def without_code(lines: list[str]) -> list[str]:
    """The lines with fenced code blocks and "%% ... %%" comments blanked; every line keeps its number."""
    out, fence, commented = list(lines), "", False
    for i, line in enumerate(out):
        opening = _FENCE.match(line)
        if fence:  # inside a block: a fence of its own kind, as long, closes it
            closing = opening is not None and opening["fence"][0] == fence[0] and len(opening["fence"]) >= len(fence)
            fence, out[i] = ("" if closing else fence), ""
        elif opening is not None:
            fence, out[i] = opening["fence"], ""
        elif commented:  # a comment over several lines: the text after its closing mark is kept
            _, mark, after = line.partition("%%")
            out[i], commented = (_NOTE_COMMENT.sub("", after), False) if mark else ("", True)
        elif "%%" in line:
            kept = _NOTE_COMMENT.sub("", line)
            out[i], _, _ = kept.partition("%%")
            commented = "%%" in kept
    return out


# An HTML comment ("<!-- owner: mash-practice-leads -->", a wiki's "<!-- TODO ... -->"), on a line or over
# several: markdown passes it to the page, where it is never shown.
_HTML_COMMENT = re.compile(r"<!--.*?-->")


def without_html_comments(lines: list[str]) -> list[str]:
    """The lines with HTML comments blanked; the text around one is kept and every line keeps its number."""
    if not any("<!--" in line for line in lines):
        return lines
    out, open_comment = list(lines), False
    for i, line in enumerate(out):
        if open_comment:
            _, mark, after = line.partition("-->")
            line, open_comment = (after, False) if mark else ("", True)
        line = _HTML_COMMENT.sub("", line)
        if "<!--" in line:
            line, open_comment = line.partition("<!--")[0], True
        out[i] = line if line.strip() else ""
    return out


# A setext heading: its title on one line, underlined by "===" (a title) or "---" (a section) on
# the next; a rule set apart by blank lines is a thematic break, and a table's rule is under a row.
_SETEXT_RULE = re.compile(r"^ {0,3}(?:(?P<title>={3,})|-{3,})[ \t]*$")
_NOT_A_TITLE = re.compile(r"^\s*(?:[-*+>|#<]|\d{1,2}[.)]\s|$)")


def setext_headings(lines: list[str]) -> list[str]:
    """A title underlined by "===" or "---" as the markdown heading it is ("# Title", "## Title"),
    its rule left blank, so that it heads its section as a "#" heading does. Every line keeps its number."""
    out = list(lines)
    for i in range(1, len(out)):
        rule = _SETEXT_RULE.match(out[i]) if out[i][:1] in " =-" else None
        if rule is None or _NOT_A_TITLE.match(out[i - 1]) or (i > 1 and out[i - 2].strip()):
            continue
        out[i - 1], out[i] = f"{'#' if rule['title'] else '##'} {out[i - 1].strip()}", ""
    return out


def join_definitions(lines: list[str]) -> list[str]:
    """A definition list's entry, "**Permission**" over ": When you say yes to something.", becomes
    one line, "Permission: When you say yes to something.", as a glossary's entry is written: the
    term heads no section. The term's own line is left blank, so every line keeps its number."""
    if not any(line.startswith(":") for line in lines):
        return lines
    out = list(lines)
    for i, line in enumerate(out):
        meaning = _DEFINITION.match(line)
        j = i - 1 if i and out[i - 1].strip() else i - 2  # a blank line may part the term from it
        term = _TERM.match(out[j].strip()) if meaning and j >= 0 else None
        if term and len(term["term"].split()) <= 8 and not term["term"].endswith("."):
            out[j], out[i] = "", f"{term['term'].strip()}: {meaning['meaning']}"
        elif meaning and j >= 0 and out[j].lstrip().startswith(("**", "__", '"', "“")):
            out[i] = meaning["meaning"]  # a set-off sentence defined (a myth over its fact): the colon is markup
    return out


# pandoc's tables, as it writes a Word document's: a grid table ("+----+----+" borders, "| ... |" lines,
# a cell's text wrapped over several lines) and a table framed by dashed rules ("-----  -----") whose
# columns are the rules' dash runs.
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")
_DASH_RULE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")


def grid_tables(lines: list[str]) -> list[str]:
    """Each row of a pandoc grid or framed table as one markdown pipe row ("| Children Act 1989 |
    Section 47 requires ... |") on the row's first line, its cells' wrapped lines joined; borders and
    the rows' other lines are left blank, so every line keeps its number."""
    if not any(_GRID_BORDER.match(line) or _DASH_RULE.match(line) for line in lines):
        return lines
    out = list(lines)
    i = 0
    while i < len(out):
        if _GRID_BORDER.match(out[i]):
            i = _grid_table(out, i)
        elif _DASH_RULE.match(out[i]):
            i = _framed_table(out, i)
        else:
            i += 1
    return out


def _grid_table(out: list[str], start: int) -> int:
    bounds = [m.start() for m in re.finditer(r"\+", out[start])]
    row: list[list[str]] | None = None
    first = start
    k = start
    while k < len(out) and (_GRID_BORDER.match(out[k]) or out[k].lstrip().startswith("|")):
        line = out[k]
        if _GRID_BORDER.match(line):
            _put_row(out, first, row)
            row, bounds = None, [m.start() for m in re.finditer(r"\+", line)]
        else:
            parts = [line[a + 1:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
            if row is None:
                row, first = [[] for _ in parts], k
            for cell, part in zip(row, parts, strict=False):
                cell.append(part)
        out[k] = ""
        k += 1
    _put_row(out, first, row)
    return k


def _framed_table(out: list[str], start: int) -> int:
    """A table between two dashed rules: the rows are its lines, or (a multiline table) its groups
    of lines parted by blank lines. A single rule, under a header, is left alone."""
    end = next((k for k in range(start + 1, min(len(out), start + 200)) if _DASH_RULE.match(out[k])), None)
    if end is None:
        return start + 1
    runs = [(m.start(), m.end()) for m in re.finditer(r"-{3,}", out[start])]
    body = list(range(start + 1, end))
    multiline = any(not out[k].strip() for k in body)
    row: list[list[str]] | None = None
    first = start
    for k in body:
        line = out[k]
        if not line.strip() or _DASH_RULE.match(line):
            _put_row(out, first, row)
            row = None
            out[k] = ""
            continue
        starts = [a for a, _ in runs] + [max(len(line), runs[-1][1]) + 1]
        parts = [line[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]
        if row is None:
            row, first = [[] for _ in parts], k
        for cell, part in zip(row, parts, strict=False):
            cell.append(part)
        out[k] = ""
        if not multiline:
            _put_row(out, first, row)
            row = None
    _put_row(out, first, row)
    out[start] = out[end] = ""
    return end + 1


def _put_row(out: list[str], at: int, row: list[list[str]] | None) -> None:
    if row is None:
        return
    cells = [" ".join(part for part in cell if part).replace("|", "\\|") for cell in row]
    out[at] = "| " + " | ".join(cells) + " |"


# HTML that markdown passes through: a wiki's `<table>` (its rows "<tr><td>...</td></tr>", a cell's
# paragraphs parted by "<br>"), and a folded `<details>` block titled by its `<summary>`.
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t\1\s*>", re.I | re.S)
_HTML_TAG = re.compile(r"<[^<>]+>")
_SUMMARY = re.compile(r"^\s*(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(?P<title>.*?)</summary\s*>\s*$", re.I)


def html_blocks(lines: list[str]) -> list[str]:
    """Each row of an HTML table in markdown as a pipe row ("| Myth | Fact |"), from the table's
    first line on, the table's other lines left blank; a `<summary>` line as the bold title of the
    block it folds. Every line keeps its number."""
    if not any("<table" in line.lower() or "<summary" in line.lower() for line in lines):
        return lines
    out = list(lines)
    for i, line in enumerate(out):
        summary = _SUMMARY.match(line)
        if summary and _HTML_TAG.sub("", summary["title"]).strip():
            out[i] = f"**{_cell_text(summary['title'])}**"
    i = 0
    while i < len(out):
        if not _TABLE_OPEN.search(out[i]):
            i += 1
            continue
        end = next((k for k in range(i, min(len(out), i + 500)) if _TABLE_CLOSE.search(out[k])), None)
        if end is None:
            break
        rows = [[_cell_text(c) for _, c in _HTML_CELL.findall(r)] for r in _HTML_ROW.findall("\n".join(out[i:end + 1]))]
        rows = [row for row in rows if any(row)]
        if rows and len(rows) <= end + 1 - i:  # room for a row a line; else the lines are left as they are
            out[i:end + 1] = ["| " + " | ".join(row) + " |" for row in rows] + [""] * (end + 1 - i - len(rows))
        i = end + 1
    return out


def _cell_text(html_text: str) -> str:
    text = html.unescape(_HTML_TAG.sub(" ", re.sub(r"<br\s*/?>", " ", html_text, flags=re.I)))
    return " ".join(text.split()).replace("|", "\\|")


# A line that is only a link to a place in the page itself: "[3.4 When a child moves school](#heading=h.3znysh7)",
# as Google Docs exports its table of contents and a wiki its "[Purpose](#purpose)" list. A link to
# "#" alone is a converted PDF's link whose address was lost ("[Keeping Children Safe in Education](#)"):
# a reference list's entry, to be read.
_ANCHOR_LINK = re.compile(r"^\s*(?:[-*+]\s+|\d{1,2}[.)]\s+)?\[[^\[\]]+\]\(#[^()\s]+\)\s*$")
# A dash typed at a line's start, which Google Docs' markdown escapes ("\- the designated teacher;").
_TYPED_DASH = re.compile(r"^(?P<indent>\s*)\\-[ \t]+(?=\S)")


def without_anchor_contents(lines: list[str]) -> list[str]:
    """Lines of nothing but links to the page's own headings, two or more running (blank lines
    between them), blanked: a table of contents repeats the headings it links to, and its entries
    ("3.4 When a child moves school") would be read as headings or text. Every line keeps its number."""
    if not any("](#" in line for line in lines):
        return lines
    out = list(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, "end"]):
        if _ANCHOR_LINK.match(line):
            run.append(i)
        elif line.strip():
            if len(run) >= 2:
                for k in run:
                    out[k] = ""
            run = []
    return out


def typed_dashes(lines: list[str]) -> list[str]:
    """Lines opening with an escaped dash, two or more running (blank lines between them), as the
    list items they are: Google Docs escapes a dash its author typed to start each point of a list."""
    out = list(lines)
    run: list[int] = []
    for i, line in enumerate([*lines, "end"]):
        if _TYPED_DASH.match(line):
            run.append(i)
        elif line.strip():
            if len(run) >= 2:
                for k in run:
                    out[k] = _TYPED_DASH.sub(r"\g<indent>- ", lines[k], count=1)
            run = []
    return out
