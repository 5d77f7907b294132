"""Programs not in the vocabulary: named actions, pilots, reforms, campaigns and systems (…三年行动, …试点,
“双盲”评审改革, “陪办团”制度). Vocabulary programs are matched with the other concepts (extractors/strategies.py)."""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import (FIRM_AFTER, FIVE_YEAR_RE, INDUSTRY_WORDS, LEADING_VERBS, NAME_LABELS, NAME_STOP, ROUND,
                             SINGLE_STOPS, Match,
                             add_candidate, add_matches, after_round, clause_start, covered, doc_text, drop_matches,
                             is_size, item_spans, matches, name_start, only_words, overlaps, quoted, token_bounds,
                             token_ends, token_starts)
from extractors.places import WORDLIKE  # 港口: a place's short name that is an ordinary word
from extractors.strategies import lexicon as concept_lexicon  # the vocabularies' labels
from extractors.strategies import STRONG  # 强国, 强省, 强县: the goals X强国 … (guideline 2, Strategy)
from extractors.zones import place_first  # a place opening a name (浙江…)
from kg import lexicons

PROGRAM_SUFFIX = re.compile("(?:" + lexicons.alternatives("program_suffix") +
                            "|改革(?![和与、]?(?:" + lexicons.alternatives("program_reform_not_before") + r"))|(?:制度|机制|"
                            + lexicons.alternatives("program_system_ends") + r")(?![\u4e00-\u9fff])|制度(?="
                            + lexicons.alternation("program_system_after") + "))")  # 甲乙注册制。, 甲乙制度|考核
SWALLOWS = lexicons.words("program_swallows")  # a longer name of these kinds absorbs a vocabulary programme inside it
QUOTED_PROGRAM = re.compile(lexicons.alternation("program_quoted_end") + "$")
ONCE_BARE = 5  # characters of a quoted service-done-once name without its topic (只报一次, 综合查一次)
ONCE = re.compile("[" + "".join(lexicons.terms("program_once_verbs")) + "]一次$")  # “综合查一次”: a service done once
BATCH_COUNT = re.compile(lexicons.alternation("program_batch_counts") + "$")  # “五个一批”: a scheme's batches counted
FIGHT_COUNT = re.compile("[一二两三四五六七八九十]+[大场]?" + lexicons.alternation("program_fight_counts") + "$")  # “七大攻坚”
QUOTED_ONLY = ("机制",)  # …机制 is a programme when it carries a quoted name (“揭榜挂帅”机制); 健全X机制 describes
NAMED_SYSTEM = 4  # characters before 制度 that name a system unquoted (存款保险制度, 最低工资制度; not 管理制度, 信访制度)
SCHEME_HEADS = tuple(lexicons.terms("program_system_scheme_heads"))  # 召回|制度, 代办员|制度: short, yet named
QUOTED_KIND = re.compile("^" + lexicons.alternation("program_quoted_kind"))
GENERIC_HEAD = lexicons.words("program_generic_head")  # …行动/…改革/…工程 as an area of work: 重点领域改革
AWARDED = tuple(lexicons.terms("program_awarded_titles"))  # 国家食品安全示范城市: an honour, no programme
BARE_HEAD = lexicons.words("program_bare_heads")  # 机制|试点, 国家|试点: a level, scope or kind alone names none
SECTOR_REFORM = re.compile(lexicons.alternation("program_sector_reform") + "$")  # 财税体制改革: a sector's reform
REFORM_HEADS = lexicons.words("program_reform_heads")  # 国务院机构|改革, 农垦|改革: one body's or scheme's, a programme
MECHANISM_NAMED = re.compile(lexicons.alternation("program_mechanism_outcomes") + "机制$")  # 汇率形成|机制: one named
MARKET_FREED = tuple(lexicons.terms("program_market_instruments"))  # 利率|市场化改革: one rate freed, a programme
REFORMED_INSTRUMENT = re.compile("[\u4e00-\u9fff]{2}" + lexicons.alternation("program_reform_instruments") + "$")
# 资源税|改革: a short head naming one instrument of state, a programme (财税|改革: a field)
FIRM_FORM = "(" + lexicons.alternatives("program_firm_forms") + ")"  # 股份制, 公司制: forms a firm is converted to
FORM_PAIR = re.compile(FIRM_FORM + "[和与及、]" + FIRM_FORM + "$")  # 股份制和股份合作制|改革: two reforms
KIND_OPENERS = tuple(lexicons.terms("program_kind_openers"))  # 群众性|…活动: a kind of activity, none named
SECTOR_SYSTEM = tuple(lexicons.terms("program_sector_system"))  # 收入分配|制度: a sector's order described
PROCEDURE_SYSTEM = tuple(lexicons.terms("program_system_procedures"))  # 信息发布|制度: a body's own procedure
SYSTEM_FUNCTIONS = tuple(lexicons.terms("program_system_functions"))  # 甲乙管理|制度: a field's order, by its function
BARE_MANAGEMENT = lexicons.words("program_system_bare_management")  # 内部|管理制度: no system named
IMPROVING = tuple(lexicons.terms("program_system_improve_verbs"))  # 完善|甲乙管理制度: the order improved, described
REFORM_OBJECT = tuple(lexicons.terms("program_reform_object_verbs"))  # 依靠|改革: the reform a clause speaks of
OUTBREAK_WORDS = lexicons.longest_first("program_outbreak_words")  # 疫情防控|阻击战: the fight against an outbreak
BATTLES = ("阻击战", "歼灭战", "保卫战", "攻坚战")  # a campaign framed as a battle
ROUNDS = re.compile(r"^[几一二两三四五六七八九十\d]+[场轮次]")  # 几场|局部聚集性疫情歼灭战: how many fights
PILOT_PLACE = re.compile("县市|县城|县|市|省")  # 甲乙建设试点|县: the kind of place a pilot is given to
HOLDERS_COUNTED = re.compile(r"\d|" + lexicons.alternation("program_designation_counted"))  # 试点县市|达到1300个
INSPECTION_FIELDS = lexicons.words("program_inspection_fields")  # 环保|督察: an inspection by its field alone
INSPECTIONS = tuple(lexicons.terms("program_inspection_kinds"))  # 巡视, 督察: an inspection's own kind word
CENTRAL_AND = re.compile("中央[和与及、]$")  # 中央和|省环保督察: the centre's inspection and the province's
INSPECTION_LEVEL = re.compile("(?:省级?|自治区|市级?)")
FIELD_WORDS = tuple(lexicons.terms("program_field_words"))  # 甲乙行业|专项整治: a trade's campaign, a kind
WORKS_RANKS_AFTER = tuple(lexicons.terms("program_works_ranks_after"))  # 甲乙|重点|工程: works of a ranked kind
FACILITY_WORKS = tuple(lexicons.terms("program_facility_works"))  # 甲乙机场|改扩建|工程: works on a facility
FACILITY_KINDS = tuple(lexicons.terms("program_facility_kinds"))  # 机场, 枢纽, 港区: a built facility
WORKS_PARTS = tuple(lexicons.terms("program_works_parts_joins"))  # 甲乙项目|及其|配套工程: works and their parts
PLAN_DRAFT_VERBS = tuple(lexicons.terms("program_plan_draft_verbs"))  # 制定|甲乙计划: a document to be written
PLAN_VERBS_AFTER = tuple(lexicons.terms("program_plan_verbs_after"))  # 产量|计划|达到: "plans to", no plan
_PERIODS = lexicons.terms("program_plan_periods")
_YEARS = r"[\d一二两三四五六七八九十百○〇零]"
YEARS_PLANNED = re.compile(rf"(?:{_YEARS}+年?[和与、至])*(?:(?:{'|'.join(t for t in _PERIODS if len(t) == 1)}){_YEARS}*|"
                           rf"{_YEARS}+)年$")  # 一九九一年|计划, 后三年|计划: the years a plan covers
ANNUAL = tuple(t for t in _PERIODS if len(t) > 1)  # 年度|建设计划: the year's plan of a field
SHARE_AFTER = re.compile(r"的[\d.．]+(?:%|％|倍)")  # 占年计划|的137%: the share of a target fulfilled
WORKS_RANKS = tuple(lexicons.terms("program_works_ranks"))  # 重点|甲乙治理工程: works of a ranked kind
JUDGED_WORKS = lexicons.longest_first("program_works_judgements")  # “形象工程”: works judged, quoted or not
WORKS_KINDS = tuple(sorted(lexicons.terms("program_works_kinds") + JUDGED_WORKS, key=len, reverse=True))  # 重大|水利|
# 工程: a category of works
NOT_SCHEME = tuple(lexicons.terms("program_plan_not_scheme"))  # 现行|计划, 用实际|行动: no named scheme
PLAN_WORDS = tuple(lexicons.terms("program_plan_opens"))  # 计划生育, 计划|管理职能: words 计划 opens, split or not
CLAUSE_WORDS = lexicons.words("program_clause_words")  # 否定|社会主义制度, 超过|计划: a clause, not the name
OWN_LABELS = {"Program", "Formulation", "Project", "Zone", "Event", "Policy"}  # a strategy may open a programme's name
NAMES = NAME_LABELS  # a place may stand inside a quoted name
MIN_NAME = 4  # characters, suffix included: 试点 alone is not a programme
HEAD_WORDS = lexicons.words("program_quoted_head")
HEAD_ENDS = tuple(HEAD_WORDS)  # 甲乙活动, 丙丁平台: an item of a list ending with a programme's head names one of its own
ONE_PER = re.compile(r"一[\u4e00-\u9fff]{1,3}一[\u4e00-\u9fff]{1,3}")  # “一断面一策”: a formula (formulations.py)
CAMPAIGN_WORDS = lexicons.words("program_quoted_campaign")  # 改造 ends a name read leftwards, but heads a campaign
QUOTED_HEAD = re.compile(r"[\u4e00-\u9fff]{0,8}?" + lexicons.alternation("program_quoted_head"))  # “1+3”结对帮扶机制
QUOTED_CAMPAIGN = re.compile(lexicons.alternation("program_campaign_scopes") + "?" +
                             lexicons.alternation("program_quoted_campaign"))  # “三边”|整治, “一件事”|全链条整治
INITIATIVE = re.compile(lexicons.alternation("program_place_initiative") + "$")  # 平安|浙江, 健康|石家庄
CENSUS = re.compile(r"第[一二三四五六七八九十\d]+次(?:全国)?[\u4e00-\u9fff]{2,6}?普查")  # 第七次人口普查: a national census
CENSUS_SHORT = re.compile(r"[一二三四五六七八九十][经人农]普")  # “五经普”, “七人普”: a
# national census by its round and kind (第五次全国经济普查), shortened
AWARD_AFTER = re.compile("奖(?![励补扶代])")  # 获“甲乙工程”奖: a prize named after the scheme, no name of one (not
# 奖补, 奖励: a subsidy or reward for it)
CODE = re.compile(r"(?:(?<=^\d[.．])|(?<=^\d\d[.．])|(?<![\d.．%＋+第]))\d{2,}$")  # 1820|策源行动, 15.|2152|…工程
COUNTED_SET = re.compile(r"([二两三四五六七八九十]{1,2}大)[\u4e00-\u9fff]{2,}")  # 十大|节能|工程: a numbered set of
# works with a topic (not only kinds: 十大|重点|工程)
UNITS = "年月日号个项家条座所台套万亿元人户次倍期批届"  # 2025|年, 10|家: a date or a quantity, no scheme's number
HOTLINE = re.compile(r"\d{5,}[\u4e00-\u9fff]{0,8}?热线")  # 12356心理援助热线: a numbered public service
CHIEF_SYSTEM = re.compile(r"(?![家首的和与及之等增延成擅])[\u4e00-\u9fff]长制(?![约造作度定])")  # 湾长制, 路长制: a
# chief for each river, bay, road or chain, 河长制's form (not 家长制, patriarchy; not 增长|制约, 延长|制造业); a second
# object of a list (河湖长制) is the vocabulary's
_LAND = "[" + "".join(lexicons.terms("program_land_uses")) + "]"
LAND_RETURN = re.compile(f"退{_LAND}还{_LAND}(?:还{_LAND})*")  # 退田还湖, 退经还粮: land of one use given back to
# another, a conversion scheme
TITLES_AT_ONCE = re.compile(r"[两三四五六七八九十]城(?:同创|联创|共创|共建)")  # 六城联创, 四城同创: a campaign for
# several titles at once (guideline 2), not the titles
COUNTED_CAMPAIGNS = re.compile(r"[两二三四五六七八九十]大(?:" + lexicons.alternation("program_fight_counts")
                               + r")(?![\u4e00-\u9fff])")  # 七大攻坚: a numbered umbrella of campaigns, alone
SERVICE_CIRCLE = re.compile(r"(?:\d+|一刻钟)(?:分钟|小时)[\u4e00-\u9fff]{0,8}?圈")  # 15分钟社区生活圈, 1小时交通圈
CIRCLE_REACH = re.compile(r"(?:\d+|一刻钟)(?:分钟|小时)")  # 15分钟|…圈: the reach a circle's name opens with
NEXT_CIRCLE = re.compile(r"([和与及、]?)([\u4e00-\u9fff]{1,8}?圈)")  # …圈|和公共体育健身圈: a circle sharing the reach
AFTER_INITIATIVE = re.compile(r"$|[^\u4e00-\u9fff]|建设|行动|[、和与及的]|"  # 平安浙江建设: nothing after the place,
                              + lexicons.alternation("program_initiative_pictures"))  # or its picture (美丽甲省|画卷)
NEXT_INITIATIVE = re.compile(lexicons.alternation("program_place_initiative"))  # 平安浙江|法治浙江: a second one
CLUSTER_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)*[\u4e00-\u9fff]{2,12})(?:等(?:\d+|[一二两三四五六七八九十]+)?个?|"
                          r"(?<![等个])(?P<won>获批|入选|入围)(?=国家|全国|省级))"
                          r"([\u4e00-\u9fff]{0,14}?集群)")  # A、B等3个国家先进制造业集群; A、B获批|国家…集群
LEVEL = re.compile("国家|全国|省级|省")  # a designation conferred by a level
_FORMS = lexicons.terms("program_service_forms")
SERVICE_FORM = re.compile(  # 一事联办, 全省通办, 跨域通办; 免申即享, 拿地即开工; 一窗受理: a service's coined name
    r"(?:一[\u4e00-\u9fff]|全[省市区县]|跨[\u4e00-\u9fff])(?:" + "|".join(t for t in _FORMS if not t.startswith("即"))
    + r")|[\u4e00-\u9fff]{2}(?:" + "|".join(t for t in _FORMS if t.startswith("即")) + ")"
    + "|一[" + "".join(lexicons.terms("program_service_channels")) + "]" + lexicons.alternation("program_channel_forms"))


CHANNEL_COINED = re.compile("一[" + "".join(lexicons.terms("program_service_channels")) + r"][\u4e00-\u9fff]{2}")  # “一网交易”:
# a channel and any two-character verb, quoted whole, coin a service's name (unquoted, only channel_forms do)
ONE_PLATFORM = re.compile(lexicons.alternation("program_one_platforms"))  # “一张网”, “一张图”, “一卡通”: one for a
TOPIC_MAX = 12  # field, quoted as a coined name; the field before it may be long (甲乙丙丁戊己空间治理“一张图”)
OWN_VERBS = lexicons.words("program_own_verbs")  # 入境消费|拓展|行动: the verb before the suffix is the name's
NAMED_BY_SUFFIX = lexicons.words("program_suffix")
CHANNEL = "直通车"  # 企业家直通车: a direct channel to government, named by those it serves
CHANNEL_PARTIES = tuple(lexicons.terms("program_channel_parties"))


def after_clause_words(doc: Doc, start: int, suffix_start: int) -> int:
    """Where a programme's name starts when a word of a clause stands among the words read leftwards from its suffix
    (否定|社会主义制度, 牢牢把握|改革, 生产超过|计划, 擅自|行动): after the last such word, unless it is quoted;
    start when none stands there."""
    text, tokens, spans = doc_text(doc), token_bounds(doc), quoted(doc)
    for a, b in reversed(tokens[bisect.bisect_left(tokens, (start,)):bisect.bisect_left(tokens, (suffix_start,))]):
        if b <= suffix_start and text[a:b] in CLAUSE_WORDS and not any(x <= a < y for x, y in spans):
            return b
    return start


def own_verb_start(doc: Doc, suffix_start: int) -> int | None:
    """Where a programme named by its object and its own verb starts (实施|入境消费拓展行动, 实施|创新人才推进计划):
    up to two verbs of program_own_verbs right before the suffix, then a name read leftwards to the verb that
    introduces it. None when no such verb stands there or nothing names its object."""
    text, tokens = doc_text(doc), token_bounds(doc)
    i, pos = bisect.bisect_left(tokens, (suffix_start,)) - 1, suffix_start
    while i >= 0 and pos - suffix_start > -4 and tokens[i][1] == pos and text[tokens[i][0]:pos] in OWN_VERBS:
        pos, i = tokens[i][0], i - 1
    return name_start(doc, pos, max_chars=16) if pos < suffix_start else None


def through_own_verb(doc: Doc, start: int) -> int:
    """Where a programme's name starts when the words read leftwards stopped at one of its own verbs that is also a
    clause's (program_own_verbs in name_stop: 市场准入壁垒|清理|整治行动, whose 整治 alone names no campaign): the
    object before the verb, a name read leftwards of two characters or more and no name of its own. start otherwise."""
    text = doc_text(doc)
    verb = next(((a, b) for a, b in token_bounds(doc) if b == start), None)
    if verb is None or text[verb[0]:start] not in OWN_VERBS or text[verb[0]:start] not in NAME_STOP or \
            text[verb[0]:start] in LEADING_VERBS:
        return start  # 全面推进|农村改革: a verb leading a clause, no part of the name
    left = name_start(doc, verb[0], max_chars=12)
    if left is None or verb[0] - left < 2 or covered(doc, left, verb[0], NAMES):
        return start
    return left


MANNER = lexicons.words("program_manner_words")  # 粮食|稳定|增产行动: an adverb inside the name


def manner_start(doc: Doc, start: int, suffix_start: int) -> int:
    """Where a programme's name starts when the words read leftwards leave only its verb (增产|行动) after an adverb
    of manner (program_manner_words: 粮食稳定增产行动, 脱贫人口持续增收行动): the object before the adverb, a name
    read leftwards of two characters or more and no name of its own. start otherwise."""
    text, tokens = doc_text(doc), token_bounds(doc)
    i = bisect.bisect_left(tokens, (start,))
    if i < 1 or i >= len(tokens) or tokens[i] != (start, suffix_start) or suffix_start - start != 2 or \
            tokens[i - 1][1] != start or text[tokens[i - 1][0]:start] not in MANNER:
        return start
    left = name_start(doc, tokens[i - 1][0], max_chars=12)
    if left is None or tokens[i - 1][0] - left < 2 or covered(doc, left, tokens[i - 1][0], NAMES):
        return start
    return left


_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}$")
LIST_HEAD_OPENS = re.compile(lexicons.alternation("program_list_head_opens"))  # 甲、乙丙|安全…整治: the shared head
SERIES_HEADS = ("系列行动", "系列活动", "专题行动")  # A、B|系列行动: a series or themed action on the items, one programme
LAST_SUFFIX = re.compile(f"(?:{PROGRAM_SUFFIX.pattern})$")
COUNT_HEAD = re.compile(r"[一二两三四五六七八九十]+[大项个](.+)")
JOINT_HEAD = re.compile(lexicons.alternation("program_joint_heads"))  # 医保、医疗、医药|联动改革: one programme
SYSTEM_VERB = re.compile(lexicons.alternation("program_system_verbs"))  # 改革|考试招生制度: the verb is no part
REFORMED_SYSTEM = lexicons.words("program_system_reform_verbs")  # 改革|甲乙管理制度: the order to be changed
FIRM_AFTER_RE = re.compile(FIRM_AFTER)  # after 工程: a firm's name goes on (…工程有限公司)
PERIOD_ONLY = re.compile(r"[一二两三四五六七八九十\d]+年多?" + lexicons.alternation("program_suffix") + "*")  # 三年|行动|计划:
# a period and the kind alone name no scheme (推进三年行动计划)
COUNTED = re.compile(r"\d+|[一二两三四五六七八九十百千]+[个项处座]")  # 城中村改造工程236个: a category counted
EXTENT = re.compile(r"[\d.]+万?(?:" + lexicons.alternation("program_extent_units") + ")")  # 黑土地保护工程|10万亩: how
# far the scheme reaches, no count of works
COUNTED_BEFORE = re.compile(r"(?:(?:\d+|[一二两三四五六七八九十百千万]+)[座处条]|首[个座])(?:[\u4e00-\u9fff]{1,10}的)?$")
# 6183座|…工程, 国内首个|…工程, 76座列入规划的|…工程: works counted by their units (座, 处, 条; not 个 or 项, which
# count schemes too: 5个千亿级产业工程, 20项民生工程), or the first of a kind


NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def count_of(count: str) -> int:
    """The number a list's count writes in digits or in one Chinese numeral (6, 三, 两)."""
    return int(count) if count.isdigit() else NUMERALS[count]


PERIOD_HEAD = re.compile(r"[一二三四五六七八九十\d]+年(?:" + lexicons.alternatives("program_suffix") + ")+$")  # 三年行动计划
SHORT_ITEM = 2  # characters of each item of a list before a bare suffix that names one programme (减煤、控车|行动)
ITEM_VERBS = lexicons.words("program_item_verbs")  # 减|煤, 控|车: the verb opening such an item
PARALLEL_ITEM = 4  # characters of each of two parallel items sharing a suffix alone (科技支撑、龙头培育|行动)
PARALLEL_HEADS = ("行动", "工程", "计划", "制度")  # an action, works or a system the items name (职业技能提升、劳务品牌
# 培育|工程; 失信惩戒、信用修复|制度)
# (领导班子强、生产正常、内部经济|责任制: predicates of a clause)
NUMBERED_SETS = tuple(lexicons.terms("program_numbered_sets"))  # (20项)民生工程: a category of works, counted or not
RESPONSIBILITY = ("责任制", "负责制")  # systems of responsibility, named by the duty or office they hold to account
RESPONSIBILITY_GENERIC = lexicons.longest_first("program_responsibility_generic")  # 岗位|责任制: no duty named
PACKAGES = tuple(lexicons.terms("program_counted_packages"))  # 民心工程: a scheme bare, a package counted
PACKAGE_COUNT = re.compile(r"[\d一二两三四五六七八九十百千]+(?:[大小]?项|件|大|个)")  # 20项|民心工程, 十大|惠民工程
PACKAGE_COUNTED = re.compile(PACKAGE_COUNT.pattern + "$")  # 20项|民心工程: the count right before
MADE_INTO = tuple(lexicons.terms("program_made_into_verbs")) + ("的",)  # 建成|民心工程: a quality works are given
COUNTED_KINDS = frozenset(PACKAGES + NUMBERED_SETS)  # what a count before them makes a package (20项|民生工程)


def counted_package(text: str, start: int, end: int) -> bool:
    """Whether start..end is a package of livelihood works counted (20项民心工程, “十大惠民工程”, “民生十大工程”:
    how many items a government promises, tests/gold README, fourteenth pass 3) or a quality works are made into
    (建成民心工程, 办成…的民心工程), not the standing scheme written bare (实施新一轮民心工程)."""
    name = text[start:end]
    if PACKAGE_COUNT.search(name) and PACKAGE_COUNT.sub("", name, count=1) in COUNTED_KINDS:
        return True
    return name in PACKAGES and (bool(PACKAGE_COUNTED.search(text, max(0, start - 8), start)) or
                                 text.endswith(MADE_INTO, 0, start))


SUMMED_HEAD = re.compile(r"([两二三四五六七八九])[大项个][\u4e00-\u9fff]{0,6}$")  # A、B、C|三大工程: the count of the items
SUFFIX_RUN = re.compile(f"(?:{PROGRAM_SUFFIX.pattern})+")  # 专项行动, 工程: a head of suffix words only
DIRECTION = re.compile(r"[\u4e00-\u9fff]{2}化")  # 高端化, 智能化: a direction work takes (-ization), no topic


def list_start(doc: Doc, first: int) -> int | None:
    """Where a list whose item starts at first begins: over the items before it joined by 、, the first read leftwards
    (深化|医疗、医保、…); None when an item cannot be read."""
    text = doc_text(doc)
    while text[first - 1:first] == "、":
        s = text.rfind("、", 0, first - 1) + 1
        if text[s - 1:s] != "、" or not _ITEM.fullmatch(text, s, first - 1):
            s = name_start(doc, first - 1, max_chars=12)
        if s is None or not _ITEM.fullmatch(text, s, first - 1):
            return None
        first = s
    return first


def coordinated(doc: Doc, start: int, end: int, found: list[Match]) -> list[Match] | None:
    """The items of a coordination sharing a programme's head (人居环境、基础设施、安全保障提升行动 gives
    人居环境提升行动 …; A、B、C三大工程 gives A工程 …, counts dropped; guideline 2), each named item + head, the last
    one included; [] when the item before is a name of its own (种业振兴、粮食单产提升行动, 开拓计划、出海行动,
    项目建设年、…); the whole list as one name when a word of the head relates parallel items (医疗、医保、医药联动改革)
    or the items are directions (高端化、智能化技改专项行动); None when no shared head can be told (a head opening
    with a numeral, 医保、医疗、医药三医联动改革, or shorter than four characters) or the list is quoted
    (“腾笼换鸟、凤凰涅槃”攻坚行动 is one name)."""
    text = doc_text(doc)
    prev_end = start - 1
    if any(a < prev_end < b for a, b in quoted(doc)):
        return None  # “腾笼换鸟、凤凰涅槃”攻坚行动: a quoted list is one name
    prev_start = text.rfind("、", 0, prev_end) + 1
    if text[prev_start - 1:prev_start] != "、" or not _ITEM.match(text, prev_start, prev_end):
        prev_start = name_start(doc, prev_end, max_chars=20) or prev_end
    if covered(doc, prev_start, prev_end) or any(f.start < prev_end and prev_start < f.end for f in found) or \
            LAST_SUFFIX.search(text[prev_start:prev_end]) or text.endswith(HEAD_ENDS, prev_start, prev_end) or \
            prev_start == prev_end and \
            any(c.end == prev_end and LAST_SUFFIX.search(text, c.start, c.end) for c in matches(doc) if c.label == "Program") \
            or (theme := YEAR_THEME.search(text, prev_start, prev_end)) and theme.end() == prev_end or \
            text.endswith(INSPECTIONS, prev_start, prev_end) and text.endswith(INSPECTIONS, start, end):
        return []  # the item before is a programme's name with a suffix or a head of its own (走访企业活动、…), too
        # long to read leftwards (a vocabulary one), a themed year (项目建设年、甲乙提质提效行动), or an inspection of its own beside one (中央巡视、…督察)
    if text.endswith(SERIES_HEADS, start, end) and (first := list_start(doc, prev_start)) is not None:
        verb = next((a for a, b in token_bounds(doc) if b == first and text[a:b] in VERBS_OF_OBJECT), first)
        return [Match(verb, end, "Program")]  # 优化甲乙环境、丙丁环境|系列行动: the themes of one series, the list
        # whole with the verb its first item opens with
    joint = next((a for a, b in token_bounds(doc) if start < a and b < end and JOINT_HEAD.fullmatch(text, a, b)), None)
    if joint is not None and joint - start == prev_end - prev_start and _ITEM.fullmatch(text, start, joint) and \
            not re.search("[一二两三四五六七八九十]", text[start:joint]) and (first := list_start(doc, prev_start)) is not None:
        return [Match(first, end, "Program")]  # 医疗、医保、医药|联动改革: a word relating parallel items names one
        # programme, the list its name (not a word inside an item: 城中村、城乡结合部; not a count summing the
        # items: 医保、医疗、医药三医联动改革)
    alike = text.find(text[prev_end - 1], start + 1, end - 2)  # 利率、汇率|市场化改革: the items end alike
    if not _ITEM.match(text, prev_start, prev_end) or text[end - 2:end] == "机制" or \
            text[end - 2:end] == "改革" and (alike < 0 or alike + 1 not in token_starts(doc) or
                                            DIRECTION.fullmatch(text, prev_start, prev_end)):
        return None  # 公立医院、医保支付方式改革: reforms listed by their sectors name no shared head, nor directions
        # (学区化、集团化办学改革); items ending alike (用能权、排污权交易改革) are two instruments of one kind, each
        # reformed with the head
    if DIRECTION.fullmatch(text, prev_start, prev_end) and (d := DIRECTION.match(text, start)) and \
            d.end() in token_starts(doc):
        first = prev_start
        while text[first - 1:first] == "、" and DIRECTION.fullmatch(text, max(0, first - 4), first - 1):
            first -= 4
        return [Match(first, end, "Program")]  # 高端化、智能化、绿色化|技改专项行动: the directions one programme
        # takes, no items of a list (guideline 2 keeps such a list whole)
    if prev_end - prev_start == SHORT_ITEM and text[start + SHORT_ITEM:end] in PARALLEL_HEADS and \
            (first := list_start(doc, prev_start)) is not None and \
            all(len(item) == SHORT_ITEM and item[0] in ITEM_VERBS for item in text[first:start + SHORT_ITEM].split("、")):
        return [Match(first, end, "Program")]  # 减煤、控车、抑尘、禁烧|行动: items of two characters each, a verb and
        # its object (program_item_verbs), name one programme with the bare suffix, the list whole (no 减煤行动 is
        # named; 星火、丰收计划 are two)
    head_start = start + prev_end - prev_start
    # 民企入冀、重点外企入冀招商行动: the head starts after the words the items end with, whatever the last item's
    # length (shorter: 数字文化产业高质量发展、文化旅游业高质量发展三年行动计划)
    word = text[prev_end - 2:prev_end]
    close = text.find(word, head_start, end - 2)
    if close < 0 and head_start < end:
        close = text.rfind(word, start, head_start)
    summed = SUMMED_HEAD.search(text, start + 2, end)  # 城市生命线、全域水患治理、城乡安居|三大工程: the count
    summed = summed if summed and summed.start() in token_starts(doc) else None  # closes the last item, whatever
    if summed:  # the items' lengths
        head_start, close = summed.start(), -1
    elif close >= 0:
        head_start = close + 2
    elif (period := PERIOD_HEAD.search(text, start + 2, end)) and period.start() in token_starts(doc):
        head_start = period.start()  # 基础教育、…、教师队伍建设|三年行动计划: a period and the suffix close the last
        # item, whatever the items' lengths
    elif (last := text.find(text[prev_end - 1], start + 1, end - 2)) >= 0 and last + 1 in token_starts(doc):
        close = last - 1  # 用能权、碳排放权、排污权|交易试点: the items end with one character alike, whatever
        head_start = last + 1  # their lengths
    if close < 0 and head_start not in token_starts(doc) and \
            (opens := LIST_HEAD_OPENS.search(text, start + 2, end)) and opens.start() in token_starts(doc):
        head_start = opens.start()  # 危化品、高层建筑|安全隐患排查整治专项行动: items of unlike lengths, a word opening
        # the head they share (what each is made safe in)
    head, item_end = text[head_start:end], head_start
    if close < 0 and not summed and text.endswith(tuple(OWN_VERBS), prev_start, prev_end) and \
            (any(text[a:b] in OWN_VERBS for a, b in token_bounds(doc) if head_start <= a and b <= end) or
             head_start == start + prev_end - prev_start and not SUFFIX_RUN.fullmatch(head)):
        return []  # 高标准农田建设、农村饮水安全巩固提升工程: an item ending with its own activity takes no second
        # one from a head aligned by length, nor a topic (甲乙建设、丙丁设施|生命线安全工程): only the suffix
        # (职业技能提升、劳务品牌培育|工程); the last item is a name of its own
    count = COUNT_HEAD.match(head)
    if count:
        head_start, head = head_start + count.start(1), count.group(1)
    parallel = close < 0 and not count and head in PARALLEL_HEADS and \
        head_start - start == prev_end - prev_start >= PARALLEL_ITEM  # 职业技能提升、劳务品牌培育|工程: parallel
    # items of one length, no word shared but the suffix: each item with the suffix alone
    if len(head) < (2 if count or (close >= 0 or parallel) and (head in NAMED_BY_SUFFIX or parallel) else 4) or \
            head_start not in {a for a, _ in token_bounds(doc)} or \
            not count and re.match(r"[一二两三四五六七八九十百千万\d](?![年])", head) or JOINT_HEAD.match(head):
        return None
    items, pos = [Match(start, end, "Program", attrs=(("name", text[start:item_end] + head),))], start - 1
    while text[pos:pos + 1] == "、" or summed and pos == start - 1 and text[pos] in AND:  # 净土和|农村环保五大工程
        s = text.rfind("、", 0, pos) + 1
        if text[s - 1:s] != "、" or not _ITEM.match(text, s, pos):
            s = name_start(doc, pos, max_chars=12) or pos
        item = text[s:pos]
        if covered(doc, s, pos, OWN_LABELS) and len(items) > 1:
            break  # 种业振兴、耕地质量提升、粮食产能提升行动: a name of its own ends the items sharing the head
        if not _ITEM.match(item) or covered(doc, s, pos):
            return None
        items.append(Match(s, pos, "Program", attrs=(("name", item + head),)))
        pos = s - 1
    if summed and len(items) > 2:  # 全面展开|城市生命线、全域水患治理、城乡安居三大工程: counted items are parallel,
        longest = max([item_end - start] + [m.end - m.start for m in items[1:-1]])  # first read leftwards no longer
        # than the longest other
        first = items[-1]
        cut = next((a for a, _ in token_bounds(doc) if first.end - longest <= a < first.end and a >= first.start), first.start)
        items[-1] = Match(cut, first.end, "Program", attrs=(("name", text[cut:first.end] + head),))
    if summed and len(items) != NUMERALS[summed.group(1)]:
        return None  # 三大工程 after two items: the count sums more than the list gives
    return items


COUNTED_KIND = re.compile(r"[两二三四五六七八九][项大个]$")  # 节能减排|三项|集中行动: the count of the items before


def counted_last_item(text: str, start: int) -> int | None:
    """Where the last item of a list starts when a count of its items stands between it and a programme's head the
    name was read back to (安全生产、食品药品安全、节能减排|三项|集中行动: 节能减排): after the 、 before it, the item
    two to twelve characters; None otherwise."""
    count = COUNTED_KIND.search(text, max(0, start - 2), start)
    if count is None:
        return None
    comma = text.rfind("、", max(0, count.start() - 13), count.start())
    return comma + 1 if comma >= 0 and _ITEM.fullmatch(text, comma + 1, count.start()) else None


MIN_ITEM = 3  # characters of an item of a list of pilots: 政策, 通道 alone name a kind, no pilot


LISTED_PILOT_HEADS = ("试点", "试点城市", "示范城市")  # a pilot, or a designation of cities that pilot
LONG_ITEM = re.compile(r"[\u4e00-\u9fff]{2,16}")  # an item of a list of pilots, a conjunction inside it


def listed_pilots(doc: Doc, start: int, end: int, suffix: str = "试点") -> list[Match]:
    """The items of a list before a bare 试点 whose words align with no shared head (城中村、城乡结合部治理试点,
    甲乙、丙丁戊己示范试点): each a pilot of its own, the earlier items named with 试点 only, the last written whole,
    without a count of the pilots (甲乙更新、丙丁体检双试点; guideline 2: coordinated names are separate entities).
    The same before 试点城市 or 示范城市, each item named with it (国家甲乙技术改造、丙丁数字化转型试点城市 gives
    国家甲乙技术改造试点城市 and 丙丁数字化转型试点城市). Each item a run of words of three characters or more from
    the 、 before it (the first read leftwards, through a conjunction inside it: 甲乙改革与丙丁发展; 资金份额、政策试点:
    a kind), none a place (甲市、乙市试点: places that pilot), a stop word other than the item's own verb (改造) or a
    conjunction, a quoted name or a name of another kind; no word relating the items (联动) in the last. [] otherwise."""
    text, items, pos = doc_text(doc), [], start - 1
    head = end - len(suffix) - (suffix == "试点" and text[end - 3:end - 2] in "双两")  # 双试点: two pilots, the count
    # no part of a name
    if head - start < MIN_ITEM or \
            any(JOINT_HEAD.fullmatch(text, a, b) for a, b in token_bounds(doc) if start <= a and b <= end):
        return []
    while text[pos:pos + 1] == "、":
        s = text.rfind("、", 0, pos) + 1
        if text[s - 1:s] != "、" or not _ITEM.match(text, s, pos):
            s = name_start(doc, pos, max_chars=12)
            s = own_verb_start(doc, pos) if s is None else s  # 甲乙技术|改造: the item's own verb closes it
            if s is not None and text[s - 1:s] in ITEM_JOINS and \
                    (again := name_start(doc, s - 1, max_chars=12)) is not None and s - 1 - again >= 2:
                s = again  # 国家甲乙改革与|丙丁发展: a conjunction inside the first item
        if s is not None and items and covered(doc, s, pos, OWN_LABELS):
            break  # 三网融合、甲乙、丙丁试点: a name of its own ends the items sharing the pilot
        if s is None or pos - s < MIN_ITEM or not LONG_ITEM.fullmatch(text, s, pos) or covered(doc, s, pos) or \
                any(text[a:b] in NAME_STOP and text[a:b] not in OWN_VERBS and text[a:b] not in ITEM_JOINS
                    for a, b in token_bounds(doc) if s <= a and b <= pos):
            return []
        items.append(Match(s, pos, "Program", attrs=(("name", text[s:pos] + suffix),)))
        pos = s - 1
    if not items or any(p.label == "Place" and pos < p.start < end for p in matches(doc)) or \
            any(pos < b and a < end for a, b in quoted(doc)):
        return []
    return [Match(start, end, "Program", attrs=(("name", text[start:head] + suffix),))] + items


COUNTED_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})(\d+|[两二三四五六七八九十])个$")


def counted_items(doc: Doc, start: int, end: int) -> list[Match]:
    """The items a count sums before a programme's name (宜城、南漳、老河口3个国家新型城镇化试点 gives
    宜城国家新型城镇化试点, 南漳… and 老河口…; guideline 2: coordinated names keep their shared head, without the
    count): only when the count is the number of items, each a word of its own (no stop word, no other name but a
    place), the first read leftwards up to a verb or punctuation. [] otherwise."""
    text = doc_text(doc)
    m = COUNTED_LIST.search(text, max(0, start - 50), start) if text[start - 1:start] == "个" else None
    if m is None:
        return []
    count = m.group(2)
    items = item_spans(m.group(1), m.start(1))
    first = name_start(doc, items[0][1], max_chars=8)
    if first is None or items[0][1] - first < 2 or count_of(count) != len(items):
        return []
    items[0] = (first, items[0][1])
    starts, ends = token_starts(doc), token_ends(doc)
    if any(a not in starts or b not in ends or covered(doc, a, b, NAMES) or
           any(w in NAME_STOP for w in (text[x:y] for x, y in token_bounds(doc) if a <= x and y <= b)) for a, b in items):
        return []
    head = text[start:end]
    return [Match(a, b, "Program", attrs=(("name", text[a:b] + head),)) for a, b in items]


def short_censuses(doc: Doc) -> list[re.Match]:
    """A census shortened (CENSUS_SHORT: “五经普”) standing as a token of its own: quoted alone, or no word's
    character on either side (not 十五经普查 or 五经普查)."""
    text, spans = doc_text(doc), quoted(doc)
    return [m for m in CENSUS_SHORT.finditer(text) if m.span() in spans or
            not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1:m.start()] if m.start() else "") and
            not re.match(r"[\u4e00-\u9fff]", text[m.end():m.end() + 1])]


AND = ("和", "与", "及")  # a conjunction inside a programme's name: A和B提升工程, A及B提升行动 are one programme
AND_WORDS = lexicons.longest_first("program_and_words")  # 和美乡村: 和 opening a word, no conjunction
AND_WORD = re.compile(lexicons.alternation("program_and_words"))


def through_and_word(doc: Doc, start: int) -> int:
    """Where a programme's name starts when the words read leftwards stopped at the 和 of a word that opens with it
    (甲乙|和美乡村试点, program_and_words): a quoted coined name right before the word opens the name (“五好两宜”
    和美乡村试点; the same span matched as a slogan gives way), else the words read leftwards from it. start when no
    such word stands there."""
    text = doc_text(doc)
    if text[start - 1:start] != "和" or not text.startswith(AND_WORDS, start - 1):
        return start
    start -= 1
    coined = next(((a, b) for a, b in quoted(doc) if b == start), None)
    if coined:
        drop_matches(doc, [c for c in matches(doc) if c.label == "Formulation" and (c.start, c.end) == coined])
        return coined[0]
    left = name_start(doc, start)
    return start if left is None else left


def verb_conjunct_start(doc: Doc, suffix_start: int) -> int | None:
    """Where a programme named by what it does to an object starts when its last conjunct is a verb alone
    (马克思主义理论研究和建设工程, 上市企业培育和高质量发展行动): the first conjunct, a name read leftwards from the
    conjunction, of four characters or more and no name of its own. None when no such conjunction stands within
    five characters of the suffix, or nothing or a clause's word stands between it and the suffix: a verb (开展,
    实施) or a word of name_stop_single (人民公社有|计划地: 有计划, "in a planned way", no plan named)."""
    text, starts = doc_text(doc), token_starts(doc)
    c = max((text.rfind(a, max(0, suffix_start - 6), suffix_start) for a in AND), default=-1)
    verb = text[c + 1:suffix_start]  # 和|工程研究中心: no verb; 园区|开展|试点: a clause's verb, not the name's
    if c < 1 or c not in starts or c + 1 not in starts or len(verb) < 2 or \
            any(c < a and b <= suffix_start and (text[a:b] in NAME_STOP or text[a:b] in SINGLE_STOPS)
                for a, b in token_bounds(doc)) or \
            re.search(r"[^\u4e00-\u9fff]", verb):
        return None
    left = name_start(doc, c, max_chars=12)
    if left is None or c - left < 4 or text[left - 1:left] == "、" or LAST_SUFFIX.search(text[left:c]) or \
            covered(doc, left, c, NAMES) or re.search(r"[^\u4e00-\u9fff]", text[left:c]):
        return None
    return left
CONJUNCT_END = tuple(lexicons.terms("program_conjunct_end"))  # 环境提升|和…: a first conjunct that is its own phrase


def conjunct_start(doc: Doc, start: int, suffix: re.Match) -> int:
    """Where a programme's name starts when the words read leftwards stop at a conjunction that joins two
    modifiers of its head (重特大疾病医疗保险和救助制度, 绿色低碳发展和能源保供稳价工程): the first conjunct belongs
    to the name, unless it is one word (财税和金融改革: sectors), a name of its own (A计划和B工程), a phrase of its
    own (环境提升和…, program_conjunct_end), another match or an item of a list, or the second conjunct with the
    head is a category of works (市场需求和国家重点工程, 社会事业和民生工程: no name joins a kind). start when no
    conjunct stands there."""
    text, c = doc_text(doc), start - 1
    if c < 1 or text[c] not in AND or c not in token_starts(doc) or start not in token_ends(doc) or \
            text.endswith(CONJUNCT_END, 0, c) or \
            suffix.group() == "工程" and only_words(text[start:suffix.start()], WORKS_KINDS, 1):
        return start
    left = name_start(doc, c, max_chars=12)
    if left is None or c - left < 3 or text[left - 1:left] == "、" or LAST_SUFFIX.search(text[left:c]) or \
            covered(doc, left, c, NAMES) or re.search(r"[^\u4e00-\u9fff]", text[left:c]) or \
            any(left <= b and a <= start for a, b in quoted(doc)):  # 七五普法和“两学一做”: quoted names stand alone
        return start
    return left


def firm_form_reforms(doc: Doc, suffix_start: int, end: int) -> list[Match]:
    """Two forms of firm coordinated before one 改革 (program_firm_forms) name two reforms, each form with 改革 and the
    kind of firm read leftwards from the first (甲乙企业公司制、股份制改革 gives 甲乙企业公司制改革 and 甲乙企业股份制改革;
    tests/gold README, twelfth pass 3). [] when no such pair ends at the suffix."""
    text = doc_text(doc)
    pair = FORM_PAIR.search(text, max(0, suffix_start - 12), suffix_start)
    if not pair:
        return []
    kind = text[name_start(doc, pair.start(), max_chars=8) or pair.start():pair.start()]
    first = pair.start() - len(kind)
    return [Match(first, pair.end(1), "Program", attrs=(("name", kind + pair.group(1) + "改革"),)),
            Match(pair.start(2), end, "Program", attrs=(("name", kind + pair.group(2) + "改革"),))]


def parallel_conjuncts(doc: Doc, start: int, end: int, suffix_start: int) -> list[Match] | None:
    """Two schemes sharing a head when the conjunction joins two noun phrases of one kind, each ending with the same
    word (困难残疾人生活补贴和重度残疾人护理补贴制度 gives …生活补贴制度 and …护理补贴制度; 国家医学中心和区域医疗中心
    建设试点: each 中心 with 建设试点; guideline 2: coordinated names keep their shared head), or before 改革 when the
    first ends with the direction it changes its object to (利率市场化和人民币汇率形成机制改革 gives 利率市场化改革 and
    人民币汇率形成机制改革: a reform named whole, tests/gold README twelfth pass 3). None when the first
    conjunct is shorter than four characters or its last word does not close the second (重特大疾病医疗保险和救助
    制度, 知识产权创造和提升工程: modifiers of one scheme), or more than one word stands between that word and the
    suffix (留守儿童和困境儿童关爱服务质量提升三年行动计划: the groups one plan serves)."""
    text = doc_text(doc)
    c = next((i for i in range(start + 4, suffix_start - 3) if text[i] in AND and i in token_starts(doc)), None)
    if c is None:
        return None
    first, rest = text[start:c], text[c + 1:suffix_start]
    close = len(rest) - 2 if first.endswith("化") and text[suffix_start:end] == "改革" else rest.find(first[-2:], 2)
    if close < 0 or len(rest) - close - 2 > 2 or not any(b == c and b - a >= 2 for a, b in token_bounds(doc)) or \
            re.search(r"[^\u4e00-\u9fff]", text[start:end]):
        return None
    shared = rest[close + 2:] + text[suffix_start:end]
    return [Match(start, c, "Program", attrs=(("name", first + shared),)), Match(c + 1, end, "Program")]


VERBS_OF_OBJECT = OWN_VERBS - set(LEADING_VERBS)  # 投资、运营|公司: verbs of a name's object, no clause's


def object_verb(doc: Doc, end: int, obj: str) -> tuple[int, int] | None:
    """The verb of an object (program_own_verbs that lead no clause, two characters) that ends an item at end, alone
    or with the opening of the object obj written again (甲乙投资|、运营公司, 甲乙投资公司|、运营公司)."""
    text = doc_text(doc)
    return next(((a, b) for a, b in token_bounds(doc) if b - a == 2 and text[a:b] in VERBS_OF_OBJECT and
                 (b == end or 2 <= end - b <= 4 and text[b:end] == obj[:end - b])), None)


def verbs_sharing_object(doc: Doc, items: list[tuple[int, int]]) -> list[str] | None:
    """The names of listed items that are verbs of one object (甲乙投资、运营公司; 甲乙投资公司、运营公司 with the
    object written twice): the first item ends with a verb (object_verb), the last opens with one and holds the
    object, any between is a verb alone (program_own_verbs that lead no clause, two characters each); each verb takes
    the words before the first and the object after the last (甲乙投资公司, 甲乙运营公司; guideline 2: coordinated
    names keep what they share). None when the items are no such verbs."""
    text, bounds = doc_text(doc), set(token_bounds(doc))
    (a0, b0), (an, bn) = items[0], items[-1]
    obj = text[an + 2:bn]
    first = object_verb(doc, b0, obj) if len(items) >= 2 and obj else None
    if first is None or first[0] - a0 < 2 or \
            any(b - a != 2 or (a, b) not in bounds or text[a:b] not in VERBS_OF_OBJECT for a, b in
                items[1:-1] + [(an, an + 2)]):
        return None
    return [text[a0:first[0]] + text[a:b] + obj for a, b in [first, *items[1:-1], (an, an + 2)]]


def shared_object_verbs(doc: Doc, start: int, end: int) -> list[Match]:
    """A programme's name holding two verbs of one object, the reading having stopped at the second (甲乙投资、运营|
    公司改革试点; not 甲乙发展、推进|丙丁行动: 推进 leads a clause): joined by 、 they are listed (verbs_sharing_object:
    甲乙投资公司改革试点 and 甲乙运营公司改革试点); joined by a conjunction they name one programme, written whole
    (甲乙投资和运营公司改革试点, as A和B提升工程). [] when no such verbs stand there, the rest is a name of its own, or
    nothing of two characters or more, no name of its own, stands before the first."""
    text = doc_text(doc)
    second = next(((a, b) for a, b in token_bounds(doc) if b == start and b - a == 2 and text[a:b] in VERBS_OF_OBJECT
                   and (text[a - 1:a] == "、" or text[a - 1:a] in AND)), None)
    if second is None or covered(doc, start, end):
        return []
    joint = second[0] - 1
    first = object_verb(doc, joint, text[start:end])
    left = name_start(doc, first[0], max_chars=12) if first else None
    if left is None or first[0] - left < 2 or covered(doc, left, first[0], NAMES) or \
            any(left <= b and a < end for a, b in quoted(doc)):
        return []
    if text[joint] in AND:
        return [Match(left, end, "Program")]
    one, other = verbs_sharing_object(doc, [(left, joint), (second[0], end)])
    return [Match(left, joint, "Program", attrs=(("name", one),)),
            Match(second[0], end, "Program", attrs=(("name", other),))]


LISTED_DESIGNATION = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12})(?:等(?:\d+|[一二两三四五六七八九十]+)?个?|"
                                r"(?<!等)(?P<count>\d|[两二三四五六七八九])个)(?=国家|全国|省级)")  # A、B等6个|国家物流
# 枢纽承载城市; A、B2个|国家…集群: a list without 等, its count the number of its items


def region_opens(doc: Doc, start: int, end: int) -> bool:
    """Whether a region the vocabulary names opens start..end and ends inside it (成渝地区|电子信息, 京津冀|生命健康)."""
    return any(c.label == "Strategy" and c.start == start and c.end < end for c in matches(doc))


def cluster_items(doc: Doc) -> list[Match]:
    """The named clusters a list gives (A、B等2个国家先进制造业集群 gives A国家先进制造业集群 and B…; guideline 2):
    each item with the head, when the head is a designation conferred by a level (国家…, 省级…) or an item opens
    with a place or a region (辛集皮革、白沟箱包等特色产业集群; 成渝地区电子信息、生物医药等国家先进制造业集群: the
    region opens the first item, no name of its own). A list of sectors alone (电子信息、生物医药等产业集群) names none.
    Items said to win a level's cluster (A、B获批|入选|入围国家…集群) name it so when an item opens with a place or
    region (保定电力装备、京津冀生命健康获批国家先进制造业集群): a cluster is named by its items, as a pilot is not.
    The same for any designation a level confers after a list closed by 等 (保定、沧州等6个国家物流枢纽承载城市,
    A、B等国家人工智能应用中试基地): each item with it, the head ending where a designation's name can end."""
    text, found = doc_text(doc), []
    places = {m.start for m in matches(doc) if m.label == "Place"}
    for m in CLUSTER_LIST.finditer(text):
        head, items = m.group(3), item_spans(m.group(1), m.start(1))
        if m.group("won") and len(items) < 2:
            continue  # 甲乙获批国家…集群: one firm or place winning it, no list of clusters
        first = max((a for a in places if items[0][0] <= a < items[0][1]), default=None)  # 曾都移动应急装备: a
        if first is None:  # place opens the item
            first = name_start(doc, items[0][1], max_chars=12)
        if first is None or items[0][1] - first < 2:
            continue
        items[0] = (first, items[0][1])
        if not (LEVEL.match(head) and not m.group("won") or any(a in places or region_opens(doc, a, b)
                                                                for a, b in items)) or \
                any(c.start < b and a < c.end and c.label in NAMES and not (c.label == "Strategy" and c.start == a)
                    for a, b in items for c in matches(doc)):
            continue
        region = next((text[c.start:c.end] for c in matches(doc) if c.label == "Strategy" and c.start == items[0][0]
                       and c.end < items[0][1]), "")  # 成渝地区|电子信息、生物医药: the region scopes every item
        found += [Match(a, b, "Program", attrs=(("name", (region if i and region and a not in places and
                                                           not region_opens(doc, a, b) else "") + text[a:b] + head),))
                  for i, (a, b) in enumerate(items)]
    for m in LISTED_DESIGNATION.finditer(text) if "等" in text or "个" in text else ():
        window = re.match(r"(?:(?![的和与及等])[\u4e00-\u9fff]){0,16}", text[m.end():]).group()  # 的 ends it (A、B三个
        # 国家控股公司|的试点)
        kind = next((h for h in DESIGNATION_HEAD.finditer(window)
                     if DESIGNATION_AFTER.match(text, m.end() + h.end()) or
                     text.startswith(LONG_VERBS, m.end() + h.end())), None)
        level = re.match("国家级|国家|全国性?|省级", window)
        if kind is None or kind.group() in FACILITY and only_words(window[level.end():kind.start()], DESIGNATION_KINDS, 1):
            continue  # A、B等国家级科技创新平台: a facility named by its kind, no designation of its own
        end = m.end() + kind.end()
        items = item_spans(m.group(1), m.start(1))
        first = name_start(doc, items[0][1], max_chars=12)
        if first is None or items[0][1] - first < 2 or m.group("count") and \
                count_of(m.group("count")) != len(items) or \
                any(covered(doc, a, b, NAMES) for a, b in [(first, items[0][1]), *items[1:]]):
            continue
        items[0] = (first, items[0][1])
        head = text[m.end():end]
        found += [Match(a, b, "Program", attrs=(("name", text[a:b] + head),)) for a, b in items]
    return found


LISTED_SCHEMES = re.compile(r"((?:[\u4e00-\u9fff]{2,16}、)*[\u4e00-\u9fff]{2,16})等[“\"]?(?:"
                            + lexicons.alternation("quantifiers") + r"|(?:\d+|[一二两三四五六七八九十]+)?[个大项]?)"
                            r"(?:(?:[\u4e00-\u9fff]{1,4}领域)?([^\s，。、；：,;:()《》和与及的等]{0,10}?)(试点城市|试点)|"
                            r"(?:系列)?((?:三年|专项)?(?:整治)?行动(?:计划)?)|([\u4e00-\u9fff]{2,10}?专项)(?!工程)|"
                            r"(?:重大|重点)?((?:专项)?工程)|(计划))")  # …等6大|工程, …等|计划: a counted set of works
# schemes, or plans (group 6, 7)
LISTED_COUNT = re.compile(r"等[“\"]?(?:\d+|[一二两三四五六七八九十]+)[大项]")  # 等6大|工程, 等“十大工程”: a set counted
COUNT_OF_SET = re.compile(r"(\d+|[一二两三四五六七八九十])[大项]")  # 十大|工程: how many works the set holds
WORKS_ITEM = tuple(w for w in lexicons.terms("project_suffix") if w not in ("工程", "项目"))  # 高铁, 水库: a built work
PILOTS_SPOKEN_OF = lexicons.words("program_pilot_list_after")  # 等国家试点|成效明显: the pilots themselves
ITEM_JOINS = ("和", "与", "及")  # 水体污染控制与治理: a conjunction inside an item joins the parts of its name


def listed_head(doc: Doc, m: re.Match) -> str | None:
    """The head a list of schemes closed by 等 shares (LISTED_SCHEMES): an action's kind (专项行动, 三年行动计划), a
    special project's head whole (国家重大专项, 科技专项) or a pilot's (改革试点; 消费领域国家试点 gives 试点: the
    field and a bare level left out). None where the name cannot end there (试点经验) or the head is a kind or a
    clause (等重点试点, 等重点专项, 等|推进专项)."""
    text, end = doc_text(doc), m.end()
    if not (DESIGNATION_AFTER.match(text, end) or text.startswith(tuple(PILOTS_SPOKEN_OF), end) or
            text.startswith(LONG_VERBS, end)):
        return None
    clause = any(text[a:b] in NAME_STOP for a, b in token_bounds(doc)
                 if (m.start(2) <= a and b <= m.end(2)) or (m.start(5) <= a and b <= m.end(5)))
    kind = "" if m.group(3) is None or PILOT_LEVEL.fullmatch(m.group(2)) else m.group(2)
    if clause or kind in GENERIC_HEAD or m.group(5) and m.group(5)[:-2] in GENERIC_HEAD:
        return None
    if m.group(6):  # 等6大工程, 等“十大工程”, 等10大专项工程: a numbered set of works schemes (等重大工程 lists works)
        return m.group(6) if LISTED_COUNT.match(text, m.end(1)) else None
    if m.group(7):  # 等计划: plans listed, the name ending there (not 等计划|开工: "plan to")
        return m.group(7) if DESIGNATION_AFTER.match(text, end) else None
    return m.group(4) or m.group(5) or kind + m.group(3)


def listed_schemes(doc: Doc) -> list[tuple[Match, int, int]]:
    """The pilots, actions and special projects a list closed by 等 gives before their head (海绵城市、完整社区等
    国家试点, 农村土地征收、宅基地制度等改革试点; 企业开办提速、证照分离等专项行动, 甲、乙等系列三年行动计划; 大型飞机、
    水体污染控制与治理等国家重大专项; guideline 2: coordinated names keep their shared head): each item with the
    head (listed_head), the count (等7个, 等六大), a quantity word (一批) and 系列 left out. The first item is read
    leftwards, its own verbs kept (工业污染治理提档升级), four characters at least (壁垒清理|整治: a verb left alone).
    An item matched as a name of its own (a zone) keeps its own; a clause in an item (a stop word, not a verb the
    scheme is named by, program_own_verbs, nor a conjunction inside it: 水体污染控制与治理) names none, and nor does
    a list of sectors (装备制造、新材料). Each with the span of the head the items share."""
    text, found = doc_text(doc), []
    for m in LISTED_SCHEMES.finditer(text) if "等" in text else ():
        head = listed_head(doc, m)
        items = item_spans(m.group(1), m.start(1))
        first = name_start(doc, items[0][1], max_chars=16)
        first = own_verb_start(doc, items[0][1]) if first is None else first
        if head is not None and m.group(6) and first is not None and items[0][0] < first - 1 and \
                text[first - 1] in ITEM_JOINS and (again := name_start(doc, first - 1, max_chars=12)) is not None and \
                first - 1 - again >= 2:
            first = again  # 甲乙设备及丙丁整机|等10大专项工程: a conjunction inside the first item of a counted set
        if first is not None and items[0][1] - first < 4:
            first = through_own_verb(doc, first)  # 市场准入壁垒|清理|整治等专项行动: the item's own verb
        if head is None or first is None or items[0][1] - first < 4:
            continue
        items[0] = (first, items[0][1])
        whole = m.group(6) and (n := COUNT_OF_SET.search(text, m.end(1), m.start(6))) and \
            count_of(n.group(1)) == len(items)  # 甲、乙…等“十大工程”: every item of the set listed
        if not whole and any(text[a:b] in NAME_STOP and text[a:b] not in OWN_VERBS and text[a:b] not in ITEM_JOINS
                             for x, y in items for a, b in token_bounds(doc) if x <= a and b <= y) or \
                all(only_words(text[a:b], DESIGNATION_KINDS, 1) for a, b in items) or \
                m.group(6) and any(text.endswith(WORKS_ITEM, a, b) or text[b - 1] == "区" for a, b in items):
            continue  # 甲乙高铁、丙丁灌区等“十大工程”, 甲片区、启动区等十大工程: built works or areas counted, Projects
        kept = (m.end(), m.end()) if m.group(6) else (m.end(1), m.end())  # 10大专项工程: the set is a programme too
        names = verbs_sharing_object(doc, items) or [text[a:b] for a, b in items]
        found += [(Match(a, b, "Program", attrs=(("name", name + head),)), *kept) for (a, b), name in zip(items, names)
                  if not covered(doc, a, b, OWN_LABELS)]
    return found


DESIGNATION_LEVEL = re.compile(r"(?:(?:国家级|国家(?!级))(?:" + lexicons.alternation("program_designation_batches")
                               + ")?|全国性?|省级)")
# 国家|首批|…集群: the state's level, and the batch it names first (全国首批…: "the country's first", a rank, no name)
DESIGNATION = re.compile(DESIGNATION_LEVEL.pattern + r"(?![首最率唯])[^\s，。、；：,;:()《》和与及的等]{1,14}?"
                         + "(" + lexicons.alternatives("program_designation_heads") + ")")  # 国家…基地: a status conferred
PROJECT_KIND = re.compile("(?:" + "|".join(w for w in lexicons.longest_first("project_suffix")
                                           if len(w) >= 4 and w.endswith("基地")) + ")$")  # 煤炭储备基地: built
PROVINCE_HEADS = lexicons.words("program_province_designation_heads")  # 省级…示范县: a province's designation
DESIGNATION_KINDS = tuple(sorted(set(lexicons.terms("project_generic_words")) | set(INDUSTRY_WORDS),
                                 key=lambda w: (-len(w), w)))  # words that only classify: 国家|技术创新|中心
FACILITY = ("中心", "平台")  # a facility's designation names its field (国家马铃薯技术创新中心), not a kind alone
# …but a research centre named by its field (国家马铃薯技术创新中心, 国家稀土功能材料制造业创新中心) is a centre built
# and run, a Project (tests/gold README, sixth pass 1); only one named by its kind alone is the designation
RESEARCH_CENTRE = "创新中心"
CENTRE = "中心"
CENTRE_KINDS = tuple(lexicons.terms("program_centre_kinds"))  # 国家区域|医疗中心: a kind of centre a national scheme
# designates (国家碳计量中心, 国家深海科考中心: one institution named by its field, no designation)
DESIGNATION_HEAD = re.compile(lexicons.alternation("program_designation_heads") + "|试点城市|承载城市|示范城市|试点")
DESIGNATION_AFTER = re.compile(r"$|[^\u4e00-\u9fff]|[和与及等、的]|建设|创建|"  # where the designation's name ends,
                               + lexicons.alternation("program_designation_counted") + "|"  # also before its count
                               + lexicons.alternation("program_designation_lists"))  # (国家先进制造业集群|增至14个,
# …|数量) or the list of its holders (…|名单)
BATCH_YEAR = re.compile(r"\d{4}年度?")  # 入选|2022年度|国家…集群名单: the year of the batch, no owner before the level
_NUMBER = r"(?:\d+|[一二两三四五六七八九十百千]+)"  # a number in digits or in Chinese numerals
COUNT_BEFORE = re.compile(_NUMBER + "[个家]$")  # 新增2个|国家…集群: how many hold it
LIST_BEFORE = re.compile(f"等{_NUMBER}?[个家]?$")  # A、B等2个|国家…集群: a list's head
ANY_VERB = NAME_STOP | set(LEADING_VERBS)
LONG_VERBS = tuple(w for w in ANY_VERB if len(w) > 1)  # a verb of two characters or more after a name ends it


def designations(doc: Doc) -> list[Match]:
    """Designations a level confers (国家骨干冷链物流基地, 国家先进制造业集群, 国家级零碳园区, 省级乡村振兴示范县;
    guideline 2): a name that opens with the level word, after a verb, a stop word or punctuation, and ends with a
    head of program_designation_heads where the name can end. Not a designation: a place or a name before the level
    word (沈阳…国家物流枢纽: that place's own site), a facility named by its kind alone (国家技术创新中心, 国家级创新
    平台), after 省级 a head other than program_province_designation_heads (省级甲乙基地: a province's site of a
    kind), a count after it or before it (国家级孵化基地3个; A、B等2个国家…集群: the head a list shares), 全国 as "in
    the country" (全国首个…), a clause inside it (a stop word: 国家实验室更好发挥…平台), a project of a kind of
    its own inside it (国家煤炭储备基地). A project matched inside it
    otherwise gives way to it."""
    text, found = doc_text(doc), []
    starts, ends = token_starts(doc), token_ends(doc)
    for m in DESIGNATION.finditer(text) if "国" in text or "省级" in text else ():
        s, e = m.start(), m.end()
        if s not in starts or e not in ends or not DESIGNATION_AFTER.match(text, e) and \
                not text.startswith(LONG_VERBS, e) or \
                m.group().startswith(PROVINCE_LEVEL) and m.group(1) not in PROVINCE_HEADS:
            continue  # 省级甲乙基地: one of a province's sites of a kind
        before = name_start(doc, s, max_chars=8) if s else None
        if before is not None and (year := BATCH_YEAR.search(text, max(0, s - 7), s)) and year.end() == s and \
                year.start() <= before:
            before = None  # 2022年度|国家甲乙集群: the year the batch was named, no place's or firm's own site
        if before is not None and before < s and field_before(text, before, s):
            s, before = before, None  # 煤炭方向|国家人工智能应用中试基地: the designation in that field
        level = m.start() + DESIGNATION_LEVEL.match(m.group()).end() - s  # the level word's end, from the name's start
        topic = text[s + level:e - len(m.group(1))]
        counted = COUNTED.match(text, e) or COUNT_BEFORE.search(text, max(0, s - 6), s)
        if before is not None and before < s or LIST_BEFORE.search(text, max(0, s - 6), s) or \
                any(p.label == "Place" and p.start == s + level for p in matches(doc)) or \
                text[s - 1:s] == "个" and COUNTED_LIST.search(text, max(0, s - 50), s) or \
                m.group(1) in FACILITY and only_words(topic, DESIGNATION_KINDS, 1) or \
                text.endswith(RESEARCH_CENTRE, s, e) and not only_words(topic, DESIGNATION_KINDS, 1) or \
                m.group(1) == CENTRE and not text.endswith(CENTRE_KINDS, s, e) or \
                counted and (s + level, e - len(m.group(1))) in token_bounds(doc) and topic in DESIGNATION_KINDS:
            continue  # 沈阳生产服务型国家物流枢纽: a place's own hub; A、B等2个|…: the head a list shares; 国家技术创新
            # 中心: a kind; counted, a topic of one kind word names a kind (国家级孵化基地3个), any other a designation
            # each place or firm holds (新增2个国家甲乙集群, 国家甲乙集群7个)
        head, tokens = e - len(m.group(1)), token_bounds(doc)
        if any(s + level <= a and b <= head and b - a > 1 and text[a:b] in NAME_STOP and
               tokens[i - 1][1] - tokens[i - 1][0] > 1 for i, (a, b) in enumerate(tokens) if i):
            continue  # 国家实验室更好发挥…平台: a clause between the level word and the head (可|持续: one word split)
        inside = [c for c in matches(doc) if c.start < e and s < c.end and c.label in OWN_LABELS]
        if any(c.label not in ("Project", "Program") or c.start < s or c.end > e or
               c.label == "Project" and PROJECT_KIND.search(text, c.start, c.end) for c in inside):
            continue
        drop_matches(doc, inside)  # 国家文化出口基地 matched as a base: the designation is the name
        found.append(Match(s, e, "Program"))
    return found


FIELD_MARKS = tuple(lexicons.terms("program_designation_field_marks"))  # 煤炭|方向, 医疗|领域: a field named so


def field_before(text: str, start: int, end: int) -> bool:
    """Whether the words before a designation's level word name a field (煤炭方向, closed by a field mark) or a trade
    (工业软件, 家居家电: trade words alone): the designation conferred in that field, its name opened by them
    (guideline 2), not a place's or a firm's own site."""
    words = text[start:end]
    if words.endswith(FIELD_MARKS):
        return len(words) - len(next(f for f in FIELD_MARKS if words.endswith(f))) >= 2
    return only_words(words, INDUSTRY_WORDS, 1)


LEVEL_PAIR = re.compile(r"(国家级?|全国)(?:和|、|与|及)(?:" + _NUMBER + "[个家])?(省级?|自治区级)")  # 国家和省级…: two
# levels sharing a designation, each may be counted (8个国家级、13个省级…; 自治区级: an autonomous region's)
LEVEL_REST = re.compile(r"[^\s，。、；：,;:()《》和与及的等]{1,14}?(" + DESIGNATION_HEAD.pattern + ")")


def vocabulary_programme(name: str) -> bool:
    """Whether name is, whole, a label of a vocabulary programme (国家区域医疗中心, 零碳园区)."""
    return bool(vocabulary_key(name))


def vocabulary_key(name: str) -> str:
    """The vocabulary programme name is, whole, a label of (its concept id), or ""."""
    return next((values[0][0] for a, b, values in concept_lexicon().scan(name)
                 if (a, b) == (0, len(name)) and values[0][1] == "Program"), "")


def shared_levels(doc: Doc) -> list[Match]:
    """Designations two levels confer, written once after both levels (国家和省级零碳园区, 国家、省级区域医疗中心;
    guideline 2: coordinated names are separate entities and keep their shared head): one programme for each level,
    the first named with the head. The designation ends as one a level confers (designations): a head of
    program_designation_heads or a pilot, where a name can end; a topic of kind words alone names none (国家和省级
    产业集群) unless the vocabulary names it (国家区域医疗中心)."""
    text, found = doc_text(doc), []
    ends = token_ends(doc)
    for m in LEVEL_PAIR.finditer(text) if "国" in text else ():
        d = LEVEL_REST.match(text, m.end())
        if not d or d.end() not in ends or not DESIGNATION_AFTER.match(text, d.end()) and \
                not text.startswith(LONG_VERBS, d.end()):
            continue
        rest = d.group()
        key = vocabulary_key(m.group(1) + rest)
        if only_words(rest[:-len(d.group(1))], DESIGNATION_KINDS, 1) and not key and not vocabulary_programme(rest):
            continue
        drop_matches(doc, [c for c in matches(doc) if c.label in ("Program", "Project") and
                           c.start < d.end() and m.start() < c.end])  # 零碳园区 of the vocabulary: the level's own
        found += [Match(m.start(1), m.end(1), "Program", key=key,
                        attrs=(("name", m.group(1) + rest),)),  # the vocabulary's own: a citation too
                  Match(m.start(2), d.end(), "Program")]
    return found


PROVINCE_LEVEL = "省级"  # the province's level: 省级|区域医疗中心, as 国家|区域医疗中心 is the nation's


def provincial_designations(doc: Doc) -> list[Match]:
    """A province's designation of a kind the vocabulary names at the national level (省级区域医疗中心 beside
    国家区域医疗中心; guideline 2: a designation that assigns work): 省级 opening the name after a verb, a count or
    punctuation, and the words after it, with 国家 in its place, a vocabulary programme whole, where a name can end.
    Not after a name (甲医院省级区域医疗中心: that body's own site), nor a list's shared head (等4个省级…)."""
    text, found = doc_text(doc), []
    starts, ends = token_starts(doc), token_ends(doc)
    for level in re.finditer(PROVINCE_LEVEL, text):
        s = level.start()
        before = name_start(doc, s, max_chars=8) if s else None
        if s not in starts or before is not None and before < s or LIST_BEFORE.search(text, max(0, s - 6), s):
            continue
        e = next((e for e in range(s + 4, s + 17) if e in ends  # a word's end 2 to 14 characters after 省级
                  and vocabulary_programme("国家" + text[level.end():e]) and
                  (DESIGNATION_AFTER.match(text, e) or text.startswith(LONG_VERBS, e))), None)
        if e is not None and not covered(doc, s, e, NAMES):
            found.append(Match(s, e, "Program"))
    return found


BARE_DESIGNATIONS = re.compile(lexicons.alternation("program_bare_designations"))  # 优势特色产业集群
NEXT_ITEM = re.compile(r"(?:" + _NUMBER + "[个家])?、")  # …集群(2个)|、: another item of the list follows


def bare_designations(doc: Doc) -> list[Match]:
    """Designations the state confers whose name carries no level (优势特色产业集群, program_bare_designations; guideline
    2: a designation that assigns work), written bare as an item of a list of designations (国家甲乙产业园、优势特色产业
    集群2个). Not alone (培育优势特色产业集群: a kind), not the kind a list shares (甲、乙等…), nor the end of a longer
    name (县域优势特色产业集群)."""
    text = doc_text(doc)
    return [Match(m.start(), m.end(), "Program") for m in (BARE_DESIGNATIONS.finditer(text) if "集群" in text else ())
            if (text[m.start() - 1:m.start()] == "、" or NEXT_ITEM.match(text, m.end())) and
            not LIST_BEFORE.search(text, max(0, m.start() - 6), m.start()) and text[m.start() - 1:m.start()] != "等" and
            not covered(doc, m.start(), m.end(), NAMES)]


PROVINCE_CLUSTER = re.compile(r"(?<!全)省级?" + lexicons.alternation("program_cluster_designations"))  # 省级|先进制造业集群


def province_clusters(doc: Doc) -> list[Match]:
    """A province's cluster designation (省级先进制造业集群, 入选省特色产业集群; program_cluster_designations): the same
    form as the state's (国家先进制造业集群, guideline 2: a designation that assigns work), 省 or 省级 opening the name.
    Not 全省 (全省特色产业集群: the province's clusters), nor after a place (甲省: that place's name)."""
    text = doc_text(doc)
    return [Match(m.start(), m.end(), "Program") for m in (PROVINCE_CLUSTER.finditer(text) if "集群" in text else ())
            if not any(p.label == "Place" and p.end > m.start() and p.start < m.start() for p in matches(doc)) and
            not covered(doc, m.start(), m.end(), NAMES)]


_ABBR = "[" + "".join(lexicons.words("zone_province_abbreviations")) + "]"  # 闽, 宁: a province's one character
PAIRING = re.compile(r"((?:" + _ABBR + "[\u4e00-\u9fff]、)*" + _ABBR + "[\u4e00-\u9fff])"
                     + lexicons.alternation("program_pairing_heads"))  # 闽宁|协作, 苏陕、津陕|协作, 苏辽、京沈|对口合作
PROVINCE_PAIR = re.compile(_ABBR + "{2}")  # 苏辽: two provinces paired


def pairings(doc: Doc) -> list[Match]:
    """Pairing schemes between two provinces named by their abbreviations (闽宁协作, 苏陕帮扶, 京津协作扶贫, 苏辽对口合作;
    program_pairing_heads; a named programme, guideline 2): the pair opening a word, not the tail of a longer run of
    abbreviations (京津冀|协作) nor inside an earlier match (川藏经济协作试验区); the items of a list share the head
    (苏陕、津陕协作 gives 苏陕协作, 津陕协作). An item may pair a province with a city (京沈: 沈阳) when another item of
    its list pairs two provinces (苏辽、京沈、沪连对口合作): each item opens with a province's abbreviation."""
    text, found = doc_text(doc), []
    starts = token_starts(doc)
    for m in PAIRING.finditer(text) if "协作" in text or "帮扶" in text or "对口" in text else ():
        s = m.start(1)
        if s not in starts or re.match(_ABBR, text[s - 1:s]) or covered(doc, s, m.end(), NAMES):
            continue
        head = text[m.end(1):m.end()]
        items = [(s + i.start(), s + i.end()) for i in re.finditer(r"[^、]{2}", m.group(1))]
        if not any(PROVINCE_PAIR.fullmatch(text, a, b) for a, b in items):
            continue  # 沪连|对口合作 alone: a province and a city only paired in a list of provinces' pairings
        found += [Match(a, b, "Program", attrs=(("name", text[a:b] + head),)) for a, b in items[:-1]]
        found.append(Match(items[-1][0], m.end(), "Program"))
    return found


TECH_MARKET = "科技大市场"  # 安徽|科技大市场: a place's technology market, a platform it runs


def tech_markets(doc: Doc) -> list[Match]:
    """A place's technology market (安徽科技大市场, 山东科技大市场: the platform a province runs for trading technology,
    a named programme): the place and 科技大市场 right after it."""
    text = doc_text(doc)
    return [Match(p.start, p.end + len(TECH_MARKET), "Program") for p in matches(doc)
            if p.label == "Place" and text.startswith(TECH_MARKET, p.end) and
            not covered(doc, p.end, p.end + len(TECH_MARKET), NAMES)] if TECH_MARKET in text else []


RIGHTS_MARKETS = re.compile(r"((?:[\u4e00-\u9fff]{1,8}?权、)+[\u4e00-\u9fff]{2,10}?)交易市场")  # 用能权、碳排放权|交易市场


def rights_markets(doc: Doc) -> list[Match]:
    """Trading markets of rights listed before the head they share (全国用能权、碳排放权交易市场 gives 全国用能权交易市场
    and 全国碳排放权交易市场; 全国碳排放权、温室气体自愿减排交易市场; guideline 2: coordinated names keep their shared
    head, and 全国碳市场 is a named instrument of state): each item with 交易市场; a 全国 opening the first item scopes
    every item that is a right too (…权). The first item is read leftwards from its 权."""
    text, found = doc_text(doc), []
    for m in RIGHTS_MARKETS.finditer(text) if "权、" in text else ():
        items = item_spans(m.group(1), m.start(1))
        first = name_start(doc, items[0][1], max_chars=10)
        if first is None or items[0][1] - first < 2:
            continue
        items[0] = (first, items[0][1])
        if text[first - 2:first] == "全国":
            items[0] = (first - 2, items[0][1])  # 全国|用能权: the scope, no word name_start reads
        scope = "全国" if text.startswith("全国", items[0][0]) else ""
        found += [Match(a, b, "Program", attrs=(("name", (scope if i and text[b - 1] == "权" else "") + text[a:b]
                                                          + "交易市场"),))
                  for i, (a, b) in enumerate(items) if not covered(doc, a, b, NAMES)]
    return found


BASIN_SCHEME = re.compile("[江河湖溪]流域[\u4e00-\u9fff]{0,12}?" + lexicons.alternation("program_basin_schemes") + "机制")


def basin_schemes(doc: Doc) -> list[Match]:
    """A mechanism opened by a named river basin (甲江流域横向生态保护补偿机制, 乙河流域丙丁段生态补偿机制;
    program_basin_schemes before 机制): the scheme agreed between the governments along that river, a Program named
    from the words read leftwards from 机制; not a basin unnamed (健全流域横向补偿机制, 跨流域生态补偿机制)."""
    text, found = doc_text(doc), []
    for m in BASIN_SCHEME.finditer(text) if "流域" in text else ():
        start = name_start(doc, m.end() - 2, max_chars=20)
        if start is not None and start < m.start() and not covered(doc, start, m.end(), OWN_LABELS):
            found.append(Match(start, m.end(), "Program"))
    return found


LAUNCHED_LIST = re.compile(r"开展((?:[\u4e00-\u9fff]{4}、)+[\u4e00-\u9fff]{4}(?:和[\u4e00-\u9fff]{4})?)活动")  # 开展|拥军优属、
# 拥政爱民|活动


def launched_campaigns(doc: Doc) -> list[Match]:
    """Campaigns launched as a list of coined four-character names sharing 活动 (开展拥军优属、拥政爱民和军民共建活动,
    开展增产节约、增收节支活动; guideline 2: coordinated names are separate entities and keep their shared head): each
    item with 活动. Not an item of another length (清洁村庄、清洁园区创建活动: a head of its own), nor a list closed by
    等 (消费季、汽车下乡等活动: kinds), nor an item matched as a name of its own."""
    text, found = doc_text(doc), []
    for m in LAUNCHED_LIST.finditer(text) if "开展" in text else ():
        items = [(m.start(1) + i.start(), m.start(1) + i.end()) for i in re.finditer(r"[^、和]{4}", m.group(1))]
        if m.start() in token_starts(doc) and not any(covered(doc, a, b, NAMES) for a, b in items):
            found += [Match(a, b, "Program", attrs=(("name", text[a:b] + "活动"),)) for a, b in items]
    return found


LEVEL_KINDS = re.compile(lexicons.alternation("program_level_kinds"))  # 国家实验室: a national scheme by its kind
LEVEL_FACILITY = re.compile("(国家级?)?" + lexicons.alternation("program_level_facilities"))  # 国家|技术创新中心
NATIONAL_ITEM = re.compile(r"(?:国家级?|全国)[\u4e00-\u9fff]{0,12}?(?:" + DESIGNATION_HEAD.pattern + ")$")
LIST_FACILITY = re.compile(r"[\u4e00-\u9fff]{2,10}(?:中心|平台)")  # 新兴产业创新中心: an item between


def national_list(text: str, start: int) -> bool:
    """Whether the item at start follows, in a list of items joined by 、, a national designation (国家技术创新中心、
    新兴产业创新中心、|制造业创新中心; 推进国家智能制造示范区、|制造业创新中心): the items between are centres or
    platforms too."""
    if text[start - 1:start] != "、":
        return False
    clause = max(text.rfind(c, 0, start - 1) for c in "，。；：,;！？\n") + 1
    for item in reversed(text[clause:start - 1].split("、")):
        if NATIONAL_ITEM.search(item):
            return True
        if not LIST_FACILITY.fullmatch(item):
            return False
    return False
LEVEL_KIND_AFTER = re.compile(r"$|[^\u4e00-\u9fff]|[和与及等、的为]|建设")  # where a scheme named by its kind ends


def level_kinds(doc: Doc) -> list[Match]:
    """National schemes named by their level and kind alone (国家实验室, program_level_kinds; 国家技术创新中心,
    program_level_facilities, or such a kind alone after a national item of a list) where the words stand
    alone: whole words, no name read leftwards before them (甲乙国家实验室: a laboratory's site, a Project), nothing
    but punctuation, a conjunction, 建设 or a verb after them (国家实验室|丙丁创新平台, 国家实验室|体系: a longer
    name), no earlier match over them."""
    text, found = doc_text(doc), []
    starts, ends = token_starts(doc), token_ends(doc)
    for m in LEVEL_KINDS.finditer(text):
        s, e = m.span()
        if s not in starts or e not in ends or covered(doc, s, e) or \
                not (LEVEL_KIND_AFTER.match(text, e) or text.startswith(LONG_VERBS, e)):
            continue
        before = name_start(doc, s, max_chars=8) if s else None
        if before is not None and before < s:
            continue
        found.append(Match(s, e, "Program"))
    for m in LEVEL_FACILITY.finditer(text) if "中心" in text or "平台" in text else ():
        s, e = m.span()  # 国家技术创新中心, 国家级制造业中试平台; 国家…、|制造业创新中心: a kind the level designates
        if s not in starts or e not in ends or covered(doc, s, e) or \
                not (LEVEL_KIND_AFTER.match(text, e) or text.startswith(LONG_VERBS, e)) or \
                m.group(1) is None and not national_list(text, s):
            continue
        before = name_start(doc, s, max_chars=8) if s else None
        if before is None or before >= s or m.group(1) is None:
            found.append(Match(s, e, "Program"))
    return found


COMMITTEE = re.compile("(?:自治[区州])?党委|[省市区县州]委")  # 省委|“甲乙”行动: the party committee that runs it


def after_committee(doc: Doc, start: int | None) -> int | None:
    """Where a name read leftwards to a quoted name starts when a party committee opens it (省委“甲乙”行动,
    市委“丙丁”工程): at the quotes, the committee being the body that runs the programme, no part of its name."""
    committee = COMMITTEE.match(doc_text(doc), start) if start is not None else None
    return committee.end() if committee and any(a == committee.end() for a, _ in quoted(doc)) else start


def topic_start(doc: Doc, start: int, max_chars: int = 8) -> int:
    """Where a quoted programme's name starts: the topic written right before the quotes belongs to it
    (行政执法“三项制度”, 法律宣传“六进”活动), up to a verb or punctuation (深化“放管服”改革 starts at the quotes), not
    a round before them (第二期“双高计划”) nor a word of the clause (基于|“一张图”: program_clause_words)."""
    topic = name_start(doc, start, max_chars=max_chars)
    topic = topic if topic is None else after_clause_words(doc, after_round(doc_text(doc), topic, start), start)
    if topic is None or covered(doc, topic, start) or re.search(r"[^\u4e00-\u9fff]", doc_text(doc)[topic:start]):
        return start
    verb = SYSTEM_VERB.match(doc_text(doc), topic, start)  # 创新|“友邻善治”基层治理: the verb acting on it
    return verb.end() if verb and verb.end() in token_starts(doc) else after_committee(doc, topic)


NUMBERED_TOKEN = re.compile(r"[一二两三四五六七八九十百千万\d]|.*[+\d]")  # “五进”, “互联网+”: a scheme counted or coded


def whole_coined(text: str, start: int, end: int, suffix_end: int) -> bool:
    """Whether the quoted token start..end is a coined programme's name written whole, its suffix inside the quotes
    (高职学校“甲乙计划”, 企业上市“丙丁行动”): a name of its own, the words before it only its field. Not a counted or
    coded one (行政执法“三项制度”, 农村“六小工程”: the topic tells which), nor a token the suffix follows (“陪办团”制度)."""
    return end == suffix_end and not NUMBERED_TOKEN.match(text, start)


def own_topic(head: str) -> bool:
    """Whether a head after a quoted vocabulary programme names a scheme of its own with a topic of three characters
    or more before the head word (“揭榜挂帅”|产学研合作|机制: the place's scheme applying the method; “揭榜挂帅”机制,
    “放管服”改革 and “高效办成一件事”综合改革 are the vocabulary's programme itself)."""
    return any(head.endswith(w) and len(head) - len(w) >= 3 for w in HEAD_WORDS)


def judged_works(name: str) -> bool:
    """A …工程 named only by judgements and kinds of works, quoted or not, one or several glued (“半拉子”工程,
    “形象工程”“政绩工程”): works judged, no programme."""
    kinds = name.replace("工程", "、")
    return name.endswith("工程") and only_words(kinds, WORKS_KINDS, 1) and any(j in name for j in JUDGED_WORKS)


def ranked_works(text: str, start: int, head: str) -> bool:
    """Whether a …工程 opened by a rank word is works of a ranked kind (重点堤防加固工程, 重大科学工程): not a special
    scheme (重大甲乙专项工程), a counted set (十大|重点节能工程) or the last item of a list (甲乙、重大丙丁工程)."""
    return head.startswith(WORKS_RANKS) and not head.endswith("专项") and \
        not re.search(r"、$|[一二三四五六七八九十百千\d]+大?$", text[max(0, start - 4):start])


def wrongs(text: str, start: int, end: int) -> bool:
    """Whether the words start..end before a head 活动 name wrongs fought (“甲乙”分裂活动, “丙丁”篡权阴谋活动:
    program_listed_wrongs), not a campaign run."""
    return text.endswith("活动", start, end) and bool(LISTED_WRONGS.search(text, start, end))


def five_year_plan(text: str, s: int, e: int) -> bool:
    """Whether the quoted text[s:e] is a five-year plan's ordinal with 计划 after it (“十五”计划): the plan, a document
    (extractors/policies.py), no programme; the ordinal with another head (“七五”普法) names a campaign."""
    return bool(FIVE_YEAR_RE.fullmatch(text, s, e)) and text.startswith("计划", e)


QUOTED_SERVICE = re.compile(r"([\u4e00-\u9fff]{0,6}?)" + lexicons.alternation("program_quoted_services"))  # “即买即退”|服务
SERVICE_BETWEEN = 2  # characters at least of the words between the quotes and 服务 (“六助”关爱服务; “一张图”优|服务: a verb)
SERVICE_END = re.compile(r"$|[^\u4e00-\u9fff]")  # “六助”关爱服务|，: the name ends (not …服务|水平, 服务|和融入: a verb)
QUOTED_POLICY = re.compile("政策(?!性|体系|取向|措施|举措)")  # “两新”|政策: the quoted scheme named with what it is
ARTICLES = re.compile(r"[\d一二两三四五六七八九十]+条$|一揽子")  # “15条”政策: a document of articles (a Policy);
# “一揽子”政策: a package, unnamed


def served(text: str, end: int) -> re.Match | None:
    """The service a quoted name is followed by (“即买即退”服务, “六助”关爱服务: program_quoted_services), where the
    service's name ends (punctuation or a verb after it); not 服务 opening a longer noun (服务水平) nor a verb of its own
    (“五子”联动、服务和融入…), nor after a one-character verb (“一张图”优服务)."""
    m = QUOTED_SERVICE.match(text, end)
    return m if m and len(m.group(1)) not in range(1, SERVICE_BETWEEN) and \
        (SERVICE_END.match(text, m.end()) or text.startswith(LONG_VERBS, m.end())) else None


def quoted_with_head(doc: Doc) -> list[Match]:
    """A quoted name with the head a few words after it that says it is a programme (“1+3”结对帮扶机制, “七五”普法,
    “腾笼换鸟、凤凰涅槃”攻坚行动) or the service it names (served), or with 政策 right after it (“两新”政策,
    住房“以旧换新”政策: the head says what the token is, guideline 2; not “15条”政策, a document, nor
    政策性/政策体系/政策取向/政策措施): one name, the quoted part may be
    a list; a verb the programme is named by may stand between (“甲乙”培育推进机制: program_own_verbs), no other stop
    word. Not wrongs fought (“甲乙”分裂活动: program_listed_wrongs before the head), nor a five-year period's plan
    (“九五”计划: a document)."""
    text, found = doc_text(doc), []
    for s, e in quoted(doc):
        head = QUOTED_HEAD.match(text, e) or (None if ONE_PER.fullmatch(text, s, e) else QUOTED_CAMPAIGN.match(text, e)) \
            or (None if ARTICLES.search(text, s, e) else QUOTED_POLICY.match(text, e)) or served(text, e)
        if head is None or not 2 <= e - s <= 24 or re.search(r"[，,。；;：:]", text[s:e]) or \
                FIVE_YEAR_RE.fullmatch(text, s, e) and text[e:head.end()] == "计划" or \
                formula_model(text, s, e, head.end()) or wrongs(text, e, head.end()) or five_year_plan(text, s, e) or \
                re.search("[等和与的]", AND_WORD.sub("", text[e:head.end()])) or \
                any(w in text[e:head.end()] for w in NAME_STOP
                    if len(w) > 1 and w not in CAMPAIGN_WORDS and w not in OWN_VERBS) or \
                judged_works(text[s:head.end()]):
            continue
        inside = [c for c in matches(doc) if c.label in NAMES and c.start < head.end() and s < c.end]
        if not all(c.end <= head.end() and (c.label == "Program" and c.start > s and c.end > e or
                                            c.label == "Formulation" and (c.start, c.end) == (s, e) and
                                            text[e:head.end()] in HEAD_WORDS or
                                            c.label == "Program" and (c.start, c.end) == (s, e) and
                                            head.re is QUOTED_POLICY or
                                            c.label == "Program" and (c.start, c.end) == (s, e) and
                                            own_topic(text[e:head.end()]) and
                                            not any(e <= a < head.end() for a, _ in quoted(doc)) or
                                            c.label == "Project" and c.start <= s and c.end == head.end() and
                                            NUMBERED_TOKEN.match(text, s, e))
                   for c in inside):
            continue
        drop_matches(doc, inside)  # “不忘初心、牢记使命”主题教育: the vocabulary's 主题教育 is the head of the longer
        # name; “十百千万”工程 is not 千万工程 (a vocabulary name that opens at the quotes stays: “放管服”改革);
        # “四下基层”制度: the quoted token with its head right after it is the scheme; a counted
        # or coded token with 工程 names a scheme (电子商务“五进”工程), a coined one may name works (“引洋入连”输供水工程)
        side = any(b == s for _, b in quoted(doc))  # “戊己”“庚辛”政策: the quoted name before is an item, no topic
        found.append(Match(s if side else topic_start(doc, s), head.end(), "Program"))
        found += quoted_items_before(doc, s, text[e:head.end()],
                                     not any(e <= a < head.end() for a, _ in quoted(doc)))  # “甲”“乙丙计划”: no head
    return found


def quoted_items_before(doc: Doc, start: int, head: str, side_by_side: bool = True) -> list[Match]:
    """The quoted names joined by 、 or written side by side right before a quoted name with its head (“扫黄”、“打非”
    斗争, “星火”、“丰收”计划, “两重”“两新”政策):
    each with the head they share (guideline 2: coordinated names keep their shared head), unless it names a
    programme with a suffix of its own (“百人计划”、“人才兴链”行动) or is matched already."""
    text, ends, items = doc_text(doc), {b: a for a, b in quoted(doc)}, []
    while (end := start - 1 if text[start - 1:start] == "、" and start - 1 in ends else
           start if side_by_side and start in ends else None) is not None:  # “两重”“两新”政策: side by side
        a = ends[end]
        own = [c for c in matches(doc) if c.label == "Program" and (c.start, c.end) == (a, end)]
        if QUOTED_PROGRAM.search(text, a, end) or covered(doc, a, end) and not own or \
                re.search(r"[，,。；;：:、]", text[a:end]):
            break
        drop_matches(doc, own)  # “两重”: the vocabulary's label, here the item of a list sharing the head
        name = text[a:end] + head
        items.append(Match(a, end, "Program", key=vocabulary_key(name), attrs=(("name", name),)))
        start = a  # a vocabulary programme's label (星火计划) cites it
    return items


FORMULA = re.compile(r"[^+＋]+(?:[+＋][^+＋]+)+")  # 监管+服务: parts joined by +, a formula
NUMBER_FORMULA = re.compile(r"[\dNX]+(?:[+＋][\dNX]+)+")  # 4+4, 1+N: numbers joined by +


def formula_model(text: str, start: int, end: int, head_end: int) -> bool:
    """Whether a quoted token and its head name a model written as a formula (“监管+服务”模式, “管委会+公司”运营模式):
    a Formulation (guideline 2: formulas such as 一企一策, 7+18+N), left to extractors/formulations.py."""
    return text.endswith("模式", start, head_end) and bool(FORMULA.fullmatch(text, start, end))


LISTED_KIND = re.compile(r"等([\u4e00-\u9fff]{0,4}?)(?:活动|行动|工程)")  # “A”“B”等系列活动
LISTED_WRONGS = re.compile(lexicons.alternation("program_listed_wrongs"))  # 等非法金融活动: wrongs, not campaigns


def listed_quoted(doc: Doc) -> list[Match]:
    """The quoted names a list gives before the kind it shares (“红色文艺轻骑兵”“文化进万家”“全民阅读”等系列活动):
    each a programme of that kind (guideline 2: a named campaign; coordinated names are separate entities), written
    as quoted, without the kind of activities (活动, 系列行动); a kind of 行动 after 等 is each campaign's head and
    names it (“甲乙、丙丁”“戊己”等专项行动: 甲乙、丙丁专项行动, 戊己专项行动; a two-part slogan an item). Not a quoted list of one name (“腾笼换鸟、凤凰涅槃”攻坚行动: no 等), nor wrongs
    fought (“套路贷”等非法金融活动: program_listed_wrongs)."""
    text, spans, found = doc_text(doc), quoted(doc), []
    ends = {b: (a, b) for a, b in spans}
    for a, b in spans:
        kind = LISTED_KIND.match(text, b)
        if not kind or LISTED_WRONGS.search(kind.group(1)):
            continue
        items = [(a, b)]
        while prev := ends.get(items[-1][0]) or (ends.get(items[-1][0] - 1)
                                                  if text[items[-1][0] - 1:items[-1][0]] == "、" else None):
            items.append(prev)
        head = text[kind.start() + 1:kind.end()]  # 等|专项行动: a campaign's head each item takes (not 等系列行动)
        own = head.endswith("行动") and not kind.group(1).startswith("系列")
        found += [Match(x, y, "Program", attrs=(("name", text[x:y] + head),) if own else ())
                  for x, y in items
                  if 2 <= y - x <= 12 and not re.search(r"[，,。；;]" if own else r"[、，,。；;]", text[x:y]) and
                  not covered(doc, x, y, NAMES)]
    return found


BRAND = re.compile("(" + lexicons.alternation("program_brand_kinds") + "?)品牌")  # “甲乙”|文旅|品牌
BRAND_GOODS = re.compile(lexicons.alternation("program_brand_goods") + "$")  # “甲药”|品牌: a brand of products


def quoted_brands(doc: Doc) -> list[Match]:
    """A quoted name with 品牌 right after it, or a campaign's kind and 品牌 (“甲乙”品牌, “丙丁”文旅品牌,
    “戊己”服务品牌: program_brand_kinds): a place's promotion or service campaign under a coined name, a Program named
    with its head; quoted names joined by 、 before it share it (“甲”、“乙”品牌). Not a list's kind after 等 (“甲”“乙”
    等品牌), nor a product's brand of a field (“甲乙”区域公用品牌, 美食品牌: no kind of program_brand_kinds) or of a
    place's goods (“甲药”品牌: program_brand_goods)."""
    text, spans, found = doc_text(doc), quoted(doc), []
    ends = {b: (a, b) for a, b in spans}
    for a, b in spans:
        brand = BRAND.match(text, b)
        if not brand or not 2 <= b - a <= 16 or re.search(r"[。；;]", text[a:b]) or covered(doc, a, brand.end(), NAMES):
            continue
        if not brand.group(1) and BRAND_GOODS.search(text, a, b):
            continue  # “甲药”品牌, “乙地净菜”品牌: a brand of a place's goods, no campaign (program_brand_goods)
        items = [(a, b)]
        while text[items[-1][0] - 1:items[-1][0]] == "、" and (prev := ends.get(items[-1][0] - 1)):
            items.append(prev)
        head = text[b:brand.end()]
        found += [Match(x, y, "Program", attrs=(("name", text[x:y] + head),)) for x, y in items[1:]
                  if 2 <= y - x <= 16 and not covered(doc, x, y, NAMES)] + [Match(a, brand.end(), "Program")]
    return found


COUNTED_PAIR = re.compile(r"(?<!第)((?:(?:(?![和与及、])[\u4e00-\u9fff]){2,10}、)*(?:(?![和与及、])[\u4e00-\u9fff]){2,10})"
                          r"[和与及]((?:(?![和与及、])[\u4e00-\u9fff]){2,10}?)([两二三四五六七八九])个("
                          + lexicons.alternatives("program_suffix") + ")")  # 甲乙治理和丙丁整顿|两个|攻坚战


def counted_pairs(doc: Doc) -> list[Match]:
    """The items a count sums when the last is joined by 和, 与 or 及 before a programme's head (煤矿瓦斯治理和矿山整顿
    两个攻坚战 gives 煤矿瓦斯治理攻坚战 and 矿山整顿攻坚战; guideline 2: coordinated names keep their shared head,
    without the count): only when the count is the number of items, the first read leftwards, each of two characters
    or more, with no stop word and no name of its own."""
    text, found = doc_text(doc), []
    for m in COUNTED_PAIR.finditer(text) if "个" in text else ():
        items = item_spans(m.group(1), m.start(1)) + [(m.start(2), m.end(2))]
        first = name_start(doc, items[0][1], max_chars=10)
        if first is None or items[0][1] - first < 2 or count_of(m.group(3)) != len(items):
            continue
        items[0] = (max(first, items[0][0]), items[0][1])
        if any(covered(doc, a, b, NAMES) or b - a < 2 or
               any(text[x:y] in NAME_STOP for x, y in token_bounds(doc) if a <= x and y <= b) for a, b in items):
            continue
        head = m.group(4)
        found += [Match(a, b, "Program", attrs=(("name", text[a:b] + head),)) for a, b in items]
    return found


def place_initiatives(doc: Doc) -> list[Match]:
    """Local initiatives named by a word and a place (平安浙江, 健康石家庄, 创新型河北, 美丽浙江; guideline 2), ending
    where the place does: punctuation, a conjunction, 建设 or 行动, a word of the picture it makes (美丽甲省画卷, 新面貌:
    program_initiative_pictures), the quotes closing it (“平安甲县”“法治甲县”), or a
    second initiative of the same place written right after it, with no mark between (平安浙江法治浙江, 法治甲省平安甲省:
    two initiatives)."""
    text, found = doc_text(doc), []
    for start, end in [(p.start, p.end) for p in matches(doc) if p.label == "Place"]:
        lead = INITIATIVE.search(text, max(0, start - 3), start)
        nxt = NEXT_INITIATIVE.match(text, end)
        if lead and (AFTER_INITIATIVE.match(text, end) or any(b == end for _, b in quoted(doc)) or
                     nxt and text.startswith(text[start:end], nxt.end())) and \
                not covered(doc, lead.start(), end, OWN_LABELS) and \
                not any(m.label == "Strategy" and m.start == lead.start() for m in matches(doc)):  # 经济强省、美丽河北
            found.append(Match(lead.start(), end, "Program"))
    return found


TRADE_AREA = re.compile(r"(中国[与和\-－—―]|中|(?<=与)|(?=亚太))((?:[\u4e00-\u9fff]{1,7}、)*[\u4e00-\u9fff]{1,7}?)等?(自贸区|自由贸易区)")
PARTNER_MAX = 4  # characters of a partner after 中 (中韩, 中澳); after 与 a body may be longer (海湾合作委员会)
NO_PARTNER = ("高标准", "高水平", "更高水平")  # 参与|高标准自贸区: a standard, no partner
TALKS = re.compile(r"(?:、[\u4e00-\u9fff]{2,12}?(?:自贸区|自由贸易区))*" + lexicons.alternation("program_talks_after"))


def trade_areas(doc: Doc) -> list[Match]:
    """Free-trade areas China agrees with other countries (中韩自贸区, 中国与冰岛、瑞士自贸区, 与海合会、以色列等自贸区,
    中国-东盟自贸区, 亚太自贸区, 与甲国、海湾合作委员会等自贸区): a trade agreement, a programme, not a zone with an
    administration; each partner of a list keeps the opening and the head. Not when a Chinese place names it (上海自贸区:
    the zone), nor a standard (参与高标准自贸区建设: no partner), nor one still under negotiation (加快甲乙自贸区谈判,
    甲乙、丙丁自贸区完成实质性谈判: program_talks_after; guideline 2, a document still to be written), whose words are
    no zone either."""
    text, found, talks = doc_text(doc), [], []
    for m in TRADE_AREA.finditer(text) if "贸区" in text else ():
        opening, head, pos, items = m.group(1), m.group(3), m.start(2), []
        if opening == "中" and m.start(2) < len(text) and text[m.start(2)] == "国" or \
                covered(doc, m.start(2), m.end(2), {"Place", "Strategy", "Enterprise", "Event", "Policy"}) or \
                m.group(2).startswith(NO_PARTNER) or \
                opening.startswith("中") and any(len(x) > PARTNER_MAX for x in m.group(2).split("、")):
            continue
        if TALKS.match(text, m.end()):
            talks.append(Match(m.start(), m.end(), "Program"))
            continue
        for item in m.group(2).split("、"):
            items.append((pos, pos + len(item), item))
            pos += len(item) + 1
        for i, (a, b, item) in enumerate(items):
            if opening == "中" and i and item.startswith("中"):
                item = item[1:]  # 中韩、中澳自贸区: each partner written with its own 中
            a = m.start() if i == 0 else a
            found.append(Match(a, m.end() if i == len(items) - 1 else b, "Program",
                               attrs=(("name", opening + item + head),)))
    drop_matches(doc, [z for z in matches(doc) if z.label == "Zone" and overlaps(z, found + talks)])
    return found


LABEL_DESIGNATION = re.compile(lexicons.alternation("strategy_designation_scopes") + "?" +
                               lexicons.alternation("strategy_designation_after"))  # 美丽中国|省域先行区
LABEL_LEVEL = re.compile("(?:国家级|国家|全国|省域)$")  # 国家级|乡村振兴示范县: the level that confers it
FIRST_MOVER = ("先行区", "先导区")  # a first-mover area: a designation whatever opens it


def labelled_designations(doc: Doc) -> list[Match]:
    """Designations named by a strategy's label and a designation's head (美丽中国先行区, 美丽中国省域先行区,
    国家级乡村振兴示范县; guideline 2: a first-mover area or a designation that assigns work is a Program): a
    first-mover area (先行区, 先导区) whatever opens it, any other head only after a level that confers it written
    right before the label (国家级, 全国; a scope 省域 belongs to the name too). Not a label's 示范区 without a level
    (乡村振兴示范区, 省级…示范基地: a category or a local title), nor the head a counted list shares (3个|国家…试点).
    The strategy inside is dropped after every family has read it (extractors/strategies.py)."""
    text, found = doc_text(doc), []
    for m in matches(doc):
        if m.label != "Strategy" or not dict(m.attrs).get("designation") or not (d := LABEL_DESIGNATION.match(text, m.end)):
            continue
        level = LABEL_LEVEL.search(text, max(0, m.start - 3), m.start)
        start = level.start() if level else m.start
        if not (d.group().endswith(FIRST_MOVER) or level and level.group() != "省域") or text[start - 1:start] in ("个", "等"):
            continue
        if not covered(doc, start, d.end(), OWN_LABELS | {"Enterprise"}):  # 长三角美丽中国先行区: read by zones
            found.append(Match(start, d.end(), "Program"))
    return found


PILOT = ("试点", "试点城市", "示范城市")  # heads of a pilot a level confers
PILOT_TAKE = lexicons.words("program_pilot_take_verbs")  # 开展|…试点: the verb takes the pilot, no part of it
PILOT_LEVEL = re.compile("国家级?|全国|省级")  # the level that confers a pilot or a designation opens its name


def through_verb(doc: Doc, start: int, suffix_start: int) -> int:
    """Where a pilot's name starts when the words read leftwards from its suffix stopped at a verb inside the
    compound (国家生态产品价值|实现|机制试点, 国家制造业新型技术|改造|城市试点, 国家级|深化|普惠金融改革试点): the noun
    run before the verb, when it opens with the level that confers the pilot (国家, 全国, 省级; 国家 or 国家级 alone
    too) and a noun stands between the verb and the suffix. Not a verb that takes the pilot (开展, 争取, 入选:
    program_pilot_take_verbs), nor a clause's verb after an adverb (稳步推进改革试点). start otherwise."""
    text, tokens = doc_text(doc), token_bounds(doc)
    i = bisect.bisect_left(tokens, (start,)) - 1
    if i < 0 or tokens[i][1] != start or start >= suffix_start:
        return start
    verb = text[tokens[i][0]:start]
    if len(verb) != 2 or verb not in NAME_STOP or verb in PILOT_TAKE or any(a <= tokens[i][0] < b for a, b in quoted(doc)):
        return start
    left = name_start(doc, tokens[i][0], max_chars=12)
    level = PILOT_LEVEL.match(text, left) if left is not None else None
    run = text[left:tokens[i][0]] if left is not None else ""
    if level is None or run != level.group() and (level.group() == "全国" or len(run) - level.end() + left < 2) or \
            run == "全国" or re.search(r"[^\u4e00-\u9fff]", run) or covered(doc, left, tokens[i][0], NAMES):
        return start
    return left


CLAUSE_END = re.compile(r"$|[，,。；;：:！!？?]")
QUANTIFIERS = lexicons.words("quantifiers")  # 在一些|…领域: a quantifier, no verb


PILOTED_COUNT = re.compile(r"的(?:\d+|[一二两三四五六七八九十百千]+)[个家户所]")  # 试点|的84个企业


def pilot_as_verb(doc: Doc, suffix_start: int, suffix_end: int) -> bool:
    """Whether a bare 试点 ending its clause is the clause's verb, "to pilot in" the place or scope after 在
    (在8个省(市)试点, 优先在边境县、民族地区贫困县试点, 在东北地区部分行业先行试点): 在 stands as a word in the clause
    before it and no verb stands between them (在…领域推行|…试点, 在…开展|…试点: the verb takes the pilot; a
    quantifier such as 一些 or 部分 is none), or a verb whose units are counted after 的 (甲省试点的84个企业). No
    programme is named then."""
    text = doc_text(doc)
    if text[suffix_start:suffix_end] == "试点" and PILOTED_COUNT.match(text, suffix_end):
        return True  # 甲省试点的84个企业: the firms piloted, counted after 的; no pilot named
    if text[suffix_start:suffix_end] != "试点" or not CLAUSE_END.match(text, suffix_end):
        return False
    clause = clause_start(text, suffix_start, "，,。；;：:！!？?")
    words = [text[a:b] for a, b in token_bounds(doc) if clause <= a and b <= suffix_start]
    return "在" in words and not any(len(w) > 1 and (w in PILOT_TAKE or w in ANY_VERB) and w not in QUANTIFIERS
                                    for w in words[len(words) - words[::-1].index("在"):])


INSTRUMENT = re.compile(lexicons.alternation("program_owned_instruments"))
OWNER = re.compile(r"国家(?!级)|全国|中央|(?<!全)省(?![级市])")  # 全国|社会保障基金, 中央|预算稳定调节基金; 省级 a
# rank, 全省 a scope


def owned_instruments(doc: Doc) -> list[Match]:
    """Instruments of state named by the level or place that owns them (全国社会保障基金, 中央预算稳定调节基金,
    浙江社保科创基金; guideline 2: named instruments of state are Programs): the name read
    leftwards from the head (program_owned_instruments), opened by 国家, 全国, 中央, 省 or a place, with no
    conjunction inside (中央和地方政府性基金: a kind shared). Not a bare kind (产业基金), one held by a rank (省级引导基金) or
    a scope (全省…基金), nor opened by a place's short name that is an ordinary word (港口产业…基金)."""
    text, found = doc_text(doc), []
    for m in INSTRUMENT.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        owner = OWNER.search(text, max(0, (start or 0) - 2), start or 0)
        if start is not None and owner and owner.end() == start:
            start = owner.start()  # 全国|社会保障基金: the reading stops after the level word, which opens the name
        if start is None or m.start() - start < 2 or not (OWNER.match(text, start) or place_first(text[start:m.start()]) and
                                                      not text.startswith(tuple(WORDLIKE), start)) or \
                re.search("[和与及、]", text[start:m.start()]) or covered(doc, start, m.end(), OWN_LABELS | {"Enterprise"}):
            continue
        found.append(Match(start, m.end(), "Program"))
    return found


PLUS_INITIATIVE = re.compile(lexicons.alternation("program_plus_sectors") + r"[+＋](?=$|[^\w+＋×]|[和与及等])")


def plus_initiatives(doc: Doc) -> list[Match]:
    """The "X+" initiatives (互联网+, 人工智能+, 信用+: program_plus_sectors) where the + closes the name, followed by
    punctuation, a conjunction or 等 (运用好互联网+，; 信易+等应用领域): a Program (guideline 2's 互联网+ decision).
    Not the second half of a longer sector (工业|互联网+) nor a formula's part (+互联网, 1+N)."""
    text, starts = doc_text(doc), token_starts(doc)
    found = []
    for m in PLUS_INITIATIVE.finditer(text):
        s = m.start()
        before = next((text[a:b] for a, b in token_bounds(doc) if b == s), "")
        if s not in starts or text[s - 1:s] in ("+", "＋") or before in INDUSTRY_WORDS or \
                covered(doc, s, m.end(), NAMES):
            continue
        found.append(Match(s, m.end(), "Program"))
    return found


_GOODS = lexicons.alternation("program_village_goods")
TO_VILLAGES = re.compile(f"{_GOODS}(?:、?{_GOODS})*下乡")  # 家电下乡, 汽车、摩托车下乡: goods sold to villages
VILLAGE_HEAD = re.compile("活动|行动|工程")  # 家电下乡|活动: the head written after it
VILLAGE_SHARED = re.compile(r"[和与及][\u4e00-\u9fff]{2,6}?(活动|行动)")  # …下乡|和以旧换新活动: a head shared


YEAR_THEME = re.compile(lexicons.alternation("program_year_themes") + "年")
YEAR_THEME_AFTER = re.compile(r"$|[^\u4e00-\u9fff]|[、和与及]")  # 项目建设年、…: where an unquoted themed year ends


def themed_years(doc: Doc) -> list[Match]:
    """A themed year a government gives its work, quoted or not (项目建设年, 营商环境突破年, “项目攻坚年”): its object
    read leftwards (two characters or more) and a word of program_year_themes right before 年, which ends a word
    and the name (punctuation or a conjunction after it, or the quotes closing it whole: “高质量发展重点突破年”为抓手;
    …年活动 is the suffix rule's). Not years counted (三年攻坚, no object read), nor 年 opening another word (建设年度,
    提升年均)."""
    text, found, ends = doc_text(doc), [], token_ends(doc)
    for m in YEAR_THEME.finditer(text) if "年" in text else ():
        whole = next((a for a, b in quoted(doc) if a < m.start() and b == m.end()), None)
        start = whole if whole is not None else name_start(doc, m.start(), max_chars=12)
        if m.end() not in ends or start is None or m.start() - start < 2 or \
                whole is None and not YEAR_THEME_AFTER.match(text, m.end()) or \
                re.search(r"[\d一二两三四五六七八九十百]$", text[:m.start()]) or covered(doc, start, m.end()):
            continue
        found.append(Match(start, m.end(), "Program"))
    return found


def goods_to_villages(doc: Doc) -> list[Match]:
    """Campaigns that sell manufactured goods to the countryside, written goods + 下乡 with no head word (家电下乡,
    “农机下乡”, program_village_goods): a Program, with the qualities written before the goods (绿色智能家电下乡), a
    head written after it (…下乡活动) or one it shares with the next item (…家电下乡和以旧换新活动: …家电下乡活动,
    guideline 2: coordinated names keep their shared head). A quoted list of goods is the one name written
    (“汽车、摩托车下乡”). People, capital or shows going to the villages (人才下乡, 送戏下乡) name no goods."""
    text = doc_text(doc)
    found = []
    for m in TO_VILLAGES.finditer(text):
        start = next((a for a, b in quoted(doc) if a <= m.start() < b), None)
        if start is None:
            start = name_start(doc, m.start(), max_chars=6)
            start = m.start() if start is None else start
        end, attrs = m.end(), ()
        if head := VILLAGE_HEAD.match(text, end):
            end = head.end()
        elif shared := VILLAGE_SHARED.match(text, end):
            attrs = (("name", text[start:end] + shared.group(1)),)
        if not covered(doc, start, end, NAMES):
            found.append(Match(start, end, "Program", attrs=attrs))
    return found


OUTLINE = re.compile(r"[(（][一二三四五六七八九十\d]{1,3}[)）]")  # (一), (五): the number of a section of the report


def central_inspections(doc: Doc, found: list[Match]) -> list[Match]:
    """The centre's inspection written before a province's or a city's and sharing its name (中央和省环保督察 gives
    中央环保督察 and 省环保督察; guideline 2: coordinated names keep their shared head): for a programme found that
    opens with the level and ends with an inspection's kind (program_inspection_kinds), 中央 with the words after
    the level."""
    text, more = doc_text(doc), []
    for f in found:
        level = INSPECTION_LEVEL.match(text, f.start)
        if level and text.endswith(INSPECTIONS, f.start, f.end) and \
                CENTRAL_AND.search(text, max(0, f.start - 3), f.start):
            more.append(Match(f.start - 3, f.start - 1, "Program", attrs=(("name", "中央" + text[level.end():f.end]),)))
    return more


def listed_systems(doc: Doc) -> list[Match]:
    """The systems a list names before 等制度 (健全代办员、企业保姆等制度; guideline 2: coordinated names keep their
    shared head): each item that names one as it would alone, ending in a word of program_system_scheme_heads (an
    office set up: 代办员, 法律顾问) or quoted whole (“三重一大”), with 制度; other items name a field or a procedure
    (规范性文件审查备案), none."""
    text, found = doc_text(doc), []
    quotes = {b: a for a, b in quoted(doc)}
    for m in re.finditer("等制度", text):
        pos = m.start()
        while pos in token_starts(doc):
            s = quotes.get(pos) or (text.rfind("、", 0, pos) + 1 if text.rfind("、", 0, pos) >= pos - 13 else 0)
            if text[s - 1:s] != "、" and pos not in quotes:
                s = name_start(doc, pos, max_chars=12)
            if s is None or not _ITEM.fullmatch(text, s, pos):
                break
            if (pos in quotes or text.endswith(SCHEME_HEADS, s, pos)) and not covered(doc, s, pos, NAMES):
                found.append(Match(s, pos, "Program", attrs=(("name", text[s:pos] + "制度"),)))
            if text[s - 1:s] != "、":
                break
            pos = s - 1
    return found


def items_before_vocabulary(doc: Doc, suffix: re.Match, found: list[Match]) -> list[Match]:
    """The items joined by 、 before a vocabulary programme that share its suffix (蓝天、碧水、碧海、净土保卫战 gives
    碧海保卫战 and the others the vocabulary does not list; guideline 2: coordinated names keep their shared head):
    each a whole word as long as the vocabulary name's own words before the suffix (净土), no other match over it."""
    text = doc_text(doc)
    vocab = next((c for c in matches(doc) if c.label == "Program" and c.key and c.end == suffix.end() and
                  c.start < suffix.start()), None)
    if vocab is None:
        return []
    size, pos, items = suffix.start() - vocab.start, vocab.start, []
    starts, ends = token_starts(doc), token_ends(doc)
    while text[pos - 1:pos] == "、" and pos - 1 - size >= 0:
        a, b = pos - 1 - size, pos - 1
        if a not in starts or b not in ends or not _ITEM.fullmatch(text, a, b) or covered(doc, a, b) or \
                any(f.start < b and a < f.end for f in found) or text[a:b] in NAME_STOP:
            break
        name = text[a:b] + text[suffix.start():suffix.end()]
        items.append(Match(a, b, "Program", key=vocabulary_key(name), attrs=(("name", name),)))
        pos = a  # 蓝天保卫战: a vocabulary programme's label cites it
    return items


def period_plan(head: str) -> bool:
    """Whether the words before 计划 name only the period it covers (一九九一年, 后三年, 两年; 年度 with the field
    planned: 年度建设, 向社会公布年度住房建设): the plan of that period, the targets set for it, no programme; a topic
    before the years names a plan of its own (甲乙增收五年计划)."""
    return any(a in head for a in ANNUAL) or bool((y := YEARS_PLANNED.search(head)) and y.start() == 0)


def through_outcome(doc: Doc, start: int) -> int:
    """Where a name starts when the words read leftwards stopped at the outcome a mechanism brings about, right
    before 机制 (人民币汇率|形成|机制改革, 降碳产品价值|实现|机制改革: program_mechanism_outcomes): the verb belongs to
    the one mechanism named, and the name goes on through it up to its own stop. start otherwise (or when nothing
    stands before the verb)."""
    text, tokens = doc_text(doc), token_bounds(doc)
    i = bisect.bisect_left(tokens, (start,)) - 1
    if i < 0 or tokens[i][1] != start or not MECHANISM_NAMED.fullmatch(text, tokens[i][0], start + 2):
        return start
    left = name_start(doc, tokens[i][0], max_chars=16)
    return start if left is None else left


def described_system(head: str) -> bool:
    """Whether the words before 制度 name only a field or sector (收入分配, 公务员工资) or a body's own procedure (信息发布,
    备案审查), not what a system provides (最低工资): the order described, no programme (tests/gold/README.md,
    eleventh pass, decision 1)."""
    return head.endswith(SECTOR_SYSTEM + PROCEDURE_SYSTEM) and not head.endswith(SCHEME_HEADS)


def find_programs(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = []
    ends = token_ends(doc)
    places = {p.start for p in matches(doc) if p.label == "Place"}
    for m in PROGRAM_SUFFIX.finditer(text):
        if m.end() not in ends and not (m.end() + 1 in ends and text[m.end()] in "省市县区镇村") or \
                m.group() == "计划" and text.startswith(PLAN_WORDS, m.end()):
            continue  # 计划|生育 read as one word (计划生育): the suffix is the first half of a longer word
        longer = PROGRAM_SUFFIX.search(text, m.end(), m.end() + 6)
        gap = text[m.end():longer.start()] if longer else "-"
        if re.fullmatch(r"[\u4e00-\u9fff]{1,4}", gap) and gap not in NAME_STOP and gap[0] not in AND or \
                not gap and longer.group() in NAMED_BY_SUFFIX:
            continue  # 儿童友好城市|建设行动, 五年行动|计划: the name goes on to a longer programme's suffix (not over a
            # conjunction: 强基工程|和雪亮|工程 are two)
        if pilot_as_verb(doc, m.start(), m.end()):
            continue  # 在8个省(市)试点: to pilot in them, no pilot named
        start = name_start(doc, m.start(), max_chars=20)
        if start is not None:
            start = through_outcome(doc, start)
        if start is not None:
            start = next((c.start for c in matches(doc) if c.label == "Strategy" and c.start < start < c.end <=
                          m.start()), start)  # 高标准市场体系|建设行动: a concept's words are never cut by a name stop
        if start is not None and (outline := OUTLINE.match(text, start)):
            start = outline.end()  # (一)用改革的办法: a section's number opens the paragraph, never a name
        if start is not None:
            start = through_and_word(doc, start)  # “五好两宜”|和美乡村试点: 和 opens a word, no conjunction
        if start is None and m.group() in NAMED_BY_SUFFIX:
            start = own_verb_start(doc, m.start()) or verb_conjunct_start(doc, m.start())
        if start is not None:
            start = manner_start(doc, conjunct_start(doc, start, m), m.start())
        if start is not None and text[start:m.start()] in GENERIC_HEAD:
            start = through_own_verb(doc, start)  # 市场准入壁垒|清理|整治行动: 整治 alone is a kind
        if start is not None and text[max(0, start - 2):start] in ("全国", "国家"):
            start -= 2  # 全国…试点: the scope word belongs to the name
        if start is not None:
            start = after_clause_words(doc, start, m.start())
        if start is not None and m.group() in PILOT:
            start = through_verb(doc, start, m.start())
        if start is not None and (own := next((a for a, b in quoted(doc) if start < a and
                                               whole_coined(text, a, b, m.end())), None)) is not None:
            start = own  # 高职学校“甲乙计划”: the words before a coined name quoted whole are its field
        read = start
        if start is not None:  # 量子信息“千家|场景”行动: a quoted token before the suffix is one word, never cut by
            start = next((a for a, b in quoted(doc) if a < start < b < m.end() and  # the leftward reading (not
                          not re.search("[等、和与及的]", text[b:m.start()]) and  # “A”等集成改革: a list's kind;
                          not any(b <= x < m.end() for x, _ in quoted(doc))), start)  # “A”“八大行动”: another name)
        if start is not None and (whole := next((a for a, b in quoted(doc) if a < start < b == m.end() and
                                                 (f := NUMBER_FORMULA.match(text, a)) and start <= f.end()),
                                                None)) is not None:
            drop_matches(doc, [c for c in matches(doc) if c.label == "Formulation" and whole <= c.start < start])
            start = whole  # “4+4科创工程”: the numbers opening a quoted name are its own, not cut at the +
        start = after_committee(doc, start)
        cut = read != start  # a quoted token made whole opens the name: a coined name, no count, no list's item
        if start is not None:
            start = after_round(text, start, m.start())
        if start is None or covered(doc, m.start(), m.end()) or any(f.start < m.end() and start < f.end for f in found):
            found += items_before_vocabulary(doc, m, found)  # 蓝天、碧水、碧海、|净土保卫战: the items share its suffix
            continue
        if not cut and (verbs := shared_object_verbs(doc, start, m.end())):
            found += verbs  # 甲乙投资、运营|公司改革试点: two verbs of one object
            continue
        if m.group() == "试点" and any((p.start, p.end) == (start, m.start()) for p in matches(doc) if p.label == "Place"):
            continue  # 总结甲省试点经验: the pilot run in a place, named by the place alone, no programme
        inside = [c for c in matches(doc) if c.label in OWN_LABELS and c.start < m.end() and start < c.end]
        # a system named after a programme that is no system swallows it too (计划生育|家庭特别扶助制度,
        # 计划生育|目标管理责任制), not a system's own working rules (河长制|工作制度) nor the programme + 制度 itself
        # (碳排放双控|制度 is 碳排放双控)
        if any(c.start < start or c.end > m.end() or (c.start, c.end) == (start, m.end()) for c in inside) or \
                inside and m.group() not in SWALLOWS and not (m.group() in ("制度", "责任制", "负责制") and all(
                    c.end < m.start() and not text.endswith(("制", "制度"), c.start, c.end) for c in inside)):
            continue
        for c in inside:  # 高标准农田建设 inside 整地市级高标准农田建设试点: the longer name is the programme
            matches(doc).remove(c)
        if m.group() == "制度" and (verb := SYSTEM_VERB.match(text, start)) and verb.end() < m.start() and \
                any(a == verb.end() for a, _ in token_bounds(doc)):
            start = verb.end()  # 改革|考试招生制度: the system is named after the verb that acts on it
        head = text[start:m.start()]
        if m.group() == "计划" and text.startswith("经济", m.end()) and \
                sum(start <= a and b <= m.start() for a, b in token_bounds(doc)) < 2:
            continue  # 传统|计划经济: the planned economy; a head of two words or more names a plan (甲乙|振兴|计划|经济效益)
        if COUNTED.match(text, m.end()) and not EXTENT.match(text, m.end()):
            continue  # 城中村改造工程236个: a kind of works counted, not a programme (…工程10万亩: its extent)
        if m.group() == CHANNEL and not head.endswith(CHANNEL_PARTIES):
            continue  # 旅游直通车, 搭建直通车: a bus service or a verb, no channel for those it serves
        if m.group() == "工程" and FIRM_AFTER_RE.match(text, m.end()):
            continue  # 市政工程有限公司: the trade of a firm's name, no programme
        if (m.group() in QUOTED_ONLY or m.group() == "制度" and len(head) < NAMED_SYSTEM and
                not (len(head) > 1 and head.endswith(SCHEME_HEADS))) and \
                not any(start <= a < m.start() for a, _ in quoted(doc)):
            continue
        inner = [(a, b) for a, b in quoted(doc) if start <= a and b <= m.start()]
        if len(inner) >= 2:  # “府院联动”“府检联动”工作机制: each quoted name with the head they share (guideline 2:
            head = text[inner[-1][1]:m.end()]  # coordinated names keep their head), but a name of its own stays
            found += [Match(a, b, "Program", attrs=() if LAST_SUFFIX.search(text[a:b]) else (("name", text[a:b] + head),))
                      for a, b in inner[:-1] if not covered(doc, a, b)] + [Match(inner[-1][0], m.end(), "Program")]
            continue  # as written (“芙蓉计划”“湘智兴湘”行动)
        if any(a == start and not whole_coined(text, a, b, m.end()) for a, b in quoted(doc)):
            start = topic_start(doc, start)  # 行政执法“三项制度”: the topic before the quotes belongs to the name
            # (服务企业“陪办团”制度 keeps it already)
        plain = not any(start <= a < m.start() for a, _ in quoted(doc))  # no quoted name inside it (“…”工程)
        if plain and text[start - 1:start] == "等" and any(
                p.label == "Project" and p.end < start and dict(p.attrs).get("name", "").endswith(text[start:m.end()])
                for p in matches(doc)):
            continue  # 甲乙、丙丁等应急调水工程: the kind the listed works share (甲乙应急调水工程), no programme
        if plain and text.startswith(KIND_OPENERS, start):
            continue  # 群众性精神文明创建活动: activities of a kind the masses take part in, no one campaign named
        if m.group() == "改革" and (pair := firm_form_reforms(doc, m.start(), m.end())):
            found += pair
            continue
        if m.group() == "改革" and head not in REFORM_HEADS and (
                len(head) < 4 and not REFORMED_INSTRUMENT.search(head) or (sector := SECTOR_REFORM.search(head)) and
                (sector.group() != "综合" or not any(start <= a < m.start() for a in places)) and
                not MECHANISM_NAMED.search(head) or
                head.endswith(REFORM_OBJECT) or
                head.endswith("市场化") and not head.removesuffix("市场化").endswith(MARKET_FREED)) and plain:
            continue  # 财税体制改革, 政府机构改革: reforms named by their sector (新一轮义乌国际贸易综合改革: a
            # place's own, 国务院机构改革, 农垦改革: one body's or scheme's own, 汇率形成机制改革: one mechanism's);
            # 依靠改革: the reform a clause speaks of; 要素市场化改革: a sector made market-led (利率市场化改革: one
            # rate freed, program_market_instruments)
        if m.group() == "制度" and any(text.endswith(v, 0, start) and start - len(v) in token_starts(doc)
                                      for v in REFORMED_SYSTEM) and plain:
            continue  # 改革|信访工作制度: the order a sector has, to be changed, no programme named
        if m.group() == "制度" and described_system(head) and plain:
            continue  # 社会主义基本经济制度, 收入分配制度: the order of a sector described, not a named system;
            # 政府信息发布制度: a body's own procedure, described
        if m.group() == "制度" and head.endswith("管理") and head[:-2] in BARE_MANAGEMENT and plain:
            continue  # 内部管理制度, 价格管理制度: how a unit runs itself or a kind of thing is managed, no system named
        if m.group() in RESPONSIBILITY and only_words(head, RESPONSIBILITY_GENERIC, 1) and plain:
            continue  # 岗位责任制, 目标管理责任制: named by a generic word for work or post, no duty held to account
        if m.group() == "制度" and head.endswith(SYSTEM_FUNCTIONS) and text.endswith(IMPROVING, 0, start) and plain:
            continue  # 完善|甲乙管理制度, 健全|丙丁监管制度: the order a field has, improved, no system named (实行|最严格的
            # 甲乙管理制度, 建立|丙丁绩效管理制度 left to the rules above)
        if text.endswith(NUMBERED_SETS, start, m.end()) and plain or counted_package(text, start, m.end()):
            continue  # (20项)民生工程, “十大惠民工程”: how many livelihood works of the category a government promises,
            # quoted or not, no scheme named
        if m.group() == "工程" and (judged_works(text[start:m.end()]) or plain and (
                only_words(head.replace("工程", "、"), WORKS_KINDS, 1) or ranked_works(text, start, head))):
            continue  # 重大水利工程, 在建工程, 重大工程重点工程: a category of works, not a named programme
        if m.group() == "计划" and text.endswith(PLAN_DRAFT_VERBS, 0, start) and plain:
            continue  # 制定实施城乡居民增收计划: a plan still to be drafted, a document not yet written
        if m.group() == "计划" and plain and (period_plan(head) or SHARE_AFTER.match(text, m.end())):
            continue  # 年度建设计划, 后三年计划, 占年计划的137%: the plan of a period, its targets, no programme
        if m.group() == "计划" and text.startswith(PLAN_VERBS_AFTER, m.end()) and plain:
            continue  # 粮食产量计划达到…, 今后八年计划建设的项目: the verb "plans to", no plan named
        if m.group() == "工程" and head.endswith(FACILITY_WORKS) and plain and \
                any(k in head.removesuffix(next(w for w in FACILITY_WORKS if head.endswith(w))) for k in FACILITY_KINDS):
            continue  # 甲乙机场改扩建工程, 丙丁航运枢纽主体工程: a facility's works, a Project, no programme
        if m.group() == "工程" and any(w in head for w in WORKS_PARTS) and plain:
            continue  # 在建项目及其配套工程: works of a kind and their parts, no named programme
        if m.group() == "工程" and head.endswith(WORKS_RANKS_AFTER) and len(head) > 2 and \
                not re.search(r"[一二两三四五六七八九十百千\d]+[大项个]$", head[:-2]) and plain:
            continue  # 环保重点工程, 节能重点工程: a sector's key works, a kind (十大重点工程: a named set)
        if m.group() in BATTLES and plain and only_words(ROUNDS.sub("", head), OUTBREAK_WORDS, 1):
            code = next((a for a, b in quoted(doc) if start - 1 <= b <= start), None)
            if code is not None:
                found.append(Match(code - (text[code - 1:code] in "“\""), m.end(), "Program"))  # “0801”疫情防控阻击战: a quoted code names it
            continue  # 打好疫情防控阻击战, 几场局部聚集性疫情歼灭战: the fight against an outbreak, no campaign named
            # (新冠肺炎疫情保卫战: named by the disease)
        if m.group() == "督察" and head in INSPECTION_FIELDS and plain:
            continue  # 抓好|环保督察, 各类|环保督察: the kind of inspection, no campaign named (中央生态环保督察 is one)
        if m.group() == "专项整治" and any(w in head for w in FIELD_WORDS) and plain:
            continue  # 化工行业专项整治, 矿产资源领域专项整治: the campaign each trade or field runs, a kind
        if m.group() in ("计划", "行动") and (plain and head.endswith(NOT_SCHEME) or
                                            m.group() == "计划" and FIVE_YEAR_RE.fullmatch(head)):
            continue  # 现行计划, 国民生产总值计划, 用实际行动: ordinary language or the economy's plan; 七五计划, “十五”
            # 计划: a document, quoted or not
        if not cut and (last := counted_last_item(text, start)) is not None and \
                (items := coordinated(doc, last, m.end(), found)):
            found += items
            continue  # 安全生产、节能减排|三项|集中行动: the items the count sums share the head (安全生产集中行动 …)
        if head in GENERIC_HEAD or head in BARE_HEAD or is_size(head) or m.end() - start < MIN_NAME or \
                not cut and (re.match(r"^(?:[元亿万\d]|[一二三四五六七八九十百千]+[个大项])", head) and
                             not (m.group() in ("工程", "行动") and (n := COUNTED_SET.match(head)) and
                                  not only_words(head[n.end(1):], WORKS_KINDS, 1)) or PERIOD_ONLY.fullmatch(head)):
            continue
        if (code := CODE.search(text, max(0, start - 8), start)) and "\u4e00" <= text[start] <= "\u9fff" and \
                text[start] not in UNITS:
            start = code.start()  # 实施|1820策源行动: a scheme's number opens its name
        if summed := counted_items(doc, start, m.end()):
            found += summed
            continue
        if m.group() == "工程" and COUNTED_BEFORE.search(text, max(0, start - 16), start) and \
                not any(start <= a < m.start() for a, _ in quoted(doc)):
            continue  # 6183座病险水库除险加固工程, 国内首个风光火储一体化工程: works of a kind, none named
        r = ROUND.search(text, max(0, start - 5), start)  # 种业振兴、新一轮|粮食产能提升行动: the list's last item
        opened = r.start() if r and r.end() == start else start  # opens with the round its name leaves out
        joined = text[opened - 1:opened] in AND and SUMMED_HEAD.search(text, opened + 2, m.end())  # 蓝天、碧水和|
        # 农村环保三大工程: the last item joined by 和 where a count sums the items
        items = coordinated(doc, opened, m.end(), found) if (text[opened - 1:opened] == "、" or joined) and not cut \
            else []
        items = [] if items is None and joined else items
        # “315”…、“415X”|…工程: a quoted token the reading had cut names its own, no item of a list
        if items is None and m.group() in LISTED_PILOT_HEADS and not cut:
            found += listed_pilots(doc, start, m.end(), m.group())  # 城中村、城乡结合部治理试点: no head aligns, 试点
            # shared (甲乙改造、丙丁转型试点城市: the designation)
            continue
        if items is None:
            continue
        if m.group() == "制度":  # 收入分配、社会保障制度: items named by a field or a procedure name no system
            items = [i for i in items if not described_system(dict(i.attrs)["name"].removesuffix("制度"))]
        items = [Match(start, i.end, "Program", attrs=(("name", dict(i.attrs)["name"][start - opened:]),))
                 if i.start == opened else i for i in items]
        found += items or parallel_conjuncts(doc, start, m.end(), m.start()) or [Match(start, m.end(), "Program")]
    coined = [Match(m.start(), m.end(), "Program") for m in (*SERVICE_CIRCLE.finditer(text), *CENSUS.finditer(text), *short_censuses(doc),
                                                             *HOTLINE.finditer(text), *CHIEF_SYSTEM.finditer(text),
                                                             *LAND_RETURN.finditer(text), *TITLES_AT_ONCE.finditer(text),
                                                             *COUNTED_CAMPAIGNS.finditer(text))
               if not covered(doc, m.start(), m.end(), NAMES)] + circles_sharing_reach(doc)
    forms = [Match(m.start(), m.end(), "Program") for m in SERVICE_FORM.finditer(text)
             if not covered(doc, m.start(), m.end(), NAMES)]
    forms += [Match(m.start(), m.end(), "Program") for m in CHANNEL_COINED.finditer(text)
              if (m.start(), m.end()) in quoted(doc) and not covered(doc, m.start(), m.end(), NAMES)]
    forms += [Match(platform_start(doc, m.start()), m.end(), "Program") for m in ONE_PLATFORM.finditer(text)
              if (m.start(), m.end()) in quoted(doc) and not covered(doc, m.start(), m.end(), NAMES)]  # 急救“一张网”
    areas = trade_areas(doc)
    listed = cluster_items(doc)
    heads = {(m.end, dict(m.attrs)["name"][m.end - m.start:]) for m in listed}
    def shared(f: Match) -> bool:  # A、B等6个|国家物流枢纽承载城市, A、B获批|国家…集群: the head the items share
        return any(text.startswith(h, f.start) and 0 <= f.start - e <= 4 and f.end - f.start == len(h) for e, h in heads)
    found = [f for f in found if not shared(f)]
    pilots = listed_schemes(doc)
    found = [f for f in found if not any(a <= f.start and f.end <= b for _, a, b in pilots)]  # 等|消费领域国家试点
    listed += [p for p, _, _ in pilots]
    for m in areas + owned_instruments(doc) + plus_initiatives(doc) + labelled_designations(doc) + quoted_with_head(doc) + listed_quoted(doc) + place_initiatives(doc) + quoted_brands(doc) + goods_to_villages(doc) + themed_years(doc) + coined + forms + listed + shared_levels(doc) + [d for d in designations(doc) if not shared(d)] + provincial_designations(doc) + province_clusters(doc) + bare_designations(doc) + level_kinds(doc) + launched_campaigns(doc) + listed_systems(doc) + counted_pairs(doc) + pairings(doc) + rights_markets(doc) + tech_markets(doc) + basin_schemes(doc):
        if not overlaps(m, found):
            found.append(m)
    for s, e in quoted(doc):
        term = text[s:e]
        after = QUOTED_KIND.match(text[e:e + 4]) or QUOTED_PROGRAM.search(term) or ONCE.search(term) or \
            FIGHT_COUNT.search(term) or \
            (None if text.startswith(LONG_VERBS, e) else BATCH_COUNT.search(term))  # not “六个一批”|推动…: a method
        if after and formula_model(text, s, e, e + (len(after.group()) if after.string is not term else 0)) or \
                FIVE_YEAR_RE.fullmatch(term) or (kind := LISTED_KIND.match(text, e)) and wrongs(text, e, kind.end()):
            continue  # “九五”建设的, “十五”计划: a five-year period or its plan (a document), no programme's name;
            # “套路贷”等非法金融活动: a wrong fought
        inner = [c for c in matches(doc) if c.label == "Program" and s < c.start and c.end <= e]
        if after and after.string is term and inner and not any(c.start < e and s < c.end for c in matches(doc)
                                                               if c not in inner):
            drop_matches(doc, inner)  # “百千万工程”: a coined name quoted whole, not the vocabulary's 千万工程 inside it
        if after and 2 <= len(term) <= 12 and not covered(doc, s, e) and not any(f.start < e and s < f.end for f in found) and not re.search(r"[、，,。]", term):
            kinds = ("行动", "工程", "改革", "制度", "试点", "机制")
            end = e + len(after.group()) if after.string is not term and after.group() in kinds else e
            named = end > e or term.endswith(kinds) or after.re is ONCE and len(term) <= ONCE_BARE  # 行政执法“三项制度”:
            # a kind is named, the topic belongs to it, as the thing done once does to a bare verb (报表数据“只报一次”;
            # not to a quoted name that holds its own: “基层报表数据只报一次”)
            if judged_works(text[s:end]) or counted_package(text, s, e):
                continue  # 不搞“形象工程”, “半拉子”工程: works judged
            found.append(Match(topic_start(doc, s) if named else s, end, "Program"))
    found += central_inspections(doc, found)
    found = pilot_places(doc, [c for c in (after_quotes(doc, m) for m in found) if c])
    return sorted((m for m in changed_into(doc, found) if not text.endswith(AWARDED, m.start, m.end) and
                   not AWARD_AFTER.match(text, m.end) and not many_of_a_kind(doc, m) and not won_title(text, m)),
                  key=lambda x: x.start)


PLATFORM_FIELD_ENDS = tuple(lexicons.terms("program_platform_field_ends"))  # 国土空间规划|“一张图”: the plan mapped


def platform_start(doc: Doc, start: int) -> int:
    """Where a quoted one-platform's name starts (甲乙急救“一张网”, 国土空间规划“一张图”): its field, read leftwards
    from the quotes (topic_start), over a word of program_platform_field_ends that closes the field (规划: the plan
    mapped, a noun there), and over a second field joined to it by 和, 与 or 及 (自然资源管理和国土空间规划“一张图”:
    one map of both)."""
    text = doc_text(doc)
    end = next((start - len(w) for w in PLATFORM_FIELD_ENDS if text.endswith(w, 0, start)), start)
    field = topic_start(doc, end, TOPIC_MAX)
    if text[field - 1:field] in AND and (other := name_start(doc, field - 1, max_chars=TOPIC_MAX)) is not None and \
            field - 1 - other >= 2 and not covered(doc, other, field - 1, NAMES) and \
            not any(other < b < field for _, b in quoted(doc)):  # 甲乙“一张网”和|丙丁规划“一张图”: two platforms
        return other
    return field


def circles_sharing_reach(doc: Doc) -> list[Match]:
    """Circles written right after a service circle and sharing its reach (15分钟公共文化服务圈和公共体育健身圈,
    15分钟“健身圈”“阅读圈”; guideline 2: coordinated names keep what they share): each a programme named with the
    reach, joined by 和/与/及 or quoted side by side (、 only before a quoted one); not a clause (…圈、推进…商圈)."""
    text, found = doc_text(doc), []
    opens = {a for a, _ in quoted(doc)}
    for m in SERVICE_CIRCLE.finditer(text):
        reach, end = CIRCLE_REACH.match(text, m.start()).group(), m.end()
        while (n := NEXT_CIRCLE.match(text, end)) and (n.group(1) not in ("", "、") or n.start(2) in opens) and \
                not text.startswith(LONG_VERBS, n.start(2)):
            found.append(Match(n.start(2), n.end(2), "Program", attrs=(("name", reach + n.group(2)),)))
            end = n.end()
    return found


def after_quotes(doc: Doc, m: Match) -> Match | None:
    """A name read leftwards mended at quotation marks: one that ends with a quoted name and runs back over other
    quoted names is that last quoted name alone (“甲乙、丙丁”“戊己”“庚辛行动” gives 庚辛行动); one that starts inside a
    quoted name opening it takes the whole quotation (“甲乙100”上市行动, not 100上市行动). A list's item (its name
    given) stays; None when what is left is too short to name one."""
    if "name" in dict(m.attrs):
        return m
    spans = quoted(doc)
    last = next((a for a, b in spans if b == m.end and m.start < a), None)
    if last is not None and any(m.start < b <= last for _, b in spans):
        return Match(last, m.end, m.label, m.key) if m.end - last >= MIN_NAME else None
    opening = next((a for a, b in spans if a < m.start < b < m.end), None)
    return m if opening is None else Match(opening, m.end, m.label, m.key)


def pilot_places(doc: Doc, found: list[Match]) -> list[Match]:
    """A pilot written with the kind of place it is given to (甲乙建设试点县, 丙丁试点县市, 戊己试点县城): the kind
    belongs to its name, as 城市 does to …试点城市 (guideline 2), where it ends the word (not 试点市场) and the places
    holding it are not counted after it (甲乙改革试点县市达到1300多个: the pilot, its holders counted)."""
    text, ends = doc_text(doc), token_ends(doc)
    out = []
    for m in found:
        k = PILOT_PLACE.match(text, m.end) if text.endswith("试点", m.start, m.end) and "name" not in dict(m.attrs) \
            else None
        out.append(Match(m.start, k.end(), m.label, m.key)
                   if k and k.end() in ends and not HOLDERS_COUNTED.match(text, k.end()) else m)
    return out


CHANGED_INTO = "改为"  # 甲乙制度|改为|丙丁制度: one system changed into another


def changed_into(doc: Doc, found: list[Match]) -> list[Match]:
    """A name read across 改为 whose first part ends with a programme's suffix (企业甲乙制度改为丙丁公示制度) is two
    systems, the old one changed into the new; a pilot of the change itself (粮食作物改为饲料作物试点) stays one."""
    text, out = doc_text(doc), []
    for m in found:
        at = text.find(CHANGED_INTO, m.start, m.end)
        if at > m.start and "name" not in dict(m.attrs) and LAST_SUFFIX.search(text, m.start, at) and \
                m.end - at - len(CHANGED_INTO) >= MIN_NAME:
            out += [Match(m.start, at, "Program"), Match(at + len(CHANGED_INTO), m.end, "Program")]
        else:
            out.append(m)
    return out


AWARD_VERB = re.compile(lexicons.alternation("program_award_verbs"))  # 获评, 荣获, 被评为: a title won
TITLE_HEADS = ("示范区", "示范市", "示范县", "示范城市", "示范县市", "示范园区")  # …示范市 awarded (guideline 2)
HONOUR_WORDS = ("荣誉", "称号")  # 获得甲乙示范县等国家级荣誉, 荣获甲乙示范县称号: the titles called honours
CLAUSE_MARKS = "，。；！？：,;:!?"


def won_title(text: str, m: Match) -> bool:
    """Whether a demonstration title (…示范区, …示范县, …示范城市, …示范园区) stands in a clause that says it was won:
    after 获评, 荣获, 被评为, 被命名为, 成功创建 (program_award_verbs), or before 荣誉 or 称号 (获得甲乙示范县、丙丁示范县等
    省级荣誉): a title awarded for achievement, no programme (guideline 2); 创建, 获批 or 成为 assign work and say nothing. Not a
    title named by a strategy (获评国家乡村振兴示范县, 获评甲乙强县建设示范县): the strategy's designation, its work
    assigned."""
    name = text[m.start:m.end]
    if not text.endswith(TITLE_HEADS, m.start, m.end) or any(w in name for w in STRONG) or \
            any(v[1] == "Strategy" for _, _, values in concept_lexicon().scan(name) for v in values):
        return False
    opens = max(text.rfind(c, 0, m.start) for c in CLAUSE_MARKS) + 1
    ends = min((i for i in (text.find(c, m.end) for c in CLAUSE_MARKS) if i >= 0), default=len(text))
    return bool(AWARD_VERB.search(text, opens, m.start)) or any(w in text[m.end:ends] for w in HONOUR_WORDS)


OPENING_MANY = tuple(q for q in QUANTIFIERS if not q.startswith("新"))  # 新一批…: a new batch of one scheme


def many_of_a_kind(doc: Doc, m: Match) -> bool:
    """Whether a name opens with a quantity word (一系列廉政制度), or a designation a level confers stands right after
    one (培育一批|国家级产业集群, 争取更多|国家级零碳园区, 谋划一批|国家重大政策改革试点: quantifiers.tsv): a kind of
    which there are many, none named (as 一批…项目 names no project). Not an item of a list, which names its own, nor a new batch of one scheme
    (新一批|全国二轮延包整县试点)."""
    text = doc_text(doc)
    if "name" not in dict(m.attrs) and text.startswith(OPENING_MANY, m.start):
        return True  # 一系列廉政制度, 大部分地区责任制: a quantity word opening the name, a kind of many
    if "name" in dict(m.attrs) or not PILOT_LEVEL.match(text, m.start):
        return False
    many = max((q for q in QUANTIFIERS if text.endswith(q, 0, m.start)), key=len, default=None)  # 新一批, not 一批
    return many is not None and not many.startswith("新")


@Language.factory("kg_programs")
def make_programs(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        text = doc_text(doc)  # 建成一批|全域旅游示范区, read as a pilot by extractors/zones.py: an honour, as here
        drop_matches(doc, [m for m in matches(doc) if m.label == "Program" and
                           (text.endswith(AWARDED, m.start, m.end) or won_title(text, m))])
        found = find_programs(doc)
        add_matches(doc, found)
        for m in found:
            add_candidate(doc, doc_text(doc)[m.start:m.end], "program")
        return doc

    return component
