// Every entity the bound one reaches along flow relations, with its hop count: one shortest path per end node.
MATCH p = SHORTEST 1 (a:Entity {id: $id})(()-[r]->() WHERE type(r) IN $types){1,8}(b:Entity)
WHERE length(p) <= $maxHops AND b <> a
RETURN b.id AS id, length(p) AS hops
ORDER BY hops, id
