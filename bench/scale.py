"""Benchmark: build synthetic corpora of 1×, 10×, 100× the sample corpus and print, per size, total time, characters
per second, peak memory of every process (the build, each extraction worker, the database writer), database size,
and for the largest the time to add one report, to change one and to rebuild with nothing changed, with the database's
size after each (and, with --check, whether the graph then equals a fresh build from all shards). Such small updates
are applied in place to a copy of the database, which grows by it until a load of all parts compacts it (README,
*Updates in place*); restoring the corpus of an earlier run removes a report, which loads all parts.

    python bench/scale.py [CORPUS] [--sizes 1 10 100] [--workers 2] [--out /tmp/kg-scale] [--keep] [--check]

Copy 0 of each report is the report itself; copy i moves it to another prefecture (its issuer's names replaced by
the other's) and shifts its years back by i mod 15, so that no two copies share a text (content deduplication would
merge them) and every copy is read with its own issuer and plan year."""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import gazetteer  # noqa: E402
from kg.pipeline import read_corpus  # noqa: E402

YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=年)")


def copies(reports, n: int):
    """(file name, text) of n distinct copies of every report."""
    gaz = gazetteer.load()
    targets = sorted((d for d in gaz.by_code.values() if d.level == "prefecture"), key=lambda d: d.adcode)
    for i in range(n):
        for j, r in enumerate(reports):
            text = r.text
            if i and r.issuer is not None:
                to = targets[(i * len(reports) + j) % len(targets)]
                for old, new in ((r.issuer.name, to.name), (r.issuer.short_name, to.short_name)):
                    if old and new:
                        text = text.replace(old, new)
                text = YEAR.sub(lambda m: str(int(m.group(1)) - i % 15), text)
            yield f"{i:04d}_{j:02d}.txt", text


class Peaks:
    """Peak resident memory (VmHWM) of a process and all its descendants, sampled until stopped."""

    def __init__(self, pid: int):
        self.pid, self.peaks, self.names = pid, {}, {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _children(self, pid: int) -> list[int]:
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as f:
                return [int(p) for p in f.read().split()]
        except OSError:
            return []

    def _run(self) -> None:
        while not self.done.is_set():
            todo, depth = [(self.pid, 0)], {}
            while todo:
                pid, d = todo.pop()
                depth[pid] = d
                todo += [(c, d + 1) for c in self._children(pid)]
            for pid, d in depth.items():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                found = re.search(r"VmHWM:\s+(\d+)", status)
                if found is None:  # a zombie
                    continue
                hwm = int(found.group(1)) // 1024
                self.peaks[pid] = max(self.peaks.get(pid, 0), hwm)
                self.names.setdefault(pid, "build" if d == 0 else f"child {pid}")
            time.sleep(0.2)

    def stop(self) -> dict[str, int]:
        self.done.set()
        self.thread.join()
        out = {"build": self.peaks.get(self.pid, 0)}
        children = sorted((p for p in self.peaks if p != self.pid), key=lambda p: -self.peaks[p])
        for k, pid in enumerate(children):
            out[f"child {k + 1}"] = self.peaks[pid]
        return out


def build(inputs: list[Path], db: Path, workers: int) -> tuple[float, dict[str, int], str]:
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", *map(str, inputs),
                          "--db", str(db), "--workers", str(workers)], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    peaks = Peaks(p.pid)
    _, err = p.communicate()
    memory = peaks.stop()
    if p.returncode:
        raise SystemExit(f"build failed: {err.strip().splitlines()[-1]}")
    return time.perf_counter() - t, memory, err.strip().splitlines()[-1]


def graph(db: Path):
    from kg.stores.ladybug import read_graph

    return read_graph(db)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-scale"))
    ap.add_argument("--keep", action="store_true", help="reuse the corpora and databases of an earlier run under "
                                                        "--out: no full builds, only the updates of the largest")
    ap.add_argument("--check", action="store_true", help="compare the graph after the updates with a build of a "
                                                         "fresh database from the same shards")
    args = ap.parse_args()
    reports, _, _ = read_corpus([args.corpus])
    t = time.perf_counter()
    from extractors.nlp import create_nlp

    create_nlp()
    load = time.perf_counter() - t
    print(f"pipeline load in one process: {load:.1f} s", flush=True)
    largest = max(args.sizes)
    for n in args.sizes:
        folder = args.out / f"x{n}"
        db = folder / "kg.lbdb"
        if args.keep and db.is_file():
            continue
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "reports").mkdir(parents=True)
        chars = 0
        for name, text in copies(reports, n):
            (folder / "reports" / name).write_text(text, encoding="utf-8")
            chars += len(text)
        seconds, memory, line = build([folder / "reports"], db, args.workers)
        print(f"{n}×: {n * len(reports):,} reports, {chars / 1e6:.2f} M chars, {seconds:.1f} s, "
              f"{chars / seconds:,.0f} chars/s, {seconds / chars * 1e6:.1f} s per M chars, database "
              f"{db.stat().st_size / 2**20:.1f} MB, shards {sum(p.stat().st_size for p in db.parent.rglob('*.gz')) / 2**20:.1f} MB; "
              f"peak MB " + ", ".join(f"{k} {v:,}" for k, v in memory.items()) + f"; {line}", flush=True)
    folder = args.out / f"x{largest}"
    db = folder / "kg.lbdb"
    texts = dict(copies(reports, largest + 1))
    added = next(name for name in texts if name.startswith(f"{largest:04d}"))
    changed = f"{largest // 2:04d}_00.txt"
    if args.keep:  # undo the updates of an earlier run
        (folder / "reports" / added).unlink(missing_ok=True)
        (folder / "reports" / changed).write_text(texts[changed], encoding="utf-8")
        seconds, _, line = build([folder / "reports"], db, args.workers)
        print(f"restore the {largest}× corpus of an earlier run: {seconds:.1f} s; {line}", flush=True)
    stamp = int(time.time())  # an invented sentence numbered by the time: new text, extracted, on every run
    steps = (
        ("add one report", lambda: (folder / "reports" / added).write_text(
            texts[added].replace("。", f"。新增第{stamp}句。", 1), encoding="utf-8")),
        ("change one report", lambda: (folder / "reports" / changed).write_text(
            texts[changed].replace("。", f"。新增第{stamp + 1}句。", 1), encoding="utf-8")),
        ("rebuild with nothing changed", lambda: None),
    )
    for what, step in steps:
        step()
        seconds, memory, line = build([folder / "reports"], db, args.workers)
        print(f"{what} to {largest}×: {seconds:.1f} s (pipeline load {load:.1f} s), database "
              f"{db.stat().st_size / 2**20:.1f} MB; peak MB " + ", ".join(f"{k} {v:,}" for k, v in memory.items())
              + f"; {line}", flush=True)
    if args.check:
        fresh = folder / "fresh" / "kg.lbdb"
        shutil.rmtree(fresh.parent, ignore_errors=True)
        fresh.parent.mkdir()
        shutil.copytree(db.with_name(f".{db.name}.build") / "shards", fresh.with_name(f".{fresh.name}.build") / "shards")
        build([folder / "reports"], fresh, args.workers)
        a, b = graph(db), graph(fresh)
        print(f"same graph as a fresh database built from all shards: {a.nodes == b.nodes and a.edges == b.edges}")


if __name__ == "__main__":
    main()
