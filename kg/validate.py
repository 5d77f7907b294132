"""SHACL validation of the RDF export against ontology/shapes.ttl."""
from __future__ import annotations

from rdflib import Graph as RDFGraph, Namespace
from rdflib.namespace import RDF

from kg.schema import ontology_file

SH = Namespace("http://www.w3.org/ns/shacl#")


def shapes() -> RDFGraph:
    g = RDFGraph()
    g.parse(data=ontology_file("shapes.ttl").read_text("utf-8"), format="turtle")
    return g


def violations(data: RDFGraph) -> list[dict]:
    """One row per SHACL result: severity, focus node, path, value and message."""
    import pyshacl

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    rows = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        def get(p):
            v = report.value(result, p)
            return None if v is None else str(v)
        rows.append({"severity": (get(SH.resultSeverity) or "").rsplit("#", 1)[-1], "focus": get(SH.focusNode),
                     "path": get(SH.resultPath), "value": get(SH.value), "message": get(SH.resultMessage)})
    return sorted(rows, key=lambda r: (r["focus"] or "", r["path"] or ""))
