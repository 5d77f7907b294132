"""The pkuseg segmenter's feature step computed once per sentence: the same features, in the same order, as the
library's per-character step, so the same words, in about 60% of its time.

spacy_pkuseg builds ~70 feature strings per character and looks each up among 1.6 million features; most of the work
is repeated: a dictionary word ending before a character is looked up again for each of its neighbours, and the
word pairs across a boundary are built twice (ww.l. of the character after it, ww.r. of the one before). Here the
words starting and ending at every position are found once, the pair features of a boundary are computed once and
cached by the words around it, and the character and character-pair features are cached by their characters."""
from __future__ import annotations

import types

from spacy_pkuseg import inference

NO_WORD = "**noWord"  # the library's marker for "no dictionary word of this length here"
LENGTHS = (6, 5, 4, 3, 2)  # config.wordMax down to config.wordMin, the library's order
_NONE = (NO_WORD,) * len(LENGTHS)
CACHED = 200_000  # entries per cache before it starts afresh: memory stays flat over any corpus


class Features:
    """Feature indexes of every character of a normalized sentence, as FeatureExtractor.get_node_features_idx."""

    def __init__(self, feature_to_idx: dict, unigram: set):
        if "" in unigram:
            raise ValueError("a model whose dictionary holds the empty word")
        self.get = feature_to_idx.get
        self.unigram = unigram
        self.openings = {w[:2] for w in unigram}  # no word starts where two characters open none
        self.chars: dict[str, tuple] = {}
        self.pairs: dict[str, tuple] = {}
        self.boundaries: dict[tuple, tuple[list, list]] = {}
        self.both_none = tuple(self.get(f"ww.{side}.{NO_WORD}*{NO_WORD}") for side in "lr")
        self.none = tuple([] if f is None else [f] * len(LENGTHS) ** 2 for f in self.both_none)

    def _char(self, c: str) -> tuple:
        ids = self.chars.get(c)
        if ids is None:
            g = self.get
            ids = self.chars[c] = (g("c." + c), g("c-1." + c), g("c1." + c), g("c-2." + c), g("c2." + c))
        return ids

    def _pair(self, x: str, y: str) -> tuple:
        key = x + "\n" + y
        ids = self.pairs.get(key)
        if ids is None:
            if len(self.pairs) >= CACHED:
                self.pairs.clear()
            g, mid = self.get, x + "." + y
            ids = self.pairs[key] = (g("c-1c." + mid), g("cc1." + mid), g("c-2c-1." + mid))
        return ids

    def _word_pairs(self, prefix: str, before, after, both_none) -> list:
        out = []
        for pre in before:
            for post in after:
                if pre is NO_WORD and post is NO_WORD:
                    if both_none is not None:
                        out.append(both_none)
                else:
                    f = self.get(prefix + pre + "*" + post)
                    if f is not None:
                        out.append(f)
        return out

    def _boundary(self, ends, starts) -> tuple[list, list]:
        """ww.l. features of the character after a boundary and ww.r. of the one before, from the words around it."""
        if ends is _NONE and starts is _NONE:
            return self.none
        key = (*ends, *starts)
        found = self.boundaries.get(key)
        if found is None:
            if len(self.boundaries) >= CACHED:
                self.boundaries.clear()
            found = self.boundaries[key] = (self._word_pairs("ww.l.", ends, starts, self.both_none[0]),
                                            self._word_pairs("ww.r.", ends, starts, self.both_none[1]))
        return found

    def __call__(self, nodes: list[str]) -> list[list[int]]:
        n, get, unigram = len(nodes), self.get, self.unigram
        starts = [_NONE] * (n + 1)  # dictionary words starting at i, by length (6 … 2)
        ends = [_NONE] * (n + 1)  # dictionary words ending just before i
        flat = "".join(nodes)
        simple = len(flat) == n  # no **Num or **Letter node: a word of the nodes is a slice of flat
        for s in range(n - 1):
            if simple and flat[s:s + 2] not in self.openings:
                continue
            for k, length in enumerate(LENGTHS):
                if s + length <= n:
                    w = flat[s:s + length] if simple else "".join(nodes[s:s + length])
                    if w in unigram:
                        if starts[s] is _NONE:
                            starts[s] = list(_NONE)
                        if ends[s + length] is _NONE:
                            ends[s + length] = list(_NONE)
                        starts[s][k] = ends[s + length][k] = w
        bounds = [self._boundary(ends[b], starts[b]) for b in range(n + 1)]
        chars = [self._char(c) for c in nodes]
        pairs = [self._pair(nodes[j], nodes[j + 1]) for j in range(n - 1)]
        out = []
        for i in range(n):
            found = [0, chars[i][0]]
            if i > 0:
                found += (chars[i - 1][1], pairs[i - 1][0])
            if i + 1 < n:
                found += (chars[i + 1][2], pairs[i][1])
            if i > 1:
                found += (chars[i - 2][3], pairs[i - 2][2])
            if i + 2 < n:
                found.append(chars[i + 2][4])
            found = [f for f in found if f is not None]
            if ends[i + 1] is not _NONE:
                found += [f for w in ends[i + 1] if w is not NO_WORD and (f := get("w-1." + w)) is not None]
            if starts[i] is not _NONE:
                found += [f for w in starts[i] if w is not NO_WORD and (f := get("w1." + w)) is not None]
            found += bounds[i][0]
            found += bounds[i + 1][1]
            out.append(found)
        return out


def _cut(self, text: str) -> list[str]:
    """spacy_pkuseg.pkuseg._cut with the features of the whole sentence computed at once."""
    nodes = list(self.feature_extractor.normalize_text(text))
    _, tags = inference.decodeViterbi_fast(self.kg_features(nodes), self.model)
    begins = self.kg_begins
    cuts = [i for i, tag in enumerate(tags) if i == 0 or begins[tag]]
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(tags)])]


def _post_process(self, sent: list[str], check_seperated: bool) -> list[str]:
    """Postprocesser.post_process, skipping the windows whose first two characters open no dictionary word: the
    same merges of segmented words into dictionary words, without joining every window of two to seven words."""
    common, other, openings = self.common_words, self.other_words, self.kg_openings
    for m in range(7, 1, -1):
        i = 0
        while i <= len(sent) - m:
            first = sent[i]
            if (first[:2] if len(first) > 1 else first + sent[i + 1][:1]) not in openings:
                i += 1
                continue
            merged = "".join(sent[i:i + m])
            if merged in common:
                merge = True
            elif merged in other:
                merge = not (check_seperated and all(w in common or w in other for w in sent[i:i + m]))
            else:
                merge = False
            if merge:
                sent[i:i + m] = [merged]
            i += 1
    return sent


def speed_up(segmenter) -> None:
    """Give a loaded spacy_pkuseg.pkuseg the sentence-wide feature step and the pruned merge step (same words, less
    time)."""
    fe, post = segmenter.feature_extractor, segmenter.postprocesser
    segmenter.kg_features = Features(fe.feature_to_idx, fe.unigram)
    segmenter.kg_begins = [("B" in segmenter.idx_to_tag[t]) for t in range(len(segmenter.idx_to_tag))]
    segmenter._cut = types.MethodType(_cut, segmenter)
    post.kg_openings = {w[:2] for w in (*post.common_words, *post.other_words)}
    post.post_process = types.MethodType(_post_process, post)
