"""What the components share: exact character matches on the Doc, quoted spans, and the name-boundary rule."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the Doc's text
    end: int
    label: str  # ontology class
    key: str = ""  # concept id; empty where the resolver decides
    candidates: tuple[str, ...] = ()  # adcodes a place name may denote
    short: bool = False  # place written with its short name alone
    cites: bool = True  # concept named as such, not a region named only as a place
    attrs: tuple[tuple[str, str], ...] = ()  # e.g. (("edition", "第二十届"),)


@dataclass(frozen=True)
class Relation:
    """A relation a sentence states between two matches (indexes into doc._.kg_matches)."""

    type: str
    source: int
    target: int
    attrs: tuple[tuple[str, str], ...] = ()


for _name in ("kg_matches", "kg_candidates", "kg_relations", "quoted"):
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
        bounds = doc.user_data["kg_bounds"] = [(a, a + n) for a, n in doc.to_array([IDX, LENGTH]).tolist()]
    return bounds


def matches(doc: Doc) -> list[Match]:
    found = doc._.kg_matches
    if found is None:
        found = doc._.kg_matches = []
    return found


def add_matches(doc: Doc, found: list[Match]) -> None:
    """Record matches on the Doc, and as token spans in doc.spans[label] for displaCy and other spaCy tools."""
    matches(doc).extend(found)
    for m in found:
        span = doc.char_span(m.start, m.end, label=m.label, kb_id=m.key, alignment_mode="expand")
        if span is not None:
            doc.spans.setdefault(m.label, []).append(span)


def add_candidate(doc: Doc, term: str, kind: str) -> None:
    if doc._.kg_candidates is None:
        doc._.kg_candidates = []
    doc._.kg_candidates.append((term, kind))


def covered(doc: Doc, start: int, end: int, labels: set[str] | None = None) -> bool:
    """Whether an earlier component already matched characters of start..end."""
    return any(m.start < end and start < m.end and (labels is None or m.label in labels) for m in matches(doc))


def quoted(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the text that the source wrote inside quotation marks (set by the caller; quotes are normalized away)."""
    return doc._.quoted or []


# Words that end a name when reading leftwards from a suffix such as 开发区, 项目, 集团 or 论坛.
NAME_STOP = frozenset("""入围 组建 筹建 扶持 稳定 知名 增强 推广 安排 提交 提请 列席 编制 强化 成立 做好 抓好 完善 提高 构建 营造 申建 申报 推进 加快 打造 支持 实施 推动 完善 创建 争创 获批 成功 入选 设立 培育 落地 开工 建成 投用
运营 引进 新建 巩固 更加 突出 规划 谋划 启动 申报 获评 依托 围绕 聚焦 加强 深化 优化 扩大 积极 着力 大力 持续 稳步 做强 做大 做优 壮大
用好 办好 举办 承办 筹办 参与 开展 组织 发挥 带动 对接 融入 落实 建立 健全 形成 完成 实现 加速 力争 确保 推出 出台
制定 修订 印发 颁布 贯彻 学习 争取 协调 统筹 深入 认真 扎实 坚持 全力 亩 吨 公里 高标准 高质量 高水平 一批 一个 和 与 及 以及 等 的 在 为
以 将 把 对 了 是 向 从 由 被 让 使 并 同时 其中 包括 届 个 家 项 座 条 所 批 处 家 种 类 年内 全年 今年 去年 明年 成为 作为 通过 获得 荣获 达到 新增 累计 全部
纳入 列入 晋升 改造 防范 提档 加紧 全速 抓好 抓实 高效 携手 签约 签订 开通 通车 竣工 投产 达产 试运行 首次 放大 狠抓 抢抓 遏制 坚决 严控 实现 落户 绘就 打好
已 正在 都 均 首个 首批 第一 全国 全省 全市 我市 我省 我区 我县 本地 当地 这 该 其 相关 各类 各 多个 两个 三个""".split())
_NAME_CHAR = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·—―\-()×+]+$")
LEADING_VERBS = ("建设", "新建", "加快", "推进", "升级", "获批", "创建", "争创", "提升", "发展", "促进", "促推", "引导",
                 "重点建好", "建好", "紧紧抓住", "抓住", "谋")  # glued to a name by the segmenter (建设沧州…), never its first word


def name_start(doc: Doc, suffix_start: int, max_chars: int = 12) -> int | None:
    """Where a name ending at suffix_start begins: the run of words before it, read leftwards up to a stop word,
    punctuation or a count (184个). None when no name stands there."""
    text = doc_text(doc)
    start = suffix_start
    tokens = token_bounds(doc)
    for t_start, t_end in tokens:  # the word holding the suffix's first character may begin earlier (沧州高新区)
        if t_start < suffix_start < t_end:
            head = text[t_start:suffix_start]
            if head in NAME_STOP or not _NAME_CHAR.match(head):
                return None
            start = t_start
            break
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
        spec = _SPEC.match(text, t_start + len(word))  # 30万吨级, 2×660兆瓦: a count that is part of the name
        if word in NAME_STOP or not _NAME_CHAR.match(word) or _COUNT.fullmatch(word) and not spec or \
                suffix_start - t_start > max_chars:
            break
        start = t_start
    if text.count("(", start, suffix_start) > text.count(")", start, suffix_start):
        start = text.rfind("(", start, suffix_start) + 1  # 中心(上海长江医疗产业集团: the name opens the bracket
    start = strip_lead(text, start, suffix_start)
    if text[start:suffix_start] in NAME_STOP or text[start:suffix_start] in LEADING_VERBS:
        return None  # 建设自贸区: a verb, not a name
    while start < suffix_start and text[start] in "—―-·":
        start += 1
    return start if start < suffix_start else None


_LEADS = sorted({w for w in (*LEADING_VERBS, *NAME_STOP) if len(w) > 1}, key=len, reverse=True)


def strip_lead(text: str, start: int, end: int) -> int:
    """Past the stop words and verbs that open text[start:end] (建设沧州 → 沧州, 投资30亿元的卓尔医疗 → 卓尔医疗)."""
    start = max(start, text.rfind("的", start, end - 1) + 1)
    while lead := next((w for w in _LEADS if text.startswith(w, start) and start + len(w) < end), None):
        start += len(lead)
    return start


_SIZE = re.compile(r"[\d.]+万?(?:吨级|万吨|千瓦|兆瓦|千伏|英寸)$")  # a size that opens a name: 30万吨级原油码头
_SPEC = re.compile(r"[万×xX]?\d*(?:吨级|万吨|千瓦|兆瓦|千伏|英寸|×|锭|头|台|套|辆)")
_COUNT = re.compile(r"[\d.]+[个家项座条所批亿万年件次倍]?|[一二三四五六七八九十两几多]+[个家项座条所批件次]|第.+")


def longest_first(found: list[Match]) -> list[Match]:
    """Of overlapping matches keep the longest (自贸区正定片区 over 自贸区), in text order."""
    kept: list[Match] = []
    for m in sorted(found, key=lambda m: m.start - m.end):
        if not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def register(name: str, find) -> None:
    """A spaCy component that records what find(doc) returns."""
    def make(nlp: Language, name: str):
        def component(doc: Doc) -> Doc:
            add_matches(doc, find(doc))
            return doc

        return component

    Language.factory(name)(make)


def only_words(text: str, words: list[str], min_rest: int = 2) -> bool:
    """Whether text is made of the given words (longest first) with fewer than min_rest other characters left:
    a category such as 重点技改项目 or 新能源汽车, not a name."""
    rest = text
    for word in words:
        rest = rest.replace(word, "")
    return len(re.sub(r"[\d.万亿元千百个以上的和及与、()]", "", rest)) < min_rest


# Words that name a trade or an industry (新能源, 生物医药, 化工), in names of sectors rather than of firms or projects.
INDUSTRY_WORDS = sorted(set("""家居 电梯 纺机 模塑 电工 电装 模切 照明 服饰 化纤 陶瓷 包装 矿业 特种 功能 气体 玻璃
新能源 生物 海洋 智能 电子 信息 人工 数据 大数据 绿色 现代 高端 精细 新型 传统 特色 石油 清洁 先进
新一代 航空 航天 汽车 船舶 海工 医疗 健康 装备 轨道 交通 半导体 集成电路 新材料 材料 储能 氢能 光伏 风电 核电 节能 环保
食品 农产品 纺织 服装 化工 钢铁 冶金 有色 建材 机械 仪器 仪表 通信 网络 软件 互联网 物联网 区块链 云计算 文化 旅游 体育
康养 养老 教育 金融 商贸 物流 电商 跨境 会展 设计 咨询 检测 认证 数字 低空 无人机 机器人 工业 制造 加工 精密 基础 关键
核心 零部件 整车 动力 电池 锂电 生物医药 医药 中药 仿制药 原料药 器械 网联 检验 水泥 油品 石化 营销 人才 金控 投资 平台
政府 大型 产业 文旅 农业 现代农业 省 市 县 与 和 及""".split()), key=len, reverse=True)


def industry(name: str) -> bool:
    """Whether a name is only industry words (新能源汽车, 海洋生物医药): a sector rather than a firm or a project."""
    return only_words(name, INDUSTRY_WORDS)
