"""Exports every standard tool accepts: RDF in four formats read back by rdflib and by pyoxigraph (a strict second
parser), written atomically under a checked base; neo4j-admin CSV read back under the settings of the printed
command. A crafted report (invented text) carries quotes, backslashes, '>', line breaks, NUL and ESC into the
evidence, and its file names give report ids ending in dots."""
import csv
import json
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.collection import Collection

from kg.export.rdf import Iris, to_rdflib
from kg.schema import schema
from kg.stores.ladybug import Store
from tests.conftest import RDF_FORMATS as FORMATS, parsed_both_ways, run, write

CRAFTED = ("2024年沧州市政府工作报告\n各位代表：\n一、2023年工作回顾\n"
           "我们落实\"京津冀协同发展\"战略，路径 C:\\附件\\表 > 目标\x00，完成率\x1b[1m 100%。\n"
           "推进“一带一路”建设，<b>重点</b> & 'A' \\\" 项目 ]]> 落地。\n"
           "一年来，全市经济运行稳中有进，城乡面貌持续改善，民生保障不断加强，政府自身建设扎实推进。\n"
           "二、2024年重点工作\n深度融入京津冀协同发展，坚持规划引领、产业协作、设施互联和生态共建，加快建设开\n"
           "发区，实施乡村振兴战略。\r\n"
           "我们要坚持稳中求进，加快改革创新步伐，推动产业提质增效，完善公共服务体系，全面提升城市治理水平。\n")
ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


@pytest.fixture(scope="module")
def crafted(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("crafted")
    write(root / "reports" / "cangzhou..txt", CRAFTED)
    write(root / "reports" / 'dezhou.>."q".txt', CRAFTED.replace("沧州市", "德州市").replace("城市治理", "县域治理"))
    db = root / "kg.lbdb"
    result = run("build", root / "reports", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    store = Store(db)
    graph = store.read_graph()
    store.close()
    evidence = "".join(e for edge in graph.edges["CITES"].values() for e in edge["evidence"])
    assert {"\x00", "\x1b", "\n", '"', "\\", ">"} <= set(evidence)  # the reader kept what the export must escape
    assert {"cangzhou.", 'dezhou.>."q"'} <= set(graph.nodes["Report"])
    return db, graph


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_crafted_report_parses_in_every_format(crafted, tmp_path, fmt):
    db, graph = crafted
    out = tmp_path / f"crafted.{fmt}"
    result = run("export", "rdf", "--db", db, "--format", fmt, "--out", out)
    assert result.exit_code == 0, result.output
    expected = set(to_rdflib(graph, Iris()))
    by_rdflib, by_oxigraph = parsed_both_ways(out, fmt)
    assert by_rdflib == expected and by_oxigraph == expected
    if fmt == "nt":
        assert all(line.endswith(" .") for line in out.read_text("utf-8").splitlines())
    quotes = {str(o) for s, p, o in expected if p == rdflib.PROV.value}
    assert any('"京津冀协同发展"' in q and "\\" in q and ">" in q and "\ufffd" in q for q in quotes)
    assert any("\n" in q for q in quotes)


def test_xml_invalid_characters_keep_offsets(crafted):
    _, graph = crafted
    g = to_rdflib(graph, Iris())
    for ev in g.subjects(RDF.type, rdflib.URIRef("https://w3id.org/kg-gov-reports/ontology#Evidence")):
        quote = str(g.value(ev, rdflib.PROV.value))
        start, end = (g.value(ev, URIRef("https://w3id.org/kg-gov-reports/ontology#" + p)).toPython()
                      for p in ("startOffset", "endOffset"))
        assert len(quote) == end - start and "\x00" not in quote and "\x1b" not in quote


def test_ontology_domains_and_ranges_agree_with_the_export(crafted):
    """Every rdfs:domain and rdfs:range of the ontology holds of the export as written, without entailment."""
    from kg.validate import ontology

    onto = ontology()
    _, graph = crafted
    data = to_rdflib(graph, Iris())

    def members(cls) -> set:
        union = onto.value(cls, OWL.unionOf)
        return {m for c in Collection(onto, union) for m in members(c)} if union is not None else {cls}

    def types(node) -> set:
        found, todo = set(), list(data.objects(node, RDF.type))
        while todo:
            c = todo.pop()
            if c not in found:
                found.add(c)
                todo += onto.objects(c, RDFS.subClassOf)
        return found

    wrong = set()
    for s, p, o in data:
        for domain in onto.objects(p, RDFS.domain):
            if not types(s) & members(domain):
                wrong.add((p, "domain", tuple(sorted(types(s)))))
        for range_ in onto.objects(p, RDFS.range):
            ok = (o.datatype or (RDF.langString if o.language else rdflib.XSD.string)) == range_ \
                if isinstance(o, Literal) else bool(types(o) & members(range_))
            if not ok:
                wrong.add((p, "range", range_))
    assert wrong == set()


def test_crafted_report_conforms_with_the_ontology_under_rdfs(crafted):
    import pyshacl

    _, graph = crafted
    ont = rdflib.Graph()
    for ttl in sorted(ONTOLOGY.glob("*.ttl")):  # as a linked-data user loads it: every file, shapes included
        ont.parse(ttl)
    conforms, report, text = pyshacl.validate(to_rdflib(graph, Iris()), shacl_graph=rdflib.Graph().parse(
        ONTOLOGY / "shapes.ttl"), ont_graph=ont, inference="rdfs")
    assert conforms, text


def test_one_name_cited_as_two_types_makes_two_citations():
    # invented: 美丽甲市 read as the place's headline goal (Strategy) and as its programme in one report
    iris = Iris()
    assert iris.citation("130900", "Strategy", "美丽甲市", "r1") != iris.citation("130900", "Program", "美丽甲市", "r1")


@pytest.mark.parametrize("base", ["https://example.org/a b/", "https://example.org/<kg>/", "kg/", "example.org/kg",
                                  "https://example.org/%zz/"])
def test_a_base_that_is_not_an_absolute_iri_is_refused(built, tmp_path, base):
    _, db, _ = built
    out = tmp_path / "kg.ttl"
    out.write_text("earlier export", "utf-8")
    for fmt in FORMATS:
        result = run("export", "rdf", "--db", db, "--format", fmt, "--out", out, "--base", base)
        assert result.exit_code == 2 and "--base" in result.output and "Traceback" not in result.output
        assert out.read_text("utf-8") == "earlier export"
    assert run("validate", "--db", db, "--base", base).exit_code == 2


def test_another_absolute_base_parses(crafted, tmp_path):
    db, graph = crafted
    for fmt in FORMATS:
        out = tmp_path / f"kg.{fmt}"
        assert run("export", "rdf", "--db", db, "--format", fmt, "--out", out, "--base", "urn:x-kg:").exit_code == 0
        by_rdflib, by_oxigraph = parsed_both_ways(out, fmt)
        assert by_rdflib == by_oxigraph == set(to_rdflib(graph, Iris("urn:x-kg:")))
        assert URIRef("urn:x-kg:/report/cangzhou.") in {s for s, _, _ in by_oxigraph}


def test_the_database_is_never_the_output(built, tmp_path):
    _, db, _ = built
    before = db.read_bytes()
    for args in (["export", "rdf", "--db", db, "--out", db], ["export", "rdf", "--db", db, "--out",
                                                               Path(os.path.relpath(db))]):
        result = run(*args)
        assert result.exit_code == 2 and "refusing to overwrite the input" in result.output
    assert db.read_bytes() == before
    assert run("stats", "--db", db).exit_code == 0


def test_a_killed_export_leaves_the_earlier_file(tmp_path):
    out = tmp_path / "kg.nt"
    out.write_text("earlier export\n", "utf-8")
    script = ("import os, signal, sys\nfrom pathlib import Path\nfrom kg.export.files import atomic_write\n"
              "with atomic_write(Path(sys.argv[1])) as f:\n"
              "    f.write('half of an export'); f.flush(); os.kill(os.getpid(), signal.SIGKILL)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    assert out.read_text("utf-8") == "earlier export\n"


def test_a_failed_export_leaves_no_trace(tmp_path):
    from kg.export.files import atomic_write

    out = tmp_path / "kg.ttl"
    with pytest.raises(RuntimeError):
        with atomic_write(out) as f:
            f.write("half")
            raise RuntimeError("disk full")
    assert list(tmp_path.iterdir()) == []
    with atomic_write(out) as f:
        f.write("whole")
    assert out.read_text("utf-8") == "whole" and (out.stat().st_mode & 0o777) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _read_neo4j_csv(folder: Path, printed: str) -> tuple[dict, dict]:
    """Nodes and relationships as neo4j-admin reads the files under the options of the printed command."""
    words = shlex.split(printed)
    options = dict(w[2:].split("=", 1) for w in words if w.startswith("--") and "=" in w and
                   not w.startswith(("--nodes=", "--relationships=")))
    assert options["multiline-fields"] == "true" and options["legacy-style-quoting"] == "false"
    dialect = {"delimiter": options["delimiter"], "quotechar": options["quote"], "doublequote": True,
               "escapechar": None, "strict": True}
    array = options["array-delimiter"]
    cast = {"string": str, "long": int, "double": float, "boolean": lambda v: v == "true"}

    def typed(header: str, value: str):
        name, _, kind = header.partition(":")
        if value == "":
            return name, None
        if kind.endswith("[]"):
            return name, [cast[kind[:-2]](v) for v in value.split(array)]
        return name, cast[kind](value)

    nodes, rels = {}, {}
    for w in words:
        kind, _, spec = w.partition("=")
        if kind not in ("--nodes", "--relationships"):
            continue
        with (folder / spec.split("=", 1)[1]).open(encoding="utf-8", newline="") as f:
            header, *rows = list(csv.reader(f, **dialect))
        for row in rows:
            cells = dict(zip(header, row))
            props = dict(typed(h, v) for h, v in cells.items() if not h.startswith(":") and ":ID(" not in h)
            props = {k: v for k, v in props.items() if v is not None}
            if kind == "--nodes":
                id_header = next(h for h in header if ":ID(" in h)
                nodes[(cells[":LABEL"], cells[id_header])] = dict(props, id=cells[id_header])
            else:
                start = next(h for h in header if h.startswith(":START_ID("))
                end = next(h for h in header if h.startswith(":END_ID("))
                key = (cells[":TYPE"], start[10:-1], cells[start], end[8:-1], cells[end])
                rels[key] = props
    return nodes, rels


def _graph_as_neo4j(graph) -> tuple[dict, dict]:
    s = schema()

    def keep(props: dict, allowed) -> dict:
        names = {p.name for p in allowed}
        return {k: v for k, v in props.items() if k in names and v not in (None, [], "")}  # empty field: null

    nodes = {(label, id_): dict(keep(props, s.nodes[label].properties), id=id_)
             for label, by_id in graph.nodes.items() for id_, props in by_id.items()}
    rels = {(rel, sl, sid, dl, did): keep(props, s.rels[rel].properties)
            for rel, edges in graph.edges.items() for (sl, sid, dl, did), props in edges.items()}
    return nodes, rels


@pytest.mark.parametrize("which", ["crafted", "built"])
def test_neo4j_admin_files_read_back_under_the_printed_settings(crafted, built, tmp_path, which):
    db = crafted[0] if which == "crafted" else built[1]
    result = run("export", "neo4j-import", "-o", tmp_path, "--db", db)
    assert result.exit_code == 0, result.output
    store = Store(db)
    graph = store.read_graph()
    store.close()
    nodes, rels = _read_neo4j_csv(tmp_path, result.output.strip())
    assert (nodes, rels) == _graph_as_neo4j(graph)
    if which == "crafted":
        evidence = "".join(e for props in rels.values() for e in props.get("evidence", []))
        assert {"\n", '"', "\\", "\x00", "\x1b"} <= set(evidence)


def test_rdf_json_ld_keeps_its_context(crafted, tmp_path):
    db, _ = crafted
    out = tmp_path / "kg.jsonld"
    assert run("export", "rdf", "--db", db, "--format", "json-ld", "--out", out).exit_code == 0
    assert json.loads(out.read_text("utf-8"))["@context"]["cites"]["@id"] == "kg:CITES"


def _in_memory_neo4j_export(graph, folder: Path) -> None:
    """The export as it was before it streamed: the whole graph read back, rows sorted; the reference."""
    from kg.export.neo4j_import import QUOTE, _header, _value

    s = schema()

    def write(path: Path, header: list, rows: list) -> None:
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=",", quotechar=QUOTE, doublequote=True, strict=True)
            w.writerow(header)
            w.writerows(rows)

    for label, nodes in sorted(graph.nodes.items()):
        props = [p for p in s.nodes[label].properties if p.name != "id"]
        write(folder / f"{label}.csv", [f"id:ID({label})", *map(_header, props), ":LABEL"],
              [[i, *(_value(p, v.get(p.name)) for p in props), label] for i, v in sorted(nodes.items())])
    for rel, edges in sorted(graph.edges.items()):
        props = list(s.rels[rel].properties)
        for sl, dl in {(k[0], k[2]) for k in edges}:
            rows = sorted([sid, did, *(_value(p, v.get(p.name)) for p in props), rel]
                          for (a, sid, b, did), v in edges.items() if (a, b) == (sl, dl))
            write(folder / f"{rel}_{sl}_{dl}.csv", [f":START_ID({sl})", f":END_ID({dl})", *map(_header, props),
                                                     ":TYPE"], rows)


def _raw_records(path: Path) -> tuple[str, list[str]]:
    """The header line and every record as the bytes written (a record may span lines), records sorted."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = f.readlines()
    records, start, reader = [], 0, csv.reader(iter(lines), strict=True)
    for _ in reader:
        records.append("".join(lines[start:reader.line_num]))
        start = reader.line_num
    return records[0], sorted(records[1:])


@pytest.mark.parametrize("which", ["crafted", "built"])
def test_streamed_neo4j_admin_files_equal_the_in_memory_export(crafted, built, tmp_path, monkeypatch, which):
    import kg.stores.ladybug

    db = crafted[0] if which == "crafted" else built[1]
    monkeypatch.setattr(kg.stores.ladybug, "PAGE", 3)  # many pages, so that paging itself is tested
    result = run("export", "neo4j-import", "-o", tmp_path / "streamed", "--db", db)
    assert result.exit_code == 0, result.output
    store = Store(db)
    graph = store.read_graph()
    store.close()
    (tmp_path / "reference").mkdir()
    _in_memory_neo4j_export(graph, tmp_path / "reference")
    streamed = sorted(p.name for p in (tmp_path / "streamed").iterdir())
    assert streamed == sorted(p.name for p in (tmp_path / "reference").iterdir())
    for name in streamed:
        assert _raw_records(tmp_path / "streamed" / name) == _raw_records(tmp_path / "reference" / name), name
    assert {"Report.csv", "Place.csv", "CITES_Place_Strategy.csv", "MENTIONS_Report_Strategy.csv"} <= set(streamed)
