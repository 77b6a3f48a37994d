// __TYPE__ is replaced by a relation type from the registry, never by input: the adapter runs this once per type,
// because only a per-type index on r.id can answer it (an untyped r.id lookup scans every relationship).
MATCH (a:Entity)-[r:__TYPE__]->(b:Entity) WHERE r.id IN $ids
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence,
       r.articles AS articles, r.sources AS sources
