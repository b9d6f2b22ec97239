"""Plain-text renderings of answers for the terminal: search hits, legal bases, myths, entities, scores."""

from __future__ import annotations

import re
import textwrap
from typing import Any

WIDTH = 100
SNIPPET_CHARS = 240


def _wrap(text: str, indent: str = "   ") -> str:
    # Never break inside an id ("cross-government-…") or a title: people copy them into the next command.
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False)


def _lines(item: dict[str, Any]) -> str:
    start, end = item.get("line_start"), item.get("line_end")
    if not start:
        return ""
    return f"line {start}" if start == end else f"lines {start}-{end}"


def hits_text(hits: list[dict[str, Any]]) -> str:
    """Search hits: rank, source (document, section, lines), snippet, the law it cites."""
    blocks = []
    for rank, hit in enumerate(hits, 1):
        where = ", ".join(p for p in (hit["document"], _section(hit), _lines(hit)) if p)
        head = f"{rank}. [{hit['kind']}] {where}" + (f"  {hit['title']}" if hit["kind"] != "passage" else "")
        body = [head, _wrap(hit["snippet"])]
        if hit["legal_bases"]:
            body.append(_wrap("cites: " + ", ".join(hit["legal_bases"] + hit["provisions"])))
        related = [e for e in hit.get("entities", []) if not e.startswith("term/")]
        if related:
            body.append(_wrap("part of: " + ", ".join(related)))
        body.append(f"   id: {hit['passage_id'] or hit['id']}")
        blocks.append("\n".join(body))
    return "\n\n".join(blocks) if blocks else "No matches."


def _section(hit: dict[str, Any]) -> str:
    number, title = hit.get("section") or "", hit.get("section_title") or ""
    if number and title and not title.startswith(number):
        return f"§{number} {title}"
    return f"§{title or number}" if (title or number) else ""


def bases_text(bases: list[dict[str, Any]]) -> str:
    """which-act answers: each legal basis, its status, provisions, reason and evidence."""
    blocks = []
    for rank, basis in enumerate(bases, 1):
        status = basis["status"] or ""
        if basis.get("superseded_by"):
            status += f"; superseded by {basis['superseded_by']}"
        if basis.get("kind") == "guidance":
            status = "guidance"
        body = [f"{rank}. {basis['title']}" + (f"  [{status}]" if status else "")]
        if basis["legislation_gov_uk"]:
            body.append(f"   https://www.legislation.gov.uk/{basis['legislation_gov_uk']}")
        if basis.get("scope"):
            body.append(_wrap(f"what: {first_sentence(basis['scope'])}"))
        if basis["provisions"]:
            body.append(_wrap("provisions: " + "; ".join(_provision_label(p, basis) for p in basis["provisions"])))
        if basis.get("source") == "catalog":  # no passage of the corpus names it: the catalog is the source
            body.append("   not cited in this corpus: what the catalog says it covers")
            body.append(_wrap(f"catalog: {basis['reason']}"))
        elif basis.get("reason"):
            body.append(_wrap(f"why: {basis['reason']}"))
        for evidence in basis["evidence"]:
            body.append(f"   evidence: {evidence['passage_id']}")
        blocks.append("\n".join(body))
    where = _answered_for(getattr(bases, "jurisdiction", None))
    if not blocks:
        return f"No legal basis found for that question{where}."
    what = "Guidance and law" if any(b.get("kind") == "guidance" for b in bases) else "Law that applies"
    return "\n\n".join([f"{what}{where}:", *blocks] if where else blocks)


def first_sentence(text: str | None) -> str:
    """A scope note's first sentence, for a list: what the law is, not all it does."""
    head, stop, _ = (text or "").partition(". ")
    return head + "." if stop else (text or "")


def _answered_for(place: dict[str, str] | None) -> str:
    """" in Scotland, which the question names (...)": why law not applying there is left out."""
    if not place:
        return ""
    if place["from"] == "question":
        return f" in {place['title']}, which the question names (--jurisdiction answers for another place)"
    return f" in {place['title']}"


def _provision_label(provision: dict[str, Any], basis: dict[str, Any]) -> str:
    """"section 47" under the Children Act 1989's heading, not its title again."""
    return provision["title"].removeprefix(f"{basis['title']}, ")


def myths_text(myths: list[dict[str, Any]]) -> str:
    """Myths: the belief, each source's answer, and the law the answers rest on."""
    blocks = []
    for myth in myths:
        headline = myth.get("title") or myth["myth"]
        body = [f"MYTH: {headline}"]
        for source in myth["sources"]:
            body.append(f"   {source['document']} ({source['passage_id']}):")
            if _plain(source["statement"]) != _plain(headline):  # this source words the belief its own way
                body.append(_wrap(f"as worded here: {source['statement']}", "      "))
            body.append(_wrap(source["answer"], "      "))
        if myth["legal_bases"]:
            body.append(_wrap("law: " + ", ".join(myth["legal_bases"])))
        blocks.append("\n".join(body))
    return "\n\n".join(blocks) if blocks else "No myth matches."


def _plain(statement: str) -> str:
    return " ".join(statement.lower().rstrip(" .?!").split())


def entity_text(entity: dict[str, Any]) -> str:
    """`show`: an entity's fields, then everything linked to it."""
    record = entity["record"]
    body = [f"{entity['kind']}: {record.get('title') or record.get('id')}", f"   id: {record.get('id')}"]
    if record.get("iri"):
        body.append(f"   iri: {record['iri']}")
    for key, value in sorted(record.items()):
        if key in ("id", "iri", "title") or value in (None, "", [], {}):
            continue
        body.append(_field(key, value))
    for name, rows in entity["links"].items():
        if rows:
            body.append(f"   {name.replace('_', ' ')}:")
            body.extend(_wrap(_row(row), "      ") for row in rows)
    return "\n".join(body)


def _field(key: str, value: Any) -> str:
    if isinstance(value, list):
        value = ", ".join(_row(v) for v in value)
    return _wrap(f"{key.replace('_', ' ')}: {value}")


def _row(row: Any) -> str:
    if not isinstance(row, dict):
        return str(row)
    label = row.get("title") or row.get("text") or row.get("myth") or ""
    ref = row.get("passage_id") or row.get("id") or ""
    label = label if len(label) <= 140 else label[:140].rsplit(" ", 1)[0] + " …"
    return f"{ref} {label}".strip()


def report_text(report: dict[str, Any], details: bool = False) -> str:
    from guidegraph.evaluate import format_report

    return format_report(report, details)


# --- snippets ----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:\.\w+)*")
_SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+|\n+")


def snippet(text: str, terms: frozenset[str]) -> str:
    """The text's best sentence or two, matched words marked **like this**; its start when none match."""
    from guidegraph.analysis import stem

    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    found: list[set[str]] = [set() for _ in ends]
    sentence = 0
    for match in _WORD.finditer(text):
        while match.start() >= ends[sentence]:
            sentence += 1
        term = stem(match.group().lower())
        if term in terms:
            found[sentence].add(term)
    scored, start = [], 0
    for order, end in enumerate(ends):
        if text[start:end].strip():
            scored.append((-len(found[order]), order, start, end))
        start = end
    best = sorted(sorted(scored)[:2], key=lambda item: item[1])
    if not best or best[0][0] == 0:
        return _clip(text, 0)
    return " … ".join(_mark(_clip(text, start, end), terms) for count, _, start, end in best if count < 0)


def _clip(text: str, start: int, end: int | None = None) -> str:
    piece = text[start:end].strip()
    if len(piece) <= SNIPPET_CHARS:
        return piece
    return piece[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _mark(piece: str, terms: frozenset[str]) -> str:
    from guidegraph.analysis import stem

    return _WORD.sub(lambda m: f"**{m.group()}**" if stem(m.group().lower()) in terms else m.group(), piece)
