"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 29),
each read first as a careful reader would.

* `dunmore-scp-newsletter-mailchimp-html.html`: a partnership's e-mail newsletter as Mailchimp's
  campaign archive shows it ("View this email in your browser"): the HTML part, not the plain-text
  one of round 26. The archive's bar over the e-mail ("Subscribe", "Past Issues", "Translate" over a
  `<select>` of languages, "RSS"); the hidden preview text (`<span class="mcnPreviewText"
  style="display:none ...">`); Outlook's conditional comments (`<!--[if mso]>`) around the layout;
  and the whole e-mail laid out in nested `role="presentation"` tables: the preheader (a tagline,
  "Practice update for everyone who works with children in Dunmore", beside "View this email in your
  browser"), the logo (an image), then text blocks (`td.mcnTextContent`) holding the `<h1>` "Sharing
  information to keep children safe" over the issue line ("Safeguarding Matters · Issue 22 · April
  2025") and the lead; `<h2>`s "The law that lets you share", "Myth buster" (two rows of two boxed
  columns side by side, a "MYTH" label over the belief in quotation marks on the left, a "FACT"
  label over its answer on the right), "Learning from a rapid review: Child R, aged 3" (the story,
  then a paragraph opening with a bold "What we learned:"), a button block ("Read the seven-minute
  briefing", a tracked link), "New and updated guidance" (a list of three titles, each a tracked
  link) and "Training"; divider blocks; a follow block of icons (alt "Facebook", "X", "Website");
  the list's footer (copyright, "You are receiving this email because ...", "Our mailing address
  is:" over the address as a vcard, "Add us to your address book", "update your preferences or
  unsubscribe from this list", the "Intuit Mailchimp" badge) and the open-tracking pixel. Sections:
  the title, "The law that lets you share", "Myth buster", "Learning from a rapid review: Child R,
  aged 3", "New and updated guidance", "Training". Law: Children Act 2004 s11, Children Act 1989 s47
  ("s.47"), UK GDPR Articles 6(1)(e) and 9, DPA 2018 (named) and its Schedule 1 para 18, Crime and
  Disorder Act 1998 s115. Guidance: Working Together 2023, the 2024 advice, Keeping Children Safe in
  Education 2024. Myths: two, both false, each answered by the fact beside it (a careful reader
  reads a row's left box before its right one, and the first row before the second). Case: Child R,
  with what was learned. Furniture: the archive's bar, the preview text, the preheader, the logo,
  the issue line, the button, the follow icons, the footer.
* `kingsmere-mash-docusaurus-mdx-page.md`: a partnership's procedures page in a Docusaurus site,
  written in MDX: YAML front matter of the site's keys (id, title, sidebar_label, sidebar_position,
  description, keywords, tags, and a nested `last_update:` map) beside a sidecar; `import` lines for
  the theme's components; an MDX comment (`{/* ... */}`) naming the page's owner; an inline `<abbr
  title="Multi-Agency Safeguarding Hub">MASH</abbr>` (its title is a tooltip, not text); admonitions
  in Docusaurus 3's syntax (`:::danger[If a child is in immediate danger]` ... `:::`, `:::info[Myth:
  "..."]`, `:::note[What we learned]`); headings with explicit anchors ("## The law {#the-law}"); a
  `<Tabs>` component whose three `<TabItem label="...">` panels say what the law means for schools,
  health and the police; and the theme's `<DocCardList />` (cards linking to the sibling pages) at
  the foot. The page has no `# ` heading (Docusaurus shows the front matter's title), so its lead
  stands before the first heading, as the Hugo page's did in round 24. Sections: "Why sharing
  matters", "The law", the three tabs' labels ("Schools and colleges", "Health", "Police", each
  heading its panel, as a web page's tab does), "Myths", "Case example: Ollie, aged 8", "Further
  reading". Law: Children Act 2004 s11, Children Act 1989 s47, UK GDPR Articles 6(1)(e), 9 and
  9(2)(h), DPA 2018 (named) and its Schedule 1 para 18, Education Act 2002 s175, the common law duty
  of confidence, Crime and Disorder Act 1998 s115, ECHR Article 8 and the HRA 1998, and the Children
  and Social Work Act 2017 by the reviews it created ("Child safeguarding practice reviews keep
  finding ..."). Guidance: Working Together 2023, the 2024 advice, KCSIE. Myths: two, false, each an
  admonition's title answered by its body ("False. ...", "Not true. ..."). Case: Ollie, his story in
  two paragraphs, what was learned in the "What we learned" admonition. Furniture: the front matter,
  the imports, the comment, the JSX tags and their attributes, the anchors, the admonitions' fences,
  the card list.
* `rowanbridge-scp-myth-buster-cards-print.pdf`: a partnership's printable myth-buster cards as
  Chromium prints them (`pdf-sources/`): a banner with the title ("Information sharing: myth
  busters", 28pt) over a subtitle, a lead paragraph, then four cards in a two-column grid, side by
  side in pairs, each a "MYTH" badge (letter-spaced: the text layer spells "M Y T H"), the belief in
  14pt bold italic quotation marks, a "FACT" badge and the answer; the third card's answer opens
  "Partly true." (a belief the card half confirms) and runs to a second paragraph. Page 2 sets "The
  law in brief" (a list of four Acts and articles) beside "Real life: Jess, aged 15" (a case told in
  a paragraph, then a bold "What we learned:"), then "Find out more" (the guidance named in one
  paragraph) and a box "Worried about a child?" across the page; the footer (the partnership and its
  web address on the left, "Myth busters · Page N of 2" on the right) is in the page margins.
  Sections: the title, "The law in brief", "Real life: Jess, aged 15", "Find out more", "Worried
  about a child?"; the beliefs, set large, are no headings. Law: Children Act 2004 s11, Children Act
  1989 ss17 and 47, UK GDPR (named in a belief) and its Articles 6(1)(e), 6 and 9, DPA 2018 (named)
  and its Schedule 1 and para 18, ECHR Article 8, HRA 1998, the common law duty of confidence.
  Guidance: the 2024 advice, Working Together 2023, KCSIE 2024. Myths: four, three false and one
  partly true, each answered by its own card's fact, not its neighbour's. Case: Jess, aged 15.
  Furniture: the footer, the badges' letter-spacing.
"""

from __future__ import annotations

from helpers import (
    COMMON_GUIDANCE,
    COMMON_LAW,
    unseen,
    unseen_cases,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_passages,
    unseen_sections,
)

from guidegraph.catalog import Catalog

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
LAW, GUIDANCE = COMMON_LAW, COMMON_GUIDANCE
KCSIE = "keeping-children-safe-in-education"


# ---------------------------------------------------------------------------------------------
# A Mailchimp newsletter's HTML, from its campaign archive


NEWSLETTER = "dunmore-scp-newsletter-mailchimp-html.html"
NEWSLETTER_FACTS = (
    "Consent is one lawful basis for sharing, but not the only one. If asking for consent would put the child at "
    "greater risk, or the delay would harm them, share without it and record why.",
    "Social care relies on what you know. Tell the MASH everything relevant you hold, answer its questions "
    "promptly, and keep sharing new concerns after the referral.")


def test_the_newsletters_sections() -> None:
    assert sections(NEWSLETTER) == [("s1", "Sharing information to keep children safe"),
                                    ("s2", "The law that lets you share"), ("s3", "Myth buster"),
                                    ("s4", "Learning from a rapid review: Child R, aged 3"),
                                    ("s5", "New and updated guidance"), ("s6", "Training")]
    assert passages(NEWSLETTER, "front") == []  # the preheader's tagline is the template's, over the title
    assert passages(NEWSLETTER, "s1") == [
        "This month’s update is about information sharing. Reviews in Dunmore and across the country keep finding "
        "that practitioners held pieces of the picture but did not pass them on, often because they were unsure "
        "whether the law allowed it. It almost always does."]
    law = passages(NEWSLETTER, "s2")
    assert len(law) == 3 and law[2] == ("The police and the council may also share information to prevent crime "
                                        "under section 115 of the Crime and Disorder Act 1998.")
    assert law[0].startswith("Every agency in the partnership has a duty under section 11 of the Children Act 2004")
    assert passages(NEWSLETTER, "s6") == [
        "Our half-day workshop, Information sharing with confidence, runs on 13 May and 10 June 2025 at Dunmore "
        "Civic Centre. Book a place through the partnership’s learning portal."]


def test_the_newsletters_myth_columns_read_box_by_box() -> None:
    texts = passages(NEWSLETTER, "s3")
    joined = "\n".join(texts)
    order = [joined.find(part) for part in ("I can’t share anything without the parents’ consent",
                                            NEWSLETTER_FACTS[0],
                                            "Once I’ve made a referral, it’s up to social care",
                                            NEWSLETTER_FACTS[1])]
    assert -1 not in order and order == sorted(order)
    for fact in NEWSLETTER_FACTS:  # each fact a paragraph of its own, not run into the next box
        [holding] = [t for t in texts if fact in t]
        assert "“" not in holding


def test_the_newsletters_guidance_list_and_case() -> None:
    assert passages(NEWSLETTER, "s5") == [
        "Working Together to Safeguard Children 2023: the statutory guidance on multi-agency working.\n"
        "Information sharing: advice for practitioners providing safeguarding services to children, young people, "
        "parents and carers (May 2024): the government’s advice, with its seven golden rules.\n"
        "Keeping Children Safe in Education 2024: for schools and colleges, in force from 1 September 2024."]
    [case] = unseen_cases(NEWSLETTER)
    assert case.setting == "Child R, aged 3"
    assert case.scenario.startswith("Child R lived with his mother and her new partner.")
    assert case.scenario.endswith("until R was taken to hospital with a broken arm.")
    assert case.advice.startswith("no one agency had the whole picture")
    assert case.advice.endswith("the MASH will put the pieces together.")  # the button under it is no advice


def test_the_newsletters_wrapping_is_dropped() -> None:
    texts = passages(NEWSLETTER) + [title for _, title in sections(NEWSLETTER)]
    for furniture in ("Subscribe", "Past Issues", "Translate", "English", "Cymraeg", "Polski", "RSS",
                      "Consent, the law and learning", "Practice update for everyone", "View this email", "browser",
                      "logo", "Issue 22", "April 2025", "Safeguarding Matters", "Read the seven-minute briefing",
                      "Facebook", "Website", "Copyright", "All rights reserved", "You are receiving",
                      "mailing address", "Market Street", "DN4 7QX", "United Kingdom", "address book",
                      "preferences", "unsubscribe", "Mailchimp", "list-manage", "http", "[if", "mso", "endif"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_newsletters_law_myths_and_guidance(catalog: Catalog) -> None:
    # the Act named before its paragraph counts on its own, as in round 14 ("the Data Protection Act 2018 allows
    # ... under Schedule 1, paragraph 18")
    assert cited(NEWSLETTER, catalog) == LAW | {("crime-and-disorder-act-1998", "section 115"),
                                                ("data-protection-act-2018", None)}
    assert guidance(NEWSLETTER, catalog) == GUIDANCE | {KCSIE}
    myths = unseen_myths_in(NEWSLETTER)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I can’t share anything without the parents’ consent": "no",
        "Once I’ve made a referral, it’s up to social care to find out what else is going on": "no"}
    assert myths["I can’t share anything without the parents’ consent"].answer == NEWSLETTER_FACTS[0]
    assert myths["Once I’ve made a referral, it’s up to social care to find out what else is going on"].answer == (
        NEWSLETTER_FACTS[1])
    assert unseen(NEWSLETTER).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A Docusaurus page written in MDX


MDX = "kingsmere-mash-docusaurus-mdx-page.md"


def test_the_mdx_pages_sections_and_tabs() -> None:
    assert sections(MDX) == [("s1", "Why sharing matters"), ("s2", "The law"), ("s3", "Schools and colleges"),
                             ("s4", "Health"), ("s5", "Police"), ("s6", "Myths"),
                             ("s7", "Case example: Ollie, aged 8"), ("s8", "Further reading")]
    assert passages(MDX, "front") == [
        "This page explains when and how to share information with the Kingsmere MASH, the law that allows it, and "
        "the myths that still get in the way. It is for anyone who works with children or their families in "
        "Kingsmere.",
        "If a child is in immediate danger – Call 999 first. Then call the MASH on 01632 960 400."]
    assert passages(MDX, "s2")[:2] == [
        "Every body named in section 11 of the Children Act 2004 must make sure that its functions are discharged "
        "having regard to the need to safeguard and promote the welfare of children. When children's social care "
        "make enquiries under section 47 of the Children Act 1989, other agencies must help them unless it would be "
        "unreasonable to do so.",
        "Data protection law supports sharing that is necessary and proportionate. The lawful basis is usually "
        "Article 6(1)(e) of the UK GDPR. For special category data you also need a condition under Article 9, and "
        "the Data Protection Act 2018 provides one in Schedule 1, paragraph 18: safeguarding of children and of "
        "individuals at risk."]
    assert passages(MDX, "s5") == [
        "Officers may share information with the local authority and other relevant authorities under section 115 "
        "of the Crime and Disorder Act 1998 where it is necessary to prevent crime, as well as under their common "
        "law powers to protect life and prevent harm."]
    assert passages(MDX, "s3")[0].startswith("Governing bodies and proprietors must have regard to Keeping Children")


def test_the_mdx_pages_myths_stay_over_their_answers() -> None:
    assert passages(MDX, "s6") == [
        'Myth: "I need the parents\' consent before I can contact the MASH."',
        "False. You do not need consent to share information where a child is at risk of significant harm. Where it "
        "is safe, tell the family that you are contacting the MASH and why.",
        'Myth: "If I share information without consent, I will breach the Human Rights Act."',
        "Not true. Article 8 of the European Convention on Human Rights, which the Human Rights Act 1998 brings into "
        "UK law, protects private and family life, but it allows an interference that is lawful, necessary and "
        "proportionate to protect a child. Sharing to safeguard a child will usually meet that test."]


def test_the_mdx_pages_code_and_site_furniture_are_dropped() -> None:
    texts = passages(MDX) + [title for _, title in sections(MDX)]
    for furniture in ("import", "@theme", "{/*", "*/}", "Owner", "Legal Services", "<Tabs", "Tabs>", "TabItem",
                      "groupId", "queryString", "label=", "<abbr", "Multi-Agency Safeguarding Hub", "{#", "#the-law",
                      "DocCardList", "sidebar", "k.osei", "2025-02-11", "last_update", ":::", "danger[", "info[",
                      "note[", "https://"):
        assert not [t for t in texts if furniture in t], furniture


def test_the_mdx_pages_law_myths_case_and_guidance(catalog: Catalog) -> None:
    assert cited(MDX, catalog) == LAW | {("gdpr", "article 9(2)(h)"), ("education-act-2002", "section 175"),
                                         ("common-law-duty-of-confidence", None),
                                         ("crime-and-disorder-act-1998", "section 115"), ("echr", "article 8"),
                                         ("human-rights-act-1998", None), ("data-protection-act-2018", None),
                                         # "Child safeguarding practice reviews" are the 2017 Act's (round 27)
                                         ("children-and-social-work-act-2017", None)}
    assert guidance(MDX, catalog) == GUIDANCE | {KCSIE}
    myths = unseen_myths_in(MDX)
    assert {s: (m.verdict, m.answer[:10]) for s, m in myths.items()} == {
        "I need the parents' consent before I can contact the MASH": ("no", "False. You"),
        "If I share information without consent, I will breach the Human Rights Act": ("no", "Not true. ")}
    [case] = unseen_cases(MDX)
    assert case.setting == "Ollie, aged 8" and case.scenario.startswith("Ollie's school noticed")
    assert "children's social care started a section 47 enquiry that week." in case.scenario
    assert "Share what you know, even if it seems small, and let the MASH put it together." in case.advice
    assert "Further reading" not in case.advice and "Working Together" not in case.advice
    assert unseen(MDX).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# Printable myth-buster cards in a two-column grid


CARDS = "rowanbridge-scp-myth-buster-cards-print.pdf"
CARD_FACTS = (
    "Consent is one lawful basis for sharing, but not the only one. Under Article 6(1)(e) of the UK GDPR, public "
    "bodies can share to carry out their public tasks, and Schedule 1, paragraph 18 of the Data Protection Act 2018 "
    "lets you share special category data to safeguard a child without consent.",
    "No. Health information is special category data, so you need a condition under Article 9 as well as a lawful "
    "basis under Article 6. The safeguarding condition in the Data Protection Act 2018 is written for exactly this.",
    "Partly true. Be open and honest with families about what you share and why, unless telling them would put the "
    "child or anyone else at greater risk, or get in the way of a police investigation.",
    "Never promise a child that you will keep a secret. The common law duty of confidence gives way where sharing is "
    "in the public interest, and protecting a child from significant harm is such an interest. Tell the child what "
    "you will do with what they have told you.")
CARD_MYTHS = ("I need consent to share information about a child", "GDPR stops me sharing health information",
              "I should always tell the family before I share", "A child’s confidences can never be passed on")


def test_the_cards_sections_no_belief_a_heading() -> None:
    assert sections(CARDS) == [("s1", "Information sharing: myth busters"), ("s2", "The law in brief"),
                               ("s3", "Real life: Jess, aged 15"), ("s4", "Find out more"),
                               ("s5", "Worried about a child?")]
    assert passages(CARDS, "s1")[:2] == [
        "For everyone who works with children, young people and families in Rowanbridge",
        "Worries about data protection and confidentiality still stop practitioners sharing information that would "
        "keep a child safe. These cards answer the myths we hear most often in Rowanbridge. Print them, pin them "
        "up, and talk them through with your team."]
    assert passages(CARDS, "s5") == ["Call the Rowanbridge MASH on 01632 960 812, or 01632 960 999 out of hours. If "
                                     "a child is in immediate danger, call 999."]


def test_the_cards_are_read_one_by_one() -> None:
    texts = passages(CARDS, "s1")
    joined = "\n".join(texts)
    order = [joined.find(part) for pair in zip(CARD_MYTHS, CARD_FACTS, strict=True) for part in pair]
    assert -1 not in order and order == sorted(order)  # each card whole, left before right, row by row
    for fact in CARD_FACTS:
        [holding] = [t for t in texts if fact in t]  # a fact's lines make one paragraph, no neighbour's in it
        assert not [myth for myth in CARD_MYTHS if myth in holding]


def test_the_cards_law_box_and_guidance(catalog: Catalog) -> None:
    # the list's four items, each whole and in order (its bullets are shapes, no text: one passage or four)
    assert "\n".join(passages(CARDS, "s2")) == (
        "Children Act 2004, s.11: agencies must make arrangements to safeguard and promote the welfare of children.\n"
        "Children Act 1989, s.17 and s.47: services for children in need, and enquiries where a child may be "
        "suffering significant harm.\n"
        "UK GDPR, Articles 6 and 9, and the Data Protection Act 2018, Schedule 1: the lawful bases and conditions for "
        "sharing.\n"
        "Article 8 of the European Convention on Human Rights, in the Human Rights Act 1998: sharing must be "
        "necessary and proportionate.")
    found = cited(CARDS, catalog)
    required = {("children-act-2004", "section 11"), ("children-act-1989", "section 17"),
                ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 6"),
                ("gdpr", "article 9"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
                ("data-protection-act-2018", "schedule 1"), ("echr", "article 8"), ("human-rights-act-1998", None),
                ("common-law-duty-of-confidence", None)}
    # "GDPR" in a belief, and the Act named for its "safeguarding condition", stand alone as well
    assert found == required | {("gdpr", None), ("data-protection-act-2018", None)}
    assert guidance(CARDS, catalog) == GUIDANCE | {KCSIE}
    assert unseen(CARDS).meta.jurisdictions == ("England",)


def test_the_cards_myths_each_answered_by_its_own_fact() -> None:
    myths = unseen_myths_in(CARDS)
    assert {s: m.verdict for s, m in myths.items()} == {
        "I need consent to share information about a child": "no",
        "GDPR stops me sharing health information": "no",
        "I should always tell the family before I share": "partly",
        "A child’s confidences can never be passed on": "no"}
    assert myths[CARD_MYTHS[0]].answer == CARD_FACTS[0]
    assert myths[CARD_MYTHS[1]].answer == CARD_FACTS[1]
    assert myths[CARD_MYTHS[2]].answer.startswith(CARD_FACTS[2])
    assert myths[CARD_MYTHS[3]].answer == CARD_FACTS[3]


def test_the_cards_answer_of_two_paragraphs_is_whole() -> None:
    # the card's answer runs on to the next card's belief: its second paragraph is its own
    third = unseen_myths_in(CARDS)[CARD_MYTHS[2]].answer
    assert third.endswith("If so, share without telling them, and record why.")


def test_the_cards_case_and_furniture() -> None:
    [case] = unseen_cases(CARDS)
    assert case.setting == "Jess, aged 15"
    assert case.scenario.startswith("Jess told her youth worker that she was staying with older friends")
    assert case.scenario.endswith("telling Jess what they were doing and why.")
    assert case.advice.startswith("when you are unsure, ask for advice")
    assert case.advice.endswith("Record your decision and your reasons.")
    texts = passages(CARDS) + [title for _, title in sections(CARDS)]
    for furniture in ("M Y T H", "F A C T", "Page", "of 2", "Myth busters ·", "Partnership ·"):
        assert not [t for t in texts if furniture in t], furniture
