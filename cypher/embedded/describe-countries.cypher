// The most frequent countries entities are located in, as examples of Entity.country (GET /api/schema).
MATCH (e:Entity) WHERE e.country IS NOT NULL
RETURN e.country AS country, count(*) AS n
ORDER BY n DESC, country
LIMIT 8
