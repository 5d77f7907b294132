"""CSV files with typed headers for `neo4j-admin database import full`, for corpora too large to load over Bolt.

The files are Python's csv dialect: ',' between fields, '"' around fields that need it, a quote inside doubled and
line breaks kept inside quoted fields; the printed command states each of these settings to neo4j-admin. An empty
string or list is an empty field, which neo4j-admin imports as no property."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from kg.export.files import atomic_write
from kg.schema import Property, Schema, schema
from kg.stores.ladybug import Store

DELIMITER = ","
QUOTE = '"'
ARRAY_DELIMITER = "|"
_TYPES = {"STRING": "string", "INT64": "long", "DOUBLE": "double", "BOOLEAN": "boolean"}


def _header(p: Property) -> str:
    return f"{p.name}:{_TYPES[p.type]}{'[]' if p.multi else ''}"


def _value(p: Property, value) -> str:
    if value is None:
        return ""
    if p.multi:
        # the array delimiter cannot be escaped in neo4j-admin CSV; a literal one becomes its full-width form
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "｜") for v in value)
    return str(value)


def export(store: Store, folder: str | Path, s: Schema | None = None) -> list[str]:
    """Write one CSV per label and per relationship type and pair that has rows, read from the database page by page
    (the graph is never held whole); return the neo4j-admin arguments."""
    s = s or schema()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    args = []
    for label in sorted(s.nodes):
        props = [p for p in s.nodes[label].properties if p.name != "id"]
        rows = ([row["id"], *(_value(p, row[p.name]) for p in props), label]
                for row in store.node_rows(label, ["id", *(p.name for p in props)]))
        if _write(folder / f"{label}.csv", [f"id:ID({label})", *map(_header, props), ":LABEL"], rows):
            args.append(f"--nodes={label}={label}.csv")
    for rel in sorted(s.rels):
        props = list(s.rels[rel].properties)
        for sl, dl in sorted(s.rels[rel].pairs):
            rows = ([row["src"], row["dst"], *(_value(p, row[p.name]) for p in props), rel]
                    for row in store.edge_rows(rel, sl, dl, [p.name for p in props]))
            name = f"{rel}_{sl}_{dl}.csv"
            if _write(folder / name, [f":START_ID({sl})", f":END_ID({dl})", *map(_header, props), ":TYPE"], rows):
                args.append(f"--relationships={rel}={name}")
    return args


def _write(path: Path, header: list[str], rows: Iterator[list]) -> bool:
    """Write the header and rows to path whole, or nothing when there are no rows; whether it was written."""
    first = next(rows, None)
    if first is None:
        return False
    with atomic_write(path) as f:
        w = csv.writer(f, delimiter=DELIMITER, quotechar=QUOTE, doublequote=True, strict=True)
        w.writerow(header)
        w.writerow(first)
        w.writerows(rows)
    return True


def command(args: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin command line (POSIX shell quoting) that imports the files, run inside the export folder."""
    import shlex

    options = [f"--delimiter={DELIMITER}", f"--array-delimiter={ARRAY_DELIMITER}", f"--quote={QUOTE}",
               "--multiline-fields=true", "--legacy-style-quoting=false", "--overwrite-destination", *args, database]
    return " ".join(["neo4j-admin database import full", *map(shlex.quote, options)])
