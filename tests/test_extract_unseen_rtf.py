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
"""

from __future__ import annotations

from helpers import unseen, unseen_cited_provisions, unseen_guidance, unseen_sections, unseen_under

from guidegraph.catalog import Catalog

POLICY = "hollinsford-primary-child-protection-policy-word.rtf"
PROCEDURE = "ferncastle-early-help-consent-procedure-wordpad.rtf"
NOTICE = "llanfedw-council-bilingual-info-sharing-word.rtf"


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
