"""Neo4j over Bolt: constraints and a full-text index from the ontology, then the shared Cypher writer."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from kg.model import Graph
from kg.schema import Schema, schema
from kg.stores.cypher import write_batches

FULLTEXT_INDEX = "kg_names"
SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
DEFAULT_TIMEOUT = 30.0


class LoadError(Exception):
    """A one-line problem talking to Neo4j."""


@dataclass(frozen=True)
class Address:
    """A Neo4j URI without the credentials written into it (which are kept apart, never shown)."""

    uri: str
    user: str | None = None
    password: str | None = None

    @classmethod
    def parse(cls, uri: str) -> Address:
        scheme, sep, rest = uri.partition("://")
        netloc, slash, path = rest.partition("/")
        userinfo, at, host = netloc.rpartition("@")
        shown = f"{scheme}{sep}{host}{slash}{path}"
        if not sep or scheme.lower() not in SCHEMES or not host:
            raise LoadError(f"a Neo4j address starts with neo4j:// or bolt:// (or their +s, +ssc forms), "
                            f"e.g. neo4j://localhost:7687; not '{shown}'")
        user, colon, password = userinfo.partition(":")
        return cls(shown, unquote(user) if at and user else None, unquote(password) if colon else None)


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


def load(graph: Graph, address: Address, user: str, password: str, database: str | None = None, wipe: bool = False,
         batch_size: int = 1000, progress: Callable[[int], None] | None = None,
         timeout: float = DEFAULT_TIMEOUT) -> Summary:
    """Write graph to Neo4j; MERGE on ids makes a second load leave the same graph. timeout bounds connecting,
    each transaction (on the server) and the retries of a failed one."""
    import neo4j
    from neo4j.exceptions import AuthError, ConfigurationError, DriverError, Neo4jError, ServiceUnavailable

    s = schema()
    summary = Summary(nodes=sum(map(len, graph.nodes.values())), relationships=sum(map(len, graph.edges.values())))
    uri, user = address.uri, address.user or user

    @neo4j.unit_of_work(timeout=timeout)
    def write_rows(tx, statement, rows):
        return tx.run(statement, rows=rows).consume().counters

    try:
        with neo4j.GraphDatabase.driver(uri, auth=(user, address.password or password), connection_timeout=timeout,
                                        connection_acquisition_timeout=timeout,
                                        max_transaction_retry_time=timeout) as driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for statement in schema_statements(s):
                    session.run(neo4j.Query(statement, timeout=timeout)).consume()
                if wipe:
                    session.run(neo4j.Query(wipe_statement(s), timeout=timeout)).consume()
                for statement, rows in write_batches(s, graph, batch_size):
                    # a managed transaction: the driver retries it on transient errors
                    counters = session.execute_write(write_rows, statement, rows)
                    summary.nodes_created += counters.nodes_created
                    summary.relationships_created += counters.relationships_created
                    summary.properties_set += counters.properties_set
                    if progress:
                        progress(len(rows))
    except AuthError:
        raise LoadError(f"Neo4j at {uri} refused the credentials of user '{user}'") from None
    except (ServiceUnavailable, OSError):
        raise LoadError(f"cannot reach Neo4j at {uri} (refused, or no answer within {timeout:g} s)") from None
    except (ConfigurationError, ValueError) as e:
        raise LoadError(f"bad Neo4j address '{uri}': {str(e).splitlines()[0]}") from None
    except (Neo4jError, DriverError) as e:
        raise LoadError(f"Neo4j error: {str(e).splitlines()[0]}") from None
    return summary
