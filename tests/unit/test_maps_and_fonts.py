"""The reference data behind maps (every division with a point inside its province, the boundaries of the standard
map) and the shipped CJK font (every name it must draw)."""
import numpy as np
from matplotlib.path import Path as Polygon

from kg import chinamap, figures, gazetteer, vocab


def test_every_division_has_coordinates_and_a_usable_short_name():
    gaz = gazetteer.load()
    divisions = list(gaz)
    assert len(divisions) > 3400
    assert [d.name for d in divisions if d.longitude is None or d.latitude is None] == []
    for name, lon, lat in [("辛集市", 115.2, 37.9), ("滦州市", 118.7, 39.7), ("雄安新区", 116.0, 39.0)]:
        (d,) = gaz.lookup(name)
        assert abs(d.longitude - lon) < 0.3 and abs(d.latitude - lat) < 0.3, name
    short = {d.name: d.short_name for d in divisions}
    assert [short[n] for n in ["浦东新区", "滨海新区", "雄安新区", "沈北新区", "清新区", "万柏林区", "神农架林区",
                               "大柴旦行政区"]] == ["浦东", "滨海", "雄安", "沈北", "清新", "万柏林", "神农架", "大柴旦"]


def test_division_points_lie_in_their_province_on_the_shipped_boundaries():
    b = chinamap.boundaries()
    assert len(b["province"]) == 34 and len(b["prefecture"]) > 300
    assert len(b["maritime_line"]) == 10 and len(b["islands"]) > 100  # the ten-dash line and the islands it encloses
    provinces = {code: [Polygon(np.asarray(r)) for r in rings] for code, rings in b["province"].items()}
    inside = outside = 0
    for d in gazetteer.load():
        if d.level == "county" and not d.adcode.startswith("71"):  # Taiwan's districts share their parent's point
            ok = any(p.contains_point((d.longitude, d.latitude)) for p in provinces[d.adcode[:2] + "0000"])
            inside, outside = inside + ok, outside + (not ok)
    assert inside > 2700 and outside / (inside + outside) < 0.01  # a few seats on simplified coasts


def test_the_shipped_font_draws_every_division_and_concept_name():
    from fontTools.ttLib import TTFont

    cmap = TTFont(figures.FONT).getBestCmap()
    names = {d.name for d in gazetteer.load()} | {c.pref_label for c in vocab.load()}
    missing = {ch for n in names for ch in n if ord(ch) not in cmap}
    assert missing == set()
    assert figures.FONT.stat().st_size < 4_000_000
    figures.use_cjk_font()
    assert figures.plt.rcParams["font.family"] == ["Noto Sans CJK SC"]
