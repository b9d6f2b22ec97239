"""A slide deck's text export (PowerPoint's "text version ... for screen readers"), read as markdown.

Each slide opens with its counter ("Slide 3 of 12") over its title at the margin; its points are
indented with tabs (one more tab for a sub-point) and its speaker notes follow a "Notes:" line. The
export's own header lines before the first slide, the counters and the "Notes:" labels are the
export's, never text. The first slide's title is the document's; every other title heads a section,
unless it repeats the title before it (a quiz's four "Myth or fact?" slides, a story's "(continued)"
slide): that slide carries its section on. A closing "Questions?" slide heads nothing. On the title
slide, the imprint (the partnership and the month) and a picture's description are furniture.

A quiz slide's belief reads "Myth or fact? “...”" (its title is on the slide, over the belief) and
the "Answer: Myth" slide's lines read "Myth. ..." in one paragraph: the shape the myth extractor
knows from printed quiz slides. Notes that only prompt the room ("Take a vote", "Give the group five
minutes in pairs: ...") are dropped; notes that say something besides are kept whole, an indented
note (a bullet or number typed into the notes) as a list item, and a note that only repeats the
slide's title or one of its points is not read twice.

A deck cut into sections (a .pptx's) gives each slide its section's name: a section's name heads its
slides, which are then a level below it ("## Part 1: The law", "### Consent"). The first section is
the title slide's, whose title heads the document; a section whose slides head nothing (only a
closing "Questions?") heads nothing, and a slide titled as its section does not repeat it. A point that
opens with its number ("1. Listen", "a) Call 999") is a numbered item, and a point written as a
table's row ("| Purpose | Lawful basis |") stays a row.
Every line keeps its number.

A deck's own reader (.pptx, .odp) writes its shown slides in the export's shape (`export_lines`), so
that these rules read every deck alike.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_COUNTER = re.compile(r"^\s*slide\s+\d{1,3}\s+of\s+\d{1,3}\s*$", re.IGNORECASE)
_NOTES = re.compile(r"^(?:speaker\s+)?notes\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
_CLOSING = re.compile(r"^(?:any\s+)?questions\s*\??$|^thank\s+you\W*$", re.IGNORECASE)
_CONTINUED = re.compile(r"\s*[(\[]\s*(?:continued|cont[’']?d\.?)\s*[)\]]$", re.IGNORECASE)
_PICTURE = re.compile(r"^\[(?:image|picture|graphic|photo|logo|diagram|icon)\b[^\]]*\]$", re.IGNORECASE)
_QUIZ = re.compile(r"^(?:myth\s+or\s+fact|fact\s+or\s+myth|true\s+or\s+false|fact\s+or\s+fiction)\s*\??$", re.I)
_ANSWER = re.compile(r"^(?:the\s+)?answer\s*:\s*(?P<kind>myth|fact|true|false)\s*[.!]?$", re.IGNORECASE)
_QUOTED = re.compile(r"^[“\"‘'].+[”\"’']$")
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
           r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")
# "Saltmere Safeguarding Children Partnership · March 2025", "LSCP | 2024/25": the title slide's imprint
_IMPRINT = re.compile(rf"(?:\b{_MONTHS}\.?\s+)?\b(?:19|20)\d\d(?:\s*[/–-]\s*\d\d(?:\d\d)?)?\s*$", re.IGNORECASE)
# the presenter's prompt to the room ("Take a vote", "Give the group five minutes in pairs: ..."), not content
_PROMPT = re.compile(r"\b(?:vote|show\s+of\s+hands|reveal\s+the\s+answer|next\s+slide|in\s+(?:pairs|small\s+groups)"
                     r"|(?:ask|give)\s+the\s+(?:group|room|class)|hand\s+(?:out|round)|flip\s*chart)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[A-Z“\"])")
_VERDICTS = {"myth": "Myth", "false": "Myth", "fact": "Fact", "true": "Fact"}
_NUMBERED = re.compile(r"^(?P<number>\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)])\s+(?P<rest>\S.*)$")
_ROW = re.compile(r"^\|.*\|$")


class Slide(NamedTuple):
    """A shown slide's title, its points (indent from 1, text), its notes' paragraphs (a tab before
    each indent of a bulleted one) and the name of the deck's section it is in."""

    title: str
    points: list[tuple[int, str]]
    notes: list[str]
    section: str = ""


def titled_slide(titles: list[str], points: list[tuple[int, str]], notes: list[str], previous: str) -> Slide | None:
    """The slide with its title: with none, the section before carries on; a first slide with none
    takes its first line as the deck's title; a slide with neither is nothing to read. Notes that
    repeat the slide's title or a point are dropped (a trainer pastes the slide into the notes)."""
    shown = {_said(text) for text in [*titles, *(text for _, text in points)]}
    notes = [note for note in notes if _said(note) not in shown]
    title = " ".join(titles) or previous
    if not title and points:
        title, points = points[0][1], points[1:]
    return Slide(title, points, notes) if title else None


def _said(text: str) -> str:
    """A line as said, whatever its case, spacing and closing stop."""
    return " ".join(text.split()).rstrip(".;:").casefold()


def export_lines(slides: list[Slide]) -> list[str]:
    """The slides as PowerPoint's text export writes them: the counter, the title at the margin, the
    points indented with tabs, the notes after "Notes:"."""
    lines = []
    for number, slide in enumerate(slides, 1):
        lines += [f"Slide {number} of {len(slides)}", slide.title]
        lines += ["\t" * depth + text for depth, text in slide.points]
        if slide.notes:
            lines += ["Notes:", *slide.notes]
        lines.append("")
    return lines


def is_slide_export(lines: list[str]) -> bool:
    """Three or more slides, each counter over a title at the margin."""
    counters = [i for i, line in enumerate(lines) if _COUNTER.match(line)]
    return len(counters) >= 3 and all(
        i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1][0].isspace() for i in counters)


def without_slide_export(lines: list[str]) -> list[str]:
    """The deck as markdown (see the module's notes)."""
    return deck_as_markdown(lines) if is_slide_export(lines) else lines


def deck_as_markdown(lines: list[str], sections: list[str] | None = None) -> list[str]:
    """Lines in the export's shape as markdown, however few slides (a .pptx is read through this);
    `sections` names each slide's section, if the deck has them."""
    out = [""] * len(lines)  # the export's header lines before the first slide stay blank
    starts = [i for i, line in enumerate(lines) if _COUNTER.match(line)]
    ends = [*starts[1:], len(lines)] if starts else []  # a deck of no slides (damaged) is no text
    slides = [(lines[start + 1].strip(), range(start + 2, end)) for start, end in zip(starts, ends, strict=True)]
    headed = _headed_sections(lines, slides, sections or [""] * len(slides))
    previous = ""
    for number, (start, (title, body)) in enumerate(zip(starts, slides, strict=True)):
        section = headed[number]
        if section and (number == 0 or headed[number - 1] != section):
            out[start] = f"## {section}"  # the counter's line, which is never text
            previous = section
        carried = _CONTINUED.sub("", title).casefold() == previous.casefold()
        if number == 0:
            out[start + 1] = f"# {title}"
        elif not carried and not _closing(lines, title, body):
            out[start + 1] = f"{'###' if section else '##'} {title}"
        previous = _CONTINUED.sub("", title) if not carried else previous
        _slide_body(lines, out, body, title, title_slide=number == 0)
    return out


def _closing(lines: list[str], title: str, body: range) -> bool:
    """A closing "Questions?" slide with nothing on it."""
    return bool(_CLOSING.match(title)) and not any(lines[k].strip() for k in body)


def _headed_sections(lines: list[str], slides: list[tuple[str, range]], sections: list[str]) -> list[str]:
    """Each slide's section, where the section heads it: not the title slide's, nor one whose slides
    are all closing ones."""
    first = sections[0] if sections else ""
    shown = {section for section, (title, body) in zip(sections, slides, strict=False)
             if section and section != first and not _closing(lines, title, body)}
    return [section if section in shown else "" for section in sections]


def _slide_body(lines: list[str], out: list[str], body: range, title: str, title_slide: bool) -> None:
    """A slide's points as list items (or a title slide's lines as paragraphs), then its notes."""
    notes = False
    answer: tuple[int, str] | None = None  # where a quiz's answer is written, and what it says so far
    for k in body:
        raw = lines[k]
        text = raw.strip()
        if not text:
            continue
        label = _NOTES.match(text) if not raw[0].isspace() else None
        if label:
            notes, answer = True, None
            raw = text = label["rest"]
            if not text:
                continue
        if notes:
            prompt = all(_PROMPT.search(said) for said in _SENTENCE.split(text))
            depth = len(raw) - len(raw.lstrip("\t"))
            out[k] = "" if prompt else _point(text, "   " * max(depth - 1, 0)) if depth else text
        elif _PICTURE.match(text) or (title_slide and _IMPRINT.search(text) and not text.endswith(".")):
            continue
        elif verdict := _ANSWER.match(text):
            answer = (k, _VERDICTS[verdict["kind"].lower()] + ".")
        elif answer is not None:
            answer = (answer[0], f"{answer[1]} {text}")
            out[answer[0]] = answer[1]
        elif title_slide or (_QUIZ.match(title) and _QUOTED.match(text)):
            out[k] = f"{title.rstrip('?')}? {text}" if _QUIZ.match(title) else text
        else:
            depth = len(raw) - len(raw.lstrip("\t"))
            out[k] = _point(text, "   " * max(depth - 1, 0))


def _point(text: str, indent: str) -> str:
    """A point as a list item ("- ", or its number before a tab), or a table's row as it is."""
    if _ROW.match(text):
        return text
    if numbered := _NUMBERED.match(text):
        return f"{indent}{numbered['number']}\t{numbered['rest']}"
    return f"{indent}- {text}"
