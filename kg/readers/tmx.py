"""TMX translation memories: the Chinese side, segment after segment."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from kg.readers import ReadError, Unit

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CLAUSE_END = re.compile(r"[，、,\u4e00-\u9fff]$")


def read(path: Path) -> list[Unit]:
    segments = []
    try:
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag == "tuv":
                lang = (elem.get(_XML_LANG) or elem.get("lang") or "").lower()
                if lang.startswith("zh"):
                    seg = elem.find("seg")
                    if seg is not None:
                        segments.append("".join(seg.itertext()).strip())
                elem.clear()
    except ET.ParseError as e:
        raise ReadError(f"not a well-formed TMX file: {e}") from None
    if not segments:
        raise ReadError("a TMX file without Chinese (zh) segments")
    # alignment splits some sentences at commas: rejoin those, start a new line after a whole sentence
    parts = [segments[0]]
    for prev, seg in zip(segments, segments[1:]):
        parts.append("" if _CLAUSE_END.search(prev) and len(prev) >= 30 else "\n")
        parts.append(seg)
    return [Unit("".join(parts))]
