// Places whose own reports cite a strategy, with the years, reports, mention count and one evidence sentence.
// @param strategy Strategy  any label or alias of the strategy (京津冀协同发展, 京津冀一体化, 一带一路 …)
MATCH (p:Place)-[c:CITES]->(s:Strategy {id: $strategy})
RETURN p.name AS place, p.adcode AS adcode, p.level AS level, c.years AS years, c.reports AS reports,
       c.count AS mentions, c.example AS evidence
ORDER BY c.firstYear, adcode
