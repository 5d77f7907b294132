"""Incremental builds from the shard cache: the result equals a full rebuild; only new or changed reports are
extracted; reports whose files are gone are dropped with a note, unnamed ones only with --prune; the bulk-loaded
database holds the graph the MERGE writer writes."""
import shutil
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


def test_incremental_build_equals_a_full_rebuild(corpus, tmp_path):
    db = tmp_path / "kg.lbdb"
    assert "(2 extracted, 0 from shards)" in built(corpus, "--db", db)
    assert "(0 extracted, 2 from shards)" in built(corpus, "--db", db)
    write(corpus / "hengshui.txt", THIRD)  # a new report
    write(corpus / "cangzhou.txt", CITY_REPORT.replace("推进强市会战略。", "推进强市会战略，建设沧州高新区。"))  # changed
    assert "(2 extracted, 1 from shards)" in built(corpus, "--db", db)
    (corpus / "dezhou.txt").unlink()  # gone
    output = built(corpus, "--db", db)
    assert "(0 extracted, 2 from shards)" in output and "note: dropped 1 reports" in output and "dezhou" in output
    fresh = tmp_path / "fresh" / "kg.lbdb"
    assert "(2 extracted, 0 from shards)" in built(corpus, "--db", fresh)
    incremental, full = graph(db), graph(fresh)
    assert incremental.nodes == full.nodes and incremental.edges == full.edges
    assert set(incremental.nodes["Report"]) == {"cangzhou", "hengshui"}
    assert "130900-高新技术产业开发区" in incremental.nodes["Zone"]


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


def test_bulk_load_writes_the_graph_the_merge_writer_writes(corpus, tmp_path):
    from kg.build import _shards
    from kg.aggregate import GraphSink, aggregate
    from kg.shards import ShardStore, build_folder, read_catalog
    from kg.stores.ladybug import write_database

    db = tmp_path / "kg.lbdb"
    built(corpus, "--db", db)
    sink = GraphSink()
    folder = build_folder(db)
    aggregate(_shards(ShardStore(folder), read_catalog(folder)), sink, buckets=3, folder=tmp_path / "buckets")
    write_database(sink.graph, tmp_path / "merged.lbdb")
    copied, merged = graph(db), graph(tmp_path / "merged.lbdb")
    assert copied.nodes == merged.nodes and copied.edges == merged.edges
    assert len(copied.edges["MENTIONS"]) > 10 and copied.edges["CITES"]


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
