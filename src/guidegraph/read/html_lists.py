"""The markers a web page's lists give their items: "•" for <ul>, else an <ol>'s positions
honouring its start, type, value and reversed attributes; and the marker Word writes into a
paragraph of a list it saved as HTML ("1.", "a)", a bullet in a symbol font).
"""

from __future__ import annotations

import re

from bs4 import Tag


def word_list_marker(text: str) -> str:
    """"1.", "a)", "(ii)" -> "1", "a", "ii"; Word's bullets in a symbol font ("·", "§", "Ø", and the
    Courier "o" of a second level) -> "•"."""
    plain = text.replace("\u00a0", " ").strip()
    number = re.fullmatch(r"(\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\((\d{1,3}|[a-z]|[ivx]{1,5})\)", plain, re.I)
    return (number.group(1) or number.group(2)) if number else "•"


class ListMarkers:
    """Markers for a list's items: "•" for <ul>, else positions honouring start, type, value, reversed."""

    def __init__(self, element: Tag) -> None:
        self.ordered = element.name == "ol"
        self.step = -1 if element.has_attr("reversed") else 1
        self.position = _int(element.get("start"), 1)
        self.style = str(element.get("type") or "1")

    def take(self, item: Tag) -> str:
        if not self.ordered:
            return "•"
        self.position = _int(item.get("value"), self.position)
        marker = _format_position(self.position, self.style)
        self.position += self.step
        return marker


def _format_position(position: int, style: str) -> str:
    if style in ("a", "A") and 1 <= position <= 26:
        letter = chr(ord("a") + position - 1)
        return letter if style == "a" else letter.upper()
    if style in ("i", "I") and 1 <= position < 4000:
        return _roman(position) if style == "I" else _roman(position).lower()
    return str(position)


def _roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, numeral in numerals:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def _int(value: object, default: int) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default
