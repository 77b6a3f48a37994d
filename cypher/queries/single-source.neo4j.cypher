// title: Edges backed by only one article
// description: Relations stated by a single article: the claims to corroborate first.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources = 1
RETURN a AS source, r AS relation, b AS target, type(r) AS type, r.articles AS article
ORDER BY type, a.name, b.name
