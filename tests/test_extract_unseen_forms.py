"""Forms of real guidance the other unseen fixtures lack: the DfE 2024 advice as an HTML
publication, a Working Together 2023 extract with its page-foot notes, a school policy in KCSIE's
shape, an information sharing agreement with a legal-basis table, a MASH protocol, a trust policy
with appendices, a two-column PDF page, a 7-minute briefing web page, Welsh Government guidance
and a practice review summary (`tests/fixtures/unseen/`)."""

from __future__ import annotations

from helpers import unseen
from test_extract_unseen import markdown

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import find_myths
from guidegraph.extract.nations import find_nations
from guidegraph.extract.principles import find_principles, load_principle_sets
from guidegraph.model import SegmentedDocument
from guidegraph.read.columns import one_column
from guidegraph.read.text import parse_blocks


def cited(doc: SegmentedDocument, catalog: Catalog, where: str = "") -> list[tuple]:
    """(passage key, kind, basis, provision, text, negation) of the citations in passages under `where`."""
    return [(c.passage_id.split("/", 1)[1], c.kind, c.basis, c.provision.label if c.provision else None, c.text,
             c.negation) for c in find_citations(doc, catalog)[0] if c.passage_id.split("/")[1] == where]


# ---------------------------------------------------------------------------------------------
# Lists printed without bullets


def test_lines_in_a_row_under_a_heading_are_a_list_not_headings() -> None:
    blocks, _ = parse_blocks("Intro text here.\n\nAppendix A: Legislation\nChildren Act 1989 - sections 17 and 47\n"
                             "Children Act 2004\nData Protection Act 2018\n\nClosing words of the policy.\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Intro text here."),
        ("heading", "Appendix A: Legislation"),
        ("item", "Children Act 1989 - sections 17 and 47"),
        ("item", "Children Act 2004"),
        ("item", "Data Protection Act 2018"),
        ("paragraph", "Closing words of the policy."),
    ]


def test_a_run_after_text_opens_with_its_own_heading_and_a_title_over_a_subtitle_stays() -> None:
    blocks, _ = parse_blocks("Some policy text.\n\nRelated legislation\nThe Children Act 1989\nThe Children Act 2004\n"
                             "The Education Act 2002\n")
    assert [b.kind for b in blocks] == ["paragraph", "heading", "item", "item", "item"]
    blocks, _ = parse_blocks("Some policy text.\n\nMulti-agency working\nThe MASH\n\nPartners share daily.\n")
    assert [b.kind for b in blocks] == ["paragraph", "heading", "heading", "paragraph"]


def test_an_appendix_list_of_acts_cites_each_line_own_act(catalog: Catalog) -> None:
    """"Children Act 1989 - sections 17, 27 and 47" over "Children Act 2004 - section 11": no
    provision reaches across a line break to the next item's Act."""
    doc = unseen("trust-safeguarding-policy-appendices.txt")
    assert [(c[2], c[3]) for c in cited(doc, catalog, "appendix-a")] == [
        ("children-act-1989", "section 17"), ("children-act-1989", "section 27"), ("children-act-1989", "section 47"),
        ("children-act-2004", "section 11"), ("data-protection-act-2018", None), ("human-rights-act-1998", None),
        ("echr", "article 8"), ("mental-capacity-act-2005", None),
    ]
    principles, _ = find_principles(doc, load_principle_sets())
    assert [(p.set_id, p.number) for p in principles] == [("caldicott-principles", n) for n in range(1, 9)]


def test_a_school_policy_annex_lists_its_legislation(catalog: Catalog) -> None:
    doc = unseen("school-kcsie-part-one.txt")
    annex = [p for p in doc.passages if p.kind == "list" and "The Children Act 1989" in p.items]
    assert len(annex) == 1 and len(annex[0].items) == 6
    assert [(c[2], c[3]) for c in cited(doc, catalog, annex[0].id.split("/")[1])] == [
        ("children-act-1989", None), ("children-act-2004", None), ("education-act-2002", "section 175"),
        ("human-rights-act-1998", None), ("equality-act-2010", None), ("children-and-social-work-act-2017", None),
    ]


# ---------------------------------------------------------------------------------------------
# Two columns side by side


def test_a_two_column_page_is_read_a_column_at_a_time(catalog: Catalog) -> None:
    doc = unseen("two-column-pdf-practice-guide.txt")
    texts = [p.text for p in doc.passages]
    assert ("Section 47 of the Children Act 1989 requires the local authority to make enquiries where there is "
            "reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm. "
            "Other agencies must help with those enquiries.") in texts
    assert texts[-1] == "Seek advice from your safeguarding lead if you are unsure."  # "- 1 -" is page furniture
    assert [(m.statement, m.answer) for m in find_myths([doc])] == [
        ("You always need consent to share information",
         "Consent is not required when a child is at risk of harm. You must have a lawful basis, and record why "
         "you shared."),
        ("Information held by the police can never be shared with schools",
         "The police may share under section 115 of the Crime and Disorder Act 1998 where it is necessary for "
         "preventing crime."),
    ]


def test_lines_keep_their_numbers_and_an_aligned_table_stays_in_rows() -> None:
    left = ["Sharing information about", "children is vital to their", "safety, and the law",
            "supports it in", "most cases that", "practitioners meet."]
    right = ["The Data Protection Act", "2018 allows sharing", "without consent where",
             "a child is at risk", "of significant harm", "to the child."]
    page = [f"{a:<30}{b}" for a, b in zip(left, right, strict=True)]
    assert one_column(page) == [*enumerate(left), (5, ""), *enumerate(right)]
    table = [f"{act:<30}{section}" for act, section in [("Children Act 1989", "Section 47"), ("Children Act 2004",
             "Section 11"), ("Crime and Disorder Act 1998", "Section 115")] * 3]
    assert one_column(table) == list(enumerate(table))


# ---------------------------------------------------------------------------------------------
# A legal-basis table and terms beside provisions


def test_a_table_rows_bare_schedule_is_the_act_its_column_header_names(catalog: Catalog) -> None:
    """"DPA 2018 condition" heads the column of "Schedule 1, Part 2, paragraph 18": the paragraph
    is the DPA's, not that of the Act another cell of the row (or the row above) names."""
    rows = cited(unseen("isa-template-schedules.md"), catalog, "3.1")
    assert [(key, basis, provision) for key, kind, basis, provision, _, _ in rows if kind == "provision-only"] == [
        ("3.1/p3", "gdpr", "article 6(1)(e)"), ("3.1/p3", "gdpr", "article 9(2)(g)"),
        ("3.1/p3", "data-protection-act-2018", "schedule 1 paragraph 6"),
        ("3.1/p4", "gdpr", "article 6(1)(e)"), ("3.1/p4", "gdpr", "article 9(2)(g)"),
        ("3.1/p4", "data-protection-act-2018", "schedule 1 paragraph 18"),
        ("3.1/p5", "gdpr", "article 6(1)(c)"), ("3.1/p5", "gdpr", "article 9(2)(g)"),
        ("3.1/p5", "data-protection-act-2018", "schedule 1 paragraph 10"),
    ]


def test_a_term_of_the_law_beside_a_provision_does_not_swallow_it(catalog: Catalog) -> None:
    """"Article 6(1)(e) public task", "children in need (section 17)": the term names no instrument."""
    doc = markdown("# Law\n\nWe rely on Article 6(1)(e) public task of the UK GDPR.\n\n"
                   "The Children Act 1989 sets out duties to children in need (section 17) and to investigate "
                   "(section 47).\n")
    assert [(c[2], c[3]) for c in cited(doc, catalog, "s1") if c[1] == "provision-only"] == [
        ("gdpr", "article 6(1)(e)"), ("children-act-1989", "section 17"), ("children-act-1989", "section 47")]


# ---------------------------------------------------------------------------------------------
# Law named as no basis, myths quoted, notes at the foot of a PDF page


def test_law_named_as_no_gateway_or_not_relevant_is_negated(catalog: Catalog) -> None:
    assert cited(unseen("mash-operating-protocol.txt"), catalog, "2.2") == [
        ("2.2/p1", "explicit", "uncatalogued-police-and-criminal-evidence-act-1984", None,
         "Police and Criminal Evidence Act 1984", "is not a gateway")]
    assert cited(unseen("dfe-advice-2024-html-publication.html"), catalog, "s9")[-1][-1] == "is not relevant"
    assert [c[-1] for c in cited(unseen("mash-operating-protocol.txt"), catalog, "2.3")] == ["no longer the case"]
    not_a_barrier = markdown("# Law\n\nThe Data Protection Act 2018 is not a barrier to sharing.\n")
    assert [c.negation for c in find_citations(not_a_barrier, catalog)[0]] == [""]


def test_a_quoted_myth_answered_false_after_its_full_stop() -> None:
    myths = find_myths([unseen("lscp-seven-minute-briefing.html")])
    assert [(m.statement, m.verdict, m.answer) for m in myths] == [
        ("I need consent to share", "no", "False. You need a lawful basis; consent is only one of them."),
        ("GDPR means I can't share with the school", "no", "False. GDPR allows sharing to keep children safe."),
    ]


def test_plain_number_notes_of_a_pdf_page_are_footnotes(catalog: Catalog) -> None:
    """"... their functions.13" with "13 Section 16H of the Children Act 2004." below: the mark and
    the note's number are read raised ("functions.¹³", "¹³ Section 16H ...")."""
    doc = unseen("working-together-2023-extract.txt")
    marked = [c for c in find_citations(doc, catalog)[0] if c.kind == "anaphoric"]
    assert [(c.passage_id.split("/", 1)[1], c.basis, c.provision.label, c.text) for c in marked][:2] == [
        ("32/p1", "data-protection-act-2018", "schedule 1 paragraph 18", "¹²"),  # "Data Protection Act 201812"
        ("33/p1", "children-act-2004", "section 16H", "¹³")]  # in numbered paragraphs 32 and 33 (round 14)
    assert marked[1].note == "footnote 13: Section 16H of the Children Act 2004."
    glued = markdown("# Law\n\nA s47 enquiry follows.\n\n47 Section 47 of the Children Act 1989.\n")
    assert [c.kind for c in find_citations(glued, catalog)[0]] == ["provision-only", "explicit"]


def test_the_2024_golden_rules_and_myth_busting_guide(catalog: Catalog) -> None:
    doc = unseen("dfe-advice-2024-html-publication.html")
    principles, _ = find_principles(doc, load_principle_sets())
    assert sorted(p.number for p in principles if p.set_id == "seven-golden-rules") == list(range(1, 8))
    assert [m.statement for m in find_myths([doc])] == [
        "Data protection legislation is a barrier to sharing information",
        "Consent is needed to share personal information",
        "Personal information collected by one organisation cannot be disclosed to another",
        "The common law duty of confidence and the Human Rights Act 1998 prevent the sharing of personal "
        "information",
    ]


# ---------------------------------------------------------------------------------------------
# Appendices, dated titles opening a sentence, furniture of published documents


def test_a_case_example_in_an_appendix_is_a_case() -> None:
    cases = find_case_examples(unseen("trust-safeguarding-policy-appendices.txt"))
    assert [(c.number, c.section, c.passage_ids, c.roles) for c in cases] == [
        (1, "Appendix C", ("trust-safeguarding-policy-appendices/appendix-c/p1",), ("doctor",))]
    assert cases[0].scenario.startswith("A 15-year-old attends the emergency department with an overdose")


def test_a_dated_title_opening_a_sentence_is_cited_guidance(catalog: Catalog) -> None:
    doc = unseen("welsh-gov-working-together-handling-cases.txt")
    found = [(g.id, g.year) for g in find_guidance(doc, catalog, find_nations(doc))]
    assert found == [("waspi", None), ("wales-safeguarding-procedures", 2019)]
    act = markdown("# Law\n\nThe Care Act (2014) sets duties for adults.\n")
    assert find_guidance(act, catalog, find_nations(act)) == []  # an Act is no guidance


def test_publication_dates_copyright_and_document_control_lines_are_furniture() -> None:
    blocks, _ = parse_blocks("Guide\n\nPublished 1 May 2024\n\nShare early.\n\n© Crown copyright 2020 WG40123\n\n"
                             "Approved by the governing body: September 2024 Next review: September 2025\n\n"
                             "Document owner: DCI, Public Protection   Version 4.2   Review: March 2025\n\n"
                             "Staff may share where:\n(a)\tthe child is at risk; or\n(c)\ta court orders it.\n")
    assert [b.text for b in blocks] == ["Guide", "Share early.", "Staff may share where:", "the child is at risk; or",
                                        "a court orders it."]
    dfe = unseen("dfe-advice-2024-html-publication.html")
    assert not any("Published" in p.text for p in dfe.passages)


def test_the_welsh_duty_to_report_wording_implies_section_130_not_section_47(catalog: Catalog) -> None:
    """"Reasonable cause to suspect that a child is at risk" is the 2014 Act's s130; the shorter
    "reasonable cause to suspect" alone stays the Children Act 1989's s47."""
    found = cited(unseen("welsh-gov-working-together-handling-cases.txt"), catalog, "s4")
    assert [(c[1], c[2], c[3], c[4]) for c in found if c[0] == "s4/p1"] == [
        ("implicit", "social-services-and-well-being-wales-act-2014", "section 130", "Duty to report a child at risk"),
        ("implicit", "social-services-and-well-being-wales-act-2014", "section 130",
         "reasonable cause to suspect that a child is at risk"),
        ("anaphoric", "social-services-and-well-being-wales-act-2014", "section 130", "section 130 of the Act"),
    ]
    assert [(c[2], c[3]) for c in cited(unseen("mash-operating-protocol.txt"), catalog, "3.2")] == [
        ("children-act-1989", "section 47")]


def test_a_title_written_past_its_catalogued_short_form_keeps_its_year(catalog: Catalog) -> None:
    doc = unseen("lscp-seven-minute-briefing.html")
    refs = {g.id: g.year for g in find_guidance(doc, catalog, find_nations(doc))}
    assert refs["hmg-information-sharing-advice"] == 2024
    other = markdown("# See\n\nRead Information sharing: advice for practitioners and the local procedures (2019).\n")
    assert [(g.id, g.year) for g in find_guidance(other, catalog, find_nations(other))][0] == (
        "hmg-information-sharing-advice", None)
