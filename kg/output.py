"""Rows to the terminal: an aligned table, JSON (one array of row objects) or CSV."""
from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata

FORMATS = ("table", "json", "csv")
MAX_CELL = 60  # display columns of a table cell


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# control characters of report text (ESC starts terminal sequences): shown as escapes, never sent to a terminal
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _safe(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return " ".join(_cell(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return _safe(str(value).replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


def _clip(s: str, limit: int) -> str:
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        w += _width(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def emit(columns: list[str], rows: list[dict], fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in columns])
    else:
        cells = [[_clip(_cell(r.get(c)), MAX_CELL) for c in columns] for r in rows]
        widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(columns)]

        def line(values):
            return "  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(values)).rstrip()

        out.write(line(columns) + "\n")
        out.write(line(["-" * w for w in widths]) + "\n")
        for row in cells:
            out.write(line(row) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
