"""Tables of reports, one report a row: CSV/TSV, XLSX, JSON Lines, JSON and Parquet.

The text column is found among common names or named by the user; place, year and title columns become hints."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.readers import Hints, ReadError, Unit, read_bytes
from kg.readers.text import decode

TEXT_NAMES = ("full_text", "fulltext", "text", "content", "body", "report", "report_text", "正文", "全文", "内容", "文本",
              "报告全文", "报告内容")
PLACE_NAMES = ("place", "issuer", "province", "city", "county", "region", "地区", "地点", "省份", "城市", "发文单位",
               "发布机构", "行政区")
YEAR_NAMES = ("year", "plan_year", "年份", "年度", "年")
TITLE_NAMES = ("title", "标题", "题目", "名称")


@dataclass(frozen=True)
class Columns:
    """Column names the user gave (--text-column …); None means: find it."""

    text: str | None = None
    place: str | None = None
    year: str | None = None
    title: str | None = None


COLUMNS = Columns()


def _pick(header: list[str], given: str | None, names: Iterable[str], what: str) -> str | None:
    if given is not None:
        if given not in header:
            raise ReadError(f"no {what} column '{given}' (columns: {', '.join(header)})")
        return given
    lowered = {h.strip().lower(): h for h in header if isinstance(h, str)}
    return next((lowered[n] for n in names if n in lowered), None)


def _year(value) -> int | None:
    m = re.search(r"(?:19|20)\d{2}", str(value or ""))
    return int(m[0]) if m else None


def rows_to_units(header: list[str], rows: Iterable[tuple[int, dict]], columns: Columns) -> list[Unit]:
    text_col = _pick(header, columns.text, TEXT_NAMES, "text")
    if text_col is None:
        raise ReadError("a table without a text column (looked for " + ", ".join(TEXT_NAMES[:5]) +
                        " …; name it with --text-column)")
    place_col = _pick(header, columns.place, PLACE_NAMES, "place")
    year_col = _pick(header, columns.year, YEAR_NAMES, "year")
    title_col = _pick(header, columns.title, TITLE_NAMES, "title")
    units = []
    for number, row in rows:
        text = row.get(text_col)
        if not isinstance(text, str) or not text.strip():
            continue
        hints = Hints(title=str(row.get(title_col) or "").strip() if title_col else "",
                      place=str(row.get(place_col) or "").strip() if place_col else "",
                      year=_year(row.get(year_col)) if year_col else None)
        units.append(Unit(text, f"row {number}", hints, number))
    return units


def read_delimited(path: Path, columns: Columns = COLUMNS) -> list[Unit]:
    text = decode(read_bytes(path))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = list(reader.fieldnames or [])
        rows = list(enumerate(reader, 1))
    except csv.Error as e:
        raise ReadError(f"not a readable {path.suffix[1:].upper()} table: {e}") from None
    return rows_to_units(header, rows, columns)


def read_xlsx(path: Path, columns: Columns = COLUMNS) -> list[Unit]:
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise ReadError(f"not a readable Excel (.xlsx) file: {e}") from None
    units: list[Unit] = []
    problems = []
    for sheet in book.worksheets:
        rows = sheet.iter_rows(values_only=True)
        header = [str(h) if h is not None else "" for h in next(rows, ())]
        records = ((n, dict(zip(header, values))) for n, values in enumerate(rows, 1))
        try:
            found = rows_to_units(header, records, columns)
        except ReadError as e:
            problems.append(f"sheet '{sheet.title}': {e}")
            continue
        units += [Unit(u.text, f"sheet '{sheet.title}' {u.locator}" if len(book.worksheets) > 1 else u.locator,
                       u.hints, u.number) for u in found]
    book.close()
    if not units and problems:
        raise ReadError("; ".join(problems))
    return units


def _records(items: list) -> tuple[list[str], list[tuple[int, dict]]]:
    if not all(isinstance(i, dict) for i in items):
        raise ReadError("JSON records must be objects with a text field")
    header = list(dict.fromkeys(k for i in items for k in i))
    return header, list(enumerate(items, 1))


def read_jsonl(path: Path, columns: Columns = COLUMNS) -> list[Unit]:
    items = []
    for n, line in enumerate(decode(read_bytes(path)).splitlines(), 1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ReadError(f"line {n} is not JSON: {e.msg}") from None
    return rows_to_units(*_records(items), columns)


def read_json(path: Path, columns: Columns = COLUMNS) -> list[Unit]:
    try:
        data = json.loads(decode(read_bytes(path)))
    except json.JSONDecodeError as e:
        raise ReadError(f"not JSON: {e.msg} at line {e.lineno}") from None
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list):
        raise ReadError("JSON must hold a list of report objects")
    return rows_to_units(*_records(data), columns)


def read_parquet(path: Path, columns: Columns = COLUMNS) -> list[Unit]:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as e:  # pyarrow raises its own error types for every kind of bad file
        raise ReadError(f"not a readable Parquet file: {str(e).splitlines()[0]}") from None
    return rows_to_units(table.column_names, enumerate(table.to_pylist(), 1), columns)
