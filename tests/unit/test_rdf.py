import json

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef

from kg import querylib
from kg.export.rdf import DEFAULT_BASE, KG, Iris, to_rdflib
from kg.schema import graph as ontology
from kg.stores.ladybug import Store, write_database
from kg.validate import violations
from tests.conftest import run

PARSERS = {"turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "xml": "xml"}
SAMPLE = {"Strategy": "京津冀协同发展", "Place": "德州", "int": "1"}


@pytest.fixture(scope="module")
def graph(built):
    _, db, _ = built
    store = Store(db)
    yield store.read_graph()
    store.close()


@pytest.mark.parametrize("fmt", list(PARSERS))
def test_every_format_round_trips(built, graph, tmp_path, fmt):
    _, db, _ = built
    out = tmp_path / f"kg.{fmt}"
    result = run("export", "rdf", "--db", db, "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.output
    parsed = rdflib.Graph().parse(out, format=PARSERS[fmt])
    assert set(parsed) == set(to_rdflib(graph, Iris()))
    if fmt == "json-ld":
        assert json.loads(out.read_text("utf-8"))["@context"]["cites"]["@id"] == "kg:CITES"


def test_iris_modelling_and_provenance(graph):
    g = to_rdflib(graph, Iris())
    place = URIRef(DEFAULT_BASE + "place/130900")
    jjj = URIRef(DEFAULT_BASE + "strategy/jingjinji")
    assert (place, KG.CITES, jjj) in g
    assert (place, RDFS.label, Literal("沧州市", lang="zh")) in g
    assert (place, KG.PART_OF, URIRef(DEFAULT_BASE + "place/130000")) in g
    wkt = g.value(g.value(place, rdflib.URIRef("http://www.opengis.net/ont/geosparql#hasGeometry")),
                  rdflib.URIRef("http://www.opengis.net/ont/geosparql#asWKT"))
    assert str(wkt).startswith("POINT(116.")
    [citation] = [c for c in g.subjects(KG.citingPlace, place) if (c, KG.citedConcept, jjj) in g]
    assert g.value(citation, KG.year).toPython() == 2024 and g.value(citation, KG["count"]).toPython() >= 1
    evidence = g.value(citation, KG.hasEvidence)
    quote = str(g.value(evidence, rdflib.PROV.value))
    report = g.value(citation, KG.inReport)
    source = open(g.value(report, rdflib.DCTERMS.source), encoding="utf-8").read()
    start, end = (g.value(evidence, KG[p]).toPython() for p in ("startOffset", "endOffset"))
    assert source[start:end] == quote and "京津冀" in quote
    other = to_rdflib(graph, Iris("http://example.org/kg"))
    assert (URIRef("http://example.org/kg/place/130900"), KG.CITES, URIRef("http://example.org/kg/strategy/jingjinji")) in other


def test_sample_conforms_and_a_broken_fact_is_caught(built, graph, tmp_path):
    _, db, _ = built
    assert violations(to_rdflib(graph, Iris())) == []
    assert violations(to_rdflib(graph, Iris()), with_ontology=False) == []
    assert run("validate", "--db", db).exit_code == 0
    graph.nodes["Place"]["130900"] = dict(graph.nodes["Place"]["130900"], level="city")
    broken = tmp_path / "broken.lbdb"
    write_database(graph, broken)
    for extra in ([], ["--data-only"]):
        result = run("validate", "--db", broken, "--format", "json", *extra)
        assert result.exit_code == 1
        rows = json.loads(result.output)
        assert [(r["focus"], r["path"], r["value"]) for r in rows] == [
            (DEFAULT_BASE + "place/130900", str(KG.level), "city")]


def test_evidence_offsets_must_be_ordered():
    g = rdflib.Graph()
    ev = URIRef("http://example.org/e")
    for p, o in ((RDF.type, KG.Evidence), (rdflib.PROV.value, Literal("句子", lang="zh")),
                 (KG.startOffset, Literal(9)), (KG.endOffset, Literal(3)), (KG.inReport, URIRef("http://x/r"))):
        g.add((ev, p, o))
    g.add((URIRef("http://x/r"), RDF.type, KG.Report))
    paths = {r["path"] for r in violations(g)}
    assert str(KG.startOffset) in paths


def test_ontology_is_documented_owl():
    g = ontology()
    onto = URIRef("https://w3id.org/kg-gov-reports/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g and g.value(onto, OWL.versionIRI) is not None
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    terms = {s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(str(KG))}
    assert len(terms) > 50
    for t in terms:
        langs = {o.language for o in g.objects(t, RDFS.label)}
        assert {"zh", "en"} <= langs, t
        assert g.value(t, RDFS.comment) is not None, t
        assert len([k for k in kinds if (t, RDF.type, k) in g]) == 1, f"{t} has more than one kind (not OWL 2 DL)"
    used = {o for p in (RDFS.domain, RDFS.range) for o in g.objects(None, p) if isinstance(o, URIRef)}
    declared = set(g.subjects(RDF.type, OWL.Class)) | {URIRef(str(rdflib.XSD) + x) for x in
                                                       ("string", "integer", "double", "boolean")}
    assert used <= declared, used - declared
    for p in g.subjects(RDF.type, OWL.DatatypeProperty):
        assert (p, RDF.type, OWL.TransitiveProperty) not in g


@pytest.mark.parametrize("name", sorted(querylib.available("sparql")))
def test_sparql_twins_match_cypher(built, name):
    _, db, _ = built
    q = querylib.get(name, "sparql")
    args = [f"{p.name}={SAMPLE[p.kind]}" for p in q.params]
    params = [x for a in args for x in ("--param", a)]
    cy = json.loads(run("query", name, "--db", db, *params, "--format", "json").output)
    sp = json.loads(run("sparql", name, "--db", db, *params, "--format", "json").output)
    assert len(sp) == len(cy)
    for a, b in zip(cy, sp):
        for key in b:
            if key in a:
                expected = a[key]
                got = b[key]
                if isinstance(expected, list):
                    assert sorted(map(str, expected)) == sorted(str(got).split(";")) if got else expected == []
                else:
                    assert expected == got, (name, key)
