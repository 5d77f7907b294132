"""Assemble the one in-memory Graph from reports, their resolved mentions and the relations sentences state."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg import gazetteer, vocab
from kg.model import Division, Extraction, Graph, Mention, Report, Sentence
from kg.resolve import resolve_entity

MAX_EVIDENCE = 20  # sentences kept as evidence per fact
CITABLE = ("Strategy", "Program")
LOCATABLE = ("Zone", "Project", "Enterprise", "Event")
METHOD_RANK = {"name": 0, "sentence": 1, "issuer": 2}


def place_props(d: Division) -> dict:
    return dict(name=d.name, adcode=d.adcode, shortName=d.short_name, level=d.level, longitude=d.longitude,
                latitude=d.latitude, aliases=[d.short_name] if d.short_name else [])


class _Evidence:
    """Evidence sentences of a fact in reading order, with source offsets and reports; as example the sentence
    naming the entity most fully, then the shortest."""

    def __init__(self, sentences: dict[str, tuple[Sentence, ...]]):
        self.sentences = sentences

    def __call__(self, ms: list[Mention]) -> dict:
        seen: dict[tuple[str, int], Sentence] = {}
        for m in ms:
            seen.setdefault((m.report_id, m.sentence), self.sentences[m.report_id][m.sentence])
        best = min(ms, key=lambda m: (-len(m.surface), len(seen[(m.report_id, m.sentence)].text)))
        kept = list(seen.items())[:MAX_EVIDENCE]
        return {"example": seen[(best.report_id, best.sentence)].text, "evidence": [s.text for _, s in kept],
                "evidenceStarts": [s.source_start for _, s in kept], "evidenceEnds": [s.source_end for _, s in kept],
                "evidenceReports": [rid for (rid, _), _ in kept]}


def build_graph(reports: list[Report], extractions: list[Extraction]) -> Graph:
    gaz = gazetteer.load()
    g = Graph()
    for c in vocab.load():
        g.add_node(c.type, c.id, name=c.pref_label, aliases=list(c.alt_labels + c.region_labels),
                   scheme=c.scheme, scopeNote=c.scope_note)
    for c in vocab.load():
        for b in c.broader:
            g.add_edge("BROADER", (c.type, c.id), (vocab.load().concepts[b].type, b))

    places: set[str] = set()
    for r in reports:
        g.add_node("Report", r.id, name=r.title, title=r.title, source=r.source, locator=r.locator, year=r.year,
                   deliveredOn=r.delivered_on, chars=r.chars, droppedChars=r.dropped_chars,
                   issuerMethod=r.issuer_method,
                   yearMethod=r.year_method, warnings=list(r.warnings))
        if r.issuer:
            g.add_edge("ISSUED_BY", ("Report", r.id), ("Place", r.issuer.adcode), method=r.issuer_method)
            places.add(r.issuer.adcode)

    by_report = {r.id: r for r in reports}
    evidence = _Evidence({r.id: r.sentences for r in reports})
    mentions: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    cites: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    located: dict[tuple[str, str], dict[tuple[str, str], list[Mention]]] = defaultdict(lambda: defaultdict(list))
    names: dict[tuple[str, str], Counter] = defaultdict(Counter)
    written: dict[tuple[str, str], set[str]] = defaultdict(set)  # the forms the reports write a named entity in
    editions: dict[tuple[str, str], set] = defaultdict(set)
    issued: dict[str, str] = {}
    candidates: dict[tuple[str, str], list] = defaultdict(list)
    supports: dict[tuple, list[Mention]] = defaultdict(list)
    cooperation: dict[tuple[str, str], list[tuple[Mention, str]]] = defaultdict(list)
    for ex in extractions:
        report = by_report[ex.report_id]
        issuer = report.issuer
        span_of = {}  # (start, end) -> (type, key) of this report's resolved mentions
        sentence_place = {(rel.source, rel.sentence): rel.target for rel in ex.relations if rel.type == "LOCATED_IN"}
        places_at = {(m.start, m.end): m.key for m in ex.mentions if m.type == "Place"}
        resolved = {}
        for m in ex.mentions:
            if m.type != "Place" and not m.key:
                target = sentence_place.get(((m.start, m.end), m.sentence))
                inner = next((key for (a, b), key in places_at.items() if m.start <= a and b <= m.end), None)
                resolved[(m.start, m.end)] = resolve_entity(m, issuer, places_at.get(target) if target else None, inner)
        same_zone(ex.mentions, resolved, issuer)
        for m in ex.mentions:
            key = m.key
            if m.type != "Place" and not key:
                res = resolved[(m.start, m.end)]
                if not res.key:
                    continue
                key = res.key
                names[(m.type, key)][res.name] += 1
                if alias := written_name(m):
                    written[(m.type, key)].add(alias)
                if m.type in LOCATABLE and res.place:
                    located[(m.type, key)][(res.place, res.method)].append(m)
                if m.type == "Policy" and res.place:
                    issued[key] = res.place
                if m.type == "Event" and dict(m.attrs).get("edition"):
                    editions[(m.type, key)].add(dict(m.attrs)["edition"])
            span_of[(m.start, m.end)] = (m.type, key)
            mentions[(m.report_id, m.type, key)].append(m)
            if m.type == "Place":
                places.add(key)
            elif m.type in CITABLE and m.cites and issuer is not None:
                cites[(issuer.adcode, m.type, key)].append(m)
        for rel in ex.relations:
            _relation(rel, span_of, report, ex.mentions, supports, cooperation)
        for c in ex.candidates:
            candidates[(c.term, c.kind)].append(c)

    for (type_, key), counts in names.items():
        name = max(counts, key=lambda n: (counts[n], len(n)))
        props = {"name": name, "aliases": sorted((set(counts) | written[(type_, key)]) - {name})}
        if type_ == "Event":
            props["editions"] = sorted(editions.get((type_, key), ()))
        g.add_node(type_, key, **props)
    for (type_, key), votes in located.items():
        (adcode, method), ms = min(votes.items(), key=lambda kv: (METHOD_RANK[kv[0][1]], -len(kv[1])))
        places.add(adcode)
        g.add_edge("LOCATED_IN", (type_, key), ("Place", adcode), method=method,
                   reports=sorted({m.report_id for m in ms}), example=evidence(ms)["example"])
    for key, adcode in issued.items():
        places.add(adcode)
        g.add_edge("ISSUED_BY", ("Policy", key), ("Place", adcode), method="name")

    for (rid, type_, key), ms in mentions.items():
        ms.sort(key=lambda m: m.start)
        g.add_edge("MENTIONS", ("Report", rid), (type_, key), count=len(ms), surfaces=[m.surface for m in ms],
                   startOffsets=[m.start for m in ms], endOffsets=[m.end for m in ms],
                   sentences=[m.sentence for m in ms], **evidence(ms))
    for (adcode, type_, key), ms in cites.items():
        per_report = Counter(m.report_id for m in ms)
        rids = sorted(per_report)
        years = sorted({by_report[rid].year for rid in rids if by_report[rid].year is not None})
        g.add_edge("CITES", ("Place", adcode), (type_, key), years=years, firstYear=years[0] if years else None,
                   reports=rids, reportCounts=[per_report[rid] for rid in rids], count=len(ms),
                   **evidence(sorted(ms, key=lambda m: (m.report_id, m.start))))
    for (src, dst), ms in supports.items():
        g.add_edge("SUPPORTS", src, dst, reports=sorted({m.report_id for m in ms}), count=len(ms),
                   **{k: v for k, v in evidence(ms).items() if k in ("example", "evidence")})
    for (a, b), found in cooperation.items():
        ms = [m for m, _ in found]
        kinds = Counter(k for _, k in found)
        rids = sorted({m.report_id for m in ms})
        places.add(b)
        g.add_edge("COOPERATES_WITH", ("Place", a), ("Place", b), relation=kinds.most_common(1)[0][0],
                   years=sorted({by_report[r].year for r in rids if by_report[r].year}), reports=rids, count=len(ms),
                   **{k: v for k, v in evidence(ms).items() if k in ("example", "evidence")})

    for code in list(places):
        d = gaz.get(code)
        while d is not None:
            g.add_node("Place", d.adcode, **place_props(d))
            parent = gaz.parent(d)
            if parent is not None:
                g.add_edge("PART_OF", ("Place", d.adcode), ("Place", parent.adcode))
            d = parent

    for (term, kind), cs in candidates.items():
        if term in vocab.load().by_label or kind == "program" and len(cs) < 2:
            continue  # program terms are candidates for the vocabulary once they recur
        g.add_node("Candidate", term, name=term, kind=kind, count=len(cs),
                   reports=sorted({c.report_id for c in cs}), evidence=list(dict.fromkeys(c.evidence for c in cs))[:5])
    return g


def same_zone(mentions: tuple[Mention, ...], resolved: dict, issuer: Division | None) -> None:
    """One zone per report however it is written: a bare 临空经济区 is the report's named zone of that kind in
    the issuer's territory (北湖临空经济区) when there is one, and a short form (天门经济开发区) the long one of
    the same place (天门经济技术开发区) when only one fits. Rewrites resolved in place."""
    gaz = gazetteer.load()
    named = {}
    for m in mentions:
        res = resolved.get((m.start, m.end))
        if m.type == "Zone" and res and res.key and not dict(m.attrs).get("generic"):
            named.setdefault(res.key, res)
    cores = {key: key.split("-", 1)[1] for key in named}
    for m in mentions:
        res = resolved.get((m.start, m.end))
        if m.type != "Zone" or not res or not res.key:
            continue
        core = res.key.split("-", 1)[1]
        if dict(m.attrs).get("generic"):
            if res.key in named or issuer is None:
                continue
            fits = [k for k, c in cores.items() if c == core and named[k].place and named[k].place != issuer.adcode
                    and gaz.get(named[k].place) and gaz.is_within(gaz.get(named[k].place), issuer)]
        else:
            fits = [k for k, c in cores.items() if k != res.key and named[k].place == res.place and len(c) > len(core)
                    >= 3 and c[:2] == core[:2] and c.endswith(core[-3:]) and _subsequence(core, c)]
        if len(fits) == 1:
            resolved[(m.start, m.end)] = named[fits[0]]


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


def written_name(m: Mention) -> str:
    """The name a mention writes (咸阳高新区 for 咸阳高新技术产业开发区), normalized; none for a bare zone word standing for the
    issuer's own zone (高新区) or an item a list shortens (灵寿 of 灵寿、赞皇抽水蓄能电站)."""
    attrs = dict(m.attrs)
    return "" if attrs.get("generic") or attrs.get("name") else m.norm or m.surface


def _relation(rel, span_of: dict, report: Report, mentions: tuple[Mention, ...], supports: dict, cooperation: dict):
    """Collect the SUPPORTS or COOPERATES_WITH fact one sentence states, with the mention that shows it."""
    gaz = gazetteer.load()
    target = span_of.get(rel.target)
    witness = [m for m in mentions if (m.start, m.end) == rel.target]
    if target is None or not witness:
        return
    if rel.type == "SUPPORTS" and span_of.get(rel.source):
        supports[(span_of[rel.source], target)] += witness
    elif rel.type == "COOPERATES_WITH" and report.issuer is not None:
        other, issuer = gaz.get(target[1]), report.issuer
        if other is None or gaz.is_within(other, issuer) or gaz.is_within(issuer, other):
            return  # the place itself, its own counties, or the province it belongs to
        kind = dict(rel.attrs).get("relation", "cooperation")
        cooperation[(issuer.adcode, other.adcode)].append((witness[0], kind))
