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
                                                    "d04_national_2015.txt", "d07_national_2021.tmx",
                                                    "d30_hebei_2023.txt", "d32_hebei_2025.txt",
                                                    "d01_national_2004.txt", "d03_national_2012.txt",
                                                    "d13_jiangsu_2026.csv", "d18_shandong_2026.csv",
                                                    "d22_guangdong_2026.csv", "d06_national_2018.txt", "d21_hunan_2026.csv",
                                                    "d34_hebei_2009.txt", "d10_beijing_2026.csv", "d12_shanghai_2026.csv",
                                                    "d15_anhui_2026.csv", "d16_fujian_2026.csv", "d24_shaanxi_2026.csv",
                                                    "d25_shanxi_2026.csv", "d31_hebei_2024.txt")]
# entity F1 measured less 0.03, never lowered on the same gold (tests/gold/README.md: a change of the gold re-sets
# them: the fourth round's national reports, the fifth session's consistency pass and its two Hebei reports, the
# sixth session's two national reports, 2004 and 2012, with which the tune floors of Strategy, Program, Enterprise,
# Event and Policy came down by .01–.03: those reports score lower, e.g. Program .56, Policy .75; the seventh
# session's two national reports, 1993 and 2013, with which Program, Formulation, Enterprise and Policy came down by
# .01–.03: Formulation .41, Program .44, Policy .63 there); measured 2026-12-01 in the seventh session; the batches
# that raised them are in docs/extraction-log.md (and the README's Entities and their quality); Policy raised to .857
# in the seventh session's second wave (international documents, issued plans, short titles merged: tune .887); in the
# eighth session Enterprise .811 (bare company words, kinds and blocs as no firms: tune .841), Strategy .826 and Zone
# .869 (candidate terms and zones by form: tune .856, .899), Program .728 (a clause's words, the planned economy's
# plans, categories of works, first-mover areas named by a strategy's label: tune .758), Project .704 (sorts of work
# as list items, suffixes inside other words, clause openers: tune .734), then .711 (stations, plants named by their
# kind without 站, corridors named by what they carry: tune .741), Event .890 and Policy .865 (policies and events by
# form from the unseen audit: tune .920, .895), Formulation .822 (formulations by form from the unseen audit: tune
# .852); in its third wave Zone .874 and Enterprise .814 (well-known area names opening zones, districts of a new
# area, short names of national groups: tune .904, .844), Program .731 (pilots through a verb inside a compound,
# counted lists sharing a head, land-contract extension variants: tune .761); ninth session: Policy .869 (laws named
# without 《》 where applied or submitted, treaties in 《》 whole: tune .899), Project .724 (sizes in Chinese numerals,
# lists closed by a count, a county's buildings, estates and works, roads listed before 道路, a stop word opening a
# name after a verb of building: tune .754), Place .90 (a place glued to a word before it, a ranking's field, a
# place's market: tune .930), Strategy .836 (the carbon goals apart, foes' strategies, series of 新 words and kinds of
# regions as none: tune .866); its second wave Program .732 (quoted tokens never cut, chief systems, campaigns for
# several titles: tune .762), Strategy .838 (a place's headline goal with a word of praise and its qualifiers, a kind
# of city qualified as modern or international: tune .868)
# test floors raised at the end of the eighth session (measured .809, .613, .698 less .03): Formulation, Zone, Program;
# at the end of the ninth, on the gold made consistent across the splits (measured .791, .705, .829, .895 less .03):
# Strategy, Program, Formulation, Event; tune Strategy, Program, Project, Event to the final figures less .03;
# at the end of the twelfth session (measured once: Policy .841, Program .712, Project .523, Formulation .831,
# Enterprise .731 less .03) test Policy, Program, Project, Formulation, Enterprise, and tune Strategy, Program, Project,
# Zone, Enterprise, Policy and CITES to its tune figures less .03 (.877, .769, .781, .919, .862, .912, .945);
# at the end of the thirteenth (measured once: Policy .851, Zone .622, Enterprise .737, Formulation .833, Program
# .713 less .03) test Policy, Zone, Enterprise, Formulation, Program, and tune Strategy, Program, Formulation, Project,
# Zone, Enterprise, Policy and CITES to its tune figures less .03 (.887, .778, .855, .786, .926, .866, .916, .947);
# at the end of the fourteenth (measured once: Event .902 less .03) test Event, and tune Strategy, Program, Project,
# Zone, Enterprise, Event, Policy and CITES to its tune figures less .03 (.897, .785, .791, .930, .876, .928, .918, .948)
# fifteenth session: the eighth round's three provincial reports (广东, 江苏, 山东 2026) joined the tune split, a change
# of the gold that re-sets every tune floor to the 31 reports' figures less .03 (Place .917, Strategy .888, Program
# .776, Formulation .845, Project .802, Zone .904, Enterprise .864, Event .915, Policy .915, CITES .946: the new
# reports score lower, e.g. Zone .74, Program .72 while unseen); test Project to .525 less .03 (measured once); then the
# fifth consistency pass over the tune gold (tests/gold/README.md) re-set Strategy, Program, Project, Zone, Enterprise
# and CITES again (.887, .774, .805, .900, .881, .947 less .03); sixteenth session: the ninth round's ten reports
# (国务院 2018, 湖南, 河北 2009, 河北 2024, 北京, 上海, 安徽, 福建, 陕西, 山西) joined the tune split, re-setting every tune
# floor to the 41 reports' figures less .03 (Place .910, Strategy .877, Program .768, Formulation .832, Project .787,
# Zone .864, Enterprise .897, Event .898, Policy .900, CITES .941); test Enterprise, Project, Program to .752, .528, .714
# less .03 (measured once); seventeenth session: the tenth round's three national reports (国务院 2009, 2014, 2017)
# joined the tune split after the sixth consistency pass, re-setting every tune floor to the 44 reports' figures less
# .03 (Place .913, Strategy .875, Program .768, Formulation .834, Project .793, Zone .864, Enterprise .900, Event .921,
# Policy .887, CITES .938); test Event and Project to .908 and .530 less .03 (measured once); eighteenth session: the
# seventh consistency pass changed the tune gold, re-setting every tune floor to the figures of the 44 tune reports in
# ../shared less .03 (Place .914, Strategy .878, Program .771, Formulation .836, Project .797, Zone .864, Enterprise
# .900, Event .928, Policy .896, CITES .937; the eleventh round's tune reports are outside ../shared and not scored
# here); test Program, Project, Formulation to .721, .533, .835 less .03 (measured once); nineteenth session: rules and
# the eighth consistency pass, every tune floor raised where the 44 reports' figures less .03 exceed it (Place .917,
# Strategy .883, Program .776, Formulation .844, Project .803, Zone .881, Policy .898, CITES .943); test Project to
# .555 less .03 (measured once); twenty-fifth session: the ninth consistency pass made the test gold follow the tune
# passes' written decisions (tests/gold/README.md); measured once on it: Zone .697, Program .732, Formulation .838,
# Project .575, Enterprise .773 less .03 (Policy .837 and Strategy .788 less .03 stay under their floors); twenty-ninth
# session: the eleventh consistency pass and the session's rules, measured once: test Program .749, Strategy .809 less .03;
# thirty-first session: the twelfth consistency pass and the thirtieth and thirty-first sessions' rules, measured once:
# test Program .756, Strategy .824 less .03; thirty-second session: the thirteenth consistency pass and the session's
# rules, every tune floor raised to the 47 reports' figure less .03 where that exceeds it (Place .934, Strategy .934,
# Program .842, Formulation .875, Project .855, Zone .917, Enterprise .934, Event .937, CITES .953), measured once:
# test Strategy .831, Program .758, Formulation .847 less .03
FLOORS = {
    "tune": {"Place": .912, "Strategy": .906, "Program": .818, "Formulation": .855, "Project": .829, "Zone": .887,
             "Enterprise": .913, "Event": .914, "Policy": .868},
    "test": {"Place": .914, "Strategy": .801, "Program": .728, "Formulation": .817, "Project": .545, "Zone": .667,
             "Enterprise": .755, "Event": .878, "Policy": .821},
}
RELATION_FLOORS = {"LOCATED_IN": .95, "CITES": .924}  # CITES: vocabulary citations, tune F1 .954 less .03


# with --learned, the trained recognizer joins the rules for these types (test F1 measured less 0.03): projects in
# union, the test split's and the fresh reports' choice against a held-out tune loss (README, "A learned component")
LEARNED_FLOORS = {"Project": .50}


# guideline 2's own examples of what is NOT an entity of a type (categories, sector reforms, titles, stances, regions)
CATEGORIES = {
    "Project": "重点项目 民生工程 存量项目 病险水库", "Zone": "开发区 各类园区 服务业两区",
    "Enterprise": "高新技术企业 龙头企业 专精特新企业 平台企业 农商行 村镇银行",
    "Program": "财税体制改革 国资国企改革 科技体制改革 城中村改造 高标准农田 全国文明城市 国家卫生城市 国家园林城市 "
               "国家森林城市 双拥模范城 中国淘宝村 专项债券 稳岗返还 生态产品价值实现机制",
    "Formulation": "越是艰险越向前 功成不必在我 时时放心不下 人民至上 因城施策 积极的财政政策 小升规 个转企 系列重要讲话精神",
    "Policy": "一揽子政策", "Place": "京津冀 长三角 华北 东北 中西部地区 京津 呼包鄂",
}


def _build(tmp_path_factory, *options):
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    db = tmp_path_factory.mktemp("gold") / "kg.lbdb"
    result = CliRunner().invoke(main, ["build", *[str(SHARED / s) for s in SOURCES], "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    return db


def _shared_gold(tmp_path_factory) -> Path:
    """The gold files whose report is in ../shared (a header's source under corpus/ or corpus-dev/); the others name
    a public source outside it (tests/gold/README.md, eleventh round) and are scored where their texts are fetched."""
    folder = tmp_path_factory.mktemp("shared-gold")
    for f in sorted(GOLD.glob("*.jsonl")):
        header = json.loads(f.read_text("utf-8").splitlines()[0])["gold"]
        if (SHARED / header["source"].split("/")[0]).is_dir():
            (folder / f.name).write_text(f.read_text("utf-8"), "utf-8")
    return folder


def _scores(db, gold):
    result = CliRunner().invoke(main, ["eval", "--db", str(db), "--gold", str(gold), "--format", "json"])
    assert "no built report" not in result.stderr, result.stderr
    return {(r["split"], r["type"]): r for r in json.loads(result.stdout)}


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory):
    return _build(tmp_path_factory)


@pytest.fixture(scope="module")
def shared_gold(tmp_path_factory):
    return _shared_gold(tmp_path_factory)


@pytest.fixture(scope="module")
def scores(gold_db, shared_gold):
    return _scores(gold_db, shared_gold)


def test_no_category_is_an_entity(gold_db):
    """The issue's criterion over every report built: no node of any type is named by a category the guideline
    names as one (a class, a sector's reform, an awarded title, a stance or a region)."""
    categories = {name for names in CATEGORIES.values() for name in names.split()}
    found = []
    for type_ in ("Place", "Strategy", "Program", "Formulation", "Zone", "Project", "Enterprise", "Event", "Policy"):
        result = CliRunner().invoke(main, ["entities", "--db", str(gold_db), "--type", type_, "--format", "json"])
        assert result.exit_code == 0, result.output
        found += [(type_, e["name"]) for e in json.loads(result.output) if e["name"] in categories]
    assert not found, found


@pytest.mark.parametrize("split", ["tune", "test"])
def test_entity_f1_floors(scores, split):
    low = {t: scores[(split, t)]["f1"] for t, floor in FLOORS[split].items() if scores[(split, t)]["f1"] < floor}
    assert not low, low


def test_relation_floors(scores):
    for type_, floor in RELATION_FLOORS.items():
        assert scores[("tune", type_)]["f1"] >= floor, scores[("tune", type_)]


def test_the_learned_recognizer_adds_recall_where_it_is_used(tmp_path_factory, scores, shared_gold):
    learned = _scores(_build(tmp_path_factory, "--learned"), shared_gold)
    for type_, floor in LEARNED_FLOORS.items():
        assert learned[("test", type_)]["f1"] >= floor, learned[("test", type_)]
        assert learned[("test", type_)]["recall"] >= scores[("test", type_)]["recall"]
    for type_ in FLOORS["test"].keys() - LEARNED_FLOORS.keys():  # the rules' types are left alone
        assert learned[("test", type_)] == scores[("test", type_)], type_
