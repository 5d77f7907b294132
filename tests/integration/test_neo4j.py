"""Against a real Neo4j (docker compose up), run when NEO4J_URI (or KG_NEO4J_URI) is set: load the sample corpus
twice and compare every named query's rows with LadybugDB's."""
import json
import os

import pytest
from click.testing import CliRunner

from kg import querylib
from kg.cli import main

URI = os.environ.get("NEO4J_URI") or os.environ.get("KG_NEO4J_URI")
pytestmark = pytest.mark.skipif(not URI, reason="NEO4J_URI is not set")
PARAMS = {"Strategy": ["京津冀协同发展", "一带一路"], "Place": ["河北省", "沧州"], "int": ["1", "2"]}


def canonical(rows):
    def value(v):
        return sorted(map(str, v)) if isinstance(v, list) else v
    return sorted(json.dumps({k: value(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in rows)


def test_neo4j_matches_ladybug(corpus_dir, tmp_path):
    import neo4j

    runner = CliRunner()
    db = tmp_path / "kg.lbdb"
    assert runner.invoke(main, ["build", str(corpus_dir), "--db", str(db)]).exit_code == 0
    uri, user = URI, os.environ.get("NEO4J_USERNAME") or os.environ.get("KG_NEO4J_USER", "neo4j")
    password = os.environ.get("NEO4J_PASSWORD") or os.environ["KG_NEO4J_PASSWORD"]
    for extra in (["--wipe"], []):  # the second load must change nothing
        result = runner.invoke(main, ["load", "neo4j", "--db", str(db), "--uri", uri, "--user", user, *extra])
        assert result.exit_code == 0, result.output
    assert "0 nodes and 0 relationships created" in result.output
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        for q in querylib.available().values():
            for i in range(2):
                given = {p.name: PARAMS[p.kind][i] for p in q.params}
                args = ["query", q.name, "--db", str(db), "--format", "json"]
                for k, v in given.items():
                    args += ["--param", f"{k}={v}"]
                lady = json.loads(runner.invoke(main, args).output)
                bound = querylib.bind(q, given)
                records, _, _ = driver.execute_query(q.text, bound)
                assert canonical([r.data() for r in records]) == canonical(lady), q.name
