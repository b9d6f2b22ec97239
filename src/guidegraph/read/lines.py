"""The text reader's first pass: each source line classified, one function per kind of line.

A line is blank, furniture (dropped, or a contents line), a markdown heading, a Part / Appendix
heading, a paragraph number alone, a numbered line, a bullet or lettered item, a table row, or
plain text. The assembler (`assembler`) then joins the classified lines into blocks and places the
headings; the tests of a title's shape live here because a Part / Appendix heading needs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import _PAGE_OF, _TOC_LEADER, _TOC_TAB, is_furniture
from .hyphens import without_soft_hyphens
from .inline import clean_inline
from .markdown import pipe_cells

_BULLETS = "•·▪●◦■□➢✓→➔►▶☐☑☒\uf0b7\uf0a7\uf076\uf0d8"
# A pandoc heading's attributes ("# Purpose {#purpose .unnumbered}", "{-}") name its anchor: no title.
_MD_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?(?:[ \t]+\{(?:[#.-][^{}]*)\})?[ \t]*$")
_BULLET = re.compile(rf"^(?:([-*–—])[ \t]+|([{_BULLETS}])[ \t]*|o\t)(.*)$")
_LETTERED = re.compile(r"^\(?([ivx]{1,5}|[a-z])[.)][ \t]+(.+)$")
# "A. The safety of the child comes first.", "B. ...": a list lettered in capitals, known by its letters
# running on ("A." alone answers a "Q.").
_CAPITAL_LETTERED = re.compile(r"^\(?([A-Z])[.)][ \t]+(?=[A-Z][a-z])(.+)$")
# "A.<tab>...", "IV)<tab>...": a list numbered in capitals or capital Roman numerals, as the Word,
# OpenDocument and RTF readers write one (a tab after the number, never a table's cell)
_TABBED_CAPITAL = re.compile(r"^\(?([IVXL]{1,6}|[A-Z])[.)]\t+(\S.*)$")
# "① BACKGROUND", "**❷ Why it matters**": a briefing's numbered boxes, their numbers in circles
_CIRCLED = re.compile(r"^([ \t]*(?:\*\*|__)?[ \t]*)([\u2460-\u2473\u2776-\u2793])[ \t]*")
_NUMBER_ONLY = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")
# "1 – Consent is always needed ...": a dash after the number is a marker too (numbered myths).
_NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(\.|\)|[ \t]+[–—-](?=\s)| )\s*(.+)$")
_TABBED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)([.)]?)\t+(.+)$")
_STRUCTURAL = re.compile(
    r"^(part|chapter|appendix|annexe?|schedule)\s+([a-z]|\d{1,3}|[ivxl]{1,6})\b\s*[:.\-–—]?\s*(.*)$", re.I
)
# "SECTION 3 – SHARING INFORMATION", "Section 2: Roles": a policy's own sections, set off from their
# title by a dash or colon ("Section 47 enquiries" and "section 47(9)" are the Act's, and stay text).
_SECTION_HEADING = re.compile(r"^(section)\s+(\d{1,2})\s*[:–—-]\s+(\S.*)$", re.I)
# "Step 3: Check the lawful basis", "Stage 2 – Assessment": a heading opening a guide's step or
# stage, which numbers its section as a printed number does ("Stage 3 assessments" is a title).
_STEP_HEADING = re.compile(r"^((?i:step|stage))\s+(\d{1,2})(?:\s*[:.)–—-]|\s+(?=[A-Z‘“'\"(])|$)")
# A form's tick boxes ("Decision:   ☐ Share   ☐ Do not share"): each box opens an option.
_BOXES = "☐☑☒"
_TICK_BOX = re.compile(rf"^(?:\[[ xX✓✔]\]|[{_BOXES}])\s+(?=\S)")
_OPEN_END = re.compile(r"\b(?:the|a|an|of|and|or|to|in|for|with|by|on|at|from|that|under)$")
# "Who this section is for", "What to look out for": a question without its mark, its preposition
# left at the end by "who" or "what" (no sentence cut short at a line's end)
_STRANDED = re.compile(r"^(?:who|whom|what|which)\b.*\b(?:of|to|in|for|with|by|on|at|from|about|under)$", re.I)


@dataclass
class _Line:
    """One source line, classified: blank, drop, toc, md, structural, number, numbered, bullet, row, text."""

    no: int
    kind: str
    text: str = ""
    raw: str = ""
    indent: bool = False
    bold: bool = False  # the whole line was **bold**
    level: int = 0
    number: str | None = None
    marker: str | None = None
    sep: str = ""


# ---------------------------------------------------------------------------------------------
# Line classifier: one function per kind of line


def _classify(raw: str, no: int, sections: bool = True) -> _Line:
    """The line's kind; `sections=False` reads "Section 3 – Title" as text (see `own_sections`)."""
    line = without_soft_hyphens(raw.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", ""))
    line = re.sub(r"^(?:>[ \t]?)+", "", line)  # markdown block quotes, and an e-mail's quoted replies ("> > ")
    line = _CIRCLED.sub(lambda m: f"{m[1]}{_circled_value(m[2])}. ", line)
    body = _ticked_only(line.strip())
    if not body:
        return _Line(no, "blank")
    for classify in (_furniture, _md_heading, _tick_boxes, _bullet, _numbered, _structural, _table_row):
        found = classify(body, no)
        if found is not None and not sections and found.kind == "structural" and _SECTION_HEADING.match(found.text):
            found = None
        if found is not None:
            found.indent, found.raw = line[:1] in " \t", body
            return found
    bold = body.startswith("**") and body.endswith("**") and body.count("**") == 2
    text = clean_inline(body)
    return _Line(no, "text", text, body, line[:1] in " \t", bold) if text else _Line(no, "blank")


def _circled_value(circled: str) -> int:
    """The number in a circle: ① to ⑳, and the dingbats ❶ to ❿, ➀ to ➉ and ➊ to ➓."""
    code = ord(circled)
    return code - 0x2460 + 1 if code <= 0x2473 else (code - 0x2776) % 10 + 1


def own_sections(lines: list[_Line], raws: list[str]) -> list[_Line]:
    """The lines with "Section 3 – Sharing information" read as a heading only where the document
    numbers its own sections so, in a run ("Section 2", "Section 3"): alone, "Section 47 – Enquiries"
    heads a passage about the Act's section 47, and is read as before."""
    found = {i: line for i, line in enumerate(lines) if line.kind == "structural" and _SECTION_HEADING.match(line.text)}
    numbers = {int(m.group(2)) for line in found.values() if (m := _SECTION_HEADING.match(line.text))}
    if any(n + 1 in numbers for n in numbers):
        return lines
    return [_classify(raws[i], line.no, sections=False) if i in found else line for i, line in enumerate(lines)]


def capital_lettered(lines: list[_Line]) -> list[_Line]:
    """The lines with those of a list lettered A, B, C ... in capitals read as its items: sentences,
    not lettered headings ("A. Introduction", "B. The legal framework"), which stay headings."""
    found = {i: m for i, line in enumerate(lines) if line.kind == "text"
             and (m := _CAPITAL_LETTERED.match(line.raw)) and _sentence_like(m.group(2))}
    if not {"A", "B", "C"} <= {m.group(1) for m in found.values()}:
        return lines
    lettered = list(lines)
    for i, match in found.items():
        line = lines[i]
        text, letter = clean_inline(match.group(2)), match.group(1)
        lettered[i] = _Line(line.no, "bullet", text, line.raw, line.indent, marker=letter)
    return lettered


# "o injuries to the face ...": Word's second bullet (Courier's "o") as its plain-text export writes it,
# with a space after it rather than a tab
_O_BULLET = re.compile(r"^o[ \t]+(?=[a-z(‘“'\"])(.+)$")


def o_bullets(lines: list[_Line]) -> list[_Line]:
    """The lines with a run of two or more opening "o " read as bullets: alone, a line opening with
    the letter is text, but no sentence opens with "o" twice running, as Word's exported bullets do."""
    found = [i for i, line in enumerate(lines) if line.kind == "text" and _O_BULLET.match(line.raw)]
    run = {i for i in found if i - 1 in found or i + 1 in found}
    bulleted = list(lines)
    for i in run:
        line, match = lines[i], _O_BULLET.match(lines[i].raw)
        assert match is not None
        bulleted[i] = _Line(line.no, "bullet", clean_inline(match.group(1)), line.raw, line.indent, marker="o")
    return bulleted


def _sentence_like(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?;:" or len(text.split()) > 8


def _furniture(body: str, no: int) -> _Line | None:
    plain = clean_inline(body)
    if is_furniture(plain):
        return _Line(no, "drop", plain)
    # Each search below runs only where its pattern can match: a line ending in a figure, a dot leader.
    if body[-1:].isdecimal() and _PAGE_OF.search(body) and len(plain.split()) <= 15:  # "Policy\tPage 3 of 3"
        return _Line(no, "drop", plain)
    return _Line(no, "toc", plain) if plain.count(".") >= 4 and _TOC_LEADER.search(plain) else None


def _md_heading(body: str, no: int) -> _Line | None:
    match = _MD_HEADING.match(body)
    if match is None:
        return None
    text = clean_inline(match.group(2) or "")
    # furniture set large is furniture still: a cover's "Policy number: SG-014" printed as a heading
    return _Line(no, "drop", text) if is_furniture(text) else _Line(no, "md", text, level=len(match.group(1)))


def _bullet(body: str, no: int) -> _Line | None:
    lettered = _LETTERED.match(body) or _TABBED_CAPITAL.match(body)
    if lettered:
        return _Line(no, "bullet", clean_inline(lettered.group(2)), marker=lettered.group(1))
    match = _BULLET.match(body)
    if match is None:
        return None
    marker = match.group(1) or match.group(2) or "o"
    marker = "•" if "\ue000" <= marker <= "\uf8ff" else marker  # symbol-font bullets from Word
    # a checklist's box, ticked or not: "- [ ] Record it", "- [x] ...", "• ☐ ..."
    text = _TICK_BOX.sub("", match.group(3))
    return _Line(no, "bullet", clean_inline(text), marker=marker)


def _tick_boxes(body: str, no: int) -> _Line | None:
    """A form's line of tick boxes. Options on one line ("☐ Consent ☐ Overriding public interest")
    are one item naming them all; boxes after a question ("Has the parent been told? ☐ Yes ☐ No")
    are answers to fill in, not text: the question stays, a bare field label ("Decision:") goes."""
    first = next((i for i, c in enumerate(body) if c in _BOXES), None)
    if first is None or (first == 0 and sum(c in _BOXES for c in body) == 1):
        return None
    head = body[:first].strip()
    if head.endswith("?"):
        return _Line(no, "text", clean_inline(head))
    if head.endswith(":"):
        return _Line(no, "drop", clean_inline(body))
    if head:  # a sentence with a box in it ("Tick ☐ where the parent agreed"): the words stay
        return _Line(no, "text", clean_inline(re.sub(f"\\s*[{_BOXES}]\\s*", " ", body).strip()))
    options = (_without_blank(option).strip() for option in re.split(f"[{_BOXES}]", body))
    return _Line(no, "bullet", clean_inline("; ".join(o for o in options if o)), marker=body[0])


_TICKED, _UNTICKED = "☑☒", "☐"
# An option left unticked, up to the next box or cell: "☐ No" in "☒ Yes ☐ No"
_UNTICKED_OPTION = re.compile(rf"{_UNTICKED}[^{_BOXES}|]*")
# A ticked box after a question or in a table's cell ("Told the family? ☒ Yes", "| ☒ Yes |"): the
# option is the answer. (A box opening the line marks a list's option chosen, and stays its marker.)
_TICKED_AFTER_TEXT = re.compile(rf"(?<=\S)([ \t]*)[{_TICKED}][ \t]*")


def _ticked_only(body: str) -> str:
    """A line of options filled in, some ticked and some not, as the options ticked: the others
    were not chosen ("Does the family know? ☒ Yes ☐ No" answers "Yes"). A blank form's options,
    none ticked, stay the form's text."""
    if not any(c in _TICKED for c in body) or _UNTICKED not in body:
        return body
    return _TICKED_AFTER_TEXT.sub(r"\1", _UNTICKED_OPTION.sub("", body)).strip()


def ticked_options(lines: list[_Line]) -> list[_Line]:
    """The lines with a list's options left unticked dropped where others of the list are ticked: a
    form filled in chose those ticked ("☒ Children Act 1989, s47" and not "☐ Crime and Disorder Act
    1998, s115"). A list of boxes none of which is ticked is a blank form's options, and stays."""
    runs, run = [], []
    for line in [*lines, None]:
        if line is not None and (line.kind == "blank" or _boxed(line)):
            run += [line] if line.kind != "blank" else []
            continue
        runs.append(run)
        run = []
    for options in runs:
        markers = {line.marker for line in options}
        if markers & set(_TICKED) and _UNTICKED in markers:
            for line in options:
                line.kind = "drop" if line.marker == _UNTICKED else line.kind
    return lines


def _boxed(line: _Line) -> bool:
    return line.kind == "bullet" and bool(line.marker) and line.marker in _BOXES


def _without_blank(option: str) -> str:
    """An option without the blank to fill in after it ("Other: ______" is "Other")."""
    kept = option.rstrip(" \t/_:")  # not a pattern: a long run of blanks must take linear time
    return kept if "__" in option[len(kept):] else option


def _numbered(body: str, no: int) -> _Line | None:
    plain = clean_inline(body)
    only = _NUMBER_ONLY.match(plain)
    if only:
        return _Line(no, "number", number=only.group(1))
    tabbed, match = _TABBED.match(body), _NUMBERED.match(plain)
    if tabbed and "\t" in tabbed.group(3).strip() and not _TOC_TAB.search(body):
        return None  # "1.0<TAB>April 2019<TAB>First issue": a table's row, a version number its first cell
    if tabbed:
        number, sep, rest = tabbed.group(1), "\t", clean_inline(tabbed.group(3))
    elif match:
        number, sep, rest = match.groups()
    else:
        return None
    # "2.1.1<TAB>the local authority must ...", "3.<TAB>confirm ...": a clause number set before a
    # tab is a marker whatever the clause starts with.
    marked = sep == "\t" and ("." in number or tabbed is not None and tabbed.group(2))
    if not rest or (not marked and sep.strip() in ("", "–", "—", "-")
                    and not (rest[0].isupper() or rest[0] in "‘“'\"(")):
        return None  # "47 of the Act", "5 - 10 year olds": a number inside a sentence, not a marker
    return _Line(no, "numbered", rest, number=number, sep=sep.strip() or sep)


def _structural(body: str, no: int) -> _Line | None:
    text = clean_inline(body)
    match = _STRUCTURAL.match(text) or _SECTION_HEADING.match(text)
    if not match or (match.group(3) and not (_title_like(match.group(3), 14) or match.group(3).isupper())):
        return None
    word, label = match.group(1).capitalize(), match.group(2)
    number = label.upper() if word == "Part" else label if word == "Chapter" else f"{word} {label}"
    return _Line(no, "structural", text, number=number, level=1)


def _table_row(body: str, no: int) -> _Line | None:
    """'Record<TAB>Retention period<TAB>Action': a table row of a Word export or markdown, its cells
    joined as readers join a table's ("Record | Retention period | Action"). 'Introduction<TAB>3' is
    a contents line."""
    piped = pipe_cells(body) if body[:1] == "|" else None  # "| Act | Section |": a markdown table's
    if "\t" not in body and piped is None:
        return None
    cells = [clean_inline(cell) for cell in (piped or body.split("\t"))]
    cells = [cell for cell in cells if cell]
    if len(cells) < 2 or (len(cells) == 2 and _TOC_TAB.search(body)):
        return None
    return _Line(no, "row", " | ".join(cells))


def _split_number(text: str) -> tuple[str | None, str]:
    """'1. Introduction' -> ('1', 'Introduction'); 'Appendix 2' -> ('Appendix 2', 'Appendix 2')."""
    structural = _structural(text, 0)
    if structural is not None and not _SECTION_HEADING.match(structural.text):  # "## Section 47: ..." is the Act's
        return structural.number, text
    step = step_number(text)
    if step:
        return step, text
    match = re.match(r"^(\d{1,3}(?:\.\d{1,3})*)[.)]?\s+(\S.*)$", text)
    if match and (match.group(2)[0].isupper() or "." in match.group(1)):
        return match.group(1), match.group(2)
    return None, text


def step_number(heading: str) -> str | None:
    """The step a heading opens ("Step 3: Check the lawful basis" -> "Step 3"), else None."""
    match = _STEP_HEADING.match(heading)
    return f"{match.group(1).capitalize()} {match.group(2)}" if match else None


# Title shapes: a Part / Appendix heading's title must have one, as must the headings the
# assembler places.


def _title_like(text: str, max_words: int = 12, allow_period: bool = False) -> bool:
    if not text or not (text[0].isupper() or text[0] in "‘“'\"" or re.match(r"\d+\s+[A-Z]", text)):
        return False
    if text[-1] in ".,;:!" and not (allow_period and text[-1] == "." and _title_case(text)):
        return False
    if re.search(r"[.!][’'\"”]$", text) and not (allow_period and _title_case(text)):
        return False  # a sentence's stop inside its closing quote: "Myth – “I can’t share.”"
    if len(text.split()) > max_words or not re.search(r"[A-Za-z]{2}", text):
        return False
    if _OPEN_END.search(text) and not _STRANDED.match(text):
        return False
    if re.search(r"[a-z]{3}[.!?]\s+[A-Z]", text):
        return False  # "Share early. The Act ...": sentences, not a title
    # contacts, links, references, a flowchart's step and where it leads ("DSL decides → refer")
    return not re.search(r"@|https?:|www\.|\||\(\d{4}\)\s+\S|[→⇒➔]", text)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’/-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6
