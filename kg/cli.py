"""The kg command line: build the graph from report files, then ask it questions."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from kg.output import FORMATS, emit

FORMAT = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                      help="json: one JSON array of row objects on stdout")
DB = click.option("--db", required=True, type=click.Path(dir_okay=False, path_type=Path),
                  help="the embedded (LadybugDB) database file")


def _with_store(db: Path, fn, *args):
    """fn(store, *args) on the database at db, closed afterwards; store and query problems are one-line errors."""
    from kg.querylib import QueryError
    from kg.stores.ladybug import Store, StoreError

    try:
        store = Store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from None
    try:
        return fn(store, *args)
    except (StoreError, QueryError) as e:
        raise click.ClickException(str(e)) from None
    finally:
        store.close()


def _run(db: Path, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
    return _with_store(db, lambda store: store.query(cypher, params))


def _read_graph(db: Path):
    return _with_store(db, lambda store: store.read_graph())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Knowledge graph of places, strategies and programs from government work reports (政府工作报告)."""


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


def _check_target(db: Path, paths: tuple[Path, ...]) -> None:
    """Refuse a --db that is an input or an existing file that is not a database."""
    if any(db.resolve() == p.resolve() for p in paths):
        raise click.UsageError(f"--db {db} is one of the inputs; choose another file for the database")
    if db.is_file():
        with db.open("rb") as f:
            magic = f.read(4)
        if magic != b"LBUG":
            raise click.UsageError(f"--db {db} exists and is not a kg database; refusing to replace it")


LOST_SHARE = 0.05  # a file that loses more than this share of its characters gets a line of its own


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB
@click.option("--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV or JSON with file, issuer, year [, report] overriding what is inferred")
@click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
              help="extraction processes (0: one per core)")
@table_options
def build(paths: tuple[Path, ...], db: Path, manifest: Path | None, workers: int, **columns) -> None:
    """Read report files and folders, extract, and write the database (replaced only on success)."""
    from kg.metadata import Manifest
    from kg.pipeline import extract_all, read_corpus
    from kg.graph import build_graph
    from kg.stores.ladybug import StoreError, write_database

    _check_target(db, paths)
    try:
        known = Manifest.read(manifest) if manifest else None
    except (ValueError, KeyError, TypeError, OSError) as e:
        raise click.ClickException(f"manifest {manifest}: {e}") from None
    reports, problems, accounts = read_corpus(paths, known, _columns(**columns))
    for p in problems:
        click.echo(f"skipped {p.path}: {p.reason}", err=True)
    for a in accounts:
        if a.reports and a.lost > LOST_SHARE * a.total:
            click.echo(f"note {a.summary()} (see 'kg inspect {a.path}')", err=True)
        for w in dict.fromkeys(a.warnings):
            click.echo(f"warning {a.path}: {w}", err=True)
    if not reports:
        raise click.ClickException("no reports found in " + ", ".join(map(str, paths)) + "; database left as it was")
    try:
        with click.progressbar(length=len(reports), label="extracting", file=sys.stderr) as bar:
            extractions = extract_all(reports, workers, bar.update)
    except (RuntimeError, OSError) as e:
        raise click.ClickException(f"extraction failed, database left as it was: {str(e).splitlines()[0]}") from None
    graph = build_graph(reports, extractions)
    try:
        write_database(graph, db)
    except (StoreError, RuntimeError, ValueError) as e:
        raise click.ClickException(f"writing {db} failed, database left as it was: {str(e).splitlines()[0]}") from None
    for r in reports:
        for w in r.warnings:
            click.echo(f"warning {r.id}: {w}", err=True)
    nodes = sum(len(v) for v in graph.nodes.values())
    edges = sum(len(v) for v in graph.edges.values())
    click.echo(f"built {db}: {len(reports)} reports, {nodes} nodes, {edges} relationships"
               f"{f', {len(problems)} paths skipped' if problems else ''}", err=True)


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


REPORT_COLUMNS = ["id", "title", "source", "locator", "issuer", "year", "delivered_on", "chars", "dropped_chars",
                  "issuer_method", "year_method", "warnings"]


@main.command()
@DB
@FORMAT
def reports(db: Path, fmt: str) -> None:
    """One row per report: issuer, plan year and how they were found."""
    _, rows = _run(db, "MATCH (r:Report) OPTIONAL MATCH (r)-[:ISSUED_BY]->(p:Place) "
                       "RETURN r.id AS id, r.title AS title, r.source AS source, r.locator AS locator, p.name AS name, "
                       "p.adcode AS adcode, p.level AS level, r.year AS year, r.deliveredOn AS delivered_on, "
                       "r.chars AS chars, r.droppedChars AS dropped_chars, "
                       "r.issuerMethod AS issuer_method, r.yearMethod AS year_method, r.warnings AS warnings "
                       "ORDER BY r.source, r.id")
    for r in rows:
        r["issuer"] = {"name": r.pop("name"), "adcode": r.pop("adcode"), "level": r.pop("level")}
    emit(REPORT_COLUMNS, [{c: r[c] for c in REPORT_COLUMNS} for r in rows], fmt)


@main.command()
@DB
@click.option("--type", "type_", help="only this entity type (Place, Strategy, …)")
@click.option("--report", help="only entities of this report id")
@FORMAT
def entities(db: Path, type_: str | None, report: str | None, fmt: str) -> None:
    """Entities the reports mention: name, type, id, mentions and reports."""
    from kg.schema import schema

    targets = sorted({b for _, b in schema().rels["MENTIONS"].pairs})
    if type_ and type_ not in targets:
        raise click.ClickException(f"unknown type '{type_}'; types: {', '.join(targets)}")
    rows = []
    for label in [type_] if type_ else targets:
        where = "WHERE r.id = $report " if report else ""
        _, part = _run(db, f"MATCH (r:Report)-[m:MENTIONS]->(e:{label}) {where}"
                           f"RETURN e.name AS name, '{label}' AS type, e.id AS id, sum(m.count) AS mentions, "
                           f"collect(r.id) AS reports ORDER BY mentions DESC, id", {"report": report} if report else None)
        rows += part
    if report and not rows:
        _, known = _run(db, "MATCH (r:Report {id: $id}) RETURN r.id", {"id": report})
        if not known:
            raise click.ClickException(f"no report '{report}'; see 'kg reports --db {db}'")
    rows.sort(key=lambda r: (-r["mentions"], r["type"], r["id"]))
    emit(["name", "type", "id", "mentions", "reports"], rows, fmt)


def _params(params: tuple[str, ...]) -> dict[str, str]:
    given = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--param needs KEY=VALUE, not '{p}'")
        given[key.strip()] = value
    return given


@main.command()
@click.argument("name")
@DB
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@FORMAT
def query(name: str, db: Path, params: tuple[str, ...], fmt: str) -> None:
    """Run the named query queries/NAME.cypher."""
    from kg import querylib

    given = _params(params)
    try:
        q = querylib.get(name)
        present = None
        if any(p.kind == "Place" for p in q.params):
            present = {r["id"] for r in _run(db, "MATCH (p:Place) RETURN p.id AS id")[1]}
        bound = querylib.bind(q, given, present)
    except querylib.QueryError as e:
        raise click.ClickException(str(e)) from None
    columns, rows = _run(db, q.text, bound)
    emit(columns, rows, fmt)


@main.command()
@click.argument("statement")
@DB
@FORMAT
def cypher(statement: str, db: Path, fmt: str) -> None:
    """Run a read-only Cypher statement."""
    columns, rows = _run(db, statement)
    emit(columns, rows, fmt)


@main.command()
@DB
@FORMAT
def stats(db: Path, fmt: str) -> None:
    """Number of nodes per label and relationships per type."""
    from kg.schema import schema

    s = schema()
    rows = []
    for label in s.nodes:
        rows.append({"kind": "node", "name": label, "count": _run(db, f"MATCH (n:{label}) RETURN count(n) AS n")[1][0]["n"]})
    for rel in s.rels:
        rows.append({"kind": "relationship", "name": rel,
                     "count": _run(db, f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[1][0]["n"]})
    emit(["kind", "name", "count"], rows, fmt)


@main.group()
def vocab() -> None:
    """The curated vocabularies and the terms that may belong in them."""


@vocab.command("candidates")
@DB
@click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True)
@FORMAT
def vocab_candidates(db: Path, min_count: int, fmt: str) -> None:
    """Terms that look like strategies (…战略) but are not in the vocabulary, with counts and examples."""
    columns, rows = _run(db, "MATCH (c:Candidate) WHERE c.count >= $min RETURN c.name AS term, c.kind AS kind, "
                             "c.count AS count, c.reports AS reports, c.evidence AS examples "
                             "ORDER BY count DESC, term", {"min": min_count})
    emit(columns, rows, fmt)


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
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@DB
@click.option("--database", default="neo4j", show_default=True, help="target database of the printed command")
def export_neo4j_import(folder: Path, db: Path, database: str) -> None:
    """CSV files for `neo4j-admin database import full`; prints the command line to run in FOLDER."""
    from kg.export.neo4j_import import command, export as write_csv

    _output(folder, db)
    try:
        args = write_csv(_read_graph(db), folder)
    except OSError as e:
        raise click.ClickException(f"cannot write {folder}: {e.strerror or e}") from None
    click.echo(command(args, database))


@export.command("bloom")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def export_bloom(file: Path) -> None:
    """The Neo4j Bloom perspective (categories, captions, colours, icons, search phrases) as JSON."""
    from kg.export.bloom import dumps
    from kg.export.files import atomic_write

    try:
        with atomic_write(file) as f:
            f.write(dumps())
    except OSError as e:
        raise click.ClickException(f"cannot write {file}: {e.strerror or e}") from None


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


@export.command("rdf")
@DB
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld", "xml"]), default="turtle",
              show_default=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@RDF_BASE
def export_rdf(db: Path, fmt: str, out: Path, base: str | None) -> None:
    """The graph as RDF (Turtle and N-Triples are streamed), with the SKOS concepts it uses."""
    from kg.export.rdf import write

    _output(out, db)
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
def validate(db: Path, base: str | None, data_only: bool, fmt: str) -> None:
    """Validate the RDF export against the SHACL shapes, read with the ontology and its vocabularies under RDFS
    entailment; exit code 1 when anything violates them."""
    from kg.export.rdf import to_rdflib
    from kg.validate import violations

    rows = violations(to_rdflib(_read_graph(db), _iris(base)), with_ontology=not data_only)
    emit(["severity", "focus", "path", "value", "message"], rows, fmt)
    if any(r["severity"] == "Violation" for r in rows):
        raise SystemExit(1)


@main.command()
@click.argument("name")
@DB
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="a query parameter (repeatable)")
@RDF_BASE
@FORMAT
def sparql(name: str, db: Path, params: tuple[str, ...], base: str | None, fmt: str) -> None:
    """Run the SPARQL query queries/sparql/NAME.rq on the exported graph."""
    from kg import querylib
    from kg import sparql as runner
    from kg.export.rdf import to_rdflib

    graph = _read_graph(db)
    try:
        q = querylib.get(name, "sparql")
        bound = querylib.bind(q, _params(params), set(graph.nodes.get("Place", {})))
    except querylib.QueryError as e:
        raise click.ClickException(str(e)) from None
    iris = _iris(base)
    columns, rows = runner.run(to_rdflib(graph, iris), q, bound, iris)
    emit(columns, rows, fmt)


@main.command("eval")
@DB
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="a gold JSONL file, or a folder of them (format in kg/evaluate.py and the README)")
@click.option("--errors", "show_errors", is_flag=True, help="list the missed gold facts and the spurious predictions")
@FORMAT
def eval_(db: Path, gold: Path, fmt: str, show_errors: bool) -> None:
    """Precision, recall and F1 per entity type and relation type against gold annotations."""
    from kg.evaluate import by_split, read_gold

    try:
        rows, headers = read_gold(gold)
    except (ValueError, OSError) as e:
        raise click.ClickException(f"gold {gold}: {e}") from None
    scores, errors, missing = _with_store(db, by_split, rows, headers)
    if missing:
        click.echo(f"note: no built report for {', '.join(missing)} (build their sources to score them)", err=True)
    if show_errors:
        emit(["split", "error", "report", "type", "name"], errors, fmt)
    else:
        emit(["split", "kind", "type", "gold", "predicted", "matched", "precision", "recall", "f1"], scores, fmt)


@main.command()
@click.argument("first", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("second", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@FORMAT
def agreement(first: Path, second: Path, fmt: str) -> None:
    """Agreement of two annotations of one report (FIRST taken as gold): precision, recall, F1 by type."""
    from kg.evaluate import agreement as agree, read_gold

    try:
        a, _ = read_gold(first)
        b, _ = read_gold(second)
    except (ValueError, OSError) as e:
        raise click.ClickException(str(e)) from None
    emit(["kind", "type", "gold", "predicted", "matched", "precision", "recall", "f1"], agree(a, b), fmt)


@main.command()
@DB
@click.option("--concepts", multiple=True, metavar="LABEL", help="strategies or programs (any label); default: all")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--wide", is_flag=True, help="one row per place and year, a mentions column per concept")
def panel(db: Path, concepts: tuple[str, ...], out: Path, wide: bool) -> None:
    """Place × year × concept panel (mentions, per 10,000 characters, cited, report length) as CSV."""
    import csv

    from kg import research

    rows = _with_store(db, research.panel, list(concepts) or None)
    if wide:
        rows = research.widen(rows)
    columns = list(rows[0]) if rows else ["place", "adcode", "year"]
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns)
        w.writeheader()
        w.writerows(rows)
    click.echo(f"wrote {len(rows)} rows to {out}", err=True)


@main.command()
@click.argument("strategy")
@DB
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), help="also draw the cumulative adoption curve")
@FORMAT
def diffusion(strategy: str, db: Path, png: Path | None, fmt: str) -> None:
    """The first year each place cites a strategy (or program), and the cumulative adoption curve."""
    from kg import figures, research

    name, rows = _with_store(db, research.diffusion, strategy)
    curve = research.adoption_curve(rows)
    if png:
        figures.save(figures.adoption_figure(name, curve), png)
    cumulative = dict(curve)
    emit(["place", "adcode", "level", "first_year", "mentions", "adopters_by_then"],
         [dict(r, adopters_by_then=cumulative[r["first_year"]]) for r in rows], fmt)


@main.command()
@DB
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--min-weight", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="keep links whose Jaccard similarity exceeds this")
@FORMAT
def network(db: Path, graphml: Path | None, gexf: Path | None, png: Path | None, min_weight: float, fmt: str) -> None:
    """The co-citation network of places: communities and centralities; GraphML and GEXF for Gephi."""
    import networkx as nx

    from kg import figures, research

    net = _with_store(db, research.co_citation, min_weight)
    community = {n: i + 1 for i, c in enumerate(net.communities) for n in c}
    nx.set_node_attributes(net.graph, community, "community")
    if graphml:
        nx.write_graphml(net.graph, graphml)
    if gexf:
        nx.write_gexf(net.graph, gexf)
    if png:
        figures.save(figures.network_figure(net), png)
    emit(["place", "adcode", "community", "concepts", "degree", "strength", "betweenness", "eigenvector"],
         research.centralities(net), fmt)


@main.command("map")
@click.argument("strategy")
@DB
@click.option("--png", required=True, type=click.Path(dir_okay=False, path_type=Path))
def map_(strategy: str, db: Path, png: Path) -> None:
    """A map of the places citing a strategy, coloured by the year they first cite it."""
    from kg import figures, research

    name, rows = _with_store(db, research.diffusion, strategy)
    figures.save(figures.map_figure(name, rows), png)
    click.echo(f"{len(rows)} places citing {name} drawn to {png}", err=True)


@main.command()
@DB
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
def report(db: Path, out: Path) -> None:
    """One self-contained HTML page: summary, top strategies and programs, maps, network, evidence."""
    from kg.htmlreport import render

    page = _with_store(db, render)
    out.write_text(page, encoding="utf-8")
    click.echo(f"wrote {out} ({len(page) // 1024} KiB)", err=True)
