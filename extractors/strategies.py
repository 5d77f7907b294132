"""Concept mentions: every label of the SKOS vocabularies (strategies, programs, formulations); region names only
where they stand for the strategy; terms that look like strategies but are not in the vocabulary (candidates)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import (CLAUSE_VERBS, FIVE_YEAR_RE, Match, add_candidate, add_matches, after_round, clause_start, covered,
                             doc_text, drop_matches, matches, name_start, only_words, overlaps, quoted, token_bounds, token_ends,
                             token_starts)
from extractors.projects import DESIGNATIONS, SECTION  # designation words (示范基地); the section of a line or park
# written after its name
from extractors.zones import INITIAL_WORDS, ZONE_END, place_first, place_initials, region  # places' initials (川渝), a place
# opening a name, a region a plan groups places into (冀东, 成都平原)
from kg import gazetteer, lexicons, vocab
from kg.lexicon import Lexicon

# Around a bare region name (京津冀, 长三角 …): words that make it the strategy, or a place.
STRATEGY_BEFORE = re.compile(lexicons.alternation("strategy_verbs_before") + r"(?:好|和|于|了|到)?$")
STRATEGY_AFTER = re.compile("^" + lexicons.alternation("strategy_nouns_after"))
AGENCY_AFTER = re.compile("^" + lexicons.alternation("strategy_agency_after"))
CONTINUED = re.compile(lexicons.alternation("formulation_continued_by"))  # 全面深化改革|开放: a longer term
STUDY_CAMPAIGN = re.compile(lexicons.alternation("concept_study_campaigns") + "$")  # …精神学习教育: it studies a formulation
QUOTED_LABELS = lexicons.words("concept_quoted_labels")  # “三通”: the concept only where quoted whole (not 三通一平)
LINKING = re.compile(lexicons.alternation("program_linking_heads") + "$")  # 甲同乙|有效衔接: a scheme linking strategies
SHORTFALL_AFTER = re.compile("(?:" + lexicons.alternation("strategy_shortfall_hedges") + "){0,3}"
                             + lexicons.alternation("strategy_shortfall_after"))  # 农业现代化|相对滞后: a problem stated
MEASURE_AFTER = re.compile(lexicons.alternation("strategy_measure_after"))  # 城镇化|率: a figure, not the strategy
MANNER_AFTER = re.compile(lexicons.alternation("strategy_manner_after"))  # 军民融合|式发展: a manner, not the strategy
# 工业化、城镇化|快速推进: a list of the country's processes with a predicate of pace, a trend stated (in_trend)
TREND_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{1,5}化)*" + lexicons.alternation("strategy_trend_after"))
CANDIDATE = re.compile(r"([\u4e00-\u9fa5]{2,16}?)((?:重大)?(?:国家)?战略)"
                       r"(?=$|[,，。；;、:：)）”\"]|和|与|及|行动|的|取得|加快|深入|成效|落地|向|为|实施|中(?![心枢]))")
# after a quoted token, the heads that make it a place's own strategy or headline goal (“3815”战略目标, “四个甲市”战略
# 定位, “天堂甲市·最美乙区”发展愿景): the token with its head is one name (guideline 2: a place's headline goal)
QUOTED_GOAL_HEAD = re.compile(r"(?:(?:发展)?战略" + lexicons.alternation("strategy_quoted_strategy_heads") +
                              r"|发展愿景|(定位|建设目标))(?=$|[^\u4e00-\u9fff]|[和与及的])")
# “融入甲市成为卫星城市”定位, “甲城乙都”建设目标: a role the place takes, a goal it builds, named so (建设目标 no word of
# the name, only saying what it is); not a numbered token (“六个甲县”建设目标: a numbered umbrella, a Formulation), nor
# “十五五”发展目标, “三个高于”目标 (a plan's period, figures), nor …奋斗目标 (measured: a fresh report's token not so named)
# “打造甲乙名城、构建丙丁胜地”的总体目标, “对接甲市，争创乙县”奋斗目标: a quoted goal whose every item opens with a verb of
# building is the place's headline goal, named by the token (with its head where the head follows it)
QUOTED_BUILT_HEAD = re.compile(r"(的)?(?:总体|奋斗|发展)?目标")
QUOTED_BUILT_ITEM = re.compile(lexicons.alternation("strategy_quoted_goal_verbs"))
QUOTED_COUNT = re.compile(r"[一二两三四五六七八九十百千\d]+[个大项]?")
CANDIDATE_LEAD = re.compile(lexicons.alternation("strategy_candidate_lead"))
GENERIC_WORDS = lexicons.longest_first("strategy_generic_words")  # 我国, 经济, 发展, 长远: no name of their own
QUANTIFIERS = lexicons.longest_first("quantifiers")  # 一系列|重大战略, 若干|发展战略: a kind of many, no name
COUNT_REF = re.compile(r"^[一两二三四五六七八九十]+[个项条]")  # 一个大战略: a count of strategies, no name
WORDS_ACROSS = lexicons.words("suffix_words_across")  # 带来: 国民经济带来 holds no 经济带
FIRMS = "企业"  # 支持企业实施品牌国际化战略, 制定企业发展战略: a firm's strategy, not a place's (firms())
# 奉行|互利共赢的|开放战略, 实施|以生态建设为主的|林业发展战略: a short clause between a verb of adherence and 的 defines
# the strategy and belongs to its name (the head alone is generic)
ADVERSARIES = tuple(lexicons.terms("strategy_adversaries"))  # 帝国主义和平演变战略: a foe's strategy
SERIES_OF_NEW = re.compile(r"新[\u4e00-\u9fff]{1,3}新[\u4e00-\u9fff]{1,3}新$")  # 新理念新思想|新|战略: a series of nouns
DEFINED_BY = re.compile("(?:" + "|".join(t for t in lexicons.terms("strategy_candidate_lead") if len(t) == 2)
                        + r")([\u4e00-\u9fff]{2,8}的)$")
GENERIC = lexicons.words("strategy_generic")
# 承担国家重大战略, 省重大发展战略: a generic phrase of scope and rank closes the term, whatever comes before it
CLASS_PHRASES = tuple(t for t in GENERIC if len(t) >= 5 and re.search("重大|国家", t))
UMBRELLA = re.compile(r"[二两三四五六七八九十]大[\u4e00-\u9fff]{0,4}战略$")  # 五大战略: a numbered umbrella, a Formulation
SCOPED = lexicons.words("strategy_goal_ends_scoped")  # 高地: only with a scope of its own (内陆开放高地)
# 五个高地: a numbered umbrella of goals, each a place's goal whatever its scope
UMBRELLA_GOALS = re.compile(r"[两二三四五六七八九十][个大](" + lexicons.alternatives("strategy_goal_ends_scoped") + ")")
COUNTED = re.compile(r"[一两二三四五六七八九十][个大]?$")
UMBRELLA_COUNT = re.compile(r"[一两二三四五六七八九十]+[个大项]")  # 六大|强市战略: the goals counted, an umbrella
CENTRES = {t for t in SCOPED if t.endswith("中心")}  # 全国经济中心: a function a place holds, the scope its name's
SERVED = lexicons.words("strategy_goal_ends_of_strategy")  # 战略支点: a role in a strategy its label names
JUNCTIONS = {w for w in SERVED if w.endswith("交汇点")}  # “一带一路”交汇点: only where the label opens it (历史交汇点)
JOIN_ENDS = lexicons.words("strategy_join_ends")  # 圈: a region to join (融入首都通勤圈)
REGION_PLANS = lexicons.words("strategy_region_plan_ends")  # 经济区: a region's plan, only where a region names it
REGION_GROWTH = re.compile(r"(?:高质量|加快|协同|一体化)?发展(?!规划|区)")  # 甲北城镇圈|高质量发展 (not …发展规划)
GRANARIES = lexicons.words("strategy_granary_ends")  # 粮仓: a province's granary, only where its region names it
GOAL = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(
    {*lexicons.terms("strategy_goal_ends"), *SCOPED, *JOIN_ENDS, *REGION_PLANS, *GRANARIES}, key=len, reverse=True)) + r")(?!(?<=中心)城市)(?:战略)?")
# 区域经济中心|城市: a centre's name before 城市 is a kind of city's, the goal is the city (中心城市)
SCOPE = re.compile(lexicons.alternation("strategy_goal_scopes"))
SCOPE_ENDING = re.compile(SCOPE.pattern + "$")
SCOPE_CHARS = max(map(len, lexicons.terms("strategy_goal_scopes")))  # the longest scope, 向西开放
JOIN_VERB = re.compile(lexicons.alternation("strategy_join_verbs") + "$")
# what may follow a scoped goal (not 高地|排头兵); 以共建甲市国际科技创新中心|为引领, 抓住共建…中心|重大机遇: the goal is
# the object of the frame around it
GOAL_END = re.compile(r"$|[^\u4e00-\u9fff]|[和与及、的]|建设|为|(?:重大|历史性)?机遇")
# 国际交往中心|功能进一步增强, 增强全国文化中心|影响力: what a place's central function has, raised as the goal is
CENTRE_CAPACITY = re.compile(lexicons.alternation("strategy_centre_capacity_after"))
PLACE_GOAL = re.compile(lexicons.alternation("strategy_place_goal_heads") + "[新大]?")
PLACE_GOAL_HEAD = re.compile(lexicons.alternation("strategy_place_goal_heads") + "$")  # 现代化|新X建设
REVIVAL = re.compile(r"(?:地区)?全面振兴(?:全方位振兴)?")  # after a place: its revitalization, a goal
# 豫北地区全面振兴: the revitalization of a province's part, named by its initial and a direction (as a place's)
REGION_REVIVAL = re.compile(r"地区全面振兴(?:全方位振兴)?")
REGION_PART = re.compile(r"[\u4e00-\u9fff]{1,2}(?<![东南西北中])[东南西北]{1,2}")  # 豫北, 粤东西北 (not 中西, 东北)
PRAISE = re.compile(lexicons.alternation("strategy_place_goal_praise"))  # 新, 美好, 壮美: right before the place's name
QUALITIES = re.compile("(?:" + lexicons.alternation("strategy_place_goal_qualities") + "){2,}$")  # 美丽幸福|X
PLACE_GOAL_AFTER = re.compile(lexicons.alternation("strategy_place_goal_after"))  # 新X|作出贡献, 新X|现代化建设
PRACTICE_OF = re.compile(lexicons.alternation("strategy_practice_of") + "(?:建设)?")  # 中国式现代化|X实践
PRACTICE_HEAD = re.compile(lexicons.alternation("strategy_practice_heads"))  # X|实践, X|新实践: not X篇章
# 美丽 + a place: a local initiative (a Program), the place's headline goal where paired with its goal (below; the
# gold README's decision for 美丽; 健康X, 数字X paired with a sector's 强省 stay programmes)
HEADLINE_INITIATIVE = "美丽"
BUILT_AFTER = re.compile("(?:现代化)?建设")  # 新X建设: a goal to build, without a verb before it
CITY_HEAD = re.compile(lexicons.alternation("strategy_city_goal_heads"))  # 城市, 城区: a kind of city as a goal
CITY_QUALIFIER = re.compile(lexicons.alternation("strategy_city_goal_qualifiers") + "、?")  # 现代化、国际化…城市
CITY_PARTS = tuple(lexicons.terms("strategy_city_goal_parts"))  # 中心|城区, 主|城区: a part of a place's towns
GOAL_ALONE = lexicons.words("strategy_goal_ends_alone")  # 文化强省: a goal wherever it stands
GOAL_VERB_INSIDE = re.compile(lexicons.alternation("strategy_goal_verbs"))
RANKED = re.compile(r"[十百]$")  # 百|强县, 十|强县: a ranking, a title awarded (strategy_goal_not_before)
GOAL_NOT_AFTER = re.compile(lexicons.alternation("strategy_goal_not_before") + "$")  # 加|强市, 百|强县
AS_ZONES = lexicons.words("strategy_concepts_as_zones")  # 西咸新区: a national new area is a zone (guideline 2)
AS_PROJECTS = lexicons.words("strategy_concepts_as_projects")  # 长城国家文化公园: a national cultural park is built
BUILT_ENDINGS = ("公园", "文化带")  # …国家文化公园, 大运河文化带: an AS_PROJECTS concept written as what is built
CLASSES = lexicons.words("strategy_classes") | lexicons.words("program_concept_kinds")  # 区域重大战略, 国家文化公园: a
# class of strategies, none of its own; 海绵城市: a kind of city, no programme but in a pilot's name
GOAL_CLASS_HEADS = tuple(lexicons.terms("strategy_goal_class_heads"))  # 重点: a class of goals, none of its own
GOAL_VERB = re.compile(lexicons.alternation("strategy_goal_verbs") + r"(?:好|成为?)?$")
# 紧紧围绕|建设|甲乙新高地: a goal built in the frame of the report's work is the place's headline goal, scoped or not
FRAMED = re.compile(lexicons.alternation("strategy_headline_frames") + lexicons.alternation("strategy_goal_verbs") + "$")
# 美丽中国|先行区, 交通强国|省域示范区: the label opens a designation's name, a Program (guideline 2)
DESIGNATION_AFTER = re.compile("(?:" + lexicons.alternation("strategy_designation_scopes") + ")?"
                               + lexicons.alternation("strategy_designation_after"))
TITLE_AFTER = re.compile(lexicons.alternation("program_label_title_after"))  # 法治政府建设|示范市: a title's opening
BODY_HEAD = re.compile(lexicons.alternation("program_counted_bodies") + "$")  # 紧密型县域|医共体: a kind of body
BODIES_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)个(?:以上)?$")  # 打造15个|…医共体: bodies counted
BODIES_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)个")  # …医共体|82个
TITLE_WON_AFTER = re.compile(lexicons.alternation("strategy_title_after"))  # 乡村振兴|先进县: a title won, no strategy
SLOGAN_VERBS = tuple(lexicons.terms("strategy_slogan_verbs"))  # 兴国|强省, 富民|强省: two verb-objects, no goal
STRONG = tuple(w for w in GOAL_ALONE if w.startswith("强"))  # 强国, 强省 …: a strong X
DEFINING = re.compile(r"以[\u4e00-\u9fff]{1,8}为(?:核心|主体|重要载体|引领|支撑|龙头)的$")  # 以首都为核心的…
REGION_ENDS = ("都市圈", "城市圈", "城市群", "大都市圈", "经济带", "发展带")  # regions, named by their places
REGION_ROLE = re.compile("(?:" + "|".join(REGION_ENDS) + r")(?:上的)?(?:重要|核心)?"
                         r"(?:副中心城市|中心城市|核心城市|节点城市|门户城市|增长极)")  # …城市群|重要中心城市: a role in it
KIND_ONLY = re.compile("(?:" + lexicons.alternation("strategy_region_qualifiers") + ")+")
LEVEL = re.compile(r"(?:国家|省|市|县|区)级")  # 省级特色产业强县: a title a level awards (not 高能级开放强省)
AWARDED = re.compile("|".join((*lexicons.terms("program_award_verbs"), "获")))  # 获评|甲省质量强县, 再获|…: a title
# won, no goal set
LEVELS_BRACKETED = re.compile(r"[(（][市区县旗、]+[)）]")  # 强县|(市、区): the places of every level a ranking counts
INTEGRATION = re.compile(r"(?:一体化|同城化)(?:高质量发展|发展)?")  # 郴资桂一体化, 川渝一体化高质量发展, 甲乙同城化
DASHES = ("-", "—", "－")
ROUTE_ENDS = tuple(w for w in lexicons.terms("strategy_goal_ends") if w.endswith(("走廊", "通道")))  # 开放大通道
PLACES_JOINED = ("与", "和", *DASHES)  # 甲县与乙区, 甲市—乙市: two places whose integration is named
# 打造全球|先进制造业|基地: a sector's base with a national or global scope after a verb of building, the place's
# positioning goal; not a record (最大), a rank (首批), a defined one (有影响力的) nor a designation (示范基地)
POSITIONING_BASE = re.compile("(?:" + lexicons.alternatives("strategy_base_scopes") + r")(?:重要的?)?"
                              r"((?:(?![的最首])[\u4e00-\u9fff]){2,12}?)基地(?=$|[^\u4e00-\u9fff]|[和与及、的]|建设)")
# 打造|具有全球影响力的|甲业创新中心: the qualities a place's goal is to have, in a clause after a verb of building, open
# the goal's name and give a sector's goal the scope it lacks (strategy_goal_qualities, strategy_qualified_goal_ends)
QUALIFIED_GOAL = re.compile(r"具有[\u4e00-\u9fff]{0,6}?" + lexicons.alternation("strategy_goal_qualities") +
                            r"的((?:(?!的)[\u4e00-\u9fff]){2,18}?" + lexicons.alternation("strategy_qualified_goal_ends") +
                            "(?:城市)?)")
# 立足|“甲乙示范区”|发展定位: the role a place is to play, named in the frame of its positioning (strategy_positioning_ends)
POSITIONING = re.compile(r"立足[“\"]?((?:(?![“”\"])[\u4e00-\u9fff]){3,18}" + lexicons.alternation("strategy_positioning_ends") +
                         r")[”\"]?(?:发展|功能|战略)?定位")
CITY_ROLES = tuple(w for w in lexicons.terms("strategy_goal_ends") if w.endswith("中心城市"))  # 甲市区域|中心城市: a role
QUALIFIED_ROLE = re.compile(lexicons.alternation("strategy_goal_verbs") + r"(?:(?![的，,。；、])[\u4e00-\u9fff]){2,10}的$")
ROLE_HELD = re.compile(r"(?:作为|成为)(?:国家确定的)?$")  # 甲市作为|乙区域中心城市: a city's role it holds or takes
ROLE_CAPACITY = re.compile(lexicons.alternation("strategy_role_capacity_after") + "(?!规划)")  # 能级, 发展 (not …发展规划)
BASE_AREA = re.compile(lexicons.alternation("strategy_base_area_ends") + "(?!规划)")  # 甲山|革命老区振兴发展
# 为加快建设|甲乙先行区|，…而努力奋斗; 谱写全面建设|甲谷、乙新区|的崭新篇章: what a report's closing appeal strives to
# build, or the chapter or journey of building it, is the place's headline goal (appeal_goals)
APPEAL_END = re.compile(r"而?(?:努力|不懈|团结|接续|共同)?奋斗|的(?:崭新|新)?(?:篇章|征程)")
APPEAL_VERB = re.compile(r"(?:加快|奋力|全面|努力|持续)?(?:建设|建成|打造)")
APPEAL_OPENING = re.compile(r"(?:谱写|书写|开启|开创|踏上|迈上)了?$")  # 谱写|全面建设…的崭新篇章 (not 向现代化建设…的新征程)
APPEAL_NOT_GOAL = re.compile(lexicons.alternation("strategy_appeal_not_goal"))
APPEAL_ITEM = re.compile(r"[\u4e00-\u9fff]{2,16}")
APPEAL_HELD = {"Strategy", "Formulation", "Policy", "Event", "Zone", "Project"}  # names a goal may not overlap
# 筑牢甲国西南|生态安全屏障: a barrier named with the part of the country or the river's reach it guards (barriers)
BARRIER = re.compile(lexicons.alternation("strategy_barrier_kinds"))
BARRIER_SCOPE = re.compile(lexicons.alternation("strategy_barrier_scopes"))
# 打造甲国|向北开放|重要桥头堡, 建设|面向乙盟的|金融开放门户: a place's role in the country's opening (opening_roles)
OPENING_ROLE = re.compile(r"(?:向[东南西北]|(?:[东南西北]向){1,2})开放(?:重要|战略|新)?"
                          + lexicons.alternation("strategy_opening_role_ends"))
FACING_ROLE = re.compile("面向" + lexicons.alternation("strategy_facing_regions") + r"的?(?:(?![的，,。；])[\u4e00-\u9fff]){0,10}?"
                         + lexicons.alternation("strategy_opening_role_ends"))
ROLE_BUILT = re.compile(r"(?:加快|加速)?建设")  # 甲乙桥头堡|加快建设: a role to build
# 沿沪宁|产业创新带, 甲乙|科创走廊, 甲市-乙县|人才科创走廊, G60|科创走廊: a belt of innovation several places build
# together, named by them, by their initials, by a road's code or by a bay a place names (corridors)
CORRIDOR = re.compile(lexicons.alternation("strategy_corridor_ends"))
ROAD_CODE = re.compile(r"[A-Z]{1,2}\d{1,4}")  # G60: an expressway's code
ALONG = re.compile(r"沿[江海河湖黄淮边]")  # 沿江|智造走廊: the river or coast a belt runs along, as a road's code
# 区域消费中心城市, 国家现代流通战略支点城市: a city's role a ministry designates and lists (guideline 2: a designation that
# assigns work is a Program), named like a place's goal
DESIGNATED_GOALS = tuple(lexicons.terms("strategy_goal_ends_designated"))
# 打造|世界知名|旅游目的地: the destination a place sets out to be for the world or the country, its tourism named
# whole (strategy_destination_words: how renowned, 文化旅游); not a niche's (世界冰雪旅游目的地, 国际康养旅游目的地)
DESTINATION = re.compile(SCOPE.pattern + "(?:" + lexicons.alternation("strategy_destination_words") + "){0,3}旅游目的地")
DESTINATION_QUALIFIER = re.compile(r"(?:(?![的，,。；;])[\u4e00-\u9fff]){1,12}的$")  # 建设|更具甲乙魅力的|世界…目的地


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    lex = Lexicon()
    for c in vocab.load():
        for label in (c.pref_label, *c.alt_labels):
            lex.add(label, (c.id, c.type, False))
        for label in c.region_labels:
            lex.add(label, (c.id, c.type, True))
    return lex


@lru_cache(maxsize=1)
def labels() -> dict[str, str]:
    """The preferred label of each vocabulary concept, by id."""
    return {c.id: c.pref_label for c in vocab.load()}


LIST_JOINERS = ("、", "和", "及", "以及", "与")
STRATEGY_NOUN_AFTER_LIST = re.compile(r"^等?[\u4e00-\u9fa5]{0,10}?战略")


def _list_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a name to the list of vocabulary names it stands in (京津冀、长三角、粤港澳大湾区)."""
    lex = lexicon()
    moved = True
    while moved:
        moved = False
        for joiner in LIST_JOINERS:
            j = start - len(joiner)
            if j > 0 and text[j:start] == joiner:
                k = next((k for k in range(max(0, j - lex.max_len), j - 1) if lex.get(text[k:j])), None)
                if k is not None:
                    start, moved = k, True
                    break
    moved = True
    while moved:
        moved = False
        for joiner in LIST_JOINERS:
            if text.startswith(joiner, end):
                j = end + len(joiner)
                k = next((k for k in range(min(len(text), j + lex.max_len), j + 1, -1) if lex.get(text[j:k])), None)
                if k is not None:
                    end, moved = k, True
                    break
    return start, end


def speaks_of_strategy(text: str, start: int, end: int) -> bool:
    """Whether a bare region name at text[start:end] stands for its strategy rather than for the place: a verb
    such as 融入/对接 before it (or before the list it stands in), or a strategy noun after it (or the list)."""
    if STRATEGY_AFTER.match(text[end:end + 8]):
        return True
    start, end = _list_bounds(text, start, end)
    return bool(STRATEGY_BEFORE.search(text[max(0, start - 8):start]) or STRATEGY_AFTER.match(text[end:end + 8])
                or STRATEGY_NOUN_AFTER_LIST.match(text[end:end + 16]) or
                list_governed(text, start))


# 坚持|科技赋能、|创新驱动: the short items of a list before a bare label, read back to the verb that governs the list
SHORT_ITEMS_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,8}、){1,4}$")
ADHERENCE = re.compile(lexicons.alternation("strategy_verbs_before"))


def list_governed(text: str, start: int) -> bool:
    """Whether a bare label at start is a later item of a list of short items (two to six characters each) that a verb
    of strategy_verbs_before opens (坚持|科技赋能、创新驱动): the verb governs every item."""
    items = SHORT_ITEMS_BEFORE.search(text, max(0, start - 36), start)
    if items is None:
        return False
    first_end = items.start() + items.group().index("、")
    return any(first_end - v.end() >= 2 and first_end - v.end() <= 6
               for v in ADHERENCE.finditer(text, max(0, items.start() - 8), first_end))


QUOTED_PART_HEADS = re.compile(lexicons.alternation("strategy_quoted_part_heads") + "$")
WORD_CHAR = re.compile(r"\w")


def part_of_quoted(text: str, quotes: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether a label is only part of the quoted token it stands in (“两新一重”, “百千万工程”, “雄安质量”): the quotes
    make the whole token one name, another one; a head saying what the label is (“一带一路建设”) keeps it."""
    a, b = next(((a, b) for a, b in quotes if a <= s and e <= b), (s, e))
    return bool(s > a and WORD_CHAR.match(text[s - 1]) or
                e < b and WORD_CHAR.match(text[e]) and not QUOTED_PART_HEADS.match(text, e, b))


def find_concepts(doc: Doc) -> list[Match]:
    text, quotes = doc_text(doc), quoted(doc)
    found = []
    for s, e, values in lexicon().scan(text):
        concept, type_, region = values[0]
        if AGENCY_AFTER.match(text[e:e + 4]) or type_ == "Strategy" and any(
                after.match(text, e) for after in (SHORTFALL_AFTER, MEASURE_AFTER, MANNER_AFTER)) or \
                type_ == "Formulation" and CONTINUED.match(text, e) or type_ == "Strategy" and in_trend(text, s, e):
            continue
        if e - s < 4 and doc.char_span(s, e) is None:
            continue  # short labels only as whole words
        if text[s:e] in QUOTED_LABELS and (s, e) not in quotes:
            continue  # 三通一平: a common word of another sense; the concept is written “三通”
        if type_ in ("Strategy", "Program") and quotes and part_of_quoted(text, quotes, s, e):
            # kept while the other families read the sentence (the quoted name is theirs), dropped after
            found.append(Match(s, e, type_, key=concept, cites=not region or speaks_of_strategy(text, s, e),
                               attrs=(("syllable", "1"),)))
            continue
        listed = listed_items(text, s, e, lexicon())
        if listed:  # 长征、黄河、长江等国家文化公园: the items are the concepts, the shared label only their head
            found += [Match(a, b, "Project" if c in AS_PROJECTS else t, key="" if c in AS_PROJECTS else c,
                            attrs=(("name", labels()[c]),)) for a, b, c, t in listed]
            continue
        if concept in CLASSES or type_ == "Strategy" and in_work_list(text, s, e):
            continue
        if type_ == "Program" and TITLE_AFTER.match(text, e):
            continue  # 法治政府建设|示范市: the label opens a title or a designation named after it
        if type_ == "Program" and BODY_HEAD.search(text, s, e) and (
                BODIES_BEFORE.search(text, max(0, s - 8), s) or BODIES_AFTER.match(text, e)):
            continue  # 组建紧密型县域医共体82个: the bodies of a scheme counted, a category
        if type_ == "Strategy" and (DESIGNATION_AFTER.match(text, e) or TITLE_WON_AFTER.match(text, e)):
            # kept while the other families read the sentence, dropped after
            found.append(Match(s, e, type_, key=concept, attrs=(("designation", True),)))
            continue
        if concept in AS_ZONES or concept in AS_PROJECTS and text.endswith(BUILT_ENDINGS, s, e):  # named and placed like any
            if concept in AS_ZONES or not SECTION.match(text, e):  # 长城国家文化公园(辽宁段): the projects' rule
                found.append(Match(s, e, "Zone" if concept in AS_ZONES else "Project"))  # of sections names it
        elif type_ == "Strategy" and not region and (path := chinese_path(text, s, e)):
            found.append(Match(path[0], path[1], type_, key=concept, attrs=(("name", path[2]),)))
        else:
            found.append(Match(s, e, type_, key=concept, cites=not region or speaks_of_strategy(text, s, e)))
            if type_ == "Program" and (head := STUDY_CAMPAIGN.search(text, s, e)):
                found += studied(text, s, head.start())
            if type_ == "Program" and (head := LINKING.search(text, s, e)):
                found += linked(text, s, head.start())
        found += elided_matches(text, s, e)
    if "等" in text:
        found += [m for m in head_after_list(text) if not overlaps(m, found)]
    return sorted(found, key=lambda m: m.start)


def in_trend(text: str, s: int, e: int) -> bool:
    """Whether a label ending in 化 is an item of a list of the country's bare processes that a predicate of pace closes
    (工业化、城镇化|快速推进, 工业化、信息化、城镇化|深入发展中): a trend stated, no strategy pursued; a list the named
    directions open (新型工业化、信息化、城镇化…持续推进) names them."""
    return text[e - 1] == "化" and (text[s - 1:s] == "、" or text.startswith("、", e)) and \
        bool(TREND_AFTER.match(text, e)) and "新型" not in text[clause_start(text, s):e]


PATH_OPENING = "中国特色"
PATH_AFTER = re.compile(r"(?:、[\u4e00-\u9fff]{2,6}){0,4}道路")  # …、信息化、城镇化|道路: the list's items share it


def chinese_path(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A strategy's label written as the country's own path (走中国特色城镇化道路; 走中国特色新型工业化、信息化…道路, the
    first item of a list sharing 道路): the path is the strategy's fullest form (guideline 2), from 中国特色 right
    before the label; (start, end, name) or None. The last items of such a list keep their label alone."""
    if not text.endswith(PATH_OPENING, 0, start):
        return None
    after = PATH_AFTER.match(text, end)
    if after is None:
        return None
    name = PATH_OPENING + text[start:end] + "道路"
    return (start - len(PATH_OPENING), after.end() if after.end() == end + 2 else end, name)


def linked(text: str, start: int, end: int) -> list[Match]:
    """The vocabulary strategies a scheme of linking names before its head (巩固拓展脱贫攻坚成果同乡村振兴|有效衔接): what
    it links, each a mention of its own (held inside the programme's name: LINKED)."""
    return [Match(a, b, "Strategy", key=values[0][0], attrs=LINKED) for a, b, values in lexicon().scan(text, start, end)
            if values[0][1] == "Strategy"]


LINKED = (("linked", True),)


def studied(text: str, start: int, end: int) -> list[Match]:
    """The vocabulary formulations written in a campaign of study's name before its head (深入贯彻|中央八项规定|精神,
    学习教育): what it studies, each a mention of its own."""
    return [Match(a, b, "Formulation", key=values[0][0]) for a, b, values in lexicon().scan(text, start + 1, end)
            if values[0][1] == "Formulation"]


def head_after_list(text: str) -> list[Match]:
    """Vocabulary strategies written as a list closed by 等 before the head their labels share, the head no label of
    its own (甲、乙等经济走廊, 泛珠三角等区域合作; guideline 2: coordinated names keep their shared head): each item
    with the head; not an item that is a label itself (国家文化公园|等建设)."""
    lex, endings, found = lexicon(), label_endings(), []
    for m in re.finditer("等", text):
        p = m.start()
        for k in range(min(len(text), p + 1 + lex.max_len), p + 2, -1):
            head = text[p + 1:k]
            if lex.get(head):
                break  # 长征、黄河等国家文化公园: a whole label after 等 (listed_items)
            if head not in endings:
                continue  # no label ends so: no item can take it

            def fits(item: str, head: str = head) -> bool:
                hit = lex.get(item + head)
                return bool(hit) and hit[0][1] == "Strategy" and not lex.get(item) and hit[0][0] not in CLASSES

            items = listed_before(text, p + 1, fits, 6, "等")
            if items:
                items += listed_before(text, items[0][0], fits, 6, "、和及与")
                concepts = [(a, item, lex.get(item + head)[0][0]) for a, item in items]
                found += [Match(a, a + len(item), "Strategy", key=c, attrs=(("name", labels()[c]),))
                          for a, item, c in concepts]
                break
    return found


@lru_cache(maxsize=1)
def label_endings() -> frozenset[str]:
    """Every ending of a vocabulary label after its first character (经济走廊 of 中巴经济走廊): the heads a list's
    items may share."""
    return frozenset(label[i:] for c in vocab.load() for label in (c.pref_label, *c.alt_labels, *c.region_labels)
                     for i in range(1, len(label)))


def elided_matches(text: str, start: int, end: int) -> list[Match]:
    """The labels written before a label or a strategy's name and sharing its ending (elided_items), as matches: a
    vocabulary zone or park (before a park's label) by its name, the rest as the concept."""
    found = []
    for a, b, c, t in elided_items(text, start, end, lexicon()):
        kind = "Zone" if c in AS_ZONES else "Project" if c in AS_PROJECTS and text.endswith(BUILT_ENDINGS, start, end) \
            else None
        found.append(Match(a, b, kind, attrs=(("name", labels()[c]),)) if kind else Match(a, b, t, key=c))
    return found


def listed_items(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """The concepts a list written before 等 and a whole label names (长征、黄河、长江等国家文化公园: three parks):
    each item with the label is a label of its own."""
    label, items, pos = text[start:end], [], start - 1
    if text[pos:pos + 1] != "等":
        return []
    heads = [label[:k] for k in range(len(label), 3, -1) if lex.get(label[:k])]  # 国家文化公园建设, 国家文化公园
    while text[pos:pos + 1] == "等" if not items else text[pos:pos + 1] in "、和及与":
        item = next(((i, h) for h in heads for i in range(max(0, pos - 6), pos - 1) if lex.get(text[i:pos] + h)), None)
        if item is None:
            break
        concept, type_, _ = lex.get(text[item[0]:pos] + item[1])[0]
        items.append((item[0], pos, concept, type_))
        pos = item[0] - 1
    return items


def listed_before(text: str, pos: int, fits, longest: int, joins: str, shortest: int = 1) -> list[tuple[int, str]]:
    """The items of a list written before pos, read leftwards over the joins: each time the longest item (of shortest
    to longest characters) that fits; (start, item) pairs."""
    items = []
    while pos > shortest and text[pos - 1] in joins:
        item = next((text[i:pos - 1] for i in range(max(0, pos - 1 - longest), pos - shortest)
                     if fits(text[i:pos - 1])), None)
        if item is None:
            break
        pos -= 1 + len(item)
        items.append((pos, item))
    return items


def elided_items(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """Names a list shortens by sharing the head of the last one: 长江、黄河、长城国家文化公园 names three parks."""
    label = text[start:end]
    for k in range(1, len(label) - 1):
        head = label[k:]
        items = listed_before(text, start, lambda item: lex.get(item + head), 6, "、和及与")
        if items:
            return [(p, p + len(item), *lex.get(item + head)[0][:2]) for p, item in items]
    return []


def umbrella_endings(text: str) -> frozenset[str]:
    """The scoped goal endings a report counts in a numbered umbrella (构筑五个高地, 打造三大高地; guideline 2: each
    named strategy of a numbered umbrella is a Strategy): the report's goals with that ending need no scope."""
    return frozenset(m[1] for m in UMBRELLA_GOALS.finditer(text))


BELT_ENDS = ("发展带", "经济带")
AIMS_JOINED = re.compile(r"(?:保护|治理|修复|涵养)和$")  # 甲山生态保护和|绿色发展带: the belt's first aim, joined to the
# second by 和, belongs to its name with the region before it (as in 黄河流域生态保护和高质量发展)


def find_goals(doc: Doc) -> list[Match]:
    """A place's goals and the regions it sets out to join, named after a verb of building or joining or in a list
    after one (建设教育强省、科技强省; 融入杭州都市圈): strong-province goals, central cities, metropolitan areas."""
    text = doc_text(doc)
    found: list[Match] = []
    for m in GOAL.finditer(text):
        if text[m.end() - 1:m.end() + 1] in WORDS_ACROSS:
            continue  # 国民经济带来: the ending's last character is a word's with the next one, no goal ends there
        if text[m.start() - 1:m.start()] == "等" and m.group() not in GOAL_ALONE:
            found += initials_listed(doc, m.start() - 1, m.end(), m.group())  # 甲乙、丙丁等产业走廊
            continue
        start = name_start(doc, m.start(), max_chars=12)
        if start is not None and m.group() in BELT_ENDS and AIMS_JOINED.search(text, max(0, start - 3), start):
            start = name_start(doc, start - 1, max_chars=12) or start  # 甲山生态保护和|绿色发展带: one belt's two aims
        start = start if start is None else after_round(text, start, m.start())  # 新一轮|…强县工程: no goal's word
        role = role_opening(text, start) if start is not None else None  # (where the name begins, the region's start)
        start = role[0] if role else start  # 打造|甲省对接乙湾区重要增长极: the place's role toward a region
        if m.group() in CENTRES:
            start = scope_opening(text, start, m.start())
        owner = owner_opening(doc, start, m.start()) if start is not None and \
            m.group().removesuffix("战略") in SCOPED else None
        owner = owner or (served_opening(doc, start, m.start()) if start is not None and m.group() in SERVED else None)
        if m.group() in JUNCTIONS and not owner:
            owner = quoted_label_opening(doc, m.start())  # “一带一路”|交汇点: the label quoted right before it
            start = owner[0] if owner else start
        if m.group() in JUNCTIONS and not owner:
            continue  # 在“两个一百年”的历史交汇点上: a moment, no strategy's role
        start, scope_at = owner or (start, start)  # the region's own match is no strategy of its own here
        if start is None or m.start() - start < 2 or covered(doc, scope_at, role[1] if role else m.end(),
                                                             {"Strategy", "Program", "Formulation"}) or \
                role and covered(doc, role[1], m.end(), {"Program", "Formulation"}):  # the region its own citation
            continue
        if UMBRELLA_COUNT.fullmatch(text, start, m.start()):
            continue  # 六大强市战略, 三大强县: a count of goals, a numbered umbrella (a Formulation), none named
        if place_ending(text, start, m) or own_ending(m) and (
                any(a < m.start() < b < m.end() for a, b in token_bounds(doc)) or
                text.endswith(OWN_ENDINGS, start, m.start())):
            continue  # 浙江嘉兴市, 山西兴县: the ending closes a place's name; 建立|县级: its first character closes
            # another word; 立县兴县: a chain of verb-objects, no X立县/X兴县 strategy
        if RANKED.search(text, start, m.start()) and m.start() - start > 1:  # 中国甲基地十强县: a title awarded, held
            found.append(Match(start, m.end(), "Strategy", attrs=(("designation", True),)))  # while the other families
            continue  # read the sentence (no base of its own inside it), dropped after
        if GOAL_NOT_AFTER.search(text, start, m.start()) or text.startswith(("场", "会"), m.end()) or \
                text.startswith(GOAL_CLASS_HEADS, start):
            continue  # 加强市场, 新兴市场, 济南强省会: words, not goals; 重点城市群, 重点领域强省: a class of goals
        lead = [v for v in GOAL_VERB_INSIDE.finditer(text, start, m.start()) if not (role and ROLE_VERB.fullmatch(v[0]))]
        if lead:  # 不断开创现代化经济强省: the name starts after the verb
            start = lead[-1].end()
            if m.start() - start < 2:
                continue  # 搭建城市群: no name
        elif text.startswith("成", start) and GOAL_VERB_INSIDE.search(text, max(0, start - 4), start) and \
                opening_place(text, start, m.end()) is None and not owner:
            start += 1  # 打造|成全|省…增长极: the segmenter glues 成 of 打造成 to the name (not 建设|成都都市圈)
        ending = m.group().removesuffix("战略")
        before = found[-1].end if found else -1
        if start < before <= m.start() - 2 and not text[before:m.start()].startswith(("、", "和")):
            start = before  # 工业兴省制造强省: two goals written one after the other, the second starts after the first
        inner = next((p.end for p in matches(doc) if p.label == "Place" and start + 2 <= p.start and
                      p.end <= m.start() - 2), None) if ending in STRONG else None
        if inner is not None:  # 数字甲省|智造强省: a place inside the head after words of its own closes another name
            start = inner  # (the place's initiative); the goal is named after it
        if ending in STRONG and (is_slogan(text[start:m.start()]) or text.startswith(SLOGAN_VERBS, m.end())):
            continue  # 兴国强省, 富民强省, 质量强企强链强县: a slogan of verb-objects, not a sector's goal
        if ending in SCOPED and text.startswith("向", start - 1) and SCOPE.match(text, start - 1):
            start -= 1  # 构筑|向|西开放…高地: the segmenter reads the direction of opening as a preposition
        scope_pos = scope_at if owner else start
        if ending in CENTRES and not owner and not SCOPE.match(text, start):  # 甲市|区域科技创新中心: the place whose
            placed = opening_place(text, start, m.start())  # centre it is opens the name before the scope
            scope_pos = placed if placed is not None and SCOPE.match(text, placed) else start
        capacity = ending in CENTRES and CENTRE_CAPACITY.match(text, m.end())  # 提升甲中心|能力: a function's
        if ending in SCOPED and not ((SCOPE.match(text, scope_pos) or ending in (doc._.umbrellas or ())
                                      and not COUNTED.search(text, start, m.start())
                                      or FRAMED.search(text, max(0, start - 8), start)) and
                                     (GOAL_END.match(text, m.end()) or capacity)):
            continue  # 打造人工智能创新发展高地: a sector's, not a place's goal (unless the report counts its goals or
            # frames its work around it); 三大高地, 一圈一网一高地: the count itself, a formulation
        if ending in JOIN_ENDS and not JOIN_VERB.search(text, max(0, start - 6), start):
            continue  # 一刻钟便民生活圈: no region to join
        ecological = ending in REGION_PLANS and ecological_plan(text[start:m.start()])
        if ending in REGION_PLANS and not (region(text[start:m.start()]) or ecological):
            continue  # 建设临空经济区: a zone named by its function, no region's plan (甲东绿色经济区 is one)
        if ending in GRANARIES and not (all_initials(text[start:m.start()]) or region(text[start:m.start()]) or
                                        gazetteer.load().lookup(text[start:m.start()])):
            continue  # 蓝色粮仓, 黑土粮仓: a kind of granary (the sea's, black soil's), none a region names
        listed = found and found[-1].end == start - 1 and text[start - 1] in "、和"  # 建设教育强省、科技强省
        if LEVEL.search(text, start, m.start()) or text[start - 1:start] == "等" or LEVELS_BRACKETED.match(text, m.end()) \
                or ending in STRONG and AWARDED.search(text, max(clause_start(text, start), start - 8), m.start()):
            continue  # 争创省级特色产业强县: a title a level awards, whatever the verb before it, no place's own goal;
            # 甲县、乙县等经济强县: the class the places listed belong to; 工业强县(市、区): the class a ranking
            # counts, its other levels bracketed; 再获省质量强县, 获评全省…强县: a title won in its clause
        alone = m.group().removesuffix("战略") in GOAL_ALONE or ecological
        defined = DEFINING.search(text, max(0, start - 16), start)
        if defined:  # 以首都为核心的世界级城市群: the clause that defines the goal belongs to its name
            start = defined.start()
        if ending in REGION_ENDS and KIND_ONLY.fullmatch(text, start, m.start()):
            continue  # 世界级城市群, 创新型现代化都市圈: a kind of region described, none named
        built = text.startswith("建设", m.end()) and ending not in JOIN_ENDS or capacity or (  # 加快…高地建设: a goal to build;
            ending in CITY_ROLES and ROLE_CAPACITY.match(text, m.end()) and  # 提升甲市|区域中心城市|能级: a place's
            opening_place(text, start, m.end()) is not None) or (  # role whose capacity is raised
            ending in REGION_PLANS and REGION_GROWTH.match(text, m.end())) or (  # 甲北城镇圈|高质量发展: the region's plan
            ending.endswith(REGION_ENDS + ROUTE_ENDS) and ROLE_CAPACITY.match(text, m.end()) and  # 提升甲城市圈|综合承载
            (opening_place(text, start, m.end()) is not None or initials_opening(text, start, m.end()) is not None))
        # 能力, 增强乙丙开放大通道|辐射带动能力: a region or route named by its places, whose capacity is raised
        held = ending in CITY_ROLES + ("重点城市",) and ROLE_HELD.search(text, max(0, start - 8), start)  # 甲市作为|乙…
        held = held or ending in CITY_ROLES and text[start - 1:start] == "的" and \
            QUALIFIED_ROLE.search(text, max(0, start - 16), start)  # 打造|联结甲江中上游的|区域性中心城市
        routed = ending.endswith(ROUTE_ENDS) and initials_opening(text, start, m.end()) is not None  # 提升甲乙丙|文旅
        # 走廊|影响力: a corridor named by its places' initials is their regional strategy wherever it stands
        if (listed or alone or built or held or routed or GOAL_VERB.search(text, max(0, start - 6), start)) and \
                not any(f.start < m.end() and start < f.end for f in found):
            designation = (("designation", True),) if DESIGNATION_AFTER.match(text, m.end()) else ()
            found.append(Match(start, m.end(), "Strategy", attrs=designation))  # 制造强省|示范区: dropped after
            if m.group().endswith(REGION_ENDS):  # regions of places, not a place's goals (数字辽宁、智造强省)
                found += _shared_ending(text, start, m.group())
            elif (place := opening_place(text, start, m.end())) is not None:  # 汕头、湛江省域副中心城市
                found += _shared_ending(text, start, text[place:m.end()])
            elif (initials := initials_opening(text, start, m.end())) is not None:  # 甲乙、甲丙产业走廊
                found += _shared_ending(text, start, text[initials:m.end()], fits=all_initials)
    found = [designated(text, m) for m in found]
    found = region_roles(doc, found)
    found += place_goals(doc, found) + integrations(doc) + base_areas(doc) + positioning_bases(doc) + \
        qualified_goals(doc, found) + positionings(doc, found) + barriers(doc, found) + opening_roles(doc, found) + \
        destinations(doc, found) + corridors(doc, found) + fame_goals(doc, found) + quoted_headlines(doc, found)
    return sorted(found + appeal_goals(doc, found), key=lambda m: m.start)  # an appeal's goal found otherwise: once


def region_roles(doc: Doc, found: list[Match]) -> list[Match]:
    """A place's role in a region, the region's name right before it (建设甲乙城市群重要中心城市, 打造丙丁经济带核心城市,
    甲都市圈重要增长极), after a verb of building: one goal named with its region (guideline 2: the fullest form
    written); the region's own match there, and a shorter role read inside it, give way to it. Found goals are
    returned with the roles in place of what they hold."""
    text, roles = doc_text(doc), []
    for r in REGION_ROLE.finditer(text) if "城" in text or "带" in text or "极" in text else ():
        region_end = next(r.start() + len(e) for e in sorted(REGION_ENDS, key=len, reverse=True)
                          if text.startswith(e, r.start()))
        named = [m for m in (*found, *matches(doc)) if m.label == "Strategy" and m.end in (r.start(), region_end)
                 and m.start < r.start()]  # 甲乙城市群, or 甲乙|城市群 where a region's label stands for a strategy
        start = min((m.start for m in named), default=None)
        if start is None or not GOAL_VERB.search(text, max(0, start - 6), start) or \
                covered(doc, r.start(), r.end(), {"Program", "Project", "Zone", "Formulation"}):
            continue
        roles.append(Match(start, r.end(), "Strategy", attrs=(("role_in_region", True),)))
    return [m for m in found if not any(g.start <= m.start and m.end <= g.end for g in roles)] + roles


ECOLOGICAL = re.compile(r"(?:高效)?生态$")


def ecological_plan(head: str) -> bool:
    """Whether an …经济区's head is a region's or a river's ecology (甲湖|生态, 甲乙|生态: a region, or places' initials,
    before 生态): the ecological economic zone a regional plan sets out, a Strategy wherever the report names it
    (支持甲乙生态经济区发展, 甲湖生态经济区绿色发展指数), with no verb of building before it."""
    eco = ECOLOGICAL.search(head)
    return bool(eco) and (region(head[:eco.start()]) or all_initials(head[:eco.start()]))


OWN_ENDINGS = tuple(w for w in GOAL_ALONE if w not in STRONG and w[-1] in "省市县区")  # 兴市, 立县: a place's own
# strategy, X立市/X兴县 (not 强市, nor 都市圈: a region named by its place)


def own_ending(m: re.Match) -> bool:
    """Whether a goal's ending is that of a place's own strategy (产业兴市, 生态立县: OWN_ENDINGS)."""
    return m.group().removesuffix("战略") in OWN_ENDINGS


def place_ending(text: str, start: int, m: re.Match) -> bool:
    """Whether a place's own-strategy ending (兴市, 立县, 兴县) closes a division's name instead: the name runs into
    the words before the ending (浙江嘉兴市, 长兴县) or the words before are a place alone (山西|兴县); 旅游兴县,
    产业兴市 are none."""
    if not own_ending(m):
        return False
    ending = m.group().removesuffix("战略")
    gaz = gazetteer.load()
    end = m.start() + len(ending)
    return bool(gaz.lookup(text[start:m.start()]) or
                any(gaz.lookup(text[k:end]) for k in range(max(start, m.start() - 4), m.start())))


def designated(text: str, m: Match) -> Match:
    """A goal named with an ending a ministry designates (石家庄区域消费中心城市, 现代流通战略支点城市) as the Program it is
    (guideline 2: a designation that assigns work), the goal itself otherwise."""
    name = dict(m.attrs).get("name") or text[m.start:m.end]
    return Match(m.start, m.end, "Program", attrs=m.attrs) if name.endswith(DESIGNATED_GOALS) else m


ROLE_VERB = re.compile(lexicons.alternation("strategy_role_verbs"))  # 对接: toward a region, inside a goal's name
ROLE_OPENING = re.compile("(" + lexicons.alternation("strategy_goal_verbs") + r")[\u4e00-\u9fff]{2,6}$")


def role_opening(text: str, start: int) -> tuple[int, int] | None:
    """Where a goal's name begins when its reading stopped at a verb of joining (strategy_role_verbs) that a place or
    scope opens, after a verb of building (打造|甲省|对接|乙湾区重要增长极, 打造|丙国北方|对接|丁盟支点城市: the place's role
    toward a region): (after that verb of building, where the region begins); None otherwise."""
    verb = next((v for v in ROLE_VERB.finditer(text, max(0, start - 4), start) if v.end() == start), None)
    opening = verb and ROLE_OPENING.search(text, max(0, verb.start() - 12), verb.start())
    return (opening.end(1), start) if opening else None


def integrations(doc: Doc) -> list[Match]:
    """The integration of places a report sets out to advance, as one economy or as one city (加快推动郴资桂一体化, 深化
    川渝一体化高质量发展, 推进廊坊北三县与通州区一体化高质量发展; as one city only by their initials, 加快甲乙同城化),
    also framed as the lever of the work (以甲乙一体化为突破口): a regional strategy
    named by the places (of_places), not where a name goes on after it (…一体化高质量发展示范区, 西咸一体化基础设施,
    郴资桂城乡供水一体化: a sector's)."""
    text, found = doc_text(doc), []
    for m in INTEGRATION.finditer(text) if "一体化" in text or "同城化" in text else ():
        lever = text.startswith("为", m.end())  # 以甲乙一体化为牵引: the integration as the lever of the work
        start = name_start(doc, m.start(), max_chars=12) if GOAL_END.match(text, m.end()) or lever else None
        if start is None or lever and text[start - 1:start] != "以":
            continue
        if text[start - 1:start] in PLACES_JOINED and (first := name_start(doc, start - 1, max_chars=12)) is not None:
            start = first  # 廊坊北三县与|通州区, 甲市—|乙市: the reading stops at 与 or a dash, the first place is the name's too
        lead = list(GOAL_VERB_INSIDE.finditer(text, start, m.start()))  # 推动|郴资桂
        start = lead[-1].end() if lead else start
        head = text[start:m.start()]
        if m.group().startswith("同城化") and not all_initials(head):
            continue  # 甲市与乙市同城化发展: two places each a token of their own; 甲乙同城化 names the region
        if of_places(head) and not covered(doc, start, m.end(), {"Strategy", "Program", "Formulation"}):
            found.append(Match(start, m.end(), "Strategy"))
    return found


def base_areas(doc: Doc) -> list[Match]:
    """A named revolutionary base area's development, the national plan for it (支持甲山革命老区振兴发展, 推动乙西革命老区
    高质量发展): a regional strategy, named by the area (two to six characters after the verb that sets it); not the
    base areas without a name (支持革命老区加快发展, 全省革命老区) nor the plan's title (…振兴发展规划)."""
    text, found = doc_text(doc), []
    for m in BASE_AREA.finditer(text) if "革命老区" in text else ():
        start = name_start(doc, m.start(), max_chars=8)
        if start is None:
            continue
        lead = list(GOAL_VERB_INSIDE.finditer(text, start, m.start()))  # 支持|甲山
        start = lead[-1].end() if lead else start
        name = text[start:m.start()]
        if 2 <= len(name) <= 6 and not only_words(name, GENERIC_WORDS, min_rest=1) and \
                not covered(doc, start, m.end(), {"Strategy", "Program", "Formulation"}):
            found.append(Match(start, m.end(), "Strategy"))
    return found


def positioning_bases(doc: Doc) -> list[Match]:
    """A sector's base with a national or global scope that a place sets out to be, right after a verb of building
    (打造全球先进制造业基地, 打造全国现代商贸物流重要基地, 建设国家重要能源原材料基地): its positioning goal (guideline 2:
    a headline goal); not 国家…基地 without 重要 (designations and works), records (全国最大…基地), ranks (首批) nor
    designations (…示范基地)."""
    text, found = doc_text(doc), []
    for m in POSITIONING_BASE.finditer(text) if "基地" in text else ():
        if m.group(1).endswith(DESIGNATIONS) or not GOAL_VERB.search(text, max(0, m.start() - 6), m.start()) or \
                covered(doc, m.start(), m.end()):
            continue
        found.append(Match(m.start(), m.end(), "Strategy", attrs=(("positioning", True),)))
    return found


def qualified_goals(doc: Doc, found: list[Match]) -> list[Match]:
    """A place's goal named with the qualities it is to have, right after a verb of building (打造具有全球影响力的甲业
    创新中心, 建成具有世界影响力的现代化国际大都市): the clause 具有 … 影响力/竞争力 的 opens the name (guideline 2: the
    fullest form written) and scopes a goal that would otherwise be a sector's; a goal with a scope of its own after
    the clause is named without it (打造具有重要影响力的|区域性科技创新中心); none without the verb (形成一批具有核心
    竞争力的…) or where a goal was already read inside it."""
    text, goals = doc_text(doc), []
    for m in QUALIFIED_GOAL.finditer(text) if "具有" in text else ():
        if not GOAL_VERB.search(text, max(0, m.start() - 6), m.start()) or \
                any(f.start < m.end() and m.start() < f.end for f in found) or \
                covered(doc, m.start(), m.end(), {"Strategy", "Program", "Project", "Zone", "Enterprise"}):
            continue
        goals.append(Match(m.start(1) if SCOPE.match(text, m.start(1)) else m.start(), m.end(), "Strategy"))
    return goals


def appeal_goals(doc: Doc, found: list[Match]) -> list[Match]:
    """The goals a report's closing appeal sets out to build (为加快建设甲乙先行区，…而努力奋斗; 为“加快建设美丽X、率先实现
    …”努力奋斗) or names the chapter or journey of building (谱写全面建设甲谷、乙新区的崭新篇章, 开启建设甲新区的新征程):
    the place's headline goals (guideline 2), each item of the object of the verb of building (建设, 建成, 打造) right
    after 为 or right before the chapter; not an item a clause or the government's own organ (strategy_appeal_not_goal:
    率先实现…, 廉洁政府), one defined by a 的 clause, nor one another name of a family already holds."""
    text, goals = doc_text(doc), []
    for a in APPEAL_END.finditer(text) if "奋斗" in text or "篇章" in text or "征程" in text else ():
        window = max(0, a.start() - 150)  # the appeal's sentence, and no further back than its window
        since = max([window] + [text.rfind(c, window, a.start()) + 1 for c in "。！!；;\n"])
        if a.group().endswith("奋斗"):  # 为|加快建设…: the first 为 right before a verb of building (or its quote)
            verb = next((v for p in re.finditer("为", text[since:a.start()]) if (v := APPEAL_VERB.match(
                text, since + p.end() + (text[since + p.end():since + p.end() + 1] in "“\"")))), None)
            if verb is None:
                continue
            end = min([i for i in (text.find(c, verb.end(), a.start()) for c in "，,”\"") if i >= 0] or [a.start()])
        else:  # 谱写|全面建设…|的崭新篇章: the verb of building right after one of writing or opening, in the clause
            verbs = list(APPEAL_VERB.finditer(text, clause_start(text, a.start()), a.start()))
            verb = verbs[-1] if verbs else None  # the last one in the clause
            if verb is None or not APPEAL_OPENING.search(text, max(0, verb.start() - 3), verb.start()):
                continue
            end = a.start()
        joins = [i for i in range(verb.end(), end) if text[i] == "、" or text[i] == "和" and doc.char_span(i, i + 1)]
        for s, e in zip([verb.end()] + [i + 1 for i in joins], joins + [end]):  # 和 as a word (not 和谐) joins items
            item = text[s:e]
            if not APPEAL_ITEM.fullmatch(item) or APPEAL_NOT_GOAL.search(item) or "的" in item or \
                    APPEAL_VERB.match(item):
                break  # the list of goals ends at the first item that is none (…、为祖国的统一和繁荣昌盛) or a
                # clause of its own (…、建成富强民主文明和谐的…国家)
            if not any(f.start < e and s < f.end and f.label in APPEAL_HELD and not (  # a region the goal's name
                    f.label == "Strategy" and s <= f.start and f.end <= e and f.end - f.start < e - s)  # holds (甲城市圈|
                       for f in (*matches(doc), *found, *goals)):  # …先行区) stays its own; no other name overlaps
                goals.append(Match(s, e, "Strategy", attrs=(("appeal", True),)))
    return goals


def corridors(doc: Doc, found: list[Match]) -> list[Match]:
    """A belt or corridor of innovation (strategy_corridor_ends) named by the places that build it together: their
    initials (甲乙科创走廊, 沿|丙丁|产业创新带), two places joined by a dash (甲市-乙县人才科创走廊), a bay a place names
    (甲州湾科技创新带) or the expressway, river or coast it runs along (G60科创走廊, 沿江智造走廊): a regional strategy (guideline 2), read before the
    zones; not one named by a single place, a hill or a river (甲山创新带, 乙江科创带: an area firms move into)."""
    text, goals = doc_text(doc), []
    for m in CORRIDOR.finditer(text) if "走廊" in text or "创新带" in text else ():
        start = name_start(doc, m.start(), max_chars=12)
        if start is None:
            continue
        lead = list(GOAL_VERB_INSIDE.finditer(text, start, m.start()))
        start = lead[-1].end() if lead else start
        if text[start - 1:start] in DASHES and (first := dashed_place(text, start - 1)) is not None:
            start = first  # 甲市-|乙县…: the reading of names stops at the dash, the first place is the name's too
        if m.start() - start < 2 or not corridor_opening(text, start, m.start()):
            continue
        if not any(f.start < m.end() and start < f.end for f in found) and \
                not covered(doc, start, m.end(), {"Program", "Formulation", "Policy"}) and \
                not any(o.label == "Strategy" and o.start < m.end() and start < o.end and
                        not (start <= o.start and o.end <= m.start()) for o in matches(doc)):
            goals.append(Match(start, m.end(), "Strategy"))  # a place's label among its places (甲-雄安) may stand in it
    return goals


def dashed_place(text: str, dash: int) -> int | None:
    """Where the place written right before a dash begins, if one is (甲市|-乙县)."""
    gaz = gazetteer.load()
    return next((k for k in range(max(0, dash - 6), dash - 1) if gaz.lookup(text[k:dash])), None)


def corridor_opening(text: str, start: int, end: int) -> bool:
    """Whether the words before a corridor's ending (text[start:end]) open with what names several places: a road's
    code or the river or coast it runs along, places' initials (after 沿 or 环 too), two places joined by a dash, or a
    place's bay."""
    if ROAD_CODE.match(text, start) or ALONG.fullmatch(text, start, end):
        return True
    at = start + 1 if text[start] in "沿环" else start
    if initials_opening(text, at, end + 2) is not None:
        return True
    gaz = gazetteer.load()
    place = next((k for k in range(min(end, start + 6), start + 1, -1)
                  if not any(d in text[start:k] for d in DASHES) and gaz.lookup(text[start:k])), None)
    if place is None:
        return False
    if text[place:place + 1] in DASHES and opening_place(text, place + 1, end + 2) is not None:
        return True
    return text.startswith("湾", place)


def destinations(doc: Doc, found: list[Match]) -> list[Match]:
    """The tourism destination a place sets out to be for the world or the country, after a verb of building in its
    clause, right before the scope or before a clause of qualities ending in 的 (加快打造世界知名旅游目的地, 在打造
    世界旅游目的地上, 建设更具甲乙魅力的世界重要旅游目的地): a headline goal (guideline 2); not a niche's destination
    (世界冰雪旅游目的地: a sector's), one without such a verb (获评…旅游目的地, a title) nor one another name holds."""
    text, goals = doc_text(doc), []
    for m in DESTINATION.finditer(text) if "旅游目的地" in text else ():
        verb = None
        for v in GOAL_VERB_INSIDE.finditer(text, clause_start(text, m.start()), m.start()):
            verb = v
        if verb is None or verb.end() < m.start() and not DESTINATION_QUALIFIER.fullmatch(text, verb.end(), m.start()):
            continue
        if not any(f.start < m.end() and m.start() < f.end for f in found) and not covered(doc, m.start(), m.end()):
            goals.append(Match(m.start(), m.end(), "Strategy"))
    return goals


FAME = re.compile(r"(?<![著知闻驰])名[城市](?=建设|[，,。；;：:、和与及]|$)")  # 甲乙名城, 丙丁名市 (not 著名城市, 知名市场)
FAME_VERB = re.compile(r"(?:加快|奋力|全力|全面)?建设(?:[^，。；;]*的)?$")  # 建设|宜居的|甲乙名城: the city built
FAME_NOT = re.compile(r"(?:历史文化|一批|一座)$")  # 国家历史文化名城: a title awarded; 一批…名城: a class counted


def fame_goals(doc: Doc, found: list[Match]) -> list[Match]:
    """The city of renown a place sets out to be, named by what it is to be known for (…名城, …名市) after 建设 in its
    clause (建设宜居的山水甲乙名城: the name after the last 的) or with 建设 after it (丙丁名市建设有序): a headline goal
    (guideline 2); not a brand or a title sought (打造甲乙名城, 争创中国软件名城), a title awarded (历史文化名城), a
    class (旅游名城名县名镇: no 建设 nor a clause's end after it) nor one another name holds."""
    text, goals = doc_text(doc), []
    for m in FAME.finditer(text) if "名" in text else ():
        if text.startswith("建设", m.end()):
            start = name_start(doc, m.start(), max_chars=10)
            lead = list(GOAL_VERB_INSIDE.finditer(text, start, m.start())) if start is not None else []
            start = lead[-1].end() if lead else start
        else:
            start = goal_opening(text, m.start(), clauses=True)
            if start is not None and not FAME_VERB.search(text, max(0, start - 20), start):
                continue  # 打造甲乙名城, 争创中国甲名城: a brand or a title sought, not a city built
        if start is None or not 2 <= m.start() - start <= 10 or FAME_NOT.search(text, start, m.start()) or \
                not re.fullmatch(r"[\u4e00-\u9fff]+", text[start:m.start()]):
            continue
        if not any(f.start < m.end() and start < f.end for f in found) and not covered(doc, start, m.end()):
            goals.append(Match(start, m.end(), "Strategy"))
    return goals


def barriers(doc: Doc, found: list[Match]) -> list[Match]:
    """A barrier a region guards for the country, named with the part of the country or the river's reach it guards
    (筑牢甲国西南生态安全屏障, 乙江上游重要生态屏障更加牢固; strategy_barrier_kinds, strategy_barrier_scopes): the
    place's role in the national plan (guideline 2: a headline goal), with or without a verb before it; not a barrier
    without such a scope (筑牢生态安全屏障) nor one another name holds."""
    text, goals = doc_text(doc), []
    for m in BARRIER.finditer(text) if "屏障" in text else ():
        start = name_start(doc, m.start(), max_chars=12)
        if start is None:
            continue
        lead = list(GOAL_VERB_INSIDE.finditer(text, start, m.start()))  # 筑牢|甲国西南
        start = lead[-1].end() if lead else start
        if BARRIER_SCOPE.search(text, start, m.start()) and \
                not any(f.start < m.end() and start < f.end for f in found) and not covered(doc, start, m.end()):
            goals.append(Match(start, m.end(), "Strategy"))
    return goals


def opening_roles(doc: Doc, found: list[Match]) -> list[Match]:
    """The role a place plays in the country's opening (strategy_opening_role_ends): after the direction of opening
    (打造甲国|向北开放重要桥头堡, 构筑南向西向开放战略高地: named from the direction, the country before it no word of
    the name, as the reports write it both ways), or after 面向 + a region abroad (strategy_facing_regions) set by a
    verb of building or with 建设 after it (建设面向乙盟的金融开放门户, 面向丙亚辐射中心建设): the place's role in the
    national plan (guideline 2: a headline goal), where it ends as a goal does (not …开放门户|功能)."""
    text, goals = doc_text(doc), []
    if "开放" not in text and "面向" not in text:
        return goals
    for m in (*OPENING_ROLE.finditer(text), *FACING_ROLE.finditer(text)):
        built = ROLE_BUILT.match(text, m.end())
        if not (built or GOAL_END.match(text, m.end()) or PLACE_GOAL_AFTER.match(text, m.end())):
            continue
        if m.group().startswith("面向") and not (built or GOAL_VERB.search(text, max(0, m.start() - 6), m.start())):
            continue  # 提升面向乙盟的航空枢纽…: no role set
        if not any(f.start < m.end() and m.start() < f.end for f in (*found, *goals)) and \
                not covered(doc, m.start(), m.end()):
            goals.append(Match(m.start(), m.end(), "Strategy"))
    return goals


def positionings(doc: Doc, found: list[Match]) -> list[Match]:
    """The role a place is to play, named in the frame of its positioning (立足甲乙生态支撑区定位, 立足“全国领先的甲业
    示范区”发展定位): its headline goal (guideline 2), whatever its ending would make it elsewhere (a designation's
    示范区); not a kind of city (立足首都城市定位: strategy_positioning_ends has no 城市)."""
    text, goals = doc_text(doc), []
    for m in POSITIONING.finditer(text) if "定位" in text else ():
        if not any(f.start <= m.start(1) and m.end(1) <= f.end for f in (*found, *matches(doc))
                   if f.label == "Strategy"):  # a region opening the role (京津冀|生态支撑区) is a word of its name
            goals.append(Match(m.start(1), m.end(1), "Strategy"))
    return goals


def of_places(head: str) -> bool:
    """Whether words name only places: their initials (郴资桂, 川渝; not 普惠, a word) or two joined by 与, 和 or a dash, each
    opening with a place or a county, district or city of three characters or more (廊坊北三县与通州区), not a zone
    named by its place (甲市经济技术开发区与乙市高新区一体化: the zones' integration, no region's strategy)."""
    if 2 <= len(head) <= 4 and all(c in place_initials() for c in head) and head[:2] not in INITIAL_WORDS:
        return True
    parts = re.split("[" + re.escape("".join(PLACES_JOINED)) + "]", head)
    return len(parts) == 2 and all((place_first(part) or len(part) >= 3 and part.endswith(("县", "区", "市")))
                                   and not ZONE_END.search(part) for part in parts)  # 甲市经开区与乙市高新区: two zones


def served_opening(doc: Doc, start: int, suffix_start: int) -> tuple[int, int] | None:
    """Where a goal naming a place's role in a national strategy begins when the strategy's label opens it (海丝|战略支点
    城市, 中部地区崛起的|重要战略支点; strategy_goal_ends_of_strategy): (the label's start, where the rest begins)."""
    text = doc_text(doc)
    for c in matches(doc):
        after = c.end + 1 if text.startswith("的", c.end) else c.end
        if c.label == "Strategy" and c.cites and (c.start == start and after <= suffix_start or after == start):
            return c.start, after
    return None


def quoted_label_opening(doc: Doc, end: int) -> tuple[int, int] | None:
    """Where a goal's name begins when a strategy's label quoted right before its ending opens it (“一带一路”|交汇点):
    (the opening quote, the ending's start); None otherwise."""
    text = doc_text(doc)
    for c in matches(doc):
        if c.label == "Strategy" and c.cites and c.end + 1 == end and text[c.end] in "”\"" and \
                text[c.start - 1:c.start] in ("“", "\""):
            return c.start - 1, end
    return None


def owner_opening(doc: Doc, start: int, suffix_start: int) -> tuple[int, int] | None:
    """Where a scoped goal's name begins when the region it serves opens it before its scope (成渝地区|区域科技创新中心,
    大湾区|国际科技创新中心), or a place with that region bracketed after it (甲市（乙区）|国际科技创新中心, the centre the
    place leads and the region's places build together; guideline 2: the fullest form written, the region inside a
    longer name no strategy of its own): (the name's start, the scope's start); None otherwise."""
    text = doc_text(doc)
    places = {p.end: p.start for p in matches(doc) if p.label == "Place"}
    for r in matches(doc):  # the name read from the region, or from its scope with the region before it
        if r.label == "Strategy" and not r.cites and (r.start == start or r.end == start) and r.end < suffix_start \
                and SCOPE.match(text, r.end):
            return r.start, r.end
        if r.label == "Strategy" and not r.cites and r.end < suffix_start and text[r.end] in "）)" and \
                text[r.start - 1:r.start] in "（(" and r.start - 1 in places and \
                start in (places[r.start - 1], r.end + 1) and SCOPE.match(text, r.end + 1):
            # 甲市（乙区）|国际科技创新中心: the place, its region bracketed (the reading of names stops at a full-width
            # bracket, goes through a half-width one)
            return places[r.start - 1], r.end + 1
    return None


def scope_opening(text: str, start: int | None, suffix_start: int) -> int | None:
    """Where a centre's name begins when the reading of names stopped at its scope (打造|全国|经济中心: 全国 ends
    other names read leftwards) or found only the scope before the ending: at the scope (not for 高地: 打造全国算力高地
    names a sector's, the tune gold's reading)."""
    at = suffix_start if start is None else start
    scope = SCOPE_ENDING.search(text, max(0, at - SCOPE_CHARS), at)
    return scope.start() if scope else start


def is_slogan(head: str) -> bool:
    """Whether the words before 强省/强市/强县 are a verb-object phrase (兴国, 富民) or a chain of them (强企强链), which
    make the whole a slogan of verb-objects, not a goal named by its sector (文化强省)."""
    return len(head) == 2 and head.startswith(SLOGAN_VERBS) or "强" in head


def place_goals(doc: Doc, found: list[Match]) -> list[Match]:
    """A place's headline goal, its name after 现代化 (and 新 or 大) after a verb of building or with 建设 after it
    (guideline 2: 幸福美好新X): 建设社会主义现代化新郴州, 加快建设现代化大武汉, 现代化甲县建设迈上新台阶, or after a head
    that holds its verb (全面建成小康X); not 现代化河北篇章, a name the place only opens. Also a word of praise
    before the place's name (新, 美好, 壮美) with the qualifiers written between it and the verb (奋力建设现代化国际化新X,
    建设新时代…壮美X) or with 建设 after it (“…”新X现代化建设), 美丽 + the place paired with
    such a goal (经济强省、美丽河北: conjuncts share their type), a place's own practice of the national goal
    (中国式现代化X实践, X新实践; not X篇章, a chapter written), a kind of city qualified as modern or international
    after a verb of building or with 建设 after it (建设国际化创新型公园城区, 深化甲乙一流现代化城区建设) and a place's revitalization written after it (甲市全面振兴, 乙地区全面振兴)."""
    text, gaz, goals = doc_text(doc), gazetteer.load(), []
    for m in PLACE_GOAL.finditer(text) if "现代化" in text or "幸福美好" in text or "小康" in text else ():
        end = next((e for at in dict.fromkeys((m.end(), m.start() + len(m.group().rstrip("新大"))))  # 现代化|新疆:
                    for e in range(min(len(text), at + 4), at + 1, -1) if gaz.lookup(text[at:e])), None)  # the place's 新
        if end and (GOAL_END.match(text, end) or PLACE_GOAL_AFTER.match(text, end)) and \
                (GOAL_VERB.search(text, max(0, m.start() - 6), m.start()) or BUILT_AFTER.match(text, end)
                 or GOAL_VERB_INSIDE.search(m.group())) and \
                not any(f.start < end and m.start() < f.end for f in found):  # 现代化X建设迈上新台阶: 建设 after it
            goals.append(Match(m.start(), end, "Strategy"))
    starts, quote_ends = token_starts(doc), {b for _, b in quoted(doc)}
    places = {p.start: p.end for p in matches(doc) if p.label == "Place"}
    for f in found:  # 建设经济强省、美丽河北: 美丽 + the place paired with the place's goal is a goal too (conjuncts share
        # a type); in a longer list of sectors' goals (制造强省、质量强省、美丽河北) it stays a programme
        paired = text[f.end:f.end + 1] in ("、", "和") and text[f.start - 1:f.start] not in ("、", "和")
        lead = f.end + 1 + len(HEADLINE_INITIATIVE)
        end = places.get(lead) if paired and text.startswith(HEADLINE_INITIATIVE, f.end + 1) else None
        if end and (GOAL_END.match(text, end) or PLACE_GOAL_AFTER.match(text, end)):
            goals.append(Match(f.end + 1, end, "Strategy"))
    praised = [*PRAISE.finditer(text), *(q for p in places if (q := QUALITIES.search(text, max(0, p - 12), p)))]
    for m in praised:  # 新X, 美好X; 美丽幸福X: qualities in a row before the place's name (one alone: a Program)
        end = places.get(m.end())  # the place as its family reads it: 新|通道 (a county's short name) is no place
        if m.re is PRAISE and (q := QUALITIES.search(text, max(0, m.start() - 12), m.start())):
            m = q  # 品质活力|新X: the qualities before the praise word open the name
        if not end or m.start() not in starts and m.start() not in quote_ends or \
                not (GOAL_END.match(text, end) or PLACE_GOAL_AFTER.match(text, end)):
            continue  # 创新|福建, 新天津港 (what follows the place opens a longer name): no goal
        start = goal_opening(text, m.start())
        if start is None and text[m.start() - 1:m.start()] == "、" and goal_opening(text, m.start(), clauses=True):
            start = m.start()  # 建设甲高地、品质活力新X: a conjunct after the verb's first object
        if start is None and not BUILT_AFTER.match(text, end):
            continue  # 新X written without a verb of building before it or 建设 after it: no goal named
        if start is None:  # “强富美高”新江苏现代化建设: a quoted token right before the goal belongs to its name,
            # and a quoted headline the goal closes is written whole (“实力、活力、幸福的新X”建设)
            start = next((a for a, b in quoted(doc) if b == m.start() or a < m.start() and b == end), m.start())
            head = PLACE_GOAL_HEAD.search(text, max(0, start - 8), start)  # 社会主义现代化|新X建设, 新时代|新X建设
            start = head.start() if head else start
        if not any(f.start < end and start < f.end for f in (*found, *goals)):
            goals.append(Match(start, end, "Strategy"))
    for m in PRACTICE_OF.finditer(text):  # 推进中国式现代化X实践: the place's own practice of the national goal
        end = next((e for e in range(min(len(text), m.end() + 4), m.end() + 1, -1)
                    if gaz.lookup(text[m.end():e])), None)
        head = PRACTICE_HEAD.match(text, end) if end else None
        if head and not any(f.start < head.end() and m.start() < f.end for f in (*found, *goals)):
            goals.append(Match(m.start(), head.end(), "Strategy", attrs=(("practice", True),)))
    for m in CITY_HEAD.finditer(text) if "化" in text else ():
        start = goal_opening(text, m.start(), clauses=True)
        if start is None and BUILT_AFTER.match(text, m.end()):  # 深化|甲乙一流现代化城区建设: 建设 after it, as 新X建设;
            start = name_start(doc, m.start())  # the name read leftwards to a verb or function word, and after
            if start is not None:  # a conjunction (城市更新和|现代化城市建设: the list's last item)
                start = max(start, *(text.rfind(c, start, m.start()) + 1 for c in "和与及"))
        if start is None or text.endswith(CITY_PARTS, start, m.start()) or not \
                (GOAL_END.match(text, m.end()) or PLACE_GOAL_AFTER.match(text, m.end())):
            continue
        named = CITY_QUALIFIER.sub("", text[start:m.start()])
        if len(named) < len(text[start:m.start()]) and len(named) >= 2 and "、" not in named and \
                not any(f.start < m.end() and start < f.end for f in (*found, *goals)):
            goals.append(Match(start, m.end(), "Strategy"))  # 国际化创新型公园城区; not 现代化城市, a kind alone
    for p in matches(doc) if "全面振兴" in text else ():  # 甲市全面振兴, 乙地区全面振兴: a place's own revitalization
        # (as 东北全面振兴 a region's)
        revival = REVIVAL.match(text, p.end) if p.label == "Place" else None
        if revival and not any(f.start < revival.end() and p.start < f.end for f in (*found, *goals)) and \
                not covered(doc, p.start, revival.end(), {"Strategy", "Program", "Policy", "Formulation"}):
            goals.append(Match(p.start, revival.end(), "Strategy"))
    for m in REGION_REVIVAL.finditer(text) if "地区全面振兴" in text else ():  # 甲北地区全面振兴: a region's
        start = next((k for k in range(max(0, m.start() - 4), m.start() - 1) if k in starts and
                      REGION_PART.fullmatch(text, k, m.start()) and
                      all(c in place_initials() for c in text[k:m.start()].rstrip("东南西北"))), None)
        if start is not None and not any(f.start < m.end() and start < f.end for f in (*found, *goals)) and \
                not covered(doc, start, m.end(), {"Strategy", "Program", "Policy", "Formulation"}):
            goals.append(Match(start, m.end(), "Strategy"))
    return goals


NUMBERED_OPENING = re.compile(r"[一二两三四五六七八九十双]")  # “四化”, “双一流”: a numbered token
# “四区”|首善之地|建设: a few words and a noun of what a place is to become (strategy_headline_kinds)
HEADLINE_KIND = re.compile(r"(?:(?![的、])[\u4e00-\u9fff]){0,4}?" + lexicons.alternation("strategy_headline_kinds"))


def quoted_headlines(doc: Doc, found: list[Match]) -> list[Match]:
    """A place's headline goal named by a quoted numbered token and what the place is to become right after it, with
    建设 after that (guideline 2, as “强富美高”新江苏): the place's own name (“双一流”甲县建设) or a noun of
    strategy_headline_kinds (“四区”首善之地建设) closes it, and a goal listed before another that 建设 closes shares it
    (“四化”现代都市、“四区”首善之地建设); not a five-year period (“十四五”)."""
    text, goals = doc_text(doc), []
    if "建设" not in text:
        return goals
    places, ends = {p.start: p.end for p in matches(doc) if p.label == "Place"}, token_ends(doc)
    for a, b in sorted(quoted(doc), reverse=True):
        if not NUMBERED_OPENING.match(text, a) or FIVE_YEAR_RE.match(text, a):
            continue
        kind = HEADLINE_KIND.match(text, b)
        end = places.get(b) or (kind.end() if kind and kind.end() in ends else None)
        listed = end is not None and text[end:end + 1] == "、" and any(g.start == end + 1 for g in goals)
        if end and (BUILT_AFTER.match(text, end) or listed) and not any(f.start < end and a < f.end for f in found):
            goals.append(Match(a, end, "Strategy", attrs=(("headline", True),)))
    return goals


def goal_opening(text: str, pos: int, clauses: bool = False) -> int | None:
    """Where a goal ending at pos begins after the verb of building that sets it in its clause (奋力建设|现代化国际化新X,
    建成一个|现代化新X), reading at most 16 characters back over words and quotes (and over 、 between qualifiers where
    clauses is set, the name then starting after the last 的: 建设创新、宜居…的|现代化人民城市); None without such a verb."""
    window = text[max(0, pos - 40):pos]
    words = re.search(r"[\u4e00-\u9fff“”\"、]*$" if clauses else r"[\u4e00-\u9fff“”\"]*$", window)
    verbs = list(GOAL_VERB_INSIDE.finditer(window, words.start()))
    if not verbs:
        return None
    start = pos - len(window) + verbs[-1].end()
    start += 2 if text.startswith("一个", start) else 0
    if clauses and "的" in text[start:pos]:
        start += text[start:pos].rindex("的") + 1
    return start if pos - start <= 16 else None  # a name of 16 characters at most


def opening_place(text: str, start: int, end: int) -> int | None:
    """Where the rest of a goal's name begins after the place that opens it (湛江|省域副中心城市), if one does and
    something of two characters or more follows it; None otherwise."""
    gaz = gazetteer.load()
    return next((k for k in range(min(end - 2, start + 7), start + 1, -1) if gaz.lookup(text[start:k])), None)


def _shared_ending(text: str, start: int, ending: str, fits=None) -> list[Match]:
    """The places listed before a goal that share its ending (广州、深圳都市圈: 广州都市圈 and 深圳都市圈; 汕头、湛江省域副中心
    城市: 汕头省域副中心城市 too, guideline 2): each a place's name alone (or, with fits=all_initials, places' initials
    alone: 甲乙、甲丙产业走廊), read leftwards over 、 and 和."""
    return [Match(p, p + len(item), "Strategy", attrs=(("name", item + ending),))
            for p, item in listed_before(text, start, fits or gazetteer.load().lookup, 7, "、和", shortest=2)]


INITIALS_MAX = 6  # 汉孝随襄十: the most places' initials a goal's name opens with


def all_initials(item: str) -> bool:
    """Whether a word is made only of places' initials (甲乙丙; zones.place_initials), not an ordinary word (普惠)."""
    return 2 <= len(item) <= INITIALS_MAX and all(c in place_initials() for c in item) and item[:2] not in INITIAL_WORDS


def initials_opening(text: str, start: int, end: int) -> int | None:
    """Where the rest of a goal's name begins after the places' initials that open it (甲乙|产业走廊), the longest run
    of initials leaving two characters or more; None if it opens otherwise."""
    return next((k for k in range(min(end - 2, start + INITIALS_MAX), start + 1, -1)
                 if all_initials(text[start:k])), None)


INITIALS_BUILT = re.compile(r"(?:加快|加速|推进|推动)?建设")  # …等产业走廊|加快建设


def initials_listed(doc: Doc, pos: int, end: int, ending: str) -> list[Match]:
    """Goals a list closed by 等 names before the ending they share, each item opening with places' initials, quoted
    (“甲乙丙”新能源汽车、“丁戊”光电子信息等产业走廊) or alone (甲乙、丙丁等产业走廊), after a verb of building or with
    建设 after the ending (guideline 2: coordinated names keep their shared head): each item with the ending, its
    quotes kept; none where an item opens otherwise."""
    text, quotes = doc_text(doc), quoted(doc)
    items, stop = [], pos
    while True:
        a = max((i + 1 for i in range(max(0, stop - 20), stop) if text[i] in "、，。；：,;:"), default=max(0, stop - 20))
        item = text[a:stop]
        q = next(((qa, qb) for qa, qb in quotes if qa == a and qb <= stop), None)
        if not (all_initials(item) or q and all_initials(text[q[0]:q[1]]) and stop - q[1] <= 12):
            return []
        items.append((a, stop, q))
        if a == 0 or text[a - 1] != "、":
            break
        stop = a - 1
    first = items[-1][0]
    if not (GOAL_VERB.search(text, max(0, first - 6), first) or INITIALS_BUILT.match(text, end)):
        return []
    return [Match(a, b, "Strategy", attrs=(("name", ("“" + text[a:q[1]] + "”" + text[q[1]:b] if q else text[a:b])
                                             + ending),)) for a, b, q in reversed(items)]


def find_candidates(doc: Doc) -> list[tuple[int, int]]:
    """Spans of terms ending in 战略 that no vocabulary label covers: a place's own strategies; a quoted list before
    the head (“四化同步、城乡融合、五区共兴”发展战略, “生态立县、工业强县”发展战略) is one term."""
    text, quotes = doc_text(doc), quoted(doc)
    out = []
    for m in CANDIDATE.finditer(text) if "战略" in text else ():  # the scan is costly: only where a term can be
        phrase = m[1][lead_end(doc, m.start(1), m.end(1)) - m.start(1):]
        term = phrase + m[2]
        s = m.end() - len(term)
        opening = next((a for a, b in quotes if a <= s <= b and b <= m.start(2) and "战略" not in text[a:b] and (
            m.start(2) - 2 <= b or text[b:m.end(2)] in GENERIC)), None)
        if opening is not None:  # “双极带动、多点支撑、三区协同”战略, “1336”发展战略, “甲乙”总体发展战略: the quoted
            # token with its head is one name, whatever it holds (digits, a count: “四个甲市”发展战略)
            s, phrase = opening, text[opening:m.start(2)]
            term = phrase + m[2]
        if len(phrase) < 2 or term in GENERIC or term.endswith(CLASS_PHRASES) or "等" in phrase or UMBRELLA.search(term) or \
                any(o.start < m.end() and s < o.end and not (o.label == "Place" and s <= o.start and o.end <= m.start(2))
                    for o in matches(doc)) or \
                any(lexicon().get(term[i:]) for i in range(len(term) - 3)):  # a place may open it: 青岛强龙头战略
            continue  # 积极协同国家重大区域发展战略: a term ending in a vocabulary label is that label, no new strategy;
            # a place inside the term is a word of its name (青岛强龙头战略, 产业兴县战略: 兴县 the goal, not the county)
        if opening is None and (only_words(phrase, GENERIC_WORDS, min_rest=1) or COUNT_REF.match(phrase)) or \
                firms(text, s, phrase) or phrase.startswith(ADVERSARIES) or SERIES_OF_NEW.search(phrase) or \
                phrase.startswith(QUANTIFIERS):
            continue  # 我国经济发展战略, 一个大战略: no name; 支持企业实施…战略: a firm's strategy; 帝国主义…战略: a
            # foe's; 新理念新思想新战略: one word of a series of 新 nouns, a formulation's; 一系列重大战略: a kind of many
        defined = DEFINED_BY.search(text, max(0, s - 12), s)
        if defined and "的" not in defined[1][:-1]:
            s = defined.start(1)
            while (verb := CANDIDATE_LEAD.match(text, s)) and verb.end() - s == 2:
                s = verb.end()  # 坚持|推进|互利共赢的开放战略: a second verb of adherence is no word of the definition
        out.append((s, m.end()))
    for a, b in quotes if re.search("战略|愿景|目标|定位", text) else ():  # “3815”战略目标, “甲乙”发展愿景: a
        head = QUOTED_GOAL_HEAD.match(text, b)  # quoted goal and its head, one name; a vocabulary label in it is
        if head and b - a >= 2 and not any(o.start < head.end() and a < o.end and not (  # that label's; places
                o.label == "Place" and a <= o.start and o.end <= b) for o in matches(doc)) and \
                not any(x < head.end() and a < y for x, y in out):  # inside the quotes are words of its name
            if not (head[1] and QUOTED_COUNT.match(text, a)):
                out.append((a, b if head[1] == "建设目标" else head.end()))
        elif (head := QUOTED_BUILT_HEAD.match(text, b)) and all(
                QUOTED_BUILT_ITEM.match(item) for item in re.split("[、，,；;]", text[a:b])):
            out.append((a, b if head[1] else head.end()))
    return out


def lead_end(doc: Doc, start: int, end: int) -> int:
    """Where a candidate term begins after the verbs and function words read before it (实施|产业兴市战略): after the
    last of them; a one-character function word only where it ends a word (和 in 和平, 对 in 对外 open the term)."""
    text, ends = doc_text(doc), token_ends(doc)
    cut = start
    for lead in CANDIDATE_LEAD.finditer(text, start, end):
        if lead.end() - lead.start() > 1 or lead.end() in ends:
            cut = lead.end()
    return cut


def firms(text: str, start: int, phrase: str) -> bool:
    """Whether a candidate …战略 is a firm's: firms named in its clause before it (支持企业实施品牌国际化战略), or
    企业 opening it with nothing but generic words after (企业发展战略); a strategy about firms is a place's
    (国有企业改革战略, 企业登峰战略)."""
    return FIRMS in text[clause_start(text, start):start] or \
        phrase.startswith(FIRMS) and only_words(phrase[len(FIRMS):], GENERIC_WORDS, min_rest=1)


WORK_LIST = re.compile(r"(?:、[\u4e00-\u9fff“”\"]{2,12}){0,8}等(?:各项)?工作|(?:、[\u4e00-\u9fff“”\"]{2,12}){0,8}"
                       r"等(?:项目)?申(?:遗|报世界)")  # lines of work; heritage nominations (…等申遗): sites


def in_work_list(text: str, s: int, e: int) -> bool:
    """Whether a label is an item of a list of lines of work (国防动员、军民融合、退役军人事务等工作: a duty) or of
    heritage nominations (万里茶道、海上丝绸之路等申遗: a site): no strategy cited."""
    return (text[s - 1:s] == "、" or text.startswith("、", e)) and bool(WORK_LIST.match(text, e))


ITEMS_AFTER_VERB = re.compile(r"((?:[\u4e00-\u9fff]{2,6}、)+)$")


def shared_head_items(text: str, s: int, head: str, size: int) -> list[Match] | None:
    """The items of a list written after a verb before a candidate whose words after its first two characters they
    share (实施甲业、乙丙资源、丁业安全战略: 甲业安全战略, 乙丙资源安全战略; guideline 2: coordinated names keep their
    shared head; 实施品牌、质量强省战略: 品牌强省战略 too), the candidate's term of four characters, where some item is
    shorter (so not every item is a whole term, 藏粮于地、藏粮于技战略); None where the list is not so written (the items
    read as whole terms: coordinated_candidates)."""
    items = ITEMS_AFTER_VERB.search(text, max(0, s - 30), s)
    if items is None or size != 4:
        return None  # 甲业|安全战略: a term of two words, the first the item's place (乡村振兴、区域协调发展战略: none)
    begin, words = items.start(1), items[1].split("、")[:-1]
    verb = max((w for w in CLAUSE_VERBS if words[0].startswith(w) and len(words[0]) - len(w) >= 2), key=len, default="")
    begin, words[0] = begin + len(verb), words[0][len(verb):]  # 实施|甲业: the verb opening the list
    if not (verb or any(text.endswith(w, 0, begin) for w in CLAUSE_VERBS)) or all(len(w) == size for w in words) or \
            any(w.endswith("战略") for w in words):
        return None  # 甲乙升级战略、丙丁带动战略: each item writes its own 战略
    shared, out, pos = head[2:], [], begin
    for w in words:
        out.append(Match(pos, pos + len(w), "Strategy", attrs=(("name", w + shared),)))
        pos += len(w) + 1
    return out


def coordinated_candidates(text: str, s: int, e: int, quotes: list[tuple[int, int]]) -> list[Match]:
    """The terms listed before a candidate that share its 战略 (藏粮于地、藏粮于技战略: 藏粮于地战略 too; guideline 2),
    each written in the same form as the candidate's own term (as many characters); not a quoted list, one name
    with its head (“双极带动、多点支撑”战略)."""
    if any(a < s < b for a, b in quotes):
        return []
    head = text[s:e]
    if not head.endswith("战略"):
        return []  # “3815”战略目标: a quoted goal with its head, no list before it
    size = re.search(r"(?:重大)?(?:国家)?战略$", head).start()
    if (shared := shared_head_items(text, s, head, size)) is not None:
        return shared
    out, pos = [], s
    while size and text[pos - 1:pos] == "、" and re.fullmatch(r"[\u4e00-\u9fff]+", text[pos - 1 - size:pos - 1] or "-"):
        item, a = text[pos - 1 - size:pos - 1], pos - 1 - size
        if text.endswith("战略", 0, pos - 1):
            break  # 产业升级战略、项目带动战略: each item writes its own 战略, none shares the next one's
        if any(item.startswith(w) for w in CLAUSE_VERBS) or not (
                a == 0 or not re.match(r"[\u4e00-\u9fff]", text[a - 1]) or any(text.endswith(w, 0, a) for w in CLAUSE_VERBS)):
            break  # the item as long as the candidate's term is not a whole term (产业|兴市、开放战略, 实施乡村振兴、…)
        out.append(Match(pos - 1 - size, pos - 1, "Strategy", attrs=(("name", item + head[size:]),)))
        pos -= size + 1
    return out


def inside_other_names(doc: Doc) -> list[Match]:
    """Strategies written only inside a longer name of another type (美丽中国 in 美丽中国先行区, 新型城镇化 in
    国家新型城镇化试点, 交通强省 in 交通强省建设工程, and a label before a designation's head, 美丽中国|先行区,
    whether or not a family found the longer name): the longer name is the entity, not the strategy (guideline 2);
    and region names that stand only for a place (赴长三角招商): a region named only as a place is not a strategy.
    A vocabulary programme inside a longer name of another type (数字中国 in 数字中国峰会) is that name's too."""
    found = matches(doc)

    def inside(m: Match, labels: tuple[str, ...]) -> bool:
        return any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in
                   ((o.start, o.end) for o in found if o.label not in labels))

    return [m for m in found if dict(m.attrs).get("syllable")  # “百千万工程”, “雄安质量”: a syllable of another name
            or m.label == "Strategy" and (not m.cites or dict(m.attrs).get("designation") or
                                          inside(m, ("Strategy", "Place")) and not dict(m.attrs).get("linked"))
            or m.label == "Program" and m.key and inside(m, ("Strategy", "Place", "Program"))]  # 数字中国|峰会


@Language.factory("kg_strategies_inside")
def make_strategies_inside(nlp: Language, name: str):
    """Run after the other families (which read a region's name to exclude it): drops the strategies their names hold
    and the regions named only as places; a designation the programmes read on a place's positioning base (打造全国…
    重要基地: the goal, no status conferred) gives way to it."""
    def component(doc: Doc) -> Doc:
        drop_matches(doc, inside_other_names(doc))
        bases = {(m.start, m.end) for m in matches(doc) if m.label == "Strategy" and dict(m.attrs).get("positioning")}
        drop_matches(doc, [m for m in matches(doc) if m.label == "Program" and (m.start, m.end) in bases])
        appeals = [(m.start, m.end) for m in matches(doc) if m.label == "Strategy" and dict(m.attrs).get("appeal")]
        drop_matches(doc, [m for m in matches(doc) if m.label == "Program" and not m.key and  # 美丽X, 甲乙|先行区: a
                           any(a <= m.start and m.end <= b for a, b in appeals)])  # local scheme or a piece of the goal
        return doc

    return component


@Language.factory("kg_concepts")
def make_concepts(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        add_matches(doc, find_concepts(doc))
        for s, e in find_candidates(doc):
            add_candidate(doc, doc_text(doc)[s:e], "strategy")
            add_matches(doc, [Match(s, e, "Strategy"), *coordinated_candidates(doc_text(doc), s, e, quoted(doc))])
            add_matches(doc, [m for m in elided_matches(doc_text(doc), s, e)
                              if not covered(doc, m.start, m.end)])  # 科技兴贸、以质取胜和|市场多元化战略: its 战略 shared
        goals = find_goals(doc)
        roles = [g for g in goals if dict(g.attrs).get("role_in_region")]
        drop_matches(doc, [m for m in matches(doc) if m.label == "Strategy" and any(
            g.start <= m.start and m.end <= g.end for g in roles)])  # 甲乙城市群|重要中心城市: the region, the role's
        add_matches(doc, goals)
        drop_matches(doc, [m for m in matches(doc) if m.label in ("Formulation", "Program") and any(
            g.start <= m.start and m.end <= g.end and g.end - g.start > m.end - m.start and
            not dict(g.attrs).get("practice") and (m.label == "Formulation" or dict(g.attrs).get("headline"))
            for g in goals)])  # “双一流”甲县: the token opens the goal's name, no programme of its own there
        return doc  # 建设新时代中国特色社会主义壮美X: the fixed term is a word of the goal's name, no mention of its own;
        # 中国式现代化X实践: the place's practice of the national term, which it names as such

    return component
