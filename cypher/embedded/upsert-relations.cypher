// __TYPE__ is replaced by a relation type from the registry, never by input.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r.props = row.props, r.evidence = row.evidence, r.articles = row.articles, r.sources = row.sources
