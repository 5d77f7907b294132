"""Zones: named development zones, new areas, high-tech and economic zones, free-trade-zone areas, parks and
demonstration zones. A bare generic word (高新区) is kept only where it can stand for the issuer's own zone;
the resolver decides (kg/resolve.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from extractors.base import (INDUSTRY_WORDS, LEADING_VERBS, NAME_STOP, Match, covered, doc_text, drop_matches, item_spans, longest_first, matches, name_start, only_words, overlaps,
                             quoted, register, token_bounds, token_ends, token_starts)
from extractors.enterprises import KNOWN, STRONG_SUFFIX, ZONE_SUFFIX, firm_opens  # 中车, …集团: a known firm or a company word opening a park
from extractors.places import GLUED_BEFORE, WORDLIKE  # 继, 在: glued before a name; 合作, 和平: places that are words
from extractors.projects import PHASE, ranked_place  # 二期, not 十四五期间: works by their phase; 甲县|重点|园区
from kg import gazetteer, lexicons

ZONE_END = re.compile(lexicons.alternation("zone_suffix") + "$")
# 中关村, 柴达木: areas no gazetteer holds that open zones' names as places do
AREA_NAMES = tuple(sorted(lexicons.words("zone_area_names") | lexicons.words("zone_area_openers"), key=lambda w: (-len(w), w)))
SCOPE_LEADS = lexicons.longest_first("zone_scope_leads")  # 全县, 各县区: a phrase about all an area's zones
OWN_ZONE = lexicons.words("zone_own")  # bare words that can stand for the issuing place's own zone
OWN_NOT_AFTER = re.compile(r"(?:各|各类|同类|等|省级以上|省级|市级|国家级|国家|全市|重点|获批|升级|\d[个家]|[一二两三四五六七八九十][个家])$")
TOPONYM_END = lexicons.words("zone_toponym_end")  # 湖, 口, 山: what ends a township's or village's name
# Heads that make a generic phrase (各类开发区, 国家级新区), or areas that are not zones (城区, 老城区).
GENERIC_HEAD = lexicons.words("zone_generic_head")
CATEGORY_WORDS = lexicons.longest_first("zone_category_words")
PLURAL_AFTER = re.compile(r"^(?:[\d一二两三四五六七八九十]+[个家处]|[一二三四五六七八九十]期|项目|工程|平台)")
# …but after a zone named by its place, a count with its noun after it counts what the zone has (甲市赛区10个专项规划)
COUNT_OF_NOUN = re.compile(r"[\d一二两三四五六七八九十]+[个家处](?!以上|左右|以内)[\u4e00-\u9fff]")
# a clause whose predicate counts the zone phrase (境外经贸合作区达到11个，): a kind of zone, counted
COUNTED = re.compile(r"(?:达到|达|增至|增加到|增加至|突破|超过|累计达到?|总数达到?)[\d一二两三四五六七八九十百]+[个家处](?:[，,。；;、]|$)")
RANK_INSIDE = re.compile(r"省级|市级|国家级")
# a level word inside a pilot's head (昆山国家级金融改革试验区, 厦门全国海洋经济发展示范区): a designation conferred on the
# place, as 国家级零碳园区 is, not an area of its own; a park with its level (泉州省级人工智能产业园) stays the park
LEVELLED = re.compile(RANK_INSIDE.pattern + "|全国")
CONFERRED_TOPICS = tuple(lexicons.terms("zone_conferred_topics"))  # 甲乙科创|金融改革|试验区: a designation, a Program
# 境外经贸合作区: zones abroad; 更多科技园区: zones of a kind
ABROAD_OR_MANY = (*lexicons.terms("zone_abroad_words"), *lexicons.terms("quantifiers"))
WORDS_ACROSS = lexicons.words("suffix_words_across")  # 城堡: 科学城堡 holds no 科学城
DESIGNATION = re.compile(r"^(?:国家|全国|省级|省|中国(?!\()|国际)")
CATEGORY_LEADS = tuple(lexicons.terms("program_generic_head"))  # 重点…, 各类…: heads of a kind, not a name
REGION_END = tuple(lexicons.terms("zone_region_end"))  # 川南, 冀东, 成都平原: regions of a plan, not zones
# an …经济区 is a zone only as a place's own (汕头临港经济区) or an airport's or port's (大兴国际机场临空经济区); else
# it is a region a plan groups places into (江淮生态经济区, 海西经济区) or a kind (特殊经济区)
AIRPORT_HUBS = ("临空", "临港", "空港")
RANK_LEAD = re.compile(r"^(?:国家级?|省级|省部共建|全国)+")  # 国家现代农业产业园: a designation by kind
ZONE_KIND_WORDS = tuple(sorted(set(CATEGORY_WORDS) | set(INDUSTRY_WORDS), key=lambda w: (-len(w), w)))
# a numeral opening a head counts or sizes (两个…, 千亿级…, 2025年…) unless a name goes on after it (三航科技城)
COUNT_LEAD = re.compile(r"^[\d一二两三四五六七八九十百千万]+(?:[个家处座批大余多亿万级年.%区县市镇村园]|$)")
# right after a zone's suffix: the zone opens a line's, station's, road's or school's name (高新园初中)
LONGER_NAME = ("线", "站", "路", "桥", "小学", "中学", "初中", "高中", "学校", "幼儿园", "医院")
NETWORKS = ("路网", "线网", "站网")  # the zone's network of roads or lines (高铁新城路网): no line's name
MAIN_FUNCTION = ("优化", "重点", "限制", "禁止")  # …开发区: the kinds of area of the main-functional-area plan
STOPS = tuple(w for w in NAME_STOP if len(w) > 1)
HEAD_VERBS = lexicons.terms("zone_head_verbs")  # inside a head they end a clause (加力建设自贸试验区): the name begins after them
PLACED_VERBS = lexicons.terms("zone_head_verbs_placed")  # 甲市开发|乙新区: they end a clause where a place follows
# suffixes that name a park, town, reserve or cluster only after a place or a local name (松原石化园区, 甲县返乡创业园,
# 平潭台湾小镇, 甲乙湖自然保护区, 昝岗高端高新产业集聚区)
CLUSTERS = lexicons.terms("zone_cluster_suffixes")  # 航运服务集聚区: without a place, a kind a plan promotes
PLACED_ONLY = (*lexicons.terms("zone_placed_suffixes"), *CLUSTERS)
GROUP_AFTER = tuple(lexicons.terms("zone_group_after"))  # 组团参展, 组团式: 组团 a verb or a manner, no zone
# …but a 特色小镇 is named by its own word too (菁蓉小镇, 未来网络小镇, 甲乙茶旅小镇): a head that is more than the words
# of a kind of town (科学小镇, 康养小镇, 特色小镇) names one wherever it stands
TOWN_KINDS = tuple(sorted(lexicons.words("zone_town_kinds") | set(CATEGORY_WORDS) | set(INDUSTRY_WORDS), key=lambda w: (-len(w), w)))
ORIGINS = tuple(lexicons.terms("zone_origin_places"))  # 台湾农民创业园: whose park, not where
PILOT = ("示范区", "试验区", "实验区", "综试区", "先行区", "功能区")  # designations: a zone only when tied to a place
# (综试区: 综合试验区 written short, 跨境电商综试区)
# designations that never name an area of its own administration, whatever place they are tied to (guideline 2 names
# …先行区 among the programmes; a 功能区 is the function a spatial plan gives an area): 长三角美丽中国先行区, 张家口首都水源涵养功能区
DESIGNATION_ONLY = ("先行区", "功能区")
# a zone opening the name of works inside it (…港区疏港航道, …港区散货码头, …港区改造二期, …工业园供水厂二期):
# the works are the name (guideline 2: not a zone written only as the start of a longer name)
WORKS_AFTER = re.compile(r"([\u4e00-\u9fff]{0,10}?)(?:码头|航道|泊位|" + PHASE.pattern + ")")
# …or a centre inside it named with its own words (甲乙产业园|交易服务中心建成投用): the centre is the name; 中心 right
# after the zone's suffix is left alone (a district's centre)
CENTRE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)中心")
# …or a project's name: the zone, the name's own words, then 项目 (经开区布林克新能源充电桩及储能项目); words of a
# kind only (高新区重点项目, 高新区标准厂房项目) are the zone's projects, the zone named in its own right
WORKS_PROJECT = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16}?)项目")
PROJECT_KINDS = tuple(sorted(set(lexicons.terms("project_generic_words")) | set(lexicons.terms("project_rank_words"))
                             | set(INDUSTRY_WORDS), key=lambda w: (-len(w), w)))
PROJECT_VERBS = lexicons.terms("zone_project_verbs")  # 入驻, 签约: between a zone and 项目, a clause
WORKS_VERBS = re.compile("改扩建|改造|扩建")  # 罗泾港区改造二期: verbs that name the works, not a clause
# a park or district named as an item of a list of projects (A产业园、B商务区等重点项目): a project being built, not a zone
IN_PROJECT_LIST = re.compile(r"(?:、[^，,。；;：:、]{2,30}?)*等[^，,。；;：:、]{0,14}?(?:项目|工程)")


# an area measured before 的 (占地300亩的|甲乙环保产业园): what follows is a park named by its own word, not a
# description (发展前景较好的集聚区); a sum invested (投资10亿元的…) may name a project
MEASURED = re.compile(r"(?:[\d.]+|[一二两三四五六七八九十百千万]+)[多余]?[万千百]*(?:亩|平方米|平方公里|公顷)的$")


def in_project_list(text: str, end: int) -> bool:
    """Whether a zone ending at end is an item of a list of projects (A产业园、B商务区等重点项目), not of a list of zones
    whose projects a clause then counts (A高新区、B经开区等园区新签约项目: the head after 等 is a zone's kind, or a
    verb stands before 项目)."""
    listed = IN_PROJECT_LIST.match(text, end)
    if not listed:
        return False
    after = listed.group()[listed.group().rfind("等") + 1:]
    return not ZONE_SUFFIX.search(after) and not any(v in after for v in PROJECT_VERBS)


# …or a list whose last item is written with the head 项目 (加快A产业园、B产业集群项目落地): the items are projects
LAST_ITEM_PROJECT = re.compile(r"(?:、[^，,。；;：:、]{2,30}?)*、([^，,。；;：:、]{2,30}?)(?:项目|工程)")
# …or a park or pilot area the clause says went into operation or use (甲县静脉产业园投入运营。): a facility built and
# run, a project; a zone of its own administration (…开发区, …综保区) opening is still the zone
OPENED = re.compile(r"(?:正式|顺利|全面)?(?:投入运营|投入使用|建成投用|建成运营|投运|启用)(?=[，,。；;]|$)")
# …or a park said to land in another area or to be moved (甲乙产业园落地丙丁工业园, 戊己产业园有序搬迁): a firm's
# facility placed or relocated, a project; a park where projects land (甲乙产业园落地项目31个) stays the zone
MOVED = re.compile(r"(?:有序|整体|成功|顺利|正式)?(?:" + lexicons.alternation("zone_park_moved_verbs") +
                   rf")(?:[^，,。；;、项企]{{0,12}}?(?:{ZONE_SUFFIX.pattern}))?(?=[，,。；;]|$)")
# 一批重大项目，A园、B…: the items of the list after are the projects
PROJECTS_BEFORE = re.compile(r"(?:项目|工程)[：:，,](?:[^，,。；;：:、]{2,30}、)*$")
BUILT_VERBS = tuple(lexicons.terms("zone_built_verbs"))  # 建成甲乙科技园: a park being built, a Project
APPLIED = tuple(lexicons.terms("zone_applied_verbs"))  # 申建, 申报: a zone still applied for
UPGRADE = re.compile(lexicons.alternation("zone_upgrade_after"))  # 甲高新区申报国家高新区: applies to be upgraded, it exists
CITY_PILOTS = lexicons.terms("zone_city_pilots")  # 跨境电商综合试验区: a designation a city holds, no area


def applied_for(text: str, start: int, end: int) -> bool:
    """Whether the text says a zone is still being applied for (支持甲市申建空港综保区, 推动综保区申报取得进展): no
    zone exists yet; not a zone applying for a higher rank (甲高新区申报国家高新区)."""
    after = next((v for v in APPLIED if text.startswith(v, end)), "")
    return text.endswith(APPLIED, 0, start) or bool(after) and not UPGRADE.match(text, end + len(after))


@lru_cache(maxsize=1)
def place_initials() -> frozenset[str]:
    """The first characters of provinces' and prefectures' short names, and the provinces' abbreviations (川, 渝)."""
    gaz = gazetteer.load()
    return frozenset(d.short_name[0] for d in gaz if d.level in ("province", "prefecture") and d.short_name) | \
        lexicons.words("zone_province_abbreviations")


def named_place(head: str) -> bool:
    """Whether a zone's head opens with a place (承德…, 攀枝花…) or a bracketed one (中日(大连)…, 西部(成都)…): a
    designation so named is that place's area, whatever national label it holds (承德国家…示范区)."""
    if place_first(head):
        return True
    gaz = gazetteer.load()
    bracket = re.match(r"^[^()]{0,4}\(([^()]{2,6})\)", head)
    return bool(bracket) and any(e - a >= 2 for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(bracket[1]))


def place_first(head: str) -> bool:
    """Whether a zone's head opens with a place's name (承德…, 雄安…), not only a bracketed one."""
    gaz = gazetteer.load()
    return head.startswith(AREA_NAMES) or \
        any(a == 0 and e - a >= 2 for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(head, 0, min(len(head), 8)))


def firms_park(head: str) -> bool:
    """Whether a park's head opens with a known firm's name or holds a company word (甲乙集团…, 中车…) with the park's
    own words after it: a firm's park, built as its project, not an area of its own administration. A park 配套 a
    firm (甲乙显示屏配套产业园) serves its suppliers: the place's zone."""
    if "配套" in head:
        return False
    firm = KNOWN.match(head) or next((c for c in STRONG_SUFFIX.finditer(head) if c.start() >= 2), None)
    return firm is not None and firm.end() < len(head)


def ranked_by_place(head: str, suffix: str) -> bool:
    """Whether a zone's head is a place, its level word right after it and the zone's own words (昆山|国家级|金融改革
    试验区, 泉州|省级|人工智能产业园) or a zone word of the place's own (甲县|省级|经济开发区): the level is part of the
    place's zone's name, not a kind (国家级经开区, 河北省级农业园区)."""
    head = re.sub(r"\((" + RANK_INSIDE.pattern + r")\)", r"\1", head)  # 甲市(国家级)|经济技术开发区
    rank = RANK_INSIDE.search(head)
    if not rank or len(head) - rank.end() < 2 and suffix not in OWN_FULL | OWN_ZONE or RANK_INSIDE.search(head, rank.end()):
        return False
    gaz = gazetteer.load()
    if gaz.full.get(head[:rank.start() + 1]):
        return False  # 河北|省级…, 沧州|市级…: the division's own 省/市 and 级, a level of the division's zones, a kind
    return any(a == 0 and e == rank.start() for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(head, 0, rank.start()))


INITIAL_WORDS = lexicons.words("zone_initials_words")  # 普惠: two places' initials that make a word together


def two_initials(head: str) -> bool:
    """Whether a zone's head opens with the initials of two places (川藏…, 沈抚…), not a word they make (普惠金融…)."""
    return len(head) >= 2 and head[0] in place_initials() and head[1] in place_initials() and \
        head[:2] not in INITIAL_WORDS


def opens_with_place(head: str) -> bool:
    """Whether a zone's head opens with a place or the initials of two (川藏…, 沈抚…), or with China and a partner
    before a dash (中国—甲盟…): a strategy's words later in it (攀枝花共同富裕试验区) do not make it the strategy."""
    dash = re.search("[—―]", head)
    return named_place(head) or two_initials(head) or bool(dash) and partners(head[:dash.start()])


def partners(first: str) -> bool:
    """Whether what stands before a dash in a zone's name is China and a partner (中国—甲盟产业合作区, 中国—乙组织…
    示范区) or China, a partner's one-character name and a Chinese place (中蒙甲市—乙市经济合作区): a cooperation
    area of two countries, whose name holds the dash."""
    return first == "中国" or len(first) > 3 and first[0] == "中" and only_places(first[2:])


def national_before(text: str, start: int, head: str) -> bool:
    """Whether 国家 stands just before a zone's head in its clause (国家级|经济和技术开发区: a designation by kind), not
    where a conjunct named by a place begins after it (…综合性国家科学中心和|上海张江…: the next zone's own name)."""
    national = re.search(r"国家级?[^，,。；、]{0,6}$", text[max(0, start - 8):start])
    if national and re.fullmatch("国家级?", national.group()) and place_first(head):
        return False  # 国家级|承德高新区: the rank the place's zone holds
    return bool(national) and not (re.search("[和及与]", national.group()) and (place_first(head) or two_initials(head)))


def names_place(head: str) -> bool:
    """Whether a Chinese place's name (two characters or more) stands anywhere in a zone's head; a short name that is
    an ordinary word (合作, 长江: place_wordlike) does not (丝路电商合作…, 中非经贸深度合作…)."""
    gaz = gazetteer.load()
    return any(a in head for a in AREA_NAMES) or any(e - a >= 2 and (lex is gaz.full or head[a:e] not in WORDLIKE)
               for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(head))


def place_at(doc: Doc, start: int) -> bool:
    """Whether a place mention (kg_places: not a word-like name such as 合作) opens the text at start (洋县园区)."""
    return any(m.label == "Place" and m.start == start for m in matches(doc))


def place_span(doc: Doc, m: Match) -> bool:
    """Whether a mention's span is also a place's name (雄安 the Strategy and the Place)."""
    return any(p.label == "Place" and (p.start, p.end) == (m.start, m.end) for p in matches(doc))


def only_places(head: str) -> bool:
    """Whether a head is made only of place names (天津滨海, 东丽): two areas joined by a dash make one zone's name."""
    gaz = gazetteer.load()
    pos = 0
    while pos < len(head):
        ends = [e for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(head, pos, len(head)) if a == pos]
        if not ends:
            return False
        pos = max(ends)
    return pos >= 2


def joined_areas(first: str) -> bool:
    """Whether what stands before a dash in a zone's name is an area the dash joins to the next (天津滨海, 新安江):
    places or a local place's or landmark's name; else the dash ends a partner's name (南开大学—沧州渤海新区)."""
    return only_places(first) or toponym(first)


def toponym(head: str) -> bool:
    """Whether a short head is a local place's name by its form (蒋湖, 岳口, 羊山: a specific part and a
    geographic morpheme), not a kind (飞地, 县域) or a count: townships and villages are not in the gazetteer. A
    township written with its level (沙河店镇, 罗庄子乡) may have four characters, none of them a kind's (特色小镇)."""
    short = 2 <= len(head) <= 3 or len(head) == 4 and head[-1] in TOWNSHIP_LEVELS and head[-2:] not in GENERIC_HEAD \
        and not any(w in head for w in ZONE_KIND_WORDS)
    return short and head[-1] in TOPONYM_END and head not in GENERIC_HEAD and \
        not re.search(r"[\d一二两三四五六七八九十百千万各]", head) and not only_words(head, ZONE_KIND_WORDS, min_rest=1)


TOWNSHIP_LEVELS = ("镇", "乡")  # 沙河店|镇: a township's name and its level


def opens_with_toponym(head: str) -> bool:
    """Whether a head opens with a local place's name by its form (昝岗|高端高新产业, 蒋湖|农业) and goes on; 沿 and a
    river's or lake's name (沿甲乙河|生态产业) open it as the place does: the cluster strung along that water."""
    along = 1 if head.startswith(ALONG) else 0
    return any(len(head) > k + along and toponym(head[along:k + along]) and (not along or head[k] in WATERS)
               for k in (2, 3))


ALONG = "沿"
WATERS = ("河", "江", "溪", "湖")  # 沿甲乙河…集聚区: the water a cluster runs along


def landmark(head: str) -> bool:
    """Whether a head of up to four characters is a landmark's name by its form (东洞庭湖, 庐山: a geographic morpheme
    last), not a kind (城区风貌) or a count."""
    return 2 <= len(head) <= 4 and head[-1] in TOPONYM_END and toponym(head[-3:] if len(head) > 3 else head)


def tied_to_place(head: str) -> bool:
    """Whether a zone's head names a place (张家口…, 中日(大连)…) or opens with the initials of two (沈抚, 厦金):
    a designation so tied is an area; one without a place (科普示范区) is a pilot conferred, a programme."""
    return names_place(head) or two_initials(head)


_ITEM = r"(?:(?!等)[\u4e00-\u9fffA-Za-z0-9·()]){2,14}"
# A、B和C三个联动创新区, A、B等一批主题产业园: coordinated names that keep the head they share
SHARED_HEAD = re.compile(rf"((?:{_ITEM}[、和及与]){{1,12}}{_ITEM})(?:等)?(?:[\d一二两三四五六七八九十]+[个家座]|一批)"
                         rf"([\u4e00-\u9fff]{{0,6}}?(?:{ZONE_SUFFIX.pattern}))")


FUNCTION_HEADS = lexicons.words("zone_function_heads")  # 功能: a list of functions, not of zones
COUNTERS = ("个", "家", "座", "一批")  # what SHARED_HEAD's count ends with


def shared_head(doc: Doc) -> list[Match]:
    """Each item of a coordination followed by a count and a zone's head, as a zone named item + head."""
    text = doc_text(doc)
    found = []
    for m in SHARED_HEAD.finditer(text) if any(w in text for w in COUNTERS) else ():  # a costly scan: a count first
        head = m.group(2)
        items = re.split(r"[、和及与]", m.group(1))
        if ZONE_SUFFIX.sub("", head) in FUNCTION_HEADS:
            continue  # 金融、商务5个功能组团: functions of areas, no names
        if any(v in head for v in (*HEAD_VERBS, *STOPS)):
            continue  # 甲、乙、丙三个镇建设特色小镇: the count's noun (镇) and a verb, no head the items share
        if head in GENERIC_HEAD or any(re.match(r"[\d其]", item) or any(w in item for w in STOPS) for item in items[1:]):
            continue  # 市人大及其常委会出台新一批…, 407个典型镇、2519个典型村: no coordination of names
        pos = m.start(1)
        for i, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            if i == 0:
                s = name_start(doc, e, max_chars=14) or s
            if e - s >= 2 and text[s:e] not in GENERIC_HEAD and not covered(doc, s, e, {"Strategy", "Program", "Event", "Policy"}):
                whole = ZONE_END.search(text, s, e)  # 甲新城、乙新城2个新城: an item written whole keeps its name
                found.append(Match(s, e, "Zone", attrs=(("name", text[s:e] + ("" if whole else head)),)))
    return found


FTZ = re.compile(r"(?:自由贸易试验区|自贸试验区|自贸区)$")
FTZ_LINKED = re.compile(r"(?:自由贸易试验区|自贸试验区|自贸区)联动$")  # …自贸区联动|创新区: linked to the zone
FTZ_NEAR = re.compile("自贸|自由贸易")  # a free-trade zone named in a head or nearby: its areas (片区) are its places
# after a free-trade zone's name, places listed with the head 片区 they share (合肥、芜湖、蚌埠片区)
AREAS_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})片区")


def ftz_areas(doc: Doc, zones: list[Match]) -> list[Match]:
    """The areas of a free-trade zone written as a list after its name and sharing 片区 (guideline 2: coordinated names
    keep the shared head): 中国(甲省)自由贸易试验区A、B、C片区 gives three areas, each the zone's name, the place and
    片区. Every item but the last is a place; the last ends the list (蚌埠, 钦州港)."""
    text = doc_text(doc)
    places = {(m.start, m.end) for m in matches(doc) if m.label == "Place"}
    found = []
    for z in zones:
        if z.label != "Zone" or dict(z.attrs) or not FTZ.search(text, z.start, z.end) or \
                not (listed := AREAS_LISTED.match(text, z.end)):
            continue
        spans = item_spans(listed[1], z.end)
        if all(span in places for span in spans[:-1]) and not any(w in text[a:b] for a, b in spans for w in STOPS):
            prefix = text[z.start:z.end]
            found += [Match(z.start if i == 0 else a, b + 2 if i == len(spans) - 1 else b, "Zone",
                            attrs=(("name", prefix + text[a:b] + "片区"),)) for i, (a, b) in enumerate(spans)]
    return found


def places_sharing_head(doc: Doc, zones: list[Match]) -> list[Match]:
    """Places listed before a zone named by a place share its head (guideline 2: 郑州、武汉都市圈 gives two): 汕头、湛江
    临港经济区 gives 汕头临港经济区; 新设广东、天津、福建自贸试验区 gives three."""
    text = doc_text(doc)
    places = {m.end: m for m in matches(doc) if m.label == "Place"}
    starts = {m.start: m for m in places.values()}
    found = []
    for z in zones:
        opening = starts.get(z.start)
        pilot = z.label == "Program" and text.endswith(CITY_PILOTS, z.start, z.end)  # 甲、乙跨境电商综合试验区: two
        if z.label != "Zone" and not pilot or opening is None or dict(z.attrs) and not pilot or opening.end >= z.end:
            continue
        rest, pos = (dict(z.attrs).get("name") or text[z.start:z.end])[opening.end - z.start:], z.start
        while pos > 1 and text[pos - 1] in "、和及与" and (item := places.get(pos - 1)) is not None and \
                item.short == opening.short and not ZONE_END.search(text, max(0, item.start - 8), item.start):
            # 曹妃甸区、正定新区: a place written in full is a place of its own; 甲高新区东区、…: a zone's part
            found.append(Match(item.start, item.end, z.label, attrs=(("name", text[item.start:item.end] + rest),)))
            pos = item.start
    return found


# after 等, the words a list of places shares and a zone's suffix (曹妃甸、通武廊等协同发展示范区)
HEAD_AFTER_ETC = re.compile(rf"([\u4e00-\u9fff]{{0,8}}?)(?:{ZONE_SUFFIX.pattern})")


def places_before_etc(doc: Doc) -> tuple[list[Match], list[tuple[int, int]]]:
    """Places listed before 等 and a zone's head share it (guideline 2: 张村、李庄等煤矿 gives 张村煤矿 and 李庄煤矿):
    甲市、乙县等协同发展示范区 gives 甲市协同发展示范区 and 乙县…; every item but the last is a place or the initials of
    two or three (通武廊) or a township's name and its trade (孔垄纺织), the last may be a local name (芦台汉沽), not a
    kind. Not a head of a kind (重点片区, 特色园区), a verb's clause (等建设…), a head alone (等自贸区: the class the
    places' zones belong to) or a counted one. Returns the zones and the spans of the heads they share (no name of
    their own: 协同发展示范区 alone is no designation conferred)."""
    text = doc_text(doc)
    places = {m.end: m.start for m in matches(doc) if m.label == "Place"}
    found, heads = [], []
    for etc in (m.start() for m in re.finditer("等", text)):
        head = HEAD_AFTER_ETC.match(text, etc + 1)
        if not head or len(head[1]) < 2 or head[1] in GENERIC_HEAD or head[1].startswith((*CATEGORY_LEADS, *LEADING_VERBS)) \
                or any(w in head[1] for w in STOPS) or text[head.end() - 1:head.end() + 1] in WORDS_ACROSS \
                or PLURAL_AFTER.match(text[head.end():head.end() + 4]):
            continue
        last = re.search(r"(?<=、)[\u4e00-\u9fff]{2,4}$", text[max(0, etc - 5):etc])
        if not last or any(w in last[0] for w in STOPS) or only_words(last[0], ZONE_KIND_WORDS):
            continue
        items, pos = [(etc - len(last[0]), etc)], etc - len(last[0]) - 1
        while (start := places.get(pos, next((pos - n for n in (3, 2) if n <= pos and two_initials(text[pos - n:pos])),
                                             next((pos - n for n in (6, 5, 4) if n <= pos and
                                                   township_trade(text, pos - n, pos)), None)))) is not None:
            items.append((start, pos))
            if text[start - 1:start] != "、":
                break
            pos = start - 1
        if len(items) >= 2 and text[items[-1][0] - 1:items[-1][0]] != "、":
            found += [Match(a, b, "Zone", attrs=(("name", text[a:b] + head[0]),)) for a, b in reversed(items)]
            heads.append(head.span())
    return found, heads


def township_trade(text: str, start: int, end: int) -> bool:
    """Whether a list item text[start:end] is a township's name and its trade (孔垄纺织, 杉木陶瓷), the item opening
    after 、 or its clause: a local name of two characters, then words of a sector, as a county's parks of its
    townships are named (甲乙纺织、丙丁陶瓷等工业集中区)."""
    item = text[start:end]
    return (start == 0 or text[start - 1] in "、，,；;：:") and local_name(item[:2]) and not place_first(item) and \
        only_words(item[2:], INDUSTRY_WORDS, min_rest=1)


RESERVES = ("国家公园", "保护区")  # national parks and nature reserves: areas named by a landmark or a place
# a reserve spanning provinces written with one province's part in brackets (甲山国家公园(乙省片区)): the part is the name
RESERVE_PART = re.compile(r"\([\u4e00-\u9fff]{2,8}片区\)")
NATURE_KINDS = lexicons.longest_first("zone_nature_kinds")  # 湿地, 森林: what a kind of reserve protects


def reserve_item(head: str) -> bool:
    """Whether a list item before a reserve's suffix is a reserve's own name (甲乙、丙丁丁保护区), a local word no
    gazetteer holds, not a kind of nature (森林、湿地保护区)."""
    return local_name(head) and not only_words(head, NATURE_KINDS, min_rest=1)


def toponyms_sharing_head(doc: Doc, zones: list[Match]) -> list[Match]:
    """Local names listed before a zone named by a local name share its head (guideline 2: coordinated names keep
    the shared head): 青海湖、昆仑山国家公园 gives 青海湖国家公园; 岳口、蒋湖工业园 gives 岳口工业园. The zone's head and
    each item are a township's, village's or landmark's name by their form (toponym), not sectors (交通、水利)."""
    text = doc_text(doc)
    found = []
    for z in zones:
        if z.label != "Zone" or dict(z.attrs) or z.start < 3 or text[z.start - 1] not in "、和及":
            continue
        suffix = next((s.group() for s in ZONE_SUFFIX.finditer(text, z.start + 2, z.end) if s.end() == z.end), "")
        head = text[z.start:z.end - len(suffix)]
        # 甲乙、丙丁开发区: a short local word heads the zone, so the items before it, parallel in form (as long as
        # it, no zone's suffix of their own: 起步区、甲乙片区), are local words too
        short = suffix not in PILOT and local_name(head) and not names_place(head)
        if not suffix or not (toponym(head) or suffix.endswith(RESERVES) or short):  # 甲乙、若尔盖国家公园: a park is named
            continue  # by its mountain or lake, written as the zone found it (六盘山), or by its place
        pos = z.start
        while pos > 2 and (text[pos - 1] == "、" or pos == z.start):  # 甲乙、丙丁及戊己工业园区: the last item joined
            item = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, pos - 5):pos - 1])  # by 和 or 及, a township's
            if not item:  # name by its form
                break
            s, e = pos - 1 - len(item[0]), pos - 1
            start = s if text[s - 1:s] == "、" else name_start(doc, e, max_chars=4)
            if start is None or not (toponym(text[start:e]) or text[e] == "、" and (
                    suffix.endswith(RESERVES) and reserve_item(text[start:e])
                    or short and len(text[start:e]) == len(head) and local_name(text[start:e])
                    and not place_at(doc, start) and not ZONE_END.search(text, start, e)
                    and not only_words(text[start:e], PROJECT_KINDS))) \
                    or any(w in text[start:e] for w in STOPS) or \
                    covered(doc, start, e, {"Strategy", "Program", "Event", "Policy"}):
                break
            found.append(Match(start, e, "Zone", attrs=(("name", text[start:e] + suffix),)))
            pos = start
    return found


LISTED_KINDS = lexicons.longest_first("zone_listed_kinds")  # 开发区、高新区、特色小镇: kinds listed together
_NEXT_KIND = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:" + "|".join(LISTED_KINDS) + r")(?=[、，,。；;：:等和及]|$)")


def beside_kind(text: str, z: Match, zones: list[Match]) -> bool:
    """Whether a bare own-zone word (高新区) is an item of a list beside a bare word of a broad kind (开发区、高新区、
    特色小镇; 高新区和各类园区): the list names kinds of zone, not the issuer's zone. A neighbour named as a zone of
    its own (甲县开发区、高新区) or an own-zone word (经开区、高新区) leaves it the issuer's."""
    def bare(s: int, e: int) -> bool:
        return not any(x.start < e and s < x.end for x in zones if x.label == "Zone")
    if text[z.start - 1:z.start] == "、":
        kind = next((k for k in LISTED_KINDS if text.endswith(k, 0, z.start - 1)), None)
        if kind and bare(z.start - 1 - len(kind), z.start - 1):
            return True
    after = _NEXT_KIND.match(text, z.end + 1) if text[z.end:z.end + 1] in ("、", "和", "及") else None
    return bool(after) and (not after[1] or only_words(after[1], ZONE_KIND_WORDS + ("各类", "各"), min_rest=1)) and \
        bare(after.start(), after.end())


def along_sharing_head(doc: Doc, zones: list[Match]) -> list[Match]:
    """Items opened by 沿 and a water's name listed before a cluster named so share its suffix (沿甲乙河循环经济、沿丙丁河
    生态产业集聚区 gives 沿甲乙河循环经济集聚区): coordinated names keep their shared head (guideline 2)."""
    text = doc_text(doc)
    found = []
    for z in zones:
        suffix = next((c for c in CLUSTERS if text.endswith(c, z.start, z.end)), "")
        if z.label != "Zone" or not suffix or text[z.start - 1:z.start] != "、" or \
                not opens_with_toponym(text[z.start:z.end - len(suffix)]) or not text.startswith(ALONG, z.start):
            continue
        end = z.start - 1
        while (item := re.search(ALONG + r"[\u4e00-\u9fff]{4,14}$", text[max(0, end - 15):end])) and \
                opens_with_toponym(item[0]) and "、" not in item[0]:
            start = end - len(item[0])
            found.append(Match(start, end, "Zone", attrs=(("name", item[0] + suffix),)))
            if text[start - 1:start] != "、":
                break
            end = start - 1
    return found


_PARK = r"[\u4e00-\u9fffA-Za-z0-9]{1,8}[园谷港岛城镇]"  # 东方芯港, 大飞机园, 东方美谷, 联影小镇: a park's own name
# A、B等特色产业园区: the items of a list of parks whose shared head is a kind are parks named by themselves
LISTED_PARKS = re.compile(rf"((?:{_PARK}、)*{_PARK})等(?:[\d一二两三四五六七八九十]+个)?[\u4e00-\u9fff]{{0,8}}?"
                          r"(?:园区|产业园|开发区|集聚区)(?!运营|企业|公司|管委|主体|平台)")  # …等园区运营商: firms


def short_last_items(doc: Doc, zones: list[Match]) -> list[Match]:
    """The last item of a list of zones written without a zone's suffix (甲乙高新区、丙丁湖纳入…; 甲乙科学城、“丙丁湾”功能
    提升): a local area's name by its form (a landmark: 丙丁湖) or a quoted name, coordinated with the zone before it,
    is a zone named short (guideline 2: the items of a list are of one kind; a head is shared only with items before
    it, so the last item lacks none). Not a place, a count, or a name read as another kind (丙丁湖郊野公园)."""
    text = doc_text(doc)
    ends, quotes = token_ends(doc), dict(quoted(doc))
    found = []
    for z in zones:
        s = z.end + 1
        if z.label != "Zone" or dict(z.attrs) or text[z.end:s] != "、" or any(y.start == s for y in zones):
            continue
        e = quotes.get(s) or next((e for e in range(min(s + 4, len(text)), s + 1, -1) if e in ends and
                                   landmark(text[s:e]) and clause_after(doc, e)), None)  # 丙丁湖|纳入: the clause
        if e is None or not 2 <= e - s <= 6 or text[e:e + 1] in ("、", "和", "及", "与") or \
                re.search(r"[\d一二两三四五六七八九十百千万各]", text[s:e]) or any(w in text[s:e] for w in STOPS) or \
                any(m.start < e and s < m.end and ("opens", "name") not in m.attrs for m in matches(doc)):
            continue
        found.append(Match(s, e, "Zone"))
    return found


def clause_after(doc: Doc, end: int) -> bool:
    """Whether the clause goes on at end: punctuation, the text's end, or a word that ends a name (纳入, 建设, 获批),
    not more words of a longer name (丙丁湖|郊野公园)."""
    text = doc_text(doc)
    word = next((text[end:b] for a, b in token_bounds(doc) if a == end), "")
    return end == len(text) or not re.match(r"[\u4e00-\u9fffA-Za-z0-9]", text[end]) or word in NAME_STOP or \
        word in LEADING_VERBS or word in HEAD_VERBS


def listed_parks(doc: Doc, zones: list[Match]) -> list[Match]:
    """Parks named by themselves in a list whose shared head is a kind (提升东方芯港、大飞机园等特色产业园区), and an
    item so formed between two zones of a list (吴淞创新城、南大智慧城、湾区科创城)."""
    text = doc_text(doc)
    spans = []
    for m in LISTED_PARKS.finditer(text) if "等" in text else ():
        spans += item_spans(m.group(1), m.start(1))
    named = [z for z in zones if z.label == "Zone"]
    for a, b in zip(named, named[1:]):
        between = text[a.end:b.start]
        if between.startswith("、") and between.endswith("、") and re.fullmatch(_PARK, between[1:-1]):
            spans.append((a.end + 1, b.start - 1))
    found = []
    for s, e in spans:
        if s == 0 or text[s - 1] != "、":  # the first item: its name starts where the name-boundary rule says
            s = start if (start := name_start(doc, e - 1, max_chars=9)) is not None else e
        if e - s < 3 or only_words(text[s:e - 1], ZONE_KIND_WORDS) or \
                covered(doc, s, e) or any(w in text[s:e] for w in STOPS):
            continue  # 肇庆等…集聚区, 软件产业、卫星导航等产业园区: places and sectors, no parks
        found.append(Match(s, e, "Zone"))
    return found


# …入选首批国家级零碳园区: a list enters a list of parks or zones, its kind the suffix after the verb
ENTERED_AS_ZONES = re.compile(lexicons.alternation("zone_entered_verbs") + r"[^，,。；;、]{0,16}?(?:" +
                              ZONE_SUFFIX.pattern + ")")
OTHER_KINDS = {"Project", "Program", "Strategy", "Enterprise"}  # an item read as another kind keeps it (甲市乙丙项目)
LIST_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}$")


def entered_as_zones(doc: Doc, zones: list[Match]) -> list[Match]:
    """The items of a list that enters a list of parks or zones (甲市经开区、乙市丙丁湾入选首批国家级零碳园区) where one
    item is a zone: each item named by a place is a zone, the list's kind, also without a zone's suffix (乙市丙丁湾)."""
    text = doc_text(doc)
    named = {(z.start, z.end) for z in zones if z.label == "Zone"}
    found = []
    for m in ENTERED_AS_ZONES.finditer(text):
        listed = LIST_BEFORE.search(text, max(0, m.start() - 60), m.start())
        spans = item_spans(listed.group(), listed.start()) if listed else []
        if any(span in named for span in spans):
            found += [Match(s, e, "Zone") for s, e in spans
                      if (s, e) not in named and opens_with_place(text[s:e]) and not only_places(text[s:e])
                      and not covered(doc, s, e, OTHER_KINDS)]
    return found


HUB = re.compile(r"[城岛](?![市镇乡区池])")  # 健康城, 生态岛; not 城市, 城镇, 城乡, 城区


BASE_HOLDS = lexicons.alternation("zone_base_holdings")
# a base, then what says it holds projects and firms (甲乙高新技术产业基地57个项目…, 甲乙基地新入驻企业)
BASE_AREA = re.compile(rf"基地(?=(?:[\d一二两三四五六七八九十百]+)?{BASE_HOLDS})")


def administered_bases(doc: Doc) -> list[Match]:
    """A base the text treats as an area holding its own projects and firms (甲乙高新技术产业基地57个项目完成投资,
    甲乙航天基地新入驻企业30家): an administered area, a zone; named by its trade or kind alone (产业基地, 新城基地)
    it is none."""
    text = doc_text(doc)
    found = []
    for m in BASE_AREA.finditer(text) if "基地" in text else ():
        start = name_start(doc, m.start(), max_chars=12)
        head = text[start:m.start()] if start is not None else ""
        if len(head) < 2 or head in GENERIC_HEAD or only_words(head, ZONE_KIND_WORDS) or \
                re.search(r"[\d一二两三四五六七八九十百千万各]", head) or any(w in head for w in STOPS) or \
                covered(doc, start, m.end(), {"Zone", "Strategy", "Program", "Event", "Policy"}):
            continue
        found.append(Match(start, m.end(), "Zone"))
    return found


def hubs(doc: Doc) -> list[Match]:
    """A place's hub named by its trade (静海团泊健康城, 成都科创生态岛; guideline 2: innovation hubs that firms move
    into): a place, at most a short local name, then words of a kind before 城 or 岛; not a goal of rank (世界级).
    And a place's valley or island named by a quoted coined word right after it (临邑“侗芯谷”)."""
    text = doc_text(doc)
    places = {m.start: m.end for m in matches(doc) if m.label == "Place"}
    found = []
    for m in HUB.finditer(text) if places else ():
        start = name_start(doc, m.start(), max_chars=10)
        end = places.get(start) if start is not None else None
        rest = text[end:m.start()] if end is not None else ""
        kind = next((w for w in ZONE_KIND_WORDS if rest.endswith(w)), "")
        if len(kind) >= 2 and len(rest) - len(kind) <= 3 and "级" not in rest and \
                not covered(doc, start, m.end(), {"Zone", "Strategy", "Program", "Project", "Event", "Policy"}):
            # an item of a list of projects (甲市现代物流城、乙丙园区等重大项目) is a project, as a park is
            found.append(Match(start, m.end(), "Project" if in_project_list(text, m.end()) else "Zone"))
    ends = {m.end: m.start for m in matches(doc) if m.label == "Place"}
    for a, b in quoted(doc):  # 临邑“侗芯谷”: a place's valley or island by a coined name
        if a in ends and 2 <= b - a <= 6 and text[b - 1] in "谷岛" and not covered(doc, ends[a], b, {"Zone", "Project", "Enterprise"}):
            found.append(Match(ends[a], b, "Zone"))
    return found


# 中国稀金谷, 武汉光谷, 甲市药谷: a place or 中国, then what the valley makes (one to three characters), then 谷 ending
# the word; not a landform (峡谷, 河谷, 山谷), a grain (稻谷, 五谷) nor another word (谷物, 谷底)
VALLEY = re.compile(r"((?:(?![峡河山深低幽空溪沟])[\u4e00-\u9fff]){1,3}?)(?<![稻五粟])谷(?![物子底歌雨粒仓])")
BRANDS_AFTER = re.compile(r"(?:、[^，,。；;、]{1,12})*等[^，,。；;]{0,8}品牌")  # 中国有机谷、甲乙茶等区域公用品牌: brands


def valleys(doc: Doc) -> list[Match]:
    """A themed valley named by a place or 中国 and what it makes (中国稀金谷, 甲市光谷; guideline 2: an area firms move
    into, like …智慧岛): no stop word or count between the place and 谷."""
    text = doc_text(doc)
    if "谷" not in text:
        return []
    opens = [(m.start, m.end) for m in matches(doc) if m.label == "Place"]
    opens += [(m.start(), m.end()) for m in re.finditer("中国", text)]
    found = []
    for s, e in opens:
        v = VALLEY.match(text, e)
        inside = any(a < v.end() < b for a, b in opens) if v else False  # 北京平谷区: 谷 inside a place's name
        if v and not inside and not BRANDS_AFTER.match(text, v.end()) and not any(w in v[1] for w in STOPS) and not re.search(r"[\d一二两三四五六七八九十百千万各]", v[1]) and \
                not covered(doc, s, v.end(), {"Zone", "Strategy", "Program", "Project", "Event", "Policy", "Enterprise"}):
            found.append(Match(s, v.end(), "Zone"))
    return found


# 中马“两国双园”, 中印尼“两国双园”: the twin parks China and one country build in each other, named by the two
# countries' initials (中 and one or two characters) before the scheme's word
TWIN_PARKS = re.compile(r"中[\u4e00-\u9fff]{1,2}两国双园")


def twin_parks(doc: Doc) -> list[Match]:
    """The twin parks of China and a country named by the two countries' initials (中马“两国双园”): a zone pair tied
    to its countries (guideline 2: pilot zones tied to a place); the scheme's word alone (“两国双园”) names none."""
    text = doc_text(doc)
    return [Match(m.start(), m.end(), "Zone") for m in TWIN_PARKS.finditer(text)] if "双园" in text else []


AREA = re.compile(lexicons.alternation("zone_area_names"))
# what makes an area's name the opening of a longer one (中关村论坛, 虹桥国际人才服务中心, 虹桥机场, 南沙群岛): a place, a
# body or a site inside the area, or the islands it is named for, no zone
AREA_OPENS = re.compile(r"[A-Za-z0-9]|[^，,。；;：:、（(“”等]{0,10}?(?:论坛|大会|峰会|学院|大学|实验室|研究院|中心|机场|枢纽|站|医院|路|线|城|群岛|"
                        + ZONE_SUFFIX.pattern + ")")


ISLAND = "岛"


def areas_alone(doc: Doc) -> list[Match]:
    """A well-known area's name (zone_area_names) written as a word of its own stands for its zone (支持前海建设,
    继续发挥中关村示范引领作用): not where words before it belong to the name (农业中关村: a likeness) nor where it
    opens a longer name (中关村论坛, 中关村E谷, 虹桥机场), a sector's or a count's (甲市中关村新材料: a base; 甲市前海两个
    区域…市场). Written after its place (上海外高桥, 珠海横琴) or with 岛 (横琴岛, the island it is named for) it is the
    same zone, named as written. Right after a one-character function word (place_glued_before: 继横琴…之后) it starts
    a word, whatever the segmenter joined to it."""
    text = doc_text(doc)
    starts, ends = token_starts(doc), token_ends(doc)
    place_end = {p.end: p.start for p in matches(doc) if p.label == "Place"}
    found = []
    for m in AREA.finditer(text):
        s, e = m.span()
        if text.startswith(ISLAND, e) and e + 1 in ends:
            e += 1  # 横琴|岛
        lead = place_end.get(s)  # 上海|外高桥: the area's place before its name
        glued = text[s - 1:s] in GLUED_BEFORE  # 我|省继横琴, 省继|张江: after 继 the name starts a word
        if (s in starts or lead is not None or glued) and e in ends and \
                (glued or name_start(doc, e, max_chars=6) in (s, lead)) and \
                not AREA_OPENS.match(text, e) and not text.startswith(INDUSTRY_WORDS, e) and \
                not PLURAL_AFTER.match(text[e:e + 4]) and not covered(doc, s, e):
            found.append(Match(s if lead is None else lead, e, "Zone"))
    return found


def read_across(doc: Doc, end: int) -> bool:
    """Whether a zone's suffix ending at end has its last character read with the next as a word (功能|区分合理
    "kept apart", 生态|城市, 先行|区域): a word of `suffix_words_across` the segmenter reads as one, across the
    suffix's end; where it ends a word at the suffix (示范区|分别增加) the suffix ends the name."""
    text = doc_text(doc)
    return text[end - 1:end + 1] in WORDS_ACROSS and end not in token_ends(doc)


def last_outside_places(doc: Doc, word: str, start: int, end: int) -> int:
    """Where word is last written between start and end outside a place's name (呼和浩特, 和田: their 和 joins
    nothing), or -1."""
    text = doc_text(doc)
    places = [(p.start, p.end) for p in matches(doc) if p.label == "Place"]
    at = text.rfind(word, start, end)
    while at >= 0 and any(a <= at and at + len(word) <= b for a, b in places):
        at = text.rfind(word, start, at)
    return at


LEVEL_BRACKETED = re.compile(r"\((?:国家级|省级)\)$")  # 甲市(国家级)经济技术开发区


def place_ending_at(text: str, at: int) -> int | None:
    """Where a place's name (two characters or more, not word-like) ending at at begins, or None: the gazetteer read
    on the text itself, as the segmenter may have cut the name (市乐|都)."""
    gaz = gazetteer.load()
    return next((a for lex in (gaz.full, gaz.short) for a, e, _ in lex.scan(text, max(0, at - 6), at)
                 if e == at and e - a >= 2 and text[a:e] not in WORDLIKE), None)


JOINT_VERBS = lexicons.longest_first("zone_joint_verbs")  # 共建: 与乙市共建产业园, a clause


def _verb_between_places(text: str, at: int, end: int, suffix_start: int) -> bool:
    """Whether a verb of developing or founding at..end inside a zone's head is the clause's verb: a place or a local
    name follows it (开发|乙丙新区), or a place is its subject right before it and a name follows (甲市|开发|渤海新区);
    not a word of the name (甲乙重点开发开放试验区)."""
    rest = text[end:suffix_start]
    return len(rest) >= 2 and not rest.startswith("开放") and \
        (opens_with_place(rest) or toponym(rest) or opens_with_toponym(rest) or place_ending_at(text, at) is not None)


def joint_verb_end(doc: Doc, start: int) -> int:
    """Where a verb of building together ends that stands right after the places, or two places' initials, opening at
    start (与|乙市平谷区|共建…, 与|沪苏|共建…), or 0."""
    ends = {p.start: p.end for p in matches(doc) if p.label == "Place"}
    pos = start if start in ends else start + 2 if two_initials(doc_text(doc)[start:start + 2]) else start
    while pos in ends:
        pos = ends[pos]
    verb = next((v for v in JOINT_VERBS if doc_text(doc).startswith(v, pos)), "") if pos > start else ""
    return pos + len(verb) if verb else 0


def suffixes(text: str):
    """The zones' suffixes in text, leftmost first; one whose last character opens a longer suffix (加工园|区, 示范园|区)
    is that longer one: the name ends where it ends."""
    for m in ZONE_SUFFIX.finditer(text):
        longer = ZONE_SUFFIX.match(text, m.end() - 1)
        yield longer if longer and longer.end() > m.end() else m


def find_zones(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = shared_head(doc)
    listed_places, shared = places_before_etc(doc)
    items = {(z.start, z.end) for z in listed_places}
    drop_matches(doc, [p for p in matches(doc) if p.label == "Place" and (p.start, p.end) in items])  # 曹妃甸、通武廊
    # 等协同发展示范区: each place opens its zone's name, no mention of its own (guideline 2)
    kinds: list[tuple[int, int]] = []  # parks named only by their kind, items of a list perhaps
    unplaced: list[tuple[int, int, str]] = []  # parks named by a word no gazetteer holds, items of a list perhaps
    held: list[Match] = []  # the projects of firms named right after a zone (甲乙产业园丙丁集团…项目)
    for m in suffixes(text):
        if any(a <= m.start() < b for a, b in shared) or \
                covered(doc, m.start(), m.end(), {"Zone", "Strategy", "Program", "Project", "Event", "Policy"}) or \
                read_across(doc, m.end()):
            continue  # 科学城堡, 先行区域: the suffix's last character is a word's with the next one
        suffix = m.group()
        if suffix == "组团" and text.startswith(GROUP_AFTER, m.end()):
            continue  # 甲市组团参展, 组团式发展: a delegation or a manner
        start = name_start(doc, m.start(), max_chars=14)
        level = LEVEL_BRACKETED.search(text, max(0, m.start() - 5), m.start()) if start is None else None
        if level and (cut := place_ending_at(text, level.start())) is not None:
            start = cut  # 甲市(国家级)经济技术开发区: the level written in brackets inside the name
        elif (cut := place_ending_at(text, m.start() if start is None else start)) is not None:
            before = name_start(doc, cut, max_chars=6)  # 魏|都|经济开发区, 海东市乐|都|工业园区: a stop word a place's
            start = cut if before is None else before  # name ends with (都) does not end the zone's name
        dash = max(text.rfind("—", start, m.start()), text.rfind("―", start, m.start())) if start is not None else -1
        if dash >= 0 and not joined_areas(text[start:dash]) and not partners(text[start:dash]):
            start = dash + 1  # …—X园: the name follows the dash, unless two areas, places or landmarks, are joined
            # (天津滨海—中关村科技园, 新安江—千岛湖…合作区)
        elif start is not None and text[start - 1:start] in ("—", "―") and \
                (before := name_start(doc, start - 1, max_chars=6)) is not None and \
                (joined_areas(text[before:start - 1]) or partners(text[before:start - 1])):
            start = before  # a name read leftwards up to its length stopped at the dash
        if start is not None and text[start] == "原" and m.start() - start >= 3 and not place_at(doc, start):
            start += 1  # 原|甲乙环保产业园: the park's former name, 原 (former) no part of it (not 原平, a place)
        own_park = False  # 经济开发区|家居产业园: a park named by its kind inside the issuer's own zone
        if start is not None:
            inner = list(ZONE_SUFFIX.finditer(text, start, m.start()))
            between = text[inner[-1].end():m.start()] if inner else ""
            if inner and text[start:inner[-1].end()] in OWN_ZONE | OWN_FULL and len(between) >= 2:
                start, own_park = inner[-1].end(), True  # the bare own-zone word opens no name of its park
            elif inner and suffix != "片区" and (between.startswith(LEADING_VERBS) or any(w in between for w in STOPS)):
                start = inner[-1].end()  # 沧州高新区升级国家高新区: a verb ends the name at the zone before; a
                start += next((len(v) for v in LEADING_VERBS if text.startswith(v, start)), 0)  # park inside a
                # zone keeps the zone's name (天衢新区集成电路产业园区, 华明高新区知识产权服务聚集区)
        if start is not None and text.count(")", start, m.start()) > text.count("(", start, m.start()):
            opening = text.rfind("(", max(0, start - 8), start)  # 西部(成都)科学城: the name holds the bracket
            if opening > 0:
                start = before if (before := name_start(doc, opening, max_chars=6)) is not None else opening
        if start is not None and start > 0 and text[start] == "(" and text.find(")", start, m.start()) > 0:
            before = name_start(doc, start, max_chars=6)  # 中国|(陕西)自由贸易试验区西安片区: a name that opens
            start = before if before is not None else start  # with a bracket reads on leftwards past it
        if start is not None:  # 加力建设自贸试验区, 城市副中心和平原新城: a verb or a coordination ends the name
            cut = max((at + len(w) for w in (*HEAD_VERBS, "和", "及")
                       if (at := last_outside_places(doc, w, start + (w not in HEAD_VERBS), m.start())) >= 0),
                      default=start)  # 呼和浩特综保区: a 和 inside a place's name joins nothing
            start = cut if m.start() - cut >= 2 or cut == m.start() else start
            start = max([start] + [at + len(w) for w in PLACED_VERBS
                                   if (at := last_outside_places(doc, w, start, m.start())) >= 0 and
                                   _verb_between_places(text, at, at + len(w), m.start())])
        if start is not None and text[start - 1:start] in ("与", "同") and (joint := joint_verb_end(doc, start)):
            if only_words(text[joint:m.start()], ZONE_KIND_WORDS, min_rest=1):
                continue  # 与乙市共建产业园: a clause, the park named by its kind
            start = joint  # 与乙市共建甲乙产业园: the name begins after the verb
        if start is not None and text[start - 1:start] == "与" and opens_with_place(text[start:m.start()]):
            before = name_start(doc, start - 1, max_chars=8)  # 通州区与北三县一体化…示范区: two places joined by
            if before is not None and opens_with_place(text[before:start - 1]) and \
                    not ZONE_SUFFIX.search(text, before, start - 1):  # 与 name one zone, as by a dash; not a zone
                # before 与 (甲市经开区与乙市高新区: two zones)
                start = before
        if start is not None and suffix in PILOT:
            start = national_designation_start(doc, start, m.start())
        if start is not None and (rank := RANK_LEAD.match(text[start:m.start()])) and \
                place_first(text[start + rank.end():m.start()]):
            start += rank.end()  # 国家级|赵县现代农业产业园: the rank the place's zone holds, no word of its name
        head = text[start:m.start()] if start is not None and start < m.start() else ""
        scope = next((w for w in SCOPE_LEADS if head.startswith(w)), "")
        if scope:  # 全县工业园区, 各县区产业园区: the zones of a whole area or of every area, a category
            if only_words(head[len(scope):], ZONE_KIND_WORDS, min_rest=1):
                continue
            start, head = start + len(scope), head[len(scope):]  # 全区甲乙园区: the name begins after the scope
        if (head + suffix).endswith(CITY_PILOTS):  # 甲市跨境电商综合试验区: a city's pilot designation, a Program
            written = text[start:m.end()]  # …综试区 written short: the one pilot, named in full
            full = written[:-len(suffix)] + "综合试验区" if suffix == "综试区" else written
            found.append(Match(start, m.end(), "Program", attrs=(("name", full),) if full != written else ()))
            continue
        # 推进市|高新区: the issuer's own zone written with its level, the zone word alone
        # 县|产业集聚区, 我县|工业园区: an own-zone word longer than its suffix, its first words in the head
        own = next((w for w in OWN_FULL if (head + suffix).endswith(w) and len(w) > len(suffix)), suffix)
        lead = head[:len(head) + len(suffix) - len(own)]
        if own in OWN_FULL and not lead and text.endswith(OWN_POSSESSIVES, 0, m.end() - len(own)):
            found.append(Match(m.end() - len(own), m.end(), "Zone", attrs=(("generic", "1"),)))  # 我县|经济开发区:
            continue  # the issuer's own zone, where the segmenter left the possessive outside the name
        if (own in OWN_ZONE or own in OWN_FULL) and own_level(lead) and \
                not OWN_NOT_AFTER.search(text[max(0, m.end() - len(own) - 5):m.end() - len(own) - 1]):  # 县|经济开发区
            found.append(Match(m.end() - len(own), m.end(), "Zone", attrs=(("generic", "1"),)))  # 我县|经开区
            continue
        if head and head + suffix in OWN_ZONE and not names_place(head):
            if not OWN_NOT_AFTER.search(text[max(0, start - 4):start]):  # 临空经济区 in 甲市's report
                found.append(Match(start, m.end(), "Zone", attrs=(("generic", "1"),)))
            continue
        if head and (re.search(r"[\d一二两三四五六七八九十百]+[大市县区个家座]$|地区", head)
                     or suffix in ("经济区", *PILOT) and region(head) or suffix not in PILOT and RANK_LEAD.match(head)
                     and only_words(RANK_LEAD.sub("", head), ZONE_KIND_WORDS, min_rest=1)
                     or suffix == "经济区" and not (named_place(head) or any(w in head for w in AIRPORT_HUBS))):
            continue  # 五大开发区, 中部地区国家高新区, 川南经济区, 国家现代农业产业园: kinds, counts and regions
        # a new area the guideline names a Strategy (雄安新区, or 雄安 its place's name) opens its zones' names as a
        # place does
        area = next((c for c in matches(doc) if c.label == "Strategy" and c.start == start and (
            c.end < m.start() and ZONE_END.search(text, c.start, c.end) or c.end <= m.start() and place_span(doc, c))),
            None) if head else None
        placed = bool(head) and (opens_with_place(head) or area is not None)
        local = suffix in PLACED_ONLY and (toponym(head) or suffix.endswith("保护区") and landmark(head)
                                           or suffix in CLUSTERS and opens_with_toponym(head))  # 蒋湖园区, 昝岗高端高新
        # 产业集聚区: a park or cluster named by its township; 东洞庭湖保护区: a reserve named by its lake or mountain
        # a park named by its kind (临空产业园) counts only as the subject of its clause, or beside a named zone
        kind_named = bool(head) and only_words(head, ZONE_KIND_WORDS) and not place_at(doc, start) and not re.search(r"[A-Za-z]", head) \
            and start > 0 and text[start - 1] not in "，,。；;:：" and not own_park  # a code (G60) is a name
        excluded = bool(head) and (
            any(c.cites and c.start < m.start() and start < c.end and (c.start <= start or not placed) and c is not area
                for c in matches(doc) if c.label in ("Strategy", "Program", "Formulation"))
            or re.search(r"[\d一二两三四五六七八九十]+[个家处批]$", text[:start])  # 3个…, 第二批…: a kind counted
            or "的" in head  # 发展前景较好的集聚区: a description, no name
            or PLURAL_AFTER.match(text[m.end():m.end() + 4]) and not (placed and COUNT_OF_NOUN.match(text, m.end()))
            or COUNTED.match(text, m.end()) or text[start - 1:start] == "的" and not (placed or local)
            and not (MEASURED.search(text, 0, start) and local_name(head[:-len(kind)] if (kind := next(
                (w for w in ZONE_KIND_WORDS if head.endswith(w) and len(head) > len(w)), "")) else head))
            or text.startswith(LONGER_NAME, m.end()) and not text.startswith(NETWORKS, m.end())  # 上海示范区线: the
            # start of a line's name
            or opens_works(text, m.end()) and firms_project(doc, m.end()) is None
            or COUNT_LEAD.match(head) and not named_place(head)  # 三明…: a place; 三航科技城: a name; 七大…: a
            # count, not two places' initials (七台河, 大同)
            or RANK_INSIDE.search(head) and not ranked_by_place(head, suffix)
            or any(w in head for w in ABROAD_OR_MANY)  # 境外经贸合作区, 更多科技园区: kinds
            or suffix == "片区" and not FTZ_NEAR.search(head) and not new_area_part(text, start, head)
            and not place_area(doc, start, m.start())
            or any(a <= start and m.start() <= b for a, b in quoted(doc)) and not placed
            or national_before(text, start, head)
            or suffix == "开发区" and head.endswith(MAIN_FUNCTION)  # 中西部重点开发区: a kind of area
            or suffix == "新区" and head[-1] in "院校馆")  # 妇幼保健院新区: an institution's new campus
        if excluded or kind_named:
            if kind_named and not excluded:
                kinds.append((start, m.end()))
            continue  # categories (绿色工业园区4个), descriptions (…的示范区), designations, city-plan areas
        if suffix in PILOT and head.startswith(CATEGORY_LEADS):
            continue  # 重点生态功能区, 各类示范区: a kind of area
        if suffix == "创新区" and (linked := FTZ_LINKED.search(head)) and \
                re.fullmatch(r"(?:中国\([^()]+\))?", head[:linked.start()]):
            found.append(Match(start, m.end(), "Program"))  # 甲园区获批自贸区联动创新区: the designation a free-trade
            continue  # zone confers, named by the zone, not by the place it lies in (甲县联动创新区: a zone)
        if len(head) >= 2 and head not in GENERIC_HEAD and suffix in PILOT and (
                suffix in DESIGNATION_ONLY and not industry_area(suffix, head) or LEVELLED.search(head) or national_pilot(suffix, head)
                or head.endswith(CONFERRED_TOPICS)
                or not opens_with_place(head) and (DESIGNATION.match(head) or "国家" in head or not placed and not (
                tied_to_place(head) or any(c.label == "Strategy" and start <= c.start < m.start() for c in matches(doc))))):
            found.append(Match(start, m.end(), "Program"))  # a pilot conferred on the place, not an area
            continue
        if head and (in_project_list(text, m.end()) or suffix.endswith(("园", "园区")) and firms_park(head) or (last := LAST_ITEM_PROJECT.match(text, m.end()))
                     and not ZONE_SUFFIX.search(last[1]) or (suffix.endswith(("园", "园区")) or suffix in PILOT)
                     and OPENED.match(text, m.end()) or suffix.endswith(("园", "园区")) and text.endswith(BUILT_VERBS, 0, start)
                     or suffix.endswith(("园", "园区")) and MOVED.match(text, m.end())
                     or suffix.endswith(("园", "园区", "商务区")) and "、" in (text[m.end():m.end() + 1], text[start - 1:start])
                     and PROJECTS_BEFORE.search(text, max(0, start - 120), start)):  # 重大项目，A商务区、B…: projects listed  # A园区、B经开区重点项目: the
            # zones' projects; …产业园投入运营: a facility
            found.append(Match(start, m.end(), "Project"))
            continue
        if head in GENERIC_HEAD:
            head, start = "", None
        if ranked_place(head) and not (suffix in OWN_FULL | OWN_ZONE and head.endswith(("省级", "国家级"))):
            continue  # 献县重点园区, 河间市省级以上园区: a place's zones of a rank, a category (甲县省级经济开发区,
            # 乙县省级高新区: the county's one zone of that kind, full or short, its level written)
        if not head:
            if suffix in OWN_ZONE and not OWN_NOT_AFTER.search(text[max(0, m.start() - 4):m.start()]) and \
                    not opens_works(text, m.end()):  # 经开区布林克…项目: the start of a project's name
                found.append(Match(m.start(), m.end(), "Zone", attrs=(("generic", "1"),)))
            continue
        if suffix in ("片区", "新区", "港区", "功能区", "经济区", "创新区", "新城") and len(head) < 2 or \
                suffix in PLACED_ONLY and not (named_place(head) and not head.startswith(ORIGINS) or local
                                               or suffix == "小镇" and named_town(head) or ZONE_SUFFIX.search(head)
                                               or suffix in CLUSTERS and two_initials(head)):  # 赤锡通…集聚区
            if suffix in PLACED_ONLY and local_name(head):
                unplaced.append((start, m.end(), suffix))  # 乙丙园区: named, if a list item beside 甲县园区
            continue  # 园区 names a park only after a place (松原石化园区) or the zone it lies in (甲高新区…聚集区), else
            # a description (街道园区, 千亿元园区); 创业园 too (甲县返乡创业园; 留学人员创业园 a kind, 台湾农民创业园 named
            # by its farmers' origin), and a cluster area (航运服务集聚区: a kind a plan promotes)
        if suffix == "新区" and gazetteer.load().full.get(text[start:m.end()]):
            continue  # 滨海新区, 浦东新区: a district's own name, the place (guideline 2); 苏州工业园区 stays a zone
        part = RESERVE_PART.match(text, m.end()) if suffix.endswith(RESERVES) else None
        found.append(Match(start, part.end() if part else m.end(), "Zone"))
        if (project := firms_project(doc, m.end())) is not None:
            held.append(Match(start, project, "Project"))  # 甲乙产业园丙丁集团…项目: the firm's project in the zone
    found = longest_first([z for z in found if z.label != "Zone" or not applied_for(text, z.start, z.end)
                           or opens_with_place(text[z.start:z.end])])  # 申建甲市空港综保区: the zone it names
    listed = ftz_areas(doc, found)
    found = longest_first(listed + [z for z in found if not overlaps(z, listed)])
    found += [k for k in beside_named_zone(text, kinds, found) if not overlaps(k, found)]
    found += [u for u in beside_placed_zone(text, unplaced, found) if not overlaps(u, found)]
    found += [h for h in hubs(doc) if not overlaps(h, found)]
    found += [b for b in administered_bases(doc) if not overlaps(b, found)]
    found += [v for v in valleys(doc) if not overlaps(v, found)]
    found += [a for a in areas_alone(doc) if not overlaps(a, found)]
    found += [t for t in twin_parks(doc) if not overlaps(t, found)]
    found += [p for p in listed_parks(doc, found) if not overlaps(p, found)]
    found += [i for i in short_last_items(doc, found) if not overlaps(i, found)]
    found += [p for p in entered_as_zones(doc, found) if not overlaps(p, found)]
    found += [p for p in listed_places if not overlaps(p, found)]
    found += [p for p in places_sharing_head(doc, found) if not overlaps(p, found)]
    found += [t for t in toponyms_sharing_head(doc, found) if not overlaps(t, found)]
    found += [a for a in along_sharing_head(doc, found) if not overlaps(a, found)]
    found = [z for z in found if not (dict(z.attrs).get("generic") and beside_kind(text, z, found))]
    spans = {(z.start, z.end) for z in found if z.label == "Zone" and ZONE_END.search(text, z.start, z.end)}
    drop_matches(doc, [p for p in matches(doc) if p.label == "Place" and (p.start, p.end) in spans])  # 苏州工业园区: a
    # division's name ending in a zone's word, read as a zone in its sentence, is the zone, the more specific reading
    # (guideline 2); a place that only shares a list's head (甲、乙自贸试验区) stays a place
    return found + [h for h in held if any(z.label == "Zone" and z.start == h.start for z in found)]


NATIONAL_LABEL = re.compile(r"国家[^，,。；;：:、等的]{2,16}")


OWN_LEVELS = ("市", "县", "区")  # 市高新区 in a city's report: the issuer's own zone
OWN_POSSESSIVES = tuple(lexicons.terms("zone_own_possessives"))  # 我县经济开发区: the issuer's own zone
OWN_FULL = lexicons.words("zone_own_full")  # 县|经济开发区: the full form of an own-zone word after the issuer's level


def own_level(head: str) -> bool:
    """Whether a zone word's head is only the issuer's level (市|高新区, 县|经开区), alone or right after a verb the
    segmenter joined to it (推进市, 全面提升市), not the end of a place's name (沧州市|高新区)."""
    return head.endswith(OWN_LEVELS) and (len(head) == 1 or head[:-1].endswith((*HEAD_VERBS, *LEADING_VERBS))) or \
        head.endswith(OWN_POSSESSIVES) and (len(head) == 2 or head[:-2].endswith((*HEAD_VERBS, *LEADING_VERBS)))


NATIONAL_ZONE_KINDS = lexicons.terms("zone_national_kinds")  # 自主创新示范区: a national zone, not a designation


def national_pilot(suffix: str, head: str) -> bool:
    """Whether a 示范区 named by a place, then 国家 and a topic (承德国家可持续发展议程创新示范区, 甲市国家文物保护利用
    示范区) is a national designation conferred on the place, a Program (guideline 2), not a kind of national zone with
    its own administration (甲乙国家自主创新示范区: zone_national_kinds)."""
    at = head.find("国家")
    return suffix == "示范区" and at >= 2 and not (head[at + 2:] + suffix).startswith(NATIONAL_ZONE_KINDS)


def industry_area(suffix: str, head: str) -> bool:
    """Whether a 功能区 is an industry's area of a place (成都电子信息产业功能区: a park with its own administration), not
    the function a plan gives an area (首都水源涵养功能区, 重点生态功能区)."""
    return suffix == "功能区" and head.endswith("产业") and opens_with_place(head)


def national_designation_start(doc: Doc, start: int, suffix_start: int) -> int:
    """Where a designation named by a place and a national label begins (承德国家可持续发展议程创新示范区, 长株潭国家
    自主创新示范区): a place right before 国家 opens the name, however the words after 国家 were read (可|持续)."""
    for p in matches(doc):
        if p.label == "Place" and p.end < start and start - p.end <= 16 and \
                NATIONAL_LABEL.fullmatch(doc_text(doc), p.end, suffix_start):
            return p.start
    return start


def opens_works(text: str, end: int) -> bool:
    """Whether the text right after a zone names works or a centre inside it (…港区疏港航道, …港区改造二期, …产业园交易
    服务中心): no clause verb between the zone and the works' head, and not 内 (高新区内企业一期: what is inside the
    zone, not its works)."""
    works = WORKS_AFTER.match(text, end) or CENTRE_AFTER.match(text, end)
    if not works and (project := WORKS_PROJECT.match(text, end)) and not only_words(project[1], PROJECT_KINDS):
        works = project
    words = WORKS_VERBS.sub("", works[1]) if works else ""
    return bool(works) and not any(w in words for w in STOPS) and not words.startswith((*LEADING_VERBS, "内")) and \
        not any(v in words for v in PROJECT_VERBS)  # 产业园入驻项目: the zone's projects, a clause


def firms_project(doc: Doc, end: int) -> int | None:
    """Where the project's name written right after a zone ends when a firm's name opens its own words (甲乙产业园|丙丁
    集团年产…项目, 甲乙高新区|丙丁电子…项目), or None: the zone is where the firm's project is, a zone named in its own
    right, and the project is named with it (as 经开区甲乙电子…项目 is)."""
    project = WORKS_PROJECT.match(doc_text(doc), end)
    return project.end() if project is not None and firm_opens(doc, end, project.end()) else None


def named_town(head: str) -> bool:
    """Whether a 小镇's head names one town (菁蓉, 未来网络, 甲乙茶旅): two characters or more besides the words of a
    kind of town, no count, no origin (台湾小镇 needs its place: 平潭台湾小镇)."""
    return not only_words(head, TOWN_KINDS) and not re.search(r"[\d一二两三四五六七八九十百千万各]", head) and \
        not head.startswith(ORIGINS) and not any(w in head for w in STOPS)


def beside_named_zone(text: str, kinds: list[tuple[int, int]], zones: list[Match]) -> list[Match]:
    """Parks named by their kind (临空产业园) that are items of a list next to a zone found by its name (临空产业园、
    华塘农产品加工园): the list names the issuer's own parks, one written short; alone they are categories. The list
    is read on item by item (甲乙产业园、人工智能产业园、软件产业园: the third beside the second). Two such parks side
    by side with no named zone (农业产业园、农产品加工园; 边境经济合作区、跨境经济合作区) are kinds."""
    named = {(z.start, z.end) for z in zones if z.label == "Zone" and not dict(z.attrs)}
    found: list[tuple[int, int]] = []
    while True:  # 地理信息产业园、人工智能产业园、软件产业园: each item beside one already taken, down the list
        starts, ends = {a for a, _ in named}, {b for _, b in named}
        beside = [(s, e) for s, e in kinds if (s, e) not in named and (
            text[e:e + 1] == "、" and e + 1 in starts or s > 0 and text[s - 1] == "、" and s - 1 in ends)]
        if not beside:
            return [Match(s, e, "Zone") for s, e in found]
        named.update(beside)
        found += beside


def local_name(head: str) -> bool:
    """Whether a head of two to four characters can be a local name no gazetteer holds (乙丙, a township's): no
    words of a kind (化工, 街道), no count, no stop word, no generic head."""
    return 2 <= len(head) <= 4 and head not in GENERIC_HEAD and not only_words(head, ZONE_KIND_WORDS, min_rest=2) and \
        not re.search(r"[\d一二两三四五六七八九十百千万各A-Za-z]", head) and not any(w in head for w in STOPS)


def beside_placed_zone(text: str, unplaced: list[tuple[int, int, str]], zones: list[Match]) -> list[Match]:
    """Parks whose suffix needs a place (园区, 组团) named by a local word no gazetteer holds (乙丙园区), as items of a
    list beside a zone with the same suffix named by its place (甲县园区、乙丙园区): the list names the place's parks,
    each by its township or its own word; alone such a head may be a description (街道园区)."""
    named = [z for z in zones if z.label == "Zone" and not dict(z.attrs)]
    found = []
    for s, e, suffix in unplaced:
        item = re.search(r"(?<=[、\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})$", text[max(0, s - 6):s - 1]) \
            if text[s - 1:s] == "、" else None
        if suffix.endswith("保护区") and reserve_item(text[s:e - len(suffix)]) and item and reserve_item(item[1]):
            found.append(Match(s, e, "Zone"))  # 甲乙、丙丁保护区: a list of reserves, each named by its own word
            continue
        if any(text.endswith(suffix, z.start, z.end) and (z.end + 1 == s and text[z.end] == "、"
                                                          or e + 1 == z.start and text[e] == "、") for z in named):
            found.append(Match(s, e, "Zone"))
    return found


def place_area(doc: Doc, start: int, end: int) -> bool:
    """Whether a …片区's head is a place's name and nothing else (甲市|片区: 大连片区, 绥芬河片区) where the text nearby
    (200 characters before, 60 after) names a free-trade zone: that zone's area in the place (深化自贸试验区提升战略，
    推动甲市片区…), not a district of a town plan (示范片区; 城东片区: a place's name that is a word) nor a bracketed
    part of a longer name (…国家公园(甲省片区))."""
    text = doc_text(doc)
    head = text[start:end]
    return text[start - 1:start] != "(" and only_places(head) and head not in WORDLIKE and \
        bool(FTZ_NEAR.search(text, max(0, start - 200), end + 60))


NEW_AREA = re.compile("(?<!高)新区|启动区|起步区")  # a new area and the areas it is built in


def new_area_part(text: str, start: int, head: str) -> bool:
    """Whether a …片区 is a district of a new area (容东片区, 昝岗片区 beside 雄安新区's 启动区): a local name of two
    characters, no kind (示范片区, 镇村片区), where the text nearby (200 characters before, 60 after) names a new
    area or another of its areas."""
    return len(head) == 2 and head not in GENERIC_HEAD and not only_words(head, ZONE_KIND_WORDS) and \
        not re.search(r"[\d一二两三四五六七八九十百千万各村镇乡城市省县级]", head) and \
        bool(NEW_AREA.search(text, max(0, start - 200), start + 60))


def region(head: str) -> bool:
    """Whether an …经济区's head names a region a plan groups places into (川东北, 攀西, 成都平原, 洞庭湖生态)."""
    core = head
    while word := next((w for w in ZONE_KIND_WORDS if len(core) > len(w) + 1 and core.endswith(w)), None):
        core = core[: -len(word)]
    return core.endswith(REGION_END)


register("kg_zones", find_zones)
