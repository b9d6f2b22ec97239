"""Web pages saved as one file (`tests/fixtures/unseen/*.mhtml`, `*.mht`, written by
`mhtml-sources/make_mhtml_fixtures.py`), read and extracted from as a careful reader would.

* `hollinbrook-council-sharing-information-page.mhtml`: a borough council's guidance for partners,
  saved by Chrome (quoted-printable HTML, its stylesheet, logo and a referral form in a frame as
  parts of their own). Sections: the title (h1), "When to share", "What the law says", "Myths and
  facts" (an accordion of two myths, each "Myth: ..." over "Fact: ..."), "Recording your decision",
  "Report a concern online". Law: Children Act 2004 s11, Children Act 1989 s47, UK GDPR Articles
  6(1)(e) and 9, DPA 2018 Schedule 1 para 18, Crime and Disorder Act 1998 s115. Not read: the cookie
  banner, header, navigation, breadcrumb, footer, the stylesheet, the logo, the frame's form.
* `ashmere-dunstow-nhs-trust-intranet-sharing-page.mht`: an NHS trust's intranet page saved by
  Internet Explorer (Windows-1252, base64). Sections: the title, "The duty to share", "Sharing
  without consent", "Case example: Baby L" (its lesson after "What we learned:"), "How to share and
  record". Law: Children Act 2004 s11, UK GDPR Article 9(2)(h), DPA 2018 Schedule 1 para 18,
  Children Act 1989 s47. Guidance: Working Together 2023. No myths.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import UNSEEN, unseen, unseen_cases, unseen_cited_provisions, unseen_guidance, unseen_sections

from guidegraph.catalog import Catalog
from guidegraph.extract.myths import find_myths
from guidegraph.model import MythStatement

COUNCIL = "hollinbrook-council-sharing-information-page.mhtml"
TRUST = "ashmere-dunstow-nhs-trust-intranet-sharing-page.mht"


def _myths(name: str) -> dict[str, MythStatement]:
    """The myths of one page, found on their own (the whole folder's take a while to read)."""
    return {m.statement: m for m in find_myths([unseen(name)])}


def test_the_council_pages_sections() -> None:
    assert [title for _, title in unseen_sections(COUNCIL)] == [
        "Sharing information about a child", "When to share", "What the law says", "Myths and facts",
        "Recording your decision", "Report a concern online"]


def test_the_council_pages_myths_and_their_facts() -> None:
    myths = _myths(COUNCIL)
    assert list(myths) == ["I need the parents’ consent before I can share a worry about their child",
                           "Data protection law stops me sharing information about a child"]
    consent, data_protection = myths.values()
    assert (consent.verdict, data_protection.verdict) == ("no", "no")
    assert consent.answer.startswith("You do not always need consent.")
    assert consent.answer.endswith("share without it and record why.")
    assert data_protection.answer.startswith("The UK GDPR and the Data Protection Act 2018 do not prevent you")


def test_the_council_pages_law(catalog: Catalog) -> None:
    assert unseen_cited_provisions(COUNCIL, catalog) >= {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18"), ("crime-and-disorder-act-1998", "section 115")}


def test_the_trusts_law_guidance_and_case(catalog: Catalog) -> None:
    assert unseen_cited_provisions(TRUST, catalog) >= {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"),
        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert "working-together-to-safeguard-children" in unseen_guidance(TRUST, catalog)
    assert not _myths(TRUST)
    [case] = unseen_cases(TRUST)
    assert case.setting == "Baby L"
    assert case.scenario.startswith("Baby L, aged 11 weeks, was brought to the emergency department")
    assert case.advice == ("bruising in a baby who is not yet mobile must always be shared, and checking the earlier "
                           "attendances is part of every assessment.")


def test_a_build_reads_both_saved_pages(tmp_path: Path) -> None:
    from guidegraph.build import build
    from guidegraph.config import load_config

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (COUNCIL, TRUST):
        for path in UNSEEN.glob(f"{Path(name).stem}.*"):
            shutil.copy(path, corpus / path.name)
    result = build(load_config(corpus=corpus, out=tmp_path / "build", site=False))
    assert result.documents == 2
    assert not [w for w in result.warnings if COUNCIL in w or TRUST in w]
