"""The word lists of the rules, kept as data in ontology/lexicons/NAME.tsv: one term a line, optionally a tab and a
short note or example; lines starting with # are comments. Each list is read once."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


class LexiconError(ValueError):
    """A list that cannot be read as one: a missing file, an empty or repeated term."""


@lru_cache(maxsize=None)
def terms(name: str) -> tuple[str, ...]:
    """The terms of one list, in file order."""
    path = resources.files("kg.ontology.lexicons").joinpath(f"{name}.tsv")
    if not path.is_file():
        raise LexiconError(f"no word list ontology/lexicons/{name}.tsv")
    return parse(path.read_text("utf-8"), f"ontology/lexicons/{name}.tsv")


def parse(text: str, where: str) -> tuple[str, ...]:
    """The terms of a list's text: the first field of each line that is neither blank nor a # comment."""
    out: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term = line.split("\t", 1)[0].strip()
        if not term or term in out:
            raise LexiconError(f"{where} line {n}: {'repeated term ' + term if term else 'empty term'}")
        out.append(term)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The terms of a list as a set, for membership tests."""
    return frozenset(terms(name))


@lru_cache(maxsize=None)
def longest_first(name: str) -> tuple[str, ...]:
    """The terms of a list, longer terms first, so that a scan takes 产业园区 before 产业园."""
    return tuple(sorted(terms(name), key=len, reverse=True))


def alternatives(name: str) -> str:
    """The terms of a list as regular-expression alternatives, longest first: 产业园区|产业园|…"""
    return "|".join(re.escape(t) for t in longest_first(name))


def alternation(name: str) -> str:
    """A regular-expression group matching any term of a list, longest first: (?:产业园区|产业园|…)."""
    return f"(?:{alternatives(name)})"
