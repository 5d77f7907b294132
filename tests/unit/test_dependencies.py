"""Dependencies: a distribution name of kg's own, bounded pins that the installed versions satisfy, no font package
of doubtful licence, and the Cypher linter at one exact version."""
import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

tomllib = pytest.importorskip("tomllib")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def test_the_distribution_has_a_name_of_its_own(project):
    assert project["name"] == "kg-gov-reports"  # "kg" belongs to another project on PyPI
    assert metadata.version("kg-gov-reports") == project["version"]


def test_every_pin_is_bounded_and_satisfied(project):
    reqs = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]
    names = {r.name for r in reqs}
    assert "mplfonts" not in names  # 103 MB for one font, and it bundles SimHei
    for r in reqs:
        assert any(s.operator in ("<", "==") for s in r.specifier), f"{r} has no upper bound"
        assert metadata.version(r.name) in r.specifier, f"installed {r.name} {metadata.version(r.name)} is not {r}"
    pins = {r.name: r.specifier for r in reqs}
    assert "0.23.0" not in pins["ladybug"] and "0.22.0" in pins["ladybug"]
    assert "6.0.0" not in pins["neo4j"] and "5.28.0" in pins["neo4j"]


def test_the_cypher_linter_is_pinned_to_one_version():
    from tests.unit import test_cypher_lint

    assert re.fullmatch(r"\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?", test_cypher_lint.VERSION)
    assert test_cypher_lint.PACKAGE == f"@neo4j-cypher/language-support@{test_cypher_lint.VERSION}"
