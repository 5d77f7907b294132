"""Programs not in the vocabulary: named actions, pilots, reforms, campaigns and systems (…三年行动, …试点,
“双盲”评审改革, “陪办团”制度). Vocabulary programs are matched with the other concepts (extractors/strategies.py)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Match, add_candidate, add_matches, covered, doc_text, matches, name_start, quoted

PROGRAM_SUFFIX = re.compile(r"(?:三年行动|五年行动|专项行动|攻坚行动|提升行动|行动计划|专项整治|攻坚战|保卫战|推进试点|"
                            r"试点城市|示范城市|试点|工程|行动|计划|改革(?!赋能|化险|开放|攻坚|举措|任务|红利|措施|创新|发展)|"
                            r"(?:制度|机制)(?![\u4e00-\u9fff]))")
SWALLOWS = ("试点", "行动", "工程", "计划", "试点城市", "示范城市", "三年行动", "五年行动", "专项行动", "攻坚行动", "提升行动",
            "行动计划", "专项整治")  # a longer name of these kinds absorbs a vocabulary programme inside it
QUOTED_PROGRAM = re.compile(r"(?:工程|行动|计划|改革|试点|制度|机制|模式|(?:突破|攻坚|提升|落实)年)$")
QUOTED_ONLY = ("制度", "机制")  # …制度 is a programme when it carries a quoted name (“陪办团”制度)
QUOTED_KIND = re.compile(r"^(?:行动|工程|改革|制度|试点|机制|建设|创建|计划|专项行动)")
# Words whose …行动/…改革/…工程 is an area of work, not a named programme.
GENERIC_HEAD = re.compile(r"^(?:各项|各类|重点|重大|一批|专项|系列|相关|全面|综合|深化|持续|民生|基础|重点领域|领域|体制|配套|"
                          r"结构性|关键|系统|这项|此项|本次|国企国资|全方位|各方面|标志性|十大|改善|防控|国家级|省级|市级|"
                          r"国家级改革|年度投资|年度|投资|土建|专项治理|重点水利|水利|经济体制|重点领域|开发区|国企|农村|"
                          r"医药卫生体制|财政体制机制|治理|建设|改造|整治|政务服务|行动|工作|能力|实际|具体|修复|公司|各级|有关)$")
OWN_LABELS = {"Program", "Formulation", "Project", "Zone", "Event", "Policy"}  # a strategy may open a programme's name
MIN_NAME = 4  # characters, suffix included: 试点 alone is not a programme


def find_programs(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = []
    for m in PROGRAM_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=20)
        if start is not None and text[max(0, start - 2):start] in ("全国", "国家"):
            start -= 2  # 全国…试点: the scope word belongs to the name
        if start is None or covered(doc, m.start(), m.end()) or any(f.start < m.end() and start < f.end for f in found):
            continue
        inside = [c for c in matches(doc) if c.label in OWN_LABELS and c.start < m.end() and start < c.end]
        if any(c.start < start or c.end > m.end() or (c.start, c.end) == (start, m.end()) for c in inside) or \
                inside and m.group() not in SWALLOWS:
            continue
        for c in inside:  # 高标准农田建设 inside 整地市级高标准农田建设试点: the longer name is the programme
            matches(doc).remove(c)
        head = text[start:m.start()]
        if m.group() in QUOTED_ONLY and not any(start <= a < m.start() for a, _ in quoted(doc)):
            continue
        inner = [(a, b) for a, b in quoted(doc) if start <= a and b <= m.start()]
        if len(inner) >= 2:  # “府院联动”“府检联动”工作机制: each quoted name is a programme
            found += [Match(a, b, "Program") for a, b in inner if not covered(doc, a, b)]
            continue
        if inner and m.group() in ("制度", "机制"):  # 服务企业“陪办团”制度: the quoted name starts the name
            start = inner[0][0]
        if m.group() == "改革" and len(head) < 4 and not any(start <= a < m.start() for a, _ in quoted(doc)):
            continue
        if GENERIC_HEAD.match(head) or m.end() - start < MIN_NAME or text[start - 1:start] == "、" or \
                re.match(r"^(?:[元亿万\d]|[一二三四五六七八九十百千]+[个大项])|^[一二三四五六七八九十\d]+年$", head):
            continue  # the last item of 人居环境、基础设施、安全保障提升行动 names no programme of its own
        found.append(Match(start, m.end(), "Program"))
    for s, e in quoted(doc):
        term = text[s:e]
        after = QUOTED_KIND.match(text[e:e + 4]) or QUOTED_PROGRAM.search(term)
        if after and 2 <= len(term) <= 12 and not covered(doc, s, e) and not any(f.start < e and s < f.end for f in found) and not re.search(r"[、，,。]", term):
            end = e + len(after.group()) if after.string is not term and after.group() in (
                "行动", "工程", "改革", "制度", "试点", "机制") else e
            found.append(Match(s, end, "Program"))
    return sorted(found, key=lambda x: x.start)


@Language.factory("kg_programs")
def make_programs(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        found = find_programs(doc)
        add_matches(doc, found)
        for m in found:
            add_candidate(doc, doc_text(doc)[m.start:m.end], "program")
        return doc

    return component
