MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id
