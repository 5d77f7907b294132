// Programs cited by at least min_places places, with the places and the first year each program appears.
// @param min_places int  the least number of citing places (2 finds programs that spread)
MATCH (p:Place)-[c:CITES]->(g:Program)
WITH p, c, g ORDER BY p.adcode LIMIT 100000000
WITH g, count(DISTINCT p) AS places, collect(DISTINCT p.name) AS place_names, sum(c.count) AS mentions,
     min(c.firstYear) AS first_year
WHERE places >= $min_places
RETURN g.name AS program, g.id AS id, places, place_names, mentions, first_year
ORDER BY places DESC, mentions DESC, program
