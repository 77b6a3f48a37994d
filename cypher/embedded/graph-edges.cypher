MATCH (a:Entity)-[r]->(b:Entity)
WHERE (size($types) = 0 OR label(r) IN $types) AND r.sources >= $minSources
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.sources AS sources
