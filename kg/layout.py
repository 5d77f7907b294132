"""The layout of a unit of text: which lines are report text and which are page furniture, where each report
starts, and which copies repeat an earlier one. Every character ends up in a report or in a dropped span with
a reason."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.textnorm import MappedText

_CJK = re.compile(r"[\u3400-\u9fff]")
TITLE = re.compile(r"^[#\s]*((?:(?:19|20)\d{2}年(?:度)?)?[\u4e00-\u9fff()（）]{0,24}?(?:(?:19|20)\d{2}年)?"
                   r"[\u4e00-\u9fff]{0,4}?政府工作报告)")
# what may follow a title on the same line: the meeting line, a date, the opening address
_AFTER_TITLE = re.compile(r"\s*(?:$|——|[-—(（]|(?:19|20)\d{2}年|[〇零○一二三四五六七八九]{4}年|在|各位代表|关于)")
MEETING = re.compile(r"在[^。]{0,30}?第[一二三四五六七八九十\d]+届[^。]{0,12}?人民代表大会[^。]{0,20}?会议上")
# the session written short (在县十三届人大一次会议上, 在甲县十八届人民代表大会第二次会议上) makes a meeting line only where
# the line opens with it (after a dash, a bracket or the date): in running text the same words are a clause
MEETING_SHORT = re.compile(r"[\s(（—\-－─]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?\s*在[^。，,]{0,30}?"
                           r"[一二三四五六七八九十\d]+届[^。，,]{0,12}?(?:人民代表大会|人大)[^。，,]{0,20}?会议上")
SPEAKER = re.compile(r"^[\u4e00-\u9fff]{0,20}?(?:代理|代)?(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席|自治区主席)\s*"
                     r"[\u4e00-\u9fff·]{1,2}\s?[\u4e00-\u9fff·]{1,3}$")
DATE = re.compile(r"^[(（]?\s*(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月"
                  r"[\d一二三四五六七八九十]{1,3}日\s*[)）]?$")
CAPTION = re.compile(r"(?:记者|通讯员|摄影)[^。]{0,12}摄\s*$|\s摄\s*$|^[^。，]{0,30}作政府工作报告[。.]?\s*$|"
                     r"^[^。]{0,60}作政府工作报告[。][^。]{0,40}摄\s*$")
DATELINE = re.compile(r"^\s*(?:新华社|人民网|中新社|新华网)[^。]{0,20}?电\s*$")
FURNITURE_LINES = [(re.compile(p), reason) for p, reason in (
    (r"^(?:标题|发文单位|发文机关|发文时间|发布时间|发布日期|报告人|来源URL|来源|时间|日期|作者|编辑|责任编辑|浏览次数|"
     r"点击数|阅读次数|信息来源|文章来源|索引号|文号|主题分类|正文)\s*[:：]", "crawl metadata"),
    (r"^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}(?::|时)\d{2}(?::\d{2}|分)?)?\s*$", "crawl metadata"),
    (r"^https?://\S+$|^[0-9a-f]{16,}[:：]?$", "crawl metadata"),
    (r"ICP备|公网安备|版权所有|主办[:：单]|承办[:：]|技术支持|网站标识码|联系我们|网站地图|免责声明|"
     r"Copyright|©", "page footer"),
    (r"^(?:首页|当前位置|您的位置|所在位置)|>>?$|^>$|^\s*>", "navigation"),
    (r"分享到?[:：]?$|^分享|扫一扫|打印本页|【打印】|关闭窗口|返回顶部|上一篇|下一篇|相关报道|相关附件|相关链接|"
     r"【?字[号体][:：]|^[大中小]$|^【|^】$|^(?:下载|打印|全屏|收藏|加大|还原|减小|长者模式|无障碍|繁體中文|EN|"
     r"简体|English|登录|注册|搜索|\|)$", "page tools"),
    (r"^[\s\-=_*—·•|~#]+$", "separator"),
    (r"^[-—]?\s*\d{1,4}\s*[-—]?$|^第\s*\d+\s*页", "page number"),
)]
# words of the register of government reports: a text without them is not one (a novel, a manual, a manifest)
_REGISTER = re.compile(r"发展|建设|推进|加快|实施|加强|改革|完善|深化|推动|坚持|提升|全面|工作|经济|政府")
MIN_REPORT_CJK = 100
FURNITURE_BREAK = 3  # this many furniture lines between two paragraphs end a report (a page's footer, links)
RUNNING_HEADER = 4  # a title line repeated this often is a page's running header, not a report's title
_SENTENCE_SPLIT = re.compile(r"[。！？；!?]")
# a numbered heading (一、…, （二）…): above a report's title, a line of its table of contents
CONTENTS_LINE = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


def _reason(text: str) -> str | None:
    if CAPTION.search(text):
        return "caption"
    if DATELINE.match(text):
        return "dateline"
    if len(text) <= 80:
        for pattern, reason in FURNITURE_LINES:
            if pattern.search(text):
                return reason
    return None


def report_like(text: str) -> bool:
    """Enough Chinese text in the register of a government report."""
    cjk = len(_CJK.findall(text))
    visible = len(re.sub(r"\s", "", text))
    return cjk >= MIN_REPORT_CJK and cjk >= 0.5 * visible and len(_REGISTER.findall(text)) * 1000 >= 8 * cjk


def sentence_like(text: str) -> bool:
    """A line of running text: never furniture."""
    cjk = len(_CJK.findall(text))
    return text.startswith("各位代表") or (cjk >= 15 and bool(re.search(r"[，。；：！？,;]", text))) or (
        cjk >= 4 and bool(re.search(r"[。！？；!?][”’\"')）]*$", text)))


@dataclass(frozen=True)
class Piece:
    """One report of a unit: its title line and its text (header lines and paragraphs), normalized."""

    title: str
    body: MappedText


@dataclass
class Layout:
    reports: list[Piece] = field(default_factory=list)
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # unit offsets and reason
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Line:
    text: MappedText
    kind: str  # blank | title | header | body | short | furniture
    reason: str = ""  # why a furniture line is dropped


def _meeting_line(text: str) -> int | None:
    """Where the meeting line under a title ends (——2024年1月10日在X第N届人民代表大会第N次会议上), or None;
    a clause that goes on (…会议上，陈云同志…) is a sentence."""
    m = MEETING.search(text[:80]) or MEETING_SHORT.match(text)
    if m and not text.startswith("各位代表") and not re.match(r"[，,的]", text[m.end():m.end() + 1]):
        return m.end()
    return None


def _classify(line: MappedText, furniture: str | None) -> list[_Line]:
    """The line's kind; a title followed by the meeting line or the text on the same line gives two."""
    text = line.text
    if not text:
        return [_Line(line, "blank")]
    m = TITLE.match(text)
    if m and not CAPTION.search(text) and _AFTER_TITLE.match(text, m.end()):
        rest = line.slice(m.end(), len(line)).strip()
        return [_Line(line.slice(m.start(1), m.end()), "title")] + (
            _classify(rest, furniture) if len(rest) else [])
    if (reason := _reason(text)) is not None:
        return [_Line(line, "furniture", reason)]
    if (end := _meeting_line(text)) is not None:
        rest = line.slice(end, len(line)).strip()
        if sentence_like(rest.text):  # the report goes on on the same line
            return [_Line(line.slice(0, end), "header")] + _classify(rest, furniture)
        return [_Line(line, "header")]
    if SPEAKER.match(text) or DATE.match(text):
        return [_Line(line, "header")]
    if sentence_like(text):
        return [_Line(line, "body")]
    if furniture is not None:
        return [_Line(line, "furniture", furniture)]
    return [_Line(line, "short")]


def _lines(norm: MappedText) -> list[MappedText]:
    out, start = [], 0
    for m in re.finditer("\n", norm.text):
        out.append(norm.slice(start, m.start()).strip())
        start = m.end()
    out.append(norm.slice(start, len(norm)).strip())
    return out


def _rejoined_meetings(lines: list[MappedText]) -> list[MappedText]:
    """A meeting line a page or a PDF broke in two (——2024年2月28日在甲县第十七届 | 人民代表大会第四次会议上): the
    two lines, blank lines between them left out, are one meeting line when neither is one alone."""
    out: list[MappedText] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if len(lines[k])), None)
        if j is not None and "在" in line.text and len(line.text) + len(lines[j].text) <= 80 and \
                _meeting_line(line.text) is None and _meeting_line(lines[j].text) is None and \
                _meeting_line(line.text + lines[j].text) is not None:
            out.append(MappedText(line.text + lines[j].text, line.src + lines[j].src))
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


def _furniture_at(spans: tuple[tuple[int, int, str], ...], line: MappedText) -> str | None:
    if not spans or not len(line):
        return None
    pos = line.src[0]
    return next((reason for s, e, reason in spans if s <= pos < e), None)


def _join(lines: list[MappedText]) -> MappedText:
    text: list[str] = []
    src: list[int] = []
    for i, line in enumerate(lines):
        if i:
            text.append("\n")
            src.append(line.src[0] if line.src else (src[-1] if src else 0))
        text.append(line.text)
        src.extend(line.src)
    return MappedText("".join(text), tuple(src))


def _sentences(text: str) -> set[str]:
    return {s for s in _SENTENCE_SPLIT.split(re.sub(r"\s+", "", text)) if len(s) >= 12}


_HEAD = ("title", "header")


def layout(norm: MappedText, furniture: tuple[tuple[int, int, str], ...] = ()) -> Layout:
    """Split a normalized unit into reports and dropped spans.

    A report runs from its first to its last line of running text; the lines between two such lines belong to
    it (headings, a stray break) unless they are furniture or a title or meeting line, which starts the next
    report. Title, meeting and speaker lines right above a report's text belong to it."""
    lines = [c for line in _rejoined_meetings(_lines(norm)) for c in _classify(line, _furniture_at(furniture, line))]
    titles = Counter(ln.text.text for ln in lines if ln.kind == "title")
    for ln in lines:
        if ln.kind == "title" and titles[ln.text.text] >= RUNNING_HEADER:
            ln.kind, ln.reason = "furniture", "running header"
    out = Layout()
    groups: list[tuple[list[_Line], list[MappedText]]] = []  # (title and header lines, text lines) per report
    pending: list[_Line] = []  # lines since the last line of running text

    def drop(items: list[_Line], default: str) -> None:
        for ln in items:
            if ln.kind != "blank":
                out.dropped.append((ln.text.src[0], ln.text.src[-1] + 1, ln.reason or default))

    for ln in lines:
        if ln.kind != "body":
            pending.append(ln)
            continue
        heads = [i for i, p in enumerate(pending) if p.kind in _HEAD]
        if groups and not heads and sum(p.kind == "furniture" for p in pending) < FURNITURE_BREAK:
            drop([p for p in pending if p.kind == "furniture"], "")
            groups[-1][1].extend([p.text for p in pending if p.kind != "furniture"] + [ln.text])
        else:
            # the report's head: from its last title (or its first meeting/speaker line) on
            titles = [i for i in heads if pending[i].kind == "title"]
            cut = titles[-1] if titles else (heads[0] if heads else len(pending))
            for p in pending[:cut]:
                if p.kind == "short" and titles and CONTENTS_LINE.match(p.text.text):
                    p.reason = "table of contents"
            drop([p for p in pending[:cut] if p.kind != "title"], "page footer" if groups else "page header")
            drop([p for p in pending[:cut] if p.kind == "title"], "page header")
            drop([p for p in pending[cut:] if p.kind not in _HEAD], "page header")
            groups.append(([p for p in pending[cut:] if p.kind in _HEAD], [ln.text]))
        pending = []
    drop(pending, "page footer" if groups else "not a report")

    seen: list[set[str]] = []
    for head, text in groups:
        title = next((ln.text.text for ln in head if ln.kind == "title"), "")
        kept = [ln.text for ln in head if ln.kind == "header"] + text
        body = _join(kept)
        sentences = _sentences(body.text)
        why = None
        if sentences and any(len(sentences & s) >= 0.5 * len(sentences) for s in seen):
            why = "repeated copy"
            out.warnings.append("the report is repeated in the file: kept once")
        elif not report_like(body.text):
            why = "not a report"
        if why:
            drop([ln for ln in head if ln.kind == "title"] + [_Line(t, "body", why) for t in kept if len(t)], why)
            continue
        drop([ln for ln in head if ln.kind == "title"], "title")
        seen.append(sentences)
        out.reports.append(Piece(title, body))
    return out
