"""Reading ../shared/corpus-dev: every report of its MANIFEST.md with the right issuer and plan year, no file losing
more than 5% of its report text, repeated copies counted once, and the sample shipped in tests/sample."""
import re
from pathlib import Path

import pytest

from kg.pipeline import read_corpus

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-dev"
SAMPLE = Path(__file__).resolve().parents[1] / "sample"


def _manifest() -> dict[str, list[tuple[str, int]]]:
    """file -> [(issuer, plan year)] from MANIFEST.md's table; 国务院 is the national issuer."""
    out = {}
    for line in (DEV / "MANIFEST.md").read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) < 4 or not cells[0].startswith("d"):
            continue
        issuer = "中华人民共和国" if cells[1] == "国务院" else cells[1].replace("人民政府", "")
        if m := re.match(r"\d+ years: (.*)", cells[3]):
            years = []
            for part in m[1].split(", "):
                a, _, b = part.partition("–")
                b = (a[:4 - len(b)] + b) if b else a
                years += range(int(a), int(b) + 1)
        else:
            years = [int(cells[3])]
        out[cells[0]] = [(issuer, y) for y in years]
    return out


@pytest.fixture(scope="module")
def dev():
    if not DEV.is_dir():
        pytest.skip("../shared/corpus-dev is not present")
    return read_corpus([DEV])


def test_every_report_with_its_issuer_and_plan_year(dev):
    reports, _, _ = dev
    expected = _manifest()
    assert sum(map(len, expected.values())) == 79
    found = {}
    for r in reports:
        found.setdefault(Path(r.source).name, []).append((r.issuer.name if r.issuer else None, r.year))
    assert {f: sorted(v, key=lambda x: x[1]) for f, v in found.items()} == expected


def _report_text_sizes() -> dict[str, int]:
    """The CSV files' report text lengths that MANIFEST.md gives ("16,770 (report text 16,555)")."""
    sizes = {}
    for line in (DEV / "MANIFEST.md").read_text("utf-8").splitlines():
        if m := re.match(r"\| (d\d+_\w+\.csv) \|.*?\(report text ([\d,]+)\)", line):
            sizes[m[1]] = int(m[2].replace(",", ""))
    return sizes


def test_no_file_loses_report_text(dev):
    from kg.corpus import inspect_file
    from kg.layout import sentence_like

    _, problems, accounts = dev
    assert [Path(p.path).name for p in problems] == ["MANIFEST.md"]  # not a report, and said so
    sizes = _report_text_sizes()
    assert len(sizes) == 17
    for a in accounts:
        name = Path(a.path).name
        if not a.reports:
            continue
        if name in sizes:  # the report text of a table cell, whitespace aside
            assert a.kept >= 0.93 * sizes[name], a.summary()  # the manifest counts whitespace, kept does not
        # running text is never dropped as furniture: only repeated copies of it are
        spans, _ = inspect_file(Path(a.path))
        lost = sum(len(text) for _, what, text in spans if what.startswith("dropped") and "repeated copy" not in what
                   and sentence_like(re.sub(r"\s", "", text)))
        assert lost <= 0.05 * a.kept, (a.summary(), [t for _, w, t in spans if w.startswith("dropped")][:20])
        assert (a.dropped["repeated copy"] > 0) == name.startswith(("d30", "d31", "d32", "d33", "d34", "d35", "d09")), \
            a.summary()


def test_the_shipped_sample_reads_without_shared():
    reports, problems, _ = read_corpus([SAMPLE])
    assert not [p for p in problems if not p.path.endswith("README.md")]
    assert sorted((r.issuer.name, r.year) for r in reports) == [("丛台区", 2024), ("德州市", 2024), ("石家庄市", 2025)]
