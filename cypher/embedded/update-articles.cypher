UNWIND $rows AS row
MATCH (a:Article {id: row.id})
SET a.title = row.title, a.source = row.source, a.url = row.url, a.publishedAt = row.publishedAt, a.text = row.text
