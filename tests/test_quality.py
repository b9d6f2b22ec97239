"""The gold scorer, on a tiny synthetic corpus and gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guidegraph.gold import GoldCitation, Score, seed_files
from guidegraph.model import (
    Block,
    CaseExample,
    Citation,
    Document,
    Extraction,
    Metadata,
    MythStatement,
    PrincipleStatement,
    ProvisionRef,
    SegmentedDocument,
)
from guidegraph.quality import evaluate, format_report, gold_provisions, score_citations
from guidegraph.segment import segment

SEED = "000_seed.txt"
S11 = "Section 11 of the Children Act 2004"
LEGAL = {"children-act-1989", "children-act-2004", "echr", "mappa"}


@pytest.fixture
def doc(tmp_path: Path) -> SegmentedDocument:
    """Line 1 a heading, lines 3 and 5 paragraphs, lines 7-8 one list (lead-in and item)."""
    path = tmp_path / "doc.txt"
    path.write_text("", encoding="utf-8")
    (tmp_path / "doc.toml").write_text(f'original_file = "{SEED}"\n', encoding="utf-8")
    blocks = (Block("heading", "The Children Act 2004", 1, 1, level=2),
              Block("paragraph", "Section 11 of the Children Act 2004 applies.", 3, 3),
              Block("paragraph", "Article 8 of the Convention; a person with parental responsibility.", 5, 5),
              Block("paragraph", "Useful:", 7, 7), Block("item", "MAPPA", 8, 8, marker="-"))
    meta = Metadata("doc", "Doc", "P", "2020", ("England",), (), "", "", "full", path)
    return segment(Document(meta, blocks))


def row(line: int, quote: str, target: str, provision: str | None = None, mention: str = "explicit",
        category: str = "A") -> GoldCitation:
    return GoldCitation(SEED, line, quote, target, provision, mention, category)


def citation(doc: SegmentedDocument, index: int, basis: str, text: str, line: int,
             provision: tuple[str, str] | None = None, kind: str = "explicit", heading: str | None = None,
             start: int = 0) -> Citation:
    ref = ProvisionRef(basis, *provision) if provision else None
    return Citation(doc.passages[index].id, basis, ref, text, start, start + len(text), kind, line,
                    heading=heading)


GOLD = [
    row(1, "The Children Act 2004", "children-act-2004"),
    row(3, "Section 11 of the Children Act 2004", "children-act-2004", "section 11"),
    row(5, "Article 8 of the Convention", "echr", "article 8(1)"),
    row(5, "a person with parental responsibility", "children-act-1989", "section 3", "implicit"),
    row(8, "MAPPA", "mappa", None, "explicit", "B"),
    row(20, "The Data Protection Act 1998", "children-act-1989"),  # a line no passage holds
    row(3, "Section 99 of this guidance", "trap:section of guidance", None, "trap", "D"),
]


def test_perfect_extraction_scores_one_and_unreachable_rows_are_apart(doc: SegmentedDocument) -> None:
    heading = doc.sections[0].id
    cites = (citation(doc, 0, "children-act-2004", "The Children Act 2004", 1, heading=heading),
             citation(doc, 0, "children-act-2004", S11, 3, ("section", "11")),
             citation(doc, 1, "echr", "Article 8 of the Convention", 5, ("article", "8"), "anaphoric"),
             citation(doc, 2, "mappa", "MAPPA", 8, start=8))
    report = score_citations(Extraction(citations=cites), [doc], GOLD, LEGAL)
    instrument, provision = report.score("legal bases (instrument)"), report.score("legal bases (provision)")
    assert (instrument.tp, instrument.fp, instrument.fn, instrument.unreachable) == (4, 0, 0, 1)
    assert (instrument.precision, instrument.recall, instrument.recall_all) == (1.0, 1.0, 0.8)
    assert (provision.tp, provision.fp, provision.fn) == (2, 0, 0)  # "article 8(1)" quoted as "Article 8"
    assert report.by_seed["legal bases (instrument)"][SEED].tp == 4


def test_mistakes_and_neutral_kinds(doc: SegmentedDocument) -> None:
    cites = (citation(doc, 0, "children-act-1989", S11, 3, ("section", "11")),
             citation(doc, 1, "children-act-1989", "parental responsibility", 5, ("section", "3"),
                      "provision-only"),
             citation(doc, 1, "echr", "the Convention", 5, None, "implicit"))
    report = score_citations(Extraction(citations=cites), [doc], GOLD, LEGAL)
    instrument, provision = report.score("legal bases (instrument)"), report.score("legal bases (provision)")
    # wrong target: one false positive; the implicit row matched is neutral; implicit predictions unscored
    assert (instrument.tp, instrument.fp, instrument.fn) == (0, 1, 4)
    assert (provision.tp, provision.fp, provision.fn) == (0, 1, 2)
    assert any("Section 11" in line for line in report.wrong)
    assert any("l.1 'The Children Act 2004'" in line for line in report.missed)


def test_a_mention_with_two_provisions_counts_once_per_instrument(doc: SegmentedDocument) -> None:
    cites = tuple(citation(doc, 0, "children-act-2004", S11, 3, ("section", n)) for n in ("11", "10"))
    report = score_citations(Extraction(citations=cites), [doc], GOLD, LEGAL)
    instrument = report.score("legal bases (instrument)")
    assert (instrument.tp, instrument.fp) == (1, 0)


def test_gold_provisions_are_scored_as_the_quote_writes_them() -> None:
    assert gold_provisions(row(1, "Sections 17 and 47 of the Act", "x", "sections 17 and 47")) == [
        (("section", "17"), True), (("section", "47"), True)]
    assert gold_provisions(row(1, "Section 434 (4)", "x", "section 434(4)")) == [
        (("section", "434(4)"), True)]
    assert gold_provisions(row(1, "Article 8[2]", "x", "article 8(2)")) == [(("article", "8(2)"), True)]
    assert gold_provisions(row(1, "the GDPR which allow", "x", "article 9 (special category data)")) == [
        (("article", "9"), False)]
    assert gold_provisions(row(1, "Section 15 of", "x", "2011 edition, Sections 15 and 10")) == []
    assert gold_provisions(row(1, "under the Human Rights Act 1998", "x", "schedule 1")) == [
        (("schedule", "1"), False)]


def test_seed_files_from_sidecar_or_position(doc: SegmentedDocument, tmp_path: Path) -> None:
    assert seed_files([doc], [SEED, "001_other.txt"]) == {"doc": SEED}
    (tmp_path / "doc.toml").unlink()
    assert seed_files([doc], ["001_other.txt", "002_x.txt"]) == {"doc": "001_other.txt"}


def _gold_dir(tmp_path: Path) -> Path:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "legislation_citations.jsonl").write_text(
        "\n".join(json.dumps(r.__dict__) for r in GOLD), encoding="utf-8")
    extraction_gold = {
        "myths": {"statements": {"consent": "Consent is always needed to share personal information"},
                  "by_seed": {SEED: ["consent"]}},
        "principle_sets": {
            "seven-golden-rules": {"by_seed": {SEED: {"items": 2}},
                                   "rule_keys": ["not a barrier", "keep a record"]},
            "caldicott-principles": {"by_seed": {SEED: {"items": 2, "heading_says": "one"}}},
            "information-sharing-principles": {"by_seed": {SEED: {"items": ["Necessary", "Secure"]}}},
            "key-principles-2005": {"by_seed": {}},
        },
        "case_examples": {"seed": SEED, "items": [
            {"n": 1, "setting": "Schools", "section": "10.3", "starts": "A Year Head is concerned"}]},
        "jurisdictions": {SEED: {"covers": ["England"]}},
        "guidance_cited": {"examples": ["Working Together to Safeguard Children"]},
    }
    (gold / "extraction_gold.json").write_text(json.dumps(extraction_gold), encoding="utf-8")
    return gold


def test_empty_extraction_scores_zero_everywhere_but_metadata(doc: SegmentedDocument, tmp_path: Path) -> None:
    report = evaluate(Extraction(), [doc], LEGAL, _gold_dir(tmp_path))
    for score in report.scores:
        if score.name != "jurisdictions":  # read from the documents' metadata
            assert score.tp == 0 and score.precision == 0.0, score
    assert report.score("jurisdictions").recall == 1.0
    table = format_report(report)
    assert table.splitlines()[0].split()[:3] == ["kind", "tp", "fp"] and "myths" in table


def test_other_kinds_are_scored_from_the_extraction(doc: SegmentedDocument, tmp_path: Path) -> None:
    pid = doc.passages[0].id
    extraction = Extraction(
        myths=(MythStatement("m1", "Consent is always needed to share personal information",
                             "No - not always", "no", "doc", pid, pid),),
        principles=(PrincipleStatement("seven-golden-rules", 1, "It is not a barrier", "doc", pid, 3),
                    PrincipleStatement("seven-golden-rules", 2, "Be open and honest", "doc", pid, 3),
                    PrincipleStatement("information-sharing-principles", 2, "Secure: share securely", "doc",
                                       pid, 3)),
        case_examples=(CaseExample("doc", 1, "Schools", "10.3", "A Year Head is very concerned about",
                                   "Share", "Helped", "", (pid,)),),
    )
    report = evaluate(extraction, [doc], LEGAL, _gold_dir(tmp_path))
    assert report.score("myths (statement + answer)") == Score("myths (statement + answer)", 1, 0, 0)
    rules = report.score("principles: seven-golden-rules")
    assert (rules.tp, rules.fp, rules.fn) == (1, 1, 1)  # rule 2 is "keep a record", not "be open"
    assert report.score("principles: information-sharing-principles").tp == 1
    assert report.score("case examples").tp == 1
    parts = report.score("case examples: parts")
    assert (parts.tp, parts.fn) == (5, 0)
