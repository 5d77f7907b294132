"""The graph as RDF: stable IRIs under a configurable base, SKOS concepts, Dublin Core reports, GeoSPARQL places,
citations both direct and n-ary, and PROV-O evidence quoting the source sentences with their offsets.

Every format is written by `write`: N-Triples and Turtle term by term (escaped per the N-Triples line rules), JSON-LD
and RDF/XML by rdflib; literals never hold characters XML 1.0 forbids, so all four formats carry the same graph."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import IO
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph as RDFGraph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, NamespaceManager

from kg.export.files import atomic_write
from kg.model import Graph
from kg.schema import KG, ontology_file

DEFAULT_BASE = "https://w3id.org/kg-gov-reports/"
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
WGS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "xml": "rdf"}
PREFIXES = {"kg": KG, "skos": SKOS, "dcterms": DCTERMS, "prov": PROV, "geo": GEO, "wgs": WGS, "xsd": XSD,
            "rdfs": RDFS, "rdf": RDF, "owl": OWL}
# RFC 3987 absolute IRI, as far as RDF syntaxes care: a scheme, then no space, control or <>"{}|\^` character
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f]+")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # not XML 1.0 characters


def check_base(base: str) -> str:
    """The base itself, or ValueError when it is not an absolute IRI."""
    if not _ABSOLUTE_IRI.fullmatch(base) or _BAD_PERCENT.search(base):
        raise ValueError(f"--base must be an absolute IRI such as https://example.org/kg/, not {base!r}")
    return base


class Iris:
    """Every IRI of the export, from the canonical ids (a place's from its code)."""

    def __init__(self, base: str = DEFAULT_BASE):
        check_base(base)
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(str(p), safe="") for p in parts))

    FOLDERS = {"Place": "place", "Report": "report", "Strategy": "strategy", "Program": "program",
               "Formulation": "formulation", "Candidate": "candidate", "Zone": "zone", "Project": "project",
               "Enterprise": "enterprise", "Event": "event", "Policy": "policy"}

    def node(self, label: str, id: str) -> URIRef:
        return self._iri(self.FOLDERS[label], id)

    def geometry(self, adcode: str) -> URIRef:
        return self._iri("place", adcode, "geometry")

    def citation(self, adcode: str, label: str, concept: str, report: str) -> URIRef:
        """A place's citation of a concept in one report; the concept's type is part of it, as one name may be cited
        as a Strategy and as a Program (美丽X as a headline goal and as a programme)."""
        return self._iri("citation", adcode, self.FOLDERS[label], concept, report)

    def evidence(self, report: str, start: int, end: int) -> URIRef:
        return self._iri("report", report, "sentence", f"{start}-{end}")

    def scheme(self, name: str) -> URIRef:
        return self._iri({"strategies": "strategy", "programs": "program"}.get(name, "formulation"), name)


def _text(value, lang: str | None = None) -> Literal:
    """A string literal; characters XML 1.0 cannot carry (NUL, ESC …) become U+FFFD, keeping offsets aligned."""
    return Literal(_NOT_XML.sub("\ufffd", str(value)), lang=lang)


def _zh(text: str) -> Literal:
    return _text(text, "zh")


def triples(graph: Graph, iris: Iris) -> Iterator[tuple]:
    """All triples, subject by subject (so that writers can stream them)."""
    reports = graph.nodes.get("Report", {})
    issuer = {sid: did for (sl, sid, _, did) in graph.edges.get("ISSUED_BY", {}) if sl == "Report"}
    policy_issuer = {(sl, sid): did for (sl, sid, _, did) in graph.edges.get("ISSUED_BY", {}) if sl == "Policy"}
    broader: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for (sl, sid, dl, did) in graph.edges.get("BROADER", {}):
        broader.setdefault((sl, sid), []).append((dl, did))
    part_of = {sid: did for (_, sid, _, did) in graph.edges.get("PART_OF", {})}

    for label in ("Strategy", "Program", "Formulation"):
        for id_, n in graph.nodes.get(label, {}).items():
            s = iris.node(label, id_)
            yield s, RDF.type, KG[label]
            yield s, RDF.type, SKOS.Concept
            yield s, KG.id, _text(id_)
            yield s, SKOS.prefLabel, _zh(n["name"])
            for alias in n.get("aliases") or []:
                yield s, SKOS.altLabel, _zh(alias)
            # found in the reports but in no curated vocabulary: a concept of the kg:discovered scheme
            yield s, SKOS.inScheme, iris.scheme(n["scheme"]) if n.get("scheme") else KG.discovered
            if n.get("scopeNote"):
                yield s, SKOS.scopeNote, _text(n["scopeNote"], "en")
            for dl, did in broader.get((label, id_), []):
                yield s, SKOS.broader, iris.node(dl, did)
                yield s, KG.BROADER, iris.node(dl, did)

    for adcode, n in graph.nodes.get("Place", {}).items():
        s = iris.node("Place", adcode)
        yield s, RDF.type, KG.Place
        yield s, KG.id, _text(adcode)
        yield s, KG.adcode, _text(adcode)
        yield s, RDFS.label, _zh(n["name"])
        yield s, KG.name, _text(n["name"])
        if n.get("shortName"):
            yield s, SKOS.altLabel, _zh(n["shortName"])
            yield s, KG.shortName, _text(n["shortName"])
        yield s, KG.level, _text(n["level"])
        if adcode in part_of:
            yield s, KG.PART_OF, iris.node("Place", part_of[adcode])
        if n.get("longitude") is not None and n.get("latitude") is not None:
            lon, lat = n["longitude"], n["latitude"]
            yield s, WGS.long, Literal(str(lon), datatype=XSD.decimal)
            yield s, WGS.lat, Literal(str(lat), datatype=XSD.decimal)
            yield s, GEO.hasGeometry, iris.geometry(adcode)
            yield iris.geometry(adcode), RDF.type, GEO.Geometry
            yield iris.geometry(adcode), GEO.asWKT, Literal(f"POINT({lon} {lat})", datatype=GEO.wktLiteral)

    located = {(sl, sid): did for (sl, sid, _, did) in graph.edges.get("LOCATED_IN", {})}
    for label in ("Zone", "Project", "Enterprise", "Event", "Policy"):
        for id_, n in graph.nodes.get(label, {}).items():
            s = iris.node(label, id_)
            yield s, RDF.type, KG[label]
            yield s, KG.id, _text(id_)
            yield s, RDFS.label, _zh(n["name"])
            for alias in n.get("aliases") or []:
                yield s, SKOS.altLabel, _zh(alias)
            for edition in n.get("editions") or []:
                yield s, KG.editions, _text(edition)
            if (label, id_) in located:
                yield s, KG.LOCATED_IN, iris.node("Place", located[(label, id_)])
            if label == "Policy" and ("Policy", id_) in policy_issuer:
                yield s, KG.ISSUED_BY, iris.node("Place", policy_issuer[("Policy", id_)])
    for rel in ("SUPPORTS", "COOPERATES_WITH"):
        for (sl, sid, dl, did) in graph.edges.get(rel, {}):
            yield iris.node(sl, sid), KG[rel], iris.node(dl, did)

    mentioned: dict[str, list[tuple[str, str]]] = {}
    for (_, rid, dl, did) in graph.edges.get("MENTIONS", {}):
        mentioned.setdefault(rid, []).append((dl, did))
    for rid, n in reports.items():
        s = iris.node("Report", rid)
        yield s, RDF.type, KG.Report
        yield s, KG.id, _text(rid)
        yield s, DCTERMS.title, _zh(n["title"])
        yield s, DCTERMS.source, _text(n["source"])
        if n.get("year") is not None:
            yield s, KG.year, Literal(n["year"], datatype=XSD.integer)
        if n.get("deliveredOn"):
            yield s, DCTERMS.issued, Literal(n["deliveredOn"], datatype=XSD.date)
        yield s, KG.chars, Literal(n["chars"], datatype=XSD.integer)
        yield s, KG.issuerMethod, _text(n["issuerMethod"])
        yield s, KG.yearMethod, _text(n["yearMethod"])
        for w in n.get("warnings") or []:
            yield s, KG.warnings, _text(w)
        if rid in issuer:
            yield s, DCTERMS.publisher, iris.node("Place", issuer[rid])
            yield s, KG.ISSUED_BY, iris.node("Place", issuer[rid])
        for dl, did in sorted(mentioned.get(rid, [])):
            yield s, KG.MENTIONS, iris.node(dl, did)

    quoted: set[URIRef] = set()  # evidence sentences shared by several citations are described once
    for (sl, adcode, dl, concept), e in graph.edges.get("CITES", {}).items():
        place, target = iris.node(sl, adcode), iris.node(dl, concept)
        yield place, KG.CITES, target
        evidence = list(zip(e.get("evidenceReports") or [], e.get("evidenceStarts") or [],
                            e.get("evidenceEnds") or [], e.get("evidence") or []))
        for rid, count in zip(e["reports"], e.get("reportCounts") or [None] * len(e["reports"])):
            c = iris.citation(adcode, dl, concept, rid)
            report = iris.node("Report", rid)
            yield c, RDF.type, KG.Citation
            yield c, KG.citingPlace, place
            yield c, KG.citedConcept, target
            yield c, KG.inReport, report
            yield c, PROV.wasDerivedFrom, report
            year = reports.get(rid, {}).get("year")
            if year is not None:
                yield c, KG.year, Literal(year, datatype=XSD.integer)
            if count is not None:
                yield c, KG["count"], Literal(count, datatype=XSD.integer)
            for erid, start, end, text in evidence:
                if erid == rid:
                    yield c, KG.hasEvidence, iris.evidence(rid, start, end)
        for rid, start, end, text in evidence:
            ev = iris.evidence(rid, start, end)
            if ev in quoted:
                continue
            quoted.add(ev)
            yield ev, RDF.type, KG.Evidence
            yield ev, PROV.value, _zh(text)
            yield ev, KG.startOffset, Literal(start, datatype=XSD.integer)
            yield ev, KG.endOffset, Literal(end, datatype=XSD.integer)
            yield ev, KG.inReport, iris.node("Report", rid)
            yield ev, PROV.wasQuotedFrom, iris.node("Report", rid)

    for term, n in graph.nodes.get("Candidate", {}).items():
        s = iris.node("Candidate", term)
        yield s, RDF.type, KG.Candidate
        yield s, RDFS.label, _zh(term)
        yield s, KG["count"], Literal(n["count"], datatype=XSD.integer)
        for rid in n.get("reports") or []:
            yield s, PROV.wasDerivedFrom, iris.node("Report", rid)


def namespaces(iris: Iris) -> NamespaceManager:
    nm = NamespaceManager(RDFGraph(), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        nm.bind(prefix, ns)
    for prefix, folder in (("place", "place/"), ("report", "report/"), ("st", "strategy/"), ("pg", "program/")):
        nm.bind(prefix, Namespace(iris.base + folder))
    return nm


def to_rdflib(graph: Graph, iris: Iris) -> RDFGraph:
    g = RDFGraph(namespace_manager=namespaces(iris))
    for t in triples(graph, iris):
        g.add(t)
    return g


@lru_cache(maxsize=1)
def jsonld_context() -> dict:
    import json

    return json.loads(ontology_file("context.jsonld").read_text("utf-8"))


_ECHAR = {"\t": "\\t", "\b": "\\b", "\n": "\\n", "\r": "\\r", "\f": "\\f", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')
# a prefixed name's local part that every Turtle parser reads back as written (ASCII, no final dot)
_LOCAL = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*(?:[A-Za-z0-9_-]|%[0-9A-Fa-f]{2}))?")


def _string(value: str) -> str:
    """A one-line quoted string, valid in N-Triples and Turtle."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _ECHAR.get(m[0]) or f"\\u{ord(m[0]):04X}", value) + '"'


def _term(t, prefixes: list[tuple[str, str]]) -> str:
    """One term: <iri> or prefix:local (Turtle only), "lexical"@lang or "lexical"^^datatype."""
    if isinstance(t, URIRef):
        for prefix, ns in prefixes:
            if t.startswith(ns) and _LOCAL.fullmatch(t[len(ns):]):
                return f"{prefix}:{t[len(ns):]}"
        return f"<{t}>"
    if t.language:
        return f"{_string(str(t))}@{t.language}"
    if t.datatype is None or t.datatype == XSD.string:
        return _string(str(t))
    if t.datatype == XSD.integer and prefixes and re.fullmatch(r"[+-]?[0-9]+", str(t)):
        return str(t)
    return f"{_string(str(t))}^^{_term(t.datatype, prefixes)}"


def _write_lines(graph: Graph, iris: Iris, f: IO, fmt: str) -> int:
    """N-Triples (one triple a line, full IRIs) or Turtle (prefixes, one block per subject), streamed."""
    prefixes = []
    if fmt == "turtle":
        prefixes = sorted(((p, str(ns)) for p, ns in namespaces(iris).namespaces()), key=lambda x: -len(x[1]))
        f.writelines(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes))
        f.write("\n")
    n, last = 0, None
    for s, p, o in triples(graph, iris):
        n += 1
        po = f"{'a' if prefixes and p == RDF.type else _term(p, prefixes)} {_term(o, prefixes)}"
        if fmt == "nt":
            f.write(f"{_term(s, prefixes)} {po} .\n")
        elif s == last:
            f.write(f" ;\n    {po}")
        else:
            f.write(("" if last is None else " .\n") + f"{_term(s, prefixes)} {po}")
            last = s
    if last is not None:
        f.write(" .\n")
    return n


def write(graph: Graph, out: Path, fmt: str, iris: Iris) -> int:
    """Write the export atomically; N-Triples and Turtle streamed, JSON-LD and RDF/XML built in memory. Returns
    the number of triples."""
    with atomic_write(out) as f:
        if fmt in ("nt", "turtle"):
            return _write_lines(graph, iris, f, fmt)
        g = to_rdflib(graph, iris)
        if fmt == "json-ld":
            f.write(g.serialize(format="json-ld", context=jsonld_context()["@context"], auto_compact=True))
        else:
            f.write(g.serialize(format="xml"))
        return len(g)
