// The shortest flow trails between a bound supplier and buyer (Neo4j 5 SHORTEST over a quantified path pattern,
// planned from both bound ends). SHORTEST takes only a literal count, so it asks for 100, the API's largest limit;
// the adapter keeps the simple paths and ranks them by hops, then by the support of the weakest hop.
MATCH p = SHORTEST 100 (a:Entity {id: $from})(()-[r]->() WHERE type(r) IN $types AND r.sources >= $minSources){1,8}(b:Entity {id: $to})
WHERE length(p) <= $maxHops
RETURN [x IN relationships(p) | x.id] AS ids, [n IN nodes(p) | n.id] AS nodeIds
