import os
from pathlib import Path

import pytest
from click.testing import CliRunner

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from extractors.nlp import create_nlp

    return create_nlp()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def build_report(folder: Path, name: str, text: str) -> Path:
    """The database of one report written for a test (folder/c/name), built with one worker."""
    write(folder / "c" / name, text)
    db = folder / "kg.lbdb"
    result = run("build", folder / "c", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    return db


# A short report written for the tests (not taken from any real report).
CITY_REPORT = """2024年沧州市政府工作报告
——2024年1月10日在沧州市第十六届人民代表大会第三次会议上
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，我们深入落实京津冀协同发展战略，承接北京非首都功能疏解项目20个。
黄骅港吞吐量稳步增长，黄骅市获评全省县域经济先进县。
赴京津冀、长三角等地开展招商活动30场。
二、2024年重点工作安排
今年，我们将主动服务雄安新区建设，深度融入“一带一路”，实施乡村振兴战略，推进强市会战略。
各位代表，让我们团结奋斗，为谱写中国式现代化沧州篇章贡献力量！
"""

os.environ.setdefault("KG_CACHE", str(Path.home() / ".cache" / "kg"))


OTHER = """2023年德州市政府工作报告
2023年1月5日在德州市第十八届人民代表大会第二次会议上
各位代表：一、2022年工作回顾
我们对接京津冀协同发展，推动黄河流域生态保护和高质量发展。
二、2023年重点工作
加快融入京津冀一体化，推进乡村振兴。
各位代表，让我们坚定信心、真抓实干，为全面建设社会主义现代化德州贡献力量！
"""


@pytest.fixture(scope="session")
def built(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("corpus")
    write(root / "a" / "cangzhou.txt", CITY_REPORT)
    write(root / "b" / "dezhou.txt", OTHER, "gb18030")
    write(root / "notes.pdf", "not a report")
    db = root / "kg.lbdb"
    result = run("build", root, "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    return root, db, result




def run(*args):
    from kg.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


RDF_FORMATS = ("turtle", "nt", "json-ld", "xml")


def _from_oxigraph(term):
    from rdflib import XSD, Literal, URIRef
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=None if term.datatype.value == str(XSD.string) else URIRef(term.datatype.value))


def parsed_both_ways(path: Path, fmt: str) -> tuple[set, set]:
    """The triples of an RDF file as rdflib reads them and as pyoxigraph (a strict parser) reads them."""
    import pyoxigraph as ox
    import rdflib

    oxigraph_format = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD,
                       "xml": ox.RdfFormat.RDF_XML}[fmt]
    by_rdflib = set(rdflib.Graph().parse(path, format=fmt))
    by_oxigraph = {(_from_oxigraph(q.subject), _from_oxigraph(q.predicate), _from_oxigraph(q.object))
                   for q in ox.parse(path=path, format=oxigraph_format)}
    return by_rdflib, by_oxigraph
