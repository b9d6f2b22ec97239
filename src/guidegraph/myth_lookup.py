"""What the myths look-up adds to search: the guidance's words for a belief about one holder's
information reaching another, and the statements found grouped by the concept each is a wording of.

`answers.Answers.myths` scores every statement for the question (with `handed_between`'s hint),
orders them by concept (`myth_rank`) and groups them (`group_myths`).
"""

from __future__ import annotations

from typing import Any

from guidegraph.act_rules import split_field

# A belief about information held by one service reaching another ("what the GP knows can't be used
# by the school", "notes the police make can't go to the nursery") names two holders, roles or
# agencies; the guidance puts that as information of "one organisation" disclosed to "another".
HANDED_WORDS = ("organisation", "another")


def handed_between(parsed: Any, expander: Any) -> Any:
    """`parsed` with the guidance's words for one holder's information reaching another when it
    names two distinct roles or agencies: the typed names alone match the services, not the belief."""
    if len(expander.holders_named(parsed.words)) < 2:
        return parsed
    # a hint to the belief, which the words typed still outweigh when they name another one
    # ("their computer systems", "GDPR means", "breach their privacy")
    return parsed.with_hints(HANDED_WORDS)


def group_myths(statements: list[dict[str, Any]], ranked: bool) -> list[dict[str, Any]]:
    """Myth statements grouped by their concept: each source's wording and answer."""
    groups: dict[str, dict[str, Any]] = {}
    for fields in statements:
        data = fields["data"]
        # "myth": the wording that matched best; "title": the concept's, its most typical wording
        group = groups.setdefault(data["concept"], {
            "id": data["concept"], "iri": data.get("concept_iri"),
            "title": data.get("concept_title") or fields["title"], "myth": fields["title"],
            "answer": "", "sources": [], "legal_bases": [],
        })
        statement, _, answer = fields["text"].partition("\n\n")
        group["sources"].append({"document": fields["document"], "passage_id": data["passages"][0]
                                 if data["passages"] else None, "statement": statement, "answer": answer,
                                 "verdict": data.get("verdict")})
        group["answer"] = group["answer"] or answer
        group["legal_bases"] = sorted(set(group["legal_bases"]) | set(split_field(fields.get("legal_bases"))))
    values = list(groups.values())
    return values if ranked else sorted(values, key=lambda g: g["id"])
