"""A page's source in AsciiDoc (an Antora or Asciidoctor handbook), read as markdown.

"= Title" is the document's title and the author, revision and attribute lines under it its
header; "== Title" and deeper are its sections. A paragraph's lines are joined (AsciiDoc writes a
sentence a line). An attribute's reference ("{iaa}") is its value. Comments ("//", "////"), block
attributes ("[.lead]", "[IMPORTANT]"), delimiters ("====", "****"), block macros ("image::",
"include::", "ifdef::") and page breaks are the page's machinery; an admonition's label ("NOTE:")
is its icon. A block's title (".What happened") is a label over the block. A table ("|===") gives a
pipe row for each of its rows, however its cells are typed; a question-and-answer list ("[qanda]",
"Question?::") a question over its answer; links and cross-references ("xref:page.adoc[text]")
their text. A footnote ("footnote:[...]") is a raised number where it stands, and the notes are set
out at the page's end. Every line keeps its number.
"""

from __future__ import annotations

import re

from .inline import notes_line, raised

_TITLE = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S.*)$")
_ATTRIBUTE = re.compile(r"^:(?P<name>!?[\w-]+!?):(?:\s+(?P<value>.*))?$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]]*\]$")
_ANCHOR = re.compile(r"^\[\[[^\]]+\]\]$")
_DELIMITER = re.compile(r"^(?:={4,}|\*{4,}|_{4,}|-{4,}|\.{4,}|\+{4,}|--|/{4,})$")
_BLOCK_TITLE = re.compile(r"^\.(?P<title>[^.\s].*)$")
_MACRO = re.compile(r"^(?:image|include|ifdef|ifndef|ifeval|endif|toc|video|audio)::")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
_ITEM = re.compile(r"^(?P<mark>\*{1,5}|-|\.{1,5}|\d{1,3}\.)\s+(?P<text>\S.*)$")
_TERM = re.compile(r"^(?P<term>\S.*?)(?P<marks>::|;;|:::)(?:\s+(?P<rest>.*))?$")
_CELL = re.compile(r"(?:^|\s)[a-z0-9.*+^<>]*\|")
_REFERENCE = re.compile(r"\{(?P<name>[\w-]+)\}")
_FOOTNOTE = re.compile(r"footnote(?::[\w-]*)?:\[(?P<text>[^\]]*)\]")
_LINK = re.compile(r"(?:xref:|link:|mailto:)?(?:https?://|\S+?\.adoc|[\w$#./-]*)[^\s\[\]]*\[(?P<text>[^\]]*)\]")
_CROSS_REFERENCE = re.compile(r"<<[^,>]+(?:,\s*(?P<text>[^>]+))?>>")
_INLINE_MACRO = re.compile(r"\b(?:kbd|btn|menu|pass|icon):\[(?P<text>[^\]]*)\]")
_INLINE_ANCHOR = re.compile(r"\[\[[^\]]+\]\]|\[#[\w-]+\]")


def is_asciidoc(lines: list[str]) -> bool:
    """A "= Title" (or "== Section") and markup of AsciiDoc's own: attribute entries, tables,
    delimited blocks, block attributes or macros."""
    titled = any(_TITLE.match(line) and not line.startswith("= =") for line in lines[:200])
    marks = sum(1 for line in lines if _ATTRIBUTE.match(line) or line.strip() == "|==="
                or _MACRO.match(line) or line.startswith(("xref:", "[source", "[NOTE]", "[TIP]", "[IMPORTANT]",
                                                          "[WARNING]", "[CAUTION]", "[qanda]", "[cols")))
    return titled and marks >= 3


def without_asciidoc(lines: list[str]) -> list[str]:
    """The page as markdown (see the module's notes)."""
    if not is_asciidoc(lines):
        return lines
    return _Reader(lines).read()


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.src = [line.rstrip() for line in lines]
        self.out = [""] * len(lines)
        self.attributes: dict[str, str] = {}
        self.notes: list[str] = []
        self.qanda = False  # the list being read is a question-and-answer list
        self.in_header = False

    def read(self) -> list[str]:
        i = 0
        while i < len(self.src):
            i = self._step(i)
        if self.notes:  # the footnotes, set out at the page's end
            last = next((k for k in reversed(range(len(self.out))) if not self.out[k].strip()), None)
            if last is not None:
                self.out[last] = notes_line(self.notes)
        return self.out

    def _step(self, i: int) -> int:
        line = self.src[i]
        text = line.strip()
        if not text:
            self.in_header = False
            return i + 1
        if text.startswith("////"):  # a comment block
            k = i + 1
            while k < len(self.src) and not self.src[k].strip().startswith("////"):
                k += 1
            return k + 1
        if text.startswith("//") or _MACRO.match(text) or text == "<<<" or text == "'''" or _ANCHOR.match(text):
            return i + 1
        if attribute := _ATTRIBUTE.match(text):
            self.attributes[attribute["name"].strip("!")] = self._inline(attribute["value"] or "")
            return i + 1
        if self.in_header:  # the author and revision lines under the title
            return i + 1
        if title := _TITLE.match(line):
            level = len(title["marks"])
            self.out[i] = f"{'#' * level} {self._inline(title['title'])}"
            self.in_header = level == 1
            return i + 1
        if _BLOCK_ATTRIBUTES.match(text):
            self.qanda = "qanda" in text
            return i + 1
        if text == "|===":
            return self._table(i)
        if _DELIMITER.match(text):
            return i + 1
        if block := _BLOCK_TITLE.match(text):
            self.out[i] = self._inline(block["title"])  # the label over the block
            return i + 1
        return self._paragraph(i)

    def _paragraph(self, i: int) -> int:
        """A paragraph, a list item or a question, its lines joined onto its first."""
        first = self.src[i].strip()
        k = i + 1
        while k < len(self.src) and self._continues(self.src[k].strip()):
            k += 1
        if (term := _TERM.match(first)) and not term["rest"] and not first.startswith(("*", "-", ".")):
            self.out[i] = self._inline(term["term"])  # a question (or a term) over its answer
            if k > i + 1:
                self.out[i + 1] = self._inline(" ".join(self.src[n].strip() for n in range(i + 1, k)))
            return k
        text = " ".join(self.src[n].strip() for n in range(i, k))
        if item := _ITEM.match(text):
            mark = item["mark"]
            depth = len(mark) - 1 if mark[0] in "*." else 0
            bullet = "1." if mark[0] == "." or mark[0].isdigit() else "-"
            text = f"{'   ' * depth}{bullet} {item['text']}"
        else:
            text = _ADMONITION.sub("", text)
        self.out[i] = self._inline(text)
        return k

    def _continues(self, text: str) -> bool:
        return bool(text) and not (_ITEM.match(text) or _DELIMITER.match(text) or _BLOCK_ATTRIBUTES.match(text)
                                   or _TITLE.match(text) or text.startswith("//") or text == "|==="
                                   or (_TERM.match(text) and not _TERM.match(text)["rest"]))

    def _table(self, i: int) -> int:
        """The rows of a "|===" table, each a pipe row on its first line (its header row ruled off)."""
        end = i + 1
        while end < len(self.src) and self.src[end].strip() != "|===":
            end += 1
        columns = self._columns(i)
        cells: list[tuple[int, str]] = []  # each cell with the line it starts on
        header_end = None
        for k in range(i + 1, end):
            text = self.src[k].strip()
            if not text:
                if header_end is None and cells:
                    header_end = len(cells)
                continue
            parts = _CELL.split(text)
            if parts[0].strip() and cells:  # a cell's text going on
                line, before = cells[-1]
                cells[-1] = (line, f"{before} {parts[0].strip()}")
            cells += [(k, part.strip()) for part in parts[1:]]
        columns = columns or (header_end or len(cells))
        for n in range(0, len(cells) - columns + 1, columns):
            row = cells[n:n + columns]
            self.out[row[0][0]] = "| " + " | ".join(self._inline(text) for _, text in row) + " |"
            if n == 0 and row[-1][0] + 1 < end and header_end == columns:
                self.out[row[-1][0] + 1] = "|" + "---|" * columns
        return end + 1

    def _columns(self, i: int) -> int:
        """The number of columns the block attributes over the table give ('cols="2,3,3"')."""
        above = self.src[i - 1].strip() if i else ""
        cols = re.search(r"cols\s*=\s*\"?(?P<spec>[^\"\]]+)", above)
        if cols is None:
            return 0
        spec = cols["spec"].strip()
        return int(spec) if spec.isdigit() else len(spec.split(","))

    def _inline(self, text: str) -> str:
        text = _REFERENCE.sub(lambda m: self.attributes.get(m["name"], m.group()), text)
        text = _FOOTNOTE.sub(self._footnote, text)
        text = _CROSS_REFERENCE.sub(lambda m: (m["text"] or "").strip(), text)
        text = _INLINE_MACRO.sub(r"\g<text>", text)
        # a link's text, without the attributes after it ("text^", "text,window=_blank")
        text = _LINK.sub(lambda m: re.split(r",\s*(?=\w+=)", m["text"])[0].rstrip("^").strip(), text)
        return _INLINE_ANCHOR.sub("", text)

    def _footnote(self, match: re.Match[str]) -> str:
        self.notes.append(match["text"].strip())
        return raised(str(len(self.notes)))
