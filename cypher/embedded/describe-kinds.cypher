// Entities per kind, with one name of each as an example (GET /api/schema).
MATCH (e:Entity)
RETURN e.kind AS kind, count(*) AS n, min(e.name) AS example
ORDER BY kind
