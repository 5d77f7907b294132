"""Events: named forums, expos, fairs, games and summits, with their edition where stated (第二十届, 首届, 2021)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, doc_text, name_start, only_words, register

EVENT_SUFFIX = re.compile(r"(?:博览会|交易会|洽谈会|[\u4e00-\u9fff]洽会|[\u4e00-\u9fff]博会|[\u4e00-\u9fff]交会|"
                          r"交流周|活动周|时装周|文化周|艺术周|交流年|文化年|展览会|展销会|"
                          r"运动会|锦标赛|马拉松|论坛|峰会|艺术节|文化节|旅游节|音乐节|电影节|美食节|大赛|大会|年会|推介会|"
                          r"领导人会议|圆桌会议|会议)")
EDITION = re.compile(r"(第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}(?:年)?)$")
GENERIC_HEAD = re.compile(r"^(?:各类|大型|专题|重大|一系列|系列|重点|招商|推介|产业|高端|国际性|全国性|专场|一批|年度|各种|"
                          r"经济工作|工作|动员|表彰|座谈|交流|现场|调度|观摩|常务|全体|人民代表|代表|党员|职工|视频|电视电话)$")
NOT_EVENT = re.compile(r"人民代表大会|政治协商|政协|常委会|全会|党代会|代表大会|人大|工作会议|联席会议|座谈会|会商会")
GENERIC_WORDS = sorted("大型 高端 学术 专题 工作 国际 重要 重大 各类 系列 全国 全省 全市 综合 行业 产业 招商 推介 交流 合作 经贸 "
                       "文化 体育 旅游 科技 创新 投资 贸易 品牌 展示 精品".split(), key=len, reverse=True)


def find_events(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = []
    for m in EVENT_SUFFIX.finditer(text):
        abbreviation = len(m.group()) == 3 and m.group()[1:] in ("洽会", "博会", "交会")  # 进博会, 广交会
        start = name_start(doc, m.start(), max_chars=20) if not abbreviation else m.start()
        if start is None:
            continue
        if text[max(0, start - 2):start] in ("全国", "中国", "国际", "世界", "全球"):
            start -= 2  # 全国鼓王大会: the scope word belongs to the name
        head = text[start:m.start()]
        name = text[start:m.end()]
        if abbreviation:
            head = head or m.group()
        if m.group() in ("大会", "会议") and len(head) < 4:
            continue
        if not head or GENERIC_HEAD.match(head) or only_words(head, GENERIC_WORDS) and not abbreviation or NOT_EVENT.search(name) or re.search(r"(?:本次|此次|这次|该)$", head) or \
                covered(doc, start, m.end(), {"Event", "Policy"}):
            continue
        edition = EDITION.search(text[max(0, start - 8):start])
        attrs = (("edition", edition.group(1)),) if edition else ()
        found.append(Match(start, m.end(), "Event", attrs=attrs))
    return found


register("kg_events", find_events)
