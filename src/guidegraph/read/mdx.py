"""A markdown page written in MDX, as Docusaurus sites are: the site's code beside the guidance's text.

MDX adds to markdown the lines that import the site's components ("import Tabs from
'@theme/Tabs';"), comments ("{/* Owner: ... */}"), components written as tags ("<Tabs>",
"<TabItem label="Health">", "<DocCardList />") and admonitions fenced by colons (":::info[Myth:
...]" ... ":::"). None of it is text but two parts: an admonition's title, which labels its body
as a callout's does (read as one: "> [!info] Myth: ..." over its quoted body), and a tab's label,
which heads its panel as a web page's tab does (read as a heading one level below the last).
Every line keeps its number.
"""

from __future__ import annotations

import re

_IMPORT = re.compile(r"^(?:import\s+[^'\"]+?\s+from\s+|import\s+)['\"][^'\"]+['\"];?\s*$"
                     r"|^export\s+(?:const|default|function)\b")
_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.DOTALL)
_FENCE_OPEN = re.compile(r"^\s*:{3,}(?P<type>[a-z]+)(?:\[(?P<title>.*)\]|\s+(?P<plain>\S.*?))?\s*$")
_FENCE_CLOSE = re.compile(r"^\s*:{3,}\s*$")
_TAB = re.compile(r"^\s*<TabItem\b[^>]*?\blabel="
                  r"(?:\"(?P<label>[^\"]+)\"|'(?P<single>[^']+)'|\{['\"](?P<braced>[^'\"]+)['\"]\})")
# A component's tag alone on its line, opening, closing or self-closing: "<Tabs groupId=...>",
# "</TabItem>", "<DocCardList />". Components are capitalised; HTML's own tags are not.
_COMPONENT = re.compile(r"^\s*</?[A-Z][\w.]*(?:\s[^<>]*)?/?>\s*$")
_HEADING = re.compile(r"^(#{1,6})\s")


def is_mdx(lines: list[str]) -> bool:
    """Does the page use MDX's imports, comments, colon fences or components?"""
    return any(_IMPORT.match(line) or "{/*" in line or _FENCE_OPEN.match(line) or _TAB.match(line)
               for line in lines)


def without_mdx(lines: list[str]) -> list[str]:
    """The page as markdown: imports, comments and component tags gone, admonitions read as callouts,
    tabs' labels as headings."""
    if not is_mdx(lines):
        return lines
    out = _without_comments(lines)
    level = 1  # the level of the last heading: a tab's label heads its panel below it
    i = 0
    while i < len(out):
        line = out[i]
        heading, tab = _HEADING.match(line), _TAB.match(line)
        if heading:
            level = len(heading.group(1))
        elif tab:
            out[i] = f"{'#' * min(level + 1, 6)} {tab['label'] or tab['single'] or tab['braced']}"
        elif _IMPORT.match(line) or _COMPONENT.match(line):
            out[i] = ""
        elif fence := _FENCE_OPEN.match(line):
            i = _callout(out, i, (fence["title"] or fence["plain"] or "").strip(), fence["type"])
        i += 1
    return out


def _callout(out: list[str], start: int, title: str, kind: str) -> int:
    """The admonition opening at `start` as a callout, its title on the line before its body's
    first: "> [!note] What we learned" over "> Each agency held ...". The index of its closing fence."""
    end = next((k for k in range(start + 1, len(out)) if _FENCE_CLOSE.match(out[k])), len(out))
    body = [k for k in range(start + 1, end) if out[k].strip()]
    out[start] = ""
    if end < len(out):
        out[end] = ""
    if not body:
        return end
    first, last = body[0], body[-1]
    label = f"> [!{kind}] {title}" if title else f"> [!{kind}]"
    if first - 1 > start:  # the blank line under the fence takes the title
        out[first - 1] = label
    else:
        out[start] = label
    for k in range(first, last + 1):
        out[k] = f"> {out[k].strip()}" if out[k].strip() else ">"
    return end


def _without_comments(lines: list[str]) -> list[str]:
    """The lines with MDX comments blanked, each line kept (a comment over several lines leaves them empty)."""
    text = "\n".join(lines)
    if "{/*" not in text:
        return list(lines)
    blanked = _COMMENT.sub(lambda comment: "\n" * comment[0].count("\n"), text)
    return blanked.split("\n")
