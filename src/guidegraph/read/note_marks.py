"""Footnote marks of a text converted from a PDF, written raised again.

A PDF's text loses its superscripts: "... the Counter-Terrorism and Security Act 20151 the
University must ..." and "... following the Department for Education's advice3." with "1 Counter-
Terrorism and Security Act 2015, section 26 ..." among the notes at the page's foot. Such a mark
counts only where a note of its number is in the text, and only glued to a word, its stop or a
title's year ("Act 201812" is note 12; "s47" is no mark). Both the mark and its note's number are
then written raised ("Act 2015¹", "¹ Counter-Terrorism ..."), as the PDF reader writes them: the
words are whole again (a search for "advice" finds "advice³"), and the extraction links the law a
note names to the passage that marks it (`extract.footnotes`). Raised digits are one character
each, as the digits they replace: no offset moves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from guidegraph.model import Block

_RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
PLAIN_NOTE = re.compile(r"^(?P<number>\d{1,3})\s+(?=[A-Z])")  # "13 Section 16H of the Children Act 2004."
PLAIN_MARK = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z][.,;:)'\"’”])|(?<=Act [12]\d{3})|(?<=Order [12]\d{3})"
                   r"|(?<=Regulations [12]\d{3}))(?P<number>\d{1,3})(?=[\s.,;:)]|$)")


def raised_note_marks(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with the marks of the notes they hold, and those notes' numbers, raised."""
    notes = {found["number"]: n for n, block in enumerate(blocks)
             if block.kind == "paragraph" and (found := PLAIN_NOTE.match(block.text))}
    if not notes:
        return list(blocks)
    marked: set[str] = set()
    raised = list(blocks)
    for n, block in enumerate(blocks):
        if n in notes.values():
            continue
        text = PLAIN_MARK.sub(lambda mark: _raised(mark, notes, marked), block.text)
        if text != block.text:
            raised[n] = replace(block, text=text)
    for number in marked:
        note = raised[notes[number]]
        raised[notes[number]] = replace(note, text=number.translate(_RAISED) + note.text[len(number):])
    return raised


def _raised(mark: re.Match[str], notes: dict[str, int], marked: set[str]) -> str:
    number = mark["number"]
    if number not in notes:
        return number
    marked.add(number)
    return number.translate(_RAISED)
