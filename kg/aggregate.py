"""The graph of a set of shards: each report's own nodes and edges, then the aggregates across reports (entity
names, LOCATED_IN, CITES, SUPPORTS, COOPERATES_WITH, candidates, places), computed bucket by bucket so that memory
stays flat however many reports there are. Not part of the extractor version: changing it changes no shard."""
from __future__ import annotations

import json
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg import gazetteer, vocab
from kg.graph import evidence
from kg.model import Division, Graph

METHOD_RANK = {"name": 0, "sentence": 1, "issuer": 2}


def place_props(d: Division) -> dict:
    return dict(name=d.name, adcode=d.adcode, shortName=d.short_name, level=d.level, longitude=d.longitude,
                latitude=d.latitude, aliases=[d.short_name] if d.short_name else [])


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
