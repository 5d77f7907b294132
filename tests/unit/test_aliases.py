"""Every form a report writes a named entity in is an alias of its node, so that `kg entities --name`, the Neo4j
full-text index (on name and aliases) and SPARQL over skos:altLabel find it by the name the report uses."""
import json

import pytest
import rdflib
from rdflib.namespace import SKOS

from kg.export.rdf import Iris, to_rdflib
from kg.schema import schema
from kg.stores.cypher import write_batches
from kg.stores.ladybug import Store
from kg.stores.neo4j import schema_statements
from tests.conftest import build_report, run

# Written for the test, not taken from any report.
REPORT = """2022年咸阳市政府工作报告
——2022年1月12日在咸阳市第十八届人民代表大会第一次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2021年工作回顾
咸阳高新区新增市场主体两千户，高新区营业收入增长一成。
二、2022年重点工作
推动咸阳高新技术产业开发区扩区提质，支持咸阳高新区引进龙头企业。
各位代表，让我们团结奋斗，为谱写咸阳高质量发展新篇章贡献力量！
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    db = build_report(tmp_path_factory.mktemp("aliases"), "xianyang.txt", REPORT)
    return db


@pytest.fixture(scope="module")
def graph(db):
    store = Store(db)
    yield store.read_graph()
    store.close()


def test_the_written_form_is_an_alias_and_a_bare_word_is_not(graph):
    zone = graph.nodes["Zone"]["610400-高新技术产业开发区"]
    assert zone["name"] == "咸阳高新技术产业开发区"
    assert zone["aliases"] == ["咸阳高新区"]  # 高新区 alone stands for the zone here, but names no zone


@pytest.mark.parametrize("written", ["咸阳高新区", "咸阳高新技术产业开发区", "鹹陽高新區"])
def test_entities_by_name_or_alias(db, written):
    rows = json.loads(run("entities", "--db", db, "--name", written, "--format", "json").output)
    assert [(r["type"], r["id"]) for r in rows] == [("Zone", "610400-高新技术产业开发区")]


def test_entities_by_an_unknown_name_is_empty(db):
    assert json.loads(run("entities", "--db", db, "--name", "宝鸡高新区", "--format", "json").output) == []


def test_sparql_over_alt_labels_finds_the_zone(graph):
    g = to_rdflib(graph, Iris())
    rows = list(g.query('SELECT ?z WHERE { ?z skos:altLabel "咸阳高新区"@zh }', initNs={"skos": SKOS}))
    assert [str(r.z) for r in rows] == [str(Iris().node("Zone", "610400-高新技术产业开发区"))]


def test_neo4j_indexes_the_aliases_it_is_sent(graph):
    assert any("FULLTEXT INDEX" in s and "n.aliases" in s for s in schema_statements(schema()))
    sent = [row for statement, rows in write_batches(schema(), graph) if "MERGE (n:Zone" in statement for row in rows]
    assert [row["aliases"] for row in sent] == [["咸阳高新区"]]


# Written for the test: a zone named long, then as the first item of a list sharing the head.
LIST_REPORT = """2022年河北省政府工作报告
——2022年1月10日在河北省第十三届人民代表大会第五次会议上
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、2021年工作回顾
沧州高新技术产业开发区营业收入增长一成。
二、2022年重点工作
支持沧州、衡水高新区争先进位。
各位代表，让我们团结奋斗！
"""


def test_a_list_item_gives_its_name_with_the_shared_head(tmp_path_factory, nlp):
    db = build_report(tmp_path_factory.mktemp("listed"), "hebei.txt", LIST_REPORT)
    store = Store(db)
    _, rows = store.query("MATCH (r:Report)-[m:MENTIONS]->(z:Zone) RETURN z.name AS name, z.aliases AS aliases, "
                          "m.surfaces AS surfaces, m.names AS names")
    store.close()
    cangzhou = next(r for r in rows if r["name"] == "沧州高新技术产业开发区")
    assert cangzhou["surfaces"] == ["沧州高新技术产业开发区", "沧州"]  # as written: the item is its place alone
    assert cangzhou["names"] == ["沧州高新技术产业开发区", "沧州高新区"] and cangzhou["aliases"] == ["沧州高新区"]
