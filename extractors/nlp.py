"""The spaCy pipeline: blank Chinese with the pkuseg segmenter, vocabulary and gazetteer terms kept whole."""
from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_FILES = ("features.msgpack", "weights.npz")


def cache_dir() -> Path:
    return Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg")


def pkuseg_model() -> Path:
    """The ctb8 model of the pkuseg package, converted once into the user cache."""
    target = cache_dir() / "pkuseg-ctb8"
    if all((target / f).exists() for f in MODEL_FILES):
        return target
    spec = importlib.util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the pkuseg package (which ships the segmentation model) is not installed")
    source = Path(next(iter(spec.submodule_search_locations))) / "models" / "ctb8"
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        work = Path(tmp) / "ctb8"
        shutil.copytree(source, work)
        import spacy_pkuseg

        spacy_pkuseg.pkuseg(model_name=str(work))  # converts the old format in place
        done = Path(tmp) / "done"
        done.mkdir()
        for f in MODEL_FILES:
            shutil.move(str(work / f), done / f)
        if target.exists():
            shutil.rmtree(target)
        done.rename(target)
    return target


RULES = ("kg_places", "kg_concepts", "kg_policies", "kg_events", "kg_zones", "kg_projects", "kg_programs",
         "kg_formulations", "kg_enterprises")  # earlier components claim characters first
COMPONENTS = (*RULES, "kg_learned", "kg_relations")  # the learned names merged in before relations are read


def create_nlp(user_terms: list[str] | None = None, components: tuple[str, ...] = COMPONENTS) -> Language:
    """A blank zh pipeline segmenting with pkuseg, with the kg components added."""
    from extractors import (enterprises, events, formulations, learned, places, policies,  # noqa: F401
                            programs, projects, relations, strategies, zones)  # the imports register the factories

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_model()))
    if user_terms is None:
        user_terms = default_user_terms()
    nlp.tokenizer.pkuseg_update_user_dict(sorted(set(user_terms)))
    for name in components:
        nlp.add_pipe(name)
    return nlp


def default_user_terms() -> list[str]:
    """Vocabulary labels. Place names stay out: forced into the segmenter they split words (新增城区 → 新|增城区)."""
    from kg import vocab

    terms = []
    for c in vocab.load():
        terms += [c.pref_label, *c.alt_labels, *c.region_labels]
    return terms
