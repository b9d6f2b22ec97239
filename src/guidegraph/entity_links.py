"""What `show` prints: a passage with what it cites and belongs to, or any other entity of the build's
records with the records that rest on or point to it."""

from __future__ import annotations

from typing import Any

from guidegraph.act_rules import split_field
from guidegraph.errors import GuidegraphError


def passage_with_links(fields: dict[str, Any]) -> dict[str, Any]:
    """A passage's stored fields as `show` prints them: its record and its links."""
    data = fields["data"]
    record = {"id": data["ref"], "iri": data["iri"], "title": fields["title"], "document": fields["document"],
              "section": data["section"], "line_start": data["line_start"], "line_end": data["line_end"],
              "text": fields["text"], "jurisdictions": split_field(fields.get("jurisdictions"))}
    links = {"legal_bases": split_field(fields.get("legal_bases")),
             "provisions": split_field(fields.get("provisions")),
             "part_of": [e for e in split_field(fields.get("entities")) if not e.startswith("term/")],
             "terms": [e for e in split_field(fields.get("entities")) if e.startswith("term/")]}
    return {"kind": "passage", "record": record, "links": links}


def linked_entity(records: dict[str, list[dict[str, Any]]], ref: str) -> dict[str, Any]:
    """The record `ref` names (an id or an IRI) and the records that link to it."""
    found = [(kind, r) for kind, rows in records.items() for r in rows if ref in (r.get("id"), r.get("iri"))]
    if not found:  # a myth or a principle: the concept each document's statement is a wording of
        found = [(kind, r) for kind, rows in records.items() for r in rows if r.get("concept") == ref]
        if found:
            kind, first = found[0]
            title = first.get("concept_title") or first["myth"] if kind == "myths" else first["title"]
            return {"kind": kind.removesuffix("s"), "record": {"id": ref, "title": title},
                    "links": {"statements": [r for _, r in found]}}
        raise GuidegraphError(f"nothing with id or IRI '{ref}': try `guidegraph list KIND` or `guidegraph search`")
    kind, record = found[0]
    return {"kind": kind, "record": record, "links": _links_to(records, kind, record)}


def _links_to(records: dict[str, list[dict[str, Any]]], kind: str, record: dict[str, Any]) -> dict[str, list[Any]]:
    """What rests on or points to a record: myths, case examples and passages that cite a basis, ..."""
    key = record["id"]
    if kind == "legal-bases":
        return {
            "myths": [m for m in records["myths"] if key in m["legal_bases"]],
            "case_examples": [c for c in records["case-examples"] if key in c["legal_bases"]],
            "superseded": [b for b in records["legal-bases"] if b["superseded_by"] == key],
        }
    if kind == "provisions":
        return {"case_examples": [c for c in records["case-examples"] if key in c["provisions"]]}
    if kind == "principles":
        return {"other_wordings": [p for p in records["principles"] if p["concept"] == record["concept"]
                                   and p["id"] != key]}
    if kind == "myths":
        return {"other_sources": [m for m in records["myths"] if m["concept"] == record["concept"] and m["id"] != key]}
    return {}
