// Every relation leaving the given entities, with its evidence (exports walk the graph one page of sources at a
// time). IN, not UNWIND: the engine plans IN far better for id lists of this size.
MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids
RETURN r.id AS id, label(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.sources AS sources
