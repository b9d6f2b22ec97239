"""Saved e-mails (`tests/fixtures/unseen/*.eml`, written by `eml-sources/make_eml_fixtures.py`),
read and extracted from as a careful reader would.

* `kelbrook-scp-practice-bulletin-email.eml`: a partnership's March practice bulletin, sent as
  multipart/alternative (a short plain copy, and the HTML bulletin in quoted-printable with its logo
  shown inline), the revised Information Sharing Protocol attached as a PDF. Sections: the title
  (h1), "Why early sharing matters", "The law that lets you share", "Before you share, ask
  yourself" (three questions), "Myth of the month" ("Myth: I cannot share information about a child
  without their parents’ consent." answered "Fact: You do not always need consent. ..."),
  "Information Sharing Protocol". Law: Children Act 2004 s11, Children Act 1989 s47, UK GDPR Articles
  6(1)(e) and 9, DPA 2018 Schedule 1 para 18. Guidance: Working Together 2023, the 2024 advice. Not
  read: the plain copy, the headers, the logo, the PDF (a warning names it), the list's footer.
* `sallowby-primary-dsl-note-to-staff-email.eml`: a DSL's reminder to staff in Windows-1252 plain
  text, signed and quoting the question it answers; a calendar invitation attached. Law: the UK GDPR
  and the DPA 2018 named whole. Guidance: Keeping Children Safe in Education.
* `wrenfield-legal-advice-police-disclosure-email.eml`: a council solicitor's reply (subject in RFC
  2047 words, HTML in base64) on a police request, the request attached as a message of its own and
  read after the reply. Law: Crime and Disorder Act 1998 s115, DPA 2018 Part 3, Schedule 8 and
  Schedule 2 para 2, UK GDPR Article 6(1)(e).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import UNSEEN, unseen, unseen_cited_provisions, unseen_guidance, unseen_passages, unseen_sections

from guidegraph.catalog import Catalog
from guidegraph.extract.myths import find_myths
from guidegraph.model import MythStatement

BULLETIN = "kelbrook-scp-practice-bulletin-email.eml"
NOTE = "sallowby-primary-dsl-note-to-staff-email.eml"
LEGAL = "wrenfield-legal-advice-police-disclosure-email.eml"


def _myths(name: str) -> dict[str, MythStatement]:
    """The myths of one message, found on their own (the whole folder's take a while to read)."""
    return {m.statement: m for m in find_myths([unseen(name)])}


def test_the_bulletins_sections() -> None:
    assert [title for _, title in unseen_sections(BULLETIN)] == [
        "Practice Bulletin: Sharing information early", "Why early sharing matters", "The law that lets you share",
        "Before you share, ask yourself", "Myth of the month", "Information Sharing Protocol"]


def test_the_bulletins_myth_of_the_month_and_its_answer() -> None:
    myths = _myths(BULLETIN)
    assert list(myths) == ["I cannot share information about a child without their parents’ consent"]
    [myth] = myths.values()
    assert myth.verdict == "no"
    assert myth.answer.startswith("You do not always need consent.")
    assert myth.answer.endswith("share without it and record why you did.")


def test_the_bulletins_law_and_guidance(catalog: Catalog) -> None:
    assert unseen_cited_provisions(BULLETIN, catalog) >= {
        ("children-act-2004", "section 11"), ("children-act-1989", "section 47"), ("gdpr", "article 6(1)(e)"),
        ("data-protection-act-2018", "schedule 1 paragraph 18")}
    assert unseen_guidance(BULLETIN, catalog) == {"working-together-to-safeguard-children",
                                                  "hmg-information-sharing-advice"}


def test_the_notes_law_and_guidance(catalog: Catalog) -> None:
    assert {("gdpr", None), ("data-protection-act-2018", None)} <= unseen_cited_provisions(NOTE, catalog)
    assert "keeping-children-safe-in-education" in unseen_guidance(NOTE, catalog)
    assert not _myths(NOTE)


def test_the_legal_replys_law(catalog: Catalog) -> None:
    assert {("crime-and-disorder-act-1998", "section 115"), ("data-protection-act-2018", "schedule 8"),
            ("gdpr", "article 6(1)(e)")} <= unseen_cited_provisions(LEGAL, catalog)
    texts = unseen_passages(LEGAL)
    assert not [t for t in texts if "Kind regards" in t or "From:" in t or "Sent:" in t]


def test_a_build_names_the_attachments_it_did_not_read(tmp_path: Path) -> None:
    from guidegraph.build import build
    from guidegraph.config import load_config

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (BULLETIN, NOTE, LEGAL):
        for path in UNSEEN.glob(f"{Path(name).stem}.*"):
            shutil.copy(path, corpus / path.name)
    result = build(load_config(corpus=corpus, out=tmp_path / "build", site=False))
    assert result.documents == 3
    assert [w for w in result.warnings
            if w.endswith(f"{BULLETIN}: attachment not read: Information-Sharing-Protocol.pdf; add it to the corpus "
                          "to read it")]
    assert [w for w in result.warnings if "Staff safeguarding briefing 12 March.ics" in w]
