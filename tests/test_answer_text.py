"""The terminal renderings: what a trainer reads and copies into the next command."""

from __future__ import annotations

from guidegraph.answer_text import bases_text, entity_text, myths_text


def basis(**fields: object) -> dict:
    record = {"title": "Children Act 1989", "status": "in force", "superseded_by": None,
              "legislation_gov_uk": "ukpga/1989/41", "reason": "", "evidence": [], "provisions": []}
    return record | fields


def test_provisions_are_listed_by_their_own_label_under_their_act() -> None:
    text = bases_text([basis(provisions=[
        {"id": "ukpga/1989/41/section/47", "title": "Children Act 1989, section 47"},
        {"id": "ukpga/1989/41/section/17", "title": "Children Act 1989, section 17"},
    ])])
    assert text.splitlines() == [
        "1. Children Act 1989  [in force]",
        "   https://www.legislation.gov.uk/ukpga/1989/41",
        "   provisions: section 47; section 17",
    ]


def test_ids_are_never_broken_at_their_hyphens() -> None:
    record = {"id": "case-example/cross-government-information-sharing-2005/4",
              "title": "Case Example 4: " + "a school nurse and a health visitor talk " * 3}
    lines = entity_text({"kind": "case-example", "record": record, "links": {}}).splitlines()
    assert "   id: case-example/cross-government-information-sharing-2005/4" in lines
    assert all(not line.endswith("-") for line in lines)


def test_myths_text_shows_a_sources_own_wording_of_the_belief() -> None:
    myth = {"myth": "Consent is always needed to share personal information", "legal_bases": ["gdpr"], "sources": [
        {"document": "surrey", "passage_id": "surrey/s9/p1", "statement": "Consent is always needed to share "
         "personal information.", "answer": "No - you do not necessarily need consent."},
        {"document": "cheshire", "passage_id": "cheshire/s37/p1", "statement": "Consent is needed to share "
         "personal information", "answer": "No - you do not need consent."},
    ]}
    assert myths_text([myth]).splitlines() == [
        "MYTH: Consent is always needed to share personal information",
        "   surrey (surrey/s9/p1):",
        "      No - you do not necessarily need consent.",
        "   cheshire (cheshire/s37/p1):",
        "      as worded here: Consent is needed to share personal information",
        "      No - you do not need consent.",
        "   law: gdpr",
    ]


def test_a_basis_says_in_a_sentence_what_it_is() -> None:
    scope = "The main law on the care and protection of children. Section 47 covers enquiries."
    text = bases_text([basis(scope=scope)])
    assert "   what: The main law on the care and protection of children." in text.splitlines()
    assert "Section 47 covers" not in text
