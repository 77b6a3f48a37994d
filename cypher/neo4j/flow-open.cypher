// The opening read of the chain search (server/store/layered-path-search.ts): the relations leaving $starts and
// entering $targets (any relation, from each node's degree store), what each side's first layer costs to read, and the
// first layer of each side costing at most $cap, each relation with its far end's degree as flow-out and flow-in give
// it: one round trip where three were. One row; a layer not read is null.
UNWIND $starts AS id
MATCH (s:Entity {id: id})
WITH sum(COUNT { (s)-->() }) AS outCost
UNWIND $targets AS id
MATCH (t:Entity {id: id})
WITH outCost, sum(COUNT { (t)<--() }) AS inCost
RETURN outCost, inCost,
       CASE WHEN outCost <= $cap THEN [x IN $starts | [(a:Entity {id: x})-[r]->(b:Entity)
         WHERE type(r) IN $types AND r.sources >= $minSources
         | {id: r.id, source: a.id, target: b.id, sources: r.sources, degree: COUNT { (b)-->() }}]] END AS outLayer,
       CASE WHEN inCost <= $cap THEN [x IN $targets | [(a:Entity)-[r]->(b:Entity {id: x})
         WHERE type(r) IN $types AND r.sources >= $minSources
         | {id: r.id, source: a.id, target: b.id, sources: r.sources, degree: COUNT { (a)<--() }}]] END AS inLayer
