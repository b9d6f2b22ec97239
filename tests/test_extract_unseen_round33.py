"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 33),
each read first as a careful reader would.

* `kilnworth-primary-safeguarding-page-school-website.html`: a primary school's "Safeguarding" page
  on a school-website builder, saved from the browser. The builder's furniture: the tracking scripts
  and a JSON-LD block in the head; a cookie bar ("This website uses cookies ...", "Accept all
  cookies", "Essential cookies only"); "Skip to content"; a top bar with the office's telephone
  number and e-mail address, the Google Translate widget as the browser left it rendered ("Select
  Language" over a list of languages, "Powered by" and the "Translate" logo link) and a search box
  ("Search site...", "Go"); the header (the crest's alternative text, the school's name, its motto
  "Let your light shine (Matthew 5:16)"); the main menu ("Menu", "About Us", "Key Information", ...
  with their drop-downs); a banner holding the breadcrumb ("You are here: Home › Key Information ›
  Safeguarding"); the page tools under the `<h1>` ("Print this page", "Share: Facebook X Email");
  "Back to top ↑"; a sidebar ("In this section", "Latest news" with dated stories, "Upcoming events",
  "View all news", "View calendar"); and the footer (the address, "Headteacher: Mrs H. Okafor", the
  Ofsted, Artsmark and Healthy Schools badges' alternative text, "Follow us on ...", "Privacy
  notice", "Cookie policy", "Accessibility statement", "Sitemap", "Log in", the copyright line and
  "School website design by Schoolsite Studio"). The page itself, under `<h1>` "Safeguarding": an
  opening paragraph; "Our safeguarding team" (`<h2>`), a list of staff cards, each a photo (its
  alternative text "Photo of ...": no text of the card) over the name in bold and the role after a
  comma, then a paragraph; "Information sharing: our policy at a glance" (`<h2>`), a paragraph, an
  "Expand all" button and an accordion of five items whose titles are no headings in the markup
  (`div.accordion__title` with `role="button"`, a "+" icon in a span of its own before the title)
  over panels that start `hidden` (the page's script opens them): "Why we share information",
  "The law that allows us to share", "How we decide what to share" (a lead-in over a list, then a
  paragraph), "Child protection files when a pupil leaves", and "Case example: Ruby, aged 6" (the
  story in two paragraphs, a bold "What we learned" on a line of its own, the lesson); "Myth or
  fact?" (`<h2>`), a paragraph ("... None of them is true.") over three flip cards, each card's
  front a "Myth" badge over the belief in curly quotation marks and a "Tap to turn over ↻" hint, and
  its back (`aria-hidden="true"` until the card is turned: the page's script turns it) a "Fact" badge
  over the answer; "Worried about a child?" (a paragraph of numbers); and "Our policies", an
  embedded Google Drive viewer (an `<iframe>` whose fallback says "Your browser does not support
  embedded documents. Open the policy in Google Drive.", and a `<noscript>` line) over a list of
  files, each link holding an icon's label ("PDF", "Link"), the document's name, its particulars in
  brackets ("(PDF, 412 KB, updated September 2024)", "(GOV.UK, opens in a new tab)") and a "Download
  PDF" label. A careful reader takes each accordion title as a section under the `<h2>` that holds
  the accordion, reads the panels though they start hidden and the cards' backs though they are
  hidden from screen readers until turned, takes the "Myth" and "Fact" badges as what each side of a
  card holds (the verdict, not part of the belief or the answer), and reads the list of files as the
  names of the documents. Sections: "Safeguarding", "Our safeguarding team", "Information sharing:
  our policy at a glance" over its five accordion titles, "Myth or fact?", "Worried about a child?",
  "Our policies". Law: Education Act 2002 s175, Children Act 1989 s17 and s47 ("section 47 of that
  Act", and again in the case), the UK GDPR and the DPA 2018 named whole ("do not prevent, or
  limit"), UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18, ECHR Article 8 and the
  HRA 1998, the common law duty of confidentiality. Guidance: KCSIE 2024 (named in the panels and
  its part one in the list of files), Working Together 2023, and the school's own policies in the
  list (the Child Protection and Safeguarding Policy, named in the summary too, the Online Safety
  Policy, the Whistleblowing Policy). Myths: three, all false, each answered on the back of its card.
  Case: Ruby, aged 6, the lesson after "What we learned". Furniture: all of the builder's chrome
  above, the photos' text, "Expand all" and the "+" icons, the cards' hints, the viewer's fallback
  and the `<noscript>` line, the files' icons, particulars and "Download PDF". Nation: England.
* `cwmeirin-council-practice-handbook-asciidoc.txt`: a page of a Welsh council's practice handbook
  written in AsciiDoc for an Antora site, saved as its source (in a `.txt`: the reader takes no
  `.adoc`). The document header: the title (`= ...`), an author line (the service's name and its
  e-mail address in angle brackets), a revision line ("v3.2, 2025-01-20: Updated for ..."), and
  attribute entries (`:description:`, `:keywords:`, `:page-...:`, `:toc: left`, `:toc-title: On this
  page`, `:sectnums:`, `:icons: font`, three `:url-...:` addresses, and two that name what the page
  then writes as references: `:iaa: Cwmeirin Information, Advice and Assistance team` and
  `:ssw-act: Social Services and Well-being (Wales) Act 2014`); two `//` comments (the page's owner
  and review date, and a to-do naming the Domestic Abuse Act 2021); a block image (`image::...[...]`,
  the council's logo). A careful reader reads each attribute reference (`{iaa}`, `{ssw-act}`, and
  the `{url-...}` addresses of the links) as the value the header gives it, and a block's text as
  one paragraph however many lines its source takes (one sentence a line). The body: a `[.lead]`
  paragraph; an `[IMPORTANT]` admonition delimited by `====` (its text: the emergency numbers, with
  `{iaa}`); "Why sharing matters" (`==`): a paragraph, a lead-in over three `*` bullets, the last
  holding an `xref:recording.adoc[Recording your decisions]` (its text, "Recording your
  decisions"), and a `TIP:` paragraph; "The law in Wales" (`==`): a paragraph with an inline
  `footnote:[...]` (Asciidoctor sets the note's text at the foot of the page and a number where it
  stands), a paragraph, a `NOTE:` paragraph; "Data protection and confidentiality" (`===`): a
  paragraph, a table with a title (`.The lawful bases most often used`), a `[cols=...,
  options="header"]` line, `|===` delimiters, a header row and two rows of three cells, each cell on
  a line of its own opened by `|`; then two paragraphs. "Common questions" (`==`): a `[qanda]` list,
  four questions each ending in `::` over its answer. "Case example: Cerys, aged 13" (`==`): an
  example block (`====`) titled `.What happened` holding the story in two paragraphs, and a sidebar
  (`****`) titled `.What we learned` holding the lesson. "Further reading" (`==`): four links as `*`
  bullets, three of them `{url-...}[text^]` (the caret: open in a new window) and one an `xref:`.
  Then an `include::partial$...[]` directive (a fragment not in the file) and an
  `ifdef::backend-pdf[]` ... `endif::[]` conditional holding a page break (`<<<`) for the PDF. With
  `:icons: font` the admonitions' labels are icons: a careful reader reads the admonition's text
  alone. Sections: the title, "Why sharing matters", "The law in Wales", "Data protection and
  confidentiality", "Common questions", "Case example: Cerys, aged 13", "Further reading"; neither a
  block's title (".What happened", ".What we learned", the table's) heads a section. Law: SSWB (Wales)
  Act 2014 s130 (by the attribute) and (in the note) s130(4), Children Act 2004 s28, Children Act
  1989 s47, Crime and Disorder Act 1998 s115, the UK GDPR and the DPA 2018 named whole ("do not stop
  you reporting"), UK GDPR Articles 6(1)(e), 9 ("special category data") and 9(2)(g), DPA 2018
  Schedule 1 Part 2 para 18, ECHR Article 8 and the HRA 1998, the common law duty of
  confidentiality; not the comment's Domestic Abuse Act 2021, and no citation of the 2014 Act from
  the attribute's definition alone. Guidance: the Wales Safeguarding Procedures, WASPI; Working
  Together to Safeguard People is Wales's, not England's Working Together. Myths: the four
  questions, three answered "No." and one "It depends." Case: Cerys, aged 13, the sidebar's lesson as
  its advice. Furniture: the header's author, revision and attribute lines, the comments, the image,
  the role and block attribute lines, the delimiters, the admonition labels, the `::` of the
  questions, the table's `|` marks, the link targets and carets, the include, the conditional and the
  page break. Nation: Wales.
* `lisdargan-hsc-trust-intranet-drupal-key-contacts.html`: a Northern Ireland health and social care
  trust's intranet page ("StaffNet", built with Drupal 10), saved from the browser as "Web Page, HTML
  only": the browser's `<!-- saved from url=(0082)... -->` comment, the stylesheets and scripts
  pointing into a `_files` folder that was not saved, Drupal's `drupal-settings-json` block. Drupal's
  chrome: "Skip to main content"; the branding block (the logo's alternative text "Home", the site's
  name "StaffNet", the slogan naming the trust); the search block ("Search", "Search StaffNet"); the
  account menu and the main menu, each under a visually hidden `<h2>` ("User account menu", "Main
  navigation"); a site-wide alert ("IT notice: PARIS will be unavailable ... See planned outages");
  the breadcrumb under its visually hidden `<h2>` "Breadcrumb"; the node's fields after the body
  ("Page owner", "Last reviewed" with its date, "Tags" with three terms); a "Was this page helpful?"
  webform (Yes/No radios, a comments box, "Send feedback", hidden tokens); the right-hand column's
  "Related documents" (file links with their sizes) and "Quick links" (Datix, HRPTS, rotas, ...);
  and the footer ("StaffNet is for ... staff only ...", copyright, "Accessibility", "Privacy",
  "Contact the web team", "Powered by Drupal"). The page: the `<h1>` title (in a field's span), the
  body field (an opening paragraph and an urgent callout with the Gateway Team's and the out-of-hours
  service's numbers; `<h2>`s "Why sharing matters", "The law in Northern Ireland" (five paragraphs),
  "Common misunderstandings" (a paragraph ending "None of them is right." over a definition list:
  each `<dt>` a belief in curly quotation marks, its `<dd>` the answer), "Case example: Orla, aged 3
  months" (two paragraphs, a bold "What we learned" alone, the lesson), "Recording your decision"),
  and, in the right-hand column, the "Key contacts" block: a Views list of five rows, each the
  contact's name (a link to the staff directory), the role, and "Ext:", "Bleep:" or "Tel:" labels
  before their numbers, with an "Email ..." link in two. A careful reader takes the Key contacts as
  the page's own last section, each row as one contact (name, role and number together), and the
  rest of the column as the site's navigation. Sections: the title, "Why sharing matters", "The law
  in Northern Ireland", "Common misunderstandings", "Case example: Orla, aged 3 months", "Recording
  your decision", "Key contacts"; no visually hidden `<h2>`, "Related documents", "Quick links" or
  "Was this page helpful?". Law: Children (Northern Ireland) Order 1995 Articles 66 and 18 ("Article
  18 of the Order"; Article 66 again in a myth's answer), the Criminal Law Act (Northern Ireland) 1967
  s5 (not in the catalog: a flagged node), the Safeguarding Board Act (Northern Ireland) 2011 named
  whole, the UK GDPR and the DPA 2018 named whole ("do not prevent you sharing"), UK GDPR Articles
  6(1)(e), 9 and 9(2)(h), DPA 2018 Schedule 1 Part 2 para 18, the common law duty of
  confidentiality, ECHR Article 8 and the HRA 1998. Guidance: Co-operating to Safeguard Children and
  Young People in Northern Ireland (2017, not the 2003 edition), the DHSSPS code on the
  confidentiality of service user information; not the Caldicott Principles, the trust's policy or
  the UNOCINI form, which only "Related documents" lists. Myths: three, all false, each answered by
  its `<dd>`. Case: Orla, aged 3 months, with what was learned. Furniture: all the chrome above, the
  fields, the webform, the contacts' "Email ..." links. Nation: Northern Ireland.
"""

from __future__ import annotations

import re

from helpers import (
    in_order,
    unmarked,
    unseen,
    unseen_cases,
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
_texts, under = unseen_texts, unseen_under
_in_order, _unmarked = in_order, unmarked


def _catalogued(ids: set[str], catalog: Catalog) -> set[str]:
    """The ids of `ids` that are the catalog's own (not a local document's title made an id)."""
    return ids & {entry.id for entry in catalog.entries}


# ---------------------------------------------------------------------------------------------
# A school's "Safeguarding" page on a school-website builder


SCHOOL = "kilnworth-primary-safeguarding-page-school-website.html"
SCHOOL_MYTHS = {
    "I can’t tell anyone if a child asks me to keep a secret": (
        "no", "Staff must never promise a child to keep a secret. Tell the child, in a way they understand, that you "
              "will need to tell the people who can help, and pass on what they said to the designated safeguarding "
              "lead straight away."),
    "The school needs a parent’s permission before it contacts children’s social care": (
        "no", "We usually talk to parents about our worries first, but we do not need their consent to make a "
              "referral, and we will not ask for it where that could put the child at greater risk or cause a "
              "delay."),
    "Only the designated safeguarding lead can make a referral": (
        "no", "Anyone can make a referral to children’s social care. Staff should tell the designated safeguarding "
              "lead first, but if a child is in immediate danger, or no one from the safeguarding team can be "
              "reached, they should contact children’s social care or the police themselves.")}


def test_the_school_pages_accordion_titles_are_sections() -> None:
    # the accordion's titles are no headings in the markup, but each heads the panel it opens
    assert sections(SCHOOL) == [
        ("s1", "Safeguarding"), ("s2", "Our safeguarding team"), ("s3", "Information sharing: our policy at a glance"),
        ("s4", "Why we share information"), ("s5", "The law that allows us to share"),
        ("s6", "How we decide what to share"), ("s7", "Child protection files when a pupil leaves"),
        ("s8", "Case example: Ruby, aged 6"), ("s9", "Myth or fact?"), ("s10", "Worried about a child?"),
        ("s11", "Our policies")]
    # the top bar (the office's numbers, the translate widget, the search box) is the site's chrome
    assert passages(SCHOOL, "front") == []
    assert passages(SCHOOL, "s1") == [
        "At Kilnworth Church of England Primary School the safety and welfare of every child comes first. Everyone "
        "who works or volunteers here shares the responsibility for keeping children safe, and that includes passing "
        "on a worry about a child to the people who can help."]
    # the "Expand all" button is no text of the section that holds the accordion
    assert passages(SCHOOL, "s3") == [
        "This summary explains how and why staff at Kilnworth share information to keep pupils safe. It is part of "
        "our Child Protection and Safeguarding Policy, which you can read in full at the foot of this page."]


def test_the_school_pages_staff_cards_and_hidden_panels_are_read() -> None:
    # a card's photo is no text; its name and role are
    assert under(SCHOOL, "Our safeguarding team") == [
        "Mrs Helen Okafor, Headteacher and Designated Safeguarding Lead\n"
        "Mr Tom Reyes, Deputy Headteacher and Deputy Designated Safeguarding Lead\n"
        "Miss Priya Shah, SENCo and Deputy Designated Safeguarding Lead\n"
        "Revd Andrew Blake, Safeguarding Governor",
        "If you are worried about a child, please speak to one of us straight away, in person or by phoning the "
        "school office."]
    # the panels start hidden: the page's script opens them, and a reader reads them
    assert under(SCHOOL, "The law that allows us to share") == [
        "As a maintained school, we must make arrangements to safeguard and promote the welfare of our pupils under "
        "section 175 of the Education Act 2002. Where a child may be in need, children’s social care assess their "
        "needs under section 17 of the Children Act 1989. Where there is reasonable cause to suspect that a child is "
        "suffering, or is likely to suffer, significant harm, they make enquiries under section 47 of that Act, and "
        "we must help them.",
        "The UK GDPR and the Data Protection Act 2018 do not prevent, or limit, the sharing of information to keep "
        "children safe. Our lawful basis is usually Article 6(1)(e) of the UK GDPR, a task carried out in the public "
        "interest. Information about a child’s health, ethnicity or religion needs a condition under Article 9 as "
        "well: Schedule 1, Part 2, paragraph 18 of the Data Protection Act 2018 allows us to share it, without "
        "consent where necessary, to safeguard a child.",
        "Sharing must also respect a family’s right to respect for their private and family life under Article 8 of "
        "the European Convention on Human Rights, which the Human Rights Act 1998 makes part of UK law, and the "
        "common law duty of confidentiality. Both allow sharing that is necessary and proportionate to protect a "
        "child."]
    assert under(SCHOOL, "How we decide what to share") == [
        "When a member of staff has a worry about a child, they:\n"
        "write down what they saw or heard, in the child’s own words where they can, and sign and date it\n"
        "pass it to the designated safeguarding lead the same day, or at once if the child may be at risk of harm\n"
        "share only what is necessary and proportionate, with the people who need to know it\n"
        "record what was shared, with whom, when and why, on CPOMS",
        "We are open with parents about our worries, unless telling them would put the child at greater risk of harm "
        "or get in the way of enquiries by the police or children’s social care."]
    assert under(SCHOOL, "Why we share information")[1] == (
        "Staff follow Keeping children safe in education 2024, and we work with other agencies as Working Together to "
        "Safeguard Children 2023 sets out.")
    assert under(SCHOOL, "Child protection files when a pupil leaves")[0].endswith(
        "or within the first five school days of a new term, as Keeping children safe in education 2024 asks.")


def test_the_school_pages_flip_cards_are_myths_answered_on_their_backs() -> None:
    # the back of a card is hidden from screen readers until it is turned: it is the answer all the same
    myths = unseen_myths_in(SCHOOL)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == SCHOOL_MYTHS
    cards = under(SCHOOL, "Myth or fact?")
    assert cards[0] == "We still hear these beliefs from staff, volunteers and parents. None of them is true."
    joined = "\n".join(cards)
    assert _in_order(joined, tuple(part for statement, (_, answer) in SCHOOL_MYTHS.items()
                                   for part in (statement, answer)))
    # the badges say what each side holds; the hint is the widget's
    for text in cards:
        assert not re.search(r"\b(?:Myth|Fact)\b", text) and "Tap to turn over" not in text and "↻" not in text, text


def test_the_school_pages_case_in_its_panel() -> None:
    [case] = unseen_cases(SCHOOL)
    assert case.setting == "Ruby, aged 6"
    assert case.scenario.startswith("Ruby, aged 6, told her teaching assistant that she did not like going to her "
                                    "uncle’s flat at weekends")
    assert case.scenario.endswith("held a strategy discussion that afternoon and began enquiries under section 47 of "
                                  "the Children Act 1989.")
    assert case.advice == ("The teaching assistant listened, made no promise, and passed on Ruby’s words exactly and "
                           "quickly. Sharing without her mother’s consent was the right decision: asking first could "
                           "have put Ruby at greater risk of harm.")
    for later in ("Myth", "secret.”", "Worried about a child", "01632"):
        assert later not in case.advice, later


def test_the_school_pages_list_of_files_is_the_documents_names(catalog: Catalog) -> None:
    # the viewer's fallback and the <noscript> line are no text; each file's icon label, particulars and
    # "Download PDF" are the list's furniture
    assert under(SCHOOL, "Our policies") == [
        "Child Protection and Safeguarding Policy\n"
        "Online Safety Policy\n"
        "Whistleblowing Policy\n"
        "Keeping children safe in education 2024: part one, for all staff"]
    # the school's own policies are documents the page points to, beside the national guidance
    assert guidance(SCHOOL, catalog) == {KCSIE, WORKING_TOGETHER, "child-protection-and-safeguarding-policy",
                                         "online-safety-policy", "whistleblowing-policy"}


def test_the_school_pages_law(catalog: Catalog) -> None:
    # "do not prevent, or limit, the sharing": the UK GDPR and the DPA 2018 both named whole
    assert cited(SCHOOL, catalog) == {("education-act-2002", "section 175"), ("children-act-1989", "section 17"),
                                      ("children-act-1989", "section 47"), ("gdpr", None),
                                      ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                      ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                      ("echr", "article 8"), ("human-rights-act-1998", None),
                                      ("common-law-duty-of-confidence", None)}
    # "section 47 of that Act": the Children Act 1989, named just before, in the panel's own section
    assert ("children-act-1989", "section 47", "") in unseen_cited(SCHOOL, catalog, "s5")
    assert unseen(SCHOOL).meta.jurisdictions == ("England",)


def test_the_school_websites_chrome_is_dropped() -> None:
    for furniture in ("cookies", "Cookie", "Skip to content", "01632 960 145", "office@", "Select Language",
                      "Powered by", "Translate", "Search site", "crest", "Let your light shine", "About Us",
                      "Key Information", "You are here", "›", "Print this page", "Share:", "Facebook", "Photo of",
                      "Expand all", "Tap to turn over", "Your browser does not support", "Google Drive",
                      "JavaScript", "PDF", "KB", "Download", "opens in a new tab", "Back to top", "In this section",
                      "Latest news", "Castle", "World Book Day", "Safer Internet Day", "View all news",
                      "Upcoming events", "evening", "Easter", "View calendar", "Church Lane", "KW4",
                      "Headteacher: Mrs H. Okafor", "Ofsted", "Artsmark", "Healthy Schools", "Follow us",
                      "Privacy notice", "Accessibility statement", "Sitemap", "Log in", "©", "voluntary aided",
                      "Schoolsite Studio", "website design", "gtag", "schema.org", "https://"):
        assert not [t for t in _texts(SCHOOL) if furniture in t], furniture
    for label in ("Go", "Menu", "Home", "+", "Myth", "Fact", "Link"):
        assert label not in passages(SCHOOL), label


# ---------------------------------------------------------------------------------------------
# A Welsh council's handbook page in AsciiDoc, for an Antora site


ADOC = "cwmeirin-council-practice-handbook-asciidoc.txt"
ADOC_MYTHS = {
    "Do I need the parents' consent before I report a child at risk?": (
        "no", "The duty to report under section 130 does not depend on consent. Tell the family that you are making "
              "a report, unless that would put the child at greater risk or get in the way of an enquiry, and record "
              "your reasons."),
    "Will the family find out that I made the report?": (
        "no", "The council does not tell families who reported a concern, unless a court orders it. If you are "
              "worried for your own safety, say so when you report."),
    "Does data protection law stop me sharing health information about a child?": (
        "no", "Health information is special category data, but the Data Protection Act 2018 provides a condition "
              "for sharing it to safeguard a child. Share what is necessary and proportionate, securely, and record "
              "what you shared."),
    "Can a 14-year-old stop me sharing what they have told me?": (
        "partly", "A young person who understands what sharing means can usually decide for themselves, and you "
                  "should respect their wishes where you can. But if they, or another child, are at risk of harm, "
                  "their refusal does not stop you sharing.")}
ADOC_NOTE = "Social Services and Well-being (Wales) Act 2014, section 130(4), defines a child at risk."


def test_the_asciidoc_pages_sections() -> None:
    # the document title and the `==`/`===` titles; no block title (".What happened", ".What we learned",
    # the table's) heads a section, and the "On this page" of the table of contents is an attribute's value
    assert sections(ADOC) == [("s1", "Sharing information to safeguard children"), ("s2", "Why sharing matters"),
                              ("s3", "The law in Wales"), ("s4", "Data protection and confidentiality"),
                              ("s5", "Common questions"), ("s6", "Case example: Cerys, aged 13"),
                              ("s7", "Further reading")]
    # the author, revision and attribute lines, the comments and the logo are the header's
    assert passages(ADOC, "front") == []
    # a block's lines are one paragraph; an attribute reference is its value; the admonition's label is an icon
    assert passages(ADOC, "s1") == [
        "This page is for everyone who works with children and families in Cwmeirin: in the council, schools, "
        "health, the police and the voluntary sector. It explains when you must share information about a child at "
        "risk, the law that allows it, and how to share safely.",
        "If a child is in immediate danger, call 999. To report a child at risk, contact the Cwmeirin Information, "
        "Advice and Assistance team on 01632 960 640 (9am to 5pm, Monday to Friday) or the emergency duty team on "
        "01632 960 641 out of hours."]


def test_the_asciidoc_pages_paragraphs_lists_and_admonitions() -> None:
    assert under(ADOC, "Why sharing matters") == [
        "Child practice reviews in Wales keep finding that practitioners each knew something about a child, but that "
        "no one put the pieces together. Sharing a worry early, with the right people, lets families get help before "
        "problems grow, and lets agencies act when a child is at risk.",
        "Three rules hold in every case:\n"
        "Share early: do not wait until you are sure.\n"
        "Share what is necessary and proportionate, with the people who need to know it.\n"
        "Record what you shared, with whom, when and why: see Recording your decisions.",
        "If you are not sure whether to report, talk to your designated safeguarding person, but do not let that "
        "delay a report where a child may be at risk."]
    law = [_unmarked(t) for t in under(ADOC, "The law in Wales") if "defines a child at risk" not in t]
    assert law == [
        "Under section 130 of the Social Services and Well-being (Wales) Act 2014, the council's relevant partners, "
        "among them the police, local health boards and NHS trusts, must tell the council if they have reasonable "
        "cause to suspect that a child is at risk. The Wales Safeguarding Procedures expect every practitioner, "
        "whoever employs them, to report a child at risk in the same way.",
        "Section 28 of the Children Act 2004 requires the council, health boards, the police and other bodies in "
        "Wales to make sure that their functions are discharged having regard to the need to safeguard and promote "
        "the welfare of children. Where a child may be suffering significant harm, the council makes enquiries "
        "under section 47 of the Children Act 1989, which still applies in Wales, and other agencies must help.",
        "The duty to report sits beside the power of the police and the council to share information to prevent "
        "crime and disorder, under section 115 of the Crime and Disorder Act 1998."]
    assert under(ADOC, "Further reading")[0] == (
        "Wales Safeguarding Procedures\n"
        "Wales Accord on the Sharing of Personal Information (WASPI)\n"
        "Working Together to Safeguard People: Volume 5, Handling individual cases to protect children at risk\n"
        "Resolving professional differences in Cwmeirin")


def test_the_asciidoc_pages_table_and_footnote(catalog: Catalog) -> None:
    data = under(ADOC, "Data protection and confidentiality")
    assert data[0] == ("The UK GDPR and the Data Protection Act 2018 do not stop you reporting a child at risk. They "
                       "make sure that you share lawfully, fairly and securely. The table below sets out the lawful "
                       "bases you will use most often.")
    # a row's cells, each typed on a line of its own after a "|", read across the row
    assert [t for t in data if " | " in t] == [
        "Kind of information | Lawful basis | Condition for special category data",
        "Name, address, school and family members | UK GDPR Article 6(1)(e): a task carried out in the public "
        "interest | Not needed",
        "Health, ethnicity, religion and sex life | UK GDPR Article 6(1)(e): a task carried out in the public "
        "interest | UK GDPR Article 9(2)(g), with the condition in Data Protection Act 2018, Schedule 1, Part 2, "
        "paragraph 18"]
    assert data[-1] == ("Partners in Cwmeirin share personal information under the Wales Accord on the Sharing of "
                        "Personal Information (WASPI) and the information sharing protocols agreed under it.")
    # the note's text is read once, apart from the sentence that marks it; its law supports that paragraph
    joined = "\n".join(passages(ADOC))
    assert joined.count(ADOC_NOTE.rstrip(".")) == 1
    assert not [t for t in passages(ADOC) if "at risk.Social Services" in t or "footnote" in t]
    assert ("social-services-and-well-being-wales-act-2014", "section 130(4)", "") in unseen_cited(ADOC, catalog, "s3")


def test_the_asciidoc_pages_qanda_list() -> None:
    myths = unseen_myths_in(ADOC)
    assert {s: m.verdict for s, m in myths.items()} == {s: v for s, (v, _) in ADOC_MYTHS.items()}
    for statement, (_, answer) in ADOC_MYTHS.items():
        # the answer's opening "No." or "It depends." is its verdict, written in the answer
        assert myths[statement].answer.removeprefix("No. ").removeprefix("It depends. ") == answer, statement
    for text in under(ADOC, "Common questions"):
        assert "::" not in text and "[qanda]" not in text, text


def test_the_asciidoc_pages_case_from_its_example_block_and_sidebar() -> None:
    [case] = unseen_cases(ADOC)
    assert case.setting == "Cerys, aged 13"
    assert case.scenario.startswith("Cerys, aged 13, told the school nurse at Ysgol Cwm Eirin that she had been "
                                    "sleeping at a friend's house most nights")
    assert "She reported Cerys as a child at risk to the Cwmeirin Information, Advice and Assistance team that " \
           "afternoon" in case.scenario
    assert case.scenario.endswith("a strategy discussion the next day found that Cerys was at risk of significant "
                                  "harm.")
    assert case.advice == ("The nurse's report was the piece that made sense of what the police already knew. She did "
                           "not need consent to report a child at risk, and she was honest with Cerys about what she "
                           "would share and why.")
    for furniture in ("What happened", "What we learned", "====", "****", "{iaa}", "Further reading", "Wales "
                      "Safeguarding Procedures"):
        assert furniture not in case.scenario and furniture not in case.advice, furniture


def test_the_asciidoc_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # not the Domestic Abuse Act 2021, named only in a comment; the 2014 Act by the sections its attribute's
    # references stand beside, not again from the attribute's definition
    assert cited(ADOC, catalog) == {("social-services-and-well-being-wales-act-2014", "section 130"),
                                    ("social-services-and-well-being-wales-act-2014", "section 130(4)"),
                                    ("children-act-2004", "section 28"), ("children-act-1989", "section 47"),
                                    ("crime-and-disorder-act-1998", "section 115"), ("gdpr", None),
                                    ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                    ("gdpr", "article 9"), ("gdpr", "article 9(2)(g)"),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18"), ("echr", "article 8"),
                                    ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    # "Working Together to Safeguard People" is Wales's guidance, not England's Working Together
    found = guidance(ADOC, catalog)
    assert _catalogued(found, catalog) == {"wales-safeguarding-procedures", "waspi",
                                           "working-together-to-safeguard-people"}  # catalogued in round 43
    assert not [g for g in found if "http" in g or "url" in g or "adoc" in g], found
    assert unseen(ADOC).meta.jurisdictions == ("Wales",)


def test_the_asciidoc_markup_and_header_are_dropped() -> None:
    for furniture in ("= ", ":description:", "childrens.practice@", "v3.2", "2025-01-20", "Updated for the",
                      ":toc", "toc-title", "On this page", "sectnums", "icons", "font", ":url-", "{url-", "{iaa}",
                      "{ssw-act}", ":iaa:", "//", "Page owner", "Next review", "TODO", "Domestic Abuse",
                      "image::", "logo", "[.lead]", "IMPORTANT", "====", "****", "NOTE", "TIP", "[qanda]", "::",
                      "[cols", "options=", "|===", "footnote:", "xref:", ".adoc", "^]", "include::", "partial$",
                      "ifdef::", "endif::", "<<<", "https://", "www."):
        assert not [t for t in _texts(ADOC) if furniture in t], furniture
    for text in _texts(ADOC):
        assert not text.startswith((".", "|", "* ", "[")), text


# ---------------------------------------------------------------------------------------------
# A Northern Ireland trust's Drupal intranet page, saved as "Web Page, HTML only"


TRUST = "lisdargan-hsc-trust-intranet-drupal-key-contacts.html"
TRUST_MYTHS = {
    "I can’t tell the health visitor about a mother’s mental health without her consent": (
        "no", "Where a mother’s mental health may affect her baby’s safety, you can share what the health visitor "
              "needs to know without her consent. Tell the mother what you are sharing and why, unless that would "
              "put the baby at greater risk, and record your decision."),
    "If the police ask for a child’s records, I have to wait for a court order": (
        "no", "The police do not need a court order. You may share what they need to protect a child or to prevent "
              "or detect a crime. Check who is asking and why, share only what is necessary, and ask the "
              "Safeguarding Children Team if you are unsure."),
    "Social work will deal with it, so I don’t need to share what I know": (
        "no", "Social workers can only act on what they are told. Article 66 enquiries depend on every service "
              "sharing what it knows, and every member of staff must pass on a concern about a child.")}
TRUST_CONTACTS = (("Aoife McCann", "Named Nurse for Safeguarding Children", "4471"),
                  ("Dr Ciarán O’Neill", "Named Doctor for Safeguarding Children", "4478"),
                  ("Safeguarding Children Team", "Advice line, 9am to 5pm, Monday to Friday", "4470"),
                  ("Gateway Team", "Referrals about children", "028 9649 6100"),
                  ("Niamh Doherty", "Information Governance Manager", "4102"))


def test_the_intranet_pages_sections_end_with_its_key_contacts() -> None:
    # the right-hand column's "Key contacts" is the page's own; "Related documents" and "Quick links" are the
    # site's navigation, and no visually hidden <h2> ("Breadcrumb", "Main navigation") heads a section
    assert sections(TRUST) == [("s1", "Sharing information to safeguard children"), ("s2", "Why sharing matters"),
                               ("s3", "The law in Northern Ireland"), ("s4", "Common misunderstandings"),
                               ("s5", "Case example: Orla, aged 3 months"), ("s6", "Recording your decision"),
                               ("s7", "Key contacts")]
    # the site-wide "IT notice" stands before the title: the intranet's, not the page's
    assert passages(TRUST, "front") == []
    assert passages(TRUST, "s1") == [
        "This page is for all Trust staff who work with children and young people, or with adults who are parents or "
        "carers: in the emergency department, maternity, mental health, community and social work teams. It "
        "explains when you should share information to safeguard a child, the law that allows it, and who to ask "
        "for advice.",
        "If a child is in immediate danger, call 999. To make a referral, contact the Gateway Team on 028 9649 6100 "
        "(9am to 5pm, Monday to Friday); out of hours, contact the Regional Emergency Social Work Service on 028 "
        "9649 6200."]


def test_the_intranet_pages_node_fields_are_not_its_last_section() -> None:
    # "Page owner", "Last reviewed" and "Tags" are the node's fields, after the body it holds
    assert under(TRUST, "Recording your decision") == [
        "Record what you shared, with whom, when and why, in the child’s record. If you decide not to share, record "
        "that decision and your reasons too. If you are unsure, ask the Safeguarding Children Team before you "
        "decide: do not wait where a child may be at risk."]
    law = under(TRUST, "The law in Northern Ireland")
    assert len(law) == 5
    assert law[0].startswith("Under Article 66 of the Children (Northern Ireland) Order 1995, the Trust must make "
                             "enquiries")
    assert law[-1] == ("Read this page with Co-operating to Safeguard Children and Young People in Northern Ireland "
                       "(Department of Health, 2017) and the SBNI Core Child Protection Policies and Procedures.")


def test_the_intranet_pages_key_contacts_one_row_each() -> None:
    lines = "\n".join(under(TRUST, "Key contacts")).split("\n")
    for name, role, number in TRUST_CONTACTS:
        [row] = [line for line in lines if name in line]  # a row is one contact, its fields together
        assert role in row and number in row, row
    assert len(lines) == len(TRUST_CONTACTS)
    # a label is no line of its own, and the "Email ..." links are buttons
    assert not [line for line in lines if re.fullmatch(r"(?:Ext|Bleep|Tel):?\s*[\d ]*", line)]
    assert not [line for line in lines if "Email" in line]


def test_the_intranet_pages_definition_list_of_misunderstandings() -> None:
    # "None of them is right.": each <dt> a belief, answered by its <dd>
    myths = unseen_myths_in(TRUST)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == TRUST_MYTHS
    listed = "\n".join(under(TRUST, "Common misunderstandings"))
    assert listed.startswith("Staff on our wards and in our teams have told us that they believe the following. None "
                             "of them is right.")
    assert _in_order(listed, tuple(part for statement, (_, answer) in TRUST_MYTHS.items()
                                   for part in (statement, answer)))


def test_the_intranet_pages_case() -> None:
    [case] = unseen_cases(TRUST)
    assert case.setting == "Orla, aged 3 months"
    assert case.scenario.startswith("Orla, aged 3 months, was brought to the emergency department by her father")
    assert case.scenario.endswith("social work and the PSNI began a joint investigation.")
    assert case.advice.startswith("Each attendance on its own could be explained; together they showed a baby at risk "
                                  "of significant harm.")
    assert case.advice.endswith("and she recorded her reasons.")
    for later in ("Recording your decision", "Record what you shared", "Page owner", "Key contacts", "Aoife"):
        assert later not in case.advice, later


def test_the_intranet_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # the Criminal Law Act (Northern Ireland) 1967 is not in the catalog: a flagged node of its own
    assert cited(TRUST, catalog) == {("children-northern-ireland-order-1995", "article 66"),
                                     ("children-northern-ireland-order-1995", "article 18"),
                                     ("criminal-law-act-northern-ireland-1967", "section 5"),
                                     ("safeguarding-board-act-northern-ireland-2011", None), ("gdpr", None),
                                     ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                     ("gdpr", "article 9"), ("gdpr", "article 9(2)(h)"),
                                     ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                     ("common-law-duty-of-confidence", None), ("echr", "article 8"),
                                     ("human-rights-act-1998", None)}
    # "Article 18 of the Order": the Children (Northern Ireland) Order 1995, named just before
    assert ("children-northern-ireland-order-1995", "article 18", "") in unseen_cited(TRUST, catalog, "s3")
    # only "Related documents" lists the Caldicott guide, the trust's policy and the UNOCINI form
    found = guidance(TRUST, catalog)
    assert _catalogued(found, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni",
                                           "dhssps-confidentiality-code-ni"}
    assert not [g for g in found if "sg-ch-01" in g or "unocini" in g or "caldicott" in g or "-mb" in g], found
    assert unseen(TRUST).meta.jurisdictions == ("Northern Ireland",)


def test_the_intranets_chrome_and_fields_are_dropped() -> None:
    for furniture in ("saved from", "StaffNet", "Lisdargan", "Skip to main content", "Search", "User account menu",
                      "My account", "Log out", "Main navigation", "Staff zone", "Staff directory", "IT help",
                      "IT notice", "PARIS", "planned outages", "Breadcrumb", "Page owner", "Last reviewed",
                      "03/02/2025", "Was this page helpful", "Tell us how", "Send feedback", "Related documents",
                      "SG-CH-01", "MB)", "KB)", "Caldicott Principles: a guide", "UNOCINI", "Quick links", "Datix",
                      "HRPTS", "rotas", "Occupational health", "Email Aoife", "Email Ciarán", "staff only", "©",
                      "Accessibility", "Contact the web team", "Powered by", "Drupal", "https://", "node/2417",
                      "permissionsHash", "form_token"):
        assert not [t for t in _texts(TRUST) if furniture in t], furniture
    for label in ("Home", "Clinical", "Safeguarding", "Children", "Tags", "Information governance", "Yes", "No",
                  "Helpful"):
        assert label not in passages(TRUST), label
