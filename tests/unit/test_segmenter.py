"""The sentence-wide feature step and the pruned merge step segment exactly as spacy_pkuseg does."""
import pytest
import spacy_pkuseg

from extractors.nlp import pkuseg_model

# Sentences written for the test: numbers and Latin letters (the **Num and **Letter nodes), dictionary words,
# idioms the merge step joins, vocabulary terms the user dictionary keeps whole, punctuation and very short input.
SENTENCES = [
    "今年，我们将深入实施京津冀协同发展战略，推动高质量发展取得新成效。",
    "全年地区生产总值增长5.2%，一般公共预算收入完成123.4亿元，同比增长8%。",
    "建成5G基站1200个，引进ABC科技等企业，iPhone配件产业园开工建设。",
    "坚持以人民为中心，脚踏实地、锲而不舍，一张蓝图绘到底。",
    "沧州高新区、黄骅港综合保税区建设提速，石家庄至衡水高速公路通车。",
    "好", "", "。", "2024", "Ａ股上市企业３家",
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


def test_same_features_as_the_library(segmenters):
    library, fast = segmenters
    fe = library.feature_extractor
    for sentence in SENTENCES:
        nodes = list(fe.normalize_text(sentence))
        assert fast.kg_features(nodes) == [fe.get_node_features_idx(i, nodes) for i in range(len(nodes))]


@pytest.mark.corpus
def test_same_words_on_the_sample_corpus(segmenters, corpus_dir):
    from kg.pipeline import read_corpus

    library, fast = segmenters
    reports, _, _ = read_corpus([corpus_dir])
    sentences = [r.norm[s.start:s.end] for r in reports for s in r.sentences]
    assert len(sentences) > 4000
    assert [fast.cut(s) for s in sentences] == [library.cut(s) for s in sentences]
