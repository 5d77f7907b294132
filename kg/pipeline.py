"""Files to extractions: read the reports as a stream, extract and resolve the mentions of one report."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.corpus import FileAccount, Skipped, Source, content_key, iter_files, read_file, report_ids
from kg.metadata import Manifest
from kg.readers import ReadError
from kg.model import Extraction, Report
from kg.resolve import resolve_places


def iter_corpus(paths: Iterable[str | Path], manifest: Manifest | None = None, columns=None
                ) -> Iterator[Report | Skipped | FileAccount]:
    """The reports of every file as they are read, each text once, and what was skipped and why; each file's account
    of its characters after its reports."""
    items = list(iter_files(paths))
    sources = [i for i in items if isinstance(i, Source)]
    yield from (i for i in items if isinstance(i, Skipped))
    ids = report_ids(sources)
    first_seen: dict[str, tuple[str, str]] = {}
    for source in sources:
        try:
            found, account = read_file(source, ids[source.rel], manifest, columns)
        except ReadError as e:
            yield Skipped(str(source.path), str(e))
            continue
        if not found:
            yield Skipped(str(source.path), "no report text found (" + (
                ", ".join(f"{reason} {n:,}" for reason, n in account.dropped.most_common()) or "empty") + ")")
        for r in found:
            key = content_key(r)
            if key in first_seen:
                seen_id, seen_source = first_seen[key]
                account.warnings.append(f"{r.id} has the same text as {seen_id} ({seen_source}): built once")
                continue
            first_seen[key] = (r.id, r.source)
            yield r
        yield account


def read_corpus(paths: Iterable[str | Path], manifest: Manifest | None = None, columns=None
                ) -> tuple[list[Report], list[Skipped], list[FileAccount]]:
    """The reports of every file, each text once; what was skipped and why; what became of each file's characters."""
    reports, problems, accounts = [], [], []
    for item in iter_corpus(paths, manifest, columns):
        {Report: reports, Skipped: problems, FileAccount: accounts}[type(item)].append(item)
    return reports, problems, accounts


def extract_report(nlp, report: Report) -> Extraction:
    """The mentions (places resolved), candidates and relations of one report."""
    from extractors.extract import extract

    ex = extract(nlp, report)
    return Extraction(ex.report_id, tuple(resolve_places(report, ex.mentions)), ex.candidates, ex.relations)
