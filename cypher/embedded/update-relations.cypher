// __TYPE__ is replaced by a relation type from the registry, never by input.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r:__TYPE__]->(b:Entity {id: row.target})
SET r.props = row.props, r.evidence = row.evidence, r.articles = row.articles, r.sources = row.sources
