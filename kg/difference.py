"""What a build changed in the graph, from the parts of the build state it replaced only: per table, the rows gone
(nodes by id, relationships by their ends) and the rows added or changed; what applying them to the last database
would cost; and the steps that do it (DETACH DELETE and DELETE, then the MERGE writer's statements)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kg.aggregate import State, among
from kg.schema import schema
from kg.stores.cypher import node_statement, rel_statement

BATCH = 1_000  # rows per statement
# What an update in place costs per row of a relationship table it adds rows to or changes, and per row of one it
# deletes rows from, where loading a row into a new database costs 1: the engine rewrites a relationship table that
# changed at its checkpoint (all its rows, in both directions, for all reports fall in one group of source nodes),
# and a deletion costs most (README, measured at 100×).
PUT_COST, GONE_COST = 0.5, 3.0


def _rows(path: Path, ids: set[str] | None, nodes: bool, by_report: bool) -> Iterator[dict]:
    """The rows of a part (those with their id in ids, or all), as dicts."""
    wanted = pa.array(sorted(ids), pa.string()) if ids is not None else None
    for batch in pq.ParquetFile(path).iter_batches():
        if wanted is not None:
            batch = batch.filter(among(batch, wanted, nodes, by_report))
        yield from batch.to_pylist()


def _key(row: dict, nodes: bool):
    return row["id"] if nodes else (row["from"], row["to"])


Change = tuple[tuple[str, ...], list, list[dict]]  # a table, the keys of its rows gone, its rows added or changed


def changes(state: State) -> Iterator[Change]:
    """Per table the build touched (nodes first): the keys of the rows gone and the rows added or changed."""
    for target in sorted(set(state.went) | set(state.came), key=lambda t: (len(t), t)):
        nodes = len(target) == 1
        old = {_key(r, nodes): r for path, ids, by_report in state.went[target]
               for r in _rows(path, ids, nodes, by_report)}
        new = {_key(r, nodes): r for path in state.came[target] for r in _rows(path, None, nodes, False)}
        gone = [k for k in old if k not in new]
        put = [r for k, r in new.items() if old.get(k) != r]
        if gone or put:
            yield target, gone, put


def cost(diff: list[Change], rows: dict[tuple[str, ...], int]) -> float:
    """What applying diff in place would cost, in rows loaded into a new database (rows: of each table)."""
    return sum(rows.get(target, 0) * (GONE_COST if gone else PUT_COST) for target, gone, _ in diff if len(target) == 3)


def steps(diff: list[Change]) -> Iterator[tuple[str, dict]]:
    """(statement, parameters) bringing the last database to the state: the nodes gone (with their relationships)
    and the nodes added or changed, then the same for the relationships."""
    s = schema()
    for target, gone, put in diff:
        if len(target) == 1:
            label = target[0]
            for i in range(0, len(gone), BATCH):
                yield (f"UNWIND $rows AS row MATCH (n:{label} {{id: row}}) DETACH DELETE n",
                       {"rows": gone[i:i + BATCH]})
            for i in range(0, len(put), BATCH):
                yield node_statement(s.nodes[label]), {"rows": put[i:i + BATCH]}
            continue
        rel, a, b = target
        for i in range(0, len(gone), BATCH):
            yield (f"UNWIND $rows AS row MATCH (a:{a} {{id: row.src}})-[r:{rel}]->(b:{b} {{id: row.dst}}) DELETE r",
                   {"rows": [{"src": f, "dst": t} for f, t in gone[i:i + BATCH]]})
        rows = [{"src": r.pop("from"), "dst": r.pop("to"), **r} for r in put]
        for i in range(0, len(rows), BATCH):
            yield rel_statement(s.rels[rel], a, b), {"rows": rows[i:i + BATCH]}
