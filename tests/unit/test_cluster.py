"""The Dask engine on a local cluster of two worker processes makes the same shards and the same graph as the
local engine (skipped without the cluster extra; the test extra installs it)."""
import gzip

import pytest

from tests.conftest import CITY_REPORT, OTHER, run, write
from tests.unit.test_build import THIRD, graph

pytest.importorskip("distributed")


def shards(db):
    folder = db.with_name(f".{db.name}.build") / "shards"
    return {p.name: gzip.decompress(p.read_bytes()) for p in folder.rglob("*.json.gz")}


def test_two_worker_cluster_builds_the_same_graph(tmp_path, nlp):
    root = tmp_path / "reports"
    write(root / "cangzhou.txt", CITY_REPORT)
    write(root / "dezhou.txt", OTHER, "gb18030")
    write(root / "hengshui.txt", THIRD)
    local, cluster = tmp_path / "local" / "kg.lbdb", tmp_path / "cluster" / "kg.lbdb"
    result = run("build", root, "--db", local, "--workers", "1")
    assert result.exit_code == 0, result.output
    result = run("build", root, "--db", cluster, "--engine", "dask", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "(3 extracted, 0 from shards)" in result.output
    assert shards(local) == shards(cluster) and len(shards(local)) == 3
    a, b = graph(local), graph(cluster)
    assert a.nodes == b.nodes and a.edges == b.edges


def test_unreachable_scheduler_is_one_line(tmp_path):
    write(tmp_path / "r" / "cangzhou.txt", CITY_REPORT)
    result = run("build", tmp_path / "r", "--db", tmp_path / "kg.lbdb", "--engine", "dask",
                 "--address", "tcp://127.0.0.1:9")
    assert result.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output
