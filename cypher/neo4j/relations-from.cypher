// Every relation leaving the given entities, with its evidence (exports walk the graph one page of sources at a time).
MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.sources AS sources
