"""A paragraph or list item the assembler is still collecting lines for."""

from __future__ import annotations

from dataclasses import dataclass

from .inline import _normalise


@dataclass
class _Pending:
    """A paragraph or item still collecting lines."""

    kind: str
    parts: list[str]
    line_start: int
    line_end: int
    number: str | None = None
    marker: str | None = None
    _done: int = 0  # how many parts `_head` holds
    _head: str = ""  # the normalised text of parts[:_done]

    @property
    def text(self) -> str:
        # The assembler asks at every line, so a paragraph of n lines cost n² when joined afresh.
        # Normalising only collapses and strips whitespace, so the text is the normalised parts
        # joined by spaces: each part is normalised once, the last one (which the assembler may
        # extend) at each call.
        while self._done < len(self.parts) - 1:
            self._head = _join(self._head, _normalise(self.parts[self._done]))
            self._done += 1
        return _join(self._head, _normalise(self.parts[-1]))


def _join(head: str, tail: str) -> str:
    return f"{head} {tail}" if head and tail else head or tail
