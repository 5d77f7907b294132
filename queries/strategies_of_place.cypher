// The strategies a place cites in its own reports, most mentioned first.
// @param place Place  official name, short name or six-digit code of the place (石家庄市, 石家庄, 130100)
MATCH (p:Place {id: $place})-[c:CITES]->(s:Strategy)
RETURN s.name AS strategy, s.id AS id, c.years AS years, c.reports AS reports, c.count AS mentions,
       c.example AS evidence
ORDER BY mentions DESC, strategy
