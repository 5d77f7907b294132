"""Cross-validation of the learned recognizer's merge modes (README, "A learned component") over the TUNE split only.

    python scripts/cv_modes.py [--models DIR] [--out DIR] [--variants rules union model intersect] [--chosen T=MODE ...]

The tune reports are cut into three folds (FOLDS, spread over levels). For each fold a model is trained on the other
tune reports (scripts/train_ner.py --holdout, into DIR/<fold>, skipped when present); then the files holding the
fold's reports are built once per variant — the rules alone, or the rules with that fold's model merged in one mode
for every type (`--chosen Project=union …`: a mode per type, the others on the rules) — and scored against the
fold's gold only. Summed over the folds, each report scored by a model that never saw it, it prints P/R/F1 per type
and variant. Nothing of the test split is printed: its reports share files with tune ones and are built, not scored."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))

from extractors.learned import MERGE_MODES  # noqa: E402

SHARED = HERE.parent / "shared"
GOLD = HERE / "tests" / "gold"
TYPES = ("Place", "Strategy", "Program", "Formulation", "Zone", "Project", "Enterprise", "Event", "Policy")
FOLDS = {  # the 22 tune reports of 2026-11-30 (河北 2023 and 2025 joined later): national, provincial, local in each
    "A": ("national-1998", "national-2015", "hebei-2022", "jilin-2026", "sichuan-2026", "cangzhou-2025",
          "tianmen-2022", "xiamen-2019"),
    "B": ("national-2008", "national-2021", "hebei-2019", "hubei-2026", "tianjin-2026", "chenzhou-2022",
          "dezhou-2024"),
    "C": ("national-2022", "liaoning-2022", "jiangxi-2026", "zhejiang-2026", "dongli-2022", "shijiazhuang-2025",
          "xiangyang-2022"),
}


def train(fold: str, models: Path) -> Path:
    out = models / fold
    if not (out / "config.cfg").exists():
        subprocess.run([sys.executable, str(HERE / "scripts" / "train_ner.py"), "--out", str(out),
                        "--holdout", *FOLDS[fold]], check=True)
    return out


def pipeline(model: Path | None, modes: dict[str, str]):
    from extractors.nlp import RELATIONS, RULES, create_nlp

    nlp = create_nlp(components=(*RULES, RELATIONS))
    if model is not None:
        nlp.add_pipe("kg_learned", before=RELATIONS, config={"model": str(model), "modes": modes})
    return nlp


def score(fold: str, variant: str, modes: dict[str, str], model: Path | None, out: Path) -> dict[str, dict]:
    """Build the files of the fold's reports with the variant's pipeline; the fold's entity counts by type (kept in
    OUT/<fold>-<variant>.json and read from there when present)."""
    import kg.build
    from kg import api
    from kg.build import LocalEngine, build
    from kg.evaluate import by_split, read_gold

    cached = out / f"{fold}-{variant}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    rows, headers = read_gold(GOLD)
    if any(headers[k]["split"] != "tune" for k in FOLDS[fold]):
        raise SystemExit(f"fold {fold} holds a report outside the tune split")
    headers = {k: {**headers[k], "split": "tune"} for k in FOLDS[fold]}
    rows = [r for r in rows if r["report"] in headers]
    files = sorted({SHARED / h["source"] for h in headers.values()})
    kg.build._NLP.clear()
    kg.build._NLP[False] = pipeline(model, modes)  # the pipeline LocalEngine forks with
    db = out / f"{fold}-{variant}.lbdb"
    t0 = time.perf_counter()
    build(files, db, engine=LocalEngine(workers=2))
    seconds = time.perf_counter() - t0
    g = api.open(db)
    try:
        scores, _, missing = by_split(g.store, rows, headers)
    finally:
        g.close()
    if missing:
        raise SystemExit(f"no built report for {missing}")
    counts = {r["type"]: r for r in scores if r["kind"] == "entity"}
    cached.write_text(json.dumps(counts))
    print(f"fold {fold} {variant:9} build {seconds:5.1f} s  F1 "
          + " ".join(f"{t} {counts[t]['f1']:.3f}" for t in TYPES if t in counts), flush=True)
    return counts


def prf(m: int, p: int, g: int) -> str:
    pr, rc = m / p if p else 0.0, m / g if g else 0.0
    return f"{pr:.3f}/{rc:.3f}/{2 * pr * rc / (pr + rc) if pr + rc else 0.0:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, default=Path("/tmp/kg-cv-models"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/kg-cv"))
    ap.add_argument("--variants", nargs="*", default=list(MERGE_MODES), choices=MERGE_MODES)
    ap.add_argument("--chosen", nargs="*", default=[], metavar="TYPE=MODE", help="one more variant: a mode per type")
    ap.add_argument("--folds", nargs="*", default=list(FOLDS), choices=list(FOLDS))
    args = ap.parse_args()
    variants = {v: {t: v for t in TYPES} for v in args.variants}
    if args.chosen:
        if bad := [c for c in args.chosen if c.partition("=")[0] not in TYPES or c.partition("=")[2] not in MERGE_MODES]:
            ap.error(f"--chosen takes TYPE=MODE (a type of {', '.join(TYPES)}; a mode of {', '.join(MERGE_MODES)}): {bad[0]}")
        chosen = dict(c.split("=", 1) for c in args.chosen)
        variants["chosen-" + "-".join(f"{t}.{m}" for t, m in sorted(chosen.items()))] = \
            {t: "rules" for t in TYPES} | chosen
    args.out.mkdir(parents=True, exist_ok=True)
    total: dict[tuple[str, str], list[int]] = {}
    for fold in args.folds:
        model = train(fold, args.models) if any(m != "rules" for v in variants.values() for m in v.values()) else None
        for variant, modes in variants.items():
            used = model if any(m != "rules" for m in modes.values()) else None
            for t, r in score(fold, variant, modes, used, args.out).items():
                c = total.setdefault((t, variant), [0, 0, 0])
                c[0] += r["matched"]
                c[1] += r["predicted"]
                c[2] += r["gold"]
    print("\nheld-out P/R/F1 over the folds " + ", ".join(args.folds) + " (matched/predicted/gold summed)")
    print("| type | " + " | ".join(variants) + " |")
    print("| --- |" + " --- |" * len(variants))
    for t in TYPES:
        print(f"| {t} | " + " | ".join(prf(*total[(t, v)]) if (t, v) in total else "" for v in variants) + " |")


if __name__ == "__main__":
    main()
