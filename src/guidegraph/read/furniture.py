"""Page and site furniture: what a page carries around the guidance, never the guidance itself.

Documents reach the corpus as web pages, Word and PDF exports, and bring their page furniture
with them: site navigation ("Skip to main content", "Quick exit"), "Page 3 of 12" footers,
"Last updated" stamps, contents lines with their page numbers, and a running header or footer
repeated on every page. Left in, these would become passages, match searches and break
sentences at page ends. The text reader drops them line by line; the HTML reader uses the same
lists for elements.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .inline import clean_inline
from .wrapping import WRAPPING_PATTERNS

if TYPE_CHECKING:
    from .lines import _Line

# Whole lines of site or page furniture (compared lower-cased): navigation, never content.
FURNITURE_LINES = frozenset({
    "toggle contrast", "hide this site", "quick exit", "exit this site", "show amendments",
    "hide amendments", "skip to main content", "skip to content", "back to top", "print this page",
    "print page", "share this page", "cookie settings", "accept cookies", "reject cookies",
    "skip over navigation", "skip navigation", "skip to navigation", "rate this page",
    "was this page useful?", "is this page useful?", "was this page helpful?", "was this helpful?",
    "report a problem with this page",
})
_SITE_ACTION = (r"(?:edit\s+(?:this\s+)?page(?:\s+on\s+\w+)?|view\s+(?:page\s+)?source"
                r"|create\s+(?:an?\s+)?(?:\w+\s+)?issue|report\s+an?\s+(?:issue|problem)|suggest\s+an?\s+(?:edit|change)"
                # a document library's commands over a document: "Download PDF | Print | Subscribe to changes"
                r"|download(?:\s+(?:as\s+)?(?:pdf|word|docx?))?|print(?:\s+this\s+page)?"
                r"|subscribe(?:\s+to\s+(?:changes|updates|this\s+(?:page|document)))?)")
FURNITURE_PATTERNS = (
    re.compile(r"^this page is correct as printed on\b", re.I),
    # PDF page footers, and the slide numbers of a presentation saved as an outline
    re.compile(r"^(?:page|slide)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I),
    re.compile(r"^[-–—]\s*\d{1,4}\s*[-–—]$"),  # "- 3 -", a page number between dashes
    # a footer of parts set apart by dashes or bars: "Chapter 4 – Page 1 of 3 – Version 2.1, March 2024"
    re.compile(r"^(?:[^.!?|·–—]{1,60}[|·–—]\s*)?page\s+\d{1,4}\s+of\s+\d{1,4}(?:\s*[|·–—][^!?|·–—]{1,100})?$", re.I),
    # a briefing's or newsletter's issue line, its parts set apart by bars or dots: "Anyshire SCP · 7 Minute
    # Briefing No. 12 | June 2025"
    re.compile(r"^(?=[^!?]{0,160}\b(?:no\.?|issue|edition)\s*\d{1,4}\b)[^!?|·\t]{1,100}(?:\s*[|·\t]\s*[^!?|·\t]{1,100})"
               r"{1,3}(?<=\s)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s+\d{4}$", re.I),
    re.compile(r"^(?:estimated\s+)?reading\s+time\s*:?\s*\d+\s*(?:min(?:ute)?s?|mins?)\.?$", re.I),  # blog furniture
    re.compile(r"^skip (?:over |to )?(?:main )?(?:navigation|content)\W*$", re.I),
    # a page's feedback prompt and what follows it on its line: "Was this page helpful? Email ... | Page ID: 7"
    re.compile(r"^(?:was|is)\s+this\s+(?:page|information)\s+(?:useful|helpful)\?\s[^?]{0,150}$", re.I),
    re.compile(r"^(view .{3,80}?) \1$", re.I),  # an icon link and its text, "View X View X"
    re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)$", re.I),  # image file names
    re.compile(r"^(?:pexels|unsplash|shutterstock|istock|adobestock|getty)[-_][\w-]+$", re.I),
    re.compile(r"^to view\b.*\bclick here\b", re.I),  # stubs of links to images not in the text
    re.compile(r"^\[(?:image|picture|logo|graphic)\b[^\]]{0,100}\]$", re.I),  # an e-mail's "[Image: logo]"
    # "Practice guide · Last updated 12/04/2022", "Page last reviewed: 3 March 2023", "Leaflet HV07 –
    # reviewed January 2024", gov.uk's "Published 1 May 2024", GOV.WALES's "First published: 14 March 2025"
    # and the ICO's "Latest updates - 30 November 2023"; after a bar, a longer name: "Glenmuir Health and
    # Social Care Partnership | Page last updated: 12 March 2025"
    re.compile(r"^(?:[^.]{0,40}?[·|–—]\s*|[^.|]{0,80}\|\s*)?(?:page\s+)?(?:last\s+|latest\s+|first\s+)?"
               r"(?:updated|updates|reviewed|modified|published|edited)(?:\s+on)?(?:\s*[:–—-])?\s*"
               r"(?:\d{1,2}(?:st|nd|rd|th)?[\s/.-]+)?[A-Za-z0-9]+[\s/.-]+\d{2,4}"
               # a wiki's editor after the date ("Last edited 4 March 2025 by a.kowalski"), and a
               # handbook page's parts after it: "· Page owner: Principal Social Worker · Edit this page"
               r"(?:\s+by\s+[\w.@'-]{1,40}(?:\s[\w.@'-]{1,40})?)?(?:\s[·|]\s[^.!?·|]{1,60}){0,3}$", re.I),
    # a published book's stamp of its last change as a time ago: GitBook's "Last updated 3 months ago"
    re.compile(r"^(?:page\s+)?(?:last\s+)?(?:updated|modified|edited|published|reviewed)(?:\s+on)?\s*:?\s*"
               r"(?:an?|\d{1,3})\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\.?$", re.I),
    # a picture's caption naming what it shows or who took it: "Photo: Marlowvale SCP training day"
    re.compile(r"^(?:photo|photograph|image|picture)(?:\s+credit)?\s*:\s*[^.!?]{1,100}$", re.I),
    # the collections a government page is filed in: GOV.WALES's "Part of: Safeguarding and Social care"
    re.compile(r"^part\s+of:\s*[^.!?:]{1,120}$", re.I),
    # a document-control line: "Document owner: ... Version 4.2 Review: March 2025", "Next review: May 2025"
    # ("Review date: 01/04/2026" as a date in figures)
    re.compile(r"^[^!?]{0,100}\breview(?:\s+date)?\s*:\s*(?:(?:\d{1,2}\s+)?(?:[A-Za-z]+\s+)?\d{4}"
               r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))\.?$", re.I),
    # "Policy reference: CP-04   Version 3.0   Effective from: 1 April 2024"
    re.compile(r"^[^!?]{0,100}\b(?:effective\s+(?:from|date)|date\s+effective)\s*:\s*"
               r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]+\s+)?\d{4}"
               r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))\.?$", re.I),
    # who approved the document and when: "Reviewed by the Board of Governors: October 2024",
    # "Approved by the practice partners: June 2024", "Date of issue: 1 April 2023", "Ratified: 12/09/2024";
    # a cover's "Approved by the Youth Justice Management Board, 12 June 2025" sets the date after a comma
    re.compile(r"^(?:(?:approved|reviewed|ratified|adopted|agreed|endorsed|signed\s+off|issued)"
               r"(?:\s+by\s+[^:!?.,]{1,80}?\s*,|(?:\s+by\s+[^:!?.]{1,80}?)?\s*(?::|\s+on\b))"
               r"|date\s+(?:of\s+)?(?:issue|approval|ratification|adoption)\s*:"
               r"|(?:issue|approval|ratification|adoption)\s+date\s*:)\s*"
               r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Za-z]+\s+)?\d{4}"
               r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4}))\.?$", re.I),
    # a printed copy's warning: "Printed from the ... website on 12/02/2025. Printed copies may be out
    # of date: always check the online version.", "This document is uncontrolled when printed."
    re.compile(r"^[^!?]{0,160}?\b(?:printed\s+copies\s+(?:may\s+be|are)\s+(?:out\s+of\s+date|uncontrolled)"
               r"|uncontrolled\s+(?:copy\s+)?(?:when|once|if)\s+printed)\b[^!?]{0,100}$", re.I),
    # a page's print stamp: "Printed from the intranet by jsmith on 14/03/2016 at 09:42", "Printed on 3 May 2024",
    # a document library's "Generated by DocStore 7.2 on 05/03/2025 10:12 for user rpascoe"
    re.compile(r"^(?:printed\b[^.!?]{0,100}?|(?:generated|exported)\s+(?:by|from)\b[^!?]{0,100}?)\bon\s+"
               r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})"
               r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]m)?)?(?:\s+for\s+(?:user\s+)?\S{1,40})?\.?$", re.I),
    # who last changed a wiki's or a note's page, and the links beside it: "Last edited by Priya Shah ·
    # Back to 00 Index"
    re.compile(r"^(?:last\s+)?(?:edited|modified|updated|changed)\s+by\s+[^.!?·|]{1,60}"
               r"(?:\s[·|]\s[^.!?·|]{1,60}){0,3}$", re.I),
    # a note's line of tags, "#safeguarding #mash/practice": labels for finding it, no words of its own
    re.compile(r"^#[^\W\d][\w/-]*(?:\s+#[^\W\d][\w/-]*)*$"),
    # a wiki's contents macro: GitLab's "[[_TOC_]]", "[TOC]", "{{toc}}", kramdown's "{:toc}"
    re.compile(r"^(?:\[\[_?toc_?\]\]|\[toc\]|\{\{\s*toc\s*\}\}|\{:\s*toc\s*\}|\$\{toc\})$", re.I),
    # a markdown link's reference definition, "[wt]: https://www.gov.uk/... "Working Together"": a
    # link's target, never shown (a footnote's "[^1]: ..." is text)
    re.compile(r"^\[[^\]^][^\]]{0,80}\]:\s*<?(?:https?://|mailto:|/|#|\.{0,2}/)\S*>?"
               r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?$", re.I),
    re.compile(r"^(?:©|crown\s+copyright\b)[^.!?]{0,80}\.?$", re.I),  # "© Crown copyright 2020 WG40123"
    # a protective marking printed at the head and foot of every page of a public sector PDF
    # (a form's: "OFFICIAL-SENSITIVE (when completed)")
    re.compile(r"^(?:OFFICIAL(?:\s?[-–—:]\s?SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED)"
               r"(?:\s*\((?i:when|once)\s+(?i:completed?|filled\s+in)\))?$"),
    # a form's blanks to fill in: "Signed: ________ (Chair of Governors)   Date: ________"
    re.compile(r"^(?:signed|signature|name|print(?:ed)?\s+name|date|position|job\s+title)\s*:?\s*_{4,}.{0,120}$", re.I),
    # fields of a form, each a label and its blank: "Child's name: ______   Date of birth: __ / __ / ____"
    # (a label starts with no space and blanks are set apart, so that a long line fails in linear time)
    re.compile(r"^(?:[^_:\s][^_:]{0,59}:\s*_{3,}(?:[\s/]+_{2,})*\s*)+$"),
    re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*\|?$"),  # table separator rows
    re.compile(r"^([-*_=])(?:\s*\1){2,}$"),  # horizontal rules
    re.compile(r"^[\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b0d\s]+$"),  # a flowchart's arrows between its boxes
    # a web page's cookie banner and breadcrumbs, printed with it: "Cookies on GOV.UK", "We use some
    # essential cookies to make this website work. ...", "Accept additional cookies Reject ...",
    # "Home > Children and families > Early help"
    re.compile(r"^(?:#+\s+)?cookies on [\w. -]{2,40}$", re.I),
    re.compile(r"^we use (?:some )?(?:essential |necessary )?cookies\b[^|]{0,300}$", re.I),
    re.compile(r"^(?:accept|reject)(?: all| additional| analytics)? cookies\b.{0,100}$", re.I),
    # an e-mail thread's seams: "-----Original Message-----", "On 12 June 2024, at 15:12, Sam <...> wrote:",
    # "Sent from my iPhone", and the disclaimer every message carries
    re.compile(r"^-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}$", re.I),
    re.compile(r"^on\s.{5,150}?\bwrote:$", re.I),
    re.compile(r"^sent from (?:my )?(?:iphone|ipad|android|mobile|samsung|galaxy|outlook)\b[^.!?]{0,40}$", re.I),
    re.compile(r"^[*\s]{0,5}this\s+e-?mail\b[^.!?]{0,60}\b(?:is|are)\s+(?:strictly\s+)?(?:confidential|private)\b"
               r"[^|]{0,600}$", re.I),
    # a meeting's minutes: who sent apologies, and when the group meets next ("Apologies: Dr P. Lane
    # (Named GP), K. Wu", "Date of next meeting: Tuesday 8 April 2025, 10:00, Microsoft Teams")
    re.compile(r"^apologies(?:\s+(?:received|for\s+absence))?\s*:\s*[^.!?]{0,300}$", re.I),
    re.compile(r"^(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting\s*:[^!?]{0,120}"
               r"|next\s+meeting\s*:[^.!?]{0,40}\d[^!?]{0,80})$", re.I),
    # a briefing's byline of parts set apart by dots or bars, ending in its month or a newsletter's
    # season: "Hollowbrook Safeguarding Partnership · Briefing 23 · January 2025", "... | Spring 2025"
    re.compile(r"^[^.!?·|]{2,80}(?:\s[·|]\s[^.!?·|]{1,60}){0,3}\s[·|]\s(?:January|February|March|April|May|June"
               r"|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\s+\d{4}$", re.I),
    # a newsletter's masthead: "Spring 2025 | Issue 14", "Issue 14 · March 2025", "Safeguarding Bulletin | Bwletin
    # Diogelu" (its name, in two languages)
    re.compile(r"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Spring|Summer|Autumn|Winter)\s+\d{4}\s*[·|•–-]\s*)?(?:issue|edition|vol(?:ume)?\.?)\s*\d{1,3}"
               r"(?:\s*[·|•–-]\s*[^.!?·|•]{1,30})?$", re.I),
    re.compile(r"^(?:[^.!?·|]{0,40}\b(?:bulletin|newsletter|e-?news|bwletin|cylchlythyr)\s*[|·]\s*[^.!?·|]{1,40}"
               r"|[^.!?·|]{1,40}[|·]\s*[^.!?·|]{0,40}\b(?:bulletin|newsletter|e-?news|bwletin|cylchlythyr))$", re.I),
    # an e-mail saved from Outlook as a web page: its header in one paragraph ("From: ... Sent: ... To: ...
    # Subject: ..."), its attachments, the organisation's banner over mail from outside, and the sender's
    # request to pass it on
    re.compile(r"^from:\s.{1,200}?\s(?:sent|date):\s.{1,80}?\sto:\s.{1,400}?\ssubject:\s.{0,400}$", re.I),
    re.compile(r"^attachments?\s*:\s*[^|]{0,300}\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|zip)\b[^|]{0,100}$", re.I),
    re.compile(r"^(?:\[?external\]?\s*)?(?:caution|warning|notice|external(?:\s+e-?mail)?)\s*[:!-]?\s*this\s+(?:e-?mail|message)"
               r"\s+(?:originated|came|was\s+sent|is)\s+from\s+outside\b[^|]{0,400}$", re.I),
    re.compile(r"^please\s+(?:share|forward|circulate|cascade)\s+this\s+(?:bulletin|newsletter|e-?mail|briefing|update)"
               r"\b[^|]{0,200}?(?:\s/\s[^|]{0,200})?$", re.I),
    # a bulletin's footer: why you receive it, where to follow its sender, its office's address (ending in
    # a postcode); a Welsh public body's statement that it welcomes correspondence in Welsh
    re.compile(r"^you\s+are\s+receiving\s+this\s+(?:bulletin|newsletter|e-?mail|message)\b[^|]{0,300}$", re.I),
    re.compile(r"^follow\s+us\s*(?:on\b|at\b|:)[^!?]{0,200}$", re.I),
    re.compile(r"^[^.!?]{5,150},\s*[A-Z][\w'’ -]{1,40}\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$"),
    re.compile(r"^(?:we\s+welcome\s+(?:correspondence|calls|communications?)\s+in\s+welsh"
               r"|rydym\s+yn\s+croesawu\s+(?:gohebiaeth|galwadau))\b[^|]{0,200}$", re.I),
    # a static site's links to its source under each page: "Edit this page · Create an issue"
    # (a bar the page's own print link was taken out of keeps its two bars: "Download PDF | | Subscribe")
    re.compile(rf"^[·|•\s]*{_SITE_ACTION}(?:(?:\s*[·|•])+\s*{_SITE_ACTION}){{0,4}}[·|•\s]*$", re.I),
    # a cover's particulars on lines of their own: "Policy number: SG-014", "Version 3.1 – March 2025"
    # ("no" and "ref" whole words: "Guidance notes" and "Procedure reforms" are titles)
    re.compile(r"^(?:policy|document|procedure|protocol|guidance)\s+(?:number|no\b\.?|ref(?:erence)?\b)\s*:?\s*"
               r"[A-Z0-9][\w/.-]{0,20}$", re.I),
    re.compile(r"^version\s*:?\s*v?\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*[-–—,|·]\s*(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\s+\d{4})?$",
               re.I),
    # a cover's date on a line of its own: "Date: 14 April 2025", "Issue date: March 2025"
    re.compile(r"^(?:issue\s+|publication\s+)?date\s*:\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\s+\d{4}$",
               re.I),
    # minutes signed off: "Minutes approved by the Chair: HM, 19 March 2025"
    re.compile(r"^(?:minutes\s+)?(?:approved|agreed|signed)\s+(?:by\s+(?:the\s+)?chair(?:person)?|as\s+an?\s+"
               r"(?:true|accurate)\s+record)\b[^.!?]{0,60}\.?$", re.I),
    # breadcrumbs set apart by "›" or "»", which prose does not use: "Practice Handbook › Working with others"
    re.compile(r"^[^.!?›»]{1,80}(?:\s[›»]\s[^.!?›»]{1,80}){1,6}$"),
    re.compile(r"^home\s*[>›»]\s*[^>›»]{1,80}(?:[>›»]\s*[^>›»]{1,80}){0,6}$", re.I),
    *WRAPPING_PATTERNS,
)
# All of them in one match at the line's start, where each is anchored (a line is tried against
# each, and most lines are text); those that refer back to a group of their own cannot share one
# pattern's group numbers, and are tried apart.
_ANY_FURNITURE = re.compile("|".join(f"(?{'i' if p.flags & re.I else '-i'}:{p.pattern.removeprefix('^')})"
                                     for p in FURNITURE_PATTERNS if not p.groups))
_FURNITURE_WITH_GROUPS = tuple(p for p in FURNITURE_PATTERNS if p.groups)


def is_furniture(plain: str) -> bool:
    """True for a whole line (stripped) of page or site furniture."""
    return (plain.lower() in FURNITURE_LINES or _ANY_FURNITURE.match(plain) is not None
            or any(p.search(plain) for p in _FURNITURE_WITH_GROUPS))


CONTENTS_TITLES = frozenset({"contents", "table of contents", "content", "on this page", "in this section",
                             "page contents", "in this issue"})
# Contents lines: a page number after a dot leader, or after a tab or wide gap. The lookbehinds
# let a search start only where a leader or gap starts, so that long lines take linear time.
_TOC_LEADER = re.compile(r"(?<!\.)(?<!\.\s)(?:\.\s?){4,}\s*(?:\d{1,3}|[ivxl]{1,5})$", re.I)
_TOC_TAB = re.compile(r"(?:(?<=\S)\s*\t|(?<=\S)\s{3,})(?:\d{1,3}|[ivxl]{1,5})$", re.I)
# A page number set apart at a line's end or start ("Policy title      Page 3 of 3", "47\tTitle"):
# the page furniture of a converted PDF or Word file.
_PAGE_MARK = re.compile(r"(?:\t|\s{3,})(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$"
                        r"|^(?:page\s+)?\d{1,4}(?:\t|\s{3,})", re.I)
# "Policy title\tPage 3 of 3", "Anyshire LSCP | Slide 2 of 14": a footer set apart by a gap or a bar.
# "Policy<TAB>Page 3", "Policy | Page 3 of 5", "Handbook v4 – Section 6 – Page 2 of 2" (after a dash: "of N" too)
_PAGE_OF = re.compile(r"(?:(?:\t|\s{3,}|\s+[|·]\s+)(?:page|slide)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
                      r"|\s+[–—-]\s+(?:page|slide)\s+\d{1,4}\s*(?:of|/)\s*\d{1,4})$", re.I)


RUNNING_MIN = 3  # a line of text repeated this often is a page header or footer of a converted PDF


def _drop_running_lines(lines: list[_Line], page_tops: frozenset[int] = frozenset()) -> list[str]:
    """Drop a short line of text that comes back page after page ("Anytown LSCP Information
    Sharing Guidance v2.1 – March 2024"), all but a first one that opens the document (its title),
    unless every page the text marks with a form feed (line numbers `page_tops`) opens with it: then
    the first page's is that page's running header too."""
    headers = _page_headers(lines, page_tops)
    seen: dict[str, list[_Line]] = {}
    for line in lines:
        # A footer's page number changes page by page: it is compared without it.
        text = clean_inline(_PAGE_MARK.sub("", line.raw)) if line.kind == "text" else ""
        # A question or a label ("What should the school do?") repeats in case studies on purpose.
        if 3 <= len(text.split()) <= 15 and not text.rstrip().endswith(("?", ":")):
            seen.setdefault(text, []).append(line)
    first = next((line for line in lines if line.kind != "blank"), None)
    warnings = []
    for text, repeats in seen.items():
        if len(repeats) >= RUNNING_MIN:
            on_every_top = all(id(line) in headers for line in repeats)
            dropped = repeats[1:] if repeats[0] is first and not on_every_top else repeats
            for line in dropped:
                line.kind = "drop"
            warnings.append(f"line {dropped[0].no}: '{text}' repeated {len(repeats)} times dropped "
                            "(running header or footer?)")
    return warnings


def _page_headers(lines: list[_Line], page_tops: frozenset[int]) -> set[int]:
    """The ids of the first lines of text of each page, when the text has pages."""
    if not page_tops:
        return set()
    headers, top = set(), True
    for line in lines:
        top = top or line.no in page_tops
        if top and line.kind != "blank":
            headers.add(id(line))
            top = False
    return headers


# A version-history table ("Version | Date | Author | Changes" over "1.0 | 01/03/2022 | ..."): who
# changed the document and when, never the guidance. Its header's cells are all of these words.
# A document's last line naming its publisher and where to find it, "Lochardie Child Protection
# Committee | www.lochardiecpc.org.uk": a printed page's footer (an address, a telephone number).
_CLOSING_ADDRESS = re.compile(
    r"[A-Z][^.!?|·\n]{1,80}?(?:\s[|·]\s(?:www\.\S+|https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:tel(?:ephone)?:?\s*)?\+?[\d() ]{9,16}))+")


def drop_closing_address(lines: list[_Line]) -> None:
    """Drop a document's last line when it is its publisher's name and web address, set apart by a
    blank line: a footer, not a sentence of the last section (only the last line: in a list of
    contacts the same shape is text)."""
    written = [k for k, line in enumerate(lines) if line.kind != "blank"]
    if len(written) < 2 or written[-1] - written[-2] < 2:
        return
    last = lines[written[-1]]
    if last.kind in ("text", "row") and _CLOSING_ADDRESS.fullmatch(last.raw.strip()):
        last.kind = "drop"


_CONTROL_HEADERS = frozenset({
    "version", "version no", "version no.", "version number", "issue", "issue no", "date", "date of issue",
    "author", "authors", "updated by", "changed by", "by", "owner", "changes", "change", "summary of changes",
    "description", "description of change", "details of changes", "amendment", "amendments", "reason for change",
    "comments", "approved by", "reviewed by", "status", "section", "page", "paragraph",
})
_VERSION = re.compile(r"^v?\d{1,2}(?:\.\d{1,2}){0,2}$", re.I)
# The title over such a table: "Version history", "Document control".
_CONTROL_LABEL = re.compile(r"^(?:version|document|revision|change|amendment)\s+(?:history|control|record|log)\s*:?$",
                            re.I)


def drop_version_tables(lines: list[_Line]) -> None:
    """Drop a version-history table, its header row and the rows under it that open with a version."""
    for i, line in enumerate(lines):
        header = _row_cells(line)
        if len(header) < 3 or header[0] not in ("version", "version no", "version no.", "version number", "issue") \
                or not all(cell in _CONTROL_HEADERS for cell in header):
            continue
        rows = [line]
        for after in lines[i + 1:]:
            cells = _row_cells(after)
            if after.kind == "blank":
                continue
            # a row whose first cells ran together ("3.0 Jan 2022") still opens with its version
            if not 2 <= len(cells) <= len(header) or not _VERSION.match(cells[0].split(" ", 1)[0]):
                break
            rows.append(after)
        label = next((above for above in reversed(lines[:i]) if above.kind != "blank"), None)
        if label is not None and _CONTROL_LABEL.match(label.text):
            rows.append(label)  # "Version history" over the table: its title, gone with it
        if len(rows) > 1:
            for row in rows:
                row.kind = "drop"
    _drop_property_rows(lines)
    _drop_signatories(lines)
    _drop_attendance(lines)
    _drop_emptied_control_titles(lines)


def _drop_emptied_control_titles(lines: list[_Line]) -> None:
    """A "Document control" or "Version history" title over nothing but dropped tables goes with them."""
    for i, line in enumerate(lines):
        if line.kind in ("md", "text") and _CONTROL_LABEL.match(line.text):
            under = next((after for after in lines[i + 1:] if after.kind not in ("blank", "drop")), None)
            if under is None or under.kind in ("md", "structural"):
                line.kind = "drop"


# A signatories table ("Organisation | Name | Position | Signature | Date" over the people who signed,
# their signature and date cells often left blank): who signed the document off, never the guidance.
_SIGN_OFF_HEADERS = frozenset({
    "organisation", "organization", "agency", "partner", "partner agency", "name", "print name", "position",
    "role", "title", "job title", "designation", "on behalf of", "signature", "signed", "date", "date signed",
})


_TABLE_RULE = re.compile(r"^(?=[^-]*-)[\s|:+=-]+$")  # a markdown table's rule under its header: "|---|---|"


def _drop_signatories(lines: list[_Line]) -> None:
    """Drop a signatories table: its header (a "Signature" column among sign-off headings) and the
    rows under it, which may have lost their blank cells."""
    for i, line in enumerate(lines):
        header = _row_cells(line)
        if len(header) < 3 or not {"signature", "signed"} & set(header) \
                or not all(cell in _SIGN_OFF_HEADERS for cell in header):
            continue
        line.kind = "drop"
        for after in lines[i + 1:]:
            if after.kind == "blank" or _TABLE_RULE.match(after.text):
                continue
            if not 2 <= len(_row_cells(after)) <= len(header):
                break
            after.kind = "drop"


# A meeting's attendance: "Present" (or "Attendees", "In attendance") over a table of names and roles;
# who came is the minutes' record, never guidance. (A table of names and roles with no such label
# may be a list of contacts, and stays.)
_ATTENDANCE_LABEL = re.compile(r"^(?:present|attendees|attendance|in\s+attendance|(?:members|those)\s+present)\s*:?$",
                               re.I)
_ATTENDANCE_HEADERS = frozenset({"name", "initials", "role", "title", "job title", "position", "organisation",
                                 "organization", "agency", "representing", "service", "department"})


def _drop_attendance(lines: list[_Line]) -> None:
    for i, line in enumerate(lines):
        if line.kind not in ("text", "md") or not _ATTENDANCE_LABEL.match(line.text):
            continue
        if _drop_named_attendees(lines, i):
            continue
        after = [k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].kind != "blank"]
        header = _row_cells(lines[after[0]]) if after else []
        if len(header) < 2 or "name" not in header or not set(header) <= _ATTENDANCE_HEADERS:
            continue
        line.kind = "drop"
        for row in lines[after[0]:]:
            if row.kind == "blank" or _TABLE_RULE.match(row.text):
                continue
            if len(_row_cells(row)) != len(header):
                break
            row.kind = "drop"


# Who came, typed a person a line with their initials in brackets: "Dr Raj Patel (RP) - Designated Doctor".
_ATTENDEE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+\([A-Z]{2,4}\)")


def _drop_named_attendees(lines: list[_Line], label: int) -> bool:
    """Drop an attendance label and the lines under it that each name a person by their initials."""
    named: list[_Line] = []
    for row in lines[label + 1:]:
        if row.kind == "blank" and not named:
            continue
        if row.kind != "text" or not _ATTENDEE.match(row.text):
            break
        named.append(row)
    for row in [lines[label], *named] if named else []:
        row.kind = "drop"
    return bool(named)


# The keys of a document's properties table ("Policy number | SG-07", "Review date | June 2027").
_PROPERTY_KEYS = re.compile(
    # a pharmacy's or a lab's standard operating procedure numbers itself too ("SOP number | SOP 09")
    r"^(?:(?:policy|document|procedure|protocol|sop|reference|ref\.?)\s+(?:number|no\.?|id|ref(?:erence)?|title|owner|author)"
    r"|tags?|created(?:\s+(?:time|by|on))?|last\s+edited(?:\s+(?:time|by|on))?"  # a notes app's page properties
    r"|version(?:\s+(?:no\.?|number))?|issue(?:\s+no\.?)?|status|classification|owner|authors?|lead"
    # who wrote it as well as who approved it ("Prepared by | Responsible Pharmacist")
    r"|(?:date\s+)?(?:approved|ratified|reviewed|agreed|signed\s+off|prepared|written|authori[sz]ed"
    r"|equality\s+impact\s+assessed)(?:\s+by)?(?:\s+on)?"
    r"|equality\s+impact\s+assessment(?:\s+completed)?"
    r"|(?:date\s+(?:of\s+)?(?:issue|approval|ratification|review|publication|effect)|(?:next\s+)?review(?:\s+date)?"
    r"|effective\s+(?:from|date)|(?:approval|issue|publication)\s+date|last\s+(?:reviewed|updated))"
    # who the document is for: "Target audience | All staff", a health trust's "Applies to: All operational staff"
    r"|target\s+audience|applies\s+to|supersedes|replaces"
    # a committee report's cover sheet: "Report to | Cabinet", "Wards affected | All", "Key decision | No"
    r"|report\s+(?:to|of|by|author)|(?:date\s+of\s+)?meeting(?:\s+date)?|(?:cabinet|lead)\s+member|portfolio(?:\s+holder)?"
    r"|wards?(?:\s+affected)?|key\s+decision|exempt(?:\s+information)?|contact\s+officer|appendices"
    r"|background\s+papers|forward\s+plan(?:\s+reference)?)$")


def _drop_property_rows(lines: list[_Line]) -> None:
    """Drop a document's properties table: a run of two or more two-cell rows, each keyed by a
    property of the document ("Version | 3.1", "Approved by | Quality Committee, June 2024"), or
    of such lines typed as labels ("Policy owner: Head of Safeguarding", "☒ Equality impact
    assessment completed", a template's fields), other furniture among them."""
    run: list[_Line] = []
    for line in [*lines, None]:
        # a property dropped already as furniture ("Next review: March 2026") still counts to the run,
        # so that "Policy owner: ..." above it goes with it
        if line is not None and line.kind == "drop" and _PROPERTY_KEYS.match(_dropped_key(line)):
            run.append(line)
            continue
        if line is not None and line.kind in ("blank", "drop") and run:
            continue
        cells = (_row_cells(line) or _labelled_cells(line)) if line is not None else []
        if len(cells) == 2 and _PROPERTY_KEYS.match(cells[0]):
            run.append(line)
            continue
        if len(run) >= 2:
            for row in run:
                row.kind = "drop"
        run = []


# A property typed as a label and its value ("Policy owner: Head of Safeguarding"), or as a ticked box
_LABELLED = re.compile(r"^(?P<key>[^:|]{2,40}?)\s*:(?:\s+(?P<value>\S.*))?$")


def _dropped_key(line: _Line) -> str:
    """The key of a property dropped already, typed as a label or as a table's row ("Approved by |
    Clinical Governance Committee, 9 September 2025", dropped as an approval line): either still
    counts to its table's run, so that the row left after it goes with it."""
    cells = [cell.strip().lower().rstrip(":") for cell in re.split(r"\t| \| ", line.raw or line.text)]
    return cells[0] if len(cells) == 2 else _labelled_key(line.text)


def _labelled_key(text: str) -> str:
    """The label of a line typed "Label: value", lower-cased, else ""."""
    match = _LABELLED.match(text.replace("**", "").strip())
    return match["key"].strip().lower() if match else ""


def _labelled_cells(line: _Line) -> list[str]:
    """A line's label and value as two cells ("policy owner", "head of safeguarding"), else none."""
    if line.kind == "bullet" and line.marker and line.marker in "☐☑☒":  # "☒ Equality impact assessment completed"
        return [line.text.strip().lower(), line.marker]
    match = _LABELLED.match(line.raw.replace("**", "").strip()) if line.kind == "text" else None
    return [match["key"].strip().lower(), (match["value"] or "").strip()] if match else []


def _row_cells(line: _Line) -> list[str]:
    """A table row's cells, lower-cased, as a row or a line of cells joined by " | "."""
    if line.kind == "numbered" and "\t" in line.raw:  # "3.0 Jan 2022<TAB>...": a row read as a numbered line
        return [cell.strip().lower().rstrip(":") for cell in line.raw.split("\t")]
    if line.kind not in ("row", "text") or " | " not in line.text:
        return []
    return [cell.strip().lower().rstrip(":") for cell in line.text.split(" | ")]
