// __TYPE__ is replaced by a relation type from the registry, never by input.
MATCH (a:Entity)-[r:__TYPE__]->(b:Entity) WHERE a.id IN $ids
RETURN r.id AS id, a.id AS source, b.id AS target, r.props AS props, r.evidence AS evidence, r.articles AS articles,
       r.sources AS sources
