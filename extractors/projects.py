"""Projects: named construction and industrial projects (reservoirs, water transfers, railways, plants, bases),
by their suffix or as the items of a list of projects (石炼化绿色转型、昌泰电科谷等184个项目)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Match, add_matches, covered, name_start

PROJECT_SUFFIX = re.compile(
    r"(?:一体化项目|项目|调水工程|配置工程|水利工程|工程|水库|城际铁路|铁路|高铁|高速公路|高速|快速路|公路|大桥|机场|"
    r"码头|抽水蓄能电站|水电站|光伏电站|电站|电厂|风电场|产业基地|生产基地|基地|管道|隧道|枢纽|生产线)"
    r"(?:[一二三四五六七八九十]期|二期|三期)?(?![\u4e00-\u9fff]{0,1}(?:企业|公司|集团))")
GENERIC_HEAD = re.compile(r"^(?:重点|重大|民生|产业|基础设施|新开工|在建|续建|新建|亿元以上|超百亿元|百亿级|一批|省市|省市县|"
                          r"三级|实施类|这些|各类|大|小|标志性|龙头|招商|签约|外资|内资|工业|农业|水利|交通|能源|城建|城市|"
                          r"示范|试点|重点产业|民生实事|候选|实事|市级|省级|国家级|中央|专项|亿元|千万元|优质|特色|传统|基础|"
                          r"配套|全产业链|单体|补链|延链|强链|项目|工程|现代|高标准|数字|智慧|绿色|新型|共建产业|产业链|两重|"
                          r"发展|高质量发展|建设|候选|民生实事候选|改造|更新|储备|前期|谋划|储能|示范性)$")
GENERIC_TAIL = re.compile(r"(?:重点|重大|新开工|在建|续建|亿元以上|候选|实事|这些|各类|一批)$")
INFRASTRUCTURE = re.compile(r"[水路桥铁电港管渠河湖堤坝厂站楼馆院校轨隧线气热网]")
LIST_OF_PROJECTS = re.compile(r"((?:[\u4e00-\u9fff\w·]{2,20}、){1,12}[\u4e00-\u9fff\w·]{2,20})等(?:[\d\s]+个|一批|多个)?"
                              r"(?:重点|重大|产业|亿元以上|在建)?(?:项目)")


def find_projects(doc: Doc) -> list[Match]:
    text = doc.text
    found: list[Match] = []
    taken = []

    def add(s: int, e: int) -> None:
        if not covered(doc, s, e, {"Strategy", "Program", "Zone", "Event", "Policy"}) and \
                not any(a < e and s < b for a, b in taken):
            found.append(Match(s, e, "Project"))
            taken.append((s, e))

    for m in LIST_OF_PROJECTS.finditer(text):
        pos = m.start(1)
        for i, item in enumerate(m.group(1).split("、")):
            item_start, item_end = pos, pos + len(item)
            pos = item_end + 1
            s = (name_start(doc, item_end) or item_start) if i == 0 else item_start
            if item_end - s >= 2 and not GENERIC_HEAD.match(text[s:item_end]):
                add(s, item_end)
    for m in PROJECT_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        if start is None:
            continue
        head = text[start:m.start()]
        if GENERIC_HEAD.match(head) or GENERIC_TAIL.search(head) or len(head) < 2 or re.search(r"[、，,]", head):
            continue
        if m.group().startswith("工程") and not (INFRASTRUCTURE.search(head) or covered(doc, start, m.start(), {"Place"})):
            continue  # 雪亮工程, 乡村振兴工程: programmes, not construction
        add(start, m.end())
    return sorted(found, key=lambda x: x.start)


@Language.factory("kg_projects")
def make_projects(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        add_matches(doc, find_projects(doc))
        return doc

    return component
