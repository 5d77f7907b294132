"""A build: read the reports, extract only those without a shard (in worker processes or on a cluster), aggregate
the graph from the shards bucket by bucket, bulk-load it into a new database and replace the old one."""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.aggregate import State, aggregation_version
from kg.corpus import FileAccount, FirstTexts, Skipped, content_key, files_to_read, no_text, read_file
from kg.difference import affordable, changes, cost, steps
from kg.model import Report
from kg.pipeline import extract_report
from kg.readers import ReadError
from kg.schema import schema
from kg.shards import (ShardStore, build_folder, extractor_version, load_catalog, reading_version, report_key,
                       write_catalog)
from kg.stores.durable import dead_leftovers, remove
from kg.stores.ladybug import OutOfStep, StoreError, identity, load_tables, tables_version, update_tables

CHUNK_CHARS = 500_000  # characters of reports held for extraction at once (the reports to extract only)
RACY_NS = 2_000_000_000  # a file changed this recently may change again within the same time stamp: read it again
GROWTH = 2.0  # a database grown by updates in place to this many times its size when last loaded is loaded again


class BuildError(Exception):
    """A one-line reason the build stopped; the database is left as it was."""


@dataclass
class Outcome:
    reports: int = 0
    extracted: int = 0
    nodes: int = 0
    edges: int = 0
    problems: list[Skipped] = field(default_factory=list)
    accounts: list[FileAccount] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (report id, warning)
    notes: list[str] = field(default_factory=list)


_NLP: dict = {}  # learned -> the pipeline of this process: inherited at fork, or loaded once by a cluster worker


def _pipeline(learned: bool):
    """The pipeline of this process, loaded once for each choice of components."""
    if learned not in _NLP:
        from extractors.nlp import components, create_nlp

        _NLP[learned] = create_nlp(components=components(learned))
        # It lives as long as the process: out of the collector's sight, so that the collections of the build and
        # of the exit do not walk its millions of objects (0.6 s at exit) and forked workers do not copy their pages.
        gc.freeze()
    return _NLP[learned]


def shard_of(report: Report, learned: bool = False) -> dict:
    """Extract one report into its shard (the pipeline is loaded once per process)."""
    from kg.graph import report_shard

    return report_shard(report, extract_report(_pipeline(learned), report))


def _numbered(work: Callable, item: tuple[int, Report]) -> tuple[int, dict]:
    return item[0], work(item[1])


def _worker_start(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, which stops them (one message, not one traceback per worker), and end
    with it: Ctrl-C while the pool is being made stops the parent before it holds the pool to stop, and a worker
    left behind would hold the build's output open (seen: a test waiting on it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: SIGTERM when the parent ends
    if os.getppid() != parent:
        os._exit(0)  # the parent ended before the line above


class LocalEngine:
    """Worker processes forked from this one, so they share the loaded pipeline; workers=0: one per core."""

    def __init__(self, workers: int = 0, learned: bool = False):
        self.workers = workers or os.cpu_count() or 1
        self.learned = learned
        self.pool = None

    def map(self, reports: list[Report]) -> Iterator[tuple[Report, dict]]:
        if not reports:
            return
        _pipeline(self.learned)  # loaded before the fork, shared by the workers
        order = sorted(reports, key=lambda r: -r.chars)  # longest first, so that the workers finish together
        work = partial(shard_of, learned=self.learned)
        if self.workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
            for r in order:
                yield r, work(r)
            return
        if self.pool is None:
            self.pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_worker_start,
                                                                initargs=(os.getpid(),))
        # as they finish, not in order: results waiting behind a long report would pile up here
        for i, shard in self.pool.imap_unordered(partial(_numbered, work), enumerate(order)):
            yield order[i], shard

    def close(self) -> None:
        """Stop the workers now: after the last result they are idle; after Ctrl-C or an error they must not go on
        with their queue, nor outlive this process holding its output open."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def _chunks(items: Iterable, store: ShardStore, on_read: Callable, on_other: Callable) -> Iterator[list[Read]]:
    """The reports to extract (those without a shard) in chunks of about CHUNK_CHARS characters; every report read
    goes to on_read as it comes, so that those with a shard are not held; everything else to on_other."""
    chunk, chars = [], 0
    for item in items:
        if not isinstance(item, Read):
            on_other(item)
            continue
        on_read(item)
        if store.has(item.key):
            continue
        chunk.append(item)
        chars += item.chars
        if chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _named(path: Path, roots: list[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def build(paths: list[Path], db: Path, manifest=None, columns=None, engine=None, prune: bool = False,
          progress: Callable[[int], None] | None = None, learned: bool = False) -> Outcome:
    """Build the database at db from the reports under paths, reusing what the last build read from unchanged
    files, the shards of reports extracted before and the aggregation of the last build."""
    folder = build_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    for left in dead_leftovers(folder, r"tmp-(\d+)").values():
        for p in left:
            remove(p)
    before = load_catalog(folder)
    previous = before.get("reports", [])
    _check_unnamed(previous, paths, prune)
    store = ShardStore(folder, extractor_version(learned))
    reading = reading_version(manifest, columns)
    known = {f["path"]: f for f in before.get("files", [])} if before.get("reading") == reading else {}
    generation = before.get("generation", 0) + 1
    tmp = folder / f"tmp-{os.getpid()}"
    out = Outcome()
    state, loaded = None, False
    try:
        state = State(folder, aggregation_version(store.version))
        state.collect()
        catalog, files = _extract(paths, manifest, columns, engine or LocalEngine(learned=learned), store, tmp, out,
                                  progress, known)
        if not catalog:
            why = "; ".join(f"{Path(p.path).name}: {p.reason}" for p in out.problems[:3]) \
                + (f"; {len(out.problems) - 3} more skipped" if len(out.problems) > 3 else "")
            raise BuildError("no reports found in " + ", ".join(map(str, paths)) + (f" ({why})" if why else "")
                             + "; database left as it was")
        read = {(e["path"], e["locator"]) for e in catalog}
        gone = [e for e in previous if (e["path"], e.get("locator", "")) not in read]
        if gone:
            shown = ", ".join(e["id"] for e in gone[:5]) + (" …" if len(gone) > 5 else "")
            out.notes.append(f"note: dropped {len(gone)} reports of the previous build whose sources are gone or "
                             f"no longer reports: {shown}")
        built = {f"{e['key']} {e['source']}": e for e in catalog}  # the Report node holds the source as named
        order = [(k, e["id"]) for k, e in built.items()]
        statements, counts = state.update(order, lambda k: _shard(store, built[k]), tmp, generation,
                                          fresh=not state.usable(generation - 1, order))
        written = _write(db, state, statements, counts, tmp, out)
        loaded = True
        # A kill before this commit leaves the last state (SQLite rolls back; the new parts are removed next time),
        # with the new database or the old one in place: either way the next build redoes this one's work (the new
        # database is not the one the last state names, so it is loaded whole).
        state.commit(generation, written)
        state.collect()  # the parts this build replaced
    except sqlite3.Error as e:
        if loaded:
            raise BuildError(f"built {db}, but keeping the build state in {folder} failed ({e}): the next build "
                             f"will redo this one's work") from None
        raise BuildError(f"no room for the build state in {folder} (disk full or a file size limit?): {e}; "
                         f"database left as it was" if "disk" in str(e) else
                         f"the build state in {folder} failed: {e}; database left as it was") from None
    finally:
        if state is not None:
            state.close()
        remove(tmp)
    write_catalog(folder, {"version": store.version, "reading": reading, "generation": generation,
                           "reports": catalog, "files": files})
    freed = store.prune_versions()
    if freed:
        out.notes.append(f"note: removed the shards of earlier extractor versions ({freed / 2**20:,.1f} MB)")
    out.reports = len(catalog)
    labels = schema().nodes
    out.nodes = sum(n for name, n in counts.items() if name in labels)
    out.edges = sum(n for name, n in counts.items() if name not in labels)
    return out


def _write(db: Path, state: State, statements: list[str], counts: dict[str, int], work: Path, out: Outcome
           ) -> dict:
    """Bring the database at db to the state: in place (the difference applied to a copy, or nothing when nothing
    differs) when db is the very file the last build wrote, with the same tables, not grown by updates beyond GROWTH,
    and the difference is cheaper to apply than a load; otherwise (and when the database turns out not to hold what
    the last state says) load all parts into a new one. What tells the database written, for the state."""
    last = json.loads(state.meta("database") or "{}")
    total = sum(counts.values())
    if (not state.fresh and db.is_file() and last.get("file") == identity(db) and last.get("tables") == tables_version()
            and "counts" in last and last["file"][0] <= GROWTH * last.get("loaded", 0)
            and affordable(state.replaced, total)):
        diff = list(changes(state))
        if not diff and counts == last["counts"]:
            return last
        if cost(diff, state.rows()) < total:
            try:
                update_tables(steps(diff, work / "difference"), last["counts"], counts, db)
                return _written(db, counts, last["loaded"])
            except OutOfStep as e:
                out.notes.append(f"note: {e}; all its tables were loaded again")
            except StoreError as e:  # the copy is gone and the database as it was: a load does not depend on it
                out.notes.append(f"note: updating {db} in place failed ({e}); all its tables were loaded again")
    load_tables(statements, counts, db)
    return _written(db, counts, db.stat().st_size)


def _written(db: Path, counts: dict[str, int], loaded: int) -> dict:
    """What tells the database at db: its file, its tables' definitions, their counts, and its size when last
    loaded whole."""
    return {"file": identity(db), "tables": tables_version(), "counts": counts, "loaded": loaded}


@dataclass(frozen=True)
class Read:
    """A report to build, as the catalog describes it; with its text when its file was read now (else its shard
    is known to exist)."""

    id: str
    key: str
    source: str
    locator: str
    chars: int
    warnings: tuple[str, ...]
    report: Report | None = None


def _fingerprint(path: Path) -> list[int] | None:
    """What tells a file unchanged: size, times, inode and device; none for a file changed so recently that a
    later change could keep its size and time stamp."""
    st = os.stat(path)
    if max(st.st_mtime_ns, st.st_ctime_ns) > time.time_ns() - RACY_NS:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def _complete(entry: dict, first: FirstTexts, store: ShardStore) -> bool:
    """Whether every report of a file entry that this build keeps (not the same text as one before) has a shard."""
    seen = set(first.seen)
    for r in entry["reports"]:
        if r["content"] not in seen:
            seen.add(r["content"])
            if not store.has(r["key"]):
                return False
    return True


def _read(paths, manifest, columns, known: dict[str, dict], store: ShardStore
          ) -> Iterator[Read | Skipped | FileAccount | dict]:
    """The reports of every file, each text once, as iter_corpus reads them, but a file unchanged since the last
    build (same fingerprint, relative path, id and reading version) is not read: its catalog entry stands for it.
    Yields each file's catalog entry (a dict) before its reports and account."""
    skipped, sources, ids = files_to_read(paths)
    yield from skipped
    first = FirstTexts()
    for source in sources:
        path, file_id, fingerprint = str(Path(source.path).resolve()), ids[source.rel], _fingerprint(source.path)
        entry = known.get(path)
        if (entry and fingerprint and entry["stat"] == fingerprint and entry["rel"] == source.rel
                and entry["id"] == file_id and _complete(entry, first, store)):
            found: list[Report | None] = [None] * len(entry["reports"])
            a = entry["account"]
            account = FileAccount(str(source.path), a["reports"], a["kept"], Counter(a["dropped"]), list(a["warnings"]))
        else:
            try:
                found, account = read_file(source, file_id, manifest, columns)
            except ReadError as e:
                yield Skipped(str(source.path), str(e))
                continue
            entry = {"path": path, "stat": fingerprint, "rel": source.rel, "id": file_id, "reports": [
                {"id": r.id, "key": report_key(r), "content": content_key(r), "locator": r.locator, "chars": r.chars,
                 "warnings": list(r.warnings)} for r in found],
                "account": {"reports": account.reports, "kept": account.kept, "dropped": dict(account.dropped),
                            "warnings": list(account.warnings)}}
        yield entry
        if not found:
            yield no_text(source, account)
        for r, info in zip(found, entry["reports"]):
            if first.keep(info["content"], info["id"], str(source.path), account):
                    yield Read(info["id"], info["key"], str(source.path), info["locator"], info["chars"],
                           tuple(info["warnings"]), r)
        yield account


def _extract(paths, manifest, columns, engine, store: ShardStore, tmp: Path, out: Outcome, progress,
             known: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """Read the reports and extract those without a shard, chunk by chunk; the catalog of the reports and of the
    files read."""
    catalog: list[dict] = []
    files: list[dict] = []
    keys: dict[str, str] = {}  # report id -> key, of the reports being extracted

    def on_other(item) -> None:
        if isinstance(item, dict):
            files.append(item)
        else:
            (out.problems if isinstance(item, Skipped) else out.accounts).append(item)

    def on_read(r: Read) -> None:
        catalog.append({"id": r.id, "key": r.key, "source": r.source, "path": str(Path(r.source).resolve()),
                        "locator": r.locator})
        out.warnings.extend((r.id, w) for w in r.warnings)
        if progress and store.has(r.key):
            progress(r.chars)

    try:
        for chunk in _chunks(_read(paths, manifest, columns, known, store), store, on_read, on_other):
            keys.update((r.id, r.key) for r in chunk)
            for r, shard in engine.map([r.report for r in chunk]):
                store.put(keys.pop(r.id), shard, tmp)
                out.extracted += 1
                if progress:
                    progress(r.chars)
    finally:
        engine.close()
    return catalog, files


def _shard(store: ShardStore, entry: dict) -> dict:
    shard = store.get(entry["key"])
    for label, _, props in shard["nodes"]:
        if label == "Report":
            props["source"] = entry["source"]  # as named in this build
    return shard


def _shards(store: ShardStore, catalog: list[dict]) -> Iterator[dict]:
    for entry in catalog:
        yield _shard(store, entry)


def _check_unnamed(previous: list[dict], paths: list[Path], prune: bool) -> None:
    """Refuse, unless prune, to drop reports of the last build whose files still exist outside the paths named:
    naming fewer paths must not silently shrink a database. (Reports whose files are gone are dropped with a note.)"""
    roots = [Path(p).resolve() for p in paths] + [Path(os.path.abspath(p)) for p in paths]
    unnamed = [e for e in previous if not _named(Path(e["path"]), roots) and Path(e["path"]).is_file()
               and not _named(Path(os.path.abspath(e["source"])), roots)]  # a link in a named folder is named
    if unnamed and not prune:
        raise BuildError(f"{len(unnamed)} reports of the database come from files not among the inputs (such as "
                         f"{unnamed[0]['path']}); name their paths too, or pass --prune to drop them; "
                         f"database left as it was")
