"""Mentions to entities: which division an ambiguous place name denotes in the report it stands in."""
from __future__ import annotations

from dataclasses import replace

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
