"""What one report says on its own: its shard (the Report node, its MENTIONS edges and the facts it contributes to
the aggregates across reports, which kg.aggregate computes)."""
from __future__ import annotations

import re
from collections import defaultdict

from kg import gazetteer, lexicons
from kg.metadata import cn_number
from kg.model import Division, Extraction, Mention, Report
from kg.resolve import Resolved, choose_division, resolve_entity

MAX_EVIDENCE = 20  # sentences kept as evidence per fact
CITABLE = ("Strategy", "Program")
LOCATABLE = ("Zone", "Project", "Enterprise", "Event")


def evidence(refs: list[list]) -> dict:
    """Evidence sentences of a fact in reading order, with source offsets and reports; as example the sentence
    naming the entity most fully, then the shortest. A ref is [report id, sentence, surface, start, sentence text,
    source start, source end]."""
    seen: dict[tuple[str, int], list] = {}
    for ref in refs:
        seen.setdefault((ref[0], ref[1]), ref)
    best = min(refs, key=lambda r: (-len(r[2]), len(seen[(r[0], r[1])][4])))
    kept = list(seen.values())[:MAX_EVIDENCE]
    return {"example": seen[(best[0], best[1])][4], "evidence": [r[4] for r in kept],
            "evidenceStarts": [r[5] for r in kept], "evidenceEnds": [r[6] for r in kept],
            "evidenceReports": [r[0] for r in kept]}


def report_shard(report: Report, ex: Extraction) -> dict:
    """What one report contributes: its node and edges, the places it names, and the facts (kind, key, value)
    that aggregates across reports need. A pure function of the report and its extraction, stored as its shard."""
    issuer = report.issuer
    year = report.year

    def ref(m: Mention) -> list:
        s = report.sentences[m.sentence]
        return [m.report_id, m.sentence, m.surface, m.start, s.text, s.source_start, s.source_end]

    nodes = [["Report", report.id, dict(
        name=report.title, title=report.title, source=report.source, locator=report.locator, year=year,
        deliveredOn=report.delivered_on, chars=report.chars, droppedChars=report.dropped_chars,
        issuerMethod=report.issuer_method, yearMethod=report.year_method, warnings=list(report.warnings))]]
    edges, facts, places = [], [], []
    if issuer:
        edges.append(["ISSUED_BY", "Report", report.id, "Place", issuer.adcode, {"method": report.issuer_method}])
        places.append(issuer.adcode)
    span_of = {}  # (start, end) -> (type, key) of this report's resolved mentions
    sentence_place = {(rel.source, rel.sentence): rel.target for rel in ex.relations if rel.type == "LOCATED_IN"}
    places_at = {(m.start, m.end): m.key for m in ex.mentions if m.type == "Place"}
    mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    resolved = {}
    for m in ex.mentions:
        if m.type != "Place" and not m.key:
            target = sentence_place.get(((m.start, m.end), m.sentence))
            inner = next((key for (a, b), key in places_at.items() if m.start <= a and b <= m.end), None)
            resolved[(m.start, m.end)] = resolve_entity(m, issuer, places_at.get(target) if target else None, inner)
    same_zone(ex.mentions, resolved, issuer)
    same_event(ex.mentions, resolved)
    one_occasion(ex.mentions, resolved, issuer)
    same_firm(ex.mentions, resolved)
    same_policy(ex.mentions, resolved)
    same_project(ex.mentions, resolved)
    same_strategy(ex.mentions, resolved)
    names = [(m.start, m.end, "" if dict(m.attrs).get("name") else m.type) for m in ex.mentions if m.type != "Place"]
    for m in ex.mentions:
        key = m.key
        if m.type != "Place" and not key:
            res = resolved[(m.start, m.end)]
            if not res.key:
                continue
            key = res.key
            facts.append(["name", [m.type, key], res.name])
            if alias := written_name(m):
                facts.append(["alias", [m.type, key], alias])
            if m.type in LOCATABLE and res.place:
                facts.append(["located", [m.type, key], [res.place, res.method, ref(m)]])
            if m.type == "Policy" and res.place:
                facts.append(["issued", [key], res.place])
            if m.type == "Event" and dict(m.attrs).get("edition"):
                facts.append(["edition", [m.type, key], dict(m.attrs)["edition"]])
        span_of[(m.start, m.end)] = (m.type, key)
        if m.type == "Place":
            places.append(key)
            if dict(m.attrs).get("opens") or _in_name(m, names, report):
                continue
        mentions[(m.type, key)].append(m)
        if m.type in CITABLE and issuer is not None:
            facts.append(["cites", [issuer.adcode, m.type, key], [year, ref(m)]])
    for (type_, key), ms in mentions.items():
        ms.sort(key=lambda m: m.start)
        edges.append(["MENTIONS", "Report", report.id, type_, key, dict(
            count=len(ms), surfaces=[m.surface for m in ms], names=[given_name(m) for m in ms], startOffsets=[m.start for m in ms],
            endOffsets=[m.end for m in ms], sentences=[m.sentence for m in ms], **evidence([ref(m) for m in ms]))])
    for rel in ex.relations:
        facts += _relation(rel, span_of, report, ex.mentions, ref)
    for c in ex.candidates:
        facts.append(["candidate", [c.term], [c.kind, c.report_id, c.evidence]])
    return {"id": report.id, "nodes": nodes, "edges": edges, "places": sorted(set(places)), "facts": facts}


ROUTE = ("至", "到")
COORDINATED = (*ROUTE, "与")  # 北京通州区与廊坊北三县一体化…示范区: the first of two places joined by 与 stands alone
NAMED_AS_PLACE = ("Strategy", "Program")  # 雄安新区 the national plan: the concept, not also the place


def _in_name(place: Mention, names: list[tuple[int, int, str]], report: Report) -> bool:
    """Whether a place is written only as part of a longer name (沧州 in 沧州高新区), so that it is no mention of
    the place by the guideline; a route's endpoint (襄阳至宜昌高速公路), the first of two places joined by 与
    (通州区与北三县…示范区) and an item of a list sharing a head (黄骅、沧州军民合用机场, 保定、沧州等国家物流枢纽承载城市:
    the item's span is the place's, its type left blank in names) still are; the place a headline goal ends with
    (现代化甲县, 幸福美好新乙市) is inside the goal's name, no mention."""
    a, b = place.start, place.end
    for s, e, type_ in names:
        if s <= a and b <= e and (s, e) != (a, b) or (s, e) == (a, b) and type_ in NAMED_AS_PLACE:
            base = report.offsets[0]
            if report.text[b - base:b - base + 1] in COORDINATED or a > s and report.text[a - base - 1] in ROUTE:
                return False
            return True
    return False


def _same(mentions: tuple[Mention, ...], resolved: dict, type_: str, fits, named_when=None) -> None:
    """One entity of type_ per report however it is written: each mention of that type is rewritten to the report's
    one named entity that fits it (fits(mention, its resolution, named) gives the keys), when exactly one does;
    named_when(mention, resolution) says which mentions name one. Rewrites resolved in place."""
    named = {}
    for m in mentions:
        res = resolved.get((m.start, m.end))
        if m.type == type_ and res and res.key and (named_when is None or named_when(m, res)):
            named.setdefault(res.key, res)
    for m in mentions:
        res = resolved.get((m.start, m.end))
        if m.type == type_ and res and res.key and len(found := fits(m, res, named)) == 1:
            resolved[(m.start, m.end)] = named[found[0]]


PARK = "园区"  # 甲乙园区 of 甲乙工业园区
BARE_DEVELOPMENT = "开发区"  # 甲县开发区: the place's zone written by the word its full name ends with
ISSUER_LEVELS = ("县", "市", "区")  # 县|城东新区: the issuer's level opening a zone's name
ZONE_SHORT_NAMES = lexicons.words("zone_area_names")  # 横琴, 中关村: an area's name written alone stands for its zone


def same_zone(mentions: tuple[Mention, ...], resolved: dict, issuer: Division | None) -> None:
    """One zone per report however it is written: a bare 临空经济区, or a zone written without its place (渤海新区),
    is the report's zone of that name in a place of the issuer's territory (北湖临空经济区, 沧州渤海新区) when there
    is one, a short form (天门经济开发区) the long one of the same place (天门经济技术开发区) when only one fits, and
    an area's name written alone (横琴) the one zone whose name opens with it (横琴粤澳深度合作区). In a county's or
    city's report a bare zone word (经开区) is the issuer's zone written in another form of that word (甲县经济开发区),
    a place's bare 开发区 (甲县开发区) the place's one zone whose word ends so (甲县经济开发区), and a name opened by the
    issuer's level alone (县|城东新区) the zone written without it (城东新区), each when only one fits."""
    gaz = gazetteer.load()

    def forms(short: str, long_: str) -> bool:  # 经济开发区, 经济技术开发区: two forms of one zone word; 甲乙园区 of
        # 甲乙工业园区: a park's own name and 园区, without the kind between them
        return len(long_) > len(short) >= 3 and long_[:2] == short[:2] and long_.endswith(short[-3:]) and \
            _subsequence(short, long_) or len(short) >= 4 and short.endswith(PARK) and long_.endswith(PARK) and \
            long_.startswith(short[:-len(PARK)]) and len(long_) > len(short)

    def fits(m: Mention, res, named: dict) -> list[str]:
        core = res.key.split("-", 1)[1]
        cores = {key: key.split("-", 1)[1] for key in named}
        if core in ZONE_SHORT_NAMES:
            return [k for k, c in cores.items() if k != res.key and len(c) > len(core) and c.startswith(core)]
        generic = bool(dict(m.attrs).get("generic"))
        if generic and (res.key in named or issuer is None):
            return []
        if generic or res.method == "issuer" and issuer is not None:  # 渤海新区 written without its place
            placed = [k for k, c in cores.items() if k != res.key and c == core and named[k].place
                      and named[k].place != issuer.adcode and gaz.get(named[k].place)
                      and gaz.is_within(gaz.get(named[k].place), issuer)]
            if placed:
                return placed
            if generic:  # 经开区 in 甲县's report that writes 甲县经济开发区
                return [k for k, c in cores.items() if named[k].place == issuer.adcode and (forms(core, c) or forms(c, core))]
        return [k for k, c in cores.items() if k != res.key and named[k].place == res.place and (
            forms(core, c) or core == BARE_DEVELOPMENT and c.endswith(core)
            or core[0] in ISSUER_LEVELS and core[1:] == c)]

    _same(mentions, resolved, "Zone", fits, named_when=lambda m, res: not dict(m.attrs).get("generic"))


# 党的 and a bare term (十七届) open a plenum's fuller name: 十七届三中全会 and a bare 三中全会 are the report's
# 党的十七届三中全会 (guideline 2: the fullest form written)
EVENT_QUALIFIER = re.compile(r"第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年?|全国|全省|全市|省|市|党的|"
                             r"[一二三四五六七八九十百]+届")


def same_event(mentions: tuple[Mention, ...], resolved: dict) -> None:
    """One event per report however it is written: a name without the place, edition or level that opens it
    elsewhere in the report (冬奥会 of 北京冬奥会, 残运会 of 第9届省残运会), a league written short the one whose
    name opens with it (湘超 of 湘超足球联赛), is that event, when only one fits; of names that are themselves one
    another's shorter forms (九届七中全会, 党的九届七中全会 for 七中全会) the fullest; else a people's congress
    session written short its fullest writing (_fuller_writing)."""
    def fits(m: Mention, res, named: dict) -> list[str]:
        found = [k for k in named if k != res.key and (k.endswith(res.key) and _qualifies(k[:-len(res.key)])
                                                       or dict(m.attrs).get("league") and k.startswith(res.key)
                                                       or _expo_short(res.key, k))]
        found = [k for k in found if not any(o != k and o.endswith(k) and _qualifies(o[:-len(k)]) for o in found)]
        return found or _fuller_writing(res.key, named)

    _same(mentions, resolved, "Event", fits)


_NUM = r"[一二三四五六七八九十百零〇两\d]+"
# a party congress written short (党的十八大, 中共十八大) or in full (中国共产党第十八次全国代表大会)
PARTY_CONGRESS = re.compile(rf"(?:党的|中共)?({_NUM})大|(?:中国共产党|中共|党的)?第({_NUM})次(?:全国)?代表大会")
# a people's congress session written short (十四届全国人大二次会议, 区五届人大三次会议) or in full (第十四届全国人民代表
# 大会第二次会议, 甲市乙区第五届人民代表大会第三次会议): the body's place, its term, 全国, the session
CONGRESS_SESSION = re.compile(rf"(.*?)第?({_NUM})届(全国)?(?:(人民代表大会)第|人大第?)({_NUM})次会议")


def _fuller_writing(short: str, named: dict) -> list[str]:
    """The fullest writing of a people's congress session written short (guideline 2: the fullest form written): the
    one of the same term and session written in full, in the same place, which a level word alone or no word stands
    for (区 of 甲市乙区), and without 全国 the nation's too (五届人大一次会议 of 第五届全国人民代表大会第一次会议, in the
    nation's report). A party congress needs none: one_occasion gives every writing its full form."""
    if (s := CONGRESS_SESSION.fullmatch(short)) and not s[4]:
        return [k for k in named if (t := CONGRESS_SESSION.fullmatch(k)) and t[4] and (t[2], t[5]) == (s[2], s[5])
                and (t[3] == s[3] or not s[3] and not s[1]) and (t[1] == s[1] or len(s[1]) <= 1 and s[1] in
                                                                  gazetteer.LEVEL_CHARS and t[1].endswith(s[1]))]
    return []


# a plenum of the Central Committee written short (十八届三中全会, 党的十八届三中全会) or in full (中国共产党第十八届中央
# 委员会第三次全体会议); a local committee's plenum is written N届M次全会 and is none of these
PLENUM = re.compile(rf"(?:中国共产党|中共|党的)?第?({_NUM})届(?:中央委员会第({_NUM})次全体会议|({_NUM})中全会)")
FOUNDINGS = {name: re.compile(rf"{lexicons.alternation(name)}({_NUM})周年")
             for name in ("event_founding_nation", "event_founding_party")}
YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}年")  # １９９０年七届全国人大三次会议: the year the session met
CN_DIGITS = "零一二三四五六七八九"


def one_occasion(mentions: tuple[Mention, ...], resolved: dict, issuer: Division | None) -> None:
    """A numbered meeting or a founding's anniversary is one entity across reports whatever the writing: its key and
    name are its full form, the writings its aliases and its mentions' names (_full_form). Rewrites resolved in place."""
    for m in mentions:
        res = resolved.get((m.start, m.end))
        if m.type == "Event" and res and res.key and (full := _full_form(res.key, issuer)):
            resolved[(m.start, m.end)] = Resolved(*full, res.place, res.method)


def _full_form(name: str, issuer: Division | None) -> tuple[str, str] | None:
    """Key and name of an anniversary of the nation's or the Party's founding, however the founding and the years are
    written (新中国成立七十周年, 建党100周年: the first writing of event_founding_nation or event_founding_party and the years
    in digits), and of a numbered meeting: a party congress 中国共产党第N次全国代表大会 (党的十八大, 中共十八大, 党的第十八次
    全国代表大会), a plenum of the Central Committee 中国共产党第N届中央委员会第M次全体会议 (十八届三中全会), the nation's
    people's congress session 第N届全国人民代表大会第M次会议 (十四届全国人大二次会议; in the nation's report without 全国),
    and a place's session the place's 第N届人民代表大会第M次会议 keyed by its code: the place written, else the issuer,
    or where a level word alone is written the issuer or its nearest division of that level (市 in a county's report)."""
    for lexicon, founding in FOUNDINGS.items():
        if (a := founding.fullmatch(name)) and (years := _years(a[1])):
            full = f"{lexicons.terms(lexicon)[0]}{years}周年"
            return full, full
    if (p := PARTY_CONGRESS.fullmatch(name)) and (p[1] or "全国" in name or not name.startswith("第")):
        full = f"中国共产党第{_numeral(p[1] or p[2])}次全国代表大会"
        return full, full
    if p := PLENUM.fullmatch(name):
        full = f"中国共产党第{_numeral(p[1])}届中央委员会第{_numeral(p[2] or p[3])}次全体会议"
        return full, full
    if not (s := CONGRESS_SESSION.fullmatch(name)) or issuer is None:
        return None
    written, term, session = YEAR_BEFORE.sub("", s[1], count=1), _numeral(s[2]), _numeral(s[5])
    if s[3] or not written and issuer.level == "national":
        full = f"第{term}届全国人民代表大会第{session}次会议"
        return full, full
    gaz = gazetteer.load()
    if not written or written in gazetteer.LEVEL_CHARS:
        place = next((d for d in (issuer, *gaz.ancestors(issuer)) if d.name.endswith(written)), None)
    else:
        place = choose_division(gaz.resolve_chain(written, whole=True), issuer, [])
    if place is None or place.level == "national":
        return None
    full = f"第{term}届人民代表大会第{session}次会议"
    return f"{place.adcode}-{full}", place.name + full


def _years(n: str) -> int | None:
    """A number of years in any numerals (70, ７０, 七十, 一百零五), None if unreadable."""
    try:
        return cn_number(n)
    except ValueError:
        return None


def _numeral(n: str) -> str:
    """A meeting's number in Chinese numerals as full forms write it (18 → 十八)."""
    if not n.isdigit() or int(n) > 99:
        return n
    tens, units = divmod(int(n), 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[units] if units or not tens else "")


def _expo_short(short: str, long_: str) -> bool:
    """Whether a gathering written short in three characters is long_ (进博会 of 中国国际进口博览会, 服贸会 of
    中国国际服务贸易交易会, 园博会 of 省园林博览会): its second character opens the last three or more characters of
    long_, its first opens the two-character word before them (not 冬奥会 of 冬残奥会, 全运会 of …体育运动会)."""
    if len(short) != 3 or not short.endswith("会") or not long_.endswith("会") or len(long_) < 6:
        return False
    at = long_.rfind(short[1], 0, len(long_) - 2)
    return at >= 2 and long_[at - 2] == short[0]


_COMPANY_END = re.compile(lexicons.alternation("enterprise_suffix_strong") + "$")  # 中国银行: a firm's name in full


def same_firm(mentions: tuple[Mention, ...], resolved: dict) -> None:
    """One firm per report however it is written: a short name written bare, of two to four characters, is the
    report's longer firm name that begins or ends with it (麒麟 of 麒麟软件, 曙光 of 中科曙光) or, from three
    characters, begins with its first and holds the others in order (中石化 of 中国石化), when only one fits; not one
    ending in a company word, written in full (中国银行 beside 中国建设银行). A short name of up to six characters is
    also the one legal name that holds it right after a place (甲乙晶体 of 河北甲乙晶体材料有限公司: the place, the
    name, the rest of the legal name). A name with its legal form (徐工集团, 东风公司) is a firm of its own, and so is
    its bare name (徐工 beside 徐工集团)."""
    formal = {res.key for m in mentions if m.type == "Enterprise" and (res := resolved.get((m.start, m.end)))
              and res.key and res.key != res.name}
    gaz = gazetteer.load()

    def placed(short: str, k: str) -> bool:
        """Whether k is a place's name followed by short (河北|甲乙晶体|材料)."""
        i = k.find(short)
        return i >= 2 and bool(gaz.lookup(k[:i]))

    def fits(m: Mention, res, named: dict) -> list[str]:
        short = res.key
        if short != res.name or short in formal or not 2 <= len(short) <= 6:
            return []
        return [k for k in named if len(k) > len(short) and (len(short) <= 4 and (k.startswith(short) or k.endswith(
            short) or len(short) > 2 and k[0] == short[0] and not _COMPANY_END.search(short) and _subsequence(short, k))
            or placed(short, k))]

    _same(mentions, resolved, "Enterprise", fits)

    def same_form(m: Mention, res, named: dict) -> list[str]:
        """吉翼公司 of 吉翼具身智能机器人公司: a brand of two to four characters with 公司 is the one longer name that
        opens with the brand and ends in 公司 too (the firm written short and long, guideline 2); not a unit of it
        (甲乙公司丙县分公司)."""
        if res.key == res.name or not res.name.endswith("公司") or res.name.endswith(BRANCH_FIRM) or \
                not 2 <= len(res.key) <= 4:
            return []
        return [k for k in named if k.startswith(res.key) and len(k) >= len(res.key) + 2 and
                named[k].name.endswith("公司") and not named[k].name.endswith(BRANCH_FIRM)]

    _same(mentions, resolved, "Enterprise", same_form)


BRANCH_FIRM = ("分公司", "支公司")  # a firm's unit, no other writing of it (not 子公司: 电子公司)


KIND_AFTER = ("工程", "项目")  # 淮河入海水道二期|工程: the kind a work's fuller name adds
# the section or branch a line's or park's fuller name adds: 中欧班列|(义新欧), 京滨城际|南段, …国家文化公园|(甲段)
SECTION_AFTER = re.compile(r"\([^()]{1,10}\)|[\u4e00-\u9fff]{1,3}段")  # not 甲乙绕镇段: a bypass of its own
LINE_KINDS_AFTER = lexicons.terms("project_line_kinds_after")  # 甲乙高速|公路: the kind of line a fuller name adds
LINE_WORDS = tuple(lexicons.terms("project_line_suffix"))  # 高速, 城际: a name ending so names a line already


def same_project(mentions: tuple[Mention, ...], resolved: dict) -> None:
    """One work per report however it is written: a name is the report's fuller one that adds only the kind of
    undertaking after it (淮河入海水道二期 of 淮河入海水道二期工程, 南水北调 of 南水北调工程) or of line after a name
    ending with a line's word (京沪高速 of 京沪高速铁路, 甲乙城际 of 甲乙城际铁路) or the one section or
    branch the report names of it (中欧班列 of 中欧班列(义新欧), 京滨城际 of 京滨城际南段) or only the place it is
    in before it (大兴国际机场 of 北京大兴国际机场), when only one fits; a name that shares a list's kind (甲线 of
    甲线、乙线等绿带) is that kind's work, no line's."""
    gaz = gazetteer.load()
    _same(mentions, resolved, "Project", lambda m, res, named: [
        k for k in named if k in (res.key + w for w in KIND_AFTER)
        or res.key.endswith(LINE_WORDS) and k in (res.key + w for w in LINE_KINDS_AFTER)
        or k.startswith(res.key) and SECTION_AFTER.fullmatch(k, len(res.key)) and not dict(m.attrs).get("name")
        or len(res.key) >= 4 and len(k) > len(res.key) and k.endswith(res.key) and gaz.lookup(k[:-len(res.key)])])


GOAL_QUALIFIERS = re.compile(f"(?:{lexicons.alternation('strategy_goal_qualifiers')})+")  # 新时代社会主义现代化


def same_strategy(mentions: tuple[Mention, ...], resolved: dict) -> None:
    """One strategy per report however it is written: a goal or slogan written bare is the report's strategy that adds
    only 战略 after it (教育强市 of 教育强市战略) or only words of its era or kind in front (经济强省 of 现代化经济强省;
    guideline 2: the fullest form written in the report)."""
    _same(mentions, resolved, "Strategy", lambda m, res, named: [
        k for k in named if k == res.key + "战略" or len(res.key) >= 4 and k.endswith(res.key) and
        GOAL_QUALIFIERS.fullmatch(k, 0, len(k) - len(res.key))])


JOINT_SHORT = re.compile(r"(中[\u4e00-\u9fff])(联合(?:声明|公报))$")


def same_policy(mentions: tuple[Mention, ...], resolved: dict) -> None:
    """One document per report however it is written: a short title is the report's fuller title that adds its
    issuer or place in front (机构改革方案 of 国务院机构改革方案) or its place's kind of unit (香港基本法 of 中华人民共和国
    香港特别行政区基本法), and a joint declaration by its parties (中英联合声明) the titled one the report says they
    signed (中英两国政府签订的《关于香港问题的联合声明》), when only one fits."""
    parties = {res.key: dict(m.attrs)["parties"] for m in mentions if m.type == "Policy" and dict(m.attrs).get(
        "parties") and (res := resolved.get((m.start, m.end)))}

    def fits(m: Mention, res, named: dict) -> list[str]:
        short = res.key
        if joint := JOINT_SHORT.match(short):
            return [k for k in named if parties.get(k) == joint[1] and k.endswith(joint[2])]
        return [k for k in named if len(k) > len(short) >= 4 and (k.endswith(short) or _unit_left_out(short, k))]

    _same(mentions, resolved, "Policy", fits)


POLICY_KIND = re.compile(r"(?:基本法|法|条例|方案|规划|纲要|声明)$")


def _unit_left_out(short: str, long_: str) -> bool:
    """Whether a short title leaves out the kind of unit its place is (香港基本法 of …香港特别行政区基本法)."""
    kind = POLICY_KIND.search(short)
    head = short[:kind.start()] if kind else ""
    at = long_.find(head) if len(head) >= 2 else -1
    return at >= 0 and long_.endswith(short[len(head):]) and \
        0 < len(gap := long_[at + len(head):len(long_) - len(short) + len(head)]) <= 5 and gap.endswith("区")


def _qualifies(prefix: str) -> bool:
    """Whether a name's opening is only places, editions and levels (北京, 第9届省, 杭州第19届)."""
    gaz = gazetteer.load()
    while prefix:
        if q := EVENT_QUALIFIER.match(prefix):
            prefix = prefix[q.end():]
            continue
        found = [e for lex in (gaz.full, gaz.short) for s, e, _ in lex.scan(prefix, 0, len(prefix)) if s == 0]
        if not found:
            return False
        prefix = prefix[max(found):]
    return True


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def written_name(m: Mention) -> str:
    """The name a mention writes (咸阳高新区 for 咸阳高新技术产业开发区), normalized, and for an item a list shortens the
    item with the head it shares (沧州高新区 of 沧州、衡水高新区); none for a bare zone word standing for the issuer's own
    zone (高新区)."""
    return "" if dict(m.attrs).get("generic") else given_name(m)


def given_name(m: Mention) -> str:
    """The name a mention gives its entity in its report: as written, or a list item's with its shared head (沧州高新区
    of 沧州、衡水高新区, though the node may be named 沧州高新技术产业开发区 after another report)."""
    return dict(m.attrs).get("name") or m.norm or m.surface


def _relation(rel, span_of: dict, report: Report, mentions: tuple[Mention, ...], ref) -> list:
    """The SUPPORTS or COOPERATES_WITH fact one sentence states, with the mention that shows it."""
    gaz = gazetteer.load()
    target = span_of.get(rel.target)
    witness = [m for m in mentions if (m.start, m.end) == rel.target]
    if target is None or not witness:
        return []
    if rel.type == "SUPPORTS" and span_of.get(rel.source):
        return [["supports", [*span_of[rel.source], *target], [ref(m) for m in witness]]]
    if rel.type == "COOPERATES_WITH" and report.issuer is not None:
        other, issuer = gaz.get(target[1]), report.issuer
        if other is None or gaz.is_within(other, issuer) or gaz.is_within(issuer, other):
            return []  # the place itself, its own counties, or the province it belongs to
        kind = dict(rel.attrs).get("relation", "cooperation")
        return [["cooperates", [issuer.adcode, other.adcode], [report.year, kind, ref(witness[0])]]]
    return []
