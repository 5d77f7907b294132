"""The named Cypher queries of queries/: discovery, documented parameters, and resolving their values."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from importlib import resources

from kg import gazetteer, vocab
from kg.textnorm import MappedText, normalize

PARAM = re.compile(r"^(?://|#)\s*@param\s+(\w+)\s+(\w+)\s*(.*)$")
LANGUAGES = {"cypher": ("kg.queries", ".cypher"), "sparql": ("kg.queries.sparql", ".rq")}


class QueryError(Exception):
    """A one-line problem with a query name or a parameter."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # Strategy | Place | string | int
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    description: str
    params: tuple[Param, ...]


def _parse(name: str, text: str) -> NamedQuery:
    params, description = [], []
    for line in text.splitlines():
        if m := PARAM.match(line):
            params.append(Param(m[1], m[2], m[3].strip()))
        elif line.startswith(("//", "#")) and not params:
            description.append(line.lstrip("/#").strip())
    return NamedQuery(name, text, " ".join(description), tuple(params))


def available(language: str = "cypher") -> dict[str, NamedQuery]:
    package, suffix = LANGUAGES[language]
    files = sorted(resources.files(package).iterdir(), key=lambda f: f.name)
    return {f.name[:-len(suffix)]: _parse(f.name[:-len(suffix)], f.read_text("utf-8"))
            for f in files if f.name.endswith(suffix)}


def get(name: str, language: str = "cypher") -> NamedQuery:
    queries = available(language)
    if name not in queries:
        raise QueryError(f"unknown query '{name}'; known queries: {', '.join(queries)}")
    return queries[name]


def _clean(value: str) -> str:
    return normalize(MappedText.of(value.strip())).text


def resolve_concept(value: str, kind: str = "concept") -> str:
    """The id of the vocabulary concept (strategy, program or formulation) a label or alias names."""
    voc = vocab.load()
    if value in voc.concepts:
        return value
    text = _clean(value)
    found = voc.by_label.get(text)
    if found:
        return found[0].id
    close = difflib.get_close_matches(text, list(voc.by_label), n=5, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see 'kg entities --type Strategy'"
    raise QueryError(f"unknown {kind} '{value}'{hint}")


def resolve_place(value: str, present: set[str] | None = None) -> str:
    """The adcode a name or code denotes; among several, the one in the database when that is unique."""
    gaz = gazetteer.load()
    text = _clean(value)
    if text in gazetteer.NATIONAL_NAMES:
        return gazetteer.NATIONAL.adcode
    if re.fullmatch(r"\d{6}", text):
        if gaz.get(text) is None:
            raise QueryError(f"no place has the code {text}")
        return text
    found = gaz.resolve_past_or_present(text, whole=True) if gaz.lookup(text) or len(text) > 3 else gaz.lookup(text)
    found = found or gaz.resolve_chain(text, whole=True, former=True)  # a past name: 襄樊, 崇文区
    if present is not None and len(found) > 1:
        found = [d for d in found if d.adcode in present] or found
    if len(found) == 1:
        return found[0].adcode
    if not found:
        names = [d.name for d in gaz] + [d.short_name for d in gaz if d.short_name]
        close = difflib.get_close_matches(text, names, n=5, cutoff=0.5)
        raise QueryError(f"unknown place '{value}'" + (f"; did you mean {', '.join(close)}?" if close else ""))
    options = ", ".join(f"{d.name} {d.adcode}" for d in found[:6])
    raise QueryError(f"place '{value}' is ambiguous: {options}; give the code or a qualified name")


def bind(query: NamedQuery, given: dict[str, str], present_places: set[str] | None = None) -> dict:
    """Parameter values for the query: every declared one present, resolved to the ids the graph uses."""
    unknown = set(given) - {p.name for p in query.params}
    if unknown:
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes {', '.join(p.name for p in query.params) or 'none'}")
    out = {}
    for p in query.params:
        if p.name not in given:
            raise QueryError(f"query '{query.name}' needs --param {p.name}=… ({p.doc})")
        value = given[p.name]
        if p.kind == "Strategy":
            out[p.name] = resolve_concept(value, "strategy")
            if vocab.load().concepts[out[p.name]].type != "Strategy":
                raise QueryError(f"'{value}' is a {vocab.load().concepts[out[p.name]].type.lower()}, not a strategy")
        elif p.kind == "Place":
            out[p.name] = resolve_place(value, present_places)
        elif p.kind == "int":
            try:
                out[p.name] = int(value)
            except ValueError:
                raise QueryError(f"parameter {p.name} must be a whole number, not '{value}'") from None
        else:
            out[p.name] = value
    return out
