"""The block assembler: classified lines in, heading/paragraph/item blocks out.

It walks the lines once, joining a paragraph's lines (a hard wrap, a page break inside a
sentence, a word broken at a line end), telling headings from text by shape and position, and
placing each heading at its level (see `text` for the levels). In hard-wrapped text whose
paragraphs stand apart with blank lines, a line that ends a sentence at the wrap width does not
end its paragraph.
"""

from __future__ import annotations

import re
from functools import cached_property

from ..model import Block
from .furniture import _TOC_TAB, CONTENTS_TITLES
from .hyphens import Hyphenation
from .inline import without_emphasis
from .lines import _OPEN_END, _Line, _split_number, _title_case, _title_like, step_number
from .pending import _Pending
from .shapes import (
    CAPTION,
    FULL_LINE,
    LABEL,
    PHONE,
    PROVISION_GLOSS,
    REFERENCES,
    URL_ONLY,
    all_caps,
    ends_sentence,
    named_elsewhere,
    number_level,
    parted_by_blank_lines,
    said,
    said_at,
    starts_lower,
    wrap_width,
)

ENTRY_RUN = 3  # fewer lines in a row may be a title over its subtitle


class Assembler:
    """Walks the classified lines once, joining continuations and placing headings."""

    def __init__(self, lines: list[_Line], hyphenation: Hyphenation) -> None:
        self.lines = lines
        self.hyphenation = hyphenation
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.pending: _Pending | None = None
        self.last_heading = ""  # kept as headings are placed: looked for at every line, it made long texts quadratic
        self.gap = True  # a blank line (or the start) lies between the last content and here
        self.consumed: set[int] = set()
        self.in_contents = False
        self.markdown = sum(line.kind == "md" for line in lines) >= 2
        self.last_int = 0  # last printed section number, to tell section numbers from page numbers
        self.restart_ok = True  # numbering may restart at 1 (at the start, after Part/Appendix)
        self.anchor = 1  # level of the last numbered heading or paragraph
        self.md_numbered_level = 0  # level of the last numbered markdown heading
        self.wrap = wrap_width(lines)
        self.parted = bool(self.wrap) and parted_by_blank_lines(lines, self.wrap)

    def run(self) -> tuple[list[Block], list[str]]:
        for i, line in enumerate(self.lines):
            if i in self.consumed or line.kind == "drop":
                continue
            if line.kind in ("blank", "toc"):
                self.gap = True
            elif self.in_contents and line.kind != "md" and (_TOC_TAB.search(line.raw) or self._named_later(i, line)):
                continue
            elif line.text.lower().rstrip(":") in CONTENTS_TITLES and line.kind in ("md", "text"):
                self._flush()
                self.in_contents = True
            else:
                self.in_contents = False
                getattr(self, f"_on_{line.kind}")(i, line)
                self.gap = False
        self._flush()
        return self.blocks, self.warnings

    # -- helpers ------------------------------------------------------------------------------

    def _named_later(self, i: int, line: _Line) -> bool:
        """A contents entry with no page number: it names a heading further on (a web page's
        contents list, printed), or elsewhere (a newsletter's "In this issue" box in its margin)."""
        return line.kind in ("numbered", "bullet", "text") and named_elsewhere(said(line), i, self._said_at)

    @cached_property
    def _said_at(self) -> dict[str, list[int]]:
        return said_at(self.lines)

    def _next(self, i: int) -> tuple[int, _Line | None, bool]:
        """The next content line after i, and whether a blank line lies between."""
        gap = False
        for j in range(i + 1, len(self.lines)):
            kind = self.lines[j].kind
            gap = gap or kind in ("blank", "toc")
            if kind not in ("blank", "toc", "drop"):
                return j, self.lines[j], gap
        return -1, None, gap

    def _flush(self) -> None:
        p, self.pending = self.pending, None
        if p is not None and p.text:
            # "*Information sharing: advice ...\n... services*": emphasis over a line break pairs once joined
            text = without_emphasis(p.text) if len(p.parts) > 1 and "*" in p.text else p.text
            self.blocks.append(Block(p.kind, text, p.line_start, p.line_end,  # type: ignore[arg-type]
                                     number=p.number, marker=p.marker))

    def _start(self, kind: str, text: str, start: int, end: int, **extra: str | None) -> None:
        self._flush()
        self.pending = _Pending(kind, [text], start, end, **extra)

    def _heading(self, text: str, start: int, end: int, level: int, number: str | None = None) -> None:
        self._flush()
        if not text:
            self.warnings.append(f"line {start}: heading with no text skipped")
            return
        self.blocks.append(Block("heading", text, start, end, level=max(1, min(level, 6)), number=number))
        self.last_heading = text

    def _heading_position(self) -> bool:
        """A heading may start here: after a blank line, a heading or a finished sentence."""
        p = self.pending
        return p is None or (not p.text.endswith(":") and (self.gap or ends_sentence(p.text)))

    def _plausible(self, number: str) -> bool:
        """A section number in sequence, not a page number or a stray figure."""
        if "." in number:
            return True
        n = int(number)
        return self.last_int < n <= self.last_int + 2 or (n == 1 and self.restart_ok)

    def _heads_list(self, number: str, nxt: _Line) -> bool:
        """"4. Practical steps" over "(a) Ask ..." or "- ...": after sections 1-3 the next section
        of the numbered outline, not an item."""
        return nxt.kind == "bullet" and self.last_int > 0 and int(number) == self.last_int + 1

    def _passed(self, number: str) -> bool:
        """A whole number the document's section numbers have already reached."""
        return number.isdigit() and 0 < int(number) <= self.last_int

    @staticmethod
    def _heads_new_list(number: str, nxt: _Line) -> bool:
        """"6. WHAT TO DO" over "1. Make sure ...": a list counting from 1 again opens under a
        heading, as no list's item 6 is followed by its item 1."""
        return nxt.kind == "numbered" and nxt.number == "1" and number != "1"

    def _count(self, number: str) -> None:
        if "." not in number:
            self.last_int, self.restart_ok = int(number), False
        self.anchor = number_level(number)

    # -- one handler per line kind --------------------------------------------------------------

    def _on_md(self, i: int, line: _Line) -> None:
        number, text = _split_number(line.text)
        level = line.level
        if number and not self.blocks and self._counts_in_title(i, number):
            number, text = None, line.text
        if number and not step_number(text):  # a guide's steps are no outline flattened by a converter
            self.md_numbered_level = level
            self.last_int = int(number) if number.isdigit() else self.last_int
        elif level == self.md_numbered_level:
            level += 1  # a flattened sub-heading sitting among the numbered headings
        self._heading(text, line.no, line.no, level, number)

    def _counts_in_title(self, i: int, number: str) -> bool:
        """"# 7 Minute Briefing: ...", "# 10 Steps to Sharing Safely": a title opening with a count,
        not the document's section 7, as no heading after it goes on from its number."""
        if not number.isdigit() or number == "1":
            return False
        after = (_split_number(line.text)[0] if line.kind == "md" else line.number for line in self.lines[i + 1:]
                 if line.kind in ("md", "numbered", "number"))
        return not any(n and (n == str(int(number) + 1) or n.startswith(f"{number}.")) for n in after)

    def _on_structural(self, i: int, line: _Line) -> None:
        p = self.pending
        if p is not None and not self.gap and (_OPEN_END.search(p.parts[-1]) or p.parts[-1][-1:] in ",-–("):
            # "... can be found in" then "Annex B.": a hard-wrapped sentence, not a heading
            p.parts.append(line.text)
            p.line_end = max(p.line_end, line.no)
            return
        self._heading(line.text, line.no, line.no, 1, line.number)
        self.restart_ok, self.anchor = True, 1

    def _on_number(self, i: int, line: _Line) -> None:
        number = line.number or ""
        j, nxt, _ = self._next(i)
        if not self._plausible(number):
            self.warnings.append(f"line {line.no}: lone number {number} dropped (page number?)")
        elif nxt is None or nxt.kind != "text":
            self.warnings.append(f"line {line.no}: section number {number} with no text skipped")
        else:
            self.consumed.add(j)
            self._numbered_text(number, nxt.text, line.no, nxt.no)

    def _numbered_text(self, number: str, text: str, start: int, end: int, wrapped: bool = False) -> None:
        if not wrapped and (all_caps(text) or _title_like(text.rstrip("?"), 15, allow_period=True)):
            self._heading(text, start, end, number_level(number), number)
        else:
            self._start("paragraph", text, start, end, number=number)
        self._count(number)

    def _on_numbered(self, i: int, line: _Line) -> None:
        number, text = line.number or "", line.text
        _, nxt, _ = self._next(i)
        # "1.1 Practitioners should share ... places" then "duties on agencies ...": a wrapped paragraph
        wrapped = nxt is not None and nxt.kind == "text" and starts_lower(nxt.text)
        if not self.blocks and not self.pending and "." in number and _title_like(text, 20) and not wrapped:
            self._heading(text, line.no, line.no, 1, number)  # "4.4 Information Sharing" as page title
        elif "." in number:
            self._numbered_text(number, text, line.no, line.no, wrapped)
        elif (not wrapped and (_title_like(text) or all_caps(text)) and self._plausible(number)
              and self._heading_position()
              and nxt is not None and (nxt.kind in ("text", "number", "md", "structural", "row")
                                       or (nxt.kind == "numbered" and (nxt.number or "").startswith(f"{number}."))
                                       or self._heads_new_list(number, nxt)
                                       or self._heads_list(number, nxt))):
            # "1. Introduction" over "1.1 The effective sharing ..." heads its numbered paragraphs too
            self._heading(text, line.no, line.no, number_level(number), number)  # "1. Introduction"
            self._count(number)
        elif line.sep == " ":
            as_text = _Line(line.no, "text", f"{number} {text}", line.raw, line.indent)
            if self._passed(number) and not (self.pending is not None and self._continues(i, as_text)):
                # "2 Crime and taxation: general" after section 5: a number the document's own have
                # passed, a quoted provision's heading and no heading of the document's
                self._start("paragraph", as_text.text, line.no, line.no)
            else:
                self._on_text(i, as_text)
        else:
            self._start("item", text, line.no, line.no, marker=number)

    def _on_row(self, i: int, line: _Line) -> None:
        self._start("paragraph", line.text, line.no, line.no)

    def _on_bullet(self, i: int, line: _Line) -> None:
        text, end = line.text, line.no
        if not text:  # the marker alone, its text on the next line
            j, nxt, gap = self._next(i)
            if nxt is None or gap or nxt.kind != "text":
                self.warnings.append(f"line {line.no}: list item with no text skipped")
                return
            self.consumed.add(j)
            text, end = nxt.text, nxt.no
        self._start("item", text, line.no, end, marker=line.marker)

    def _on_text(self, i: int, line: _Line) -> None:
        text = line.text
        if self.pending is not None and self._continues(i, line):
            last = self.pending.parts[-1]
            if re.search(r"[A-Za-z]-$", last) and starts_lower(text):
                self.pending.parts[-1] = self.hyphenation.join(last, text)  # a word broken at a line end
            else:
                self.pending.parts.append(text)
            self.pending.line_end = max(self.pending.line_end, line.no)  # a column's top after its foot
        elif self._interrupts_list(i, line):
            self.warnings.append(f"line {line.no}: '{text}' inside a list dropped (page header or footer?)")
        elif self.blocks and self._in_entry_run(i):
            self._start("item", text, line.no, line.no, marker="")  # a list printed without bullets
        elif level := self._text_heading_level(i, line):
            self._heading(text, line.no, line.no, level)
        else:
            self._start("paragraph", text, line.no, line.no)

    def _continues(self, i: int, line: _Line) -> bool:
        """Does this text line carry on the pending paragraph or item?"""
        p = self.pending
        if p is None or URL_ONLY.match(line.text):
            return False
        if ends_sentence(p.text):
            return self._wrapped_sentence(i, line) or self._clause_wrapped(line)
        if self.gap:  # a page break inside a sentence, or an item's indented continuation
            return starts_lower(line.text) and (p.kind == "paragraph" or line.indent)
        last = p.parts[-1]
        wrapped = bool(self.wrap) and len(last) >= 0.7 * self.wrap
        return (starts_lower(line.text) or line.text[0].isdigit() or (p.kind == "item" and line.indent)
                or last[-1] in ",-–(" or wrapped or bool(_OPEN_END.search(last)))

    def _clause_wrapped(self, line: _Line) -> bool:
        """A paragraph's line ending a clause (";", or in markdown a lead-in's ":") over a line going
        on in lower case, the next line of the paragraph and no blank line between: the sentence goes
        on (a column's lines are narrower than the page's, so the wrap width does not tell)."""
        p = self.pending
        # in markdown a paragraph's lines are one paragraph: a lead-in's colon ends no line of its own
        ends_clause = p is not None and (p.text.endswith(";") or self.markdown and p.text.endswith(":"))
        return (p is not None and p.kind == "paragraph" and not self.gap and ends_clause
                and len(p.parts) > 1 and starts_lower(line.text) and not line.indent)

    def _wrapped_sentence(self, i: int, line: _Line) -> bool:
        """A paragraph's line that ends a sentence at the wrap width, right over the next sentence:
        where a document sets its paragraphs apart with blank lines, the line break is only the
        wrap's, and the paragraph goes on (not a label's line, "In fact: ...", nor a title)."""
        p = self.pending
        if not self.parted or self.gap or p is None or p.kind != "paragraph":
            return False
        if p.text.rstrip("\"'”’)")[-1:] not in ".!?":  # a lead-in ("... are:") or a clause (";") ends there
            return False
        above = next(self.lines[k] for k in range(i - 1, -1, -1) if self.lines[k].kind != "drop")
        return (len(above.raw) >= FULL_LINE * self.wrap and line.text[:1].isupper()
                and not LABEL.match(line.text) and not _title_like(line.text))

    def _in_entry_run(self, i: int) -> bool:
        """One of three or more short title-like lines in a row with no blank line between, under
        a heading: the entries of a list without bullets ("Children Act 1989" over "Children Act
        2004" ...), not headings, which stand over text or apart. After text, the run's first
        line is its heading."""
        if self._run_length(i) < (2 if self._under_references() else ENTRY_RUN):
            return False
        p = self.pending
        if p is not None:
            return p.kind == "item" and p.marker == "" and not self._opens_run(i)
        return self.blocks[-1].kind == "heading"

    def _under_references(self) -> bool:
        """The last heading lists references ("Further reading", "Useful links"): two titles in a row
        under it are two entries, not a title over its subtitle."""
        return REFERENCES.match(self.last_heading) is not None

    def _run_length(self, i: int) -> int:
        return self._entry_runs[i]

    @cached_property
    def _entry_runs(self) -> list[int]:
        """For each line, the length of the run of entry lines it belongs to (0 for none): counted
        once, as a line's run walked from each of its lines made thousands of short lines quadratic."""
        runs = [0] * len(self.lines)
        start = 0
        for i in range(len(self.lines) + 1):
            if i == len(self.lines) or not self._is_entry(self.lines[i]):
                runs[start:i] = [i - start] * (i - start)
                start = i + 1
        return runs

    def _opens_run(self, i: int) -> bool:
        return i == 0 or not self._entry_runs[i - 1]

    @staticmethod
    def _is_entry(line: _Line) -> bool:
        return line.kind == "text" and _title_like(line.text) and not URL_ONLY.match(line.text)

    def _interrupts_list(self, i: int, line: _Line) -> bool:
        """A short line between two items of one list: a running header or footer of a page.
        Set off from the list above but directly over the next item, it titles that list instead
        (a slide's "Escalation" over its bullets)."""
        p = self.pending
        if p is None or p.kind != "item" or ends_sentence(p.text) or len(line.text.split()) > 3:
            return False
        _, nxt, gap_after = self._next(i)
        if self.gap and not gap_after:
            return False
        return nxt is not None and nxt.kind == "bullet" and nxt.marker == p.marker

    def _text_heading_level(self, i: int, line: _Line) -> int:
        """The level of the heading this line is, or 0 for a paragraph."""
        _, nxt, gap = self._next(i)
        text = line.text
        if (self.markdown and not line.bold) or nxt is None:
            return 0
        if nxt.kind == "text" and (URL_ONLY.match(nxt.text) or (not gap and starts_lower(nxt.text))):
            return 0  # a reference over its link, or a line whose sentence runs on
        if not self.blocks and not self.pending:
            return 1 if _title_like(text, 20) else 0
        if not self._heading_position() or not self._title_shaped(line, nxt, gap):
            return 0
        if nxt.kind == "bullet" and not (line.bold or all_caps(text) or _title_case(text)):
            return 0  # "Sharing information effectively includes" introduces its list
        if self.markdown:
            return next((b.level for b in reversed(self.blocks) if b.kind == "heading"), 1) + 1
        if nxt.kind == "number" or (nxt.kind == "numbered" and "." in (nxt.number or "")):
            # a title over numbered paragraphs sits beside them, not inside the one before
            return min(self.anchor + 1, number_level(nxt.number or ""))
        return self.anchor + 1

    def _title_shaped(self, line: _Line, nxt: _Line, gap: bool) -> bool:
        text = line.text
        if PROVISION_GLOSS.match(text):
            return False  # "Section 10 – promote co-operation": a provision and what it does, an entry of a list
        if CAPTION.match(text):
            return False
        if PHONE.search(text):
            return False  # "Childline: 0800 1111 (free ...)": a contact, not a title
        if text.endswith("?"):  # a question heads a section unless it is one of a run or a lead-in
            previous = self.pending.text[-1:] if self.pending else ""
            # "Who else can I talk to?": the question mark closes it, whatever word ends it
            return (_title_like(text) and previous not in ("?", ";")
                    and nxt.kind in ("text", "number", "numbered", "md", "structural")
                    and not (nxt.kind == "text" and nxt.text.endswith("?")))
        if _title_like(text) or (all_caps(text) and _title_like(text, 14)):
            return True
        # A longer title with no commas standing directly over a longer paragraph (a myth, a caption).
        return (_title_like(text, 20) and "," not in text and not gap and nxt.kind == "text"
                and len(nxt.text) > len(text))
