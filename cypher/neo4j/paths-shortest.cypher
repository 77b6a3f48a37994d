// The shortest simple flow chains from one of $from to one of $to within $maxHops hops, inner nodes in neither list,
// at most $cap of them (ALL SHORTEST over a quantified path pattern, Neo4j 5.21+; the {1,8} bound is MAX_HOPS,
// server/domain/hop-limits.ts). One search gives both the shortest length and its chains; longer lengths are paths-of-length.cypher.
MATCH ALL SHORTEST ((a:Entity)((x)-[r]->(y) WHERE type(r) IN $types AND r.sources >= $minSources){1,8}(b:Entity)
  WHERE a.id IN $from AND b.id IN $to AND size(r) <= $maxHops
    AND all(i IN range(0, size(y) - 2) WHERE NOT y[i].id IN $from AND NOT y[i].id IN $to AND NOT y[i] IN y[i + 1..]))
RETURN [e IN r | e.id] AS ids, [e IN r | e.sources] AS sources, [a.id] + [n IN y | n.id] AS nodeIds
LIMIT $cap
