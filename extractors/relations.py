"""Relations a sentence states between its matches: SUPPORTS (program, project or zone → strategy), COOPERATES_WITH
(the issuing place ↔ a place), LOCATED_IN (zone, project, enterprise or event → a place written just before it)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Relation, doc_text, matches

CLAUSE = re.compile(r"[^，,；;。！？!?:：]+")
TIES = re.compile(r"落实|服务|融入|对接|承接|助力|支撑|服从|支持|赋能|打造")
SUPPORTERS = ("Program", "Project", "Zone")
TOPIC_CLAUSE = 14  # characters: a short opening clause (加快天衢新区建设) sets the sentence's topic
FRAME_SENTENCE = 150  # characters: in a sentence no longer, an opening 融入一带一路 frames what the next clauses do
FRAME_CLAUSES = 4  # the opening clause and the three after it
COOPERATION = [  # (words, kind), most specific first
    (re.compile(r"对口支援|对口帮扶|对口协作|东西部协作|援疆|援藏|受援|援建"), "counterpart support"),
    (re.compile(r"结对|结成对子"), "pairing"),
    (re.compile(r"友好城市|友城|姊妹城市|友好关系"), "sister city"),
    (re.compile(r"一体化|同城化|协同发展|融合发展"), "integration"),
    (re.compile(r"合作|协作|携手|共建|联动|签约|框架协议"), "cooperation"),
]
HOSTS = {"Zone", "Project", "Enterprise", "Event"}


def find_relations(doc: Doc) -> list[Relation]:
    found = matches(doc)
    out: list[Relation] = []
    topic: list[int] = []  # what the sentence's opening clause names, when it names one thing
    frame: list[int] = []  # the strategies an opening clause serves (深度融入一带一路，…，建设保税物流中心)
    for n, clause in enumerate(CLAUSE.finditer(doc_text(doc))):
        inside = [(i, m) for i, m in enumerate(found) if clause.start() <= m.start and m.end <= clause.end()]
        text = clause.group()
        supporters = [i for i, m in inside if m.label in SUPPORTERS]
        if n == 0 and len(supporters) == 1 and len(text) <= TOPIC_CLAUSE:
            topic = supporters
        strategies = [i for i, m in inside if m.label == "Strategy" and m.cites]
        tied = strategies if TIES.search(text) else []
        if n == 0 and len(doc_text(doc)) <= FRAME_SENTENCE:
            frame = tied
        elif n < FRAME_CLAUSES:
            tied = tied + [j for j in frame if j not in tied]
        for i in supporters or (topic if n and tied else []):  # 加快天衢新区建设，…，打造京津冀协同联动示范区
            for j in tied:
                out.append(Relation("SUPPORTS", i, j))
        places = [(i, m) for i, m in inside if m.label == "Place"
                  and not any(o.label == "Place" and o.start == m.end for _, o in inside)  # 北京 of 北京朝阳区
                  and not any(o.label in HOSTS and o.start <= m.start and m.end <= o.end for _, o in inside)]
        kind = next((k for pattern, k in COOPERATION if pattern.search(text)), None)
        if kind:
            for i, _ in places:
                out.append(Relation("COOPERATES_WITH", -1, i, (("relation", kind),)))
        for i, m in inside:
            if m.label in HOSTS:
                before = [(j, p) for j, p in places if p.end <= m.start and m.start - p.end <= 4 and
                          not re.search(r"[、和与及]", doc_text(doc)[p.end:m.start])]
                if before:
                    out.append(Relation("LOCATED_IN", i, before[-1][0], (("method", "sentence"),)))
    return out


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.kg_relations = find_relations(doc)
        return doc

    return component
