"""What a PowerPoint slide's graphic frames (`p:graphicFrame`) say, as a careful reader reads them.

A graphic frame holds one of three things a reader meets in a training deck, named by its
`a:graphicData uri`:
- a table (`a:tbl`), read row by row, each row its cells joined by " | ", a merged cell once;
- a SmartArt graphic (".../diagram"): the frame names, by the slide's relationships, the graphic's
  data (`ppt/diagrams/dataN.xml`). Its `dgm:ptLst` holds the points in the order they were made: the
  document point (`type="doc"`), the nodes a person typed (no type, or "asst"), and the transitions
  and presentation points PowerPoint adds (no text of their own). The order shown is that of the
  `dgm:cxnLst` connections of type "parOf" (the default), each from a parent to a node with its place
  (`srcOrd`); a node's children are its sub-points. PowerPoint also saves a drawing of the graphic
  (`ppt/diagrams/drawingN.xml`) with the same text laid out: it is not read, so that nothing is read
  twice;
- a chart (".../chart", `ppt/charts/chartN.xml`): its numbers, categories and series names are data,
  not text, but its title says what the slide shows ("Concerns logged by staff, 2024/25") and is
  kept as a line; an automatic title (the series' name) or a deleted one is nothing.
A paragraph's text is its runs and fields (a link's text only, never its address), a line break a
space; the slide number and date fields are not text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.etree import ElementTree

from guidegraph.read.docx import _row_line

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_FIELDS_NOT_TEXT = re.compile(r"^(?:slidenum|datetime)", re.IGNORECASE)  # a slide's number, today's date
_TYPED = frozenset({"node", "asst"})  # the points a person typed: nodes and an organisation chart's assistants
_DEEPEST = 9  # a point's indent at most, as PowerPoint's nine outline levels

Loader = Callable[[str], "ElementTree.Element | None"]  # a part by the slide's relationship id, None if lost


def frame_points(frame: ElementTree.Element, load: Loader) -> list[tuple[int, str]]:
    """The points (indent from 1, text) of a graphic frame: a table's rows, a SmartArt graphic's
    nodes, a chart's title."""
    data = frame.find(f"{A}graphic/{A}graphicData")
    if data is None:
        return []
    kind = data.get("uri", "").rsplit("/", 1)[-1]
    if kind == "table":
        return [(1, row) for row in table_rows(data)]
    if kind == "diagram":
        ids = data.find(f"{DGM}relIds")
        model = load(ids.get(f"{R}dm", "")) if ids is not None else None
        return diagram_points(model) if model is not None else []
    if kind == "chart":
        reference = data.find(f"{C}chart")
        chart = load(reference.get(f"{R}id", "")) if reference is not None else None
        title = chart_title(chart) if chart is not None else ""
        return [(1, title)] if title else []
    return []


def paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's runs and fields, a line break a space; the slide number and date fields are not text."""
    pieces = []
    for child in paragraph:
        if child.tag == f"{A}r" or (child.tag == f"{A}fld" and not _FIELDS_NOT_TEXT.match(child.get("type", ""))):
            pieces.append(child.findtext(f"{A}t") or "")
        elif child.tag == f"{A}br":
            pieces.append(" ")
    return " ".join("".join(pieces).split())


def table_rows(data: ElementTree.Element) -> list[str]:
    """Each row of a table as its cells joined by " | "; a cell merged into the one beside or above is
    read once, where the merge starts."""
    rows = []
    for row in data.iterfind(f"{A}tbl/{A}tr"):
        cells = [" ".join(paragraph_text(p) for p in cell.iterfind(f"{A}txBody/{A}p")).strip()
                 for cell in row.iterfind(f"{A}tc") if cell.get("hMerge") != "1" and cell.get("vMerge") != "1"]
        if any(cells):
            rows.append(_row_line([cell for cell in cells if cell]))
    return rows


def diagram_points(model: ElementTree.Element) -> list[tuple[int, str]]:
    """A SmartArt graphic's nodes in the order shown, each node's children under it; a node with no
    text leaves its children where it stands. A connection that loops back (a damaged model) is
    followed once."""
    texts: dict[str, str] = {}
    roots: list[str] = []
    for point in model.iterfind(f"{DGM}ptLst/{DGM}pt"):
        kind, key = point.get("type", "node"), point.get("modelId", "")
        if kind == "doc":
            roots.append(key)
        elif kind in _TYPED:
            texts[key] = " ".join(filter(None, (paragraph_text(p) for p in point.iterfind(f"{DGM}t/{A}p"))))
    children: dict[str, list[tuple[int, int, str]]] = {}
    for place, link in enumerate(model.iterfind(f"{DGM}cxnLst/{DGM}cxn")):
        if link.get("type", "parOf") == "parOf":
            order = link.get("srcOrd", "0")
            children.setdefault(link.get("srcId", ""), []).append(
                (int(order) if order.isdigit() else 0, place, link.get("destId", "")))
    return _walked(roots, children, texts)


def _walked(roots: list[str], children: dict[str, list[tuple[int, int, str]]],
            texts: dict[str, str]) -> list[tuple[int, str]]:
    """The nodes depth first from the document point, without recursion (a model may nest deeply)."""
    points: list[tuple[int, str]] = []
    seen = set(roots)
    stack = [(0, root) for root in reversed(roots)]
    while stack:
        depth, key = stack.pop()
        text = texts.get(key, "")
        if text:
            depth = min(depth + 1, _DEEPEST)
            points.append((depth, text))
        below = [child for _, _, child in sorted(children.get(key, ())) if child not in seen]
        seen.update(below)
        stack += [(depth, child) for child in reversed(below)]
    return points


def chart_title(chart: ElementTree.Element) -> str:
    """A chart's own title, "" when it has none or shows only its series' name."""
    deleted = chart.find(f"{C}chart/{C}autoTitleDeleted")
    if deleted is not None and deleted.get("val") in ("1", "true"):
        return ""
    rich = chart.find(f"{C}chart/{C}title/{C}tx/{C}rich")
    return " ".join(filter(None, (paragraph_text(p) for p in rich.iterfind(f"{A}p")))) if rich is not None else ""
