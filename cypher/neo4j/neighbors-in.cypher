MATCH (a:Entity)-[r]->(b:Entity)
WHERE b.id IN $ids AND (size($types) = 0 OR type(r) IN $types)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.sources AS sources
