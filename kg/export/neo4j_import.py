"""CSV files with typed headers for `neo4j-admin database import full`, for corpora too large to load over Bolt.

The files are Python's csv dialect: ',' between fields, '"' around fields that need it, a quote inside doubled and
line breaks kept inside quoted fields; the printed command states each of these settings to neo4j-admin. An empty
string or list is an empty field, which neo4j-admin imports as no property."""
from __future__ import annotations

import csv
from pathlib import Path

from kg.export.files import atomic_write
from kg.model import Graph
from kg.schema import Property, Schema, schema

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


def export(graph: Graph, folder: str | Path, s: Schema | None = None) -> list[str]:
    """Write one CSV per label and per relationship type and pair; return the neo4j-admin arguments."""
    s = s or schema()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    args = []
    for label, nodes in sorted(graph.nodes.items()):
        props = [p for p in s.nodes[label].properties if p.name != "id"]
        path = folder / f"{label}.csv"
        with atomic_write(path) as f:
            w = csv.writer(f, delimiter=DELIMITER, quotechar=QUOTE, doublequote=True, strict=True)
            w.writerow([f"id:ID({label})", *map(_header, props), ":LABEL"])
            for id_, values in sorted(nodes.items()):
                w.writerow([id_, *(_value(p, values.get(p.name)) for p in props), label])
        args.append(f"--nodes={label}={path.name}")
    for rel, edges in sorted(graph.edges.items()):
        props = list(s.rels[rel].properties)
        by_pair: dict[tuple[str, str], list] = {}
        for (sl, sid, dl, did), values in edges.items():
            by_pair.setdefault((sl, dl), []).append((sid, did, values))
        for (sl, dl), rows in sorted(by_pair.items()):
            path = folder / f"{rel}_{sl}_{dl}.csv"
            with atomic_write(path) as f:
                w = csv.writer(f, delimiter=DELIMITER, quotechar=QUOTE, doublequote=True, strict=True)
                w.writerow([f":START_ID({sl})", f":END_ID({dl})", *map(_header, props), ":TYPE"])
                for sid, did, values in sorted(rows, key=lambda r: (r[0], r[1])):
                    w.writerow([sid, did, *(_value(p, values.get(p.name)) for p in props), rel])
            args.append(f"--relationships={rel}={path.name}")
    return args


def command(args: list[str], database: str = "neo4j") -> str:
    """The neo4j-admin command line (POSIX shell quoting) that imports the files, run inside the export folder."""
    import shlex

    options = [f"--delimiter={DELIMITER}", f"--array-delimiter={ARRAY_DELIMITER}", f"--quote={QUOTE}",
               "--multiline-fields=true", "--legacy-style-quoting=false", "--overwrite-destination", *args, database]
    return " ".join(["neo4j-admin database import full", *map(shlex.quote, options)])
