MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND (size($types) = 0 OR label(r) IN $types)
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.sources AS sources
