"""Quality against the guideline-2 gold (tests/gold), tune and test splits apart. The floors are today's figures
less a small margin: a drop is a regression. They were measured, not tuned: the test split's errors are not read
while rules change (tests/gold/README.md)."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = Path(__file__).resolve().parents[1] / "gold"
# the files that hold the gold reports
SOURCES = ["corpus"] + [f"corpus-dev/{f}" for f in ("d02_national_2008.txt", "d05_national_2016.txt",
                                                    "d08_national_2022.txt", "d14_zhejiang_2026.csv",
                                                    "d19_henan_2026.csv", "d33_hebei_2003.txt",
                                                    "d09_national_1954-2017_multi.txt", "d20_hubei_2026.csv",
                                                    "d23_sichuan_2026.csv", "d35_hebei_2019_filed-as-2018.txt",
                                                    "d11_tianjin_2026.csv", "d17_jiangxi_2026.csv", "d26_jilin_2026.csv",
                                                    "d04_national_2015.txt", "d07_national_2021.tmx")]
# entity F1 measured on 2026-11-30 at the end of the fourth session (tune: 22 reports with the fourth round's two
# national ones), less 0.03 (never lowered on the same gold; the tune floors of Place, Formulation and Policy came
# down when the two national reports joined: Policy .56, Formulation .75, Place .83 on them);
# Policy raised to .84 on tune and .75 on test after the Policy batch (tune .872, test .785)
FLOORS = {
    "tune": {"Place": .88, "Strategy": .76, "Program": .68, "Formulation": .75, "Project": .62, "Zone": .76,
             "Enterprise": .71, "Event": .86, "Policy": .84},
    "test": {"Place": .90, "Strategy": .73, "Program": .64, "Formulation": .75, "Project": .45, "Zone": .35,
             "Enterprise": .70, "Event": .82, "Policy": .75},
}
RELATION_FLOORS = {"LOCATED_IN": .95, "CITES": .88}  # CITES: vocabulary citations, tune F1 .918 less .03


# with --learned, the trained recognizer joins the rules for these types (test F1 measured less 0.03); none since
# the cross-validation of 2026-11-30 (README, "A learned component"): the model merged any way did not beat the rules
LEARNED_FLOORS: dict[str, float] = {}


def _scores(tmp_path_factory, *options):
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    db = tmp_path_factory.mktemp("gold") / "kg.lbdb"
    result = CliRunner().invoke(main, ["build", *[str(SHARED / s) for s in SOURCES], "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["eval", "--db", str(db), "--gold", str(GOLD), "--format", "json"])
    assert "no built report" not in result.stderr, result.stderr
    return {(r["split"], r["type"]): r for r in json.loads(result.stdout)}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    return _scores(tmp_path_factory)


@pytest.mark.parametrize("split", ["tune", "test"])
def test_entity_f1_floors(scores, split):
    low = {t: scores[(split, t)]["f1"] for t, floor in FLOORS[split].items() if scores[(split, t)]["f1"] < floor}
    assert not low, low


def test_relation_floors(scores):
    for type_, floor in RELATION_FLOORS.items():
        assert scores[("tune", type_)]["f1"] >= floor, scores[("tune", type_)]


def test_the_learned_recognizer_adds_recall_where_it_is_used(tmp_path_factory, scores):
    learned = _scores(tmp_path_factory, "--learned")
    for type_, floor in LEARNED_FLOORS.items():
        assert learned[("test", type_)]["f1"] >= floor, learned[("test", type_)]
        assert learned[("test", type_)]["recall"] >= scores[("test", type_)]["recall"]
    for type_ in FLOORS["test"].keys() - LEARNED_FLOORS.keys():  # the rules' types are left alone
        assert learned[("test", type_)] == scores[("test", type_)], type_
