MATCH (e:Entity)-[r]-(:Entity) WHERE e.id IN $ids RETURN e.id AS id, count(r) AS degree
