"""SHACL validation of the RDF export against ontology/shapes.ttl: by default together with the ontology and its
vocabularies under RDFS entailment, as linked-data users read them; or the data alone."""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph as RDFGraph, Namespace
from rdflib.namespace import RDF

from kg.schema import ontology_file

SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY = ("kg.ttl", "strategies.ttl", "programs.ttl", "formulations.ttl")


def _parse(*names: str) -> RDFGraph:
    g = RDFGraph()
    for name in names:
        g.parse(data=ontology_file(name).read_text("utf-8"), format="turtle")
    return g


def shapes() -> RDFGraph:
    return _parse("shapes.ttl")


@lru_cache(maxsize=1)
def ontology() -> RDFGraph:
    """ontology/kg.ttl and the SKOS vocabularies, as one graph."""
    return _parse(*ONTOLOGY)


def violations(data: RDFGraph, with_ontology: bool = True) -> list[dict]:
    """One row per SHACL result: severity, focus node, path, value and message."""
    import pyshacl

    if with_ontology:
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes(), ont_graph=ontology(), inference="rdfs",
                                        allow_warnings=True)
    else:
        _, report, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    rows = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def get(p):
            v = report.value(result, p)
            return None if v is None else str(v)
        rows.append({"severity": (get(SH.resultSeverity) or "").rsplit("#", 1)[-1], "focus": get(SH.focusNode),
                     "path": get(SH.resultPath), "value": get(SH.value), "message": get(SH.resultMessage)})
    return sorted(rows, key=lambda r: (r["focus"] or "", r["path"] or ""))
