"""A learned post-filter over the rules' entities, measured by grouped k-fold over reports (README, "A learned
post-filter": no type gained, so nothing of it runs in the pipeline).

    python scripts/filter_experiment.py [--localtexts /work/localtexts] [--tune-texts DIR] [--cache FILE]
                                        [--table FILE] [--out DIR]

Inputs. The tune reports: their texts from --tune-texts (a folder such as /tmp/evalin) or, without it, from
../shared as `make model` finds them (scripts/train_ner.py GOLD_FILES but the test files; corpus/002 is not read, and
the reports of corpus/003 outside the tune gold are dropped by issuer and year); their gold is tests/gold/*.jsonl
whose header says split "tune" (the seven test files are never opened). The local tune halves: texts from
--localtexts/<set>/*.txt (not in the repository), gold tests/gold/<set>/<name>.jsonl for the manifest rows of split
<set>-tune only (the fresh halves are never read). Every report is extracted once with the filter off; the entities
(type, name, features, label: does a gold entity of its type in its report match it) go to --cache.

Selection. Reports are split into 5 folds (tune and local reports each spread over them, fixed seed). For each fold a
classifier per type is trained on the other four; its threshold is chosen inside them (4-fold cross-validation of
the training reports: the threshold that most raises their F1, none if none does); the held-out reports' entities
are filtered and scored against the gold with kg.evaluate's matching, before and after. A type is turned on only if
its held-out F1 rises on both the tune reports and the local ones. With --out, the weights trained on every report
and the thresholds (null for a type not turned on) are written there."""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import numpy as np  # noqa: E402

import filter_features as ef  # noqa: E402
from kg.evaluate import Score, _norm, _similar, _tally, read_gold, report_ids, same  # noqa: E402
from kg.metadata import Manifest  # noqa: E402

GOLD = ROOT / "tests" / "gold"
TEST_GOLD = {"congtai-2024", "hebei-2003", "henan-2026", "jizhou-2022", "national-2016", "qinghai-2022",
             "xianyang-2022"}  # the test split: never opened
LOCAL_SETS = ("localx", "localy", "localz")
SEED = 7
FOLDS = 5
L2S = (1.0, 10.0, 30.0)  # the L2 strengths tried; each type and fold takes the one of least out-of-fold log-loss
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.71, 0.05)]


# ---------------------------------------------------------------- the data: extract once, keep entities and gold
def tune_gold() -> tuple[dict[str, dict], dict[str, dict[str, list[str]]]]:
    headers, gold = {}, defaultdict(lambda: defaultdict(list))
    for f in sorted(GOLD.glob("*.jsonl")):
        if f.stem in TEST_GOLD:
            continue
        rows, hs = read_gold(f)
        for key, h in hs.items():
            if h.get("split") == "tune":
                headers[key] = h
        for r in rows:
            if r["report"] in headers and "name" in r:
                gold[r["report"]][r["type"]].append(r["name"])
    return headers, gold


def local_inputs(folder: Path):
    """(set, manifest rows, gold per key) of the local tune halves whose texts are at hand."""
    out = []
    for s in LOCAL_SETS:
        rows = []
        with open(GOLD / s / "manifest.csv", encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                row = {k.strip(): (v or "").strip() for k, v in row.items()}
                if row["split"] == f"{s}-tune" and (folder / s / row["file"]).exists():
                    rows.append(row)
        gold = {}
        for row in rows:
            key = Path(row["file"]).stem
            g, hs = read_gold(GOLD / s / f"{key}.jsonl")
            assert all(h.get("split") == f"{s}-tune" for h in hs.values()), key
            gold[key] = defaultdict(list)
            for r in g:
                if "name" in r:
                    gold[key][r["type"]].append(r["name"])
        out.append((s, rows, gold))
    return out


def _extract(report):
    from kg.build import _pipeline
    from kg.pipeline import extract_report

    from kg import vocab

    ex = extract_report(_pipeline(False), report)
    concepts = vocab.load().concepts
    out = []
    names = ef.report_names(ex.mentions)
    for (type_, name), ms in ef.entities(ex.mentions).items():
        out.append({"type": type_, "name": name, "forms": sorted({name, *(m.surface for m in ms), *(m.norm for m in ms if m.norm),
                                                       *(concepts[m.key].pref_label for m in ms if m.key in concepts)}),
                    "protected": ef.protected(type_, ms), "raw": ef.raw(report, type_, name, ms, names)})
    return out


def extract_all(reports, workers: int) -> list[list[dict]]:
    from kg.build import _pipeline

    _pipeline(False)
    if workers <= 1:
        return [_extract(r) for r in reports]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(_extract, reports, chunksize=1)


class _Reports:
    """kg.evaluate.report_ids asks a store for its reports: here they are the reports just read."""

    def __init__(self, reports):
        self.rows = [{"id": r.id, "source": r.source, "issuer": r.issuer.name if r.issuer else None,
                      "code": r.issuer.adcode if r.issuer else None, "year": r.year} for r in reports]

    def query(self, *_):
        return None, self.rows


def tune_reports(texts: Path | None):
    from kg.pipeline import read_corpus

    if texts is not None:
        paths = [texts]
    else:
        import train_ner

        shared = ROOT.parent / "shared"
        paths = [shared / "corpus-dev" / f for f in sorted(train_ner.GOLD_FILES - train_ner.TEST_FILES - {"corpus"})]
        paths += sorted(p for p in (shared / "corpus").iterdir() if not p.name.startswith("002_") and p.suffix != ".md")
    reports, _, _ = read_corpus(paths)
    return reports, paths


def collect(args) -> list[dict]:
    from kg.pipeline import read_corpus

    records = []
    headers, gold = tune_gold()
    reports, paths = tune_reports(args.tune_texts)
    ids = report_ids(_Reports(reports), headers)
    by_id = {r.id: r for r in reports}
    chosen = [(key, by_id[rid]) for key, rid in sorted(ids.items())]
    print(f"tune: {len(chosen)} of {len(headers)} tune gold reports found in {', '.join(str(p) for p in paths[:3])}"
          f"{' …' if len(paths) > 3 else ''}", flush=True)
    missing = sorted(set(headers) - set(ids))
    if missing:
        print(f"tune gold reports without a text: {', '.join(missing)}", flush=True)
    jobs = [("tune", "tune", key, r, gold[key]) for key, r in chosen]
    if args.localtexts:
        for s, rows, lgold in local_inputs(args.localtexts):
            reps, _, _ = read_corpus([args.localtexts / s], Manifest(rows))
            print(f"{s}: {len(reps)} reports of {len(rows)} {s}-tune manifest rows in {args.localtexts / s}", flush=True)
            for r in reps:
                key = Path(r.source).stem
                jobs.append(("local", s, key, r, lgold[key]))
    else:
        print("local tune halves: none (no --localtexts)", flush=True)
    found = extract_all([j[3] for j in jobs], args.workers)
    for (group, s, key, _, g), ents in zip(jobs, found):
        gold_types = {t: list(names) for t, names in g.items() if t in ef.TYPES}
        records.append({"group": group, "set": s, "report": key, "gold": gold_types, "entities": [
            {**e, "label": int(any(same(n, f) for n in gold_types.get(e["type"], []) for f in e["forms"]))}
            for e in ents]})
    return records


# ---------------------------------------------------------------- the classifier
def matrix(ents: list[dict]):
    rows = [e["x"] if "x" in e else ef.hashed(ef.features(e["raw"])) for e in ents]
    lens = np.array([len(r) for r in rows], dtype=np.int64)
    idx = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]]) if rows else np.zeros(0, dtype=np.int64)
    return idx, starts, lens


def train(ents: list[dict], l2: float, iters: int = 300, lr: float = 0.1) -> np.ndarray:
    """L2-regularized logistic regression, full-batch Adam from zero (deterministic)."""
    w = np.zeros(ef.DIM)
    if not ents:
        return w
    idx, starts, lens = matrix(ents)
    y = np.array([e["label"] for e in ents], dtype=np.float64)
    row = np.repeat(np.arange(len(ents)), lens)
    n = len(ents)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    b1, b2 = 0.9, 0.999
    for t in range(1, iters + 1):
        z = np.add.reduceat(w[idx], starts) if len(idx) else np.zeros(n)
        r = ef.sigmoid(z) - y
        g = np.bincount(idx, weights=r[row], minlength=ef.DIM) / n + l2 * w / n
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    return w


def scores(w: np.ndarray, ents: list[dict]) -> np.ndarray:
    if not ents:
        return np.zeros(0)
    idx, starts, _ = matrix(ents)
    return ef.sigmoid(np.add.reduceat(w[idx], starts))


_NORMED: dict[str, str] = {}


def _normed(name: str) -> str:
    """kg eval's normalized name (same(a, b) is _similar of the two), computed once per name."""
    if name not in _NORMED:
        _NORMED[name] = _norm(name)
    return _NORMED[name]


def tally(records: list[dict], type_: str, keep) -> Score:
    """Entity P/R/F1 of one type over reports, with kg eval's matching; keep(entity) says what the filter keeps."""
    s = Score("entity", type_)
    for rec in records:
        golds = [_normed(g) for g in rec["gold"].get(type_, [])]
        preds = [[_normed(f) for f in e["forms"]] for e in rec["entities"] if e["type"] == type_ and keep(e)]
        _tally(s, [], rec["report"], golds, preds, lambda g, forms: any(_similar(g, f) for f in forms),
               lambda g, forms: any(g == f for f in forms))
    return s


def f1(s: Score) -> float:
    return s.row()["f1"]


def folds_of(records: list[dict], k: int, seed: int) -> list[int]:
    """A fold per report: tune and local reports each dealt round the folds in a shuffled order."""
    rng = random.Random(seed)
    fold = [0] * len(records)
    for group in ("tune", "local"):
        idx = [i for i, r in enumerate(records) if r["group"] == group]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            fold[i] = n % k
    return fold


def fit(records: list[dict], type_: str, l2: float) -> np.ndarray:
    return train([e for r in records for e in r["entities"] if e["type"] == type_ and not e["protected"]], l2)


def choose(records: list[dict], type_: str, k: int, seed: int) -> tuple[float, float | None]:
    """The L2 strength (least out-of-fold log-loss) and the threshold that most raises the F1 of these reports, both
    scored out of fold (k-fold over them); threshold None if none raises it."""
    fold = folds_of(records, k, seed)
    oof: dict[float, dict[int, float]] = {l2: {} for l2 in L2S}
    for f in range(k):
        train_recs = [r for r, x in zip(records, fold) if x != f]
        held = [e for r, x in zip(records, fold) if x == f for e in r["entities"] if e["type"] == type_]
        for l2 in L2S:
            w = fit(train_recs, type_, l2)
            for e, p in zip(held, scores(w, held)):
                oof[l2][id(e)] = p
    judged = [e for r in records for e in r["entities"] if e["type"] == type_ and not e["protected"]]
    if not judged:
        return L2S[0], None

    def loss(l2):
        p = np.clip(np.array([oof[l2][id(e)] for e in judged]), 1e-6, 1 - 1e-6)
        y = np.array([e["label"] for e in judged])
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))

    l2 = min(L2S, key=loss)
    score_of = oof[l2]
    base = f1(tally(records, type_, lambda e: True))
    best, best_t = base, None
    for t in THRESHOLDS:
        got = f1(tally(records, type_, lambda e: e["protected"] or score_of[id(e)] >= t))
        if got > best + 1e-9:
            best, best_t = got, t
    return l2, None if best_t is None else float(best_t)


def crossvalidate(records: list[dict], types) -> dict:
    fold = folds_of(records, FOLDS, SEED)
    held_scores: dict[str, dict[int, float]] = {t: {} for t in types}
    chosen: dict[str, list] = {t: [] for t in types}
    for f in range(FOLDS):
        train_recs = [r for r, x in zip(records, fold) if x != f]
        held = [r for r, x in zip(records, fold) if x == f]
        for t in types:
            l2, thr = choose(train_recs, t, 4, SEED + 1 + f)
            w = fit(train_recs, t, l2)
            chosen[t].append((l2, thr))
            for r in held:
                ents = [e for e in r["entities"] if e["type"] == t]
                for e, p in zip(ents, scores(w, ents)):
                    held_scores[t][id(e)] = p
                    e["cv"] = float(p)
                    e["cv_thr"] = thr
        print(f"fold {f + 1}: (L2, threshold) {', '.join(f'{t} {chosen[t][-1]}' for t in types)}", flush=True)
    table = {}
    for t in types:
        for group in ("tune", "local"):
            recs = [r for r in records if r["group"] == group]
            before = tally(recs, t, lambda e: True).row()
            after = tally(recs, t, lambda e: e["protected"] or e.get("cv_thr") is None or e["cv"] >= e["cv_thr"]).row()
            table[(t, group)] = (before, after)
    return {"table": table, "chosen": chosen}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--localtexts", type=Path, help="folder of the local texts (localx/, localy/, localz/)")
    ap.add_argument("--tune-texts", type=Path, help="folder of the tune texts (e.g. /tmp/evalin); default ../shared")
    ap.add_argument("--cache", type=Path, help="the extracted entities: read when present, else written")
    ap.add_argument("--out", type=Path, help="write the weights and thresholds trained on every report here")
    ap.add_argument("--table", type=Path, help="write the held-out table (and per-entity scores) here as JSON")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        records = [json.loads(line) for line in args.cache.read_text("utf-8").splitlines()]
        print(f"entities read from {args.cache}", flush=True)
    else:
        records = collect(args)
        if args.cache:
            args.cache.parent.mkdir(parents=True, exist_ok=True)
            args.cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    for r in records:
        for e in r["entities"]:
            e["x"] = ef.hashed(ef.features(e["raw"]))
    types = ef.TYPES
    print(f"reports: {sum(r['group'] == 'tune' for r in records)} tune, {sum(r['group'] == 'local' for r in records)} "
          f"local", flush=True)
    for t in types:
        ents = [e for r in records for e in r["entities"] if e["type"] == t and not e["protected"]]
        print(f"  {t}: {len(ents)} entities to judge, {sum(e['label'] for e in ents)} right, "
              f"{sum(1 - e['label'] for e in ents)} wrong", flush=True)
    cv = crossvalidate(records, types)
    on = {}
    print(f"\n{'type':12}{'group':7}{'F1 before':>10}{'after':>8}{'ΔP':>8}{'ΔR':>8}  (held-out, 5-fold over reports)")
    for t in types:
        gains = []
        for group in ("tune", "local"):
            b, a = cv["table"][(t, group)]
            gains.append(a["f1"] - b["f1"])
            print(f"{t:12}{group:7}{b['f1']:>10.3f}{a['f1']:>8.3f}{a['precision'] - b['precision']:>+8.3f}"
                  f"{a['recall'] - b['recall']:>+8.3f}  ({b['predicted']}->{a['predicted']} predicted, "
                  f"{b['matched']}->{a['matched']} matched of {b['gold']})")
        on[t] = all(g > 0 for g in gains)
    final, strength = {}, {}
    for t in types:
        strength[t], final[t] = choose(records, t, FOLDS, SEED)
        final[t] = final[t] if on[t] else None
    print("\nturned on: " + (", ".join(f"{t} (threshold {final[t]})" for t in types if final[t] is not None) or "none"))
    if args.table:
        args.table.parent.mkdir(parents=True, exist_ok=True)
        args.table.write_text(json.dumps({
            "table": {f"{t}|{g}": v for (t, g), v in cv["table"].items()}, "chosen": cv["chosen"], "final": final,
            "entities": [{"group": r["group"], "set": r["set"], "report": r["report"], "type": e["type"],
                          "name": e["name"], "label": e["label"], "cv": e.get("cv"), "protected": e["protected"]}
                         for r in records for e in r["entities"]]}, ensure_ascii=False, indent=0), "utf-8")
    if args.out:
        weights = {t: fit(records, t, strength[t]).astype(np.float32) for t in types}
        args.out.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(args.out / "weights.npz", **weights)
        (args.out / "thresholds.json").write_text(json.dumps(final, indent=1) + "\n", "utf-8")
        print(f"weights and thresholds written to {args.out}")


if __name__ == "__main__":
    main()
