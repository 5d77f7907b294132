"""Run the pipeline over the sentences of one report and return its mentions with source offsets."""
from __future__ import annotations

from spacy.language import Language

from kg.model import Candidate, Extraction, Mention, Report


def extract(nlp: Language, report: Report, batch_size: int = 256) -> Extraction:
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    texts = (report.norm[s.start:s.end] for s in report.sentences)
    for sentence, doc in zip(report.sentences, nlp.pipe(texts, batch_size=batch_size)):
        def mention(type_: str, s: int, e: int, **kw) -> Mention:
            a = report.offsets[sentence.start + s]
            b = report.offsets[sentence.start + e - 1] + 1
            return Mention(report.id, type_, kw.pop("key", ""), report_source_text(report, a, b), a, b,
                           sentence.index, **kw)

        for m in doc._.kg_matches or ():
            mentions.append(mention(m.label, m.start, m.end, key=m.key, candidates=m.candidates, short=m.short,
                                    cites=m.cites))
        for term in doc._.strategy_candidates or ():
            candidates.append(Candidate(report.id, term, sentence.index, sentence.text))
    return Extraction(report.id, tuple(mentions), tuple(candidates))


def report_source_text(report: Report, start: int, end: int) -> str:
    """The source characters start..end (file offsets) as written."""
    base = report.offsets[0]
    return report.text[start - base:end - base]
