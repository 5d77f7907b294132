"""Files to extractions: read the reports as a stream, extract and resolve the mentions of one report."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.corpus import FileAccount, FirstTexts, Skipped, content_key, files_to_read, no_text, read_file
from kg.metadata import Manifest
from kg.readers import ReadError
from kg.model import Extraction, Report
from kg.resolve import resolve_places


def iter_corpus(paths: Iterable[str | Path], manifest: Manifest | None = None, columns=None
                ) -> Iterator[Report | Skipped | FileAccount]:
    """The reports of every file as they are read, each text once, and what was skipped and why; each file's account
    of its characters after its reports."""
    skipped, sources, ids = files_to_read(paths)
    yield from skipped
    first = FirstTexts()
    for source in sources:
        try:
            found, account = read_file(source, ids[source.rel], manifest, columns)
        except ReadError as e:
            yield Skipped(str(source.path), str(e))
            continue
        if not found:
            yield no_text(source, account)
        yield from (r for r in found if first.keep(content_key(r), r.id, r.source, account))
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
