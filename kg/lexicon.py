"""Longest-match dictionary scanning over normalized text."""
from __future__ import annotations

from collections.abc import Iterator


class Lexicon:
    """Maps surface strings to values; finds every longest, non-overlapping occurrence in a text."""

    def __init__(self) -> None:
        self._root: dict = {}
        self._first: set[str] = set()
        self.max_len = 0

    def add(self, term: str, value) -> None:
        if not term:
            return
        node = self._root
        for ch in term:
            node = node.setdefault(ch, {})
        node.setdefault(None, []).append(value)
        self._first.add(term[0])
        self.max_len = max(self.max_len, len(term))

    def get(self, term: str) -> list:
        node = self._root
        for ch in term:
            node = node.get(ch)
            if node is None:
                return []
        return node.get(None, [])

    def scan(self, text: str, start: int = 0, end: int | None = None, at: set[int] | None = None
             ) -> Iterator[tuple[int, int, list]]:
        """Yield (start, end, values) for the longest match at each position, left to right, without overlaps; only
        at the positions `at` where given (word starts: 丽江 inside 美丽|江西 then hides no 江西)."""
        end = len(text) if end is None else end
        i, first, root = start, self._first, self._root
        while i < end:
            if text[i] not in first or at is not None and i not in at:
                i += 1
                continue
            node, j, best = root, i, None
            while j < end:
                node = node.get(text[j])
                if node is None:
                    break
                j += 1
                if None in node:
                    best = (j, node[None])
            if best:
                yield i, best[0], best[1]
                i = best[0]
            else:
                i += 1

