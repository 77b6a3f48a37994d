// The last forward layer of the chain search (server/store/layered-path-search.ts): the flow relations leaving $ids
// whose target is one of $within (what the backward layers reached). Nothing grows past this layer, so no degree.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE type(r) IN $types AND r.sources >= $minSources AND b.id IN $within
RETURN r.id AS id, a.id AS source, b.id AS target, r.sources AS sources
