// Pairs of places with the strategies and programs both cite, most shared first.
// @param min_shared int  the least number of shared concepts for a pair to be listed
MATCH (a:Place)-[:CITES]->(s)<-[:CITES]-(b:Place)
WHERE a.adcode < b.adcode
WITH a, b, s ORDER BY s.id LIMIT 100000000
WITH a, b, count(DISTINCT s) AS shared, collect(DISTINCT s.name) AS concepts
WHERE shared >= $min_shared
RETURN a.name AS place_a, a.adcode AS adcode_a, b.name AS place_b, b.adcode AS adcode_b, shared, concepts
ORDER BY shared DESC, adcode_a, adcode_b
