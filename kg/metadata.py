"""Who issued a report and for which plan year, read from its content; a manifest overrides."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg import gazetteer
from kg.model import Division

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0, "Ｏ": 0}
_YEAR = r"((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})"
_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
MEETING = re.compile(_YEAR + r"年" + _NUM + r"月" + _NUM + r"日\s*在([^\s。，,]{0,20}?)第[一二三四五六七八九十\d]+届\s*"
                     r"(?:全国)?人民代表大会")
MEETING_PLACE = re.compile(r"在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十\d]+届\s*人民代表大会")
# the State Council's report: its meeting is the National People's Congress, its speaker the premier
NATIONAL = [
    (re.compile(r"第[一二三四五六七八九十\d]+届\s*全国人民代表大会[^。]{0,12}?会议上"), "national congress"),
    (re.compile(r"我代表(?:国务院|中央人民政府|政务院)"), "on-behalf formula"),
    (re.compile(r"国务院总理|政务院总理|受国务院(?:的)?委托|代表国务院"), "premier"),
]
NATIONAL_TITLE = re.compile(r"国务院|中央人民政府|全国人民代表大会")
ON_BEHALF = re.compile(r"我代表([\u4e00-\u9fff]{1,20}?)人民政府")
# the plan year opens the title (2007年甲县政府工作报告) or follows the issuer (甲县2007年政府工作报告)
TITLE_PLACE = re.compile(r"^(?:(?:19|20)\d{2}年(?:度)?)?([\u4e00-\u9fff]{2,24}?)(?:(?:19|20)\d{2}年(?:度)?)?"
                         r"(?:人民)?政府工作报告")
TITLE_YEAR = re.compile(r"^(?:[\u4e00-\u9fff]{2,24}?(?=(?:19|20)\d{2}年(?:度)?(?:人民)?政府工作报告))?((?:19|20)\d{2})年")
PLAN_YEAR = re.compile(r"(?:^|[\n。；、]|[一二三四五六七八九十]、)\s*((?:19|20)\d{2})年(?:的?政府工作|的?经济社会发展)?"
                       r"的?(?:主要|重点)(?:工作|目标任务|目标和重点工作|工作任务|工作安排|预期目标)"
                       r"(?![^。\n]{0,20}(?:回顾|成就|成绩|情况|总结))")  # 2025年主要工作和十四五发展成就 reviews
REVIEW_YEAR = re.compile(r"(?:^|[\n。；、]|[一二三四五六七八九十]、|和)\s*(?:过去五年及)?((?:19|20)\d{2})年(?:政府)?"
                         r"(?:工作回顾|工作情况(?:回顾)?$)", re.M)
DATE_LINE = re.compile(r"^[(（]\s*" + _YEAR + r"年" + _NUM + r"月" + _NUM + r"日\s*[)）]", re.M)
CLOSING = [
    re.compile(r"(?:贡献|彰显|展现|体现)(?:更多|更大|新的|更大的)?([\u4e00-\u9fff]{2,8}?)(?:力量|担当|智慧)"),
    re.compile(r"谱写[^。]{0,40}?([\u4e00-\u9fff]{2,8}?)(?:实践|篇章)"),
    re.compile(r"(?:将|把|推动|奋力|加快)([\u4e00-\u9fff]{2,8}?)建设成为"),
]
FIVE_YEAR_PLANS = {"十三五": 2016, "十四五": 2021, "十五五": 2026, "十六五": 2031}
FYP = r"(十[三四五六]五)"
TEXT_YEAR_RULES = [  # (pattern, plan year from the match, what it is)
    (re.compile(r"今年是" + FYP + r"[^。]{0,12}?(?:收官|最后一年|决胜)"), lambda m: FIVE_YEAR_PLANS[m[1]] + 4,
     "final year of a five-year plan"),
    (re.compile(r"今年是" + FYP + r"[^。]{0,12}?开局"), lambda m: FIVE_YEAR_PLANS[m[1]], "first year of a five-year plan"),
    (re.compile(r"(?:编制|谋划|起草|研究)[^。]{0,10}?" + FYP + r"[^。]{0,6}?规划"), lambda m: FIVE_YEAR_PLANS[m[1]] - 1,
     "drafting the next five-year plan"),
    (re.compile(r"今年是(?:新中国|中华人民共和国)成立(\d{2,3})周年"), lambda m: 1949 + int(m[1]), "PRC anniversary"),
    (re.compile(r"今年是(?:中国共产党|我们党|建党)[^。]{0,6}?(\d{2,3})周年"), lambda m: 1921 + int(m[1]), "Party anniversary"),
]
LEVEL_WORDS = {"市": ("prefecture", "county"), "区": ("county", "province"), "县": ("county",), "省": ("province",),
               "州": ("prefecture",), "旗": ("county",), "盟": ("prefecture",)}


@dataclass(frozen=True)
class Meta:
    issuer: Division | None
    year: int | None
    delivered_on: str | None
    issuer_method: str
    year_method: str
    warnings: tuple[str, ...]
    title: str


@dataclass(frozen=True)
class ManifestEntry:
    issuer: str | None
    year: int | None


def cn_number(s: str) -> int:
    """Arabic or Chinese numerals: 2019, 二〇一九, 十二, 二十, 一百零五."""
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "百" in s:
        hundreds, _, rest = s.partition("百")
        return cn_number(hundreds or "一") * 100 + (cn_number(rest.lstrip("零")) if rest.strip("零") else 0)
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    raise ValueError(s)


def _resolve_name(name: str, context: list[Division], year: int | None = None) -> list[Division]:
    gaz = gazetteer.load()
    found = gaz.resolve_past_or_present(name, year=year)
    if len(found) > 1 and context:
        near = [d for d in found if any(gaz.is_within(d, c) or gaz.is_within(c, d) for c in context)]
        found = near or found
    return found


def _place_suffix(words: str) -> list[Division]:
    """The divisions named by the longest suffix of words that is a place name (…现代化德州 → 德州市)."""
    gaz = gazetteer.load()
    for k in range(len(words) - 1):
        if found := gaz.lookup(words[k:]):
            return found
    return []


def _level_hint(text: str) -> tuple[str, ...]:
    """The level the report speaks for, from 我代表市人民政府 or the most frequent 全市/全区/全省/全县."""
    m = ON_BEHALF.search(text[:3000])
    if m and m[1] in LEVEL_WORDS:
        return LEVEL_WORDS[m[1]]
    counts = Counter(re.findall(r"全(市|区|县|省|州|旗|盟)", text))
    if counts:
        return LEVEL_WORDS[counts.most_common(1)[0][0]]
    return ()


def _mentioned_places(text: str) -> Counter:
    gaz = gazetteer.load()
    counts: Counter = Counter()
    for lex in (gaz.full, gaz.short):
        for _, _, divisions in lex.scan(text):
            if len(divisions) == 1:
                counts[divisions[0].adcode] += 1
    return counts


def _national(title: str, text: str) -> str | None:
    """How the report shows itself to be the State Council's, or None."""
    if NATIONAL_TITLE.search(title):
        return "title"
    head = text[:3000]
    return next((method for pattern, method in NATIONAL if pattern.search(head)), None)


def infer_issuer(title: str, text: str, year: int | None = None) -> tuple[Division | None, str, list[str]]:
    """The issuing division; with the plan year, as its name stood then (巢湖市 in 2005: the prefecture)."""
    gaz = gazetteer.load()
    warnings: list[str] = []
    if (method := _national(title, text)) is not None:
        return gaz.get(gazetteer.NATIONAL.adcode), method, warnings
    mentioned = _mentioned_places(text)
    context = [gaz.get(code) for code, _ in mentioned.most_common(5)]
    hint = _level_hint(text)

    def pick(candidates: list[Division]) -> Division | None:
        if len(candidates) > 1 and hint:
            candidates = [d for d in candidates if d.level in hint] or candidates
        if len(candidates) > 1:
            candidates = sorted(candidates, key=lambda d: -mentioned[d.adcode])
        return candidates[0] if candidates else None

    from_text = None
    for pattern, method in ((MEETING_PLACE, "meeting line"), (ON_BEHALF, "on-behalf formula")):
        m = pattern.search(text[:3000] if pattern is MEETING_PLACE else text)
        if m and (found := _resolve_name(m[1], context, year)):
            from_text = (pick(found), method)
            break
    from_title = None
    if (m := TITLE_PLACE.match(title)) and (found := _resolve_name(m[1], context, year)):
        from_title = pick(found)
    if from_text and from_title and from_text[0] != from_title and not gaz.is_within(from_text[0], from_title):
        warnings.append(f"title names {from_title.name}, the text {from_text[0].name}: the text wins")
    if from_text:
        return from_text[0], from_text[1], warnings
    if from_title:
        return from_title, "title", warnings
    tail = text[-3000:]
    closing: Counter = Counter()
    for pattern in CLOSING:
        for m in pattern.finditer(tail):
            for d in _place_suffix(m[1]):
                if not hint or d.level in hint:
                    closing[d.adcode] += 1
    if closing:
        best = max(closing, key=lambda code: (closing[code], mentioned[code]))
        return gaz.get(best), "closing formula", warnings
    ranked = [gaz.get(code) for code, _ in mentioned.most_common() if not hint or gaz.get(code).level in hint]
    if ranked:
        warnings.append("issuer guessed from the most mentioned place")
        return ranked[0], "most mentioned place", warnings
    warnings.append("issuer not found")
    return None, "not found", warnings


def infer_year(title: str, text: str) -> tuple[int | None, str | None, str, list[str]]:
    """Plan year, meeting date (ISO) and how the year was found."""
    warnings: list[str] = []
    delivered = None
    signals: list[tuple[int, str]] = []
    if m := MEETING.search(text[:3000]) or DATE_LINE.search(text[:1500]):
        y, mo, d = cn_number(m[1]), cn_number(m[2]), cn_number(m[3])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            delivered = f"{y:04d}-{mo:02d}-{d:02d}"
    if m := PLAN_YEAR.search(text):
        signals.append((int(m[1]), "plan heading"))
    if m := REVIEW_YEAR.search(text):
        signals.append((int(m[1]) + 1, "review heading"))
    if delivered:
        y, mo = int(delivered[:4]), int(delivered[5:7])
        signals.append((y + 1 if mo >= 11 else y, "meeting date"))
    for pattern, year_of, what in TEXT_YEAR_RULES:
        if m := pattern.search(text):
            signals.append((year_of(m), f"text: {what}"))
            break
    title_year = int(m[1]) if (m := TITLE_YEAR.match(title)) else None
    if signals:
        year, method = signals[0]
        disagreeing = sorted({f"{y} ({how})" for y, how in signals[1:] if y != year})
        if disagreeing:
            warnings.append(f"plan year {year} ({method}) disagrees with " + ", ".join(disagreeing))
        if title_year and title_year != year:
            warnings.append(f"title says {title_year}, the text {year}: the text wins")
        return year, delivered, method, warnings
    if title_year:
        return title_year, delivered, "title", warnings
    warnings.append("plan year not found")
    return None, delivered, "not found", warnings


def _with_hints(issuer, issuer_method, year, year_method, hints, w1: list[str], w2: list[str], delivered_late: bool):
    """A table's place and year columns: used when the text gives none, a warning when the text disagrees."""
    gaz = gazetteer.load()
    if hints.place:
        found = _resolve_name(hints.place, [], year)
        found = [d for d in found if d.level in ("province", "prefecture", "county")]
        if issuer is None or issuer_method == "most mentioned place":
            if len(found) == 1:
                issuer, issuer_method = found[0], "place column"
                w1 = [w for w in w1 if "issuer" not in w]
        elif found and not any(issuer == d or gaz.is_within(issuer, d) for d in found):
            w1.append(f"the place column says {hints.place}, the text {issuer.name}: the text wins")
    if hints.year:
        if year_method == "meeting date" and hints.year == year - 1 and delivered_late:
            year, year_method = hints.year, "year column (a meeting late in the year before)"
        elif year is None:
            year, year_method = hints.year, "year column"
            w2 = [w for w in w2 if "plan year" not in w]
        elif year != hints.year:
            w2.append(f"the year column says {hints.year}, the text {year}: the text wins")
    return issuer, issuer_method, year, year_method, w1, w2


def infer(title: str, text: str, manifest: ManifestEntry | None = None, hints=None) -> Meta:
    year, delivered, year_method, w2 = infer_year(title, text)
    plan_year = (manifest.year if manifest else None) or year or (hints.year if hints is not None else None)
    issuer, issuer_method, w1 = infer_issuer(title, text, plan_year)
    if hints is not None:
        late = bool(delivered) and int(delivered[5:7]) >= 11
        issuer, issuer_method, year, year_method, w1, w2 = _with_hints(
            issuer, issuer_method, year, year_method, hints, w1, w2, late)
    if manifest and manifest.issuer:
        issuer, issuer_method, w1 = manifest_issuer(manifest.issuer, plan_year), "manifest", []
    if manifest and manifest.year:
        year, year_method, w2 = manifest.year, "manifest", []
    composed = f"{year or ''}{'年' if year else ''}{issuer.name if issuer else ''}政府工作报告"
    return Meta(issuer, year, delivered, issuer_method, year_method, tuple(w1 + w2), composed)


def manifest_issuer(value: str, year: int | None = None) -> Division:
    """The division a manifest or gold header names: a six-digit code, a qualified name (宁波市北仑区) or the nation;
    a name as it stood in the plan year when one is given."""
    gaz = gazetteer.load()
    if value in gazetteer.NATIONAL_NAMES:
        return gaz.get(gazetteer.NATIONAL.adcode)
    found = [gaz.get(value)] if gaz.get(value) else (
        gaz.resolve_past_or_present(value, whole=True, year=year))
    if len(found) != 1:
        raise ValueError(f"manifest issuer '{value}' is {'ambiguous' if found else 'not a known place'}"
                         " (use a six-digit code or a qualified name)")
    return found[0]


class Manifest:
    """Known metadata per file (and report number): CSV or JSON with file, issuer, year [, report]."""

    def __init__(self, rows: list[dict]):
        self.entries: dict[tuple[str, int | None], ManifestEntry] = {}
        for row in rows:
            if not row.get("file"):
                raise ValueError("manifest row without 'file'")
            year = row.get("year")
            issuer = row.get("issuer") or None
            if issuer:
                manifest_issuer(str(issuer))
            try:
                year = int(year) if year not in (None, "") else None
            except ValueError:
                raise ValueError(f"manifest year '{year}' is not a year") from None
            try:
                report = int(row["report"]) if row.get("report") not in (None, "") else None
            except ValueError:
                raise ValueError(f"manifest report number '{row['report']}' is not a number") from None
            self.entries[(Path(str(row["file"])).as_posix(), report)] = ManifestEntry(issuer, year)
        names = Counter(Path(f).name for f, _ in self.entries)
        self.by_name = {(Path(f).name, r): e for (f, r), e in self.entries.items() if names[Path(f).name] == 1}

    @classmethod
    def read(cls, path: Path) -> "Manifest":
        text = path.read_text("utf-8-sig")
        if path.suffix.lower() == ".json":
            rows = json.loads(text)
            if isinstance(rows, dict) and all(isinstance(v, dict) for v in rows.values()):
                rows = [dict(file=k, **v) for k, v in rows.items()]
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise ValueError("a JSON manifest is a list of objects with file, issuer, year "
                                 "(or an object of such objects keyed by file)")
        else:
            rows = list(csv.DictReader(text.splitlines()))
        return cls(rows)

    def get(self, rel: str, report: int | None) -> ManifestEntry | None:
        """The entry of a file given by its path relative to the input root (or its bare name, when unique)."""
        for table, key in ((self.entries, rel), (self.by_name, Path(rel).name)):
            if (found := table.get((key, report)) or table.get((key, None))) is not None:
                return found
        return None
