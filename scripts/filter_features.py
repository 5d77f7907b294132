"""The features of the learned post-filter experiment (scripts/filter_experiment.py): for each entity the rules name
in a report (its type, its name and the characters around its mentions), what a logistic regression per type reads to
say how likely the guideline counts it. Measured and not kept (README, "A learned post-filter"): nothing of it runs in
the pipeline."""
from __future__ import annotations

import bisect
import zlib
from collections import defaultdict

import numpy as np

from kg.graph import given_name
from kg.model import Mention, Report

DIM = 1 << 15
TYPES = ("Strategy", "Program", "Formulation", "Zone", "Project", "Enterprise", "Event", "Policy")
QUOTE_MARKS = set("“”\"「」『』《》‘’")


def level_of(report: Report) -> str:
    """The issuer's level: national, province, prefecture, county or district (a county-level 区); '' if unknown."""
    issuer = report.issuer
    if issuer is None:
        return ""
    if issuer.level == "county" and issuer.name.endswith("区"):
        return "district"
    return issuer.level


def entities(mentions) -> dict[tuple[str, str], list[Mention]]:
    """The mentions of each (type, name) entity of a report, places aside."""
    out: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type in TYPES:
            out[(m.type, given_name(m))].append(m)
    return out


def protected(type_: str, ms: list[Mention]) -> bool:
    """An entity the filter never drops: one a vocabulary resolved (a strategy's citation, a curated programme or
    formulation: the graph names it by the vocabulary's label)."""
    return any(m.key for m in ms)


def contexts(report: Report, ms: list[Mention]) -> list[tuple[str, str]]:
    """The two normalized characters before and after each mention."""
    out = []
    for m in ms:
        a = bisect.bisect_left(report.offsets, m.start)
        b = bisect.bisect_left(report.offsets, m.end)
        out.append((report.norm[max(0, a - 2):a], report.norm[b:b + 2]))
    return out


def _length(n: int) -> str:
    for bound, label in ((2, "2"), (3, "3"), (4, "4"), (6, "5-6"), (9, "7-9"), (14, "10-14")):
        if n <= bound:
            return label
    return "15+"


def _count(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5+"


def raw(report: Report, type_: str, name: str, ms: list[Mention], names: dict[str, set[str]]) -> dict:
    """What the features of one entity are made of; names: the types under which each name of the report (places
    too) is extracted."""
    n = max(1, len(report.sentences))
    return {"name": name, "keyed": any(m.key for m in ms), "ctx": contexts(report, ms), "level": level_of(report),
            "surfaces": sorted({m.norm or m.surface for m in ms}), "quoted": any(c in QUOTE_MARKS for m in ms for c in m.surface),
            "issuer": report.issuer.short_name if report.issuer is not None else "",
            "first": min(m.sentence for m in ms) / n, "early": min(m.sentence for m in ms) < 3,
            "also": sorted(names.get(name, set()) - {type_}),
            "inside": sorted({t for other, ts in names.items() if name != other and name in other for t in ts}),
            "holds": sorted({t for other, ts in names.items() if name != other and other in name for t in ts})}


def features(r: dict) -> list[str]:
    """The features of one entity (its classifier is its type's: they are crossed with the type by the model)."""
    name, level = r["name"], r["level"]
    f = ["bias", f"last1={name[-1:]}", f"last2={name[-2:]}", f"last3={name[-3:]}", f"first1={name[:1]}",
         f"first2={name[:2]}", f"len={_length(len(name))}", f"keyed={r['keyed']}", f"count={_count(len(r['ctx']))}",
         f"level={level}", f"level={level}|last1={name[-1:]}", f"level={level}|len={_length(len(name))}",
         f"first={min(4, int(r['first'] * 5))}", f"early={r['early']}"]
    if any(c.isdigit() for c in name):
        f.append("digits")
    if any(c.isascii() and c.isalpha() for c in name):
        f.append("latin")
    if r["quoted"]:
        f.append("quoted")
    if r["issuer"] and r["issuer"] in name:
        f.append("issuer_in_name")
    if any(s != name for s in r["surfaces"]):
        f.append("named_apart")  # a list item's name with its shared head
    f += [f"also={t}" for t in r["also"]] + [f"inside={t}" for t in r["inside"]] + [f"holds={t}" for t in r["holds"]]
    f += [f"char={c}" for c in sorted(set(name))]
    seen = set()
    for before, after in r["ctx"]:
        for x in (f"prev1={before[-1:]}", f"prev2={before}", f"next1={after[:1]}", f"next2={after}"):
            if x not in seen:
                seen.add(x)
                f.append(x)
    return f


def hashed(feats: list[str]) -> np.ndarray:
    return np.unique(np.array([zlib.crc32(x.encode("utf-8")) % DIM for x in feats], dtype=np.int64))


def report_names(mentions) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        names[given_name(m)].add(m.type)
    return names


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))
