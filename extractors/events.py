"""Events: named forums, expos, fairs, games and summits, with their edition where stated (第二十届, 首届, 2021)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, name_start, only_words, register
from kg import lexicons

ABBREVIATIONS = lexicons.words("event_abbreviation")  # 进博会, 广交会: one character and an ending
EVENT_SUFFIX = re.compile(lexicons.alternation("event_suffix") + r"|[\u4e00-\u9fff]" + lexicons.alternation("event_abbreviation"))
EDITION = re.compile(r"(第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}(?:年)?)$")
GENERIC_HEAD = lexicons.words("event_generic_head")  # 各类论坛, 招商推介会: no name
NOT_EVENT = lexicons.terms("event_not_event")  # sessions of a body and work meetings
GENERIC_WORDS = lexicons.longest_first("event_generic_words")
SCOPE = lexicons.words("event_scope")  # 全国鼓王大会: the scope word belongs to the name


def find_events(doc: Doc) -> list[Match]:
    text = doc.text
    found: list[Match] = []
    for m in EVENT_SUFFIX.finditer(text):
        abbreviation = len(m.group()) == 3 and m.group()[1:] in ABBREVIATIONS  # 进博会, 广交会
        start = name_start(doc, m.start(), max_chars=20) if not abbreviation else m.start()
        if start is None:
            continue
        if text[max(0, start - 2):start] in SCOPE:
            start -= 2  # 全国鼓王大会: the scope word belongs to the name
        head = text[start:m.start()]
        name = text[start:m.end()]
        if abbreviation:
            head = head or m.group()
        if m.group() in ("大会", "会议") and len(head) < 4:
            continue
        if not head or head in GENERIC_HEAD or only_words(head, GENERIC_WORDS) and not abbreviation or any(w in name for w in NOT_EVENT) or re.search(r"(?:本次|此次|这次|该)$", head) or \
                covered(doc, start, m.end(), {"Event", "Policy"}):
            continue
        edition = EDITION.search(text[max(0, start - 8):start])
        attrs = (("edition", edition.group(1)),) if edition else ()
        found.append(Match(start, m.end(), "Event", attrs=attrs))
    return found


register("kg_events", find_events)
