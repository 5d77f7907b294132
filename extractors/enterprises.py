"""Enterprises: named companies and groups, including short names in lists (…、…、…等企业); categories of firms
(高新技术企业, 专精特新企业, 龙头企业, 上市公司) are not entities."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, doc_text, industry, matches, name_start, quoted, register

STRONG_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|药业|制药|股份|卷烟厂|建投|城投|交投|国投|文投)")
WEAK_SUFFIX = re.compile(r"(?:科技|电气|汽车|钢铁|化工|能源|光电|光伏|电子|机械|实业|控股|物流|医药|食品|乳业|纺织|建材|重工|"
                         r"航空|新材料|生物|智能|电力|动力|环保|装备|精工|机电|铝业|钢|石化|传媒|置业|玻璃|"
                         r"特气|电科|乳品|面业|风电|电工|家居|医疗|纺机|电梯|模塑|模切|电装|照明|服饰|化纤|陶瓷|包装|矿业|快递)$")
FIRM_CONTEXT_AFTER = re.compile(r"^(?:获评|获批|入选|荣获|成功上市|上市|投产|落户|营收|跻身|进入|获得|跃居)")
BANKS = re.compile(r"工行|农行|中行|建行|交行|国开行|农发行|邮储银行|招行|浦发银行|民生银行|兴业银行|中信银行|光大银行")
# Words that qualify an industry (绿色化工, 新能源汽车), not a firm's name.
INDUSTRY_HEAD = re.compile(r"^(?:绿色|精细|现代|新型|传统|高端|特色|石油|煤|盐|大|新|智能|数字|新能源|生物|海洋|航空|汽车|精密|"
                           r"先进|优势|主导|新兴|未来|战略性|重点|清洁|绿电|光伏|氢|储能|化学|电子|信息|医疗|高分子|功能|"
                           r"基础|装备|农业|食品|纺织|服装|轻工|冶金|钢|有色|建材|通用|专用|航天|海工|核|风电)$")
SECTOR = re.compile(r"(?:材料|封测|制造|加工|服务|产业|行业|领域|研发|技术|设计|级|类|型|性)$")
CATEGORY_HEAD = re.compile(r"^(?:法人|地方法人|义务教育|上市|子|分|母|平台|国有|投资|控股|城投|融资|担保|物业|外资|民营|中小|科技型|龙头|骨干|链主|重点|"
                           r"规上|规模以上|高新技术|县级|市级|省级|专精特新|领军|独角兽|瞪羚|总部|头部|本地|当地|在京|央|省属|市属|国|地方|"
                           r"新|各类|一批|优质|特色|金融|保险|证券|商业|农商|村镇|政策性|开发性|国有大型|股份制|城商|二三级)$")
# What a list of firms is supported to do (支持A、B等做强做优 / 园区化发展): growth of a firm, not of a sector or place.
FIRM_GROWTH = re.compile(r"(?:做强做优|做优做强|做大做强|做强做大|增资扩产|扩产扩能|扩产|扩能|上市|挂牌|(?:园区化|集团化|上下游集聚)发展)")
SUPPORT_VERB = re.compile(r"(?:支持|推动|促进|鼓励|帮助|引导|服务)$")
# What a list ending in 等 names when not firms: 盘锦精细化工、锦州松山湖新材料等20家中试基地.
OTHER_KIND = re.compile(r"(?:[\d\s]+[家个处座]|一批)?[\u4e00-\u9fff]{0,4}?(?:基地|平台|中心|园区|园|区|项目|工程|实验室|载体|品牌|"
                        r"产品|产业|行业|领域|村|镇|县|市|学校|大学|医院|团体|组织|机构|场景)")
LIST_OF_FIRMS = re.compile(r"((?:(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12}、){1,12}(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12})"
                           r"(?:(?:等(?:[\d\s]+家|一批)?|[\d\s]+家)(?:[\u4e00-\u9fff]{0,6})?(?:企业|公司|集团|央企|国企|龙头)|"
                           r"(等|带动作用|相继落户|落户|投产|签约落地))")


# A firm's name opening a project's name (鑫海化工新材料基地, 中铁一局集团…工程): after any place, a brand of two to
# four characters and a company word, or a trade word; not 智能 or 钢, which open product words there (智能制造, 钢构).
FIRM_AT_START = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + STRONG_SUFFIX.pattern + r"|([\u4e00-\u9fff]{2,4}?)(" +
                           WEAK_SUFFIX.pattern[3:-2].replace("|钢|", "|").replace("|智能|", "|") + ")(?![谷城园港湾岛镇])")
PRODUCT_OPENERS = ("航空", "汽车")  # 麦德利航空座椅组件: a brand and its product
GENERIC_FIRM_HEAD = re.compile(r"[级家省市县国首]|以上|区域|综合|保税|冷链|供销|跨境|液体|精品|菱镁|[东南西北中]部|[东西][南北]|^[东南西北]方")


def _firm_like(item: str) -> bool:
    """A name before a company suffix (恒芯电子), not the bare industry word (电子), a sector or waste (废钢铁)."""
    strong = STRONG_SUFFIX.search(item)
    m = strong or WEAK_SUFFIX.search(item)
    return bool(m) and m.start() >= 2 and not item.startswith("废") and (strong is not None or not industry(item))


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


def _firm_opening(text: str, p: Match, places: list[tuple[int, int]]) -> int | None:
    """Where the firm's name that opens a project's or zone's name ends, if one does; zones need a company word."""
    lead = next((b for a, b in places if a == p.start), p.start)  # 北京永康药业: a place may come first
    firm = FIRM_AT_START.match(text, lead, p.end)
    if firm is None:
        return None
    head = firm.group(1) or firm.group(2)
    if firm.group(1) is None:  # a trade word: in a project's name, not before a product (麦德利航空座椅组件)
        if p.label != "Project" or firm.end() < p.end and (len(head) > 3 or firm.group(3) in PRODUCT_OPENERS):
            return None
    if not _firm_like(firm.group()) or GENERIC_FIRM_HEAD.search(head) or INDUSTRY_HEAD.match(head) or \
            CATEGORY_HEAD.match(head) or (lead, lead + len(head)) in places:
        return None
    return firm.end()


def _split_pair(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A与B as two spans when both sides are names of two characters or more."""
    i = text.find("与", s + 2, e - 2)
    return [(s, i), (i + 1, e)] if i > 0 else [(s, e)]


def find_enterprises(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, nested: bool = False) -> None:
        """Record a firm, unless an earlier name holds it (a name with a company word may stand in a project's)."""
        others = {"Strategy", "Program", "Event", "Policy"} | (set() if nested else {"Zone", "Project"})
        if e - s >= 2 and not covered(doc, s, e, others) and not any(a < e and s < b for a, b in taken):
            found.append(Match(s, e, "Enterprise"))
            taken.append((s, e))

    for m in STRONG_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        if start is None or text[start - 1:start].isdigit() or re.search(r"\d+号", text[start:m.start()]):
            continue  # 59号院电影公司, 路8号院机械公司: an address, not a name
        head = text[start:m.start()]
        if CATEGORY_HEAD.match(head) or len(head) < 2 or head[-1] in "子分母" and m.group() == "公司" or \
                text[m.end():m.end() + 1] == "化" or industry(head):
            continue  # 文旅集团, 政府平台公司: a kind of company
        end = m.end()
        if text.startswith("有限公司", end):
            end += 4
        add(start, end, nested=True)
    places = [(p.start, p.end) for p in matches(doc) if p.label == "Place"]
    for p in matches(doc):  # a project or zone named after its firm: 鑫海化工新材料基地, 华宇特气(等项目), 骆驼集团…产业园
        if p.label in ("Project", "Zone"):
            firm = _firm_opening(text, p, places)
            if firm is not None:
                add(p.start, firm, nested=True)
    edges = sorted({x for span in quoted(doc) for x in span})
    for m in LIST_OF_FIRMS.finditer(text):
        explicit = m.group(2) is None  # …等企业: the list says what its items are
        spans = _items(doc, m.start(1), m.group(1), edges)
        if m.group(2) == "等" and FIRM_GROWTH.match(text, m.end()) and SUPPORT_VERB.search(text, 0, spans[0][0]):
            explicit = True  # 支持禹王、谷神等园区化发展: what the list's items do says they are firms
        elif not explicit and OTHER_KIND.match(text, m.end()):
            continue
        if explicit:  # 支持A电梯与B集团、C医药与D医药等企业深化合作: pairs of firms
            spans = [part for s, e in spans for part in _split_pair(text, s, e)]
        firm_like = [_firm_like(text[s:e]) for s, e in spans]
        if any(firm_like):  # 献县乐寿 beside 盐山福农生物: a place and a brand
            firm_like = [f or any(a == s and e - b >= 2 for a, b in places) for f, (s, e) in zip(firm_like, spans)]
        if not explicit and sum(firm_like) * 2 < len(spans):
            continue
        for (s, e), firm in zip(spans, firm_like):
            name = text[s:e]
            lead = next((b for a, b in places if a == s and b < e), s)
            if industry(text[lead:e]):
                continue  # 盘锦精细化工: a place's industry
            if not CATEGORY_HEAD.match(name) and not SECTOR.search(name) and not industry(name) and \
                    not re.search(r"[于的在将与]|(?:企业|行业|产业|领域|部门|单位|机构|品牌)$", name) and \
                    (explicit or firm or not WEAK_SUFFIX.fullmatch(name)):
                add(s, e)
    for m in re.finditer(WEAK_SUFFIX.pattern[:-1], text):  # a weak suffix alone needs a firm's verb after it
        if FIRM_CONTEXT_AFTER.match(text[m.end():m.end() + 4]):
            start = name_start(doc, m.start(), max_chars=8)
            if start is not None and start < m.start() and not CATEGORY_HEAD.match(text[start:m.start()]) and \
                    not INDUSTRY_HEAD.match(text[start:m.start()]):
                add(start, m.end())
    for m in BANKS.finditer(text):
        add(m.start(), m.end())
    for m in re.finditer(r"(?:(?:(?!等)[\u4e00-\u9fff]){3,8}、){1,8}(?:(?!等)[\u4e00-\u9fff]){3,8}", text):
        # 盐山福农生物、献县乐寿、沧县鑫翰: places, one with a firm's suffix, name firms
        if text.startswith("等", m.end()) and OTHER_KIND.match(text, m.end() + 1):
            continue
        spans = _items(doc, m.start(), m.group(), edges)
        placed = [next((b for a, b in places if a == s and e - b >= 2), None) for s, e in spans]
        if all(placed) and any(_firm_like(text[b:e]) for b, (_, e) in zip(placed, spans)):
            for s, e in spans:
                add(s, e)
    return sorted(found, key=lambda x: x.start)


register("kg_enterprises", find_enterprises)
