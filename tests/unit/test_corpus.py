"""Reading: decoding, page layout, report identity and metadata. Every snippet here is written for the tests."""
import codecs
import os
import time
from pathlib import Path

import pytest

from kg.corpus import iter_files, read_file, report_ids, split_sentences, Source, Skipped
from kg.layout import layout
from kg.pipeline import read_corpus
from kg.readers import MAX_BYTES, ReadError, read_units
from kg.readers.html import page_text
from kg.readers.text import decode
from kg.textnorm import MappedText, normalize
from tests.conftest import CITY_REPORT, write

SNIPPET = "2023年我市深入实施创新驱动发展战略，全年地区生产总值增长5%。"

# a made-up national report: the State Council speaks through its premier to the National People's Congress
NATIONAL = """2024年政府工作报告
——2024年3月5日在第十四届全国人民代表大会第二次会议上
国务院总理 张某某
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。
一、2023年工作回顾
过去一年，我们坚持稳中求进工作总基调，全面深化改革开放，加快建设现代化产业体系，推动高质量发展取得新进展。
我们深入实施区域协调发展战略，推进京津冀协同发展、长江经济带发展和粤港澳大湾区建设，推动西部大开发形成新格局。
二、2024年政府工作任务
今年要坚持稳中求进，加强宏观政策协调，完善现代化基础设施体系，扎实推进乡村全面振兴，提升人民群众生活品质。
"""


def _reports(tmp_path, name, text, encoding="utf-8"):
    reports, problems, accounts = read_corpus([write(tmp_path / name, text, encoding)])
    return reports, problems, accounts


# ------------------------------------------------------------------ decoding

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_decode_simplified(encoding):
    assert decode(SNIPPET.encode(encoding)) == SNIPPET


def test_decode_big5():
    trad = "二零二三年我市深入實施創新驅動發展戰略，全年地區生產總值增長百分之五。各位代表，現在我代表市人民政府報告工作。"
    assert decode(trad.encode("big5")) == trad


@pytest.mark.parametrize("data, message", [
    (b"\x00" * 3001, "NUL"),
    (codecs.BOM_UTF8 + "各位代表".encode() + b"\xff\xfe\xfa", "not UTF-8"),
    (codecs.BOM_UTF16_LE + SNIPPET.encode("utf-16-le")[:-1], "truncated"),
    (bytes(range(128, 256)) * 20, "not text"),
])
def test_bad_encodings_are_one_line_read_errors(data, message):
    with pytest.raises(ReadError, match=message):
        decode(data)


def test_a_badly_encoded_file_is_skipped_and_the_others_are_read(tmp_path):
    write(tmp_path / "good.txt", CITY_REPORT)
    (tmp_path / "bad.txt").write_bytes(codecs.BOM_UTF8 + b"\xff\xfe" * 10)
    reports, problems, _ = read_corpus([tmp_path])
    assert [r.issuer.name for r in reports] == ["沧州市"]
    assert [Path(p.path).name for p in problems] == ["bad.txt"]


def test_crlf_offsets_point_into_the_decoded_file(tmp_path):
    path = write(tmp_path / "r.txt", CITY_REPORT.replace("\n", "\r\n"))
    [report], _, _ = read_corpus([path])
    raw = decode(path.read_bytes())
    assert report.sentences and all(raw[s.source_start:s.source_end] == s.text for s in report.sentences)
    assert "\r" not in report.norm


# ------------------------------------------------------------------ layout

def test_a_date_line_after_the_title_does_not_drop_the_body(tmp_path):
    page = "2024年沧州市政府工作报告\n时间：2026-02-12\n来源：沧州日报\n" + CITY_REPORT.split("\n", 1)[1]
    [report], _, [account] = _reports(tmp_path, "r.txt", page)
    assert "雄安新区" in report.norm and account.dropped["crawl metadata"] > 0
    assert set(account.dropped) == {"crawl metadata", "title"}


def test_a_meeting_line_broken_in_two_is_read_whole(tmp_path):
    # invented: a page breaks the meeting line under the title after 第N届; the issuer and the session are read from it
    head, body = CITY_REPORT.split("\n", 1)
    page = "政府工作报告\n\n  ——2024年1月8日在沧州市第十五届\n\n  人民代表大会第三次会议上\n\n" + body
    [report], _, [account] = _reports(tmp_path, "r.txt", page)
    assert report.issuer.name == "沧州市" and "沧州市第十五届人民代表大会第三次会议上" in report.norm
    assert not account.dropped.get("page header")


def test_a_meeting_line_naming_the_session_short_is_report_text(tmp_path):
    # invented: the meeting line writes the session without 第 or as 人大 (在县十五届人大三次会议上); it is the report's
    # (annotation guideline: the session of the meeting line is report text), while the same words in running text
    # followed by what was decided there stay a clause of their paragraph, not a new report
    head, body = CITY_REPORT.split("\n", 1)
    for line in ("——2024年1月8日在县十五届人大三次会议上", "—2024年1月8日在沧州市十五届人民代表大会第三次会议上"):
        page = "政府工作报告\n\n" + line + "\n\n" + body + "在县十五届人大三次会议上确定的任务全部完成。\n"
        [report], _, [account] = _reports(tmp_path, "r.txt", page)
        assert line.lstrip("—") in report.norm and not account.dropped.get("page header")


def test_numbered_headings_above_the_title_are_its_table_of_contents(tmp_path):
    # invented: a page opens with the report's outline (一、…, （二）…) before the title; dropped with that reason
    page = "一、回顾过去一年\n（一）聚焦项目建设\n（二）聚焦乡村振兴\n二、今年的工作\n" + CITY_REPORT
    [report], _, [account] = _reports(tmp_path, "r.txt", page)
    assert report.title == "2024年沧州市政府工作报告" and account.dropped["table of contents"] > 0
    assert not account.dropped.get("page header")


def test_headers_and_captions_are_no_reports_of_their_own(tmp_path):
    page = ("下载\n打印\n【字号：\n大\n】\n政府工作报告\n" + CITY_REPORT.split("\n", 1)[0] + "\n"
            "某某同志作政府工作报告。本报记者 某某摄\n" + CITY_REPORT.split("\n", 1)[1] + "相关报道：\n")
    [report], _, [account] = _reports(tmp_path, "r.txt", page)
    assert report.title == "2024年沧州市政府工作报告" and report.issuer.name == "沧州市"
    assert {"caption", "page tools"} <= set(account.dropped)


def test_a_report_repeated_in_a_page_is_kept_once(tmp_path):
    body = CITY_REPORT.split("\n", 1)[1]
    page = "2024年沧州市政府工作报告\n" + body + "版权所有 沧州市人民政府\n冀ICP备00000000号\n首页 > 政府工作报告\n" \
           "2024年沧州市政府工作报告\n" + body
    [report], _, [account] = _reports(tmp_path, "r.txt", page)
    assert report.norm.count("雄安新区") == 1
    assert account.dropped["repeated copy"] > 0 and any("repeated" in w for w in account.warnings)


def test_paragraphs_flattened_with_wide_spaces_become_lines():
    text = "各位代表：\u3000\u3000现在我代表市人民政府报告工作。\u3000\u3000一、2023年工作回顾\u3000\u3000过去一年推进项目建设。"
    norm = normalize(MappedText.of(text))
    assert norm.text.split("\n") == ["各位代表:", "现在我代表市人民政府报告工作。", "一、2023年工作回顾", "过去一年推进项目建设。"]


def test_text_that_is_no_report_is_skipped_with_that_reason(tmp_path):
    novel = "北京市政府工作报告\n" + "他推开门，看见窗外的雨下个不停。她笑了笑，没有说话，只是把伞递给他。" * 8
    reports, problems, _ = _reports(tmp_path, "novel.txt", novel)
    assert not reports and "not a report" in problems[0].reason


# ------------------------------------------------------------------ formats

def test_one_report_per_row_csv_with_bom_and_multiline_field(tmp_path):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["province", "year", "title", "source_url", "publish_date", "full_text"])
    w.writerow(["河北省", "2024", "2024年沧州市政府工作报告", "http://example.org/1", "2024-01-20", CITY_REPORT])
    w.writerow(["河北省", "2023", "2023年德州市政府工作报告", "http://example.org/2", "2023-01-10",
                "时间：2023-01-10\n" + CITY_REPORT.replace("沧州", "德州").replace("2024年", "2023年")])
    path = write(tmp_path / "reports.csv", buf.getvalue(), "utf-8-sig")
    reports, problems, _ = read_corpus([path])
    assert not problems
    assert [(r.id, r.issuer.name, r.year, r.locator) for r in reports] == [
        ("reports#1", "沧州市", 2024, "row 1"), ("reports#2", "德州市", 2023, "row 2")]
    cell = CITY_REPORT
    s = reports[0].sentences[3]
    assert cell[s.source_start:s.source_end] == s.text


def test_table_without_text_column_names_the_option(tmp_path):
    path = write(tmp_path / "t.csv", "a,b\n1,2\n")
    with pytest.raises(ReadError, match="--text-column"):
        read_units(path)


def test_jsonl_and_year_tab_lines(tmp_path):
    import json
    write(tmp_path / "r.jsonl", json.dumps({"place": "沧州市", "content": CITY_REPORT}, ensure_ascii=False) + "\n")
    flat = CITY_REPORT.replace("\n", "\u3000\u3000")
    write(tmp_path / "years.txt", f"2024\t{flat.replace('沧州', '衡水')}\n2023\t{flat.replace('2024', '2023').replace('沧州', '德州')}\n")
    reports, problems, _ = read_corpus([tmp_path])
    assert not problems
    assert sorted((r.id, r.issuer.name, r.year) for r in reports) == [
        ("r", "沧州市", 2024), ("years#1", "衡水市", 2024), ("years#2", "德州市", 2023)]
    line_report = next(r for r in reports if r.id == "years#2")
    raw = (tmp_path / "years.txt").read_text("utf-8")
    assert all(raw[s.source_start:s.source_end] == s.text for s in line_report.sentences)


def test_tmx_reads_the_chinese_side(tmp_path):
    segs = [s for s in CITY_REPORT.split("\n") if s]
    tus = "".join(f'<tu><tuv xml:lang="zh-CN"><seg>{s}</seg></tuv><tuv xml:lang="en-US"><seg>English {i}</seg></tuv></tu>'
                  for i, s in enumerate(segs))
    write(tmp_path / "r.tmx", f'<?xml version="1.0"?><tmx version="1.4"><header/><body>{tus}</body></tmx>')
    [report], _, _ = read_corpus([tmp_path / "r.tmx"])
    assert report.issuer.name == "沧州市" and "English" not in report.norm


def test_html5_without_head_end_and_with_unclosed_list_items(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in CITY_REPORT.split("\n"))
    page = ("<!doctype html><html><meta charset=utf-8><title>报告</title><body><nav><ul><li>首页<li>政务公开</ul></nav>"
            f"<div class=content>{body}</div><div class=footer>版权所有 某市人民政府</div>")
    [report], _, [account] = _reports(tmp_path, "r.html", page)
    assert report.issuer.name == "沧州市" and "首页" not in report.norm
    assert account.dropped["navigation"] > 0


def test_deeply_nested_html_is_refused_before_parsing(tmp_path):
    from kg.readers.html import MAX_DEPTH

    inner = "<p>各位代表：推进项目建设。</p>"
    ok = "<html><body>" + "<div>" * 200 + inner + "</div>" * 200 + "</body></html>"
    assert "推进项目建设" in page_text(ok)[0]
    deep = "<html><body>" + "<div>" * (MAX_DEPTH + 1) + inner + "</div>" * (MAX_DEPTH + 1)
    t = time.perf_counter()
    with pytest.raises(ReadError, match="nested"):
        read_units(write(tmp_path / "deep.html", deep * 20))
    assert time.perf_counter() - t < 1


def test_docx_and_pdf(tmp_path):
    import docx
    document = docx.Document()
    for line in CITY_REPORT.split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "r.docx")
    [report], problems, _ = read_corpus([tmp_path / "r.docx"])
    assert report.issuer.name == "沧州市" and not problems
    from pypdf import PdfWriter
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    with open(tmp_path / "scan.pdf", "wb") as f:
        writer.write(f)
    with pytest.raises(ReadError, match="without a text layer"):
        read_units(tmp_path / "scan.pdf")


def test_oversized_files_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(ReadError, match="larger than"):
        read_units(path)


# ------------------------------------------------------------------ identity and metadata

def test_the_state_councils_report_is_national(tmp_path):
    [report], _, _ = _reports(tmp_path, "2024.txt", NATIONAL)
    assert (report.issuer.adcode, report.issuer.name, report.issuer.level, report.year) == \
        ("100000", "中华人民共和国", "national", 2024)


def test_same_name_in_two_folders_gives_two_reports(tmp_path):
    write(tmp_path / "2023" / "德州.txt", CITY_REPORT.replace("沧州", "德州").replace("2024年", "2023年"))
    write(tmp_path / "2024" / "德州.txt", CITY_REPORT.replace("沧州", "德州"))
    reports, problems, _ = read_corpus([tmp_path / "2023", tmp_path / "2024"])
    assert sorted((r.id, r.year) for r in reports) == [("2023/德州", 2023), ("2024/德州", 2024)]


def test_the_same_text_twice_is_built_once(tmp_path):
    write(tmp_path / "report.txt", CITY_REPORT)
    write(tmp_path / "report.html", "<html><body>" + "".join(f"<p>{l}</p>" for l in CITY_REPORT.split("\n")))
    reports, problems, accounts = read_corpus([tmp_path, tmp_path / "report.txt"])
    assert len(reports) == 1
    assert any("same file" in p.reason for p in problems)
    assert any("same text" in w for a in accounts for w in a.warnings)
    assert report_ids([Source(tmp_path / "report.txt", "report.txt"), Source(tmp_path / "report.html", "report.html")]) \
        == {"report.txt": "report.txt", "report.html": "report.html"}


def test_a_report_without_year_is_kept_with_a_warning(tmp_path):
    text = CITY_REPORT.replace("2024年", "").replace("2023年", "").replace("——1月10日在", "——在")
    [report], _, _ = _reports(tmp_path, "r.txt", text.replace("2024", ""))
    assert report.year is None and any("year" in w for w in report.warnings)


def test_paths_that_are_not_read_are_reported(tmp_path):
    write(tmp_path / "a.txt", CITY_REPORT)
    write(tmp_path / ".hidden.txt", CITY_REPORT)
    write(tmp_path / ".git" / "x.txt", CITY_REPORT)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path / "notes.xyz", "x")
    items = list(iter_files([tmp_path, tmp_path / "pipe.txt"]))
    reasons = {Path(i.path).name: i.reason for i in items if isinstance(i, Skipped)}
    assert [Path(i.path).name for i in items if isinstance(i, Source)] == ["a.txt"]
    assert "hidden" in reasons[".hidden.txt"] and "hidden" in reasons[".git"]
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert "named pipe" in reasons["pipe.txt"] and "unsupported" in reasons["notes.xyz"]


def test_sentences_quote_the_source_and_know_their_part(tmp_path):
    [report], _, _ = _reports(tmp_path, "r.txt", CITY_REPORT)
    raw = (tmp_path / "r.txt").read_text("utf-8")
    for s in report.sentences:
        assert raw[s.source_start:s.source_end] == s.text
    review = [s for s in report.sentences if "承接北京" in s.text][0]
    plan = [s for s in report.sentences if "雄安新区" in s.text][0]
    assert (review.part, plan.part) == ("review", "plan")


def test_a_plan_headed_by_the_years_main_tasks():
    text = "一、2025年工作回顾\n过去一年推进甲乙建设。\n三、2026年主要任务\n今年推进丙丁建设。"
    sents = split_sentences(normalize(MappedText.of(text)), text)
    assert [(s.text, s.part) for s in sents if "建设" in s.text] == [("过去一年推进甲乙建设。", "review"),
                                                                    ("今年推进丙丁建设。", "plan")]


def test_the_coming_five_years_are_a_plan_before_the_years_work():
    # invented: a part on the coming period between the review and the year's work is a plan; under a heading that
    # first reviews the last period, the plan starts at the sentence that opens on the coming one
    text = ("一、2030年工作回顾\n过去一年出台甲乙纲要。\n二、十六五时期主要目标任务\n制定丙丁纲要。\n"
            "三、2031年重点工作\n今年推进戊己建设。")
    sents = split_sentences(normalize(MappedText.of(text)), text)
    assert [s.part for s in sents if "纲要" in s.text or "建设" in s.text] == ["review", "plan", "plan"]
    text = ("一、2030年工作回顾\n过去一年推进甲乙建设。\n二、十五五时期发展成就和十六五时期主要目标任务\n"
            "过去五年出台丙丁纲要。\n十六五时期是关键时期。\n制定戊己纲要。\n三、2031年重点工作\n今年推进庚辛建设。")
    sents = split_sentences(normalize(MappedText.of(text)), text)
    assert [s.part for s in sents if "纲要" in s.text] == ["review", "plan"]


def test_split_sentences_without_headings_is_all_plan():
    body = normalize(MappedText.of("推进项目建设。扩大有效投资！"))
    sents = split_sentences(body, "推进项目建设。扩大有效投资！")
    assert [s.text for s in sents] == ["推进项目建设。", "扩大有效投资！"]
    assert {s.part for s in sents} == {"plan"}


def test_the_last_line_without_a_sentence_end_is_a_sentence_where_blank_lines_part_paragraphs():
    # invented: a text cut mid-sentence (a page excerpt, a file that ends without 。) keeps its last line as a sentence,
    # also where blank lines separate paragraphs and a single line break only wraps a line
    text = "推进项目建设。\n\n扩大有效投资，实施甲乙行动，打造了丙、丁"
    sents = split_sentences(normalize(MappedText.of(text)), text)
    assert [s.text for s in sents] == ["推进项目建设。", "扩大有效投资，实施甲乙行动，打造了丙、丁"]


def test_page_breaks_inside_sentences_are_repaired(tmp_path):
    text = (CITY_REPORT + "\n加快建设健康城市。促进优质医疗资源扩容下\n\n沉和均衡布局，建设新院区。\n\n"
            "（二）发展实体经济\n\n推进项目建设。\n")
    [report], _, _ = _reports(tmp_path, "r.txt", text)
    joined = [s for s in report.sentences if "扩容" in s.text][0]
    assert "下沉和均衡布局" in report.norm[joined.start:joined.end]
    assert any(s.text == "（二）发展实体经济" for s in report.sentences)


def test_a_text_without_sentence_ends_is_cut_into_bounded_sentences(tmp_path):
    from kg.corpus import MAX_SENTENCE

    text = CITY_REPORT + "推进" + "项目建设和产业发展，" * 400 + "\n"
    [report], _, _ = _reports(tmp_path, "r.txt", text)
    assert max(s.end - s.start for s in report.sentences) <= MAX_SENTENCE


def test_a_unit_longer_than_any_report_is_refused(tmp_path, monkeypatch):
    import kg.readers as readers

    monkeypatch.setattr(readers, "MAX_UNIT_CHARS", 100)
    with pytest.raises(ReadError, match="longer than any report"):
        read_units(write(tmp_path / "r.txt", CITY_REPORT))


def test_xlsx_and_parquet_tables(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["城市", "年份", "正文"])
    book.active.append(["沧州市", 2024, CITY_REPORT])
    book.save(tmp_path / "t.xlsx")
    pq.write_table(pa.Table.from_pylist([{"city": "德州市", "text": CITY_REPORT.replace("沧州", "德州")}]),
                   tmp_path / "t.parquet")
    reports, problems, _ = read_corpus([tmp_path])
    assert not problems
    assert sorted((r.id, r.issuer.name, r.year) for r in reports) == [("t.parquet", "德州市", 2024),
                                                                      ("t.xlsx", "沧州市", 2024)]
