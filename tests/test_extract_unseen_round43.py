"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 43):
sectors no earlier round came from (a grassroots youth football club, a Welsh youth justice service,
an independent community pharmacy), each document read first as a careful reader would.

* `castlebrook-colts-jfc-safeguarding-information-sharing-policy.html`: a junior football club's
  safeguarding and information sharing policy, a page of its website built with a site builder
  (Squarespace's Fluid Engine: sections of nested divs with generated class names). The header (the
  club crest, its alt text the club's name, the menu with a folder of teams, a "Join us" button), the
  page (the title and a lead paragraph, "Our commitment", "Our Club Welfare Officer", "If you are
  worried about a child" (a lead-in over four points), "Sharing information", "The law on sharing
  information", "Safer recruitment", "A myth we hear on the touchline" (a bold "Myth:" over the belief
  in quotation marks, a bold "Fact:" over its answer) and "Contacts"), then a "Join us" banner (a
  heading, a sentence and a "Register to play" button), the footer (the ground, the County FA club
  number, the charity number, a sponsor, social links) and the cookie notice. The Club Welfare
  Officer, the County FA Designated Safeguarding Officer and the LADO. Law: the Children Act 1989
  s47, the UK GDPR named whole and Article 6(1)(f) (a charity: legitimate interests), Article 9(2)(g)
  with DPA 2018 Schedule 1 paragraph 18 ("special category data": Article 9), the Safeguarding
  Vulnerable Groups Act 2006 (referral to the DBS). Guidance: Working Together 2023; "The FA's
  safeguarding policy and regulations" is The Football Association's own, of no one title or year
  that could be checked, so the catalog does not hold it and it is not cited. Traps: "Under-12s",
  "Rule 8 of the Westshire Youth League's rules" and the "FA Charter Standard" are no law. Myth: "We
  can't tell a parent anything a coach has said about their child without the coach's permission",
  false. No case. Nation: England.
* `glynddu-yjs-information-sharing-protocol-print.pdf` (Chromium prints it from `pdf-sources/`): a
  Welsh youth justice service's information sharing protocol with children's services and schools. A
  cover (the title at 26pt, the parties as its subtitle at 14pt, the version, the board's approval
  "Approved by the ... Board, 12 June 2025" and the review date), a contents page of numbered entries
  with dotted leaders and page numbers, headings numbered "1." to "8." over paragraphs numbered "1.1"
  (the number hanging), a bordered case example, the service's name and the protocol's version at
  the top of each page after the cover, its name in Welsh and English and "Page N of M" at the foot.
  Law: the Crime and Disorder Act 1998 s39 (the youth offending team) and s115 ("the purposes of the
  Act"), the Social Services and Well-being (Wales) Act 2014 s130, the Children Act 2004 s28, DPA
  2018 Part 3 and section 35 ("section 35 of that Act"), the UK GDPR and its Article 6(1)(e).
  Guidance: the Wales Safeguarding Procedures, Working Together to Safeguard People (not known to the
  catalog before this round) and the Standards for children in the youth justice system 2019 (not
  known before either: guidance, no law). Traps: "AssetPlus" (the assessment), "Standard 3" of those
  standards, and "Section 2.4" of the protocol itself. Case: Rhys, 16, on a referral order, stops
  attending school: what was shared and why. No myths. Nation: Wales.
* `harcourt-pharmacy-safeguarding-children-sop-word.docx` (`docx-sources/make_round43.py` writes it as
  Word 365 saves a document): an independent community pharmacy's standard operating procedure: the
  pharmacy's name typed over the title in the Subtitle style, the title, "Standard operating
  procedure" under it, a document control table ("SOP number | SOP 09", "Version | 3", "Prepared by",
  "Approved by", "Date of issue", "Review date"), headings typed with their numbers in Heading 1, a
  bulleted list under "Be alert to:", "6. Emergency contraception requests from under-16s", "7. Female
  genital mutilation", "9. Flowchart" given as six steps numbered by Word's list numbering, the
  pharmacy and the SOP in the running header, and "Page X of Y" in the footer. Law: the Children Act
  2004 s11, the Children Act 1989 s47, the UK GDPR and the DPA 2018 named whole, UK GDPR Articles
  6(1)(e) and 9(2)(h), the Sexual Offences Act 2003 (the age of consent) and the Female Genital
  Mutilation Act 2003 s5B (the mandatory reporting duty). Guidance: the Caldicott principles, the
  GPhC's standards for pharmacy professionals (not known to the catalog before this round: a
  professional standard, no law) and the GMC's "0-18 years: guidance for all doctors" (checked: the
  catalog's entry, effective 2007, updated 2018). Traps: the "Fraser guidelines" are case law the
  catalog holds only as a search synonym of capacity, as it does Gillick competence, so they are no
  citation; "Level 2 safeguarding training", "SOP 14" and "Standard 1" of the GPhC are no law. No
  myths, no case. Nation: England.

Gaps closed in this round (general rules). A site builder's banner inviting the reader in ("Join
us", "Register now", "Support us") over a sentence or two and a link styled as a button is the
site's call to action, not the page's text. A cover's approval line setting its date after a comma
("Approved by the Youth Justice Management Board, 12 June 2025") is document control, as "Approved
by ...: June 2024" is. An unnumbered heading under the title over no text of its own, right above
the document's first numbered section ("1. Introduction"), is the title's subtitle, not a section,
though the cover's other lines were control lines and dropped. The organisation's name typed in a
paragraph over the title (a Subtitle-styled "Harcourt Pharmacy") is the masthead, as a heading
naming it is. A properties table's "SOP number" and "Prepared by" rows are document control, as
"Policy number" and "Approved by" are. The catalog knows Working Together to Safeguard People, the
Standards for children in the youth justice system 2019 and the GPhC's standards for pharmacy
professionals, each checked against its publisher's page; a volume or part of catalogued guidance
("Working Together to Safeguard People: Volume 5 – Handling individual cases ...", however long its
own title) is a reference to that guidance, so rounds 32 to 34's references to the volume now cite
it.
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
# A junior football club's policy, on its site builder's website


CLUB = "castlebrook-colts-jfc-safeguarding-information-sharing-policy.html"
PERMISSION = "We can’t tell a parent anything a coach has said about their child without the coach’s permission"


def test_the_clubs_sections() -> None:
    assert [title for _, title in sections(CLUB)] == [
        "Safeguarding and Information Sharing Policy", "Our commitment", "Our Club Welfare Officer",
        "If you are worried about a child", "Sharing information", "The law on sharing information",
        "Safer recruitment", "A myth we hear on the touchline", "Contacts"]
    [lead] = under(CLUB, "Safeguarding and Information Sharing Policy")
    assert lead.startswith("Castlebrook Colts Junior Football Club runs 14 teams for boys and girls")
    [worried, danger, adult] = under(CLUB, "If you are worried about a child")
    assert worried.splitlines() == [
        "If a child tells you something that worries you, or you see or hear something that worries you, at "
        "training, at a match or online:",
        "stay calm, listen and do not promise to keep it a secret;",
        "do not question the child or try to investigate yourself;",
        "tell the Club Welfare Officer the same day, even if you are not sure;",
        "write down what you saw or heard, with the date and time, and give it to the Club Welfare Officer."]
    assert danger == "If a child is in immediate danger, call 999 first, then tell the Club Welfare Officer."
    assert "the County FA Designated Safeguarding Officer, who tells the Local Authority Designated Officer" in adult
    [contacts] = under(CLUB, "Contacts")
    assert contacts.splitlines()[:2] == [
        "Club Welfare Officer: Dionne Marsh, 07700 900 615, welfare@castlebrookcolts.co.uk",
        "Westshire County FA Designated Safeguarding Officer: 01632 961 240"]


def test_the_clubs_join_us_banner_is_the_sites_not_the_policys() -> None:
    assert "Join us" not in [title for _, title in sections(CLUB)]
    unseen_no_furniture(CLUB, "Join us", "Register to play", "Registration for the 2025/26 season",
                        "always welcome")


def test_the_clubs_header_footer_and_cookie_notice_are_not_text() -> None:
    unseen_no_furniture(CLUB, "Skip to Content", "crest", "Mini soccer", "Fixtures", "Sponsors", "Open Menu",
                        "Home ground", "Affiliated to", "club number", "Registered charity", "Brookside Motors",
                        "©", "Privacy policy", "Facebook", "cookies", "Accept all", "Decline")


def test_the_clubs_law_leaves_age_groups_league_rules_and_the_charter_standard_unread(catalog: Catalog) -> None:
    # "Under-12s", "Rule 8 of the Westshire Youth League's rules" and the "FA Charter Standard" are no law
    assert cited(CLUB, catalog) == {
        ("children-act-1989", "section 47"), ("gdpr", None), ("gdpr", "article 6(1)(f)"),
        ("gdpr", "article 9"),  # "special category data"
        ("gdpr", "article 9(2)(g)"), ("data-protection-act-2018", "schedule 1 paragraph 18"),
        ("safeguarding-vulnerable-groups-act-2006", None)}


def test_the_clubs_guidance_is_working_together_and_not_the_fas_own_policy(catalog: Catalog) -> None:
    # The FA's safeguarding policy and regulations: no title or year the catalog could check, so uncited
    assert guidance(CLUB, catalog) == {"working-together-to-safeguard-children"}
    assert not [entry for entry in catalog.entries if "football" in entry.title.lower()]


def test_the_clubs_myth_case_and_nation() -> None:
    myths = unseen_myths_in(CLUB)
    assert {s: m.verdict for s, m in myths.items()} == {PERMISSION: "no"}
    assert myths[PERMISSION].answer.startswith(
        "A parent is entitled to know about a worry that concerns their own child, and a coach’s wish to stay out "
        "of it does not outweigh the child’s welfare.")
    assert unseen_cases(CLUB) == []
    assert unseen(CLUB).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A Welsh youth justice service's protocol, printed to PDF


YJS = "glynddu-yjs-information-sharing-protocol-print.pdf"
YJS_KEYS = ["s1", "1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6",
            "4", "4.1", "4.2", "5", "5.1", "5.2", "5.3", "5.4", "6", "6.1", "6.2", "6.3", "7", "7.1", "8", "8.1"]


def test_the_protocols_numbered_headings_and_paragraphs() -> None:
    found = sections(YJS)
    assert [key for key, _ in found] == YJS_KEYS
    titles = dict(found)
    assert [titles[key] for key in ("s1", "1", "2", "3", "4", "5", "6", "7", "8")] == [
        "Information Sharing Protocol", "Introduction", "Purpose and scope", "The legal basis for sharing",
        "Guidance and standards", "What we share and when", "Case example", "Keeping information secure",
        "Review of this protocol"]
    assert passages(YJS, "2.4") == [
        "Each partner names an information sharing lead, who makes sure that staff know this protocol and deals "
        "with any question or complaint about a disclosure."]


def test_the_protocols_cover_subtitle_is_the_titles_text() -> None:
    assert passages(YJS, "s1") == ["Glynddu Youth Justice Service, Glynddu Children’s Services and Glynddu schools"]


def test_the_protocols_cover_control_contents_and_running_lines_are_not_text() -> None:
    unseen_no_furniture(YJS, "Version 2.0", "Information Sharing Protocol v2.0", "Approved by", "12 June 2025",
                        "Review date", "June 2027", "Contents", ". . .", "Gwasanaeth", "Page 2 of", "of 4")


def test_the_protocols_law_leaves_assetplus_the_standards_and_its_own_sections_unread(catalog: Catalog) -> None:
    # "AssetPlus", "Standard 3 of the Standards for children in the youth justice system 2019" and the
    # protocol's own "Section 2.4" are no law
    assert cited(YJS, catalog) == {
        ("crime-and-disorder-act-1998", "section 39"), ("crime-and-disorder-act-1998", "section 115"),
        ("crime-and-disorder-act-1998", None),  # "for the purposes of the Act"
        ("social-services-and-well-being-wales-act-2014", "section 130"), ("children-act-2004", "section 28"),
        ("data-protection-act-2018", "part 3"), ("data-protection-act-2018", "section 35"), ("gdpr", None),
        ("gdpr", "article 6(1)(e)")}
    assert unseen_cited(YJS, catalog, "3.6") == []
    assert unseen_cited(YJS, catalog, "4.2") == []
    assert unseen_cited(YJS, catalog, "5.2") == []


def test_the_protocols_guidance_and_the_catalogs_welsh_and_youth_justice_entries(catalog: Catalog) -> None:
    assert guidance(YJS, catalog) == {"wales-safeguarding-procedures", "working-together-to-safeguard-people",
                                      "standards-for-children-in-the-youth-justice-system"}
    people = catalog.by_id("working-together-to-safeguard-people")
    assert not people.is_legal_basis and people.jurisdictions == ("wales",)
    standards = catalog.by_id("standards-for-children-in-the-youth-justice-system")
    assert standards.year == 2019 and not standards.is_legal_basis


def test_the_protocols_case_example_says_what_was_shared_and_why() -> None:
    [case] = unseen_cases(YJS)
    assert case.section == "6"
    assert case.scenario.startswith("Rhys, aged 16, was given a nine-month referral order for theft.")
    assert case.advice.startswith("What was shared: the YJS case manager told the school’s designated safeguarding "
                                  "person and Children’s Services")
    assert "Why: together these were signs that Rhys might be criminally exploited." in case.advice
    assert unseen_myths_in(YJS) == {}
    assert unseen(YJS).meta.jurisdictions == ("Wales",)


# ---------------------------------------------------------------------------------------------
# A community pharmacy's standard operating procedure, as Word saves it


SOP = "harcourt-pharmacy-safeguarding-children-sop-word.docx"


def test_the_sops_sections_and_masthead() -> None:
    assert sections(SOP) == [
        ("s1", "Safeguarding Children and Young People"), ("1", "Purpose"), ("2", "Scope"), ("3", "Responsibilities"),
        ("4", "The law and guidance"), ("5", "Recognising concerns"),
        ("6", "Emergency contraception requests from under-16s"), ("7", "Female genital mutilation"),
        ("8", "Sharing information"), ("9", "Flowchart"), ("10", "Contacts")]
    assert unseen(SOP).document.masthead == ("Harcourt Pharmacy",)
    assert passages(SOP, "s1") == ["Standard operating procedure"]
    assert passages(SOP, "front") == []


def test_the_sops_document_control_table_and_running_lines_are_not_text() -> None:
    unseen_no_furniture(SOP, "SOP number", "SOP 09", "Version", "Prepared by", "Priya Desai", "Approved by",
                        "Date of issue", "1 July 2025", "Review date", "July 2027", "uncontrolled when printed",
                        "Page 1 of")


def test_the_sops_flowchart_is_its_numbered_steps_in_order() -> None:
    steps = [p for p in unseen(SOP).passages if p.id.split("/")[1] == "9"]
    assert steps[0].text == "Follow these steps when you are worried about a child:"
    assert [p.markers for p in steps[1:]] == [("1",), ("2",), ("3",), ("4",), ("5",), ("6",)]
    assert [p.text for p in steps[1:]][1:3] == ["If the child is in immediate danger, call 999.",
                                                 "Tell the Responsible Pharmacist straight away."]
    [concerns] = passages(SOP, "5")
    assert concerns.splitlines()[0] == "Be alert to:" and len(concerns.splitlines()) == 6


def test_the_sops_law_leaves_fraser_training_levels_and_its_other_sops_unread(catalog: Catalog) -> None:
    # the "Fraser guidelines" are case law the catalog does not hold as law (as Gillick competence);
    # "Level 2 safeguarding training", "SOP 14" and the GPhC's "Standard 1" are no law
    assert cited(SOP, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", None),
        ("data-protection-act-2018", None), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)"),
        ("sexual-offences-act-2003", None), ("female-genital-mutilation-act-2003", "section 5B")}
    assert unseen_cited(SOP, catalog, "6")[0][0] == "sexual-offences-act-2003"
    assert len(unseen_cited(SOP, catalog, "6")) == 1
    assert unseen_cited(SOP, catalog, "3") == []


def test_the_sops_guidance_and_the_catalogs_pharmacy_standards(catalog: Catalog) -> None:
    assert guidance(SOP, catalog) == {"caldicott-principles", "gphc-standards-for-pharmacy-professionals",
                                      "gmc-0-18-years"}
    standards = catalog.by_id("gphc-standards-for-pharmacy-professionals")
    assert standards.year == 2017 and not standards.is_legal_basis
    assert set(standards.jurisdictions) == {"england", "wales", "scotland"}
    assert catalog.by_id("gmc-0-18-years").year == 2007


def test_the_sops_myths_case_and_nation() -> None:
    assert unseen_myths_in(SOP) == {}
    assert unseen_cases(SOP) == []
    assert unseen(SOP).meta.jurisdictions == ("England",)
