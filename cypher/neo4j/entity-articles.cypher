MATCH (a:Article)-[:MENTIONS]->(e:Entity {id: $id})
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publishedAt AS publishedAt, size(a.text) AS length
ORDER BY a.id
