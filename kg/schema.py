"""ontology/kg.ttl read into the schema every store derives its tables and constraints from."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

KG = Namespace("https://w3id.org/kg-gov-reports/ontology#")
_TYPES = {XSD.string: "STRING", XSD.integer: "INT64", XSD.double: "DOUBLE", XSD.boolean: "BOOLEAN"}


def ontology_file(name: str):
    return resources.files("kg.ontology").joinpath(name)


def data_file(name: str):
    return resources.files("kg.ontology.data").joinpath(name)


@dataclass(frozen=True)
class Property:
    name: str
    type: str  # STRING | INT64 | DOUBLE | BOOLEAN
    multi: bool


@dataclass(frozen=True)
class NodeType:
    label: str
    properties: tuple[Property, ...]  # the key property id first


@dataclass(frozen=True)
class RelType:
    name: str
    pairs: tuple[tuple[str, str], ...]  # (from label, to label)
    properties: tuple[Property, ...]


@dataclass(frozen=True)
class Schema:
    nodes: dict[str, NodeType]
    rels: dict[str, RelType]


def _local(iri) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _classes(g: Graph, node) -> list:
    """The named classes a domain or range denotes, expanding owl:unionOf and abstract superclasses."""
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return [c for member in Collection(g, union) for c in _classes(g, member)]
    subs = list(g.subjects(RDFS.subClassOf, node))
    if subs:
        return [c for s in subs for c in _classes(g, s)]
    return [node]


@lru_cache(maxsize=1)
def graph() -> Graph:
    g = Graph()
    g.parse(data=ontology_file("kg.ttl").read_text("utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def schema() -> Schema:
    g = graph()
    rdf_only = set(g.subjects(KG.rdfOnly, Literal(True)))
    labels = [c for c in g.subjects(RDF.type, OWL.Class)
              if str(c).startswith(str(KG)) and not list(g.subjects(RDFS.subClassOf, c)) and c not in rdf_only]

    def prop(p) -> Property:
        multi = g.value(p, KG.multiValued) == Literal(True)
        return Property(_local(p), _TYPES[g.value(p, RDFS.range)], multi)

    edge_props = set(g.objects(None, KG.edgeProperty))
    node_props: dict[URIRef, list[Property]] = {c: [] for c in labels}
    for p in sorted(set(g.subjects(RDF.type, OWL.DatatypeProperty)) - rdf_only):
        domain = g.value(p, RDFS.domain)
        if domain is None and p in edge_props:
            continue
        for c in (_classes(g, domain) if domain is not None else labels):
            if c in node_props:  # not the RDF-only classes
                node_props[c].append(prop(p))
    nodes = {}
    for c in sorted(labels):
        props = sorted(node_props[c], key=lambda q: (q.name != "id", q.name))
        nodes[_local(c)] = NodeType(_local(c), tuple(props))
    rels = {}
    for p in sorted(set(g.subjects(RDF.type, OWL.ObjectProperty)) - rdf_only):
        pairs = tuple((_local(a), _local(b)) for a in _classes(g, g.value(p, RDFS.domain))
                      for b in _classes(g, g.value(p, RDFS.range)))
        props = tuple(sorted((prop(q) for q in g.objects(p, KG.edgeProperty)), key=lambda q: q.name))
        rels[_local(p)] = RelType(_local(p), pairs, props)
    return Schema(nodes, rels)
