// Keyset page of articles in id order, with their text (exports).
MATCH (a:Article) WHERE a.id > $after
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publishedAt AS publishedAt, a.text AS text
ORDER BY a.id LIMIT $limit
