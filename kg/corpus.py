"""Reading report files: decoding, page text, splitting a file into reports, cleaning, sentences and parts."""
from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.model import Report, Sentence
from kg.textnorm import MappedText, normalize

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class ReadError(Exception):
    """A file that cannot be read as a report; the message is one line for the user."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


# ------------------------------------------------------------------ decoding

_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定"
              "行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然"
              "前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
              "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组"
              "见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争"
              "济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
              "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
              "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院"
              "查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


def _common_share(text: str) -> float:
    from kg.textnorm import to_simplified

    cjk = [c for c in to_simplified(text[:20000]) if "\u4e00" <= c <= "\u9fff"]
    return sum(c in _COMMON for c in cjk) / len(cjk) if cjk else 0.0


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16, GB18030 or Big5, whichever the bytes are."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc)
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:
        even_zeros = head[0::2].count(0)
        return data.decode("utf-16-be" if even_zeros > len(head) // 4 else "utf-16-le")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    decoded = {}
    for enc in ("gb18030", "big5"):
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if not decoded:
        raise ReadError("not UTF-8, UTF-16, GB18030 or Big5 text")
    return max(decoded.values(), key=_common_share)


class _PageText(HTMLParser):
    """The visible text of a page, without scripts, navigation, headers, footers and forms."""

    SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "select", "button", "iframe",
            "svg", "template", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "td",
             "blockquote", "pre", "ul", "ol", "dd", "dt", "title"}
    VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
    BOILER_CLASS = re.compile(r"nav|menu|footer|header|breadcrumb|sidebar|share|copyright|comment|related|toolbar", re.I)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[bool] = []  # per open element: does it hide its content

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in self.VOID:
            return
        attr = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        self.stack.append(tag in self.SKIP or bool(attr and self.BOILER_CLASS.search(attr)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if self.stack:
            self.stack.pop()
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not any(self.stack):
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _PageText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t\r\f\v]+\n", "\n", text)).strip()


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    text = decode(data)
    if path.suffix.lower() in HTML_SUFFIXES or re.match(r"\s*(<!doctype html|<html)", text[:200], re.I):
        text = html_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError("empty file")
    return text


# ------------------------------------------------------------------ splitting and cleaning

TITLE = re.compile(r"^[#\s]*((?:(?:19|20)\d{2}年(?:度)?)?[\u4e00-\u9fff()]{0,24}?政府工作报告)")
_DATE_LINE = re.compile(r"^\s*(?:(?:发布|更新|采集|抓取)?(?:时间|日期)[:：]?\s*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_SEPARATOR = re.compile(r"^[\s\-=_*—·•|~#]*$")
_BOILERPLATE = re.compile(r"投稿|联系我们|企业入驻|版权所有|免责声明|责任编辑|分享到|扫一扫|上一篇|下一篇|返回顶部|网站地图|关闭窗口|"
                          r"ICP备|公网安备|来源[:：]|浏览次数|字号[:：]|打印本页|【打印】|点击量")
CONTINUATION = re.compile(r"[(（]\s*(?:上接|下转|接上|转下|下接|上转|转第|接第)[^()（）\n]{0,15}[)）]")


@dataclass(frozen=True)
class RawReport:
    title: str
    body: MappedText  # normalized, with source offsets


def _lines(mt: MappedText) -> Iterator[MappedText]:
    start = 0
    for m in re.finditer("\n", mt.text):
        yield mt.slice(start, m.start())
        start = m.end()
    yield mt.slice(start, len(mt))


def _is_boilerplate(line: str) -> bool:
    return bool(_SEPARATOR.match(line)) or (len(line) <= 40 and bool(_BOILERPLATE.search(line)))


def split_reports(norm: MappedText) -> list[RawReport]:
    """Split a normalized file into reports on title lines; drop crawl dates, separators and site boilerplate."""
    reports: list[tuple[str, list[MappedText]]] = []
    closed = False  # after a crawl date: what follows until the next title is site furniture
    for line in _lines(norm):
        line = line.strip()
        text = line.text
        m = TITLE.match(text)
        if m and (len(text) <= 60 or not reports or not reports[-1][1] or m.end() < len(text) and
                  re.match(r"[\d一二三四五六七八九〇零○]{2,4}年|\d{4}年|在", text[m.end():])):
            if not reports or reports[-1][1]:
                reports.append((m.group(1), []))
            elif len(m.group(1)) > len(reports[-1][0]):
                reports[-1] = (m.group(1), [])
            closed = False
            rest = line.slice(m.end(), len(line)).strip()
            if rest.text:
                reports[-1][1].append(rest)
            continue
        if _DATE_LINE.match(text):
            closed = True
            continue
        if not text and reports and reports[-1][1] and not closed:
            reports[-1][1].append(line)  # a blank line: kept, it tells paragraphs from wrapped lines
            continue
        if closed or not text or _is_boilerplate(text):
            continue
        if not reports:
            reports.append(("", []))
        reports[-1][1].append(line)
    out = []
    for title, lines in reports:
        body = _join(lines).delete(CONTINUATION)
        if body.text.strip():
            out.append(RawReport(re.sub(r"^#+\s*", "", title), body.strip()))
    return out


def _join(lines: list[MappedText]) -> MappedText:
    text, src = [], []
    for i, line in enumerate(lines):
        if i:
            text.append("\n")
            src.append(line.src[0] if line.src else (src[-1] if src else 0))
        text.append(line.text)
        src.extend(line.src)
    return MappedText("".join(text), tuple(src))


# ------------------------------------------------------------------ sentences and parts

_SENT_END = re.compile(r"[。！？!?；;]+[”’\"')）]*|\n+")
_BROKEN_LINE = re.compile(r"(?<=[\u4e00-\u9fff，,、])\n+(?=[\u4e00-\u9fff，,、])")
_HEADING = re.compile(r"^\s*(?:#+|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+部分)")


def repair_breaks(body: MappedText) -> MappedText:
    """Remove line and page breaks that cut a sentence (…非刚性支 / 出…), keeping headings on their own."""
    def cut(m: re.Match) -> bool:
        line = body.text[body.text.rfind("\n", 0, m.start()) + 1:m.start()]
        return not _HEADING.match(line) and (len(line) >= 30 or bool(re.search(r"[。！？；]", line)))

    spans = [m for m in _BROKEN_LINE.finditer(body.text) if cut(m)]
    if not spans:
        return body
    keep = [True] * len(body.text)
    for m in spans:
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return MappedText("".join(c for c, k in zip(body.text, keep) if k), tuple(o for o, k in zip(body.src, keep) if k))
_SENT_END_PARAGRAPHS = re.compile(r"[。！？!?；;]+[”’\"')）]*|\n\n+|\n(?=[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|#)")
REVIEW_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|\n|^)\s*(?:过去五年及)?(?:(?:19|20)\d{2}年|过去[一五]年|五年来|一年来|本届政府|过去的一年|[上去]年)?"
    r"(?:政府)?工作回顾")
PLAN_HEADING = re.compile(
    r"(?:[一二三四五六七八九十]+、|\n|^|[。；])\s*(?:(?:19|20)\d{2}年|今年)(?:的?政府工作|的?经济社会发展)?"
    r"(?:的?(?:主要|重点)(?:工作|目标任务|目标和重点工作|工作任务|工作安排|目标任务和主要工作|预期目标)|工作安排|总体要求|工作)"
    r"(?=[^。，,；]{0,10}(?:$|\n|[:：]|\d{4}年|今年|[是要将]))")


def split_sentences(body: MappedText, source_text: str) -> tuple[Sentence, ...]:
    """Sentences of the normalized body, each quoting the source as written, with the part it belongs to."""
    review = REVIEW_HEADING.search(body.text)
    plan = PLAN_HEADING.search(body.text, review.end() if review else 0)
    if plan is None and review is None:
        plan_start = 0
    elif plan is None:
        plan_start = len(body.text)
    else:
        plan_start = plan.start()
    # where paragraphs are separated by blank lines, a single line break only wraps a line (newspaper columns)
    soft = body.text.count("\n\n") * 2 >= body.text.count("\n") > 0
    spans, start = [], 0
    for m in (_SENT_END_PARAGRAPHS if soft else _SENT_END).finditer(body.text + "\n"):
        end = min(m.end(), len(body.text))
        chunk = body.text[start:end].strip()
        if chunk:
            s0 = start + len(body.text[start:end]) - len(body.text[start:end].lstrip())
            spans.append((s0, s0 + len(chunk)))
        start = end
    sentences = []
    for index, (s0, s1) in enumerate(spans):
        src0, src1 = body.source_span(s0, s1)
        sentences.append(Sentence(index, s0, s1, src0, src1, source_text[src0:src1],
                                  "plan" if s0 >= plan_start else "review"))
    return tuple(sentences)


# ------------------------------------------------------------------ files to reports

def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Every file under the given files and folders, in a stable order; unsupported files as Skipped."""
    for p in map(Path, paths):
        if not p.exists():
            yield Skipped(str(p), "no such file or folder")
            continue
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            if f.name.startswith("."):
                continue
            if f.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
                yield f
            else:
                yield Skipped(str(f), f"unsupported file type '{f.suffix or 'none'}' (expected .txt or .html)")


def read_reports(path: Path, manifest=None) -> list[Report]:
    """All reports in one file, with issuer, plan year and sentences."""
    from kg.metadata import infer

    raw = read_text(path)
    parts = split_reports(normalize(MappedText.of(raw)))
    if not parts:
        raise ReadError("no report text found")
    reports = []
    for i, part in enumerate(parts, 1):
        part = RawReport(part.title, repair_breaks(part.body))
        rid = path.stem if len(parts) == 1 else f"{path.stem}#{i}"
        meta = infer(part.title, part.body.text, manifest.get(path, i) if manifest else None)
        src0, src1 = part.body.source_span(0, len(part.body))
        title = part.title if len(part.title) > len("政府工作报告") else meta.title
        reports.append(Report(
            id=rid, source=str(path), title=title, text=raw[src0:src1], norm=part.body.text,
            offsets=part.body.src, issuer=meta.issuer, year=meta.year, delivered_on=meta.delivered_on,
            issuer_method=meta.issuer_method, year_method=meta.year_method, warnings=meta.warnings,
            sentences=split_sentences(part.body, raw)))
    return reports
