UNWIND $ids AS wanted
MATCH (a:Article {id: wanted})
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publishedAt AS publishedAt, a.text AS text
