"""guidegraph: child-safeguarding information-sharing guidance as a knowledge graph."""

from __future__ import annotations

__version__ = "0.1.0"
