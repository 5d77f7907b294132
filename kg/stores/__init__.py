"""Stores the Graph is written to: LadybugDB (embedded default) and Neo4j share one Cypher writer."""
