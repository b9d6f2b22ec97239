"""Legal citations: hand-written passages in layouts the corpus lacks, then the bundled corpus."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import bundled_corpus

from guidegraph.catalog import Catalog
from guidegraph.extract.legislation import find_citations, load_implied
from guidegraph.extract.provisions import CleanText, find_provisions
from guidegraph.model import Block, Citation, Document, Extraction, Metadata, SegmentedDocument
from guidegraph.quality import evaluate
from guidegraph.read import read_document
from guidegraph.resources import data_dir
from guidegraph.segment import segment
from guidegraph.vocab import legal_basis_iri, provision_iri


def document(*parts: str, date: str = "2024", nations: tuple[str, ...] = ("England",)) -> SegmentedDocument:
    """A document from lines: '# ' and '## ' start headings, '- ' list items, others paragraphs."""
    blocks = []
    for i, part in enumerate(parts):
        line = 2 * i + 1
        if part.startswith("#"):
            level = len(part) - len(part.lstrip("#"))
            blocks.append(Block("heading", part.lstrip("# "), line, line, level=level))
        elif part.startswith("- "):
            blocks.append(Block("item", part[2:], line, line, marker="-"))
        else:
            blocks.append(Block("paragraph", part, line, line))
    meta = Metadata("t", "T", "P", date, nations, (), "", "", "full", Path("t.txt"))
    return segment(Document(meta, tuple(blocks)))


def cite(catalog: Catalog, *parts: str, date: str = "2024") -> list[Citation]:
    return find_citations(document(*parts, date=date), catalog)[0]


def summary(citations: list[Citation]) -> list[tuple[str, str, str | None, str]]:
    return [(c.kind, c.basis, c.provision.label if c.provision else None, c.text) for c in citations]


# ---------------------------------------------------------------------------------------------
# Instruments and provisions written next to each other


def test_procedures_list_in_html_cites_act_with_bracketed_section(catalog: Catalog, tmp_path: Path) -> None:
    page = tmp_path / "procedures.html"
    page.write_text("<html><body><h1>Legal framework</h1><ul><li>The Children Act 1989 (s.47)</li>"
                    "<li>ss. 10 and 11 of the Children Act 2004</li><li>Art. 8 ECHR</li></ul></body></html>",
                    encoding="utf-8")
    meta = Metadata("procedures", "P", "P", "2023", ("England",), (), "", "", "full", page)
    citations, _ = find_citations(segment(read_document(page, meta)), catalog)
    assert summary(citations) == [
        ("explicit", "children-act-1989", "section 47", "Children Act 1989 (s.47)"),
        ("explicit", "children-act-2004", "section 10", "ss. 10 and 11 of the Children Act 2004"),
        ("explicit", "children-act-2004", "section 11", "ss. 10 and 11 of the Children Act 2004"),
        ("explicit", "echr", "article 8", "Art. 8 ECHR"),
    ]


def test_gdpr_article_with_nested_subsections_gets_a_legislation_gov_uk_iri(catalog: Catalog) -> None:
    [citation] = cite(catalog, "Processing relies on UK GDPR Article 6(1)(e).")
    assert citation.provision is not None and citation.provision.number == "6(1)(e)"
    basis = legal_basis_iri("gdpr", catalog.by_id("gdpr").legislation_gov_uk)
    iri = provision_iri(basis, citation.provision.type, citation.provision.number)
    assert str(iri) == "http://www.legislation.gov.uk/id/eur/2016/679/article/6/1/e"


def test_provision_after_the_act_and_markdown_links(catalog: Catalog) -> None:
    text = "[Section 82](#) of [The National Health Service Act 2006](#) \\- duty to co-operate."
    [citation] = cite(catalog, text)
    assert (citation.basis, citation.provision and citation.provision.label) == (
        "national-health-service-act-2006", "section 82")
    assert text[citation.start : citation.end] == citation.text
    assert citation.text.startswith("Section 82") and citation.text.endswith("2006")


def test_longest_label_wins_and_a_conjunction_names_two_instruments(catalog: Catalog) -> None:
    citations = cite(catalog, "The GDPR and Data Protection Act 2018 is not a barrier to sharing.")
    assert [(c.basis, c.text) for c in citations] == [
        ("gdpr", "The GDPR"), ("data-protection-act-2018", "Data Protection Act 2018")]


def test_an_abbreviation_in_brackets_is_one_mention(catalog: Catalog) -> None:
    citations = cite(catalog, "The Domestic Violence Disclosure Scheme (DVDS) commenced in 2014.")
    assert summary(citations) == [("explicit", "domestic-violence-disclosure-scheme", None,
                                   "Domestic Violence Disclosure Scheme (DVDS)")]


# ---------------------------------------------------------------------------------------------
# Instruments the catalog does not hold


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("The Data Protection (Charges and Information) Regulations 2018 set the fee.",
     "Data Protection (Charges and Information) Regulations 2018", "uksi"),
    ("In Scotland the Children (Scotland) Act 2020 applies.", "Children (Scotland) Act 2020", "asp"),
    ("In Wales the Additional Learning Needs and Education Tribunal (Wales) Act 2018 applies.",
     "Additional Learning Needs and Education Tribunal (Wales) Act 2018", "anaw"),
    ("In Northern Ireland the Protection of Children (Northern Ireland) Order 1978 applies.",
     "Protection of Children (Northern Ireland) Order 1978", "uksi"),
    ("The Rights of Children and Young Persons (Wales) Measure 2011 applies.",
     "Rights of Children and Young Persons (Wales) Measure 2011", "mwa"),
    ("Article 12 of the United Nations Convention on the Rights of the Child (UNCRC) applies.",
     "United Nations Convention on the Rights of the Child", "treaty"),
    ("The Anti-social Behaviour, Crime and Policing Act 2014 applies.",
     "Anti-social Behaviour, Crime and Policing Act 2014", "ukpga"),
])
def test_uncatalogued_instruments_become_flagged_nodes(catalog: Catalog, text: str, title: str,
                                                       kind: str) -> None:
    citations, uncatalogued = find_citations(document(text), catalog)
    [ref] = uncatalogued
    assert (ref.title, ref.type, ref.catalogued) == (title, kind, False)
    assert ref.id.startswith("uncatalogued-") and [c.basis for c in citations] == [ref.id]


def test_an_act_named_after_a_treaty_is_one_instrument(catalog: Catalog) -> None:
    """"The United Nations Convention on the Rights of the Child (Incorporation) (Scotland) Act
    2024" is one Act, not the treaty and a shorter "Child (Incorporation) (Scotland) Act 2024"."""
    title = "United Nations Convention on the Rights of the Child (Incorporation) (Scotland) Act 2024"
    citations, uncatalogued = find_citations(document(f"The {title} applies."), catalog)
    assert [(b.title, b.type, b.year) for b in uncatalogued] == [(title, "asp", 2024)]
    assert [c.basis for c in citations] == [uncatalogued[0].id]


@pytest.mark.parametrize(("parts", "treaty"), [
    # named through the Act that incorporates it, then "the Convention" in a note under the next heading
    (("# Law", "The Human Rights Act 1998 and the United Nations Convention on the Rights of the Child "
      "(Incorporation) (Scotland) Act 2024 apply.", "# Notes", "Article 16 of the Convention protects privacy."),
     "uncatalogued-united-nations-convention-on-the-rights-of-the-child"),
    (("# Law", "The United Nations Convention on the Rights of the Child (UNCRC) applies.", "# Privacy",
      "Article 16 of the Convention protects privacy."),
     "uncatalogued-united-nations-convention-on-the-rights-of-the-child"),
    # the European Convention named last, through the Act that gives it effect
    (("# Law", "The United Nations Convention on the Rights of the Child applies.", "# Privacy",
      "The Human Rights Act 1998 applies: Article 8 of the Convention protects privacy."), "echr"),
    (("# Privacy", "Article 8 of the Convention protects privacy."), "echr"),  # none named: the catalog's one
])
def test_the_convention_is_the_one_the_document_last_named(catalog: Catalog, parts: tuple[str, ...],
                                                            treaty: str) -> None:
    [article] = [c for c in cite(catalog, *parts) if c.provision is not None]
    assert (article.basis, article.kind) == (treaty, "anaphoric")


def test_northern_ireland_style_title_and_a_year_anaphor(catalog: Catalog) -> None:
    text = ("The Children's Services Co-operation Act (Northern Ireland) 2015 created the duty. Part 2 of the "
            "Additional Learning Needs and Education Tribunal (Wales) Act 2018 (the 2018 Act) applies; section 13 "
            "of the 2018 Act too.")
    citations, uncatalogued = find_citations(document(text), catalog)
    assert [(b.title, b.type) for b in uncatalogued] == [
        ("Children's Services Co-operation Act (Northern Ireland) 2015", "nia"),
        ("Additional Learning Needs and Education Tribunal (Wales) Act 2018", "anaw")]
    assert summary(citations)[-1] == ("anaphoric", uncatalogued[1].id, "section 13",
                                      "section 13 of the 2018 Act")


@pytest.mark.parametrize(("text", "basis", "provision"), [
    # the nation written after "Act", as some guidance does, still names the Scottish Act
    ("Parts 4 (named person) and 5 (child's plan) of the Children and Young People Act (Scotland) 2014.",
     "children-and-young-people-scotland-act-2014", "part 4"),
    ("Children’s Act 1989 section 17 - general duty of local authorities.", "children-act-1989", "section 17"),
    ("Crime & Disorder Act 1998 section 115 - the power to disclose.", "crime-and-disorder-act-1998", "section 115"),
    ("The Social Services and Well-being (Wales) Act 2014 s.128 sets the duty to report.",
     "social-services-and-well-being-wales-act-2014", "section 128"),
    ("Under Article 66 of the Children (Northern Ireland) Order 1995 the Trust must make enquiries.",
     "children-northern-ireland-order-1995", "article 66"),
])
def test_spellings_of_catalogued_law_outside_the_corpus(catalog: Catalog, text: str, basis: str,
                                                        provision: str) -> None:
    first = cite(catalog, text)[0]
    assert (first.basis, first.provision.label if first.provision else None) == (basis, provision)


def test_a_short_title_joins_the_dated_uncatalogued_instrument_of_its_document(catalog: Catalog) -> None:
    citations, uncatalogued = find_citations(document(
        "The Rights of Children and Young Persons (Wales) Measure 2011 applies.",
        "Under the Rights of Children and Young Persons (Wales) Measure, Ministers have due regard."), catalog)
    assert [b.title for b in uncatalogued] == ["Rights of Children and Young Persons (Wales) Measure 2011"]
    assert {c.basis for c in citations} == {uncatalogued[0].id}


def test_provision_of_an_uncatalogued_act_through_an_anaphor(catalog: Catalog) -> None:
    citations = cite(catalog, "Under the Protection of Freedoms Act 2012, Part V of the Act governs checks.")
    assert summary(citations)[1] == ("anaphoric", "uncatalogued-protection-of-freedoms-act-2012", "part V",
                                     "Part V of the Act")


# ---------------------------------------------------------------------------------------------
# Context: short titles, anaphors, headings, typos


def test_anaphors_resolve_to_the_instrument_named_before(catalog: Catalog) -> None:
    citations = cite(catalog, "Section 11 of the Children Act 2004 places duties on agencies.",
                     "Under Section 10 of the same Act, the local authority must co-operate.")
    assert summary(citations)[1] == ("anaphoric", "children-act-2004", "section 10",
                                     "Section 10 of the same Act")


def test_the_act_is_the_topic_of_the_passage_that_act_the_last_named(catalog: Catalog) -> None:
    text = ("The Freedom of Information Act interacts with the Human Rights Act. Public authorities are "
            "covered by the Act. The Children Act 1989 and the Education Act 1996 apply; that Act says more.")
    anaphors = [c for c in cite(catalog, text) if c.kind == "anaphoric"]
    assert [(c.text, c.basis) for c in anaphors] == [
        ("the Act", "freedom-of-information-act-2000"), ("that Act", "education-act-1996")]


def test_the_act_skips_an_instrument_in_brackets(catalog: Catalog) -> None:
    text = "The Mental Health Act 1983 (as amended by the Mental Health Act 2007) and section 135 of the Act."
    assert cite(catalog, text)[-1].text == "section 135 of the Act"
    assert cite(catalog, text)[-1].basis == "mental-health-act-1983"


def test_nested_and_mixed_provisions_keep_what_the_instrument_can_have(catalog: Catalog) -> None:
    citations = cite(catalog, "Use Schedule 1 Part 2 of the DPA 2018. Under the Human Rights Act 1998, "
                              "Schedule 1, Article 8, everyone has a right to private life.")
    assert [(c.basis, c.provision and c.provision.label) for c in citations] == [
        ("data-protection-act-2018", "schedule 1"), ("data-protection-act-2018", "part 2"),
        ("human-rights-act-1998", "schedule 1")]


def test_year_less_title_resolved_from_heading_then_from_document_date(catalog: Catalog) -> None:
    citations = cite(catalog, "## The Local Government Act 1972",
                     "The Local Government Act Section 111(1) gives a general power.")
    assert summary(citations)[1] == ("short-title", "local-government-act-1972", "section 111(1)",
                                     "The Local Government Act Section 111(1)")
    sharing = "Information may be shared under the Data Protection Act."
    assert cite(catalog, sharing, date="2024")[0].basis == "data-protection-act-2018"
    assert cite(catalog, sharing, date="2005")[0].basis == "data-protection-act-1998"


def test_provision_named_only_under_a_heading(catalog: Catalog) -> None:
    citations = cite(catalog, "## The National Health Service Act 2006",
                     "Section 201(3)(d) - a disclosure may be made for criminal investigations.")
    provision_only = citations[-1]
    assert (provision_only.kind, provision_only.basis, provision_only.provision.label) == (
        "provision-only", "national-health-service-act-2006", "section 201(3)(d)")


def test_heading_citations_go_with_the_passage_under_them(catalog: Catalog) -> None:
    doc = document("## The Crime and Disorder Act 1998 Section 115",
                   "This section puts beyond doubt the power of any organisation to disclose information.")
    heading, this_section = find_citations(doc, catalog)[0]
    assert heading.heading == doc.sections[0].id and heading.passage_id == doc.passages[0].id
    assert heading.provision is not None and heading.provision.label == "section 115"
    assert (this_section.kind, this_section.provision and this_section.provision.label) == (
        "anaphoric", "section 115")


def test_typo_kept_as_written_and_resolved_with_a_note(catalog: Catalog) -> None:
    [dpa] = cite(catalog, "It interacts with the Data Protection Act 1988.")
    [hra] = cite(catalog, "It interacts with the Human Rights Act 1988.")
    assert (dpa.text, dpa.basis) == ("Data Protection Act 1988", "data-protection-act-1998")
    assert (hra.text, hra.basis) == ("Human Rights Act 1988", "human-rights-act-1998")
    assert "1988" in dpa.note and "mistyped" in hra.note


def test_bare_article_resolved_by_the_words_around(catalog: Catalog) -> None:
    [article] = cite(catalog, "Human rights matter: Article 8 protects private and family life.")
    assert (article.basis, article.provision and article.provision.label) == ("echr", "article 8")


# ---------------------------------------------------------------------------------------------
# Implied legal bases


def test_implied_phrases_come_from_the_ontology(catalog: Catalog) -> None:
    phrases = {p.phrase for p in load_implied()}
    assert {"private fostering", "section 47 enquiry", "parental responsibility"} <= phrases
    [citation] = cite(catalog, "Children in private fostering arrangements must be visited.")
    assert (citation.kind, citation.basis, citation.provision.label) == (
        "implicit", "children-act-1989", "section 66")


@pytest.mark.parametrize(("text", "cited"), [
    ("The partnership commissions a child safeguarding practice review.", ["children-and-social-work-act-2017"]),
    # the body the term names is an author or a body to notify, no law relied on for sharing
    ("Child Safeguarding Practice Review Panel (2022) Annual report 2021 to 2022.", []),
    ("The local authority must notify the Child Safeguarding Practice Review Panel within five working days.", []),
])
def test_a_term_of_art_opening_the_name_of_a_body_implies_no_law(catalog: Catalog, text: str,
                                                                  cited: list[str]) -> None:
    assert [c.basis for c in cite(catalog, text)] == cited


@pytest.mark.parametrize(("text", "basis", "provision"), [
    ("The council opened a safeguarding adults enquiry into the bruising.", "care-act-2014", "section 42"),
    ("A best interests decision was made with her family and the GP.", "mental-capacity-act-2005", "section 4"),
])
def test_terms_of_art_for_adults_imply_their_provision(catalog: Catalog, text: str, basis: str,
                                                       provision: str) -> None:
    [citation] = cite(catalog, text)
    assert (citation.kind, citation.basis, citation.provision.label) == ("implicit", basis, provision)


def test_a_section_47_enquiry_is_children_act_1989_whatever_act_is_near(catalog: Catalog) -> None:
    citations = cite(catalog, "## The Data Protection Act 1998",
                     "A condition in Schedule 2 must be met, e.g. for an s.17 assessment or a s.47 enquiry.")
    assert summary(citations)[1:] == [
        ("provision-only", "data-protection-act-1998", "schedule 2", "Schedule 2"),
        ("provision-only", "children-act-1989", "section 17", "s.17"),
        ("provision-only", "children-act-1989", "section 47", "s.47"),
    ]


def test_implied_provisions_are_well_formed_nodes(catalog: Catalog) -> None:
    """Each provision of implied.ttl has the IRI the graph mints for it, of a catalogued basis."""
    from rdflib import Graph

    from guidegraph.vocab import GG

    graph = Graph().parse(data_dir("ontology") / "implied.ttl")
    iris = {e.iri for e in catalog.entries}
    for node in set(graph.subjects(GG.impliedBy)):
        basis = graph.value(node, GG.provisionOf)
        if basis is None:
            assert str(node) in iris
            continue
        kind, number = graph.value(node, GG.provisionType), graph.value(node, GG.provisionNumber)
        assert str(basis) in iris and node == provision_iri(basis, str(kind), str(number))


def test_data_protection_principles_follow_the_act_in_force_or_named(catalog: Catalog) -> None:
    old = cite(catalog, "Comply with the data protection principles.", date="2005")
    new = cite(catalog, "Comply with the data protection principles.", date="2023")
    assert [(c.basis, c.provision.label, c.kind) for c in old + new] == [
        ("data-protection-act-1998", "schedule 1", "implicit"), ("gdpr", "article 5", "implicit")]
    named = cite(catalog, "## The Data Protection Act 1998",
                 "The first and second data protection principles.", date="2023")
    assert (named[-1].basis, named[-1].kind) == ("data-protection-act-1998", "provision-only")


def test_implied_phrase_beside_its_instrument_adds_nothing(catalog: Catalog) -> None:
    citations = cite(catalog, "Private Fostering as defined in the Children Act 1989 is covered.")
    assert [c.kind for c in citations] == ["explicit"]


# ---------------------------------------------------------------------------------------------
# Traps: not legislation


@pytest.mark.parametrize("text", [
    "We believe in working together with families.",
    "See section 4 of this guidance and Appendix 1.",
    "This guidance sets out key principles of information sharing (Section 2).",
    "The public interest test is set out in paragraph 4.11 below.",
    "See Chapter 8 sections 8.31-41 and Chapter 14 'Information sharing'.",
    "Family members should normally have the right to know what is being said about them.",
    "Look at https://example.org/gdpr-guide for more.",
    "Common law is not written out in one document like an Act of Parliament.",
])
def test_traps_are_not_citations(catalog: Catalog, text: str) -> None:
    assert cite(catalog, text) == []


def test_section_of_a_code_is_not_a_provision_of_law(catalog: Catalog) -> None:
    citations = cite(catalog, "Section 15 of the Data sharing code of practice gives checklists.")
    assert summary(citations) == [("explicit", "ico-data-sharing-code-of-practice", None,
                                   "Data sharing code of practice")]


def test_section_number_of_the_guidance_itself_is_not_cited(catalog: Catalog) -> None:
    citations = cite(catalog, "## 2 Key principles", "The Children Act 1989 applies.",
                     "## 3 Next steps", "- the principles are set out above (Section 2);")
    assert [c.provision for c in citations] == [None]


# ---------------------------------------------------------------------------------------------
# Reading the words


def test_provision_spellings() -> None:
    spelled = {text: [m.items for m in find_provisions(text)] for text in (
        "S17 and 47", "Section10 of", "Article 8[2]", "Section 434 (4)", "Sections 59-66",
        "Article 6 and Article 9", "Schedule 2 and 3", "sections 10 to 12", "KS2 pupils")}
    assert spelled == {
        "S17 and 47": [(("section", "17"), ("section", "47"))],
        "Section10 of": [(("section", "10"),)],
        "Article 8[2]": [(("article", "8(2)"),)],
        "Section 434 (4)": [(("section", "434(4)"),)],
        "Sections 59-66": [(("section", "59-66"),)],
        "Article 6 and Article 9": [(("article", "6"), ("article", "9"))],
        "Schedule 2 and 3": [(("schedule", "2"), ("schedule", "3"))],
        "sections 10 to 12": [(("section", "10-12"),)],
        "KS2 pupils": [],
    }


def test_scottish_school_years_are_no_sections() -> None:
    """"S3" is a Scottish secondary year ranged with another, or naming pupils; alone it is section 3."""
    spelled = {text: [m.items for m in find_provisions(text)] for text in (
        "from P7 to S3", "pupils in S4-S6", "S3 pupils", "S3 of the Act", "S4 and 47")}
    assert spelled == {"from P7 to S3": [], "pupils in S4-S6": [], "S3 pupils": [],
                       "S3 of the Act": [(("section", "3"),)], "S4 and 47": [(("section", "4"), ("section", "47"))]}


def test_a_part_alone_is_the_instrument_its_sentence_points_back_to(catalog: Catalog) -> None:
    """"Part 4" alone is as often the guidance's own part: read only when "its" points back to the one
    instrument the paragraph named before."""
    act = "children-and-young-people-scotland-act-2014"
    citations = cite(catalog, "The Children and Young People (Scotland) Act 2014 puts parts of GIRFEC into law. "
                              "Its named person provisions (Part 4) were never brought into force.")
    assert [(c.basis, c.provision.label if c.provision else None, c.negation) for c in citations] == [
        (act, None, ""), (act, "part 4", "were never brought into force")]
    citations = cite(catalog, "The Children Act 1989 sets the duties. The school sets out its approach in Part 3.")
    assert [(c.basis, c.provision) for c in citations] == [("children-act-1989", None)]


def test_section_sign_spells_a_section(catalog: Catalog) -> None:
    """Legal writing puts "§" (and "§§") for section(s): "Children Act 1989 § 47(9)"."""
    spelled = {text: [m.items for m in find_provisions(text)] for text in ("§ 47(9)", "§§ 10 and 11", "§17")}
    assert spelled == {"§ 47(9)": [(("section", "47(9)"),)],
                       "§§ 10 and 11": [(("section", "10"), ("section", "11"))],
                       "§17": [(("section", "17"),)]}
    citations = cite(catalog, "Crime and Disorder Act 1998 § 115 is a power, not a duty.")
    assert [(c.basis, c.provision.label if c.provision else None) for c in citations] == [
        ("crime-and-disorder-act-1998", "section 115")]


def test_clean_text_maps_back_to_the_text_as_written() -> None:
    raw = "[Section 201\\(3\\)\\(d\\)](#) \u2013 a  <b>disclosure</b>"
    clean = CleanText(raw)
    assert clean.text == "Section 201(3)(d) - a disclosure"
    start, end = clean.span(0, len("Section 201(3)(d)"))
    assert raw[start:end] == "Section 201\\(3\\)\\(d\\)"


def test_large_document_is_read_in_linear_time(catalog: Catalog) -> None:
    paragraph = ("Section 11 of the Children Act 2004 and the Data Protection Act 2018 apply; the Act "
                 "balances rights. See paragraph 4.11 and a section 47 enquiry. ")
    small, large = document(*[paragraph] * 200), document(*[paragraph] * 2000)
    find_citations(small, catalog)
    started = time.perf_counter()
    find_citations(small, catalog)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    find_citations(large, catalog)
    assert time.perf_counter() - started < 20 * small_time + 0.5


# ---------------------------------------------------------------------------------------------
# The bundled corpus


@pytest.fixture(scope="module")
def corpus() -> list[SegmentedDocument]:
    return list(bundled_corpus())


@pytest.fixture(scope="module")
def corpus_citations(corpus: list[SegmentedDocument], catalog: Catalog) -> dict[str, list[Citation]]:
    return {doc.meta.slug: find_citations(doc, catalog)[0] for doc in corpus}


def test_corpus_meets_the_gold_targets(corpus: list[SegmentedDocument], catalog: Catalog,
                                       corpus_citations: dict[str, list[Citation]]) -> None:
    extraction = Extraction(citations=tuple(c for cs in corpus_citations.values() for c in cs))
    report = evaluate(extraction, corpus, [e.id for e in catalog.legal_bases()])
    instrument, provision = report.score("legal bases (instrument)"), report.score("legal bases (provision)")
    assert instrument.precision >= 0.95 and instrument.recall >= 0.95, report.missed
    assert provision.precision >= 0.90 and provision.recall >= 0.90, report.missed


def test_corpus_is_read_well_under_half_a_second(corpus: list[SegmentedDocument], catalog: Catalog) -> None:
    find_citations(corpus[0], catalog)
    started = time.perf_counter()
    for doc in corpus:
        find_citations(doc, catalog)
    assert time.perf_counter() - started < 1.0  # 0.1-0.2 s on a quiet machine; slack for CI


def test_pan_cheshire_crime_and_disorder_section_115(corpus: list[SegmentedDocument],
                                                     corpus_citations: dict[str, list[Citation]]) -> None:
    doc = next(d for d in corpus if d.meta.slug == "pan-cheshire-information-sharing-2023")
    section = next(s for s in doc.sections if s.title == "The Crime and Disorder Act 1998 Section 115")
    passage = next(p for p in doc.passages if p.section == section.id)
    cited = {(c.basis, c.provision.label if c.provision else None, c.kind)
             for c in corpus_citations[doc.meta.slug] if c.passage_id == passage.id}
    assert ("crime-and-disorder-act-1998", "section 115", "explicit") in cited  # the heading
    assert ("crime-and-disorder-act-1998", "section 115", "anaphoric") in cited  # "This section ..."


def test_cross_government_section_47_has_its_legislation_gov_uk_iri(
        catalog: Catalog, corpus_citations: dict[str, list[Citation]]) -> None:
    citations = corpus_citations["cross-government-information-sharing-2005"]
    [s47] = [c for c in citations if c.text == "section 47 of the Children Act 1989"]
    entry = catalog.by_id(s47.basis)
    assert s47.provision is not None and s47.line == 175
    iri = provision_iri(legal_basis_iri(entry.id, entry.legislation_gov_uk), "section", s47.provision.number)
    assert str(iri) == "http://www.legislation.gov.uk/id/ukpga/1989/41/section/47"


def test_nhs_act_section_201_resolved_from_its_heading(corpus_citations: dict[str, list[Citation]]) -> None:
    citations = corpus_citations["pan-cheshire-information-sharing-2023"]
    [s201] = [c for c in citations if c.provision and c.provision.number == "201(3)(d)"]
    assert (s201.basis, s201.kind, s201.line) == ("national-health-service-act-2006", "provision-only", 165)


def test_corpus_spans_are_exact(corpus: list[SegmentedDocument],
                                corpus_citations: dict[str, list[Citation]]) -> None:
    for doc in corpus:
        texts = {p.id: p.text for p in doc.passages} | {s.id: s.title for s in doc.sections}
        for c in corpus_citations[doc.meta.slug]:
            assert texts[c.heading or c.passage_id][c.start : c.end] == c.text
            assert c.kind in {"explicit", "short-title", "anaphoric", "provision-only", "implicit"}


def test_corpus_traps_give_no_provisions(corpus_citations: dict[str, list[Citation]]) -> None:
    nspcc = corpus_citations["nspcc-information-sharing-2015"]  # "(see section 8)", "Section 15 of" a code
    cited = [c for c in nspcc if c.provision and c.kind != "implicit"]
    assert [c.text for c in cited if c.provision and c.provision.type != "article"] == []
    cross = corpus_citations["cross-government-information-sharing-2005"]
    assert [c.text for c in cross if c.provision and 36 <= c.line <= 53] == []


@pytest.mark.parametrize(("nations", "implied"), [(("England",), True), (("Wales",), False), (("UK",), True),
                                                  (("Scotland",), False), (("Northern Ireland",), False)])
def test_a_term_of_art_implies_law_only_where_the_law_extends(catalog: Catalog, nations: tuple[str, ...],
                                                              implied: bool) -> None:
    """"Children in need" implies the Children Act 1989 s17 in English guidance only: the Act is
    E+W, but its Part 3 applies in England alone since 2016 (in Wales the Social Services and
    Well-being (Wales) Act 2014 replaced it). An explicit citation counts wherever it is made."""
    doc = document("Services for children in need are set out in the Children Act 2004.", nations=nations)
    found = [(c.kind, c.basis) for c in find_citations(doc, catalog)[0]]
    assert (("implicit", "children-act-1989") in found) is implied
    assert ("explicit", "children-act-2004") in found


@pytest.mark.parametrize(("nations", "basis"), [
    (("Scotland",), "children-scotland-act-1995"),
    (("Northern Ireland",), "children-northern-ireland-order-1995"),
    (("Scotland", "Northern Ireland"), "children-scotland-act-1995"),  # the document's first nation
    (("England",), "children-act-2004"),  # neither Act named: the latest before the document
    (("Wales",), "children-act-2004"),
    (("UK",), "children-act-2004"),
    ((), "children-act-2004"),
])
def test_a_short_title_is_the_law_of_the_documents_nation(catalog: Catalog, nations: tuple[str, ...],
                                                          basis: str) -> None:
    """"The Children Act" with no year: in Scotland, where neither Children Act of England and
    Wales extends, the Children (Scotland) Act 1995; in Northern Ireland its Children Order."""
    doc = document("The local authority has duties under the Children Act to support families.", nations=nations)
    assert [(c.kind, c.basis, c.text) for c in find_citations(doc, catalog)[0]] == [
        ("short-title", basis, "Children Act")]


def test_a_short_title_follows_the_act_named_before_it_in_any_nation(catalog: Catalog) -> None:
    """Named just before, the Act of England and Wales is the one meant, even in Scotland; a
    short title whose Acts extend to Scotland is read as anywhere."""
    doc = document("The Children Act 1989 applies in England. Under the Children Act, councils there must act.",
                   "The Data Protection Act applies to every practitioner.", nations=("Scotland",))
    assert [(c.basis, c.text) for c in find_citations(doc, catalog)[0]] == [
        ("children-act-1989", "Children Act 1989"), ("children-act-1989", "Children Act"),
        ("data-protection-act-2018", "Data Protection Act")]


def test_welsh_guidance_gets_the_provisions_that_apply_in_wales(catalog: Catalog) -> None:
    """Part 5 of the Children Act 1989 (s47) still applies in Wales; Part 3 (s17, s22) and the
    English LSCB section do not; the Welsh duty to report is section 130 of the 2014 Act, and
    looked after children are its section 74's."""
    doc = document("Child protection enquiries may follow for children in need or looked after children. "
                   "Practitioners have a duty to report a child at risk to the Local Safeguarding Children Board.",
                   nations=("Wales",))
    found = [(c.basis, c.provision.label if c.provision else None, c.text) for c in find_citations(doc, catalog)[0]]
    assert found == [
        ("children-act-1989", "section 47", "Child protection enquiries"),
        ("social-services-and-well-being-wales-act-2014", "section 74", "looked after children"),
        ("social-services-and-well-being-wales-act-2014", "section 130", "duty to report a child at risk"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sharing is permitted under the Data Protection Act 2018, Schedule 8.",
     [("data-protection-act-2018", "schedule 8")]),
    ("The lawful basis is Article 6(1)(e) UK GDPR (public task).", [("gdpr", "article 6(1)(e)")]),
    ("Enquiries are made under section 17 and 47 of the Children Act 1989.",
     [("children-act-1989", "section 17"), ("children-act-1989", "section 47")]),
    ("The Crime and Disorder Act 1998 s115 gives a power to share.", [("crime-and-disorder-act-1998", "section 115")]),
    ("See Schedule 1, Part 2, paragraph 18 of the DPA 2018.",
     [("data-protection-act-2018", "schedule 1 paragraph 18")]),
    ("The condition is in DPA 2018 Sch 1 para 18.", [("data-protection-act-2018", "schedule 1 paragraph 18")]),
    ("DPA 2018 Sch.1 Pt 2 para 18 - safeguarding", [("data-protection-act-2018", "schedule 1 paragraph 18")]),
    ("The condition is in paragraph 18 of Schedule 1 to the Data Protection Act 2018.",
     [("data-protection-act-2018", "schedule 1 paragraph 18")]),
    ("Schedule 1, paragraph 18(1)(b) of the DPA 2018 applies.",
     [("data-protection-act-2018", "schedule 1 paragraph 18(1)(b)")]),
    ("Schedules 2 and 3 of the Data Protection Act 1998 set the conditions.",
     [("data-protection-act-1998", "schedule 2"), ("data-protection-act-1998", "schedule 3")]),
    ("Article 6(1)(c) and (e) of the UK GDPR are the usual bases.",
     [("gdpr", "article 6(1)(c)"), ("gdpr", "article 6(1)(e)")]),
])
def test_provisions_as_real_guidance_writes_them(catalog: Catalog, text: str, expected: list) -> None:
    """A schedule's paragraph, written before or after the schedule, is the provision cited."""
    found = [(c.basis, c.provision.label) for c in cite(catalog, text) if c.provision is not None]
    assert found == expected


@pytest.mark.parametrize(("parts", "expected"), [
    (("The conditions are in Part 2 of Schedule 1 to the DPA 2018, in particular paragraph 18 (safeguarding).",),
     ["schedule 1", "schedule 1 paragraph 18"]),
    (("We meet a condition in Schedule 1 to the Data Protection Act 2018: paragraph 6 (statutory purposes) or "
      "paragraph 18 (safeguarding).",), ["schedule 1", "schedule 1 paragraph 6", "schedule 1 paragraph 18"]),
    (("We rely on Schedule 1 to the Data Protection Act 2018, paragraphs 6 and 18.",),
     ["schedule 1", "schedule 1 paragraph 6", "schedule 1 paragraph 18"]),
    (("We meet a condition in Schedule 1 to the DPA 2018:", "- paragraph 6, statutory purposes",
      "- paragraph 18, safeguarding"), ["schedule 1", "schedule 1 paragraph 6", "schedule 1 paragraph 18"]),
    # a paragraph of the guidance itself, or in another sentence, is no schedule's
    (("Schedule 1 to the DPA 2018 applies (see paragraph 12 below).",), ["schedule 1"]),
    (("Schedule 1 to the DPA 2018 applies, as paragraph 4.2 of this guidance explains.",), ["schedule 1"]),
    (("Schedule 1 to the DPA 2018 applies. Paragraph 12 sets out how we record it.",), ["schedule 1"]),
    (("Schedule 1 to the DPA 2018 and section 11 of the Children Act 2004, paragraph 3, apply.",), ["schedule 1"]),
])
def test_a_paragraph_after_a_schedule_in_its_sentence_is_the_schedules(catalog: Catalog, parts: tuple[str, ...],
                                                                       expected: list[str]) -> None:
    found = [c.provision.label for c in cite(catalog, *parts)
             if c.provision is not None and c.basis == "data-protection-act-2018"]
    assert found == expected


def test_a_schedule_paragraph_has_the_legislation_gov_uk_address(catalog: Catalog) -> None:
    """"paragraph 18 of Schedule 1" spans the paragraph and mints legislation.gov.uk's IRI."""
    [citation] = cite(catalog, "Processing rests on paragraph 18 of Schedule 1 to the Data Protection Act 2018.")
    assert citation.text == "paragraph 18 of Schedule 1 to the Data Protection Act 2018"
    basis = catalog.by_id("data-protection-act-2018").iri
    assert str(provision_iri(basis, citation.provision.type, citation.provision.number)) == (
        "http://www.legislation.gov.uk/id/ukpga/2018/12/schedule/1/paragraph/18")


def test_a_heading_that_is_the_documents_own_schedule_cites_no_law(catalog: Catalog) -> None:
    """"SCHEDULE 3" over a protocol's case example is its own Schedule 3, not the Human Rights
    Act's, though that Act was the last one named."""
    from test_extract_unseen import markdown

    doc = markdown("SCHEDULE 2\nSUMMARY OF LEGISLATION\n\nHuman Rights Act 1998: Article 8 of the European Convention "
                   "on Human Rights.\n\nSCHEDULE 3\nCASE EXAMPLE\n\nThe school shares the record.\n")
    assert [(c.basis, c.provision.label if c.provision else None) for c in find_citations(doc, catalog)[0]] == [
        ("human-rights-act-1998", None), ("echr", "article 8")]


def test_a_bare_provision_belongs_to_the_act_the_document_wrote_it_with(catalog: Catalog) -> None:
    """"Section 115 is a power" after "section 115 of the Crime and Disorder Act 1998" is that
    section, though the Data Protection Act 2018 was named in between."""
    doc = document("# Legal basis", "Partners share under section 115 of the Crime and Disorder Act 1998.",
                   "The police rely on Part 3 of the Data Protection Act 2018.",
                   "Section 115 is a power, not a duty.")
    assert [(c.basis, c.provision.label) for c in find_citations(doc, catalog)[0]
            if c.passage_id.endswith("p3")] == [("crime-and-disorder-act-1998", "section 115")]


def test_a_bare_provision_is_the_acts_that_holds_it_not_the_amending_acts(catalog: Catalog) -> None:
    """"A request made under section 16H" is the Children Act 2004's: the document wrote it in a range
    of that Act ("sections 16E to 16K"), which the Children and Social Work Act 2017 inserted, and a
    heading implying the 2017 Act by its topic ("practice reviews") names none of its sections."""
    doc = document("# Local child safeguarding practice reviews",
                   "The duties in sections 16E to 16K of the Children Act 2004 were inserted by the Children and "
                   "Social Work Act 2017.",
                   "# Myths",
                   "Reality: a request made under section 16H must be complied with.")
    cited = [(c.basis, c.provision.label) for c in find_citations(doc, catalog)[0]
             if c.provision and c.provision.number == "16H"]
    assert cited == [("children-act-2004", "section 16H")]


def test_a_term_of_the_law_in_brackets_after_a_provision_keeps_it(catalog: Catalog) -> None:
    """"Article 6(1)(e) (public task)": the bracketed term names the same basis, it hides nothing."""
    found = cite(catalog, "Under the UK GDPR the practice relies on Article 6(1)(e) (public task) and, for health "
                 "data, Article 9(2)(h).")
    assert [(c.basis, c.provision.label) for c in found if c.provision] == [
        ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(h)")]


def test_an_article_beside_a_schedules_paragraph_is_the_gdprs(catalog: Catalog) -> None:
    """"Article 9(2)(g) and paragraph 18 of Schedule 1 to the DPA 2018": the paragraph is the
    schedule's, not a cross-reference to the guidance, so the article is still read (the GDPR's)."""
    doc = document("Personal data is processed under Article 6(1)(e) of the UK GDPR. Health information is "
                   "processed under Article 9(2)(g) and paragraph 18 of Schedule 1 to the Data Protection Act 2018.")
    found = [(c.basis, c.provision.label if c.provision else None) for c in find_citations(doc, catalog)[0]]
    assert ("gdpr", "article 9(2)(g)") in found
    assert ("data-protection-act-2018", "schedule 1 paragraph 18") in found
    doc = document("Read the Children Act 1989. Section 4 of this paragraph explains the rest.")
    assert not [c for c in find_citations(doc, catalog)[0] if c.provision]


def test_an_abbreviation_numbered_as_a_document_code_is_no_citation(catalog: Catalog) -> None:
    """"Leaflet CSODS/1" is the leaflet's code; "CSODS" alone is the scheme."""
    assert not find_citations(document("Leaflet CSODS/1, reviewed March 2024."), catalog)[0]
    [cite] = find_citations(document("Apply under CSODS to ask about a person."), catalog)[0]
    assert cite.basis == "child-sex-offender-disclosure-scheme"


def test_bracketed_endnote_marks_cite_what_their_notes_name(catalog: Catalog) -> None:
    """"... for the area [2]." with "[2] Children Act 2004, section 16F." under "Notes"."""
    doc = document("# Reviews", "The partners must review serious cases in the area [2].", "# Notes",
                   "[1] Children Act 2004, section 16E.", "[2] Children Act 2004, section 16F.")
    marked = [c for c in find_citations(doc, catalog)[0] if c.kind == "anaphoric"]
    assert [(c.basis, c.provision.label, c.text) for c in marked] == [("children-act-2004", "section 16F", "[2]")]
    assert marked[0].note == "footnote 2: Children Act 2004, section 16F."


def test_an_instrument_said_to_be_revoked_is_no_support_anywhere_in_its_passage(catalog: Catalog) -> None:
    doc = document("# Law", "The Education (Pupil Registration) (England) Regulations 2006 were revoked in 2024. "
                   "Forms that quote regulation 8 of the 2006 Regulations must be updated. Section 11 of the "
                   "Children Act 2004 was amended. The Children Act 2004 applies.")
    found = [(c.basis, c.provision.label if c.provision else None, c.negation) for c in find_citations(doc, catalog)[0]]
    assert found[:2] == [("uncatalogued-education-pupil-registration-england-regulations-2006", None, "were revoked"),
                         ("uncatalogued-education-pupil-registration-england-regulations-2006", "regulation 8",
                          "were revoked")]
    assert ("children-act-2004", None, "") in found  # a provision's repeal is not its Act's


def test_a_provision_named_for_what_it_gives_belongs_to_the_act_after_it(catalog: Catalog) -> None:
    """"the "section 29 exemption" of the Data Protection Act 1998", "section 47 enquiries under the Children
    Act 1989": the provision is of the Act named after its label, not of one named before."""
    doc = document("# Law", "Data is shared under the Data Protection Act 2018. The old \"section 29 exemption\" of "
                   "the Data Protection Act 1998 has gone; section 47 enquiries under the Children Act 1989 go on.")
    found = [(c.basis, c.provision.label if c.provision else None) for c in find_citations(doc, catalog)[0]]
    assert found == [("data-protection-act-2018", None), ("data-protection-act-1998", "section 29"),
                     ("children-act-1989", "section 47")]


def test_an_order_named_after_its_act_is_one_instrument(catalog: Catalog) -> None:
    doc = document("# Law", "Spent convictions may be disclosed under the Rehabilitation of Offenders Act 1974 "
                   "(Exceptions) Order 1975; the Police Act 1997 (Criminal Records) Regulations 2002 set the "
                   "fees, and section 113B of the Police Act 1997 the certificate.")
    found = [(c.basis, c.provision.label if c.provision else None) for c in find_citations(doc, catalog)[0]]
    assert found == [("uncatalogued-rehabilitation-of-offenders-act-1974-exceptions-order-1975", None),
                     ("uncatalogued-police-act-1997-criminal-records-regulations-2002", None),
                     ("police-act-1997", "section 113B")]
