"""Benchmark: build a corpus into a fresh database and print time, throughput and peak memory.

    python bench/build.py [CORPUS] [--workers N]

Model loading is timed apart; run once before to warm the pkuseg cache (~/.cache/kg)."""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg.build  # noqa: E402
from kg.build import LocalEngine, build  # noqa: E402


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus"))
    ap.add_argument("--workers", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    kg.build._pipeline(learned=False)  # loaded once, timed apart
    t1 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.lbdb"
        first = build([Path(args.corpus)], db, engine=LocalEngine(args.workers))
        t2 = time.perf_counter()
        again = build([Path(args.corpus)], db, engine=LocalEngine(args.workers))
        t3 = time.perf_counter()
    print(f"reports            {first.reports} ({len(first.problems)} files skipped)")
    print(f"load pipeline      {t1 - t0:6.2f} s")
    print(f"fresh build        {t2 - t1:6.2f} s  (read, extract, aggregate, bulk load; {first.nodes:,} nodes, "
          f"{first.edges:,} relationships)")
    print(f"build again        {t3 - t2:6.2f} s  (every report from its shard)")
    print(f"peak memory        {peak_mb():,.0f} MB (largest process plus largest child, RSS)")


if __name__ == "__main__":
    main()
