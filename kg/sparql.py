"""The SPARQL twins of the named queries (queries/sparql/), run with rdflib on the exported graph."""
from __future__ import annotations

import re

from rdflib import Graph as RDFGraph, Literal

from kg.export.rdf import Iris
from kg.querylib import NamedQuery


def substitute(query: NamedQuery, bound: dict, iris: Iris) -> str:
    """The query text with each parameter variable replaced by its RDF term (IRIs for places and strategies)."""
    text = query.text
    for p in query.params:
        value = bound[p.name]
        term = iris.node(p.kind, value) if p.kind in ("Strategy", "Place") else Literal(value)
        text = re.sub(rf"\?{p.name}\b", lambda _: term.n3(), text)
    return text


def run(data: RDFGraph, query: NamedQuery, bound: dict, iris: Iris) -> tuple[list[str], list[dict]]:
    result = data.query(substitute(query, bound, iris))
    columns = [str(v) for v in result.vars]
    rows = [{c: (None if row[i] is None else row[i].toPython()) for i, c in enumerate(columns)} for row in result]
    return columns, rows
