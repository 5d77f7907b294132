import json
from pathlib import Path

import pytest

from tests.conftest import run

def test_build_reports_skips(built):
    _, _, result = built
    assert "skipped" in result.output and "notes.pdf" in result.output and "2 reports" in result.output


def test_reports_json(built):
    _, db, _ = built
    rows = json.loads(run("reports", "--db", db, "--format", "json").output)
    by_issuer = {r["issuer_name"]: r for r in rows}
    assert set(by_issuer) == {"沧州市", "德州市"}
    assert by_issuer["沧州市"]["year"] == 2024 and by_issuer["沧州市"]["issuer_adcode"] == "130900"
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


@pytest.mark.parametrize("args, message, code", [
    (["query", "cities_citing", "--param", "strategy=不存在的战略"], "unknown strategy", 2),
    (["query", "no_such_query"], "known queries: cities_citing", 2),
    (["query", "cities_citing"], "needs --param strategy", 2),
    (["query", "strategies_of_place", "--param", "place=朝阳区"], "ambiguous", 2),
    (["query", "strategies_of_place", "--param", "place=朝阳"], "ambiguous", 2),
    (["query", "strategies_of_place", "--param", "place=" + "沧" * 4000], "4,000 characters long", 2),
    (["cypher", "MATCH (n RETURN n"], "Parser exception", 1),
    (["cypher", "MATCH (n) RETURN n; MATCH (m) RETURN m"], "one statement at a time", 2),
    (["cypher", "COPY Place TO '/tmp/kg-overwritten.csv'"], "'COPY' is not allowed", 2),
    (["cypher", "LOAD FROM '/etc/passwd' RETURN *"], "'LOAD' is not allowed", 2),
    (["cypher", "INSTALL httpfs"], "'INSTALL' is not allowed", 2),
    (["entities", "--type", "Nothing"], "unknown type", 2),
])
def test_user_errors_are_one_line(built, args, message, code):
    _, db, _ = built
    result = run(*args, "--db", db)
    assert result.exit_code == code, result.output
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert len(result.output) < 300  # the offending value is not echoed whole
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_conventions(built, tmp_path, monkeypatch):
    _, db, _ = built
    monkeypatch.setenv("KG_DB", str(db))
    rows = json.loads(run("reports", "--format", "json").stdout)  # --db from $KG_DB
    assert {r["issuer_name"] for r in rows} == {"沧州市", "德州市"}
    assert set(rows[0]) >= {"issuer_name", "issuer_adcode", "issuer_level", "chars", "dropped_chars"}
    out = tmp_path / "rows.csv"
    result = run("query", "cities_citing", "--param", "strategy=京津冀协同发展", "-o", out)
    assert result.exit_code == 0 and out.read_text("utf-8").startswith("place,adcode,level")
    result = run("stats", "-o", tmp_path / "missing" / "s.csv")
    assert result.exit_code == 1 and "no folder" in result.output
    listed = json.loads(run("query", "--list", "--format", "json").stdout)
    assert {"cities_citing", "strategies_of_place"} <= {q["name"] for q in listed}
    assert all(q["description"] for q in listed)
    concepts = json.loads(run("vocab", "list", "--scheme", "strategies", "--format", "json").stdout)
    assert "京津冀协同发展" in {c["label"] for c in concepts}
    first = run("entities", "--format", "json").stdout
    assert first == run("entities", "--format", "json").stdout  # the same order every time


def test_control_characters_never_reach_the_terminal():
    from io import StringIO

    from kg.output import emit

    for fmt in ("table", "csv"):
        out = StringIO()
        emit(["text"], [{"text": "红色\x1b[31m警告\x00"}], fmt, out)
        assert "\x1b" not in out.getvalue() and "\\x1b[31m" in out.getvalue()


def test_failed_build_leaves_the_database(built, tmp_path):
    _, db, _ = built
    before = db.read_bytes()
    result = run("build", tmp_path / "missing", "--db", db)
    assert result.exit_code == 1 and "database left as it was" in result.output
    assert db.read_bytes() == before


def test_a_build_finding_no_report_says_why_each_file_was_skipped(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.txt").write_text("会议纪要：下周二讨论预算。\n", encoding="utf-8")
    result = run("build", tmp_path / "in", "--db", tmp_path / "kg.lbdb")
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "notes.txt: no report text found" in error and "database left as it was" in error


def test_build_refuses_a_db_that_is_an_input_or_not_a_database(tmp_path):
    from tests.conftest import CITY_REPORT, write

    report = write(tmp_path / "r.txt", CITY_REPORT)
    for db in (report, write(tmp_path / "notes.lbdb", "my notes")):
        before = db.read_bytes()
        result = run("build", report, "--db", db)
        assert result.exit_code == 2 and db.read_bytes() == before, result.output


def test_a_report_without_a_year_does_not_break_the_build(tmp_path):
    from tests.conftest import CITY_REPORT, write

    write(tmp_path / "in" / "good.txt", CITY_REPORT)
    undated = CITY_REPORT.replace("2024年", "").replace("2023年", "").replace("——1月10日在", "——在")
    write(tmp_path / "in" / "undated.txt", undated.replace("沧州", "衡水").replace("2024", ""))
    result = run("build", tmp_path / "in", "--db", tmp_path / "g.lbdb", "--workers", "1")
    assert result.exit_code == 0 and "2 reports" in result.output, result.output
    assert "plan year not found" in result.output
    rows = json.loads(run("reports", "--db", tmp_path / "g.lbdb", "--format", "json").output)
    assert sorted((r["issuer_name"], r["year"]) for r in rows) == [("沧州市", 2024), ("衡水市", None)]


def test_inspect_shows_kept_and_dropped_spans(tmp_path):
    from tests.conftest import CITY_REPORT, write

    page = "首页\n>\n政府工作报告\n" + CITY_REPORT + "版权所有 沧州市人民政府\n"
    result = run("inspect", write(tmp_path / "p.txt", page))
    assert result.exit_code == 0
    assert "report 1 (2024年沧州市政府工作报告)" in result.output
    assert "dropped: navigation" in result.output and "dropped: page footer" in result.output
    assert "1 report, kept" in result.output


def test_missing_database(tmp_path):
    result = run("reports", "--db", tmp_path / "none.lbdb")
    assert result.exit_code == 1 and "no database at" in result.output


def test_write_failure_keeps_old_database(built):
    from kg.model import Graph
    from kg.stores import ladybug

    _, db, _ = built
    before = db.read_bytes()
    bad = Graph()
    bad.add_node("Place", "1", notAProperty=1)
    with pytest.raises(ladybug.StoreError, match="properties the ontology does not define"):
        ladybug.write_database(bad, db)
    assert db.read_bytes() == before
    assert not list(db.parent.glob(".*building*"))


SAMPLE_PARAMS = {"Strategy": "京津冀协同发展", "Place": "沧州", "int": "1"}


def test_every_named_query_runs_on_ladybug(built):
    from kg import querylib

    _, db, _ = built
    for q in querylib.available().values():
        args = ["query", q.name, "--db", db, "--format", "json"]
        for p in q.params:
            args += ["--param", f"{p.name}={SAMPLE_PARAMS[p.kind]}"]
        result = run(*args)
        assert result.exit_code == 0, (q.name, result.output)
        assert isinstance(json.loads(result.output), list)


def test_timeline_and_co_citation(built):
    _, db, _ = built
    rows = json.loads(run("query", "strategy_timeline", "--db", db, "--param", "strategy=京津冀",
                          "--format", "json").output)
    assert [(r["place"], r["first_year"]) for r in rows] == [("德州市", 2023), ("沧州市", 2024)]
    rows = json.loads(run("query", "co_citation", "--db", db, "--param", "min_shared=2", "--format", "json").output)
    assert [(r["place_a"], r["place_b"], r["shared"]) for r in rows] == [("沧州市", "德州市", 2)]
    [profile] = json.loads(run("query", "place_profile", "--db", db, "--param", "place=德州",
                               "--format", "json").output)
    # 为全面建设社会主义现代化德州贡献力量: the place's headline goal (guideline 2: 幸福美好新X)
    assert set(profile["strategies"]) == {"京津冀协同发展", "黄河流域生态保护和高质量发展", "乡村振兴战略", "社会主义现代化德州"}


def test_neo4j_import_files(built, tmp_path):
    import csv

    _, db, _ = built
    result = run("export", "neo4j-import", "-o", tmp_path / "imp", "--db", db)
    assert result.exit_code == 0 and result.output.startswith("neo4j-admin database import full")
    with (tmp_path / "imp" / "CITES_Place_Strategy.csv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == [":START_ID(Place)", ":END_ID(Strategy)"] and "years:long[]" in rows[0]
    assert ["130900", "jingjinji"] in [r[:2] for r in rows[1:]]
    assert "--nodes=Place=Place.csv" in result.output


def test_neo4j_unreachable_is_one_line(built, monkeypatch):
    _, db, _ = built
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "secret")
    result = run("load", "neo4j", "--db", db, "--uri", "bolt://127.0.0.1:9", "--user", "neo4j")
    assert result.exit_code == 1 and "cannot reach Neo4j at bolt://127.0.0.1:9" in result.output


def test_ctrl_c_during_extraction_is_one_message_without_tracebacks(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import CITY_REPORT, write

    for i, city in enumerate(["衡水", "邢台", "邯郸", "保定", "廊坊", "沧州", "唐山", "承德"]):
        write(tmp_path / "in" / f"r{i}.txt", CITY_REPORT.replace("沧州", city) * 120)  # minutes of extraction
    kg = str(Path(sys.executable).parent / "kg")
    build = subprocess.Popen([kg, "build", str(tmp_path / "in"), "--db", str(tmp_path / "g.lbdb"), "--workers", "2"],
                             stderr=subprocess.PIPE, text=True, start_new_session=True,
                             # a foreground job's Ctrl-C, even when the tests run in the background (nohup, `&`),
                             # where the shell starts them with SIGINT ignored and a child inherits that
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    def workers() -> int:
        count = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                count += stat.read_text().rsplit(")", 1)[1].split()[1] == str(build.pid)
            except (OSError, IndexError):
                continue
        return count

    deadline = time.time() + 120
    while workers() < 2 and build.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert build.poll() is None, "the build ended before its workers started"
    os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    rest = build.stderr.read()
    assert build.wait(timeout=60) != 0
    assert "Traceback" not in rest, rest
    assert not (tmp_path / "g.lbdb").exists()


def test_build_workers_end_with_their_parent(tmp_path):
    # Ctrl-C while the pool is being made ends the parent before it holds the pool to stop: its workers (which
    # ignore SIGINT) must not outlive it, holding its output open (seen: one stuck on a lock, the Ctrl-C test waiting)
    import subprocess
    import sys
    import time

    # the workers are busy (or stuck, as a forked worker can be on a lock) when the parent ends
    script = ("import multiprocessing, os, time\nfrom kg.build import _worker_start\n"
              "pool = multiprocessing.get_context('fork').Pool(2, initializer=_worker_start, initargs=(os.getpid(),))\n"
              "pool.map_async(time.sleep, [600, 600], chunksize=1)\ntime.sleep(1)\n"
              "print(*(p.pid for p in pool._pool), flush=True)\nos._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2]).stdout.split()
    assert len(out) == 2

    def alive(pid: str) -> bool:
        try:
            return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] not in ("Z", "X")
        except (OSError, IndexError):
            return False

    deadline = time.time() + 10
    while any(alive(p) for p in out) and time.time() < deadline:
        time.sleep(0.05)
    assert not any(alive(p) for p in out)
