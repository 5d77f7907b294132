"""The pkuseg segmenter's scoring computed per sentence with numpy: the same features, weights summed in the same
order, as the library's per-character step, so the same node scores to the last bit and the same words, in a
fraction of its time.

spacy_pkuseg builds ~70 feature strings per character, looks each up among 1.6 million features, and sums the
weights of those found (getLogYY) before its Viterbi search. Here the features of a character, of a pair of
characters and of a word boundary (the dictionary words ending and starting there) are looked up once per distinct
character, pair or boundary and kept as rows of feature ids in numpy tables; a sentence gathers the rows of its
characters, pairs and boundaries into one matrix of ids, one per feature slot of each character in the library's
order, padded with a feature whose weights are all zero (adding 0.0 changes no sum), and sums their weights with
one sequential np.add.accumulate: the library's additions in the library's order."""
from __future__ import annotations

import itertools
import types
from collections import defaultdict

import numpy as np
from spacy_pkuseg import inference

NO_WORD = "**noWord"  # the library's marker for "no dictionary word of this length here"
LENGTHS = (6, 5, 4, 3, 2)  # config.wordMax down to config.wordMin, the library's order
_NONE = (NO_WORD,) * len(LENGTHS)
WORDS = len(LENGTHS)  # w-1. (or w1.) features of a boundary
PAIRS = WORDS * WORDS  # ww.l. (or ww.r.) features of a boundary
MARKS = ("**Num", "**Letter")  # the nodes normalize_text makes of digits and letters
CACHED = 200_000  # rows per table before it starts afresh: memory stays flat over any corpus


class Rows:
    """Rows of feature ids, computed once per key (a character, a pair, a boundary) into a numpy table."""

    def __init__(self, width: int, pad: int, make, first: list[int] | None = None, bounded: bool = True, info=None):
        self.width, self.pad, self.make, self.bounded = width, pad, make, bounded
        self.first = first  # a fixed row 0, if any (else row 0 is padding)
        self.info = info  # what the index keeps for a key: its row, or info(key, row)
        self.table = np.full((1024, width), pad, dtype=np.int32)  # feature ids < 2**31
        self.clear()

    def clear(self) -> None:
        self.index: dict = {}
        self.used = 1  # row 0: the fixed row, or unused (a found row is never 0)
        if self.first is not None:
            self.table[0] = self.first

    def reserve(self, n: int) -> None:
        """Room for n new rows, so rows found for one sentence stay valid while it is scored."""
        if self.bounded and self.used + n > max(CACHED, n + 1):
            self.clear()
        if self.used + n > len(self.table):
            rows = max(min(2 * len(self.table), CACHED + 1) if self.bounded else 2 * len(self.table), self.used + n)
            grown = np.full((rows, self.width), self.pad, dtype=np.int32)
            grown[:self.used] = self.table[:self.used]
            self.table = grown

    def add(self, key):
        row = self.used
        self.used += 1
        self.table[row] = self.make(key)
        found = self.index[key] = row if self.info is None else self.info(key, row)
        return found


class Features:
    """Node scores (characters × tags) of a normalized sentence, equal to getLogYY's of the library's features."""

    def __init__(self, feature_to_idx: dict, unigram: set, weights: np.ndarray, n_feature: int, n_tag: int):
        if "" in unigram:
            raise ValueError("a model whose dictionary holds the empty word")
        if n_feature >= 2 ** 31 - 1:
            raise ValueError("a model with more features than the tables' int32 ids hold")
        self.get = feature_to_idx.get
        self.unigram = unigram
        # where no dictionary word holds a **Num or **Letter node, a window holding one is no word
        self.plain = not any("\0" in w or any(m in w for m in MARKS) for w in unigram)
        self.weights = weights[:n_feature * n_tag].reshape(n_feature, n_tag)
        zero = np.flatnonzero(~self.weights.any(axis=1))
        if len(zero):
            pad = int(zero[0])
        else:  # no feature without weight: add one
            self.weights = np.vstack([self.weights, np.zeros((1, n_tag))])
            pad = n_feature
        self.pad = pad
        spans = defaultdict(set)  # the lengths (as indexes of LENGTHS) of dictionary words opened by two characters
        for w in unigram:
            if len(w) in LENGTHS:
                spans[w[:2]].add(LENGTHS.index(len(w)))
        self.spans = {k: tuple((i, LENGTHS[i]) for i in sorted(v)) for k, v in spans.items()}
        self.chars = Rows(5, pad, self._char, bounded=False)  # c., c-1., c1., c-2., c2. of a character (nodes are
        # bounded by Unicode); c-1c., cc1., c-2c-1. of two characters, kept with the row of the first and the
        # lengths of the dictionary words they open
        self.pairs = Rows(3, pad, self._pair, info=self._pair_info)
        # a boundary's row: w1. of the words starting there, its ww.l. features (used by the character after it);
        # w-1. of the words ending there, its ww.r. features (used by the character before it)
        self.both_none = tuple(self.get(f"ww.{side}.{NO_WORD}*{NO_WORD}") for side in "lr")
        self.bounds = Rows(2 * (WORDS + PAIRS), pad, self._boundary, first=self._boundary(_NONE * 2))

    def _char(self, c: str) -> list:
        g = self.get
        return [self._id(g("c." + c)), self._id(g("c-1." + c)), self._id(g("c1." + c)), self._id(g("c-2." + c)),
                self._id(g("c2." + c))]

    def _pair(self, key: str) -> list:
        x, y = key.split("\n") if len(key) > 2 else key
        g, mid = self.get, x + "." + y
        return [self._id(g("c-1c." + mid)), self._id(g("cc1." + mid)), self._id(g("c-2c-1." + mid))]

    def _pair_info(self, key: str, row: int) -> tuple[int, int, tuple]:
        x, y = key.split("\n") if len(key) > 2 else key
        opens = self.spans.get(x + y, ()) if len(x) == 1 == len(y) else ()  # a **Num or **Letter node opens none
        return row, self.chars.index.get(x) or self.chars.add(x), opens

    def _id(self, f: int | None) -> int:
        return self.pad if f is None else f

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

    def _words(self, prefix: str, words) -> list:
        return [f for w in words if w is not NO_WORD and (f := self.get(prefix + w)) is not None]

    def _boundary(self, key: tuple) -> list:
        if len(key) == 2:  # the longest words ending and starting there: the others are their ends and beginnings
            before, after = key
            ends = tuple(before[-n:] if len(before) >= n and before[-n:] in self.unigram else NO_WORD for n in LENGTHS)
            starts = tuple(after[:n] if len(after) >= n and after[:n] in self.unigram else NO_WORD for n in LENGTHS)
        else:
            ends, starts = key[:WORDS], key[WORDS:]
        row = [self.pad] * (2 * (WORDS + PAIRS))
        for at, ids in ((0, self._words("w1.", starts)), (WORDS, self._word_pairs("ww.l.", ends, starts,
                                                                                   self.both_none[0])),
                        (WORDS + PAIRS, self._words("w-1.", ends)),
                        (2 * WORDS + PAIRS, self._word_pairs("ww.r.", ends, starts, self.both_none[1]))):
            row[at:at + len(ids)] = ids
        return row

    def ids(self, nodes: list[str]) -> np.ndarray:
        """Feature ids (characters × slots) in the library's order, padded: $$, c., c-1., c-1c., c1., cc1., c-2.,
        c-2c-1., c2., then w-1., w1., ww.l., ww.r."""
        n = len(nodes)
        flat = "".join(nodes)
        simple = len(flat) == n
        if not simple and self.plain and all(len(x) == 1 or x in MARKS for x in nodes):
            flat = "".join(x if len(x) == 1 else "\0" for x in nodes)  # a **Num or **Letter node opens no word
        chars, pairs, bounds = self.chars, self.pairs, self.bounds
        chars.reserve(n)
        pairs.reserve(n)
        bounds.reserve(n + 1)
        c_index, c_add, p_index, p_add, unigram = chars.index.get, chars.add, pairs.index.get, pairs.add, self.unigram
        b_index, b_add = bounds.index.get, bounds.add
        crows, prows = [], []
        if len(flat) == n:
            # a boundary is keyed by the longest dictionary words ending and starting there
            longest_end, longest_start = [""] * (n + 1), [""] * (n + 1)
            for s in range(n - 1):
                key = flat[s:s + 2] if simple else nodes[s] + "\n" + nodes[s + 1]
                prow, crow, found = p_index(key) or p_add(key)
                prows.append(prow)
                crows.append(crow)
                for _, length in found:  # longest first
                    if s + length <= n and (w := flat[s:s + length]) in unigram:
                        if not longest_start[s]:
                            longest_start[s] = w
                        if not longest_end[s + length]:  # read from its leftmost start first
                            longest_end[s + length] = w
            rows = [b_index(key := (e, s)) or b_add(key) if e or s else 0 for e, s in zip(longest_end, longest_start)]
        else:
            starts = [_NONE] * (n + 1)  # dictionary words starting at i, by length (6 … 2)
            ends = [_NONE] * (n + 1)  # dictionary words ending just before i
            for s in range(n - 1):
                key = nodes[s] + "\n" + nodes[s + 1]
                prow, crow, _ = p_index(key) or p_add(key)
                prows.append(prow)
                crows.append(crow)
                for k, length in enumerate(LENGTHS):
                    if s + length <= n and (w := "".join(nodes[s:s + length])) in unigram:
                        if starts[s] is _NONE:
                            starts[s] = list(_NONE)
                        if ends[s + length] is _NONE:
                            ends[s + length] = list(_NONE)
                        starts[s][k] = ends[s + length][k] = w
            rows = [0 if e is _NONE and s is _NONE else b_index(key := (*e, *s)) or b_add(key)
                    for e, s in zip(ends, starts)]
        crows.append(c_index(nodes[-1]) or c_add(nodes[-1]))
        c, p = chars.table[crows], pairs.table[prows]
        b = bounds.table[rows]
        t = np.full((n, 9), self.pad, dtype=np.intp)
        t[:, 0] = 0
        t[:, 1] = c[:, 0]
        t[1:, 2], t[1:, 3] = c[:-1, 1], p[:, 0]
        t[:-1, 4], t[:-1, 5] = c[1:, 2], p[:, 1]
        t[2:, 6], t[2:, 7] = c[:-2, 3], p[:-1, 2]
        t[:-2, 8] = c[2:, 4]
        after, before = b[:-1], b[1:]  # the boundary before each character, the one after it
        ids = np.concatenate([t, before[:, WORDS + PAIRS:2 * WORDS + PAIRS], after[:, :WORDS + PAIRS],
                              before[:, 2 * WORDS + PAIRS:]], axis=1)
        return ids[:, (ids != self.pad).any(axis=0)]  # slots no character uses add nothing

    def __call__(self, nodes: list[str]) -> np.ndarray:
        """getLogYY's node scores: each character's weights added one feature after another, in slot order."""
        return np.add.accumulate(self.weights[self.ids(nodes).T], axis=0)[-1]


def _cut(self, text: str) -> list[str]:
    """spacy_pkuseg.pkuseg._cut with the node scores of the whole sentence computed at once."""
    nodes = list(self.feature_extractor.normalize_text(text))
    if not nodes:
        return []
    _, tags = inference.run_viterbi(self.kg_features(nodes), self.kg_edges)
    cuts = np.flatnonzero(self.kg_begins[tags]).tolist()
    if not cuts or cuts[0] != 0:
        cuts.insert(0, 0)
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(tags)])]


def _post_process(self, sent: list[str], check_seperated: bool) -> list[str]:
    """Postprocesser.post_process, trying only the windows whose first two characters open a dictionary word of
    their length: the same merges of segmented words into dictionary words, without joining every window of two to
    seven words."""
    common, other, lengths = self.common_words, self.other_words, self.kg_lengths
    starts = [(i, found) for i, (w, after) in enumerate(zip(sent, sent[1:]))  # where a window may start, and
              if (found := lengths.get(w[:2] if len(w) > 1 else w + after[:1]))]  # the lengths it may have
    at = list(itertools.accumulate(map(len, sent), initial=0))
    for m in range(7, 1, -1):
        k = 0
        while k < len(starts) and starts[k][0] <= len(sent) - m:
            i, found = starts[k]
            k += 1
            if at[i + m] - at[i] not in found:
                continue
            merged = "".join(sent[i:i + m])
            if merged in common:
                merge = True
            elif merged in other:
                merge = not (check_seperated and all(w in common or w in other for w in sent[i:i + m]))
            else:
                merge = False
            if merge:  # the merged word opens as its first did; the words after it move left
                sent[i:i + m] = [merged]
                starts[k:] = [(j - m + 1, f) for j, f in starts[k:] if j >= i + m]
                at[i + 1:i + m] = []
    return sent


def speed_up(segmenter) -> None:
    """Give a loaded spacy_pkuseg.pkuseg the sentence-wide feature step and the pruned merge step (same words, less
    time)."""
    fe, post, model = segmenter.feature_extractor, segmenter.postprocesser, segmenter.model
    segmenter.kg_features = Features(fe.feature_to_idx, fe.unigram, model.w, model.n_feature, model.n_tag)
    t = model.n_tag  # getLogYY's edge scores: 1 + the weight of each pair of tags
    edges = model.w[model.n_feature * t:model.n_feature * t + t * t].reshape(t, t).T * 1.0
    segmenter.kg_edges = np.ascontiguousarray(np.ones((t, t)) + edges)
    segmenter.kg_begins = np.array([("B" in segmenter.idx_to_tag[i]) for i in range(len(segmenter.idx_to_tag))])
    segmenter._cut = types.MethodType(_cut, segmenter)
    post.kg_lengths = defaultdict(set)  # the lengths of the dictionary words two characters open
    for w in (*post.common_words, *post.other_words):
        post.kg_lengths[w[:2]].add(len(w))
    post.kg_lengths = dict(post.kg_lengths)
    post.post_process = types.MethodType(_post_process, post)
