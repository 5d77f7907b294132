"""Place mentions: official and short names of GB/T 2260 divisions, kept only where they stand as words."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, doc_text, register, token_ends, token_starts
from kg import gazetteer, lexicons

WORDLIKE = lexicons.words("place_wordlike")  # short names that are ordinary words: only a full name makes a place
NOT_A_PLACE_AFTER = re.compile(lexicons.alternation("place_not_after"))  # 北京路, 新华社: part of another name
LEVEL_SUFFIX = "省市区县州盟旗"
OFFICE_AFTER = set("委人政境全")  # 沧州市委, 丛台区人民政府, 河北省政府: the name still stands alone

def find_places(doc: Doc) -> list[Match]:
    """Official names starting at a word boundary, then short names standing as whole words.

    Short names carry every division they may denote; the resolver narrows them with the issuer's province."""
    gaz = gazetteer.load()
    text = doc_text(doc)
    starts, ends = token_starts(doc), token_ends(doc)
    found: list[Match] = []
    taken = [False] * len(text)

    def add(s: int, e: int, divisions, short: bool) -> None:
        found.append(Match(s, e, "Place", candidates=tuple(d.adcode for d in divisions), short=short))
        taken[s:e] = [True] * (e - s)

    for s, e, divisions in gaz.full.scan(text):
        if s in starts and (e in ends or text[e:e + 1] in OFFICE_AFTER):
            add(s, e, divisions, short=e - s <= 2)  # 范县 in 示范县: two characters are as weak as a short name
    for s, e, divisions in gaz.short.scan(text):
        if any(taken[s:e]) or s not in starts:
            continue
        after = text[e:e + 4]
        if after[:1] and after[0] in LEVEL_SUFFIX:  # 海南州, 沧州市委 written with a level character
            narrowed = [d for d in divisions if d.name.endswith(after[0])]
            if narrowed and text[s:e + 1] not in gazetteer.GENERIC_NAMES:
                add(s, e + 1, narrowed, short=False)
            continue  # 大城市 is not 大城县
        if e in ends and text[s:e] not in WORDLIKE and not NOT_A_PLACE_AFTER.match(after):
            add(s, e, divisions, short=True)
    return sorted(found, key=lambda m: m.start)


register("kg_places", find_places)
