"""The masthead: an organisation's name (and a bare label of the document's kind) above the title
is no section; a real first heading followed by another heading stays one."""

from __future__ import annotations

from pathlib import Path

from guidegraph.model import Block
from guidegraph.read import read_document
from guidegraph.read.masthead import without_masthead
from guidegraph.segment import segment

PUBLISHER = "Anytown Safeguarding Children Partnership"


def heading(text: str, line: int, level: int = 2, number: str | None = None) -> Block:
    return Block("heading", text, line, line, level, number)


def paragraph(text: str, line: int) -> Block:
    return Block("paragraph", text, line, line)


def kept(blocks: list[Block], publisher: str = PUBLISHER) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in without_masthead(blocks, publisher)]


def test_the_publishers_name_over_the_title_is_dropped_and_the_title_takes_its_level() -> None:
    blocks = [heading("ANYTOWN SAFEGUARDING CHILDREN PARTNERSHIP", 1, 1), heading("Information Sharing Protocol", 2),
              heading("Purpose", 4, 2, "1"), paragraph("This protocol sets out how we share.", 5)]
    assert kept(blocks) == [(1, "Information Sharing Protocol"), (2, "Purpose"), (0, blocks[3].text)]


def test_an_organisations_name_a_site_name_and_a_kind_label_are_masthead() -> None:
    blocks = [heading("Westbury City Council – Staff Intranet", 1, 1), heading("Data Subgroup", 2),
              heading("MINUTES", 3), paragraph("Meeting held on 1 May 2025.", 4), heading("Welcome", 6, 2, "1")]
    assert kept(blocks, "Westbury City Council") == [(0, "Meeting held on 1 May 2025."), (2, "Welcome")]


def test_a_real_first_heading_followed_by_another_heading_is_kept() -> None:
    blocks = [heading("Working Together to Safeguard Children 2023", 1, 1), heading("Information sharing", 2),
              paragraph("Practitioners should share information.", 3)]
    assert kept(blocks) == [(1, blocks[0].text), (2, blocks[1].text), (0, blocks[2].text)]
    police = [heading("Sharing Information with the Police", 1, 1), heading("Introduction", 2),
              paragraph("This guide is for staff.", 3)]
    assert kept(police) == [(1, police[0].text), (2, "Introduction"), (0, police[2].text)]


def test_an_organisations_name_over_text_is_no_masthead() -> None:
    # a heading with text under it is a section, whatever it names
    blocks = [heading(PUBLISHER, 1, 1), paragraph("The partnership is the council, the police and health.", 2)]
    assert kept(blocks) == [(1, PUBLISHER), (0, blocks[1].text)]


def test_an_organisations_name_after_text_is_kept() -> None:
    blocks = [paragraph("Published May 2025.", 1), heading("Anytown Police", 2), heading("Their duties", 3)]
    assert kept(blocks) == [(0, blocks[0].text), (2, "Anytown Police"), (2, "Their duties")]


def test_a_document_read_with_its_sidecar_opens_with_its_title(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text("Anytown Primary School\n\nINFORMATION SHARING POLICY\n\n1. Introduction\n\nThis policy "
                    "tells staff when they may share information.\n\n2. The law\n\nThe Children Act 2004 applies.\n",
                    encoding="utf-8")
    path.with_suffix(".toml").write_text(
        'title = "Information sharing policy"\npublisher = "Anytown Primary School"\ndate = "2024"\n'
        'jurisdictions = ["England"]\nlocal_areas = []\nsource_url = ""\nrights = "Public"\npublish = "full"\n',
        encoding="utf-8")
    sections = segment(read_document(path)).sections
    assert [(s.key, s.title, s.parent) for s in sections][:2] == [
        ("s1", "INFORMATION SHARING POLICY", None), ("1", "Introduction", "policy/s1")]


def test_the_dropped_lines_stay_on_the_document_and_in_the_graph(tmp_path: Path) -> None:
    # They head no section, but they say who the text is from: search keeps them as context.
    from guidegraph.catalog import load_catalog, load_ontology, load_shapes
    from guidegraph.graph import build_graph
    from guidegraph.model import Extraction
    from guidegraph.validate import validate_graph
    from guidegraph.vocab import GG, document_iri

    path = tmp_path / "minutes.txt"
    path.write_text("Anytown Safeguarding Children Partnership\n\nMINUTES\n\nSharing information with schools\n\n"
                    "1. Welcome\n\nThe chair welcomed members.\n", encoding="utf-8")
    path.with_suffix(".toml").write_text(
        f'title = "Minutes"\npublisher = "{PUBLISHER}"\ndate = "2024"\njurisdictions = ["England"]\n'
        'local_areas = []\nsource_url = ""\nrights = "Public"\npublish = "full"\n', encoding="utf-8")
    document = read_document(path)
    assert document.masthead == ("Anytown Safeguarding Children Partnership", "MINUTES")
    plain = tmp_path / "plain.txt"
    plain.write_text("Sharing information with schools\n\n1. Welcome\n\nThe chair welcomed members.\n",
                     encoding="utf-8")
    plain.with_suffix(".toml").write_bytes(path.with_suffix(".toml").read_bytes())
    assert read_document(plain).masthead == ()
    graph = build_graph([segment(document), segment(read_document(plain))], Extraction(), load_catalog(),
                        load_ontology())
    assert [str(m) for m in graph.objects(document_iri("minutes"), GG.masthead)] == [
        "Anytown Safeguarding Children Partnership\nMINUTES"]
    assert not list(graph.objects(document_iri("plain"), GG.masthead))
    report = validate_graph(graph, load_shapes())
    assert report.conforms, report.summary()
