"""Research tables from a built graph: a place × year × concept panel, diffusion (first citation years) and the
co-citation network of places."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from kg import querylib, vocab

PER = 10_000  # mentions are normalised per this many characters of report text


def concept_ids(labels: list[str] | None) -> list[str]:
    """Concept ids for the given labels or aliases; every strategy and program of the vocabularies when none."""
    if labels:
        return [querylib.resolve_concept(label) for label in labels]
    return sorted(c.id for c in vocab.load() if c.type in ("Strategy", "Program"))


def place_years(store) -> dict[tuple[str, int], dict]:
    """Issuing place and plan year → place name, adcode and the characters of its reports that year."""
    _, rows = store.query("MATCH (r:Report)-[:ISSUED_BY]->(p:Place) WHERE r.year IS NOT NULL "
                          "RETURN p.adcode AS adcode, p.name AS place, r.year AS year, r.chars AS chars, r.id AS id")
    out: dict[tuple[str, int], dict] = {}
    for r in rows:
        entry = out.setdefault((r["adcode"], r["year"]), {"place": r["place"], "chars": 0, "reports": []})
        entry["chars"] += r["chars"]
        entry["reports"].append(r["id"])
    return out


def citations(store) -> dict[tuple[str, str], dict[str, int]]:
    """(adcode, concept id) → report id → citing mentions in that report."""
    _, rows = store.query("MATCH (p:Place)-[c:CITES]->(s) RETURN p.adcode AS adcode, s.id AS concept, "
                          "c.reports AS reports, c.reportCounts AS counts")
    return {(r["adcode"], r["concept"]): dict(zip(r["reports"], r["counts"])) for r in rows}


def panel(store, labels: list[str] | None = None) -> list[dict]:
    """One row per place, plan year and concept: mentions, mentions per 10,000 characters, cited (0/1), chars."""
    concepts = concept_ids(labels)
    names = {c.id: c.pref_label for c in vocab.load()}
    cites = citations(store)
    rows = []
    for (adcode, year), py in sorted(place_years(store).items()):
        for concept in concepts:
            per_report = cites.get((adcode, concept), {})
            mentions = sum(per_report.get(rid, 0) for rid in py["reports"])
            rows.append({"place": py["place"], "adcode": adcode, "year": year, "concept": concept,
                         "concept_name": names[concept], "mentions": mentions,
                         "mentions_per_10k_chars": round(mentions / py["chars"] * PER, 4) if py["chars"] else 0.0,
                         "cited": int(mentions > 0), "chars": py["chars"]})
    return rows


def widen(rows: list[dict]) -> list[dict]:
    """The panel with one row per place and year and a mentions column per concept."""
    wide: dict[tuple[str, int], dict] = {}
    for r in rows:
        row = wide.setdefault((r["adcode"], r["year"]), {"place": r["place"], "adcode": r["adcode"],
                                                         "year": r["year"], "chars": r["chars"]})
        row[r["concept"]] = r["mentions"]
    return [wide[k] for k in sorted(wide)]


def diffusion(store, label: str) -> tuple[str, list[dict]]:
    """The concept's name and, per citing place, the first plan year it cites it, in adoption order."""
    concept = querylib.resolve_concept(label)
    _, rows = store.query("MATCH (p:Place)-[c:CITES]->(s {id: $id}) RETURN p.name AS place, p.adcode AS adcode, "
                          "p.level AS level, p.longitude AS longitude, p.latitude AS latitude, "
                          "c.firstYear AS first_year, c.count AS mentions ORDER BY c.firstYear, p.adcode",
                          {"id": concept})
    return vocab.load().concepts[concept].pref_label, [r for r in rows if r["first_year"] is not None]


def adoption_curve(rows: list[dict]) -> list[tuple[int, int]]:
    """(year, places citing by then) for every year from the first adoption to the last."""
    if not rows:
        return []
    firsts = [r["first_year"] for r in rows]
    return [(y, sum(f <= y for f in firsts)) for y in range(min(firsts), max(firsts) + 1)]


@dataclass
class Network:
    graph: nx.Graph
    communities: list[set[str]]


def co_citation(store, min_weight: float = 0.0) -> Network:
    """Places linked by the strategies and programs they share, weighted by Jaccard similarity of what they cite."""
    _, rows = store.query("MATCH (p:Place)-[:CITES]->(s) RETURN p.adcode AS adcode, p.name AS place, "
                          "p.level AS level, collect(s.id) AS concepts")
    cited = {r["adcode"]: set(r["concepts"]) for r in rows}
    g = nx.Graph()
    for r in rows:
        # label: what Gephi shows for a node of a GraphML or GEXF file (the name, not the adcode)
        g.add_node(r["adcode"], label=r["place"], name=r["place"], level=r["level"], concepts=len(cited[r["adcode"]]))
    codes = sorted(cited)
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            shared = cited[a] & cited[b]
            weight = len(shared) / len(cited[a] | cited[b])
            if shared and weight > min_weight:
                g.add_edge(a, b, weight=round(weight, 4), shared=len(shared))
    communities = [set(c) for c in nx.community.louvain_communities(g, weight="weight", seed=1)] if g.edges else \
        [{n} for n in g.nodes]
    return Network(g, sorted(communities, key=lambda c: (-len(c), min(c))))


def centralities(net: Network) -> list[dict]:
    g = net.graph
    community = {n: i + 1 for i, c in enumerate(net.communities) for n in c}
    betweenness = nx.betweenness_centrality(g, weight=lambda u, v, d: 1 - d["weight"] + 1e-9) if g.edges else {}
    try:
        eigen = nx.eigenvector_centrality(g, weight="weight", max_iter=2000) if g.number_of_edges() else {}
    except (nx.NetworkXException, ValueError):
        eigen = {}
    rows = [{"place": g.nodes[n]["name"], "adcode": n, "community": community[n], "concepts": g.nodes[n]["concepts"],
             "degree": g.degree(n), "strength": round(g.degree(n, weight="weight"), 4),
             "betweenness": round(betweenness.get(n, 0.0), 4), "eigenvector": round(abs(eigen.get(n, 0.0)), 4)}
            for n in g.nodes]
    return sorted(rows, key=lambda r: (r["community"], -r["strength"], r["adcode"]))


def top_concepts(store, type_: str, limit: int = 10) -> list[dict]:
    """The concepts of a type cited by most places, with the places and one evidence sentence."""
    _, rows = store.query(f"MATCH (p:Place)-[c:CITES]->(s:{type_}) RETURN s.id AS id, s.name AS name, "
                          "collect(p.name) AS places, sum(c.count) AS mentions, min(c.firstYear) AS first_year, "
                          "collect(c.example) AS examples")
    rows.sort(key=lambda r: (-len(r["places"]), -r["mentions"], r["id"]))
    return rows[:limit]


def by_place(store) -> dict[str, list[str]]:
    """Issuing place → the strategies it cites, most mentioned first."""
    _, rows = store.query("MATCH (p:Place)-[c:CITES]->(s:Strategy) RETURN p.name AS place, s.name AS name, "
                          "c.count AS n")
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows:
        out[r["place"]].append((r["n"], r["name"]))
    return {p: [n for _, n in sorted(v, key=lambda x: (-x[0], x[1]))] for p, v in sorted(out.items())}
