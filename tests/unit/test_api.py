"""The Python API: the README's notebook example runs, and the API gives the rows the CLI prints."""
import json
import re
from pathlib import Path

import pytest

import kg
from tests.conftest import run

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_notebook_example_runs(built, tmp_path, monkeypatch):
    _, db, _ = built
    (tmp_path / "graph.lbdb").symlink_to(db)
    monkeypatch.chdir(tmp_path)
    section = README.read_text("utf-8").split("## Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)[1]
    scope: dict = {}
    exec(compile(code, "README.md", "exec"), scope)
    citing = scope["citing"]
    assert list(citing["place"]) == ["德州市", "沧州市"]


def test_the_api_returns_the_rows_of_the_cli(built):
    _, db, _ = built
    with kg.open(db) as g:
        for name, params in (("cities_citing", {"strategy": "京津冀一体化"}), ("strategies_of_place", {"place": "沧州"})):
            cli = json.loads(run("query", name, "--db", db, *[f"--param={k}={v}" for k, v in params.items()],
                                 "--format", "json").stdout)
            assert g.query(name, **params).records() == cli
        assert g.reports().records() == json.loads(run("reports", "--db", db, "--format", "json").stdout)
        assert g.entities(type="Place").records() == json.loads(
            run("entities", "--db", db, "--type", "Place", "--format", "json").stdout)


def test_api_errors_are_one_line_exceptions(built, tmp_path):
    _, db, _ = built
    with pytest.raises(kg.KgError, match="no database at"):
        kg.open(tmp_path / "none.lbdb")
    with kg.open(db) as g:
        with pytest.raises(kg.KgUsageError, match="ambiguous"):
            g.query("strategies_of_place", place="朝阳区")
        with pytest.raises(kg.KgUsageError, match="only reads"):
            g.cypher("MATCH (p:Place) SET p.name = 'x'")
        frame = g.cypher("MATCH (p:Place) WHERE p.adcode = $code RETURN p.name AS name, p.level AS level",
                         code="130900")
        assert frame.records() == [{"name": "沧州市", "level": "prefecture"}]
