"""Inline markup reduced to plain text: markdown links, images, emphasis and escapes, HTML tags
and entities, and footnote references.

Text exports keep their markdown or HTML inline markup; what is indexed, searched and shown is
the words. `clean_inline` is called by every classifier that tries a line, so it is cached.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|mailto:[^<>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
_SUP_NOTE = re.compile(r"<sup>\s*[\d*†‡,\s]+\s*</sup>", re.I)  # footnote references
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~'\"$%&,/:;=?@^])")  # any ASCII punctuation (CommonMark)
# pandoc's bracketed span, "[Working Together]{.underline}" (Word's underlining, kept as a class): its text
_SPAN = re.compile(r"\[((?:[^\[\]\\]|\\.){1,500})\]\{[#.][^{}\n]*\}")
_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")  # no brackets inside: a scan ends at the next one
_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[((?:[^\[\]\\]|\\.)+)\]\[[^\]]*\]")
# An embed of a picture in a note ("![[flowchart.png|400]]") shows no text; of another note
# ("![[Seven golden rules]]"), that note, which the reader knows by its name.
_WIKI_PICTURE = re.compile(r"!\[\[[^\[\]|\n]{1,200}\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|pdf)"
                           r"(?:\|[^\[\]\n]{0,100})?\]\]", re.I)
# a wiki's link to another page, "[[Recording standards]]" or "[[recording|Recording standards]]": its
# label (a contents macro, "[[_TOC_]]", is furniture, and left alone)
_WIKI_LINK = re.compile(r"!?\[\[(?!_?toc_?\]\])(?:[^\[\]|\n]{1,200}\|)?([^\[\]|\n]{1,200})\]\]", re.I)
# a code span, "`csea-hold`", "``a `b` c``": a policy repository's identifiers, set in code type; the
# reader sees the words without the backticks (a run of backticks closes only at a run of its length)
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)[ ]?([^\n]+?)[ ]?(?<!`)\1(?!`)")
# a wiki's emoji shortcode, ":warning:", ":information_source:": an icon, no words
_SHORTCODE = re.compile(r"(?<![\w:/]):[a-z][a-z0-9_+-]{1,30}:(?![\w/])")
# `*emphasis*`: a star that may open (not after a word or star, before a non-space) and the next
# star on the line that may close. Matched star by star: one regex for the pair scans the rest of
# the line from every opener, which takes minutes on a long line full of stars.
_OPEN_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])")
_CLOSE_STAR = re.compile(r"(?<=[^\s*])\*(?![\w*])")
_PARKED = re.compile("[\ue000-\ue07f]")
# an emoji opening a line, a notes app's callout's icon ("💡 Tip", "⚠️"): a picture, no words
_ICON = re.compile("^\\s*(?:(?:[\U0001F300-\U0001FAFF]|[\u2600-\u27BF]\uFE0F)\uFE0F?\\s*)+")


_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def raised(number: str) -> str:
    """A note's number as the raised figures a page shows it in ("12" -> "¹²"), as the notes' reader expects."""
    return number.translate(_RAISED)


def notes_line(texts: list[str], first: int = 1) -> str:
    """Notes set out in one line, each after its raised number ("¹ ... ² ..."), as a page's source
    (a wiki's, reStructuredText's, AsciiDoc's) leaves them to be set out: the notes' reader parts them."""
    return " ".join(f"{raised(str(n))} {text}" for n, text in enumerate(texts, start=first))


# A line is cleaned by each classifier that tries it: cached, once.
@lru_cache(maxsize=1 << 14)
def clean_inline(text: str) -> str:
    """Reduce markdown and HTML inline markup to plain text with normalised spaces."""
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE_SPAN.sub(r"\2", text) if "`" in text else text
    text = _TAG.sub(lambda m: " " if m.group().lower().startswith("<br") else "", _SUP_NOTE.sub("", text))
    # Escaped characters are parked in the private-use area so emphasis stripping leaves them alone.
    text = _ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
    text = _REF_LINK.sub(r"\1", _LINK.sub(r"\1", _IMAGE.sub("", _WIKI_LINK.sub(r"\1", _WIKI_PICTURE.sub("", text)))))
    text = _SHORTCODE.sub("", text) if ":" in text else text
    text = without_spans(text)
    text = "\n".join(without_emphasis(line) for line in text.replace("**", "").split("\n"))
    text = _PARKED.sub(lambda m: chr(ord(m.group()) - 0xE000), text)
    return _normalise(_ICON.sub("", html.unescape(text)))


def without_spans(text: str) -> str:
    """pandoc's bracketed spans reduced to their text ("[Working Together]{.underline}"), over line
    breaks too (the text reader calls this on the whole text first, keeping every line)."""
    return _SPAN.sub(r"\1", text) if "]{" in text else text


def without_emphasis(line: str) -> str:
    """The line with the stars of each `*emphasis*` pair removed, pairs taken left to right (the
    assembler calls it again on a paragraph whose emphasis ran over a line break)."""
    closers = [m.start() for m in _CLOSE_STAR.finditer(line)]
    kept, done, k = [], 0, 0
    for opener in (m.start() for m in _OPEN_STAR.finditer(line)):
        if opener < done:
            continue
        while k < len(closers) and closers[k] < opener + 2:
            k += 1
        if k == len(closers):
            break
        kept += [line[done:opener], line[opener + 1:closers[k]]]
        done = closers[k] + 1
    return "".join(kept) + line[done:]

# Marks of no width a page copied from the web carries inside its words: a zero-width space, a word
# joiner, a byte order mark left mid-text.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))


def _normalise(text: str) -> str:
    # str.split() splits at exactly what the regex `\s` matches (no-break spaces too), and is faster
    return " ".join(text.translate(_ZERO_WIDTH).split())
