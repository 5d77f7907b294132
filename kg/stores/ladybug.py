"""LadybugDB, the embedded default store: schema DDL from the ontology, atomic builds, read-only queries."""
from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path

import ladybug

from kg.model import Graph
from kg.schema import Schema, schema
from kg.stores.cypher import write_batches


class StoreError(Exception):
    """A one-line problem with the database for the user."""


def ddl(s: Schema) -> list[str]:
    out = []
    for node in s.nodes.values():
        cols = ", ".join(f"{p.name} {p.type}{'[]' if p.multi else ''}" for p in node.properties)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {node.label}({cols}, PRIMARY KEY(id))")
    for rel in s.rels.values():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        cols = "".join(f", {p.name} {p.type}{'[]' if p.multi else ''}" for p in rel.properties)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{cols})")
    return out


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}.wal"), Path(f"{path}.lock")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()


def write_database(graph: Graph, path: str | Path, batch_size: int = 1000) -> None:
    """Write graph to a new database beside path and move it into place only when complete."""
    path = Path(path)
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.building-{os.getpid()}")
    _remove(tmp)
    try:
        db = ladybug.Database(str(tmp))
        conn = ladybug.Connection(db)
        s = schema()
        for statement in ddl(s):
            conn.execute(statement)
        for statement, rows in write_batches(s, graph, batch_size):
            conn.execute(statement, {"rows": rows})
        conn.close()
        db.close()
        if Path(f"{tmp}.wal").exists():
            raise StoreError("the database did not checkpoint on close")
        os.replace(tmp, path)
        _remove(Path(f"{path}.wal"))
    except BaseException:
        _remove(tmp)
        raise


def _plain(value):
    """Sums come back as Decimal (INT128): whole numbers become int again."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


class Store:
    """A read-only connection to a built database."""

    def __init__(self, path: str | Path):
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"no database at {path} (run 'kg build PATH --db {path}' first)")
        try:
            self.db = ladybug.Database(str(path), read_only=True)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as e:
            raise StoreError(f"cannot open {path}: {str(e).splitlines()[0]}") from None

    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        try:
            result = self.conn.execute(cypher, params or {})
        except RuntimeError as e:
            raise StoreError(str(e).splitlines()[0]) from None
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, map(_plain, result.get_next()))))
        return columns, rows

    def read_graph(self) -> Graph:
        """The stored graph back in memory, for loaders and exporters that start from a built database."""
        s = schema()
        g = Graph()
        for node in s.nodes.values():
            cols = ", ".join(f"n.{p.name} AS {p.name}" for p in node.properties)
            for row in self.query(f"MATCH (n:{node.label}) RETURN {cols}")[1]:
                g.add_node(node.label, row.pop("id"), **row)
        for rel in s.rels.values():
            cols = "".join(f", r.{p.name} AS {p.name}" for p in rel.properties)
            for a, b in rel.pairs:
                for row in self.query(f"MATCH (a:{a})-[r:{rel.name}]->(b:{b}) RETURN a.id AS src, b.id AS dst{cols}")[1]:
                    g.add_edge(rel.name, (a, row.pop("src")), (b, row.pop("dst")), **row)
        return g

    def close(self) -> None:
        self.conn.close()
        self.db.close()
