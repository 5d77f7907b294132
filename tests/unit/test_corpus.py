import pytest

from kg.corpus import ReadError, decode, html_text, read_reports, split_reports, split_sentences
from kg.textnorm import MappedText, normalize
from tests.conftest import CITY_REPORT, write

SNIPPET = "2023年我市深入实施创新驱动发展战略，全年地区生产总值增长5%。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_decode_simplified(encoding):
    assert decode(SNIPPET.encode(encoding)) == SNIPPET


def test_decode_big5():
    trad = "二零二三年我市深入實施創新驅動發展戰略，全年地區生產總值增長百分之五。各位代表，現在我代表市人民政府報告工作。"
    assert decode(trad.encode("big5")) == trad


def test_decode_rejects_binary():
    with pytest.raises(ReadError):
        decode(bytes(range(128, 256)) * 20)


def test_html_page_text_drops_scripts_and_navigation():
    page = """<html><head><title>x</title><script>var a = 1;</script></head><body>
    <nav><a href="/">首页</a></nav><div class="breadcrumb">位置：首页</div>
    <div class="article"><p>2024年某市政府工作报告</p><p>各位代表：现在我代表市人民政府报告工作。</p></div>
    <footer>版权所有 联系我们</footer></body></html>"""
    text = html_text(page)
    assert "各位代表" in text and "var a" not in text and "首页" not in text and "版权所有" not in text


def test_split_on_titles_and_drop_site_furniture():
    raw = ("-\n2022年甲市政府工作报告\n2022年甲市政府工作报告2022年1月5日在甲市第九届人民代表大会第一次会议上各位代表：正文一。\n"
           "2025-07-02\n\n2022年乙县政府工作报告\n各位代表：正文二(下转第二版)继续。\n2025-07-02\n有想补充的信息?点我投稿\n- 联系我们\n")
    parts = split_reports(normalize(MappedText.of(raw)))
    assert [p.title for p in parts] == ["2022年甲市政府工作报告", "2022年乙县政府工作报告"]
    assert parts[0].body.text.startswith("2022年1月5日在甲市")
    assert parts[1].body.text == "各位代表:正文二继续。"


def test_sentences_quote_the_source_and_know_their_part(tmp_path):
    path = write(tmp_path / "r.txt", CITY_REPORT)
    [report] = read_reports(path)
    raw = path.read_text("utf-8")
    for s in report.sentences:
        assert raw[s.source_start:s.source_end] == s.text
    review = [s for s in report.sentences if "承接北京" in s.text][0]
    plan = [s for s in report.sentences if "雄安新区" in s.text][0]
    assert (review.part, plan.part) == ("review", "plan")


def test_split_sentences_without_headings_is_all_plan():
    body = normalize(MappedText.of("推进项目建设。扩大有效投资！"))
    sents = split_sentences(body, "推进项目建设。扩大有效投资！")
    assert [s.text for s in sents] == ["推进项目建设。", "扩大有效投资！"]
    assert {s.part for s in sents} == {"plan"}


def test_empty_file_is_an_error(tmp_path):
    with pytest.raises(ReadError, match="empty"):
        read_reports(write(tmp_path / "empty.txt", "  \n"))


def test_page_breaks_inside_sentences_are_repaired(tmp_path):
    text = ("各位代表：\n\n一、2024年重点工作\n\n加快建设健康城市。促进优质医疗资源扩容下\n\n沉和均衡布局，建设新院区。\n\n"
            "（二）发展实体经济\n\n推进项目建设。\n")
    [report] = read_reports(write(tmp_path / "r.txt", text))
    joined = [s for s in report.sentences if "扩容" in s.text][0]
    assert "下沉和均衡布局" in report.norm[joined.start:joined.end]
    assert joined.text == "促进优质医疗资源扩容下\n\n沉和均衡布局，建设新院区。"
    assert any(s.text == "（二）发展实体经济" for s in report.sentences)
