"""The Python API: build a graph from report files, open it, and ask it questions as pandas DataFrames.

    import kg
    g = kg.open("graph.lbdb")
    g.query("cities_citing", strategy="京津冀协同发展")        # a DataFrame; .records() gives plain dicts
    g.reports(); g.entities(type="Zone"); g.panel(); g.cypher("MATCH (p:Place) RETURN p.name AS name")

The command line is a thin layer over these functions."""
from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

log = logging.getLogger("kg")

DEFAULT_DB = "kg.lbdb"
MAX_PARAM = 200  # characters: no name of a place or strategy is longer
# clauses that write, read or fetch files, or change the database: refused by the read-only cypher()
_UNSAFE = re.compile(r"\b(?:COPY|LOAD|INSTALL|ATTACH|DETACH|EXPORT|IMPORT|USE|CREATE|MERGE|SET|DELETE|REMOVE|DROP|"
                     r"ALTER|TRUNCATE|CHECKPOINT|BEGIN|COMMIT|ROLLBACK)\b", re.I)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


class KgError(Exception):
    """A one-line problem for the user: a missing or broken database, a failed build."""


class KgUsageError(KgError):
    """A problem with how kg was asked: an unknown query or type, a missing, unknown or ambiguous parameter."""


def default_db() -> Path:
    """$KG_DB, else ./kg.lbdb."""
    return Path(os.environ.get("KG_DB") or DEFAULT_DB)


class Table(pd.DataFrame):
    """A DataFrame of query rows; records() gives them back as plain dicts (None for missing values)."""

    @property
    def _constructor(self):
        return Table

    def records(self) -> list[dict]:
        return [{k: _plain(v) for k, v in row.items()} for row in self.to_dict("records")]


def _plain(value):
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()
    if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def table(columns: list[str], rows: list[dict]) -> Table:
    """Rows as a Table with the given column order; numbers get nullable integer/float types."""
    frame = Table.from_records(rows, columns=columns) if rows else Table(columns=columns)
    return frame.convert_dtypes()


def _statement(cypher: str) -> str:
    """The one read-only statement in cypher; KgError for several statements or a clause that writes."""
    bare = _STRINGS.sub("''", cypher)
    if ";" in bare.strip().rstrip(";"):
        raise KgUsageError("one statement at a time (found ';' between statements)")
    if m := _UNSAFE.search(bare):
        raise KgUsageError(f"'{m[0].upper()}' is not allowed: cypher() only reads the graph")
    return cypher.strip().rstrip(";")


def _param(name: str, value) -> str:
    text = str(value)
    if len(text) > MAX_PARAM:
        raise KgUsageError(f"parameter {name} is {len(text):,} characters long; names are at most {MAX_PARAM}")
    return text


class KnowledgeGraph:
    """A built graph, opened read-only."""

    def __init__(self, path: str | Path | None = None):
        from kg.stores.ladybug import Store, StoreError

        self.path = Path(path) if path is not None else default_db()
        try:
            self.store = Store(self.path)
        except StoreError as e:
            raise KgError(str(e)) from None

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def _run(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        from kg.stores.ladybug import StoreError

        try:
            return self.store.query(cypher, params)
        except StoreError as e:
            raise KgError(str(e)) from None

    def cypher(self, statement: str, **params) -> Table:
        """Rows of one read-only Cypher statement."""
        return table(*self._run(_statement(statement), params or None))

    def query(self, name: str, **params) -> Table:
        """Rows of the named query queries/NAME.cypher; parameter values are resolved (aliases, short names)."""
        from kg import querylib

        try:
            q = querylib.get(name)
            given = {k: _param(k, v) for k, v in params.items()}
            present = None
            if any(p.kind == "Place" for p in q.params):
                present = {r["id"] for r in self._run("MATCH (p:Place) RETURN p.id AS id")[1]}
            bound = querylib.bind(q, given, present)
        except querylib.QueryError as e:
            raise KgUsageError(str(e)) from None
        return table(*self._run(q.text, bound))

    def reports(self) -> Table:
        """One row per report: issuer (name, adcode, level), plan year, how both were found, kept and dropped text."""
        columns, rows = self._run(
            "MATCH (r:Report) OPTIONAL MATCH (r)-[:ISSUED_BY]->(p:Place) "
            "RETURN r.id AS id, r.title AS title, r.source AS source, r.locator AS locator, p.name AS issuer_name, "
            "p.adcode AS issuer_adcode, p.level AS issuer_level, r.year AS year, r.deliveredOn AS delivered_on, "
            "r.chars AS chars, r.droppedChars AS dropped_chars, r.issuerMethod AS issuer_method, "
            "r.yearMethod AS year_method, r.warnings AS warnings ORDER BY r.source, r.id")
        return table(columns, rows)

    def entities(self, type: str | None = None, report: str | None = None, name: str | None = None) -> Table:
        """Entities the reports mention: name, type, id, mentions and reports, most mentioned first."""
        from kg.schema import schema

        targets = sorted({b for _, b in schema().rels["MENTIONS"].pairs})
        if name:
            from kg.textnorm import halfwidth, to_simplified

            name = to_simplified(halfwidth(name.strip()))
        if type and type not in targets:
            raise KgUsageError(f"unknown type '{type}'; types: {', '.join(targets)}")
        rows = []
        for label in [type] if type else targets:
            conditions = ["r.id = $report"] if report else []
            if name:
                has_aliases = "aliases" in {p.name for p in schema().nodes[label].properties}
                conditions.append("(e.name = $name OR $name IN e.aliases)" if has_aliases else "e.name = $name")
            clause = " AND ".join(conditions)
            _, part = self._run(f"MATCH (r:Report)-[m:MENTIONS]->(e:{label}) {'WHERE ' + clause if clause else ''} "
                                f"WITH e, sum(m.count) AS mentions, collect(DISTINCT r.id) AS reports "
                                f"RETURN e.name AS name, '{label}' AS type, e.id AS id, mentions, reports",
                                {k: v for k, v in (("report", report), ("name", name)) if v} or None)
            rows += [dict(r, reports=sorted(r["reports"])) for r in part]
        if report and not rows and not self._run("MATCH (r:Report {id: $id}) RETURN r.id", {"id": report})[1]:
            raise KgUsageError(f"no report '{report}'; see 'kg reports'")
        rows.sort(key=lambda r: (-r["mentions"], r["type"], r["id"]))
        return table(["name", "type", "id", "mentions", "reports"], rows)

    def stats(self) -> Table:
        """Nodes per label and relationships per type."""
        from kg.schema import schema

        s = schema()
        rows = [{"kind": "node", "name": label,
                 "count": self._run(f"MATCH (n:{label}) RETURN count(n) AS n")[1][0]["n"]} for label in s.nodes]
        rows += [{"kind": "relationship", "name": rel,
                  "count": self._run(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")[1][0]["n"]} for rel in s.rels]
        return table(["kind", "name", "count"], rows)

    def candidates(self, min_count: int = 1) -> Table:
        """Terms that look like strategies or programs but are not in the vocabularies."""
        return table(*self._run("MATCH (c:Candidate) WHERE c.count >= $min RETURN c.name AS term, c.kind AS kind, "
                                "c.count AS count, c.reports AS reports, c.evidence AS examples "
                                "ORDER BY count DESC, term", {"min": min_count}))

    def panel(self, concepts: Iterable[str] | None = None, wide: bool = False) -> Table:
        """Place × plan year × concept: mentions, mentions per 10,000 characters, cited, report length."""
        from kg import research

        rows = self._research(research.panel, list(concepts) if concepts else None)
        if wide:
            rows = research.widen(rows)
        return table(list(rows[0]) if rows else ["place", "adcode", "year"], rows)

    def diffusion(self, strategy: str) -> Table:
        """The first year each place cites a strategy or program, with the adopters by then."""
        from kg import research

        name, rows = self._research(research.diffusion, strategy)
        cumulative = dict(research.adoption_curve(rows))
        frame = table(["place", "adcode", "level", "first_year", "mentions", "adopters_by_then"],
                      [dict(r, adopters_by_then=cumulative[r["first_year"]]) for r in rows])
        frame.attrs["concept"] = name
        return frame

    def _research(self, fn, *args):
        from kg.querylib import QueryError
        from kg.stores.ladybug import StoreError

        try:
            return fn(self.store, *args)
        except QueryError as e:
            raise KgUsageError(str(e)) from None
        except StoreError as e:
            raise KgError(str(e)) from None


def queries() -> Table:
    """The named queries of queries/: name, description and parameters."""
    from kg import querylib

    return table(["name", "description", "parameters"], [
        {"name": q.name, "description": q.description,
         "parameters": "; ".join(f"{p.name} ({p.kind}): {p.doc}" for p in q.params)}
        for q in querylib.available().values()])


def vocabulary(scheme: str | None = None) -> Table:
    """The curated concepts: id, type, preferred label, aliases, scheme, broader concepts."""
    from kg import vocab

    concepts = list(vocab.load())
    schemes = sorted({c.scheme for c in concepts})
    if scheme and scheme not in schemes:
        raise KgUsageError(f"unknown scheme '{scheme}'; schemes: {', '.join(schemes)}")
    return table(["id", "type", "label", "aliases", "scheme", "broader"], [
        {"id": c.id, "type": c.type, "label": c.pref_label, "aliases": sorted(c.alt_labels + c.region_labels),
         "scheme": c.scheme, "broader": list(c.broader)} for c in concepts if not scheme or c.scheme == scheme])


def open(path: str | Path | None = None) -> KnowledgeGraph:  # noqa: A001 - kg.open reads like the built-in
    """The graph built at path ($KG_DB, else ./kg.lbdb), opened read-only."""
    return KnowledgeGraph(path)


@dataclass
class Built:
    """What a build did: the database, its reports (and how many were extracted anew), what was skipped and what
    each file kept."""

    db: Path
    reports: int
    extracted: int
    nodes: int
    relationships: int
    skipped: list = field(default_factory=list)
    accounts: list = field(default_factory=list)


LOST_SHARE = 0.05  # a file that loses more than this share of its characters gets a note
BYTES_PER_CHAR = 2.5  # of report files, for the progress estimate before they are read (UTF-8 3, GB18030 2)


def build(paths: Iterable[str | Path], db: str | Path | None = None, manifest: str | Path | None = None,
          workers: int = 0, columns=None, progress: Callable[[int], None] | None = None,
          on_start: Callable[[int], None] | None = None, learned: bool = False, engine: str = "local",
          address: str | None = None, prune: bool = False) -> Built:
    """Read report files and folders, extract what is new or changed (shards beside the database), and write the
    database (replaced only when complete and verified).

    learned adds the trained recognizer, merged by extractors/learned.py MODES (today the union for projects, the rules alone elsewhere);
    engine "dask" extracts on a Dask cluster (address, else a local one of `workers` processes); prune drops the
    reports of the database whose files are not among paths. progress(n) is called with the characters of each
    report done, on_start(total) once with an estimate of the characters to come."""
    from kg.build import BuildError, LocalEngine, build as run
    from kg.metadata import Manifest
    from kg.stores.ladybug import StoreError, preflight, remove_leftovers

    paths = [Path(p) for p in paths]
    db = Path(db) if db is not None else default_db()
    check_target(db, paths)
    try:
        for note in remove_leftovers(db):
            log.info(note)
        preflight(db, paths)
    except StoreError as e:
        raise KgError(str(e)) from None
    try:
        known = Manifest.read(Path(manifest)) if manifest else None
    except (ValueError, KeyError, TypeError, OSError) as e:
        raise KgError(f"manifest {manifest}: {e}") from None
    if engine == "dask":
        from kg.cluster import ClusterError, DaskEngine

        try:
            runner = DaskEngine(address, workers, learned)
        except ClusterError as e:
            raise KgError(str(e)) from None
    elif engine == "local":
        runner = LocalEngine(workers, learned)
    else:
        raise KgUsageError(f"unknown engine '{engine}'; engines: local, dask")
    if on_start:
        on_start(int(_input_bytes(paths) / BYTES_PER_CHAR))
    try:
        out = run(paths, db, known, columns, runner, prune, progress, learned)
    except BuildError as e:
        raise KgError(str(e)) from None
    except StoreError as e:
        raise KgError(f"writing {db} failed, database left as it was: {e}") from None
    except (RuntimeError, OSError, ValueError) as e:
        raise KgError(f"build failed, database left as it was: {str(e).splitlines()[0]}") from None
    for p in out.problems:
        log.warning("skipped %s: %s", p.path, p.reason)
    for a in out.accounts:
        if a.reports and a.lost > LOST_SHARE * a.total:
            log.info("note %s (see 'kg inspect %s')", a.summary(), a.path)
        for w in dict.fromkeys(a.warnings):
            log.warning("warning %s: %s", a.path, w)
    for rid, w in out.warnings:
        log.warning("warning %s: %s", rid, w)
    for note in out.notes:
        log.info(note)
    return Built(db, out.reports, out.extracted, out.nodes, out.edges, out.problems, out.accounts)


def _input_bytes(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        files = [p] if p.is_file() else (f for f in p.rglob("*") if f.is_file()) if p.is_dir() else []
        total += sum(f.stat().st_size for f in files)
    return total


def check_target(db: Path, paths: Iterable[Path]) -> None:
    """Refuse a database path that is an input or an existing file that is not a database."""
    if any(db.resolve() == Path(p).resolve() for p in paths):
        raise KgUsageError(f"--db {db} is one of the inputs; choose another file for the database")
    if db.is_file():
        with db.open("rb") as f:
            magic = f.read(4)
        if magic != b"LBUG":
            raise KgUsageError(f"--db {db} exists and is not a kg database; refusing to replace it")
