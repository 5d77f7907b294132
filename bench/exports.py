"""Benchmark and check of the exports of a built database: SHACL with the ontology under RDFS entailment (what
`kg validate` runs), then every RDF format written and read back by rdflib and by pyoxigraph, with times.

    python bench/exports.py DATABASE

Prints one line per step; exits 1 when a SHACL result appears or a parser reads a different graph."""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402
import rdflib  # noqa: E402

from kg.export.rdf import Iris, to_rdflib, write  # noqa: E402
from kg.stores.ladybug import Store  # noqa: E402
from kg.validate import violations  # noqa: E402

OXIGRAPH = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
            "xml": ox.RdfFormat.RDF_XML}


def _term(t):
    if isinstance(t, ox.NamedNode):
        return rdflib.URIRef(t.value)
    if t.language:
        return rdflib.Literal(t.value, lang=t.language)
    plain = t.datatype.value == str(rdflib.XSD.string)
    return rdflib.Literal(t.value, datatype=None if plain else rdflib.URIRef(t.datatype.value))


def main() -> None:
    store = Store(Path(sys.argv[1]))
    graph = store.read_graph()
    store.close()
    expected = set(to_rdflib(graph, Iris()))
    ok = True
    started = time.perf_counter()
    results = violations(to_rdflib(graph, Iris()))
    print(f"shacl+ontology (rdfs): {len(expected)} triples, {len(results)} results, "
          f"{time.perf_counter() - started:.1f} s")
    ok &= not results
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, ox_format in OXIGRAPH.items():
            out = Path(tmp) / f"kg.{fmt}"
            started = time.perf_counter()
            write(graph, out, fmt, Iris())
            written = time.perf_counter() - started
            started = time.perf_counter()
            same_rdflib = set(rdflib.Graph().parse(out, format=fmt)) == expected
            by_rdflib = time.perf_counter() - started
            started = time.perf_counter()
            same_oxigraph = {(_term(q.subject), _term(q.predicate), _term(q.object))
                             for q in ox.parse(path=out, format=ox_format)} == expected
            by_oxigraph = time.perf_counter() - started
            print(f"{fmt}: {out.stat().st_size / 1e6:.1f} MB written in {written:.1f} s; "
                  f"rdflib {'same graph' if same_rdflib else 'DIFFERENT'} ({by_rdflib:.1f} s), "
                  f"pyoxigraph {'same graph' if same_oxigraph else 'DIFFERENT'} ({by_oxigraph:.1f} s)")
            ok &= same_rdflib and same_oxigraph
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
