// Keyset page of entities in id order (exports stream the graph page by page instead of holding it).
MATCH (e:Entity) WHERE e.id > $after
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.country AS country, e.notes AS notes
ORDER BY e.id LIMIT $limit
