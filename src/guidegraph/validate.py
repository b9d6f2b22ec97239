"""SHACL validation of the graph against `ontology/shapes.ttl`, with a report people can read."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 20) -> str:
        """A readable report: one line per violation, the first `limit` of them."""
        if self.conforms:
            return "The graph conforms to the SHACL shapes."
        lines = [f"The graph does not conform to the SHACL shapes: {len(self.violations)} violation(s)."]
        for v in self.violations[:limit]:
            lines.append(f"  - {v.focus}  {v.path}: {v.message}")
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def validate_graph(data: Graph, shapes: Graph) -> ValidationReport:
    """Validate `data` against `shapes` (no inference: the graph states its types explicitly)."""
    from pyshacl import validate  # heavy import, only when validating

    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return ValidationReport(bool(conforms), tuple(sorted(_violations(results), key=lambda v: (v.focus, v.path))))


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=str(results.value(result, SH.focusNode)),
                path=str(results.value(result, SH.resultPath) or ""),
                message=str(message) if message else "constraint not met",
                severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return found
