"""The `guidegraph` command: thin glue over the library. Heavy imports happen inside commands."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from guidegraph import __version__
from guidegraph.errors import EXIT_VALIDATION, ConfigError, GuidegraphError

log = logging.getLogger("guidegraph")

CORPUS_OPTION = click.option(
    "--corpus", type=click.Path(path_type=Path),
    help="Folder of guidance documents, its subfolders included (default: the bundled corpus).",
)
# A command that reads a build checks it against the folder it was built from (config.load_config)
BUILT_CORPUS_OPTION = click.option(
    "--corpus", type=click.Path(path_type=Path),
    help="Folder of guidance documents (default: the one the build was made from, else the bundled corpus).",
)
OUT_OPTION = click.option(
    "--out", type=click.Path(path_type=Path), help="Build output folder (default: build/)."
)
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format."
)


def _config(ctx: click.Context, **overrides: Any) -> Any:
    from guidegraph.config import load_config

    return load_config(ctx.obj.get("config_file"), **overrides)


def _reading_config(ctx: click.Context, **overrides: Any) -> Any:
    """The configuration of a command that reads the build: without --corpus, the build's own corpus."""
    from guidegraph.config import load_config

    return load_config(ctx.obj.get("config_file"), reads_build=True, **overrides)


def _say(message: str) -> None:
    click.echo(message, err=True)


def _progress(ctx: click.Context) -> Callable[[str], None] | None:
    """Where a command reports building first and other progress: standard error, unless --quiet."""
    return None if ctx.obj["quiet"] else _say


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="guidegraph")
@click.option("-v", "--verbose", count=True, help="More detail on standard error (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on standard error.")
@click.option("--config", "config_file", type=click.Path(path_type=Path), help="A guidegraph.toml to read.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool, config_file: Path | None) -> None:
    """Turn child-safeguarding information-sharing guidance into a knowledge graph to search and publish."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="guidegraph: %(message)s", stream=sys.stderr)
    ctx.obj = {"config_file": config_file, "quiet": quiet}


@main.command()
@CORPUS_OPTION
@OUT_OPTION
@click.option("--strict", is_flag=True,
              help="Fail on warnings (unparsed lists, PDFs with no text, documents with no metadata, ...).")
@click.option("--clean", is_flag=True,
              help="Build everything again, ignoring the caches beside the output (.OUT-cache/), which it "
                   "writes afresh.")
@click.option("--no-site", is_flag=True, help="Skip the static site.")
@click.pass_context
def build(ctx: click.Context, corpus: Path | None, out: Path | None, strict: bool, clean: bool, no_site: bool) -> None:
    """Build the graph, search index and site from the corpus into build/."""
    from guidegraph.build import build as run_build

    config = _config(ctx, corpus=corpus, out=out, strict=strict or None, clean=clean or None,
                     site=False if no_site else None)
    report = None if ctx.obj["quiet"] else (lambda stage: _say(f"  {stage} ..."))
    if report:
        _say(f"Building {config.corpus} -> {config.out}")
    result = run_build(config, report)
    if not ctx.obj["quiet"]:
        stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in result.timings.items())
        _say(f"  ({stages})")
        _say(
            f"Built {result.documents} documents, {result.passages} passages, {result.triples} triples "
            f"in {result.seconds:.1f}s -> {result.out}"
        )


@main.command()
@CORPUS_OPTION
@click.pass_context
def validate(ctx: click.Context, corpus: Path | None) -> None:
    """Check the corpus's graph against the SHACL shapes (exit 1 on a violation)."""
    from guidegraph.pipeline import validate_corpus

    config = _config(ctx, corpus=corpus)
    report = validate_corpus(config)
    click.echo(report.summary())
    if not report.conforms:
        ctx.exit(EXIT_VALIDATION)


@main.command("list")
@click.argument("kind", metavar="KIND", type=click.Choice(["documents", "legal-bases", "provisions", "myths",
                                                           "principles", "case-examples", "jurisdictions", "guidance"]))
@click.option("--document", "document", help="Only what belongs to or is cited in this document (slug).")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def list_(ctx: click.Context, kind: str, document: str | None, fmt: str, corpus: Path | None, out: Path | None) -> None:
    """List the entities of one KIND found in the corpus.

    \b
    KIND is documents, legal-bases, provisions, myths, principles,
    case-examples, jurisdictions or guidance.
    """
    from guidegraph.pipeline import list_records

    records = list_records(_reading_config(ctx, corpus=corpus, out=out), kind, document, report=_progress(ctx))
    if fmt == "json":
        _print_json(records)
        return
    for record in records:
        click.echo(_one_line(kind, record))
    if not ctx.obj["quiet"]:
        _say(f"{len(records)} {kind}")


def _one_line(kind: str, record: dict[str, Any]) -> str:
    extra = {
        "documents": lambda r: f"{r['date']}  {r['publisher']}",
        "legal-bases": lambda r: f"{r['status'] or ''}  cited {len(r['cited_in'])}x",
        "provisions": lambda r: f"cited {len(r['cited_in'])}x",
        "myths": lambda r: f"[{r['document']}] {r['answer'][:70]}",
        "principles": lambda r: f"[{r['document']}] {r['text'][:70]}",
        "case-examples": lambda r: f"[{r['section'] or ''}] {', '.join(r['legal_bases'])}",
        "jurisdictions": lambda r: ", ".join(r["documents"]),
        "guidance": lambda r: f"{r['year'] or ''}  cited {len(r['cited_in'])}x",
    }[kind](record)
    return f"{record['id']}\t{record['title']}\t{extra}"


@main.command()
@click.argument("query")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def sparql(ctx: click.Context, query: str, fmt: str, corpus: Path | None, out: Path | None) -> None:
    """Run a SPARQL QUERY (or @FILE) over the built graph."""
    from guidegraph.pipeline import run_sparql

    if query.startswith("@"):
        query = _read_query_file(Path(query[1:]))
    header, rows = run_sparql(_reading_config(ctx, corpus=corpus, out=out), query, report=_progress(ctx))
    if fmt == "json":
        _print_json([dict(zip(header, row, strict=True)) for row in rows])
        return
    click.echo("\t".join(header))
    for row in rows:
        click.echo("\t".join("" if v is None else v for v in row))


def _read_query_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ConfigError(f"{path}: cannot read the SPARQL query file ({reason})") from None


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "jsonld", "nt"]), default="ttl", show_default=True,
              help="Turtle, JSON-LD or N-Triples.")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to this file (default: stdout).")
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, corpus: Path | None, out: Path | None) -> None:
    """Export the built graph as Turtle, JSON-LD or N-Triples."""
    from guidegraph.pipeline import export_graph

    data = export_graph(_reading_config(ctx, corpus=corpus, out=out), fmt, output, report=_progress(ctx))
    if data is not None:
        sys.stdout.buffer.write(data)


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0 picks a free one).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def serve(ctx: click.Context, port: int, host: str, corpus: Path | None, out: Path | None) -> None:
    """Preview the static site over HTTP (it also works opened from disk), building first when stale."""
    from dataclasses import replace

    from guidegraph.build import build as run_build
    from guidegraph.build import ensure_built
    from guidegraph.site.serve import serve_site

    config = _reading_config(ctx, corpus=corpus, out=out)
    ensure_built(config, _progress(ctx))
    if not (config.out / "site" / "index.html").is_file():  # an earlier build ran with --no-site
        run_build(replace(config, site=True), _progress(ctx))
    try:
        serve_site(config.out / "site", host, port, report=_say)
    except OSError as error:  # port taken or privileged, unknown host: the user's to change
        reason = error.strerror or str(error)
        raise ConfigError(f"cannot listen on {host}:{port} ({reason}): choose another --port "
                          "(--port 0 picks a free one) or --host") from None


# --- search, which-act, myths, show, eval: answers read from the build's index ---------------

SEARCH_KINDS = ("passage", "legal-basis", "provision", "myth", "principle", "case-example", "guidance", "any")
LIMIT_OPTION = click.option("--limit", type=click.IntRange(1, 200), default=10, show_default=True,
                            help="How many results at most.")
JURISDICTION_OPTION = click.option("--jurisdiction", help="Only what applies in this jurisdiction or area "
                                   "(England, Wales, Scotland, Northern Ireland, UK, or a local area).")


@main.command()
@click.argument("query")
@click.option("--kind", type=click.Choice(SEARCH_KINDS), default="passage", show_default=True,
              help="What to search: passages, one kind of entity, or any.")
@JURISDICTION_OPTION
@click.option("--document", help="Only this document (slug).")
@LIMIT_OPTION
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def search(ctx: click.Context, query: str, kind: str, jurisdiction: str | None, document: str | None, limit: int,
           fmt: str, corpus: Path | None, out: Path | None) -> None:
    """Search the guidance: ranked passages with snippets, sources and the law they cite.

    QUERY is plain words; "quoted phrases" match exactly; kind:, document:, jurisdiction:, basis:
    and year: filter.
    """
    from guidegraph.answers import search as run_search

    hits = run_search(_reading_config(ctx, corpus=corpus, out=out), query, report=_progress(ctx), kind=kind,
                      jurisdiction=jurisdiction, document=document, limit=limit)
    if fmt == "json":
        _print_json(hits)
        return
    from guidegraph.answer_text import hits_text

    click.echo(hits_text(hits))


@main.command("which-act")
@click.argument("question")
@JURISDICTION_OPTION
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True, help="How many legal bases.")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def which_act(ctx: click.Context, question: str, jurisdiction: str | None, limit: int, fmt: str,
              corpus: Path | None, out: Path | None) -> None:
    """Which legal bases support the disclosure or duty QUESTION describes, with their evidence."""
    from guidegraph.answers import which_act as run_which_act

    bases = run_which_act(_reading_config(ctx, corpus=corpus, out=out), question, report=_progress(ctx),
                          jurisdiction=jurisdiction, limit=limit)
    if fmt == "json":
        _print_json(bases)
        return
    from guidegraph.answer_text import bases_text

    click.echo(bases_text(bases))


@main.command()
@click.argument("query", required=False)
@click.option("--limit", type=click.IntRange(1, 100), help="How many myths at most (default: all).")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def myths(ctx: click.Context, query: str | None, limit: int | None, fmt: str, corpus: Path | None,
          out: Path | None) -> None:
    """Every myth about information sharing with its answers; with QUERY, the myths it matches first."""
    from guidegraph.answers import myths as run_myths

    found = run_myths(_reading_config(ctx, corpus=corpus, out=out), query, report=_progress(ctx), limit=limit)
    if fmt == "json":
        _print_json(found)
        return
    from guidegraph.answer_text import myths_text

    click.echo(myths_text(found))


@main.command()
@click.argument("ref", metavar="ID|IRI")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def show(ctx: click.Context, ref: str, fmt: str, corpus: Path | None, out: Path | None) -> None:
    """Show one entity or passage (by id or IRI) with everything linked to it."""
    from guidegraph.answers import show as run_show

    entity = run_show(_reading_config(ctx, corpus=corpus, out=out), ref, report=_progress(ctx))
    if fmt == "json":
        _print_json(entity)
        return
    from guidegraph.answer_text import entity_text

    click.echo(entity_text(entity))


@main.command("eval")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--details", is_flag=True, help="Also list each question with its rank and top answers.")
@FORMAT_OPTION
@BUILT_CORPUS_OPTION
@OUT_OPTION
@click.pass_context
def eval_(ctx: click.Context, file: Path, details: bool, fmt: str, corpus: Path | None, out: Path | None) -> None:
    """Score a question FILE (the format of tests/data/public.json): hit rates and MRR per section."""
    from guidegraph.answers import open_answers
    from guidegraph.evaluate import evaluate, load_questions

    questions = load_questions(file)  # a bad question file fails before any build
    with open_answers(_reading_config(ctx, corpus=corpus, out=out), _progress(ctx)) as answers:
        report = evaluate(answers, questions, source=file)
    if fmt == "json":
        _print_json(report)
        return
    from guidegraph.answer_text import report_text

    click.echo(report_text(report, details))


def run() -> None:
    """Entry point that keeps user errors free of tracebacks."""
    try:
        main.main(standalone_mode=False)
    except GuidegraphError as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        _say("Aborted.")
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
