"""Enterprises: named companies and groups, including short names in lists (…、…、…等企业); categories of firms
(高新技术企业, 专精特新企业, 龙头企业, 上市公司) are not entities."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import INDUSTRY_WORDS, Match, covered, doc_text, industry, matches, name_start, \
    only_words, quoted, \
    register, token_bounds, token_ends, token_starts
from extractors.places import WORDLIKE  # 长安, 通道: short place names that are ordinary words
# what a corridor carries (甲乙电力|外送通道: no firm's); 华能四期: a firm's own plant, its next phase
from extractors.projects import CONVEYANCE, CORRIDORS, PHASE
from kg import gazetteer, lexicons

STRONG_SUFFIX = re.compile(lexicons.alternation("enterprise_suffix_strong"))  # …有限公司, …集团, …银行
STRONG_END = re.compile(STRONG_SUFFIX.pattern + "$")  # the company word that ends a name (not 股份 in 股份制银行)
SHARES_COLLECTIVE = re.compile(lexicons.alternation("enterprise_shares_collective"))  # 股份|经济合作社: no firm's
RELATIONAL = re.compile(lexicons.alternation("enterprise_relational"))  # 子公司, 旗下: another firm's name follows
PLATFORM_SHORT = tuple(lexicons.words("enterprise_platform_short"))  # 交投, 城投: the issuer's platform company
WEAK_SUFFIX = re.compile(lexicons.alternation("enterprise_suffix_weak") + "$")  # trade words: …电子, …化工
WEAK_AFTER = re.compile(lexicons.alternation("enterprise_suffix_weak"))  # the same, anywhere: 奇瑞|汽车
# After a name with a weak trade word, what makes it a firm: a verb of firms (获评, 投产, 入规), after an adverb
# (成功入选), listing on a market (在新三板挂牌), or being called a firm (成为全县首家上市企业); a firm's restructuring
# (重组) only after one name, a list before it may share one company word (甲乙、丙丁集团重组); investing an amount
# (甲乙纺织投资3亿元) or opening its plant's output (甲乙晶体年产100万片…项目).
FIRM_CONTEXT_AFTER = re.compile(lexicons.alternation("enterprise_predicate_openers") + "{0,2}" +
                                lexicons.alternation("enterprise_context_adverbs") + "?(?:" +
                                lexicons.alternatives("enterprise_context_after") + "|" +
                                lexicons.alternatives("enterprise_context_after_one") +
                                r"|在[^，。；、]{1,8}?(?:上市|挂牌)|成为[^，。；、]{0,10}?(?:企业|公司)|投资[\d.]+[万亿]" +
                                r"|年产[\d.一二三四五六七八九十百千万]+[万亿]?[吨台套件片辆只头]?)")
BANKS = re.compile(lexicons.alternation("enterprise_banks"))
# 甲县国有资产运营|有限公司, 乙县物业服务|有限公司: what the firm does, the last word of its name before a company word
BUSINESS_BEFORE = re.compile("(?:" + lexicons.alternation("enterprise_business_words") + ")$")
BRANCH = re.compile(lexicons.alternation("enterprise_branch_words"))  # 甲乙集团|丙县|分公司: the firm's unit there
KNOWN = re.compile(lexicons.alternation("enterprise_known"))  # 中国商飞, 鞍钢: central SOEs and major groups
# 吉化, 华药, 河钢: a known firm's short name ending in a trade syllable is a trade-word name; it names the firm where it
# opens a project's name (吉化乙烯项目), as A电子 does in A电子产业园项目 (guideline 2); a bare brand does not (京东物流园)
TRADE_SHORT_ENDS = lexicons.terms("enterprise_trade_short_ends")
# 甲乙钢铁印尼钢厂, 甲乙汽车泰国工厂: a firm's name, a foreign country, its plant there
ABROAD_PLANT = re.compile(lexicons.alternation("enterprise_abroad_countries") + "(?:[\u4e00-\u9fff]{0,2}厂|生产基地)")
OUTPUT = re.compile("产量|储量|产能|消费量|进口|出口")  # after 中国石油: the country's oil, not the firm
# 中建三局, 中铁十七局集团, 中交一公局: a group's numbered bureau, a firm of its own written with the group's name
BUREAU = re.compile(r"[一二三四五六七八九十]{1,3}(?:公|工程)?局(?:集团)?(?:有限公司)?")
BRAND_PLACE = re.compile(lexicons.alternation("enterprise_brand_places"))  # 万达广场: a brand names a mall, not the firm
# The rest of a list of projects after an item (甲乙、丙丁等一批信息产业项目): an item that is only a firm's name is the
# project (tests/gold/README.md, hard cases); the firm counts only where its name opens a longer project's name.
REST_OF_PROJECTS = re.compile(r"(?:、(?:(?![、，。；：等])[^\s]){1,14})*等[^，。；、]{0,12}?(?:项目|工程)")
INSTITUTIONS = tuple(lexicons.words("enterprise_institutions"))  # 中国人民银行: an institution of state, no firm
COUNTRIES = re.compile(r"[一二三四五六七八九十\d]+国集团")  # 二十国集团, 七国集团: a group of countries, no firm
PLACE_BANK = re.compile(lexicons.alternation("enterprise_place_banks"))  # 吉林农商行: a place's own bank
LEVEL_OWNED = re.compile(r"[省市县](?![级属内外直场区委以])")  # 省金控集团: the province's own platform company
# an item of a list written by kind and company word alone (、金控集团, 和资产公司), after a level's own firm
KIND_ITEM = re.compile(r"[、和及]([\u4e00-\u9fff]{2,6}?" + STRONG_SUFFIX.pattern + ")")
# Heads made only of words of scope, kind and industry name a kind of firm (专业银行, 国外石油公司, 工程承包公司).
KIND_PARTS = tuple(sorted({w for w in lexicons.words("enterprise_kind_parts") | set(INDUSTRY_WORDS) if len(w) > 1},
                          key=len, reverse=True))  # words of two characters or more (not the joining 和)
BLOC_WORDS = tuple(lexicons.words("enterprise_bloc_words"))  # 反党集团, 军事集团, 社会集团: cliques, blocs, buyers
BLOC_AFTER = re.compile("消费|购买力")  # 压缩集团购买力: institutional buying
AMOUNT = re.compile(r"[\d.]+[多余]?[万亿千百]*元")  # 4200多亿元银行(贷款): an amount, no name
INDUSTRY_HEAD = lexicons.words("enterprise_industry_head")  # 绿色化工, 新能源汽车: an industry, not a firm
SECTOR = re.compile(lexicons.alternation("enterprise_sector_end") + "$")
CATEGORY_HEAD = lexicons.words("enterprise_category_head")  # 国有企业, 平台公司: a kind of firm
FIRMS_OF_KIND = re.compile("(?:" + lexicons.alternation("enterprise_category_head") + ")企业$")  # 龙头企业, 骨干企业
# verbs never opening a firm's name, the verbs of support before a firm among them (督促|甲乙集团, 协调|丙丁生物)
_SUPPORT_VERBS = lexicons.alternation("enterprise_support_verbs")  # 支持, 推动, 协调: read once, for both patterns
HEAD_VERBS = re.compile(lexicons.alternation("enterprise_head_verbs") + "|" + _SUPPORT_VERBS)
# 区域性商业银行, 紧密型城市医疗集团, 首家…银行: a kind or a rank; 国有企业现代公司(治理): firms described, no name
# 各县级平台公司: a head opened by 各 (each) names firms of a kind, no one firm
KIND_OF = re.compile(r".[性型]|首家|企业(?=.)|^各")  # 企业 ending the head is a legal form (万向企业集团)
# What a list of firms is supported to do (支持A、B等做强做优 / 园区化发展): growth of a firm, not of a sector or place.
FIRM_GROWTH = re.compile(lexicons.alternation("enterprise_growth"))
# What a firm is helped to do (支持甲乙牧业申报…, 帮助丙丁纸业解决…): after a verb of support, the name is a firm's
SUPPORTED_ACT = re.compile(lexicons.alternation("enterprise_supported_acts"))
SIGNING = re.compile(lexicons.alternation("enterprise_signing_verbs"))  # 与甲乙生物|签约: the partner firm
# 甲乙晶体|与丙丁电子签署, 甲乙种业|与丙丁农业大学共建: both sign, a firm with a firm or a college
SIGNED_AFTER = re.compile("[与和](?:[\u4e00-\u9fff]{2,4}?" + lexicons.alternation("enterprise_suffix_weak") +
                          "|[\u4e00-\u9fff]{2,10}?(?:大学|学院|研究院|科学院|研究所))" +
                          lexicons.alternation("enterprise_signing_verbs"))
PARTNERS_BEFORE = re.compile(r"与(?:[\u4e00-\u9fffA-Za-z]{2,12}、){1,8}$")  # 与甲乙集团、|丙丁科技签约: partners listed
SUPPORT_VERB = re.compile(_SUPPORT_VERBS + "$")
ATTRACT_VERB = re.compile(lexicons.alternation("enterprise_attract_verbs") + "$")  # 引进|甲乙纺织。: a firm brought in
STAKE_VERB = re.compile(lexicons.alternation("enterprise_stake_verbs"))  # 增资|甲乙软件: a firm bought into
# What a list ending in 等 names when not firms: 盘锦精细化工、锦州松山湖新材料等20家中试基地; a kind of two characters
# or more also after five to eight of its qualities (甲乙、丙丁等优质生态绿色产品)
_LONG_KINDS = "|".join(re.escape(k) for k in lexicons.longest_first("enterprise_other_kinds") if len(k) > 1)
OTHER_KIND = re.compile(r"(?:[\d\s]+[家个处座]|一批)?(?:[\u4e00-\u9fff]{0,4}?" +
                        lexicons.alternation("enterprise_other_kinds") + r"|[\u4e00-\u9fff]{5,8}?(?:" + _LONG_KINDS + "))")
KIND_END = re.compile("(?:" + lexicons.alternation("enterprise_other_kinds") + ")$")  # 甲乙产业园, 丙丁北方总部
# What closes a list of firms: 等 or a count of firms, then a word for firms (…等企业, …等11家上市公司, …等园区运营商;
# not …等企业品牌, brands), or a ranking only firms enter (国贸、建发进入世界500强).
FIRMS_WORD = (r"(?:[\u4e00-\u9fff]{0,6})?(?:" + lexicons.alternatives("enterprise_list_heads") + ")(?!" +
              lexicons.alternatives("enterprise_list_heads_not") + ")")
KINDS_END = re.compile("(?:企业|行业|产业|领域|部门|单位|机构|品牌|协会|商会|联盟)$")  # 工商企业: a kind of unit
MEANS = re.compile("等[多种各类几]{0,3}" + lexicons.alternation("enterprise_means"))  # 减税、退税等多种方式
NUMERAL = re.compile("[一二三四五六七八九十百千万两双]")
FIRMS_AFTER = re.compile("等" + FIRMS_WORD)  # 甲乙等企业投资项目: firms whose projects follow
# A count of firms, in digits or Chinese numerals, with its measure word (11家, 两家, 三户, 十余家); the Chinese count is
# no part of a listed name (甲乙股份、丙丁科技两家上市公司)
CHINESE_COUNT = "[一二三四五六七八九十两几]+[余多]?[家户]"
FIRM_COUNT = r"(?:[\d\s]+[余多]?[家户]|" + CHINESE_COUNT + ")"
FIRMS_KIND = r"(?:等(?:" + FIRM_COUNT + "|一批)?|" + FIRM_COUNT + ")" + FIRMS_WORD
# …or a 百强 ranked among firms (A、B上榜省民企百强, A、B入选全省民营企业营收百强): counties and towns win 百强 too
# (县域经济百强, 工业百强), so only a ranking whose words name firms (企, 公司) makes the list one of firms
FIRMS_RANK = "等?" + lexicons.alternation("enterprise_rank_verbs") + "(?:[^，。；、]{0,12}?" + \
    lexicons.alternation("enterprise_ranks") + "|[^，。；、]{0,8}?(?:企|公司)[^，。；、]{0,4}?百强)"
# (the last item runs across no verb of ranking: 甲乙、丙丁|入选全省民营企业营收百强, not 丙丁入选全省民营企业|营收)
LIST_OF_FIRMS = re.compile(r"((?:(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12}(?:\([\u4e00-\u9fff]{2,4}\))?、){1,12}(?:(?!等|" + CHINESE_COUNT + "|" +
                           lexicons.alternatives("enterprise_rank_verbs") + r")[\u4e00-\u9fffA-Za-z]){2,12})"
                           r"(?:" + FIRMS_KIND + "|" + FIRMS_RANK +
                           r"|" + "".join(f"(?<!{re.escape(a)})" for a in lexicons.terms("enterprise_context_adverbs")) +
                           r"(等|带动作用|相继落户|成功落户|签约落地|" + lexicons.alternatives("enterprise_context_after") +
                           "|(" + lexicons.alternation("enterprise_context_adverbs") + lexicons.alternation(
                               "enterprise_context_after") + "|" + lexicons.alternatives("enterprise_growth") + "|" +
                               lexicons.alternatives("enterprise_supported_acts") + ")))")
# (group 3: a list closed without 等 by an adverb and a firm's verb (…成功入选, …相继投产), by a firm's growth
# (推动甲乙科技、丙丁新材做大做强) or by what a firm is helped to do (鼓励甲乙纸业、丙丁纺织实施…) names firms only
# where a firm word ends every item, not places or products)
# what opens the predicate after a list of firms (甲乙纺织年内|投产): the last item ends before it
PREDICATE_OPENER = re.compile("(?:" + lexicons.alternatives("enterprise_predicate_openers") + ")+$")
# One name before 等 and a word for firms (支持甲乙航空等企业创新, 与甲乙E谷等园区运营商共建): a list of one firm; not
# 等地企业 (firms of such places) and not a place alone (沧州等企业: the place's firms).
ONE_FIRM = re.compile(r"((?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12})(?=等(?![地区])(?:" + FIRM_COUNT + "|一批)?" + FIRMS_WORD + ")")


# A firm's name opening a longer project's name (鑫海化工新材料基地, 中铁一局集团…工程): after any place, a brand of two to
# four characters and a company word, or a trade word; not 智能 or 钢, which open product words there (智能制造, 钢构).
NOT_OPENING = lexicons.words("enterprise_not_opening_project")  # 智能, 钢: words of products more than of firms
FIRM_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + STRONG_SUFFIX.pattern + r"|([\u4e00-\u9fff]{2,4}?)(" + "|".join(
    re.escape(t) for t in lexicons.longest_first("enterprise_suffix_weak")
    if t not in NOT_OPENING) + ")(?![谷城园港湾岛镇]|大学|学院)")  # 甲乙科技大学: a university, no firm's work
# A place and a trade word before work on a plant (大连石化搬迁改造, 上海石化全面技改升级) or before the place of its plant
# (湖北能源襄阳…机组) name a firm; before a park, a base or a sector (沧州生物医药产业园) the place's industry.
PLANT_WORK = re.compile(r"(?:(?![园区港城基产])[\u4e00-\u9fff]){0,4}?(?:" + lexicons.alternation("enterprise_plant_work") + ")")
# The same work written right after the firm's name, or after a word of manner (甲乙石化高质量转型发展): with a verb of
# support before it (推进甲乙石化转型升级) the name is a firm's with no place needed.
OWN_PLANT_WORK = re.compile(lexicons.alternation("enterprise_plant_manner") + "?" +
                            lexicons.alternation("enterprise_plant_work"))
COMPOUNDS: dict[str, list[str]] = {}  # sector names by their first character (生物医药 under 生)
for _w in INDUSTRY_WORDS:
    COMPOUNDS.setdefault(_w[0], []).append(_w)
# 科技|成果, 医疗|保险: words a trade word opens; after a name the trade word is their first half, no firm's name's end
TRADE_COMPOUND = re.compile(lexicons.alternation("enterprise_trade_compounds"))
PROVINCES = lexicons.words("zone_province_abbreviations")  # 闽, 赣: two open a link of provinces (闽赣电力联网工程)
PRODUCT_OPENERS = lexicons.words("enterprise_product_openers")  # 麦德利航空座椅组件: a brand and its product
COMPASS = re.compile("[东南西北]方")  # 南方水泥, 东方电气: a compass word and 方 open firms' names as brands do
REGION_ROLE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:基地|中心|枢纽|高地|门户)")  # …but 北方能源基地: a region's role
GENERIC_FIRM_HEAD = re.compile(r"[级家省市县国首]|" + lexicons.alternation("enterprise_generic_head_words") +
                               r"|[东南西北中]部|[东西][南北]")


# A list of technical achievements (甲乙重工智能掘进装备、丙丁科技PCB等关键技术取得突破): each item may open with a
# firm's name and a trade word before its product, as in a project's name (read by _firm_opening)
# (the head is found first, then the list read in its clause before 等: a scan of the whole text for lists is costly)
ACHIEVEMENTS = re.compile(r"等(?:一批|多项|\d+[项个款])?[^，。；、]{0,10}?" + lexicons.alternation("enterprise_achievement_heads"))
ACHIEVEMENT_ITEMS = re.compile(r"(?:(?:(?!等)[^，。；、：\s]){2,20}、){0,8}(?:(?!等)[^，。；、：\s]){2,20}$")


CLAUSE_OPEN = ("，", ",", "。", "；", ";", "：", ":", "")  # a list that opens its clause is the subject of what follows


def _firm_like(item: str, at: int | None = None, starts: set[int] | None = None) -> bool:
    """A name before a company suffix (恒芯电子), not the bare industry word (电子), a sector or waste (废钢铁). The
    company word ends the name (not 集团 in 集团消费); a trade word is a word of its own where the item's place in
    the text (at) and the words' starts are given (not 动力 in 劳动力), after a name, not a kind (一般型钢) or a
    qualifier of an industry (设施农业, 绿色化工) nor things joined by a conjunction (科研和医疗)."""
    strong = STRONG_END.search(item)
    m = strong or WEAK_SUFFIX.search(item)
    if m is None or m.start() < 2 or item.startswith("废"):
        return False
    head = item[:m.start()]
    return strong is not None or not industry(item) and head not in INDUSTRY_HEAD and not KIND_OF.search(head) and \
        not re.search("[和或及]", head) and (starts is None or at + m.start() in starts)


KIND_OPENERS = tuple(lexicons.words("enterprise_kind_openers"))  # 国有林场集团: a kind of firm by its owner
PUBLIC_GROUPS = tuple(lexicons.words("enterprise_public_groups"))  # 县医疗集团, 甲乙中学教育集团: public bodies
CATEGORY_ENDS = tuple(lexicons.words("enterprise_kind_words"))  # 境内上市公司, 头部跨国公司: a kind, whatever comes first


def _generic_head(head: str, word: str) -> bool:
    """Whether the head before a company word says only what sort of firm or group is meant, never whose: words of
    scope, kind and industry alone (专业银行, 国外石油公司, 城市合作银行; not a level's own 省物流集团), an amount, a
    clique or bloc before 集团 (反党集团, 军事集团, 社会集团)."""
    return bool(AMOUNT.search(head)) or word == "集团" and head.endswith(BLOC_WORDS) or \
        not LEVEL_OWNED.match(head) and any(p in head for p in KIND_PARTS) and only_words(head, KIND_PARTS)


def _level_platform(name: str) -> bool:
    """Whether name is a level's own platform company written by its level and kind alone (县城投, 区交投)."""
    return name[:1] in "省市县区" and name[1:] in PLATFORM_SHORT


def _kind_of_firm(name: str) -> bool:
    """A kind of firm (境内上市公司, 头部跨国公司, 首家股份制银行): a category word just before the company word, an
    owner's word opening the head (国有林场集团), a trade word alone (快递公司), public bodies grouped (县医疗集团),
    a head of words of scope, kind and industry alone (专业银行); never a known firm or bank (国家开发银行)."""
    if name in PLATFORM_SHORT or _level_platform(name) or KNOWN.fullmatch(name) or BANKS.fullmatch(name):
        return False
    strong = STRONG_END.search(name) or STRONG_SUFFIX.search(name)
    head = name[:strong.start()] if strong else name
    return len(head) < 2 or head in CATEGORY_HEAD or head.endswith(CATEGORY_ENDS) or bool(KIND_OF.search(head)) or \
        strong is not None and _generic_head(head, strong.group()) or \
        head.startswith(KIND_OPENERS) or strong is not None and (
            WEAK_SUFFIX.fullmatch(head) is not None or strong.group() == "集团" and head.endswith(PUBLIC_GROUPS))


def _items(doc: Doc, start: int, listed: str, edges: list[int]) -> list[tuple[int, int]]:
    """The spans of the items of a list A、B、C starting at start; the first item's name may begin after a verb, and
    no name runs across a quotation mark (沧县鑫翰“北斗+”)."""
    spans, pos = [], start
    for i, item in enumerate(listed.split("、")):
        s, e = pos, pos + len(item)
        pos = e + 1
        if i == 0 and "与" in item[2:-2]:  # 优力维特电梯与中车集团 a pair, 深化与中国五冶集团 a verb's object
            cut = s + item.index("与")
            s = name_start(doc, cut) or cut + 1
        elif i == 0:
            s = name_start(doc, e) or s
        spans.append((s, next((x for x in edges if s + 2 <= x < e), e)))
    return spans


HEADQUARTERS = "总部"
HQ_SCOPES = tuple(lexicons.longest_first("enterprise_headquarters_scopes"))  # 全球, 华北, 研发: 甲乙全球总部


def _own_headquarters(text: str, start: int, end: int) -> bool:
    """Whether the words between a firm's name and 总部 (start..end) say only where or for what the firm has it
    (全球, 华北, 研发, a division): the firm's own headquarters, not a unit's or a product's (甲乙|矿山油气军团全球|总部)."""
    lead = _division_end(text, start) or start
    return only_words(text[lead:end], HQ_SCOPES, min_rest=1)


def _division_end(text: str, start: int) -> int | None:
    """Where the name of a division of the gazetteer (of two or three characters, not an ordinary word) that opens the
    text at start ends, if one does: also one the segmenter wrote as one word with what follows (菏泽瑞达)."""
    return next((k for k in (start + 3, start + 2) if gazetteer.load().lookup(text[start:k]) and
                 text[start:k] not in WORDLIKE), None)


def _firm_opening(text: str, p: Match, places: list[tuple[int, int]], ends: set[int]) -> tuple[int, int] | None:
    """The span of the firm's name that opens a project's or zone's name, if one does; zones need a company word. A
    place may come first (北京永康药业), also one the segmenter wrote as one word with the brand (菏泽瑞达|食品); a
    project's name may open with the zone it is built in, the firm's name after it (经开区|甲乙电子…项目)."""
    lead = next((b for a, b in places if a == p.start), None)
    end = _firm_after(text, p, p.start if lead is None else lead, places, ends)
    if end is None and lead is None:
        division = _division_end(text, p.start)
        if division is not None:
            end = _firm_after(text, p, division, places + [(p.start, division)], ends)
    if end is None and p.label == "Project" and (zone := _after_zone(text, p.start, min(p.end, p.start + 16))) is not None:
        end = _firm_after(text, p, zone, places, ends)
        return (zone, end) if end is not None else None
    return (p.start, end) if end is not None else None


def _firm_after(text: str, p: Match, lead: int, places: list[tuple[int, int]], ends: set[int]) -> int | None:
    """Where a firm's name (a brand and a company or trade word) starting at lead ends inside p's name."""
    firm = FIRM_AT_START.match(text, lead, p.end)
    if firm is None or firm.end() >= p.end:  # 泰丰食品(等项目): a list item that is only a firm's name is the project
        return None
    head = firm.group(1) or firm.group(2)
    if firm.group(1) is None:  # a trade word: in a project's name, not before a product (麦德利航空座椅组件)
        if p.label != "Project" or firm.end() < p.end and (len(head) > 3 or firm.group(3) in PRODUCT_OPENERS):
            return None
        if _opens_sector(text, firm.start(3), firm.end()):
            return None  # 修正生物|医药产业园, 高纯电子|气体: the trade word opens a sector's name, not ends a firm's
        if text.endswith(CORRIDORS, p.start, p.end) and text.startswith(CONVEYANCE, firm.end()):
            return None  # 甲乙电力|外送通道: the trade word is what the corridor carries (sent out), no firm's
        if _opens_compound(text, firm.start(3), firm.end()):
            return None  # 甲乙科技|创新合作中心: 科技创新 (science and innovation) is one word, no firm's name
    if not _firm_like(firm.group()) or GENERIC_FIRM_HEAD.search(head) or head in INDUSTRY_HEAD or \
            head in CATEGORY_HEAD or (lead, lead + len(head)) in places or firm.end() not in ends or \
            len(head) == 2 and head[0] in PROVINCES and head[1] in PROVINCES or \
            COMPASS.fullmatch(head) and REGION_ROLE.match(text, firm.end(), p.end):
        return None  # 再电气化|工程, 输变电|工程: no word ends there; 闽赣电力联网工程: a link of two provinces;
        # 北方能源|基地: the region's base (not 南方水泥|优化升级, 东方电气|…产业园: a compass brand's works)
    return firm.end()


ZONE_SUFFIX = re.compile(lexicons.alternation("zone_suffix"))
ZONE_COMPANY = tuple(sorted(set(KIND_PARTS) | lexicons.words("enterprise_zone_company_words"), key=len, reverse=True))


def firm_opens(doc: Doc, start: int, end: int) -> bool:
    """Whether a firm's name (a brand and a company or trade word) opens the words text[start:end] of a project's
    name written right after a zone (甲乙产业园|丙丁集团年产…项目): the zone is where the firm's project is."""
    places = [(p.start, p.end) for p in matches(doc) if p.label == "Place"]
    return _firm_after(doc_text(doc), Match(start, end, "Project"), start, places, token_ends(doc)) is not None


def _after_zone(text: str, start: int, end: int) -> int | None:
    """Where the words after a zone's name that opens text[start:end] begin (甲乙产业园|丙丁集团…, 经开区|甲乙电子…),
    or None: the last zone's suffix ending before a brand, not before the words of the zone's own company (甲乙高新区
    |投资集团, 乙县经济开发区|建设发展有限公司)."""
    last = None
    for z in ZONE_SUFFIX.finditer(text, start, end):
        last = z
    if last is None or end - last.end() < 2 or only_words(text[last.end():end], ZONE_COMPANY, min_rest=1) or \
            industry(text[last.end():end]):
        return None
    return last.end()


def _opens_sector(text: str, start: int, end: int) -> bool:
    """Whether a word of COMPOUNDS beginning in text[start:end] runs past end: the trade word there opens a sector's
    name (生物|医药, 电子|气体, 中车|新能源汽车) rather than ending a firm's."""
    return any(text.startswith(w, i) for i in range(start, end) for w in COMPOUNDS.get(text[i], ()) if i + len(w) > end)


def _listed_name(text: str, s: int, e: int, places: list[tuple[int, int]]) -> bool:
    """Whether a list's item text[s:e] may name a firm: no category of firms, sector, place's industry (盘锦精细化工)
    or phrase (…的…, …行业)."""
    name = text[s:e]
    lead = next((b for a, b in places if a == s and b < e), s)
    return not industry(text[lead:e]) and (name not in CATEGORY_HEAD or name in PLATFORM_SHORT) and \
        not SECTOR.search(name) and not industry(name) and \
        not re.search(r"[于的在将与]", name) and not KINDS_END.search(name)


def _with_trade(text: str, end: int, ends: set[int]) -> int:
    """Where a known firm's name ending at end ends with the trade word written right after it (奇瑞|汽车登陆…,
    中粮|油脂年产…): a trade word ending a word, not one of products (智能) nor the start of a sector's name
    (中车|新能源汽车)."""
    trade = WEAK_AFTER.match(text, end)
    if trade is None or trade.group() in NOT_OPENING or trade.end() not in ends or _opens_sector(text, end, trade.end()) \
            or _opens_compound(text, end, trade.end()):
        return end  # 深交所|科技成果: the trade word opens another word
    return trade.end()


def _opens_compound(text: str, start: int, end: int) -> bool:
    """Whether the trade word text[start:end] opens a word of enterprise_trade_compounds running past end (医疗|保险)."""
    compound = TRADE_COMPOUND.match(text, start)
    return compound is not None and compound.end() > end


def _item_of_projects(text: str, end: int) -> bool:
    """Whether a name ending at end is a whole item of a list of projects (甲乙、丙丁等一批项目), not of firms whose
    projects follow (甲乙等企业投资项目)."""
    rest = REST_OF_PROJECTS.match(text, end)
    return rest is not None and FIRMS_AFTER.search(rest.group()) is None


def _opens_item_of_projects(text: str, end: int) -> bool:
    """Whether a name ending at end opens an item of a list of projects, the item's own words after it (甲乙|第8.6代线、
    丙丁等重大项目): the item names the project, the name is its brand."""
    words = ITEM_WORDS.match(text, end)
    return words is not None and _item_of_projects(text, words.end())


ITEM_WORDS = re.compile(r"(?:(?![、，。；：等])[^\s]){1,12}?(?=、|等)")  # an item's words up to the list's next mark


def _plant_place(text: str, end: int) -> bool:
    """Whether a division's short name (郓城, 榆树, 大安) stands right after a firm's name and ends its item (before
    、, 等, a phase or the text's end): the place of the firm's plant (大唐郓城、华能四期等…项目)."""
    for s, e, _ in gazetteer.load().short.scan(text, end, min(end + 6, len(text))):
        return s == end and (text[e:e + 1] in ("、", "等", "") or bool(PHASE.match(text, e)))
    return False


def _opens_project(projects: list[Match], start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether a firm's name at start..end opens a project's name, alone or after the project's place (吉化|乙烯项目,
    甲市|中石化…接收站), and the name goes on after it."""
    return any(p.start <= start and end < p.end and (p.start == start or (p.start, start) in places) for p in projects)


def after_verbs(text: str, s: int, e: int) -> str:
    """text[s:e] after any verb in it that never stands inside a firm's name (淘汰水泥 → 水泥), also one begun just
    before it (对|标甲乙集团: a reading stopped inside the verb)."""
    return text[max([s] + [v.end() for v in HEAD_VERBS.finditer(text, max(0, s - 1), e - 2)]):e]


def _listed_bank(name: str) -> bool:
    """Whether name is a bank of the lists (工商银行, 中国农业银行): inside a programme's name it is still the bank the
    programme reforms (中国农业银行股份制改革, 甲银行和乙银行股份制改造试点)."""
    return name.endswith("银行") and bool(BANKS.fullmatch(name) or KNOWN.fullmatch(name))


def _supported_start(doc: Doc, start: int, end: int, places: list[tuple[int, int]],
                     verb: re.Pattern | None = SUPPORT_VERB) -> int | None:
    """Where the name of a firm with a trade word (start..end) begins when a verb (of support by default) governs it
    (支持|甲乙电子, 推进|甲乙石化, 引进|甲乙纺织), or with no verb (verb=None): a brand before the trade word, no sector
    or place's industry."""
    text = doc_text(doc)
    s = name_start(doc, start, max_chars=8)
    if s is not None:
        s = end - len(after_verbs(text, s, end))  # 帮助|甲乙纸业: the segmenter's words may run over the verb
    if s is None or verb is not None and not verb.search(text, max(0, s - 4), s) or \
            not _firm_like(text[s:end], s, token_starts(doc)) or not _listed_name(text, s, end, places):
        return None
    return s


def _stake_start(doc: Doc, start: int, end: int, places: list[tuple[int, int]]) -> int | None:
    """Where the name of a firm with a trade word (start..end) begins right after a verb of buying into or taking
    over (丙丁集团增资|甲乙软件, 收购|甲乙电子): a brand of two to four characters, no sector (收购新能源资产)."""
    text = doc_text(doc)
    starts = token_starts(doc)
    s = name_start(doc, start, max_chars=10)
    verbs = [v for v in STAKE_VERB.finditer(text, s, start) if v.end() in starts and v.start() in starts] \
        if s is not None else []
    if not verbs or not 2 <= start - verbs[-1].end() <= 4:
        return None
    s = verbs[-1].end()
    if not _firm_like(text[s:end], s, starts) or not _listed_name(text, s, end, places) or (s, start) in places or \
            after_verbs(text, s, end) != text[s:end]:  # 并购|重组电子…: another verb, no brand
        return None
    return s


def _apposed_start(doc: Doc, start: int, end: int, places: list[tuple[int, int]]) -> int | None:
    """Where the name of a firm with a trade word (start..end) begins when a category of firms stands right before it,
    in apposition (龙头企业|甲乙牧业, 县域龙头企业|丙丁纺织): a brand of two to four characters after 企业, no sector."""
    text = doc_text(doc)
    starts = token_starts(doc)
    s = next((k for k in range(start - 2, start - 5, -1) if k in starts and FIRMS_OF_KIND.search(text, 0, k) and
              re.fullmatch("[\u4e00-\u9fff]+", text[k:start])), None)
    read = name_start(doc, start, max_chars=8)
    if s is None or read is None or read > s or not _firm_like(text[s:end], s, starts) or \
            text[s:start] in INDUSTRY_HEAD or not _listed_name(text, s, end, places) or \
            any(only_words(text[k:end], INDUSTRY_WORDS, min_rest=1) for k in range(s + 1, start)) or \
            _opens_compound(text, start, end):
        return None  # 国有企业|推进科技创新, 中小企业|应用人工智能: a verb opens the words (推进, 应用), the trade word
        # ends a sector's word (人工|智能) or opens one (科技|创新)
    return s


def _glued_to_verb(doc: Doc, start: int, end: int, verb_end: int) -> bool:
    """Whether the segmenter wrote the trade word's last characters (start..end) as one word with the firm's verb
    after it, or with its first characters (甲乙物|探获…奖, 甲乙新|材年|产值): a token beginning inside the trade word
    and ending inside the verb."""
    return any(start < a < end < b <= verb_end for a, b in token_bounds(doc))


def _two_known(name: str) -> bool:
    """Whether name is two known firms' names written side by side (甲钢乙钢成功重组): two firms, each found as a
    known name, not one."""
    return any(KNOWN.fullmatch(name, 0, i) and KNOWN.fullmatch(name, i) for i in range(2, len(name) - 1))


PAIR = re.compile("以及|与|和|及")  # 甲乙纺织、丙丁食品和戊己电子: the list's last two items joined by a conjunction


def _split_pair(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A与B (A和B, A及B, A以及B) as two spans when both sides are names of two characters or more."""
    i = PAIR.search(text, s + 2, e - 2)
    return [(s, i.start()), (i.end(), e)] if i is not None and e - i.end() >= 2 else [(s, e)]


WORKS_HEADS = ("项目", "工程")


def find_enterprises(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = []
    taken: list[tuple[int, int]] = []
    places = [(p.start, p.end) for p in matches(doc) if p.label == "Place"]
    place_end = {a: b for a, b in reversed(places)}  # where the first place read at a position ends

    def add(s: int, e: int, nested: bool = False, holder: bool = False, longer: bool = False) -> None:
        """Record a firm, unless an earlier name holds it (a name with a company word may stand in a project's,
        and open an event's it holds: holder), starting after any verb in it; not a kind of firm (跨国公司). A longer
        name read from a later company word (longer) replaces the earlier names it opens with (华北制药|集团有限公司,
        石药集团|新诺威制药股份有限公司: one firm, named in full)."""
        s = e - len(after_verbs(text, s, e))
        if text.startswith(WORKS_HEADS, s) and e - s >= 6:
            s += 2  # “5020”项目|甲乙科技顺利投产: a head of works ends the words before a firm's name, never opens it
        opened = [(a, b) for a, b in taken if longer and a == s and b < e]
        if text[s:e].endswith(INSTITUTIONS) or "+" in text[s:e] or COUNTRIES.search(text[s:e]):
            return  # 中国人民银行 an institution; 管委会+公司 a model of running a zone; 二十国集团 countries
        lead = place_end.get(s) or _division_end(text, s)
        if lead is not None and e - lead >= 3 and industry(text[lead:e]):
            return  # 甲地精细化工, 乙地现代煤化工: a place's industry (not 甲地石化, a place and a trade word)
        others = {"Strategy", "Policy"} | (set() if _listed_bank(text[s:e]) else {"Program"}) | \
            (set() if nested else {"Zone", "Project"}) | (set() if holder else {"Event"})
        if e - s >= 2 and not _kind_of_firm(text[s:e]) and not covered(doc, s, e, others) and \
                not any(a < e and s < b for a, b in taken if (a, b) not in opened):
            for a, b in opened:
                taken.remove((a, b))
                found.remove(Match(a, b, "Enterprise"))
            found.append(Match(s, e, "Enterprise"))
            taken.append((s, e))

    for m in STRONG_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        business = BUSINESS_BEFORE.search(text, 0, m.start())
        if business is not None and (start is None or start >= business.start()):
            lead = name_start(doc, business.start(), max_chars=14)  # 甲县国有资产|运营|有限公司: read on past the verb
            if lead is not None and business.start() - lead >= 3 and \
                    not only_words(text[lead:business.start()], KIND_PARTS + tuple(CATEGORY_HEAD)):
                start = lead  # not 品牌|运营公司: one word of what is run names a kind
        item = text.rfind("、", max(0, m.start() - 9), m.start()) + 1
        if start is not None and item > 0 and item < start and re.fullmatch("[\u4e00-\u9fff]{2,8}", text[item:m.start()]) \
                and (STRONG_END.search(text, 0, item - 1) or WEAK_SUFFIX.search(text, 0, item - 1)):
            start = item  # 甲乙集团、丙又丁集团: an item of a list of firms is a name whole, a stop word read inside it
        if start is None or text[start - 1:start].isdigit() or re.search(r"\d+号", text[start:m.start()]):
            continue  # 59号院电影公司, 路8号院机械公司: an address, not a name
        related = [r.end() for r in RELATIONAL.finditer(text, start, m.start() - 1)]
        if related:
            start = related[-1]  # 甲集团及其子公司|乙市政工程有限公司: the subsidiary's name starts after the relation
        apposed = [k for k in range(start + 4, m.start() - 1) if FIRMS_OF_KIND.search(text, start, k)]
        if apposed:
            start = apposed[-1]  # 龙头企业|甲乙集团, 省属企业|丙丁能源集团: the name after the category it belongs to
        zone = _after_zone(text, start, m.start())
        if zone is not None:
            start = zone  # 甲乙产业园|丙丁集团: the firm's name begins after the zone its project is in
        head = text[start:m.start()]
        # 省金控集团, 区城投: the level's own platform company
        owned = len(head) >= 3 and LEVEL_OWNED.match(head) and head[1:] not in CATEGORY_HEAD or \
            _level_platform(head + m.group())
        if head in CATEGORY_HEAD or len(head) < 2 and not owned or head[-1] in "子分母" and m.group() == "公司" and \
                not WEAK_SUFFIX.search(head) or text[m.end():m.end() + 1] in ("化", "制") or \
                len(head) >= 3 and head[0] not in "省市县区" and head[1:] in CATEGORY_HEAD or \
                industry(head) and not owned or KIND_OF.search(head) or \
                m.group() == "集团" and BLOC_AFTER.match(text, m.end()) or \
                m.group() == "股份" and SHARES_COLLECTIVE.match(text, m.end()) or \
                m.group().endswith("投") and text.startswith("资", m.end()):
            continue  # 文旅集团, 政府平台公司, 股份制, 区域性商业银行: a kind of company or a system (not 微电子公司);
            # 甲村股份经济合作社: a village's collective, no firm;
            # 集团消费: institutional buying; 外国投资者: not 国投, the word 投资; 甲家|银村镇银行: one character cut
            # off a name before a kind (村镇) leaves no name
        end = m.end()
        if text.startswith("有限公司", end):
            end += 4
        if _item_of_projects(text, end):
            continue  # 甲乙药业等10个项目: the firm's name is an item of a list of projects, a project
        # 抖音集团首届…大会: a firm opens the name of the event it holds (not 二十国集团…峰会: countries, no firm)
        holder = not GENERIC_FIRM_HEAD.search(head) and any(
            x.label == "Event" and x.start == start and x.end > end for x in matches(doc))
        add(start, end, nested=True, holder=holder, longer=True)
    for p in matches(doc):  # a project or zone named after its firm: 鑫海化工新材料基地, 骆驼集团…产业园
        if p.label in ("Project", "Zone"):
            firm = _firm_opening(text, p, places, token_ends(doc))
            if firm is not None:
                add(*firm, nested=True)
    edges = sorted({x for span in quoted(doc) for x in span})
    starts = token_starts(doc)
    for m in LIST_OF_FIRMS.finditer(text) if "、" in text else ():  # the scan is costly: only where a list can be
        explicit = m.group(2) is None  # …等企业: the list says what its items are
        spans = _items(doc, m.start(1), m.group(1), edges)
        s, e = spans[-1]
        if (opener := PREDICATE_OPENER.search(text, s + 2, e)) is not None:
            spans[-1] = (s, opener.start())  # 甲乙纺织年内|投产: the predicate's time or adverb is no word of the name
        spans = spans[:-1] + _split_pair(text, *spans[-1])  # 甲乙纺织、丙丁食品和戊己电子: the last two joined by 和
        if m.group(2) == "等" and FIRM_GROWTH.match(text, m.end()) and (
                SUPPORT_VERB.search(text, 0, spans[0][0]) or text[spans[0][0] - 1:spans[0][0]] in CLAUSE_OPEN) and \
                not any(KIND_END.search(text, s, e) for s, e in spans):
            explicit = True  # 支持禹王、谷神等园区化发展, 。甲乙、丙丁等快速成长: what the items do says they are firms
            # (not where an item is a work, 甲乙产业园、丙丁北方总部等深化布局: a list of projects)
        elif not explicit and OTHER_KIND.match(text, m.end()) and (
                m.group(2) == "等" or not all(_firm_like(text[s:e], s, starts) for s, e in spans)) or \
                MEANS.match(text, m.end(1)):
            continue  # 甲乙、丙丁等20家中试基地; 减税、退税等多种方式(减轻企业税负): means, not firms; after a verb
            # the kind is where the firms go (甲乙纺织、丙丁服饰入选省级绿色工厂) when a firm word ends every item
        if explicit:  # 支持A电梯与B集团、C医药与D医药等企业深化合作: pairs of firms
            spans = [part for s, e in spans for part in _split_pair(text, s, e)]
        firm_like = [_firm_like(text[s:e], s, starts) for s, e in spans]
        if m.group(3) is not None and not all(firm_like):
            continue  # 推动长沙、株洲做大做强: a list closed by growth or an adverb and a verb needs every firm word
        bare = [bool(WEAK_SUFFIX.fullmatch(w) or industry(w) or explicit and SECTOR.search(w))
                for w in (after_verbs(text, s, e) for s, e in spans)]
        if any(KINDS_END.search(text, s, e) for s, e in spans):
            continue  # 工商企业、商店等企业事业单位: a list holding a kind of unit lists kinds, not firms
        if any(bare) if not explicit else sum(bare) * 2 >= len(spans):  # 水泥、平板玻璃等; 引进金融、科技、
            continue  # 创意设计、结算中心等高端企业: trade words or sectors make a list of products or kinds of firm
        if any(firm_like):  # 献县乐寿 beside 盐山福农生物: a place and a brand
            firm_like = [f or any(a == s and e - b >= 2 for a, b in places) for f, (s, e) in zip(firm_like, spans)]
        if not explicit and sum(firm_like) * 2 < len(spans):
            continue
        for (s, e), firm in zip(spans, firm_like):
            if (s, e) in places:
                continue  # 天津、湖北等一批重点企业: the places' firms, not firms
            if _listed_name(text, s, e, places) and (explicit or firm or not WEAK_SUFFIX.fullmatch(text[s:e])):
                add(s, e)
    for m in ONE_FIRM.finditer(text) if "等" in text else ():
        if m.end() not in token_starts(doc):
            continue  # 依法平|等保护企业: 等 inside a word
        s, e = _items(doc, m.start(1), m.group(1), edges)[0]
        name = after_verbs(text, s, e)
        lead = next((b for a, b in places if a == e - len(name)), None)
        if (e - len(name), e) in places:
            continue  # 沧州等企业: a place's firms
        if text[s - 1:s] != "、" and not WEAK_SUFFIX.fullmatch(name) and not KIND_END.search(name) and \
                not (lead and NUMERAL.match(text, lead)) and _listed_name(text, e - len(name), e, places):
            add(s, e)  # not 甲地六小龙等企业: a place and a count name a group of firms
    for h in ACHIEVEMENTS.finditer(text) if "等" in text else ():
        clause = max(text.rfind(c, 0, h.start()) for c in "，。；：\n") + 1
        m = ACHIEVEMENT_ITEMS.search(text[clause:h.start()])
        if m is None:
            continue
        for s, e in _items(doc, clause + m.start(), m.group(), edges):
            firm = _firm_opening(text, Match(s, e, "Project"), places, token_ends(doc))
            if firm is not None:
                add(*firm)  # 鸿泰重工|智能掘进装备: the firm whose product the item names
    place_starts = {a for a, _ in places}
    place_ends = {b for _, b in places}
    for m in WEAK_AFTER.finditer(text):  # a weak suffix alone needs a firm's verb after it
        verb = FIRM_CONTEXT_AFTER.match(text, m.end())
        if m.end() not in token_ends(doc) and not (verb and _glued_to_verb(doc, m.start(), m.end(), verb.end())):
            continue
        if verb:
            start = name_start(doc, m.start(), max_chars=8)
            if start is not None and start < m.start() and text[start:m.start()] not in CATEGORY_HEAD and \
                    text[start:m.start()] not in INDUSTRY_HEAD and not industry(text[start:m.end()]) and \
                    not _two_known(text[start:m.end()]):
                add(start, m.end())  # not 人工智能攻克…: a sector, no firm
        elif (FIRM_GROWTH.match(text, m.end()) or OWN_PLANT_WORK.match(text, m.end()) or
              SUPPORTED_ACT.match(text, m.end())) and \
                (start := _supported_start(doc, m.start(), m.end(), places)) is not None:
            add(start, m.end())  # 支持甲乙电子做大做强, 推进甲乙石化转型升级, 帮助甲乙纸业解决…: a firm supported to grow,
            # to rework its plant or to do what it is helped to do
        elif (text[m.end():m.end() + 1] in ("与", "和") and (any(a == m.end() + 1 for a, _ in taken) or
                                                            SIGNED_AFTER.match(text, m.end())) or
              SIGNING.match(text, m.end())) and \
                (start := _supported_start(doc, m.start(), m.end(), places, verb=None)) is not None and \
                (not SIGNING.match(text, m.end()) or text[start - 1:start] == "与" or
                 text.startswith("签", m.end()) and PARTNERS_BEFORE.search(text, max(0, start - 120), start)):
            add(start, m.end())  # 甲乙牧业与丙丁集团…, (甲乙晶体)与丙丁生物签约: a name with a trade word paired with a
            # firm's, or with a partner it signs with, is a firm's; so is the last of partners listed after 与 who
            # sign (与甲乙集团、丙丁科技签约; not 与俄罗斯、哈萨克斯坦能源合作: cooperation in a sector)
        elif text[m.end():m.end() + 1] in CLAUSE_OPEN and \
                (start := _supported_start(doc, m.start(), m.end(), places, verb=ATTRACT_VERB)) is not None and \
                not any(len(w) > 1 and w in text[start:m.start()] for w in INDUSTRY_WORDS):
            add(start, m.end())  # 成功引进甲乙纺织。: a firm brought in, the clause's last words (not 引进先进技术装备,
            # a sector's words before the trade word)
        elif (start := _apposed_start(doc, m.start(), m.end(), places)) is not None:
            add(start, m.end())  # 龙头企业|甲乙牧业带动…: a firm named after the category it belongs to
        elif (start := _stake_start(doc, m.start(), m.end(), places)) is not None:
            add(start, m.end())  # 丙丁集团增资|甲乙软件, 收购|甲乙电子: what is bought into or taken over is a firm
        elif m.group() not in NOT_OPENING and (PLANT_WORK.match(text, m.end()) or m.end() in place_starts):
            place = next((a for a, b in places if b == m.start() and b - a >= 2), None)  # 大连石化搬迁改造
            if place is not None:
                add(place, m.end(), nested=True)
    for m in BANKS.finditer(text):  # as words of their own (not 工行 in 用工行为)
        if doc.char_span(m.start(), m.end()) is not None or m.end() - m.start() > 3:
            add(m.start(), m.end())
    for m in PLACE_BANK.finditer(text):  # 吉林农商行: the kind of bank after a place's name
        place = next((a for a, b in places if b == m.start()), None)
        if place is None and text[m.start() - 1:m.start()] in ("省", "市", "县", "区") and m.start() - 1 in starts and \
                text[m.start() - 2:m.start() - 1] not in ("全", "各"):
            place = m.start() - 1  # 县农商行: the level's own bank (not 全县农商行, the county's banks of that kind)
        if place is not None:
            add(place, m.end())
    for m in ABROAD_PLANT.finditer(text):  # a firm's name before a foreign country and its plant there
        start = name_start(doc, m.start(), max_chars=8)
        if start is not None and _firm_like(text[start:m.start()]):
            add(start, m.start(), nested=True)
    ends = token_ends(doc)
    projects = [x for x in matches(doc) if x.label == "Project"]
    for m in KNOWN.finditer(text):  # as words of their own (not 中交 in 集中交付), outside projects' and zones' names
        if BRAND_PLACE.match(text, m.end()) or m.group().startswith("中国") and OUTPUT.match(text, m.end()):
            continue  # 万达广场, 京东物流园: the brand in the name of a place of business; 中国石油产量: the
            # country's product
        end = _with_trade(text, m.end(), ends)  # 奇瑞汽车, 中粮油脂: the firm written with its trade word, which
        # may open a project's name (中粮油脂年产…项目) like any firm's name with a trade word
        bureau = BUREAU.match(text, m.end())
        end = bureau.end() if bureau is not None else end
        if _item_of_projects(text, end) and m.start() not in place_ends:
            continue  # 甲乙、丙丁等一批项目: the firm's name is an item of a list of projects, a project
        if end == m.end() and not m.group().endswith(TRADE_SHORT_ENDS) and _opens_item_of_projects(text, end):
            continue  # 甲乙第8.6代线等重大项目: a bare brand opening an item of a list of projects (guideline 2)
        plant = _plant_place(text, end)  # 国电投大安(风电项目), 大唐郓城: the firm's plant at a place
        trade = end == m.end() and not plant and m.group().endswith(TRADE_SHORT_ENDS) and \
            _opens_project(projects, m.start(), end, places)  # 甲建乙市(等项目): the brand of its plant there
        # 中国中化总部: the firm whose headquarters is a project keeps its own line (tests/gold README, fifth pass, third
        # convention)
        # (and so does each firm coordinated before it, whose project's name ends with the shared 总部)
        trade = trade or any(p.start <= m.start() and (end < p.end and text.endswith(HEADQUARTERS, 0, p.end) and
                                                       _own_headquarters(text, end, p.end - len(HEADQUARTERS)) or
                                                       end <= p.end and
                                                       dict(p.attrs).get("name", "").endswith(HEADQUARTERS))
                             for p in projects)
        if doc.char_span(m.start(), end) is not None or (plant or end > m.end()) and m.start() in token_starts(doc):
            add(m.start(), end, nested=trade or end > m.end())  # 华能四期, 大唐郓城: a bare name before its plant's
            # phase or place is the brand of the project (tests/gold/README.md, fifth pass 8), no firm of its own there
    for m in re.finditer(r"(?:(?:(?!等)[\u4e00-\u9fff]){3,8}、){1,8}(?:(?!等)[\u4e00-\u9fff]){3,8}", text):
        # 盐山福农生物、献县乐寿、沧县鑫翰: places, one with a firm's suffix, name firms
        if text.startswith("等", m.end()) and OTHER_KIND.match(text, m.end() + 1):
            continue
        spans = _items(doc, m.start(), m.group(), edges)
        placed = [next((b for a, b in places if a == s and e - b >= 2), None) for s, e in spans]
        if all(placed) and any(_firm_like(text[b:e]) for b, (_, e) in zip(placed, spans)):
            for s, e in spans:
                add(s, e)
    found.sort(key=lambda x: x.start)
    for f in list(found):  # 省甲乙集团、金控集团、资产公司: the level of a list's first firm is its kinds' too
        if not (LEVEL_OWNED.match(text, f.start) and STRONG_END.search(text, f.start, f.end)):
            continue
        at = f.end
        while (item := KIND_ITEM.match(text, at)) is not None and _kind_of_firm(item.group(1)):
            found = [g for g in found if g.end <= item.start(1) or g.start >= item.end(1)]
            found.append(Match(*item.span(1), "Enterprise", attrs=(("name", text[f.start] + item.group(1)),)))
            at = item.end()
    found.sort(key=lambda x: x.start)
    for f, g in zip(found, found[1:]):  # 与甲乙集团、丙丁园林、戊己集团签约: an item between two firms of one list
        between = text[f.end:g.start]
        if not (between.startswith("、") and between.endswith("、") and len(between) <= 20):
            continue
        at = f.end + 1
        for item in between[1:-1].split("、"):
            if 2 <= len(item) <= 8 and re.fullmatch("[\u4e00-\u9fff]+", item) and \
                    (at, at + len(item)) not in places and _listed_name(text, at, at + len(item), places) and \
                    not _kind_of_firm(item):
                add(at, at + len(item))  # coordinated items are of one kind, so a firm's among firms
            at += len(item) + 1
    for i, f in enumerate(found):  # 甲乙集团|丙县|分公司, 丁银行|戊市|支行: a firm's unit at a place, named with the firm
        place = place_end.get(f.end) or _division_end(text, f.end)
        branch = BRANCH.match(text, place) if place is not None else None
        if branch is not None:
            found[i] = Match(f.start, branch.end(), "Enterprise")
    return sorted(found, key=lambda x: x.start)


register("kg_enterprises", find_enterprises)
