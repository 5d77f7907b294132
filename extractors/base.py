"""What the components share: exact character matches on the Doc, quoted spans, and the name-boundary rule."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg import lexicons


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the Doc's text
    end: int
    label: str  # ontology class
    key: str = ""  # concept id; empty where the resolver decides
    candidates: tuple[str, ...] = ()  # adcodes a place name may denote
    short: bool = False  # place written with its short name alone
    # concept named as such, not a region named only as a place (read by the zones; kg_strategies_inside drops the rest)
    cites: bool = True
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("edition", "第二十届"),)


@dataclass(frozen=True)
class Relation:
    """A relation a sentence states between two matches (indexes into doc._.kg_matches)."""

    type: str
    source: int
    target: int
    attrs: tuple[tuple[str, str], ...] = ()


for _name in ("kg_matches", "kg_candidates", "kg_relations", "quoted", "part", "umbrellas", "issuer"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per Doc: spaCy joins every token again on each access, and the rules read it often."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def token_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the Doc's tokens, computed once per Doc (a Token object costs a lot)."""
    bounds = doc.user_data.get("kg_bounds")
    if bounds is None:
        at = doc.to_array([IDX, LENGTH])
        bounds = doc.user_data["kg_bounds"] = list(zip(at[:, 0].tolist(), (at[:, 0] + at[:, 1]).tolist()))
    return bounds


def token_starts(doc: Doc) -> set[int]:
    """The character offsets where the Doc's tokens start, once per Doc."""
    starts = doc.user_data.get("kg_starts")
    if starts is None:
        starts = doc.user_data["kg_starts"] = {a for a, _ in token_bounds(doc)}
    return starts


def token_ends(doc: Doc) -> set[int]:
    """The character offsets where the Doc's tokens end, once per Doc."""
    ends = doc.user_data.get("kg_ends")
    if ends is None:
        ends = doc.user_data["kg_ends"] = {b for _, b in token_bounds(doc)}
    return ends


NAME_LABELS = frozenset({"Strategy", "Program", "Formulation", "Zone", "Project", "Enterprise", "Event", "Policy"})
# every label but Place: a place may stand inside another name (港澳山东周, 甲省“乙”工程)
_MATCHES = ("._.", "kg_matches", None, None)  # where doc._.kg_matches keeps its value, read without an Underscore
_QUOTED = ("._.", "quoted", None, None)


def item_spans(listed: str, start: int) -> list[tuple[int, int]]:
    """The spans of the items of a list written from start with 、 between them (A、B、C)."""
    spans, pos = [], start
    for item in listed.split("、"):
        spans.append((pos, pos + len(item)))
        pos += len(item) + 1
    return spans


def matches(doc: Doc) -> list[Match]:
    found = doc.user_data.get(_MATCHES)
    if found is None:
        found = doc.user_data[_MATCHES] = []
    return found


def add_matches(doc: Doc, found: list[Match]) -> None:
    """Record matches on the Doc, and as token spans in doc.spans[label] for displaCy and other spaCy tools."""
    matches(doc).extend(found)
    for m in found:
        span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.key, alignment_mode="expand")
        if span is not None:
            doc.spans.setdefault(m.label, []).append(span)


def drop_matches(doc: Doc, dropped: list[Match]) -> None:
    """Remove matches from the Doc, with the spans of their label that overlap them (spans are widened to tokens)."""
    gone = {id(m) for m in dropped}
    found = matches(doc)
    found[:] = [m for m in found if id(m) not in gone]
    for m in dropped:
        doc.spans[m.label] = [x for x in doc.spans.get(m.label, []) if x.end_char <= m.start or m.end <= x.start_char]


def add_candidate(doc: Doc, term: str, kind: str) -> None:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    doc._.kg_candidates.append((term, kind))


def covered(doc: Doc, start: int, end: int, labels: set[str] | None = None) -> bool:
    """Whether an earlier component already matched characters of start..end."""
    return any(m.start < end and start < m.end and (labels is None or m.label in labels) for m in matches(doc))


def in_review(doc: Doc) -> bool:
    """Whether the sentence reviews past work (set by the caller from the report's parts; plans otherwise)."""
    return doc._.part == "review"


def quoted(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the text that the source wrote inside quotation marks (set by the caller; quotes are normalized away)."""
    return doc.user_data.get(_QUOTED) or []


# a verb of action made of an adverb of force and a one-character verb (狠|刹, 严|查, 力|推): a clause's verb, never
# a name's first word, so it ends a name read leftwards (狠刹公路上乱收费 names no road)
MANNER_VERBS = frozenset(a + v for a in lexicons.terms("name_stop_manner") for v in lexicons.terms("name_stop_manner_verbs"))
NAME_STOP = lexicons.words("name_stop") | MANNER_VERBS  # words that end a name read leftwards from its suffix
SINGLE_STOPS = lexicons.words("name_stop_single")  # 要, 不: stop words only in the leftward reading, outside a noun
OPENING_STOPS = lexicons.words("name_stop_opening")  # 用, 结合: stop words only where they open a clause
CLAUSE_INITIAL_STOPS = lexicons.words("name_stop_clause_initial")  # ，恢复|…制度: stops only first in a clause
NOUN_ENDINGS = lexicons.words("name_stop_noun_endings")  # 所有|权: a stop word and 权 written as one word, one noun
TIME_ENDS = lexicons.words("clause_time_ends")  # 汛期之前|修复: a phrase of time ends, a clause opens
_NAME_CHAR = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·—―\-()×+]+$")
LEADING_VERBS = lexicons.terms("leading_verbs")  # glued to a name by the segmenter (建设沧州…), never its first word
# nouns that open with a stop word or a leading verb (用能权, 改革开放, 结合部): words of a name, never stripped
_COMPOUND = re.compile(lexicons.alternation("name_stop_compounds"))
# before 好, a word it completes: 要|好, 用|好 (…用好X: X), and verbs of holding or doing (办好, 开好, 做好X: X)
_WORD_STOPS = SINGLE_STOPS | OPENING_STOPS | {"办", "做", "搞", "开", "举"}
# half-width punctuation the segmenter may join to the next word (,容|东片区): a name read leftwards begins after it
_GLUED_PUNCT = ",;:!?"
_GLUE_STOPS = tuple(sorted(NAME_STOP | SINGLE_STOPS | OPENING_STOPS | set(LEADING_VERBS), key=lambda w: (-len(w), w)))


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a noun that opens with a stop word (用|能|权, 城乡|结合部)."""
    return any(m.start() <= start and end <= m.end() for m in _COMPOUND.finditer(text, max(0, start - 4), end + 4))


_SETS = ("项目", "工程")  # 重点工程|中|甲乙大道: 中 after a set of works says which of them the name is (not after
# 企业: 500强企业|中化… opens a firm with 中)


def name_start(doc: Doc, suffix_start: int, max_chars: int = 12) -> int | None:
    """Where a name ending at suffix_start begins: the run of words before it, read leftwards up to a stop word,
    punctuation or a count (184个). None when no name stands there."""
    text = doc_text(doc)
    start = suffix_start
    tokens = token_bounds(doc)
    holding = bisect.bisect_left(tokens, (suffix_start,)) - 1
    if holding >= 0 and tokens[holding][1] > suffix_start:  # the word holding the suffix's first character may
        t_start = tokens[holding][0]  # begin earlier (沧州高新区)
        head = text[t_start:suffix_start]
        if head in NAME_STOP or head in SINGLE_STOPS and not in_compound(text, t_start, suffix_start) or \
                not _NAME_CHAR.match(head):
            return None  # 打|攻坚战 glued by the segmenter (打攻|坚战): a verb before a bare suffix, no name
        start = t_start
    for t_start, t_end in reversed(tokens[:bisect.bisect_left(tokens, (start,))]):
        if t_start >= start:
            continue  # read already, as part of a size
        if t_end < start:
            break
        size = _SIZE.search(text, max(0, start - 12), start)
        if size and t_end == start and suffix_start - size.start() <= max_chars:
            start = size.start()  # 30万|吨|级, 2×660|兆|瓦: a size is part of the name whatever the segmenter did
            continue
        word = text[t_start:start]  # all of the token, or its head when a size began inside it (有研|12英寸)
        if len(word) == 3 and word[:2] in NAME_STOP and word not in NAME_STOP and word[2] not in NOUN_ENDINGS and \
                not in_compound(text, t_start, start):
            start = t_start + 2  # a stop word the segmenter joined with the name's first character: 举办|省旅发大会
            break
        if len(word) > 1 and word[0] in _GLUED_PUNCT and _NAME_CHAR.match(word[1:]):
            stop = next((w for w in _GLUE_STOPS if text.startswith(w, t_start + 1)), "")
            start = t_start + 1 + len(stop)  # ,容|东片区: punctuation ends a name, even where the segmenter joined it
            break  # to the name's first character; so does a stop word after it (,力|促京…: 力促 ends the clause's verb)
        spec = _SPEC.match(text, t_start + len(word))  # 30万吨级, 2×660兆瓦: a count that is part of the name
        if word in INITIAL_STOPS and opened_by_building(doc, t_start) and suffix_start - t_start > 2:
            start = t_start  # 开工建设上|白石…枢纽: after a verb of building the character opens the name
            break
        if (word in NAME_STOP or (word in SINGLE_STOPS or word in OPENING_STOPS and opens_clause(doc, t_start) or
                                  word in CLAUSE_INITIAL_STOPS and opens_clause(doc, t_start, after_verb=False)) and
                not any(a <= t_start < b for a, b in quoted(doc))) and not in_compound(text, t_start, start) or \
                not _NAME_CHAR.match(word) or \
                _COUNT.fullmatch(word) and not spec or word == "中" and text.endswith(_SETS, 0, t_start):
            break
        if suffix_start - t_start > max_chars:
            if opens_clause(doc, t_start):  # past the limit, the first word of the name's run (推进|甲乙|科技…) is
                start = t_start  # read still: the name begins with its run, not inside it (not 科技…)
            break
        start = t_start
    if text.count("(", start, suffix_start) > text.count(")", start, suffix_start):
        start = text.rfind("(", start, suffix_start) + 1  # 中心(上海长江医疗产业集团: the name opens the bracket
    start = strip_lead(text, start, suffix_start)
    if text.startswith("好", start) and (text[max(0, start - 2):start] in CLAUSE_VERBS or
                                         text[start - 1:start] in _WORD_STOPS):
        start += 1  # 建设好长征…公园, 实施好…项目: the verb's complement, not the name's first character
    if text[start:suffix_start] in NAME_STOP or text[start:suffix_start] in LEADING_VERBS:
        return None  # 建设自贸区: a verb, not a name
    while start < suffix_start and text[start] in "—―-·":
        start += 1
    if (number := SECTION_NUMBER.match(text, start)) and number.end() < suffix_start:
        start = number.end()  # (一)工业强县取得新突破: a heading's number opens no name
    return start if start < suffix_start else None


SECTION_NUMBER = re.compile(r"\([一二三四五六七八九十\d]{1,3}\)")  # (一), (3): the number of a heading or an item


ROUND = re.compile(r"(?:新一|第[一二三四五六七八九十\d]{1,3})[轮期]")  # 新一轮, 第二轮, 第二期: a round or phase
TERM_ENDS = "到期"  # 第二轮土地承包|到期: the round is the term's that expires, a word of the name


def after_round(text: str, start: int, suffix_start: int) -> int:
    """Where a programme's or a goal's name starts when a round or phase opens it (新一轮|民心工程, 第二期|双高计划,
    第三轮|回天行动; the reading may have stopped inside it, at 第二|轮): after the round, a programme being named the
    same in every round (programs.py; strategies.py: 新一轮|特色县域经济强县工程 holds no goal). Not when the term of
    the round expires inside the name (第二轮土地承包到期后再延长30年试点: the contract's round, a word of the name):
    then the round opens it. start when no round stands there."""
    r = next((r for r in ROUND.finditer(text, max(0, start - 4), suffix_start) if r.start() <= start < r.end()), None)
    if r is None:
        return start
    return r.start() if TERM_ENDS in text[r.end():suffix_start] else r.end()


INITIAL_STOPS = lexicons.words("name_stop_initials")  # 上: stop words that also open proper names
_BUILDING = lexicons.words("building_verbs")  # verbs whose object a name is


def opened_by_building(doc: Doc, start: int) -> bool:
    """Whether the word before start is a verb of building or starting (开工建设|上白石…): its object follows."""
    tokens, text = token_bounds(doc), doc_text(doc)
    i = bisect.bisect_left(tokens, (start,)) - 1
    return i >= 0 and tokens[i][1] == start and text[tokens[i][0]:start] in _BUILDING


def opens_clause(doc: Doc, start: int, after_verb: bool = True) -> bool:
    """Whether the word at start opens a clause: nothing of a name stands before it (punctuation, a stop word, a
    modal, a leading verb; with after_verb False only punctuation, a one-character modal or the end of a phrase of
    time: 汛期之前), so a verb of using there (，用实际行动) is no name's word, as it is after a noun (设备用硅材料)."""
    tokens, text = token_bounds(doc), doc_text(doc)
    i = bisect.bisect_left(tokens, (start,)) - 1
    if i < 0 or tokens[i][1] != start:
        return True
    word = text[tokens[i][0]:start]
    return after_verb and (word in NAME_STOP or word in LEADING_VERBS) or word in SINGLE_STOPS or \
        word in TIME_ENDS or not _NAME_CHAR.match(word)


def first_conjunct(doc: Doc, start: int, max_chars: int) -> int | None:
    """Where the first part begins of a name whose second part starts at start, the two joined by 和, 与 or 及
    (中国家电及|消费电子博览会); None when no conjunction stands before start or no first part of two characters."""
    if start < 3 or doc_text(doc)[start - 1] not in "和与及":
        return None
    first = name_start(doc, start - 1, max_chars=max_chars)
    return first if first is not None and start - 1 - first >= 2 else None


CLAUSE_VERBS = NAME_STOP | set(LEADING_VERBS)
_LEADS: dict[str, list[str]] = {}  # stop words and verbs of two characters or more by their first, longest first
for _w in sorted({w for w in (*LEADING_VERBS, *NAME_STOP) if len(w) > 1}, key=lambda w: (-len(w), w)):
    _LEADS.setdefault(_w[0], []).append(_w)


_RANKING = re.compile(r"(?<!\d)[1-9]0+$|[十百千]$")  # 500|强, 百|强: the round count of a ranking


def strip_lead(text: str, start: int, end: int) -> int:
    """Past the stop words and verbs that open text[start:end] (建设沧州 → 沧州, 投资30亿元的卓尔医疗 → 卓尔医疗)."""
    start = max(start, text.rfind("的", start, end - 1) + 1)
    if text.startswith("强", start) and _RANKING.search(text, max(0, start - 5), start):
        start += 1  # 民营500强|甲乙钢构: a ranking before a name, not its first character (3579强链行动: a number)
    while start < end and (lead := next((w for w in _LEADS.get(text[start], ())
                                         if text.startswith(w, start) and start + len(w) < end), None)) and \
            not in_compound(text, start, start + 1):
        start += len(lead)
    return start


def listed_items(doc: Doc, text: str, start: int, listed: str):
    """(start, end) of each item of the list A、B、C written from start: the first item's name begins where a name
    read leftwards from its end does, every other one past its leading stop words and verbs."""
    pos = start
    for i, item in enumerate(listed.split("、")):
        end = pos + len(item)
        yield (name_start(doc, end) if i == 0 else None) or strip_lead(text, pos, end), end
        pos = end + 1


# a size that opens a name, in Arabic or Chinese numerals: 30万吨级原油码头, 千万吨炼化一体化, 百万千瓦级, 年产2000吨…
LATIN_UNITS = lexicons.alternatives("size_latin_units")  # MW, kV, mm: units written in Latin letters
_SIZE = re.compile(r"(?:[\d.]+|[一二两三四五六七八九十百千]+)万?(?:吨级|万吨|吨|千瓦时|兆瓦时|千瓦|兆瓦|千伏|英寸|" + LATIN_UNITS + ")$")
_SPEC = re.compile(r"[万×xX]?\d*(?:吨级|万吨|吨|千瓦|兆瓦|千伏|英寸|" + LATIN_UNITS + "|×|锭|头|台|套|辆)")


# a firm's word right after a work's or scheme's kind: the kind is the trade of a firm's name (市政工程有限公司,
# 甲乙工程集团), no work nor programme
FIRM_AFTER = r"[\u4e00-\u9fff]?(?:企业|公司|集团|有限|股份)"


def is_size(text: str) -> bool:
    """Whether text is only a size (百万吨级, 30万千瓦): with a kind word after it, a category, no name."""
    return _SIZE.fullmatch(text) is not None
_COUNT = re.compile(r"[\d.]+[个家项座条所批亿万年件次倍]?|[一二三四五六七八九十两几多]+[个家项座条所批件次]|第.+")


def overlaps(m: Match, others: list[Match]) -> bool:
    """Whether m shares a character with any of others."""
    return any(o.start < m.end and m.start < o.end for o in others)


def longest_first(found: list[Match]) -> list[Match]:
    """Of overlapping matches keep the longest (自贸区正定片区 over 自贸区), in text order."""
    kept: list[Match] = []
    for m in sorted(found, key=lambda m: m.start - m.end):
        if not overlaps(m, kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def crosses(m: Match, start: int, end: int) -> bool:
    """Whether m begins in the quoted token start..end and ends outside it, or begins before it and ends inside it
    (“一市两区”“五基地…”: no name runs from one quoted token into the next); a token wholly inside m, or m wholly
    inside it, is no crossing."""
    return start < m.start < end < m.end or m.start < start < m.end < end


def register(name: str, find) -> None:
    """A spaCy component that records what find(doc) returns."""
    def make(nlp: Language, name: str):
        def component(doc: Doc) -> Doc:
            spans = quoted(doc)
            add_matches(doc, [m for m in find(doc) if not any(crosses(m, a, b) for a, b in spans)])
            return doc

        return component

    Language.factory(name)(make)


def clause_start(text: str, pos: int, stops: str = "，,；;。：:") -> int:
    """Where the clause holding pos begins: after the last of stops (commas, semicolons, colons, full stops) before it."""
    return max(text.rfind(c, 0, pos) for c in stops) + 1


def only_words(text: str, words: tuple[str, ...], min_rest: int = 2) -> bool:
    """Whether text is made of the given words (longest first) with fewer than min_rest other characters left:
    a category such as 重点技改项目 or 新能源汽车, not a name."""
    rest = text
    for word in words:
        rest = rest.replace(word, "")
    return len(_NUMERIC.sub("", rest)) < min_rest


# digits, units and function characters left over; 万亿千百 only after a numeral (郑万高铁 is 郑州–万州)
_NUMERIC = re.compile(r"以上|[\d.元个的和及与、()]|(?<=[\d.一二三四五六七八九十两几百千万亿])[万亿千百]|^[百千万亿](?=[万亿千百元])")


# the number of a five-year plan (八五, 十五, 十四五): its plan is a document (guideline 2: a Policy), read by the
# programmes (七五|计划 is no scheme), the policies (“十四五”规划) and the formulations (“十四五” is no slogan);
# never before a unit (十五分钟, 十五年, 十五个: a quantity)
FIVE_YEAR = r"(?:十?[一二三四五六七八九]|十)五(?![\d分年个届万亿天日条项次元周岁])"
FIVE_YEAR_RE = re.compile(FIVE_YEAR)


INDUSTRY_WORDS = lexicons.longest_first("industry_words")  # 新能源, 生物医药, 化工: names of sectors


def industry(name: str) -> bool:
    """Whether a name is only industry words (新能源汽车, 海洋生物医药): a sector rather than a firm or a project."""
    return only_words(name, INDUSTRY_WORDS)
