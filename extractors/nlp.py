"""The spaCy pipeline: blank Chinese with the pkuseg segmenter, vocabulary and gazetteer terms kept whole."""
from __future__ import annotations

import contextlib
import importlib.util
import itertools
import os
import re
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy import util
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokens import Doc

from extractors.segmenter import speed_up
from kg.stores.durable import dead_leftovers, fsync, human, remove, size

MODEL_FILES = ("features.msgpack", "weights.npz")


def cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")


CONVERTING = "pkuseg-ctb8.converting-"  # + the pid of the converting process
LEGACY_AGE = 3600  # seconds after which a tmp… folder of an older kg's conversion is surely abandoned


def pkuseg_model() -> Path:
    """The ctb8 model of the pkuseg package, converted once into the user cache.

    The conversion works in a folder named with its pid and renames the result into place, so a killed conversion
    leaves only that folder, which the next call removes."""
    target = cache_dir() / "pkuseg-ctb8"
    _remove_dead_conversions(target.parent)
    if _complete(target):
        return target
    spec = importlib.util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the pkuseg package (which ships the segmentation model) is not installed")
    source = Path(next(iter(spec.submodule_search_locations))) / "models" / "ctb8"
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.parent / f"{CONVERTING}{os.getpid()}"
    try:
        shutil.copytree(source, work / "ctb8")
        import spacy_pkuseg

        with contextlib.redirect_stdout(sys.stderr):  # its notes are not the command's output
            spacy_pkuseg.pkuseg(model_name=str(work / "ctb8"))  # converts the old format in place
        done = work / "done"
        done.mkdir()
        for f in MODEL_FILES:
            (work / "ctb8" / f).rename(done / f)
            fsync(done / f)
        if target.exists() and not _complete(target):
            shutil.rmtree(target)
        try:
            done.rename(target)
        except OSError:
            if not _complete(target):  # else another process converted it first
                raise
        fsync(target.parent)
    finally:
        remove(work)
    return target


def _complete(model: Path) -> bool:
    return all((model / f).exists() for f in MODEL_FILES)


def _remove_dead_conversions(cache: Path) -> None:
    """Remove, with a note, the folders of killed conversions: ours (pid gone) and older kg's (tmp…, long unused)."""
    leftovers = [p for paths in dead_leftovers(cache, rf"{re.escape(CONVERTING)}(\d+)").values() for p in paths]
    if cache.is_dir():
        leftovers += [p for p in cache.glob("tmp*") if (p / "ctb8").is_dir()
                      and time.time() - p.stat().st_mtime > LEGACY_AGE]
    for p in leftovers:
        freed = size(p)
        remove(p)
        print(f"note: removed {p} ({human(freed)}), left by a killed conversion of the segmentation model",
              file=sys.stderr)


RULES = ("kg_places", "kg_concepts", "kg_policies", "kg_events", "kg_zones", "kg_projects", "kg_programs",
         "kg_formulations", "kg_enterprises", "kg_strategies_inside")  # earlier components claim characters first
LEARNED = "kg_learned"  # optional: its names are merged in before relations are read
HELD = "kg_unissued"  # drops the titles held unissued once every family, the learned one too, has named things
RELATIONS = "kg_relations"


def components(learned: bool = False) -> tuple[str, ...]:
    """The pipeline's components: the rules, the learned recognizer when asked for, the held titles' drop, then
    relations."""
    return (*RULES, *((LEARNED,) if learned else ()), HELD, RELATIONS)


def create_nlp(user_terms: list[str] | None = None, components: tuple[str, ...] = components()) -> Language:
    """A blank zh pipeline segmenting with pkuseg, with the kg components added."""
    from extractors import (enterprises, events, formulations, learned, places, policies,  # noqa: F401
                            programs, projects, relations, strategies, zones)  # the imports register the factories

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_model()))
    speed_up(nlp.tokenizer.pkuseg_seg)
    nlp.tokenizer.__class__ = Tokenizer  # the same tokenizer, its words' offsets kept
    if user_terms is None:
        user_terms = default_user_terms()
    nlp.tokenizer.pkuseg_update_user_dict(sorted(set(user_terms)))
    for name in components:
        nlp.add_pipe(name)
    return nlp


class Tokenizer(ChineseTokenizer):
    """spaCy's pkuseg tokenizer, keeping the words' offsets it knows on the Doc (base.token_bounds), and aligning the
    words with the text only where the text has whitespace (elsewhere the words are the text)."""

    def __call__(self, text: str) -> Doc:
        words = self.pkuseg_seg.cut(text)
        if "".join(words) != text:
            return Doc(self.vocab, *util.get_words_and_spaces(words, text))
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        ends = list(itertools.accumulate(map(len, words)))
        doc.user_data["kg_bounds"] = list(zip([0, *ends[:-1]], ends))
        return doc


def default_user_terms() -> list[str]:
    """Vocabulary labels. Place names stay out: forced into the segmenter they split words (新增城区 → 新|增城区)."""
    from kg import vocab

    terms = []
    for c in vocab.load():
        terms += [c.pref_label, *c.alt_labels, *c.region_labels]
    return terms
