"""Each corpus document's passage index documents, kept between builds: a rebuild after editing one
document makes that document's again and loads the others.

A passage's index document (`index_docs.PassageTables`) is made from its document's own chunks of
the graph (the document, its sections, passages and citations: `chunks.DOCUMENT_KINDS`), the
names and ids of the law, and what the records link to its passages (case examples, myths,
principles, guidance) and say of its document (where and when it applies). An entry's key hashes
all of that, with the code, so a key that matches gives what making them again would give; that
is what lets a rebuild skip reading the whole graph for them (most of the index stage's time on a
large corpus). The chunks' digests are those `chunks.chunk_graph` computed or kept, so keying by
them costs nothing more.

The entries sit in `.NAME-cache/passages/` beside the output, with the other caches: pickles
written atomically, with a checksum; one that cannot be read is made again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guidegraph.chunks import Chunk, EntryFolder
from guidegraph.index_docs import EntityLinks, PassageTables, Places

if TYPE_CHECKING:
    from rdflib import Graph

log = logging.getLogger(__name__)

# The kinds of chunk a passage's index document is read from (see PassageTables).
SOURCE_KINDS = ("document", "section", "passage", "citation")
SUFFIX = ".passages"


def passage_cache_dir(out: Path) -> Path:
    """Where the passage index documents of the build output `out` are kept: `.NAME-cache/passages`."""
    from guidegraph.cache import cache_dir

    return cache_dir(out) / "passages"


def code_salt() -> str:
    """What every entry depends on besides its inputs: the tool's version and its code (all of it:
    the index documents are made by several modules, and a changed one must never be missed)."""
    import sys

    from guidegraph import __version__
    from guidegraph.cache import hash_tree
    from guidegraph.cache_files import installed_version

    digest = hashlib.blake2b(f"{__version__} {sys.version_info[:2]} rdflib=={installed_version('rdflib')}".encode(),
                             digest_size=16)
    hash_tree(digest, Path(__file__).resolve().parent, "*.py")
    return digest.hexdigest()


class PassageCache:
    """Passage index documents of earlier builds, by document; with `use=False` (`--clean`) it only writes."""

    def __init__(self, folder: Path, chunks: Sequence[Chunk], use: bool = True) -> None:
        self.entries = EntryFolder(folder, SUFFIX)
        self.chunks = chunks
        self.use = use
        self.reused = 0
        self.unit_keys: dict[str, str] = {}  # after `documents`: "passage:<slug>" -> the key of its documents

    def documents(self, graph: Graph, records: dict[str, list[dict[str, Any]]], places: Places) -> list[dict[str, Any]]:
        """Every passage's index document: each document's from the cache when its key is known,
        the others made from the graph (from the chunks of those documents only, when they are few)."""
        keys = self._keys(records, places)
        self.unit_keys = {f"passage:{slug}": key for slug, key in keys.items()}
        loaded = ((slug, self.entries.load_named(key, list)) for slug, key in keys.items()) if self.use else ()
        found = {slug: docs for slug, docs in loaded if docs is not None}
        missing = sorted(keys.keys() - found.keys())
        self.reused = len(found)
        made: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if missing or not keys:
            source = graph if len(missing) * 2 > len(keys) else self._subgraph(graph, missing)
            for document in PassageTables(source, records, places).documents():  # by the chunks' slug, the IRI's
                made[document["data"]["ref"].split("/", 1)[0]].append(document)
        for slug in missing:
            self.entries.save_named(keys[slug], made.get(slug, []))
        self.entries.prune(keys.values())
        log.info("index: reused the passages of %d of %d documents", self.reused, len(keys))
        fresh = [docs for slug, docs in made.items() if slug not in found]  # every one, if from the whole graph
        return [document for docs in [*found.values(), *fresh] for document in docs]

    def _keys(self, records: dict[str, list[dict[str, Any]]], places: Places) -> dict[str, str]:
        """Each corpus document's key: its own chunks' digests, what the records say of it and link
        to its passages, the names of the law, and the code."""
        digests: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
        for chunk in self.chunks:
            kind, _, slug = chunk.key.partition("/")
            if kind in SOURCE_KINDS and slug:
                digests[slug].append((kind, chunk.digest, len(chunk.subjects)))
        links = _links_by_document(EntityLinks(records))
        head = json.dumps([code_salt(), sorted(places.basis_ids.items()), sorted(places.provision_ids.items()),
                           sorted(places.basis_titles.items()), sorted(places.provision_titles.items())])
        keys = {}
        for slug, own in digests.items():
            parts = [head, sorted(own), sorted(places.jurisdictions.get(slug, ())), places.dates.get(slug),
                     links.get(slug, [])]
            keys[slug] = hashlib.blake2b(json.dumps(parts).encode(), digest_size=20).hexdigest()
        return keys

    def _subgraph(self, graph: Graph, slugs: Iterable[str]) -> Graph:
        """The documents' own chunks (`SOURCE_KINDS`) of `graph`, as a graph of their own."""
        from guidegraph.store import new_graph

        wanted = {f"{kind}/{slug}" for slug in slugs for kind in SOURCE_KINDS}
        part = new_graph()
        part.store.addN((subject, predicate, value, part) for chunk in self.chunks if chunk.key in wanted
                        for subject in chunk.subjects for predicate, value in graph.predicate_objects(subject))
        return part


def _links_by_document(links: EntityLinks) -> dict[str, list[Any]]:
    """What the records link to each passage, grouped by the passage's document."""
    grouped: dict[str, list[Any]] = defaultdict(list)
    for passage_id in sorted(links.ids.keys() | links.context.keys()):
        ids = links.ids.get(passage_id, set())
        grouped[passage_id.split("/", 1)[0]].append(
            [passage_id, sorted(ids), links.context.get(passage_id, []), bool(ids & links.cases_with_law)])
    return grouped

