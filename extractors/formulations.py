"""Formulations not in the vocabulary: quoted numbered slogans (“两个维护”, “三个务必”), numbered layouts and formulas
(一县一业, 三基地两中心, 四区一高地, 7+18+N, 九大产业), quoted or coded tokens with the head that says what they are
(“132”总体工作部署, “四港”联动), named spirits (弘扬企业家精神) and thoughts named by their author (毛泽东军事思想)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import (FIVE_YEAR, NAME_LABELS, Match, covered, doc_text, drop_matches, matches, only_words, overlaps, quoted, register,
                             token_bounds, token_ends)
from extractors.programs import AWARD_AFTER  # “甲乙工程”|奖: a prize's name
from extractors.programs import YEAR_THEME  # 攻坚|年: a themed year of work
from kg import lexicons

# quoted counts of things: 三个务必, 七种能力, 三道防线, 八支队伍 (not 一张网, a programme: one network); short forms (六稳) are in
# the vocabulary; not a count a kind of scheme follows (“五个一批”项目, “七个一”政策: a programme, guideline 2)
_MEASURES = "".join(lexicons.terms("formulation_count_measures"))  # 个, 种, 道: counting things
_ONE_THING = "".join(lexicons.terms("formulation_count_measures_one"))  # 一张网: one thing, not counted
NUMBERED = re.compile(r"^(?!一[" + _ONE_THING + r"])[一二两三四五六七八九十百千万]+[" + _MEASURES + r"][\u4e00-\u9fff]{1,6}$")
_NUM = "一二两三四五六七八九十双"
_PART = rf"[{_NUM}](?:(?![{''.join(lexicons.terms('formulation_not_numbered'))}])[^{_NUM}\W\d]){{1,2}}"
PARTS = re.compile(rf"(?<![{_NUM}])(?:{_PART}){{2,4}}(?![{_NUM}])")
# a quoted count of one kind of thing alone (“三大目标”, “五大振兴”, “四篇文章”): a numbered slogan (guideline 2), where
# nothing but a joining word, 建设, punctuation, a word of adherence (“三大目标”不动摇) or another quotation follows it
# (“三大”市场工程 opens a longer name; “三项重点工作”“三个重要抓手”: two slogans); not a count of campaigns (“七大攻坚”,
# “四项治理”: a numbered action is a Program) nor a record or a figure (“十连增”, “双下降”: no 大)
_COUNTED = rf"[二两三四五六七八九十]{{1,2}}[大项篇][^{_NUM}\W\d]{{1,4}}"
COUNTED_TOKEN = re.compile(rf"(?:{_COUNTED}){{1,3}}")  # “三大支撑八项重点”: counts in a row, one slogan
CAMPAIGN_ENDS = (*lexicons.terms("program_suffix"), "攻坚", "治理", "整治")
ALONE_AFTER = re.compile(rf"$|[^\u4e00-\u9fff]|[和与及的]|建设|{lexicons.alternation('formulation_held_after')}")
PART = re.compile(rf"[{_NUM}]([^{_NUM}]+)")
# a quoted list of numbered items (“一围绕、两服务、三聚力”, “三坚决、两确保”, “四纵三横、一圈两带”): one formulation
_ITEM_PART = rf"[{_NUM}](?:(?![{''.join(lexicons.terms('formulation_not_numbered'))}])[^{_NUM}\W\d]){{1,3}}"
_COUNT_ITEM = rf"[{_NUM}]+[{_MEASURES}][^{_NUM}\W\d]{{1,6}}"  # 三个主攻方向
# a list's item: numbered parts, counts of one kind (“三大支撑、八项重点”) or counts of things (“一个首要任务、两个根本”)
_LISTED = rf"(?:{_ITEM_PART})+|(?:{_COUNTED})+|{_COUNT_ITEM}"
NUMBERED_LIST = re.compile(rf"(?:{_LISTED})(?:[、，,](?:{_LISTED}))+")
PLACES = lexicons.words("formulation_place_parts")  # 九市一区, 三省一区: places counted, not a layout
FACILITIES = lexicons.words("formulation_facility_parts")  # 三馆一站, 三站一场: built things counted, not a layout
CODE = re.compile(r"(?<![\dA-Za-z+])\d+(?:\+(?:\d+|[A-Za-z]))+(?![\dA-Za-z+])")  # 7+18+N, 4+1
_N_BIG_HEAD = (rf"{lexicons.alternation('formulation_numbered_heads')}"
               rf"{lexicons.alternation('formulation_numbered_head_nouns')}?"
               rf"(?!{lexicons.alternation('formulation_numbered_not_before')})")
N_BIG = re.compile(rf"[二三四五六七八九十]大[\u4e00-\u9fff]{{0,4}}?{_N_BIG_HEAD}|[两三四五]件大事|[两三四五]篇大文章")
# the longest head ending a word wins over a shorter one inside it (四大|战略产业集群, not 四大战略|产业集群)
N_BIG_LONGEST = re.compile(rf"[二三四五六七八九十]大[\u4e00-\u9fff]{{0,4}}{_N_BIG_HEAD}")
# a motto counted by its characters (十六字方针, 二十字总要求): a formulation, whether or not its words are quoted before it
CHARACTERS = re.compile(rf"[一二三四五六七八九十]{{1,3}}字总?{lexicons.alternation('formulation_slogan_kinds')}")
CLOSING = tuple(lexicons.terms("formulation_heads_closing"))  # heads only at a phrase's end: 协同 (also a verb), 产业
# a few words of description may stand between token and head, not 的: a noun after 的 relates to the token (“A”的方针,
# “A”的精神枷锁), it does not say what the token is (guideline 2: the head noun written right after it)
HEAD_AFTER = re.compile(rf"(?:(?!的)[\u4e00-\u9fff]){{0,6}}{lexicons.alternation('formulation_heads')}")
_SPIRIT = r"(?:以[\u4e00-\u9fff]{2,8}为核心的)?[\u4e00-\u9fff]{1,8}?精神"  # 以改革创新为核心的时代精神: one name
# the verb's objects may open with other things handed down (传承弘扬甲氏文脉、乙某精神: the spirit is the list's last)
SPIRIT = re.compile(rf"{lexicons.alternation('formulation_spirit_verbs')}(?:好)?"
                    rf"((?:[\u4e00-\u9fff]{{2,8}}?、)*?(?:{_SPIRIT}[、和])*{_SPIRIT})"
                    r"|(伟大[\u4e00-\u9fff]{2,4}?精神)")  # 伟大抗疫精神: a spirit the centre named, wherever it stands
SPIRIT_ITEM = re.compile(r"、|(?<=精神)和")
# a spirit after 的 whose content the text spells out before it (“敢为人先,追求卓越”的甲镇精神; 特别能吃苦、特别能战斗、
# 特别能奉献的乙丙精神): named by the words after 的
SPELLED_SPIRIT = re.compile(r"的((?:(?![的和一二三四五六七八九十])[\u4e00-\u9fff]){2,6}?精神)")
SPELLED_CLAUSES = re.compile(r"(?:([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,4}、)(?:\1[\u4e00-\u9fff]{1,4}、)+\1[\u4e00-\u9fff]{1,4}$")
_ITEM = r"[\u4e00-\u9fffA-Za-z]{1,10}"
SLOGAN = re.compile(rf"{_ITEM}(?:[、，,]{_ITEM}){{1,6}}")  # 坚定信心、同舟共济、科学防治: clauses in parallel
# the kind closes the phrase at punctuation or a conjunction (“A、B”重要要求和…部署), not inside a longer word (方针政策)
SLOGAN_KIND = re.compile(rf"的?[\u4e00-\u9fff]{{0,2}}?{lexicons.alternation('formulation_slogan_kinds')}"
                         r"(?=[^\u4e00-\u9fff]|$|[和与]|及(?!时))")
# quoted clauses counted right after them as the great tasks they are (“甲要稳、乙要进”两件大事): the clauses are the
# slogan, and the count names no formulation of its own there
TASKS_COUNTED = re.compile(r"[两三四五六七八九十]件大事")
# unquoted great tasks the text spells out right after a colon (干好四件大事：一是…) or points back at (这两件大事): a count
# of things described there, no slogan's name (quoted, or held to bare as in 办好两件大事, they are one)
TASKS_DESCRIBED = re.compile(r"(?<=这)[两三四五六七八九十]件大事|[两三四五六七八九十]件大事(?=[：:])")
# one quoted coined phrase named right after it by what it is to the text (“动态清零”防疫目标, “并重”“并举”重要要求): a slogan
# too; not after 的 or 为 (“排头兵”的目标, 以“高效办成一件事”为目标: a figure or an aim described), nor a five-year plan
# a state described (“高开稳走后扬”态势) is no norm held to, a road or path taken (“甲乙”之路, “丙丁”发展路径) no norm
# named: only parallel clauses so named make a slogan
_HELD_KINDS = "|".join(re.escape(t) for t in lexicons.longest_first("formulation_slogan_kinds")
                       if t not in ("态势", "之路", "路径"))
SINGLE_KIND = re.compile(rf"(?![的为])[\u4e00-\u9fff]{{0,2}}?(?:{_HELD_KINDS})(?=[^\u4e00-\u9fff]|$)")
SINGLE = re.compile(rf"(?!{FIVE_YEAR}$)(?=.{{2,9}}$)[\u4e00-\u9fff]+(?:\+[\u4e00-\u9fff]+)?")  # 四早, 政策+工作
SLOGAN_VERBS = tuple(lexicons.terms("formulation_slogan_verbs"))  # 坚持“稳中求进、提质增效”，: held to, a slogan
TAKEN_UP = re.compile(lexicons.alternation("formulation_slogan_demonstratives"))  # “A、B”这一总体要求: one slogan
SCHEME_KIND = re.compile(rf"(?:[^，。；：,;:]{{0,14}}?等)?{lexicons.alternation('formulation_scheme_kinds')}")  # “三医联动”等改革
LAYOUT_AFTER = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:布局|格局)")
JOINT = re.compile(rf"(?:[{_NUM}][\u4e00-\u9fff]|新[{_NUM}][\u4e00-\u9fff]){lexicons.alternation('formulation_joint_words')}")
VIRTUES = lexicons.longest_first("formulation_spirit_virtues")  # 科学, 斗争, 艰苦奋斗: a spirit they alone qualify is none
# 大 before a sector of one or two characters (“大财政”, “大文旅”): a way of running the sector as a whole, a method
# phrase (guideline 2: generic value or method phrases are none), so no formulation even with a head (体系, 格局)
WHOLE_SECTOR = re.compile(r"大[\u4e00-\u9fff]{1,2}")
_DESCRIBED = r"(?:(?!的)[\u4e00-\u9fff]){0,6}?"  # a few words of description, no 的 clause, before a noun
# a numbered layout a few words before a built network (“四纵三横”高速公路网, 五纵六横骨干路网) is the work's shape
WORK_NETWORK = re.compile(_DESCRIBED + lexicons.alternation("formulation_work_networks"))
# “45797”|工作任务, “115”|总体谋划: the goals, tasks or plans a quoted code of digits names (formulation_code_heads)
CODE_HEAD = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,2}" + lexicons.alternation("formulation_code_heads"))
# a numbered token or code a few words before a system of documents (“1+N+X”规划体系, 五级四类国土空间规划体系) names
# that system of plans, laws or policies, a scheme (guideline 2), no formulation
DOCUMENT_SYSTEM = re.compile(_DESCRIBED + lexicons.alternation("formulation_document_systems"))
# a quoted circle reached within a travel time (“1小时高铁圈”, “四小时航空经济圈”): a numbered layout of space
REACH = re.compile(rf"[\d.一二两三四五六七八九十半]+个?半?{lexicons.alternation('formulation_reach_units')}[\u4e00-\u9fff]{{0,6}}圈")
THOUGHT = re.compile(rf"{lexicons.alternation('formulation_thought_authors')}(?:(?!总书记|同志|讲话)[\u4e00-\u9fff]){{0,10}}?"
                     r"(?:思想|理论)")  # 毛泽东军事思想, 邓小平新时期军队建设思想


def laid_out(formula: str) -> bool:
    """Whether a run of numbered parts is a formula or layout (一县一策, 三区一基地, 两轴三环): not one word repeated
    (一件一件, 一级带一级: a manner), nor built things counted (三馆一站, 一场两馆: a package of facilities), unless
    one of each per unit (一县一馆, guideline 2's 一企一策) or laid out with an area (一区五园: a zone and its parks,
    space laid out), nor places counted (九市一区, 三省一区)."""
    parts = PART.findall(formula)
    if len({p[0] for p in parts}) == 1 or all(p in PLACES for p in parts) and any(p != "区" for p in parts):
        return False
    each = formula[0] == "一" and all(formula[i] == "一" for i in range(len(formula)) if formula[i] in _NUM)
    return each or not any(p[0] in FACILITIES for p in parts) or "区" in parts


def numbered_list(token: str) -> bool:
    """Whether a quoted token lists numbered items that make one formulation (“三坚决、两确保”, “一围绕、两服务、
    三聚力”, “三纵九横、八河连通”); not where every item is a layout or formula of its own (“一企一策、一业一策”,
    “四纵三横、一圈两带”: coordinated names, each an entity)."""
    if not NUMBERED_LIST.fullmatch(token):
        return False
    return not all(PARTS.fullmatch(item) and laid_out(item) for item in re.split("[、，,]", token))


def spirit_name(item: str) -> str | None:
    """The named spirit an item up to 精神 writes, or None where it names a value only (guideline 2: generic value
    phrases): a description before 的 is no part of the name (新时期的雷锋精神 is 雷锋精神, 艰苦奋斗的创业精神 is
    创业精神), save a core (以改革创新为核心的时代精神: one name); a qualifier of virtues alone (科学精神, 团结拼搏精神,
    伟大民族精神) names no bearer, person, place, trade, event or coinage."""
    core = re.match(r"以[\u4e00-\u9fff]{2,8}为核心的", item)
    if core:
        return item
    name = item.rsplit("的", 1)[-1]
    qualifier = name.removeprefix("伟大")[:-2]
    if not qualifier or only_words(qualifier, VIRTUES, 1):
        return None
    return name


def spelled(doc: Doc, end: int) -> bool:
    """Whether the words before 的 at end spell out a spirit's content: quoted clauses in parallel (“敢为人先,追求
    卓越”的甲镇精神), or three or more unquoted ones opening alike (特别能吃苦、特别能战斗、特别能奉献的乙丙精神); a
    description in free words (树立自觉的守法精神, 热爱祖国、振兴中华的爱国主义精神) spells none."""
    text = doc_text(doc)
    if any(b == end and SLOGAN.fullmatch(text, a, b) for a, b in quoted(doc)):
        return True
    return bool(SPELLED_CLAUSES.search(text, max(0, end - 40), end))


def idiom(doc: Doc, start: int) -> bool:
    """Whether unquoted numbered parts starting at start are (or open with) an idiom, not a coined layout: the
    segmenter's lexicon holds idioms as one word of four characters or more (一心一意, 四面八方, 举一反三, whose 一反三
    starts inside it) and cuts coined formulas into their parts (一|企|一策); quotes mark a coinage (“四题一评”)."""
    if any(a == start for a, _ in quoted(doc)):
        return False
    return any(a <= start < b and b - a >= 4 for a, b in token_bounds(doc))


SPEECH_SPIRIT = re.compile(lexicons.alternation("formulation_speech_words") + "精神$")  # “七一”重要讲话精神: a speech
NOT_COUNTED = tuple(lexicons.terms("formulation_heads_not_counted"))  # “两个更好统筹”|重大部署: the act, not its kind


def _head(doc: Doc, end: int, start: int | None = None) -> re.Match | None:
    """The head noun after a token that says what it is (“132”总体工作部署, “一核三带”空间布局); not a kind the
    tokens belong to (“网红经济”“夜经济”等新业态), nor a head that belongs to the next item of a coordination
    (“A”和“B”产业, “A”和产业园) or lies in the next quoted token (“A”“B走廊”), nor one that opens a longer word
    (“A”全产业链, “A”产业带), nor a verb-like head before a word (“三个口袋”协同增长), nor a noun of planning after a
    counted formula that starts at start (“两个更好统筹”重大部署: formulation_heads_not_counted), nor the spirit of a
    speech or instruction (“七一”重要讲话精神: formulation_speech_words)."""
    text = doc_text(doc)
    head = HEAD_AFTER.match(text, end)
    if head and start is not None and head.group().endswith(NOT_COUNTED) and NUMBERED.match(text[start:end]):
        return None
    if head is None or re.search("[等和与及、]", text[end:head.end()]) or head.end() not in token_ends(doc) or \
            SPEECH_SPIRIT.search(head.group()) or \
            any(end <= a < head.end() for a, _ in quoted(doc)) or \
            head.group().endswith(CLOSING) and re.match(r"[\u4e00-\u9fff]", text[head.end():head.end() + 1]):
        return None
    return head


def _with_head(doc: Doc, end: int, start: int | None = None) -> int:
    head = _head(doc, end, start)
    return head.end() if head else end


def _code_head(doc: Doc, end: int) -> re.Match | None:
    """The noun of goals, tasks or plans after a quoted code of digits (“211”目标, “45797”工作任务), ending a word."""
    head = CODE_HEAD.match(doc_text(doc), end)
    return head if head and head.end() in token_ends(doc) else None


def _listed(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The quoted tokens listed before the one at start (“高铁+”、“园区+”、…), nearest first."""
    text, spans, items = doc_text(doc), quoted(doc), []
    while True:
        item = next(((a, b) for a, b in spans if b == start or b == start - 1 and text[b] in "、和与及"), None)
        if item is None:
            return items
        items.append(item)
        start = item[0]


def held(text: str, start: int, end: int) -> bool:
    """Whether a quoted token is held to by a verb of adherence and closed by punctuation (坚持“稳中求进、提质增效”，)."""
    return text.endswith(SLOGAN_VERBS, 0, start) and bool(re.match(r"[，,。；;]|$", text[end:end + 1]))


def slogans(doc: Doc) -> list[Match]:
    """Quoted clauses in parallel that the text holds to as a slogan (guideline 2: an unquoted parallel list is
    none): named after them by what they are to the text — a requirement, a principle, a goal, a style
    (“简约、安全、精彩”办赛要求, “稳定大局、统筹协调”的方针: the relating noun is no part of the name) — or held to
    by a verb of adherence and closed there (坚持“稳中求进、提质增效”，), or taken up as one thing by a demonstrative
    (“争当表率、走在前列”这一总体要求); and one quoted coined phrase so named right
    after it (“动态清零”防疫目标, “并重”“并举”重要要求: each item), not after 的 or 为, or so held to (坚持“四早”，)."""
    text, found = doc_text(doc), []
    for s, e in quoted(doc):
        if e - s > 30 or not SLOGAN.fullmatch(text, s, e) or covered(doc, s, e):
            continue
        if held(text, s, e) or SLOGAN_KIND.match(text, e) or TAKEN_UP.match(text, e) or TASKS_COUNTED.match(text, e):
            found.append(Match(s, _with_head(doc, e), "Formulation"))  # “稳、进、高、新”工作思路 keeps its head
    for s, e in quoted(doc):
        if not SINGLE.fullmatch(text, s, e) or not (SINGLE_KIND.match(text, e) or held(text, s, e)):
            continue
        head = text[e:_with_head(doc, e)]  # “动态清零”总方针 keeps its head, “动态清零”防疫目标 none
        for a, b in [(s, e)] + _listed(doc, s):  # “并重”“并举”重要要求: each quoted item of the list
            if SINGLE.fullmatch(text, a, b) and not covered(doc, a, b) and not any(f.start < b and a < f.end for f in found):
                found.append(Match(a, b + len(head), "Formulation") if a == s else
                             Match(a, b, "Formulation", attrs=(("name", text[a:b] + head),) if head else ()))
    return found


def joint(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quoted numbered tokens that say how counted parts go together (“三区联动”, “三生融合”, “三期叠加”): a
    formulation, like “四港”联动 whose head stands outside the quotes; not where a kind of scheme follows, directly
    or closing a list (“四网融合”工程, “三所联动”、热线等机制: a programme)."""
    text = doc_text(doc)
    return [(s, e) for s, e in spans if JOINT.fullmatch(text, s, e) and not SCHEME_KIND.match(text, e)]


SCHEME_END = re.compile(rf"(?:{lexicons.alternation('formulation_scheme_kinds')})$")


THEMED_YEAR_END = re.compile(YEAR_THEME.pattern + "$")  # 攻坚|年: a themed year of work


def counted(token: str) -> bool:
    """Whether a quoted token counts things (“三个务必”, “六个制造业基地”; by 大, 项 or 篇 one kind of thing: “五大高地”,
    “三大平台”) and names no scheme by its end (“五个一工程”, “三大行动”, “七大攻坚”), nor counts themed years of work
    (“三个攻坚年”: the campaigns, a programme as 项目攻坚年 is)."""
    return bool(NUMBERED.match(token) or COUNTED_TOKEN.fullmatch(token) and not token.endswith(CAMPAIGN_ENDS)) and \
        not SCHEME_END.search(token) and not THEMED_YEAR_END.search(token)


def reclaim_layouts(doc: Doc) -> list[tuple[int, int]]:
    """Quoted numbered layouts (“三区一基地”, “六链五群”, “一圈一网一高地”) that an earlier family took whole for a
    work or a scheme because of their last part (基地) or the verb after them (建设): guideline 2 makes a numbered
    layout a Formulation; a scheme named by a head after the quotes (“一中心两平台”工程) keeps its longer match. So
    too a quoted count of things taken whole (“六个制造业基地”建设, “五大高地”建设: a numbered formulation), unless
    the count ends with a kind of scheme (“五个一工程”: a programme). Drops those earlier matches from the doc and
    returns the layouts' spans."""
    text, spans = doc_text(doc), []
    for s, e in quoted(doc):
        taken = [m for m in matches(doc) if m.start < e and s < m.end]
        whole = len(taken) == 1 and (taken[0].start, taken[0].end) == (s, e) and taken[0].label in ("Program", "Project") \
            and not taken[0].key and "name" not in dict(taken[0].attrs)
        layout = PARTS.fullmatch(text, s, e) and laid_out(text[s:e])
        if taken and (whole or inside_coinage(taken, s, e)) and layout or whole and counted(text[s:e]):
            drop_matches(doc, taken)
            spans.append((s, e))
    return spans


PRACTICE = re.compile(rf"[\u4e00-\u9fff]{{2,4}}{lexicons.alternation('formulation_practice_heads')}")


def practices(doc: Doc) -> list[Match]:
    """Short quoted names of a practice by the place or thing it came from, written whole inside the quotes (“甲县
    模式”, “乙市经验”, “丙巷工作法”): formulations like 枫桥经验 (guideline 2). A place opening the name does not stop
    it (the place family read it first); a programme an earlier family took of the whole token (a quoted …模式) is
    dropped from the doc for it."""
    text, found = doc_text(doc), []
    for s, e in quoted(doc):
        if not PRACTICE.fullmatch(text, s, e):
            continue
        taken = [m for m in matches(doc) if m.start < e and s < m.end and m.label != "Place"]
        whole = len(taken) == 1 and (taken[0].start, taken[0].end) == (s, e) and taken[0].label == "Program" \
            and not taken[0].key
        if taken and not whole:
            continue
        drop_matches(doc, taken)
        found.append(Match(s, e, "Formulation"))
    return found


def reaches(doc: Doc) -> list[Match]:
    """Quoted circles reached within a travel time (“1小时高铁圈”, “四小时航空经济圈”, “一小时交通圈”): numbered layouts
    of space, formulations (guideline 2). A work an earlier family read inside the token (小时高铁 of “1小时高铁圈”) is
    no name of its own there, and a programme read as the whole token the same layout: both dropped; a match reaching
    beyond the token keeps it."""
    text, found = doc_text(doc), []
    for s, e in quoted(doc):
        if not REACH.fullmatch(text, s, e):
            continue
        taken = [m for m in matches(doc) if m.start < e and s < m.end]
        if any(m.start < s or m.end > e or m.label not in ("Project", "Program") for m in taken):
            continue
        drop_matches(doc, taken)
        found.append(Match(s, e, "Formulation"))
    return found


CODED = re.compile(r"[\dA-Za-z]+(?:[+×][\dA-Za-z]+)*\+?")  # “3+2”, “1188”, “4×4”: a code of numbered parts


def reclaim_coded_heads(doc: Doc) -> list[tuple[int, int]]:
    """Quoted codes of numbered parts with the head after them that says what they are (“3+2”现代化产业体系,
    “1188”现代化产业体系, “4×4”现代化产业体系), where the head is a vocabulary strategy of its own: guideline 2 keeps
    the head with the token, one formulation, and the term written inside it cites nothing there. Drops those strategy
    matches from the doc and returns the formulations' spans."""
    text, spans = doc_text(doc), []
    for s, e in quoted(doc):
        if not CODED.fullmatch(text, s, e) or not re.search(r"\d", text[s:e]) or (head := _head(doc, e, s)) is None:
            continue
        taken = [m for m in matches(doc) if m.start < head.end() and e < m.end]
        if len(taken) == 1 and taken[0].label == "Strategy" and taken[0].key and e <= taken[0].start and \
                taken[0].end == head.end():
            drop_matches(doc, taken)
            spans.append((s, head.end()))
    return spans


def inside_coinage(taken: list[Match], start: int, end: int) -> bool:
    """Whether the matches are vocabulary terms written as parts of a longer quoted coinage (三保 of “三保三压”, 两山 of
    “两山七河五湖”, 两新 of “两新一重”): the coinage is the formulation, the term inside it is not written."""
    return all(m.key and start <= m.start and m.end <= end and m.end - m.start < end - start
               for m in taken)


def opens_name(text: str, end: int) -> bool:
    """Whether a code without a head (“4+7”, 5+2) opens a longer name written right after it (“4+7”药品带量采购试点,
    “5+2”重点行业领域整治, “1+5”农业科技创新联盟: the name of a scheme or a body, whose count it gives): a word follows
    that is neither a noun relating to the code (“4+1”重要要求: formulation_slogan_kinds) nor a joining word (的, 和, 等);
    the code stands alone where punctuation follows (“4+1”、)."""
    return bool(re.match(r"[\u4e00-\u9fff]", text[end:end + 1])) and not SLOGAN_KIND.match(text, end) \
        and not re.match(r"[的和与及等]", text[end:end + 1])


def find_formulations(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    laid = reclaim_layouts(doc) + reclaim_coded_heads(doc)
    found = [Match(s, e, "Formulation") for s, e in laid] + slogans(doc) + practices(doc) + reaches(doc)
    found += [Match(s, _with_head(doc, e, s), "Formulation") for s, e in quoted(doc)
             if NUMBERED.match(text[s:e]) and not covered(doc, s, _with_head(doc, e, s), NAME_LABELS)  # “三个甲县”: a
             # place counted in the token is no other name holding it
             and not SCHEME_KIND.match(text, e)
             and not overlaps(Match(s, e, "Formulation"), found)
             and not re.match(r"^[一二两三四五六七八九十]+(?:年|月|日|号|期|批|家|项|届|次|条|大|类|级|区|县|市|镇|乡|村|线|连)", text[s:e])]
    ends = token_ends(doc)
    quoted_ends, starts = {b for _, b in quoted(doc)}, {a for a, _ in quoted(doc)}
    spans = [(m.start(), m.end()) for m in N_BIG.finditer(text)
             if not (m.start() in quoted_ends and TASKS_COUNTED.fullmatch(m.group())) and
             not (m.span() not in quoted(doc) and TASKS_DESCRIBED.match(text, m.start()))]
    spans += [(s, m.end()) for s, _ in spans if (m := N_BIG_LONGEST.match(text, s)) and m.end() in ends and
              not any(s < b < m.end() for span in quoted(doc) for b in span)]  # no quotation crossed (“三大A”“五大B”)
    counts = {(s, e) for s, e in quoted(doc) if COUNTED_TOKEN.fullmatch(text, s, e) and
              (ALONE_AFTER.match(text, e) or e in starts) and not text.endswith(CAMPAIGN_ENDS, s, e)}
    spans += [(s, e) for s, e in quoted(doc) if numbered_list(text[s:e]) or (s, e) in counts]
    bounds = {b for span in quoted(doc) for b in span}
    pos, stops = 0, ends | bounds
    while m := PARTS.search(text, pos):  # 一区一策提升: the formula ends where a word ends
        # a quotation mark ends a word, and no formula runs across one (双向“三通”, “一业一策”“一市一策”)
        cut = min((b for b in bounds if m.start() < b < m.end()), default=m.end())
        end = next((e for e in range(cut, m.start(), -1) if e in stops and PARTS.fullmatch(text, m.start(), e)), None)
        if end and laid_out(text[m.start():end]) and not idiom(doc, m.start()):
            spans.append((m.start(), end))
        pos = cut
    named: list[Match] = []  # items of a list sharing a head: “神武峡”、“赤黄红”两大文旅主轴 gives 神武峡文旅主轴 …
    for s, e in [(a, b) for a, b in quoted(doc) if b - a <= 24] + [(m.start(), m.end()) for m in CODE.finditer(text)]:
        if WHOLE_SECTOR.fullmatch(text, s, e) or DOCUMENT_SYSTEM.match(text, e):
            continue
        head = _head(doc, e, s) or (_code_head(doc, e) if text[s:e].isdigit() else None)  # “132”总体工作部署,
        # 7+18+N现代产业体系, “211”目标
        if e - s > 12 and "、" in text[s:e] and head is None and LAYOUT_AFTER.match(text, e):
            spans.append((s, e))  # “A、B、C”的发展格局: the layout, without the noun after 的
            continue
        if e - s > 12 and (head is None or "、" not in text[s:e] or not head.group().endswith(("布局", "格局"))):
            continue  # a long quoted token is a formulation only as a list of parts laid out (“一主引领、两翼驱动、
            # 全域协同”区域发展布局)
        count = re.compile(r"[两三四五六七八九十]大").match(text, e) if head and e - s <= 12 else None
        if count:  # guideline 2: coordinated names keep their shared head, without counts
            rest = text[count.end():head.end()]
            named.append(Match(s, head.end(), "Formulation", attrs=(("name", text[s:e] + rest),)))
            named += [Match(a, b, "Formulation", attrs=(("name", text[a:b] + rest),)) for a, b in _listed(doc, s)]
            continue
        coded = re.fullmatch(r"[\dA-Za-z+]+", text[s:e])
        if head or coded and CODE.fullmatch(text[s:e]) and not opens_name(text, e):
            spans.append((s, head.end() if head else e))
        if head:  # “高铁+”、“园区+”、“职住+”协同: each quoted item of the list keeps the shared head
            named += [Match(a, b, "Formulation", attrs=(("name", text[a:b] + text[e:head.end()]),))
                      for a, b in _listed(doc, s)]
    spirits = []
    for m in SPIRIT.finditer(text):
        pos = m.start(1) if m.group(1) else m.start(2)
        for item in SPIRIT_ITEM.split(m.group(1) or m.group(2)):
            name = spirit_name(item) if item.endswith("精神") else None
            if name and pos + len(item) in ends and not text.startswith("文明", pos + len(item)):  # 社会主义精神|文明
                spirits.append((pos + len(item) - len(name), pos + len(item)))
            pos += len(item) + 1
    spirits += [m.span(1) for m in SPELLED_SPIRIT.finditer(text) if m.end(1) in ends and spirit_name(m.group(1))
                and spelled(doc, m.start())]
    for s, e in spirits:  # 脱贫攻坚精神, 甲山精神: a vocabulary term or a place that names the spirit's origin opens
        # the spirit's name, no mention of its own there
        drop_matches(doc, [m for m in matches(doc) if s <= m.start and m.end <= e - 2 and (
            m.key and m.label != "Place" or m.label == "Place" and ("opens", "name") in m.attrs)])
    spans += spirits
    spans += [(m.start(), m.end()) for m in THOUGHT.finditer(text)] + joint(doc, quoted(doc))
    spans += [(m.start(), m.end()) for m in CHARACTERS.finditer(text)] if "字" in text else []
    for m in named:
        if not covered(doc, m.start, m.end) and not overlaps(m, found):
            found.append(m)
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        # “五大甲县”: a place counted in a quoted count is no other name holding it, as in “三个甲县”
        if not covered(doc, s, e, NAME_LABELS if (s, e) in counts else None) and \
                not any(f.start < e and s < f.end for f in found) and \
                not WORK_NETWORK.match(text, e) and not DOCUMENT_SYSTEM.match(text, e):
            found.append(Match(s, e, "Formulation"))
    return sorted((m for m in found if not AWARD_AFTER.match(text, m.end)), key=lambda m: m.start)


register("kg_formulations", find_formulations)
