"""A build: read the reports, extract only those without a shard (in worker processes or on a cluster), aggregate
the graph from the shards bucket by bucket, bulk-load it into a new database and replace the old one."""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from kg.corpus import FileAccount, Skipped
from kg.graph import aggregate
from kg.model import Report
from kg.pipeline import extract_report, iter_corpus
from kg.shards import ShardStore, build_folder, extractor_version, read_catalog, report_key, write_catalog
from kg.stores.durable import dead_leftovers, remove
from kg.stores.ladybug import load_tables
from kg.stores.tables import TableSink

CHUNK_CHARS = 2_000_000  # characters of reports held for extraction at once
REPORTS_PER_BUCKET = 20  # aggregation holds the facts of about this many reports at once …
MAX_BUCKETS = 512  # … up to this many buckets (files open at once)


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
    return _NLP[learned]


def shard_of(report: Report, learned: bool = False) -> dict:
    """Extract one report into its shard (the pipeline is loaded once per process)."""
    from kg.graph import report_shard

    return report_shard(report, extract_report(_pipeline(learned), report))


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them: one message, not one traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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
            self.pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_ignore_interrupts)
        yield from zip(order, self.pool.imap(work, order))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def _chunks(items: Iterable, on_other: Callable) -> Iterator[list[Report]]:
    chunk, chars = [], 0
    for item in items:
        if not isinstance(item, Report):
            on_other(item)
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
    """Build the database at db from the reports under paths, reusing the shards of reports read before."""
    folder = build_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    for left in dead_leftovers(folder, r"tmp-(\d+)").values():
        for p in left:
            remove(p)
    previous = read_catalog(folder)
    _check_unnamed(previous, paths, prune)
    store = ShardStore(folder, extractor_version(learned))
    tmp = folder / f"tmp-{os.getpid()}"
    out = Outcome()
    try:
        catalog = _extract(paths, manifest, columns, engine or LocalEngine(learned=learned), store, tmp, out, progress)
        if not catalog:
            raise BuildError("no reports found in " + ", ".join(map(str, paths)) + "; database left as it was")
        read = {(e["path"], e["locator"]) for e in catalog}
        gone = [e for e in previous if (e["path"], e.get("locator", "")) not in read]
        if gone:
            shown = ", ".join(e["id"] for e in gone[:5]) + (" …" if len(gone) > 5 else "")
            out.notes.append(f"note: dropped {len(gone)} reports of the previous build whose sources are gone or "
                             f"no longer reports: {shown}")
        sink = TableSink(tmp / "tables")
        buckets = min(MAX_BUCKETS, -(-len(catalog) // REPORTS_PER_BUCKET))
        aggregate(_shards(store, catalog), sink, buckets, tmp / "buckets")
        counts = sink.close()
        load_tables(sink.copy_statements(), counts, db)
    finally:
        remove(tmp)
    write_catalog(folder, catalog, store.version)
    freed = store.prune_versions()
    if freed:
        out.notes.append(f"note: removed the shards of earlier extractor versions ({freed / 2**20:,.1f} MB)")
    out.reports = len(catalog)
    out.nodes = sum(n for name, n in counts.items() if name in sink.s.nodes)
    out.edges = sum(n for name, n in counts.items() if name in sink.s.rels)
    return out


def _extract(paths, manifest, columns, engine, store: ShardStore, tmp: Path, out: Outcome, progress) -> list[dict]:
    """Read the reports and extract those without a shard, chunk by chunk; the catalog of the reports read."""
    catalog: list[dict] = []
    keys: dict[str, str] = {}  # report id -> key, of the reports being extracted

    def on_other(item) -> None:
        (out.problems if isinstance(item, Skipped) else out.accounts).append(item)

    try:
        for chunk in _chunks(iter_corpus(paths, manifest, columns), on_other):
            todo = []
            for r in chunk:
                key = report_key(r)
                catalog.append({"id": r.id, "key": key, "source": r.source, "path": str(Path(r.source).resolve()),
                                "locator": r.locator})
                out.warnings += [(r.id, w) for w in r.warnings]
                if store.has(key):
                    if progress:
                        progress(r.chars)
                else:
                    todo.append(r)
                    keys[r.id] = key
            for r, shard in engine.map(todo):
                store.put(keys.pop(r.id), shard, tmp)
                out.extracted += 1
                if progress:
                    progress(r.chars)
    finally:
        engine.close()
    return catalog


def _shards(store: ShardStore, catalog: list[dict]) -> Iterator[dict]:
    for entry in catalog:
        shard = store.get(entry["key"])
        for label, _, props in shard["nodes"]:
            if label == "Report":
                props["source"] = entry["source"]  # as named in this build
        yield shard


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
