"""Every named query and every statement the Neo4j loader sends, checked by Neo4j's own Cypher parser
(@neo4j-cypher/language-support), installed from the npm registry into the user cache on first use."""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg import querylib
from kg.model import Graph
from kg.schema import schema
from kg.stores.cypher import write_batches
from kg.stores.neo4j import schema_statements, wipe_statement

VERSION = "2.0.0-next.38"  # pinned: the parser's diagnostics change between releases
PACKAGE = f"@neo4j-cypher/language-support@{VERSION}"
SCRIPT = Path(__file__).resolve().parents[1] / "lint_cypher.mjs"


@pytest.fixture(scope="module")
def lint():
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node and npm are needed to run Neo4j's Cypher parser")
    prefix = Path(os.environ.get("KG_CACHE") or Path.home() / ".cache" / "kg") / "npm"
    module = prefix / "node_modules" / "@neo4j-cypher" / "language-support"
    installed = module / "package.json"
    if not installed.is_file() or json.loads(installed.read_text("utf-8"))["version"] != VERSION:
        prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--save-exact", "--prefix", str(prefix), PACKAGE],
                       check=True, capture_output=True, timeout=600)
    script = prefix / "lint_cypher.mjs"  # beside node_modules so that the import resolves
    shutil.copyfile(SCRIPT, script)

    def run(items):
        done = subprocess.run(["node", str(script)], input=json.dumps(items), capture_output=True, text=True,
                              check=True, timeout=300)
        return {r["name"]: r["errors"] for r in json.loads(done.stdout)}

    return run


def params_of(query: str) -> dict:
    return {name: "x" for name in re.findall(r"\$(\w+)", query)}


def test_the_linter_catches_syntax_errors(lint):
    assert lint([{"name": "bad", "query": "MATCH (n RETURN n", "params": {}}])["bad"]


def test_named_queries_parse_on_neo4j(lint):
    items = [{"name": q.name, "query": q.text, "params": params_of(q.text)} for q in querylib.available().values()]
    assert len(items) >= 7
    assert {k: v for k, v in lint(items).items() if v} == {}


def test_loader_statements_parse_on_neo4j(lint):
    s = schema()
    g = Graph()
    for label in s.nodes:
        g.add_node(label, "x")
    for rel in s.rels.values():
        for a, b in rel.pairs:
            g.add_edge(rel.name, (a, "x"), (b, "x"))
    statements = {st for st, _ in write_batches(s, g)} | set(schema_statements(s)) | {wipe_statement(s)}
    assert len(statements) > 20
    items = [{"name": st, "query": st, "params": params_of(st)} for st in sorted(statements)]
    assert {k: v for k, v in lint(items).items() if v} == {}


def test_bloom_perspective_is_current_and_its_phrases_parse(lint):
    from kg.export.bloom import dumps, perspective

    shipped = Path(__file__).resolve().parents[2] / "bloom" / "kg-perspective.json"
    assert shipped.read_text(encoding="utf-8") == dumps(), "run: kg export bloom -o bloom/kg-perspective.json"
    p = perspective()
    assert {c["name"] for c in p["categories"]} == set(schema().nodes)
    items = [{"name": t["name"], "query": t["cypher"], "params": {q["name"]: "x" for q in t["params"]}}
             for t in p["templates"]]
    assert {k: v for k, v in lint(items).items() if v} == {}
