"""Assemble the one in-memory Graph from reports and their resolved mentions."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg import gazetteer, vocab
from kg.model import Division, Extraction, Graph, Mention, Report, Sentence

MAX_EVIDENCE = 20  # sentences kept as evidence per fact


def place_props(d: Division) -> dict:
    return dict(name=d.name, adcode=d.adcode, shortName=d.short_name, level=d.level, longitude=d.longitude,
                latitude=d.latitude, aliases=[d.short_name] if d.short_name else [])


def build_graph(reports: list[Report], extractions: list[Extraction]) -> Graph:
    gaz = gazetteer.load()
    g = Graph()
    for c in vocab.load():
        g.add_node(c.type, c.id, name=c.pref_label, aliases=list(c.alt_labels + c.region_labels),
                   scheme=c.scheme, scopeNote=c.scope_note)
    for c in vocab.load():
        for b in c.broader:
            g.add_edge("BROADER", (c.type, c.id), (c.type, b))

    places: set[str] = set()
    for r in reports:
        g.add_node("Report", r.id, name=r.title, title=r.title, source=r.source, year=r.year,
                   deliveredOn=r.delivered_on, chars=r.chars, issuerMethod=r.issuer_method,
                   yearMethod=r.year_method, warnings=list(r.warnings))
        if r.issuer:
            g.add_edge("ISSUED_BY", ("Report", r.id), ("Place", r.issuer.adcode))
            places.add(r.issuer.adcode)

    by_report = {r.id: r for r in reports}
    sentences = {r.id: r.sentences for r in reports}
    mentions: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    cites: dict[tuple[str, str, str], list[Mention]] = defaultdict(list)
    candidates: dict[str, list] = defaultdict(list)
    for ex in extractions:
        report = by_report[ex.report_id]
        for m in ex.mentions:
            mentions[(m.report_id, m.type, m.key)].append(m)
            if m.type == "Place":
                places.add(m.key)
            elif m.cites and report.issuer is not None:
                cites[(report.issuer.adcode, m.type, m.key)].append(m)
        for c in ex.candidates:
            candidates[c.term].append(c)

    def evidence(ms: list[Mention]) -> dict:
        """Evidence sentences in reading order with their source offsets and reports; as example the sentence
        naming the entity most fully, then the shortest."""
        seen: dict[tuple[str, int], Sentence] = {}
        for m in ms:
            seen.setdefault((m.report_id, m.sentence), sentences[m.report_id][m.sentence])
        best = min(ms, key=lambda m: (-len(m.surface), len(seen[(m.report_id, m.sentence)].text)))
        kept = list(seen.items())[:MAX_EVIDENCE]
        return {"example": seen[(best.report_id, best.sentence)].text, "evidence": [s.text for _, s in kept],
                "evidenceStarts": [s.source_start for _, s in kept], "evidenceEnds": [s.source_end for _, s in kept],
                "evidenceReports": [rid for (rid, _), _ in kept]}

    for (rid, type_, key), ms in mentions.items():
        ms.sort(key=lambda m: m.start)
        g.add_edge("MENTIONS", ("Report", rid), (type_, key), count=len(ms), surfaces=[m.surface for m in ms],
                   startOffsets=[m.start for m in ms], endOffsets=[m.end for m in ms], sentences=[m.sentence for m in ms],
                   **evidence(ms))
    for (adcode, type_, key), ms in cites.items():
        per_report = Counter(m.report_id for m in ms)
        rids = sorted(per_report)
        years = sorted({by_report[rid].year for rid in rids if by_report[rid].year is not None})
        g.add_edge("CITES", ("Place", adcode), (type_, key), years=years, firstYear=years[0] if years else None,
                   reports=rids, reportCounts=[per_report[rid] for rid in rids], count=len(ms),
                   **evidence(sorted(ms, key=lambda m: (m.report_id, m.start))))

    for code in list(places):
        d = gaz.get(code)
        while d is not None:
            g.add_node("Place", d.adcode, **place_props(d))
            parent = gaz.parent(d)
            if parent is not None:
                g.add_edge("PART_OF", ("Place", d.adcode), ("Place", parent.adcode))
            d = parent

    for term, cs in candidates.items():
        g.add_node("Candidate", term, name=term, kind="strategy", count=len(cs),
                   reports=sorted({c.report_id for c in cs}), evidence=list(dict.fromkeys(c.evidence for c in cs))[:5])
    return g
