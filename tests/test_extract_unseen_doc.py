"""Guidance kept as Word 97-2003 documents (`tests/fixtures/unseen/`, written by
`doc-sources/make_doc_fixtures.py`), read first as a careful reader would, then what extraction finds.

* `thornleigh-primary-child-protection-policy-word97.doc`: a primary school's child protection policy
  kept as a .doc, its text in one 8-bit piece. Its title in Word's Title style; "Purpose of this
  policy", "Legal framework", "Sharing information" (over "Keep your worry to yourself?") and "The
  safeguarding team" in Word's heading styles; "The seven golden rules" (heading 2) listing the 2018
  rules in Word's automatic numbers; a generated table of contents, the school's crest, a
  hyperlink's field code and a running header, none of them text. Law: Education Act 2002 s175,
  Children Act 1989 s47, the DPA 2018 and UK GDPR named whole ("do not prevent"), and Children Act
  2004 s16H named only in the footnote marked in "Legal framework". Guidance: Keeping Children Safe
  in Education, Working Together 2023. Principles: the seven golden rules, 1 to 7. Nation: England.
* `glanafon-police-health-information-sharing-protocol-word2003.doc`: a Welsh police force and health
  board's information sharing protocol, its Welsh paragraphs in a UTF-16 piece. Its headings in the
  partners' house style based on "heading 1"; a table of lawful bases: Crime and Disorder Act 1998
  s115, UK GDPR Articles 6(1)(e) and 9(2)(g), DPA 2018 Schedule 1 paragraph 18, Social Services and
  Well-being (Wales) Act 2014 s130; "Sharing without consent" in clauses 3.1 to 3.3, each a
  numbered section of its own (as numbered paragraphs are read everywhere), its lettered sub-items
  with the clause that leads into them. Guidance: the Wales Safeguarding Procedures. Nation:
  Wales.
* `kestrelford-council-information-sharing-policy-word2003.doc`: a council's information sharing
  policy whose headings Word numbers through the list its heading styles link to ("1 Purpose", "1.1
  Scope", "2 The law on sharing information", "2.1 Sharing without consent" in a house style based on
  "heading 2"), so each is a numbered section; "Document control" taken out of the numbering. Its
  five steps in the "List Number" style. Law: Children Act 2004 s16H and Children Act 1989 s47, named
  only in the endnotes marking the law section's paragraph (read, as the .docx reader reads them,
  after that paragraph, numbered with the footnotes: "[1]", "[2]"). Guidance: Working Together 2023,
  in a footnote ("[3]"). Nation: England.

Then all three built as a partnership's own corpus: the golden rules are the graph's principle
statements, and the law the footnote and the endnotes name is cited by the policies.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    UNSEEN,
    unseen,
    unseen_cited_provisions,
    unseen_guidance,
    unseen_passages,
    unseen_sections,
    unseen_under,
)

from guidegraph.catalog import Catalog
from guidegraph.extract.principles import find_principles

POLICY = "thornleigh-primary-child-protection-policy-word97.doc"
PROTOCOL = "glanafon-police-health-information-sharing-protocol-word2003.doc"
COUNCIL = "kestrelford-council-information-sharing-policy-word2003.doc"


def test_the_policys_sections_and_text_under_them() -> None:
    assert [title for _, title in unseen_sections(POLICY)] == [
        "Thornleigh Primary School: Child Protection Policy", "Purpose of this policy", "Legal framework",
        "Sharing information", "Keep your worry to yourself?", "The seven golden rules", "The safeguarding team"]
    assert unseen_under(POLICY, "Legal framework")[0].startswith(
        "The governing body has a duty under section 175 of the Education Act 2002")


def test_the_policys_footnote_stays_with_the_sentence_it_marks(catalog: Catalog) -> None:
    under = " ".join(unseen_under(POLICY, "Legal framework"))
    assert "to supply the information they need for their work.[1]" in under
    assert "[1] Children Act 2004, s16H." in under
    assert ("children-act-2004", "section 16H") in unseen_cited_provisions(POLICY, catalog)


def test_the_policys_numbered_golden_rules_are_the_seven_principles() -> None:
    statements, _ = find_principles(unseen(POLICY))
    assert [(s.set_id, s.number) for s in statements] == [("seven-golden-rules", n) for n in range(1, 8)]
    assert statements[6].text.startswith("Keep a record of your decision and the reasons for it")
    assert unseen_under(POLICY, "The seven golden rules")[0].startswith("Staff follow the seven golden rules")


def test_the_policys_law_guidance_and_nation(catalog: Catalog) -> None:
    cited = unseen_cited_provisions(POLICY, catalog)
    assert {("education-act-2002", "section 175"), ("children-act-1989", "section 47"),
            ("data-protection-act-2018", None), ("gdpr", None)} <= cited
    assert {"keeping-children-safe-in-education", "working-together-to-safeguard-children"} <= unseen_guidance(
        POLICY, catalog)
    assert unseen(POLICY).meta.jurisdictions == ("England",)


def test_the_protocols_table_of_lawful_bases_is_cited(catalog: Catalog) -> None:
    sections = unseen_sections(PROTOCOL)
    assert [title for _, title in sections if not title.endswith("…")] == [
        "Glanafon Police and Glanafon University Health Board: Information Sharing Protocol", "Purpose",
        "Lawful bases for sharing", "Children at risk", "Sharing without consent", "Welsh language", "Review"]
    assert {("crime-and-disorder-act-1998", "section 115"), ("gdpr", "article 6(1)(e)"), ("gdpr", "article 9(2)(g)"),
            ("data-protection-act-2018", "schedule 1 paragraph 18"),
            ("social-services-and-well-being-wales-act-2014", "section 130")} <= unseen_cited_provisions(
        PROTOCOL, catalog)
    assert "wales-safeguarding-procedures" in unseen_guidance(PROTOCOL, catalog)
    assert unseen(PROTOCOL).meta.jurisdictions == ("Wales",)


def test_the_protocols_clauses_are_numbered_as_word_draws_them() -> None:
    keys = [key for key, _ in unseen_sections(PROTOCOL)]
    assert keys[keys.index("s5") + 1:keys.index("s5") + 4] == ["3.1", "3.2", "3.3"]
    assert unseen_passages(PROTOCOL, "3.2") == [
        "A partner may share without the family’s agreement where:\na child is suffering, or is likely to suffer, "
        "significant harm;\nasking would put a child or an adult at greater risk;\nasking would prejudice the "
        "prevention or detection of a crime.", "Record the decision and the reasons for it the same day."]
    assert unseen_passages(PROTOCOL, "3.3")[0].startswith(
        "When the police share under section 115 of the Crime and Disorder Act 1998, they:\nshare only")


def test_the_council_policys_headings_numbered_by_their_styles_are_numbered_sections() -> None:
    assert unseen_sections(COUNCIL) == [
        ("1", "Purpose"), ("1.1", "Scope"), ("1.2", "Who to ask for advice"), ("2", "The law on sharing information"),
        ("2.1", "Sharing without consent"), ("3", "How to share information safely"), ("4", "Recording decisions"),
        ("5", "Review"), ("s9", "Document control")]
    assert unseen_passages(COUNCIL, "1.1")[0].startswith("It applies to social workers")
    [steps] = unseen_passages(COUNCIL, "3")
    assert steps.startswith("Before you share, work through these steps:\nCheck the identity of the person or agency "
                            "asking")
    assert steps.endswith("Record what you shared, with whom, when and why.")


def test_the_council_policys_endnotes_name_its_law_in_the_section_relying_on_it(catalog: Catalog) -> None:
    assert unseen_passages(COUNCIL, "2")[1:] == [
        "[1] Children Act 2004, section 16H.", "[2] Children Act 1989, section 47."]
    assert {("children-act-2004", "section 16H"), ("children-act-1989", "section 47")} <= unseen_cited_provisions(
        COUNCIL, catalog)
    assert "working-together-to-safeguard-children" in unseen_guidance(COUNCIL, catalog)


# ---------------------------------------------------------------------------------------------
# Built as a partnership's own corpus


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    from guidegraph.build import build
    from guidegraph.config import load_config
    from guidegraph.pipeline import load_records

    folder = tmp_path_factory.mktemp("word97")
    corpus = folder / "corpus"
    corpus.mkdir()
    for name in (POLICY, PROTOCOL, COUNCIL):
        for path in (UNSEEN / name, (UNSEEN / name).with_suffix(".toml")):
            shutil.copy(path, corpus / path.name)
    build(load_config(corpus=corpus, out=folder / "build", site=False))
    return load_records(folder / "build")


def test_the_built_graph_holds_the_policys_golden_rules(records: dict[str, list[dict[str, Any]]]) -> None:
    rules = [r for r in records["principles"] if r["document"] == Path(POLICY).stem]
    assert [(r["set"], r["number"]) for r in rules] == [("seven-golden-rules", n) for n in range(1, 8)]
    assert rules[1]["text"].startswith("Be open and honest with the individual")


def test_the_built_graph_cites_the_law_in_the_policys_footnote(records: dict[str, list[dict[str, Any]]]) -> None:
    [provision] = [r for r in records["provisions"] if (r["legal_basis"], r["number"]) == ("children-act-2004", "16H")]
    assert {row["document"] for row in provision["cited_in"]} == {Path(POLICY).stem, Path(COUNCIL).stem}


def test_the_built_graph_finds_the_council_policys_sections_by_number_and_its_endnotes_law(
        records: dict[str, list[dict[str, Any]]]) -> None:
    """The enquiries the law section describes are section 47's, cited in its numbered section "2", where
    the endnotes naming its law are read too."""
    council = Path(COUNCIL).stem

    def cited_in(basis: str, number: str) -> set[str]:
        [provision] = [r for r in records["provisions"] if (r["legal_basis"], r["number"]) == (basis, number)]
        return {row["passage_id"] for row in provision["cited_in"] if row["document"] == council}

    assert {f"{council}/2/p1", f"{council}/2/p3"} <= cited_in("children-act-1989", "47")
    assert f"{council}/2/p2" in cited_in("children-act-2004", "16H")
