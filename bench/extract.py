"""Benchmark: CPU seconds of extraction per core, this checkout against another, alternated in the same run.

    python bench/extract.py --other 9c53bb8 [CORPUS ...] [--rounds 5]
    python bench/extract.py --other /work/main --check [CORPUS ...]

Each checkout runs in its own child process (same interpreter, PYTHONPATH the checkout): it reads the corpus, loads
the pipeline and extracts every report once untimed (model loaded, gazetteer and caches warm), then on each round
extracts every report again and reports time.process_time spent. The rounds alternate the two children, so both see
the same machine load. --other takes a path of a checkout or a commit (checked out for the run in a temporary
detached worktree). --check compares the extractions (every mention, candidate and relation, places resolved) and,
where both checkouts make them, the shards, and exits 1 at the first report that differs. Both children run with
the same PYTHONHASHSEED (0 unless set)."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = HERE.parent / "shared" / "corpus"


def own_data(checkout: Path) -> None:
    """Map kg.ontology and kg.queries to the checkout's own folders: the installed package maps them to the folders
    of the checkout it was installed from, so the other checkout would read this one's lexicons and vocabularies."""
    import importlib.util

    for name, folder in (("kg.ontology", "ontology"), ("kg.queries", "queries")):
        path = checkout / folder
        spec = importlib.util.spec_from_file_location(name, path / "__init__.py", submodule_search_locations=[str(path)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


def serve(checkout: Path, corpora: list[str]) -> None:
    """The child: extract on each "run" line of stdin, answer with one JSON line."""
    sys.path.insert(0, str(checkout))
    own_data(checkout)
    from extractors.extract import extract
    from extractors.nlp import create_nlp
    from kg.pipeline import read_corpus
    from kg.resolve import resolve_places

    try:
        from kg.graph import report_shard
    except ImportError:
        report_shard = None
    import extractors

    reports = read_corpus(corpora)[0]
    nlp = create_nlp()

    def extract_all():
        out = []
        for r in reports:
            ex = extract(nlp, r)
            out.append(type(ex)(ex.report_id, tuple(resolve_places(r, ex.mentions)), ex.candidates, ex.relations))
        return out

    extract_all()  # warm: gazetteer, lexicons, caches
    hello = {"code": str(Path(extractors.__file__).resolve().parents[1]), "reports": len(reports),
             "chars": sum(r.chars for r in reports),
             "sentences": sum(len(r.sentences) for r in reports)}
    print(json.dumps(hello), flush=True)
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "run":
            t0 = time.process_time()
            extract_all()
            print(json.dumps({"cpu": time.process_time() - t0}), flush=True)
        elif cmd == "dump":
            with open(arg, "w", encoding="utf-8") as f:
                for r, ex in zip(reports, extract_all()):
                    f.write(repr(ex) + "\n")
                    if report_shard is not None:
                        f.write(json.dumps(report_shard(r, ex), ensure_ascii=False, sort_keys=True, default=repr) + "\n")
            print(json.dumps({"dumped": arg}), flush=True)
        else:
            return


class Child:
    def __init__(self, checkout: Path, corpora: list[str]):
        # one hash seed for both: main's rules read some sets in hash order (e.g. projects._CLASSIFYING's words of
        # one length), so two processes may extract differently whatever the code
        env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--serve", str(checkout),
                                      *corpora], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                                     cwd=checkout)
        self.hello = self._answer()

    def _answer(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"the child of {self.hello.get('code') if hasattr(self, 'hello') else '?'} died")
        return json.loads(line)

    def ask(self, line: str) -> dict:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait()


@contextmanager
def checkout_of(other: str):
    """A path of a checkout as given, or a commit checked out in a temporary detached worktree."""
    if Path(other).is_dir():
        yield Path(other).resolve()
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "other"
        subprocess.run(["git", "-C", str(HERE), "worktree", "add", "--quiet", "--detach", str(work), other], check=True)
        try:
            yield work
        finally:
            subprocess.run(["git", "-C", str(HERE), "worktree", "remove", "--force", str(work)], check=True)


def check(children: dict[str, Child]) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        dumps = {}
        for name, child in children.items():
            dumps[name] = Path(tmp) / f"{name}.txt"
            child.ask(f"dump {dumps[name]}")
        a, b = (p.read_text(encoding="utf-8").splitlines() for p in dumps.values())
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            at = next((j for j, (u, v) in enumerate(zip(x, y)) if u != v), min(len(x), len(y)))
            print(f"differ at line {i + 1}, character {at}:\n  other: …{x[max(0, at - 300):at + 300]}\n"
                  f"  this:  …{y[max(0, at - 300):at + 300]}")
            return False
    if len(a) != len(b):
        print(f"differ: {len(a)} lines against {len(b)}")
        return False
    print(f"identical: {len(a)} lines (extractions{' and shards' if len(a) > children['this'].hello['reports'] else ''})")
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="*", default=[str(DEFAULT_CORPUS)])
    ap.add_argument("--other", help="a path of another checkout, or a commit")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="compare the outputs instead of timing")
    ap.add_argument("--serve", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        return serve(Path(args.serve), args.corpora)
    if not args.other:
        ap.error("--other is required")
    corpora = [str(Path(c).resolve()) for c in args.corpora]
    with checkout_of(args.other) as other:
        children = {"other": Child(other, corpora), "this": Child(HERE, corpora)}
        try:
            for name, child in children.items():
                print(f"{name:5}  {child.hello['code']}  {child.hello['reports']} reports, "
                      f"{child.hello['chars']:,} chars, {child.hello['sentences']:,} sentences")
            if args.check:
                ok = check(children)
                raise SystemExit(0 if ok else 1)
            chars = children["this"].hello["chars"]
            ratios = []
            for r in range(args.rounds):
                cpu = {}
                for name in (("other", "this") if r % 2 == 0 else ("this", "other")):
                    cpu[name] = children[name].ask("run")["cpu"]
                ratios.append(cpu["other"] / cpu["this"])
                print(f"round {r + 1}  other {cpu['other']:6.2f} s ({chars / cpu['other']:7,.0f} chars/CPU-s)  "
                      f"this {cpu['this']:6.2f} s ({chars / cpu['this']:7,.0f} chars/CPU-s)  ratio {ratios[-1]:.2f}x")
            ratios.sort()
            print(f"ratio other/this over {len(ratios)} rounds: {ratios[0]:.2f}-{ratios[-1]:.2f}x, "
                  f"median {ratios[len(ratios) // 2]:.2f}x")
        finally:
            for child in children.values():
                child.close()


if __name__ == "__main__":
    main()
