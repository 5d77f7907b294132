"""The GB/T 2260 divisions shipped in ontology/data, with name lookup."""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from kg import lexicons
from kg.lexicon import Lexicon
from kg.model import Division
from kg.schema import data_file

LEVEL_RANK = {"national": -1, "province": 0, "prefecture": 1, "county": 2}
# The issuer of the State Council's reports: a place of its own level, found by get() and never matched in text.
NATIONAL = Division("100000", "中华人民共和国", "中国", "national", "", 116.4, 39.9)
LEVEL_CHARS = "省市区县州盟旗"
NATIONAL_NAMES = ("中华人民共和国", "中国", "国务院", "中央人民政府", "全国")  # what names the nation as an issuer
# Official names that are also ordinary words (the old town, the mining area): matched only when qualified.
GENERIC_NAMES = lexicons.words("place_generic_names")


class Gazetteer:
    def __init__(self, divisions: list[Division], former: list[dict] = (), since: dict[str, int] | None = None):
        self.by_code = {d.adcode: d for d in divisions}
        self.since = since or {}  # adcode: the first year GB/T 2260 lists a current division under its name
        self.by_code[NATIONAL.adcode] = NATIONAL
        self.full = Lexicon()  # official names
        self.short = Lexicon()  # short names
        self.former_by_code: dict[str, Division] = {}
        self.former = Lexicon()  # names of former divisions: the division they became, or one of their own
        self.former_named: dict[str, list[tuple[Division, int, int]]] = {}  # full name: (own division, first, last)
        from kg.textnorm import to_traditional

        for d in divisions:
            # traditional forms too: a simplified text may keep one (井陘), which normalization leaves alone
            if d.name not in GENERIC_NAMES:
                for form in {d.name, to_traditional(d.name)}:
                    self.full.add(form, d)
            if d.short_name:
                for form in {d.short_name, to_traditional(d.short_name)}:
                    self.short.add(form, d)
        self._add_former(former)

    def _add_former(self, rows: list[dict]) -> None:
        """A former name resolves to its successor; one without a successor to a division of its own, under the
        latest name its code had, placed at its containing division."""
        latest: dict[str, dict] = {}
        for r in rows:
            if not r["successor"] and int(r["last"]) >= int(latest.get(r["adcode"], r)["last"]):
                latest[r["adcode"]] = r
        for code, r in latest.items():
            p = self.by_code.get(r["parent"])
            self.former_by_code[code] = Division(code, r["name"], r["short_name"], r["level"], r["parent"],
                                                 p.longitude if p else None, p.latitude if p else None)
        for r in rows:
            d = self.by_code.get(r["successor"]) or self.former_by_code[r["adcode"]]
            for form in {r["name"], r["short_name"]} - {"", *GENERIC_NAMES}:
                self.former.add(form, d)
            if not r["successor"]:
                self.former_named.setdefault(r["name"], []).append((d, int(r["first"]), int(r["last"])))

    def get(self, adcode: str) -> Division | None:
        return self.by_code.get(adcode) or self.former_by_code.get(adcode)

    def parent(self, d: Division) -> Division | None:
        return self.by_code.get(d.parent)

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        while (p := self.parent(d)) is not None:
            out.append(p)
            d = p
        return out

    def __iter__(self):
        return (d for d in self.by_code.values() if d is not NATIONAL)

    def province_of(self, d: Division) -> Division:
        return self.by_code.get(d.adcode[:2] + "0000", d)

    def is_within(self, d: Division, ancestor: Division) -> bool:
        return d.adcode == ancestor.adcode or ancestor in self.ancestors(d)

    def lookup(self, name: str) -> list[Division]:
        """Divisions whose official or short name is exactly name."""
        return list(self.full.get(name)) or list(self.short.get(name))

    def resolve_chain(self, text: str, whole: bool = False, former: bool = False) -> list[Division]:
        """Resolve a qualified name such as 天津市蓟州区 or 邯郸丛台区 to its most specific division(s); whole: every
        character must belong to a division's name (中华人民共和国 is not 共和县), but for a closing 人民政府/政府;
        former: names of former divisions count too (重庆市渝北区, 襄樊市)."""
        if whole:
            text = re.sub(r"(?:人民)?政府$", "", text)
        parts: list[list[Division]] = []
        i = 0
        while i < len(text):
            best = None
            for lex in (self.full, self.short, self.former) if former else (self.full, self.short):
                for s, e, vals in lex.scan(text, i, len(text)):
                    if s == i and (best is None or e > best[0]):
                        best = (e, vals)
                    break
            if best is None:
                if whole and not (parts and text[i] in LEVEL_CHARS):
                    return []
                if parts and text[i] in LEVEL_CHARS:  # 海南州: a short name and its level
                    parts[-1] = [d for d in parts[-1] if d.name.endswith(text[i])] or parts[-1]
                i += 1
                continue
            parts.append(list(best[1]))
            i = best[0]
        if not parts:
            return []
        candidates = parts[-1]
        for qualifier in reversed(parts[:-1]):
            within = [c for c in candidates if any(self.is_within(c, q) for q in qualifier)]
            candidates = within or candidates
        return candidates

    def resolve_past_or_present(self, text: str, whole: bool = False, year: int | None = None) -> list[Division]:
        """resolve_chain, or with former names where they resolve further (北京市崇文区: 崇文区, not 北京市); with a
        plan year, each division as its name stood at the end of the year before (see named_then)."""
        found = self.resolve_chain(text, whole)
        older = self.resolve_chain(text, whole, former=True)
        rank = lambda ds: max((LEVEL_RANK[d.level] for d in ds), default=-2)  # noqa: E731
        found = older if rank(older) > rank(found) else found
        return found if year is None else list(dict.fromkeys(self.named_then(d, year) for d in found))

    def named_then(self, d: Division, year: int) -> Division:
        """The division d's name named in a report of the plan year: d, unless d was first listed under that name
        after the year before and the name then belonged to a division of another level (巢湖市 until 2011 a
        prefecture, today a county-level city). A division only re-coded at the same level stays d."""
        if self.since.get(d.adcode, 0) <= year - 1:
            return d
        then = [f for f, first, last in self.former_named.get(d.name, ()) if first <= year - 1 <= last]
        return then[0] if len(then) == 1 and then[0].level != d.level else d


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    divisions = []
    with data_file("divisions.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for r in rows:
            divisions.append(Division(
                adcode=r["adcode"], name=r["name"], short_name=r["short_name"], level=r["level"],
                parent=r["parent"], longitude=float(r["longitude"]) if r["longitude"] else None,
                latitude=float(r["latitude"]) if r["latitude"] else None))
    with data_file("divisions_former.csv").open(encoding="utf-8") as f:
        former = list(csv.DictReader(line for line in f if not line.startswith("#")))
    with data_file("divisions_since.csv").open(encoding="utf-8") as f:
        since = {r["adcode"]: int(r["since"]) for r in csv.DictReader(line for line in f if not line.startswith("#"))}
    return Gazetteer(divisions, former, since)
