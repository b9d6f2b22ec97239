"""Cited guidance and nation-specific passages: the corpus, then reference layouts it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import bundled_by_slug, segmented_fixture

from guidegraph.catalog import Catalog, load_catalog
from guidegraph.extract.guidance import find_guidance
from guidegraph.extract.nations import find_nations, jurisdictions_named
from guidegraph.model import GuidanceRef, SegmentedDocument

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def fixture(name: str) -> SegmentedDocument:
    return segmented_fixture(FIXTURES / name)


@pytest.fixture(scope="module")
def corpus() -> dict[str, SegmentedDocument]:
    return bundled_by_slug()


def cited(doc: SegmentedDocument, catalog: Catalog) -> dict[str, GuidanceRef]:
    return {g.id: g for g in find_guidance(doc, catalog)}


# ---------------------------------------------------------------------------------------------
# The bundled corpus


def test_nspcc_lists_national_guidance_per_nation(corpus: dict, catalog: Catalog) -> None:
    refs = cited(corpus["nspcc-information-sharing-2015"], catalog)
    expected = {
        "hmg-information-sharing-advice": ("england", 2015, "HM Government"),
        "dhssps-confidentiality-code-ni": (
            "northern-ireland", 2012, "Department of Health, Social Services and Public Safety (DHSSPS)"),
        "cooperating-to-safeguard-children-ni": ("northern-ireland", 2003, None),
        "national-guidance-child-protection-scotland": ("scotland", 2014, "Scottish Government"),
        "getting-our-priorities-right": ("scotland", 2013, "Scottish Government"),
        "safeguarding-children-working-together-wales-2007": ("wales", 2007, "National Assembly for Wales"),
        "waspi": ("wales", None, None),
    }
    for guidance_id, (nation, year, publisher) in expected.items():
        ref = refs[guidance_id]
        assert ref.jurisdictions == (nation,), guidance_id
        assert ref.year == year, guidance_id
        if publisher:
            assert ref.publisher == publisher, guidance_id


def test_a_supplement_of_catalogued_guidance_cites_that_guidance(corpus: dict, catalog: Catalog) -> None:
    """"National guidance for child protection in Scotland 2014. Additional notes for practitioners:
    protecting disabled children ..." is a supplement to the national guidance, not a work of its own."""
    refs = cited(corpus["nspcc-information-sharing-2015"], catalog)
    supplement = "National guidance for child protection in Scotland 2014."
    assert not any(r.title.startswith(supplement) for r in refs.values())
    line = next(p.id for p in corpus["nspcc-information-sharing-2015"].passages if "Additional notes" in p.text)
    assert line in refs["national-guidance-child-protection-scotland"].passage_ids


def test_nspcc_reference_list_entries(corpus: dict, catalog: Catalog) -> None:
    refs = cited(corpus["nspcc-information-sharing-2015"], catalog)
    assert refs["working-together-to-safeguard-children"].year == 2015
    assert refs["gmc-protecting-children-2012"].publisher == "General Medical Council"
    roundtable = next(r for r in refs.values() if r.title.startswith("Roundtable report"))
    assert (roundtable.year, roundtable.publisher) == (2011, "Wales, A. and Hill, L.")
    scottish_page = next(r for r in refs.values() if r.publisher == "The Scottish Government")
    assert (scottish_page.title, scottish_page.jurisdictions) == ("Information sharing", ("scotland",))
    assert not any(r.title.startswith(("Copyright", "Tel", "http")) for r in refs.values())


def test_legal_bases_are_not_guidance(corpus: dict, catalog: Catalog) -> None:
    legal = {e.id for e in catalog.legal_bases()}
    for doc in corpus.values():
        assert not legal & set(cited(doc, catalog))


def test_pan_cheshire_cites_current_editions(corpus: dict, catalog: Catalog) -> None:
    refs = cited(corpus["pan-cheshire-information-sharing-2023"], catalog)
    assert refs["working-together-to-safeguard-children"].year == 2023
    assert refs["keeping-children-safe-in-education"].year == 2020
    assert refs["what-to-do-if-worried-child-abused"].year == 2015
    assert refs["hmg-information-sharing-advice"].year == 2018
    assert "professor-munros-review-of-child-protection" in refs
    assert "practice-guidance-on-sharing-adult-safeguarding-information" in refs
    assert len(refs["working-together-to-safeguard-children"].passage_ids) >= 3


def test_2005_guidance_cites_laming_and_what_to_do(corpus: dict, catalog: Catalog) -> None:
    refs = cited(corpus["cross-government-information-sharing-2005"], catalog)
    assert refs["laming-report"].year == 2003
    assert "what-to-do-if-worried-child-abused" in refs
    assert "dca-public-sector-data-sharing-guidance" in refs


def test_passage_ids_are_real_and_unique(corpus: dict, catalog: Catalog) -> None:
    for doc in corpus.values():
        passage_ids = {p.id for p in doc.passages}
        for ref in find_guidance(doc, catalog):
            assert ref.passage_ids and set(ref.passage_ids) <= passage_ids
            assert len(set(ref.passage_ids)) == len(ref.passage_ids)


def test_nspcc_nation_passages(corpus: dict) -> None:
    doc = corpus["nspcc-information-sharing-2015"]
    texts = {p.id: p.text for p in doc.passages}
    found = [(n.jurisdiction, texts[n.passage_id][:31]) for n in find_nations(doc)]
    assert {j for j, _ in found} == {"england", "northern-ireland", "scotland", "wales"}
    leads = [t for _, t in found if t.startswith("In ")]
    assert len(leads) == 8
    listed = [(j, t) for j, t in found if not t.startswith("In ")]
    assert ("northern-ireland", "Department of Health, Social Se") in listed
    assert ("england", "HM Government (2015) Informatio") in listed


def test_no_nation_passages_in_local_procedures(corpus: dict) -> None:
    for slug in ("halton-information-sharing", "surrey-information-sharing-2024"):
        assert find_nations(corpus[slug]) == []


# ---------------------------------------------------------------------------------------------
# Layouts the corpus does not have


def test_reference_list_on_a_procedures_page(catalog: Catalog) -> None:
    refs = cited(fixture("case-studies.html"), catalog)
    assert refs["working-together-to-safeguard-children"].year == 2023
    assert refs["hmg-information-sharing-advice"].publisher == "Department for Education"
    threshold = refs["threshold-guidance-for-practitioners"]
    assert (threshold.title, threshold.publisher, threshold.year) == (
        "Threshold guidance for practitioners", "Local Safeguarding Partnership", 2021)
    assert refs["escalation-policy"].year == 2022


def test_nation_lead_ins_headings_and_only(catalog: Catalog) -> None:
    doc = fixture("nations.txt")
    texts = {p.id: p.text for p in doc.passages}
    nations = [(n.jurisdiction, texts[n.passage_id].split()[0]) for n in find_nations(doc)]
    assert nations == [("scotland", "In"), ("wales", "In"), ("england", "This"),
                       ("northern-ireland", "Practitioners")]
    refs = cited(doc, catalog)
    assert refs["national-guidance-child-protection-scotland"].year == 2021
    assert refs["wales-safeguarding-procedures"].jurisdictions == ("wales",)
    assert refs["working-together-to-safeguard-children"].jurisdictions == ("england",)
    newer = refs["cooperating-to-safeguard-children-and-young-people-ni"]
    assert (newer.publisher, newer.year, newer.jurisdictions) == ("Department of Health", 2017,
                                                                  ("northern-ireland",))


def test_lower_case_prose_is_not_a_citation(catalog: Catalog) -> None:
    refs = cited(fixture("nations.txt"), catalog)
    wt = refs["working-together-to-safeguard-children"]
    assert len(wt.passage_ids) == 1  # "Agencies working together share ..." is not Working Together


def test_a_short_title_all_in_lower_case_in_running_text_is_no_citation(tmp_path: Path) -> None:
    """"part of keeping learners safe" is a phrase, not the Welsh Government's Keeping learners safe; the
    catalog's own lower-case label ("seven golden rules") still names its guidance."""
    path = tmp_path / "college.txt"
    path.write_text("Sharing information is part of keeping learners safe.\n\nWe follow Keeping learners safe.\n\n"
                    "We apply the seven golden rules.\n", encoding="utf-8")
    doc = segmented_fixture(path)
    texts = {p.id: p.text for p in doc.passages}
    found = {g.id: [texts[i] for i in g.passage_ids] for g in find_guidance(doc, load_catalog())}
    assert found["keeping-learners-safe"] == ["We follow Keeping learners safe."]
    assert found["hmg-information-sharing-advice"] == ["We apply the seven golden rules."]


@pytest.mark.parametrize(
    ("phrase", "nations"),
    [("England and Wales", ("england", "wales")), ("Northern  Ireland", ("northern-ireland",)),
     ("the UK", ("uk",)), ("Scotland", ("scotland",))],
)
def test_jurisdictions_named(phrase: str, nations: tuple[str, ...]) -> None:
    assert jurisdictions_named(phrase) == nations


def test_a_short_label_at_the_start_of_another_title_is_not_that_guidance(tmp_path: Path) -> None:
    """Wales's "Working Together to Safeguard People" is not England's "Working Together"."""
    path = tmp_path / "wales.txt"
    path.write_text("Read this with Working Together to Safeguard People and the Wales Safeguarding "
                    "Procedures.\n\nIt follows Working Together, the statutory guidance for England.\n",
                    encoding="utf-8")
    found = find_guidance(segmented_fixture(path), load_catalog())
    assert [(g.id, g.passage_ids) for g in found] == [("working-together-to-safeguard-people", ("wales/front/p1",)),
                                                      ("wales-safeguarding-procedures", ("wales/front/p1",)),
                                                      ("working-together-to-safeguard-children", ("wales/front/p2",))]


def test_sentence_case_welsh_title_and_content_headings_that_mention_guidance(tmp_path: Path) -> None:
    """"Working together to safeguard people" in sentence case is Wales's guidance too; list items
    under "Further information to inform decision making" are questions, not references."""
    path = tmp_path / "local.md"
    path.write_text("# Information sharing\n\nWorking together to safeguard people is the statutory guidance.\n\n"
                    "## Further information to inform decision making\n\nThey are:\n\n"
                    "1. Is there a legitimate purpose for you or your agency to share the information?\n"
                    "2. Does the information enable a person to be identified?\n"
                    "3. Is the information confidential?\n\n"
                    "## Further information\n\n- Information sharing: advice for practitioners (2024)\n",
                    encoding="utf-8")
    found = find_guidance(segmented_fixture(path), load_catalog())
    assert [(g.id, g.year) for g in found] == [("working-together-to-safeguard-people", None),
                                               ("hmg-information-sharing-advice", 2024)]


def test_references_as_a_pdf_and_a_procedures_page_write_them(tmp_path: Path) -> None:
    """A reference list whose first line a reader takes for a heading ("... Children 2023" over
    the other lines); a title dated "(Publisher, Year)"; a footnote whose superscript number the
    PDF's text lost; and guidance named after the law it explains, which is not that law."""
    path = tmp_path / "refs.txt"
    path.write_text("Introduction\n\nShare early, as reviews show.1\n\n1 Child Safeguarding Practice Review "
                    "Panel (2022) Child Protection in England: national review.\n\nRELATED GUIDANCE\n\n"
                    "Working Together to Safeguard Children 2023\nHome Office (2023) Domestic Violence "
                    "Disclosure Scheme statutory guidance\nInformation sharing: advice for practitioners "
                    "providing safeguarding services (HM Government, 2024)\n", encoding="utf-8")
    found = {g.id: (g.year, g.publisher) for g in find_guidance(segmented_fixture(path), load_catalog())}
    assert found == {
        "child-protection-in-england-national-review": (2022, "Child Safeguarding Practice Review Panel"),
        "working-together-to-safeguard-children": (2023, None),
        "domestic-violence-disclosure-scheme-statutory-guidance": (2023, "Home Office"),
        "hmg-information-sharing-advice": (2024, "HM Government"),
    }


def test_a_reference_lists_first_lines_read_as_headings_are_its_entries(catalog: Catalog, tmp_path: Path) -> None:
    """Two dated titles a text reader took for headings, over the list's other lines: entries both."""
    path = tmp_path / "refs.txt"
    path.write_text("Guidance\n\nRelated guidance\n\nWorking Together to Safeguard Children 2023\n"
                    "Keeping Children Safe in Education 2024\nHome Office (2015) Statutory Disclosure Guidance\n"
                    "Ministry of Justice (2024) MAPPA Guidance\n", encoding="utf-8")
    found = {g.id: g.year for g in find_guidance(segmented_fixture(path), catalog)}
    assert found["working-together-to-safeguard-children"] == 2023
    assert found["keeping-children-safe-in-education"] == 2024
