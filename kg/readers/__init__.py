"""Readers: one module per file format, each turning a file into units of text with hints.

A unit is the text of one file, or of one row of a table: what the user sees of it (decoded, line endings as written)
and what the container says about it (a title, place or year column). Offsets of every later stage point into a
unit's text. Which reader takes a file is decided by its suffix, or for text files by its content (a `year<TAB>text`
line file)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused, unless it is a table of many reports
MAX_TABLE_BYTES = 1024 * 1024 * 1024
MAX_UNIT_CHARS = 2_000_000  # a report runs to tens of thousands of characters; a unit this long is none


class ReadError(Exception):
    """A file that cannot be read as a report; the message is one line for the user."""


@dataclass(frozen=True)
class Hints:
    """What a file's container says about a report; the content confirms or contradicts it."""

    title: str = ""
    place: str = ""
    year: int | None = None


@dataclass(frozen=True)
class Unit:
    """The text of a file or of one row of a table; locator is '' for a whole file, else e.g. 'row 3'."""

    text: str
    locator: str = ""
    hints: Hints = field(default_factory=Hints)
    number: int | None = None  # row or line number in the file, for ids
    furniture: tuple[tuple[int, int, str], ...] = ()  # (start, end, reason) the container marks as furniture
    base: int = 0  # offset of text[0] in the file's decoded text (line files); 0 for a whole file or a cell


def _reader_table(columns) -> dict[str, Callable[[Path], list[Unit]]]:
    from functools import partial

    from kg.readers import docx, html, pdf, tables, text, tmx

    table = {
        **dict.fromkeys((".txt", ".text", ".md"), text.read),
        **dict.fromkeys((".html", ".htm", ".xhtml", ".shtml"), html.read),
        ".pdf": pdf.read,
        ".docx": docx.read,
        **dict.fromkeys((".csv", ".tsv"), tables.read_delimited),
        ".xlsx": tables.read_xlsx,
        **dict.fromkeys((".jsonl", ".ndjson"), tables.read_jsonl),
        ".json": tables.read_json,
        ".parquet": tables.read_parquet,
        ".tmx": tmx.read,
    }
    if columns is not None:
        table = {k: partial(f, columns=columns) if f.__module__ == tables.__name__ else f for k, f in table.items()}
    return table


TABLES = (".csv", ".tsv", ".xlsx", ".jsonl", ".ndjson", ".json", ".parquet")
SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".pdf", ".docx", ".csv", ".tsv", ".xlsx",
            ".jsonl", ".ndjson", ".json", ".parquet", ".tmx")


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_units(path: Path, columns=None) -> list[Unit]:
    """The units of one file (columns: a tables.Columns naming table columns); ReadError with a one-line reason."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    table = path.suffix.lower() in TABLES
    limit = MAX_TABLE_BYTES if table else MAX_BYTES
    if size > limit:
        raise ReadError(f"{size / 1e6:.0f} MB is larger than the {limit // 2**20} MB a "
                        f"{'table' if table else 'report file'} can be; split it")
    reader = _reader_table(columns).get(path.suffix.lower())
    if reader is None:
        raise ReadError(f"unsupported file type '{path.suffix or 'none'}'")
    units = reader(path)
    units = [u for u in units if u.text.strip()]
    if long := [u for u in units if len(u.text) > MAX_UNIT_CHARS]:
        where = f" ({long[0].locator})" if long[0].locator else ""
        raise ReadError(f"a text of {len(long[0].text):,} characters{where} is longer than any report "
                        f"({MAX_UNIT_CHARS:,} at most); split it into one file per report")
    if not units:
        raise ReadError("no text in the file")
    return units


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
