"""Faults produced for real: a file size limit stands for a full disk, SIGKILL for a killed build or conversion.

Each fault hits a rebuild of a database built from two invented reports; afterwards the old database must be the
same file, answer cities_citing as before, and nothing temporary may stay beside it."""
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CITY_REPORT, run

ROOT = Path(__file__).resolve().parents[2]
CLI = "from kg.cli import main; main()"

# A build that SIGKILLs at a chosen phase: the real program, with the kill placed where a user's kill -9 may land.
KILLED = """
import os, signal, sys, time
phase, pid_file, build = sys.argv.pop(1), sys.argv.pop(1), os.getpid()
if phase == "extracting":
    import extractors.extract
    extractors.extract.extract = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
elif phase == "writing":  # the build is killed when it has sent three tables to the writer; it must die with it
    import kg.build
    load = kg.build.load_tables
    class Killing(list):
        def __iter__(self):
            for i, statement in enumerate(list.__iter__(self)):
                if i == 3:  # once the writer has made the new database (it starts apart, not forked)
                    folder = os.path.dirname(sys.argv[sys.argv.index("--db") + 1])
                    for _ in range(3000):
                        if any(".building-" in name for name in os.listdir(folder)):
                            break
                        time.sleep(0.01)
                    writer = open(f"/proc/{build}/task/{build}/children").read().split()
                    open(pid_file, "w").write(writer[0])
                    os.kill(build, signal.SIGKILL)
                yield statement
    kg.build.load_tables = lambda statements, *a: load(Killing(statements), *a)
elif phase == "renaming":  # the new database is written and verified, not yet in place
    replace = os.replace
    def killing(src, dst):
        if ".building-" in str(src):
            os.kill(os.getpid(), signal.SIGKILL)
        replace(src, dst)
    os.replace = killing
from kg.cli import main
main()
"""

# A build whose database writer meets a file size limit (the build state, written before, is not limited).
LIMITED = """
import resource, sys
import kg.build
limit, load = int(sys.argv.pop(1)), kg.build.load_tables
def limited(*args):
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return load(*args)
kg.build.load_tables = limited
from kg.cli import main
main()
"""


def answer(db: Path) -> list[dict]:
    result = run("query", "cities_citing", "--db", db, "--param", "strategy=京津冀一体化", "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def old(built, tmp_path):
    """A copy of the built database, to be rebuilt under faults from the same two reports."""
    root, ref, _ = built
    db = tmp_path / "graph.lbdb"
    shutil.copyfile(ref, db)
    return db, [root / "a", root / "b"], (db.stat().st_ino, db.read_bytes(), answer(db))


def assert_untouched(db: Path, before) -> None:
    """The same database, and beside it only its build folder of shards, without temporary files."""
    ino, data, rows = before
    assert db.stat().st_ino == ino and db.read_bytes() == data
    assert answer(db) == rows
    folder = db.with_name(f".{db.name}.build")
    assert sorted(p.name for p in db.parent.iterdir()) in ([db.name], sorted([db.name, folder.name]))
    if folder.exists():
        assert [p for p in folder.rglob("*") if p.name.startswith((".", "tmp-"))] == []


def child_build(db: Path, inputs, limit: int | None = None, phase: str | None = None, writer_limit: int | None = None
                ) -> subprocess.CompletedProcess:
    code = [KILLED, phase, str(db.parent / "writer.pid")] if phase else [LIMITED, str(writer_limit)] \
        if writer_limit else [CLI]
    limited = (lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))) if limit else None
    return subprocess.run([sys.executable, "-c", *code, "build", *map(str, inputs), "--db", str(db),
                           "--workers", "1"], cwd=ROOT, capture_output=True, text=True, preexec_fn=limited,
                          timeout=300)


# Where the file size limit stops the write, in bytes below the size of the finished database (3.9 MB here):
# far below, the engine's log cannot grow (the old code aborted the process, exit 134); 256 KiB below, the checkpoint
# fails with an error; 16 KiB below, the checkpoint's last pages are lost without an error (the old code reported
# success and put a database without tables in place).
LIMITS = {"log": lambda size: 64 * 1024, "checkpoint": lambda size: size - 256 * 1024,
          "last pages": lambda size: size - 16 * 1024}


@pytest.mark.parametrize("where", [*LIMITS, "build state"])
def test_full_disk_keeps_the_old_database(old, where):
    db, inputs, before = old
    if where == "build state":  # the whole build limited: the aggregation state (SQLite) is written first
        result = child_build(db, inputs, limit=32 * 1024)
    else:
        result = child_build(db, inputs, writer_limit=LIMITS[where](db.stat().st_size))
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert result.returncode == 1, result.stderr
    assert errors == result.stderr.splitlines()[-1:], result.stderr
    if where == "build state":
        assert "no room for the build state in" in errors[0] and "database left as it was" in errors[0]
    else:
        assert f"writing {db} failed, database left as it was: no room for the new database" in errors[0]
    assert "Traceback" not in result.stderr and "terminate called" not in result.stderr
    assert_untouched(db, before)


def writer_died(pid_file: Path) -> bool:
    pid = int(pid_file.read_text())
    for _ in range(100):
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("phase", ["extracting", "writing", "renaming"])
def test_killed_build_keeps_the_old_database(old, built, tmp_path, phase):
    from kg.stores.ladybug import read_graph

    db, inputs, before = old
    result = child_build(db, inputs, phase=phase)
    assert result.returncode == -signal.SIGKILL, result.stderr
    pid_file = db.parent / "writer.pid"
    if pid_file.exists():
        assert writer_died(pid_file)
        pid_file.unlink()
    left = sorted(p.name for p in db.parent.iterdir() if ".building-" in p.name)
    assert bool(left) == (phase != "extracting")
    again = run("build", tmp_path / "nothing", "--db", db)  # the next start, cut short by its empty input
    assert again.exit_code == 1 and "no reports found" in again.output
    assert all(name in again.output for name in left) and ("note: removed" in again.output) == bool(left)
    assert_untouched(db, before)
    reference = read_graph(built[1])
    assert run("build", *inputs, "--db", db, "--workers", "1").exit_code == 0  # the next build, complete
    assert read_graph(db).nodes == reference.nodes and read_graph(db).edges == reference.edges


def test_killed_incremental_build_leaves_a_usable_state(old, tmp_path):
    """Killed once the new tables are written, and once the new database is in place but the state is not
    committed: the next build still gives the graph of its files."""
    from kg.stores.ladybug import read_graph

    db, inputs, _ = old
    assert run("build", *inputs, "--db", db, "--workers", "1").exit_code == 0
    third = inputs[0] / "hengshui.txt"
    third.write_text(CITY_REPORT.replace("沧州", "衡水"), encoding="utf-8")
    for phase in ("writing", "renaming"):
        assert child_build(db, inputs, phase=phase).returncode == -signal.SIGKILL
        pid_file = db.parent / "writer.pid"
        if pid_file.exists():
            assert writer_died(pid_file)
            pid_file.unlink()
    assert run("build", *inputs, "--db", db, "--workers", "1").exit_code == 0
    fresh = tmp_path / "fresh.lbdb"
    assert run("build", *inputs, "--db", fresh, "--workers", "1").exit_code == 0
    third.unlink()
    assert read_graph(db).nodes == read_graph(fresh).nodes and read_graph(db).edges == read_graph(fresh).edges
    assert "衡水" in str(read_graph(db).nodes["Report"])


def test_preflight_refuses_a_folder_without_room(old, tmp_path):
    db, _, before = old
    huge = tmp_path / "in" / "huge.bin"  # sparse: as large as the free space, occupying none of it
    huge.parent.mkdir()
    with huge.open("wb") as f:
        f.truncate(shutil.disk_usage(tmp_path).free)
    result = run("build", huge.parent, "--db", db)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert f"not enough room in {db.parent}" in result.output and "database left as it was" in result.output
    shutil.rmtree(huge.parent)
    assert_untouched(db, before)


@pytest.mark.parametrize("target, message", [
    (Path("/sys/kg-test/graph.lbdb"), "cannot write in /sys: "),
    (None, "is a file, not a folder"),
])
def test_preflight_refuses_an_unwritable_target(built, tmp_path, target, message):
    if target is None:
        (tmp_path / "file").write_text("x")
        target = tmp_path / "file" / "graph.lbdb"
    elif not target.parent.parent.is_dir():
        pytest.skip("no /sys here")
    result = run("build", built[0] / "a", "--db", target)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1


def make_other_database(path: Path) -> None:
    import ladybug

    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE Book(id STRING, PRIMARY KEY(id))")
    conn.close()
    db.close()


@pytest.mark.parametrize("content, message", [
    (lambda ref, path: path.write_bytes(b""), "is empty (0 bytes), not a kg database"),
    (lambda ref, path: path.write_bytes(ref.read_bytes()[:1 << 20]), "is truncated or damaged (1.0 MB"),
    (lambda ref, path: path.write_text("2024年政府工作报告\n"), "is not a database file (LadybugDB)"),
    (lambda ref, path: make_other_database(path), "is a LadybugDB database but not a kg database"),
])
def test_opening_a_broken_database_says_what_it_is(built, tmp_path, content, message):
    db = tmp_path / "graph.lbdb"
    content(built[1], db)
    result = run("stats", "--db", db)
    assert result.exit_code == 1 and message in result.output and len(result.output.strip().splitlines()) == 1


def test_killed_model_conversion_is_removed_next_time(tmp_path, monkeypatch, capsys):
    from extractors.nlp import pkuseg_model

    cache = tmp_path / "cache"
    converting = subprocess.Popen([sys.executable, "-c", "from extractors.nlp import pkuseg_model; pkuseg_model()"],
                                  cwd=ROOT, env={**os.environ, "KG_CACHE": str(cache)}, stderr=subprocess.DEVNULL)
    work = cache / f"pkuseg-ctb8.converting-{converting.pid}"
    for _ in range(600):
        if (work / "ctb8").exists() or converting.poll() is not None:
            break
        time.sleep(0.05)
    converting.send_signal(signal.SIGKILL)
    assert converting.wait() == -signal.SIGKILL
    assert work.is_dir() and not (cache / "pkuseg-ctb8").exists()
    monkeypatch.setenv("KG_CACHE", str(cache))
    assert pkuseg_model() == cache / "pkuseg-ctb8"
    assert f"note: removed {work}" in capsys.readouterr().err
    assert sorted(p.name for p in cache.iterdir()) == ["pkuseg-ctb8"]


def test_older_kg_conversion_leftovers_are_removed(tmp_path, monkeypatch, capsys):
    from extractors.nlp import MODEL_FILES, pkuseg_model

    monkeypatch.setenv("KG_CACHE", str(tmp_path))
    for f in MODEL_FILES:
        (tmp_path / "pkuseg-ctb8").mkdir(exist_ok=True)
        (tmp_path / "pkuseg-ctb8" / f).write_bytes(b"")
    for name in ("tmpold", "tmpnew"):
        (tmp_path / name / "ctb8").mkdir(parents=True)
    os.utime(tmp_path / "tmpold", (time.time() - 7200,) * 2)
    pkuseg_model()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkuseg-ctb8", "tmpnew"]
    assert "note: removed" in capsys.readouterr().err
