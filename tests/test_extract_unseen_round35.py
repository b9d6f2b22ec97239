"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 35),
each read first as a careful reader would.

* `marlowvale-scp-wordpress-elementor-page.html`: a safeguarding children partnership's
  "Information sharing" page on a WordPress site built with the Elementor page builder and the
  Astra theme, saved from the browser. The chrome: WordPress's and Elementor's generator `<meta>`s,
  Yoast's JSON-LD, the CookieYes script, Astra's inline style and settings script; "Skip to content";
  Astra's header twice over (the desktop header: the logo, its alternative text "Marlowvale
  Safeguarding Children Partnership logo", the site's title and tagline "Keeping children safe is
  everyone’s business", the main menu with its "Professionals" drop-down and "Menu Toggle" buttons;
  the mobile header: the logo again, the "Main Menu" toggle and a copy of the menu); Astra's
  breadcrumbs ("Home", "Professionals", "Information sharing"); the footer's widget areas ("Contact
  us", a block `<h2>`, over the partnership's address, telephone and e-mail; "Useful links", a
  widget `<h2>`, over "Accessibility statement", "Privacy notice", "Cookie policy", "Sitemap"), its
  social icons ("Facebook", "X", "LinkedIn") and the copyright line ("Copyright © 2025 ... | Powered
  by Astra WordPress Theme"); Astra's "Scroll to Top"; CookieYes's banner ("We value your privacy",
  a `<p role="heading">`, a paragraph, "Customise", "Reject All", "Accept All"), its preference
  centre ("Customise Consent Preferences", also `role="heading"`, a paragraph, the "Necessary"
  ("Always Active") and "Analytics" categories with their descriptions, "Save My Preferences",
  "Powered by" and the CookieYes logo) and its "Consent Preferences" button; Elementor's
  `elementorFrontendConfig` script. The page: Elementor's sections (`elementor-section`, some
  `elementor-inner-section`), columns (`elementor-column`) and widgets, each in an
  `elementor-widget-container`. The title, an `<h1>` in a heading widget
  (`h1.elementor-heading-title`), over a text-editor widget's paragraph; "Why sharing matters" (a
  heading widget's `<h2>` in a two-thirds column: a paragraph, a lead-in ending ":" over a list of
  three questions, a paragraph) beside a third column holding an image widget (alternative text
  and a `<figcaption>` "Photo: Marlowvale SCP multi-agency training day"); "What the law says" (four
  paragraphs); "Myths and facts": a paragraph ("... None of them is true.") over a toggle widget
  (`elementor-widget-toggle`) whose widget style sheet, set inline before it as Elementor's
  improved CSS loading does, hides the answers (`.elementor-toggle .elementor-tab-content
  {display:none}`) till a title is clicked: three items, each a `div.elementor-tab-title` with
  `role="button"` holding the caret icons and an `a.elementor-toggle-title` ("Myth: " and a belief),
  over a `div.elementor-tab-content` (`role="region"`) whose paragraph opens with a bold "Fact:";
  and the FAQ schema Elementor writes for a toggle (a JSON-LD `FAQPage` of the same questions and
  shortened answers); an inner section of two columns, an illustration (its alternative text) and
  the case: a heading widget's `<h3>` "Case example: Jayden, aged 12", two paragraphs of story, a
  bold "What we learned" alone and the lesson; a section of two columns: "Recording your decision"
  (a paragraph and a button widget "Make a referral", its arrow an inline SVG) and "Key documents"
  (an icon-list widget of three links, each an icon before the title in
  `span.elementor-icon-list-text`); then a call-to-action widget (a background image labelled "A
  child holding an adult’s hand", a phone icon, its title "Worried about a child?" an `<h2>`, the
  numbers to call as its description, and a "Contact the Front Door" button), a heading widget's
  `<h5>` "Share this page" over Elementor's share buttons (icons, "Share on facebook" and the rest
  for screen readers), and a post-info widget: "Last updated: 12 March 2025". A careful reader takes
  each toggle's title, a myth stated whole, as a paragraph over its answer, not a heading (as round
  24 read a box's title stating a myth), however many words it runs to; reads the answers though the
  widget's style sheet hides them; reads each belief once (not again from the FAQ schema); reads the
  icon list as the names of the documents the page points to; and takes the call to action's title
  as the last section and its description as that section's text. Sections: the title, "Why sharing
  matters", "What the law says", "Myths and facts", "Case example: Jayden, aged 12", "Recording your
  decision", "Key documents", "Worried about a child?"; not the toggles' titles, "Share this page",
  the footer's "Contact us" and "Useful links", or the cookie banner's headings. Law: Children Act
  2004 s11 and s10 ("Section 10 of the same Act"), Children Act 1989 s17 and s47 ("section 47 of that
  Act"), the UK GDPR and the DPA 2018 named whole ("do not prevent"), UK GDPR Articles 6(1)(e) and 9,
  DPA 2018 Schedule 1 para 18 ("paragraph 18 of Schedule 1 to the Data Protection Act 2018"), the
  common law duty of confidence, ECHR Article 8 and the HRA 1998, and (in the case) the Crime and
  Disorder Act 1998 s115. Guidance: the three in "Key documents": Working Together 2023, the 2024
  advice and the Marlowvale Multi-Agency Information Sharing Protocol. Myths: three, all false, each
  answered in its panel after "Fact:". Case: Jayden, aged 12, the lesson after "What we learned".
  Furniture: all the chrome above, the images' text and caption, the icons, the buttons, "Share this
  page" and its buttons, "Last updated", the FAQ schema. Nation: England.
* `hollowmere-nursery-school-isp-cover-page-word.docx` (written by
  `docx-sources/make_round35.py`): a maintained nursery school's information sharing policy made in
  Word from its built-in parts. A cover page from Word's gallery (a block content control of the
  "Cover Pages" gallery) holding the cover's own controls bound to the document's properties: the
  school's name ("Company"), the title ("Title", in the Title style: "Information Sharing Policy"),
  a subtitle ("Safeguarding and child protection"), a date picker ("September 2024") and a line
  typed under them ("Approved by the governing board: 8 October 2024. Next review: September
  2025."), then a page break; the first page has no header or footer ("Different first page").
  A table of contents from the gallery (a "Table of Contents" control: "Contents" in the TOC
  Heading style, a TOC field of hyperlinked entries, each number, tab, text, tab and a PAGEREF field
  for its page). Headings numbered by a multilevel list applied to the heading paragraphs themselves
  ("1." and "1.1."), each holding its `_Toc` bookmark: 1 "Purpose and scope", 2 "The law" (2.1 "Our
  duties", 2.2 "Data protection and confidentiality"), 3 "How we share information", 4 "Myths and
  facts", 5 "Records" (5.1 "Recording decisions", 5.2 "When a child moves on"), 6 "Case example:
  Ellie, aged 3". A running header ("Hollowmere Nursery School | Information Sharing Policy | Ref:
  HNS-SG-04") and footer ("Version 3.0 – September 2024", a tab, "Page X of Y"). In 2.1 a paragraph
  whose two sentences each end in a footnote's mark, the notes citing the Education Act 2002 s175
  and the Childcare Act 2006 s40. In section 1, a "Key contacts" sidebar (Word's "Sidebar" text box,
  floating at the page's right edge, saved as DrawingML with a VML copy) anchored at the start of the
  section's first paragraph: a bold "Key contacts" over five lines of names, roles and numbers. In
  section 3, a lead-in over three bullets. In section 4 a paragraph over a table of four grid
  columns whose header row is two merged cells (`w:gridSpan` 2, repeated on each page): "Myth" over
  a column of Wingdings crosses and the beliefs, "Fact" over a column of Wingdings ticks and the
  answers (one answer two paragraphs). A careful reader takes the Title control as the document's
  title and the rest of the cover (the school's name, the subtitle, the dates) as its particulars,
  passes over the contents, the header and the footer, reads the sidebar's text once (not twice from
  its two copies), after the paragraph that anchors it, and each table row as the belief and its
  answer, the crosses and ticks no text. Sections: the title and the ten numbered headings, keyed by
  their numbers. Law: the Education Act 2002 s175 and the Childcare Act 2006 s40 (in the notes), the
  Children Act 1989 s47 (in 2.1 and the case), the UK GDPR and the DPA 2018 named whole ("do not stop
  us sharing"), UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18, the common law
  duty of confidentiality, ECHR Article 8. Guidance: the Statutory Framework for the Early Years
  Foundation Stage (2024), Keeping children safe in education 2024, Working Together 2023, the 2024
  advice. Myths: three, all false, each answered in its row. Case: Ellie, aged 3, the lesson after
  a bold "What we learned" alone. Furniture: the cover's particulars, the contents, the header and
  footer, the symbols. Nation: England.
* `kelderton-youth-service-google-sites-page.html`: a page of a council youth service's staff site
  made with (new) Google Sites, saved from the browser. The chrome: the Open Graph and `itemprop`
  `<meta>`s, Google's style sheet of generated class names (`.duRjpb`, `.JYVBee`, `.OmQG5e` set the
  Title, Heading and Subheading text styles; `.yxtgcd{display:none}`), the `_docs_flag_initialData`,
  `WIZ_global_data` and `_at_config` scripts; the docs banners; "Skip to main content" and "Skip to
  navigation"; the "Open navigation" button and the navigation panel (`role="navigation"`, labelled
  "Navigation panel": "Home", "Safeguarding" with "Expand/Collapse" and its three pages, "Sessions
  and rotas", "Training", "Contacts"); the header (the logo labelled "Site home", the site's name
  "Kelderton Youth Service staff hub", the top navigation with the same items and a hidden "More",
  "Open search bar", the search form "Search this site" with "Clear search" and "Close search
  bar"); the header banner's background image; the site footer's text ("Kelderton Youth Service
  staff hub is for Kelderton Borough Council staff and volunteers. Please do not share links from
  this site outside the service."); the "Site actions" menu ("Google Sites", "Report abuse", "Page
  details"), and the hidden "Page details" panel ("Page updated", "14 January 2025, 09:36"). The
  page: `<section>`s of `div`s nested many deep with generated classes, each text box a
  `div.tyJCtd` whose paragraphs are `p.zfr3Q.CDt4Ke` holding text in `span.C9DxTc`s, a sentence
  split over spans (a bold run of law, a link's text). The title, an `<h1 class="zfr3Q duRjpb
  CDt4Ke">` in the header banner; under it a paragraph and a callout box (a tile with a pink
  background: a bold first sentence and the numbers to call). "Why we share information" (an `<h2
  class="zfr3Q duRjpb CDt4Ke">` holding, before its text, Google Sites's "Copy heading link" button
  and a tooltip, `aria-hidden`, saying "Copy heading link") over two paragraphs; in the next text box
  "What the law says", a paragraph styled as a subheading by its class alone (`p.zfr3Q.OmQG5e`: 15pt
  bold in the style sheet, no heading tag, no inline style), over five paragraphs, the last naming
  Working Together 2023 and the 2024 advice as links through `google.com/url` redirects. "Myth or
  fact?" (an `<h2>`), a paragraph ("... Two of them are wrong."), then three collapsible text groups,
  each a title (`div role="button"`, `aria-expanded="false"`, holding a bold paragraph: a belief in
  curly quotation marks, with its full stop inside them) over a panel (`role="region"`,
  `aria-hidden="true"`, hidden by the style sheet till the title is clicked) whose paragraph opens
  with a bold "Myth." or "Fact."; "Case example: Tyler, aged 15" (an `<h3 class="zfr3Q OmQG5e
  CDt4Ke">` with its copy-link button), two paragraphs of story, and a paragraph opening with a bold
  "What we learned: "; in the next box "Recording your decision", again a paragraph styled by its
  class alone, over a paragraph; "Our procedure" (an `<h2>`) over a paragraph, then an embedded
  Google Doc: an `<iframe>` labelled "Google Docs, Youth Service Information Sharing Procedure v4"
  whose fallback text says "Your browser cannot show embedded documents. Open ... in Google Docs.",
  and the embed's title strip (the document's icon and name, a "Pop-out" button "Open ... in new
  window"). A careful reader reads the paragraphs styled as subheadings as the headings they look
  like, a heading's text without its copy-link button, each sentence whole however many spans it
  is split over, each collapsible group's title, a belief stated whole, as a paragraph over its
  answer (as round 24 read a box's title stating a myth), and the panel though it starts hidden;
  takes "Myth." and "Fact." as each answer's verdict (no part of the answer), and the embed as a
  viewer, not text. Sections: the title, "Why we share information", "What the law says", "Myth or
  fact?", "Case example: Tyler, aged 15", "Recording your decision", "Our procedure"; not the
  beliefs' titles. Law: Children Act 2004
  s11, Children Act 1989 s47 and (in the case) s17, the Crime and Disorder Act 1998 s115, UK GDPR
  Articles 6(1)(e) and 9(2)(g) ("Article 9(2)(g)" after "of the UK GDPR" in the sentence before),
  DPA 2018 Schedule 1 para 18, the common law duty of confidence; neither data protection Act named
  whole. Guidance: Working Together 2023 and the 2024 advice; not the embedded procedure, which only
  the viewer names. Myths: three: two "Myth." (false) and one "Fact." (true), each answered in its
  panel. Case: Tyler, aged 15, the lesson after "What we learned:", not "Recording your decision".
  Furniture: all the chrome above, the copy-link buttons and tooltips, the embed's label, fallback
  and title strip. Nation: England.
"""

from __future__ import annotations

from helpers import (
    in_order,
    unmarked,
    unseen,
    unseen_cases,
    unseen_citations,
    unseen_cited,
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
KCSIE = "keeping-children-safe-in-education"
WORKING_TOGETHER = "working-together-to-safeguard-children"
ADVICE = "hmg-information-sharing-advice"
EYFS = "statutory-framework-for-the-early-years-foundation-stage"
_texts, under = unseen_texts, unseen_under
_in_order, _unmarked = in_order, unmarked


def _cited_beside(name: str, catalog: Catalog, words: str) -> list[tuple[str, str | None, str]]:
    """(basis, provision, negation) of the citations of the one passage that holds `words` (found by its
    words, so that a section missed before it fails the sections' own test, not this one)."""
    [found] = [p.id for p in unseen(name).passages if words in p.text]
    return [(c.basis, c.provision.label if c.provision else None, c.negation)
            for c in unseen_citations(name, catalog) if c.passage_id == found]


# ---------------------------------------------------------------------------------------------
# A partnership's page built with WordPress and Elementor


ELEMENTOR = "marlowvale-scp-wordpress-elementor-page.html"
ELEMENTOR_MYTHS = {
    "I need the parents’ consent before I can share a worry about their child": (
        "no", "Consent is only one of the lawful bases for sharing. Be open with parents about your worry where you "
              "can, but you do not need their consent where asking would put the child at greater risk, or cause a "
              "delay that could harm them."),
    "Health information can never be shared without the patient’s agreement": (
        "no", "Health information is special category data, but the law allows it to be shared to protect a child "
              "from harm. Share what is necessary and proportionate, and record your reasons."),
    "Once a young person is 16, I cannot share anything about them without their consent": (
        "no", "A 16- or 17-year-old who understands the decision can usually give or refuse consent for themselves, "
              "and you should respect their wishes where you can. But where they, or another child, are at risk of "
              "significant harm, you can share without their consent.")}
ELEMENTOR_NUMBERS = ("If a child is in immediate danger, call 999. Otherwise, contact the Marlowvale Children’s Front "
                     "Door on 01632 963 400 (9am to 5pm, Monday to Friday) or the Emergency Duty Team on 01632 963 "
                     "499 at any other time.")


def test_the_elementor_pages_heading_widgets_are_its_sections() -> None:
    # a toggle's title stating a myth is no heading, however short; "Share this page" (an <h5> widget), the
    # footer's widget <h2>s and the cookie banner's role="heading" paragraphs are no sections of the page
    assert sections(ELEMENTOR) == [
        ("s1", "Information sharing: a guide for practitioners"), ("s2", "Why sharing matters"),
        ("s3", "What the law says"), ("s4", "Myths and facts"), ("s5", "Case example: Jayden, aged 12"),
        ("s6", "Recording your decision"), ("s7", "Key documents"), ("s8", "Worried about a child?")]
    # the skip link, Astra's two headers and the breadcrumbs are the theme's
    assert passages(ELEMENTOR, "front") == []
    assert passages(ELEMENTOR, "s1") == [
        "Sharing information at the right time is one of the most important things you can do to keep a child safe. "
        "This page explains when and how practitioners in Marlowvale should share information about children, the law "
        "that supports it, and where to get advice. It applies to everyone who works or volunteers with children and "
        "families, in any agency."]


def test_the_elementor_pages_widgets_text() -> None:
    # the image widget's alternative text and caption, in the column beside, are no text of the section
    assert under(ELEMENTOR, "Why sharing matters") == [
        "When a child is seriously harmed, reviews often find that several agencies each held a small piece of "
        "information, but that nobody saw the whole picture. Sharing early also means that families get help before "
        "their problems grow.",
        "Before you share, ask yourself:\n"
        "Is there a clear reason to share, such as a worry about a child’s safety or welfare?\n"
        "Am I sharing only what is necessary, with the people who need to know?\n"
        "Is the information accurate and up to date, and am I sharing it securely?",
        "Fears about sharing must never stand in the way of the need to promote the welfare of a child and protect "
        "them from harm."]
    law = under(ELEMENTOR, "What the law says")
    assert len(law) == 4
    assert law[0].endswith("Section 10 of the same Act requires them to co-operate to improve the well-being of "
                           "children in the area.")
    assert law[-1] == ("You must also respect the common law duty of confidence and the right to respect for private "
                       "and family life under Article 8 of the European Convention on Human Rights, which the Human "
                       "Rights Act 1998 makes part of our law. Sharing that is necessary and proportionate to protect "
                       "a child meets both.")
    # the button widget is a link, no text of the section
    assert under(ELEMENTOR, "Recording your decision") == [
        "Whether or not you share, record what you decided and why: what you shared, with whom, when, and on what "
        "lawful basis. If you are unsure, ask your agency’s safeguarding lead, or call the Front Door for a "
        "consultation."]
    # the icon list: the names of the documents, their icons no text
    assert under(ELEMENTOR, "Key documents") == [
        "Working Together to Safeguard Children 2023\n"
        "Information sharing: advice for practitioners providing safeguarding services to children, young people, "
        "parents and carers (2024)\n"
        "Marlowvale Multi-Agency Information Sharing Protocol"]
    # the call to action's description; not its button, "Share this page", the share buttons or "Last updated"
    assert under(ELEMENTOR, "Worried about a child?") == [ELEMENTOR_NUMBERS]
    assert passages(ELEMENTOR)[-1] == ELEMENTOR_NUMBERS


def test_the_elementor_toggles_are_myths_answered_in_their_hidden_panels() -> None:
    # the widget's style sheet hides each panel till its title is clicked: a reader reads it all the same
    myths = unseen_myths_in(ELEMENTOR)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == ELEMENTOR_MYTHS
    # each title a paragraph over its panel's, the panel's bold "Fact:" opening the paragraph it is typed in
    assert under(ELEMENTOR, "Myths and facts") == [
        "Practitioners in Marlowvale still tell us about beliefs that stop them sharing. None of them is true."] + [
        part for statement, (_, answer) in ELEMENTOR_MYTHS.items() for part in (f"Myth: {statement}",
                                                                                f"Fact: {answer}")]
    # the FAQ schema repeats the questions and answers: they are read once, from the page
    joined = "\n".join(_texts(ELEMENTOR))
    for statement, (_, answer) in ELEMENTOR_MYTHS.items():
        assert joined.count(statement) == 1 and joined.count(answer) == 1, statement


def test_the_elementor_pages_case_in_its_inner_section() -> None:
    [case] = unseen_cases(ELEMENTOR)
    assert case.setting == "Jayden, aged 12"
    assert case.scenario.startswith("Jayden, aged 12, started arriving late at school with new trainers and a phone "
                                    "that his mother said she had not bought.")
    assert case.scenario.endswith("The police shared what they knew under section 115 of the Crime and Disorder Act "
                                  "1998, and a strategy discussion was held within 24 hours.")
    assert case.advice == ("Small pieces of information held by different agencies made sense only when they were put "
                           "together. Sharing quickly, and recording why consent was not sought, protected Jayden and "
                           "the practitioners who shared.")
    for furniture in ("Illustration", "school uniform", "What we learned", "Recording your decision", "Whether or not",
                      "Make a referral"):
        assert furniture not in case.scenario and furniture not in case.advice, furniture


def test_the_elementor_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # "do not prevent": the UK GDPR and the DPA 2018 both named whole
    assert cited(ELEMENTOR, catalog) == {("children-act-2004", "section 11"), ("children-act-2004", "section 10"),
                                         ("children-act-1989", "section 17"), ("children-act-1989", "section 47"),
                                         ("gdpr", None), ("data-protection-act-2018", None),
                                         ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
                                         ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                         ("common-law-duty-of-confidence", None), ("echr", "article 8"),
                                         ("human-rights-act-1998", None),
                                         ("crime-and-disorder-act-1998", "section 115")}
    # "Section 10 of the same Act": the Children Act 2004; "section 47 of that Act": the Children Act 1989
    assert ("children-act-2004", "section 10", "") in _cited_beside(ELEMENTOR, catalog, "Section 10 of the same Act")
    assert ("children-act-1989", "section 47", "") in _cited_beside(ELEMENTOR, catalog, "section 47 of that Act")
    # the three documents of the icon list
    assert guidance(ELEMENTOR, catalog) == {WORKING_TOGETHER, ADVICE,
                                            "marlowvale-multi-agency-information-sharing-protocol"}
    assert unseen(ELEMENTOR).meta.jurisdictions == ("England",)


def test_the_wordpress_themes_and_plugins_chrome_is_dropped() -> None:
    for furniture in ("Skip to content", "Marlowvale Safeguarding Children Partnership", "logo",
                      "everyone’s business", "Main Menu", "Menu Toggle", "Continuum of need",
                      "Resolving professional differences", "Learning from reviews", "Parents and carers",
                      "Children and young people", "Three practitioners", "Photo:", "training day", "Illustration",
                      "adult’s hand", "Make a referral", "Contact the Front Door", "Share this page", "Share on",
                      "Last updated", "12 March 2025", "Contact us", "Civic Centre", "MV1 4QT", "01632 963 100",
                      "mscp@", "Useful links", "Accessibility statement", "Privacy notice", "Cookie policy",
                      "Sitemap", "Copyright", "©", "Powered by", "Astra", "Scroll to Top", "We value your privacy",
                      "cookies", "Customise", "Reject All", "Accept All", "Consent Preferences", "Always Active",
                      "Analytics", "Save My Preferences", "Cookieyes", "elementor", "FAQPage", "schema.org",
                      "https://"):
        assert not [t for t in _texts(ELEMENTOR) if furniture in t], furniture
    for label in ("Home", "Professionals", "Information sharing", "Training", "About us", "Contact", "Facebook", "X",
                  "LinkedIn", "Necessary", "Close", "Myth", "Myth:", "Fact", "Fact:"):
        assert label not in passages(ELEMENTOR), label


# ---------------------------------------------------------------------------------------------
# A nursery school's policy made in Word from its built-in parts


WORD = "hollowmere-nursery-school-isp-cover-page-word.docx"
WORD_MYTHS = {
    "I need a parent’s permission before I tell the designated safeguarding lead about a worry": (
        "no", "Nobody needs a parent’s permission to pass a worry to the designated safeguarding lead. Telling the DSL "
              "is how our safeguarding arrangements work, and it is never a breach of confidence."),
    "Data protection law stops the nursery sharing information with children’s social care": (
        "no", "Data protection law allows us to share what is necessary and proportionate to keep a child safe. It "
              "makes sure that we share lawfully and securely; it does not stop us sharing."),
    "Something a parent tells their child’s key person in confidence can never be passed on": (
        "no", "Staff respect confidences, but they cannot keep to themselves anything that suggests a child may be at "
              "risk of harm. Tell the parent that you will need to share it with the DSL, unless that would put the "
              "child at greater risk.")}
WORD_CONTACTS = ("Designated safeguarding lead: Mrs Grace Adeyemi, Headteacher – 01632 960 310",
                 "Deputy designated safeguarding lead: Mr Daniel Osei – 01632 960 311",
                 "Hollowmere Children’s Front Door: 01632 960 500",
                 "Emergency Duty Team (evenings and weekends): 01632 960 599",
                 "Local authority designated officer (LADO): 01632 960 520")


def test_the_word_policys_cover_title_and_numbered_headings() -> None:
    # the Title control is the title; the headings numbered by the list applied to them, keyed by their numbers
    assert sections(WORD) == [
        ("s1", "Information Sharing Policy"), ("1", "Purpose and scope"), ("2", "The law"), ("2.1", "Our duties"),
        ("2.2", "Data protection and confidentiality"), ("3", "How we share information"), ("4", "Myths and facts"),
        ("5", "Records"), ("5.1", "Recording decisions"), ("5.2", "When a child moves on"),
        ("6", "Case example: Ellie, aged 3")]
    # the cover's other controls (the school's name, the subtitle, the date) and the line under them are its
    # particulars; the contents are Word's
    assert passages(WORD, "front") == []
    assert passages(WORD, "s1") == []


def test_the_word_policys_sidebar_is_read_once_after_the_paragraph_it_is_anchored_in() -> None:
    purpose = passages(WORD, "1")
    assert purpose[0] == ("This policy explains how staff at Hollowmere Nursery School share information to keep "
                          "children safe: when we share, what we share, who with, and how we record our decisions. "
                          "Every child who comes to us is at the heart of it.")
    assert purpose[-1] == ("It applies to all staff, students on placement, volunteers and members of the governing "
                           "board, and forms part of the school’s safeguarding arrangements.")
    assert _in_order("\n".join(purpose[1:-1]), WORD_CONTACTS)
    # the box is saved twice (DrawingML and its VML copy): its text is read once
    joined = "\n".join(passages(WORD))
    for contact in WORD_CONTACTS:
        assert joined.count(contact) == 1, contact


def test_the_word_policys_footnotes_support_their_paragraph(catalog: Catalog) -> None:
    duties = passages(WORD, "2.1")
    assert _unmarked(duties[0]) == (
        "As a maintained nursery school, the governing board must make sure that the school’s functions are carried "
        "out with a view to safeguarding and promoting the welfare of children. As an early years provider, we must "
        "also meet the safeguarding and welfare requirements of the Statutory Framework for the Early Years "
        "Foundation Stage (2024).")
    joined = "\n".join(passages(WORD))
    for note in ("Education Act 2002, section 175.", "Childcare Act 2006, section 40."):
        assert joined.count(note) == 1, note
    found = {(basis, provision) for basis, provision, _ in unseen_cited(WORD, catalog, "2.1")}
    assert {("education-act-2002", "section 175"), ("childcare-act-2006", "section 40"),
            ("children-act-1989", "section 47")} <= found


def test_the_word_policys_myth_table_under_its_merged_header() -> None:
    myths = unseen_myths_in(WORD)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == WORD_MYTHS
    table = passages(WORD, "4")
    assert table[0] == ("Staff and parents sometimes tell us things about information sharing that are not right. The "
                        "table sets out the facts.")
    # the header's merged cells read once each; a row is its belief and its answer, the crosses and ticks no text
    assert table[1:] == ["Myth | Fact"] + [f"{statement}. | {answer}" for statement, (_, answer) in WORD_MYTHS.items()]
    assert not [t for t in passages(WORD) if any("\ue000" <= c <= "\uf8ff" for c in t)]


def test_the_word_policys_case() -> None:
    [case] = unseen_cases(WORD)
    assert case.section == "6" and case.setting == "Ellie, aged 3"
    assert case.scenario.startswith("Ellie, aged 3, came to nursery on a Monday with a bruise on her cheek.")
    assert case.scenario.endswith("children’s social care began enquiries under section 47 of the Children Act 1989.")
    assert case.advice == ("Each note on its own seemed minor. Because the key person recorded carefully and the DSL "
                           "read the whole file, the pattern was seen and shared on the same day.")
    assert "What we learned" not in case.scenario and "What we learned" not in case.advice


def test_the_word_policys_law_guidance_and_nation(catalog: Catalog) -> None:
    assert cited(WORD, catalog) == {("education-act-2002", "section 175"), ("childcare-act-2006", "section 40"),
                                    ("children-act-1989", "section 47"), ("gdpr", None),
                                    ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                    ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                    ("common-law-duty-of-confidence", None), ("echr", "article 8")}
    assert guidance(WORD, catalog) == {EYFS, KCSIE, WORKING_TOGETHER, ADVICE}
    assert unseen(WORD).meta.jurisdictions == ("England",)


def test_the_word_policys_cover_contents_header_and_footer_are_dropped() -> None:
    for furniture in ("Contents", "PAGEREF", "_Toc", "\t", "HNS-SG-04", "Ref:", "Version 3.0", "Page ",
                      "September 2024", "Approved by", "8 October 2024", "Next review", "September 2025",
                      "Safeguarding and child protection", "Information Sharing Policy", "Nursery School |"):
        assert not [t for t in passages(WORD) if furniture in t], furniture
    # (the sidebar's own title, "Key contacts", is its text, as round 25's box's "Myth or fact?" was)
    for label in ("Hollowmere Nursery School", "Purpose and scope", "The law", "Our duties", "Myth", "Fact"):
        assert label not in passages(WORD), label


# ---------------------------------------------------------------------------------------------
# A youth service's staff page on Google Sites


SITES = "kelderton-youth-service-google-sites-page.html"
SITES_MYTHS = {
    "If a young person tells me something in confidence, I can’t pass it on": (
        "no", "Never promise to keep a secret. Tell the young person that you may need to share what they tell you to "
              "keep them, or someone else, safe, and explain who you will tell and why."),
    "I can only share a worry if I’m sure that abuse is happening": (
        "no", "You need a reason to be worried, not proof. Share your worry with the duty safeguarding officer and let "
              "children’s social care decide whether to make enquiries."),
    "I can tell the duty safeguarding officer about a worry without asking the young person first": (
        "yes", "Passing a worry to the duty safeguarding officer is part of how the Youth Service keeps young people "
               "safe, and it does not need the young person’s agreement. Tell them what you are going to do, unless "
               "that would put them at risk.")}
SITES_VERDICTS = {"no": "Myth.", "yes": "Fact."}


def test_the_google_sites_pages_headings_by_tag_and_by_class() -> None:
    # the paragraphs styled as subheadings by their class alone are headings to the eye; a collapsible
    # group's title stating a belief is no heading; no heading holds its "Copy heading link" button
    assert sections(SITES) == [
        ("s1", "Sharing information about children and young people"), ("s2", "Why we share information"),
        ("s3", "What the law says"), ("s4", "Myth or fact?"), ("s5", "Case example: Tyler, aged 15"),
        ("s6", "Recording your decision"), ("s7", "Our procedure")]
    # the skip links, the navigation panel and the header are the site's
    assert passages(SITES, "front") == []
    assert passages(SITES, "s1") == [
        "Youth workers often hear things that no one else does. This page explains when you should share information "
        "about a child or young person, what the law says, and how to record your decision. It is for all Kelderton "
        "Youth Service staff and volunteers, in our centres, on detached work and in schools.",
        "If a young person is in immediate danger, call 999. For advice, call the duty safeguarding officer on 01632 "
        "964 210 (9am to 9pm, Monday to Friday). At any other time, contact the Emergency Duty Team on 01632 964 299."]


def test_the_google_sites_pages_sentences_are_read_whole_across_their_spans() -> None:
    assert under(SITES, "Why we share information") == [
        "Young people come to us because they trust us, and that trust matters. But keeping a young person safe "
        "matters more than keeping a secret. If something you see or hear makes you worried that a young person is "
        "being harmed, or is at risk of harm, you must pass it on.",
        "Share early. A worry shared today can mean help for a family before things get worse, and a young person "
        "protected before harm is done."]
    law = under(SITES, "What the law says")
    assert len(law) == 5
    assert law[0] == ("Kelderton Borough Council, which runs the Youth Service, must make arrangements to ensure that "
                      "its functions are discharged having regard to the need to safeguard and promote the welfare of "
                      "children, under section 11 of the Children Act 2004.")
    assert law[-1] == ("We follow Working Together to Safeguard Children 2023 and Information sharing: advice for "
                       "practitioners providing safeguarding services (2024).")
    assert under(SITES, "Recording your decision") == [
        "Record every decision on the young person’s file on Charms the same day: what you were worried about, what "
        "you shared, with whom, when and why. If you decided not to share, or to share without consent, record your "
        "reasons too."]
    # the embedded document's label, fallback text and title strip are the viewer's
    assert under(SITES, "Our procedure") == [
        "The full procedure sets out each step, with the forms to use. The Head of Youth Services reviews it every "
        "year."]


def test_the_google_sites_collapsible_groups_are_myths_answered_in_their_panels() -> None:
    # the panels start hidden (aria-hidden, and the style sheet's display:none): a reader opens them
    myths = unseen_myths_in(SITES)
    # "Myth." and "Fact." say what each belief is: the verdict, no part of the answer
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == SITES_MYTHS
    # each title a paragraph over its panel's, the panel's bold "Myth." or "Fact." opening it as typed
    assert under(SITES, "Myth or fact?") == ["Three things we often hear at team meetings. Two of them are wrong."] + [
        part for statement, (verdict, answer) in SITES_MYTHS.items()
        for part in (f"“{statement}.”", f"{SITES_VERDICTS[verdict]} {answer}")]


def test_the_google_sites_pages_case() -> None:
    [case] = unseen_cases(SITES)
    assert case.setting == "Tyler, aged 15"
    assert case.scenario.startswith("Tyler, aged 15, had been coming to the Thursday session at Northgate youth "
                                    "centre for a year.")
    assert case.scenario.endswith("Children’s social care began an assessment under section 17 of the Children Act "
                                  "1989 the next morning.")
    # the lesson ends where the next heading, styled by its class alone, begins
    assert case.advice == ("being honest with Tyler about what would happen next kept his trust, and he still comes to "
                           "the centre. Sharing that evening meant that he did not spend another night without a safe "
                           "place to sleep.")
    for later in ("What we learned", "Recording your decision", "Charms"):
        assert later not in case.scenario and later not in case.advice, later


def test_the_google_sites_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # "Data protection law supports sharing": neither Act named whole
    assert cited(SITES, catalog) == {("children-act-2004", "section 11"), ("children-act-1989", "section 47"),
                                     ("children-act-1989", "section 17"),
                                     ("crime-and-disorder-act-1998", "section 115"), ("gdpr", "article 6(1)(e)"),
                                     ("gdpr", "article 9(2)(g)"),
                                     ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                     ("common-law-duty-of-confidence", None)}
    # the bold run "section 11 of the Children Act 2004" cites the Act though its span is split from the sentence
    assert ("children-act-2004", "section 11", "") in _cited_beside(SITES, catalog, "Kelderton Borough Council, which")
    # not the embedded procedure, which only the viewer names
    assert guidance(SITES, catalog) == {WORKING_TOGETHER, ADVICE}
    assert unseen(SITES).meta.jurisdictions == ("England",)


def test_the_google_sites_chrome_is_dropped() -> None:
    for furniture in ("Skip to main content", "Skip to navigation", "Open navigation", "Navigation panel",
                      "Expand/Collapse", "Site home", "staff hub", "Search this site", "Open search bar",
                      "Clear search", "Close search bar", "Sessions and rotas", "Reporting a concern", "Online safety",
                      "Copy heading link", "Procedure v4", "Your browser", "Google Docs", "Pop-out",
                      "Open in new window", "in new window", "do not share links", "outside the service",
                      "Site actions", "Google Sites", "Report abuse", "Page details", "Page updated",
                      "14 January 2025", "09:36", "preview mode", "WIZ_global_data", "_docs_flag", "AIzaSy",
                      "google.com/url", "https://"):
        assert not [t for t in _texts(SITES) if furniture in t], furniture
    for label in ("Home", "Safeguarding", "Sharing information", "Training", "Contacts", "More", "Myth.", "Fact.",
                  "What we learned:"):
        assert label not in passages(SITES), label
