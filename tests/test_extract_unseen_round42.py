"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 42):
sectors no earlier round came from (a community association's weekend supplementary school, a
probation region, an NHS dental practice), each document read first as a careful reader would.

* `brookvale-al-huda-weekend-school-safeguarding-policy.html`: the safeguarding and information
  sharing policy of a madrassah run on Saturday and Sunday mornings by a community association,
  as a page of the association's small website: a bar with its telephone and e-mail address, the
  header (its logo and name, the menu, a "Donate" button), the page (the title, a lead paragraph
  saying who agreed it, "About our weekend school", "Our Designated Safeguarding Lead", "If you are
  worried about a child" (a lead-in over four points), "Sharing information with children's social
  care", "The law on sharing information", "Safer recruitment", "A myth we sometimes hear" (a bold
  "Myth:" over the belief in quotation marks, a bold "Fact:" over its answer) and "Contacts" (a
  list)) and the footer (the address, the charity number, quick links, social media, copyright).
  Law: the Children Act 1989 ss47 and 17, the UK GDPR and the DPA 2018 named whole, UK GDPR
  Article 6(1)(f) (a charity, not a public authority: legitimate interests) and Article 9(2)(g)
  with DPA 2018 Schedule 1 paragraph 18 ("special category data": Article 9), the Safeguarding
  Vulnerable Groups Act 2006 named whole (referral to the DBS). Guidance: the Department for
  Education's code of practice, Keeping children safe in out-of-school settings (named without its
  year: first published in October 2020, last updated in April 2022), and Working Together 2023.
  Myth: "We are a small volunteer group, so data protection law doesn't apply to us", false. No
  case. Nation: England.
* `thornvale-probation-sharing-information-risk-to-children-print.pdf` (Chromium prints it from
  `pdf-sources/`): a probation region's practice guidance for probation practitioners on people on
  probation who pose a risk to children. The title at 20pt over a subtitle at 13pt ("Practice
  guidance for probation practitioners") and a line of particulars ("Thornvale Region public
  protection team · Version 1.2 · March 2025"); the protective marking "OFFICIAL" at the top right
  and the bottom left of every page, the region's name at the top left and "Page N of M" at the
  bottom right (`@page` margin boxes). Headings numbered "1. Purpose" to "7. Recording and advice";
  "Multi-Agency" broken over a line at its hyphen; a lead-in ending in a colon over three points
  whose bullets Chromium draws (no text) and whose lines nearly fill the column; a boxed "6. Case
  example: a man on licence moves in with a new partner who has two children", its story, "What the
  practitioner did" and "Learning". Law: the Criminal Justice Act 2003 s325 (MAPPA, the duty to
  co-operate) and s327 ("Section 327 of the Act"), the Offender Management Act 2007 s14 (not known
  to the catalog before this round), the Children Act 2004 s11, the Children Act 1989 s47, DPA 2018
  Part 3, section 35 ("section 35 of the Act, the first data protection principle": that section,
  not the UK GDPR's Article 5) and Schedule 8, MAPPA (the arrangements, a scheme in the catalog); the
  UK GDPR is named only to say that it is not the law the processing falls under. Traps: "MAPPA
  category 2", "level 3 management" and "MAPPA level 1" are MAPPA's own terms, no provisions;
  "Chapter 4 of the MAPPA Guidance" is guidance, no law. Guidance: the MAPPA Guidance (not known to
  the catalog before this round). No myths. Case: Mr D, what the practitioner did and the learning
  its advice. Nation: England.
* `millbeck-dental-practice-safeguarding-information-sharing-policy.txt`: an NHS general dental
  practice's safeguarding and information sharing policy, as plain text saved from Word: the
  practice's name over the title, three control lines typed "Label: value" (the policy owner, the
  approval and the next review), headings numbered "1. Purpose" to "9. Contacts", a list under
  "2. Scope" written with "-" and one under "4. Recognising concerns" written with Word's "o"
  followed by a space, a myth as "Myth:" and "Fact:" lines, and the practice's address and
  "Uncontrolled when printed" at the foot. Law: the Children Act 2004 s11 (NHS England's duty, by
  the practice's contract), the Children Act 1989 s47, the UK GDPR and the DPA 2018 named whole, UK
  GDPR Articles 6(1)(e) and 9(2)(h). Guidance: the Caldicott principles (2020), "Child protection and
  the dental team" (COPDEND, 2006: not known to the catalog before this round) and the General
  Dental Council's Standards for the Dental Team (not known before either: a professional standard,
  no law). Traps: "Standard 8.5" is the GDC's standard, no legal provision; "FDI tooth notation" and
  "principle 7" are no law. Myth: "Dental neglect isn't a safeguarding matter", false. No case.
  Nation: England.

Gaps closed in this round (general rules). Plain text saved from Word writes its second bullet as
"o" and a space: a run of two lines or more opening so is a list (one such line alone stays text).
A block of document control lines typed "Label: value" is the document's properties though some
of its lines ("Next review: March 2026") were dropped as furniture already: those still count to
the run, so the first ("Policy owner: ...") goes with them. In a PDF, a line ending in a hyphen
after a letter over one opening with a capital is a compound broken at its own hyphen ("Multi-"
over "Agency"), rejoined without a space; a lead-in ending in a colon over lines set in by a
bullet's room, a little apart, each starting with a capital after a finished sentence, is a list
though its lines fill the column. A line of a title's particulars under it ("... team · Version
1.2 · March 2025", parts set apart by dots or bars, a version or a date among them) is its byline,
so the subtitle above it is the title's text, not a section. A term of art in apposition to the
provision just cited ("section 35 of the Act, the first data protection principle") says what that
provision is, and implies no other law. A law set against the one that applies after a comma
("... under Part 3 of the Act, not the UK GDPR") is named as no support. The catalog knows the
Offender Management Act 2007, the MAPPA Guidance, the Department for Education's code of practice
for out-of-school settings, "Child protection and the dental team" and the GDC's Standards for the
Dental Team, each checked against its publisher's page.
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cases,
    unseen_cited,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_myths_in,
    unseen_no_furniture,
    unseen_passages,
    unseen_sections,
    unseen_under,
)

from guidegraph.catalog import Catalog

guidance, passages, sections, cited = unseen_guidance, unseen_passages, unseen_sections, unseen_cited_provisions
under = unseen_under


# ---------------------------------------------------------------------------------------------
# A weekend supplementary school's safeguarding policy, on its community association's website


SCHOOL = "brookvale-al-huda-weekend-school-safeguarding-policy.html"
SMALL_GROUP = "We are a small volunteer group, so data protection law doesn’t apply to us"


def test_the_schools_sections() -> None:
    assert [title for _, title in sections(SCHOOL)] == [
        "Safeguarding and Information Sharing Policy", "About our weekend school", "Our Designated Safeguarding Lead",
        "If you are worried about a child", "Sharing information with children’s social care",
        "The law on sharing information", "Safer recruitment", "A myth we sometimes hear", "Contacts"]
    assert under(SCHOOL, "About our weekend school")[0].startswith(
        "Al-Huda Weekend School is a supplementary school. We teach Arabic, Qur’an and Islamic studies")
    [worried, danger] = under(SCHOOL, "If you are worried about a child")
    assert worried.splitlines() == [
        "If a child tells you something that worries you, or you see something that worries you:",
        "listen to the child and stay calm; do not promise to keep it a secret;",
        "do not ask leading questions or try to investigate;",
        "tell the DSL straight away, before the child goes home;",
        "write down what you saw or heard, in the child’s own words, with the date and time, and sign it."]
    assert danger == "If a child is in immediate danger, call 999."
    [contacts] = under(SCHOOL, "Contacts")
    assert contacts.splitlines()[0] == "Designated Safeguarding Lead: Sister Amina Rahman, 07700 900 214"


def test_the_schools_site_furniture_is_not_text() -> None:
    unseen_no_furniture(SCHOOL, "Donate", "Call us", "office@", "About us", "Events", "Quick links", "Follow us",
                        "Facebook", "Privacy notice", "Registered charity", "14 Mill Lane", "©", "All rights reserved")


def test_the_schools_law(catalog: Catalog) -> None:
    assert cited(SCHOOL, catalog) == {
        ("children-act-1989", "section 47"), ("children-act-1989", "section 17"), ("gdpr", None),
        ("data-protection-act-2018", None), ("gdpr", "article 6(1)(f)"),
        ("gdpr", "article 9"),  # "special category data"
        ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("safeguarding-vulnerable-groups-act-2006", None)}


def test_the_schools_guidance_is_the_out_of_school_settings_code_and_working_together(catalog: Catalog) -> None:
    assert guidance(SCHOOL, catalog) == {"keeping-children-safe-in-out-of-school-settings",
                                         "working-together-to-safeguard-children"}
    code = catalog.by_id("keeping-children-safe-in-out-of-school-settings")
    assert code.title.startswith("Keeping children safe in out-of-school settings: code of practice")
    assert code.year == 2020 and not code.is_legal_basis and code.jurisdictions == ("england",)


def test_the_schools_myth_case_and_nation() -> None:
    myths = unseen_myths_in(SCHOOL)
    assert {s: m.verdict for s, m in myths.items()} == {SMALL_GROUP: "no"}
    assert myths[SMALL_GROUP].answer.startswith(
        "Data protection law applies to every organisation that keeps information about people, whatever its size")
    assert unseen_cases(SCHOOL) == []
    assert unseen(SCHOOL).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A probation region's practice guidance, printed to PDF


PROBATION = "thornvale-probation-sharing-information-risk-to-children-print.pdf"
CASE = "Case example: a man on licence moves in with a new partner who has two children"


def test_the_guidances_sections_and_its_title_over_its_subtitle() -> None:
    assert sections(PROBATION) == [
        ("s1", "Sharing information about people on probation who pose a risk to children"), ("1", "Purpose"),
        ("2", "The law"), ("3", "MAPPA"), ("4", "Child safeguarding checks"), ("5", "Home visits"), ("6", CASE),
        ("7", "Recording and advice")]
    assert passages(PROBATION, "s1") == ["Practice guidance for probation practitioners"]
    particulars = "Thornvale Region public protection team · Version 1.2 · March 2025"
    assert unseen(PROBATION).document.masthead == (particulars,)


def test_the_guidances_compound_broken_at_its_hyphen_is_whole() -> None:
    [responsible, *_] = passages(PROBATION, "2")
    assert "for the Multi-Agency Public Protection Arrangements (MAPPA) in each area" in responsible


def test_the_guidances_points_under_their_lead_in_are_a_list() -> None:
    [checks, record, _] = passages(PROBATION, "4")
    assert checks.splitlines() == [
        "Make a child safeguarding check before a pre-sentence report recommends a sentence, before release from "
        "custody, and whenever someone on probation tells you of a change in their household:",
        "Ask the person on probation who lives with them and who visits, and whether any of them are children.",
        "Ask children’s social care whether they know the person or any child in the household.",
        "Ask the police for any call-outs to the address, including for domestic abuse."]
    assert record == "Record each request, the reply and what you did with it."


def test_the_guidances_marking_running_lines_and_particulars_are_not_text() -> None:
    unseen_no_furniture(PROBATION, "OFFICIAL", "Page 1 of", "Page 2 of", "Probation Service – Thornvale Region",
                        "Version 1.2")


def test_the_guidances_law_leaves_mappas_own_terms_and_guidance_unread(catalog: Catalog) -> None:
    # "MAPPA category 2", "level 3 management" and "Chapter 4 of the MAPPA Guidance" are no provisions;
    # "section 35 of the Act, the first data protection principle" is the DPA's, not the UK GDPR's Article 5
    assert cited(PROBATION, catalog) == {
        ("criminal-justice-act-2003", "section 325"), ("criminal-justice-act-2003", "section 327"), ("mappa", None),
        ("offender-management-act-2007", "section 14"), ("children-act-2004", "section 11"),
        ("children-act-1989", "section 47"), ("data-protection-act-2018", "part 3"),
        ("data-protection-act-2018", "section 35"), ("data-protection-act-2018", "schedule 8"), ("gdpr", None)}
    # the UK GDPR is named to say it is not the law that applies
    assert [negation for basis, _, negation in unseen_cited(PROBATION, catalog, "2") if basis == "gdpr"] == ["not"]


def test_the_catalog_knows_the_offender_management_act_and_the_mappa_guidance(catalog: Catalog) -> None:
    act = catalog.by_id("offender-management-act-2007")
    assert act.legislation_gov_uk == "ukpga/2007/21" and act.is_legal_basis
    assert guidance(PROBATION, catalog) == {"mappa-guidance"}
    assert not catalog.by_id("mappa-guidance").is_legal_basis


def test_the_guidances_case_example_and_its_learning() -> None:
    [case] = unseen_cases(PROBATION)
    assert case.setting == "a man on licence moves in with a new partner who has two children"
    assert case.scenario.startswith("Mr D was released on licence after a sentence for assault")
    assert case.advice.startswith("She asked Mr D about the household")
    assert "A change in someone’s household is a change in the risk they pose." in case.advice
    assert unseen_myths_in(PROBATION) == {}
    assert unseen(PROBATION).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A dental practice's policy, saved from Word as plain text


DENTAL = "millbeck-dental-practice-safeguarding-information-sharing-policy.txt"
NEGLECT = "Dental neglect isn't a safeguarding matter"


def test_the_practices_sections_and_masthead() -> None:
    assert sections(DENTAL) == [
        ("s1", "Safeguarding Children and Information Sharing Policy"), ("1", "Purpose"), ("2", "Scope"),
        ("3", "The law and guidance"), ("4", "Recognising concerns"), ("5", "Sharing information"),
        ("6", "Dental neglect"), ("7", "Records"), ("8", "Training"), ("9", "Contacts")]
    assert unseen(DENTAL).document.masthead == ("Millbeck Dental Practice",)


def test_the_practices_lists_written_with_dashes_and_with_word_s_o() -> None:
    [scope] = passages(DENTAL, "2")
    assert scope.splitlines()[1:] == [
        "dentists, dental therapists and hygienists;", "dental nurses and trainee dental nurses;",
        "reception and practice management staff;",
        "locums, students on placement and anyone who works at the practice."]
    [concerns] = passages(DENTAL, "4")
    assert concerns.splitlines() == [
        "Be alert to:",
        "injuries to the face, mouth, head or neck, especially bruising in a baby who is not yet mobile;",
        "a torn frenum (the fold of skin under the upper lip) in a baby or toddler;",
        "an explanation of an injury that does not fit the injury or the child's age;",
        "dental neglect: untreated decay causing pain or infection, where the parent has been told what care the "
        "child needs and has not brought them back;", "children who are often not brought to their appointments."]


def test_the_practices_control_lines_and_foot_are_not_text() -> None:
    unseen_no_furniture(DENTAL, "Policy owner", "Approved:", "Next review", "Uncontrolled when printed",
                        "27 Station Road")


def test_the_practices_law_leaves_the_gdc_standard_and_tooth_notation_unread(catalog: Catalog) -> None:
    # "Standard 8.5" is the GDC's professional standard, "FDI tooth notation" and "principle 7" no law
    assert cited(DENTAL, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", None),
        ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)")}


def test_the_practices_guidance_and_the_catalogs_dental_entries(catalog: Catalog) -> None:
    assert guidance(DENTAL, catalog) == {"caldicott-principles", "child-protection-and-the-dental-team",
                                         "gdc-standards-for-the-dental-team"}
    handbook = catalog.by_id("child-protection-and-the-dental-team")
    assert handbook.year == 2006 and "COPDEND" in handbook.title
    standards = catalog.by_id("gdc-standards-for-the-dental-team")
    assert standards.year == 2013 and not standards.is_legal_basis


def test_the_practices_myth_case_and_nation() -> None:
    myths = unseen_myths_in(DENTAL)
    assert {s: m.verdict for s, m in myths.items()} == {NEGLECT: "no"}
    assert myths[NEGLECT].answer.startswith(
        "Dental neglect is the persistent failure to meet a child's basic oral health needs, and it is a form of "
        "neglect.")
    assert unseen_cases(DENTAL) == []
    assert unseen(DENTAL).meta.jurisdictions == ("England",)
