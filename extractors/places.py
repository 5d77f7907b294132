"""Place mentions: official and short names of GB/T 2260 divisions, kept only where they stand as words."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from extractors.base import LEADING_VERBS, NAME_STOP, Match, doc_text, quoted, register, token_ends, token_starts
from kg import gazetteer, lexicons

WORDLIKE = lexicons.words("place_wordlike")  # short names that are ordinary words: only a full name makes a place
NOT_A_PLACE_AFTER = re.compile(lexicons.alternation("place_not_after"))  # 北京路, 新华社: part of another name
LEVEL_SUFFIX = gazetteer.LEVEL_CHARS
OFFICE_AFTER = set("委人政境全")  # 沧州市委, 丛台区人民政府, 河北省政府: the name still ends a word (opening the organ's)
# What after a place leaves it a word of its own (沧州入选, 与北京一道, 河北篇章); any other word makes it the
# opening of a longer name (绍兴黄酒, 廊坊片区), which the graph does not count as a mention of the place.
OWN_AFTER = re.compile(lexicons.alternation("place_own_after") + "|" + "|".join(
    re.escape(w) for w in sorted({*NAME_STOP, *LEADING_VERBS}, key=len, reverse=True) if len(w) > 1))
OPENED_NAME = re.compile(lexicons.alternation("place_opened_names"))  # 甲县人民政府, 台湾同胞: names the place opens
ROUTE = "至到"
CONJUNCTIONS = "和与及同"
OTHER_LEVEL = re.compile(r"[省市州区县](?:委|政府|人民政府|人大|政协|直)?$")  # 市政府和县政府: offices of two levels
# one-character words the segmenter glues to the place after them (居成|都市, 至佳县): the place still starts a word
GLUED_BEFORE = lexicons.words("place_glued_before")
RANKED_AFTER = re.compile("(?:" + lexicons.alternation("place_ranked_after") + ")$")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# verbs of winning right before a place, with what may stand between (连续, 全市唯一, a year): the place awards the title
HONOUR_BEFORE = re.compile("(?:" + lexicons.alternation("place_honour_before") + r")了?(?:全[省市县区]唯一|首批)?"
                           r"(?:(?:19|20)\d{2}\s*年?度?)?\s*$")
# after 等, the head a list of places shares (甲市、乙市等6个抽水蓄能项目): a count, words, the head of a name of works or
# zones (guideline 2: 黄骅、沧州军民合用机场 gives the Place 黄骅 alone)
HEAD_AFTER_ETC = re.compile(r"(?:[\d一二两三四五六七八九十百]+[个家座处条])?([^，,。；;：:、（(\s]{0,14}?)"
                            r"(?:集群|聚集区|集聚区|项目|工程|基地|园区|产业园|示范区|开发区|高新区|经开区)")
STOPS = tuple(w for w in NAME_STOP if len(w) > 1)  # verbs and function words: a clause, no name's words
YEAR_ONLY = re.compile(r"(?:(?:19|20)\d{2}\s*年?度?)?\s*")  # “2023 甲省…三十强”: a year before the place in a title
# a disaster named by its place and its magnitude or date (某县6.4级地震, 某区“4·11”森林火灾, 某市“1·24”特别重大火灾,
# its severity between): the place opens its name
DISASTER_AFTER = re.compile(r"(?:[\d.．]+级?|\d{1,2}[·.．]\d{1,2}[\u4e00-\u9fff]{0,4}?)" +
                            lexicons.alternation("place_disasters"))


def find_places(doc: Doc) -> list[Match]:
    """Official names starting at a word boundary, then short names standing as whole words.

    Short names carry every division they may denote; the resolver narrows them with the issuer's province."""
    gaz = gazetteer.load()
    text = doc_text(doc)
    starts, ends = token_starts(doc), token_ends(doc)
    found: list[Match] = []
    wordlike: list = []  # short names that are ordinary words (朝阳, 黄山): places only in a list of places
    taken = [False] * len(text)

    titles = quoted(doc)
    # the issuer's own short name (朝阳 in 朝阳区's report) is its place even where it is also an ordinary word
    own = doc._.issuer.short_name if doc._.issuer else None

    def add(s: int, e: int, divisions, short: bool) -> None:
        opening = () if stands_alone(text, s, e) and not honour(text, s, e, titles) else (("opens", "name"),)
        found.append(Match(s, e, "Place", candidates=tuple(d.adcode for d in divisions), short=short, attrs=opening))
        taken[s:e] = [True] * (e - s)

    glued = {s + 1 for s in starts if text[s] in GLUED_BEFORE}
    for s, e, divisions in gaz.full.scan(text, at=starts | glued):
        if e - s == 2 and (e - 1 in starts or text[s] in CONJUNCTIONS and _other_level(gaz, text, s)):
            continue  # 市政府和|县委: a conjunction, then the level opening a word; 市和县两级, 市政府和县政府: the
            # conjunction joins the county's level or office to another's, no county named by it (和县)
        if e in ends or text[e:e + 1] in OFFICE_AFTER:
            # 范县 in 示范县: two characters are as weak as a short name; so is a name of one character and 城市,
            # which also reads as a word and 城市 (六宜|城市, 聚力兴|城市): far from the issuer, no place (kg/resolve.py)
            add(s, e, divisions, short=e - s <= 2 or e - s == 3 and text.endswith("城市", 0, e))
    routed = {s + 1 for s in starts if text[s] in ROUTE}  # 新沂|至江|都段, 西安|至永寿: a route's endpoint glued to 至
    for s, e, divisions in gaz.short.scan(text, at=starts | routed):
        if any(taken[s:e]):
            continue
        after = text[e:e + 4]
        # 海南州, 沧州市委 written with a level character; not one that opens the next word (上海|市场, 河北|省域)
        if after[:1] and after[0] in LEVEL_SUFFIX and not (e in starts and e + 1 not in ends
                                                           and after[1:2] not in OFFICE_AFTER):
            narrowed = [d for d in divisions if d.name.endswith(after[0])]
            if narrowed and text[s:e + 1] not in gazetteer.GENERIC_NAMES:
                add(s, e + 1, narrowed, short=False)
            continue  # 大城市 is not 大城县
        if e in ends and not NOT_A_PLACE_AFTER.match(after):
            if text[s:e] in WORDLIKE and text[s:e] != own:
                wordlike.append((s, e, divisions))
            else:
                add(s, e, divisions, short=True)
    # 朝阳、葫芦岛, 珲春、集安等地: a word-like short name listed with a place is a place too (guideline 2: a list of
    # places); read until no more is added, as a list may hold two in a row
    while added := [(s, e, d) for s, e, d in wordlike if not any(taken[s:e]) and (
            text[e:e + 1] == "、" and any(m.start == e + 1 for m in found)
            or text[s - 1:s] == "、" and any(m.end == s - 1 for m in found))]:
        for s, e, divisions in added:
            add(s, e, divisions, short=True)
    return sorted(_coordinated(found), key=lambda m: m.start)


def _other_level(gaz, text: str, at: int) -> bool:
    """Whether a level or its office stands alone right before at (市和县两级, 市政府和县政府), not a place's own level
    (马鞍山市和县: the county in the city)."""
    level = OTHER_LEVEL.search(text, max(0, at - 5), at)
    return bool(level) and not any(e == level.start() + 1 for _, e, _ in gaz.full.scan(text, max(0, level.start() - 8), level.start() + 1))


def _coordinated(found: list[Match]) -> list[Match]:
    """Places written one after the other without a mark, neither within the other, are coordinated: where the last
    stands as a word of its own (赣州吉安联动) so do the others; where it opens a name, they open it with it
    (宁波舟山国际航运中心). A place followed by one of its own divisions (北京朝阳区) opens that one's name."""
    at = {m.start: m for m in found}
    alone: set[int] = set()
    for m in sorted(found, key=lambda m: -m.start):  # right to left: the last of a run is decided first
        nxt = at.get(m.end)
        if nxt is not None and not _within(nxt, m) and (not nxt.attrs or nxt.start in alone):
            alone.add(m.start)
    return [replace(m, attrs=()) if m.start in alone else m for m in found]


def _within(inner: Match, outer: Match) -> bool:
    """Whether a division inner may denote lies inside one outer may denote (by adcode prefix)."""
    prefixes = {re.sub(r"(00)+$", "", code) for code in outer.candidates}
    return any(code.startswith(p) and code != p for code in inner.candidates for p in prefixes if p)


def honour(text: str, start: int, end: int, titles: list[tuple[int, int]]) -> bool:
    """Whether a place opens the name of a title won (guideline 2: not a place written as the start of a longer name,
    entity or not): right after a verb of winning (获评2021年度甲省…先进县, 荣获乙区…称号: place_honour_before) or
    first in a quoted name that goes on after it (“甲省卫生县”, “2023 甲省…三十强”), the awarding place; not where
    the place ends the clause or a list goes on (入选甲市、乙市…)."""
    if end >= len(text) or not _WORD_CHAR.match(text, end):
        return False
    if HONOUR_BEFORE.search(text, max(0, start - 16), start):
        return True
    return any(a <= start and end < b and YEAR_ONLY.fullmatch(text, a, start) for a, b in titles)


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether a place name is a word of its own (guideline 2): at the end of a clause or before punctuation or a
    digit, a route's endpoint (石家庄至衡水), the field of a ranking (居沧州首位), or followed by a function word, a verb
    or a noun it owns (沧州入选, 河北篇章); not the opening of a longer name (绍兴黄酒, 余姚井头山, 廊坊片区, 北京朝阳区)
    nor of a disaster's, named by a magnitude or date after it (某县6.4级地震: place_disasters), nor of its organ's
    (甲县人民政府, 中共乙市委) or of its compatriots (台湾同胞: place_opened_names)."""
    if DISASTER_AFTER.match(text, end):
        return False  # 某县6.4级地震: the disaster's name, which the place opens (guideline 2: 甘肃 in 甘肃某地地震)
    if text[start - 1:start] == "《" and text[end:end + 1] == "》":
        return False  # 话剧《甲县》: a work's title, not the place
    if OPENED_NAME.match(text, end):
        return False  # 甲县人民政府, 台湾同胞: the organ's or the people's name, which the place opens
    if end >= len(text) or not _WORD_CHAR.match(text, end) or start and text[start - 1] in ROUTE:
        return True
    if RANKED_AFTER.search(text, max(0, start - 2), start):  # 增幅居菏泽市首位: the field of a ranking
        return True
    if text[end:end + 1] == "等" and text[start - 1:start] == "、" and (head := HEAD_AFTER_ETC.match(text, end + 1)) \
            and not head[1].startswith(tuple(LEVEL_SUFFIX + "地")) and not any(w in head[1] for w in STOPS):
        return False  # 甲市、乙市等氢能产业集群: the list's last place opens the name whose head the list shares
    return OWN_AFTER.match(text, end) is not None


register("kg_places", find_places)
