// The last backward layer of the chain search (server/store/layered-path-search.ts): the flow relations entering $ids
// whose source is one of $within (what the forward layers reached). Nothing grows past this layer, so no degree.
UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity {id: id})
WHERE type(r) IN $types AND r.sources >= $minSources AND a.id IN $within
RETURN r.id AS id, a.id AS source, b.id AS target, r.sources AS sources
