"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 30),
each read first as a careful reader would.

* `wyvernholt-scp-flyer-text-boxes-word.docx` (written by `docx-sources/make_round30.py`): a
  partnership's one-page flyer made in Word, most of its text in floating text boxes laid over the
  page. Word 2010 and later save every such box twice inside `mc:AlternateContent`: the DrawingML
  shape in `mc:Choice` (its text in `wps:txbx`) and a VML copy for older Word in `mc:Fallback` (its
  text in `v:textbox`), both holding the same `w:txbxContent`; a careful reader reads each box once,
  where it stands on the page. The boxes: a heading band at the top, anchored in the first paragraph
  beside the partnership's logo (an inline picture), the flyer's title typed large and bold by hand
  ("Sharing information to keep children safe", 32pt bold, no heading style: the page's title as
  anyone sees it) over a 14pt line ("For everyone who works with children and families in
  Wyvernholt"); two myth/fact pairs, each a group of two boxes side by side (`wpg:wgp` in the Choice,
  a VML `v:group` of two shapes in the Fallback), the left box a red "MYTH" label over the belief in
  bold italic quotation marks, the right a "FACT" label over its answer, each group anchored in an
  empty paragraph under the body's "Myth or fact?" heading; and a case box anchored in an empty
  paragraph after them, opened by a "Heading 2" paragraph ("Case example: Kai, aged 11") over the
  story and a bold "What we learned:". The body around the boxes is ordinary paragraphs under
  "Heading 2" headings: an introduction, "The law that lets you share" (three paragraphs), "Myth or
  fact?" (one line), "Worried about a child?" (the MASH's numbers), "Find out more" (three bullets
  naming the guidance). Sections: the title, "The law that lets you share", "Myth or fact?", "Case
  example: Kai, aged 11" (the box's own heading), "Worried about a child?", "Find out more". Law:
  Children Act 2004 s11, Children Act 1989 ss17 and 47, the UK GDPR and DPA 2018 (both named whole:
  "do not stop you sharing"), UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18, ECHR
  Article 8 and the HRA 1998, the common law duty of confidence. Guidance: Working Together 2023,
  the 2024 advice, KCSIE 2024. Myths: two, both false, each answered by the fact in the box beside
  it. Case: Kai, with what was learned. Furniture: the logo, the shapes' names, the footer
  (partnership, web address, date); and the Fallback copies, never read a second time.
* `corriston-scp-jekyll-kramdown-page.md`: a page of a partnership's procedures site built by
  Jekyll on GitHub Pages (the "Just the Docs" theme), written in kramdown: YAML front matter (layout,
  title, parent, nav_order, permalink, description, last_modified_date); a `# ` title carrying
  `{: .no_toc }`, its lead paragraph carrying `{: .fs-6 .fw-300 }` (kramdown's inline attribute
  lists, on the line after the block they style); a Liquid include, `{% include callout.html
  type="warning" content="If a child is in immediate danger, call 999. ..." %}`, whose `content` is
  the callout's text; a "Contents" heading marked `{: .no_toc .text-delta }` over `* TOC` / `{:toc}`
  (kramdown's generated table of contents: navigation, no section); a rule; the law paragraphs, one
  styled `{: .note }`, a blockquote styled `{: .warning }`, and kramdown footnote marks (`[^1]`,
  `[^2]`) whose notes stand at the foot of the file; a Liquid comment (`{% comment %}` ... `{%
  endcomment %}`) naming the Domestic Abuse Act 2021 for a later edit; links whose targets are Liquid
  (`({{ site.baseurl }}/national-guidance/...)`, `({{ "/national-guidance/kcsie/" | relative_url
  }})`); a definition list of myths (`**Myth:** "..."` as the term, `: **Fact:** ...` as its
  definition); a case under "Learning from a local review: Harley, aged 6" whose lesson is a second
  callout include ("What we learned: ..."); "Further reading" links, one with a span attribute list
  (`{:target="_blank"}`); and a kramdown abbreviation definition (`*[MASH]: Multi-Agency
  Safeguarding Hub`, a tooltip). Sections: the title, "The law that lets you share", "Guidance we
  follow", "Myths and facts", "Learning from a local review: Harley, aged 6", "Further reading". Law:
  Children Act 2004 s11, Children Act 1989 s47 and (in note 1) s47(9) to (11), UK GDPR Articles
  6(1)(e) and 9, DPA 2018 Schedule 1 para 18, Crime and Disorder Act 1998 s115, the common law duty
  of confidence; not the comment's Domestic Abuse Act. Guidance: Working Together 2023, the 2024
  advice, KCSIE 2024. Myths: three, two false and one partly true ("Usually, but not always."),
  each answered by its definition. Case: Harley, the lesson in the include's content. Furniture:
  the front matter, the attribute lists, the TOC and its heading, the rule, the Liquid tags and the
  comment's text, the link targets, the abbreviation's definition.
* `tarnwick-scp-moodle-book-chapter.html`: a chapter of an e-learning course as Moodle 4's Boost
  theme serves it (a "Book" activity, saved from the browser): the site's navbar (brand "Tarnwick
  SCP Learning", "Home", "Dashboard", "My courses"), the notifications popover (its own `<h3>`
  "Notifications"), the user menu ("Sam Hughes", "Profile", "Grades", "Log out"); the course index
  drawer (sections and activities, each with a hidden `sr-only` "Done" / "To do"); the block drawer
  (the book's "Table of contents" block listing the chapters, and an HTML block "Need help?" about
  the platform); "Skip to main content" and other `sr-only` texts ("Side panel", "Open course
  index", "Completion requirements", "Previous: ", "Next: "); the breadcrumb; the page header (the
  "Book" label over the activity's `<h1>` "Sharing information safely"); the secondary navigation
  ("Book", "Print book"); the completion badge ("To do: View"); the book's "Previous" / "Next"
  chapter links above and below the chapter; the activity navigation (previous and next activity,
  a "Jump to..." select); the footer ("You are logged in as Sam Hughes (Log out)", "Data retention
  summary", "Get the mobile app", "Policies", "Powered by Moodle"). The chapter itself is in
  `div.book_content`: Moodle's `<h3>` chapter title "3. Sharing without consent", then the author's
  text with Atto's "Heading (large)" `<h3>`s: "When consent is not the right basis" (a paragraph and a
  "Reflect" box, `div.box.generalbox`, a bold "Reflect" over a question for the learner), "The law"
  (a lead-in over five bold-led list items, then a paragraph naming the guidance, its link carrying
  an `sr-only` " (opens in new window)"), "Quick check" (a line of instructions over a `<form>` of
  two statements, each a numbered `<legend>` over "True" / "False" radio buttons and a "Check"
  button, with the answer in a `<div class="feedback" hidden>` that the page's script reveals:
  "False. ..." and "True. ..."), and "Case scenario: Kayla, aged 14" (the story in two paragraphs,
  a bold "What should the nurse do?" and the answer). A careful reader takes each statement and its
  revealed answer as a belief set out and answered, as the myth-or-fact quiz of round 16 was: the
  first false, the second true (the answer says "True." and then qualifies it; the page's verdict
  stands). Sections: the book's title, "3" "Sharing without consent", "When consent is not the
  right basis", "The law", "Quick check", "Case scenario: Kayla, aged 14"; neither "Reflect" (a box's
  label) nor a numbered statement of the quiz heads a section. Law: Children Act 2004 s11, Children
  Act 1989 s47, UK GDPR Articles 6(1)(e) and 9, DPA 2018 Schedule 1 para 18, the common law duty of
  confidence. Guidance: Working Together 2023, the 2024 advice. Myths: two (one false, one true).
  Case: Kayla, with the answer to "What should the nurse do?" as its advice. Furniture: all the
  chrome above, the radio buttons' labels and the "Check" buttons.
"""

from __future__ import annotations

from helpers import (
    COMMON_GUIDANCE,
    COMMON_LAW,
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




# ---------------------------------------------------------------------------------------------
# A Word flyer built from text boxes, each saved twice


FLYER = "wyvernholt-scp-flyer-text-boxes-word.docx"
FLYER_MYTHS = ("I need the parents’ permission before I can share a worry about their child",
               "I have to be sure a child is being harmed before I share anything")
FLYER_FACTS = (
    "Consent is one lawful basis for sharing, but not the only one. If asking for it would put the child at "
    "greater risk, or the delay would leave them at risk of harm, share without it and record your reasons.",
    "You do not need proof. Share a worry early: a small piece of information may complete a picture that another "
    "agency already holds. If you are unsure, talk to your designated safeguarding lead.")


def test_the_flyers_sections_title_box_first() -> None:
    # the title is typed large and bold by hand in the heading box: the flyer's title all the same
    assert sections(FLYER) == [("s1", "Sharing information to keep children safe"),
                               ("s2", "The law that lets you share"), ("s3", "Myth or fact?"),
                               ("s4", "Case example: Kai, aged 11"), ("s5", "Worried about a child?"),
                               ("s6", "Find out more")]
    assert passages(FLYER, "s1") == [
        "For everyone who works with children and families in Wyvernholt",
        "Reviews of cases in which children in Wyvernholt were harmed keep finding the same thing: practitioners "
        "each held a piece of the picture, but no one shared it. This flyer sets out the law that lets you share, "
        "two beliefs that still stop people sharing, and what to do if you are worried about a child."]


def test_the_flyers_body_around_the_boxes() -> None:
    assert under(FLYER, "The law that lets you share") == [
        "Section 11 of the Children Act 2004 requires councils, health bodies, the police and schools to make "
        "arrangements to safeguard and promote the welfare of children. Where a child may be in need, the council "
        "assesses their needs under section 17 of the Children Act 1989; where there is reasonable cause to suspect "
        "that a child is suffering, or is likely to suffer, significant harm, it makes enquiries under section 47, "
        "and other agencies must help.",
        "The UK GDPR and the Data Protection Act 2018 do not stop you sharing. The lawful basis is usually Article "
        "6(1)(e) of the UK GDPR, the public task. Health information is special category data and also needs a "
        "condition under Article 9: Schedule 1, paragraph 18 of the Data Protection Act 2018 lets you share it to "
        "safeguard a child, without consent where necessary.",
        "Sharing that is necessary and proportionate to protect a child also respects Article 8 of the European "
        "Convention on Human Rights, which the Human Rights Act 1998 brings into UK law, and the common law duty of "
        "confidence gives way where sharing is in the public interest."]
    assert under(FLYER, "Worried about a child?") == [
        "Call the Wyvernholt MASH on 01632 960 530 (9am to 5pm, Monday to Friday), or the emergency duty team on "
        "01632 960 531 out of hours. If a child is in immediate danger, call 999."]
    assert under(FLYER, "Find out more") == [
        "Working Together to Safeguard Children 2023\n"
        "Information sharing: advice for practitioners providing safeguarding services to children, young people, "
        "parents and carers (2024)\n"
        "Keeping Children Safe in Education 2024, for schools and colleges"]


def test_the_flyers_boxes_are_read_once_each_in_its_place() -> None:
    texts = passages(FLYER)
    joined = "\n".join(texts)
    for once in (*FLYER_MYTHS, *FLYER_FACTS, "For everyone who works with children and families in Wyvernholt",
                 "Kai’s teacher noticed", "neither worry on its own seemed serious enough"):
        assert joined.count(once) == 1, once  # not again from the box's VML copy
    assert [title for _, title in sections(FLYER)].count("Case example: Kai, aged 11") == 1
    assert under(FLYER, "Myth or fact?")[0] == (
        "Two beliefs still stop people in Wyvernholt from sharing. Neither is true.")
    myth_box = "\n".join(under(FLYER, "Myth or fact?"))
    order = [myth_box.find(part) for pair in zip(FLYER_MYTHS, FLYER_FACTS, strict=True) for part in pair]
    assert -1 not in order and order == sorted(order)  # left box before right, the first pair before the second
    for fact in FLYER_FACTS:  # a fact is a paragraph of its own, not run into its belief or the next box
        [holding] = [t for t in texts if fact in t]
        assert not [myth for myth in FLYER_MYTHS if myth in holding]


def test_the_flyers_myths_each_answered_by_the_box_beside_it() -> None:
    # the "MYTH" and "FACT" labels say what each box holds; the line over the boxes is no belief
    myths = unseen_myths_in(FLYER)
    assert {s: m.verdict for s, m in myths.items()} == dict.fromkeys(FLYER_MYTHS, "no")
    assert myths[FLYER_MYTHS[0]].answer == FLYER_FACTS[0]
    assert myths[FLYER_MYTHS[1]].answer == FLYER_FACTS[1]


def test_the_flyers_case_law_and_guidance(catalog: Catalog) -> None:
    [case] = unseen_cases(FLYER)
    assert case.setting == "Kai, aged 11"
    assert case.scenario.startswith("Kai’s teacher noticed that he had lost weight")
    assert case.scenario.endswith("children’s social care began a section 47 enquiry.")
    assert case.advice.startswith("neither worry on its own seemed serious enough to refer.")
    assert case.advice.endswith("before you decide that a concern is too small to share.")
    assert "Worried about a child" not in case.advice and "01632" not in case.advice
    # "The UK GDPR and the Data Protection Act 2018 do not stop you sharing": both named whole
    assert cited(FLYER, catalog) == LAW | {("children-act-1989", "section 17"), ("gdpr", None),
                                           ("data-protection-act-2018", None), ("echr", "article 8"),
                                           ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    assert guidance(FLYER, catalog) == GUIDANCE | {KCSIE}
    assert unseen(FLYER).meta.jurisdictions == ("England",)


def test_the_flyers_shapes_and_footer_are_no_text() -> None:
    for furniture in ("logo", "Text Box", "Group", "www.", "wyvernholtscp", "April 2025",
                      "Wyvernholt Safeguarding Children Partnership |"):
        assert not [t for t in _texts(FLYER) if furniture in t], furniture


# ---------------------------------------------------------------------------------------------
# A Jekyll page in kramdown, on GitHub Pages


JEKYLL = "corriston-scp-jekyll-kramdown-page.md"
JEKYLL_MYTHS = {
    "I need the parents' consent before I can share a concern with the MASH": (
        "no", "Consent is one lawful basis for sharing, but not the only one. Do not ask for consent where asking "
              "would put the child at greater risk of harm or cause a delay; share without it, and record why."),
    "I can't pass on something a young person told me in confidence": (
        "no", "Never promise to keep a secret. The common law duty of confidence can be overridden where sharing is "
              "in the public interest, and protecting a child from significant harm is in the public interest."),
    "I should always tell the family before I share information about them": (
        "partly", "Usually, but not always. Be open with families about what you share and why, unless telling them "
                  "would put the child or someone else at greater risk, or get in the way of a police "
                  "investigation.")}


def test_the_jekyll_pages_sections_no_contents() -> None:
    # the "Contents" heading over kramdown's generated table of contents is navigation
    assert sections(JEKYLL) == [("s1", "Sharing information to keep children safe"),
                                ("s2", "The law that lets you share"), ("s3", "Guidance we follow"),
                                ("s4", "Myths and facts"), ("s5", "Learning from a local review: Harley, aged 6"),
                                ("s6", "Further reading")]
    # the include's content is the callout's text
    assert passages(JEKYLL, "s1") == [
        "Everyone who works with children in Corriston shares information to keep them safe. This page sets out the "
        "law that lets you share, the myths that still stop people sharing, and what we learned from one local "
        "review.",
        "If a child is in immediate danger, call 999. For any other concern, contact the Corriston MASH on 01632 "
        "960 270."]


def test_the_jekyll_pages_law_paragraphs_without_their_attribute_lists() -> None:
    law = under(JEKYLL, "The law that lets you share")
    assert law[0].startswith("Section 11 of the Children Act 2004 requires councils, health bodies, the police")
    assert "they make enquiries under section 47 of the Children Act 1989, and other agencies must help them." in law[0]
    assert law[1] == (
        "Data protection law supports sharing that is necessary and proportionate. The lawful basis is usually "
        "Article 6(1)(e) of the UK GDPR, the public task. For health and other special category data you also need "
        "a condition under Article 9, and Schedule 1, paragraph 18 of the Data Protection Act 2018 provides one: "
        "safeguarding of children and of individuals at risk.")
    assert law[2] == ("The police and the council may also share information with each other to prevent crime, under "
                      "section 115 of the Crime and Disorder Act 1998.")


def test_the_jekyll_pages_footnotes_are_read_with_their_marks(catalog: Catalog) -> None:
    joined = "\n".join(passages(JEKYLL))
    assert "the duty of other agencies to help the local authority with its enquiries." in joined
    assert "It replaced the advice of July 2018 and sets out seven golden rules for sharing information." in joined
    # the note's law supports the paragraph that carries its mark
    assert ("children-act-1989", "section 47(9)-47(11)", "") in unseen_cited(JEKYLL, catalog, "s2")
    # a note's mark is a raised number on the page ("[^1]" is read as "¹"); the notes stay where the file
    # has them, at its foot, their law credited to the paragraphs that mark them
    assert not [t for t in passages(JEKYLL) if "[^" in t]


def test_the_jekyll_pages_links_keep_their_text_not_their_liquid_targets() -> None:
    [guide] = [t for t in under(JEKYLL, "Guidance we follow") if t.startswith("Read this page")]
    assert guide.startswith("Read this page with Working Together to Safeguard Children 2023 and the government's "
                            "advice, Information sharing: advice for practitioners providing safeguarding services to "
                            "children, young people, parents and carers (2024)")
    assert guide.endswith("Schools and colleges should also follow Keeping Children Safe in Education 2024.")
    assert under(JEKYLL, "Further reading")[0] == "Corriston MASH referral form\nEscalation and resolution policy"


def test_the_jekyll_pages_myths_from_a_definition_list() -> None:
    myths = unseen_myths_in(JEKYLL)
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == JEKYLL_MYTHS
    for text in under(JEKYLL, "Myths and facts"):  # the definition's colon is markup, as the bold is
        assert not text.startswith(":") and "**" not in text


def test_the_jekyll_pages_case_lesson_is_the_includes_content() -> None:
    [case] = unseen_cases(JEKYLL)
    assert case.setting == "Harley, aged 6"
    assert case.scenario.startswith("Harley's school noticed that he was often late and hungry")
    assert case.scenario.endswith("children's social care started a section 47 enquiry that day.")
    assert case.advice.startswith("each agency held a small piece of the picture.")
    assert case.advice.endswith("so that the MASH can see the whole.")
    assert "Further reading" not in case.advice and "referral form" not in case.advice


def test_the_jekyll_pages_law(catalog: Catalog) -> None:
    # not the Domestic Abuse Act 2021, named only in a Liquid comment
    assert cited(JEKYLL, catalog) == LAW | {("children-act-1989", "section 47(9)-47(11)"),
                                            ("crime-and-disorder-act-1998", "section 115"),
                                            ("common-law-duty-of-confidence", None)}
    assert unseen(JEKYLL).meta.jurisdictions == ("England",)


def test_the_jekyll_pages_guidance(catalog: Catalog) -> None:
    # the escalation policy in "Further reading" is a local document to read; the referral form is a form
    assert guidance(JEKYLL, catalog) == GUIDANCE | {KCSIE, "escalation-and-resolution-policy"}


def test_the_jekyll_pages_markup_and_site_furniture_are_dropped() -> None:
    for furniture in ("layout", "nav_order", "permalink", "Practice guidance", "last_modified", "2025-03-18",
                      "When and how to share", "{:", "no_toc", "text-delta", "fs-6", ".note", ".warning", "TOC",
                      "Contents", "{%", "%}", "{{", "}}", "include", "callout", "content=", "type=", "comment",
                      "Domestic Abuse", "Legal services", "site.baseurl", "relative_url", "/national-guidance/",
                      "/forms/", "_blank", "*[MASH]", "Multi-Agency Safeguarding Hub", "](", "**", "---"):
        assert not [t for t in _texts(JEKYLL) if furniture in t], furniture


# ---------------------------------------------------------------------------------------------
# A Moodle book chapter, saved from the browser


MOODLE = "tarnwick-scp-moodle-book-chapter.html"
MOODLE_MYTHS = ("You must always ask the parents for consent before you share a concern about their child with "
                "children's social care",
                "A young person who understands what sharing means can give or refuse consent for themselves")


def test_the_moodle_chapters_sections() -> None:
    # the activity's <h1>, Moodle's chapter title (numbered by the book), the author's "Heading (large)"s
    assert sections(MOODLE) == [("s1", "Sharing information safely"), ("3", "Sharing without consent"),
                                ("s3", "When consent is not the right basis"), ("s4", "The law"),
                                ("s5", "Quick check"), ("s6", "Case scenario: Kayla, aged 14")]
    assert passages(MOODLE, "s1") == []  # only the page's chrome stands between the title and the chapter
    assert passages(MOODLE, "3") == [
        "Most of the time you will share information about a child with the knowledge and agreement of the child "
        "and their family. This chapter explains when you can share without consent, the law that allows it, and "
        "how to weigh a young person's wishes against the risks to them."]


def test_the_moodle_chapters_reflect_box_and_law_list() -> None:
    basis = under(MOODLE, "When consent is not the right basis")
    assert basis[0].startswith("Consent is only one lawful basis for sharing, and often not the best one.")
    assert basis[0].endswith("In those cases, share without consent and record your reasons.")
    assert [t for t in basis if "Think about the last time you were worried about a child" in t]  # the box is text
    law = "\n".join(under(MOODLE, "The law"))
    order = [law.find(item) for item in (
        "Several pieces of law work together to let you share without consent",
        "Children Act 2004, section 11: councils, health bodies, the police and others must make arrangements",
        "Children Act 1989, section 47: where there is reasonable cause to suspect",
        "UK GDPR, Article 6(1)(e) and Article 9: the public task is the usual lawful basis",
        "Data Protection Act 2018, Schedule 1, paragraph 18: a condition for sharing special category data",
        "The common law duty of confidence: confidential information can be shared without consent")]
    assert -1 not in order and order == sorted(order)
    assert under(MOODLE, "The law")[-1] == (
        "The government's advice, Information sharing: advice for practitioners providing safeguarding services "
        "(2024), and Working Together to Safeguard Children 2023 both say that you should not wait for consent "
        "where a child is at risk.")


def test_the_moodle_chapters_quick_check_is_two_answered_statements() -> None:
    myths = unseen_myths_in(MOODLE)
    assert {s: m.verdict for s, m in myths.items()} == {MOODLE_MYTHS[0]: "no", MOODLE_MYTHS[1]: "yes"}
    first, second = myths[MOODLE_MYTHS[0]].answer, myths[MOODLE_MYTHS[1]].answer
    assert first.startswith("False. Seek consent where it is safe and appropriate")
    assert first.endswith("lets you share special category data without consent to safeguard a child.")
    assert second.startswith("True. A young person with the maturity and understanding")
    assert second.endswith("to protect them or others from significant harm.")
    quiz = under(MOODLE, "Quick check")
    for control in ("True", "False", "Check"):  # the radio buttons' labels and the buttons
        assert control not in quiz


def test_the_moodle_chapters_case() -> None:
    [case] = unseen_cases(MOODLE)
    assert case.setting == "Kayla, aged 14"
    assert case.scenario.startswith("Kayla, aged 14, tells the school nurse that she has been staying")
    assert case.scenario.endswith("if the nurse tells her mum or social care.")
    assert case.advice.startswith("The nurse should tell Kayla, kindly and honestly")
    assert case.advice.endswith("as telling her could put Kayla at greater risk.")
    assert "Previous" not in case.advice and "Recording your decision" not in case.advice


def test_the_moodle_chapters_law_and_guidance(catalog: Catalog) -> None:
    assert cited(MOODLE, catalog) == LAW | {("common-law-duty-of-confidence", None)}
    assert guidance(MOODLE, catalog) == GUIDANCE
    assert unseen(MOODLE).meta.jurisdictions == ("England",)


def test_the_moodle_chrome_is_dropped() -> None:
    for furniture in ("Skip to main content", "Side panel", "Tarnwick SCP Learning", "Dashboard", "My courses",
                      "Notifications", "notification", "Mark all as read", "See all", "Sam Hughes", "Profile",
                      "Grades", "Log out", "course index", "Announcements", "Welcome and introduction", "Module 2",
                      "Highlighted", "To do", "Done", "Table of contents", "seven golden rules",
                      "Recording your decision", "Need help", "learning platform", "01632 960 715", "SAFE-IS",
                      "Book", "Print book", "Completion requirements", "View", "Previous", "Next", "◄", "►",
                      "Jump to", "logged in", "Data retention summary", "mobile app", "Policies", "Powered by",
                      "Moodle", "opens in new window", "M.cfg", "sesskey", "require(", "https://"):
        assert not [t for t in _texts(MOODLE) if furniture in t], furniture


# ---------------------------------------------------------------------------------------------
# The general rules, each in a small document of its own


def test_an_unclosed_liquid_comment_hides_nothing_after_it() -> None:
    from guidegraph.read.text import parse_blocks

    blocks, _ = parse_blocks("# Sharing\n\n{% comment %}\n\nShare early.\n")
    assert [b.text for b in blocks] == ["Sharing", "Share early."]
    blocks, _ = parse_blocks("# Sharing\n\n{% comment %}\nTo do\n{% endcomment %}\n\nShare early.\n")
    assert [b.text for b in blocks] == ["Sharing", "Share early."]


def test_kramdown_attributes_and_contents_are_markup() -> None:
    from guidegraph.read.text import parse_blocks

    blocks, _ = parse_blocks("# Sharing\n{: .no_toc }\n\n## On this page\n{: .text-delta }\n\n1. TOC\n{:toc}\n\n"
                             "## The law\n\nSee [the advice](/advice/){:target=\"_blank\"}.[^1]\n{: .note }\n\n"
                             "[^1]: Children Act 1989, section 47.\n\n*[DSL]: Designated safeguarding lead\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Sharing"), ("heading", "The law"), ("paragraph", "See the advice.¹"),
        ("paragraph", "¹ Children Act 1989, section 47.")]
