"""The curated SKOS vocabularies of ontology/ (strategies, later programs) as Concept objects."""
from __future__ import annotations

from functools import lru_cache

from rdflib import DCTERMS, RDF, SKOS, Graph

from kg.model import Concept
from kg.schema import KG, ontology_file

VOCABULARIES = ("strategies.ttl", "programs.ttl", "formulations.ttl")
CONCEPT_TYPES = {KG.Strategy: "Strategy", KG.Program: "Program", KG.Formulation: "Formulation"}


def _local(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def _texts(g: Graph, s, p) -> tuple[str, ...]:
    return tuple(sorted({str(o) for o in g.objects(s, p)}))


def parse(ttl: str) -> list[Concept]:
    g = Graph()
    g.parse(data=ttl, format="turtle")
    concepts = []
    for cls, type_name in CONCEPT_TYPES.items():
        for s in g.subjects(RDF.type, cls):
            pref = next((str(o) for o in g.objects(s, SKOS.prefLabel) if o.language == "zh"), None)
            if pref is None:
                raise ValueError(f"concept {s} has no Chinese prefLabel")
            note = next((str(o) for o in g.objects(s, SKOS.scopeNote)), "")
            scheme = g.value(s, SKOS.inScheme)
            concepts.append(Concept(
                id=_local(s), iri=str(s), type=type_name, pref_label=pref,
                alt_labels=tuple(a for a in _texts(g, s, SKOS.altLabel) if a != pref),
                region_labels=_texts(g, s, KG.regionLabel),
                broader=tuple(sorted(_local(b) for b in g.objects(s, SKOS.broader))),
                scope_note=note, scheme=_local(scheme) if scheme else "", provinces=_texts(g, s, DCTERMS.spatial)))
    return sorted(concepts, key=lambda c: c.id)


class Vocabulary:
    def __init__(self, concepts: list[Concept]):
        self.concepts = {c.id: c for c in concepts}
        self.by_label: dict[str, list[Concept]] = {}
        for c in concepts:
            for label in (c.pref_label, *c.alt_labels, *c.region_labels):
                self.by_label.setdefault(label, []).append(c)

    def __iter__(self):
        return iter(self.concepts.values())

    def __len__(self) -> int:
        return len(self.concepts)


@lru_cache(maxsize=1)
def load() -> Vocabulary:
    return Vocabulary([c for name in VOCABULARIES for c in parse(ontology_file(name).read_text("utf-8"))])
