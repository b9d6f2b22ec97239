"""Incremental write and validate: a rebuild redoes only the chunks that changed, and its graph
files and validation outcome are a clean build's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from test_trust_helpers import SECOND, SMALL, build_library, corpus_of

import guidegraph.export
import guidegraph.graph
import guidegraph.validate
from guidegraph.catalog import load_shapes
from guidegraph.chunks import EntryFolder, chunk_graph, encode, graph_cache_dir
from guidegraph.errors import ValidationError
from guidegraph.export import load_graph, write_all
from guidegraph.store import new_graph
from guidegraph.validate import validate_changes, validate_graph

GG = Namespace("https://w3id.org/guidegraph/ns#")
SCHEMA = Namespace("https://schema.org/")
ID = "https://w3id.org/guidegraph/id/"
GRAPH_FILES = ("graph.ttl", "graph.jsonld")
EDIT = "Practitioners should record why they decided to share, or not to share."
MARKER = "Marker paragraph for a broken passage."


def edit(path: Path, line: str = EDIT) -> None:
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}\n")


def graph_files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in GRAPH_FILES}


def write_cache(out: Path) -> Path:
    return graph_cache_dir(out) / "write"


def state_file(out: Path) -> Path:
    return graph_cache_dir(out) / "validate" / "last-conforming.pickle"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return corpus_of(tmp_path / "corpus", SMALL, SECOND)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counter:
    """How many chunks were serialised, and how many full validations ran (with the share of changes
    that makes a full validation cheaper raised: in a corpus of two documents one is half of it)."""
    counts: Counter = Counter()
    monkeypatch.setattr(guidegraph.validate, "FULL_FROM", 0.9)
    serialize_chunk, full = guidegraph.export._serialize_chunk, guidegraph.validate.validate_graph

    def serializing(*args: object) -> object:
        counts["serialised"] += 1
        return serialize_chunk(*args)

    def validating(*args: object, **kwargs: object) -> object:
        counts["full"] += 1
        return full(*args, **kwargs)

    monkeypatch.setattr(guidegraph.export, "_serialize_chunk", serializing)
    monkeypatch.setattr(guidegraph.validate, "validate_graph", validating)
    return counts


def clean_files(corpus: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "clean" / "build"
    build_library(corpus, out, clean=True)
    return graph_files(out)


# ---------------------------------------------------------------------------------------------
# Writing


def test_a_rebuild_after_an_edit_writes_a_clean_builds_graph_files(corpus: Path, tmp_path: Path,
                                                                    counted: Counter) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    chunks = len(list(write_cache(out).iterdir()))
    assert counted == {"serialised": chunks, "full": 1}
    counted.clear()
    edit(corpus / f"{SECOND}.txt")
    build_library(corpus, out)
    assert 0 < counted["serialised"] < chunks / 4, "only the edited document's chunks are serialised again"
    assert counted["full"] == 0, "the edit is validated incrementally"
    assert EDIT.encode() in (out / "graph.ttl").read_bytes()
    assert graph_files(out) == clean_files(corpus, tmp_path)
    assert len(list(write_cache(out).iterdir())) == chunks, "the entries of the edited chunks' old versions go"


def test_chunked_files_are_the_bytes_of_writing_the_graph_at_once(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    graph = load_graph(out / "graph.ttl")  # an Oxigraph-backed graph: chunk_graph through rdflib's API
    whole, chunked = tmp_path / "whole", tmp_path / "chunked"
    whole.mkdir()
    chunked.mkdir()
    write_all(graph, whole)
    cache = EntryFolder(tmp_path / "cache", ".chunk")
    write_all(graph, chunked, chunks=chunk_graph(graph), cache=cache)
    assert graph_files(chunked) == graph_files(whole)
    assert graph_files(chunked)["graph.ttl"].count(b"\n@prefix ") == len(list(graph.namespaces())) - 1
    assert isomorphic(load_graph(chunked / "graph.ttl"), graph)
    turtle, jsonld = (set(ox.parse(path=str(chunked / name), format=fmt))
                      for name, fmt in zip(GRAPH_FILES, (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD), strict=True))
    assert turtle == jsonld and len(turtle) == len(graph)


def test_an_empty_graph_gives_the_files_of_writing_it_at_once(tmp_path: Path) -> None:
    whole, chunked = tmp_path / "whole", tmp_path / "chunked"
    whole.mkdir()
    chunked.mkdir()
    write_all(new_graph(), whole)
    write_all(new_graph(), chunked, chunks=[], cache=None)
    assert graph_files(chunked) == graph_files(whole) == {"graph.ttl": b"", "graph.jsonld": b"[]"}


def test_a_corrupt_or_half_written_cache_entry_is_ignored(corpus: Path, tmp_path: Path, counted: Counter) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    entries = sorted(write_cache(out).iterdir())
    for number, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if number % 2 else data[:-1] + bytes([data[-1] ^ 1]))
    (write_cache(out) / ".leftover.chunk.tmp").write_bytes(b"from a build that was killed")
    state_file(out).write_bytes(state_file(out).read_bytes()[:-3])
    counted.clear()
    edit(corpus / f"{SECOND}.txt")
    build_library(corpus, out)
    assert counted == {"serialised": len(entries), "full": 1}, "every entry written again, a full validation"
    assert graph_files(out) == clean_files(corpus, tmp_path)
    names = [path.name for path in write_cache(out).iterdir()]
    assert len(names) == len(entries) and all(name.endswith(".chunk") for name in names), "the leftover is pruned"


def test_clean_ignores_the_caches_and_writes_them(corpus: Path, tmp_path: Path, counted: Counter) -> None:
    out = tmp_path / "build"
    build_library(corpus, out)
    reference = graph_files(out)
    entries = sorted(write_cache(out).iterdir())
    for entry in entries:  # intact entries of the wrong bytes: only a build that reads them is fooled
        entry.write_bytes(encode({"ttl": b"<urn:wrong> <urn:wrong> <urn:wrong> .\n", "jsonld": b"{}"}))
    counted.clear()
    build_library(corpus, out, clean=True)
    assert counted == {"serialised": len(entries), "full": 1}
    assert graph_files(out) == reference
    counted.clear()
    build_library(corpus, out)
    assert counted == {}, "the entries --clean wrote serve the next build"
    assert graph_files(out) == reference


# ---------------------------------------------------------------------------------------------
# Validating, in builds


def _break_marked_passages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The graph builder drops the text of any passage saying MARKER: a document edit that breaks a shape."""
    real = guidegraph.graph.build_graph

    def breaking(*args: object, **kwargs: object) -> Graph:
        graph = real(*args, **kwargs)
        for passage in list(graph.subjects(SCHEMA.text, Literal(MARKER))):
            graph.remove((passage, SCHEMA.text, None))
        return graph

    monkeypatch.setattr(guidegraph.graph, "build_graph", breaking)


def test_an_edit_that_breaks_a_shape_fails_the_rebuild_as_a_clean_build(
        corpus: Path, tmp_path: Path, counted: Counter, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_marked_passages(monkeypatch)
    out = tmp_path / "build"
    build_library(corpus, out)
    before, state = graph_files(out), state_file(out).read_bytes()
    counted.clear()
    edit(corpus / f"{SECOND}.txt", MARKER)
    with pytest.raises(ValidationError) as incremental:
        build_library(corpus, out)
    assert counted["full"] == 0
    with pytest.raises(ValidationError) as clean:
        build_library(corpus, tmp_path / "clean" / "build", clean=True)
    assert str(incremental.value) == str(clean.value)
    assert "1 violation(s)" in str(clean.value)
    assert f"{ID}passage/{SECOND}/" in str(clean.value) and "A passage needs exactly one non-empty" in str(clean.value)
    assert graph_files(out) == before and state_file(out).read_bytes() == state, "a failed build changes nothing"
    # Mended, the rebuild validates what changed since the last build that conformed.
    (corpus / f"{SECOND}.txt").write_text((corpus / f"{SECOND}.txt").read_text(encoding="utf-8")
                                          .replace(MARKER, EDIT), encoding="utf-8")
    counted.clear()
    build_library(corpus, out)
    assert counted["full"] == 0
    assert graph_files(out) == clean_files(corpus, tmp_path)


# ---------------------------------------------------------------------------------------------
# Validating, against a full validation, change by change

GRAPH = """
@prefix gg: <https://w3id.org/guidegraph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/guidegraph/id/> .

id:jurisdiction\\/england a gg:Jurisdiction ; skos:prefLabel "England"@en .
<http://www.legislation.gov.uk/id/ukpga/1998/29> a gg:LegalBasis ;
    skos:prefLabel "Data Protection Act 1998"@en ; gg:legalBasisType "ukpga" .
"""
DOCUMENT = """
id:document\\/{d} a gg:Document ;
    dcterms:title "D" ; dcterms:publisher "P" ; dcterms:date "2023"^^xsd:gYear ; dcterms:rights "r" ;
    dcterms:coverage id:jurisdiction\\/england ; gg:slug "{d}" ; gg:publishMode "full" .
id:section\\/{d}\\/s1 a gg:Section ;
    dcterms:isPartOf id:document\\/{d} ; gg:document id:document\\/{d} ; gg:sectionKey "s1" ;
    gg:level 1 ; gg:ordinal 1 ; gg:lineStart 1 ; gg:lineEnd 9 .
id:passage\\/{d}\\/s1\\/p1 a gg:Passage ;
    gg:document id:document\\/{d} ; gg:section id:section\\/{d}\\/s1 ; dcterms:isPartOf id:section\\/{d}\\/s1 ;
    schema:text "Share what is necessary." ; gg:ordinal 2 ; gg:lineStart 2 ; gg:lineEnd 3 ;
    gg:passageKind "paragraph" .
id:citation\\/{d}\\/s1\\/p1\\/c1 a gg:Citation ;
    gg:citedIn id:passage\\/{d}\\/s1\\/p1 ; gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29> ;
    gg:citedText "Data Protection Act 1998" ; gg:mentionKind "explicit" .
"""
DOCS = ("a", "b", "c", "d", "e", "f", "g", "h")  # enough that one changed document is a small change


def corpus_graph(*changes: tuple[str, str]) -> Graph:
    turtle = GRAPH + "".join(DOCUMENT.replace("{d}", d) for d in DOCS)
    for old, new in changes:
        assert old in turtle, old
        turtle = turtle.replace(old, new)
    graph = new_graph()
    graph.parse(data=turtle, format="turtle")
    return graph


def iri(kind: str, rest: str) -> str:
    return f"{ID}{kind}/{rest}"


CHANGES = {
    # the changed node's own shape
    "passage without text": ([('schema:text "Share what is necessary." ; gg:ordinal 2 ; gg:lineStart 2 ; '
                               'gg:lineEnd 3 ;\n    gg:passageKind "paragraph" .\nid:citation\\/c',
                               'gg:ordinal 2 ; gg:lineStart 2 ; gg:lineEnd 3 ;\n    gg:passageKind "paragraph" .\n'
                               'id:citation\\/c')],
                             [(iri("passage", "c/s1/p1"), "text")]),
    # a node of an unchanged chunk pointing to a changed one: passages and citations of document c
    # point to its section, which is no longer a gg:Section
    "section loses its class": ([("id:section\\/c\\/s1 a gg:Section ;", "id:section\\/c\\/s1 a gg:Thing ;")],
                                # the section, pointed to by dcterms:isPartOf, is neither a section nor a document
                                [(iri("passage", "c/s1/p1"), "section"), (iri("section", "c/s1"), "")]),
    # a node of an unchanged chunk pointing to one that went: the passages of document d lose their document
    "document removed": ([(DOCUMENT.replace("{d}", "d").split("id:section")[0], "\n")],
                         [(iri("document", "d"), ""), (iri("passage", "d/s1/p1"), "document"),
                          (iri("section", "d/s1"), "document")]),
    # a node no chunk describes, made a focus node (sh:targetObjectsOf) by a changed citation
    "citation to nothing": ([("gg:citedIn id:passage\\/e\\/s1\\/p1 ; gg:refersTo <http://www.legislation.gov.uk/id/ukpga/1998/29>",
                              "gg:citedIn id:passage\\/e\\/s1\\/p1 ; gg:refersTo <urn:nothing>")],
                            [("urn:nothing", "")]),
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_incremental_validation_finds_what_a_full_one_finds(change: str, shapes: Graph, tmp_path: Path,
                                                             counted: Counter) -> None:
    replacements, expected = CHANGES[change]
    folder = tmp_path / "validate"
    before = corpus_graph()
    assert validate_changes(before, shapes, chunk_graph(before), folder, "salt").conforms
    counted.clear()
    after = corpus_graph(*replacements)
    incremental = validate_changes(after, shapes, chunk_graph(after), folder, "salt")
    assert counted["full"] == 0, "validated incrementally"
    full = validate_graph(after, shapes, processes=1)
    assert incremental == full
    found = sorted((v.focus, v.path.rsplit("/", 1)[-1].rsplit("#", 1)[-1]) for v in incremental.violations)
    assert found == sorted(expected)


def test_nothing_changed_needs_no_validation_and_other_salt_a_full_one(shapes: Graph, tmp_path: Path,
                                                                       counted: Counter) -> None:
    folder = tmp_path / "validate"
    graph = corpus_graph()
    for salt, reuse, full in (("salt", True, 1), ("salt", True, 0), ("other", True, 1), ("other", False, 1)):
        counted.clear()
        assert validate_changes(graph, shapes, chunk_graph(graph), folder, salt, reuse=reuse).conforms
        assert counted["full"] == full, (salt, reuse)


def test_shapes_that_reach_further_get_a_full_validation(shapes: Graph, tmp_path: Path, counted: Counter) -> None:
    further = Graph()
    for triple in shapes:
        further.add(triple)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    further.add((URIRef("urn:shape"), sh.targetClass, GG.Passage))
    further.add((URIRef("urn:shape"), sh.node, URIRef("urn:other")))  # checks what a passage points to, in full
    graph = corpus_graph()
    changed = corpus_graph(('schema:text "Share what is necessary." ; gg:ordinal 2 ; gg:lineStart 2 ; gg:lineEnd 3 ;\n'
                            '    gg:passageKind "paragraph" .\nid:citation\\/a',
                            'schema:text "Share what is needed." ; gg:ordinal 2 ; gg:lineStart 2 ; gg:lineEnd 3 ;\n'
                            '    gg:passageKind "paragraph" .\nid:citation\\/a'))
    for using, full in ((shapes, 0), (further, 1)):
        folder = tmp_path / str(full)
        assert validate_changes(graph, using, chunk_graph(graph), folder, "salt").conforms
        counted.clear()
        assert validate_changes(changed, using, chunk_graph(changed), folder, "salt").conforms
        assert counted["full"] == full
    assert (URIRef(iri("passage", "a/s1/p1")), SCHEMA.text, Literal("Share what is needed.")) in changed
    assert (URIRef(iri("passage", "b/s1/p1")), SCHEMA.text, Literal("Share what is necessary.")) in changed


def test_the_shipped_shapes_allow_incremental_validation(shapes: Graph) -> None:
    """A shape that reaches further (sh:node, an inverse path) would make every build validate in full."""
    from guidegraph.validate import _local_shapes

    assert _local_shapes(shapes)
