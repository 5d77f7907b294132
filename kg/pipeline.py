"""Files to extractions: read the reports, extract and resolve their mentions in parallel worker processes."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.corpus import ReadError, Skipped, iter_files, read_reports
from kg.metadata import Manifest
from kg.model import Extraction, Report
from kg.resolve import resolve_places


def read_corpus(paths: Iterable[str | Path], manifest: Manifest | None = None) -> tuple[list[Report], list[Skipped]]:
    reports: list[Report] = []
    problems: list[Skipped] = []
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            problems.append(item)
            continue
        try:
            reports.extend(read_reports(item, manifest))
        except ReadError as e:
            problems.append(Skipped(str(item), str(e)))
    return reports, problems


_NLP = None  # the pipeline of a worker process, inherited from the parent at fork


def _extract_one(report: Report) -> Extraction:
    from extractors.extract import extract

    ex = extract(_NLP, report)
    return Extraction(ex.report_id, tuple(resolve_places(report, ex.mentions)), ex.candidates, ex.relations)


def extract_all(reports: list[Report], workers: int = 0, progress: Callable[[int], None] | None = None,
                nlp=None) -> list[Extraction]:
    """Extractions in the order of the reports; workers=0 uses every core."""
    global _NLP
    from extractors.nlp import create_nlp

    _NLP = nlp or create_nlp()
    workers = workers or os.cpu_count() or 1
    workers = min(workers, len(reports)) or 1
    # longest reports first so that the workers finish together
    order = sorted(range(len(reports)), key=lambda i: -reports[i].chars)
    results: dict[int, Extraction] = {}
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        for i in order:
            results[i] = _extract_one(reports[i])
            if progress:
                progress(1)
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for i, ex in zip(order, pool.imap(_extract_one, [reports[i] for i in order])):
                results[i] = ex
                if progress:
                    progress(1)
    return [results[i] for i in range(len(reports))]
