UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})-[r]-(:Entity)
RETURN e.id AS id, count(r) AS degree
