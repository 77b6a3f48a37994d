// __TYPE__ is replaced by a relation type from the registry, never by input.
// Matching the two ends in separate steps lets the planner use the primary-key index for each.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
WITH a, row
MATCH (b:Entity {id: row.target})
CREATE (a)-[:__TYPE__ {id: row.id, props: row.props, evidence: row.evidence, articles: row.articles, sources: row.sources}]->(b)
