UNWIND $rows AS row
MATCH (a:Article {id: row.article})
WITH a, row
MATCH (e:Entity {id: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.spans = row.spans
