MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types AND r.sources >= $minSources
RETURN r.id AS id, a.id AS source, b.id AS target, r.sources AS sources
