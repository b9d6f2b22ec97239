"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 34),
each read first as a careful reader would.

* `fallowmere-scp-wix-site-page.html`: a safeguarding children partnership's "Information Sharing"
  page on a site built with Wix, saved from the browser. Wix's furniture: the generator and site-id
  `<meta>`s, the viewer model and warm-up data as JSON in `<script>`s, a style sheet that sets the
  text styles (`.font_0` to `.font_8`) and hides components by their generated ids; the "top of page"
  region; the free plan's banner ("This site was designed with the Wix.com website builder. Create
  your website today. Start Now"); Wix's "Skip to Main Content" button; the header (the logo, its
  alternative text "Fallowmere Safeguarding Children Partnership logo: three linked hands", the
  site's name typed as a `font_0` paragraph, the members' "Log In" button, the horizontal menu with
  Wix's "More" item and its drop-down, the mobile menu's toggle ("Menu") and the mobile menu itself,
  a second copy of the same items); the footer (the partnership's name and address, telephone and
  e-mail, the social bar's icons with their alternative text "Facebook", "X", "LinkedIn",
  "Accessibility Statement | Privacy Policy", "© 2025 by Fallowmere Safeguarding Children
  Partnership. Proudly created with Wix.com") and the cookie banner ("This website uses cookies. By
  accepting, you agree to our use of such cookies. Privacy Policy", "Settings", "Accept"). The
  page: `div`s nested many deep with generated ids (`comp-lqa1txt1`), in `<section>`s each holding a
  "bgLayers" block; each text box a `div` of class `wixui-rich-text` holding `<p>`s whose text is
  split over nested `<span>`s (a bold run in the middle of a sentence; a link's text underlined in
  a span of its own), and blank spacer paragraphs holding only a zero-width space in a `wixGuard`
  span. The title is an `<h1>` ("Information Sharing"); four of the page's headings are no headings
  in the markup but `font_7` paragraphs whose text is set in a 22-pixel bold span ("Why sharing
  information matters", "What the law says", "Case example: Kai, aged 15", "Recording your
  decision"); "Myth busting" is an `<h2>` and "Worried about a child?" an `<h4>` (the editor's own
  heading styles). Under "Myth busting", a paragraph ("... None of them is true.") over a repeater
  (`role="list"`, three `role="listitem"` boxes), each box four text boxes: a bold red "MYTH", the
  belief (no quotation marks), a bold "REALITY", the answer. The case sits in a two-column strip: an
  image (its alternative text describes a teenage boy) in the first column, the heading, two
  paragraphs of story, a bold "What we learned" alone and the lesson in the second. Under "Worried
  about a child?" the numbers to call, typed twice: a text box for the desktop layout and a copy for
  the mobile layout, which the style sheet hides (`#comp-lr8k2d1f1 {display:none;}`, shown only
  under a 750-pixel media query that hides the first); then a "Report a concern" button and a "Back
  to top" link. A careful reader reads the styled paragraphs as the headings they look like, reads
  each sentence whole however many spans it is split over, reads the numbers once, takes "MYTH" and
  "REALITY" as what each box holds (the verdict, not part of the belief or the answer), and passes
  over the images' text. Sections: "Information Sharing", "Why sharing information matters", "What
  the law says", "Myth busting", "Case example: Kai, aged 15", "Recording your decision", "Worried
  about a child?". Law: Children Act 2004 s11, Children Act 1989 s17 and s47 ("section 47 of the
  Act"), the UK GDPR and the DPA 2018 named whole ("are not barriers"), UK GDPR Articles 6(1)(e) and
  9, DPA 2018 Schedule 1 Part 2 para 18, ECHR Article 8 and the HRA 1998, the common law duty of
  confidence, and (in the case) the Crime and Disorder Act 1998 s115. Guidance: Working Together
  2023 and the 2024 advice (both named, as links, in the last paragraph of "What the law says").
  Myths: three, all false, each answered in its box. Case: Kai, aged 15, the lesson after "What we
  learned". Furniture: all the builder's chrome above, the images' text, the spacers, the mobile
  copy, the button and "Back to top". Nation: England.
* `govwales-guidance-children-at-risk-html-publication.html`: a Welsh Government guidance document
  published as an HTML page on GOV.WALES (a Drupal site), saved from the browser. The chrome: the
  data layer and tag manager scripts; the cookie banner ("Cookies on GOV.WALES" as an `<h2>`, two
  paragraphs, "Accept additional cookies", "Reject additional cookies", "View cookies"); "Skip to
  main content"; the header (the logo's alternative text "Welsh Government", the "Cymraeg" link to
  the Welsh page, the "Search GOV.WALES" form, the "Menu" button and the topics menu: "Business,
  economy and innovation", "Children and families", ...); the breadcrumb ("Home", "Health and social
  care", "Social care", "Safeguarding"); the hero banner under the `<h1>`: "Part of: Safeguarding and
  Social care", "First published: 14 March 2025", "Last updated: 14 March 2025"; the "Contents"
  `<h2>` in an aside over an ordered list of links to the sections; after the text a "Print this
  page" button and the "Was this page useful?" form ("Yes", "No", "Report a problem with this page",
  hidden tokens); and the footer ("Contact us", "Accessibility", "Copyright statement", "Cookies",
  "Freedom of information", "Privacy", "Terms and conditions", "Welsh language", the Open Government
  Licence line, "© Crown copyright", the logo again). The document: the `<h1>` title; numbered
  `<h2>`s "1. Introduction" to "7. Further information" (keyed by their numbers), the paragraphs
  under them numbered as typed ("1.1 This guidance is for ...": each numbered paragraph keyed by its
  number, as the earlier rounds read numbered paragraphs, the number no part of its text); section 4
  a numbered lead-in ending ":" over a list of five points; section 5 a numbered paragraph, then an
  `<h3>` "Case study: Megan, aged 11" over two paragraphs of story, a bold "What this case shows"
  alone and the lesson; section 6 a numbered paragraph ("... None of these beliefs is correct.") over
  three `<h3>`s, each "Myth: " and a belief in single curly quotation marks, each answered by the
  unnumbered paragraph under it; section 7 a numbered lead-in ("This guidance should be read with:")
  over a list of three titles (links), then a numbered paragraph. Sections: the title, 1 to 7 with
  their numbered paragraphs, the case study's `<h3>` and the three myths' `<h3>`s; not "Cookies on
  GOV.WALES" nor "Contents". Law: the Social Services and Well-being (Wales) Act 2014 s130 and
  s130(4) ("Section 130(4) of the Act"), the Children Act 1989 s47 (in 2.4 and the case), the
  Children Act 2004 s28, the UK GDPR and the DPA 2018 named whole ("do not prevent"), UK GDPR
  Articles 6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18 (written "paragraph 18 of Part 2 of
  Schedule 1 to the Data Protection Act 2018"), ECHR Article 8 and the HRA 1998, the common law duty
  of confidentiality; not the footer's "Freedom of information". Guidance: the Wales Safeguarding
  Procedures, WASPI, and "Working Together to Safeguard People: Volume 5 – Handling individual cases
  to protect children at risk" (Wales's, not England's Working Together; uncatalogued, known by its
  title's first ten words). Myths: three, all false, each answered by the paragraph under its
  heading. Case: Megan, aged 11, the lesson after "What this case shows". Furniture: all the chrome
  above and the paragraph numbers. Nation: Wales.
* `stonebridge-front-door-zendesk-help-centre-article.html`: an article in a children's front
  door's help centre built with Zendesk Guide (the Copenhagen theme), in its "Professionals' FAQ"
  section, saved from the browser. The chrome: the `HelpCenter` script and the CSRF token in the
  head; "Skip to main content"; the header (the logo's alternative text "Stonebridge Children's
  Front Door Help Centre home page", "Submit a request", "Sign in", and the same two links again in
  the mobile menu); the breadcrumbs (the help centre, "Professionals", "Professionals' FAQ"); the
  search box ("Search"); the sidebar, "Articles in this section" (an `<h2>`) over six article links
  and "See more", set before the article in the markup; under the `<h1>` the author's avatar, her
  name (a link to her profile, "Priya Natarajan"), the date and time of the last edit and the word
  "Updated", and the "Follow" button; after the body the share links (icons labelled "Facebook", "X
  Corp", "LinkedIn"), the comment count ("0"), "Was this article helpful?" (an `<h2>`), "Yes" and
  "No" buttons, "23 out of 27 found this helpful", "Have more questions? Submit a request", "Return
  to top", "Recently viewed articles" and "Related articles" (each an `<h2>` over links, among them
  "Keeping children safe in education: what schools should send us" and "Consent and the Mental
  Capacity Act for 16 and 17 year olds"), "Comments" (an `<h2>`), "0 comments", "Please sign in to
  leave a comment."; and the footer (the help centre's name, "Powered by Zendesk"). The article
  body: an opening paragraph, a paragraph in red opening with a bold sentence (the numbers to call),
  a `&nbsp;` spacer; then `<h2>` questions: "When should I contact the Front Door?" (two
  paragraphs), "Do I need the family's consent before I contact the Front Door?" (answered "It
  depends on your concern. ...", then "Whatever you decide, record your reasons."), "What law allows
  agencies in the MASH to share information?" (three paragraphs), "What happens after I contact the
  Front Door?" (two paragraphs); "Myths and facts" (a paragraph, then three pairs of paragraphs, a
  bold "Myth:" before the belief and a bold "Fact:" before the answer); "Case example: Leo, aged 4"
  (two paragraphs of story, then a paragraph opening with a bold "Learning:" label); "Further
  information" (a list of three links, no lead-in). A careful reader reads the article alone: its
  title, its questions as its sections, and not the sidebar, the author line, the votes, the
  relatives, the comments or the footer. Sections: the title, the four questions, "Myths and
  facts", "Case example: Leo, aged 4", "Further information". Law: the Children Act 1989 s17 and s47
  ("section 47 of the Act", and "section 47 enquiries" in the case), the Children Act 2004 s10 and
  s11 ("section 11 of the same Act"), the Crime and Disorder Act 1998 s115, UK GDPR Articles 6(1)(e)
  and 9(2)(g), DPA 2018 Schedule 1 Part 2 para 18, Part 3 and Schedule 8 para 4 ("paragraph 4 of
  Schedule 8", in the sentence that names Part 3 of the Act); neither Act named whole, and not the
  Mental Capacity Act of a related article's title. Guidance: Working Together 2023, the 2024 advice
  and the Stonebridge MASH Information Sharing Agreement (named in the text and listed under
  "Further information"); not Keeping children safe in education, a related article's title.
  Myths: four: the consent question ("partly": "It depends"), and the three "Myth:" beliefs, all
  false, each answered by its "Fact:"; the other three questions ask when, what and what happens,
  and are no beliefs. Case: Leo, aged 4, the lesson after "Learning:". Furniture: all the chrome
  above, the spacer, the labels. Nation: England.
"""

from __future__ import annotations

import re

from helpers import (
    in_order,
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
_texts, under = unseen_texts, unseen_under
_in_order = in_order


def _cited_beside(name: str, catalog: Catalog, words: str) -> list[tuple[str, str | None, str]]:
    """(basis, provision, negation) of the citations of the one passage that holds `words` (found by its
    words, so that a section missed before it fails the sections' own test, not this one)."""
    [found] = [p.id for p in unseen(name).passages if words in p.text]
    return [(c.basis, c.provision.label if c.provision else None, c.negation)
            for c in unseen_citations(name, catalog) if c.passage_id == found]


# ---------------------------------------------------------------------------------------------
# A partnership's page on a Wix site


WIX = "fallowmere-scp-wix-site-page.html"
WIX_MYTHS = {
    "You always need a parent’s consent to share information about their child": (
        "no", "Consent is only one lawful basis for sharing. You should usually be open with parents about what you "
              "are sharing and why, but where asking for consent would put a child at risk, or cause a delay, you "
              "can share without it."),
    "Data protection law stops me sharing information with other agencies": (
        "no", "The Data Protection Act 2018 and the UK GDPR support sharing that is necessary and proportionate to "
              "keep a child safe. They set out how to share lawfully and securely; they do not stop you sharing."),
    "If I tell children’s social care, the family will know it was me": (
        "no", "Children’s social care will not usually tell a family who made a referral. If you are worried about "
              "your own safety, say so when you make the referral.")}
WIX_NUMBERS = ("If a child is in immediate danger, call 999. Otherwise, contact the Fallowmere Front Door on 01632 961 "
               "000 (8.30am to 5pm, Monday to Friday) or the Emergency Duty Team on 01632 961 099 at any other time.")


def test_the_wix_pages_styled_paragraphs_are_its_headings() -> None:
    # "font_7" paragraphs set in a 22px bold span are headings to the eye, beside the editor's own <h1>, <h2>, <h4>
    assert sections(WIX) == [("s1", "Information Sharing"), ("s2", "Why sharing information matters"),
                             ("s3", "What the law says"), ("s4", "Myth busting"),
                             ("s5", "Case example: Kai, aged 15"), ("s6", "Recording your decision"),
                             ("s7", "Worried about a child?")]
    # the banner, the skip button, the header's logo, name, "Log In" and menus are the site's
    assert passages(WIX, "front") == []
    # the image's alternative text and the zero-width spacer are no paragraphs
    assert passages(WIX, "s1") == [
        "Sharing the right information, at the right time, with the right people is one of the most important things "
        "any practitioner can do to keep a child safe. This page is for everyone in Fallowmere who works or "
        "volunteers with children, young people and their families."]


def test_the_wix_pages_sentences_are_read_whole_across_their_spans() -> None:
    assert under(WIX, "Why sharing information matters") == [
        "Local and national reviews keep finding the same thing: practitioners in different agencies each knew "
        "something about a child, but nobody put the pieces together. A missed health appointment, a change in a "
        "child’s behaviour at school, a call to the police about a row at home: on its own, each may seem small.",
        "Sharing early helps families get support before problems grow, and it lets agencies act quickly when a child "
        "is at risk of harm. Fears about sharing must never get in the way of the need to protect a child."]
    law = under(WIX, "What the law says")
    assert len(law) == 5
    assert law[0] == ("Section 11 of the Children Act 2004 requires councils, the police, NHS bodies, youth offending "
                      "teams and other named agencies to make sure that their functions are discharged having regard "
                      "to the need to safeguard and promote the welfare of children.")
    assert law[1].startswith("Where a child may be a child in need, children’s social care assess their needs under "
                             "section 17 of the Children Act 1989. Where there is reasonable cause to suspect")
    assert law[-1] == ("Read this page with Working Together to Safeguard Children 2023 and Information sharing: "
                       "advice for practitioners providing safeguarding services for children, young people, parents "
                       "and carers (May 2024).")
    assert under(WIX, "Recording your decision") == [
        "Whether you decide to share or not, write down what you decided and why, what you shared, with whom, and "
        "when. If you are unsure, talk to your agency’s safeguarding lead or call the Front Door for advice."]


def test_the_wix_pages_numbers_are_read_once() -> None:
    # the mobile layout's copy is hidden by the page's style sheet; the button is a link, no text of the section
    assert under(WIX, "Worried about a child?") == [WIX_NUMBERS]
    assert sum(t.count("call 999") for t in passages(WIX)) == 1


def test_the_wix_pages_repeater_boxes_are_myths() -> None:
    # each box: a "MYTH" label, the belief, a "REALITY" label, the answer
    myths = unseen_myths_in(WIX)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == WIX_MYTHS
    boxes = under(WIX, "Myth busting")
    assert boxes[0] == ("Some beliefs about information sharing still stop practitioners from passing on their "
                        "worries. None of them is true.")
    assert _in_order("\n".join(boxes), tuple(part for statement, (_, answer) in WIX_MYTHS.items()
                                             for part in (statement, answer)))
    # a label says what the text box under it holds: it opens that text, as "Myth:" would, never a
    # passage of its own (a search hit on the belief shows that it is the myth)
    assert [text.split(": ")[0] for text in boxes[1:]] == ["MYTH", "REALITY"] * 3


def test_the_wix_pages_case_in_its_column_strip() -> None:
    [case] = unseen_cases(WIX)
    assert case.setting == "Kai, aged 15"
    assert case.scenario.startswith("Kai, aged 15, stopped attending his college course in October.")
    assert case.scenario.endswith("The police shared what they knew under section 115 of the Crime and Disorder Act "
                                  "1998, and a strategy discussion was held the next morning.")
    assert case.advice == ("A young person’s request to keep a secret does not stop you sharing a worry that they are "
                           "being exploited. The tutor’s note, the college’s knowledge and the police intelligence "
                           "together showed that Kai was at risk of significant harm.")
    for furniture in ("hooded top", "What we learned", "Recording your decision", "Whether you decide"):
        assert furniture not in case.scenario and furniture not in case.advice, furniture


def test_the_wix_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # "are not barriers": the UK GDPR and the DPA 2018 both named whole
    assert cited(WIX, catalog) == {("children-act-2004", "section 11"), ("children-act-1989", "section 17"),
                                   ("children-act-1989", "section 47"), ("gdpr", None),
                                   ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                   ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                   ("echr", "article 8"), ("human-rights-act-1998", None),
                                   ("common-law-duty-of-confidence", None),
                                   ("crime-and-disorder-act-1998", "section 115")}
    # "section 47 of the Act": the Children Act 1989, named in the sentence before
    assert ("children-act-1989", "section 47", "") in _cited_beside(WIX, catalog, "under section 47 of the Act")
    assert guidance(WIX, catalog) == {WORKING_TOGETHER, ADVICE}
    assert unseen(WIX).meta.jurisdictions == ("England",)


def test_the_wix_builders_chrome_is_dropped() -> None:
    for furniture in ("Wix", "website builder", "Create your website", "Start Now", "Skip to Main Content",
                      "top of page", "Log In", "logo", "three linked hands", "Fallowmere Safeguarding Children "
                      "Partnership", "About Us", "Parents & Carers", "Children & Young People", "Annual Report",
                      "Practitioners from different agencies", "hooded top", "Report a concern", "Back to top",
                      "Civic Offices", "FW1 2AB", "01632 961 200", "fscp@", "Facebook", "LinkedIn", "Social Bar",
                      "Accessibility Statement", "Privacy Policy", "©", "Proudly created", "cookies",
                      "siteDisplayName", "thunderbolt", "https://", "\u200b"):
        assert not [t for t in _texts(WIX) if furniture in t], furniture
    for label in ("Home", "Professionals", "Training", "Contact", "More", "News", "Menu", "MYTH", "REALITY", "X",
                  "Settings", "Accept"):
        assert label not in passages(WIX), label


# ---------------------------------------------------------------------------------------------
# A Welsh Government guidance document as an HTML publication on GOV.WALES


WALES = "govwales-guidance-children-at-risk-html-publication.html"
WALES_MYTHS = {
    "I need the family’s consent before I can report a child at risk": (
        "no", "You do not need consent to report a child at risk. You should usually tell the family that you are "
              "making a report, unless that would put the child at greater risk of harm or undermine an enquiry."),
    "I must be certain that a child is being harmed before I report": (
        "no", "The test is reasonable cause to suspect, not proof. It is for children’s services, with the police "
              "where needed, to make enquiries. Do not delay a report while you try to find out more yourself."),
    "Data protection law does not allow me to share information with the police": (
        "no", "Data protection law allows you to share information with the police where it is necessary to protect "
              "a child, or to prevent or detect crime. Share what is relevant and proportionate, and record what you "
              "shared.")}
WALES_KEYS = ["s1", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "4",
              "4.1", "4.2", "5", "5.1", "s21", "6", "6.1", "s24", "s25", "s26", "7", "7.1", "7.2"]


def test_the_govwales_pages_numbered_sections_and_paragraphs() -> None:
    # the numbered headings keyed by their numbers, and the numbered paragraphs by theirs (as in the earlier
    # rounds); the case study's and the myths' <h3>s are headings of their own; not "Cookies on GOV.WALES" nor
    # "Contents"
    found = sections(WALES)
    assert [key for key, _ in found] == WALES_KEYS
    assert {key: title for key, title in found if not re.fullmatch(r"\d+\.\d+", key)} == {
        "s1": "Sharing information about children at risk: guidance for practitioners", "1": "Introduction",
        "2": "The duty to report a child at risk", "3": "Data protection, confidentiality and human rights",
        "4": "Deciding what to share", "5": "Learning from practice", "s21": "Case study: Megan, aged 11",
        "6": "Common myths", "s24": "Myth: ‘I need the family’s consent before I can report a child at risk’",
        "s25": "Myth: ‘I must be certain that a child is being harmed before I report’",
        "s26": "Myth: ‘Data protection law does not allow me to share information with the police’",
        "7": "Further information"}
    # the hero banner's "Part of", dates and the contents list are the page's, not the guidance's
    assert passages(WALES, "front") == []
    assert passages(WALES, "s1") == []


def test_the_govwales_pages_paragraph_numbers_are_no_text() -> None:
    assert passages(WALES, "1.1") == [
        "This guidance is for practitioners in every agency in Wales who work with children and families, and for "
        "their managers. It explains when and how to share information about a child who may be at risk, and the law "
        "that supports it."]
    assert passages(WALES, "4.1") == [
        "When you share information about a child, make sure that it is:\n"
        "necessary for the purpose for which you are sharing it\n"
        "shared only with the people who need it\n"
        "accurate and up to date\n"
        "shared in good time\n"
        "shared securely"]
    assert passages(WALES, "7.1") == [
        "This guidance should be read with:\n"
        "Wales Safeguarding Procedures\n"
        "Working Together to Safeguard People: Volume 5 – Handling individual cases to protect children at risk\n"
        "Wales Accord on the Sharing of Personal Information (WASPI)"]
    # the last paragraph of the guidance: "Print this page" and the feedback form come after it
    assert passages(WALES, "7.2") == ["For advice about a particular child, contact the children’s services department "
                                      "of the local authority where the child lives."]
    for text in passages(WALES):
        assert not re.match(r"\d+\.\d+\s", text), text


def test_the_govwales_pages_myth_headings() -> None:
    # "Myth:" says what each heading holds; the quotation marks are the belief's, not its words
    myths = unseen_myths_in(WALES)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == WALES_MYTHS
    assert passages(WALES, "6.1") == ["Practitioners have told us that some beliefs still stop them from sharing "
                                      "information. None of these beliefs is correct."]
    assert [passages(WALES, key) for key in ("s24", "s25", "s26")] == [[answer] for _, answer in WALES_MYTHS.values()]


def test_the_govwales_pages_case_study() -> None:
    [case] = unseen_cases(WALES)
    assert case.setting == "Megan, aged 11"
    assert case.scenario.startswith("Megan, aged 11, told her youth worker that her mother’s new partner shouted at "
                                    "her")
    assert case.scenario.endswith("Together, the reports led to a strategy discussion and enquiries under section 47 "
                                  "of the Children Act 1989.")
    assert case.advice == ("No one agency held enough to see that Megan was at risk. The youth worker did not need "
                           "consent to report, and by being honest with Megan about what she would share and why, she "
                           "kept Megan’s trust.")
    for other in ("What this case shows", "The case study below", "Myth", "Practitioners have told us"):
        assert other not in case.scenario and other not in case.advice, other


def test_the_govwales_pages_law_guidance_and_nation(catalog: Catalog) -> None:
    # not the footer's "Freedom of information"
    assert cited(WALES, catalog) == {("social-services-and-well-being-wales-act-2014", "section 130"),
                                     ("social-services-and-well-being-wales-act-2014", "section 130(4)"),
                                     ("children-act-1989", "section 47"), ("children-act-2004", "section 28"),
                                     ("gdpr", None), ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"),
                                     ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                     ("echr", "article 8"), ("human-rights-act-1998", None),
                                     ("common-law-duty-of-confidence", None)}
    # "Section 130(4) of the Act": the 2014 Act, named in the paragraph before
    sswb = "social-services-and-well-being-wales-act-2014"
    assert (sswb, "section 130(4)", "") in unseen_cited(WALES, catalog, "2.2")
    # "paragraph 18 of Part 2 of Schedule 1 to the Data Protection Act 2018"
    assert ("data-protection-act-2018", "schedule 1 paragraph 18", "") in unseen_cited(WALES, catalog, "3.2")
    # "Working Together to Safeguard People" is Wales's, not England's Working Together (catalogued in round 43)
    assert guidance(WALES, catalog) == {"wales-safeguarding-procedures", "waspi",
                                        "working-together-to-safeguard-people"}
    assert unseen(WALES).meta.jurisdictions == ("Wales",)


def test_the_govwales_chrome_is_dropped() -> None:
    for furniture in ("Cookies", "cookies", "Skip to main content", "Welsh Government", "Cymraeg", "GOV.WALES",
                      "Search", "Business, economy", "Children and families", "Health and social care", "Part of",
                      "First published", "Last updated", "14 March 2025", "Contents", "Print this page",
                      "Was this page useful", "Report a problem", "Contact us", "Copyright statement",
                      "Freedom of information", "Terms and conditions", "Welsh language", "Open Government Licence",
                      "Crown copyright", "form_token", "dataLayer", "https://"):
        assert not [t for t in _texts(WALES) if furniture in t], furniture
    for label in ("Menu", "Home", "Social care", "Safeguarding", "Yes", "No", "Accessibility", "Privacy"):
        assert label not in passages(WALES), label


# ---------------------------------------------------------------------------------------------
# A front door's help-centre article on Zendesk Guide


DESK = "stonebridge-front-door-zendesk-help-centre-article.html"
DESK_MYTHS = {
    "I should wait until I have proof before I contact the Front Door": (
        "no", "You need reasonable cause to suspect, not proof. Finding out what is happening is our job, not yours, "
              "and waiting for proof can leave a child at risk."),
    "Once I have made a referral, I have done my part": (
        "no", "We may ask you for more information, invite you to a strategy discussion or ask you to be part of a "
              "plan for the child. Keep telling us about any new worries."),
    "Information I share with the MASH will be seen by every agency in it": (
        "no", "MASH partners see only what they need to know. Information is held securely, and every decision to "
              "share it is recorded.")}
DESK_QUESTION = "Do I need the family’s consent before I contact the Front Door?"


def test_the_help_centre_articles_questions_are_its_sections() -> None:
    # the article alone: not "Articles in this section", "Was this article helpful?", "Recently viewed articles",
    # "Related articles" or "Comments", though each is an <h2>
    assert sections(DESK) == [("s1", "Sharing information with the Front Door: questions from professionals"),
                              ("s2", "When should I contact the Front Door?"), ("s3", DESK_QUESTION),
                              ("s4", "What law allows agencies in the MASH to share information?"),
                              ("s5", "What happens after I contact the Front Door?"), ("s6", "Myths and facts"),
                              ("s7", "Case example: Leo, aged 4"), ("s8", "Further information")]
    # the sidebar stands before the article in the markup; the author line and "Follow" under its title
    assert passages(DESK, "front") == []
    assert passages(DESK, "s1") == [
        "This article answers the questions professionals ask us most often about sharing information with the "
        "Stonebridge Children’s Front Door and the Multi-Agency Safeguarding Hub (MASH). It applies to everyone who "
        "works with children and families in Stonebridge, in any agency.",
        "If a child is in immediate danger, call 999. To speak to a Front Door social worker, call 01632 962 500 "
        "(8.30am to 5pm, Monday to Thursday; 8.30am to 4.30pm on Friday). Out of hours, call the Emergency Duty Team "
        "on 01632 962 599."]


def test_the_help_centre_articles_answers() -> None:
    assert under(DESK, "When should I contact the Front Door?") == [
        "Contact us when you think a child may be a child in need, whose needs call for an assessment by children’s "
        "social care under section 17 of the Children Act 1989, or when you have reasonable cause to suspect that a "
        "child is suffering, or is likely to suffer, significant harm. In the second case we may start enquiries "
        "under section 47 of the Act.",
        "If you are not sure, call us for a consultation. You do not need to have all the facts before you call."]
    law = under(DESK, "What law allows agencies in the MASH to share information?")
    assert len(law) == 3
    assert law[-1] == ("All partners have signed the Stonebridge MASH Information Sharing Agreement, which sets out "
                       "what each agency shares and how it keeps the information secure.")
    assert under(DESK, "What happens after I contact the Front Door?")[-1] == (
        "We will tell you the outcome of your contact. If you have not heard from us within three working days, "
        "please call us.")
    # the list of titles ends the article: the votes, the relatives and the comments are the help centre's
    assert passages(DESK)[-1] == (
        "Working Together to Safeguard Children 2023\n"
        "Information sharing: advice for practitioners providing safeguarding services for children, young people, "
        "parents and carers (2024)\n"
        "Stonebridge MASH Information Sharing Agreement")


def test_the_help_centre_articles_myths_and_facts() -> None:
    myths = unseen_myths_in(DESK)
    # the "Myth:" beliefs and the one question that asks whether a belief holds; "When should I ...?", "What law
    # ...?" and "What happens ...?" ask for facts, and are no beliefs
    assert {s: m.verdict for s, m in myths.items()} == {DESK_QUESTION: "partly"} | {
        s: v for s, (v, _) in DESK_MYTHS.items()}
    assert myths[DESK_QUESTION].answer.startswith("It depends on your concern. For a request for early help")
    for statement, (_, answer) in DESK_MYTHS.items():  # "Fact:" says what the answer is, and is no part of it
        assert myths[statement].answer == answer, statement
    pairs = "\n".join(under(DESK, "Myths and facts"))
    assert _in_order(pairs, ("Some beliefs that we still hear stop professionals from contacting us. Here are the "
                             "facts.",) + tuple(part for statement, (_, answer) in DESK_MYTHS.items()
                                                for part in (statement, answer)))


def test_the_help_centre_articles_case() -> None:
    [case] = unseen_cases(DESK)
    assert case.setting == "Leo, aged 4"
    assert case.scenario.startswith("Leo, aged 4, had lost weight, and staff at his nursery noticed that he was often "
                                    "hungry.")
    assert case.scenario.endswith("A strategy discussion was held that afternoon, and section 47 enquiries began.")
    assert case.advice == ("No single agency had enough information to act alone. Because each shared what it knew "
                           "quickly, Leo was protected within a day of the MASH seeing the whole picture.")
    for later in ("Learning", "Further information", "Working Together", "helpful"):
        assert later not in case.advice, later


def test_the_help_centre_articles_law_guidance_and_nation(catalog: Catalog) -> None:
    # neither Act named whole; "paragraph 4 of Schedule 8" is of the Act whose Part 3 the sentence names; not the
    # Mental Capacity Act of a related article's title
    assert cited(DESK, catalog) == {("children-act-1989", "section 17"), ("children-act-1989", "section 47"),
                                    ("children-act-2004", "section 10"), ("children-act-2004", "section 11"),
                                    ("crime-and-disorder-act-1998", "section 115"), ("gdpr", "article 6(1)(e)"),
                                    ("gdpr", "article 9(2)(g)"),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                    ("data-protection-act-2018", "part 3"),
                                    ("data-protection-act-2018", "schedule 8 paragraph 4")}
    # "section 11 of the same Act": the Children Act 2004
    assert ("children-act-2004", "section 11", "") in unseen_cited(DESK, catalog, "s4")
    assert ("children-act-1989", "section 47", "") in unseen_cited(DESK, catalog, "s2")
    # Keeping children safe in education is only a related article's title
    assert guidance(DESK, catalog) == {WORKING_TOGETHER, ADVICE, "stonebridge-mash-information-sharing-agreement"}
    assert KCSIE not in guidance(DESK, catalog)
    assert unseen(DESK).meta.jurisdictions == ("England",)


def test_the_help_centres_chrome_is_dropped() -> None:
    for furniture in ("Skip to main content", "Help Centre", "home page", "Submit a request", "Sign in",
                      "Professionals’ FAQ", "Articles in this section", "What is the Stonebridge MASH",
                      "How do I make a referral", "Thresholds", "Escalation", "Operation Encompass", "See more",
                      "Priya Natarajan", "Updated", "11 February 2025", "09:41", "Follow", "Facebook", "LinkedIn",
                      "X Corp", "Share this page", "Was this article helpful", "found this helpful", "out of 27",
                      "Have more questions", "Return to top", "Recently viewed", "Related articles",
                      "Keeping children safe", "Early help assessments", "Mental Capacity Act", "Comments",
                      "0 comments", "sign in", "leave a comment", "Powered by", "Zendesk", "HelpCenter",
                      "authenticity_token", "https://", "\xa0"):
        assert not [t for t in _texts(DESK) if furniture in t], furniture
    for label in ("Search", "Professionals", "Yes", "No", "0", "Myth:", "Fact:", "Learning:"):
        assert label not in passages(DESK), label
