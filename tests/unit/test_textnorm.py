import re

from kg.textnorm import MappedText, halfwidth, normalize, to_simplified


def test_normalize_keeps_source_offsets():
    src = "２０２４年 “一帶一路” 建設 ，石 家 庄"
    n = normalize(MappedText.of(src))
    assert n.text == "2024年一带一路建设,石家庄"
    i = n.text.index("一带一路")
    a, b = n.source_span(i, i + 4)
    assert src[a:b] == "一帶一路"


def test_footnote_markers_after_words_and_quotes_go():
    src = "开展“甲乙丙丁”[2]活动，建设某工程^[14]，见附表[3]。\n[1]注释：一种做法。"
    assert normalize(MappedText.of(src)).text == "开展甲乙丙丁活动,建设某工程,见附表。\n[1]注释:一种做法。"


def test_spaces_between_latin_words_stay():
    assert normalize(MappedText.of("5G 基站 and AI 应用")).text == "5G基站and AI应用"


def test_delete_and_slice_compose():
    mt = MappedText.of("(上接第一版)全年增长")
    cut = mt.delete(re.compile(r"\(上接[^)]*\)"))
    assert cut.text == "全年增长" and cut.src[0] == 7
    assert cut.slice(2, 4).source_span(0, 2) == (9, 11)


def test_simplified_text_is_left_alone():
    assert normalize(MappedText.of("乾县推进新型城镇化建设")).text == "乾县推进新型城镇化建设"


def test_conversions_preserve_length():
    assert halfwidth("ＡＢＣ１２３，") == "ABC123,"
    assert to_simplified("叢臺區政府工作報告") == "丛台区政府工作报告"
