"""Incremental builds from the shard cache: the result equals a full rebuild; only new or changed reports are
extracted; reports whose files are gone are dropped with a note, unnamed ones only with --prune; the bulk-loaded
database holds the graph the MERGE writer writes."""
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import CITY_REPORT, OTHER, run, write

THIRD = CITY_REPORT.replace("沧州", "衡水").replace("黄骅港吞吐量稳步增长，黄骅市获评全省县域经济先进县。", "")


def graph(db: Path):
    from kg.stores.ladybug import read_graph

    return read_graph(db)


def built(*args) -> str:
    result = run("build", *args, "--workers", "1")
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def corpus(tmp_path, nlp):
    root = tmp_path / "reports"
    write(root / "cangzhou.txt", CITY_REPORT)
    write(root / "dezhou.txt", OTHER, "gb18030")
    return root


@pytest.fixture
def reads(monkeypatch):
    """The files the builds read, in order; files changed just now count as settled (see the next test)."""
    import kg.build

    monkeypatch.setattr(kg.build, "RACY_NS", 0)
    names = []
    read_file = kg.build.read_file

    def counting(source, *args, **kwargs):
        names.append(source.path.name)
        return read_file(source, *args, **kwargs)

    monkeypatch.setattr(kg.build, "read_file", counting)
    return names


def test_incremental_build_equals_a_full_rebuild(corpus, tmp_path, reads):
    db = tmp_path / "kg.lbdb"
    write(corpus / "copy.txt", OTHER)  # dezhou.txt has the same text in another encoding: built once, with a warning
    assert "(2 extracted, 0 from shards)" in (first := built(corpus, "--db", db))
    reads.clear()
    again = built(corpus, "--db", db)
    assert "(0 extracted, 2 from shards)" in again and reads == []  # unchanged files are not read
    same = [line for line in first.splitlines() if "same text" in line]
    assert len(same) == 1 and same == [line for line in again.splitlines() if "same text" in line]
    os.utime(corpus / "cangzhou.txt")  # touched: read again, nothing to extract
    assert "(0 extracted, 2 from shards)" in built(corpus, "--db", db) and reads == ["cangzhou.txt"]
    stamp = (corpus / "dezhou.txt").stat()
    write(corpus / "dezhou.txt", OTHER.replace("推进乡村振兴", "推进城乡融合"), "gb18030")  # the same size …
    os.utime(corpus / "dezhou.txt", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # … and time stamp (cp -p, rsync -a)
    assert (corpus / "dezhou.txt").stat().st_size == stamp.st_size
    reads.clear()
    output = built(corpus, "--db", db)
    assert "(1 extracted, 2 from shards)" in output and reads == ["dezhou.txt"]  # the change time tells
    assert "same text" not in output  # dezhou.txt now has a text of its own
    write(corpus / "hengshui.txt", THIRD)  # a new report
    write(corpus / "cangzhou.txt", CITY_REPORT.replace("推进强市会战略。", "推进强市会战略，建设沧州高新区。"))  # changed
    assert "(2 extracted, 2 from shards)" in built(corpus, "--db", db)
    (corpus / "dezhou.txt").unlink()  # gone
    (corpus / "copy.txt").unlink()
    output = built(corpus, "--db", db)
    assert "(0 extracted, 2 from shards)" in output and "note: dropped 2 reports" in output and "dezhou" in output
    fresh = tmp_path / "fresh" / "kg.lbdb"
    assert "(2 extracted, 0 from shards)" in built(corpus, "--db", fresh)
    incremental, full = graph(db), graph(fresh)
    assert incremental.nodes == full.nodes and incremental.edges == full.edges
    assert set(incremental.nodes["Report"]) == {"cangzhou", "hengshui"}
    assert "130900-高新技术产业开发区" in incremental.nodes["Zone"]


def test_a_file_changed_just_now_is_read_again(tmp_path):
    from kg.build import _fingerprint

    f = write(tmp_path / "a.txt", CITY_REPORT)
    assert _fingerprint(f) is None  # a change within the same time stamp would go unseen
    past = time.time() - 60
    os.utime(f, (past, past))
    assert _fingerprint(f) is None  # its change time is now


def test_unnamed_reports_are_dropped_only_with_prune(corpus, tmp_path):
    db = tmp_path / "kg.lbdb"
    other = write(tmp_path / "more" / "hengshui.txt", THIRD)
    built(corpus, other, "--db", db)
    result = run("build", corpus, "--db", db, "--workers", "1")
    assert result.exit_code == 1 and "1 reports of the database come from files not among the inputs" in result.output
    assert set(graph(db).nodes["Report"]) == {"reports/cangzhou", "reports/dezhou", "more/hengshui"}
    output = built(corpus, "--db", db, "--prune")
    assert "note: dropped 1 reports" in output
    assert set(graph(db).nodes["Report"]) == {"cangzhou", "dezhou"}


def test_bulk_load_writes_the_graph_the_merge_writer_writes(corpus, tmp_path, monkeypatch):
    from kg import stores
    from kg.build import _shards
    from kg.aggregate import GraphSink, State, aggregate
    from kg.shards import ShardStore, build_folder, read_catalog
    from kg.stores.ladybug import load_tables, write_database

    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    sink = GraphSink()
    folder = build_folder(db)
    aggregate(_shards(ShardStore(folder), read_catalog(folder)), sink, buckets=3, folder=tmp_path / "buckets")
    write_database(sink.graph, tmp_path / "merged.lbdb")
    copied, merged = graph(db), graph(tmp_path / "merged.lbdb")
    assert copied.nodes == merged.nodes and copied.edges == merged.edges
    assert len(copied.edges["MENTIONS"]) > 10 and copied.edges["CITES"]
    # the writer reopening the new database between COPY statements (after every 16 MB of Parquet) writes the same
    monkeypatch.setattr(stores.ladybug, "REOPEN_BYTES", 1)
    state = State(folder, "")
    try:
        load_tables(*state._statements(), tmp_path / "reopened.lbdb")
    finally:
        state.close()
    reopened = graph(tmp_path / "reopened.lbdb")
    assert reopened.nodes == copied.nodes and reopened.edges == copied.edges


def test_changing_the_extractors_or_their_data_changes_the_version(tmp_path, monkeypatch):
    import kg.shards

    root = tmp_path / "repo"
    for name in ("extractors", "ontology", "kg"):
        shutil.copytree(kg.shards.ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(kg.shards, "ROOT", root)
    versions = []
    for change in (None, "ontology/strategies.ttl", "extractors/zones.py", "kg/readers/text.py"):
        if change:
            with (root / change).open("a", encoding="utf-8") as f:
                f.write("\n# changed\n")
        kg.shards.extractor_version.cache_clear()
        versions.append(kg.shards.extractor_version())
    kg.shards.extractor_version.cache_clear()
    # vocabulary and extractor code change it; a reader does not (its changes reach the report's own key)
    assert versions[0] != versions[1] != versions[2] and versions[3] == versions[2]


def test_a_damaged_build_state_is_started_again(corpus, tmp_path):
    """A state file that is no SQLite database (or of an earlier format) is replaced by a new one, written apart
    and renamed into place; the next build uses it."""
    import sqlite3

    from kg.shards import build_folder

    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    reference = graph(db)
    state = build_folder(db) / "state.sqlite"
    state.write_bytes(b"not a database" * 512)
    assert "(0 extracted, 2 from shards)" in built(corpus, "--db", db)
    assert graph(db).nodes == reference.nodes and graph(db).edges == reference.edges
    assert not state.with_name("state.sqlite.new").exists()
    assert sqlite3.connect(state).execute("SELECT count(*) FROM reports").fetchone() == (2,)
    write(corpus / "hengshui.txt", THIRD)
    assert "(1 extracted, 2 from shards)" in built(corpus, "--db", db)
    fresh = tmp_path / "fresh" / "kg.lbdb"
    built(corpus, "--db", fresh)
    assert graph(db).nodes == graph(fresh).nodes and graph(db).edges == graph(fresh).edges


def test_parts_are_rewritten_row_group_by_row_group(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kg import aggregate
    from kg.stores import tables

    monkeypatch.setattr(tables, "BATCH", 2)  # batches of 2 rows: the rewrite never holds a part whole
    schema = pa.schema([("from", pa.string()), ("to", pa.string()), ("count", pa.int64())])
    kept, new = tmp_path / "kept.parquet", tmp_path / "new.parquet"
    pq.write_table(pa.table({"from": ["a", "b", "a", "c", "b"], "to": ["x", "y", "y", "x", "x"],
                             "count": [1, 2, 3, 4, 5]}, schema=schema), kept, row_group_size=2)
    pq.write_table(pa.table({"from": ["d"], "to": ["x"], "count": [6]}, schema=schema), new)
    out = tmp_path / "out.parquet"
    assert aggregate._rewrite([(kept, {"b"}), (new, None)], out, nodes=False, by_report=True) == (4, 2)
    assert pq.read_table(out).to_pylist() == [{"from": f, "to": t, "count": n} for f, t, n in
                                              (("a", "x", 1), ("a", "y", 3), ("c", "x", 4), ("d", "x", 6))]
    assert pq.ParquetFile(out).metadata.num_row_groups > 1
    # an aggregate's edges go by "from\0to"
    assert aggregate._rewrite([(kept, {"a\0y", "b\0x"})], out, nodes=False, by_report=False) == (3, 2)
    assert [r["count"] for r in pq.read_table(out).to_pylist()] == [1, 2, 4]


def test_extraction_chunks_hold_only_reports_without_a_shard(monkeypatch):
    import kg.build as build

    class Store:
        def has(self, key):
            return key.startswith("old")

    monkeypatch.setattr(build, "CHUNK_CHARS", 10)
    items = [build.Read(f"r{i}", key, "s", "", 6, ()) for i, key in enumerate(["old1", "new1", "old2", "new2",
                                                                                 "new3"])]
    seen, other = [], []
    chunks = list(build._chunks([*items[:2], "an account", *items[2:]], Store(), seen.append, other.append))
    assert [[r.key for r in c] for c in chunks] == [["new1", "new2"], ["new3"]]
    assert seen == items and other == ["an account"]


@pytest.fixture
def writes(monkeypatch):
    """How each build wrote the database: "in place" (the difference applied to a copy) or "loaded" (all parts into
    a new one); neither when nothing changed. Any difference counts as small and cheap here."""
    import kg.build
    import kg.difference

    for name in ("PUT_COST", "GONE_COST", "ROW_COST"):
        monkeypatch.setattr(kg.difference, name, 0)
    ways = []
    for name, way in (("update_tables", "in place"), ("load_tables", "loaded")):
        def traced(*args, write=getattr(kg.build, name), way=way):
            ways.append(way)
            return write(*args)

        monkeypatch.setattr(kg.build, name, traced)
    return ways


def same_as_fresh(db: Path, *inputs) -> bool:
    """Whether db holds the graph of a build from scratch of inputs."""
    fresh = db.parent / f"fresh-{len(list(db.parent.glob('fresh-*')))}" / "kg.lbdb"
    built(*inputs, "--db", fresh)
    a, b = graph(db), graph(fresh)
    return a.nodes == b.nodes and a.edges == b.edges


def test_updates_in_place_equal_a_full_build(corpus, tmp_path, reads, writes):
    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    write(corpus / "hengshui.txt", THIRD)  # added
    assert "(1 extracted, 2 from shards)" in built(corpus, "--db", db)
    assert same_as_fresh(db, corpus)
    write(corpus / "cangzhou.txt", CITY_REPORT.replace("推进强市会战略。", "推进强市会战略，建设沧州高新区。"))
    assert "(1 extracted, 2 from shards)" in built(corpus, "--db", db)  # changed
    assert same_as_fresh(db, corpus)
    kept = [corpus / "cangzhou.txt", corpus / "hengshui.txt"]
    assert "note: dropped 1 reports" in built(*kept, "--db", db, "--prune")  # dezhou removed
    assert same_as_fresh(db, *kept)
    stamp = db.stat()
    built(*kept, "--db", db)  # nothing changed: the database is not written
    assert db.stat() == stamp
    assert writes == ["loaded", "in place", "loaded", "in place", "loaded", "in place", "loaded"]
    assert set(graph(db).nodes["Report"]) == {"cangzhou", "hengshui"}
    assert "130900-高新技术产业开发区" in graph(db).nodes["Zone"]


def test_a_database_not_as_the_state_says_is_loaded_whole(corpus, tmp_path, reads, writes, monkeypatch):
    """No update in place on a fresh state, on another database file, on one whose counts differ from the state's,
    or on one grown by updates in place beyond GROWTH times its size when last loaded."""
    import json
    import sqlite3

    import kg.build
    from kg.shards import build_folder

    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    state = build_folder(db) / "state.sqlite"
    state.unlink()  # a fresh state
    write(corpus / "hengshui.txt", THIRD)
    built(corpus, "--db", db)
    shutil.copyfile(db, tmp_path / "copy.lbdb")
    os.replace(tmp_path / "copy.lbdb", db)  # the same graph in another file
    (corpus / "hengshui.txt").unlink()
    built(corpus, "--db", db)
    with sqlite3.connect(state) as s:  # the state says the database holds one Report more than it does
        record = json.loads(s.execute("SELECT value FROM meta WHERE name = 'database'").fetchone()[0])
        record["counts"]["Report"] += 1
        s.execute("UPDATE meta SET value = ? WHERE name = 'database'", (json.dumps(record),))
    write(corpus / "hengshui.txt", THIRD)
    output = built(corpus, "--db", db)
    assert "the database is not the one the build state describes" in output
    monkeypatch.setattr(kg.build, "GROWTH", 0.5)  # a file larger than half its size when loaded counts as grown
    write(corpus / "hengshui.txt", THIRD + "推进乡村振兴。")
    built(corpus, "--db", db)
    assert writes == ["loaded", "loaded", "loaded", "in place", "loaded", "loaded"]
    assert same_as_fresh(db, corpus)


def test_a_failed_update_in_place_falls_back_to_a_load(corpus, tmp_path, reads, writes, monkeypatch):
    """The update works on a copy, so its failure leaves the database as it was; the build then loads all parts (a
    failure that repeats would otherwise stop every later build), says so, and leaves no copy behind."""
    import kg.build

    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    steps = kg.build.steps
    monkeypatch.setattr(kg.build, "steps", lambda *args: [*steps(*args), ("MATCH (n:Nothing) DELETE n", {})])
    write(corpus / "hengshui.txt", THIRD)
    result = run("build", corpus, "--db", db, "--workers", "1")
    assert result.exit_code == 0 and "in place failed" in result.output
    assert writes == ["loaded", "in place", "loaded"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".kg.lbdb.building")]
    assert same_as_fresh(db, corpus)
    monkeypatch.setattr(kg.build, "steps", steps)
    write(corpus / "hengshui.txt", THIRD + "推进乡村振兴。")
    built(corpus, "--db", db)  # the next build updates in place again (same_as_fresh loaded a database of its own)
    assert writes == ["loaded", "in place", "loaded", "loaded", "in place"]
    assert same_as_fresh(db, corpus)


def test_deleting_relationships_in_place_costs_more_than_a_load():
    """The engine rewrites a relationship table that changed, deletions dearest, and every row of the difference
    costs many of a load: an update that deletes rows of a large table, or a large update, loads all parts instead."""
    from kg.difference import affordable, cost

    rows = {("Program",): 50, ("MENTIONS", "Report", "Program"): 1000, ("CITES", "Place", "Program"): 600}
    added = [(("Program",), [], [], [{"id": "p"}]),
             (("MENTIONS", "Report", "Program"), [], [], [{"from": "r", "to": "p"}]),
             (("CITES", "Place", "Program"), [], [{"from": "130900", "to": "p"}], [])]
    assert cost(added, rows) == 800 + 3 * 40 < sum(rows.values())
    removed = [(("MENTIONS", "Report", "Program"), [("r", "p")], [], []), *added[2:]]
    assert cost(removed, rows) == 3300 + 2 * 40 > sum(rows.values())
    assert affordable(41, 1650) and not affordable(42, 1650)
