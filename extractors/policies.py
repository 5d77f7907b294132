"""Policies: documents in 《》 that are laws, regulations, plans, programmes, measures, notices or joint
declarations; not books, television programmes, lists or the report itself."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, register
from kg import lexicons

TITLE = re.compile(r"《([^《》\n]{2,80})》")
POLICY_END = re.compile("(?:" + lexicons.alternatives("policy_end") +
                        r"|(?:19|20)\d{2}(?:—|-|－)(?:19|20)\d{2}年\)?|\d{4}年\)?)$")  # …规划, (2021—2025年)
NOT_POLICY = re.compile(lexicons.alternation("policy_not_title") + "|" + lexicons.alternation("policy_not_end") + "$")


def find_policies(doc: Doc) -> list[Match]:
    found = []
    for m in TITLE.finditer(doc.text):
        title = m.group(1)
        core = re.sub(r"[(（][^()（）]*[)）]$", "", title)  # (2021—2025年), (试行)
        end = POLICY_END.search(core) or POLICY_END.search(title)
        if end and end.start() >= 2 and not NOT_POLICY.search(title):  # 《条例》 alone names no document
            found.append(Match(m.start(1), m.end(1), "Policy"))
    return found


register("kg_policies", find_policies)
