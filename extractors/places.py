"""Place mentions: official and short names of GB/T 2260 divisions, kept only where they stand as words."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, doc_text, register, token_bounds
from kg import gazetteer

# Short names that are also ordinary words or landmarks: only their full name (or a qualifier) makes them places.
WORDLIKE = frozenset("""光明 东方 和平 新华 长安 永康 江南 江北 河东 河西 城中 城东 城西 城南 城北 向阳 红旗 前进 新城 白云 青山 金山
南山 北山 东山 西山 中山 黄山 泰山 华山 衡山 嵩山 庐山 普陀 峨眉 五台 龙华 开平 安定 太平 永定 长宁 宁安 安宁 和顺 平安
新兴 通化 文化 合作 大同 大安 永和 新乐 乐业 富民 兴业 和田 宝山 龙泉 清河 清水 临江 沿河 城阳 海城 新区 新市 环江
高新 经开 上城 下城 吉利 资源 通道 永胜 开远 正安 兴安 和政 宏伟 立新 胜利 红星 中原 东港 西湖 东湖 南湖 北湖
石林 长江 黄河 珠江 天山 昆仑 红安 仁和 和龙 集安 双城 朝阳 东城 西城 振兴 新建 解放 惠民 和安 新平 港口
运河 盐湖 友好 三江 大新 富裕 同心 古城 安居 大城 南部 东风 上高 平原 延长 清新 九龙 东海 共和 互助 矿区 滨海 滨城
江山 通海 建平 安仁 水城 新和 温泉 木里 裕民 红河 海港 桥西 桥东 城关 宝塔 白塔 金川 镇海 定海 安康 长寿 太和 民乐
普洱 文山 海域 榆树 万全 大足 江城 西安区 丰泽 龙湖 华容 全州 如意 新民 宁海 海安 会同 和静 连山 乐东 南溪 大通
开阳 安远 公安 芙蓉 江汉 白银 长沙县 静安 团结 保定区 阳光 双桥 沙湾 龙口 大洼 大理石 金平 丰宁 复兴 兴隆 大观 崇义 光山 新化 江海""".split())
# What after a name makes it part of another name: streets, trains, papers, brands, cups.
NOT_A_PLACE_AFTER = re.compile(r"(?:路|街|大街|大道|巷|号|社|牌|杯|报|日报|晚报|电视台|大学|学院|中学|小学|医院|银行|集团|公司|"
                               r"药业|宾馆|饭店|酒店|商场|广场|剧院|市场|站|机场|港)")
LEVEL_SUFFIX = "省市区县州盟旗"
OFFICE_AFTER = set("委人政境全")  # 沧州市委, 丛台区人民政府, 河北省政府: the name still stands alone

def find_places(doc: Doc) -> list[Match]:
    """Official names starting at a word boundary, then short names standing as whole words.

    Short names carry every division they may denote; the resolver narrows them with the issuer's province."""
    gaz = gazetteer.load()
    text = doc_text(doc)
    starts = {a for a, _ in token_bounds(doc)}
    ends = {b for _, b in token_bounds(doc)}
    found: list[Match] = []
    taken = [False] * len(text)

    def add(s: int, e: int, divisions, short: bool) -> None:
        found.append(Match(s, e, "Place", candidates=tuple(d.adcode for d in divisions), short=short))
        taken[s:e] = [True] * (e - s)

    for s, e, divisions in gaz.full.scan(text):
        if s in starts and (e in ends or text[e:e + 1] in OFFICE_AFTER):
            add(s, e, divisions, short=e - s <= 2)  # 范县 in 示范县: two characters are as weak as a short name
    for s, e, divisions in gaz.short.scan(text):
        if any(taken[s:e]) or s not in starts:
            continue
        after = text[e:e + 4]
        if after[:1] and after[0] in LEVEL_SUFFIX:  # 海南州, 沧州市委 written with a level character
            narrowed = [d for d in divisions if d.name.endswith(after[0])]
            if narrowed and text[s:e + 1] not in gazetteer.GENERIC_NAMES:
                add(s, e + 1, narrowed, short=False)
            continue  # 大城市 is not 大城县
        if e in ends and text[s:e] not in WORDLIKE and not NOT_A_PLACE_AFTER.match(after):
            add(s, e, divisions, short=True)
    return sorted(found, key=lambda m: m.start)


register("kg_places", find_places)
