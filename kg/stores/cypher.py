"""The one Cypher writer: batched UNWIND … MERGE statements derived from the ontology schema.

The same statements run on LadybugDB and Neo4j; only the schema DDL differs between engines."""
from __future__ import annotations

from collections.abc import Iterator

from kg.model import Graph
from kg.schema import NodeType, RelType, Schema


def node_statement(node: NodeType) -> str:
    sets = ", ".join(f"n.{p.name} = row.{p.name}" for p in node.properties if p.name != "id")
    return f"UNWIND $rows AS row MERGE (n:{node.label} {{id: row.id}})" + (f" SET {sets}" if sets else "")


def rel_statement(rel: RelType, src: str, dst: str) -> str:
    sets = ", ".join(f"r.{p.name} = row.{p.name}" for p in rel.properties)
    return (f"UNWIND $rows AS row MATCH (a:{src} {{id: row.src}}), (b:{dst} {{id: row.dst}}) "
            f"MERGE (a)-[r:{rel.name}]->(b)" + (f" SET {sets}" if sets else ""))


def _chunks(rows: list[dict], size: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def write_batches(schema: Schema, graph: Graph, batch_size: int = 1000) -> Iterator[tuple[str, list[dict]]]:
    """(statement, rows) pairs writing the whole graph: nodes first, then relationships."""
    for label, nodes in graph.nodes.items():
        if label not in schema.nodes:
            raise ValueError(f"label {label} is not a class of the ontology")
        node = schema.nodes[label]
        unknown = {k for props in nodes.values() for k in props} - {p.name for p in node.properties}
        if unknown:
            raise ValueError(f"{label} has properties the ontology does not define: {sorted(unknown)}")
        rows = [{p.name: props.get(p.name, [] if p.multi else None) for p in node.properties}
                for props in nodes.values()]
        for chunk in _chunks(rows, batch_size):
            yield node_statement(node), chunk
    for name, edges in graph.edges.items():
        rel = schema.rels[name]
        by_pair: dict[tuple[str, str], list[dict]] = {}
        for (sl, sid, dl, did), props in edges.items():
            if (sl, dl) not in rel.pairs:
                raise ValueError(f"{name} from {sl} to {dl} is not allowed by the ontology")
            row = {"src": sid, "dst": did}
            row.update({p.name: props.get(p.name, [] if p.multi else None) for p in rel.properties})
            by_pair.setdefault((sl, dl), []).append(row)
        for (sl, dl), rows in by_pair.items():
            for chunk in _chunks(rows, batch_size):
                yield rel_statement(rel, sl, dl), chunk
