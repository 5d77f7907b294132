"""From files to reports: which files to read, their units, layout and metadata, ids, sentences and parts."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.layout import Layout, layout
from kg.model import Report, Sentence
from kg.readers import ReadError, Unit, read_units, supported
from kg.textnorm import MappedText, normalize

CONTINUATION = re.compile(r"[(（]\s*(?:上接|下转|接上|转下|下接|上转|转第|接第)[^()（）\n]{0,15}[)）]")


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass
class FileAccount:
    """What became of a file's characters (whitespace not counted): kept in reports or dropped, by reason."""

    path: str
    reports: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.kept + sum(self.dropped.values())

    @property
    def lost(self) -> int:
        """Dropped characters that are not the reports' own titles."""
        return sum(n for reason, n in self.dropped.items() if reason != "title")

    def summary(self) -> str:
        reasons = ", ".join(f"{reason} {n:,}" for reason, n in self.dropped.most_common() if reason != "title")
        return (f"{self.path}: {self.reports} report{'s' if self.reports != 1 else ''}, kept {self.kept:,} of "
                f"{self.total:,} characters" + (f"; dropped {reasons}" if reasons else ""))


def _visible(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \t\r\n\u3000\u00a0")


# ------------------------------------------------------------------ sentences and parts

_SENT_END = re.compile(r"[。！？!?；;]+[”’\"')）]*|\n+")
_BROKEN_LINE = re.compile(r"(?<=[\u4e00-\u9fff，,、])\n+(?=[\u4e00-\u9fff，,、])")
_HEADING = re.compile(r"^\s*(?:#+|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+部分)")


def repair_breaks(body: MappedText) -> MappedText:
    """Remove line and page breaks that cut a sentence (…非刚性支 / 出…), keeping headings on their own."""
    def cut(m: re.Match) -> bool:
        line = body.text[body.text.rfind("\n", 0, m.start()) + 1:m.start()]
        return not _HEADING.match(line) and (len(line) >= 30 or bool(re.search(r"[。！？；]", line)))

    spans = [m for m in _BROKEN_LINE.finditer(body.text) if cut(m)]
    if not spans:
        return body
    keep = [True] * len(body.text)
    for m in spans:
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return MappedText("".join(c for c, k in zip(body.text, keep) if k), tuple(o for o, k in zip(body.src, keep) if k))
_SENT_END_PARAGRAPHS = re.compile(r"[。！？!?；;]+[”’\"')）]*|\n\n+|\n(?=[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|#)")
REVIEW_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|\n|^)\s*(?:过去五年及)?(?:(?:19|20)\d{2}年|过去[一五]年|五年来|一年来|本届政府|过去的一年|[上去]年)?"
    r"(?:政府)?工作回顾")
PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|\n|^|[。；])\s*(?:(?:19|20)\d{2}年|今年)(?:的?政府工作|的?经济社会发展)?"
    r"(?:的?(?:主要|重点)(?:工作|任务|目标任务|目标和重点工作|工作任务|工作安排|目标任务和主要工作|预期目标)|工作安排|总体要求|工作)"
    r"(?=[^。，,；]{0,10}(?:$|\n|[:：]|\d{4}年|今年|[是要将]))(?![^。\n]{0,20}(?:回顾|成就|成绩|情况|总结))")
# The coming five years set out before the year's work (二、十五五时期主要目标任务, 二、今后五年政府工作总体安排), or,
# under a heading that first reviews the last five (二、十三五时期发展成就和十四五时期主要目标任务), from the sentence
# that opens on the coming ones (十四五时期是…): a plan too, so a document to be drawn up there (制定…行动纲要) is
# read as drafted, not as issued.
_PERIOD = r"“?(十[一二三四五六七八九]五)”?时期"
COMING_HEADING = re.compile(rf"[一二三四五六七八九十]+、\s*(?:今后五年|{_PERIOD})(?![^。\n]{{0,8}}成就)[^。\n]{{0,12}}?"
                            "(?:目标|任务|考虑|安排|要求)")
REVIEWED_AND_COMING = re.compile(rf"[一二三四五六七八九十]+、\s*{_PERIOD}[^。\n]{{0,6}}成就和{_PERIOD}[^。\n]{{0,12}}?(?:目标|任务)")


def coming_plan(text: str, start: int) -> int | None:
    """Where the part on the coming five years begins after start (COMING_HEADING), if the report has one."""
    heading = COMING_HEADING.search(text, start)
    if heading:
        return heading.start()
    mixed = REVIEWED_AND_COMING.search(text, start)
    opening = mixed and re.compile(rf"(?:\n|[。；])\s*“?{mixed[2]}”?时期").search(text, mixed.end())
    return opening.start() + 1 if opening else None


MAX_SENTENCE = 1000  # characters: longer runs without a sentence end are cut at a comma (or anywhere)
_CLAUSE_END = re.compile(r"[，,、：:]")


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans no longer than MAX_SENTENCE, so that a text without punctuation cannot stall the segmenter."""
    out = []
    for s0, s1 in spans:
        while s1 - s0 > MAX_SENTENCE:
            cuts = [m.end() for m in _CLAUSE_END.finditer(text, s0 + MAX_SENTENCE // 2, s0 + MAX_SENTENCE)]
            cut = cuts[-1] if cuts else s0 + MAX_SENTENCE
            out.append((s0, cut))
            s0 = cut
        out.append((s0, s1))
    return out


def split_sentences(body: MappedText, source_text: str, base: int = 0) -> tuple[Sentence, ...]:
    """Sentences of the normalized body, each quoting the source as written, with the part it belongs to."""
    review = REVIEW_HEADING.search(body.text)
    after = review.end() if review else 0
    year = PLAN_HEADING.search(body.text, after)
    starts = [p for p in (year.start() if year else None, coming_plan(body.text, after)) if p is not None]
    if not starts and review is None:
        plan_start = 0
    elif not starts:
        plan_start = len(body.text)
    else:
        plan_start = min(starts)
    # where paragraphs are separated by blank lines, a single line break only wraps a line (newspaper columns)
    soft = body.text.count("\n\n") * 2 >= body.text.count("\n") > 0
    spans, start = [], 0
    for m in (_SENT_END_PARAGRAPHS if soft else _SENT_END).finditer(body.text + "\n\n"):  # the last line ends one
        end = min(m.end(), len(body.text))
        chunk = body.text[start:end].strip()
        if chunk:
            s0 = start + len(body.text[start:end]) - len(body.text[start:end].lstrip())
            spans.append((s0, s0 + len(chunk)))
        start = end
    sentences = []
    for index, (s0, s1) in enumerate(_bounded(body.text, spans)):
        src0, src1 = body.source_span(s0, s1)
        sentences.append(Sentence(index, s0, s1, src0, src1, source_text[src0 - base:src1 - base],
                                  "plan" if s0 >= plan_start else "review"))
    return tuple(sentences)


# ------------------------------------------------------------------ files to reports

@dataclass(frozen=True)
class Source:
    """A file to read and its path relative to the input root (ids and the manifest use it)."""

    path: Path
    rel: str


def _root(paths: list[Path]) -> Path:
    bases = [str(p.absolute() if p.is_dir() else p.absolute().parent) for p in paths if p.exists()]
    return Path(os.path.commonpath(bases)) if bases else Path.cwd()


def iter_files(paths: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Every file under the given files and folders, in a stable order; whatever is not read as Skipped."""
    paths = [Path(p) for p in paths]
    root = _root(paths)
    seen: dict[str, str] = {}  # real path -> the path it was first read as
    visited: set[str] = set()  # real paths of folders walked (symbolic links can loop)

    def one(f: Path) -> Source | Skipped:
        try:
            st = os.stat(f)
        except FileNotFoundError:
            return Skipped(str(f), "broken symbolic link" if f.is_symlink() else "no such file or folder")
        except OSError as e:
            return Skipped(str(f), f"cannot read: {e.strerror or e}")
        if not stat.S_ISREG(st.st_mode):
            kind = "a named pipe" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode) else \
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a file"
            return Skipped(str(f), f"{kind}, not a regular file")
        if not supported(f):
            return Skipped(str(f), f"unsupported file type '{f.suffix or 'none'}'")
        real = os.path.realpath(f)
        if real in seen:
            return Skipped(str(f), f"the same file as {seen[real]}")
        seen[real] = str(f)
        return Source(f, Path(os.path.relpath(f.absolute(), root)).as_posix())

    for p in paths:
        if p.name.startswith(".") and p.name not in (".", ".."):
            yield Skipped(str(p), "hidden file or folder (name starts with a dot)")
            continue
        if not p.is_dir():
            yield one(p)
            continue
        errors: list[OSError] = []
        for folder, dirs, files in os.walk(p, onerror=errors.append, followlinks=True):
            real = os.path.realpath(folder)
            if real in visited:
                dirs[:] = []
                yield Skipped(folder, "a folder already read (symbolic link loop)")
                continue
            visited.add(real)
            for d in sorted(d for d in dirs if d.startswith(".")):
                yield Skipped(os.path.join(folder, d), "hidden folder (name starts with a dot)")
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                f = Path(folder) / name
                yield Skipped(str(f), "hidden file (name starts with a dot)") if name.startswith(".") else one(f)
            while errors:
                e = errors.pop(0)
                yield Skipped(e.filename or folder, f"cannot read folder: {e.strerror or e}")


def report_ids(sources: list[Source]) -> dict[str, str]:
    """An id per file: its relative path without the suffix, with the suffix where two files share a stem."""
    stems = Counter(str(Path(s.rel).with_suffix("")) for s in sources)
    return {s.rel: s.rel if stems[str(Path(s.rel).with_suffix(""))] > 1 else str(Path(s.rel).with_suffix(""))
            for s in sources}


def _layout(unit: Unit) -> Layout:
    """The unit's reports and dropped spans, in offsets of its file (for a line file) or of its cell."""
    return layout(normalize(MappedText.of(unit.text, unit.base)),
                  tuple((s + unit.base, e + unit.base, r) for s, e, r in unit.furniture))


def read_file(source: Source, file_id: str, manifest=None, columns=None,
              units: list[Unit] | None = None) -> tuple[list[Report], FileAccount]:
    """All reports in one file (its units, when already read), with issuer, plan year and sentences, and the
    account of its characters."""
    from kg.metadata import infer

    account = FileAccount(str(source.path))
    units = units if units is not None else read_units(source.path, columns)
    reports: list[Report] = []
    for unit in units:
        unit_id = file_id + (f"#{unit.number}" if unit.number is not None and len(units) > 1 else "")
        lay = _layout(unit)
        ends = [piece.body.src[-1] for piece in lay.reports]
        dropped_by_piece = Counter()
        for s, e, reason in lay.dropped:
            n = _visible(unit.text[s - unit.base:e - unit.base])
            account.dropped[reason] += n
            if reason != "title" and ends:  # a dropped span belongs to the report it lies in or heads
                dropped_by_piece[next((i for i, end in enumerate(ends) if end >= s), len(ends) - 1)] += n
        account.warnings += lay.warnings
        for k, piece in enumerate(lay.reports, 1):
            body = repair_breaks(piece.body.delete(CONTINUATION)).strip()
            if not len(body):
                continue
            rid = unit_id + (("." if unit_id != file_id else "#") + str(k) if len(lay.reports) > 1 else "")
            number = unit.number if unit.number is not None else (k if len(lay.reports) > 1 else None)
            entry = manifest.get(source.rel, number) if manifest else None
            meta = infer(piece.title or unit.hints.title, body.text, entry, unit.hints)
            src0, src1 = body.source_span(0, len(body))
            text = unit.text[src0 - unit.base:src1 - unit.base]
            account.kept += _visible(body.text)
            reports.append(Report(
                id=rid, source=str(source.path), title=_title(piece.title or unit.hints.title, meta.title), text=text,
                norm=body.text, offsets=body.src, issuer=meta.issuer, year=meta.year,
                delivered_on=meta.delivered_on, issuer_method=meta.issuer_method, year_method=meta.year_method,
                warnings=meta.warnings, sentences=split_sentences(body, unit.text, unit.base),
                locator=unit.locator, dropped_chars=dropped_by_piece[k - 1]))
    account.reports = len(reports)
    return reports, account


def inspect_file(path: Path, columns=None) -> tuple[list[tuple[str, str, str]], FileAccount]:
    """The spans of a file in order, as (where, what, text): each report's text and each dropped span's reason."""
    spans = []
    units = read_units(path, columns)
    for unit in units:
        lay = _layout(unit)
        found = [(p.body.src[0], p.body.src[-1] + 1, f"report {k}" + (f" ({p.title})" if p.title else ""))
                 for k, p in enumerate(lay.reports, 1)]
        for s, e, what in sorted(found + [(s, e, f"dropped: {r}") for s, e, r in lay.dropped]):
            where = (unit.locator + " " if unit.locator else "") + str(s)
            spans.append((where, what, unit.text[s - unit.base:e - unit.base]))
    _, account = read_file(Source(path, path.name), path.stem, None, columns, units)
    return spans, account


def _title(written: str, composed: str) -> str:
    """The title as written, or composed from issuer and year where it names neither (a bare 政府工作报告)."""
    return written if len(re.sub(r"\s", "", written)) > len("政府工作报告") else composed


def content_key(report: Report) -> str:
    """The same report text, wherever it comes from, has the same key."""
    return hashlib.sha1(re.sub(r"\s+", "", report.norm).encode("utf-8")).hexdigest()


def files_to_read(paths: Iterable[str | Path]) -> tuple[list[Skipped], list[Source], dict[str, str]]:
    """The paths skipped (with why), the files to read and their ids (by relative path)."""
    items = list(iter_files(paths))
    sources = [i for i in items if isinstance(i, Source)]
    return [i for i in items if isinstance(i, Skipped)], sources, report_ids(sources)


def no_text(source: Source, account: FileAccount) -> Skipped:
    """The skip line of a file that held no report text, with what its characters were."""
    return Skipped(str(source.path), "no report text found (" + (
        ", ".join(f"{reason} {n:,}" for reason, n in account.dropped.most_common()) or "empty") + ")")


class FirstTexts:
    """Each text built once: a later report with the same text gets a warning on its file's account instead."""

    def __init__(self):
        self.seen: dict[str, tuple[str, str]] = {}  # content key -> (report id, source)

    def keep(self, key: str, report_id: str, source: str, account: FileAccount) -> bool:
        if key in self.seen:
            seen_id, seen_source = self.seen[key]
            account.warnings.append(f"{report_id} has the same text as {seen_id} ({seen_source}): built once")
            return False
        self.seen[key] = (report_id, source)
        return True
