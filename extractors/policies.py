"""Policies: documents in 《》 that are laws, regulations, plans, programmes, measures, notices, lists or joint
declarations (not books, television programmes or the report itself); and titled documents written without 《》
(…总体规划, “十四五”规划, …负面清单, …促进法, 民营经济32条, a plain …规划 carried out) unless the text says they
are still to be drawn up;
and laws named bare (宪法, 基本法) where the text applies or enforces them."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import (FIVE_YEAR, FIVE_YEAR_RE, LEADING_VERBS, Match, clause_start, covered, doc_text,
                             drop_matches, first_conjunct, in_review, matches, name_start, only_words, overlaps,
                             quoted, register, token_ends)
from kg import lexicons

TITLE = re.compile(r"《([^《》\n]{2,80})》")
POLICY_END = re.compile("(?:" + lexicons.alternatives("policy_end") +
                        r"|(?:19|20)\d{2}(?:—|-|－)(?:19|20)\d{2}年\)?|\d{4}年\)?)$")  # …规划, (2021—2025年)
NOT_POLICY = re.compile(lexicons.alternation("policy_not_title"))
TITLED = re.compile(lexicons.alternation("policy_titled_end") + r"(?:纲要)?|规划纲要|规划|方案|纲要")  # …发展规划纲要 whole
DRAFTED = re.compile(lexicons.alternation("policy_draft_verbs"))  # within the clause, just before the title
ISSUED = lexicons.words("policy_issue_verbs")  # 出台, 制定: in a review of past work the document now exists
# The verb that issues or applies a document: its title runs from there to its kind (出台推动…的实施意见).
TITLE_VERB = re.compile(lexicons.alternation("policy_issue_verbs") + "|" + lexicons.alternation("policy_document_verbs")
                        + "|" + lexicons.alternation("policy_treaty_verbs") + "|印发|修订|颁布")
AFTER_VERB = re.compile(lexicons.alternation("policy_titled_after_verb"))  # …规定, …管理办法: only after such a verb
MAX_TITLE = 40
TITLE_OPENS_NOT = re.compile(r"[了过在各这该其对和及与它此]|那[个些]|\d+[个项条家亿万年%]|[一二三四五六七八九十两]+[个项条]")
SEVERAL = re.compile(r"[《》]|(?:法|规划|纲要|方案|意见|办法|规定|政策|措施|精神|\d条)[和及与、]")
LEVELS = re.compile(lexicons.alternation("policy_levels"))  # 市县两级总体规划: the plans of a level, not one document
NOT_AFTER = re.compile(lexicons.alternation("policy_not_after"))  # 负面清单制度: a longer phrase, not the document
_N = r"(?:\d+|[一二三四五六七八九十]+)"
# a package's count ends before 等 and the kind of the listed packages (甲乙12条等政策举措); 等 is in no title
_LISTED_PACKAGES = r"等[\u4e00-\u9fff]{0,4}?(?:政策|措施|举措)"
MEASURES = re.compile(rf"{_N}项(?:政策措施|措施|举措)|{_N}条(?:政策措施|措施|政策)?(?:(?![\u4e00-\u9fff])|(?=[和及与]|"
                      rf"{_LISTED_PACKAGES}|(?:全面|加快|基本)?(?:落地|见效)))|{_N}条(?:升级)?(?:政策措施|措施|政策|举措)"
                      rf"|{_N}条(?:(?!等)[\u4e00-\u9fff]){{1,8}}?(?<![链线路河])(?:措施|举措)")  # 30条防汛…硬措施, 58条改革举措
# “20条”: a count in quotes is the name of a package, its topic before it (稳经济“30条”, …“15条”政策); the title keeps
# the closing quote and the kind written right after it
QUOTED_COUNT_END = re.compile("”(?:政策措施|政策|措施|举措)?")
TAKES_EFFECT = re.compile(r"(?:全面|加快|基本)?(?:落地|见效)")  # …33条落地见效: a package in force
PACKAGES_JOINED = re.compile(r"\d条[和及与、]")
COUNT_FIRST = re.compile(rf"{_N}条(?!具体)[\u4e00-\u9fff]{{4,8}}(?:措施|举措)")  # 30条|防汛避险救灾|…措施: its topic
PACKAGE_VERB = re.compile(TITLE_VERB.pattern + "|完成|推动|提出")  # 完成|优化营商环境58条改革举措: the package's title
QUOTED_TITLE = re.compile("(?:" + "|".join(_N + re.escape(t) if t == "条" else re.escape(t)  # 32条, not 条
                                           for t in lexicons.terms("policy_quoted_end")) + ")$")
APPROVED = lexicons.alternation("policy_approved")
APPROVED_AFTER = re.compile(APPROVED)  # …规划获批实施: the plan exists
APPROVED_BEFORE = re.compile(f"(?:{APPROVED})[^，,。；;]*$")  # 批复同意…规划
APPLIED_AFTER_TITLE = re.compile(r"(?:正式|全面|深入)?(?:实施|施行)")  # …条例实施: the document is applied
IN_FORCE = re.compile(lexicons.alternation("policy_document_verbs") + "$")
KNOWN = re.compile(lexicons.alternation("policy_names"))
PLANS_OF_A_KIND = re.compile(r"^(?:多|一揽子)|[和及与]|(?:\d+|[一二三四五六七八九十两]+)个")  # 多领域…方案, 一揽子…方案
SOUGHT = re.compile("争取|早日|推动(?=签)")  # anywhere in the clause before a title: 争取…获批, 早日缔结…, 推动签订…:
# not yet in force
STARTS = lexicons.words("policy_start_verbs")  # 启动实施…: the document is being applied, so it exists
REGISTERED = re.compile(f"(?:{lexicons.alternation('policy_register_verbs')})[^，,。；;]*$")  # 入选…名录
FIVE_YEAR_PLAN = re.compile(rf"“?{FIVE_YEAR}”?计划")  # “八五”计划: the five-year plans before 2006
JOINT = re.compile(r"中[\u4e00-\u9fff](?:[一二三四五六七八九两]个)?联合(?:声明|公报)")  # 中美联合声明, 中美三个联合公报
BARE_LAW = re.compile(lexicons.alternation("policy_bare_laws"))
APPLIED_BEFORE = re.compile(f"(?:{lexicons.alternation('policy_apply_verbs')})[^，,。；;：:]*$")  # 依照宪法和…
APPLIED_AFTER = re.compile(r"^[^，,。；;：:]*?(?:实施|办事|执行|施行)")  # 宪法和基本法实施, …办事
NATIONAL = re.compile(lexicons.alternation("policy_national_verbs") +  # 落实国家城乡居民增收计划
                      r"(国家[^，,。；;：:、的“”和及与]{2,24}?(?:计划|指南|目录))(?![\u4e00-\u9fff])")
PLAIN = ("规划", "规划纲要", "纲要")  # a plain plan or outline: a document only when named so (see _unquoted)
ISSUED_BEFORE = re.compile(f"({lexicons.alternation('policy_issued_verbs')})(?:实施)?$")  # 颁布实施…规划
APPLIED_PLAN = re.compile(f"(?:{lexicons.alternation('policy_plan_apply_verbs')})好?$")  # 落实|…空间协同规划: in force
KIND_OF = re.compile(r"一系列|一批|各类|各项|有关|相关|若干")  # 一系列区域发展规划: documents of a kind, no title
GOVERNED = re.compile(lexicons.alternation("policy_clause_verbs"))  # 依据|城市总体规划, 违背|基本法
TREATY = re.compile(r"(?:条约|公约|宪章|协定|议定书)$")  # international documents (policy_titled_end)
KIND_OF_TREATY = re.compile(r"(?:[个项]|参加|加入|缔结|签署|签订|遵守)国际[\u4e00-\u9fff]{0,2}$")  # 参加国际条约: a kind
POINTED = re.compile(r"^(?:[其它这该此]|那[个些])")  # 这个条约, 该协定: a document pointed at by a pronoun
# 双边投资协定: a kind, no title (投资协定 is a titled end read whole; 自由贸易协定 and the like: policy_treaty_kinds)
TREATY_KIND = re.compile(r"(?:自由|服务|投资|长期|双边|多边)投资协定")
TREATY_KINDS = tuple(lexicons.terms("policy_treaty_kinds"))  # 科技合作协定, 空洞条约, 居民公约: a kind, no title
TREATIES_JOINED = re.compile(r"(?:声明|公报|条约|公约|协定|宪章)[和及与、]")
LAW_WORD = re.compile(r"法(?:[制律治]|规(?!定))")  # 产品质量安全法制保障: 法制, not a law; 食品安全法|规定 is the law
COUNTED = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)[个项部]$")  # 110个县城总体规划: documents of a kind, not one
HANDLING = re.compile(lexicons.alternation("policy_handling_verbs"))  # 审议|企业所得税法: the verb is no part of the title
GENERIC = lexicons.longest_first("policy_generic_words")  # 具体实施方案, 国家规定: which documents, no title
PLURAL = re.compile(r"(?:各项|有关|相关|一些|等)$")  # 廉洁从政各项规定: the rules of a field, several documents
PLAN_KINDS = lexicons.words("policy_plan_kinds")  # 城市总体规划: a kind of plan every city draws up
PLAN_CLASS = re.compile(lexicons.alternation("policy_plan_class_words"))  # 重点城市群规划: the plans of a class
EDITIONED = re.compile(r"(?:新修订|(?:修订|修改)后)的")  # 实施|新修订的|…目录: the edition in force, no drafting verb
EDITIONED_BEFORE = re.compile(EDITIONED.pattern + "$")
# A title the text says is still to be drawn up, read whole: no Policy, but its words are no other family's
# (制定促进共同富裕行动纲要 holds no 共同富裕行动): held while the other families read the sentence, dropped after
# (kg_unissued, below).
UNISSUED = (("unissued", True),)
MARKER = re.compile(r"[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、")  # (一), 二、: an item's number


def _from_verb(doc: Doc, text: str, end: int) -> int | None:
    """Where a title ending at end begins when a verb that issues or applies it opens its clause run (出台|推动城市
    高质量发展的实施意见); titles hold 的 and verbs of their own, so the name-boundary rule stops too early."""
    clause = clause_start(text, end, "，,；;。：:、")
    verbs = [v for v in TITLE_VERB.finditer(text, max(clause, end - MAX_TITLE), end) if end - v.end() >= 2 and
             not EDITIONED.match(text, v.start() - (text[v.start() - 1:v.start()] == "新"))]  # 新修订的: an edition, no verb
    if not verbs:
        return None
    begin = verbs[-1].end() + (text[verbs[-1].end()] in "好了")  # 实施好|全运会专项规划, 签署了|…公约: the verb's
    # complement or aspect
    begin = edition.end() if (edition := EDITIONED.match(text, begin)) else begin  # 实施|新修订的|…目录
    begin = next((m.end + 1 for m in matches(doc) if m.label == "Strategy" and m.start == begin and m.end < end and
                  text[m.end] in "和及与"), begin)  # 实施|…总体战略和|全国…规划: the verb's first object is a strategy
    title = text[begin:end]
    if TITLE_OPENS_NOT.match(title) or SEVERAL.search(title):
        return None  # 制定了…, 在全国范围内…, 各项…协议, 规划纲要和总体规划: no one title
    return begin


def _package_start(text: str, count: int, stops: str = "，,；;。：:、") -> int | None:
    """Where the title of a package named by its count (…58条改革举措) begins when a verb that issues, applies or
    completes it opens its clause run: right after the verb, so a title opening with a verb of its own is whole
    (完成|优化营商环境58条改革举措), and at the count itself when the verb stands just before it and a topic follows
    the count (实施|30条…措施); -1 when such a verb stands before a count alone (出台|20条举措: no title). A title
    before 项 may list its aims (出台扩大内需、促进增长的十项措施): stops then leaves out 、."""
    clause = clause_start(text, count, stops)
    verb = PACKAGE_VERB.search(text, max(clause, count - MAX_TITLE), count)
    if not verb:
        return None
    begin = verb.end()
    while more := TITLE_VERB.match(text, begin, count):
        begin = more.end()  # 制定实施|…: verbs in a row; 出台|推动人工智能…10条措施: a title may open with a verb
    if begin == count:  # 实施|30条防汛避险救灾硬措施; not 出台|20条举措, 提出|18条具体举措: a count names no package
        return begin if COUNT_FIRST.match(text, count) else -1
    joined = [j.end() for j in PACKAGES_JOINED.finditer(text, begin, count)]
    begin = joined[-1] if joined else begin  # 推出|稳外贸16条和|支持…双10条政策: the second runs from the conjunction
    if count - begin < 2 or TITLE_OPENS_NOT.match(text, begin) or SEVERAL.search(text, begin, count):
        return None
    return begin


def _issued(doc: Doc, text: str, start: int) -> bool:
    """Whether a verb of issuing stands right before a plan's title (颁布实施全国主体功能区规划): it exists; 出台 and
    制定 say so only in a review of past work (in a plan they say it is still to be drawn up)."""
    verb = ISSUED_BEFORE.search(text, max(0, start - 6), start)
    return bool(verb) and (verb.group(1) not in ISSUED or in_review(doc))


def _applied(doc: Doc, text: str, start: int) -> bool:
    """Whether a verb of carrying out governs a plan's title (落实|…空间协同规划), also over a strategy joined before
    it (实施|…总体战略和|全国…功能区规划)."""
    joined = [m.start for m in matches(doc) if m.label == "Strategy" and m.end == start - 1 and text[m.end] in "和及与"]
    at = joined[0] if joined else start
    return bool(APPLIED_PLAN.search(text, max(0, at - 6), at))


def _next_in_list(text: str, end: int, start: int) -> bool:
    """Whether the title starting near start is the next item of a list whose previous title ends at end (A条例、|B条例,
    A纲要和|B规划): joined by 、/和/及, no clause between, not two titles joined inside the item, no verb of its own."""
    return 2 <= start - end - 1 <= MAX_TITLE and text[end] in "、和及" and \
        not re.search("[，,。；;：:、]", text[end + 1:start]) and not SEVERAL.search(text, end + 1, start) and \
        not _opens_with_verb(text, end + 1)


def _opens_with_verb(text: str, start: int) -> bool:
    """Whether a verb opens the words at start (谋划, 推进, 出台): an item of a list with a verb of its own."""
    return bool(TITLE_VERB.match(text, start) or DRAFTED.match(text, start)) or text.startswith(LEADING_VERBS, start)


def _bare_laws(text: str) -> list[Match]:
    """Laws named bare (宪法, 基本法) where the clause applies or enforces them: a verb of applying before them or
    实施/办事 after (依照宪法和基本法办事); a law only praised (维护宪法权威) or named inside a longer title is not."""
    found = []
    for m in BARE_LAW.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if before and "\u4e00" <= before[-1] <= "\u9fff" and before[-1] not in "和与及同" and \
                not APPLIED_BEFORE.search(before[-2:]):
            continue  # 特别行政区基本法: the end of a longer title
        if APPLIED_BEFORE.search(before) or APPLIED_AFTER.search(text[m.end():m.end() + 12]):
            found.append(Match(m.start(), m.end(), "Policy"))
    return found


NOT_LAW = lexicons.longest_first("policy_not_law")  # 工作法, 办法, 依法: no law's title ends so
LAW_AFTER = re.compile(lexicons.alternation("policy_law_after"))  # …法草案, …法的实施
EDITION = "(?:修订|修改)后的|新修订的|新的|新"  # 实施|修订后的|…法: the law's edition, no part of its title
LAW_BEFORE = re.compile(f"(?:{lexicons.alternation('policy_apply_verbs')})[好了]?({EDITION})?$")
LAW_JOINED = re.compile(f"(?:[、和及与]|以及)(?:{EDITION})?")
NATIONAL_LAW = "中华人民共和国"
# verbs and prepositions a name read leftwards may run through, never a law's words (国务院先后提出|…法草案, 随着|…法的实施)
LAW_OPENS = re.compile(HANDLING.pattern + "|" + lexicons.alternation("policy_apply_verbs") + "|提出|提请|随着")
# a list of titles closed by 等, a count and the word for laws (…法、…法等8件法律议案): each item a law's title
LAWS_LISTED = re.compile(r"[^，,。；;：:《》]{0,40}?等\s*(?:\d+|[一二三四五六七八九十百两]+)?\s*[件部个项]?\s*(?:法律|行政法规)")


def _laws(doc: Doc, text: str, before: set[int]) -> list[Match]:
    """Laws named without 《》 (贯彻执行专利法, 实施修订后的对外贸易法, 提出…监督管理法草案; guideline 2: a titled
    document that exists): the name read leftwards from a word ending in 法 when a verb of applying or enforcing
    opens it (an edition between, 修订后的 or 新的, is no part of the title), a law ending at before or found here
    stands before it in a list (贯彻行政许可法、公务员法), a word of the legislature or of force follows it (草案,
    修正案, 的实施), the list it stands in closes with the word for laws (审议了甲法、乙法等8件法律议案) or
    中华人民共和国 opens it. Not a method or the law in general (工作法, 税法: policy_not_law), a
    name of fewer than two characters before 法, nor a law the clause says is still to be drawn up (制定, 起草)."""
    found: list[Match] = []
    ends = token_ends(doc)
    for m in re.finditer("法", text):
        if m.end() not in ends or text.endswith(NOT_LAW, 0, m.end()):
            continue
        start = name_start(doc, m.start(), max_chars=20)
        opens = [o.end() for o in LAW_OPENS.finditer(text, start, m.start())] if start is not None else []
        start = opens[-1] if opens else start
        if start is None or m.start() - start < 2:
            continue
        verb = LAW_BEFORE.search(text, clause_start(text, start), start)
        listed = any(LAW_JOINED.fullmatch(text, e, start) for e in before | {f.end for f in found})
        if not (verb or listed or LAW_AFTER.match(text, m.end()) or text.startswith(NATIONAL_LAW, start) or
                LAWS_LISTED.match(text, m.end())) or \
                _drafted(doc, text, verb.start(1) if verb and verb.group(1) else start):
            continue
        found.append(Match(start, m.end(), "Policy"))
    return found


def _conjoined(doc: Doc, text: str, start: int, kind_start: int) -> int:
    """Where a title begins whose first part is joined to its second by 和, 与 or 及 (招商引资鼓励和禁止事项清单):
    over the first part when it names no document of its own (宪法和基本法, 负面清单和禁止事项清单 are two) and the
    second is one word before the kind (…改革任务和苏南五市两年行动方案 are a task and a plan), not a place or a period."""
    if kind_start - start > 3 or FIVE_YEAR_RE.match(text, start) or covered(doc, start, start + 1, {"Place"}) or \
            any(a == start for a, _ in quoted(doc)):
        return start  # 一国两制方针和澳门基本法, 战略部署和“十四五”规划: a title opened by its place or period is whole
    first = first_conjunct(doc, start, max_chars=12)
    if first is None or any(k in text[first:start - 1] for k in KINDS):
        return start
    return first


def _listed(doc: Doc, text: str, end: int, kind_end: int) -> list[Match]:
    """Titles written as a list of short items sharing one head after the verb that issues them (出台钢铁、装备、石化、
    食品产业高质量发展若干措施): one document per item, named with the head (guideline 2: coordinated names are
    separate and keep their shared head). The last item is at least as long as the others (妇女、儿童发展纲要)."""
    clause = clause_start(text, end)
    verbs = list(TITLE_VERB.finditer(text, max(clause, end - MAX_TITLE), end))
    if not verbs:
        return []
    begin = verbs[-1].end()
    if "等" in text[begin:end] or _of_a_class(text, begin, end, text[end:kind_end]):
        return []  # 城市供热、人防工程等专项规划, 重点流域、区域…规划: plans of some kinds or classes, no titles
    items = text[begin:end].split("、")
    size = len(items[0])
    if len(items) < 2 or not 1 < size <= 4 or any(len(x) != size for x in items[:-1]) or len(items[-1]) < size or \
            any(k in x for x in items[:-1] for k in KINDS) or _drafted(doc, text, begin):
        return []
    head = text[end - len(items[-1]) + size:kind_end]
    found, at = [], begin
    for item in items[:-1]:
        found.append(Match(at, at + size, "Policy", attrs=(("name", item + head),)))
        at += size + 1
    return found + [Match(at, kind_end, "Policy")]


# a period alone, with the kind of work planned (三年|行动|方案, 年度|工作|计划, 中长期|规划): a plan's period and kind,
# no topic, no title
PERIOD_ONLY = re.compile(r"(?:[\d一二三四五六七八九十两]+年|年度|中长期)(?:行动|工作|实施|推进)?")


def _no_one_title(doc: Doc, text: str, start: int, m: re.Match, found: list[Match]) -> bool:
    """Whether the words from start to a document's kind m name no one title: too short, counted (110个县城总体规划),
    a level's (市县两级总体规划), a longer phrase (负面清单制度), inside a name read already, plans of a kind or a
    class (…行动和12个重点产业稳增长方案, 一系列区域发展规划, 重点城市群规划), 法 opening a word (…安全法制), or a
    period and a kind of work alone (三年行动方案)."""
    return m.start() - start < 2 or bool(COUNTED.search(text, 0, start)) or \
        bool(LEVELS.search(text, start, m.start())) or bool(NOT_AFTER.match(text, m.end())) or \
        covered(doc, start, m.end(), {"Policy", "Event"}) or \
        any(f.start < m.end() and start < f.end for f in found) or \
        m.group() == "方案" and bool(PLANS_OF_A_KIND.search(text[start:m.start()])) or bool(KIND_OF.match(text, start)) or \
        _of_a_class(text, start, m.start(), m.group()) or bool(LAW_WORD.match(text, m.end() - 1)) or \
        bool(PERIOD_ONLY.fullmatch(text, start, m.start()))


def _held(text: str, start: int, end: int) -> Match:
    """A title still to be drawn up, held (UNISSUED) from after its last 的: a topic written before 的 is a phrase
    of its own (制定关于甲乙安居工程的意见 names the programme; 制定甲乙行动纲要 does not)."""
    return Match(text.rfind("的", start, end) + 1 or start, end, "Policy", attrs=UNISSUED)


def _of_a_class(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the words of a plan's name before its kind hold a word of a class (重点城市群规划, 国家重点工程建设
    规划): the plans of each subject of the class, no one title."""
    return kind.endswith(PLAIN) and bool(PLAN_CLASS.search(text, start, end))


def _drafted(doc: Doc, text: str, start: int) -> bool:
    """Whether the clause says the document is still to be drawn up: a drafting verb just before it, unless the
    sentence reviews past work and the verb is one of issuing (去年出台…: it exists) or the verb only starts applying
    it (启动实施…). An edition before the title (新修订的) is no drafting verb."""
    start = edition.start() if (edition := EDITIONED_BEFORE.search(text, max(0, start - 5), start)) else start
    if SOUGHT.search(text, clause_start(text, start, "，,；;。"), start):
        return True  # 争取A方案、B方案获批: documents sought for, not yet in force
    head = max(0, start - 8)
    clause = max(head, text.rfind("，", head, start) + 1)
    verb = DRAFTED.search(text, clause, start)
    if verb and verb.group() in STARTS and text.startswith("实施", verb.end()):
        return False
    return bool(verb) and not (in_review(doc) and verb.group() in ISSUED)


def _opening(text: str, start: int) -> int:
    """Where a title read leftwards really begins: after an item's number ((一), 二、), the verbs that handle it
    (审议|企业所得税法, 早日缔结|…条约) and 的 (…提出的|关于…的20条措施); a title opens with none of them."""
    while True:
        if marker := MARKER.match(text, start):
            start = marker.end()
        elif verb := HANDLING.match(text, start):
            start = verb.end()
        elif text.startswith("的", start):
            start += 1
        else:
            return start


def _no_title(text: str, start: int, kind: int, end: int) -> bool:
    """Whether the words before a document's kind name no one document: too short, only words saying which or what
    sort (具体实施方案, 现行的规定, 国家规定), several of a field (廉洁从政各项规定), or a kind of plan every city draws
    up (城市总体规划)."""
    return kind - start < 2 or only_words(text[start:end], GENERIC_KINDS, min_rest=1) or \
        bool(PLURAL.search(text, start, kind)) or text[start:end] in PLAN_KINDS


def _stipulated(text: str, start: int, end: int) -> bool:
    """Whether 规定 at start..end is the verb "stipulates" (宪法所规定的, 报告规定的政策, 明确规定…) or the provisions
    of a document (劳动法的规定), no title: 的 after it, 所 or 明确 before it, or a document's kind and 的 before it
    (…收支两条线的规定 is a title)."""
    return text.startswith("的", end) or text.endswith(("所", "明确"), 0, start) or \
        text.endswith("的", 0, start) and text.endswith(KINDS, 0, start - 1)


def _unquoted(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found, drafted = [], []  # drafted: the titles still to be drawn up, held only when read whole (UNISSUED)
    for m in list(TITLED.finditer(text)) + list(AFTER_VERB.finditer(text)):
        if m.group() == "规定" and _stipulated(text, m.start(), m.end()):
            continue  # 宪法所规定的…, 明确规定…的关系: the verb; 劳动法的规定: a law's provisions, no title
        if TREATY.search(m.group()) and text.endswith(TREATY_KINDS, 0, m.end()):
            continue  # 签订长期贸易协定, 签署甲乙、丙丁自贸协定, 废除不平等条约: documents of a kind, no title
        if (listed := _listed(doc, text, m.start(), m.end())) and not any(overlaps(f, found) for f in listed):
            found += listed
            continue
        verb = _from_verb(doc, text, m.start())
        start = name_start(doc, m.start(), max_chars=24)
        if first := next((d for d in drafted if _next_in_list(text, d.end, m.start())), None):
            drafted.append(Match(first.end + 1, m.end(), "Policy", attrs=first.attrs))
            continue  # 编制A规划和|B专项规划: the verb that drafts the first title of a list drafts each
        listed = [f.end + 1 for f in found if _next_in_list(text, f.end, m.start())]  # 颁布了A条例、|B条例: the
        if listed:  # verb that issues or applies the first title of a list issues or applies each (not A法、B法和|C纲要,
            # two titles joined; nor 实施A规划、|谋划B规划, an item with a verb of its own)
            verb = start = listed[-1]
        elif verb is None and (m.re is AFTER_VERB and not APPLIED_AFTER_TITLE.match(text, m.end()) or m.group() == "方案"
                             and not APPROVED_AFTER.match(text, m.end())):
            continue  # 按规定, 管理办法, 试点方案: a title of this kind only after the verb that issues or applies it
            # (or before 实施/施行: 城市更新条例实施), a plan also when the text says it was approved
        if verb is not None and (start is None or verb < start):
            start = verb
        if start is not None and not listed:
            start = _conjoined(doc, text, start, m.start())
            governed = [g.end() for g in GOVERNED.finditer(text, start, m.start())]
            start = governed[-1] if governed else start  # 违背|基本法: the verb governs the title, it is no part
            start += text.startswith("的", start)  # …的|依法行政纲要: a title never opens with 的
            if POINTED.search(text[start:m.start()]):
                continue  # (不参加)这个条约: a document pointed at, no title
        if m.re is AFTER_VERB and covered(doc, m.start(), m.end(), {"Strategy", "Program", "Formulation"}):
            continue  # 中央八项规定: a formulation (a programme only opening the title leaves it one: 城市更新条例)
        if start is not None and m.start() - start >= 2 and _drafted(doc, text, start):
            whole = not _no_one_title(doc, text, start, m, found)  # 编制…规划体系: no title, no words held
            drafted.append(_held(text, _opening(text, start), m.end()) if whole else Match(start, m.end(), "Policy"))
            continue
        if start is None or _no_one_title(doc, text, start, m, found):
            continue
        start += text.startswith("新版", start) * 2  # 新版鼓励外商投资产业目录: the edition is not the title
        if TREATY.search(m.group()):
            joined = [j.end() for j in TREATIES_JOINED.finditer(text, start, m.start())]
            start = joined[-1] if joined else start  # 中日联合声明和|中日和平友好条约: the second of two
            if KIND_OF_TREATY.search(text, max(0, m.start() - 6), m.start()) or text[start:m.start()] == "国际" or \
                    TREATY_KIND.fullmatch(text, start, m.end()):
                continue  # 加入17个国际人权公约, 参加国际条约: treaties of a kind, no title
            if not text.startswith("关于", start) and (of := text.rfind("的", start, m.start())) >= 0:
                start = of + 1  # 解决柬埔寨问题的|巴黎和平协定: a treaty's title holds 的 only in 关于…的…
                if m.start() - start < 2:
                    continue
        if m.group() == "名录" and REGISTERED.search(text, max(0, start - 12), start):
            continue  # 入选…遗产名录: a register of honours a site enters, not a policy document
        if m.group() in PLAIN and not (listed and m.start() - start >= 4) and \
                not FIVE_YEAR_RE.search(text, start, m.start()) and not _issued(doc, text, start) \
                and not APPROVED_AFTER.match(text, m.end()) and not APPROVED_BEFORE.search(text, max(0, start - 16), start) \
                and not (_applied(doc, text, start) and m.start() - start >= 4 and
                         not re.search("[和及与]", text[start:m.start()])):
            continue  # 国土空间规划: a plan only when a five-year plan names it, the text says it was approved or issued,
            # or a verb of carrying it out governs it (落实…空间协同规划: only a plan that exists is carried out; not a
            # short or joined name, 实施普法规划, 落实A和B保护规划: plans of a kind)
        start = _opening(text, start)
        if _drafted(doc, text, start):
            drafted.append(_held(text, start, m.end()))
            continue
        if _no_title(text, start, m.start(), m.end()):
            continue  # 早日缔结|…条约: sought, not yet concluded
        if m.group().endswith("法"):
            start = max(start, text.rfind("的", start, m.start()) + 1)  # 实施|修改后的|个人所得税法: a law's title
            # holds no 的, the edition before it is no part of it
        end = m.end() + 2 if m.group() in ("规划", "规划纲要") and text.startswith("建议", m.end()) else m.end()
        found.append(Match(start, end, "Policy"))  # 市委“十五五”规划建议: the proposals for the plan, a document
    for m in MEASURES.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        verb = _package_start(text, m.start(), "，,；;。：:" if "项" in m.group() else "，,；;。：:、")  # 出台|支持创业带动
        # 就业15条政策: the title runs from the verb
        quoted_count = text.endswith("“", 0, m.start()) and not text.endswith(("个", "项"), 0, m.start() - 1) and \
            QUOTED_COUNT_END.match(text, m.end())  # not 三个“十条”: packages of a kind counted
        end = quoted_count.end() if quoted_count else m.end()
        clause = clause_start(text, m.start(), "，,；;。：:、")  # once per count, not once per package found
        listed = verb is None and text[clause - 1:clause] == "、" and any(f.end + 1 == clause for f in found)
        if verb == -1:
            continue
        if listed:  # 制定实施甲乙27条、|丙丁12条等政策: an item after a package shares its verb, its title the whole item
            start = verb = clause
        elif verb is not None and (start is None or verb < start or verb == m.start()):
            start = verb
        elif verb is None and (TAKES_EFFECT.match(text, end) or quoted_count):  # 优化工商业电价机制12条举措|加快落地,
            # 甲乙方案“80条”: the package is the clause's subject, its title all of the clause before the count
            start = clause if m.start() - clause <= 16 else start
        if start is not None:
            start = _opening(text, start)  # 提出的|关于搞好…的20条措施
        if start is None or m.start() - start < 2 and start != m.start() or covered(doc, start, m.end(), {"Policy"}) \
                or "项" in m.group() and (verb is None or verb == m.start()) or any(f.start <= start < f.end for f in found):
            continue  # a package counted in 项 (十项措施) only with its title after the verb that issues it
        if not m.group().endswith(("措施", "政策", "举措")) and not IN_FORCE.search(text, max(0, start - 4), start) \
                and not TAKES_EFFECT.match(text, end) and not quoted_count and not listed and \
                not _issued(doc, text, start):  # 出台|稳增长26条 in a review of past work: issued, in force
            continue  # 开通国际航线12条: a count, not a document
        found.append(Match(start, end, "Policy"))
    known = [Match(m.start(), m.end(), "Policy") for m in KNOWN.finditer(text) if not NOT_AFTER.match(text, m.end())]
    found = [f for f in found if not overlaps(f, known)] + known  # a known
    # title holds words a name read leftwards stops at (全面与进步…协定): it wins over the shorter reading
    for m in list(FIVE_YEAR_PLAN.finditer(text)) + list(JOINT.finditer(text)):  # “八五”计划, 中美联合声明
        if not _drafted(doc, text, m.start()) and not NOT_AFTER.match(text, m.end()) and \
                not covered(doc, m.start(), m.end(), {"Policy"}) and not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(Match(m.start(), m.end(), "Policy"))
    found += [b for b in _bare_laws(text) if not overlaps(b, found)]
    found += [w for w in _laws(doc, text, {f.end for f in found}) if not overlaps(w, found) and
              not covered(doc, w.start, w.end, {"Policy", "Event"})]
    national = [Match(m.start(1), m.end(1), "Policy") for m in NATIONAL.finditer(text)]
    found += [n for n in national if not overlaps(n, found) and not covered(doc, n.start, n.end, {"Policy"})]
    for s, e in quoted(doc):  # “民营经济32条”, “人才新政”: the quotes make a title
        end = QUOTED_TITLE.search(text, s, e)
        if end and end.start() - s >= 2 and not covered(doc, s, e, {"Policy"}):
            found.append(Match(s, e, "Policy"))
    return found + [d for d in drafted if d.attrs and not overlaps(d, found)]


KINDS = lexicons.longest_first("policy_end")  # kinds of document: a title made only of them names none
GENERIC_KINDS = tuple(sorted(set(GENERIC) | set(KINDS), key=lambda w: (-len(w), w)))  # longest first, as one list
JOINT_TITLE = re.compile(r"联合(?:声明|公报)$")
SIGNED_BY = re.compile(r"(中[\u4e00-\u9fff])(?:两国)?(?:政府|双方)?[^，,。；;《》]{0,8}$")  # 中英两国政府签订的《…联合声明》:
# its parties, by which the report may name it short (中英联合声明)
SHORT_FOR = re.compile(r"(?:以下)?简称$")  # 《…规划纲要草案》(以下简称《纲要草案》): an alias of the title before


def find_policies(doc: Doc) -> list[Match]:
    found, text = [], doc_text(doc)
    for m in TITLE.finditer(text):
        title = m.group(1)
        core = re.sub(r"[(（][^()（）]*[)）]$", "", title)  # (2021—2025年), (试行)
        end = POLICY_END.search(core) or POLICY_END.search(title)
        if end and end.start() >= 2 and not NOT_POLICY.search(title):  # 《条例》 alone names no document
            alias = found and SHORT_FOR.search(text, found[-1].end, m.start())
            if not alias and only_words(core, KINDS, min_rest=1):
                continue  # 《纲要草案》 alone: a short form of a title written before, no document of its own
            signed = not alias and JOINT_TITLE.search(title) and SIGNED_BY.search(text, max(0, m.start() - 20), m.start())
            found.append(Match(m.start(1), m.end(1), "Policy", attrs=(
                ("name", dict(found[-1].attrs).get("name") or text[found[-1].start:found[-1].end]),) if alias else
                (("parties", signed[1]),) if signed else ()))
    return found + [p for p in _unquoted(doc) if not overlaps(p, found)]


register("kg_policies", find_policies)


@Language.factory("kg_unissued")
def make_unissued(nlp: Language, name: str):
    """Run after every family that names things, the learned recognizer included: drops the titles held unissued
    (UNISSUED), which kept them from reading names inside a title still to be drawn up, and the other matches held
    (projects.HELD_SITE: a site named for a rating won), which kept any reading from naming them."""
    def component(doc: Doc) -> Doc:
        drop_matches(doc, [m for m in matches(doc) if dict(m.attrs).get("unissued") or dict(m.attrs).get("held")])
        return doc

    return component
