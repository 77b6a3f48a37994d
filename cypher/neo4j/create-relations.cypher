// __TYPE__ is replaced by a relation type from the registry, never by input. New relations only (the adapter read
// which exist in the same transaction): CREATE, because MERGE on a relationship expands one end's relationships per
// row, which is quadratic at a hub buyer. `sources` arrives as a driver Integer, stored as INTEGER like the embedded INT64.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[:__TYPE__ {id: row.id, props: row.props, evidence: row.evidence, articles: row.articles, sources: row.sources}]->(b)
