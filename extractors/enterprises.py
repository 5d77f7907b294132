"""Enterprises: named companies and groups, including short names in lists (…、…、…等企业); categories of firms
(高新技术企业, 专精特新企业, 龙头企业, 上市公司) are not entities."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Match, add_matches, covered, name_start

STRONG_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|银行|药业|制药|股份)")
WEAK_SUFFIX = re.compile(r"(?:科技|电气|汽车|钢铁|化工|能源|光电|光伏|电子|机械|实业|控股|物流|医药|食品|乳业|纺织|建材|重工|"
                         r"航空|新材料|生物|智能|电力|动力|环保|装备|精工|机电|铝业|钢|石化|传媒|置业)$")
CATEGORY_HEAD = re.compile(r"^(?:上市|子|分|母|平台|国有|投资|控股|城投|融资|担保|物业|外资|民营|中小|科技型|龙头|骨干|链主|重点|"
                           r"规上|规模以上|高新技术|专精特新|领军|独角兽|瞪羚|总部|头部|本地|当地|在京|央|省属|市属|国|地方|"
                           r"新|各类|一批|优质|特色|金融|保险|证券|商业|农商|村镇|政策性|开发性|国有大型|股份制|城商|二三级)$")
LIST_OF_FIRMS = re.compile(r"((?:[\u4e00-\u9fffA-Za-z]{2,12}、){1,12}[\u4e00-\u9fffA-Za-z]{2,12})"
                           r"(?:等(?:[\d\s]+家|一批)?(?:[\u4e00-\u9fff]{0,6})?(?:企业|公司|集团|央企|国企|龙头)|"
                           r"(?:带动作用|相继落户|落户|投产|签约落地))")


def _firm_like(item: str) -> bool:
    return bool(STRONG_SUFFIX.search(item) or WEAK_SUFFIX.search(item))


def find_enterprises(doc: Doc) -> list[Match]:
    text = doc.text
    found: list[Match] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if e - s >= 2 and not covered(doc, s, e, {"Place", "Strategy", "Program", "Zone", "Project", "Event", "Policy"}) \
                and not any(a < e and s < b for a, b in taken):
            found.append(Match(s, e, "Enterprise"))
            taken.append((s, e))

    for m in STRONG_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        if start is None:
            continue
        head = text[start:m.start()]
        if CATEGORY_HEAD.match(head) or len(head) < 2 or head[-1] in "子分母" and m.group() == "公司":
            continue
        end = m.end()
        if text.startswith("有限公司", end):
            end += 4
        add(start, end)
    for m in LIST_OF_FIRMS.finditer(text):
        items = m.group(1).split("、")
        explicit = not m.group().endswith(("带动作用", "相继落户", "落户", "投产", "签约落地"))
        if not explicit and sum(map(_firm_like, items)) * 2 < len(items):
            continue
        pos = m.start(1)
        for i, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            if i == 0:
                s = name_start(doc, e) or s
            if not CATEGORY_HEAD.match(text[s:e]) and not re.search(r"(?:企业|行业|产业|领域|部门|单位|机构)$", text[s:e]):
                add(s, e)
    return sorted(found, key=lambda x: x.start)


@Language.factory("kg_enterprises")
def make_enterprises(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        add_matches(doc, find_enterprises(doc))
        return doc

    return component
