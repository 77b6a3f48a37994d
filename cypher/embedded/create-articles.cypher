UNWIND $rows AS row
CREATE (:Article {id: row.id, title: row.title, source: row.source, url: row.url, publishedAt: row.publishedAt, text: row.text})
