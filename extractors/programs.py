"""Programs not in the vocabulary: named actions, pilots, reforms, campaigns and systems (…三年行动, …试点,
“双盲”评审改革, “陪办团”制度). Vocabulary programs are matched with the other concepts (extractors/strategies.py)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Match, add_candidate, add_matches, covered, name_start, quoted

PROGRAM_SUFFIX = re.compile(r"(?:三年行动|五年行动|专项行动|攻坚行动|提升行动|行动计划|专项整治|攻坚战|保卫战|推进试点|试点|"
                            r"工程|行动|计划|改革|制度|机制)(?![\u4e00-\u9fff])")
QUOTED_ONLY = ("改革", "制度", "机制")  # …改革 is a programme when it carries a quoted name (“双盲”评审改革)
QUOTED_KIND = re.compile(r"^(?:行动|工程|改革|制度|试点|机制|模式|建设|创建|计划|专项行动|品牌|活动)")
# Words whose …行动/…改革/…工程 is an area of work, not a named programme.
GENERIC_HEAD = re.compile(r"^(?:各项|各类|重点|重大|一批|专项|系列|相关|全面|综合|深化|持续|民生|基础|重点领域|领域|体制|配套|"
                          r"结构性|关键|系统|这项|此项|本次|国企国资|全方位|各方面|标志性|十大|改善|防控)$")
MIN_NAME = 4  # characters, suffix included: 试点 alone is not a programme


def find_programs(doc: Doc) -> list[Match]:
    text = doc.text
    found: list[Match] = []
    for s, e in quoted(doc):
        term = text[s:e]
        after = QUOTED_KIND.match(text[e:e + 4])
        if after and 2 <= len(term) <= 12 and not covered(doc, s, e) and not re.search(r"[、，,。]", term):
            end = e + len(after.group()) if after.group() in ("行动", "工程", "改革", "制度", "试点", "机制") else e
            found.append(Match(s, end, "Program"))
    for m in PROGRAM_SUFFIX.finditer(text):
        start = name_start(doc, m.start(), max_chars=14)
        if start is None or covered(doc, start, m.end()) or any(f.start < m.end() and start < f.end for f in found):
            continue
        head = text[start:m.start()]
        if m.group() in QUOTED_ONLY and not any(start <= a < m.start() for a, _ in quoted(doc)):
            continue
        if GENERIC_HEAD.match(head) or m.end() - start < MIN_NAME or text[start - 1:start] == "、":
            continue  # the last item of 人居环境、基础设施、安全保障提升行动 names no programme of its own
        found.append(Match(start, m.end(), "Program"))
    return sorted(found, key=lambda x: x.start)


@Language.factory("kg_programs")
def make_programs(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        found = find_programs(doc)
        add_matches(doc, found)
        for m in found:
            add_candidate(doc, doc.text[m.start:m.end], "program")
        return doc

    return component
