// What one place puts forward, in one row: the strategies and programs it cites (most mentioned first) and the
// zones, projects and enterprises located in it.
// @param place Place  official name, short name or six-digit code of the place
// (LIMIT after ORDER BY in WITH: LadybugDB accepts ORDER BY there only with SKIP or LIMIT.)
MATCH (p:Place {id: $place})
OPTIONAL MATCH (p)-[cs:CITES]->(s:Strategy)
WITH p, s, cs ORDER BY cs.count DESC, s.name LIMIT 100000
WITH p, collect(s.name) AS strategies
OPTIONAL MATCH (p)-[cg:CITES]->(g:Program)
WITH p, strategies, g, cg ORDER BY cg.count DESC, g.name LIMIT 100000
WITH p, strategies, collect(g.name) AS programs
OPTIONAL MATCH (z:Zone)-[:LOCATED_IN]->(p)
WITH p, strategies, programs, z ORDER BY z.name LIMIT 100000
WITH p, strategies, programs, collect(z.name) AS zones
OPTIONAL MATCH (j:Project)-[:LOCATED_IN]->(p)
WITH p, strategies, programs, zones, j ORDER BY j.name LIMIT 100000
WITH p, strategies, programs, zones, collect(j.name) AS projects
OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(p)
WITH p, strategies, programs, zones, projects, e ORDER BY e.name LIMIT 100000
RETURN p.name AS place, p.adcode AS adcode, p.level AS level, strategies, programs, zones, projects,
       collect(e.name) AS enterprises
