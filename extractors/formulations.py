"""Formulations not in the vocabulary: quoted numbered slogans (“两个维护”, “六稳”, “三个务必”)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.base import Match, covered, doc_text, quoted, register

NUMBERED = re.compile(r"^[一二两三四五六七八九十百千万]+个[\u4e00-\u9fff]{1,6}$")  # short forms (六稳) are in the vocabulary


def find_formulations(doc: Doc) -> list[Match]:
    text = doc_text(doc)
    return [Match(s, e, "Formulation") for s, e in quoted(doc)
            if NUMBERED.match(text[s:e]) and not covered(doc, s, e)
            and not re.match(r"^[一二两三四五六七八九十]+(?:年|月|日|号|期|批|家|项|届|次|条|大|类|级|区|县|市|镇|乡|村|线|连)", text[s:e])
            and not re.fullmatch(r"十[一二三四五六七八九]五", text[s:e])]  # five-year plans are plans


register("kg_formulations", find_formulations)
