"""The sentence-wide scoring and the pruned merge step segment exactly as spacy_pkuseg does."""
import numpy as np
import pytest
import spacy_pkuseg
from spacy_pkuseg import inference

from extractors.nlp import pkuseg_model

# Sentences written for the test: numbers and Latin letters (the **Num and **Letter nodes), dictionary words,
# idioms the merge step joins, vocabulary terms the user dictionary keeps whole, punctuation and very short input.
SENTENCES = [
    "今年，我们将深入实施京津冀协同发展战略，推动高质量发展取得新成效。",
    "全年地区生产总值增长5.2%，一般公共预算收入完成123.4亿元，同比增长8%。",
    "建成5G基站1200个，引进ABC科技等企业，iPhone配件产业园开工建设。",
    "坚持以人民为中心，脚踏实地、锲而不舍，一张蓝图绘到底。",
    "沧州高新区、黄骅港综合保税区建设提速，石家庄至衡水高速公路通车。",
    "好", "", "。", "2024", "Ａ股上市企业３家", "标**号和***及******", "A1", "实施5G+工业互联网512工程",
]


@pytest.fixture(scope="module")
def segmenters(nlp):
    fast = nlp.tokenizer.pkuseg_seg
    library = spacy_pkuseg.pkuseg(model_name=str(pkuseg_model()))
    library.preprocesser = fast.preprocesser  # the same user dictionary
    return library, fast


def test_same_words_as_the_library(segmenters):
    library, fast = segmenters
    for sentence in SENTENCES * 2:  # the second time from warm caches
        assert fast.cut(sentence) == library.cut(sentence), sentence


def test_same_scores_as_the_library(segmenters):
    """The node scores equal getLogYY's of the library's features to the last bit, and so do the edge scores."""
    library, fast = segmenters
    fe, m = library.feature_extractor, library.model
    for sentence in [s for s in SENTENCES if s] * 2:
        nodes = list(fe.normalize_text(sentence))
        features = [fe.get_node_features_idx(i, nodes) for i in range(len(nodes))]
        nodes_score, edges_score = inference.getLogYY(features, m.n_tag, m.n_feature * m.n_tag, m.w, 1.0)
        assert np.array_equal(fast.kg_features(nodes), nodes_score), sentence
        assert np.array_equal(fast.kg_edges, edges_score)


def test_same_scores_when_the_tables_start_afresh(segmenters, monkeypatch):
    from extractors import segmenter

    library, fast = segmenters
    monkeypatch.setattr(segmenter, "CACHED", 16)  # every sentence fills the tables past their bound
    for sentence in [s for s in SENTENCES if s] * 2:
        assert fast.cut(sentence) == library.cut(sentence), sentence


@pytest.mark.corpus
def test_same_words_on_the_sample_corpus(segmenters, corpus_dir):
    from kg.pipeline import read_corpus

    library, fast = segmenters
    reports, _, _ = read_corpus([corpus_dir])
    sentences = [r.norm[s.start:s.end] for r in reports for s in r.sentences]
    assert len(sentences) > 4000
    assert [fast.cut(s) for s in sentences] == [library.cut(s) for s in sentences]
    fe, m = library.feature_extractor, library.model
    for sentence in sentences[::5]:
        nodes = list(fe.normalize_text(sentence))
        features = [fe.get_node_features_idx(i, nodes) for i in range(len(nodes))]
        assert np.array_equal(fast.kg_features(nodes),
                              inference.getLogYY(features, m.n_tag, m.n_feature * m.n_tag, m.w, 1.0)[0]), sentence


def test_token_offsets_kept_by_the_tokenizer(nlp):
    """The offsets the tokenizer keeps are the Doc's tokens', with or without whitespace in the text."""
    from spacy.attrs import IDX, LENGTH

    for sentence in [*SENTENCES, "建设 雄安新区", " 两端有空格 ", "a  b"]:
        doc = nlp.make_doc(sentence)
        expected = [(a, a + n) for a, n in doc.to_array([IDX, LENGTH]).tolist()]
        assert doc.text == sentence
        assert doc.user_data.get("kg_bounds", expected) == expected, sentence
