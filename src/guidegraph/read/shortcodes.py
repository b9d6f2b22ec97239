"""A static site's template tags in a markdown page (Hugo's shortcodes "{{< toc >}}" and
"{{% alert %}}", Jekyll's and Jinja's "{% include ... %}", a Liquid variable "{{ site.title }}"):
the site generator's instructions, never the guidance's text. A paired shortcode with a title
('{{% alert title="Remember" %}}', '{{< details "Myth: ..." >}}') is a box around its body, and is
read as a callout ("> [!note] Remember") so that its title opens the body as a callout's does.
"""

from __future__ import annotations

import re

# "{{< name args >}}", "{{% name args %}}", "{{< /name >}}", "{% tag %}", "{{ variable }}"
_TAG = re.compile(r"\{\{<\s*(?P<hugo>/?[\w.-]+)(?P<args>[^{}]*?)>\}\}|\{\{%\s*(?P<md>/?[\w.-]+)(?P<margs>[^{}]*?)%\}\}"
                  r"|\{%-?\s*[\w-]+[^{}]*?-?%\}|\{\{-?\s*[\w.]+\s*(?:\|[^{}]*)?-?\}\}")
# The page a "ref" shortcode links to: the link keeps a target, the text of the link stays.
_REF = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+\"(?P<page>[^\"]+)\"\s*[>%]\}\}")
_TITLE = re.compile(r'\btitle\s*=\s*"(?P<title>[^"]+)"|^\s*"(?P<first>[^"]+)"')


def without_shortcodes(lines: list[str]) -> list[str]:
    """The lines with template tags taken out, a tag alone on its line read as nothing and a paired
    shortcode with a title read as a callout over its quoted body. Every line keeps its number."""
    if not any("{{" in line or "{%" in line for line in lines):
        return lines
    out = [_REF.sub(r"\g<page>", line) if "ref" in line else line for line in lines]
    closer: str | None = None  # the closing tag of the titled box being read
    for i, line in enumerate(out):
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


def _closes(line: str, closes: str) -> bool:
    whole = _TAG.fullmatch(line.strip())
    return whole is not None and (whole["hugo"] or whole["md"]) == closes


def _inline(line: str) -> str:
    """A tag inside a sentence blanked in place: the line keeps its width, which tells a wrapped
    paragraph's lines from a paragraph's last (the spaces are one once the line is read)."""
    return _TAG.sub(lambda tag: " " * len(tag[0]), line)
