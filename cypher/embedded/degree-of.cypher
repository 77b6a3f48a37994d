// One entity's degree by primary key (well under a millisecond even for a hub); degrees.cypher serves long lists.
MATCH (e:Entity {id: $id})-[r]-(:Entity)
RETURN e.id AS id, count(r) AS degree
