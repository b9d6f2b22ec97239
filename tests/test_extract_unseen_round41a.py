"""Shapes of real guidance the earlier unseen fixtures lack (`tests/fixtures/unseen/`, round 41, part
A): sectors no earlier round covered (a private children's home, a parish church, an ambulance
trust), each read first as a careful reader would.

* `larkspur-house-childrens-home-information-sharing-policy-word.docx` (written by
  `docx-sources/make_round41.py`): a small private children's home's policy on sharing information
  with the placing local authority, Ofsted and the police. The title and a subtitle, a document
  control table (policy number, version, owner, approval, review), headings typed with their numbers
  in Word's Heading 1 ("1. Purpose" to "7. Records and data protection"), clauses typed "3.1" before
  a tab (each its own numbered part, as the project reads clauses), a list of the events the home
  notifies under its lead-in, a table of who is told what and how soon, and a "Missing from care"
  section (the police, the return home interview); the provider's name and the policy number in
  the running header, "Uncontrolled when printed" and "Page X of Y" in the footer. Law: the
  Children's Homes (England) Regulations 2015 named whole, and their regulation 12 (the protection of
  children standard) and regulation 40 (notification of serious events), each written "Regulation
  12" at the head of a sentence after the one naming the Regulations (not known to the catalog
  before this round); the Children Act 1989 ss22 and 47; the UK GDPR and the DPA 2018 named whole.
  Guidance: the Guide to the Children's Homes Regulations including the quality standards (not known
  to the catalog before this round). No myths, no case. Nation: England.
* `st-aldhelms-parish-church-sharing-safeguarding-concerns.html`: a parish church's safeguarding
  policy section on sharing concerns, as a page of the church's WordPress site: a skip link, the
  site's title and description, its menu, the page (an italic line saying which section of the
  parish policy it is, "Who to tell", "Never investigate yourself", "Why we share, and the law",
  "What about confession?", a myth put as a question in quotation marks, "Contacts"), the footer
  (copyright, charity number, service times) and a cookie banner after it. Law: the Children Act
  1989 ss47 and 17, the Safeguarding Vulnerable Groups Act 2006 named whole (referral to the DBS),
  UK GDPR Articles 6(1)(f) and 9(2)(d). Traps: "Section 5 of the St Aldhelm's Parish Safeguarding
  Policy" and "outside the scope of this section" are the church's own parts; the confessional is
  out of the policy's scope, no law. Guidance: Working Together 2023. Myth: "Isn't it gossip to pass
  on a worry about a family in the congregation?", answered "No." No case. Nation: England.
* `westmarch-ambulance-safeguarding-referral-procedure.txt`: an NHS ambulance trust's safeguarding
  referral procedure for crews, as plain text exported from a document management system: a block
  of document control fields typed "Label:<tab>value" (title, reference, version, status, owner,
  approval, review, "Applies to"), the trust's name and the title in capitals, numbered headings in
  capitals ("1. PURPOSE" to "6. CASE STUDY: ..."), paragraphs numbered 1.1, 1.2, ..., "2. THINK
  FAMILY", and "APPENDIX 1: SAFEGUARDING CONTACTS", a table of contacts written with tabs. Law: the
  Children Act 2004 s11, the Children Act 1989 s47, the Care Act 2014 s42, the DPA 2018 named whole
  and its Schedule 8, the Female Genital Mutilation Act 2003 s5B. Traps: "paragraph 3.2 of this
  procedure" and "Appendix 1" are the procedure's own parts. No guidance, no myths. Case: "a call to
  a 4-year-old with a head injury", its lesson after "Learning:". Nation: England.

Gaps closed in this round (general rules). A regulation written alone at the head of a sentence
("Regulation 12, the protection of children standard, ...") is of the one set of Regulations its
paragraph named before it, when its own sentence names none (round 40 read it only in the sentence
naming them). A question asked the negative way round ("Isn't it ...?", "Doesn't ...?", "Can't
...?") is a yes/no question, and so is one quoted whole, as a page's heading may put a belief people
voice ("“Isn't it gossip to ...?”"): the belief is read without its quotation marks, as a question.
"Applies to" (who a document is for) is a document control field, like "Target audience", so a
block of them typed as labels is the document's properties, not its text, and the trust's name
under it is the masthead. The catalog knows the Children's Homes (England) Regulations 2015 (SI
2015/541) and the Department for Education's Guide to the Children's Homes Regulations (2015).
"""

from __future__ import annotations

from helpers import (
    unseen,
    unseen_cases,
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


def _headings(name: str) -> list[str]:
    """The titles of the sections a heading opens, not of the numbered clauses under them."""
    return [title for key, title in sections(name) if "." not in key]


# ---------------------------------------------------------------------------------------------
# A children's home's information sharing policy (Word)


HOME = "larkspur-house-childrens-home-information-sharing-policy-word.docx"


def test_the_homes_sections_and_clauses() -> None:
    assert _headings(HOME) == [
        "Information Sharing Policy", "Purpose", "The law and guidance",
        "Sharing information with the placing authority", "Notifying Ofsted of serious events",
        "Sharing information with the police", "Missing from care", "Records and data protection"]
    assert [key for key, _ in sections(HOME) if key.startswith("6.")] == ["6.1", "6.2", "6.3"]
    [clause] = passages(HOME, "6.3")
    assert clause.startswith("When the child returns, staff tell the police and the placing authority.")
    assert "return home interview within 72 hours" in clause


def test_the_homes_list_and_table() -> None:
    [lead_in] = passages(HOME, "4.1")
    assert lead_in.startswith("The Registered Manager, or the deputy in their absence, notifies Ofsted")
    assert lead_in.splitlines()[1:] == [
        "a child dies or is seriously injured;", "a child is, or is suspected of being, sexually exploited;",
        "an incident needing the police happens and we consider it serious;",
        "there is an allegation of abuse against the home or a member of staff;",
        "the local authority begins a child protection enquiry about a child;"]
    table = passages(HOME, "4.2")
    assert table[1] == "Event | Who we tell | How soon"
    assert table[2] == "Child goes missing | Police, placing authority, parents where appropriate | Immediately"


def test_the_homes_control_table_header_and_footer_are_not_text() -> None:
    unseen_no_furniture(HOME, "CH-07", "Uncontrolled when printed", "Brightwater Care Ltd –", "Page 1", "Next review")


def test_the_homes_law_reads_each_regulation_of_the_regulations_its_paragraph_names(catalog: Catalog) -> None:
    assert cited(HOME, catalog) == {
        ("childrens-homes-england-regulations-2015", None), ("childrens-homes-england-regulations-2015",
                                                             "regulation 12"),
        ("childrens-homes-england-regulations-2015", "regulation 40"), ("children-act-1989", "section 22"),
        ("children-act-1989", "section 47"), ("gdpr", None), ("data-protection-act-2018", None)}


def test_the_catalog_knows_the_childrens_homes_regulations_and_their_guide(catalog: Catalog) -> None:
    regulations = catalog.by_id("childrens-homes-england-regulations-2015")
    assert regulations.title == "Children's Homes (England) Regulations 2015"
    assert regulations.legislation_gov_uk == "uksi/2015/541" and regulations.year == 2015
    assert guidance(HOME, catalog) == {"guide-to-the-childrens-homes-regulations-2015"}


def test_the_homes_myths_case_and_nation() -> None:
    assert unseen_myths_in(HOME) == {} and unseen_cases(HOME) == []
    assert unseen(HOME).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# A parish church's safeguarding policy section, on its website


CHURCH = "st-aldhelms-parish-church-sharing-safeguarding-concerns.html"
GOSSIP = "Isn’t it gossip to pass on a worry about a family in the congregation?"


def test_the_churchs_sections() -> None:
    assert [title for _, title in sections(CHURCH)] == [
        "Sharing safeguarding concerns", "Who to tell", "Never investigate yourself", "Why we share, and the law",
        "What about confession?", f"“{GOSSIP}”", "Contacts"]
    assert under(CHURCH, "Who to tell")[0].startswith(
        "If you are worried that a child, or an adult who may be vulnerable, is being harmed")
    assert under(CHURCH, "Never investigate yourself")[0].startswith("Do not question the child, confront the person")
    assert under(CHURCH, "Contacts")[0].splitlines()[1] == "Diocesan Safeguarding Adviser: 01632 960 731 (office hours)"


def test_the_churchs_site_furniture_is_not_text() -> None:
    unseen_no_furniture(CHURCH, "Skip to the content", "Services and events", "Diocese of Hartbury", "cookies",
                  "Cookie settings", "Registered charity", "Sunday services", "©")


def test_the_churchs_law_leaves_its_own_sections_and_the_confessional_unread(catalog: Catalog) -> None:
    # "Section 5 of the St Aldhelm's Parish Safeguarding Policy" and "the scope of this section" are
    # the church's own parts; the sacrament of confession is out of scope, no law
    assert cited(CHURCH, catalog) == {
        ("children-act-1989", "section 47"), ("children-act-1989", "section 17"),
        ("safeguarding-vulnerable-groups-act-2006", None), ("gdpr", "article 6(1)(f)"), ("gdpr", "article 9(2)(d)")}
    assert guidance(CHURCH, catalog) == {"working-together-to-safeguard-children"}


def test_the_churchs_myth_is_a_question_in_quotation_marks() -> None:
    myths = unseen_myths_in(CHURCH)
    assert {s: (m.verdict, m.kind) for s, m in myths.items()} == {GOSSIP: ("no", "question")}
    assert myths[GOSSIP].answer.startswith("No. Gossip is talking about people to others who have no reason to know.")
    assert unseen_cases(CHURCH) == []
    assert unseen(CHURCH).meta.jurisdictions == ("England",)


# ---------------------------------------------------------------------------------------------
# An ambulance trust's safeguarding referral procedure, exported as plain text


CREWS = "westmarch-ambulance-safeguarding-referral-procedure.txt"


def test_the_procedures_sections_and_paragraphs() -> None:
    assert _headings(CREWS) == [
        "SAFEGUARDING REFERRAL PROCEDURE FOR OPERATIONAL STAFF", "PURPOSE", "THINK FAMILY", "MAKING A REFERRAL",
        "WHAT TO RECORD ON THE PATIENT CARE RECORD", "INFORMATION SHARING",
        "CASE STUDY: A CALL TO A 4-YEAR-OLD WITH A HEAD INJURY", "APPENDIX 1: SAFEGUARDING CONTACTS"]
    assert [key for key, _ in sections(CREWS) if key.startswith("3.")] == ["3.1", "3.2", "3.3", "3.4", "3.5"]
    [think_family] = passages(CREWS, "2.1")
    assert think_family.startswith("When you attend any patient, think about everyone in the household.")


def test_the_procedures_control_block_is_its_properties_and_the_trust_its_masthead() -> None:
    unseen_no_furniture(CREWS, "Document reference", "SG-PROC-003", "Quality Governance Committee", "Applies to",
                  "February 2027")
    assert unseen(CREWS).document.masthead == ("Westmarch Ambulance Service NHS Trust",)


def test_the_procedures_appendix_table_of_contacts() -> None:
    contacts = under(CREWS, "APPENDIX 1: SAFEGUARDING CONTACTS")
    assert contacts[0] == "Service | Telephone | Hours"
    assert contacts[1] == "Safeguarding Referral Line | 0300 555 0142 | 24 hours"
    assert contacts[-1] == "Police (FGM reports and non-urgent) | 101 | 24 hours"


def test_the_procedures_law_leaves_its_own_paragraphs_and_appendix_unread(catalog: Catalog) -> None:
    # "paragraph 3.2 of this procedure" and "(see Appendix 1)" are the procedure's own parts
    assert cited(CREWS, catalog) == {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("care-act-2014", "section 42"),
        ("data-protection-act-2018", None), ("data-protection-act-2018", "schedule 8"),
        ("female-genital-mutilation-act-2003", "section 5B")}
    assert guidance(CREWS, catalog) == set()


def test_the_procedures_case_study_and_its_learning() -> None:
    [case] = unseen_cases(CREWS)
    assert case.setting.casefold() == "a call to a 4-year-old with a head injury"  # as the heading, in capitals
    assert case.scenario.startswith("A crew was called at 02:10 to a 4-year-old boy")
    assert "called the Safeguarding Referral Line" in case.scenario
    assert case.advice.startswith("a fall from a low bed rarely causes a serious head injury")
    assert unseen_myths_in(CREWS) == {}
    assert unseen(CREWS).meta.jurisdictions == ("England",)
