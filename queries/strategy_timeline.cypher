// When each place first cites a strategy: the adoption order a diffusion study starts from.
// @param strategy Strategy  any label or alias of the strategy
MATCH (p:Place)-[c:CITES]->(s:Strategy {id: $strategy})
RETURN p.name AS place, p.adcode AS adcode, p.level AS level, c.firstYear AS first_year, c.years AS years,
       c.count AS mentions
ORDER BY first_year, adcode
