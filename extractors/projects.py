"""Projects: named construction and industrial projects (reservoirs, water transfers, railways, plants, bases),
by their suffix, as the items of a list of projects (石炼化绿色转型、昌泰电科谷等184个项目) or of works of one kind
(龙咀河、杨家新沟等滨水绿廊), as short names coordinated before a work's name (甲乙湖、丙丁郊野公园), by a
numbered phase (X二期), a line's code (地铁2号线), a port's place (天津港), a station's city (合肥西站), a plant named
by its kind without 站 (宁德核电) or what a corridor carries (三峡水运新通道). Research institutions are named by
their field (材料实验室); a rank before 项目 (…重点项目), a designated base (…示范基地) and a hub named by its
role for a region (…区域物流枢纽) name none."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from extractors.base import (CLAUSE_VERBS, FIRM_AFTER, INDUSTRY_WORDS, LATIN_UNITS, LEADING_VERBS, NAME_STOP, Match,
                             clause_start, covered, doc_text, drop_matches, first_conjunct, longest_first, matches,
                             listed_items, name_start, only_words, quoted, register, strip_lead, token_bounds, token_ends,
                             token_starts)
from kg import gazetteer, lexicons, metadata

PHASE_NO = "[一二三四五六七八九十]期"  # 一期, 二期: a numbered phase of one work
# What may follow a work's kind inside its name: a phase (甲乙水厂二期工程, 甲乙水厂(一期)), an expansion, a line's code
AFTER_KIND = rf"(?:{PHASE_NO}(?:工程)??|\({PHASE_NO}\)|扩产|\([A-Za-z]*\d+号?线\))"
PROJECT_SUFFIX = re.compile(
    r"(?<!提)(?:" + lexicons.alternatives("project_suffix") + r"|(?<![中超])高速(?!增长|发展|度|化|动车|列车)|(?<=[河江湖渠沟])治理"
    # a plant written by its kind without 站 (宁德核电, 安仁抽水蓄能); it must end a word (not 核电钢)
    r"|(?:核电|抽水蓄能)(?![站厂电])"
    # an interchange named by its place, written with its building (甲乙南互通开工建设, 丙丁互通完工); not 互联互通,
    # 互认互通, 数据互通 (things shared, never built)
    r"|(?<![联认])互通(?=开工|完工|建成|通车|立交|工程|项目)"
    r")" + AFTER_KIND + "?(?!" + FIRM_AFTER + ")"  # 市政工程有限公司: a firm's name
    r"(?!(?<=工程)师)"  # 工程师: an engineer, no work
    r"(?!(?<=[东西南北]院)区)"  # 江北院区: the campus's 院区, not a side campus (北院) cut inside it
    r"(?!集群)"  # 张家口数据中心集群: a cluster of many works, a designation (guideline 2: a Program)
    r"(?![\u4e00-\u9fff]{0,2}圈)"  # 1小时高铁圈, 半小时交通圈: how far a line takes people in a time, a layout, no work
    r"(?!(?<=中心)枢纽)"  # 东北亚地区合作中心枢纽: a centre and hub a place sets out to be, its role, no work
    r"(?!城市)"  # 公园城市, 物流枢纽城市: a kind of city a place sets out to be, its role, no work
    r"(?!(?<=大道)路)")  # 重特大道路交通事故: 大 and 道路, no avenue
# Words that say what kind of project, not which: a head made only of them names none (重点技改项目, 城区排涝治理项目).
GENERIC_WORDS = tuple(sorted({*lexicons.terms("project_generic_words"), *lexicons.terms("program_works_judgements")},
                            key=lambda w: (-len(w), w)))  # and works judged (“钓鱼”项目, 形象工程): a kind, no work
# with industry words too, for a name made by its kind alone (智能制造产业基地): items of a list of projects are names
_CLASSIFYING = tuple(sorted(set(GENERIC_WORDS) | set(INDUSTRY_WORDS), key=lambda w: (-len(w), w)))  # not hash order
# an item's characters; a dash between two of them joins the names of one work (飞天山-高椅岭, 赤峰道—中心花园)
_ITEM = r"(?:(?!等)[\u4e00-\u9fff\w·]|(?<=[\u4e00-\u9fff])[-—](?=[\u4e00-\u9fff])){2,20}"
LIST_KINDS = tuple(lexicons.terms("project_list_kinds"))  # 煤矿, 通道: kinds only a list's items are named with
QUARTER_KINDS = tuple(lexicons.terms("project_quarter_list_kinds"))  # 片区, 社区: a list's quarters, with words of a kind
# before them, before a clause's end or the work done on them (等特色宜居片区。, 2个完整社区改造完成)
_QUARTER_KIND = "(?:" + lexicons.alternatives("project_quarter_list_kinds") + r")(?=[，,。；;、]|$|改造|建设|更新|提升)"
# a count may be rounded (等3500多个, 等1.1万个, 等30余项): it closes the list as an exact count does
_ROUGH_COUNT = r"[\d\s]+(?:\.\d+)?万?[多余]?[个条项]"
LIST_OF_PROJECTS = re.compile(rf"((?:{_ITEM}、){{0,12}}{_ITEM})等(?:{_ROUGH_COUNT}|一批|多个)?"
                              # 资金项目: projects paid for so, whose items are projects (not 等资金的项目: funds)
                              r"(?:(?!(?!资金项目)(?:" + lexicons.alternatives("project_list_other_kinds") + r"))"
                              r"[\u4e00-\u9fff\dA-Z]){0,10}?("
                              + lexicons.alternatives("project_suffix") + "|高速(?!增长)|道路|"
                              + lexicons.alternatives("project_list_kinds") + "|" + _QUARTER_KIND + ")")  # 甲、乙等煤矿: list kinds
# A list closed by its count, without 等 (甲路、乙桥、丙厂三个项目; 甲、乙两大工程): its items share the head as with 等
# (N大工程 names a programme and its parts: the programmes' family reads it; N大项目 lists works)
# The count says only how many and of what rank (三个重点项目); words of a kind there (60项基础研究重点项目) make the
# items kinds too
# A work's kind other than 项目 and 工程 closes such a list too, with the words of the kind before it (甲、乙和丙三座
# 水库, 甲、乙3个省实验室, 甲、乙四大商圈): each item is a work of that kind, named with it
_WORK_KINDS = "|".join(re.escape(t) for t in lexicons.longest_first("project_suffix")
                       if not t.endswith(("项目", "工程"))) + "|高速|" + _QUARTER_KIND
_WORK_KIND = f"(?:{_WORK_KINDS})"
_COUNT = r"(?<![\d一二两三四五六七八九十百.])[\d一二两三四五六七八九十百]+"
_LIST_COUNT = _COUNT + r"(?:(?:个|项|座|条|所|处)(?:重点|重大)?(?:项目|工程)|大项目|(?:个|座|条|所|处|家|大)[\u4e00-\u9fff]{0,6}?" \
    + _WORK_KIND + ")"
COUNTED_LIST = re.compile(rf"((?:{_ITEM}、){{1,12}}{_ITEM})(?={_LIST_COUNT}){_COUNT}(?:个|项|座|条|所|处|家|大)"
                          rf"(?:(?:重点|重大)?(?=项目|工程)|[\u4e00-\u9fff]{{0,6}}?(?={_WORK_KIND}))(项目|工程|{_WORK_KINDS})")
COUNT_OPENS = re.compile(_COUNT + "(?:个|项|座|条|所|处|家|大)")  # where the kind of a counted list begins
_COUNT_CLOSE = re.compile(r"、[^、，。；]{2,20}?" + _LIST_COUNT)
_CLOSE = re.compile(r"等?(?:" + _ROUGH_COUNT + r"|[\d一二两三四五六七八九十百]+(?:个|项|座|条|所|处)|一批|多个)?")  # what closes a list


_LEADING = frozenset(LEADING_VERBS)
# A technical renovation (…技改, …技术改造) ends an item of a list as a work's kind does (甲乙、丙丁技改). A firm's short
# name, a brand and a trade word (甲乙制药), is the firm acting before 建成投产 (completed_works) but, as an item of a
# list of projects (甲乙制药、丙丁线业等技改项目), the project named by the item (tests/gold README, fourteenth pass 6)
RENOVATION = re.compile("技改|技术改造")
FIRM_SHORT = 4  # the length of a firm's short name (甲乙, 吕梁杭氧): an item so short, before a renovation, is a firm
RENOVATING_FIRM = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:" + lexicons.alternation("enterprise_suffix_weak") + "|"
                             + lexicons.alternation("enterprise_suffix_strong") + ")")


def listed(count: str) -> int:
    """How many works a list's count says (三座, 3个, 四大, 两个), 0 where it cannot be read."""
    digits = count.rstrip("个项座条所处家大").replace("两", "二")
    try:
        return metadata.cn_number(digits)
    except ValueError:
        return 0


def project_lists(text: str) -> list[re.Match]:
    """Lists of projects: closed by 等 (and a count) or by a count alone, the items before, the kind's suffix after."""
    found = list(LIST_OF_PROJECTS.finditer(text)) if "等" in text else []  # the scans are costly: only where a list can be
    return found + [m for m in COUNTED_LIST.finditer(text) if not any(f.start() <= m.start() < f.end() for f in found)] \
        if _COUNT_CLOSE.search(text) else found
# A research institution is named by its field (材料实验室, 国家机器人创新中心): only words of level and scope make
# its head a kind (全国重点实验室, 一批省实验室), not the words of an industry
RESEARCH = ("实验室", "研究院", "创新中心")
# so is a research facility (材料综合研究设施, 甲乙重大科技基础设施): its field names it, not a kind
FACILITIES_OF_RESEARCH = ("大科学装置", "重大科技基础设施", "实验设施", "试验设施", "研究设施", "试验场")
# Words that, right before 项目, rank or classify projects (社会资本投入重点项目, 战略性新兴产业项目): a class
RANKS = tuple(lexicons.terms("project_rank_words"))
RANKS_PROPER = tuple(r for r in RANKS if r not in INDUSTRY_WORDS)  # not 产业: a sector's projects may be named


CATEGORY_RANKS = lexicons.words("category_ranks")


def ranked_place(head: str) -> bool:
    """Whether a head is a place's name and a rank or level alone (任丘市|重点, 河间市|省级以上: category_ranks): the
    place's works or zones of that rank, a category (read by the zones too)."""
    gaz = gazetteer.load()
    return any(a == 0 and e >= 2 and head[e:] in CATEGORY_RANKS
               for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(head, 0, min(len(head), 8)))


def ranked_within(head: str) -> bool:
    """Whether a head before 项目 ranks projects after words that name none (专家参加重大建设项目, 企业牵头重大科技
    项目, 计划外追加大中型建设项目): a rank with only words of a kind after it makes the head a class, whatever is
    written before the rank."""
    return any((at := head.rfind(r)) > 0 and is_generic(head[at + len(r):], _CLASSIFYING) for r in RANKS_PROPER)


# A national key laboratory's kind written after its field (甲乙材料全国重点实验室): 全国 ends a name read leftwards, but
# here it opens the kind, and the field before it names the lab
KEY_LAB_SCOPE, KEY_LAB_RANK = "全国", "重点"


def key_lab_field(doc: Doc, text: str, start: int, suffix_start: int) -> int:
    """Where a national key laboratory's name begins when its field is written before 全国重点 (甲乙材料全国重点实验室):
    the name read leftwards from 全国, the field two characters at least; start as it is otherwise (全国重点实验室
    alone, or with a level before it, is a kind)."""
    if text[start:suffix_start] != KEY_LAB_RANK or not text.endswith(KEY_LAB_SCOPE, 0, start):
        return start
    before = name_start(doc, start - 2, max_chars=16)
    return before if before is not None and start - 2 - before >= 2 and \
        not is_generic(text[before:start - 2], _CLASSIFYING) else start


def joined_fields(doc: Doc, text: str, start: int, suffix_start: int) -> int:
    """Where a research institution's name begins when 与 joins two fields before its kind (精细化工与催化实验室,
    半导体材料与技术重点实验室): the field before 与 is part of the name, read leftwards from 与 as the name is; a
    clause before 与 (企业与高校共建实验室: 共建 is a verb, no field after 与) leaves start as it is."""
    if start < 1 or text[start - 1] != "与" or suffix_start - start < 2:
        return start
    before = name_start(doc, start - 1, max_chars=12)
    return before if before is not None and start - 1 - before >= 2 else start


JOINS = "和及"
FIELD_JOINS = "及与"  # 甲集团精细化工及原料工程项目: two fields of one firm's work (和 joins two works: 甲厂和乙厂)
COORDINATED = re.compile(rf"([^{JOINS}]{{2,}})[{JOINS}]([^{JOINS}]{{2,}})")  # the last two items of a list joined by 和 or 及
REGION_KINDS = tuple(lexicons.terms("project_region_kinds"))  # 老工业基地: a kind of old industrial region
REACHES = tuple(lexicons.longest_first("project_river_reaches"))  # 甲江上游: a river's reach, a region, no work
DESIGNATIONS = tuple(lexicons.terms("project_designation_words"))  # 国家双创示范基地: a designation, a Program
PROTECTED_PARKS = tuple(lexicons.terms("project_protected_parks"))  # 世界地质公园: a landscape designated, no park built
HUB_ROLES = re.compile(lexicons.alternatives("project_hub_roles"))  # 东南区域物流枢纽: a role a place plays
ROLE_AFTER = lexicons.longest_first("project_role_after")  # 甲市中欧班列节点城市: the city's role on the line
# A part or an annex of a work written right after its name, with its number, place or level before it (甲乙机场航站楼,
# 甲乙核电6号机组, 丙丁博物馆戊己分馆, 实验小学地下停车场): the part is the work built, its name the fullest form;
# units without their number (甲乙电站机组全部投产) are the plant's
PART = re.compile(r"(?!机组)(?:\d{1,2}号|地下|[\u4e00-\u9fff]{2,4}?(?=分馆))?(?:" + lexicons.alternation("project_parts") + ")")
ANNEX = re.compile("[及和]其?(?:" + lexicons.alternation("project_annexes") + ")")  # 甲乙大桥及连接线: one work
MODIFIED_AFTER = lexicons.longest_first("project_modified_after")  # 甲乙项目资金: 项目 a modifier, no work named
RACE_AFTER = lexicons.longest_first("project_race_after")  # 环甲乙公路自行车赛: a race's course, no road built
ROLE_KINDS = lexicons.terms("project_role_kinds")  # …枢纽, …科技创新中心: a place's role ends so (HUB_ROLES)
ITEM_ACTS = tuple(lexicons.terms("project_item_acts"))  # 政府投资项目, 科技攻关项目: projects by how they are handled
SERVICE_ACTS = tuple(lexicons.terms("project_service_acts"))  # 消费补贴项目, 人才培养项目: a service to people, no work
BUILD_VERBS = ("建设", "打造")  # inside a head they end a clause: the name begins after them
INFRASTRUCTURE = re.compile("[" + "".join(lexicons.terms("project_infrastructure")) + "]")
# a water transfer named by its rivers (引江济淮, 引汉济渭, 引黄入冀): a work built, whatever rivers it joins
# (not people or capital drawn in: 引客入赣, 引才入X are campaigns)
WATER_ROUTE = re.compile(r"引(?![客才智资商企])[\u4e00-\u9fff]{1,2}[济入补润][\u4e00-\u9fff]")
DRAWN_RIVER = re.compile("引(?:" + lexicons.alternation("project_drawn_rivers") + ")$")  # 引黄|工程: the river drawn from
# what is done to a work written right before 工程 and ending a name read leftwards (改造): part of the work's name
WORKS_DONE = ("改造",)
# An activity on a bare kind (生活垃圾终端处理, 高速公路提质扩容, 水库除险加固): what is done to a sort of work
# an extension of a road (东延, 北延伸) is what is done to it as well (道路东延: an activity on a sort of road)
EXTENSIONS = lexicons.longest_first("project_road_extensions")
# what is done to a line or a built work as a whole (扩容, 改扩建): written after an item, it follows the list's kind
WORKS_ON_LINES = ("改扩建", "扩容", "扩建", "改造", "拓宽", *EXTENSIONS)
ACTIVITIES = tuple(sorted(set(lexicons.terms("project_activities")) | set(EXTENSIONS), key=lambda w: (-len(w), w)))
_ACTING = tuple(sorted(set(_CLASSIFYING) | set(ACTIVITIES), key=lambda w: (-len(w), w)))  # kinds and activities
# 工程 or 项目 inside a longer name ends an earlier work's name unless a word goes on with it (工程技术研究中心)
EARLIER_WORK = re.compile(r"(?:工程|项目)(?!" + lexicons.alternatives("project_kind_continued") + ")")
SCHEME = re.compile(lexicons.alternatives("project_scheme_words"))  # 网络视听提质创优工程: a scheme, no construction
# A service brought to every unit of a level (油路到县, 送电到乡, 电视进村入户, 村村通, 20户以上村通电视): a scheme of
# coverage over many places, a programme, no one work
COVERAGE = re.compile(r"(?<![推促引先改增前跟演迈深介输加收纳投达得做直遇])(?:到|进|入)(?:县|乡|镇|村|户)(?![\u4e00-\u9fff]*[路桥站厂港馆])|(?:村村|户户|村)通")
# Lines and services whose name goes on with the section or branch written after it: 渝昆高铁(渝宜段),
# 郑万高铁襄阳以南段, 中欧班列(成渝), 长城国家文化公园(辽宁段)
LINES = lexicons.words("project_line_suffix")
SECTION = re.compile(r"\((?![^()]*(?:工程|项目))[^()，,。；;、:：]{1,10}\)|[\u4e00-\u9fff]{2,3}(?:至[\u4e00-\u9fff]{2,3}|以?[东南西北])?段")
# A coordination of rivers or lakes that a list of works names (A河、B湖等重点流域, C沟等河流): each is a project
_WATER_BODIES = "河湖江渠沟淀泊库"
_WATER = rf"[\u4e00-\u9fff]{{1,6}}?[{_WATER_BODIES}]"
# a bay (甲乙湾, 丙丁澳) listed before the bays' cleanup (等重点海湾综合整治) is a work on the sea, as a river is
_BAY = r"[\u4e00-\u9fff]{1,6}?[湾澳]"
_WATER_CHARS = f"[{_WATER_BODIES}灌]"  # a water body or an irrigated area (甲乙灌区) named in an item
# a water body reported on or kept as a source (甲乙水库水质, 丙丁湖、戊己水库等饮用水源): protected, no work, unless
# works are written after (甲水库水源地保护工程)
PROTECTED_WATER = re.compile(r"(?:、(?:(?!等)[\u4e00-\u9fff]){2,10}?)*等?(?:" + lexicons.alternation("project_protected_waters")
                             + r")(?![\u4e00-\u9fff]{0,4}(?:工程|项目))")
SITES = ("灌区",)  # works that are also existing sites: one listed before an honour it won (HONOURED) is praised
# or that the work done on them follows (A江、B河等保护治理, C河、D河等跨界河流综合治理): the rivers are the works
WATER_LIST = re.compile(rf"((?:(?:{_WATER}|{_BAY})、)*(?:{_WATER}|{_BAY}))等(?:[\d一二三四五六七八九十]+[个条座处])?"
                        r"(?:(?:重点|主要)?(?:流域|河流|河道|湖泊|湖库|河湖|水系|水库|湿地|海湾)|[\u4e00-\u9fff]{0,6}?(?:治理|整治))")
OPENERS = tuple(w for w in (*LEADING_VERBS, *NAME_STOP) if len(w) > 1)  # a verb after a line opens a clause
LACKING = ("不通", "未通")  # 甲县结束不通高铁历史: the kind after them is what a place lacks
ESTATE_WORDS = tuple(lexicons.terms("project_estate_words"))  # 甲乙花园、丙丁小区等安置小区: estates named as written
SECTOR_END = ("经济",)  # 夜经济, 地摊经济: an item that ends so names a sector, not a project
PRODUCING = tuple(lexicons.terms("project_production_acts"))  # 深加工, 育种: an item ending so may name a line of business
_PRODUCING = tuple(sorted(set(_CLASSIFYING) | set(PRODUCING), key=lambda w: (-len(w), w)))  # kinds and acts of production
# Size and rank before a list's kind (等14座大中型水电站, 等一批重点商圈): no part of the items' names
SCALE = re.compile(r"^(?:[\d一二两三四五六七八九十百千万亿]+[座个条项所家处级]|百亿级|千亿级|大中型|大型|中型|小型|重点|重大|一批|各类|多个)+")
# A level or state of the works a list's kind opens with (等12个乡镇卫生院, 等县级医院): it classifies the items, each
# named without it (甲、乙等12个乡镇卫生院: 甲卫生院)
KIND_LEVEL = re.compile(lexicons.alternation("project_list_kind_levels"))
REGION = "地区"  # 甲省等东部地区煤矿: the list's items are places of a region, no works named
DESIGNATED = re.compile(r"国家|全国|省级")  # 等国家骨干冷链物流基地: a list of places holding a designation (Programs)
WORKS_AFTER = re.compile(r"(?:新改扩建|改扩建|新建|扩建|改建|提标改造|提升改造|改造)?(?:工程|项目)")
NO_ELISION = ("项目", "工程", "景区", "旅游区", "度假区", "道路")  # a list's kind that its items do not take into
# their names (友谊路、复兴大道等58条道路: roads named whole)
# A school's suffix is a word of its own (东风西路|小学); inside a word it is none (提高|中, 中小学); so are a square's
# (甲乙|广场; not 推|广场|景, 广场舞) and a tourist belt's (文化|旅游|带; not 旅游|带动)
SCHOOLS = ("小学", "初中", "高中", "中学")
WORD_SUFFIXES = (*SCHOOLS, "广场", "旅游带", "陆港", "营地", "体育场")  # and a dry port's (国际|陆港; not 登陆|港交所), a
# camp's (营火|营地; not 运营|地铁)
# Words after a school's suffix that make it a stage of schooling (高中阶段教育, 高中毕业生, 普及小学教育): no school
SCHOOL_STAGE_AFTER = tuple(lexicons.terms("project_school_stage_after"))
SCHOOL_TRACKS = tuple(lexicons.terms("project_school_tracks"))  # 普通高中, 职业高中: a kind of school
# A numbered phase ends the name of the work it is a phase of (远景动力电池二期, 长江存储三期): a stage of one work
# a phase, also written in brackets after the work's name (甲乙水厂(一期)): one work
PHASE = re.compile(rf"\({PHASE_NO}\)|"
                   rf"(?<![第同上下本每近前后首末一二三四五六七八九十]){PHASE_NO}(?:工程|项目)?(?![间待望限末初中内货刊满叠])")
# A line of a metro or railway written by its code (地铁2号线, 7号线一期北段, Z4线一期北段, 11号线延伸线): a line
LINE_CODE = re.compile(r"(地铁|轨道交通)?(?:城际轨道|轻轨)?(?:[A-Z]{1,2}\d{1,3}号?|\d{1,2}号)线"
                       r"(?:[一二三四五]期)?(?:及?延伸线|[东西南北]延(?:伸)?(?:线|段)?)?(?:[东西南北]段)?")
ROUTE_SECTION = re.compile(r"[\u4e00-\u9fff]{2,3}至[\u4e00-\u9fff]{2,3}段")  # the section of a line between two places
# A port named by the place it serves (天津港, 宁波舟山港): 港 right after a place's name, ending the word
NATIONAL_WORKS = re.compile(lexicons.alternation("project_national_works") + "(?:工程)?")  # 西气东输(工程): a coined name
PORT_NOT_BEFORE = "区口澳务股集城湾航产站"
# A craft of a national series named by its number and 号, or by its kind (神舟八号飞船, 蛟龙号, 天和核心舱): one craft
# built and launched; the series name alone (嫦娥奔月) none
CRAFT = re.compile(lexicons.alternation("project_craft_series") + r"(?:[一二三四五六七八九十\d]*号"
                   + lexicons.alternation("project_craft_kinds") + "?|" + lexicons.alternation("project_craft_kinds") + ")")


# A size opening a head (30万吨级, 百万千瓦级, 2×660兆瓦): it says how big, not which work
SIZE = re.compile(r"^(?:[\d.×xX]+|[一二两三四五六七八九十百千]+)万?(?:吨级|万吨|千瓦|兆瓦|千伏|英寸|" + LATIN_UNITS + ")级?")


def sized_kind(name: str) -> bool:
    """Whether a name is a size and a short word of a kind only (千万吨级炼油厂, 百万吨级乙烯项目, 百万千瓦级水电站): a kind
    of work of that size, of which there are many; an owner or a place before the size names one (甲乙百万吨级乙烯)."""
    size = SIZE.match(name)
    rest = name[size.end():] if size else ""
    return bool(size) and len(re.sub("(?:项目|工程)$", "", rest)) <= 3 and not re.search(r"[\d\W]", rest)


def is_generic(head: str, words: tuple[str, ...] = GENERIC_WORDS) -> bool:
    """Whether nothing of a name's head is left once its size and the words that only classify projects are taken
    away (百万千瓦级风电基地, 10万吨级码头: a kind of a size, no work named)."""
    return only_words(SIZE.sub("", head), words)


ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")  # 第二, 第12: a count, where a name read leftwards stops
ORDINAL_KINDS = lexicons.longest_first("project_ordinal_kinds")  # 中学, 人民医院, 水厂: kinds a place numbers


def past_ordinal(doc: Doc, text: str, start: int | None, suffix_start: int | None = None) -> int | None:
    """Where a name begins that a read leftwards cut at an ordinal (第二|中学新校区, 第一|水厂扩建工程): before a kind
    of school, hospital or plant a place numbers the ordinal is part of the name, which goes on leftwards from it
    (甲县第二中学, 县第三中学; after a verb it opens the name: 建设|第二污水处理厂); where the ordinal stands right
    before the suffix (甲县第二|小学: no name read at all) it is read from the suffix, and the name needs the place
    before the ordinal (第一医院 alone names none); start as it is otherwise."""
    at = suffix_start if start is None else start
    ordinal = ORDINAL.search(text, max(0, at - 4), at) if at else None
    if ordinal is None or not text.startswith(ORDINAL_KINDS, at):
        return start
    before = name_start(doc, ordinal.start(), max_chars=10)
    return (start if start is None else ordinal.start()) if before is None else before


QUOTED_CODE = re.compile(r"[\dA-Za-z+]+")  # 1001, 117: a work's number or code


def coded_work(doc: Doc, text: str, suffix: re.Match) -> int | None:
    """Where the name begins of a work numbered in quotes, the quote ending with 工程 or 项目 (电力“1001工程”, “117
    项目”): a number or code alone names a project; before 工程, which a programme ends with as well (“双千工程”), only a
    sector of construction written before the quote (电力, 水利: a character of construction) makes it a work, and opens
    its name. None otherwise."""
    if suffix.group() not in ("工程", "项目"):
        return None
    quote = next((a for a, b in quoted(doc)
                  if b == suffix.end() and QUOTED_CODE.fullmatch(text, a, suffix.start())), None)
    if quote is None:
        return None
    owner = name_start(doc, quote, max_chars=4)
    if owner is not None and INFRASTRUCTURE.search(text, owner, quote):
        return owner
    return quote if suffix.group() == "项目" else None


def place_opens(head: str, start: int, places: list[Match]) -> bool:
    """Whether a place's name opens a head (赵县|抽水蓄能电站, 沛县|人民公园): before a work's own
    kind (电站, 公园, 陆港) the place says which work, though its level character (县, 区) is also a word of a kind
    (县医院) that only_words would take away; before a bare 项目 or 工程 (赵县工业项目) it says only where."""
    return any(p.start == start and p.end - start <= len(head) for p in places)


def activity(name: str) -> bool:
    """Whether a name says what is done to a sort of work, not which work (生活垃圾终端处理, 高速公路提质扩容, 水库除险
    加固): it ends with an activity and, besides activities, holds only words that classify works; a named object
    (白沟河治理, 潘庄灌区现代化改造) makes it a work."""
    return name.endswith(ACTIVITIES) and is_generic(name, _ACTING)


def work_joined(text: str, start: int, end: int) -> int:
    """Where the second of two works joined by 和 or 及 begins inside a name read leftwards to end (甲县全民健身中心和|
    县图书馆新馆, 甲乙医院及|丙丁学校): the words before the conjunction end with a work's own kind (a project's suffix
    or a public facility), two characters at least before it and after it; start if none."""
    for at in range(end - 3, start + 1, -1):
        if text[at] in JOINS and any(k.end() == at and k.start() - start >= 2 for k in
                                     (*PROJECT_SUFFIX.finditer(text, start, at), *FACILITY.finditer(text, start, at))):
            return at + 1
    return start


def after_earlier_work(text: str, start: int, end: int) -> int:
    """Where a name read leftwards to end begins once an earlier work written inside the span is left out: the name
    begins after that work's kind (重点工程甲乙铁路, 一体化工程——甲乙直流工程: 'X工程Y' is not one name), two
    characters at least being left."""
    cut = max((k.end() for k in EARLIER_WORK.finditer(text, start, end) if end - k.end() >= 2), default=start)
    while cut < end - 2 and text[cut] in "—―-·":
        cut += 1
    return cut


def find_projects(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    spans: list[tuple[int, int, str]] = []
    regional: set[int] = set()  # where a research institution named by a cited region begins
    places = [p for p in matches(doc) if p.label == "Place"]
    tokens = token_bounds(doc)
    for m in project_lists(text):
        if m.re is LIST_OF_PROJECTS and m.end(1) not in token_starts(doc):
            continue  # 扩大到中等职业学校: the 等 of a word (中等, 高等, 平等) closes no list
        closing = (COUNT_OPENS if m.re is COUNTED_LIST else _CLOSE).match(text, m.end(1)).end()  # 等, 等8条, 三个,
        # 四大: the kind is written after them
        kind = text[closing:m.start(2)]
        if BANNED.search(text, clause_start(text, m.start(1)), m.end(1)):  # the list's first item may hold the verb
            continue  # 禁止别墅类房地产开发、高尔夫球场等项目用地: the kinds banned, no works named
        if FIRMS_KIND.search(kind):
            continue  # 甲建材、乙汽车等企业项目, 等央企投资项目: the items are firms, whose projects the list leaves unnamed
        if any(len(w) > 1 and w in kind for w in INDUSTRY_WORDS) and only_words(kind, INDUSTRY_WORDS, min_rest=1) \
                and 2 * sum(map(built, m.group(1).split("、"))) <= m.group(1).count("、") + 1 and \
                not (m.group(2) == "项目" and re.search(r"[\d一二两三四五六七八九十百]", text[m.end(1):closing])) and \
                not (m.group(2) not in NO_ELISION[:2] and placed(m.start(1), m.group(1).split("、"), places)):
            continue  # 铝镁、黄金等有色金属项目: the list names products of a sector (a level alone, 3个省实验室, none),
            # unless a work's own kind closes it and each item opens with a place (甲市、乙市4大机器人产业基地, 丙县
            # 医疗器械、丁县应急装备等特色产业基地: each place's base), or most items are built things (甲乙楼、丙丁桥等
            # 一批文旅项目: the sector's works) or the count counts them as projects (甲食品、乙塑编等9个工业项目)
        if m.group(2) in QUARTER_KINDS and not SCALE.sub("", kind).strip("大"):
            continue  # 甲、乙等重点片区: areas of a rank, no works named
        if m.group(2) == "基地" and kind.endswith(REGION_KINDS):
            continue  # 东北等老工业基地: regions of a kind, no base being built
        if m.group(2) in LIST_KINDS and (text.startswith("区", m.end(2)) or SCALE.sub("", kind).strip("大") and
                                         not any(w in kind for w in CONVEYANCE)):
            continue  # 甲、乙等地的煤矿区: regions; 甲、乙等“握手”通道: a channel of another sort; 等煤矿, 等11处煤矿,
            # 等通道, 等过江通道: the kind alone, with a size or count, or with what a passage carries or crosses
        umbrella = UMBRELLA.match(kind) and m.group(2) == "工程"  # 等十大工程: a programme, its parts projects
        # only when they are built things; 等四大重点城建项目 lists projects
        pos, trimmed = m.start(1), False
        items = [part for item in m.group(1).split("、")[:-1] for part in joined(item)] + m.group(1).split("、")[-1:]
        if len(items) > 1 and (pair := COORDINATED.fullmatch(items[-1])) and \
                (kind_ends(pair.group(1).removesuffix("以")) or not any(map(kind_ends, items[:-1])) or
                 is_generic(pair.group(2), _ACTING)):
            items[-1:] = pair.groups()  # A、B和C等: the last two joined by 和, each an item, where the first can stand
            # as the list's items do (a work, or a bare name as bare as theirs: 甲、乙和丙等水库) or the second names
            # only a sort of work or an activity (甲湖治理和植树造林); not 甲中心、乙药品和器械审评中心 (one centre); the 以
            # of 以及 is no part of the first (below)
        if m.group(2) not in NO_ELISION:  # 济南至宁津等8条高速公路, 龙咀河、杨家新沟等滨水绿廊: the list names the
            # kind, less its size and rank (not the 重点 of 重点实验室, a kind of lab), and
            lab = "重点" if m.group(2) in RESEARCH and kind.endswith("重点") else ""
            kind = SCALE.sub("", kind[kind.rfind("的") + 1:])
            kind = kind[len(level.group()):] if (level := KIND_LEVEL.match(kind)) else kind  # 等12个乡镇卫生院:
            kind += lab + m.group(2)  # the items' level, not their names' (甲卫生院)
            if DESIGNATED.search(kind) or re.search(r"\d", kind) or any(v in kind for v in OPENERS) or REGION in kind:
                continue  # 等国家骨干冷链物流基地: designations; 等市开通5条冀欧国际班列: a clause, no kind; 甲省等
                # 东部地区煤矿: the places are regions, the works those of a region
            kind += works.group() if (works := WORKS_AFTER.match(text, m.end(2))) else ""  # 等铁路项目, 等污水厂
            # 新改扩建工程: all of it, the work done on the kind too
            powered = owned = ""
        else:
            # 等特高压工程: the words of a kind before 工程 (not rank or size) are the items' kind too; 等重大工程,
            # 等184个项目: none (石炼化绿色转型 is a name)
            words = re.sub(r"^(?:国家|省|市|县|区)级", "", SCALE.sub("", kind[kind.rfind("的") + 1:]))
            powered = words + "工程" if m.group(2) == "工程" and POWER_KIND.fullmatch(words) else ""
            # 甲集团、乙公司等风电标志性项目: the kind words less a rank are the kind of items that are firms (below)
            product = words[:-len(r)] if (r := next((r for r in RANKS if words.endswith(r)), "")) else words
            owned = product + m.group(2) if m.group(2) == "项目" and product and \
                not is_generic(product, _CLASSIFYING + RANKS) and not re.search(r"[\d\W]", product) and \
                not any(v in product for v in OPENERS) else ""
            # 等6个抽水蓄能项目, 等供水工程: a built kind (水, 电 …) before 项目 or 工程 is the kind of items that are
            # places (below)
            kind = words + m.group(2) if words and (m.group(2) == "工程" and not is_generic(words, _CLASSIFYING + RANKS)
                                                    or built(words)) \
                and not DESIGNATED.match(words) and not re.search(r"[\d\W]", words) and \
                not any(v in words for v in OPENERS) else ""
        # an item shares the kind of the next item that writes one (北沿江、通苏嘉甬、盐泰锡常宜高铁: 北沿江高铁; 娄里、
        # 青山水库等重大水利工程: 娄里水库), less a phase, which is one work's (小洋山北作业区、浦东国际机场四期: no
        # 机场四期 of the first), else the list's kind (临武、德郓高速公路; 济南至宁津等8条高速公路)
        ends = [k.group() if (k := PROJECT_SUFFIX.search(item)) and k.end() == len(item) and k.group() not in SITES
                else r.group() if (r := RENOVATION.search(item)) and r.end() == len(item)
                else "" for item in items]  # 甲灌区: an area too, whose kind no item shares (甲平原、乙灌区等…基地);
        # 甲乙、丙丁技改: the firms before a renovation each renovate (甲乙技改), as items share a work's kind; a longer
        # item names its own product or work (甲乙8英寸半导体、丙丁技改: no 甲乙8英寸半导体技改)
        kinds = [next((TAIL.sub("", k) for k in ends[i:] if k and TAIL.sub("", k) not in NO_ELISION[:2]), kind)
                 for i in range(len(items))]  # a bare 工程 or 项目 says no kind (超级计算、探月工程等: no 超级计算工程)
        if m.re is COUNTED_LIST and m.group(2) not in NO_ELISION[:2] and (n := listed(text[m.end(1):closing])) != len(items):
            # the count is the items': a list begun by a verb inside an earlier item begins there (省市共建、一室一策
            # 支持甲、乙、丙3个省实验室: 甲 opens it); else the list is not the count's (甲城、乙城和丙产业两个基地)
            first = pos + sum(len(item) + 1 for item in items[:-n]) if 0 < n < len(items) else -1
            if first < 0 or text[first - 1] not in JOINS and (name_start(doc, first + len(items[-n])) or first) <= first:
                continue  # (甲高铁和乙、丙、丁3条高速: the counted items begin after the work 和 joins before them)
            items, pos, kinds, trimmed = items[-n:], first, kinds[-n:], True
        if sorts(text, pos, items, text[closing:m.end(2)], places):
            continue  # 道路改造、园林绿化、供气供热等项目: a list of kinds of work or of sectors names no work
        for i, item in enumerate(items):
            item_start, item_end = pos, pos + len(item)
            pos = item_end + 1
            item_end -= text.startswith("以及", item_end - 1)  # A以及B: 以及 joins the last two items, no part of A
            opened = i == 0 and not (trimmed and text[item_start - 1:item_start] in JOINS)  # 甲高铁和|乙、丙3条高速
            s = lead_off(text, (past_ordinal(doc, text, name_start(doc, item_end)) if opened else None)
                         or strip_lead(text, item_start, item_end), item_end)  # 第一|人民医院甲分院、…等项目
            if m.re is COUNTED_LIST and any(s <= a and b <= item_end and text[a:b] in _LEADING for a, b in tokens):
                continue  # 新建和加密建设、改造提升24个高速: what is done to works of a kind, no name
            if text[s:item_end] in NAME_STOP:
                continue  # 办好两件大事、抓好|六个工程: a verb, the clause of the count's own, no work
            if text.endswith(REACHES, s, item_end):
                continue  # 甲江上游、乙河上中游等防护林工程: the reaches of rivers where a work is done, regions
            if m.group(2) == "枢纽" and HUB_ROLES.search(text, s, item_end):
                continue  # 互联互通、人文交流两个枢纽: roles a place plays, no hub built
            if umbrella and not built(text[s:item_end]) and not any(p.start == s for p in places):
                continue  # 产业能级跃升、科创能力攀登等十大工程: the parts of a programme (Programs, guideline 2)
            if WATER_ROUTE.fullmatch(text, s, item_end) and kinds[i] != kind:
                spans.append((s, item_end, ""))  # 甲灌区、引乙济丙、丁灌区: a water transfer named by its rivers is
                continue  # a whole name; it takes no kind from the items after it (no 引乙济丙灌区)
            if (coined := NATIONAL_WORKS.search(text, s, item_end)) and coined.end() == item_end:
                spans.append((coined.start(), item_end, ""))  # 集中力量建设西气东输、…青藏铁路: a coined national
                continue  # work is named whole; it takes no kind from the list (no 西气东输铁路)
            if m.group(2) == "工程" and not kind and item_end - s >= 4 and not built(text[s:item_end]) and \
                    not re.search(_WATER_CHARS, text[s:item_end]) and not WATER_ROUTE.search(text, s, item_end) and \
                    not OWN_KIND.search(text[s:item_end]) and not any(p.start == s for p in places) and \
                    not any(s <= b and a <= item_end for a, b in quoted(doc)):
                continue  # 甲乙减灾、丙丁传承等重点工程: where 工程 says no kind of work, an item naming nothing built
                # (no work's kind of its own, no character of construction, no water) is a part of a programme
                # (guideline 2), no work; a short coined or a quoted name (冰玉环, “甲乙”) may be a work's own
            place = place_named(text[s:item_end], s, places)  # 勉县: a place, though 县 is a word of a kind
            if item_end - s >= 2 and (place or not is_generic(text[s:item_end]) or own_facility(text[s:item_end])) \
                    and not PROJECT_SUFFIX.fullmatch(item) \
                    and not sector(text[s:item_end]) and not PHASE.fullmatch(item) \
                    and not text[s:item_end].endswith(ITEM_ACTS + SERVICE_ACTS) and not activity(text[s:item_end]) \
                    and not bare_kind(text[s:item_end]) \
                    and not COVERAGE.search(text[s:item_end]):  # 一期、二期和C
                # 水库: no name; 中亚联合考古: research; 生活垃圾终端处理: an activity on a sort of work
                name, shared = text[s:item_end], kinds[i]
                shared = "" if RENOVATION.fullmatch(shared) and len(name) > FIRM_SHORT else shared
                if shared == kind and m.group(2) in NO_ELISION[:2] and not ("至" in name or place or m.group(2) == "工程"
                                                                             and any(p.start == s for p in places)):
                    shared = ""  # the kind words of 等特高压工程 name a route or a place (大同至天津南), not a programme;
                    # places listed before 等 share the kind after it (guideline 2: 张村、李庄等煤矿; 山阳、勉县等6个抽水
                    # 蓄能项目: 山阳抽水蓄能项目), other items are names of their own
                if owned and not shared and firm_at(name):
                    shared = owned  # 甲集团、乙电气等船舶修造项目: firms listed before 等 each own a project of the kind
                    # (甲集团船舶修造项目), as places listed there share it; an item naming its product has its name
                if powered and not shared and VOLTAGE.match(name):
                    shared = powered  # 750千伏甲乙、330千伏丙丁等输变电工程: a line named by its voltage and route
                elided = shared and not (PROJECT_SUFFIX.search(name) and not name.endswith(SITES)) and \
                    not name.endswith(shared) and \
                    not name.endswith(ESTATE_WORDS) and \
                    not PHASE.search(name) and \
                    not (m.group(2) in LINES and name[-1] in "线路") and \
                    not ((m.group(2) in NO_ELISION or shared != kind) and OWN_KIND.search(name) and not place)  # 京石客运
                # 专线 is a line of its own; 奥体中心、体育训练基地等项目, 梅山灌区、金塘冲水库: a kind of its own, none
                # shared; a place (朝阳区) takes the kind
                if place and not elided:
                    continue  # 甲县、乙县等重点项目: where projects are, no work named
                act = next((a for a in WORKS_ON_LINES if name.endswith(a) and len(name) - len(a) >= 2), "") \
                    if elided else ""
                spans.append((s, item_end, name[:len(name) - len(act)] + shared + act if elided else ""))  # 甲乙扩容、
                # 丙丁等高速公路: what is done to the work follows its kind (甲乙高速公路扩容), as written without a list
    for m in WATER_LIST.finditer(text):
        spans.extend((s, e, "") for s, e in listed_items(doc, text, m.start(1), m.group(1)) if e - s >= 2)
    spans.extend((m.start(), m.end(), "") for m in (*NATIONAL_WORKS.finditer(text), *CRAFT.finditer(text)))
    showcases = rural_showcases(doc, text, places) + computing_networks(doc, text)  # 甲乙村乡村振兴示范区, 甲乙一体化
    # 算力网: a strategy inside the kind blocks none
    spans.extend(phases(doc, text) + lines(doc, text) + ports(doc, text) + facilities(doc, text) + ordinals(doc, text)
                 + stations(text, places) + corridors(doc, text) + roads(text) + river_sections(doc, text)
                 + colleges(doc, text) + quoted_routes(doc, text) + headquarters(doc, text)
                 + honoured_platforms(doc, text) + transfers(text) + rated_sites(doc, text, places)
                 + quoted_crafts(doc, text) + extensions(doc, text) + quoted_belts(doc, text) + invested(doc, text)
                 + rated_plants(doc, text) + abroad_plants(doc, text) + basins(doc, text)
                 + rings(text) + short_schools(text) + started_plants(text) + opened_roads(doc, text)
                 + completed_works(doc, text, places)
                 + estates(doc, text) + old_sites(doc, text, places) + showcases
                 + renewed_quarters(doc, text, places) + worked_sites(doc, text))
    starts, ends, bounds = token_starts(doc), token_ends(doc), set(token_bounds(doc))
    for m in PROJECT_SUFFIX.finditer(text):
        if m.group().startswith(WORD_SUFFIXES) and (m.start() not in starts or m.end() not in ends):
            continue  # 提高中, 中小学, 小学生, 推广场景: the suffix's characters belong to another word
        if m.group() in SCHOOLS and (text.startswith(SCHOOL_STAGE_AFTER, m.end()) or
                                     text.endswith(SCHOOL_TRACKS, 0, m.start())):
            continue  # 高中阶段教育, 1000多万高中毕业生: a stage of schooling; 振兴县域普通高中: a track, no school
        start = past_ordinal(doc, text, name_start(doc, m.start(), max_chars=18), m.start())
        if start is None and m.group() in ("工程", "项目") and text.endswith(WORKS_DONE, 0, m.start()):
            done = m.start() - next(len(w) for w in WORKS_DONE if text.endswith(w, 0, m.start()))
            start = name_start(doc, done, max_chars=18)  # 天元路快速化改造工程: what is done to the work names it,
            if start is not None and not (INFRASTRUCTURE.search(text, start, done) or RING.search(text, start, done)  # a built thing written before
                                          or worked_on(text[start:m.start()])  # it (路, 桥, 河; 甲乙大道提升改造: a
                                          or (firm := FIRM_OPENS.match(text, start, done)) and firm.end() < done):
                start = None  # named work's kind; 甲乙集团焦化升级改造: a firm's plant); 整体改造项目: how much is
                # rebuilt, no work named
        if start is not None and text.startswith("(", start) and (owner := name_start(doc, start, max_chars=6)):
            start = owner  # 甲乙(丙丁)100MW…项目: the name, cut at its length, goes on to the owner before the brackets
        coded = coded_work(doc, text, m) if start is None else None
        if coded is not None:
            start = coded  # 电力“1001工程”, “117项目”: a work numbered in quotes
        if start is None:
            continue
        if m.group().startswith(RESEARCH):
            start = key_lab_field(doc, text, start, m.start())  # 甲乙材料全国重点实验室: the field before 全国
            start = joined_fields(doc, text, start, m.start())  # 精细化工与催化实验室: two fields, one lab
        start = past_predicate(doc, text, lead_off(text, start, m.start()), m.start())
        if (verb := past_object_verb(text, tokens, start, m.start())) > start:
            if m.start() - verb < 2:
                continue  # 按投资限额划分项目: a verb on projects of any kind, no name
            start = verb  # 停止审批工业建设项目: the name, if any, begins after the verb
        head = text[start:m.start()]
        verb = max(head.rfind(v) + len(v) for v in BUILD_VERBS) if any(v in head[1:-2] for v in BUILD_VERBS) else 0
        if verb and len(head) - verb >= 2:  # 辽阳建设金属材料精深加工基地: a place building something of a kind
            start, head = start + verb, head[verb:]
        start = after_earlier_work(text, start, m.start())  # 重点工程甲乙铁路: the name begins after the earlier work
        if (join := work_joined(text, start, m.start())) > start:
            spans.append((start, join - 1, ""))  # 甲县全民健身中心和县图书馆新馆: two works, each with its own kind
            start = join
        if activity(text[start:m.start()]) and (first := first_conjunct(doc, start, max_chars=16)) is not None and \
                worked_on(text[first:start - 1]):
            start = first  # 甲乙灌区续建配套与节水改造项目: two works on one named work, joined by 与, one name
        if text[start - 1:start] in FIELD_JOINS and (first := first_conjunct(doc, start, max_chars=16)) is not None and \
                (firm := FIRM_OPENS.match(text, first)) and firm.end() < start - 1 and not FIRM_OPENS.match(text, start):
            start = first  # 甲集团精细化工及原料工程项目, 乙所科技成果与知识产权交易中心: a firm's one work of two fields,
            # the name goes on through the conjunction to the firm that opens it
        head = text[start:m.start()]
        main = m.group() == "工程" and head.endswith(MAIN_WORKS) and \
            any(k.end() == len(head) - len(MAIN_WORKS) and not is_generic(head[:k.start()], _CLASSIFYING)
                for k in PROJECT_SUFFIX.finditer(head))  # 和航道主体工程: a bare kind names no work
        words = GENERIC_WORDS if m.group().startswith(RESEARCH + FACILITIES_OF_RESEARCH) else _CLASSIFYING
        if m.group().startswith(RESEARCH) and any(c.label in CITED_PARK and c.start == start and c.end < m.start()
                                                  for c in matches(doc)):
            regional.add(start)  # 甲乙区域国家技术创新中心: a region the vocabulary cites names the centre built for
            # it (guideline 2: a Project); its words are no kind (京津 of 京津冀), the region stays cited too
        if len(head) < 2 or is_generic(head, words) and start not in regional and coded is None and \
                not (place_opens(head, start, places) and m.group() not in ("项目", "工程")) \
                or re.search(r"[、，,]", head) or re.search(r"(?:行动|计划|试点)$", head):
            continue  # …提升行动项目: the projects of a programme
        if activity(head) or PHASE.fullmatch(head):
            continue  # 水库除险加固工程: an activity on a sort of work; 二期和三期工程: a phase of the work named before
        if m.group() in ("工程", "项目") and COVERAGE.search(head):
            continue  # 送电到乡工程, 广播电视村村通工程: a service brought to every place of a level, a programme
        if head.endswith(LACKING):
            continue  # 结束不通高铁的历史: a place without a kind of work, none named
        if m.group().startswith(PLANT_KINDS) and (m.end() not in ends or not (
                any(p.start == start for p in places) or (start, m.start()) in bounds and len(head) >= 3)):
            continue  # 发展核电, 核准在建核电: a clause; 核电钢: another word; a place or one word names the plant
        if m.group() == "口岸" and not any(p.start == start for p in places):
            continue  # 边境口岸, 海关口岸: a kind of port of entry, or a line of work; one is named by its place (甲县口岸,
            # 乙县机场开放口岸)
        if m.group() in NAMED_BY_PLACE and not (any(p.start == start for p in places) or (start, m.start()) in bounds
                                                or QUARTER.fullmatch(head) or NUMBERED.search(head)):
            continue  # 整体提升幼儿园, 规范提升农村供水厂: a description; 西关幼儿园, 城东水厂: a place or one word names
            # it, so do a quarter of the town (城西|水厂) and a number (县城第二自来水厂)
        if m.group() == "基地" and head.endswith(DESIGNATIONS) or text.endswith(ROLE_KINDS, 0, m.end()) and HUB_ROLES.search(head):
            continue  # 两山实践创新基地: a designation; 中部地区综合交通枢纽, 西安区域科技创新中心: a place's role for a
            # region or the world, conferred on it
        if m.group() == "公路" and text.startswith(RACE_AFTER, m.end()):
            continue  # 环甲乙公路自行车赛: the road opens a race's name (an Event), no work
        if text.startswith(ROLE_AFTER, m.end()):
            continue  # 甲市、乙市中欧班列节点城市: the places' role on the line (a designation), no line named by them
        if m.group() in SITES and HONOURED.match(text, m.end()):
            continue  # 甲县、乙县丙灌区入选…试点: an existing district listed before an honour or a pilot it won
        if m.group() == "实验室" and head.endswith("省") and gazetteer.load().lookup(head):
            continue  # 河北省实验室: the province's labs, a designation, not one lab (长白山省实验室 is one)
        if m.group().startswith("工程") and not main and (not (INFRASTRUCTURE.search(head) or WATER_ROUTE.match(head)
                                                  or DRAWN_RIVER.search(head) or RING.search(head)
                                                  or covered(doc, start, m.start(), {"Place"}) or worked_on(head))
                                           or SCHEME.search(head)):
            continue  # 雪亮工程, 乡村振兴工程, 网络文艺精品工程: programmes, not construction
        if re.search(r"(?:[\d一二两三四五六七八九十]+[个家处座所]|等)$", text[max(0, start - 8):start]) or \
                counted(text, start, m.end()):
            continue  # 创建10家…基地: a count of a kind; 龙咀河、杨家新沟等滨水绿廊: the kind a list shares
        if m.group() == "项目" and any(p.start == start and p.end == m.start() for p in places):
            continue  # 引进北京项目521个: projects from a place, none named
        if m.group() == "项目" and text.startswith(MODIFIED_AFTER, m.end()):
            continue  # 保交房项目交付率, 甲乙建设项目资金: projects of a kind and their money or handling, none named
        if m.group() == "项目" and (len(head) <= 2 or head.endswith(ITEM_ACTS + RANKS)) and \
                not any(a <= start and m.start() <= b for a, b in quoted(doc)):
            continue  # 融资项目, 遗留项目, 外商投资项目: what kind, or how projects are handled; a name needs more
        if ranked_place(head):
            continue  # 任丘市重点工程, 甲县重大项目: a place's works of a rank, a category
        if m.group() == "项目" and head.endswith(SERVICE_ACTS):
            continue  # 消费补贴项目, 人才培养项目: a line of public service or spending, nothing built
        if m.group() == "公园" and head.endswith(PROTECTED_PARKS):
            continue  # 甲乙世界地质公园: a protected landscape designated (a site to visit), nothing built
        if m.group() == "项目" and head.endswith(DESIGNATIONS):
            continue  # 甲乙改革示范项目: a designation conferred on a place or a unit (a Program), nothing built
        if m.group() == "项目" and ranked_within(head):
            continue  # 专家参加重大建设项目: the key projects of others, none named
        if re.search(r"[\d一二三四五六七八九十百千]+大[\u4e00-\u9fff]{0,4}$", head):
            continue  # 四大重点城建项目, 百大项目: a count of a kind
        end = m.end()
        if m.group() in LINES and (section := SECTION.match(text, end)) and not section.group().startswith(OPENERS):
            end = section.end()
        if m.group().startswith(RESEARCH) and (shoots := branches(text, end, places)):
            parent = text[start:end]  # 甲乙创新中心丙省中心、丁市中心: each branch is named with the centre's name
            spans.extend((a, b, parent + text[a:b]) for a, b in shoots[1:])
            end = shoots[0][1]
        if m.group() == "公园" and head.endswith("国家文化") and (len(head) < 6 or head[:-4] in OPENERS):
            continue  # 国家文化公园 alone, or 推进国家文化公园建设: the kind, not a park
        spans.append((start, end, head[:-len(MAIN_WORKS)] if main else ""))  # 甲乙机场主体工程: 甲乙机场
        lead = next((p for p in places if p.start == start), None)
        rest = text[lead.end:m.end()] if lead else ""
        if rest.startswith("至"):  # a route (甲至乙、甲至丙高速公路): the routes before it share its kind, each with
            spans.extend(routes_before(text, lead, m.end(), places))  # its own start; no place before shares the rest
            lead = None
        while lead is not None:  # 灵寿、赞皇抽水蓄能电站: each place has its own
            lead = next((p for p in places if p.end == lead.start - 1 and text[p.end] == "、"), None)
            if lead is not None:
                spans.append((lead.start, lead.end, text[lead.start:lead.end] + rest))
        opening = any(p.start == start for p in places)
        if start and text[start - 1] == "、" and (not m.group().startswith(NO_ELISION) or named_kind(head)) and \
                not (opening and (rest.startswith("至") or any(p.end == start - 1 for p in places))):
            items = coordinated(doc, text, start, m.start(), m.end())
            if opening:  # places or routes listed before a work named by its place share its rest above; short
                # names share its head as before any work (东丽湖、新立、东丽郊野公园: 新立郊野公园)
                items = [x for x in items if x[1] - x[0] <= SHORT_NAME]
            taken = {(s, e) for s, e, _ in items} if m.group().startswith(NO_ELISION) else set()  # the item of the whole work's name (杨桥水库除险加固工程), not
            spans[:] = [x for x in spans if x[:2] not in taken or not x[2]] + items  # of its kind (杨桥水库)
    if nets := networks(doc, text):  # 两环五射公路网: the network's name, not a line's (两环五射公路) read inside it
        spans = [x for x in spans if not any(x[0] < b and a < x[1] for a, b, _ in nets)] + nets
    spans = [(s, part.end() if not name and (part := PART.match(text, e) or ANNEX.match(text, e)) else e, name)
             for s, e, name in spans]
    spans = [item for span in spans for item in unglued(doc, text, span)]
    if ends := route_zones(doc, text, spans):
        drop_matches(doc, ends)  # 甲乙新区至丙县快速路: the zone is a route's end, written inside the route's name
    # 投资14亿元甲乙项目: the name begins after the sum; an item of a list that begins so (1.95亿元贷款、丙丁工程) is
    # the tail of a sum, no name
    spans = [(a, e, name) for s, e, name in spans if (a := after_sum(text, s)) == s or not name]
    cited_places = cited_place_starts(doc)
    opens = {a for a, _ in quoted(doc)}  # ranked: a description (全球最大…基地), unless a quoted name follows the rank
    spans = [(s, e, name) for s, e, name in spans if not (r := ranked(text[s:e])) and
             not RANKED_BEFORE.search(text, max(0, s - 3), s) or s + r in opens]
    won = {(s, e) for s, e, _ in rated_sites(doc, text, places, won=True)} | \
        {(s, e) for s, e, _ in spans if text.endswith(SCENIC, s, e) and TITLE_WON.match(text, e)}  # 甲乙景区获评…
    spans = [x for x in spans if x[:2] not in won]
    return [Match(s, e, "Project", attrs=HELD_SITE) for s, e in sorted(won)] + \
        longest_first([Match(s, e, "Project", attrs=(("name", name),) if name else ()) for s, e, name in spans
                          if not after_number(text, s)
                          and not (name or text[s:e]).startswith(QUANTIFIERS)  # 单个…项目: a kind of many
                          and not OPENING_COUNT.match(name or text[s:e])  # 800套人才公寓: an amount of a kind
                          and not (name or text[s:e]).startswith(KIND_OPENERS) and not variant_kind(name or text[s:e])
                          and not GRADED.match(name or text[s:e]) and not sized_kind(name or text[s:e])
                          and not RATED.search(text, s, e)  # 甲乙旅游区创成国家4A级景区: a site and its rating (rated_sites)
                          and not (text[e - 1] in _WATER_BODIES and PROTECTED_WATER.match(text, e))
                          and not EPIDEMIC_KIND.search(name or text[s:e])
                          and not (text.endswith(INSTITUTIONS, s, e) and EPIDEMIC_OWNERS.match(text, e))
                          and not (text.endswith("馆", s, e) and (e in opens or text[e:e + 1] in QUOTE_MARKS
                                                                  and e + 1 in opens))  # 甲博物馆“乙丙大展”, 丁馆“戊厅”
                          # 揭牌: the hall of a show or a room named in quotes, a venue, nothing built (the marks are
                          # normalized away in reports)
                          and not (LAYOUT.search(name or text[s:e]) and not (name or text[s:e]).endswith(NETWORKS))
                          and not covered(doc, s, e, BLOCKING - CITED_PARK if "国家文化公园" in text[s:e] or s in regional
                                         or s in cited_places or (s, e, name) in showcases else BLOCKING)
                          and not any(c.start == s and c.end == e and c.label in CITED_PARK for c in matches(doc))])


QUOTE_MARKS = ("“", '"')


def cited_place_starts(doc: Doc) -> set[int]:
    """Where a place that opens a name is also cited as a strategy (雄安 of 雄安郊野公园, the national plan's place):
    the name read from there is the place's work, not blocked by the plan cited over the place's characters alone."""
    found = matches(doc)
    places = {(p.start, p.end) for p in found if p.label == "Place" and dict(p.attrs).get("opens") == "name"}
    return {c.start for c in found if c.label in CITED_PARK and (c.start, c.end) in places}


# A number or a rate (8.6, 150亿方/年) written right before a name read leftwards that begins with the unit of a
# measure: the name was cut inside the measure (第8.6|代线, 150亿方/|年天然气…工程), a fragment, no work's name (a
# road's or a school's number before 国道, 中 is another matter: 207国道, 40中)
CUT_AT_NUMBER = re.compile(r"[\d.．/／][万亿千百]?$")
NUMBER_UNITS = lexicons.longest_first("project_number_units")


def after_number(text: str, start: int) -> bool:
    """Whether a name begins with the unit of a measure right after a digit (or its magnitude), a decimal point or the
    slash of a rate (…第8.6|代线, …亿方/|年天然气…工程): a name cut inside a measure, not a work's name."""
    return start > 0 and text.startswith(NUMBER_UNITS, start) and bool(CUT_AT_NUMBER.search(text, max(0, start - 2),
                                                                                             start))


SUM = re.compile(r"(?:\d+(?:\.\d+)?[万亿千百]*)?元")  # 14亿元, or 元 alone where the number was left before the name


def after_sum(text: str, start: int) -> int:
    """Where a name begins once a sum of money written at its start is left out (14亿元甲乙…, 投资14亿|元甲乙…: the
    number read into the name or left before it); start if none."""
    if (money := SUM.match(text, start)) and (money.group() != "元" or CUT_AT_NUMBER.search(text, max(0, start - 2),
                                                                                          start)):
        return money.end()
    return start


ROUTE_END = re.compile(r"至[\u4e00-\u9fff]{2,5}$")  # a route's end point, a place the gazetteer may not know (大同)


def routes_before(text: str, start: Match, end: int, places: list[Match]) -> list[tuple[int, int, str]]:
    """Routes coordinated before a route's name share the kind written after its end point, each keeping its own
    start (甲至乙、甲至丙高速公路: 甲至乙高速公路): routes from place to place, read leftwards from 、."""
    to = next((p for p in places if p.start == start.end + 1), None)
    if to is None or to.end >= end:
        return []
    kind, found, pos = text[to.end:end], [], start.start - 1
    while pos > 0 and text[pos] == "、" and ROUTE_END.search(text, max(0, pos - 6), pos) and \
            (a := next((p for p in places if p.end == text.rfind("至", 0, pos)), None)):
        found.append((a.start, pos, text[a.start:pos] + kind))
        pos = a.start - 1
    return found


def route_zones(doc: Doc, text: str, spans: list[tuple[int, int, str]]) -> list[Match]:
    """Zones and designated areas written as a route's end inside a work's name (甲乙新区至丙县通勤快线工程, 丙丁示范区至
    高铁站快速通道): a zone written only as part of a longer name is no mention of the zone (guideline 2), the route is
    the work."""
    return [z for z in matches(doc) if z.label in ("Zone", "Program") and
            (text.startswith("至", z.end) or text.endswith("至", 0, z.start)) and
            any(s <= z.start and z.end < e and "至" in text[s:e] for s, e, _ in spans)]


def placed(start: int, items: list[str], places: list[Match]) -> bool:
    """Whether each item of a list opens with a place's name (做强甲市、乙市…, 布局丙县医疗器械、丁县应急装备…): the
    first may follow the verb that opens the list, the others begin with it."""
    bounds = []
    for item in items:
        bounds.append((start, start + len(item)))
        start += len(item) + 1
    return all(any((a <= p.start if i == 0 else a == p.start) and p.end <= b for p in places)
               for i, (a, b) in enumerate(bounds))


def place_named(name: str, start: int, places: list[Match]) -> bool:
    """Whether a list's item is a place found there and nothing else (山阳, 勉县; not 港口, a word that is also a
    district's short name)."""
    return any(p.start == start and p.end == start + len(name) for p in places)


def unglued(doc: Doc, text: str, span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """A name whose head is quoted names written side by side (“甲乙”“丙丁”商圈, “甲乙”“丙丁”等工程) is as many
    names sharing what follows the last quote (甲乙商圈, 丙丁商圈), as names coordinated by 、 are; words before the
    first quote (中心城区) only say where they are. Where one of them is a kind or another type's name (“两重”, a
    programme) they are no works' names, and the span is left as it is."""
    s, e, name = span
    chain: list[tuple[int, int]] = []
    for a, b in sorted(quoted(doc)):
        if s <= a and b <= e and (not chain or chain[-1][1] == a or len(chain) < 2):
            chain = chain + [(a, b)] if chain and chain[-1][1] == a else [(a, b)]  # the first run of glued quotes
    if len(chain) < 2 or any(is_generic(text[a:b]) or covered(doc, a, b, BLOCKING) for a, b in chain):
        return [span]
    rest = text[chain[-1][1]:e] + name[e - s:]  # the shared head, and the kind a list gave the name
    return [(a, b, text[a:b] + rest if rest else "") for a, b in chain[:-1]] + \
        [(chain[-1][0], e, text[chain[-1][0]:e] + name[e - s:] if name else "")]


# A layout written before a kind of line (四纵三横高速公路, 米字形高铁): the network's shape, a formulation of many lines,
# no one work; before a built network (四纵三横高速公路网: NETWORKS) the network itself is the work, named by its shape
LAYOUT = re.compile(r"[\d一二三四五六七八九十]+纵[\d一二三四五六七八九十]+横|[\u4e00-\u9fff]字[形型]")
NETWORKS = lexicons.terms("formulation_work_networks")  # 路网: a road network built as one work
# a numbered layout: two numbered parts at least (五纵六横, 三横四纵, 两轴三环九放射)
_NUMERAL = "一二两三四五六七八九十"
NUMBERED_LAYOUT = re.compile(rf"(?<![{_NUMERAL}])(?:[{_NUMERAL}]+[^{_NUMERAL}\W]{{1,2}}?){{2,}}")


def networks(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Road networks named by their numbered layout, a few words of description after it (五纵六横骨干路网,
    “四纵三横”高速公路网, “两轴三环九放射”城市快速路网): the layout shapes one network being built, a work named from
    the layout to the network's noun; words before the layout (甲区, 新区) say where it is."""
    found = []
    for word in NETWORKS:
        at = text.find(word)
        while at >= 0:
            start = name_start(doc, at, max_chars=18)
            layout = NUMBERED_LAYOUT.search(text, start, at) if start is not None else None
            if layout and at - layout.end() <= 6 and "的" not in text[layout.end():at]:
                found.append((layout.start(), at + len(word), ""))
            at = text.find(word, at + 1)
    return found


# A character with a variant in brackets after it (市域(郊)铁路, 新(改)建农村公路, 广珠(澳)高铁): two readings written
# at once, of a kind (市域 or 市郊 railways, new or rebuilt roads) or of a route (to 珠海 or to 澳门)
VARIANT = re.compile(r"(?<=[\u4e00-\u9fff])\([\u4e00-\u9fff]\)")


def variant_kind(name: str) -> bool:
    """Whether a name written with a variant (市域(郊)铁路, 新(改)建农村公路) is a kind: with the variant left out
    it is a bare suffix or its head only classifies works (市域铁路, 新建农村公路); a route keeps it a name
    (南珠(中)城际)."""
    plain = VARIANT.sub("", name)
    kind = PROJECT_SUFFIX.search(plain)
    return plain != name and bool(kind) and (kind.start() == 0 and kind.end() == len(plain)
                                              or is_generic(plain[:kind.start()], _CLASSIFYING))


PLANT_KINDS = ("核电", "抽水蓄能")  # kinds of plant that name one without 站 (宁德核电, 安仁抽水蓄能)
NAMED_BY_PLACE = tuple(lexicons.terms("project_named_by_place"))  # a local facility of a kind found everywhere: its place or
# one word names one
# a quarter of the town (城西, 东关, 县城南区) and an ordinal (第二) name one as well
QUARTER = re.compile(r"(?:县城|城区|市区|老城|新城)?(?:城[东西南北]|[东西南北]城|[东西南北]关|[东西南北]郊|[东西南北]区)")
NUMBERED = re.compile(r"第[一二三四五六七八九十\d]{1,3}")
BLOCKING = {"Strategy", "Program", "Zone", "Event", "Policy", "Project", "Formulation"}  # a vocabulary formulation ends a reading
# a national cultural park with its section is a project (guideline 2) even where the vocabulary cites the park;
# one span is one mention: never over the very span of the cited park
CITED_PARK = {"Strategy"}


# A power line named by its voltage and route (750千伏甲乙) takes the kind of its list (等输变电工程), which is the
# rest of its name though the kind alone names no work
VOLTAGE = re.compile(r"[\d.]+千伏")
KNOWN_FIRM = re.compile(lexicons.alternation("enterprise_known"))
FIRM_OPENS = re.compile(KNOWN_FIRM.pattern + "|[\u4e00-\u9fff]{2,8}?(?:集团|公司)")


def firm_at(item: str) -> bool:
    """Whether a list's item is a firm alone or a firm and the place of its plant (中船, 国电投丙丁, 甲乙集团): a known
    firm or a name with a company word, then nothing or a place; a firm and a product (甲集团压缩空气储能) names its
    project itself."""
    firm = FIRM_OPENS.match(item)
    rest = item[firm.end():] if firm else ""
    return bool(firm) and (not rest or 2 <= len(rest) <= 3 and bool(gazetteer.load().lookup(rest)))
POWER_KIND = re.compile(r"(?:输变电|输电|变电|特高压|电网|线路)+")
UMBRELLA = re.compile(r"[\d一二两三四五六七八九十百]+大")  # 十大工程, 五大项目: a numbered programme and its parts


# A work written after the amount invested in it and 的, up to the punctuation after it (总投资120亿元的甲乙产业城、,
# 投资2亿元的丙电丁戊牧光互补、投资1亿元的…): what money is invested in is a project, whatever its name ends with;
# an item after 、 that opens with an amount only shares the verb of the item before (、20亿元的…). Not a kind or a
# sector (投资50亿元的新能源发电), a count (…的74个项目), nor words running on into a clause (…基地项目洽谈引进工作).
INVESTED = re.compile(r"(投资|、)[\d.]+[多余]?[万亿千百]*元的((?:(?![等的])[\u4e00-\u9fffA-Za-z\d·+\-]){3,18})(?=[、，。；,;])")
INVESTED_KINDS = ("发电",)  # 新能源发电, 光伏发电: a sort of production with its sector, no work named


def invested(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Works named after the amount invested in them (总投资120亿元的甲乙产业城, 投资2亿元的丙丁番茄全产业链)."""
    found = []
    for m in INVESTED.finditer(text) if "元的" in text else ():
        if m.group(1) == "、" and "投资" not in text[clause_start(text, m.start()):m.start()]:
            continue  # 、20亿元的…: an amount in a list of works invested in only
        s, e = strip_lead(text, m.start(2), m.end(2)), m.end(2)
        name = text[s:e]
        if e - s < 3 or is_generic(name, _CLASSIFYING + INVESTED_KINDS) or sector(name) or counted(text, s, e) or \
                re.search(r"[\d.]+[个家项座条所处批]|(?:项目|工程).", name) or \
                any(s <= a and b <= e and text[a:b] in CLAUSE_VERBS for a, b in token_bounds(doc)):
            continue
        found.append((s, e, ""))
    return found


# A plant named by its owner's short name, its capacity and its kind written without 场 or 站 (甲能20万千瓦风电, 乙丙100
# 兆瓦光伏): the capacity says which of the owner's plants it is; names coordinated before it with capacities of their
# own share the kind (甲乙2万千瓦、丙能20万千瓦风电: 甲乙2万千瓦风电)
RATED_PLANT = re.compile(r"[\d.]+万?(?:千瓦|兆瓦|MW|GW)(风电|光伏|风光|光伏发电|风力发电)(?![场站厂基园区电])")
RATED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}?[\d.]+万?(?:千瓦|兆瓦|MW|GW)$")
CAPACITY_WORDS = re.compile("装机|规模|新增|容量|总量|并网")  # 新增装机20万千瓦风电: an amount of a kind, no plant


# A firm's plant abroad, the country written between the firm's name and the plant (甲乙汽车泰国工厂, 丙丁钢铁印尼钢厂):
# the plant is a work built (the firm before it an Enterprise, extractors/enterprises.py)
ABROAD_PLANT = re.compile(lexicons.alternation("enterprise_abroad_countries") + "(?:[\u4e00-\u9fff]{0,2}厂|生产基地)")


def abroad_plants(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Plants abroad named by their firm and country (甲乙汽车泰国工厂): the firm's name read leftwards, two characters
    at least, words of a kind (钢铁 alone) none."""
    found = []
    for m in ABROAD_PLANT.finditer(text):
        start = name_start(doc, m.start(), max_chars=8)
        if start is not None and m.start() - start >= 2 and not is_generic(text[start:m.start()], _CLASSIFYING):
            found.append((start, m.end(), ""))
    return found


def rated_plants(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Plants named by their owner and capacity before their kind (甲能20万千瓦风电), and those coordinated before."""
    found = []
    for m in RATED_PLANT.finditer(text) if "瓦" in text or "W" in text else ():
        start = name_start(doc, m.start(), max_chars=8)
        if start is None or m.start() - start < 2 or is_generic(text[start:m.start()], _CLASSIFYING) or \
                CAPACITY_WORDS.search(text, start, m.start()):
            continue
        found.append((start, m.end(), ""))
        while start > 0 and text[start - 1] == "、" and (item := RATED_ITEM.search(text, max(0, start - 16), start - 1)):
            s = strip_lead(text, item.start(), item.end())
            if CAPACITY_WORDS.search(text, s, item.end()) or is_generic(text[s:item.end()], _CLASSIFYING):
                break
            found.append((s, item.end(), text[s:item.end()] + m.group(1)))
            start = s
    return found


# The issuer's own facilities: a level word standing for the issuing government (市, 省, 区, 县 written alone: not
# 城市, 全市, 市级, 市场), then words of the facility's kind, then a facility (市博物馆, 市体育公园, 市工人文化宫)
# with a building or part of it written right after (市体育中心综合健身馆, 市图书馆集美新馆, 省博物馆故宫厅, 县医院住院楼, 市妇幼保健院
# 新区, 市疾控中心新址) or its move to a new site (市疾控中心迁建)
BUILDING = r"(?:(?![与和及同在])[\u4e00-\u9fff]){0,4}?(?:新馆|分院|院区|楼(?![宇盘市])|校区|健身馆|厅|新区|新址|迁建)"
FACILITY = re.compile("(?:" + lexicons.alternatives("project_facilities") + f")({BUILDING})?")
BUILDING_PART = re.compile(BUILDING)
LEVEL = "市省区县"
# 市级, 市属, 县办, 市场, 市长, 省市县: a level of many, who runs a kind, or another word
NOT_LEVEL_AFTER = "级属办管公域省市县区场长民委政内外直辖镇乡各"
# 全市, 90%的县, 县(市、区): a scope, a count or a list of levels
NOT_LEVEL_BEFORE = re.compile(r"(?:[全各本该每城都超门(]|[市省区县]、|\d+%?的?|[\d一二两三四五六七八九十百千]+[个所家座])$")


def facilities(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Facilities named by the issuer's level and their kind (市博物馆, 市体育公园, 省图书馆, 市二中铭德学校): the
    level word, written alone before the facility, stands for the issuing government, as a bare 高新区 stands for
    its zone; a level of many (市级, 省市县), a scope (全市) or a count (90%的县医院) names a kind."""
    found = []
    for m in FACILITY.finditer(text) if any(c in text for c in LEVEL) else ():
        start = name_start(doc, m.start(), max_chars=10)
        start = m.start() if start is None else start
        if start > 0 and text[start - 1] in LEVEL and \
                (start == 1 or not "\u4e00" <= text[start - 2] <= "\u9fff"):
            start -= 1  # ，市|体育: the level after punctuation, glued to it by the segmenter
        if text[start] not in LEVEL or text[start + 1:start + 2] in NOT_LEVEL_AFTER or \
                NOT_LEVEL_BEFORE.search(text, max(0, start - 6), start):
            continue
        found.append((start, m.end(), ""))
        found += sharing_owner(doc, text, start, m)
    return found


def own_facility(item: str) -> bool:
    """Whether an item of a list of projects is a bare kind of facility a government runs one of (汽车总站, 工人文化宫,
    科技馆新馆): among the works listed it names the issuer's own, as 市 before the kind does (facilities); a kind a
    place numbers (中学, 医院) stays a kind."""
    return bool((f := FACILITY.search(item)) and f.end() == len(item)) and is_generic(item) \
        and not item.endswith(ORDINAL_KINDS)


def sharing_owner(doc: Doc, text: str, start: int, facility: re.Match) -> list[tuple[int, int, str]]:
    """Facilities or buildings coordinated after the issuer's facility share what opens its name (guideline 2's shared
    parts, read rightwards): bare facilities its level (市博物馆、美术馆、音乐厅: 市美术馆, 市音乐厅), bare buildings
    the facility they belong to (市中医医院门急诊大楼和医养大楼: 市中医医院医养大楼)."""
    owner, kind = (text[start:facility.start(1)], BUILDING_PART) if facility.group(1) else (text[start], FACILITY)
    found, end, ends = [], facility.end(), token_ends(doc)
    while text[end:end + 1] in ("、", "和", "及") and (c := kind.match(text, end + 1)) and c.end() in ends:
        found.append((end + 1, c.end(), owner + c.group()))
        end = c.end()
    return found


# An ordinal before a kind of passage or airfield work names one of a series (第二东通道, 沈阳机场第二跑道)
ORDINAL_WORK = re.compile(r"第[二三四五六七八九十]+[东西南北]?(?:通道|跑道|航站楼)"
                          # an airport's runway or terminal written after it without 第 (甲乙机场东二跑道, 甲乙机场T3航站区),
                          # and the part joined to it by 及 (…T3B航站楼及第四跑道, …T3航站区及配套设施工程): one work
                          r"|(?<=机场)(?:[东西南北]?[二三四五六七八九十][东西南北]?跑道|T\d+[A-Z]?航站[楼区])"
                          r"(?:及(?:第?[二三四五六七八九十][东西南北]?跑道|配套设施(?:工程|项目)))?")


def ordinals(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Works named by their rank in a series of one kind (第二西通道, 进岛输水第二通道, 沈阳机场第二跑道): the
    ordinal and the kind, with the name of what they serve written before them."""
    found = []
    for m in ORDINAL_WORK.finditer(text) if "第" in text else ():
        start = name_start(doc, m.start(), max_chars=8) if m.start() else None
        found.append((m.start() if start is None else start, m.end(), ""))
    return found


# A school written short by its level and number (县四小, 市三中: the county's fourth primary school) with a verb of
# building or opening after it: a campus built (guideline 2); without such a verb (县一中高考…) it is a school at work
SHORT_SCHOOL = re.compile(r"(?<![\u4e00-\u9fff])[县市区][一二三四五六七八九十]{1,2}[中小]"
                          r"(?=如期|顺利|正式|建成|投入使用|投用|开工|开学|迁建|改扩建|扩建|主体)")


def short_schools(text: str) -> list[tuple[int, int, str]]:
    """Schools written by their level and number, built or opened (县四小如期投入使用, 市三中迁建)."""
    return [(m.start(), m.end(), "") for m in SHORT_SCHOOL.finditer(text)] if "县" in text or "市" in text or \
        "区" in text else []


# A housing estate (甲乙家园, 丙丁佳苑) with a building predicate right after it (主体建成, 加快推进): an estate built, a
# work; the estates listed before it with 、 share the predicate (丙丁家园、戊己佳苑加快推进); not a kind's own suffix
_OTHER_ESTATES = [t[:-len(w)] for t in (*lexicons.terms("project_suffix"), *lexicons.terms("zone_suffix"))
                  for w in ESTATE_WORDS if t.endswith(w) and t != w]  # 安置|小区 read by its suffix, 工业|小区 a zone
ESTATE = re.compile("".join(f"(?<!{re.escape(h)})" for h in _OTHER_ESTATES) + lexicons.alternation("project_estate_words")
                    + "(?=" + lexicons.alternation("project_estate_predicates") + ")")
ESTATE_BEFORE = re.compile(lexicons.alternation("project_estate_words") + "、$")  # an estate listed before another


# A list of old sites closed by 老旧 and their kind (甲、乙等6个老旧小区, 丙丁、戊己等老旧市场改造): 老旧 says the items'
# state, as a size says their scale; each item is a site renovated, a work
OLD_SITES = re.compile(rf"((?:{_ITEM}、){{0,12}}{_ITEM})等(?:{_COUNT}[个处片])?老旧("
                       + lexicons.alternation("project_old_site_kinds") + ")")


def old_sites(doc: Doc, text: str, places: list[Match]) -> list[tuple[int, int, str]]:
    """The items of a list of old sites, named with the kind unless one writes a kind of its own (老水泥厂); a place, a
    quarter of the town (城东) or a kind listed names none."""
    found = []
    for m in OLD_SITES.finditer(text) if "老旧" in text else ():
        for s, e in listed_items(doc, text, m.start(1), m.group(1)):
            name = text[s:e]
            if e - s >= 2 and not is_generic(name) and not place_named(name, s, places) and not QUARTER.fullmatch(name):
                found.append((s, e, "" if OWN_KIND.search(name) else name + m.group(2)))
    return found


def estates(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Housing estates named as built or under way (甲乙家园主体建成), with those listed before them (丙丁家园、…)."""
    found = []
    for m in ESTATE.finditer(text):
        end, word = m.end(), m.start()
        while (start := name_start(doc, word, max_chars=8)) is not None:
            start = after_earlier_work(text, start, end)  # 安置房项目|甲乙家园
            if word - start < 2 or is_generic(text[start:end]):
                break  # 老旧小区加快推进: a kind of estate, none named
            found.append((start, end, ""))
            if not (before := ESTATE_BEFORE.search(text, max(0, start - 4), start)):
                break
            end, word = start - 1, before.start()
    return found


# A city's railway station: its name, a compass point and 站 ending the word (合肥西站, 西安东站; not 站点, 站长)
STATION = re.compile(r"[东西南北]站(?![点长台务所])")


def stations(text: str, places: list[Match]) -> list[tuple[int, int, str]]:
    """Railway stations named by their city and a compass point (合肥西站, 襄阳东站): a work built or run."""
    return [(p.start, p.end + 2, "") for p in places if STATION.match(text, p.end)] if "站" in text else []


# A corridor or passage named by what it carries (输电, 水运, 数据, 氢: “吉电入京”特高压输电通道, 赣鄱氢走廊) is a work;
# one named by an economy or by innovation (中巴经济走廊, G60科创走廊) is a region, and none of these
CORRIDOR = re.compile(r"(?<!绿色)大?(?:通道|走廊)")  # 绿色通道: a fast lane of procedure, nothing built
ROAD_CODE = re.compile(r"[GS]\d{2,4}")  # G334文旅大通道: a national or provincial road's code names the road
CORRIDORS = ("通道", "走廊")  # the words that end a corridor's name (CORRIDOR)
ROUTE = re.compile(r"[\u4e00-\u9fff]{2}至[\u4e00-\u9fff]{2}")  # 甲乙至丙丁快速通道: a passage between two places
CONVEYANCE = lexicons.longest_first("project_conveyance")
_CARRYING = tuple(sorted(set(_CLASSIFYING) | set(CONVEYANCE), key=lambda w: (-len(w), w)))  # 零碳货运走廊: a kind


def corridors(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Corridors built to carry something, named besides by a place, a quoted or coded name (三峡水运新通道,
    G334文旅大通道): the head holds a word of what it carries and something that says which."""
    found = []
    for m in CORRIDOR.finditer(text) if any(w in text for w in CORRIDORS) else ():
        start = name_start(doc, m.start(), max_chars=16)
        if start is None:
            continue
        start = lead_off(text, start, m.start())
        # 甲走廊乙走廊 (quotes normalized away): the name begins after the corridor before it
        start = max([start, *(at + 2 for w in CORRIDORS if (at := text.rfind(w, start, m.start())) >= 0)])
        head = text[start:m.start()]
        if (ROAD_CODE.match(head) or ROUTE.search(head) or any(w in head for w in CONVEYANCE) and
                not is_generic(head, _CARRYING)) \
                and not counted(text, start, m.end()):
            found.append((start, m.end(), ""))
    return found


# A national, provincial or county road written by its number (国道324, 316国道, G331, S203, or g331 in small letters; a G
# or S code has three or four digits: G60, G20 are no roads' codes alone), then what the report says of it: its grade
# (一级公路), a section (甲至乙段, 甲段), the route's name (川藏线), its link line to a town (城区连接线), what is done to
# it (改线, 改建) and 工程 or 项目
# a county's or township's road has its X or Y code and is a 县道 or 乡道 (X032县道); a code may be followed by its class
# (G308国道, S235省道); a section is named by its ends or by a place (甲乙至丙丁段, 甲县段, 甲县绕城段), or by its ends
# alone before the works done on it (X999甲乙至丙丁升级改造工程)
_ROAD_CLASS = "(?:国道|省道|县道|乡道)"
ROAD = re.compile(rf"(?P<code>{_ROAD_CLASS}\d{{2,4}}|(?<![\dA-Za-z])\d{{2,4}}{_ROAD_CLASS}|(?<![\dA-Za-z])[GSXYgs]\d{{3,4}}"
                  rf"(?![\dA-Za-z]){_ROAD_CLASS}?)(?![\dA-Za-z])"
                  # the route after 线, its end places up to five characters, a name in brackets after the first
                  # (G999线甲乙丙丁至戊己, G888线甲乙(丙丁)至戊己)
                  r"(?:[一二三四]级公路)?(?:线[\u4e00-\u9fff]{2,5}(?:[(（][^()（）]{1,8}[)）])?至[\u4e00-\u9fff]{2,5}?"
                  r"(?=[^\u4e00-\u9fff]|段|公路|高速|$)段?"
                  r"|[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}?(?=(?:"
                  + lexicons.alternatives("project_road_works") + r")(?:工程|项目))"
                  r"|[\u4e00-\u9fff]{2,5}?段|[\u4e00-\u9fff]{0,4}?连接线"
                  r"|(?!沿线|改线)[\u4e00-\u9fff]{2}线)?"
                  r"(?P<works>(?:" + lexicons.alternatives("project_road_works") + r")?(?:工程|项目)?)")


def roads(text: str) -> list[tuple[int, int, str]]:
    """Roads named by their number (国道324改线, 316国道一级公路改建, 国道318川藏线, G331): a work built or rebuilt,
    with its grade, section or route and what is done to it; where the number opens a longer name that another rule
    reads (G334文旅大通道), the longer name is kept."""
    found = list(ROAD.finditer(text)) if "道" in text or re.search(r"[GSXYgs]\d", text) else []
    spans, shared = [(m.start(), m.end(), "") for m in found], ""
    for i in range(len(found) - 1, -1, -1):  # codes coordinated before a road's code share the works written after
        m = found[i]  # it (G901、G902提质改造: G901提质改造), as names coordinated before a shared head do
        if m.end() == m.end("code") and shared and text[m.end():found[i + 1].start()] == "、":
            spans[i] = (m.start(), m.end(), m.group() + shared)
        else:
            shared = m.group("works")
    return spans


# A street, road, line or expressway extended, its name written before the extension (甲乙大道东延, 丙丁路北延段, 戊己线北延伸,
# 庚辛高速延伸线): the extension is a new stretch built, a work named with the road; a road of a kind (道路东延) names none
EXTENSION = re.compile(r"(?:(?<=[路道街线])|(?<=高速))(?:" + "|".join(EXTENSIONS) + r")(?:段|线)?(?:工程|项目)?")
STREETS = ("路", "大道", "街", "线", "高速")  # and a metro line or an axis (甲乙线北延伸, 南北轴线南延段), an
# expressway (甲乙高速延伸线)


# A city's ring road written by its number and side (东四环, 西北四环, 南二环路): a road, named where the works done
# on it follow (东四环大修, 北三环入地改造工程: with 工程 the works are the name, read by the suffix)
RING = re.compile(r"(?<![\u4e00-\u9fff\d])(?:[东西南北]{1,2})?[二三四五六七]环(?:路|线)?(?![境保线])|(?<=[东西南北])[二三四五六七]环(?:路)?")
RING_WORKS = re.compile(r"(?:、(?:[东西南北]{1,2})?[二三四五六七]环(?:路)?)*(?:大中修|大修|改造|提升改造|改扩建|拓宽|入地)")


def rings(text: str) -> list[tuple[int, int, str]]:
    """Ring roads named by their number and side, written before the works done on them (东四环、西北四环大修): each
    ring coordinated before the works is a road renovated."""
    found = []
    for m in RING.finditer(text) if "环" in text else ():
        if m.group()[0] in "东西南北" and RING_WORKS.match(text, m.end()):
            found.append((m.start(), m.end(), ""))
    return found


# Streets opened to traffic, their names written as the subject of the opening at a clause's start (甲乙路、丙丁大街
# 建成通车, 戊己路全线贯通): each street so listed is a road built; a street's kind alone (断头路, 次干路) and the
# kinds other rules read (铁路, 公路) are no name
OPENED_ROADS = re.compile(r"(?<=[，。；：、,;:\n])((?:[\u4e00-\u9fff]{2,5}?(?:路|大街)、)*[\u4e00-\u9fff]{2,5}?(?:路|大街))"
                          r"(?=建成通车|全线通车|通车|全线贯通|贯通|竣工)")
NOT_STREETS = tuple(lexicons.terms("project_not_streets"))


def opened_roads(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Streets listed as opened to traffic (甲乙路、丙丁路建成通车): each a road built, written as words of its own."""
    found, starts, ends = [], token_starts(doc), token_ends(doc)
    for m in OPENED_ROADS.finditer(text) if "通" in text or "竣工" in text else ():
        pos = m.start()
        for item in m.group().split("、"):
            if pos in starts and pos + len(item) in ends and not item.endswith(NOT_STREETS) and \
                    not is_generic(item):
                found.append((pos, pos + len(item), ""))
            pos += len(item) + 1
    return found


def extensions(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Roads and streets extended (甲乙大道南延, 丙丁路西延工程): the road's name read leftwards, with the extension."""
    found = []
    for m in EXTENSION.finditer(text) if "延" in text else ():
        start = name_start(doc, m.start(), max_chars=12)
        road = text[start:m.start()] if start is not None else ""
        if road.endswith(STREETS) and len(road) >= 3 and not is_generic(road, _CLASSIFYING):
            found.append((start, m.end(), ""))
    return found


# A section of a river or canal named by a place or a township (甲河乙丙段, 大运河(甲乙段)), with the work done to it
# written after (综合治理, 水生态修复): a work of restoration or navigation; a section named by what it is (关键地段,
# 部分航段, 重点河段) names none
RIVER_SECTION = re.compile(r"(?<=[河江])(?:\([\u4e00-\u9fff]{2,4}段\)|(?!" + lexicons.alternatives("project_section_kinds")
                           + r")[\u4e00-\u9fff]{2,3}段)(?:" + lexicons.alternatives("project_water_works") + ")?")


# …but a section listed before an honour it won (甲河乙段、丙江丁段等获评美丽河湖, 甲河(乙段)入选…案例) is a site praised
HONOURED = re.compile(r"(?:、[^，,。；;、]{1,20})*等?(?:被)?(?:" + lexicons.alternation("project_honour_verbs") + ")")


# Platforms listed before their count that won an honour or entered a list of models (甲乙化工、丙丁材料2个平台获评国家级
# 中试平台, 戊己材料等3个平台入选…名单): the honour goes to named platforms, each item with 平台 one platform run
HONOURED_PLATFORMS = re.compile(rf"((?:{_ITEM}、){{0,12}}{_ITEM})等?{_COUNT}(?:个|家)平台(?=(?:被)?(?:"
                                + lexicons.alternation("project_honour_verbs") + "))")


def honoured_platforms(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Platforms named by the items of a list closed by a count of platforms that won an honour (甲乙化工、丙丁材料2个
    平台获评…: 甲乙化工平台, 丙丁材料平台); an item naming a sector alone or a kind names none."""
    found = []
    for m in HONOURED_PLATFORMS.finditer(text) if "平台" in text else ():
        for s, e in listed_items(doc, text, m.start(1), m.group(1)):
            if e - s >= 2 and not sector(text[s:e]) and not is_generic(text[s:e], _CLASSIFYING):
                found.append((s, e, text[s:e] + "平台"))
    return found


# A rural demonstration area (乡村振兴示范区, 产业示范片), with its size in 亩, after the name of a village, a river or
# townships, or after quoted such names written side by side and counted (“甲—乙”“丙—丁”2个万亩产业示范片)
RURAL_SHOWCASE = re.compile(r"(?:[\d一二两三四五六七八九十]+个)?((?:[百千万]+亩)?"
                            + lexicons.alternation("project_rural_showcases") + ")(?![区域])")
WIDE = re.compile(r"^(?:全|各|本)|级$")  # 全县, 省级: the kind throughout a place, or a level, no ground named


# A network, ring or corridor of computing power named by the country, a region or a place before it (全国一体化算力网,
# 甲乙一体化算力网, 环甲乙算力走廊; not 算力网络, a designation's start): a work built over that area (guideline 2); the
# region's strategy inside it (甲乙一体化) blocks none
COMPUTING = re.compile("(?:" + lexicons.alternation("project_computing_networks") + ")(?!络)")
SCOPE_OPENERS = ("全国", "环")  # 全国|一体化算力网, 环|甲乙算力走廊: the scope opens the name


def computing_networks(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Computing networks named by a scope, a place or a region read back at most eight characters in the clause or
    list item: the first place, region or scope word there opens the name (融入|全国一体化算力网); none without one
    (算力网超前布局)."""
    named = {m.start for m in matches(doc) if m.label in ("Place", "Strategy")}
    found = []
    for m in COMPUTING.finditer(text) if "算力" in text else ():
        low = max(clause_start(text, m.start(), "，,；;。：:、"), m.start() - 8)  # 甲、乙两大算力圈: a list, no one name
        start = next((at for at in range(low, m.start() - 1) if at in named or text.startswith(SCOPE_OPENERS, at)), None)
        if start is not None:
            found.append((start, m.end(), ""))
    return found


def rural_showcases(doc: Doc, text: str, places: list[Match]) -> list[tuple[int, int, str]]:
    """Rural demonstration areas built on named ground (甲乙村乡村振兴示范区, “丙—丁”万亩产业示范片): a work each; a
    level, a count, a county-level place or another entity before the kind (省级…示范区, 甲县…示范区, 甲高新区核心示范区)
    makes it a designation or a part of that entity."""
    found = []
    opened = {b: a for a, b in quoted(doc)}
    for m in RURAL_SHOWCASE.finditer(text):
        if m.start() in opened:  # quoted names, side by side or listed, each with the kind
            b = m.start()
            while b in opened:  # a quoted programme or numbered formula (“一村一品”) names no ground
                if not (covered(doc, opened[b], b, BLOCKING) or NUMBERED_LAYOUT.fullmatch(text, opened[b], b)):
                    found.append((opened[b], b, text[opened[b]:b] + m.group(1)))
                b = opened[b] - (text[opened[b] - 1:opened[b]] == "、" and opened[b] - 1 in opened)
            continue
        start = name_start(doc, m.start(), max_chars=8)
        if m.start() < m.start(1) or start is None or m.start() - start < 2:
            continue
        head = text[start:m.start()]
        if not (WIDE.search(head) or DESIGNATED.search(head) or re.search(r"\d", head) or is_generic(head)
                or any(p.start == start and p.end == m.start() for p in places)
                or covered(doc, start, m.start(), BLOCKING)):  # 甲高新区核心示范区: a zone's part
            found.append((start, m.end(), ""))
    return found


# A town quarter (片区) named by its own words with its renewal written right after it (甲乙片区更新改造, 丙—丁片区焕新开放);
# the works done on it are part of the work's name (甲乙片区更新改造), a predicate (焕新开放) is not
QUARTER_RENEWAL = re.compile("片区(?=" + lexicons.alternatives("project_quarter_renewals") + ")")
QUARTER_WORKS = re.compile("(?:综合|有机)?(?:" + "|".join(map(re.escape, ACTIVITIES)) + ")+")


def renewed_quarters(doc: Doc, text: str, places: list[Match]) -> list[tuple[int, int, str]]:
    """Town quarters renewed (甲乙片区更新改造, 丙—丁片区焕新开放): the quarter, a renewal work; a quarter of a kind
    (城市片区更新) or a place's (甲县片区) names none."""
    found = []
    for m in QUARTER_RENEWAL.finditer(text) if "片区" in text else ():
        start = name_start(doc, m.start(), max_chars=14)
        if start is not None and m.start() - start >= 2 and not is_generic(text[start:m.start()]) and \
                not any(p.start == start and p.end == m.start() for p in places):
            found.append((start, works.end() if (works := QUARTER_WORKS.match(text, m.end())) else m.end(), ""))
    return found


# One site and the works done to it written before 工程 (甲乙江北溪雨洪利用工程, 老城区排水防涝整治工程, 甲家祠及周边
# 改造提升工程): one locatable work, a Project, though no character of construction is written; the site may take a
# second reach of its water (北溪, 干流) or its surroundings (及周边); a head that is not wholly a site and works
# (长江经济带重大生态修复工程) is no such work
SITE_WORKS = re.compile("(?:及周边)?(?:" + "|".join(map(re.escape, sorted(set(ACTIVITIES) | set(lexicons.terms(
    "project_site_works")), key=lambda w: (-len(w), w)))) + ")+工程")
WORKED_SITE = re.compile(r"[\u4e00-\u9fff]*?(?<![江河湖溪渠海水])(" + lexicons.alternatives("project_worked_sites")
                         + r")(?:[东西南北][\u4e00-\u9fff]?[江河溪]|干流|支流)?")


def worked_sites(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """One named site (a river's reach, a building, the old quarter) and the works done to it, ending with 工程."""
    found = []
    for m in SITE_WORKS.finditer(text) if "工程" in text else ():
        end = m.start()
        start = name_start(doc, end, max_chars=10)
        site = WORKED_SITE.fullmatch(text, start, end) if start is not None and end - start >= 2 else None
        if site and (len(site.group(1)) > 1 or not is_generic(site.group())):  # 老城区: a site word of its own
            found.append((start, m.end(), ""))
    return found


# A kind of facility every hospital set up against an epidemic (发热门诊, 核酸检测实验室), with what is done to it
# (改扩建): equipment of a kind, no work; the institutions written right before one, alone or coordinated (甲县医院核酸
# 检测, 甲医院和乙院核酸检测实验室), each own one, no work either (a building listed before one, 甲医院门诊楼, is)
_EPIDEMIC = lexicons.alternation("project_epidemic_kinds")
EPIDEMIC_KIND = re.compile(_EPIDEMIC + "(?:" + "|".join(map(re.escape, ACTIVITIES)) + ")?$")
EPIDEMIC_OWNERS = re.compile(r"(?:[、和及][^，。；、和及\d]{2,12}?)*" + _EPIDEMIC)
INSTITUTIONS = ("院", "医", "中心")  # 甲医院, 市一医, 疾控中心: an institution, not a building of one (门诊楼)


# A site seeking a scenic area's rating (庚辛等创建5A级景区, 甲乙争创国家4A级景区): a scenic area to be developed, a
# Project (guideline 2), however its name ends; a site that won one (甲乙园被评为…, 戊己成功创建国家5A级景区) or a title
# (丙丁景区获评…集聚区) is an existing site named for a listing won, none (tests/gold/README.md, thirteenth pass 7),
# held (HELD_SITE) so that no other reading names it; the rating alone (运营管理好A级景区) names none
RATING_WON = lexicons.words("project_rating_won_verbs")
_RATING_VERBS = "|".join(sorted((*lexicons.terms("project_rating_verbs"), *RATING_WON), key=len, reverse=True))
RATED = re.compile(r"等?(?:分别)?(" + _RATING_VERBS + r")(?:国家|全国)?[1-5]?A+级(?:、[1-5]?A+级)*(?:旅游)?景区")
TITLE_WON = re.compile(r"等?(?:分别)?(?:" + "|".join(sorted(RATING_WON, key=len, reverse=True)) + ")")
SCENIC = tuple(lexicons.terms("project_scenic_kinds"))  # 景区, 旅游区: a scenic site named by its kind
HELD_SITE = (("held", True),)  # dropped once every family has read the sentence (policies.make_unissued)


def rated_sites(doc: Doc, text: str, places: list[Match], won: bool = False) -> list[tuple[int, int, str]]:
    """Sites said to seek (won: to have won) a rating as an A-class scenic area, and the sites coordinated before
    them."""
    found = []
    for m in RATED.finditer(text) if "A级" in text else ():
        if (m.group(1) in RATING_WON) != won:
            continue
        end = m.start()
        start = name_start(doc, end, max_chars=10)
        while start is not None and end - start >= 2 and not is_generic(text[start:end], _CLASSIFYING) and \
                not place_named(text[start:end], start, places):
            found.append((start, end, ""))
            if start < 3 or text[start - 1] != "、":
                break
            end = start - 1
            start = name_start(doc, end, max_chars=10)
    return found


# A river's or lake's basin written with the work done on it (甲乙河流域综合治理, 巩固丙丁江流域治理成效, 治理戊己河流域,
# 庚辛淀全流域治理修复): the basin is the river work (guideline 2: river works), named by the water and 流域 (全流域: the
# water alone); a basin named only as a region (甲河流域生态保护和高质量发展, a Strategy; 乙江流域禁捕) is none
BASIN = re.compile(r"(?<=[河江湖淀池溪])全?流域")
BASIN_WORKS = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:治理|整治|污染防治|生态修复|保护修复)")
BASIN_VERBS = ("治理", "整治")  # 治理甲乙河流域: the work written before the basin
_BASIN_WATER = re.compile(r"[\u4e00-\u9fff]{1,6}?[河江湖淀池溪]")


def basins(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """River and lake basins treated (甲乙河流域综合治理, 治理丙丁江流域, 戊己淀全流域治理修复): the water's name read
    leftwards from 流域, two characters at least, and 流域; waters joined by 和 before it share it (甲江和乙江流域: 甲江流域)."""
    found = []
    for m in BASIN.finditer(text) if "流域" in text else ():
        start = name_start(doc, m.start(), max_chars=8)
        if start is None or m.start() - start < 2:
            continue
        start = lead_off(text, start, m.start())
        if text.startswith(BASIN_VERBS, start) and m.start() - start >= 4:
            start += 2  # 治理|甲乙河流域: the verb read into the name opens the clause
        while start > 2 and text[start - 1] in "和及、" and (other := _BASIN_WATER.search(text, max(0, start - 7), start - 1)) \
                and other.end() == start - 1 and (before := name_start(doc, other.end(), max_chars=6)) is not None and \
                before < start - 1:
            start = before  # 甲江和|乙江流域, 丙河、|丁河流域: the waters joined before
        waters = re.split("[和及、]", text[start:m.start()])
        if not (BASIN_WORKS.match(text, m.end()) or text.endswith(BASIN_VERBS, 0, start)) or \
                not all(_BASIN_WATER.fullmatch(w) for w in waters) or is_generic(text[start:m.start()], _CLASSIFYING):
            continue
        whole = m.group() == "流域"
        at = start
        for w in waters[:-1]:
            found.append((at, at + len(w), w + "流域" if whole else ""))
            at += len(w) + 1
        found.append((at, m.end() if whole else m.start(), ""))
    return found


def river_sections(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Sections of a river or canal (甲河乙丙段水生态修复, 大运河(甲乙段)综合治理, 北运河甲乙段): the river's name
    read leftwards from its last character, the section and the work done to it; not one listed before an honour."""
    found = []
    for m in RIVER_SECTION.finditer(text) if "段" in text else ():
        start = name_start(doc, m.start(), max_chars=8)
        if start is not None and m.start() - start >= 2 and not HONOURED.match(text, m.end()):
            found.append((start, m.end(), ""))
    return found


# A college or university (…大学, …学院, a college still being set up written …(筹)) is a work where the report
# founds, builds or enlarges it: a word of project_college_founding right before its name or right after it (after
# the colleges coordinated with it by 、: 甲学院、乙学院加快筹建)
COLLEGE = re.compile(r"(?:大学|学院|研究所)(?:\(筹\))?")  # and a research institute, founded as a college is
FOUNDING = lexicons.longest_first("project_college_founding")
FOUNDING_BEFORE = lexicons.longest_first("project_college_founding_before")  # 设立, 更名为: only before the name
_FOUNDING_BEFORE = tuple(sorted(set(FOUNDING) | set(FOUNDING_BEFORE), key=lambda w: (-len(w), w)))
# a college written into a plan (甲乙联合学院纳入…规划纲要, 丙丁高职学院纳入省…高校规划): planned to be founded, a work
PLANNED = re.compile(r"纳入[^，,。；;]{0,20}?(?:规划|纲要)")
# a college whose setting up is approved, nothing written after it as set up (甲乙科技大学获批设置并招生): founded; a
# college approved to set up a programme (甲大学获批设置…专业) is none
APPROVED = re.compile(r"获批设置(?=并|[，,。；;]|$)")
_COLLEGE_CHAIN = re.compile(r"(?:、[\u4e00-\u9fff]{2,14}?" + COLLEGE.pattern + ")*")


def colleges(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Colleges and universities founded, built or enlarged (扩建甲乙老年大学, 甲乙职业技术大学获批成立, 甲学院、乙学院
    加快筹建, 甲学院更名为乙大学): the name read leftwards from 大学 or 学院; the colleges coordinated by 、 after a
    founded one are founded with it (筹建甲大学、乙大学), as those before a verb written after them are, or before their
    entry into a plan (甲学院纳入…规划); not one named
    as an actor (支持甲大学建设双一流), nor a kind (一流大学, 现代产业学院40个)."""
    found: list[tuple[int, int, str]] = []
    for m in COLLEGE.finditer(text) if "大学" in text or "学院" in text or "研究所" in text else ():
        after = _COLLEGE_CHAIN.match(text, m.end()).end()
        if text[m.end():m.end() + 1] not in ("", "、", "，", ",", "。", "；", ";") and \
                not text.startswith(FOUNDING, m.end()) and not PLANNED.match(text, m.end()) and \
                not APPROVED.match(text, m.end()):
            continue  # 甲大学附属医院, 乙学院产教融合基地: the college opens another name
        start = name_start(doc, m.start(), max_chars=16 if m.group().startswith("研究所") else 12)  # 中国科学院甲乙…研究所
        if start is not None and m.group().startswith("研究所"):
            start = joined_fields(doc, text, start, m.start())  # 甲乙材料科学与技术研究所: two fields, one institute
        if start is not None and (verb := next((w for w in _FOUNDING_BEFORE if text.startswith(w, start)), "")):
            start += len(verb)  # 新设|甲乙学院, 挂牌|甲乙大学…学院: a name read leftwards runs back over the verb
        if start is None or m.start() - start < 2 or is_generic(text[start:m.start()], _CLASSIFYING) or \
                counted(text, start, m.end()):
            continue
        if text.endswith(_FOUNDING_BEFORE, 0, start) or text.startswith(FOUNDING, after) or PLANNED.match(text, after) or \
                APPROVED.match(text, after) or \
                start and text[start - 1] == "、" and (any(e == start - 1 for _, e, _ in found) or
                                                      founded_list(text, start)):
            found.append((start, m.end(), ""))
    return found


# the items of a list before a college, each a few words with no punctuation but 、 between them
_ITEMS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,14}、){1,4}$")


def founded_list(text: str, start: int) -> bool:
    """Whether a college at start ends a list that a founding verb opens (加快建设甲乙研究院、丙丁大学: the college
    founded with the works before it, whatever their kind)."""
    items = _ITEMS_BEFORE.search(text, max(0, start - 60), start)
    if items is None:
        return False
    first = items.start()
    while first < start and not text.endswith(_FOUNDING_BEFORE, 0, first):  # the verb may be glued to the first item
        first += 1
        if text[first - 1] == "、":
            return False
    return first < start


# A firm's headquarters built or opened (中国中化总部, 华为矿山油气军团全球总部: tests/gold README, fifth pass, third
# convention): a known firm opens the words before 总部; 总部 going on into another word (总部经济, 总部基地:
# project_headquarters_continued) names none
HQ_CONTINUED = lexicons.longest_first("project_headquarters_continued")


def headquarters(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Headquarters of firms named by a known firm (中国中化总部, 华为…全球总部); a kind of firm (企业总部, 跨国公司
    地区总部) names none."""
    found = []
    at = text.find("总部")
    while at >= 0:
        start = name_start(doc, at, max_chars=14)
        if start is not None and KNOWN_FIRM.match(text, start, at) and not text.startswith(HQ_CONTINUED, at + 2):
            found.append((start, at + 2, ""))
            found += coordinated_firms(text, start, text[KNOWN_FIRM.match(text, start, at).end():at + 2])
        at = text.find("总部", at + 2)
    return found


def coordinated_firms(text: str, start: int, shared: str) -> list[tuple[int, int, str]]:
    """Known firms coordinated by 、 before a headquarters' firm share its head (中国星网、中国中化、中国华能总部:
    中国星网总部, 中国中化总部; guideline 2: coordinated names keep their shared head): each item a known firm whole."""
    found = []
    while start > 0 and text[start - 1] == "、":
        firm = next((m for s in range(max(0, start - 11), start - 2)
                     if (m := KNOWN_FIRM.fullmatch(text, s, start - 1))), None)
        if firm is None:
            break
        found.append((firm.start(), firm.end(), firm.group() + shared))
        start = firm.start()
    return found


QUOTED_KIND = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + lexicons.alternatives("project_quoted_kinds") + ")")


def quoted_belts(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Belts and greenways named by a quoted coined name (“甲乙”生态景观带, “丙丁”绿道): the quoted name, a few words
    of what it is and the kind, one work built; a quoted programme or strategy before them says where, no name."""
    return [(a, k.end(), "") for a, b in quoted(doc) if b - a >= 2 and (k := QUOTED_KIND.match(text, b))
            and not covered(doc, a, b, BLOCKING)]


def quoted_routes(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Shipping and air routes named by a quoted name (“甲乙海运”航线, “甲港一航FAST”航线): the name and 航线, one
    route run; a quoted strategy or programme before 航线 (“一带一路”航线) says where routes go, a kind."""
    return [(a, b + 2, "") for a, b in quoted(doc) if text.startswith("航线", b) and b - a >= 2
            and not covered(doc, a, b, BLOCKING)] if "航线" in text else []


# A transfer of power, computing, coal or gas named by the provinces' abbreviations (甲电入乙, 甲算入乙, 甲电外送, 甲煤外运;
# 外电入甲: power from outside): the lines or channels built to carry it, a work (tests/gold README, fourth pass:
# provincial transfers), with 工程 when written
TRANSFER = re.compile("(?:" + lexicons.alternation("zone_province_abbreviations") + "|外)[电算煤气](?:入(?:"
                      + lexicons.alternation("zone_province_abbreviations") + ")|外送|外运)(?:工程)?")


# A craft named by a quoted name that takes 号, inside the quote or right after it, with the craft's kind written after
# the quote (“甲乙”号试验船, “丙丁”号大洋钻探船, “戊己一号”组网卫星): one craft built and launched; a quoted 号 without
# a craft's kind after it (“甲乙2号”翻沉事故) names none here
QUOTED_CRAFT = re.compile(r"[\u4e00-\u9fff]{0,4}?" + lexicons.alternation("project_craft_kinds"))


def quoted_crafts(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Crafts named by a quoted name with 号 and their kind (“甲乙”号试验船, “丙丁一号”组网卫星)."""
    found = []
    for a, b in quoted(doc) if "号" in text else ():
        at = b + 1 if text.startswith("号", b) else b if text.endswith("号", a, b) and b - a >= 3 else None
        if at is not None and b - a >= 2 and (kind := QUOTED_CRAFT.match(text, at)):
            found.append((a, kind.end(), ""))
    return found


def transfers(text: str) -> list[tuple[int, int, str]]:
    """Transfers of power, computing, coal or gas between provinces named by their abbreviations (甲电入乙, 甲算入乙,
    甲电外送, 甲煤外运, 外电入甲): a work."""
    return [(m.start(), m.end(), "") for m in TRANSFER.finditer(text)] if "入" in text or "外" in text else []


PHASED_WORKS = ("提升改造", "改扩建", "改造", "扩建", "处置")  # works done in phases, each a work


# A firm named by its trade as the object of a plant's completion (竣工投产甲乙科技): it stands for its new plant, a work
STARTED_PLANT = re.compile(r"(?:竣工投产|建成投产)([\u4e00-\u9fff]{2,4}?(?:" + lexicons.alternation("enterprise_suffix_weak")
                           + r"))(?=[，,。；;]|$)")  # a brand and a trade word (甲乙科技), not a group (甲乙集团)


def started_plants(text: str) -> list[tuple[int, int, str]]:
    """Firms whose plant a clause completes (竣工投产甲乙科技): the firm's plant, a work."""
    return [(m.start(1), m.end(1), "") for m in STARTED_PLANT.finditer(text)] if "投产" in text else []


# A work's name opening a clause that a predicate of its building or opening ends (甲乙酒店全面竣工, 丙丁港正式运营)
COMPLETED = re.compile(r"(?<=[\u4e00-\u9fff\w”\")])(?:" + lexicons.alternation("project_completion_adverbs") + ")?(?:"
                       + lexicons.alternation("project_completion_predicates") + r")(?=[，,。；;、]|$)")
CLAUSE_OPENERS = "，,。；;：:、"


def completed_works(doc: Doc, text: str, places: list[Match]) -> list[tuple[int, int, str]]:
    """Works said to be built, finished or opened (甲乙三厂建成投产, 丙丁港正式运营): the name that opens the clause,
    three characters at least, not a kind (一批重点项目竣工), a place alone or a firm by its trade (甲乙半导体建成投产: the
    firm acting, an Enterprise); where a work's kind ends inside it (甲乙校区秋季开学投入使用, 晒项目开竣工) the kind's
    own reading names the work, and what follows the kind is no name."""
    found = []
    for m in COMPLETED.finditer(text):
        start = name_start(doc, m.start(), max_chars=14)
        if start is None or m.start() - start < 3 or start and text[start - 1] not in CLAUSE_OPENERS:
            continue
        name = text[start:m.start()]
        if not is_generic(name, _CLASSIFYING) and not place_named(name, start, places) and \
                not RENOVATING_FIRM.fullmatch(name) and not any(k.end() < len(name) for k in PROJECT_SUFFIX.finditer(name)):
            found.append((start, m.start(), ""))
    return found


def phases(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Works named by a numbered phase (远景动力电池二期): the name read leftwards from the phase, not a kind."""
    found = []
    for m in PHASE.finditer(text) if "期" in text else ():
        start = name_start(doc, m.start(), max_chars=14)
        if start is None and (work := next((w for w in PHASED_WORKS if text.endswith(w, 0, m.start())), "")):
            # 甲乙港区改造二期, 丙丁处置二期项目: the phase of the work done on a named work, read leftwards from the work
            start = name_start(doc, m.start() - len(work), max_chars=14 - len(work))
            start = None if start is not None and is_generic(text[start:m.start() - len(work)], _CLASSIFYING) else start
        if start is None or m.start() - start < 2:
            continue
        head = text[start:m.start()]
        if is_generic(head, _CLASSIFYING) or re.search(r"[、，,\d]|(?:行动|计划|试点|规划)$", head):
            continue
        found.append((start, m.end(), ""))
    return found


def lines(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Metro and rail lines written by their code (地铁2号线, 7号线一期北段, 厦漳泉R1线), with the name written
    before the code; a bare code after a line of a kind shares its kind (地铁2号线, 实现3号线洞通: 地铁3号线), as a
    list shares its head."""
    found, kind = [], ""
    for m in LINE_CODE.finditer(text) if "线" in text else ():
        kind = m.group(1) if m.group(1) else kind  # the kind a later bare code shares
        start = None if m.group(1) else name_start(doc, m.start(), max_chars=8)
        start = m.start() if start is None else start
        named = start < m.start() and not is_generic(text[start:m.start()], _CLASSIFYING)
        end = route.end() if (route := ROUTE_SECTION.match(text, m.end())) else m.end()  # 22号线甲乙至丙丁段
        found.append((start if named else m.start(), end,
                      "" if named or m.group(1) or not kind else kind + text[m.start():end]))
    return found


def ports(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """Ports named by the place they serve (天津港, 宁波舟山港, 黄骅港): a place's name, then 港 ending the word."""
    found = []
    gaz = gazetteer.load()
    starts = token_starts(doc)
    at = text.find("港")
    while at >= 0:
        if text[at + 1:at + 2] not in PORT_NOT_BEFORE or at + 1 == len(text):
            start = at
            while (s := next((at_ for at_ in range(start - 2, max(-1, start - 5), -1)
                              if gaz.lookup(text[at_:start])), None)) is not None:
                start = s  # 宁波舟山港: places coordinated before the port
            if start < at and start in starts and not gaz.lookup(text[start:at + 1]):  # 连云港, 防城港: cities
                found.append((start, at + 1, ""))
        at = text.find("港", at + 1)
    return found


# An item that ends with a kind of its own (…中学, …博物馆, …中心, …试验室, 二期, 先行段, …训练场, 1号机组, …船闸, …联盟, …旅游圈,
# …通道) or with the work done on it (…河道治理, …灌区现代化改造, …渠引水) is a name of its own: it shares no head; a lake's
# or river's name (东丽湖) is only a name
NUMBERED_SCHOOL = "[一二三四五六七八九十][中小]$"  # 实验三中, 城关二小: a school written short by its number, a name whole
OWN_KIND = re.compile("(?:[" + "".join(c for c in lexicons.terms("project_infrastructure") if c not in "水河湖渠") +
                      "]|中心|中学|段|场|室|机组|遗址|区|地|闸|联盟|平台|圈|岛|通道|口岸|治理|整治|改造|引水|调水)$|"
                      + NUMBERED_SCHOOL)
_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}、)+$")  # short names coordinated before a work's name
SHORT_NAME = 3  # a name coordinated before a work named by its place: a place's or a site's own short name (新立)
GOING = ("到", "经", "进")  # …进甲乙、到丙丁、经…: words of going that open the stops of a route
_FIELDS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、)+$")  # a research institution's fields, eight characters at
# most (国家高端体育装备、国家马铃薯技术创新中心)


def coordinated(doc: Doc, text: str, start: int, suffix_start: int, end: int) -> list[tuple[int, int, str]]:
    """The names coordinated before a work's name share its head (东丽湖、新立、东丽郊野公园: 东丽湖郊野公园,
    新立郊野公园): the words of a kind before its suffix and the suffix; each item short, named, of no kind of its own
    (a research institution's field, made of industry words, names it: 国家甲乙装备、国家丙丁技术创新中心)."""
    head = text[start:suffix_start]
    if text.startswith(NO_ELISION, suffix_start):  # 韦寨|水库除险加固工程: the work's kind and what is done to it
        own = kind.start() if (kind := PROJECT_SUFFIX.search(head, 2)) else len(head)
    else:
        own = next((k for k in range(2, len(head)) if only_words(head[k:], GENERIC_WORDS, min_rest=1)), len(head))
    shared = text[start + own:end]
    research = text.startswith(RESEARCH, suffix_start)
    before = (_FIELDS_BEFORE if research else _BEFORE).search(text, max(0, start - 42), start)
    if before is None:
        return []
    if any(item.startswith(GOING) for item in before.group()[:-1].split("、")[1:]):
        return []  # 甲乙地铁进丙丁、到戊己、经隧道连通庚辛机场: the stops of a route, no works sharing a head
    found = []
    words = GENERIC_WORDS if research else _CLASSIFYING  # a lab's field names it
    for s, e in listed_items(doc, text, before.start(), before.group()[:-1]):
        s = lead_off(text, s, e)  # 运行|甲乙、丙丁班列
        name = text[s:e]
        if len(name) > 2 and re.search(NUMBERED_SCHOOL, name) and text.startswith(SCHOOLS, suffix_start):
            found.append((s, e, ""))  # 实验三中、甲乙中学: the numbered school is named whole, it shares no head
            continue
        if e - s >= 2 and not is_generic(name, words) and not (len(name) > 2 and OWN_KIND.search(name)) and \
                not PHASE.fullmatch(name) and \
                not PROJECT_SUFFIX.search(name) and \
                not any(s <= a and b <= e and text[a:b] in CLAUSE_VERBS for a, b in token_bounds(doc)):  # 全线通车、: no item
            found.append((s, e, text[s:e] + shared))
    return found


# Quantity words before a name (一批, 更多, 单个) and a count right after it (…项目52个, …实验室5家, 项目达383个):
# what is counted is a kind, never one named work
BANNED = re.compile(lexicons.alternation("project_banning_verbs"))  # 禁止|A、B等项目: the kinds banned
FIRMS_KIND = re.compile("企业|公司|集团|央企|民企|外企|国企|名企")  # a list's kind naming firms: its items are firms
# a numeral and its classifier (117项目: a name), or the units a stock of housing, rooms or beds is counted in (800套)
OPENING_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:[个家处座所件条批套户间栋张床]|项(?!目))")
QUANTIFIED = re.compile("(?:" + lexicons.alternatives("quantifiers") + r")$|(?:\d+|[一二两三四五六七八九十]+)$")
# A quantity word whose noun phrase goes on through 的 to the name (一批现代化的实验基地, 一批投资少、见效快的创业基地):
# it quantifies the name as well, a kind of which there are many
QUANTIFIED_OF = re.compile("(?:" + lexicons.alternatives("quantifiers") + r")[^，,。；;：:]{0,14}的$")
QUANTIFIERS = lexicons.longest_first("quantifiers")  # a name opening with one (单个现代化…项目) is a kind
COUNT_AFTER = re.compile(r"(?:达|共|超)?(?:(?:\d+|[一二两三四五六七八九十百千]+)[个家处座所项条](?!月|小时|工作日)"  # not 3个月: a time
                         # a length (建成电气化铁路二千五百公里, 新建绿水长廊1272公里): an amount of a kind of line
                         r"|(?:[\d.]+|[一二两三四五六七八九十百千万]+)多?(?:公里|千米)"
                         # an area (实施甲乙保护项目1000万亩, 建设标准化丙丁基地2000亩): an amount of a kind of land work
                         r"|(?:[\d.]+|[一二两三四五六七八九十百千]+)多?万?(?:亩|公顷))")


def counted(text: str, start: int, end: int) -> bool:
    """Whether a name is counted or quantified as a kind: a count opening it (二十件民生实事项目), a quantity word
    right before it (一批现代设施农业片区项目, 建设更多体育公园, 5大…基地: a numeral before a name opening with 大) or
    opening the phrase that 的 joins to it (一批现代化的实验基地), or a count, a length or an area right after it
    (改善工程52个, 电气化铁路二千五百公里, 标准化甲乙基地2000亩)."""
    if OPENING_COUNT.match(text, start):
        return True  # 二十件民生实事项目, 3个产业园项目: a count opening the name, a kind counted, none named
    before = QUANTIFIED.search(text, max(0, start - 4), start)
    if before and (not before.group()[-1].isdigit() and before.group()[-1] not in "一二两三四五六七八九十"
                   or text.startswith("大", start)):
        return True
    if text.startswith("的", start - 1) and QUANTIFIED_OF.search(text, max(0, start - 20), start):
        return True  # 一批现代化的实验基地: the quantity word's phrase goes on through 的 to the name
    return bool(COUNT_AFTER.match(text, end))


LEADS = lexicons.longest_first("project_leads")


def named_kind(head: str) -> bool:
    """Whether a head before 工程 or 项目 holds a work's own kind after a short name (韦寨|水库除险加固: the items
    coordinated before it share the kind and the works, 杨桥、韦寨水库除险加固工程)."""
    kind = PROJECT_SUFFIX.search(head, 2)
    return bool(kind) and not kind.group().startswith(NO_ELISION)


def worked_on(head: str) -> bool:
    """Whether a head before 工程 names a work of a kind and what is done to it (甲乙机场改扩建, 丙丁高速甲乙段扩容):
    the works on one named work, a project, though no character of construction is written (机场, 高速)."""
    kind = PROJECT_SUFFIX.search(head, 2)
    return bool(kind) and kind.end() < len(head) and head.endswith(ACTIVITIES) and \
        not is_generic(head[:kind.start()], _CLASSIFYING) and not activity(head)


BRANCH_HEAD = re.compile("分?中心")


def branches(text: str, end: int, places: list[Match]) -> list[tuple[int, int]]:
    """The branches written right after a research institution's name: a place, then 中心 or 分中心, and the
    places and 中心 coordinated after it (甲乙技术创新中心丙省中心、丁市中心)."""
    found: list[tuple[int, int]] = []
    at = end
    while (place := next((p for p in places if p.start == at), None)) and (head := BRANCH_HEAD.match(text, place.end)):
        found.append((place.start, head.end()))
        at = head.end() + 1
        if text[head.end():at] != "、":
            break
    return found


# The main works of a work named with its kind (甲乙高铁主体工程, 丙丁机场主体工程): a stage of building that work,
# which the mention names (甲乙高铁)
MAIN_WORKS = "主体"


# A deadline before a work's name (今年主汛期前, 年底前, 汛期之前): the time by which the work is done, no part of its name
DEADLINE = re.compile(r"(?:今年|明年|当年|年内)?" + lexicons.alternation("project_deadlines") + "(?:之|以)?前")


def lead_off(text: str, start: int, end: int) -> int:
    """Past the words that open a clause or a note before a work's name (改扩建京沪高速…段, （含龙颈水库扩建）,
    首趟中亚班列) and past a deadline (主汛期前甲乙防洪工程): the name starts after them, two characters at least
    being left."""
    if (due := DEADLINE.match(text, start, end)) and end - due.end() >= 2:
        start = due.end()
    while lead := next((w for w in LEADS if text.startswith(w, start) and end - start - len(w) >= 2), None):
        start += len(lead)
    return start


ADVERBS = lexicons.words("project_clause_adverbs")  # 大幅, 紧紧: what opens a clause's predicate
OBJECT_VERBS = lexicons.words("project_object_verbs")  # 审批, 布局: verbs taking projects as their object


def past_object_verb(text: str, tokens: list[tuple[int, int]], start: int, end: int) -> int:
    """Past the last verb taking projects as its object written as a word of its own inside text[start:end] (停止
    审批|工业建设项目, 协同布局|新型储能项目): the clause's object, and a work's name, begins after it; start if none."""
    cut, i = start, bisect.bisect_left(tokens, (start, start))
    while i < len(tokens) and tokens[i][1] <= end:
        a, b = tokens[i]
        if text[a:b] in OBJECT_VERBS:
            cut = b
        i += 1
    return cut


def past_predicate(doc: Doc, text: str, start: int, end: int) -> int:
    """Past the verb written right after an adverb of manner inside text[start:end] (大幅|压缩|建设项目, 紧紧|扭住|项目,
    依法|管理|资本项目): the adverb opens the clause's predicate, its verb the word after it; the name begins after that
    verb (what is left may name a kind only, or nothing)."""
    words = [(a, b) for a, b in token_bounds(doc) if start <= a and b <= end]
    return max([start] + [words[i + 1][1] for i, (a, b) in enumerate(words[:-1]) if text[a:b] in ADVERBS])


TAIL = re.compile(AFTER_KIND + "$")


def kind_ends(name: str) -> bool:
    """Whether a name ends with a project's kind (甲乙高速铁路: whatever kind opens inside it, 高速|铁路) or is a phase
    (二期): it can stand as a work of its own."""
    return any(k.end() == len(name) for k in PROJECT_SUFFIX.finditer(name)) or bool(PHASE.fullmatch(name))


def joined(item: str) -> list[str]:
    """An item of a list split at 和 or 及 where its first half can stand as a work (kind_ends: 盐泰锡常宜高铁和南京北站,
    二期和黄茅峡水库, 甲乙高速铁路和丙丁炼油厂); otherwise one item (郴州新能源动力和储能)."""
    pair = COORDINATED.fullmatch(item)
    if pair and PROJECT_SUFFIX.fullmatch(pair.group(2)):
        return [item]  # 中西部铁路和公路: kinds of line
    return list(pair.groups()) if pair and kind_ends(pair.group(1)) else [item]


# A list's kind that names industries and what is done to them (等千亿优势特色产业升级工程): its items are sectors
INDUSTRY_KIND = re.compile(r"产业[\u4e00-\u9fff]{0,2}(?:升级|提升|振兴|培育)(?:工程|行动)$")


def sorts(text: str, start: int, items: list[str], kind: str, places: list[Match]) -> bool:
    """Whether a list of projects lists sorts, not works: the items of one list are of one sort, so where more than half
    of them name only a kind of work or a sector (铁路、高速公路、港口、机场和电网; 道路改造、园林绿化、供气供热), or
    the list's kind names industries (畜禽、水产…等优势特色产业升级工程), none of them is a work's name."""
    if INDUSTRY_KIND.search(kind):
        return True
    bare, own, pos = 0, 0, start
    for item in items:
        s = strip_lead(text, lead_off(text, pos, pos + len(item)), pos + len(item))
        name, pos = text[s:pos + len(item)], pos + len(item) + 1
        if own_facility(name):
            own += 1  # 甲乙立交桥、汽车总站: the issuer's own facility beside a named work; beside kinds only, a kind
            continue
        bare += bool(is_generic(name, _CLASSIFYING) or PROJECT_SUFFIX.fullmatch(name) or sector(name)) and \
            not place_named(name, s, places)  # 东城区: a place, no sort
    return len(items) > 1 and (2 * bare > len(items) or bare + own == len(items))


# A work described by the class of places it serves or by its size (农村饮水安全工程, 县域连接高速公路): a kind
KIND_OPENERS = lexicons.longest_first("project_kind_openers")
# A grade of institutions or levels counted opening a name (三级公立医院, 二级以上医院, 县、社两级医院: 社|两级医院, the
# item after 、): a class of hospitals or of works graded so, not one
GRADED = re.compile(r"^[\u4e00-\u9fff]?[一二两三四五]级")
# Words ranking a work among others (全球最大烷烃一体化生产基地, 省内单体最大火电基地, 西南首家…中心): a description
# of a work, not its name, unless a quoted name follows them (全国最大“渔光互补”项目: the name is “渔光互补”项目)
RANK_WORDS = r"最[大长高]|首[个座条家单笔批]"
RANKED = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:" + RANK_WORDS + ")")
# The same words written right before a name read leftwards, which stops at them (首个|数据资产盘活项目, 世界最大的|
# 甲乙生产基地): the name is described by its rank as well
RANKED_BEFORE = re.compile("(?:" + RANK_WORDS + ")的?$")


def ranked(name: str) -> int:
    """Where a work's name goes on past the words that rank it (全国最大, 首个): 0 if none rank it."""
    return m.end() if (m := RANKED.match(name)) else 0


def bare_kind(item: str) -> bool:
    """Whether a list's item is a kind of work alone: nothing but words that only classify works before a work's
    suffix (抽水蓄能电站等一批项目, 通用机场等项目): no name of its own (楚文化博物馆: 楚 names the museum)."""
    kind = PROJECT_SUFFIX.search(item)
    return bool(kind) and kind.end() == len(item) and only_words(SIZE.sub("", item[:kind.start()]), GENERIC_WORDS,
                                                                  min_rest=1)


def built(item: str) -> bool:
    """Whether a name says it is a built thing: a project's suffix (宜西攀高铁, …清洁能源基地) or a character of
    construction (水, 路, 港 …)."""
    return bool(PROJECT_SUFFIX.search(item) or INFRASTRUCTURE.search(item))


def sector(item: str) -> bool:
    """Whether a list's item names a sector (夜经济, 新能源, 生物医药) rather than a project: it ends with 经济, is
    made of industry words only, or is a line of production (光伏玻璃深加工, 航天育种): an act of production after
    words that only classify (an owner before it names a project: 甲乙智能制造)."""
    return item.endswith(SECTOR_END) or only_words(item, INDUSTRY_WORDS, min_rest=1) or \
        item.endswith(PRODUCING) and is_generic(item, _PRODUCING)


register("kg_projects", find_projects)
