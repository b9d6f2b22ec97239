"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 32),
each read first as a careful reader would.

* `wexcombe-scp-trix-procedures-manual-chapter.html`: a chapter of a partnership's online procedures
  manual as tri.x (proceduresonline.com) serves it, saved from the browser: the analytics and manual
  scripts in the head; a cookie bar ("This site uses cookies ...", "Accept", "Reject"); "Skip to
  content"; the header (the partnership's logo, the manual's name "Wexcombe Safeguarding Children
  Partnership Procedures Manual", a "Search this manual" form); the top navigation ("Home",
  "Contents", "Local Resources", "Working Together", "Amendments", "Archive", "Contacts", "Register
  for Updates"); a sidebar listing the manual's chapters under numbered `<h2>`s ("1. All Children",
  "2. Children in Specific Circumstances") with numbered links ("1.2 Thresholds of Need", "1.6
  Private Fostering", ...); the chapter tools ("Print", "Email this chapter", "Save as PDF"); a
  print-only stamp ("This page is correct as printed on Monday 17th of March 2025 ..."); then the
  chapter: its `<h1>` "Information Sharing and Confidentiality", a boxed "Scope of this chapter"
  (`<h3>` over a paragraph: the chapter's own scope, read), the boxes tri.x puts at the top of every
  chapter and a careful reader passes over, "RELATED CHAPTERS" (three links, one "Child Protection
  Enquiries – Section 47 Children Act 1989"), "RELATED GUIDANCE" (links to Keeping Children Safe in
  Education and the ICO's data sharing code, neither named in the chapter itself) and "AMENDMENT"
  (what was changed in March 2025), and a "Contents" `<h3>` over an ordered list of links to the
  sections. The sections are numbered `<h2>`s, "1. Introduction" to "8. Further Information"
  (keyed by their numbers), section 3 with numbered `<h3>`s "3.1 The Children Acts", "3.2 Data
  Protection", "3.3 Confidentiality and Human Rights"; a "Back to top" link after each section; a
  "Caution" box in section 1 (`div.caution`: a bold "Caution" over the warning, the warning read as
  a paragraph of section 1, its label not); a list under a lead-in ending with ":" in section 2;
  "5. Myths about Information Sharing", a lead paragraph over three beliefs each set as a bold
  paragraph (no "Myth:" label: the heading says what they are) answered by the plain paragraph
  after it ("This is not the case.", "No.", "Not so."); "6. Case Example: Jayden, aged 10", two
  paragraphs of story and a bold "Learning:" over the lesson; "8. Further Information", a lead-in
  over three titles; then tri.x's "End" marker and the footer ("Terms and Conditions",
  "Accessibility Statement", "Cookies", "Privacy Notice", "Copyright © 2025 tri.x ..."). Sections:
  the title, "Scope of this chapter", 1 to 8 with 3.1 to 3.3; not "Contents", the boxes' headings or
  the sidebar's. Law: Children Act 2004 s10 and s11 ("Section 11 of the same Act"), Children Act
  1989 s17 and s47, Crime and Disorder Act 1998 s115 (in section 2 and in the case), the UK GDPR
  and the DPA 2018 both named whole ("do not prevent, or limit, the sharing"), UK GDPR Articles
  6(1)(e) and 9, DPA 2018 Schedule 1 Part 2 para 18, the common law duty of confidence, ECHR Article
  8 and the HRA 1998. Guidance: Working Together 2023, the 2024 advice and the partnership's own
  information sharing agreement, the three titles listed under "Further Information" (not KCSIE
  and not the ICO's code, named only in the "RELATED GUIDANCE" box). Myths: three, all false, each answered by
  the paragraph under it. Case: Jayden, aged 10, the lesson after "Learning:" its advice. Furniture:
  all the chrome above, the boxes, the contents, the "Back to top" links, the "Caution" label, "End".
  Nation: England.
* `bryngarth-sb-bulletin-outlook-saved-email.html`: a Welsh regional safeguarding board's bulletin
  as a school's designated safeguarding person received it in Outlook and saved it "as HTML" (Word
  is Outlook's editor, so the file is Word's HTML: the Office namespaces, `<meta name=Generator
  content="Microsoft Word 15">`, `<!--[if gte mso 9]><xml>...</xml><![endif]-->` settings, a style
  sheet of `p.MsoNormal` and list definitions inside an HTML comment, `<div class=WordSection1>`,
  `<o:p>` tags and `&nbsp;` spacers). Above the bulletin: the message's header as Outlook saves it
  (bold "From:", "Sent:", "To:", "Subject:" with "[EXTERNAL]" before it, and "Attachments:" naming
  a PDF), the receiving organisation's yellow "CAUTION: This email originated from outside of the
  organisation ..." banner, and a bilingual request to pass the bulletin on. The bulletin itself is
  a 600-pixel layout table: the board's logo (a VML shape in `<!--[if gte vml 1]>` and its `<img>`
  copy in `<![if !vml]>`, alternative text in English and Welsh); a coloured masthead cell
  ("Safeguarding Bulletin | Bwletin Diogelu", "Spring 2025 | Issue 14", then the issue's title
  "Sharing information to keep children safe" typed bold at 20pt: the bulletin's title); an
  introduction; "In this issue" (a line of links to anchors: the bulletin's contents); and each
  section a cell whose heading is typed, not styled, as a bold 14pt coloured "MsoNormal" paragraph
  (a careful reader takes each as a heading): "Your duty to report" (two paragraphs), "The law that
  lets you share" (two paragraphs and a lead-in ending ":" over three bullets, each bullet Word's
  `<![if !supportLists]>` Symbol-font "·" and `&nbsp;` run in an `mso-list:Ignore` span before the
  item's text), "Myth or fact?" (a line over a three-column table, "Statement | Myth or fact? |
  Why": each row a belief in italic curly quotation marks, a verdict, "Myth" or "Fact", in a
  column of its own, and the explanation; the verdict column is the page's verdict, the third
  column the answer, the header row no belief), "Case example: Ffion, aged 13" (a shaded cell: two
  paragraphs of story and a bold "What we learned:" over the lesson), "Find out more" (four bullets
  of links rewritten by Safe Links to `eur03.safelinks.protection.outlook.com`) and "Worried about a
  child?" (the council's numbers). Below it the board's footer cell (address, "Follow us on X",
  "You are receiving this bulletin because ... Unsubscribe"), then the sender's signature ("Cofion
  cynnes / Kind regards,", name, bilingual job title, telephone numbers), the Welsh language
  statement in Welsh and English, and the email disclaimer (which names the Freedom of Information
  Act 2000). Sections: the title, "Your duty to report", "The law that lets you share", "Myth or
  fact?", "Case example: Ffion, aged 13", "Find out more", "Worried about a child?". Law: the Social
  Services and Well-being (Wales) Act 2014 s130 (in the text and in a row's answer), the Children
  Act 2004 s25 and s28 (Wales's own sections: "section 25 of the Children Act 2004 ... and section
  28"), the Children Act 1989 s47, the Crime and Disorder Act 1998 s115, the UK GDPR and the DPA
  2018 named whole ("are not barriers to sharing"), UK GDPR Articles 6(1)(e) and 9, DPA 2018
  Schedule 1 Part 2 para 18, the common law duty of confidentiality, ECHR Article 8 and the HRA
  1998; not the disclaimer's Freedom of Information Act. Guidance: the four titles listed under
  "Find out more" (a list of documents however it is headed): the Wales Safeguarding Procedures,
  "Working Together to Safeguard People: Volume 5 – Handling individual cases to protect children
  at risk" (the Welsh Government's own, not England's Working Together; uncatalogued, so known by
  its title's first ten words), WASPI, Keeping learners safe. Myths: three, the first and third myths ("no"),
  the second a fact ("yes"). Case: Ffion, aged 13, the lesson after "What we learned:". Furniture:
  the Office markup and conditional comments, the header, the banner, the request to share, the
  logo, the masthead's name and issue line, "In this issue", the table's header row and verdict
  cells, the Safe Links targets, the footer, the signature, the language statement, the disclaimer.
  Nation: Wales.
* `drumcarrig-hsc-trust-handbook-sphinx-rst-source.txt`: a chapter of a Northern Ireland Health and
  Social Care Trust's safeguarding handbook, published with Sphinx on Read the Docs, saved as its
  reStructuredText source (in a `.txt`: the reader takes no `.rst`). A comment block at the top
  (`..` over indented lines: the handbook's name, build notes, a "TODO" naming the Justice Act
  (Northern Ireland) 2015 for a later edit); a `.. meta::` directive (description, keywords); a
  label (`.. _sharing-information:`) before each of several sections; the title over- and underlined
  with `#`; a docinfo field list (`:Owner:`, `:Approved by:`, `:Version: 3.2`, `:Last reviewed:`,
  `:Next review:`: the page's metadata); `.. contents:: On this page` with its options (the
  generated table of contents); an `.. index::` directive; an `.. only:: latex` block (a
  printed-copy warning, in the PDF build only); then the lead paragraph, whose `:ref:` and `:doc:`
  roles carry their own link text ("the chapter on consent and capacity", "Making a UNOCINI
  referral": read as that text), and an `.. important::` box (its body read as a paragraph). The
  sections are underlined, `=` for the first level and `-` for the second (rst ranks adornments by
  the order they first appear): "Why sharing matters" (a paragraph and three `*` bullets with
  `*emphasis*`), "The law" (no text of its own) over "Child protection" (two paragraphs with
  auto-numbered footnote marks `[#]_`, each joined to its word by an escaped space (a backslash
  before the space), and a `.. note::` box whose `:ref:` gives "the Gateway page") and "Data
  protection and confidentiality" (a lead-in ending ":" over three `#.` auto-numbered points, the
  second wrapped where the source's lines end ("Article" / "9"), a paragraph, then a `.. seealso::`
  box of bare cross-references whose text the source does not hold: navigation), "Myths and facts"
  (a `.. list-table::` with a caption, options and a header row "Myth" / "Fact", then three rows of
  a belief in straight quotation marks and its fact, cells wrapped over several lines), "Case
  example: Orla, aged 6" (two paragraphs of story, the second's first line a short sentence ending
  with a full stop, which in rst does not end the paragraph: only a blank line does; and an `..
  admonition:: What we learned` box, its title the lesson's label and its body the lesson) and
  "Further reading" (three bullets of `` `text <url>`_ `` links, read as their text). Then `..
  rubric:: Footnotes` (an informal heading, shown as one: the notes' section) over the three `..
  [#]` notes, which take their numbers in the order their marks appear, and a substitution
  definition, `.. |Gateway| replace:: the Trust's Gateway Service`, which every `|Gateway|` in the
  text is read as (in the `important` box, a myth's fact and the case). A careful reader reads each
  note's mark where it stands and its text under "Footnotes", the note's law supporting the
  paragraph that marks it; the text with its apostrophes as typed. Sections: the title, "Why sharing
  matters", "The law", "Child protection", "Data protection and confidentiality", "Myths and facts",
  "Case example: Orla, aged 6", "Further reading", "Footnotes". Law: the Children (Northern Ireland)
  Order 1995 Articles 18 and 66 ("Article 66 of the Order") and (in note 1) Article 66(1); the
  Safeguarding Board Act (Northern Ireland) 2011 named whole; the UK GDPR and the DPA 2018 named
  whole ("are UK-wide, and neither stands in the way"), UK GDPR Articles 6(1)(e) and 9, DPA 2018
  Schedule 1 Part 2 para 18; ECHR Article 8 and the HRA 1998; the common law duty of
  confidentiality; not the comment's Act, and not note 2's "section 4" (a part of the guidance it
  names, no law). Guidance: Co-operating to Safeguard Children and Young People in Northern Ireland
  (2017, in the text, a note and "Further reading": one work, however often), the Department of
  Health's Code of Practice on Protecting the Confidentiality of Service User Information, and the
  other two titles under "Further reading" (the SBNI's Regional Core Child Protection Policies and
  Procedures, the UNOCINI guidance: uncatalogued, known by their titles, not by their links'
  addresses). Myths: three, all false, each answered by the fact in its row. Case: Orla, aged 6, the
  admonition's body its advice. Furniture: the comments, directives and their options (but the
  bodies of `important`, `note` and the admonition), the labels, the field list, the adornment
  lines, the roles' and links' targets, the list marks, the table's markup, the footnote marks'
  markup, the rubric's and the substitution's markup. Nation: Northern Ireland.
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
_texts, under = unseen_texts, unseen_under
_in_order, _unmarked = in_order, unmarked


# ---------------------------------------------------------------------------------------------
# A chapter of a tri.x online procedures manual


TRIX = "wexcombe-scp-trix-procedures-manual-chapter.html"
TRIX_MYTHS = {
    "Information sharing is not allowed without consent": (
        "no", "This is not the case. Consent is only one of the ways in which information can be shared lawfully. If "
              "you have a lawful basis and a good reason, you can share without consent, and you should record why "
              "you did."),
    "Data protection legislation is a barrier to sharing information": (
        "no", "No. Data protection legislation provides a framework to make sure that personal information is shared "
              "appropriately. It does not stop you sharing information to keep a child safe."),
    "Information collected by one agency cannot be passed to another": (
        "no", "Not so. Information may be passed on unless the new purpose is incompatible with the purpose for which "
              "it was first collected. Where a child is in need, or at risk of significant harm, it is hard to think "
              "of a case where sharing with other practitioners would be incompatible.")}


def test_the_trix_chapters_sections() -> None:
    # the numbered headings keyed by their numbers; not the sidebar's numbered chapter groups, not the boxes'
    # headings ("RELATED CHAPTERS", "RELATED GUIDANCE", "AMENDMENT"), not "Contents"
    assert sections(TRIX) == [
        ("s1", "Information Sharing and Confidentiality"), ("s2", "Scope of this chapter"), ("1", "Introduction"),
        ("2", "When to Share Information"), ("3", "The Legal Framework"), ("3.1", "The Children Acts"),
        ("3.2", "Data Protection"), ("3.3", "Confidentiality and Human Rights"), ("4", "Consent"),
        ("5", "Myths about Information Sharing"), ("6", "Case Example: Jayden, aged 10"), ("7", "Recording Decisions"),
        ("8", "Further Information")]
    # the chapter tools, the print stamp and the boxes stand between the title and the scope
    assert passages(TRIX, "front") == []
    assert passages(TRIX, "s1") == []
    assert passages(TRIX, "s2") == [
        "This chapter applies to all practitioners and volunteers in Wexcombe who work with children, young people, "
        "parents and carers, in every agency. It explains when and how to share information to safeguard and promote "
        "the welfare of children, and what the law says."]


def test_the_trix_chapters_paragraphs_and_caution_box() -> None:
    assert passages(TRIX, "1") == [
        "Sharing information is vital to early help and to keeping children safe. Reviews of cases in which children "
        "in Wexcombe were seriously harmed have found, again and again, that practitioners each held a piece of "
        "information about a child, but no one shared it, and so no one saw the whole picture.",
        "This chapter should be read with Working Together to Safeguard Children 2023 and Information sharing: advice "
        "for practitioners providing safeguarding services for children, young people, parents and carers (May 2024).",
        # the box's text, without its "Caution" label; the "Back to top" link after it is no text
        "Never wait for consent, or for certainty, before sharing a concern that a child may be suffering, or likely "
        "to suffer, significant harm. If a child is in immediate danger, call the police on 999."]
    assert passages(TRIX, "2") == [
        "You should share information when it will help to keep a child safe or get them the help they need. "
        "Information may be shared:\n"
        "at any stage, from early help to a child protection enquiry;\n"
        "where a child may be a child in need, so that the local authority can assess them under section 17 of the "
        "Children Act 1989;\n"
        "where there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant "
        "harm, so that enquiries can be made under section 47 of the Children Act 1989.",
        "The police and the local authority may also share information with each other where it is necessary to "
        "prevent crime and disorder, including the criminal exploitation of children, under section 115 of the Crime "
        "and Disorder Act 1998."]
    assert passages(TRIX, "3") == [
        "No single law governs information sharing. The law set out below allows practitioners to share information "
        "to safeguard children, and in some cases requires them to."]
    assert passages(TRIX, "3.3") == [
        "The common law duty of confidence is not absolute. Confidential information may be shared without consent "
        "where there is an overriding public interest, and protecting a child from significant harm is such an "
        "interest.",
        "Sharing must also respect the right to respect for private and family life under Article 8 of the European "
        "Convention on Human Rights, which the Human Rights Act 1998 makes part of UK law. Sharing that is necessary "
        "and proportionate to protect a child is compatible with Article 8."]
    assert passages(TRIX, "7") == [
        "Record every decision to share, or not to share, information: what you shared, with whom, when, and why. If "
        "you decided not to share, record your reasons. Make the record at the time, or as soon as possible "
        "afterwards."]
    # the list of titles ends the chapter: tri.x's "End" marker and the footer are not part of it
    assert passages(TRIX, "8") == [
        "Further guidance is available in:\n"
        "Working Together to Safeguard Children 2023\n"
        "Information sharing: advice for practitioners providing safeguarding services for children, young people, "
        "parents and carers (2024)\n"
        "Wexcombe Multi-Agency Information Sharing Agreement (2023)"]


def test_the_trix_chapters_bold_myths_answered_below() -> None:
    myth_section = "\n".join(passages(TRIX, "5"))
    assert passages(TRIX, "5")[0] == ("The following myths can stop practitioners from sharing information that they "
                                      "should share. Each is followed by the reality.")
    assert _in_order(myth_section, tuple(part for statement, (_, answer) in TRIX_MYTHS.items()
                                         for part in (statement, answer)))
    myths = unseen_myths_in(TRIX)
    # the bold lines are the beliefs (the heading names them myths); the lead paragraph is none
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == TRIX_MYTHS
    # a bold belief is a paragraph of the myths' section, not a heading of its own
    assert not [title for _, title in sections(TRIX) if title in TRIX_MYTHS]


def test_the_trix_chapters_case() -> None:
    [case] = unseen_cases(TRIX)
    assert case.setting == "Jayden, aged 10"
    assert case.section == "6"
    assert case.scenario.startswith("Jayden, aged 10, lives in Wexcombe with his father.")
    assert case.scenario.endswith("a strategy discussion decided to begin a section 47 enquiry.")
    assert case.advice.startswith("small concerns matter.")
    assert case.advice.endswith("and no one needed his father’s consent.")
    for later in ("Record every decision", "Further guidance", "Back to top", "End"):
        assert later not in case.advice, later


def test_the_trix_chapters_law_and_guidance(catalog: Catalog) -> None:
    # "The UK GDPR and the Data Protection Act 2018 do not prevent, or limit, the sharing": both named whole
    assert cited(TRIX, catalog) == LAW | {("children-act-1989", "section 17"), ("children-act-2004", "section 10"),
                                          ("crime-and-disorder-act-1998", "section 115"), ("gdpr", None),
                                          ("data-protection-act-2018", None), ("echr", "article 8"),
                                          ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    # "Section 11 of the same Act": the Children Act 2004 named just before
    assert ("children-act-2004", "section 11", "") in unseen_cited(TRIX, catalog, "3.1")
    # Keeping Children Safe in Education and the ICO's code are named only in the "RELATED GUIDANCE" box; the
    # partnership's own agreement is the third title listed under "Further Information"
    assert guidance(TRIX, catalog) == GUIDANCE | {"wexcombe-multi-agency-information-sharing-agreement"}
    assert unseen(TRIX).meta.jurisdictions == ("England",)


def test_the_trix_chapters_furniture_is_dropped() -> None:
    for furniture in ("cookies", "Cookies", "Accept", "Skip to content", "Procedures Manual", "Search this manual",
                      "Local Resources", "Amendments", "Archive", "Register for Updates", "All Children",
                      "Specific Circumstances", "Introduction to the Procedures", "Thresholds of Need",
                      "Private Fostering", "Children Missing Education", "Criminal Exploitation", "Domestic Abuse",
                      "Print", "Email this chapter", "Save as PDF", "correct as printed", "RELATED", "AMENDMENT",
                      "was updated", "was added", "Making a Referral", "Child Protection Enquiries",
                      "Keeping Children Safe", "Data sharing: a code of practice", "Information Commissioner",
                      "Contents", "Back to top", "Caution", "Terms and Conditions", "Accessibility Statement",
                      "Privacy Notice", "Copyright", "tri.x", "https://", "logo"):
        assert not [t for t in _texts(TRIX) if furniture in t], furniture
    # tri.x's "End" marker closes the chapter; it is no paragraph, nor part of the last one
    assert not [t for t in _texts(TRIX) if t == "End" or t.endswith("\nEnd")]
    assert not [t for t in _texts(TRIX) if re.match(r"\d+\.\d+ ", t)]  # the sidebar's numbered chapter links


# ---------------------------------------------------------------------------------------------
# A Welsh safeguarding board's bulletin, saved from Outlook as HTML


EMAIL = "bryngarth-sb-bulletin-outlook-saved-email.html"
EMAIL_MYTHS = {
    "I need a parent’s consent before I report a concern about their child": (
        "no", "You do not need consent to report a child at risk. Tell the family that you are reporting, unless that "
              "would put the child at greater risk or get in the way of an enquiry."),
    "If I work for the health board or the police, I have a legal duty to report a child I think is at risk": (
        "yes", "Health boards and the police are relevant partners of the council, and section 130 of the Social "
               "Services and Well-being (Wales) Act 2014 places a duty to report on them. Report to the council’s "
               "children’s services without delay."),
    "Data protection law means I can’t share a child’s health information": (
        "no", "Health information is special category data, but data protection law allows you to share it to "
              "safeguard a child. Share what is necessary and proportionate, and record why you shared it.")}


def test_the_bulletins_sections_are_its_typed_headings() -> None:
    # each heading is a bold 14pt "MsoNormal" paragraph in a cell of the layout table; the title is the
    # 20pt line of the masthead, and "In this issue" is the bulletin's contents
    assert sections(EMAIL) == [("s1", "Sharing information to keep children safe"), ("s2", "Your duty to report"),
                               ("s3", "The law that lets you share"), ("s4", "Myth or fact?"),
                               ("s5", "Case example: Ffion, aged 13"), ("s6", "Find out more"),
                               ("s7", "Worried about a child?")]
    # the message's header, the banner and the request to share the bulletin stand before it: no text
    assert passages(EMAIL, "front") == []
    assert passages(EMAIL, "s1") == [
        "This issue is about sharing information to protect children. Reviews of cases in which children in Bryngarth "
        "were harmed keep finding that practitioners each knew something, but no one put it together. It sets out "
        "your duty to report, the law that lets you share, three statements to test yourself on, and what one review "
        "taught us."]


def test_the_bulletins_paragraphs_and_word_lists() -> None:
    assert under(EMAIL, "Your duty to report") == [
        "If you work for a relevant partner of the council, such as the health board or the police, and you have "
        "reasonable cause to suspect that a child is at risk, section 130 of the Social Services and Well-being "
        "(Wales) Act 2014 requires you to report it to the council. Everyone else who is worried about a child should "
        "report it too.",
        "In Wales, section 25 of the Children Act 2004 requires the council and its partners to co-operate to improve "
        "the well-being of children, and section 28 requires them to safeguard and promote the welfare of children as "
        "they carry out their functions. Where there is reasonable cause to suspect that a child is suffering, or is "
        "likely to suffer, significant harm, the council makes enquiries under section 47 of the Children Act 1989."]
    law = under(EMAIL, "The law that lets you share")
    assert law[0].startswith("The UK GDPR and the Data Protection Act 2018 are not barriers to sharing information "
                             "to protect a child.")
    assert law[1].endswith("under section 115 of the Crime and Disorder Act 1998.")
    # Word's list paragraphs: the Symbol-font "·" and its run of spaces (`mso-list:Ignore`) are the bullet
    assert law[2:] == [
        "Before you share, remember:\n"
        "share early, when you first have a worry, not only when you are sure;\n"
        "share only what is necessary and proportionate, with the people who need it;\n"
        "record what you shared, with whom, when and why."]
    assert under(EMAIL, "Find out more") == [
        "Wales Safeguarding Procedures\n"
        "Working Together to Safeguard People: Volume 5 – Handling individual cases to protect children at risk\n"
        "Wales Accord on the Sharing of Personal Information (WASPI)\n"
        "Keeping learners safe, for schools and further education colleges"]
    assert under(EMAIL, "Worried about a child?") == [
        "Contact Bryngarth Children’s Services Information, Advice and Assistance on 01632 960 640 (9am to 5pm, "
        "Monday to Friday), or the Emergency Duty Team on 01632 960 641 out of hours. If a child is in immediate "
        "danger, call 999."]
    for text in passages(EMAIL):
        assert "·" not in text and "\xa0" not in text and not text.startswith(" "), text


def test_the_bulletins_three_column_myth_table() -> None:
    myths = unseen_myths_in(EMAIL)
    # the middle column is the verdict ("Myth", "Fact"), the third the answer; the header row is no belief
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == EMAIL_MYTHS
    quiz = "\n".join(under(EMAIL, "Myth or fact?"))
    assert quiz.startswith("Test yourself: is each of these statements a myth or a fact?")
    assert _in_order(quiz, tuple(part for statement, (_, answer) in EMAIL_MYTHS.items()
                                 for part in (statement, answer)))
    for own, (_, answer) in EMAIL_MYTHS.items():  # each row its own text, not run into the next row's belief
        [holding] = [t for t in passages(EMAIL) if answer in t]
        assert not [statement for statement in EMAIL_MYTHS if statement in holding and statement != own]


def test_the_bulletins_case() -> None:
    [case] = unseen_cases(EMAIL)
    assert case.setting == "Ffion, aged 13"
    assert case.scenario.startswith("Ffion’s attendance at school fell over a term")
    assert "the nurse because she thought she needed Ffion’s consent" in case.scenario
    assert case.scenario.endswith("enquiries began under section 47 of the Children Act 1989.")
    assert case.advice.startswith("a child’s wish for secrecy does not outweigh a risk of significant harm.")
    assert case.advice.endswith("Explain to a child that you cannot keep a secret that puts them at risk.")
    for later in ("Find out more", "Wales Safeguarding Procedures", "01632", "Cofion"):
        assert later not in case.advice, later


def test_the_bulletins_law_and_guidance(catalog: Catalog) -> None:
    # Wales's own sections of the Children Act 2004 (25 and 28), and the 2014 Act's duty to report; not the
    # disclaimer's Freedom of Information Act 2000
    assert cited(EMAIL, catalog) == {("social-services-and-well-being-wales-act-2014", "section 130"),
                                     ("children-act-2004", "section 25"), ("children-act-2004", "section 28"),
                                     ("children-act-1989", "section 47"),
                                     ("crime-and-disorder-act-1998", "section 115"),
                                     ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
                                     ("data-protection-act-2018", None),
                                     ("data-protection-act-2018", "schedule 1 paragraph 18"), ("echr", "article 8"),
                                     ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    # "section 28": of the Children Act 2004, named just before
    assert ("children-act-2004", "section 28", "") in unseen_cited(EMAIL, catalog, "s2")
    # the four titles under "Find out more"; "Working Together to Safeguard People" is Wales's guidance, not
    # England's Working Together (uncatalogued, known by its title's first ten words, till round 43)
    assert guidance(EMAIL, catalog) == {"wales-safeguarding-procedures", "waspi", "keeping-learners-safe",
                                        "working-together-to-safeguard-people"}
    assert unseen(EMAIL).meta.jurisdictions == ("Wales",)


def test_the_bulletins_email_and_office_furniture_is_dropped() -> None:
    for furniture in ("From:", "Sent:", "To:", "Subject:", "[EXTERNAL]", "Attachments", ".pdf", "hughess42",
                      "Sian Hughes", "CAUTION", "originated from outside", "recognise the sender",
                      "Please share this bulletin", "Rhannwch", "logo", "Logo", "Safeguarding Bulletin", "Bwletin",
                      "Spring 2025", "Issue 14", "In this issue", "safelinks", "outlook", "http", "Tŷ Bryngarth",
                      "CF99", "Follow us", "@BryngarthSB", "bryngarthsafeguarding", "distribution list", "Unsubscribe",
                      "Cofion", "Kind regards", "Rhian Morgan", "Business Manager", "Rheolwr", "07700",
                      "01632 960 600", "Rydym", "correspondence in Welsh", "confidential and intended",
                      "received this email in error", "monitor email", "Freedom of Information", "mso", "Mso", "[if",
                      "endif", "supportLists", "<o:p>", "WordSection", "font-family"):
        assert not [t for t in _texts(EMAIL) if furniture in t], furniture
    # the table's header row and its verdict cells are no text of their own
    assert not [t for t in passages(EMAIL) if t in ("Statement", "Myth or fact?", "Why", "Myth", "Fact")]
    for statement, (_, answer) in EMAIL_MYTHS.items():
        assert not answer.startswith(("Myth", "Fact")), statement


# ---------------------------------------------------------------------------------------------
# A Northern Ireland Trust's handbook chapter in Sphinx's reStructuredText


RST = "drumcarrig-hsc-trust-handbook-sphinx-rst-source.txt"
RST_MYTHS = {
    "A parent has told me not to pass anything on, so I can't": (
        "no", "A parent's objection does not stop you sharing a concern that a child may be at risk of significant "
              "harm. Listen to it, explain why you are sharing, and tell the Trust's Gateway Service what the parent "
              "said."),
    "I can't tell the PSNI anything about a patient without a court order": (
        "no", "You do not need a court order. Data protection law allows you to share information with the PSNI to "
              "protect a child, or to prevent or detect a crime, where sharing is necessary and proportionate."),
    "Only social workers need to share child protection concerns": (
        "no", "Everyone who works with children has a part to play. A nurse, a receptionist or a porter may hold the "
              "one piece of information that shows a child is at risk.")}
RST_NOTES = ("Children (Northern Ireland) Order 1995, Article 66(1).",
             "Department of Health, Co-operating to Safeguard Children and Young People in Northern Ireland (2017), "
             "section 4.",
             "Data Protection Act 2018, Schedule 1, Part 2, paragraph 18.")


def test_the_rst_chapters_sections() -> None:
    # the title over- and underlined with "#"; "=" and "-" the two levels under it; the rubric over the notes a
    # heading of its own; not "On this page" (the generated contents) nor the admonition's title
    assert sections(RST) == [("s1", "Sharing information to protect children"), ("s2", "Why sharing matters"),
                             ("s3", "The law"), ("s4", "Child protection"),
                             ("s5", "Data protection and confidentiality"), ("s6", "Myths and facts"),
                             ("s7", "Case example: Orla, aged 6"), ("s8", "Further reading"), ("s9", "Footnotes")]
    assert [s.level for s in unseen(RST).sections][:5] == [1, 2, 2, 3, 3]
    # the comment block, the meta directive and the label stand before the title: no text
    assert passages(RST, "front") == []
    # the field list, the contents, the index and the latex-only block are furniture; the roles read as their text
    assert passages(RST, "s1") == [
        "This chapter is for all Trust staff who work with children, young people and their families, in hospitals, "
        "in the community and in social work. It sets out when you may share information to protect a child, the law "
        "behind it, and the myths that still hold staff back. Read it with the chapter on consent and capacity and "
        "Making a UNOCINI referral.",
        "If you think a child is in immediate danger, call the PSNI on 999. For any other child protection concern, "
        "contact the Trust's Gateway Service on 028 9099 0417, or the Regional Emergency Social Work Service on 028 "
        "9099 0418 out of hours."]
    assert passages(RST, "s3") == []


def test_the_rst_chapters_paragraphs_lists_and_boxes() -> None:
    assert under(RST, "Why sharing matters") == [
        "Children are harmed when the people around them each notice something and no one joins it up. Case "
        "management reviews in Northern Ireland have found that staff in different teams, even within one Trust, "
        "often held pieces of information that together would have shown a child at risk.",
        "Share when you first have a concern: you do not need proof.\n"
        "Share what the other service needs to know, and no more.\n"
        "Write down what you shared, who with, when and why."]
    assert [_unmarked(t) for t in under(RST, "Child protection")] == [
        "Under Article 18 of the Children (Northern Ireland) Order 1995, the Trust must safeguard and promote the "
        "welfare of children in need in its area. Where it has reasonable cause to suspect that a child is suffering, "
        "or is likely to suffer, significant harm, it must make enquiries under Article 66 of the Order, and other "
        "agencies should help it by sharing what they know.",
        "The Safeguarding Board Act (Northern Ireland) 2011 set up the Safeguarding Board for Northern Ireland, and "
        "Co-operating to Safeguard Children and Young People in Northern Ireland (2017) sets out how agencies work "
        "together to protect children.",
        # the note's body, without its label; the role read as its text
        "The Trust's Gateway Service receives all referrals about children in the Drumcarrig area. See the Gateway "
        "page for how it works."]
    data = [_unmarked(t) for t in under(RST, "Data protection and confidentiality")]
    assert data[0].startswith("The UK GDPR and the Data Protection Act 2018 are UK-wide, and neither stands in the "
                              "way of sharing information to protect a child. When you share:")
    assert _in_order("\n".join(data), (
        "The Trust's lawful basis is usually Article 6(1)(e) of the UK GDPR, the performance of a task carried out in "
        "the public interest.",
        "Health information is special category data, so a condition under Article 9 is needed as well: Schedule 1, "
        "Part 2, paragraph 18 of the Data Protection Act 2018 (safeguarding of children and of individuals at risk) "
        "is the one to use.",
        "The sharing must be necessary and proportionate, so that it respects Article 8 of the European Convention on "
        "Human Rights, which the Human Rights Act 1998 brings into our law."))
    # the "seealso" box holds bare cross-references only: navigation, not the section's last text
    assert data[-1] == (
        "The common law duty of confidentiality is not absolute. Confidential information can be shared without "
        "consent where the public interest in protecting a child outweighs it, as the Department of Health's Code of "
        "Practice on Protecting the Confidentiality of Service User Information explains.")
    assert under(RST, "Further reading") == [
        "Co-operating to Safeguard Children and Young People in Northern Ireland\n"
        "SBNI Regional Core Child Protection Policies and Procedures\n"
        "UNOCINI guidance"]


def test_the_rst_chapters_footnotes_and_substitutions(catalog: Catalog) -> None:
    notes = "\n".join(under(RST, "Footnotes"))
    assert _in_order(notes, RST_NOTES)
    joined = "\n".join(passages(RST))
    for note in RST_NOTES:  # a note's text is read once, under "Footnotes", not also where its mark stands
        assert joined.count(note.rstrip(".")) == 1, note
    # a note's law supports the paragraph that marks it
    assert ("children-northern-ireland-order-1995", "article 66(1)", "") in unseen_cited(RST, catalog, "s4")
    assert ("children-northern-ireland-order-1995", "article 66", "") in unseen_cited(RST, catalog, "s4")
    # "|Gateway|" is read as the text its definition gives, wherever it stands
    assert "|Gateway" not in joined and "Gateway|" not in joined  # (a table's row reads "cell | cell")
    assert joined.count("the Trust's Gateway Service") == 3


def test_the_rst_chapters_list_table_myths() -> None:
    myths = unseen_myths_in(RST)
    # the header row ("Myth", "Fact") and the table's caption are no beliefs
    assert {s: (m.verdict, m.answer) for s, m in myths.items()} == RST_MYTHS
    table = "\n".join(under(RST, "Myths and facts"))
    assert _in_order(table, tuple(part for statement, (_, answer) in RST_MYTHS.items()
                                  for part in (statement, answer)))
    assert not [t for t in passages(RST) if t in ("Myth", "Fact", "Myth\nFact")]


def test_the_rst_chapters_case() -> None:
    [case] = unseen_cases(RST)
    assert case.setting == "Orla, aged 6"
    assert case.scenario.startswith("Orla was brought to the emergency department twice in one month")
    # the substitution in the story, read as its text
    assert "The nurse shared her concern with the Trust's Gateway Service before Orla left the department." in (
        case.scenario)
    assert case.scenario.endswith("A strategy discussion was held that evening, and a joint protocol investigation "
                                  "began.")
    # the admonition's title is the lesson's label, its body the lesson
    assert case.advice.startswith("A pattern of attendances can show a risk that no single attendance shows.")
    assert case.advice.endswith("without waiting for her parents' agreement.")
    for later in ("What we learned", "Further reading", "Co-operating", "SBNI", "admonition"):
        assert later not in case.advice, later


def test_the_rst_chapters_law_and_guidance(catalog: Catalog) -> None:
    # not the Justice Act (Northern Ireland) 2015 of the comment; note 2's "section 4" is a part of the guidance
    assert cited(RST, catalog) == {("children-northern-ireland-order-1995", "article 18"),
                                   ("children-northern-ireland-order-1995", "article 66"),
                                   ("children-northern-ireland-order-1995", "article 66(1)"),
                                   ("safeguarding-board-act-northern-ireland-2011", None),
                                   ("gdpr", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"),
                                   ("data-protection-act-2018", None),
                                   ("data-protection-act-2018", "schedule 1 paragraph 18"), ("echr", "article 8"),
                                   ("human-rights-act-1998", None), ("common-law-duty-of-confidence", None)}
    # the 2017 guidance once, however often named; the other titles under "Further reading" by their own words,
    # not their links' addresses
    assert guidance(RST, catalog) == {"cooperating-to-safeguard-children-and-young-people-ni",
                                      "dhssps-confidentiality-code-ni",
                                      "sbni-regional-core-child-protection-policies-and-procedures", "unocini-guidance"}
    assert unseen(RST).meta.jurisdictions == ("Northern Ireland",)


def test_the_rst_chapters_markup_and_furniture_are_dropped() -> None:
    for furniture in ("..", "::", ":ref:", ":doc:", "`", "_`", "[#]", "|Gateway|", "replace", ":description:",
                      ":keywords:", "Owner", "Approved by", "Version", "3.2", "Last reviewed", "14 January 2025",
                      "Next review", "January 2027", "On this page", ":local:", ":depth:", "single:", "pair:",
                      "only::", "latex", "printed copy", "uncontrolled", "make html", "TODO", "Justice Act",
                      "Legal Services", "important::", "note::", "seealso", "consent-and-capacity",
                      "recording-decisions", "/referrals/unocini", "gateway-service", "_sharing-information",
                      "list-table", ":header-rows:", ":widths:", "longtable", "* -", "admonition", "rubric", "https://",
                      "health-ni.gov.uk", "proceduresonline", "###", "===", "---", "\\", "*needs*", "*Co-operating"):
        assert not [t for t in _texts(RST) if furniture in t], furniture
    for text in passages(RST):  # the list marks are markup
        assert not re.match(r"(?:[*-]|#\.) ", text) and "\n* " not in text and "\n#. " not in text, text
