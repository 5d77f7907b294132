from kg import gazetteer, vocab
from kg.schema import schema
from kg.stores.ladybug import ddl


def test_gazetteer_levels_and_qualified_names():
    gaz = gazetteer.load()
    assert gaz.get("130983").name == "黄骅市" and gaz.get("130983").level == "county"
    assert gaz.get("130900").short_name == "沧州"
    assert [d.adcode for d in gaz.resolve_chain("天津市蓟州区")] == ["120119"]
    assert sorted(d.adcode for d in gaz.resolve_chain("朝阳区")) == ["110105", "220104"]
    assert [d.adcode for d in gaz.resolve_chain("北京朝阳区")] == ["110105"]
    assert len(list(gaz)) > 3000


def test_vocabulary_is_curated():
    voc = vocab.load()
    assert len(voc) >= 60
    for c in voc:
        assert c.scope_note, c.id
        assert all(b in voc.concepts for b in c.broader), c.id
    labels = [label for c in voc for label in (c.pref_label, *c.alt_labels, *c.region_labels)]
    assert len(labels) == len(set(labels)), "a label names two concepts"
    assert voc.by_label["京津冀一体化"][0].id == "jingjinji"
    assert "jingjinji" in voc.concepts["xiongan"].broader


def test_schema_comes_from_the_ontology():
    s = schema()
    assert {"Report", "Place", "Strategy", "Program", "Project", "Zone", "Enterprise", "Policy", "Event",
            "Formulation"} <= set(s.nodes)
    assert ("Place", "Strategy") in s.rels["CITES"].pairs
    assert {p.name for p in s.rels["CITES"].properties} >= {"years", "reports", "count", "evidence"}
    place = {p.name: p for p in s.nodes["Place"].properties}
    assert place["adcode"].type == "STRING" and place["aliases"].multi
    statements = ddl(s)
    assert any(st.startswith("CREATE NODE TABLE IF NOT EXISTS Place(id STRING") for st in statements)
