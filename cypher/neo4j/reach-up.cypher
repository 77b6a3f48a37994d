// Every entity that reaches the bound one along flow relations, with its hop count: one shortest path per start.
MATCH p = SHORTEST 1 (b:Entity)(()-[r]->() WHERE type(r) IN $types){1,8}(a:Entity {id: $id})
WHERE length(p) <= $maxHops AND b <> a
RETURN b.id AS id, length(p) AS hops
ORDER BY hops, id
