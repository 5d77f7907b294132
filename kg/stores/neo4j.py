"""Neo4j over Bolt: constraints and a full-text index from the ontology, then the shared Cypher writer."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.model import Graph
from kg.schema import Schema, schema
from kg.stores.cypher import write_batches

FULLTEXT_INDEX = "kg_names"


class LoadError(Exception):
    """A one-line problem talking to Neo4j."""


def schema_statements(s: Schema) -> list[str]:
    """A unique id per label, and a full-text index (CJK analyzer) on names and aliases for Bloom search."""
    out = [f"CREATE CONSTRAINT {node.label.lower()}_id IF NOT EXISTS FOR (n:{node.label}) REQUIRE n.id IS UNIQUE"
           for node in s.nodes.values()]
    labels = "|".join(n.label for n in s.nodes.values())
    out.append(f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases] "
               "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}")
    return out


def wipe_statement(s: Schema) -> str:
    labels = "|".join(s.nodes)
    return f"MATCH (n:{labels}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 10000 ROWS"


@dataclass
class Summary:
    nodes: int = 0
    relationships: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0


def load(graph: Graph, uri: str, user: str, password: str, database: str | None = None, wipe: bool = False,
         batch_size: int = 1000, progress: Callable[[int], None] | None = None) -> Summary:
    """Write graph to Neo4j; MERGE on ids makes a second load leave the same graph."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    s = schema()
    summary = Summary(nodes=sum(map(len, graph.nodes.values())), relationships=sum(map(len, graph.edges.values())))
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for statement in schema_statements(s):
                    session.run(statement).consume()
                if wipe:
                    session.run(wipe_statement(s)).consume()
                for statement, rows in write_batches(s, graph, batch_size):
                    # a managed transaction: the driver retries it on transient errors
                    counters = session.execute_write(lambda tx: tx.run(statement, rows=rows).consume().counters)
                    summary.nodes_created += counters.nodes_created
                    summary.relationships_created += counters.relationships_created
                    summary.properties_set += counters.properties_set
                    if progress:
                        progress(len(rows))
    except AuthError:
        raise LoadError(f"Neo4j at {uri} refused the credentials of user '{user}'") from None
    except (ServiceUnavailable, OSError):
        raise LoadError(f"cannot reach Neo4j at {uri}") from None
    except (ConfigurationError, ValueError) as e:
        raise LoadError(f"bad Neo4j address '{uri}': {str(e).splitlines()[0]}") from None
    except (Neo4jError, DriverError) as e:
        raise LoadError(f"Neo4j error: {str(e).splitlines()[0]}") from None
    return summary
