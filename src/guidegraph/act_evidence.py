"""What which-act shows for each answer: the passages that bear it out and the reason line.

The evidence of a law is the passages among (or behind) the hits that led to it; for law reached
only through its own entry, the passages citing it that hold the most of the question's words. The
reason line is the evidence's best sentence (`reasons`), unless it does not say what the law does:
then the passages citing the law that do are read too, and a better sentence of theirs is shown with
its passage. A guidance document listed for a place is shown in the same form, its passages as its
evidence.
"""

from __future__ import annotations

from typing import Any

from guidegraph.act_rules import split_field

EVIDENCE = 3
OWN_EVIDENCE_SCAN = 50  # citing passages read for a law reached only by its own entry


class ActEvidence:
    """The evidence and reason lines of which-act's answers, read from an open build's index."""

    def __init__(self, searcher: Any, rank_data: dict[str, Any]) -> None:
        self.searcher, self.rank_data = searcher, rank_data
        self._explaining: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}  # by law and its names

    def basis(self, ranked: Any, stored: dict[str, dict[str, Any]], terms: set[str]) -> dict[str, Any]:
        """A legal basis ranked, as which-act lists it: its catalog fields, reason line and evidence."""
        info = self.rank_data["bases"][ranked.id]
        evidence = self._evidence(ranked, stored) or self._own_evidence(ranked.id, terms)
        names = [info["title"], *info["aliases"]]
        names += [self.rank_data["provisions"][p]["title"].split(", ")[-1] for p in ranked.provisions]
        reason, evidence = self._reason(ranked.id, evidence, terms, names)
        return {
            "id": ranked.id,
            "kind": "legal-basis",
            "source": "corpus",
            "iri": info["iri"],
            "title": info["title"],
            "aliases": info["aliases"],
            "legislation_gov_uk": info["legislation_gov_uk"],
            "provisions": [{"id": p, "iri": self.rank_data["provisions"][p]["iri"],
                            "title": self.rank_data["provisions"][p]["title"]} for p in ranked.provisions],
            "score": round(ranked.score, 6),
            "status": info["status"],
            "superseded_by": info["superseded_by"],
            "scope": info.get("scope"),
            "reason": reason,
            "evidence": evidence,
        }

    def guidance(self, fields: dict[str, Any], terms: set[str], support: list[str] | None = None) -> dict[str, Any]:
        """A guidance document as which-act lists it: the fields of a legal basis, no law's among them.
        Its evidence is the passages that led to it (`support`, best first), then those citing it."""
        from guidegraph.reasons import best_sentence

        passage_ids = list(dict.fromkeys([*(support or ()), *fields["data"]["passages"]]))[:EVIDENCE]
        evidence = [{"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]}
                    for p in self.passages(passage_ids)]
        return {"id": fields["data"]["ref"].removeprefix("guidance/"), "kind": "guidance", "source": "corpus",
                "iri": fields["data"]["iri"], "title": fields["title"], "aliases": fields["data"].get("aliases", []),
                "legislation_gov_uk": None,
                "provisions": [], "status": None, "superseded_by": None, "scope": fields["data"].get("scope"),
                "reason": best_sentence([e["text"] for e in evidence], terms, [fields["title"]]),
                "evidence": evidence}

    def passages(self, passage_ids: list[str]) -> list[dict[str, Any]]:
        """The stored fields of the passages `passage_ids` name, in their order."""
        found = (self.searcher.document(id=f"passage:{p}") for p in passage_ids)
        return [f for f in found if f]

    def _reason(self, basis: str, evidence: list[dict[str, Any]], terms: set[str],
                names: list[str]) -> tuple[str, list[dict[str, Any]]]:
        """The reason line and the evidence showing it: the best sentence of the evidence, unless it
        does not say what the law does; then the best of it and the sentences of the passages citing
        the law that do, the passage of the one chosen shown as evidence."""
        from guidegraph.reasons import best_sentence_at, explains

        reason, _, score = best_sentence_at([e["text"] for e in evidence], terms, names)
        if explains(reason, names):
            return reason, evidence
        shown = {e["passage_id"] for e in evidence}
        citing = [p for p in self._explaining_passages(basis, tuple(names)) if p["passage_id"] not in shown]
        better, at, better_score = best_sentence_at([p["text"] for p in citing], terms, names, only_explaining=True)
        if not better or better_score <= score:
            return reason, evidence
        return better, evidence[: EVIDENCE - 1] + [citing[at]]

    def _explaining_passages(self, basis: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
        """The passages citing the law (among the first `OWN_EVIDENCE_SCAN`) with a sentence saying
        what it does, in document order; read once for each law and its names."""
        from guidegraph.reasons import explains, sentences_of

        key = (basis, names)
        if key not in self._explaining:
            fields = self.searcher.document(id=f"legal-basis:{basis}")
            citing = self.passages(fields["data"]["passages"][:OWN_EVIDENCE_SCAN]) if fields else []
            self._explaining[key] = [
                {"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]} for p in citing
                if any(explains(sentence, list(names)) for sentence, _ in sentences_of(p["text"]))]
        return self._explaining[key]

    def _evidence(self, ranked: Any, stored: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
        """Passages among (or behind) the hits that cite the basis or one of its provisions."""
        rows: dict[str, dict[str, Any]] = {}
        for node in ranked.seeds:
            fields = stored.get(node)
            if fields is None or fields["kind"] == "legal-basis":
                continue
            candidates = [fields] if fields["kind"] == "passage" else self.passages(fields["data"]["passages"])
            citing = [c for c in candidates if ranked.id in split_field(c.get("legal_bases"))] or candidates[:1]
            for passage in citing:
                rows.setdefault(passage["data"]["ref"], {"document": passage["document"],
                                                         "passage_id": passage["data"]["ref"],
                                                         "text": passage["text"]})
            if len(rows) >= EVIDENCE:
                break
        return list(rows.values())[:EVIDENCE]

    def _own_evidence(self, basis: str, terms: set[str], limit: int = EVIDENCE) -> list[dict[str, Any]]:
        """For law the hits reached only through its own entry: the passages citing it that hold the
        most of the question's words (among the first `OWN_EVIDENCE_SCAN`), so it too shows why."""
        from guidegraph.reasons import words_of

        fields = self.searcher.document(id=f"legal-basis:{basis}")
        citing = self.passages(fields["data"]["passages"][:OWN_EVIDENCE_SCAN]) if fields else []
        citing.sort(key=lambda p: -len(terms & words_of(p["text"])))  # stable: document order on ties
        return [{"document": p["document"], "passage_id": p["data"]["ref"], "text": p["text"]}
                for p in citing[:limit]]
