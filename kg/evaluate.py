"""Precision, recall and F1 of a built graph against gold annotations (JSONL, one fact per line).

A file may open with a header line naming its report, so that the gold holds whatever ids a build gives:
{"gold": {"guideline": 2, "report": KEY, "issuer": "咸阳市", "year": 2022, "split": "test"|"tune", …}}; the report
KEY then stands for the built report of that issuer and plan year. Without a header, ID is the report's id.
Entity lines: {"report": ID, "type": "Zone", "name": "沧州高新技术产业开发区", "evidence": [start, end]?}
Relation lines: {"report": ID, "type": "LOCATED_IN", "source": NAME, "target": NAME}
A prediction matches a gold name when, normalized, they are equal or one contains the other and the shorter has at
least 60% of the longer's characters; each gold fact is matched at most once."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kg import vocab
from kg.metadata import manifest_issuer
from kg.stores.ladybug import StoreError
from kg.textnorm import MappedText, normalize, to_simplified

RELATIONS = ("LOCATED_IN", "SUPPORTS", "COOPERATES_WITH", "ISSUED_BY")
CITED = ("Strategy", "Program")  # the concept types a place CITES


def _norm(name: str) -> str:
    """A name as compared: simplified, normalized, without spaces and enumeration commas (大众创业、万众创新 is written
    with and without them)."""
    return re.sub(r"[\s、]+", "", to_simplified(normalize(MappedText.of(name)).text))


def same(a: str, b: str) -> bool:
    return _similar(_norm(a), _norm(b))


def _similar(a: str, b: str) -> bool:
    """Two normalized names match: equal, or one holds the other and the shorter has 60% of the longer's characters."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short in long_ and len(short) >= 0.6 * len(long_)


def read_gold(path: Path) -> tuple[list[dict], dict[str, dict]]:
    """The gold facts and the headers of their reports (key -> header)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    rows, headers = [], {}
    for f in files:
        for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    raise ValueError(f"{f.name} line {n} is not JSON") from None
                if isinstance(row, dict) and isinstance(row.get("gold"), dict):
                    headers[row["gold"].get("report")] = row["gold"]
                else:
                    rows.append(row)
    for r in rows:
        if "report" not in r or "type" not in r or not ("name" in r or "source" in r and "target" in r):
            raise ValueError(f"gold line without report, type and name (or source and target): {r}")
    return rows, headers


def report_ids(store, headers: dict[str, dict]) -> dict[str, str]:
    """The built report each gold key stands for: by issuer (its name, or the division a qualified name such as
    宁波市北仑区 or 国务院 denotes) and plan year (the source file's name breaks ties)."""
    _, rows = store.query("MATCH (r:Report)-[:ISSUED_BY]->(p:Place) RETURN r.id AS id, r.source AS source, "
                          "p.name AS issuer, p.id AS code, r.year AS year ORDER BY r.id")
    out = {}
    for key, h in headers.items():
        try:
            code = manifest_issuer(str(h.get("issuer", "")), h.get("year"))
        except ValueError:
            code = None
        found = [r for r in rows if r["year"] == h.get("year") and
                 (r["issuer"] == h.get("issuer") or code is not None and r["code"] == code.adcode)]
        if len(found) > 1 and h.get("source"):
            found = [r for r in found if Path(r["source"]).name == Path(h["source"]).name] or found
        if found:
            out[key] = found[0]["id"]
    return out


def by_split(store, rows: list[dict], headers: dict[str, dict]) -> tuple[list[dict], list[dict], list[str]]:
    """Scores per split (the header's split; 'all' without headers) and errors; keys with no built report."""
    ids = report_ids(store, headers)
    missing = sorted(k for k in headers if k not in ids)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        key = r["report"]
        if key in headers:
            if key not in ids:
                continue
            r = {**r, "report": ids[key]}
        groups[headers.get(key, {}).get("split", "all")].append(r)
    scores, errors = [], []
    for split in sorted(groups, key=lambda s: ("tune", "test", "all").index(s) if s in ("tune", "test", "all") else 3):
        s, e = evaluate(store, groups[split])
        scores += [{"split": split, **row} for row in s]
        errors += [{"split": split, **row} for row in e]
    return scores, errors, missing


def agreement(first: list[dict], second: list[dict]) -> list[dict]:
    """Entity agreement of two annotations of the same report, first taken as gold: P, R and F1 by type."""
    types = sorted({r["type"] for r in first + second if r["type"] not in RELATIONS})
    out = []
    for t in types:
        a = [r["name"] for r in first if r["type"] == t]
        b = [r["name"] for r in second if r["type"] == t]
        score = Score("entity", t)
        _tally(score, [], "", a, b, same)
        out.append(score.row())
    total = Score("entity", "all")
    for row in out:
        total.gold += row["gold"]
        total.predicted += row["predicted"]
        total.matched += row["matched"]
    return out + [total.row()]


@dataclass
class Score:
    kind: str
    type: str
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def row(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"kind": self.kind, "type": self.type, "gold": self.gold, "predicted": self.predicted,
                "matched": self.matched, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


@dataclass(frozen=True)
class Error:
    """A gold fact no prediction matched (missed) or a prediction no gold fact matched (spurious)."""

    error: str
    report: str
    type: str
    name: str

    def row(self) -> dict:
        return {"error": self.error, "report": self.report, "type": self.type, "name": self.name}


def _match(gold: list, predicted: list, equal, exact=None) -> tuple[list[bool], list[bool]]:
    """Which gold facts and which predictions were matched, each gold fact at most once; with exact, the pairs it
    accepts first (a prediction equal to a gold name takes it before one that only holds it: 健康河北行动 before 健康河北)."""
    used = [False] * len(gold)
    hit = [False] * len(predicted)
    for test in ([exact] if exact else []) + [equal]:
        for j, p in enumerate(predicted):
            for i, g in enumerate(gold):
                if not used[i] and not hit[j] and test(g, p):
                    used[i] = hit[j] = True
                    break
    return used, hit


def _shown(fact) -> str:
    """A gold name, the name of a prediction's forms, or source → target of a relation."""
    if isinstance(fact, str):
        return fact
    if isinstance(fact, list):
        return fact[0]
    return " → ".join(_shown(x) for x in fact)


def _tally(score: "Score", errors: list[Error], report: str, golds: list, preds: list, equal, exact=None) -> None:
    used, hit = _match(golds, preds, equal, exact)
    score.gold += len(golds)
    score.predicted += len(preds)
    score.matched += sum(used)
    errors.extend(Error("missed", report, score.type, _shown(g)) for g, u in zip(golds, used) if not u)
    errors.extend(Error("spurious", report, score.type, _shown(p)) for p, h in zip(preds, hit) if not h)


def evaluate(store, gold_rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Scores per entity and relation type, and the errors behind them."""
    reports = sorted({r["report"] for r in gold_rows})
    gold_entities: dict[tuple[str, str], list[str]] = defaultdict(list)
    gold_relations: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for r in gold_rows:
        if r["type"] in RELATIONS:
            gold_relations[(r["report"], r["type"])].append((r["source"], r["target"]))
        else:
            gold_entities[(r["report"], r["type"])].append(r["name"])
    types = sorted({t for _, t in gold_entities})
    pred_entities: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    names: dict[tuple[str, str], list[str]] = {}
    mentioned: dict[str, set[tuple[str, str]]] = defaultdict(set)
    _, columns = store.query("CALL TABLE_INFO('MENTIONS') RETURN name")
    if "names" not in {c["name"] for c in columns}:
        raise StoreError("the database was built by an older kg (its mentions keep no names): rebuild it with kg build")
    _, rows = store.query("MATCH (r:Report)-[m:MENTIONS]->(e) WHERE r.id IN $ids "
                          "RETURN r.id AS report, label(e) AS type, e.id AS id, e.name AS name, m.surfaces AS surfaces, "
                          "m.names AS names ORDER BY r.id, e.id",
                          {"ids": reports})
    for row in rows:
        forms = [row["name"], *row["surfaces"], *row["names"]]  # names: a list item's, with its shared head
        pred_entities[(row["report"], row["type"])].append(forms)
        names[(row["type"], row["id"])] = forms
        mentioned[row["report"]].add((row["type"], row["id"]))
    scores = {t: Score("entity", t) for t in types}
    errors: list[Error] = []
    for report in reports:
        for type_ in types:
            _tally(scores[type_], errors, report, gold_entities.get((report, type_), []),
                   pred_entities.get((report, type_), []), lambda g, forms: any(same(g, f) for f in forms),
                   lambda g, forms: any(_norm(g) == _norm(f) for f in forms))

    rel_scores = {t: Score("relation", t) for t in sorted({t for _, t in gold_relations})}
    annotated = sorted({report for report, _ in gold_relations})  # relations are judged where the gold has them
    for type_ in rel_scores:
        _, rows = store.query(f"MATCH (a)-[x:{type_}]->(b) RETURN label(a) AS la, a.id AS a, a.name AS an, "
                              f"label(b) AS lb, b.id AS b, b.name AS bn"
                              + (", x.reports AS reports" if type_ != "ISSUED_BY" else ", [] AS reports"))
        for report in annotated:
            golds = gold_relations.get((report, type_), [])
            preds = [([r["an"], *names.get((r["la"], r["a"]), [])], [r["bn"], *names.get((r["lb"], r["b"]), [])]) for r in rows
                     if (report in r["reports"] if r["reports"] else (r["la"], r["a"]) in mentioned[report])]
            if type_ == "LOCATED_IN":  # one place per entity: judged on the entities the gold locates
                preds = [p for p in preds if any(same(g[0], f) for g in golds for f in p[0])]
            # the gold names facts, not nodes: a project and a firm both called 兴顺医药 in 石家庄 are one fact
            preds = list({(p[0][0], p[1][0]): p for p in preds}.values())
            _tally(rel_scores[type_], errors, report, golds, preds,
                   lambda g, p: any(same(g[0], f) for f in p[0]) and any(same(g[1], f) for f in p[1]))
    rows = [s.row() for s in scores.values()] + [s.row() for s in rel_scores.values()]
    if any(t in CITED for _, t in gold_entities):
        rows.append(_citations(store, reports, gold_entities, errors).row())
    return rows, [e.row() for e in errors]


def _citations(store, reports: list[str], gold_entities: dict[tuple[str, str], list[str]], errors: list[Error]) -> Score:
    """CITES of the curated vocabularies, judged against the concepts the gold's Strategy and Program names stand for:
    a report cites a concept when a gold name of its type is one of the concept's labels (as names match: equal,
    else similar where no label is equal); a name only similar to the labels of several concepts stands for one of
    them (基本医疗保险制度: the employees', the urban residents' or the rural and urban residents' insurance), a citation
    of any of them; the predictions are the report's CITES edges to vocabulary concepts."""
    labels = [(_norm(label), c) for c in vocab.load() if c.type in CITED for label in (c.pref_label, *c.alt_labels)]
    curated = {c.id for _, c in labels}
    of_type = {t: [(label, c) for label, c in labels if c.type == t] for t in CITED}
    _, rows = store.query("MATCH (:Place)-[x:CITES]->(c) RETURN c.id AS id, c.name AS name, x.reports AS reports")
    score = Score("relation", "CITES")
    for report in reports:
        golds = {}  # the concepts a gold item stands for → the label shown
        for type_ in CITED:
            for name in map(_norm, gold_entities.get((report, type_), [])):
                exact = {c.id: c.pref_label for label, c in of_type[type_] if label == name}  # 污染防治攻坚战 is its
                # own concept, not also 蓝天保卫战 through its label 大气污染防治攻坚战
                similar = {c.id: c.pref_label for label, c in of_type[type_] if _similar(name, label)}
                if exact or len(similar) == 1:
                    golds.update({frozenset([i]): n for i, n in (exact or similar).items()})
                elif similar:
                    golds[frozenset(similar)] = name
        golds = {ids: n for ids, n in golds.items() if len(ids) == 1 or not any(o < ids for o in golds)}
        preds = {r["id"]: r["name"] for r in rows if r["id"] in curated and report in (r["reports"] or [])}
        _tally(score, errors, report, sorted([n, sorted(ids)] for ids, n in golds.items()),
               sorted([n, i] for i, n in preds.items()), lambda g, p: p[1] in g[1])
    return score
