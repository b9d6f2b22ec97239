"""Guidance kept as Word 97-2003 documents (`tests/fixtures/unseen/`, written by
`doc-sources/make_doc_fixtures.py`), read first as a careful reader would, then what extraction finds.

* `thornleigh-primary-child-protection-policy-word97.doc`: a primary school's child protection policy
  kept as a .doc, its text in one 8-bit piece. Its title in Word's Title style; "Purpose of this
  policy", "Legal framework", "Sharing information" (over "Keep your worry to yourself?") and "The
  safeguarding team" in Word's heading styles; a generated table of contents, the school's crest, a
  hyperlink's field code and a running header, none of them text. Law: Education Act 2002 s175,
  Children Act 1989 s47, the DPA 2018 and UK GDPR named whole ("do not prevent"). Guidance: Keeping
  Children Safe in Education, Working Together 2023. Nation: England.
* `glanafon-police-health-information-sharing-protocol-word2003.doc`: a Welsh police force and health
  board's information sharing protocol, its Welsh paragraphs in a UTF-16 piece. Its headings in the
  partners' house style based on "heading 1"; a table of lawful bases: Crime and Disorder Act 1998
  s115, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 paragraph 18, Social Services and
  Well-being (Wales) Act 2014 s130. Guidance: the Wales Safeguarding Procedures. Nation: Wales.
"""

from __future__ import annotations

from helpers import unseen, unseen_cited_provisions, unseen_guidance, unseen_sections, unseen_under

from guidegraph.catalog import Catalog

POLICY = "thornleigh-primary-child-protection-policy-word97.doc"
PROTOCOL = "glanafon-police-health-information-sharing-protocol-word2003.doc"


def test_the_policys_sections_and_text_under_them() -> None:
    assert [title for _, title in unseen_sections(POLICY)] == [
        "Thornleigh Primary School: Child Protection Policy", "Purpose of this policy", "Legal framework",
        "Sharing information", "Keep your worry to yourself?", "The safeguarding team"]
    assert unseen_under(POLICY, "Legal framework")[0].startswith(
        "The governing body has a duty under section 175 of the Education Act 2002")


def test_the_policys_law_guidance_and_nation(catalog: Catalog) -> None:
    cited = unseen_cited_provisions(POLICY, catalog)
    assert {("education-act-2002", "section 175"), ("children-act-1989", "section 47"),
            ("data-protection-act-2018", None), ("gdpr", None)} <= cited
    assert {"keeping-children-safe-in-education", "working-together-to-safeguard-children"} <= unseen_guidance(
        POLICY, catalog)
    assert unseen(POLICY).meta.jurisdictions == ("England",)


def test_the_protocols_table_of_lawful_bases_is_cited(catalog: Catalog) -> None:
    assert [title for _, title in unseen_sections(PROTOCOL)] == [
        "Glanafon Police and Glanafon University Health Board: Information Sharing Protocol", "Purpose",
        "Lawful bases for sharing", "Children at risk", "Welsh language", "Review"]
    assert {("crime-and-disorder-act-1998", "section 115"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("social-services-and-well-being-wales-act-2014", "section 130")} <= unseen_cited_provisions(
        PROTOCOL, catalog)
    assert "wales-safeguarding-procedures" in unseen_guidance(PROTOCOL, catalog)
    assert unseen(PROTOCOL).meta.jurisdictions == ("Wales",)
