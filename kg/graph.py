"""From extractions to the graph in two steps: what one report says on its own (its shard: the Report node, its
MENTIONS edges and the facts it contributes to aggregates), then the aggregates across reports (entity names,
LOCATED_IN, CITES, SUPPORTS, COOPERATES_WITH, candidates, places), computed bucket by bucket so that memory stays
flat however many reports there are."""
from __future__ import annotations

import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import gazetteer, vocab
from kg.model import Division, Extraction, Graph, Mention, Report
from kg.resolve import resolve_entity

MAX_EVIDENCE = 20  # sentences kept as evidence per fact
CITABLE = ("Strategy", "Program")
LOCATABLE = ("Zone", "Project", "Enterprise", "Event")
METHOD_RANK = {"name": 0, "sentence": 1, "issuer": 2}


def place_props(d: Division) -> dict:
    return dict(name=d.name, adcode=d.adcode, shortName=d.short_name, level=d.level, longitude=d.longitude,
                latitude=d.latitude, aliases=[d.short_name] if d.short_name else [])


def evidence(refs: list[list]) -> dict:
    """Evidence sentences of a fact in reading order, with source offsets and reports; as example the sentence
    naming the entity most fully, then the shortest. A ref is [report id, sentence, surface, start, sentence text,
    source start, source end]."""
    seen: dict[tuple[str, int], list] = {}
    for ref in refs:
        seen.setdefault((ref[0], ref[1]), ref)
    best = min(refs, key=lambda r: (-len(r[2]), len(seen[(r[0], r[1])][4])))
    kept = list(seen.values())[:MAX_EVIDENCE]
    return {"example": seen[(best[0], best[1])][4], "evidence": [r[4] for r in kept],
            "evidenceStarts": [r[5] for r in kept], "evidenceEnds": [r[6] for r in kept],
            "evidenceReports": [r[0] for r in kept]}


def report_shard(report: Report, ex: Extraction) -> dict:
    """What one report contributes: its node and edges, the places it names, and the facts (kind, key, value)
    that aggregates across reports need. A pure function of the report and its extraction, stored as its shard."""
    issuer = report.issuer
    year = report.year

    def ref(m: Mention) -> list:
        s = report.sentences[m.sentence]
        return [m.report_id, m.sentence, m.surface, m.start, s.text, s.source_start, s.source_end]

    nodes = [["Report", report.id, dict(
        name=report.title, title=report.title, source=report.source, locator=report.locator, year=year,
        deliveredOn=report.delivered_on, chars=report.chars, droppedChars=report.dropped_chars,
        issuerMethod=report.issuer_method, yearMethod=report.year_method, warnings=list(report.warnings))]]
    edges, facts, places = [], [], []
    if issuer:
        edges.append(["ISSUED_BY", "Report", report.id, "Place", issuer.adcode, {"method": report.issuer_method}])
        places.append(issuer.adcode)
    span_of = {}  # (start, end) -> (type, key) of this report's resolved mentions
    sentence_place = {(rel.source, rel.sentence): rel.target for rel in ex.relations if rel.type == "LOCATED_IN"}
    places_at = {(m.start, m.end): m.key for m in ex.mentions if m.type == "Place"}
    mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    resolved = {}
    for m in ex.mentions:
        if m.type != "Place" and not m.key:
            target = sentence_place.get(((m.start, m.end), m.sentence))
            inner = next((key for (a, b), key in places_at.items() if m.start <= a and b <= m.end), None)
            resolved[(m.start, m.end)] = resolve_entity(m, issuer, places_at.get(target) if target else None, inner)
    same_zone(ex.mentions, resolved, issuer)
    names = [(m.start, m.end, m.type) for m in ex.mentions if m.type != "Place"]
    for m in ex.mentions:
        key = m.key
        if m.type != "Place" and not key:
            res = resolved[(m.start, m.end)]
            if not res.key:
                continue
            key = res.key
            facts.append(["name", [m.type, key], res.name])
            if alias := written_name(m):
                facts.append(["alias", [m.type, key], alias])
            if m.type in LOCATABLE and res.place:
                facts.append(["located", [m.type, key], [res.place, res.method, ref(m)]])
            if m.type == "Policy" and res.place:
                facts.append(["issued", [key], res.place])
            if m.type == "Event" and dict(m.attrs).get("edition"):
                facts.append(["edition", [m.type, key], dict(m.attrs)["edition"]])
        span_of[(m.start, m.end)] = (m.type, key)
        if m.type == "Place":
            places.append(key)
            if _in_name(m, names, report):
                continue
        mentions[(m.type, key)].append(m)
        if m.type in CITABLE and m.cites and issuer is not None:
            facts.append(["cites", [issuer.adcode, m.type, key], [year, ref(m)]])
    for (type_, key), ms in mentions.items():
        ms.sort(key=lambda m: m.start)
        edges.append(["MENTIONS", "Report", report.id, type_, key, dict(
            count=len(ms), surfaces=[m.surface for m in ms], startOffsets=[m.start for m in ms],
            endOffsets=[m.end for m in ms], sentences=[m.sentence for m in ms], **evidence([ref(m) for m in ms]))])
    for rel in ex.relations:
        facts += _relation(rel, span_of, report, ex.mentions, ref)
    for c in ex.candidates:
        facts.append(["candidate", [c.term], [c.kind, c.report_id, c.evidence]])
    return {"id": report.id, "nodes": nodes, "edges": edges, "places": sorted(set(places)), "facts": facts}


ROUTE = ("至", "到")
NAMED_AS_PLACE = ("Strategy", "Program")  # 雄安新区 the national plan: the concept, not also the place


def _in_name(place: Mention, names: list[tuple[int, int, str]], report: Report) -> bool:
    """Whether a place is written only as part of a longer name (沧州 in 沧州高新区), so that it is no mention of
    the place by the guideline; a route's endpoint (襄阳至宜昌高速公路) and an item of a list sharing a head
    (黄骅、沧州军民合用机场: the item's span is the place's) still are."""
    a, b = place.start, place.end
    for s, e, type_ in names:
        if s <= a and b <= e and (s, e) != (a, b) or (s, e) == (a, b) and type_ in NAMED_AS_PLACE:
            base = report.offsets[0]
            if report.text[b - base:b - base + 1] in ROUTE or a > s and report.text[a - base - 1] in ROUTE:
                return False
            return True
    return False


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


def _relation(rel, span_of: dict, report: Report, mentions: tuple[Mention, ...], ref) -> list:
    """The SUPPORTS or COOPERATES_WITH fact one sentence states, with the mention that shows it."""
    gaz = gazetteer.load()
    target = span_of.get(rel.target)
    witness = [m for m in mentions if (m.start, m.end) == rel.target]
    if target is None or not witness:
        return []
    if rel.type == "SUPPORTS" and span_of.get(rel.source):
        return [["supports", [*span_of[rel.source], *target], [ref(m) for m in witness]]]
    if rel.type == "COOPERATES_WITH" and report.issuer is not None:
        other, issuer = gaz.get(target[1]), report.issuer
        if other is None or gaz.is_within(other, issuer) or gaz.is_within(issuer, other):
            return []  # the place itself, its own counties, or the province it belongs to
        kind = dict(rel.attrs).get("relation", "cooperation")
        return [["cooperates", [issuer.adcode, other.adcode], [report.year, kind, ref(witness[0])]]]
    return []


class Sink:
    """Where the graph goes: add_node and add_edge, each node and edge once."""

    def add_node(self, label: str, id: str, props: dict) -> None: ...

    def add_edge(self, rel: str, src: tuple[str, str], dst: tuple[str, str], props: dict) -> None: ...


class GraphSink(Sink):
    def __init__(self) -> None:
        self.graph = Graph()

    def add_node(self, label, id, props):
        self.graph.add_node(label, id, **props)

    def add_edge(self, rel, src, dst, props):
        self.graph.add_edge(rel, src, dst, **props)


class _Buckets:
    """Facts spread by key over buckets, in memory or in files of a folder; each bucket read back in order."""

    def __init__(self, n: int, folder: Path | None):
        self.n = max(1, n)
        self.folder = folder
        if folder is None:
            self.lists: list[list] = [[] for _ in range(self.n)]
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self.files = [(folder / f"bucket-{i}.jsonl").open("w", encoding="utf-8") for i in range(self.n)]

    def add(self, fact: list) -> None:
        i = zlib.crc32(json.dumps(fact[1], ensure_ascii=False).encode()) % self.n if self.n > 1 else 0
        if self.folder is None:
            self.lists[i].append(fact)
        else:
            self.files[i].write(json.dumps(fact, ensure_ascii=False) + "\n")

    def __iter__(self) -> Iterator[list[list]]:
        if self.folder is None:
            yield from self.lists
            return
        for f in self.files:
            f.close()
        for i in range(self.n):
            path = self.folder / f"bucket-{i}.jsonl"
            with path.open(encoding="utf-8") as f:
                facts = [json.loads(line) for line in f]
            path.unlink()
            yield facts


def aggregate(shards: Iterable[dict], sink: Sink, buckets: int = 1, folder: Path | None = None) -> None:
    """Send the graph of the shards (in report order) to sink: each shard's own nodes and edges as they come, then
    the aggregates bucket by bucket (buckets > 1 spills the facts to files in folder)."""
    gaz = gazetteer.load()
    voc = vocab.load()
    concepts = {}
    for c in voc:
        concepts[(c.type, c.id)] = dict(name=c.pref_label, aliases=list(c.alt_labels + c.region_labels),
                                        scheme=c.scheme, scopeNote=c.scope_note)
    places: set[str] = set()
    spread = _Buckets(buckets, folder)
    for shard in shards:
        for label, id_, props in shard["nodes"]:
            sink.add_node(label, id_, props)
        for rel, sl, sid, dl, did, props in shard["edges"]:
            sink.add_edge(rel, (sl, sid), (dl, did), props)
        places.update(shard["places"])
        for fact in shard["facts"]:
            spread.add(fact)
    for facts in spread:
        _aggregate_bucket(facts, sink, concepts, places)
    for (type_, key), props in concepts.items():
        sink.add_node(type_, key, props)
    for c in voc:
        for b in c.broader:
            sink.add_edge("BROADER", (c.type, c.id), (voc.concepts[b].type, b), {})
    linked: set[str] = set()
    for code in sorted(places):
        d = gaz.get(code)
        while d is not None and d.adcode not in linked:
            linked.add(d.adcode)
            sink.add_node("Place", d.adcode, place_props(d))
            parent = gaz.parent(d)
            if parent is not None:
                sink.add_edge("PART_OF", ("Place", d.adcode), ("Place", parent.adcode), {})
            d = parent


def _aggregate_bucket(facts: list[list], sink: Sink, concepts: dict, places: set[str]) -> None:
    """The aggregates of the keys of one bucket; facts are in report order."""
    by: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for kind, key, value in facts:
        by[kind][tuple(key)].append(value)
    names: dict[tuple, Counter] = {key: Counter(values) for key, values in by["name"].items()}
    for (type_, key), counts in names.items():
        name = max(counts, key=lambda n: (counts[n], len(n)))
        props = {"name": name, "aliases": sorted((set(counts) | set(by["alias"].get((type_, key), ()))) - {name})}
        if type_ == "Event":
            props["editions"] = sorted(set(by["edition"].get((type_, key), ())))
        if (type_, key) in concepts:
            concepts[(type_, key)].update(props)
        else:
            sink.add_node(type_, key, props)
    for (type_, key), found in by["located"].items():
        votes: dict[tuple[str, str], list] = defaultdict(list)
        for place, method, ref in found:
            votes[(place, method)].append(ref)
        (adcode, method), refs = min(votes.items(), key=lambda kv: (METHOD_RANK[kv[0][1]], -len(kv[1])))
        places.add(adcode)
        sink.add_edge("LOCATED_IN", (type_, key), ("Place", adcode), dict(
            method=method, reports=sorted({r[0] for r in refs}), example=evidence(refs)["example"]))
    for (key,), adcodes in by["issued"].items():
        places.add(adcodes[-1])
        sink.add_edge("ISSUED_BY", ("Policy", key), ("Place", adcodes[-1]), {"method": "name"})
    for (adcode, type_, key), found in by["cites"].items():
        refs = [ref for _, ref in found]
        year_of = {ref[0]: year for year, ref in found}
        per_report = Counter(r[0] for r in refs)
        rids = sorted(per_report)
        years = sorted({year_of[rid] for rid in rids if year_of[rid] is not None})
        sink.add_edge("CITES", ("Place", adcode), (type_, key), dict(
            years=years, firstYear=years[0] if years else None, reports=rids,
            reportCounts=[per_report[rid] for rid in rids], count=len(refs),
            **evidence(sorted(refs, key=lambda r: (r[0], r[3])))))
    for (st, sk, tt, tk), found in by["supports"].items():
        refs = [ref for witness in found for ref in witness]
        sink.add_edge("SUPPORTS", (st, sk), (tt, tk), dict(
            reports=sorted({r[0] for r in refs}), count=len(refs),
            **{k: v for k, v in evidence(refs).items() if k in ("example", "evidence")}))
    for (a, b), found in by["cooperates"].items():
        refs = [ref for _, _, ref in found]
        year_of = {ref[0]: year for year, _, ref in found}
        kinds = Counter(kind for _, kind, _ in found)
        rids = sorted({r[0] for r in refs})
        places.add(b)
        sink.add_edge("COOPERATES_WITH", ("Place", a), ("Place", b), dict(
            relation=kinds.most_common(1)[0][0], years=sorted({year_of[r] for r in rids if year_of[r]}),
            reports=rids, count=len(refs),
            **{k: v for k, v in evidence(refs).items() if k in ("example", "evidence")}))
    by_label = vocab.load().by_label
    for (term,), found in by["candidate"].items():
        if term in by_label:
            continue
        kinds: dict[str, list] = defaultdict(list)
        for kind, rid, text in found:
            kinds[kind].append((rid, text))
        props = None
        for kind, cs in kinds.items():
            if kind == "program" and len(cs) < 2:
                continue  # program terms are candidates for the vocabulary once they recur
            props = dict(name=term, kind=kind, count=len(cs), reports=sorted({rid for rid, _ in cs}),
                         evidence=list(dict.fromkeys(text for _, text in cs))[:5])
        if props:
            sink.add_node("Candidate", term, props)
