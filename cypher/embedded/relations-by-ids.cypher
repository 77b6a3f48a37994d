MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.articles AS articles, r.sources AS sources
