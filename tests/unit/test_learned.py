"""The learned recognizer: how its names merge with the rules' matches, the gold projected for training, and the
shipped weights loading as a kg component. Snippets are invented."""
import importlib.util
from pathlib import Path

import pytest
import spacy

from extractors.base import Match, add_matches
from extractors.learned import MODEL, MODES, Learned, merge, plausible

ROOT = Path(__file__).resolve().parents[2]


def doc_with(text, found):
    doc = spacy.blank("zh").make_doc(text)
    add_matches(doc, found)
    return doc


def names(doc):
    return [(doc.text[m.start:m.end], m.label, m.key) for m in doc._.kg_matches]


TEXT = "举办江海论坛，建设青松湾科技园，推进滨河大道项目。"


def test_union_adds_the_model_names_where_no_rule_matched():
    doc = doc_with(TEXT, [Match(2, 6, "Event")])
    merge(doc, [(2, 4, "Event"), (9, 15, "Zone"), (18, 24, "Project")], {"Zone": "union", "Event": "union"})
    assert names(doc) == [("江海论坛", "Event", ""), ("青松湾科技园", "Zone", "")]  # Project stays with the rules
    assert [s.text for s in doc.spans["Zone"]] == ["青松湾科技园"]


def test_model_mode_keeps_confirmed_rule_matches_with_their_key_and_drops_the_others():
    doc = doc_with(TEXT, [Match(2, 6, "Event", key="jianghai"), Match(18, 24, "Event")])
    merge(doc, [(2, 6, "Event"), (9, 15, "Event")], {"Event": "model"})
    assert names(doc) == [("江海论坛", "Event", "jianghai"), ("青松湾科技园", "Event", "")]
    assert [s.text for s in doc.spans["Event"]] == ["江海论坛", "青松湾科技园"]


def test_intersect_only_filters_and_rules_ignore_the_model():
    doc = doc_with(TEXT, [Match(2, 6, "Event"), Match(9, 15, "Zone")])
    merge(doc, [(9, 15, "Zone"), (18, 24, "Project")], {"Event": "intersect", "Zone": "intersect"})
    assert names(doc) == [("青松湾科技园", "Zone", "")]


def test_places_are_never_added_by_the_model():
    doc = doc_with("走访青松县。", [])
    merge(doc, [(2, 5, "Place")], {"Place": "union"})
    assert names(doc) == []  # a place needs the gazetteer's codes, which only the rules give


def test_a_title_still_to_be_drawn_up_holds_its_words_from_the_model_too():
    from extractors.nlp import components, create_nlp
    from extractors.policies import UNISSUED

    # invented: the rules hold a title the text says is still to be drafted; the model's project inside it is not
    # merged, and the held title is dropped only after the model has run, before relations are read
    doc = doc_with("制定青松湾科技园建设方案。", [Match(2, 12, "Policy", attrs=UNISSUED)])
    merge(doc, [(2, 8, "Project")], {"Project": "union"})
    order = components(learned=True)
    assert order.index("kg_learned") < order.index("kg_unissued") < order.index("kg_relations")
    create_nlp(components=("kg_unissued",)).get_pipe("kg_unissued")(doc)
    assert names(doc) == []


def test_implausible_names_are_dropped():
    assert plausible("青松湾科技园", "Zone") and plausible("《青松县条例》", "Policy")
    assert not plausible("园", "Zone") and not plausible("青松、白杨", "Enterprise") and not plausible("第六届", "Event")


def test_a_name_touching_a_rule_match_of_its_type_is_not_added():
    doc = doc_with("举办中国江海论坛。", [Match(4, 8, "Event")])
    merge(doc, [(2, 4, "Event")], {"Event": "union"})
    assert names(doc) == [("江海论坛", "Event", "")]


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown merge mode"):
        Learned(MODEL, {"Zone": "both"})


def test_gold_names_are_projected_on_every_occurrence_longest_first():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    text = "青松县高新区和青松县都在推进双轨改革，青松县高新区扩区。"  # normalized: no quotes, simplified
    spans = train.spans_of(text, [("Place", "青松县"), ("Zone", "青松县高新区"), ("Program", "「雙軌」改革")])
    assert [(text[s:e], t) for s, e, t in spans] == [("青松县高新区", "Zone"), ("青松县", "Place"),
                                                      ("双轨改革", "Program"),
                                                      ("青松县高新区", "Zone")]


def test_shipped_weights_run_as_a_kg_component():
    from extractors.nlp import components, create_nlp

    assert "kg_learned" not in components()  # the rules alone by default (README: the recognizer's cost)
    nlp = create_nlp(components=components(learned=True))
    assert "kg_learned" in nlp.pipe_names and nlp.pipe_names[-1] == "kg_relations"
    doc = nlp("深入推进青松湾科技园建设，举办第三届江海论坛。")
    assert all(isinstance(m, Match) for m in doc._.kg_matches)
    union = Learned(MODEL, MODES)  # the shipped weights load and merge as MODES says
    assert union.ner is not None
    assert all(isinstance(m, Match) for m in union(doc)._.kg_matches)


def test_training_reads_every_tune_report_and_no_test_or_reserved_file():
    spec = importlib.util.spec_from_file_location("train_ner", ROOT / "scripts" / "train_ner.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    from kg.evaluate import read_gold

    _, headers = read_gold(train.GOLD)

    def file_of(h):
        return "corpus" if h["source"].startswith("corpus/") else h["source"].split("/", 1)[1]

    # a tune report whose file is not read is not learned from; the eleventh round's files are outside ../shared
    # (a public repository, tests/gold/README.md) and are learned from only where they are fetched
    tune = {file_of(h) for h in headers.values() if h["split"] == "tune" and h["source"].startswith("corpus")}
    assert tune <= train.GOLD_FILES - train.TEST_FILES
    assert {file_of(h) for h in headers.values() if h["split"] == "test"} - {"corpus"} <= train.TEST_FILES
    assert not train.RESERVED & train.GOLD_FILES
