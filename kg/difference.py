"""What a build changed in the graph, from the parts of the build state it replaced only: per table, the rows gone
(nodes by id, relationships by their ends), changed and added; what applying them to the last database would cost;
and the steps that do it (DETACH DELETE and DELETE, the MERGE writer's statements, COPY FROM)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from kg.aggregate import State, among
from kg.schema import schema
from kg.stores.cypher import node_statement, rel_statement
from kg.stores.tables import TableSink

BATCH = 1_000  # rows per statement
# What an update in place costs, where loading a row into a new database costs 1 (README, *Updates in place*,
# measured at 100×): per row of a relationship table it adds rows to or changes, and per row of one it deletes rows
# from (the engine rewrites such a table whole at its checkpoint, deletions dearest), and per row of the difference
# (MERGE about 1 ms a row, COPY into a filled table about 0.6 ms, where a load takes about 25 µs a row).
PUT_COST, GONE_COST, ROW_COST = 0.5, 3.0, 40


def _rows(path: Path, ids: set[str] | None, nodes: bool, by_report: bool) -> Iterator[dict]:
    """The rows of a part (those with their id in ids, or all), as dicts."""
    wanted = pa.array(sorted(ids), pa.string()) if ids is not None else None
    with pq.ParquetFile(path) as part:
        for batch in part.iter_batches():
            if wanted is not None:
                batch = batch.filter(among(batch, wanted, nodes, by_report))
            yield from batch.to_pylist()


def _key(row: dict, nodes: bool):
    return row["id"] if nodes else (row["from"], row["to"])


# a table, the keys of its rows gone, its rows changed and its rows added
Change = tuple[tuple[str, ...], list, list[dict], list[dict]]


def changes(state: State) -> Iterator[Change]:
    """Per table the build touched (nodes first): the keys of the rows gone, the rows changed and the rows added."""
    for target in sorted(set(state.went) | set(state.came), key=lambda t: (len(t), t)):
        nodes = len(target) == 1
        old = {_key(r, nodes): r for path, ids, by_report in state.went[target]
               for r in _rows(path, ids, nodes, by_report)}
        new = {_key(r, nodes): r for path in state.came[target] for r in _rows(path, None, nodes, False)}
        gone = [k for k in old if k not in new]
        changed = [r for k, r in new.items() if k in old and old[k] != r]
        added = [r for k, r in new.items() if k not in old]
        if gone or changed or added:
            yield target, gone, changed, added


def affordable(replaced: int, total: int) -> bool:
    """Whether a difference of up to replaced rows could cost less than loading total rows (else it is not read)."""
    return replaced * ROW_COST < total


def cost(diff: list[Change], rows: dict[tuple[str, ...], int]) -> float:
    """What applying diff in place would cost, in rows loaded into a new database (rows: of each table)."""
    tables = sum(rows.get(target, 0) * (GONE_COST if gone else PUT_COST)
                 for target, gone, _, _ in diff if len(target) == 3)
    return tables + ROW_COST * sum(len(gone) + len(changed) + len(added) for _, gone, changed, added in diff)


def steps(diff: list[Change], work: Path) -> Iterator[tuple[str, dict | None]]:
    """(statement, parameters) bringing the last database to the state: the nodes gone (with their relationships)
    and the relationships gone, the nodes and relationships changed (MERGE), then those added, written as tables in
    work and loaded with COPY FROM (no slower than CREATE for a few rows, faster for thousands)."""
    s = schema()
    for target, gone, _, _ in diff:
        for i in range(0, len(gone), BATCH):
            if len(target) == 1:
                yield (f"UNWIND $rows AS row MATCH (n:{target[0]} {{id: row}}) DETACH DELETE n",
                       {"rows": gone[i:i + BATCH]})
            else:
                rel, a, b = target
                yield (f"UNWIND $rows AS row MATCH (a:{a} {{id: row.src}})-[r:{rel}]->(b:{b} {{id: row.dst}}) "
                       f"DELETE r", {"rows": [{"src": f, "dst": t} for f, t in gone[i:i + BATCH]]})
    added = TableSink(work, s)
    for target, _, changed, new in diff:
        if len(target) == 1:
            statement = node_statement(s.nodes[target[0]])
            for row in new:
                added.add_node(target[0], row.pop("id"), row)
        else:
            rel, a, b = target
            statement = rel_statement(s.rels[rel], a, b)
            changed = [{"src": r.pop("from"), "dst": r.pop("to"), **r} for r in changed]
            for row in new:
                added.add_edge(rel, (a, row.pop("from")), (b, row.pop("to")), row)
        for i in range(0, len(changed), BATCH):
            yield statement, {"rows": changed[i:i + BATCH]}
    added.close()
    for statement in added.copy_statements():
        yield statement, None
