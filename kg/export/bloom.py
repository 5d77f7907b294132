"""A Neo4j Bloom perspective derived from the ontology: a category per label, and search phrases for the research
questions of queries/ written to take what a user types (any name or alias) rather than resolved ids."""
from __future__ import annotations

import json
import uuid

from kg.schema import schema

STYLE = {  # label: (colour, Material icon)
    "Report": ("#9E9E9E", "description"), "Place": ("#1E88E5", "place"), "Strategy": ("#E53935", "flag"),
    "Program": ("#FB8C00", "assignment"), "Project": ("#6D4C41", "construction"), "Zone": ("#43A047", "domain"),
    "Enterprise": ("#8E24AA", "business"), "Policy": ("#3949AB", "gavel"), "Event": ("#00ACC1", "event"),
    "Formulation": ("#F4511E", "format_quote"), "Candidate": ("#BDBDBD", "help_outline"),
}
_TYPES = {"STRING": "String", "INT64": "Number", "DOUBLE": "Number", "BOOLEAN": "Boolean"}
_CONCEPT = "MATCH (s:Strategy) WHERE s.name = $strategy OR $strategy IN s.aliases "
SEARCH_PHRASES = [  # (phrase, description, Cypher, parameters with the label that suggests values)
    ("Places citing $strategy", "places whose own reports cite a strategy (any name or alias)",
     _CONCEPT + "MATCH (p:Place)-[c:CITES]->(s) RETURN p, c, s", {"strategy": "Strategy"}),
    ("Strategies of $place", "what a place cites",
     "MATCH (p:Place)-[c:CITES]->(s) WHERE p.name = $place OR p.shortName = $place OR p.adcode = $place "
     "RETURN p, c, s", {"place": "Place"}),
    ("Strategies shared by $a and $b", "what two places both cite",
     "MATCH (a:Place)-[ca:CITES]->(s)<-[cb:CITES]-(b:Place) WHERE (a.name = $a OR a.shortName = $a) "
     "AND (b.name = $b OR b.shortName = $b) RETURN a, ca, s, cb, b", {"a": "Place", "b": "Place"}),
    ("Reports mentioning $strategy", "the reports behind a strategy's citations, with their issuers",
     _CONCEPT + "MATCH (r:Report)-[m:MENTIONS]->(s) OPTIONAL MATCH (r)-[i:ISSUED_BY]->(p:Place) RETURN r, m, s, i, p",
     {"strategy": "Strategy"}),
    ("Narrower concepts of $strategy", "a strategy with the programmes and areas under it",
     _CONCEPT + "MATCH (n)-[b:BROADER]->(s) RETURN n, b, s", {"strategy": "Strategy"}),
]


def _id(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kg-bloom/" + "/".join(parts)))


def perspective() -> dict:
    s = schema()
    categories = []
    for i, node in enumerate(s.nodes.values(), 1):
        colour, icon = STYLE.get(node.label, ("#757575", "circle"))
        categories.append({
            "id": i, "name": node.label, "color": colour, "icon": icon, "size": 1, "labels": [node.label],
            "properties": [{"name": p.name, "exclude": False, "isCaption": p.name == "name",
                            "dataType": _TYPES[p.type] if not p.multi else "Array"} for p in node.properties],
            "caption": ["name"], "textSize": 1, "textAlign": "top", "styleRules": [], "hiddenLabels": []})
    relationships = [{"name": r.name, "id": r.name, "color": "#848484", "size": 1,
                      "properties": [{"name": p.name, "dataType": _TYPES[p.type] if not p.multi else "Array"}
                                     for p in r.properties]} for r in s.rels.values()]
    templates = [{"id": _id("phrase", phrase), "name": phrase, "text": phrase, "description": description,
                  "cypher": cypher, "isUpdateQuery": False,
                  "params": [{"name": name, "dataType": "String", "suggestionLabel": label, "suggestionProp": "name"}
                             for name, label in params.items()]}
                 for phrase, description, cypher, params in SEARCH_PHRASES]
    return {
        "name": "kg: government work reports", "id": _id("perspective"), "version": "2.0",
        "categories": categories, "relationshipTypes": relationships, "hiddenRelationshipTypes": [],
        "hideUncategorisedData": False, "templates": templates,
        "labels": {n.label: [{"propertyKey": p.name, "dataType": _TYPES[p.type] if not p.multi else "Array"}
                             for p in n.properties] for n in s.nodes.values()},
    }


def dumps() -> str:
    return json.dumps(perspective(), ensure_ascii=False, indent=2) + "\n"
