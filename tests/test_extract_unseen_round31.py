"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 31),
each read first as a careful reader would.

* `brindlecombe-front-door-govuk-web-archive-capture.html`: a GOV.UK "HTML attachment" (an HTML
  publication: "Sharing information at the front door: practice note", Department for Education,
  published 20 March 2024) saved from the UK Government Web Archive, which wraps the page it
  replays. The archive's wrapping: the replay scripts in the head (`wombat.js`, a `wbinfo` block
  naming the capture's time stamp), the banner inserted at the top of the body ("UK Government Web
  Archive" under The National Archives' logo, its strapline "We capture, preserve, and make
  accessible ...", an archive navigation list "Home", "Search the archive", "A–Z of websites", "About
  the archive", "Help", the capture line "You are viewing this page as it was archived on 14 June
  2024, 09:32:11. Some links, images and forms may not work.", links to the previous and next
  captures and "See all 4 captures", "View this page on the live web", a "Hide banner" button), a
  closing comment after `</html>` ("FILE ARCHIVED ON ... AND RETRIEVED FROM THE UK GOVERNMENT WEB
  ARCHIVE ON ..."), and every link and asset rewritten to
  `https://webarchive.nationalarchives.gov.uk/ukgwa/20240614093211/https://www.gov.uk/...` (`im_`,
  `cs_` and `js_` for images, styles and scripts). Inside it, GOV.UK's own furniture as captured: the
  cookie banner, the skip link, the header ("Menu", "Search GOV.UK"), the department's logo
  ("Department for Education"), the "Guidance" document type over the `<h1>`, "Published 20 March
  2024", the "Contents" list (numbered: "1. " in a span of its own before each title), "Print this
  page", the licence block that opens every HTML attachment ("© Crown copyright 2024", the Open
  Government Licence, The National Archives' address, "This publication is available at https://..."
  typed as text), the "Contents" back-to-top link, "Is this page useful?" with "Report a problem
  with this page", and the footer (link lists, "Support links", the licence line, "© Crown
  copyright"). The publication itself: six numbered `<h2>`s ("1. Introduction" ... "6. Further
  guidance", the number in a `span.number`), each over paragraphs typed with their numbers ("1.1
  This practice note ..."): each numbered paragraph a section of its own keyed by its number, as on
  the GOV.UK page of round 17, whatever follows it up to the next number (a callout, a box) its
  own. A govspeak information callout (`div.application-notice.info-notice`: "If you think a child is
  in immediate danger, call 999. ...") after 1.2; a govspeak example box (`div.example`) after 4.1
  holding two bold "Myth:" lines, each belief in curly quotation marks, answered by a bold
  "Reality:"; a case under "5. Case example: Leo, aged 4" told in 5.1 and 5.2, its lesson in 5.3
  ("What this shows: ..."); and "6. Further guidance", a lead-in (6.1) over a list of three titles.
  Law: Children Act 2004 s11, Children Act 1989 s17 and s47 ("section 47 of that Act", and again in
  the case), the UK GDPR and the DPA 2018 both named whole ("do not prevent, or limit, the
  sharing"), UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18, Crime and Disorder
  Act 1998 s115, the common law duty of confidence, ECHR Article 8 and the HRA 1998. Guidance:
  Working Together 2023, the 2024 advice, KCSIE 2024. Myths: two, both false, each answered by the
  "Reality:" under it. Case: Leo, aged 4, with what it shows as its advice. Nation: England.
* `saltmere-scp-briefing-slides-text-export.txt`: a partnership's PowerPoint briefing exported as a
  plain-text version "for screen readers": two header lines (the file name, "Saltmere SCP
  information sharing briefing v3.pptx", and "Text version of the slides and speaker notes, for
  screen readers"), then each slide as a counter line ("Slide 3 of 12"), its title on the next line
  at the margin, its body lines indented with tabs (a second tab for a sub-point), and for some
  slides a "Notes:" line over the speaker notes. Slide 1 is the title slide: the title, the subtitle
  ("A briefing for everyone who works with children and families in Saltmere"), the partnership's
  name and the month ("Saltmere Safeguarding Children Partnership · March 2025") and the logo's
  alternative text ("[Image: ... logo]"). Then "Why this matters" (a point over two sub-points, a
  second point, notes), "The law that lets you share" (four points, one for each Act and section,
  notes), "Data protection and confidentiality" (points, one with a sub-point, notes naming the
  common law duty of confidence), four slides all titled "Myth or fact?" (a belief in curly quotation
  marks with the presenter's note to take a vote; then "Answer: Myth" over two lines of explanation;
  a second belief, another vote; then "Answer: Fact" over the explanation), a case on two slides
  ("Case study: Mia, aged 7" and "Case study: Mia, aged 7 (continued)", the second ending in a
  "What we learned:" point over two sub-points, then notes), "Where to find out more" (three titles
  and the MASH's numbers) and "Questions?" (a closing slide, empty). A careful reader takes each
  slide's title as a section, a title repeated on the slides that follow it (the four "Myth or
  fact?" slides, the case's "(continued)") as one section carried on, and the closing "Questions?"
  as no section; a slide's points as a list and its notes as paragraphs; the "Answer:" line as the
  verdict over the answer, not part of it. Sections: the title, "Why this matters", "The law that
  lets you share", "Data protection and confidentiality", "Myth or fact?", "Case study: Mia, aged 7",
  "Where to find out more". Law: Children Act 2004 s11, Children Act 1989 ss17 and 47, Crime and
  Disorder Act 1998 s115, the UK GDPR and the DPA 2018 named whole ("are not barriers to sharing"),
  UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18, ECHR Article 8 and the HRA 1998, the
  common law duty of confidence, and the Children and Social Work Act 2017 by the reviews it created
  (the notes' "Child safeguarding practice reviews have found ...", as in round 29). Guidance: Working
  Together 2023, the 2024 advice, KCSIE 2024. Myths: two, the first a myth ("no"), the second a fact
  ("yes"), each answered on the slide after it. Case: Mia, aged 7, the story across both slides, the
  lesson under "What we learned:". Furniture: the header lines, the slide counters, the "Notes:"
  labels, the partnership-and-month line and the logo's text on the title slide, "(continued)",
  "Questions?". Nation: England.
* `glenarroch-council-practice-wiki-mediawiki-source.txt`: a Scottish council's practice guide on its
  MediaWiki wiki, saved as the page's source (wikitext, in a `.txt`: the reader takes no `.wiki`).
  An `{{Infobox practice guide | ...}}` template (the title, the council's crest as a `[[File:...]]`,
  owner, audience, approver, approval and review dates, version: the page's metadata box); `{{Toc
  right}}` (the table of contents); an HTML comment naming the Children (Care and Justice)
  (Scotland) Act 2024 for a later edit; no title heading (the wiki shows the page's name), so the
  lead stands before the first heading: a paragraph opening with the page's name in bold
  (`'''...'''`), with internal links (`[[Glenarroch]]`, `[[Getting it right for every
  child|GIRFEC]]`, shown as their text) and italics (`''...''`), then a `{{Warning|...}}` template
  whose one parameter is the box's text. Sections (`== ... ==`, `=== ... ===`): "Why sharing
  matters" (a paragraph and three `*` bullets), "The law" (no text of its own) over "Child
  protection and wellbeing" (two paragraphs with `<ref>` footnotes, one named `<ref name="cyp">`,
  and an external link `[https://... National Guidance ...]` shown as its text) and "Data
  protection and confidentiality" (a paragraph, three `#` numbered points, a paragraph reusing a
  named note, `<ref name="ngcp" />`), "Myths and facts" (a `{| class="wikitable" ... |}` table: a
  caption `|+`, a header row `! style=... | Myth !! Fact`, three rows of a belief and its fact, one
  fact carrying a `<ref>`), "Case example: Ailsa, aged 9" (two paragraphs of story, then a bold
  "What we learned:"), "Further reading" (three external links as bullets) and "References" (where
  `<references />` sets out the five notes, in the order their marks first appear: the note used
  twice set out once). A careful reader reads each note's mark where it stands and its text under
  "References", the note's law supporting the paragraph that marks it. Then a `{{Navbox child
  protection}}` template and three `[[Category:...]]` links (the wiki's furniture). Law: Children
  (Scotland) Act 1995 s22 and (in note 1) s22(1); Children and Young People (Scotland) Act 2014 s96
  and (in note 2) s96(2); the UK GDPR and the DPA 2018 named whole ("apply in Scotland"), UK GDPR
  Articles 6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18 and (in the table's note) s208; ECHR
  Article 8 and the HRA 1998; the common law duty of confidentiality; not the comment's Act.
  Guidance: the National Guidance for Child Protection in Scotland (2021, updated 2023), GIRFEC (its
  practice guidance on information sharing among them). Myths: three, all false, each answered by
  the fact in its row. Case: Ailsa, aged 9. Furniture: the templates' names and parameters (but the
  Warning's text), the file, the comment, the wiki markup (quotes, brackets, the table's pipes and
  attributes, the list marks, the ref tags), the link targets, the categories. Nation: Scotland.
"""

from __future__ import annotations

import re

from helpers import (
    COMMON_GUIDANCE,
    COMMON_LAW,
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
LAW, GUIDANCE = COMMON_LAW, COMMON_GUIDANCE
KCSIE = "keeping-children-safe-in-education"
_texts, under = unseen_texts, unseen_under
_in_order, _unmarked = in_order, unmarked




# ---------------------------------------------------------------------------------------------
# A GOV.UK HTML attachment replayed by the UK Government Web Archive


ARCHIVE = "brindlecombe-front-door-govuk-web-archive-capture.html"
ARCHIVE_MYTHS = {
    "I need the parents’ consent before I can share a concern with the front door": (
        "no", "Consent is not the only lawful basis for sharing, and often not the right one. Where asking for "
              "consent would put the child at greater risk, or cause a delay, share without it and record why."),
    "The front door will tell the family who made the referral": (
        "no", "Front doors do not routinely tell families who raised a concern. If you are worried for your own "
              "safety, say so when you share, and the front door will consider how to protect your identity.")}


def test_the_archived_attachments_numbered_sections() -> None:
    # the numbered headings, and each numbered paragraph a section of its own (round 17's GOV.UK page)
    assert [key for key, _ in sections(ARCHIVE)] == [
        "s1", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "3", "3.1", "3.2", "3.3", "4", "4.1",
        "5", "5.1", "5.2", "5.3", "6", "6.1"]
    assert [(key, title) for key, title in sections(ARCHIVE) if "." not in key] == [
        ("s1", "Sharing information at the front door: practice note"), ("1", "Introduction"),
        ("2", "The law that allows sharing"), ("3", "Deciding what to share"), ("4", "Common myths"),
        ("5", "Case example: Leo, aged 4"), ("6", "Further guidance")]
    # the licence block, the "Guidance" type and the publication date stand between the title and 1
    assert passages(ARCHIVE, "s1") == []


def test_the_archived_attachments_paragraphs_and_callout() -> None:
    assert passages(ARCHIVE, "1.1") == [
        "This practice note is for everyone who works in, or with, a multi-agency front door: the place where a "
        "local area’s safeguarding partners receive concerns about children and decide what should happen next. It "
        "explains the law that allows practitioners to share information there, and how to decide what to share."]
    assert passages(ARCHIVE, "1.2") == [
        "It should be read alongside Working Together to Safeguard Children 2023 and Information sharing: advice for "
        "practitioners providing safeguarding services for children, young people, parents and carers (2024). "
        "Schools and colleges should also follow Keeping children safe in education 2024.",
        "If you think a child is in immediate danger, call 999. Do not wait to gather more information before you "
        "act."]
    assert passages(ARCHIVE, "2.2") == [
        "Where a child may be in need, the local authority assesses their needs under section 17 of the Children "
        "Act 1989. Where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, "
        "significant harm, it must make enquiries under section 47 of that Act, and other agencies must help with "
        "those enquiries."]
    assert passages(ARCHIVE, "2.4") == [
        "The police and the local authority may also share information with each other where it is necessary to "
        "prevent crime and disorder, under section 115 of the Crime and Disorder Act 1998."]
    assert passages(ARCHIVE, "3.3") == [
        "Record what you shared, with whom, when and why. If you decide not to share, record that decision and your "
        "reasons too."]
    further = "\n".join(passages(ARCHIVE, "6.1"))
    assert further.startswith("This practice note draws on the following guidance:")
    assert _in_order(further, ("Working Together to Safeguard Children 2023",
                               "Information sharing: advice for practitioners providing safeguarding services",
                               "Keeping children safe in education 2024"))


def test_the_archived_attachments_myth_box() -> None:
    box = "\n".join(passages(ARCHIVE, "4.1"))
    assert passages(ARCHIVE, "4.1")[0].startswith("Reviews of cases in which children were seriously harmed")
    pairs = tuple(part for statement, (_, answer) in ARCHIVE_MYTHS.items() for part in (statement, answer))
    assert _in_order(box, pairs)
    myths = unseen_myths_in(ARCHIVE)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == ARCHIVE_MYTHS


def test_the_archived_attachments_case() -> None:
    [case] = unseen_cases(ARCHIVE)
    assert case.setting == "Leo, aged 4"
    assert case.section == "5"
    assert case.scenario.startswith("Leo, aged 4, lives in Brindlecombe with his mother and her partner.")
    assert case.scenario.endswith("children’s social care began enquiries under section 47 of the Children Act 1989.")
    assert case.advice.startswith("no single agency held enough information to see the risk to Leo.")
    assert case.advice.endswith("did not need his mother’s consent to share what they knew.")
    assert "Further guidance" not in case.advice and "draws on" not in case.advice


def test_the_archived_attachments_law_and_guidance(catalog: Catalog) -> None:
    # "The UK GDPR and the Data Protection Act 2018 do not prevent, or limit, the sharing": both named whole
    assert cited(ARCHIVE, catalog) == LAW | {("children-act-1989", "section 17"), ("gdpr", None),
                                             ("data-protection-act-2018", None),
                                             ("crime-and-disorder-act-1998", "section 115"),
                                             ("common-law-duty-of-confidence", None), ("echr", "article 8"),
                                             ("human-rights-act-1998", None)}
    # "section 47 of that Act": the Children Act 1989 named just before
    assert ("children-act-1989", "section 47", "") in unseen_cited(ARCHIVE, catalog, "2.2")
    assert guidance(ARCHIVE, catalog) == GUIDANCE | {KCSIE}
    assert unseen(ARCHIVE).meta.jurisdictions == ("England",)


def test_the_archives_wrapping_and_govuks_furniture_are_dropped() -> None:
    for furniture in ("UK Government Web Archive", "The National Archives", "We capture", "Search the archive",
                      "A–Z of websites", "About the archive", "archived", "captures", "Previous capture",
                      "Next capture", "14 June 2024", "09:32:11", "7 June 2023", "2 October 2024", "live web",
                      "Hide banner", "wbinfo", "wombat", "FILE ARCHIVED", "RETRIEVED", "webarchive", "ukgwa",
                      "nationalarchives", "Cookies", "cookies", "Skip to main content", "GOV.UK", "Menu",
                      "Department", "Published", "20 March 2024", "Crown copyright", "Open Government Licence",
                      "third party copyright", "This publication is available", "psi@", "Kew", "Contents",
                      "Print this page", "Is this page useful", "Report a problem", "Services and information",
                      "Benefits", "Government activity", "Support links", "Privacy", "Accessibility statement",
                      "https://", "www.gov.uk"):
        assert not [t for t in _texts(ARCHIVE) if furniture in t], furniture
    assert "Guidance" not in _texts(ARCHIVE)  # the document type over the title
    assert not [t for t in passages(ARCHIVE) if re.match(r"\d+\.\d+ ", t)]  # the paragraph numbers are keys


# ---------------------------------------------------------------------------------------------
# A PowerPoint briefing exported as text for screen readers


SLIDES = "saltmere-scp-briefing-slides-text-export.txt"
SLIDES_MYTHS = ("If a family has said no to early help, I can’t share my worries about their child with anyone",
                "A 13-year-old can decide for themselves whether information about them is shared")


def test_the_slides_sections_are_their_titles_once_each() -> None:
    # the four "Myth or fact?" slides are one section, the case's "(continued)" slide carries its case on,
    # and the closing "Questions?" heads nothing
    assert sections(SLIDES) == [("s1", "Sharing information to keep children safe"), ("s2", "Why this matters"),
                                ("s3", "The law that lets you share"), ("s4", "Data protection and confidentiality"),
                                ("s5", "Myth or fact?"), ("s6", "Case study: Mia, aged 7"),
                                ("s7", "Where to find out more")]
    # the subtitle stays; the partnership-and-month line and the logo's text are the title slide's furniture
    assert passages(SLIDES, "s1") == ["A briefing for everyone who works with children and families in Saltmere"]
    assert passages(SLIDES, "front") == []  # the export's own header lines


def test_the_slides_points_and_notes() -> None:
    assert under(SLIDES, "The law that lets you share") == [
        "Children Act 2004, section 11: councils, health bodies, the police and schools must safeguard and promote "
        "the welfare of children\n"
        "Children Act 1989, section 17: assessing children in need\n"
        "Children Act 1989, section 47: enquiries where a child is suffering, or likely to suffer, significant harm\n"
        "Crime and Disorder Act 1998, section 115: sharing with the police and the council to prevent crime",
        "None of this law stops you sharing. Section 47 enquiries depend on other agencies telling children’s social "
        "care what they know, and those agencies must help with the enquiries."]
    why = under(SLIDES, "Why this matters")
    assert _in_order("\n".join(why), ("Reviews in Saltmere and across England keep finding the same thing:",
                                      "each agency held a piece of the picture", "no one put the pieces together",
                                      "Sharing a worry early gets families help before problems grow",
                                      "Child safeguarding practice reviews have found, again and again"))
    assert why[-1].endswith("where sharing, or not sharing, made a difference.")
    data = under(SLIDES, "Data protection and confidentiality")
    assert _in_order("\n".join(data), ("The UK GDPR and the Data Protection Act 2018 are not barriers to sharing",
                                       "Lawful basis: UK GDPR Article 6(1)(e), the public task",
                                       "also need a condition under Article 9",
                                       "Data Protection Act 2018, Schedule 1, paragraph 18: safeguarding of children",
                                       "Article 8 ECHR and the Human Rights Act 1998"))
    assert data[-1] == ("The common law duty of confidence is not absolute. It gives way where sharing is in the "
                        "public interest, and protecting a child from significant harm is in the public interest.")
    assert under(SLIDES, "Where to find out more") == [
        "Working Together to Safeguard Children 2023\n"
        "Information sharing: advice for practitioners providing safeguarding services for children, young people, "
        "parents and carers (2024)\n"
        "Keeping Children Safe in Education 2024, for schools and colleges\n"
        "Saltmere MASH: 01632 960 418 (9am to 5pm); out of hours: 01632 960 419"]


def test_the_slides_myth_or_fact_pairs_across_slides() -> None:
    myths = unseen_myths_in(SLIDES)
    assert {s: m.verdict for s, m in myths.items()} == {SLIDES_MYTHS[0]: "no", SLIDES_MYTHS[1]: "yes"}
    first, second = myths[SLIDES_MYTHS[0]].answer, myths[SLIDES_MYTHS[1]].answer
    # the "Answer:" line is the verdict over the answer; the presenter's prompts to vote are neither
    assert first.startswith("A family can turn down early help, but that does not stop you sharing a safeguarding "
                            "concern.")
    assert first.endswith("Tell the family you are doing so, unless that would put the child at greater risk.")
    assert second.startswith("A young person who understands what sharing means, and what may happen next, can "
                             "give or refuse consent for themselves")
    assert second.endswith("where they, or another child, are at risk of significant harm.")
    for answer in (first, second):
        assert "Answer" not in answer and "vote" not in answer and "“" not in answer
    quiz = "\n".join(under(SLIDES, "Myth or fact?"))
    assert _in_order(quiz, (SLIDES_MYTHS[0], "A family can turn down early help", SLIDES_MYTHS[1],
                            "A young person who understands what sharing means"))


def test_the_slides_case_across_two_slides() -> None:
    [case] = unseen_cases(SLIDES)
    assert case.setting == "Mia, aged 7"
    assert case.scenario.startswith("Mia’s class teacher notices that she often arrives hungry and has bruises")
    assert "The school nurse knows that Mia has missed two hearing appointments" in case.scenario
    # the story carries on over the "(continued)" slide, up to what was learned
    assert case.scenario.endswith("The police found two earlier call-outs to the address, and a section 47 enquiry "
                                  "began the same day")
    assert case.advice.startswith("Each agency held one piece of the picture; together the pieces showed a child at "
                                  "risk of significant harm")
    assert "and recorded why she did" in case.advice
    for later in ("Where to find out more", "Working Together", "01632", "Questions"):
        assert later not in case.advice, later


def test_the_slides_law_and_guidance(catalog: Catalog) -> None:
    # "The UK GDPR and the Data Protection Act 2018 are not barriers to sharing": both named whole; the notes'
    # "Child safeguarding practice reviews have found ..." name the reviews the 2017 Act created (round 29)
    assert cited(SLIDES, catalog) == LAW | {("children-act-1989", "section 17"),
                                            ("children-and-social-work-act-2017", None),
                                            ("crime-and-disorder-act-1998", "section 115"), ("gdpr", None),
                                            ("data-protection-act-2018", None), ("echr", "article 8"),
                                            ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    assert guidance(SLIDES, catalog) == GUIDANCE | {KCSIE}
    assert unseen(SLIDES).meta.jurisdictions == ("England",)


def test_the_slides_export_furniture_is_dropped() -> None:
    for furniture in ("Slide", "of 12", ".pptx", "Text version", "screen readers", "[Image", "logo", "Notes:",
                      "Questions?", "(continued)", "March 2025", "Saltmere Safeguarding Children Partnership ·",
                      "Answer:", "\t"):
        assert not [t for t in _texts(SLIDES) if furniture in t], furniture


# ---------------------------------------------------------------------------------------------
# A Scottish council's practice guide in MediaWiki's wikitext


WIKI = "glenarroch-council-practice-wiki-mediawiki-source.txt"
WIKI_MYTHS = {
    "I need the parents' consent before I can share a child protection concern": (
        "no", "Consent is not the basis for sharing a child protection concern. If a child may be at risk of "
              "significant harm, share what you know with social work or the police straight away. Tell the family "
              "what you are doing, unless that would put the child at greater risk."),
    "Data protection law stops me sharing information about a child with another agency": (
        "no", "Data protection law is not a barrier to sharing. It makes sure that information is shared lawfully, "
              "fairly and securely.")}
WIKI_YOUNG = "A 13-year-old is too young to have a say in what is shared about them"
WIKI_NOTES = ("Children (Scotland) Act 1995, section 22(1).",
              "Children and Young People (Scotland) Act 2014, section 96(2).",
              "Scottish Government, National Guidance for Child Protection in Scotland 2021 – updated 2023, Part 3.",
              "Data Protection Act 2018, Schedule 1, Part 2, paragraph 18.",
              "Data Protection Act 2018, section 208.")


def test_the_wiki_pages_sections() -> None:
    # no title heading (the wiki shows the page's name): the lead and the Warning box stand before the first
    assert sections(WIKI) == [("s1", "Why sharing matters"), ("s2", "The law"),
                              ("s3", "Child protection and wellbeing"), ("s4", "Data protection and confidentiality"),
                              ("s5", "Myths and facts"), ("s6", "Case example: Ailsa, aged 9"),
                              ("s7", "Further reading"), ("s8", "References")]
    assert passages(WIKI, "front") == [
        "Sharing information about children and young people is a short guide for everyone who works with children, "
        "young people and families in Glenarroch. It explains when you can share information to protect a child, "
        "the law that lets you do so, and some myths that still stop people sharing. It follows the National "
        "Guidance for Child Protection in Scotland and the GIRFEC approach.",
        "If you think a child is in immediate danger, call Police Scotland on 999. For any other child protection "
        "concern, contact Glenarroch Council Social Work Services on 01632 960 812, or the out-of-hours service on "
        "01632 960 813."]
    assert passages(WIKI, "s2") == []


def test_the_wiki_pages_paragraphs_and_lists_without_markup() -> None:
    assert under(WIKI, "Why sharing matters") == [
        "Most children and families get the help they need from the services everyone uses. Sometimes, though, a "
        "child's wellbeing or safety depends on practitioners putting together what each of them knows. Learning "
        "reviews in Scotland keep finding that agencies each held part of the picture and no one put it together.",
        "Share early, when you first have a concern, not only when you are sure.\n"
        "Share what is necessary and proportionate: no more, and no less.\n"
        "Record what you shared, with whom, when and why."]
    assert [_unmarked(t) for t in under(WIKI, "Child protection and wellbeing")] == [
        "Under section 22 of the Children (Scotland) Act 1995, the council must safeguard and promote the welfare of "
        "children in need in its area. A child's wellbeing is assessed against the eight indicators in section 96 of "
        "the Children and Young People (Scotland) Act 2014: safe, healthy, achieving, nurtured, active, respected, "
        "responsible and included.",
        "Where there is a concern that a child may be at risk of significant harm, the police, social work and "
        "health share what they know in an inter-agency referral discussion (IRD), as the National Guidance for "
        "Child Protection in Scotland 2021 (updated 2023) sets out."]
    data = [_unmarked(t) for t in under(WIKI, "Data protection and confidentiality")]
    assert data[0] == ("The UK GDPR and the Data Protection Act 2018 apply in Scotland as in the rest of the UK. They "
                       "do not stop you sharing information to protect a child.")
    assert _in_order("\n".join(data), (
        "Your lawful basis will usually be Article 6(1)(e) of the UK GDPR: a task carried out in the public interest.",
        "For health and other special category data you also need a condition under Article 9.",
        "Sharing must respect Article 8 of the European Convention on Human Rights, the right to respect for private "
        "and family life, which the Human Rights Act 1998 makes part of our law.",
        "The common law duty of confidentiality is not absolute."))
    assert data[-1].endswith("and the GIRFEC approach expects you to.")
    assert under(WIKI, "Further reading") == [
        "National Guidance for Child Protection in Scotland 2021 – updated 2023\n"
        "Getting it right for every child (GIRFEC)\n"
        "GIRFEC practice guidance 4: information sharing"]


def test_the_wiki_pages_notes_are_set_out_under_references(catalog: Catalog) -> None:
    notes = "\n".join(under(WIKI, "References"))
    assert _in_order(notes, WIKI_NOTES)
    assert notes.count("National Guidance for Child Protection in Scotland 2021") == 1  # the note used twice
    joined = "\n".join(passages(WIKI))
    for note in WIKI_NOTES:  # a note's text is read once, under "References", not also where its mark stands
        assert joined.count(note.rstrip(".")) == 1, note
    # a note's law supports the paragraph that marks it
    assert ("children-scotland-act-1995", "section 22(1)", "") in unseen_cited(WIKI, catalog, "s3")
    assert ("children-and-young-people-scotland-act-2014", "section 96(2)", "") in unseen_cited(WIKI, catalog, "s3")
    assert ("data-protection-act-2018", "section 208", "") in unseen_cited(WIKI, catalog, "s5")


def test_the_wiki_pages_myths_from_the_wikitable() -> None:
    myths = unseen_myths_in(WIKI)
    assert {s: m.verdict for s, m in myths.items()} == {**{s: v for s, (v, _) in WIKI_MYTHS.items()}, WIKI_YOUNG: "no"}
    for statement, (_, answer) in WIKI_MYTHS.items():
        assert myths[statement].answer == answer
    young = _unmarked(myths[WIKI_YOUNG].answer)
    assert young.startswith("In Scotland a young person aged 12 or over is presumed to be mature enough to exercise "
                            "their own data protection rights.")
    assert young.endswith("where they are at risk of significant harm, their objection does not stop you sharing.")
    assert "<ref" not in young and "Data Protection Act 2018, section 208" not in young
    table = "\n".join(under(WIKI, "Myths and facts"))
    assert _in_order(table, (*(part for statement, (_, answer) in WIKI_MYTHS.items() for part in (statement, answer)),
                             WIKI_YOUNG))


def test_the_wiki_pages_case() -> None:
    [case] = unseen_cases(WIKI)
    assert case.setting == "Ailsa, aged 9"
    assert case.scenario.startswith("Ailsa's primary school noticed that she was often late, tired and hungry")
    assert case.scenario.endswith("both children were at risk of significant harm, and a child protection "
                                  "investigation began.")
    assert case.advice.startswith("no single service knew enough to see the risk to Ailsa and her brother.")
    assert case.advice.endswith("the health visitor did not need the parents' consent to share what she had seen.")
    assert "Further reading" not in case.advice and "GIRFEC" not in case.advice


def test_the_wiki_pages_law_and_guidance(catalog: Catalog) -> None:
    # not the Children (Care and Justice) (Scotland) Act 2024, named only in an HTML comment
    assert cited(WIKI, catalog) == {("children-scotland-act-1995", "section 22"),
                                    ("children-scotland-act-1995", "section 22(1)"),
                                    ("children-and-young-people-scotland-act-2014", "section 96"),
                                    ("children-and-young-people-scotland-act-2014", "section 96(2)"),
                                    ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
                                    ("data-protection-act-2018", None),
                                    ("data-protection-act-2018", "schedule 1 paragraph 18"),
                                    ("data-protection-act-2018", "section 208"), ("echr", "article 8"),
                                    ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    assert guidance(WIKI, catalog) == {"national-guidance-child-protection-scotland", "girfec"}
    assert unseen(WIKI).meta.jurisdictions == ("Scotland",)


def test_the_wiki_pages_markup_and_furniture_are_dropped() -> None:
    for furniture in ("{{", "}}", "Infobox", "practice guide |", "owner", "audience", "approved", "12 February 2025",
                      "February 2027", "version", "2.1", "crest", "File:", "120px", "Toc", "__TOC__", "<!--", "-->",
                      "quality assurance", "Care and Justice", "Warning|", "'''", "''", "[[", "]]", "[http", "https://",
                      "gov.scot", "{|", "|}", "|-", "|+", "!!", "wikitable", "style=", "width", "<ref", "</ref>",
                      "ref name", "<references", "Navbox", "Category"):
        assert not [t for t in _texts(WIKI) if furniture in t], furniture
    for text in passages(WIKI):  # the list marks are markup
        assert not re.match(r"[*#] ", text) and "\n* " not in text and "\n# " not in text, text
