"""Gaps found on the newest unseen fixtures: an amending Act named as the source of an amendment,
golden rules run on in one sentence, guidance real documents cite, cases told in an appendix or
a practice review's "What happened"."""

from __future__ import annotations

import pytest
from helpers import unseen
from test_extract_unseen import markdown
from test_negation import cite, negated

from guidegraph.catalog import Catalog
from guidegraph.extract.cases import find_case_examples
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.legislation import find_citations
from guidegraph.extract.nations import find_nations
from guidegraph.extract.principles import find_principles


def guidance(doc, catalog: Catalog) -> list[tuple[str, int | None]]:
    return [(g.id, g.year) for g in find_guidance(doc, catalog, find_nations(doc))]


# ---------------------------------------------------------------------------------------------
# The Act that made an amendment is no support for what the amended law allows


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Section 16H of the Children Act 2004, inserted by the Children and Social Work Act 2017, allows partners "
     "to require information.", ("Section 16H of the Children Act 2004", "Children and Social Work Act 2017"),
     ["", "inserted by"]),
    ("Section 5B was inserted by section 74 of the Serious Crime Act 2015.",
     ("section 74 of the Serious Crime Act 2015",), ["inserted by"]),
    ("Section 5B of the Female Genital Mutilation Act 2003 (as amended by the Serious Crime Act 2015) applies.",
     ("Section 5B of the Female Genital Mutilation Act 2003", "Serious Crime Act 2015"), ["", "as amended by"]),
    ("Section 175 of the Education Act 2002, as substituted by section 12 of the Children Act 2004, applies.",
     ("Section 175 of the Education Act 2002", "section 12 of the Children Act 2004"), ["", "as substituted by"]),
    ("The Children Act 1989, as amended by the Children Act 2004 and the Children and Social Work Act 2017, applies.",
     ("Children Act 1989", "the Children Act 2004", "Children and Social Work Act 2017"),
     ["", "as amended by", "as amended by"]),
])
def test_an_amending_act_named_as_the_source_is_no_support(text: str, names: tuple[str, ...],
                                                           expected: list[str]) -> None:
    assert negated(text, *names) == expected


@pytest.mark.parametrize("text", [
    "Records were not amended by the Children Act 2004.",  # denied: no amendment was made
    "The Children and Social Work Act 2017 inserted section 16H into the Children Act 2004.",
    "Information may be shared as permitted by the Data Protection Act 2018.",
])
def test_other_words_before_an_act_leave_it_support(catalog: Catalog, text: str) -> None:
    assert [c.negation for c in cite(catalog, text)] == [""] * len(cite(catalog, text))


def test_the_dfe_advice_rests_on_section_16h_not_on_the_act_that_inserted_it(catalog: Catalog) -> None:
    doc = unseen("dfe-advice-2024-html-publication.html")
    found = [c for c in find_citations(doc, catalog)[0] if "Section 16H" in c.text or "Social Work" in c.text]
    assert [(c.basis, c.provision.label if c.provision else None, c.negation) for c in found] == [
        ("children-act-2004", "section 16H", ""), ("children-and-social-work-act-2017", None, "inserted by")]


# ---------------------------------------------------------------------------------------------
# Golden rules run on in one sentence


def test_golden_rules_listed_in_one_sentence_are_statements() -> None:
    statements, findings = find_principles(unseen("lscp-seven-minute-briefing.html"))
    assert [(s.set_id, s.number) for s in statements] == [("seven-golden-rules", n) for n in range(1, 8)]
    assert statements[1].text == "be open and honest"
    assert statements[-1].text == "record your decision and your reasons"
    assert {s.passage_id for s in statements} == {"lscp-seven-minute-briefing/7-4/p1"}
    assert findings == []


@pytest.mark.parametrize("text", [
    "All agencies will include the seven golden rules for information sharing in training.",
    "Practitioners should follow the golden rules: see chapter 3, annex A and annex B.",
    "The local procedures cover three things: referrals; strategy meetings; and conferences.",
])
def test_a_sentence_that_only_mentions_golden_rules_gives_none(text: str) -> None:
    assert find_principles(markdown(f"# Sharing\n\n{text}\n"))[0] == []


def test_caldicott_principles_run_on_after_a_colon() -> None:
    text = ("# Health\n\nThe Caldicott principles are: justify the purpose; use confidential information only when "
            "necessary; use the minimum necessary; access on a strict need-to-know basis; everyone must understand "
            "their responsibilities; comply with the law; the duty to share information can be as important as the "
            "duty to protect patient confidentiality; and inform patients about how their information is used.\n")
    statements, _ = find_principles(markdown(text))
    assert [(s.set_id, s.number) for s in statements] == [("caldicott-principles", n) for n in range(1, 9)]


# ---------------------------------------------------------------------------------------------
# Guidance real documents cite


def test_mopi_and_the_gmc_confidentiality_guidance_are_catalogued(catalog: Catalog) -> None:
    assert ("mopi-code-of-practice", None) in guidance(unseen("mash-operating-protocol.txt"), catalog)
    assert ("gmc-confidentiality-2017", 2017) in guidance(unseen("trust-safeguarding-policy-appendices.txt"), catalog)
    assert catalog.by_id("mopi-code-of-practice").year == 2005
    assert not catalog.by_id("gmc-confidentiality-2017").is_legal_basis


def test_a_reference_list_of_information_sharing_guidance_is_catalogued(catalog: Catalog) -> None:
    doc = markdown(
        "# References\n\n"
        "- Department of Health (2013) Information: To Share or Not to Share? The Information Governance Review.\n"
        "- NHSX (2021) Records Management Code of Practice.\n"
        "- HM Government (2008) Information sharing: guidance for practitioners and managers.\n"
        "- Department for Education (2024) Information sharing: advice for practitioners providing safeguarding "
        "services for children, young people, parents and carers.\n"
        "- Working Together to Safeguard Children 2018\n")
    assert guidance(doc, catalog) == [
        ("caldicott-information-governance-review-2013", 2013), ("records-management-code-of-practice", 2021),
        ("hmg-information-sharing-guidance-2008", 2008), ("hmg-information-sharing-advice", 2024),
        ("working-together-to-safeguard-children", 2018)]


@pytest.mark.parametrize("text", [
    "Follow the ICO’s Data Sharing Code when you set up an agreement.",
    "See Data sharing: a code of practice (ICO, 2020).",
])
def test_the_ico_data_sharing_code_of_2020_is_the_statutory_code(catalog: Catalog, text: str) -> None:
    assert [c.basis for c in cite(catalog, text)] == ["ico-data-sharing-code-of-practice"]


def test_a_local_data_sharing_code_is_not_the_icos(catalog: Catalog) -> None:
    assert cite(catalog, "Our data sharing code for staff is set out below.") == []


# ---------------------------------------------------------------------------------------------
# Cases


def test_a_case_in_an_appendix_is_set_where_its_first_sentence_takes_place() -> None:
    cases = find_case_examples(unseen("trust-safeguarding-policy-appendices.txt"))
    assert [c.setting for c in cases] == ["Emergency department"]


def test_a_practice_reviews_what_happened_is_its_case() -> None:
    cases = find_case_examples(unseen("cspr-learning-summary.md"))
    assert [(c.number, c.setting, c.passage_ids) for c in cases] == [
        (1, "Child M", ("cspr-learning-summary/s3/p1",))]
    assert cases[0].scenario.startswith("Child M lived with his mother and her partner.")


def test_what_happened_outside_a_review_or_inside_a_case_is_no_new_case() -> None:
    plain = markdown("# Incident log\n\n## What happened\n\nThe server went down for an hour.\n")
    assert find_case_examples(plain) == []
    flat = find_case_examples(unseen("case-studies-flat.md"))
    assert [c.setting for c in flat] == ["Bruising on a baby seen by a health visitor", "A teenager sofa surfing"]


def test_national_procedures_named_without_a_year_are_catalogued(catalog: Catalog) -> None:
    """"It should be read alongside the Wales Safeguarding Procedures.": no year, no reference list."""
    assert ("wales-safeguarding-procedures", None) in guidance(unseen("bilingual-welsh-english.html"), catalog)
    assert ("cooperating-to-safeguard-children-and-young-people-ni", 2017) in guidance(
        unseen("sbni-info-sharing.txt"), catalog)
    assert guidance(unseen("wales-procedures-duty-to-report.html"), catalog) == [("waspi", None)]
