"""Files to extractions: read the reports, extract and resolve their mentions in parallel worker processes."""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.corpus import FileAccount, Skipped, Source, content_key, iter_files, read_file, report_ids
from kg.metadata import Manifest
from kg.readers import ReadError
from kg.model import Extraction, Report
from kg.resolve import resolve_places


def read_corpus(paths: Iterable[str | Path], manifest: Manifest | None = None, columns=None
                ) -> tuple[list[Report], list[Skipped], list[FileAccount]]:
    """The reports of every file, each text once; what was skipped and why; what became of each file's characters."""
    items = list(iter_files(paths))
    sources = [i for i in items if isinstance(i, Source)]
    problems = [i for i in items if isinstance(i, Skipped)]
    ids = report_ids(sources)
    reports: list[Report] = []
    accounts: list[FileAccount] = []
    first_seen: dict[str, Report] = {}
    for source in sources:
        try:
            found, account = read_file(source, ids[source.rel], manifest, columns)
        except ReadError as e:
            problems.append(Skipped(str(source.path), str(e)))
            continue
        accounts.append(account)
        if not found:
            problems.append(Skipped(str(source.path), "no report text found (" + (
                ", ".join(f"{reason} {n:,}" for reason, n in account.dropped.most_common()) or "empty") + ")"))
        for r in found:
            key = content_key(r)
            if key in first_seen:
                seen = first_seen[key]
                account.warnings.append(f"{r.id} has the same text as {seen.id} ({seen.source}): built once")
                continue
            first_seen[key] = r
            reports.append(r)
    return reports, problems, accounts


_NLP = None  # the pipeline of a worker process, inherited from the parent at fork


def _extract_one(report: Report) -> Extraction:
    from extractors.extract import extract

    ex = extract(_NLP, report)
    return Extraction(ex.report_id, tuple(resolve_places(report, ex.mentions)), ex.candidates, ex.relations)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them: one message, not one traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extract_all(reports: list[Report], workers: int = 0, progress: Callable[[int], None] | None = None,
                nlp=None, learned: bool = False) -> list[Extraction]:
    """Extractions in the order of the reports; workers=0 uses every core; learned adds the trained recognizer."""
    global _NLP
    from extractors.nlp import components, create_nlp

    _NLP = nlp or create_nlp(components=components(learned))
    workers = workers or os.cpu_count() or 1
    workers = min(workers, len(reports)) or 1
    # longest reports first so that the workers finish together
    order = sorted(range(len(reports)), key=lambda i: -reports[i].chars)
    results: dict[int, Extraction] = {}
    if workers == 1 or "fork" not in multiprocessing.get_all_start_methods():
        for i in order:
            results[i] = _extract_one(reports[i])
            if progress:
                progress(reports[i].chars)
    else:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_ignore_interrupts) as pool:
            for i, ex in zip(order, pool.imap(_extract_one, [reports[i] for i in order])):
                results[i] = ex
                if progress:
                    progress(reports[i].chars)
    return [results[i] for i in range(len(reports))]
