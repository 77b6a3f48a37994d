MATCH (a:Article) WHERE a.id IN $ids
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publishedAt AS publishedAt, a.text AS text
