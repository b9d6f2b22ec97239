"""A page's source in reStructuredText (a Sphinx or Read the Docs handbook), read as markdown.

A title is underlined (and perhaps overlined) with a punctuation character; each style is a level,
in the order the page first uses it. Only a blank line ends a paragraph, so a paragraph's lines
are joined. Explicit markup (".. ") is the page's machinery, never text: a comment, a label
(".. _the-law:"), the metadata, contents, index and print-only directives with what they hold,
a "seealso" box of cross-references; but a box's body ("note", "important", "warning") is text, an
"admonition"'s title the label over its body, a "rubric" a heading, and a "list-table" becomes pipe
rows. Roles and links keep their text (":ref:`the chapter <target>`" is "the chapter"), a
substitution ("|Gateway|") its definition's text, a footnote's mark ("[#]_") a raised number, and
the notes (".. [#] ...") are set out in one line where they stand. The field list under the title
(":Owner:", ":Version:") is the page's metadata. Every line keeps its number.
"""

from __future__ import annotations

import re

from .inline import notes_line, raised

_EXPLICIT = re.compile(r"^(?P<indent>\s*)\.\.(?:\s+(?P<rest>.*))?$")
_DIRECTIVE = re.compile(r"^(?P<name>[\w:-]+)::\s*(?P<argument>.*)$")
_LABEL = re.compile(r"^_[^:]+:\s*$|^__\s*:")
_NOTE = re.compile(r"^\[(?P<key>#[\w-]*|\d+|\*)\]\s*(?P<text>.*)$")
_SUBSTITUTION_DEFINITION = re.compile(r"^\|(?P<name>[^|]+)\|\s+replace::\s*(?P<text>.*)$")
_ADORNMENT = re.compile(r"^([=\-#*~^\"'`+:._])\1{2,}$")
_FIELD = re.compile(r"^:(?P<name>[^:`]+):(?:\s|$)")
_ITEM = re.compile(r"^(?P<indent>\s*)(?P<mark>[*+-]|#\.|\d{1,3}[.)]|[a-z][.)]|\(\d{1,3}\))\s+(?P<text>\S.*)$")
_ROLE = re.compile(r":[a-z]+(?::[a-z]+)?:`(?P<body>[^`]+)`")
_LINK = re.compile(r"`(?P<body>[^`]+)`_{0,2}")
_LITERAL = re.compile(r"``(?P<body>.+?)``")
_NOTE_MARK = re.compile(r"\\?\s?\[(?:#[\w-]*|\d+|\*)\]_")
_SUBSTITUTION = re.compile(r"\|(?P<name>[^|\s][^|]*)\|(?:_{1,2})?")
_BOXES = frozenset({"note", "important", "warning", "caution", "attention", "danger", "error", "hint", "tip",
                    "topic", "sidebar", "container", "epigraph", "highlights", "pull-quote", "versionadded",
                    "versionchanged", "deprecated"})


def is_rst(lines: list[str]) -> bool:
    """Titles underlined with punctuation and explicit markup of reStructuredText's (".. name::")."""
    underlined = any(_ADORNMENT.match(lines[i + 1].strip()) and lines[i].strip()
                     and not _ADORNMENT.match(lines[i].strip()) and len(lines[i + 1].strip()) >= len(lines[i].strip())
                     for i in range(len(lines) - 1))
    explicit = sum(1 for line in lines if (m := _EXPLICIT.match(line)) and m["rest"]
                   and (_DIRECTIVE.match(m["rest"]) or _LABEL.match(m["rest"]) or _NOTE.match(m["rest"])))
    return underlined and explicit >= 2


def without_rst(lines: list[str]) -> list[str]:
    """The page as markdown (see the module's notes)."""
    if not is_rst(lines):
        return lines
    return _Reader(lines).read()


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.src = [line.rstrip().expandtabs(8) for line in lines]
        self.out = [""] * len(lines)
        self.styles: list[tuple[str, bool]] = []  # heading adornments, in the order of first use
        self.level = 1
        self.marks = 0  # footnote marks numbered so far
        self.substitutions = {m["name"]: m["text"].strip() for line in self.src
                              if (e := _EXPLICIT.match(line)) and e["rest"]
                              and (m := _SUBSTITUTION_DEFINITION.match(e["rest"]))}
        self.notes: list[str] = []  # the footnotes' texts, in order
        self.notes_first: int | None = None  # the line of the first note of the run being read
        self.run_start = 0  # and the number of notes before it
        self.text_begun = False  # the title's field list (the page's metadata) comes before any text

    def read(self) -> list[str]:
        i = 0
        while i < len(self.src):
            i = self._step(i)
        return self.out

    def _step(self, i: int) -> int:
        line = self.src[i]
        text = line.strip()
        if not text:
            return i + 1
        explicit = _EXPLICIT.match(line)
        if explicit:
            return self._explicit(i, explicit)
        if heading := self._heading(i):
            return heading
        if _ADORNMENT.match(text):  # a transition between parts
            return i + 1
        if _FIELD.match(text) and not self.text_begun:
            return self._block_end(i, len(line) - len(line.lstrip()))
        return self._paragraph(i)

    def _explicit(self, i: int, explicit: re.Match[str]) -> int:
        indent = len(explicit["indent"])
        rest = explicit["rest"] or ""
        end = self._block_end(i, indent)
        directive = _DIRECTIVE.match(rest)
        note = _NOTE.match(rest)
        if note:
            if self.notes_first is None:
                self.notes_first, self.run_start = i, len(self.notes)
            body = [note["text"], *(self.src[k].strip() for k in range(i + 1, end))]
            self.notes.append(self._inline(" ".join(part for part in body if part), marks=False))
            if not self._note_follows(end):  # the notes set out together, where the first stands
                self.out[self.notes_first] = notes_line(self.notes[self.run_start:], self.run_start + 1)
                self.notes_first = None
            return end
        if directive is None:  # a comment, a label, a substitution's definition
            return end
        name, argument = directive["name"].lower(), directive["argument"].strip()
        if name == "list-table":
            self._table(i, end, argument)
            return end
        if name == "rubric":
            self.out[i] = f"{'#' * max(self.level, 2)} {self._inline(argument)}"
            return end
        if name == "admonition" or name in _BOXES:
            if name == "admonition" and argument:
                self.out[i] = self._inline(argument)  # its title: the label over its body
            self._dedent(i + 1, end)
            return i + 1  # its body is read as text
        if name == "only" and argument.split()[:1] == ["html"]:
            self._dedent(i + 1, end)
            return i + 1
        # any other directive is the page's machinery: metadata ("meta"), generated contents and
        # indexes, print-only text ("only:: latex"), code, pictures, a "seealso" box of cross-references
        return end

    def _note_follows(self, end: int) -> bool:
        k = end
        while k < len(self.src) and not self.src[k].strip():
            k += 1
        explicit = _EXPLICIT.match(self.src[k]) if k < len(self.src) else None
        return bool(explicit and explicit["rest"] and _NOTE.match(explicit["rest"]))

    def _heading(self, i: int) -> int | None:
        text = self.src[i].strip()
        below = self.src[i + 1].strip() if i + 1 < len(self.src) else ""
        if _ADORNMENT.match(text) and i + 2 < len(self.src) and self.src[i + 2].strip()[:1] == text[:1] and (
                _ADORNMENT.match(self.src[i + 2].strip()) and self.src[i + 1].strip()):
            self._title(i + 1, self.src[i + 1].strip(), (text[0], True))  # over- and underlined
            return i + 3
        if (not self.src[i].startswith(" ") and _ADORNMENT.match(below) and not _ADORNMENT.match(text)
                and len(below) >= len(text)):
            self._title(i, text, (below[0], False))
            return i + 2
        return None

    def _title(self, at: int, text: str, style: tuple[str, bool]) -> None:
        if style not in self.styles:
            self.styles.append(style)
        self.level = min(6, self.styles.index(style) + 1)
        self.out[at] = f"{'#' * self.level} {self._inline(text)}"
        self.text_begun = self.text_begun or self.level > 1

    def _paragraph(self, i: int) -> int:
        """A paragraph or a list item, its lines joined onto its first."""
        line = self.src[i]
        item = _ITEM.match(line)
        indent = len(line) - len(line.lstrip())
        inner = len(item["indent"]) + len(item["mark"]) + 1 if item else indent
        k = i + 1
        while k < len(self.src) and self.src[k].strip():
            following = self.src[k]
            depth = len(following) - len(following.lstrip())
            if _EXPLICIT.match(following) or (item and depth < inner) or (not item and depth != indent):
                break
            if _ITEM.match(following) and depth <= indent:
                break
            k += 1
        text = " ".join(self.src[n].strip() for n in range(i, k))
        if item:
            mark = "1." if item["mark"] == "#." else item["mark"]
            text = f"{item['indent']}{mark} {text[len(item['mark']):].strip()}"
        else:
            text = f"{' ' * indent}{text}"
        if text.endswith("::"):
            text = text[:-1]  # "as follows::" over a literal block
        self.out[i] = self._inline(text)
        self.text_begun = True
        return k

    def _table(self, i: int, end: int, caption: str) -> None:
        """A "list-table": each row a pipe row on its first line, the caption a paragraph over them."""
        rows: list[tuple[int, list[str]]] = []
        for k in range(i + 1, end):
            text = self.src[k].strip()
            if text.startswith("* -"):
                rows.append((k, [text[3:].strip()]))
            elif text.startswith("- ") and rows:
                rows[-1][1].append(text[2:].strip())
            elif text and rows and not _FIELD.match(text):
                rows[-1][1][-1] += " " + text
        if caption:
            self.out[i] = self._inline(caption)
        for n, (k, cells) in enumerate(rows):
            self.out[k] = "| " + " | ".join(self._inline(cell) for cell in cells) + " |"
            if n == 0 and k + 1 < end:  # the header row's rule, on the line under it
                self.out[k + 1] = "|" + "---|" * len(cells)

    def _dedent(self, start: int, end: int) -> None:
        body = [self.src[k] for k in range(start, end) if self.src[k].strip()]
        cut = min((len(b) - len(b.lstrip()) for b in body), default=0)
        for k in range(start, end):
            self.src[k] = self.src[k][cut:]

    def _block_end(self, i: int, indent: int) -> int:
        """The line after an explicit block at `indent`: its lines are blank or indented deeper."""
        k = i + 1
        while k < len(self.src) and (not self.src[k].strip() or len(self.src[k]) - len(self.src[k].lstrip()) > indent):
            k += 1
        return k

    def _inline(self, text: str, marks: bool = True) -> str:
        text = _LITERAL.sub(r"\g<body>", text)
        text = _ROLE.sub(lambda m: _shown(m["body"]), text)
        text = _LINK.sub(lambda m: _shown(m["body"]), text)
        if marks:
            text = _NOTE_MARK.sub(self._mark, text)
        text = _SUBSTITUTION.sub(lambda m: self.substitutions.get(m["name"], m["name"]), text)
        return text.replace("\\ ", "")

    def _mark(self, _: re.Match[str]) -> str:
        self.marks += 1
        return raised(str(self.marks))


def _shown(body: str) -> str:
    """A role's or link's text: "the chapter <target>" -> "the chapter", "~pkg.name" -> "name"."""
    text = body.split("<", 1)[0].strip() if "<" in body and body.rstrip().endswith(">") else body
    return text.lstrip("~!").strip()
