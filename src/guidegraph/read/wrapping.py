"""What a mailing service or a notes app wraps around the text it carries, in any format.

A mass-mailing service's plain-text e-mail gives each link's target after its text in brackets,
an address that counts the reader's click ("Read the advice (https://x.list-manage.com/track/
click?u=...)"), and frames the bulletin with "View this email in your browser" over it and, under
a rule, the sender's footer (the copyright, why you receive it, the mailing address, "unsubscribe
from this list"). A notes app's page ends in links to its neighbours ("Related pages: Consent ·
Escalation"). None of it is the guidance.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import _Line

# a link's target that tracks the click (a mailing service's redirect, a campaign's parameters):
# never a reference the reader follows for its own sake
_TRACKED_LINK = re.compile(r"[ \t]*\(https?://[^\s()]*?(?:/track/click|/ls/click|list-manage\.com|forward-to-friend"
                           r"|[?&](?:utm_[a-z]+|mc_eid|e)=)[^\s()]*\)")
WRAPPING_PATTERNS = (
    # "View this email in your browser", "If you cannot read this email properly, view it in your browser: <url>"
    re.compile(r"^(?:if\b[^.!?]{0,80}?,\s*)?view\s+(?:this\s+(?:email|e-mail|message|newsletter|bulletin)|it)"
               r"\s+(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser\b[^!?]{0,150}$", re.I),
    re.compile(r"^forward\s+(?:this\s+(?:email|e-mail|message)\s+)?to\s+a\s+(?:friend|colleague)\.?$", re.I),
    re.compile(r"^[\w&'’ -]{1,60}\slogo$", re.I),  # a picture's words in a plain-text mail: "Brackley SCP logo"
    # a bulletin's issue date on a line of its own: "March 2025", "Issue 12 · March 2025"
    re.compile(r"^(?:(?:issue|edition|no\.?)\s+\d{1,3}\s*[|·,–—-]\s*)?(?:January|February|March|April|May|June|July"
               r"|August|September|October|November|December)\s+\d{4}$", re.I),
    # a notes app's links to the pages beside it: "Related pages: Consent · Escalation"
    re.compile(r"^(?:related|linked)\s+(?:pages?|notes?|links|articles|topics)\s*:\s*[^.!?:]{1,200}$", re.I),
)
# What only a mailing list's footer says: why you receive it, and how to stop
_LIST_FOOTER = re.compile(r"\bunsubscribe\b|\byou\s+are\s+receiving\s+this\s+(?:e-?mail|newsletter|bulletin)"
                          r"|\bupdate\s+your\s+preferences\b", re.I)
_RULE = re.compile(r"^\s*(?:([=_*-])\s*)\1{9,}\s*$")
FOOTER_LINES = 30  # lines at most from the rule over a mailing list's footer to its "unsubscribe"
FOOTER_TAIL = 6  # lines at most under the "unsubscribe" line (the service's own advertisement)


def without_tracked_links(lines: list[str]) -> list[str]:
    """Each line with the click-tracking targets of its links taken out (the links' words stay)."""
    return [_TRACKED_LINK.sub("", line) if "(http" in line else line for line in lines]


def drop_mailing_footer(lines: list[_Line]) -> None:
    """Drop a mailing list's footer: from the rule set apart over it (a heading's underline is
    directly under its words) to the end, when its last lines say how to unsubscribe."""
    found = [k for k, line in enumerate(lines) if line.kind != "blank" and _LIST_FOOTER.search(line.raw)]
    if not found or sum(1 for line in lines[found[-1] + 1:] if line.kind != "blank") > FOOTER_TAIL:
        return
    last = found[-1]
    for k in range(last - 1, max(-1, last - FOOTER_LINES), -1):
        if _RULE.match(lines[k].raw) and (k == 0 or lines[k - 1].kind == "blank"):
            for line in lines[k:]:
                line.kind = "drop"
            return
