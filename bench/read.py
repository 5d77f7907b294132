"""Benchmark: reading throughput per format (decode, page text, layout, issuer and year; no extraction).

    python bench/read.py [CORPUS] [--repeat N]

The reports of CORPUS (default: tests/sample) are written out once in every format the readers take, then each
format's folder is read N times; the best time is printed as MB/s of input and thousand characters of report text
per second."""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.pipeline import read_corpus  # noqa: E402


def write_formats(reports, root: Path) -> dict[str, Path]:
    import docx
    import pyarrow as pa
    import pyarrow.parquet as pq
    from openpyxl import Workbook

    folders = {}

    def folder(name: str) -> Path:
        folders[name] = root / name
        folders[name].mkdir()
        return folders[name]

    texts = [(r.title, r.text) for r in reports]
    for i, (title, text) in enumerate(texts):
        (folder("txt-utf8") if i == 0 else folders["txt-utf8"]).joinpath(f"{i}.txt").write_text(
            f"{title}\n{text}", "utf-8")
        (folder("txt-gb18030") if i == 0 else folders["txt-gb18030"]).joinpath(f"{i}.txt").write_bytes(
            f"{title}\n{text}".encode("gb18030", "replace"))
        html = "<html><body><nav><ul><li>首页<li>政务公开</ul></nav><div class=content>" + "".join(
            f"<p>{p}</p>" for p in text.split("\n")) + "</div><div class=footer>版权所有</div></body></html>"
        (folder("html") if i == 0 else folders["html"]).joinpath(f"{i}.html").write_text(html, "utf-8")
        d = docx.Document()
        for p in [title] + text.split("\n"):
            d.add_paragraph(p)
        d.save((folder("docx") if i == 0 else folders["docx"]) / f"{i}.docx")
    rows = [{"title": t, "year": "", "full_text": x} for t, x in texts]
    buf = io.StringIO()
    w = csv.DictWriter(buf, ["title", "year", "full_text"])
    w.writeheader()
    w.writerows(rows)
    (folder("csv") / "reports.csv").write_text(buf.getvalue(), "utf-8-sig")
    (folder("jsonl") / "reports.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    pq.write_table(pa.Table.from_pylist(rows), folder("parquet") / "reports.parquet")
    book = Workbook()
    sheet = book.active
    sheet.append(["title", "year", "full_text"])
    for r in rows:
        sheet.append([r["title"], r["year"], r["full_text"][:32000]])  # Excel's cell limit
    book.save(folder("xlsx") / "reports.xlsx")
    tus = "".join(f'<tu><tuv xml:lang="zh-CN"><seg>{s}</seg></tuv></tu>'
                  for _, x in texts for s in x.replace("&", "&amp;").replace("<", "&lt;").split("。") if s)
    (folder("tmx") / "r.tmx").write_text(f'<?xml version="1.0"?><tmx version="1.4"><body>{tus}</body></tmx>', "utf-8")
    return folders


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[1] / "tests" / "sample"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    reports, _, _ = read_corpus([args.corpus])
    with tempfile.TemporaryDirectory() as tmp:
        folders = write_formats(reports, Path(tmp))
        print(f"{'format':<12} {'MB':>6} {'reports':>7} {'MB/s':>7} {'kchars/s':>9}")
        for name, folder in folders.items():
            size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
            best = float("inf")
            for _ in range(args.repeat):
                t = time.perf_counter()
                found, _, _ = read_corpus([folder])
                best = min(best, time.perf_counter() - t)
            chars = sum(r.chars for r in found)
            print(f"{name:<12} {size:6.2f} {len(found):7d} {size / best:7.2f} {chars / best / 1000:9.0f}")


if __name__ == "__main__":
    main()
