"""The Neo4j loader fails fast and keeps credentials to itself; the local Neo4j of docker-compose listens on
127.0.0.1 and its password file is readable by its owner only. No Neo4j runs here: a local TCP server that accepts
connections and never answers stands for a hung one."""
import re
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import run

ROOT = Path(__file__).resolve().parents[2]
NEO4J_VARS = ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_NEO4J_URI", "KG_NEO4J_USER",
              "KG_NEO4J_PASSWORD", "KG_NEO4J_DATABASE")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in NEO4J_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def silent_server():
    """A bolt address whose server accepts connections and never says a word."""
    server = socket.create_server(("127.0.0.1", 0))
    accepted = []

    def serve():
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=serve, daemon=True).start()
    yield f"127.0.0.1:{server.getsockname()[1]}"
    server.close()
    for conn in accepted:
        conn.close()


def test_a_silent_server_fails_within_the_timeout(built, silent_server, monkeypatch):
    _, db, _ = built
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    started = time.monotonic()
    result = run("load", "neo4j", "--db", db, "--uri", f"bolt://{silent_server}", "--timeout", "2")
    assert time.monotonic() - started < 10
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (f"Error: cannot reach Neo4j at bolt://{silent_server} "
                                                      "(refused, or no answer within 2 s)")


def test_only_bolt_and_neo4j_schemes(built, monkeypatch):
    _, db, _ = built
    monkeypatch.setenv("NEO4J_PASSWORD", "secret")
    for uri in ("http://localhost:7474", "https://u:pw@localhost:7473", "localhost:7687", "bolt+x://localhost"):
        result = run("load", "neo4j", "--db", db, "--uri", uri)
        assert result.exit_code == 2 and "Traceback" not in result.output and "aiohttp" not in result.output
        assert "starts with neo4j:// or bolt://" in result.output and "pw" not in result.output


def test_credentials_in_the_uri_are_never_echoed(built, silent_server):
    _, db, _ = built
    for scheme in ("bolt", "neo4j+s"):
        result = run("load", "neo4j", "--db", db, "--uri", f"{scheme}://reader:s3cr%40t-pw@{silent_server}",
                     "--timeout", "1")
        assert result.exit_code == 1 and f"{scheme}://{silent_server}" in result.output
        assert "s3cr" not in result.output and "reader" not in result.output


def test_standard_neo4j_variables(built, silent_server, monkeypatch):
    _, db, _ = built
    monkeypatch.setenv("NEO4J_URI", f"neo4j://{silent_server}")
    monkeypatch.setenv("NEO4J_USERNAME", "reader")
    monkeypatch.setenv("NEO4J_PASSWORD", "from-the-environment")
    monkeypatch.setenv("NEO4J_DATABASE", "kg")
    result = run("load", "neo4j", "--db", db, "--timeout", "1")  # no prompt: the password came from NEO4J_PASSWORD
    assert result.exit_code == 1 and f"cannot reach Neo4j at neo4j://{silent_server}" in result.output
    assert "from-the-environment" not in result.output
    monkeypatch.delenv("NEO4J_URI")
    monkeypatch.setenv("KG_NEO4J_URI", f"bolt://{silent_server}")
    result = run("load", "neo4j", "--db", db, "--timeout", "1")
    assert f"cannot reach Neo4j at bolt://{silent_server}" in result.output


def test_compose_ports_listen_on_localhost_by_default():
    compose = (ROOT / "docker-compose.yml").read_text("utf-8")
    ports = re.findall(r'^\s+- "([^"]+)"\s+# (?:Browser|Bolt)', compose, re.M)
    assert ports == ["${NEO4J_BIND:-127.0.0.1}:7474:7474", "${NEO4J_BIND:-127.0.0.1}:7687:7687"]
    assert "env_file" not in compose  # NEO4J_* variables in the container would become (unknown) Neo4j settings


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_creates_env_readable_by_its_owner_only(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path)
    shutil.copy(ROOT / ".env.example", tmp_path)
    subprocess.run(["make", "-s", ".env"], cwd=tmp_path, check=True, capture_output=True)
    env = tmp_path / ".env"
    assert env.stat().st_mode & 0o777 == 0o600
    password = re.search(r"^NEO4J_PASSWORD=(.+)$", env.read_text(), re.M)[1]
    assert len(password) >= 20 and password != "change-me-please"
