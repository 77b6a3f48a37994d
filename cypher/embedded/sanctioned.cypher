UNWIND $ids AS wanted
MATCH (:Entity)-[:SANCTIONED]->(e:Entity {id: wanted})
RETURN DISTINCT e.id AS id
