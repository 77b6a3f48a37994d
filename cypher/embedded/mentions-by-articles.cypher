UNWIND $ids AS wanted
MATCH (a:Article {id: wanted})-[m:MENTIONS]->(e:Entity)
RETURN a.id AS article, e.id AS entity, m.spans AS spans
