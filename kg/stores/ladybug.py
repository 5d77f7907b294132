"""LadybugDB, the embedded default store: schema DDL from the ontology, verified atomic builds, read-only queries."""
from __future__ import annotations

import ctypes
import hashlib
import os
import pickle
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import chain
from pathlib import Path

import ladybug

from kg.model import Graph
from kg.schema import Schema, schema
from kg.stores.cypher import write_batches
from kg.stores.durable import dead_leftovers, fsync, human, remove, size


class StoreError(Exception):
    """A one-line problem with the database for the user."""


class OutOfStep(StoreError):
    """The database to update is not the one the build state describes (left as it was)."""


def ddl(s: Schema) -> list[str]:
    out = []
    for node in s.nodes.values():
        cols = ", ".join(f"{p.name} {p.type}{'[]' if p.multi else ''}" for p in node.properties)
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {node.label}({cols}, PRIMARY KEY(id))")
    for rel in s.rels.values():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        cols = "".join(f", {p.name} {p.type}{'[]' if p.multi else ''}" for p in rel.properties)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({pairs}{cols})")
    return out


REBUILD = "rebuild it with 'kg build PATH --db {path}'"
ENGINE_FILES = (".wal", ".shadow", ".wal.checkpoint")  # state the engine would replay into a database on open
BASE_ESTIMATE = 64 * 2**20  # bytes a build needs on disk at its peak (database, log and shadow pages) …
PER_INPUT_BYTE = 8  # … plus this much per byte of input; measured peaks are in the README


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.building-{os.getpid()}")


def _family(tmp: Path) -> list[Path]:
    """The temporary database and the engine's files beside it (.wal, .shadow, locks …)."""
    return [p for p in tmp.parent.iterdir() if p.name == tmp.name or p.name.startswith(f"{tmp.name}.")]


def remove_leftovers(path: Path) -> list[str]:
    """Remove what killed builds of path left beside it (their pid is gone); one note for each build."""
    notes = []
    found = dead_leftovers(path.parent, rf"\.{re.escape(path.name)}\.building-(\d+)(?:\..+)?")
    for pid, paths in found.items():
        total = sum(map(size, paths))
        for p in paths:
            remove(p)
        notes.append(f"note: removed what a killed build (pid {pid}) left: {', '.join(p.name for p in paths)} "
                     f"({human(total)})")
    return notes


def _input_bytes(paths: Iterable[Path]) -> int:
    files = [Path(p) for p in paths if Path(p).is_file()]
    files += [Path(folder, f) for p in paths for folder, _, names in os.walk(p) for f in names]
    return sum(f.stat().st_size for f in files if f.is_file())


def preflight(path: Path, inputs: Iterable[Path]) -> None:
    """Before extraction: a database can be written at path, and its folder has room for an estimate of the build."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    folder = path.parent
    while not folder.exists():  # the build makes the missing folders; check where it would make them
        folder = folder.parent
    if not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a folder")
    probe = folder / _temp(path).name
    try:
        probe.write_bytes(b"kg")
        probe.unlink()
    except OSError as e:
        raise StoreError(f"cannot write in {folder}: {e.strerror or e}; database left as it was") from None
    size_in = _input_bytes(inputs)
    need = BASE_ESTIMATE + PER_INPUT_BYTE * size_in
    free = shutil.disk_usage(folder).free
    if free < need:
        raise StoreError(f"not enough room in {folder}: {human(free)} free, and a build of {human(size_in)} of "
                         f"input needs about {human(need)} beside the old database; database left as it was")


def write_database(graph: Graph, path: str | Path, batch_size: int = 1000) -> None:
    """Write graph beside path with MERGE statements, verify it, and only then move it into place: on any failure
    path stays as it was."""
    s = schema()
    expected = {label: len(graph.nodes.get(label, {})) for label in s.nodes}
    expected.update({name: len(graph.edges.get(name, {})) for name in s.rels})
    _replace(path, ((statement, {"rows": rows}) for statement, rows in write_batches(s, graph, batch_size)), expected)


def load_tables(statements: Iterable[str], counts: dict[str, int], path: str | Path) -> None:
    """Bulk-load node and relationship tables (COPY FROM statements) into a new database beside path, verify the
    counts, and only then move it into place."""
    _replace(path, _with_reopens(statements), counts)


def update_tables(steps: Iterable[tuple[str, dict]], before: dict[str, int], counts: dict[str, int],
                  path: str | Path) -> None:
    """Apply steps (statement, parameters) to a copy of the database at path, after checking that its tables hold
    before's counts (else OutOfStep), verify the counts, and only then move the copy into place."""
    _replace(path, chain([(CHECK, before)], steps), counts, copy=True)


def identity(path: str | Path) -> list[int]:
    """What tells the database file written by a build from another: size, times, inode and device."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def tables_version() -> str:
    """A hash of the tables' definitions (the schema's DDL) and of the engine's version."""
    text = "\n".join([f"ladybug {ladybug.__version__}", *ddl(schema())])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


REOPEN = "-- reopen"  # a step of the writer: checkpoint, close and open the new database again
CHECK = "-- check"  # a step of the writer: the tables must hold the counts of its parameters
OUT_OF_STEP = "the database is not the one the build state describes"
REOPEN_BYTES = 16 * 2**20  # Parquet loaded between two reopenings


def _with_reopens(statements: Iterable[str]) -> Iterator[tuple[str, None]]:
    """The COPY statements, with a reopening before a COPY that would bring the Parquet loaded since the last one
    over REOPEN_BYTES: the engine keeps every page it wrote cached until the database is closed, so the writer would
    otherwise hold the whole database at the end, and a large table's COPY would come on top of what came before
    (34 reopenings, one per COPY, cost about 1.5 s on a 10× build, so a small database is written in one go)."""
    loaded = 0
    for statement in statements:
        size = sum(os.path.getsize(f) for f in re.findall(r"'([^']+\.parquet)'", statement))
        if loaded and loaded + size >= REOPEN_BYTES:
            yield REOPEN, None
            loaded = 0
        yield statement, None
        loaded += size


def _replace(path: str | Path, steps: Iterable[tuple[str, dict | None]], expected: dict[str, int],
             copy: bool = False) -> None:
    """Write a new database (copy: a copy of the one at path) beside path with steps, and move it into place."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp(path)
    for p in _family(tmp):
        remove(p)
    try:
        if copy:
            shutil.copyfile(path, tmp)
        _in_writer(tmp, steps, expected)
        os.replace(tmp, path)
        for suffix in ENGINE_FILES:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        fsync(path.parent)
    finally:
        for p in _family(tmp):
            remove(p)


def _write_verified(steps: Iterator[tuple[str, dict | None]], expected: dict[str, int], tmp: Path) -> None:
    """Create the schema, run the steps, checkpoint, close, flush to disk, reopen read-only, and check every table's
    count."""
    s = schema()
    db = ladybug.Database(str(tmp))
    conn = ladybug.Connection(db)
    for statement in ddl(s):
        conn.execute(statement)
    for statement, params in steps:
        if statement == CHECK:
            _check(conn, s, params)
        elif statement != REOPEN:
            conn.execute(statement, params or {})
        else:
            conn.execute("CHECKPOINT")
            conn.close()
            db.close()
            db = ladybug.Database(str(tmp))
            conn = ladybug.Connection(db)
    conn.execute("CHECKPOINT")
    conn.close()
    db.close()
    left = [p.name for p in _family(tmp) if p != tmp]
    if left:
        raise StoreError(f"the new database did not checkpoint completely ({', '.join(left)} left beside it)")
    fsync(tmp)
    fsync(tmp.parent)
    store = Store(tmp)
    try:
        if off := _mismatch(lambda cypher: store.query(cypher)[1][0]["n"], s, expected):
            raise StoreError("the new database holds {} {} where {} were written".format(*off))
    finally:
        store.close()


def _count(s: Schema, name: str) -> str:
    """The query counting a node label's or a relationship type's rows."""
    if name in s.nodes:
        return f"MATCH (n:{name}) RETURN count(n) AS n"
    return f"MATCH ()-[r:{name}]->() RETURN count(r) AS n"


def _mismatch(count, s: Schema, expected: dict[str, int]) -> tuple[int, str, int] | None:
    """The first table whose count (count(cypher) runs a counting query) is not the expected one: (found, name,
    expected), or None."""
    for name in (*s.nodes, *s.rels):
        found = count(_count(s, name))
        if found != expected.get(name, 0):
            return found, name, expected.get(name, 0)
    return None


def _check(conn: ladybug.Connection, s: Schema, expected: dict[str, int]) -> None:
    """Raise OutOfStep unless every table holds its expected count."""
    if off := _mismatch(lambda cypher: conn.execute(cypher).get_next()[0], s, expected):
        raise OutOfStep("{} (it holds {} {} where the state has {})".format(OUT_OF_STEP, *off))


CHILD_ERROR = "kg-child-error: "  # marks the reason a writer process gives on its stderr
WRITER = "from kg.stores.ladybug import _writer; _writer()"


def _in_writer(tmp: Path, steps: Iterable[tuple[str, dict | None]], expected: dict[str, int]) -> None:
    """Write the database in a new, small Python process (not a fork of this one, which may hold the pipeline and
    the graph), so that its memory is the engine's alone, and so that the engine aborting on a write error (a full
    disk does that) ends the writer only and the build lives on to report it and clean up. The steps go to it one
    by one through a pipe; a failure is a StoreError with the writer's reason."""
    root = str(Path(__file__).resolve().parents[2])  # the kg this process runs, for the writer to import
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as err:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(os.getpid())], stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, stderr=err, env=env)
        try:
            try:
                with writer.stdin as pipe:
                    for message in chain([(str(tmp), expected)], steps, [None]):
                        pickle.dump(message, pipe)
                        pipe.flush()  # each step as it comes: the writer works while the next is made
            except BrokenPipeError:  # the writer stopped early: its reason is on its stderr
                pass
            code = writer.wait()
        except BaseException as e:
            writer.kill()
            writer.wait()
            if isinstance(e, Exception):  # making a step failed here (a graph the ontology does not allow …)
                raise StoreError(_first_line(e)) from None
            raise
        err.seek(0)
        out = err.read().decode("utf-8", "replace")
    if code:
        reason = _child_reason(out, code)
        raise (OutOfStep if reason.startswith(OUT_OF_STEP) else StoreError)(reason)


def _writer() -> None:
    """The writer process: the temporary path and expected counts, then (statement, parameters) steps until None,
    from stdin."""
    code = 1
    try:
        _die_with(int(sys.argv[1]))
        read = sys.stdin.buffer
        tmp, expected = pickle.load(read)

        def steps() -> Iterator[tuple[str, dict | None]]:
            while (step := pickle.load(read)) is not None:
                yield step

        _write_verified(steps(), expected, Path(tmp))
        code = 0
    except BaseException as e:
        os.write(2, f"\n{CHILD_ERROR}{_first_line(e)}\n".encode())
    finally:
        os._exit(code)


def _die_with(parent: int) -> None:
    """The writer is killed when the build is (Linux), so that a killed build leaves no writer behind."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]


def _child_reason(out: str, code: int) -> str:
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    own = [line[len(CHILD_ERROR):] for line in lines if line.startswith(CHILD_ERROR)]
    if own:
        reason = own[-1]
    else:
        engine = [line.split("what():", 1)[1].strip() for line in lines if "what():" in line]
        how = signal.Signals(-code).name if code < 0 else f"exit code {code}"
        reason = f"the writer process ended with {how}" + (f": {engine[-1]}" if engine else "")
    # a write the engine did not see fail shows later as a read of nothing where the page should be
    if "Cannot write to file" in reason or "Cannot read from file" in reason and "numBytesRead: 0" in reason:
        reason = f"no room for the new database (disk full or a file size limit?): {reason}"
    return reason


def _plain(value):
    """Sums come back as Decimal (INT128): whole numbers become int again."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


PAGE = 20_000  # rows a paged read holds at once


class Store:
    """A read-only connection to a built database."""

    def __init__(self, path: str | Path):
        path = Path(path)
        if not path.is_file():
            raise StoreError(f"no database at {path} (run 'kg build PATH --db {path}' first)")
        n = path.stat().st_size
        if n == 0:
            raise StoreError(f"{path} is empty (0 bytes), not a kg database; {REBUILD.format(path=path)}")
        try:
            self.db = ladybug.Database(str(path), read_only=True)
            self.conn = ladybug.Connection(self.db)
        except RuntimeError as e:
            reason = str(e).splitlines()[0]
            if "outside the database file" in reason:
                raise StoreError(f"{path} is truncated or damaged ({human(n)}, shorter than its header says); "
                                 f"{REBUILD.format(path=path)}") from None
            if "not a valid Lbug database file" in reason:
                raise StoreError(f"{path} is not a database file (LadybugDB), so not a kg database") from None
            raise StoreError(f"cannot open {path}: {reason}") from None
        tables = {row["name"] for row in self.query("CALL show_tables() RETURN name")[1]}
        s = schema()
        missing = [t for t in (*s.nodes, *s.rels) if t not in tables]
        if missing:
            self.close()
            if "Report" in tables:
                raise StoreError(f"{path} was built by another version of kg (no table {', '.join(missing)}); "
                                 f"{REBUILD.format(path=path)}")
            raise StoreError(f"{path} is a LadybugDB database but not a kg database (no table Report, Place …)")

    def query(self, cypher: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        try:
            result = self.conn.execute(cypher, params or {})
        except RuntimeError as e:
            raise StoreError(str(e).splitlines()[0]) from None
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(dict(zip(columns, map(_plain, result.get_next()))))
        return columns, rows

    def read_graph(self) -> Graph:
        """The stored graph back in memory, for loaders and exporters that start from a built database."""
        s = schema()
        g = Graph()
        for node in s.nodes.values():
            cols = ", ".join(f"n.{p.name} AS {p.name}" for p in node.properties)
            for row in self.query(f"MATCH (n:{node.label}) RETURN {cols}")[1]:
                g.add_node(node.label, row.pop("id"), **row)
        for rel in s.rels.values():
            cols = "".join(f", r.{p.name} AS {p.name}" for p in rel.properties)
            for a, b in rel.pairs:
                for row in self.query(f"MATCH (a:{a})-[r:{rel.name}]->(b:{b}) RETURN a.id AS src, b.id AS dst{cols}")[1]:
                    g.add_edge(rel.name, (a, row.pop("src")), (b, row.pop("dst")), **row)
        return g

    def node_rows(self, label: str, names: list[str]) -> Iterator[dict]:
        """The given properties of every node of label, read PAGE nodes at a time (by the engine's node offsets)."""
        cols = ", ".join(f"n.{name} AS {name}" for name in names)
        for lo in range(0, self._extent(label), PAGE):
            yield from self.query(f"MATCH (n:{label}) WHERE offset(id(n)) >= $lo AND offset(id(n)) < $hi "
                                  f"RETURN {cols}", {"lo": lo, "hi": lo + PAGE})[1]

    def edge_rows(self, rel: str, a: str, b: str, names: list[str]) -> Iterator[dict]:
        """src, dst and the given properties of every rel edge from an a to a b, read about PAGE edges at a time
        (by ranges of the sources' offsets, as many sources as hold PAGE edges on average)."""
        cols = "".join(f", r.{name} AS {name}" for name in names)
        match = f"MATCH (a:{a})-[r:{rel}]->(b:{b})"
        edges = self.query(f"{match} RETURN count(r) AS n")[1][0]["n"]
        if not edges:
            return
        sources = self._extent(a)
        step = max(1, sources * PAGE // edges)
        for lo in range(0, sources, step):
            yield from self.query(f"{match} WHERE offset(id(a)) >= $lo AND offset(id(a)) < $hi "
                                  f"RETURN a.id AS src, b.id AS dst{cols}", {"lo": lo, "hi": lo + step})[1]

    def _extent(self, label: str) -> int:
        """One more than the largest node offset of label (0 for none)."""
        top = self.query(f"MATCH (n:{label}) RETURN max(offset(id(n))) AS n")[1][0]["n"]
        return 0 if top is None else top + 1

    def close(self) -> None:
        self.conn.close()
        self.db.close()


def read_graph(path: str | Path) -> Graph:
    """The graph of the database at path, read back whole."""
    store = Store(path)
    try:
        return store.read_graph()
    finally:
        store.close()
