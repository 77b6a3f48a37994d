MATCH (a:Entity)-[r]->(b:Entity)
WHERE (size($types) = 0 OR type(r) IN $types) AND r.sources >= $minSources
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.sources AS sources
