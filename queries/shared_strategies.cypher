// Strategies both places cite, with the years each cites them.
// @param a Place  the first place: official name, short name or code
// @param b Place  the second place
MATCH (a:Place {id: $a})-[ca:CITES]->(s:Strategy)<-[cb:CITES]-(b:Place {id: $b})
RETURN s.name AS strategy, s.id AS id, ca.years AS years_a, cb.years AS years_b, ca.count AS mentions_a,
       cb.count AS mentions_b
ORDER BY mentions_a + mentions_b DESC, strategy
