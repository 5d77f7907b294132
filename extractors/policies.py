"""Policies: documents in 《》 that are laws, regulations, plans, programmes, measures, notices, lists or joint
declarations (not books, television programmes or the report itself); and titled documents written without 《》
(…总体规划, “十四五”规划, …负面清单, …促进法, 民营经济32条) unless the text says they are still to be drawn up."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, doc_text, name_start, quoted, register
from kg import lexicons

TITLE = re.compile(r"《([^《》\n]{2,80})》")
POLICY_END = re.compile("(?:" + lexicons.alternatives("policy_end") +
                        r"|(?:19|20)\d{2}(?:—|-|－)(?:19|20)\d{2}年\)?|\d{4}年\)?)$")  # …规划, (2021—2025年)
NOT_POLICY = re.compile(lexicons.alternation("policy_not_title"))
FIVE_YEAR = re.compile(r"十?[一二三四五六七八九]五")  # “十四五”, “八五”
TITLED = re.compile(lexicons.alternation("policy_titled_end") + r"|规划纲要|规划")
DRAFTED = re.compile(lexicons.alternation("policy_draft_verbs"))  # within the clause, just before the title
LEVELS = re.compile(lexicons.alternation("policy_levels"))  # 市县两级总体规划: the plans of a level, not one document
NOT_AFTER = re.compile(lexicons.alternation("policy_not_after"))  # 负面清单制度: a longer phrase, not the document
_N = r"(?:\d+|[一二三四五六七八九十]+)"
MEASURES = re.compile(rf"{_N}条(?:政策措施|措施|政策)?(?![\u4e00-\u9fff])|{_N}条(?:政策措施|措施|政策)")
QUOTED_TITLE = re.compile("(?:" + "|".join(_N + re.escape(t) if t == "条" else re.escape(t)  # 32条, not 条
                                           for t in lexicons.terms("policy_quoted_end")) + ")$")
IN_FORCE = re.compile(lexicons.alternation("policy_document_verbs") + "$")
KNOWN = re.compile(lexicons.alternation("policy_names"))


def _unquoted(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    found = []
    for m in TITLED.finditer(text):
        start = name_start(doc, m.start(), max_chars=24)
        if start is None or m.start() - start < 2 or DRAFTED.search(text[max(0, start - 8):start].split("，")[-1]) or \
                LEVELS.search(text, start, m.start()) or NOT_AFTER.match(text, m.end()) or \
                covered(doc, start, m.end(), {"Policy", "Event"}):
            continue
        if m.group() in ("规划", "规划纲要") and not FIVE_YEAR.search(text, start, m.start()):
            continue  # 国土空间规划: a plan only when a five-year plan names it
        found.append(Match(start, m.end(), "Policy"))
    for m in MEASURES.finditer(text):
        start = name_start(doc, m.start(), max_chars=16)
        if start is None or m.start() - start < 2 or covered(doc, start, m.end(), {"Policy"}):
            continue
        if not m.group().endswith(("措施", "政策")) and not IN_FORCE.search(text, max(0, start - 4), start):
            continue  # 开通国际航线12条: a count, not a document
        found.append(Match(start, m.end(), "Policy"))
    found += [Match(m.start(), m.end(), "Policy") for m in KNOWN.finditer(text)]
    for s, e in quoted(doc):  # “民营经济32条”, “人才新政”: the quotes make a title
        end = QUOTED_TITLE.search(text, s, e)
        if end and end.start() - s >= 2 and not covered(doc, s, e, {"Policy"}):
            found.append(Match(s, e, "Policy"))
    return found


def find_policies(doc: Doc) -> list[Match]:
    found = []
    for m in TITLE.finditer(doc_text(doc)):
        title = m.group(1)
        core = re.sub(r"[(（][^()（）]*[)）]$", "", title)  # (2021—2025年), (试行)
        end = POLICY_END.search(core) or POLICY_END.search(title)
        if end and end.start() >= 2 and not NOT_POLICY.search(title):  # 《条例》 alone names no document
            found.append(Match(m.start(1), m.end(1), "Policy"))
    return found + [p for p in _unquoted(doc) if not any(f.start < p.end and p.start < f.end for f in found)]


register("kg_policies", find_policies)
