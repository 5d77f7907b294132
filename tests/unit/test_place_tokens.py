"""A place is mentioned where it is a token of its own (guideline 2): not where it only opens a longer name
(衡水 of 衡水高新区, 邢台 of 邢台古城, whether or not that name is an entity), nor where the name is a strategy's
(雄安新区); still as a route's endpoint inside a project's name, as a list item sharing a head, as the first of two
places joined by 与 in a zone's name and as one of places written one after the other (承德张家口联动); not as the
place a headline goal ends with (幸福美好新X: inside the goal's name)."""
import pytest

import kg
from tests.conftest import build_report, run, write

# Written for the test, not taken from any report.
REPORT = """2024年河北省政府工作报告
——2024年1月10日在河北省第十四届人民代表大会第二次会议上
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、2023年工作回顾
支持衡水高新区扩区提质，保定、廊坊两市经济增长较快，邢台古城修缮完成。
二、2024年重点工作
高标准建设雄安新区，开工建设石家庄至邯郸高速公路，推进黄骅、沧州军民合用机场建设，支持承德张家口联动发展，深化与北京朝阳区合作，创建唐山市与秦皇岛市协同发展示范区，加快定州、沧州等2个国家物流枢纽承载城市建设。
支持辛集加快建设现代化国际化美好辛集，奋力建设幸福美好新晋州。
各位代表，让我们团结奋斗，为谱写中国式现代化河北篇章贡献力量！
"""


@pytest.fixture(scope="module")
def places(tmp_path_factory, nlp):
    db = build_report(tmp_path_factory.mktemp("places"), "hebei.txt", REPORT)
    return set(kg.open(db).entities("Place")["name"])


def test_a_place_opening_a_longer_name_is_not_mentioned(places):
    assert "衡水市" not in places


def test_a_place_before_one_of_its_own_divisions_opens_that_ones_name(places):
    assert "北京市" not in places and "朝阳区" in places


def test_a_place_opening_a_name_that_is_no_entity_is_not_mentioned(places):
    assert "邢台市" not in places  # 邢台古城: a site, not the city standing alone


def test_a_strategy_written_as_a_place_name_is_not_also_a_place(places):
    assert "雄安新区" not in places


def test_the_first_of_two_places_joined_by_yu_in_a_zones_name_is_a_place(places):
    assert "唐山市" in places and "秦皇岛市" not in places  # the second stands inside the zone's name


def test_the_place_a_headline_goal_ends_with_is_inside_its_name(places):
    assert "晋州市" not in places  # 幸福美好新晋州: the goal's name holds the place (the local gold, 8 reports)


@pytest.mark.parametrize("name", ["保定市", "廊坊市", "石家庄市", "邯郸市", "黄骅市", "承德市", "张家口市",
                                  "定州市", "沧州市"])
def test_standalone_places_route_endpoints_and_list_items_are_places(places, name):
    assert name in places


def test_a_folder_of_links_builds_again(tmp_path, nlp):
    real = write(tmp_path / "real" / "hebei.txt", REPORT)
    (tmp_path / "links").mkdir()
    (tmp_path / "links" / "hebei.txt").symlink_to(real)
    db = tmp_path / "kg.lbdb"
    for _ in range(2):
        result = run("build", tmp_path / "links", "--db", db, "--workers", "1")
        assert result.exit_code == 0, result.output
