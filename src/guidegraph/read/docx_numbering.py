"""Word's automatic numbering: the "3.1" or "a)" Word draws before a paragraph but never stores in it.

A numbered paragraph names a list (`w:numId`) and a level (`w:ilvl`); `word/numbering.xml` maps the
list to an abstract definition whose levels give a format ("decimal", "lowerLetter", "bullet") and a
pattern ("%1.%2" is this level's counter after its parent's). Counters run through the document in
reading order, so `Numbering.label` must be called once per paragraph, in order.

Lists that share an abstract definition share its counters, as in Word: a list continues where the
last one of its kind stopped. "Restart numbering" and "Set numbering value" make a list of their own
(a `w:num` whose `w:lvlOverride` holds a `w:startOverride`, or a whole `w:lvl`): it counts apart,
from the value it gives, while the list it broke from counts on.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "bullet"
_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
          ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


@dataclass(frozen=True)
class Level:
    format: str
    pattern: str
    start: int


@dataclass
class Numbering:
    """The lists of `word/numbering.xml`, and where each has counted to."""

    abstract_of: dict[str, str] = field(default_factory=dict)  # numId -> abstractNumId
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId -> ilvl -> level
    overrides: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> level it resets
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, level: int) -> str | None:
        """The number Word shows ("3.1", "a)"), BULLET for a bulleted item, None for an unknown list."""
        abstract = self.abstract_of.get(num_id)
        overridden = self.overrides.get(num_id)
        levels = {**self.levels.get(abstract or "", {}), **(overridden or {})}
        if level not in levels or abstract is None:
            return None
        if levels[level].format in (BULLET, "none"):
            return BULLET
        # A list restarted or set to a value counts apart from the others of its abstract definition.
        counts = self.counters.setdefault(f"num {num_id}" if overridden else abstract, {})
        counts[level] = counts.get(level, levels[level].start - 1) + 1
        for deeper in [d for d in counts if d > level]:  # a new "2" restarts its "2.1", "2.2"
            del counts[deeper]
        return _filled(levels[level].pattern, levels, counts).strip()


def read_numbering(root: ElementTree.Element | None) -> Numbering:
    """The numbering definitions of a `word/numbering.xml` (none when the document has none)."""
    numbering = Numbering()
    if root is None:
        return numbering
    for abstract in root.iter(f"{W}abstractNum"):
        numbering.levels[abstract.get(f"{W}abstractNumId", "")] = {
            int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.iter(f"{W}lvl")}
    for num in root.iter(f"{W}num"):
        abstract_id = num.find(f"{W}abstractNumId")
        if abstract_id is not None:
            num_id, abstract = num.get(f"{W}numId", ""), abstract_id.get(f"{W}val", "")
            numbering.abstract_of[num_id] = abstract
            overrides = _overrides(num, numbering.levels.get(abstract, {}))
            if overrides:
                numbering.overrides[num_id] = overrides
    return numbering


def _overrides(num: ElementTree.Element, levels: dict[int, Level]) -> dict[int, Level]:
    """The levels a list redefines (a `w:lvl` of its own) or starts at another value (`w:startOverride`)."""
    found = {}
    for override in num.iter(f"{W}lvlOverride"):
        ilvl = override.get(f"{W}ilvl", "0")
        level = int(ilvl) if ilvl.isdigit() else 0
        own, start = override.find(f"{W}lvl"), override.find(f"{W}startOverride")
        base = _level(own) if own is not None else levels.get(level)
        if base is None or (own is None and start is None):
            continue
        value = start.get(f"{W}val", "") if start is not None else ""
        found[level] = dataclasses.replace(base, start=int(value)) if value.isdigit() else base
    return found


def _level(lvl: ElementTree.Element) -> Level:
    def value(name: str, default: str) -> str:
        node = lvl.find(f"{W}{name}")
        return node.get(f"{W}val", default) if node is not None else default
    start = value("start", "1")
    return Level(value("numFmt", "decimal"), value("lvlText", ""), int(start) if start.isdigit() else 1)


def _filled(pattern: str, levels: dict[int, Level], counts: dict[int, int]) -> str:
    for level in range(9):
        if f"%{level + 1}" in pattern:
            count = counts.get(level, levels[level].start if level in levels else 1)
            shown = _formatted(count, levels[level].format if level in levels else "decimal")
            pattern = pattern.replace(f"%{level + 1}", shown)
    return pattern


def _formatted(count: int, style: str) -> str:
    if style in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (count - 1) % 26)
        return letter.upper() if style == "upperLetter" else letter
    if style in ("lowerRoman", "upperRoman"):
        roman = _roman(count)
        return roman.upper() if style == "upperRoman" else roman
    return str(count)


def _roman(count: int) -> str:
    digits = []
    for numeral, value in _ROMAN:
        while count >= value:
            digits.append(numeral)
            count -= value
    return "".join(digits)
