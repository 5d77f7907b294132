"""The sample corpus of ../shared/corpus end to end: issuers, plan years and the research queries."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

pytestmark = pytest.mark.corpus
GOLD = Path(__file__).resolve().parents[1] / "gold"

EXPECTED = {  # file prefix and report number -> (issuer adcode, plan year)
    ("000", None): ("130900", 2025), ("001", None): ("130100", 2025), ("002", None): ("130403", 2024),
    ("003", 1): ("610400", 2022), ("003", 2): ("120110", 2022), ("003", 3): ("429006", 2022),
    ("003", 4): ("120119", 2022), ("003", 5): ("630000", 2022), ("003", 6): ("431000", 2022),
    ("003", 7): ("130000", 2022), ("003", 8): ("350200", 2019), ("003", 9): ("420600", 2022),
    ("003", 10): ("210000", 2022), ("004", None): ("371400", 2024),
}


@pytest.fixture(scope="module")
def db(corpus_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "kg.lbdb"
    result = CliRunner().invoke(main, ["build", str(corpus_dir), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def query(db, name, **params):
    args = ["query", name, "--db", str(db), "--format", "json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_every_report_with_issuer_and_year(db):
    rows = json.loads(CliRunner().invoke(main, ["reports", "--db", str(db), "--format", "json"]).output)
    found = {}
    for r in rows:
        stem, _, n = r["id"].partition("#")
        found[(stem[:3], int(n) if n else None)] = (r["issuer_adcode"], r["year"])
    assert found == EXPECTED
    xiamen = [r for r in rows if r["issuer_adcode"] == "350200"][0]
    assert xiamen["delivered_on"] == "2019-01-09" and any("title says 2022" in w for w in xiamen["warnings"])


def test_cities_citing_jingjinji_under_any_name(db):
    expected = {"120110", "120119", "130000", "130403", "130900", "210000", "371400"}
    for name in ("京津冀协同发展", "京津冀一体化", "京津冀協同發展"):
        rows = query(db, "cities_citing", strategy=name)
        assert {r["adcode"] for r in rows} == expected
    row = [r for r in query(db, "cities_citing", strategy="京津冀协同发展") if r["adcode"] == "130403"][0]
    assert row["years"] == [2024] and "京津冀協同發展" in row["evidence"]


def test_investment_region_lists_are_not_citations(db):
    yrd = {r["adcode"] for r in query(db, "cities_citing", strategy="长三角一体化")}
    assert "429006" not in yrd and "120119" not in yrd  # 长三角 only as a place to attract investment from
    assert "210000" in yrd  # named among the national regional strategies


def test_regional_flagships(db):
    # 秦创原 is a named platform, a Program under guideline 2: cited by 咸阳 alone
    qcy = [r for r in query(db, "shared_programs", min_places=1) if r["program"] == "秦创原"]
    assert [r["place_names"] for r in qcy] == [["咸阳市"]]
    assert "辽宁省" in {r["place"] for r in query(db, "cities_citing", strategy="东北振兴")}
    assert "河北省" in {r["place"] for r in query(db, "cities_citing", strategy="雄安新区")}


def test_strategies_of_place_and_shared(db):
    rows = query(db, "strategies_of_place", place="石家庄")
    assert {"一带一路", "乡村振兴战略"} <= {r["strategy"] for r in rows}
    shared = {r["strategy"] for r in query(db, "shared_strategies", a="河北省", b="辽宁")}
    assert {"京津冀协同发展", "一带一路"} <= shared


@pytest.mark.parametrize("strategy", ["京津冀协同发展", "一带一路", "乡村振兴"])
def test_sparql_and_cypher_agree_on_the_corpus(db, strategy):
    cy = query(db, "cities_citing", strategy=strategy)
    result = CliRunner().invoke(main, ["sparql", "cities_citing", "--db", str(db), "--param", f"strategy={strategy}",
                                       "--format", "json"])
    sp = json.loads(result.output)
    assert [(r["adcode"], r["mentions"]) for r in sp] == [(r["adcode"], r["mentions"]) for r in cy]


def test_sample_corpus_exports_conform_and_parse(db, tmp_path):
    """kg validate (ontology, RDFS entailment) finds nothing; every format reads back whole in rdflib and pyoxigraph.
    (bench/exports.py runs the same check on any database, e.g. one of ../shared/corpus-dev.)"""
    from kg.export.rdf import Iris, to_rdflib
    from kg.stores.ladybug import Store
    from tests.conftest import RDF_FORMATS, parsed_both_ways

    result = CliRunner().invoke(main, ["validate", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output) == [], result.output[:2000]
    store = Store(db)
    expected = set(to_rdflib(store.read_graph(), Iris()))
    store.close()
    for fmt in RDF_FORMATS:
        out = tmp_path / f"kg.{fmt}"
        result = CliRunner().invoke(main, ["export", "rdf", "--db", str(db), "--format", fmt, "--out", str(out)])
        assert result.exit_code == 0, result.output
        by_rdflib, by_oxigraph = parsed_both_ways(out, fmt)
        assert by_rdflib == expected and by_oxigraph == expected, fmt


def test_enterprises_on_the_reports_once_held_out(db, tmp_path):
    """The firms of 天门 and 襄阳 2022, held out when the firm rules were written, by guideline 2 (tests/gold)."""
    for key in ("tianmen-2022", "xiangyang-2022"):
        (tmp_path / f"{key}.jsonl").write_text(
            "".join(line for line in (GOLD / f"{key}.jsonl").read_text("utf-8").splitlines(keepends=True)
                    if '"gold"' in line or '"Enterprise"' in line), "utf-8")
    result = CliRunner().invoke(main, ["eval", "--db", str(db), "--gold", str(tmp_path), "--format", "json"])
    (row,) = json.loads(result.stdout)
    assert row["type"] == "Enterprise" and row["precision"] >= 0.9 and row["recall"] >= 0.85, row
