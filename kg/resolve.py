"""Mentions to entities: which division an ambiguous place name denotes in the report it stands in."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg import gazetteer
from kg.model import Division, Mention, Report

LEVEL_RANK = gazetteer.LEVEL_RANK


def choose_division(candidates: list[Division], issuer: Division | None, qualifier: list[Division]) -> Division | None:
    """The division a name denotes: the one under a written qualifier (北京朝阳区), else the one nearest the
    issuer (same prefecture, then same province), else the only one at the highest level; None if still unclear."""
    gaz = gazetteer.load()
    if len(candidates) == 1:
        return candidates[0]
    if qualifier:
        under = [c for c in candidates if any(gaz.is_within(c, q) for q in qualifier)]
        if len(under) == 1:
            return under[0]
        candidates = under or candidates
    if issuer is not None:
        for scope in (issuer, gaz.parent(issuer), gaz.province_of(issuer)):
            if scope is None:
                continue
            near = [c for c in candidates if gaz.is_within(c, scope) or gaz.is_within(scope, c)]
            if len(near) == 1:
                return near[0]
            if near:
                candidates = near
                break
    top = min(LEVEL_RANK[c.level] for c in candidates)
    highest = [c for c in candidates if LEVEL_RANK[c.level] == top]
    return highest[0] if len(highest) == 1 and top < max(LEVEL_RANK[c.level] for c in candidates) else None


def plausible_short(d: Division, issuer: Division | None) -> bool:
    """A bare short name denotes a province or prefecture anywhere, but a county only in the issuer's own
    province: far-away county names written short are nearly always ordinary words (新建, 惠民, 和平)."""
    if d.level != "county":
        return True
    return issuer is not None and d.adcode[:2] == issuer.adcode[:2]


def resolve_places(report: Report, mentions: tuple[Mention, ...]) -> list[Mention]:
    """Place mentions with their adcode as key; names that stay ambiguous are dropped."""
    gaz = gazetteer.load()
    out: list[Mention] = []
    previous: Mention | None = None
    chosen: Division | None = None
    for m in mentions:
        if m.type != "Place":
            out.append(m)
            continue
        qualifier = [chosen] if previous is not None and chosen is not None and previous.end == m.start else []
        candidates = [gaz.get(code) for code in m.candidates]
        qualified = [d for d in candidates if any(gaz.is_within(d, q) for q in qualifier)]
        if qualified:
            candidates = qualified
        elif m.short:
            candidates = [d for d in candidates if plausible_short(d, report.issuer)]
        chosen = choose_division(candidates, report.issuer, qualifier) if candidates else None
        previous = m
        if chosen is not None:
            out.append(replace(m, key=chosen.adcode, candidates=()))
    return out


# ------------------------------------------------------------------ named entities

ZONE_FORMS = [("高新技术产业开发区", "高新技术产业开发区"), ("高新技术开发区", "高新技术产业开发区"), ("高新区", "高新技术产业开发区"),
              ("经济技术开发区", "经济技术开发区"), ("经开区", "经济技术开发区"), ("综合保税区", "综合保税区"),
              ("综保区", "综合保税区"), ("自由贸易试验区", "自由贸易试验区"), ("自贸试验区", "自由贸易试验区"),
              ("自贸区", "自由贸易试验区"), ("自贸片区", "自由贸易试验区片区"),
              ("跨境电子商务综合试验区", "跨境电子商务综合试验区"), ("跨境电商综合试验区", "跨境电子商务综合试验区"),
              ("跨境电子商务综试区", "跨境电子商务综合试验区"), ("跨境电商综试区", "跨境电子商务综合试验区")]
LEVEL_BRACKETED = re.compile(r"^\((?:国家级|省级)\)")
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "集团公司", "股份公司", "公司", "集团")
FTZ_AREA = re.compile(r"^(?:中国\([^)]+\))?(?:自由贸易试验区|自贸试验区|自贸区)(.+?)片区$")
EDITION_PREFIX = re.compile(r"^(?:第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年?)")
SESSION = re.compile(r"第[一二三四五六七八九十百\d]+次(?:会议|全体会议)$|全会$|次全国代表大会$")


@dataclass(frozen=True)
class Resolved:
    """A named entity a mention denotes: its canonical id and name, and the place it lies in (with how found)."""

    key: str
    name: str
    place: str | None = None
    method: str = ""  # name | sentence | issuer


def _canonical_zone(core: str) -> str:
    core = LEVEL_BRACKETED.sub("", core)  # 西宁(国家级)经济技术开发区: the level in brackets names no other zone
    for written, canonical in ZONE_FORMS:
        if core.endswith(written):
            return core[: -len(written)] + canonical
    return core


def leading_place(name: str, issuer: Division | None) -> tuple[Division | None, str]:
    """The division a name starts with (沧州高新区 → 沧州市, 高新区), resolved near the issuer."""
    gaz = gazetteer.load()
    best = None
    for lex, short in ((gaz.full, False), (gaz.short, True)):
        for s, e, divisions in lex.scan(name, 0, min(len(name), lex.max_len + 1)):
            if s == 0 and e < len(name) and (best is None or e > best[0]):
                candidates = [d for d in divisions if not short or plausible_short(d, issuer)]
                if candidates:
                    best = (e, candidates)
            break
    if best is None:
        return None, name
    chosen = choose_division(best[1], issuer, [])
    return (chosen, name[best[0]:]) if chosen else (None, name)


def resolve_entity(m: Mention, issuer: Division | None, sentence_place: str | None,
                   name_place: str | None = None) -> Resolved:
    """Canonical id and name of a zone, project, enterprise, event, policy or non-vocabulary concept, and where it
    is: the place its name starts with or holds (name_place: a place mention inside it), the place the sentence
    puts it in, or by default the issuer."""
    attrs = dict(m.attrs)
    name = attrs.get("name") or m.norm or m.surface
    if m.type in ("Program", "Formulation", "Policy"):
        if m.type == "Policy":
            place, _ = leading_place(name, issuer)
            return Resolved(name, name, place.adcode if place else None, "name" if place else "")
        return Resolved(name, name)
    if m.type == "Event" and not SESSION.search(name):
        name = EDITION_PREFIX.sub("", name)  # the 届 of a series (第四届…博览会); a body's term names its session
    place, rest = leading_place(name, issuer)
    ftz = FTZ_AREA.match(name) if m.type == "Zone" else None
    if ftz and gazetteer.load().lookup(ftz[1]):  # 自贸试验区郴州片区 = 郴州's 自贸片区
        place = choose_division(gazetteer.load().lookup(ftz[1]), issuer, []) or place
        rest = "自由贸易试验区片区" if place else rest
    if place:
        where, method = place.adcode, "name"
    elif name_place:
        where, method = name_place, "name"
    elif sentence_place:
        where, method = sentence_place, "sentence"
    else:
        where, method = (issuer.adcode if issuer else None), "issuer"
    if m.type == "Zone":
        if attrs.get("generic"):
            if issuer is None or issuer.level in ("province", "national"):
                return Resolved("", "")  # a province or the nation has many 高新区: a bare one names none
            rest, where, method = name, issuer.adcode, "issuer"
            place = issuer
        core = _canonical_zone(rest)
        shown = rest if attrs.get("name") else core  # an item of a list with a shared head: as written (武汉东湖高新区)
        anchor = gazetteer.load().get(where) if where else None
        display = (anchor.short_name or anchor.name) + shown if anchor and (place or attrs.get("generic")) else shown
        return Resolved(f"{where or ''}-{core}", display, where, method)
    if m.type == "Enterprise":
        key = name
        for form in LEGAL_FORMS:
            if key.endswith(form) and len(key) > len(form) + 1:
                key = key[: -len(form)]
                break
        return Resolved(key, name, where, method)
    return Resolved(name, name, where, method)
