// The hop count of the shortest flow chain from one of $from to one of $to whose inner nodes are in neither list
// (SHORTEST over a quantified path pattern, Neo4j 5.21+; the {1,8} bound is MAX_HOPS, server/domain/hop-limits.ts).
MATCH p = SHORTEST 1 ((a:Entity)((x)-[r]->(y) WHERE type(r) IN $types AND r.sources >= $minSources){1,8}(b:Entity)
  WHERE a.id IN $from AND b.id IN $to AND size(r) <= $maxHops
    AND all(n IN y[..-1] WHERE NOT n.id IN $from AND NOT n.id IN $to))
RETURN min(length(p)) AS hops
