// __TYPE__ is replaced by a relation type from the registry, never by input. One relation by its two ends, through
// primary-key lookups (about a millisecond at 100k entities, where an IN filter on the source scans them all).
MATCH (a:Entity {id: $source})-[r:__TYPE__]->(b:Entity {id: $target})
RETURN r.id AS id, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence, r.articles AS articles,
       r.sources AS sources
