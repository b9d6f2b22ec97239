"""Outlook messages (`tests/fixtures/unseen/*.msg`, written by `msg-sources/make_msg_fixtures.py`),
read and extracted from as a careful reader would.

* `ravensfold-scp-practice-bulletin-outlook.msg`: a partnership's April practice bulletin in HTML
  (with Outlook's plain copy beside it), its leaflet attached as a PDF. Sections: the title (h1), "Why
  sharing matters", "The law that lets you share", "Myth of the month" ("Myth: Data protection law
  stops me sharing information with other agencies." answered "Fact: Data protection law is not a
  barrier ..."), "Our leaflet for practitioners". Law: Children Act 2004 s11, DPA 2018 Schedule 8, UK
  GDPR Article 6(1)(e). Not read: the plain copy, the PDF (a warning names it).
* `wrenmoor-legal-advice-disclosure-reply-outlook.msg`: a council solicitor's plain-text reply on a
  police request, the social worker's question quoted below under Outlook's header block. Law: Crime
  and Disorder Act 1998 s115, DPA 2018 Schedule 2 paragraph 2.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import UNSEEN, unseen, unseen_cited_provisions, unseen_passages, unseen_sections

from guidegraph.catalog import Catalog
from guidegraph.extract.myths import find_myths
from guidegraph.model import MythStatement

BULLETIN = "ravensfold-scp-practice-bulletin-outlook.msg"
LEGAL = "wrenmoor-legal-advice-disclosure-reply-outlook.msg"


def _myths(name: str) -> dict[str, MythStatement]:
    return {m.statement: m for m in find_myths([unseen(name)])}


def test_the_bulletins_sections() -> None:
    assert [title for _, title in unseen_sections(BULLETIN)] == [
        "Practice Bulletin, April 2025: Sharing information with other agencies", "Why sharing matters",
        "The law that lets you share", "Myth of the month", "Our leaflet for practitioners"]


def test_the_bulletins_myth_of_the_month_and_its_answer() -> None:
    myths = _myths(BULLETIN)
    assert list(myths) == ["Data protection law stops me sharing information with other agencies"]
    [myth] = myths.values()
    assert myth.verdict == "no"
    assert myth.answer.startswith("Data protection law is not a barrier to sharing information to keep a child safe.")
    assert myth.answer.endswith("record what you shared and why.")


def test_the_bulletins_law(catalog: Catalog) -> None:
    assert unseen_cited_provisions(BULLETIN, catalog) >= {
        ("children-act-2004", "section 11"), ("data-protection-act-2018", "schedule 8"), ("gdpr", "article 6(1)(e)")}


def test_the_legal_replys_law_and_no_signature(catalog: Catalog) -> None:
    assert {("crime-and-disorder-act-1998", "section 115"),
            ("data-protection-act-2018", "schedule 2 paragraph 2")} <= unseen_cited_provisions(LEGAL, catalog)
    texts = unseen_passages(LEGAL)
    assert not [t for t in texts if "Kind regards" in t or "Sent:" in t or "Senior Solicitor" in t]
    assert not _myths(LEGAL)


def test_a_build_names_the_attachment_it_did_not_read(tmp_path: Path) -> None:
    from guidegraph.build import build
    from guidegraph.config import load_config

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (BULLETIN, LEGAL):
        for path in UNSEEN.glob(f"{Path(name).stem}.*"):
            shutil.copy(path, corpus / path.name)
    result = build(load_config(corpus=corpus, out=tmp_path / "build", site=False))
    assert result.documents == 2
    assert [w for w in result.warnings
            if w.endswith(f"{BULLETIN}: attachment not read: Ravensfold-sharing-information-leaflet.pdf; add it "
                          "to the corpus to read it")]
