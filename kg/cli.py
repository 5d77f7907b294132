"""The kg command line: build the graph from report files, then ask it questions. A thin layer over kg.api."""
from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path

import click

from kg import __version__
from kg.output import FORMATS, emit

log = logging.getLogger("kg")

FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                      help="table, json (one JSON array of row objects) or csv; default: from --out's suffix, "
                           "else table")
OUT = click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path),
                   help="write the rows to this file instead of the terminal (.csv, .json, .txt)")


def _default_db(ctx, param, value):
    from kg.api import DEFAULT_DB, default_db

    if value is None and not os.environ.get("KG_DB"):
        log.info("note: using ./%s (give --db or set KG_DB)", DEFAULT_DB)
    return Path(value) if value is not None else default_db()


DB = click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None, callback=_default_db,
                  help="the embedded (LadybugDB) database file [default: $KG_DB, else ./kg.lbdb]")


class UsageProblem(click.UsageError):
    """A usage error (exit code 2) that prints one line, without the usage text."""

    def show(self, file=None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True, file=file)


def _fail(e: Exception):
    """The one-line error for a problem the API reports: 2 for how kg was called, 1 for what went wrong."""
    from kg.api import KgUsageError

    if isinstance(e, KgUsageError):
        return UsageProblem(str(e))
    return click.ClickException(str(e))


def _open(db: Path):
    from kg import api

    try:
        return api.open(db)
    except api.KgError as e:
        raise _fail(e) from None


def _ask(db: Path, method: str, *args, **kwargs):
    """api.open(db).<method>(…), closed afterwards, with API problems as one-line errors."""
    from kg.api import KgError

    g = _open(db)
    try:
        return getattr(g, method)(*args, **kwargs)
    except KgError as e:
        raise _fail(e) from None
    finally:
        g.close()


def _with_store(db: Path, fn, *args):
    """fn(store, *args) on the database at db, for the commands that work on the store itself."""
    from kg.querylib import QueryError
    from kg.stores.ladybug import StoreError

    g = _open(db)
    try:
        return fn(g.store, *args)
    except (StoreError, QueryError) as e:
        raise click.ClickException(str(e)) from None
    finally:
        g.close()


def _read_graph(db: Path):
    return _with_store(db, lambda store: store.read_graph())


def _format(fmt: str | None, out: Path | None) -> str:
    if fmt:
        return fmt
    suffix = out.suffix.lower().lstrip(".") if out else ""
    return {"csv": "csv", "json": "json"}.get(suffix, "table")


@contextlib.contextmanager
def _written(out: Path, inputs: tuple[Path, ...] = ()):
    """A temporary path beside out (same suffix) that becomes out when the block succeeds; one-line errors for
    a missing folder, an output that is an input, or a failed write."""
    from kg.export.files import atomic_path, refuse_overwrite

    if not out.parent.is_dir():
        raise click.ClickException(f"no folder {out.parent} for {out}")
    try:
        refuse_overwrite(out, list(inputs))
    except ValueError as e:
        raise click.UsageError(str(e)) from None
    try:
        with atomic_path(out) as tmp:
            yield tmp
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from None


def show(frame, fmt: str | None = None, out: Path | None = None) -> None:
    """Rows to the terminal or to --out (written whole, then renamed into place)."""
    rows = frame.records() if hasattr(frame, "records") else frame
    columns = list(frame.columns) if hasattr(frame, "columns") else (list(rows[0]) if rows else [])
    fmt = _format(fmt, out)
    if out is None:
        emit(columns, rows, fmt)
        return
    with _written(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
        emit(columns, rows, fmt, f)
    log.info("wrote %d rows to %s", len(rows), out)


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="kg")
@click.option("-v", "--verbose", count=True, help="say more on stderr (-vv: debugging)")
@click.option("-q", "--quiet", count=True, help="say less: -q only warnings and skipped files, -qq only errors")
def main(verbose: int, quiet: int) -> None:
    """Knowledge graph of places, strategies and programs from government work reports (政府工作报告)."""
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(max(logging.DEBUG, min(logging.ERROR, logging.INFO - 10 * verbose + 10 * quiet)))


def _columns(text_column, place_column, year_column, title_column):
    from kg.readers.tables import Columns

    return Columns(text_column, place_column, year_column, title_column)


TABLE_OPTIONS = [
    click.option("--text-column", help="tables: the column holding the report text (default: found by name)"),
    click.option("--place-column", help="tables: the column naming the issuing place (a hint the text confirms)"),
    click.option("--year-column", help="tables: the column giving the year (a hint the text confirms)"),
    click.option("--title-column", help="tables: the column giving the title"),
]


def table_options(fn):
    for option in reversed(TABLE_OPTIONS):
        fn = option(fn)
    return fn


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV or JSON with file, issuer, year [, report] overriding what is inferred")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="extraction processes (0: one per core)")
@click.option("--learned", is_flag=True,
              help="add the trained recognizer, merged by type as extractors/learned.py MODES says (today: "
                   "its projects joined to the rules' where no rule match stands; every other type the rules alone)")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="where extraction runs: forked local processes, or a Dask cluster (pip install 'kg-gov-reports[cluster]')")
@click.option("--address", help="dask: the scheduler (tcp://host:8786); without it a local cluster of --workers")
@click.option("--prune", is_flag=True, help="drop the reports of the database whose files are not among PATHS")
@table_options
def build(paths: tuple[Path, ...], db: Path, manifest: Path | None, workers: int, learned: bool, engine: str,
          address: str | None, prune: bool, **columns) -> None:
    """Read report files and folders, extract what is new or changed, and write the database (replaced only on
    success). Shards of extracted reports are kept in .DB.build/ beside the database."""
    from kg import api

    bar = None

    def start(total: int) -> None:
        nonlocal bar
        bar = click.progressbar(length=max(total, 1), label="reading and extracting", file=sys.stderr,
                                show_pos=False, show_eta=True, info_sep="  ")
        bar.__enter__()

    try:
        built = api.build(paths, db, manifest, workers, _columns(**columns), progress=lambda n: bar.update(n),
                          on_start=start, learned=learned, engine=engine, address=address, prune=prune)
    except api.KgError as e:
        raise _fail(e) from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    log.warning("built %s: %d reports (%d extracted, %d from shards), %d nodes, %d relationships%s", built.db,
                built.reports, built.extracted, built.reports - built.extracted, built.nodes, built.relationships,
                f", {len(built.skipped)} paths skipped" if built.skipped else "")


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--width", type=click.IntRange(min=0), default=60, show_default=True,
              help="characters of each span to show (0: all)")
@table_options
def inspect(file: Path, width: int, **columns) -> None:
    """Show how a file is split: each report's text and every dropped span with its reason."""
    from kg.corpus import inspect_file
    from kg.readers import ReadError

    try:
        spans, account = inspect_file(file, _columns(**columns))
    except ReadError as e:
        raise click.ClickException(f"{file}: {e}") from None
    for where, kind, text in spans:
        shown = re.sub(r"\s+", " ", text).strip()
        if width and len(shown) > width:
            shown = shown[:width // 2] + " … " + shown[-(width // 2):]
        click.echo(f"{where:>14}  {kind:<18} {shown}")
    click.echo(account.summary())


@main.command()
@DB
@FORMAT
@OUT
def reports(db: Path, fmt: str | None, out: Path | None) -> None:
    """One row per report: issuer, plan year and how they were found, kept and dropped characters."""
    show(_ask(db, "reports"), fmt, out)


@main.command()
@DB
@click.option("--type", "type_", help="only this entity type (Place, Strategy, …)")
@click.option("--report", help="only entities of this report id")
@click.option("--name", help="only entities with this name or alias (咸阳高新区 finds 咸阳高新技术产业开发区)")
@FORMAT
@OUT
def entities(db: Path, type_: str | None, report: str | None, name: str | None, fmt: str | None,
             out: Path | None) -> None:
    """Entities the reports mention: name, type, id, mentions and reports."""
    show(_ask(db, "entities", type=type_, report=report, name=name), fmt, out)


def _params(params: tuple[str, ...]) -> dict[str, str]:
    given = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param needs KEY=VALUE, not '{p[:40]}'")
        given[key.strip()] = value
    return given


@main.command()
@click.argument("name", required=False)
@DB
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@click.option("--list", "list_", is_flag=True, help="list the named queries with their parameters")
@FORMAT
@OUT
def query(name: str | None, db: Path, params: tuple[str, ...], list_: bool, fmt: str | None,
          out: Path | None) -> None:
    """Run the named query queries/NAME.cypher (--list: what there is)."""
    from kg.api import queries

    if list_ or not name:
        if not list_:
            raise click.UsageError("give a query NAME, or --list to see them")
        show(queries(), fmt, out)
        return
    show(_ask(db, "query", name, **_params(params)), fmt, out)


@main.command()
@click.argument("statement")
@DB
@FORMAT
@OUT
def cypher(statement: str, db: Path, fmt: str | None, out: Path | None) -> None:
    """Run one read-only Cypher statement (no COPY, LOAD, INSTALL or writes)."""
    show(_ask(db, "cypher", statement), fmt, out)


@main.command()
@DB
@FORMAT
@OUT
def stats(db: Path, fmt: str | None, out: Path | None) -> None:
    """Number of nodes per label and relationships per type."""
    show(_ask(db, "stats"), fmt, out)


@main.group()
def vocab() -> None:
    """The curated vocabularies and the terms that may belong in them."""


@vocab.command("list")
@click.option("--scheme", help="only this scheme (strategies, programs, formulations)")
@FORMAT
@OUT
def vocab_list(scheme: str | None, fmt: str | None, out: Path | None) -> None:
    """The concepts of the vocabularies: id, type, preferred label, aliases, scheme."""
    from kg.api import KgError, vocabulary

    try:
        show(vocabulary(scheme), fmt, out)
    except KgError as e:
        raise _fail(e) from None


@vocab.command("candidates")
@DB
@click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True)
@FORMAT
@OUT
def vocab_candidates(db: Path, min_count: int, fmt: str | None, out: Path | None) -> None:
    """Terms that look like strategies (…战略) but are not in the vocabulary, with counts and examples."""
    show(_ask(db, "candidates", min_count), fmt, out)


@main.group()
def load() -> None:
    """Load a built database into another store."""


@load.command("neo4j")
@DB
@click.option("--uri", envvar=["NEO4J_URI", "KG_NEO4J_URI"], default="neo4j://localhost:7687", show_default=True,
              help="neo4j:// or bolt:// address (+s, +ssc for TLS); env NEO4J_URI")
@click.option("--user", envvar=["NEO4J_USERNAME", "KG_NEO4J_USER"], default="neo4j", show_default=True,
              help="env NEO4J_USERNAME")
@click.option("--database", envvar=["NEO4J_DATABASE", "KG_NEO4J_DATABASE"], default=None,
              help="database name (default: the server's default); env NEO4J_DATABASE")
@click.option("--wipe", is_flag=True, help="delete the kg labels' nodes first (otherwise nodes of earlier loads stay)")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30, show_default=True,
              help="seconds to connect, per transaction and for retries")
def load_neo4j(db: Path, uri: str, user: str, database: str | None, wipe: bool, batch_size: int,
               timeout: float) -> None:
    """Write the graph to Neo4j (password from NEO4J_PASSWORD, else a prompt); loading twice changes nothing."""
    import os

    from kg.stores.neo4j import Address, LoadError, load as load_graph

    try:
        address = Address.parse(uri)
    except LoadError as e:
        raise click.UsageError(str(e)) from None
    graph = _read_graph(db)
    password = (address.password or os.environ.get("NEO4J_PASSWORD") or os.environ.get("KG_NEO4J_PASSWORD")
                or click.prompt("Neo4j password", hide_input=True, err=True))
    total = sum(map(len, graph.nodes.values())) + sum(map(len, graph.edges.values()))
    try:
        with click.progressbar(length=total, label="loading", file=sys.stderr) as bar:
            summary = load_graph(graph, address, user, password, database, wipe, batch_size, bar.update, timeout)
    except LoadError as e:
        raise click.ClickException(str(e)) from None
    click.echo(f"wrote {summary.nodes} nodes and {summary.relationships} relationships to {address.uri} "
               f"({summary.nodes_created} nodes and {summary.relationships_created} relationships created, "
               f"{summary.properties_set} properties set)", err=True)


@main.group()
def export() -> None:
    """Write the graph to files for other tools (each file written whole, or left as it was)."""


def _output(out: Path, db: Path) -> None:
    """A one-line error when the output would overwrite the database."""
    from kg.export.files import refuse_overwrite

    try:
        refuse_overwrite(out, [db])
    except ValueError as e:
        raise click.UsageError(str(e)) from None


@export.command("neo4j-import")
@DB
@click.option("-o", "--out", "folder", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="the folder for the CSV files")
@click.option("--database", default="neo4j", show_default=True, help="target database of the printed command")
def export_neo4j_import(db: Path, folder: Path, database: str) -> None:
    """CSV files for `neo4j-admin database import full`; prints the command line to run in the folder."""
    from kg.export.neo4j_import import command, export as write_csv

    _output(folder, db)
    try:
        args = _with_store(db, write_csv, folder)
    except OSError as e:
        raise click.ClickException(f"cannot write {folder}: {e.strerror or e}") from None
    click.echo(command(args, database))


@export.command("bloom")
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="the .json file")
def export_bloom(out: Path) -> None:
    """The Neo4j Bloom perspective (categories, captions, colours, icons, search phrases) as JSON."""
    from kg.export.bloom import dumps

    with _written(out) as tmp:
        tmp.write_text(dumps(), encoding="utf-8")


def _check_base(ctx, param, base: str | None) -> str | None:
    from kg.export.rdf import check_base

    try:
        return None if base is None else check_base(base)
    except ValueError as e:
        raise click.BadParameter(str(e).removeprefix("--base "), ctx, param) from None


RDF_BASE = click.option("--base", default=None, callback=_check_base,
                        help="absolute IRI the exported IRIs start with (default https://w3id.org/kg-gov-reports/)")


def _iris(base: str | None):
    from kg.export.rdf import DEFAULT_BASE, Iris

    return Iris(base or DEFAULT_BASE)


RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".xml": "xml",
                ".owl": "xml"}


@export.command("rdf")
@DB
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld", "xml"]), default=None,
              help="default: from --out's suffix (.ttl .nt .jsonld .rdf), else turtle")
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@RDF_BASE
def export_rdf(db: Path, fmt: str | None, out: Path, base: str | None) -> None:
    """The graph as RDF (Turtle and N-Triples are streamed), with the SKOS concepts it uses."""
    from kg.export.rdf import write

    _output(out, db)
    if not out.parent.is_dir():
        raise click.ClickException(f"no folder {out.parent} for {out}")
    fmt = fmt or RDF_SUFFIXES.get(out.suffix.lower(), "turtle")
    iris = _iris(base)
    graph = _read_graph(db)
    try:
        n = write(graph, out, fmt, iris)
    except OSError as e:
        raise click.ClickException(f"cannot write {out}: {e.strerror or e}") from None
    click.echo(f"wrote {n} triples to {out}", err=True)


@main.command()
@DB
@RDF_BASE
@click.option("--data-only", is_flag=True, help="validate the export alone, without the ontology and RDFS entailment")
@FORMAT
@OUT
def validate(db: Path, base: str | None, data_only: bool, fmt: str | None, out: Path | None) -> None:
    """Validate the RDF export against the SHACL shapes, read with the ontology and its vocabularies under RDFS
    entailment; exit code 1 when anything violates them."""
    from kg.export.rdf import to_rdflib
    from kg.validate import violations

    from kg.api import table

    rows = violations(to_rdflib(_read_graph(db), _iris(base)), with_ontology=not data_only)
    show(table(["severity", "focus", "path", "value", "message"], rows), fmt, out)
    if any(r["severity"] == "Violation" for r in rows):
        raise SystemExit(1)


@main.command()
@click.argument("name")
@DB
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@RDF_BASE
@FORMAT
@OUT
def sparql(name: str, db: Path, params: tuple[str, ...], base: str | None, fmt: str | None, out: Path | None) -> None:
    """Run the SPARQL query queries/sparql/NAME.rq on the exported graph."""
    from kg import querylib
    from kg import sparql as runner
    from kg.api import table
    from kg.export.rdf import to_rdflib

    graph = _read_graph(db)
    try:
        q = querylib.get(name, "sparql")
        bound = querylib.bind(q, _params(params), set(graph.nodes.get("Place", {})))
    except querylib.QueryError as e:
        raise UsageProblem(str(e)) from None
    iris = _iris(base)
    show(table(*runner.run(to_rdflib(graph, iris), q, bound, iris)), fmt, out)


@main.command("eval")
@DB
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="a gold JSONL file, or a folder of them (format in kg/evaluate.py and the README)")
@click.option("--errors", "show_errors", is_flag=True, help="list the missed gold facts and the spurious predictions")
@FORMAT
@OUT
def eval_(db: Path, gold: Path, fmt: str | None, out: Path | None, show_errors: bool) -> None:
    """Precision, recall and F1 per entity type and relation type against gold annotations, per split."""
    from kg.api import table
    from kg.evaluate import by_split, read_gold

    try:
        rows, headers = read_gold(gold)
    except (ValueError, OSError) as e:
        raise click.ClickException(f"gold {gold}: {e}") from None
    scores, errors, missing = _with_store(db, by_split, rows, headers)
    if missing:
        log.info("note: no built report for %s (build their sources to score them)", ", ".join(missing))
    if show_errors:
        show(table(["split", "error", "report", "type", "name"], errors), fmt, out)
    else:
        show(table(["split", "kind", "type", "gold", "predicted", "matched", "precision", "recall", "f1"], scores),
             fmt, out)


@main.command()
@click.argument("first", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("second", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@FORMAT
@OUT
def agreement(first: Path, second: Path, fmt: str | None, out: Path | None) -> None:
    """Agreement of two annotations of one report (FIRST taken as gold): precision, recall, F1 by type."""
    from kg.api import table
    from kg.evaluate import agreement as agree, read_gold

    try:
        a, _ = read_gold(first)
        b, _ = read_gold(second)
    except (ValueError, OSError) as e:
        raise click.ClickException(str(e)) from None
    show(table(["kind", "type", "gold", "predicted", "matched", "precision", "recall", "f1"], agree(a, b)), fmt, out)


def _split_outs(outs: tuple[Path, ...], allowed: tuple[str, ...]) -> tuple[list[Path], Path | None]:
    """The files to draw or export (by suffix) and the one table file (.csv/.json/.txt), if any."""
    files, rows = [], None
    for out in outs:
        suffix = out.suffix.lower()
        if suffix in allowed:
            files.append(out)
        elif suffix in (".csv", ".json", ".txt") and rows is None:
            rows = out
        else:
            raise click.UsageError(f"-o {out}: give a file ending in {', '.join(allowed + ('.csv', '.json'))}")
    return files, rows


OUTS = click.option("-o", "--out", "outs", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
                    help="a file to write, by its suffix (repeatable); the rows go to .csv/.json or the terminal")
FIGURES = (".png", ".svg", ".pdf")


@main.command()
@DB
@click.option("--concepts", multiple=True, metavar="LABEL", help="strategies or programs (any label); default: all")
@click.option("--wide", is_flag=True, help="one row per place and year, a mentions column per concept")
@FORMAT
@OUT
def panel(db: Path, concepts: tuple[str, ...], wide: bool, fmt: str | None, out: Path | None) -> None:
    """Place × year × concept panel: mentions, per 10,000 characters, cited, report length (CSV with -o x.csv)."""
    show(_ask(db, "panel", list(concepts) or None, wide), fmt, out)


@main.command()
@click.argument("strategy")
@DB
@FORMAT
@OUTS
def diffusion(strategy: str, db: Path, fmt: str | None, outs: tuple[Path, ...]) -> None:
    """The first year each place cites a strategy (or program); -o curve.png draws the cumulative adoption curve."""
    from kg import figures, research

    drawings, rows_out = _split_outs(outs, FIGURES)
    frame = _ask(db, "diffusion", strategy)
    for path in drawings:
        with _written(path) as tmp:
            figures.save(figures.adoption_figure(frame.attrs["concept"],
                                                 research.adoption_curve(frame.records())), tmp)
    show(frame, fmt, rows_out)


@main.command()
@DB
@click.option("--min-weight", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="keep links whose Jaccard similarity exceeds this")
@FORMAT
@OUTS
def network(db: Path, min_weight: float, fmt: str | None, outs: tuple[Path, ...]) -> None:
    """The co-citation network of places: communities and centralities; -o x.graphml / x.gexf for Gephi, x.png."""
    import networkx as nx

    from kg import figures, research
    from kg.api import table

    files, rows_out = _split_outs(outs, (".graphml", ".gexf") + FIGURES)
    net = _with_store(db, research.co_citation, min_weight)
    community = {n: i + 1 for i, c in enumerate(net.communities) for n in c}
    nx.set_node_attributes(net.graph, community, "community")
    for path in files:
        with _written(path) as tmp:
            if path.suffix.lower() == ".graphml":
                nx.write_graphml(net.graph, tmp)
            elif path.suffix.lower() == ".gexf":
                nx.write_gexf(net.graph, tmp)
            else:
                figures.save(figures.network_figure(net), tmp)
    show(table(["place", "adcode", "community", "concepts", "degree", "strength", "betweenness", "eigenvector"],
               research.centralities(net)), fmt, rows_out)


@main.command("map")
@click.argument("strategy")
@DB
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="the map: .png, .svg or .pdf")
@click.option("--style", type=click.Choice(["regions", "points"]), default="regions", show_default=True,
              help="regions: provinces and prefectures filled by first year, counties as points; points: all points")
def map_(strategy: str, db: Path, out: Path, style: str) -> None:
    """A map of China (standard map, South China Sea inset) of the places citing a strategy, by first year."""
    from kg import figures, research

    _split_outs((out,), FIGURES)
    name, rows = _with_store(db, research.diffusion, strategy)
    drawn, not_drawn = figures.drawable(rows)
    with _written(out) as tmp:
        figures.save(figures.map_figure(name, rows, style), tmp)
    skipped = f"; not drawn: {'、'.join(r['place'] for r in not_drawn)} (national or without coordinates)" \
        if not_drawn else ""
    if drawn:
        log.warning("%d place%s citing %s drawn to %s%s", len(drawn), "s" if len(drawn) != 1 else "", name, out,
                    skipped)
    else:
        log.warning("no place citing %s can be drawn%s; %s shows the base map only", name,
                    skipped or " (none cites it)", out)


@main.command()
@DB
@click.option("-o", "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="the .html page")
def report(db: Path, out: Path) -> None:
    """One self-contained HTML page: summary, top strategies and programs, maps, network, evidence."""
    from kg.htmlreport import render

    page = _with_store(db, render)
    with _written(out) as tmp:
        tmp.write_text(page, encoding="utf-8")
    log.warning("wrote %s (%d KiB)", out, len(page) // 1024)
