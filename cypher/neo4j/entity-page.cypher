// Keyset page of entities in id order (exports stream the graph page by page); the entity_id constraint's index
// serves both the range and the order.
MATCH (e:Entity) WHERE e.id > $after
RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.country AS country, e.notes AS notes
ORDER BY e.id LIMIT $limit
