"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 36),
each read first as a careful reader would.

* `govscot-child-protection-info-sharing-publication-chapter.html`: chapter 4 of a Scottish
  Government guidance document published as an HTML publication on GOV.SCOT, saved from the
  browser. The chrome of the Scottish Government's design system (`ds_` classes): the data layer and
  tag manager scripts; the cookie notification (a visually hidden `<h2>` "Information", two
  paragraphs, "Accept all cookies", "Use essential cookies only", "Set cookie preferences"); "Skip
  to main content"; the site header (the logo's alternative text "The Scottish Government", the
  "Menu" control, the site navigation twice over: "About", "Topics", "News", "Publications", ...;
  the site search "Search site"); the phase banner ("Beta" and "This is a new site. Your feedback
  will help us improve it."); the breadcrumbs ("Home", "Publications", the publication); the page
  header of the publication, the same on each of its chapters: the content label "Guidance", the
  publication's title as the `<h1>`, its metadata as a definition list ("Published", "18 June 2025",
  "Directorate", "Children and Families Directorate", "Part of", "Children and families", "ISBN",
  "9781836019459"), then the publication's one-sentence summary (`p.ds_leader`); the "Documents" aside (the PDF's
  thumbnail, title, "48 page PDF", "1.2 MB"); the publication's contents ("Contents", an `<h2>`,
  over the six chapters, the current one a `<span>`); after the chapter, "Previous chapter: ..."
  and "Next chapter: ..." (`ds_sequential-nav`), "Back to top", the feedback form ("Was this
  helpful?" as a `<legend>`, "Yes", "No", "Yes, but", "Do you have any comments?", a hint, "Send
  feedback"), and the footer ("Accessibility", "Contact", "Cookies", "Privacy", "Terms of use", the
  Open Government Licence line, "© Crown Copyright", the logo). The chapter: an `<h2>` "4. Sharing
  information when there are concerns about a child" (keyed by its number), paragraphs numbered as
  typed ("4.1 Most information ...": each keyed by its number, the number no part of its text), and
  unnumbered `<h3>`s: "What the law says" (4.3 to 4.6), "Deciding what to share" (4.7, a lead-in
  ending ":" over a list of four points, and 4.8), "Myths and facts" (4.9, "... Two of them are set
  out below.", then two pairs of unnumbered paragraphs, each a bold "Myth:" and a belief, a bold
  "Fact:" and its answer), "Case example: Isla, aged 7" (two paragraphs of story and a paragraph
  opening with a bold "Key learning:"), then 4.10. A careful reader takes the `<h1>` as the title and
  the publication's summary under it as the title's text, and passes over the rest of the page
  header (the label, the metadata) and the publication's contents. Sections: the title,
  "4", the numbered paragraphs, the three `<h3>`s and the case's. Law: the Children (Scotland) Act
  1995 s22, the Children and Young People (Scotland) Act 2014 Part 3, the UK GDPR and the DPA 2018
  named whole ("do not prevent"), UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 para 18,
  the common law duty of confidentiality, ECHR Article 8 and the HRA 1998. Guidance: GIRFEC. Myths:
  two, both false, each answered by its "Fact:". Case: Isla, aged 7, the lesson after "Key
  learning:". Furniture: all the chrome above. Nation: Scotland.
* `hartwell-juniors-swimming-club-squarespace-page.html`: the "Safeguarding" page of a junior
  swimming club's website built with Squarespace (version 7.1, the classic editor), saved from the
  browser. The chrome: "This is Squarespace." in a comment, the `Static.SQUARESPACE_CONTEXT` script
  (holding the announcement bar's and the cookie banner's text again), the `WebSite` and
  `Organization` JSON-LD, the site's style sheet; the hidden cart; the header (`data-controller=
  "Header"`): the announcement bar ("Winter gala entries close on Friday 14 February. Enter here",
  two "Close Announcement" buttons), "Skip to Content", the logo (alternative text the club's name),
  the navigation ("About", "Squads & training", "Galas", "Safeguarding", "News", "Contact"), the
  social icons ("Facebook", "Instagram"), the "Join the club" button, the burger ("Open Menu",
  "Close Menu") and the mobile menu, a copy of the navigation; the footer (`footer#footer-sections`,
  itself a page section of blocks): the club's name as an `<h3>`, its address, "Affiliated to Swim
  England. Registered charity no. ...", the newsletter block ("Join our mailing list", an `<h2>`,
  its description, "Email Address", "Sign Up", "We respect your privacy.", "Thank you!"), the social
  links block and the copyright line; the cookie banner ("We use cookies ... Learn more", "Decline
  all", "Manage cookies", "Accept all"). The page: `section.page-section`s, each an `sqs-layout`
  grid of rows and columns of blocks (`sqs-block`), the text in `div.sqs-html-content`. The title,
  an `<h1>` in the first text block, over a paragraph; "If you are worried about a swimmer" (an
  `<h2>`, two paragraphs) in a two-thirds column beside an image block (the alternative text "Sam
  Okafor, Club Welfare Officer, at the poolside" and a caption "Sam Okafor, our Club Welfare
  Officer"), then a button block "Email the Welfare Officer"; "Sharing information" (an `<h2>`,
  three paragraphs); a line block; "Myth busting" (an `<h2>`, a paragraph "... Tap each one to find
  out why.") over an accordion block: three items, each title an `<h4 role="heading"
  aria-level="3">` holding the button that opens the item (`aria-expanded="false"`, the title "Myth:
  " and a belief in `span.accordion-item__title`, the plus icon's lines), over its dropdown
  (`role="region"`) of one paragraph, the answer; then a summary block (`summary-v2-block`) with its
  header text "Latest safeguarding news": a carousel of two posts of the club's blog, each a
  thumbnail, a title link, a date, an excerpt and "Read More →", with the carousel's "Previous" and
  "Next". A careful reader takes each accordion title, a belief stated to be judged, as a paragraph
  over its answer, not a heading, though Squarespace sets it in a heading tag (as round 35 read
  Elementor's toggles); reads the answers though they start folded; takes the summary block, its
  header text with it, as the site's listing of its other pages, not the page's text; and passes
  over the image's text. Sections: "Safeguarding at Hartwell Juniors", "If you are worried about a
  swimmer", "Sharing information", "Myth busting"; not the accordion's titles, "Latest safeguarding
  news" or the footer's headings. Law: the UK GDPR and the DPA 2018 named whole ("are not a
  barrier"), DPA 2018 Schedule 1 para 18, the Children Act 1989 s47. Guidance: Working Together 2023
  (Swim England's Wavepower is named only by its brand, as a member would). Myths: three, all false,
  each answered in its dropdown. No case. Furniture: all the chrome above, the image's text, the
  button, the summary block and its heading. Nation: England.
* `ashbury-community-health-nhsuk-frontend-page.html`: a page of an NHS community trust's website
  for professionals, built with the NHS.UK frontend (`nhsuk-` classes), saved from the browser. The
  chrome: the NHS.UK frontend's style sheet and script, the cookie consent script, the
  `MedicalWebPage` JSON-LD (with the review dates); the cookie banner ("Cookies on our website", an
  `<h2>`, three paragraphs, "I'm OK with analytics cookies", "Do not use analytics cookies", and the
  hidden confirmation); "Skip to main content"; the organisational header (the NHS logo, an SVG
  titled "NHS logo", the trust's name "Ashbury Community Health" and "NHS Trust", the search form
  with its visually hidden label and button, the primary navigation: "Our services", "Patients and
  visitors", "For professionals", "Work for us", "About us", the "Browse More" toggle); the
  breadcrumb ("Home", "For professionals", "Safeguarding children", and the back link "Back to
  Safeguarding children" for small screens); under the text the review date ("Page last reviewed: 3
  February 2025", "Next review due: 3 February 2028", `div.nhsuk-review-date`), then the related
  pages (a visually hidden `<h2>` "Related pages" over a card group of three clickable cards, each an
  `<h3>` link and a description); the feedback banner ("Help us improve our website", an `<h2>`,
  "Can you answer a quick question about your visit today? Take our survey", "Close feedback
  invite"); the footer (a visually hidden "Support links", five links, "© Ashbury Community Health
  NHS Trust 2025"). The page: the `<h1>` and a lede paragraph (`nhsuk-lede-text`); an emergency care
  card whose `<h2>` holds a visually hidden "Immediate action required: " before its title "If a
  child is in immediate danger", over the numbers to call; "When to share" (an `<h2>`, two
  paragraphs) and an inset text box (a visually hidden "Information: " before its paragraph);
  "Confidentiality and consent" (three paragraphs) and a warning callout, whose `<h3>` label
  "Important" (with a visually hidden "Important: " before it) heads one paragraph; "Common myths"
  (an `<h2>`, a paragraph) over two expanders (`details.nhsuk-details`), each summary "Myth: " and a
  belief, each panel one paragraph, the answer; a card (`nhsuk-card`) holding the case: its `<h2>`
  "Case example: Ruby, aged 14 months", two paragraphs of story and a paragraph opening with a bold
  "What this shows:"; "Recording your decision" (an `<h2>`, a paragraph). A careful reader reads
  the text a page hides for screen readers only as the screen reader's, not the page's ("Immediate
  action required: ", "Information: ", "Important: "), takes the callout's label as the box's kind,
  not a heading of the guidance (its text stays in "Confidentiality and consent"), the review dates
  as the page's particulars, and the related pages as the site's links. Sections: the title, "If a
  child is in immediate danger", "When to share", "Confidentiality and consent", "Common myths",
  "Case example: Ruby, aged 14 months", "Recording your decision". Law: Children Act 1989 s47,
  Children Act 2004 s11, the common law duty of confidentiality, UK GDPR Articles 6(1)(e) and
  9(2)(g) (the UK GDPR named whole, "allows you to share"), DPA 2018 Schedule 1 para 18. Guidance:
  the Caldicott principles (the seventh), the GMC's Protecting children and young people (2012) and
  0-18 years. Myths: two, both false, each answered in its expander. Case: Ruby, aged 14 months,
  the lesson after "What this shows:". Furniture: all the chrome above. Nation: England.
"""

from __future__ import annotations

import re

from helpers import (
    unseen,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
    unseen_texts,
    unseen_under,
)

from guidegraph.catalog import Catalog

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
WORKING_TOGETHER = "working-together-to-safeguard-children"
_texts, under = unseen_texts, unseen_under


# ---------------------------------------------------------------------------------------------
# A chapter of a Scottish Government HTML publication on GOV.SCOT


SCOT = "govscot-child-protection-info-sharing-publication-chapter.html"
SCOT_MYTHS = {
    "I need the parents’ consent before I can share a child protection concern": (
        "no", "Consent is not the basis for sharing a child protection concern. Where a child may be at risk of "
              "significant harm, share the concern with social work or the police, and tell the parents unless that "
              "would put the child at greater risk."),
    "Only the named child protection lead in my agency can share a concern with social work": (
        "no", "Anyone who is worried about a child can contact social work or the police. Tell your child protection "
              "lead as well, but do not let waiting for them delay a child’s protection.")}
SCOT_KEYS = ["s1", "4", "4.1", "4.2", "s5", "4.3", "4.4", "4.5", "4.6", "s10", "4.7", "4.8", "s13", "4.9", "s15",
             "4.10"]


def test_the_govscot_chapters_numbered_heading_paragraphs_and_subheadings() -> None:
    found = sections(SCOT)
    assert [key for key, _ in found] == SCOT_KEYS
    assert {key: title for key, title in found if not re.fullmatch(r"\d+\.\d+", key)} == {
        "s1": "Information sharing to protect children: practice guidance",
        "4": "Sharing information when there are concerns about a child", "s5": "What the law says",
        "s10": "Deciding what to share", "s13": "Myths and facts", "s15": "Case example: Isla, aged 7"}


def test_the_govscot_publications_page_header_is_not_the_chapters_text() -> None:
    # the phase banner, the content label "Guidance" and the metadata are the page's; the contents list and
    # the "Documents" aside are the publication's; its summary is the title's text
    assert passages(SCOT, "front") == []
    assert passages(SCOT, "s1") == ["Practice guidance for everyone who works with children and families in Scotland "
                                    "on sharing information to protect a child."]
    assert passages(SCOT, "4") == []


def test_the_govscot_chapters_numbered_paragraphs() -> None:
    assert passages(SCOT, "4.3") == [
        "Under section 22 of the Children (Scotland) Act 1995, a local authority must safeguard and promote the "
        "welfare of children in need in its area. It cannot do so without information from the people who know the "
        "child."]
    assert passages(SCOT, "4.7") == [
        "Before you share, consider:\n"
        "whether the information is needed to protect the child\n"
        "whether you are sharing only what is relevant, with the people who need to know\n"
        "whether the information is accurate and up to date\n"
        "how you will share it securely, and how you will record what you shared"]
    # the last paragraph of the chapter: the sequential navigation and the feedback form come after it
    assert passages(SCOT, "4.10") == [
        "For advice about a particular child, contact the social work department of the local authority where the "
        "child lives, or your agency’s child protection lead."]
    for text in passages(SCOT):
        assert not re.match(r"\d+\.\d+\s", text), text


def test_the_govscot_chapters_myths_and_facts() -> None:
    myths = unseen_myths_in(SCOT)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == SCOT_MYTHS
    assert passages(SCOT, "4.9") == [
        "Some beliefs about information sharing are still common among practitioners. Two of them are set out below."
    ] + [part for statement, (_, answer) in SCOT_MYTHS.items() for part in (f"Myth: {statement}.", f"Fact: {answer}")]


def test_the_govscot_chapters_case() -> None:
    [case] = unseen_cases(SCOT)
    assert case.setting == "Isla, aged 7"
    assert case.scenario.startswith("Isla, aged 7, told her class teacher at Kinlochbrae Primary School")
    assert case.scenario.endswith("An inter-agency referral discussion was held the same evening.")
    assert case.advice == ("The teacher did not wait to be sure, and the head teacher did not wait for the parents’ "
                           "agreement. Each small piece of information made sense only when it was put together with "
                           "the others.")
    for later in ("Key learning", "For advice about a particular child"):
        assert later not in case.scenario and later not in case.advice, later


def test_the_govscot_chapters_law_guidance_and_nation(catalog: Catalog) -> None:
    # "do not prevent": the UK GDPR and the DPA 2018 both named whole
    assert cited(SCOT, catalog) == {("children-scotland-act-1995", "section 22"),
                                    ("children-and-young-people-scotland-act-2014", "part 3"), ("gdpr", None),
                                    ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                    ("gdpr", "article 9(2)(g)"),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                    ("common-law-duty-of-confidence", None), ("echr", "article 8"),
                                    ("human-rights-act-1998", None)}
    assert guidance(SCOT, catalog) == {"girfec"}
    assert unseen(SCOT).meta.jurisdictions == ("Scotland",)


def test_the_govscot_design_systems_chrome_is_dropped() -> None:
    for furniture in ("necessary cookies", "Accept all cookies", "essential cookies", "cookie preferences",
                      "Skip to main content", "The Scottish Government", "Search site", "Search gov.scot", "Beta",
                      "This is a new site", "Your feedback", "Published", "18 June 2025", "Directorate", "Part of",
                      "ISBN", "9781836019459", "Documents", "48 page PDF", "1.2 MB",
                      "Contents", "1. Introduction", "Principles of sharing information", "Annex A",
                      "Previous chapter", "Next chapter", "Back to top", "Was this helpful?", "Yes, but",
                      "Do you have any comments?", "Do not include any personal information", "Send feedback",
                      "Terms of use", "Open Government Licence", "Crown Copyright", "©", "dataLayer", "https://"):
        assert not [t for t in _texts(SCOT) if furniture in t], furniture
    for label in ("Information", "Menu", "About", "Topics", "News", "Publications", "Home", "Guidance",
                  "Children and families", "Yes", "No", "Accessibility", "Contact", "Cookies", "Privacy", "Myth:",
                  "Fact:"):
        assert label not in passages(SCOT), label


# ---------------------------------------------------------------------------------------------
# A swimming club's page built with Squarespace


CLUB = "hartwell-juniors-swimming-club-squarespace-page.html"
CLUB_MYTHS = {
    "Coaches shouldn’t get involved in what happens at a swimmer’s home": (
        "no", "Coaches often notice changes before anyone else: a swimmer who is tired all the time, hungry, or "
              "frightened of going home. If something worries you, tell the Welfare Officer, whether it happened at "
              "the pool or not."),
    "If a parent asks me to keep something to myself, I have to": (
        "no", "You can keep most things private, but never a worry that a child may be harmed. Explain kindly that "
              "you will need to tell the Welfare Officer, unless telling the parent would put the child at risk."),
    "Volunteers aren’t allowed to pass on a worry, only qualified coaches": (
        "no", "Anyone at the club can, and should, pass on a worry. Helpers, timekeepers and parents on the poolside "
              "all see things that coaches miss.")}


def test_the_squarespace_pages_text_blocks_are_its_sections() -> None:
    # the accordion's titles, set in heading tags, state beliefs to be judged: no headings; the summary block
    # and the heading typed over it are the site's listing; the footer's headings are the site's
    assert sections(CLUB) == [("s1", "Safeguarding at Hartwell Juniors"), ("s2", "If you are worried about a swimmer"),
                              ("s3", "Sharing information"), ("s4", "Myth busting")]
    # the announcement bar, the skip link and the header are the site's
    assert passages(CLUB, "front") == []
    assert passages(CLUB, "s1") == [
        "Everyone at Hartwell Juniors, from coaches and team managers to poolside helpers, has a part to play in "
        "keeping our swimmers safe. This page explains what to do if you are worried about a child, when we share "
        "information, and why."]


def test_the_squarespace_pages_image_and_button_blocks_are_no_text() -> None:
    assert under(CLUB, "If you are worried about a swimmer") == [
        "Tell our Welfare Officer, Sam Okafor, the same day. You do not need to be sure that something is wrong, and "
        "you should not try to find out more yourself. If a child is in immediate danger, call 999 first.",
        "Sam will decide with you whether the worry needs to go to Hartwell Children’s Services or the police, and "
        "will keep a record of what was shared and why."]
    assert len(under(CLUB, "Sharing information")) == 3


def test_the_squarespace_accordion_items_are_myths_answered_in_their_dropdowns() -> None:
    myths = unseen_myths_in(CLUB)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == CLUB_MYTHS
    # each title a paragraph over its dropdown's; the last item's answer ends the page's text (the summary
    # block comes after it)
    assert under(CLUB, "Myth busting") == [
        "Parents and volunteers sometimes tell us things that are not quite right. Tap each one to find out why."] + [
        part for statement, (_, answer) in CLUB_MYTHS.items() for part in (f"Myth: {statement}", answer)]
    assert passages(CLUB)[-1] == CLUB_MYTHS["Volunteers aren’t allowed to pass on a worry, only qualified coaches"][1]


def test_the_squarespace_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # "are not a barrier": the UK GDPR and the DPA 2018 both named whole
    assert cited(CLUB, catalog) == {("gdpr", None), ("data-protection-act-2018", None),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                    ("children-act-1989", "section 47")}
    assert guidance(CLUB, catalog) == {WORKING_TOGETHER}
    assert unseen_cases(CLUB) == []
    assert unseen(CLUB).meta.jurisdictions == ("England",)


def test_the_squarespace_chrome_is_dropped() -> None:
    for furniture in ("Squarespace", "SQUARESPACE_CONTEXT", "Winter gala", "Enter here", "Close Announcement",
                      "Skip to Content", "Join the club", "Open Menu", "Close Menu", "Squads & training",
                      "at the poolside", "our Club Welfare Officer", "Email the Welfare Officer",
                      "Latest safeguarding news", "Meet our new Welfare Officer", "Jo Pike", "Photography at galas",
                      "gala desk", "Read More", "9 Jan 2025", "Join our mailing list", "gala dates", "Email Address",
                      "Sign Up", "We respect your privacy", "Thank you!", "Mill Lane", "HW3 7PL",
                      "Affiliated to Swim England", "Registered charity", "©", "Privacy policy", "cookies",
                      "Learn more", "Decline all", "Manage cookies", "Accept all", "https://"):
        assert not [t for t in _texts(CLUB) if furniture in t], furniture
    for label in ("About", "Galas", "Safeguarding", "News", "Contact", "Facebook", "Instagram", "Previous", "Next",
                  "Hartwell Juniors Swimming Club", "Myth", "Myth:", "0"):
        assert label not in passages(CLUB), label


# ---------------------------------------------------------------------------------------------
# An NHS trust's page for professionals built with the NHS.UK frontend


NHS = "ashbury-community-health-nhsuk-frontend-page.html"
NHS_MYTHS = {
    "I can’t tell the school nurse about a worry without the mother’s consent": (
        "no", "You can share information with another health professional involved in the child’s care where you are "
              "worried about the child. Tell the mother what you are sharing, and why, unless that would put the "
              "child at risk."),
    "A GP can only share a child’s records with children’s social care if there is a court order": (
        "no", "No court order is needed. If children’s social care asks for information for a child protection "
              "enquiry, share what is relevant and proportionate, and record what you shared and why.")}
NHS_NUMBERS = ("Call 999. Then tell the trust’s safeguarding children team on 01632 966 300 (8am to 6pm, Monday to "
               "Friday) or, at any other time, the Ashbury Emergency Duty Team on 01632 966 399.")


def test_the_nhs_pages_headings_without_their_screen_reader_words() -> None:
    # the care card's visually hidden "Immediate action required: " is the screen reader's; the warning
    # callout's "Important" is the box's kind; the related pages and their cards are the site's
    assert sections(NHS) == [
        ("s1", "Sharing information about a child: health visitors and GPs"),
        ("s2", "If a child is in immediate danger"),
        ("s3", "When to share"), ("s4", "Confidentiality and consent"), ("s5", "Common myths"),
        ("s6", "Case example: Ruby, aged 14 months"), ("s7", "Recording your decision")]
    assert passages(NHS, "front") == []
    # the lede paragraph is the page's own
    assert passages(NHS, "s1") == [
        "Health visitors, school nurses and GPs often know a family better than anyone else. This page explains when "
        "you should share information about a child you are worried about, the law and professional guidance that "
        "support you, and how to record what you did."]
    assert under(NHS, "If a child is in immediate danger") == [NHS_NUMBERS]


def test_the_nhs_pages_inset_text_and_warning_callout_stay_in_their_sections() -> None:
    share = under(NHS, "When to share")
    # the inset text's visually hidden "Information: " is no paragraph of the page
    assert share[1:] == [
        "Under section 47 of the Children Act 1989, an NHS trust must help children’s social care with its enquiries "
        "about a child who may be suffering significant harm, including by giving it relevant information, when it is "
        "asked to do so. Section 11 of the Children Act 2004 requires the trust and the integrated care board to make "
        "sure that their functions are discharged having regard to the need to safeguard and promote the welfare of "
        "children.",
        "If you are not sure whether to share, speak to the named nurse or named GP for safeguarding children. Do not "
        "let waiting for advice delay a referral where a child may be at risk of significant harm."]
    consent = under(NHS, "Confidentiality and consent")
    assert len(consent) == 4
    assert consent[-1] == ("Do not ask a parent for consent to share if doing so could put the child at greater risk, "
                           "or could lead to evidence being lost or to a delay in protecting the child. Record why you "
                           "did not seek consent.")


def test_the_nhs_pages_expanders_are_myths() -> None:
    myths = unseen_myths_in(NHS)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == NHS_MYTHS
    assert under(NHS, "Common myths") == [
        "Open each one to find out what the law and your professional guidance say."] + [
        part for statement, (_, answer) in NHS_MYTHS.items() for part in (f"Myth: {statement}", answer)]


def test_the_nhs_pages_case_in_its_card() -> None:
    [case] = unseen_cases(NHS)
    assert case.setting == "Ruby, aged 14 months"
    assert case.scenario.startswith("Ruby’s health visitor had noticed at two visits")
    assert case.scenario.endswith("her mother had attended with an injury.")
    assert case.advice == ("each worry on its own seemed small. Put together, they showed that Ruby was at risk, and "
                           "sharing them without the mother’s agreement was justified.")
    assert under(NHS, "Recording your decision") == [
        "Record in the child’s record what you shared, with whom, when and why, and whether you had consent. If you "
        "decided not to share, record that too."]


def test_the_nhs_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    assert cited(NHS, catalog) == {("children-act-1989", "section 47"), ("children-act-2004", "section 11"),
                                   ("common-law-duty-of-confidence", None), ("gdpr", None),
                                   ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
                                   ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert guidance(NHS, catalog) == {"caldicott-principles", "gmc-protecting-children-2012", "gmc-0-18-years"}
    assert unseen(NHS).meta.jurisdictions == ("England",)


def test_the_nhsuk_frontends_chrome_is_dropped() -> None:
    for furniture in ("Cookies on our website", "analytics cookies", "cookie settings", "Skip to main content",
                      "NHS logo", "Ashbury Community Health NHS Trust", "Search the", "Our services",
                      "Patients and visitors", "For professionals", "Work for us", "Browse", "Back to",
                      "Immediate action required", "Information:", "Important:", "Page last reviewed",
                      "Next review due", "3 February 2025", "Related pages", "Making a referral",
                      "Safeguarding training", "Level 3 courses", "designated doctor", "Help us improve",
                      "quick question", "Take our survey", "feedback invite", "Support links",
                      "Accessibility statement", "Privacy notice", "Freedom of information", "©", "MedicalWebPage", "https://"):
        assert not [t for t in _texts(NHS) if furniture in t], furniture
    for label in ("Home", "Safeguarding children", "More", "Search", "Important", "Information", "Close", "Contact us",
                  "Cookies", "Myth:"):
        assert label not in passages(NHS), label
