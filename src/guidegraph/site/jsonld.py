"""schema.org JSON-LD for each page, and its safe embedding in a `<script>` element."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

CONTEXT = "https://schema.org"


def script_json(data: Any) -> Markup:
    """JSON that cannot end its `<script>` element early: `<`, `>` and `&` become \\u escapes."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def thing(kind: str, name: str, iri: str | None = None, **fields: Any) -> dict[str, Any]:
    """A schema.org node: `@type`, `name`, `@id` and any non-empty fields."""
    node: dict[str, Any] = {"@context": CONTEXT, "@type": kind, "name": name}
    if iri:
        node["@id"] = iri
    node.update({key: value for key, value in fields.items() if value not in (None, "", [], {})})
    return node


def term(iri: str, name: str) -> dict[str, Any]:
    return {"@type": "DefinedTerm", "@id": iri, "name": name}


def legislation(record: dict[str, Any], url: str | None, places: list[str]) -> dict[str, Any]:
    return thing(
        "Legislation",
        record["title"],
        record["iri"],
        legislationIdentifier=record["legislation_gov_uk"],
        legislationJurisdiction=places,
        legislationLegalForce=record["status"],
        alternateName=record["aliases"],
        description=record["scope"],
        sameAs=url,
        temporalCoverage=str(record["year"]) if record["year"] else None,
    )


def faq(name: str, iri: str, statements: list[dict[str, Any]]) -> dict[str, Any]:
    """A myth as an FAQPage: each source's wording a Question with its accepted Answer."""
    questions = [
        {"@type": "Question", "name": s["myth"], "acceptedAnswer": {"@type": "Answer", "text": s["answer"]}}
        for s in statements
    ]
    return thing("FAQPage", name, iri, mainEntity=questions)


def document(record: dict[str, Any], full: bool) -> dict[str, Any]:
    return thing(
        "Article" if full else "CreativeWork",
        record["title"],
        record["iri"],
        headline=record["title"][:110],
        publisher={"@type": "Organization", "name": record["publisher"]},
        datePublished=record["date"],
        copyrightNotice=record["rights"],
        spatialCoverage=record["jurisdictions"] + record["local_areas"],
        url=record["source_url"] or None,
    )
