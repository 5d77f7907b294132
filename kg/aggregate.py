"""The graph of a set of shards: each report's own nodes and edges, then the aggregates across reports (entity
names, LOCATED_IN, CITES, SUPPORTS, COOPERATES_WITH, candidates, places), computed bucket by bucket so that memory
stays flat however many reports there are. Not part of the extractor version: changing it changes no shard."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from kg import gazetteer, vocab
from kg.graph import evidence
from kg.model import Division, Graph
from kg.stores.durable import fsync

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


def concept_props() -> dict[tuple[str, str], dict]:
    """The vocabulary's concepts as nodes, before the names reports give them."""
    return {(c.type, c.id): dict(name=c.pref_label, aliases=list(c.alt_labels + c.region_labels), scheme=c.scheme,
                                 scopeNote=c.scope_note) for c in vocab.load()}


def aggregate(shards: Iterable[dict], sink: Sink, buckets: int = 1, folder: Path | None = None) -> None:
    """Send the graph of the shards (in report order) to sink: each shard's own nodes and edges as they come, then
    the aggregates bucket by bucket (buckets > 1 spills the facts to files in folder)."""
    concepts = concept_props()
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
    add_globals(sink, concepts, places)


def add_globals(sink: Sink, concepts: dict[tuple[str, str], dict], places: Iterable[str]) -> None:
    """The nodes and edges that depend on the whole: concepts (with the names reports give them), BROADER, and every
    place named with the places that contain it."""
    gaz = gazetteer.load()
    voc = vocab.load()
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


# ------------------------------------------------------------------ the aggregation kept between builds

STATE_FORMAT = 2
REPORTS_PER_GROUP = 50  # the tables of reports' own rows are kept in parts of about this many reports …
MAX_GROUPS = 256  # … up to this many parts per table
AGGREGATES, GLOBAL = -1, -2  # the part numbers of the aggregates' tables and of the tables built whole every time
CACHE_KB = 32_768  # the SQLite page cache of the state, in KB: bounded (the state at 100× is about 130 MB)
# A report is a number n and a key of the aggregates a number k in the tables of facts; a fact is kept as its kind
# and value, the report ids and sentence texts of its refs left out (the texts kept once per sentence in sentences).
_SCHEMA = """
CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE reports(n INTEGER PRIMARY KEY, rkey TEXT UNIQUE, id TEXT, pos INTEGER);
CREATE TABLE report_places(n INTEGER, adcode TEXT);
CREATE INDEX report_places_n ON report_places(n);
CREATE TABLE names(k INTEGER PRIMARY KEY, key TEXT UNIQUE);
CREATE TABLE facts(k INTEGER, n INTEGER, seq INTEGER, fact TEXT, PRIMARY KEY(k, n, seq)) WITHOUT ROWID;
CREATE TABLE sentences(n INTEGER, sentence INTEGER, text TEXT, PRIMARY KEY(n, sentence)) WITHOUT ROWID;
CREATE TABLE keys(k INTEGER PRIMARY KEY, rows TEXT, concept TEXT);
CREATE TABLE key_places(k INTEGER, adcode TEXT);
CREATE INDEX key_places_k ON key_places(k);
CREATE TABLE parts(name TEXT, part INTEGER, target TEXT, file TEXT, rows INTEGER, PRIMARY KEY(name, part));
"""
_FACTS_BY_REPORT = "CREATE INDEX facts_n ON facts(n)"


def _refs(kind: str, value) -> list[list]:
    """The refs of a fact's value (a ref: [report id, sentence, surface, start, sentence text, source start, end])."""
    if kind in ("located", "cooperates"):
        return [value[2]]
    if kind == "cites":
        return [value[1]]
    return value if kind == "supports" else []


def aggregation_version(extractor: str) -> str:
    """What the kept aggregation depends on: the shards' extractor version and the code that aggregates and
    writes the tables."""
    from kg.shards import _hash

    h = hashlib.sha256(f"state {STATE_FORMAT}\nextractor {extractor}\n".encode())
    _hash(h, ("kg/aggregate.py", "kg/stores/tables.py", "kg/schema.py"), ("pyarrow",))
    return h.hexdigest()[:20]


class _Recorder(Sink):
    """Passes rows on to a sink and notes which (table, row id) each key of the aggregates produced."""

    def __init__(self, sink: Sink):
        from kg.stores.tables import table_name

        self.sink, self.rows, self.name = sink, [], table_name

    def add_node(self, label, id, props):
        self.rows.append([label, id])
        self.sink.add_node(label, id, props)

    def add_edge(self, rel, src, dst, props):
        self.rows.append([self.name((rel, src[0], dst[0])), f"{src[1]}\0{dst[1]}"])
        self.sink.add_edge(rel, src, dst, props)


def _rewrite(sources: list[tuple[Path, set[str] | None]], out: Path, nodes: bool, by_report: bool
             ) -> tuple[int, int]:
    """Write into out the rows of the Parquet files of sources, less those of each file whose id is in its set (a
    report's rows go by the report: id, or from; an aggregate's by node id or "from\0to"), row group by row group so
    that a part is never held whole; the rows written and dropped."""
    from kg.stores.tables import BATCH

    written = dropped = 0
    with pq.ParquetWriter(out, pq.read_schema(sources[0][0])) as writer:
        for path, ids in sources:
            gone = pa.array(sorted(ids), pa.string()) if ids else None
            with pq.ParquetFile(path) as part:
                for batch in part.iter_batches(batch_size=BATCH):
                    if gone is not None:
                        kept = batch.filter(pc.invert(among(batch, gone, nodes, by_report)))
                        dropped += len(batch) - len(kept)
                        batch = kept
                    writer.write_batch(batch)
                    written += len(batch)
    return written, dropped


def among(batch: pa.RecordBatch, ids: pa.Array, nodes: bool, by_report: bool) -> pa.Array:
    """Which rows of a part's batch have their id in ids (a report's rows by the report: id, or from; an
    aggregate's by node id or "from\0to")."""
    column = batch["id"] if nodes else batch["from"] if by_report else \
        pc.binary_join_element_wise(batch["from"], batch["to"], "\0")
    return pc.is_in(column, value_set=ids)


class State:
    """The aggregation of the last build, kept in the build folder: every report's facts indexed by key, what each
    key of the aggregates produced (its rows, places and concept names), and the node and relationship tables as
    Parquet parts (the reports' own rows in parts by report, the aggregates in one part, the rest rebuilt whole).
    A build changes only the parts and keys the added and removed reports touch, in one SQLite transaction that
    is committed after the database is in place; a first build (or one after the state became unusable) writes a
    new file without journal, renamed into place at commit: a build that fails or is killed leaves the last state."""

    def __init__(self, folder: Path, version: str):
        self.folder = Path(folder)
        self.parts = self.folder / "parts"
        self.parts.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / "state.sqlite"
        self.fresh_path = self.folder / "state.sqlite.new"
        self.fresh_path.unlink(missing_ok=True)  # of a failed or killed first build
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.version = version
        self.fresh = False
        # what this build replaced, for the difference from the last database: per table, the rows dropped (a part
        # of the last generation with the ids gone from it, None for all its rows, and whether a report's rows go
        # by report) and the files of the rows added; and how many rows that is outside the parts built whole
        self.went: dict[tuple[str, ...], list[tuple[Path, set[str] | None, bool]]] = defaultdict(list)
        self.came: dict[tuple[str, ...], list[Path]] = defaultdict(list)
        self.replaced = 0

    def meta(self, name: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        except sqlite3.DatabaseError:  # no state yet, or one of an earlier format or damaged: a first build
            return None
        return row[0] if row else None

    def usable(self, generation: int, order: list[tuple[str, str]]) -> bool:
        """Whether the kept state is the one of the last build (same generation and versions, its parts all there)
        and the reports kept from it come in the same order."""
        if self.meta("version") != self.version or self.meta("generation") != str(generation):
            return False
        if not all((self.parts / f).is_file() for (f,) in self.db.execute("SELECT file FROM parts")):
            return False  # parts removed by hand
        kept = [rkey for rkey, _ in order]
        old = dict(self.db.execute("SELECT rkey, pos FROM reports"))
        survivors = [k for k in kept if k in old]
        return survivors == sorted(survivors, key=old.__getitem__)

    def collect(self) -> None:
        """Remove the part files the committed state does not name (of failed or killed builds, or replaced)."""
        named = {row[0] for row in self.db.execute("SELECT file FROM parts")} if self.meta("version") else set()
        for f in self.parts.iterdir():
            if f.name not in named:
                f.unlink()

    def update(self, order: list[tuple[str, str]], shard_of, work: Path, generation: int, fresh: bool
               ) -> tuple[list[str], dict[str, int]]:
        """Bring the state to the reports of order ((shard key, report id) in report order), reading the shards of
        the new ones with shard_of; fresh starts from nothing. Leaves the transaction open (commit, or close to roll
        back); the COPY statements and the rows per label and relationship type."""
        from kg.stores.tables import TableSink

        if fresh:  # a new file, filled without journal; its index of facts by report made after the rows
            self.fresh = True
            self.db.close()
            self.db = sqlite3.connect(self.fresh_path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode = OFF")
            self.db.execute("PRAGMA synchronous = OFF")
            self.db.executescript(_SCHEMA)
        db = self.db
        db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        db.execute("BEGIN")
        if fresh:
            groups = max(1, min(MAX_GROUPS, len(order) // REPORTS_PER_GROUP))
            db.execute("INSERT INTO meta VALUES ('groups', ?)", (str(groups),))
        groups = int(self.meta("groups"))
        position = {rkey: i for i, (rkey, _) in enumerate(order)}
        old = {rkey: (n, rid) for n, rkey, rid in db.execute("SELECT n, rkey, id FROM reports")}
        removed = [(n, rid) for rkey, (n, rid) in old.items() if rkey not in position]
        added = [(rkey, rid) for rkey, rid in order if rkey not in old]
        db.execute("CREATE TEMP TABLE IF NOT EXISTS dirty(k INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM dirty")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS gone(n INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM gone")
        db.executemany("INSERT INTO gone VALUES (?)", [(n,) for n, _ in removed])
        db.execute("INSERT OR IGNORE INTO dirty SELECT k FROM facts WHERE n IN (SELECT n FROM gone)")
        for table in ("facts", "sentences", "reports", "report_places"):
            db.execute(f"DELETE FROM {table} WHERE n IN (SELECT n FROM gone)")
        db.executemany("UPDATE reports SET pos = ? WHERE rkey = ?", [(position[k], k) for k in old if k in position])

        def group(rid: str) -> int:
            return zlib.crc32(rid.encode()) % groups

        gone_ids: dict[int, set[str]] = defaultdict(set)
        for _, rid in removed:
            gone_ids[group(rid)].add(rid)
        new: dict[int, list[str]] = defaultdict(list)
        for rkey, rid in added:
            new[group(rid)].append(rkey)
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        # facts wait here with their keys as text, numbered in SQL a group at a time (no dict of all keys here)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS staged(key TEXT, n INTEGER, seq INTEGER, fact TEXT)")
        db.execute("DELETE FROM staged")

        def number_staged() -> None:
            db.execute("INSERT OR IGNORE INTO names(key) SELECT key FROM staged ORDER BY rowid")
            db.execute("INSERT INTO facts SELECT m.k, s.n, s.seq, s.fact FROM staged s JOIN names m ON m.key = s.key")
            if not fresh:  # (a fresh state aggregates every key)
                db.execute("INSERT OR IGNORE INTO dirty SELECT m.k FROM staged s JOIN names m ON m.key = s.key")
            db.execute("DELETE FROM staged")

        for g in sorted(set(gone_ids) | set(new)):
            sink = TableSink(work / f"group-{g}")
            for rkey in new[g]:
                shard = shard_of(rkey)
                for label, id_, props in shard["nodes"]:
                    sink.add_node(label, id_, props)
                for rel, sl, sid, dl, did, props in shard["edges"]:
                    sink.add_edge(rel, (sl, sid), (dl, did), props)
                n = db.execute("INSERT INTO reports(rkey, id, pos) VALUES (?, ?, ?)",
                               (rkey, shard["id"], position[rkey])).lastrowid
                db.executemany("INSERT INTO report_places VALUES (?, ?)", [(n, p) for p in shard["places"]])
                rows, sentences = [], {}
                for i, (kind, key, value) in enumerate(shard["facts"]):
                    for ref in _refs(kind, value):
                        sentences[ref[1]] = ref[4]
                        ref[0] = ref[4] = None
                    rows.append((dumps(key), n, i, dumps([kind, value])))
                db.executemany("INSERT INTO staged VALUES (?, ?, ?, ?)", rows)
                db.executemany("INSERT INTO sentences VALUES (?, ?, ?)", [(n, *kv) for kv in sentences.items()])
            number_staged()
            sink.close()
            self._merge(g, sink, {name: gone_ids[g] for name in self._names(g)}, generation)
        if fresh:
            db.execute(_FACTS_BY_REPORT)
        self._aggregate(work, generation, fresh)
        return self._statements()

    def _names(self, part: int) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM parts WHERE part = ?", (part,))]

    def _merge(self, part: int, sink, gone: dict[str, set[str]], generation: int) -> None:
        """The new parts number part of every table: the kept rows less those gone (by report id in the parts of
        reports, by node id or "from\0to" in the others), and the sink's rows."""
        from kg.stores.tables import table_name

        made = {table_name(target): (target, t) for target, t in sink.tables()}
        for name in sorted(set(gone) | set(made)):
            row = self.db.execute("SELECT target, file FROM parts WHERE name = ? AND part = ?", (name, part)
                                  ).fetchone()
            file = f"{name}.{part}.{generation}.parquet"
            if row is None and name not in made:
                continue
            if row is None and name not in gone:  # a new table: the sink's file is the part
                target, t = made[name]
                os.replace(t.path, self.parts / file)
                self._came(part, target, self.parts / file, t.count)
                self.db.execute("INSERT INTO parts VALUES (?, ?, ?, ?, ?)",
                                (name, part, json.dumps(list(target)), file, t.count))
                continue
            sources = [] if row is None else [(self.parts / row[1], gone.get(name))]
            target = tuple(json.loads(row[0])) if row is not None else made[name][0]
            if name in made and made[name][1].count:
                sources.append((made[name][1].path, None))
            rows, dropped = _rewrite(sources, self.parts / file, len(target) == 1, part >= 0)
            if row is not None and name not in made and not dropped:
                (self.parts / file).unlink()
                continue  # nothing of it changed
            if dropped:
                self.went[target].append((self.parts / row[1], gone[name], part >= 0))
                self.replaced += dropped
            if name in made:
                self._came(part, target, made[name][1].path, made[name][1].count)
            self.db.execute("INSERT OR REPLACE INTO parts VALUES (?, ?, ?, ?, ?)",
                            (name, part, json.dumps(list(target)), file, rows))

    def _came(self, part: int, target: tuple[str, ...], path: Path, rows: int) -> None:
        self.came[target].append(path)
        if part != GLOBAL:
            self.replaced += rows

    def _aggregate(self, work: Path, generation: int, fresh: bool) -> None:
        """Aggregate again every key the added and removed reports have facts of; then the parts built whole."""
        from kg.stores.tables import TableSink

        db = self.db
        concepts = concept_props()
        gone: dict[str, set[str]] = defaultdict(set)
        for (rows,) in db.execute("SELECT rows FROM keys WHERE k IN (SELECT k FROM dirty)"):
            for name, id_ in json.loads(rows):
                gone[name].add(id_)
        for table in ("keys", "key_places"):
            db.execute(f"DELETE FROM {table} WHERE k IN (SELECT k FROM dirty)")
        sink = TableSink(work / "aggregates")
        found = db.execute("SELECT f.k, f.n, r.pos, f.seq, f.fact, r.id FROM facts f JOIN reports r ON r.n = f.n"
                           + ("" if fresh else " WHERE f.k IN (SELECT k FROM dirty)") + " ORDER BY f.k")
        name_of = self.db.cursor()
        text_of = self.db.cursor()
        made, placed = [], []

        def save() -> None:
            db.executemany("INSERT INTO keys VALUES (?, ?, ?)", made)
            db.executemany("INSERT INTO key_places VALUES (?, ?)", placed)
            made.clear()
            placed.clear()

        for k, rows in groupby(found, key=itemgetter(0)):
            named = json.loads(name_of.execute("SELECT key FROM names WHERE k = ?", (k,)).fetchone()[0])
            facts = []
            for _, n, _, _, fact, rid in sorted(rows, key=itemgetter(2, 3)):
                kind, value = json.loads(fact)
                for ref in _refs(kind, value):
                    ref[0] = rid
                    ref[4] = text_of.execute("SELECT text FROM sentences WHERE n = ? AND sentence = ?",
                                             (n, ref[1])).fetchone()[0]
                facts.append((kind, named, value))
            named = tuple(named)
            concept = {named: {}} if named in concepts else {}
            recorder, places = _Recorder(sink), set()
            _aggregate_bucket(facts, recorder, concept, places)
            update = concept.get(named)
            made.append((k, json.dumps(recorder.rows, ensure_ascii=False),
                         json.dumps(update, ensure_ascii=False) if update else None))
            placed += [(k, p) for p in places]
            if len(made) >= 10_000:
                save()
        save()
        sink.close()
        self._merge(AGGREGATES, sink, gone, generation)
        for (key, update) in db.execute("SELECT n.key, k.concept FROM keys k JOIN names n ON n.k = k.k "
                                        "WHERE k.concept IS NOT NULL"):
            concepts[tuple(json.loads(key))].update(json.loads(update))
        places = [row[0] for row in db.execute("SELECT adcode FROM report_places UNION SELECT adcode FROM key_places")]
        whole = TableSink(work / "whole")
        add_globals(whole, concepts, places)
        whole.close()
        for target, file in db.execute("SELECT target, file FROM parts WHERE part = ?", (GLOBAL,)).fetchall():
            self.went[tuple(json.loads(target))].append((self.parts / file, None, False))
        db.execute("DELETE FROM parts WHERE part = ?", (GLOBAL,))
        self._merge(GLOBAL, whole, {}, generation)

    def rows(self) -> dict[tuple[str, ...], int]:
        """The rows of every table: (label,) or (type, from label, to label)."""
        rows: dict[tuple[str, ...], int] = defaultdict(int)
        for target, n in self.db.execute("SELECT target, rows FROM parts"):
            rows[tuple(json.loads(target))] += n
        return rows

    def _statements(self) -> tuple[list[str], dict[str, int]]:
        from kg.stores.tables import copy_statements

        parts, counts = [], {}
        for target, file, rows in self.db.execute("SELECT target, file, rows FROM parts ORDER BY name, part"):
            target = tuple(json.loads(target))
            parts.append((target, self.parts / file, rows))
            counts[target[0]] = counts.get(target[0], 0) + rows
        return copy_statements(parts), counts

    def commit(self, generation: int, database: dict) -> None:
        """Commit the state of generation, with what tells the database written from it (see kg.build)."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (self.version,))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('database', ?)", (json.dumps(database),))
        self.db.execute("COMMIT")
        if self.fresh:
            self.db.close()
            fsync(self.fresh_path)
            os.replace(self.fresh_path, self.path)
            self.db, self.fresh = sqlite3.connect(self.path, isolation_level=None), False

    def close(self) -> None:
        """Close, rolling back what was not committed (if that fails too, SQLite rolls back when next opened; a
        first build's new file is removed)."""
        try:
            if self.db.in_transaction and not self.fresh:
                self.db.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        self.db.close()
        if self.fresh:
            self.fresh_path.unlink(missing_ok=True)
