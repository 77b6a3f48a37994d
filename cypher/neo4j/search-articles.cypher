// Full-text search over article text and titles: a case-insensitive substring, at most $limit articles.
MATCH (a:Article)
WHERE toLower(a.text) CONTAINS $q OR toLower(a.title) CONTAINS $q
RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publishedAt AS publishedAt, size(a.text) AS length,
       a.text AS text
ORDER BY a.id LIMIT $limit
