"""What the components leave on a Doc: exact character matches (token spans would round them to words)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the Doc's text
    end: int
    label: str  # ontology class
    key: str = ""  # concept id; empty for places until resolved
    candidates: tuple[str, ...] = ()  # adcodes a place name may denote
    short: bool = False  # place written with its short name alone
    cites: bool = True  # concept named as such, not a region named only as a place


if not Doc.has_extension("kg_matches"):
    Doc.set_extension("kg_matches", default=None)
if not Doc.has_extension("strategy_candidates"):
    Doc.set_extension("strategy_candidates", default=None)


def add_matches(doc: Doc, matches: list[Match]) -> None:
    """Record matches on the Doc, and as token spans in doc.spans[label] for displaCy and other spaCy tools."""
    if doc._.kg_matches is None:
        doc._.kg_matches = []
    doc._.kg_matches.extend(matches)
    spans = [doc.char_span(m.start, m.end, label=m.label, kb_id=m.key, alignment_mode="expand") for m in matches]
    doc.spans[matches[0].label if matches else "kg"] = [s for s in spans if s is not None]
