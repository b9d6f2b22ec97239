"""The verdict an answer gives a belief: "no", "yes" or "partly", from its first words ("No – ...",
"Yes.", "Not necessarily", "This is not the case", "Not so.")."""

from __future__ import annotations

import re

_VERDICTS = (
    ("partly", r"not necessarily|not always|not usually|not normally|partly|partially|sometimes|it depends|maybe"
               r"|(?:usually|often|mostly|generally),?\s+but\s+not\s+always"),
    ("no", r"no|false|wrong|incorrect|not true|untrue|not so"),
    ("yes", r"yes|true|correct"),
)
# "No" and "Yes" need punctuation after them ("No – ", "Yes."): "Nobody", "No one" are not verdicts.
# The hedges are phrases that stand without it ("It depends on ...").
_VERDICT = re.compile(
    "^(?:" + "|".join(
        f"(?P<{v}>{p})\\b" + ("" if v == "partly" else r"\s*(?:[–—-]+|[,.:;!]|$)") for v, p in _VERDICTS
    ) + ")",
    re.IGNORECASE,
)
# A sentence that says "no" without the word: "This is not the case.", "That is a myth".
_NOT_THE_CASE = re.compile(
    r"^(?:(?:this|that|it)\s+is\s+(?:not\s+(?:true|the\s+case|correct|so)|a\s+myth|false|incorrect|wrong|untrue)"
    r"|not\s+the\s+case)\b",
    re.IGNORECASE,
)


def verdict_of(answer: str, default: str | None = None) -> str | None:
    """"no", "yes" or "partly" from the answer's first words ("No – ...", "Yes.", "Not necessarily",
    "This is not the case")."""
    text = answer.strip().lstrip("*_ ")
    if _NOT_THE_CASE.match(text):
        return "no"
    match = _VERDICT.match(text)
    if not match:
        return default
    return next(v for v, _ in _VERDICTS if match.group(v))
