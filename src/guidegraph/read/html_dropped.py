"""What of a saved web page is never guidance: scripts and controls, hidden elements, site
furniture (navigation, banners, cookie notices, breadcrumbs, skip and "back to text" links), a
sidebar beside the main content and an in-page contents list. An FAQ's folded question, a button
to a browser, is kept: it is the page's text.
"""

from __future__ import annotations

import re

from bs4 import Tag

HEADINGS = {f"h{level}": level for level in range(1, 7)}
LISTS = frozenset({"ul", "ol", "menu", "dir"})
_DROP_TAGS = frozenset({
    "head", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe",
    "object", "embed", "svg", "canvas", "math", "nav", "button", "input", "select", "textarea",
    "option", "optgroup", "datalist", "label", "img", "picture", "video", "audio", "map", "dialog",
})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search"})
_FURNITURE = re.compile(
    r"cookie|breadcrumb|skip-?(link|to|nav|main)|skiplink|print-?(this|page|link|button|icon)"
    r"|social-?(share|links|media)|share-?(this|buttons|links|tools)|sharethis|back-?to-?top"
    r"|site-?(header|footer|nav)|^(hidden|d-none|hide)$"
    r"|(^|-)metadata$|^govuk-caption"  # gov.uk: "From: Department for Education", "Guidance" over the title
    # a wiki's (Confluence's) sidebar and page tree, the page's labels, likes and readers' comments
    r"|^(?:[a-z]+-)?side-?bar$|page-?tree|^labels?-(?:section|editor|list)$|^likes?(?:-|$)"
    r"|^comments?(?:-section|-threads?|-container)?$"
)
# An in-page link that skips the page's furniture, whatever its class: "Skip to main content".
_SKIP_LINK = re.compile(r"\b(?:skip|jump) to\b", re.IGNORECASE)
_BACK_LINK = re.compile(r"^\s*(?:[↩↑^]\ufe0e?|(?:back|return|go\s+back)(?:\s+(?:to|up))?"
                        r"(?:\s+(?:the\s+)?(?:text|content|reference|footnote|note|top)(?:\s+\w{1,4})?)?)\s*$",
                        re.IGNORECASE)
# The box of a folded question (Bootstrap's "accordion-header", "faq-question", "collapse-toggle"):
# a button inside it holds the question, whatever the attributes the page's script reads.
_ACCORDION = re.compile(r"accordion|collaps|faq|toggle|expand")
_CONTROL_WORDS = re.compile(r"(?:show|hide|open|close|expand|collapse)\s+(?:all|every)\b", re.IGNORECASE)
# The box of an answer a control of the page reveals: a quiz's feedback, an accordion's or FAQ's panel.
_REVEALED = re.compile(r"feedback|answer|accordion|collaps|faq|panel|reveal|explanation|solution")
_RELATED = re.compile(r"^(?:related|see\s+also|you\s+(?:may|might)\s+also\b|more\s+(?:on|in)\s+this\b)", re.I)
_INVISIBLE_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Never dropped for a class name: a furniture-sounding class on <body> must not empty the page.
_NEVER_FURNITURE = frozenset({"html", "body", "main", "article"})
_LANDMARK_PARENTS = ["article", "aside", "main", "nav", "section"]


def in_furniture(element: Tag) -> bool:
    """Inside the page's header, footer, navigation or anything else the reader drops."""
    return any(dropped(tag) for tag in [element, *element.parents])


def dropped(element: Tag) -> bool:
    """Scripts, forms, hidden elements, site furniture and in-page contents lists: never part of
    the guidance."""
    name = element.name
    if name in _DROP_TAGS:
        return not _is_accordion_toggle(element)
    if name in LISTS and _is_contents_list(element):
        return True
    if name in ("header", "footer") and element.find_parent(_LANDMARK_PARENTS) is None:
        return True
    if name == "aside" and (_beside_main(element) or _related_links(element)):
        return True
    attrs = element.attrs
    if not attrs:
        return False
    if ("hidden" in attrs and not _revealed(element)) or str(attrs.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    if _INVISIBLE_STYLE.search(str(attrs.get("style", ""))):
        return True
    if name == "a" and str(attrs.get("href", "")).startswith("#"):
        text = element.get_text()
        if _BACK_LINK.match(text) or _SKIP_LINK.search(text):
            return True  # a note's "Back to text" or "↩" link, or a skip link
    return _is_furniture(element)


def _revealed(element: Tag) -> bool:
    """Hidden text the page shows when asked: found by the browser's find-in-page
    (`hidden="until-found"`, GOV.UK's accordion sections), or a quiz's answer, an accordion's panel or
    a folded answer that a button opens (class "feedback", "answer", "accordion__panel", "collapse")."""
    if str(element.get("hidden", "")).lower() == "until-found":
        return True
    return bool(_REVEALED.search(_classes(element) + " " + str(element.get("id") or "").lower()))


def _beside_main(element: Tag) -> bool:
    """An aside outside the page's marked main content: a sidebar of related links or promotions
    around the guidance, not part of it. Inside <main> or <article> an aside is the text's own box."""
    if element.find_parent(["main", "article"]) is not None or element.find(["main", "article"]):
        return False
    root = next((p for p in element.parents if p.parent is None), None)
    return (root is not None and root.find(["main", "article"]) is not None) or _links_only(element)


def _related_links(element: Tag) -> bool:
    """A "Related content" box of nothing but links, even inside the main content (a council's
    content system appends it to every page): the site's navigation, not the page's text. A "Further
    reading" box names the guidance the page rests on, and stays."""
    heading = element.find(list(HEADINGS))
    return heading is not None and bool(_RELATED.match(heading.get_text(" ", strip=True))) and _links_only(element)


def _links_only(element: Tag) -> bool:
    """A box of nothing but links under its heading ("Related procedures" and a list of links):
    a page with no marked main content still sets it beside the text, as navigation."""
    links = " ".join(a.get_text(" ", strip=True) for a in element.find_all("a"))
    headings = " ".join(h.get_text(" ", strip=True) for h in element.find_all(list(HEADINGS)))
    text = element.get_text(" ", strip=True)
    return bool(links.strip()) and "".join(text.split()) == "".join((headings + links).split())


def _is_accordion_toggle(element: Tag) -> bool:
    """A button holding a question or a title that opens a folded section (an FAQ's "Do I need
    consent?"): the page's text, not a control such as "Accept cookies" or "Menu"."""
    if element.name != "button":
        return False
    in_heading = element.find_parent(list(HEADINGS)) is not None
    words = element.get_text(" ", strip=True)
    if len(words.split()) < 3 or _CONTROL_WORDS.match(words):
        return in_heading  # "Menu", an accordion's own "Show all sections"
    controls = any(element.has_attr(a) for a in ("aria-controls", "aria-expanded", "data-toggle", "data-bs-toggle"))
    return in_heading or controls or any(_ACCORDION.search(_classes(p)) for p in list(element.parents)[:3])


def _classes(element: Tag) -> str:
    classes = element.get("class") or []
    return " ".join(classes if isinstance(classes, list) else [classes]).lower()


def _is_contents_list(element: Tag) -> bool:
    """A table of contents: every item holds only links to anchors of the page ("#intro"), which
    would otherwise be a passage naming every topic of the page."""
    items = element.find_all("li")
    for item in items:
        links = item.find_all("a", href=True)
        if not links or not all(str(link["href"]).startswith("#") for link in links):
            return False
        linked = " ".join(link.get_text(" ", strip=True) for link in links)
        if " ".join(item.get_text(" ", strip=True).split()) != " ".join(linked.split()):
            return False
    return bool(items)


def _is_furniture(element: Tag) -> bool:
    if element.name in _NEVER_FURNITURE:
        return False
    classes = element.get("class") or []
    names = [*(classes if isinstance(classes, list) else [classes]), str(element.get("id") or "")]
    # a layout's modifier names what sits beside the element: an h1 "with-breadcrumbs" is the title
    names = [str(name).lower().replace("_", "-") for name in names if name]
    if not any(_FURNITURE.search(name) for name in names if not name.startswith(("with-", "has-"))):
        return False
    return element.find(["main", "article"]) is None
