// __TYPE__ is replaced by a relation type from the registry, never by input. `sources` arrives as a driver
// Integer (the adapter converts whole numbers), so it is stored as INTEGER like the embedded INT64.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r.props = row.props, r.evidence = row.evidence, r.articles = row.articles, r.sources = row.sources
