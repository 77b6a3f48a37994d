// Relations per type between entities (GET /api/schema).
MATCH (:Entity)-[r]->(:Entity)
RETURN label(r) AS type, count(*) AS n, min(r.sources) AS fewest, max(r.sources) AS most
ORDER BY type
