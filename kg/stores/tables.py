"""Node and relationship tables as Parquet files, one per label and per relationship type and pair, with the
columns of the ontology schema: what LadybugDB's COPY FROM loads, written row batch by row batch."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kg.aggregate import Sink
from kg.schema import Property, Schema, schema

_TYPES = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_()}
BATCH = 2_000  # rows held per table before they are written (a MENTIONS row with its evidence: a few KB)


def _field(p: Property, name: str | None = None) -> pa.Field:
    t = _TYPES[p.type]
    return pa.field(name or p.name, pa.list_(t) if p.multi else t)


class _Table:
    def __init__(self, path: Path, fields: list[pa.Field]):
        self.path, self.schema = path, pa.schema(fields)
        self.rows: list[dict] = []
        self.writer: pq.ParquetWriter | None = None
        self.count = 0

    def add(self, row: dict) -> None:
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, self.schema)
        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        self.flush()
        if self.writer is not None:
            self.writer.close()


class TableSink(Sink):
    """Writes each node and edge into the Parquet table of its label or relationship type and pair."""

    def __init__(self, folder: Path, s: Schema | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.s = s or schema()
        self.nodes: dict[str, _Table] = {}
        self.rels: dict[tuple[str, str, str], _Table] = {}

    def add_node(self, label, id, props):
        node = self.s.nodes.get(label)
        if node is None:
            raise ValueError(f"label {label} is not a class of the ontology")
        unknown = set(props) - {p.name for p in node.properties}
        if unknown:
            raise ValueError(f"{label} has properties the ontology does not define: {sorted(unknown)}")
        table = self.nodes.get(label)
        if table is None:
            table = self.nodes[label] = _Table(self.folder / f"{label}.parquet", [_field(p) for p in node.properties])
        table.add({p.name: id if p.name == "id" else props.get(p.name, [] if p.multi else None)
                   for p in node.properties})

    def add_edge(self, rel, src, dst, props):
        r = self.s.rels[rel]
        if (src[0], dst[0]) not in r.pairs:
            raise ValueError(f"{rel} from {src[0]} to {dst[0]} is not allowed by the ontology")
        key = (rel, src[0], dst[0])
        table = self.rels.get(key)
        if table is None:
            fields = [pa.field("from", pa.string()), pa.field("to", pa.string()), *map(_field, r.properties)]
            table = self.rels[key] = _Table(self.folder / f"{table_name(key)}.parquet", fields)
        row = {"from": src[1], "to": dst[1]}
        row.update({p.name: props.get(p.name, [] if p.multi else None) for p in r.properties})
        table.add(row)

    def close(self) -> dict[str, int]:
        """Write what is held; the number of rows per node label and per relationship type."""
        counts: dict[str, int] = {}
        for label, t in self.nodes.items():
            t.close()
            counts[label] = t.count
        for (rel, _, _), t in self.rels.items():
            t.close()
            counts[rel] = counts.get(rel, 0) + t.count
        return counts

    def copy_statements(self) -> list[str]:
        """COPY FROM statements loading the tables: nodes first, then relationships."""
        return copy_statements([(target, t.path, t.count) for target, t in self.tables()])

    def tables(self) -> list[tuple[tuple[str, ...], _Table]]:
        """Every table with its target: (label,) for nodes, (type, from label, to label) for relationships."""
        return [((label,), t) for label, t in self.nodes.items()] + list(self.rels.items())


def table_name(target: tuple[str, ...]) -> str:
    """The file name of a node label's or a relationship pair's table, without suffix."""
    return "_".join(target)


def copy_statements(parts: list[tuple[tuple[str, ...], Path, int]]) -> list[str]:
    """COPY FROM statements loading tables made of parts (target, file, rows): nodes first, then relationships."""
    files: dict[tuple[str, ...], list[str]] = {}
    for target, path, rows in parts:
        if rows:
            files.setdefault(tuple(target), []).append(f"'{path}'")
    out = [f"COPY {t[0]} FROM [{', '.join(f)}]" for t, f in files.items() if len(t) == 1]
    out += [f"COPY {t[0]} FROM [{', '.join(f)}] (from='{t[1]}', to='{t[2]}')" for t, f in files.items() if len(t) == 3]
    return out
