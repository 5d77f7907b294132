"""Text that remembers where each character came from, and the normalization applied for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018-\u201d\u2026"
_INNER_SPACE = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+(?=[{_CJK}])")
_QUOTES = re.compile(r"[\"'“”‘’「」『』]")
# a footnote's marker after a word or a closing quote (“甲乙”[2]活动, 某工程^[14]): no part of any name (guideline 2)
_FOOTNOTE = re.compile(rf"(?<=[{_CJK}\"'”’」』)）])\^?\[\d{{1,3}}\]")
# carriage returns before a line break (CRLF, CR CR LF), zero-width characters and their escaped forms
_INVISIBLE = re.compile(r"\r+(?=\n)|[\u200b-\u200d\ufeff]|<U\+(?:200[BCD]|FEFF)>")
_ESCAPED_SPACE = re.compile(r"<U\+(?:00A0|3000|0020)>")
# a paragraph flattened into a line: tabs, or an indent of two or more wide spaces after a sentence
_PARAGRAPH = re.compile(r"\t|\r|\u3000{2,}|(?<=[。！？：；”」）)])[ \u3000\u00a0]{2,}")
_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class MappedText:
    """A string and, for every character, its offset in the original source."""

    text: str
    src: tuple[int, ...]

    @classmethod
    def of(cls, text: str, base: int = 0) -> "MappedText":
        return cls(text, tuple(range(base, base + len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> "MappedText":
        return MappedText(self.text[start:end], self.src[start:end])

    def delete(self, pattern: re.Pattern) -> "MappedText":
        """Drop every match of pattern."""
        keep_text, keep_src, last = [], [], 0
        for m in pattern.finditer(self.text):
            keep_text.append(self.text[last:m.start()])
            keep_src.extend(self.src[last:m.start()])
            last = m.end()
        if not last:
            return self
        keep_text.append(self.text[last:])
        keep_src.extend(self.src[last:])
        return MappedText("".join(keep_text), tuple(keep_src))

    def translate(self, fn) -> "MappedText":
        """Apply a length-preserving conversion of the whole string."""
        out = fn(self.text)
        assert len(out) == len(self.text), "translate() needs a length-preserving function"
        return MappedText(out, self.src)

    def strip(self) -> "MappedText":
        left = len(self.text) - len(self.text.lstrip())
        right = len(self.text.rstrip())
        return self.slice(left, max(left, right))

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets (end exclusive) of the characters start..end of this text."""
        return self.src[start], self.src[end - 1] + 1


@lru_cache(maxsize=2)
def _converter(config: str = "t2s"):
    import opencc

    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


def to_simplified(text: str) -> str:
    """Traditional to simplified, character for character so that offsets stay valid."""
    if not text:
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    chunks = re.split(r"([。！？；，\n])", text)
    result = []
    for chunk in chunks:
        conv = _converter().convert(chunk)
        result.append(conv if len(conv) == len(chunk) else "".join(
            c2 if len(c2 := _converter().convert(c)) == 1 else c for c in chunk))
    return "".join(result)


_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def halfwidth(text: str) -> str:
    """Full-width ASCII (digits, letters, punctuation) and the ideographic space to their ASCII forms."""
    return text.translate(_FULLWIDTH)


def is_traditional(text: str, sample: int = 4000) -> bool:
    part = text[:sample]
    return sum(a != b for a, b in zip(part, _converter().convert(part))) > max(1, len(_CJK_CHAR.findall(part)) // 50)


def normalize(mt: MappedText) -> MappedText:
    """The form every extractor matches against: simplified, half-width, no spaces inside Chinese, no quotes, no
    footnote markers."""
    mt = mt.delete(_INVISIBLE)
    mt = mt.translate(lambda s: _ESCAPED_SPACE.sub(lambda m: " " * len(m[0]), s))
    mt = mt.translate(lambda s: _PARAGRAPH.sub(lambda m: "\n" + m[0][1:], s))
    mt = mt.translate(halfwidth)
    mt = mt.delete(_INNER_SPACE)
    mt = mt.delete(_FOOTNOTE)
    mt = mt.delete(_QUOTES)
    if is_traditional(mt.text):
        mt = mt.translate(to_simplified)
    return mt
