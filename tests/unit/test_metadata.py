import pytest

from kg.metadata import Manifest, cn_number, infer


def test_meeting_line_and_review_heading():
    text = ("2021年12月20日在天津市东丽区第十八届人民代表大会第一次会议上各位代表:现在,我代表区人民政府报告工作。"
            "一、2021年工作回顾过去一年……二、2022年主要工作今年要……")
    meta = infer("", text)
    assert (meta.issuer.name, meta.issuer.adcode, meta.year, meta.delivered_on) == ("东丽区", "120110", 2022, "2021-12-20")
    assert meta.issuer_method == "meeting line" and meta.year_method == "plan heading"
    assert meta.title == "2022年东丽区政府工作报告"


def test_text_wins_over_title_with_a_warning():
    text = "二〇一九年一月九日在厦门市第十五届人民代表大会第三次会议上各位代表:一、2018年工作回顾……"
    meta = infer("2022年厦门市政府工作报告", text)
    assert (meta.issuer.name, meta.year) == ("厦门市", 2019)
    assert any("title says 2022" in w for w in meta.warnings)


def test_closing_formula_and_five_year_plan():
    text = "推进全市重点项目建设。高质量编制“十五五”规划。全市上下团结奋斗,为谱写中国式现代化建设新篇章贡献更多石家庄力量!"
    meta = infer("政府工作报告", text)
    assert (meta.issuer.name, meta.year) == ("石家庄市", 2025)
    assert meta.issuer_method == "closing formula"


def test_closing_formula_prefers_the_longest_place_suffix():
    meta = infer("", "今年全市工作。奋力谱写中国式现代化德州实践新篇章!")
    assert meta.issuer.name == "德州市"


def test_title_place_when_the_text_is_silent():
    meta = infer("2024年邯郸市丛台区政府工作报告", "各位代表:一、2023年工作回顾……")
    assert (meta.issuer.adcode, meta.year, meta.issuer_method) == ("130403", 2024, "title")


def test_title_with_the_year_after_the_issuer():
    # 甲县2007年政府工作报告: the plan year may follow the issuer's name as well as open the title
    meta = infer("邯郸市丛台区2024年政府工作报告", "各位代表:本届以来……")
    assert (meta.issuer.adcode, meta.year, meta.issuer_method, meta.year_method) == ("130403", 2024, "title", "title")


def test_manifest_overrides(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("file,issuer,year\nr.txt,130900,2020\n", encoding="utf-8")
    entry = Manifest.read(path).get(tmp_path / "r.txt", 1)
    meta = infer("2024年德州市政府工作报告", "各位代表:", entry)
    assert (meta.issuer.name, meta.year, meta.issuer_method, meta.year_method) == ("沧州市", 2020, "manifest", "manifest")


def test_chinese_numerals():
    assert [cn_number(s) for s in ("二〇一九", "十二", "二十", "9", "二十一")] == [2019, 12, 20, 9, 21]


def test_manifest_matches_relative_paths_and_unique_bare_names(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("file,issuer,year\n2023/德州.txt,371400,2023\n2024/德州.txt,371400,2024\nother.txt,130900,2020\n",
                    encoding="utf-8")
    manifest = Manifest.read(path)
    assert manifest.get("2023/德州.txt", None).year == 2023 and manifest.get("2024/德州.txt", None).year == 2024
    assert manifest.get("a/other.txt", None).year == 2020  # a bare name that is unique still matches
    assert manifest.get("2025/德州.txt", None) is None  # …but not one that two rows share


@pytest.mark.parametrize("content", ["[1]", '{"a.txt": 5}', '"x"'])
def test_manifest_of_the_wrong_shape_is_a_clear_error(tmp_path, content):
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="manifest is a list of objects"):
        Manifest.read(path)


def test_a_manifest_or_gold_issuer_names_the_nation_or_a_qualified_division():
    from kg.metadata import manifest_issuer

    from kg.querylib import resolve_place

    # 中华人民共和国 once resolved to 共和县 (a short name found inside it): every character must belong to a name
    assert [manifest_issuer(v).adcode for v in ("中华人民共和国", "国务院", "宁波市北仑区", "330206", "海南州",
                                                "沧州市人民政府")] == \
        ["100000", "100000", "330206", "330206", "632500", "130900"]
    assert resolve_place("中华人民共和国") == "100000"
    with pytest.raises(ValueError, match="not a known place"):
        manifest_issuer("新疆生产建设兵团")


def test_an_issuer_by_a_former_name_is_its_successor_or_a_former_division_of_its_own():
    from kg.metadata import manifest_issuer
    from kg.querylib import resolve_place

    # renamed (same code) or re-coded in the same place: the division it became
    assert infer("2009年襄樊市政府工作报告", "各位代表:").issuer.name == "襄阳市"
    assert manifest_issuer("萧山市").adcode == "330109"
    # merged or abolished: a division of its own, inside the division that contains it today
    meta = infer("2005年北京市崇文区政府工作报告", "各位代表:")
    assert (meta.issuer.adcode, meta.issuer.name, meta.issuer.parent) == ("110103", "崇文区", "110000")
    assert manifest_issuer("重庆市渝北区").adcode == resolve_place("渝北区") == "500112"
    # a current name always wins over a former one
    assert manifest_issuer("江北区").adcode == "330205"


def test_an_issuer_is_the_division_its_name_named_in_the_plan_year():
    from kg.metadata import manifest_issuer

    # 巢湖市 was a prefecture from 1999 until its split in 2011; the county-level city of that name dates from 2011
    assert infer("2005年巢湖市政府工作报告", "各位代表:").issuer.adcode == "341400"
    assert infer("2013年巢湖市政府工作报告", "各位代表:").issuer.adcode == "340181"
    assert manifest_issuer("巢湖市", 2008).adcode == "341400"
    assert manifest_issuer("巢湖市").adcode == "340181"
    # a division only re-coded at the same level stays today's
    assert infer("1995年巢湖市政府工作报告", "各位代表:").issuer.adcode == "340181"
