"""Train the learned entity recognizer (extractors/learned.py) on the tune gold and on silver from the rules.

    python scripts/train_ner.py [--out extractors/model] [--holdout KEY ...] [--epochs N] [--silver-share F]

Examples are sentences of report.norm, one token a character. Gold: every occurrence of every name of a TUNE gold
report (tests/gold, the header's split), longest first. Silver: what the rules find in the reports of
../shared/corpus-dev that hold no gold report. The TEST split's reports are never read: their files are not opened
(d05, d19, d33; corpus/002 and corpus/003's test reports are skipped by issuer and year), nor the copy of the 2016
national report inside d09, nor a file RESERVED while it is annotated as fresh gold. Fixed seed; the same data give the same weights."""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import filter_spans, fix_random_seed, minibatch  # noqa: E402

from kg.evaluate import _norm, read_gold  # noqa: E402
from kg.model import Report  # noqa: E402
from extractors.nlp import components, create_nlp  # noqa: E402
from kg.pipeline import extract_report, read_corpus  # noqa: E402

SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
GOLD_FILES = {"corpus", "d02_national_2008.txt", "d05_national_2016.txt", "d08_national_2022.txt",
              "d14_zhejiang_2026.csv", "d19_henan_2026.csv", "d33_hebei_2003.txt", "d09_national_1954-2017_multi.txt",
              "d20_hubei_2026.csv", "d23_sichuan_2026.csv", "d35_hebei_2019_filed-as-2018.txt", "d11_tianjin_2026.csv",
              "d17_jiangxi_2026.csv", "d26_jilin_2026.csv", "d04_national_2015.txt", "d07_national_2021.tmx",
              "d30_hebei_2023.txt", "d32_hebei_2025.txt", "d01_national_2004.txt", "d03_national_2012.txt",
              "d13_jiangsu_2026.csv", "d18_shandong_2026.csv", "d22_guangdong_2026.csv",
              "d06_national_2018.txt", "d21_hunan_2026.csv", "d34_hebei_2009.txt", "d10_beijing_2026.csv",
              "d12_shanghai_2026.csv", "d15_anhui_2026.csv", "d16_fujian_2026.csv", "d24_shaanxi_2026.csv",
              "d25_shanxi_2026.csv", "d31_hebei_2024.txt"}
TEST_FILES = {"d05_national_2016.txt", "d19_henan_2026.csv", "d33_hebei_2003.txt"}
RESERVED: set[str] = set()  # files being annotated as fresh gold: never read, not even as silver (none now)
SEED = 1
LABELS = ("Place", "Strategy", "Program", "Formulation", "Zone", "Project", "Enterprise", "Event", "Policy")
CONFIG = {  # a character CNN: ±8 characters of context; hashed embeddings of the character and its shape
    "width": 96, "depth": 4, "window": 1, "rows": [6000, 50],
}


def _key(report: Report) -> tuple[str, int | None]:
    return (report.issuer.name if report.issuer else "", report.year)


def spans_of(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Every occurrence of every (type, name) in text, names normalized as kg eval does; longest first, no overlaps."""
    found = []
    for type_, name in names:
        n = _norm(name)
        if len(n) < 2:
            continue
        i = text.find(n)
        while i >= 0:
            found.append((i, i + len(n), type_))
            i = text.find(n, i + 1)
    kept: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for s, e, t in sorted(found, key=lambda x: (x[0] - x[1], x[0], LABELS.index(x[2]))):
        if not any(taken[s:e]):
            kept.append((s, e, t))
            taken[s:e] = [True] * (e - s)
    return sorted(kept)


def gold_examples(nlp, holdout: set[str]) -> tuple[list[Example], list[str]]:
    """Sentences of the tune gold reports (but the held-out keys) with the gold names projected onto them."""
    rows, headers = read_gold(GOLD)
    wanted = {(h["issuer"], h["year"]): key for key, h in headers.items()
              if h.get("split") == "tune" and key not in holdout}
    names: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        if "name" in r and r["report"] in wanted.values():
            names.setdefault(r["report"], []).append((r["type"], r["name"]))
    paths = [SHARED / ("corpus" if f == "corpus" else f"corpus-dev/{f}") for f in sorted(GOLD_FILES - TEST_FILES)]
    reports, _, _ = read_corpus(paths)
    out, used = [], []
    for report in reports:
        key = wanted.get(_key(report))
        if key is None or key in used:
            continue  # a test report (corpus/002, corpus/003) or a held-out one: never read; d09's copy of 2008 once
        used.append(key)
        for s in report.sentences:
            text = report.norm[s.start:s.end]
            out.append(example(nlp, text, spans_of(text, names.get(key, []))))
    return out, used


def silver_examples(nlp, workers: int) -> list[Example]:
    """Sentences of the corpus-dev reports outside the gold, with what the rules find in them."""
    paths = sorted(p for p in (SHARED / "corpus-dev").iterdir()
                   if p.suffix != ".md" and p.name not in GOLD_FILES | RESERVED)
    reports, _, _ = read_corpus(paths)
    gold_years = {y for f in GOLD_FILES if (y := f.split("_")[-1].split(".")[0]).isdigit()}
    # d09 holds every national report 1954-2017, among them the gold's 2008 and the test split's 2016
    reports = [r for r in reports if not (r.issuer and r.issuer.level == "national" and str(r.year) in gold_years)]
    out = []
    nlp = create_nlp(components=components())
    for report, ex in ((r, extract_report(nlp, r)) for r in reports):
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for m in ex.mentions:
            sentence = report.sentences[m.sentence]
            start = _norm_index(report, m.start) - sentence.start
            end = _norm_index(report, m.end - 1) + 1 - sentence.start
            spans.setdefault(m.sentence, []).append((start, end, m.type))
        for s in report.sentences:
            out.append(example(nlp, report.norm[s.start:s.end], spans.get(s.index, [])))
    return out


def _norm_index(report: Report, offset: int) -> int:
    import bisect

    return bisect.bisect_left(report.offsets, offset)


def example(nlp, text: str, spans: list[tuple[int, int, str]]) -> Example:
    doc = nlp.make_doc(text)
    gold = nlp.make_doc(text)
    ents = [span for s, e, t in spans if (span := gold.char_span(s, e, label=t)) is not None]
    gold.set_ents(filter_spans(ents), default="outside")  # silver may nest a place in a name: the longest wins
    return Example(doc, gold)


def missing_outside(e: Example) -> Example:
    gold = e.reference.copy()
    gold.set_ents(list(gold.ents), default="missing")
    return Example(e.predicted, gold)


def blank():
    nlp = spacy.blank("zh")  # the character segmenter: one token a character
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": CONFIG["width"],
                              "attrs": ["ORTH", "SHAPE"], "rows": CONFIG["rows"],
                              "include_static_vectors": False},
                    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": CONFIG["width"],
                               "depth": CONFIG["depth"], "window_size": CONFIG["window"], "maxout_pieces": 3}}}})
    return nlp


def train(gold: list[Example], silver: list[Example], epochs: int, silver_share: float, out: Path,
          silver_missing: bool = False) -> None:
    fix_random_seed(SEED)
    rng = random.Random(SEED)
    nlp = blank()
    ner = nlp.get_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    silver = [e for e in silver if len(e.reference) and (e.reference.ents or not silver_missing)]
    nlp.initialize(lambda: gold + silver[:200])
    optimizer = nlp.create_optimizer()
    n_silver = int(len(gold) * silver_share / max(1e-9, 1 - silver_share)) if silver_share < 1 else len(silver)
    for epoch in range(epochs):
        batch_pool = gold + rng.sample(silver, min(n_silver, len(silver)))
        rng.shuffle(batch_pool)
        losses: dict[str, float] = {}
        t = time.perf_counter()
        for batch in minibatch(batch_pool, size=32):
            nlp.update(batch, drop=0.15, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f} ({len(batch_pool)} sentences, "
              f"{time.perf_counter() - t:.0f} s)", flush=True)
    out.mkdir(parents=True, exist_ok=True)
    with nlp.use_params(optimizer.averages):
        nlp.to_disk(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "extractors" / "model")
    ap.add_argument("--holdout", nargs="*", default=[], help="tune gold keys left out (for development)")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--silver-share", type=float, default=0.0, help="share of silver sentences in each epoch")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--silver-missing", action="store_true", help="silver characters outside matches unannotated")
    ap.add_argument("--silver-cache", type=Path, help="keep the silver examples in this file (reused when present)")
    args = ap.parse_args()
    nlp = blank()
    gold, used = gold_examples(nlp, set(args.holdout))
    print(f"gold: {len(gold)} sentences of {len(used)} tune reports ({', '.join(sorted(used))})", flush=True)
    silver = []
    if args.silver_share > 0 and args.silver_cache and args.silver_cache.exists():
        docs = list(DocBin().from_disk(args.silver_cache).get_docs(nlp.vocab))
        silver = [Example(nlp.make_doc(d.text), d) for d in docs]
    if args.silver_missing:  # the rules miss names: outside their matches the silver says nothing
        silver = [missing_outside(e) for e in silver]
    elif args.silver_share > 0:
        silver = silver_examples(nlp, args.workers)
        if args.silver_cache:
            DocBin(docs=[e.reference for e in silver]).to_disk(args.silver_cache)
    print(f"silver: {len(silver)} sentences", flush=True)
    train(gold, silver, args.epochs, args.silver_share, args.out, args.silver_missing)
    (args.out / "kg_training.json").write_text(json.dumps(
        {"seed": SEED, "epochs": args.epochs, "silver_share": args.silver_share, "holdout": sorted(args.holdout),
         "gold_reports": sorted(used), "gold_sentences": len(gold), "silver_sentences": len(silver), **CONFIG},
        ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
