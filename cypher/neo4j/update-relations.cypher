// __TYPE__ is replaced by a relation type from the registry, never by input. Relations that exist, found by the
// per-type index on r.id (schema-relation).
UNWIND $rows AS row
MATCH ()-[r:__TYPE__ {id: row.id}]->()
SET r.props = row.props, r.evidence = row.evidence, r.articles = row.articles, r.sources = row.sources
