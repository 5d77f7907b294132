from kg.pipeline import read_corpus
from kg.resolve import resolve_places
from extractors.extract import extract
from tests.conftest import CITY_REPORT, write


def matches(nlp, text, label):
    return [(text[m.start:m.end], m) for m in nlp(text)._.kg_matches if m.label == label]


def test_places_full_short_and_suffixed(nlp):
    found = {t: m for t, m in matches(nlp, "沧州市委部署，黄骅港和黄骅市联动，海南州与石家庄协作。", "Place")}
    assert set(found) == {"沧州市", "黄骅市", "海南州", "石家庄"}
    assert found["海南州"].candidates == ("632500",) and found["石家庄"].short


def test_places_not_inside_other_names(nlp):
    text = "中欧班列长安号开行，新华社报道，新增城区学位，建设示范县，走访北京路商户。"
    assert matches(nlp, text, "Place") == []


def test_a_place_opening_a_longer_name_is_marked_and_one_standing_alone_is_not(nlp):
    # invented: a product, a site and a sub-unit opened by a place; a subject, a list, a route and an owner noun
    text = ("衡水老白干、邢台古城和廊坊片区声名渐起，保定、承德两市分别入选，开工唐山至秦皇岛公路，"
            "谱写沧州篇章，邯郸获评先进。")
    opens = {t: bool(dict(m.attrs).get("opens")) for t, m in matches(nlp, text, "Place")}
    assert opens == {"衡水": True, "邢台": True, "廊坊": True, "保定": False, "承德": False, "唐山": False,
                     "秦皇岛": False, "沧州": False, "邯郸": False}


def test_a_place_before_a_disasters_magnitude_or_date_opens_its_name(nlp):
    # invented: a disaster named by its place and magnitude or date (某县6.4级地震, 某区“4·11”森林火灾) is opened by
    # the place (guideline 2: 甘肃 in 甘肃某地地震); a place before a count or a year stands alone
    text = "妥善处置邢台5.1级地震和衡水3·15森林火灾，沧州新增就业1.2万人，承德2025年增长。"
    opens = {t: bool(dict(m.attrs).get("opens")) for t, m in matches(nlp, text, "Place")}
    assert opens == {"邢台": True, "衡水": True, "沧州": False, "承德": False}


def test_places_glued_to_a_function_word_ranked_or_owning_a_market(nlp):
    # invented: the segmenter writes 居成|都市 and 至佳县 as words; a ranking's field; a place's market and its area
    text = "增速居成都市前列，综合考评居开封市县区首位，新建榆林至佳县公路，开拓北京、上海市场，临泉县域经济壮大。"
    found = {t: bool(dict(m.attrs).get("opens")) for t, m in matches(nlp, text, "Place")}
    assert found == {"成都市": False, "开封市": False, "榆林": False, "佳县": False, "北京": False, "上海": False,
                     "临泉": False}


def test_strategy_aliases_and_traditional_forms(nlp):
    from kg.textnorm import MappedText, normalize

    text = normalize(MappedText.of("深入推進京津冀一體化，實施“雙碳”戰略，推動遼寧全面振興。")).text
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["jingjinji", "dual-carbon", "northeast"]


def test_national_strategies_written_by_their_first_names(nlp):
    # invented sentence: the north-east's revitalisation and the poverty campaign as reports of 2003–2017 write them
    text = "落实东北等老工业基地振兴举措，实施新一轮东北振兴战略，推进集中连片特殊困难地区扶贫攻坚。"
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["northeast", "northeast", "poverty-alleviation"]


def test_a_provinces_named_innovation_platform_is_a_programme(nlp):
    # invented sentence: 秦创原, a province's innovation-driven platform, is a named platform (a Program), not a strategy
    text = "秦创原创新驱动平台提级扩能。"
    assert [m.key for _, m in matches(nlp, text, "Program")] == ["qinchuangyuan"]
    assert matches(nlp, text, "Strategy") == []


def test_a_bare_short_form_later_in_a_list_a_verb_of_adherence_opens(nlp):
    # invented: a bare short form (创新驱动) as a later item of a list of short items that 坚持 opens is the strategy;
    # in a list no such verb opens it is a word of the list's plain sense
    text = "坚持开放合作、创新驱动，加快发展。今后五年我省增长动力、创新驱动、民生福祉等指标。"
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["innovation-driven"]


def test_regional_strategies_written_with_加快(nlp):
    # invented sentence: the central and eastern regions' national strategies as national reports of 2004–2005 and
    # 2021–2026 write them (中部地区加快崛起, 东部地区加快发展)
    text = "落实推动中部地区加快崛起的各项任务，鼓励东部地区加快发展。"
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["central", "eastern"]


def test_region_names_cite_only_when_they_stand_for_the_strategy(nlp):
    text = ("主动对接京津冀、长三角、粤港澳大湾区等国家重大区域发展战略。"
            "赴京津冀、长三角等地开展招商。瞄准粤港澳大湾区企业开展推介。积极融入长三角一体化发展。")
    cites = [(t, m.cites) for t, m in matches(nlp, text, "Strategy")]
    assert cites == [("京津冀", True), ("长三角", True), ("粤港澳大湾区", True),  # the class names none of its own
                     ("长三角一体化发展", True)]  # a region named only as a place is no strategy (guideline 2)


def test_a_bare_short_form_of_a_strategy_cites_it_only_after_a_verb_of_adherence(nlp):
    # invented: the bare 创新驱动 (a kg:regionLabel of 创新驱动发展战略) after a verb of adherence (坚持, 强化, 推进) is
    # the strategy; as a mode of growth (转向创新驱动) or an item of a list of fields it is the words' plain sense
    text = "坚持创新驱动，扩大有效投资。全面强化创新驱动。推动产业转向创新驱动、绿色发展，人才集聚、创新驱动持续增强。"
    assert [(t, m.key) for t, m in matches(nlp, text, "Strategy")] == [
        ("创新驱动", "innovation-driven"), ("创新驱动", "innovation-driven")]


def test_national_directions_to_build_and_stances(nlp):
    # guideline 2: national directions framed as something to build are strategies; a stance written bare is not
    text = "加快构建新型能源体系，坚定不移推进新型工业化。积极应对人口老龄化，推进区域协调发展，坚持教育优先发展。"
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["new-energy-system", "new-industrialization"]


def test_strategies_inside_longer_names_and_classes_are_not_strategies(nlp):
    doc = nlp("争创国家新型城镇化试点，实施品牌强省工程。落实区域重大战略，推进国家文化公园建设。")
    assert [doc.text[m.start:m.end] for m in doc._.kg_matches if m.label == "Strategy"] == []
    assert [t for t, kind in doc._.kg_candidates if kind == "strategy"] == []


def test_headline_goals_scoped_joined_and_of_a_place(nlp):
    text = ("着力打造内陆开放高地，打造人工智能创新发展高地，构筑向西开放战略高地和参与竞争新基地。"
            "主动融入首都通勤圈，打造一刻钟便民生活圈。加快建设社会主义现代化新郴州，奋力谱写中国式现代化湖南篇章。"
            "全面建设社会主义现代化大都市，打造广域武汉大都市圈，共建巴蜀文旅走廊。")
    assert [t for t, _ in matches(nlp, text, "Strategy")] == [
        "内陆开放高地", "向西开放战略高地", "首都通勤圈", "社会主义现代化新郴州", "社会主义现代化大都市",
        "广域武汉大都市圈", "巴蜀文旅走廊"]


def test_a_places_headline_goal_keeps_its_heads_and_a_place_opening_with_new(nlp):
    # invented: the heads before a praised place (社会主义现代化, 现代化, 新时代) open its goal written with 建设 after
    # it and no verb before; a place whose name opens with 新 or 大 (新乡, 大同) is read whole after the head
    text = ("社会主义现代化新洛阳建设迈出坚实步伐。新时代新焦作建设取得新进展。"
            "奋力建设社会主义现代化新乡，加快建设现代化大同。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "社会主义现代化新洛阳", "新时代新焦作", "社会主义现代化新乡", "现代化大同"]


def test_unknown_strategy_terms_become_candidates(nlp):
    doc = nlp("深入实施强省会战略和乡村振兴战略，实施好质量强省战略，培育战略性新兴产业，签订战略框架协议。")
    assert [t for t, kind in doc._.kg_candidates if kind == "strategy"] == ["强省会战略", "质量强省战略"]


def test_report_mentions_resolve_with_the_issuer(nlp, tmp_path):
    write(tmp_path / "r.txt", CITY_REPORT + "\n朝阳区与我市签约，北京朝阳区企业落户，新华区项目开工。\n")
    [report], _, _ = read_corpus([tmp_path])
    ex = extract(nlp, report)
    places = resolve_places(report, ex.mentions)
    keys = {(m.surface, m.key) for m in places if m.type == "Place"}
    assert ("北京", "110000") in keys and ("朝阳区", "110105") in keys
    assert ("新华区", "130902") in keys  # the one in the issuer's prefecture
    assert not any(m.surface == "朝阳区" and m.start < report.text.index("北京朝阳区") for m in places)
    for m in ex.mentions:
        assert report.text[m.start - report.offsets[0]:m.end - report.offsets[0]] == m.surface


def test_lists_sharing_a_head_name_every_item(nlp):
    text = "建好长江、黄河、长城国家文化公园，落实黄河重大国家战略。"
    assert [(t, m.key) for t, m in matches(nlp, text, "Strategy")] == [("黄河重大国家战略", "yellow-river")]
    assert [dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Project")] == [  # parks are projects
        "长江国家文化公园", "黄河国家文化公园", "长城国家文化公园"]  # (guideline 2)


def test_zones_from_coordinations_places_and_designations(nlp):
    # invented: a list counted with 家, a new area written as a district's name, two places' initials before a
    # national designation, a park after its place, the Hainan free trade port and the Beijing sub-centre
    text = ("甲城东湖、乙城2家高新区进位，滨海新区加快发展，建设长株潭国家自主创新示范区，松原化工园区扩容，"
            "建设一批零碳园区，对接海南自贸港，服务北京城市副中心建设。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert {"甲城东湖", "乙城", "长株潭国家自主创新示范区", "松原化工园区", "海南自贸港", "北京城市副中心"} <= zones
    assert "滨海新区" not in zones and not any(z.endswith("零碳园区") for z in zones)
    assert "滨海新区" in {t for t, _ in matches(nlp, text, "Place")}


def test_zones_places_sharing_a_head_numeral_places_dashes_and_agreements(nlp):
    # invented: places listed before a place's zone share its head; a place opening with a numeral (三明, 六安's
    # initial) opens a zone; two places joined by a dash make one zone, an institution before a dash does not;
    # a free-trade area of countries is an agreement (a programme); a zone opening a line's name is none
    text = ("加快汕头、湛江临港经济区建设，支持三明科技园和六松合作产业园发展，天津滨海—中关村科技园扩容，"
            "南开大学—沧州渤海新区共建，推进中韩自贸区、亚太自贸区建设，开工上海示范区线，扩大上海自贸试验区范围，"
            "洋县园区和三航科技城扩容，建设合作园区和千亿级园区。")
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert {"汕头临港经济区", "湛江临港经济区", "三明科技园", "六松合作产业园", "天津滨海—中关村科技园",
            "沧州渤海新区", "上海自贸试验区", "洋县园区", "三航科技城"} <= zones  # 上 of 上海 is no leftover of 以上 (only_words)
    assert not any(z.startswith(("南开", "中韩", "亚太", "上海示范区", "合作", "千亿")) for z in zones)
    assert {"中韩自贸区", "亚太自贸区"} <= {t for t, _ in matches(nlp, text, "Program")}


def test_policies_known_titles_win_over_a_shorter_reading(nlp):
    # invented: a known agreement whose title holds 与 (where a name read leftwards stops) is one policy, whole
    text = "主动对接全面与进步跨太平洋伙伴关系协定，推动区域全面经济伙伴关系协定实施。"
    assert {t for t, _ in matches(nlp, text, "Policy")} == {"全面与进步跨太平洋伙伴关系协定", "区域全面经济伙伴关系协定"}


def test_zones_listed_before_a_kind_and_agricultural_zones(nlp):
    # invented: parks named by themselves before 等 and a kind of park; an item so formed between two zones;
    # sectors and places before such a kind, and park operators, are none; agricultural high-tech zones
    text = ("提升甲方芯港、乙飞机园等特色产业园区能级，推动丙淞创新城、丁大智慧城、戊区科创城开发提速，"
            "推进软件产业、卫星导航等产业园区，与己村E谷等园区运营商合作，建设庚河三角洲国家农高区、潍坊国家农综区。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert {"甲方芯港", "乙飞机园", "丁大智慧城", "庚河三角洲国家农高区", "潍坊国家农综区"} <= zones
    assert not any(z.startswith(("软件", "卫星", "己村")) for z in zones)


def test_zones_first_mover_and_functional_areas_are_programmes(nlp):
    # invented: a …先行区 is a designation (guideline 2: a Program) even tied to places or a region; a …功能区 is
    # the function a spatial plan gives an area; a word-like place name (合作) ties no designation to a place
    text = ("共建长三角美好生活先行区，建设甲城乙县融合先行区，加快沧州生态涵养功能区建设，"
            "深化丝路电商合作示范区建设。")
    assert not matches(nlp, text, "Zone")
    assert {"长三角美好生活先行区", "甲城乙县融合先行区", "沧州生态涵养功能区", "丝路电商合作示范区"} <= {
        t for t, _ in matches(nlp, text, "Program")}


def test_zones_economic_regions_and_works_inside_a_zone(nlp):
    # invented: an …经济区 is a zone only as a place's own or an airport's or port's, else a plan's region or a
    # kind; a zone opening the name of works inside it (…港区航道, …港区改造二期) is no zone of its own there;
    # a new town named only by a region's word (平原新城) is a kind of the city's plan
    text = ("支持江汉丘陵经济区发展，推动金砖国家特殊经济区合作，加快沧州临港经济区、大兴国际机场临空经济区建设，"
            "实施甲城港乙湾港区疏港航道等项目，丙泾港区改造二期开工，丁州港区建设提速，提升平原新城承载力。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"沧州临港经济区", "大兴国际机场临空经济区", "丁州港区"}
    # a period (十四五期间) and what stands inside a zone (区内企业一期) are no works of the zone
    text = "甲州高新区十四五期间产值翻番，乙州高新区内企业一期投产。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"甲州高新区", "乙州高新区"}


def test_zones_a_park_inside_a_zone_keeps_the_zone_in_its_name(nlp):
    # invented: a park written right after the zone it lies in is one name (gold: 华明高新区知识产权服务聚集区);
    # a verb between them ends the name at the first zone; the new area the guideline calls a Strategy (雄安新区)
    # opens its zones' names as a place does
    text = ("打造沧州高新区甲乙服务聚集区，推动衡水高新区升级国家高新区，提升雄安新区丙丁科技园能级。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert {"沧州高新区甲乙服务聚集区", "衡水高新区", "雄安新区丙丁科技园"} <= zones
    assert not any(z.startswith(("升级", "国家", "丙丁")) for z in zones)


def test_zones_cluster_areas_need_a_place_a_local_name_or_their_zone(nlp):
    # invented: a …集聚区 or …聚集区 named only by its trade is a kind of area a plan promotes, no zone; named by a
    # place, a township's name or the zone it lies in, it is one
    text = ("港航服务集聚区新增企业300家，打造冰雕器材生产聚集区，建设衡水低空制造集聚区，"
            "抓好丙岗高端产业集聚区建设，提升乙城高新区数据服务聚集区能级。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"衡水低空制造集聚区", "丙岗高端产业集聚区", "乙城高新区数据服务聚集区"}


def test_zones_innovation_communities(nlp):
    # invented: a community named as an innovation or start-up hub firms move into is a zone (guideline 2: like
    # …众创空间); a kind of them counted, and a neighbourhood's 社区, are none
    text = ("甲乙模创社区新入驻企业30家，丙丁(戊县)科技创业特别社区集聚人才，打造一批高水平科创社区，建设文创社区，"
            "完善城乡社区服务。")
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"甲乙模创社区", "丙丁(戊县)科技创业特别社区"}


def test_zones_placed_heads_chemical_port_districts_and_clusters(nlp):
    # invented: a chemical zone, an inland port district and a city's 组团 named by their place are zones; 组团 as a
    # verb (组团参展) and a counted list of functions sharing 功能组团 name none
    text = ("沧州化工区加快转型，衡水国际港务区开通班列，沧州国际陆港区扩容，衡水甲乙组团和沧州组团加快建设。"
            "组织企业组团参展，打造金融、商务等5个功能组团。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"沧州化工区", "衡水国际港务区", "沧州国际陆港区", "衡水甲乙组团", "沧州组团"}


def test_zones_scope_phrases_are_categories(nlp):
    # invented: 全县, 各县区, 区域内 before a zone's suffix and words of a kind speak of all an area's zones: no name
    text = "全县工业园区完成投资，各县区产业园区加快建设，区域内开发区整合提升。"
    assert not matches(nlp, text, "Zone")


def test_zones_before_a_clause_about_their_projects(nlp):
    # invented: a verb between a zone and 项目 (入驻, 签约) makes a clause about the zone's projects, the zone named
    text = "沧州甲乙产业园入驻项目20个，衡水丙丁园区签约项目35个。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州甲乙产业园", "衡水丙丁园区"}


def test_zones_parks_named_by_a_local_word_beside_a_placed_park(nlp):
    # invented: a park whose suffix needs a place (园区), named by a word no gazetteer holds, is a zone as an item
    # beside a park of the same suffix named by its place; alone, or beside a sub-district's parks, it names none
    text = "推动沧州园区、甲乙园区加快发展，丙丁园区、街道园区平稳运行。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州园区", "甲乙园区"}


def test_zones_bases_holding_projects_and_items_written_whole(nlp):
    # invented: a base the text says holds projects or firms of its own is an administered area, a zone; a base
    # named otherwise stays a Project; list items written with their suffix keep their name before a shared count
    text = "甲乙高新技术产业基地57个项目完成投资，丙丁航天基地新入驻企业30家，建设沧州生物医药产业基地。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"甲乙高新技术产业基地", "丙丁航天基地"}
    text = "建设甲乙新城、丙丁新城2个新城。"
    assert {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")} == {"甲乙新城", "丙丁新城"}


def test_zones_reserves_listed_with_their_shared_head(nlp):
    # invented: local words listed before 保护区 name one reserve each (guideline 2: coordinated names keep the
    # shared head); kinds of nature listed so (森林、湿地) name none
    text = "推进甲乙、丙丁丁、戊己保护区修复，划定森林、湿地保护区。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"甲乙保护区", "丙丁丁保护区", "戊己保护区"}


def test_zones_parks_whose_construction_is_completed_or_begun_are_projects(nlp):
    # invented: 建成 or 开工建设 right before a park says it is a facility being built (guideline 2: a park being
    # built is a Project); before a zone of its own administration it changes nothing
    text = "建成沧州甲乙科技园，开工建设衡水丙丁产业园，建成沧州高新区。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州高新区"}
    assert {"沧州甲乙科技园", "衡水丙丁产业园"} <= {t for t, _ in matches(nlp, text, "Project")}


def test_zones_local_words_listed_before_a_zone_share_its_head(nlp):
    # invented: a local word listed right before a zone headed by a short local word shares its head (guideline 2:
    # 张村、李庄等煤矿); sectors listed so (交通、水利) name none
    text = "支持甲乙、丙丁开发区整合，加快交通、水利、戊己新城建设。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"甲乙开发区", "丙丁开发区", "戊己新城"}


def test_zones_a_places_own_he_is_no_coordination(nlp):
    # invented: 和 inside a place's name (呼和浩特) joins nothing, the zone keeps its place; a 和 between two names
    # still ends the first; 飞地 before 园区 names a kind of park, also beside a park named by its place
    text = "推进呼和浩特甲乙综保区和丙丁经开区建设，推动沧州园区、飞地园区发展。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"呼和浩特甲乙综保区", "丙丁经开区", "沧州园区"}


def test_corridors_across_several_places_are_strategies(nlp):
    # invented: a corridor or belt along or across several places (沿 and their initials, two places joined by a
    # dash, a highway's code) is a regional plan, a Strategy; one place's designated corridor stays a zone
    text = "深化G61科创走廊、沿沧衡产业创新带建设，建设沧州-衡水人才科创走廊，推动沧州城西科创大走廊提能升级。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州城西科创大走廊"}
    assert {"G61科创走廊", "沿沧衡产业创新带", "沧州-衡水人才科创走廊"} <= {t for t, _ in matches(nlp, text, "Strategy")}


def test_zones_joined_by_yu_and_listed_before_a_zones_kind_stay_zones(nlp):
    # invented: two zones joined by 与 are two (two places joined so name one zone); a list of zones whose head after
    # 等 is a zone's kind, then a clause counting their projects, is no list of projects
    text = "推进沧州经开区与衡水高新区合作，沧州高新区、衡水经开区等园区新签约项目120个。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"沧州经开区", "衡水高新区", "沧州高新区", "衡水经开区"}
    text = "推进甲州区与乙三县一体化高质量发展示范区建设，推进沧州甲乙产业园、衡水丙丁园区等重点项目。"
    assert not {t for t, _ in matches(nlp, text, "Zone")} & {"沧州甲乙产业园", "衡水丙丁园区"}


def test_zones_full_forms_after_the_issuers_level_or_a_possessive_are_its_own(nlp):
    # invented: 县|经济开发区 and 我县|经济技术开发区 name the issuer's own zone, as 县|经开区 does (generic: the resolver
    # names it by the issuer); bare full forms after 国家级 or 全市 are categories
    text = "县经济开发区扩区，支持我县经济技术开发区升级，推动国家级经济技术开发区和全市经济开发区创新提升。"
    found = [(t, dict(m.attrs).get("generic")) for t, m in matches(nlp, text, "Zone")]
    assert found == [("经济开发区", "1"), ("经济技术开发区", "1")]


def test_parks_listed_right_after_projects_are_projects(nlp):
    # invented: parks or business districts listed right after …项目， are the projects the sentence lists (guideline
    # 2: a park the sentence lists among its 项目 is a Project); zones of their own administration so placed stay zones
    text = "推进一批重大项目，沧州甲乙商务区、衡水丙丁产业园、沧州古城保护与利用。建成一批示范项目，沧州经开区、衡水高新区入选名单。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州经开区", "衡水高新区"}
    assert {"沧州甲乙商务区", "衡水丙丁产业园"} <= {t for t, _ in matches(nlp, text, "Project")}


def test_a_place_right_after_a_zone_is_its_part_and_shares_no_head(nlp):
    # invented: 东区 right after 沧州高新区 is a part of that zone, no place listed before the next zone; places listed
    # before a zone still share its head (沧州、衡水临港经济区)
    text = "沧州高新区东区、沧州经开区北区加快建设，推进沧州、衡水临港经济区建设。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"沧州高新区", "沧州经开区", "衡水临港经济区", "沧州临港经济区"}


def test_zones_innovation_belts(nlp):
    # invented: an innovation belt named by its place or landmark is a designated area, like …科技创新带 (guideline 2:
    # a zone); 创新带动 is a verb phrase and a counted kind names none
    text = "支持甲乙山创新带、丙丁江科创带建设，以改革创新带动发展，打造一批科创带。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"甲乙山创新带", "丙丁江科创带"}


def test_zones_opened_by_the_new_areas_place_name(nlp):
    # invented: the place's name of the new area the guideline calls a Strategy (雄安, also read as the Strategy)
    # opens its zones' names as a place does; alone it stays the Strategy
    text = "雄安综合保税区获批，雄安丙丁科技园挂牌运行，支持雄安发展。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"雄安综合保税区", "雄安丙丁科技园"}
    assert "雄安" in {t for t, _ in matches(nlp, text, "Strategy")}


def test_zones_listed_with_a_project_and_zones_of_two_places_joined_by_yu(nlp):
    # invented: a park listed with an item written with the head 项目 is a project (guideline 2), zones whose
    # projects are meant (A高新区、B经开区重点项目) stay zones; two places joined by 与 name one zone, as by a dash
    text = ("加快甲乙智慧产业园、丙丁口腔产业集群项目落地，支持沧州高新区、衡水经开区重点项目建设，"
            "推进廊坊甲县与通州区协同发展示范区建设，推动戊公司与沧州高新区合作。")
    assert "甲乙智慧产业园" in {t for t, _ in matches(nlp, text, "Project")}
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert {"沧州高新区", "衡水经开区", "廊坊甲县与通州区协同发展示范区"} <= zones
    assert not any(z.startswith(("甲乙", "戊公司", "通州区")) for z in zones)


def test_vocabulary_cooperation_zones_are_zones(nlp):
    # invented: the Hengqin and Qianhai cooperation zones have their own administration (guideline 2: zones)
    text = "支持横琴粤澳深度合作区和前海深港现代服务业合作区建设。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"横琴粤澳深度合作区", "前海深港现代服务业合作区"}


def test_a_zone_still_applied_for_is_no_zone(nlp):
    # invented: a bonded zone applied for (申建, 申报 before or after it) does not exist yet; a zone applying for a
    # higher rank does, and so does one already running
    text = "支持鄂州申建空港综保区，推动综保区申报取得进展，推动沧州高新区申报国家高新区，黄骅综合保税区封关运作。"
    assert [t for t, _ in matches(nlp, text, "Zone")] == ["沧州高新区", "黄骅综合保税区"]


def test_a_zone_applied_for_written_with_its_place_is_named(nlp):
    # invented: after 申建 a zone written with its place or a bracketed one (中国(甲省)…) is the zone the report names
    # (the tune gold annotates them in three reports); one written bare still names none
    text = "积极申建中国(河北)自由贸易试验区，申建邢台空港保税物流中心(B型)，支持鄂州申建空港综保区。"
    assert [t for t, _ in matches(nlp, text, "Zone")] == ["中国(河北)自由贸易试验区", "邢台空港保税物流中心(B型)"]


def test_a_free_trade_zones_area_is_named_by_its_place_alone(nlp):
    # invented: where a free-trade zone is named nearby, a 片区 named only by a place is that zone's area; a town
    # plan's 片区 (城东片区, 示范片区) and a bracketed part of a longer name are none
    text = "深化自贸试验区提升战略，推动沧州片区扩区提质，支持邢台片区发展保税维修。推进城东片区、示范片区建设。"
    assert [t for t, _ in matches(nlp, text, "Zone")] == ["沧州片区", "邢台片区"]


def test_a_zone_word_after_the_issuers_level_is_the_issuers_own_zone(nlp):
    # invented: 市|高新区 and 县|经开区 (the segmenter may join the level to the verb before it: 推进市) are the
    # issuer's own zones, the bare zone word; a place's name ending in 市 keeps it (沧州市高新区), 各市 counts a kind
    # and 全市县… a kind in the city's counties
    text = "推进市高新区扩区，全面提升县经开区能级，沧州市高新区加快发展，推动各市经开区发展，推进全市县经开区提质。"
    zones = [(t, dict(m.attrs).get("generic")) for t, m in matches(nlp, text, "Zone")]
    assert zones == [("高新区", "1"), ("经开区", "1"), ("沧州市高新区", None)]


def test_policies_passed_laws_level_lists_and_counted_plans(nlp):
    # invented: a law passed without 《》, an implementing plan applied, the lists of every township, member
    # countries of an agreement, plans of every county counted, the verb's complement 好
    text = ("提请人大常委会审议通过物业管理条例，落实全民阅读实施计划，公布乡镇(街道)履职事项清单，"
            "拓展RCEP成员国市场，完成12个县城总体规划编制，实施好全运会专项规划。")
    policies = sorted(t for t, _ in matches(nlp, text, "Policy"))
    assert policies == sorted(["物业管理条例", "全民阅读实施计划", "全运会专项规划"])


def test_policies_bare_laws_applied_party_proposals_and_known_plans(nlp):
    # invented: bare laws applied (依照…办事, …实施), praised only (维护…权威), ending a longer title; a party
    # committee's proposals in 《》; a national action plan known by its title; an agreement still negotiated
    text = ("依照宪法和基本法办事，实施民法典，维护宪法权威，落实特区基本法，"
            "根据《中共某省委关于制定某省第十五个五年规划的建议》，深入实施大气污染防治行动计划，推进甲乙伙伴关系协定谈判。")
    policies = sorted(t for t, _ in matches(nlp, text, "Policy"))
    assert policies == sorted(["宪法", "基本法", "民法典", "特区基本法", "中共某省委关于制定某省第十五个五年规划的建议",
                               "大气污染防治行动计划"])


def test_policies_started_five_year_plans_joint_statements_not_registers_or_periods(nlp):
    # invented: a plan whose application starts (启动实施) against one started to be drawn up (启动编制); a
    # five-year plan before 2006 (“七五”计划); joint statements by their parties; a register a site enters; a plan's
    # period; a plan under revision (…规划修编)
    text = ("启动实施“九五”普法规划，启动编制“十六五”普法规划，完成了“七五”计划和“十五”计划，在中甲三个联合公报和中乙联合声明基础上，"
            "某古堰入选世界灌溉工程遗产名录，能耗目标在“十九五”规划期内统筹考虑，搞好“十九五”城市总体规划修编。")
    policies = sorted(t for t, _ in matches(nlp, text, "Policy"))
    assert policies == sorted(["“九五”普法规划", "“七五”计划", "“十五”计划", "中甲三个联合公报", "中乙联合声明"])


def test_metropolitan_areas_share_their_ending_and_corridors_joined(nlp):
    # invented: two places sharing 都市圈 (guideline 2), a corridor a place takes part in; not a place's goals
    text = "积极融入广州、深圳都市圈，深度参与中蒙俄经济走廊建设，建设数字辽宁、制造强省。"
    names = [dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Strategy")]
    assert {"广州都市圈", "深圳都市圈", "中蒙俄经济走廊"} <= set(names) and "辽宁强省" not in names


def test_known_firms_before_their_plants_place(nlp):
    # invented: central firms named with the place of their plant in a list of projects: a name ending in its trade
    # word (上海电气) is a firm, a bare short name (中能建) the project's brand (tests/gold/README.md: jilin-2026
    # −中能建); a brand in a park's name
    text = "推进中能建松原、上海电气洮南等一批风电项目，建设京东物流园。"
    firms = {t for t, _ in matches(nlp, text, "Enterprise")}
    assert "上海电气" in firms and "中能建" not in firms and "京东" not in firms


def test_firms_a_places_bank_a_levels_platform_not_institutions_or_kinds(nlp):
    # invented: a place's own rural bank, a province's platform group; the central bank, a kind of finance, a
    # category of groups, a bank's short name inside another word, a verb before 银行, a model with +, a sector
    text = ("沧州农商行挂牌运营，组建省金控集团。强化中国人民银行调控，整治影子银行，发展企业集团，"
            "打击非法用工行为，保护银行资产安全，完善管委会+公司模式，组建能源发展、数据等一批主业企业。")
    assert sorted(t for t, _ in matches(nlp, text, "Enterprise")) == ["沧州农商行", "省金控集团"]


def test_a_banks_financial_investment_firm_written_short_is_a_firm(nlp):
    # invented: 金投 (a bank's financial asset investment firm) is a trade word: a list of such names opening a firm's
    # verb names firms; 资金投入 (funds put in) holds no firm
    text = "华银金投、兴银金投开业运营，加大财政资金投入。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == ["华银金投", "兴银金投"]


def test_listed_banks_inside_a_programmes_name_are_firms(nlp):
    # invented: two listed banks as what a reform programme reforms; a kind of bank in a pilot's name stays none
    text = "推进交通银行和中国进出口银行股份制改革，开展民营银行试点。"
    assert sorted(t for t, _ in matches(nlp, text, "Enterprise")) == ["中国进出口银行", "交通银行"]


def test_an_exchange_is_a_firm_but_not_exchanges_of_a_kind(nlp):
    # invented: a named exchange as the object of a reform; exchanges home and abroad are a kind, no firm
    text = "深化甲乙航运交易所体制改革，加强与境内外证券交易所战略合作。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == ["甲乙航运交易所"]


def test_an_exchange_written_short_is_a_firm(nlp):
    # invented: the exchanges by their short names (…交所, …期所, …商所) as firms acting or as the market firms list on;
    # 上交 (hand over) before 所得税 is no exchange
    text = "支持本地企业在北交所和港交所上市，推动郑商所开展苹果期货交割，企业依法上交所得税。"
    assert sorted(t for t, _ in matches(nlp, text, "Enterprise")) == ["北交所", "港交所", "郑商所"]


def test_a_firms_name_starts_after_the_preposition_and_adverbs_before_it(nlp):
    # invented: 同 (with) and the adverbs 还, 又 written as words of their own before a firm's name
    text = "我们还同甲乙石油公司签订合作协议，今年又同海达集团达成合作。"
    assert sorted(t for t, _ in matches(nlp, text, "Enterprise")) == ["海达集团", "甲乙石油公司"]


def test_an_activity_in_a_list_of_business_lines_is_no_firm(nlp):
    # invented: 城市更新 as one of the lines of business of firms to be formed
    assert matches(nlp, "组建文旅、城市更新等一批主业企业。", "Enterprise") == []


def test_the_great_protection_of_the_yangtze_is_a_programme_and_its_slogan_no_label(nlp):
    # invented: 长江大保护 written as a token of its own is the named campaign of protection works, a Program (the
    # strategy is 长江经济带发展; tests/gold/README.md, decision 9); the slogan 共抓大保护、不搞大开发 names neither
    text = "持续深化长江大保护。践行“共抓大保护、不搞大开发”要求，推动长江经济带发展。"
    found = [(text[m.start:m.end], m.label, m.key) for m in nlp(text)._.kg_matches if m.label in ("Strategy", "Program")]
    assert found == [("长江大保护", "Program", "yangtze-protection"), ("长江经济带发展", "Strategy", "yangtze-belt")]


def test_halves_of_a_strategy_coordinated_terms_and_lines_of_work(nlp):
    # guideline 2: a strategy's named half written on its own is its own strategy; A、B战略 gives A战略 and B战略;
    # a label among lines of work (…等工作) and support for a class of regions cite no strategy
    text = ("推进丝绸之路经济带和21世纪海上丝绸之路建设，共抓长江大保护。实施甲乙于地、甲乙于天战略。"
            "国防动员、军民融合、双拥共建等工作扎实推进。支持革命老区振兴发展。做好古道、海上丝绸之路等申遗。")
    doc = nlp(text)
    got = [(dict(m.attrs).get("name", text[m.start:m.end]), m.key) for m in sorted(doc._.kg_matches, key=lambda m: m.start) if m.label == "Strategy"]
    assert got == [("丝绸之路经济带", "silk-road-belt"), ("21世纪海上丝绸之路", "maritime-silk-road"),
                     ("甲乙于地战略", ""), ("甲乙于天战略", "")]  # 长江大保护: a Program (gold README, decision 9)
    quoted = nlp.make_doc("实施双极带动、多点支撑、三区协同战略。")
    quoted._.quoted = [(2, 16)]
    assert "双极带动" not in [quoted.text[m.start:m.end] for m in nlp(quoted)._.kg_matches]


def test_a_quoted_count_of_a_place_and_a_motto_counted_by_characters_are_formulations(nlp):
    # invented: “三个沧州” counts the place's own goals (the place inside names what is counted); 十六字方针 and
    # 二十字总要求 are mottos counted by their characters; 写了八字 is no motto
    doc = nlp.make_doc("三个沧州建设再上台阶，落实省委十六字方针和二十字总要求，写了八字。")
    doc._.quoted = [(0, 4)]
    got = {doc.text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Formulation"}
    assert got == {"三个沧州", "十六字方针", "二十字总要求"}


def test_a_counted_list_of_a_sectors_projects_names_each_item(nlp):
    # invented: 等9个工业项目 counts the items as projects (firms' short names with a trade word); without a count the
    # sector's products (铝镁、黄金等有色金属项目) and sectors themselves (钢铁、化工等3个工业项目) name none
    text = "甲乙农牧、丙丁食品、戊己塑编等9个工业项目固投超亿元，推进铝镁、黄金等有色金属项目，实施钢铁、化工等3个工业项目。"
    got = {t for t, _ in matches(nlp, text, "Project")}
    assert got == {"甲乙农牧", "丙丁食品", "戊己塑编"}


def test_a_headings_number_and_a_verb_of_seizing_open_no_name(nlp):
    # invented: a heading's number (一) before a goal is no part of it; 抓住 ends a name read leftwards
    text = "(一)工业强县取得新突破。牢牢抓住项目建设这个牛鼻子。"
    assert {t for t, _ in matches(nlp, text, "Strategy")} == {"工业强县"}
    assert matches(nlp, text, "Project") == []


def test_projects_named_only_by_the_money_that_funds_them_are_none(nlp):
    # invented: 政策性资金项目, 专项债券资金项目 say how projects are funded, not which
    text = "争取政策性资金项目8个、专项债券资金项目12个。"
    assert matches(nlp, text, "Project") == []


def test_two_verbs_of_joint_work_open_no_works_name(nlp):
    # invented: 共推共建 before a co-built work are verbs, no part of its name
    text = "共推共建甲乙丙内河航运大通道，推进项目建设。"
    assert not any(t.startswith(("共推", "共建")) for t, _ in matches(nlp, text, "Project"))


def test_verbs_of_holding_a_meeting_and_of_helping_open_no_name(nlp):
    # invented: 召开 (a meeting held on projects) and 支援/驰援 (help sent) end a name read leftwards
    text = "每周召开一次项目调度会，组织驰援甲乙抗疫一线、支援沧州机场保障运行。"
    got = {t for t, _ in matches(nlp, text, "Project")}
    assert not any(t.startswith(("召开", "每周", "支援", "驰援")) for t in got)


def test_a_quoted_count_or_code_before_development_strategy_is_one_name(nlp):
    # guideline 2 (a quoted token keeps its head): “四个甲县”发展战略 and “2+3”发展战略 are a place's strategies; the
    # count opens a quoted name, not a count of strategies (一个大战略 stays none)
    doc = nlp.make_doc("积极实施四个沧州发展战略和2+3发展战略，落实一个大战略。")
    doc._.quoted = [(4, 8), (13, 16)]
    got = {doc.text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Strategy"}
    assert got == {"四个沧州发展战略", "2+3发展战略"}


def test_a_places_modernization_with_building_after_it_and_its_revitalization_are_goals(nlp):
    # invented: 现代化 + the place + 建设 names the place's goal without a verb before it; a place + 全面振兴 its
    # revitalization (guideline 2: a place's headline goal)
    text = "现代化沧州建设迈上新台阶，衡水全面振兴取得新成效。"
    got = {t for t, _ in matches(nlp, text, "Strategy")}
    assert got == {"现代化沧州", "衡水全面振兴"}


def test_a_quoted_list_before_strategy_is_one_name(nlp):
    # guideline 2 (a quoted token keeps its head): “甲乙带动、丙丁支撑、戊区协同”战略 is one strategy, not its last item
    doc = nlp.make_doc("全面实施甲乙带动、丙丁支撑、戊区协同发展战略，强化统筹。")
    doc._.quoted = [(4, 18)]
    got = [doc.text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Strategy"]
    assert got == ["甲乙带动、丙丁支撑、戊区协同发展战略"]


def test_labels_opening_a_designation_and_regions_as_places_are_no_strategies(nlp):
    # guideline 2: a strategy written only inside a designation's name (a Program) is none, with or without a scope
    # word between; a region named only as a place (赴…招商, 与…合作) is no strategy either, not even a mention
    text = ("加快建设美丽中国省域先行区，获批全国首个交通强国建设试点。东津新区成为新型工业化产业示范基地。"
            "赴长三角、粤港澳大湾区等地开展招商。积极融入京津冀协同发展。")
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["京津冀协同发展"]


def test_goals_run_together_slogans_and_verbs_before_strong(nlp):
    # X兴省 is a province's own strategy like X兴市; two goals written one after the other are two; a verb-object
    # phrase before 强省 (兴国强省, 富民强省) or a chain of them (强企强链强县) is a slogan; 做强国内… is a verb
    text = ("深入推进工业兴省制造强省，加快建设文化强省。发展经济是兴国强省之要，夯实富民强省基础，深化质量强企强链强县。"
            "在做强国内大循环中发挥作用，振兴省域经济。")
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["工业兴省", "制造强省", "文化强省"]


def test_centres_a_place_sets_out_to_be_with_their_scope(nlp):
    # invented: a function a place sets out to hold for the country or a region (经济中心, 金融中心, 科技创新中心) is
    # its headline goal with the scope that opens it, 全国 included (a stop word of other names), listed ones too; not
    # without a scope, nor a centre's name before 城市 (the kind of city is the goal), nor a designated institution
    text = ("支持甲市打造全国经济中心、国家科技创新中心和区域金融中心，建设西部交往中心。"
            "建设区域经济中心城市，打造丙镇农业经济中心，争创国家技术创新中心。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "全国经济中心", "国家科技创新中心", "区域金融中心", "西部交往中心", "区域经济中心城市"]


def test_a_centre_whose_function_or_standing_is_raised_is_a_goal(nlp):
    # invented: a scoped centre (交往中心, 文化中心, 贸易中心, 航运中心) is the place's goal where what follows it says its
    # function, capacity or standing is raised, as where 建设 follows it; not before an index named after it
    text = ("活动成功举办，国际交往中心功能增强，增强全国文化中心影响力，推动国际贸易中心提质升级，深化国际航运中心建设。"
            "乙港国际航运中心发展指数上升。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "国际交往中心", "全国文化中心", "国际贸易中心", "国际航运中心"]


def test_a_tourism_destination_for_the_world_is_a_places_goal(nlp):
    # invented: a world or national tourism destination after a verb of building in its clause (also after a clause
    # of qualities ending in 的, and in the frame 在打造…上) is the place's goal; not a niche's destination, nor one
    # without a verb of building (a title won)
    text = ("加快打造世界知名旅游目的地，在打造世界旅游目的地上取得新进展，建设更具山水魅力的世界重要文化旅游目的地。"
            "打造世界冰雪旅游目的地，获评全国旅游目的地。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "世界知名旅游目的地", "世界旅游目的地", "世界重要文化旅游目的地"]


def test_a_city_role_a_ministry_designates_is_a_programme(nlp):
    # invented: consumption-centre cities and pivot cities of modern circulation are designations that assign work
    # (Programs by guideline 2), listed places sharing the ending too; a central city stays the place's goal
    text = "推动甲市、乙市区域消费中心城市建设，加快现代流通战略支点城市建设，建设区域性中心城市。"
    programs = {dict(m.attrs).get("name") or t for t, m in matches(nlp, text, "Program")}
    assert {"乙市区域消费中心城市", "现代流通战略支点城市"} <= programs
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["区域性中心城市"]


def test_a_corridor_named_by_the_places_that_build_it_is_a_regional_strategy(nlp):
    # invented: a belt or corridor of innovation named by places' initials (after 沿 too), two places joined by a
    # dash, a place's bay or a road's code is a regional strategy; one named by a hill or a river is an area (a Zone)
    text = ("深化G60科创走廊、沿沪宁产业创新带建设，共建杭州湾科技创新带，建设北京-雄安人才科创走廊。"
            "推进紫金山创新带、吴淞江科创带建设。")
    strategies = [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start) if len(t) > 4]
    assert strategies == ["G60科创走廊", "沿沪宁产业创新带", "杭州湾科技创新带", "北京-雄安人才科创走廊"]
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"紫金山创新带", "吴淞江科创带"}


def test_a_granary_named_by_its_region_is_a_provinces_goal(nlp):
    # invented: a granary named by places' initials after a verb of building, or with 建设 after it, is the province's
    # goal; a kind of granary (the sea's, black soil's) names none
    text = "高水平建设江淮粮仓，提高齐鲁粮仓建设成效。统筹推进蓝色粮仓建设，推进黑土粮仓科技会战。"
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == ["江淮粮仓", "齐鲁粮仓"]


def test_a_strong_province_goal_after_a_places_initiative_or_a_verb_of_raising(nlp):
    # invented: a place inside a strong-province goal's head after words of its own closes another name (数字X, the
    # place's initiative), the goal named after it; 立起 is a verb of building, no word of the goal
    text = "以建设数字河北智造强省为抓手。产业链立起先进制造业强省四梁八柱。"
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == ["智造强省", "先进制造业强省"]


def test_a_benchmark_city_for_the_world_is_a_places_goal(nlp):
    # invented: a benchmark city (标杆城市) with a global or national scope after a verb of building, or with 建设 after
    # it, is the place's goal; one without a scope of its own is a sector's
    text = "加快建设全球数字经济标杆城市，扎实推进国际绿色经济标杆城市建设。打造营商环境标杆城市。"
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "全球数字经济标杆城市", "国际绿色经济标杆城市"]


def test_labels_listed_before_a_new_strategy_share_its_head(nlp):
    # invented: vocabulary strategies listed before a term of a place's own that ends in 战略 share that 战略
    text = "坚持实施科技兴贸、以质取胜和甲乙升级战略。"
    got = [(t, m.key) for t, m in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)]
    assert got == [("科技兴贸", "tech-trade"), ("以质取胜", "quality-wins"), ("甲乙升级战略", "")]


def test_labels_listed_before_a_head_after_deng_share_it(nlp):
    # guideline 2 (张村、李庄等煤矿): vocabulary strategies listed before 等 and the head their labels share are each
    # named with it; not an item that is a label itself before a word that only completes another label
    text = "积极参与中蒙俄、中巴等经济走廊建设，拓展泛珠三角等区域合作。支持长城国家文化公园等建设。"
    got = [(dict(m.attrs).get("name"), m.key) for _, m in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)]
    assert got == [("中蒙俄经济走廊", "china-mongolia-russia-corridor"), ("中巴经济走廊", "china-pakistan-corridor"),
                   ("泛珠三角区域合作", "pan-pearl-river")]


def test_goals_of_a_numbered_umbrella_need_no_scope(nlp):
    # guideline 2 (each named strategy of a numbered umbrella is a Strategy): where the report counts its 高地 (五个高地),
    # each 高地 it sets out to build is a goal without a scope of its own; where it does not, a sector's 高地 is none
    text = "加快构筑甲乙创新高地、丙丁消费高地和戊己生态高地。围绕打造三大高地，建设一园一廊一高地。"
    counted = nlp.make_doc(text)
    counted._.umbrellas = frozenset({"高地"})
    got = [text[m.start:m.end] for m in sorted(nlp(counted)._.kg_matches, key=lambda m: m.start) if m.label == "Strategy"]
    assert got == ["甲乙创新高地", "丙丁消费高地", "戊己生态高地"]
    assert matches(nlp, text, "Strategy") == []
    from extractors.strategies import umbrella_endings
    assert umbrella_endings("全力构筑五个高地，建设三个中心。") == frozenset({"高地"})


def test_a_regions_plan_a_place_sets_out_to_build_is_a_strategy(nlp):
    # invented: guideline 2 (regions' plans a place sets out to join): an …经济区 or …协同发展区 named by a region (a
    # place's initial and a direction) after a verb of building or before 建设; one named by its function is a zone
    text = "高水平建设湘东绿色经济区，推进赣西南协同发展区建设，打造空港经济区。"
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["湘东绿色经济区", "赣西南协同发展区"]


def test_goals_named_by_places_initials_share_the_ending_of_their_list(nlp):
    # invented: guideline 2 (coordinated names keep their shared head): goals named by places' initials, listed before
    # the last one's ending or closed by 等 before it, each with the ending (quotes kept); a list of sectors names none
    text = "推进长株、长岳、长常产业走廊建设。岳常益装备制造、衡邵永先进材料等产业走廊加快建设，新能源、新材料等产业走廊建设提速。"
    doc = nlp.make_doc(text)
    doc._.quoted = [(text.index(q), text.index(q) + len(q)) for q in ("岳常益", "衡邵永")]
    got = [dict(m.attrs).get("name", text[m.start:m.end])
           for m in sorted(nlp(doc)._.kg_matches, key=lambda m: m.start) if m.label == "Strategy"]
    assert got == ["长株产业走廊", "长岳产业走廊", "长常产业走廊", "“岳常益”装备制造产业走廊", "“衡邵永”先进材料产业走廊"]


def test_a_goal_naming_a_places_role_toward_a_region_holds_its_verb_of_joining(nlp):
    # invented: guideline 2 (a place's headline goal): after a verb of building, a place or scope, 对接 and a region
    # name the place's role toward the region (…重要增长极, …支点城市), one goal; the region stays its own citation
    text = "全力打造皖北对接长三角重要增长极，建设西南对接东盟支点城市。"
    assert sorted(t for t, _ in matches(nlp, text, "Strategy")) == sorted(["皖北对接长三角重要增长极", "长三角",
                                                                          "西南对接东盟支点城市"])


def test_an_ecological_province_is_a_provinces_own_strategy(nlp):
    # guideline 2 (a place's own headline goal): the ecological province a province has pursued across decades
    text = "持续深化生态省建设，加快建设更高水平生态省。"
    assert [m.key for _, m in matches(nlp, text, "Strategy")] == ["eco-province", "eco-province"]


def test_a_centre_keeps_the_region_it_serves(nlp):
    # guideline 2 (the fullest form written): a region written before a centre's scope opens the goal's name; the
    # region there is no strategy of its own
    text = "建设成渝地区区域科技创新中心，加快建设大湾区国际金融中心。"
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "成渝地区区域科技创新中心", "大湾区国际金融中心"]


def test_a_centre_opened_by_a_place_with_its_region_bracketed_is_one_strategy(nlp):
    # invented: a place, the region it leads bracketed after it, then the centre's scope and ending: one goal, the
    # fullest form written (the region inside no strategy of its own); full-width or half-width (normalized) brackets
    text = "积极共建天津（京津冀）国际科技创新中心，推动南京(长三角)国际科技创新中心建设。"
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "天津（京津冀）国际科技创新中心", "南京(长三角)国际科技创新中心"]


def test_a_role_in_a_national_strategy_opened_by_its_label(nlp):
    # invented: a place's role in a national strategy (…战略支点, …战略支点城市) opened by the strategy's label, with 的
    # or without, is the goal; the label inside still cites its strategy
    text = "加快建成西部大开发的重要战略支点，全力打造一带一路战略支点城市。"
    got = [(t, m.key) for t, m in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)]
    assert ("西部大开发的重要战略支点", "") in got and ("一带一路战略支点城市", "") in got
    assert ("西部大开发", "western") in got


def test_the_integration_of_places_is_a_regional_strategy(nlp):
    # invented: places' initials or two places joined by 与 before 一体化 (高质量发展) name a regional strategy; not a
    # sector's integration, nor one a name goes on after (a zone, the places' infrastructure)
    text = ("加快推动沪宁一体化，深化苏锡一体化高质量发展，推进甲乙县与丙丁区一体化发展。推进城乡一体化发展，"
            "深化内外贸一体化，建设苏锡一体化高质量发展示范区，完善沪宁一体化基础设施。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "沪宁一体化", "苏锡一体化高质量发展", "甲乙县与丙丁区一体化发展"]


def test_the_integration_of_places_framed_as_the_lever_of_the_work_is_a_strategy(nlp):
    # invented: 以 + places' initials + 一体化 + 为 (牵引, 突破口) sets the integration as the lever; without 以 the 为
    # opens no frame (沪宁一体化为…: a clause of its own), and a sector's integration stays none
    text = "以沪宁一体化为突破口加快都市圈建设，以内外贸一体化为抓手扩大开放。"
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["沪宁一体化"]


def test_a_named_revolutionary_base_areas_development_is_a_regional_strategy(nlp):
    # invented: a named base area (a mountain range, a region) + 革命老区振兴发展/高质量发展 names its regional
    # strategy; the base areas without a name, or at large (广大), after a verb (走出), and the plan's title name none
    text = ("支持甲山革命老区振兴发展，推动乙西革命老区高质量发展，加大对革命老区的支持，推动广大革命老区高质量发展，"
            "编制丙山革命老区振兴发展规划，走出革命老区高质量发展新路径。")
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["甲山革命老区振兴发展", "乙西革命老区高质量发展"]


def test_a_sectors_base_with_a_national_or_global_scope_is_a_places_positioning_goal(nlp):
    # invented: 打造/建设 + 全球, 全国 or 国家重要 + a sector's 基地 is the place's positioning goal (no designation read
    # on it); bare 国家 (a designation), a record (最大), a rank (首批) and a designation's head (示范) name none
    text = ("打造全球高端装备基地，打造全国现代物流重要基地，建设国家重要能源基地。争创国家骨干冷链物流基地，"
            "建成全国最大天然气生产基地，建设全国首批数据标注基地，打造全国双创示范基地。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "全球高端装备基地", "全国现代物流重要基地", "国家重要能源基地"]
    assert "全国现代物流重要基地" not in [t for t, _ in matches(nlp, text, "Program")]


def test_a_goal_named_with_the_qualities_it_is_to_have_opens_with_them(nlp):
    # invented: after a verb of building, 具有 + (scope) + a quality + 的 opens a place's goal and scopes a sector's
    # centre, source or hub; a goal already scoped on its own keeps its name; no verb of building, no goal
    text = ("打造具有全球影响力的甲业创新中心，打造具有重要影响力的乙业策源地实现新突破。建设具有世界聚合力的丙丁开放枢纽，"
            "基本建成具有世界影响力的现代化国际大都市。打造具有重要影响力的区域性科技创新中心。"
            "形成一批具有核心竞争力的戊业集群，培育具有国际竞争力的龙头企业。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "具有全球影响力的甲业创新中心", "具有重要影响力的乙业策源地", "具有世界聚合力的丙丁开放枢纽",
        "具有世界影响力的现代化国际大都市", "区域性科技创新中心"]


def test_the_role_named_in_a_places_positioning_is_its_goal(nlp):
    # invented: 立足 + a role (…区, …中心, …屏障) + (发展/功能)定位 names the place's headline goal, quoted or not, with a
    # region opening it; a kind of city (首都城市) and a bare 自身 name none
    text = ("立足“全国领先的甲业综合利用示范区”发展定位，打造甲业高地。立足京津冀生态涵养支撑区定位，加强保护。"
            "立足乙丙生态屏障功能定位，立足首都城市战略定位，立足自身定位。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "全国领先的甲业综合利用示范区", "京津冀生态涵养支撑区", "乙丙生态屏障"]


def test_a_barrier_named_with_the_region_or_reach_it_guards_is_a_regions_role(nlp):
    # invented: a barrier (生态安全屏障, 生态屏障, 安全稳定屏障) named with a compass region of the country or a river's
    # reach is a region's role in the national plan, after a verb or as a subject; a barrier without such a scope, or
    # named by a mountain area (a county's works), names none
    text = ("筑牢甲国东北重要生态安全屏障。乙江下游生态屏障更加牢固，祖国南疆安全稳定屏障更加稳固。"
            "筑牢生态安全屏障，推进丙丁山区生态屏障建设。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "甲国东北重要生态安全屏障", "乙江下游生态屏障", "祖国南疆安全稳定屏障"]


def test_a_places_role_in_the_countrys_opening_is_its_goal(nlp):
    # invented: a role (桥头堡, 通道, 门户, 中心 …) after the direction of opening (向东开放, 北向东向开放) is the place's
    # role in the national plan, after a verb or with 建设 after it; after 面向 + a region abroad only where a verb of
    # building sets it or 建设 follows; none before another noun (…门户功能) or after 面向 + no region abroad
    text = ("打造我国向东开放重要桥头堡。北向东向开放战略通道加快建设。建设面向中亚的物流开放枢纽。"
            "面向东北亚合作中心建设取得进展。提升面向中亚的航空枢纽功能，强化北向开放门户功能，建设面向企业的服务中心。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "向东开放重要桥头堡", "北向东向开放战略通道", "面向中亚的物流开放枢纽", "面向东北亚合作中心"]


def test_the_goals_a_closing_appeal_strives_to_build_are_the_places_headline_goals(nlp):
    # invented: what 为 + a verb of building sets out to build before 奋斗, or what a chapter or journey of building
    # names (谱写建设…的崭新篇章, 开启建设…的新征程), is the place's headline goal, each listed item; a second aim written
    # as a clause (率先实现…), the government's own organ (廉洁政府), an aim without a verb of building, what follows an
    # item that is none (…、为祖国的统一和兴旺发达) or a clause of its own (…、建成富强民主和谐的…) and a verb of
    # building inside a noun (现代化建设) name none
    text = ("奋力开启了建设甲乙现代化滨水新区的新征程。为加快建设丙丁城市圈协同创新先行区，加速冲刺全国百强，"
            "奋力谱写新时代戊县发展新篇章而努力奋斗！为“加快建设秀美己县、率先实现绿色崛起”努力奋斗！"
            "奋力谱写全面建设庚辛智谷、壬癸新城的崭新篇章。为建设廉洁政府而奋斗。为实现第一个百年奋斗目标而奋斗。"
            "为建设富强的子丑、为祖国的统一和兴旺发达而共同奋斗。迈上了向现代化建设第三步目标进军的新征程。"
            "为全面建设寅卯新城、建成富强民主和谐的现代化国家而努力奋斗！")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "甲乙现代化滨水新区", "丙丁城市圈", "丙丁城市圈协同创新先行区", "秀美己县", "庚辛智谷", "壬癸新城", "寅卯新城"]
    # a goal another rule already reads in the appeal (美丽 + the place paired with a goal) is matched once
    assert [t for t, _ in matches(nlp, "为加快建设经济强县、美丽沁县而努力奋斗！", "Strategy")] == ["经济强县", "美丽沁县"]


def test_a_places_role_as_a_central_city_whose_capacity_is_raised_is_its_goal(nlp):
    # invented: a place's name opening a central city's role (…区域中心城市, …省域副中心城市) right before the role's
    # capacity or development (能级, 首位度, 发展) names the place's goal without a verb of building; places listed
    # before it share the role; without a place, or before a plan (…发展规划), or before another word (功能), none
    text = ("加大对遵义、赣州省域副中心城市发展政策支持。提升洛阳区域中心城市能级。提升区域中心城市能级。"
            "编制洛阳区域中心城市发展规划。提升洛阳中心城市功能。")
    assert sorted(dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Strategy")) == sorted([
        "遵义省域副中心城市", "赣州省域副中心城市", "洛阳区域中心城市"])


def test_a_place_opening_a_scoped_centre_before_its_scope_names_its_goal(nlp):
    # invented: a place's name right before the scope of a centre (绵阳|区域科技创新中心) opens the place's goal, built
    # or set after a verb; without a scope the centre is a sector's (no goal), and a place before the verb is no part
    text = ("以绵阳区域科技创新中心建设为牵引，加快建设襄阳区域金融中心。支持宜昌建设区域金融中心，"
            "加快建设荆门甲乙创新中心。")
    assert [t for t, _ in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)] == [
        "绵阳区域科技创新中心", "襄阳区域金融中心", "区域金融中心"]


def test_goals_framed_as_built_defined_or_only_described(nlp):
    # a goal followed by 建设 is a goal to build (no verb before); 高能级 is no administrative level (省级…强县 is a
    # title); a defining 以…为核心的 clause belongs to the name; a city cluster named by qualifiers alone is a kind;
    # 双碳 is the short label of 碳达峰碳中和; a …行动 of the vocabulary is a Program
    text = ("加快西部地区改革开放高地建设。高能级开放强省建设蹄疾步稳。推动以甲地为核心的世界级城市群建设，"
            "建成一流湾区和世界级城市群，打造创新型现代化都市圈。坚持“双碳”引领，实施新一轮找矿突破战略行动。")
    got = [(t, m.key) for t, m in sorted(matches(nlp, text, "Strategy"), key=lambda x: x[1].start)]
    assert got == [("西部地区改革开放高地", ""), ("高能级开放强省", ""), ("以甲地为核心的世界级城市群", ""),
                   ("双碳", "dual-carbon")]
    assert [m.key for _, m in matches(nlp, text, "Program")] == ["mineral-breakthrough"]


def test_firms_before_their_plants_phase_or_work_not_a_places_industry(nlp):
    # invented: a known firm's bare name before its plant's next phase is the project's brand (tests/gold/README.md,
    # fifth pass 8), unless the name ends in its trade (长江存储, sixth pass 10); a place and a trade word before work
    # on the plant or before the place of its plant name a firm; before a base or a park they are the place's industry
    text = ("推进华能五期、长江存储四期等项目。做好沧州石化搬迁改造，启动邯郸纺机全面技改升级，湖北能源黄石燃机投运。"
            "建设汉中航空零部件基地和沧州生物医药产业园，推进沧州化工园区改造。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["沧州石化", "湖北能源", "邯郸纺机", "长江存储"])


def test_strategy_items_with_their_own_head_classes_of_strategies_and_goals(nlp):
    # invented: items that each write 战略 share nothing; a term ending in a phrase of scope and rank (国家重大战略)
    # names the class; 强省会 strengthens a capital (a place's own 强省会战略, no 强省 goal); 重点 makes a class of goals;
    # 彰显 is a verb, no goal's name
    text = ("实施甲乙升级战略、丙丁带动战略。承担国家重大战略的地区，聚焦省重大发展战略，融入国家发展战略。"
            "实施沧州强省会战略，实施重点城市群规划，重点领域强省建设水平提升，彰显强省建设新气象。")
    got = sorted(t for t, _ in matches(nlp, text, "Strategy"))
    assert got == ["丙丁带动战略", "沧州强省会战略", "甲乙升级战略"]


def test_a_coordinated_strategy_item_is_a_whole_term(nlp):
    # invented: an item as long as the candidate's term must open at a boundary or after a verb (产业|兴市 is none)
    text = "坚持甲乙兴市、开放战略，实施藏粮于地、藏粮于技战略。"
    names = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Strategy")}
    assert "兴市战略" not in names and "藏粮于地战略" in names


def test_known_firms_private_groups_and_multinationals_as_words_of_their_own(nlp):
    # invented: a multinational and a central firm in a list of partners; a private group acting; 三星 as a rank and
    # as a site is no firm
    text = "拓展与空客、中国航油等供应链合作，宁德时代、拼多多扩大投资。建成三星级酒店，保护三星堆遗址。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["空客", "中国航油", "宁德时代", "拼多多"])


def test_a_brand_naming_a_mall_and_a_firm_as_an_item_of_a_list_of_projects_are_no_firms(nlp):
    # invented: a known firm's name before a place of business is the brand of the mall; known firms that are whole
    # items of a list of projects are the projects; before its plant's phase the bare name is the project's brand
    text = "万达广场建成营业。推进巴斯夫、特斯拉等一批重大项目，推动埃克森美孚二期投产。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == []


def _review_policies(nlp, text):
    doc = nlp.make_doc(text)
    doc._.part = "review"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return sorted(text[m.start:m.end] for m in doc._.kg_matches if m.label == "Policy")


def test_policies_packages_named_by_their_count(nlp):
    # invented: packages of measures named by their count, the title opening with a verb of its own (优化…), the
    # count first with its topic (实施|25条…措施), bare before 落地/见效 or joined by 和; not a count alone or with
    # 具体 (出台18条举措, 提出12条具体举措), nor routes or chains counted (航线15条, 8条产业链)
    text = ("全面完成优化办税服务41条改革举措，制定实施25条防洪排涝应急硬措施，某港新平台建设22条落地见效，"
            "推出稳外贸16条和支持小微企业发展双10条政策，出台18条举措，提出12条具体举措，新开通航线15条，打造8条产业链。")
    assert _review_policies(nlp, text) == sorted(["优化办税服务41条改革举措", "25条防洪排涝应急硬措施",
                                                  "某港新平台建设22条", "稳外贸16条",
                                                  "支持小微企业发展双10条政策"])


def test_policies_plans_issued_applied_or_approved_catalogues_and_regulations_applied(nlp):
    # invented: a …方案 issued in a review, applied or approved (获国家批复), a catalogue in force (its edition 新版
    # not part of it), a regulation before 实施; not plans sought (争取A方案、B实施方案获批), of a kind (多领域…方案,
    # 一揽子…方案, 12个…方案) or a catalogue a variety enters; 《》 titles ending 协定 or 制度
    text = ("出台划转部分国有股权充实养老基金方案，深入实施某区综合改革试点方案，某湖生态转型发展方案获国家批复，"
            "落实新版鼓励外资产业目录，推进街区更新条例实施，争取某港政策集成改革方案、某示范区建设实施方案获批，"
            "制定实施多领域风险化解方案，落实好一揽子化债方案，实施12个重点产业稳增长方案，3个品种入选国家优良品种推广目录，"
            "推动《某某协定》生效，制定《某省机关首问负责制度(试行)》。")
    assert _review_policies(nlp, text) == sorted(["划转部分国有股权充实养老基金方案", "某区综合改革试点方案",
                                                  "某湖生态转型发展方案", "鼓励外资产业目录", "街区更新条例", "某某协定",
                                                  "某省机关首问负责制度(试行)"])


def test_labels_inside_quoted_names_shortfalls_and_level_titles(nlp):
    # invented: a label that is only part of a quoted token is a syllable of another name (“两新一重”, “百千万工程”),
    # a head saying what it is keeps it (“一带一路建设”); a direction stated as a shortfall is no strategy pursued;
    # 省级…强县 after a verb of striving is a title a level awards, no goal of the place's own
    text = "聚焦两新一重，开展百千万工程，推进一带一路建设。农业现代化相对滞后，加快农业农村现代化。争创省级特色产业强县。"
    doc = nlp.make_doc(text)
    doc._.quoted = [(text.index(q), text.index(q) + len(q)) for q in ("两新一重", "百千万工程", "一带一路建设")]
    got = [(text[m.start:m.end], m.key) for m in sorted(nlp(doc)._.kg_matches, key=lambda m: m.start)
           if m.label in ("Strategy", "Program") and m.key]
    assert got == [("两新一重", "two-new-one-major"), ("一带一路建设", "belt-road"),
                   ("农业农村现代化", "agricultural-modernisation")]  # the whole token a programme's label
    assert not [t for t, _ in matches(nlp, text, "Strategy") if t.endswith("强县")]


def test_central_terms_of_the_reform_era_and_urbanisation_as_a_measure(nlp):
    # invented: the fixed central terms of 1978–2026 are Formulations wherever written (the road of 中国特色社会主义 is
    # the same entity; the Taiwan policy's pair 和平统一、一国两制 is one formula); bare 城镇化 is the direction of
    # 新型城镇化, but 城镇化率 is a figure, no mention
    text = ("坚持党的基本路线，走建设有中国特色的社会主义道路，坚持和平统一、一国两制的方针，恪守和平共处五项原则。"
            "积极稳妥推进城镇化，城镇化率提高两个百分点。")
    keys = {m.key for _, m in matches(nlp, text, "Formulation")}
    assert {"basic-line", "socialism-chinese-characteristics", "peaceful-reunification-one-country-two-systems",
            "five-principles-coexistence"} <= keys
    strategies = [(t, m.key) for t, m in matches(nlp, text, "Strategy")]
    assert strategies == [("城镇化", "new-urbanization")]


def test_a_short_defining_clause_belongs_to_a_strategy_term(nlp):
    # invented: a clause between a verb of adherence and 的 defines the strategy (its head alone is generic); a
    # generic head stays none even so
    text = "坚持合作共赢的开放战略，实施以节水为主的水利发展战略，实施创新引领的发展战略。"
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["合作共赢的开放战略", "以节水为主的水利发展战略"]

def test_zones_verbs_acting_on_zones_counted_kinds_and_national_labels_after_a_place(nlp):
    # invented: a verb acting on zones (清理, 注册) ends a head, leaving a bare kind; a kind the clause counts is
    # no zone; a place right before 国家 opens a designation's name however the words after were read (可|持续), a
    # national designation conferred on the place, a Program; a higher-education park is a zone like a 大学城
    text = ("继续清理开发区，二十家机构注册新区；境外经贸合作区达到9个，"
            "推进保定国家可持续发展议程创新示范区建设，推动乙河高教园发展。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"乙河高教园"}
    assert "保定国家可持续发展议程创新示范区" in {t for t, _ in matches(nlp, text, "Program")}


def test_zones_a_bare_zone_opening_a_projects_name(nlp):
    # invented: the issuer's zone written bare before a project's own name is the start of that name (guideline 2);
    # before words of a kind only (重点项目) it is the zone whose projects are meant
    assert not matches(nlp, "开工建设经开区甲乙新能源充电桩及储能项目。", "Zone")
    assert [t for t, _ in matches(nlp, "推进高新区重点项目建设。", "Zone")] == ["高新区"]


def test_zones_local_names_sharing_a_head(nlp):
    # invented: local names (a lake's, a township's) listed before a zone named by a local name share its head
    # (guideline 2); sectors listed before it do not
    text = "推进甲海湖、乙仑山国家公园创建，支持丙口、丁湖工业园扩区，加快交通、水利、戊庄物流园建设。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"甲海湖国家公园", "乙仑山国家公园", "丙口工业园", "丁湖工业园", "戊庄物流园"}


def test_zones_two_landmarks_joined_by_a_dash(nlp):
    # invented: a river's and a lake's names joined by a dash open one zone's name, however long (guideline 2)
    text = "升级打造甲安江—乙岛湖生态环境共同保护合作区，丙丁大学—沧州渤海新区共建。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"甲安江—乙岛湖生态环境共同保护合作区", "沧州渤海新区"}

def test_one_firm_before_a_word_for_firms_rankings_of_firms_and_brands_of_firms(nlp):
    # invented: one name before 等 and a word for firms or a kind of business is a list of one firm; names entering a
    # ranking only firms enter are firms; 等企业品牌 names brands; 平等 holds no 等; a place and a count name a group
    text = ("支持甲龙航空等企业创新突破，与乙丙E谷等园区运营商共建载体。丙贸、丁发、戊屿进入世界500强。"
            "推动己王茶叶等企业品牌建设。依法平等保护企业产权。杭州六小龙等科创企业涌现。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲龙航空", "乙丙E谷", "丙贸", "丁发", "戊屿"])


def test_a_firm_with_a_company_word_as_a_whole_item_of_a_list_of_projects_is_the_project(nlp):
    # tests/gold/README.md, hard cases: an item of a list of projects that is only a firm's name is the project; the
    # firm still counts where its projects follow a list of firms, or where its name opens the project's
    text = "确保甲乙药业等10个项目开工。支持丙丁集团等企业投资项目落地，推进戊己集团年产10万吨项目。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["丙丁集团", "戊己集团"])


def test_a_known_firm_written_with_its_trade_word_and_new_trade_words(nlp):
    # invented contexts: a known firm's short name with the trade word written after it is one name, which may open a
    # project's name; a trade word of the curated list (日化) opening a project's name; not a sector after the name
    text = "奇瑞汽车在港交所上市。抓好中粮油脂年产9万吨油料项目，实施甲乙日化精细化工等重点项目。推进中车新能源汽车产业链。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["奇瑞汽车", "港交所", "中粮油脂", "甲乙日化", "中车"])  # 港交所: an exchange, a firm


def test_groups_of_public_bodies_owners_words_and_bare_trades_are_kinds_of_firms(nlp):
    # invented county text: hospitals or schools grouped, a head opened by an owner's word and a trade word alone
    # before the company word are kinds; a county's own platform group and a brand with its trade word are firms
    text = ("组建县医疗集团，成立甲乙中学教育集团，组建国有林场集团，支持村集体经济公司发展，培育电商企业、快递公司。"
            "组建县城投集团，引进丙丁快递、戊己物流等企业。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["县城投集团", "丙丁快递", "戊己物流"])


def test_a_group_named_by_a_count_of_countries_is_no_firm(nlp):
    # invented: 二十国集团 and 七国集团 are groups of countries; the state's own groups stay firms
    text = "积极参与二十国集团和七国集团对话，中国国家铁路集团加大投资。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == ["中国国家铁路集团"]


def test_a_trade_word_name_made_a_firm_by_what_it_does(nlp):
    # invented county text: a name with a trade word is a firm before a verb of firms, after an adverb, listed on a
    # market or called a firm; an industry before the same words is none
    text = ("甲乙纺织成功入选省级专精特新企业。丙丁科技成为全县首家上市企业。戊己化纤在新三板挂牌。庚辛新材料建成投产。"
            "寅卯食品入规。推动电子信息产业成为全省支柱产业，钢铁成为主导产业。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙纺织", "丙丁科技", "戊己化纤", "庚辛新材料", "寅卯食品"])


def test_a_bare_company_word_after_a_verb_or_a_head_of_kind_words_names_no_firm(nlp):
    # invented national text: company words as objects of verbs (整顿公司, 干预银行), heads of scope, kind and industry
    # words only (专业银行, 城市合作银行, 工程承包公司, 国外石油公司), an amount; a level's own group,
    # a place with a brand, a national bank written without 中国 are firms
    text = ("继续整顿公司，不得干预银行的业务，现在银行存款较多。各专业银行要改善经营，组建城市合作银行，发展工程承包公司，"
            "同国外石油公司合作，带动300多亿元银行贷款。组建省物流集团，乙丙微电子公司投产，建设银行加强监督。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["省物流集团", "乙丙微电子公司", "建设银行"])


def test_cliques_blocs_and_institutional_buyers_are_no_firms(nlp):
    # invented: 集团 after words of politics, crime or leaders, blocs of states, and 集团 as institutional buying
    text = "粉碎某某反党集团，打击流氓集团，不参加军事集团，压缩社会集团购买力，严格控制集团消费，甲乙集团扩产。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == ["甲乙集团"]


def test_lists_of_places_means_kinds_and_words_with_a_trade_word_inside_are_no_firms(nlp):
    # invented: places listed before a word for firms (their firms), means before a verb about firms, a list holding a
    # kind of unit, things joined by a conjunction, a kind of product (一般型钢), 动力 inside 劳动力; the trade word
    # 化学 opening a project's name after a brand; a firm renamed
    text = ("改造甲省、乙省等一批重点企业。采取减税、退税等多种方式减轻企业负担。工矿企业、商店等企业事业单位要改革。"
            "鼓励高等院校、科研和医疗等单位合作。压缩一般型钢、焊管等品种。统筹转移劳动力、退役军人等就业。"
            "推进丙丁化学新材料等重大项目。戊己证券更名上市。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["丙丁化学", "戊己证券"])


def test_a_country_s_product_and_investors_are_no_firms(nlp):
    # invented: 中国石油 before a measure of output is the country's oil; 国投 inside 投资者 is no platform company
    text = "中国石油产量稳步增长，外国投资者须遵守法律。"
    assert matches(nlp, text, "Enterprise") == []


def test_names_do_not_begin_with_modals_determiners_or_verbs_that_govern_them(nlp):
    # invented: a noun phrase + 要 + verb is a clause; 我国, 现有, 其他 determine; 用, 结合, 参加 open a clause only
    # after punctuation or a modal; 改革 governs the name; 用能权, 改革开放, 医养结合, 有机 are words of a name (a base
    # named only by 有机旱作 is a kind: its owner's name opens it here)
    text = ("高等教育要改革。我国银行稳步发展，其他商业银行跟进，现有铁路提速。用实际行动落实，要结合税制改革推进，"
            "积极参加企业集团，绝不能放松计划。要改革科技计划管理。开展用能权交易试点，建设改革开放先行区，"
            "实施医养结合促进行动，推进灵活就业人员参加住房公积金制度试点，建设甲乙有机旱作基地。")
    doc = nlp(text)
    names = {text[m.start:m.end] for m in doc._.kg_matches if m.label != "Place"}
    assert not names & {"高等教育要改革", "我国银行", "其他商业银行", "现有铁路", "用实际行动", "结合税制改革",
                        "参加企业集团", "绝不能放松计划", "要改革科技计划"}
    assert {"用能权交易试点", "改革开放先行区", "医养结合促进行动", "灵活就业人员参加住房公积金制度试点",
            "甲乙有机旱作基地"} <= names

def test_policies_international_documents_issued_plans_and_governed_titles(nlp):
    # invented: treaties and charters bare after a verb that keeps or joins them, a treaty titled 关于…的…, a treaty
    # after a clause with 的 (only its name), treaties of a kind (加入5个国际公约) or pointed at (这个条约); a plan and an
    # outline issued (颁布实施, 制定实施 in a review); a package counted in 项 after its issuing verb; a verb governing
    # a title (依据, 违背); plans being drawn up (…编制工作) or of a kind (一系列…规划); 法制 is no law
    text = ("遵循甲国宪章的宗旨，签署了关于禁止某类武器的公约，达成和平解决某国问题的某城和平协定，已加入5个国际公约，"
            "不参加这个条约，颁布实施全国某某功能区规划，制定实施新十年某某开发纲要，出台扩大内需、稳定增长的八项措施，"
            "依据某市总体规划，违背基本法，做好“十九五”规划纲要编制工作，制定一系列区域发展规划，完善产品质量安全法制保障。")
    assert _review_policies(nlp, text) == sorted([
        "甲国宪章", "关于禁止某类武器的公约", "某城和平协定", "全国某某功能区规划", "新十年某某开发纲要",
        "扩大内需、稳定增长的八项措施", "某市总体规划"])


def test_a_titled_joint_declaration_records_its_parties(nlp):
    # invented: the parties written before the title (中乙两国政府签订的《…联合声明》), by which it may be named short
    text = "根据中乙两国政府签订的《关于某岛问题的联合声明》，某岛将回归。"
    assert [dict(m.attrs).get("parties") for _, m in matches(nlp, text, "Policy")] == ["中乙"]


def test_policies_open_after_handling_verbs_markers_and_de_not_before_a_sought_treaty(nlp):
    # invented: a verb that handles a document (审议, 执行), an item's number and 的 open no title; a bare kind
    # left after the verb names none; a treaty to be concluded early or pushed to be signed is not yet in force
    text = ("今年审议甲乙所得税法。坚决执行联合声明。(二)某省十一五规划实施顺利。去年提出的关于搞活小微企业的15条措施见效。"
            "争取早日缔结甲乙友好条约，推动签订丙丁经济合作协议。")
    policies = sorted(t for t, _ in matches(nlp, text, "Policy"))
    assert policies == sorted(["甲乙所得税法", "某省十一五规划", "关于搞活小微企业的15条措施"])


def test_policies_generic_plural_and_kinds_of_plan_name_no_document(nlp):
    # invented: which or what sort of documents (具体实施方案, 现行的规定), the rules of a field (…各项规定), a
    # kind of plan every city draws up; a titled plan approved stays
    text = ("出台具体实施方案，执行现行的规定，严格遵守廉洁从政各项规定，依据城市总体规划建设，"
            "甲乙湾区发展规划获批实施。")
    assert [t for t, _ in matches(nlp, text, "Policy")] == ["甲乙湾区发展规划"]


def test_policies_an_agreement_named_only_by_its_kind_and_round_is_no_title(nlp):
    # invented: a cooperation agreement named only by its kind and round (新一轮战略合作协议, 对口合作协议) names no
    # document; one that names its parties (甲乙战略合作协议) is a title
    text = "与甲市签署新一轮战略合作协议，落实各项对口合作协议，签署甲乙战略合作协议。"
    assert [t for t, _ in matches(nlp, text, "Policy")] == ["甲乙战略合作协议"]


def test_events_national_sessions_written_short_ordinals_and_sittings(nlp):
    # invented: a national people's congress session written short; a meeting numbered before its name keeps the
    # ordinal; the number of a group; a sitting of a standing committee, a hall and an idiom are no events
    text = ("九届全国人大三次会议以来，出席第八次甲乙国家首脑会议和20国集团金融峰会。"
            "经人大常委会第九次会议审议，在人民大会堂举行，决不卑躬屈节。")
    events = sorted(t for t, _ in matches(nlp, text, "Event"))
    assert events == sorted(["九届全国人大三次会议", "第八次甲乙国家首脑会议", "20国集团金融峰会"])


def test_events_party_congress_with_zhonggong_all_sessions_of_a_term_and_the_centres_forum(nlp):
    # invented: a party congress written with 中共, all sessions of a people's congress term (like 历次全会), a
    # regional party committee's plenums and the centre's work forum on a region are events; a congress as a body
    # (县十二届人大确定的任务) is none
    text = ("学习中共十九大精神，完成县十二届人大确定的任务和十四届人大历次会议审议通过的计划，贯彻自治区党委十届"
            "历次全会和中央西藏工作座谈会精神。")
    events = sorted(t for t, _ in matches(nlp, text, "Event"))
    assert events == sorted(["中共十九大", "十四届人大历次会议", "自治区党委十届历次全会", "中央西藏工作座谈会"])


def test_a_known_area_opens_a_zone_and_alone_stands_for_it(nlp):
    text = "优化中关村示范区布局，推进柴达木循环经济试验区建设，支持前海建设新体系，深化农业中关村建设，紧密对接张江等园区，与中关村E谷等运营商合作，举办中关村论坛，勘探准噶尔、柴达木盆地。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert {"中关村示范区", "柴达木循环经济试验区", "前海", "张江"} <= zones
    assert "柴达木" not in zones and "中关村" not in zones  # a likeness, a longer name, a basin


def test_a_district_of_a_new_area_is_a_zone(nlp):
    text = "新区建设提速，启动区和昝东片区加快建设。打造示范片区和镇村片区。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert "昝东片区" in zones and not {"示范片区", "镇村片区"} & zones


def test_short_names_of_national_groups_are_firms(nlp):
    firms = {t for t, _ in matches(nlp, "支持陕煤、国能做强做优，邯钢完成搬迁改造。", "Enterprise")}
    assert {"陕煤", "国能", "邯钢"} <= firms


def names(nlp, text, label):
    """The names of the matches of a label: a list item's with its shared head, else as written."""
    return {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, label)}


def test_a_town_park_named_by_its_own_word_is_a_zone_and_one_of_a_kind_is_not(nlp):
    # invented: coined and trade-named 特色小镇 (Z08) beside kinds of town, counted and planned
    text = "甲乙小镇新入驻企业80家，云端智造小镇、丙丁坝陶艺小镇和大营皮草小镇加快建设，培育一批特色小镇，规划建设科创小镇和康养小镇。"
    assert names(nlp, text, "Zone") == {"甲乙小镇", "云端智造小镇", "丙丁坝陶艺小镇", "大营皮草小镇"}


def test_a_new_town_keeps_its_road_network_outside_its_name(nlp):
    # invented: a station-named new town (Z09) followed by its road network, not a road's name
    text = "甲县高铁新城路网基本成形，乙县空港新城引进企业12家。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"甲县高铁新城", "乙县空港新城"} and not matches(nlp, text, "Project")


def test_an_industry_function_area_is_a_zone_and_a_planned_function_is_not(nlp):
    # invented: Chengdu's industry function areas are parks; a water-conservation function is a plan's designation
    text = "成都智能制造产业功能区新签约项目20个，建设首都水源涵养功能区。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert "成都智能制造产业功能区" in zones and not any("涵养" in z for z in zones)


def test_a_themed_valley_named_by_a_place_or_china_is_a_zone_not_a_brand_or_a_landform(nlp):
    # invented: valleys firms move into (Z11); a regional brand in a list of brands and a gorge are none
    text = "中国钒钛谷集聚企业40家，成都医美谷加快建设。推广中国茶香谷、甲乙米等区域公用品牌，治理太行峡谷。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"中国钒钛谷", "成都医美谷"}


def test_free_trade_zone_areas_listed_after_the_zone_share_its_name_and_head(nlp):
    from kg.textnorm import MappedText, normalize

    text = normalize(MappedText.of("中国（河南）自由贸易试验区郑州、开封、洛阳片区挂牌运行。")).text
    assert names(nlp, text, "Zone") == {f"中国(河南)自由贸易试验区{p}片区" for p in ("郑州", "开封", "洛阳")}


def test_a_reform_pilot_opening_with_a_word_is_a_programme_and_two_places_initials_open_a_zone(nlp):
    # invented: 普惠 is a word, not the initials of 普洱 and 惠州; 沈抚 are two places'
    text = "普惠金融改革试验区建设经验推广，沈抚改革创新示范区加快发展。"
    assert {t for t, _ in matches(nlp, text, "Program")} == {"普惠金融改革试验区"}
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沈抚改革创新示范区"}


def test_works_named_by_a_water_transfer_or_by_the_works_done_are_projects(nlp):
    # invented: a water transfer, a road rebuilt (P01) and a split list of reservoirs being reinforced (P03)
    text = "建成引洮济陇工程，甲乙路快速化改造工程完工，丙丁、戊己水库除险加固工程完成主体，实施“引客入甲”工程。"
    assert names(nlp, text, "Project") == {"引洮济陇工程", "甲乙路快速化改造工程", "丙丁水库除险加固工程",
                                             "戊己水库除险加固工程"}  # 引客入甲: people drawn in, a campaign


def test_a_firms_project_named_by_its_output_keeps_the_firm_and_a_firms_trade_is_no_work(nlp):
    # invented: a project named by yearly output in tonnes (P11); 工程 inside a firm's full name; a quality, no park
    text = "甲乙茶业年产3000吨红茶生产线项目投产，丙丁集团及其子公司丙丁市政工程有限公司中标，建设国际化创新型公园城区。"
    assert {t for t, _ in matches(nlp, text, "Project")} == {"甲乙茶业年产3000吨红茶生产线项目"}
    assert not matches(nlp, text, "Program")


def test_a_name_inside_a_word_hides_no_place_starting_the_next_word(nlp):
    # invented: 丽江 inside 美丽|江西 would hide the place that starts the next word (the scan tries word starts only)
    text = "深化美丽江西建设，推进平安江西建设。"
    assert [t for t, _ in matches(nlp, text, "Place")] == ["江西", "江西"]
    assert [t for t, _ in matches(nlp, text, "Program")] == ["美丽江西", "平安江西"]


def test_a_name_read_leftwards_begins_after_an_earlier_work(nlp):
    # invented: 'X工程Y铁路' and 'X工程——Y工程' are two names, the second read from its own start; 工程 in a
    # compound (工程技术研究中心) is no earlier work
    text = "甲乙通道重点工程丙丁铁路开通，首个风光储一体化工程——戊己特高压直流输电工程投运，组建庚辛工程技术研究中心。"
    found = {t for t, _ in matches(nlp, text, "Project")}
    assert "丙丁铁路" in found and "戊己特高压直流输电工程" in found
    assert not any("重点工程丙丁" in t or "一体化工程——" in t for t in found)


def test_an_activity_on_a_sort_of_work_is_no_work(nlp):
    # invented: list items and a head that say what is done to a bare kind (垃圾, 高速公路, 水库); a named object keeps
    # the work (甲乙河治理)
    text = ("加快生活垃圾终端处理、建筑垃圾资源化利用等项目建设，推进甲乙河治理、高速公路提质扩容、丙丁铁路等重大项目，"
            "戊己等36座水库除险加固工程开工。")
    found = names(nlp, text, "Project")
    assert {"甲乙河治理", "丙丁铁路", "戊己水库"} <= found
    assert not found & {"生活垃圾终端处理", "建筑垃圾资源化利用", "高速公路提质扩容", "水库除险加固工程"}


def test_a_comprehensive_science_centre_named_by_a_place_is_a_zone(nlp):
    # invented: a national science centre designated to a city, and one to two places' initials with a lake in brackets
    text = "提升西安综合性国家科学中心能级，建设川黔(某湖)综合性科学中心。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"西安综合性国家科学中心", "川黔(某湖)综合性科学中心"}


def test_a_national_label_of_the_zone_before_and_is_not_the_next_ones(nlp):
    # invented: 国家 in the first zone's name does not make the place-named zone after 和 a designation; a label of
    # kind split by 和 (国家级经济和技术开发区), or topics joined before a bracketed place, stays none
    text = ("加快西安综合性国家科学中心和合肥综合性国家科学中心建设，支持国家级经济和技术开发区创新提升，"
            "申报国家级戏曲与曲艺文化(沧州)生态保护实验区。")
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"西安综合性国家科学中心", "合肥综合性国家科学中心"}


def test_places_listed_before_etc_share_the_zone_head_after_it(nlp):
    # invented: guideline 2 (张村、李庄等煤矿 gives two): places, two places' initials and a last local name before 等
    # share the head; the head alone is no programme; a head of a kind (重点…) or a verb's clause after 等 shares nothing
    text = "加强保定、廊坊、石衡、甲乙台等协作发展示范区建设，支持邯郸、邢台等建设综合保税区，推进唐山、承德等重点片区建设。"
    assert names(nlp, text, "Zone") == {"保定协作发展示范区", "廊坊协作发展示范区", "石衡协作发展示范区", "甲乙台协作发展示范区"}
    assert not matches(nlp, text, "Program")


def test_a_games_area_named_by_its_place_is_a_zone_and_its_count_of_works_is_its_own(nlp):
    # invented: a city's competition area with a count of its venues after it; a bare 赛区 is none
    text = "高质量完成承德赛区8个场馆改造，做好保定赛区服务保障，加强赛区疫情防控。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"承德赛区", "保定赛区"}


def test_a_park_said_to_go_into_operation_is_a_project(nlp):
    # invented: a park and a pilot campus that went into use are facilities built; a zone building works, or a zone of
    # its own administration opening, stays a zone
    text = ("邢台循环经济产业园投入运营。某大学保定联合培养示范区投入使用。沧州高新区建成投用标准厂房5万平方米。"
            "廊坊综合保税区正式启用。")
    assert {t for t, _ in matches(nlp, text, "Project")} >= {"邢台循环经济产业园", "某大学保定联合培养示范区"}
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州高新区", "廊坊综合保税区"}


def test_policies_plain_plans_carried_out_exist(nlp):
    # invented: a plain …规划 after a verb of carrying it out is a plan in force, also after a strategy joined before
    # it (实施…战略和…规划); not a short name, two joined kinds, a plan's scope, or one still to be drawn up
    text = ("落实甲乙都市圈空间协同规划，深入实施丙丁总体战略和全国某某功能区规划，继续实施普法规划，落实甲地和乙地保护规划，"
            "落实扩大国家某某免疫规划范围的措施，制定实施戊己产业发展规划。")
    assert sorted(t for t, _ in matches(nlp, text, "Policy")) == sorted(["甲乙都市圈空间协同规划", "全国某某功能区规划"])


def test_policies_the_verb_that_drafts_the_first_title_of_a_list_drafts_each(nlp):
    # invented: titles listed after a drafting verb are all still to be drawn up; a list after a verb of issuing exists
    text = "编制甲乙地区发展规划和丙丁产业专项规划，制定戊己保护条例、庚辛管理条例。颁布了壬癸保护条例、子丑管理条例。"
    assert sorted(t for t, _ in matches(nlp, text, "Policy")) == ["壬癸保护条例", "子丑管理条例"]


def test_policies_an_edition_before_a_title_is_no_drafting_verb(nlp):
    # invented: 新修订的 and 修订后的 between the verb that applies a document and its title name the edition in force;
    # 修订 alone before a title still says it is being revised
    text = "实施新修订的甲乙产业指导目录，认真落实修订后的丙丁用地的规定，修订戊己产业指导目录。"
    assert sorted(t for t, _ in matches(nlp, text, "Policy")) == sorted(["甲乙产业指导目录", "丙丁用地的规定"])


def test_policies_each_title_of_a_list_after_one_verb(nlp):
    # invented: the verb that issues or applies the first title of a list issues or applies each (颁布了A条例、B条例,
    # 制定实施A纲要和B规划); not two laws joined before a third title, nor an item with a verb of its own (谋划)
    text = ("去年颁布了甲乙防治条例、丙丁管理条例，发布实施戊己工作方案和加强庚辛工作的意见，"
            "实施“十九五”规划、谋划“二十五”规划。")
    assert _review_policies(nlp, text) == sorted(["甲乙防治条例", "丙丁管理条例", "戊己工作方案", "加强庚辛工作的意见",
                                                  "“十九五”规划"])


def test_places_listed_before_etc_share_the_built_kind_of_a_list_of_projects(nlp):
    # invented: guideline 2 (张村、李庄等煤矿): places before 等 and a built kind with 项目 or 工程 each name one (沛县:
    # a place, though 县 is a word of a kind); a kind that builds nothing (等重点项目, 等城市更新项目) names none
    text = "旬阳、沛县等3个抽水蓄能项目获批，东城区、西城区等供水工程完工，甲县、乙县等重点项目开工，丙县、丁县等城市更新项目推进。"
    assert names(nlp, text, "Project") == {"旬阳抽水蓄能项目", "沛县抽水蓄能项目", "东城区供水工程", "西城区供水工程"}


def test_a_centre_named_by_a_places_role_for_a_region_is_no_project(nlp):
    # invented: a science centre qualified by its reach is a role conferred on a city; one named by its field is built
    text = "加快建设甲城区域科技创新中心，联合创建乙丙国际科技创新中心，丁戊机器人创新中心和己庚国际动漫创新中心投入运行。"
    assert names(nlp, text, "Project") == {"丁戊机器人创新中心", "己庚国际动漫创新中心"}


def test_a_dash_inside_an_item_of_a_list_of_projects_joins_one_works_names(nlp):
    # invented: a scenic area named by two peaks joined by a dash is one item; the items before it are items still
    text = "不断提升甲乙湖、丙丁溪、戊己山-庚辛岭等景区品质。"
    assert names(nlp, text, "Project") == {"甲乙湖", "丙丁溪", "戊己山-庚辛岭"}


def test_facilities_coordinated_after_the_issuers_facility_share_what_opens_its_name(nlp):
    # invented: bare facilities after the level's facility take the level, bare buildings after a facility's building
    # take the facility; a scope (全市) names kinds
    text = "加快市科技馆、美术馆和大剧院建设，市人民医院住院大楼和医技大楼投入使用，全市图书馆、文化馆免费开放。"
    assert names(nlp, text, "Project") == {"市科技馆", "市美术馆", "市大剧院", "市人民医院住院大楼", "市人民医院医技大楼"}


def test_an_adverb_of_manner_opens_a_clause_and_its_verb_no_works_name(nlp):
    # invented: the word after 大幅, 依法 or 紧紧 is the clause's verb; what is left before 项目 is a kind or nothing
    text = "大幅精简投资项目审批环节，依法管理资本项目，紧紧扭住项目建设，全力推进甲乙水库建设。"
    assert names(nlp, text, "Project") == {"甲乙水库"}


def test_a_cluster_of_works_of_a_kind_is_no_work(nlp):
    # invented: a kind of work before 集群 names a cluster of many (a designation), the kind alone one work
    text = "培育甲乙数据中心集群，丙丁数据中心建成投用。"
    assert names(nlp, text, "Project") == {"丙丁数据中心"}


def test_routes_coordinated_before_a_route_share_its_kind_and_keep_their_own_start(nlp):
    # invented: each route written from place to place before 、 takes the kind after the last route's end point,
    # with its own start (not 大同至长治铁路); places coordinated before a work still share its whole name
    text = "建成太原至大同、太原至长治铁路，开工灵寿、赞皇抽水蓄能电站。"
    assert names(nlp, text, "Project") == {"太原至大同铁路", "太原至长治铁路", "灵寿抽水蓄能电站", "赞皇抽水蓄能电站"}


def test_a_track_of_schooling_before_a_schools_suffix_is_a_kind(nlp):
    # invented: 普通高中 and 职业高中 are kinds of school whatever verb or scope is written before them
    text = "振兴县域普通高中，办好职业高中，逐步改变普通高中的面貌，建成甲乙路小学。"
    assert names(nlp, text, "Project") == {"甲乙路小学"}


def test_a_size_class_opening_a_works_name_is_a_kind(nlp):
    # invented: 大型, 中小型 open a class of works of a size, many of them; a work named by its place stays
    text = "建设大型煤炭基地和大型粮棉油生产基地，新建中小型水库，甲乙水库开工。"
    assert names(nlp, text, "Project") == {"甲乙水库"}


def test_a_rural_complex_named_by_its_owner_or_place_is_a_work(nlp):
    # invented: a 田园综合体 with its own name is built and run
    text = "以甲乙田园综合体为载体，推动丙丁田园综合体建设。"
    assert names(nlp, text, "Project") == {"甲乙田园综合体", "丙丁田园综合体"}


def test_verbs_of_building_end_a_works_name_read_leftwards(nlp):
    # invented: 兴修, 修筑, 修建, 兴建 (like 新建) and the clause's 抓紧, 加上, 减少 open no name; what follows is a kind
    # or the work's own name
    text = "兴修水库，修筑新公路，山区修建公路，加上小型电站，减少火电厂，兴建甲乙水库。"
    assert names(nlp, text, "Project") == {"甲乙水库"}


def test_zones_a_place_its_level_word_and_the_zones_own_words(nlp):
    # invented: a park's level word follows the place; a level word alone opens a kind; a pilot with a level word is
    # a designation conferred (the fresh gold of jiangsu-2026: 南京、昆山国家级金融改革试验区 are Programs)
    text = "深化无锡、昆山国家级数据改革试验区建设，建设泉州省级智能装备产业园，推动国家级经开区提升，支持河北省级农业园区、河北省级智能装备产业园发展。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert "泉州省级智能装备产业园" in zones and not any(z.endswith("试验区") for z in zones)
    assert not any(z.startswith(("国家级", "河北")) for z in zones)
    assert "昆山国家级数据改革试验区" in {t for t, _ in matches(nlp, text, "Program")}


def test_a_park_named_by_a_firm_is_its_project(nlp):
    # invented: a company word and a known firm opening parks' names; a park serving a firm's suppliers stays a zone,
    # though the firm opens its name
    text = "加快甲乙集团储能产业园建设，推进中车智能装备产业园投产，打造中车配套产业园，提升甲城工业园区。"
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    projects = {t for t, _ in matches(nlp, text, "Project")}
    assert {"甲乙集团储能产业园", "中车智能装备产业园"} <= projects and not zones & projects
    assert {"甲城工业园区", "中车配套产业园"} <= zones


def test_a_project_of_a_service_to_people_is_no_work(nlp):
    # invented: a …项目 whose head ends with a service given to people (补贴, 培养, 助学, 配备) is a line of spending
    text = ("实施向高龄老人发放护理补贴项目，推进困难学生助学项目和青年教师培养项目，建成戊己光伏项目，"
            "建设甲乙光伏、丙丁村医配备等项目。")
    assert names(nlp, text, "Project") == {"戊己光伏项目", "甲乙光伏"}


def test_a_service_brought_to_every_place_of_a_level_is_no_work(nlp):
    # invented: 到县, 进村入户, 村通 + a service: a scheme of coverage over many places, a programme
    text = "“气网到县”、“宽带到乡”、甲乙水库等工程加快实施，推进丙丁水厂、30户以上村通宽带等工程，建成戊己通村公路工程。"
    assert names(nlp, text, "Project") == {"甲乙水库", "丙丁水厂", "戊己通村公路工程"}


def test_a_base_named_only_by_a_farm_product_is_a_kind(nlp):
    # invented: 蔬菜, 棉花, 油料, 粮棉 … with 生产/商品/产品 before 基地 name a farming area of a kind; a place names one
    text = "建设一批蔬菜生产基地和棉花经济作物生产基地，加强商品粮棉基地建设，扩建甲乙县蔬菜生产基地。"
    assert names(nlp, text, "Project") == {"甲乙县蔬菜生产基地"}


def test_a_list_of_means_or_benefits_before_a_works_kind_names_no_work(nlp):
    # invented: 等手段, 等方式, 等效益 say what the items are: means and benefits, no works
    text = ("综合运用经济、法律、行政等手段把好工程质量关，采取资源化利用、纳管处理等方式提高建成项目效能，"
            "这是一项具有防洪、灌溉等综合效益的工程，推进甲乙水库、丙丁大桥等项目。")
    assert names(nlp, text, "Project") == {"甲乙水库", "丙丁大桥"}


def test_a_rivers_reach_listed_before_a_works_kind_is_a_region(nlp):
    # invented: 上游, 中上游, 上中游 end a stretch of a river where the work is done, a region; a reservoir listed so
    # is a work
    text = "抓好甲江上游、乙河上中游等地区的防护林工程建设，继续推进丙江中上游等水土保持工程，加快丁戊水库、己庚水库等工程。"
    assert names(nlp, text, "Project") == {"丁戊水库", "己庚水库"}


def test_a_name_read_leftwards_cut_at_a_number_is_no_work(nlp):
    # invented: a name beginning with a measure's unit right after a digit, a decimal point or a rate's slash is a
    # fragment of the measure (第6.5代线, 80亿方/年…), no work; a road's number opens its name
    text = "甲乙电子、丙丁科技第6.5代线等重大项目加快实施，戊己石化80亿方/年天然气产能倍增工程建成，庚辛高铁建成。"
    assert names(nlp, text, "Project") == {"庚辛高铁"}


def test_a_verb_taking_projects_as_its_object_opens_no_works_name(nlp):
    # invented: 审批, 控制, 布局, 增发, 划分 as a word of their own before …项目: what follows is a kind or nothing
    text = ("暂停审批工业建设项目，严格控制一般加工工业项目，协同布局新型储能项目，争取增发国债项目资金，"
            "按投资额划分项目权限，建成甲乙光伏项目。")
    assert names(nlp, text, "Project") == {"甲乙光伏项目"}


def test_a_quantity_word_whose_phrase_goes_on_through_de_makes_the_name_a_kind(nlp):
    # invented: 一批 … 的 + a name: the quantity word counts the name too, many of a kind; a place's own work stays
    text = "建设一批设施先进的育种基地，新建更多投资少、见效快的创业孵化基地，甲乙县的丙丁水库开工。"
    assert names(nlp, text, "Project") == {"丙丁水库"}


def test_a_rank_written_right_before_a_works_name_describes_it(nlp):
    # invented: 首个, 首单 and 最大的 before a name read leftwards (which stops at them) describe a work, as 全国最大
    # opening the name does; the next work is named
    text = "全国首个甲乙数据资产盘活项目落地，首单丙丁REITs项目上市，建成世界最大的戊己生产基地，庚辛水库开工。"
    assert names(nlp, text, "Project") == {"庚辛水库"}


def test_a_kind_of_line_measured_by_its_length_is_no_work(nlp):
    # invented: a length right after a line's name (N公里, N千米) measures an amount of a kind built, no one work
    text = "五年建成电气化铁路三千公里，新建碧水长廊850公里，甲乙高速公路建成通车。"
    assert names(nlp, text, "Project") == {"甲乙高速公路"}


def test_a_base_named_only_by_a_farm_sector_or_way_of_farming_is_a_kind(nlp):
    # invented: 渔业, 农牧业, 旱作 (with 海洋, 有机, 特色) before 基地 name a farming area of a kind; a place names one
    text = "建设海洋渔业基地，打造现代特色农牧业基地和有机旱作基地，甲乙县渔业基地投产。"
    assert names(nlp, text, "Project") == {"甲乙县渔业基地"}


def test_a_site_seeking_an_a_class_rating_is_a_project(nlp):
    # invented: sites seeking a rating as A-class scenic areas are scenic areas to be developed (guideline 2), each of
    # a list coordinated before the verb; sites that won one (被评为, 成功创建) are named for a listing won
    # (tests/gold/README.md, thirteenth pass 7), and the rating alone names none
    text = ("甲乙故园、丙丁花园分别被评为国家4A级、3A级旅游景区，戊己山成功创建国家5A级景区。推进庚辛湖、壬癸老街等创建5A级景区。"
            "运营管理好A级景区，力争4A级景区达到9家。")
    assert {t for t, _ in matches(nlp, text, "Project")} == {"庚辛湖", "壬癸老街"}


def test_a_level_opening_a_lists_kind_is_no_part_of_the_items_names(nlp):
    # invented: 乡镇 classifies the listed clinics by level; each is named by its own name and the kind
    text = "完成甲乙、丙丁等8个乡镇卫生院搬迁。"
    names = {m.attrs and dict(m.attrs).get("name") or text[m.start:m.end] for m in nlp(text)._.kg_matches
             if m.label == "Project"}
    assert names == {"甲乙卫生院", "丙丁卫生院"}


def test_a_lines_time_circle_a_kind_alone_in_a_list_and_a_quantified_name_are_no_works(nlp):
    # invented: 1小时高铁圈 says how far lines take people, no line; a list's item that is only a kind of work
    # (通用机场, 抽水蓄能电站) names none, one with a name of its own does; a name opened by 单个 is a kind
    text = ("甲乙“1小时高铁圈”基本形成。加快甲乙高铁建设。抓好通用机场、抽水蓄能电站等一批项目。推进丙丁抽水蓄能电站、"
            "戊文化博物馆等项目。审批用于单个现代化海洋牧场项目的用海。")
    assert {t for t, _ in matches(nlp, text, "Project")} == {"甲乙高铁", "丙丁抽水蓄能电站", "戊文化博物馆"}


def test_a_passenger_line_and_a_rivers_numbered_bridge_are_works(nlp):
    # invented: 客运专线 is a line's kind (the routes coordinated before it share it); 二桥 a river's second bridge
    text = "甲乙客运专线完工，丙丁、戊己客运专线相继开工。确保庚辛汉江二桥建成通车。"
    names = {dict(m.attrs).get("name") or text[m.start:m.end] for m in nlp(text)._.kg_matches if m.label == "Project"}
    assert names == {"甲乙客运专线", "丙丁客运专线", "戊己客运专线", "庚辛汉江二桥"}


def test_the_issuers_health_and_waste_facilities_and_their_new_sites_are_works(nlp):
    # invented: a level word standing for the issuer before a facility it runs names one work, with a new site or
    # wing written after it or its move; a scope (全县) or a kind of city (城市) names none
    text = ("区生活垃圾综合处理厂建成投用，县疾控中心新址开工，市妇幼保健院新区投入使用，抓好市疾病预防控制中心迁建。"
            "全县污水处理厂负荷率达到80%，提高城市污水处理厂运行效率。")
    assert {t for t, _ in matches(nlp, text, "Project")} == {"区生活垃圾综合处理厂", "县疾控中心新址", "市妇幼保健院新区",
                                                            "市疾病预防控制中心迁建"}


def test_a_lines_section_between_two_places_a_three_digit_code_and_checkpoints(nlp):
    # invented: the section of a coded line between two places goes with its name; a letter code may have three
    # digits; a checkpoint is a work, a list's items sharing its kind
    text = "轨道交通9号线甲乙至丙丁段具备开通条件，推动轨道交通M105线规划建设。优化提升戊己、庚辛等进京检查站。"
    names = {dict(m.attrs).get("name") or text[m.start:m.end] for m in nlp(text)._.kg_matches if m.label == "Project"}
    assert names == {"轨道交通9号线甲乙至丙丁段", "轨道交通M105线", "戊己进京检查站", "庚辛进京检查站"}


def test_a_research_fields_coordinated_before_a_centre_share_its_kind(nlp):
    # invented: a research institution is named by its field, industry words included, up to eight characters
    # each; the fields coordinated before the centre's name share its kind
    text = "推进国家高端智能装备、国家甲乙技术创新中心创建工作。"
    names = {dict(m.attrs).get("name") or text[m.start:m.end] for m in nlp(text)._.kg_matches if m.label == "Project"}
    assert names == {"国家高端智能装备技术创新中心", "国家甲乙技术创新中心"}


def test_an_item_ending_with_a_ground_or_market_keeps_its_own_kind(nlp):
    # invented: …训练场, …市场 end with a kind of their own: they share no kind of the works coordinated after them
    text = "加快建设甲乙训练场、丙丁创新中心。抓好戊己市场、庚辛交易中心等项目。"
    names = {dict(m.attrs).get("name") or text[m.start:m.end] for m in nlp(text)._.kg_matches if m.label == "Project"}
    assert "甲乙训练场创新中心" not in names and "戊己市场交易中心" not in names


def test_a_quoted_craft_with_hao_and_its_kind_is_a_project(nlp):
    # invented: a quoted name with 号 (after the quote or inside it) and a craft's kind after the quote names one craft;
    # a quoted ship in an accident (no kind after it) names none
    text = "甲乙号试验船正式交付，丙丁一号组网卫星增至30颗，认真吸取戊己2号翻沉事故的教训。"
    doc = nlp.make_doc(text)
    doc._.quoted = [(text.index(q), text.index(q) + len(q)) for q in ("甲乙", "丙丁一号", "戊己2号")]
    got = {text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Project"}
    assert got == {"甲乙号试验船", "丙丁一号组网卫星"}


def test_a_forest_farm_is_a_work_and_a_state_owned_one_a_kind(nlp):
    # invented: 林场 ends a work's name (甲乙林场); owned by the state or of a sector it is a class (国有林场, 国有农牧林场)
    text = "甲乙林场荣获联合国奖项。加快现代化国有林场建设，推进国有农牧林场改革。"
    assert {t for t, _ in matches(nlp, text, "Project")} == {"甲乙林场"}



def unquoted(nlp, written: str) -> tuple[str, list]:
    """The text of a sentence written with “…” as the pipeline reads it (quotes dropped, their spans marked as
    extract.py marks them), and its matches."""
    text, spans, opened = "", [], None
    for ch in written:
        if ch == "“":
            opened = len(text)
        elif ch == "”":
            spans.append((opened, len(text)))
        else:
            text += ch
    doc = nlp.make_doc(text)
    doc._.quoted = spans
    return text, nlp(doc)._.kg_matches


def test_a_quoted_five_year_period_names_no_programme(nlp):
    # invented: a five-year plan, quoted or not, is a document (a Policy where it exists, nothing where still to be
    # drawn up), never a programme; a quoted period before 建设 names none; a five-year round of a campaign (“七五”普法)
    # stays one
    text, found = unquoted(nlp, "制定“九五”计划和远景目标，有的是“十九五”建设的，深入开展“七五”普法，完成“八五”计划。")
    assert {(m.label, text[m.start:m.end]) for m in found if m.label in ("Program", "Policy")} == \
        {("Program", "七五普法"), ("Policy", "八五计划")}


def test_a_verb_of_an_adverb_of_force_ends_a_name(nlp):
    # invented: an adverb of force joined to a one-character verb (狠刹, 严查, 力促) opens a clause, never a name;
    # a firm whose name opens with the adverb's character and a noun (力帆) keeps it
    text = "狠刹公路上乱收费之风，严查工程建设领域违法问题，力促甲乙高速二期开工，力帆集团扩大产能。"
    found = {(m.label, text[m.start:m.end]) for m in nlp(text)._.kg_matches if m.label != "Place"}
    assert found == {("Project", "甲乙高速二期"), ("Enterprise", "力帆集团")}


def test_counted_and_funded_kinds_of_projects_name_none(nlp):
    # invented: a count opening a project's name (二十件…项目), projects by how they are funded (PPP, 一事一议) and a
    # kind of building (标准化厂房) are categories, no Project nor Program
    text = "抓好二十件民生实事项目，推进PPP项目、一事一议项目和标准化厂房项目，建设甲乙水库。"
    found = {(m.label, text[m.start:m.end]) for m in nlp(text)._.kg_matches if m.label in ("Project", "Program")}
    assert found == {("Project", "甲乙水库")}


def test_the_zones_of_every_township_are_a_category(nlp):
    # invented: 乡镇 opening a zone's head with words of a kind after it speaks of every township's zones
    # (zone_scope_leads); a zone after a place is named
    text = "提升各乡镇工业集中区、县级工业园区承载能力，黄骅工业园区加快发展。"
    assert [t for t, _ in matches(nlp, text, "Zone")] == ["黄骅工业园区"]


def test_a_campaign_named_only_by_its_manner_or_length_is_none(nlp):
    # invented: 专项整治, 集中整治, 百日 before 行动 and a sector's works (农田水利工程) name no programme; a topic does
    text = "开展专项整治行动、百日攻坚行动和集中整治行动，实施农田水利工程，开展甲乙河道专项整治行动。"
    assert [t for t, _ in matches(nlp, text, "Program")] == ["甲乙河道专项整治行动"]


def test_a_quantified_strategy_phrase_names_none(nlp):
    # invented: a quantity word opening a …战略 phrase (一系列重大战略) makes it a kind of many
    text = "一系列重大战略落地见效，实施产业兴县战略。"
    assert [t for t, _ in matches(nlp, text, "Strategy")] == ["产业兴县战略"]


def test_a_site_rated_is_named_without_its_rating(nlp):
    # invented: the verb of rating and the grade after a site (争创国家4A级景区) are no part of its name
    text = "甲乙文化旅游区争创国家4A级景区。"
    assert [t for t, _ in matches(nlp, text, "Project")] == ["甲乙文化旅游区"]


def test_a_place_and_a_rank_alone_before_a_kind_name_a_category(nlp):
    # invented: a place and a rank or level with nothing between them and the kind (任丘市重点工程, 献县重点园区,
    # 河间市省级以上园区: category_ranks) are the place's works or zones of that rank; a topic names one
    text = "任丘市重点工程、献县重点园区加快建设，河间市省级以上园区扩区调区，黄骅市城区防洪重点工程开工。"
    found = {(m.label, text[m.start:m.end]) for m in nlp(text)._.kg_matches if m.label in ("Project", "Zone")}
    assert ("Project", "任丘市重点工程") not in found and ("Zone", "献县重点园区") not in found and \
        not any(t.startswith("河间市") for _, t in found)


def test_a_bodys_meetings_of_a_kind_name_no_event(nlp):
    # invented: a party body and generic words before 会议 (省委重要会议, 市委有关会议) name no meeting; a body's
    # work conference with its field is one (市委经济工作会议); 传达 opens the clause
    text = "落实省委重要会议精神，传达市委有关会议精神，召开市委经济工作会议。"
    assert [t for t, _ in matches(nlp, text, "Event")] == ["市委经济工作会议"]


def test_time_words_end_a_name_read_leftwards(nlp):
    # invented: a time word (之前, 以来) ends a name read leftwards: the clause before it is no part of the name
    text = "赶在汛期之前甲乙水库除险加固工程完工，开工以来丙丁大桥进展顺利。"
    names = [t for t, _ in matches(nlp, text, "Project")]
    assert not any("之前" in t or "以来" in t for t in names) and names


def test_a_programme_opening_with_a_quantity_word_is_a_kind(nlp):
    # invented: a quantity word opening a programme's name (一系列…制度) makes it a kind of many
    text = "建立一系列廉政制度，推行甲乙河长制度。"
    assert "一系列廉政制度" not in [t for t, _ in matches(nlp, text, "Program")]


def test_a_plan_named_by_its_period_and_kind_alone_is_no_title(nlp):
    # invented: a period and a kind of work before the document's kind (三年行动方案, 年度工作计划) name no title, no
    # programme; a topic before them names one (甲乙产业发展三年行动方案)
    text = "制定实施意见、若干措施和三年行动方案，落实年度工作计划，印发甲乙产业发展三年行动方案。"
    assert [t for t, _ in matches(nlp, text, "Policy")] == ["甲乙产业发展三年行动方案"]
    assert matches(nlp, text, "Program") == []


def test_items_listed_before_a_kind_of_firms_are_firms_not_projects(nlp):
    # invented: the items before 等企业项目 are firms (guideline 2: a name in a list of firms), their projects unnamed
    text = "引进甲乙建材、丙丁汽车等企业项目。"
    assert matches(nlp, text, "Project") == []


def test_a_quarter_of_a_zone_is_no_place(nlp):
    # invented: 东区, 南区 after a zone are its quarters (place_generic_names), no county of that name
    text = "经开区南区、高新区东区开发有序推进。"
    assert matches(nlp, text, "Place") == []


def test_prepositions_standing_alone_end_a_name_read_leftwards(nlp):
    # invented: 据, 如, 按 as words of their own (according to, such as, by) and 依据 open no name
    text = "除国家按计划供应的物资以外，依据丙丁工程规划推进。"
    assert [t for t, _ in matches(nlp, text, "Program")] == ["丙丁工程"]


def test_a_pilot_as_a_verb_or_a_duration_names_no_pilot(nlp):
    # invented: 试点 with the units piloted counted after 的 (甲省试点的84个企业) is the verb; a duration alone before
    # it (两年多试点) names none; 甲乙试点的经验 keeps the pilot
    text = "据甲省试点的84个企业统计，两年多试点证明，总结甲乙试点的经验。"
    assert [t for t, _ in matches(nlp, text, "Program")] == ["甲乙试点"]


def test_stipulated_is_a_verb_not_a_title(nlp):
    # invented: 规定 before 的 or after 所, 明确 is the verb "stipulates"; after a document's kind and 的 it is that
    # document's provisions (the law is one: 甲乙法); neither is a title, while a title ending 的规定 stays one
    text = ("执行甲国宪法所规定的总方针，执行甲乙法的规定，用合同的办法明确规定各方的责任，执行乙报告规定的政策，"
            "落实丙丁收支两条线的规定。")
    assert {t for t, _ in matches(nlp, text, "Policy")} == {"甲乙法", "丙丁收支两条线的规定"}


def test_a_list_of_projects_banned_names_kinds(nlp):
    # invented: the items of a list of projects under a verb of prohibition (严禁, 禁止) are the kinds banned; a list
    # under a verb of building names works
    text = "严禁新建甲乙小区、丙丁会所等项目，加快建设戊己大桥、庚辛水库等项目。"
    assert {t for t, _ in matches(nlp, text, "Project")} == {"戊己大桥", "庚辛水库"}


def test_verbs_of_action_before_a_name_are_no_part_of_it(nlp):
    # invented: verbs that open a clause (盘活, 助推, 赋能: leading_verbs) are no name's first word
    text = "盘活新城工业园区，助推北湖水库工程，赋能南山工业园区。"
    found = {(m.label, text[m.start:m.end]) for m in nlp(text)._.kg_matches if m.label in ("Zone", "Project")}
    assert found == {("Zone", "新城工业园区"), ("Project", "北湖水库工程"), ("Zone", "南山工业园区")}


def test_a_name_read_from_a_later_company_word_is_the_firm_named_in_full(nlp):
    # invented: company words written one after another (制药|集团|有限公司, 药业|股份, 建投|公司) end one name; a
    # subsidiary's legal name opened by its group's (丙丁集团戊己制药股份有限公司) is one firm, not the group
    text = "甲乙制药集团有限公司完成技术改造，丙丁集团戊己制药股份有限公司在北交所上市，庚辛药业股份扩产，正定县建投公司完成整合。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙制药集团有限公司", "丙丁集团戊己制药股份有限公司", "北交所", "庚辛药业股份",
                            "正定县建投公司"])


def test_a_firms_unit_at_a_place_is_named_with_the_firm(nlp):
    # invented: a firm's or bank's name, a place and 分公司/支行/分行 are one name, the unit's; 分行 after places alone
    # names none
    text = ("中石化石家庄分公司新建加油站，甲乙集团有限公司赵县分公司投产，中国农业银行赵县支行、丙丁银行石家庄分行"
            "加大投放，丁戊保险股份有限公司石家庄中心支公司理赔。中央银行对各省、自治区分行统一管理。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["中石化石家庄分公司", "甲乙集团有限公司赵县分公司", "中国农业银行赵县支行", "丙丁银行石家庄分行",
                            "丁戊保险股份有限公司石家庄中心支公司"])


def test_a_groups_numbered_bureau_is_a_firm(nlp):
    # invented: a builder's short name, an ordinal and (公)局 name its numbered bureau; 中交 inside 集中交付 is no firm
    text = "中建三局、中铁十七局集团承建甲乙工程，中交一公局进场施工，要集中交付使用。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["中建三局", "中铁十七局集团", "中交一公局"])


def test_a_firm_with_a_trade_word_after_a_category_or_paired_with_a_firm(nlp):
    # invented: a category of firms in apposition before a name with a trade word (龙头企业|甲乙牧业); a name with a
    # trade word joined by 与 to a firm's; a sector after the category is none (龙头企业电子商务平台)
    text = "龙头企业甲乙牧业带动农户增收，县域龙头企业丙丁纺织新上生产线，推动戊己牧业与庚辛集团合作。培育龙头企业电子商务平台。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙牧业", "丙丁纺织", "戊己牧业", "庚辛集团"])


def test_firms_with_a_trade_word_helped_to_act(nlp):
    # invented: a verb of support, names with a trade word and what a firm is helped to do (申报, 解决, 实施) make
    # firms, one name or a list; sectors after the same verbs are none
    text = ("帮助甲乙纸业解决用地问题，协调丙丁生物完成审批，鼓励戊己纸业、庚辛纺织实施技术改造，支持壬癸航空创新突破。"
            "支持电子信息产业发展，鼓励传统化工实施技术改造。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙纸业", "丙丁生物", "戊己纸业", "庚辛纺织", "壬癸航空"])


def test_firms_a_sector_is_built_around_rated_or_listed(nlp):
    # invented: names with a trade word before 为龙头, 被评为 and 登陆 are firms; sectors before 为龙头 are none; a
    # list before 等房企 lists firms
    text = ("以甲乙晶体、丙丁新材为龙头的新材料产业集群初具规模。戊己水泥被评为国家级绿色工厂，庚辛纺织成功登陆创业板。"
            "以钢铁、化工为龙头。壬癸置业、子丑地产等房企风险化解。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙晶体", "丙丁新材", "戊己水泥", "庚辛纺织", "壬癸置业", "子丑地产"])


def test_kinds_of_platform_and_cut_bank_names_are_no_firms_and_a_places_credit_union_is(nlp):
    # invented: a head opened by 各 names a kind (各县级平台公司); one character cut before a kind of bank
    # (甲家|银村镇银行) names none; a place's rural credit union is its bank
    text = "各县级平台公司加快转型，正定家银村镇银行新增贷款，推动赵县农村信用联社改制。"
    assert [t for t, _ in matches(nlp, text, "Enterprise")] == ["赵县农村信用联社"]


def test_a_firm_with_a_trade_word_acting_signing_or_reporting_its_output(nlp):
    # invented: a name with a trade word before its output, its taxes, an amount it invests, or signed with after 与
    # is a firm; a place's sector before output (元氏县食品产值) and a sector signed with are none
    text = ("甲乙纺织投资3亿元新上生产线，丙丁食品年产值突破15亿元，戊己重工实现营收28亿元，庚辛管业纳税1.2亿元。"
            "与壬癸生物签约年产5000吨色素项目。元氏县食品产值增长12%，与生物医药合作。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙纺织", "丙丁食品", "戊己重工", "庚辛管业", "壬癸生物"])


def test_sectors_after_a_category_of_firms_or_in_a_list_with_a_trade_word_are_no_firms(nlp):
    # invented: a verb or a sector's word after a category of firms (国有企业推进科技创新, 中小企业应用人工智能); town gas
    # in a list of hazards; a trade word opening a place of trade (甲乙商贸综合体)
    text = ("鼓励国有企业推进科技创新，降低中小企业应用人工智能门槛，深化城镇燃气、危险化学品等一件事全链条治理，"
            "抓好甲乙商贸综合体等重点项目建设。")
    assert matches(nlp, text, "Enterprise") == []


def test_a_levels_own_platform_and_a_firm_named_by_what_it_operates(nlp):
    # invented: a level and a platform's kind (区城投, 县交投) name the level's own company; 运营 right before a company
    # word is the last word of the firm's name (甲县国有资产运营有限公司); a kind alone before it names none
    text = "区城投、县交投完成整合重组，元氏县国有资产运营有限公司完成重组，组建国有资本投资运营公司。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["区城投", "县交投", "元氏县国有资产运营有限公司"])


def test_a_firm_with_a_trade_word_buying_or_opening_its_plants_output(nlp):
    # invented: a name with a trade word before 并购 or before 年产 and an amount (its plant's output) is a firm
    text = "甲乙实业成功并购一家企业，丙丁晶体年产100万片芯片项目签约落地。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙实业", "丙丁晶体"])


def test_a_list_of_firms_closed_by_a_conjunction_and_firms_signing_or_rated(nlp):
    # invented: a list's last two items joined by 和 or 以及 are two items; two names with a trade word joined by 与
    # before a verb of signing both sign, and so does one joined to a college; a name with a trade word before
    # 被认定为 or 入围 is a firm; places, or a sector and a college, joined so are none
    text = ("支持甲乙纺织、丙丁食品和戊己电子做大做强。庚辛晶体与壬癸电子签署合作协议。子丑电子被认定为小巨人企业，"
            "寅卯科技入围民营企业500强。推动长沙、株洲和湘潭做大做强。辰巳种业与午未农业大学共建育种中心，"
            "推动生物医药与申酉大学合作。")
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙纺织", "丙丁食品", "戊己电子", "庚辛晶体", "壬癸电子", "子丑电子", "寅卯科技", "辰巳种业"])


def test_a_firm_with_a_company_word_after_a_category_and_kinds_opened_by_a_level(nlp):
    # invented: a category of firms in apposition before a name with a company word (省属企业|甲乙能源集团); heads
    # opened by the owning level (县级, 县属) name kinds of firm
    text = "省属企业甲乙能源集团完成重组，龙头企业丙丁集团带动增收，做强县级国有平台公司，组建县属国有企业集团。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙能源集团", "丙丁集团"])


def test_a_firm_with_a_trade_word_reaching_full_output_or_changing_its_ownership(nlp):
    # invented: 达产 and 股改 after a name with a trade word, 改制 after one name, make it a firm
    text = "甲乙食品达产达效，丙丁水泥改制，戊己电子顺利股改。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙食品", "丙丁水泥", "戊己电子"])


def test_a_firm_brought_in_and_a_levels_own_bank(nlp):
    # invented: one name with a trade word after 引进 ending its clause is the firm brought in, a sector there none;
    # a level and a kind of local bank (县农商行) name the level's own bank, 全县 before it the county's banks
    text = "成功引进甲乙纺织。引进先进技术装备，培育新兴产业。推动县农商行增加信贷投放，全县农商行存款增长。"
    firms = sorted(t for t, _ in matches(nlp, text, "Enterprise"))
    assert firms == sorted(["甲乙纺织", "县农商行"])


def test_zones_own_words_a_county_holds_one_of_after_its_level_or_a_possessive(nlp):
    # invented: 县|产业集聚区, 我县|工业园区, 县|工业集中区 name the issuer's own zone (generic: named by the issuer);
    # bare or after 全市, 各县 a category
    text = "县产业集聚区新入驻企业20家，我县工业园区获评绿色园区，加快县工业集中区建设，全市产业集聚区增长10%，各县产业集聚区加快发展。"
    found = [(t, dict(m.attrs).get("generic")) for t, m in matches(nlp, text, "Zone")]
    assert found == [("产业集聚区", "1"), ("工业园区", "1"), ("工业集中区", "1")]


def test_zones_cooperation_parks_innovation_spaces_and_parks_named_by_their_place(nlp):
    # invented: a park two places build together (…产业合作园), a place's 众创空间 (guideline 2), and a place's
    # demonstration, incubation, 双创 or circular-economy park are zones; the same words without a place are kinds
    text = ("推进沧州—衡水产业合作园建设，衡水京津产业合作园签约项目12个，沧州县众创空间入驻团队30个，"
            "衡水现代农业示范园、沧州科技孵化园、衡水双创园和沧州循环经济园加快建设，新增省级众创空间3家，"
            "建设一批现代农业示范园和科技孵化园。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"沧州—衡水产业合作园", "衡水京津产业合作园", "沧州县众创空间", "衡水现代农业示范园",
                     "沧州科技孵化园", "衡水双创园", "沧州循环经济园"}


def test_zones_a_suffix_going_on_into_yuanqu_and_a_place_ending_with_a_stop_word(nlp):
    # invented: 加工园|区 and 示范园|区 end where 园区 ends; a place's name ending with a stop word (魏都: 都) does not
    # end the zone's name read leftwards
    text = "沧州农产品加工园区新增企业12家，衡水现代农业示范园区扩区，魏都经济开发区新签约项目12个。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"沧州农产品加工园区", "衡水现代农业示范园区", "魏都经济开发区"}


def test_zones_an_alias_after_jiancheng_and_a_countys_provincial_zone(nlp):
    # invented: (以下简称…) opens an alias of its own, no part of it; a county's 省级经济开发区 is its zone, a province's
    # own level (河北省级…) a kind
    text = "赵县经济开发区(以下简称赵县经开区)入驻企业100家，赵县省级经济开发区扩区，河北省级经济开发区增至150家。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"赵县经济开发区", "赵县经开区", "赵县省级经济开发区"}


def test_zones_no_shared_head_over_a_counted_noun_and_a_verb(nlp):
    # invented: 甲、乙、丙三个镇建设特色小镇: the count's noun (镇) then a verb, no head the towns share
    text = "在沙沟、中堡、周庄三个镇建设特色小镇，南柏舍、韩村两个工业园区完成扩区。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"南柏舍工业园区", "韩村工业园区"}


def test_zones_a_park_built_together_with_a_partner_is_a_clause_unless_named(nlp):
    # invented: 与 or 同 + the partner places + 共建 is a clause's verb: a park of a kind after it names none, a park
    # with words of its own does (the name begins after the verb); 谷 inside a place's name (平谷区) opens no valley
    text = "推动蓟州区与北京平谷区共建产业园，与沪苏共建产业合作园，与北京市平谷区合作共建京平科技产业园。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"京平科技产业园"}


def test_zones_a_zones_part_in_a_place_and_townships_joined_by_he_or_ji(nlp):
    # invented: …分区 after a place is a zone's part (after a zone, one name with it); zoning (分区管控) is none; the
    # last of townships listed before a park may be joined by 和 or 及, each by its form a township's name
    text = "天津经济技术开发区蓟州分区建设加快，实施生态环境分区管控，推进岳口、蒋湖和杨林工业园建设，加快交通和羊山工业园建设。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"天津经济技术开发区蓟州分区", "岳口工业园", "蒋湖工业园", "杨林工业园", "羊山工业园"}


def test_zones_a_level_before_a_places_park_is_its_rank(nlp):
    # invented: 国家级 or 省级 right before a place's park is the rank it holds, no word of its name (guideline 2: the
    # place's zone); before a park named by its kind alone it confers a designation (a Program)
    text = "国家级赵县现代农业产业园通过认定，成功创建省级沧州现代农业产业园，国家级承德高新区排名提升，创建国家级现代农业产业园。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"赵县现代农业产业园", "沧州现代农业产业园", "承德高新区"}
    assert {t for t, _ in matches(nlp, text, "Program")} == {"国家级现代农业产业园"}


def test_zones_of_national_kinds_and_parks_named_by_their_place(nlp):
    # invented: an export processing zone and a Taiwan investors' zone are zones of national kinds; a place's
    # enterprise park, concentrated development area, creative, e-commerce park, industrial quarter and a high-tech
    # zone's branch park are zones, the same words bare kinds; applying for a zone (申办) and "namely" (即) are no words
    # of its name
    text = ("甲乙出口加工区通过验收，漳州台商投资区加快发展，积极申办出口加工区，兴化市戴南小微企业园入驻企业80家，"
            "推动小微企业园提质增效，德阳工业集中发展区扩容，沧州文创园、衡水电商园和沧州工业小区加快建设，"
            "天津滨海高新区蓟州分园新增企业，推进一区两园建设，即经济开发区、丙丁工业园。")
    zones = {t for t, _ in matches(nlp, text, "Zone")}
    assert zones == {"甲乙出口加工区", "漳州台商投资区", "兴化市戴南小微企业园", "德阳工业集中发展区", "沧州文创园",
                     "衡水电商园", "沧州工业小区", "天津滨海高新区蓟州分园", "丙丁工业园"}


def test_zones_a_place_the_segmenter_cut_and_a_level_in_brackets(nlp):
    # invented: a place's name ending with a stop word (乐都, 都) opens the zone's name even where the segmenter cut it
    # (市乐|都); a level written in brackets between the place and the zone's word is part of the name
    text = "海东市乐都工业园区建设提速，西宁(国家级)经济技术开发区增长10%，推进戴窑、武庙工业园区建设。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"海东市乐都工业园区", "西宁(国家级)经济技术开发区", "戴窑工业园区", "武庙工业园区"}


def test_zones_townships_with_their_level_share_a_parks_head_and_qualities_name_none(nlp):
    # invented: a township written with its level (四字: 沙河店镇) listed before a township's park shares its head; a
    # new town named by qualities (宜居宜业) is a kind, no name
    text = "沙河店镇、范庄镇工业园区加快建设，建设宜居宜业新城区。"
    zones = {dict(m.attrs).get("name", t) for t, m in matches(nlp, text, "Zone")}
    assert zones == {"沙河店镇工业园区", "范庄镇工业园区"}


def test_zones_joined_by_yu_before_yitihua_are_two_zones_no_regions_strategy(nlp):
    # invented: two zones named by their places joined by 与 before …一体化发展 are the zones being integrated, no
    # regional strategy; two places so joined still name one
    text = "支持宿城经济开发区与宿迁高新区一体化发展，推进廊坊北三县与通州区一体化高质量发展。"
    assert {t for t, _ in matches(nlp, text, "Zone")} == {"宿城经济开发区", "宿迁高新区"}
    assert {t for t, _ in matches(nlp, text, "Strategy")} == {"廊坊北三县与通州区一体化高质量发展"}


def test_a_county_named_in_two_characters_opens_a_works_name(nlp):
    # invented: 蠡县 and 雄县 are places whose level character is also a word of a kind (县医院); before a work's own
    # kind the place says which work, as 沧州 does; before a bare 项目 it says only where
    text = "推进蠡县抽水蓄能电站前期工作，建成雄县人民公园，打造蠡县国际陆港，推进蠡县工业项目。"
    assert names(nlp, text, "Project") == {"蠡县抽水蓄能电站", "雄县人民公园", "蠡县国际陆港"}


def test_a_road_extended_or_rebuilt_is_a_work_named_with_the_road(nlp):
    # invented: 东延, 北延 after a road's name (with or without 工程) and 提升改造工程 after a named road are works on it;
    # a road of a kind extended (城市道路东延) names none
    text = "甲乙大道东延工程、丙丁路北延工程和戊己大道提升改造工程完工，推进庚辛大道南延、壬癸路西延，实施城市道路东延。"
    assert names(nlp, text, "Project") == {"甲乙大道东延工程", "丙丁路北延工程", "戊己大道提升改造工程", "庚辛大道南延",
                                           "壬癸路西延"}


def test_an_ordinal_before_a_numbered_school_or_plant_is_part_of_its_name(nlp):
    # invented: 第二 before 中学, 第一 before 水厂 belong to the name read leftwards; 第二批 before 项目 is a count
    text = "甲县第二中学新校区建成招生，启动县第三中学迁建工程，推进乙县第一水厂扩建工程，建设第二污水处理厂，第二批项目开工。"
    assert names(nlp, text, "Project") == {"甲县第二中学新校区", "县第三中学迁建工程", "乙县第一水厂扩建工程",
                                           "第二污水处理厂"}


def test_a_coded_road_with_its_class_section_and_works(nlp):
    # invented: a G, S or X code with its class after it (S235省道, X032县道), a section named by its ends or by a
    # place (甲乙至丙丁段, 戊己绕城段) and what is done to it (提升改造, 大修): one work
    text = "S235省道甲乙至丙丁段提升改造加快推进，建成G107国道戊己绕城段，实施X032县道庚辛至壬癸段改建工程和国道307子丑段大修工程。"
    assert names(nlp, text, "Project") == {"S235省道甲乙至丙丁段提升改造", "G107国道戊己绕城段",
                                           "X032县道庚辛至壬癸段改建工程", "国道307子丑段大修工程"}


def test_two_works_joined_by_he_and_a_building_of_the_issuers_facility(nlp):
    # invented: 和 between a work's kind and the next work's name ends the first work; a building (住院楼) written
    # after the issuer's hospital is part of its name; an inland 物流港 is a work
    text = "建设甲乙全民健身中心和县图书馆新馆，县中医院住院楼主体封顶，丙丁国际物流港开工建设。"
    assert names(nlp, text, "Project") == {"甲乙全民健身中心", "县图书馆新馆", "县中医院住院楼", "丙丁国际物流港"}


def test_a_verb_on_projects_a_fuel_swap_and_a_network_generation_name_no_work(nlp):
    # invented: 盘活, 规范 take projects of a kind as object; 气代煤、电代煤 is a scheme of heating; 5G before 基站 is a
    # network's generation, cut inside the measure
    text = "盘活存量旅游项目，规范特许经营项目管理，实施气代煤、电代煤工程，新建5G基站1200个。"
    assert names(nlp, text, "Project") == set()


def test_a_firms_plant_rebuilt_a_district_rebuilt_twice_and_a_size_in_megawatts(nlp):
    # invented: a firm opening what is done to its plant names the work (甲乙集团焦化升级改造项目); two works on a named
    # irrigation district joined by 与 are one name; a size in MW or GW is part of a name, alone with a kind none
    text = "推进甲乙集团焦化升级改造项目，丙丁灌区续建配套与节水改造项目完工，实施戊己年产5GW光伏组件项目，推进100MW光伏项目。"
    assert names(nlp, text, "Project") == {"甲乙集团焦化升级改造项目", "丙丁灌区续建配套与节水改造项目",
                                           "戊己年产5GW光伏组件项目"}


def test_a_zone_written_as_a_routes_end_is_part_of_the_routes_name(nlp):
    # invented: 石家庄东部新区 opens the route's name; no zone is mentioned of its own there
    text = "实施石家庄东部新区至赵县通勤快线工程。"
    assert names(nlp, text, "Project") == {"石家庄东部新区至赵县通勤快线工程"} and not matches(nlp, text, "Zone")


def test_a_line_extended_a_passage_between_two_places_and_a_bare_phase(nlp):
    # invented: 北延伸 after a line's name is a work; a passage named by its two ends (甲乙示范区至高铁站快速通道) is a
    # work and the designated area a route's end, no mention of its own; 三期工程 after a list of phases names no work
    text = "推进甲乙线北延伸，建成丙丁示范区至高铁站快速通道，实施戊己河综合整治一期、二期和三期工程，开辟绿色通道。"
    assert names(nlp, text, "Project") == {"甲乙线北延伸", "丙丁示范区至高铁站快速通道", "戊己河综合整治一期"}
    assert not matches(nlp, text, "Program")


def test_a_work_numbered_in_quotes_after_a_sector_of_construction(nlp):
    # invented: a quoted number ending with 项目 names a project; with 工程 only after a sector of construction (电力),
    # which opens the name; a quoted coined 工程 (双千工程) stays a programme
    text = "电力1001工程全面完成，推进117项目建设，实施双千工程。"
    doc = nlp.make_doc(text)
    doc._.quoted = [(text.index(q), text.index(q) + len(q)) for q in ("1001工程", "117项目", "双千工程")]
    got = {text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Project"}
    assert got == {"电力1001工程", "117项目"}


def test_built_items_of_a_sectors_list_and_a_hospitals_campus_by_its_side(nlp):
    # invented: items of a list of a sector's projects that are built things (楼, 桥) are works, products are not; a
    # hospital numbered 第一中心医院 and its east campus (东院) is one work
    text = "建设甲乙阁、丙丁楼、戊己桥等一批文旅项目，推进铝镁、黄金等有色金属项目，推进庚市第一中心医院东院建设。"
    assert names(nlp, text, "Project") == {"甲乙阁", "丙丁楼", "戊己桥", "庚市第一中心医院东院"}


def test_a_local_facility_named_by_a_quarter_or_a_number_and_a_quoted_belt(nlp):
    # invented: a quarter of the town (城西, 县城北关) or an ordinal names a waterworks or a kindergarten; a quoted coined
    # name with a belt's kind after it is one work, the unquoted kind (沿河景观带) none
    text = "开工建设城西水厂，建成县城第二自来水厂，新建县城北关幼儿园，整体提升幼儿园，甲乙生态景观带建成开放，打造沿河景观带。"
    doc = nlp.make_doc(text)
    doc._.quoted = [(text.index("甲乙"), text.index("甲乙") + 2)]
    got = {text[m.start:m.end] for m in nlp(doc)._.kg_matches if m.label == "Project"}
    assert got == {"城西水厂", "县城第二自来水厂", "县城北关幼儿园", "甲乙生态景观带"}


def test_paving_and_lighting_of_a_kind_and_a_campus_named_by_a_river_side(nlp):
    # invented: 硬化, 白改黑 after a road of a kind are what is done to roads of that kind, no work; done to a named road
    # they are a work; 江北院区 is a campus (院区), not a side campus (北院) cut inside it
    text = "实施道路硬化工程，实施甲乙路白改黑工程，推进丙丁医院江北院区建设。"
    assert names(nlp, text, "Project") == {"甲乙路白改黑工程", "丙丁医院江北院区"}


def test_an_owner_before_brackets_and_stations_of_a_town(nlp):
    # invented: a name cut at its length inside an owner's brackets goes on to the owner (甲乙(丙丁)…项目); a railway
    # or bus station named by its town or a quarter, or the issuer's (县汽车站迁建), is a work, one of a kind (乡镇客运站)
    # none
    text = "推进甲乙电力(丙丁)100MW农光互补光伏发电项目，建设戊己火车站，推进县汽车站迁建，建设乡镇客运站，建成城南客运站。"
    assert names(nlp, text, "Project") == {"甲乙电力(丙丁)100MW农光互补光伏发电项目", "戊己火车站", "县汽车站迁建", "城南客运站"}
