"""Panel, diffusion, network, map and report on the test corpus: the numbers against the graph, and the figures
against the data they claim to show."""
import csv
import json

import networkx as nx
import pytest

from matplotlib.collections import PathCollection, PolyCollection
from matplotlib.colors import to_rgba

from kg import chinamap, figures, research
from kg.stores.ladybug import Store
from tests.conftest import run


@pytest.fixture(scope="module")
def store(built):
    _, db, _ = built
    s = Store(db)
    yield s
    s.close()


def cited_sets(store) -> dict[str, set[str]]:
    _, rows = store.query("MATCH (p:Place)-[:CITES]->(s) RETURN p.adcode AS a, collect(s.id) AS c")
    return {r["a"]: set(r["c"]) for r in rows}


def test_panel_counts_and_normalisation(built, store, tmp_path):
    _, db, _ = built
    out = tmp_path / "panel.csv"
    assert run("panel", "--db", db, "--concepts", "京津冀一体化", "--concepts", "一带一路", "--out", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    _, reports = store.query("MATCH (r:Report)-[:ISSUED_BY]->(p:Place) RETURN p.adcode AS a, r.year AS y, r.chars AS c")
    assert len(rows) == len(reports) * 2
    _, cites = store.query("MATCH (p:Place)-[c:CITES]->(s:Strategy {id: 'jingjinji'}) RETURN p.adcode AS a, c.count AS n")
    counts = {r["a"]: r["n"] for r in cites}
    chars = {(r["a"], r["y"]): r["c"] for r in reports}
    for row in rows:
        if row["concept"] == "jingjinji":
            assert int(row["mentions"]) == counts.get(row["adcode"], 0)
        n, c = int(row["mentions"]), chars[(row["adcode"], int(row["year"]))]
        assert int(row["chars"]) == c
        assert float(row["mentions_per_10k_chars"]) == pytest.approx(n / c * 10000, abs=1e-3)
        assert row["cited"] == str(int(n > 0))
    wide = tmp_path / "wide.csv"
    run("panel", "--db", db, "--concepts", "京津冀", "--out", wide, "--wide")
    wrows = list(csv.DictReader(wide.open(encoding="utf-8")))
    assert len(wrows) == len(reports) and all("jingjinji" in r for r in wrows)


def test_panel_defaults_to_every_concept(store):
    rows = research.panel(store)
    concepts = {r["concept"] for r in rows}
    assert "jingjinji" in concepts and "qianwan" in concepts and len(concepts) > 150


def test_diffusion_and_its_curve(built, tmp_path):
    _, db, _ = built
    png = tmp_path / "d.png"
    result = run("diffusion", "京津冀协同发展", "--db", db, "-o", png, "--format", "json")
    rows = json.loads(result.output)
    assert [(r["place"], r["first_year"], r["adopters_by_then"]) for r in rows] == [("德州市", 2023, 1), ("沧州市", 2024, 2)]
    assert png.stat().st_size > 10_000
    fig = figures.adoption_figure("京津冀协同发展", research.adoption_curve(
        [{"first_year": 2023}, {"first_year": 2024}, {"first_year": 2024}]))
    line = fig.axes[0].lines[0]
    assert list(line.get_xdata()) == [2023, 2024] and list(line.get_ydata()) == [1, 3]


def rgba(colour) -> tuple:
    return tuple(round(float(v), 3) for v in colour)


def test_map_fills_the_citing_prefectures_by_first_year_on_the_standard_map(store, built, tmp_path):
    _, db, _ = built
    name, rows = research.diffusion(store, "京津冀")
    fig = figures.map_figure(name, rows)
    main, inset, bar = fig.axes[0], fig.axes[0].child_axes[0], fig.axes[-1]
    filled = {}
    for coll in main.collections:
        if isinstance(coll, PolyCollection) and len(coll.get_paths()) and len(coll.get_facecolors()):
            filled.setdefault(rgba(coll.get_facecolors()[0]), []).append(coll)
    by_year = {y: {r["place"] for r in rows if r["first_year"] == y} for y in (2023, 2024)}
    assert by_year == {2023: {"德州市"}, 2024: {"沧州市"}}
    colours = [c for c in filled if c != rgba(to_rgba(chinamap.LAND))]
    assert len(colours) == 2  # one colour a year, the rest of China in the land colour
    assert len(filled[rgba(to_rgba(chinamap.LAND))]) >= 33  # every other province drawn
    assert bar.get_ylabel() == "首次引用年份" and [t.get_text() for t in bar.get_yticklabels()] == ["2023", "2024"]
    assert "南海诸岛" in [t.get_text() for t in inset.texts]
    x, y = chinamap.project(112.3, 9.0)  # 南沙群岛, outside the main map's south edge and inside the inset
    (x0, x1), (y0, y1) = inset.get_xlim(), inset.get_ylim()
    assert x0 < x < x1 and y0 < y < y1 and y < main.get_ylim()[0] + (main.get_ylim()[1] - main.get_ylim()[0]) * 0.4
    labels = {t.get_text() for t in main.texts}
    assert {"沧州市", "德州市"} <= labels
    result = run("map", "京津冀", "--db", db, "-o", tmp_path / "m.png")
    assert result.exit_code == 0 and "2 places citing 京津冀协同发展 drawn" in result.output


def test_map_says_when_nothing_can_be_drawn(built, tmp_path):
    _, db, _ = built
    result = run("map", "粤港澳大湾区", "--db", db, "-o", tmp_path / "m.png")
    assert result.exit_code == 0 and "no place citing 粤港澳大湾区建设 can be drawn" in result.output
    assert "places citing" not in result.output and (tmp_path / "m.png").stat().st_size > 10_000
    national = {"place": "中华人民共和国", "adcode": "100000", "level": "national", "longitude": 116.4,
                "latitude": 39.9, "first_year": 2016}
    county = {"place": "辛集市", "adcode": "130181", "level": "county", "longitude": None, "latitude": None,
              "first_year": 2020}
    drawn, not_drawn = figures.drawable([national, county])
    assert [r["place"] for r in not_drawn] == ["中华人民共和国"]
    assert [r["place"] for r in drawn] == ["辛集市"] and drawn[0]["longitude"] > 115  # from the gazetteer
    fig = figures.map_figure("一带一路", [national, county], style="points")
    points = [c for c in fig.axes[0].collections if isinstance(c, PathCollection)]
    assert len(points) == 1 and points[0].get_offsets().shape[0] == 1
    assert {t.get_text() for t in fig.axes[0].texts} == {"辛集市"}


def test_network_weights_communities_and_exports(built, store, tmp_path):
    _, db, _ = built
    result = run("network", "--db", db, "-o", tmp_path / "n.graphml", "-o", tmp_path / "n.gexf",
                 "--format", "json")
    rows = json.loads(result.output)
    cited = cited_sets(store)
    g = nx.read_graphml(tmp_path / "n.graphml")
    a, b = "130900", "371400"
    assert g.edges[a, b]["weight"] == pytest.approx(len(cited[a] & cited[b]) / len(cited[a] | cited[b]), abs=1e-4)
    assert nx.read_gexf(tmp_path / "n.gexf").number_of_nodes() == len(cited)
    assert {r["adcode"] for r in rows} == set(cited) and all(r["community"] >= 1 for r in rows)
    assert all(r["degree"] == 1 for r in rows)
    # Gephi shows a node's label: the place's name, not its code
    assert g.nodes["130900"]["label"] == "沧州市"
    assert nx.read_gexf(tmp_path / "n.gexf").nodes["130900"]["label"] == "沧州市"


def test_report_page_is_self_contained(built, tmp_path):
    _, db, _ = built
    out = tmp_path / "r.html"
    assert run("report", "--db", db, "--out", out).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') >= 3 and 'src="http' not in page
    assert "京津冀协同发展" in page and "沧州市" in page and "德州市" in page
    assert "我们对接京津冀协同发展" in page  # an evidence sentence, as written


@pytest.mark.parametrize("args", [
    ["panel", "-o", "{missing}/p.csv"], ["diffusion", "京津冀协同发展", "-o", "{missing}/d.png"],
    ["network", "-o", "{missing}/n.graphml"], ["map", "京津冀协同发展", "-o", "{missing}/m.png"],
    ["report", "-o", "{missing}/r.html"],
])
def test_a_missing_output_folder_is_one_line(built, tmp_path, args):
    _, db, _ = built
    result = run(*[a.replace("{missing}", str(tmp_path / "nowhere")) for a in args], "--db", db)
    assert result.exit_code == 1 and "no folder" in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "nowhere").exists()
