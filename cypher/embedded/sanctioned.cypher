MATCH (:Entity)-[:SANCTIONED]->(e:Entity) WHERE e.id IN $ids
RETURN DISTINCT e.id AS id
