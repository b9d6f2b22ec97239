"""Guidance kept as Rich Text Format (`tests/fixtures/unseen/`, written by
`rtf-sources/make_rtf_fixtures.py`), read first as a careful reader would, then what extraction finds.

* `hollinsford-primary-child-protection-policy-word.rtf`: a primary school's child protection policy
  saved from Word as RTF. Its title in Word's Title style; "Purpose and aims", "Legal framework" (over
  "Data protection"), "The seven golden rules for sharing information" and "What staff should do" in
  Word's heading styles; a generated table of contents, a logo, a hidden template note, a tracked
  deletion, a running header and a footer with a page number, none of them text. Law: Education Act 2002
  s175, Children Act 1989 s47 (and s17, in a footnote that follows its paragraph), the DPA 2018 and UK
  GDPR named whole ("do not prevent"), UK GDPR Articles 6(1)(e) and 9(2)(g) and DPA 2018 Schedule 1
  paragraph 18 in a table of lawful bases. Guidance: Keeping Children Safe in Education, Working
  Together 2023, the 2024 advice (its seven golden rules, a numbered list). Nation: England.
* `ferncastle-early-help-consent-procedure-wordpad.rtf`: an early help partnership's procedure typed in
  WordPad: no styles, its title and headings bold lines (the title and main headings set larger),
  bullets and steps in the old paragraph numbering. Law: Children Act 1989 s47, UK GDPR Article 6(1)(e).
  Nation: England.
* `llanfedw-council-bilingual-info-sharing-word.rtf`: a Welsh council's bilingual notice, headings in
  English and Welsh, Welsh letters written as Unicode escapes. Law: Social Services and Well-being (Wales)
  Act 2014 s130, in English and in Welsh. Guidance: the Wales Safeguarding Procedures. Nation: Wales.
* `whinmoor-scp-myths-and-facts-leaflet-word.rtf`: a partnership's leaflet saved from Word, its three
  myths and their facts in text boxes read after the paragraphs they are anchored in, each once (not
  again from the picture copies Word keeps for older readers); bullets in the Symbol font and in
  Wingdings; a "Remember" callout; a Polish and a Ukrainian line in fonts of their own character sets.
  Sections: the title, "Why this leaflet", "Myths and facts", "Before you share, ask yourself",
  "Afterwards", "In other languages". Law: UK GDPR Article 6(1)(e), the DPA 2018 and UK GDPR named
  whole, DPA 2018 Schedule 1 paragraph 18, Children Act 1989 s47. Myths: three, all false.
  Nation: England.
* `marshbrook-mash-front-door-procedure-libreoffice.rtf`: a MASH procedure written in LibreOffice
  Writer and saved as RTF: LibreOffice's headings (`\\s1\\outlinelevel0`), lists, a footnote citing the
  Children Act 2004 s11 and Working Together 2023, and a table of contacts whose first team's cell
  holds a nested table of names and numbers, read as rows after the team's row. Law: Children Act 1989
  s47, Children Act 2004 s11, UK GDPR Article 6(1)(e), DPA 2018 Schedule 1 paragraph 18. No myths.
  Nation: England.
* `pennock-vale-mash-referral-procedure-word.rtf`: a council's referral procedure saved from Word, its
  headings numbered by the list Word links to its heading styles, each heading a list item with its
  printed number ("1.", "1.1", "2."), one numbered as an older Word numbered outlines (`\\pntext` "4.").
  Sections: the title, then "1 Purpose", "1.1 Scope", "2 Lawful basis for sharing", "2.1 Each
  agency's own duty", "3 Making a referral" (over its three numbered steps), "4 Recording and
  feedback", each at its heading style's level, and "Contacts" (unnumbered after numbered headings, so
  one level down, as everywhere). Law: Children Act 1989 s17 and s47,
  Crime and Disorder Act 1998 s115, Children Act 2004 s11. Nation: England.
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_sections,
    unseen_texts,
    unseen_under,
)

from guidegraph.catalog import Catalog

POLICY = "hollinsford-primary-child-protection-policy-word.rtf"
PROCEDURE = "ferncastle-early-help-consent-procedure-wordpad.rtf"
NOTICE = "llanfedw-council-bilingual-info-sharing-word.rtf"
LEAFLET = "whinmoor-scp-myths-and-facts-leaflet-word.rtf"
FRONT_DOOR = "marshbrook-mash-front-door-procedure-libreoffice.rtf"
REFERRAL = "pennock-vale-mash-referral-procedure-word.rtf"


def test_the_policys_sections_and_text_under_them() -> None:
    assert [title for _, title in unseen_sections(POLICY)] == [
        "Hollinsford Primary School: Child Protection and Safeguarding Policy", "Purpose and aims",
        "Legal framework", "Data protection", "The seven golden rules for sharing information",
        "What staff should do"]
    assert unseen_under(POLICY, "Legal framework")[0].startswith(
        "The governing body has a duty under section 175 of the Education Act 2002")
    assert "Children Act 1989, s47; see also s17 for children in need." in " ".join(
        unseen_under(POLICY, "Legal framework"))


def test_the_policys_law_guidance_and_nation(catalog: Catalog) -> None:
    cited = unseen_cited_provisions(POLICY, catalog)
    assert {("education-act-2002", "section 175"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
            ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("data-protection-act-2018", None), ("gdpr", None)} <= cited
    assert {"keeping-children-safe-in-education", "working-together-to-safeguard-children",
            "hmg-information-sharing-advice"} <= unseen_guidance(POLICY, catalog)
    assert unseen(POLICY).meta.jurisdictions == ("England",)


def test_the_wordpad_procedures_bold_headings_head_its_sections() -> None:
    assert [title for _, title in unseen_sections(PROCEDURE)] == [
        "Ferncastle Early Help: Sharing Information and Consent", "Why this procedure matters",
        "When we ask for consent", "When consent is not needed", "If the family says no", "Steps to take", "Contact"]
    assert unseen_under(PROCEDURE, "When consent is not needed")[0].startswith(
        "You do not need consent to share information when a child is suffering")


def test_the_wordpad_procedures_law(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)")} <= unseen_cited_provisions(
        PROCEDURE, catalog)


def test_the_welsh_notices_law_in_both_languages(catalog: Catalog) -> None:
    assert ("social-services-and-well-being-wales-act-2014", "section 130") in unseen_cited_provisions(NOTICE, catalog)
    assert "wales-safeguarding-procedures" in unseen_guidance(NOTICE, catalog)
    assert unseen(NOTICE).meta.jurisdictions == ("Wales",)


def test_the_leaflets_myths_in_text_boxes_are_found_with_their_facts() -> None:
    myths = unseen_myths_in(LEAFLET)
    assert {belief: myth.verdict for belief, myth in myths.items()} == {
        "I need the parents’ consent before I can share information about their child": "no",
        "Data protection law stops me sharing information about a child": "no",
        "I must be sure a child is being abused before I tell anyone": "no"}
    consent = myths["I need the parents’ consent before I can share information about their child"]
    assert consent.answer.startswith("Consent is not the only lawful basis for sharing.")
    assert "Article 6(1)(e) of the UK GDPR" in consent.answer
    assert myths["Data protection law stops me sharing information about a child"].answer.endswith(
        "allows health and other special category data to be shared to safeguard a child.")
    assert myths["I must be sure a child is being abused before I tell anyone"].answer.startswith(
        "You do not need proof.")


def test_the_leaflets_sections_law_and_nation(catalog: Catalog) -> None:
    assert [title for _, title in unseen_sections(LEAFLET)] == [
        "Sharing information to keep children safe: myths and facts", "Why this leaflet", "Myths and facts",
        "Before you share, ask yourself", "Afterwards", "In other languages"]
    assert unseen_under(LEAFLET, "Afterwards")[-1] == "Remember: if a child is in immediate danger, call 999."
    assert {("gdpr", "article 6(1)(e)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("children-act-1989", "section 47"), ("data-protection-act-2018", None)} <= unseen_cited_provisions(
        LEAFLET, catalog)
    assert " ".join(unseen_texts(LEAFLET)).count("Data protection law stops me") == 1
    assert unseen(LEAFLET).meta.jurisdictions == ("England",)


def test_the_libreoffice_procedures_sections_and_nested_contacts() -> None:
    assert [title for _, title in unseen_sections(FRONT_DOOR)] == [
        "Marshbrook MASH: sharing information at the front door", "Purpose", "The legal basis for sharing",
        "What partners share", "Steps at the front door", "Contacts"]
    contacts = " ".join(unseen_under(FRONT_DOOR, "Contacts"))
    assert "Marshbrook MASH | Monday to Friday, 8.30am to 5pm" in contacts
    assert contacts.index("Duty social worker | 01632 960 700") < contacts.index("Emergency Duty Team")
    assert "Children Act 2004, s11; see also Working Together to Safeguard Children 2023." in " ".join(
        unseen_under(FRONT_DOOR, "The legal basis for sharing"))
    assert not unseen_myths_in(FRONT_DOOR)


def test_the_libreoffice_procedures_law_and_guidance(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 47"), ("children-act-2004", "section 11"), ("gdpr", "article 6(1)(e)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18")} <= unseen_cited_provisions(FRONT_DOOR, catalog)
    assert "working-together-to-safeguard-children" in unseen_guidance(FRONT_DOOR, catalog)
    assert unseen(FRONT_DOOR).meta.jurisdictions == ("England",)


def test_the_referral_procedures_numbered_headings_are_sections_at_their_styles_levels() -> None:
    sections = [(s.key, s.title, s.level) for s in unseen(REFERRAL).sections]
    assert sections == [
        ("s1", "Pennock Vale Council: Multi-Agency Referral Procedure", 1), ("1", "Purpose", 1), ("1.1", "Scope", 2),
        ("2", "Lawful basis for sharing", 1), ("2.1", "Each agency\u2019s own duty", 2), ("3", "Making a referral", 1),
        ("4", "Recording and feedback", 1), ("s8", "Contacts", 2)]  # unnumbered after numbered ones: one down
    assert unseen_under(REFERRAL, "Making a referral") == [
        "To refer a child, follow these steps:\nTelephone the MASH on 01632 960 250 if the child is at immediate "
        "risk.\nComplete the multi-agency referral form the same day, saying what you have seen or heard.\nTell the "
        "family that you are making the referral, unless that would put the child at greater risk."]


def test_the_referral_procedures_law_by_section(catalog: Catalog) -> None:
    assert {("children-act-1989", "section 17"), ("children-act-1989", "section 47"),
            ("crime-and-disorder-act-1998", "section 115"), ("children-act-2004", "section 11")} <= \
        unseen_cited_provisions(REFERRAL, catalog)
    assert unseen_under(REFERRAL, "Each agency\u2019s own duty")[0].startswith("Section 11 of the Children Act 2004")
