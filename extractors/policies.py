"""Policies: documents in 《》 that are laws, regulations, plans, programmes, measures, notices or joint
declarations; not books, television programmes, lists or the report itself."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, doc_text, register

TITLE = re.compile(r"《([^《》\n]{2,80})》")
POLICY_END = re.compile(r"(?:法|声明|条例|规定|办法|规划|纲要|方案|意见|措施|通知|决定|计划|规则|细则|宣言|协议|标准|指引|指南|"
                        r"政策|公约|章程|决议|框架|备忘录|纪要|要点|导则|规范|清单管理办法|实施意见|行动计划|若干措施|"
                        r"(?:19|20)\d{2}(?:—|-|－)(?:19|20)\d{2}年\)?|\d{4}年\)?)$")
NOT_POLICY = re.compile(r"政府工作报告|清单$|名录$|目录$")


def find_policies(doc: Doc) -> list[Match]:
    found = []
    for m in TITLE.finditer(doc_text(doc)):
        title = m.group(1)
        core = re.sub(r"[(（][^()（）]*[)）]$", "", title)  # (2021—2025年), (试行)
        end = POLICY_END.search(core) or POLICY_END.search(title)
        if end and end.start() >= 2 and not NOT_POLICY.search(title):  # 《条例》 alone names no document
            found.append(Match(m.start(1), m.end(1), "Policy"))
    return found


register("kg_policies", find_policies)
