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

from extractors.nlp import create_nlp  # noqa: E402
from kg.graph import build_graph  # noqa: E402
from kg.pipeline import extract_all, read_corpus  # noqa: E402
from kg.stores.ladybug import write_database  # noqa: E402


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
    reports, problems, _ = read_corpus([args.corpus])
    t1 = time.perf_counter()
    nlp = create_nlp()
    t2 = time.perf_counter()
    extractions = extract_all(reports, args.workers, nlp=nlp)
    t3 = time.perf_counter()
    graph = build_graph(reports, extractions)
    with tempfile.TemporaryDirectory() as tmp:
        write_database(graph, Path(tmp) / "bench.lbdb")
    t4 = time.perf_counter()
    chars = sum(r.chars for r in reports)
    print(f"reports            {len(reports)} ({len(problems)} files skipped)")
    print(f"characters         {chars:,}")
    print(f"read + normalize   {t1 - t0:6.2f} s")
    print(f"load pipeline      {t2 - t1:6.2f} s")
    print(f"extract + resolve  {t3 - t2:6.2f} s  ({chars / (t3 - t2):,.0f} chars/s)")
    print(f"graph + database   {t4 - t3:6.2f} s")
    print(f"total build        {t4 - t0:6.2f} s  ({chars / (t4 - t0):,.0f} chars/s end to end)")
    print(f"peak memory        {peak_mb():,.0f} MB (largest process plus largest worker, RSS)")


if __name__ == "__main__":
    main()
