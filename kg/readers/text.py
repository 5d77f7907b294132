"""Plain text files: decoding (BOM, UTF-8, UTF-16, GB18030, Big5, then charset-normalizer), and line files of
`year<TAB>text`, one report a line."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from kg.readers import Hints, ReadError, Unit, read_bytes

# the 500 most common characters of modern Chinese: the share of them tells GB18030 from Big5 text
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定"
              "行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然"
              "前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无"
              "系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组"
              "见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争"
              "济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
              "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连"
              "断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院"
              "查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


def _common_share(text: str) -> float:
    from kg.textnorm import to_simplified

    cjk = [c for c in to_simplified(text[:20000]) if "\u4e00" <= c <= "\u9fff"]
    return sum(c in _COMMON for c in cjk) / len(cjk) if cjk else 0.0


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ue000-\uf8ff\ufffd]")


def _score(text: str) -> float:
    """How much a decoding looks like Chinese text: the share of common characters, less control characters."""
    sample = text[:20000]
    return _common_share(sample) - 10 * len(_CONTROL.findall(sample)) / max(len(sample), 1)


def decode(data: bytes) -> str:
    """The text of data, whichever of the encodings reports come in it is; ReadError when none fits."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom):]
            if enc.startswith("utf-16") and len(body) % 2:
                raise ReadError(f"truncated {enc.upper()} file (odd number of bytes after the BOM)")
            try:
                return body.decode(enc)
            except UnicodeDecodeError as e:
                raise ReadError(f"starts with a {enc.upper()} byte order mark but byte {e.start + len(bom)} "
                                f"is not {enc.upper()}") from None
    if 0 not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    decoded = {}
    for enc in ("gb18030", "big5", "utf-16-le", "utf-16-be"):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    scored = sorted(((_score(t), t) for t in decoded.values()), key=lambda x: -x[0])
    if scored and scored[0][0] >= 0.5:
        return scored[0][1]
    if data.count(0) > len(data) // 100:
        raise ReadError(f"binary data ({data.count(0)} NUL bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or _score(str(best)) < 0.5:
        raise ReadError("not text in UTF-8, UTF-16, GB18030, Big5 or any encoding charset-normalizer knows")
    return str(best)


_YEAR_LINE = re.compile(r"((?:19|20)\d{2})\t")


def year_lines(text: str) -> list[Unit] | None:
    """A `year<TAB>text` file, one report a line: its units, or None when text is not one."""
    lines = text.splitlines()
    filled = [line for line in lines if line.strip()]
    if len(filled) < 2 or sum(bool(_YEAR_LINE.match(line)) for line in filled) < 0.9 * len(filled):
        return None
    units, start = [], 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        if m := _YEAR_LINE.match(line):
            units.append(Unit(line[m.end():], f"line {number}", Hints(year=int(m[1])), number,
                              base=start + m.end()))
        start += len(line)
    return units


def read(path: Path) -> list[Unit]:
    text = decode(read_bytes(path))
    return year_lines(text) or [Unit(text)]
