"""What of a saved web page is never guidance: scripts and controls, hidden elements, site
furniture (navigation, banners, cookie notices, breadcrumbs, skip and "back to text" links), a
sidebar beside the main content and an in-page contents list. An FAQ's folded question, a button
to a browser, is kept: it is the page's text.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from guidegraph.read.html_blocks import text_within, within

HEADINGS = {f"h{level}": level for level in range(1, 7)}
LISTS = frozenset({"ul", "ol", "menu", "dir"})
_DROP_TAGS = frozenset({
    "head", "title", "meta", "link", "base", "script", "style", "noscript", "template", "iframe",
    "object", "embed", "svg", "canvas", "math", "nav", "button", "input", "select", "textarea",
    "option", "optgroup", "datalist", "label", "img", "picture", "video", "audio", "map", "dialog",
})
# an intranet page's bar of commands over it ("New", "Page details", "Analytics") is a menubar or toolbar
# a tab list is the labels of the tabs' panels, read as each panel's heading (`tab_label`), not as text
# a link that runs the browser's print command, whatever its words ("Print this page", "Print")
_PRINT_COMMAND = re.compile(r"^\s*javascript:\s*(?:void\s*\(?\s*)?(?:window\.|self\.)?print\s*\(", re.I)
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menubar", "toolbar", "tablist"})
_FURNITURE = re.compile(
    r"cookie|breadcrumb|skip-?(link|to|nav|main)|skiplink|print-?(this|page|link|button|icon)|^e-?mail-?(this|page|icon)$"
    r"|social-?(share|links|media)|share-?(this|buttons|links|tools)|sharethis|back-?to-?top"
    r"|site-?(header|footer|nav)|^(hidden|d-none|hide)$"
    r"|(^|-)metadata$|^govuk-caption"  # gov.uk: "From: Department for Education", "Guidance" over the title
    # a wiki's (Confluence's) sidebar and page tree, the page's labels, likes and readers' comments
    r"|(?:^|-)side-?bar$|page-?tree|^labels?-(?:section|editor|list)$|^likes?(?:-|$)"
    r"|^comments?(?:-?(?:section|threads?|container|area|list|wrapper))?$"
    # a blog's readers' comments and the form to add one ("Leave a Reply"), its post's byline ("Posted
    # on ... by ..."), tags and categories, the author's box and the posts it links as related
    r"|^comment-(?:respond|list|form)$|^respond$|^(?:entry|post|article)-(?:meta|footer|tags)$|^(?:tags|cat)-links$"
    r"|^author-?(?:bio|box|info|card|profile)$|about-?(?:the-)?author|related-?(?:posts|articles|stories)"
    # who wrote a page and when, under its title ("pageTitle-authorByline": "Partnership · Published 14 January 2025")
    r"|(?:^|-)(?:author-?)?byline$"
    # a content system's trail of links ("crumbs"), and its "Was this page useful?" box
    # (a quiz's "feedback" box is its answer, and stays)
    r"|(?:^|-)crumbs?(?:$|-)|^page-?(?:feedback|helpful|usefulness|rating)(?:$|-)|^feedback-?form$"
    # a page's tools and sub-navigation ("What version", "Print PDF"), and a previous/next pager
    r"|^(?:page-?|site-?|chapter-?)?tools$|sub-?nav|prev-?next|^pager$|pagination|post-?navigation"
    # an online procedures manual's (tri.x's) stamp for print ("This page is correct as printed on ...")
    r"|^print-?only$"
    # a Mailchimp campaign archive: its bar over the e-mail ("Past Issues", "Translate", "RSS"), the
    # e-mail's preheader ("View this email in your browser") and footer (the list's address,
    # "unsubscribe"), its buttons and follow icons
    r"|^awesomewrap$|^template-?(?:preheader|footer)$|^mcn-?(?:button|follow)-?block$"
    # a learning platform's (Moodle's) drawers of blocks and course index, an activity's completion
    # badges ("To do: View"), a book's previous/next links and the links to the course's other activities
    r"|^block-region$|^drawer(?:-toggles)?$|^activity-(?:header|information|navigation)$|^nav(?:top|bottom)$"
    # the UK Government Web Archive's banner over a captured page; a GOV.UK HTML publication's
    # licence block, its department's logo, and its type ("Guidance") and date over the title
    r"|^ukgwa-banner$|--licence$|^gem-c-organisation-logo$|^publication-header--(?:document-type|last-changed)$"
    # a Drupal page's labelled fields after its body ("Page owner", "Last reviewed", "Tags": the body's
    # own field hides its label), and a site's notice over every page ("IT notice: ... unavailable on Sunday")
    r"|^field--label-(?:inline|above)$|^site-?wide-?alert$"
    # a school website's bar over its header (the office's telephone and e-mail, the search box) and
    # the Google Translate widget as the browser left it rendered ("Select Language", "Powered by")
    r"|^top-?bar$|^skiptranslate$|^goog-te-|^google-translate"
    # a help centre's (Zendesk's) article chrome: the button to follow it, the readers' votes, the list
    # of articles the reader saw last and the prompt to ask more ("Have more questions? Submit a request")
    r"|^article-(?:subscribe|votes|relatives|more-questions)$|^recent(?:ly)?-(?:viewed-)?articles$"
    # a site builder's (Wix's) free plan banner ("This site was designed with ..."), the anchor region
    # at the top of its pages ("top of page") and a WordPress theme's (Astra's) "Scroll to Top" button
    r"|^wix-ads$|(?:^|-)scroll-(?:to-)?top(?:$|-)"
    # the CookieYes plugin's banner, preference centre and button to reopen it
    r"|^cky-(?:consent-container|modal|btn-revisit-wrapper)$"
    # a design system's phase banner ("Beta: This is a new site") and the label of the content's kind
    # over a title (GOV.SCOT's "Guidance"); an NHS page's review dates ("Page last reviewed: ...")
    r"|(?:^|-)phase-banner$|(?:^|-)content-label$|(?:^|-)review-date$"
    # a card that is all one link to another page (the NHS.UK frontend's clickable cards of related
    # pages) and a site builder's (Squarespace's) summary block, its listing of the site's posts
    r"|(?:^|-)card--clickable$|^sqs-block-summary(?:-v2)?$"
    # LocalGov Drupal's alert banner, the council's notice over every page ("Phone lines closed on ...")
    r"|^localgov-alert-banner$"

    # a SharePoint 2010 intranet's title row over every page (the site's name and description)
    r"|^s4-titlerow$"
    # a Webflow form's messages its style sheet hides till the form is sent ("Thank you! Your submission
    # has been received!", "Oops! Something went wrong ..."), and the "Made in Webflow" badge
    r"|^w-form-(?:done|fail)$|^w-webflow-badge$"
)
# Text only a screen reader reads: what a link does ("(opens in new window)"), what a box or heading is
# ("Important: ", "Information: "), a heading naming a region for it alone ("Related pages"). Design
# systems prefix the class ("govuk-visually-hidden", "nhsuk-u-visually-hidden").
_READER_ONLY = re.compile(r"(?:^|[-_])(?:visually-hidden|sr-only|screen-reader-text)$")
# The heading of a box that is the site's, not the page's: a cookie notice ("We use cookies on this
# site"), a request for the reader's view of the page ("Was this page useful?", "Help us improve"),
# buttons to share or like it.
_SITE_BOX_TITLE = re.compile(
    r"\b(?:use|uses|using)\s+(?:\w+\s+)?cookies\b|^cookies?\b|\bcookie\s+(?:settings|preferences|consent)\b"
    r"|^(?:was|is)\s+this\s+(?:page|information|content|article)\s+(?:useful|helpful)\b"
    r"|^did\s+(?:this|you\s+find\s+what)\b.{0,40}\?$|^help\s+us\s+improve\b|^rate\s+this\s+page\b"
    # a saved page of legislation's notices of its versions: "Changes to legislation:", "Changes over time for: ..."
    r"|^changes\s+(?:to\s+legislation|over\s+time\s+for)\b"
    r"|^(?:share|like)\s+this(?:\s+(?:page|post|article))?\s*:?$"  # a blog's buttons: "Share this:", "Like this:"
    # a file's offer of another format, and gov.uk's history of a page's versions
    r"|^request\s+an\s+accessible\s+format\b|^updates\s+to\s+this\s+page$|^(?:page|change)\s+history$"
    r"|^quick\s+links$"  # an intranet's shortcuts to its tasks ("Make a referral", "Book training")
    # an online procedures manual's note of its last change ("AMENDMENT: In March 2025, this chapter ...")
    r"|^(?:latest\s+|recent\s+)?amendments?$",
    re.IGNORECASE)
_BOXES = frozenset({"div", "section", "aside", "form", "details"})
_CALLOUT_LABEL = re.compile(r"^(?:caution|warning|note|please\s+note|important|remember|tip|key\s+points?)\s*[:!]?$",
                            re.IGNORECASE)
# A box its classes call a callout ("nhsuk-warning-callout", "alert-warning", "admonition note").
_CALLOUT_BOX = re.compile(r"callout|warning|caution|alert|admonition|notice|important", re.IGNORECASE)
# What a link to a file says of it beside its name: "(PDF, 412 KB, updated September 2024)", "Download
# PDF", "(GOV.UK, opens in a new tab)": the link's, not the name of the document it points to
_FILE_PARTICULARS = re.compile(
    r"^\(?(?:(?:PDF|DOCX?|XLSX?|ODT|RTF|CSV|PPTX?|Word|Excel|GOV\.UK|external\s+link)\b[^()]{0,80}"
    r"|\d+(?:\.\d+)?\s*[KMG]B\b[^()]{0,60}|opens?\s+in\s+(?:a\s+)?new\s+(?:tab|window))\)?$"
    r"|^(?:download|view|open)(?:\s+(?:the\s+)?(?:pdf|file|document|word\s+document|docx?))?$", re.IGNORECASE)
# a file's size in brackets, "(1.2 MB)": never prose, inside its link or beside it
_SIZES = re.compile(r"\(\d+(?:\.\d+)?\s*[KMG]B\)", re.IGNORECASE)
# The mark closing an online procedures manual's chapter (tri.x's "End"): no text of the chapter.
_END_MARK = re.compile(r"^end(?:\s+of\s+(?:chapter|procedure|document|section))?\.?$", re.IGNORECASE)
# An in-page link that skips the page's furniture, whatever its class: "Skip to main content".
_SKIP_LINK = re.compile(r"\b(?:skip|jump) to\b|^\s*skip\s", re.IGNORECASE)  # "Skip Table of contents" too
# A link standing alone in its box that is a button: one that opens a new e-mail ("Email Aoife",
# "Send an email"; the text gives the address where it matters), or one styled as a button ("Report a
# concern", "Start now"): what to click, not what the guidance says.
_MAIL_BUTTON = re.compile(r"^\s*(?:e-?mail|send\s+(?:an?\s+)?e-?mail|message)\b[^@]*$", re.IGNORECASE)
_BUTTON_CLASS = re.compile(r"(?:^|[-_])(?:button|btn)(?:$|[-_])")
BUTTON_WORDS = 5
# A link to a note on the page named by a letter and number, as legislation marks its annotations ("F1", "I1", "C2").
_LETTERED_NOTE_MARK = re.compile(r"^\s*[A-Z]{1,2}\d{1,4}\s*$")
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
_HIDING_CLASS = re.compile(r"^(?:hidden|d-none|hide)$")  # a utility class hiding a box till a script shows it
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
    if name in ("header", "footer") and element.find_parent(_LANDMARK_PARENTS) is None and not _page_header(element):
        return True
    if (name == "aside" and _beside_main(element)) or (name in _BOXES and (_related_links(element)
                                                                            or _contents_box(element))):
        return True
    if name == "p" and (_end_mark(element) or _anchor_links_only(element)):
        return True
    if (name == "p" or name in HEADINGS) and _box_label(element):
        return True
    if name in ("p", "div", "span") and _title_kicker(element):
        return True
    if _reviewers_comment(element) or _word_processor_margin(element) or _contents_entry(element):
        return True
    attrs = element.attrs
    if not attrs:
        return False
    if name in _BOXES and _small(element) and (_site_box(element) or _account_bar(element) or _sign_up_box(element)
                                               or _call_to_action(element) or _site_notice(element)):
        return True
    if ("hidden" in attrs and not _revealed(element)) or str(attrs.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    if str(attrs.get("aria-hidden", "")).lower() == "true" and not (_card_back(element) or _hidden_panel(element)):
        return True
    if _INVISIBLE_STYLE.search(str(attrs.get("style", ""))):
        return True
    if _reader_only(element):
        return True
    said = element.string if name == "span" else None
    if said and _FILE_PARTICULARS.match(said.strip()) and (element.find_parent("a") or _SIZES.fullmatch(said.strip())):
        return True  # (a file's size in brackets is never prose, inside its link or beside it)
    if said and "badge" in _classes(element) and len(said.split()) <= 2:
        return True  # a card's badge ("Myth", "New"): what the card is, not what it says
    if name == "dl" and "article-info" in _classes(element).split():
        return True  # Joomla's particulars under an article's title: "Details", "Written by ...", "Hits: 1234"
    if _caption_of_title(element) or _photo_caption(element):
        return True
    if name == "a" and (_link_button(element) or _pager_card(element)):
        return True
    if name == "a" and _PRINT_COMMAND.match(str(attrs.get("href", ""))):
        return True  # "Print this page" as a script's link (href="javascript:window.print()"): a command
    if name == "a" and str(attrs.get("href", "")).startswith("#"):
        text = element.get_text()
        if _BACK_LINK.match(text) or _SKIP_LINK.search(text) or _LETTERED_NOTE_MARK.match(text):
            return True  # a note's "Back to text" or "↩" link, a skip link, or a statute's note mark "F1"
    return _is_furniture(element)


def _reader_only(element: Tag) -> bool:
    """Words hidden from the eye for a screen reader: inside a link or a heading, or beside the text
    they introduce; or a heading of their own. (A box so hidden that holds a page's text, as a
    script-built page's folded panel may, is not.)"""
    if not any(_READER_ONLY.search(str(name)) for name in element.get("class") or ()):
        return False
    if element.name in HEADINGS:
        return True
    if element.name != "span":
        return False
    box = element.parent
    beside = box is not None and box.get_text(" ", strip=True) != element.get_text(" ", strip=True)
    return beside or element.find_parent(["a", *HEADINGS]) is not None


def _page_header(element: Tag) -> bool:
    """The page's own header, over its content (Moodle's and WordPress's "page-header"): it holds the
    page's title, the site's header the site's name. What else it holds is dropped for itself."""
    names = [str(element.get("id") or ""), *(element.get("class") or ())]
    return element.name == "header" and "page-header" in names and element.find("h1") is not None


def _caption_of_title(element: Tag) -> bool:
    """What the page header sets beside its title (Moodle's kind of activity, "Book", over it)."""
    parent = element.parent
    return (element.name in ("div", "span", "p") and parent is not None
            and "page-header-headings" in (parent.get("class") or ()) and element.find(list(HEADINGS)) is None)


def names_a_frame(element: Tag) -> bool:
    """The strip under an embedded document's frame naming it again (Google Sites's file icon and
    "Procedure v4" beside its "Pop-out" button): the frame's own name says what it shows, and a
    frame is not read. (Asked only of pages with frames: the box before is searched for one.)"""
    before = element.find_previous_sibling(True)
    if before is None or element.name not in ("div", "span", "p"):
        return False
    frame = before if before.name == "iframe" else before.find("iframe")
    name = " ".join(str(frame.get("aria-label") or frame.get("title") or "").split()) if frame else ""
    text = element.get_text(" ", strip=True)
    return bool(text) and name.endswith(text)


def _photo_caption(element: Tag) -> bool:
    """A picture's caption, a few words naming what or whom it shows ("Sam Okafor, our Club Welfare
    Officer"): the picture is not read, and the caption says nothing without it."""
    figure = element.parent
    if element.name != "figcaption" or figure is None or figure.find("img") is None or figure.find("table"):
        return False
    text = element.get_text(" ", strip=True)
    return len(text.split()) <= _PHOTO_CAPTION_WORDS and not text.endswith((".", "!", "?"))


_PHOTO_CAPTION_WORDS = 12


def _small(box: Tag) -> bool:
    """Is `box` of a site box's size (a cookie notice, a sign-up form)? Counted only so far: a page of
    boxes nested thousands deep must not have each box's whole depth searched."""
    seen, stack = 0, [box]
    while stack:  # (not `box.descendants`: bs4 first finds the last of them, a walk to the bottom)
        for child in stack.pop().contents:
            seen += 1
            if seen > _SMALL_BOX_NODES:
                return False
            if isinstance(child, Tag):
                stack.append(child)
    return True


_SMALL_BOX_NODES = 300  # a cookie notice's or sign-up box's elements and strings (the largest seen: 45)


def _site_box(element: Tag) -> bool:
    """A cookie notice, or a box asking what the reader thought of the page, whatever its classes:
    its own first heading (or, with none, its first paragraph) says so, and it is short."""
    title = element.find(_box_title)
    if title is None or not _SITE_BOX_TITLE.search(title.get_text(" ", strip=True)):
        return False
    return len(element.get_text(" ", strip=True)) <= _SITE_BOX_CHARS and element.find(["main", "article"]) is None


_SITE_BOX_CHARS = 900


def _sign_up_box(element: Tag) -> bool:
    """A site's box asking for the reader's e-mail address (a newsletter's "Stay up to date" over its
    form): a few words around a form with an e-mail field, the site's, not the page's."""
    form = element if element.name == "form" else element.find("form")
    if form is None or form.find("input", attrs={"type": "email"}) is None:
        return False
    return len(element.get_text(" ", strip=True)) <= _SIGN_UP_CHARS and element.find(["main", "article"]) is None


_SIGN_UP_CHARS = 400


def _call_to_action(element: Tag) -> bool:
    """A site builder's banner inviting the reader in ("Join us", "Register now", "Support us") over a
    sentence or two and a button: the site's call to join or give, not the page's text. Its heading is
    the invitation alone, and a link styled as a button answers it."""
    title = element.find(list(HEADINGS))
    if title is None or not _INVITATION.match(title.get_text(" ", strip=True)):
        return False
    links = element.find_all("a", limit=5)
    if not any(_BUTTON_CLASS.search(name) for link in links for name in _classes(link).split()):
        return False
    return len(element.get_text(" ", strip=True)) <= _CALL_TO_ACTION_CHARS and element.find(["main", "article"]) is None


_INVITATION = re.compile(
    r"^(?:join\s+(?:us|the\s+(?:club|team|squad))|get\s+involved|register\s+(?:now|today|to\s+play)"
    r"|sign\s+up(?:\s+now)?|become\s+a\s+(?:member|volunteer|coach)|volunteer\s+with\s+us|support\s+us"
    r"|donate(?:\s+now)?)\s*[!.]?$", re.IGNORECASE)
_CALL_TO_ACTION_CHARS = 300
_LOG_OUT = re.compile(r"^\s*(?:log|sign)\s*(?:out|off)\s*$", re.IGNORECASE)


def _account_bar(element: Tag) -> bool:
    """A web application's bar over the page for the signed-in user, its "Log out" link in it: the
    application's, not the document's (a few words beside the link at most)."""
    return (any(_LOG_OUT.match(link.get_text()) for link in element.find_all("a", limit=10))
            and len(element.get_text(" ", strip=True).split()) <= 20)


def _box_title(tag: Tag) -> bool:
    """A box's title: a heading (an <h2>, or a <div role="heading"> of a script-built page), a
    paragraph, a legend or a folded box's summary."""
    return (tag.name in HEADINGS or tag.name in ("p", "legend", "summary")
            or str(tag.get("role") or "").lower() == "heading")
# A reviewer's comment a word processor exports with the text: Google Docs' "[a]" mark linking to
# "#cmnt1" and the comment at the foot (its anchor "cmnt1"); Word's "[A1]" ("#_msocom_1").
_COMMENT_LINK = re.compile(r"^#(?:cmnt\d+|_msocom_\d+)$")
_COMMENT_ANCHOR = re.compile(r"^(?:cmnt\d+|_msocom_\d+)$")
_NOTE_ANCHOR = re.compile(r"^(?:ftnt|edn|ftn|_ftn|_edn)\d+$")
_CONTENTS_ENTRY_LETTERS = 500  # a heading's title and its page number, long as they may be
_PAGE_NUMBER = re.compile(r"^[\divxlc]{1,4}$", re.IGNORECASE)


def _reviewers_comment(element: Tag) -> bool:
    """A comment's mark in the text (a <sup> or <a> linking to the comment), or the comment itself."""
    if element.name in ("sup", "a"):
        links = element.find_all("a", href=True) if element.name == "sup" else [element]
        return bool(links) and all(_COMMENT_LINK.match(str(a.get("href") or "")) for a in links)
    if element.name == "div":  # <div><p><a id="cmnt1">[a]</a>...: the comment's anchor opens it
        first = element.find("p", recursive=False)
        anchor = first.find("a", recursive=False) if first is not None else None
        return anchor is not None and bool(_COMMENT_ANCHOR.match(str(anchor.get("id") or "")))
    return False


def _word_processor_margin(element: Tag) -> bool:
    """Google Docs exports a document's header and footer as <div>s straight under its <body>, as
    it does its footnotes (each with its note's anchor): a div there without one is a margin."""
    if element.name != "div" or element.parent is None or element.parent.name != "body":
        return False
    if "doc-content" not in (element.parent.get("class") or []):
        return False
    return not any(_NOTE_ANCHOR.match(str(a["id"])) for a in element.find_all("a", id=True))


def _contents_entry(element: Tag) -> bool:
    """A paragraph of a table of contents typed as paragraphs (a word processor's contents field):
    nothing but links to the page's own headings, with a page number, beside another such paragraph."""
    if element.name != "p" or not _links_here_only(element):
        return False
    siblings = (element.find_previous_sibling(), element.find_next_sibling())
    return any(isinstance(s, Tag) and s.name == "p" and _links_here_only(s) for s in siblings)


def _links_here_only(paragraph: Tag) -> bool:
    if text_within(paragraph, _CONTENTS_ENTRY_LETTERS) is None:
        return False  # a long paragraph is no entry of a table of contents
    first = paragraph.find("a", href=True)
    if first is None or not str(first["href"]).startswith("#"):
        return False  # most paragraphs: not read through
    links = paragraph.find_all("a", href=True)
    if not links or not all(str(a["href"]).startswith("#") and len(str(a["href"])) > 1 for a in links):
        return False
    rest = paragraph.get_text(" ", strip=True)
    for link in links:
        rest = rest.replace(link.get_text(" ", strip=True), " ", 1)
    return all(_PAGE_NUMBER.match(word) for word in rest.split())


def _card_back(element: Tag) -> bool:
    """The back of a flip card, hidden from screen readers until the page's script turns the card:
    the answer to the belief on its front."""
    return bool(_CARD_BACK.search(_classes(element)))


def _hidden_panel(element: Tag) -> bool:
    """A folded panel hidden from screen readers until its title is clicked (Google Sites'
    collapsible group: `<div id="h.cg1_panel" role="region" aria-hidden="true">`): text the page shows
    when asked, not an icon or a decorative copy."""
    return (element.name in ("div", "section") and _revealed(element)
            and element.find(["p", "ul", "ol"]) is not None)


_CARD_BACK = re.compile(r"(?:^|\s)(?:[\w-]*card__back|card-back|flip-back|back-?side)(?:\s|$)")


def _revealed(element: Tag) -> bool:
    """Hidden text the page shows when asked: found by the browser's find-in-page
    (`hidden="until-found"`, GOV.UK's accordion sections), a tab's panel (`role="tabpanel"`, shown
    when its tab is chosen), or a quiz's answer, an accordion's panel or a folded answer that a
    button opens (class "feedback", "answer", "accordion__panel", "collapse")."""
    if str(element.get("hidden", "")).lower() == "until-found" or str(element.get("role", "")).lower() == "tabpanel":
        return True
    return bool(_REVEALED.search(_classes(element) + " " + str(element.get("id") or "").lower()))


# (These look at a paragraph's own children or its one string, never at all it holds: every element
# is asked whether it or any element around it is dropped, and unclosed tags nest a page deep.)


def _link_button(link: Tag) -> bool:
    mail = str(link.get("href", "")).lower().startswith("mailto:")
    if not mail and not any(_BUTTON_CLASS.search(name) for name in _classes(link).split()):
        return False
    text = link.get_text(" ", strip=True)
    if not (_MAIL_BUTTON.match(text) if mail else len(text.split()) <= BUTTON_WORDS):
        return False
    box = link.parent  # the link alone in it: nothing but spaces beside
    return box is not None and all(child is link or (isinstance(child, NavigableString) and not child.strip())
                                   for child in box.children)


def _pager_card(link: Tag) -> bool:
    """A pager's card to the page before or after this one: its own "Previous" or "Next" label over the
    other page's title (GitBook's, LocalGov Drupal's guide pages). A link in prose is never labelled so."""
    if any(isinstance(child, NavigableString) and child.strip() for child in link.children):
        return False  # words of its own beside the parts: a link in prose
    first = next((node for node in link.find_all(string=True) if node.strip()), None)
    label = first.parent if first is not None else None
    if first is None or label is None or label.name in _EMPHASIS or not _PAGER_LABEL.match(first.strip()):
        return False
    rest = link.get_text(" ", strip=True)[len(first.strip()):].strip()
    return bool(rest) and len(rest.split()) <= _PAGER_TITLE_WORDS


_PAGER_LABEL = re.compile(r"^(?:previous|prev|next)(?:\s+(?:page|chapter|article|post|section))?\s*:?$", re.I)
_PAGER_TITLE_WORDS = 15
_EMPHASIS = frozenset({"a", "b", "strong", "em", "i"})  # "<b>Next</b> steps": a link's own words in bold


def _title_kicker(element: Tag) -> bool:
    """A few words set over a page's title in its title block (GitBook's group name, a site builder's
    "eyebrow", LocalGov Drupal's guide title over a guide page's): where the page sits, not its text."""
    following = element.find_next_sibling()
    if following is None or following.name != "h1" or element.find_previous_sibling() is not None:
        return False
    if element.parent is None or element.parent.name in ("body", "html", "[document]"):
        return False
    if any(_TITLE_STYLE.match(str(name)) for name in element.get("class") or ()):
        return False  # a word processor's Title paragraph over the first heading: the document's title
    text = element.get_text(" ", strip=True)
    return 0 < len(text.split()) <= _KICKER_WORDS and not text.endswith((".", "!", "?", ":"))


_KICKER_WORDS = 10
_TITLE_STYLE = re.compile(r"^(?:mso)?(?:sub)?title$", re.IGNORECASE)


def _end_mark(paragraph: Tag) -> bool:
    text = paragraph.string
    return text is not None and bool(_END_MARK.match(text.strip()))


def _anchor_links_only(paragraph: Tag) -> bool:
    """A line of links to the page's own parts, set apart by bars or dots ("Your duty to report |
    The law ... | Find out more"): a newsletter's contents, typed as one paragraph (perhaps in a span
    that sets its font)."""
    children = list(paragraph.children)
    for _ in range(2):  # into the span that only sets the line's font
        tags = [child for child in children if isinstance(child, Tag) and child.name != "o:p"]
        if len(tags) != 1 or tags[0].name not in ("span", "font", "b", "strong", "em", "i"):
            break
        children = list(tags[0].children)
    links = [child for child in children if isinstance(child, Tag) and child.name == "a"]
    if len(links) < 2 or not all(str(link.get("href") or "").startswith("#") for link in links):
        return False
    return all(child in links or (isinstance(child, Tag) and child.name == "o:p")
               or (not isinstance(child, Tag) and not str(child).strip(" |·•–-\xa0\n")) for child in children)


def _box_label(paragraph: Tag) -> bool:
    """A callout's label, a paragraph or heading of its own over the box's text ("Caution", "Note",
    the NHS.UK frontend's "Important"): the box's kind, set as its title, not a paragraph or section of
    the guidance. (What it says for a screen reader alone is no part of the label.) A heading is a
    label only in a box its classes call a callout: a section's "Key points" is a section."""
    box = paragraph.parent
    if box is None or box.name not in _BOXES or box.find(True, recursive=False) is not paragraph:
        return False
    if paragraph.name in HEADINGS and not any(_CALLOUT_BOX.search(str(name)) for name in box.get("class") or ()):
        return False
    later = paragraph.find_next_sibling(True)
    return later is not None and bool(_CALLOUT_LABEL.match(_shown_text(paragraph)))


def _shown_text(tag: Tag) -> str:
    """A short element's text as the eye sees it, without what it says to a screen reader alone."""
    hidden = " ".join(span.get_text(" ", strip=True) for span in tag.find_all("span") if _reader_only(span))
    return tag.get_text(" ", strip=True).removeprefix(hidden).strip()


# What a site calls the notice it sets over every page ("emergency-banner", aria-label="Service alert")
_NOTICE = re.compile(r"alert|notice|emergency", re.IGNORECASE)


def _site_notice(element: Tag) -> bool:
    """A notice box outside the page's marked main content (a council's service alert over its
    header: "Our offices are closed on Monday"): the site's, over every page. Inside <main> the
    same classes mark the text's own callout."""
    label = f"{_classes(element)} {element.get('aria-label') or ''} {element.get('id') or ''}"
    return bool(_NOTICE.search(label)) and element.find(["h1", "main", "article"]) is None and _beside_main(element)


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
    if element.name != "aside":  # a box of the main text: its heading first (a procedures manual's "RELATED CHAPTERS")
        heading = next((child for child in element.children if isinstance(child, Tag)), None)
        heading = heading if heading is not None and heading.name in HEADINGS else None
    else:
        heading = element.find(list(HEADINGS))
    return heading is not None and bool(_RELATED.match(heading.get_text(" ", strip=True))) and _links_only(element)


def _contents_box(element: Tag) -> bool:
    """A box of links to the parts of the page itself under its own "Article index" or "Contents"
    heading (Joomla's index of a long article's pages, "?start=1" ... "All Pages"), inside the main
    content too: where the page's headings are, not what they head."""
    heading = next((child for child in element.children if isinstance(child, Tag)), None)
    if heading is None or heading.name not in HEADINGS:
        return False
    return bool(_CONTENTS_TITLE.match(heading.get_text(" ", strip=True))) and _links_only(element)


_CONTENTS_TITLE = re.compile(r"^(?:article\s+index|(?:table\s+of\s+)?contents|on\s+this\s+page|in\s+this\s+"
                             r"(?:article|page|guide|section))\s*:?$", re.IGNORECASE)


def _links_only(element: Tag) -> bool:
    """A box of nothing but links under its heading ("Related procedures" and a list of links):
    a page with no marked main content still sets it beside the text, as navigation."""
    links = " ".join(a.get_text(" ", strip=True) for a in element.find_all("a"))
    headings = " ".join(h.get_text(" ", strip=True) for h in element.find_all(list(HEADINGS))
                        if h.find_parent("a") is None)  # a card's title inside its link is the link's
    text = _SIZES.sub("", element.get_text(" ", strip=True))  # a file's size beside its link: still a link
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
    items = 0
    for item in (node for node in within(element) if isinstance(node, Tag) and node.name == "li"):
        if any(type(child) is NavigableString and child.strip() for child in item.children):
            return False  # words of its own, outside any link: read no further into the list
        items += 1
        links = item.find_all("a", href=True)
        if not links or not all(str(link["href"]).startswith("#") for link in links):
            return False
        linked = " ".join(link.get_text(" ", strip=True) for link in links)
        if " ".join(item.get_text(" ", strip=True).split()) != " ".join(linked.split()):
            return False
    return items > 0


def _is_furniture(element: Tag) -> bool:
    if element.name in _NEVER_FURNITURE:
        return False
    classes = element.get("class") or []
    names = [*(classes if isinstance(classes, list) else [classes]), str(element.get("id") or "")]
    # a layout's modifier names what sits beside the element: an h1 "with-breadcrumbs" is the title
    names = [str(name).lower().replace("_", "-") for name in names if name]
    if str(element.get("role", "")).lower() == "tabpanel":  # hidden by its class till its tab is chosen: text
        names = [name for name in names if not _HIDING_CLASS.match(name)]
    if not any(_FURNITURE.search(name) for name in names if not name.startswith(("with-", "has-"))):
        return False
    return not _holds_main_text(element)


def _holds_main_text(element: Tag) -> bool:
    """The page's main content, or its first article, is inside: a furniture-sounding class around
    the text must not empty the page. A blog's comments are articles too, after the post's."""
    if element.find("main") is not None:
        return True
    first = element.find("article")
    if first is None:
        return False
    root = next((p for p in element.parents if p.parent is None), element)
    return root.find("article") is first
