MATCH (:Entity)-[:SANCTIONED]->(e:Entity)
RETURN DISTINCT e.id AS id
