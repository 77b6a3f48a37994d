MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n
