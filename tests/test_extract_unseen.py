"""Extraction on guidance shaped like the real documents the corpus lacks: local myth lists,
flattened case-study pages, Welsh, Scottish and Northern Irish procedures, ICO, NHS and police
pages; a school policy and a joint protocol exported from Word, gov.uk and accordion FAQ pages,
guidance for several nations (`tests/fixtures/unseen/`, each with its sidecar metadata,
buildable as a corpus: `test_extract_unseen_build.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import UNSEEN, unseen

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.myths import find_myths
from guidegraph.model import Document, Metadata, SegmentedDocument
from guidegraph.read import read_document
from guidegraph.read.text import parse_blocks
from guidegraph.segment import segment


def citations(doc: SegmentedDocument, catalog: Catalog) -> list[tuple[str, str, str | None, str]]:
    return [(c.kind, c.basis, c.provision.label if c.provision else None, c.text)
            for c in find_citations(doc, catalog)[0]]


def paragraphs(*texts: str, nations: tuple[str, ...] = ("England",)) -> SegmentedDocument:
    return markdown("\n\n".join(texts), nations)


def markdown(text: str, nations: tuple[str, ...] = ("England",)) -> SegmentedDocument:
    meta = Metadata("t", "T", "P", "2024", nations, (), "", "", "full", Path("t.md"))
    return segment(Document(meta, tuple(parse_blocks(text)[0])))


# ---------------------------------------------------------------------------------------------
# Myths written one to a numbered line


def test_numbered_lines_with_a_dash_are_list_items() -> None:
    blocks, _ = parse_blocks("Myths\n\n1 – Consent is always needed: No.\n2 - IT is a barrier - No - it helps.\n"
                             "\n5 - 10 year olds are often seen.\n")
    assert [(b.kind, b.marker, b.text) for b in blocks] == [
        ("heading", None, "Myths"),
        ("item", "1", "Consent is always needed: No."),
        ("item", "2", "IT is a barrier - No - it helps."),
        ("paragraph", None, "5 - 10 year olds are often seen."),
    ]


def test_inline_numbered_myths_split_at_the_answer() -> None:
    myths = find_myths([unseen("lscp-myths-inline.md")])
    assert [(m.statement, m.verdict, m.answer.split()[0], m.passage_id) for m in myths] == [
        ("Data protection law is a barrier to sharing information", "no", "No.", "lscp-myths-inline/s2/p1"),
        ("Consent is always needed to share personal information", "no", "Not", "lscp-myths-inline/s2/p1"),
        ("I can only share information with the parents' permission", "no", "Not", "lscp-myths-inline/s2/p1"),
        ("Personal information collected by one organisation cannot be disclosed to another", "no", "it",
         "lscp-myths-inline/s2/p1"),
        ("The common law duty of confidence prevents me sharing", "no", "the", "lscp-myths-inline/s2/p1"),
        ("IT systems are often a barrier to effective information sharing", "no", "No", "lscp-myths-inline/s2/p1"),
    ]
    assert myths[1].answer == ("Not true. Consent is one lawful basis, but you may share without consent "
                               "where a child is at risk of significant harm.")
    assert myths[3].answer == "it can, where it is necessary and proportionate for safeguarding."


def test_bulleted_myths_answered_after_a_full_stop() -> None:
    doc = markdown("# Myth busting\n\n- **Consent is always needed to share.** Not true – you can share without "
                   "consent where a child is at risk.\n- Share early. No delay should happen when a child is at "
                   "risk.\n- The GDPR stops all sharing. Wrong: it allows sharing that is fair and lawful.\n")
    assert [(m.statement, m.verdict, m.answer) for m in find_myths([doc])] == [
        ("Consent is always needed to share", "no",
         "Not true – you can share without consent where a child is at risk."),
        ("The GDPR stops all sharing", "no", "Wrong: it allows sharing that is fair and lawful."),
    ]


def test_inline_pairs_need_a_myth_heading_and_a_verdict() -> None:
    """Outside a myth-busting section, or with no verdict after the colon, a line is no myth."""
    elsewhere = markdown("## Sharing\n\n1 – Consent is always needed: No. It is not.\n")
    no_verdict = markdown("## Myths\n\n1 – The law on sharing: sometimes practitioners hesitate.\n")
    assert find_myths([elsewhere, no_verdict]) == []


# ---------------------------------------------------------------------------------------------
# Case studies titled at the level of their "Case studies" heading


def test_flattened_case_study_titles_are_cases() -> None:
    cases = find_case_examples(unseen("case-studies-flat.md"))
    assert [(c.number, c.setting, c.passage_ids) for c in cases] == [
        (1, "Bruising on a baby seen by a health visitor",
         ("case-studies-flat/s4/p1", "case-studies-flat/s5/p1", "case-studies-flat/s6/p1")),
        (2, "A teenager sofa surfing", ("case-studies-flat/s7/p1", "case-studies-flat/s8/p1")),
    ]
    assert cases[0].scenario == ("A health visitor sees bruising on the face of a four-month-old baby during "
                                 "a routine visit. The mother says the baby rolled off the sofa.")
    assert cases[0].advice == (
        "The health visitor shared her concerns with children's social care the same day without the mother's "
        "consent, because asking for consent would have placed the baby at increased risk. A strategy "
        "discussion followed.\n\nPractitioners may share without consent where there is reasonable cause to "
        "suspect significant harm.")  # the "Learning" heading is a marker, not advice text
    assert (cases[0].roles, cases[1].agencies) == (("health-visitor",), ("housing",))


def test_flattened_case_studies_in_html_end_at_further_reading() -> None:
    cases = find_case_examples(unseen("ico-safeguarding-faq.html"))
    assert [(c.setting, c.outcome_if_shared, c.outcome_if_not_shared) for c in cases] == [
        ("Sharing with the police about a missing child",
         "An outcome of sharing the information was that the police found the student the same day.", ""),
        ("Sharing between a GP and a school nurse", "",
         "If the information had not been shared, the child's needs may have gone unnoticed."),
    ]


def test_headings_after_case_studies_without_bodies_or_at_the_end_are_not_cases() -> None:
    assert find_case_examples(markdown("# Guide\n\n## Case studies\n\n## Contacts\n\nCall the MASH.\n")) == []
    assert find_case_examples(markdown("# Guide\n\n## Case studies\n\n## Referrals\n\n## Contacts\n")) == []


# ---------------------------------------------------------------------------------------------
# Law: the nation's own provisions, schedule paragraphs, titles as web pages write them


def test_welsh_procedures_cite_welsh_law_and_no_english_part_3(catalog: Catalog) -> None:
    """"Looked after children" in Wales is the 2014 Act's section 74 (Part 6), not the Children
    Act 1989 s22, which no longer applies there."""
    assert citations(unseen("wales-safeguarding-info-sharing.txt"), catalog) == [
        ("explicit", "social-services-and-well-being-wales-act-2014", "part 3",
         "Part 3 of the Social Services and Well-being (Wales) Act 2014"),
        ("implicit", "social-services-and-well-being-wales-act-2014", "section 74", "looked after children"),
        ("anaphoric", "social-services-and-well-being-wales-act-2014", "section 130", "section 130 of the 2014 Act"),
        ("implicit", "children-act-1989", "section 47", "Child protection enquiries"),
        ("explicit", "data-protection-act-2018", "schedule 1 paragraph 18",
         "paragraph 18 of Schedule 1 to the Data Protection Act 2018"),
    ]


def test_northern_irish_procedures_imply_no_children_act_1989(catalog: Catalog) -> None:
    found = citations(unseen("sbni-info-sharing.txt"), catalog)
    assert [c for c in found if c[2]] == [
        ("anaphoric", "children-northern-ireland-order-1995", "article 66", "Article 66 of the Order"),
        ("anaphoric", "children-northern-ireland-order-1995", "article 17", "Article 17 of the Order"),
    ]
    assert not any(c[1] == "children-act-1989" for c in found)


def test_ico_page_cites_the_safeguarding_condition(catalog: Catalog) -> None:
    assert citations(unseen("ico-safeguarding-faq.html"), catalog)[:3] == [
        ("explicit", "gdpr", "article 6(1)(e)", "Article 6(1)(e) of the UK GDPR"),
        ("provision-only", "gdpr", "article 9", "Article 9"),
        ("explicit", "data-protection-act-2018", "schedule 1 paragraph 18",
         "paragraph 18 of Schedule 1 to the Data Protection Act 2018"),
    ]


@pytest.mark.parametrize(("text", "basis"), [
    ("Duties under the Social Services and Wellbeing (Wales) Act 2014 apply.",
     "social-services-and-well-being-wales-act-2014"),
    ("The Safeguarding Board (Northern Ireland) Act 2011 set up the Board.",
     "safeguarding-board-act-northern-ireland-2011"),
])
def test_titles_with_hyphens_or_the_nation_moved_are_the_catalogued_act(catalog: Catalog, text: str,
                                                                        basis: str) -> None:
    assert [(c.kind, c.basis) for c in find_citations(paragraphs(text), catalog)[0]] == [("explicit", basis)]


def test_hyphenated_guidance_title_and_its_successor(catalog: Catalog) -> None:
    """"Co-operating to Safeguard Children" is the catalogued 2003 policy however it is hyphenated;
    "... Children and Young People in Northern Ireland" (2017) is another title."""
    doc = paragraphs("Follow Co-operating to Safeguard Children (2003) in Northern Ireland.",
                     "Department of Health (2017) Co-operating to Safeguard Children and Young People in "
                     "Northern Ireland.", nations=("Northern Ireland",))
    assert [(g.id, g.year) for g in find_guidance(doc, catalog)] == [
        ("cooperating-to-safeguard-children-ni", 2003),
        ("cooperating-to-safeguard-children-and-young-people-ni", 2017),
    ]


# ---------------------------------------------------------------------------------------------
# Web pages: myth tables, bold labels standing as headings, "Action:" advice


def test_myth_table_and_a_quoted_belief_answered_this_is_not_the_case() -> None:
    myths = find_myths([unseen("lscp-practice-examples.html")])
    assert [(m.statement, m.verdict, m.passage_id) for m in myths] == [
        ("GDPR prevents me from sharing information about a child at risk", "no", "lscp-practice-examples/s2/p2"),
        ("I need the parent's consent before I make a referral", "partly", "lscp-practice-examples/s2/p3"),
        ("Sharing information is a breach of confidentiality", "no", "lscp-practice-examples/s2/p4"),
    ]
    assert myths[2].answer == ("This is not the case. Confidentiality is not absolute and can be overridden to "
                               "protect a child.")


def test_bold_case_labels_and_part_labels_on_a_web_page() -> None:
    cases = find_case_examples(unseen("lscp-practice-examples.html"))
    assert [(c.number, c.setting, c.scenario, c.advice, c.outcome_if_shared) for c in cases] == [
        (1, "Jo, aged 14",
         "Jo tells her youth worker that her stepfather hits her mother. The youth worker is worried about Jo's "
         "safety.",
         "The youth worker should share the concern with children's social care, even without consent, as Jo "
         "may be at risk of significant harm.", ""),
        (2, "Ali, aged 3", "A nursery notices that Ali has lost weight and is often unkempt.", "",
         "The nursery shared its concerns with the health visitor and an early help assessment was offered."),
    ]


def test_action_paragraphs_are_the_advice() -> None:
    cases = find_case_examples(unseen("hospital-case-examples.txt"))
    assert [(c.number, c.setting, c.advice) for c in cases] == [
        (1, "Emergency department",
         "The hospital shared information with children's social care and the police the same day."),
        (2, "Maternity",
         "The midwife discussed the concern with the named midwife for safeguarding, who made a referral."),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Duties under the Children Acts 1989 and 2004 apply.",
     [("children-act-1989", "Children Acts 1989"), ("children-act-2004", "2004")]),
    ("The Data Protection Act 1998 and 2018 both apply.",
     [("data-protection-act-1998", "The Data Protection Act 1998"), ("data-protection-act-2018", "2018")]),
])
def test_one_name_with_several_years_cites_each_act(catalog: Catalog, text: str, expected: list) -> None:
    assert [(c.basis, c.text) for c in find_citations(paragraphs(text), catalog)[0]] == expected


def test_a_short_title_is_the_act_that_has_the_provisions_written_with_it(catalog: Catalog) -> None:
    """"the Children Act" in 2024 guidance is the 2004 Act, unless its sections are the 1989 Act's."""
    doc = paragraphs("Enquiries under sections 17 and 47 of the Children Act follow a referral.",
                     "Agencies have a duty under section 11 of the Children Act.")
    assert citations(doc, catalog) == [
        ("short-title", "children-act-1989", "section 17", "sections 17 and 47 of the Children Act"),
        ("short-title", "children-act-1989", "section 47", "sections 17 and 47 of the Children Act"),
        ("short-title", "children-act-2004", "section 11", "section 11 of the Children Act"),
    ]


def test_an_article_of_the_human_rights_act_is_the_conventions(catalog: Catalog) -> None:
    assert citations(paragraphs("Article 8 of the Human Rights Act 1998 protects private life."), catalog) == [
        ("provision-only", "echr", "article 8", "Article 8"),
        ("explicit", "human-rights-act-1998", None, "the Human Rights Act 1998"),
    ]


# ---------------------------------------------------------------------------------------------
# A procedures-manual page: contents list and print furniture are no passages


def test_procedures_manual_page_without_its_contents_list_or_print_line() -> None:
    doc = unseen("procedures-manual-info-sharing.html")
    texts = [b.text for b in doc.document.blocks]
    assert "Contents" not in texts and "Introduction" not in [b.text for b in doc.document.blocks if b.kind == "item"]
    assert not any(t.startswith("This page is correct as printed") for t in texts)
    assert [(s.number, s.title) for s in doc.sections] == [
        (None, "Information Sharing"), ("1", "Introduction"), ("2", "The Seven Golden Rules"),
        ("3", "Myth-busting guide"),
        (None, "Sharing of information between practitioners and organisations is not allowed without consent"),
        (None, "Data protection legislation is a barrier to sharing information"),
    ]
    assert [(m.statement, m.verdict) for m in find_myths([doc])] == [
        ("Sharing of information between practitioners and organisations is not allowed without consent", "no"),
        ("Data protection legislation is a barrier to sharing information", "no"),
    ]


def test_lettered_scenarios_are_cases() -> None:
    """"Scenario A: ..." is a case; "Example a child might give" is not."""
    doc = markdown("# Information sharing\n\n## Scenario A: the missed referral\n\nA GP saw a burn and did not "
                   "share it.\n\n### What should have happened?\n\nThe GP should have shared the concern with "
                   "children's social care.\n\n## Scenario B – the school nurse\n\nA school nurse heard that a "
                   "pupil was living with a relative.\n\n## Example a child might give\n\nChildren may tell you "
                   "things indirectly.\n")
    assert [(c.number, c.setting, c.advice) for c in find_case_examples(doc)] == [
        (1, "the missed referral", "The GP should have shared the concern with children's social care."),
        (2, "the school nurse", ""),
    ]


def test_faq_page_with_one_line_answers_folded_summaries_and_label_headings() -> None:
    """"Q: ...? A: ..." on one line; "Myth:"/"Fact:" in a <details>; "Myth" and "Reality" as
    headings of their own; a question heading answered "Yes –" under the FAQ title."""
    myths = find_myths([unseen("school-faq-myths.html")])
    assert [(m.statement, m.verdict, m.answer.split(";")[0].split(",")[0]) for m in myths] == [
        ("Can I share information without consent?", "yes", "Yes"),
        ("I must always tell the parents before I share", "no", "Telling parents may put a child at risk"),
        ("Only social workers can make a referral", "no", "Anyone can make a referral to children's social care."),
        ("Can a school share information with the police?", "yes",
         "Yes – where it is necessary and proportionate for the prevention or detection of crime."),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Under the Children (NI) Order a Trust must act.",
     [("children-northern-ireland-order-1995", None, "Children (NI) Order")]),
    ("Under the Children (Northern Ireland) Order the Trust must act.",
     [("children-northern-ireland-order-1995", None, "Children (Northern Ireland) Order")]),
    ("The Safeguarding Board Act (NI) 2011 set up the Board.",
     [("safeguarding-board-act-northern-ireland-2011", None, "Safeguarding Board Act (NI) 2011")]),
    ("Duties under SSWBA apply.", [("social-services-and-well-being-wales-act-2014", None, "SSWBA")]),
    ("A learning support assistant (LSA) or the DPA may be asked.", []),
    ("Share under Art 9(2)(b) UK GDPR.", [("gdpr", "article 9(2)(b)", "Art 9(2)(b) UK GDPR")]),
])
def test_names_the_catalog_implies_without_listing(catalog: Catalog, text: str, expected: list) -> None:
    """"(NI)" for "(Northern Ireland)", an Order without its year, an acronym of four letters or
    more without its year when it names one Act only ("DPA" names two), "Art" without a stop."""
    found = find_citations(paragraphs(text, nations=("Northern Ireland", "Wales")), catalog)[0]
    assert [(c.basis, c.provision.label if c.provision else None, c.text) for c in found] == expected


# ---------------------------------------------------------------------------------------------
# Text exported from a PDF: wrapped numbered paragraphs, page footers, running headers, broken words


def test_pdf_export_paragraphs_survive_page_furniture() -> None:
    doc = read_document(UNSEEN / "pdf-export-info-sharing.txt")
    assert [(b.kind, b.number, b.text) for b in doc.blocks] == [
        ("heading", None, "Anytown LSCP Information Sharing Guidance"),
        ("heading", "1", "Introduction"),
        # a PDF export breaks words at line ends: "infor-" "mation" is one word, "multi-agency" a compound
        ("paragraph", "1.1", "Practitioners should share information early. The Children Act 2004 section 11 "
                             "places duties on multi-agency partners to safeguard children and to share information "
                             "where needed."),
        ("paragraph", "1.2", "Information may be shared without consent where a child is at risk of significant "
                             "harm."),
        ("heading", "2", "Myths"),
        ("paragraph", None, "Myth 1 – Consent is always required to share information."),
        ("paragraph", None, "Fact – Consent is not always required."),
        ("heading", "3", "Contacts"),
        ("paragraph", None, "Call the MASH on 01234 567890."),
    ]
    assert doc.warnings == ("pdf-export-info-sharing.txt: line 11: 'Anytown LSCP Information Sharing Guidance "
                            "v2.1 – March 2024' repeated 3 times dropped (running header or footer?)",)


@pytest.mark.parametrize(("nations", "expected"), [
    (("Northern Ireland",), [("children-northern-ireland-order-1995", "article 50"),
                             ("children-northern-ireland-order-1995", "article 63")]),
    (("England",), [("children-act-1989", "section 31"), ("children-act-1989", "section 44")]),
    (("England", "Wales"), [("children-act-1989", "section 31"), ("children-act-1989", "section 44")]),
    (("UK",), [("children-act-1989", "section 31"), ("children-northern-ireland-order-1995", "article 50"),
               ("children-act-1989", "section 44"), ("children-northern-ireland-order-1995", "article 63")]),
    (("Northern Ireland", "England"), [("children-northern-ireland-order-1995", "article 50"),
                                       ("children-act-1989", "section 31"),
                                       ("children-northern-ireland-order-1995", "article 63"),
                                       ("children-act-1989", "section 44")]),
    (("Scotland",), []),
])
def test_a_term_of_art_implies_the_law_of_the_documents_nation(catalog: Catalog, nations: tuple[str, ...],
                                                               expected: list) -> None:
    """"Care order" is the Children Act 1989 s31 in England and Wales, the Children (Northern
    Ireland) Order 1995 art 50 in Northern Ireland; guidance for several nations cites each
    nation's law, its own nations first ("UK": England's first)."""
    doc = paragraphs("A care order or an emergency protection order may follow.", nations=nations)
    assert [(c.basis, c.provision.label) for c in find_citations(doc, catalog)[0]] == expected


def test_each_nations_law_is_noted_with_its_nations_and_extent(catalog: Catalog) -> None:
    doc = paragraphs("Plans are reviewed for looked after children.", nations=("England", "Wales"))
    assert [(c.basis, c.provision.label, c.note) for c in find_citations(doc, catalog)[0]] == [
        ("children-act-1989", "section 22",
         "implied by 'looked after children': the law in England (extent E)"),
        ("social-services-and-well-being-wales-act-2014", "section 74",
         "implied by 'looked after children': the law in Wales (extent W)"),
    ]


@pytest.mark.parametrize(("nations", "expected"), [
    (("England",), [("children-act-1989", "section 17", "children in need")]),
    (("Wales",), []),
    (("Scotland",), [("children-scotland-act-1995", "section 22", "children in need"),
                     ("children-and-young-people-scotland-act-2014", "section 96", "wellbeing indicators")]),
    (("Northern Ireland",), [("children-northern-ireland-order-1995", "article 18", "children in need")]),
])
def test_children_in_need_is_each_nations_own_law(catalog: Catalog, nations: tuple[str, ...], expected: list) -> None:
    doc = paragraphs("Services for children in need are assessed against the wellbeing indicators.",
                     nations=nations)
    found = [(c.basis, c.provision.label if c.provision else None, c.text)
             for c in find_citations(doc, catalog)[0]]
    assert found == expected


def test_scottish_page_cites_scottish_law(catalog: Catalog) -> None:
    """"The Children Act" with no year, in Scotland, is the Children (Scotland) Act 1995, not the
    Children Act 2004 of England and Wales that the document's year would choose."""
    assert citations(unseen("scotland-girfec-info-sharing.html"), catalog) == [
        ("implicit", "children-and-young-people-scotland-act-2014", "section 96", "wellbeing indicators"),
        ("implicit", "children-and-young-people-scotland-act-2014", "section 96", "SHANARRI"),
        ("explicit", "children-scotland-act-1995", None, "Children (Scotland) Act 1995"),
        ("explicit", "children-and-young-people-scotland-act-2014", None,
         "Children and Young People (Scotland) Act 2014"),
        ("short-title", "children-scotland-act-1995", None, "Children Act"),
    ]


def test_a_question_repeated_under_each_case_is_not_a_running_header() -> None:
    from guidegraph.read.text import parse_blocks

    text = "\n\n".join(f"Case {n}\n\nChild {n} told a teacher something.\n\nWhat should the teacher do?\n\nShare it."
                       for n in range(1, 5))
    blocks, warnings = parse_blocks(text)
    assert sum("What should the teacher do?" in b.text for b in blocks) == 4
    assert not any("repeated" in w for w in warnings)


# ---------------------------------------------------------------------------------------------
# Second round: national law, Word and PDF exports, gov.uk and accordion pages


def test_northern_irish_guidance_cites_the_order_and_its_own_mental_capacity_act(catalog: Catalog) -> None:
    """"Mental Capacity Act (Northern Ireland) 2016" is not the catalogued 2005 Act with a year
    after it; "the Mental Capacity Act" afterwards is that 2016 Act, which the document names, and
    "... Code of Practice for Northern Ireland" is not the catalogued code for England and Wales."""
    found = citations(unseen("ni-cooperating-to-safeguard.md"), catalog)
    assert found[:2] == [
        ("explicit", "children-northern-ireland-order-1995", "article 66",
         "Article 66 of the Children (Northern Ireland) Order 1995"),
        ("anaphoric", "children-northern-ireland-order-1995", "article 46", "Article 46 of the Order"),
    ]
    assert [c for c in found if "capacity" in c[1]] == [
        ("explicit", "uncatalogued-mental-capacity-act-northern-ireland-2016", None,
         "Mental Capacity Act (Northern Ireland) 2016"),
        ("short-title", "uncatalogued-mental-capacity-act-northern-ireland-2016", None, "Mental Capacity Act"),
        ("short-title", "uncatalogued-mental-capacity-act-northern-ireland-2016", None, "Mental Capacity Act"),
    ]
    assert ("explicit", "criminal-law-act-northern-ireland-1967", "section 5",
            "Section 5 of the Criminal Law Act (Northern Ireland) 1967") in found


@pytest.mark.parametrize(("nations", "text", "expected"), [
    (("England",), "Detention under the Mental Health Act is rare.", [("mental-health-act-1983", "")]),
    (("Scotland",), "Detention under the Mental Health Act is rare.",
     [("uncatalogued-mental-health-act", "the Mental Health Act 1983 does not extend to Scotland")]),
    (("Scotland",), "The Mental Health Act 1983 applies in England. The Mental Health Act is rare here.",
     [("mental-health-act-1983", ""), ("mental-health-act-1983", "")]),
])
def test_a_short_title_of_one_act_is_checked_against_the_documents_nations(
        catalog: Catalog, nations: tuple[str, ...], text: str, expected: list) -> None:
    """A short title naming one catalogued Act is that Act only where it extends, or where the
    document names it with its year."""
    found = find_citations(paragraphs(text, nations=nations), catalog)[0]
    assert [(c.basis, c.note) for c in found] == expected


def test_a_term_of_art_in_guidance_for_england_and_wales_cites_both_laws(catalog: Catalog) -> None:
    """The joint protocol names the Children Act 1989 and the Welsh Act of 2014 in its opening:
    "a looked after child" further on is still each nation's law, not the nearest one named."""
    found = [c for c in find_citations(unseen("police-health-protocol-england-wales.txt"), catalog)[0]
             if c.passage_id.endswith("/3.2/p1")]
    assert [(c.basis, c.provision.label, c.note) for c in found] == [
        ("children-act-1989", "section 22", "implied by 'looked after child': the law in England (extent E)"),
        ("social-services-and-well-being-wales-act-2014", "section 74",
         "implied by 'looked after child': the law in Wales (extent W)"),
    ]


def test_a_provision_inserted_into_an_act_is_that_acts(catalog: Catalog) -> None:
    found = citations(unseen("caldicott-principles-2020.txt"), catalog)
    assert found == [
        ("explicit", "health-and-social-care-safety-and-quality-act-2015", None,
         "Health and Social Care (Safety and Quality) Act 2015"),
        ("explicit", "uncatalogued-health-and-social-care-act-2012", "section 251B",
         "section 251B into the Health and Social Care Act 2012"),
    ]


def test_welsh_procedures_page_cites_part_7_and_the_duties_to_report(catalog: Catalog) -> None:
    assert citations(unseen("wales-procedures-duty-to-report.html"), catalog) == [
        ("implicit", "social-services-and-well-being-wales-act-2014", "section 130", "Duty to report a child at risk"),
        ("explicit", "social-services-and-well-being-wales-act-2014", "part 7",
         "Part 7 of the Social Services and Well-being (Wales) Act 2014"),
        ("anaphoric", "social-services-and-well-being-wales-act-2014", "section 130", "Section 130 of the Act"),
        ("provision-only", "social-services-and-well-being-wales-act-2014", "section 128", "section 128"),
        ("explicit", "children-act-1989", "section 47", "section 47 of the Children Act 1989"),
        ("explicit", "data-protection-act-2018", None, "Data Protection Act 2018"),
        ("implicit", "social-services-and-well-being-wales-act-2014", "section 74", "Looked after children"),
    ]


def test_scottish_national_guidance_cites_scottish_and_uk_law(catalog: Catalog) -> None:
    found = citations(unseen("scotland-ngcp-2021-info-sharing.txt"), catalog)
    assert [(basis, provision) for _, basis, provision, _ in found if provision] == [
        ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9"), ("gdpr", "article 9"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("echr", "article 8"),
        ("children-and-young-people-scotland-act-2014", "part 4"),
        ("children-and-young-people-scotland-act-2014", "section 96"),
        ("children-and-young-people-scotland-act-2014", "section 96"),
        ("childrens-hearings-scotland-act-2011", "section 60"),
        ("childrens-hearings-scotland-act-2011", "section 61"),
        ("uncatalogued-age-of-legal-capacity-scotland-act-1991", "section 2(4)"),
    ]
    assert not any(basis.startswith("children-act-") for _, basis, _, _ in found)


def test_a_running_footer_whose_page_number_changes_is_dropped() -> None:
    doc = read_document(UNSEEN / "scotland-ngcp-2021-info-sharing.txt")
    assert not any("updated 2023" in b.text for b in doc.blocks)
    assert [b.number for b in doc.blocks if b.number and "." in b.number] == [
        "2.129", "2.130", "2.131", "2.132", "2.133", "2.134", "2.135", "2.136"]
    assert doc.warnings == ("scotland-ngcp-2021-info-sharing.txt: line 20: 'National Guidance for Child "
                            "Protection in Scotland 2021 – updated 2023' repeated 3 times dropped (running "
                            "header or footer?)",)


@pytest.mark.parametrize("name", ["school-data-protection-policy.txt", "caldicott-principles-2020.txt",
                                  "police-health-protocol-england-wales.txt"])
def test_a_footer_with_page_n_of_m_is_dropped_even_once(name: str) -> None:
    assert not any("Page" in b.text.split() for b in read_document(UNSEEN / name).blocks)


def test_word_export_tables_are_rows_and_clauses_keep_their_numbers() -> None:
    doc = unseen("school-data-protection-policy.txt")
    assert [p.text for p in doc.passages if " | " in p.text] == [  # the approval and review line is furniture
        "Record | Retention period | Action at end",
        "Child protection file | Until the child's 25th birthday | Secure disposal",
        "Allegation against a member of staff | Until normal retirement age or 10 years | Secure disposal",
        "Pupil educational record | Transferred with the pupil | Transfer to next school",
    ]
    assert not any(" | " in s.title for s in doc.sections)
    assert [s.number for s in doc.sections if s.number and s.number.startswith("3.1")] == [
        "3.1", "3.1.1", "3.1.2", "3.1.3"]
    items = [b.text for b in doc.document.blocks if b.kind == "item"]
    assert items[:4] == ["The individual has given explicit consent.",
                         "The data needs to be processed for reasons of substantial public interest, including:",
                         "the safeguarding of children and of individuals at risk;",
                         "preventing or detecting unlawful acts."]


def test_gov_uk_page_without_its_furniture() -> None:
    """Cookie banner, header, breadcrumbs, the "Guidance" caption, the "From:"/"Published"
    metadata, the contents list and the footer are no passages; the golden rules and the myth
    folded in a <details> are."""
    doc = unseen("govuk-information-sharing-advice.html")
    texts = [p.text for p in doc.passages]
    assert texts[0] == ("Advice for practitioners on sharing information to safeguard children, young people, "
                        "parents and carers.")
    assert not any(t in ("Guidance", "From:", "Published", "1 May 2024") or "cookies" in t.lower()
                   or "Crown copyright" in t for t in texts)
    assert [s.title for s in doc.sections] == ["Information sharing advice for safeguarding practitioners",
                                               "Introduction", "The seven golden rules for sharing information",
                                               "The legal framework"]
    assert [(m.statement, m.verdict) for m in find_myths([doc])] == [
        ("you always need consent to share information", "no")]


def test_gov_uk_golden_rules_of_2024_align_with_the_rules() -> None:
    from guidegraph.extract.principles import find_principles

    statements, findings = find_principles(unseen("govuk-information-sharing-advice.html"))
    assert [(s.set_id, s.number, s.text.split()[0]) for s in statements] == [
        ("seven-golden-rules", 1, "All"), ("seven-golden-rules", 2, "When"), ("seven-golden-rules", 4, "You"),
        ("seven-golden-rules", 3, "Seek"), ("seven-golden-rules", 5, "When"), ("seven-golden-rules", 6, "Only"),
        ("seven-golden-rules", 7, "Record"),
    ]
    assert findings == []


def test_caldicott_principles_of_2020_under_principle_headings() -> None:
    """Eight "Principle N: ..." headings, one worded differently ("Only use confidential
    information when it is needed"), each aligned to its principle."""
    from guidegraph.extract.principles import find_principles

    statements, findings = find_principles(unseen("caldicott-principles-2020.txt"))
    assert [(s.set_id, s.number) for s in statements] == [("caldicott-principles", n) for n in range(1, 9)]
    assert statements[1].text.startswith("Only use confidential information when it is needed")
    assert findings == []


def test_faq_questions_in_accordion_buttons_are_answered() -> None:
    """The questions of an accordion FAQ are the text of <button>s inside headings."""
    doc = unseen("lscp-faq-accordion.html")
    assert [s.title for s in doc.sections][1:] == [
        "Do I always need consent to share information about a child?",
        "Does GDPR stop me from sharing information with other agencies?",
        "Can I share information with a school about a child who is not at risk?",
        "Who do I contact for advice?",
    ]
    assert [(m.statement, m.verdict, m.answer.split(".")[0]) for m in find_myths([doc])] == [
        ("Do I always need consent to share information about a child?", "partly", "Not necessarily"),
        ("Does GDPR stop me from sharing information with other agencies?", "no", "No"),
        ("Can I share information with a school about a child who is not at risk?", "yes",
         "Yes, where sharing is necessary to provide early help and there is a lawful basis"),
    ]


def test_folded_yes_no_questions_answered_no_on_a_procedures_page() -> None:
    """Questions folded in <details> under "Sharing information", not an FAQ heading: a yes/no
    question answered "No." is a belief answered; the sidebar's "In this section" and the
    "Last updated" line are furniture."""
    doc = unseen("wales-procedures-duty-to-report.html")
    assert [(m.statement, m.verdict) for m in find_myths([doc])] == [
        ("Do I need consent to report?", "no"), ("Does data protection law stop me sharing?", "no")]
    assert "In this section" not in [s.title for s in doc.sections]
    assert not any("Last updated" in p.text for p in doc.passages)


def test_a_catalog_label_ending_in_its_year_gives_the_edition(catalog: Catalog) -> None:
    """"Working Together to Safeguard Children 2023" is a label of the catalog, year and all."""
    found = find_guidance(unseen("school-data-protection-policy.txt"), catalog)
    assert [(g.id, g.year) for g in found] == [("keeping-children-safe-in-education", 2024),
                                               ("working-together-to-safeguard-children", 2023)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In Northern Ireland, a care order may follow.", [("children-northern-ireland-order-1995", "article 50")]),
    ("In England, a care order may follow.", [("children-act-1989", "section 31")]),
    ("A care order may follow under the Children (Northern Ireland) Order 1995.",
     [("children-northern-ireland-order-1995", None)]),
    ("A care order may follow.", [("children-act-1989", "section 31"),
                                  ("children-northern-ireland-order-1995", "article 50")]),
])
def test_a_passage_about_one_nation_or_naming_its_law_reads_the_term_as_that_law(
        catalog: Catalog, text: str, expected: list) -> None:
    """In UK guidance "care order" is each nation's law, unless the passage says which nation it
    is about or the sentence names the law (then the implied reading adds nothing to it)."""
    found = find_citations(paragraphs(text, nations=("UK",)), catalog)[0]
    assert [(c.basis, c.provision.label if c.provision else None) for c in found] == expected


def test_a_flowchart_question_answered_yes_or_no_is_no_myth() -> None:
    doc = markdown("# Deciding to share\n\n## Step 1\n\nDo you have consent?\n\nYes – share it.\n\n"
                   "## Step 2\n\nIs the child at risk?\n\nNo.\n")
    assert find_myths([doc]) == []


def test_uk_guidance_reads_each_nations_section_as_that_nations_law(catalog: Catalog) -> None:
    """UK-wide guidance with a section per nation: a term in the UK-wide section is each nation's
    law (Scotland has no care orders), one in a nation's section is that nation's."""
    found = find_citations(unseen("uk-child-protection-systems.md"), catalog)[0]
    implied = [(c.passage_id.split("/")[1], c.basis, c.provision.label, c.text) for c in found if c.kind == "implicit"]
    assert implied == [
        ("s2", "children-act-1989", "section 31", "care order"),
        ("s2", "children-northern-ireland-order-1995", "article 50", "care order"),
        ("s2", "children-act-1989", "section 44", "emergency protection order"),
        ("s2", "children-northern-ireland-order-1995", "article 63", "emergency protection order"),
        ("s4", "social-services-and-well-being-wales-act-2014", "section 130", "duty to report a child at risk"),
        ("s4", "social-services-and-well-being-wales-act-2014", "section 74", "Looked after children"),
        ("s5", "children-and-young-people-scotland-act-2014", "section 96", "wellbeing indicators"),
        ("s5", "children-scotland-act-1995", "section 22", "children in need"),
        ("s6", "children-northern-ireland-order-1995", "article 50", "care order"),
        ("s6", "children-northern-ireland-order-1995", "article 66", "Child protection enquiries"),
    ]
    assert found[2].note == "implied by 'care order': the law in England and Wales (extent E+W)"
