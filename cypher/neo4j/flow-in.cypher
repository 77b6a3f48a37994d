// One backward layer of the chain search (server/store/layered-path-search.ts): the flow relations entering $ids, each
// with its source's in-degree (any relation; Neo4j reads it from the node's degree store), what growing past it costs.
UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity {id: id})
WHERE type(r) IN $types AND r.sources >= $minSources
RETURN r.id AS id, a.id AS source, b.id AS target, r.sources AS sources, COUNT { (a)<--() } AS degree
