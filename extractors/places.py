"""Place mentions: official and short names of GB/T 2260 divisions, kept only where they stand as words."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import gazetteer

# Short names that are also ordinary words or landmarks: only their full name (or a qualifier) makes them places.
WORDLIKE = frozenset("""光明 东方 和平 新华 长安 永康 江南 江北 河东 河西 城中 城东 城西 城南 城北 向阳 红旗 前进 新城 白云 青山 金山
南山 北山 东山 西山 中山 黄山 泰山 华山 衡山 嵩山 庐山 普陀 峨眉 五台 龙华 开平 安定 太平 永定 长宁 宁安 安宁 和顺 平安
新兴 通化 文化 合作 大同 大安 永和 新乐 乐业 富民 兴业 和田 宝山 龙泉 清河 清水 临江 沿河 城阳 海城 新区 新市 环江
高新 经开 大连 上城 下城 吉利 资源 通道 永胜 开远 正安 兴安 和政 宏伟 立新 胜利 红星 中原 东港 西湖 东湖 南湖 北湖
石林 长江 黄河 珠江 天山 昆仑 井冈山 红安 仁和 和龙 集安 双城 长春 长治 昌平 朝阳 东城 西城 达川 安顺 贵阳""".split())
# What after a name makes it part of another name: streets, trains, papers, brands, cups.
NOT_A_PLACE_AFTER = re.compile(r"(?:路|街|大街|大道|巷|号|社|牌|杯|报|日报|晚报|电视台|大学|学院|中学|小学|医院|银行|集团|公司|"
                               r"药业|宾馆|饭店|酒店|商场|广场|剧院|市场|站|机场|港)")
LEVEL_SUFFIX = "省市区县州盟旗"

if not Span.has_extension("candidates"):
    Span.set_extension("candidates", default=())


def find_places(doc: Doc) -> list[Span]:
    """Token-aligned matches of official names, then of short names not inside a longer name."""
    gaz = gazetteer.load()
    text = doc.text
    spans: list[Span] = []
    taken = [False] * len(text)

    def add(s: int, e: int, divisions) -> bool:
        span = doc.char_span(s, e, label="Place")
        if span is None:
            return False
        span._.candidates = tuple(d.adcode for d in divisions)
        spans.append(span)
        taken[s:e] = [True] * (e - s)
        return True

    for s, e, divisions in gaz.full.scan(text):
        add(s, e, divisions)
    for s, e, divisions in gaz.short.scan(text):
        if any(taken[s:e]):
            continue
        after = text[e:e + 4]
        if after[:1] and after[0] in LEVEL_SUFFIX:  # 海南州, 沧州市 written with a level character
            narrowed = [d for d in divisions if d.name.endswith(after[0])]
            if narrowed and (add(s, e + 1, narrowed) or add(s, e, narrowed)):
                continue
        if text[s:e] in WORDLIKE or NOT_A_PLACE_AFTER.match(after):
            continue
        add(s, e, divisions)
    return sorted(spans, key=lambda sp: sp.start_char)


@Language.factory("kg_places")
def make_places(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc.spans["places"] = find_places(doc)
        return doc

    return component
