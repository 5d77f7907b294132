// Reads [{name, query, params}] as JSON on stdin; prints [{name, errors}] with Neo4j's own parser's diagnostics.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { name, query, params } of JSON.parse(input)) {
  const result = lintCypherQuery(query, { parameters: params });
  const errors = result.diagnostics.filter((d) => d.severity === 1).map((d) => d.message);
  out.push({ name, errors });
}
process.stdout.write(JSON.stringify(out));
