"""Enterprises: named companies and groups, including short names in lists (…、…、…等企业); categories of firms
(高新技术企业, 专精特新企业, 龙头企业, 上市公司) are not entities."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, matches, name_start, only_words, register

STRONG_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|药业|制药|股份)")
WEAK_SUFFIX = re.compile(r"(?:科技|电气|汽车|钢铁|化工|能源|光电|光伏|电子|机械|实业|控股|物流|医药|食品|乳业|纺织|建材|重工|"
                         r"航空|新材料|生物|智能|电力|动力|环保|装备|精工|机电|铝业|钢|石化|传媒|置业|玻璃|建投|城投|交投|"
                         r"特气|电科|乳品|面业)$")
FIRM_CONTEXT_AFTER = re.compile(r"^(?:获评|获批|入选|荣获|成功上市|上市|投产|落户|营收|跻身|进入|获得|跃居)")
BANKS = re.compile(r"工行|农行|中行|建行|交行|国开行|农发行|邮储银行|招行|浦发银行|民生银行|兴业银行|中信银行|光大银行")
# Words that qualify an industry (绿色化工, 新能源汽车), not a firm's name.
INDUSTRY_HEAD = re.compile(r"^(?:绿色|精细|现代|新型|传统|高端|特色|石油|煤|盐|大|新|智能|数字|新能源|生物|海洋|航空|汽车|精密|"
                           r"先进|优势|主导|新兴|未来|战略性|重点|清洁|绿电|光伏|氢|储能|化学|电子|信息|医疗|高分子|功能|"
                           r"基础|装备|农业|食品|纺织|服装|轻工|冶金|钢|有色|建材|通用|专用|航天|海工|核|风电)$")
SECTOR = re.compile(r"(?:材料|封测|制造|加工|服务|产业|行业|领域|研发|技术|设计|级|类|型|性)$")
CATEGORY_HEAD = re.compile(r"^(?:法人|地方法人|义务教育|上市|子|分|母|平台|国有|投资|控股|城投|融资|担保|物业|外资|民营|中小|科技型|龙头|骨干|链主|重点|"
                           r"规上|规模以上|高新技术|专精特新|领军|独角兽|瞪羚|总部|头部|本地|当地|在京|央|省属|市属|国|地方|"
                           r"新|各类|一批|优质|特色|金融|保险|证券|商业|农商|村镇|政策性|开发性|国有大型|股份制|城商|二三级)$")
LIST_OF_FIRMS = re.compile(r"((?:(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12}、){1,12}(?:(?!等)[\u4e00-\u9fffA-Za-z]){2,12})"
                           r"(?:(?:等(?:[\d\s]+家|一批)?|[\d\s]+家)(?:[\u4e00-\u9fff]{0,6})?(?:企业|公司|集团|央企|国企|龙头)|"
                           r"(等|带动作用|相继落户|落户|投产|签约落地))")


INDUSTRY_WORDS = sorted(set("""新能源 生物 海洋 智能 电子 信息 人工 数据 大数据 绿色 现代 高端 精细 新型 传统 特色 石油 清洁 先进
新一代 航空 航天 汽车 船舶 海工 医疗 健康 装备 轨道 交通 半导体 集成电路 新材料 材料 储能 氢能 光伏 风电 核电 节能 环保
食品 农产品 纺织 服装 化工 钢铁 冶金 有色 建材 机械 仪器 仪表 通信 网络 软件 互联网 物联网 区块链 云计算 文化 旅游 体育
康养 养老 教育 金融 商贸 物流 电商 跨境 会展 设计 咨询 检测 认证 数字 低空 无人机 机器人 工业 制造 加工 精密 基础 关键
核心 零部件 整车 动力 电池 锂电 生物医药 医药 中药 仿制药 原料药 器械 网联 检验 水泥 油品 石化 营销 人才 金控 投资 平台
政府 大型 产业 文旅 农业 现代农业 省 市 县 与 和 及""".split()), key=len, reverse=True)


def _industry(name: str) -> bool:
    """Whether a name is only industry words (新能源汽车, 海洋生物医药), a sector rather than a firm."""
    return only_words(name, INDUSTRY_WORDS)


def _firm_like(item: str) -> bool:
    """A name before a company suffix (恒芯电子), not the bare industry word (电子), a sector or waste (废钢铁)."""
    m = STRONG_SUFFIX.search(item) or WEAK_SUFFIX.search(item)
    return bool(m) and m.start() >= 2 and not item.startswith("废") and \
        (STRONG_SUFFIX.search(item) is not None or not _industry(item))


def find_enterprises(doc: Doc) -> list[Match]:
    text = doc.text
    found: list[Match] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if e - s >= 2 and not covered(doc, s, e, {"Strategy", "Program", "Zone", "Project", "Event", "Policy"}) \
                and not any(a < e and s < b for a, b in taken):
            found.append(Match(s, e, "Enterprise"))
            taken.append((s, e))

    for m in STRONG_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        if start is None:
            continue
        head = text[start:m.start()]
        if CATEGORY_HEAD.match(head) or len(head) < 2 or head[-1] in "子分母" and m.group() == "公司" or \
                text[m.end():m.end() + 1] == "化" or _industry(head):
            continue  # 文旅集团, 政府平台公司: a kind of company
        end = m.end()
        if text.startswith("有限公司", end):
            end += 4
        add(start, end)
    places = [(p.start, p.end) for p in matches(doc) if p.label == "Place"]
    for m in LIST_OF_FIRMS.finditer(text):
        explicit = m.group(2) is None  # …等企业: the list says what its items are
        spans, pos = [], m.start(1)
        for i, item in enumerate(m.group(1).split("、")):
            s, e = pos, pos + len(item)
            pos = e + 1
            spans.append(((name_start(doc, e) or s) if i == 0 else s, e))
        firm_like = [_firm_like(text[s:e]) for s, e in spans]
        if any(firm_like):  # 献县乐寿 beside 盐山福农生物: a place and a brand
            firm_like = [f or any(a == s and e - b >= 2 for a, b in places) for f, (s, e) in zip(firm_like, spans)]
        if not explicit and sum(firm_like) * 2 < len(spans):
            continue
        for (s, e), firm in zip(spans, firm_like):
            name = text[s:e]
            lead = next((b for a, b in places if a == s and b < e), s)
            if _industry(text[lead:e]):
                continue  # 盘锦精细化工: a place's industry
            if not CATEGORY_HEAD.match(name) and not SECTOR.search(name) and not _industry(name) and \
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
    for m in re.finditer(r"(?:[\u4e00-\u9fff]{3,8}、){1,8}[\u4e00-\u9fff]{3,8}", text):  # 盐山福农生物、献县乐寿、沧县鑫翰
        spans, pos = [], m.start()
        for i, item in enumerate(m.group().split("、")):
            spans.append(((name_start(doc, pos + len(item)) or pos) if i == 0 else pos, pos + len(item)))
            pos += len(item) + 1
        placed = [any(a == s and e - b >= 2 for a, b in places) for s, e in spans]
        if all(placed) and any(_firm_like(text[s:e]) for s, e in spans):
            for s, e in spans:
                add(s, e)
    return sorted(found, key=lambda x: x.start)


register("kg_enterprises", find_enterprises)
