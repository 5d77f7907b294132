import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import CITY_REPORT, write

OTHER = """2023年德州市政府工作报告
2023年1月5日在德州市第十八届人民代表大会第二次会议上
各位代表：一、2022年工作回顾
我们对接京津冀协同发展，推动黄河流域生态保护和高质量发展。
二、2023年重点工作
加快融入京津冀一体化，推进乡村振兴。
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("corpus")
    write(root / "a" / "cangzhou.txt", CITY_REPORT)
    write(root / "b" / "dezhou.txt", OTHER, "gb18030")
    write(root / "notes.pdf", "not a report")
    db = root / "kg.lbdb"
    result = CliRunner().invoke(main, ["build", str(root), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return root, db, result


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_build_reports_skips(built):
    _, _, result = built
    assert "skipped" in result.output and "notes.pdf" in result.output and "2 reports" in result.output


def test_reports_json(built):
    _, db, _ = built
    rows = json.loads(run("reports", "--db", db, "--format", "json").output)
    by_issuer = {r["issuer"]["name"]: r for r in rows}
    assert set(by_issuer) == {"沧州市", "德州市"}
    assert by_issuer["沧州市"]["year"] == 2024 and by_issuer["沧州市"]["issuer"]["adcode"] == "130900"
    assert by_issuer["德州市"]["year"] == 2023 and by_issuer["德州市"]["delivered_on"] == "2023-01-05"


def test_cities_citing_by_alias(built):
    _, db, _ = built
    rows = json.loads(run("query", "cities_citing", "--db", db, "--param", "strategy=京津冀一体化",
                          "--format", "json").output)
    assert [(r["place"], r["adcode"], r["years"]) for r in rows] == [("德州市", "371400", [2023]),
                                                                      ("沧州市", "130900", [2024])]
    assert all(r["evidence"] and r["mentions"] >= 1 for r in rows)


def test_region_list_is_not_a_citation(built):
    _, db, _ = built
    rows = json.loads(run("query", "cities_citing", "--db", db, "--param", "strategy=长三角一体化",
                          "--format", "json").output)
    assert rows == []


def test_strategies_of_place_and_shared(built):
    _, db, _ = built
    rows = json.loads(run("query", "strategies_of_place", "--db", db, "--param", "place=沧州",
                          "--format", "json").output)
    assert {"京津冀协同发展", "雄安新区", "一带一路", "乡村振兴战略"} <= {r["strategy"] for r in rows}
    rows = json.loads(run("query", "shared_strategies", "--db", db, "--param", "a=130900", "--param", "b=德州市",
                          "--format", "json").output)
    assert {r["strategy"] for r in rows} == {"京津冀协同发展", "乡村振兴战略"}


def test_entities_stats_candidates(built):
    _, db, _ = built
    rows = json.loads(run("entities", "--db", db, "--type", "Place", "--format", "json").output)
    assert {"黄骅市", "沧州市"} <= {r["name"] for r in rows}
    csv_out = run("stats", "--db", db, "--format", "csv").output
    assert "node,Report,2" in csv_out
    rows = json.loads(run("vocab", "candidates", "--db", db, "--format", "json").output)
    assert [r["term"] for r in rows] == ["强市会战略"]


@pytest.mark.parametrize("args, message", [
    (["query", "cities_citing", "--param", "strategy=不存在的战略"], "unknown strategy"),
    (["query", "no_such_query"], "known queries: cities_citing"),
    (["query", "cities_citing"], "needs --param strategy"),
    (["query", "strategies_of_place", "--param", "place=朝阳区"], "ambiguous"),
    (["cypher", "MATCH (n RETURN n"], "Parser exception"),
])
def test_user_errors_are_one_line(built, args, message):
    _, db, _ = built
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_failed_build_leaves_the_database(built, tmp_path):
    _, db, _ = built
    before = db.read_bytes()
    result = run("build", tmp_path / "missing", "--db", db)
    assert result.exit_code == 1 and "database left as it was" in result.output
    assert db.read_bytes() == before


def test_missing_database(tmp_path):
    result = run("reports", "--db", tmp_path / "none.lbdb")
    assert result.exit_code == 1 and "no database at" in result.output


def test_write_failure_keeps_old_database(built, tmp_path, monkeypatch):
    from kg.model import Graph
    from kg.stores import ladybug

    _, db, _ = built
    before = db.read_bytes()
    bad = Graph()
    bad.add_node("Place", "1", notAProperty=1)
    with pytest.raises(ValueError):
        ladybug.write_database(bad, db)
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".*building*"))
