"""Run the pipeline over the sentences of one report: mentions, candidate terms and relations, in source offsets."""
from __future__ import annotations

import bisect
import re

from spacy.language import Language

from extractors.base import doc_text
from extractors.strategies import umbrella_endings
from kg import gazetteer, vocab
from kg.graph import given_name
from kg.model import Candidate, Division, Extraction, Mention, RelationMention, Report

QUOTES = re.compile(r"“([^“”\n]{1,30})”|\"([^\"\n]{1,30})\"|「([^「」\n]{1,30})」")


def quoted_spans(report: Report, start: int, end: int) -> list[tuple[int, int]]:
    """Spans, in the normalized sentence report.norm[start:end], that the source wrote inside quotation marks."""
    offsets = report.offsets[start:end]
    if not offsets:
        return []
    base = report.offsets[0]
    # one character more on each side: normalization drops quotes, so a sentence may begin just after its “
    first = max(offsets[0] - 1, base)
    source = report.text[first - base:offsets[-1] + 2 - base]
    spans = []
    for m in QUOTES.finditer(source):
        g = next(i for i in range(1, 4) if m.group(i) is not None)
        a = bisect.bisect_left(offsets, first + m.start(g))
        b = bisect.bisect_left(offsets, first + m.end(g))
        if a < b:
            spans.append((a, b))
    return spans


def extract(nlp: Language, report: Report, batch_size: int = 256) -> Extraction:
    mentions: list[Mention] = []
    candidates: list[Candidate] = []
    relations: list[RelationMention] = []
    docs, umbrellas = [], umbrella_endings(report.norm)
    for s in report.sentences:
        doc = nlp.make_doc(report.norm[s.start:s.end])
        doc._.quoted = quoted_spans(report, s.start, s.end)
        doc._.part = s.part
        doc._.umbrellas = umbrellas
        doc._.issuer = report.issuer
        docs.append(doc)
    for sentence, doc in zip(report.sentences, nlp.pipe(docs, batch_size=batch_size)):
        def span(s: int, e: int) -> tuple[int, int]:
            return whole_quotes(report, report.offsets[sentence.start + s], report.offsets[sentence.start + e - 1] + 1)

        found = doc._.kg_matches or []
        for m in found:
            a, b = span(m.start, m.end)
            mentions.append(Mention(report.id, m.label, m.key, report_source_text(report, a, b), a, b, sentence.index,
                                    cites=m.cites, candidates=m.candidates, short=m.short, attrs=m.attrs,
                                    norm=doc_text(doc)[m.start:m.end]))
        for term, kind in doc._.kg_candidates or ():
            candidates.append(Candidate(report.id, term, kind, sentence.index, sentence.text))
        for r in doc._.kg_relations or ():
            source = None if r.source < 0 else span(found[r.source].start, found[r.source].end)
            target = span(found[r.target].start, found[r.target].end)
            relations.append(RelationMention(report.id, r.type, source, target, sentence.index, r.attrs))
    dropped = programs_named_as_strategies(mentions) | concepts_of_other_provinces(mentions, report.issuer)
    mentions = [m for m in mentions if (m.type, m.start, m.end) not in dropped]
    spans = {(a, b) for _, a, b in dropped}
    relations = [r for r in relations if r.source not in spans and r.target not in spans]
    return Extraction(report.id, tuple(mentions), tuple(candidates), tuple(relations))


def programs_named_as_strategies(mentions: list[Mention]) -> set[tuple[str, int, int]]:
    """The Program mentions (type and span) whose name the report sets out as a Strategy elsewhere (its headline goal:
    建设经济强省、美丽河北; then 建设天蓝地绿水秀的美丽河北): one entry per entity per report, with one type
    (guideline 2), so the strategy it is, no Program beside it."""
    strategies = {given_name(m) for m in mentions if m.type == "Strategy"}
    return {(m.type, m.start, m.end) for m in mentions if m.type == "Program" and given_name(m) in strategies}


def concepts_of_other_provinces(mentions: list[Mention], issuer: Division | None) -> set[tuple[str, int, int]]:
    """The concept mentions (type and span) whose concept only some provinces' reports name (dcterms:spatial:
    新旧动能转换, Shandong's strategy), in a report issued outside them: there the words describe a process."""
    concepts = vocab.load().concepts
    province = gazetteer.load().province_of(issuer).adcode if issuer else ""
    return {(m.type, m.start, m.end) for m in mentions
            if (c := concepts.get(m.key)) and c.provinces and province not in c.provinces}


QUOTE_PAIRS = ("“”", "‘’", "「」", "『』", "《》")


def whole_quotes(report: Report, start: int, end: int) -> tuple[int, int]:
    """A mention's span start..end (file offsets) with no unbalanced quotation mark. Matching drops quotes, so a span
    may keep one mark of a pair without the other: a closing mark without its opening takes the opening just before
    the span (火炬”计划 → “火炬”计划), an opening without its closing the closing just after it (共建“一带一路 →
    共建“一带一路”); with no such mark beside it, a lone mark that is the span's first or last character is dropped,
    unless it is the whole span.
    The name is untouched."""
    base, text = report.offsets[0], report.text
    a, b = start - base, end - base
    for opening, closing in QUOTE_PAIRS:
        if opening not in text[a:b] and closing not in text[a:b]:
            continue
        openings, closings = [], []  # the positions of the lone marks
        for i in range(a, b):
            if text[i] == opening:
                openings.append(i)
            elif text[i] == closing:
                if openings:
                    openings.pop()
                else:
                    closings.append(i)
        if closings and a > 0 and text[a - 1] == opening:
            a -= 1
        elif closings and closings[0] == a < b - 1:
            a += 1
        elif closings and closings[-1] == b - 1 > a:
            b -= 1
        if openings and b < len(text) and text[b] == closing:
            b += 1
        elif openings and openings[-1] == b - 1 > a:
            b -= 1
        elif openings and openings[0] == a < b - 1:
            a += 1
    return a + base, b + base


def report_source_text(report: Report, start: int, end: int) -> str:
    """The source characters start..end (file offsets) as written."""
    base = report.offsets[0]
    return report.text[start - base:end - base]
