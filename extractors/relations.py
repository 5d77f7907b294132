"""Relations a sentence states between its matches: SUPPORTS (program, project or zone → strategy), COOPERATES_WITH
(the issuing place ↔ a place), LOCATED_IN (zone, project, enterprise or event → a place written just before it)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.base import Relation, doc_text, matches
from kg import lexicons

CLAUSE = re.compile(r"[^，,；;。！？!?:：]+")
TIES = re.compile(lexicons.alternatives("relation_ties"))
SUPPORTERS = ("Program", "Project", "Zone")
TOPIC_CLAUSE = 14  # characters: a short opening clause (加快天衢新区建设) sets the sentence's topic
FRAME_SENTENCE = 150  # characters: in a sentence no longer, an opening 融入一带一路 frames what the next clauses do
FRAME_CLAUSES = 4  # the opening clause and the three after it
COOPERATION = [(re.compile(lexicons.alternatives(f"cooperation_{name}")), kind)  # most specific first
               for name, kind in (("counterpart", "counterpart support"), ("pairing", "pairing"),
                                  ("sister_city", "sister city"), ("integration", "integration"),
                                  ("general", "cooperation"))]
HOSTS = {"Zone", "Project", "Enterprise", "Event"}


def find_relations(doc: Doc) -> list[Relation]:
    found = matches(doc)
    out: list[Relation] = []
    topic: list[int] = []  # what the sentence's opening clause names, when it names one thing
    frame: list[int] = []  # the strategies an opening clause serves (深度融入一带一路，…，建设保税物流中心)
    for n, clause in enumerate(CLAUSE.finditer(doc_text(doc))):
        inside = [(i, m) for i, m in enumerate(found) if clause.start() <= m.start and m.end <= clause.end()]
        text = clause.group()
        # a supporter written with the very span of a match of another kind (中国星网 of 中国星网、中国华能总部: the
        # firm's headquarters and the firm) cannot be told from it by its span: no relation is read from it
        supporters = [i for i, m in inside if m.label in SUPPORTERS and not any(
            o.start == m.start and o.end == m.end and o.label not in SUPPORTERS for _, o in inside)]
        if n == 0 and len(supporters) == 1 and len(text) <= TOPIC_CLAUSE:
            topic = supporters
        strategies = [i for i, m in inside if m.label == "Strategy"]
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
