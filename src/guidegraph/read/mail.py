"""An e-mail or a letter saved as text: the headers and signatures around the advice it carries.

Advice reaches practitioners by e-mail, and a thread saved as text carries, beside the advice,
the headers of each message ("From: ...", "Subject: ..."), at its top and again over each earlier
message quoted below, and each writer's sign-off and signature ("Kind regards," over a name, a
job title and a telephone number). A letter (to parents, from a school) carries its letterhead
above the salutation (the sender's name and address, telephone, reference, date), its closing
("Yours faithfully,") and signature, and a company's registration under them. Who wrote and when
is the document's metadata, never its text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Block
    from .lines import _Line

_MAIL_HEADER = re.compile(r"^(?P<field>from|sent|date|to|cc|bcc|subject|reply-to)\s*:\s+\S", re.I)
MAIL_HEADER_MIN = 3
_HEADERS_READ = 8000  # characters: far more than a message's headers take
# "RE:", "FW: RE:", "AW:", "[EXTERNAL]": what mail programs put before a subject, not part of it
SUBJECT_TAGS = re.compile(r"^(?:\s*(?:\[[^\]]{1,30}\]|(?:re|fw|fwd|aw|wg|sv|vs|tr|rif)\s*(?:\[\d+\])?\s*:))+\s*",
                          re.IGNORECASE)
# "Kind regards,", "Many thanks", "Yours sincerely,": a writer signing off
_SIGN_OFF = re.compile(r"(?:kind|best|warm)\s+(?:regards|wishes)|regards|(?:many\s+)?thanks|thank\s+you"
                       r"|yours\s+(?:sincerely|faithfully)|cheers", re.I)
# Welsh public bodies sign off in Welsh beside English: "Cofion cynnes / Kind regards"
_WELSH_SIGN_OFF = re.compile(r"(?:cofion(?:\s+(?:cynnes|gorau))?|diolch(?:\s+yn\s+fawr)?|yn\s+gywir)", re.I)
# a letter's salutation and formal closing, each on a line of its own ("Kind regards" alone may
# close a note whose every line is advice: only "Yours ..." makes a letter)
_SALUTATION = re.compile(r"dear\s+[^.!?:;]{1,60}?,?", re.I)
_CLOSING = re.compile(r"yours\s+(?:sincerely|faithfully|truly)", re.I)
LETTERHEAD_LINES = 20  # a letterhead's lines above the salutation, at most
_SUBJECT = re.compile(r"^(?:re|subject)\s*:", re.I)
# under a letter's signature: "The Trust is a charitable company limited by guarantee registered in
# England and Wales (company number 0987654). Registered office: ..."
_REGISTRATION = re.compile(r"\bregistered\s+(?:in\s+england|office|charity)|\b(?:company|charity)\s+(?:number|no\b)"
                           r"|\blimited\s+by\s+guarantee", re.I)
SIGNATURE_LINE = 60  # a name, a job title, a telephone number: short lines, no sentences
SIGNATURE_LINES = 6
QUOTED_REPEAT = 12  # characters at least: a quoted "Yes." may say what the text said, and still be a quote
_QUOTED = re.compile(r"^[ \t]*>")
_ATTRIBUTION = re.compile(r"^on\s.{5,150}?\bwrote:$", re.I)  # "On 12 June 2024, Sam Okoro <...> wrote:"
_ADDRESS = re.compile(r"[<\[(]?\S+@\S+?[>\])]?(?=\s|$)|\s*wrote:$")
_TRAILING_NAME = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*$")


def top_headers(text: str) -> dict[str, str]:
    """The headers of an e-mail saved as text, from its top ("from", "subject", "sent" ... → value),
    when they make a header block (a From and a Subject among three or more); else none."""
    found: dict[str, str] = {}
    for line in text[:_HEADERS_READ].lstrip().splitlines()[:20]:  # the top only: a text may be megabytes
        match = _MAIL_HEADER.match(line.strip())
        if match is None:
            break
        found.setdefault(match["field"].lower(), line.split(":", 1)[1].strip())
    return found if len(found) >= MAIL_HEADER_MIN and {"from", "subject"} <= found.keys() else {}


def drop_mail_headers(lines: list[_Line]) -> list[str]:
    """Drop each block of header lines with at least a From and a Subject: the e-mail's own at its
    top, and those of the earlier messages quoted below it."""
    warnings: list[str] = []
    run: list[_Line] = []
    for line in [*lines, None]:
        match = _MAIL_HEADER.match(line.raw.strip()) if line is not None and line.kind == "text" else None
        if match is not None:
            run.append(line)  # type: ignore[arg-type]
            continue
        fields = {_MAIL_HEADER.match(header.raw.strip())["field"].lower() for header in run}
        if len(run) >= MAIL_HEADER_MIN and {"from", "subject"} <= fields:
            for header in run:
                header.kind = "drop"
            warnings.append(f"line {run[0].no}: e-mail header of {len(run)} lines dropped")
        run = []
    return warnings


def drop_signatures(lines: list[_Line], sign_off: re.Pattern[str] = _SIGN_OFF) -> list[str]:
    """Drop a sign-off line ("Kind regards,") on a line of its own, with the short lines of the
    signature under it: the writer's name, and after blank lines their title and telephone. (Only
    in an e-mail: a letter or a report may thank its readers in a line of its own.)"""
    warnings: list[str] = []
    for i, line in enumerate(lines):
        if line.kind != "text" or not sign_off.fullmatch(line.text.rstrip(",.!")):
            continue
        signature, after = [line], i + 1
        while len(signature) <= SIGNATURE_LINES:  # a signed name, then the name typed and a title
            while after < len(lines) and lines[after].kind == "blank":
                after += 1
            group = _signature_group(lines, after)
            if not group or len(signature) + len(group) > SIGNATURE_LINES + 1:
                break
            signature, after = signature + group, after + len(group)
        for kept in signature:
            kept.kind = "drop"
        warnings.append(f"line {line.no}: sign-off and signature of {len(signature)} lines dropped")
    return warnings


def without_signed_end(blocks: list[Block]) -> list[Block]:
    """A message saved as a web page, without its sign-off ("Cofion cynnes / Kind regards,", in
    one language or two) and the signature under it, when nothing but short lines (a name, a title,
    telephone numbers) follow it to the end."""
    for k in range(len(blocks) - 1, max(-1, len(blocks) - 2 - SIGNATURE_LINES * 2), -1):
        if blocks[k].kind == "paragraph" and _signs_off(blocks[k].text):
            rest = blocks[k + 1:]
            if all(b.kind == "paragraph" and len(b.text) <= SIGNATURE_LINE + 20 for b in rest):
                return blocks[:k]
            return blocks
    return blocks


def without_signatures(blocks: list[Block]) -> list[Block]:
    """A message's HTML body without each sign-off ("Kind regards,") and the short paragraphs of the
    signature under it (a name; a title and a telephone number, their line breaks read as spaces),
    wherever they stand: a reply signs off above the earlier message it quotes, as a thread saved
    as text does (`drop_signatures`)."""
    kept: list[Block] = []
    signature = 0  # paragraphs of the signature that may still come
    for block in blocks:
        if block.kind == "paragraph" and _signs_off(block.text):
            signature = SIGNATURE_LINES
            continue
        if signature and block.kind == "paragraph" and _signature_paragraph(block.text):
            signature -= 1
            continue
        signature = 0
        kept.append(block)
    return kept


def _signature_paragraph(text: str) -> bool:
    """A few short lines run together, no sentence among them."""
    return len(text) <= SIGNATURE_LINE * 3 and text.rstrip()[-1:] not in ".!?:;" and not re.search(r"[.!?]\s", text)


def _signs_off(text: str) -> bool:
    return all(_SIGN_OFF.fullmatch(part.strip().rstrip(",.!")) or _WELSH_SIGN_OFF.fullmatch(part.strip().rstrip(",.!"))
               for part in text.split(" / "))


def drop_letter_furniture(lines: list[_Line]) -> list[str]:
    """In a letter (a salutation near its top, a formal closing below): drop the letterhead above
    the salutation but its subject line ("Re: ..."), the closing and signature, and a company's
    registration under them."""
    texts = [i for i, line in enumerate(lines) if line.kind == "text"]
    salutation = next((i for i in texts[:LETTERHEAD_LINES + 1] if _SALUTATION.fullmatch(lines[i].text)), None)
    closing = next((i for i in texts if salutation is not None and i > salutation
                    and _CLOSING.fullmatch(lines[i].text.rstrip(",.!"))), None)
    if salutation is None or closing is None:
        return []
    head = [line for line in lines[:salutation] if line.kind not in ("blank", "drop")]
    # a heading or a paragraph above the salutation: a letter set in a document, no letterhead (a date,
    # "15 September 2025", reads as a numbered line and may stand in one)
    if any(line.kind in ("md", "structural") or len(line.text) > SIGNATURE_LINE + 20 for line in head):
        return []
    for line in head:
        if not _SUBJECT.match(line.text):
            line.kind = "drop"
    warnings = [f"line {lines[0].no}: letterhead of {len(head)} lines dropped"] if head else []
    warnings += drop_signatures(lines, _CLOSING)
    paragraph: list[_Line] = []
    for line in [*lines[closing:], None]:  # a company's registration: a paragraph of its own
        if line is not None and line.kind == "text":
            paragraph.append(line)
            continue
        if paragraph and _REGISTRATION.search(" ".join(p.text for p in paragraph)):
            for registered in paragraph:
                registered.kind = "drop"
        paragraph = []
    return warnings


def drop_bare_names(lines: list[_Line], raws: list[str], sender: str = "") -> list[str]:
    """Drop a line holding only a sender's name ("Sam", "Priya Shah"), as a From header or an
    "On ... wrote:" line names them, where it ends its message: right before the end of the text,
    a seam or header (lines dropped), or a quote one level deeper or shallower. A reply signed with
    a name and no sign-off, not a one-word title, as no text stands under it. `sender` is the name
    a saved message's own From header gives, which its body does not repeat."""
    names = _sender_names(lines) | _whole_and_first(sender)
    warnings: list[str] = []
    for i, line in enumerate(lines):
        if line.kind == "text" and line.text.rstrip(",.") in names and _ends_message(lines, raws, i):
            line.kind = "drop"
            warnings.append(f"line {line.no}: e-mail signed '{line.text}' with no sign-off, name dropped")
    return warnings


def _sender_names(lines: list[_Line]) -> set[str]:
    """The senders' names of the From headers and "On ... wrote:" lines, whole and by first name."""
    names: set[str] = set()
    for line in lines:
        header = _MAIL_HEADER.match(line.raw)
        if not (header and header["field"].lower() == "from") and not _ATTRIBUTION.match(line.raw):
            continue
        value = _ADDRESS.sub("", line.raw.split(":", 1)[1] if header else line.raw[2:]).strip(" \"',")
        if name := _TRAILING_NAME.search(value):
            names |= _whole_and_first(name[0])
    return names


def _whole_and_first(name: str) -> set[str]:
    return {name, name.split()[0]} if name.strip() else set()


def _ends_message(lines: list[_Line], raws: list[str], i: int) -> bool:
    """Nothing of the message follows line i: the text ends, a dropped line (a seam, a header, a
    signature) comes next, or the next line stands at another depth of quotation."""
    depth = _quote_depth(raws[i])
    for line, raw in zip(lines[i + 1:], raws[i + 1:], strict=True):
        if line.kind != "blank":
            return line.kind == "drop" or _quote_depth(raw) != depth
    return True


def _quote_depth(raw: str) -> int:
    """How many "> " marks quote the line."""
    return raw[:len(raw) - len(raw.lstrip(" \t>"))].count(">")


def _signature_group(lines: list[_Line], start: int) -> list[_Line]:
    """The short lines from `start` up to a blank line, when they can be a signature's, else none."""
    group: list[_Line] = []
    for line in lines[start:]:
        if line.kind != "text":
            break
        group.append(line)
    if len(group) > SIGNATURE_LINES or any(len(g.text) > SIGNATURE_LINE or g.text[-1:] in ".!?:;" for g in group):
        return []
    return group


def quoted_lines(raws: list[str], first_line: int) -> set[int]:
    """The numbers of the lines quoted with "> " marks (a reply's quotation of an earlier message)."""
    return {first_line + i for i, raw in enumerate(raws) if _QUOTED.match(raw)}


def without_quoted_repeats(blocks: list[Block], quoted: set[int]) -> list[Block]:
    """The blocks without those quoted ("> > ...") that repeat what the document already says: a
    reply quoting the earlier message of the same thread, read once already."""
    kept: list[Block] = []
    said = ""
    for block in blocks:
        if block.line_start in quoted and len(block.text) >= QUOTED_REPEAT and block.text in said:
            continue
        kept.append(block)
        said += "\n" + block.text
    return kept
