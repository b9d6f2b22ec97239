"""A static site's template tags in a markdown page (Hugo's shortcodes "{{< toc >}}" and
"{{% alert %}}", Jekyll's and Jinja's "{% include ... %}", a Liquid variable "{{ site.title }}"):
the site generator's instructions, never the guidance's text. A paired shortcode with a title
('{{% alert title="Remember" %}}', '{{< details "Myth: ..." >}}') is a box around its body, and is
read as a callout ("> [!note] Remember") so that its title opens the body as a callout's does.
A Liquid comment ("{% comment %}" ... "{% endcomment %}") is a note to the site's editors, and an
include's `content="..."` is the text of the box the include draws, read in its place.
"""

from __future__ import annotations

import re

# "{{< name args >}}", "{{% name args %}}", "{{< /name >}}", "{% tag %}", "{{ variable }}"
_TAG = re.compile(r"\{\{<\s*(?P<hugo>/?[\w.-]+)(?P<args>[^{}]*?)>\}\}|\{\{%\s*(?P<md>/?[\w.-]+)(?P<margs>[^{}]*?)%\}\}"
                  r"|\{%-?\s*[\w-]+[^{}]*?-?%\}|\{\{-?\s*(?:[\w.]+|\"[^\"{}]*\"|'[^'{}]*')\s*(?:\|[^{}]*)?-?\}\}")
# A link's target made by the site ("[Working Together]({{ site.baseurl }}/national/wt/)", '({{ "/kcsie/" |
# relative_url }})'): the tag goes, a quoted path stays.
_TARGET = re.compile(r"(?<=\]\()\s*\{\{-?\s*(?:\"(?P<path>[^\"{}]*)\"|'(?P<single>[^'{}]*)'|[\w.]+)"
                     r"\s*(?:\|[^{}]*)?-?\}\}")
_COMMENT_OPEN = re.compile(r"^\s*\{%-?\s*comment\s*-?%\}")
_COMMENT_CLOSE = re.compile(r"\{%-?\s*endcomment\s*-?%\}\s*$")
_CONTENT = re.compile(r'^\s*\{%-?\s*include\s[^{}]*?\bcontent\s*=\s*"(?P<text>[^"]+)"[^{}]*?-?%\}\s*$')
# The page a "ref" shortcode links to: the link keeps a target, the text of the link stays.
_REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"(?P<page>[^\"]+)\"\s*[>%]\}\}")
_TITLE = re.compile(r'\btitle\s*=\s*"(?P<title>[^"]+)"|^\s*"(?P<first>[^"]+)"')


def without_shortcodes(lines: list[str]) -> list[str]:
    """The lines with template tags taken out, a tag alone on its line read as nothing and a paired
    shortcode with a title read as a callout over its quoted body. Every line keeps its number."""
    if not any("{{" in line or "{%" in line for line in lines):
        return lines
    out = _without_comments([_REF.sub(r"\g<page>", line) if "ref" in line else line for line in lines])
    closer: str | None = None  # the closing tag of the titled box being read
    for i, line in enumerate(out):
        if content := _CONTENT.match(line):
            out[i] = content["text"]
            continue
        whole = _TAG.fullmatch(line.strip())
        name = (whole["hugo"] or whole["md"] or "") if whole else ""
        if closer is not None and name == closer:
            out[i], closer = "", None
        elif whole is not None:
            title = _TITLE.search(whole["args"] or whole["margs"] or "")
            closes = f"/{name}"
            if title and not name.startswith("/") and any(_closes(later, closes) for later in out[i + 1:]):
                out[i], closer = f"> [!note] {title['title'] or title['first']}", closes
            else:
                out[i] = ""
        elif closer is not None:
            out[i] = f"> {_inline(line)}" if line.strip() else ">"
        elif "{{" in line or "{%" in line:
            out[i] = _inline(line)
    return out


def _without_comments(lines: list[str]) -> list[str]:
    """Each line of a Liquid comment, its tags' lines included, left blank (one never closed is
    left: the rest of the page is no comment because a tag was mistyped)."""
    out = list(lines)
    i = 0
    while i < len(out):
        if _COMMENT_OPEN.match(out[i]):
            end = next((k for k in range(i, len(out)) if _COMMENT_CLOSE.search(out[k])), None)
            if end is not None:
                out[i:end + 1] = [""] * (end + 1 - i)
                i = end
        i += 1
    return out


def _closes(line: str, closes: str) -> bool:
    whole = _TAG.fullmatch(line.strip())
    return whole is not None and (whole["hugo"] or whole["md"]) == closes


def _inline(line: str) -> str:
    """A tag inside a sentence blanked in place: the line keeps its width, which tells a wrapped
    paragraph's lines from a paragraph's last (the spaces are one once the line is read)."""
    line = _TARGET.sub(lambda tag: tag["path"] or tag["single"] or "", line)
    return _TAG.sub(lambda tag: " " * len(tag[0]), line)
