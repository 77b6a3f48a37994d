// One forward layer of the chain search (server/store/layered-path-search.ts): the flow relations leaving $ids, each
// with its target's out-degree (any relation; Neo4j reads it from the node's degree store), what growing past it costs.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types AND r.sources >= $minSources
RETURN r.id AS id, a.id AS source, b.id AS target, r.sources AS sources, COUNT { (b)-->() } AS degree
