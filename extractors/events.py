"""Events: named forums, expos, fairs, festivals, games and summits, with their edition where stated (第二十届, 首届, 2021);
people's congress sessions, party congresses and plenums, work conferences of party committees, national meetings a
place hosts and named anniversaries (census rounds are programmes: extractors/programs.py)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import (NAME_LABELS, Match, covered, doc_text, first_conjunct, matches, name_start, only_words, overlaps,
                             quoted, register, token_bounds, token_starts)
from kg import gazetteer, lexicons

ABBREVIATIONS = lexicons.words("event_abbreviation")  # 进博会, 广交会: one character and an ending
# a festival named by its theme (国际光影节, 汉中油菜花节, 向海乐活节): 节 after two characters, closing the name
FESTIVAL = r"(?<=[\u4e00-\u9fff]{2})节(?=[^\u4e00-\u9fff]|$|[等和及与暨]|活动|期间)"
EVENT_SUFFIX = re.compile(lexicons.alternation("event_games") + "|" + lexicons.alternatives("event_suffix") +
                          r"|[\u4e00-\u9fff]" + lexicons.alternation("event_abbreviation") + "|" + FESTIVAL)
NOT_FESTIVAL = tuple(lexicons.terms("event_not_festival"))  # 春节, 调节, 小节: a holiday or 节 of another sense
# an edition written with or without 第 (第十四届全运会, 十四届全运会); without it, an ordinal of two characters or more
# not after another numeral or a word of continuing (连续三届: a count of editions, no edition)
EDITION = re.compile(r"(第[一二三四五六七八九十百\d]+届|(?<![第\d一二三四五六七八九十百两续])[一二三四五六七八九十百]{2,3}届|首届|"
                     r"(?:19|20)\d{2}(?:年)?)$")
GENERIC_HEAD = lexicons.words("event_generic_head")  # 各类论坛, 招商推介会: no name
NOT_EVENT = lexicons.terms("event_not_event")  # sessions of a body and work meetings
GENERIC_WORDS = lexicons.longest_first("event_generic_words")
SCOPE = lexicons.words("event_scope")  # 全国鼓王大会: the scope word belongs to the name
GAMES = lexicons.words("event_games")  # 全运会: a name without a head
NOT_IN_NAME = re.compile(lexicons.alternation("event_not_in_name"))  # 参加, 借势: the name starts after them
_N = r"[一二三四五六七八九十百零〇两\d]+"
# Meetings of a body, named by their number: a people's congress session (or all sessions of a term: 十五届人大历次
# 会议, as 历次全会), a party congress (党的十八大, 中共十八大), a plenum; the level character or the place before them
# belongs to the name (市第六次党代会, 浙江省第十四届人民代表大会第四次会议).
SESSIONS = re.compile("|".join([
    # the term's 第 and the session's may each be left out (甲县十八届人民代表大会第二次会议, 区五届人大第三次会议), and
    # a session written short (区八届六次人代会)
    rf"第?{_N}届(?:全国)?人民代表大会(?:第{_N}次|历次)会议", rf"{_N}届(?:全国)?人大(?:第?{_N}次|历次)会议",
    rf"{_N}届{_N}次人代会",
    rf"(?:党的|中共){_N}大", rf"(?:中国共产党|中共|党的)第{_N}次(?:全国)?代表大会", rf"第{_N}次党代会",
    rf"(?:中国共产党|中共|党的)?第?{_N}届中央委员会第{_N}次全体会议",  # a plenum in full: 十八届三中全会
    rf"中央[\u4e00-\u9fff]{{2,6}}?工作座谈会",  # 中央新疆工作座谈会: the centre's meeting on a region's work
    # a symposium the General Secretary spoke at (总书记在民营企业座谈会上的重要讲话): named by what it is on; not
    # where a place and a verb come first (总书记在甲市主持召开…座谈会上: the place is a token of its own)
    r"(?<=总书记在)(?:(?!召开|主持|出席|考察|视察)[\u4e00-\u9fff、]){2,40}?座谈会(?=上)",
    rf"(?:党的|{lexicons.alternatives('event_bodies')})?{_N}届(?:{_N}中(?:、{_N}中)*|历次|{_N}次(?:、{_N}次)*)全会",
    rf"{lexicons.alternation('event_bodies')}(?:(?!暨)[\u4e00-\u9fff]){{2,6}}?工作会议",
    # (not across a meeting joined by a conjunction: 全国甲乙大会和丙丁座谈会 are two)
    rf"(?:全国|全省)(?:(?!会[和与及])[\u4e00-\u9fff]){{2,24}}?{lexicons.alternation('event_national_meetings')}",
    rf"{lexicons.alternation('event_anniversary_of')}{_N}周年",
    # a plenum written by its number in the term alone (落实四中全会部署): the term is named elsewhere or understood
    r"(?<![届、\d一二三四五六七八九十百])[一二三四五六七八九十]+中全会",
]))
LEVEL = "省市区县州"
BODY = re.compile(lexicons.alternation("event_bodies") + "(?=.*工作会议$)")
BODY_BEFORE = re.compile(lexicons.alternation("event_bodies") + "$")
BODY_OPENING = re.compile(lexicons.alternation("event_bodies"))
ANNIVERSARY = re.compile(rf"{_N}周年")  # N周年 opening an event's head: the name reads on before the number
QUOTED_HEAD = ("系列活动",)  # named only by a quoted name before them
MEMBERS = ("商", "侨")  # merchants of a province (楚商, 浙商), overseas Chinese (华侨)
WRITTEN_EDITION = re.compile(r"(第[一二三四五六七八九十百\d]+届|首届)")
ORDINAL = re.compile(rf"第{_N}次$")
ABBREVIATED = re.compile(r"[（(][A-Za-z]{2,10}[）)]$")  # 亚太经合组织（APEC）
# An international body written before its meeting (上海合作组织峰会): a name read leftwards stops at 组织, a verb elsewhere.
ORGANISATION = re.compile(lexicons.alternation("event_organisations") + r"(?:[（(][A-Za-z]{2,10}[）)])?$")
CLEANUP = re.compile(lexicons.alternation("event_cleanup_verbs"))  # 清理规范节庆论坛: a kind of events being cut
EVENTISH = ("会", "节", "赛", "展", "周", "赛事", "活动")  # 精品展会和…年会, 国际赛事和…马拉松: events of its own
# an anniversary commemorated (纪念中国工农红军长征胜利80周年, 庆祝某协定签署30周年): what the verb commemorates, to N周年
_COMMEMORATE = lexicons.alternation("event_commemoration_verbs")
COMMEMORATED = re.compile(rf"{_COMMEMORATE}((?:(?!{_COMMEMORATE})[\u4e00-\u9fff]){{2,24}}?{_N}周年)")
# anniversaries listed after a commemorated one (迎来甲30周年、乙实施10周年等): each one up to its N周年
LISTED_ANNIVERSARY = re.compile(rf"、((?:(?!{_COMMEMORATE})[\u4e00-\u9fff]){{2,24}}?{_N}周年)")
# the activities commemorating an anniversary (某战役胜利80周年纪念活动): one event, named leftwards from the number
ANNIVERSARY_ACTIVITIES = re.compile(rf"{_N}周年(?:纪念|庆祝)活动")
# the anniversary a year is (今年是甲乙提出六十周年, 2023年是“丙丁”实施20周年): the year's named anniversary, to N周年
YEAR_IS = re.compile(rf"(?:年|[，,])是((?:(?![，,。；;、是])[^\s]){{2,24}}?{_N}周年)")
FOUNDED = re.compile(rf"成立{_N}周年")  # 西藏自治区成立50周年: a place's founding anniversary
VENUE = ("中心", "场馆", "馆", "堂")  # what after an event's ending makes it a building's name (国际会议中心)
SITTINGS = ("人大", "人民代表大会", "常委会")  # 人大常委会第N次会议: a numbered sitting of a body
COUNT_BEFORE = re.compile(rf"{_N}$")
# a league written short (苏超, 川超, 村BA): a province's abbreviation and 超 (its super league) or a league's own short
# name, a word of its own (not 超 opening a word or a count: 超过, 超市, event_league_not_after; 超1万)
LEAGUE = re.compile(rf"(?:{lexicons.alternation('zone_province_abbreviations')}超|{lexicons.alternation('event_leagues')})"
                    rf"(?![\dA-Za-z一二两三四五六七八九十百千万亿]|{lexicons.alternatives('event_league_not_after')})")
NAMED_LEAGUE = re.compile(r"[\u4e00-\u9fff]{0,2}联赛")  # “川超”联赛, “湘超”足球联赛: the short name opens the league's name
TOUR = re.compile(r"行(?=活动|[、，,。；;：:等”])")  # 企业家雄安行: a group's tour of a place, written group + place + 行
# a forum's numbered meeting (…合作论坛第四届部长级会议, …论坛（某市）2031年大会): the series, the place it meets in,
# the edition and the meeting are one event, not the forum and a bare meeting
SERIES_MEETING = re.compile(rf"(?:[（(][\u4e00-\u9fff]{{2,6}}[）)])?(第{_N}届|(?:19|20)\d{{2}}年)"
                            r"[\u4e00-\u9fff]{0,4}?(?:会议|大会|峰会|年会)")
SERIES = ("论坛",)
# the venue of an event held in several places (…丰收节全国主场活动, …节某省主会场活动, …春晚某市分会场): after the
# event's name, a scope or a place and the venue are one event, the activities held there
VENUE_PART = re.compile(r"(?:主会场|主场|分会场)(?:活动)?")
VENUE_SCOPE = ("全国", "全球", "全省", "全市")


def _numbered_meeting(doc: Doc, start: int, end: int) -> Match | None:
    """A meeting of a series numbered between the series' name and the meeting's (二十国集团领导人第十九次峰会,
    亚太经合组织（APEC）第三十三次领导人非正式会议): one event named by both parts, the ordinal its edition. None
    when no ordinal stands at start or no name before it."""
    text = doc_text(doc)
    ordinal = ORDINAL.search(text, max(0, start - 8), start + 1) if text.startswith("次", start) else None
    if ordinal is None:
        return None
    before = ordinal.start()
    if bracket := ABBREVIATED.search(text, max(0, before - 12), before):
        before = bracket.start()
    series = name_start(doc, before, max_chars=12) if not text.endswith("组织", 0, before) else before
    while series is not None and text.endswith("组织", 0, series):  # the body (上海合作组织), not the verb
        series = name_start(doc, series - 2, max_chars=12)
    if series is None or series == before:
        return None
    series = max([b for a, b in token_bounds(doc) if series <= a and b <= before and text[a:b] == "好"], default=series)
    # 服务好|保障好|…: 好 as a word of its own is a verb's complement, which ends the clause (not 友好, 好望角)
    return Match(series, end, "Event", attrs=(("name", text[series:before] + text[start + 1:end]),
                                               ("edition", ordinal.group())))


def _widen(doc: Doc, start: int) -> int:
    """Past an edition (第十二届, 首届) and a place written just before a name: 湖北省第十二届龙舟大赛; and past an
    edition written before the place (2008年北京奥运会, as 2010年上海世界博览会: the year is part of the name)."""
    text = doc_text(doc)
    edition = EDITION.search(text, max(0, start - 8), start)
    if edition and edition.end() == start:
        start = edition.start()
    place = next((m for m in matches(doc) if m.label == "Place" and m.end == start), None)
    if place is None:
        return start
    edition = None if edition else EDITION.search(text, max(0, place.start - 8), place.start)
    return edition.start() if edition and edition.end() == place.start else place.start


def _scoped_edition(doc: Doc, start: int) -> int | None:
    """Where a name made of a scope, level or place and an edition begins (全国第十五届运动会, 省第十届运动会,
    第15届全国运动会); None when no edition, or an edition alone (第三届论坛), stands before start."""
    text = doc_text(doc)
    if text[max(0, start - 2):start] in SCOPE and (first := EDITION.search(text, max(0, start - 10), start - 2)) \
            and first.end() == start - 2 and WRITTEN_EDITION.fullmatch(first.group()):
        return first.start()  # 第15届全国运动会: the edition before the scope
    edition = EDITION.search(text, max(0, start - 8), start)
    if not edition or edition.end() != start or not WRITTEN_EDITION.fullmatch(edition.group()):
        return None
    at = edition.start()
    if text[max(0, at - 2):at] in SCOPE:
        return at - 2
    if at > 0 and text[at - 1] in "省市县":
        return at - 1
    place = next((m for m in matches(doc) if m.label == "Place" and m.end == at), None)
    return place.start if place else None


def _conjoined(doc: Doc, start: int) -> int:
    """Where a name begins whose first part is joined to its second by 和, 与 or 及 (中国家电及消费电子博览会,
    中非经贸和文化论坛): over the first part when it holds no event's ending of its own (省运会和省残运会,
    国际赛事和北京马拉松 are two; a document or slogan before it is one: 五项原则和甲乙会议) and closes no list
    (…等国际赛事 is a kind)."""
    text = doc_text(doc)
    first = first_conjunct(doc, start, max_chars=8)
    if first is None or EVENT_SUFFIX.search(text, first, start - 1) or \
            text.endswith(EVENTISH, first, start - 1) or text.endswith("等", 0, first) or \
            covered(doc, first, start - 1, {"Event", "Policy", "Formulation"}):
        return start
    return first


def _tours(doc: Doc) -> list[Match]:
    """A group's tour of a place (央企河北行, 院士专家雄安行, 中外知名企业四川行活动): who, the place and 行, written
    as a name of its own (a separator or 活动 after it)."""
    text = doc_text(doc)
    found = []
    closing = {b - 1 for _, b in quoted(doc) if text.startswith("行", b - 1)}  # 万名大学生“雄安行”: the quote closes it
    for at in sorted({tour.start() for tour in TOUR.finditer(text)} | closing):
        place = next((m.start for m in matches(doc) if m.label == "Place" and m.end == at), None)
        if place is None:  # the segmenter often joins the place with 行 or splits it (校友湖|南行)
            place = next((at - n for n in (4, 3, 2) if n <= at and gazetteer.load().lookup(text[at - n:at])), None)
        if place is None:
            continue
        who = name_start(doc, place, max_chars=8)
        if who is None or place - who < 2 or text[place - 1] in "赴到去往来至" or \
                any(a <= who and at < b == at + 1 and text.startswith("活动", b) for a, b in quoted(doc)):
            continue  # 企业赴四川: a trip; “百名院士河北行”活动: a quoted name with its head, left to the programmes
        end = at + (3 if text.startswith("活动", at + 1) else 1)
        found.append(Match(who, end, "Event"))
        while who > 2 and text[who - 1] == "、" and (first := name_start(doc, who - 1, max_chars=8)) is not None \
                and who - 1 - first >= 2 and not text.endswith(("行", *EVENTISH), first, who - 1) and \
                not EVENT_SUFFIX.search(text, first, who - 1) and not any(f.end == who - 1 for f in found):
            # 院士专家、企业家雄安行: each group's tour of the place (not an event listed before it: 某某洽会、…河北行)
            found.append(Match(first, who - 1, "Event", attrs=(("name", text[first:who - 1] + text[place:end]),)))
            who = first
    return found


def _leagues(doc: Doc) -> list[Match]:
    """Leagues written short (“苏超”, 赣超、百羽争锋, 村BA), with 联赛 when it follows (“川超”联赛): where the
    abbreviation is quoted or a word starts with it, not inside a longer quoted name (“跟着苏超游江苏”). A bare one is
    marked short: kg.graph.same_event makes it the report's league whose name opens with it (湘超 of 湘超足球联赛)."""
    text, starts, spans = doc_text(doc), token_starts(doc), quoted(doc)
    quote_starts = {a for a, _ in spans}
    return [Match(m.start(), (full.end() if (full := NAMED_LEAGUE.match(text, m.end())) else m.end()), "Event",
                  attrs=() if full else (("league", "short"),)) for m in LEAGUE.finditer(text)
            if (m.start() in quote_starts or m.start() in starts and not re.match(r"[A-Za-z]", text[m.start() - 1:m.start()]))
            and not any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start() for a, b in spans)]


ROUND = re.compile(r"回合(?:多边贸易)?谈判")  # 多哈回合谈判: a round of trade talks named by where it opened


def find_sessions(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found = []
    for m in ROUND.finditer(text):  # 积极推动多哈回合谈判: the round's name, of a few characters, before 回合
        start = name_start(doc, m.start(), max_chars=4)
        if start is not None and m.start() - start >= 2:
            found.append(Match(start, m.end(), "Event"))
    for place in matches(doc):  # 新疆维吾尔自治区成立60周年
        if place.label == "Place" and (years := FOUNDED.match(text, place.end)):
            found.append(Match(place.start, years.end(), "Event"))
    for m in COMMEMORATED.finditer(text):
        named = [m]  # and each anniversary listed after it (迎来甲30周年、乙实施10周年)
        while item := LISTED_ANNIVERSARY.match(text, named[-1].end()):
            named.append(item)
        found += [Match(n.start(1), n.end(1), "Event") for n in named
                  if not SESSIONS.search(n.group(1)) and not FOUNDED.search(n.group(1))]
    for m in YEAR_IS.finditer(text):
        event = Match(m.start(1), m.end(1), "Event")
        if not SESSIONS.search(m.group(1)) and not FOUNDED.search(m.group(1)) and not overlaps(event, found):
            found.append(event)
    for m in ANNIVERSARY_ACTIVITIES.finditer(text):
        start = name_start(doc, m.start(), max_chars=24)
        if start is None:
            continue
        for verb in NOT_IN_NAME.finditer(text, start, m.start()):
            start = verb.end()  # 听取…纪念活动总结报告: the name starts after the verb
        event = Match(start, m.end(), "Event")
        if m.start() - start >= 2 and not covered(doc, start, m.end(), {"Event"}) and not overlaps(event, found):
            found.append(event)
    for m in SESSIONS.finditer(text):
        start = _widen(doc, m.start())
        if start == m.start() and start > 0 and text[start - 1] in LEVEL:
            start -= 1  # 市第六次党代会, 省十三届人大四次会议
        found.append(Match(start, m.end(), "Event"))
        body = BODY.match(m.group())
        pos = start
        while body and pos > 1 and text[pos - 1] == "、":  # 中央、省委经济工作会议: each body has its own
            other = BODY_BEFORE.search(text, 0, pos - 1)
            if other is None:
                break
            pos = other.start()
            found.append(Match(pos, other.end(), "Event", attrs=(("name", other.group() + m.group()[body.end():]),)))
    return found


LISTED_ENDS = tuple(lexicons.terms("event_listed_ends"))  # 环球美食汇, 港澳山东周, 中国航展
NOT_EXHIBITION = tuple(lexicons.terms("event_not_exhibition"))
LIST_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z\d·]{2,12}?(?=[、，,。；;]|等|$)")


def _listed(doc: Doc, found: list[Match]) -> list[Match]:
    """Items of a list of events ending in a word of gathering (…汇, …荟), a place's week (…山东周) or an exhibition
    (中国航展; not 发展, 拓展: event_not_exhibition): events, listed right after or before an event (举办甲乙峰会、丙丁周、
    戊己洽谈会等活动), where no event or other name holds them already."""
    text = doc_text(doc)
    items = []
    for f in found:
        if text.startswith("、", f.end) and (item := LIST_ITEM.match(text, f.end + 1)):
            items.append(item.span())
        if f.start > 1 and text[f.start - 1] == "、" and (first := name_start(doc, f.start - 1)) is not None:
            items.append((first, f.start - 1))
    listed = [Match(a, b, "Event") for a, b in sorted(set(items))]
    return [m for m in listed if text.endswith(LISTED_ENDS, m.start, m.end) and m.end - m.start >= 3
            and not text.endswith(NOT_EXHIBITION, m.start, m.end)
            and not overlaps(m, found) and not covered(doc, m.start, m.end, NAME_LABELS)]


HOLDING = re.compile(lexicons.alternation("event_holding_verbs") + "$")


def _coordinated(doc: Doc, found: list[Match]) -> list[Match]:
    """Words listed by 、 after a verb of holding and before an event's name that opens with one word (召开甲、乙高质量
    发展大会, 办好丙丁、戊己恳谈会): each word with the name's words after its first is an event of its own (guideline 2:
    coordinated names are separate entities and keep their shared head); not a word that is an event itself (…论坛)."""
    text = doc_text(doc)
    start_of = {b: a for a, b in token_bounds(doc)}
    end_of = {a: b for a, b in token_bounds(doc)}
    out = []
    for f in found:
        head = end_of.get(f.start)
        if head is None or f.end - head < 2 or text[f.start - 1:f.start] != "、":
            continue
        items, pos = [], f.start - 1
        while (a := start_of.get(pos)) is not None and re.fullmatch("[\u4e00-\u9fff]{2,6}", text[a:pos]) and \
                not EVENT_SUFFIX.search(text, a, pos) and not text.endswith(EVENTISH + LISTED_ENDS, a, pos):
            items.append((a, pos))
            if text[a - 1:a] != "、":
                break
            pos = a - 1
        if items and HOLDING.search(text, max(0, items[-1][0] - 4), items[-1][0]):
            out += [Match(a, b, "Event", attrs=(("name", text[a:b] + text[head:f.end]),)) for a, b in items
                    if not overlaps(Match(a, b, "Event"), found)]
    return out


def _galas(doc: Doc) -> list[Match]:
    """A gala written short and quoted (“村晚”, “科晚”: 晚 of 晚会 after one character naming whose it is)."""
    text = doc_text(doc)
    return [Match(a, b, "Event") for a, b in quoted(doc) if b - a == 2 and text.startswith("晚", b - 1)]


def find_events(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found: list[Match] = find_sessions(doc) + _tours(doc) + _leagues(doc) + _galas(doc)
    for m in EVENT_SUFFIX.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found) or EVENT_SUFFIX.match(text, m.end()):
            continue  # 世界杯 of 女篮世界杯预选赛: the name goes on
        if m.group() == "节" and text.endswith(NOT_FESTIVAL, 0, m.end()):
            continue  # 春节, 逆周期调节, 守小节: no festival
        if m.group().endswith("晚") and text.startswith("会", m.end()):
            continue  # 新春晚会: 晚会 written in full, not 春晚 (a gala written short)
        abbreviation = len(m.group()) == 3 and m.group()[1:] in ABBREVIATIONS  # 进博会, 广交会
        games = m.group() in GAMES
        start = m.start() if games else name_start(doc, m.start(), max_chars=10 if abbreviation else 20)
        if start is None and (abbreviation or games):
            start = m.start()  # 进博会, 全运会: a name of its own
        if start is not None:
            start = _conjoined(doc, start)
            start = max([b for a, b in quoted(doc) if start < b <= m.start() and any(c == b for c, _ in quoted(doc))],
                        default=start)  # “黄湄交流周”“中国―东盟人文交流年”: two quoted names side by side are two
        if body := ORGANISATION.search(text, max(0, (m.start() if start is None else start) - 16),
                                       m.start() if start is None else start):
            start = body.start()  # 上海合作组织峰会, 亚太经合组织领导人非正式会议
        if (m.start(), m.end()) in quoted(doc) or text.startswith(VENUE, m.end()):
            continue  # 跑好…“马拉松”: a quoted figure of speech; 国际会议中心: a venue
        if m.group() in QUOTED_HEAD:
            start = next((a for a, b in quoted(doc) if b == m.start()), None)  # “全城热练”系列活动, not 促消费系列活动
        if start is None:
            start = _scoped_edition(doc, m.start())  # 全国第十五届运动会: the scope and edition are its name
        if start is None:
            continue
        if numbered := _numbered_meeting(doc, start, m.end()):
            name = dict(numbered.attrs)["name"]
            if not (name.endswith("会议") and any(w in name for w in SITTINGS)):
                found.append(numbered)  # 人大常委会第N次会议: a sitting of a body, no event (a party congress is)
            continue
        if text.startswith("次", start) and (ordinal := ORDINAL.search(text, max(0, start - 8), start + 1)):
            start = ordinal.start()  # 第六次|不结盟国家…首脑会议: a name never opens with the counter; the ordinal is
            # its edition
        elif text.startswith("国集团", start) and (number := COUNT_BEFORE.search(text, max(0, start - 3), start)):
            start = number.start()  # 二十|国集团…峰会: the number belongs to the group's name
        if (years := ANNIVERSARY.search(text, max(0, start - 6), start + 2)) and years.end() == start + 2:
            before = name_start(doc, years.start())  # 庆祝改革开放40周年大会: the anniversary's name reads on
            start = years.start() if before is None else before
            found = [f for f in found if not (start <= f.start and f.end <= m.start())]
        for verb in NOT_IN_NAME.finditer(text, start, m.start()):
            start = verb.end()  # 企业参加首届…博览会: the name starts after the verb
        if CLEANUP.search(text, max(0, start - 4), m.start()):
            continue  # 清理规范节庆论坛: the kind of events being cut, no event
        if text[max(0, start - 2):start] in SCOPE:
            start -= 2  # 全国鼓王大会: the scope word belongs to the name
        if start > 0 and text[start - 1] in "省市县" and (start - 1 in token_starts(doc) or
                                                      games and text[start - 2:start - 1] in "、和与及"):
            start -= 1  # 第9届省残运会: the level belongs to the name, the edition before it to the series
        start = _widen(doc, start)
        head = text[start:m.start()]
        name = text[start:m.end()]
        if abbreviation or games:
            head = head or m.group()
        if m.group() in ("大会", "会议") and len(head) < 4 and not head.endswith(MEMBERS) and \
                not ORGANISATION.fullmatch(head) and not (len(head) == 3 and head[0] in "省市县"):
            continue  # 大会 needs a name; 楚商大会, 华侨大会: a convention named by whom it gathers; 省旅发大会: a
            # level and an abbreviated name
        body = BODY_OPENING.match(head)  # 省委|重要会议, 市委|有关会议: meetings of a body of a kind, none named
        if not head or head in GENERIC_HEAD or only_words(head[body.end() if body else 0:], GENERIC_WORDS) and \
                not (abbreviation or games) or any(w in name for w in NOT_EVENT) or re.search(r"(?:本次|此次|这次|该)$", head) or \
                covered(doc, start, m.end(), {"Event", "Policy"}):
            continue
        edition = EDITION.search(text[max(0, start - 8):start]) or WRITTEN_EDITION.search(name)
        attrs = (("edition", edition.group(1)),) if edition else ()
        end = m.end() + 2 if text.startswith("活动", m.end()) else m.end()  # 促进周活动: the activities of an event
        if m.group() in SERIES and (meeting := SERIES_MEETING.match(text, end)):
            end = meeting.end()  # 甲乙合作论坛第三届部长级会议: one meeting of the forum
            attrs = (("edition", meeting.group(1)),)
        at = end + 2 if text.startswith(VENUE_SCOPE, end) else \
            next((end + n for n in (4, 3, 2) if VENUE_PART.match(text, end + n) and gazetteer.load().lookup(
                text[end:end + n])), end)  # the place is often no word of its own before the venue
        if at > end and (venue := VENUE_PART.match(text, at)):
            end = venue.end()  # 甲乙丰收节丙省主会场活动: the event's activities at one of its venues
        found.append(Match(start, end, "Event", attrs=attrs))
    found = [f for f in found if not any(o.start <= f.start and f.end <= o.end and o.end - o.start > f.end - f.start
                                         for o in found)]  # 世界互联网大会 inside 世界互联网大会数字丝路发展论坛
    found += _listed(doc, found)
    found += _coordinated(doc, found)
    return sorted(found, key=lambda m: m.start)


register("kg_events", find_events)
