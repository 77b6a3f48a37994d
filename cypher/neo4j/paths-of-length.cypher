// Every simple flow chain of exactly $hops hops from one of $from to one of $to, inner nodes in neither list, at most
// $cap of them. The predicates sit inside the parenthesised pattern, so SHORTEST applies them while it searches: the
// shortest group that passes them is exactly the chains of that length (explore.ts ranks and cuts; path-rank.ts).
MATCH ALL SHORTEST ((a:Entity)((x)-[r]->(y) WHERE type(r) IN $types AND r.sources >= $minSources){1,8}(b:Entity)
  WHERE a.id IN $from AND b.id IN $to AND size(r) = $hops
    AND all(i IN range(0, size(y) - 2) WHERE NOT y[i].id IN $from AND NOT y[i].id IN $to AND NOT y[i] IN y[i + 1..]))
RETURN [e IN r | e.id] AS ids, [e IN r | e.sources] AS sources, [a.id] + [n IN y | n.id] AS nodeIds
LIMIT $cap
